"""The reader's label confidence, fitted out-of-fold on TRAIN data (part of ``filmkritik train verdict``).

The reader's score is the trained model's score moved by the critics' judgement lean
(``read/verdict.py``: ``judgement``, ``blend``), so its confidence is fitted on what the reader
itself says about reviews it has not learned from, not on the model alone:

- English: each TRAIN critic (Schwartz, Rhodes) read by a model trained on the other critic and
  the polarity corpus (minus the reviews that duplicate the held-out critic's or the TEST critics'):
  how the reader does on a critic it never saw. "Right" is the Metacritic band of the rounded score
  against the band of the critic's rating.
- German: the DVD train split, 5-fold (the folds the trainer's calibration uses). "Right" is the side
  of 50 (score >= 50 read as positive against 4-5 stars), as the DVD measurement reads it.

The map is an isotonic regression of "right" on the distance of the reader's score from the nearest
band edge, one per group of a second input when that measured better out-of-fold. Written as a small
JSON table (``models/verdict-confidence.json``) that ``read/verdict.py`` reads; the models themselves
are not touched, so no score or label changes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from filmkritik import lang
from filmkritik.model import score_label
from filmkritik.read import opinion, segment, verdict
from filmkritik.train import data

#: Where a label changes, on the unrounded reader score (the label is read off the rounded score:
#: 60.5 rounds to 60, mixed; 49.5 rounds to 50, positive).
EDGES = {"en": (39.5, 60.5), "de": (49.5,)}
#: Isotonic bounds: never sure, never hopeless (English has three labels, German two).
BOUNDS = {"en": (0.34, 0.99), "de": (0.5, 0.99)}
#: Margin knots of the stored map (score points from the nearest edge).
KNOTS = np.linspace(0.0, 50.0, 51)
FILE = "verdict-confidence.json"
#: A group of the second input with fewer readings than this gets the curve fitted on all of them.
MIN_GROUP = 100
TABLE_VERSION = 1


@dataclass
class Readings:
    """The reader's out-of-fold readings of TRAIN reviews: the parts of its score, and the truth."""

    code: str
    model: np.ndarray  # the model's score 0-100 (out-of-fold)
    lean: np.ndarray  # judgement lean in [-1, 1]
    beta: np.ndarray  # how much the lean moved the score
    words: np.ndarray  # review length in words
    target: np.ndarray  # the rating, 0-1
    group: np.ndarray  # critic (English) or fold (German): the unit held out

    @property
    def value(self) -> np.ndarray:
        """The reader's unrounded score (``verdict.blend`` per review: the very arithmetic of the reader)."""
        parts = zip(self.model.tolist(), self.lean.tolist(), self.beta.tolist(), strict=True)
        return np.array([verdict.blend(m, lean, beta) for m, lean, beta in parts])

    @property
    def score(self) -> np.ndarray:
        """The reader's score as it reports it (rounded as Python rounds, clipped to 0-100)."""
        return np.array([max(0, min(100, round(v))) for v in self.value.tolist()])

    @property
    def right(self) -> np.ndarray:
        """Whether the label read off the reader's score is right."""
        if self.code == "de":
            return (self.score >= 50) == (self.target >= 0.5)
        return np.array([score_label(s) == score_label(100 * t) for s, t in zip(self.score, self.target, strict=True)])

    @property
    def margin(self) -> np.ndarray:
        return margins(self.value, self.code)

    def subset(self, rows: np.ndarray) -> Readings:
        return Readings(
            self.code,
            self.model[rows],
            self.lean[rows],
            self.beta[rows],
            self.words[rows],
            self.target[rows],
            self.group[rows],
        )


def margins(values: np.ndarray, code: str) -> np.ndarray:
    """Distance of each (unrounded) score from the nearest label edge."""
    edges = np.array(EDGES[code])
    return np.abs(np.asarray(values, dtype=float)[:, None] - edges[None, :]).min(axis=1)


def judgements(texts: Sequence[str], code: str) -> tuple[np.ndarray, np.ndarray]:
    """(lean, lean weight) per text, as the reader computes them on prose (``verdict.judgement``)."""
    base = lang.get(code)
    leans, betas = [], []
    for text in texts:
        items = opinion.sentences(text, segment.sentences(text, base.ABBREVIATIONS), segment.paragraphs(text), code)
        lean, beta = verdict.judgement(text, code, items)
        leans.append(lean)
        betas.append(beta)
    return np.array(leans), np.array(betas)


def readings(code: str, examples: Sequence[data.Example], model_scores: np.ndarray, groups: Sequence[str]) -> Readings:
    """The reader's readings of ``examples`` given the model's out-of-fold scores of them."""
    texts = [e.text for e in examples]
    lean, beta = judgements(texts, code)
    return Readings(
        code,
        np.asarray(model_scores, dtype=float),
        lean,
        beta,
        np.array([len(t.split()) for t in texts]),
        np.array([e.target for e in examples]),
        np.asarray(groups),
    )


# --- the map ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """How a map is fitted: isotonic on the margin, one per group of a second input cut at ``cuts``."""

    by: str = "none"  # "none", "words", "lean" (|lean|), "beta" (lean weight), "disagreement"
    cuts: tuple[float, ...] = ()


#: The shipped maps: the margin alone. A second input was measured out-of-fold on the same readings
#: (ECE over 10 bins / Brier; English by critic and 5 x 5-fold, German 5 x 5-fold) and none was clearly
#: better: English "none" 0.027 / 0.2192 by critic, 0.012 / 0.2166 5-fold; model-lean disagreement
#: (two groups) 0.016 / 0.2186 and 0.011 / 0.2163; review length 0.036 / 0.2183 and 0.014 / 0.2141;
#: |lean| 0.047 / 0.2256 and 0.016 / 0.2165. German "none" 0.011 / 0.0908; length 0.012 / 0.0909;
#: |lean| 0.014 / 0.0916; disagreement 0.014 / 0.0915; lean used or not 0.012 / 0.0902.
SPECS = {"en": Spec(), "de": Spec()}


@dataclass(frozen=True)
class Kept:
    """A shipped map that ``filmkritik train verdict`` writes as it was fitted instead of refitting it.

    A map is fitted on the reader's readings, and the reader's judgement lean keeps changing after a map is
    written; a refit with today's lean is a new map, and it changes the confidence the reader prints. Until one
    is measured and chosen, the trainer writes the map that ships (so a rerun gives the shipped file) and
    reports beside it how far a refit on today's readings would move it (``train/verdict.py``)."""

    fitted_at: str  # the commit whose reader the map was fitted on
    curves: tuple[tuple[float, ...], ...]  # one per group of ``SPECS[code]``, at ``KNOTS``
    #: Out-of-fold numbers of the map when it was fitted (readings, label accuracy, ECE over 10 bins, Brier).
    readings: int
    label_accuracy: float
    ece: float
    brier: float

    def table(self, code: str) -> dict[str, object]:
        """The map as ``fit_map`` writes it."""
        spec = SPECS[code]
        if len(self.curves) != len(spec.cuts) + 1 or any(len(c) != len(KNOTS) for c in self.curves):
            raise ValueError(f"the kept {code} map does not fit SPECS[{code!r}] and KNOTS")
        return {
            "edges": list(EDGES[code]),
            "by": spec.by,
            "cuts": list(spec.cuts),
            "margin_knots": [float(k) for k in KNOTS],
            "confidence": [list(c) for c in self.curves],
        }


#: German: the map fitted at cd0f900 (2026-11-26) on the DVD train split read by the 5-fold models with the
#: judgement lean of that commit. German verdict round 7 (80b5a35) and later rounds changed the lean of 829 of
#: those 2,000 reviews by 2759b25 (and whether it applies for 45), so a refit with today's lean is another map
#: (up to 0.055 apart at a knot). Fitted with cd0f900's lean on today's out-of-fold model scores, the map comes
#: out as below to every digit. Refitting it changes what the reader prints: to be measured (DVD TEST) first.
KEPT: dict[str, Kept] = {
    "de": Kept(
        fitted_at="cd0f900",
        curves=(
            (
                0.5, 0.6545, 0.7273, 0.7413, 0.7413, 0.7413, 0.8118, 0.8118, 0.8118, 0.8118, 0.8118, 0.8852, 0.8852,
                0.9018, 0.9018, 0.9018, 0.96, 0.9636, 0.9636, 0.9636, 0.9636, 0.9636, 0.9636, 0.9659, 0.9759, 0.9778,
                0.9855, 0.9855, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99,
                0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99,
            ),
        ),
        readings=2000,
        label_accuracy=0.887,
        ece=0.020,
        brier=0.0913,
    ),
}  # fmt: skip


def second_input(r: Readings, by: str) -> np.ndarray:
    """The second input of a map (what ``read/verdict.py`` computes from the same parts)."""
    if by == "words":
        return r.words.astype(float)
    if by == "lean":
        return np.abs(r.lean)
    if by == "beta":
        return r.beta
    if by == "disagreement":
        return np.abs(r.model - (50 + 45 * r.lean))
    return np.zeros(len(r.model))


def fit_map(r: Readings, spec: Spec) -> dict[str, object]:
    """Fit the confidence map of ``spec`` on readings ``r`` (a JSON-ready table)."""
    from sklearn.isotonic import IsotonicRegression

    low, high = BOUNDS[r.code]
    second = second_input(r, spec.by)
    group = np.searchsorted(np.array(spec.cuts), second, side="right")
    curves = []
    for g in range(len(spec.cuts) + 1):
        rows = group == g
        if rows.sum() < MIN_GROUP:
            rows = np.ones(len(group), dtype=bool)  # too few to fit a curve of their own: the pooled one
        iso = IsotonicRegression(y_min=low, y_max=high, out_of_bounds="clip")
        iso.fit(r.margin[rows], r.right[rows].astype(float))
        curves.append([round(float(v), 4) for v in iso.predict(KNOTS)])
    return {
        "edges": list(EDGES[r.code]),
        "by": spec.by,
        "cuts": list(spec.cuts),
        "margin_knots": [float(k) for k in KNOTS],
        "confidence": curves,
    }


def apply_map(table: dict[str, object], r: Readings) -> np.ndarray:
    """The confidence ``table`` gives readings ``r`` (the same arithmetic as ``read/verdict.py``)."""
    found = verdict.ConfidenceMap.from_dict(table)
    return np.array(
        [
            found(float(v), float(lean), float(beta), int(words), float(model))
            for v, lean, beta, words, model in zip(r.value, r.lean, r.beta, r.words, r.model, strict=True)
        ]
    )


# --- measuring a map out-of-fold ---------------------------------------------------------------


def ece(confidence: np.ndarray, right: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over ``bins`` equal-width confidence bins."""
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        rows = which == b
        if rows.any():
            total += rows.sum() * abs(confidence[rows].mean() - right[rows].mean())
    return float(total / len(confidence))


def brier(confidence: np.ndarray, right: np.ndarray) -> float:
    return float(np.mean((confidence - right) ** 2))


def cross_fitted(r: Readings, spec: Spec, fit_on: Readings | None = None) -> np.ndarray:
    """Each group's confidence from a map fitted on the other groups (``fit_on``: readings of the same
    reviews to fit on instead, such as another reading of them)."""
    source = fit_on or r
    out = np.zeros(len(r.model))
    for g in np.unique(r.group):
        held = r.group == g
        table = fit_map(source.subset(source.group != g), spec)
        out[held] = apply_map(table, r.subset(held))
    return out


def model_alone(r: Readings) -> Readings:
    """The same reviews as the model alone reads them (no lean): for fitting a map the old way."""
    return Readings(r.code, r.model, r.lean, np.zeros(len(r.model)), r.words, r.target, r.group)


def measure(r: Readings, confidence: np.ndarray) -> dict[str, float]:
    right = r.right
    return {"ece": ece(confidence, right), "brier": brier(confidence, right), "accuracy": float(right.mean())}


# --- building it --------------------------------------------------------------------------


def english_readings(
    shared: Path,
    fit_language: Callable[..., tuple[object, object]],
    progress: Callable[[str], None] = lambda _m: None,
) -> Readings:
    """Each TRAIN critic read by a model trained on the other critic and polarity v2.0 minus every review
    that duplicates the held-out critic's or the TEST critics' (the same settings as the shipped model)."""
    test_texts = [e.text for c in data.TEST_CRITICS for e in data.scale_reviews(shared, c)]
    examples: list[data.Example] = []
    scores: list[np.ndarray] = []
    for held in data.TRAIN_CRITICS:
        progress(f"reading {held} with a model trained without that critic")
        other = [e for c in data.TRAIN_CRITICS if c != held for e in data.scale_reviews(shared, c)]
        unseen = data.scale_reviews(shared, held)
        polarity, _ = data.polarity_reviews(shared, test_texts + [e.text for e in unseen])
        # Learned from cleaned texts when ``data.CLEAN_BOILERPLATE`` is on (round 17); the held-out critic is read
        # as published, as the reader reads any page.
        model, _ = fit_language(
            "en",
            calibration=data.for_training(other),
            extra=data.for_training(polarity),
            rating_pool=[e.target for e in other],
        )
        examples += unseen
        scores.append(model.calibrate(model.raw([e.text for e in unseen])))  # type: ignore[attr-defined]
    return readings("en", examples, np.concatenate(scores), [e.group for e in examples])


def german_readings(examples: Sequence[data.Example], held_out: np.ndarray, folds: np.ndarray) -> Readings:
    """The DVD train reviews read with the trainer's out-of-fold model scores (``held_out``)."""
    return readings("de", examples, held_out, [f"fold{f}" for f in folds])


def write_table(tables: dict[str, dict[str, object]], path: Path) -> None:
    """Write the reader's confidence maps (small JSON, read by ``read/verdict.py``)."""
    payload = {"version": TABLE_VERSION, **tables}
    path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
