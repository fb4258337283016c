"""Short texts (snippets, headlines) get their own calibration of the inferred score."""

from __future__ import annotations

import pytest

from filmkritik.kb.hints import ReviewHints
from filmkritik.kb.reading import read_for_kb
from filmkritik.read import short_text

# Fictional film, fictional critic's words.
RAVE = "Marlow Fenn's quiet harbour drama is a luminous, beautifully acted triumph."
PAN = "A tedious, lifeless slog that wastes a fine cast on a dull and clumsy script."


def test_the_shipped_maps_are_monotone() -> None:
    languages = short_text.table().get("languages", {})
    assert languages["en"]["buckets"], "English snippets need their own map"
    for maps in languages.values():
        for bucket in maps["buckets"]:
            assert bucket["raw"] == sorted(bucket["raw"])
            assert bucket["score"] == sorted(bucket["score"])


def test_a_language_without_a_map_passes_through() -> None:
    maps = short_text.table()["languages"]
    if maps.get("de", {}).get("buckets"):
        pytest.skip("a German map ships")
    assert short_text.calibrate(47, 0.61, "Ein rundum gelungener Film mit Herz.", "de") == (47, 0.61)


def test_the_map_keeps_the_order_of_scores() -> None:
    scores = [short_text.calibrate(s, 0.5, RAVE, "en")[0] for s in range(0, 101, 5)]
    assert scores == sorted(scores)
    assert scores[0] < 40 < 60 < scores[-1]


def test_whole_reviews_pass_unchanged() -> None:
    long_text = " ".join([RAVE] * 12)  # well over a hundred words
    assert short_text.calibrate(47, 0.61, long_text, "en") == (47, 0.61)


def test_the_calibration_fades_out_with_length_without_jumps() -> None:
    words = RAVE.split()
    previous = None
    for n in range(short_text.FADE_WORDS - 5, short_text.LONG_WORDS + 2):
        text = " ".join((words * 20)[:n])
        score = short_text.calibrate(50, 0.5, text, "en")[0]
        if previous is not None:
            assert abs(score - previous) <= 2
        previous = score


def test_missing_map_passes_scores_through() -> None:
    assert short_text.apply({}, 42.0, 12) == 42.0


def test_snippets_read_on_the_right_side() -> None:
    hints = ReviewHints(film="Harbour Lights")  # a snippet added with its film, as `filmkritik add` does
    rave, pan = read_for_kb(RAVE, hints).verdict, read_for_kb(PAN, hints).verdict
    assert rave is not None and pan is not None
    assert rave.score >= 60 and rave.label == "positive"
    assert pan.score < 40 and pan.label == "negative"


def test_refitting_rewrites_the_card_section_instead_of_adding_another() -> None:
    from filmkritik.train import snippets

    row = {"balanced_accuracy": 0.6, "share_positive": 0.4, "mae": 15.0}
    cv = {"chosen": "one map", "shipped": True, "_truth": {"share_positive": 0.4}}
    cv |= {name: row for name in ("uncalibrated", *snippets.CANDIDATE_EDGES)}
    table = {"date": "2026-01-01", "cv": {"en": cv}}
    card = "# Card\n\n## Limits\n- few\n"
    once = snippets.with_card_section(card, table)
    twice = snippets.with_card_section(once, table)
    assert twice == once
    assert once.count(snippets.CARD_HEADING) == 1 and "## Limits" in once
