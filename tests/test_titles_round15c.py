"""Film identity and directors, round 15c (written after blind round 15 was opened and its misses seen: these rules
flatter round 15). Invented pages, fictional films and people, in tests/fixtures/titles/round15c.jsonl: a title line
over a facts line opening with a genre word said as a sentence ("Familienfilm. Österreich 2026. Regie: …") beats a
rubric line; a newsletter's "„A“, im Original „B“, der neue Film von Z" beats Z's earlier film ("Zs „C“, über den
ich hier vor vier Jahren … geschrieben habe"); a podcast's name ("THE SHOW – Episode 87 transcript", "Welcome back to
The Show") and its "Hosts:" line are no film; a column's name as the first line, said again at the end of the headline
"'X' on Platform: Column Name", gives way to the quoted X; "the new biopic from X" names the director, and a list
line's "- Other Film (dir. Y)" names another film's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import filmkritik

_ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "titles" / "round15c.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("row", _ROWS, ids=[r["id"] for r in _ROWS])
def test_round15c_title_and_directors(row: dict) -> None:
    film = filmkritik.read_text(row["text"]).film
    assert (film.title.text if film.title else None) == row["gold"]["film_title"]
    assert sorted(d.name for d in film.directors) == sorted(row["gold"]["directors"])


def test_reviewed_film_after_possessive_keeps_its_place() -> None:
    """A possessive before the reviewed film with a clause not set back in time takes nothing from it."""
    text = (
        "„Der Fährmann“\n\nDrama. Deutschland 2026. Regie: Almut Seebrecht.\n\n"
        "Seebrechts „Der Fährmann“, den ich gestern gesehen habe, ist ein stiller, genauer Film über einen alten "
        "Mann an der Elbe. Almut Seebrecht erzählt ruhig und ohne Kitsch."
    )
    film = filmkritik.read_text(text).film
    assert film.title is not None and film.title.text == "Der Fährmann"


def test_bulleted_dir_line_of_the_reviewed_film_counts() -> None:
    """ "- Title (dir. X)" naming the reviewed film itself still gives its director."""
    text = (
        "Weekend picks\n\n- Marrow Lane (dir. Tobiah Kestrel): a tense, small thriller.\n\n"
        "Marrow Lane follows a night nurse who finds a ledger in a dead patient's coat. Kestrel keeps it tight, and "
        "Marrow Lane never outstays its welcome."
    )
    film = filmkritik.read_text(text).film
    assert [d.name for d in film.directors] == ["Tobiah Kestrel"]
