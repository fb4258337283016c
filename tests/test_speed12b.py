"""Speed pass 12b: the reader hashes n-grams without scikit-learn, to the same indices."""

from __future__ import annotations

import itertools
import random
import re
import subprocess
import sys

import numpy as np
import pytest
from sklearn.feature_extraction._hashing_fast import transform
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32

from filmkritik.read import hashing, sentiment

#: Letters that make the hash's tails and UTF-8 widths vary: ASCII, Latin-1, Greek (final sigma),
#: dotted I, CJK, an emoji (4 bytes), apostrophes, hyphens, white space and NUL.
ALPHABET = "abcdefghijklmnopqrstuvwxyzäöüßéñ çİıΣσς日本語🎬-'’\t\n\x00"


def random_keys(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 70))) for _ in range(count)]


def test_murmurhash_is_scikit_learns_on_random_unicode_keys() -> None:
    keys = [k.encode("utf-8") for k in random_keys(5000, 1)]
    for seed in (0, 1, 42, 2**32 - 1):
        expected = np.array([murmurhash3_32(k, seed=seed, positive=False) for k in keys], dtype=np.int64)
        assert np.array_equal(hashing.murmurhash3_32(keys, seed).astype(np.int64), expected)


def test_feature_indices_are_the_hashing_kernels() -> None:
    keys = [*random_keys(5000, 2), "", "a", "ab", "abc", "abcd", "der film", "of the"]
    for n_features in (2**18, 2**20, 1000):
        expected = np.asarray(transform([zip(keys, itertools.repeat(1))], n_features, np.float32, False, seed=0)[0])
        as_bytes = [k.encode("utf-8") for k in keys]
        assert np.array_equal(hashing.feature_indices(as_bytes, n_features), expected)


def test_the_most_negative_hash_lands_where_scikit_learn_puts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # abs(-2**31) overflows in scikit-learn's 32-bit kernel, which defines that hash's column itself.
    monkeypatch.setattr(hashing, "murmurhash3_32", lambda keys: np.array([-(2**31), 5, -5], dtype=np.int32))
    for n in (2**18, 1000):
        assert hashing.feature_indices([b"a", b"b", b"c"], n).tolist() == [(2147483647 - (n - 1)) % n, 5 % n, 5 % n]


@pytest.mark.parametrize("shortest", [2, 3])
def test_character_ngrams_are_scikit_learns_char_wb(shortest: int) -> None:
    analyzer = HashingVectorizer(analyzer="char_wb", ngram_range=(shortest, 5)).build_analyzer()
    for text in [*random_keys(2000, 3), "Drehbuchschwächen", "a", "", "  x  y  ", "İstanbul ΣΟΦΙΑ"]:
        assert hashing.char_wb_ngrams(text, shortest, 5) == analyzer(text)


def test_word_and_pair_indices_are_the_kernels() -> None:
    rng = random.Random(6)
    words = [k for k in random_keys(400, 7) if k]
    for size in (0, 1, 2, 3, 50, 300):
        chosen = rng.sample(words, size)
        grams = [*chosen, *map(" ".join, itertools.pairwise(chosen))]
        expected = np.asarray(transform([zip(grams, itertools.repeat(1))], 2**18, np.float32, False, seed=0)[0])
        assert np.array_equal(hashing.word_and_pair_indices(chosen, 2**18), expected)


@pytest.mark.parametrize("shortest", [2, 3])
def test_character_ngram_indices_are_the_vectorizers_per_token(shortest: int) -> None:
    hasher = HashingVectorizer(
        n_features=2**18, analyzer="char_wb", ngram_range=(shortest, 5), alternate_sign=False, norm=None
    )
    analyzer = hasher.build_analyzer()
    tokens = [*random_keys(1500, 5), "Drehbuchschwächen", "a", "ab", "abcd", "abcde", "İstanbul", "日本", "🎬x", "\x00"]
    tokens = [t for t in tokens if t.split()] + ["two words"]
    indices, counts = hashing.char_wb_indices(tokens, shortest, 5, 2**18)
    assert counts.tolist() == [len(analyzer(t)) for t in tokens]
    bounds = np.concatenate([[0], np.cumsum(counts)])
    for k, token in enumerate(tokens):
        expected = np.sort(hashing.feature_indices([g.encode("utf-8") for g in analyzer(token)], 2**18))
        assert np.array_equal(np.sort(indices[bounds[k] : bounds[k + 1]]), expected), token
        row = hasher.transform([token])
        assert np.array_equal(np.sort(np.repeat(row.indices, row.data.astype(np.int64))), expected.astype(np.int64))


@pytest.mark.parametrize("chars", [0, 2, 3])
def test_hashed_indices_match_the_training_counts_on_random_texts(chars: int) -> None:
    rng = random.Random(chars)
    words = [*random_keys(300, 4), "der", "Film", "the", "film", "it’s", "a-b-c", "don't"]
    for _ in range(30):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 120)))
        trained = sentiment.counts([text], chars).tocsr()
        expected = np.sort(np.repeat(trained.indices, trained.data.astype(np.int64)))
        assert np.array_equal(np.sort(sentiment.hashed_indices(text, chars).astype(np.int64)), expected)


def test_a_full_pair_memo_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentiment, "TOKEN_MEMO", 4)
    sentiment._pair_memo().clear()
    text = "one two three four five six seven eight nine ten"
    trained = sentiment.counts([text], 3).tocsr()
    expected = np.sort(np.repeat(trained.indices, trained.data.astype(np.int64)))
    for _ in range(2):
        assert np.array_equal(np.sort(sentiment.hashed_indices(text, 3).astype(np.int64)), expected)
        assert len(sentiment._pair_memo()) <= 9  # one text's pairs at most


def test_reading_a_review_does_not_load_scikit_learn_or_scipy() -> None:
    text = (
        "Der neue Film von Anna Beispiel ist ein ruhiges, genau beobachtetes Drama. "
        "Die Bilder sind schön, die Figuren glaubwürdig, nur das Ende zieht sich. " * 20
    )
    code = (
        "import sys, filmkritik\n"
        f"filmkritik.read_text({text!r})\n"
        "print(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("code", ["de", "en"])
def test_promo_phrases_found_from_their_openings_as_the_regex_finds_them(code: str) -> None:
    # The is-review feature counts page-furniture phrases (ticket links, watch-list buttons) through
    # their literal openings; the count must be the plain regex's.
    from filmkritik import lang
    from filmkritik.read import review_features

    cues = review_features._cues(code)
    openings = cues.promo.openings
    assert openings  # found by substring search, not by trying the regex at every letter
    rng = random.Random(8)
    filler = "the film about a lighthouse keeper, sehr ruhig erzählt. "
    for _ in range(50):
        parts = [rng.choice([*openings, filler, "x" + rng.choice(openings)]) for _ in range(rng.randrange(1, 12))]
        text = " ".join(parts).lower()
        plain = re.compile(lang.data(code, "review").PROMO)
        assert [m.span() for m in cues.promo.finditer(text)] == [m.span() for m in plain.finditer(text)]
