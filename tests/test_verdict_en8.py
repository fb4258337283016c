"""English verdict round 8 (``train/verdict_en.py``): the candidates' pieces behave as preregistered.
Texts are invented; the measurement itself needs ../shared and runs as a module."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from filmkritik.train import verdict_en as en8

REVIEW = (
    "Tova Marsh plays a lighthouse keeper who finds a stranger on the rocks. Her brother arrives from the "
    "city, and the two argue about selling the island. A storm cuts the ferry for a week.\n\n"
    "Director Ilan Pereira shoots the coast beautifully, and Marsh gives a superb, understated performance. "
    "The script, though, is clumsy and the middle hour drags badly.\n\n"
    "In the end this is a gorgeous but tedious film, too long by half and rarely as moving as it wants to be."
)


def _corpus(target: np.ndarray, lean: np.ndarray, beta: np.ndarray) -> en8.Corpus:
    n = len(target)
    empty = sp.csr_matrix((n, 4))
    return en8.Corpus(
        counts=empty,
        closing_counts=empty,
        dense=np.zeros((n, 6), dtype=np.float32),
        lean=lean,
        beta=beta,
        target=target,
        weight=np.ones(n),
        group=np.array(["Dennis+Schwartz"] * n),
        keys=[str(i) for i in range(n)],
        polarity_without={},
    )


def test_the_threshold_map_puts_the_fitted_cuts_on_the_class_edges() -> None:
    scores = np.array([0.0, 45.0, 60.0, 72.0, 100.0])
    mapped = en8.threshold_map(scores, 45.0, 72.0)
    assert mapped.tolist() == pytest.approx([0.0, 40.0, 40 + 30 * 15 / 27, 70.0, 100.0])
    assert np.all(np.diff(en8.threshold_map(np.linspace(0, 100, 101), 45.0, 72.0)) > 0)  # order kept


def test_three_classes_use_the_dataset_cut_offs_on_rounded_scores() -> None:
    assert en8.three_class(np.array([40.4, 40.6, 69.4, 69.6])).tolist() == [0, 1, 1, 2]


def test_thresholds_are_found_where_a_critic_draws_them() -> None:
    """A critic whose model scores run 8 points high against his ratings: the fitted cuts sit 8 points up."""
    rng = np.random.default_rng(3)
    rating = rng.uniform(0.05, 0.95, 3000)
    model = np.clip(100 * rating + 8 + rng.normal(0, 2, len(rating)), 0, 100)
    corpus = _corpus(rating, np.zeros(len(rating)), np.zeros(len(rating)))
    a, b = en8.fit_thresholds(model, corpus, np.arange(len(rating)))
    assert abs(a - 48) <= 2 and abs(b - 78) <= 2
    fitted = en8.right(en8.threshold_map(model, a, b), corpus, np.arange(len(rating))).mean()
    assert fitted > en8.right(model, corpus, np.arange(len(rating))).mean() + 0.1


def test_the_blend_is_the_readers() -> None:
    from filmkritik.read import verdict

    corpus = _corpus(np.array([0.5, 0.5]), np.array([0.4, -0.8]), np.array([0.3, 0.15]))
    mixed = en8.blend(np.array([62.0, 55.0]), corpus, np.arange(2))
    assert mixed.tolist() == [verdict.blend(62.0, 0.4, 0.3), verdict.blend(55.0, -0.8, 0.15)]


def test_mcnemar_counts_only_the_readings_that_differ() -> None:
    base = en8.Reading({"a": np.array([True, True, False, False, True])}, {"a": 0.5})
    better = en8.Reading({"a": np.array([True, True, True, True, False])}, {"a": 0.6})
    win, lose, p = en8.mcnemar(better, base)
    assert (win, lose) == (2, 1)
    assert 0.4 < p < 0.6


def test_e5_reads_the_closing_judgement_and_the_judging_sentences_not_the_plot() -> None:
    parts = en8.e5_parts(REVIEW)
    assert parts[0].startswith("In the end this is a gorgeous but tedious film")
    assert any("superb" in p or "clumsy" in p for p in parts[1:])
    assert not any("ferry" in p for p in parts[1:])


def test_the_reader_has_no_accurate_mode() -> None:
    """Candidate E was measured once on TEST, read worse than the default and is not shipped."""
    from importlib import resources

    assert not resources.files("filmkritik").joinpath("models", en8.ACCURATE_FILE).is_file()
