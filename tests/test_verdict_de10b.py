"""German verdict, round 10b: the preregistered check (docs/preregistrations/verdict-de-round10b.md).

The round's candidate (faults written without a listed word of blame, read as general constructions of
critics' German) gained on the choosing set and on the pooled check set but lost one page of the 16 of
``heldout/de14.jsonl`` (-0.076 macro-F1, the rule allowed -0.05), so it was reverted (the candidate is
commit bab81f4). What stays is the check: the round's fresh invented pages
``tests/fixtures/verdict_de/critics10b.jsonl`` (6 positive, 9 mixed, 9 negative) as the shipped reader
reads them. Every text here is invented; fictional films and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.eval.gold import load_gold
from filmkritik.train.critic_crosslingual import macro_f1
from verdict_support import prose_only_label

CRITICS10B = Path(__file__).resolve().parent / "fixtures" / "verdict_de" / "critics10b.jsonl"


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, str, str]]:
    """(id, gold verdict, the reader's label) for each fresh check page."""
    return [(p.id, p.verdict or "none", prose_only_label(p.text)) for p in load_gold(CRITICS10B)]


def test_the_round10b_check_pages_read_as_measured(pages: list[tuple[str, str, str]]) -> None:
    # Measured at the round's end on the shipped reader: macro-F1 0.424, 10 of 24 right. The floor leaves
    # room for other rounds' changes but catches a German verdict that stops reading critics' prose.
    assert len(pages) == 24
    assert macro_f1([g for _, g, _ in pages], [r for _, _, r in pages]) >= 0.38
    # A clear positive review never reads as a pan.
    assert all(r != "negative" for _, g, r in pages if g == "positive")


def test_the_clear_positives_read_positive(pages: list[tuple[str, str, str]]) -> None:
    # 5 of the 6 positive pages read positive (the sixth, a short children's film review, reads 59).
    assert sum(r == "positive" for _, g, r in pages if g == "positive") >= 4


@pytest.mark.xfail(reason="round 10b's blind spot: faults written without a listed word of blame", strict=False)
def test_mixed_pages_whose_faults_carry_no_word_of_blame_read_mixed(pages: list[tuple[str, str, str]]) -> None:
    # Today 6 of the 9 mixed pages read positive: their faults are plain description ("reiht die Stationen
    # ... aneinander"), a conceded intention ("Man möchte diesen Film wirklich mögen") or faint praise.
    assert sum(r == "mixed" for _, g, r in pages if g == "mixed") >= 7
