"""The critic-prose verdict head (round 8): measured, not shipped. What it reads and how its score behaves,
and that the reader does not use it. Texts are invented."""

from __future__ import annotations

import numpy as np
import pytest

from filmkritik.read import opinion, verdict
from filmkritik.train import critic_head
from reading_support import judging_items


def _items(text: str) -> list[opinion.Sentence]:
    return judging_items(text, "de")


REVIEW = (
    "Zwar ist die Kamera von Ida Sommer großartig, aber das Drehbuch ist langweilig. "
    "Immerhin ist die Ausstattung gelungen. "
    "Aus dieser Vorlage hätte ein großer Film werden können.\n\n"
    "Unterm Strich bleibt ein blasser Film.\n\nRegie: Ole Brink. 98 Minuten."
)


def test_judging_detail_marks_how_the_critic_built_the_verdict() -> None:
    """Each judging sentence says whether it concedes, sums up, or names a saving grace or missed chance,
    and agrees with what the critic lean reads."""
    items = _items(REVIEW)
    detail = verdict.judging_detail(items, "de")
    assert [(j.value, j.weight) for j in detail] == verdict.judging_sentences(items, "de")
    assert [j.conceded for j in detail] == [True, False, False, False]
    assert [j.turn for j in detail] == [False, True, True, False]
    assert [j.summing_up for j in detail] == [False, False, False, True]
    assert "Unterm Strich" in items[detail[-1].index].text


def test_features_follow_the_reader_reading() -> None:
    items = _items(REVIEW)
    detail = verdict.judging_detail(items, "de")
    features = dict(
        zip(
            critic_head.CRITIC_FEATURES,
            critic_head.critic_features(items, detail, 48.0, -0.4, 0.5, 46.0),
            strict=True,
        )
    )
    assert features["blended"] == pytest.approx(-0.4)
    assert features["summing_lean"] < 0 and features["last_judgement"] < 0
    assert features["turns"] > 0 and features["conceded"] > 0
    assert features["fault_mass"] > features["praise_mass"]


def test_the_head_score_puts_its_thresholds_on_the_band_edges_and_keeps_the_side_of_50() -> None:
    head = critic_head.CriticHead(np.zeros(1), np.ones(1), np.ones(1), (-1.0, 1.0), uses=(0,))
    assert head.score_of(-1.0) == pytest.approx(39.5)
    assert head.score_of(1.0) == pytest.approx(60.5)
    assert head.latent_of(head.score_of(0.3)) == pytest.approx(0.3)
    strong_pan = [-5.0] + [0.0] * (len(critic_head.CRITIC_FEATURES) - 1)
    score, confidence = head.read(strong_pan, value=55.0)  # the reader's blend says "positive side"
    assert score == 50.0 and 0.0 < confidence < 1.0
    score, _ = head.read(strong_pan, value=45.0)
    assert score < 39.5


def test_the_ordinal_fit_orders_the_classes() -> None:
    rng = np.random.default_rng(3)
    y = np.repeat([0, 1, 2], 30)
    x = (y[:, None] - 1.0) * 2.0 + rng.normal(size=(90, 1))
    fitted = critic_head.fit_ordinal(x, y, 1.0, ("blended",))
    head = fitted.head()
    low, mid, high = (head.score_of(head.latent([v] + [0.0] * 16)) for v in (-2.0, 0.0, 2.0))
    assert low < 39.5 < mid < 60.5 < high


def test_the_reader_ships_no_head() -> None:
    """The preregistered check failed: German critics' prose is still read through the critic bands (no head
    model of round 8, nor of round 13's text head; round 13's critic-page confidence map is not a head)."""
    from importlib import resources

    models = resources.files("filmkritik").joinpath("models")
    heads = [
        p.name
        for p in models.iterdir()
        if p.name.startswith("verdict-critic") and p.name != "verdict-critic-confidence.json"
    ]
    assert not heads


def test_the_reader_table_scores_each_round_and_the_pool() -> None:
    """``--reader``: the reader's own prose-only labels per blind round, pooled, and the hand-written pages."""

    def page(group: str, gold: str, score: int | None) -> critic_head.Page:
        return critic_head.Page("x", group, gold, None, 50.0, score, 0.0, 0.0, (39, 61))

    pages = [
        page("R1", "positive", 70),
        page("R1", "negative", 30),
        page("R2", "mixed", 70),
        page("R2", "negative", None),  # read as no review: wrong
        page("extra", "mixed", 50),
    ]
    table = critic_head.reader_table(pages)
    assert table["R1"] == {"n": 2, "macro_f1": pytest.approx(2 / 3, abs=0.001), "accuracy": 1.0}
    assert table["R2"]["accuracy"] == 0.0
    assert table["pooled"]["n"] == 4
    assert table["pooled"]["confusion"]["negative"] == {"negative": 1, "none": 1}
    assert table["hand-written"]["accuracy"] == 1.0
