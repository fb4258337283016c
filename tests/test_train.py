"""``filmkritik train verdict``: data loading from ../shared (TRAIN only), lexicons, calibration."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.train import data, lexicons
from filmkritik.train.verdict import _quantile_map, continuous, reliability_table


def test_continuous_ratings_keep_order_and_cut_offs() -> None:
    ratings = np.array([0.1, 0.4, 0.4, 0.5, 0.7, 0.7, 0.9])
    spread = continuous(ratings)
    assert np.all(np.diff(spread[np.argsort(ratings, kind="stable")]) >= 0)
    assert np.all(spread[ratings == 0.4] <= 0.4)  # still negative by the dataset's cut-off
    assert np.all(spread[ratings == 0.7] >= 0.7)  # still positive


def test_quantile_map_reads_like_the_critics_scale() -> None:
    rng = np.random.default_rng(0)
    raw = rng.normal(0.55, 0.05, 500)  # a regression squeezed to the middle
    ratings = rng.choice([0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0], 500)
    raw_knots, score_knots = _quantile_map(raw, ratings)
    scores = np.interp(raw, raw_knots, score_knots)
    assert scores.min() < 30 and scores.max() > 85
    assert np.all(np.diff(raw_knots) > 0) and np.all(np.diff(score_knots) >= 0)


def test_reliability_table_counts_every_prediction() -> None:
    confidence = np.array([0.55, 0.65, 0.85, 0.95, 0.95])
    right = np.array([True, False, True, True, True])
    rows = reliability_table(confidence, right)
    assert sum(n for *_, n in rows) == 5
    assert rows[-1][2] == 1.0


def test_train_critics_and_polarity_exclude_test_reviews(shared: Path) -> None:
    train = data.scale_reviews(shared, "Steve+Rhodes")
    assert len(train) == 1770 and all(0 <= e.target <= 1 for e in train)
    test_texts = [e.text for e in data.scale_reviews(shared, "Scott+Renshaw")]
    kept, dropped = data.polarity_reviews(shared, test_texts)
    assert dropped > 0 and len(kept) + dropped == 2000
    assert not any(e.group in data.TEST_CRITICS for e in kept)


def test_dvd_train_split_only(shared: Path) -> None:
    reviews = data.dvd_reviews(shared, "train")
    assert len(reviews) == 2000
    assert {e.target for e in reviews} <= {0.0, 0.25, 0.75, 1.0}


def test_german_lexicon_from_real_lexicons(shared: Path) -> None:
    words = lexicons.german_lexicon(shared)
    assert words["gut"] > 0 > words["schlecht"]
    assert len(words) > 20_000


@pytest.mark.slow
def test_train_verdict_cli_writes_models_and_card(shared: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["train", "verdict", "--shared", str(shared), "--out", str(tmp_path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "verdict-en.npz").stat().st_size < 5_000_000
    assert (tmp_path / "verdict-de.npz").stat().st_size < 5_000_000
    card = (tmp_path / "MODEL_CARD-verdict.md").read_text()
    assert ("Pang & Lee" in card and "reliability" not in card.lower()) or "share right" in card


def test_train_verdict_without_shared_data_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train", "verdict", "--shared", str(tmp_path / "nowhere")])
    assert result.exit_code != 0
    assert "--shared" in result.output or "--shared" in (result.stderr if result.stderr_bytes else "")


def test_german_features_keep_a_headline_block_that_changes_the_score() -> None:
    """German reviews are read with word and character blocks plus a headline block: the same body
    under a damning headline scores lower than under a glowing one (fictional texts)."""
    from filmkritik.read import sentiment

    body = "Die Geschichte einer Fährfrau auf der Elbe, gespielt von Lene Morgen, dauert zwei Stunden."
    texts = [f"Ein Meisterwerk\n{body}", f"Eine Zumutung\n{body}", body]
    idf = sentiment.document_frequency(texts, 2, "de")
    assert len(idf) == 4 * sentiment.N_FEATURES  # words + characters, body and headline
    assert sentiment.features(texts, "de", idf, 0.03, 2).shape == (3, 4 * sentiment.N_FEATURES + 6)
    model = sentiment.model("de")
    glowing, damning = (model.raw_one(t) for t in texts[:2])
    assert glowing > damning
