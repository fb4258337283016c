"""The rating line gate (``ratings._maybe_rating``) answers as the pattern it stands in for (``MAYBE_PLAIN``)."""

from __future__ import annotations

import random
import re

import pytest

from filmkritik.read import ratings

_PLAIN = re.compile(ratings.MAYBE_PLAIN)

_WRITTEN = [
    "unser urteil: 4 von 5 sternen.",
    "8/10",
    "3 / 5",
    "7 von zehn kindern spielten draußen",
    "rating: ****",
    "★★★½☆",
    "der film lief 2019 in 12 kinos.",
    "1 out of 4",
    "vor 3 aus 4 jahren",
    "sie wartet seit 12 of the clock",
    "ein sternenhimmel über der stadt",
    "grade school",
    "fazit",
    "score",
    "kein wort, keine zahl",
    "9 vonseiten der jury",
    "2  /",
    "",
]


@pytest.mark.parametrize("line", _WRITTEN)
def test_written_lines(line: str) -> None:
    assert ratings._maybe_rating(line) == bool(_PLAIN.search(line))


def test_random_lines() -> None:
    # Lines from the characters and words the pattern turns on, mixed with ordinary words and spaces.
    rng = random.Random(8)
    pieces = [
        *"0123456789/ *★☆½⯪✮✩✰⭐🌟\n\t",
        "von",
        "vonne",
        "of",
        "off",
        "out",
        "outer",
        "aus",
        "ausser",
        "stern",
        "sta",
        "star",
        "punk",
        "point",
        "wertung",
        "rating",
        "grade",
        "score",
        "verdict",
        "urteil",
        "fazit",
        "film",
        "der",
        "٣",  # a digit of another script: ``\d`` matches it too
    ]
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert ratings._maybe_rating(line) == bool(_PLAIN.search(line)), line
