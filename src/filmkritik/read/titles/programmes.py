"""Programme and column names heading a page: a radio show's "WEEKEND MATINEE with <host>", a column's name the
transcript signs off with ("You're listening to Sunday Screening Room", "This is Weekend Matinee"), a German
rubric's "Sie hören Kinozeit", "FILMRISS – die Kinokolumne" that the body names as the column doing its weekly
round. Such a name recurs on the page as often as the film does, and louder (shouted, on its own line), but it is
never the film: the film is the quoted or cued name the programme talks about."""

from __future__ import annotations

import re

from filmkritik.read.title_spans import TitleSpan
from filmkritik.read.titles.candidate import Candidate, _at_line_start
from filmkritik.read.titles.patterns import _HEAD_LIMIT

#: The rest of a heading's line naming the programme's host: "WEEKEND MATINEE with Corinna Hale", "KINOZEIT mit
#: Jana Brettschneider", "Screen Time, presented by Ola Berg". A person's name (two to four capitalised words) ends it.
_HOST_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:with|mit|hosted[ \t]+by|presented[ \t]+by|präsentiert[ \t]+von|von[ \t]+und[ \t]+mit)[ \t]+"
    r"[A-ZÄÖÜ][\w.'’-]+(?:[ \t]+(?:de|van|von|der|da|di|del|la|le)?[ \t]*[A-ZÄÖÜ][\w.'’-]+){1,3}[ \t]*(?:\n|$)"
)
#: What a programme's host says right before its name: "You're listening to X", "This is X", "Sie hören X".
_SIGN_OFF_BEFORE = re.compile(
    r"(?i)(?:you['’]re[ \t]+listening[ \t]+to|you['’]ve[ \t]+been[ \t]+listening[ \t]+to|you['’]re[ \t]+watching|"
    r"(?<![\w'’])this[ \t]+is|thanks[ \t]+for[ \t]+(?:listening|watching)[ \t]+to|sie[ \t]+hören|ihr[ \t]+hört|"
    r"sie[ \t]+sehen|das[ \t]+war)[ \t]+(?:the[ \t]+|die[ \t]+|der[ \t]+|das[ \t]+)?$"
)
#: The sentence ends right after the name in a sign-off ("This is Weekend Reel." / "..., Weekend Reel!").
_SENTENCE_END_AFTER = re.compile(r"[ \t]*[.!]")
#: A programme's schedule said of its name: "X is broadcast every Saturday", "X appears every Friday", "X returns
#: next week", "X läuft jeden Sonntag", "X erscheint jeden Donnerstag".
_SCHEDULE_AFTER = re.compile(
    r"(?i)[ \t]+(?:is[ \t]+|are[ \t]+|ist[ \t]+)?(?:broadcast|published|on[ \t]+air|airs|appears|runs|returns|"
    r"comes[ \t]+out|erscheint|läuft|kommt|zu[ \t]+hören)\b[^.!?\n]{0,40}?"
    r"\b(?:every|each|weekly|fortnightly|daily|next[ \t]+week|jeden|jede|jedes|wöchentlich|täglich|nächste[ \t]+Woche)\b"
)
#: "FILMRISS – die Kinokolumne", "Reel Talk | our weekly column": a heading whose own line calls it a column.
_COLUMN_AFTER = re.compile(
    r"[ \t]*[–—|:·-][ \t]*(?:(?:die|der|das|eine|ein|unsere|the|our|a|your)[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"[\w-]*(?:[Kk]olumne|[Cc]olumn|[Rr]ubrik|[Ss]endung|[Ss]how)[ \t]*(?:\n|$)"
)
#: The body naming the column at its routine or its verdict: "Jede Woche stellt FILMRISS ...", "FILMRISS meint:".
_ROUTINE_BEFORE = re.compile(
    r"(?i)\b(?:jede[n]?[ \t]+(?:Woche|Freitag|Montag|Dienstag|Mittwoch|Donnerstag|Samstag|Sonntag)|wöchentlich|"
    r"(?:every|each)[ \t]+(?:week|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday))\b[^.!?\n]{0,30}$"
)
_JUDGES_AFTER = re.compile(r"(?:-|[ \t]+)(?:meint|rät|urteilt|empfiehlt|Urteil|Fazit|verdict|says|recommends)[ \t]*:")


def programme_names(text: str, pooled: dict[str, Candidate]) -> None:
    """Take from a heading that names a programme or a column rather than a film: its host on its line, its
    sign-off or schedule in the body, or its column word on its line and its routine in the body. One sign: minus 8;
    two: never above zero (a quoted name is left alone: the page quotes its films, not its own programme)."""
    for cand in pooled.values():
        if any(s.how == "quoted" for s in cand.spans):
            continue
        heads = [
            s
            for s in cand.spans
            if s.how in ("line", "caps", "headline") and s.start < _HEAD_LIMIT and _at_line_start(text, s.start)
        ]
        if not heads:
            continue
        signs = _heading_signs(text, heads) + _body_signs(text, cand, min(s.end for s in heads))
        if signs >= 2:
            cand.score = min(cand.score - 8.0, 0.0)
        elif signs == 1:
            cand.score -= 8.0


def _heading_signs(text: str, heads: list[TitleSpan]) -> int:
    """1 when a heading's line goes on with the programme's host or calls it a column, else 0."""
    return int(any(_HOST_AFTER.match(text, s.end) or _COLUMN_AFTER.match(text, s.end) for s in heads))


def _body_signs(text: str, cand: Candidate, top: int) -> int:
    """1 when the body below the heading signs off with the name, gives its schedule or its routine, else 0."""
    for start, end in cand.occurrences:
        if start <= top:
            continue
        before = text[max(0, start - 40) : start]
        if _SIGN_OFF_BEFORE.search(before) and _SENTENCE_END_AFTER.match(text, end):
            return 1
        if _SCHEDULE_AFTER.match(text, end) or _JUDGES_AFTER.match(text, end) or _ROUTINE_BEFORE.search(before):
            return 1
    return 0
