"""Title helpers that look only where a match can be (speed): the same answers as the searches they replace."""

from __future__ import annotations

import random
import re

from filmkritik.read import titles


def _surname_plain(text: str, value: str) -> bool:
    """``_surname_of_named_person`` as first written: one search of the whole text."""
    if " " in value or not value[:1].isupper():
        return False
    maker = rf"(?:{titles._MAKER_ROLE.pattern}|{titles._MADE_BY.pattern})"
    return re.search(rf"{maker}(?:[A-ZÄÖÜÀ-Þ][\w'’.-]+\s+){{1,2}}{re.escape(value)}\b", text) is not None


def test_surname_of_named_person() -> None:
    text = "Regisseurin Kaja Ohm zeigt viel. Ohm erzählt von Einsamkeit."
    assert titles._surname_of_named_person(text, "Ohm")
    assert not titles._surname_of_named_person("Ohm erzählt von Einsamkeit.", "Ohm")
    assert titles._surname_of_named_person("„Nebelzeit“ von Tara Lind. Lind zeigt …", "Lind")
    assert titles._surname_of_named_person("the writer-director  Ann Bo Voss. Voss", "Voss")


def test_surname_of_named_person_on_random_texts() -> None:
    rnd = random.Random(5)
    parts = [
        "Regisseur", "Regisseurin", "Regie", ":", "Filmemacherin", "Drehbuchautor", "director", "Director",
        "writer-director", "filmmaker", "von", "by", "“", "”", '"', "»", "’", "'", ",", " ", "  ", "\n",
        "Kaja", "Ohm", "Ohms", "O'Neil", "J.", "Ann-Bo", "ohm", "x",
    ]  # fmt: skip
    for _ in range(20000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 14)))
        for value in ("Ohm", "Ohms", "O'Neil", "Kaja"):
            assert titles._surname_of_named_person(text, value) == _surname_plain(text, value), (text, value)


def test_article_before() -> None:
    rnd = random.Random(3)
    parts = ["ein", "Eine", "einen", "der", "Die", "das", "Den", "dem", "des", "x", "Xeiner", " ", "  ", "\n", "„", "ä"]
    for _ in range(5000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 10)))
        for start in range(len(text) + 1):
            expected = titles._ARTICLE_BEFORE.search(text, 0, start) is not None
            assert titles._article_before(text, start) == expected, (text, start)
