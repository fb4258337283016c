"""Verdict round 24 (docs/preregistrations/verdict-round24.md): negated words as a block of the English model.
Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from filmkritik.read import negation_scope, sentiment, verdict
from filmkritik.read.negation_scope import NegationModel, negated_words

PAN = (
    "Odile Marchetti's The Lantern Keepers has fine moments. The jokes aren't always funny, and the plot doesn't "
    "move much, but the cast is likable and the harbour looks good."
)


def test_scope_runs_to_the_clause_break() -> None:
    assert negated_words("it isn't funny, and the rest is fine.") == ["funny"]


def test_scope_is_at_most_six_words() -> None:
    words = negated_words("she never once looks at the camera or the other actors in the room")
    assert words == ["once", "looks", "at", "the", "camera", "or"]


def test_a_negator_in_a_scope_starts_its_own() -> None:
    assert negated_words("nothing works without her warmth") == ["works", "her", "warmth"]


def test_contractions_with_either_apostrophe_negate() -> None:
    assert negated_words("the score doesn’t help") == ["help"]
    assert negated_words("the score can't help") == ["help"]


def test_no_negator_no_words() -> None:
    assert negated_words("a warm, funny film about two sisters in Tromsø.") == []
    assert negated_words("no-one in the village trusts the new baker") == []


def test_negator_inside_a_word_is_not_one() -> None:
    assert negated_words("a notable debut and a nothingness theme") == []


def test_columns_are_in_the_block() -> None:
    cols = negation_scope.columns(["funny", "clever", "funny"])
    assert cols.dtype == np.int32
    assert cols[0] == cols[2]
    assert ((cols >= 0) & (cols < negation_scope.N_COLUMNS)).all()


def test_switch_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(negation_scope.SWITCH, raising=False)
    assert not negation_scope.ON
    assert negation_scope.languages() == frozenset()
    assert negation_scope.model_score(PAN, "en", None, None) is None


def test_switch_reads_english_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(negation_scope.SWITCH, "de, en")
    assert negation_scope.languages() == frozenset({"en"})
    assert negation_scope.model_score("Der Film ist nicht gut.", "de", None, None) is None


def _zero_block(scale: float = 0.5) -> NegationModel:
    n = negation_scope.N_COLUMNS
    return NegationModel(sentiment.model("en"), np.ones(n, np.float32), np.zeros(n, np.float32), scale)


def test_a_zero_block_scores_as_the_shipped_model() -> None:
    shipped = sentiment.model("en").score(PAN)[0]
    assert _zero_block().score(PAN) == pytest.approx(shipped, abs=1e-9)


def test_a_negative_weight_on_a_negated_word_lowers_the_score() -> None:
    model = _zero_block(1.0)
    col = int(negation_scope.columns(["funny"])[0])
    model.coef[col] = -0.5
    assert model.score(PAN) < sentiment.model("en").score(PAN)[0]


def test_saved_model_loads_with_its_block(tmp_path: Path) -> None:
    shipped = sentiment.model("en")
    path = tmp_path / "cand.npz"
    coef = np.zeros(negation_scope.N_COLUMNS, np.float16)
    coef[int(negation_scope.columns(["funny"])[0])] = -0.25
    shipped.save(path, neg_idf=np.ones(len(coef), np.float16), neg_coef=coef, neg_scale=np.array([0.5]))
    loaded = negation_scope.load(path)
    assert loaded.scale == 0.5
    assert loaded.coef.min() == pytest.approx(-0.25)
    assert loaded.score(PAN) < shipped.score(PAN)[0]


def test_reader_uses_the_candidate_only_with_the_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = sentiment.model("en")
    path = tmp_path / "cand.npz"
    coef = np.full(negation_scope.N_COLUMNS, -0.5, np.float16)
    shipped.save(path, neg_idf=np.ones(len(coef), np.float16), neg_coef=coef, neg_scale=np.array([1.0]))
    monkeypatch.delenv(negation_scope.SWITCH, raising=False)
    off = verdict.infer_score(PAN, "en")
    monkeypatch.setenv(negation_scope.MODEL_SWITCH, str(path))
    monkeypatch.setenv(negation_scope.SWITCH, "en")
    on = verdict.infer_score(PAN, "en")
    assert on[0] < off[0]
    monkeypatch.setenv(negation_scope.SWITCH, "")
    assert verdict.infer_score(PAN, "en") == off


def test_without_an_installed_model_the_reader_keeps_the_shipped_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(negation_scope.MODEL_SWITCH, raising=False)
    monkeypatch.setenv(negation_scope.SWITCH, "en")
    if negation_scope.model() is None:
        assert negation_scope.model_score(PAN, "en", None, None) is None
