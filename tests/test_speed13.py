"""Speed pass 13: each faster search finds what the search it replaces found (written and random texts)."""

from __future__ import annotations

import random
import re

from filmkritik.read.credits import clauses, role_phrases

SUBORDINATE = [
    "Man glaubt kaum, dass Lena Obrist die Bäckerin Hilde spielt, so leise ist sie.",
    "Weil Ivo Marek sie mit großer Ruhe spielt – und das ist viel –, trägt die Szene.",
    "Während Tom Brack den Wirt gibt, wartet das Dorf. Da Anna Weiler ihn spielt, stimmt alles.",
]
ASIDES = [
    "Der Sachbearbeiter – Jo Pike in einer verdrucksten Nebenrolle – wartet.",
    "Die Tante (Rita Sand in kurzen, sehr präzisen Auftritten) und der Onkel - Ed Vale in zwei Szenen - streiten.",
    "Ein Bindestrich-Wort -Ed Vale in einer Rolle - zählt nicht, ein Gedankenstrich - Ed Vale in einer Rolle - schon.",
]


def _random_texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 60))) for _ in range(count)]


def test_subordinate_play_cues_run_where_they_open_find_the_plain_matches() -> None:
    words = "dass Dass weil Weil wie da Da sie ihn Lena Obrist den die das Wirt spielt gibt mimt , . – - \n".split(" ")
    texts = SUBORDINATE + _random_texts([*words, " ", " "], 3000, 13)
    found = 0
    for led in (clauses._SUBORDINATE_PLAY, clauses._SUBORDINATE_PLAY_PRONOUN):
        for text in texts:
            n = len(text)
            for start, end in ((0, n), (n // 3, n), (0, 2 * n // 3), (n // 4, 3 * n // 4)):
                plain = [(m.span(), m.groupdict()) for m in led.regex.finditer(text, start, end)]
                assert [(m.span(), m.groupdict()) for m in led.finditer(text, start, end)] == plain
                found += len(plain)
    assert found > 4


def test_an_aside_opens_at_a_dash_after_white_space_as_written_before() -> None:
    # as first written: the hyphen's white space checked by a look-behind before it
    plain = re.compile(role_phrases._ASIDE_IN_ROLE.pattern.replace(r"-(?<=\s-)", r"(?<=\s)-", 1))
    assert plain.pattern != role_phrases._ASIDE_IN_ROLE.pattern
    words = "– — ( ) - Jo Pike in einer kurzen Rolle Szenen Auftritten , \n x-".split(" ")
    texts = ASIDES + _random_texts([*words, " ", " "], 3000, 17)
    found = 0
    for text in texts:
        spans = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in role_phrases._ASIDE_IN_ROLE.finditer(text)] == spans
        found += len(spans)
    assert found > 3
