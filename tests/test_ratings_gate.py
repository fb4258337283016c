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


def _lines_one_by_one(text: str) -> list[tuple[int, int, str]]:
    """What the reader did before :func:`ratings._rating_lines`: every line lower-cased and gated."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        low = line.group().lower()
        if ratings._maybe_rating(low):
            found.append((line.start(), line.end(), low))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Unser Urteil\n4 von 5 Sternen.\n\nEin Film.",
        "Rating: ****\nThree STARS out\nof four",
        "8\n/10\n5 \n von 7",  # the digit and its "/" or "von" on different lines gate neither line
        "İstanbul, 3 von 5",  # "İ" grows when lower-cased: line by line
        "ΣΟΦΙΑΣ urteil\nNIKOΣ 4/5",  # a capital sigma: line by line
        "",
        "\n\n",
        "kein wort, keine zahl",
    ],
)
def test_rating_lines_written(text: str) -> None:
    assert ratings._rating_lines(text) == _lines_one_by_one(text)


def test_rating_lines_random() -> None:
    # The gate searched once in the whole text finds the same lines as line by line.
    rng = random.Random(12)
    pieces = [
        *"0123456789/ *★☆½\n\n\t\r",
        "Von",
        "of",
        "OUT",
        "aus",
        "Stern",
        "star",
        "Fazit",
        "urteil",
        "film",
        "der",
        "٣",
    ]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert ratings._rating_lines(text) == _lines_one_by_one(text), text


@pytest.mark.parametrize(
    "text", ["Fazit: sehenswert.\nWertung: 4 von 5 Sternen", "Rating: ***½\nGrade: B−", "İstanbul 8/10", "no rating"]
)
def test_the_callers_lowered_text_gives_the_same_ratings(text: str) -> None:
    assert ratings.find_rating(text, text.lower()) == ratings.find_rating(text)
