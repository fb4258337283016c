"""The judgement lean's weight follows the review's length (``read/verdict.judgement_weight``)."""

from __future__ import annotations

import itertools

from filmkritik.read import verdict


def test_short_german_texts_are_read_mostly_by_the_model() -> None:
    # Short German texts are mostly customers' reviews, which the model learned from.
    short, long = verdict.judgement_weight("de", 60), verdict.judgement_weight("de", 450)
    assert short < long
    assert short == 0.2 and long == 0.5


def test_long_english_reviews_lean_less_on_judgement_words() -> None:
    # Long English reviews are the Pang & Lee critics' ground, where the model reads best.
    short, long = verdict.judgement_weight("en", 250), verdict.judgement_weight("en", 1200)
    assert short > long
    assert short == 0.3 and long == 0.15


def test_the_weight_changes_smoothly_between_the_lengths() -> None:
    weights = [verdict.judgement_weight("de", n) for n in range(0, 500, 10)]
    assert all(0.2 <= w <= 0.5 for w in weights)
    assert all(b >= a for a, b in itertools.pairwise(weights))
    assert abs(verdict.judgement_weight("de", 200) - 0.35) < 1e-9


def test_languages_without_a_length_rule_keep_their_weight() -> None:
    assert verdict.judgement_weight("fr", 100) == verdict.judgement_weight("fr", 1000)
