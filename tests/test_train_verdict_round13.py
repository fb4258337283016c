"""Round 13 (Pang & Lee, docs/preregistrations/verdict-round13-pl.md): the score maps compared cross-critic."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from filmkritik.train import verdict, verdict_en

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _critic(level: float, n: int = 3000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A fictional critic's ratings (0-1) and a model's scores of them (0-100), read ``level`` points high."""
    rng = np.random.default_rng(seed)
    ratings = rng.uniform(0, 1, n)
    return 100 * ratings + level + rng.normal(0, 3, n), ratings


def test_warp_puts_the_cut_offs_where_asked_and_keeps_the_order() -> None:
    scores = np.linspace(0, 100, 201)
    warped = verdict.warp(scores, 50.0, 80.0)
    assert verdict.three_classes(np.array([49.0, 51.0, 79.0, 81.0])).tolist() == [1, 1, 2, 2]
    assert verdict.three_classes(verdict.warp(np.array([49.0, 51.0, 79.0, 81.0]), 50.0, 80.0)).tolist() == [0, 1, 1, 2]
    assert np.all(np.diff(warped) > 0)
    assert warped[0] == 0.0 and warped[-1] == 100.0


def test_cut_offs_follow_a_critic_read_high() -> None:
    scores, ratings = _critic(level=10.0)
    low, high = verdict.level_robust_edges(scores, ratings, (0.0,))
    assert 47 <= low <= 53 and 77 <= high <= 83
    # read through the fitted cut-offs, this critic's classes come out right almost always
    right = verdict.three_classes(verdict.warp(scores, low, high)) == verdict.three_classes(100 * ratings)
    assert right.mean() > 0.9


def test_level_robust_cut_offs_stay_put_for_a_critic_read_at_his_level() -> None:
    scores, ratings = _critic(level=0.0)
    low, high = verdict.level_robust_edges(scores, ratings, verdict_en.LEVEL_SHIFTS)
    assert 36 <= low <= 44 and 66 <= high <= 74


def test_ordinal_edges_separate_the_three_classes() -> None:
    scores, ratings = _critic(level=0.0)
    low, high = verdict_en.ordinal_edges(scores, ratings)
    assert 35 <= low <= 45 and 65 <= high <= 75


def test_the_shipped_english_map_is_the_plain_quantile_map() -> None:
    # round 13 found no candidate that passed its rule: nothing warps the shipped model's score
    assert verdict.SETTINGS["en"]["level_shift"] == 0
    assert verdict.SETTINGS["de"]["level_shift"] == 0


@pytest.mark.slow
def test_round13_cross_critic_table_reproduces() -> None:
    if not (SHARED / "data" / "pang-lee").is_dir():
        pytest.skip("needs ../shared/data/pang-lee (the Pang & Lee TRAIN critics)")
    corpus = verdict_en.load_corpus(SHARED)
    base = verdict_en.round13_cross_critic(corpus, verdict_en.Candidate13("B0"))
    rob = verdict_en.round13_cross_critic(corpus, verdict_en.Candidate13("ROB", score_map="robust"))
    assert base.accuracy() == pytest.approx(0.6750, abs=0.002)
    assert rob.accuracy() == pytest.approx(0.6832, abs=0.002)
    assert rob.spearman() >= base.spearman() - 0.002
