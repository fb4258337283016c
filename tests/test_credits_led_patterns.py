"""The director phrases' regexes, run only where a match can open, find the same matches as the plain regexes."""

from __future__ import annotations

import random
import re

import pytest

from filmkritik.read import credits, lexmatch

WRITTEN = [
    "Regie führte diesmal der junge Kroate Ivo Marek. Inszeniert hat es die Schweizerin Lena Obrist.",
    "In ihrem Spielfilmdebüt erzählt Anna Weiler von einer Fähre. Wer hat den Film inszeniert?",
    "Tom Brack hat mit „Nebelhorn“ seinen dritten Langfilm gedreht, der Regisseur ist 40.",
    "In her feature debut, Maya Torn follows a ferry. The directing duo of Ed Vale and Jo Pike co-directed it.",
    "Rick Olde, the Danish director whose last film bored, directed it together with his sister.",
]
ALPHABET = "Regie führte hat inszeniert In ihrem seinen Film the directing duo In her debut, co-directed ,\n"


@pytest.mark.parametrize("code", ["de", "en"])
def test_led_director_patterns_find_the_plain_matches(code: str) -> None:
    patterns = credits._director_patterns(code)
    rnd = random.Random(7)
    texts = WRITTEN + ["".join(rnd.choice(ALPHABET) for _ in range(400)) for _ in range(200)]
    for led in (patterns.leads, patterns.together, patterns.own_film, patterns.apposition):
        for text in texts:
            for start in range(0, len(text), 37):
                window = text[start:]
                plain = [(m.span(), m.groups()) for m in led.regex.finditer(window)]
                assert [(m.span(), m.groups()) for m in led.finditer(window)] == plain


def test_a_pattern_opening_with_a_word_boundary_is_guarded() -> None:
    led = lexmatch.LedPattern(r"\b(?:Regie|[Ii]n\s+ihrem)\s+")
    assert led._guard is not None
    assert [m.span() for m in led.finditer("In ihrem Film, Regie und Vorregie ")] == [(0, 9), (15, 21)]
    # a pattern the engine already skips to (a literal first) is left as it is
    assert lexmatch.LedPattern(r"Regie\s+")._guard is None


def _role_first_plain(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The role-first matches as first written: searched everywhere, kept where a sentence opens."""
    found, pos = [], 0
    while (m := rx.search(text, pos)) is not None:
        start = m.start()
        opens = start == 0 or text[start - 1] == "\n"
        if not opens and not (text[start - 1].isspace() and text[start - 2 : start - 1] in (".", ";", "!", "?", ":")):
            pos = start + 1
            continue
        pos = m.end()
        found.append(m.span())
    return found


def test_role_first_cues_tried_at_sentence_openings_find_the_plain_matches() -> None:
    rnd = random.Random(11)
    clauses = [
        "As Edith, Jo Pike broods",
        "as Ann, Mo Reel waits",
        "Playing Tom, Ed Vale sulks",
        "it was as Tom, Ed Vale sulks",
    ]
    stops = [". ", ".  ", ".\n", ":\n\n", ": ", "; ", "! ", "? ", ", ", " ", ".\t", "!.", "\n"]
    texts = [
        "As Edith, Jo Pike broods. As the widow, Ann Lee smiles.\nAs Tom, Rick Olde sulks; as Ann, Mo Reel waits.",
        "Playing Edith, Jo Pike broods.  As Ann, Mo Reel waits:\n\nAs Tom, Ed Vale sulks.",
    ] + ["".join(rnd.choice(clauses) + rnd.choice(stops) for _ in range(12)) for _ in range(300)]
    matched = 0
    for text in texts:
        openings = credits.sentence_openings(text)
        for rx in (credits._AS_ROLE_FIRST, credits._IN_ROLE_FIRST, credits._ROLE_FIRST_INVERTED):
            tried, pos = [], 0
            for start in openings:
                if start < pos or (m := rx.match(text, start)) is None:
                    continue
                pos = m.end()
                tried.append(m.span())
            assert tried == _role_first_plain(rx, text)
            matched += len(tried)
    assert matched > 300  # the texts hold many role-first sentences


def test_led_voice_cue_finds_the_plain_matches() -> None:
    led = credits._VOICE_OF_EN
    rnd = random.Random(5)
    clauses = [
        "Ann Lee lends her voice to Madame Corbeau",
        "Mo Reel returns as the voice of Pip",
        "the voice",
        "Ed Vale",
    ]
    texts = ["".join(rnd.choice(clauses) + rnd.choice([". ", ", ", " ", "\n"]) for _ in range(10)) for _ in range(200)]
    matched = 0
    for text in texts:
        plain = [(m.span(), m.groups()) for m in led.regex.finditer(text)]
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == plain
        matched += len(plain)
    assert matched > 200


def test_a_pattern_with_a_global_flag_is_run_as_written() -> None:
    led = lexmatch.LedPattern(r"(?i)\bregie\s+")
    assert led._guard is None
    assert [m.span() for m in led.finditer("REGIE führte, Vorregie ")] == [(0, 6)]
