"""Verdict round 18: the critic bands' negative cut per language, chosen leave-one-writer-set-out
(docs/preregistrations/verdict-round18.md). German's cut (shipped 44.5) re-chosen, English critics' prose of
100-699 words given one. Neither language passed its rule: off by default; ``FILMKRITIK_VERDICT_ROUND18``
(``de``, ``en``, ``de,en``) switches it on for measuring. Every sentence here is invented for these tests."""

from __future__ import annotations

import pytest

from filmkritik.read import verdict
from filmkritik.train import verdict_round18
from reading_support import scores_off_and_on, seed_verdict
from seed_support import assert_seed_verdict


def test_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(verdict.ROUND18_SWITCH, raising=False)
    assert not verdict.ROUND18
    assert verdict.round18_cut("de") is None and verdict.round18_cut("en") is None


@pytest.mark.parametrize(
    ("raw", "de", "en"),
    [("", None, None), ("de", 46.5, None), ("en", None, 43.5), ("de,en", 46.5, 43.5), (" en , xx ", None, 43.5)],
)
def test_the_switch(monkeypatch: pytest.MonkeyPatch, raw: str, de: float | None, en: float | None) -> None:
    monkeypatch.setenv(verdict.ROUND18_SWITCH, raw)
    assert verdict.round18_cut("de") == de
    assert verdict.round18_cut("en") == en
    assert verdict.round18_cut("fr") is None


@pytest.mark.parametrize("cut", [40.5, 43.5, 46.5, 49.5])
def test_the_cut_is_monotone_moves_only_below_49_5_and_shows_the_cut_as_39_5(cut: float) -> None:
    values = [v / 4 for v in range(0, 401)]
    mapped = [verdict.critic_bands(v, "en", cut) for v in values]
    assert mapped == sorted(mapped)
    if cut < 49.5:
        assert verdict.critic_bands(cut, "en", cut) == pytest.approx(39.5)
    else:  # the grid's end: everything under 49.5 reads negative (the preregistered English choice, failed)
        assert all(m <= 39.5 for v, m in zip(values, mapped, strict=True) if v < 49.5)
    assert all(m == v for v, m in zip(values, mapped, strict=True) if v >= 49.5)
    assert all(m < 49.5 for v, m in zip(values, mapped, strict=True) if v < 49.5)  # no side of 50 changes


def test_no_cut_at_39_5_and_the_shipped_german_cut_unchanged() -> None:
    assert verdict.critic_bands(42.0, "en", 39.5) == 42.0
    for value in (10.0, 42.0, 44.5, 47.0, 55.0):
        assert verdict.critic_bands(value, "de", 44.5) == verdict.critic_bands(value, "de")


def test_the_english_scope_is_critics_prose_of_100_to_699_words() -> None:
    assert not verdict.round18_scope("word " * 99, "en")
    assert verdict.round18_scope("word " * 100, "en")
    assert verdict.round18_scope("word " * 699, "en")
    assert not verdict.round18_scope("word " * 700, "en")
    assert not verdict.round18_scope("word " * 300, "de")  # German: the shipped bands' own scope


PAN = (
    "Harbour of Small Lights\n\n"
    "Oskar Venn's second feature follows a night ferry and the six strangers who share its bar until dawn. "
    "The premise promises a chamber piece; what arrives is a collection of speeches. Each passenger gets a "
    "monologue, each monologue explains a wound, and none of them is allowed a moment of silence. The "
    "photography is handsome enough in a brochure way, all sodium light and wet railings, and Ilka Brandt "
    "does what she can with the captain. It is not enough. The script mistakes confession for drama, the "
    "pacing is sluggish, and the big reveal in the last act is telegraphed from the first scene. By the "
    "time the ferry docks, the film has said everything three times and meant none of it. A tedious, "
    "self-important voyage that never leaves the harbour. Skip it."
)


def test_a_pan_moves_down_and_never_up_with_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    off, on = scores_off_and_on(monkeypatch, verdict.ROUND18_SWITCH, "en", PAN)
    assert on <= off
    if off < 49:
        assert on < off


def _page(group: str, gold: str, scores: dict[float, int]) -> verdict_round18.Page:
    return verdict_round18.Page(group, gold, True, scores)


def test_choose_takes_the_best_cut_and_breaks_ties_toward_the_shipped_one() -> None:
    pages = [
        _page("a", "negative", {39.5: 45, 42.5: 38, 44.5: 37}),
        _page("a", "mixed", {39.5: 50, 42.5: 50, 44.5: 50}),
        _page("a", "positive", {39.5: 70, 42.5: 70, 44.5: 70}),
    ]
    assert verdict_round18.choose(pages, (39.5, 42.5, 44.5), 39.5) == 42.5  # 42.5 and 44.5 tie: nearer 39.5
    assert verdict_round18.choose(pages, (39.5, 42.5, 44.5), 44.5) == 44.5


def test_leave_one_set_out_reads_each_file_with_the_cut_chosen_on_the_others() -> None:
    grid = (39.5, 44.5)
    pages = [
        _page("a", "negative", {39.5: 42, 44.5: 36}),  # only file a gains from the cut ...
        _page("a", "negative", {39.5: 43, 44.5: 37}),
        _page("a", "mixed", {39.5: 50, 44.5: 50}),
        _page("a", "positive", {39.5: 70, 44.5: 70}),
        _page("b", "mixed", {39.5: 44, 44.5: 39}),  # ... b and c each lose a page to it
        _page("b", "positive", {39.5: 70, 44.5: 70}),
        _page("c", "mixed", {39.5: 44, 44.5: 39}),
        _page("c", "positive", {39.5: 70, 44.5: 70}),
    ]
    result = verdict_round18.leave_one_set_out(pages, grid, 39.5)
    # a is read without the cut (b and c chose it), b and c with it (chosen on a and the other): an honest figure
    assert result["chosen per fold"] == {39.5: 1, 44.5: 2}
    assert result["fixed"] == 0 and result["broken"] == 2
    assert result["chosen on all pages"] == 44.5


def test_macro_f1_counts_none_as_wrong_and_matches_the_usual_definition() -> None:
    from sklearn.metrics import f1_score

    gold = ["negative", "mixed", "positive", "mixed", "negative", "positive"]
    read = ["mixed", "mixed", "positive", "none", "negative", "mixed"]
    expected = f1_score(gold, read, labels=list(verdict_round18.LABELS), average="macro")
    assert verdict_round18.macro_f1(gold, read) == pytest.approx(expected)


def test_the_page_files_are_one_file_per_writers_round() -> None:
    english = verdict_round18.page_files("en")
    assert any(p.name == "critics17.jsonl" for p in english)
    assert any(p.name == "en23.jsonl" for p in english)
    assert not any(p.name.startswith("de") for p in english)
    assert not any(p.name in ("critics18.jsonl", "en24.jsonl") for p in english)  # sealed while the round measured


@pytest.mark.parametrize("raw", [None, "de,en"])
def test_the_seed_review_stays_mixed_with_its_aspects(monkeypatch: pytest.MonkeyPatch, raw: str | None) -> None:
    if raw is None:
        monkeypatch.delenv(verdict.ROUND18_SWITCH, raising=False)
    else:
        monkeypatch.setenv(verdict.ROUND18_SWITCH, raw)
    assert_seed_verdict(seed_verdict())


@pytest.mark.slow
def test_addendum_1_leave_one_set_out_reproduces() -> None:
    """English, grid 39.5-46.5 (addendum 1): 0.556 -> 0.5758 out of writer, short of the rule's +0.020."""
    grid = [c for c in verdict_round18.GRID if c <= 46.5]
    pages = verdict_round18.read_pages(verdict_round18.page_files("en"), "en", grid)
    result = verdict_round18.leave_one_set_out(pages, grid, 39.5)
    shipped, nested, count = result["pooled"]  # type: ignore[misc]
    assert count == 387
    assert shipped == pytest.approx(0.556, abs=0.001)
    assert nested == pytest.approx(0.5758, abs=0.001)
    assert nested - shipped < 0.020
