"""The shared state of one reading: the text, its spans, and the record being filled.

Like spaCy's ``Doc``: components annotate it in turn, each reading what earlier ones
left (the language, the sentences, the film's title) and adding its own facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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

    @property
    def text(self) -> str:
        return self.record.text

    @property
    def language(self) -> str:
        return self.record.language

    def sentence_of(self, start: int, end: int | None = None) -> Span:
        """The span of the sentence holding offset ``start`` (the evidence unit)."""
        end = start if end is None else end
        for s_start, s_end in self.sentences:
            if s_start <= start < s_end or (s_start <= start <= s_end and start == end):
                return (s_start, max(s_end, end))
        return (start, end)

    def span_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]
