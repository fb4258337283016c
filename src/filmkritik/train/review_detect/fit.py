"""Assembling the training examples and fitting the is-review model (``lang/data/review_detect_model.json``).

A logistic regression on the standardised features of ``read/review_features.py``, with balanced classes and
weights by kind of example, cross-validated in shuffled folds and reported by source.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from filmkritik.errors import InputError
from filmkritik.read.review_features import FEATURES, features
from filmkritik.train.review_detect.corpora import (
    Example,
    critic_fixtures,
    dev_reviews,
    dvd_long,
    dvd_short,
    dvd_train,
    fixtures,
    germeval_documents,
    germeval_short,
    judgement_sentences,
    pang_lee_extracts,
    pang_lee_train,
)
from filmkritik.train.review_detect.dressing import dressed_reviews
from filmkritik.train.review_detect.pages import listings, long_interviews, long_non_reviews, plain_non_reviews
from filmkritik.train.review_detect.presenting import critics_roundups, presenting_pages
from filmkritik.train.review_detect.round14 import addressed_reviews, bare_interviews, plain_pans
from filmkritik.train.review_detect.short_texts import (
    guide_capsules,
    marketing_blurbs,
    short_credited_reviews,
    short_interviews,
    short_non_reviews,
)
from filmkritik.train.review_detect.voices import on_air_reviews, praising_interviews, taglines, word_time_guides

ROOT = Path(__file__).resolve().parents[4]
MODEL_FILE = Path(__file__).resolve().parents[2] / "lang" / "data" / "review_detect_model.json"
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_FIXTURES = ROOT / "tests" / "fixtures" / "review_detect"

#: How much each kind of example counts: the development pages are the target distribution, and the
#: hand-written negatives the hard cases (synopses with a credits box, interviews, film-industry news).
#: Short generated news and GermEval news runs count one and a half times (round 10): the pages that credit a cast
#: pull short texts towards "review", and short news about films must stay apart.
WEIGHTS = {
    "dev-de": 3.0,
    "dev-en": 3.0,
    "fixture": 3.0,
    "fixture-short": 3.0,
    "short-generated": 1.5,
    "germeval-short": 1.5,
    "marketing-blurb": 0.5,
    # Round 14: generated from a few templates each: half weight, as the round-12c blurbs.
    "addressed-review": 0.5,
    "plain-pan": 0.5,
    "bare-interview": 0.5,
}
#: The regularisation strength's inverse (round 14: 0.2-0.3 were tried, measured: they kept one German development
#: page further from the line but put a dozen short German reviews of the titles fixtures under the short-text point).
_C = 0.5
#: The sources whose whole reviews are dressed as web pages and transcripts.
_WHOLE_REVIEWS = ("dev-de", "dev-en", "pang-lee", "dvd-long", "fixture-critics")


@dataclass(frozen=True)
class ReviewDetectResult:
    """What one training run wrote and measured."""

    out: Path
    model: dict[str, Any]
    #: p(review) of each held-out hand-written negative (``<fixtures>/heldout``).
    held_out: list[float] = field(default_factory=list)
    #: Each feature's weight, largest first.
    weights: list[tuple[str, float]] = field(default_factory=list)


def training_examples(shared: Path, fixtures_dir: Path) -> list[Example]:
    """Every training example, in a fixed order (each round's generators have their own random stream)."""
    rng = random.Random(13)
    data = dev_reviews(shared) + pang_lee_train(shared, 250, rng) + dvd_train(shared, 250, rng)
    data += germeval_documents(shared, rng) + listings(60, rng) + fixtures(fixtures_dir / "train")
    # Short texts of both kinds: capsules, tips and snippets against short news, synopses and guide entries.
    data += pang_lee_extracts(shared, 300, rng) + dvd_short(shared, 250, rng)
    data += germeval_short(shared, 200, rng) + short_non_reviews(240, rng) + short_interviews(40, rng)
    data += guide_capsules(judgement_sentences(shared), 160, rng)
    # Whole pages (round 8): long German reviews and German critics' prose, reviews in page furniture and as
    # transcripts, against whole non-review pages about films (news, programmes, obituaries, profiles, press kits).
    data += dvd_long(shared, 150, rng) + critic_fixtures(ROOT)
    whole = [e for e in data if e[3] in _WHOLE_REVIEWS]
    data += dressed_reviews(whole, 240, rng) + long_non_reviews(240, rng) + long_interviews(40, rng)
    # Round 10 (own generator, so that the examples above stay as they were): pages that credit a cast without
    # judging it (press kits, "new this week" lists, database pages, trailer news), streaming lists, TV programmes
    # with blurbs, against critics' roundups of the same lists with a judgement per film.
    rng10 = random.Random(10)
    judgements = judgement_sentences(shared)
    data += presenting_pages(240, rng10) + critics_roundups(judgements, 80, rng10)
    data += short_credited_reviews(judgements, 120, rng10)
    # Round 12 (own generator): the critic's everyday voice (the ``stance`` feature) is no review's alone:
    # interviews whose answers hedge and weigh, film news whose quotes do, and lists of titles that praise.
    rng12 = random.Random(12)
    data += plain_non_reviews(200, rng12)
    # Round 12c (own generator): distributors' short blurbs that credit their cast and praise in critics' words,
    # but sell ("Erleben Sie", "Don't miss") and hold no reservation (the ``sales`` feature).
    data += marketing_blurbs(judgements, 160, random.Random(121))
    # Round 13 (own generators): who speaks. Critics' reviews read out on air with a host's questions, against
    # interviews whose answers praise in the interviewee's own voice; distributors' taglines that praise without
    # selling, against critics' capsules of the same shape; TV guides with times in words.
    rng13 = random.Random(131)
    data += on_air_reviews(judgements, 60, rng13) + praising_interviews(120, rng13)
    data += taglines(judgements, 160, rng13) + word_time_guides(40, rng13)
    data += praising_interviews(60, rng13, whole=True)
    # Round 14 (own generator): critics who talk to the reader, or pan in plain words and dry irony (some opening
    # with news), against interviews whose questions address nobody.
    rng14 = random.Random(141)
    pans = plain_pans(judgements, 60, rng14)
    data += addressed_reviews(judgements, 60, rng14) + pans + bare_interviews(40, rng14)
    return data


def train_review_detect(
    shared: Path = DEFAULT_SHARED, fixtures_dir: Path = DEFAULT_FIXTURES, out: Path = MODEL_FILE
) -> ReviewDetectResult:
    """Train the is-review model from ``shared`` (TRAIN data only) and the hand-written fixtures, write it to
    ``out`` and return it with its cross-validated accuracy by source."""
    if not (fixtures_dir / "train").is_dir():
        # (A mistyped --fixtures trained a model without the hand-written examples, silently, exit 0.)
        raise InputError(
            f"{fixtures_dir}: no train/ folder of hand-written examples here; pass --fixtures pointing at a folder "
            "like the clone's tests/fixtures/review_detect (nothing was trained)"
        )
    if not (shared / "reviews").is_dir() or not (shared / "data").is_dir():
        raise InputError(
            f"{shared}: no reviews/ and data/ folders here; pass --shared pointing at the shared data folder"
        )
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    data = training_examples(shared, fixtures_dir)
    x = np.array([features(text, code) for text, code, _, _ in data])
    y = np.array([label for _, _, label, _ in data])
    means = x.mean(axis=0)
    scales = x.std(axis=0) + 1e-6
    z = (x - means) / scales
    weights = np.array([WEIGHTS.get(source, 1.0) for *_, source in data])
    clf = LogisticRegression(C=_C, class_weight="balanced", max_iter=2000)
    # Shuffled folds: the examples are stored source by source, and unshuffled folds would hold out whole sources.
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    predicted = cross_val_predict(clf, z, y, cv=folds, params={"sample_weight": weights})
    clf.fit(z, y, sample_weight=weights)
    coef, bias = clf.coef_[0], float(clf.intercept_[0])
    model = _model(means, scales, coef, bias, y, predicted, _accuracy_by_source(data, predicted))
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    held = [
        float(1 / (1 + np.exp(-(((np.array(features(text, code)) - means) / scales) @ coef + bias))))
        for text, code, _, _ in fixtures(fixtures_dir / "heldout")
    ]
    ranked = sorted(zip(FEATURES, (float(w) for w in coef), strict=True), key=lambda t: -abs(t[1]))
    return ReviewDetectResult(out=out, model=model, held_out=held, weights=ranked)


def _accuracy_by_source(data: list[Example], predicted: Any) -> dict[str, float]:
    per_source: dict[str, list[int]] = {}
    for (_, _, label, source), guess in zip(data, predicted, strict=True):
        per_source.setdefault(source, []).append(int(guess == label))
    return {s: round(sum(v) / len(v), 3) for s, v in sorted(per_source.items())}


def _model(
    means: Any, scales: Any, coef: Any, bias: float, y: Any, predicted: Any, by_source: dict[str, float]
) -> dict[str, Any]:
    """The model file's content (``read/review_detect.py`` reads it)."""
    return {
        "features": list(FEATURES),
        "means": [round(float(v), 6) for v in means],
        "scales": [round(float(v), 6) for v in scales],
        "weights": [round(float(v), 6) for v in coef],
        "bias": round(bias, 6),
        # Below 0.5: the reader mostly sees reviews, and calling one "not a review" drops its verdict.
        "threshold": 0.35,
        # Whole pages (at least SHORT_WORDS words): lower still. On a critic's page a missed review loses its
        # verdict while a whole non-review page judged a review costs one spurious verdict; the hand-written and
        # generated whole non-review pages sit below 0.2 or far above 0.4, and the short texts' floors do not
        # allow the lower threshold for short texts (0.30 already judges two more short non-reviews reviews).
        "whole_page_threshold": 0.25,
        "trained": date.today().isoformat(),
        "examples": {"positive": int(y.sum()), "negative": int(len(y) - y.sum())},
        "cross_validated_accuracy": round(float((predicted == y).mean()), 3),
        "cross_validated_accuracy_by_source": by_source,
    }


def summary(result: ReviewDetectResult) -> str:
    """The run's numbers as one JSON line: examples, cross-validated accuracy overall and by source."""
    keys = ("examples", "cross_validated_accuracy", "cross_validated_accuracy_by_source")
    return json.dumps({k: result.model[k] for k in keys})
