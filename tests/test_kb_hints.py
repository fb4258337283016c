"""Hints given with a review: ratings in the forms critics and tables use, rows from JSONL/CSV."""

from __future__ import annotations

import pytest

from filmkritik.errors import InputError
from filmkritik.kb import ReviewHints
from filmkritik.kb.hints import parse_rating


@pytest.mark.parametrize(
    ("given", "score"),
    [
        ("3.5/5", 70.0),
        ("4 von 5", 80.0),
        ("3,5 von 5 Sternen", 70.0),
        ("8/10", 80.0),
        ("B-", 67.0),
        ("A+", 100.0),
        ("★★★☆☆", 60.0),
        ("★★★½☆", 70.0),
        (72, 72.0),
        ("72", 72.0),
        (7.5, 75.0),
        ("", None),
        (None, None),
    ],
)
def test_rating_hints_become_0_to_100(given, score):
    assert parse_rating(given) == score


def test_a_rating_hint_that_is_no_rating_says_what_to_give():
    with pytest.raises(InputError, match=r"give e\.g\."):
        parse_rating("sehr gut")


def test_hints_from_a_row_ignore_empty_cells_and_split_directors():
    hints = ReviewHints.from_row(
        {
            "film": " Die Salzwiese ",
            "year": "2021",
            "critic": "",
            "outlet": "Nordkurier",
            "directors": "Ada Quill; Per Holm",
        }
    )
    assert hints.film == "Die Salzwiese" and hints.year == 2021 and hints.critic is None
    assert hints.directors == ["Ada Quill", "Per Holm"]
    assert hints.to_dict() == {
        "film": "Die Salzwiese",
        "year": 2021,
        "outlet": "Nordkurier",
        "directors": ["Ada Quill", "Per Holm"],
    }


def test_a_bad_year_hint_is_an_input_error():
    with pytest.raises(InputError, match="not a year"):
        ReviewHints.from_row({"film": "X", "year": "zwanzig"})
