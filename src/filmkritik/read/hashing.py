"""The hashing trick as scikit-learn's ``HashingVectorizer`` does it, in numpy only.

Reading a review needs the hashed feature indices of its n-grams; importing scikit-learn for its
hashing kernel also loads SciPy and a thousand modules (~80,000 objects that every full garbage
collection walks, and ~1.4 s of start-up). This module gives the same indices: MurmurHash3 (x86,
32-bit, as ``sklearn.utils.murmurhash3_32`` with ``positive=False``) of each feature's UTF-8 bytes,
then ``abs(h) % n_features`` as ``sklearn.feature_extraction._hashing_fast.transform`` with
``alternate_sign=False``; and the ``char_wb`` analyzer's character n-grams. Training keeps
scikit-learn; ``tests/test_speed12b.py`` checks both against it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_C1 = np.uint32(0xCC9E2D51)
_C2 = np.uint32(0x1B873593)
_M5 = np.uint32(5)
_N1 = np.uint32(0xE6546B64)
_F1 = np.uint32(0x85EBCA6B)
_F2 = np.uint32(0xC2B2AE35)
_INT32_MIN = -(2**31)

#: scikit-learn's white-space normaliser of the ``char_wb`` analyzer.
_WHITE_SPACES = re.compile(r"\s\s+")


_MASK = 0xFFFFFFFF
#: The tail's bytes (0-3 of them) as the reference reads them: the rest of its block masked off.
_TAIL_MASKS = np.array([0, 0xFF, 0xFFFF, 0xFFFFFF], dtype=np.uint32)
#: Block columns run vectorised while more than this many keys still have blocks; the few longer keys
#: (a URL, a chain of compounds) finish in plain Python, so one long key does not cost every key a column.
_FEW = 16


def _mix_into(h: np.ndarray, k: np.ndarray, tmp: np.ndarray) -> None:
    """``h ^= rotl(k * c1, 15) * c2`` in place (``k`` and ``tmp`` are scratch)."""
    k *= _C1
    np.left_shift(k, np.uint32(15), out=tmp)
    np.right_shift(k, np.uint32(17), out=k)
    k |= tmp
    k *= _C2
    h ^= k


def _round(h: np.ndarray, k: np.ndarray, tmp: np.ndarray) -> None:
    """One block of MurmurHash3 in place: mix ``k`` in, rotate ``h`` by 13, ``h * 5 + n1``."""
    _mix_into(h, k, tmp)
    np.left_shift(h, np.uint32(13), out=tmp)
    np.right_shift(h, np.uint32(19), out=h)
    h |= tmp
    h *= _M5
    h += _N1


def _python_rounds(h: int, key: bytes, start: int, stop: int) -> int:
    """Blocks ``start`` to ``stop`` (exclusive) of ``key`` mixed into ``h``, in plain Python."""
    for j in range(start, stop):
        k = (int.from_bytes(key[4 * j : 4 * j + 4], "little") * 0xCC9E2D51) & _MASK
        k = (((k << 15) | (k >> 17)) * 0x1B873593) & _MASK
        h ^= k
        h = ((((h << 13) | (h >> 19)) & _MASK) * 5 + 0xE6546B64) & _MASK
    return h


def murmurhash3_32(keys: Sequence[bytes], seed: int = 0) -> np.ndarray:
    """MurmurHash3 x86 32-bit of each of ``keys`` as signed 32-bit integers (int32 array)."""
    given = np.fromiter(map(len, keys), dtype=np.intp, count=len(keys))
    return _murmur_spans(b"".join(keys), np.cumsum(given) - given, given, seed)


def _murmur_spans(joined: bytes, starts: np.ndarray, given: np.ndarray, seed: int = 0) -> np.ndarray:
    """MurmurHash3 x86 32-bit (signed) of the keys ``joined[start : start + length]``.

    Vectorised over the keys: they are sorted longest first, so the j-th block of every key that has
    one is a prefix of the order, read from the joined bytes at each key's offset (a 4-byte window at
    every byte offset, a view without a copy) and mixed into those keys' states.
    """
    n = len(given)
    if not n:
        return np.zeros(0, dtype=np.int32)
    order = np.argsort(-(given // 4), kind="stable")
    lengths = given[order]
    blocks = lengths // 4
    starts = starts[order]
    padded = joined + bytes(4)
    # at[o]: the little-endian 32-bit word at byte offset o (a read-only view of the bytes with a one-byte stride,
    # made in one call: ``as_strided`` costs tens of microseconds of Python per key set)
    at = np.ndarray((len(padded) - 3,), dtype="<u4", buffer=padded, strides=(1,))
    live = n - np.cumsum(np.bincount(blocks))  # live[j]: keys with more than j whole blocks
    h = np.full(n, np.uint32(seed & _MASK), dtype=np.uint32)
    tmp = np.empty(n, dtype=np.uint32)
    width = 0
    with np.errstate(over="ignore"):
        while width < len(live) and live[width] > _FEW:
            count = int(live[width])
            _round(h[:count], at[starts[:count] + 4 * width], tmp[:count])
            width += 1
        if width < len(live):
            for i in range(int(live[width])):  # the few keys longer than the vectorised columns
                start = int(starts[i])
                key = joined[start : start + int(lengths[i])]
                h[i] = _python_rounds(int(h[i]), key, width, int(blocks[i]))
        _mix_into(h, at[starts + 4 * blocks] & _TAIL_MASKS[lengths % 4], tmp)  # a zero tail mixes to 0
        h ^= lengths.astype(np.uint32)
        h ^= h >> np.uint32(16)
        h *= _F1
        h ^= h >> np.uint32(13)
        h *= _F2
        h ^= h >> np.uint32(16)
    out = np.empty(n, dtype=np.uint32)
    out[order] = h
    return out.view(np.int32)


def _columns(h: np.ndarray, n_features: int) -> np.ndarray:
    """scikit-learn's column of each signed hash: ``abs(h) % n_features`` (int32)."""
    wide = h.astype(np.int64)
    indices = np.abs(wide) % n_features
    # abs(-2**31) overflows in scikit-learn's int32 kernel; it defines that case as below.
    indices[wide == _INT32_MIN] = (2147483647 - (n_features - 1)) % n_features
    return indices.astype(np.int32)


def word_and_pair_indices(words: Sequence[str], n_features: int) -> np.ndarray:
    """The hashed columns of ``words`` and then of each two successive words joined by a space (the
    vectorizer's 1-2 grams): every pair is a span of the words' space-joined UTF-8 bytes, hashed in
    place."""
    encoded = list(map(str.encode, words))
    n = len(encoded)
    if not n:
        return np.zeros(0, dtype=np.int32)
    sizes = np.fromiter(map(len, encoded), dtype=np.intp, count=n)
    starts = np.cumsum(sizes + 1) - (sizes + 1)
    spans = np.concatenate([starts, starts[:-1]])
    lengths = np.concatenate([sizes, sizes[:-1] + 1 + sizes[1:]])
    return _columns(_murmur_spans(b" ".join(encoded), spans, lengths), n_features)


def pair_indices(words: Sequence[bytes], n_features: int) -> np.ndarray:
    """The hashed columns of each two successive ``words`` (UTF-8 encoded) joined by a space, in order: every pair is a
    span of the words' space-joined bytes, hashed in place (as :func:`word_and_pair_indices` hashes its pairs)."""
    n = len(words)
    if n < 2:
        return np.zeros(0, dtype=np.int32)
    sizes = np.fromiter(map(len, words), dtype=np.intp, count=n)
    starts = np.cumsum(sizes + 1) - (sizes + 1)
    return _columns(_murmur_spans(b" ".join(words), starts[:-1], sizes[:-1] + 1 + sizes[1:]), n_features)


def char_wb_indices(
    tokens: Sequence[str], shortest: int, longest: int, n_features: int
) -> tuple[np.ndarray, np.ndarray]:
    """The hashed columns of the ``char_wb`` n-grams (:func:`char_wb_ngrams`) of each of ``tokens``,
    grouped by token in token order, and how many each token has: the n-grams are found as spans of
    the tokens' joined UTF-8 bytes and hashed in place, without a string per n-gram."""
    encoded, begin, length, token = char_wb_spans(tokens, shortest, longest)
    if not len(token):
        return np.zeros(0, dtype=np.int32), np.zeros(len(tokens), dtype=np.intp)
    hashed = _murmur_spans(encoded, begin, length)
    order = np.argsort(token, kind="stable")
    return _columns(hashed, n_features)[order], np.bincount(token, minlength=len(tokens))


def char_wb_spans(
    tokens: Sequence[str], shortest: int, longest: int
) -> tuple[bytes, np.ndarray, np.ndarray, np.ndarray]:
    """The ``char_wb`` n-grams of ``tokens`` as spans of one byte string, not yet hashed: (the padded words' joined
    UTF-8 bytes, each n-gram's first byte, its length in bytes, the index of the token it is cut from), in no
    particular order (:func:`char_wb_indices` groups them by token)."""
    words = [token.lower().split() for token in tokens]  # (the analyzer's white-space step: one word, as a rule)
    padded = [" " + w + " " for ws in words for w in ws]
    if not padded:
        empty = np.zeros(0, dtype=np.intp)
        return b"", empty, empty, empty
    owner = np.repeat(np.arange(len(tokens)), np.fromiter(map(len, words), dtype=np.intp, count=len(words)))
    text = "".join(padded)
    encoded = text.encode("utf-8")
    if len(encoded) == len(text):  # (one byte a character: the byte offsets are the character offsets)
        byte_at = np.arange(len(text) + 1)
    else:
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        widths = 1 + (points >= 0x80).astype(np.intp) + (points >= 0x800) + (points >= 0x10000)  # UTF-8 bytes
        byte_at = np.zeros(len(points) + 1, dtype=np.intp)
        np.cumsum(widths, out=byte_at[1:])
    size = np.fromiter(map(len, padded), dtype=np.intp, count=len(padded))
    first = np.cumsum(size) - size  # each padded word's first character
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    of: list[np.ndarray] = []
    # A word of L characters (padding included) has its L - n + 1 n-grams for every n below L, and
    # itself once when L <= longest (the analyzer's loop stops there).
    for n in range(shortest, longest + 1):
        which = np.flatnonzero(size > n)
        counts = size[which] - n + 1
        rep = np.repeat(which, counts)
        # (each n-gram's place: its word's first character plus its rank among that word's n-grams)
        begin = np.arange(int(counts.sum())) + np.repeat(first[which] - (np.cumsum(counts) - counts), counts)
        starts.append(begin)
        ends.append(begin + n)
        of.append(rep)
    whole = np.flatnonzero(size <= longest)
    starts.append(first[whole])
    ends.append(first[whole] + size[whole])
    of.append(whole)
    begin_bytes = byte_at[np.concatenate(starts)]
    return encoded, begin_bytes, byte_at[np.concatenate(ends)] - begin_bytes, owner[np.concatenate(of)]


#: The hashing kernel over spans of one byte string, and scikit-learn's column of each hash, for callers that
#: gather their keys' spans themselves (the verdict model's words and character n-grams in one call).
murmur_spans = _murmur_spans
columns = _columns


def feature_indices(features: Sequence[bytes], n_features: int) -> np.ndarray:
    """The hashed column of each feature (its UTF-8 bytes), in order, as int32: what scikit-learn's
    ``HashingVectorizer(alternate_sign=False)`` counts it in."""
    return _columns(murmurhash3_32(features), n_features)


def char_wb_ngrams(text: str, shortest: int, longest: int) -> list[str]:
    """Character ``shortest``-``longest`` grams of each white-space word of ``text`` lower-cased, padded
    with a space on both sides: scikit-learn's ``char_wb`` analyzer (lowercase, no accent stripping)."""
    text = _WHITE_SPACES.sub(" ", text.lower())
    ngrams: list[str] = []
    append = ngrams.append
    for w in text.split():
        w = " " + w + " "
        w_len = len(w)
        for n in range(shortest, longest + 1):
            offset = 0
            append(w[offset : offset + n])
            while offset + n < w_len:
                offset += 1
                append(w[offset : offset + n])
            if offset == 0:  # a short word (shorter than n) counts once
                break
    return ngrams
