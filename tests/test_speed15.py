"""Speed pass 15: every search that replaces a pattern compiled per text finds what that pattern finds (written and
random texts)."""

from __future__ import annotations

import importlib
import random
import re

import pytest

from filmkritik.read import lexmatch
from filmkritik.read.credits import assembly, judging, parens, role_phrases, subjects
from filmkritik.read.titles import years

collect = importlib.import_module("filmkritik.read.titles.collect")  # (the package exports a function of that name)

#: Pieces the random texts are made of: names and words around them, the cue words, quotes, years, white space and
#: the characters the word boundaries and look-behinds see.
_PIECES = [
    "Ohm",
    "Ohms",
    "Regisseurin Kaja Ohm",
    "Produzent Ohm",
    "Kritikerin",
    "Kaja",
    "Kaja Ohm",
    "O'Neal",
    "Dr.",
    "Jean-Luc",
    "Lux",
    "Luxe",
    "Ära",
    "und",
    "mit",
    "der",
    "die",
    "kleinen",
    "lernt",
    "sieht",
    "Regisseurin",
    "Regisseur",
    "Drehbuchautor",
    "Film von",
    "directed by",
    "ein Drama",
    "der Thriller",
    "Dokumentarfilm",
    "aus dem Jahr",
    "aus dem Jahre",
    "von",
    "aus",
    "from",
    "Ihr",
    "sein",
    "'s",
    "1972",
    "2019",
    "1999",
    "20199",
    "19.",
    "bis",
    "„",
    "“",
    "»",
    "«",
    '"',
    "’",
    ",",
    ".",
    "-",
    "_",
    "é",
    "ß",
    "2",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
]


def _texts(seed: int, count: int, pieces: int = 30) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, pieces))) for _ in range(count)]


_WORDS = ["Ohm", "Lux", "Kaja", "O'Neal", "Jean-Luc", "Ära", "Luc", "Dr.", "a.b", "'s", "-", "x"]


@pytest.mark.parametrize("seed", range(4))
def test_word_boundary_is_the_engines(seed: int) -> None:
    for text in _texts(seed, 200):
        found = {m.start() for m in re.finditer(r"\b", text)}
        assert {pos for pos in range(len(text) + 1) if lexmatch.word_boundary(text, pos)} == found


@pytest.mark.parametrize("seed", range(4))
def test_standalone_matches_is_the_search(seed: int) -> None:
    for text in _texts(seed, 300):
        for word in [*_WORDS, "a.a", "'a'", ". ."]:
            pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
            assert lexmatch.standalone_matches(text, word) == [m.start() for m in re.finditer(pattern, text)]
    # overlapping places: the search goes on after the one found
    assert lexmatch.standalone("'.'.'", "'.'") == [0, 2]
    assert (
        lexmatch.standalone_matches("'.'.'", "'.'")
        == [m.start() for m in re.finditer(r"(?<![\w-])'\.'(?![\w-])", "'.'.'")]
        == [0]
    )


@pytest.mark.parametrize("seed", range(4))
def test_lower_words_before_is_the_search(seed: int) -> None:
    for text in _texts(seed, 300):
        for word in [*_WORDS, "", "und", "Ohm und"]:
            pattern = rf"\b([a-zäöüß]+) {re.escape(word)}\b"
            expected = [m.group(1) for m in re.finditer(pattern, text)]
            assert judging._lower_words_before(text, word) == expected, (text, word)


def test_lower_words_before_written() -> None:
    text = "der kleinen Fritzi, lernt Fritzi und Fritzis Hund; XYZ Fritzi und Fritzi Fritzi"
    assert judging._lower_words_before(text, "Fritzi") == ["kleinen", "lernt", "und"]


def _surname_of_named_person_by_regex(text: str, value: str) -> bool:
    """The search as it was: a pattern compiled for each value."""
    if " " in value or not value[:1].isupper():
        return False
    named = re.compile(rf"(?:[A-ZÄÖÜÀ-Þ][\w'’.-]+\s+){{1,2}}{re.escape(value)}\b")
    return any(named.match(text, cue.end()) for cue in collect._MAKER_CUE.finditer(text))


@pytest.mark.parametrize("seed", range(4))
def test_surname_of_named_person_is_the_search(seed: int) -> None:
    for text in _texts(seed, 300, 40):
        for value in ["Ohm", "Ohms", "Lux", "O'Neal", "Jean-Luc", "Ära", "Dr.", "Kaja", "Luc"]:
            assert collect._surname_of_named_person(text, value) == _surname_of_named_person_by_regex(text, value)


def test_surname_of_named_person_written() -> None:
    assert collect._surname_of_named_person("Regisseurin Kaja Ohm zeigt. Ohm erzählt.", "Ohm")
    assert collect._surname_of_named_person("Regisseurin Kaja Maria Ohm zeigt.", "Ohm")
    assert not collect._surname_of_named_person("Regisseurin Kaja Maria Lena Ohm zeigt.", "Ohm")
    assert not collect._surname_of_named_person("Regisseurin Kaja Ohmsen zeigt.", "Ohm")


def _after_name_by_regex(text: str, forms: list[str]) -> list[tuple[int, int, str]]:
    name = "(?:" + "|".join(re.escape(f) for f in forms) + ")"
    pattern = years._YEAR_AFTER_NAME.replace("{N}", name)
    return [(m.start("year"), m.end(), m.group("year")) for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("seed", range(6))
def test_after_name_is_the_search(seed: int) -> None:
    form_sets = [["Ohm"], ["Kaja Ohm", "Ohm"], ["Luxe", "Lux"], ["Jean-Luc", "Luc"], ["„Ohm“", "Ohm"], ["Lux", "Ära"]]
    for text in _texts(seed, 400, 25):
        for forms in form_sets:
            found = [(m.start("year"), m.end(), m.group("year")) for m in years._after_name(text, forms)]
            assert found == _after_name_by_regex(text, forms), (text, forms)


def test_after_name_written() -> None:
    text = "„Lux“ aus dem Jahr 1972 und Lux, ein Drama von 2019; Luxe von 1999"
    forms = ["Luxe", "Lux"]
    expected = _after_name_by_regex(text, forms)
    assert len(expected) == 3
    assert [(m.start("year"), m.end(), m.group("year")) for m in years._after_name(text, forms)] == expected


@pytest.mark.parametrize("seed", range(4))
def test_crew_noun_before_is_the_search(seed: int) -> None:
    texts = _texts(seed, 300, 30)
    for text in texts:
        for name in ["Kaja Ohm", "Ohm", "Lux", "O'Neal", "Jean-Luc", "Ära", "Dr.", " Ohm", "", "-"]:
            pattern = rf"{subjects._CREW_NOUN_BEFORE}\s+{re.escape(name)}\b"
            assert subjects._crew_noun_before(text, name) == (re.search(pattern, text) is not None), (text, name)
    assert subjects._crew_noun_before("die Regisseurin \n Kaja Ohm", "Kaja Ohm")
    assert not subjects._crew_noun_before("Chefregisseurin Kaja Ohm", "Kaja Ohm")


@pytest.mark.parametrize("seed", range(4))
def test_alone_not_before_s_is_the_search(seed: int) -> None:
    for text in _texts(seed, 300):
        for word in [*_WORDS, "", "Oh", "Kaja Oh"]:
            expected = re.search(rf"\b{re.escape(word)}\b(?!s)", text) is not None
            assert parens._alone_not_before_s(text, word) == expected, (text, word)


@pytest.mark.parametrize("seed", range(4))
def test_needle_filter_rules_out_only_absent_needles(seed: int) -> None:
    needles = [p.lower() for p in _PIECES if len(p) >= 4] + ["regisseurin kaja", "aus dem jahr 1972", "ohm ohm", "x"]
    needle_filter = lexmatch.NeedleFilter(needles)
    assert "x" not in needle_filter.needles  # (under four characters: always searched)
    ruled_out = 0
    for text in _texts(seed, 300, 40):
        low = text.lower()
        absent = needle_filter.absent(low)
        assert all(n not in low for n in absent)
        ruled_out += len(absent)
    assert ruled_out > 0
    written = "die regisseurin kaja ohm, aus dem jahr 1972"
    assert needle_filter.absent(written) == {n for n in needle_filter.needles if n not in written}


def test_credits_positions_with_the_filter_are_the_searches() -> None:
    # (speed pass 16: the filter is shared by every reader of the text, see ``lexmatch.Reading``)
    text = "Regisseurin Kaja Ohm inszeniert. Lux spielt die Mutter, Ohm spielt mit. " * 20
    low = text.lower()
    lexmatch._ASKED["de"].update({"inszeniert", "spielt", "verkörpert", "regisseurin"})
    lexmatch.reading(text, low, "de")
    reading = lexmatch.here(low)
    assert reading is not None
    absent = reading.absent()
    assert "verkörpert" in absent
    assert not absent & {"inszeniert", "spielt", "regisseurin"}


_ASIDE_PIECES = [
    "–",
    "—",
    "(",
    ")",
    "-",
    " -",
    "- ",
    "Kaja Ohm",
    "Lux",
    " in ",
    "einer",
    "kleinen",
    "Nebenrolle",
    "Mini-Rolle",
    "Auftritten",
    "Cameo",
    "wunderbar",
    ",",
    " ",
    "\n",
    "\t",
]


@pytest.mark.parametrize("seed", range(4))
def test_aside_openings_find_what_the_scan_finds(seed: int) -> None:
    rnd = random.Random(seed)
    rx = role_phrases._ASIDE_IN_ROLE
    texts = ["".join(rnd.choice(_ASIDE_PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(500)]
    texts += ["Der Wirt – Kaja Ohm in einer wunderbar verdrucksten Nebenrolle – lacht. (Lux in kleinen Szenen) -Ohm"]
    matched = 0
    for text in texts:
        expected = [m.span() for m in rx.finditer(text)]
        found = [m.span() for m in lexmatch.matches_at(rx, text, role_phrases._aside_openings(text))]
        assert found == expected, text
        matched += bool(expected)
    assert matched


@pytest.mark.parametrize("seed", range(3))
def test_tail_box_at_line_starts_is_the_scan(seed: int) -> None:
    rnd = random.Random(seed)
    pieces = ["Mehr zum Thema", "mehr zum thema:", "Related", "Read more", " ", "\t", "\n", "\r\n", "x", ":", "Lux"]
    rx = assembly._TAIL_BOX
    for _ in range(500):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20)))
        starts = [0, *(at + 1 for at in lexmatch.occurrences(text, "\n"))]
        assert [m.span() for m in lexmatch.matches_at(rx, text, starts)] == [m.span() for m in rx.finditer(text)]


def _led_cases() -> list[tuple[re.Pattern[str], object, list[str]]]:
    from filmkritik.read.credits import blocks, directors
    from filmkritik.read.titles import scoring

    return [
        (
            directors._TITLE_BY,
            lambda text: lexmatch.char_positions(text, directors._TITLE_BY_OPENINGS),
            ["„Lux“ von Kaja Ohm", "»Lux«, von Ohm", '"Lux" von Ohm', "„", "“", "»", "«", '"', " von ", "Lux"],
        ),
        (
            directors._WITH_TITLE_PRESENTS_DE,
            lambda text: lexmatch.occurrences(text, "Mit"),
            ["Mit „Lux“ legt", "Mit", "Mitte", "„Lux“", " legt ", " präsentiert ", "xMit", "“", " "],
        ),
        (
            blocks._CAST_TABLE_HEAD,
            lexmatch.line_starts,
            ["Rolle – Darsteller", "rolle: actor", "Figur | Cast", "\n", "\r\n", " ", "\t", "x", "–"],
        ),
        (
            scoring._EVENT_PREFIX,
            lexmatch.line_starts,
            ["Brennmoor 2027: 'Lux'", "Lux 2019: „", "\n", " ", ":", "2020", "x"],
        ),
    ]


@pytest.mark.parametrize("case", range(4))
def test_patterns_tried_at_their_openings_find_what_the_scans_find(case: int) -> None:
    rx, starts, pieces = _led_cases()[case]
    rnd = random.Random(case)
    matched = 0
    for _ in range(600):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        expected = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in lexmatch.matches_at(rx, text, starts(text))] == expected, text  # type: ignore[operator]
        matched += bool(expected)
    assert matched


def test_char_positions_and_line_starts() -> None:
    text = "„a“\nb»c\n"
    assert lexmatch.char_positions(text, "„“»") == [0, 2, 5]
    assert lexmatch.line_starts(text) == [0, 4, 8]


def test_date_like_gated_by_digits_is_the_search() -> None:
    from filmkritik.read import title_spans

    rx = re.compile(title_spans.DATE_LIKE.pattern)
    rnd = random.Random(7)
    pieces = ["Mai", "May", "12.", "3", "2024", "-", "05", ":", " ", "Dez.", "\u0663", "x", "\n", "1.2.24", "Freitag"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        for pos in (0, 1, 3):
            got, want = title_spans.DATE_LIKE.search(text, pos), rx.search(text, pos)
            assert (got and got.span()) == (want and want.span()), (text, pos)
