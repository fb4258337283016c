"""Explicit ratings: every common German and English form, normalised to 0-100, with evidence."""

from __future__ import annotations

import pytest

from filmkritik.read.ratings import find_rating


@pytest.mark.parametrize(
    ("text", "value", "best", "score"),
    [
        ("★★★★☆", 4, 5, 80),
        ("★★★½☆", 3.5, 5, 70),
        ("Unser Urteil: 4 von 5 Sternen.", 4, 5, 80),
        ("3,5/5", 3.5, 5, 70),
        ("8/10", 8, 10, 80),
        ("Rating: 4.5/5", 4.5, 5, 90),
        ("The Lantern Keeper: 3.5 out of four", 3.5, 4, 88),
        ("Grade: B-", 67, 100, 67),
        ("Rating: C+", 58, 100, 58),
        ("Bewertung: 4", 4, 5, 80),
        ("Meine Wertung: 8 von 10 Popcorntüten", 8, 10, 80),
        ("Rating:    *****", 5, 5, 100),
        ("Rating 4 out 5", 4, 5, 80),
        ("★★★½ out of four", 3.5, 4, 88),
        ("vier von fünf Sternen", 4, 5, 80),
        ("three and a half stars out of four", 3.5, 4, 88),
        ("Wir vergeben vier Sterne.", 4, 5, 80),
        ("Wertung / rating - 9/10", 9, 10, 90),
    ],
)
def test_rating_forms(text: str, value: float, best: float, score: int) -> None:
    rating = find_rating(text)
    assert rating is not None, text
    assert (rating.value, rating.best, rating.score) == (value, best, score)


@pytest.mark.parametrize(
    "text",
    [
        "Sie hat 2 von 3 Kindern verloren, erzählt der Film.",
        "Der Film startete am 3/5/2019 in den Kinos.",
        "Kinostart 12.3.2020, Laufzeit 102 Minuten",
        "Er kam eine 1/2 Stunde zu spät.",
        "***",
        "The film's two stars have never been better.",
        "It is one of 10 films about the war this year.",
        "a grade B picture with a grade A cast",
        "⭐️ Who's in it? Mira Holt, Jonas Feld",
    ],
)
def test_numbers_that_are_not_ratings(text: str) -> None:
    assert find_rating(text) is None


def test_rating_evidence_points_at_the_rating() -> None:
    text = "Ein stiller Film über einen Leuchtturmwärter.\n\nUnsere Wertung: 7/10\n"
    rating = find_rating(text)
    assert rating is not None
    (start, end), *_ = rating.evidence
    assert text[start:end] == "Wertung: 7/10"


def test_rating_with_a_cue_beats_a_bare_fraction() -> None:
    text = "Die Folgen 1/2 sind schwächer.\nFazit: 4/5"
    rating = find_rating(text)
    assert rating is not None and rating.score == 80
