"""German directors named in a relative clause whose verb comes last ("A und B, die gemeinsam Regie führten"),
and the same clause about other directing, which names no director of this film; "X verfilmt den Roman „T“" under
the reviewed film's title. Invented sentences."""

from __future__ import annotations

import pytest

from filmkritik import read_text

_FILM = "„Das Hofgut“ ist ein stilles Familiendrama. "
_CLOSE = " Der Film ist sehenswert."


@pytest.mark.parametrize(
    ("middle", "directors"),
    [
        (
            "Maren Ulbricht und Tarik Sönmez, die gemeinsam Regie führten und auch das Buch schrieben, erzählen "
            "von drei Brüdern.",
            ["Maren Ulbricht", "Tarik Sönmez"],
        ),
        ("Edda Kornmesser, die hier auch Regie geführt hat, erzählt von drei Brüdern.", ["Edda Kornmesser"]),
        (
            "Regie führte Jonas Brehme. Maren Ulbricht, die zuvor nur am Theater Regie führte, spielt die Mutter.",
            ["Jonas Brehme"],
        ),
        (
            "Regie führte Jonas Brehme. Maren Ulbricht, die selbst nie Regie führte, spielt die Mutter.",
            ["Jonas Brehme"],
        ),
        (
            "Regie führte Jonas Brehme. Maren Ulbricht, die in „Der Acker“ Regie führte, spielt die Mutter.",
            ["Jonas Brehme"],
        ),
    ],
)
def test_relative_clause_directing(middle: str, directors: list[str]) -> None:
    record = read_text(_FILM + middle + _CLOSE)
    assert [d.name for d in record.film.directors] == directors


@pytest.mark.parametrize(
    ("text", "directors"),
    [
        (
            "Jarek Nowotny verfilmt den Bestseller „Grenzgang“ und findet dafür eigene Bilder. Der Film ist klug.",
            ["Jarek Nowotny"],
        ),
        (
            "Die Wienerin Lotte Haberl adaptiert Ilse Korns Roman „Grenzgang“ fürs Kino. Der Film ist klug und "
            "sehenswert.",
            ["Lotte Haberl"],
        ),
        (
            "„Grenzgang“ ist ein kluger Film von Anna Berg. Peter Holm verfilmt derzeit den Roman „Die Wand“. "
            "Sehenswert.",
            ["Anna Berg"],
        ),
    ],
)
def test_films_the_book(text: str, directors: list[str]) -> None:
    assert [d.name for d in read_text(text).film.directors] == directors
