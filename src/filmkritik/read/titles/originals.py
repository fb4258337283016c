"""Original and local titles: cued originals ("Originaltitel: …"), a bracketed foreign title after
the headline, and the other titles the page gives the film."""

from __future__ import annotations

import re

from filmkritik.model import LocalTitle, TextFact
from filmkritik.read.title_spans import GENRE_WORD, TitleSpan, looks_like_title, subtitled
from filmkritik.read.titles.candidate import Candidate, _at_line_start, _evidence, key_of, person_shaped
from filmkritik.read.titles.facts import _facts_line, _facts_rest, country_year
from filmkritik.read.titles.patterns import _DASHES

_BRACKETED = re.compile(r"[“”\"»«’']?[ \t]*\n?[ \t]*\(([^()\n:;]{2,60})\)")
#: Function words of the languages films come from; a bracketed title using them, in a review written in
#: another language, is the original title.
_FOREIGN_WORDS = frozenset(
    """the of and a an le la les l d un une des du de et au aux el los las del y il lo gli della di da e het een van
    en och og af på på na w z do dos das em um uma no der die das den dem des und ein eine im am vom zum zur
    con per sotto nel nella alla sur sous dans avec pour sin para por bajo entre tra fra för med av ur til
    ze za pod""".split()
)
#: Foreign function words that are English or German words when capitalised ("I", "E"): only in lower case.
_LOWER_FOREIGN = frozenset("i e o".split())
_OWN_WORDS = {
    "de": frozenset("der die das den dem des und ein eine im am vom zum zur".split()),
    "en": frozenset("the of and a an".split()),
}
#: Words opening an "original" capture that name a language or a version, not a title.
_NOT_ORIGINAL = frozenset(
    """englisch französisch spanisch italienisch deutsch japanisch koreanisch chinesisch russisch english french
    spanish italian german japanese korean chinese russian omu omdu ov of mit ohne with without version fassung
    ton""".split()
)
_SUBTITLE_REST = re.compile(r"[“”\"«»’']?: ([^\n:()]{1,60}?)[“”\"«»’']?[ \t]*(?:\n|$)")
#: Facts after an original title in one bracket: "(OT: De dijkgravin, NL 2025)".
_ORIGINAL_FACTS = re.compile(r",\s+[^,]{0,40}?\b(?:19|20)\d\d\b.*$")
_VON_REST = re.compile(r"( (?:von|vom|of|by) [A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+)?)(?=[ \t]*(?:$|\n|[|(]|,\s))")


def _with_subtitle(text: str, span: TitleSpan) -> TitleSpan:
    """ "Originaltitel: Fnugg og Fips 2: Nordlysets hemmelighet": the capture stopped at the colon of a subtitle;
    "Originaltitel: Der letzte Walzer von Wien | Österreich 2025": at "von", as if a director followed."""
    von = _VON_REST.match(text, span.end)
    if von is not None and not person_shaped(von.group(1), "de"):
        return TitleSpan(text[span.start : von.end(1)], span.start, von.end(1), span.how)
    m = _SUBTITLE_REST.match(text, span.end)
    if m is None or not subtitled(f"{span.text}: {m.group(1)}"):
        return span
    return TitleSpan(f"{span.text}: {m.group(1)}", span.start, m.end(1), span.how)


def _plausible_originals(spans: list[TitleSpan]) -> list[TitleSpan]:
    """Original-title sightings that name a title: capitalised, not a language ("im Original Englisch"); of two
    cues reading from the same place, the shorter stops where the title does ("im Original X, ist …")."""
    shortest: dict[int, TitleSpan] = {}
    for span in spans:
        first = span.text.split(maxsplit=1)[0] if span.text.strip() else ""
        if not first or not (first[0].isupper() or first[0].isdigit()) or first.casefold() in _NOT_ORIGINAL:
            continue
        if span.start not in shortest or len(span.text) < len(shortest[span.start].text):
            shortest[span.start] = span
    return [s for s in spans if shortest.get(s.start) is s]


def _original(originals: list[TitleSpan], best: Candidate) -> TextFact | None:
    for span in originals:
        value = _ORIGINAL_FACTS.sub("", span.text).strip(" .,")
        if value and key_of(value) != best.key:
            return TextFact(value, evidence=[(span.start, span.start + len(value))])
    return None


def _bracketed_original(text: str, best: Candidate, language: str) -> TextFact | None:
    """ "Ein Hauch von Lavendel (Un parfum de lavande)", "DER STILLE HAFEN\n(De stille haven)": a title in
    brackets right after the film's title, in another language than the review, is its original title."""
    foreign = _FOREIGN_WORDS - _OWN_WORDS.get(language, frozenset())
    for start, end in best.occurrences:
        m = _BRACKETED.match(text, end)
        if m is None:
            continue
        value = m.group(1).strip()
        offset = m.group(1).index(value[:1]) if value else 0
        if len(value) > 3 and value[0] in "\"“„«»‘'" and value[-1] in "\"”“«»’'":
            # '"The Winter Guests" ("Les Invités de l'hiver")': the original quoted inside its bracket
            value, offset = value[1:-1].strip(), offset + 1
        words = re.findall(r"[\w]+(?:['’])?", value.casefold())
        # "Polarnacht (Polarnatt), Norwegen 2025, 97 Min.": a bracket between the title and its facts
        line_end = text.find("\n", m.end())
        facts_after = _at_line_start(text, start) and _facts_rest(text[m.end() : line_end if line_end >= 0 else None])
        if (
            looks_like_title(value)
            and key_of(value) != best.key
            and not any(ch.isdigit() for ch in value)
            and not person_shaped(value, language)
            and (
                any(w in foreign or (w.endswith(("'", "’")) and w[:-1] in foreign) for w in words)
                or any(w in _LOWER_FOREIGN for w in value.split()[1:])  # "Sotto i limoni"
                or (facts_after and not GENRE_WORD.fullmatch(value) and not country_year(value + " 2000"))
            )
        ):
            return TextFact(value, evidence=[(m.start(1) + offset, m.start(1) + offset + len(value))])
    return _original_after_facts(text, best, foreign) or _original_line_over_facts(text, best, foreign, language)


#: A bracket closing a facts line: "Spielfilm, Spanien 2023 (El color del viento)".
_BRACKET_AT_END = re.compile(r"\(([^()\n]{2,60})\)[ \t]*$")


def _original_after_facts(text: str, best: Candidate, foreign: frozenset[str]) -> TextFact | None:
    """ "Die Farbe des Windes" / "Spielfilm, Spanien 2023 (El color del viento)": a title line whose facts line
    closes with a bracketed name in another language gives the original title there."""
    start = best.first
    if not _at_line_start(text, start) or start > 700:
        return None
    line_end = text.find("\n", start)
    if line_end < 0 or not _facts_line(text, line_end + 1):
        return None
    facts_end = text.find("\n", line_end + 1)
    facts_end = len(text) if facts_end < 0 else facts_end
    m = _BRACKET_AT_END.search(text, line_end + 1, facts_end)
    if m is None:
        return None
    value = m.group(1).strip()
    words = re.findall(r"[\w]+(?:['’])?", value.casefold())
    if looks_like_title(value) and not any(ch.isdigit() for ch in value) and any(w in foreign for w in words):
        return TextFact(value, evidence=[(m.start(1), m.start(1) + len(value))])
    return None


#: A credits line under a title: "Dir/scr: Signe Holm. Denmark. 2026.", "Regie: Ana Berg", "Directed by …".
_CREDIT_LINE = re.compile(r"[ \t]*(?:Dir(?:ector)?(?:/[a-z]+)?[.:]|Directed by |Regie[:.]|Buch und Regie[:.])")


def _original_line_over_facts(text: str, best: Candidate, foreign: frozenset[str], language: str) -> TextFact | None:
    """ "DIE GLÄSERNE STADT" / "La ciudad de cristal" / "Drama, Spanien 2025, 112 Min.": a line of its own between
    the film's title line and its facts line, in another language than the review, is the original title."""
    for start, end in best.occurrences:
        if start > 700:
            break
        if not _at_line_start(text, start) or text[end : end + 1] != "\n":
            continue
        line_end = text.find("\n", end + 1)
        if line_end < 0 or not (_facts_line(text, line_end + 1) or _CREDIT_LINE.match(text, line_end + 1)):
            continue
        value = text[end + 1 : line_end].strip()
        words = re.findall(r"[\w]+(?:['’])?", value.casefold())
        if (
            looks_like_title(value)
            and 1 <= len(value.split()) <= 8
            and key_of(value) != best.key
            and not any(ch.isdigit() for ch in value)
            and value[-1:] not in ".!?:"
            and not person_shaped(value, language)
            and (
                any(w in foreign or (w.endswith(("'", "’")) and w[:-1] in foreign) for w in words)
                or any(w in _LOWER_FOREIGN for w in value.split()[1:])  # "Hvide nætter i Aarhus"
            )
        ):
            offset = text.index(value, end + 1)
            return TextFact(value, evidence=[(offset, offset + len(value))])
    return None


def _local_titles(best: Candidate, candidates: list[Candidate], language: str) -> list[LocalTitle]:
    """ "X - Subtitle" forms of the title: the local release title, in the review's language."""
    found: dict[str, LocalTitle] = {}
    for cand in candidates:
        if cand is best or not cand.key.startswith(best.key):
            continue
        rest = cand.key[len(best.key) :]
        if not re.match(r"\s*[-–—]\s+\S", rest.translate(_DASHES)):
            continue
        found.setdefault(cand.key, LocalTitle(cand.text, language, evidence=_evidence(cand)))
    return list(found.values())
