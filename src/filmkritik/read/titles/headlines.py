"""Headline rules: how a headline's shape (a sentence, a label and a title, a teaser after a colon, a
rated line, a second line under a first) says which candidate is the film."""

from __future__ import annotations

import re

from filmkritik.read.title_spans import GENRE_WORD
from filmkritik.read.titles.candidate import Candidate, _at_line_start, _whole_line, key_of, person_shaped
from filmkritik.read.titles.collect import _leads_headline
from filmkritik.read.titles.facts import _facts_below, _facts_line
from filmkritik.read.titles.patterns import (
    _GENERIC,
    _HEAD_LIMIT,
    _MOVIE_SUFFIX,
    _QUOTE_MARKS,
    _RATING_LINE,
    _SENTENCE_BREAK,
    _SEQUEL_NUMBER,
    _SMALL_WORDS,
    _STRONG_KINDS,
    _WEIGHT,
)

#: The rest of a label's line: ": Under a Copper Sky", " | X (2024)", " – „X“".
_LABEL_TAIL = re.compile(
    r"\s*(?::|\||[–—]|\s-)\s*[„\"“»«‘']?(?P<title>[^\n„\"“”»«‘’()|:]{2,80}?)[“”\"«»’']?\s*(?:\((?:19|20)\d\d\))?\s*$"
)
#: The opening of a headline's teaser after a colon: "Ein Krimi ohne Mörder", "A quiet drama about …".
_TEASER_OPENING = re.compile(r"(?:Ein|Eine|Einer|A|An)\s")
_GENERIC_INSIDE = frozenset("film films movie kritik review filme".split())
_QUOTE_MARK = re.compile(r"['’\"“”‘]")
#: A line of running text: 30 characters or more, ending a sentence ("A lighthouse, a storm, a secret.").
_REVIEW_LINE = re.compile(r"^[^\n]{29,}[.!?…][“”\"«»’']?[ \t]*$")
#: A heading line quoting two films side by side, after a label or not: "Doppelkritik: „X“ und „Y“", "“X” and “Y”".
_TWO_QUOTED = re.compile(
    r"^(?:[^\n„\"“”»«‘:]{0,40}:[ \t]*)?[„\"“»«‘']([^\n„\"“”»«‘’]{2,60})[“”\"«»’'][ \t]+(?:und|and|&|sowie|plus)[ \t]+"
    r"[„\"“»«‘']([^\n„\"“”»«‘’]{2,60})[“”\"«»’'][ \t]*$",
    re.MULTILINE,
)


_JOINED = (" und ", " and ", " & ")


def _fold_headline_sentences(pooled: dict[str, Candidate]) -> None:
    """ "Review: The Salt Road Drives Deep Into the Desert": a headline capture said once that
    starts with a name the text repeats gives its weight to that name."""
    for cand in pooled.values():
        if len(cand.occurrences) > 1 or not any(s.how == "headline" for s in cand.spans) or " " not in cand.key:
            continue
        sentence = _QUOTE_MARK.sub("", cand.key)
        sentence = sentence[3:] if sentence.startswith("in ") else sentence  # "Review: In Harbor Lights, a …"
        heads = [
            other
            for other in pooled.values()
            if other is not cand
            and sentence.startswith((other.key + " ", other.key + ","))
            and len(other.occurrences) >= 2
            # "Pippo und das Meer", "Lotte & Fips": a name joined to another by "und" is a title of two, not a
            # sentence about the first
            and not sentence.startswith(_JOINED, len(other.key))
        ]
        if heads:
            head = max(heads, key=lambda c: len(c.key))
            head.score += _WEIGHT["headline"]
            cand.score -= _WEIGHT["headline"]
    for cand in pooled.values():
        # "My thoughts on Starlight Motel": a headline line said once that ends with a name the text repeats,
        # after words in lower case, is a sentence about that name.
        if len(cand.occurrences) > 1 or len(cand.spans) > 1 or cand.spans[0].how != "line":
            continue
        tails = [
            other
            for other in pooled.values()
            if other is not cand and cand.key.endswith(" " + other.key) and len(other.occurrences) >= 2
        ]
        lead = cand.text.split()[: -len(tails[0].key.split())] if tails else []
        if tails and any(w.islower() and w not in _SMALL_WORDS for w in lead[1:]):
            moved = min(cand.score, _WEIGHT["line"])
            max(tails, key=lambda c: len(c.key)).score += moved
            cand.score -= moved


def _rated_line(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Sweetwater Road" / "★★★ (out of four)", "Musterland" / "Bewertung: 4 von 5": the rating attaches to the line
    above it. Of the names on that line, the one the text says most often gets the vote ("Cillian Byrne in
    Ironworks" / "★★★★☆": Ironworks)."""
    on_line: dict[int, list[Candidate]] = {}
    for cand in pooled.values():
        for span in cand.spans:
            if span.how == "run":
                continue
            line_end = text.find("\n", span.end)
            if line_end >= 0 and line_end - span.end <= 80 and all(c is not cand for c in on_line.get(line_end, [])):
                on_line.setdefault(line_end, []).append(cand)
    for line_end, cands in on_line.items():
        if len(text) - line_end > 1 and _RATING_LINE.match(text, line_end + 1):
            best = max(cands, key=lambda c: (len(c.occurrences), len(c.key)))
            best.score += 2.0


def _label_then_title(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Tonight's film: Under a Copper Sky", "Adventskalender, Türchen 14: Der Engel von Glasberg (2024)": a heading
    said once whose line goes on, after a colon, bar or dash, with a name the text says again is a label; the name
    after it is the film."""
    for label in list(pooled.values()):
        if len(label.occurrences) > 1:
            continue
        for span in label.spans:
            if span.how != "line" or span.start > 400 or not _at_line_start(text, span.start):
                continue
            line_end = text.find("\n", span.end)
            rest = text[span.end : line_end if line_end >= 0 else len(text)]
            m = _LABEL_TAIL.match(rest)
            film = pooled.get(key_of(m.group("title"))) if m else None
            if (
                film is None
                or film is label
                or len(film.occurrences) < 2
                or film.score >= label.score + 2.5
                or film.key in _GENERIC
                or _MOVIE_SUFFIX.fullmatch(film.key)  # "Die Mondfahrer – Der Film": a series' film, not a label
            ):
                continue
            moved = min(label.score, _WEIGHT["line"])
            film.score += moved
            label.score -= moved
            break


def _most_named_over_passing(text: str, pooled: dict[str, Candidate]) -> None:
    """A page about several films reviews the one it names most: a film named once in passing in the running text
    ("Ebenfalls stark: das Drama „X“") does not beat a quoted or headline title the text names three times."""
    repeated = [c for c in pooled.values() if len(c.occurrences) >= 3 and any(s.how in _STRONG_KINDS for s in c.spans)]
    if not repeated:
        return
    top = max(c.score for c in repeated)
    for cand in pooled.values():
        if (
            len(cand.occurrences) <= 1
            and cand.score >= top
            and not any(s.how in ("headline", "line") or _at_line_start(text, s.start) for s in cand.spans)
            and not any(_sequel_of(cand.key, c.key) for c in repeated)  # "„Die Muffels 2: Chaos im Zoo“"
            # "'Dust on the Dashboard' on Flickbox: Stream It or Skip It?": a quoted name opening the headline
            and not any(s.how == "quoted" and _leads_headline(text, s.start, s.end) for s in cand.spans)
        ):
            cand.score = top - 0.1


def _heading_over_passing(text: str, pooled: dict[str, Candidate]) -> None:
    """A page that is a heading and then the review ("Der Nachtportier" / "Ein Hotel in Leipzig. … Wer „Grand
    Budapest Hotel“ mochte, …"): the heading names the film, and a work the body quotes once in passing after its
    lead sentence, a comparison or the director's earlier film, does not beat it."""
    first_end = text.find("\n")
    if first_end <= 0:
        return
    body_end = text.find("\n", first_end + 1)
    body = text[first_end + 1 : body_end if body_end >= 0 else len(text)]
    lead = _SENTENCE_BREAK.search(body)
    if len(body) < 150 or lead is None:
        return  # a second heading, a byline or a facts line: the page's top has more parts than a heading
    heading = [
        c
        for c in pooled.values()
        if any(s.how in ("line", "headline") and s.start == 0 for s in c.spans)
        and not _GENERIC_INSIDE & set(c.key.split())  # "Drei Fragen an den Film": a column's label
        and not GENRE_WORD.fullmatch(c.key)  # a genre's label ("Drama") heading the page protects no film
    ]
    if not heading:
        return
    top = max(c.score for c in heading)
    for cand in pooled.values():
        if (
            cand.score >= top
            and len(cand.occurrences) <= 1
            # the lead sentence names the film under a teaser heading ("Die Komödie „X“ nimmt … aufs Korn"); a
            # work named later in passing is the comparison
            and cand.first > first_end + 1 + lead.start()
            and all(s.how in ("quoted", "prose", "run", "caps") for s in cand.spans)
        ):
            cand.score = top - 0.1


def _compared_in_headline(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Die Brücke von Sankt Anna" / "Was „Die Fähre“ vor fünf Jahren versprach, …", "Von „Kaltfront“ zu
    „Nordwind“": a film quoted inside a headline sentence, beside or under another film's name, is the comparison
    (the maker's earlier film, a model) when the running text names that other film more often."""
    for cand in pooled.values():
        quoted_in_line = [
            s
            for s in cand.spans
            if s.how == "line"
            and s.start < _HEAD_LIMIT
            and text[s.start - 1 : s.start] in _QUOTE_MARKS
            and not _whole_line(text, s.start - 1, s.end + 1)
        ]
        if not quoted_in_line:
            continue
        line_end = text.find("\n", quoted_in_line[0].end)
        line_end = len(text) if line_end < 0 else line_end
        in_body = sum(start > line_end for start, _ in cand.occurrences)
        for other in pooled.values():
            if other is cand or other.score > cand.score or person_shaped(other.text, "en"):
                continue
            other_body = sum(start > line_end for start, _ in other.occurrences)
            if (
                other_body >= 2
                and other_body > in_body
                and other.first < line_end
                and any(s.how in ("line", "quoted", "headline") and s.start < line_end for s in other.spans)
            ):
                cand.score = other.score - 0.1


def _cue_over_heading(text: str, pooled: dict[str, Candidate], language: str) -> None:
    """ "Arrow Video review" / "Moonlight Motel" / … Moonlight Motel is …: a review cue's capture said once, over a
    heading line of its own that the body says again, is the label's (a disc label, a section); the heading names
    the film."""
    for cand in list(pooled.values()):
        if len(cand.occurrences) > 1 or not cand.spans or any(s.how != "headline" for s in cand.spans):
            continue
        line_end = text.find("\n", cand.spans[0].end)
        if line_end < 0 or cand.spans[0].start > _HEAD_LIMIT:
            continue
        below = line_end + 1 + len(text[line_end + 1 :]) - len(text[line_end + 1 :].lstrip())
        heads = [
            c
            for c in pooled.values()
            if c is not cand
            and len(c.occurrences) >= 2
            and c.key not in _GENERIC
            and not person_shaped(c.text, language)
            and any(s.how == "line" and s.start == below and _whole_line(text, s.start, s.end) for s in c.spans)
        ]
        if heads and max(c.score for c in heads) < cand.score:
            film = max(heads, key=lambda c: c.score)
            film.score, cand.score = cand.score + 0.1, film.score


def _teaser_after_colon(pooled: dict[str, Candidate]) -> None:
    """ "Kalter Hafen: Ein Krimi ohne Mörder", "Glass Orchard: A Mess Worth Seeing": after the colon an indefinite
    article and a description (a genre word among its first words) is the headline's teaser, not a subtitle; the
    name before the colon is the film."""
    for cand in list(pooled.values()):
        head, colon, rest = cand.text.partition(": ")
        if not colon or not _TEASER_OPENING.match(rest) or not GENRE_WORD.search(" ".join(rest.split()[1:4])):
            continue
        film = pooled.get(key_of(head))
        if film is None or film is cand or cand.score < film.score:
            continue
        film.score, cand.score = cand.score + 0.1, film.score


def _second_line_over_first(text: str, pooled: dict[str, Candidate]) -> None:
    """Two title-like lines opening a page, each said once ("Little White Lies" / "The Salt Marsh"): the first
    is the outlet's name more often than the film, so the second wins a tie."""
    first_end = text.find("\n")
    if first_end < 0:
        return
    second_start = first_end + 1 + (len(text[first_end + 1 :]) - len(text[first_end + 1 :].lstrip()))
    quoted_line = text[second_start : second_start + 1] in _QUOTE_MARKS
    opening = [
        c
        for c in pooled.values()
        if len(c.occurrences) <= 1 and c.first <= second_start + quoted_line and c.spans[0].how == "line"
    ]
    # "DIE FILMLUPE" / "Salzkinder"; "Kinderkino" / "„Die Schnecke Samtfuß“"
    opening = [c for c in opening if all(s.how in ("line", "caps", "quoted") for s in c.spans)]
    first = [c for c in opening if all(s.start == 0 for s in c.spans) and c.spans[0].how != "quoted"]
    second = [
        c
        for c in opening
        if all(s.start == second_start or (quoted_line and s.start == second_start + 1) for s in c.spans)
        and (
            all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in c.text.split())  # "The Salt Marsh"
            or (quoted_line and any(s.how == "quoted" for s in c.spans))
            # "Wochenendbeilage | Film" / "Wenn die Kraniche ziehen" / the review; not "Die Mondfahrer – Der Film" /
            # "Kinderfilm nach der beliebten Hörspielserie", a title over its teaser
            or (_label_first_line(text[:first_end]) and _heading_over_body(text, c))
        )
    ]
    if first and second and not _facts_line(text, second_start):
        for cand in first:
            cand.score = min(cand.score, max(c.score for c in second) - 0.3)


def _label_first_line(line: str) -> bool:
    """The page's first line is a label: one word, or a row of labels ("Wochenendbeilage | Film")."""
    line = line.strip()
    return " " not in line or any(f" {sep} " in line for sep in ("|", "·", "•", "›", ">"))


def _heading_over_body(text: str, cand: Candidate) -> bool:
    """A short line of a few words, no sentence, standing alone right above the body's first long paragraph."""
    span = cand.spans[0]
    words = cand.text.split()
    if not 2 <= len(words) <= 6 or cand.text[-1:] in ".,;:" or not cand.text[:1].isupper():
        return False
    line_end = text.find("\n", span.end)
    if line_end < 0 or text[span.end : line_end].strip():
        return False
    following = text[line_end:].lstrip("\n")
    first_line = following.split("\n", 1)[0]
    return len(first_line) >= 150


def _sequel_of(key: str, base: str) -> bool:
    """``key`` names a numbered sequel of ``base`` ("die muffels 2: chaos im zoo" of "die muffels")."""
    if not key.startswith(base + " "):
        return False
    number = _SEQUEL_NUMBER.match(key, len(base))
    return number is not None and number.group(1) not in ("0", "1", "i")


def _first_of_two_reviews(text: str, pooled: dict[str, Candidate], navigation: frozenset[str]) -> None:
    """Two films on one page, each a heading over its own facts ("Die Stunde der Füchse" / "Deutschland 2025,
    98 Min." … "Sommerregen" / "Frankreich 2025, 104 Min.") or its own rating ("★★★"): the page is the first
    film's, even when the critic names the second more often."""
    lined = [c for c in pooled.values() if any(s.how == "line" for s in c.spans)]
    if len(lined) < 2:
        return
    headings: list[tuple[int, Candidate]] = []
    for cand in lined:
        for span in cand.spans:
            if span.how != "line" or not _at_line_start(text, span.start):
                continue
            line_end = text.find("\n", span.end)
            if line_end < 0 or text[span.end : line_end].strip():
                continue  # the heading is its line, alone
            if _facts_below(text, line_end + 1, navigation) or _RATING_LINE.match(text, line_end + 1):
                headings.append((span.start, cand))
                break
    if len({id(c) for _, c in headings}) < 2:
        return
    headings.sort(key=lambda h: h[0])
    first = headings[0][1]
    second = next(start for start, c in headings if c is not first)
    if not any(_REVIEW_LINE.search(line) for line in text[headings[0][0] : second].split("\n")):
        return  # no review between the two headings: a masthead's tagline over an issue line, then the film
    top = max(c.score for _, c in headings)
    if first.score > 0 and first.score < top:
        first.score = top + 0.1


def _first_of_two_quoted(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Doppelkritik: „Kalter Hafen“ und „Hinter den Dünen“": a heading that names two films side by side heads a
    double review, and the page is the first one's, even when the critic says more about the second."""
    head = text[:_HEAD_LIMIT]
    if sum(head.count(q) for q in '“"»«’') < 2:
        return  # cheap gate: no two quoted names
    m = _TWO_QUOTED.search(head)
    if m is None:
        return
    first, second = pooled.get(key_of(m.group(1))), pooled.get(key_of(m.group(2)))
    if first is not None and second is not None and 0 < first.score <= second.score:
        first.score = second.score + 0.1


#: A remake's page: the words that say so, looked for in the lower-cased text before anything else.
_REMAKE_WORDS = ("remake", "neuverfilm", "neu verfilmt", "neuauflage")
#: The remade film named with its older year: "„Die Furt“ war 1972 …", "X (1974)", "X from 1974", "X von 1961".
_REMADE_YEAR = re.compile(
    r"[“”\"«»’']?\s*(?:\(\s*|,?\s+(?:war|was|kam|came|lief|from|von|aus dem Jahr|aus|of)\s+(?:im\s+Jahr\s+|in\s+)?)"
    r"((?:19|20)\d\d)\b"
)


def _remade_film(text: str, pooled: dict[str, Candidate], lowered: str) -> None:
    """ "Neuverfilmung: Die Brücke am Fluss" … "„Die Furt“ war 1972 ein Überraschungserfolg …": on a remake's page
    the film it remakes is named as often as the remake, first with its older year. A name whose first sighting
    carries a year older than the page's newest, beside a heading that names another film, is the remade one."""
    if not any(w in lowered for w in _REMAKE_WORDS):
        return
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    if not years:
        return
    newest = max(years)
    heads = [
        c
        for c in pooled.values()
        if c.score > 3.0 and any(s.how in ("headline", "line", "facts") and s.start < _HEAD_LIMIT for s in c.spans)
    ]
    for cand in pooled.values():
        if not cand.occurrences or any(s.how in ("headline", "line", "facts") for s in cand.spans):
            continue
        first_end = cand.occurrences[0][1]
        m = _REMADE_YEAR.match(text, first_end)
        if m is None or (int(m.group(1)) >= newest and len(set(years)) > 1):
            continue  # (the page's only year, said with the remade film, is that film's)
        if any(h is not cand and h.key not in cand.key and cand.key not in h.key for h in heads):
            cand.score = min(cand.score, max(h.score for h in heads) - 1.0) - 2.0
