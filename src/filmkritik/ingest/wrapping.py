"""Hard-wrapped plain text (an e-mail, a newsgroup post, a text pasted from a terminal or a PDF): its line breaks
inside a paragraph become spaces.

The reader takes a single line break as the end of a paragraph, and a sentence never runs over one: right for
credits boxes, rating lines and one-paragraph-per-line texts, wrong for prose wrapped at 72 columns, where every
sentence that crossed a line was cut in two (a pull quote "this is a moving ghost story that trusts", aspects and
cast pairs evidenced by half a sentence). A line break is a wrap where the line is full: the next line's first word
would not have fitted on it within the width the text is wrapped at. A text is taken as wrapped only when its
lines are no longer than a terminal's and most of its joined lines are full, most of those ending mid-sentence (a
text of one sentence per line ends its lines with full stops).

Each wrap becomes one space, so the text keeps its length: every offset in the record points at the same place in
the original file as in ``record.text``.
"""

from __future__ import annotations

import re
from itertools import pairwise

#: The widest line a wrapping tool writes (mail 72-78, terminals 80, some editors 100).
_WIDEST = 100
#: The narrowest wrapping width taken (below it, short lines are a poem, a list or a credits box).
_NARROWEST = 40
#: Lines that begin an item of their own: a list marker or a label ("Rating: 4/5", "Regie: X").
_OWN_LINE = re.compile(r"\s*(?:[-*•–·]\s|\d{1,2}[.)]\s|[A-ZÄÖÜ][\w’'/&. -]{0,28}:(?:\s|$))")
_SENTENCE_END = re.compile(r"[.!?…:;\"“”»«)\]]\s*$")


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of its hard-wrapped paragraphs made spaces; other texts as they are."""
    if text.count("\n") < 3:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    wraps = _wraps(lines, width)
    if not wraps:
        return text
    chars = list(text)
    for at in wraps:
        chars[at] = " "
    return "".join(chars)


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None when it is not wrapped prose.

    Not the longest line: a tool that fills to 72 columns leaves a line of 78 here and there (a long word, a
    hand edit). The width is what four in five lines followed by another line reach.
    """
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 4 or any(len(line.strip()) > _WIDEST and " " in line.strip() for line in lines):
        return None  # (a long line of words is a paragraph left unwrapped; a long URL may stand in wrapped text)
    joined = sorted(len(line.rstrip()) for line, following in pairwise(lines) if line.strip() and following.strip())
    joined = [n for n in joined if n <= _WIDEST]
    if len(joined) < 3:
        return None
    width = joined[(len(joined) * 4) // 5 - (1 if len(joined) % 5 == 0 else 0)]
    return width if width >= _NARROWEST else None


def _wraps(lines: list[str], width: int) -> list[int]:
    """The offsets of the line breaks that are wraps, when the text is wrapped; otherwise none."""
    joints = 0
    full: list[int] = []
    mid_sentence = 0
    lower_next = 0
    at = 0
    for line, following in pairwise(lines):
        at += len(line)
        if line.strip() and following.strip():
            joints += 1
            if _is_full(line, following, width):
                full.append(at)
                mid_sentence += not _SENTENCE_END.search(line)
                lower_next += following.lstrip()[:1].islower()
        at += 1
    # Wrapped prose: most joined lines full, most of those cut mid-sentence, and a good share of the next lines
    # going on with a lower-case word (a page's headline, standfirst and byline lines start upper-case).
    if len(full) < 3 or len(full) * 2 < joints or mid_sentence * 2 < len(full) or lower_next * 4 < len(full):
        return []
    return full


def _is_full(line: str, following: str, width: int) -> bool:
    """The next line's first word would not have fitted on ``line``: the break was made by the wrapping tool."""
    if _OWN_LINE.match(following) or _indent(following) > _indent(line):
        return False  # (a list item, a label or a line indented deeper starts a line of its own)
    first_word = following.split(maxsplit=1)[0]
    return len(line.rstrip()) + 1 + len(first_word) > width


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
