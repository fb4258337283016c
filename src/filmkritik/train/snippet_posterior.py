"""The snippet posterior (``models/snippet-posterior.json``): P(a snippet's review is positive | its score).

The knowledge base's ``percent_positive_adjusted`` (``kb/share.py``) treats each verdict the
short-text model guessed as a probability. That probability is Platt scaling of the stored 0-100
score, fitted here on scores the shipped English short-text model would have given texts it never
saw: out-of-fold values on the round-7 HARD SET of TRAIN quotes (``docs/short-text.md``):

- Folds (``english_folds``): every English TRAIN review is held out once. Each TRAIN critic is
  held out whole (Schwartz, Rhodes); polarity v2.0 (many critics) is held out by review in
  ``POLARITY_FOLDS`` folds. Nothing of a held-out review is trained on.
- The shipped design, refitted per fold and never written: NB-weighted n-grams on every text,
  e5 on each review's ``snippets.PULL_QUOTES`` label-aware quotes picked with the reader's lean
  (``e5_training``), blended with the weights read from the shipped ``short-text.npz``. The
  blend, the decision point and the score map are NOT re-chosen: the shipped score map turns the
  blended values into 0-100 scores, rounded as the knowledge base stores them.
- Hard set (``hard_set``): per held-out review its label-aware quotes #1 and #2 picked with
  VADER's lean (a lexicon no part of the model reads) and its most quotable sentence chosen
  blind to the rating. Label: the review's rating >= 0.6 (polarity v2.0: positive).

Run with ``filmkritik train snippet-posterior --shared ../shared --cache DIR`` (e5 embeddings of
about 13,000 distinct sentences take most of a first run, about 20 minutes on a busy core; ``DIR``
keeps them, and a rerun takes 1-7 minutes, depending on the load). It writes ``snippet-posterior.json`` and ``MODEL_CARD-snippet-posterior.md`` and keeps the
out-of-fold scores in ``DIR/snippet-posterior-oof.npz`` (``benchmarks/quant_check.py --values``).
TRAIN/DEV data only: no Rotten Tomatoes snippets, no Pang & Lee TEST critics.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from filmkritik.errors import ModelError
from filmkritik.read import short_text
from filmkritik.train.snippet_corpus import Unit, label_quotes, pull_quotes

#: Polarity v2.0 reviews (written by many critics, as Rotten Tomatoes quotes are) are held out by
#: review in this many folds.
POLARITY_FOLDS = 5
#: The held-out texts the calibration is fitted on (the round-7 hard check's name for them).
HARD = "hard set: VADER quotes #1 and #2 + blind most quotable"
#: Plain maximum likelihood: a large C makes sklearn's penalty negligible for two parameters.
PLATT_C = 1e6
#: The file ``kb/share.py`` reads (its ``POSTERIOR_FILE``; named here so training never imports the kb).
POSTERIOR_FILE = "snippet-posterior.json"
CARD_FILE = "MODEL_CARD-snippet-posterior.md"
OOF_FILE = "snippet-posterior-oof.npz"
COMMAND = "filmkritik train snippet-posterior --shared ../shared --cache DIR"


def _log(progress: Callable[[str], None] | None, message: str) -> None:
    if progress:
        progress(message)


def english_folds(units: Sequence[Unit]) -> np.ndarray:
    """Each unit's held-out fold: its critic for the TRAIN critics, one of ``POLARITY_FOLDS`` groups
    of whole reviews for polarity v2.0 (a review's sentences never straddle two folds)."""
    from sklearn.model_selection import GroupKFold

    folds = np.array([u.group for u in units], dtype=object)
    polarity = np.flatnonzero(folds == "polarity")
    if len(polarity):
        reviews = np.array([units[int(i)].review for i in polarity])
        for n, (_, held) in enumerate(GroupKFold(POLARITY_FOLDS).split(polarity, groups=reviews)):
            folds[polarity[held]] = f"polarity/{n + 1}"
    return folds.astype(str)


def e5_training(units: Sequence[Unit], quotes: int) -> np.ndarray:
    """Which units the English e5 part learns from (a mask): each review's ``quotes`` label-aware pull
    quotes, picked with the reader's lean (``Unit.lean``), as the shipped model's trainer picks them.
    Never VADER's lean: VADER picks the held-out texts."""
    units = list(units)
    learns = np.zeros(len(units), dtype=bool)
    for rows in label_quotes(units, quotes, [u.lean for u in units]).values():
        learns[rows] = True
    return learns


def hard_set(units: Sequence[Unit], vader: Sequence[float]) -> np.ndarray:
    """The round-7 hard set (unit rows): per review its label-aware quotes #1 and #2 picked with
    ``vader`` (each unit's VADER lean) and its most quotable sentence chosen blind to the rating."""
    units = list(units)
    picked = label_quotes(units, 2, vader)
    quoted = [i for rows in picked.values() for i in rows[:2]]
    blind = [rows[0] for rows in pull_quotes(units, 1).values() if rows]
    return np.unique(np.array(quoted + blind, dtype=int))


def shipped_blend() -> dict[str, float]:
    """The shipped English model's blend weights (n-grams and e5). The calibration must describe the
    scores that model gives, so its blend is read, never re-chosen."""
    model = short_text.models().get("en")
    if model is None:
        raise ModelError("the English short-text model (models/short-text.npz) is missing: reinstall filmkritik")
    if model.use.weight or model.lexicon.weight:
        raise ModelError(
            "the shipped English short-text model blends a USE or lexicon part; this calibration computes "
            "out-of-fold values for n-grams + e5 only: extend train/snippet_posterior.py first"
        )
    return {"ngram": model.ngram.weight, "e5": model.e5.weight}


def out_of_fold_values(
    units: Sequence[Unit],
    ngram: Any,
    e5: np.ndarray,
    e5_learns: np.ndarray,
    rows: np.ndarray,
    blend: dict[str, float],
    progress: Callable[[str], None] | None = None,
) -> np.ndarray:
    """Blended held-out values of the units ``rows``: per fold (``english_folds``) the n-gram part is
    fitted on every other fold's units, the e5 part on those of them in ``e5_learns``, as the shipped
    trainer fits them (balanced classes, each text weighing 0.25 + its opinion score). ``ngram`` and
    ``e5`` are the units' feature matrices (e5 rows outside ``e5_learns`` and ``rows`` are unused)."""
    from filmkritik.train import snippets

    y = np.array([u.positive for u in units])
    weight = np.array([0.25 + u.opinion for u in units])
    folds = english_folds(units)
    values = np.full(len(rows), np.nan)
    for fold in sorted(set(folds[rows])):
        _log(progress, f"en: held-out fold {fold}")
        train = folds != fold
        held = folds[rows] == fold
        target = rows[held]
        total = np.zeros(len(target))
        if blend.get("ngram"):
            part = snippets.fit_ngram(ngram[train], y[train], weight[train])
            total += blend["ngram"] * part.value(ngram[target])
        if blend.get("e5"):
            learn = train & e5_learns
            part = snippets.fit_dense(e5[learn], y[learn], weight[learn])
            total += blend["e5"] * part.value(e5[target])
        values[held] = total
    return values


@dataclass(frozen=True)
class Calibration:
    """Platt scaling of stored scores: P(positive) = 1 / (1 + exp(-(a * score + b))); ``pi0`` the
    positive share it was fitted on; ``tpr`` / ``fpr`` the positive / negative shares scoring >= 60."""

    a: float
    b: float
    pi0: float
    tpr: float
    fpr: float

    def probability(self, scores: np.ndarray) -> np.ndarray:
        """As ``kb/share.py`` reads it (clipped to [0.01, 0.99])."""
        return np.asarray(np.clip(1.0 / (1.0 + np.exp(-(self.a * scores + self.b))), 0.01, 0.99))


def platt(scores: np.ndarray, labels: np.ndarray) -> Calibration:
    """Plain maximum-likelihood logistic regression of the label on the score (two parameters)."""
    from sklearn.linear_model import LogisticRegression

    scores = np.asarray(scores, dtype=float)
    labels = np.asarray(labels, dtype=bool)
    if labels.all() or not labels.any():
        raise ModelError("the calibration needs positive and negative held-out texts: check the training data")
    lr = LogisticRegression(C=PLATT_C, max_iter=1000).fit(scores.reshape(-1, 1), labels)
    return Calibration(
        a=float(lr.coef_[0, 0]),
        b=float(lr.intercept_[0]),
        pi0=float(labels.mean()),
        tpr=float((scores[labels] >= short_text.POSITIVE).mean()),
        fpr=float((scores[~labels] >= short_text.POSITIVE).mean()),
    )


def reliability(scores: np.ndarray, labels: np.ndarray, calibration: Calibration) -> list[tuple[float, float, int]]:
    """Per tenth of the texts by probability: (mean probability, observed positive share, texts)."""
    p = calibration.probability(np.asarray(scores, dtype=float))
    order = np.argsort(p, kind="stable")
    return [
        (float(p[chunk].mean()), float(np.asarray(labels)[chunk].mean()), len(chunk))
        for chunk in np.array_split(order, 10)
        if len(chunk)
    ]


def compare(new: Calibration, old: dict[str, Any] | None) -> dict[str, float] | None:
    """How far a rebuilt calibration is from a previous file's: relative change of ``a`` and ``b``,
    change of ``pi0``, and the largest change of the probability over scores 0-100."""
    if not old:
        return None
    before = Calibration(float(old["a"]), float(old["b"]), float(old["pi0"]), 0.0, 0.0)
    grid = np.arange(0.0, 101.0)
    return {
        "a_relative": (new.a - before.a) / before.a,
        "b_relative": (new.b - before.b) / before.b,
        "pi0": new.pi0 - before.pi0,
        "max_probability": float(np.abs(new.probability(grid) - before.probability(grid)).max()),
    }


def _units_and_hard_set(shared: Path, progress: Callable[[str], None] | None) -> tuple[list[Unit], np.ndarray]:
    from filmkritik.train.snippet_corpus import english_units, vader_lean

    _log(progress, "en: cutting TRAIN texts into sentences")
    units = english_units(shared)
    _log(progress, f"en: {len(units)} sentences; picking the held-out quotes (VADER lean)")
    return units, hard_set(units, [vader_lean(u.text) for u in units])


def held_out_scores(
    shared: Path, cache: Path | None, progress: Callable[[str], None] | None = None
) -> dict[str, np.ndarray]:
    """The shipped design's out-of-fold scores on the hard set: ``scores`` (0-100, rounded as stored),
    ``values`` (blended), ``labels``, ``reviews`` (each text's review id) and ``groups``."""
    from filmkritik.train import snippets

    blend = shipped_blend()
    units, hard = _units_and_hard_set(shared, progress)
    learns = e5_training(units, snippets.PULL_QUOTES)
    _log(progress, f"en: n-gram features of {len(units)} sentences")
    ngram = short_text.vectorizer().transform([short_text.normalize(u.text) for u in units])
    e5 = np.zeros((len(units), short_text.E5_DIM), dtype=np.float32)
    if blend.get("e5"):
        need = np.union1d(np.flatnonzero(learns), hard)
        _log(progress, f"en: e5 embeddings of {len(need)} sentences (training quotes and the hard set)")
        e5[need] = snippets.e5_embeddings([units[i].text for i in need], cache, progress)
    values = out_of_fold_values(units, ngram, e5, learns, hard, blend, progress)
    model = short_text.models()["en"]
    return {
        "scores": np.round(model.score(values)),
        "values": values,
        "labels": np.array([units[i].positive for i in hard]),
        "reviews": np.array([units[i].review for i in hard]),
        "groups": np.array([units[i].group for i in hard]),
    }


def fit(
    shared: Path,
    out: Path | None = None,
    cache: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Compute the out-of-fold scores, fit the calibration, write it and its card into ``out``
    (default: the installed package's models/). Returns a report (the numbers of the card)."""
    from sklearn.metrics import roc_auc_score

    started = time.perf_counter()
    out = out or Path(__file__).resolve().parents[1] / "models"
    target = out / POSTERIOR_FILE
    previous = json.loads(target.read_text(encoding="utf-8")) if target.exists() else None
    held = held_out_scores(shared, cache, progress)
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(cache / OOF_FILE, **held)  # type: ignore[arg-type]
    scores, labels = held["scores"], held["labels"]
    calibration = platt(scores, labels)
    report: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "texts": len(scores),
        "reviews": len(set(held["reviews"].tolist())),
        "positive_share": calibration.pi0,
        "auc": float(roc_auc_score(labels, held["values"])),
        "blend": shipped_blend(),
        "calibration": calibration,
        "reliability": reliability(scores, labels, calibration),
        "previous": previous,
        "change": compare(calibration, previous),
    }
    report["seconds"] = round(time.perf_counter() - started)
    write(out, calibration, report)
    report["file"] = str(target)
    return report


def write(out: Path, calibration: Calibration, report: dict[str, Any]) -> None:
    """Write the calibration as ``kb/share.py`` reads it, and its card, into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    data = {
        "a": calibration.a,
        "b": calibration.b,
        "pi0": calibration.pi0,
        "tpr": calibration.tpr,
        "fpr": calibration.fpr,
        "languages": ["en"],
        "data": (
            f"round-7 hard set: out-of-fold shipped short-text values on {report['texts']:,} English TRAIN quotes "
            f"({report['reviews']:,} reviews)"
        ),
        "built": report["date"],
        "command": COMMAND,
    }
    (out / POSTERIOR_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    (out / CARD_FILE).write_text(card(report), encoding="utf-8")


def percent_change(change: float) -> str:
    """A relative change in per cent, two decimals, without a negative zero."""
    return f"{100 * change:+.2f}%" if abs(change) >= 5e-5 else "+0.00%"


def card(report: dict[str, Any]) -> str:
    """The model card: what it is, data, licence, method, fitted values, reliability, the command."""
    cal: Calibration = report["calibration"]
    weights = " + ".join(f"{w:g} x {p}" for p, w in report["blend"].items() if w)
    shown = ", ".join(f"{p:.2f}/{o:.2f}" for p, o, _ in report["reliability"])
    lines = [
        "# Model card: snippet posterior (`snippet-posterior.json`)",
        "",
        "What it is: Platt scaling of the English short-text model's 0-100 score (`short-text.npz`, unchanged):",
        "P(the review behind a snippet is positive) = 1 / (1 + exp(-(a * score + b))), clipped to [0.01, 0.99],",
        "with `pi0` the positive share of the data it was fitted on (the prior the probabilities are calibrated",
        "under). The knowledge base uses it for `percent_positive_adjusted` (`kb/share.py`): each review whose",
        "score the short-text model guessed (score inferred, text under 100 words, English) enters a film's",
        "share with this probability instead of counting as a hard yes/no. It changes no score or label.",
        "",
        f"Built {report['date']} by `{COMMAND}`",
        f"(`train/snippet_posterior.py`; {report['seconds']} s with the e5 embeddings cached in DIR; a first run",
        "embeds about 13,000 distinct sentences with e5: about 20 minutes more on a busy core).",
        "",
        "## Data (TRAIN/DEV splits only, see ../shared/data/SOURCES.md)",
        f"The round-7 hard set: {report['texts']:,} English TRAIN sentences of {report['reviews']:,} held-out reviews",
        "(per review its label-aware quotes #1 and #2 picked with VADER's lean, vaderSentiment, MIT, and its",
        "most quotable sentence chosen blind to the rating), from the Pang & Lee scale dataset v1.0 TRAIN critics",
        "(Schwartz, Rhodes) and polarity dataset v2.0 (copies of scale reviews removed); citations requested",
        "(Pang & Lee 2004, 2005), research use. Label: the review's rating >= 0.6 (polarity v2.0: positive);",
        f"positive share {cal.pi0:.3f}. Not used: Rotten Tomatoes snippets and the Pang & Lee TEST critics.",
        "",
        "## Method",
        "Scores are those the shipped English short-text design gives texts it never saw: every TRAIN review",
        "is held out once (each TRAIN critic whole; polarity v2.0 by review in 5 folds), and per fold the",
        "design is refitted without it: NB-weighted n-grams on every sentence, e5 on each review's 2",
        "label-aware quotes picked with the reader's lean; each text weighs 0.25 + its opinion score. The",
        f"blend is the shipped one ({weights}, read from `short-text.npz`), and the shipped score map turns",
        "the blended values into 0-100 scores, rounded as the knowledge base stores them. Nothing of the",
        "short-text model is re-chosen or written. The calibration is a two-parameter logistic regression of",
        "the label on that score (plain maximum likelihood).",
        "",
        "## Fitted values and checks",
        f"a = {cal.a:.4f}, b = {cal.b:.3f}, pi0 = {cal.pi0:.3f}; at 60: tpr {cal.tpr:.3f}, fpr {cal.fpr:.3f};",
        f"held-out AUC of the blended values {report['auc']:.3f}.",
        "Reliability on the fitting data (mean predicted vs observed positive share per tenth of the texts by p):",
        f"{shown}.",
    ]
    change = report.get("change")
    if change:
        old = report["previous"]
        lines += [
            "",
            f"Against the file it replaced (a = {float(old['a']):.4f}, b = {float(old['b']):.3f}, "
            f"pi0 = {float(old['pi0']):.3f}): a {percent_change(change['a_relative'])}, b {percent_change(change['b_relative'])},",
            f"pi0 {change['pi0']:+.4f}; the probability at any score 0-100 moves by at most {change['max_probability']:.4f}.",
        ]
    lines += [
        "",
        "## Use and limits",
        "Licence: the project's. English only; German snippets and whole reviews count as they are. If new",
        "quotes read systematically more positive or negative than TRAIN's, the probabilities are off and the",
        "adjusted share is biased (it degraded faster than counting under a shift of 0.3 standard deviations in",
        "the round-8 check, `benchmarks/quant_check.py`; table in docs/knowledge-base.md). The out-of-fold",
        f"scores are kept in `DIR/{OOF_FILE}`; `benchmarks/quant_check.py --values DIR/{OOF_FILE}` re-runs",
        "that check on them.",
        "",
    ]
    return "\n".join(lines)
