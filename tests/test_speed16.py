"""Speed pass 16: searches that skip what the text's shared filter rules out, or that start only at a pattern's
literal openings, find what the patterns' scans find (written and random texts)."""

from __future__ import annotations

import random
import re

import pytest

from filmkritik.read import lexmatch
from filmkritik.read.credits import directors

#: Pieces the random texts are made of: the German director leads' words in both cases, names, white space and
#: punctuation.
_PIECES = [
    "Regie",
    "regie",
    "führte",
    "übernahm",
    "teilten sich",
    "bei dem Film",
    "der Komödie",
    "Inszeniert",
    "inszeniert",
    "Gedreht",
    "gedreht",
    "hat",
    "haben",
    "ihn",
    "den Film",
    "Den Film",
    "Diesen Film",
    "Der Film stammt von",
    "Dieser Spielfilm stammt von",
    "In ihrem",
    "Mit seinem",
    "zweiten",
    "Spielfilmdebüt",
    "Langfilmdebüt",
    "Erstlingswerk",
    "erstlingsfilm",
    "erzählt",
    "Wer führt hier Regie?",
    "Wer hat ihn gedreht?",
    "Regiedebüt des",
    "der",
    "von",
    "Kaja Ohm",
    "Lux",
    ", wie",
    ", so wie",
    "Debüt",
    "Mitte",
    "Inhalt",
    "Derweil",
    "Werk",
    "\n",
    " ",
    "  ",
    ".",
    ",",
    "?",
]


def _texts(seed: int, count: int, pieces: int = 30) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, pieces))) for _ in range(count)]


_WRITTEN = [
    "Regie führte diesmal Kaja Ohm. Den Film hat Lux Ohm gedreht. In ihrem Spielfilmdebüt erzählt Kaja Ohm von Lux.",
    "Die Regie übernahm Kaja Ohm, Regie bei dem Film führte, wie schon beim ersten Teil, Lux. Wer hat ihn gedreht?",
    "Inszeniert hat ihn Ohm; Gedreht haben Kaja und Lux. Der Film stammt von Ohm. Das Langfilmdebüt der Kaja Ohm.",
]


def _lead_matches(pattern: lexmatch.LedPattern, openings: tuple[tuple[str, bool], ...], text: str) -> list[str]:
    """The leads as ``DirectorCues.director_phrases`` finds them: tried at the openings only."""
    low = text.lower()
    starts: set[int] = set()
    for opening, lowered in openings:
        starts.update(lexmatch.occurrences(low if lowered else text, opening))
    return [m.group() for m in lexmatch.matches_at(pattern.regex, text, sorted(starts))]


@pytest.mark.parametrize("seed", range(4))
def test_german_leads_at_their_openings_are_the_scan(seed: int) -> None:
    patterns = directors._director_patterns("de")
    assert patterns.lead_openings is not None
    found = 0
    for text in [*_WRITTEN, *_texts(seed, 400)]:
        expected = [m.group() for m in patterns.leads.regex.finditer(text)]
        assert _lead_matches(patterns.leads, patterns.lead_openings, text) == expected, text
        found += len(expected)
    assert found > 50


def test_lead_openings_only_where_the_short_ones_are_capitalised() -> None:
    assert directors._director_patterns("en").lead_openings is None  # ("in", "the", "its": everywhere)
    openings = dict(directors._director_patterns("de").lead_openings or ())
    assert openings["Regie"] is False and openings["gedreht"] is True and "Gedreht" not in openings
    assert "regiedebüt" in openings and "Regiedebüt" not in openings  # (its place is not one of "Regie"'s)


def _long(seed: int) -> list[str]:
    """Texts long enough for the filter (joined random texts)."""
    return [" ".join(_texts(seed * 100 + i, 80)) for i in range(12)]


_OPENING_LED = [
    r"(?:Regie|Kamera|Schnitt)\s+(?:führte|übernahm)",
    r"\b(?:inszeniert|gedreht|spielfilmdebüt|langfilmdebüt|mitte)\b",
    r"(?:Diesen|Dieser|Erstlingswerk)\s+\w+",
]


@pytest.mark.parametrize("seed", range(3))
def test_patterns_on_the_reading_text_find_what_the_scans_find(seed: int) -> None:
    led = [lexmatch.OpeningLedPattern(p) for p in _OPENING_LED]
    led += [lexmatch.LedPattern(r"\b(?:[Ss]pielfilmdebüt|[Ll]angfilmdebüt|[Rr]egiedebüt)\s+(?:der|des)")]
    assert all(p.openings for p in led[:3])
    ruled_out = 0
    for text in _long(seed):
        low = text.lower()
        for _ in range(2):  # (the second time, the filter holds the needles searched the first time)
            lexmatch.reading(text, low, "xx")
            for pattern in led:
                for target in (text, low):
                    expected = [m.span() for m in pattern.regex.finditer(target)]
                    assert [m.span() for m in pattern.finditer(target)] == expected
            reading = lexmatch.here(text)
            assert reading is not None and lexmatch.here(low) is reading
            ruled_out += len(reading.absent())
            assert all(needle not in low for needle in reading.absent())
    assert ruled_out > 0
    assert lexmatch.here(text[:-1]) is None  # (another string: no filter)
    assert lexmatch.here("kurz") is None


def test_a_text_whose_lower_case_is_longer_is_read_with_its_filter() -> None:
    # (Speed pass 18: the text as written shares the filter of its longer lower case too; only the digits' places
    # are not shared, see tests/test_speed18.py.)
    text = "İstanbul " + "Regie führte Kaja Ohm. " * 60
    low = text.lower()
    assert len(low) != len(text)
    lexmatch.reading(text, low, "xx")
    assert lexmatch.here(text) is not None and lexmatch.here(low) is not None
    pattern = lexmatch.OpeningLedPattern(r"(?:Regie|regie)\s+führte")
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(pattern.pattern, text)]


def test_director_leads_in_a_reading_are_found() -> None:
    from filmkritik import read_text

    page = "Ein stiller Film über zwei Schwestern. " * 30 + "Regie führte Kaja Ohm. Die Hauptrolle spielt Lux Brandt."
    record = read_text(page)
    assert record.language == "de" and "Kaja Ohm" in [d.name for d in record.film.directors]


_NOUN_PIECES = [
    "s",
    "'s",
    "’",
    " ",
    "  ",
    "\t",
    "(2019)",
    "packendes",
    "erinnert,",
    "1917",
    "1917er",
    "in",
    "the",
    "book",
    "neues",
    "Film",
    "film",
    "Drama",
    "Heimatkomödie",
    "Justizdrama",
    "Albrecht",
    "Albrecht Drama",
    "Movie",
    "movie",
    "comedy",
    "Debüt",
    "-",
    ",",
    "Regie-Bären",
    "x1",
    "French-language",
    "Danish",
    "feature",
]


@pytest.mark.parametrize("code", ["de", "en"])
def test_film_noun_after_with_whole_words_is_the_pattern(code: str) -> None:
    from filmkritik.read.credits import common

    new = common.patterns(code).film_noun_after
    old = re.compile(
        new.pattern.replace(r"[\w-]*+,?+|\d++\w*+|[A-Z]\w++(?=", r"[\w-]*,?|\d+\w*|[A-Z]\w+(?=").replace(
            r"))[ \t]++){", r"))[ \t]+){"
        )
    )
    assert old.pattern != new.pattern and "++" not in old.pattern
    rng = random.Random(16)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice([" ", *_NOUN_PIECES]) + rng.choice([" ", "", "\t"]) for _ in range(rng.randint(1, 9)))
        for how in ("match", "fullmatch"):
            a, b = getattr(old, how)(text), getattr(new, how)(text)
            assert (a and (a.span(), a.span("noun"))) == (b and (b.span(), b.span("noun"))), text
            found += a is not None
    assert found > 50


def test_digit_positions_of_the_reading_are_the_scans() -> None:
    for text in ("Ein Film von 2019, 98 Min., ٣ Sterne. " * 40, "İstanbul 1999 " + "x 12 " * 300, "kurz 1"):
        low = text.lower()
        lexmatch.reading(text, low, "de")
        for _ in range(2):
            for target in (low, text):
                assert lexmatch.decimal_positions(target) == [m.start() for m in re.finditer(r"\d", target)]


def test_contains_with_the_filter_is_in() -> None:
    text = "Ein später Erbe der Neuen Welle, kein Dogma-Film. " * 40
    low = text.lower()
    needles = ["neuen welle", "dogm", "mumblecore", "noir", "welle,", "x", "neue welle"]
    for _ in range(3):  # (the needles asked the first time are in the filter from the next reading on)
        lexmatch.reading(text, low, "de")
        assert [lexmatch.contains(low, n) for n in needles] == [n in low for n in needles]
        assert lexmatch.contains(text, "Neuen Welle") and not lexmatch.contains(text, "noir")
    reading = lexmatch.here(low)
    assert reading is not None and {"mumblecore", "noir"} <= reading.absent()


@pytest.mark.parametrize("seed", range(3))
def test_filtered_starts_are_the_anchor_scan(seed: int) -> None:
    from filmkritik import lang
    from filmkritik.read.credits.common import _anchor_scan

    anchors = tuple(lang.data("de", "credits").FILM_BY_WORDS)
    scan = _anchor_scan(anchors)
    assert scan is not None
    for text in _long(seed):
        text = text.replace("gedreht", "Spielfilmdebüt Film").replace("Lux", "Science-Fiction-Film")
        low = text.lower()
        for _ in range(2):
            lexmatch.reading(text, low, "de")
            assert lexmatch.filtered_starts(text, anchors) == {m.start() for m in scan.finditer(text)}
    assert lexmatch.filtered_starts("kurz", anchors) is None
