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


_SENTENCE_TEXTS = [
    "Ein großartiger Film. Die Kamera ist brillant!\n\nFazit: sehenswert.",
    "Der Film aus İstanbul. Er spielt am Bosporus. Gut gemacht.",  # "İ" lowers to two characters
    "ΟΔΥΣΣΕΑΣ im Kino. ΣΟΦΙΑ spielt. Ein Σ allein.",  # capital sigma: its lower case depends on what follows
    "A fine film. Its script isn't. THE END",
]


@pytest.mark.parametrize("text", _SENTENCE_TEXTS)
def test_sentence_clauses_lower_each_sentence_as_before(text: str) -> None:
    from filmkritik.ingest import load_text
    from filmkritik.model import Source
    from filmkritik.read import pipeline

    analysis = pipeline.analyse(load_text(text, Source(kind="text", url=None)))
    read = analysis.sentence_clauses
    assert len(read) == len(analysis.sentences)
    for (start, end), (lowered, clauses) in zip(analysis.sentences, read, strict=True):
        assert lowered == analysis.text[start:end].lower()
        assert clauses == sentiment.clauses(lowered, True)


def _old_rating_lines(text: str, lowered: str) -> list[tuple[int, int, str]]:
    from filmkritik.read import lexmatch, ratings

    digits = lexmatch.decimal_positions(lowered)
    marks = [m.start() for m in lexmatch.matches_at(ratings._NUMBER_OF_IN_LINE, lowered, digits)]
    for key in ratings._GATE_ALL:
        at = lowered.find(key)
        while at >= 0:
            marks.append(at)
            at = lowered.find(key, at + len(key))
    lines: list[tuple[int, int, str]] = []
    end = -1
    for at in sorted(marks):
        if at < end:
            continue
        start = lowered.rfind("\n", 0, at) + 1
        end = lowered.find("\n", at)
        if end < 0:
            end = len(lowered)
        lines.append((start, end, lowered[start:end]))
    return lines


_FILLER = "Die Geschichte einer Familie am Meer, erzählt ohne Eile und mit viel Geduld für ihre Figuren. " * 12


@pytest.mark.parametrize(
    "text",
    [
        _FILLER,
        _FILLER + "\nUnsere Wertung: ★★★★☆\nFazit: sehenswert, 4 von 5 Sternen.\n" + _FILLER,
        "Rating: ***1/2 (stars)\n" + _FILLER + "\nStarttermin: 3. Mai. Urteil: gut. Punktet mit Humor, 8/10 Punkte",
        "****\n*****\n" + _FILLER + "Score: 7 out of 10 — the verdict: a star is born. Grade: B-",
    ],
)
def test_rating_lines_through_the_reading_filter_are_the_finds_lines(text: str) -> None:
    from filmkritik.read import lexmatch, ratings

    low = text.lower()
    expected = _old_rating_lines(text, low)
    lexmatch.reading(text, low, "de")
    try:
        assert lexmatch.here(low) is not None
        # twice: the second time the filter knows the gate words and rules out the absent ones
        assert ratings._rating_lines(text, low) == expected
        lexmatch.reading(text, low, "de")
        assert ratings._rating_lines(text, low) == expected
    finally:
        lexmatch.reading("", "", "de")
    assert ratings._rating_lines(text, low) == expected  # (not the reading's: searched as before)


def _old_quoted_under_column_label(text: str) -> list[object]:
    import importlib

    collect = importlib.import_module("filmkritik.read.titles.collect")
    lowered_head = text[:4000].casefold()
    if not any(hint in lowered_head for hint in collect._COLUMN_HINTS):
        return []
    end = min(len(text), 4000)
    if not collect._QUOTE_LINE_OPENING.search(text, 0, end):
        return []
    found = []
    for m in collect._QUOTE_UNDER_LINE.finditer(text, 0, end):
        label = m.group(1).strip(" :").casefold()
        title = m.group(2).strip()
        if collect._COLUMN_LABEL.fullmatch(label) and title[:1].isupper() and len(title.split()) <= 9:
            found.append(collect.TitleSpan(title, m.start(2), m.start(2) + len(title), "headline"))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "",
        "UNSER FILM DER WOCHE\n„Kleiner Mann, großes Boot“\nEin schöner Film.",
        'FILM OF THE WEEK\n"Paper Lanterns"\nA fine film.',
        "Kein Hinweis\n„Ein Zitat“\nText.",
        "Film der Woche ohne Zitatzeile. „Zitat“ im Satz.",
    ],
)
def test_quoted_under_column_label_gates_in_either_order(text: str) -> None:
    import importlib

    collect = importlib.import_module("filmkritik.read.titles.collect")
    assert collect._quoted_under_column_label(text) == _old_quoted_under_column_label(text)


def test_latin_token_class_is_the_unicode_class_below_256_and_beyond_latin_finds_the_rest() -> None:
    import re

    one = re.compile(r"[^\W\d_]")
    latin = re.compile(sentiment._LATIN_CLASS)
    for code in range(0x3000):  # (Latin, Greek, Cyrillic, the punctuation and marks German and English texts use)
        ch = chr(code)
        letter = one.fullmatch(ch) is not None
        if code < 256:
            assert (latin.fullmatch(ch) is not None) == letter, hex(code)
        else:
            assert latin.fullmatch(ch) is None
            assert (sentiment._BEYOND_LATIN.search(ch) is not None) == letter, hex(code)
    for ch in ("\U00010400", "\U0001d400", "\U00020000", "😀"):  # astral letters and a symbol
        assert (sentiment._BEYOND_LATIN.search(ch) is not None) == (one.fullmatch(ch) is not None)


_CLAUSE_TEXTS = [
    "Das ist gut, aber nicht ŁÓDŹ; Dvořák!",
    "He didn't like it: İstanbul — 2nd act, ½ star, x² and ³rd; don’t ask (really).",
    "„Großartig“, sagt sie – und geht. ÆØÅ æøå ÞÐ þð ªº µ",
    "ΟΔΥΣΣΕΑΣ, Москва; 東京 and café-au-lait's o'clock",
    "",
    "... ,,, ;;",
]


@pytest.mark.parametrize("text", _CLAUSE_TEXTS)
def test_clauses_are_the_unicode_pattern_s(text: str) -> None:
    low = text.lower().replace("n't", " n't")
    expected = [sentiment._TOKEN.findall(piece) for piece in sentiment._BREAK.split(low)]
    assert sentiment.clauses(text) == expected
    assert sentiment.clauses(text.lower(), True) == expected
    if sentiment.latin(text.lower()):
        assert sentiment.clauses(text.lower(), True, True) == expected


def test_clauses_on_random_latin_and_beyond_texts() -> None:
    import random

    rng = random.Random(17)
    alphabet = "abcxyzäöüßÄÖÜéèçñ²½ºª-'’ ,.;:!?()[]–—\n\t0123456789_„“”…łřİΣσ"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        low = text.lower().replace("n't", " n't")
        expected = [sentiment._TOKEN.findall(piece) for piece in sentiment._BREAK.split(low)]
        assert sentiment.clauses(text) == expected
        if sentiment.latin(text.lower()):
            assert sentiment.clauses(text.lower(), True, True) == expected


def test_remembered_reads_only_missing_keys_and_keeps_false_values() -> None:
    reads: list[list[str]] = []

    def read(keys: list[str]) -> list[tuple[str, object]]:
        reads.append(keys)
        return [(k, k.upper().encode()) for k in keys]

    memo: dict[str, object] = {"a": b"A", "z": b""}  # (a false value that is not None: kept, not read again)
    assert sentiment._remembered(memo, ["a", "z", "a"], read) == [b"A", b"", b"A"]
    assert reads == []
    assert sentiment._remembered(memo, ["b", "a", "z", "b", "c"], read) == [b"B", b"A", b"", b"B", b"C"]
    assert reads == [["b", "c"]]
    assert memo["b"] == b"B" and memo["c"] == b"C"


def test_word_tokens_and_finder_are_the_unicode_pattern_s() -> None:
    import random

    from filmkritik.read import review_features

    assert review_features._WORD.pattern == sentiment._TOKEN.pattern
    rng = random.Random(171)
    alphabet = "abcxyzäöüßÄÖÜéèçñ²½ºª-'’ ,.;:!?()[]–—\n\t0123456789_„“”…łřİΣσ"
    for text in [
        *_CLAUSE_TEXTS,
        *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(2000)),
    ]:
        assert sentiment.word_tokens(text) == sentiment._TOKEN.findall(text)
        find = sentiment.word_finder(text)
        for start, end in ((0, len(text)), (len(text) // 3, len(text)), (2, len(text) // 2)):
            assert find(text, start, end) == sentiment._TOKEN.findall(text, start, end)


_HEADLINE_TEXTS = [
    "Kritik: „Der lange Sommer“\nEin Film über eine Familie.\nUnsere Kritik zum Film „Nachtbus“\n",
    "[Review] The Paper Lanterns\nFilm of the week: 'Harbour Lights'\nQuick take on Harbour Lights, a fine film.\n",
    "Filmkritik zu Die stille Insel\nIm Kino: Die stille Insel\nFolge 3: „Der Sturm“\nGedanken zum Film Eisblau\n",
    "Ohne Hinweis\nNoch eine Zeile ohne Stichwort\n" * 5,
    "REVIEW: THE LAST HARBOUR\nMy thoughts on The Last Harbour\nEpisode 4 – 'Lights Out'\n",
]


@pytest.mark.parametrize("code", ["de", "en"])
@pytest.mark.parametrize("text", _HEADLINE_TEXTS)
def test_headline_cues_gated_by_required_strings_find_what_the_search_found(
    code: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    from filmkritik.read import title_spans

    data = importlib.import_module(f"filmkritik.lang.{code}.titles")
    gated = title_spans.headline_cues(text, data, 4000)
    ungated = [None] * len(title_spans._compiled(data)[0])
    monkeypatch.setattr(title_spans, "_headline_gates", lambda _data: ungated)
    assert title_spans.headline_cues(text, data, 4000) == gated


def test_page_lines_compare_and_hash_by_their_fields_as_before() -> None:
    from filmkritik.read import page_blocks

    a, b = page_blocks._Line(0, 5, "Hallo"), page_blocks._Line(0, 5, "Hallo")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != page_blocks._Line(0, 5, "Hallo!") and a.prose is False
    assert page_blocks._lines("eins\n\nzwei") == [
        page_blocks._Line(0, 4, "eins"),
        page_blocks._Line(5, 5, ""),
        page_blocks._Line(6, 10, "zwei"),
    ]
