"""``lexmatch.OpeningLedPattern`` finds what ``re.Pattern.finditer`` finds, trying the pattern only where one
of its literal openings stands (the prose title cues' phrase gates run so)."""

from __future__ import annotations

import random
import re

import pytest

from filmkritik import lang
from filmkritik.read import lexmatch, title_spans


def _spans(pattern: re.Pattern[str] | lexmatch.OpeningLedPattern, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "openings"),
    [
        ("(?:präsentiert|legt|zeigt)", ("legt", "präsentiert", "zeigt")),
        ("(?:ins Kino|in die Kinos|in den Kinos)", ("in den Kinos", "in die Kinos", "ins Kino")),
        (r"(?:erzählt[ ]+(?:von|die)|zeigt[ ]+den)\b", ("erzählt", "zeigt")),
        (r"(?<!\w)(?:abc|abd)e", ("abce", "abde")),
        ("(?:ab|xyz)", None),  # an opening shorter than three characters
        ("[Nn]ew film", ("New film", "new film")),  # a class of a few letters: each
        ("[a-z]+ film", None),  # a range and a repeat at the start
        ("(?i:film|movie)", None),  # case-insensitive
        ("(?:film|)x", None),  # an empty alternative: "x" alone is too short
    ],
)
def test_literal_openings(pattern: str, openings: tuple[str, ...] | None) -> None:
    assert lexmatch.literal_openings(pattern) == openings


def test_a_pattern_the_engine_skips_through_runs_as_it_is() -> None:
    assert lexmatch.OpeningLedPattern("film (?:von|by)").openings is None  # a literal prefix


_PHRASES = [
    "(?:präsentiert|legt|liefert|zeigt|erzählt)",
    r"(?:erzählt die Geschichte|handelt von|basiert auf)\b",
    r"(?:erzählt[ ]+(?:von|die[ ]+Geschichte)|zeigt[ ]+(?:den|die|eine?n))",
    "(?:ins Kino|in die Kinos|in den Kinos|zu sehen)",
    r"(?<![\w-])(?:aba|abab|bab)\b",  # overlapping openings: a match swallows the next opening
    "(?:aaa|baa)a*",
]


@pytest.mark.parametrize("pattern", _PHRASES)
def test_same_matches_on_random_texts(pattern: str) -> None:
    plain, led = re.compile(pattern, re.MULTILINE), lexmatch.OpeningLedPattern(pattern, re.MULTILINE)
    assert led.openings is not None
    rng = random.Random(pattern)
    pieces = [
        "a",
        "b",
        "ab",
        "aba",
        " ",
        "-",
        "\n",
        "x",
        "erzählt",
        "zeigt",
        "die",
        "den",
        "von",
        "ins Kino",
        "in ",
        "Kinos",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        assert _spans(led, text) == _spans(plain, text), text


@pytest.mark.parametrize("code", ["de", "en"])
def test_prose_gates_find_what_their_patterns_find(code: str) -> None:
    data = lang.data(code, "titles")
    text = (
        "Mit „Nachtzug“ präsentiert Lena Hart ihren Film. Er handelt von zwei Brüdern und zeigt eine Stadt. "
        "Ab Donnerstag ist er in den Kinos zu sehen.\nThe film follows two sisters; it is set in Lisbon and "
        "tells the story of a ferry. It centres on grief, chronicles a summer and opens with a wedding."
    )
    for kind, gate in title_spans._prose_gates(data):
        if gate is not None:
            assert _spans(gate, text) == _spans(re.compile(gate.pattern, re.MULTILINE), text), (kind, gate.pattern)


def test_led_pattern_with_few_openings_finds_what_finditer_finds() -> None:
    # A class-led guard's pattern with a few literal openings runs through OpeningLedPattern.
    pattern = r"\b(?:seinen|ihren)\s+(?:[a-zäöüß]+(?:e|en|es)\s+){0,2}(?:Film|Werk)\s+(?:vor|gedreht)\b"
    led, plain = lexmatch.LedPattern(pattern), re.compile(pattern)
    assert led._opening is not None
    rng = random.Random(5)
    pieces = ["seinen", "ihren", "neuen", "ersten", "Film", "Werk", "vor", "gedreht", " ", "  ", "x", "ihr", "en "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert _spans(led, text) == _spans(plain, text), text


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:[Dd]ass|[Ww]eil|[Ww]ie)\s+(?P<actor>[A-Z]\w+)\s+(?:den|die)\s+\w+\s+spielt\b",  # a class-led guard
        r"\b(?:seinen|ihren)\s+(?:Film|Werk)\s+vor\b",  # a few literal openings
        "(?:präsentiert|legt|zeigt)[ ]+(?:den|die)",
        r"Film\s+(?:von|by)\b",  # a literal prefix: the plain regex
    ],
)
def test_windows_find_what_finditer_finds(pattern: str) -> None:
    # finditer(text, pos, endpos): the same matches as re's, for the led patterns and the opening-led ones.
    plain, led, opening = re.compile(pattern), lexmatch.LedPattern(pattern), lexmatch.OpeningLedPattern(pattern)
    rng = random.Random(pattern)
    pieces = ["Dass", "weil", "wie", "Anna", "den", "die", "Wirt", "spielt", "seinen", "ihren", "Film", "Werk", "vor"]
    pieces += ["präsentiert", "legt", "zeigt", "von", "by", " ", " ", "  ", ",", "x", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        start = rng.randint(0, len(text))
        end = rng.choice([None, rng.randint(start, len(text)), len(text) + 5])
        want = [(m.span(), m.groups()) for m in plain.finditer(text, start, len(text) + 5 if end is None else end)]
        for pattern_like in (led, opening):
            got = pattern_like.finditer(text, start) if end is None else pattern_like.finditer(text, start, end)
            assert [(m.span(), m.groups()) for m in got] == want, (text, start, end)


@pytest.mark.parametrize("code", ["de", "en"])
def test_prose_scans_find_what_their_patterns_find(code: str) -> None:
    # The ungated prose cues with a few literal openings ("[Nn]ew|[Ll]atest|[Tt]he", "[Dd]irector|...").
    data = lang.data(code, "titles")
    text = (
        "Director Ana Ruiz's new Harbour Lights is slow. The new film, Quiet Water, follows a ferry. "
        "Filmmaker Jo Park's latest “Salt” opens; the latest movie Glass House too. In Nightfall, we wait.\n"
        "Der neue Film „Nachtzug“ zeigt eine Stadt. Regisseurin Lena Hart legt mit Winterreise ihr Debüt vor."
    )
    prose = title_spans._compiled(data)[1]
    scans = title_spans._prose_scans(data)
    assert any(scans) or code == "de"
    for pattern, scan in zip(prose, scans, strict=True):
        if scan is not None:
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]
            rng = random.Random(code)
            words = [*text.split(" "), "\n", "the", "The", "new", "director", ","]
            for _ in range(500):
                sample = " ".join(rng.choice(words) for _ in range(rng.randint(1, 20)))
                assert [m.span() for m in scan.finditer(sample)] == [m.span() for m in pattern.finditer(sample)]
