"""The shared state of one reading: the text, its spans, and the record being filled.

Like spaCy's ``Doc``: components annotate it in turn, each reading what earlier ones
left (the language, the sentences, the film's title) and adding its own facts.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import Any

from filmkritik.model import ReviewRecord, Span


@dataclass
class Analysis:
    record: ReviewRecord
    lang: ModuleType
    sentences: list[Span]
    paragraphs: list[Span]
    #: Scratch space for components to share intermediate results by name.
    notes: dict[str, Any] = field(default_factory=dict)
    #: The page with its furniture blanked out (:mod:`filmkritik.read.page_blocks`), same length as
    #: ``record.text``; None when the page has none.
    article: str | None = None

    @property
    def text(self) -> str:
        """The text the components read: the page without its furniture (offsets as in ``record.text``)."""
        return self.record.text if self.article is None else self.article

    @property
    def language(self) -> str:
        return self.record.language

    @cached_property
    def lowered(self) -> str:
        """The text lower-cased, once for every component that looks for cue words."""
        return self.text.lower()

    @cached_property
    def sentence_clauses(self) -> list[tuple[str, list[list[str]]]]:
        """Each sentence's lower-cased text and its word tokens per clause (``sentiment.clauses``), read once:
        the opinion sentences are made of them, and the is-review features count their words."""
        from filmkritik.read.sentiment import clauses, latin  # (the sentiment module loads the lexicons' code)

        text = self.text
        # A sentence's lower case is its slice of the text's lower case when every character lowers to one
        # character, whatever stands around it: the same length (no "İ") and no capital sigma (whose lower case
        # depends on the letters after it). Slicing costs a fraction of lowering each sentence afresh.
        whole: str | None = self.lowered
        if len(self.lowered) != len(text) or "Σ" in text:
            whole = None
        # (A text without a letter beyond the first 256 characters: its sentences have none; asked once.)
        plain = whole is not None and latin(whole)
        read = []
        for start, end in self.sentences:
            lowered = text[start:end].lower() if whole is None else whole[start:end]
            read.append((lowered, clauses(lowered, True, plain)))
        return read

    @cached_property
    def words(self) -> list[str] | None:
        """Every word token of the lower-cased text in order (what ``sentiment.tokens`` finds), joined from
        :attr:`sentence_clauses`; ``None`` when the joined tokens might differ from the text's own.

        The sentences cover every character but white space and part at white space, and clause breaks are
        never inside a word, so the sentences' tokens are the text's, except where ``clauses`` cuts "n't"
        off its word ("don't" -> "do", "n't") and where a capital sigma's lower case depends on what follows
        it (beyond a sentence's end): then ``None``."""
        if "n't" in self.lowered or "Σ" in self.text:
            return None
        chain = itertools.chain.from_iterable
        return list(chain(chain(c for _, c in self.sentence_clauses)))

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts (the sentences are in text order and do not overlap)."""
        return [start for start, _ in self.sentences]

    def sentence_of(self, start: int, end: int | None = None) -> Span:
        """The span of the sentence holding offset ``start`` (the evidence unit)."""
        end = start if end is None else end
        # Only the last sentence starting at or before ``start`` can hold it.
        i = bisect.bisect_right(self.sentence_starts, start) - 1
        if i >= 0:
            s_start, s_end = self.sentences[i]
            if start < s_end or (start == s_end and start == end):
                return (s_start, max(s_end, end))
        return (start, end)

    def span_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]


class Occurrences:
    """Every place some strings (names, say) occur in one text, overlapping occurrences included.

    "Does this sentence contain one of the names" then costs a bisect per sentence instead of a
    substring search per sentence and name: the text is searched once per name.
    """

    def __init__(self, text: str, needles: Iterable[str]) -> None:
        found: list[tuple[int, int]] = []
        for needle in dict.fromkeys(n for n in needles if n):
            at = text.find(needle)
            while at >= 0:
                found.append((at, at + len(needle)))
                at = text.find(needle, at + 1)
        found.sort()
        self._starts = [start for start, _ in found]
        self._ends = [end for _, end in found]

    def any_within(self, start: int, end: int) -> bool:
        """Whether one of the strings lies wholly inside ``text[start:end]`` (``s in text[start:end]``)."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._starts) and self._starts[i] < end:
            if self._ends[i] <= end:
                return True
            i += 1
        return False
