"""Two spellings of one title in the same text ("... unter Fremden" and "... unter Freunden").

Near-identical title sightings (same number of words, most words shared, the differing
words alike) are one title written two ways. The spelling seen more often, or first,
is taken as the intended one; the other is reported.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from filmkritik.model import Span
from filmkritik.read.title_spans import TitleSpan

_NUMERAL = re.compile(r"^(?:[ivxlc]+|\d+)[.:]?$", re.IGNORECASE)


@dataclass(frozen=True)
class Variant:
    found: str
    expected: str
    found_span: Span
    expected_span: Span


def _key(value: str) -> str:
    return " ".join(value.replace("–", "-").replace("—", "-").split()).casefold()


def near_identical(a: str, b: str) -> bool:
    """Same length in words, at most a third of them differing, and those alike in spelling."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 3 or a == b:
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if not differing or len(differing) > max(1, len(wa) // 3):
        return False
    if any(_NUMERAL.match(x) or _NUMERAL.match(y) for x, y in differing):
        return False  # "Saw II" and "Saw III" are two films, not one spelt two ways
    return all(x[0] == y[0] and SequenceMatcher(None, x, y).ratio() >= 0.6 for x, y in differing)


def find_variants(spans: list[TitleSpan], title_key: str) -> list[Variant]:
    """Pairs of near-identical spellings of the film's title (or its local form) in ``spans``."""
    by_key: dict[str, list[TitleSpan]] = {}
    for span in sorted(spans, key=lambda s: s.start):
        if span.how in ("quoted", "headline", "line", "caps"):
            by_key.setdefault(_key(span.text), []).append(span)
    counts = Counter({k: len({s.start for s in v}) for k, v in by_key.items()})
    keys = [k for k in by_key if title_key and (title_key in k or k in title_key)]
    variants = []
    reported: set[str] = set()
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if not near_identical(a, b):
                continue
            first_a, first_b = by_key[a][0], by_key[b][0]
            a_wins = (counts[a], -first_a.start) >= (counts[b], -first_b.start)
            expected, found = (first_a, first_b) if a_wins else (first_b, first_a)
            found_key = _key(found.text)
            if found_key in reported:
                continue
            reported.add(found_key)
            variants.append(
                Variant(found.text, expected.text, (found.start, found.end), (expected.start, expected.end))
            )
    return variants
