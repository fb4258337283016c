"""Verdict round 23 (docs/preregistrations/verdict-round23.md): praise of parts, blame of the whole.

Off by default (both languages failed the preregistered rule); the switch ``FILMKRITIK_VERDICT_ROUND23`` reads it for
measuring. Sentences and pages are invented for these tests (new names, new films).
"""

from __future__ import annotations

import pytest

from filmkritik import read_text
from filmkritik.read import opinion, verdict
from filmkritik.train import verdict_round23 as r23
from verdict_support import said

T = verdict.Targeted


def test_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(verdict.ROUND23_SWITCH, raising=False)
    assert not verdict.ROUND23
    assert verdict.round23_languages() == frozenset()


@pytest.mark.parametrize(
    ("raw", "codes"),
    [("", frozenset()), ("de", frozenset({"de"})), ("de,en", frozenset({"de", "en"})), ("en,fr", frozenset({"en"}))],
)
def test_the_switch(monkeypatch: pytest.MonkeyPatch, raw: str, codes: frozenset[str]) -> None:
    monkeypatch.setenv(verdict.ROUND23_SWITCH, raw)
    assert verdict.round23_languages() == codes


@pytest.mark.parametrize(
    ("tokens", "code", "craft", "whole"),
    [
        ("die kamera von lotte brandis fängt herrliche bilder ein", "de", True, False),
        ("ein zäher film , der nie in fahrt kommt", "de", False, True),
        ("ein zäher horrorfilm", "de", False, True),  # a compound names the whole
        ("die filmmusik ist wunderschön", "de", True, False),  # "Filmmusik" is a craft, not the whole
        ("der film lebt von seinen darstellern", "de", False, False),  # both: neither
        ("das drehbuch ist schwach", "de", False, False),  # the story is no craft part
        ("the cinematography by ines varga is gorgeous", "en", True, False),
        ("the film's cinematography is gorgeous", "en", True, False),  # the possessive names a part
        ("a dreary movie that never finds its footing", "en", False, True),
        ("the movie wastes a fine cast", "en", False, False),
    ],
)
def test_what_a_sentence_judges(tokens: str, code: str, craft: bool, whole: bool) -> None:
    assert verdict._target(tuple(tokens.split()), code) == (craft, whole)


def test_shipped_weights_are_the_shipped_lean() -> None:
    items = [
        said("the cinematography is gorgeous", judged=0.8),
        said("a dreary movie", judged=-0.7),
        said("the plot", opinion_value=0.1, judged=0.5),  # no opinion: not counted
        said("it should have been shorter", counterfactual=True, judged=0.0),
        said("a dull film", closing=True, judged=-0.5),
    ]
    judged = verdict.targeted_judgements(items, "en")
    assert verdict.part_whole_lean(judged, 1.0, 1.0) == opinion.judgement_lean(items, "en")


def test_craft_praise_counts_less_only_where_the_whole_is_blamed() -> None:
    pan = [T(0.8, 1.0, True, False), T(-0.7, 2.0, False, True)]
    rave = [T(0.8, 1.0, True, False), T(0.7, 2.0, False, True)]
    assert verdict.part_whole_lean(pan, 0.0, 1.0) < verdict.part_whole_lean(pan, 1.0, 1.0)
    assert verdict.part_whole_lean(pan, 1.0, 3.0) < verdict.part_whole_lean(pan, 1.0, 1.0)
    for c, k in ((0.0, 3.0), (0.5, 2.0)):
        assert verdict.part_whole_lean(rave, c, k) == verdict.part_whole_lean(rave, 1.0, 1.0)


_PAN = (
    "Grauer Hafen\n\n"
    "Mit „Grauer Hafen“ legt Teodor Vasek ein Drama über zwei Brüder in einer Werftstadt vor. "
    "Die Kamera von Lotte Brandis fängt herrliche, kalte Bilder ein, und die Musik von Ivo Renk ist wunderschön. "
    "Auch Aurel Mandl spielt den älteren Bruder mit großer Ruhe, und Wanda Oster gibt der Mutter eine stille Würde. "
    "Man sieht dem Werk an, wie viel Sorgfalt in Ausstattung und Licht geflossen ist.\n\n"
    "Doch der Film kommt nie in Fahrt. Die Geschichte tritt auf der Stelle, jede Wendung ist absehbar. "
    "Nach zwei Stunden bleibt ein zäher, leerer Film, der sich für bedeutender hält, als er ist. "
    "Die Dialoge erklären, was die Bilder längst gezeigt haben, und das Ende zieht sich über drei Schlüsse hin. "
    "Ein ärgerlicher Film."
)


def test_an_invented_pan_reads_lower_with_the_switch_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(verdict.ROUND23_SWITCH, "")
    off = read_text(_PAN).verdict
    monkeypatch.setenv(verdict.ROUND23_SWITCH, "de")
    monkeypatch.setitem(verdict.ROUND23_WEIGHTS, "de", (0.25, 1.0))  # the pair chosen on all owned pages
    on = read_text(_PAN).verdict
    assert off is not None and on is not None
    assert on.score < off.score
    assert (off.label, on.label) == ("mixed", "negative")  # praise of the images and the cast conceded


def test_shipped_weights_read_byte_identically(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(verdict.ROUND23_SWITCH, "")
    off = read_text(_PAN).to_dict()
    monkeypatch.setenv(verdict.ROUND23_SWITCH, "de,en")
    assert read_text(_PAN).to_dict() == off  # (1, 1): the shipped lean


def test_seed_stays_mixed_with_the_switch_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from reading_support import seed_verdict
    from seed_support import assert_seed_verdict

    monkeypatch.setenv(verdict.ROUND23_SWITCH, "de")
    monkeypatch.setitem(verdict.ROUND23_WEIGHTS, "de", (0.25, 1.0))  # the pair chosen on all owned pages
    assert_seed_verdict(seed_verdict())


# --- the measuring code ----------------------------------------------------------------------------------------


def _page(group: str, gold: str, shown: int | None, grid: dict[str, int] | None = None) -> r23.Page:
    scores = {pair: shown or 0 for pair in r23.GRID}
    scores.update(grid or {})
    return r23.Page(group, gold, shown, grid is not None, scores if grid is not None else {})


def test_grid_is_the_preregistered_one() -> None:
    assert len(r23.GRID) == 16 and r23.GRID[0] == r23.SHIPPED == "1.0,1.0"


def test_choice_keeps_the_shipped_pair_on_ties() -> None:
    pages = [_page("heldout/de3.jsonl", "negative", 30, {}), _page("heldout/de3.jsonl", "mixed", 50, {})]
    assert r23.choose(pages) == r23.SHIPPED


def test_choice_and_leave_one_round_out() -> None:
    moved = {pair: 35 for pair in r23.GRID if pair != r23.SHIPPED}
    pages = [
        _page("heldout/de9.jsonl", "negative", 45, moved),  # round 3
        _page("verdict_de/critics12.jsonl", "negative", 45, moved),  # round 12
        _page("verdict_de/critics12.jsonl", "mixed", 50, {}),
        _page("verdict_de/critics14.jsonl", "positive", 70),  # out of scope
    ]
    assert r23.choose(pages) == "1.0,1.5"  # the nearest pair that moves the pans
    labels, chosen = r23.leave_one_round_out(pages)
    assert labels == ["negative", "negative", "mixed", "positive"]
    assert set(chosen) == {3, 12, 14}


@pytest.mark.slow
def test_check_finds_no_difference_on_a_fixture_file() -> None:
    pages = r23.read_files([r23.FIXTURES / "verdict_en" / "critics9.jsonl"], r23.group_name, lambda _: None)
    assert r23.check(pages)["differ"] == 0
