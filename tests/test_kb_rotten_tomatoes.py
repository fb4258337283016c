"""Rotten Tomatoes snippets (TEST data, measured only): each film found with the right number of reviews.

The percent-positive error against the true Fresh share is measured by
``benchmarks/bench_kb.py rt`` and reported in the README (it measures the reader's verdicts, which
``read/short_text.py``'s short-text model gives snippets).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_kb import bench_rt


@pytest.mark.slow
def test_rotten_tomatoes_snippets_become_films_with_the_right_counts(shared: Path, tmp_path: Path):
    if not (shared / "data/rotten-tomatoes").is_dir():
        pytest.skip("../shared/data/rotten-tomatoes is not present")
    result = bench_rt(shared, tmp_path / "rt.json")
    assert result["films_in_kb"] == result["films_in_snippets"]
    assert result["films_found"] == result["films_with_5_or_more"]
    assert result["films_with_right_count"] == result["films_with_5_or_more"]
    assert result["readd_added"] == 0 and result["readd_unchanged"] == result["snippets"]
    assert result["percent_positive_mae"] is not None
    # Every snippet is matched to its stored review, and Fresh ones read clearly more positive.
    assert result["snippets_matched"] == result["snippets"]
    assert result["fresh_scoring_60"] > result["rotten_scoring_60"] + 0.25
    assert result["snippet_auc"] > 0.7
