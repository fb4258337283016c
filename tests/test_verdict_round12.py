"""Verdict round 12: the critic head (measured, not shipped) and its measuring code.

The head (``train/verdict_head.py``) was checked once on sealed critic pages and changed nothing
measurable, so the reader does not use it; these tests keep the measuring code honest: it replays the
shipped reader exactly, and the head moves a score only across the negative edge.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import filmkritik
from filmkritik.train import verdict_head

ROOT = Path(__file__).resolve().parents[1]

# Invented film and people.
PAN = (
    "Harbour Lights\n\n"
    "Nobody in Corwin Vale's new drama ever says a sentence a person would say. The story of two sisters "
    "who inherit a failing ferry company moves from one tidy crisis to the next, and every crisis is "
    "solved by a speech. Mara Ellison does what she can as the elder sister, but the script gives her "
    "nothing to play except worry. The harbour looks lovely in the grey morning light, and the score "
    "swells on cue whenever the film fears we might feel nothing. At almost two hours the whole thing "
    "is tedious, predictable and oddly airless, a film that mistakes sincerity for depth. By the time "
    "the ferry sails again, I had stopped caring whether it would sink."
)


def _head(negative_index: float) -> verdict_head.CriticHead:
    """A head whose index is ``negative_index`` times the first part's standard score."""
    return verdict_head.CriticHead.from_dict(
        {"mean": [50, 0, 50], "scale": [10, 1, 10], "weights": [negative_index, 0, 0], "thresholds": [-1.0, 1.0]}
    )


def test_the_measuring_code_replays_the_shipped_reader() -> None:
    score, confidence, parts, words = verdict_head.reading(PAN)
    record = filmkritik.read_text(PAN)
    assert record.verdict is not None
    assert score == record.verdict.score
    assert confidence == pytest.approx(record.verdict.confidence, abs=0.006)
    assert parts is not None and 0 <= parts[0] <= 100 and -1 <= parts[1] <= 1
    assert words == len(PAN.split())


def test_a_head_moves_a_score_only_across_the_negative_edge() -> None:
    low = (20.0, 0.0, 20.0)  # standard score -3: the head reads negative
    high = (80.0, 0.0, 80.0)  # +3: not negative
    head = _head(1.0)
    assert head.decide(52, 0.6, low)[0] == 39
    assert head.decide(30, 0.6, low) == (30, 0.6)
    assert head.decide(30, 0.6, high)[0] == 40
    assert head.decide(55, 0.6, high) == (55, 0.6)
    assert head.decide(75, 0.8, high) == (75, 0.8)
    _, confidence = head.decide(52, 0.6, low)
    negative, _, _ = head.probabilities(low)
    assert confidence == pytest.approx(negative, abs=1e-4) and confidence > 0.5


def test_the_ordinal_fit_orders_the_classes() -> None:
    rng = np.random.default_rng(12)
    y = np.repeat([0, 1, 2], 40)
    x = np.column_stack([30 + 20 * y + rng.normal(0, 8, y.size), rng.normal(0, 1, y.size), rng.normal(50, 10, y.size)])
    table = verdict_head.fit(x, y)
    low, high = table["thresholds"]
    assert table["weights"][0] > 1.0 and low < high
    head = verdict_head.head_from(table)
    assert head.probabilities((20.0, 0.0, 50.0))[0] > 0.8
    assert head.probabilities((80.0, 0.0, 50.0))[2] > 0.8


@pytest.mark.slow
def test_the_round12_measurement_reproduces() -> None:
    """Leave-one-round-out on the owned English pages: the head 0.601 against the bands' 0.533."""
    paths = [ROOT / p for p in verdict_head.PAGES["en"]]
    if not all(p.is_file() for p in paths):
        pytest.skip("the English blind-round fixtures are not all present")
    found = verdict_head.leave_one_round_out(verdict_head.read_pages(paths))
    assert found["head_macro_f1"] >= found["bands_macro_f1"] + 0.03
