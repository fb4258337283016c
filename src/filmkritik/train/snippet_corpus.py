"""Short training texts for the snippet verdict model, cut from TRAIN/DEV data only.

A snippet (a Rotten Tomatoes quote, a headline, a short user review) is one to three
sentences. No labelled snippet corpus is among the TRAIN data, so short texts are cut out of
rated reviews and carry their review's verdict (positive = rating >= 0.6, the Tomatometer's
3 of 5 stars; German DVD: 4-5 stars):

- every sentence of the Pang & Lee TRAIN critics (Schwartz, Rhodes), flagged when it is part
  of Pang & Lee's subjective extract of its review, with ``read/opinion.py``'s opinion score;
- every sentence of polarity v2.0 (positive / negative), minus reviews that are copies of
  the TEST critics' (and, so the held-out-critic check stays honest, the TRAIN critics') reviews;
- German DVD train: each headline, each sentence of the review, and short reviews whole.

Document labels are noisy for single sentences (a rave retells its plot too), so each unit
also carries how opinionated it reads; the trainer decides how to weigh that.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from filmkritik.errors import InputError
from filmkritik.read import opinion, ratings, segment, short_text
from filmkritik.train import data

#: Sentences shorter than this carry too little to learn from ("Wow.", a byline).
MIN_WORDS = 4
#: Longer "sentences" are lists or run-ons, not snippet-like.
MAX_WORDS = 60
#: Pang & Lee's tokenised text: a sentence ends at " . " (subjective extracts are one line).
_TOKENISED_END = re.compile(r"(?<=[.!?]) (?=\S)")
_WORDS = re.compile(r"[a-z0-9äöüß]+")


@dataclass(frozen=True)
class Unit:
    """A short text with its source review's verdict."""

    text: str
    positive: bool
    rating: float  # the review's rating on 0-1
    review: str  # source review id: folds keep a review's units together
    group: str  # critic or corpus: the held-out-critic check leaves one group out
    language: str
    kind: str  # "sentence", "headline" or "review" (a short review whole)
    opinion: float  # 0..1, read/opinion.py's opinion score of the text
    subjective: bool = False  # in Pang & Lee's subjective extract of its review
    closing: bool = False  # in its review's last paragraph
    lean: float = 0.0  # critics' judgement words plus 0.3 x lexicon polarity (the pull-quote lean)
    position: int = 0  # sentence number within its review


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _sentences(text: str, code: str, tokenised: bool = False) -> list[opinion.Sentence]:
    if tokenised:  # lower-cased, one sentence per line already (polarity v2.0)
        spans = segment.paragraphs(text)
    else:
        spans = segment.sentences(text, short_text.language_data(code).ABBREVIATIONS)
    return opinion.sentences(text, spans, segment.paragraphs(text), code)


def _lean(s: opinion.Sentence) -> float:
    """Which way a sentence judges: critics' judgement words plus 0.3 x its lexicon polarity
    (the weighting ``read/verdict.py``'s pull-quote choice uses)."""
    return s.judged + 0.3 * s.net


def _usable(text: str) -> bool:
    n = len(text.split())
    return MIN_WORDS <= n <= MAX_WORDS and ratings.find_rating(text) is None


def critic_units(shared: Path, critic: str) -> list[Unit]:
    """Every usable sentence of one Pang & Lee TRAIN critic's reviews, subjective ones flagged."""
    if critic not in data.TRAIN_CRITICS:
        raise InputError(f"{critic} is not a TRAIN critic: train only on {', '.join(data.TRAIN_CRITICS)}")
    base = data.data_dir(shared) / "pang-lee" / "scaledata" / critic
    ids = (base / f"id.{critic}").read_text().split()
    extracts = (base / f"subj.{critic}").read_text(encoding="latin-1").splitlines()
    reviews = data.scale_reviews(shared, critic)
    units = []
    for review_id, extract, review in zip(ids, extracts, reviews, strict=True):
        subjective = {_key(s) for s in _TOKENISED_END.split(extract)}
        for position, s in enumerate(_sentences(review.text, "en")):
            if not _usable(s.text):
                continue
            units.append(
                Unit(
                    s.text,
                    review.target >= 0.6,
                    review.target,
                    f"{critic}/{review_id}",
                    critic,
                    "en",
                    "sentence",
                    s.opinion,
                    _key(s.text) in subjective,
                    s.closing,
                    _lean(s),
                    position,
                )
            )
    return units


def polarity_units(shared: Path) -> list[Unit]:
    """Sentences of polarity v2.0 reviews that are not copies of any Pang & Lee scale review."""
    scale = [e.text for c in (*data.TEST_CRITICS, *data.TRAIN_CRITICS) for e in data.scale_reviews(shared, c)]
    reviews, _ = data.polarity_reviews(shared, scale)
    units = []
    for n, review in enumerate(reviews):
        positive = review.target >= 0.5
        for position, s in enumerate(_sentences(review.text, "en", tokenised=True)):
            if _usable(s.text):
                units.append(
                    Unit(
                        s.text,
                        positive,
                        review.target,
                        f"polarity/{n}",
                        "polarity",
                        "en",
                        "sentence",
                        s.opinion,
                        closing=s.closing,
                        lean=_lean(s),
                        position=position,
                    )
                )
    return units


def dvd_units(shared: Path) -> list[Unit]:
    """German DVD train: headlines, review sentences, and short reviews whole."""
    path = data.data_dir(shared) / "de-dvd-reviews" / "de_dvd_train_test.jsonl"
    units = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["split"] != "train":
            continue
        rating = (float(row["rating"]) - 1) / 4
        review, positive = f"dvd/{row['idx']}", rating >= 0.5
        headline, body = (row.get("summary") or "").strip(), row["text"].strip()
        parts: list[tuple[str, str, float]] = []
        if len(headline.split()) >= 2:  # a headline of two words ("Absolut enttäuschend") says a lot
            items = _sentences(headline, "de")
            parts.append((headline, "headline", max((s.opinion for s in items), default=0.0)))
        if len(body.split()) < short_text.LONG_WORDS:
            items = _sentences(body, "de")
            parts.append((body, "review", max((s.opinion for s in items), default=0.0)))
        parts += [(s.text, "sentence", s.opinion) for s in _sentences(body, "de") if _usable(s.text)]
        units += [Unit(t, positive, rating, review, "dvd", "de", kind, o) for t, kind, o in parts]
    return units


def english_units(shared: Path) -> list[Unit]:
    """All English units: both TRAIN critics and polarity v2.0."""
    return [u for c in data.TRAIN_CRITICS for u in critic_units(shared, c)] + polarity_units(shared)


#: Pull quotes fit a poster: sentences of this many words are preferred.
QUOTE_WORDS = (6, 30)


def quotability(unit: Unit) -> float:
    """How much a sentence reads like the line a critic would be quoted by: its opinion score,
    a bonus for the closing paragraph (where critics sum up), for a quotable length and for
    judging strongly either way. Never looks at the review's rating."""
    words = len(unit.text.split())
    fits = QUOTE_WORDS[0] <= words <= QUOTE_WORDS[1]
    return unit.opinion + (0.15 if unit.closing else 0.0) + (0.1 if fits else 0.0) + 0.05 * min(abs(unit.lean), 2.0)


def pull_quotes(units: list[Unit], per_review: int) -> dict[str, list[int]]:
    """Per review, the indices (into ``units``) of its ``per_review`` most quotable sentences,
    most quotable first: training and held-out texts that look like Rotten Tomatoes snippets,
    chosen without looking at the review's rating."""
    by_review: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        if u.kind == "sentence":
            by_review.setdefault(u.review, []).append(i)
    return {
        review: sorted(members, key=lambda i: -quotability(units[i]))[:per_review]
        for review, members in by_review.items()
    }


def leans_with_label(unit: Unit, lean: float) -> bool:
    """Whether a sentence leaning ``lean`` (>0 praise, <0 fault) judges the way its review's label does."""
    return lean > 0 if unit.positive else lean < 0


def label_quotes(units: list[Unit], per_review: int, leans: Sequence[float]) -> dict[str, list[int]]:
    """Per review, the ``per_review`` sentences an editor would quote to carry the review's verdict,
    most quotable first: the most quotable (``quotability``) of those whose lean (``leans[i]`` for
    ``units[i]``) agrees with the review's label, then, when too few agree, its most quotable others
    (a Rotten Tomatoes quote exists for every review). This looks at the rating: these are the
    texts Rotten Tomatoes quotes resemble, for checks and for fixing the decision point."""
    ranked = pull_quotes(units, len(units))
    # A stable sort: the agreeing sentences first, each side still in order of quotability.
    return {
        review: sorted(members, key=lambda i: not leans_with_label(units[i], leans[i]))[:per_review]
        for review, members in ranked.items()
    }


@cache
def _vader() -> Any:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError as error:  # a training-only dependency
        raise InputError(
            "the short-text trainer needs vaderSentiment to pick label-aware quotes independently of the "
            "model's own lexicon: pip install vaderSentiment"
        ) from error
    return SentimentIntensityAnalyzer()


#: VADER's own neutral band: a compound score within it leans neither way.
VADER_NEUTRAL = 0.05


def vader_lean(text: str) -> float:
    """A sentence's lean by VADER (Hutto & Gilbert 2014; a hand-rated lexicon the reader never uses),
    0 inside VADER's neutral band: a selector independent of every part of the short-text model."""
    compound = float(_vader().polarity_scores(text)["compound"])
    return compound if abs(compound) >= VADER_NEUTRAL else 0.0


def sentence_lean(text: str, code: str = "en") -> float:
    """A sentence's lean read on its own, as the reader's pull-quote choice reads it (critics'
    judgement words plus 0.3 x polarity), with whatever polarity lexicon is current."""
    text = short_text.normalize(text)
    items = opinion.sentences(text, [(0, len(text))], [(0, len(text))], code)
    return _lean(items[0]) if items else 0.0
