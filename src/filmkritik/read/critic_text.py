"""The critic text head (round 13): negative / mixed / positive from the words of a critic's judging text.

The reader's score blends a model trained on other kinds of reviews with critics' judgement words; on
critics' pages its classes overlap. The head is a multinomial logistic regression, trained on the
project's own critic-style pages (``train/critic_text.py``), over

- hashed word 1-2 grams of the opinion sentences, of the teaser (the page's first sentences) and of the
  closing (the last paragraph that holds an opinion), each a block of its own, binary, L2-normalised;
- the reader's own numbers: the model's score, the judgement lean, the model's score of the opinion
  sentences alone and the score the reader shows.

Hashing is ``read/hashing.py`` (numpy; no scikit-learn at read time); the weights are stored sparse
(``models/verdict-critic-<code>.npz``, only the buckets seen in training). Whether the reader uses it is
switched in ``read/verdict.py`` (``CRITIC_HEAD``), off until checked on sealed pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

import numpy as np

from filmkritik.model import Span, score_label
from filmkritik.read import hashing, opinion

#: Hashed buckets per text block.
N_BUCKETS = 2**18
BLOCKS = ("opinion", "teaser", "closing")
#: The reader's numbers the head reads, in order.
NUMBERS = ("model score", "judgement lean", "model score of the opinion sentences", "shown score")
#: Which sentences are the critic's opinion (``opinion.Sentence.opinion`` at least this).
OPINION = 0.5
#: The teaser: the first this many sentences with at least ``TEASER_TOKENS`` tokens.
TEASER_SENTENCES = 3
TEASER_TOKENS = 4
#: The closing paragraph: the last paragraph of at least this many words that holds an opinion sentence.
CLOSING_WORDS = 8
#: Without one, the last this many sentences.
CLOSING_FALLBACK = 3
LABELS = ("negative", "mixed", "positive")
#: The score the head moves a page to when it reads another band than the reader's score: the nearest
#: score of that band.
BAND_EDGES = {"negative": (0, 39), "mixed": (40, 60), "positive": (61, 100)}
#: The head overrides the reader's band only where its probability of its label is at least this (round 13,
#: addendum 1: fixed before it was measured), and never across both edges.
GATE = 0.6


class Blocks(NamedTuple):
    """The three texts the head reads, each as its sentences' tokens."""

    opinion: list[tuple[str, ...]]
    teaser: list[tuple[str, ...]]
    closing: list[tuple[str, ...]]


def text_blocks(items: Sequence[opinion.Sentence], paragraphs: Sequence[Span]) -> Blocks:
    """The opinion sentences, the teaser and the closing of a page read into ``items``."""
    said = [s.tokens for s in items if s.opinion >= OPINION and s.tokens]
    teaser = [s.tokens for s in items if len(s.tokens) >= TEASER_TOKENS][:TEASER_SENTENCES]
    closing: list[tuple[str, ...]] = []
    for start, end in reversed(paragraphs):
        inside = [s for s in items if start <= s.span[0] < end]
        if sum(len(s.tokens) for s in inside) >= CLOSING_WORDS and any(s.opinion >= OPINION for s in inside):
            closing = [s.tokens for s in inside if s.tokens]
            break
    if not closing:
        closing = [s.tokens for s in items if s.tokens][-CLOSING_FALLBACK:]
    return Blocks(said, teaser, closing)


def block_indices(sentences: Sequence[Sequence[str]]) -> np.ndarray:
    """The distinct hashed buckets of the word 1-2 grams of ``sentences`` (pairs within a sentence)."""
    parts = [hashing.word_and_pair_indices(tokens, N_BUCKETS) for tokens in sentences if tokens]
    if not parts:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate(parts)).astype(np.int64)


def indices(blocks: Blocks) -> list[np.ndarray]:
    """Each block's distinct buckets, offset into the head's one feature space (block k from k x N_BUCKETS)."""
    return [block_indices(b) + k * N_BUCKETS for k, b in enumerate(blocks)]


@dataclass(frozen=True)
class CriticTextHead:
    """A fitted head: sparse text weights (sorted feature ids, one row of three class weights each), the
    numbers' standardisation and weights, intercepts, and the map from its probability to "right"."""

    code: str
    ids: np.ndarray  # sorted feature ids (int64)
    weights: np.ndarray  # (len(ids), 3)
    intercept: np.ndarray  # (3,)
    number_mean: np.ndarray  # (4,)
    number_scale: np.ndarray  # (4,)
    number_weights: np.ndarray  # (4, 3)
    confidence_knots: np.ndarray  # the head's probability of its label ...
    confidence_values: np.ndarray  # ... -> probability that it is right (isotonic, fitted out-of-fold)
    gate: float = GATE

    def logits(self, block_ids: Sequence[np.ndarray], numbers: Sequence[float]) -> np.ndarray:
        """The three class scores for a page's block feature ids and numbers."""
        out = self.intercept.astype(np.float64).copy()
        for ids in block_ids:
            if not len(ids):
                continue
            at = np.searchsorted(self.ids, ids)
            at = np.minimum(at, len(self.ids) - 1)
            known = self.ids[at] == ids
            if known.any():
                out += self.weights[at[known]].sum(axis=0) / np.sqrt(len(ids))
        z = (np.asarray(numbers, dtype=np.float64) - self.number_mean) / self.number_scale
        return np.asarray(out + z @ self.number_weights)

    def probabilities(self, block_ids: Sequence[np.ndarray], numbers: Sequence[float]) -> np.ndarray:
        """P(negative), P(mixed), P(positive)."""
        logits = self.logits(block_ids, numbers)
        e = np.exp(logits - logits.max())
        return np.asarray(e / e.sum())

    def confidence(self, probability: float) -> float:
        """How often the head is right when its label's probability is ``probability`` (held-out fit)."""
        return float(np.interp(probability, self.confidence_knots, self.confidence_values))

    def decide(
        self, score: int, confidence: float, block_ids: Sequence[np.ndarray], numbers: Sequence[float]
    ) -> tuple[int, float]:
        """The score (moved into the head's band where the head decides: :func:`decides`) and its confidence;
        ``score`` and ``confidence`` unchanged where it does not."""
        p = self.probabilities(block_ids, numbers)
        k = int(p.argmax())
        if not decides(score, LABELS[k], float(p[k]), self.gate):
            return score, confidence
        return moved_into(score, LABELS[k]), round(self.confidence(float(p[k])), 4)

    def save(self, path: str, **meta: str) -> None:
        np.savez_compressed(
            path,
            ids=self.ids.astype(np.int64),
            weights=self.weights.astype(np.float32),
            intercept=self.intercept.astype(np.float64),
            number_mean=self.number_mean,
            number_scale=self.number_scale,
            number_weights=self.number_weights,
            confidence_knots=self.confidence_knots,
            confidence_values=self.confidence_values,
            gate=np.array([self.gate]),
            meta=np.array(repr(meta)),
        )


def decides(score: int, label: str, probability: float, gate: float = GATE) -> bool:
    """Whether the head's ``label`` (with its ``probability``) overrides the band of the reader's ``score``:
    sure enough, and not across both edges (a pan the reader reads positive stays the reader's call)."""
    if probability < gate:
        return False
    return {score_label(score), label} != {"negative", "positive"}


def moved_into(score: int, label: str) -> int:
    """``score`` when it already reads ``label``, else the nearest score of ``label``'s band."""
    if score_label(score) == label:
        return score
    low, high = BAND_EDGES[label]
    return max(low, min(high, score))


def load(path: str, code: str) -> CriticTextHead:
    with np.load(path, allow_pickle=False) as z:
        return CriticTextHead(
            code=code,
            ids=z["ids"].astype(np.int64),
            weights=z["weights"].astype(np.float64),
            intercept=z["intercept"].astype(np.float64),
            number_mean=z["number_mean"].astype(np.float64),
            number_scale=z["number_scale"].astype(np.float64),
            number_weights=z["number_weights"].astype(np.float64),
            confidence_knots=z["confidence_knots"].astype(np.float64),
            confidence_values=z["confidence_values"].astype(np.float64),
            gate=float(z["gate"][0]) if "gate" in z.files else GATE,
        )


@cache
def shipped(code: str) -> CriticTextHead | None:
    """The shipped head for ``code`` (None when the language has none)."""
    ref = resources.files("filmkritik").joinpath("models", f"verdict-critic-{code}.npz")
    try:
        with resources.as_file(ref) as path:
            return load(str(path), code)
    except (FileNotFoundError, OSError, KeyError, ValueError):
        return None
