"""Speed pass 21b: the verdict model's memos read new tokens and word pairs without sorting them, and a text with
new tokens makes its word pairs once. Each form against the one it replaces (the same values, in order)."""

from __future__ import annotations

import itertools
import random

import numpy as np

from filmkritik.read import hashing, sentiment


def _old_remembered(memo: dict, keys: list, read, found=None) -> list:  # type: ignore[no-untyped-def]
    """``sentiment._remembered`` as it was (speed pass 20b): the missing keys sorted, the values merged in Python."""
    if found is None:
        found = list(map(memo.get, keys))
    if all(found):
        return found
    missing = {k for k, v in zip(keys, found, strict=True) if v is None}
    if not missing:
        return found
    new = dict(read(sorted(missing)))
    memo.update(new)
    return [new[k] if v is None else v for k, v in zip(keys, found, strict=True)]


def test_remembered_reads_each_missing_key_once_in_order_and_agrees_with_the_sorted_form() -> None:
    rng = random.Random(21)
    asked: list[list[str]] = []

    def read(keys: list[str]) -> list[tuple[str, bytes]]:
        asked.append(list(keys))
        return [(k, b"" if k.startswith("z") else k.upper().encode()) for k in keys]

    memo: dict[str, bytes] = {}
    old: dict[str, bytes] = {}
    words = [f"{c}{n}" for c in "abz" for n in range(12)]
    for _ in range(300):
        keys = [rng.choice(words) for _ in range(rng.randrange(0, 30))]
        asked.clear()
        assert sentiment._remembered(memo, keys, read) == _old_remembered(old, keys, read)
        if asked and len(asked) == 2:
            mine = asked[0]
            assert mine == list(dict.fromkeys(k for k in keys if k in set(mine)))  # once each, as they come
            assert sorted(mine) == asked[1]
        assert memo == old


def test_remembered_with_found_values_given() -> None:
    memo = {"a": b"A", "z": b""}
    keys = ["b", "a", "z", "b", "c"]
    found = list(map(memo.get, keys))
    assert sentiment._remembered(memo, keys, lambda ks: [(k, k.upper().encode()) for k in ks], found) == [
        b"B",
        b"A",
        b"",
        b"B",
        b"C",
    ]


def test_pair_features_cut_into_four_byte_items() -> None:
    rng = random.Random(5)
    for n in (0, 1, 2, 7, 700):
        pairs = [
            (rng.choice([b"gut", b"der", b"film", b"\xc3\xa4rger"]), rng.choice([b"ist", b"nicht", b"x"]))
            for _ in range(n)
        ]
        raw = hashing.feature_indices([b" ".join(p) for p in pairs], sentiment.N_FEATURES).tobytes()
        assert list(sentiment._pairs_features(pairs)) == list(
            zip(pairs, [raw[4 * k : 4 * k + 4] for k in range(n)], strict=True)
        )
    raw = bytes(range(256)) * 4  # every byte value (line breaks among them) at every place of an item
    assert sentiment._FOUR_BYTES.findall(raw) == [raw[4 * k : 4 * k + 4] for k in range(256)]
    assert sentiment._FOUR_BYTES.findall(raw[1:]) == [raw[1 + 4 * k : 5 + 4 * k] for k in range(255)]


def test_hashed_indices_the_same_with_new_tokens_seen_tokens_or_both() -> None:
    """A text read when none, all or some of its tokens were seen before gives the same indices (the path for new
    tokens makes the pairs once; the other looks them up as it makes them)."""
    rng = random.Random(8)
    vocabulary = [f"wort{i}" for i in range(60)] + [
        "gut",
        "nicht",
        "überzeugend",
        "film-kritik",
        "l'amour",
        "—",
        "2024",
    ]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(rng.randrange(1, 80))) for _ in range(40)]
    sentiment._token_memo(3).clear()
    sentiment._pair_memo().clear()
    first = [np.sort(sentiment.hashed_indices(t, 3)) for t in texts]
    again = [np.sort(sentiment.hashed_indices(t, 3)) for t in texts]
    for a, b in zip(first, again, strict=True):
        assert np.array_equal(a, b)
    for text, indices in itertools.islice(zip(texts, first, strict=True), 10):
        sentiment._token_memo(3).clear()  # new tokens, remembered pairs
        assert np.array_equal(np.sort(sentiment.hashed_indices(text, 3)), indices)
        sentiment._pair_memo().clear()  # remembered tokens, new pairs
        assert np.array_equal(np.sort(sentiment.hashed_indices(text, 3)), indices)
