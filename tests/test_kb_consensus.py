"""Consensus per film: score, percent positive, spread, minimum counts, divisive, calibration, aspects."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.kb import KnowledgeBase, ReviewHints, Weights
from filmkritik.kb.consensus import NOT_ENOUGH, ScoredReview, aggregate, tally_aspects
from kb_support import record


def scores(*values: float) -> list[ScoredReview]:
    return [ScoredReview(v, critic_key=f"c{i}") for i, v in enumerate(values)]


def test_score_needs_four_reviews_and_percent_five():
    three = aggregate(scores(80, 70, 60))
    assert three["score"] is None and three["percent_positive"] is None and three["note"] == NOT_ENOUGH
    four = aggregate(scores(80, 70, 60, 50))
    assert four["score"] == 65.0 and four["percent_positive"] is None
    five = aggregate(scores(80, 70, 60, 50, 20))
    assert five["percent_positive"] == 60.0  # 60 counts as positive (3 of 5 stars)
    assert five["reviews"] == 5 and (five["positive"], five["mixed"], five["negative"]) == (3, 1, 1)


def test_spread_is_the_standard_deviation():
    assert aggregate(scores(40, 60, 40, 60))["spread"] == 10.0


def test_divisive_needs_a_large_spread_with_both_sides():
    assert aggregate(scores(90, 95, 15, 20, 85))["divisive"] is True
    assert aggregate(scores(62, 65, 70, 66, 64))["divisive"] is False
    assert aggregate(scores(90, 10))["divisive"] is None  # too few reviews to call it


def test_weights_change_the_weighted_mean(tmp_path: Path):
    url = str(tmp_path / "kb.db")
    with KnowledgeBase.open(url) as kb:
        for outlet, score in [("Leitblatt", 90), ("Wochenecho", 50), ("Abendpost", 50), ("Kurier Nord", 50)]:
            kb.add_record(record("Die Glocke von Arn", score=score), ReviewHints(outlet=outlet))
        film_id = kb.list_films()[0]["id"]
        assert kb.get_film(film_id)["aggregate"]["score"] == 60.0
    with KnowledgeBase.open(url, weights=Weights(outlets={"leitblatt": 3.0})) as kb:
        assert kb.get_film(film_id)["aggregate"]["score"] == 70.0  # (3*90 + 50 + 50 + 50) / 6


def test_aspect_tallies_carry_a_representative_quote():
    tallies = tally_aspects(
        [
            ("acting", "positive", "Das Spiel ist gut.", 60),
            ("acting", "positive", "Ein Ensemble, das jede Szene trägt.", 90),
            ("pacing", "negative", "Zäh im Mittelteil.", 40),
        ]
    )
    assert tallies["praise"] == [{"aspect": "acting", "count": 2, "quote": "Ein Ensemble, das jede Szene trägt."}]
    assert tallies["fault"][0]["aspect"] == "pacing"


def test_film_aggregate_from_stored_reviews(tmp_path: Path):
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        quotes = ["Die Kamera findet Bilder von großer Ruhe.", "Der Schnitt lässt die Geschichte atmen."]
        for n, value in enumerate([85, 75, 65, 55, 30]):
            kb.add_record(
                record("Das Lied der Fähre", score=value, aspects=(("visuals", "positive", quotes[n % 2]),)),
                ReviewHints(outlet=f"Blatt {n}"),
            )
        film = kb.get_film(kb.list_films()[0]["id"])
        agg = film["aggregate"]
        assert agg["reviews"] == 5 and agg["score"] == 62.0 and agg["percent_positive"] == 60.0
        assert agg["praise"][0]["aspect"] == "visuals" and agg["praise"][0]["count"] == 5
        assert agg["praise"][0]["quote"] in quotes
        listed = kb.list_films(sort="score")[0]
        assert (listed["score"], listed["percent_positive"], listed["reviews"]) == (62.0, 60.0, 5)


def test_calibrated_consensus_appears_beside_the_raw_once_a_critic_has_20_reviews(tmp_path: Path):
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        # A harsh critic: scores low everywhere; an average critic: the middle of the scale.
        for n in range(20):
            kb.add_record(
                record(f"Filmreihe {n}", score=30 + n % 5), ReviewHints(critic="Grete Streng", outlet="Ostblatt")
            )
            kb.add_record(
                record(f"Filmreihe {n}", score=60 + n % 5), ReviewHints(critic="Max Mild", outlet="Westblatt")
            )
        film = kb.find_films("Filmreihe 4")[0]
        agg = kb.get_film(film["id"])["aggregate"]
        assert agg["reviews"] == 2 and agg["spread"] == 15.0  # raw figures are untouched
        calibrated = agg["calibrated"]
        assert calibrated["normalised_reviews"] == 2
        assert calibrated["spread"] == pytest.approx(0.0, abs=0.5)  # both gave this film their top score


def test_calibration_waits_for_enough_reviews(tmp_path: Path):
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        for n in range(5):
            kb.add_record(record("Kurzer Abend", score=20 + 10 * n), ReviewHints(critic=f"Kritikerin {n}"))
        agg = kb.get_film(kb.list_films()[0]["id"])["aggregate"]
        assert agg["calibrated"]["normalised_reviews"] == 0
        assert agg["calibrated"]["score"] == agg["score"]
