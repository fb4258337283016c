"""English verdict round 10 (``train/verdict_en.py``): the candidate combination of model and judgement lean
(measured, not shipped) behaves as preregistered, and the new check set reads as the shipped reader reads it.
Texts are invented; the TRAIN measurement itself needs ../shared and runs as a module."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from filmkritik.ingest import load_text
from filmkritik.model import Source
from filmkritik.read import opinion, pipeline, segment, sentiment
from filmkritik.train import verdict_en
from jsonl_support import jsonl_rows

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "verdict_en" / "critics10.jsonl"

PLOT_AND_PAN = (
    "A retired ferryman named Osric Vell spends one winter mending a boat that will never sail again. His "
    "grandson visits at weekends, and a storm floods the harbour in the second half.\n\n"
    "The script is clumsy, the pacing is sluggish and the performances are wooden. It is a dull, tedious film."
)
PLOT_ONLY = (
    "A retired ferryman named Osric Vell spends one winter mending a boat that will never sail again. His "
    "grandson visits at weekends, and a storm floods the harbour in the second half."
)


def _items(text: str) -> list[opinion.Sentence]:
    return opinion.sentences(text, segment.sentences(text, frozenset()), segment.paragraphs(text), "en")


def _candidate() -> verdict_en.Combination:
    # The lean's reading of the TRAIN critics: a pan's typical lean (about -0.05) reads in the 30s.
    lean = np.linspace(-0.6, 0.9, 200)
    target = np.clip(0.45 + 0.4 * lean, 0.0, 1.0)
    knots, scores = verdict_en.lean_map(lean, target)
    return verdict_en.Combination(0.5, np.array([0.0, 1.0]), np.array([0.0, 100.0]), knots, scores)


def test_the_lean_map_is_monotone_and_reads_a_pans_lean_below_the_middle() -> None:
    rng = np.random.default_rng(0)
    lean = np.concatenate([rng.normal(-0.05, 0.2, 300), rng.normal(0.27, 0.2, 300), rng.normal(0.55, 0.2, 300)])
    target = np.concatenate([np.full(300, 0.25), np.full(300, 0.55), np.full(300, 0.8)])
    knots, scores = verdict_en.lean_map(lean, target)
    assert np.all(np.diff(knots) > 0) and np.all(np.diff(scores) >= 0)
    assert float(np.interp(-0.05, knots, scores)) < 40  # "50 + 45 * lean" read it as 48
    assert float(np.interp(0.55, knots, scores)) >= 70


def test_the_candidate_does_not_move_a_text_without_judgement() -> None:
    combination = _candidate()
    plot = _items(PLOT_ONLY)
    assert not verdict_en.judges(plot)
    assert combination.blend(55.0, 0.0, 0.3, plot) == 55.0
    pan = _items(PLOT_AND_PAN)
    assert verdict_en.judges(pan)
    assert combination.blend(55.0, -0.5, 0.3, pan) < 55.0


def test_the_10b_positive_edge_leaves_the_pang_lee_classes_and_rankings_alone() -> None:
    edge = verdict_en.Combination.from_dict({**_candidate().to_dict(), "edge": 56.0})
    values = np.linspace(0.0, 100.0, 2001)
    shown = np.array([edge.shown(v) for v in values])
    assert np.all(np.diff(shown) >= 0)  # every ranking kept
    assert edge.shown(56.0) == 61.0  # a score of 56 now shows as the record's positive edge
    outside = (values <= 40.5) | (values >= 69.5)
    assert np.array_equal(shown[outside], values[outside])  # the 40 / 70 cut-offs see the same scores
    assert _candidate().shown(56.0) == 56.0  # no edge: nothing moves


def test_the_opinion_text_leaves_the_plot_out() -> None:
    text = verdict_en.opinion_text(_items(PLOT_AND_PAN))
    assert "tedious" in text and "grandson" not in text


def test_the_candidate_round_trips_through_its_json() -> None:
    combination = _candidate()
    again = verdict_en.Combination.from_dict(json.loads(json.dumps(combination.to_dict())))
    assert again.opinion_mix == combination.opinion_mix
    assert np.allclose(again.lean_knots, combination.lean_knots, atol=1e-5)
    assert abs(again.lean_score(0.2) - combination.lean_score(0.2)) < 1e-3


#: A cheerful story and a pan: the plot's words (a wedding, joy, love) are the story's, not the critic's.
HAPPY_PLOT_PAN = (
    "Two sisters plan a joyful summer wedding in their grandmother's beautiful garden. Friends arrive from "
    "everywhere, old loves are rekindled, and the whole village dances with delight until dawn.\n\n"
    "The film itself is dull and clumsy, its jokes fall flat and the acting is wooden."
)


def test_the_candidate_reads_the_opinion_sentences_a_second_time() -> None:
    model = sentiment.model("en")

    def scores(text: str) -> tuple[float, float]:
        items = _items(text)
        dense = opinion.lexicon_features(items, text)
        knots = (model.raw_knots, model.score_knots, np.array([-1.0, 1.0]), np.array([5.0, 95.0]))
        alone = verdict_en.Combination(0.0, *knots).model_score(model, text, items, dense)
        assert abs(alone - model.score(text, dense)[0]) < 1e-6  # no mix: the model's own score
        return alone, verdict_en.Combination(0.5, *knots).model_score(model, text, items, dense)

    alone, mixed = scores(HAPPY_PLOT_PAN)
    assert abs(mixed - alone) > 0.5  # the plot is read once, the opinion twice
    opinions = verdict_en.opinion_text(_items(HAPPY_PLOT_PAN))
    alone, mixed = scores(opinions)
    assert abs(mixed - alone) < 1.0  # nothing but opinion: (almost) nothing to reweigh


CHECK_SETS = {"critics10.jsonl": 15, "critics10b.jsonl": 13}  # fewest right allowed (16 and 14 of 24 at round 10)


@pytest.mark.parametrize("name", sorted(CHECK_SETS))
def test_the_round10_check_sets_are_written_for_the_whole_review_reader(name: str) -> None:
    pages = jsonl_rows(FIXTURE.parent / name)
    verdicts = [p["gold"]["verdict"] for p in pages]  # type: ignore[index]
    assert len(pages) == 24 and all(verdicts.count(v) == 8 for v in ("negative", "mixed", "positive"))
    assert all(120 <= len(str(p["text"]).split()) <= 400 for p in pages)  # beyond the short-text model's reach


@pytest.mark.parametrize("name", sorted(CHECK_SETS))
def test_the_reader_gets_most_of_the_round10_check_sets_right(name: str) -> None:
    right = 0
    for page in jsonl_rows(FIXTURE.parent / name):
        verdict = pipeline.analyse(load_text(str(page["text"]), Source(kind="text"))).record.verdict
        right += verdict is not None and verdict.label == page["gold"]["verdict"]  # type: ignore[index]
    assert right >= CHECK_SETS[name]
