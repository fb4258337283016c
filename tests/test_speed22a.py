"""Speed pass 22a: a new review's words, character n-grams and word pairs hashed in fewer numpy calls. Each form
against the one it replaces (the same indices, in the same order)."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from filmkritik.read import hashing, sentiment

ALPHABET = "abcdefghijklmnopqrstuvwxyzäöüßéçñ-'’ABCÄÖÜİ0123456789.,!日本🎬\u0301"


def _random_tokens(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    tokens = ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 24))) for _ in range(count)]
    return [t for t in tokens if t.split()] + ["a", "ab", "abcd", "abcde", "film", "drehbuchschwächen", "İstanbul"]


def _old_tokens_features(tokens: list[str], chars: int) -> list[tuple[str, tuple[tuple[bytes, ...], bytes]]]:
    """``sentiment._tokens_features`` as it was (speed pass 21): words and n-grams hashed in two calls, sorted twice."""
    words = [tuple(sentiment._HASH_TOKEN_FAST.findall(token)) for token in tokens]
    encoded = [tuple(map(str.encode, w)) for w in words]
    word_counts = np.fromiter(map(len, words), dtype=np.intp, count=len(words))
    found = hashing.feature_indices(list(itertools.chain.from_iterable(encoded)), sentiment.N_FEATURES)
    if chars:
        grams, gram_counts = hashing.char_wb_indices(tokens, chars, sentiment.MAX_CHARS, sentiment.N_FEATURES)
        owner = np.repeat(np.arange(len(tokens)), word_counts)
        found = np.concatenate([found, grams + np.int32(sentiment.N_FEATURES)])
        found = found[
            np.argsort(np.concatenate([owner, np.repeat(np.arange(len(tokens)), gram_counts)]), kind="stable")
        ]
        word_counts = word_counts + gram_counts
    raw = found.tobytes()
    bounds = [0, *itertools.accumulate(word_counts.tolist())]
    return [
        (t, (e, raw[4 * a : 4 * b])) for t, e, (a, b) in zip(tokens, encoded, itertools.pairwise(bounds), strict=True)
    ]


@pytest.mark.parametrize("chars", [0, 2, 3])
def test_tokens_features_are_the_two_call_form(chars: int) -> None:
    for seed in range(6):
        tokens = _random_tokens(300, seed)
        assert list(sentiment._tokens_features(tokens, chars)) == _old_tokens_features(tokens, chars)
    assert list(sentiment._tokens_features(["-", "’", "x"], 2)) == _old_tokens_features(["-", "’", "x"], 2)


def test_pair_indices_are_the_pairs_of_word_and_pair_indices() -> None:
    rng = random.Random(22)
    words = [w for w in _random_tokens(400, 7) if w]
    for size in (0, 1, 2, 3, 17, 50, 300):
        chosen = rng.sample(words, size)
        expected = hashing.word_and_pair_indices(chosen, 2**18)[len(chosen) :]
        got = hashing.pair_indices([w.encode() for w in chosen], 2**18)
        assert got.dtype == np.int32
        assert np.array_equal(got, expected)


def test_murmur_of_spans_reads_the_same_words_as_the_strided_view() -> None:
    keys = [t.encode() for t in _random_tokens(2000, 3)] + [b"x" * 97, b"", b"abc"]
    sizes = np.array([len(k) for k in keys], dtype=np.intp)
    expected = np.array([hashing.murmurhash3_32([k])[0] for k in keys], dtype=np.int32)
    assert np.array_equal(hashing.murmur_spans(b"".join(keys), np.cumsum(sizes) - sizes, sizes), expected)


def test_hashed_indices_of_new_texts_are_the_memos() -> None:
    """A text read with every token new (pairs hashed directly) and again (pairs from the memo): the same indices."""
    rng = random.Random(5)
    vocabulary = [f"wort{n}" for n in range(60)] + ["der", "Film", "ist", "schön", "nicht", "Dreh-Buch", "it’s"]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randrange(0, 80))) for _ in range(40)]
    sentiment._token_memo(2).clear()
    sentiment._pair_memo().clear()
    first = [sentiment.hashed_indices(t, 2) for t in texts]
    again = [sentiment.hashed_indices(t, 2) for t in texts]
    for a, b, text in zip(first, again, texts, strict=True):
        assert np.array_equal(a, b), text
        plain = sentiment._HASH_TOKEN_FAST.findall(text.lower())
        pairs = hashing.word_and_pair_indices(plain, sentiment.N_FEATURES)[len(plain) :]
        assert np.array_equal(a[: len(pairs)], pairs)
