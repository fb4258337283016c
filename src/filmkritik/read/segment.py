"""Paragraphs and sentences as character spans of the review text.

Every later component works on these spans, so evidence offsets always point into
the one normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from filmkritik.model import Span

# A sentence ends at . ! ? … (optionally closed by quotes/brackets) before whitespace
# and a capital, a digit, a quote or an opening bracket.
#: (Any Latin capital opens a sentence: "Étienne", "Øystein", "Łucja" as well as "Anna".)
_CAPITALS = "".join(
    ch for code in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)) if (ch := chr(code)).isupper() and ch.isalpha()
)
#: (The first character class stands alone, "[.!?…][.!?…]*" rather than "[.!?…]+": a pattern that opens
#: with a character class lets the regex engine skip to the next of these rare characters at once instead
#: of trying every position; the matches are the same.)
_BOUNDARY = re.compile(rf"[.!?…][.!?…]*[\"'»«“”„)\]]*(?=\s+[\"'»«“„(\[{_CAPITALS}0-9])")
_INITIAL = re.compile(r"^(?:[A-ZÄÖÜ]\.)+$")
_ORDINAL = re.compile(r"^\d{1,2}\.$")


def paragraphs(text: str) -> list[Span]:
    """Lines separated by blank lines; a single newline also ends a paragraph."""
    # The non-empty runs of non-newline characters (r"[^\n]+"), from one split instead of a regex.
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@cache
def _lowered(abbreviations: frozenset[str]) -> frozenset[str]:
    return frozenset(a.lower() for a in abbreviations)


def sentences(text: str, abbreviations: Iterable[str] = (), paragraph_spans: list[Span] | None = None) -> list[Span]:
    """Sentence spans within each line of ``text``, trimmed of surrounding spaces.

    ``paragraph_spans``: ``paragraphs(text)``, when the caller has them already.
    """
    abbr = (
        _lowered(abbreviations) if isinstance(abbreviations, frozenset) else frozenset(a.lower() for a in abbreviations)
    )
    spans: list[Span] = []
    for p_start, p_end in paragraphs(text) if paragraph_spans is None else paragraph_spans:
        start = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            # (Only a full stop can end an abbreviation: "!" and "?" need no look at the sentence.)
            if text[m.start()] == "." and _is_abbreviation(text[start : m.start() + 1], abbr):
                continue
            spans.append(_trim(text, start, m.end()))
            start = m.end()
        if start < p_end:
            spans.append(_trim(text, start, p_end))
    return [s for s in spans if s[1] > s[0]]


def _is_abbreviation(chunk: str, abbr: frozenset[str]) -> bool:
    if not chunk.endswith("."):
        return False
    # The last word (what r"(\S+)$" finds, without a regex scanning the whole sentence).
    word = chunk.rsplit(None, 1)[-1]
    if _INITIAL.match(word) or _ORDINAL.match(word):
        return True
    return word.rstrip(".").lower().lstrip("(\"'„“") in abbr


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)
