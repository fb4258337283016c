"""Credits, judging words: whether a name is a full name, a word a role noun or a trade, a token a
given name.
"""

from __future__ import annotations

import re

from filmkritik.read import names, places
from filmkritik.read.credits.base import ReaderBase
from filmkritik.read.credits.common import (
    _ADJ_INFLECTION,
    _LEAD_ROLE_WORD,
    _NAMED_CALLED,
    CREDIT,
    FEMALE_WORDS,
    MALE_WORDS,
    WORD_BEFORE_PART,
    is_relation_noun,
    is_role_noun,
)
from filmkritik.read.lexmatch import is_word, occurrences, standalone_matches, word_boundary

_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


def _lower_words_before(text: str, word: str) -> list[str]:
    """The first group of each match of ``re.finditer(rf"\\b([a-zäöüß]+) {re.escape(word)}\\b", text)``, without
    compiling that pattern per word: before each " word" (a word boundary after it), the run of those letters
    ending at the space, when a word boundary opens it, and no match starting inside the one found before it.
    (The run is all the letters before the space: a shorter one would have to end at a letter, not a space.)"""
    needle = " " + word
    out: list[str] = []
    last = 0
    for space in occurrences(text, needle):
        start = space
        while start and text[start - 1] in _LOWER_LETTERS:
            start -= 1
        if start == space or start < last or (start and is_word(text[start - 1])):
            continue
        end = space + len(needle)
        if word_boundary(text, end):
            out.append(text[start:space])
            last = end
    return out


#: Endings of German person nouns ("Vermittler", "Physikerin", "Pianist", "Praktikant", "Präsident", "Direktor",
#: "Friseur", "Häftling", "Angestellte").
_PERSON_ENDINGS = (
    "er",
    "ern",
    "in",
    "innen",
    "ist",
    "isten",
    "ant",
    "anten",
    "ent",
    "enten",
    "or",
    "eur",
    "ling",
    "te",
    "ten",
)


#: Letters of Polish, Turkish, Icelandic, Czech, Romanian, Hungarian, Scandinavian and Baltic names that no English
#: (and no German) word holds: a capitalised word with one is a foreign proper name.
_FOREIGN_LETTERS = frozenset("şğıİłŁżŻźŹśŚńąęőűþÞðøØåÅæčČřŘžŽšŠťďňěůșȘțȚăđĐćĆėįųūļķņģ")
#: Lower-case particles inside family names ("van", "de", "di", "da", "ter"); "von"/"zu" stay words of their own in
#: German prose.
#: (also the Irish patronymics written capitalised inside a name: "Ciarán Ó Dálaigh", "Saoirse Ní Bhraonáin")
_NAME_PARTICLES = frozenset("van de der den di da del della dos du le la ter ten Ó Ní Uí Nic Mhic".split())


def _foreign_letters(parts: list[str]) -> bool:
    """Whether a word of the name holds a letter no English or German word holds (see :data:`_FOREIGN_LETTERS`)."""
    return any(not _FOREIGN_LETTERS.isdisjoint(t) for t in parts)


class Judging(ReaderBase):
    """Reader layer: what a word or a name is."""

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
        if len(parts) >= 3:
            # "Ruud van Ommeren", "Femke de Smedt": a lower-case particle inside the name is no word of its own
            parts = [parts[0], *(t for t in parts[1:-1] if t not in _NAME_PARTICLES), parts[-1]]
        if self.code == "en" and names.is_korean_name(parts):
            # "Oh Sang-wook", "Moon Ha-rin": a Korean family name (an English word too) before a hyphenated given name
            return not places.canonical(name)
        if self.code == "en" and 2 <= len(parts) <= 3 and _foreign_letters(parts):
            # "Ayşegül Karakoç": letters no English word holds; still only name-shaped words that no list knows as
            # places
            return self._name_shaped(parts) and not any(self.lex.is_common(t, "en") for t in parts)
        if self.code == "en" and len(parts) == 2 and parts[1].count("-") == 1:
            # "Owain Vaughan-Rees": a double-barrelled family name (two capitalised halves) after a name-shaped word
            halves = parts[1].split("-")
            return (
                all(h[:1].isupper() and len(h) > 2 for h in halves)
                and self._name_shaped([parts[0], *halves])
                and not any(self.lex.is_common(t, "en") for t in (parts[0], *halves))
                and not any(places.canonical(h) for h in halves)
            )
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
        given = " ".join(parts[:-1]) + " "
        if surname:
            starts = standalone_matches(self.text, surname)
        else:
            starts = [m.start() for m in re.finditer(r"(?<![\w-])(?![\w-])", self.text)]
        return any(not self.text.endswith(given, 0, at) for at in starts)

    def _name_shaped(self, parts: list[str]) -> bool:
        """Capitalised words that are no common word, noun, place or opener: a name no lexicon lists."""
        for i, tok in enumerate(parts):
            word = tok.replace("-", "")
            if not word.isalpha() or not tok[:1].isupper() or tok.isupper() or len(tok) < 2:
                return False
            if self.lex.is_common(tok, self.code):
                return False
            # ("Ebeling", "Kessling": a surname after a name-shaped first word may end like "Lehrling"; the word
            # lists still reject the nouns themselves)
            if self.lex.looks_like_noun(tok, self.code) and not (i > 0 and tok.endswith("ling")):
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

    def _role_word_after(self, after: str) -> bool:
        """A role word alone after "als", or after a possessor: "als Hebamme", "als Rosalies Mutter"."""
        words = [w.rstrip(",.;:!?") for w in after.split(" ", 2)[:2]]
        if self._role_word(words[0]):
            return True
        return len(words) == 2 and words[0].endswith("s") and words[0][:1].isupper() and self._role_word(words[1])

    def _role_word(self, word: str) -> bool:
        """A German role noun, relation or title standing alone ("Hebamme", "Großvater", "Kommissarin")."""
        return self._role_noun(word) or word in self.d.HONORIFICS or word in self.d.RELATION_NOUNS

    def _once_only_noun(self, word: str) -> bool:
        """A word the text writes once that ends like a German person noun ("Tüftler") or is a compound of a known
        noun ("Prüfungsangst"): a description, not a part's name (a surname alone recurs or stands in a full name)."""
        if not word[:1].isupper() or len(word) < 6 or len(standalone_matches(self.text, word)) != 1:
            return False
        if word.endswith(("ler", "lerin", "ner", "nerin")):
            return True
        return any(word[k].islower() and word[k:].capitalize() in self.lex.common_de for k in range(3, len(word) - 4))

    def _noun_only_part(self, char: str) -> bool:
        """A German part given only by a common noun ("Professor", "Unternehmer", "Hauptverdächtigen"), no name."""
        return (
            self.code == "de"
            and " " not in char
            and not self._given(char)
            and (self.lex.looks_like_noun(char, "de") or self._role_word(char))
        )

    def _names_no_person(self, word: str) -> bool:
        """A German common noun that names no person ("Heimkehr", "Kommando", "Funkwache", "Schach"): no role noun,
        relation, title or performer's trade, and none of the endings German person nouns take ("-er", "-in",
        "-ist", "-ant", "-ent", "-or", "-eur", "-ling", "-te"); a play verb's object of that kind is no part."""
        if " " in word or not word[:1].isupper() or self._given(word) or self._used_as_name(word):
            return False
        if not self.lex.looks_like_noun(word, "de") or self._role_word(word) or self._trade_noun(word):
            return False
        if is_relation_noun(word, self.d.RELATION_NOUNS, self.d.RELATION_TRADES):
            return False
        return not word.lower().endswith(_PERSON_ENDINGS) and not word.lower().endswith(("rolle", "part", "figur"))

    def _used_as_name(self, word: str) -> bool:
        """Whether the text also writes ``word`` as a name, mid-sentence with no article or adjective before it
        ("der kleinen Fritzi" beside "lernt Fritzi", not "der alte Torfstecher" alone)."""
        if self.lex.looks_like_noun(word, self.code) or self._role_noun(word):
            return False
        for before in _lower_words_before(self.text, word):
            if before in ("und", "mit", "von", "für", "bei", "an", "neben") or (
                not _ADJ_INFLECTION.search(before) and before not in self.d.DEFINITE | self.d.NON_DEFINITE
            ):
                return True
        return False

    def _demonym(self, word: str) -> bool:
        """ "Deutschen", "Franzosen", "Schweizerin": a German nationality noun, inflected or not."""
        nouns = self.d.NATIONALITY_NOUN
        if word in nouns:
            return True
        if self.code != "de":
            return False
        # (only an inflection's ending may be cut: "Irina" is no "Irin")
        return (word.endswith(("n", "s")) and word[:-1] in nouns) or (word.endswith("en") and word[:-2] in nouns)

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
        if self._trade_noun(first) or self._given(first):
            return True
        if self.code == "de" and self._foreign_name(raw):
            return True  # "von der großen Ketevan Abashidze": a name no list knows, shaped as one
        # "von der Bottroperin Ilvy Kaczmarek": an inhabitant's noun, then two name-shaped words no list knows
        words = raw.split(" ")
        return (
            len(words) == 3
            and first.endswith(("erin", "er", "ers"))
            and (self._demonym(first) or not self.lex.is_common(first, self.code))
            and self._name_shaped(words[1:])
        )

    def _given(self, token: str) -> bool:
        """A given name that is no common word ("Mentor", "Will" are both)."""
        return (
            self.lex.is_first_name(token)
            and not self.lex.is_common(token, "de")
            and not self.lex.is_common(token, "en")
        )

    def _part_gender(self, pos: int) -> str | None:
        """ "f"/"m" when a kinship or person word right before the part at ``pos`` marks it ("ihr Bruder Gustl",
        "her husband, Declan,"), else None."""
        m = WORD_BEFORE_PART.search(self.text, max(0, pos - 40), pos)
        word = m.group(1).lower() if m else ""
        return "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else None

    def _word_before(self, pos: int) -> str:
        m = re.search(r"([\w’']+)\s*$", self.text[max(0, pos - 30) : pos])
        return m.group(1) if m else ""

    def _nicknamed_in(self, appos: str, start: int) -> str | None:
        """The given name after "namens" in an apposition ("eines Schleusers namens Viktor")."""
        m = _NAMED_CALLED.search(appos)
        if not m:
            return None
        span = self.runs.starting_at(start + m.end())
        raw = self.run_text(span) if span else ""
        words = raw.split(" ")
        # ("namens Dr. Gerwald Pruschke": a title first, the name after it decides)
        first = words[1] if len(words) > 2 and words[0] in self.d.HONORIFICS else words[0]
        if raw and not self._given(first):
            # ("eine Hebamme namens Vroni": "namens" makes a name no list knows a name, unless it is a common word)
            if self.lex.looks_like_noun(first, self.code) or self.lex.is_lower_word(first, self.code):
                return None
            if not self._name_shaped([first]):
                return None
        return raw or None

    def _voice_name(self, actor: str) -> bool:
        """A voice cue is strong enough to credit two name-shaped words no given-name list knows ("leiht Tarek Haddad
        dem Erdmännchen ..."): foreign given names are missing from every lexicon."""
        parts = actor.split(" ")
        return self.code == "de" and len(parts) == 2 and self._name_shaped(parts)

    def _given_role(self, character: str) -> bool:
        """A role named by one given name, after a title word in English ("Viola", "Father Dominic")."""
        words = character.split(" ")
        if self.code == "en" and len(words) == 2 and words[0] in self.d.HONORIFICS:
            return True  # "Hugo Ferreira's Captain Almeida": a title word names a character
        return len(words) == 1 and self._given(words[0])
