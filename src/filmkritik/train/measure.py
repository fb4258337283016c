"""Measuring the verdict on the shared data's held-out sets (used by ``benchmarks/bench_verdict.py``).

Measuring only: nothing here feeds back into training. The verdict component runs on
its own (segmenting, opinion sentences, model, judgement lean), with the language given,
so the numbers are the verdict's and not the language detector's or the review detector's.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from filmkritik import lang
from filmkritik.model import score_label
from filmkritik.read import opinion, segment, verdict
from filmkritik.train import data
from filmkritik.train.verdict import reliability_table

Scorer = Callable[[str, str], tuple[int, float]]


def verdict_score(text: str, code: str) -> tuple[int, float]:
    """The reader's inferred score and confidence for ``text`` in language ``code``."""
    base = lang.get(code)
    items = opinion.sentences(text, segment.sentences(text, base.ABBREVIATIONS), segment.paragraphs(text), code)
    return verdict.infer_score(text, code, items, opinion.lexicon_features(items, text))


def model_only_score(text: str, code: str) -> tuple[int, float]:
    """The trained model's calibrated score alone (no judgement-word lean)."""
    from filmkritik.read import sentiment

    model = sentiment.model(code)
    value, confidence = model.score(text)
    return max(0, min(100, round(value))), confidence


@dataclass
class Measurement:
    name: str
    reviews: int
    seconds: float
    metrics: dict[str, float] = field(default_factory=dict)
    reliability: list[tuple[float, float, float, int]] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return self.reviews / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "reviews": self.reviews,
            "reviews_per_second": round(self.per_second, 1),
            **{k: round(v, 3) for k, v in self.metrics.items()},
            "reliability": [
                {"from": low, "mean_confidence": round(c, 3), "share_right": round(a, 3), "n": n}
                for low, c, a, n in self.reliability
            ],
        }


def _run(texts: Sequence[str], code: str, scorer: Scorer) -> tuple[np.ndarray, np.ndarray, float]:
    scorer(texts[0], code)  # load models before timing
    scores, confidences = [], []
    started = time.process_time()
    for text in texts:
        s, c = scorer(text, code)
        scores.append(s)
        confidences.append(c)
    return np.array(scores, dtype=float), np.array(confidences), time.process_time() - started


def pang_lee_test(shared: Path, scorer: Scorer = verdict_score) -> Measurement:
    """Pang & Lee TEST critics (Berardinelli, Renshaw): 3-class accuracy with the dataset's
    cut-offs (rating <= 0.4 negative, >= 0.7 positive; score <= 40 / >= 70), Spearman, MAE."""
    from scipy.stats import spearmanr

    examples = [e for c in data.TEST_CRITICS for e in data.scale_reviews(shared, c)]
    scores, confidences, seconds = _run([e.text for e in examples], "en", scorer)
    ratings = np.array([100 * e.target for e in examples])
    metrics: dict[str, float] = {
        "accuracy_3class": float((three_class(scores) == three_class(ratings)).mean()),
        "spearman": float(spearmanr(scores, ratings).statistic),
        "mae": float(np.abs(scores - ratings).mean()),
    }
    for critic in data.TEST_CRITICS:
        rows = np.array([e.group == critic for e in examples])
        metrics[f"accuracy_3class_{critic}"] = float((three_class(scores[rows]) == three_class(ratings[rows])).mean())
        metrics[f"spearman_{critic}"] = float(spearmanr(scores[rows], ratings[rows]).statistic)
    right = np.array([score_label(s) == score_label(r) for s, r in zip(scores, ratings, strict=True)])
    metrics["metacritic_label_accuracy"] = float(right.mean())
    metrics.update(_calibration(confidences, right))
    return Measurement("pang-lee TEST critics", len(examples), seconds, metrics, reliability_table(confidences, right))


def dvd_test(shared: Path, scorer: Scorer = verdict_score) -> Measurement:
    """German DVD reviews, TEST split: positive (4-5 stars) vs negative (1-2), score >= 50 positive."""
    examples = data.dvd_reviews(shared, "test")
    scores, confidences, seconds = _run([e.text for e in examples], "de", scorer)
    right = (scores >= 50) == np.array([e.target >= 0.5 for e in examples])
    return Measurement(
        "German DVD TEST",
        len(examples),
        seconds,
        {"accuracy": float(right.mean()), **_calibration(confidences, right)},
        reliability_table(confidences, right),
    )


def _calibration(confidences: np.ndarray, right: np.ndarray) -> dict[str, float]:
    """How well the confidence reads as the probability that the label is right: expected calibration
    error over 10 equal-width bins, and the Brier score."""
    from filmkritik.train import confidence

    return {"ece": confidence.ece(confidences, right), "brier": confidence.brier(confidences, right)}


def three_class(scores: np.ndarray) -> np.ndarray:
    """The Pang & Lee classes of 0-100 scores with the dataset's cut-offs (<= 40, between, >= 70) as 0 / 1 / 2."""
    return np.where(scores <= 40, 0, np.where(scores >= 70, 2, 1))


def three_class_agreement(scores: np.ndarray, ratings: np.ndarray) -> float:
    """The share of ``scores`` in the Pang & Lee class of their ``ratings`` (both 0-100), to 4 places."""
    return round(float((three_class(scores) == three_class(ratings)).mean()), 4)


def scale_agreement(scores: np.ndarray, ratings: np.ndarray) -> dict[str, float]:
    """How 0-100 ``scores`` agree with the Pang & Lee ``ratings`` (0-100): 3-class (40 / 70), Spearman and
    Metacritic band (``score_label``), each to 4 places."""
    from scipy.stats import spearmanr

    return {
        "3-class": three_class_agreement(scores, ratings),
        "spearman": round(float(spearmanr(scores, ratings).statistic), 4),
        "metacritic": round(
            float(np.mean([score_label(a) == score_label(b) for a, b in zip(scores, ratings, strict=True)])), 4
        ),
    }


def three_class_by_critic(
    examples: Sequence[data.Example], ratings: np.ndarray, scored: dict[str, np.ndarray], critics: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Per critic of ``critics``: the 3-class agreement of each of the ``scored`` columns with the ``ratings``."""
    out = {}
    for critic in critics:
        rows = np.array([e.group == critic for e in examples])
        out[critic] = {label: three_class_agreement(s[rows], ratings[rows]) for label, s in scored.items()}
    return out
