"""Short texts read like their critic's rating: a length-aware calibration of the inferred score.

The verdict model learned from whole reviews, where a verdict is backed by paragraphs of
judgement. A one- to three-sentence quote ("A quietly devastating piece of work.") gives it
few words to go on and its score runs low and towards the middle. For texts up to
``LONG_WORDS`` words the inferred score is quantile-mapped per length bucket onto what
excerpts of that length taken from TRAIN reviews should read as (their critic's rating), fitted
by ``filmkritik.train.snippets`` and shipped as ``models/short-text.json``. Between bucket
centres the maps are interpolated by length, and from ``FADE_WORDS`` to ``LONG_WORDS`` the
calibration fades out, so a text one word longer never jumps.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from types import ModuleType
from typing import Any

import numpy as np

from filmkritik import lang

FILE = "short-text.json"
#: A review is positive from this score on (the Tomatometer convention: 3 of 5 stars).
POSITIVE = 60
#: From here on the calibration fades out; at ``LONG_WORDS`` a text reads as a whole review.
FADE_WORDS = 60
LONG_WORDS = 100

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def word_count(text: str) -> int:
    """Words in ``text`` (numbers count, punctuation does not)."""
    return len(_WORD.findall(text))


def language_data(code: str) -> ModuleType:
    """The language package whose segmentation rules read ``code`` (English for others)."""
    return lang.get(code)


@cache
def table() -> dict[str, Any]:
    """The shipped maps (empty when the file is missing: then scores pass through unchanged)."""
    ref = resources.files("filmkritik").joinpath("models", FILE)
    try:
        loaded: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return {}
    return loaded


def apply(maps: dict[str, Any], score: float, words: int) -> float:
    """``score`` of a ``words``-long text through one language's ``maps`` (no fade-out)."""
    buckets = maps.get("buckets") or []
    if not buckets:
        return float(score)
    centres = [b["words"] for b in buckets]
    mapped = [float(np.interp(score, b["raw"], b["score"])) for b in buckets]
    return float(np.interp(words, centres, mapped))


def calibrate(score: int, confidence: float, text: str, code: str) -> tuple[int, float]:
    """The inferred ``score`` (and its label ``confidence``) of ``text`` as a critic's rating.

    Texts of ``LONG_WORDS`` words or more, and any text when no map ships, pass unchanged.
    The confidence is re-read from the verdict model's reliability map at the new score.
    """
    words = word_count(text)
    maps = table().get("languages", {}).get(code if code in lang.LANGUAGES else "en")
    if not maps or words >= LONG_WORDS:
        return score, confidence
    weight = min(1.0, (LONG_WORDS - words) / (LONG_WORDS - FADE_WORDS))
    value = weight * apply(maps, score, words) + (1 - weight) * score
    new = max(0, min(100, round(value)))
    if new == score:
        return score, confidence
    from filmkritik.errors import ModelError
    from filmkritik.read import sentiment

    try:
        return new, sentiment.model(code).confidence(new)
    except ModelError:
        return new, confidence
