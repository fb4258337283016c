"""The titles component's fast patterns find what the patterns as first written find."""

from __future__ import annotations

import random
import re

import pytest

from filmkritik.lang.de import titles as de_titles
from filmkritik.lang.en import titles as en_titles
from filmkritik.read import title_spans, titles
from reading_support import assert_finds_the_same

TEXTS = [
    "Der Film Die Stille Bucht von Mara Lind läuft. O'Neil's Stunde, Anna-Lena Berg und Die Reise Nach Hause 2:30 "
    "sah ich.\nÄrger Im Haus, x-Ärger Im Haus, _Über Uns, ’Tis The Night Of The Owls And The Lake.",
    "Spielfilm Nordlicht, Drama Kalte Ufer\nKomödie „Frau Holm“ (Originaltitel: Fru Holm). AFilm Keiner, Films X.",
    "Mit Der Grüne Hof präsentiert Lea Brandt ihr Debüt. Regisseurin Mara Lind:\nvon Tomas Berg \nstarring Ada Moss",
]


@pytest.mark.parametrize("text", TEXTS)
def test_title_case_runs_are_those_of_the_plain_pattern(text: str) -> None:
    plain = re.compile(titles.TITLE_CASE_RUN_PLAIN)
    assert_finds_the_same(titles._TITLE_CASE_RUN, plain, text)


@pytest.mark.parametrize("text", TEXTS)
def test_person_cue_before_is_the_plain_search(text: str) -> None:
    for end in range(len(text) + 1):
        for width in (1, 2, 14):
            window = text[max(0, end - width) : end]
            assert titles._person_before(window) == bool(titles._PERSON_BEFORE.search(window))


@pytest.mark.parametrize("cue", de_titles.PROSE_CUES + en_titles.PROSE_CUES)
def test_class_led_prose_cues_match_as_written(cue: str) -> None:
    fast, plain = (
        re.compile(c.replace("{T}", title_spans._PROSE_T), re.MULTILINE) for c in (title_spans.class_led(cue), cue)
    )
    for text in TEXTS:
        assert_finds_the_same(fast, plain, text)


def test_class_led_rewrites_a_capital_word_list() -> None:
    assert title_spans.class_led(r"(?=[A-ZÄÖÜ])(?<!\w)(?:Film|Drama)\s+X") == r"(?:F(?<!\w.)ilm|D(?<!\w.)rama)\s+X"
    # anything else is left as written
    for cue in (r"(?=[A-ZÄÖÜ])(?<!\w)(?:Film|\w+)\s+X", r"(?=[A-ZÄÖÜ])(?<!\w)(?:film|Drama)", r"\bMit\s+X"):
        assert title_spans.class_led(cue) == cue


YEAR_TEXTS = [
    "USA 2024, 96 Min. 1999 12019 3.2020 ,2021 2022.5 x2023 Frankreich 2023. 151 Minuten (2019) 20.15 1.1999 2024,1",
    "Drama | D 1987 · 112 min\n2020 110 Min 1920\t99 minutes ١٩٩٩ 2019mins 20199 Minuten",
]


@pytest.mark.parametrize("text", YEAR_TEXTS)
def test_year_patterns_find_what_the_plain_ones_find(text: str) -> None:
    for fast, source in ((titles._ANY_YEAR, titles.ANY_YEAR_PLAIN), (titles._YEAR_RUNTIME, titles.YEAR_RUNTIME_PLAIN)):
        assert_finds_the_same(fast, re.compile(source), text, lambda m: (m.span(), m.span(1)))


ORIGINAL_TEXTS = [
    "Originaltitel: Fru Holm. OT: „Kalla vatten“\nXOT: Nein, Original-Titel | Der Hof, (OT: Ni)",
    "Original-titel: A\nOriginaltitel:\nB Ö OTTO: C",
]


@pytest.mark.parametrize("cue", de_titles.ORIGINAL_CUES + en_titles.ORIGINAL_CUES)
def test_class_led_original_cues_match_as_written(cue: str) -> None:
    def compiled(source: str) -> re.Pattern[str]:
        return re.compile(source.replace("{T}", title_spans._HEAD_T), re.MULTILINE)

    fast, plain = compiled(title_spans.class_led(cue)), compiled(cue)
    for text in ORIGINAL_TEXTS + TEXTS:
        assert_finds_the_same(fast, plain, text)


def test_class_led_takes_plain_letters_the_look_ahead_lets_through() -> None:
    assert title_spans.class_led(r"(?=O)(?<!\w)(?:Original-?[Tt]itel|OT)\s*:") == (
        r"(?:O(?<!\w.)riginal-?[Tt]itel|O(?<!\w.)T)\s*:"
    )
    assert title_spans.class_led(r"(?=O)(?<!\w)(?:OT|Titel):") == r"(?=O)(?<!\w)(?:OT|Titel):"
    assert title_spans.class_led(r"(?=[Nn])(?<!\w)(?:[Nn]ew)") == r"(?=[Nn])(?<!\w)(?:[Nn]ew)"


FUZZED = [
    ("_CAPS", title_spans._CAPS, title_spans.CAPS_PLAIN, "AIBÖ1290 '’x,:-.&?!\n\tab"),
    ("_QUOTED", title_spans._QUOTED, title_spans.QUOTED_PLAIN, "„“”\"»«‘’'ab A\n1_"),
    ("_ANY_YEAR", titles._ANY_YEAR, titles.ANY_YEAR_PLAIN, "1290.,x -\n٣"),
    ("_YEAR_RUNTIME", titles._YEAR_RUNTIME, titles.YEAR_RUNTIME_PLAIN, "12905 .,Min ·|\nx"),
    ("_TITLE_CASE_RUN", titles._TITLE_CASE_RUN, titles.TITLE_CASE_RUN_PLAIN, "ABÄa 'ofthe’-:12\nx_"),
]


@pytest.mark.parametrize(("name", "fast", "source", "alphabet"), FUZZED, ids=[f[0] for f in FUZZED])
def test_fast_patterns_on_random_texts(name: str, fast: re.Pattern[str], source: str, alphabet: str) -> None:
    """Random short texts from the characters each pattern turns on: the same matches and groups."""
    plain = re.compile(source)
    rng = random.Random(name)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], text


@pytest.mark.parametrize("text", TEXTS + ORIGINAL_TEXTS + ["A BIG NIGHT, 711 OCEAN DRIVE x’NO 2 AB „Zitat“ l'x' 'y'"])
def test_quotes_and_capitals_are_those_of_the_plain_patterns(text: str) -> None:
    for fast, source in ((title_spans._QUOTED, title_spans.QUOTED_PLAIN), (title_spans._CAPS, title_spans.CAPS_PLAIN)):
        assert_finds_the_same(fast, re.compile(source), text, lambda m: (m.span(), m.groups()))
