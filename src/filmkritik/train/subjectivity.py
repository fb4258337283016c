"""Verdict round 22 (``docs/preregistrations/round22-verdict.md``): the English subjectivity detector and its measures.

The detector (``read/subjectivity.py``) learns, from the Pang & Lee TRAIN critics' sentences, which ones Pang & Lee's
subjective extract of the review kept. Measured as preregistered:

- ``cross``: each TRAIN critic read by the English model trained on the other critic plus polarity v2.0
  (``train/verdict_en.py`` ``model_scores``), the judgement lean of each variant computed with a detector trained on
  the other critic only; 3-class accuracy (40 / 70) and Spearman per critic, against the shipped lean;
- ``fit``: the detector on both TRAIN critics, written to ``--out`` (the file the reader's switch reads);
- ``pages``: the owned English critic pages (``tests/fixtures/verdict_en/critics*.jsonl``,
  ``tests/fixtures/heldout/en*.jsonl``) and the real English dev set, prose only, read as the environment's switch
  says (run once with it off and once on; the two JSON outputs are compared by ``compare``).

Usage (repository root)::

    python -m filmkritik.train.subjectivity cross --shared ../shared --work /tmp/r22
    python -m filmkritik.train.subjectivity fit --shared ../shared --out /tmp/r22/verdict-subjectivity-en.npz
    python -m filmkritik.train.subjectivity pages --shared ../shared > /tmp/r22/off.json
    FILMKRITIK_VERDICT_ROUND22=en:G FILMKRITIK_VERDICT_ROUND22_MODEL=/tmp/r22/verdict-subjectivity-en.npz \
        python -m filmkritik.train.subjectivity pages --shared ../shared > /tmp/r22/on.json
    python -m filmkritik.train.subjectivity compare /tmp/r22/off.json /tmp/r22/on.json
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from filmkritik.read import subjectivity
from filmkritik.train import data

#: The detector's penalty and seed (preregistered: C = 1).
C = 1.0
SEED = 0


def critic_sentences(shared: Path, critics: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """(sentence, in the subjective extract) of every usable sentence of ``critics``' reviews."""
    from filmkritik.train import snippet_corpus

    texts, labels = [], []
    for critic in critics:
        for unit in snippet_corpus.critic_units(shared, critic):
            texts.append(unit.text)
            labels.append(unit.subjective)
    return texts, np.array(labels, dtype=bool)


def features(texts: Sequence[str]) -> Any:
    """Binary hashed word 1-2 grams, each row L2-normalised (what ``Detector.probability`` computes)."""
    from sklearn.preprocessing import normalize

    from filmkritik.read import sentiment

    x = sentiment.counts(texts)
    x.data[:] = 1.0
    return normalize(x.astype(np.float64), copy=False)


def fit(texts: Sequence[str], labels: np.ndarray) -> subjectivity.Detector:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=2000, random_state=SEED).fit(features(texts), labels)
    return subjectivity.Detector(model.coef_[0].astype(np.float16).astype(np.float32), float(model.intercept_[0]))


def accuracy(detector: subjectivity.Detector, texts: Sequence[str], labels: np.ndarray) -> float:
    said = np.array([detector.probability(t) >= subjectivity.SUBJECTIVE for t in texts])
    return float((said == labels).mean())


def write_detector(shared: Path, out: Path, critics: Sequence[str] = data.TRAIN_CRITICS) -> subjectivity.Detector:
    """The detector fitted on ``critics`` (TRAIN only), saved to ``out``."""
    if any(c not in data.TRAIN_CRITICS for c in critics):
        raise ValueError("the detector learns from the TRAIN critics only")
    detector = fit(*critic_sentences(shared, critics))
    out.parent.mkdir(parents=True, exist_ok=True)
    subjectivity.save(detector, out)
    return detector


def leans(texts: Sequence[str], which: str | None, model: Path | None) -> np.ndarray:
    """The reader's English judgement lean of each text with variant ``which`` (None: the shipped lean)."""
    from filmkritik.train import confidence

    saved = {k: os.environ.get(k) for k in (subjectivity.SWITCH, subjectivity.MODEL_SWITCH)}
    try:
        os.environ[subjectivity.SWITCH] = f"en:{which}" if which else ""
        os.environ[subjectivity.MODEL_SWITCH] = str(model) if model else ""
        lean, _ = confidence.judgements(texts, "en")
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return lean


def cross(shared: Path, work: Path, progress: Callable[[str], None] = print) -> dict[str, Any]:
    """The preregistered choosing measure: every variant against the shipped lean, cross-critic."""
    from scipy.stats import spearmanr

    from filmkritik.train import verdict_en

    work.mkdir(parents=True, exist_ok=True)
    corpus = verdict_en.load_corpus(shared, work / "corpus.pkl")
    report: dict[str, Any] = {"detector accuracy (trained on the other critic)": {}}
    readings: dict[str, dict[str, dict[str, float]]] = {}
    for held in data.TRAIN_CRITICS:
        other = next(c for c in data.TRAIN_CRITICS if c != held)
        path = work / f"detector-{other}.npz"
        if not path.exists():
            progress(f"detector on {other}")
            write_detector(shared, path, [other])
        texts, labels = critic_sentences(shared, [held])
        report["detector accuracy (trained on the other critic)"][held] = {
            "accuracy": round(accuracy(subjectivity.load(path), texts, labels), 4),
            "share subjective": round(float(labels.mean()), 4),
        }
        cal, rows = corpus.rows(other), corpus.rows(held)
        progress(f"model on {other}, reading {held}")
        _, scores = verdict_en.model_scores(corpus, cal, corpus.polarity_rows(held), rows)
        held_texts = [corpus.texts[i] for i in rows]
        beta = corpus.beta[rows]
        target = corpus.target[rows]
        for which in (None, *subjectivity.VARIANTS):
            name = which or "shipped"
            progress(f"{held}: lean {name}")
            lean = corpus.lean[rows] if which is None else leans(held_texts, which, path)
            s = (1 - beta) * scores + beta * (50 + 45 * lean)
            right = verdict_en.three_class(s) == verdict_en.three_class(100 * target)
            readings.setdefault(name, {})[held] = {
                "3-class": round(float(right.mean()), 4),
                "spearman": round(float(spearmanr(s, target).statistic), 4),
                "n": len(rows),
            }
    for name, per in readings.items():
        per_critic = list(per.values())
        report[name] = {
            **per,
            "mean 3-class": round(float(np.mean([p["3-class"] for p in per_critic])), 4),
            "mean spearman": round(float(np.mean([p["spearman"] for p in per_critic])), 4),
        }
    return report


def choose(report: dict[str, Any]) -> str:
    """The preregistered choice: the highest mean 3-class (ties within 0.001: the higher mean Spearman)."""
    best = max(report[v]["mean 3-class"] for v in subjectivity.VARIANTS)
    tied = [v for v in subjectivity.VARIANTS if report[v]["mean 3-class"] >= best - 0.001]
    return max(tied, key=lambda v: report[v]["mean spearman"])


def passes_cross(report: dict[str, Any], which: str) -> dict[str, bool]:
    """Rule item 1 for variant ``which``."""
    base, cand = report["shipped"], report[which]
    return {
        "mean 3-class +0.005": cand["mean 3-class"] >= base["mean 3-class"] + 0.005,
        "no critic -0.005": all(cand[c]["3-class"] >= base[c]["3-class"] - 0.005 for c in data.TRAIN_CRITICS),
        "Spearman -0.003 at most": cand["mean spearman"] >= base["mean spearman"] - 0.003,
    }


def owned_files() -> list[Path]:
    """Every owned English critic page file in the repository (critic sets, then blind rounds)."""
    from filmkritik.train import critic_text

    fixtures = critic_text.FIXTURES
    return sorted((fixtures / "verdict_en").glob("critics*.jsonl")) + sorted((fixtures / "heldout").glob("en*.jsonl"))


def read_pages(shared: Path, progress: Callable[[str], None]) -> list[dict[str, Any]]:
    """(file, gold, shown score, label) of every owned English page and real dev review, prose only."""
    from filmkritik.train import critic_text

    files = [*owned_files(), shared / "reviews" / "en" / "dev.jsonl"]
    found = []
    for page in critic_text.read_files(files, lambda p: p.name if p.parent.name != "en" else "dev", progress):
        found.append({"group": page.group, "gold": page.gold, "shown": page.shown, "read": page.read})
    return found


def compare(off: Sequence[dict[str, Any]], on: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Rule items 2 and 3: real dev pages right, and the owned pages' pooled macro-F1, off against on."""
    from filmkritik.train import critic_text

    def part(keep: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        a = [p for p in off if keep(p)]
        b = [p for p in on if keep(p)]
        gold = [p["gold"] for p in a]
        return {
            "pages": len(a),
            "off macro-F1": round(critic_text.macro_f1(gold, [p["read"] for p in a]), 4),
            "on macro-F1": round(critic_text.macro_f1(gold, [p["read"] for p in b]), 4),
            "off right": sum(p["gold"] == p["read"] for p in a),
            "on right": sum(p["gold"] == p["read"] for p in b),
            "fixed": sum(x["gold"] == y["read"] != x["read"] for x, y in zip(a, b, strict=True)),
            "broken": sum(x["gold"] == x["read"] != y["read"] for x, y in zip(a, b, strict=True)),
            "scores moved": sum(x["shown"] != y["shown"] for x, y in zip(a, b, strict=True)),
        }

    return {
        "dev": part(lambda p: p["group"] == "dev"),
        "owned pages": part(lambda p: p["group"] != "dev"),
        "critic sets": part(lambda p: p["group"].startswith("critics")),
        "blind rounds": part(lambda p: p["group"].startswith("en")),
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("cross", "fit", "pages", "compare"))
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/round22"))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.what == "fit":
        out = args.out or args.work / subjectivity.MODEL_FILE
        write_detector(args.shared, out)
        print(out)
        return
    if args.what == "pages":
        from filmkritik.train import critic_text

        print(json.dumps(read_pages(args.shared, critic_text.to_stderr)))
        return
    if args.what == "compare":
        off, on = (json.loads(f.read_text(encoding="utf-8")) for f in args.files)
        print(json.dumps(compare(off, on), indent=1))
        return
    report = cross(args.shared, args.work)
    which = choose(report)
    report["chosen"] = which
    report["rule 1"] = passes_cross(report, which)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
