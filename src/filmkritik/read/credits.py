"""Credits: the people and companies of the reviewed film, the way critics write them.

Every cue critics use becomes a *hit* (a name, the role the cue gives it, how strong the
cue is, a character when the cue links one): credit blocks ("Regie: ...", "Cast: ...
Director: ... U.S. Distributor: ..."), "Figur (Schauspieler)", "X spielt Y", "X als Y",
"in der Rolle der", "played by", apposition ("Regisseurin X", "actress X"), possessives
and German genitives before a film word ("Mara Lindqvist's Glasshouse", "Brenners packendes
Drama"), bylines and photo credits (critics and photographers, never actors). Hits are
then pooled per person (surnames resolved to the full name the text gives) and the
strongest role wins. Cue words live in ``lang/<code>/credits.py``; name shapes and
lexicons in :mod:`filmkritik.read.names`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from filmkritik import lang
from filmkritik.model import CastCredit, Director, Named, Person, Span
from filmkritik.read import credits_insertions, festivals, lexmatch, names, places
from filmkritik.read.analysis import Analysis
from filmkritik.read.names import RUN, Lexicon, Runs

#: Role strengths: a credit line says it outright, a cue in prose says it clearly, a hint only hints.
CREDIT, CLEAR, HINT = 3, 2, 1

_QUOTE_CLOSE = "“”\"«»‘’'"
_QUOTED_BEFORE = re.compile(r"[„“\"»«‚‘']([^„“\"»«\n]{1,80})[“”\"«»‘’']\s*$")
_QUOTED_AFTER = re.compile(r"^\s*[„“\"»«‚‘']([^„“\"»«\n]{1,80})[“”\"«»‘’']")
_PAREN = re.compile(r"\(([^()\n]{1,160})\)")
_AGE = re.compile(r",\s*\d{1,3}\s*$")
_SPLIT_LIST = re.compile(r"\s*(?:,|;|\||·|•|\s+und\s+|\s+and\s+|\s+&\s+|\s+sowie\s+|,\s+and\s+|,\s+und\s+)\s*")
_LOWER_WORD = re.compile(r"[a-zäöüßàáâãçèéêëìíîïñòóôõùúûý][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?…:]\s*$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TRAILING_JUNK = re.compile(
    r"\s*(?:u\.\s?a\.|usw\.?|etc\.?|and\s+others|und\s+andere|u\.v\.m\.|ab\s+\d+\s+Jahren|In\s+\w+(?:\s+and\s+\w+)?\s+with\s+(?:English\s+)?subtitles.*|(?<!\bJr)(?<!\bSr)\.+)\s*$"
)
_ROLE_IN_PARENS = re.compile(r"\s*\(([^()]*)\)\s*$")
_AGENCY_TAIL = re.compile(r"\s*/\s*(?:dpa|AP|AFP|Reuters|epa|KNA|APA|Keystone|imago|picture alliance)\b.*$", re.I)


@dataclass
class Hit:
    role: str  # director actor writer composer crew critic other_director filmography
    name: str
    start: int
    strength: int
    character: str | None = None
    nationality: str | None = None


@dataclass(frozen=True)
class Patterns:
    """One language's cue regexes, compiled once."""

    data: ModuleType
    label_full: re.Pattern[str]
    label_alone: re.Pattern[str]
    play: re.Pattern[str]
    as_word: re.Pattern[str]
    role_of: re.Pattern[str]
    played_by: re.Pattern[str]
    played_adj: re.Pattern[str]
    played_by_list: re.Pattern[str]
    lead_role: re.Pattern[str]
    we_see: re.Pattern[str]
    directs: re.Pattern[str]
    perform: re.Pattern[str]
    starring: re.Pattern[str]
    list_end: re.Pattern[str]
    cue_noun: re.Pattern[str]
    demonym: re.Pattern[str]
    film_noun_after: re.Pattern[str]
    film_by: re.Pattern[str]
    directed_by: re.Pattern[str]
    directed_after: re.Pattern[str]
    written_by: re.Pattern[str]
    composed_by: re.Pattern[str]
    crew_by: re.Pattern[str]
    byline: re.Pattern[str]
    photo_credit: re.Pattern[str]
    country_year: re.Pattern[str]
    info_von_mit: re.Pattern[str]
    mit_line: re.Pattern[str]
    title_director: re.Pattern[str]
    caption: re.Pattern[str]
    release: re.Pattern[str]
    relative_play: re.Pattern[str]
    relative_passive: re.Pattern[str]
    cues: frozenset[str]
    film_cues: frozenset[str]
    perform_words: frozenset[str]  # every word of PERFORM_VERBS: a "perform" match opens with one of them
    lead_words: frozenset[str]  # the same for LEAD_ROLE
    direct_words: frozenset[str]  # and for DIRECTS


#: Where a person stands in a photo: "X (l.) und Y (r.)", "X (left) and Y".
_PLACE_MARK = r"\s+\((?:l|r|M|li|re|links|rechts|Mitte|left|right|center|centre|v\.\s?l\.)\.?\)"


#: "von der erst 15-jährigen X", "von dem gerade 84-jährigen X": an adverb before an age or praise word.
_AGE_PRAISE = r"(?:(?:erst|gerade|noch|kaum|schon|wunderbar|großartig|herrlich)\s+)?"


def _word_start(word: str) -> str:
    """ "\bals" written as "als(?<=\bals)": the same matches, but led by a literal the regex
    engine skips to, instead of trying the word boundary at every position."""
    if not word.isalpha():
        return rf"\b(?:{word})"
    return rf"{word}(?<=\b{word})"


@cache
def patterns(code: str) -> Patterns:
    """The compiled cue patterns for ``code`` (English stands in for other languages)."""
    d = lang.data(code, "credits")
    labels = "|".join(f"(?P<{role}>{rx})" for role, rx in d.LABELS.items())
    countries = "(?:" + "|".join(re.escape(c) for c in sorted(d.COUNTRIES, key=len, reverse=True)) + r")(?![\w.])"
    cue_words = set(d.OPENERS)
    for rx in (d.DIRECTOR_NOUNS, d.ACTOR_NOUNS, d.WRITER_NOUNS, d.COMPOSER_NOUNS):
        cue_words.update(w for w in re.findall(r"[A-ZÄÖÜa-zäöüß-]{3,}", rx) if w[0].isupper())
    film_cues = frozenset(cue_words)
    cue_words.update(w for w in re.findall(r"[A-ZÄÖÜa-zäöüß-]{3,}", d.CREW_NOUNS) if w[0].isupper())
    return Patterns(
        data=d,
        label_full=re.compile(rf"(?i)(?:{labels})[ \t]*"),
        label_alone=re.compile(rf"[ \t]*(?:{labels})[ \t]*"),
        play=re.compile(rf"\b(?:{d.PLAY_VERBS})\b"),
        as_word=re.compile(_word_start(d.AS_WORD) + r"\s+"),
        role_of=re.compile(rf"\s(?:{d.ROLE_OF})\s+"),
        played_by=re.compile(rf"\b(?:{d.PLAYED_BY})\s+(?:dem\s+|der\s+)?"),
        played_by_list=re.compile(
            rf"\bvon\s+(?:(?:der|dem)\s+{_AGE_PRAISE}(?:[\da-zäöüß-]+(?:e|en|er|es)\s+){{0,2}}(?=[A-ZÄÖÜ]))?"
            rf"((?:{RUN})(?:(?:,\s+|\s+und\s+)(?:{RUN}))*)\s+(?:[^\s,.;:!?]+\s+){{0,4}}"
            rf"(?:gespielt|verkörpert|dargestellt|gesprochen|angelegt)\b"
        ),
        played_adj=re.compile(
            rf"\bvon\s+(?:(?:der|dem)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?=[A-ZÄÖÜ]))?({RUN})\s+(?:{d.PLAYED_ADJ})\s+"
        ),
        directs=re.compile(rf"(?:,\s+(?:der|die|who)\s+[^,.;()]{{0,80}},)?\s+(?:{d.DIRECTS})\b"),
        we_see=re.compile(rf"\b(?:{d.WE_SEE})\s+"),
        lead_role=re.compile(rf"\s+(?:{d.LEAD_ROLE})\b"),
        perform=re.compile(rf"\s+(?:{d.PERFORM_VERBS})\b"),
        perform_words=frozenset(re.findall(r"[^\W\d_]+", d.PERFORM_VERBS)),
        lead_words=frozenset(re.findall(r"[^\W\d_]+", d.LEAD_ROLE)),
        direct_words=frozenset(re.findall(r"[^\W\d_]+", d.DIRECTS)),
        starring=re.compile(rf"(?=[{d.STARRING_FIRST}])(?:{d.STARRING})\s+"),
        list_end=re.compile(rf"[^.;:!?\n]{{0,80}}?\b(?:{d.LIST_PLAY_END})\b"),
        cue_noun=re.compile(
            rf"(?=[A-Za-zÄÖÜäöü])\b(?:(?P<director>{d.DIRECTOR_NOUNS}(?:\s+und\s+[A-ZÄÖÜ]\w+|\s+and\s+\w+)?)|(?P<actor>{d.ACTOR_NOUNS})|"
            rf"(?P<writer>{d.WRITER_NOUNS})|(?P<composer>{d.COMPOSER_NOUNS})|(?P<critic>{d.CRITIC_NOUNS})|"
            rf"(?P<crew>{d.CREW_NOUNS}))\s+"
        ),
        # "d(?<=\bd)" is "\bd" written so that the regex engine can skip to each "d" (a literal
        # first character); a leading "\b" makes it try every position. No trigger words: this
        # scan of the whole text is cheaper than looking for some fifty nouns.
        demonym=re.compile(
            rf"d(?<=\bd)(?:er|ie|es|em|en)\s+(?P<noun>{'|'.join(d.NATIONALITY_NOUN)})\s+"
            if d.NATIONALITY_NOUN
            else r"(?!)"
        ),
        film_noun_after=re.compile(
            rf"^(?:['’]s|['’]|s)?[ \t]+(?:\([^()\n]{{0,30}}\)[ \t]+)?(?:(?:[a-zäöüß][\w-]*,?|\d+\w*|[A-Z]\w+(?=[ \t]+(?:Drama|Film|Comedy|Thriller|Movie)))[ \t]+){{0,4}}"
            rf"(?P<noun>{d.FILM_NOUNS})\b"
        ),
        film_by=re.compile(rf"\b(?:{d.FILM_BY})\s+"),
        directed_by=re.compile(rf"(?:{d.DIRECTED_BY})\s+"),
        directed_after=re.compile(rf"\b(?:von|by)\s+({RUN})\s+(?:{d.DIRECTED_AFTER})\b"),
        written_by=re.compile(rf"\b(?:{d.WRITTEN_BY})\s+"),
        composed_by=re.compile(rf"\b(?:{d.COMPOSED_BY})\s+"),
        crew_by=re.compile(rf"\b(?:{d.CREW_BY})\s+"),
        byline=re.compile(d.BYLINE),
        photo_credit=re.compile(rf"(?:{d.PHOTO_CREDIT})"),
        country_year=re.compile(
            rf"(?:^|(?<=[(\n,.:»«“”\"])\s*|(?<=\(\s)|(?<=\())(?P<countries>{countries}(?:\s*(?:/|,|und|and)\s*{countries})*)"
            rf"\s+(?:19|20)\d\d\b",
            re.MULTILINE,
        ),
        info_von_mit=re.compile(rf"\bVon\s+({RUN})\.\s+Mit\s+([^\n]+)"),
        # "(?=M)": every match starts at its "Mit", so the other positions fail at once.
        mit_line=re.compile(
            rf"(?m)(?=M)(?:^|(?<=[.!?]\s))Mit\s+((?:{RUN})(?:\s+als\s+(?:{RUN}))?"
            rf"(?:(?:,\s+|\s+und\s+)(?:{RUN})(?:\s+als\s+(?:{RUN}))?)*)\s*[:,.]"
        ),
        title_director=re.compile(rf"\(({RUN})\s*[–—-]\s*(?:19|20)\d\d\)"),
        caption=re.compile(
            rf"(?m)^(?:[^:\n]{{0,40}}:\s+)?((?:{RUN})(?:{_PLACE_MARK})?(?:(?:,\s+|\s+(?:und|and|&)\s+)(?:{RUN})(?:{_PLACE_MARK})?)*)"
            rf"(?:\s+\((?:v\.\s?l\.|l-r\.?|l\.-r\.)\))?\s+in\s+(?:einer\s+Szene|a\s+scene|a\s+still|[„“\"'»‘A-Z])"
        ),
        relative_play=re.compile(
            rf",\s+(?P<pronoun>der|die|den|das)\s+(?P<inner>[^,.;:!?()\n]{{3,60}}?)\s+(?:{d.PLAY_VERBS_FINAL})(?=\s*[,.;:–—]|\s+-\s)"
        ),
        relative_passive=re.compile(
            rf",\s+(?:der|die|das|den)\s+von\s+(?:der\s+|dem\s+)?(?:[a-zäöüß]+\s+){{0,2}}(?P<actor>{RUN})\s+"
            rf"(?:[^,.;:!?()\n]{{0,50}}?\s+)?(?:{d.PLAYED_ADJ}|gespielt|verkörpert|dargestellt)\s+(?:wird|wurde)\b"
        ),
        release=re.compile(rf"\b(?:a|an)\s+({RUN})\s+release\b"),
        cues=frozenset(cue_words),
        film_cues=film_cues,
    )


#: From this many anchor words on, one pass finds them all faster than a substring search per word.
_ANCHOR_SCAN_FROM = 9


@lru_cache(maxsize=32)
def _anchor_scan(anchors: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern whose matches start exactly where one of ``anchors`` starts (overlapping ones too: "Film" inside
    "Science-Fiction-Film"), or None for a few words, a line start ("\\n") or an empty word (searched one by one).

    It opens with the class of the words' first characters, which the regex engine skips to at once; the
    look-behind then holds a look-ahead for the words at that character, and the match is that one character,
    so the next search starts right after it."""
    if len(anchors) < _ANCHOR_SCAN_FROM or not all(anchors) or "\n" in anchors:
        return None
    firsts = "".join(sorted({re.escape(a[0]) for a in anchors}))
    return re.compile(f"[{firsts}](?<=(?=(?:{'|'.join(map(re.escape, anchors))}))[\\s\\S])")


class Reader:
    """The state of reading one review's credits."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.code = analysis.language if analysis.language in lang.LANGUAGES else "en"
        self.p = patterns(self.code)
        self.d = self.p.data
        self.lex: Lexicon = names.lexicon()
        self.low = analysis.lowered
        self._sentence_starts = analysis.sentence_starts
        self.hits: list[Hit] = []
        self.distributors: list[tuple[str, int, int]] = []  # name, strength, start
        self.countries: list[tuple[str, int]] = []
        self.titles = self._film_titles()
        # The surname index (see ``full_names_ending``): full names from the text's runs, read
        # per surname only when asked; hits' names as they arrive.
        self._runs_by_fold: dict[str, list[str]] | None = None
        self._run_names: dict[str, list[str]] = {}
        self._hit_names: dict[str, list[str]] = defaultdict(list)
        self._index_hits = 0
        self._spelling: dict[str, str] | None = None
        self._persons: dict[str, str | None] = {}
        self.block_spans: list[Span] = []
        self._trigger_positions: dict[str, list[int]] = {}
        self._norms: dict[str, str] = {}
        self._run_words: set[str] | None = None  # the words of the capitalised runs, built when first asked
        self._honorific_keys: frozenset[str] | None = None
        self._openings: list[int] | None = None  # see ``_sentence_openings``
        self._surnamed: dict[str, bool] = {}
        self._credited: frozenset[str] = frozenset()  # names a cast list gives (see ``note_credited``)
        # Co-directors named together by one cue ("A und B inszenierten"): each directs when the other does.
        self._partners: dict[str, set[str]] = defaultdict(set)
        if self.code == "de":
            # Words inserted into a linking phrase ("spielt mit stoischer Ruhe den ...") blanked, offsets kept.
            # (``low`` stays the text as written: trigger positions found there are a superset, and cue
            # patterns run on the blanked text.)
            self.text = credits_insertions.mask(self.text, analysis.sentence_starts, self.lex, self.positions)
        self.runs = Runs(self.text)

    # -- helpers ---------------------------------------------------------------

    def finds(self, key: str) -> list[re.Match[str]]:
        """The matches of cue pattern ``key``, looked for only where one can start.

        Scanning a whole review with each of some twenty cue regexes is what costs; a
        substring search is nearly free. A cue whose trigger words are all missing has no
        match. A cue that starts with one of a few literal words (:data:`_ANCHORS`) is tried
        only where those words stand; one that starts with its trigger word only at the
        words holding it; any other only over the few sentences (and their neighbours)
        holding a trigger.
        """
        rx: re.Pattern[str] = getattr(self.p, key)
        triggers = self.d.TRIGGERS.get(key)
        if triggers is not None and not self.mentions_any(triggers):
            return []
        anchors = _ANCHORS.get(key)
        if anchors is not None:
            return self._matches_at(rx, self.text, self._anchor_positions(anchors(self.d)))
        if triggers is None or len(self.low) != len(self.text):
            return list(rx.finditer(self.text))
        if key in _WORD_START_KEYS:
            return self._matches_at_words(rx, triggers)
        spans = self._trigger_spans(triggers)
        out: list[re.Match[str]] = []
        for start, end in spans:
            out.extend(rx.finditer(self.text, start, end))
        return out

    def positions(self, trigger: str) -> list[int]:
        """Where ``trigger`` occurs in the lower-cased text; each trigger word is looked for once
        per review, however many cues share it (a substring search over the text costs)."""
        found = self._trigger_positions.get(trigger)
        if found is None:
            found = []
            pos = self.low.find(trigger)
            while pos >= 0:
                found.append(pos)
                pos = self.low.find(trigger, pos + 1)
            self._trigger_positions[trigger] = found
        return found

    def mentions_any(self, triggers: tuple[str, ...]) -> bool:
        """Whether the lower-cased text holds any of ``triggers``."""
        return any(self.positions(t) for t in triggers)

    def _anchor_positions(self, anchors: tuple[str, ...]) -> set[int]:
        """Where any of ``anchors`` occurs in the text (case as written); "\n" stands for every line start."""
        text = self.text
        scan = _anchor_scan(anchors)
        if scan is not None:
            return {m.start() for m in scan.finditer(text)}
        starts: set[int] = set()
        for a in anchors:
            if a == "\n":
                starts.add(0)
            pos = text.find(a)
            while pos >= 0:
                starts.add(pos + 1 if a == "\n" else pos)
                pos = text.find(a, pos + 1)
        return starts

    @staticmethod
    def _matches_at(rx: re.Pattern[str], text: str, starts: set[int]) -> list[re.Match[str]]:
        """What ``rx.finditer(text)`` finds when no match can start outside ``starts``, trying only those."""
        out = []
        end = -1
        for start in sorted(starts):
            if start < end:
                continue
            m = rx.match(text, start)
            if m:
                out.append(m)
                end = m.end()
        return out

    def _matches_at_words(self, rx: re.Pattern[str], triggers: tuple[str, ...]) -> list[re.Match[str]]:
        """Matches of a pattern that starts with a cue word, tried only at the words holding a trigger."""
        text = self.text
        starts: set[int] = set()
        for t in triggers:
            for pos in self.positions(t):
                start = pos
                while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
                    start -= 1
                    if text[start] == "-":
                        starts.add(start + 1)  # "US-Regisseur": the part after the hyphen
                starts.add(start)
        return self._matches_at(rx, text, starts)

    def _trigger_spans(self, triggers: tuple[str, ...]) -> list[Span]:
        """Merged spans of the sentences around each trigger occurrence (one sentence either side)."""
        sentences = self.analysis.sentences
        starts = self._sentence_starts
        hits: set[int] = set()
        for t in triggers:
            for pos in self.positions(t):
                hits.add(max(0, bisect.bisect_right(starts, pos) - 1))
        spans: list[Span] = []
        for i in sorted(hits):
            start = sentences[max(0, i - 1)][0] if sentences else 0
            end = sentences[min(len(sentences) - 1, i + 1)][1] if sentences else len(self.text)
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        if not sentences and hits:
            return [(0, len(self.text))]
        return spans

    def _film_titles(self) -> set[str]:
        film = self.analysis.record.film
        found = {t.text for t in (film.title, film.original_title) if t} | {t.text for t in film.local_titles}
        return {_norm(t) for t in found}

    def is_film_title(self, value: str) -> bool:
        v = _norm(value)
        return bool(v) and any(v == t or (len(v) > 3 and (t.startswith(v) or v.startswith(t))) for t in self.titles)

    def runs_in(self, start: int, end: int) -> list[Span]:
        """Capitalised runs inside a matched group (a run may start mid-way through a longer one)."""
        return [(m.start(), m.end()) for m in names.RUN_RE.finditer(self.text, start, end)]

    def run_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]

    def person(self, raw: str) -> str | None:
        """The person name in a run, or None (companies, nouns, digits); memoised per review."""
        if raw in self._persons:
            return self._persons[raw]
        name = self._person(raw)
        self._persons[raw] = name
        return name

    def _person(self, raw: str) -> str | None:
        words = raw.split(" ")
        if len(words) > 1 and not self.d.ORGANISATION_WORDS.isdisjoint(words):
            return None  # "Die Stadtwerke Lindau", "Environment Agency": an organisation
        if (
            self.code == "de"
            and len(words) >= 3
            and self.lex.is_lower_word(words[0], "de")
            and not self.lex.is_first_name(words[0])
            and not self.lex.is_common(words[0], "de")
        ):
            # "Ausgerechnet Tom Vogt", "Bestenfalls Ida Kern": an adverb opening the sentence
            words = words[1:]
            raw = " ".join(words)
        if self.code == "de" and len(words) >= 2:
            # "Den Förster Jupp", "Försterin Grete Mia Sand": a trade word before a name describes
            k = 1 if words[0] in self.d.OPENERS else 0
            if k < len(words) - 1 and self._trade_noun(words[k]) and not self.lex.is_given(words[k]):
                words = words[k + 1 :]
                raw = " ".join(words)
        lead = 1 if len(words) > 3 and words[0] in self.d.OPENERS else 0
        if len(words) > lead + 2 and (
            words[lead] in self.d.NATIONALITY_NOUN
            # "des Polen Tomasz Wierzbicki": a country's name is also its people's plural and genitive
            or (self.code == "de" and words[lead] in self.d.COUNTRIES and self.lex.is_given(words[lead + 1]))
        ):
            raw = " ".join(words[lead + 1 :])  # "Der Ire Colm Devlin": a nationality before the name
        name = names.trim_person(raw, self.code, self.lex, self.p.cues)
        if not name:
            return None
        parts = names.tokens(name)
        if (
            self.code == "de"
            and len(parts) >= 2
            and parts[-2].endswith("s")
            and not self.lex.is_first_name(parts[-2])  # "Hannes Grützmacher", "Niklas Schumacher"
            and self.lex.looks_like_noun(parts[-1], self.code)
            and not self.lex.is_first_name(parts[-1])
        ):
            return None  # "Ursulas Schwester", "Will Smiths Nachwuchs": a genitive and a noun
        if raw.isupper():
            # ALL-CAPS runs are mostly film titles; a name counts only when the text also spells it normally.
            spelled = self._spellings().get(_fold(name))
            if not spelled:
                return None
            name = spelled
        parts = names.tokens(name)
        if any(t in self.d.COMPANY_WORDS for t in parts) or (len(parts) == 1 and parts[0] in self.d.COMPANY_BRANDS):
            return None
        if self.is_film_title(name) and " " in name:
            return None  # a film called like a person ("Paula Brenner") is no person here
        if name in self.d.COUNTRIES or name in self.d.HONORIFICS or places.canonical(name):
            return None  # "Rio de Janeiro as Bond follows a lead": a place
        if len(parts) == 1 and (parts[0].lower() in self.d.NATIONALITY_ADJ or parts[0] in self.d.NATIONALITY_NOUN):
            return None
        return name

    def add(self, role: str, raw: str, start: int, strength: int, **extra: str | None) -> str | None:
        if role == "actor" and self._place_after_from(raw, start):
            return None
        name = self.person(raw)
        if name:
            self.hits.append(Hit(role, name, start, strength, **extra))  # type: ignore[arg-type]
        return name

    def _place_after_from(self, raw: str, start: int) -> bool:
        """ "Die Blaskapelle aus Oberried spielt ...", "the choir from Tulsk plays ...": a place after "aus"/"from"
        is where a band or team comes from, no performer (a single word or a known place; "a turn from Jo Mills"
        names one)."""
        before = _FROM_BEFORE.search(self.text, max(0, start - 6), start)
        if not before:
            return False
        return bool(places.canonical(raw)) or (before.group(1) == "aus" and len(raw.split()) == 1)

    def other_film_before(self, pos: int) -> bool:
        """Whether a parenthesis opened before ``pos`` follows another film's quoted title."""
        sentence = self.analysis.sentence_of(pos)
        head = self.text[sentence[0] : pos]
        opened = head.rfind("(")
        if opened < 0 or head.rfind(")") > opened:
            return False
        quoted = _QUOTED_BEFORE.search(head[:opened])
        return quoted is not None and not self.is_film_title(quoted.group(1))

    def list_after(self, pos: int, *, limit: int = 12, skip: int = 3) -> list[tuple[str, int]]:
        """Person runs listed from ``pos``: "A, B und C", "Tom Weller, die große X als Y, vor allem aber Z"."""
        out: list[tuple[str, int]] = []
        text, n = self.text, len(self.text)
        while len(out) < limit and pos < n:
            skipped = 0
            article = False
            while skipped < skip:
                m = _LOWER_WORD.match(text, pos)
                if not m or m.group() in _LIST_STOP:
                    break
                word = m.group()
                if not (word in _LIST_SKIP or (article and word.endswith(("e", "en", "er")))):
                    break
                article = word in _ARTICLES
                pos = m.end()
                while pos < n and text[pos] in " \u00a0":
                    pos += 1
                skipped += 1
            span = self.runs.starting_at(pos)
            if not span:
                break
            raw = self.run_text(span)
            name = self.person(raw)
            if not name or not self._starts_with_person(raw, name):
                break
            if len(names.tokens(name)) == 1 and not self.full_names_ending(name) and (not out or self.code == "de"):
                break  # a lone word opening a list, or a German noun, is too weak ("Zone of ...")
            out.append((name, span[0]))
            pos = span[1]
            m = _PAREN_AFTER.match(text, pos)
            if m:
                pos = m.end()
            m = _AS_AFTER.match(text, pos)
            if m:
                pos = m.end()
            sep = _LIST_SEP.match(text, pos)
            if not sep:
                break
            pos = sep.end()
        return out

    def _starts_with_person(self, raw: str, name: str) -> bool:
        """False when trimming dropped a noun phrase ("Kamera von X"): the run is not a listed person."""
        head = raw[: raw.find(name)] if name in raw else ""
        return not any(
            _PARTICLE_WORD.match(t) or (self.lex.looks_like_noun(t, self.code) and t not in self.p.cues)
            for t in names.tokens(head)
        )

    # -- credit blocks ---------------------------------------------------------

    def _separators(self) -> list[tuple[int, str]]:
        """Positions of ":", "?", "|", dashes: where a credit label can end (found with str.find, fast)."""
        text = self.text
        out = []
        for mark in (":", "?", "|", "–", "—", " - "):
            pos = text.find(mark)
            while pos >= 0:
                out.append((pos + 1, "-") if mark == " - " else (pos, mark))
                pos = text.find(mark, pos + 1)
        return sorted(out)

    def _label_before(self, q: int) -> re.Match[str] | None:
        """The label ending at separator ``q``: the last one to four words tried whole (longest first)."""
        text = self.text
        starts = []
        i = q
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        for _ in range(4):
            while i > 0 and not text[i - 1].isspace():
                i -= 1
            starts.append(i)
            while i > 0 and text[i - 1] in " \t":
                i -= 1
            if i == 0 or text[i - 1] == "\n" or q - i > 45:
                break
        opened = max(text.rfind("(", starts[-1], q), text.rfind(";", starts[-1], q))
        if opened >= 0:
            starts.append(opened + 1)  # "...(director: X; cast: Y)" glued to a title
        for start in sorted(set(starts)):
            # Allow a few non-letters before a label at a line start ("🎭 Who's in it?").
            while start < q and not text[start].isalnum():
                start += 1
            m = self.p.label_full.fullmatch(text, start, q)
            if m:
                return m
        return None

    def _labels(self) -> list[tuple[int, int, str]]:
        """Credit labels as (label start, value start, role): "Regie: X", "THE CAST – X", "Regie" alone on a line."""
        text = self.text
        found: list[tuple[int, int, str]] = []
        for q, mark in self._separators():
            if mark == "?" and text[q - 2 : q] != "it":
                continue
            if mark not in ":?" and q - (text.rfind("\n", 0, q) + 1) > 45:
                continue  # dashes and bars separate a label only near the line start
            m = self._label_before(q)
            if not m or (m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-")):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            at_line_start = len(text[line_start : m.start()]) <= 6 and not any(
                c.isalnum() for c in text[line_start : m.start()]
            )
            # "(director: X; cast: A, B)": lower-case labels inside a parenthesised credit list.
            in_list = text[max(0, m.start() - 2) : m.start()].rstrip().endswith(("(", ";"))
            if not at_line_start and (mark not in ":?" or not (m.group()[:1].isupper() or in_list)):
                continue
            if mark == "?" and not m.group().rstrip().endswith("it"):
                continue
            vstart = q + len(mark)
            while vstart < len(text) and text[vstart] in " \t|":
                vstart += 1
            found.append((m.start(), vstart, m.lastgroup or "other"))
        pos = 0
        for line in text.split("\n"):
            if len(line) < 30 and line.strip():
                m = self.p.label_alone.fullmatch(line)
                if m and pos + len(line) + 1 < len(text):
                    found.append((pos, pos + len(line) + 1, m.lastgroup or "other"))
            pos += len(line) + 1
        return found

    def credit_blocks(self) -> None:
        """ "Regie: X", "Cast: A, B Director: C U.S. Distributor: D": each label's value up to the next label."""
        text = self.text
        found = sorted(set(self._labels()))
        # Keep one label per start (the line form and the inline form can both match).
        starts: dict[int, tuple[int, int, str]] = {}
        for item in found:
            starts.setdefault(item[1], item)
        labels = sorted(starts.values())
        for i, (lstart, vstart, role) in enumerate(labels):
            if role == "other":
                continue
            line_end = text.find("\n", vstart)
            # A label alone on its line has its value on the next line: vstart is already there.
            line_end = len(text) if line_end < 0 else line_end
            end = line_end
            for nxt in labels[i + 1 :]:
                if nxt[0] >= vstart and nxt[0] < end:
                    end = nxt[0]
                    break
            if text[lstart - 1 : lstart] == "(" or text[max(0, lstart - 2) : lstart].strip() == ";":
                close = text.find(")", vstart, end)
                semi = text.find(";", vstart, end)
                cut = [x for x in (close, semi) if x >= 0]
                if cut:
                    end = min(cut) if role != "cast" else (semi if semi >= 0 else self._list_close(vstart, end))
            value = text[vstart:end]
            self.block_spans.append((vstart, end))
            if role == "director" and self._other_film_line(lstart):
                # "„Die Ufer der Wolga“ – Regie: X" in a cinema's programme: another film's director
                for name, pos in self.list_after(vstart, limit=3, skip=0):
                    self.add("other_director", name, pos, CREDIT)
                continue
            if role == "cast":
                value, end = self._continuation(value, end)
            self._credit_value(role, value, vstart, lstart)

    def _other_film_line(self, label_start: int) -> bool:
        """Whether the line holding a credit label opens with another film's quoted title ("„X“ – Regie: Y")."""
        if not self.titles:
            return False
        head = self.text[self.text.rfind("\n", 0, label_start) + 1 : label_start]
        quoted = _QUOTED_TITLE.match(head.lstrip())
        return quoted is not None and not self.is_film_title(quoted.group(1))

    def _list_close(self, start: int, end: int) -> int:
        """The ")" that closes a parenthesised credit list, skipping "(Role)" pairs inside it."""
        depth = 0
        for i in range(start, end):
            if self.text[i] == "(":
                depth += 1
            elif self.text[i] == ")":
                if depth == 0:
                    return i
                depth -= 1
        return end

    def in_block(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.block_spans)

    def _continuation(self, value: str, end: int) -> tuple[str, int]:
        """Names on indented lines below a "Starring:" label belong to it."""
        text = self.text
        pos = end
        while pos < len(text) and text[pos] == "\n":
            nl = text.find("\n", pos + 1)
            nl = len(text) if nl < 0 else nl
            line = text[pos + 1 : nl]
            bullet = _BULLET.match(line)
            if (line.startswith("    ") or bullet) and line.strip() and len(line.strip()) < 40 and ":" not in line:
                value += ", " + line[bullet.end() :].strip() if bullet else ", " + line.strip()
                pos = nl
            else:
                break
        return value, pos

    def _credit_value(self, role: str, value: str, vstart: int, lstart: int) -> None:
        if role == "distributor":
            name = _TRAILING_JUNK.sub("", value.strip(" |\t")).strip(" ,;|")
            name = _AGENCY_TAIL.sub("", name)
            if name and len(name) < 60:
                self.distributors.append((name, CREDIT, lstart))
            return
        if role == "country":
            for item in _SPLIT_LIST.split(value):
                country = self.d.COUNTRIES.get(item.strip(" .|"))
                if country:
                    self.countries.append((country, lstart))
            return
        if role == "director":
            label = _NEXT_SHORT_LABEL.search(value)
            value = value[: label.start()] if label else value  # "R: X. D: A, B. 104 Min."
        mit = re.search(r"(?:,|\.)?\s+(?:[Mm]it|[Ww]ith)\s+", value) if role == "director" else None
        if role in ("writer", "composer", "crew") and ". " in value:
            mit = _NEXT_SENTENCE_CAST.search(value)  # "Musik: X. Mit A und B.": the cast after the full stop
        if mit:
            self._credit_value("cast", value[mit.end() :], vstart + mit.end(), lstart)
            value = value[: mit.start()]
        field_role = {"director": "director", "cast": "actor", "writer": "writer", "composer": "composer"}[role]
        offset = vstart
        items = _SPLIT_LIST.split(value)
        for k, item in enumerate(items):
            item = _AFTER_ROLE.sub(")", item)  # "Jasper Kleinert (Dennis). 96 Min."
            item = _TRAILING_JUNK.sub("", item.strip(" |\t-–"))
            character = None
            hit_role = field_role
            paren = _ROLE_IN_PARENS.search(item)
            if paren:
                inner = paren.group(1)
                item = item[: paren.start()]
                if re.search(r"(?i)director|regie", inner):
                    hit_role = "director"
                elif role == "cast" and (self.person(inner) or self._box_role(inner)) and not _YEAR.search(inner):
                    character = inner
            item = item.strip()
            if not item:
                continue
            m = names.RUN_RE.match(item)
            if not m:
                continue
            name = m.group()
            shared = self._shared_surname(name, items[k + 1] if k + 1 < len(items) else "")
            rest = item[m.end() :].strip(" .,")
            ends = role == "cast" and _SENTENCE_AFTER_NAME.match(item, m.end()) is not None
            if ends:
                rest = ""  # "Mit: A, B, C. 98 Minuten.": the list ends with the sentence
            as_role = _CREDIT_AS.match(rest) if role == "cast" and not character else None
            if as_role:
                character, rest = as_role.group(1).strip(), ""  # "Besetzung: Mara Lenz als Kommissarin Eva Stein"
            dashed = _CREDIT_DASH.match(rest) if role == "cast" and not character else None
            if dashed:
                # "Besetzung: Gesa – Sanne Voss, Ruben – Ole Fries": a lone name and a full name, either order
                left, right = name, dashed.group(1)
                if " " in right and " " not in left and self._given(left):
                    name, character, rest, shared = right, left, "", None
                elif " " in left and " " not in right and self._given(right):
                    character, rest = right, ""
            # a sentence after a label: only its subject is the credit
            if rest and k > 0:
                continue
            start = self.text.find(name, offset)
            start = vstart if start < 0 else start
            offset = max(offset, start)
            self.add(hit_role, shared or name, start, CREDIT, character=character)
            if ends:
                break
            if rest and k == 0 and _LOWER_WORD.match(rest):
                break  # a sentence after the label: only its subject is the credit

    def _shared_surname(self, name: str, following: str) -> str | None:
        """ "Directors: Rafael and Tomás Ibarra-Quinn": a lone given name shares the next name's surname."""
        if " " in name or not self._given(name):
            return None
        nxt = names.tokens(following.strip(" .,;"))
        if len(nxt) == 2 and self._given(nxt[0]) and not self._given(nxt[1]) and nxt[1][:1].isupper():
            return f"{name} {nxt[1]}"
        return None

    def cast_tables(self) -> None:
        """ "Rolle – Darsteller" over lines "Graf Albrecht – Friedrich Brandt": a role and its actor per line."""
        text = self.text
        for head in _CAST_TABLE_HEAD.finditer(text):
            pos = head.end() + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = _CAST_TABLE_ROW.fullmatch(text, pos, end)
                if not row:
                    break
                self.block_spans.append((pos, end))
                self.add("actor", row.group("actor"), row.start("actor"), CREDIT, character=row.group("role").strip())
                pos = end + 1
        if text.count(":") >= 2 and "\n" in text:
            self._colon_rows()
        if self.code == "en" and "\n" in text:
            self._english_cast_rows()

    def _english_cast_rows(self) -> None:
        """A cast label on its own line ("Cast:", "The cast", "STARRING"), then one pair per line: "Tessa Orrell —
        Edith", "Edith – Tessa Orrell", "Tessa Orrell ... Edith". The actor is the side that is a full name (the
        first side when both are)."""
        text = self.text
        for head in _CAST_LABEL_LINE.finditer(text):
            pos = head.end() + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = _DASHED_CAST_ROW.fullmatch(text, pos, end)
                if not row:
                    break
                left, right = row.group("a"), row.group("b")
                actor_side = "b" if self.full_name(right) and not self.full_name(left) else "a"
                if not self.full_name(row.group(actor_side)):
                    break
                role_side = "a" if actor_side == "b" else "b"
                # the label's reader may have taken the first row's role for a performer ("Cast\nEdith: ...")
                self.hits = [
                    h
                    for h in self.hits
                    if not (h.role == "actor" and not h.character and h.start == row.start(role_side))
                ]
                self.block_spans.append((pos, end))
                self.add("actor", row.group(actor_side), row.start(actor_side), CREDIT, character=row.group(role_side))
                pos = end + 1

    def _colon_rows(self) -> None:
        """ "Rosalie Brandt: Henrike Stolle" on two or more lines in a row, with no table head: a role (a name,
        not a credit label) and its actor per line."""
        text = self.text
        rows: list[re.Match[str]] = []
        pos = text.find(":")
        while pos >= 0:
            line_start = text.rfind("\n", 0, pos) + 1
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            row = _COLON_ROW.fullmatch(text, line_start, line_end) if line_end - line_start < 90 else None
            if (
                row
                and not self.p.label_alone.match(text, line_start)
                and self._row_role(row.group("role"))
                and self.full_name(row.group("actor"))
            ):
                rows.append(row)
            pos = text.find(":", line_end)
        block: list[re.Match[str]] = []
        for row in rows:
            if block and text.rfind("\n", 0, row.start()) != block[-1].end():
                self._colon_block(block)  # not the next line: a new block
                block = []
            block.append(row)
        self._colon_block(block)

    def _colon_block(self, block: list[re.Match[str]]) -> None:
        if len(block) < 2:
            return
        for r in block:
            self.block_spans.append((r.start(), r.end()))
            self.add("actor", r.group("actor"), r.start("actor"), CREDIT, character=r.group("role"))

    def _row_role(self, role: str) -> bool:
        """A role's name in a table row: it holds a given name, or a title and a name ("Frau Kluge")."""
        parts = role.split(" ")
        return any(self._given(t) for t in parts) or (len(parts) >= 2 and parts[0] in self.d.HONORIFICS)

    def country_lines(self) -> None:
        """ "Frankreich 2023, 150 Min.", "(Japan 2023)", "USA/GB 2024": production countries in info lines."""
        matches: list[re.Match[str]] = []
        for runtime in _RUNTIME.finditer(self.text):
            # Production lines carry a running time or "(Country Year)": scan only those lines.
            line_start = self.text.rfind("\n", 0, runtime.start()) + 1
            line_end = self.text.find("\n", runtime.end())
            line_end = len(self.text) if line_end < 0 else line_end
            if matches and matches[-1].end() > line_start:
                continue
            matches.extend(self.p.country_year.finditer(self.text, line_start, line_end))
        for m in matches:
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            line_end = self.text.find("\n", m.end())
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            if not (m.group().startswith("(") or _RUNTIME.search(line)):
                continue
            for code in re.split(r"\s*[/,]\s*|\s+und\s+|\s+and\s+", m.group("countries")):
                country = self.d.COUNTRIES.get(code.strip())
                if country:
                    self.countries.append((country, m.start()))

    def info_lines(self) -> None:
        if self.code == "de":
            for m in self.finds("info_von_mit"):
                self.add("director", m.group(1), m.start(1), CREDIT)
                cast = m.group(2).split(".")[0]
                self._credit_value("cast", cast, m.start(2), m.start())
            text = self.text
            pos = text.find(" mit ")
            while pos >= 0:
                # "Der neue Film von X mit A und B": this film's cast, unless it is an earlier film
                head = _FILM_WITH_HEAD.search(text, max(0, pos - 70), pos)
                listed = _WITH_NAMES.match(text, pos + 5) if head else None
                pos = text.find(" mit ", pos + 1)
                if not listed or not head or _EARLIER_FILM.search(text, max(0, head.start() - 30), head.start()):
                    continue
                for span in self.runs_in(listed.start(1), listed.end(1)):
                    if self.full_name(self.run_text(span)):
                        self.add("actor", self.run_text(span), span[0], CLEAR)
            for m in self.finds("mit_line"):
                # "Mit A als Rosalie, B als Bo und C.": the roles after "als" are read by the "als" cue
                spans = [sp for sp in self.runs_in(m.start(1), m.end(1)) if not text.endswith(" als ", 0, sp[0])]
                known = [self.full_name(self.run_text(span)) for span in spans]
                # in a list of two or more with one known full name, a two-word name no lexicon holds counts too
                in_list = len(spans) >= 2 and any(known)
                for span, full in zip(spans, known, strict=True):
                    raw = self.run_text(span)
                    if full or (in_list and raw.count(" ") == 1 and self._name_shaped(raw.split(" "))):
                        self.add("actor", raw, span[0], CLEAR)
        if self.code == "en" and "With" in self.text:
            # "Directed by X. With A, B, C. Rated PG-13.": an info line's cast (two or more full names).
            for m in _WITH_LIST.finditer(self.text):
                spans = self.runs_in(m.start(1), m.end(1))
                if all(self.full_name(self.run_text(sp)) for sp in spans):
                    for sp in spans:
                        self.add("actor", self.run_text(sp), sp[0], CLEAR)
        if self.code == "en":
            self._capsule_casts()
        for m in self.finds("title_director"):
            self.add("director", m.group(1), m.start(1), CLEAR)

    def _capsule_casts(self) -> None:
        """A capsule's bare cast sentence beside its credit: "Tessa Orrell, Dmitri Vance. Directed by Orla Finnegan."
        or "Directed by Orla Finnegan. Tessa Orrell, Dmitri Vance. 104 min." (two or more full names, nothing else)."""
        text = self.text
        if "irected by" not in text and "Dir." not in text:
            return
        for cue in _CAPSULE_DIRECTED.finditer(text):
            before = _CAPSULE_LIST_BEFORE.search(text, max(0, cue.start() - 300), cue.start())
            after = _CAPSULE_LIST_AFTER.match(text, cue.end())
            for m in (before, after):
                if not m:
                    continue
                spans = self.runs_in(m.start(1), m.end(1))
                if len(spans) >= 2 and all(self.full_name(self.run_text(sp)) for sp in spans):
                    for sp in spans:
                        self.add("actor", self.run_text(sp), sp[0], CLEAR)

    # -- parentheses -----------------------------------------------------------

    def parentheses(self) -> None:
        text = self.text
        for m in _PAREN.finditer(text):
            if self.in_block(m.start()):
                continue  # "Actor (Role)" inside a credit list is read there
            body = m.group(1).strip()
            if _OTHER_TITLE.match(body):
                continue  # "(original title: Fyrvokteren)", "(OT: ...)": a title, not an actor
            before = text[max(0, m.start() - 200) : m.start()]
            stripped = before.rstrip()
            if _QUOTED_AFTER.match(body) or body[:1] in '„“"»«':
                # "Name („Film“, „Film“)": a filmography; the name before is a performer (or a director).
                span = self.runs.ending_at(m.start())
                if span and not self.other_film_before(m.start()):
                    self.add("actor", self.run_text(span), span[0], HINT)
                continue
            low = body.lower()
            as_role = _PAREN_AS_ROLE.fullmatch(body)
            if as_role:
                # "Lena Brauer (als Wiebke) und Tom Kessler (als Piet)": the actor before, the role inside
                outer = self.runs.ending_at(m.start())
                if outer and self.full_name(self.run_text(outer)):
                    char = self.character(as_role.group(1), m.start(1) + as_role.start(1))
                    self.add("actor", self.run_text(outer), outer[0], CLEAR, character=char)
                continue
            if re.match(r"(?:foto|photo|bild|credit|quelle|©)\s*:?", low) or body.startswith("©"):
                self._photo(body, m.start())
                continue
            if re.match(r"(?:mit|with)\s", body):
                if self.other_film_before(m.end()) or _QUOTED_BEFORE.search(stripped):
                    quoted = _QUOTED_BEFORE.search(stripped)
                    if quoted and not self.is_film_title(quoted.group(1)):
                        continue
                for name, pos in self.list_after(m.start(1) + body.find(" ") + 1):
                    self.hits.append(Hit("actor", name, pos, CLEAR))
                continue
            if _SENTENCE_END.search(stripped) or not stripped or stripped.endswith("\n"):
                self._caption_credit(body, m)
                continue
            if stripped[-1:] in _QUOTE_CLOSE:
                continue  # "„Film“ (Name)": about that film
            if _PAREN_DIRECTOR.fullmatch(body):
                # "Jolanda Reimer (Regie) und Ivo Marinković (Buch)": the name before the label directs
                outer = self.runs.ending_at(m.start())
                if outer and self.full_name(self.run_text(outer)):
                    self.add("director", self.run_text(outer), outer[0], CLEAR)
                continue
            if re.search(r"(?i)director|regie|writer|drehbuch", body):
                continue
            body_clean = body
            if ":" in body_clean:
                body_clean = body_clean.rsplit(":", 1)[1]
            played = _PAREN_PLAYED_BY.match(body_clean)
            if played:
                body_clean = body_clean[played.end() :]  # "Gesa (gespielt von X)", "Ray (played by X)"
            body_clean = _AGE.sub("", body_clean).strip()
            actors = self._paren_actors(body_clean, m.start(1))
            if not actors and names.RUN_RE.fullmatch(body_clean) and self._role_in_parens(body_clean):
                actors = [(body_clean, m.start(1))]  # "Pavel Simek (Milan)": a given name that is also a place
            if not actors:
                continue
            if len(actors) == 1 and self._role_in_parens(actors[0][0]):
                # "Mark Arnott (Paul)": some critics put the role in the parentheses.
                outer = self.runs.ending_at(m.start())
                raw = self.run_text(outer) if outer else ""
                if outer and self.full_name(raw) and not self._given(raw):
                    self.add("actor", raw, outer[0], CLEAR, character=actors[0][0])
                continue
            if self.code == "de" and any(" " not in a and not self.full_names_ending(a) for a, _ in actors):
                continue  # a lone German word in parentheses is rarely a stage name ("Opfer (Annette)")
            if len(actors) == 1 and self._in_with_list(m.start()):
                # "Mit Sanne Voss (Gesa Berg), Ole Fries (Ruben)": a cast line, the role inside the parentheses
                outer = self.runs.ending_at(m.start())
                outer_name = self.person(self.run_text(outer)) if outer else None
                if outer and outer_name and self.full_name(outer_name):
                    char = self.character(body_clean, m.start(1))
                    self.add("actor", self.run_text(outer), outer[0], CLEAR, character=char)
                    continue
            chars = self._characters_before(m.start())
            if chars and len(chars) == len(actors):
                for (char, _cpos), (actor, apos) in zip(chars, actors, strict=True):
                    self.hits.append(Hit("actor", actor, apos, CLEAR, character=char))
            else:
                for actor, apos in actors:
                    if " " in actor or self.full_names_ending(actor):
                        self.hits.append(Hit("actor", actor, apos, CLEAR))

    def _in_with_list(self, pos: int) -> bool:
        """Whether ``pos`` lies in a line or sentence that opens a cast list ("Mit A (X), B (Y)", "With A (X), ...")
        with no full stop before it."""
        start = max(self.text.rfind("\n", 0, pos), self.analysis.sentence_of(pos)[0] - 1) + 1
        end = self.text.find("\n", pos)
        line = self.text[start : end if end >= 0 else len(self.text)]
        # a list: at least two parenthesised items ("Mit Gesa Berg (X) hat der Film ..." is prose)
        return (
            _WITH_OPENER.match(line) is not None
            and "." not in self.text[start:pos]
            and len(_LISTED_PAREN.findall(line)) >= 2
        )

    def _role_in_parens(self, inner: str) -> bool:
        """A lone given name in parentheses that no full name in the text ends with: a role, not an actor."""
        return " " not in inner and self._given(inner) and not self.full_names_ending(inner)

    def _paren_actors(self, body: str, offset: int) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        modified = _MODIFIED_NAME.fullmatch(body.strip()) if self.code == "en" else None
        if modified:
            # "Otto (a dour, brilliant Tom Hanksley)": one performer after a list of adjectives
            name = self.person(modified.group(1))
            pos = self.text.find(modified.group(1), offset)
            return [(name, pos if pos >= 0 else offset)] if name and " " in name else []
        bare_first = False
        for item in _SPLIT_LIST.split(body):
            item = item.strip()
            if not item:
                continue
            # "a stilted Omar Lind", "and miscast Ivy Marsh": lower-case words before the name.
            lead = re.match(r"^(?:(?:[a-zäöü][\w-]*)\s+){0,3}", item)
            words = lead.group().split() if lead else []
            if not out:
                bare_first = not words  # "(Tilda Ravenscroft, ...)", not "(the daughter of X, ...)"
            if any(w in _PAREN_STOP for w in words) and (not out or any(ch.isupper() for ch in item)):
                # "(Vincent Dale, doing his best Joe Pesci)": the remark after the actor names no performer.
                if (out and words[0] in _IMPERSONATION) or self._german_remark(out, bare_first, item):
                    return out
                return []
            core = (item[lead.end() :] if lead else item).strip()
            m = names.RUN_RE.fullmatch(core) or names.RUN_RE.fullmatch(core.rstrip(". "))
            if not m and len(out) == 1 and bare_first and not any(ch.isupper() for ch in item):
                return out  # "(Tilda Ravenscroft, camping it up)", "(X, in a too-brief role)"
            if not m:
                return []
            name = self.person(m.group())
            if not name or _YEAR.search(core):
                return []
            pos = self.text.find(core, offset)
            out.append((name, pos if pos >= 0 else offset))
        return out

    def _german_remark(self, out: list[tuple[str, int]], bare_first: bool, item: str) -> bool:
        """ "Bruno (Aurelio Fontana, in seiner besten Rolle seit Jahren)": after one bare name, a German remark opened by
        a lower-case word (its nouns capitalised) names no second performer, unless it holds a name or a title."""
        return (
            self.code == "de"
            and len(out) == 1
            and bare_first
            and item[:1].islower()
            and not _TWO_CAPITALS.search(item)
            and not any(q in item for q in _OTHER_FILM_OPEN)
        )

    def _characters_before(self, pos: int) -> list[tuple[str, int]]:
        """The character(s) named right before "(": "Greta", "Hank and Lou", "dem Bürgermeister"."""
        text = self.text
        span = self.runs.ending_at(pos)
        genitive = False
        if not span:
            # "Bertholds (" / "the Admiral’s (": a possessive before the parenthesis.
            j = pos
            while j > 0 and text[j - 1] == " ":
                j -= 1
            for suffix in ("’s", "'s", "s"):
                if text[:j].endswith(suffix):
                    span = self.runs.ending_at(j - len(suffix))
                    if span and suffix == "s":
                        span = None
                    genitive = True
                    break
            if not span:
                span = self.runs.ending_at(j)
                if span and text[span[1] - 1] == "s":
                    genitive = True
                else:
                    span = None
        if not span:
            return []
        if self.code == "de" and self._genitive_of_relation(span[0]):
            return []  # "Die Mutter des Opfers (X)": the role is the relation, the genitive no role of its own
        raw = self.run_text(span)
        if (genitive or self.code == "de") and raw.endswith("s") and not raw.endswith("ss"):
            stem = raw[:-1]
            if re.search(rf"\b{re.escape(stem)}\b(?!s)", text) or (
                self._given(stem) and not self._given(raw) and _NOUN_AFTER_PAREN.match(text, text.find(")", pos))
            ):
                raw = stem  # "Neles (X) Vater": the genitive of a role's name
        char = self.character(raw, span[0])
        if not char:
            return []
        out = [(char, span[0])]
        # "Hank and Lou (A and B)": walk back over "X and"/"X,".
        cur = span[0]
        while True:
            m = re.search(r"(?:,|\s(?:and|und|&))\s*$", text[max(0, cur - 6) : cur])
            if not m:
                break
            prev = self.runs.ending_at(cur - (len(text[max(0, cur - 6) : cur]) - m.start()))
            if not prev:
                break
            other = self.character(self.run_text(prev), prev[0])
            if not other:
                break
            out.insert(0, (other, prev[0]))
            cur = prev[0]
        return out

    def _genitive_of_relation(self, start: int) -> bool:
        """Whether a relation noun and a genitive article stand right before ``start`` ("die Mutter des |Opfers")."""
        m = _RELATION_GENITIVE.search(self.text, max(0, start - 40), start)
        return m is not None and is_relation_noun(m.group(1), self.d.RELATION_NOUNS, self.d.RELATION_TRADES)

    def character(self, raw: str, start: int) -> str | None:
        """A character's name as written: determiners and descriptions dropped, honorifics kept."""
        parts = names.tokens(raw)
        if self.code == "de" and len(parts) == 1 and raw.endswith("s") and start + len(raw) < len(self.text):
            # "Idas jüngerer Bruder Ömer": a possessor, adjectives and a noun before the role's own name
            described_by = _POSSESSOR_DESCRIBED.match(self.text, start)
            later = self.runs.starting_at(described_by.end()) if described_by else None
            if described_by and later and later[0] == described_by.end() and self.text[start : start + len(raw)] == raw:
                head = self.text[start : later[0]].split()[-1]
                if is_relation_noun(head, self.d.RELATION_NOUNS, self.d.RELATION_TRADES) or self._role_noun(head):
                    return self.character(self.run_text(later), later[0])
        if self.code == "de" and self.text.startswith(("' ", "’ "), start + len(raw)):
            # "Ebru Yıldız' Bruder Kenan": a name ending in s/z/x takes an apostrophe for its genitive
            described_by = _APOSTROPHE_DESCRIBED.match(self.text, start + len(raw) + 2)
            later = self.runs.starting_at(described_by.end()) if described_by else None
            if described_by and later and later[0] == described_by.end():
                head = self.text[start + len(raw) + 2 : later[0]].split()[-1]
                if is_relation_noun(head, self.d.RELATION_NOUNS, self.d.RELATION_TRADES) or self._role_noun(head):
                    return self.character(self.run_text(later), later[0])
        if (
            self.code == "de"
            and len(parts) >= 3
            and parts[0].endswith("s")
            and (is_relation_noun(parts[1], self.d.RELATION_NOUNS, self.d.RELATION_TRADES) or self._role_noun(parts[1]))
        ):
            # "Idas Bruder Ömer", "Idas Fahrlehrer Ömer Kaya": the possessor and the noun describe; the name is the role
            cut = raw.find(parts[2], len(parts[0]) + len(parts[1]))
            if cut > 0:
                return self.character(raw[cut:], start + cut)
        det = self._word_before(start)
        lower_det = det.lower() if det else ""
        described = False
        if self.code == "de" and det.islower() and _ADJ_INFLECTION.search(det) and lower_det not in self.d.DEFINITE:
            # "die ältere Schwester Mia", "seine müde Frau Telse", "als jüngste Tochter Ilka": adjectives
            # between the determiner and the relation word; the determiner decides as it would right before it,
            # and an adjective with none describes (a sibling, a wife), as a possessive does.
            ranked = _RANKING_ADJ.search(det) is not None
            pos, word = start - len(det) - 1, det
            for _ in range(2):
                before = self._word_before(pos).lower()
                if (ranked and before in self.d.DEFINITE) or before in self.d.NON_DEFINITE:
                    lower_det = before
                    break
                if not (before.islower() and _ADJ_INFLECTION.search(before)) or before in _ROLE_STOP:
                    described = ranked and word not in _ROLE_STOP
                    break
                pos, word = pos - len(before) - 1, before
        while parts and parts[0] in self.d.OPENERS and parts[0] not in self.d.HONORIFICS:
            lower_det = parts[0].lower()
            parts = parts[1:]
        # "Ilkas Vater Bernd": a possessor's genitive makes the relation word a description.
        possessed = (
            self.code == "de"
            and len(parts) > 2
            and parts[0].endswith("s")
            and not self._given(parts[0])
            and (parts[1] in self.d.HONORIFICS or self.lex.looks_like_noun(parts[1], self.code))
        )
        # Drop descriptions before a given name ("Genetiker Lukas Berg", "Nazi Otto Kern"), keep honorifics.
        dropped = False
        for i, tok in enumerate(parts[1:], 1):
            if (
                self._given(tok)
                and not any(
                    self._given(t) or (t in self.d.HONORIFICS and not possessed) or names.is_initial(t)
                    for t in parts[:i]
                )
                # "spielt Juniper Grant": right after the verb, with no article, nothing describes
                and not (self.code == "de" and _PLAY_VERB_WORD.fullmatch(det) and not self._role_noun(parts[0]))
            ):
                if i > 1 and self.lex.is_first_name(parts[i - 1]):
                    i -= 1  # "Maler Will Harrow": a first name that is also a word ("Will") belongs
                parts = parts[i:]
                dropped = True
                break
        # German descriptive nouns ("Krankenschwester Greta", "Ex-Häftling Bruno"); English keeps
        # capitalised modifiers, which are part of the role's name there.
        stripped = int(dropped)
        while (
            self.code == "de"
            and len(parts) > 1
            and parts[0] not in self.d.HONORIFICS
            and (
                (self.lex.looks_like_noun(parts[0], self.code) and not self._given(parts[0]))
                # "der Fischer Olli", "als Pate Piero": a trade or household word, even one that is also a name
                or (self._role_noun(parts[0]) and not self._role_noun(parts[1]))
            )
            # "Maler Will Harrow": after a description, a first name that is also a word stays
            and not (
                stripped and self.lex.is_first_name(parts[0]) and not self.lex.looks_like_noun(parts[1], self.code)
            )
        ):
            parts = parts[1:]
            stripped += 1
        if not parts or (len(parts) == 1 and parts[0] in _PRONOUNS):
            return None  # "Sie wird von X gespielt": a pronoun names no role
        if (
            self.code == "de"
            and len(parts) >= 2
            and parts[-2].endswith("s")
            and self.lex.looks_like_noun(parts[-1], self.code)
            and not self._given(parts[-1])
        ):
            return None  # "Elifs Mutter": a relation without a name
        if any(festivals.lexicon().names.get(t) or t.endswith(("Festival", "festival")) for t in (raw, parts[-1])):
            return None  # "Toronto Film Festival (Centrepiece)": where it was shown, not a role
        if (
            len(parts) > 1
            and parts[0] in self.d.HONORIFICS
            and (parts[0] not in _FORMS_OF_ADDRESS or lower_det.startswith(_POSSESSIVE_STEMS))
            and (lower_det in self.d.NON_DEFINITE or lower_det in self.d.DEFINITE or described)
            # "die Kommissarin Lohmeyer", "den alten Pater Brandl": before a lone surname the title is how the film
            # names the part (and a surname alone would be no name); before a given name it describes.
            and not (
                len(parts) == 2
                and lower_det not in self.d.NON_DEFINITE
                and parts[0] not in _FORMS_OF_ADDRESS
                # ("die jüngere Schwester Smilla": a ranked kinship word is a relation, whatever follows it)
                and not (
                    det.islower()
                    and lower_det != det.lower()
                    and is_relation_noun(parts[0], self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
                )
                and not self._given(parts[1])
                and not self.lex.looks_like_noun(parts[1], self.code)
            )
        ):
            parts = parts[1:]  # "die Kommissarin Lena Roth": a description; "Kardinal Weiss": a title
        if (
            len(parts) == 1
            and len(names.tokens(raw)) == 1
            and lower_det in self.d.NON_DEFINITE
            and not (det.islower() and det != lower_det and self._given(parts[0]))
        ):
            return None  # "einem Landvermesser (X)", "a president (X)": a relation without a name
            # (not "mit dessen angestellten Ray (X)": after a possessive and an adjective, a given name is a name)
        if (
            self.code == "de"
            and len(parts) == 1
            and len(names.tokens(raw)) == 1
            and det.islower()
            and _ADJ_INFLECTION.search(det)
            and lower_det not in self.d.DEFINITE | self.d.NON_DEFINITE
            and not self._given(parts[0])
            and self._word_before(start - len(det) - 1).lower() in self.d.DEFINITE | self.d.NON_DEFINITE
            and not self._used_as_name(parts[0])
        ):
            return None  # "der alte Torfstecher, gespielt von X": an article, an adjective, a noun: no name
        if len(parts) == 1:
            word = parts[0]
            # English capitalises names, not nouns: mid-sentence "Scout" or "Lucky" is a name.
            sentence_start = self.analysis.sentence_of(start)[0] == start
            noun = (
                self.lex.looks_like_noun(word, self.code)
                and not self.lex.is_first_name(word)
                and (self.code == "de" or sentence_start)
            ) or self._role_noun(word)
            if (noun or word in self.d.HONORIFICS) and lower_det not in self.d.DEFINITE:
                return None
            if word in self.d.COUNTRIES or word in self.p.cues or word.lower() in self.d.NATIONALITY_ADJ:
                return None
            if self.code == "de" and not self.lex.is_first_name(word) and places.canonical(word):
                return None  # "X spielt Berlin, wie man es nie sah": a city is the stage, no part ("Florence" is)
        if any(t.isupper() and len(t) > 2 for t in parts) or any(_YEAR.search(t) for t in parts):
            return None
        return " ".join(parts)

    def full_name(self, name: str) -> bool:
        """A person's full name: a known given name (or an initial) and more (:func:`names.is_full_name`), or two or
        two words no lexicon knows whose last word the text also uses alone ("Tamsin Oduya" ... "Oduya"): critics
        call a performer by the surname once introduced, and foreign given names are missing from any list."""
        if names.is_full_name(name, self.lex) or name in self._credited:
            return True
        known = self._surnamed.get(name)
        if known is None:
            known = self._surnamed[name] = self._named_by_surname(name) or self._foreign_name(name)
        return known

    def _foreign_name(self, name: str) -> bool:
        """ "Aigerim Sadykova", "Siosaia Fifita": two or three name-shaped words (no common word in either language,
        no noun, place, opener or organisation word) whose surname looks foreign to German nouns, a name no given-name
        list holds. German only; English capitalises too many words to tell a name by its shape."""
        parts = name.split(" ")
        if self.code != "de" or not 2 <= len(parts) <= 3 or not self._name_shaped(parts):
            return False
        if any(
            self.lex.is_common(t, "en")
            or self.lex.is_lower_word(t, "de")
            or t in self.d.COMPANY_WORDS
            or self._trade_noun(t)
            or t in self.d.HONORIFICS
            or t.removesuffix("in") in self.d.HONORIFICS  # "Kapitänin Reva": a title and a part
            for t in parts
        ):
            return False
        if any(self.lex.is_first_name(t) for t in parts[1:]):
            return False  # "Söhne Kasimir", "Gemeinderat Helmut Zirn": a word no list knows before a given name
        return not parts[0].endswith("s")  # "Ayumis Lehrer": a genitive

    def note_credited(self) -> None:
        """Remember the two-word names the cast lists give: a name a "Darsteller:"/"Sprecher:" line holds is a
        person wherever the prose names it, whatever lexicon knows the given name."""
        self._credited = frozenset(
            h.name for h in self.hits if h.role == "actor" and h.strength == CREDIT and h.name.count(" ") == 1
        )

    def _named_by_surname(self, name: str) -> bool:
        parts = name.split(" ")
        if len(parts) != 2 or self.code != "de":
            return False
        surname = parts[-1]
        if self._given(surname):
            return False  # "zwei Söhne Markus und William ... (Markus)": a noun and a given name
        if self.text.count(surname) <= self.text.count(name) or not self._name_shaped(parts):
            return False  # the surname stands only inside the full name
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", self.text):
            if not self.text[: m.start()].endswith(" ".join(parts[:-1]) + " "):
                return True
        return False

    def _name_shaped(self, parts: list[str]) -> bool:
        """Capitalised words that are no common word, noun, place or opener: a name no lexicon lists."""
        for i, tok in enumerate(parts):
            word = tok.replace("-", "")
            if not word.isalpha() or not tok[:1].isupper() or tok.isupper() or len(tok) < 2:
                return False
            if self.lex.is_common(tok, self.code) or self.lex.looks_like_noun(tok, self.code):
                return False
            if i == 0 and (tok in self.d.OPENERS or tok in self.d.HONORIFICS or tok in self.d.COUNTRIES):
                return False
            if places.canonical(tok) or self.is_film_title(tok):
                return False
        return True

    def _definite_role(self, m: re.Match[str]) -> bool:
        """A role-first voice cue whose role is a definite trade or creature noun ("Den Fabrikdirektor spricht X",
        "Dem Igel leiht X seine Stimme"), not a relation ("Der Mutter leiht X ...") or a part ("Hauptrolle")."""
        char = m.group("char")
        return (
            " " not in char
            and self._role_noun(char)
            and not is_relation_noun(char, self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
            and not _LEAD_ROLE_WORD.search(char)
        )

    def _box_role(self, inner: str) -> bool:
        """A role in a cast list's parentheses that is no person's name by itself: a given name that is also a place
        ("Milan"), a title and a name ("Frau Kluge", "Kommissar Brix")."""
        if self._role_in_parens(inner):
            return True
        parts = inner.split(" ")
        return (
            len(parts) >= 2
            and parts[0] in self.d.HONORIFICS
            and names.RUN_RE.fullmatch(inner) is not None
            and not any(t.isupper() for t in parts)
        )

    def _role_word_after(self, after: str) -> bool:
        """A role word alone after "als", or after a possessor: "als Hebamme", "als Rosalies Mutter"."""
        words = [w.rstrip(",.;:!?") for w in after.split(" ", 2)[:2]]
        if self._role_word(words[0]):
            return True
        return len(words) == 2 and words[0].endswith("s") and words[0][:1].isupper() and self._role_word(words[1])

    def _role_word(self, word: str) -> bool:
        """A German role noun, relation or title standing alone ("Hebamme", "Großvater", "Kommissarin")."""
        return self._role_noun(word) or word in self.d.HONORIFICS or word in self.d.RELATION_NOUNS

    def _used_as_name(self, word: str) -> bool:
        """Whether the text also writes ``word`` as a name, mid-sentence with no article or adjective before it
        ("der kleinen Fritzi" beside "lernt Fritzi", not "der alte Torfstecher" alone)."""
        if self.lex.looks_like_noun(word, self.code) or self._role_noun(word):
            return False
        for m in re.finditer(rf"\b([a-zäöüß]+) {re.escape(word)}\b", self.text):
            before = m.group(1)
            if before in ("und", "mit", "von", "für", "bei", "an", "neben") or (
                not _ADJ_INFLECTION.search(before) and before not in self.d.DEFINITE | self.d.NON_DEFINITE
            ):
                return True
        return False

    def _role_noun(self, token: str) -> bool:
        """A German person noun that describes a character ("Bauer", "Wirtin", "Försters")."""
        return is_role_noun(token, self.d.ROLE_NOUNS)

    def _trade_noun(self, token: str) -> bool:
        """A role noun or a performer's trade ("Comedian", "Laiendarstellerin"): before a name it describes the person."""
        return self._role_noun(token) or is_role_noun(token, getattr(self.d, "PERFORMER_NOUNS", frozenset()))

    def _named_after_article(self, raw: str) -> bool:
        """ "von der Laiendarstellerin X", "von der jungen X": after an article, a performer's noun or a given name
        (not "von der Band X", "von dem Orchester X")."""
        first = raw.split(" ")[0]
        return self._trade_noun(first) or self._given(first)

    def _given(self, token: str) -> bool:
        """A given name that is no common word ("Mentor", "Will" are both)."""
        return (
            self.lex.is_first_name(token)
            and not self.lex.is_common(token, "de")
            and not self.lex.is_common(token, "en")
        )

    def _word_before(self, pos: int) -> str:
        m = re.search(r"([\w’']+)\s*$", self.text[max(0, pos - 30) : pos])
        return m.group(1) if m else ""

    def _caption_credit(self, body: str, m: re.Match[str]) -> None:
        """ "(Verleih)" after a caption sentence: a distributor; "(Name)" closing a paragraph: a critic."""
        name = _AGENCY_TAIL.sub("", body.strip())
        if not name or len(name) > 50 or _YEAR.search(name) or _LOWER_WORD.match(name):
            return
        parts = names.tokens(name)
        line_end = self.text.find("\n", m.end())
        at_end = self.text[m.end() : (line_end if line_end >= 0 else len(self.text))].strip() in {"", "|"}
        if self.full_name(name) and not any(t in self.d.COMPANY_WORDS for t in parts):
            if at_end:
                self.hits.append(Hit("critic", name, m.start(1), CREDIT))
            return
        strength = CLEAR if any(t in self.d.COMPANY_WORDS or t in self.d.COMPANY_BRANDS for t in parts) else HINT
        self.distributors.append((name, strength, m.start(1)))

    def _photo(self, body: str, start: int) -> None:
        value = re.sub(r"^(?:foto|photo|bild|credit|quelle)s?\s*:?\s*|^©\s*(?:\d{4}\s+)?", "", body, flags=re.I)
        value = _AGENCY_TAIL.sub("", value).strip(" ,;")
        value = re.sub(r"^(?:©\s*)?(?:(?:19|20)\d\d\s+)?", "", value)
        parts = names.tokens(value)
        if not parts:
            return
        company = any(t in self.d.COMPANY_WORDS or t.rstrip(".") in self.d.COMPANY_WORDS for t in parts)
        if not company and (self.full_name(value) or self._is_person_like(value)):
            self.hits.append(Hit("crew", value, start, CREDIT))  # a photographer
        elif len(value) < 60:
            self.distributors.append((value.split("/")[0].strip(), CLEAR if company else HINT, start))

    # -- prose cues ------------------------------------------------------------

    def play_verbs(self) -> None:
        text = self.text
        for m in self.finds("play"):
            if self.code == "de" and self.object_first(m):
                continue
            if self.code == "de" and m.group() in ("gibt", "gab"):
                end = self.analysis.sentence_of(m.start())[1]
                if _VOICE_WORD.search(text, m.end(), end):
                    continue  # "Dem Hasen Fridolin gibt X seine Stimme": a voice credit, read by the voice cues
            span = self.runs.ending_at(m.start())
            if span and self.run_text(span) in ("He", "She", "Er", "Sie"):
                span = None  # "He plays Eddie": a pronoun opening the sentence
            if not span and text[: m.start()].rstrip().endswith(")"):
                # "Jared Vogt („Film“) spielt ...": a filmography between the actor and the verb.
                opened = text.rfind("(", max(0, m.start() - 100), m.start())
                span = self.runs.ending_at(opened) if opened > 0 else None
            if not span:
                # "X, who plays Y": a relative clause between the actor and the verb.
                rel = _RELATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                if not rel and self.code == "de":
                    # "Henrik Nordin, der aus Krimiserien bekannt ist, spielt den Archivar Anders"
                    rel = _RELATIVE_BEFORE_DE.search(text, max(0, m.start() - 100), m.start())
                span = self.runs.ending_at(rel.start()) if rel else None
            if not span and not _PASSIVE_BY.match(text, m.end()):
                # "Halvard Strøm, an actor with a face like granite, plays Aksel": an apposition in between
                # (not "Lakshmi, the matriarch, played by X": there the name is the role).
                appos = _APPOSITION_THEN_VERB.search(text, max(0, m.start() - 160), m.start())
                span = self.runs.ending_at(appos.end(1)) if appos else None
            if not span and self.code == "en":
                # "Orla Finnegan also plays ...", "X memorably plays ...": an adverb between the actor and the verb
                adverb = _ADVERB_BEFORE_VERB.search(text, max(0, m.start() - 20), m.start())
                span = self.runs.ending_at(adverb.start()) if adverb else None
            if not span and self.code == "en" and text[m.start() - 2 : m.start()] == ", ":
                # "Dmitri Vance, who played Roak in Iron Tide (2019), plays Caleb here": a longer relative clause
                span = self._subject_before_clause(m.start(), _WHO_CLAUSE_THEN_VERB)
            if not span and text[m.start() - 2 : m.start()] == ", " and m.group() == "playing":
                span = self.runs.ending_at(m.start() - 2)  # "Tessa Orrell, playing Edith, ..."
            if not span and text[m.start() - 2 : m.start()] == ", ":
                span = self._subject_before_clause(m.start())
            if not span and self.code == "en" and not _PASSIVE_BY.match(text, m.end()):
                # "Twenty-year-old X, in her first film role, plays ...": the clause's subject past what is inserted
                # (not "Harlan Voss ... is played by X", where the subject is the role).
                span = self._clause_subject_en(m.start())
                if span and _AUXILIARY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                    span = None
            if not span and _PRONOUN_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                if self.code == "en" and _PASSIVE_BY.match(text, m.end()):
                    continue  # "He is played by X": the pronoun is the role, read by the "played by" cue
                self._pronoun_actor(m.start(), m.end())
                continue
            if self.code == "de" and span and self._not_the_subject(span):
                span = None  # "Darin spielt X ...", "An der Seite von Y spielt X ...": verb-second, X follows
            if self.code == "de" and (not span or not self.person(self.run_text(span))):
                # "An ihrer Seite gibt Tom Berg den König", "Die Hauptrolle spielt Anna Vogt".
                lead = bool(span) and bool(_LEAD_ROLE_WORD.search(self.run_text(span) if span else ""))
                self._inverted(m.end(), lead=lead)
                continue
            if not span or self.other_film_before(m.start()):
                continue
            actor_raw = self.run_text(span)
            pos = m.end()
            role = self.p.role_of.match(" " + text[pos : pos + 60])
            if role or re.match(
                r"\s+(?:die|the|eine|a)\s+(?:[Rr]olle|role|Figur)\s+(?:der|des|eines|einer|of)\s", text[pos:]
            ):
                continue  # handled by the "role of" cue
            if self.code == "en" and self._plays_opposite_or_pronoun(m, span):
                continue
            char, _det = self._character_after(pos)
            if self.code == "de" and (not char or (" " not in char and self.lex.looks_like_noun(char, "de"))):
                char = self._relation_then_name(pos) or char  # "gibt die Tochter des Wirts, Paloma, als ..."
            if self.code == "de" and char and self._lone_name_plays_thing(actor_raw, char):
                continue  # "Paloma spielt Klavier": a character's lone name and an instrument or a game
            if self._role_in_other_film(m, span, char):
                continue
            a_role = _A_ROLE_BEFORE.search(text, max(0, span[0] - 120), span[0]) if not char else None
            if a_role:
                char = self.character(a_role.group(1), a_role.start(1))  # "Cole Bridger — a role X plays with calm"
            sentence_end = self.analysis.sentence_of(m.start())[1]
            if char and _RESPECTIVELY.search(text, pos, sentence_end):
                char = None  # "A and B play ..., C and D, respectively": paired in order elsewhere
            if char and not self._singular_verb(m.group()) and self._paired_in_order(span):
                continue
            if char and self.code == "de" and self._reversed_pair(actor_raw, char, pos):
                continue  # "Alma, die Tochter des Wirts, spielt die junge Merle Tiedke": the full name plays
            if char:
                name = self.add("actor", actor_raw, span[0], CLEAR, character=char)
                if name and self.code == "de":
                    self._second_role(actor_raw, span[0], m.group(), self._after_character(pos))
                    self._gapped(self._after_character(pos))
            elif re.match(
                r"\s+(?:a|an|the|his|her|einen|eine|einer|den|die|das|ihn|him|ihre|ihren|seine|seinen)\s", text[pos:]
            ) or (self.code == "en" and _NAMED_RELATION.match(text, pos)):  # "plays Edith's mother": no name
                if self.code == "en" and " " not in actor_raw and not self.full_names_ending(actor_raw):
                    continue  # "Ferenc plays the trumpet badly": a character's lone name, no performer
                name = self.add("actor", actor_raw, span[0], CLEAR)
                if name and self.code == "de":
                    self._gapped(self._after_character(pos))  # "A spielt ihre Mutter, B den Vater"

    def _lone_name_plays_thing(self, subject: str, char: str) -> bool:
        """A lone given name that no full name in the text ends with, "spielt", then one word that is no given name:
        a character playing something ("Paloma spielt Klavier"), not a performer and a part."""
        return (
            " " not in subject
            and " " not in char
            and not self.full_names_ending(subject)
            and not self._given(char)
            and not self._trade_noun(char)
        )

    def _relation_then_name(self, pos: int) -> str | None:
        """ "X gibt die Tochter des Bürgermeisters, Paloma, als stille Rebellin": a relation or trade noun with its
        genitive, then the role's given name set off by commas."""
        m = _RELATION_GENITIVE_NAME.match(self.text, pos)
        if not m or not (
            is_relation_noun(m["noun"], self.d.RELATION_NOUNS, self.d.RELATION_TRADES) or self._role_noun(m["noun"])
        ):
            return None
        span = self.runs.starting_at(m.end())
        if not span:
            return None
        raw = self.run_text(span)
        if " " in raw or not self._given(raw) or not _NAME_CLOSED.match(self.text, span[1]):
            return None
        return raw

    def _second_role(self, actor_raw: str, start: int, verb: str, end: int) -> None:
        """ "X spielt die Zwillinge Ada und Britt": one performer (a singular verb) and two parts joined by "und";
        the second is a given name standing alone before the clause ends."""
        if verb.endswith(("en", "ern")):
            return  # "A und B spielen C und D": a list beside a list pairs nothing
        glue = _SECOND_ROLE_GLUE.match(self.text, end)
        span = self.runs.starting_at(glue.end()) if glue else None
        if not span or not _SENTENCE_STOP.match(self.text, span[1]):
            return
        raw = self.run_text(span)
        if " " in raw or not self._given(raw) or self.full_names_ending(raw):
            return
        char = self.character(raw, span[0])
        if char:
            self.add("actor", actor_raw, start, CLEAR, character=char)

    def _reversed_pair(self, subject: str, char: str, pos: int) -> bool:
        """German word order leaves "X spielt die Y" open when X is one given name and Y a full name: the full
        name is the performer and X the part (object first). Adds that reading; True when it applies."""
        if " " in subject or " " not in char or not self._given(subject) or not self.full_name(char):
            return False
        if self.full_names_ending(subject):
            return False  # "Kessler spielt ...": a performer's surname used alone
        at = self.text.find(char, pos, pos + 120)
        span = self.runs.starting_at(at) if at >= 0 else None
        if not span or self.run_text(span) != char:
            return False
        if any(self._trade_noun(w) or w in self.d.HONORIFICS for w in self.text[pos:at].split()):
            return False  # "spielt die Köchin Alma Berg": a trade before the name makes it the part
        role = self.character(subject, self.text.rfind(subject, 0, pos))
        if not role:
            return False
        self.add("actor", char, span[0], CLEAR, character=role)
        return True

    def _plays_opposite_or_pronoun(self, verb: re.Match[str], actor: Span) -> bool:
        """ "X plays opposite Y": two performers, no role. "Edith ..., and X plays her with ...": the role is the
        name before the actor in that sentence (or the one name of the sentence before). True when handled."""
        text = self.text
        actor_raw = self.run_text(actor)
        opposite = _PREPOSITION_AFTER_VERB.match(text, verb.end())
        if opposite:
            other = self.runs.starting_at(opposite.end())
            if other and self.full_name(self.run_text(other)):
                self.add("actor", actor_raw, actor[0], CLEAR)
                self.add("actor", self.run_text(other), other[0], CLEAR)
                return True
            return False
        if not _OBJECT_PRONOUN_EN.match(text, verb.end()):
            return False
        sentence = self.analysis.sentence_of(actor[0])
        before = [
            sp
            for sp in self.runs_in(sentence[0], actor[0])
            if sp[1] <= actor[0] and not places.canonical(self.run_text(sp))  # "... through Lagos traffic"
        ]
        if not before:
            previous = self.analysis.sentence_of(max(0, sentence[0] - 2))
            before = self.runs_in(previous[0], sentence[0]) if previous[0] < sentence[0] else []
            if len(before) != 1:
                before = []
        # "The woman is Adaeze, a vendor who crosses Lagos ..., and X plays her": the name introduced by "is"
        introduced = [sp for sp in before if _INTRODUCED_BEFORE.search(text, max(0, sp[0] - 8), sp[0])]
        before = introduced[-1:] or before
        role = self.run_text(before[-1]) if before else ""
        char = self.character(role, before[-1][0]) if role and role not in self.d.OPENERS else None
        if char and not self.full_name(role):
            self.add("actor", actor_raw, actor[0], CLEAR, character=char)
        else:
            self.add("actor", actor_raw, actor[0], CLEAR)
        return True

    def _role_in_other_film(self, verb: re.Match[str], actor: Span, char: str | None) -> bool:
        """English, past tense: "who played Roak in Iron Tide (2019)", "Harrow Lane, in which Gus Mabry played
        Sol": a part in another film. Critics tell the reviewed film's parts in the present tense."""
        if self.code == "de":
            return self._german_role_in_other_film(verb, char)
        if self.code != "en" or not verb.group().endswith("ed"):
            return False
        if _IN_WHICH_BEFORE.search(self.text, max(0, actor[0] - 12), actor[0]):
            return True
        opening = _IN_TITLE_OPENING.match(self.text, self.analysis.sentence_of(actor[0])[0])
        if opening and opening.end() <= actor[0] and not self.is_film_title(opening.group(1)):
            return True  # "In the earlier Night Ferries, X played a similar detective": another film's part
        if not char:
            return False
        at = self.text.find(char, verb.end(), verb.end() + 120)
        return at >= 0 and bool(_IN_OTHER_FILM.match(self.text, at + len(char)))

    def _german_role_in_other_film(self, verb: re.Match[str], char: str | None) -> bool:
        """ "X spielte schon in „Die Flut“ einen Fischer namens Jens", "X gab in der Serie ... den Y": a past-tense
        verb of playing with another work named between it and the role, or right after the role."""
        if not char or verb.group() not in _PAST_PLAY_DE:
            return False
        at = self.text.find(char, verb.end(), verb.end() + 160)
        if at < 0:
            return False
        return bool(_OTHER_WORK_DE.search(self.text, verb.end(), at)) or bool(
            _IN_OTHER_WORK_DE.match(self.text, at + len(char))
        )

    def _part_in_other_film(self, char: str, pos: int) -> bool:
        """English: a role named after ``pos`` and followed by another film ("as Yelena in Vanya (1994)"), told in
        the past tense (the caller checks): critics tell the reviewed film's parts in the present."""
        at = self.text.find(char, pos, pos + 120) if char else -1
        if at < 0:
            return False
        end = at + len(char)
        was = _WAS_IN.match(self.text, end)  # "as Douglas was in The American President"
        other = _IN_OTHER_FILM.match(self.text, was.end() if was else end)
        if not other:
            return False
        title = self.runs.starting_at(other.end() - 1)
        return not (title and self.is_film_title(self.run_text(title)))

    def _singular_verb(self, verb: str) -> bool:
        """ "Caleb and Priya Holloway plays Marnie" cannot be: an English verb in -s has one subject, so
        "Dmitri Vance plays Caleb and Priya Holloway plays Marnie" holds two pairs, not two actors paired in order."""
        return self.code == "en" and verb.split()[0].endswith("s")

    def _paired_in_order(self, actor: Span) -> bool:
        """ "Lindqvist and Trevino play Edna and Walt": two actors before the verb. Both perform, but without
        "respectively" the text links no actor to a role, so there is no pair. True when that is the case."""
        glue = _GLUE_BEFORE.search(self.text, max(0, actor[0] - 6), actor[0])
        first = self.runs.ending_at(glue.start()) if glue else None
        if not first or not self.person(self.run_text(first)):
            return False
        self.add("actor", self.run_text(first), first[0], CLEAR)
        self.add("actor", self.run_text(actor), actor[0], CLEAR)
        return True

    def _two_by_two(self, char: Span, actor: Span) -> bool:
        """ "Edna and Walt are played by A and B": two roles, two actors, and no "respectively" to link them; the
        actors perform, without pairs. True when that is the case."""
        text = self.text
        glue = _GLUE_BEFORE.search(text, max(0, char[0] - 6), char[0])
        if not glue or not self.runs.ending_at(glue.start()):
            return False
        after = _PAIR_GLUE.match(text, actor[1])
        second = self.runs.starting_at(after.end()) if after else None
        if not second:
            return False
        self.add("actor", self.run_text(actor), actor[0], CLEAR)
        self.add("actor", self.run_text(second), second[0], CLEAR)
        return True

    def _subject_before_clause(self, pos: int, between: re.Pattern[str] | None = None) -> Span | None:
        """The full name opening the sentence when a clause set off by commas stands between it and the verb at
        ``pos``: "Jonte Marx, bisher nur aus Serien bekannt, spielt ..."."""
        start = self.analysis.sentence_of(pos)[0]
        if pos - start > 150:
            return None
        span = self.runs.starting_at(start)
        if not span or not (between or _CLAUSE_THEN_VERB).fullmatch(self.text, span[1], pos):
            return None
        name = self.person(self.run_text(span))
        return span if name and self.full_name(name) else None

    def _performer_en(self, raw: str) -> bool:
        """English: a run that reads as a performer's full name, known given name or not ("Zephyrine Blake")."""
        if self.full_name(raw):
            return True
        person = self.person(raw)
        return person == raw and " " in raw and self._is_person_like(raw)

    def _past_honours(self, span: Span) -> Span:
        """English: a performer's run without the hyphenated modifiers that open it ("Twenty-year-old Rania
        Selassie", "Academy Award-winner Kevin Spacey", "Oscar-nominated X"): the name starts after the last one."""
        raw = self.run_text(span)
        words = raw.split(" ")
        # (a lower-case part after the hyphen: "Award-winner", not "Jean-Claude Van Damme")
        last = max((i for i, w in enumerate(words[:-2]) if any(p[:1].islower() for p in w.split("-")[1:])), default=-1)
        if last < 0:
            return span
        return (span[0] + len(" ".join(words[: last + 1])) + 1, span[1])

    def _clause_subject_en(self, pos: int, *, cue: str = "", role: bool = False) -> Span | None:
        """English: the performer opening the clause that a cue at ``pos`` ("plays", "as", "turn as") belongs to,
        past what critics insert around a name. One walk serves every cue.

        The clause starts at the sentence start or after ";", ":" or a dash. Before the name stand only modifiers
        ("Newcomer", "A never-better", "The reliably excellent, endlessly watchable", "Twenty-year-old", "Scottish
        actress") or an opening phrase set off by a comma without a name in it; a name governed by a preposition
        ("Opposite X", "After X dies") is no subject. Between the name and the cue stand only asides set off by
        commas, dashes or parentheses ("X, who spent a decade on stage, ...", "X, in her first film role, ...") and
        lower-case words ("is at his most menacing", "makes a meal of his few scenes"), no conjunction that opens
        another clause and no other name: "X tells Y that ..." is not read. With ``role``, the clause is passive
        ("Bertrand, the village priest, is played with quiet gravity by X"): its first run, whatever it names.
        """
        text = self.text
        s0 = self.analysis.sentence_of(pos)[0]
        if pos - s0 > 280:
            return None
        head = text[s0:pos]
        dashes = head.count(" — ") + head.count(" – ")
        cut = max(head.rfind(";"), head.rfind(":"), *((head.rfind(" — "), head.rfind(" – ")) if dashes % 2 else ()))
        joined = max(head.rfind(", and "), head.rfind(", but "))
        if joined > cut:
            cut = joined + 5  # "The woman is Adaeze, ..., and X, in her first screen role, plays her"
        start = s0 + cut + 1 if cut >= 0 else s0
        spans = [sp for sp in self.runs_in(start, pos) if sp[1] <= pos]
        if not spans:
            return None
        first = spans[0]
        bridge = _SUBJECT_ASIDE.sub(" ", text[first[1] : pos])
        if not (_PASSIVE_BRIDGE if role else _SUBJECT_BRIDGE).fullmatch(bridge):
            return None
        gap_words = set(bridge.split())
        if gap_words & _BRIDGE_STOP or (cue == "as" and gap_words & _AS_BRIDGE_STOP):
            return None
        prefix = text[start : first[0]]
        if not _SUBJECT_PREFIX.fullmatch(prefix) or len(prefix) > 90:
            return None
        words = prefix.replace(",", " ").lower().split()
        if any(w in _NOT_SUBJECT_LEAD for w in words[-1:]) and not prefix.rstrip().endswith(","):
            return None
        if any(w in _CLAUSE_OPENERS for w in words):
            return None
        if role:
            return first
        paren = _PAREN_NAME_AFTER.match(text, first[1])
        if paren and self._performer_en(paren.group(1)):
            return None  # "Colin Seagrave (Peter MacNeill), a stunt driver, acts as ...": the run is a role
        first = self._past_honours(first)
        raw = self.run_text(first)
        name = self.person(raw)
        if not name or not (self.full_name(name) or (" " in name and self._is_person_like(name))):
            return None
        lead = raw[: raw.find(name)].lower().split() if name in raw else []
        if any(w in _NOT_SUBJECT_LEAD or w in _CLAUSE_OPENERS for w in lead):
            return None
        return first

    def _pronoun_actor(self, pos: int, verb_end: int) -> None:
        """ "Er spielt hier einen Agenten": the last full name of the sentences before is a performer (a hint).

        When that name opens the sentence before ("Daniel Cho is ... He plays Eddie Kwan"), it is
        the pronoun's antecedent and the role after the verb is the actor's.
        """
        sentence = self.analysis.sentence_of(pos)
        lo = max(0, sentence[0] - 300)
        credited = {_norm(h.name) for h in self.hits if h.role == "actor" and h.strength >= CLEAR}
        found: list[tuple[str, Span]] = []
        # English: "X has never been better; here she plays Y": the antecedent may stand earlier in the sentence.
        upto = pos if self.code == "en" else sentence[0]
        clause = self._pronoun_clause_de(sentence[0], pos) if self.code == "de" else -1
        if clause >= 0:
            upto = clause  # "..., wird sie kaum wiedererkennen: Sie spielt die Wirtin Rosi"
        # (English: not a critic's byline, a director or a character's name: "Mike Max (Pullman). He plays ...")
        taken = (
            {_norm(h.name) for h in self.hits if h.role not in _CAST_ROLES}
            | {_norm(h.character) for h in self.hits if h.character}
            if self.code == "en"
            else set()
        )
        for span in reversed(self.runs_in(lo, upto)):
            if self.code == "en" and (
                (span[0] >= sentence[0] and self._clause_subject_en(span[1] + 1) != span)
                or self.text[max(0, span[0] - 3) : span[0]] == "by "
            ):
                continue  # "Here X is not Woody Allen, but he plays ...": only the clause's subject; no byline
            raw = self.run_text(span)
            if self.code == "en" and _norm(self.person(raw) or raw) in taken:
                continue
            raw = self.run_text(span)
            name = self.person(raw)
            parts = names.tokens(name) if name else []
            if (
                name
                and " " in name
                and (self._given(parts[0]) or not any(self.lex.is_common(t, self.code) for t in parts))
            ):
                found.append((name, span))
        if not found:
            return
        # "Manchmal erinnert Birte Hansen an Liv Ullmann ... Sie spielt Edda": the credited actor, not the comparison.
        known = [f for f in found if _norm(f[0]) in credited or self.text.count(f[0]) >= 2]
        name, span = known[0] if known else found[0]
        previous = self.analysis.sentence_of(max(0, sentence[0] - 2))
        subject = self.text[previous[0] : span[0]].strip() == "" and previous[0] < sentence[0]
        if self.code == "en" and not subject:
            # "Then there is X. He plays Y", "X has never been better; here she plays Y": the one person named
            # since the sentence before began, or the subject of the clause before, is the pronoun's antecedent.
            since = {_norm(f[0]) for f in found if f[1][0] >= previous[0]}
            subject = since == {_norm(name)} or self._clause_subject_en(span[1] + 1) == span
        if self.code == "de" and not subject and not known:
            # "Der Film gehört X. Sie verkörpert die Hebamme Zofia": the one person named since the sentence before
            # began (or since this sentence began, before a colon) is the antecedent, unless the text made that
            # person a director, a writer, a critic or a character.
            begun = sentence[0] if clause >= 0 else previous[0]
            since = {_norm(p) for r in self.runs_in(begun, upto) if (p := self.person(self.run_text(r))) and " " in p}
            subject = since == {_norm(name)} and not self._not_a_performer(name)
        char = self._character_after(verb_end)[0] if subject or known else None
        if char and self.code == "en":
            # "He plays Uncle Vasily": the name after a title word decides
            words = [t for t in names.tokens(char) if t not in self.d.HONORIFICS] or names.tokens(char)
            given = self._given(words[0]) or (
                subject
                and not any(self.lex.is_common(t, "en") or places.canonical(t) for t in words)
                and not any(t.lower() in self.d.NATIONALITY_ADJ for t in words)
            )
        else:
            given = bool(char) and self._given(names.tokens(char or "")[0])
            if char and not given and self.code == "de" and subject:
                # "Dann wäre da noch X. Er gibt den Betrüger Mattes": a name no list knows, after a role noun
                described = _NOUN_BEFORE_NAME.match(self.text, verb_end)
                given = bool(described) and self.text.startswith(char, described.end() if described else 0)
                given = given and self._name_shaped(names.tokens(char))
        if char and given:
            self.hits.append(Hit("actor", name, span[0], CLEAR, character=char))
        else:
            self.hits.append(Hit("pronoun", name, span[0], HINT))

    def _pronoun_clause_de(self, start: int, pos: int) -> int:
        """Where a clause opened by a colon or a semicolon before the pronoun at ``pos`` begins (-1 if none): "...: Sie
        spielt ..." has its antecedent earlier in the same sentence."""
        cut = max(self.text.rfind(":", start, pos), self.text.rfind(";", start, pos))
        if cut < 0 or not _PRONOUN_OPENS.fullmatch(self.text, cut + 1, pos):
            return -1
        return cut

    def _not_a_performer(self, name: str) -> bool:
        key = _norm(name)
        if re.search(rf"{_CREW_NOUN_BEFORE}\s+{re.escape(name)}\b", self.text):
            return True  # "Regisseurin Ana Lima ... Sie spielt ...": the director, named as such
        return any(
            (h.role in _NOT_PERFORMING and _norm(h.name) == key) or (h.character and _norm(h.character) == key)
            for h in self.hits
        )

    def _not_the_subject(self, span: Span) -> bool:
        """The run before a German verb is no subject: an adverb opening the sentence ("Darin", "Dabei"),
        or a name governed by a preposition ("An der Seite von Y", "Neben Y")."""
        raw = self.run_text(span)
        if (
            " " not in raw
            and (raw in _V2_OPENERS or self.lex.is_lower_word(raw, "de"))
            and self.analysis.sentence_of(span[0])[0] == span[0]
        ):
            return True
        words = raw.split(" ")
        if len(words) > 3 and words[0] in self.d.OPENERS and words[0] not in ("Neben", "Mit", "Von", "Bei", "Nach"):
            words = words[1:]  # "Das Drehbuch von X gibt ...": the article opening the run
        if len(words) > 1 and words[0].lower() in _PREPOSITIONS_DE:
            return True  # "Neben Regisseur Y spielt X": the preposition opens the sentence and the run
        if len(words) > 2 and words[1] in ("von", "vom") and self.lex.looks_like_noun(words[0], "de"):
            return True  # "An der Seite von Y spielt X": the run holds the noun before the preposition
        # the preposition one space before the name, in the same sentence ("Die spielen mit" may be a heading)
        m = _WORD_THEN_SPACE.search(self.text, max(0, span[0] - 20), span[0])
        if m is None:
            return False
        if m.group(1) == "als" and self.analysis.sentence_of(span[0])[0] < m.start():
            return True  # "Neben X als Greta spielt Y den Rolf": a role after "als", the subject follows the verb
        return m.group(1).lower() in _PREPOSITIONS_DE and self.analysis.sentence_of(span[0])[0] < m.start()

    def _inverted(self, pos: int, *, lead: bool = False) -> None:
        """German verb-second order: "In X verkörpert Anna Berg den Vater Gerhard", "spielt Anna Berg eine Ärztin"."""
        span = self.runs.starting_at(pos)
        if not span:
            pronoun = _PRONOUN_AFTER_VERB.match(self.text, pos)
            if pronoun:
                self._pronoun_actor(pos, pronoun.end())  # "Hier spielt er den Trinker Olli": the name before
            return
        raw = self.run_text(span)
        if not self.full_name(raw):
            person = self.person(raw)  # "spielt Comedian X den Rolf": a performer's trade before the name
            if not (person and person != raw and raw.endswith(person) and self.full_name(person)):
                return
        v2 = _V2_OBJECT.match(self.text, span[1])
        if not v2:
            if lead:
                self.add("actor", raw, span[0], CLEAR)
            return
        char, det = self._character_after(v2.start("art") - 1)  # "spielt X bei ihr die Rosalie": from the article
        if char and det in self.d.DEFINITE:
            self.add("actor", raw, span[0], CLEAR, character=char)
        else:
            self.add("actor", raw, span[0], CLEAR)

    def _after_character(self, pos: int) -> int:
        char_span = None
        p = pos
        for _ in range(5):
            char_span = self.runs.starting_at(p)
            if char_span:
                return char_span[1]
            m = re.compile(r"\s*[\w’'-]+").match(self.text, p)
            if not m:
                break
            p = m.end()
        return pos

    def _gapped(self, pos: int) -> None:
        """ "Lea Brandt spielt Lina, Tom Weller den Apotheker": the verb left out."""
        text = self.text
        while True:
            m = _GAP_COMMA.match(text, pos)
            span = self.runs.starting_at(m.end()) if m else None
            if not (span and _GAPPED_DET.match(text, span[1])):
                # "X spielt Arend, den Älteren, der alles bewahren will, Y den jüngeren Kasimir", "X verkörpert
                # Lene mit großer Ruhe, Y ihren Bruder Kai": a clause or a phrase before the next pair.
                span = self._gapped_after_clause(pos)
            if not span:
                return
            char, _ = self._character_after(span[1])
            if not char:
                return
            self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
            pos = self._after_character(span[1])

    def _gapped_after_clause(self, pos: int) -> Span | None:
        """The full name opening the next gapped pair after a clause or two (", Y den/die ..."), or None."""
        end = min(self.analysis.sentence_of(pos)[1], pos + 160)
        for m in _GAPPED_NEXT.finditer(self.text, pos, end):
            span = self.runs.starting_at(m.end())
            if span and self.text.startswith(" ", span[1]) and _GAPPED_DET.match(self.text, span[1]):
                raw = self.run_text(span)
                name = self.person(raw)
                full = name is not None and (self.full_name(name) or bool(self.full_names_ending(name)))
                return span if full and name == raw else None
        return None

    def _character_after(self, pos: int) -> tuple[str | None, str]:
        """The role named after a verb: skip a few lower-case words ("toilet cleaner Gus", "Eli's ailing father, Sam")."""
        text = self.text
        named = _NAMED.match(text, pos)
        if named:
            # "plays the mill owner, a smooth operator named Whit Calloway"
            span = self.runs.starting_at(named.end())
            if span:
                return self.character(self.run_text(span), span[0]), ""
        det = ""
        adjectives = 0
        skipped = 0
        p = pos
        for _ in range(9):
            while p < len(text) and text[p] in " \u00a0":
                p += 1
            if (det or skipped) and p < len(text) and text[p] in _NICK_OPEN:
                # "als Jos Kumpel „Ente“", "as his pal 'Doc'": a nickname in quotes names the role.
                nick = _QUOTED_NICK.match(text, p)
                return (nick.group(1) if nick else None), det
            if det and self.code == "en" and _ADJECTIVE_BEFORE_NOUN.match(text, p):
                return None, det  # "as the Guatemalan neighbor who runs the laundromat": no name
            if skipped and self.code == "en" and text.startswith(",", p):
                # "her ailing father, Sam": an appositive names the role right after the comma.
                nxt = self.runs.starting_at(p + 1)
                if not nxt and _ARTICLE_AFTER_COMMA.match(text, p):
                    p += 1  # "a leading man, the gentle widower Hal": a second description, then the name
                    continue
                if not nxt or _NEXT_PERFORMER.match(text, nxt[1]) or _NAME_LIST_AFTER.match(text, nxt[1]):
                    return None, det  # "X as a pompous alderman, Y as Gladys": Y is the next performer
                p = nxt[0]
            span = self.runs.starting_at(p)
            if span:
                raw = self.run_text(span)
                if text[span[1] : span[1] + 2] in ("’s", "'s"):
                    p = span[1] + 2  # "Eli's ailing father": a possessor, not the role
                    skipped += 1
                    continue
                if raw.endswith("s") and text[span[1] : span[1] + 2] in ("’ ", "' "):
                    p = span[1] + 1  # "Tomás' neighbor"
                    skipped += 1
                    continue
                if (
                    self.code == "de"
                    and (
                        (" " not in raw and (det or skipped))
                        or (
                            raw.count(" ") == 1
                            and self._possessor(raw.split(" ", 1)[0], span[0] + raw.find(" "))
                            and self.lex.looks_like_noun(raw.rsplit(" ", 1)[-1], self.code)
                        )
                    )
                    and text[span[1] : span[1] + 2].lstrip()[:1] in _NICK_OPEN
                    and _QUOTED_NICK.match(text, span[1] + 1)
                ):
                    p = span[1]  # "den Fischer „Ente“": the noun before the nickname
                    skipped += 1
                    continue
                if self.code == "de" and self._possessor(raw, span[1]):
                    p, det = span[1], "sein"  # "als Riecks alter Kumpel Hinrich": a possessor, not the role
                    skipped += 1
                    continue
                if self.code == "en":
                    # "Boston plumber Gus": a capitalised modifier before a noun.
                    word = _LOWER_WORD.match(text, span[1] + 1)
                    if (
                        word
                        and word.group() not in _ROLE_STOP
                        and " " not in raw
                        and text[span[1] : span[1] + 1] == " "
                    ):
                        later = self.runs.starting_at(word.end() + 1)
                        # (not "Caleb here. The film ...": a sentence ends between the word and the next name)
                        if later and later[0] - word.end() <= 2 and not text[word.end() : later[0]].strip():
                            p = word.end()
                            continue
                if self.code == "de" and _LEAD_ROLE_WORD.fullmatch(raw):
                    # "spielt die Hauptrolle, die Malerin Dora": the part is no role's name; an apposition may name it
                    appos = _ROLE_APPOSITION.match(text, span[1])
                    named_span = self.runs.starting_at(appos.end()) if appos else None
                    if not named_span:
                        return None, det
                    return self.character(self.run_text(named_span), named_span[0]), det
                if self.code == "en" and _NAME_LIST_AFTER.match(text, span[1]):
                    return None, det  # "he plays Mozart, Grieg and Bach on the piano": a list of names, no role
                if (
                    self.code == "en"
                    and " " not in raw
                    and (raw.isupper() or not self._given(raw))
                    and _THING_POSSESSOR_BEFORE.search(text, max(0, span[0] - 30), span[0])
                ):
                    return None, det  # "the station's AI", "the ship's Computer": a thing's part, no name
                if det and det.lower() in self.d.DEFINITE and (self.code == "de" or not adjectives):
                    bare = _strip_genitive(raw, self.code)
                    if " " not in bare and self.lex.looks_like_noun(bare, self.code):
                        # "den Apotheker" names a role; "die verschlossene Handwerkerin" only describes one.
                        return (self._definite(bare) if not adjectives else None), det
                if self.code == "de" and adjectives and not det and " " not in raw and not self._given(raw):
                    return None, det  # "als aufmüpfige Nonne": a description, not a role's name
                return self.character(raw, span[0]), det
            m = _LOWER_WORD.match(text, p)
            if m and m.group() == "and" and self.code == "en" and skipped and _LOWER_WORD.match(text, m.end() + 1):
                p = m.end()  # "neighbor and sometime lover, June"
                continue
            if not m or (m.group() in _ROLE_STOP and (det or skipped)):
                return None, det
            if m.group() in self.d.DEFINITE or m.group() in self.d.NON_DEFINITE:
                det, adjectives = m.group(), 0
            else:
                adjectives += 1
            skipped += 1
            p = m.end()
        return None, det

    def _possessor(self, raw: str, end: int) -> bool:
        """A German genitive of a name the text gives, before a relation: "Riecks alter Kumpel", "Josts Nachbarin"."""
        if " " in raw or not raw.endswith("s") or raw.endswith("ss") or len(raw) < 4 or self._given(raw):
            return False
        if not _RELATION_AFTER.match(self.text, end):
            return False
        if self.code == "de" and self._given(raw[:-1]):
            return True  # "Ritas beste Freundin": a given name's genitive, even when Rita is not named elsewhere
        if self._run_words is None:
            self._run_words = {w for span in self.runs.spans for w in self.run_text(span).split()}
        return raw[:-1] in self._run_words

    def _definite(self, raw: str) -> str | None:
        """ "den Apotheker": a role named by a definite noun (no crew or cue words)."""
        parts = names.tokens(raw)
        if not parts or raw in self.p.film_cues or parts[0] in self.p.film_cues:
            return None
        if self.code == "de" and len(parts) == 1 and _ADJ_INFLECTION.search(raw) and self.lex.is_lower_word(raw, "de"):
            return None  # "spielt den Alten": an adjective made a noun describes; it names no part
        return " ".join(parts) if len(parts) <= 3 else None

    def as_cues(self) -> None:
        text = self.text
        for m in self.p.as_word.finditer(text):
            anchor = m.start()
            k = anchor
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if k > 0 and text[k - 1] == ")":
                anchor = max(0, text.rfind("(", max(0, anchor - 100), anchor))  # "X („Film“) als Y"
            appos = _STARS_AS_APPOS.search(text, max(0, anchor - 160), anchor) if self.code == "en" else None
            if appos:
                # "Idris Okoro, so good in last year's “The Long Night”, stars as Prince Aldric"
                char, _det = self._character_after(m.end())
                if char and self._is_person_like(self.person(appos.group(1)) or ""):
                    self.add("actor", appos.group(1), appos.start(1), CLEAR, character=char)
                continue
            last = self.runs.last_ending_before(anchor)
            if last is not None and _GAP_NOUN.fullmatch(self.run_text(last)):
                last = self.runs.last_ending_before(last[0])  # "X ist eine perfekte Besetzung als Y"
            if self.code == "en" and (last is None or m.start() - last[1] > 110):
                # "X, who spent a decade on stage, is at her most unguarded as Y": the clause's subject
                subject = self._clause_subject_en(m.start(), cue="as")
                last = subject if subject else last
            if last is None or m.start() - last[1] > 110:
                continue  # no name close enough before "as"
            before = text[last[0] : m.start()]
            span: Span | None
            if self.code == "de" and _RELATIVE_AS.fullmatch(text, last[1], m.start()):
                gap, span = None, last  # "Lasse Oltmanns, der als wortkarger Knecht Wulf ..."
            else:
                gap = (_AS_GAP_DE if self.code == "de" else _AS_GAP).search(before)
                if gap and self.code == "de" and "," in _PARENTHESISED.sub("", gap.group()):
                    span = None  # ", als ..." opens a clause in German
                else:
                    pos = m.start() - (len(before) - gap.start()) if gap else m.start()
                    span = self.runs.ending_at(pos)
                if not span and self.code == "de" and text[m.end() : m.end() + 1].isupper():
                    # "Aylin Brandt, bislang vom Theater bekannt, ist als Katja ...": the name opens the sentence;
                    # the role must then hold a given name ("arbeitet als Kellner" is a job).
                    span = self._subject_before_clause(m.start(), _CLAUSE_THEN_AS)
                    gap = None
                    if span:
                        role = self._character_after(m.end())[0]
                        if not role or not any(self._given(t) for t in role.split()):
                            continue
            if not span and self.code == "en":
                span, gap = self._clause_subject_en(m.start(), cue="as"), None
            if (
                self.code == "en"
                and (not span or self.run_text(span) in ("He", "She"))
                and _PRONOUN_COPULA_BEFORE.search(text, max(0, m.start() - 70), m.start())
                and self._character_after(m.end())[0]
                and self._character_after(m.end())[1] not in ("a", "an")  # "as an updated Bill Clinton-type"
                and not (
                    _PAST_BRIDGE.search(text, max(0, m.start() - 40), m.start())
                    and self._part_in_other_film(self._character_after(m.end())[0] or "", m.end())
                )
            ):
                self._pronoun_actor(m.start(), m.end())  # "Much depends on X. He is terrific as Lorcan"
                continue
            if not span:
                continue
            gap_words = (gap.group() if gap else "").split()
            if any(
                w
                in {"und", "and", "sowohl", "nicht", "not", "such", "well", "so", "auch", "wie", "than", "als", "known"}
                | _AS_BRIDGE_STOP
                for w in gap_words
            ):  # ("best known as Nurse Abby on ...": a part elsewhere)
                continue
            if self.other_film_before(m.start()) or (
                self.code == "en" and _OTHER_FILM_STARRED.search(text, max(0, span[0] - 90), span[0])
            ):
                continue  # "..., whose first film starred X as a keeper named Eino": another film
            actor_raw = self.run_text(span)
            actor = self.person(actor_raw)
            if not actor or not self._is_person_like(actor):
                continue
            after = text[m.end() : m.end() + 80]
            if re.match(self.d.ACTOR_NOUNS, after) or re.match(
                r"(?:eigentliche|die|the)\s+\w*(?:darsteller|lead)", after
            ):
                self.hits.append(Hit("actor", actor, span[0], CLEAR))
                continue
            crew = re.match(rf"(?:{self.d.DIRECTOR_NOUNS}|{self.d.CREW_NOUNS}|{self.d.WRITER_NOUNS})\b", after)
            if crew:
                named = _NEXT_WORD.match(after, crew.end())
                if not (named and self._given(named.group(1))):
                    continue  # "X als Fotografin": a job; "X als Fotografin Greta": a role

            if _NOT_A_ROLE.match(after):
                continue  # "sowohl A als auch B", "as well as"
            char, det = self._character_after(m.end())
            if (
                char
                and self.code == "en"
                and text[span[1] : m.start()].strip()
                and _CONJUNCTION_AS.match(text, m.end())
            ):
                continue  # "X sees her brother as Caleb Wren sees him": "as" joins a clause, no role
            if (
                char
                and self.code == "en"
                and (_PAST_BRIDGE.search(text, span[1], m.start()) or _WAS_IN.match(text, m.end() + len(char) + 1))
                and self._part_in_other_film(char, m.end())
            ):
                continue  # "She was at her best as Yelena in Vanya on 42nd Street": another film's part
            if (
                char
                and _GLUE_BEFORE.search(text, max(0, span[0] - 8), span[0])
                and _RESPECTIVELY.search(text, m.end(), self.analysis.sentence_of(m.start())[1])
            ):
                self.hits.append(Hit("actor", actor, span[0], CLEAR))  # "A and B as C and D, respectively"
                continue
            if char and _ROLE_PAIR_AFTER.match(text, m.end()) and self._paired_in_order(span):
                continue  # "A und B sind als C und D zu sehen": both perform, no pair without "beziehungsweise"
            if char and (
                self.code != "de"
                or not self.lex.looks_like_noun(char, self.code)
                or det in self.d.DEFINITE
                or self._named_after_trade(char, m.end())
            ):
                self.hits.append(Hit("actor", actor, span[0], CLEAR, character=char))
            elif (self.code == "de" or char) and " " in actor and _LOWER_WORD.match(after):
                self.hits.append(Hit("actor", actor, span[0], HINT))  # "X als gütiger Kardinal"
            elif (
                self.code == "de"
                and " " in actor
                and self._role_word_after(after)
                and not _REFLEXIVE_BEFORE.search(text, max(0, m.start() - 20), m.start())
            ):
                # "X als Hebamme", "X als Wirtin der Dorfkneipe", "X ist als Großvater eine Wucht"
                self.hits.append(Hit("actor", actor, span[0], HINT))
            elif (
                " " in actor
                and re.match(
                    r"the\s+[a-z]" if not text[span[1] : m.start()].strip() else r"(?:the|a|an)\s+[a-z]", after
                )
                and text[span[1] : m.start()].strip() in ("", ",")
            ):
                # "Brendan Kavanagh, as the village priest,", "Thomas Okwuosa as the stranger" (not "cites X as an influence")
                self.hits.append(Hit("actor", actor, span[0], HINT))
            elif gap and _PERFORMANCE_END.search(gap.group()):
                self.hits.append(Hit("actor", actor, span[0], CLEAR))  # "X has a memorable scene as a grieving mother"

    def _named_after_trade(self, char: str, pos: int) -> bool:
        """ "als Kneipenwirt Horst": a given name that is also a noun, right after a trade noun, is the role's name."""
        if " " in char or not self.lex.is_first_name(char):
            return False
        end = self.text.find(char, pos, pos + 80)
        return end > pos and any(self._trade_noun(w) for w in self.text[pos:end].split()[-1:])

    def _is_person_like(self, name: str) -> bool:
        parts = names.tokens(name)
        if len(parts) >= 2:
            return self.full_name(name) or len(parts) <= 4
        return bool(self.full_names_ending(parts[0]))

    def full_names_ending(self, token: str) -> list[str]:
        """Full names whose last word is ``token``: the text's full-name runs in text order, then
        the names of hits (as they arrive) that no run gives."""
        for hit in self.hits[self._index_hits :]:
            parts = names.tokens(hit.name)
            if len(parts) >= 2 and hit.name not in self._hit_names[parts[-1]]:
                self._hit_names[parts[-1]].append(hit.name)
        self._index_hits = len(self.hits)
        from_runs = self._run_names_ending(token)
        from_hits = self._hit_names.get(token)
        if not from_hits:
            return from_runs
        return from_runs + [name for name in from_hits if name not in from_runs]

    def _run_names_ending(self, token: str) -> list[str]:
        """The full-name runs whose person name ends with ``token``, in text order.

        Reading a run as a person costs; only the runs holding a word that folds like ``token``
        can end with it (a person name keeps the run's words, at most re-cased or re-accented),
        so only those are read, once per surname asked about.
        """
        found = self._run_names.get(token)
        if found is not None:
            return found
        if self._runs_by_fold is None:
            by_fold: defaultdict[str, list[str]] = defaultdict(list)
            text = self.text
            for start, end in self.runs.spans:  # (the text sliced here: a method call per run costs)
                raw = text[start:end]
                if " " in raw:
                    for key in dict.fromkeys(map(_fold, names.tokens(raw))):
                        by_fold[key].append(raw)
            self._runs_by_fold = by_fold
        found = []
        for raw in self._runs_by_fold.get(_fold(token), ()):
            name = self.person(raw)
            if name and self.full_name(name) and names.tokens(name)[-1] == token and name not in found:
                found.append(name)
        self._run_names[token] = found
        return found

    def role_of(self) -> None:
        text = self.text
        for m in self.finds("role_of"):
            if m.group().strip() in {"als", "as"}:
                continue
            before = text[max(0, m.start() - 80) : m.start() + 1]
            gap = re.search(
                r"(?:,?\s+(?:who|der|die|ist|is|schlüpft|darin|hier|dabei|zu|sehen|steps|takes|on|was|war|spielt|spielte|"
                r"übernimmt|übernahm|verkörpert|verkörperte|gibt|hat|hatte|bekam|bekommt|erhielt|erhält|auch|nun|jetzt|"
                r"glänzt|brilliert|überzeugt|begeistert|agiert))*\s*$",
                before,
            )
            pos = m.start() + 1 - (len(before) - gap.start()) if gap else m.start()
            span = self.runs.ending_at(pos)
            if span and self.code == "de" and self._part_created(m.end()):
                continue  # "X hat die Figur der Ärztin Doris erfunden": the writer made the part, nobody plays it
            if not span and self.code == "en":
                # "Tessa Orrell is perfect in the role of Edith": a copula and a word or three of praise
                praise = _COPULA_PRAISE_BEFORE.search(before) or _LOWER_GAP_BEFORE.search(before)
                span = self.runs.ending_at(m.start() + 1 - (len(before) - praise.start())) if praise else None
            if not span and self.code == "en":
                # "X brings a warm, wry presence to the role of Y": the clause's subject
                span = self._clause_subject_en(m.start() + 1)
            if not span:
                continue
            actor_raw = self.run_text(span)
            det = m.group().split()[-1]
            after = text[m.end() : m.end() + 120]
            named = re.match(r"(?:[\w-]+\s+){0,3}?(?:namens|named|called)\s+", after)
            cpos = m.end() + (named.end() if named else 0)
            char_span = None
            p = cpos
            indefinite = False
            for _ in range(3):
                char_span = self.runs.starting_at(p)
                if char_span:
                    break
                w = _LOWER_WORD.match(text, p)
                if not w:
                    break
                indefinite = indefinite or (self.code == "en" and w.group() in ("a", "an"))
                p = w.end() + 1
            if char_span and indefinite:
                char_span = None  # "the part of an old Nazi camp guard": a description, no name
            if not char_span:
                # "takes on the part of the treacherous steward Berengar": more words before the role's name
                char, cdet = self._character_after(cpos) if self.code == "en" else (None, "")
                if cdet in ("a", "an"):
                    char = None  # "the part of an old Nazi concentration camp guard": no name
                self.add("actor", actor_raw, span[0], CLEAR, character=char)
                continue
            raw = self.run_text(char_span)
            if det.lower() in self.d.DEFINITE and not named:
                written = raw
                raw = _strip_genitive(raw, self.code)
                noun = self.lex.looks_like_noun(raw, self.code)
                if not noun and " " not in written and self.lex.looks_like_noun(written, self.code):
                    self.add("actor", actor_raw, span[0], CLEAR)  # "in der Rolle des Mannes mit ...": no name
                    continue
                if noun and p != m.end():
                    self.add("actor", actor_raw, span[0], CLEAR)  # "der zornigen Witwe": a description
                    continue
                char = self._definite(raw) if noun else self.character(raw, char_span[0])
            else:
                char = self.character(raw, char_span[0])
            self.add("actor", actor_raw, span[0], CLEAR, character=char)

    def _part_created(self, pos: int) -> bool:
        """The clause from ``pos`` ends in a verb of making a part up ("... erfunden", "... geschrieben"), before
        any comma (not "die Rolle der X, ..., ist so dünn geschrieben")."""
        end = self.analysis.sentence_of(pos)[1]
        comma = self.text.find(",", pos, end)
        return bool(_CREATED.search(self.text, pos, comma if comma >= 0 else end))

    def played_by(self) -> None:
        text = self.text
        for m in self.finds("played_by"):
            span = self.runs.starting_at(m.end())
            if not span:
                # "played by newcomer Ella Finch": a modifier before the name.
                mod = _MODIFIERS_BEFORE_NAME.match(text, m.end())
                span = self.runs.starting_at(mod.end()) if mod else None
            if not span and self.code == "en":
                # "played by a superbly oily Desmond Faulk": an article and a few words of praise
                mod = _PRAISE_BEFORE_NAME.match(text, m.end())
                span = self.runs.starting_at(mod.end()) if mod else None
            if span and self.code == "en":
                span = self._past_honours(span)
            if not span:
                continue
            actor_raw = self.run_text(span)
            sentence = self.analysis.sentence_of(m.start())
            head = text[sentence[0] : m.start()]
            char = None
            gap = re.search(
                r"(?<=[\w.)’'])(?=[\s,–—])(?:,|\s[–—-])?\s*(?:(?:[a-zäöüß][\w-]*)\s+){0,4}$|,\s+(?:a|an|the)\s+[^,.;()]{0,60}?\s*,?\s*$"
                r"|,\s+(?:who|which|der|die)\s+[^,.;()]{0,90},\s+(?:is|was|wird|wurde)\s+$",
                head,
            )
            if gap:
                cspan = self.runs.ending_at(sentence[0] + gap.start())
                if cspan:
                    char = self.character(self.run_text(cspan), cspan[0])
                if cspan and char and self._two_by_two(cspan, span):
                    continue
            if char is None and self.code == "en":
                # "Bertrand, the village priest, is played with quiet gravity by X": asides before the verb
                cspan = self._clause_subject_en(m.start(), role=True)
                char = self.character(self.run_text(cspan), cspan[0]) if cspan else None
            if char is None and self.code == "de" and head.rstrip().endswith(","):
                # "Den verschollenen Jens sieht man nur in Rückblenden, gespielt von X": the role opens the sentence.
                seen = _SEEN_THEN_PLAYED.fullmatch(head.rstrip()[:-1])
                if seen:
                    char = self.character(seen.group("char"), sentence[0] + seen.start("char"))
            self.add("actor", actor_raw, span[0], CLEAR, character=char)
        if self.code == "de":
            for m in self.finds("played_by_list"):
                if m.start(1) > m.start() + 4 and not self._named_after_article(m.group(1)):
                    continue  # "von der Band X gespielt": only "von der Laiendarstellerin X", "von der jungen X"
                spans = self.runs_in(m.start(1), m.end(1))
                subject = _PASSIVE_SUBJECT.search(text, max(0, m.start() - 60), m.start())
                cspan = self.runs.ending_at(subject.start()) if subject else None
                if not subject and text[max(0, m.start() - 2) : m.start()].rstrip().endswith(","):
                    # "der Bräutigam Henning, von X so sympathisch angelegt, ...": the role before the comma.
                    cspan = self.runs.ending_at(text.rfind(",", 0, m.start()))
                if subject and not cspan:
                    # "Die Eule Frau Holle, streng und weise, wird von X gesprochen": an apposition before the verb
                    appos = _APPOSITION_BEFORE_VERB.search(text, max(0, subject.start() - 120), subject.start())
                    cspan = self.runs.ending_at(appos.end(1)) if appos else None
                if subject and not cspan:
                    sentence = self.analysis.sentence_of(m.start())
                    rel = _ROLE_BEFORE_RELATIVE.fullmatch(text, sentence[0], subject.start())
                    cspan = self.runs.ending_at(rel.end("np")) if rel else None
                resp = _RESPECTIVELY.search(text, m.end(1), m.end())
                if resp:
                    # "Nele und Jost werden von A beziehungsweise B gespielt": the roles before, in order
                    second = self.runs.starting_at(resp.end())
                    roles = self._list_ending_at(subject.start()) if subject else []
                    actors = [*spans[-1:], *([second] if second else [])]
                    pairs = len(roles) == len(actors) == 2
                    for k, span in enumerate(actors):
                        role = self.character(self.run_text(roles[k]), roles[k][0]) if pairs else None
                        self.add("actor", self.run_text(span), span[0], CLEAR, character=role)
                    continue
                char = self.character(self.run_text(cspan), cspan[0]) if cspan and len(spans) == 1 else None
                for span in spans:
                    self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
            for m in self.finds("played_adj"):
                if m.start(1) > m.start() + 4 and not self._named_after_article(m.group(1)):
                    continue
                cspan = self.runs.starting_at(m.end())
                char = self.character(self.run_text(cspan), cspan[0]) if cspan else None
                if char and char.split()[0] in self.d.OPENERS:
                    char = None
                self.add("actor", m.group(1), m.start(1), CLEAR, character=char)

    def appositions(self) -> None:
        text = self.text
        for m in self.finds("cue_noun"):
            role = m.lastgroup or "crew"
            if role == "actor":
                start = m.end()
                if self.text.startswith("wie ", start) and _CAST_NOUN.fullmatch(m.group().strip()):
                    start += 4  # "Nebendarsteller wie X und Y": this film's cast ("Schauspieler wie X" compares)
                for name, pos in self.list_after(start):
                    self.hits.append(Hit("actor", name, pos, CLEAR))
                continue
            span = self.runs.starting_at(m.end())
            if not span and role == "director" and _DIRECTOR_PAIR.search(m.group()):
                # "von einem Regieduo aus Brünn: A und B haben ...": an origin and a colon before the names
                gap = _DUO_GAP.match(text, m.end())
                span = self.runs.starting_at(gap.end()) if gap else None
            if not span:
                continue
            if role == "director":
                nat = self._nationality(m.group(), text[max(0, m.start() - 40) : m.start()])
                if self.other_film_after(span[1]):
                    self.add("other_director", self.run_text(span), span[0], CLEAR)
                    continue
                pair = self._director_names(span[0]) if _DIRECTOR_PAIR.search(m.group()) else []
                if len(pair) >= 2:
                    # "das Regieduo A und B", "die Regisseurinnen A und B", "filmmakers Rohan and Meera Kapur":
                    # both direct, as a credit would say.
                    self.add_directors(pair, CREDIT, nationality=nat)
                else:
                    self.add("director", self.run_text(span), span[0], CLEAR, nationality=nat)
            else:
                # "Sängerin X", "Moderator X": a performer's trade, no job on this film's crew and no rival to a role.
                if role == "crew" and is_role_noun(m.group().strip(), getattr(self.d, "PERFORMER_NOUNS", frozenset())):
                    continue
                self.add(role, self.run_text(span), span[0], CLEAR)
        for m in self.finds("we_see"):
            for name, pos in self.list_after(m.end(), limit=4, skip=0):
                if " " in name:
                    self.hits.append(Hit("actor", name, pos, CLEAR))
        for m in self.finds("starring"):
            for name, pos in self.list_after(m.end()):
                self.hits.append(Hit("actor", name, pos, CLEAR))
        lead_role = self.mentions_any(self.d.TRIGGERS["lead_role"])
        may_direct = self.mentions_any(self.d.TRIGGERS["directs"])
        may_tell = self.code == "de" and bool(self.positions(" erzählt"))
        perform_words, lead_words, direct_words = self.p.perform_words, self.p.lead_words, self.p.direct_words
        n = len(text)
        for span in self.runs.spans:
            end = span[1]
            if end >= n:
                continue
            if text[end] != ",":
                # The three cues below open with "," or with spaces and a lower-case word: a run
                # followed by anything else needs no regex.
                after = end
                while after < n and text[after].isspace():
                    after += 1
                if after == end or after >= n or not text[after].islower():
                    continue
            if may_tell and text.startswith(" erzählt", span[1]) and self._tells(span):
                continue
            # the word after the run: each cue below opens with one of its words (a set test before the regex)
            nxt = None if text[end] == "," else _NEXT_LETTERS.match(text, end)
            word = None if text[end] == "," else (nxt.group(1) if nxt else "")
            if may_direct and (word is None or word in direct_words) and self.p.directs.match(text, span[1]):
                # "Kröger, der früher Werbung drehte, inszeniert flott": present tense, this film.
                directs = self.p.directs.match(text, span[1])
                raw = self.run_text(span)
                if directs and self._is_person_like(raw) and not self.other_film_after(directs.end()):
                    self.add("director", raw, span[0], CLEAR)
                continue
            # Both cues follow the name directly: "X in der Hauptrolle", "X glänzt".
            if lead_role and (word is None or word in lead_words) and self.p.lead_role.match(text, span[1]):
                lead_raw = self.run_text(span)
                lead_name = self.person(lead_raw)
                if self.code == "de" and _WORK_BY_BEFORE.search(text, max(0, span[0] - 12), span[0]):
                    continue  # "wo „Grauzone“ von X zu sehen war": the maker of a work shown, no performer
                if lead_name and (self.full_name(lead_name) or self.full_names_ending(lead_name.split()[-1])):
                    self.add("actor", lead_raw, span[0], CLEAR)
            elif (word is None or word in perform_words) and self.p.perform.match(text, span[1]):
                lead = text[max(0, span[0] - 25) : span[0]]
                if _PERFORM_LEAD.search(lead):
                    self.add("actor", self.run_text(span), span[0], HINT)
        for m in self.finds("release"):
            self.distributors.append((m.group(1), CREDIT, m.start(1)))
        # A byline starts at the text's start or at a line break: only those places are tried.
        for m in self._matches_at(self.p.byline, text, self._anchor_positions(("\n",)) | {0}):
            span = self.runs.starting_at(m.end())
            if span:
                self.add("critic", self.run_text(span), span[0], CREDIT)
        for m in self.finds("photo_credit"):
            line_end = text.find("\n", m.end())
            value = text[m.end() : line_end if line_end >= 0 else len(text)]
            value = value.split(")")[0]
            self._photo(value, m.start())

    def _tells(self, span: Span) -> bool:
        """ "Marta Quellwitz erzählt in „Titel“ von drei Frauen ...": a full name telling the reviewed film directs
        it; without the title ("X erzählt ohne Eile") it is a hint that a clearer credit outranks."""
        raw = self.run_text(span)
        name = self.person(raw)
        if not name or name != raw or not self.full_name(name):
            return False
        tail = self.text[span[1] + 8 : span[1] + 60]
        quoted = _TITLE_SOON.match(tail)
        titled = quoted is not None and self.is_film_title(quoted.group(1))
        self.add("director", raw, span[0], CLEAR if titled else HINT)
        return True

    def _nationality(self, noun: str, before: str) -> str | None:
        """ "der dänischen Regisseurin", "US-Regisseur", "the French director", "South Korean filmmaker"."""
        words = before.split()
        candidates = []
        if "-" in noun.split()[0]:
            candidates.append(noun.split("-")[0].lower())
        if words:
            candidates.append(words[-1].lower().rstrip(",-"))
            if len(words) > 1:
                candidates.append(f"{words[-2].lower()} {words[-1].lower()}")
        table = self.d.NATIONALITY_ADJ
        for w in reversed(candidates):
            if w in table:
                return str(table[w])
            if self.code == "de":
                stem = _ADJ_INFLECTION.sub("", w)
                if stem in table:
                    return str(table[stem])
        return None

    def demonyms(self) -> None:
        """ "der Französin Odile Marchand": a nationality noun before a director's name."""
        for m in self.finds("demonym"):
            span = self.runs.starting_at(m.end())
            if span:
                country = self.d.NATIONALITY_NOUN[m.group("noun")]
                self.hits.append(Hit("nationality", self.run_text(span), span[0], HINT, nationality=country))

    def other_film_after(self, pos: int) -> bool:
        """ "Piet Olsen’s “The Quiet Harbour”": a quoted title that is not the reviewed film."""
        m = _QUOTED_AFTER.match(re.sub(r"^(?:['’]s|s)\b", "", self.text[pos : pos + 90]))
        return m is not None and bool(self.titles) and not self.is_film_title(m.group(1))

    def directors_by(self) -> None:
        for m in self.finds("directed_by"):
            listed = self.list_after(m.end(), limit=3, skip=0)
            if not listed:
                # "directed by veteran documentarian Peter Lasko": a description before a full name
                found = self._director_names(m.end())
                listed = [(n, p) for n, p in found if self.full_name(n)]
            if len(listed) >= 2 and self._clause_goes_on(listed[-1]):
                listed = listed[:-1]  # "Regie führte A und B spielt die Mutter": B opens the next clause
            partner = self._partner_after(listed[-1]) if listed and self.code == "de" else None
            if partner and not self._clause_goes_on(partner):
                listed = [*listed, partner]  # "unter der Regie von A und ihrem Bruder B"
            for name, pos in listed:
                self.hits.append(Hit("director", name, pos, CREDIT))
            self._link(listed)
        if self.code == "de":
            self._film_of_described()
            self._title_then_tells()
        for m in self.finds("film_by"):
            span = self.runs.starting_at(m.end())
            if span and self.code == "de" and self._other_film_named_before(m.start()):
                self.add("other_director", self.run_text(span), span[0], CLEAR)  # "„Y“, dem neuen Film von X"
                continue
            if span and not self.other_film_after(span[1]):
                found = self._director_names(span[0])
                if len(found) >= 2 and self._clause_goes_on(found[-1]):
                    found = found[:1]
                if len(found) >= 2 and not self.other_film_after(found[-1][1] + len(found[-1][0])):
                    self.add_directors(found, CLEAR)  # "ein Film von A und B"
                else:
                    self.add("director", self.run_text(span), span[0], CLEAR)
        for m in self.finds("directed_after"):
            self.add("director", m.group(1), m.start(1), CLEAR)
        if self.code == "de" and (self.positions("ist ihr ") or self.positions("ist sein ")):
            self._own_film()
        for key, role in (("written_by", "writer"), ("composed_by", "composer"), ("crew_by", "crew")):
            for m in self.finds(key):
                for name, pos in self.list_after(m.end(), limit=4):
                    if " " in name or self.full_names_ending(name):
                        self.hits.append(Hit(role, name, pos, CLEAR))

    def _listed_before(self, span: Span) -> tuple[str, int] | None:
        """The full name joined by "und" right before ``span`` ("A und B legen ihren Film vor": A)."""
        head = self.text[max(0, span[0] - 6) : span[0]]
        if not head.endswith(" und "):
            return None
        before = self.runs.ending_at(span[0] - 5)
        name = self.person(self.run_text(before)) if before else None
        return (name, before[0]) if before and name and " " in name and self.full_name(name) else None

    def _title_then_tells(self) -> None:
        """ "In „Sturmzeit“ erzählen die Zwillingsschwestern A und B, die ..., von einem Fischerdorf": the reviewed
        film's title, a verb of telling, then its makers (a plural verb: all of them; one name: a hint that a clearer
        credit outranks)."""
        if not self.titles:
            return
        told: list[re.Match[str]] = []
        if len(self.low) == len(self.text):
            spans = {self.analysis.sentence_of(p) for v in (" erzähl", " schilder") for p in self.positions(v)}
            for start, end in sorted(spans):
                low = self.low[start:end]
                if any(q in low for q in ("in „", 'in "', "in »", "in “")):
                    told.extend(_IN_TITLE_TELLS.finditer(self.text, start, end))
        for m in told:
            if not self.is_film_title(m.group(1)):
                continue
            found = [(n, p) for n, p in self._director_names(m.end(), limit=3) if self.full_name(n)]
            end = self.analysis.sentence_of(m.start())[1]
            if not found or not _TELLS_OF.search(self.text, found[-1][1], end):
                continue  # "In „X“ erzählen A und B, wie es war": people telling on screen, not its makers
            if len(found) >= 2 and m.group("verb").endswith("n"):
                self.add_directors(found, CLEAR)
            elif len(found) == 1 and not m.group("verb").endswith("n"):
                self.add("director", found[0][0], found[0][1], HINT)

    def _partner_after(self, last: tuple[str, int]) -> tuple[str, int] | None:
        """ "Regie führten A und ihr Lebensgefährte B", "A und sein Bruder B": a possessive and a relation (or a
        co-director's noun) between two directors a plural cue names."""
        end = self.text.find(last[0], last[1])
        m = _PARTNER_AFTER.match(self.text, end + len(last[0])) if end >= 0 else None
        if not m or not (
            is_relation_noun(m.group("noun"), self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
            or re.fullmatch(r"(?:Co-?|Ko-)?(?:Regisseur|Regisseurin|Partner|Partnerin)", m.group("noun"))
        ):
            return None
        span = self.runs.starting_at(m.end())
        name = self.person(self.run_text(span)) if span else None
        return (name, span[0]) if span and name and self.full_name(name) else None

    def _film_of_described(self) -> None:
        """ "„Die Nachtfähre“, der zweite Spielfilm der Georgierin X", "dem neuen Film des Schweizers X": a film noun,
        a genitive article, a demonym or a director's noun, then the maker's full name. A quoted title before it that
        is not the reviewed film makes X that film's director."""
        text = self.text
        seen: set[int] = set()
        for trigger in ("ilm de", "werk de"):
            for pos in self.positions(trigger):
                m = _FILM_OF_DESCRIBED.match(text, pos + len(trigger) - 3)
                if not m or m.start() in seen:
                    continue
                seen.add(m.start())
                noun = m.group("noun")
                nationality = self._nationality_between(m.start(), m.end("noun"))  # "des iranischen Regisseurs"
                if _SIBLINGS.fullmatch(noun):
                    found = self._director_names(m.end(), limit=3)
                    if len(found) >= 2 and not self._other_film_named_before(pos):
                        self.add_directors(found, CLEAR)  # "der Film der Brüder Jannik und Mats Oldenburg"
                    continue
                if not nationality and not _DIRECTOR_NOUN.fullmatch(noun):
                    continue  # "der Film des Jahres", "der Film der Schauspielerin X"
                span = self.runs.starting_at(m.end())
                name = self.person(self.run_text(span)) if span else None
                if not span or not name or self.other_film_after(span[1]):
                    continue
                if not (self.full_name(name) or self._voice_name(name)):
                    continue  # (a demonym or "Regisseurs" before it: two name-shaped words are enough)
                if self._other_film_named_before(pos):
                    self.add("other_director", self.run_text(span), span[0], CLEAR)
                    continue
                self.add("director", self.run_text(span), span[0], CLEAR, nationality=nationality)

    def _other_film_named_before(self, pos: int) -> bool:
        """ "mit „Kaltfront“, dem neuen Film von X", "„Kaltfront“ ist der neue Film von X": a quoted title that is not
        the reviewed film stands right before the film noun, in the same sentence."""
        if not self.titles:
            return False
        start = max(self.analysis.sentence_of(pos)[0], pos - 120)
        head = _TITLE_THEN_FILM_NOUN.search(self.text, start, pos + 40)
        return head is not None and head.end() > pos and not self.is_film_title(head.group(1))

    def _own_film(self) -> None:
        """ "X hat bislang Kurzfilme gedreht; dies ist ihr erster langer Spielfilm": the person named last
        before "ist ihr/sein (erster) Film" made it (a hint: a credit or a clearer cue outranks it)."""
        for m in _OWN_FILM.finditer(self.text):
            start = self.analysis.sentence_of(m.start())[0]
            previous = self.analysis.sentence_of(max(0, start - 2))[0]
            for span in reversed(self.runs.within(previous, m.start())):
                raw = self.run_text(span)
                name = self.person(raw)
                if name and self.full_name(name):
                    self.add("director", raw, span[0], HINT)
                    break

    def add_directors(self, found: list[tuple[str, int]], strength: int, nationality: str | None = None) -> None:
        """Directors named together by one cue: each a hit, and partners of each other (see :meth:`_directors`)."""
        for k, (name, pos) in enumerate(found):
            self.add("director", name, pos, strength, nationality=nationality if k == 0 else None)
        self._link(found)

    def _link(self, found: list[tuple[str, int]]) -> None:
        for name, _ in found:
            for other, _ in found:
                if other != name:
                    self._partners[name].add(other)

    def _director_names(self, pos: int, *, limit: int = 3) -> list[tuple[str, int]]:
        """The director or directors named from ``pos``, after a few adverbs, an article, adjectives and a describing
        noun ("diesmal der junge Kroate X", "veteran documentarian X"): "A", "A und B", "A & B", "A, B and C", and
        "Mira und Jakob Ostertag" (two given names sharing the surname: both in full)."""
        text, n = self.text, len(self.text)
        dp = _director_patterns(self.code)
        adverbs = dp.adverbs
        for _ in range(5):
            while pos < n and text[pos] in " \u00a0":
                pos += 1
            m = _LOWER_WORD.match(text, pos)
            if not m:
                break
            word = m.group()
            if dp.other_roles.fullmatch(word):
                return []  # "shot by cinematographer X", "Regie führte die Schauspielerin X" (a crew word first)
            if not (
                word in adverbs
                or word in _ARTICLES
                or word.endswith(("e", "en", "er", "ly"))
                or word[0].isdigit()
                or word.lower() in self.d.NATIONALITY_ADJ
                or len(word) > 6
            ):
                break
            pos = m.end()
        found: list[tuple[str, int]] = []
        while len(found) < limit:
            span = self.runs.starting_at(pos)
            if not span:
                break
            if not found:
                span = self._without_describing_noun(span)
            raw = self.run_text(span)
            name = self.person(raw)
            if not name:
                break
            found.append((name, span[0] + max(0, raw.find(name))))
            glue = _LIST_GLUE.match(text, span[1])
            if not glue or not self.runs.starting_at(glue.end()):
                break
            pos = glue.end()
        if len(found) >= 2:
            last = names.tokens(found[-1][0])
            if len(last) >= 2:
                surname = " ".join(last[1:])
                found = [
                    (f"{name} {surname}", p) if " " not in name and self._given(name) else (name, p)
                    for name, p in found[:-1]
                ] + found[-1:]
            found = [(name, p) for name, p in found if " " in name or self.full_names_ending(name)]
        return found

    def _without_describing_noun(self, span: Span) -> Span:
        """ "Grazerin Lisa Pichlmayr", "Kroate Ivan Barić", "Münchner Florian Weiß-Ebner": a run of three or more words
        whose first is no given name opens with a noun describing the person; the name is the rest."""
        words = self.run_text(span).split(" ")
        if len(words) >= 3 and words[0][:1].isupper() and not self.lex.is_first_name(words[0]):
            return (span[0] + len(words[0]) + 1, span[1])
        return span

    def director_phrases(self) -> None:
        """Director cues a fixed regex per cue cannot hold: "Regie führte diesmal der junge Kroate X", "Inszeniert hat
        es der Schweizer X", "A und B inszenierten", "A and B co-directed", "the directing duo of A and B", "In her
        feature debut, X", "X, the Spanish director whose ...", "hat mit „X“ seinen dritten Langfilm gedreht"."""
        dp = _director_patterns(self.code)
        text = self.text
        if self.titles and self.code == "de":
            # "„Grenzland“ von Katrin Moll": the reviewed film's title, then its maker
            for m in _TITLE_BY.finditer(text):
                if self.is_film_title(m.group(1)):
                    found = self._director_names(m.end())
                    end = found[-1][1] + len(found[-1][0]) if found else 0
                    # the title and its maker as one phrase ("„X“ von Y war ...", "„X“ von Y, ..."), not "„X“ von Y
                    # synchronisiert" nor "„X“ von A / B" (a musical's authors)
                    if found and self.full_name(found[0][0]) and _TITLE_BY_END.match(text, end):
                        self.add_directors(found, CLEAR)
        if not self.mentions_any(dp.triggers):
            return
        for m in dp.leads.finditer(text):
            found = self._director_names(m.end())
            if not found or self.other_film_after(found[-1][1] + len(found[-1][0])):
                continue
            if len(found) == 1 and not self.full_name(found[0][0]):
                continue
            if len(found) >= 2 and not _PLURAL_LEAD.search(m.group()) and self._clause_goes_on(found[-1]):
                found = found[:1]  # "Regie führte A und B spielt die Mutter": B is the next clause's subject
            partner = self._partner_after(found[-1]) if self.code == "de" and _PLURAL_LEAD.search(m.group()) else None
            if partner:
                found = [*found, partner]  # "Regie führten A und ihr Lebensgefährte B"
            # "In ihrem Spielfilmdebüt erzählt X", "In her feature debut, X": a hint that an actor's cue outranks
            strength = HINT if m.group()[:3] in ("In ", "Mit", "in ") else CLEAR
            self.add_directors(found, strength, nationality=self._nationality_between(m.end(), found[0][1]))
        for m in dp.together.finditer(text):
            quoted = _QUOTED_TITLE.search(m.group())
            if quoted and self.titles and not self.is_film_title(quoted.group(1)):
                continue  # "A und B haben 2019 „Y“ inszeniert": another film
            start = self.analysis.sentence_of(m.start())[0]
            head = _NAME_LIST_END.search(text, max(start, m.start() - 160), m.start())
            if not head:
                continue
            found = self._director_names(head.start(), limit=4)
            if found and found[-1][1] + len(found[-1][0]) >= head.end() - 1:
                self.add_directors(found, CLEAR)
        for m in dp.own_film.finditer(text):
            start = self.analysis.sentence_of(m.start())[0]
            for span in reversed(self.runs.within(start, m.start())):
                span = self._without_describing_noun(span)
                name = self.person(self.run_text(span))
                if name and " " in name and self.full_name(name):
                    self.add("director", name, span[0], HINT)
                    partner = self._listed_before(span) if m.group().startswith("ihren") else None
                    if partner:
                        # "Nach „X“ legen A und B nun ihren zweiten Spielfilm vor": both made it
                        self.add("director", partner[0], partner[1], HINT)
                        self._link([(name, span[0]), partner])
                    break
        for m in dp.apposition.finditer(text):
            before = self.runs.ending_at(m.start())
            if before and self.full_name(self.run_text(before)):
                nat = self._nationality_between(m.start(), m.end())
                self.add("director", self.run_text(before), before[0], CLEAR, nationality=nat)

    def _clause_goes_on(self, last: tuple[str, int]) -> bool:
        """Whether a lower-case word follows the last of several names: they may be the subject of a new clause."""
        end = self.text.find(last[0], last[1])
        end = end + len(last[0]) if end >= 0 else last[1] + len(last[0])
        word = _LOWER_WORD.match(self.text, end + 1)
        return word is not None and self.text[end : end + 1] == " " and word.group() not in _LIST_END_WORDS

    def _nationality_between(self, start: int, end: int) -> str | None:
        """A nationality adjective or noun among the words from ``start`` to ``end`` ("der junge Kroate", "the
        Spanish director")."""
        for word in re.findall(r"[\w-]+", self.text[start:end]):
            for noun in (word, word[:-1], word[:-2]):  # "des Iren", "dem Schweden", "des Schweizers": declined
                if noun in self.d.NATIONALITY_NOUN and (noun == word or word.endswith(("n", "en", "rs"))):
                    return str(self.d.NATIONALITY_NOUN[noun])
            low = word.lower()
            stem = _ADJ_INFLECTION.sub("", low) if self.code == "de" else low
            for key in (low, stem):
                if key in self.d.NATIONALITY_ADJ:
                    return str(self.d.NATIONALITY_ADJ[key])
        return None

    def possessives(self) -> None:
        """ "Mara Lindqvist's Glasshouse", "Jana Brenners packendes Justizdrama", "Marsh’s Viola"."""
        text = self.text
        for span in self.runs.spans:
            raw = self.run_text(span)
            possessive = text.startswith(("’s", "'s", "’ ", "' "), span[1])
            if not possessive and self.code == "en" and text.startswith(", whose ", span[1]):
                self._whose_role(span, raw)  # "Tessa Orrell, whose Edith is the heart of the film, ..."
                continue
            genitive = self.code == "de" and raw.endswith("s") and not raw.endswith("ss")
            if not possessive and not (self.code == "de" and (genitive or " " in raw)):
                continue
            after = text[span[1] : span[1] + 120]
            if self.code == "de" and not possessive:
                self._german_genitive(span, raw, after, genitive)
                if "s " in raw:
                    self._genitive_role(span, raw)
                continue
            rest = after[2:] if after[:2] in ("’s", "'s") else after[1:]
            quoted = _QUOTED_AFTER.match(rest)
            opener = raw.find(self.person(raw) or raw)
            if quoted and _COMPARED_BEFORE.search(text, max(0, span[0] - 40), span[0] + max(0, opener)):
                self.add("filmography", raw, span[0], CLEAR)  # "Like Harold Finch's 'The Quiet Year'": another film
                continue
            if quoted:
                # "Lindqvist's earlier „Glasshouse“": a director's filmography, no veto on directing this film
                role = "director" if self.is_film_title(quoted.group(1)) else "filmography"
                if role == "director" or self.titles:
                    self.add(role, raw, span[0], CLEAR)
                continue
            nxt = self.runs.starting_at(span[1] + (len(after) - len(rest)))
            if nxt and self.is_film_title(self.run_text(nxt)):
                self.add("director", raw, span[0], CLEAR)
                continue
            crew = _CREW_POSSESSED.match(rest)
            if crew:
                # "Tom Vogt's sepia-toned cinematography", "Mica Lind's score": crew, not the director.
                self.add(
                    "composer" if crew.group(1) in {"score", "music", "soundtrack"} else "crew", raw, span[0], CLEAR
                )
                continue
            if self.p.film_noun_after.match(" " + rest.lstrip()):
                # "X's horror movie": a director's film, but characters own films too ("Bond's fifth movie").
                if " " in raw.strip() or self.full_names_ending(raw.strip()):
                    self.add("director", raw, span[0], HINT)
                continue
            if self.code == "en":
                ch = re.match(r"\s*(?:character|role)\s*,?\s*", rest)
                if ch:
                    cspan = self.runs.starting_at(span[1] + (len(after) - len(rest)) + ch.end())
                    if cspan:
                        char = self.character(self.run_text(cspan), cspan[0])
                        self.add("actor", raw, span[0], CLEAR, character=char)
                    continue
                portrayal = _PORTRAYAL_OF.match(rest)
                if portrayal:
                    cspan = self.runs.starting_at(span[1] + (len(after) - len(rest)) + portrayal.end())
                    char = self.character(self.run_text(cspan), cspan[0]) if cspan else None
                    if not cspan:
                        # "X's portrayal of the ailing conductor, Sir Edmund Pike": a description first
                        char = self._character_after(span[1] + (len(after) - len(rest)) + portrayal.end())[0]
                    self.add("actor", raw, span[0], CLEAR, character=char)
                    continue
                perf = re.match(r"\s*(?:[a-z-]+\s+){0,2}(?:performance|portrayal|turn|acting)\b", rest)
                if perf:
                    self.add("actor", raw, span[0], CLEAR)
                    continue
                # "Marsh's Viola", "Lena Karvonen's brittle, funny Elspeth": adjectives may stand before the role
                lead = _POSSESSIVE_LEAD.match(rest)
                if (
                    lead
                    and (
                        _POSSESSIVE_LEAD_NOUN.search(lead.group())
                        or lead.group().rstrip().endswith(",")
                        # "brittle, funny Elspeth" lists adjectives; "Clinton's age, pilot Whitmore" does not
                        or (
                            "," in lead.group()
                            and not all(_ADJECTIVE_SHAPE.search(w) for w in lead.group().split()[:-1])
                        )
                        or set(lead.group().replace(",", " ").split())
                        & _NOT_SUBJECT_LEAD  # "Y's explanation of Marian"
                    )
                ):
                    continue  # "X's co-star Y", "X's new film Z": the possessed is no role
                cspan = self.runs.starting_at(span[1] + (len(after) - len(rest)) + (lead.end() if lead else 0))
                if cspan and (
                    _POSSESSIVE_ROLE_END.match(text, cspan[1])
                    or self._given_role_then_verb(self.run_text(cspan), cspan)
                ):
                    cand = self.run_text(cspan)
                    if cand.lower() not in self.d.NATIONALITY_ADJ and not self.lex.is_common(cand, self.code):
                        self.add("possessive", raw, span[0], HINT, character=cand)

    def _given_role_then_verb(self, cand: str, cspan: Span) -> bool:
        """ "Georg Haberl's Stefan feel like real people": a possessed given name (after a title word, if any) right
        before a lower-case word is a role, whatever the verb."""
        words = [t for t in cand.split(" ") if t not in self.d.HONORIFICS]
        after = _LOWER_WORD.match(self.text, cspan[1] + 1)
        return (
            len(words) == 1
            and self._given(words[0])
            and self.text.startswith(" ", cspan[1])
            and after is not None
            and after.group() not in _NOT_SUBJECT_LEAD  # not "Lewis Carroll's Alice in Wonderland"
        )

    def _whose_role(self, span: Span, raw: str) -> None:
        """ "X, whose Edith is ...": the role after "whose", linked as a possessive is (see :meth:`finish`)."""
        cspan = self.runs.starting_at(span[1] + len(", whose "))
        if cspan and _POSSESSIVE_ROLE_END.match(self.text, cspan[1]):
            cand = self.run_text(cspan)
            if not self.lex.is_common(cand, self.code):
                self.add("possessive", raw, span[0], HINT, character=cand)

    def _genitive_role(self, span: Span, raw: str) -> None:
        """ "Lena Brauers Wiebke", "Brauers Wiebke": an actor's genitive before the role's given name (German).
        It pairs only when the text names that person as a performer elsewhere (see :meth:`finish`)."""
        parts = names.tokens(raw)
        for i, tok in enumerate(parts[:-1]):
            if not tok.endswith("s") or tok.endswith("ss") or len(tok) < 4 or self._given(tok):
                continue
            rest = parts[i + 1 :]
            if len(rest) > 2 or not self._given(rest[0]) or self._role_noun(rest[0]):
                return
            owner = " ".join([*parts[:i], tok[:-1]])
            if any(t in self.d.OPENERS or self._role_noun(t) for t in parts[:i]):
                return
            if re.search(rf"(?:{self.d.DIRECTOR_NOUNS})\s*$", self.text[max(0, span[0] - 30) : span[0]]):
                return  # "Regisseur Ohlsens Wiebke": the director's character
            self.hits.append(Hit("genitive", owner, span[0], HINT, character=" ".join(rest)))
            return

    def _german_genitive(self, span: Span, raw: str, after: str, genitive: bool) -> None:
        """ "Brenners packendes Drama", "in Jana Brenners ebenso komischem wie bitterem Film", "X seinen Film"."""
        fn = self.p.film_noun_after.match(after)
        if not fn:
            return
        between = after[: fn.start("noun")].split()
        pronoun = bool(between) and between[0] in _POSSESSIVE_PRONOUNS
        if pronoun:
            between = between[1:]
            genitive = False
        elif not genitive and not between:
            return
        if any(
            not (w in _ADJ_GLUE or w.startswith("(") or w.endswith(_ADJ_ENDINGS)) or w in _NOT_ADJECTIVE
            for w in between
        ):
            return
        name = raw
        if genitive:
            stem = raw[:-1]
            name = raw if self.text.count(raw) > 1 and self.text.count(stem) == self.text.count(raw) else stem
        if self.is_film_title(name) or self.is_film_title(raw):
            return
        person = self.person(name)
        if not person or not (self._is_person_like(person) or self.full_names_ending(person.split()[-1])):
            return
        if any(self.lex.is_common(t, self.code) for t in names.tokens(person)):
            return
        if self.other_film_after(span[1] + fn.end()):
            self.add("filmography", name, span[0], CLEAR)  # "Andonovs letzter Film „Der Hafen“"
            return
        self.add("director", name, span[0], CLEAR)

    def captions(self) -> None:
        for m in self.finds("caption"):
            line_end = self.text.find("\n", m.end())
            line = self.text[m.start() : line_end if line_end >= 0 else len(self.text)]
            if len(line) > 220:
                continue
            for span in self.runs_in(m.start(1), m.end(1)):
                raw = self.run_text(span)
                if self.full_name(raw):
                    self.add("actor", raw, span[0], CLEAR)

    def play_lists(self) -> None:
        """ "Ada Pohl, Lene Kranz und Mia Stoll die ... Schwestern spielen"."""
        spans = self.runs.spans
        text = self.text
        i = 0
        while i < len(spans):
            j = i
            while j + 1 < len(spans) and _LIST_GLUE.fullmatch(text, spans[j][1], spans[j + 1][0]):
                j += 1
            if j > i and self.p.list_end.match(text, spans[j][1]):
                items: list[tuple[str, int]] = []
                for span in spans[i : j + 1]:
                    name = self.person(self.run_text(span))
                    if not name or " " not in name:
                        items = []
                        break
                    items.append((name, span[0]))
                if len(items) >= 2 and any(self.full_name(n) for n, _ in items):
                    for name, pos in items:
                        self.hits.append(Hit("actor", name, pos, CLEAR))
            i = j + 1

    def relative_roles(self) -> None:
        """German verb-final clauses: "Lea Kortmann, die die Managerin Alma spielt, ..."."""
        if self.code != "de":
            return
        text = self.text
        for m in self.p.relative_play.finditer(text):
            span = self._run_before_clause(m.start())
            if not span:
                continue
            if self._actor_inside_relative(m, span):
                continue
            if m.group("pronoun") not in ("der", "die"):
                continue
            raw = self.run_text(span)
            if not (self.full_name(raw) or self.full_names_ending(raw)):
                span = self._name_after_preposition(span)
                if not span:
                    continue
                raw = self.run_text(span)
            inner = m.group("inner")
            char = None
            cspans = self.runs_in(m.start("inner"), m.end("inner"))
            if len(cspans) == 1 and _DEFINITE_START.match(inner):
                char = self.character(self.run_text(cspans[0]), cspans[0][0])
                if char and " " not in char and self.lex.looks_like_noun(char, self.code):
                    char = None if _ADJECTIVE_INSIDE.search(inner) else char
            if char is None and len(cspans) == 1:
                char = self._bare_role_name(inner, cspans[0])
            named = _NAMED_CALLED.search(text, m.start("inner"), m.end("inner")) if char is None else None
            if named and cspans and cspans[-1][0] == named.end() and len(cspans) <= 2 and _OBJECT_NAMED.match(inner):
                # "X, die hier eine Schauspielerin namens Ayumi spielt": the name after "namens" is the part
                char = self.character(self.run_text(cspans[-1]), cspans[-1][0])
            self.add("actor", raw, span[0], CLEAR, character=char)

    def _name_after_preposition(self, span: Span) -> Span | None:
        """ "Neben Frederike Lamm, die ...", "An der Seite von Frederike Lamm, die ...": the run took the preposition
        (or the noun and "von") before the name; the full name at its end is the clause's antecedent."""
        raw = self.run_text(span)
        name = self.person(raw)
        if not name or name == raw or not raw.endswith(" " + name) or not self.full_name(name):
            return None
        head = raw[: -len(name)].split()
        if not (
            head[-1] in ("von", "vom")
            or (len(head) == 1 and (head[0].lower() in _PREPOSITIONS_DE or head[0] in _CLAUSE_OPENERS_DE))
        ):
            return None
        return (span[1] - len(name), span[1])

    def _bare_role_name(self, inner: str, cspan: Span) -> str | None:
        """ "Svenja Többen, die Kat spielt, ...": the clause holds only the role's name, no article, and it opens with a
        given name (not "die Klavier spielt", "der Tennis spielt", "die Berlin spielt")."""
        bare = _BARE_ROLE.fullmatch(inner)
        raw = self.run_text(cspan)
        if not bare or bare.group("name") != raw:
            return None
        parts = raw.split(" ")
        if not self._given(parts[0]) or places.canonical(parts[0]) or self.is_film_title(raw):
            return None  # "die Berlin spielt": a place; "die Klavier spielt": no given name
        return None if self.full_name(raw) and raw in self._credited else raw

    def subordinate_roles(self) -> None:
        """German verb-final clauses after a conjunction: "Dass Lene Voss die Bäckerin Hilde spielt, ist ein
        Glücksfall", "..., weil X den Wirt Anton so trocken gibt". Present tense only (a past part may be another
        film's)."""
        if self.code != "de":
            return
        text = self.text
        for start, end in self._trigger_spans(("spielt", "verkörpert", "mimt", "gibt", "anlegt")):
            for m in _SUBORDINATE_PLAY.finditer(text, start, end):
                span = self.runs.starting_at(m.start("actor"))
                if not span or span[1] != m.end("actor") or not self.full_name(self.run_text(span)):
                    continue
                cspans = self.runs_in(m.start("inner"), m.end("inner"))
                if len(cspans) != 1:
                    continue
                char = self.character(self.run_text(cspans[0]), cspans[0][0])
                if char and " " not in char and self.lex.looks_like_noun(char, self.code):
                    char = None if _ADJECTIVE_INSIDE.search(m.group("inner")) else self._definite(char)
                if m.group().startswith(("wie", "Wie")) and not (char and self._given(char.split(" ")[-1])):
                    continue  # "wie X den Ball spielt": after "wie" only a named part makes X a performer
                self.add("actor", self.run_text(span), span[0], CLEAR, character=char)

    def _run_before_clause(self, pos: int) -> Span | None:
        """The run before a clause's comma, past a sentence adverb ("Ihre Schwester So-ra dagegen, die ...")."""
        span = self.runs.ending_at(pos)
        if span:
            return span
        head = self.text[max(0, pos - 20) : pos]
        word = head.rsplit(None, 1)[-1] if head.strip() else ""
        if word in self.d.CLAUSE_ADVERBS:
            return self.runs.ending_at(pos - len(word))
        return None

    def _actor_inside_relative(self, m: re.Match[str], span: Span) -> bool:
        """ "Frau Kratochwil, die Ursula Brandl mit herrlichem Schmäh spielt": the clause's subject is the actor."""
        inner = self.runs.starting_at(m.start("inner"))
        if not inner or inner[0] != m.start("inner"):
            return False
        raw = self.run_text(inner)
        if not self.full_name(raw) or _DEFINITE_START.match(m.group("inner")):
            return False
        char = self.character(self.run_text(span), span[0])
        if not char or (" " not in char and self.lex.looks_like_noun(char, self.code)):
            char = None
            appos = _APPOSITION_BEFORE.search(self.text, max(0, span[0] - 120), span[0])
            named = self.runs.ending_at(appos.start()) if appos else None
            if named:
                char = self.character(
                    self.run_text(named), named[0]
                )  # "Ferdinand Hollitzer, ein Fabrikant, den X gibt"
        self.add("actor", raw, inner[0], CLEAR, character=char)
        return True

    def passive_relatives(self) -> None:
        """ "Inés, die von Camila Soto mit großer Würde gespielt wird": the role before the comma."""
        if self.code != "de":
            return
        for m in self.p.relative_passive.finditer(self.text):
            span = self.runs.ending_at(m.start())
            char = self.character(self.run_text(span), span[0]) if span else None
            if char and " " not in char and self.lex.looks_like_noun(char, self.code):
                char = None
            self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def object_first(self, m: re.Match[str]) -> bool:
        """ "Den Meteorologen Tomás spielt Alejandro Fuentes": German object-first order (the role, then the actor)."""
        sentence = self.analysis.sentence_of(m.start())
        head = _OBJECT_FIRST.fullmatch(self.text, sentence[0], m.start())
        if not head:
            # "..., seine Geliebte Vera spielt Chulpan Reis": a clause after a comma, object first.
            # (a colon opens such a clause too: "Ganz am Rand: die Frau an der Tankstelle spielt X")
            # (and a semicolon: "...; ihren Sohn Jakob spielt X")
            comma = max(
                self.text.rfind(",", sentence[0], m.start()),
                self.text.rfind(":", sentence[0], m.start()),
                self.text.rfind(";", sentence[0], m.start()),
            )
            head = _OBJECT_FIRST_CLAUSE.fullmatch(self.text, comma + 1, m.start()) if comma >= 0 else None
        if not head:
            return self._named_object_first(m, sentence)
        lead = _SUBJECT_ARTICLE.match(self.text, m.end())  # "Den Jost gibt der wunderbare X"
        span = self.runs.starting_at(lead.end() if lead else m.end())
        if not span:
            return False
        raw = self.run_text(span)
        full = self.full_name(raw) or (len(names.tokens(raw)) >= 2 and bool(self.person(raw)))
        if not (full or self.full_names_ending(raw)):
            return False
        if _CREW_OBJECT.match(head.group("obj")) or raw.split(" ", 1)[0] in self.d.HONORIFICS:
            return False  # "Das Drehbuch von X gibt der Kommissarin Ulla kaum etwas zu tun": no part, no performer
        char = None
        obj = head.group("obj")
        nick = _NICKNAMED.search(self.text, head.end("obj"), head.end())
        if nick:
            # "Die Ausreißerin, die von allen nur „Motte“ genannt wird, spielt X": the nickname is the role's name
            self.add("actor", raw, span[0], CLEAR, character=nick.group(1))
            return True
        cspans = self.runs_in(head.start("obj"), head.end("obj"))
        if head.group("det").lower() != "den" and not any(
            self._given(names.tokens(self.run_text(c))[-1]) for c in cspans
        ):
            # "Die Mutter, eine harte Frau, spielt X" (nominative or accusative): only a named role pairs.
            if not cspans or self.full_name(self.run_text(cspans[0])):
                return False
            self.add("actor", raw, span[0], CLEAR, character=self._named_in_apposition(head.end("obj"), head.end()))
            self._gapped_object_first(span[1])
            return True
        if cspans and not _PREPOSITION_INSIDE.search(obj):
            char = self.character(self.run_text(cspans[-1]), cspans[-1][0])
            last = self.run_text(cspans[-1])
            if not char and head.group("det") == "Den" and " " not in last and self.lex.looks_like_noun(last, "de"):
                char = last  # "Den überforderten Vater spielt X": a definite role
        elif cspans and cspans[0][0] == head.start("obj"):
            # "Den Opernsänger im dritten Stock spielt X": the role named by its noun.
            first = self.run_text(cspans[0])
            char = first if " " not in first and self.lex.looks_like_noun(first, self.code) else None
        if char and _PART_OF_OBJECT.match(obj) and " " not in char and self.lex.looks_like_noun(char, self.code):
            char = None  # "Den Part des Bösewichts übernimmt X": a genitive noun names no part
        self.add("actor", raw, span[0], CLEAR, character=char)
        self._gapped_object_first(span[1])
        return True

    def _named_in_apposition(self, start: int, end: int) -> str | None:
        """ "Die Hauptfigur, die Kellnerin Dunja, spielt X", "Den Part des Bösewichts, eines Schleusers namens Viktor,
        übernimmt X": the apposition after a part noun names the role (an article, a noun, then one given name)."""
        appos = _NAMED_APPOSITION.fullmatch(self.text, start, end)
        if not appos or _PREPOSITION_INSIDE.search(appos.group("np")):
            return None  # "Die Mutter, eine Freundin von Anna, ...": Anna is someone else
        if "namens " in appos.group("np"):
            return self._nicknamed_in(appos.group("np"), appos.start("np"))  # "einen Taugenichts namens Benno"
        cspans = self.runs_in(appos.start("np"), appos.end("np"))
        if len(cspans) != 1 or cspans[0][1] != appos.end("np"):
            return None
        char = self.character(self.run_text(cspans[0]), cspans[0][0])
        words = [t for t in (char or "").split(" ") if t not in self.d.HONORIFICS]
        return char if words and self._given(words[-1]) and not self.full_name(char or "") else None

    def _gapped_object_first(self, end: int) -> None:
        """ "Die Mutter spielt X, den Vater Tom Kessler": a second role and actor, the verb left out.
        Only a relation word and the actor's full name ("den Vater Tom Kessler") are read."""
        gap = _GAPPED_OBJECT.match(self.text, end)
        span = self.runs.starting_at(gap.end()) if gap else None
        if not span or not _SENTENCE_STOP.match(self.text, span[1]):
            return
        raw = self.run_text(span)
        parts = names.tokens(raw)
        k = 0
        while k < len(parts) - 1 and (self._role_noun(parts[k]) or parts[k] in self.d.HONORIFICS):
            k += 1
        rest = parts[k:]
        if not k or len(rest) < 2:
            return
        # (A name of three words may be a role and an actor, or one actor: left alone.)
        if len(rest) == 2 and self.full_name(" ".join(rest)):
            self.add("actor", " ".join(rest), span[0] + raw.find(rest[0]), CLEAR)  # "den Vater Tom Kessler"

    def _named_object_first(self, m: re.Match[str], sentence: Span) -> bool:
        """ "Étienne, den Großvater, spielt Pascal Durandeau": a name, its apposition, the verb, the actor."""
        head = _NAME_THEN_APPOSITION.fullmatch(self.text, sentence[0], m.start())
        span = self.runs.starting_at(m.end()) if head else None
        if not head or not span or not self.full_name(self.run_text(span)):
            return False
        named = self.runs.within(head.start("name"), head.end("name"))
        if len(named) != 1 or named[0] != (head.start("name"), head.end("name")):
            return False
        char = self.character(self.run_text(named[0]), named[0][0])
        if not char or (" " not in char and self.lex.looks_like_noun(char, self.code)):
            return False
        self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
        return True

    def copula_roles(self) -> None:
        """ "Mehta is her deputy, Raj": an actor's surname, "is", a relation, then the role's name."""
        if self.code == "de":
            self._german_copula_roles()
            return
        if " is " not in self.text:
            return
        for span in self.runs.spans:
            m = _COPULA_ROLE.match(self.text, span[1])
            bare = _COPULA_ROLE_BARE.match(self.text, span[1]) if not m else None
            if not m and not bare and self.code == "en":
                named = _IS_GIVEN_ROLE.match(self.text, span[1])
                if named and self._given_role(named.group(1)) and not places.canonical(named.group(1)):
                    # "Tom Hanksley is Otto, and ...", "Newcomer Tavi Roa is Pip, the runaway": a performer's
                    # full name, "is", a role's given name (linked as a possessive is: see ``finish``)
                    who = self._past_honours(span)
                    actor = self.person(self.run_text(who))
                    if actor and " " in actor and self._is_person_like(actor):
                        self.add("possessive", actor, who[0], HINT, character=named.group(1))
                    continue
            if bare and not set(bare.group(1).replace("/", " ").split()) & _NOT_SUBJECT_LEAD:
                cspan = self.runs.starting_at(bare.end())
                raw = self.run_text(span)
                actor = self.person(raw)
                if cspan and actor and " " in actor and _SENTENCE_STOP.match(self.text, cspan[1]):
                    # a link only for someone the text credits as a performer (checked in ``finish``)
                    self.add("possessive", raw, span[0], HINT, character=self.run_text(cspan))
                continue
            if not m:
                # "Moreau is Adela Brandt.": an actor's surname, "is", a full role name, the sentence ends.
                m = _COPULA_NAME.match(self.text, span[1])
                subject = self.run_text(span)
                if m and self._role_is_actor(span, m.end()):
                    continue
                if not m or not (self.full_name(subject) or self.full_names_ending(subject)):
                    continue
                cspan = self.runs.starting_at(m.end())
                if cspan and self._given_role_described(cspan) and self.full_name(subject):
                    pass  # "Tessa Orrell is Edith, a bookkeeper with a secret"
                elif not cspan or " " not in self.run_text(cspan) or not _SENTENCE_STOP.match(self.text, cspan[1]):
                    continue
            raw = self.run_text(span)
            actor = self.person(raw)
            cspan = self.runs.starting_at(m.end())
            if not actor or not cspan or not (" " in actor or self.full_names_ending(actor)):
                continue
            char = self.character(self.run_text(cspan), cspan[0])
            if char and names.tokens(char)[0] not in self.d.OPENERS:
                self.add("actor", raw, span[0], CLEAR, character=char)

    def _given_role_described(self, cspan: Span) -> bool:
        """ "Edith, a bookkeeper": a lone given name that an apposition right after describes (a role, not a trait
        such as "Irish, and ...")."""
        raw = self.run_text(cspan)
        return " " not in raw and self._given(raw) and bool(_DESCRIBED_AFTER.match(self.text, cspan[1]))

    def _role_is_actor(self, span: Span, after_is: int) -> bool:
        """ "Edith is Tessa Orrell, who ...": a role's lone name opening the sentence, "is", an actor's full name.
        (Not "Orrell is Edith Marsh.", where the lone name is the actor's surname.) True when paired."""
        subject = self.run_text(span)
        if " " in subject or subject in self.d.OPENERS or subject in _PRONOUNS or self.full_names_ending(subject):
            return False
        if self.analysis.sentence_of(span[0])[0] != span[0]:
            return False
        aspan = self.runs.starting_at(after_is)
        if not aspan or not _ACTOR_THEN_CLAUSE.match(self.text, aspan[1]):
            return False
        actor = self.run_text(aspan)
        if not self.full_name(actor) or self.lex.is_common(subject, self.code):
            return False
        char = self.character(subject, span[0])
        return bool(char) and self.add("actor", actor, aspan[0], CLEAR, character=char) is not None

    def _german_copula_roles(self) -> None:
        """ "Lindholm ist seine Ex-Freundin Sandra": a known actor, "ist", a relation, then a given name."""
        if " ist " not in self.text:
            return
        text = self.text
        for m in _COPULA_ROLE_DE_BARE.finditer(text):
            # The pattern is led by the literal "ist" so the engine can skip to it; the spaces before it belong to the match.
            start = m.start()
            while start > 0 and text[start - 1].isspace():
                start -= 1
            if start == m.start():
                continue  # "Christ ist ...": no space before "ist"
            span = self.runs.ending_at(start)
            cspan = self.runs.starting_at(m.end())
            if not span or not cspan:
                continue
            raw = self.run_text(span)
            if not (self.full_name(raw) or self.full_names_ending(raw)):
                continue
            role_raw = self.run_text(cspan)
            char = self.character(role_raw, cspan[0])
            if not char or not _SENTENCE_STOP.match(self.text, cspan[1]):
                continue
            # "ist seine Ex-Freundin Sandra", "ist die jüngere Schwester Smilla": a relation word, then the name;
            # after "der/die" the relation must be said ("ist die Entdeckung Lina" is no role)
            described = len(names.tokens(role_raw)) > len(names.tokens(char))
            if m.group("det") in ("der", "die") and not described:
                continue
            if self._given(names.tokens(char)[0]) or described:
                self.add("actor", raw, span[0], CLEAR, character=char)
        pos = text.find(" ist ")
        while pos >= 0:
            # "Lena Brauer ist Wiebke, eine Fischerin ...": an actor's full name, "ist", a given name, an apposition
            upper = text[pos + 5 : pos + 6].isupper()
            span, cspan = (self.runs.ending_at(pos), self.runs.starting_at(pos + 5)) if upper else (None, None)
            if span and cspan and _IS_NAME_THEN.match(text, cspan[1]):
                raw, role_raw = self.run_text(span), self.run_text(cspan)
                if (
                    (self.full_name(raw) or (" " not in raw and self.full_names_ending(raw)))
                    and self.person(raw) == raw
                    and self._given(names.tokens(role_raw)[0])
                    and self.character(role_raw, cspan[0]) == role_raw
                    and not self.is_film_title(role_raw)
                    and not places.canonical(role_raw)
                    and self.analysis.sentence_of(span[0])[0] == span[0]
                ):
                    self.add("actor", raw, span[0], CLEAR, character=role_raw)
            pos = text.find(" ist ", pos + 5)
        pos = text.find(", das ist ")
        while pos >= 0:
            # "Hauke, das ist Jonas Brekke, ...": the role, then the actor
            cspan, span = self.runs.ending_at(pos), self.runs.starting_at(pos + 10)
            if cspan and span and _THAT_IS_END.match(text, span[1]):
                actor = self.person(self.run_text(span))
                char = self.character(self.run_text(cspan), cspan[0])
                if actor and char and " " in actor and actor != char and not self.is_film_title(char):
                    self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
            pos = text.find(", das ist ", pos + 10)

    def english_role_phrases(self) -> None:
        """ "As the architect, Julian Stroud, X broods": the role first, then the actor; "In smaller roles,
        A as a widow and B as a union man": performers of small parts."""
        if self.code != "en":
            return
        text = self.text
        for rx in (_AS_ROLE_FIRST, _IN_ROLE_FIRST, _ROLE_FIRST_INVERTED):
            if rx is _IN_ROLE_FIRST and not any(w in text for w in ("ing ", "In the ", " as ")):
                continue
            self._role_first(rx)
        if " of " in text and (" role " in text or " part " in text):
            for m in _ROLE_GOES_TO.finditer(text):
                if self._is_person_like(self.person(m.group("actor")) or ""):
                    char = self.character(m.group("char"), m.start("char"))
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        self._english_voices_and_small_roles()

    def _sentence_openings(self) -> list[int]:
        """Where a role-first sentence may open (see :meth:`_role_first`), in order; found once per review."""
        if self._openings is None:
            self._openings = sentence_openings(self.text)
        return self._openings

    def _role_first(self, rx: re.Pattern[str]) -> None:
        """ "As Edith, X ...": the role opens the sentence, the actor follows the comma."""
        text = self.text
        pos = 0
        # Tried only where a sentence opens: the text's start, after a line break, after ".;!?:" and one space
        # ("as" inside a sentence is not this cue).
        for start in self._sentence_openings():
            if start < pos or (m := rx.match(text, start)) is None:
                continue
            pos = m.end()
            actor = m.group("actor")
            if self.full_name(actor) or (self.code == "en" and self._performer_en(actor)):
                char = self.character(m.group("char"), m.start("char"))
                self.add("actor", actor, m.start("actor"), CLEAR, character=char)

    def _english_voices_and_small_roles(self) -> None:
        text = self.text
        if " voice" in text:
            # "X lends her voice to Madame Corbeau", "X returns as the voice of Pemberton"
            for m in _VOICE_OF_EN.finditer(text):
                if self._performer_en(m.group("actor")) and not self.other_film_before(m.start()):
                    char = self.character(m.group("char"), m.start("char"))
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        if " roles," not in text and " parts," not in text:
            return
        for m in _SMALL_ROLES.finditer(text):
            sentence = self.analysis.sentence_of(m.start())
            for a in self.p.as_word.finditer(text, m.end(), sentence[1]):
                span = self.runs.ending_at(a.start())
                if span and self.full_name(self.run_text(span)):
                    self.add("actor", self.run_text(span), span[0], CLEAR)

    def german_role_phrases(self) -> None:
        """German phrasings that name a role and its actor apart from the common cues: "Die Ermittlerin
        Dana, die ..., ist bei X in guten Händen", "Resi heißt sie, und X spielt sie", "In der Rolle des
        Mirko ist X zu sehen", "eine Nebenrolle der großartigen X", "in einer Nebenrolle X"."""
        if self.code != "de":
            return
        text = self.text
        if "Händen" in text or "aufgehoben" in text:
            for m in _IN_GOOD_HANDS.finditer(text):
                sentence = self.analysis.sentence_of(m.start())
                char = None
                for cspan in self.runs.within(sentence[0], m.start()):
                    char = self.character(self.run_text(cspan), cspan[0])
                    if char and not (" " not in char and self.lex.looks_like_noun(char, self.code)):
                        break
                    char = None
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        for m in self.finds("play"):
            if not _OBJECT_PRONOUN.match(text, m.end()):
                continue
            span = self.runs.ending_at(m.start())
            if not span or not self.full_name(self.run_text(span)):
                continue
            # "Resi heißt sie, und X spielt sie", "der Ingenieur Carl – X spielt ihn mit Charme –":
            # the role is the last name before the actor in the same sentence.
            sentence = self.analysis.sentence_of(m.start())
            char = self._pronoun_apposition(m.end())  # "X spielt ihn, den verbitterten Heimkehrer Gregor, ..."
            for cspan in reversed(self.runs.within(sentence[0], span[0]) if not char else []):
                char = self.character(self.run_text(cspan), cspan[0])
                if char and not (" " not in char and self.lex.looks_like_noun(char, self.code)):
                    break
                char = None
            if char:
                self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
        # (Each phrase is looked for only when its fixed words occur: a substring test is far cheaper.)
        for m in self._roles_of_performers():
            # "Die Dora der Ilka Brand ist ...": a role's name, then the performer in the genitive
            char, actor = m.group("char"), m.group("actor")
            if (
                self._given(char)
                and not self.lex.looks_like_noun(char, "de")
                and self.full_name(actor)
                and not self.other_film_before(m.start())
            ):
                self.add("actor", actor, m.start("actor"), CLEAR, character=char)
        pos = text.find(" stellt")
        while pos >= 0:
            # "X stellt den alten Imker Gustl dar": the separable verb closes the clause
            portrays = _PORTRAYS.match(text, pos + 1)
            span = self.runs.ending_at(pos) if portrays else None
            pos = text.find(" stellt", pos + 1)
            if not portrays or not span or not self.full_name(self.run_text(span)):
                continue
            if self.other_film_before(portrays.start()):
                continue
            char, _det = self._character_after(portrays.start("obj"))
            self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
        self._inverted_passives()
        if "espielt w" in text:
            # "Gespielt wird der Vater Claus von X": the passive with the role first.
            for m in _PLAYED_INVERTED.finditer(text):
                char = self.character(m.group("char"), m.start("char"))
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
            for m in _PLAYED_INVERTED_PRONOUN.finditer(text):
                if self.full_name(m.group("actor")):
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR)  # "Gespielt wird sie von X"
        pos = text.find("Als ")
        while pos >= 0:
            # "Als Fotografin Lene überzeugt Anna Vogt": the role first, a verb, then the actor (sentence start).
            opens = pos == 0 or text[pos - 1] == "\n" or text[pos - 2 : pos] in (". ", "! ", "? ", ": ")
            first = _AS_ROLE_VERB_ACTOR.match(text, pos) if opens else None
            if opens and not first:
                self._as_role_then_pronoun(pos)
            if first and self.analysis.sentence_of(pos)[0] == pos and self.full_name(self.person(first["actor"]) or ""):
                char = self.character(first["char"], first.start("char"))
                if char and not self.lex.looks_like_noun(char, self.code):
                    self.add("actor", first["actor"], first.start("actor"), CLEAR, character=char)
            pos = text.find("Als ", pos + 4)
        if "olle de" in text or "Part de" in text or "Figur de" in text:
            for m in _ROLE_OF_INVERTED.finditer(text):
                char = self.character(m.group("char"), m.start("char"))
                if char and " " not in char and (self.lex.looks_like_noun(char, "de") or self._role_noun(char)):
                    char = None  # "Die Rolle des Vaters übernimmt X": a relation without a name
                if char is None and m.group("appos"):
                    char = self._nicknamed_in(
                        m.group("appos"), m.start("appos")
                    )  # "..., eines Schleusers namens Viktor,"
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        self._double_cast_and_made_roles()
        if "besetzt" in text or "Stimme" in text or "spricht" in text or "verleiht" in text or "Figur, " in text:
            self._casting_and_voices()
        if "allen voran" in text or "angeführt von" in text or "vor allem" in text or " um " in text:
            for m in self._matches_at(_CAST_LED_BY, text, self._cast_noun_starts()):
                start, end = self.analysis.sentence_of(m.start())
                if any(not self.is_film_title(q.group(1)) for q in _QUOTED_TITLE.finditer(text, start, end)):
                    continue  # "das Ensemble um X in „Anderer Film“": another film's cast
                # "Die jungen Darsteller, allen voran A und B, ...", "Das Ensemble, angeführt von A, ...": the cast.
                for name, pos in self.list_after(m.end()):
                    if " " in name:
                        self.hits.append(Hit("actor", name, pos, CLEAR))
        self._plural_roles_lists()
        for rx, words in ((_SUPPORTING_ROLE_OF, ("rolle d", "rolle von")), (_IN_SUPPORTING_ROLE, ("n einer",))):
            if any(w in text for w in words):
                for m in rx.finditer(text):
                    before = text[m.start() - 1 : m.start()]
                    if before and (before.isalnum() or before in "-_"):
                        continue  # inside a longer word
                    if self.full_name(m.group("actor")):
                        self.add("actor", m.group("actor"), m.start("actor"), CLEAR)

    def _plural_roles_lists(self) -> None:
        """ "In kleineren Rollen wirken A und B mit", "In Nebenrollen sind A und B zu sehen", "Im Original sind A
        und B zu hören": a list of this film's actors after a plural "roles" or a version of the film."""
        text = self.text
        for word in ("ollen", "Original", "Fassung"):
            pos = text.find(word)
            while pos >= 0:
                m = _IN_ROLES_LIST.search(text, max(0, pos - 40), pos + 60)
                if m and m.start() <= pos < m.end():
                    for name, npos in self.list_after(m.end()):
                        if " " in name:
                            self.hits.append(Hit("actor", name, npos, CLEAR))
                pos = text.find(word, pos + 1)

    def _roles_of_performers(self) -> list[re.Match[str]]:
        """Matches of :data:`_ROLE_OF_PERFORMER`, tried only where a capitalised run follows " der " / " des " /
        " von " right after a given name (a scan of the whole text with a pattern that opens on an article costs)."""
        text = self.text
        glues = [
            s0 - 5
            for s0, e in self.runs.spans
            if s0 >= 8 and text[s0 - 5 : s0] in _GENITIVE_GLUES and " " in text[s0:e] and text[s0 - 6].isalpha()
        ]
        pos = text.find(" von ")  # "von" also joins a run ("Die Rosalie von Henrike Stolle")
        while pos >= 0:
            if text[pos + 5 : pos + 6].isupper():
                glues.append(pos)
            pos = text.find(" von ", pos + 1)
        starts: set[int] = set()
        for glue in glues:
            word = text.rfind(" ", 0, glue) + 1  # the role's name before " der "
            det = max(text.rfind(" ", 0, word - 1), text.rfind("\n", 0, word - 1)) + 1
            if (
                text[det : word - 1] in _ROLE_DETERMINERS
                and text[word : word + 1].isupper()
                and self._given(text[word:glue])
            ):
                starts.add(det)
        return self._matches_at(_ROLE_OF_PERFORMER, text, starts) if starts else []

    def _cast_noun_starts(self) -> set[int]:
        """Where a match of :data:`_CAST_LED_BY` can start: at one of its cast nouns, or at a letter of the
        word before "darsteller" / "schauspieler" ("Hauptdarsteller"); a scan of the whole text costs."""
        text = self.text
        starts: set[int] = set()
        for noun in _CAST_NOUNS:
            pos = text.find(noun)
            while pos >= 0:
                start = max(pos - 1, 0) if noun in _CAST_COMPOUND_TAILS else pos
                starts.add(start)
                while start > 0 and text[start - 1].isalpha():
                    start -= 1
                    starts.add(start)
                pos = text.find(noun, pos + 1)
        return starts

    def _casting_and_voices(self) -> None:
        """ "Die Rolle der Wiebke ist mit X ideal besetzt", "X leiht der Füchsin Wiebke ihre Stimme", "Wiebke bekommt
        ihre Stimme von X", "Im Original spricht X den Kater Mogli": castings and voice roles (German)."""
        text = self.text
        voices = (
            ("besetzt", _CAST_WITH),
            ("Stimme", _LENDS_VOICE),
            ("Stimme", _LENDS_VOICE_V2),
            ("Stimme", _LENDS_VOICE_RELATIVE),
            ("Stimme", _VOICE_FROM),
            ("verleiht", _LENDS),
            ("Figur, ", _GIVES_FIGURE),
            (" spricht ", _SPEAKS),
            (" spricht ", _SPEAKS_V2),
            ("Stimme", _ROLE_LENT_VOICE),
            (" spricht ", _ROLE_SPOKEN_BY),
            ("spricht", _SPEAKS_FINAL),
            ("spricht", _ROLE_SPOKEN_IN_CLAUSE),
            ("Stimme", _AS_VOICE_OF),
            ("Stimme", _VOICE_BELONGS),
        )
        for word, rx in voices:
            pos = text.find(word)
            done = -1
            while pos >= 0:
                sentence = self.analysis.sentence_of(pos)
                if sentence[0] > done:
                    done = sentence[1]
                    for m in rx.finditer(text, sentence[0], sentence[1]):
                        actor = self.person(m.group("actor"))
                        if not actor or not (self.full_name(actor) or self._voice_name(actor)):
                            continue
                        char = self.character(m.group("char"), m.start("char"))
                        if rx in (_SPEAKS_FINAL, _ROLE_SPOKEN_IN_CLAUSE) and not self._spoken_role(
                            m.group("char"), char
                        ):
                            continue  # "..., dass X die Sprache Italiens spricht": no voice role
                        if not char and self._given(m.group("char")):
                            char = m.group("char")  # "verleiht ihrer Wiebke ...": her Wiebke, a role's name
                        named = (
                            self._nicknamed_in(m.group("appos"), m.start("appos"))
                            if rx is _ROLE_SPOKEN_BY and m.group("appos")
                            else None
                        )
                        if named:
                            char = named  # "Den Scene-Stealer, einen Papageientaucher namens Reginald, spricht X"
                        elif rx in (_ROLE_SPOKEN_BY, _ROLE_LENT_VOICE) and self._definite_role(m):
                            char = m.group("char")  # "Den Fabrikdirektor spricht X": a definite role, as written
                        elif (
                            char and " " not in char and (self.lex.looks_like_noun(char, "de") or self._role_noun(char))
                        ):
                            char = None  # "Die Hauptrolle ist mit X besetzt": no role's name
                        if not char and rx in (_VOICE_BELONGS, _AS_VOICE_OF):
                            continue  # "Die Stimme der Vernunft gehört X": a figure of speech, no voice role
                        self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
                pos = text.find(word, pos + len(word))

    def _inverted_passives(self) -> None:
        """ "Verkörpert wird der greise Patriarch Ambrosius von dem 84-jährigen X": the participle first, the role,
        then the performer after "von" (an article and an age or praise word allowed)."""
        text = self.text
        starts = {p for word in _INVERTED_PARTICIPLES for p in lexmatch.occurrences(text, word)}
        for m in self._matches_at(_PARTICIPLE_INVERTED, text, starts) if starts else ():
            if not _PASSIVE_AUXILIARY.match(self.analysis.text, m.end("verb")):
                continue  # the blanking may have taken "wird": the original text must have it
            if m.group("lead") and not self._named_after_article(m.group("actor")):
                continue  # "von der Band X": only "von der jungen X", "von dem 84-jährigen X"
            char = self.character(m.group("char"), m.start("char"))
            if char and " " not in char and (self.lex.looks_like_noun(char, "de") or self._role_noun(char)):
                char = None  # "Verkörpert wird der Vater von X": a relation without a name
            self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _as_role_then_pronoun(self, pos: int) -> None:
        """ "Der Star ist Nikolai Wrede: Als Dirigent Valentin Hofer reißt er jede Szene an sich": the role first, a
        verb, a pronoun; the one person named just before (before the colon, or in the sentence before) plays it."""
        m = _AS_ROLE_VERB_PRONOUN.match(self.text, pos)
        if not m:
            return
        char = self.character(m["char"], m.start("char"))
        words = [t for t in (char or "").split(" ") if t not in self.d.HONORIFICS]
        if not char or not words or not self._given(words[0]):
            return  # "Als Kind wirkt er verloren": no named part
        sentence = self.analysis.sentence_of(pos)
        begun = sentence[0] if sentence[0] < pos else self.analysis.sentence_of(max(0, pos - 2))[0]
        people = {
            p: r
            for r in self.runs_in(begun, pos)
            if (p := self.person(self.run_text(r))) and " " in p and self.full_name(p)
        }
        if len(people) == 1:
            [(name, span)] = people.items()
            if not self._not_a_performer(name):
                self.add("actor", name, span[0], CLEAR, character=char)

    def _double_cast_and_made_roles(self) -> None:
        """ "X ist in einer Doppelrolle als A und B zu sehen" (both parts hers), "Für die Rolle der Ärztin Ruth konnte
        X gewonnen werden" (a casting), "X macht aus der Ärztin Ruth eine tragische Figur" (a named part only)."""
        for m in self._in_sentences_with(_DOUBLE_ROLE, ("doppelrolle",)):
            if not self.full_name(self.person(m["actor"]) or ""):
                continue
            for key in ("a", "b"):
                char = self.character(m[key], m.start(key))
                words = [t for t in (char or "").split(" ") if t not in self.d.HONORIFICS]
                if char and words and self._given(words[0]):
                    self.add("actor", m["actor"], m.start("actor"), CLEAR, character=char)
        for rx, triggers in ((_ROLE_WON_FOR, ("rolle de", "für die ")), (_MADE_FROM_ROLE, ("macht aus de",))):
            for m in self._in_sentences_with(rx, triggers):
                actor = self.person(m["actor"]) or ""
                if not self.full_name(actor) or self._not_a_performer(actor):
                    continue  # "Regisseur X macht aus der Heldin ...": the director shapes, no one plays
                char = self.character(m["char"], m.start("char"))
                words = [t for t in (char or "").split(" ") if t not in self.d.HONORIFICS]
                if char and words and self._given(words[0]):
                    self.add("actor", m["actor"], m.start("actor"), CLEAR, character=char)
                elif rx is _ROLE_WON_FOR:
                    self.add("actor", m["actor"], m.start("actor"), CLEAR)  # "Für die Rolle der Mutter konnte X ..."

    def _in_sentences_with(self, rx: re.Pattern[str], triggers: tuple[str, ...]) -> list[re.Match[str]]:
        """Matches of ``rx`` in the sentences that hold every one of ``triggers`` (lower case): a pattern led by a name
        run costs a full scan of the text, a substring search almost nothing."""
        found = [self.positions(t) for t in triggers]
        if not all(found):
            return []
        if len(self.low) != len(self.text):
            return list(rx.finditer(self.text))  # lower-casing moved the offsets ("İ"): scan it all
        sentences = sorted({self.analysis.sentence_of(p) for p in found[0]})
        out: list[re.Match[str]] = []
        for start, end in sentences:
            low = self.low[start:end]
            if all(t in low for t in triggers[1:]):
                out.extend(rx.finditer(self.text, start, end))
        return out

    def _pronoun_apposition(self, pos: int) -> str | None:
        """ "spielt ihn, den verbitterten Heimkehrer Gregor, mit ...": the pronoun's apposition names the part."""
        m = _PRONOUN_THEN_APPOSITION.match(self.text, pos)
        if not m:
            return None
        span = self.runs.starting_at(m.end())
        if not span or not _NAME_CLOSED.match(self.text, span[1]):
            return None
        char = self.character(self.run_text(span), span[0])
        words = [t for t in (char or "").split(" ") if t not in self.d.HONORIFICS]
        return char if words and self._given(words[0]) else None

    def _nicknamed_in(self, appos: str, start: int) -> str | None:
        """The given name after "namens" in an apposition ("eines Schleusers namens Viktor")."""
        m = _NAMED_CALLED.search(appos)
        if not m:
            return None
        span = self.runs.starting_at(start + m.end())
        raw = self.run_text(span) if span else ""
        return raw if raw and self._given(raw.split(" ")[0]) else None

    def _spoken_role(self, raw: str, char: str | None) -> bool:
        """A verb-final "spricht" credits a voice only for a named part: a given name, or a creature or trade noun
        before a name ("die weise Schildkröte Oma Ula")."""
        if not char:
            return False
        words = [t for t in char.split(" ") if t not in self.d.HONORIFICS] or char.split(" ")
        first = raw.split(" ")[0]
        return self._given(words[0]) or (first != char.split(" ")[0] and self._role_noun(first))

    def _voice_name(self, actor: str) -> bool:
        """A voice cue is strong enough to credit two name-shaped words no given-name list knows ("leiht Tarek Haddad
        dem Erdmännchen ..."): foreign given names are missing from every lexicon."""
        parts = actor.split(" ")
        return self.code == "de" and len(parts) == 2 and self._name_shaped(parts)

    def dashed_roles(self) -> None:
        """ "die Tierärztin Antje – wunderbar trocken: X –": the "(herrlich schrullig: X)" credit between dashes."""
        text = self.text
        for dash in ("–", "—"):
            pos = text.find(dash)
            while pos > 0:
                m = _DASHED_ROLE.match(text, pos)
                if m:
                    cspan = self.runs.ending_at(pos - 1) if text[pos - 1] == " " else None
                    char = self.character(self.run_text(cspan), cspan[0]) if cspan else None
                    if char and self.full_name(m.group("actor")):
                        self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
                pos = text.find(dash, pos + 1)

    def appearances(self) -> None:
        """ "Als Julias Vater tritt Sir Nigel Ashcombe auf", "taucht X auf": a performer appears (German)."""
        if self.code != "de":
            return
        if "uftritt" in self.text:
            for m in self._in_sentences_with(_HAS_APPEARANCE, ("uftritt",)):
                span = self.runs.ending_at(m.start())
                if not span:
                    continue
                for _ in range(2):  # "Der Gemeinderat X hat einen kleinen Auftritt": an article, a describing noun
                    span = self._without_describing_noun(span)
                raw = self.run_text(span)
                name = self.person(raw) or ""
                if self.full_name(name) and not self.other_film_before(m.start()):
                    self.add("actor", raw, span[0], CLEAR)  # "X hat einen kleinen Auftritt als Wirt"
        if "tritt" not in self.text and "taucht" not in self.text:
            return
        for m in _APPEARS.finditer(self.text):
            raw = m.group("name")
            name = self.person(raw) or ""
            if self.full_name(name) or names.tokens(raw)[0] in self.d.HONORIFICS:
                self.add("actor", raw, m.start("name"), CLEAR)

    def respectively(self) -> None:
        """ "A and B play his children, Tom and Bea, respectively": pairs in order."""
        text = self.text
        if "respectively" not in self.low and "beziehungsweise" not in self.low and "bzw." not in self.low:
            return
        for m in _RESPECTIVELY.finditer(text):
            chars = self._list_ending_at(m.start())
            second = self.runs.starting_at(m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            if second and self.code == "de":
                # "... beziehungsweise Idas jüngerer Bruder Ömer": a possessor, adjectives and a noun before the name
                described = _POSSESSOR_DESCRIBED.match(text, second[0])
                later = self.runs.starting_at(described.end()) if described else None
                second = later or second
            if len(chars) == 1 and second:
                chars.append(second)  # "A und B spielen Dora beziehungsweise Milan": the roles either side
            sentence = self.analysis.sentence_of(m.start())
            verb = None
            for v in self.p.play.finditer(text, sentence[0], m.start()):
                verb = v  # the last one before "respectively"
            if not verb and chars:
                # "A and B return as C and D, respectively": the last "as" before the roles, after a verb
                for v in _VERB_AS.finditer(text, sentence[0], chars[0][0] + 1):
                    verb = v
            if not verb and chars and self.code == "en":
                # "A and B return as the surviving siblings, C and D respectively": a description before the roles
                for v in _VERB_AS_DESCRIBED.finditer(text, sentence[0], chars[0][0] + 1):
                    verb = v
            if not verb and chars and self.code == "de":
                # "In Nebenrollen sind A und B als X beziehungsweise Y zu sehen": "als" right after the actors
                verb = _ALS_BEFORE.search(text, sentence[0], chars[0][0])
            passive = None
            for v in self.p.played_by.finditer(text, sentence[0], m.start()):
                passive = v  # "Bisi and Tunde are played by A and B, respectively": the roles first
            if passive and len(chars) >= 2:
                aux = _AUXILIARY_BEFORE.search(text, sentence[0], passive.start())
                roles = self._list_ending_at(aux.start()) if aux else []
                if len(roles) == len(chars):
                    for char_span, actor_span in zip(roles, chars, strict=True):
                        char = self.character(self.run_text(char_span), char_span[0])
                        self.add("actor", self.run_text(actor_span), actor_span[0], CLEAR, character=char)
                    continue
            if not verb and self.code == "de" and len(chars) >= 2 and self._roles_first_in_order(chars, sentence):
                continue
            if not verb or len(chars) < 2:
                continue
            actors = self._list_ending_at(verb.start())
            if len(actors) != len(chars):
                continue
            for actor_span, char_span in zip(actors, chars, strict=True):
                char = self.character(self.run_text(char_span), char_span[0])
                self.add("actor", self.run_text(actor_span), actor_span[0], CLEAR, character=char)

    def _roles_first_in_order(self, chars: list[Span], sentence: Span) -> bool:
        """ "Als Vater Konrad beziehungsweise Tochter Merle sind A und B zu sehen": the parts first, after "Als"
        opening the sentence, then a plural verb and as many performers, paired in order."""
        text = self.text
        if self.run_text(chars[0]).startswith("Als "):
            chars = [(chars[0][0] + 4, chars[0][1]), *chars[1:]]  # the opener inside the first run
        if not _ALS_OPENING.fullmatch(text, sentence[0], chars[0][0]):
            return False
        after = _PLURAL_VERB_AFTER.match(text, chars[-1][1])
        if not after:
            return False
        actors: list[Span] = []
        p = after.end()
        while len(actors) <= len(chars):
            span = self.runs.starting_at(p)
            if not span:
                break
            actors.append(span)
            glue = _LIST_GLUE.match(text, span[1])
            if not glue:
                break
            p = glue.end()
        if len(actors) != len(chars) or not all(self.full_name(self.run_text(a)) for a in actors):
            return False
        for actor_span, char_span in zip(actors, chars, strict=True):
            char = self.character(self.run_text(char_span), char_span[0])
            self.add("actor", self.run_text(actor_span), actor_span[0], CLEAR, character=char)
        return True

    def collective_roles(self) -> None:
        """ "A und B spielen die Eheleute Karl und Frieda": a plural noun that names the roles as a set keeps
        the order of the actors (a bare "A und B spielen Karl und Frieda" stays unpaired)."""
        if self.code != "de":
            return
        text = self.text
        for word in _COLLECTIVE_NOUNS:
            pos = text.find(f" {word} ")
            while pos >= 0:
                self._collective_at(pos, pos + len(word) + 2)
                pos = text.find(f" {word} ", pos + 1)

    def _collective_at(self, start: int, end: int) -> None:
        """Pair the actors before "spielen die <noun>" with the roles listed after it, when the counts agree."""
        text = self.text
        verb = _COLLECTIVE_VERB.search(text, max(0, start - 60), start)
        first = self.runs.starting_at(end) or self.runs.starting_at(start + 1)  # the run may open on the noun
        if not verb or not first or first[0] not in (end, start + 1) or first[1] <= end or not text[end].isupper():
            return
        roles = [(end, first[1])]
        while True:
            glue = _LIST_GLUE.match(text, roles[-1][1])
            nxt = self.runs.starting_at(glue.end()) if glue else None
            if not glue or not nxt or nxt[0] != glue.end():
                break
            roles.append(nxt)
        actors = self._list_ending_at(verb.start())
        if len(roles) < 2 or len(actors) != len(roles):
            return
        if not all(self.full_name(self.run_text(a)) for a in actors):
            return
        for actor_span, role_span in zip(actors, roles, strict=True):
            char = self.character(self.run_text(role_span), role_span[0])
            self.add("actor", self.run_text(actor_span), actor_span[0], CLEAR, character=char)

    def dative_relatives(self) -> None:
        """ "Idas beste Freundin Lotte, der X immerhin einigen Witz mitgibt, ...": a role, then a dative relative
        clause whose subject is its actor and whose verb gives something (mitgeben, verleihen, schenken, geben)."""
        if self.code != "de":
            return
        text = self.text
        for glue in (", der ", ", dem "):
            pos = text.find(glue)
            while pos >= 0:
                m = _DATIVE_GIVER.match(text, pos)
                span = self.runs.ending_at(pos) if m else None
                actor = m.group("actor") if m else ""
                gift = actor.rsplit(" ", 1)[-1]
                if gift in _PERFORMANCE_GIFTS:
                    actor = actor[: -len(gift) - 1]  # "der X Kontur gibt": the run took the gift along
                elif m and m.group("verb") in _PLAIN_GIVING:
                    span = None  # "Das Dorf, dem X sein Geld gibt": plot, unless the gift is a performance's
                if m and span and self.full_name(actor):
                    char = self.character(self.run_text(span), span[0])
                    if char and not (" " not in char and self.lex.looks_like_noun(char, self.code)):
                        self.add("actor", actor, m.start("actor"), CLEAR, character=char)
                pos = text.find(glue, pos + 1)

    def possessive_relatives(self) -> None:
        """ "Ingrid Paulsen, deren Haushälterin Gerda mehr weiß, ...": a performer, then a relative clause opened
        by "deren"/"dessen" naming her part (a trade or part noun and a name, or a name alone). A relation
        ("deren Tochter Lisa") may be the performer's own family and stays unpaired, as do directors and crew."""
        if self.code != "de":
            return
        text = self.text
        for glue in (", deren ", ", dessen "):
            pos = text.find(glue)
            while pos >= 0:
                self._possessive_relative(pos, pos + len(glue))
                pos = text.find(glue, pos + 1)

    def _possessive_relative(self, comma: int, after: int) -> None:
        span = self.runs.ending_at(comma)
        if not span:
            return
        name = self.person(self.run_text(span))
        if not name or not self.full_name(name):
            return
        if any(h.role in _NOT_PERFORMING and _norm(h.name) == _norm(name) for h in self.hits):
            return
        m = _POSSESSED_PART.match(self.text, after)
        role = self.runs.starting_at(m.end()) if m else None
        if not m or not role:
            return
        noun = m.group("noun")
        raw = self.run_text(role)
        if noun and not (self._trade_noun(noun) or _LEAD_ROLE_WORD.search(noun) or noun in ("Figur", "Part")):
            return  # "deren Tochter Lisa", "dessen Film ...": no part of hers
        if not noun and " " in raw and self.full_name(raw):
            return  # "deren Tom Berg ...": another person, not a part
        char = self.character(raw, role[0])
        if not char or (" " not in char and (self.lex.looks_like_noun(char, self.code) and not self._given(char))):
            return
        if not any(self._given(t) for t in char.split()):
            return
        self.add("actor", name, span[0], CLEAR, character=char)

    def _list_ending_at(self, pos: int) -> list[Span]:
        """The runs of a list "A, B and C" whose last run ends at ``pos`` (spaces and a comma skipped)."""
        end = self.runs.ending_at(pos, skip=" \u00a0,")
        if not end:
            return []
        out = [end]
        i = self.runs.spans.index(end) if end in self.runs.spans else -1
        if i < 0:
            return out
        while i > 0 and _LIST_GLUE.fullmatch(self.text, self.runs.spans[i - 1][1], self.runs.spans[i][0]):
            i -= 1
            out.insert(0, self.runs.spans[i])
        return out

    # -- pooling ---------------------------------------------------------------

    def canonical(self, name: str) -> str:
        """The text's fullest spelling: "Kern" -> "Otto Kern", "OTTO KERN" -> "Otto Kern"."""
        parts = names.tokens(name)
        if len(parts) != 1:
            longer = self._longer_name(parts)
            return longer or self._spellings().get(_fold(name), name)
        token = parts[0]
        full = self.full_names_ending(token)
        if not full and token.endswith("s"):
            full = self.full_names_ending(token[:-1])
        return full[0] if full else name

    def _longer_name(self, parts: list[str]) -> str | None:
        """ "Van Sant" -> "Gus Van Sant Jr.": the one longer full name that ends with these words."""
        core = [t for t in parts if t not in _SUFFIXES]
        found = []
        for full in self.full_names_ending(core[-1]):
            tokens = names.tokens(full)
            if len(tokens) > len(core) and tokens[-len(core) :] == core:
                found.append(full)
        # Only the few index entries under a suffix ("Jr.") can hold a longer name with one.
        for key in _SUFFIXES:
            for full in self.full_names_ending(key):
                tokens = names.tokens(full)
                if [t for t in tokens if t not in _SUFFIXES][-len(core) :] == core and len(tokens) > len(parts):
                    found.append(full)
        # Only a single candidate counts, so the order in which they were found does not matter.
        unique = set(found)
        return found[0] if len(unique) == 1 else None

    def _spellings(self) -> dict[str, str]:
        """Mixed-case spellings of full names in the text, by their accent-free lower-case form."""
        if self._spelling is None:
            self._spelling = {}
            for span in self.runs.spans:
                raw = self.run_text(span)
                if " " in raw and not raw.isupper():
                    self._spelling.setdefault(_fold(raw), raw)
        return self._spelling

    def _drop_box_hits(self) -> None:
        """Hits in the few lines under "More movie reviews" / "Mehr zum Thema" belong to other articles."""
        boxes = []
        for m in _TAIL_BOX.finditer(self.text):
            end = m.end()
            for _ in range(3):
                nxt = self.text.find("\n", end + 1)
                nxt = len(self.text) if nxt < 0 else nxt
                if nxt - end > 160:
                    break  # a paragraph of body text, not a teaser line
                end = nxt
            boxes.append((m.start(), end))
        if boxes:
            self.hits = [h for h in self.hits if not any(s <= h.start < e for s, e in boxes)]

    def norm(self, value: str) -> str:
        """:func:`_norm`, memoised for this review (the pooling below compares each name many times)."""
        key = self._norms.get(value)
        if key is None:
            key = self._norms[value] = _norm(value)
        return key

    def _other_film_zones(self) -> list[Span]:
        """Stretches about another film: from a sentence that opens with that film's quoted title ("„Kalte Ernte“
        des Österreichers X erzählt ...", "„Die Kurierin“: ...") to the end of its paragraph, unless the
        reviewed film's title comes back there; and German sentences about a role in another film ("In „Nordlicht“
        spielte X ..."). Round-ups and festival reports review several films on one page."""
        text = self.text
        zones: list[Span] = []
        if not self.titles:
            return zones
        starts = self._sentence_starts
        for q in self._quote_positions():
            i = bisect.bisect_right(starts, q) - 1
            start = starts[i] if i >= 0 else 0
            if q == start:
                m = _OTHER_FILM_LEAD.match(text, start)
                if not m or self.is_film_title(m.group(1)) or m.group(1)[-1:] in ".!?,;…":
                    continue
                if len(m.group(1).split()) > 8:
                    continue  # a line of dialogue, not a title
                para = next((p for p in self.analysis.paragraphs if p[0] <= start < p[1]), (start, len(text)))
                if any(self.is_film_title(t.group(1)) for t in _QUOTED_TITLE.finditer(text, m.end(), para[1])):
                    continue
                zones.append((start, para[1]))
            elif self.code == "de" and q - start < 60:
                # "In „Nordlicht“ spielte X die Lehrerin Tove": a sentence about a role in another film
                m = _OTHER_FILM_SENTENCE.match(text, start)
                if m and m.start(1) == q + 1 and not self.is_film_title(m.group(1)):
                    zones.append(self.analysis.sentence_of(start))
        return zones

    def _quote_positions(self) -> list[int]:
        """Where an opening quotation mark stands (a title or a quote may start there)."""
        text = self.text
        out: list[int] = []
        for mark in _OTHER_FILM_OPEN:
            pos = text.find(mark)
            while pos >= 0:
                out.append(pos)
                pos = text.find(mark, pos + 1)
        return sorted(out)

    def finish(self) -> None:
        self._drop_box_hits()
        zones = self._other_film_zones()
        if zones:
            # another film's people: neither this film's actors nor its roles
            self.hits = [
                h for h in self.hits if h.role not in _CAST_ROLES or not any(s <= h.start < e for s, e in zones)
            ]
        record = self.analysis.record
        film = record.film
        roles: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        first_hit: dict[tuple[str, str], Hit] = {}
        # A name's fullest spelling, once per name: a review repeats its names hit after hit. (The first call
        # indexes every hit's name as written; from then on ``canonical`` answers each name alike.)
        spelled: dict[str, str] = {}
        for hit in self.hits:
            name = spelled.get(hit.name)
            if name is None:
                name = spelled[hit.name] = self.canonical(hit.name)
            hit.name = name
            key = self.norm(hit.name)
            roles[key][hit.role] = max(roles[key][hit.role], hit.strength)
            first_hit.setdefault((key, hit.role), hit)
        actor_keys = {k for k, r in roles.items() if r.get("actor", 0) >= CLEAR}
        # "Marsh’s Viola": a possessive links a role only to someone already known as an actor.
        for hit in self.hits:
            known = self.norm(hit.name) in actor_keys or (
                hit.character is not None and " " in hit.name and self._given_role(hit.character)
            )
            directs = max(
                roles[self.norm(hit.name)].get(r, 0) for r in ("director", "writer", "other_director", "filmography")
            )
            if hit.role == "genitive":
                # "Lena Brauers Wiebke": only for a name the text also gives as a performer's
                hit.role, known = "possessive", roles[self.norm(hit.name)].get("actor", 0) >= HINT
            if hit.role == "possessive" and known and hit.character and directs < CLEAR:
                char = self.character(hit.character, hit.start)
                if char and not self.is_film_title(char):
                    hit.role, hit.character = "actor", char
                    roles[self.norm(hit.name)]["actor"] = max(roles[self.norm(hit.name)]["actor"], CLEAR)
        for hit in self.hits:
            if hit.role == "pronoun":
                hit.role = "actor"
                roles[self.norm(hit.name)]["actor"] = max(roles[self.norm(hit.name)]["actor"], HINT)
        characters = {self.norm(h.character) for h in self.hits if h.character and h.role == "actor"}

        film.directors = self._directors(roles, first_hit)
        director_keys = {self.norm(d.name) for d in film.directors}
        cast_seen: set[tuple[str, str]] = set()
        pair_strength: dict[tuple[str, str], int] = {}
        for h in self.hits:
            if h.role == "actor" and h.character:
                key2 = (self.norm(h.character), self.norm(h.name))
                pair_strength[key2] = max(pair_strength.get(key2, 0), h.strength)
        for hit in self.hits:
            if hit.role != "actor" or not hit.character or hit.character in _ARTICLE_CHARACTERS:
                continue
            here = (self.norm(hit.character), self.norm(hit.name))
            if pair_strength.get((here[1], here[0]), 0) > pair_strength[here]:
                continue  # "Anna Berg (Lina Vogt)" read both ways: the stronger reading (a credit list) wins
            pair = (self.norm(hit.character), self.norm(hit.name))
            if pair in cast_seen or pair[0] == pair[1]:
                continue
            if " " not in pair[0] and any(
                other != pair[0] and pair[0] in (other.split()[0], other.split()[-1])
                for other, actor in pair_strength
                if actor == pair[1]
            ):
                continue  # "Skolnik's Lyle" beside "Lyle Bevins (Garrett Skolnik)": the same role, named in full
            if self._titled_twin(pair, pair_strength):
                continue  # "Sgt. Dell Quint" in the prose beside "Dell Quint" in the credits: the stronger reading
            if self.code == "de" and self._relation_only(hit.character):
                continue  # "Die Mutter (X)", "X als Olafs Vorgesetzte": a relation without a name, no pair
            cast_seen.add(pair)
            film.cast.append(CastCredit(hit.character, hit.name, [self.analysis.sentence_of(hit.start)]))
        cast_actors = {a for _, a in cast_seen}
        actors_seen: set[str] = set()
        for hit in self.hits:
            key = self.norm(hit.name)
            if hit.role != "actor" or key in actors_seen:
                continue
            r = roles[key]
            strength = r.get("actor", 0)
            rival = max(
                r.get(x, 0)
                for x in ("writer", "composer", "crew", "critic", "other_director", "filmography", "director")
            )
            if key not in cast_actors:
                if strength < CLEAR and not self._hint_ok(hit):
                    continue
                if rival >= strength or key in director_keys:
                    continue
                if key in characters and strength < CREDIT:
                    continue
                if self.code == "de" and strength < CREDIT and self._described_character(hit.name, characters):
                    continue  # "Wirt Anton" beside the part "Anton": the part with its trade, no performer
            elif r.get("critic", 0) >= CREDIT:
                continue
            actors_seen.add(key)
            film.actors.append(Person(hit.name, [self.analysis.sentence_of(hit.start)]))
        film.writers = self._people("writer", roles, first_hit, characters)
        film.composers = self._people("composer", roles, first_hit, characters)
        if self.distributors and film.distributor is None:
            counts = Counter(self.norm(n) for n, _, _ in self.distributors)
            best = max(self.distributors, key=lambda d: (d[1] + (counts[self.norm(d[0])] > 1), counts[self.norm(d[0])]))
            if best[1] >= CLEAR or counts[self.norm(best[0])] > 1:
                film.distributor = Named(best[0], [self.analysis.sentence_of(best[2])])
        seen_countries: set[str] = set()
        for country, pos in self.countries:
            if country not in seen_countries:
                seen_countries.add(country)
                film.countries.append(Named(country, [self.analysis.sentence_of(pos)]))
        self.analysis.notes["persons"] = {k: dict(v) for k, v in roles.items()}

    def _described_character(self, name: str, characters: set[str]) -> bool:
        """Whether ``name`` is a trade or title word before a part's name ("Wirt Anton", "Pfarrer Anton")."""
        first, _, rest = name.partition(" ")
        return bool(rest) and self.norm(rest) in characters and self._role_word(first)

    def _titled_twin(self, pair: tuple[str, str], strengths: dict[tuple[str, str], int]) -> bool:
        """Whether the same actor's role is also read with or without a title in front ("Sgt. Dell Quint" and
        "Dell Quint") more strongly, or as strongly and with the title (the fuller name wins a tie)."""
        char, actor = pair
        if " " not in char:
            return False  # the shorter reading holds a space, the longer two
        if self._honorific_keys is None:
            self._honorific_keys = frozenset(self.norm(h) for h in self.d.HONORIFICS)
        honorifics = self._honorific_keys
        for (other, other_actor), strength in strengths.items():
            if other_actor != actor or other == char:
                continue
            longer, shorter = (char, other) if len(char) > len(other) else (other, char)
            head = longer[: len(longer) - len(shorter)].strip()
            if " " not in shorter or not longer.endswith(" " + shorter) or head not in honorifics:
                continue  # (a lone word beside the full role is dropped in finish already)
            mine = strengths[pair]
            return strength > mine or (strength == mine and char == shorter)
        return False

    def _given_role(self, character: str) -> bool:
        """A role named by one given name, after a title word in English ("Viola", "Father Dominic")."""
        words = character.split(" ")
        if self.code == "en" and len(words) == 2 and words[0] in self.d.HONORIFICS:
            return True  # "Hugo Ferreira's Captain Almeida": a title word names a character
        return len(words) == 1 and self._given(words[0])

    def _relation_only(self, character: str) -> bool:
        """Whether a role is only a relation to another character: "Mutter", "Onkel", "Braut", "Olafs
        Vorgesetzte", "Doras Mutter" (no name of its own)."""
        parts = character.split(" ")
        if len(parts) == 2 and parts[0][-1:] in ("s", "'", "’") and parts[0][:1].isupper():
            parts = parts[1:]  # "Olafs Vorgesetzte": a possessor, then the relation
        return len(parts) == 1 and is_relation_noun(parts[0], self.d.RELATION_NOUNS, self.d.RELATION_TRADES)

    def _hint_ok(self, hit: Hit) -> bool:
        """A hint alone makes an actor only for a full name the text gives no other role."""
        parts = names.tokens(hit.name)
        # A given name that is also a word ("Horst", "Rose", "Will") may open the name.
        return " " in hit.name and not any(
            self.lex.is_common(t, self.code) and not (i == 0 and self.lex.is_first_name(t)) for i, t in enumerate(parts)
        )

    def _directors(self, roles: dict[str, dict[str, int]], first_hit: dict[tuple[str, str], Hit]) -> list[Director]:
        scored = []
        for (key, role), hit in first_hit.items():
            if role != "director":
                continue
            r = roles[key]
            strength = r["director"]
            if r.get("critic", 0) >= CREDIT or (r.get("other_director", 0) >= strength and strength < CREDIT):
                continue
            if r.get("actor", 0) > strength:
                continue
            mentions = sum(1 for h in self.hits if self.norm(h.name) == key and h.role == "director")
            scored.append((strength, mentions, -hit.start, hit))
        if not scored:
            return []
        scored.sort(reverse=True, key=lambda s: (s[0], s[1], s[2]))
        top = scored[0][0]
        chosen = [s[3] for s in scored if s[0] == top] if top >= CREDIT else [scored[0][3]]
        # Co-directors named together with a chosen one ("A und B inszenierten") direct too.
        eligible = {self.norm(s[3].name): s[3] for s in scored}
        for hit in list(chosen):
            for key, others in self._partners.items():
                if self.norm(self.canonical(key)) != self.norm(hit.name):
                    continue
                for other in others:
                    mate = eligible.get(self.norm(self.canonical(other)))
                    if mate is not None and mate not in chosen:
                        chosen.append(mate)
        out = []
        for hit in chosen:
            nationality = next(
                (
                    h.nationality
                    for h in self.hits
                    if h.nationality
                    and self.norm(h.name) == self.norm(hit.name)
                    and h.role in ("director", "nationality")
                ),
                None,
            )
            evidence = [self.analysis.sentence_of(hit.start)]
            out.append(Director(hit.name, nationality, evidence))
        return out

    def _people(
        self, role: str, roles: dict[str, dict[str, int]], first_hit: dict[tuple[str, str], Hit], characters: set[str]
    ) -> list[Person]:
        out = []
        for (key, r), hit in first_hit.items():
            if r == role and key not in characters and roles[key].get("actor", 0) <= roles[key][role]:
                out.append(Person(hit.name, [self.analysis.sentence_of(hit.start)]))
        return out


_CREW_POSSESSED = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}(cinematography|camera|camerawork|photography|score|music|soundtrack|screenplay|script|"
    r"editing|costumes?|production\s+design|novel|book|play|source\s+novel|lens|sound\s+design)\b"
)
_ARTICLE_CHARACTERS = frozenset("La Le Les El Il Lo Der Die Das The Den Dem".split())
_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III"})
_GAP_NOUN = re.compile(r"(?:Ideal|Fehl)?[Bb]esetzung|Wahl|(?:Haupt|Titel|Neben|Kino|Film)?[Rr]olle")
#: "eine Schauspielerin namens Ayumi", "hier einen Fischer namens Olli": the part as the clause's object (not "mit
#: einem Hund namens Bello").
_OBJECT_NAMED = re.compile(
    r"(?:(?:selbst|hier|auch|nun|diesmal|wieder|erneut|zudem|außerdem|ebenfalls|jetzt)\s+)?(?:eine|einen|die|den)\s"
)
_DEFINITE_START = re.compile(
    r"(?:(?:selbst|hier|auch|nun|diesmal|wieder|erneut|zudem|außerdem|ebenfalls|jetzt)\s+)?(?:den|die|das|dem|der)\s"
)
_ADJECTIVE_INSIDE = re.compile(r"\s[a-zäöüß]+(?:e|en|er|es)\s")
_AS_GAP = re.compile(
    r"(?:\s*\([^()\n]{0,80}\))?,?(?:\s+(?:[a-zäöüß][\w-]*|(?:Ideal|Fehl)?[Bb]esetzung|Wahl|Rolle|choice)){0,4},?\s*$"
    r"|(?:['’]s?)?(?:,?\s+[a-z][\w-]*){0,7}\s+(?:performance|turn|work|job|scene|scenes|role|part|cameo|lines|moments)"
    r"(?:\s+(?:of|with)(?:\s+[a-z][\w-]*){1,3})?\s*$"
)
#: German: "X ist in ihrer ersten Hauptrolle als Y zu sehen" (a part's noun among five words).
_AS_GAP_DE = re.compile(
    r"(?:\s*\([^()\n]{0,80}\))?(?:\s+(?:[a-zäöüß][\w-]*|(?:Ideal|Fehl)?[Bb]esetzung|Wahl|(?:Haupt|Titel|Neben|Kino)?[Rr]olle)){0,5},?\s*$"
)
#: Titles that are part of how a role is called ("die Hausmeisterin Frau Kratochwil"), unlike "die Kommissarin".
_POSSESSIVE_STEMS = ("sein", "ihr", "his", "her", "mein", "my", "unser", "our", "their", "dein", "your")
_FORMS_OF_ADDRESS = frozenset("Frau Herr Fräulein Mr. Mrs. Ms. Miss Mister Madame Madam Monsieur".split())
_CAPSULE_DIRECTED = re.compile(rf"(?:Directed\s+by|Written\s+and\s+directed\s+by|Dir\.)\s+{RUN}\.\s*")
_CAPSULE_NAMES = rf"((?:{RUN})(?:(?:,\s+|,?\s+and\s+)(?:{RUN}))+)"
_CAPSULE_LIST_BEFORE = re.compile(rf"(?:^|(?<=[.!?)]\s)|(?<=\n)){_CAPSULE_NAMES}\.\s+$", re.M)
_CAPSULE_LIST_AFTER = re.compile(rf"{_CAPSULE_NAMES}\.(?:\s|$)")
_WITH_LIST = re.compile(
    rf"(?m)(?:^|(?<=[.!?]\s))With:?\s+((?:{RUN})(?:(?:,\s+|,?\s+and\s+)(?:{RUN}))+)(?:\s*\.(?:\s|$)|[ \t]*$)"
)
_WORD_THEN_SPACE = re.compile(r"(\w+) $")
#: Verbs of making a part up, not playing it ("hat die Figur der X erfunden / geschrieben").
_CREATED = re.compile(
    r"\b(?:erfunden|geschrieben|erdacht|ersonnen|geschaffen|erschaffen|entworfen|entwickelt|gezeichnet)\b"
)
#: Roles that keep a person from being paired by a weaker cue.
_NOT_PERFORMING = frozenset({"director", "writer", "composer", "crew", "critic", "other_director", "filmography"})
#: "deren (stets misstrauische) Haushälterin Gerda", "dessen Figur Jasper", "deren Gerda": the part after "deren".
_POSSESSED_PART = re.compile(r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,3}(?:(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)\s+)?(?=[A-ZÄÖÜ])")
#: "the station's ", "a ship's ": a lower-case noun's possessive right before a run (a thing's or a place's).
_THING_POSSESSOR_BEFORE = re.compile(r"\b(?:the|a|an|its|this|that)\s+[a-z][\w-]*['’]s\s+$")
#: "aus"/"from" right before a name: where a band or a team comes from.
_FROM_BEFORE = re.compile(r"\b(aus|from)\s+$")
#: Past tense of playing, and another work named near the role: a part in another film or series.
_PAST_PLAY_DE = frozenset("spielte verkörperte mimte gab spielten verkörperten".split())
_OTHER_WORK_DE = re.compile(r"[„“\"»]|\b(?:Serie|Fernsehserie|Vorgänger|Vorgängerfilm|Kurzfilm|Theaterstück)\b")
_IN_OTHER_WORK_DE = re.compile(r",?\s+(?:in|im)\s+(?:[„“\"»]|(?:der|einer)\s+(?:\w+)?[Ss]erie\b|Vorgänger)")
#: "Dass X die Bäckerin Hilde spielt", "weil X den Wirt gibt": a conjunction, the performer, the part, the verb.
_SUBORDINATE_PLAY = re.compile(
    rf"\b(?:[Dd]ass|[Ww]eil|[Oo]bwohl|[Ww]enn|[Dd]a|[Ss]olange|[Ww]ährend|[Ww]ie)\s+(?P<actor>{RUN})\s+"
    r"(?P<inner>(?:den|die|das)\s[^,.;:!?()\n]{1,60}?)\s+(?:spielt|verkörpert|mimt|gibt|anlegt)(?=\s*[,.;:–—]|\s+-\s)"
)
_SECOND_ROLE_GLUE = re.compile(r"\s+(?:und|sowie)\s+(?=[A-ZÄÖÜ])")
_CREW_OBJECT = re.compile(r"(?:Drehbuch|Buch|Kamera|Musik|Schnitt|Montage|Regie|Inszenierung|Film|Produktion)\b")
_ALS_OPENING = re.compile(r"\s*Als\s+(?:(?:der|die|den|dem)\s+)?(?:[a-zäöüß]+(?:e|en|er)\s+){0,2}")
_PLURAL_VERB_AFTER = re.compile(
    r"\s+(?:sind|spielen|sieht\s+man|sehen\s+wir|erleben\s+wir|glänzen|überzeugen|brillieren|agieren)\s+"
    r"(?:(?:hier|außerdem|zudem|auch|nun)\s+)?(?=[A-ZÄÖÜ])"
)
_V2_OPENERS = frozenset(
    """Darin Dabei Hier Dort Nun Dann Damit Danach Darauf Daneben Dazu Außerdem Zudem Ebenso Ebenfalls Diesmal
    Jetzt Heute Später Zuletzt Erneut Wieder Auch Zunächst Anfangs Schließlich Immerhin Leider Zum""".split()
)
_CAST_WITH = re.compile(
    rf"(?:(?:Die|die)\s+(?:Haupt|Titel|Neben)?(?:[Rr]olle|Figur)\s+(?:der|des)\s+(?:[a-zäöüß]+\s+){{0,2}})?(?P<char>{RUN})"
    rf"\s+ist\s+(?:[a-zäöüß]+\s+){{0,2}}mit\s+(?:(?:der|dem)\s+)?(?:[a-zäöüß]+\s+){{0,2}}(?P<actor>{RUN})"
    rf"\s+(?:[a-zäöüß]+\s+){{0,3}}besetzt"
)
#: Adjectives before "Stimme", joined by a comma or "und" ("ihre raue, tiefe Stimme").
_VOICE_ADJS = r"(?:[a-zäöüß]+(?:,|\s+und)?\s+){0,3}"
_LENDS_VOICE = re.compile(
    rf"(?P<actor>{RUN})\s+(?:leiht|lieh|gibt|gab)\s+(?:[a-zäöüß]+\s+){{0,3}}?(?:dem|der|den)\s+(?:[a-zäöüß]+\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre|die)\s+{_VOICE_ADJS}Stimme"
)
#: "In der deutschen Fassung leiht X der Schneehäsin Flocke ihre Stimme": the verb before the speaker.
_LENDS_VOICE_V2 = re.compile(
    rf"\b(?:leiht|lieh)\s+(?:(?:hier|dabei|auch|zudem|außerdem)\s+)?(?P<actor>{RUN})\s+(?:dem|der)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre)\s+"
    rf"{_VOICE_ADJS}Stimme\b"
)
#: "der Komiker X, der dem eitlen Walross Kapitän Hinnerk seine knarzige Stimme leiht": a relative clause.
_LENDS_VOICE_RELATIVE = re.compile(
    rf"(?P<actor>{RUN}),\s+(?:der|die)\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:dem|der)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre)\s+{_VOICE_ADJS}Stimme\s+(?:leiht|lieh|verleiht)\b"
)
_LENDS = re.compile(
    rf"(?P<actor>{RUN})\s+verleiht\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:dem|der|ihrer|seiner|ihrem|seinem)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+(?:eine|einen|ein|so\s+viel|viel)\s"
)
_VOICE_FROM = re.compile(
    rf"(?P<char>{RUN})\s+(?:bekommt|erhält|bekam|erhielt|hat)\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre|die)\s+"
    rf"(?:[a-zäöüß]+\s+)?Stimme\s+(?:[a-zäöüß]+\s+){{0,2}}von\s+(?:(?:der|dem)\s+)?(?:[a-zäöüß]+\s+){{0,2}}(?P<actor>{RUN})"
)
_SPEAKS = re.compile(
    rf"(?P<actor>{RUN})\s+spricht\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:den|die|das)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})"
)
_SPEAKS_V2 = re.compile(
    rf"spricht\s+(?:(?:hier|dabei|auch|im\s+Original)\s+)?(?P<actor>{RUN})\s+(?:den|die|das)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})"
)
#: "X gibt ihrer Figur, der Schneiderin Agathe, eine große Würde": the part in an apposition to "Figur".
_GIVES_FIGURE = re.compile(
    rf"(?P<actor>{RUN})\s+(?:gibt|verleiht|schenkt|leiht)\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:ihrer|seiner|der)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er)\s+)?(?:Figur|Rolle),\s+(?:der|dem)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN}),\s+(?:eine|einen|ein|viel|so)\s"
)
#: "..., während X die weise Schildkröte Ula spricht": a verb-final clause after a conjunction or a comma.
_SPEAKS_FINAL = re.compile(
    rf"(?:,|\b(?:während|wo|weil|dass|wenn|und))\s+(?P<actor>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:den|die|das)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,3}}?spricht(?=\s*[,.;:!?–—]|\s+-\s)"
)
#: "..., die kluge Eule Frau Minerva spricht X": the role first in a clause after a comma, colon or semicolon.
_ROLE_SPOKEN_IN_CLAUSE = re.compile(
    rf"(?<=[,:;]\s)(?:den|die|das)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+spricht\s+"
    rf"(?:(?:hier|dabei|auch)\s+)?(?P<actor>{RUN})(?=\s*[,.;!?]|\s+(?:mit|und)\b)"
)
#: "Der kleinen Wanda leiht die neunjährige X ihre Stimme": the role (dative) opens the sentence.
_ROLE_LENT_VOICE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?:Der|Dem)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+"
    rf"(?:leiht|lieh|gibt|gab|verleiht|verlieh)\s+(?:(?:der|die|das)\s+)?(?:[a-zäöüß\d-]+\s+){{0,2}}(?P<actor>{RUN})"
    rf"\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre|die)\s+{_VOICE_ADJS}Stimme"
)
#: "Den Kater Moritz spricht X mit ...": the role (accusative) opens the sentence, the speaker follows the verb.
_ROLE_SPOKEN_BY = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))Den\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})"
    rf"(?P<appos>,\s+(?:einen|den)\s+[^,.;:!?()\n]{{1,50}},)?\s+spricht\s+"
    rf"(?:(?:hier|dabei|auch|im\s+Original|in\s+der\s+deutschen\s+Fassung)\s+)?(?P<actor>{RUN})"
    r"(?![\w’'-])(?![^.;!?\n]*\s(?:an|auf|aus|zu|nach|los|ab|heilig|frei|schuldig)[.;!?])"
)
#: A sentence led by a quoted title and what critics write after one ("„X“ des Österreichers Y", "„X“: ...").
_OTHER_FILM_LEAD = re.compile(
    r"[„“\"»]([A-ZÄÖÜ0-9][^„“\"»«\n]{0,60})[“”\"«]\s*(?::|,\s+(?:der|die|das|ein|eine)\s+(?:[\w-]+\s+){0,3}(?:Film|Drama|Komödie|Thriller|Doku\w*|Debüt|Werk)|\s+[–—]\s|\s+(?:des|der|von|vom|aus|erzählt|handelt|folgt|"
    r"zeigt|ist|war|heißt|läuft|startet|beginnt|spielt|by|from|follows|is|tells)\b)"
)
_OTHER_FILM_OPEN = frozenset('„“"»')
_SENTENCE_AFTER_NAME = re.compile(r"\.\s+(?:\d|[A-ZÄÖÜ])")
_CAST_ROLES = frozenset({"actor", "possessive", "genitive", "pronoun"})
_QUOTED_TITLE = re.compile(r"[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]")
#: "Die Stimme des Katers Moritz gehört X".
_VOICE_BELONGS = re.compile(
    rf"\b[Dd]ie\s+(?:[a-zäöüß]+(?:e|en)\s+)?Stimme\s+(?:des|der|von)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:gehört|leiht)\s+(?:(?:der|dem)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}?(?P<actor>{RUN})"
)
#: "Als Stimme der Tante Berta ist X zu hören".
_AS_VOICE_OF = re.compile(
    rf"\b[Aa]ls\s+(?:deutsche\s+)?Stimme\s+(?:des|der|von)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+"
    rf"(?:ist|war|hört\s+man|leiht|lieh)\s+(?:[a-zäöüß]+\s+){{0,2}}?(?P<actor>{RUN})"
)
#: "Die jungen Darsteller, allen voran X und Y": a performers' noun, then the names leading it.
#: Literal words every :data:`_CAST_LED_BY` match holds (the two tails follow their "D"/"d"/"S"/"s").
_CAST_COMPOUND_TAILS = ("arsteller", "chauspieler")
_CAST_NOUNS = (*_CAST_COMPOUND_TAILS, "Ensemble", "Besetzung", "Cast")
_CAST_LED_BY = re.compile(
    r"(?<![\w-])(?:(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Dd]arsteller|[Ss]chauspieler)(?:innen)?(?:riege)?|Ensemble|Besetzung|Cast)"
    r"(?:\s+(?:des|der|dieses|dieser)\s+Films?)?(?:(?:,|\s+[–—])\s+(?:allen\s+voran|angeführt\s+von|vor\s+allem)|\s+um)\s+"
    r"(?:(?:der|die|dem|den)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?=[A-ZÄÖÜ]))?"
)
_VOICE_WORD = re.compile(rf"\b(?:seine|ihre|die)\s+{_VOICE_ADJS}Stimme\b")
_VERB_AS_DESCRIBED = re.compile(
    r"(?<=\s)(?:[a-z]+\s+){1,2}as\s+(?:the|his|her|their)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?=[A-Z])"
)
_VERB_AS = re.compile(r"(?<=\s)(?:[a-zäöüß]+\s+){1,2}(?:as|als)\s+(?=[A-ZÄÖÜ])")
_LISTED_PAREN = re.compile(r"\)(?:,\s|\s+(?:und|and)\s|[.;]?\s*$)")
_WITH_OPENER = re.compile(r"\s*(?:Mit|With|Starring)\s+(?=[A-ZÄÖÜ])")
_CREDIT_DASH = re.compile(rf"[–—-]\s*({RUN})$")
_CAST_NOUN = re.compile(r"(?:Neben|Haupt)?[Dd]arsteller(?:innen)?|Ensemble")
#: (with the fused forms: "Beim Sommerfest spielt die Kapelle", "Im Finale spielt ...": an event, no subject)
_PREPOSITIONS_DE = frozenset(
    "von vom neben mit mitsamt nach bei gegenüber gegen ohne für um zu zur zum beim im am ins ans aufs ums".split()
)
_GAPPED_OBJECT = re.compile(
    r",\s+(?:und\s+)?(?:den|die|das|ihren|seinen|ihre|seine)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
)
_OBJECT_FIRST = re.compile(
    r"\s*(?P<det>Den|Ihren|Seinen|Die|Das|Ihre|Seine)\s+(?P<obj>[^,.;:!?()\n]{1,60}?)(?:\s*,[^.;!?\n]{1,80},)?\s*"
)
_BARE_ROLE = re.compile(
    r"(?:(?:hier|auch|nun|diesmal|wieder|erneut|jetzt|selbst)\s+)?(?P<name>[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*)?)"
)
_CREW_NOUN_BEFORE = r"\b(?:Regisseur|Filmemacher|Autor|Drehbuchautor|Kameramann|Kamerafrau|Kritiker|Produzent)(?:in)?"
_PARTNER_AFTER = re.compile(
    r"\s+und\s+(?:sein|ihr)(?:e|em|en)?\s+(?:[a-zäöüß]+(?:e|en|er)\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)\s+(?=[A-ZÄÖÜ])"
)
_DUO_GAP = re.compile(r"\s*(?:aus\s+[A-ZÄÖÜ][\wäöüß-]+\s*)?:\s*")
_FILM_OF_DESCRIBED = re.compile(
    r"\s(?:der|des)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?)\s+(?=[A-ZÄÖÜ])"
)
#: Sentence-opening words a name run can take in ("Warum Yara Haddad, die ..., noch keine ...").
_CLAUSE_OPENERS_DE = frozenset("Warum Weshalb Wieso Ob Dass Weil Wenn Wie Auch Selbst Nur Gerade Sogar Erst".split())
_WORK_BY_BEFORE = re.compile(r"[“”\"«]\s+von\s+$")
_IN_TITLE_TELLS = re.compile(
    r"\b[Ii]n\s+[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]\s+(?P<verb>erzählt|erzählen|schildert|schildern)\s+"
)
_TELLS_OF = re.compile(r"\s(?:von|vom)\s")
_SIBLINGS = re.compile(r"Brüder|Schwestern|Geschwister")
_DIRECTOR_NOUN = re.compile(r"(?:Regisseur|Filmemacher|Regisseurin|Filmemacherin)s?")
#: A quoted title, then an apposition or a copula, then a film noun ("„X“, dem neuen Film", "„X“ ist der dritte Film").
_TITLE_THEN_FILM_NOUN = re.compile(
    r"[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]\s*(?:,\s*|\s+(?:ist|war)\s+)(?:der|die|das|dem|den|ein|eine|einem)\s+"
    r"(?:[\wäöüß-]+\s+){0,3}?[\wäöüß-]*(?:[Ff]ilm|[Ww]erk|[Dd]rama|[Kk]omödie|[Tt]hriller|[Dd]ebüt)\s"
)
_PART_OF_OBJECT = re.compile(r"(?:Part|Rolle|Figur|Hauptrolle|Titelrolle)\s+(?:des|der)\s")
_RELATION_GENITIVE_NAME = re.compile(
    r"\s+(?:die|den|das)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)\s+(?:des|der)\s+"
    r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+,\s+(?=[A-ZÄÖÜ])"
)
_NAME_CLOSED = re.compile(r"\s*(?:,|\.|;|\s[–—]\s|\s+als\b)")
_PRONOUN_THEN_APPOSITION = re.compile(
    r"\s+(?:ihn|sie),\s+(?:den|die)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?(?=[A-ZÄÖÜ])"
)
_NOUN_BEFORE_NAME = re.compile(
    r"\s+(?:den|die|das)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+\s+(?=[A-ZÄÖÜ])"
)
_DOUBLE_ROLE = re.compile(
    rf"(?P<actor>{RUN})\s+(?:ist|spielt|glänzt|brilliert|überzeugt)\s+(?:hier\s+|auch\s+)?in\s+einer\s+Doppelrolle"
    rf"(?:\s+als|\s*:)?\s+(?:(?:die|den|der)\s+)?(?:[a-zäöüß]+(?:e|en|er)\s+)?(?P<a>{RUN})\s+und\s+"
    rf"(?:(?:die|den|der|ihre|seine|ihren|seinen)\s+)?(?:[a-zäöüß]+(?:e|en|er)\s+)?(?P<b>{RUN})"
)
_ROLE_WON_FOR = re.compile(
    rf"\b[Ff]ür\s+die\s+(?:Haupt|Titel|Neben)?[Rr]olle\s+(?:der|des)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:konnte|konnten|wurde|wurden)\s+(?:(?:man|die|der|mit)\s+)?(?:[a-zäöüß]+\s+){{0,2}}"
    rf"(?P<actor>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}(?:gewonnen|verpflichtet|besetzt|gecastet|engagiert)\b"
)
_MADE_FROM_ROLE = re.compile(
    rf"(?P<actor>{RUN})\s+macht\s+(?:[a-zäöüß]+\s+){{0,2}}?aus\s+(?:der|dem|ihrer|seiner|ihrem|seinem)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+(?:eine|einen|ein)\s"
)
_NAMED_CALLED = re.compile(r"\bnamens\s+(?=[A-ZÄÖÜ])")
_PRONOUN_OPENS = re.compile(r"\s*(?:[Ss]ie|[Ee]r)\s*")
_NAMED_APPOSITION = re.compile(
    r"\s*,\s+(?:der|die|das|den|dem|des|eines|einer|ein|eine|einen)\s+(?P<np>[^,.;:!?()\n]{1,60}?)\s*,\s*"
)
_NAME_THEN_APPOSITION = re.compile(
    r"\s*(?P<name>[^\s,.;:!?()][^,.;:!?()\n]{0,38}?),\s+(?:den|die|das|seinen|ihren|seine|ihre|einen|eine)\s+"
    r"[^,.;:!?()\n]{1,60},\s*"
)
_OBJECT_FIRST_CLAUSE = re.compile(
    r"\s*(?:und\s+)?(?P<det>den|ihren|seinen|ihre|seine|die|Die|Den)\s+(?P<obj>[^,.;:!?()\n]{1,60}?)\s*"
)
_STARS_AS_APPOS = re.compile(rf"({RUN}),\s+[^.;!?\n]{{1,80}},\s+(?:stars|co-stars|appears|returns)\s+$")
_BULLET = re.compile(r"[ \t]*[-•*·–][ \t]+")
_CAST_LABEL_LINE = re.compile(
    r"(?im)^[ \t]*(?:the[ \t]+)?(?:cast|starring|voice[ \t]+cast|main[ \t]+cast|cast[ \t]+list)[ \t]*:?[ \t]*$"
)
_DASHED_CAST_ROW = re.compile(
    rf"[ \t]*(?:[-•*·][ \t]+)?(?P<a>{RUN})[ \t]*(?:[–—|:]|[ \t]-[ \t]|\.{{2,}}|…)[ \t]*(?P<b>{RUN})[ \t]*"
)
_CAST_TABLE_HEAD = re.compile(
    r"(?im)^[ \t]*(?:Rolle|Figur|Role|Character)[ \t]*[–—:|/-][ \t]*"
    r"(?:Darsteller(?:in)?|Schauspieler(?:in)?|Actor|Actress|Cast|Besetzung)[ \t]*$"
)
_COLON_ROW = re.compile(rf"[ \t]*(?P<role>{RUN})[ \t]*:[ \t]*(?P<actor>{RUN})[ \t]*")
_CAST_TABLE_ROW = re.compile(rf"[ \t]*(?P<role>[^–—|:\n]{{1,50}}?)[ \t]+[–—|:-][ \t]+(?P<actor>{RUN})[ \t]*")
_COPULA_ROLE_DE_BARE = re.compile(r"ist\s+(?P<det>seine|ihre|sein|ihr|der|die)\s+(?:[a-zäöüß-]+\s+){0,2}(?=[A-ZÄÖÜ])")
_IS_NAME_THEN = re.compile(r",\s+(?:ein|eine|der|die|das)\s+[a-zäöüßA-ZÄÖÜ]|\s*[.;!]")
_THAT_IS_END = re.compile(r"\s*[,.;!–—]|\s+-\s")
_APPEARS = re.compile(
    rf"t(?<=\bt)(?:ritt|aucht)\s+(?:(?:hier|dann|auch|noch|erst)\s+)?(?P<name>{RUN})\s+(?:(?:[a-zäöüß]+\s+){{0,4}}auf\b|[^.;:!?\n]{{0,80}}?\sauf(?=\s*[.,;!?]|\s+und\s))"
)
#: "X hat einen kleinen Auftritt als Wirt", "X absolviert einen Gastauftritt": a performer appears (present tense).
_HAS_APPEARANCE = re.compile(
    r"(?<=\s)(?:hat|absolviert|feiert|gibt)\s+(?:hier\s+|auch\s+|noch\s+)?(?:einen|ihren|seinen)\s+"
    r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?:Gast|Kurz|Kino)?[Aa]uftritt\b(?![^.;!?\n]{0,60}\bgehabt\b)"
)
#: "Die Ermittlerin Dana, die ihm nicht traut, ist bei X in guten Händen / gut aufgehoben".
_IN_GOOD_HANDS = re.compile(
    rf"\bist\s+bei\s+(?P<actor>{RUN})\s+(?:in\s+(?:den\s+)?(?:guten|besten|sicheren|starken)\s+Händen|"
    rf"(?:(?:sehr|ganz)\s+)?(?:gut|bestens|hervorragend|glänzend|wunderbar|bestens)\s+aufgehoben)\b"
)
#: "X spielt sie / ihn" (the role named before); not "spielt sie alle an die Wand".
_OBJECT_PRONOUN = re.compile(r"\s+(?:ihn|sie)\b(?!\s+(?:alle|an\b|glatt|locker|mühelos|spielend|gegen))")
#: "In der Rolle des Mirko ist X zu sehen", "In der Titelrolle der Marie glänzt X".
_ROLE_OF_INVERTED = re.compile(
    rf"(?:(?:In|in)(?<=\b[Ii]n)\s+der|(?:Die|die)(?<=\b[Dd]ie)|(?:Den|den)(?<=\b[Dd]en)(?=\s+Part))\s+"
    rf"(?:(?:Haupt|Titel|Neben)?[Rr]olle|Part|Figur)\s+(?:des|der)\s+"
    rf"(?:[a-zäöüß]+\s+){{0,2}}(?P<char>{RUN})"
    # "In der Rolle des Schmugglers Tomasz, der halb Lebemann ist, sehen wir X": a clause or apposition in between
    rf"(?P<appos>,\s+(?:der|die|das|den|dem|eines|einer|ein|eine|einen)\s+[^.;:!?()\n„“\"]{{1,80}}?,)?\s*(?:"
    rf"(?<!\s)\s*:\s*|\s(?:ist|sieht\s+man|erlebt\s+man|sehen\s+wir|glänzt|überzeugt|brilliert|übernimmt|übernahm|"
    rf"spielt|verkörpert|gibt|hat|bekam|bekommt|legt)\s+(?:(?:die|der|diesmal|hier|nun|jetzt|ausgerechnet|dann)\s+){{0,2}})"
    rf"(?P<actor>{RUN})"
)
#: "eine Nebenrolle der großartigen X", "die Hauptrolle von X".
_SUPPORTING_ROLE_OF = re.compile(
    rf"(?:Haupt|Neben|Gast|Titel)rolle\s+(?:der|des|von)\s+(?:[a-zäöüß]+\s+){{0,2}}(?P<actor>{RUN})"
)
#: "Dazu kommt in einer Nebenrolle X als Dorfärztin".
_IN_SUPPORTING_ROLE = re.compile(
    rf"(?:In|in)(?<=\b[Ii]n)\s+einer\s+(?:kleinen\s+|winzigen\s+|größeren\s+)?(?:Neben|Gast)rolle\s+"
    rf"(?:(?:ist|sieht\s+man|spielt|glänzt)\s+)?(?P<actor>{RUN})"
)
#: "Den verschollenen Jens sieht man nur in Rückblenden" (before ", gespielt von X").
_SEEN_THEN_PLAYED = re.compile(
    rf"(?:(?:Den|Die|Das|Der)\s+(?:[a-zäöüß]+\s+){{0,2}})?(?P<char>{RUN})(?:\s+(?:selbst|dagegen|hingegen))?\s+"
    rf"(?:sieht|sah|erlebt|hört|trifft)\s+man\b[^,;:]{{0,60}}"
)
_OTHER_TITLE = re.compile(
    r"(?i)(?:original\s+title|originaltitel|orig\.\s*title|OT|aka|a\.k\.a\.|im\s+original|international\s+title)\b"
)
_PASSIVE_BY = re.compile(r"\w*\s+(?:by|von|vom)\b")
_APPOSITION_THEN_VERB = re.compile(rf"({RUN}),\s+(?:an?|the|ein|eine)\s+[^,.;:()\n]{{1,90}},\s+$")
#: "As the architect, Julian Stroud, X broods", "; as Lord Ashcombe, the Englishman, X is given ...".
_ROLE_FIRST_TAIL = (
    rf"(?:(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}},\s+|(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){{1,2}}(?=[A-Z]))?"
    rf"(?P<char>{RUN})(?:,\s+(?:the|a|an)\s+[^,.;()\n]{{1,100}})?,\s+(?P<actor>{RUN})\s+(?=[a-z])"
)
#: Where a sentence opens: after a line break, or after ".;!?:" and one whitespace character.
_LINE_OR_STOP_SPACE = re.compile(r"\n|[.;!?:]\s")


def sentence_openings(text: str) -> list[int]:
    """Where a sentence may open, in order: the text's start, after a line break, after ".;!?:" and one space."""
    found = {0} | {m.end() for m in _LINE_OR_STOP_SPACE.finditer(text)}
    return sorted(p for p in found if p < len(text))


_AS_ROLE_FIRST = re.compile(rf"[Aa]s\s+{_ROLE_FIRST_TAIL}")
#: "In the role of Edith, X ...", "Playing Edith, X ...": rarer openers, looked for only when the text has them.
_IN_ROLE_FIRST = re.compile(
    rf"(?:Playing|Portraying|Embodying|Voicing|Essaying|Inhabiting|"
    rf"In\s+the\s+(?:title\s+|lead\s+|central\s+|key\s+|pivotal\s+)?(?:role|part)\s+of|"
    rf"(?:Cast|Starring|Appearing|Returning|Reappearing|Stepping\s+in|Stepping\s+up|Reprising\s+(?:his|her|their)\s+role)"
    rf"\s+as)\s+{_ROLE_FIRST_TAIL}"
)
#: "The role of the smuggler Jonah Crane falls to X": the role's noun first, the actor after "to".
_ROLE_GOES_TO = re.compile(
    rf"\b[Tt]he\s+(?:title\s+|lead\s+|central\s+|key\s+|pivotal\s+|juicy\s+|thankless\s+)?(?:role|part)\s+of\s+"
    rf"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{1,3}})?(?P<char>{RUN}),?\s+(?:falls|fell|goes|went|is\s+given|was\s+given)"
    rf"\s+to\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<actor>{RUN})"
)
#: "In smaller roles, A as ... and B as ...": a sentence that lists performers of small parts.
_SMALL_ROLES = re.compile(r"\b[Ii]n\s+(?:smaller|small|supporting|minor|key|other)\s+(?:roles|parts),\s+")
_DIRECTOR_PAIR = re.compile(
    r"(?:[Dd]uo|gespann|Regisseurinnen|Regisseure|[Dd]irectors|[Pp]aar|[Tt]eam|[Ff]ilmmakers|Filmemacher(?:innen)?)\s*$"
)
_PAIR_GLUE = re.compile(r"\s+(?:und|and|&)\s+")
#: "Like Harold Finch's 'X'", "wie schon in": a possessive that compares with another film.
_COMPARED_BEFORE = re.compile(
    r"\b(?:[Ll]ike|[Uu]nlike|as\s+in|recalls|recalling|evokes|echoes|echoing|reminiscent\s+of|[Ww]ie(?:\s+schon)?\s+in|"
    r"erinnert\s+an|[Aa]nders\s+als\s+in)\s+$"
)
_PAREN_DIRECTOR = re.compile(r"(?:(?:Co-|Ko-)?Regie|R\.|(?:[Cc]o-)?[Dd]irector|[Dd]ir\.|Regisseur(?:in)?|[Dd]irecting)")
#: The next abbreviated credit label inside a director's value ("R: X. D: A, B").
_NEXT_SHORT_LABEL = re.compile(r"[.,;]\s+[A-ZÄÖÜ][\w/-]{0,12}:")
#: Words after a list of names that close it rather than open a clause ("directed by A and B and it shows").
_LIST_END_WORDS = frozenset(
    "und and or oder sowie aber but in im mit with for für from aus von nach auf at on zu".split()
)
_TITLE_BY_END = re.compile(
    r"\s*(?:[,.;:!?)–—]|$)|\s+(?:war|ist|wird|hat|läuft|lief|gewann|eröffnete|eröffnet|feierte|feiert)\b"
)
_PLURAL_LEAD = re.compile(
    r"duo|team|pair|partners|siblings|couple|führten|übernahmen|teilten|teilen|Inszeniert\s+haben"
)
_TITLE_BY = re.compile(r"[„“\"»]([^„“\"»«\n]{1,60})[“”\"«],?\s+von\s+(?=[A-ZÄÖÜ])")
#: A list of names that ends where a directing verb begins ("A und B | inszenierten").
_NAME_LIST_END = re.compile(rf"(?:{RUN})(?:(?:,\s+|\s+(?:und|and|&)\s+)(?:{RUN}))*\s+$")


@dataclass(frozen=True)
class _DirectorPatterns:
    """One language's director phrases (see :meth:`Reader.director_phrases`), compiled once."""

    leads: lexmatch.LedPattern
    together: lexmatch.LedPattern
    own_film: lexmatch.LedPattern
    apposition: lexmatch.LedPattern
    adverbs: frozenset[str]
    triggers: tuple[str, ...]
    other_roles: re.Pattern[str]  # "cinematographer", "Schauspielerin": a description that makes no director


@cache
def _director_patterns(code: str) -> _DirectorPatterns:
    d = lang.data(code, "credits")
    return _DirectorPatterns(
        leads=lexmatch.LedPattern(rf"(?:{d.DIRECTOR_LEADS})\s+"),
        together=lexmatch.LedPattern(d.DIRECTED_TOGETHER),
        own_film=lexmatch.LedPattern(d.OWN_FILM_MADE),
        apposition=lexmatch.LedPattern(d.DIRECTOR_APPOSITION),
        adverbs=d.DIRECTOR_LEAD_ADVERBS,
        triggers=d.DIRECTOR_PHRASE_TRIGGERS,
        other_roles=re.compile(
            rf"(?i)(?:[\w-]*-)?(?:{d.ACTOR_NOUNS}|{d.WRITER_NOUNS}|{d.COMPOSER_NOUNS}|{d.CREW_NOUNS})(?:in|s|nen)?"
        ),
    )


_PERFORMANCE_END = re.compile(r"\b(?:performance|turn|scene|scenes|role|part|cameo|lines|moments)\s*$")
_PREPOSITION_INSIDE = re.compile(r"\b(?:im|in|am|an|auf|aus|mit|von|vom|bei|zum|zur|über|unter|für)\s")
_PASSIVE_SUBJECT = re.compile(r"(?:\s+und)?\s+(?:wird|werden|wurde|wurden)\s+$")
#: "Seine Tochter Jessi, die lieber nach Berlin will, wird von X gespielt": the role before the relative clause.
_ROLE_BEFORE_RELATIVE = re.compile(
    r"\s*(?P<np>[^,.;:!?\n]{1,60}),\s+(?:der|die|das|den|dem|who|which|ein|eine|einer|a|an|the|ihr|ihre|sein|seine|"
    r"dessen|deren|his|her)\b[^.;!?\n]*,\s*"
)
#: "X stellt sich als Leihmutter zur Verfügung", "entpuppt sich als": what a character turns out to be.
_REFLEXIVE_BEFORE = re.compile(r"\bsich\s+(?:[a-zäöüß]+\s+)?$")
_NEXT_LETTERS = re.compile(r"\s+([^\W\d_]+)")
_GENITIVE_GLUES = frozenset({" der ", " des ", " von "})
_ROLE_DETERMINERS = frozenset(
    "Die die Der der Den den Dem dem Seine seine Seinen seinen Seinem seinem Ihre ihre Ihren ihren Ihrem ihrem".split()
)
_ROLE_OF_PERFORMER = re.compile(
    rf"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Ss]eine[mn]?|[Ii]hre[mn]?)\s+(?P<char>[A-ZÄÖÜ][a-zäöüß]+)\s+(?:der|des|von)\s+"
    rf"(?:[a-zäöüß]+(?:e|en)\s+){{0,2}}(?P<actor>{RUN})"
)
_NEXT_SENTENCE_CAST = re.compile(r"\.\s+(?:Mit|With)\s+(?=[A-ZÄÖÜ])")
#: "der wunderbare", "die junge": an article and adjectives before a subject named after its verb.
_PRONOUNS = frozenset(
    "Sie Er Es Ihr Ihn Ihm Ihnen Wir Man Diese Dieser Dieses Jene Jener Beide Beiden Alle Niemand Jemand He She It They"
    " Him Her Them I We You".split()
)
_FILM_WITH_HEAD = re.compile(
    rf"(?<![\w-])(?:Film|Spielfilm|Drama|Komödie|Thriller|Krimi|Western|Musical|Debüt|Debütfilm|Abenteuerfilm|Horrorfilm)"
    rf"(?:\s+von\s+(?:{RUN}))?$"
)
_WITH_NAMES = re.compile(rf"((?:{RUN})(?:(?:,\s+|\s+und\s+|\s+sowie\s+)(?:{RUN}))*)")
_EARLIER_FILM = re.compile(
    r"(?:letzten|vorigen|vorherigen|früheren|ersten|älteren|anderen|nächsten|neben)\s+(?:[\w-]+\s+)?$"
)
_VOICE_OF_EN = lexmatch.LedPattern(
    rf"(?P<actor>{RUN})\s+(?:(?:lends|lent)\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?voice\s+to|(?:returns|is|appears|stars)\s+as\s+"
    rf"the\s+voice\s+of)\s+(?:the\s+)?(?P<char>{RUN})"
)
_AUXILIARY_BEFORE = re.compile(r",?\s+(?:are|were|is|was|werden|wurden|wird)\s+$")
_APPOSITION_BEFORE_VERB = re.compile(rf"({RUN}),\s+[^,.;:!?()\n]{{1,60}},?$")
_NOUN_AFTER_PAREN = re.compile(r"\)\s+[A-ZÄÖÜ][a-zäöüß]+(?:[\s,.;:!?]|$)")
_OTHER_FILM_SENTENCE = re.compile(
    r"(?:In|Im\s+Film|Schon\s+in|Bereits\s+in|Zuletzt\s+in|Damals\s+in)\s+(?:(?:seinem|ihrem|dem|einem|ihrer|seiner)\s+"
    r"(?:[\w-]+\s+){0,3})?[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]"
)
_SUBJECT_ARTICLE = re.compile(r"\s+(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}(?=[A-ZÄÖÜ])")
_PORTRAYS = re.compile(
    r"(?:stellt|stellte)\s+(?P<obj>(?:den|die|das|einen|eine|ihren|seinen|ihre|seine)\s[^.;:!?,()\n]{1,60}?)"
    r"\s+(?:(?:[a-zäöüß]+\s+){0,3})?dar\b"
)
_LEAD_ROLE_WORD = re.compile(r"(?:Haupt|Titel|Neben)?[Rr]olle$")
_ROLE_APPOSITION = re.compile(r",\s+(?:die|der|den|des|dem)\s+(?:[a-zäöüß-]+\s+){0,2}(?=[A-ZÄÖÜ])")
_NAMED = re.compile(
    r"[^.;:!?\n]{0,60}?\b(?:named|called|calls\s+(?:himself|herself|themselves)|known\s+as|namens|genannt|nennt)\s+"
)
_MODIFIERS_BEFORE_NAME = re.compile(
    r"\s*(?:(?:newcomer|veteran|young|the|a|an|great|wonderful|der|die|dem|einer|einem|newcomerin)\s+){0,3}"
    r"(?:[a-zäöüß][\w-]+\s+)?(?:(?:newcomer|newcomerin|veteran|actor|actress|comedian|singer)\s+)?"
)
_PRAISE_BEFORE_NAME = re.compile(
    r"\s*(?:a|an|the)\s+(?:(?!called\b|named\b|group\b|band\b|choir\b|orchestra\b)[a-z][\w-]*\s+){1,3}(?=[A-Z])"
)
#: English: one capitalised word, then a lower-case noun that ends the phrase ("the Guatemalan neighbor who").
_ADJECTIVE_BEFORE_NOUN = re.compile(
    r"[A-Z][a-z]+(?:an|ian|ese|ish|ic|i)\s+[a-z]+(?=\s+(?:who|that|which|whose|with|from|and)\b|[,.;:!?])"
)
#: "Jace Morrow is her ex-boyfriend/cop/love interest Detective Rourke,": a copula, a description, the role.
_COPULA_ROLE_BARE = re.compile(r"\s+is\s+(?:his|her|their)\s+((?:[a-z][\w/-]*\s+){0,3}[a-z][\w/-]*)\s+(?=[A-Z])")
_PRONOUN_COPULA_BEFORE = re.compile(
    r"(?:^|[.!?;]\s+|,\s+and\s+)(?:[Hh]e|[Ss]he)\s+(?:is|was|remains|seems)"
    r"(?:,?\s+(?!known\b|seen\b|remembered\b|regarded\b|described\b)[a-z][\w'’-]*){0,4}\s+$"
)
_OTHER_FILM_STARRED = re.compile(
    r"\b(?:whose|earlier|previous|first|last|debut|original|older)\b[^.;!?]{0,60}\b(?:starred|featured|cast)\s+$"
)
_INTRODUCED_BEFORE = re.compile(r"\b(?:is|was|named|called)\s+$")
_COPULA_NAME = re.compile(r",?\s+is\s+")
_NAME_LIST_AFTER = re.compile(r",\s+[A-Z][\w'’-]+(?:,|\s+and\s+[A-Z])")
#: "as Caleb Wren sees him", "as the station's AI seals the hatch": a name (after a possessor, if any), then a verb
#: in -s (not "is", "was", "has"): "as" opens a clause.
_CONJUNCTION_AS = re.compile(
    r"(?:the )?(?:[a-z][\w-]*['’]s )?(?:[A-Z][\w-]* ){1,3}(?!is\b|was\b|has\b|as\b)[a-z]+[a-rt-z]s\b"
)
_PAREN_NAME_AFTER = re.compile(r"\s*\(([A-Z][^()\n]{2,40})\)")
#: "as Douglas was in The American President": the part someone had in another film.
_WAS_IN = re.compile(r"\s+(?:was|were|had\s+been|did)(?=\s+in\s)")
_ADJECTIVE_SHAPE = re.compile(r"(?:y|ful|ous|ive|al|ic|ish|less|ed|ing|ent|ant|ble|le|st|er)\W*$")
_PAST_BRIDGE = re.compile(r"\b(?:was|were|had|[a-z]+ed)\b")
_MODIFIED_NAME = re.compile(
    rf"(?:an?|the)\s+(?:(?!(?:of|on|to|for|from|by|with|about|like|in|at)\b)[a-z][\w-]*,?\s+){{1,4}}({RUN})"
)
_IS_GIVEN_ROLE = re.compile(r"\s+is\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*[,.;]|\s+and\s)")
#: "Playing Pip is newcomer Tavi Roa", "Playing opposite him as the widow Agnes is the wonderful X": inverted.
_ROLE_FIRST_INVERTED = re.compile(
    rf"(?:Playing|As|Cast\s+as)\s+(?:opposite\s+(?:him|her|them)\s+as\s+)?(?:(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,3}})?"
    rf"(?P<char>{RUN})\s+(?:is|was)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*,?\s+){{0,3}}(?P<actor>{RUN})(?=\s*[,.;]|\s+who\b)"
)
_ARTICLE_AFTER_COMMA = re.compile(r",\s+(?:the|a|an)\s+[a-z]")
_NEXT_PERFORMER = re.compile(r"\s+(?:as|plays|voices)\s|\s*\(")
_SENTENCE_STOP = re.compile(r"\s*[.;!,]")
_COPULA_ROLE = re.compile(r"\s+is\s+(?:his|her|their|its|the|[A-Z][\w-]+['’]s)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+")
_PRONOUN_BEFORE = re.compile(
    r"(?:^|[.!?;:,]\s+|\b(?:und|and|aber|but)\s+)(?:(?:[Hh]ere|[Nn]ow|[Tt]hen|[Tt]his\s+time|[Aa]gain|[Ff]inally)\s+)?"
    r"(?:[Ee]r|[Ss]ie|[Hh]e|[Ss]he)\s+(?:[a-zäöü]+\s+)?$"
)
#: "Hier spielt er den ...", "Dann gibt sie die ...": a pronoun subject right after the verb, an object after it.
_PRONOUN_AFTER_VERB = re.compile(r"\s+(?:er|sie)(?=\s+(?:[a-zäöüß]+\s+){0,2}(?:den|die|das)\s+[\wäöüß-]+\s+[A-ZÄÖÜ])")
_V2_OBJECT = re.compile(
    r"\s+(?:(?:erneut|wieder|diesmal|nun|auch|zudem|bei\s+(?:ihr|ihm|ihnen)|unter\s+(?:ihrer|seiner)\s+Regie)\s+)?"
    r"(?P<art>den|die|das|einen|eine|ein|hier|dabei|darin)\s"
)
_APPOSITION_BEFORE = re.compile(r",\s+(?:ein|eine|einen|der|die|das|a|an|the)\s+(?:[a-zäöüß-]+\s+){0,2}$")
_AFTER_ROLE = re.compile(r"\)\s*\.\s+\S.*$")
_CREDIT_AS = re.compile(rf"(?:als|as)\s+((?:(?:der|die|das|the)\s+)?{RUN})$")
_RELATIVE_BEFORE_DE = re.compile(r",\s+(?:der|die)\s+[^,.;:!?()\n]{3,90},\s*$")
_A_ROLE_BEFORE = re.compile(rf"({RUN})\s*[—–,-]+\s*(?:a|the)\s+(?:role|part)\s+(?:that\s+|which\s+)?$")
_TAIL_BOX = re.compile(
    r"(?im)^[ \t]*(?:more\s+(?:movie\s+|film\s+)?reviews|related(?:\s+(?:articles|stories|reviews))?|read\s+more|"
    r"you\s+(?:might|may)\s+also\s+like|mehr\s+zum\s+thema|lesen\s+sie\s+auch|(?:mehr|weitere)\s+(?:film)?kritiken|"
    r"auch\s+interessant|das\s+könnte\s+sie\s+auch\s+interessieren)[ \t]*:?[ \t]*$"
)
#: The modifiers a clause may hold before its subject's name (see ``Reader._clause_subject_en``).
_SUBJECT_PREFIX = re.compile(r"\s*(?:[A-Za-z][\w'’-]*,?\s+){0,8}")
#: Asides set off by commas, dashes or parentheses between a subject and its verb.
_SUBJECT_ASIDE = re.compile(
    r",\s+[^,.;:!?()\n]{2,120}?,(?=\s)|\s+[—–]\s+[^—–\n]{2,120}?\s+[—–](?=\s)|\s*\([^()\n]{0,100}\)"
)
_PASSIVE_BRIDGE = re.compile(r"\s+(?:is|was|are|were)(?:\s+(?:[a-z]+ly|also|here|now))?\s*")
_SUBJECT_BRIDGE = re.compile(r"(?:,?\s+[a-z][\w'’-]*){0,8}\s*")
_NOT_SUBJECT_LEAD = frozenset(
    """after before when if while with without opposite alongside beside besides like unlike as than to for from by
    of in on at against including despite because since until though although whereas once unless where whom who
    which that and but or nor into onto upon about over under between among behind toward towards via per""".split()
)
_CLAUSE_OPENERS = frozenset("when if while because although though whereas unless until since whom who which".split())
_BRIDGE_STOP = frozenset(
    "and but or nor while when who whom which that whose because although though if than unless whereas".split()
)
_AS_BRIDGE_STOP = frozenset(
    """known so such well not same served worked trained began started dressed disguised posing poses masquerading
    regarded seen described remembered famous billed credited grew raised born lived became christened named
    sees see saw treats treat treated regards views viewed""".split()
)
_RELATIVE_BEFORE = re.compile(r"(?:,|\s[—–-])\s+(?:who|that)\s+(?:also\s+|now\s+|here\s+)?$")
_PERFORM_LEAD = re.compile(r"(?:^|[.!?:;,\n]|\b(?:und|and|aber|but|auch|allem|also|even))\s*$")
_RESPECTIVELY = re.compile(r",?\s+(?:respectively\b|beziehungsweise\b|bzw\.)")
#: "als C und D": a second role after the first one ("A und B sind als C und D zu sehen").
_ROLE_PAIR_AFTER = re.compile(
    rf"(?:(?:der|die|den|the)\s+)?{RUN}\s+(?:und|and|&)\s+(?:(?:der|die|den|the)\s+)?[A-ZÄÖÜ]"
)
#: The first-character lookahead lets most positions fail at once.
#: "\d(?<=\b\d)" is "\b\d" with a first character the regex engine can skip to.
_RUNTIME = re.compile(r"\d(?<=\b\d)(?:\d{1,2}\s*(?:Min|min|Minuten|minutes)\b|(?<=1)9\d\d\)|(?<=2)0\d\d\))")
#: Cue patterns that begin with their trigger word: matched only at those words.
_WORD_START_KEYS = frozenset({"cue_noun", "play"})
#: Cue patterns whose every match starts at one of a few literal strings (as written; "\n":
#: a line start): the regex is tried only there, which finds what a scan of the whole text finds.
_ANCHORS: dict[str, Callable[[ModuleType], tuple[str, ...]]] = {
    "film_by": lambda d: d.FILM_BY_WORDS,
    "mit_line": lambda d: ("Mit",),
    "info_von_mit": lambda d: ("Von",),
    "title_director": lambda d: ("(",),
    "caption": lambda d: ("\n",),
}
_LIST_GLUE = re.compile(r",\s+|\s+(?:und|and|&)\s+|,\s+(?:und|and)\s+")
_PAREN_AFTER = re.compile(r"\s*\([^()\n]{0,60}\)")
_AS_AFTER = re.compile(r"\s+(?:als|as)\s+[^,.;\n]{1,40}(?=,)")
_PARTICLE_WORD = re.compile(r"^(?:von|van|de|di|da|du|del|zu)$")
#: Words a list of names never skips: prepositions, relatives, verbs.
_ARTICLES = frozenset("der die das den dem des the a an".split())
#: Words a list of names may skip: articles, adverbs and the modifiers critics put before a name.
_LIST_SKIP = _ARTICLES | frozenset(
    """vor allem aber auch sogar und sowie zudem ebenfalls natürlich newcomer miscast young veteran
    also even and especially notably particularly great wonderful""".split()
)
_LIST_STOP = frozenset(
    """als as in im the who which that where whose to from of by with for von mit für zu aus bei nach an am auf
    ist sind war waren is are was were hat has have had hatte wird will comes come gets der des dem""".split()
)
_PORTRAYAL_OF = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}(?:portrayal|depiction|embodiment|interpretation|incarnation)\s+of\s+"
    r"(?:(?:the|a|an)\s+[a-z-]+,?\s+)?"
)
#: "Marsh’s Viola is ...": a possessed role is followed by a verb or punctuation, not a noun.
_POSSESSIVE_ROLE_END = re.compile(
    r"\s*(?:[,.;:!?)]|\s(?:is|was|has|had|that|who|which|and|finds|gets|becomes|must|can|will|the|a|an|are|were|"
    r"isn['’]t|wasn['’]t|does|doesn['’]t|seems|feels|comes|remains|proves|makes|gives|never|also|opposite|"
    r"make|feel|seem|look|looks|steals|steal|brings|bring|holds|hold|carries|anchors|dominates|grounds|share|shares|"
    r"becomes|emerges|walks|lights|provides|adds|always|often|rarely|still|just|only)\b)"
)
#: Adjectives between a possessive and a role ("Lena Karvonen's brittle, funny Elspeth").
_POSSESSIVE_LEAD = re.compile(r"\s*(?:[a-z][\w-]*,?\s+){0,3}")
_POSSESSIVE_LEAD_NOUN = re.compile(
    r"\b(?:co-?stars?|directors?|filmmaker|producer|writer|film|movie|debut|feature|picture|husband|wife|partner|"
    r"son|daughter|father|mother|brother|sister|friend|agent|idol|hero|mentor|collaborator|muse)\b"
)
_ADJ_INFLECTION = re.compile(r"(?:en|em|er|es|e)$")
_PLAYED_INVERTED = re.compile(
    rf"(?<![\w-])[Gg]espielt\s+(?:wird|werden)\s+(?:(?:der|die|das|ihr|sein|ihre|seine)\s+)?(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}?von\s+(?:[a-zäöüß]+\s+){{0,2}}?(?P<actor>{RUN})"
)
_PARTICIPLE_INVERTED = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:;]\s)|(?<=\n))(?P<verb>Verkörpert|Dargestellt|Gesprochen|Gemimt)\s+(?:(?:wird|werden)\s+)?"
    rf"(?:(?:der|die|das|ihr|sein|ihre|seine)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+"
    rf"(?:[a-zäöüß]+\s+){{0,2}}?von\s+(?P<lead>(?:(?:der|dem)\s+{_AGE_PRAISE}(?:[\da-zäöüß-]+(?:e|en|er|es)\s+){{0,2}})?)"
    rf"(?P<actor>{RUN})"
)
_INVERTED_PARTICIPLES = ("Verkörpert ", "Dargestellt ", "Gesprochen ", "Gemimt ")


_PASSIVE_AUXILIARY = re.compile(r"\s+(?:wird|werden)\s")
_PLAYED_INVERTED_PRONOUN = re.compile(
    rf"(?<![\w-])[Gg]espielt\s+(?:wird|werden|wurde)\s+(?:sie|er)\s+(?:[a-zäöüß]+\s+){{0,2}}?von\s+(?:[a-zäöüß]+\s+){{0,2}}?(?P<actor>{RUN})"
)
_DASHED_ROLE = re.compile(
    rf"[–—]\s+(?:(?:[a-zäöüß][\w-]*\s+){{0,3}}[a-zäöüß][\w-]*:\s+)?(?P<actor>{RUN})"
    # a remark after the actor: "– X in ihrer ersten Kinorolle –", "– X in einer Glanzrolle –", "– X, großartig, –"
    r"(?:\s+in\s+(?:ihrer|seiner)\s+(?:ersten|zweiten|dritten|ersten\s+großen|bislang\s+größten|größten|besten)\s+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*)?[Rr]olle|\s+in\s+einer\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?[Rr]olle"
    r"|,\s+(?:[a-zäöüß]+\s+){0,2}[a-zäöüß]+,)?"
    r"\s+[–—]"
)
_CLAUSE_THEN_VERB = re.compile(r",\s+[^.;:!?()\n]{2,110},\s+")
_CLAUSE_THEN_AS = re.compile(r",\s+[^.;:!?()\n]{2,110},\s+(?:[a-zäöüß]+\s+){0,3}")
_RELATIVE_AS = re.compile(r",\s+(?:der|die)\s+")
_TITLE_SOON = re.compile(r"(?:\s+[a-zäöüß]+){0,3}\s+[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]")
_OWN_FILM = re.compile(
    r"\bist\s+(?:ihr|sein)\s+(?:(?:erster|zweiter|dritter|vierter|neuer|neuester|jüngster|langer)\s+){0,3}"
    r"(?:Spielfilm|Film|Langfilm|Kinofilm|Debüt|Debütfilm|Spielfilmdebüt|Langfilmdebüt)\b"
)
_NEXT_WORD = re.compile(r"\s+([A-ZÄÖÜ][\w-]+)")
_GAP_COMMA = re.compile(r",\s+")
_PARENTHESISED = re.compile(r"\([^()]*\)")
#: Modal verbs in the second place ("Als Pater Anselm muss X einen Mord aufklären"): they end in no "-t".
_MODAL_DE = r"(?:muss|will|kann|darf|soll|mag|wird)"
_AS_ROLE_VERB_PRONOUN = re.compile(
    rf"Als\s+(?:(?:der|die|das|den|dem|sein|seine|seinem|ihr|ihre|ihrem)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:[a-zäöüß]+t|{_MODAL_DE})\s+(?:er|sie)\b"
)
_AS_ROLE_VERB_ACTOR = re.compile(
    rf"Als\s+(?:(?:der|die|das|den|dem|sein|seine|seinem|ihr|ihre|ihrem)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})(?:,\s+(?:der|die|das|den|dem|deren|dessen)\s+[^.;:!?()\n]{{2,100}}?,)?"
    rf"(?:\s+(?:[a-zäöüß]+t|{_MODAL_DE}|sehen\s+wir|erleben\s+wir)|\s*:)\s+(?:(?:hier|dabei|auch|erneut|wieder|diesmal|nun|außerdem|zudem)\s+)?"
    rf"(?:(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+){{0,2}})?"
    rf"(?P<actor>{RUN})(?=[\s,.;:!?])"
)
_NAMED_RELATION = re.compile(r"\s+[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*[,.;!?]")
_ADVERB_BEFORE_VERB = re.compile(r"\s+(?:also|here|now|again|once\s+again|then|[a-z]{3,}ly)\s+$")
_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an|the|his|her|their)\s+[a-z]")
_ACTOR_THEN_CLAUSE = re.compile(r",\s+(?:who|whose|an?|the)\s|\s*[.;](?:\s|$)")
_OBJECT_PRONOUN_EN = re.compile(r"\s+(?:him|her)(?=\s*[,.;!?]|\s+(?:with|as|like|to|in|so|for|well|[a-z]+ly)\b)")
_PREPOSITION_AFTER_VERB = re.compile(r"\s+(?:opposite|alongside|against|beside|with)\s+(?=[A-Z])")
_LOWER_GAP_BEFORE = re.compile(r"\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,6}\s*$")
_COPULA_PRAISE_BEFORE = re.compile(r",?\s+(?:is|was|seems|looks)(?:\s+[a-z][\w-]*){1,3}\s*$")
_WHO_CLAUSE_THEN_VERB = re.compile(r",\s+who\s+[^;:!?\n]{2,140}?,\s+")
_IN_WHICH_BEFORE = re.compile(r"\b(?:in|for)\s+which\s+$")
#: After a role: "in Iron Tide (2019)", "in “Iron Tide”", "in 2019's Iron Tide", "in the 2019 film".
_IN_TITLE_OPENING = re.compile(
    rf"\s*In\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:earlier|previous|original|first|last|older|\d{{4}})\s+)?({RUN}),"
)
_IN_OTHER_FILM = re.compile(
    r",?\s+(?:(?:back|years\s+ago|before|earlier|once)\s+)?in\s+(?:[„“\"‘'A-Z]|(?:19|20)\d\d|the\s+(?:(?:19|20)\d\d\s+)?"
    r"(?:film|movie|series|show|original|sequel|earlier|first|last|previous)\b)"
)
_GLUE_BEFORE = re.compile(r"\s+(?:und|and|&)\s+$")
_GAPPED_NEXT = re.compile(r",\s+(?=[A-ZÄÖÜ])")
_GAPPED_DET = re.compile(r"\s+(?:den|die|das|the|ihren|seinen|ihre|seine|ihr|sein|einen|eine|deren|dessen)\s+")
#: Comparatives and superlatives ("ältere", "jüngste"): they rank siblings, so the relation word describes.
_RANKING_ADJ = re.compile(r"(?:ere|eren|erer|ste|sten|ster)$")
_NICK_OPEN = "„“\"»‚‘'"
_QUOTED_NICK = re.compile(r"[„“\"»‚‘']([A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*){0,2})[“”\"«‘’']")
#: After a possessor's genitive: an inflected adjective or two, then a capitalised noun ("Riecks alter Kumpel").
_RELATION_AFTER = re.compile(r" (?:[a-zäöüß]+(?:e|en|er|es) ){0,2}[A-ZÄÖÜ][a-zäöüß]")
_ROLE_STOP = frozenset(
    "und and in im als as who which that der die nicht not mit with von by of for to für"
    # English prepositions and adverbs after a role ("plays Edith opposite X's Caleb", "alongside X as Y")
    " alongside opposite against beside at on from into here there again".split()
)
_NOT_A_ROLE = re.compile(
    r"(?:auch|well|much|if|though|ob|wenn|a\s+result|far|long|soon|usual|ever|opposed|I|when|in|with|for|to|of)\b"
)
_PAREN_STOP = frozenset(
    "mit with von by im in aus from nach den die das der dem des ein eine einen not as als nicht doing channeling "
    "channelling imitating impersonating like".split()
)
#: Two capitalised words in a row: in a German remark, a name (nouns stand alone or after lower-case words).
_TWO_CAPITALS = re.compile(r"[A-ZÄÖÜ][\w'’-]*\s+[A-ZÄÖÜ]")
_IMPERSONATION = frozenset("doing channeling channelling imitating impersonating like".split())
_POSSESSIVE_PRONOUNS = frozenset("seinen seinem sein seines ihren ihrem ihr ihres".split())
_ADJ_GLUE = frozenset("ebenso wie und so sehr besonders zutiefst neuer neuester neuestem jüngstem".split())
_ADJ_ENDINGS = ("e", "em", "en", "er", "es", "ste", "sten")
_NOT_ADJECTIVE = frozenset(
    "in im seinem seinen seiner ihrem ihren ihrer einem einen einer dem den der die das mit von zum zur eine".split()
)
_LIST_SEP = re.compile(r"(?:\s*,\s*(?:(?:und|and)\s+)?|\s+(?:und|and|&|sowie)\s+|\s*;\s*)")


_PAREN_AS_ROLE = re.compile(rf"(?:als|as)\s+({RUN})")
_PAREN_PLAYED_BY = re.compile(
    r"\s*(?:[a-zäöüß]+\s+){0,3}?(?:gespielt|verkörpert|dargestellt|gesprochen|played|portrayed|voiced)"
    r"(?:\s+[a-zäöüß]+){0,2}?\s+(?:von|vom|by)\s+(?:(?:der|dem|the)\s+)?(?:[a-zäöüß]+\s+){0,2}"
)
_PLAY_VERB_WORD = re.compile(r"spielt|spielte|verkörpert|verkörperte|mimt|mimte|gibt|gab|spielen|verkörpern")
#: "In kleineren Rollen wirken", "In weiteren Nebenrollen sind", "Im Original sind", "In der deutschen Fassung
#: hört man": the actors' list follows.
_ROLES_LEAD = (
    r"(?:[Ii]n\s+(?:(?:den\s+)?(?:[a-zäöüß]+(?:e|en)\s+)?(?:Neben|Gast|Haupt|Sprech)?[Rr]ollen|"
    r"der\s+(?:deutschen\s+)?(?:Original|Synchron)?[Ff]assung)|[Ii]m\s+(?:englischen\s+)?Original)"
)
_ROLES_LIST_VERB = r"(?:sind|wirken|sieht\s+man|hört\s+man|spielen|sprechen|glänzen|überzeugen|agieren)"
_IN_ROLES_LIST = re.compile(
    rf"\b(?:{_ROLES_LEAD}(?:\s+{_ROLES_LIST_VERB}\s+|:\s*)|{_ROLES_LIST_VERB}\s+(?:außerdem\s+|zudem\s+|auch\s+)?"
    rf"{_ROLES_LEAD}\s+)(?:außerdem\s+|zudem\s+|auch\s+|noch\s+|ferner\s+|unter\s+anderem\s+)?(?=[A-ZÄÖÜ])"
)
_APOSTROPHE_DESCRIBED = re.compile(r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][a-zäöüß]+\s+(?=[A-ZÄÖÜ])")
_POSSESSOR_DESCRIBED = re.compile(
    r"[A-ZÄÖÜ][\w-]*s\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][a-zäöüß]+\s+(?=[A-ZÄÖÜ])"
)
_ALS_BEFORE = re.compile(r"(?<=\s)als\s+$")
#: Nouns for a couple ("die Eheleute Karl und Frieda", "das Ehepaar Ben und Ida"): its two roles differ, so the
#: critic's order of actors and roles is meant to match. Siblings or friends listed beside their actors stay
#: unpaired, as any list beside a list without "beziehungsweise" (the gold convention).
_COLLECTIVE_NOUNS = ("Eheleute", "Ehepaar", "Liebespaar", "Paar", "Eltern")
_COLLECTIVE_VERB = re.compile(
    r"\s(?:spielen|verkörpern|geben|mimen)\s+(?:die|das|ihre|seine|deren)(?:\s+(?:[a-zäöüß]+(?:e|en)|zwei|drei|vier))?(?:\s+[a-zäöüß]+(?:e|en)){0,2}$"
)
#: A nickname in a clause about a role: "die alle nur „Motte“ nennen", "der von allen „Spatz“ genannt wird".
_NICKNAMED = re.compile(
    r"[„“\"»‚‘']([A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*){0,2})[“”\"«‘’']\s+(?:genannt|gerufen|nennen|nennt|rufen|ruft)\b"
)
#: ", der X immerhin einigen Witz mitgibt,": a dative relative clause, its subject the actor, a verb of giving last.
_DATIVE_GIVER = re.compile(
    rf",\s+(?:der|dem)\s+(?P<actor>{RUN})\s+[^,.;:!?()\n]{{1,60}}?\s"
    r"(?P<verb>mitgibt|mitgab|verleiht|verlieh|schenkt|schenkte|gibt|gab|leiht|lieh|einhaucht|einhauchte)"
    r"(?=\s*[,.;!?–—])"
)
#: Verbs of giving that are plot unless what is given is a performance's (Kontur, Tiefe, ...).
_PLAIN_GIVING = frozenset("schenkt schenkte gibt gab leiht lieh".split())
_PERFORMANCE_GIFTS = frozenset(
    "Kontur Konturen Tiefe Gesicht Wärme Würde Leben Format Präsenz Stimme Witz Charme".split()
)
_RELATION_GENITIVE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+(?:des|der)\s+(?:[a-zäöüß]+(?:e|en)\s+)?$")
_ROLE_NOUN_ENDINGS = ("innen", "in", "es", "en", "er", "s", "n", "e")


@lru_cache(maxsize=8192)
def is_role_noun(token: str, nouns: frozenset[str]) -> bool:
    """A person noun that describes a character ("Bauer", "Försters", "Wirtin", "Hafenmeister"), in any case
    form, feminine or as the last part of a compound; ``nouns`` holds the base forms."""
    if not nouns or len(token) < 3:
        return False
    word = token.rsplit("-", 1)[-1]
    forms = [word] + [word[: -len(e)] for e in _ROLE_NOUN_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3]
    for form in forms:
        if form in nouns:
            return True
        # compounds: "Hafenmeister", "Schiffskoch"; the tail must be a noun of four letters or more
        for k in range(2, len(form) - 3):
            if form[k].islower() and form[k:].capitalize() in nouns:
                return True
    return False


#: Relation words that also end compounds naming a relation ("Zwillingsschwester", "Schwiegermutter"); "Mann",
#: "Frau" and "Kind" end too many trades ("Kaufmann", "Putzfrau", "Wunderkind") to count in a compound.
_RELATION_TAILS = frozenset(
    "Mutter Vater Sohn Tochter Bruder Schwester Onkel Tante Neffe Nichte Cousin Cousine Oma Opa Enkel Gatte Gattin".split()
)


@lru_cache(maxsize=4096)
def is_relation_noun(token: str, nouns: frozenset[str], trades: frozenset[str]) -> bool:
    """A noun that names a character only relative to another ("Mutter", "Onkels", "Zwillingsschwester",
    "Vorgesetzten"), not a trade that ends like one ("Krankenschwester", "Hauptmann")."""
    word = token.rsplit("-", 1)[-1]
    if not word[:1].isupper() or word in trades:
        return False
    forms = [word] + [word[: -len(e)] for e in _ROLE_NOUN_ENDINGS if word.endswith(e) and len(word) - len(e) >= 2]
    for form in forms:
        if form in nouns:
            return True
        if form in trades:
            return False
        for k in range(2, len(form) - 4):  # a tail of five letters or more ("Oma" ends "Catwoma")
            if form[k].islower() and form[k:].capitalize() in _RELATION_TAILS:
                return True
    return False


def _strip_genitive(raw: str, code: str) -> str:
    """ "des Notars" -> "Notar" (German genitive of a role noun)."""
    if code == "de" and " " not in raw and raw.endswith("s") and not raw.endswith(("ss", "us", "is")) and len(raw) > 4:
        return raw[:-1]
    return raw


def _fold(value: str) -> str:
    """Case- and accent-free form ("Timothée" and "TIMOTHEE" meet)."""
    if value.isascii():
        return value.casefold()  # nothing to decompose: the common case, and much cheaper
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _norm(value: str) -> str:
    return " ".join(value.replace("’", "'").split()).casefold()  # spaces collapsed and trimmed


def annotate(analysis: Analysis) -> None:
    """Fill the film's directors, cast, actors, writers, composers, distributor and countries."""
    reader = Reader(analysis)
    reader.credit_blocks()
    reader.info_lines()
    reader.note_credited()
    reader.country_lines()
    reader.parentheses()
    reader.play_verbs()
    reader.as_cues()
    reader.role_of()
    reader.played_by()
    reader.appositions()
    reader.demonyms()
    reader.directors_by()
    reader.director_phrases()
    reader.possessives()
    reader.captions()
    reader.play_lists()
    reader.respectively()
    reader.collective_roles()
    reader.dative_relatives()
    reader.possessive_relatives()
    reader.copula_roles()
    reader.relative_roles()
    reader.subordinate_roles()
    reader.cast_tables()
    reader.appearances()
    reader.passive_relatives()
    reader.german_role_phrases()
    reader.dashed_roles()
    reader.english_role_phrases()
    reader.finish()
