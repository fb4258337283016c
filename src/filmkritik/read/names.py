"""Person names in critic prose, found by shape and checked against shipped lexicons.

No German NER model can be installed, so names come from what the text shows:
capitalised runs ("Anna Maria Vogt", "J. T. Marlow", "Rudolf van der Berg"), first-name
lexicons built by :mod:`filmkritik.lang.build_names`, and lists of capitalised common words
(German nouns, English words that critics write in lower case) that tell "Krankenschwester
Greta" apart from a name. The credits reader decides *roles*; this module only answers
"where are the capitalised runs" and "does this run look like a person".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from filmkritik.model import Span

#: Upper-case letters of the Latin scripts (built once; ``re`` has no \p{Lu}).
UPPER = "".join(
    ch for code in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)) if (ch := chr(code)).isupper() and ch.isalpha()
)
_LETTER = r"[^\W\d_]"
_SPACE = r"[ \u00a0]"
#: One capitalised word: "Brenner", "O’Malley", "Vogt-Ramirez", "McAllister"; a possessive 's stays outside.
#: (Letters run as one repeat between apostrophes and hyphens: the same matches as repeating
#: "letter or joiner" one character at a time, several times faster in the regex engine.)
TOKEN = rf"[{UPPER}]{_LETTER}*(?:(?:['’](?!s\b)|-)(?={_LETTER}){_LETTER}*)*"
INITIAL = rf"[{UPPER}]\."
#: Lower-case name particles that may sit inside a name ("Rudolf van der Berg", "Lorenzo di Medici").
PARTICLE = (
    r"(?:v[ao]n(?:[ ](?:der|den|dem))?|de(?:[ ]la)?|del|della|di|da|du|dos|le|la|ter|ten|zu|bin|ibn|bint|al|el|y)"
)
#: Arabic articles (and a French elided "d'": "Jean d'Arcy") written in lower case and joined to the next word by a hyphen ("Tariq al-Hashimi",
#: "Nadia el-Masri"): inside a name (never opening one), they make the word after them a name word.
ARTICLE_PREFIX = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|ibn|bin)-|d['’])"
#: Abbreviated titles that open a role's name ("Mr. Barnes", "Dr. Vogt").
TITLE_ABBREVIATION = r"(?:Mr|Mrs|Ms|Dr|Prof|Sgt|Capt|Lt|Col|Gen|St|Det|Insp|Rev|Fr)\."
_RUN_OPENING = rf"(?<![\w-])(?:{TITLE_ABBREVIATION}{_SPACE})?(?:{INITIAL}{_SPACE}?)*{TOKEN}"
RUN = (
    rf"{_RUN_OPENING}"
    rf"(?:{_SPACE}(?!(?:Jr|Sr)\.)(?:{PARTICLE}{_SPACE}|{TITLE_ABBREVIATION}{_SPACE}|[‘'\"“]{TOKEN}(?:{_SPACE}{TOKEN}){{0,2}}[’'\"”]{_SPACE})?(?:{INITIAL}{_SPACE}?)*(?:{ARTICLE_PREFIX})?{TOKEN})*"
    rf"(?:,?{_SPACE}(?:Jr|Sr)\.|{_SPACE}(?:II|III))?"
)


def _opening_consumed() -> str:
    """:data:`RUN` up to its first name word, for when that word's first character (a capital) is already
    matched: a title's rest ("r." of "Dr."), an initial's dot, or the rest of a name word."""
    titles: dict[str, list[str]] = {}
    for title in TITLE_ABBREVIATION[3:-3].split("|"):  # "(?:Mr|Mrs|...)\\." -> Mr, Mrs, ...
        titles.setdefault(title[0], []).append(title[1:])
    rest_of_title = "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in titles.items())
    rest_of_token = TOKEN[len(f"[{UPPER}]") :]
    assert TOKEN.startswith(f"[{UPPER}]") and TITLE_ABBREVIATION.endswith(r")\.")
    # Every title's rest is one to three lower-case letters before its dot: the look-ahead lets the
    # capitals of ordinary words ("Film", "Anna") skip the ten look-behinds at once.
    longest = max(len(rest) for rests in titles.values() for rest in rests)
    assert all(rest.isascii() and rest.islower() and rest.isalpha() for rests in titles.values() for rest in rests)
    return (
        rf"(?:(?=[a-z]{{1,{longest}}}\.)(?:{rest_of_title})\.{_SPACE}(?:{INITIAL}{_SPACE}?)*{TOKEN}"
        rf"|\.{_SPACE}?(?:{INITIAL}{_SPACE}?)*{TOKEN}"
        rf"|{rest_of_token})"
    )


#: :data:`RUN`, compiled to open with the class of capitals every run starts with: the regex engine skips
#: to the next capital at once (a pattern opening with a look-ahead or look-behind is tried at every
#: position). The capital is matched first, then a look-behind checks the character before it (what
#: RUN's opening ``(?<![\w-])`` checks), then the rest of the title, initial or name word it opened;
#: the same alternatives in the same order, so the same matches (the tests compare the two).
RUN_RE = re.compile(rf"[{UPPER}](?<![\w-].){_opening_consumed()}{RUN[len(_RUN_OPENING) :]}")
_TOKEN_SPLIT = re.compile(rf"{_SPACE}+")
#: Every string :data:`PARTICLE` matches, for a set look-up instead of a regex call per token.
PARTICLES = frozenset(
    "van von de del della di da du dos le la ter ten zu bin ibn bint al el y".split()
    + [f"v{a}n {b}" for a in "ao" for b in ("der", "den", "dem")]
    + ["de la"]
)


#: Capitalised articles that open a surname after a particle ("Jean-Luc de La Rivière", "Pieter van Der Meer"):
#: some are given names too ("La"), but after a particle they start no new name.
_SURNAME_ARTICLES = frozenset("La Le Les Los Las Lo Del Della Der Den Ten Ter".split())


def _is_particle(token: str) -> bool:
    """What ``re.match(rf"^{PARTICLE}$", token)`` says (its ``$`` also matches before a final line break)."""
    return token in PARTICLES or (token[-1:] == "\n" and token[:-1] in PARTICLES)


#: German month names that are given names too ("Mai", "Juni", "August"), rejected when they stand alone.
_MONTHS_DE = frozenset("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split())
#: Generation numerals after a surname ("Harold Pemberton III").
_GENERATIONS = frozenset("II III IV".split())
_INITIAL_RE = re.compile(rf"^(?:[{UPPER}]\.)+$|^[{UPPER}]$")
_HAS_DIGIT = re.compile(r"\d")

#: German noun endings: a capitalised word ending so is a common noun, not a name.
_NOUN_SUFFIXES = tuple(
    "ung heit keit schaft ismus tät erin innen ling tum eur euse istin antin entin ierin orin "
    "afin esin ösin gin steller stellerin spieler spielerin chen lein nis tion".split()
)
#: Kinship and role words that end German compounds ("Großvater", "Nachbarssohn") and learned
#: agent nouns ("Ornithologe", "Inspektor", "Moderator"); few surnames end so.
_ROLE_TAILS = tuple(
    "vater väter mutter sohn tochter bruder schwester onkel tante neffe neffen nichte enkel enkelin witwe "
    "witwer gattin gatte lotse lotsen pfarrer ärztin arzt sänger fahrer ologe ologen ologin ektor ektors ektorin "
    "ator ators atorin studienrat hofrat stadtrat rätin".split()
)
#: "Journalist", "Pianistin": an -ist noun after at least four letters that are no q, v or w.
_VOWEL_UNG = re.compile(r"[aeioy]ung\n?$")
_IST_TAIL = re.compile(r"\w{3}[^qvw](?:ist|isten|istin)$")


#: Korean family names as romanised in film credits (the common ones, the list any credit shows).
KOREAN_SURNAMES = frozenset(
    """Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Sin
    Kwon Hwang Ahn An Song Jeon Jun Hong Yoo Yu Ko Go Moon Mun Yang Son Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak
    Sung Seong Cha Joo Ju Woo Min Ryu Yoo Na Jin Ji Um Eom Byun Byeon Gong Chae Won Chun Cheon Bang Pyo Hyun Yeo Do
    Ma Gil Koo Goo Ku Kong Tak Seol Maeng Ok Myung Jegal Namgoong Sunwoo Hwangbo""".split()
)
#: A romanised Korean given name: two syllables joined by a hyphen ("Tae-min", "Eun-byul", "Ji-woo").
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def is_korean_name(parts: list[str]) -> bool:
    """ "Kang Tae-min": a Korean family name, then a hyphenated two-syllable given name."""
    return len(parts) == 2 and parts[0] in KOREAN_SURNAMES and bool(_KOREAN_GIVEN.fullmatch(parts[1]))


@dataclass(frozen=True)
class Lexicon:
    """Word lists shipped in ``lang/data``; load with :func:`lexicon`."""

    first_names: frozenset[str]
    common_de: frozenset[str]
    common_en: frozenset[str]
    lower_de: frozenset[str] = frozenset()
    #: :meth:`looks_like_noun`'s answers by (token, language): the word lists never change, and a German review
    #: asks about ~100 words, two thirds of them asked before (the compound test tries each tail of a long word).
    _nouns: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def is_lower_word(self, token: str, language: str) -> bool:
        """A word the language writes in lower case ("Endlich" opening a sentence is no surname)."""
        low = token.lower()
        return low in self.lower_de if language == "de" else low in self.common_en

    def is_first_name(self, token: str) -> bool:
        return token in self.first_names or token.rstrip(".") in self.first_names

    def is_given(self, token: str) -> bool:
        """A given name that is no common word in either language ("Mentor" and "Will" are both)."""
        return self.is_first_name(token) and token not in self.common_de and token.lower() not in self.common_en

    def is_common(self, token: str, language: str) -> bool:
        """A capitalised common word (a German noun, an English word critics write in lower case)."""
        if language == "de":
            last = token.rsplit("-", 1)[-1]
            return token in self.common_de or (last != token and last[:1].isupper() and last in self.common_de)
        return token.lower() in self.common_en

    def looks_like_noun(self, token: str, language: str) -> bool:
        """Common word, or (German) a word with a noun ending, a genitive or a compound of a known noun."""
        key = (token, language)
        known = self._nouns.get(key)
        if known is None:
            if len(self._nouns) >= NOUN_MEMO:
                self._nouns.clear()  # (bounded: a process reading many reviews meets ever new words)
            known = self._nouns[key] = self._looks_like_noun(token, language)
        return known

    def _looks_like_noun(self, token: str, language: str) -> bool:
        if self.is_common(token, language):
            return True
        if language != "de" or len(token) < 5 or self.is_first_name(token):
            return False
        last = token.rsplit("-", 1)[-1]
        lowered = last.lower()
        # ("Leung", "Young": -ung after a vowel other than u ends names, not German nouns such as "Trauung".)
        if (_ends(last, _NOUN_SUFFIXES) and not _VOWEL_UNG.search(lowered)) or _ends(lowered, _ROLE_TAILS):
            return True
        if _ends(lowered, ("ist", "isten", "istin")) and _IST_TAIL.search(lowered):
            return True
        if last.endswith(("s", "n")) and (last[:-1] in self.common_de or last[:-2] in self.common_de):
            return True  # genitive "Ehemanns", dative plural "Machern", feminine "Wirtin"
        # "Sexualpartner", "Kriegsfotografin": a compound whose last part is a known noun.
        # Short tails ("-mann", "-berg", "-stein") are left out: they end many surnames.
        return any(last[k:].capitalize() in self.common_de for k in range(3, len(last) - 5))


#: How many answers :meth:`Lexicon.looks_like_noun` remembers before it starts afresh.
NOUN_MEMO = 1 << 16


def _ends(token: str, suffixes: tuple[str, ...]) -> bool:
    """What the regex "(?:suffix|...)$" finds: a suffix at the end, or before a final line break."""
    return token.endswith(suffixes) or (token.endswith("\n") and token[:-1].endswith(suffixes))


#: English given names that are also common words and that the built lexicon lacks ("Honor Blackman"):
#: after them a surname-shaped word makes a person, where a lower-case "honor" stays a word.
_WORD_GIVEN_NAMES = frozenset("Honor Honour Verity Constance Prudence".split())


#: Film loanwords German critics write as nouns that the built German word list lacks: after a possessor's
#: genitive ("Amara Osei-Bonsus Biopic") they end a noun phrase, not a name.
_FILM_NOUNS_DE = frozenset(
    "Biopic Biopics Debüt Debüts Roadmovie Roadmovies Remake Remakes Sequel Sequels Prequel Prequels".split()
)


def _read(name: str) -> frozenset[str]:
    text = resources.files("filmkritik.lang").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line)


@cache
def lexicon() -> Lexicon:
    """The shipped lexicons, read once per process."""
    return Lexicon(
        _read("first_names.txt") | _WORD_GIVEN_NAMES,
        _read("common_de.txt") | _FILM_NOUNS_DE,
        _read("common_en.txt"),
        _read("lower_de.txt"),
    )


def tokens(name: str) -> list[str]:
    # The same as splitting on _TOKEN_SPLIT, without a regex call (this runs for every name looked at).
    # Stripped, the name has no space at either end, so only a double space leaves an empty token.
    spaced = name.strip().replace("\u00a0", " ")
    if not spaced:
        return []
    parts = spaced.split(" ")
    return [t for t in parts if t] if "  " in spaced else parts


class Runs:
    """All capitalised runs of one text, with lookups by position (built once per review)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[Span] = list(map(re.Match.span, RUN_RE.finditer(text)))
        self._ends = [e for _, e in self.spans]
        self._starts = [s for s, _ in self.spans]

    def ending_at(self, pos: int, *, skip: str = " \u00a0") -> Span | None:
        """The run (or the head of a run, up to a word boundary) that ends at ``pos``, skipping ``skip`` backwards."""
        while pos > 0 and self.text[pos - 1] in skip:
            pos -= 1
        i = bisect.bisect_left(self._ends, pos)
        if i < len(self.spans) and self.spans[i][0] < pos:
            start, end = self.spans[i]
            if pos == end or self.text[pos] in " \u00a0":
                return (start, pos)
        return None

    def starting_at(self, pos: int, *, skip: str = " \u00a0") -> Span | None:
        """The run (or the tail of a run, from a word boundary) that starts at ``pos``."""
        n = len(self.text)
        while pos < n and self.text[pos] in skip:
            pos += 1
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0:
            start, end = self.spans[i]
            if start <= pos < end and (pos == start or self.text[pos - 1] in " \u00a0"):
                return (pos, end)
        return None

    def last_ending_before(self, pos: int) -> Span | None:
        """The last run that ends at or before ``pos``."""
        i = bisect.bisect_right(self._ends, pos) - 1
        return self.spans[i] if i >= 0 else None

    def within(self, start: int, end: int) -> list[Span]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] <= end:
                out.append(self.spans[i])
            i += 1
        return out


def trim_person(name: str, language: str, lex: Lexicon, cues: frozenset[str] = frozenset()) -> str | None:
    """The person name inside a capitalised run, or None when the run is no person.

    Leading determiners, cue words ("Regisseurin", "Youngster") and common nouns are
    dropped ("Krankenschwester Greta" -> "Greta" is still no *person* here: callers decide
    about single tokens); runs of only common words, all-caps words or digits are rejected.
    """
    parts = tokens(name)
    # "Kieler Regisseur Jonas Brandl": a cue word and everything before it goes.
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] in cues and i < len(parts) - 1:
            parts = parts[i + 1 :]
            break
    while parts and (parts[0] in cues or _is_particle(parts[0])):
        parts = parts[1:]
    # Drop leading words up to the first given name when none of them is a given name
    # ("Veteran Walter Gisler", "Youngster Gabriel Vogt").
    for i, tok in enumerate(parts[:-1]):
        if lex.is_given(tok):
            lead = parts[:i]
            if lead and all(
                t in cues
                or lex.looks_like_noun(t, language)
                # (an English word only in English text when it is a given name: "Ole Kristian Vatne" in German)
                or (lex.is_common(t, "en") and not (language == "de" and lex.is_first_name(t) and j == 0))
                or lex.is_common(t, "de")
                or lex.is_lower_word(t, language)  # "Einzig Nele Stroh", "Dass Horst Wegener": a sentence opener
                or (0 < j < len(lead) - 1 and _is_particle(t))  # "Auftritt von Sänger Ronny Vahl"
                # "Olsens Lieblingsschauspielerin Ida Brandt": a possessor's genitive before a noun
                or (language == "de" and j == 0 and len(lead) > 1 and t.endswith("s") and not lex.is_given(t))
                for j, t in enumerate(lead)
            ):
                parts = parts[i:]
            break
    while (
        len(parts) > 1
        and (parts[0] in cues or (lex.looks_like_noun(parts[0], language) and not lex.is_first_name(parts[0])))
        and not is_korean_name(parts)  # "Moon Ha-rin", "Oh Sang-wook": a family name that is also a word
    ):
        parts = parts[1:]
    while parts and (_is_particle(parts[0]) or parts[0][:1].islower()):
        parts = parts[1:]
    # "Roman von Lukas Weber": a particle followed by a given name starts a new name.
    for i, tok in enumerate(parts[1:-1], 1):
        # ("Tobias von Arnim" stays whole: a given name before the particle, one word after it.)
        # ("Langfilmdebüt von Ole Gerstenkorn": a given name that is also a word counts when no word before the
        # particle is a given name and a surname follows.)
        if (
            _is_particle(tok)
            and (
                lex.is_given(parts[i + 1])
                or (
                    i + 2 < len(parts)
                    and lex.is_first_name(parts[i + 1])
                    and not any(lex.is_first_name(t) for t in parts[:i])
                )
            )
            and parts[i + 1] not in _SURNAME_ARTICLES
            and (i + 2 < len(parts) or not any(lex.is_given(t) for t in parts[:i]))
        ):
            parts = parts[i + 1 :]
            break
    # English title-case headlines: "Otto Kern Sparkles" -> "Otto Kern".
    while (
        language == "en"
        and len(parts) > 2
        and lex.is_common(parts[-1], language)
        and not lex.is_first_name(parts[-1])
        and not _is_particle(parts[-2])  # "Thierry de la Tour": a word after a particle is the surname
    ):
        parts = parts[:-1]
    if not parts or len(parts) > 5:
        return None
    if _HAS_DIGIT.search(" ".join(parts)):  # (one search: a space is no digit)
        return None
    # "Harold Pemberton III": a generation numeral closes a name (and is no all-caps word).
    numeral = parts[-1] if len(parts) > 2 and parts[-1] in _GENERATIONS else None
    if numeral:
        parts = parts[:-1]
    if all(t.isupper() and len(t) > 1 for t in parts):
        if len(parts) < 2:
            return None
        parts = [t.title() for t in parts]
    elif any(t.isupper() and len(t) > 2 and not _INITIAL_RE.match(t) for t in parts):  # "R.J." is initials
        return None
    words = [t for t in parts if not _INITIAL_RE.match(t) and not _is_particle(t)]
    if not words:
        return None
    if language == "de" and len(parts) == 1 and parts[0] in _MONTHS_DE:
        return None  # "Im Mai spielt ...": alone in German prose, "Mai", "Juli", "August" are months
    lone = words[0] if len(words) == 1 and not lex.is_first_name(words[0]) else None
    if lone and (lex.looks_like_noun(lone, language) or (language == "de" and lex.is_lower_word(lone, language))):
        return None
    if len(words) > 1 and all(lex.is_common(t, language) and not lex.is_first_name(t) for t in words):
        return None
    return " ".join([*parts, numeral] if numeral else parts)


def is_initial(token: str) -> bool:
    """ "J.", "J" or "H.B.": an initial inside a name."""
    return bool(_INITIAL_RE.match(token))


def is_full_name(name: str, lex: Lexicon) -> bool:
    """Two or more words starting with a known given name or an initial."""
    parts = tokens(name)
    return len(parts) >= 2 and (lex.is_first_name(parts[0]) or bool(_INITIAL_RE.match(parts[0])))
