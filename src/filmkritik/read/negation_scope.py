"""Verdict round 24 (``docs/preregistrations/verdict-round24.md``): the words a negation governs, as features of the
English model.

The English model reads plain word 1-2 grams, so in "never quite finds its footing" or "not nearly as clever as it
thinks" the words "footing" and "clever" count as they would in praise. Here each word after a negator ("not",
"never", "isn't" ...) up to the next clause break (at most :data:`SCOPE_WORDS` words) is also read as the feature
``neg_<word>`` (Das & Chen 2001; Pang, Lee & Vaithyanathan 2002), in a block of its own beside the model's n-grams
and lexicon features. ``train/verdict_round24.py`` fits the English ridge on all three blocks.

Behind the switch ``FILMKRITIK_VERDICT_ROUND24`` (``en``), off by default: with it off nothing here runs. The model
is read from ``FILMKRITIK_VERDICT_ROUND24_MODEL`` when set (measuring), else from the package's
:data:`MODEL_FILE`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from filmkritik.read import hashing, sentiment

SWITCH = "FILMKRITIK_VERDICT_ROUND24"
MODEL_SWITCH = "FILMKRITIK_VERDICT_ROUND24_MODEL"
MODEL_FILE = "verdict-en-round24.npz"
#: The languages the round is on for by default (the preregistered rule decides; empty: off).
ON: frozenset[str] = frozenset()
LANGUAGES = frozenset({"en"})
#: Columns of the negated-word block (hashed as the model's n-grams).
N_COLUMNS = 2**16
#: How many words after a negator it governs at most (the clause break ends it sooner).
SCOPE_WORDS = 6
NEGATORS = frozenset(
    "not no never nothing nobody none nor neither nowhere without hardly barely scarcely cannot".split()
)
#: A negator word, or the "n't" that ends one (matched from the apostrophe's "n": a search for the suffix is
#: faster than trying ``\w+n't`` at every word, and finds the same clauses; the clause's first word is then the
#: whole contraction or, for "n't" alone, the suffix, which :func:`is_negator` accepts as well).
_NEGATOR = r"(?:\b(?:" + "|".join(sorted(NEGATORS, key=len, reverse=True)) + r")|n['’]t)"
#: From a negator to the end of its clause (a clause break: punctuation that ends a phrase, or a line break).
_NEGATED_CLAUSE = re.compile(_NEGATOR + r"\b[^,;:.!?()\[\]–—\n]*")
#: The words of a clause, as the model's hashing finds them.
_WORD = re.compile(r"\w+(?:[-'’]+\w+)*+")
PREFIX = "neg_"


def languages() -> frozenset[str]:
    """The languages round 24 reads (``FILMKRITIK_VERDICT_ROUND24``; unset: :data:`ON`)."""
    raw = os.environ.get(SWITCH)
    if raw is None:
        return ON
    return frozenset(p.strip() for p in raw.replace(";", ",").split(",")) & LANGUAGES


def is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith(("n't", "n’t"))


def negated_words(lowered: str) -> list[str]:
    """The words of lower-cased ``lowered`` that a negation governs, in order: up to :data:`SCOPE_WORDS` words after
    each negator, within its clause; a negator inside a scope starts a scope of its own and is not itself counted."""
    found: list[str] = []
    for clause in _NEGATED_CLAUSE.findall(lowered):
        taken = SCOPE_WORDS  # the clause's first word is the negator the pattern found
        for word in _WORD.findall(clause):
            if is_negator(word):
                taken = 0
            elif taken < SCOPE_WORDS:
                found.append(word)
                taken += 1
    return found


#: Each negated word's column, remembered for the process (hashing a few dozen words costs more than looking
#: them up); started afresh beyond :data:`COLUMN_MEMO` words.
_COLUMNS: dict[str, int] = {}
COLUMN_MEMO = 1 << 16


def columns(words: Sequence[str]) -> np.ndarray:
    """The hashed column of each negated word's feature (``neg_<word>``) in the block."""
    memo = _COLUMNS
    new = [w for w in dict.fromkeys(words) if w not in memo]
    if new:
        if len(memo) + len(new) > COLUMN_MEMO:
            memo.clear()
        hashed = hashing.feature_indices([(PREFIX + w).encode() for w in new], N_COLUMNS)
        memo.update(zip(new, hashed.tolist(), strict=True))
    return np.fromiter(map(memo.__getitem__, words), dtype=np.int32, count=len(words))


@dataclass(frozen=True)
class NegationModel:
    """The English score model fitted with the negated-word block: the shipped model's format for the n-grams and
    lexicon features (:class:`sentiment.ScoreModel`), plus the block's idf, weights and scale."""

    model: sentiment.ScoreModel
    idf: np.ndarray
    coef: np.ndarray
    scale: float

    def block_value(self, lowered: str) -> float:
        """The negated-word block's part of the raw prediction (sublinear tf-idf, L2-normed, times the scale)."""
        words = negated_words(lowered)
        if not words:
            return 0.0
        cols, repeats = np.unique(columns(words), return_counts=True)
        tfidf = (1.0 + np.log(repeats.astype(np.float32))) * self.idf[cols]
        norm = float(np.sqrt(np.dot(tfidf, tfidf)))
        if norm == 0.0:
            return 0.0
        return self.scale * float(np.dot(tfidf, self.coef[cols])) / norm

    def score(self, text: str, dense: Sequence[float] | None = None, lowered: str | None = None) -> float:
        """The critic-like score (0-100) of ``text``, as :meth:`sentiment.ScoreModel.score` with the block added."""
        lowered = text.lower() if lowered is None else lowered
        raw = self.model.raw_one(text, dense, lowered) + self.block_value(lowered)
        return float(np.interp(raw, self.model.raw_knots, self.model.score_knots))


def load(path: str | os.PathLike[str]) -> NegationModel:
    with np.load(path, allow_pickle=False) as z:
        idf, coef, scale = z["neg_idf"].astype(np.float32), z["neg_coef"].astype(np.float32), float(z["neg_scale"][0])
    return NegationModel(sentiment.load_model_file(path, "en"), idf, coef, scale)


@cache
def _model_at(path: str) -> NegationModel:
    return load(path)


def model() -> NegationModel | None:
    """The round-24 model (the measuring file if ``FILMKRITIK_VERDICT_ROUND24_MODEL`` names one), or None when none
    is installed: the reader then keeps the shipped model."""
    given = os.environ.get(MODEL_SWITCH)
    if given:
        return _model_at(given)
    ref = resources.files("filmkritik").joinpath("models", MODEL_FILE)
    try:
        with resources.as_file(ref) as path:
            return _model_at(str(path))
    except (FileNotFoundError, OSError, KeyError, ValueError):
        return None


def model_score(text: str, code: str, dense: Sequence[float] | None, lowered: str | None) -> float | None:
    """The round-24 model's score of ``text`` when the switch is on for ``code`` and a model is found, else None."""
    if code not in languages():
        return None
    found = model()
    return None if found is None else found.score(text, dense, lowered)
