"""The is-review features' fast patterns find what the patterns as written find."""

from __future__ import annotations

import re

import pytest

from filmkritik.read import review_features
from reading_support import assert_finds_the_same

RATING_TEXTS = [
    "Note: 2 – 3,5 von 5 Sternen, 4/5, ★★★½☆, ★★★★★★★, **** und ** *** (Grade: B-; Bewertung: gut).",
    "x3/5 _3/5 ٣/5 10/10 7 out of 10 Wertung:5 ENote: 3 aRating: 4 Sterne*****",
]


@pytest.mark.parametrize("text", RATING_TEXTS)
def test_rating_cues_are_those_of_the_plain_pattern(text: str) -> None:
    plain = re.compile(review_features.RATING_PLAIN)
    assert_finds_the_same(review_features._RATING, plain, text)
    if text is RATING_TEXTS[0]:
        found = review_features._RATING.findall(text)
        assert found[:4] == ["Note: 2", "3,5 von 5", "4/5", "★★★"]


SENTENCE_TEXTS = [
    'Ein Satz. Noch einer!\n\nUnd "zitiert?" dann... weiter…» so\n\n\nEnde.',
    'Kein Ende hier.Weiter ?! ) .\t\n…x!!  "» y.\n',
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentence_ends_are_those_of_the_plain_pattern(text: str) -> None:
    plain = re.compile(review_features.SENTENCE_END_PLAIN)
    assert_finds_the_same(review_features._SENTENCE_END, plain, text)


def test_judged_sentences_count_the_first_forty_split_sentences() -> None:
    """Counted sentence by sentence as the plain split cuts them, stopping at the cap."""
    cues = review_features._cues("de")
    texts = [
        "Ein großartiger Film. " * 3 + "Die Handlung spielt in Bremen. " * 50 + "Brillant!",
        "Die Handlung spielt in Bremen.\n" * 45 + "Ein großartiger Film.",
        "Hervorragend. Meisterhaft! Großartig? Brillant. Wunderbar. Sehenswert. Schön.",
        "Ohne Satzende großartig",
        "",
    ]
    for text in texts:
        lowered = text.lower()
        expected = 0
        for sentence in re.split(review_features.SENTENCE_END_PLAIN, lowered, maxsplit=40)[:40]:
            words = review_features._WORD.findall(sentence)
            if any(
                review_features._kind(w, cues) & (review_features._EVALUATIVE | review_features._PRAISE) for w in words
            ):
                expected = min(expected + 1, review_features._JUDGED_CAP)
        # (the kinds memo is filled by a features pass first, as in reading)
        review_features.features(text, "de")
        assert review_features._judged_sentences(lowered, cues) == expected
