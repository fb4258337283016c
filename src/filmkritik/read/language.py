"""Which language a review is written in.

German and English are told apart by function words (fast and reliable on a review's
length); anything else goes to lingua, restricted to a handful of languages and
loaded once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from filmkritik import lang

#: The letters a word is made of (the sample is lower-cased): what the function-word counts read.
_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
_WORD = re.compile(f"[{_LETTERS}]+")
#: Every Latin-1 byte that is none of :data:`_LETTERS` made a space (see :func:`_words`).
_SPACED = bytes(code if chr(code) in _LETTERS else 0x20 for code in range(256))


#: How much of the text is read.
_SAMPLE = 4000


def detect(text: str, lowered: str | None = None) -> tuple[str, float]:
    """Return ``(code, confidence)``; code is an ISO 639-1 code or ``"und"``.

    ``lowered``: ``text`` lower-cased, when the caller has it already.
    """
    sample = _sample(text, lowered)
    words = _words(sample)
    if not words:
        return "und", 0.0
    # Counted by the set's own membership test, without a Python-level loop over the words.
    hits = {
        code: sum(map(_stopwords(code, data.STOPWORDS).__contains__, words)) for code, data in lang.LANGUAGES.items()
    }
    best = max(hits, key=lambda c: hits[c])
    total = sum(hits.values())
    share = total / len(words)
    if share >= 0.12 and hits[best] >= 0.75 * total:
        return best, round(min(0.99, hits[best] / total), 2)
    return _lingua(sample)


def _words(sample: str) -> list[bytes]:
    """``_WORD.findall(sample)``, each word Latin-1 encoded, in about 60% of the time (speed pass 23): every
    character none of :data:`_LETTERS` is a space (beyond Latin-1, encoded as "?" first), and the words are what
    lies between spaces. The same runs of letters the regex finds, one by one."""
    return sample.encode("latin-1", "replace").translate(_SPACED).split()


@lru_cache(maxsize=8)
def _stopwords(code: str, words: frozenset[str]) -> frozenset[bytes]:
    """A language's function words as :func:`_words` gives them (Latin-1 bytes); one with any character but
    :data:`_LETTERS` is no run of letters, so no word of a sample, and is left out."""
    return frozenset(word.encode("latin-1") for word in words if _WORD.fullmatch(word))


def _lingua(sample: str) -> tuple[str, float]:
    detector = _detector()
    values = detector.compute_language_confidence_values(sample)
    if not values:
        return "und", 0.0
    top = values[0]
    code = top.language.iso_code_639_1.name.lower()
    return code, round(float(top.value), 2)


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.GERMAN,
        Language.ENGLISH,
        Language.FRENCH,
        Language.SPANISH,
        Language.ITALIAN,
        Language.DUTCH,
        Language.PORTUGUESE,
        Language.DANISH,
        Language.SWEDISH,
        Language.POLISH,
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _sample(text: str, lowered: str | None) -> str:
    """``text[:_SAMPLE].lower()``, cut from ``lowered`` when that is the same: lower-casing keeps every
    character's place unless some character grew ("İ" -> "i̇", then the lengths differ), and only a
    capital sigma's lower case depends on what follows it (which the cut may remove)."""
    if lowered is not None and len(lowered) == len(text) and text.find("Σ", 0, _SAMPLE) < 0:
        return lowered[:_SAMPLE]
    return text[:_SAMPLE].lower()
