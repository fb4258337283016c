"""Is this text a film review? A review versus news, an interview, a listing page, a bare synopsis.

A logistic model over a few document-shape features (:mod:`review_features`), trained by
:mod:`filmkritik.train.review_detect` and shipped as ``lang/data/review_detect_model.json``
(model card beside it). Usable without the rest of the reader, e.g. to filter crawls::

    from filmkritik.read.review_detect import score
    is_review, confidence = score(text, "de")   # or score(text) to detect the language
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from filmkritik.errors import FilmkritikError
from filmkritik.model import Confidence
from filmkritik.read.analysis import Analysis
from filmkritik.read.review_features import FEATURES, SHORT_WORDS, features

MODEL_FILE = "data/review_detect_model.json"
#: The length feature (``log1p(words) / 8``) of a text of :data:`SHORT_WORDS` words: from there on a text is a whole page.
_WHOLE_PAGE_LENGTH = math.log1p(SHORT_WORDS) / 8.0 - 1e-9


@dataclass(frozen=True)
class ReviewModel:
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    #: The threshold for whole pages (at least :data:`~filmkritik.read.review_features.SHORT_WORDS` words): lower,
    #: because on a critic's page a missed review loses its verdict, and whole non-review pages sit far from it.
    whole_page_threshold: float

    def probability(self, vector: list[float]) -> float:
        z = self.bias
        for x, mean, scale, weight in zip(vector, self.means, self.scales, self.weights, strict=True):
            z += weight * (x - mean) / scale
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> ReviewModel:
    """The shipped model, read once."""
    try:
        raw = resources.files("filmkritik.lang").joinpath(MODEL_FILE).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as error:
        raise FilmkritikError(
            f"the is-review model {MODEL_FILE} is missing or broken ({error}); reinstall filmkritik "
            "or rebuild it with `python -m filmkritik.train.review_detect`"
        ) from None
    if tuple(data["features"]) != FEATURES:
        raise FilmkritikError(
            "the is-review model was trained on other features; rebuild it with `python -m filmkritik.train.review_detect`"
        )
    return ReviewModel(
        tuple(data["means"]),
        tuple(data["scales"]),
        tuple(data["weights"]),
        data["bias"],
        data["threshold"],
        data.get("whole_page_threshold", data["threshold"]),
    )


def _judged(
    text: str, language: str | None, lowered: str | None, words: list[str] | None = None
) -> tuple[float, float]:
    """The model's probability and the threshold that applies to ``text`` (whole page or short text)."""
    if not text.strip():
        return 0.0, model().threshold
    if language is None:
        from filmkritik.read.language import detect

        language = detect(text)[0]
    vector = features(text, language, lowered, words)
    m = model()
    # Every short-text feature is 0 on a whole page (its shortness is 0): the length feature says which it is.
    whole = vector[0] >= _WHOLE_PAGE_LENGTH
    return m.probability(vector), (m.whole_page_threshold if whole else m.threshold)


def probability(text: str, language: str | None = None, lowered: str | None = None) -> float:
    """The model's probability that ``text`` is a film review (language detected when not given;
    ``lowered``: the text lower-cased, when the caller has it already)."""
    return _judged(text, language, lowered)[0]


def score(
    text: str, language: str | None = None, lowered: str | None = None, words: list[str] | None = None
) -> tuple[bool, float]:
    """``(is_review, confidence)`` for ``text`` in ``language`` ("de", "en"; others read as English;
    ``None`` detects it).

    The confidence says how far the model's probability lies from its threshold, scaled to
    0.5 (on the threshold) .. 1.0 (certain), for either answer. Whole pages (at least
    :data:`~filmkritik.read.review_features.SHORT_WORDS` words) have a lower threshold than short texts.
    ``lowered``, ``words``: the text lower-cased and its word tokens (``Analysis.words``), when the caller has them.
    """
    p, t = _judged(text, language, lowered, words)
    if p >= t:
        return True, round(0.5 + 0.5 * (p - t) / (1.0 - t), 3)
    return False, round(0.5 + 0.5 * (t - p) / t, 3)


def annotate(analysis: Analysis) -> None:
    value, confidence = score(analysis.text, analysis.language, analysis.lowered, analysis.words)
    analysis.record.is_review = Confidence(value, confidence)
