"""Round 17 (docs/preregistrations/verdict-round17.md): each TRAIN source's boilerplate lines and every rating-legend
line out of the texts the English verdict artifacts learn from (``train/data.py``, ``CLEAN_BOILERPLATE``).

Small made-up corpora only (no ../shared needed): what counts as boilerplate or a legend, that the switch reaches the
lexicon, the English model and the cross-critic models of the confidence map, and that a held-out critic is still
read as published.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from filmkritik.train import confidence, data, lexicons
from filmkritik.train import verdict as trainer
from filmkritik.train.data import Example

LEGEND = (
    "**** = A must see film. *** = Excellent show. Look for it. ** = Average movie. * = Poor show. "
    "Don't waste your money. 0 = Totally unbearable."
)
FOOTER = "Opinions here are mine and nobody else's."


def critic(group: str, n: int, legend: bool = True) -> list[Example]:
    out = []
    for i in range(n):
        good = i % 2 == 0
        body = f"A {'superb' if good else 'tedious'} picture, number {i}.\nIt runs {90 + i} minutes."
        tail = f"\n{LEGEND}" if legend else ""
        out.append(Example(f"{body}\n{FOOTER}{tail}", 0.8 if good else 0.2, group, "en"))
    return out


def test_rating_legends_are_lines_with_two_rated_entries() -> None:
    assert data.is_rating_legend(LEGEND)
    assert data.is_rating_legend("10=a classic 9=borderline classic 8=excellent 7=good")
    assert data.is_rating_legend("* * * = pretty good, bring a friend. * * = a little creaky")
    assert data.is_rating_legend("A = superb, B+ = good")
    # One entry, arithmetic, a rating in prose: no legend.
    assert not data.is_rating_legend("*** = Excellent show. Look for it.")
    assert not data.is_rating_legend("x = 3 and y = 4, so the sum is 7")
    assert not data.is_rating_legend("I give it *** out of ****; the cast = fine, the script = weak.")


def test_a_source_loses_only_its_own_repeated_lines_and_legends() -> None:
    few = data.BOILERPLATE_TEXTS - 1
    examples = critic("A", 12) + critic("B", few, legend=False) + [Example(f"once\n{LEGEND}", 0.5, "C", "en")]
    cleaned = data.without_boilerplate(examples)
    assert [ex.group for ex in cleaned] == [ex.group for ex in examples]
    a = [ex.text for ex in cleaned if ex.group == "A"]
    assert all(FOOTER not in t and LEGEND not in t for t in a)
    assert all("picture" in t and "minutes" in t for t in a)
    # B repeats the footer in fewer than BOILERPLATE_TEXTS texts: it stays; C's single legend goes anyway.
    assert all(FOOTER in ex.text for ex in cleaned if ex.group == "B")
    assert [ex.text for ex in cleaned if ex.group == "C"] == ["once"]
    # Short lines never count as boilerplate.
    short = [Example(f"Great.\nreview {i}", 0.8, "D", "en") for i in range(20)]
    assert data.without_boilerplate(short) == short
    assert min(len(line) for lines in data.boilerplate_lines(examples).values() for line in lines) >= 20


def test_the_switch_is_what_training_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    examples = critic("A", 12)
    monkeypatch.setattr(data, "CLEAN_BOILERPLATE", False)
    assert data.for_training(examples) == examples
    monkeypatch.setattr(data, "CLEAN_BOILERPLATE", True)
    assert data.for_training(examples) == data.without_boilerplate(examples)


def test_the_shipped_setting() -> None:
    """Round 17's result (see the preregistration): off until the is-review detector, which reads the same English
    lexicon, is retrained with it in one checked round."""
    assert data.CLEAN_BOILERPLATE is False


class _Stop(Exception):
    pass


def _fake_data(monkeypatch: pytest.MonkeyPatch) -> None:
    reviews = {c: critic(c, 12) for c in (*data.TRAIN_CRITICS, *data.TEST_CRITICS)}
    monkeypatch.setattr(data, "scale_reviews", lambda _shared, c: list(reviews[c]))
    monkeypatch.setattr(data, "polarity_reviews", lambda _shared, _exclude: (critic("polarity", 12), 0))


@pytest.mark.parametrize("on", [False, True])
def test_the_lexicon_and_the_model_learn_from_cleaned_texts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, on: bool
) -> None:
    _fake_data(monkeypatch)
    monkeypatch.setattr(data, "CLEAN_BOILERPLATE", on)
    monkeypatch.setattr(lexicons, "german_lexicon", lambda _shared: {})
    monkeypatch.setattr(lexicons, "write_lexicon", lambda *_a, **_k: None)
    monkeypatch.setattr(trainer.sentiment, "clear_lexicon_caches", lambda: None)
    seen: dict[str, list[str]] = {}

    def learned(examples: list[Example]) -> dict[str, float]:
        seen["lexicon"] = [ex.text for ex in examples]
        return {}

    def fit(code: str, calibration: list[Example], extra: list[Example], **_k: object) -> None:
        seen["model"] = [ex.text for ex in [*calibration, *extra]]
        raise _Stop

    monkeypatch.setattr(lexicons, "learned_lexicon", learned)
    monkeypatch.setattr(trainer, "_fit_language", fit)
    with pytest.raises(_Stop):
        trainer.train_verdict(tmp_path, out=tmp_path, lexicon_dir=tmp_path)
    for texts in seen.values():
        assert len(texts) == 36
        assert any(LEGEND in t for t in texts) is not on
        assert any(FOOTER in t for t in texts) is not on


def test_the_confidence_models_learn_cleaned_and_read_the_held_out_critic_as_published(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_data(monkeypatch)
    monkeypatch.setattr(data, "CLEAN_BOILERPLATE", True)
    learned: list[str] = []

    class Model:
        def raw(self, texts: list[str]) -> np.ndarray:
            return np.full(len(texts), 0.5)

        def calibrate(self, raw: np.ndarray) -> np.ndarray:
            return 100 * raw

    def fit(code: str, calibration: list[Example], extra: list[Example], **_k: object) -> tuple[Model, None]:
        learned.extend(ex.text for ex in [*calibration, *extra])
        return Model(), None

    r = confidence.english_readings(Path("unused"), fit)
    assert learned and not any(LEGEND in t or FOOTER in t for t in learned)
    published = [len(ex.text.split()) for c in data.TRAIN_CRITICS for ex in critic(c, 12)]
    assert r.words.tolist() == published
