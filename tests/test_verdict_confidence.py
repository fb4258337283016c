"""The reader's label confidence: fitted on the reader's own out-of-fold score (model and judgement
lean), it changes no score or label, and a fitted map reads as a probability.

The reviews here are written for these tests (fictional films and people).
"""

from __future__ import annotations

import numpy as np
import pytest

from filmkritik.read import opinion, sentiment, verdict
from filmkritik.train import confidence
from reading_support import judging_items as _items

ENGLISH_HEDGED = """The Tin Lantern

The Tin Lantern, directed by Mara Quill, follows a night watchman (Owen Brandt) through one long winter
in a seaside town that has forgotten him.

Brandt gives a warm, careful performance, and some of the harbour scenes are lovely. But the script is
thin and predictable, the middle hour drags, and the score is heavy-handed where it should be quiet.
The supporting cast is fine, if underused. The ending is touching, though it arrives too late.

A decent, uneven film: well acted and handsomely shot, but too slow and too familiar to linger. """

GERMAN_CRITIC = """Der Glasgarten

Im Glasgarten erzählt Regisseurin Hanna Voss von einer Gärtnerin (Lea Brandt), die nach dem Tod ihres
Bruders dessen Gewächshaus übernimmt.

Lea Brandt spielt großartig, die Bilder sind wunderschön, und die Musik ist zurückhaltend und bewegend.
Das Drehbuch ist klug gebaut und überrascht bis zuletzt. Ein berührender, rundum gelungener Film. """


def _read(text: str, code: str) -> tuple[int, float]:
    items = _items(text, code)
    return verdict.infer_score(text, code, items, opinion.lexicon_features(items, text))


def test_the_shipped_maps_load_for_both_languages() -> None:
    maps = verdict.confidence_maps()
    assert set(maps) >= {"en", "de"}
    for found in maps.values():
        for curve in found.curves:
            assert np.all(np.diff(curve) >= 0), "more distance from a band edge never lowers the confidence"


@pytest.mark.parametrize(("text", "code"), [(ENGLISH_HEDGED, "en"), (GERMAN_CRITIC, "de")])
def test_scores_do_not_depend_on_the_confidence_map(monkeypatch: pytest.MonkeyPatch, text: str, code: str) -> None:
    with_map = _read(text, code)
    monkeypatch.setattr(verdict, "confidence_maps", dict)  # no reader map: the model's own map stands in
    without = _read(text, code)
    assert with_map[0] == without[0]
    assert 0.0 < without[1] <= 1.0


def test_reader_confidence_is_read_off_the_reader_score_not_the_model_alone() -> None:
    text = ENGLISH_HEDGED
    items = _items(text, "en")
    lean, beta = verdict.judgement(text, "en", items)
    model = sentiment.model("en")
    model_score = model.score(text, opinion.lexicon_features(items, text))[0]
    value = verdict.blend(model_score, lean, beta)
    expected = verdict.confidence_maps()["en"](value, lean, beta, len(text.split()), model_score)
    assert _read(text, "en")[1] == pytest.approx(expected)


def test_a_mixed_english_label_is_never_sure() -> None:
    # Halfway between the band edges a mixed score is as far from an edge as it can be, and critics'
    # mixed reviews are the hardest to place: the map says so.
    found = verdict.confidence_maps()["en"]
    assert found(50.0, 0.0, 0.3, 500, 50.0) < 0.8
    assert found(95.0, 0.9, 0.3, 500, 95.0) > found(50.0, 0.0, 0.3, 500, 50.0)


def test_two_class_german_confidence_is_at_least_a_coin_flip() -> None:
    found = verdict.confidence_maps()["de"]
    assert min(found(v, 0.0, 0.0, 100, v) for v in np.linspace(0, 100, 101)) >= 0.5


def test_a_fitted_map_reads_as_a_probability() -> None:
    # Readings whose label is right with a known probability that grows with the distance from the edge.
    rng = np.random.default_rng(3)

    def readings(n: int) -> confidence.Readings:
        model = rng.uniform(0, 100, n)
        truth = 0.55 + 0.4 * np.minimum(1.0, np.abs(model - 49.5) / 30)
        right = rng.random(n) < truth
        positive = (np.round(model) >= 50) == right
        return confidence.Readings(
            "de", model, np.zeros(n), np.zeros(n), np.full(n, 80), positive.astype(float), np.zeros(n, dtype=str)
        )

    table = confidence.fit_map(readings(6000), confidence.Spec())
    fresh = readings(6000)
    conf = confidence.apply_map(table, fresh)
    assert confidence.ece(conf, fresh.right) < 0.03
    assert confidence.brier(conf, fresh.right) < confidence.brier(np.full(len(conf), 0.99), fresh.right)
