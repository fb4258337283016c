"""Helpers the round tests share, written once instead of in each round's file: the film's credits and title as
``read_text`` gives them, a credits fixture's floors, the verdict's judging sentences and the seed review's verdict,
a fast pattern checked against the pattern as first written, and the CLI's error lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import filmkritik
from filmkritik import lang
from filmkritik.read import opinion, segment

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "reviews" / "de" / "kindness-of-strangers.txt"


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


def assert_title_read(text: str, title: str, label: object = None, casefold: bool = False) -> None:
    """The whole reader gives ``text``'s film the title ``title`` (letter case aside with ``casefold``), and every
    evidence span of it (there is one at least) is the title's text; ``label`` names the page in a failure."""
    record = filmkritik.read_text(text)
    found = record.film.title
    fold = str.casefold if casefold else str
    assert found is not None and fold(found.text) == fold(title), label
    assert found.evidence and all(fold(record.text[a:b]) == fold(found.text) for a, b in found.evidence), label


# --- verdict ----------------------------------------------------------------------------------------------------


def judging_items(text: str, code: str) -> list[opinion.Sentence]:
    """``text``'s sentences in language ``code`` as the opinion reader hands them to the verdict."""
    base = lang.get(code)
    return opinion.sentences(text, segment.sentences(text, base.ABBREVIATIONS), segment.paragraphs(text), code)


def judged(sentence: str, code: str) -> float:
    """The judgement value the opinion reader gives one sentence."""
    (item,) = judging_items(sentence, code)
    return item.judged


def seed_verdict() -> dict[str, Any]:
    """The verdict the whole reader gives the seed review (skips when ../shared is absent)."""
    if not SEED.exists():
        pytest.skip("../shared/reviews/de/kindness-of-strangers.txt is absent (the seed review lives outside the repo)")
    verdict: dict[str, Any] = filmkritik.read_text(SEED.read_text(encoding="utf-8")).to_dict()["verdict"]
    return verdict


def scores_off_and_on(monkeypatch: pytest.MonkeyPatch, switch: str, value: str, text: str) -> tuple[int, int]:
    """The inferred score of ``text`` with the environment switch ``switch`` unset, then set to ``value``."""
    monkeypatch.delenv(switch, raising=False)
    off = filmkritik.read_text(text).to_dict()["verdict"]["inferred_score"]
    monkeypatch.setenv(switch, value)
    on = filmkritik.read_text(text).to_dict()["verdict"]["inferred_score"]
    return off, on


# --- patterns ---------------------------------------------------------------------------------------------------


def _span(match: re.Match[str]) -> object:
    return match.span()


def assert_finds_the_same(
    fast: re.Pattern[str], plain: re.Pattern[str], text: str, key: Callable[[re.Match[str]], object] = _span
) -> None:
    """``fast`` finds in ``text`` what ``plain`` finds, searching from every start (each match compared by ``key``:
    its span unless told)."""
    for start in range(len(text)):
        assert [key(m) for m in fast.finditer(text, start)] == [key(m) for m in plain.finditer(text, start)], start


# --- the command line -------------------------------------------------------------------------------------------


def errors_of(result: object) -> list[str]:
    """The CLI's one-line errors in a Click ``result`` (which must hold no traceback)."""
    stderr = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr + result.output  # type: ignore[attr-defined]
    return [line for line in stderr.splitlines() if line.startswith("filmkritik: error:")]
