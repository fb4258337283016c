"""English listings of other films under a review: a TV guide's "ALSO ON" and "OUR PICK TONIGHT", a festival
report's "ALSO SHOWING", a site's "More reviews" with a line per film.

Their entries credit other films ("Directed by X", "Starring A, B"): neither the reviewed film's director nor its
cast. A stretch of the page counts as such a listing from its label, alone on its line, to the end of the page; a
paragraph in it that names the reviewed film (a TV guide's pick that is the reviewed film) is not another film's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from filmkritik.model import Span

#: A listing's label alone on its line: "ALSO ON", "Also showing this week:", "OUR PICK TONIGHT", "More reviews",
#: "Elsewhere on TV", "Later tonight". (Not "Also starring", a cast label; not a sentence: the line ends there.)
_LISTING_LABEL = re.compile(
    r"(?im)^[ \t]*(?:also[ \t]+(?:on|showing|screening|playing|streaming|opening|new|out|tonight|recommended|"
    r"worth[ \t]+(?:seeing|watching))|more[ \t]+(?:movie[ \t]+|film[ \t]+)?reviews|"
    r"our[ \t]+(?:other[ \t]+)?picks?|elsewhere|later[ \t]+tonight|what[ \t]+else[ \t]+(?:is|['’]s)[ \t]+on|"
    r"other[ \t]+(?:films|movies|releases|new[ \t]+releases|picks|highlights))"
    r"(?:[ \t]+(?:on[ \t]+tv|on[ \t]+screen|tonight|today|this[ \t]+week(?:end)?|in[ \t]+cinemas|in[ \t]+theaters))?"
    r"[ \t]*:?[ \t]*$"
)
#: A paragraph of the article's prose this long (characters, with a sentence's end) must stand above the label: a label at the page's top
#: heads the reviewed film's own entry ("OUR PICK TONIGHT" over the review).
_PROSE_CHARS = 200
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def other_film_zones(text: str, names_the_film: Callable[[int, int], bool]) -> list[Span]:
    """The stretches of ``text`` that list other films: each paragraph (lines up to a blank line) from a listing's
    label to the end of the page that does not name the reviewed film (``names_the_film(start, end)``)."""
    paragraphs = _paragraphs(text)
    label = next((m for m in _LISTING_LABEL.finditer(text) if _prose_above(text, paragraphs, m.start())), None)
    if label is None:
        return []
    zones: list[Span] = []
    for start, end in paragraphs:
        if end <= label.start():
            continue
        start = max(start, label.start())
        if not names_the_film(start, end):
            zones.append((start, end))
    return zones


def _paragraphs(text: str) -> list[Span]:
    """Stretches of the text between blank lines (a listing's entry keeps its lines together)."""
    out: list[Span] = []
    start = 0
    for m in _BLANK_LINE.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _prose_above(text: str, paragraphs: Sequence[Span], pos: int) -> bool:
    """Whether a paragraph of prose (a long one) stands above ``pos``: the label closes an article."""
    return any(end <= pos and end - start >= _PROSE_CHARS and ". " in text[start:end] for start, end in paragraphs)
