"""Page-top furniture stacked over a page: the page read again without its first line.

Pages open with more furniture than one masthead: a network's name over the outlet's ("STADTBLATT" / "FILMSEITE"),
a section pair ("BILD UND TON"), a line of dialogue in title case, a teaser with a label ("Ranked: The best
thrillers of the year so far"). The rules for mastheads look at the page's first line, so a second piece of
furniture under the first one, or the page's own masthead pushed down, wins. When the winner is such a first
line said once, the rest of the page is read on its own; if it names a film strongly, that film wins, with every
position shifted back to the whole page's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType

from filmkritik.read.title_spans import TitleSpan
from filmkritik.read.titles.candidate import Candidate, person_shaped
from filmkritik.read.titles.collect import collect
from filmkritik.read.titles.facts import _facts_line
from filmkritik.read.titles.patterns import _RATING_LINE, _SMALL_WORDS
from filmkritik.read.titles.scoring import rank

#: A one-word label before a teaser of four words or more: "Ranked: The best thrillers of the year so far".
_TEASER_LABEL = re.compile(r"[A-ZÄÖÜ][\w-]{2,20}:[ \t]+\S+(?:[ \t]+\S+){3,}")
#: Two shouted words joined: "BILD UND TON", "WORD & IMAGE", "LIGHT AND SHADE".
_PAIR = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+(?:UND|AND|&|\+)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?")
_OPENING_QUOTES = "„“\"‘'»«"
_CLOSING_QUOTES = "“”\"’'«»"
#: How many furniture lines may be peeled off a page's top.
_MAX_PEELS = 2
#: How strong the rest of the page's winner must be: a heading with its facts, a cued headline, a name said
#: several times; or, when the page's winner loses its weight without the furniture above it (a second masthead,
#: a furniture line itself), at least a heading line said once.
_STRONG = 3.0
_WEAK = 1.5
#: A quoted name under a review cue ("Filmkritik: „X“") scores this much: the page's heading, not furniture.
_CUED = 8.0


def _title_shaped(value: str) -> bool:
    """ "Die Rückkehr der Stare", "Starfall: Legacy": capitalised words and short function words, no sentence."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SMALL_WORDS for w in value.split())


def _furniture_shaped(line: str, language: str = "en") -> bool:
    """Shouted (a few words in capitals), a whole line in quotes (dialogue), or a label and its teaser; or a
    critic's name alone over the magazine's own masthead ("Margaret Ellery" / "FRAME BY FRAME" / title)."""
    if not line or len(line) > 80:
        return False
    if _byline_name(line, language):
        return True
    if line.isupper():
        return len(line.split()) <= 6
    if line[0] in _OPENING_QUOTES and line[-1] in _CLOSING_QUOTES:
        return len(line.split()) >= 4  # a line of dialogue; "„Lenas Lied“" alone on its line is a title
    return _TEASER_LABEL.fullmatch(line) is not None


def _shifted(cand: Candidate, offset: int) -> Candidate:
    return Candidate(
        cand.key,
        spans=[replace(s, start=s.start + offset, end=s.end + offset) for s in cand.spans],
        score=cand.score,
        occurrences=[(a + offset, b + offset) for a, b in cand.occurrences],
    )


def _byline_name(line: str, language: str) -> bool:
    """A person's name alone on the page's first line: the critic's, over the magazine's masthead."""
    return " " in line and len(line) <= 40 and not line.isupper() and person_shaped(line, language)


def _furniture_top(text: str, language: str = "en") -> int:
    """Where the furniture lines at the page's top end (0: none): up to two lines, each furniture-shaped and said
    nowhere else on the page."""
    offset = 0
    lowered = text.casefold()
    for _ in range(_MAX_PEELS):
        line_end = text.find("\n", offset)
        if line_end < 0:
            break
        line = text[offset:line_end].strip()
        if not _furniture_shaped(line, language) or lowered.count(line.casefold()) > 1:
            break
        below = line_end + 1
        while below < len(text) and text[below] in " \t\n":
            below += 1
        if _facts_line(text, below) or _RATING_LINE.match(text, below):
            break  # "KRANICHSEE" / "Deutschland 2024 · 96 Min.": a title over its facts or its rating
        offset = below
        if _byline_name(line, language):
            break  # "Margaret Ellery" / "FRAME BY FRAME": the name alone; the masthead below it is read as one
    return offset


def peel_furniture(
    text: str, spans: list[TitleSpan], candidates: list[Candidate], data: ModuleType, language: str
) -> tuple[list[TitleSpan], list[Candidate]]:
    """``spans`` and ``candidates`` again, for the page without the furniture lines at its top, when the winner
    is said once in them or just below them (a second masthead) and the rest of the page, read on its own, names a
    film strongly; unchanged otherwise."""
    if not candidates or not _furniture_shaped(text[: text.find("\n")].strip(), language):
        return spans, candidates  # cheap gate: most pages open with something else
    best = candidates[0]
    if best.score >= _CUED and {"headline", "quoted"} <= {s.how for s in best.spans}:
        return spans, candidates  # "Filmkritik: „X“" opening the page is the film's cued heading, not a teaser
    if best.score >= _CUED and any(
        s.how == "headline" and 0 < s.start < 40 and _title_shaped(s.text) for s in best.spans
    ):
        return spans, candidates  # "Animationsfilm: Fridolin und der Wal": a cued title after its label, no teaser
    top = _furniture_top(text, language)
    if top == 0 or len(best.occurrences) > 1 or best.first > top:
        return spans, candidates
    below = text[top:]
    below_spans = collect(below, data, language)
    below_ranked = rank(below, below_spans, data, language)
    if not below_ranked or below_ranked[0].key == best.key:
        return spans, candidates
    winner = below_ranked[0]
    if best.first < top:
        # the furniture line itself won: a section pair, a line of dialogue or a teaser is furniture whatever
        # stands below it, a shouted line may be the film's title and gives way only to a strong name
        line = text[text.rfind("\n", 0, best.first) + 1 : text.find("\n", best.first)].strip()
        plainly = _PAIR.fullmatch(line) is not None or not line.isupper()
        if winner.score < (_WEAK if plainly else _STRONG) or (
            winner.score < _STRONG and not _title_shaped(winner.text)
        ):
            return spans, candidates
    else:
        # a second masthead right under the furniture ("THE PICTURE PAGES" / "EMPIRE"): it loses its weight when
        # it opens the page, and the rest of the page names a film strongly
        demoted = next((c.score for c in below_ranked if c.key == best.key), 0.0) <= best.score - 2.0
        # "„Lenas Lied“" under "KINO | KRITIK" is no masthead
        shaped = text[top] not in _OPENING_QUOTES and (best.text.isupper() or len(best.text.split()) <= 4)
        # (under a critic's name alone, the masthead is the page's first line again: its heading need not be strong)
        needed = _WEAK if _byline_name(text[: text.find("\n")].strip(), language) else _STRONG
        if winner.score < needed or not demoted or not shaped:
            return spans, candidates
    spans = [s for s in spans if s.start < top] + [
        replace(s, start=s.start + top, end=s.end + top) for s in below_spans
    ]
    furniture = [c for c in candidates if all(s.start < top for s in c.spans)]
    return spans, [_shifted(c, top) for c in below_ranked] + furniture
