"""Verdict round 13: the critic text head (measured, not shipped) and the critic-page confidence (switchable, off).

The head (``read/critic_text.py``, trained by ``train/critic_text.py``) failed its preregistered rule
(``docs/preregistrations/verdict-round13.md``), so no head model ships and both critic settings are off by
default; these tests keep the switches, the read-time arithmetic and the fitting code honest.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import filmkritik
from filmkritik.read import critic_text, verdict
from filmkritik.train import critic_text as trainer

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# Invented film and people.
GERMAN_PAGE = (
    "Der lange Sommer von Wendhausen\n\n"
    "Ein leiser Film über eine Familie, die ihren Hof aufgeben muss.\n\n"
    "Jorinde Maaskamp erzählt in ihrem zweiten Spielfilm von drei Geschwistern, die nach dem Tod des Vaters "
    "entscheiden müssen, was aus dem Hof in der Heide werden soll. Die älteste Schwester will verkaufen, der "
    "Bruder will bleiben, die Jüngste hat die Familie vor Jahren verlassen und kehrt nur für die Beerdigung "
    "zurück. Was folgt, ist ein Sommer voller Gespräche in der Küche, auf dem Feld und am Grab.\n\n"
    "Maaskamp inszeniert das mit großer Ruhe und einem feinen Gespür für ihre Figuren. Die Kamera von Ole "
    "Brinkhaus findet stimmungsvolle Bilder, ohne je ins Postkartenhafte zu kippen, und Hella Wiegand spielt die "
    "älteste Schwester mit einer wunderbar trockenen Strenge. Nur das Drehbuch verliert im letzten Drittel etwas "
    "an Spannung.\n\n"
    "Unterm Strich ist „Der lange Sommer von Wendhausen“ ein berührender, kluger Film, den man sich nicht "
    "entgehen lassen sollte."
)


def test_the_head_is_off_and_the_german_confidence_map_on_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(verdict.HEAD_SWITCH, raising=False)
    monkeypatch.delenv(verdict.CONFIDENCE_SWITCH, raising=False)
    assert not verdict.CRITIC_HEAD
    # The map passed its preregistered check on the sealed critics13 pages in German only.
    assert verdict.switched_on(verdict.CONFIDENCE_SWITCH, verdict.CRITIC_CONFIDENCE) == {"de"}
    assert verdict.switched_on(verdict.HEAD_SWITCH, verdict.CRITIC_HEAD) == frozenset()
    monkeypatch.setenv(verdict.HEAD_SWITCH, "de, en")
    assert verdict.switched_on(verdict.HEAD_SWITCH, verdict.CRITIC_HEAD) == {"de", "en"}
    monkeypatch.setenv(verdict.HEAD_SWITCH, "")
    assert verdict.switched_on(verdict.HEAD_SWITCH, frozenset({"de"})) == frozenset()


def test_no_head_ships_because_it_failed_its_rule() -> None:
    assert critic_text.shipped("de") is None
    assert critic_text.shipped("en") is None


def test_the_head_switched_on_without_a_model_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(verdict.CONFIDENCE_SWITCH, raising=False)
    monkeypatch.setenv(verdict.HEAD_SWITCH, "")
    off = filmkritik.read_text(GERMAN_PAGE).to_dict()["verdict"]
    monkeypatch.setenv(verdict.HEAD_SWITCH, "de,en")
    on = filmkritik.read_text(GERMAN_PAGE).to_dict()["verdict"]
    assert on == off


def test_the_critic_page_confidence_moves_only_the_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(verdict.HEAD_SWITCH, "")
    monkeypatch.setenv(verdict.CONFIDENCE_SWITCH, "")
    off = filmkritik.read_text(GERMAN_PAGE).to_dict()["verdict"]
    monkeypatch.setenv(verdict.CONFIDENCE_SWITCH, "de")
    on = filmkritik.read_text(GERMAN_PAGE).to_dict()["verdict"]
    assert (on["score"], on["label"], on["aspects"]) == (off["score"], off["label"], off["aspects"])
    table = verdict.critic_confidence_maps()["de"]
    assert on["confidence"] == round(verdict.critic_page_confidence(table, on["score"]), 2)


def test_the_critic_page_map_is_calibrated_toward_critics_pages() -> None:
    table = verdict.critic_confidence_maps()["de"]
    values = [verdict.critic_page_confidence(table, s) for s in range(0, 101)]
    # Far from an edge it is surer than at an edge, and never as sure as the DVD map's 0.99.
    assert verdict.critic_page_confidence(table, 60) < verdict.critic_page_confidence(table, 90)
    assert max(values) <= 0.95 and min(values) >= 0.34


def test_short_texts_customer_reviews_and_long_english_reviews_are_left_alone() -> None:
    assert not verdict.critic_prose("Ein schöner Film.", "de", [])
    long_english = " ".join(["The film is fine."] * 200)
    assert not verdict.critic_prose(long_english, "en", [])


def test_the_head_decides_only_when_sure_and_never_flips_poles() -> None:
    assert critic_text.decides(55, "positive", 0.7)
    assert not critic_text.decides(55, "positive", 0.55)
    assert not critic_text.decides(30, "positive", 0.9)  # a pan read positive: the reader's call
    assert not critic_text.decides(70, "negative", 0.9)
    assert critic_text.moved_into(55, "positive") == 61
    assert critic_text.moved_into(35, "mixed") == 40
    assert critic_text.moved_into(65, "mixed") == 60
    assert critic_text.moved_into(45, "negative") == 39
    assert critic_text.moved_into(70, "positive") == 70


def test_the_blocks_are_the_opinion_the_teaser_and_the_closing() -> None:
    from filmkritik.ingest import load_text
    from filmkritik.model import Source
    from filmkritik.read import pipeline

    analysis = pipeline.analyse(load_text(GERMAN_PAGE, Source(kind="text")))
    _, _, items, _ = verdict.read_prose(analysis)
    blocks = critic_text.text_blocks(items, analysis.paragraphs)
    assert any("unterm" in s for s in blocks.closing)
    assert any("leiser" in s for s in blocks.teaser)
    assert all(len(b) for b in critic_text.indices(blocks))


def _pages(seed: int = 0, n: int = 90) -> list[trainer.Page]:
    """Invented pages in three groups: class words in the text blocks and a number that leans with the class."""
    rng = np.random.default_rng(seed)
    pages = []
    for i in range(n):
        k = i % 3
        words = rng.choice(2000, size=20) + 5000 * k * (rng.random() < 0.6)
        ids = [sorted({int(w) for w in words}), sorted({int(w) + critic_text.N_BUCKETS for w in words[:5]}), []]
        numbers = [50 + 10 * (k - 1) + rng.normal(0, 8), 0.3 * (k - 1) + rng.normal(0, 0.3), 50.0, 50.0]
        pages.append(trainer.Page(f"g{i % 4}", critic_text.LABELS[k], 50, 0.6, ids, numbers))
    return pages


def test_the_fast_fit_is_scikit_learns_logistic_regression() -> None:
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    pages = _pages()
    fitted = trainer.fit(pages, 1.0)
    x, _, raw = trainer.design(pages, fitted.columns)
    z = (raw - fitted.mean) / fitted.scale
    y = np.array([critic_text.LABELS.index(p.gold) for p in pages])
    reference = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000, tol=1e-10)
    reference.fit(sparse.hstack([x, sparse.csr_matrix(z)]).tocsr(), y)
    expected = reference.predict_proba(sparse.hstack([x, sparse.csr_matrix(z)]).tocsr())
    assert np.abs(fitted.probabilities(pages) - expected).max() < 2e-3


def test_the_shipped_format_reads_as_the_fit() -> None:
    pages = _pages(1)
    oof = trainer.leave_one_file_out(pages, inner=False)
    head = trainer.head_artifact(pages, "de", oof, gate=0.0)
    fitted = trainer.fit(pages, trainer.choose_penalty(pages))
    assert np.abs(trainer.head_probabilities(head, pages) - fitted.probabilities(pages)).max() < 1e-4


@pytest.mark.skipif(not (SHARED / "reviews" / "de").exists(), reason="needs ../shared (the seed review)")
def test_the_seed_stays_mixed_with_both_settings_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(verdict.HEAD_SWITCH, "de,en")
    monkeypatch.setenv(verdict.CONFIDENCE_SWITCH, "de,en")
    text = (SHARED / "reviews" / "de" / "kindness-of-strangers.txt").read_text(encoding="utf-8")
    v = filmkritik.read_text(text).to_dict()["verdict"]
    assert v["label"] == "mixed" and 40 <= v["score"] <= 60
    polarity = {a["aspect"]: a["polarity"] for a in v["aspects"]}
    assert (polarity["acting"], polarity["script"], polarity["tone"]) == ("positive", "negative", "negative")
