"""Round 14 (Pang & Lee helper, docs/preregistrations/verdict-round14-pl.md): the ensembles are one linear model
over the reader's features, the shipped settings fit exactly the plain ridge, and the midpoint confidence map
is the knot-by-knot average of its two curves. Synthetic data only; the measurement needs ../shared."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.linear_model import Ridge

from filmkritik.train import confidence, verdict


def _data(n: int = 240, ngrams: int = 40) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(14)
    words = sp.random(n, ngrams, density=0.2, random_state=rng, format="csr", dtype=np.float64)
    dense = rng.normal(0, 0.3, (n, 6))
    truth = np.zeros(ngrams)
    truth[:5], truth[5:10] = 1.5, -1.5
    y = np.clip(0.5 + 0.2 * (words @ truth) + 0.05 * dense[:, 0] + rng.normal(0, 0.05, n), 0, 1)
    return sp.hstack([words, sp.csr_matrix(dense)], format="csr"), y, np.ones(n)


def test_the_shipped_settings_fit_the_plain_ridge() -> None:
    x, y, w = _data()
    coef, b = verdict._fit(x, y, w, 0.3, 0.0, 0.0, 0.0, 40)
    plain = Ridge(alpha=0.3, random_state=verdict.SEED).fit(x, y, sample_weight=w)
    assert np.array_equal(coef, plain.coef_.astype(np.float32))
    assert b == float(plain.intercept_)
    assert verdict.SETTINGS["en"]["nb"] == 0 and verdict.SETTINGS["en"]["ordinal"] == 0  # not shipped


def test_the_english_confidence_is_the_midpoint_map_and_german_the_cross_fold_one() -> None:
    assert verdict.CONFIDENCE_POOLED == {"en": 0.5}  # round 14's CFM (shipped); German has no such mix


def test_an_ensemble_is_one_linear_model_averaging_its_members() -> None:
    x, y, w = _data()
    ridge = Ridge(alpha=0.3, random_state=verdict.SEED).fit(x, y, sample_weight=w)
    coef, b = verdict._fit(x, y, w, 0.3, 0.0, 0.5, 0.0, 40)
    scales = verdict.nb_scales(x, y, 40)
    nb = Ridge(alpha=0.3, random_state=verdict.SEED).fit(x @ sp.diags(scales), y, sample_weight=w)
    expected = 0.5 * ridge.predict(x) + 0.5 * nb.predict(x @ sp.diags(scales))
    assert np.asarray(x @ coef + b) == pytest.approx(expected, abs=1e-4)


def test_nb_scales_weigh_the_words_that_split_the_class_ends() -> None:
    x, y, _ = _data()
    scales = verdict.nb_scales(x, y, 40)
    assert scales[40:].tolist() == [1.0] * 6  # lexicon columns untouched
    used = np.asarray((x[:, :40] != 0).sum(axis=0)).ravel() > 0
    assert scales[:40][used].mean() == pytest.approx(1.0)
    assert scales[:10].mean() > scales[10:40].mean()  # the words that carry the rating


def test_the_ordinal_index_sits_on_the_ridge_scale() -> None:
    x, y, w = _data()
    ridge = Ridge(alpha=0.3, random_state=verdict.SEED).fit(x, y, sample_weight=w).predict(x)
    coef, b = verdict.ordinal_index(x, y, w, ridge)
    index = np.asarray(x @ coef + b)
    assert index.mean() == pytest.approx(ridge.mean(), abs=1e-6)
    assert index.std() == pytest.approx(ridge.std(), rel=1e-6)
    assert np.corrcoef(index, ridge)[0, 1] > 0.8


def _readings(model: np.ndarray, target: np.ndarray) -> confidence.Readings:
    n = len(model)
    group = np.array(["Dennis+Schwartz"] * (n // 2) + ["Steve+Rhodes"] * (n - n // 2))
    return confidence.Readings("en", model, np.zeros(n), np.zeros(n), np.full(n, 700), target, group)


def test_the_midpoint_map_averages_the_two_curves() -> None:
    rng = np.random.default_rng(5)
    target = rng.uniform(0, 1, 600)
    cross = _readings(np.clip(100 * target + rng.normal(0, 25, 600), 0, 100), target)
    pooled = verdict.english_pooled_readings(cross, np.clip(100 * target + rng.normal(0, 10, 600), 0, 100))
    spec = confidence.Spec()
    a = np.array(confidence.fit_map(cross, spec)["confidence"][0])  # type: ignore[index]
    b = np.array(confidence.fit_map(pooled, spec)["confidence"][0])  # type: ignore[index]
    mixed = np.array(verdict.mixed_map(cross, pooled, spec, 0.5)["confidence"][0])  # type: ignore[index]
    assert mixed == pytest.approx((a + b) / 2, abs=1e-4)
    assert np.all(np.diff(mixed) >= 0)
    assert b.mean() > a.mean()  # the closer readings are right more often: the mix sits above the cross map
    held = verdict.mixed_cross_fitted(cross, pooled, spec, 0.5)
    assert held.shape == (600,) and np.all((held >= 0.34) & (held <= 0.99))


def test_pooled_readings_must_cover_the_same_reviews() -> None:
    cross = _readings(np.full(10, 50.0), np.full(10, 0.5))
    with pytest.raises(ValueError):
        verdict.english_pooled_readings(cross, np.zeros(9))
