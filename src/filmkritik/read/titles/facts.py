"""Facts lines under a title: "Finnland 2023", "Drama | USA 2024 | 96 Min.", "Regie: …", labels."""

from __future__ import annotations

import re

from filmkritik.read import places
from filmkritik.read.title_spans import DATE_LIKE, GENRE_WORD
from filmkritik.read.titles.patterns import _ANY_YEAR, _FACTS_LABEL, _NAV_PARTS, _PLATFORMS

_YEAR_ALONE = re.compile(r"\s*\(?(?:19|20)\d\d\)?\s*")
#: A line that is only a production's countries and year: "Finnland 2023", "USA/Usbekistan 2024", "UK, 2024".
_COUNTRY_YEAR = re.compile(
    r"\(?(?P<countries>[A-ZÄÖÜ][\w.-]*(?:\s*[/,&-]\s*[A-ZÄÖÜ][\w.-]*|\s+(?:und|and)\s+[A-ZÄÖÜ][\w.-]*)*)"
    r"[,.]?\s+(?P<year>(?:19|20)\d\d)\b\)?(?P<rest>.*)"
)
#: Between a genre and the countries on a facts line: "Drama, Deutschland", "Thriller · Frankreich".
_GENRE_SEPARATOR = re.compile(r"[ \t]*(?:,|·|\||–)[ \t]*")
#: Last letters of the genre words a facts line opens with, for a cheap test before :data:`GENRE_WORD`.
_GENRE_ENDS = ("drama", "thriller", "komödie", "film", "western", "krimi", "satire", "musical", "comedy", "horror")
_COUNTRY_PART = re.compile(r"\s*(?:/|,|&|-|\bund\b|\band\b)\s*")
_DIRECTOR_LABEL = re.compile(r"\b(?:Regie|Buch und Regie|Directed by|Written and directed by|Dir\.|R:)")
#: A broadcast's clock times on a programme's facts line: "20.15–21.45 Uhr", "20:15 Uhr", "9pm–10.45pm".
_CLOCK = re.compile(
    r"\b\d{1,2}[.:]\d\d(?:\s*[–-]\s*\d{1,2}[.:]\d\d)?\s*Uhr\b"
    r"|\b\d{1,2}(?:[.:]\d\d)?\s*(?:pm|am|PM|AM)\b(?:\s*[–-]\s*\d{1,2}(?:[.:]\d\d)?\s*(?:pm|am|PM|AM)\b)?"
)
_RUNTIME = re.compile(r"\b\d{2,3}\s?(?:Min|min|mins|minutes|Minuten)\b")
#: A facts line with a year: "Drama | USA 2024 | 96 Min.", "Estland 2024 · 115 Min.", "(2024, USA, 103 min)".
_FACTS_YEAR = re.compile(
    r"(?:19|20)\d\d\b.{0,60}?(?:\b(?:Min|min|Minuten|minutes|mins)\b|\bRegie\b|\bDirect)"
    r"|(?:[|·•/]\s*|\b[A-Z]{1,3}\s|^\(?)(?:19|20)\d\d\b"
    r"|[|·•]\s*[A-ZÄÖÜ][^|·•\n\d]{0,30}?\s(?:19|20)\d\d\b"  # "12A · 108 mins · Japan 2025"
)


def _facts_rest(rest: str) -> bool:
    """The rest of a line states a film's facts: a director's label, or a year beside a country or a runtime."""
    if _DIRECTOR_LABEL.search(rest):
        return True
    year = _ANY_YEAR.search(rest)
    if year is None:
        return False
    return bool(_RUNTIME.search(rest)) or places.gazetteer().country_list.search(rest[: year.start()]) is not None


#: A TV listing's slot line: "9.00pm, Channel Northern", "20.15 Uhr, Arte", "Sunday 9.30pm, Film Four".
_BROADCAST_SLOT = re.compile(
    # "BBC Four, 9pm", "ZDF, 20.15 Uhr": the channel first
    r"(?:[A-ZÄÖÜ0-9][\w+&'’.]*(?: [A-ZÄÖÜ0-9][\w+&'’.]*){0,3}, ?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"\d{1,2}(?:[.:]\d\d)?\s*(?:pm|am|p\.m\.|a\.m\.|Uhr)\s*(?:[,|·•–-]|$)"
)


def _facts_below(text: str, start: int, navigation: frozenset[str] = frozenset()) -> bool:
    """The line at ``start`` states the film's facts, or does so after blank lines, one dated byline ("Eingestellt
    von … am 08.11.2026", "By Ann Lee · March 3, 2026") and one section or format label ("Mediabook")."""
    dated = labelled = slotted = False
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            if _facts_line(text, start):
                return True
            if not slotted and len(line) < 60 and _BROADCAST_SLOT.match(line):
                slotted = True  # "Carnwath Bay" / "9.00pm, Channel Northern" / "(2018) Drama": a TV listing's slot
            elif not labelled and navigation and len(line) < 60 and _label_line(line, navigation):
                labelled = True
            elif dated or len(line) >= 80 or not DATE_LIKE.search(line):
                return False
            else:
                dated = True
        start = end + 1
    return False


def _label_line(line: str, navigation: frozenset[str]) -> bool:
    """A section or format label, a path of them, a genre or a streaming service ("Mediabook", "Kino › Thriller",
    "NETFLIX")."""
    parts = [p for p in _NAV_PARTS.split(line.strip().casefold()) if p]
    return bool(parts) and all(p in navigation or p in _PLATFORMS or GENRE_WORD.fullmatch(p) for p in parts)


def _facts_line(text: str, start: int) -> bool:
    """The line at ``start`` states a film's facts: original title, director, or year with runtime or country;
    a year alone ("2024", "(2024)") counts too."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    if _FACTS_LABEL.match(line) or _YEAR_ALONE.fullmatch(line) or country_year(line) or _genre_countries(line):
        return True
    if _genre_sentence_facts(line) or _genre_by_maker(line):
        return True
    if len(line) >= 120 or not _FACTS_YEAR.search(line):
        return False
    if "Uhr" in line or "pm" in line or "PM" in line:
        # a programme's listing: "Heimatdrama · D 2022 · 20.15–21.45 Uhr · Kanal Nord": a broadcast's clock
        # times are no release date
        line = _CLOCK.sub(" ", line)
    return not DATE_LIKE.search(line)


#: A credit line under a title: "Eine Komödie von Lena Gorski", "Ein Film von Ada Berg", "A film by Jo Lind".
_GENRE_BY_MAKER = re.compile(
    r"[ \t]*(?:Ein|Eine|A|An)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<genre>[\w-]+)[ \t]+(?:von|by)[ \t]+"
    r"[A-ZÄÖÜ][\w'’-]+(?:[ \t]+(?:(?:de|van|von|du|da|di|del|le|la)[ \t]+)?[A-ZÄÖÜ][\w'’-]+){1,2}[ \t.]*"
)


def _genre_by_maker(line: str) -> bool:
    m = _GENRE_BY_MAKER.fullmatch(line) if " " in line and len(line) < 80 else None
    return (
        m is not None
        and m.group("genre").casefold().endswith(_GENRE_ENDS)
        and bool(GENRE_WORD.fullmatch(m.group("genre")))
    )


#: "Kinderfilm. Deutschland 2026. Regie: …": a genre word as a sentence, then countries and a year as the next.
_GENRE_SENTENCE = re.compile(r"(?P<genre>[A-ZÄÖÜ][\wäöüß-]+)\.\s+(?P<rest>[A-ZÄÖÜ].*)")


def _genre_sentence_facts(line: str) -> bool:
    """A facts line opening with a genre word said as a sentence, then the countries and year ("Kinderfilm.
    Deutschland 2026. Regie: …", "Drama. Frankreich, Belgien 2025.")."""
    m = _GENRE_SENTENCE.match(line.strip())
    if m is None or not m.group("genre").casefold().endswith(_GENRE_ENDS) or not GENRE_WORD.fullmatch(m.group("genre")):
        return False
    year = _ANY_YEAR.search(m.group("rest"), 0, 60)
    if year is None:
        return False
    head = m.group("rest")[: year.end()]
    tail = m.group("rest")[year.end() :]
    return (not tail.strip() or tail.lstrip()[:1] in ".,;|·•") and country_year(head) is not None


def _genre_countries(line: str) -> bool:
    """A genre and the production's countries, without a year: "Historisches Drama, Deutschland/Tschechien",
    "Thriller · Frankreich"."""
    parts = _GENRE_SEPARATOR.split(line.strip(), 1)
    if len(parts) != 2 or len(line) > 80:
        return False
    genre, countries = parts
    last = genre.rsplit(" ", 1)[-1]
    if not last.casefold().endswith(_GENRE_ENDS) or not GENRE_WORD.fullmatch(last):
        return False
    names = [c for c in _COUNTRY_PART.split(countries.strip()) if c]
    return bool(names) and all(places.canonical(c) for c in names)


def country_year(line: str) -> re.Match[str] | None:
    """ "Finnland 2023", "USA/Usbekistan 2024", "UK, 2024, 97 mins": a production line of countries and a year
    (one known country is enough); any rest must be more facts after a separator."""
    m = _COUNTRY_YEAR.fullmatch(line.strip())
    if m is None or (m.group("rest").strip() and m.group("rest").lstrip()[:1] not in ",|·•–-/("):
        return None
    g = places.gazetteer()
    parts = _COUNTRY_PART.split(m.group("countries"))
    known = any(
        g.country_list.fullmatch(p.strip(".")) or g.country_list.fullmatch(p.replace(".", "")) for p in parts if p
    )
    return m if known else None
