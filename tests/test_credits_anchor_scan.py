"""The one-pass anchor scan of the credits reader finds every place a substring search per anchor word finds."""

from __future__ import annotations

import random

import pytest

from filmkritik import lang
from filmkritik.read import credits


def _searched(text: str, anchors: tuple[str, ...]) -> set[int]:
    starts: set[int] = set()
    for a in anchors:
        pos = text.find(a)
        while pos >= 0:
            starts.add(pos)
            pos = text.find(a, pos + 1)
    return starts


def _scanned(text: str, anchors: tuple[str, ...]) -> set[int]:
    scan = credits._anchor_scan(anchors)
    assert scan is not None
    return {m.start() for m in scan.finditer(text)}


_WORDS = tuple(lang.data("de", "credits").FILM_BY_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Der Science-Fiction-Film von Ada Berg ist ihr zweiter Film.",
        "Im Spielfilmdebüt (ein Drama, kein Thriller) von Jo Lind ...",
        "Tragikomödie, Komödie und Melodram: Psychothriller-Film",
        "\nFilm\nWerk\n",
        "",
    ],
)
def test_written_texts(text: str) -> None:
    assert _scanned(text, _WORDS) == _searched(text, _WORDS)


def test_random_texts() -> None:
    # Anchors that overlap each other, one that opens with a line break and one with a regex character.
    anchors = ("Film", "Filmfest", "Science-Fiction-Film", "Fiction", "ilm", "\nVon", "(Regie", "Werk", "Drama")
    rng = random.Random(8)
    pieces = [*anchors, "F", "i", "l", "m", "-", " ", "\n", "(", "Science", "W", "erk", "Dra", "ma"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _scanned(text, anchors) == _searched(text, anchors), text


def test_few_words_are_searched_one_by_one() -> None:
    assert credits._anchor_scan(("Mit",)) is None
    assert credits._anchor_scan(("\n",)) is None
    assert credits._anchor_scan(("film", "movie", "feature", "picture")) is None
