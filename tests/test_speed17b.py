"""Speed pass 17b: each faster function gives what the code it replaces gave."""

from __future__ import annotations

import numpy as np
import pytest

from filmkritik.read import sentiment


def _radix_unique_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The replaced ``sentiment._unique_counts``: two radix passes, runs marked at their first element."""
    if values.size < 2500:
        values = np.sort(values)
    else:
        values = values[np.argsort(values.astype(np.uint16), kind="stable")]
        values = values[np.argsort((values >> 16).astype(np.uint8), kind="stable")]
    if not values.size:
        return values, np.zeros(0, dtype=np.intp)
    first = np.empty(values.size, dtype=bool)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return values[starts], np.diff(np.append(starts, values.size))


@pytest.mark.parametrize("size", [0, 1, 2, 3, 40, 2499, 2500, 15600, 40000])
def test_unique_counts_are_the_radix_version_s(size: int) -> None:
    rng = np.random.default_rng(size)
    values = rng.integers(0, 2 * sentiment.N_FEATURES, size).astype(np.int32)
    values[: size // 3] = values[size // 3 : 2 * (size // 3)]
    if size > 10:
        values[-5:] = values[0]  # a run at the end
    found, counted = sentiment._unique_counts(values.copy())
    expected, repeats = _radix_unique_counts(values.copy())
    assert found.dtype == expected.dtype and counted.dtype == repeats.dtype
    assert np.array_equal(found, expected) and np.array_equal(counted, repeats)


def test_unique_counts_of_one_repeated_value() -> None:
    values = np.full(3000, 7, dtype=np.int32)
    found, counted = sentiment._unique_counts(values)
    assert found.tolist() == [7] and counted.tolist() == [3000]
