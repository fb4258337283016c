"""A film's share of positive reviews when some verdicts are only guessed from snippets.

Counting reviews that score >= 60 is biased when each snippet's verdict is right only about four
times in five: a film's counted share is squeezed toward the middle (a film every critic liked
counts about 80%, a film every critic panned about 20%). This is the "quantification" problem.

The adjusted share is the Bayesian version of the prior re-estimation of Saerens, Latinne &
Decaestecker (2002): each snippet-scored review carries a calibrated probability ``p`` that its
review is positive (``models/snippet-posterior.json``: Platt scaling of the short-text score,
fitted on held-out TRAIN quotes whose positive share was ``pi0``). For a film whose true share is
``s`` the review's likelihood is ``s * p / pi0 + (1 - s) * (1 - p) / (1 - pi0)``; reviews with an
explicit rating or a rating hint (and whole reviews) enter as known: ``s`` or ``1 - s`` (a film
with no snippet-scored review keeps its counted share). Under a
uniform prior on ``s`` the adjusted share is the posterior median on a grid. Unlike the
maximum-likelihood EM fixed point, it does not run to 0% or 100% for a film of five mild snippets.

It is reported BESIDE the counted share, never in its place: on TRAIN it cuts the error by a third when the
snippets read as they do on TRAIN, but it degrades faster than counting when new quotes read
systematically more positive or negative (the round-8 check, README).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

POSTERIOR_FILE = "snippet-posterior.json"
#: The method that produced ``percent_positive_adjusted`` (named in every output that carries it).
ADJUSTED_METHOD = "bayes-prior"
#: The method that produced the shown ``percent_positive``.
SHOWN_METHOD = "counted"
_CLIP = (0.01, 0.99)


@dataclass(frozen=True)
class SnippetPosterior:
    """Platt scaling of the short-text score: P(positive) = 1 / (1 + exp(-(a * score + b)))."""

    a: float
    b: float
    pi0: float
    languages: tuple[str, ...]

    def probability(self, score: float) -> float:
        p = 1.0 / (1.0 + math.exp(-(self.a * score + self.b)))
        return min(_CLIP[1], max(_CLIP[0], p))


@cache
def _grid() -> np.ndarray:
    """The film shares the posterior is evaluated at (numpy loads only when a share is adjusted)."""
    import numpy as np

    return np.linspace(0.0, 1.0, 201)


@cache
def snippet_posterior() -> SnippetPosterior | None:
    """The shipped calibration, or None when the file is missing (snippets then count as they are)."""
    ref = resources.files("filmkritik").joinpath("models", POSTERIOR_FILE)
    try:
        data = json.loads(ref.read_text(encoding="utf-8"))
        return SnippetPosterior(
            a=float(data["a"]), b=float(data["b"]), pi0=float(data["pi0"]), languages=tuple(data["languages"])
        )
    except (FileNotFoundError, OSError, ValueError, KeyError, TypeError):
        return None


def review_probability(score: float | None, source: str | None, words: int, language: str | None) -> float | None:
    """P(positive) for a review whose score the short-text model guessed; None for every other review
    (explicit ratings, rating hints, whole reviews, languages the calibration was not fitted on)."""
    from filmkritik import lang
    from filmkritik.read.short_text import LONG_WORDS

    calibration = snippet_posterior()
    if calibration is None or score is None or source != "inferred" or not 0 < words < LONG_WORDS:
        return None
    code = language if language in lang.LANGUAGES else "en"
    if code not in calibration.languages:
        return None
    return calibration.probability(score)


def adjusted_share(known: Sequence[bool], probabilities: Sequence[float], pi0: float | None = None) -> float:
    """The film's share of positive reviews (0-1): posterior median under a uniform prior, from
    reviews whose side is ``known`` and reviews with only a calibrated ``probabilities`` of being positive."""
    if pi0 is None:
        calibration = snippet_posterior()
        pi0 = calibration.pi0 if calibration is not None else 0.5
    positive = sum(1 for k in known if k)
    negative = len(known) - positive
    if not probabilities:  # nothing guessed: the counted share is the share
        return positive / len(known) if known else 0.0
    import numpy as np

    grid = _grid()
    loglik = np.zeros_like(grid)
    with np.errstate(divide="ignore"):  # a known review rules out a share of 0 or 1: log 0 = -inf
        if positive:
            loglik += positive * np.log(grid)
        if negative:
            loglik += negative * np.log1p(-grid)
    p = np.asarray(probabilities, dtype=float)
    loglik = loglik + np.log(np.outer(grid, p / pi0) + np.outer(1.0 - grid, (1.0 - p) / (1.0 - pi0))).sum(axis=1)
    posterior = np.exp(loglik - loglik.max())
    cdf = np.cumsum(posterior) / posterior.sum()
    return float(grid[min(int(np.searchsorted(cdf, 0.5)), len(grid) - 1)])
