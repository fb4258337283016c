"""Context: festivals with their role, where the story is set, other works mentioned, movements.

Runs after credits, so it knows the film's title and people: a work in brackets after
the director's name is one of the director's films, and a film title that turned out
to be a person's name is re-chosen (see :func:`filmkritik.read.titles.recheck`).
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from filmkritik import lang
from filmkritik.model import Festival, Mention, Named, Span
from filmkritik.read import festivals, lexmatch, places, titles
from filmkritik.read.analysis import Analysis
from filmkritik.read.lexmatch import OpeningLedPattern
from filmkritik.read.title_spans import SEQ, TitleSpan

_YEAR = r"((?:19|20)\d\d)"
_YEAR_AFTER = re.compile(rf"\s*[“”\"'’«»]?\s*\((?:[^()\n]{{0,30}}?[\s,])?{_YEAR}\)")
_YEAR_BEFORE = re.compile(rf"{_YEAR}['’]s\s+(?:\w+\s+){{0,2}}$")
_WON = re.compile(
    r"\b(?:gewann|gewonnen|gewinnt|Gewinner\w*|Preisträger\w*|ausgezeichnet|erhielt|erhalten|prämiert|"
    r"won|wins|winner|winning|awarded|took home|received)\b",
    re.IGNORECASE,
)
_BRACKETED_YEAR = re.compile(r"\((?:19|20)\d\d\)")
_TITLE_WITH_YEAR = re.compile(rf"(?<![\w'’-])(?P<title>{SEQ})\s+\({_YEAR}\)")
_FESTIVAL_YEAR = re.compile(rf"^[ -]?{_YEAR}\b|^\s*\(\s*{_YEAR}\s*\)")
_YEAR_BEFORE_FESTIVAL = re.compile(rf"\b{_YEAR}\s*(?:er\s+)?$")
_PROPER_AFTER = re.compile(r"\s+[A-Z][a-z]")
_IN_ARTICLE_END = re.compile(r"\b(?:in|In)\s+(?:den|der|die|the)\s+$")
_WORK_NOUN = re.compile(
    r"(?:Film|Spielfilm|Kinofilm|Serie|Miniserie|Roman|Buch|Dokumentation|Doku|Kurzfilm|Remake|Sequel|"
    r"Prequel|Fortsetzung|Klassiker|Kultfilm|Debüt|Erstling|Oscar-Gewinner|Oscar-Hit|Netflix-Serie|Film|Movie|"
    r"Series|Show|Novel|Book|Documentary|Classic)\s+"
)
_LEADING_CUE = re.compile(r"(?:Like|Unlike|As|Than|After|Since|Wie|Nach|Seit|Als)\s+")
_ORG_AFTER = re.compile(r"[ -](?:Times|Post|Film|Festival|Filmfestival|Theatre|Theater|Workshop|Magazine|Review)\b")


@cache
def _patterns(data: ModuleType) -> dict[str, object]:
    """The language's cues compiled once."""
    return {
        "roles": [(role, re.compile(rf"(?:{words})", re.IGNORECASE)) for role, words in data.FESTIVAL_ROLES],
        "festival_words": re.compile(data.FESTIVAL_WORDS),
        "setting": [re.compile(rf"(?:{cue})$") for cue in data.SETTING_CUES],
        "not_setting": re.compile(data.NOT_SETTING),
        "relations": [(rel, re.compile(cue)) for rel, cue in data.MENTION_RELATIONS],
        # Tried only where a movement's name opens ("Dogma", "Neorealis"): the look-behind they open with makes the
        # regex engine try every position of the text.
        "movements": [(name, hints, OpeningLedPattern(rf"(?<![\w]){words}")) for name, hints, words in data.MOVEMENTS],
    }


def annotate(analysis: Analysis) -> None:
    """Fill ``film.festivals``, ``film.settings``, ``mentions`` and ``movements``."""
    titles.recheck(analysis)
    data = lang.data(analysis.language, "context")
    patterns = _patterns(data)
    record = analysis.record
    record.film.festivals = find_festivals(analysis, patterns)
    record.film.settings = find_settings(analysis, patterns)
    record.mentions = find_mentions(analysis, patterns)
    record.movements = find_movements(analysis.text, patterns, analysis.lowered)


# --- festivals -------------------------------------------------------------------------


def find_festivals(analysis: Analysis, patterns: dict[str, object]) -> list[Festival]:
    """Festivals named in the text, with the role the reviewed film played there."""
    text = analysis.text
    lex = festivals.lexicon()
    festival_words: re.Pattern[str] = patterns["festival_words"]  # type: ignore[assignment]
    found: dict[str, Festival] = {}
    for m in lex.finditer(text):
        spelling = m.group(1)
        sentence = analysis.sentence_of(m.start(), m.end())
        sentence_text = analysis.span_text(sentence)
        city_only = spelling in lex.cities and spelling not in lex.names
        beside_festival = festival_words.search(sentence_text) or _FESTIVAL_YEAR.match(text[m.end() : m.end() + 12])
        if city_only and not beside_festival:
            continue  # "Cannes" the town, "Berlin" the city
        name = lex.names.get(spelling) or lex.cities[spelling]
        if name in festivals.AWARD_SHOWS:
            continue
        other_work = _names_other_work(analysis, sentence)
        role = None if other_work else _role(sentence_text, patterns)
        year = _festival_year(text, m.start(), m.end())
        festival = found.get(name)
        if festival is None:
            found[name] = Festival(name, role, year, evidence=[sentence])
            continue
        if role and (festival.role is None or _rank(role, patterns) < _rank(festival.role, patterns)):
            festival.role = role
        festival.year = festival.year or year
        if sentence not in festival.evidence:
            festival.evidence.append(sentence)
    for m in lex.award_pattern.finditer(text):
        name = lex.awards[m.group(1)]
        sentence = analysis.sentence_of(m.start(), m.end())
        if _names_other_work(analysis, sentence):
            continue
        year = _festival_year(text, m.start(), m.end())
        festival = found.setdefault(name, Festival(name, None, None, evidence=[]))
        won = _WON.search(analysis.span_text(sentence))  # "muss den Goldenen Bären gewinnen" is a hope
        if won and _rank("award winner", patterns) <= _rank(festival.role or "", patterns):
            festival.role = "award winner"
        festival.year = festival.year or year
        if sentence not in festival.evidence:
            festival.evidence.append(sentence)
    return list(found.values())


def _role(sentence: str, patterns: dict[str, object]) -> str | None:
    for role, pattern in patterns["roles"]:  # type: ignore[attr-defined]
        if pattern.search(sentence):
            return str(role)
    return None


def _rank(role: str, patterns: dict[str, object]) -> int:
    roles = [r for r, _ in patterns["roles"]]  # type: ignore[attr-defined]
    return roles.index(role) if role in roles else len(roles)


def _festival_year(text: str, start: int, end: int) -> int | None:
    after = _FESTIVAL_YEAR.match(text[end : end + 12])
    if after:
        return int(after.group(1) or after.group(2))
    before = _YEAR_BEFORE_FESTIVAL.search(text[max(0, start - 12) : start])
    return int(before.group(1)) if before else None


def _names_other_work(analysis: Analysis, sentence: Span) -> bool:
    """Whether the sentence quotes a title that is not the reviewed film's."""
    film_keys = _film_keys(analysis)
    spans: list[TitleSpan] = analysis.notes.get("title_spans", [])
    for span in spans:
        if span.how in ("quoted", "caps") and sentence[0] <= span.start < sentence[1]:
            key = titles.key_of(span.text)
            if not any(key in k or k in key for k in film_keys):
                return True
    return False


def _film_keys(analysis: Analysis) -> set[str]:
    film = analysis.record.film
    keys = {titles.key_of(t.text) for t in (film.title, film.original_title) if t}
    keys |= {titles.key_of(t.text) for t in film.local_titles}
    return {k for k in keys if k}


# --- settings --------------------------------------------------------------------------


def find_settings(analysis: Analysis, patterns: dict[str, object]) -> list[Named]:
    """Places the story is set in: "spielt in Rom", "in der Stadt New York", "set in Tokyo"."""
    text = analysis.text
    countries = places.gazetteer().countries
    setting_cues: list[re.Pattern[str]] = patterns["setting"]  # type: ignore[assignment]
    not_setting: re.Pattern[str] = patterns["not_setting"]  # type: ignore[assignment]
    lex = festivals.lexicon()
    found: dict[str, Named] = {}
    quoted = [(s.start, s.end) for s in analysis.notes.get("title_spans", []) if s.how in ("quoted", "caps")]
    for place_start, place_end, name in places.find(text):
        if any(start <= place_start < end for start, end in quoted):
            continue  # "Die Reise nach Jerusalem" is a title, not a place
        before = text[max(0, place_start - 90) : place_start]
        if not any(cue.search(before) for cue in setting_cues):
            continue
        if _continues_a_name(text, place_end, analysis.language):
            continue
        sentence = analysis.sentence_of(place_start, place_end)
        sentence_text = analysis.span_text(sentence)
        names_festival = any(f.group(1) in lex.names for f in lex.finditer(sentence_text))
        if not_setting.search(sentence_text) or names_festival:
            continue
        if name in countries and not _strong_setting_cue(before, setting_cues):
            continue
        if name in found:
            found[name].evidence.append((place_start, place_end))
        else:
            found[name] = Named(name, evidence=[(place_start, place_end)])
    return list(found.values())


def _continues_a_name(text: str, end: int, language: str) -> bool:
    """ "New York Times", "Berlin Alexanderplatz": the place is part of a longer name."""
    if _ORG_AFTER.match(text, end):
        return True
    return language == "en" and bool(_PROPER_AFTER.match(text, end))


def _strong_setting_cue(before: str, cues: list[re.Pattern[str]]) -> bool:
    """Countries need a verb of place ("spielt in", "set in"), not just "in"."""
    return bool(cues[0].search(before)) or bool(_IN_ARTICLE_END.search(before))


# --- mentions --------------------------------------------------------------------------


def find_mentions(analysis: Analysis, patterns: dict[str, object]) -> list[Mention]:
    """Other works the critic names, with year and relation when the text gives them."""
    text = analysis.text
    film_keys = _film_keys(analysis)
    persons = _person_keys(analysis)
    spans: list[TitleSpan] = [s for s in analysis.notes.get("title_spans", []) if s.how in ("quoted", "caps")]
    spans += [_without_work_noun(m) for m in _titles_with_year(text)]
    found: dict[str, Mention] = {}
    for span in sorted(spans, key=lambda s: s.start):
        key = titles.key_of(span.text)
        if not key or key in found or key in persons or _is_the_film(key, film_keys):
            continue
        if places.canonical(span.text) or festivals.canonical(span.text):
            continue
        year, year_span = _mention_year(text, span)
        relation = _relation(analysis, span, patterns)
        if year is None and relation is None:
            continue
        evidence = [(span.start, span.end)] + ([year_span] if year_span else [])
        found[key] = Mention(span.text, year, relation or "other work", evidence=evidence)
    return list(found.values())


def _titles_with_year(text: str) -> list[re.Match[str]]:
    """ "Sideways (2004)": title-cased names right before a bracketed year, found from the years."""
    found = []
    for year in _BRACKETED_YEAR.finditer(text):
        window_start = max(0, year.start() - 90)
        for m in _TITLE_WITH_YEAR.finditer(text, window_start, year.end()):
            if m.end() == year.end():
                found.append(m)
                break
    return found


def _without_work_noun(m: re.Match[str]) -> TitleSpan:
    """ "Serie Devs (2020)" names the series "Devs": drop a leading capitalised work noun."""
    value, start = m.group("title"), m.start("title")
    for lead in (_LEADING_CUE, _WORK_NOUN):
        noun = lead.match(value)
        if noun and noun.end() < len(value):
            value, start = value[noun.end() :], start + noun.end()
    return TitleSpan(value, start, start + len(value), "year")


def _is_the_film(key: str, film_keys: set[str]) -> bool:
    return any(key == k or (len(key) > 3 and (key in k or k in key)) for k in film_keys)


def _person_keys(analysis: Analysis) -> set[str]:
    film = analysis.record.film
    names = [a.name for a in film.actors] + [d.name for d in film.directors] + [c.character for c in film.cast]
    return {titles.key_of(n) for n in names}


def _mention_year(text: str, span: TitleSpan) -> tuple[int | None, Span | None]:
    after = _YEAR_AFTER.match(text, span.end)
    if after:
        return int(after.group(1)), (after.start(1), after.end(1))
    window_start = max(0, span.start - 30)
    before = _YEAR_BEFORE.search(text[window_start : span.start])
    if before:
        return int(before.group(1)), (window_start + before.start(1), window_start + before.end(1))
    return None, None


def _relation(analysis: Analysis, span: TitleSpan, patterns: dict[str, object]) -> str | None:
    text = analysis.text
    sentence = analysis.sentence_of(span.start, span.end)
    before = text[max(sentence[0], span.start - 60) : span.start]
    if titles.inside_parentheses(text, span.start):
        return _bracketed_relation(analysis, span.start)
    if _after_directors_name(analysis, before):
        return "earlier film by the same director"
    for relation, cue in patterns["relations"]:  # type: ignore[attr-defined]
        hits = list(cue.finditer(before))
        if hits and len(before) - hits[-1].end() <= 40:
            return str(relation)
    return None


def _after_directors_name(analysis: Analysis, before: str) -> bool:
    """ "in Dohertys „X“", "Payne's Sideways": a work right after the director's possessive."""
    return any(
        _possessive_before_work(director.name.split()[-1], before) for director in analysis.record.film.directors
    )


#: What ends ``before`` after a director's surname in a possessive before a work: "s „", "'s new ", "’ ".
_POSSESSIVE_TAIL = re.compile(r"(?:s|'s|’s|')\s+(?:(?:neue|neuer|neuem|neuen|new|latest|earlier)\s+)?[„\"“»«‘']?$")


def _possessive_before_work(surname: str, before: str) -> bool:
    r"""Whether ``before`` ends in ``surname``'s possessive ("Dohertys „", "Payne's new "): what a search of
    ``\bSURNAME`` and :data:`_POSSESSIVE_TAIL` finds, tried at each place the surname stands (found by
    ``str.find``) instead of compiled per director (300-500 us a pattern, on every text not read before)."""
    at = before.find(surname)
    while at >= 0:
        if _word_boundary(before, at) and _POSSESSIVE_TAIL.match(before, at + len(surname)):
            return True
        at = before.find(surname, at + 1)
    return False


def _word_boundary(text: str, at: int) -> bool:
    r"""Whether ``\b`` holds at ``at``: a word character on one side only (``\w``: ``str.isalnum`` or "_")."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


def _bracketed_relation(analysis: Analysis, start: int) -> str | None:
    """ "Ada Kern („Stille Wasser“)": a work in brackets after a person is one of theirs."""
    text = analysis.text
    window = text[max(0, start - 120) : start]
    person = window[: window.rfind("(")].rstrip()
    film = analysis.record.film
    if any(person.endswith(d.name) for d in film.directors):
        return "earlier film by the same director"
    if any(person.endswith(a.name) for a in film.actors):
        return "earlier work with the same actor"
    return None


# --- movements -------------------------------------------------------------------------


def find_movements(text: str, patterns: dict[str, object], lowered: str | None = None) -> list[Named]:
    """Film movements named in the text, under one canonical name each ("Dogma 95").

    ``lowered``: the text lower-cased, when the caller has it already.
    """
    lowered = text.lower() if lowered is None else lowered
    found: dict[str, Named] = {}
    seen: dict[str, bool] = {}  # several movements share a hint ("neue welle"): look for each once
    for name, hints, pattern in patterns["movements"]:  # type: ignore[attr-defined]
        if not any(seen[h] if h in seen else seen.setdefault(h, lexmatch.contains(lowered, h)) for h in hints):
            continue
        for m in pattern.finditer(text):
            found.setdefault(str(name), Named(str(name))).evidence.append((m.start(), m.end()))
    return list(found.values())
