"""Verdict round 24 (``docs/preregistrations/verdict-round24.md``): negation-scope features in the English model.
Measuring and fitting code; the reader's side is ``read/negation_scope.py`` (switch ``FILMKRITIK_VERDICT_ROUND24``).

The English ridge is fitted on the shipped blocks (tf-idf word 1-2 grams, lexicon features) plus a block of the
negated words (``negation_scope.negated_words``: sublinear tf-idf, L2-normed, times a scale ``s``), ``s`` chosen from
:data:`SCALES` on the fitting critics' out-of-fold reader readings (3-class, 40 / 70). ``s`` = 0 is the shipped model.

Usage (repository root; the corpus of TRAIN features is cached in ``--cache``)::

    python -m filmkritik.train.verdict_round24 cross --cache /tmp/r24/corpus.pkl      # rules 1-2 (TRAIN critics)
    python -m filmkritik.train.verdict_round24 fit --out /tmp/r24/cand.npz --cache ...  # the artifact on all TRAIN
    python -m filmkritik.train.verdict_round24 pages --model /tmp/r24/cand.npz         # rule 3 (owned pages)
    python -m filmkritik.train.verdict_round24 dev --model ... --shared ../shared       # rule 5, once
    python -m filmkritik.train.verdict_round24 test --model ... --shared ../shared      # TEST, once, after the decision
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from filmkritik.model import score_label
from filmkritik.read import negation_scope, sentiment
from filmkritik.train import critic_text, data, verdict_en
from filmkritik.train.verdict_en import Corpus, Design

#: The preregistered grid of the negated-word block's scale (0: the shipped model, the baseline).
SCALES = (0.25, 0.5, 1.0)
ROUND = 24


def negation_counts(texts: Sequence[str]) -> sp.csr_matrix:
    """Counts of each text's negated words in the block's hashed columns."""
    indptr, indices = [0], []
    for text in texts:
        cols = negation_scope.columns(negation_scope.negated_words(text.lower()))
        indices.extend(cols.tolist())
        indptr.append(len(indices))
    values = np.ones(len(indices), dtype=np.float32)
    x = sp.csr_matrix(
        (values, np.array(indices, dtype=np.int32), np.array(indptr)), (len(texts), negation_scope.N_COLUMNS)
    )
    x.sum_duplicates()
    return x


def block_idf(counts: sp.csr_matrix, fit_rows: np.ndarray) -> np.ndarray:
    """Smoothed idf from the fitting rows (as the model's n-grams: ``log((1 + n) / (1 + df)) + 1``)."""
    x = counts[fit_rows]
    df = np.bincount(x.indices, minlength=x.shape[1])
    return (np.log((1 + len(fit_rows)) / (1 + df)) + 1).astype(np.float32)


def features(
    corpus: Corpus, negated: sp.csr_matrix, fit_rows: np.ndarray, scale: float
) -> tuple[sp.csr_matrix, np.ndarray]:
    """(the candidate's feature matrix of every review, the block's idf); ``scale`` 0: the shipped features."""
    shipped = verdict_en.design_matrix(corpus, fit_rows, Design())
    idf = block_idf(negated, fit_rows)
    if not scale:
        return shipped, idf
    block = verdict_en._tfidf(negated, idf)
    return sp.hstack([shipped, scale * block], format="csr"), idf


def model_scores(
    corpus: Corpus, negated: sp.csr_matrix, calibration: np.ndarray, extra: np.ndarray, read: np.ndarray, scale: float
) -> tuple[np.ndarray, np.ndarray]:
    """(calibrated out-of-fold model scores of ``calibration``, calibrated scores of ``read``), as
    ``verdict_en.model_scores`` with the negated-word block at ``scale``."""
    fit_rows = np.concatenate([calibration, extra])
    x, _ = features(corpus, negated, fit_rows, scale)
    oof = verdict_en._out_of_fold(corpus, x, calibration, extra, lambda m, rows: m.predict(x[rows]))
    raw = verdict_en._ridge(corpus, x, fit_rows).predict(x[read])
    raw_knots, score_knots = verdict_en._quantile_map(oof, corpus.target[calibration])
    return np.interp(oof, raw_knots, score_knots), np.interp(raw, raw_knots, score_knots)


def oof_quality(corpus: Corpus, oof: np.ndarray, calibration: np.ndarray) -> float:
    """The reader's 3-class accuracy on out-of-fold readings (the preregistered choice of ``scale``)."""
    return float(verdict_en.right(verdict_en.blend(oof, corpus, calibration), corpus, calibration).mean())


def choose(
    corpus: Corpus,
    negated: sp.csr_matrix,
    calibration: np.ndarray,
    extra: np.ndarray,
    read: np.ndarray,
    progress: Callable[[str], None] = print,
) -> tuple[float, np.ndarray, dict[float, float]]:
    """(the scale chosen on ``calibration``'s out-of-fold readings, its scores of ``read``, each scale's quality);
    ties within 1e-9: the smaller scale."""
    best: tuple[float, float, np.ndarray] | None = None
    qualities = {}
    for scale in SCALES:
        oof, scores = model_scores(corpus, negated, calibration, extra, read, scale)
        quality = qualities[scale] = oof_quality(corpus, oof, calibration)
        progress(f"  scale {scale}: out-of-fold 3-class {quality:.4f}")
        if best is None or quality > best[0] + 1e-9:
            best = (quality, scale, scores)
    assert best is not None
    return best[1], best[2], qualities


def cross(corpus: Corpus, negated: sp.csr_matrix, progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Rules 1-2: each TRAIN critic read by the shipped design and the candidate fitted on the other critic."""
    from scipy.stats import spearmanr

    out: dict[str, Any] = {}
    for held in data.TRAIN_CRITICS:
        other = next(c for c in data.TRAIN_CRITICS if c != held)
        cal, rows, extra = corpus.rows(other), corpus.rows(held), corpus.polarity_rows(held)
        progress(f"{held}: shipped")
        _, base = model_scores(corpus, negated, cal, extra, rows, 0.0)
        progress(f"{held}: candidate")
        scale, cand, qualities = choose(corpus, negated, cal, extra, rows, progress)
        truth = corpus.target[rows]
        entry = {"scale chosen": scale, "out-of-fold quality per scale": qualities}
        for name, model in (("shipped", base), ("candidate", cand)):
            reader = verdict_en.blend(model, corpus, rows)
            entry[name] = {
                "3-class": round(float(verdict_en.right(reader, corpus, rows).mean()), 4),
                "spearman": round(float(spearmanr(reader, truth).statistic), 4),
                "model alone 3-class": round(float(verdict_en.right(model, corpus, rows).mean()), 4),
            }
        out[held] = entry
    for name in ("shipped", "candidate"):
        out[f"mean {name}"] = {
            k: round(float(np.mean([out[c][name][k] for c in data.TRAIN_CRITICS])), 4)
            for k in ("3-class", "spearman", "model alone 3-class")
        }
    return out


def fit(
    corpus: Corpus,
    negated: sp.csr_matrix,
    out: Path,
    progress: Callable[[str], None] = print,
    scale: float | None = None,
) -> dict[str, Any]:
    """The artifact on all TRAIN rows (both critics calibrate, polarity extra), ``scale`` chosen as preregistered
    unless given; written in the shipped model's format plus the block's arrays."""
    cal, extra = np.flatnonzero(corpus.group != "polarity"), corpus.polarity_rows()
    qualities: dict[float, float] = {}
    if scale is None:
        scale, _, qualities = choose(corpus, negated, cal, extra, cal[:1], progress)
    fit_rows = np.concatenate([cal, extra])
    x, idf = features(corpus, negated, fit_rows, scale)
    oof = verdict_en._out_of_fold(corpus, x, cal, extra, lambda m, rows: m.predict(x[rows]))
    ridge = verdict_en._ridge(corpus, x, fit_rows)
    raw_knots, score_knots = verdict_en._quantile_map(oof, corpus.target[cal])
    shipped = sentiment.model("en")
    n = len(shipped.idf) + corpus.dense.shape[1]
    coef = ridge.coef_.astype(np.float32)
    counts = corpus.counts[fit_rows]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    main_idf = (np.log((1 + len(fit_rows)) / (1 + df)) + 1).astype(np.float32)
    model = sentiment.ScoreModel(
        code="en",
        coef=coef[:n],
        intercept=float(ridge.intercept_),
        idf=main_idf,
        dense_scale=shipped.dense_scale,
        raw_knots=raw_knots,
        score_knots=score_knots,
        margin_knots=shipped.margin_knots,
        confidence_knots=shipped.confidence_knots,
        meta={**shipped.meta, "round24_scale": scale},
    )
    block = coef[n:] if scale else np.zeros(negation_scope.N_COLUMNS, dtype=np.float32)
    model.save(out, neg_idf=idf.astype(np.float16), neg_coef=block.astype(np.float16), neg_scale=np.array([scale]))
    return {"scale": scale, "out-of-fold quality per scale": qualities, "file": str(out)}


# --- reading with the reader, switch off and on ---------------------------------------------------------------


@contextmanager
def switched(model: Path | None) -> Iterator[None]:
    """The reader with round 24 on (reading ``model``), or off when ``model`` is None."""
    saved = {k: os.environ.get(k) for k in (negation_scope.SWITCH, negation_scope.MODEL_SWITCH)}
    os.environ[negation_scope.SWITCH] = "en" if model is not None else ""
    if model is not None:
        os.environ[negation_scope.MODEL_SWITCH] = str(model)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def page_labels(files: Sequence[Path], model: Path, progress: Callable[[str], None]) -> list[dict[str, Any]]:
    """Each labelled page of ``files`` (prose only) read by the whole reader, switch off and on."""
    rows = []
    for path in files:
        progress(f"reading {path}")
        for text, gold in critic_text.rows(path):
            entry: dict[str, Any] = {"file": f"{path.parent.name}/{path.name}", "gold": gold}
            for name, which in (("shipped", None), ("candidate", model)):
                with switched(which):
                    page = critic_text.read_page(text, entry["file"], gold)
                entry[name] = page.shown
            rows.append(entry)
    return rows


def label(score: int | None) -> str:
    return "none" if score is None else score_label(score)


def page_summary(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    gold = [r["gold"] for r in rows]
    base = [label(r["shipped"]) for r in rows]
    new = [label(r["candidate"]) for r in rows]
    return {
        **critic_text.shipped_vs_candidate(gold, base, new),
        "scores moved": sum(r["shipped"] != r["candidate"] for r in rows),
    }


def pang_lee(model: Path, critics: Sequence[str], shared: Path, progress: Callable[[str], None]) -> dict[str, Any]:
    """The Pang & Lee critics read as ``train/measure.py`` reads them (verdict alone, English), switch off and on."""
    from filmkritik.train.measure import scale_agreement, three_class_by_critic
    from filmkritik.train.verdict_round23 import plain_page

    examples = [e for c in critics for e in data.scale_reviews(shared, c)]
    scored: dict[str, list[float]] = {"shipped": [], "candidate": []}
    for n, e in enumerate(examples):
        if n % 500 == 0:
            progress(f"Pang & Lee {n}/{len(examples)}")
        for name, which in (("shipped", None), ("candidate", model)):
            with switched(which):
                scored[name].append(float(plain_page(e.text, "en").shown or 0))
    arrays = {k: np.array(v) for k, v in scored.items()}
    ratings = np.array([100 * e.target for e in examples])
    out: dict[str, Any] = {"reviews": len(examples), "moved": int((arrays["shipped"] != arrays["candidate"]).sum())}
    out.update({name: scale_agreement(s, ratings) for name, s in arrays.items()})
    out.update(three_class_by_critic(examples, ratings, arrays, critics))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("cross", "fit", "pages", "dev", "guard", "test"))
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the TRAIN corpus's features")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("verdict-en-round24.npz"))
    parser.add_argument("--model", type=Path, default=None, help="the candidate artifact (from `fit`)")
    parser.add_argument("--scale", type=float, default=None, help="fit: this scale instead of the chosen one")
    args = parser.parse_args(argv)
    progress = critic_text.to_stderr
    if args.what in ("cross", "fit"):
        corpus = verdict_en.load_corpus(args.shared, args.cache)
        negated = negation_counts(corpus.texts)
        result = (
            cross(corpus, negated, progress)
            if args.what == "cross"
            else fit(corpus, negated, args.out, progress, args.scale)
        )
        print(json.dumps(result, indent=1))
        return
    if args.model is None:
        parser.error("--model is needed")
    if args.what == "pages":
        files = critic_text.owned_page_files("en", critic_text.FIXTURES, before_round=ROUND)
        rows = page_labels(files, args.model, progress)
        print(
            json.dumps(
                {
                    "pooled": page_summary(rows),
                    "critic sets": page_summary([r for r in rows if "/critics" in r["file"]]),
                    "blind rounds": page_summary([r for r in rows if r["file"].startswith("heldout/")]),
                },
                indent=1,
            )
        )
        return
    if args.what == "dev":
        rows = page_labels([args.shared / "reviews" / "en" / "dev.jsonl"], args.model, progress)
        report = page_summary(rows)
        report["moved (shipped, candidate, gold)"] = [
            [r["shipped"], r["candidate"], r["gold"]] for r in rows if r["shipped"] != r["candidate"]
        ]
        print(json.dumps(report, indent=1))
        return
    critics = data.TRAIN_CRITICS if args.what == "guard" else data.TEST_CRITICS
    print(json.dumps(pang_lee(args.model, critics, args.shared, progress), indent=1))


if __name__ == "__main__":
    main()
