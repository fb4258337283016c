"""Speed pass 14: every faster search gives what the search it replaces gives (written and random texts)."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from filmkritik import lang
from filmkritik.read import lexmatch
from filmkritik.read import review_features as rf

_DIGIT = re.compile(r"\d")

#: Pieces the random texts are made of: digits (ASCII and beyond), the signs and labels the digit-led patterns
#: open with, clock times, sums, ratings, quotes and line breaks.
_PIECES = [
    "0",
    "1",
    "2",
    "5",
    "9",
    "10",
    "12",
    "2024",
    "4,5",
    "3.5",
    "\u0663",
    "\u0967",
    "\uff15",
    "\U0001d7ce",
    "²",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "  ",
    "\t",
    ":",
    ".",
    ",",
    "/",
    " von ",
    " out of ",
    "Grade:",
    "Note:",
    "Note: ",
    "Rating:",
    "Bewertung:",
    "Wertung:",
    "xNote:",
    "*",
    "**",
    "***",
    "★",
    "☆",
    "✰",
    "⭐",
    "$",
    "£",
    "€",
    " Millionen",
    " million",
    "m",
    " Mio",
    "euro",
    " Euro",
    " Dollar",
    "bn",
    "Uhr",
    " uhr",
    "pm",
    "a.m.",
    "20.15",
    "6:40",
    "9:15",
    "12:00",
    "„",
    "“",
    "Film",
    "ARD",
    "der",
    "ist",
    "Fri",
    "\u0130",
    "Σ",
    "\ud800",
]


def _random_texts(n: int, seed: int = 14) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30))) for _ in range(n)]


WRITTEN = [
    "",
    "Note: 2",
    "Wertung: ★★★★☆ (4/5)",
    "20.15 ARD: Tatort\n21.45 ZDF: heute-journal, 22:15 Uhr",
    "Fri: Blue Hour 6:40, 9:15\nSat: 7:00",
    "Das Budget: 1,2 Millionen Euro, eingespielt $48 million, dazu £4.2m und 15.000 Euro.",
    "Bewertung: 3 von 5 Sternen. ***** Grade: B+ 8/10",
    "Im Jahr \u0661\u0669\u0667\u0662 spielte er 4 von 5 Rollen, \uff11\uff12:\uff13\uff14 Uhr.",
]


def test_decimal_positions_are_where_backslash_d_matches() -> None:
    for text in WRITTEN + _random_texts(400):
        assert lexmatch.decimal_positions(text) == [m.start() for m in _DIGIT.finditer(text)], text


def test_matches_at_is_finditer_from_the_possible_starts() -> None:
    regex = re.compile(r"ab|b[a-z]+|a\w{3}")
    for text in ["abbbab", "xab abcd babab", "aaaa bab", ""]:
        starts = [i for i, ch in enumerate(text) if ch in "ab"]
        assert [m.span() for m in lexmatch.matches_at(regex, text, starts)] == [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("seed", range(3))
def test_digit_led_counts_are_the_patterns_counts(seed: int) -> None:
    for text in WRITTEN + _random_texts(500, seed=15 + seed):
        _check_digit_led_counts(text)


def _check_digit_led_counts(text: str) -> None:
    digits = lexmatch.decimal_positions(text)
    assert rf._led_count(rf._RATING, text, digits, rf._RATING_OPENINGS, 3) == min(len(rf._RATING.findall(text)), 3)
    assert rf._led_count(rf._MONEY, text, digits, rf._MONEY_OPENINGS, rf._MONEY_CAP) == sum(
        1 for _ in itertools.islice(rf._MONEY.finditer(text), rf._MONEY_CAP)
    )
    assert rf._led_count(rf._CLOCK, text, digits, (), 99) == len(rf._CLOCK.findall(text))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert rf._schedule_lines(lines, text, digits) == sum(
        1
        for line in lines
        if (line[:1].isdecimal() and (rf._CLOCK.match(line) or rf._CLOCK_WORD.match(line)))
        or len(rf._CLOCK.findall(line)) >= 2
    )


def _phrase_texts(code: str) -> list[str]:
    data = lang.data(code, "review")  # (the last text: a pattern's own words, its syntax left in)
    rnd = random.Random(16)
    words = "erleben sie entdecken lassen sich verzaubern tickets karten jetzt sichern kaufen mit exklusivem eine ein "
    words += (
        "warmherzige herrlich komische komödie über freundschaft, abschied und den mut getragen von einem großartigen "
    )
    words += "ensemble vom oscar team studio hinter der von machern des book your get tickets experience the magic film"
    vocabulary = [*words.split(), " ", ", ", "\n", "-", "x"]
    texts = ["".join(rnd.choice(vocabulary) + " " for _ in range(rnd.randint(0, 40))) for _ in range(600)]
    return [*texts, data.SALES.replace("\\", "")]


@pytest.mark.parametrize("code", ["de", "en"])
def test_sales_and_tagline_found_from_their_openings(code: str) -> None:
    cues = rf._cues(code)
    data = lang.data(code, "review")
    for pattern, led in ((data.SALES, cues.sales), (data.TAGLINE, cues.tagline)):
        regex = re.compile(pattern)
        for text in _phrase_texts(code):
            assert [m.span() for m in led.finditer(text)] == [m.span() for m in regex.finditer(text)]


def test_rating_lines_number_of_found_from_the_digits() -> None:
    from filmkritik.read import ratings

    texts = (
        WRITTEN + _random_texts(800, seed=20) + ["4 von 5\n3/10 Punkten\n7 out of 10", "Note 2 aus 6 \u0663 of \uff15"]
    )
    for text in texts:
        lowered = text.lower()
        digits = lexmatch.decimal_positions(lowered)
        assert [m.start() for m in lexmatch.matches_at(ratings._NUMBER_OF_IN_LINE, lowered, digits)] == [
            m.start() for m in ratings._NUMBER_OF_IN_LINE.finditer(lowered)
        ]


def test_quoted_spans_found_from_their_opening_marks() -> None:
    quotes = ["„", "“", "”", '"', "«", "»", "Wilde Herzen", " ", "\n", "x" * 30, "a"]
    rnd = random.Random(21)
    texts = ["".join(rnd.choice(quotes) for _ in range(rnd.randint(0, 25))) for _ in range(1500)]
    for text in texts + WRITTEN:
        assert rf._quoted_spans(text) == rf._QUOTED_SPAN.findall(text)
