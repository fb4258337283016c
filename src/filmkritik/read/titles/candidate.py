"""A candidate title (every sighting of one name, pooled) and the small helpers every step uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from filmkritik.read import names
from filmkritik.read.title_spans import TitleSpan
from filmkritik.read.titles.patterns import _DASHES

_INVERTED = re.compile(r",\s?(the|a|an|der|die|das|le|la|les|el|il)$")
_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛´`"} | {c: '"' for c in "“”„‟«»"})
_KEY_FORMS = _DASHES | _QUOTES  # one pass over a name instead of two


@dataclass
class Candidate:
    """Every sighting of one name, pooled."""

    key: str
    spans: list[TitleSpan] = field(default_factory=list)
    score: float = 0.0
    occurrences: list[tuple[int, int]] = field(default_factory=list)

    # Both are asked for many times once the sightings are pooled; they are worked out once.
    _text: str = field(default="", repr=False)
    _first: int = field(default=-1, repr=False)

    @property
    def text(self) -> str:
        """The spelling to report: the first mixed-case sighting, else the first one."""
        if not self._text:
            mixed = [s for s in self.spans if not s.text.isupper()]
            chosen = min(
                mixed or self.spans,
                key=lambda s: (_INVERTED.search(s.text.casefold()) is not None, s.how != "headline", s.start),
            )
            # "Hilfe, die Nachbarn kommen!": a headline capture drops the closing mark a quote keeps
            marked = [s.text for s in self.spans if s.text[:-1] == chosen.text and s.text[-1:] in "!?"]
            self._text = marked[0] if marked else chosen.text
        return self._text

    @property
    def first(self) -> int:
        if self._first < 0:
            self._first = min(s.start for s in self.spans)
        return self._first


@lru_cache(maxsize=2048)  # a page names its candidates many times over; the same names recur across spans
def key_of(title: str) -> str:
    """The comparison form of a title: case, dashes, quotes and spacing unified."""
    key = " ".join(title.translate(_KEY_FORMS).split()).casefold().strip(" .,:;!?\"'")
    inverted = _INVERTED.search(key) if "," in key else None  # "nine lives of ezra cole, the" = "the nine lives …"
    return f"{inverted.group(1)} {key[: inverted.start()]}" if inverted else key


def person_shaped(value: str, language: str) -> bool:
    """ "Mira Holt", "Jean-Luc Picard": two or three capitalised words after a first name."""
    words = value.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    lex = names.lexicon()
    if not lex.is_first_name(words[0]) or lex.is_common(words[0], language):
        return False
    # "Sunday Drivers", "Grace Keepers": an English word critics write in lower case ends a title, not a surname
    return not (language == "en" and lex.is_common(words[-1], language) and not lex.is_first_name(words[-1]))


def _whole_line(text: str, start: int, end: int) -> bool:
    """The span is its line, alone: a label line ("FILM DER WOCHE"), not a heading that goes on with the film's
    facts ("FORT APACHE (director: …)")."""
    line_end = text.find("\n", end)
    return _at_line_start(text, start) and not text[end : line_end if line_end >= 0 else len(text)].strip()


def _at_line_start(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


def _evidence(cand: Candidate) -> list[tuple[int, int]]:
    spans = sorted({(s.start, s.end) for s in cand.spans})
    return spans[:3]
