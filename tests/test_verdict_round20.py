"""Verdict round 20 (docs/preregistrations/verdict-round20.md): the positive-edge map's measuring code.

Synthetic pages, plus one small fixture file read with the edge at the shipped 60.5 (the map must then change
nothing). The map moves only the positive edge: the negative edge, the Pang & Lee 3-class cut-offs (40 / 70) and the
DVD side of 50 cannot change. Nothing of round 20 reads in the reader (both languages failed their rule), so there is
no switch to test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.model import score_label
from filmkritik.train import critic_text
from filmkritik.train import verdict_round20 as r20

Page = critic_text.Page


def _page(group: str, gold: str, shown: int | None, scope: bool = True) -> Page:
    return Page(group, gold, shown, 0.5, [[1], [2], []] if scope else None, [50.0, 0.0, 50.0, float(shown or 0)])


def test_grid_is_the_preregistered_one() -> None:
    assert r20.GRID[0] == 53.5 and r20.GRID[-1] == 66.5 and len(r20.GRID) == 14
    assert r20.SHIPPED in r20.GRID


@pytest.mark.parametrize("t", r20.GRID)
def test_map_is_monotone_and_moves_only_the_positive_edge(t: float) -> None:
    shown = [r20.mapped(s, t) for s in range(101)]
    assert shown == sorted(shown)
    for s in range(101):
        m = r20.mapped(s, t)
        assert (score_label(m) == "positive") == (s >= t + 0.5)
        assert (m <= 39) == (s <= 39)  # the negative edge
        assert (m <= 40) == (s <= 40) and (m >= 70) == (s >= 70)  # Pang & Lee 3-class cut-offs
        assert (m >= 50) == (s >= 50)  # DVD side of 50
        if s < 50 or s >= 70:
            assert m == s


def test_shipped_edge_is_the_identity() -> None:
    assert all(r20.mapped(s, r20.SHIPPED) == s for s in range(101))


def test_pages_outside_scope_keep_the_readers_label() -> None:
    outside = _page("heldout/de3.jsonl", "positive", 58, scope=False)
    unread = _page("heldout/de3.jsonl", "positive", None, scope=False)
    assert r20.label_with(outside, 53.5) == "mixed"
    assert r20.label_with(unread, 53.5) == "none"
    assert r20.label_with(_page("heldout/de3.jsonl", "positive", 58), 53.5) == "positive"


def test_choice_prefers_the_shipped_edge_on_ties_then_the_best() -> None:
    # Nothing between 54 and 66: every edge reads these pages alike, so the shipped 60.5 stays.
    flat = [_page("heldout/en3.jsonl", "positive", 70), _page("heldout/en3.jsonl", "mixed", 50)]
    assert r20.choose(flat) == r20.SHIPPED
    # Mixed pages shown 61-63, positives from 64: the best edge is 63.5.
    pages = [_page("heldout/en3.jsonl", "mixed", s) for s in (61, 62, 63)]
    pages += [_page("heldout/en3.jsonl", "positive", s) for s in (64, 65, 70)]
    assert r20.choose(pages) == 63.5


def test_leave_one_round_out_never_sees_the_held_round() -> None:
    # Rounds 1-3 want the edge at 63.5; round 4 (heldout/de10 = round 4) alone would want 57.5.
    pages = []
    for name in ("critics1", "critics2", "critics3"):
        pages += [_page(f"verdict_de/{name}.jsonl", "mixed", s) for s in (61, 62, 63)]
        pages += [_page(f"verdict_de/{name}.jsonl", "positive", s) for s in (64, 66)]
    pages += [_page("heldout/de10.jsonl", "positive", s) for s in (58, 59, 60)]
    labels, chosen = r20.leave_one_round_out(pages)
    assert chosen[4] == 63.5
    assert labels[-3:] == ["mixed", "mixed", "mixed"]
    assert set(chosen) == {1, 2, 3, 4}


def test_owned_page_files_are_the_preregistered_ones() -> None:
    for code in ("de", "en"):
        files = r20.page_files(code)
        names = {f"{p.parent.name}/{p.name}" for p in files}
        assert f"verdict_{code}/critics19.jsonl" in names and f"heldout/{code}25.jsonl" in names
        assert all(critic_text.written_in_round(p) < 20 for p in files)
        assert not any("critics20" in n or n.endswith(f"{code}26.jsonl") for n in names)
    assert len(r20.page_files("de")) >= 38 and len(r20.page_files("en")) >= 36


def test_shipped_edge_reads_a_fixture_file_as_the_reader_does(monkeypatch: pytest.MonkeyPatch) -> None:
    from filmkritik.read import verdict

    for variable in (verdict.HEAD_SWITCH, verdict.CONFIDENCE_SWITCH):  # read_files sets them; restored afterwards
        monkeypatch.delenv(variable, raising=False)
    path = r20.FIXTURES / "verdict_de" / "critics19.jsonl"
    pages = critic_text.read_files([path], lambda p: f"{Path(p).parent.name}/{Path(p).name}", lambda m: None)
    assert pages and any(r20.in_scope(p) for p in pages)
    assert r20.labels_with(pages, r20.SHIPPED) == [p.read for p in pages]
