"""Credits, shared: hit strengths, :class:`Hit`, a language's compiled cue :class:`Patterns`, anchor
scans, and the regexes and helpers more than one layer of the reader uses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from filmkritik import lang
from filmkritik.read.names import RUN

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


#: English: the words between a possessor and a film noun are adjectives ("X's quiet, patient, funny new film"), never a
#: determiner opening another noun phrase ("Mitchell's record setting 1936 book, the movie").
_NO_DETERMINER_EN = (
    r"(?!(?:the|a|an|this|that|his|her|its|their|our|my|book|novel|memoir|play|story|article|comic|script|"
    r"screenplay|biography|life|source)\b)"
)


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
            rf"\bvon\s+(?:(?:der|dem)\s+{_AGE_PRAISE}(?:[\da-zäöüß-]+(?:e|en|er|es)\s+){{0,2}}(?=[^\W\d_a-zäöüß]))?"
            rf"((?:{RUN})(?:(?:,\s+|\s+und\s+)(?:{RUN}))*)\s+(?:[^\s,.;:!?]+\s+){{0,4}}"
            rf"(?:gespielt|verkörpert|dargestellt|gesprochen|angelegt|gegeben(?=\W+(?:und|aber|doch|leider|als)\b|\s*[,.;]))"
        ),
        played_adj=re.compile(
            rf"\bvon\s+(?:(?:der|dem)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?=[^\W\d_a-zäöüß]))?({RUN})\s+(?:{d.PLAYED_ADJ})\s+"
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
        # (each word of the run before the noun taken whole, "*+", "++": it can end only where the white space after it
        # starts, and the engine would otherwise retry what follows at each shorter split of "1917" or "erinnert")
        film_noun_after=re.compile(
            rf"^(?:['’]s|['’]|s)?[ \t]+(?:\([^()\n]{{0,30}}\)[ \t]+)?(?:{_NO_DETERMINER_EN if code == 'en' else ''}(?:[a-zäöüß][\w-]*+,?+|\d++\w*+|[A-Z]\w++(?=[ \t]+(?:Drama|Film|Comedy|Thriller|Movie)){_NATIONAL_ADJ_EN if code == 'en' else ''})[ \t]++){{0,{8 if code == 'en' else 4}}}"
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
            rf"(?:(?:,\s+|\s+und\s+)(?:{RUN})(?:\s+als\s+(?:{RUN}))?)*)(?:\s*[:,.]|[ \t]*$)"
        ),
        title_director=re.compile(rf"\(({RUN})\s*[–—-]\s*(?:19|20)\d\d\)"),
        caption=re.compile(
            rf"(?m)^(?:[^:\n]{{0,40}}:\s+)?((?:{RUN})(?:{_PLACE_MARK})?(?:(?:,\s+|\s+(?:und|and|&)\s+)(?:{RUN})(?:{_PLACE_MARK})?)*)"
            rf"(?:\s+\((?:v\.\s?l\.|l-r\.?|l\.-r\.)\))?\s+in\s+(?:einer\s+Szene|a\s+scene|a\s+still|[„“\"'»‘A-Z])"
        ),
        relative_play=re.compile(
            rf",\s+(?P<pronoun>der|die|den|das)\s+(?P<inner>[^,.;:!?()\n]{{3,60}}?)\s+(?:{d.PLAY_VERBS_FINAL})(?=\s*[,.;:–—]|\s+-\s|\s+und\s)"
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


#: Roles that keep a person from being paired by a weaker cue.
_NOT_PERFORMING = frozenset({"director", "writer", "composer", "crew", "critic", "other_director", "filmography"})
#: Adjectives before "Stimme", joined by a comma or "und" ("ihre raue, tiefe Stimme").
_VOICE_ADJS = r"(?:[a-zäöüß]+(?:,|\s+und)?\s+){0,3}"
_OTHER_FILM_OPEN = frozenset('„“"»')
#: English: "first American film", "first English-language film": a nation's or language's adjective before the noun.
_NATIONAL_ADJ_EN = (
    r"|[A-Z][a-z]+(?:an|ish|ese|ian|ch)(?:-language)?(?=[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:film|movie|feature))"
)
_CAST_ROLES = frozenset({"actor", "possessive", "genitive", "pronoun"})
_QUOTED_TITLE = re.compile(r"[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]")
#: (with the fused forms: "Beim Sommerfest spielt die Kapelle", "Im Finale spielt ...": an event, no subject)
_PREPOSITIONS_DE = frozenset(
    "von vom neben mit mitsamt nach bei gegenüber gegen ohne für um zu zur zum beim im am ins ans aufs ums".split()
)
_NAME_CLOSED = re.compile(r"\s*(?:,|\.|;|\s[–—]\s|\s+als\b)")
_NAMED_CALLED = re.compile(r"\bnamens\s+(?=[^\W\d_a-zäöüß])")
#: "der wunderbare", "die junge": an article and adjectives before a subject named after its verb.
_PRONOUNS = frozenset(
    "Sie Er Es Ihr Ihn Ihm Ihnen Wir Man Diese Dieser Dieses Jene Jener Beide Beiden Alle Niemand Jemand He She It They"
    " Him Her Them I We You".split()
)
_AUXILIARY_BEFORE = re.compile(r",?\s+(?:are|were|is|was|werden|wurden|wird)\s+$")
_LEAD_ROLE_WORD = re.compile(r"(?:Haupt|Titel|Neben)?[Rr]olle$")
#: "as Douglas was in The American President": the part someone had in another film.
_WAS_IN = re.compile(r"\s+(?:was|were|had\s+been|did)(?=\s+in\s)")
_SENTENCE_STOP = re.compile(r"\s*[.;!,]")
_NOT_SUBJECT_LEAD = frozenset(
    """after before when if while with without opposite alongside beside besides like unlike as than to for from by
    of in on at against including despite because since until though although whereas once unless where whom who
    which that and but or nor into onto upon about over under between among behind toward towards via per""".split()
)
_AS_BRIDGE_STOP = frozenset(
    """known so such well not same served worked trained began started dressed disguised posing poses masquerading
    regarded seen described remembered famous billed credited grew raised born lived became christened named
    sees see saw treats treat treated regards views viewed""".split()
)
_RESPECTIVELY = re.compile(r",?\s+(?:respectively\b|beziehungsweise\b|bzw\.)")
_LIST_GLUE = re.compile(r",\s+|\s+(?:und|and|&)\s+|,\s+(?:und|and)\s+")
#: Words a list of names never skips: prepositions, relatives, verbs.
_ARTICLES = frozenset("der die das den dem des the a an".split())
_ADJ_INFLECTION = re.compile(r"(?:en|em|er|es|e)$")
_GLUE_BEFORE = re.compile(r"\s+(?:und|and|&)\s+$")
_POSSESSOR_DESCRIBED = re.compile(
    r"[A-ZÄÖÜ][\w-]*s\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][a-zäöüß]+\s+(?=[^\W\d_a-zäöüß])"
)
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
    # "Kräuterfrau", "Marktfrau", "Fährfrau": a trade compound on "-frau" (family names end in "-mann", rarely "-frau")
    return len(word) >= 8 and word.endswith(("frau", "frauen")) and word[:1].isupper()


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


#: Kinship and person words that mark a part's gender ("ihr Bruder Gustl", "her husband, Declan,").
WORD_BEFORE_PART = re.compile(r"([A-Za-zÄÖÜäöüß]+),?\s+$")
FEMALE_WORDS = frozenset(
    "tochter mutter schwester frau ehefrau witwe tante oma großmutter enkelin nichte cousine freundin verlobte "
    "geliebte daughter mother sister wife widow aunt grandmother granddaughter niece girlfriend fiancée mum mom".split()
)
MALE_WORDS = frozenset(
    "sohn vater bruder mann ehemann witwer onkel opa großvater enkel neffe cousin freund verlobter geliebter son "
    "father brother husband widower uncle grandfather grandson nephew boyfriend fiancé dad".split()
)
