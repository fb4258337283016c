"""Polarity of prose: lexicon scores with shifters, and the trained review-score model.

The same feature code serves training (``filmkritik.train``) and reading, so the shipped
model sees at run time exactly the features it was fitted on. The model is a linear one
over hashed word n-grams (no vocabulary to ship) plus a few lexicon features, stored as
plain numpy arrays in ``filmkritik/models/verdict-<lang>.npz`` and loaded once per process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import scipy.sparse as sp

from filmkritik import lang
from filmkritik.errors import ModelError

#: Hashed feature space of the shipped models (2**18 weights: about 1 MB per language).
N_FEATURES = 2**18
MODEL_VERSION = 1

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|n't", re.UNICODE)
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]–—]")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens ("didn't" keeps its "n't" as a negation)."""
    return [t.lower() for t in _TOKEN.findall(text.replace("n't", " n't"))]


@cache
def lexicon(code: str) -> dict[str, float]:
    """The shipped polarity lexicon for ``code``: word form -> weight in [-1, 1]."""
    name = f"sentiment_{code}.tsv" if code in lang.LANGUAGES else "sentiment_en.tsv"
    try:
        raw = resources.files("filmkritik.lang").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        raise ModelError(f"the polarity lexicon {name} is missing; reinstall filmkritik") from None
    words: dict[str, float] = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            word, _, weight = line.partition("\t")
            words[word] = float(weight)
    # Critics' own judgement words know better than general-purpose lexicons.
    data = lang.data(code if code in lang.LANGUAGES else "en", "verdict")
    words.update(data.CRITIC_WORDS)
    for word in data.NEUTRAL:
        words.pop(word, None)
    return words


@cache
def critic_words(code: str) -> dict[str, float]:
    """The judgement vocabulary of critics for ``code`` (see ``lang/<code>/verdict.py``),
    with inflected forms spelled out ("uninspiriert" -> "uninspirierter") for plain lookups."""
    data = lang.data(code if code in lang.LANGUAGES else "en", "verdict")
    words = dict(data.CRITIC_WORDS)
    for word, weight in data.CRITIC_WORDS.items():
        for suffix in data.SUFFIXES:
            words.setdefault(word + suffix, weight)
    return words


@dataclass(frozen=True)
class Polarity:
    """Lexicon polarity of a span of text: positive and negative mass, and the words that carried it."""

    positive: float
    negative: float
    words: tuple[tuple[int, float], ...] = ()  # (token index, signed weight)

    @property
    def net(self) -> float:
        return self.positive - self.negative

    @property
    def strength(self) -> float:
        return self.positive + self.negative


def polarity(text: str, code: str) -> Polarity:
    """Lexicon polarity with negation ("nicht gut"), intensifiers ("sehr gut") and excess ("zu lang")."""
    return polarity_of_tokens(clauses(text), code)


def clauses(text: str) -> list[list[str]]:
    """The tokens of ``text`` per clause (negation does not reach past a comma)."""
    return [tokens(part) for part in _CLAUSE_END.split(text)]


def polarity_of_tokens(clauses: Sequence[Sequence[str]], code: str) -> Polarity:
    lex = lexicon(code)
    data = lang.data(code, "verdict")
    pos = neg = 0.0
    words: list[tuple[int, float]] = []
    index = 0
    for clause in clauses:
        shift = 0  # tokens left under a negation's scope
        factor = 1.0
        excess = False
        for tok in clause:
            if tok in data.NEGATIONS:
                shift = 3
            elif tok in data.INTENSIFIERS:
                factor = data.INTENSIFIERS[tok]
            elif tok in data.EXCESS:
                excess = True
            else:
                weight = lex.get(tok)
                if weight is not None:
                    weight *= factor
                    if excess and weight > 0:
                        weight = -weight * 0.5  # "zu harmlos", "too sweet": more is worse
                    if shift:
                        weight = -weight * 0.7  # "nicht schlecht" is milder than "gut"
                    if weight > 0:
                        pos += weight
                    else:
                        neg -= weight
                    words.append((index, weight))
                    factor = 1.0
                    excess = False
                shift = max(0, shift - 1)
            index += 1
    return Polarity(pos, neg, tuple(words))


def counterfactual(text: str, code: str) -> bool:
    """A wish or a lack ("hätte ... gutgetan", "lacks"): a fault, whatever its words' polarity."""
    return _counterfactuals(code).search(text) is not None


@cache
def _counterfactuals(code: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lang.data(code, "verdict").COUNTERFACTUAL), re.IGNORECASE)


# --- the trained model ---------------------------------------------------------------


@cache
def _hasher():  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=N_FEATURES,
        ngram_range=(1, 2),
        alternate_sign=False,
        norm=None,
        lowercase=True,
        token_pattern=r"(?u)\b\w[\w'’-]*\b",
    )


@cache
def _char_hasher():  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=N_FEATURES, analyzer="char_wb", ngram_range=(3, 5), alternate_sign=False, norm=None
    )


def counts(texts: Sequence[str], chars: bool = False) -> sp.csr_matrix:
    """Hashed word 1-2 gram counts; with ``chars`` also character 3-5 grams within words, side by side.

    Character n-grams catch German compounds and inflections ("Drehbuchschwächen").
    """
    words = _hasher().transform(texts)
    if not chars:
        return words
    return sp.hstack([words, _char_hasher().transform(texts)], format="csr")


def document_frequency(texts: Sequence[str], chars: bool = False) -> np.ndarray:
    """Smoothed inverse document frequency per hashed feature, as scikit-learn's TfidfTransformer."""
    x = counts(texts, chars)
    df = np.bincount(x.indices, minlength=x.shape[1])
    return (np.log((1 + len(texts)) / (1 + df)) + 1).astype(np.float32)


def dense_features(text: str, code: str) -> list[float]:
    """Lexicon features of the whole text and of its closing paragraph (where verdicts sit)."""
    feats: list[float] = []
    for part in (text, closing(text)):
        parts = clauses(part)
        n = max(1, sum(len(c) for c in parts))
        p = polarity_of_tokens(parts, code)
        feats += [10 * p.positive / n, 10 * p.negative / n, p.net / (p.strength + 1.0)]
    return feats


def closing(text: str) -> str:
    """The last substantial paragraph: critics put their verdict at the end."""
    paras = [p for p in text.split("\n") if len(p.split()) >= 8]
    return paras[-1] if paras else text[-600:]


def ngram_features(texts: Sequence[str], idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear tf-idf of the hashed n-grams, each row l2-normed (``idf`` tells whether chars are in)."""
    from sklearn.preprocessing import normalize

    x = counts(texts, chars=len(idf) > N_FEATURES).astype(np.float32)
    x.data = (1 + np.log(x.data)) * idf[x.indices]
    return normalize(x, copy=False)


def features(texts: Sequence[str], code: str, idf: np.ndarray, dense_scale: float = 1.0) -> sp.csr_matrix:
    """The model's input: sublinear tf-idf of hashed word 1-2 grams (l2-normed) plus lexicon features.

    ``dense_scale`` sets how loud the lexicon features are next to the n-grams (under the same
    ridge penalty, a larger scale lets them weigh more).
    """
    dense = sp.csr_matrix(dense_scale * np.array([dense_features(t, code) for t in texts], dtype=np.float32))
    return sp.hstack([ngram_features(texts, idf), dense], format="csr")


@dataclass(frozen=True)
class ScoreModel:
    """A fitted linear review-score model with its calibration maps."""

    code: str
    coef: np.ndarray
    intercept: float
    idf: np.ndarray
    dense_scale: float
    #: Raw prediction knots -> critic-like 0-100 scores (monotone, piecewise linear).
    raw_knots: np.ndarray
    score_knots: np.ndarray
    #: Distance from the nearest class boundary -> probability the label is right.
    margin_knots: np.ndarray
    confidence_knots: np.ndarray
    meta: dict[str, object]

    def raw(self, texts: Sequence[str]) -> np.ndarray:
        """Uncalibrated predictions (the ridge output) for ``texts``."""
        x = ngram_features(texts, self.idf)
        dense = self.dense_scale * np.array([dense_features(t, self.code) for t in texts], dtype=np.float32)
        n = len(self.idf)
        return np.asarray(x @ self.coef[:n] + dense @ self.coef[n:] + self.intercept).ravel()

    def calibrate(self, raw: np.ndarray) -> np.ndarray:
        return np.interp(raw, self.raw_knots, self.score_knots)

    def confidence(self, score: float) -> float:
        """Probability that the label read off ``score`` is right (from the held-out reliability fit)."""
        edges: Sequence[float] = self.meta.get("edges") or (39.5, 60.5)  # type: ignore[assignment]
        margin = min(abs(score - float(e)) for e in edges)
        return float(np.interp(margin, self.margin_knots, self.confidence_knots))

    def score(self, text: str) -> tuple[float, float]:
        """(critic-like score 0-100, confidence that its label is right) for one review."""
        raw = self.raw([text])
        value = float(self.calibrate(raw)[0])
        return value, self.confidence(value)

    def save(self, path: str) -> None:
        np.savez_compressed(
            path,
            coef=self.coef.astype(np.float16),
            intercept=np.array([self.intercept]),
            idf=self.idf.astype(np.float16),
            dense_scale=np.array([self.dense_scale]),
            raw_knots=self.raw_knots,
            score_knots=self.score_knots,
            margin_knots=self.margin_knots,
            confidence_knots=self.confidence_knots,
            meta=np.array(json.dumps(self.meta)),
        )


def load_model_file(path, code: str) -> ScoreModel:  # type: ignore[no-untyped-def]
    with np.load(path, allow_pickle=False) as z:
        return ScoreModel(
            code=code,
            coef=z["coef"].astype(np.float32),
            intercept=float(z["intercept"][0]),
            idf=z["idf"].astype(np.float32),
            dense_scale=float(z["dense_scale"][0]),
            raw_knots=z["raw_knots"],
            score_knots=z["score_knots"],
            margin_knots=z["margin_knots"],
            confidence_knots=z["confidence_knots"],
            meta=json.loads(str(z["meta"])),
        )


@cache
def model(code: str) -> ScoreModel:
    """The shipped score model for ``code`` (English stands in for other languages)."""
    code = code if code in lang.LANGUAGES else "en"
    ref = resources.files("filmkritik").joinpath("models", f"verdict-{code}.npz")
    try:
        with resources.as_file(ref) as path:
            return load_model_file(path, code)
    except (FileNotFoundError, OSError, KeyError, ValueError):
        raise ModelError(
            f"the verdict model verdict-{code}.npz is missing or unreadable; reinstall filmkritik "
            "or rebuild it with `filmkritik train verdict`"
        ) from None
