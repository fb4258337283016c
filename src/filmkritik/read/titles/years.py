"""The film's year: beside the title, on a facts line, in prose ("this 1977 slasher"), or the
production year after the countries."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from filmkritik import lang
from filmkritik.model import YearFact
from filmkritik.read import places
from filmkritik.read.analysis import Analysis
from filmkritik.read.lexmatch import joins, occurrences
from filmkritik.read.titles.candidate import Candidate
from filmkritik.read.titles.facts import _facts_line
from filmkritik.read.titles.patterns import (
    _ANY_YEAR,
    _CREDITS_AFTER,
    _HEAD_LIMIT,
    _YEAR_AFTER,
    _YEAR_BRACKET,
    _YEAR_IN_PARENS,
)

_OTHER_QUOTE = re.compile(r"[„“”\"«»]")
_PRODUCTION_YEAR = re.compile(r"\s*(?:,|:)?\s*((?:19|20)\d\d)\b(?!\.\d)")
_SHORT_LINE_YEAR = re.compile(r"^[^\n]{0,40}[A-Za-z/-],\s*((?:19|20)\d\d)\s*$", re.MULTILINE)
_MONTH = re.compile(  # whole month names only: "Marseille" is no "Mar…"
    r"\b(?:Jan(?:uar|uary)?|Jänner|Feb(?:ruar|ruary)?|Mär(?:z)?|Mar(?:ch)?|Apr(?:il)?|Mai|May|Jun[ie]?|Jul[iy]?|"
    r"Aug(?:ust)?|Sep(?:t|tember)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|Dez(?:ember)?|Dec(?:ember)?)\.?\s*$",
    re.IGNORECASE,
)
_CREDITS_FOLLOW = re.compile(r"\.\s+(?:Regie|Buch und Regie|Mit|Director|Directed by|Dir\.|Written and directed)\b")
_FACTS_AFTER_YEAR = re.compile(r"[,.]?\s*(?:FSK|\d{2,3}\s?(?:Min|min)|Regie\b|ab \d|Rated\b|PG\b|\d{1,2}A?\b)")
_BUTTONS = re.compile(r"[^\n.!?]{0,40}(?:[|▶►]|\+ )[^\n.!?]{0,40}(?=\n)")
_DATED_AFTER = re.compile(r"[ \t]+((?:19|20)\d\d)[ \t]*")
_CREDITS_YEAR = re.compile(r",\s*((?:19|20)\d\d)\)\s*$")
_YEAR_RUNTIME = re.compile(
    r"((?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d\d)(?:[.,]|\s+[·•|])?\s+\d{2,3}\s?(?:Min|min|mins|minutes|Minuten)\b"
)
#: :data:`_YEAR_RUNTIME` as first written.
YEAR_RUNTIME_PLAIN = (
    r"(?=[12])(?<![\d.])((?:19|20)\d\d)(?:[.,]|\s+[·•|])?\s+\d{2,3}\s?(?:Min|min|mins|minutes|Minuten)\b"
)
_STORY_YEAR = re.compile(r":\s")
#: "the original X", "das Original „X“": on a remake's page, the remade film's name (and its year after it).
_ORIGINAL_BEFORE = re.compile(r"(?i)\b(?:the|das|des|dem|im)\s+original(?:s|film|fassung)?\s*[„\"“»«‘']?\s*$")


def _year(text: str, best: Candidate, analysis: Analysis) -> YearFact | None:
    """The film's year: "(2023)" after the title, a production line "USA 2023", "Jahr: 2024"."""
    for start, end in best.occurrences:
        if _ORIGINAL_BEFORE.search(text, max(0, start - 25), start):
            continue  # "The original Night of the Long Harvest (1974)": the remade film's year
        m = _YEAR_AFTER.match(text, end)
        if m:
            return YearFact(int(m.group(1)), evidence=[(m.start(1), m.end(1))])
        if text.startswith(" (", end) or text.startswith("(", end):
            m = _YEAR_BRACKET.match(text, text.index("(", end) + 1)  # "Paper Lanterns (2025, dir. Yuki Sato)"
            if m:
                return YearFact(int(m.group(1)), evidence=[(m.start(1), m.end(1))])
        if start >= _HEAD_LIMIT:
            continue
        # A headline line: "Stille Felder (Japan 2023)", "X movie review (2024)".
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end, end + 200)
        line = text[end : line_end if line_end >= 0 else end + 200]
        dated = _DATED_AFTER.fullmatch(line) if line_start == start else None
        if dated:  # a diary entry's heading "Paper Moons 2025"
            return YearFact(int(dated.group(1)), evidence=[(end + dated.start(1), end + dated.end(1))])
        if end - line_start + len(line) < 100:
            p = _YEAR_IN_PARENS.search(line)
            if p and not _OTHER_QUOTE.search(line, 0, p.start()):
                return YearFact(int(p.group(1)), evidence=[(end + p.start(1), end + p.end(1))])
        if _CREDITS_AFTER.match(text, end):  # "X (director: …; cast: …, 2024)"
            p = _CREDITS_YEAR.search(line)
            if p:
                return YearFact(int(p.group(1)), evidence=[(end + p.start(1), end + p.end(1))])
        if line_end >= 0 and not _facts_line(text, line_end + 1) and _BUTTONS.match(text, line_end + 1):
            line_end = text.find("\n", line_end + 1)  # "▶ Watch now | + My list" between the title and its facts
        if line_end >= 0 and line_start == start and not _facts_line(text, line_end + 1):
            # "Die Vermessung des Meeres" / "Ein Kartograf und seine Tochter …" / "" / "Regie: … · Deutschland 2025":
            # the facts under the title's teaser line
            teaser_end = text.find("\n", line_end + 1)
            teaser = text[line_end + 1 : teaser_end if teaser_end >= 0 else len(text)].strip()
            if teaser_end >= 0 and teaser and len(teaser) < 120 and not teaser.endswith("."):
                below_start = teaser_end + 1
                while text.startswith("\n", below_start):
                    below_start += 1
                if _facts_line(text, below_start):
                    line_end = below_start - 1
        if line_end >= 0 and _facts_line(text, line_end + 1):  # the title over "(2024, USA, 103 min)"
            below = text[line_end + 1 : text.find("\n", line_end + 1) % (len(text) + 1)]
            p = _ANY_YEAR.search(below)
            if p:
                return YearFact(int(p.group(1)), evidence=[(line_end + 1 + p.start(1), line_end + 1 + p.end(1))])
    data = lang.data(analysis.language, "titles")
    for source in getattr(data, "YEAR_CUES", ()):
        m = re.search(source, text)
        if m:
            return YearFact(int(m.group("year")), evidence=[(m.start("year"), m.end("year"))])
    return _production_year(text) or _prose_year(text, best)


def _prose_year(text: str, best: Candidate) -> YearFact | None:
    """A year the prose gives the film: "„X“ aus dem Jahr 1972", "X, a thriller from 1972", "the 1979 horror film
    X", "Der Horrorfilm von 1979 …", "Das Drama stammt aus dem Jahr 1972". Not "nach dem Roman aus dem Jahr 1972":
    the year must belong to the film's name or to a film noun opening a sentence."""
    years = [m.start() for m in _BARE_YEAR.finditer(text)]
    plain = sorted({text[start:end] for start, end in best.occurrences}, key=len, reverse=True)
    forms = [re.escape(form) for form in plain]
    if forms:
        name = "(?:" + "|".join(forms) + ")"
        for pattern in (_YEAR_AFTER_NAME, _YEAR_BEFORE_NAME, _RELEASED_THEN_NAME):
            if not _may_match(pattern, text, years):
                continue  # the pattern's fixed part is nowhere: no need to compile it with the name
            if pattern is _YEAR_AFTER_NAME and all(plain):
                found: Iterable[re.Match[str]] = _after_name(text, plain)
            else:
                found = re.finditer(pattern.replace("{N}", name), text)
            for m in found:
                before = text[max(0, m.start("year") - 12) : m.start("year")]
                if not _OWNER_YEAR.search(before):  # "Ihr 2019 gedrehter Film „X“": her earlier film
                    return YearFact(int(m.group("year")), evidence=[(m.start("year"), m.end("year"))])
    # (Each searched only where a year stands after one of the words it needs: most texts have none.)
    of_the_film = _YEAR_OF_THE_FILM.search(text) if _after_word(text, years, _OF_THE_FILM_WORDS) else None
    this_years = _THIS_YEARS_FILM.search(text) if _after_word(text, years, _THIS_WORDS) else None
    for said in (of_the_film, this_years):
        if said:
            return YearFact(int(said.group("year")), evidence=[(said.start("year"), said.end("year"))])
    return None


def _after_name(text: str, forms: list[str]) -> Iterator[re.Match[str]]:
    """What ``re.finditer(_YEAR_AFTER_NAME)`` finds with ``forms`` (longest first, none empty) for its name: the
    matches of the pattern's fixed part after the name (:data:`_YEAR_AFTER_NAME_TAIL`, compiled once), tried right
    after each form where one stands with no word character or hyphen before it. At each start, in text order and
    from the end of the last match on, the forms are tried in the alternation's order and the first form the rest
    matches after wins, as the regex engine does. (Compiling the pattern with the name cost 1-2 ms on each text that
    gets this far, the name differing every time.)"""
    starts: set[int] = set()
    for form in forms:
        starts.update(occurrences(text, form))
    last = 0
    for start in sorted(starts):
        if start < last or (start and joins(text[start - 1])):
            continue
        for form in forms:
            if text.startswith(form, start):
                m = _YEAR_AFTER_NAME_TAIL.match(text, start + len(form))
                if m is not None:
                    yield m
                    last = m.end()
                    break


def _after_word(text: str, years: list[int], words: tuple[str, ...]) -> bool:
    """Whether one of ``years`` (where a year starts) stands after white space (spaces and tabs) after one of
    ``words``."""
    for year in years:
        end = year
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end < year and text.endswith(words, 0, end):
            return True
    return False


def _may_match(pattern: str, text: str, years: list[int]) -> bool:
    """Whether ``pattern``'s fixed parts (:data:`_YEAR_NAME_GATES`) are all in ``text``; ``years``: where a year
    (:data:`_BARE_YEAR`) starts in it.

    A match's year is a :data:`_YEAR_WORD`, which opens no run of digits, so it starts at one of ``years`` (a
    bare year found before it ends in a digit just before it): the gates read from there, not from every
    position of the text."""
    if pattern is _YEAR_AFTER_NAME:
        return _after_word(text, years, ("Jahr", "Jahre", "von", "aus", "from")) and bool(
            _YEAR_AFTER_NAME_GATE.search(text)
        )
    if pattern is _YEAR_BEFORE_NAME:
        return any(_YEAR_BEFORE_NAME_GATE.match(text, year) for year in years)
    return any(text.startswith(",", year + 4) for year in years) and all(gate.search(text) for gate in _RELEASED_GATES)


def _production_year(text: str) -> YearFact | None:
    """ "Frankreich 2023, 150 Min.", "F 2023. 151 Min.", "USA 2024, 96 Minuten", "Drama, 2021"."""
    for runtime in _YEAR_RUNTIME.finditer(text):
        if _MONTH.search(text, max(0, runtime.start() - 14), runtime.start()):
            continue  # "Veröffentlicht am 3. März 2026 · 58 Min.": a date, then an episode's length
        # "D 2024, 112 Min.", "Iran/France. 2024. 112mins": a year beside the running time
        return YearFact(int(runtime.group(1)), evidence=[(runtime.start(1), runtime.end(1))])
    g = places.gazetteer()
    for y in _ANY_YEAR.finditer(text):
        if _STORY_YEAR.match(text, y.end()):
            continue  # "Polen, 1982: Die zwölfjährige Ania …": when the story happens
        window_start = max(0, y.start() - 60)
        window = text[window_start : y.start()]
        m = _last_country_list(g.country_list, window)
        if m is None or window[m.end() :].strip(" ,:") or _MONTH.search(window[: m.start()][-12:]):
            continue
        before = window[: m.start()]
        credits_follow = _CREDITS_FOLLOW.match(text, y.end())  # "Deutschland 2025. Regie: …"
        # "… verfügbar. Deutschland 2026, FSK 16.": a sentence of facts after the running text
        facts_sentence = before.endswith(". ") and _FACTS_AFTER_YEAR.match(text, y.end())
        if (
            before.strip()
            and not re.search(r"(?:[\n,:(|]\s*|\s\s)$", before)
            and not credits_follow
            and not facts_sentence
        ):
            continue
        if _PRODUCTION_YEAR.match(text, window_start + m.end()):
            return YearFact(int(y.group(1)), evidence=[(y.start(1), y.end(1))])
    for m in _SHORT_LINE_YEAR.finditer(text[:_HEAD_LIMIT]):
        if not _MONTH.search(text[m.start() : m.start(1)].rstrip(", ")):
            return YearFact(int(m.group(1)), evidence=[(m.start(1), m.end(1))])
    return None


#: A film noun, with a genre before it or not: "Film", "Horrorfilm", "Drama", "western", "horror film".
_FILM_NOUN = (
    r"(?:[\w-]*(?:[Ff]ilm|[Dd]rama|[Tt]hriller|[Kk]omödie|[Ww]estern|[Kk]rimi|[Kk]lassiker|[Ss]treifen|[Ss]atire|"
    r"[Mm]usical|[Mm]ärchen|[Mm]ovie|[Cc]omedy|[Dd]ocumentary|[Dd]oku\w*|[Nn]oir|[Cc]hiller|[Ss]lasher|[Gg]iallo|"
    r"[Rr]omance|[Ee]pic|[Mm]elodrama|[Pp]icture|[Ff]eature|[Mm]ystery|[Ff]antasy|[Hh]orror))"
)
#: A year on the same line, not inside a date ("12.02.2026") or a span of years ("1979 bis 1985").
_YEAR_WORD = r"(?<![\d./-])(?P<year>(?:19|20)\d\d)(?![\d.,]\d|[ \t]*(?:bis|to|until|[-–—]))"
_OWNER_YEAR = re.compile(
    r"(?:\b(?:[Ii]hr|[Ii]hre|[Ii]hrem|[Ss]ein|[Ss]eine|[Ss]einem|[Hh]is|[Hh]er|[Tt]heir)|['’]s)[ \t]+\Z"
)
_YEAR_AFTER_NAME = (
    r"(?<![\w-]){N}[“”\"»«’']?,?[ \t]+(?:(?:ein|eine|einen|einem|a|an|the|der|die|das|den|dem)[ \t]+"
    rf"(?:[\w-]+[ \t]+){{0,2}}{_FILM_NOUN}[ \t]+)?(?:aus[ \t]+dem[ \t]+Jahre?|von|aus|from)[ \t]+{_YEAR_WORD}"
)
_YEAR_BEFORE_NAME = rf"\b{_YEAR_WORD}(?:er)?[ \t]+(?:[\w-]+[ \t]+){{0,2}}{_FILM_NOUN}[ \t]+[„\"“»«‘']?{{N}}(?![\w-])"
#: "Released in 1974, Black Tide was …", "Gedreht 1959, ist „X“ …".
_RELEASED_THEN_NAME = (
    r"\b(?:[Rr]eleased|[Mm]ade|[Ss]hot|[Gg]edreht|[Ee]ntstanden)[ \t]+(?:in[ \t]+|im[ \t]+Jahre?[ \t]+)?"
    rf"{_YEAR_WORD},[ \t]+[„\"“»«‘']?{{N}}(?![\w-])"
)
#: Each name pattern's necessary parts (see :func:`_may_match`). A pattern with the film's name is compiled anew for
#: every text (milliseconds each, the name differs every time), and the pattern's whole fixed part is slow to search
#: too (a film noun among any words before every year); a text where a part never matches cannot match the pattern
#: with the name either, so most texts skip both.
#: The fixed part after the name: its words before the year ("von 1972", "a thriller from 1972") follow white space,
#: the name's or the film noun's, so "white space, the words, the year" is in the text exactly when the part is.
_YEAR_AFTER_NAME_GATE = re.compile(rf"[ \t](?:aus[ \t]+dem[ \t]+Jahre?|von|aus|from)[ \t]+{_YEAR_WORD}")
#: The pattern after the name (see :func:`_after_name`).
_YEAR_AFTER_NAME_TAIL = re.compile(_YEAR_AFTER_NAME.split("{N}", 1)[1])
#: The fixed part before the name, opening with its year.
_YEAR_BEFORE_NAME_GATE = re.compile(_YEAR_BEFORE_NAME.split("{N}", 1)[0])
_RELEASED_GATES = (
    re.compile(r"(?:eleased|ade|hot|edreht|ntstanden)[ \t]+(?:in[ \t]+|im[ \t]+Jahre?[ \t]+)?(?:19|20)\d\d,"),
    re.compile(_RELEASED_THEN_NAME.split("{N}", 1)[0]),
)
#: Where a year can start: every :data:`_YEAR_WORD` starts at one of these matches.
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
#: The words right before the year in :data:`_YEAR_OF_THE_FILM` ("aus dem Jahr", "von", "made in", "wurde") and
#: :data:`_THIS_YEARS_FILM` ("Dieser", "This").
_OF_THE_FILM_WORDS = ("Jahr", "Jahre", "von", "aus", "from", "in", "entstand", "wurde")
_THIS_WORDS = ("This", "Dieser", "Diese", "Dieses")
#: "This 1977 slasher gets a lavish new disc": the film under review, its year before its genre.
_THIS_YEARS_FILM = re.compile(
    rf"(?:^|[.!?:][ \t]+)(?:This|Dieser|Diese|Dieses)[ \t]+{_YEAR_WORD}(?:er)?[ \t]+(?:[\w-]+[ \t]+)?{_FILM_NOUN}\b",
    re.MULTILINE,
)
_YEAR_OF_THE_FILM = re.compile(
    r"(?:^|[.!?:][ \t]+)(?:Der|Die|Das|Dieser|Diese|Dieses|The|This)[ \t]+(?:[\w-]+[ \t]+)?"
    rf"{_FILM_NOUN}[ \t]+(?:(?:(?:stammt|entstand|ist|war|is|was|dates)[ \t]+)?"
    r"(?:aus[ \t]+dem[ \t]+Jahre?|von|aus|from|im[ \t]+Jahre?|made[ \t]+in|shot[ \t]+in|released[ \t]+in)"
    r"|entstand|wurde|was[ \t]+made[ \t]+in)[ \t]+"  # "Der Film entstand 1977", "Das Drama wurde 1983 gedreht"
    rf"{_YEAR_WORD}",
    re.MULTILINE,
)


def _last_country_list(pattern: re.Pattern[str], window: str) -> re.Match[str] | None:
    """The country list ending closest to the end of ``window`` ("Frankreich/Belgien")."""
    last = None
    for m in pattern.finditer(window):
        last = m
    return last
