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


_TEXTS_DE = [
    "Ein großartiger Film. Die Kamera ist brillant, aber das Drehbuch schwach!\nFazit: sehenswert.",
    "Der Regisseur erzählt von einer Familie am Meer. Sie fahren nach Norden. Es regnet.\n\nDann kommt der Winter.",
    "Langweilig und zäh? Ja. Doch die Musik ist wunderbar … Am Ende bleibt ein schöner, leiser Film.",
    "",
    "Kein Satzende hier und kein Urteil",
    "Grace Holloway spielt brillant. Bright Harbour Films zeigt den Film ab Donnerstag. Perfekt!",
]
_TEXTS_EN = [
    "A stunning debut. The acting is superb, but the script is weak!\nVerdict: worth seeing.",
    "Grace Holloway plays Bright. Bright Harbour Films releases it on Friday. Brilliant work by all.",
    "It rains. They drive north. The winter comes... Then nothing happens at all.",
]


@pytest.mark.parametrize(("code", "text"), [("de", t) for t in _TEXTS_DE] + [("en", t) for t in _TEXTS_EN])
def test_judged_sentences_by_sets_are_the_word_loop_s(code: str, text: str) -> None:
    """The judged sentences counted with the text's judging words as a set give the count of the loop over each
    sentence's words, with and without names taken off, and for sentences holding words the text's set lacks."""
    import itertools
    from collections import Counter

    from filmkritik.read import review_features as rf

    cues = rf._cues(code)
    low = text.lower()
    words = rf._WORD.findall(low)
    counts = Counter(words)
    found = [cues.kinds.get(w) if w in cues.kinds else cues.kinds.setdefault(w, rf._kind(w, cues)) for w in counts]
    mask = rf._EVALUATIVE | rf._PRAISE
    for names in (set(), {w for w, k in zip(counts, found, strict=True) if k & mask}, {"bright"}):
        judging = set(itertools.compress(counts, map(mask.__and__, found))).difference(names)
        expected = rf._judged_sentences(low, cues, names)
        assert rf._judged_sentences(low, cues, names, (judging, set(counts))) == expected
        # words missing from the text's own set are asked one by one, as before
        assert rf._judged_sentences(low, cues, names, (judging, set(list(counts)[:1]))) == expected
        assert rf._judged_sentences(low, cues, names, (set(), set())) == expected


def _old_link_lists(text: str) -> list[tuple[int, int]]:
    import importlib

    collect = importlib.import_module("filmkritik.read.titles.collect")

    if "› " not in text and "» " not in text and "→ " not in text and "▸ " not in text and "► " not in text:
        return []
    return [(m.start(), m.end()) for m in collect._LINK_LIST.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Kein Pfeil hier.",
        "Ein »Zitat« und noch eins.",
        "Mehr zum Thema\n› Tag 1: „Nachtzug“ enttäuscht\n› Tag 2: Ein Wiedersehen\nDer Text geht weiter.",
        "» Erste Zeile\n» Zweite Zeile\n",
        "→ one\n→ two\n▸ three\n► four",
        "»\n» \n››",
    ],
)
def test_link_lists_gate_finds_what_the_pair_tests_found(text: str) -> None:
    from filmkritik.read.titles.collect import link_lists

    assert link_lists(text) == _old_link_lists(text)
