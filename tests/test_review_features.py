"""The is-review features' fast patterns find what the patterns as written find."""

from __future__ import annotations

import re

import pytest

from filmkritik.read import review_features

RATING_TEXTS = [
    "Note: 2 – 3,5 von 5 Sternen, 4/5, ★★★½☆, ★★★★★★★, **** und ** *** (Grade: B-; Bewertung: gut).",
    "x3/5 _3/5 ٣/5 10/10 7 out of 10 Wertung:5 ENote: 3 aRating: 4 Sterne*****",
]


@pytest.mark.parametrize("text", RATING_TEXTS)
def test_rating_cues_are_those_of_the_plain_pattern(text: str) -> None:
    plain = re.compile(review_features.RATING_PLAIN)
    for start in range(len(text)):
        found = [m.span() for m in review_features._RATING.finditer(text, start)]
        assert found == [m.span() for m in plain.finditer(text, start)]
    if text is RATING_TEXTS[0]:
        found = review_features._RATING.findall(text)
        assert found[:4] == ["Note: 2", "3,5 von 5", "4/5", "★★★"]
