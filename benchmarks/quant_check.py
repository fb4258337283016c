"""Round-8 check (TRAIN/DEV only): which estimate of a film's positive share survives uncertain snippet verdicts.

Pre-registered in /work/notes/quant8-preregistration.md (copied into docs/knowledge-base.md). Input: the
out-of-fold values of the shipped English short-text design (n-grams + 3 x e5) on the round-7 hard set,
either as ``DIR/snippet-posterior-oof.npz``, written by
``filmkritik train snippet-posterior --shared ../shared --cache DIR`` (``train/snippet_posterior.py``, the
command that builds the shipped calibration), or, as the check was first run, as a pickle ``(oof, checks, y)``
written by the round-7 glue over
``docs/preregistrations/snippets-round7-trainer.patch`` (``S.english_design(lang_, S.EnglishDesign(2), ...)``,
``S.held_out_english(lang_, cache, log, ("ngram", "e5"))``, ``oof = {"ngram": lang_.oof["ngram"], "D0": lang_.oof["e5"]}``,
``pickle.dump((oof, lang_.checks, lang_.y), ...)``), and the units pickle ``(units, vader)`` of
``snippet_corpus.english_units``.

Usage:
  .venv/bin/python benchmarks/quant_check.py --values DIR/snippet-posterior-oof.npz
  .venv/bin/python benchmarks/quant_check.py --oof /tmp/st7/oof.pkl --units /tmp/st7/units.pkl

Prints the per-film MAE of CC / ACC / PCC / EM / Bayes in five scenarios, and the calibration fitted on the
whole hard set (what ``filmkritik train snippet-posterior`` writes to ``models/snippet-posterior.json``).
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from filmkritik.read import short_text
from filmkritik.train import snippet_posterior

HARD = "hard set: VADER quotes #1 and #2 + blind most quotable"
METHODS = ["CC", "ACC", "PCC", "EM", "Bayes"]
#: (noise sd, shift), in units of the blended value's sd on the hard set.
SCENARIOS = {"S0": (0.0, 0.0), "S1": (0.5, 0.0), "S2": (1.0, 0.0), "S3": (0.0, -0.3), "S4": (0.0, 0.3)}
GRID = np.linspace(0, 1, 201)


def to_score(values: np.ndarray) -> np.ndarray:
    """Blended values as the knowledge base stores them: the shipped score map, rounded."""
    return np.round(short_text.models()["en"].score(values))


def calibration(scores: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """Platt scaling as the shipped calibration is fitted (``train/snippet_posterior.platt``)."""
    return dataclasses.asdict(snippet_posterior.platt(scores, labels))


def posterior(scores: np.ndarray, cal: dict[str, float]) -> np.ndarray:
    return np.clip(1 / (1 + np.exp(-(cal["a"] * scores + cal["b"]))), 0.01, 0.99)


def estimates(scores: np.ndarray, cal: dict[str, float]) -> dict[str, float]:
    p = posterior(scores, cal)
    cc = float((scores >= 60).mean())
    acc = float(np.clip((cc - cal["fpr"]) / (cal["tpr"] - cal["fpr"]), 0, 1))
    pcc = float(p.mean())
    lp, ln = p / cal["pi0"], (1 - p) / (1 - cal["pi0"])
    pi = pcc
    for _ in range(1000):
        new = float((pi * lp / (pi * lp + (1 - pi) * ln)).mean())
        done = abs(new - pi) < 1e-6
        pi = new
        if done:
            break
    loglik = np.log(np.outer(GRID, lp) + np.outer(1 - GRID, ln)).sum(axis=1)
    post = np.exp(loglik - loglik.max())
    bayes = float(GRID[np.searchsorted(np.cumsum(post) / post.sum(), 0.5)])
    return {"CC": cc, "ACC": acc, "PCC": pcc, "EM": pi, "Bayes": bayes}


def simulate(data: dict[str, Any], shares: str, films: int = 2000, seed: int = 1) -> dict[str, dict[str, float]]:
    v, y, review_of, half, sd = data["v"], data["y"], data["review_of"], data["half"], data["sd"]
    out = {}
    for name, (noise, shift) in SCENARIOS.items():
        rng = np.random.default_rng(seed)
        errors: dict[str, list[float]] = {m: [] for m in METHODS}
        for cal_half in (True, False):
            fit = np.where(half == cal_half)[0]
            cal = calibration(to_score(v[fit]), y[fit])
            sim = np.where(half != cal_half)[0]
            stressed = v[sim] + shift * sd + (rng.normal(0, noise * sd, len(sim)) if noise else 0)
            scores = to_score(stressed)
            by_review: dict[str, list[int]] = {}
            for j, r in enumerate(review_of[sim]):
                by_review.setdefault(r, []).append(j)
            pos = [r for r in by_review if y[sim][by_review[r][0]]]
            neg = [r for r in by_review if not y[sim][by_review[r][0]]]
            for _ in range(films):
                n = int(rng.integers(5, 61))
                t = rng.uniform() if shares == "uniform" else rng.beta(3, 2)
                k = int(round(t * n))  # noqa: RUF046 (t is a numpy float)
                rows = [rng.choice(by_review[pos[i]]) for i in rng.choice(len(pos), k, replace=False)] + [
                    rng.choice(by_review[neg[i]]) for i in rng.choice(len(neg), n - k, replace=False)
                ]
                est = estimates(scores[rows], cal)
                for m in METHODS:
                    errors[m].append(abs(est[m] - k / n) * 100)
        out[name] = {m: float(np.mean(e)) for m, e in errors.items()}
        print(shares, name, {m: round(x, 2) for m, x in out[name].items()}, flush=True)
    return out


def load(oof_path: Path, units_path: Path) -> dict[str, Any]:
    """The round-7 pickles (the check's first run)."""
    oof, checks, y = pickle.load(oof_path.open("rb"))
    units, _ = pickle.load(units_path.open("rb"))
    hard = checks[HARD]
    v = (oof["ngram"] + 3.0 * oof["D0"])[hard]
    return _split(v, y[hard].astype(bool), np.array([units[i].review for i in hard]))


def load_values(path: Path) -> dict[str, Any]:
    """The out-of-fold values ``filmkritik train snippet-posterior --cache DIR`` keeps."""
    with np.load(path) as stored:
        return _split(stored["values"], stored["labels"].astype(bool), stored["reviews"].astype(str))


def _split(v: np.ndarray, y: np.ndarray, review_of: np.ndarray) -> dict[str, Any]:
    """Halves A and B by review (seed 0), as pre-registered."""
    reviews = np.unique(review_of)
    in_a = set(np.random.default_rng(0).permutation(reviews)[: len(reviews) // 2])
    half = np.array([r in in_a for r in review_of])
    return {"v": v, "y": y, "review_of": review_of, "half": half, "sd": float(v.std())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=Path, help="DIR/snippet-posterior-oof.npz of train snippet-posterior")
    parser.add_argument("--oof", type=Path, help="the round-7 oof pickle (with --units)")
    parser.add_argument("--units", type=Path, help="the round-7 units pickle (with --oof)")
    args = parser.parse_args()
    if args.values:
        data = load_values(args.values)
    elif args.oof and args.units:
        data = load(args.oof, args.units)
    else:
        parser.error("give --values, or --oof and --units")
    results = {shares: simulate(data, shares) for shares in ("uniform", "beta32")}
    for shares, table in results.items():
        mean = {m: float(np.mean([table[s][m] for s in SCENARIOS])) for m in METHODS}
        print(shares, "mean over scenarios", {m: round(x, 2) for m, x in mean.items()})
    cal = calibration(to_score(data["v"]), data["y"])
    print("calibration on the whole hard set", {k: round(x, 4) for k, x in cal.items()})


if __name__ == "__main__":
    main()
