"""Rebuilding the snippet posterior (models/snippet-posterior.json) from TRAIN data with the project's code."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from filmkritik.cli.app import app
from filmkritik.errors import ModelError
from filmkritik.read import short_text
from filmkritik.train import snippet_posterior as sp
from filmkritik.train.snippet_corpus import Unit

# A fictional review in four sentences: plot, an aside, a praise and a fault.
PLOT = "Ines Marlow returns to the harbour town where her brother once ran the ferry."
ASIDE = "The second act moves to the lighthouse, where the two of them argue about money."
VERDICT = "A luminous, beautifully acted drama that earns every one of its quiet tears."
FAULT = "Sadly the script runs out of ideas long before the ferry leaves."


def _review(review: str, group: str, positive: bool) -> list[Unit]:
    rating = 0.8 if positive else 0.2
    return [
        Unit(PLOT, positive, rating, review, group, "en", "sentence", 0.1),
        Unit(ASIDE, positive, rating, review, group, "en", "sentence", 0.3),
        Unit(VERDICT, positive, rating, review, group, "en", "sentence", 0.9, closing=True, lean=1.5),
        Unit(FAULT, positive, rating, review, group, "en", "sentence", 0.6, lean=-1.0),
    ]


def _corpus() -> list[Unit]:
    units = []
    for n in range(4):
        units += _review(f"Critic+A/{n}", "Critic+A", n % 2 == 0)
        units += _review(f"Critic+B/{n}", "Critic+B", n % 2 == 1)
    for n in range(10):
        units += _review(f"polarity/{n}", "polarity", n % 2 == 0)
    return units


def test_each_critic_and_each_polarity_review_is_held_out_whole() -> None:
    units = _corpus()
    folds = sp.english_folds(units)
    for unit, fold in zip(units, folds, strict=True):
        if unit.group != "polarity":
            assert fold == unit.group, "a TRAIN critic is held out as a whole"
    by_review: dict[str, set[str]] = {}
    for unit, fold in zip(units, folds, strict=True):
        by_review.setdefault(unit.review, set()).add(fold)
    assert all(len(f) == 1 for f in by_review.values()), "a review's sentences never straddle two folds"
    assert len({f for u, f in zip(units, folds, strict=True) if u.group == "polarity"}) == sp.POLARITY_FOLDS


def test_e5_learns_from_the_quotes_that_carry_each_reviews_verdict() -> None:
    pan = _review("Critic+A/1", "Critic+A", False)
    assert sp.e5_training(pan, 1).tolist() == [False, False, False, True], "a pan's quote is its fault"
    rave = _review("Critic+A/2", "Critic+A", True)
    assert sp.e5_training(rave, 1).tolist() == [False, False, True, False], "a rave's quote is its praise"
    assert sp.e5_training(rave, 2).sum() == 2


def test_the_hard_set_pools_two_independently_picked_quotes_and_the_blind_line_of_each_review() -> None:
    units = _corpus()
    # An independent selector that reads the plot as praise and the aside as fault (VADER stands apart
    # from the reader's lean): it must pick the quotes, not the reader's lean.
    vader = [0.5 if u.text == PLOT else -0.5 if u.text == ASIDE else 0.0 for u in units]
    hard = sp.hard_set(units, vader)
    picked = {units[i].text for i in hard}
    assert PLOT in picked and ASIDE in picked, "the selector's own picks"
    assert VERDICT in picked, "the blind most quotable line (closing, opinionated)"
    reviews = {u.review for u in units}
    assert len(hard) <= 3 * len(reviews)
    assert {units[i].review for i in hard} == reviews, "every review contributes"


def test_held_out_values_never_come_from_a_model_that_read_the_review() -> None:
    # Each review is written in its own made-up word (n-grams) and has its own made-up embedding (e5),
    # with a random verdict: only a model that trained on the review itself could read anything into
    # it. So every held-out value of a fold must be the same (a leak would spread them by verdict).
    import scipy.sparse as sparse

    rng = np.random.default_rng(3)
    units, columns = [], []
    for group, reviews in (("Critic+A", 40), ("Critic+B", 40), ("polarity", 80)):
        for n in range(reviews):
            positive = bool(rng.random() < 0.5)
            for k in range(3):
                unit = Unit(f"s{k}", positive, 0.8 if positive else 0.2, f"{group}/{n}", group, "en", "sentence", 0.5)
                units.append(unit)
                columns.append(len({u.review for u in units}) - 1)  # the review's own word
    ngram = sparse.csr_matrix((np.ones(len(units)), (np.arange(len(units)), columns)))
    e5 = np.eye(max(columns) + 1, dtype=np.float32)[columns]
    learns = np.arange(len(units)) % 3 == 0  # e5 learns from one sentence per review
    rows = np.arange(len(units))
    values = sp.out_of_fold_values(units, ngram, e5, learns, rows, {"ngram": 1.0, "e5": 3.0})
    assert np.isfinite(values).all(), "every unit gets a held-out value"
    folds = sp.english_folds(units)
    for fold in set(folds):
        held = values[folds == fold]
        assert np.ptp(held) < 1e-6, f"fold {fold}: a held-out value depends on its own review"


def test_platt_scaling_recovers_a_known_calibration() -> None:
    rng = np.random.default_rng(11)
    scores = np.round(rng.uniform(0, 100, 20000))
    labels = rng.random(len(scores)) < 1 / (1 + np.exp(-(0.1 * scores - 6.0)))
    cal = sp.platt(scores, labels)
    assert cal.a == pytest.approx(0.1, rel=0.1)
    assert cal.b == pytest.approx(-6.0, rel=0.1)
    assert cal.pi0 == pytest.approx(labels.mean())
    assert cal.tpr == pytest.approx((scores[labels] >= 60).mean())
    table = sp.reliability(scores, labels, cal)
    assert len(table) == 10 and all(abs(p - o) < 0.05 for p, o, _ in table), "calibrated on its own data"


def test_one_sided_labels_are_refused_with_advice() -> None:
    with pytest.raises(ModelError, match="positive and negative"):
        sp.platt(np.array([10.0, 80.0]), np.array([True, True]))


def test_a_rebuild_reports_how_far_it_moved_from_the_previous_file() -> None:
    old = {"a": 0.1, "b": -6.0, "pi0": 0.5}
    same = sp.Calibration(0.1, -6.0, 0.5, 0.8, 0.2)
    assert sp.compare(same, old) == {"a_relative": 0.0, "b_relative": 0.0, "pi0": 0.0, "max_probability": 0.0}
    moved = sp.compare(sp.Calibration(0.102, -6.06, 0.49, 0.8, 0.2), old)
    assert moved is not None
    assert moved["a_relative"] == pytest.approx(0.02)
    assert moved["b_relative"] == pytest.approx(0.01)
    assert 0 < moved["max_probability"] < 0.05
    assert sp.compare(same, None) is None
    assert sp.percent_change(-1e-9) == "+0.00%" and sp.percent_change(-0.0312) == "-3.12%"


def test_the_written_calibration_reads_as_the_knowledge_base_reads_it(tmp_path: Path) -> None:
    from filmkritik.kb.share import POSTERIOR_FILE, SnippetPosterior

    assert sp.POSTERIOR_FILE == POSTERIOR_FILE
    cal = sp.Calibration(0.11, -6.7, 0.475, 0.79, 0.21)
    report = {
        "date": "2026-11-26",
        "texts": 6,
        "reviews": 2,
        "auc": 0.87,
        "blend": {"ngram": 1.0, "e5": 3.0},
        "calibration": cal,
        "reliability": [(0.2, 0.25, 3), (0.8, 0.75, 3)],
        "previous": {"a": 0.1, "b": -6.6, "pi0": 0.47},
        "change": sp.compare(cal, {"a": 0.1, "b": -6.6, "pi0": 0.47}),
        "seconds": 5,
    }
    text = sp.card(report)
    assert sp.COMMAND in text and "TRAIN" in text and "Licence" in text and "2026-11-26" in text
    assert "Rotten Tomatoes" in text and "a +10.00%" in text
    sp.write(tmp_path, cal, report)
    data = json.loads((tmp_path / POSTERIOR_FILE).read_text(encoding="utf-8"))
    loaded = SnippetPosterior(a=data["a"], b=data["b"], pi0=data["pi0"], languages=tuple(data["languages"]))
    assert loaded.probability(60) == pytest.approx(float(cal.probability(np.array([60.0]))[0]))
    assert data["command"] == sp.COMMAND and data["languages"] == ["en"]
    assert (tmp_path / sp.CARD_FILE).read_text(encoding="utf-8") == text


def test_the_shipped_blend_is_read_not_rechosen() -> None:
    blend = sp.shipped_blend()
    model = short_text.models()["en"]
    assert blend == {"ngram": model.ngram.weight, "e5": model.e5.weight}


def test_the_command_is_registered_and_documents_itself() -> None:
    result = CliRunner().invoke(app, ["train", "snippet-posterior", "--help"])
    assert result.exit_code == 0
    assert "--cache" in result.output and "--shared" in result.output


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.slow
def test_the_hard_set_from_train_data_is_the_round_7_size() -> None:
    if not (SHARED / "data" / "pang-lee").exists():
        pytest.skip("../shared/data/pang-lee is not beside the repository")
    pytest.importorskip("vaderSentiment", reason="vaderSentiment (training only) is not installed")
    units, hard = sp._units_and_hard_set(SHARED, None)
    assert 10_000 < len(hard) < 12_500, "about 11,300 quotes"
    assert 4_300 < len({units[i].review for i in hard}) < 5_000, "of about 4,700 reviews"
