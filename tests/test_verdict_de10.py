"""German verdict, round 10: the preregistered check (docs/preregistrations/verdict-de-round10.md).

The round's candidate (a one-sided critic's judgement weighing at least 0.4 against the trained model)
failed its ship rule on the check set and was reverted; what stays is the check itself: the round's
invented check pages ``tests/fixtures/verdict_de/critics10.jsonl`` read as prose only, the seed review's
mixed verdict, and the length ramp for short critics' texts. Every text here is invented; fictional films
and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.eval.gold import load_gold
from filmkritik.read import verdict
from filmkritik.train.critic_crosslingual import macro_f1
from reading_support import judging_items, seed_verdict
from seed_support import assert_seed_verdict
from verdict_support import prose_only_label

CRITICS10 = Path(__file__).resolve().parent / "fixtures" / "verdict_de" / "critics10.jsonl"


def test_the_round10_check_pages_read_as_measured() -> None:
    # Measured at the round's end (0.630 macro-F1, 15 of 24 right); the floor leaves room for other
    # rounds' changes but catches a German verdict that stops reading critics' prose.
    pages = load_gold(CRITICS10)
    gold = [p.verdict or "none" for p in pages]
    read = [prose_only_label(p.text) for p in pages]
    assert len(pages) == 24
    assert macro_f1(gold, read) >= 0.55
    # Every positive page reads positive or mixed, never negative.
    assert all(r != "negative" for g, r in zip(gold, read, strict=True) if g == "positive")


def _parts(text: str, code: str) -> tuple[float, float, bool]:
    return verdict.judgement_parts(text, code, judging_items(text, code))


def test_a_short_critics_text_keeps_the_length_ramp_whatever_its_judgement() -> None:
    # The rejected round-10 rule would have raised this to 0.4: praise only, 80 words.
    text = (
        "In „Die Fähre von Holmsund“ erzählt Regisseurin Britta Lamsfuß von einem Fährmann, der nach "
        "vierzig Jahren seinen letzten Dienst antritt. Seine Tochter fährt ein letztes Mal mit.\n\n"
        "Lamsfuß macht daraus einen wunderbar genauen, zärtlichen Film. Die Kamera findet großartige "
        "Bilder im grauen Licht der Schären, und Henning Sahl spielt den Fährmann mit einer stillen "
        "Würde, die berührt.\n\nEin kleines, kluges Meisterstück über das Aufhören. Unbedingt sehenswert."
    )
    lean, beta, critic = _parts(text, "de")
    assert critic and lean > 0.5
    assert beta == pytest.approx(verdict.judgement_weight("de", len(text.split())))


def test_the_seed_review_stays_mixed_with_its_aspects() -> None:
    assert_seed_verdict(seed_verdict())
