"""Helpers the round tests share, written once instead of in each round's file (each section is used by several)."""

from __future__ import annotations

from pathlib import Path

import filmkritik

# --- credits and titles ---------------------------------------------------------------------------------------


def director_names(text: str) -> list[str]:
    """The directors the whole reader credits ``text``'s film with, in its order."""
    return [d.name for d in filmkritik.read_text(text).film.directors]


def directors_and_actors(text: str) -> tuple[set[str], set[str]]:
    """The names of the directors and of the actors the whole reader credits ``text``'s film with."""
    film = filmkritik.read_text(text).film
    return {d.name for d in film.directors}, {a.name for a in film.actors}


def assert_credit_floors(fixture: Path, floors: dict[str, float]) -> None:
    """The credits reader's F1 on the gold pages of ``fixture`` reaches each field's floor."""
    from test_credits import reader_f1s

    scores = reader_f1s(fixture)
    for field, floor in floors.items():
        assert scores[field] >= floor, (field, scores[field], floor)


def assert_title_read(text: str, title: str, label: object = None) -> None:
    """The whole reader gives ``text``'s film the title ``title``, and every evidence span of it (there is one at
    least) is the title's text; ``label`` names the page in a failure."""
    record = filmkritik.read_text(text)
    found = record.film.title
    assert found is not None and found.text == title, label
    assert found.evidence and all(record.text[a:b] == title for a, b in found.evidence), label
