"""What critics think of one film, from its reviews' scores: the consensus figures.

Rules (the anchors' conventions):
- ``score``: weighted mean of the reviews' 0-100 scores (weights per outlet/critic, 1 by default),
  null below :data:`MIN_FOR_SCORE` scored reviews;
- ``percent_positive``: share of scored reviews with score >= 60 (the Tomatometer reads 3 of 5
  stars as positive), null below :data:`MIN_FOR_PERCENT`;
- ``spread``: standard deviation of the scores; ``divisive`` when the spread is large and there are
  both positive and negative reviews;
- calibrated figures: each score normalised within its critic (z-score mapped back onto the
  database's overall mean and deviation) once that critic has :data:`MIN_FOR_CALIBRATION`
  reviews; reported beside the raw figures, never replacing them;
- ``percent_positive_adjusted``: the share corrected for snippet verdicts that are only guessed
  (:mod:`filmkritik.kb.share`), beside the counted ``percent_positive``, never replacing it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filmkritik.errors import InputError

MIN_FOR_SCORE = 4
MIN_FOR_PERCENT = 5
MIN_FOR_CALIBRATION = 20
POSITIVE_AT = 60
POSITIVE_LABEL_AT = 61
NEGATIVE_AT = 39
DIVISIVE_SPREAD = 20.0
NOT_ENOUGH = "not enough reviews"


@dataclass(frozen=True)
class Weights:
    """Consensus weights by outlet or critic name (case-insensitive); anything unnamed weighs ``default``."""

    outlets: dict[str, float] = field(default_factory=dict)
    critics: dict[str, float] = field(default_factory=dict)
    default: float = 1.0

    def of(self, critic: str | None, outlet: str | None) -> float:
        critics = {k.casefold(): v for k, v in self.critics.items()}
        outlets = {k.casefold(): v for k, v in self.outlets.items()}
        if critic and critic.casefold() in critics:
            return critics[critic.casefold()]
        if outlet and outlet.casefold() in outlets:
            return outlets[outlet.casefold()]
        return self.default


def load_weights(path: Path) -> Weights:
    """Weights from a JSON file ``{"outlets": {name: weight}, "critics": {...}, "default": 1.0}``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: the weights file cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError as error:  # (a binary file was "unexpected UnicodeDecodeError ... a bug")
        raise InputError(f"{path}: not UTF-8 text (byte {error.start}); a weights file is UTF-8 JSON") from None
    try:
        data = json.loads(text)
        weights = Weights(
            outlets={str(k): float(v) for k, v in (data.get("outlets") or {}).items()},
            critics={str(k): float(v) for k, v in (data.get("critics") or {}).items()},
            default=float(data.get("default", 1.0)),
        )
    except (ValueError, AttributeError, TypeError) as error:
        raise InputError(
            f"{path}: not a weights file ({error}); give JSON like "
            '{"outlets": {"Die Zeit": 2.0}, "critics": {"Ada Kern": 0.5}}'
        ) from None
    values = [weights.default, *weights.outlets.values(), *weights.critics.values()]
    if not all(math.isfinite(v) for v in values):
        # JSON's NaN and 1e400 (infinity) would turn every score they touch into NaN.
        raise InputError(f"{path}: weights must be finite numbers (not NaN or infinity)")
    if any(v < 0 for v in values):
        raise InputError(f"{path}: weights must not be negative")
    return weights


@dataclass(frozen=True)
class CriticStats:
    n: int
    mean: float
    std: float


@dataclass(frozen=True)
class ScoredReview:
    score: float | None
    critic_key: str = ""
    weight: float = 1.0
    #: P(positive) when the short-text model guessed the score (``share.review_probability``), else None.
    probability: float | None = None


def weighted_mean(values: Sequence[float], weights: Sequence[float]) -> float | None:
    total = sum(weights)
    if not values or total <= 0:
        return None
    return sum(v * w for v, w in zip(values, weights, strict=True)) / total


def std(values: Sequence[float]) -> float | None:
    """Population standard deviation (the spread of these reviews, not an estimate)."""
    if not values:
        return None
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def figures(scores: Sequence[float], weights: Sequence[float]) -> dict[str, Any]:
    """score, percent_positive, spread, counts and divisive for one set of scores."""
    n = len(scores)
    positive = sum(1 for s in scores if s >= POSITIVE_AT)
    negative = sum(1 for s in scores if s <= NEGATIVE_AT)
    spread = std(scores)
    mean = weighted_mean(scores, weights)
    return {
        "score": _round(mean) if n >= MIN_FOR_SCORE else None,
        "percent_positive": _round(100 * positive / n) if n >= MIN_FOR_PERCENT else None,
        "spread": _round(spread) if n >= 2 else None,
        "scored_reviews": n,
        "positive": positive,
        "mixed": n - positive - negative,
        "negative": negative,
        "divisive": (
            bool(spread is not None and spread >= DIVISIVE_SPREAD and positive and negative)
            if n >= MIN_FOR_SCORE
            else None
        ),
    }


def calibrate(score: float, stats: CriticStats | None, overall: CriticStats | None) -> float | None:
    """The score as it would read from an average critic, or None when the critic has too few reviews."""
    if stats is None or overall is None or stats.n < MIN_FOR_CALIBRATION or stats.std <= 1e-9:
        return None
    z = (score - stats.mean) / stats.std
    return max(0.0, min(100.0, overall.mean + z * overall.std))


def aggregate(
    reviews: Sequence[ScoredReview],
    critic_stats: dict[str, CriticStats] | None = None,
    overall: CriticStats | None = None,
) -> dict[str, Any]:
    """The raw and the calibrated consensus of one film's reviews."""
    scored = [r for r in reviews if r.score is not None]
    raw = figures([r.score for r in scored if r.score is not None], [r.weight for r in scored])
    stats = critic_stats or {}
    calibrated_scores: list[float] = []
    normalised = 0
    for review in scored:
        assert review.score is not None
        value = calibrate(review.score, stats.get(review.critic_key), overall)
        if value is not None:
            normalised += 1
        calibrated_scores.append(review.score if value is None else value)
    calibrated = figures(calibrated_scores, [r.weight for r in scored])
    result: dict[str, Any] = {"reviews": len(reviews), **raw, **adjusted_figures(scored)}
    result["calibrated"] = {
        "score": calibrated["score"],
        "percent_positive": calibrated["percent_positive"],
        "spread": calibrated["spread"],
        "normalised_reviews": normalised,
        "min_critic_reviews": MIN_FOR_CALIBRATION,
    }
    result["note"] = None if raw["score"] is not None else NOT_ENOUGH
    return result


def adjusted_figures(scored: Sequence[ScoredReview]) -> dict[str, Any]:
    """The adjusted share of positive reviews (null below :data:`MIN_FOR_PERCENT` scored reviews) and
    what produced each share: guessed snippet verdicts enter with their probability, the rest as counted."""
    from filmkritik.kb import share

    known = [r.score >= POSITIVE_AT for r in scored if r.score is not None and r.probability is None]
    guessed = [r.probability for r in scored if r.score is not None and r.probability is not None]
    enough = len(known) + len(guessed) >= MIN_FOR_PERCENT
    return {
        "percent_positive_method": share.SHOWN_METHOD,
        "percent_positive_adjusted": _round(100 * share.adjusted_share(known, guessed)) if enough else None,
        "percent_positive_adjusted_method": share.ADJUSTED_METHOD,
        "guessed_reviews": len(guessed),
    }


def critic_stats(n: int, total: float, total_sq: float) -> CriticStats:
    mean = total / n if n else 0.0
    variance = max(0.0, total_sq / n - mean * mean) if n else 0.0
    return CriticStats(n=n, mean=mean, std=math.sqrt(variance))


def tally_aspects(items: Iterable[tuple[str, str, str | None, float | None]]) -> dict[str, list[dict[str, Any]]]:
    """Praise and fault per aspect from (aspect, polarity, quote, review score) tuples.

    The representative quote of an aspect is the one from the review whose overall score agrees
    most with the polarity (the warmest review for praise, the coldest for a fault), preferring
    quotes of poster length.
    """
    groups: dict[tuple[str, str], list[tuple[str | None, float | None]]] = {}
    for aspect, polarity, quote, score in items:
        groups.setdefault((aspect, polarity), []).append((quote, score))
    out: dict[str, list[dict[str, Any]]] = {"praise": [], "fault": []}
    for (aspect, polarity), entries in groups.items():
        sign = 1 if polarity == "positive" else -1
        quoted = [(q, s) for q, s in entries if q]
        quote = None
        if quoted:
            best = max(quoted, key=lambda e: (sign * (e[1] if e[1] is not None else 50), -abs(len(e[0] or "") - 140)))
            quote = best[0]
        bucket = "praise" if polarity == "positive" else "fault"
        out[bucket].append({"aspect": aspect, "count": len(entries), "quote": quote})
    for tallies in out.values():
        tallies.sort(key=lambda e: (-e["count"], e["aspect"]))
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
