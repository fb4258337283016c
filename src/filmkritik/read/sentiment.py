"""Polarity of prose: lexicon scores with shifters, and the trained review-score model.

The same feature code serves training (``filmkritik.train``) and reading, so the shipped
model sees at run time exactly the features it was fitted on. The model is a linear one
over hashed word n-grams (no vocabulary to ship) plus a few lexicon features, stored as
plain numpy arrays in ``filmkritik/models/verdict-<lang>.npz`` and loaded once per process.
"""

from __future__ import annotations

import itertools
import json
import operator
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, partial
from importlib import resources
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from filmkritik import lang
from filmkritik.errors import ModelError
from filmkritik.read import hashing
from filmkritik.read.lexmatch import union

if TYPE_CHECKING:
    import scipy.sparse as sp

#: Hashed feature space of the shipped models (2**18 weights: about 1 MB per language).
N_FEATURES = 2**18
MODEL_VERSION = 1

#: Letters joined by single apostrophes or hyphens. "n't" (split off by :func:`tokens`) needs no branch
#: of its own: "n" is a letter and "'t" a joined part, so it is one token as it stands.
#: (The possessive ``*+``: nothing follows the repeat, so giving back never finds another match, and the
#: engine need not keep the state to try: the same tokens as ``*``, found ~40% faster.)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*+", re.UNICODE)
#: :data:`_TOKEN` as first written (the tests compare the two).
TOKEN_PLAIN = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
#: The punctuation that ends a clause.
_BREAK = re.compile(r"[,;:.!?()\[\]–—]")
#: The letters of :data:`_TOKEN` (``[^\W\d_]``: the letters and the numerals that are not digits, "²", "½") among the
#: first 256 characters, found by the engine itself, as a plain class: the engine tests such a class with one bit
#: lookup, where ``[^\W\d_]`` asks the Unicode database per character (about twice the time per token).
_LATIN_LETTERS = "".join(c for c in map(chr, range(256)) if re.fullmatch(r"[^\W\d_]", c))
_LATIN_CLASS = "[" + "".join(map(re.escape, _LATIN_LETTERS)) + "]"
#: :data:`_TOKEN` for a text without a letter beyond the first 256 characters (:data:`_BEYOND_LATIN`): the same tokens.
_LATIN_TOKEN = re.compile(_LATIN_CLASS + "+(?:['’-]" + _LATIN_CLASS + "+)*+")
#: A letter (``[^\W\d_]``) beyond the first 256 characters ("ł", "ř", "İ"); the range first, so that the many
#: characters below it are ruled out without a look-up.
_BEYOND_LATIN = re.compile(r"[^\x00-\xff\W\d_]")
#: Word tokens of the hashed n-gram model: the tokens of the pattern it was trained with
#: (scikit-learn's HashingVectorizer, ``(?u)\b\w[\w'’-]*\b``), found faster: a run of word characters
#: and joiners ends at its last word character, which is where that pattern's closing ``\b`` backs off to.
#: (Possessive, as :data:`_TOKEN`.)
_HASH_TOKEN_FAST = re.compile(r"\w+(?:[-'’]+\w+)*+")
#: :data:`_HASH_TOKEN_FAST` for a text without a word character beyond the first 256 (:data:`_BEYOND_LATIN_WORD`):
#: ``\w``'s members among them as a plain class (one bit test per character instead of the Unicode database's
#: look-up), the same tokens.
_LATIN_WORD_CLASS = "[" + "".join(re.escape(c) for c in map(chr, range(256)) if re.fullmatch(r"\w", c)) + "]"
_HASH_TOKEN_LATIN = re.compile(_LATIN_WORD_CLASS + r"+(?:[-'’]+" + _LATIN_WORD_CLASS + r"+)*+")
#: A word character (``\w``: letters, digits, "_") beyond the first 256 characters.
_BEYOND_LATIN_WORD = re.compile(r"[^\x00-\xff\W]")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens ("didn't" keeps its "n't" as a negation)."""
    return _TOKEN.findall(text.lower().replace("n't", " n't"))


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


def clear_lexicon_caches() -> None:
    """Forget the loaded lexicons (after ``filmkritik train verdict`` rewrote them)."""
    lexicon.cache_clear()
    _roles.cache_clear()
    polarity_reader.cache_clear()


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


@cache
def judgement_words(code: str) -> dict[str, float]:
    """:func:`critic_words` and the critic prose vocabulary the lean alone reads (``CRITIC_PROSE_WORDS``,
    inflected the same way): the words the critic lean, the aspects and the pull quote read as judgement.

    Kept apart from :func:`critic_words`, which the trained model's lexicon and the review detector's
    features use as they were fitted."""
    data = lang.data(code if code in lang.LANGUAGES else "en", "verdict")
    extra = getattr(data, "CRITIC_PROSE_WORDS", None)
    if not extra:
        return critic_words(code)
    words = dict(critic_words(code))
    for word, weight in extra.items():
        words.setdefault(word, weight)
        for suffix in data.SUFFIXES:
            words.setdefault(word + suffix, weight)
    return words


# Not frozen: every sentence makes one, and a frozen dataclass's __init__ (object.__setattr__ per field)
# costs about three times as much. Nothing assigns to them after construction; hashable as before.
@dataclass(slots=True, unsafe_hash=True)
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


def clauses(text: str, lowered: bool = False, latin: bool = False) -> list[list[str]]:
    """The tokens of ``text`` per clause (negation does not reach past a comma).

    ``lowered``: ``text`` is already lower-cased (callers that need both save a pass); ``latin``: the caller knows
    that ``text`` holds no letter beyond the first 256 characters (:data:`_BEYOND_LATIN`; asked here otherwise).
    """
    # Splitting at the breaks first and then finding the words is faster than one pass that sorts
    # words from breaks in Python; the clauses are the same (breaks are never inside a word). A cache
    # per white-space token is faster on reviews read before but slower on unseen ones; so is a cache per
    # clause (reread for ``dense_features``), and of each clause's weights in ``polarity_of_tokens``.
    text = (text if lowered else text.lower()).replace("n't", " n't")
    find = (_LATIN_TOKEN if latin or _BEYOND_LATIN.search(text) is None else _TOKEN).findall
    return [find(piece) for piece in _BREAK.split(text)]


def word_tokens(text: str) -> list[str]:
    """``_TOKEN.findall(text)`` (the words of :func:`clauses`, no "n't" cut off), found faster in a text without a
    letter beyond the first 256 characters."""
    return (_LATIN_TOKEN if _BEYOND_LATIN.search(text) is None else _TOKEN).findall(text)


def word_finder(text: str) -> Callable[..., list[str]]:
    """``_TOKEN.findall`` for ``text`` and its pieces (``findall(text, pos, endpos)``): the faster one when ``text``
    holds no letter beyond the first 256 characters (asked once)."""
    return (_LATIN_TOKEN if _BEYOND_LATIN.search(text) is None else _TOKEN).findall


def latin(text: str) -> bool:
    """Whether ``text`` holds no letter beyond the first 256 characters (then :func:`clauses` of any piece of it, or
    of its lower case when that is as long, may be told ``latin``)."""
    return _BEYOND_LATIN.search(text) is None


#: What a token does to polarity (see :func:`_roles`).
_NEGATION, _INTENSIFIER, _EXCESS, _POLAR = range(4)


@cache
def _roles(code: str) -> dict[str, tuple[int, float]]:
    """Every token that matters to polarity, with its role and value: one lookup per token instead
    of one per word list. A negation outranks an intensifier, an excess word and a polar word."""
    data = lang.data(code, "verdict")
    roles = {word: (_POLAR, weight) for word, weight in lexicon(code).items()}
    roles.update((word, (_EXCESS, 0.0)) for word in data.EXCESS)
    roles.update((word, (_INTENSIFIER, factor)) for word, factor in data.INTENSIFIERS.items())
    roles.update((word, (_NEGATION, 0.0)) for word in data.NEGATIONS)
    return roles


def polarity_of_tokens(clauses: Sequence[Sequence[str]], code: str) -> Polarity:
    """Lexicon polarity of tokens already cut into clauses (:func:`clauses`)."""
    return polarity_reader(code)(clauses)


@cache
def polarity_reader(code: str) -> Callable[[Sequence[Sequence[str]]], Polarity]:
    """:func:`polarity_of_tokens` for one language, its word roles looked up once: callers that read
    every sentence of a review call this directly."""
    return partial(_polarity, _roles(code))


def _polarity(roles: dict[str, tuple[int, float]], clauses: Sequence[Sequence[str]]) -> Polarity:
    known = roles.keys()
    pos = neg = 0.0
    words: list[tuple[int, float]] = []
    index = 0
    for clause in clauses:
        if known.isdisjoint(clause):
            index += len(clause)  # most clauses hold no word with a role: one set test, no loop
            continue
        shift = 0  # tokens left under a negation's scope
        factor = 1.0
        excess = False
        for i, tok in enumerate(clause, index):
            role = roles.get(tok)
            if role is None:
                if shift:
                    shift -= 1
                continue
            kind, value = role
            if kind == _POLAR:
                weight = value * factor
                if excess and weight > 0:
                    weight = -weight * 0.5  # "zu harmlos", "too sweet": more is worse
                if shift:
                    weight = -weight * 0.7  # "nicht schlecht" is milder than "gut"
                    shift -= 1
                if weight > 0:
                    pos += weight
                else:
                    neg -= weight
                words.append((i, weight))
                factor = 1.0
                excess = False
            elif kind == _NEGATION:
                shift = 3
            elif kind == _INTENSIFIER:
                factor = value
            else:
                excess = True
        index += len(clause)
    return Polarity(pos, neg, tuple(words))


def counterfactual(text: str, code: str, lowered: bool = False) -> bool:
    """A wish or a lack ("hätte ... gutgetan", "lacks"): a fault, whatever its words' polarity.

    ``lowered``: ``text`` is already lower-cased.
    """
    return counterfactual_pattern(code).search(text if lowered else text.lower()) is not None


@cache
def counterfactual_pattern(code: str) -> re.Pattern[str]:
    """What :func:`counterfactual` looks for, to be searched in lower-cased text (callers that read
    every sentence of a review search it directly)."""
    # Matched against lower-cased text: case-insensitive matching is several times slower.
    return re.compile(union([p.lower() for p in lang.data(code, "verdict").COUNTERFACTUAL]))


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


#: Longest character n-gram; the shortest is a model setting (``chars``: 0 = no character n-grams).
MAX_CHARS = 5


@cache
def _char_hasher(shortest: int = 3):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=N_FEATURES, analyzer="char_wb", ngram_range=(shortest, MAX_CHARS), alternate_sign=False, norm=None
    )


def counts(texts: Sequence[str], chars: int = 0) -> sp.csr_matrix:
    """Hashed word 1-2 gram counts; with ``chars`` also character ``chars``-5 grams within words, side by side.

    Character n-grams catch German compounds and inflections ("Drehbuchschwächen").
    """
    import scipy.sparse as sp  # (training and batch scoring only: reading one review needs numpy alone)

    words = _hasher().transform(texts)
    if not chars:
        return words
    return sp.hstack([words, _char_hasher(chars).transform(texts)], format="csr")


def document_frequency(texts: Sequence[str], chars: int = 0, code: str = "") -> np.ndarray:
    """Smoothed inverse document frequency per hashed feature, as scikit-learn's TfidfTransformer.

    With a headline block in ``code``'s layout, the headlines' own frequencies follow the body's.
    """
    parts = [texts]
    if layout(code).headline:
        parts.append([headline(t) for t in texts])
    idf = []
    for part in parts:
        x = counts(part, chars)
        df = np.bincount(x.indices, minlength=x.shape[1])
        idf.append((np.log((1 + len(part)) / (1 + df)) + 1).astype(np.float32))
    return np.concatenate(idf)


@dataclass(frozen=True)
class Layout:
    """How a language's model lays out its n-gram features (chosen by cross-validation on TRAIN data)."""

    #: Word and character n-grams each l2-normed on their own (rather than together), so neither
    #: drowns the other (DVD train 5-fold: 0.8745 -> 0.8755).
    blocks: bool = False
    #: Weight of a separate block for the headline's n-grams (0: none): a user review's or a critic's
    #: headline ("Enttäuschend", "Ein Meisterwerk") is its verdict in brief (DVD train 5-fold,
    #: with blocks: 0.8755 -> 0.8840 at 0.3, 0.8810 at 0.5).
    headline: float = 0.0


LAYOUTS = {"de": Layout(blocks=True, headline=0.3)}
#: A first line of at most this many words is a headline.
HEADLINE_WORDS = 12


def layout(code: str) -> Layout:
    """The feature layout of ``code``'s model (word n-grams only, normed together, no headline by default)."""
    return LAYOUTS.get(code, Layout())


def headline(text: str) -> str:
    """The text's first line when it is short enough to be a headline, else ``""``."""
    first = text.split("\n", 1)[0].strip()
    return first if len(first.split()) <= HEADLINE_WORDS else ""


def dense_features(text: str, code: str) -> list[float]:
    """Lexicon features of the whole text and of its closing paragraph (where verdicts sit)."""
    return clause_features([clauses(text), clauses(closing(text))], code)


def clause_features(parts: Sequence[Sequence[Sequence[str]]], code: str) -> list[float]:
    """:func:`dense_features` of the whole text and its closing paragraph, each already cut into clauses."""
    feats: list[float] = []
    for part in parts:
        n = max(1, sum(len(c) for c in part))
        p = polarity_of_tokens(part, code)
        feats += [10 * p.positive / n, 10 * p.negative / n, p.net / (p.strength + 1.0)]
    return feats


def joined_features(parts: Sequence[tuple[Sequence[Sequence[str]], Polarity]], code: str) -> list[float] | None:
    """:func:`clause_features` of one part made of consecutive sentences' clauses run together (each sentence's
    last clause joined to the next one's first: ``opinion._joined``), from each sentence's own clauses and their
    polarity (``polarity_of_tokens`` of them, in ``code``): the same values, or ``None`` when they may differ.

    A clause is read from a fresh state (no negation, intensifier or excess pending), and so is a sentence's
    first clause after a sentence whose last clause leaves none pending: the joined clause then gives the polar
    words the two clauses give apart, with the same weights, in the same order. The sums are added up word by
    word in that order, as :func:`_polarity` adds them. ``None`` when a sentence's last clause leaves a shifter
    pending and the next sentence's first clause holds a word with a role, or is its only clause (the state
    would run on into the sentence after it)."""
    roles = _roles(code)
    known = roles.keys()
    pos = neg = 0.0
    n = 0
    last = len(parts) - 1
    for k, (clauses, pol) in enumerate(parts):
        if k < last and clauses and _leaves_pending(roles, clauses[-1]):
            following = parts[k + 1][0]
            if len(following) < 2 or not known.isdisjoint(following[0]):
                return None
        for _, weight in pol.words:
            if weight > 0:
                pos += weight
            else:
                neg -= weight
        n += sum(map(len, clauses))
    n = max(1, n)
    return [10 * pos / n, 10 * neg / n, (pos - neg) / ((pos + neg) + 1.0)]


def _leaves_pending(roles: dict[str, tuple[int, float]], clause: Sequence[str]) -> bool:
    """Whether :func:`_polarity` ends ``clause`` with a negation's scope, an intensifier or an excess word pending."""
    if roles.keys().isdisjoint(clause):
        return False
    shift = 0
    factor = excess = False
    for tok in clause:
        role = roles.get(tok)
        if role is None:
            if shift:
                shift -= 1
            continue
        kind = role[0]
        if kind == _POLAR:
            if shift:
                shift -= 1
            factor = excess = False
        elif kind == _NEGATION:
            shift = 3
        elif kind == _INTENSIFIER:
            factor = True
        else:
            excess = True
    return bool(shift) or factor or excess


def closing(text: str) -> str:
    """The last substantial paragraph: critics put their verdict at the end."""
    start, end = closing_span(text)
    return text[start:end]


def closing_span(text: str) -> tuple[int, int]:
    """Where :func:`closing` sits in ``text``: the last line of 8 words or more, else the last 600 characters."""
    line = closing_line(text)
    return (max(0, len(text) - 600), len(text)) if line is None else line


def closing_line(text: str) -> tuple[int, int] | None:
    """The span of the last line of ``text`` with 8 words or more (``None`` when there is none)."""
    end = len(text)
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        if len(text[start:end].split()) >= 8:
            return start, end
        end = start - 1
    return None


def ngram_features(texts: Sequence[str], idf: np.ndarray, chars: int = 0, code: str = "") -> sp.csr_matrix:
    """Sublinear tf-idf of the hashed n-grams, each row l2-normed (per block and with a headline
    block when ``code``'s :func:`layout` says so)."""
    import scipy.sparse as sp

    lay = layout(code)
    body = N_FEATURES * (2 if chars else 1)
    x = _tfidf(texts, idf[:body], chars, lay.blocks)
    if not lay.headline:
        return x
    heads = _tfidf([headline(t) for t in texts], idf[body : 2 * body], chars, False)
    return sp.hstack([x, lay.headline * heads], format="csr")


def _tfidf(texts: Sequence[str], idf: np.ndarray, chars: int, blocks: bool) -> sp.csr_matrix:
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    x = counts(texts, chars).astype(np.float32)
    x.data = (1 + np.log(x.data)) * idf[x.indices]
    if blocks and chars:
        return sp.hstack(
            [normalize(x[:, :N_FEATURES], copy=False), normalize(x[:, N_FEATURES:], copy=False)], format="csr"
        )
    return normalize(x, copy=False)


def features(
    texts: Sequence[str], code: str, idf: np.ndarray, dense_scale: float = 1.0, chars: int = 0
) -> sp.csr_matrix:
    """The model's input: sublinear tf-idf of hashed word 1-2 grams (l2-normed) plus lexicon features.

    ``dense_scale`` sets how loud the lexicon features are next to the n-grams (under the same
    ridge penalty, a larger scale lets them weigh more).
    """
    import scipy.sparse as sp

    dense = sp.csr_matrix(dense_scale * np.array([dense_features(t, code) for t in texts], dtype=np.float32))
    return sp.hstack([ngram_features(texts, idf, chars, code), dense], format="csr")


def hashed_indices(text: str, chars: int = 0, lowered: str | None = None) -> np.ndarray:
    """The hashed feature index of every word 1-2 gram (and, with ``chars``, character ``chars``-5 gram,
    offset by :data:`N_FEATURES`) of ``text``, repeats included and in no particular order: the same
    features as :func:`counts`. ``lowered``: ``text`` lower-cased, when the caller has it already.

    Hashed by :mod:`filmkritik.read.hashing` (scikit-learn's hashing in numpy): reading does not load
    scikit-learn and SciPy."""
    lowered = text.lower() if lowered is None else lowered
    if not chars:
        # Words and pairs hashed in one go: per text, a memo's look-ups cost more than the hashing.
        latin = _BEYOND_LATIN_WORD.search(lowered) is None
        return hashing.word_and_pair_indices(
            (_HASH_TOKEN_LATIN if latin else _HASH_TOKEN_FAST).findall(lowered), N_FEATURES
        )
    # Word tokens never span white space, and character n-grams stay inside a white-space token, so
    # each token's words and its word and character features are found once and cached: prose repeats
    # its tokens, and hashing every character n-gram afresh is most of a German review's cost. Only the
    # word pairs, which cross tokens, are hashed per text (and remembered too: prose repeats them).
    rows = _token_memo(chars)
    known = len(rows)
    per_token = _token_rows(lowered.split(), chars)
    words = itertools.chain.from_iterable(map(itemgetter(0), per_token))
    if len(rows) != known:
        # A token not seen before (the memo grew, or started afresh) makes pairs not seen before: about half of a new
        # review's pairs are new to the process, so all its pairs are hashed in one go, not looked up (a look-up in
        # the large memo, and remembering each new pair, cost more than hashing it). Prose read again, whose tokens
        # are all known, looks its pairs up below and remembers them.
        pairs = hashing.pair_indices(list(words), N_FEATURES).tobytes()
    else:
        # Each word pair looked up as it is made (one pair at a time, not a list of them all): when every pair is
        # remembered, as in prose read before, that is all; else the pairs are made again and read as they come.
        memo = _pair_memo()
        found = list(map(memo.get, itertools.pairwise(words)))
        if all(found):
            pairs = b"".join(found)  # type: ignore[arg-type]
        else:  # (the pairs not seen before hashed and remembered; the others as found)
            words = itertools.chain.from_iterable(map(itemgetter(0), per_token))
            pairs = _pair_indices(list(itertools.pairwise(words)), found)
    # All indices are kept as bytes: joining ~700 byte strings is several times faster than
    # concatenating as many small arrays.
    return np.frombuffer(b"".join([pairs, *map(itemgetter(1), per_token)]), dtype=np.int32)


#: How many white-space tokens' features (and word pairs' indices) a process remembers (per ``chars``
#: setting) before starting afresh.
TOKEN_MEMO = 1 << 17

#: A white-space token's model words (UTF-8 encoded) and hashed indices (the bytes of an int32 array).
_TokenRow = tuple[tuple[bytes, ...], bytes]


@cache
def _token_memo(chars: int) -> dict[str, _TokenRow]:
    """Each white-space token's row (:func:`_tokens_features`) for one ``chars`` setting, kept for the
    process: prose repeats its tokens. A plain dict rather than ``lru_cache``: a hit is one look-up in
    C (``lru_cache`` also relinks its list, several scattered memory writes per token)."""
    return {}


#: Two successive model words, UTF-8 encoded (the memo's own bytes objects, whose hashes are cached).
_Pair = tuple[bytes, bytes]
_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


@cache
def _pair_memo() -> dict[_Pair, bytes]:
    """Each word pair's hashed index as the 4 bytes of an int32, kept for the process: hashing in numpy
    costs more per pair than a look-up, and prose repeats its pairs."""
    return {}


def _pair_indices(pairs: list[_Pair], found: list[bytes | None] | None = None) -> bytes:
    """The hashed index of each of ``pairs``, in order, as the bytes of an int32 array (remembered, see
    :func:`_remembered`; ``found``: what the memo held for each, when the caller looked them up already)."""
    indices: list[bytes] = _remembered(_pair_memo(), pairs, _pairs_features, found)
    return b"".join(indices)


def _pairs_features(pairs: list[_Pair]) -> zip[tuple[_Pair, bytes]]:
    """(pair, its hashed index as 4 bytes) for each of ``pairs``, hashed in one go; a pair is hashed as
    its words joined by a space, as the vectorizer's "w1 w2" encodes."""
    raw = hashing.feature_indices(list(map(b" ".join, pairs)), N_FEATURES).tobytes()
    return zip(pairs, _FOUR_BYTES.findall(raw), strict=True)


#: Any four bytes: ``findall`` cuts an int32 array's bytes into its items' bytes in C (a slice per item in Python
#: costs several times as much).
_FOUR_BYTES = re.compile(b"....", re.DOTALL)


def _remembered(
    memo: dict[_Key, _Value],
    keys: list[_Key],
    read: Callable[[list[_Key]], Iterable[tuple[_Key, _Value]]],
    found: list[_Value | None] | None = None,
) -> list[_Value]:
    """The values of ``keys`` in ``memo``, in order: the keys not seen before are read together by
    ``read`` and remembered, up to :data:`TOKEN_MEMO` of them (then the memo starts afresh rather
    than grow without bound). New values are used from this call's own dict: another thread may empty
    the memo meanwhile. ``found``: ``memo.get`` of each of ``keys``, when the caller looked them up already."""
    if found is None:
        found = list(map(memo.get, keys))
    # (Every value is a pair or four bytes, true: only a missing one, None, is false. ``all`` asks each its truth,
    # several times faster than ``None in found``, which compares None with each.)
    if all(found):
        return found  # type: ignore[return-value]
    # The missing keys once each, in the order they come: each value is read alone, so the order changes no value
    # (sorting them cost more than reading them: ~500 new word pairs of a new review, tuples compared word by word).
    missing = list(dict.fromkeys(itertools.compress(keys, map(operator.is_, found, itertools.repeat(None)))))
    if not missing:
        return found  # type: ignore[return-value]  # (a false value, not a missing one)
    new = dict(read(missing))
    if len(memo) + len(new) > TOKEN_MEMO:
        memo.clear()
    memo.update(new)
    # (Each key's new value, or else what was found for it: ``new.get`` with the found value as its default.)
    return list(map(new.get, keys, found))  # type: ignore[arg-type]


def _token_rows(tokens: list[str], chars: int) -> list[_TokenRow]:
    """The rows of ``tokens``, in order (remembered per ``chars`` setting, see :func:`_remembered`)."""
    return _remembered(_token_memo(chars), tokens, partial(_tokens_features, chars=chars))


def _tokens_features(tokens: list[str], chars: int) -> zip[tuple[str, _TokenRow]]:
    """(token, row) for each of ``tokens``: the model's word tokens in the lower-cased white-space token
    (UTF-8 encoded), and the hashed indices of those words and (with ``chars``) of the token's character
    n-grams, offset by :data:`N_FEATURES`, as scikit-learn's ``char_wb`` analyzer cuts them (" token "
    padded), as the bytes of an int32 array (immutable: the memo shares them). Hashed in one go."""
    words = [tuple(_HASH_TOKEN_FAST.findall(token)) for token in tokens]
    encoded = [tuple(map(str.encode, w)) for w in words]
    word_counts = np.fromiter(map(len, words), dtype=np.intp, count=len(words))
    flat = list(itertools.chain.from_iterable(encoded))
    if chars:
        found, word_counts = _words_and_grams(tokens, flat, word_counts, chars)
    else:
        found = hashing.feature_indices(flat, N_FEATURES)
    raw = found.tobytes()
    bounds = [0, *itertools.accumulate(word_counts.tolist())]
    rows = [(e, raw[4 * start : 4 * end]) for e, (start, end) in zip(encoded, itertools.pairwise(bounds), strict=True)]
    return zip(tokens, rows, strict=True)


def _words_and_grams(
    tokens: list[str], words: list[bytes], word_counts: np.ndarray, chars: int
) -> tuple[np.ndarray, np.ndarray]:
    """The hashed indices of each of ``tokens``' model ``words`` (UTF-8, all tokens' in order; ``word_counts`` per
    token), then of its character ``chars``-5 grams offset by :data:`N_FEATURES`, grouped by token; and how many
    each token has. The words and the n-grams are spans of one byte string, hashed in one go and grouped by one
    stable sort (each token's words, then its characters, as they come)."""
    text, begin, length, gram_owner = hashing.char_wb_spans(tokens, chars, MAX_CHARS)
    sizes = np.fromiter(map(len, words), dtype=np.intp, count=len(words))
    starts = np.cumsum(sizes) - sizes
    owner = np.repeat(np.arange(len(tokens)), word_counts)
    hashed = hashing.columns(
        hashing.murmur_spans(
            b"".join(words) + text, np.concatenate([starts, begin + int(sizes.sum())]), np.concatenate([sizes, length])
        ),
        N_FEATURES,
    )
    hashed[len(words) :] += np.int32(N_FEATURES)
    order = np.argsort(np.concatenate([owner, gram_owner]), kind="stable")
    return hashed[order], word_counts + np.bincount(gram_owner, minlength=len(tokens))


def _unique_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_counts=True)`` for a 1-d array of hashed feature indices (integers in
    ``[0, 2 * N_FEATURES)``), without its generic bookkeeping: each run of equal values in the sorted
    array is marked at its last element, and its count is the distance between two run ends."""
    values = np.sort(values)
    n = values.size
    if not n:
        return values, np.zeros(0, dtype=np.intp)
    last = np.empty(n, dtype=bool)
    last[-1] = True
    np.not_equal(values[1:], values[:-1], out=last[:-1])
    ends = np.flatnonzero(last)
    counts = np.empty(ends.size, dtype=np.intp)
    counts[0] = ends[0] + 1
    np.subtract(ends[1:], ends[:-1], out=counts[1:])
    return values[ends], counts


def _normed_dot(tfidf: np.ndarray, weights: np.ndarray) -> float:
    norm = float(np.sqrt(tfidf @ tfidf))
    return float(tfidf @ weights) / norm if norm else 0.0


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
        x = ngram_features(texts, self.idf, self.chars, self.code)
        dense = self.dense_scale * np.array([dense_features(t, self.code) for t in texts], dtype=np.float32)
        n = len(self.idf)
        return np.asarray(x @ self.coef[:n] + dense @ self.coef[n:] + self.intercept).ravel()

    def raw_one(self, text: str, dense: Sequence[float] | None = None, lowered: str | None = None) -> float:
        """The uncalibrated prediction for one review, computed on its hashed indices directly
        (several times faster than :meth:`raw` for one text; the same value up to rounding).

        ``dense``: the lexicon features when the caller has them (``dense_features``); ``lowered``:
        ``text`` lower-cased, when the caller has it.
        """
        n = len(self.idf)
        lay = self.layout
        value = self._ngram_value(text, 0, lay.blocks, lowered)
        if lay.headline:
            head = headline(text)
            if head:
                value += lay.headline * self._ngram_value(head, N_FEATURES * (2 if self.chars else 1), False)
        dense = dense_features(text, self.code) if dense is None else dense
        value += self.dense_scale * float(np.asarray(dense, dtype=np.float32) @ self.coef[n:])
        return value + self.intercept

    def _ngram_value(self, text: str, offset: int, blocks: bool, lowered: str | None = None) -> float:
        """The n-gram part of the prediction for ``text`` read into the block starting at ``offset``."""
        indices, repeats = _unique_counts(hashed_indices(text, self.chars, lowered))
        if offset:
            indices = indices + offset
        # idf and weight of each n-gram from one row of the side-by-side table: one memory fetch, where
        # the two 4 MB arrays cost two (a review's ~6,000 n-grams land all over them; ~2x faster).
        both = self._idf_and_coef.take(indices, axis=0)
        tfidf = (1.0 + np.log(repeats.astype(np.float32))) * both[:, 0]
        weights = np.ascontiguousarray(both[:, 1])  # contiguous as before: the dot products sum alike
        if blocks and self.chars:
            split = int(np.searchsorted(indices, offset + N_FEATURES))  # sorted: words, then characters
            return _normed_dot(tfidf[:split], weights[:split]) + _normed_dot(tfidf[split:], weights[split:])
        return _normed_dot(tfidf, weights)

    @cached_property
    def _idf_and_coef(self) -> np.ndarray:
        """``idf`` and the n-gram part of ``coef`` side by side, one row per hashed feature."""
        return np.stack([self.idf, self.coef[: len(self.idf)]], axis=1)

    @property
    def layout(self) -> Layout:
        """The feature layout this model was trained with (from its metadata)."""
        return Layout(
            blocks=bool(self.meta.get("blocks", False)),
            headline=float(self.meta.get("headline", 0.0)),  # type: ignore[arg-type]
        )

    @property
    def chars(self) -> int:
        """Shortest character n-gram the model reads (0: none; models before this setting used 3)."""
        if len(self.idf) <= N_FEATURES:
            return 0
        return int(self.meta.get("chars", 3))  # type: ignore[call-overload]

    def calibrate(self, raw: np.ndarray) -> np.ndarray:
        return np.interp(raw, self.raw_knots, self.score_knots)

    def confidence(self, score: float) -> float:
        """Probability that the label read off ``score`` is right (from the held-out reliability fit)."""
        edges: Sequence[float] = self.meta.get("edges") or (39.5, 60.5)  # type: ignore[assignment]
        margin = min(abs(score - float(e)) for e in edges)
        return float(np.interp(margin, self.margin_knots, self.confidence_knots))

    def score(self, text: str, dense: Sequence[float] | None = None, lowered: str | None = None) -> tuple[float, float]:
        """(critic-like score 0-100, confidence that its label is right) for one review.

        ``dense``: its lexicon features, when the caller computed them already; ``lowered``: ``text``
        lower-cased, when the caller has it.
        """
        value = float(np.interp(self.raw_one(text, dense, lowered), self.raw_knots, self.score_knots))
        return value, self.confidence(value)

    def save(self, path: str | os.PathLike[str], **extra: np.ndarray) -> None:
        """Write the model's arrays (and any ``extra`` arrays a variant of the model carries) to ``path``."""
        arrays: dict[str, Any] = {
            "coef": self.coef.astype(np.float16),
            "intercept": np.array([self.intercept]),
            "idf": self.idf.astype(np.float16),
            "dense_scale": np.array([self.dense_scale]),
            "raw_knots": self.raw_knots,
            "score_knots": self.score_knots,
            "margin_knots": self.margin_knots,
            "confidence_knots": self.confidence_knots,
            "meta": np.array(json.dumps(self.meta)),
            **extra,
        }
        np.savez_compressed(path, **arrays)


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
