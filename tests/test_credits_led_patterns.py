"""The director phrases' regexes, run only where a match can open, find the same matches as the plain regexes."""

from __future__ import annotations

import random

import pytest

from filmkritik.read import credits

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
    led = credits._LedPattern(r"\b(?:Regie|[Ii]n\s+ihrem)\s+")
    assert led._guard is not None
    assert [m.span() for m in led.finditer("In ihrem Film, Regie und Vorregie ")] == [(0, 9), (15, 21)]
    # a pattern the engine already skips to (a literal first) is left as it is
    assert credits._LedPattern(r"Regie\s+")._guard is None
