"""Speed pass 24: faster forms of the reader's searches, each checked against the form it replaces (kept here as the
reference): the same matches, the same places."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

import filmkritik.read.titles.collect  # noqa: F401  (the module; the package exports a function of that name)
from filmkritik.read import lexmatch

collect = sys.modules["filmkritik.read.titles.collect"]

_FIXTURES = Path(__file__).parent / "fixtures"


def _fixture_texts(*folders: str) -> list[str]:
    """Page texts of the test fixtures under ``folders`` (invented or already in the repository)."""
    texts: list[str] = []
    for folder in folders:
        for path in sorted((_FIXTURES / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and isinstance(text := json.loads(line).get("text"), str):
                    texts.append(text)
    return texts


def _column_texts(count: int, seed: int) -> list[str]:
    """Heads of column labels, quoted lines, blank and indented lines, unclosed and doubled quotes."""
    words = (
        "Unser Film der Woche|TIPP DES TAGES|Our pick of the week|Streamingtipp am Wochenende|Kritik|„Das kleine Boot“|"
        '»Nachtzug«|"The Long Road"|„Kleiner Mann, großes Boot“|“Open”|„|“|"|«|»|\n|\n|\n| |\t|:|Ein Film|'
        "Neustart der Woche:|von Jo Reh"
    ).split("|")
    pieces = [*words, "x" * 70]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30))) for _ in range(count)]


def test_quotes_under_lines_are_the_patterns_own_matches() -> None:
    texts = _fixture_texts("heldout", "titles", "verdict_de") + _column_texts(20000, 24)
    found = 0
    for text in texts:
        for end in {min(len(text), 4000), len(text) // 2}:
            written = [(m.span(), m.groups()) for m in collect._QUOTE_UNDER_LINE.finditer(text, 0, end)]
            assert [(m.span(), m.groups()) for m in collect._quotes_under_lines(text, end)] == written, text
            found += len(written)
    assert found > 500


def test_every_column_label_holds_a_column_hint() -> None:
    # (Why ``_quoted_under_column_label`` needs no gate on the hints: the label's closing phrase always holds one.)
    closing = collect._COLUMN_LABEL.pattern.split("s? (?:", 1)[1]
    phrases = [p for p in closing.replace("(?:week|day|month|year|weekend)", "WEEK").strip(")").split("|")]
    phrases = [p.replace("WEEK", unit) for p in phrases for unit in ("week", "day", "month", "year", "weekend")]
    assert "der woche" in phrases and "of the weekend" in phrases and "for the weekend" in phrases
    for phrase in phrases:
        assert any(hint in phrase for hint in collect._COLUMN_HINTS), phrase
        assert collect._COLUMN_LABEL.fullmatch(f"film {phrase}"), phrase


def _needle_grams_one_by_one(needles: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The filter's grams as built before speed pass 24: each needle hashed alone."""
    grams = [lexmatch._gram_hashes(n) for n in needles]
    return np.concatenate(grams), np.cumsum([0] + [g.size for g in grams[:-1]])


def test_needle_grams_hashed_in_one_go_are_each_needles_own() -> None:
    rng = random.Random(24)
    letters = "abcdefghijklmnopqrstuvwxyzäöüß -İσ🎬\u0301"
    for _ in range(300):
        needles = [
            "".join(rng.choice(letters) for _ in range(rng.randrange(4, 20))) for _ in range(rng.randrange(1, 40))
        ]
        grams, firsts = lexmatch._needle_grams(needles)
        old_grams, old_firsts = _needle_grams_one_by_one(needles)
        assert grams.dtype == old_grams.dtype and grams.tolist() == old_grams.tolist()
        assert firsts.tolist() == old_firsts.tolist()
    text = "ein film über 🎬 kinos und ihr publikum, i̇stanbul"
    needles = ["kino", "publikum", "🎬 ki", "istanbul", "i̇sta", "theater", "über", "ihr p"]
    assert lexmatch.NeedleFilter(needles).absent(text) == frozenset({"istanbul", "theater"})


def test_the_reused_gram_table_starts_empty_for_each_text() -> None:
    needles = ["kino", "publikum", "theater", "leinwand", "premiere"]
    first = lexmatch.NeedleFilter(needles).absent("kino, theater, leinwand und premiere")
    assert first == frozenset({"publikum"})
    assert lexmatch.NeedleFilter(needles).absent("ein publikum") == frozenset(
        {"kino", "theater", "leinwand", "premiere"}
    )


def _clause_openings(text: str) -> list[int]:
    from filmkritik.read.credits import role_phrases

    return [0, *(m.end() for m in role_phrases._CLAUSE_OPENING_END.finditer(text))]


def test_clause_led_german_cast_patterns_match_only_at_clause_openings_as_their_search_does() -> None:
    """The two German cast patterns led by a clause opening ("Als Malte brilliert A, als Gesa B.", "Ihre Hanne legt X
    ...") are tried only where a clause opens: the same matches as searching the whole text."""
    from filmkritik.read.credits import role_phrases

    pieces = ["Als ", "Malte ", "spielt ", "brilliert ", "Anna Berg", ", ", "als ", "die ", "Gesa Ruth Kallweit", ". ",
              "\n", ": ", "!", "? ", "Ihre ", "Seinen ", "Hanne ", "legt ", "Lea Marx ", " ", "\t"]
    rng = random.Random(24)
    texts = ["Als Malte brilliert Anna Berg, als Gesa Ruth Kallweit.", "Ihre Hanne legt Lea Marx als Kämpferin an.",
             "Kritik.\nDen Malte spielt Anna Berg, die Gesa Ruth Kallweit."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(2000)]
    texts += _fixture_texts("heldout")[:120]
    found = 0
    for pattern in (role_phrases._GAPPED_PART_PERFORMER_DE, role_phrases._HER_PART_FIRST_DE):
        for text in texts:
            whole = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in lexmatch.matches_at(pattern, text, _clause_openings(text))] == whole, text
            found += len(whole)
    assert found >= 3
