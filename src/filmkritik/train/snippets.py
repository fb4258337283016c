"""Fitting the short-text calibration: how the verdict model's score on a snippet maps to a rating.

The verdict model was fitted and calibrated on whole reviews. On a one- to three-sentence
snippet (a Rotten Tomatoes quote, a headline) its score runs low and squeezed: a quote from a
rave rarely reaches 60. This module cuts short excerpts out of TRAIN/DEV reviews (their most
opinion sentences picked at random, alone or with the next one or two, German DVD headlines
and short user reviews), scores each one with an out-of-fold copy of the shipped model (fitted without the
excerpt's own review, so the excerpt reads as unseen text), and quantile-maps those scores per
length bucket onto the ratings of the reviews they came from. ``read/short_text.py`` applies it.

Run with ``python -m filmkritik.train.snippets --shared ../shared`` (about a minute, one core);
it writes ``models/short-text.json`` and prints the cross-validated comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from filmkritik.read import opinion, ratings, segment, sentiment, short_text, verdict
from filmkritik.train import data

FOLDS = 5
SEED = 17
#: Quantile levels of each bucket's map (enough knots for a smooth curve, few enough to ship).
LEVELS = np.linspace(0.0, 1.0, 21)
#: Excerpts shorter than this carry too little to score (a title, "Wow.").
MIN_WORDS = 4


@dataclass(frozen=True)
class Excerpt:
    """A short piece of a TRAIN/DEV review with its review's rating (0-1) and where it came from."""

    text: str
    review: int  # index of the source review (folds keep a review's excerpts together)
    target: float
    group: str


def excerpts_of(text: str, code: str, rng: random.Random) -> list[str]:
    """Two snippet-like excerpts of a review: one opinion sentence, and two or three sentences
    from another opinion sentence on, each picked at random among the review's opinions.

    Picking by polarity (the "most judging" line) was measured to give excerpts far more
    extreme than real quotes; closing lines are mostly bylines and disclaimers in these
    corpora. Sentences holding an explicit rating are never taken, so the score is the prose's.
    """
    data_ = short_text.language_data(code)
    spans = segment.sentences(text, data_.ABBREVIATIONS)
    items = opinion.sentences(text, spans, segment.paragraphs(text), code)
    ok = [MIN_WORDS <= len(s.text.split()) <= 45 and ratings.find_rating(s.text) is None for s in items]
    opinions = [i for i, s in enumerate(items) if ok[i] and s.is_opinion]
    if not opinions:
        return []
    out = [items[rng.choice(opinions)].text]
    start, width = rng.choice(opinions), rng.choice((2, 3))
    window = []
    for i in range(start, min(len(items), start + width)):
        if not ok[i]:
            break
        window.append(items[i].text)
    if len(window) > 1:
        out.append(" ".join(window))
    return out


def english_excerpts(shared: Path) -> tuple[list[data.Example], list[Excerpt]]:
    """English TRAIN reviews (the model's training set) and excerpts of the rated critics' reviews."""
    critics = [e for c in data.TRAIN_CRITICS for e in data.scale_reviews(shared, c)]
    test_texts = [e.text for c in data.TEST_CRITICS for e in data.scale_reviews(shared, c)]
    # The polarity corpus holds copies of many TRAIN critics' reviews too: drop those, or the
    # out-of-fold model would have read an excerpt's own review.
    polarity, _ = data.polarity_reviews(shared, test_texts + [e.text for e in critics])
    rng = random.Random(SEED)
    excerpts = [Excerpt(t, n, e.target, e.group) for n, e in enumerate(critics) for t in excerpts_of(e.text, "en", rng)]
    return critics + polarity, excerpts


def german_excerpts(shared: Path) -> tuple[list[data.Example], list[Excerpt]]:
    """German DVD TRAIN reviews and their short parts: the headline, the judging sentences,
    and short reviews whole."""
    reviews = data.dvd_reviews(shared, "train")
    rng = random.Random(SEED)
    excerpts = []
    for n, e in enumerate(reviews):
        headline, _, body = e.text.partition("\n")
        parts = [headline] if len(headline.split()) >= MIN_WORDS else []
        parts += excerpts_of(body, "de", rng)
        if len(e.text.split()) <= short_text.LONG_WORDS:
            parts.append(e.text)
        excerpts += [Excerpt(t, n, e.target, e.group) for t in parts]
    return reviews, excerpts


def out_of_fold_scores(reviews: Sequence[data.Example], excerpts: Sequence[Excerpt], code: str) -> np.ndarray:
    """Each excerpt's inferred score (as ``verdict.infer_score`` gives it, before the short-text
    step) from a model fitted like the shipped one but without the excerpt's own review
    (English: without its critic)."""
    # The shipped model's own fitting routine (ridge, or logistic for German): the copy stays in step.
    from filmkritik.train.verdict import _fit

    shipped = sentiment.model(code)
    alpha = float(shipped.meta.get("alpha", 0.3))  # type: ignore[arg-type]
    logistic_c = float(shipped.meta.get("logistic_c", 0.0))  # type: ignore[arg-type]
    chars = int(shipped.meta.get("chars", 0))  # type: ignore[call-overload]
    x = sentiment.features([e.text for e in reviews], code, shipped.idf, shipped.dense_scale, chars)
    y = np.array([e.target for e in reviews])
    w = np.array([e.weight for e in reviews])
    xe = sentiment.features([e.text for e in excerpts], code, shipped.idf, shipped.dense_scale, chars)
    owner = np.array([e.review for e in excerpts])
    raw = np.zeros(len(excerpts))
    for train_rows, held in _folds(reviews, {reviews[e.review].group for e in excerpts}):
        coef, intercept = _fit(x[train_rows], y[train_rows], w[train_rows], alpha, logistic_c)
        rows = np.flatnonzero(np.isin(owner, held))
        raw[rows] = xe[rows] @ coef + intercept
    calibrated = shipped.calibrate(raw)
    beta = verdict.JUDGEMENT_WEIGHT.get(code, 0.2)
    leans = np.array([_lean(e.text, code) for e in excerpts])
    return np.clip(np.round((1 - beta) * calibrated + beta * (50 + 45 * leans)), 0, 100)


def _folds(reviews: Sequence[data.Example], quoted: set[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Leave one critic out when excerpts come from several critics (a snippet is by a critic
    the model never read), else 5-fold over reviews; unquoted corpora always train."""
    from sklearn.model_selection import KFold

    rows = np.arange(len(reviews))
    groups = np.array([e.group for e in reviews])
    if len(quoted) > 1:
        return [(rows[groups != g], rows[groups == g]) for g in sorted(quoted)]
    return list(KFold(FOLDS, shuffle=True, random_state=SEED).split(rows))


def _lean(text: str, code: str) -> float:
    spans = segment.sentences(text, short_text.language_data(code).ABBREVIATIONS)
    items = opinion.sentences(text, spans, segment.paragraphs(text), code)
    return opinion.judgement_lean(items, code)


def targets_for(excerpts: Sequence[Excerpt], code: str, pool: np.ndarray) -> np.ndarray:
    """What each excerpt should read as on 0-100.

    English: its critic's own rating (discrete levels spread as the whole-review calibration
    does). German DVD stars say only positive or negative, so the scores follow the English
    critics' rating pool: its lower half for negative reviews, its upper half for positive ones,
    as the German whole-review model is calibrated.
    """
    from filmkritik.train.verdict import continuous  # the whole-review calibration's spreading

    y = np.array([e.target for e in excerpts])
    if code == "en":
        return 100 * continuous(y)
    spread = continuous(pool)
    low, high = np.sort(spread[spread < 0.5]), np.sort(spread[spread >= 0.5])
    out = np.empty(len(y))
    rng = np.random.default_rng(SEED)
    for rows, half in ((np.flatnonzero(y < 0.5), low), (np.flatnonzero(y >= 0.5), high)):
        out[rows] = 100 * rng.choice(half, size=len(rows))
    return out


def fit_buckets(scores: np.ndarray, words: np.ndarray, targets: np.ndarray, edges: Sequence[int]) -> list[dict]:
    """One quantile map per length bucket: the bucket's scores onto its excerpts' targets."""
    buckets = []
    bounds = [0, *edges, short_text.LONG_WORDS + 1]
    for low, high in itertools.pairwise(bounds):
        rows = (words >= low) & (words < high)
        if rows.sum() < 50:
            continue
        raw = np.quantile(scores[rows], LEVELS) + np.arange(len(LEVELS)) * 1e-6
        mapped = np.maximum.accumulate(np.quantile(targets[rows], LEVELS))
        center = float(np.median(words[rows]))
        buckets.append(
            {
                "words": round(center, 1),
                "n": int(rows.sum()),
                "raw": raw.round(4).tolist(),
                "score": mapped.round(2).tolist(),
            }
        )
    return buckets


#: Length buckets compared by cross-validation (upper word bounds of all but the last bucket).
CANDIDATE_EDGES: dict[str, tuple[int, ...]] = {
    "one map": (),
    "two buckets": (25,),
    "four buckets": (15, 25, 40),
}


def cross_validate(
    scores: np.ndarray, words: np.ndarray, targets: np.ndarray, excerpts: Sequence[Excerpt], code: str
) -> dict[str, dict[str, float]]:
    """Compare the bucketings (and no calibration) by 5-fold CV over source reviews.

    Reported: share of excerpts on the right side of 60 (positive = rating >= 60; German:
    of 50, positive = 4-5 stars), balanced (mean of the two classes' recall), the share read
    positive, the mean absolute error to the target score, and how often excerpts of positive
    (tpr) and negative (fpr) reviews score >= 60, the knowledge base's "positive review".
    """
    from sklearn.model_selection import GroupKFold

    groups = np.array([e.review for e in excerpts])
    positive = targets >= 60 if code == "en" else np.array([e.target >= 0.5 for e in excerpts])
    cut = 60.0 if code == "en" else 50.0
    results: dict[str, dict[str, float]] = {}
    candidates: dict[str, tuple[int, ...] | None] = {"uncalibrated": None, **CANDIDATE_EDGES}
    for name, edges in candidates.items():
        predicted = scores.astype(float).copy()
        if edges is not None:
            for train_rows, held in GroupKFold(FOLDS).split(scores, groups=groups):
                table = {"buckets": fit_buckets(scores[train_rows], words[train_rows], targets[train_rows], edges)}
                predicted[held] = [
                    short_text.apply(table, s, n) for s, n in zip(scores[held], words[held], strict=True)
                ]
        high = predicted >= cut
        recall = (high[positive].mean() + (~high[~positive]).mean()) / 2
        fresh = predicted >= short_text.POSITIVE  # the knowledge base's "positive review"
        results[name] = {
            "balanced_accuracy": round(float(recall), 3),
            "share_positive": round(float(high.mean()), 3),
            "mae": round(float(np.abs(predicted - targets).mean()), 1),
            "tpr": round(float(fresh[positive].mean()), 3),
            "fpr": round(float(fresh[~positive].mean()), 3),
        }
    results["_truth"] = {"share_positive": round(float(positive.mean()), 3)}
    return results


def fit(shared: Path, out: Path | None = None) -> dict:
    """Fit both languages' short-text maps, choose the bucketing by CV, write ``short-text.json``."""
    out = out or Path(__file__).resolve().parents[1] / "models" / short_text.FILE
    pool = np.array([e.target for c in data.TRAIN_CRITICS for e in data.scale_reviews(shared, c)])
    table: dict = {"version": 1, "date": dt.date.today().isoformat(), "languages": {}, "cv": {}}
    for code, load in (("en", english_excerpts), ("de", german_excerpts)):
        reviews, excerpts = load(shared)
        scores = out_of_fold_scores(reviews, excerpts, code)
        words = np.array([short_text.word_count(e.text) for e in excerpts])
        targets = targets_for(excerpts, code, pool)
        cv = cross_validate(scores, words, targets, excerpts, code)
        best = max(CANDIDATE_EDGES, key=lambda name: (cv[name]["balanced_accuracy"], -cv[name]["mae"]))
        table["cv"][code] = {"chosen": best, "excerpts": len(excerpts), **cv}
        # Ship a map only where it reads snippets better than the whole-review calibration does.
        helps = cv[best]["balanced_accuracy"] > cv["uncalibrated"]["balanced_accuracy"]
        table["cv"][code]["shipped"] = helps
        buckets = fit_buckets(scores, words, targets, CANDIDATE_EDGES[best]) if helps else []
        table["languages"][code] = {"buckets": buckets}
    out.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
    short_text.table.cache_clear()
    card = out.parent / "MODEL_CARD-verdict.md"
    if card.exists():
        card.write_text(with_card_section(card.read_text(encoding="utf-8"), table), encoding="utf-8")
    return table


CARD_HEADING = "## Short texts (snippets, headlines)"


def with_card_section(card: str, table: dict) -> str:
    """``card`` with its short-text section written (replacing an earlier one, kept last)."""
    if CARD_HEADING in card:
        before, _, rest = card.partition(CARD_HEADING)
        following = rest.find("\n## ")
        card = before.rstrip() + ("\n" + rest[following:] if following >= 0 else "")
    lines = [
        "",
        CARD_HEADING,
        f"`models/{short_text.FILE}`, fitted {table['date']} by `python -m filmkritik.train.snippets --shared ../shared`",
        "(run it again after `filmkritik train verdict`: it maps the shipped model's scores). Applied by",
        f"`read/short_text.py` to the inferred score of texts under {short_text.LONG_WORDS} words (fading out from",
        f"{short_text.FADE_WORDS}). Data: excerpts of TRAIN/DEV reviews only: one random opinion sentence and two or",
        "three sentences from another, from the Pang & Lee TRAIN critics (Schwartz, Rhodes; rated) and the German",
        "DVD train split (plus its headlines and short reviews whole); sentences with an explicit rating are never",
        "taken. Each excerpt is scored by a copy of the model fitted without its review (English: without its",
        "critic; polarity v2.0 copies of their reviews removed), then quantile-mapped per length bucket onto",
        "its review's rating (German: the English critics' lower or upper half by stars).",
        "Cross-validated over source reviews (balanced accuracy at 60, German 50; MAE to the rating):",
        "",
        "| language | mapping | balanced accuracy | share read positive | MAE | shipped |",
        "|---|---|---|---|---|---|",
    ]
    for code, cv in table["cv"].items():
        for name in ("uncalibrated", *CANDIDATE_EDGES):
            row = cv[name]
            chosen = "yes" if name == cv["chosen"] and cv.get("shipped") else ""
            lines.append(
                f"| {code} | {name} | {row['balanced_accuracy']:.3f} | {row['share_positive']:.3f} "
                f"| {row['mae']:.1f} | {chosen} |"
            )
        lines.append(f"| {code} | (truth) | | {cv['_truth']['share_positive']:.3f} | | |")
    lines += [
        "",
        "A map ships only where it beats the uncalibrated score on balanced accuracy; otherwise that",
        "language's short texts keep the whole-review calibration.",
        "",
    ]
    return card.rstrip() + "\n" + "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    result = fit(args.shared, args.out)
    print(json.dumps(result["cv"], indent=1))


if __name__ == "__main__":
    main()
