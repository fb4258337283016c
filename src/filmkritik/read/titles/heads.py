"""Heading structures that outrank a shouted line above them: a title line over the film's facts line, and a
headline whose teaser stands before its colon ("Zwischen Moor und Mühle: Das Erbe der Kraniche")."""

from __future__ import annotations

import re

from filmkritik.read.title_spans import GENRE_WORD, TitleSpan
from filmkritik.read.titles.candidate import Candidate, _at_line_start, _whole_line, key_of, person_shaped
from filmkritik.read.titles.facts import _BROADCAST_SLOT, _facts_line
from filmkritik.read.titles.folding import _LOCAL_SEPARATOR, _occurrences, _sequel_line
from filmkritik.read.titles.patterns import _GENERIC, _HEAD_LIMIT

#: A blank line: what parts a masthead, a rubric or a kicker from the title heading the review.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _score_of(cand: Candidate) -> float:
    return cand.score


def _next_line(text: str, end: int) -> tuple[int, str]:
    """The line after the one ending at ``end`` (its start and its text; ``-1`` past the text's end)."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return -1, ""
    start = line_end + 1
    stop = text.find("\n", start)
    return start, text[start : stop if stop >= 0 else len(text)]


def _over_facts(text: str, span: TitleSpan) -> bool:
    """The span is a whole heading line standing right over the film's facts ("Tragikomödie, Deutschland 2026,
    101 Min.", "Drama | USA 2024") or a broadcast's slot ("ARD, 20.15 Uhr")."""
    if not _at_line_start(text, span.start) or text[span.end : span.end + 1] not in ("\n", ""):
        return False
    start, line = _next_line(text, span.end)
    if start < 0 or not line.strip():
        return False
    return (
        _facts_line(text, start)
        or (len(line) < 60 and _BROADCAST_SLOT.match(line.strip()) is not None)
        or _TRADE_LINE.search(line) is not None
    )


#: A trade paper's release line under a title: "Drama · Verleih: Talfilm · Start: 12.11.2026", "Release: 3 April |
#: Distributor: Northlight".
_TRADE_LINE = re.compile(
    r"(?:^|[·•|][ \t]*)(?:Verleih|Kinostart|Start|Bundesstart|Distributor|Distribution|Release|Released|Kopien)[ \t]*:"
)


def _over_facts_apart(text: str, span: TitleSpan) -> bool:
    """:func:`_over_facts`, or over a blank line and then the facts ("Der Winzer und die Kommissarin" / "" / "Krimi ·
    Deutschland 2025 · 89 Min.")."""
    if _over_facts(text, span):
        return True
    if not _at_line_start(text, span.start) or text[span.end : span.end + 1] != "\n":
        return False
    start, line = _next_line(text, span.end)
    return start >= 0 and not line.strip() and _facts_line(text, start + len(line) + 1)


def _shouted_heading(text: str, cand: Candidate) -> bool:
    """Every sighting of ``cand`` is a shouted line of its own or its part ("KINOMARKT KOMPAKT – …", "HEUTE IM
    ERSTEN", "ERSTAUNLICH LEISE"): a masthead, a rubric or a kicker as often as a title."""
    spans = [s for s in cand.spans if s.how != "run"]
    return (
        bool(spans)
        and any(s.how == "caps" for s in spans)
        and all(s.how in ("caps", "line") and s.text.isupper() and _at_line_start(text, s.start) for s in spans)
    )


def title_over_facts(text: str, pooled: dict[str, Candidate], language: str) -> None:
    """ "KINOMARKT KOMPAKT – Der Branchendienst" / … / "Der Wal im Wohnzimmer" / "Familienkomödie, Deutschland
    2026, 93 Min.": a heading line right over the film's facts line names the film; a shouted line above it, with a
    blank line between (a trade paper's masthead, a TV page's rubric, a kicker), gives way, however often the text
    says its words."""
    best = max(pooled.values(), key=lambda c: (c.score, -c.first), default=None)  # the ranking's order on a tie
    if best is None or not _shouted_heading(text, best):
        return
    top = max(s.end for s in best.spans if s.how != "run")
    if any(
        start > top and text[start : start + 1].isupper() and not text[start:end].isupper()
        for start, end in best.occurrences
    ):
        return  # "DER LANGE WINTER" / … / "Der lange Winter ist …": a shouted title the body names again
    titles = [
        c
        for c in pooled.values()
        if c is not best
        and c.key not in _GENERIC
        and not c.text.isupper()
        and not person_shaped(c.text, language)
        and any(
            s.how == "line"
            and top < s.start < _HEAD_LIMIT
            and _BLANK_LINE.search(text, top, s.start) is not None
            and _over_facts(text, s)
            for s in c.spans
        )
    ]
    if titles:
        film = min(titles, key=lambda c: c.first)
        film.score = max(film.score, best.score + 0.1)


#: A headline's teaser before its colon opens with a preposition, a conjunction or a question word ("Zwischen Moor
#: und Mühle: …", "Wenn der Flieder blüht: …"), or speaks in the first person ("Wir waren im Kino: …").
_TEASER_HEAD_DE = frozenset(
    """zwischen wenn als wo wie warum was wer wem mit ohne über unter vom im auf nach vor hinter gegen für bei beim
    aus durch um zurück wir ich""".split()
)
_TEASER_HEAD_EN = frozenset("between when where why how what who inside we i".split())
_FIRST_PERSON = frozenset("wir ich we i".split())
_REVIEW_WORDS = frozenset("review reviews kritik filmkritik rezension recap verdict fazit".split())
#: Lower-case words an English title keeps inside it; any other lower-case word makes a sentence ("A gentle ghost
#: story with a cold heart").
_SMALL_WORDS = frozenset("und oder ein eine der die das and or a an the".split())
_SMALL_EN = frozenset("a an the of to in on at for and or with by from is as into over under".split())


def _teaser_head(head: str, language: str) -> bool:
    words = head.split()
    if not 3 <= len(words) <= 10:
        return False  # "Mit: Ana Berg, Uwe Ott", "Our Grade: D": a label, not a teaser
    if head[:1] in "„\"“»«‘'" or any(ch.isdigit() for ch in head):
        return False  # "„Mein Vater, der Leuchtturm“: …" quotes the film; "Venedig, Tag 5: …" dates a diary
    first = words[0].casefold()
    if (
        "," in head
        and (
            head.count(",") >= 2
            or any(w in ("und", "and", "&", "oder", "or") for w in words)  # "Wind, Watt und Wellen"
            or sum(1 for w in words[1:] if w[:1].islower() and w.casefold() not in _SMALL_WORDS) >= 2
        )
    ):
        return True  # "Sommer, Sonne, Storchennest: …", "Klebrig, süß und ein bisschen traurig: …": an enumeration
    if language == "de":
        return first in _TEASER_HEAD_DE or bool(_FIRST_PERSON.intersection(w.casefold() for w in words))
    if first in _TEASER_HEAD_EN or bool(_FIRST_PERSON.intersection(w.casefold() for w in words)):
        return True
    # English titles are title-cased: a head with two or more lower-case words of its own is a sentence
    return len(words) >= 4 and sum(1 for w in words[1:] if w[:1].islower() and w not in _SMALL_EN) >= 2


def _title_shaped(tail: str) -> bool:
    words = tail.split()
    return (
        1 <= len(words) <= 8
        and tail[:1].isupper()
        and tail[-1:] not in ".!?:"
        # "…: Ein Krimi ohne Mörder", "…: A Thriller Without Thrills" describe a film
        and not (words[0] in ("Ein", "Eine", "Einer", "A", "An") and GENRE_WORD.search(" ".join(words[1:4])))
    )


def _line_candidate(text: str, pooled: dict[str, Candidate], tail: str, start: int, lowered: str) -> Candidate:
    """The pooled candidate for a heading's film part ``tail`` at ``start``, made from that line if none is pooled."""
    key = key_of(tail)
    film = pooled.get(key)
    if film is None:
        film = Candidate(key)
        film.spans.append(TitleSpan(tail, start, start + len(tail), "line"))
        film.occurrences = _occurrences(text, film, lowered)
        pooled[key] = film
    return film


def teaser_before_colon(text: str, pooled: dict[str, Candidate], language: str, lowered: str) -> None:
    """ "Zwischen Moor und Mühle: Das Erbe der Kraniche", "Wir waren im Kino: Lauf, Lotte, lauf", "A gentle ghost
    story with a cold heart: A Winter in Kittery": a heading line said once whose part before the colon is a teaser
    (a preposition's or a conjunction's phrase, the first person, an English sentence-case phrase) names the film
    after the colon, when the teaser is said nowhere else."""
    pos = 0
    limit = min(len(text), _HEAD_LIMIT)
    while pos < limit:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line, line_start = text[pos:line_end].rstrip(), pos
        pos = line_end + 1
        if ": " not in line or len(line) > 120:
            continue
        head, _, tail = line.partition(": ")
        if not _teaser_head(head, language) or not _title_shaped(tail) or len(tail) < 3:
            continue
        if key_of(tail) in _GENERIC or _REVIEW_WORDS.intersection(key_of(tail).split()):
            continue  # "Sonne, Strand und Tränen: Die Kritik"
        if any(person_shaped(part.strip(), language) for part in tail.split(",")):
            continue  # "Mit Liebe gemacht von: Ana Berg": a credit
        whole = pooled.get(key_of(line))
        if whole is not None and len(whole.occurrences) > 1:
            continue
        teaser = pooled.get(key_of(head))
        if teaser is not None and len(teaser.occurrences) > 1:
            continue  # "Wenn der Flieder blüht" said again below is a name
        start = line_start + len(head) + 2
        film = _line_candidate(text, pooled, tail, start, lowered)
        heading = [c for c in (whole, teaser) if c is not None]
        film.score = max(film.score, *(c.score + 0.1 for c in heading), 2.5)
        for c in heading:
            c.score = min(c.score, film.score - 2.0)
        return


def sequel_line_over_head(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Robo Rangers 2 – Rise of the Scrap King" alone on the heading's line, "Robo Rangers 2" in the body: the
    numbered sequel's whole name stays ahead of its short one, whatever the steps after the folding gave the short
    one (a body opening with it, a heading over furniture)."""
    for key, cand in pooled.items():
        if " - " not in key:
            continue
        head = _LOCAL_SEPARATOR.split(key, maxsplit=1)[0]
        short = pooled.get(head)
        if short is not None and short.score >= cand.score and cand.score > 0 and _sequel_line(text, cand, head):
            cand.score = short.score + 0.1


#: A column's weekly routine before its name in the same sentence: "Jede Woche schaut sich der STREAMING-CHECK …",
#: "Every week, Stream of Consciousness picks …".
_ROUTINE_BEFORE = re.compile(
    r"(?i)\b(?:jede[n]?[ \t]+(?:Woche|Freitag|Montag|Dienstag|Mittwoch|Donnerstag|Samstag|Sonntag)|wöchentlich|"
    r"(?:every|each)[ \t]+(?:week|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday)|weekly)\b[^.!?\n]{0,30}$"
)
#: A column's judging label after its name: "Der STREAMING-CHECK meint:", "Stream of Consciousness verdict:".
_JUDGES_AFTER = re.compile(
    r"(?:-|[ \t]+)(?:meint|rät|urteilt|empfiehlt|sagt|Urteil|Fazit|Wertung|verdict|says|recommends|rating|score)"
    r"[ \t]*:"
)


def column_in_body(text: str, pooled: dict[str, Candidate]) -> None:
    """ "STREAMING-CHECK" / "Heimweh nach Hellgrund" / … "Jede Woche schaut sich der STREAMING-CHECK einen Film an"
    … "Der STREAMING-CHECK meint: …": a heading line the body names as the column doing its weekly round or
    giving its verdict names the column, however often the text says it; the film is another name."""
    for cand in pooled.values():
        heading = [
            s
            for s in cand.spans
            if s.how in ("line", "caps", "headline") and s.start < _HEAD_LIMIT and _whole_line(text, s.start, s.end)
        ]
        if not heading or len(cand.occurrences) < 2:
            continue
        top = min(s.end for s in heading)
        if any(
            start > top
            and (
                _ROUTINE_BEFORE.search(text[max(0, start - 60) : start]) is not None
                or _JUDGES_AFTER.match(text, end) is not None
            )
            for start, end in cand.occurrences
        ):
            cand.score -= 8.0


#: A heading naming an entry of a series before the film: "Filmtagebuch #45: X (2026)", "Folge 88: X", "Subject: Frame
#: Rate #41 — X", "Kinotagebuch, Tag 3 – X".
_NUMBERED_LABEL = re.compile(
    r"(?:(?:Betreff|Subject|Re|Fwd|AW|WG)[ \t]*:[ \t]*)?(?P<label>[^\n:|–—]{0,40}?"
    r"(?:#[ \t]?\d{1,4}|\b(?:Nr|No)\.?[ \t]?\d{1,4}|\b(?:Folge|Episode|Ep\.|Issue|Ausgabe|Teil|Part|Tag|Day|Woche|Week)"
    r"[ \t]+\d{1,4}))[ \t]*(?::|[|–—]|[ \t]-)[ \t]*(?P<title>[^\n]{2,80}?)(?:[ \t]+\((?:19|20)\d\d\))?[ \t]*$"
)


def numbered_label_head(text: str, pooled: dict[str, Candidate], language: str, lowered: str) -> None:
    """ "Filmtagebuch #45: Sturmflut über Sylt (2026)": a heading line whose part before the colon or dash is an
    entry's numbered label (a diary's, an issue's, an episode's) names the film after it, when the text names that
    film again."""
    head = text[: min(len(text), _HEAD_LIMIT)]
    offset = 0
    for line in head.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        # one anchored try per line holding a digit (the pattern tried at every place cost over 1 ms a text)
        if not any(ch.isdigit() for ch in line):
            continue
        m = _NUMBERED_LABEL.match(text, line_start, line_start + len(line))
        if m is None:
            continue
        tail = m.group("title").strip()
        tail = tail[1:-1] if len(tail) > 2 and tail[0] in "„“\"»«‘'" and tail[-1] in "“”\"«»’'" else tail
        if (
            not _title_shaped(tail)
            or key_of(tail) in _GENERIC
            or _REVIEW_WORDS.intersection(key_of(tail).split())
            or person_shaped(tail, language)
            or lowered.count(tail.casefold()) < 2
        ):
            continue
        start = text.index(tail, m.start("title"))
        film = _line_candidate(text, pooled, tail, start, lowered)
        label = pooled.get(key_of(m.group("label").strip()))
        heading = [c for c in pooled.values() if c is not film and any(m.start() <= s.start < m.end() for s in c.spans)]
        if label is not None and label not in heading:
            heading.append(label)
        film.score = max(film.score, *(c.score + 0.1 for c in heading), 2.5)
        return


#: How a title joins its hero to another name: "Der Winzer und die Kommissarin", "Kommissar Knopf und die Zauberkreide".
_JOINED = re.compile(r" (?:und|and|&) (?:(?:der|die|das|den|dem|the) )?")


def whole_over_part(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Der Winzer und die Kommissarin" over its facts line, the body saying "die Kommissarin" again and again: the
    part the review repeats (the hero, a series' name) is no title of its own when a quoted, a facts or a heading
    name joins it to another with "und"/"and"; the joined name is the film."""
    best = max(pooled.values(), key=_score_of, default=None)
    if best is None or best.score <= 0:
        return
    wholes = []
    for cand in pooled.values():
        if cand is best or cand.score <= 0 or (not cand.key.startswith(best.key) and not cand.key.endswith(best.key)):
            continue
        rest = cand.key[len(best.key) :] if cand.key.startswith(best.key) else cand.key[: -len(best.key)]
        joined = _JOINED.match(rest) if cand.key.startswith(best.key) else _JOINED.search(rest)
        if joined is None or (cand.key.endswith(best.key) and joined.end() != len(rest)):
            continue
        if any(
            s.how in ("quoted", "facts") or (s.how == "line" and s.start < _HEAD_LIMIT and _over_facts_apart(text, s))
            for s in cand.spans
        ):
            wholes.append(cand)
    if wholes:
        film = min(wholes, key=lambda c: c.first)
        film.score = best.score + 0.1
