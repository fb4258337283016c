"""English actor-role constructions, one fictional sentence each inside a short review: what the reader pairs and
what it leaves as a plain actor (gold conventions in ../shared/reviews/README.md: only explicit links pair; a relation
without a name, an indefinite role, two actors beside two roles without "respectively", another film's roles, the
director and other crew are no pair). Every name, title and sentence is invented (tests/fixtures/credits/
en-constructions.jsonl). Rows marked "open" are constructions the reader does not get yet: they run as strict xfails,
so fixing one shows up as a failure that asks to clear its mark."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import filmkritik

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "credits" / "en-constructions.jsonl"


def _rows() -> list[Any]:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        pytest.param(
            row,
            id=row["id"],
            marks=[pytest.mark.xfail(reason="construction not read yet", strict=True)] if row["open"] else [],
        )
        for row in rows
    ]


@pytest.mark.parametrize("row", _rows())
def test_english_construction(row: dict[str, Any]) -> None:
    film = filmkritik.read_text(row["text"]).to_dict()["film"]
    pairs = sorted([c["character"], c["actor"]] for c in film["cast"] if c.get("character"))
    performers = sorted(a["name"] for a in film["actors"])
    assert (pairs, performers) == (row["cast"], row["actors"])


def test_the_table_covers_the_main_english_shapes() -> None:
    """The fixture keeps its breadth: prose verbs, parentheses, "as", possessives, passives, lists and traps."""
    ids = {json.loads(line)["id"] for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()}
    for shape in ("plays", "role_paren", "x_as_y", "possessive", "played_by", "respectively", "capsule", "other_film"):
        assert shape in ids
