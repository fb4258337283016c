"""Merging on the development sets: German and English reviews of one film become one film.

The true grouping comes from the gold records (see benchmarks/bench_kb.py); nothing about the
films is written here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_kb import dev_rows, gold_groups, pairwise, resolve_dev


@pytest.fixture
def rows(shared: Path):
    return dev_rows(shared)


def test_with_gold_titles_as_hints_every_film_is_one_film(rows):
    truth = gold_groups(rows)
    predicted = resolve_dev(rows, with_gold_hints=True)
    scores = pairwise(truth, predicted)
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0
    assert len(set(predicted.values())) == len(set(truth.values()))


def test_from_the_reader_alone_merges_are_precise(rows):
    scores = pairwise(gold_groups(rows), resolve_dev(rows, with_gold_hints=False))
    assert scores["precision"] >= 0.95
    assert scores["recall"] >= 0.7
