"""Credits, characters: the character a cue names ("den Notar Paul Berg", "the widow Ruth")."""

from __future__ import annotations

import re

from filmkritik import lang
from filmkritik.read import festivals, names, places
from filmkritik.read.credits.common import (
    _ADJ_INFLECTION,
    _LEAD_ROLE_WORD,
    _LOWER_WORD,
    _POSSESSOR_DESCRIBED,
    _PRONOUNS,
    _YEAR,
    _strip_genitive,
    is_relation_noun,
)
from filmkritik.read.credits.people import People

#: Titles that are part of how a role is called ("die Hausmeisterin Frau Kratochwil"), unlike "die Kommissarin".
_POSSESSIVE_STEMS = ("sein", "ihr", "his", "her", "mein", "my", "unser", "our", "their", "dein", "your")
_ACADEMIC_TITLES = frozenset("Dr. Prof. Dr Prof".split())
_FORMS_OF_ADDRESS = frozenset("Frau Herr Fräulein Mr. Mrs. Ms. Miss Mister Madame Madam Monsieur".split())
#: "the station's ", "a ship's ": a lower-case noun's possessive right before a run (a thing's or a place's).
_THING_POSSESSOR_BEFORE = re.compile(r"\b(?:the|a|an|its|this|that)\s+[a-z][\w-]*['’]s\s+$")
_ROLE_APPOSITION = re.compile(r",\s+(?:die|der|den|des|dem)\s+(?:[a-zäöüß-]+\s+){0,2}(?=[^\W\d_a-zäöüß])")
#: Another performer's "as" ("..., and X, as a drifter named Lucky").
_ANOTHER_AS = re.compile(r",?\s+as\s")
_NAMED = re.compile(
    r"[^.;:!?\n]{0,60}?\b(?:named|called|calls\s+(?:himself|herself|themselves)|known\s+(?:only\s+|simply\s+|to\s+(?:everyone|all)\s+)?as|namens|genannt|nennt"
    # "spielt diesen Mann, einen gewissen Dr. X": "a certain" introduces the part's name
    r"|,\s+(?:einen|einem|einer|eine|ein)\s+gewisse[nrs]?)\s+"
)
#: English: one capitalised word, then a lower-case noun that ends the phrase ("the Guatemalan neighbor who").
_ADJECTIVE_BEFORE_NOUN = re.compile(
    r"[A-Z][a-z]+(?:an|ian|ese|ish|ic|i)\s+[a-z]+(?=\s+(?:who|that|which|whose|with|from|and)\b|[,.;:!?])"
)
_NAME_LIST_AFTER = re.compile(r",\s+[A-Z][\w'’-]+(?:,|\s+and\s+[A-Z])")
_ARTICLE_AFTER_COMMA = re.compile(r",\s+(?:the|a|an)\s+[a-z]")
_NEXT_PERFORMER = re.compile(r"\s+(?:as|plays|voices)\s|\s*\(")
#: Comparatives and superlatives ("ältere", "jüngste"): they rank siblings, so the relation word describes.
# ("der kleine Bruder Can", "die große Schwester Ida": a sibling's rank said with "klein"/"groß")
_RANKING_ADJ = re.compile(r"(?:ere|eren|erer|ste|sten|ster)$|^(?:kleine|kleinen|kleiner|große|großen|großer)$")
_NICK_OPEN = "„“\"»‚‘'"
_QUOTED_NICK = re.compile(r"[„“\"»‚‘']([A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*){0,2})[“”\"«‘’']")
#: After a possessor's genitive: an inflected adjective or two, then a capitalised noun ("Riecks alter Kumpel").
_RELATION_AFTER = re.compile(r" (?:[a-zäöüß]+(?:e|en|er|es) ){0,2}[A-ZÄÖÜ][a-zäöüß]")
_ROLE_STOP = frozenset(
    "und and in im als as who which that der die nicht not mit with von by of for to für"
    # English prepositions and adverbs after a role ("plays Edith opposite X's Caleb", "alongside X as Y")
    " alongside opposite against beside at on from into here there again".split()
)
_PLAY_VERB_WORD = re.compile(r"spielt|spielte|verkörpert|verkörperte|mimt|mimte|gibt|gab|spielen|verkörpern")
_APOSTROPHE_DESCRIBED = re.compile(r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][a-zäöüß]+\s+(?=[^\W\d_a-zäöüß])")
_RELATION_GENITIVE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+(?:des|der)\s+(?:[a-zäöüß]+(?:e|en)\s+)?$")


_COMMA_SPACE = re.compile(r",\s+")
#: Words that introduce a name right before it ("known to everyone as", "called", "namens").
_INTRODUCED_BEFORE = re.compile(r"\b(?:known\s+(?:[a-z]+\s+){0,3}?as|called|named|namens|genannt)\s+$")
#: A modifier of capitals and digits ("MI6", "F1", "U2").
_CAPS_CODE = re.compile(r"[A-Z][A-Z]*\d[A-Z\d]*(?=\s+[a-z])")

#: Kinship words that are no title too ("Schwester Clementia", "Bruder Anselm", "Mutter Oberin", "Vater Abraham" may be
#: a nun's, a monk's, an abbess's or a priest's title, which stays after an article).
_KIN_ONLY = frozenset(
    "Tochter Sohn Onkel Tante Neffe Nichte Cousin Cousine Großmutter Großvater Oma Opa Enkel Enkelin Schwager".split()
)
#: German possessive determiners ("ihr Vorgesetzter Karl").
#: Prepositions that attach a thing to a nameless part ("ein Mann mit Schlüsselbund", "die Frau im Pelz").
_DESCRIBING_PREPOSITIONS = frozenset("mit ohne im vom aus samt".split())
_POSSESSIVES_DE = frozenset("ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner".split())
#: Heads of German rank and office compounds (``lang/de/credits.py``).
_RANK_COMPOUND_HEAD_DE = re.compile(lang.data("de", "credits").RANK_COMPOUND_HEAD)


class Characters(People):
    """Reader layer: characters named by a cue."""

    def _role_in_parens(self, inner: str) -> bool:
        """A lone given name in parentheses that no full name in the text ends with: a role, not an actor."""
        return " " not in inner and self._given(inner) and not self.full_names_ending(inner)

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
        if self.code == "de" and not det:
            det = self._determiner_inside(raw, start)
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
        if self._title_as_written(parts, det, lower_det, described, start):
            return " ".join(parts)  # "Tochter Ilka (X)", "Kommissarin Britta Jansen (X)": no determiner, as written
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
                # "Carys Morgan": in English a name-shaped word no list knows before a surname that is also a given
                # name is the part's given name (a description there is a common word: "Nazi Otto Kern")
                and not (self.code == "en" and i == 1 and len(parts) == 2 and self._name_shaped(parts[:1]))
            ):
                if i > 1 and (self.lex.is_first_name(parts[i - 1]) or self._unlisted_given(parts, i)):
                    i -= 1  # "Maler Will Harrow": a first name that is also a word ("Will") belongs
                parts = parts[i:]
                dropped = True
                break
        # German descriptive nouns ("Krankenschwester Greta", "Ex-Häftling Bruno"); English keeps
        # capitalised modifiers, which are part of the role's name there.
        stripped = int(dropped)
        if (
            self.code == "de"
            and len(parts) > 2
            and _ADJ_INFLECTION.search(parts[0])
            and self.lex.is_lower_word(parts[0].lower(), "de")
            and self._role_noun(parts[1])
        ):
            parts = parts[1:]  # "Erster Offizier Dimitrov", "Leitender Ingenieur Paco": an adjective in a rank's name
        while (
            self.code == "de"
            and len(parts) > 1
            and parts[0] not in self.d.HONORIFICS
            and (
                (self.lex.looks_like_noun(parts[0], self.code) and not self._given(parts[0]))
                # "der Fischer Olli", "als Pate Piero": a trade or household word, even one that is also a name
                or (self._role_noun(parts[0]) and not self._role_noun(parts[1]))
                # "den Oberkommissar Bent A.", "ihr Revierförster Mattes": a rank compound no lexicon knows, after a
                # determiner, describes as any noun does
                or (
                    (lower_det in self.d.DEFINITE or lower_det in self.d.NON_DEFINITE or lower_det in _POSSESSIVES_DE)
                    and self._rank_word(parts[0])
                )
                # "Ihr Vorgesetzter Karl-Heinz Ruge": a relation after a possessive describes
                or (
                    lower_det in _POSSESSIVES_DE
                    and is_relation_noun(parts[0], self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
                )
            )
            # "Maler Will Harrow": after a description, a first name that is also a word stays
            and not (
                stripped and self.lex.is_first_name(parts[0]) and not self.lex.looks_like_noun(parts[1], self.code)
            )
            # "Horst Wielgosz": a first name that is also a noun, before a surname no list knows
            and not (
                len(parts) == 2
                and self.lex.is_first_name(parts[0])
                and not self._role_noun(parts[0])
                and self._name_shaped(parts[1:])
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
            self.code == "de"
            and len(parts) == 3
            and parts[0] in self.d.RANK_TITLES
            and not _PLAY_VERB_WORD.fullmatch(det)
            and not any(self.lex.looks_like_noun(t, self.code) and not self._given(t) for t in parts[1:])
        ):
            # "Kommissarin Ilka Brandstetter (X)", "als Commander Ruth Hale": before a full name a rank or an office
            # describes the part (before a lone name, "Kommissar Pfefferle", it is how the film names it)
            parts = parts[1:]
        if (
            self.code == "en"
            and len(parts) >= 3
            and parts[0] in self.d.RANK_TITLES
            and det == "As"
            and self.text.startswith(",", start + len(raw))
        ):
            # "As Commander Tendai Mubarak, the station's chief, X brings ...": in a role-first opening a rank before a
            # given and a family name describes the part, as German ranks do (clergy, doctors and forms of address
            # stay). Elsewhere ("Commander Ilse Varga (X)", "plays Inspector Horace Fludd", "Sheriff Amos Rook is
            # played by") the gold files split both ways, so the reader keeps the rank as written there.
            rest = parts[1:]
            while len(rest) > 2 and rest[0] in self.d.RANK_TITLES:
                rest = rest[1:]
            if (
                len(rest) == 2
                # (a given name no list knows, "Commander Tendai Mubarak": the rank's shape says it is one)
                and (self._given(rest[0]) or (rest[0].isalpha() and not self.lex.looks_like_noun(rest[0], self.code)))
                and rest[1][:1].isupper()
                and not self.lex.looks_like_noun(rest[1], self.code)
            ):
                parts = rest
        if (
            len(parts) > 1
            and parts[0] in self.d.HONORIFICS
            and (parts[0] not in _FORMS_OF_ADDRESS or lower_det.startswith(_POSSESSIVE_STEMS))
            and (lower_det in self.d.NON_DEFINITE or lower_det in self.d.DEFINITE or described)
            # "der Biologe Dr. Emil Varnhagen": an academic title is written as part of the name, as gold keeps it
            and parts[0] not in _ACADEMIC_TITLES
            # "die Kommissarin Lohmeyer", "den alten Pater Brandl": before a lone surname the title is how the film
            # names the part (and a surname alone would be no name); before a given name it describes.
            and not (
                len(parts) == 2
                and lower_det not in self.d.NON_DEFINITE
                and parts[0] not in _FORMS_OF_ADDRESS
                # ("die jüngere Schwester Smilla", "Der Großvater Revaz": a kinship word after an article is a
                # relation, whatever follows it)
                and not (
                    ((det.islower() and lower_det != det.lower()) or parts[0] in _KIN_ONLY)
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
            # "spielt seinen Anton als ...", "legt ihre Hanna als ... an": a possessive before a given name
            and not (
                self.code == "de"
                and lower_det in _POSSESSIVES_DE
                and self._given(parts[0])
                and not self.lex.looks_like_noun(parts[0], self.code)
            )
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
        if (
            self.code == "de"
            and len(parts) == 1
            and len(names.tokens(raw)) == 1
            and self._thing_of_description(parts[0], det, start)
        ):
            return None  # "ein alter Mann mit Schlüsselbund, gespielt von X": what a nameless part carries
        if len(parts) == 1 and _INTRODUCED_BEFORE.search(self.text, max(0, start - 40), start):
            return parts[0]  # "a drifter known to everyone as Dutch": the text gives the word as the part's name
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
        if len(parts) == 1 and parts[0].isalpha() and parts[0].isupper() and det.islower():
            return None  # "as the unflappable DI": an abbreviated rank or office after an article, no name
        if any(t.isupper() and len(t) > 2 for t in parts) or any(_YEAR.search(t) for t in parts):
            return None
        if (
            len(parts) >= 2
            and len(parts[-1]) == 1
            and parts[-1].isupper()
            and self.text.startswith(parts[-1] + ".", start + len(raw) - 1)
        ):
            parts = [*parts[:-1], parts[-1] + "."]  # "Josef K.", "Harriet L.": an initial keeps its full stop
        rank = raw.split(" ", 1)[0] if raw[:1].isupper() and raw.split(" ", 1)[0] not in parts else det
        if self.code == "en" and len(parts) >= 2 and rank.isupper() and rank in self.d.RANK_TITLES:
            # "DS Noreen Castellanos is played by": an abbreviated rank the name run leaves out; English ranks are kept
            # as written (the gold conventions' "the character as written"; credits round 17)
            return rank + " " + " ".join(parts)
        return " ".join(parts)

    def _thing_of_description(self, word: str, det: str, start: int) -> bool:
        """ "ein Mann mit Schlüsselbund", "die Frau mit dem Hut", "eine Frau mit rotem Schal": a noun after a preposition
        (and an article or adjectives) describes a nameless part; the part has no name. (A given name stays: "mit
        Fritzi".)"""
        if self._given(word):
            return False
        pos, before = start, det
        for steps in range(3):
            low = before.lower()
            if low in _DESCRIBING_PREPOSITIONS:
                # a noun by the word lists, or after an article or adjective, or a bare word after a person's noun
                # ("Mann mit Schlüsselbund"; not "zusammen mit Jorinde")
                holder = self._word_before(pos - len(before) - 1)
                return (
                    self.lex.looks_like_noun(word, self.code)
                    or steps > 0
                    or (holder[:1].isupper() and (self._role_noun(holder) or self.lex.looks_like_noun(holder, self.code)))
                )
            if not before.islower() or not (low in self.d.DEFINITE or low in self.d.NON_DEFINITE or _ADJ_INFLECTION.search(low)):
                return False
            pos -= len(before) + 1
            before = self._word_before(pos)
        return False

    def _unlisted_given(self, parts: list[str], i: int) -> bool:
        """ "der Schleusenwärter Kuddel Marx": a name-shaped word no list holds, right before the last word (a surname
        some list also holds as a given name), is the part's given name, not a description."""
        return (
            self.code == "de"
            and i == len(parts) - 1
            and self._name_shaped(parts[i - 1 : i])
            and not self._role_noun(parts[i - 1])
        )

    def _determiner_inside(self, raw: str, start: int) -> str:
        """The determiner a caller cut from the front of a run that opens a sentence ("Der Schuldirektor Pommerening
        will ..." read as "Schuldirektor Pommerening" from the run's start), or ""."""
        if self.text.startswith(raw, start):
            return ""
        pos = self.text.find(raw, start, start + len(raw) + 12)
        gap = self.text[start:pos].split() if pos > start else []
        if len(gap) == 1 and gap[0].lower() in self.d.DEFINITE | self.d.NON_DEFINITE | _POSSESSIVES_DE:
            return gap[0]
        return ""

    def _rank_word(self, word: str) -> bool:
        """A rank, title or kinship word that can open a part's name ("Kommissarin", "Oberkommissar", "Tochter")."""
        if word in self.d.HONORIFICS or word in self.d.RANK_TITLES or word in self.d.KINSHIP_TITLES:
            return True
        if self.code != "de":
            return False
        if word in self.d.OFFICE_TITLES:
            return True  # "Bürgermeister Anton Gruber (X)", "Deputy Carl Hollis (X)"
        if word.endswith("in") and (word[:-2] in self.d.RANK_TITLES or word[:-2] in self.d.KINSHIP_TITLES):
            return True  # "Kapitänin", "Enkelin"
        # compounds of a rank ("Oberkommissar", "Kriminalhauptkommissarin", "Spezialagentin"; not "Bundesrichterin"),
        # or a rank compound by its shape ("Polizeimeister", "Kriminalrätin", "Revierförster")
        if not word[:1].isupper():
            return False
        return word.endswith(self.d.RANK_COMPOUND_TAILS) or self._rank_compound(word)

    def _rank_compound(self, word: str) -> bool:
        """A police, fire-service, forestry or military rank compound ("Polizeimeister", "Revierförster")."""
        return self.code == "de" and _RANK_COMPOUND_HEAD_DE.fullmatch(word.lower()) is not None

    def _title_as_written(self, parts: list[str], det: str, lower_det: str, described: bool, start: int) -> bool:
        """A rank, title or kinship word written right before a name with no determiner stays with it: the gold
        conventions keep the character as written ("Kardinal Anselm B.", "als Großmutter Rosl", "Tochter Ilka
        (X)", "Kommissarin Britta Jansen (X)"); after a determiner, a possessive or an adjective it describes ("der Wirt
        Xaver L.", "seine Nichte Frida", "als jüngste Tochter Ilka")."""
        if (
            not self.d.RANKS_AS_WRITTEN
            or len(parts) < 2
            or len(parts) > 4
            or not self._rank_word(parts[0])
            or described
        ):
            return False
        if lower_det in self.d.DEFINITE or lower_det in self.d.NON_DEFINITE or lower_det in _POSSESSIVES_DE:
            return False
        if det.endswith(("'", "’")) or (det.islower() and self._adjective_before(det, start - len(det) - 1)):
            return False  # "Alois' Enkelin Lea": a possessor's genitive describes, as a possessive does
        rest = parts[1:]
        if rest[0] in self.d.HONORIFICS or self._rank_word(rest[0]):
            return False  # "Kommissar Dr. Lena Roth": the run's own rules decide which titles stay
        # the rest is a name: capitalised words that are no person noun ("Tochter Ilka", not "Tochter Bäuerin")
        return all(
            t[:1].isupper() and (self._given(t) or names.is_initial(t) or not self._role_noun(t)) for t in rest
        ) and not (
            self.code == "de"
            and len(rest) == 1
            and self.lex.looks_like_noun(rest[0], self.code)
            and not self.lex.is_first_name(rest[0])
        )

    def _adjective_before(self, det: str, pos: int) -> bool:
        """An inflected adjective after a determiner right before the part's run ("den etwas steifen Kommissar"), or a
        ranking one ("als jüngste Tochter")."""
        if self.code != "de":
            return det.endswith(("ed", "ing", "ous", "ful", "ive", "al", "ic", "er", "est", "ly"))
        if not _ADJ_INFLECTION.search(det) or det in _ROLE_STOP:
            return False
        if _RANKING_ADJ.search(det):
            return True
        # back over adverbs and further adjectives ("den etwas steifen Kommissar") to an article or "als"
        for _ in range(3):
            before = self._word_before(pos)
            low = before.lower()
            if low in self.d.DEFINITE or low in self.d.NON_DEFINITE:
                return True  # (after "als" alone, "als sterbende Mutter Doris", the word stands as written)
            if not before.islower():
                return False
            pos -= len(before) + 1
        return False

    def _character_after(self, pos: int) -> tuple[str | None, str]:
        """The role named after a verb: skip a few lower-case words ("toilet cleaner Gus", "Eli's ailing father, Sam")."""
        text = self.text
        named = _NAMED.match(text, pos)
        if (
            named
            and self.code == "en"
            and any(
                self.full_name(self.run_text(sp)) and _ANOTHER_AS.match(text, sp[1])
                for sp in self.runs_in(pos, named.end())
            )
        ):
            named = None  # "as the sheriff's wife, Mae, and X, as a drifter named Lucky": "named" is another's
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
            code_word = _CAPS_CODE.match(text, p) if self.code == "en" and (det or skipped) else None
            if code_word:
                p = code_word.end()  # "the MI6 handler Judith K.": a capitals-and-digits modifier before the noun
                continue
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
                    named_after = self._name_in_apposition(raw, span[1])
                    if named_after:
                        return named_after, det  # "spielt die Enkelin, Maëlys, die ...": the name set off after it
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

    def _name_in_apposition(self, noun: str, end: int) -> str | None:
        """A German relation or role noun, then a lone name between commas ("die Enkelin, Maëlys, die ..."): the part
        is the name (the noun only describes it)."""
        if self.code != "de" or " " in noun:
            return None
        if not (is_relation_noun(noun, self.d.RELATION_NOUNS, self.d.RELATION_TRADES) or self._role_noun(noun)):
            return None
        comma = _COMMA_SPACE.match(self.text, end)
        nxt = self.runs.starting_at(comma.end()) if comma else None
        if not nxt or not self.text.startswith(",", nxt[1]):
            return None
        raw = self.run_text(nxt)
        if " " in raw or not (self._given(raw) or self._name_shaped([raw])):
            return None
        if places.canonical(raw):
            return None  # "spielt die Tochter, Berlin, die ...": a place, no name
        return raw

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
