"""Speed pass 19: faster forms of the reader's searches, each checked against the form it replaces (kept here as the
reference): the same matches, the same places."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from filmkritik.lang.de import review as review_de
from filmkritik.lang.en import review as review_en
from filmkritik.read import lexmatch

_FIXTURES = Path(__file__).parent / "fixtures"


def _fixture_texts(limit: int = 400) -> list[str]:
    """Page texts of the test fixtures (invented or already in the repository), up to ``limit``."""
    texts: list[str] = []
    for path in sorted((_FIXTURES / "review_detect").glob("*.jsonl")) + sorted((_FIXTURES / "credits").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and isinstance(text := json.loads(line).get("text"), str):
                texts.append(text)
        if len(texts) >= limit:
            break
    return texts[:limit]


def _random_texts(pattern: str, count: int, seed: int) -> list[str]:
    """Texts made of the pattern's own words and pieces of them, spaces, punctuation and digits: they hold many
    of its phrases, whole and broken off."""
    words = re.findall(r"[^\W\d_]+", pattern)
    runs = [" ".join(words[i : i + n]) for n in (2, 3) for i in range(len(words) - n + 1)]
    pieces = [*words, *runs, *(w[: len(w) // 2] for w in words), " ", " ", " ", ",", ".", "!", ":", "-", "\n", "12. "]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60))) for _ in range(count)]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


_PHRASE_LISTS = [
    (code, name, getattr(module, name))
    for code, module in (("de", review_de), ("en", review_en))
    for name in ("RECOMMEND", "JUDGING_PHRASES", "ANNOUNCEMENT")
]


@pytest.mark.parametrize(("code", "name", "pattern"), _PHRASE_LISTS, ids=[f"{c}-{n}" for c, n, _ in _PHRASE_LISTS])
def test_phrase_lists_grouped_by_their_openings_match_as_written(code: str, name: str, pattern: str) -> None:
    grouped = lexmatch.grouped(pattern)
    assert grouped != pattern  # (each list is regrouped)
    written, regrouped = re.compile(pattern), re.compile(grouped)
    texts = [t.lower() for t in _fixture_texts()] + _random_texts(pattern, 3000, len(pattern))
    found = 0
    for text in texts:
        expected = _spans(written, text)
        assert _spans(regrouped, text) == expected, text
        assert regrouped.findall(text) == written.findall(text)
        found += len(expected)
    assert found > 100


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:ab|a|abc|b(?:x|y)?z|ba)",
        r"(?<!\w)(?:(?:a|b) c|a c d|[ab]+|a|(?:x )?a c)",
        r"\b(?:a.{1,3}?b|a\.b|a\ b|a(?<=x a)|ab\b|a)",
        r"(?<![\w-])(?:(?:ab|a)(?:c|)d|a(?:b|bc)d|\d+ a|a)",
    ],
)
def test_grouping_keeps_the_engines_choice_among_alternatives(pattern: str) -> None:
    written, regrouped = re.compile(pattern), re.compile(lexmatch.grouped(pattern))
    rng = random.Random(19)
    pieces = ["a", "b", "c", "d", "x", "y", "z", " ", ".", "ab", "a c", "1"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        assert _spans(regrouped, text) == _spans(written, text), text


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:(a)b|ac)",  # a capturing group: findall would answer otherwise
        r"\b(?i:ab|ac)",
        r"(?:ab|ac)x",  # something after the group
        r"[ab](?:c|d)",
    ],
)
def test_other_shapes_are_left_as_written(pattern: str) -> None:
    assert lexmatch.grouped(pattern) == pattern


@pytest.mark.parametrize("code", ["de", "en"])
def test_sentences_with_a_wish_or_a_lack_are_those_the_per_sentence_search_finds(code: str) -> None:
    from filmkritik import lang
    from filmkritik.read import opinion, segment, sentiment

    wish = sentiment.counterfactual_pattern(code)
    data = lang.get(code)
    rng = random.Random(20)
    pieces = [
        *re.findall(r"[^\W\d_]+", wish.pattern),
        " ",
        " ",
        ".",
        ",",
        "\n",
        "Σ",
        "İ",
        "x",
    ]
    pages = _fixture_texts(200) + [
        " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 200))) for _ in range(300)
    ]
    tried = held = 0
    for page in pages:
        spans = segment.sentences(page, data.ABBREVIATIONS, segment.paragraphs(page))
        lowered = [page[a:b].lower() for a, b in spans]
        expected = {k for k, sentence in enumerate(lowered) if wish.search(sentence)}
        assert opinion._counterfactuals(lowered, page, code) == expected
        # The same with the page as the reading under way (its filter rules out openings the page lacks).
        low = page.lower()
        lexmatch.reading(page, low, code)
        if len(low) == len(page) and "Σ" not in page:
            lowered = [low[a:b] for a, b in spans]
        assert opinion._counterfactuals(lowered, page, code) == expected
        lexmatch.reading("", "", code)
        tried += len(lowered)
        held += len(expected)
    assert held > 50 and tried > 1000


def test_running_times_tried_at_the_digits_of_the_text_as_read_are_the_blanked_copys() -> None:
    from filmkritik.read.credits import blocks

    rng = random.Random(22)
    pages = _fixture_texts(300) + [
        "".join(
            rng.choice(["Frankreich ", "2023, ", "150 Min.", "(Japan 2023)", "1999)", "12 min", " ", "\n", "x"])
            for _ in range(rng.randrange(0, 30))
        )
        for _ in range(1000)
    ]
    found = 0
    for page in pages:
        digits = lexmatch.decimal_positions(page)
        # A copy with stretches replaced by spaces (as the German insertions are blanked): a digit only where the
        # page has one.
        chars = list(page)
        for _ in range(rng.randrange(0, 4)):
            at = rng.randrange(0, len(page) + 1)
            for k in range(at, min(len(page), at + rng.randrange(1, 30))):
                chars[k] = " " if chars[k] != "\n" else "\n"
        for text in (page, "".join(chars)):
            expected = _spans(blocks._RUNTIME, text)
            assert [m.span() for m in lexmatch.matches_at(blocks._RUNTIME, text, digits)] == expected
            found += len(expected)
    assert found > 100


def test_openings_that_extend_another_are_not_searched_and_the_matches_stay() -> None:
    led = lexmatch.OpeningLedPattern(r"(?<!\w)(?:hab|habe|haben|hatte)\s+(?:ich|wir)\b")
    assert set(led.openings or ()) == {"hab", "habe", "haben", "hatte"}
    assert set(led._keys.needles) == {"hab", "hatte"}
    rng = random.Random(23)
    pieces = ["hab", "habe", "haben", "hatte", " ", "ich", "wir", "x", "\n"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 20)))
        assert [m.span() for m in led.finditer(text)] == _spans(led.regex, text)


def test_the_filter_answers_the_needles_its_grams_rule_out() -> None:
    import itertools

    needles = ["spielt", "regie", "kamera", "gespielt von", "drehbuch", "zzzz", "abcd"]
    flt = lexmatch.NeedleFilter(needles)
    for text in [t.lower() for t in _fixture_texts(200)]:
        absent = flt.absent(text)
        assert isinstance(absent, frozenset) and all(n not in text for n in absent)
        assert set(itertools.filterfalse(text.__contains__, flt.needles)) >= absent


@pytest.mark.parametrize("code", ["de", "en"])
def test_polar_aspect_words_found_in_one_go_are_each_sentences_own(code: str) -> None:
    from filmkritik import lang
    from filmkritik.read import aspects, opinion, segment

    data = lang.get(code)
    words = list(lang.data(code, "verdict").ASPECT_POLAR)
    rng = random.Random(24)
    pieces = [w.rstrip("$") for w in words] + [w.rstrip("$").capitalize() for w in words]
    pieces += ["-", " ", " ", ".", "x", "ab", "n", "\n", "İ", "„"]
    pages = _fixture_texts(150) + [
        "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 120))) for _ in range(300)
    ]
    hits = 0
    for page in pages:
        paragraphs = segment.paragraphs(page)
        items = opinion.sentences(page, segment.sentences(page, data.ABBREVIATIONS, paragraphs), paragraphs, code)
        expected = [aspects._polar_hits(s.text, code, s.lowered) for s in items]
        assert aspects._polar_hits_of(items, code) == expected
        lexmatch.reading(page, page.lower(), code)  # (the page as the reading under way: its filter is used)
        assert aspects._polar_hits_of(items, code, page) == expected
        lexmatch.reading("", "", code)
        hits += sum(map(len, expected))
    assert hits > 100
