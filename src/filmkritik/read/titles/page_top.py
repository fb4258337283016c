"""Furniture lines at a page's top that the masthead rules miss, in both languages.

An outlet's masthead with its web address ("FILMFUCHS.de – Kinotipps ...") or its tagline after a dash ("THE
GREYWATER GAZETTE — Arts & Leisure"), a breadcrumb after the outlet's name ("REELSIDE | Streaming | This Weekend"),
a section name alone on its line ("SCREENS", "KINO & STREAMING"), a festival's name over a dispatch ("Festival de
Bellerive 2026 — Day 3") and a standfirst (the teaser sentence under the headline) are the page's furniture: a
name seen only there is not the film when the page names another film below. The film is then the name the prose
and the credit lines keep naming; the rules here only take weight from furniture, they never pick a film.
"""

from __future__ import annotations

import re

from filmkritik.read.title_spans import TitleSpan
from filmkritik.read.titles.candidate import Candidate, key_of
from filmkritik.read.titles.patterns import WEB_DOMAINS

#: The kinds of sightings a furniture line gives: its heading, its shouted words. Quotes and prose are the film's.
_HEADING_KINDS = ("line", "caps", "headline")
#: How far down the page furniture is looked for (characters) and how many non-blank lines.
_TOP_CHARS = 700
_TOP_LINES = 9
#: A web address glued to the outlet's name: "FILMFUCHS.de", "LanternReel.com".
_WEB_ADDRESS = re.compile(rf"[\w-]+\.(?:{WEB_DOMAINS})\b", re.IGNORECASE)
#: A festival's name ("Festival de Bellerive", "BELLERIVE INTERNATIONAL FILM FESTIVAL", "Filmfest Bellerive").
_FESTIVAL = re.compile(
    r"\b(?:festival|festivals|filmfest\w*|festspiele|filmfestspiele|biennale|berlinale|filmtage|kurzfilmtage|"
    r"filmwoche|film week)\b",
    re.IGNORECASE,
)
_FESTIVAL_STEMS = ("festival", "filmfest", "festspiele", "biennale", "berlinale", "filmtage", "filmwoche", "film week")
#: What a dispatch heading adds to the festival's name: a year, a day or an issue number.
_DISPATCH_MARK = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:day|tag|dispatch|dispatches|bericht|nr|no|teil|part)\b\.?\s*\d*", re.IGNORECASE
)
#: The dash or bar after a shouted name ("THE GREYWATER GAZETTE — Arts & Leisure", "REELSIDE | Movies").
_SEPARATOR = re.compile(r"[ \t]+[–—|·-][ \t]+|[ \t]*\|[ \t]*")
#: A review label after a shouted title ("HOLLOW CREEK (2026) — REVIEW", "DER STILLE HAFEN – Kritik"): a heading.
_REVIEW_TAIL = re.compile(
    r"(?:(?:the|a|our|film|movie|blu-ray|dvd|4k)[ \t-]*)?(?:review|reviews|kritik|filmkritik|rezension|besprechung)\b",
    re.IGNORECASE,
)
#: Section names newspapers and magazines print over their film pages, besides the navigation labels.
_SECTIONS = frozenset(
    """screens|screen|on screen|the screen|film & tv|film and tv|movies & tv|movies and tv|kino & streaming|
    kino und streaming|film & fernsehen|film und fernsehen|kino & tv|kino und tv|feuilleton|kultur|medien|leinwand|
    auf der leinwand|arts|the arts|culture|leisure|arts & leisure|weekend|weekender|the guide|the week|letters|
    listings|what's on|kino & kultur|kultur & medien|film|filme|kino|streaming""".replace("\n", "").split("|")
)
#: Labels over a list of other films, anywhere on the page: "ALSO NEW THIS WEEK", "LEAVING SOON", "AUSSERDEM NEU".
_LIST_LABELS = frozenset(
    """also new this week|also new|also this week|also showing|also opening|also opening this week|also out|
    also streaming|new this week|leaving soon|coming soon|coming up|elsewhere|in brief|briefly|also at the festival|
    außerdem neu|ausserdem neu|ebenfalls neu|außerdem im kino|ausserdem im kino|auch neu|demnächst|bald im kino|
    kurz notiert|in kürze|außerdem|ausserdem|neu im kino|neu im stream|neu auf dvd|neu auf blu-ray""".replace(
        "\n", ""
    ).split("|")
)
_SECTION_JOINS = re.compile(r"\s*(?:&|\+|/|\bund\b|\band\b)\s*", re.IGNORECASE)
#: A standfirst: a sentence of seven words or more ending in its full stop (or "!" / "…") under the headline.
_SENTENCE_END = re.compile(r"[.!…]$")
#: A shouted label before a shouted title: "TOP PICK: THE GLASS ORCHARD (Streamly)", "THE BIG ONE: X".
_LABELLED_CAPS = re.compile(
    r"^([A-ZÄÖÜ][A-ZÄÖÜ0-9' &-]{1,30}):[ \t]+([^\n(]{2,70}?)[ \t]*(?:\([^\n)]*\))?[ \t]*$", re.MULTILINE
)
#: A quoted title and its maker on one line: "„Die stillen Lotsen“ von Ilka B.", "“The Tide” by Ana Ruiz".
_TITLE_BY_MAKER = re.compile(r"[„“\"»‘']([^\n„“”\"«»]{2,80})[“”\"«’'][ \t]+(?:von|by|directed by)[ \t]+(.+)$")

#: A maker's name after "von" / "by": two to four capitalised words ("Ilka Brönnimann-Sow", "Jan de Wit").
_MAKER_NAME = re.compile(
    r"[A-ZÄÖÜ][\w'’.-]+(?:[ \t]+(?:van|von|de|der|den|da|di|du|le|la|al|el|ten|ter)?[ \t]*[A-ZÄÖÜ][\w'’.-]+){1,3}"
)


def _top_lines(text: str) -> list[tuple[int, int, str]]:
    """The page's first non-blank lines: (start, end, stripped text)."""
    found: list[tuple[int, int, str]] = []
    start = 0
    limit = min(len(text), _TOP_CHARS)
    while start < limit and len(found) < _TOP_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            found.append((start, end, line))
        start = end + 1
    return found


def _section_line(line: str, navigation: frozenset[str]) -> bool:
    """ "SCREENS", "KINO & STREAMING", "Arts & Leisure": section names alone on their line."""
    if len(line) > 40:
        return False
    folded = line.casefold()
    if folded in _SECTIONS:
        return line.isupper() or folded in navigation
    parts = [p for p in _SECTION_JOINS.split(folded) if p]
    return line.isupper() and len(parts) > 1 and all(p in _SECTIONS or p in navigation for p in parts)


def _festival_line(line: str) -> bool:
    """ "Festival de Bellerive 2026 — Day 3", "FILMFEST AM SEE – TAG 2": a festival's name with its day or year."""
    return len(line) <= 90 and _FESTIVAL.search(line) is not None and _DISPATCH_MARK.search(line) is not None


def _shouted_with_tail(line: str, navigation: frozenset[str]) -> bool:
    """ "THE GREYWATER GAZETTE — Arts & Leisure", "REELSIDE | Streaming | This Weekend", "X — a blog about
    westerns": an outlet's name in capitals, then its section, breadcrumb or tagline (not a review label)."""
    parts = _SEPARATOR.split(line, maxsplit=1)
    if len(parts) < 2:
        return False
    head, tail = parts[0].strip(), parts[1].strip()
    if not head or not head.isupper() or not tail or "(" in head:
        return False  # "HOLLOW CREEK (2026) — REVIEW": a title with its year
    if _REVIEW_TAIL.match(tail):
        return False
    tail_parts = [p.strip() for p in _SEPARATOR.split(tail) if p.strip()]
    return (
        len(tail_parts) >= 2  # a breadcrumb
        or tail[:1].islower()  # a tagline: "a blog about westerns"
        or tail.casefold() in navigation
        or tail.casefold() in _SECTIONS
        or _section_line(tail, navigation)
        or (len(tail.split()) >= 3 and not tail.isupper())  # "Kinotipps für kleine und große Leute"
    )


def _standfirst(line: str) -> bool:
    """A teaser sentence under the headline: seven words or more, ending like a sentence, not a quote."""
    return (
        len(line) <= 250
        and len(line.split()) >= 7
        and _SENTENCE_END.search(line) is not None
        and line[:1] not in "„“\"»«‘'"
    )


def furniture_lines(text: str, navigation: frozenset[str]) -> list[tuple[int, int]]:
    """Where the furniture lines at the page's top stand: (start, end) of each. A standfirst counts only among
    the first four lines and before the body's first long paragraph."""
    found = []
    for index, (start, end, line) in enumerate(_top_lines(text)):
        if len(line) > 300:
            break  # the body has begun
        if _furniture_line(line, index, navigation):
            found.append((start, end))
    return found


def _furniture_line(line: str, index: int, navigation: frozenset[str]) -> bool:
    """One line at the page's top is furniture (the cheap tests first: most lines are headings or prose)."""
    first = line.split(None, 1)[0]
    if first.isupper() and (_shouted_with_tail(line, navigation) or _section_line(line, navigation)):
        return True
    if "." in first and _WEB_ADDRESS.match(line):
        return True
    folded = line.casefold()
    if any(w in folded for w in _FESTIVAL_STEMS) and _festival_line(line):
        return True
    if len(line) <= 40 and folded in navigation and _section_line(line, navigation):
        return True
    return 0 < index < 4 and line[:1].isupper() and line[-1:] in ".!…" and _standfirst(line)


def demote_furniture(text: str, pooled: dict[str, Candidate], navigation: frozenset[str]) -> None:
    """A name seen only as the heading of furniture lines, and said nowhere else, gives way to the best name below
    them. A name quoted there, or caught in prose, is left alone: the film's title stands in a standfirst in
    quotes ("In „X“ erzählt ..."), and a letter's first paragraph may be a line of its own."""
    lines = furniture_lines(text, navigation)
    if not lines and not any(_list_label(c) for c in pooled.values()):
        return

    def on_furniture(pos: int) -> bool:
        return any(a <= pos < b for a, b in lines)

    furniture = [
        c
        for c in pooled.values()
        if lines
        and all(on_furniture(s.start) and s.how in _HEADING_KINDS for s in c.spans)
        and not any(not on_furniture(a) for a, _ in c.occurrences if not _web_brand(text, a, lines))
    ]
    furniture += [c for c in pooled.values() if c not in furniture and _list_label(c)]
    if not furniture:
        return
    rivals = [c for c in pooled.values() if c not in furniture and c.score > 1.0]
    if not rivals:
        return
    ceiling = max(c.score for c in rivals) - 0.3
    for cand in furniture:
        cand.score = min(cand.score, ceiling)


def _list_label(cand: Candidate) -> bool:
    """ "ALSO NEW THIS WEEK" over the other films of a round-up: a label, never the film."""
    return cand.key in _LIST_LABELS and all(s.how in ("caps", "line") for s in cand.spans)


def _web_brand(text: str, pos: int, lines: list[tuple[int, int]]) -> bool:
    """ "Kinderkino-Kompass" in a footer, when the page's top names it with its web address: still the outlet."""
    first = lines[0][0] if lines else -1
    return first == 0 and _WEB_ADDRESS.match(text, 0) is not None and pos > first


def labelled_caps_titles(text: str) -> list[TitleSpan]:
    """ "TOP PICK: THE GLASS ORCHARD (Streamly)": the shouted name after a shouted label, when the body names it
    again in normal case, is a heading of its own (the label and the whole line are not)."""
    found = []
    for m in _LABELLED_CAPS.finditer(text, 0, min(len(text), 1500)):
        name = m.group(2).strip()
        if not name.isupper() or len(name.split()) > 8:
            continue
        offset = m.start(2)
        folded = text.casefold()
        again = folded.find(name.casefold(), offset + len(name))
        if again < 0 or text[again : again + len(name)].isupper():
            continue
        if folded.find(m.group(1).strip().casefold(), m.end()) >= 0:
            continue  # "STARBOUND: THE LAST RELAY" and "Starbound: The Last Relay" in the body: a title with a colon
        found.append(TitleSpan(name, offset, offset + len(name), "line"))
    return found


def title_by_maker(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Wind über dem Watt" / "„Die stillen Lotsen“ von Ilka B.": a quoted title with its maker on a line of its
    own near the top is the film's own heading; a feature headline above it is not."""
    for start, _end, line in _top_lines(text):
        m = _TITLE_BY_MAKER.fullmatch(line)
        if m is None or not _MAKER_NAME.fullmatch(m.group(2).strip().rstrip(".")):
            continue
        cand = pooled.get(key_of(m.group(1)))
        if cand is None:
            continue
        heads = [c for c in pooled.values() if c is not cand and c.first < start]
        top = max((c.score for c in heads), default=cand.score)
        cand.score = max(cand.score, top + 0.5)
        return
