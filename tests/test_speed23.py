"""Speed pass 23: the faster forms give what the plain ones give."""

from __future__ import annotations

import random
import re

import pytest

from filmkritik.read import language, lexmatch

_ALPHABET = "abzäöüßÄÖÜÿéİΣσ\u00a0\n -'’.,😀ﬁ"


@pytest.mark.parametrize("seed", range(5))
def test_words_are_the_regex_words(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(2000):
        sample = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 40))).lower()
        assert language._words(sample) == [w.encode("latin-1") for w in language._WORD.findall(sample)]


def test_detect_reads_function_words_as_before() -> None:
    german = "Der Film ist nicht schlecht, aber die Geschichte und das Ende sind zu lang für mich."
    english = "The film is not bad, but the story and the ending are far too long for me."
    assert language.detect(german)[0] == "de"
    assert language.detect(english)[0] == "en"
    assert language.detect("1234 --- !!!") == ("und", 0.0)


def test_stopwords_leave_out_words_that_are_no_run_of_letters() -> None:
    assert language._stopwords("xx", frozenset({"und", "l'amour", "straße"})) == frozenset(
        {b"und", "straße".encode("latin-1")}
    )


@pytest.mark.parametrize(
    "pattern",
    [
        r"heißt[ ]+(?:der|die)\b",
        r"Filmwoche(?<=Filmwoche)[ ]+(?:mit|ohne)",
        r"gesehen\b",
        r"called(?:(?<=film called)|(?<=movie called))[ ]+\w+",
    ],
)
@pytest.mark.parametrize("seed", range(3))
def test_long_prefix_found_by_find_gives_the_regex_matches(pattern: str, seed: int) -> None:
    led = lexmatch.OpeningLedPattern(pattern)
    assert not led._scans  # (the prefix is five characters or more: found by ``str.find``)
    rnd = random.Random(seed)
    pieces = [
        "heißt ",
        "heißt der ",
        "Filmwoche mit ",
        "gesehen",
        "gesehenes ",
        "film called X ",
        "called Y ",
        "die ",
        " ",
    ]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        pos, end = rnd.randint(0, len(text)), rnd.randint(0, len(text))
        expected = [m.span() for m in re.compile(pattern).finditer(text, pos, end)]
        assert [m.span() for m in led.finditer(text, pos, end)] == expected


def test_short_prefix_is_left_to_the_engine() -> None:
    assert lexmatch.OpeningLedPattern(r"ist[ ]+ein\b")._scans


def test_line_starts_answers_for_each_text() -> None:
    first, second = "a\nb\n\nc", "x\ny"
    assert lexmatch.line_starts(first) == [0, 2, 4, 5]
    assert lexmatch.line_starts(first) == [0, 2, 4, 5]
    assert lexmatch.line_starts(second) == [0, 2]
    assert lexmatch.line_starts("".join(["a\nb", "\n\nc"])) == [0, 2, 4, 5]  # an equal string, another object
