"""The cross-lingual critic model (round 7b): measured, not used by the reader. What it reads and where
its shift would land. Texts are invented."""

from __future__ import annotations

import numpy as np
import pytest

from filmkritik import read_text
from filmkritik.train import critic_crosslingual as cross

CRITIC = (
    "Die Fischerin Jola Brandt verliert im Herbst ihr Boot. Ihr Bruder Tamme kehrt aus Hamburg zurück, "
    "und die beiden streiten über das Erbe ihres Vaters. Im Hafen erzählt man sich alte Geschichten.\n\n"
    "Regisseurin Wenke Olsdorf erzählt das mit ruhiger Hand, die Kamera fängt das graue Licht der Küste "
    "wunderbar ein. Leider bleiben die Dialoge hölzern, und das Drehbuch verliert in der Mitte jede "
    "Spannung. Die Nebenfiguren wirken blass, der Schluss ist vorhersehbar.\n\n"
    "Unterm Strich bleibt ein schön fotografiertes, aber langatmiges Drama, das zu wenig aus seinem "
    "Stoff macht. Man hätte sich mehr Mut gewünscht.\n\nRegie: Wenke Olsdorf. 104 Minuten."
)


def test_the_model_embeds_the_judging_sentences_not_the_plot() -> None:
    texts = cross.judging_texts(cross.items_of(CRITIC, "de"))
    assert any("hölzern" in t for t in texts)
    assert any(t.startswith("Unterm Strich") for t in texts)
    assert not any("verliert im Herbst ihr Boot" in t for t in texts)


def test_the_reader_does_not_use_the_cross_lingual_model() -> None:
    """Nothing shipped: the German reader's verdict is the round-7 reader's (a mixed, two-sided review)."""
    record = read_text(CRITIC)
    assert record.verdict is not None
    assert record.verdict.label in {"mixed", "negative"}
    assert record.verdict.inferred_score == record.verdict.score


@pytest.mark.slow
def test_a_shift_moves_german_critic_prose_only() -> None:
    """The measured shift lands on German critics' prose; English texts keep the reader's score."""
    rng = np.random.default_rng(7)
    model = cross.CrossModel(rng.normal(size=512).astype(np.float32), 0.0, 0.0, 0.01)
    german = cross.read_both(CRITIC, model, shift=3.0)
    assert german.shifted != german.now
    english = cross.read_both(
        "The film is a tedious, clumsy affair. The script is lazy and the acting wooden. "
        "Avoid it, unless you enjoy two hours of nothing in particular.",
        model,
        shift=3.0,
    )
    assert english.shifted == english.now


def test_the_measures_reward_the_right_order_and_labels() -> None:
    gold = ["negative", "mixed", "positive"]
    assert cross.pairwise_order(gold, [10, 50, 90]) == 1.0
    assert cross.pairwise_order(gold, [90, 50, 10]) == 0.0
    assert cross.macro_f1(gold, gold) == 1.0
    assert cross.macro_f1(gold, ["mixed", "mixed", "mixed"]) == pytest.approx(1 / 6)
