"""Short texts (snippets, headlines, short user reviews) are read by a model trained on short texts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from filmkritik.errors import InputError
from filmkritik.kb.hints import ReviewHints
from filmkritik.kb.reading import read_for_kb
from filmkritik.read import short_text

# Fictional film, fictional critics' words.
RAVE = "Marlow Fenn's quiet harbour drama is a luminous, beautifully acted triumph."
PAN = "A tedious, lifeless slog that wastes a fine cast on a dull and clumsy script."
RAVE_DE = "Ein rundum gelungener, wunderbar gespielter Film mit Herz: unbedingt ansehen!"
PAN_DE = "Langweilig, zäh und schlecht gespielt. Schade um die Zeit."


def test_a_model_ships_for_both_languages() -> None:
    models = short_text.models()
    assert set(models) == {"en", "de"}
    for model in models.values():
        assert np.all(np.diff(model.raw_knots) > 0), "the score map must be monotone"
        assert np.all(np.diff(model.score_knots) >= 0)
        assert model.score_knots[0] >= 0 and model.score_knots[-1] <= 100


@pytest.mark.parametrize(("rave", "pan", "code"), [(RAVE, PAN, "en"), (RAVE_DE, PAN_DE, "de")])
def test_snippets_score_on_their_side_of_60(rave: str, pan: str, code: str) -> None:
    high, confident = short_text.calibrate(50, 0.5, rave, code)
    low, _ = short_text.calibrate(50, 0.5, pan, code)
    assert high >= short_text.POSITIVE > low
    assert 0.5 <= confident <= 1.0


def test_the_whole_review_score_is_not_used_for_snippets() -> None:
    assert short_text.calibrate(5, 0.9, RAVE, "en")[0] == short_text.calibrate(95, 0.9, RAVE, "en")[0]


def test_whole_reviews_pass_unchanged() -> None:
    long_text = " ".join([RAVE] * 12)  # well over a hundred words
    assert short_text.calibrate(47, 0.61, long_text, "en") == (47, 0.61)


def test_the_short_text_score_fades_out_with_length_without_jumps() -> None:
    words = (RAVE + " " + PAN).split()
    previous = None
    for n in range(short_text.FADE_WORDS - 5, short_text.LONG_WORDS + 2):
        text = " ".join((words * 20)[:n])
        score = short_text.calibrate(50, 0.5, text, "en")[0]
        if previous is not None:
            assert abs(score - previous) <= 3
        previous = score
    assert previous == 50  # a hundred words and more: the whole-review score


def test_without_a_shipped_model_scores_pass_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(short_text, "models", lambda: {})
    assert short_text.calibrate(47, 0.61, RAVE, "en") == (47, 0.61)


def test_tokenised_training_text_reads_like_ordinary_text() -> None:
    assert short_text.normalize("it 's a fine , funny film ( mostly ) .") == "it's a fine, funny film (mostly)."
    assert short_text.normalize("It's a fine, funny film (mostly).") == "it's a fine, funny film (mostly)."


def test_snippets_read_on_the_right_side_in_the_knowledge_base() -> None:
    hints = ReviewHints(film="Harbour Lights")  # a snippet added with its film, as `filmkritik add` does
    rave, pan = read_for_kb(RAVE, hints).verdict, read_for_kb(PAN, hints).verdict
    assert rave is not None and pan is not None
    assert rave.score >= 60 and rave.label == "positive"
    assert pan.score < 40 and pan.label == "negative"
    assert rave.source == "inferred"


def test_the_score_map_puts_the_decision_point_on_60() -> None:
    from filmkritik.train import snippets

    rng = np.random.default_rng(3)
    y = rng.random(2000) < 0.5
    values = rng.normal(np.where(y, 1.0, -1.0), 1.0)
    ratings = rng.choice(np.round(np.arange(0.1, 1.0, 0.1), 1), size=500)
    knots = snippets.score_map(values, y, ratings)
    point = float(knots["point"][0])
    assert abs(point) < 0.2  # symmetric classes: the equal-error point sits in the middle
    scores = np.interp(values, knots["raw_knots"], knots["score_knots"])
    assert np.array_equal(scores >= short_text.POSITIVE, values >= point)
    rates = snippets.rates(scores, y)
    assert abs(rates["tpr"] - (1 - rates["fpr"])) < 0.03


def test_training_never_reads_a_test_critic(shared: Path) -> None:
    from filmkritik.train import snippet_corpus

    with pytest.raises(InputError, match="not a TRAIN critic"):
        snippet_corpus.critic_units(shared, "James+Berardinelli")


def test_a_pan_that_grants_a_merit_still_reads_negative() -> None:
    # A quote picked to carry a negative verdict often concedes something first.
    grudging = "The cast tries hard, but the script is a muddle and the ending falls flat."
    warm = "Not every joke lands, but the warmth of the ensemble carries the day."
    assert short_text.calibrate(50, 0.5, grudging, "en")[0] < short_text.POSITIVE
    assert short_text.calibrate(50, 0.5, warm, "en")[0] >= short_text.POSITIVE
