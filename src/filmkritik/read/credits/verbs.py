"""Credits, play verbs: "X spielt Y", "X plays Y", object first ("Den Y spielt X")."""

from __future__ import annotations

import re

from filmkritik.model import Span
from filmkritik.read import names, places
from filmkritik.read.credits.common import (
    _AUXILIARY_BEFORE,
    _GLUE_BEFORE,
    _LEAD_ROLE_WORD,
    _NAME_CLOSED,
    _RESPECTIVELY,
    _SENTENCE_STOP,
    _VOICE_ADJS,
    _WAS_IN,
    CLEAR,
    _norm,
    is_relation_noun,
    is_role_noun,
)
from filmkritik.read.credits.subjects import Subjects
from filmkritik.read.names import RUN

#: Past tense of playing, and another work named near the role: a part in another film or series.
#: "spielt in einem einzigen Berliner Block, ...", "spielt fast nur im Stellwerk.": a setting after "spielt", no part.
_SET_OFF_BEFORE_EN = re.compile(r"[a-z],\s$")
_PREPOSITION_BEFORE_EN = re.compile(r"\b(?:in|at|from|near|outside|to|across)\s+(?:[a-z]+\s+)?$")
_SETTING_AFTER_PLAY_DE = re.compile(
    r"\s+(?:(?:fast|ganz|überwiegend|vor\s+allem|hauptsächlich|komplett|nur|ausschließlich|größtenteils)\s+)*"
    r"(?:in|im|auf|am|zwischen|unter)\s+(?:(?:einem|einer|einen|dem|der|den|des|diesem|dieser)\s+)?"
    r"(?:[a-zäöüß]+(?:e|en|er|em|es)\s+)*(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:\s*[,.;:]|\s+(?:und|zwischen|im|in|am|auf)\s)"
)
_PAST_PLAY_DE = frozenset("spielte verkörperte mimte gab spielten verkörperten".split())
_OTHER_WORK_DE = re.compile(r"[„“\"»]|\b(?:Serie|Fernsehserie|Vorgänger|Vorgängerfilm|Kurzfilm|Theaterstück)\b")
_IN_OTHER_WORK_DE = re.compile(r",?\s+(?:in|im)\s+(?:[„“\"»]|(?:der|einer)\s+(?:\w+)?[Ss]erie\b|Vorgänger)")
_SECOND_ROLE_GLUE = re.compile(r"\s+(?:und|sowie)\s+(?=[^\W\d_a-zäöüß])")
_CREW_OBJECT = re.compile(r"(?:Drehbuch|Buch|Kamera|Musik|Schnitt|Montage|Regie|Inszenierung|Film|Produktion)\b")
_VOICE_WORD = re.compile(rf"\b(?:seine|ihre|die)\s+{_VOICE_ADJS}Stimme\b")
_GAPPED_OBJECT = re.compile(
    r",\s+(?:und\s+)?(?:den|die|das|ihren|seinen|ihre|seine)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}"
)
_GAPPED_SUBJECT = re.compile(r"\s+(?:der|die)\s+(?:[a-zäöüß]+\s+){0,3}")
#: "The one other trained actor of note, ": a performer described before the name set off by commas.
_PERFORMER_NP_EN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w'’-]*\s+){0,5}(?:actor|actress|performer|player|newcomer|veteran|star|"
    r"comedian|lead|discovery)(?:\s+(?:of|in)\s+(?:[a-z]+\s+){0,2}[a-z]+)?,\s+$"
)
_OBJECT_FIRST = re.compile(
    # ("Und die Enkelin, Lika, gibt X": after an opening "Und" the article is lower-case)
    r"\s*(?:Und\s)?(?P<det>Den|Ihren|Seinen|Die|Das|Ihre|Seine|(?<=Und\s)(?:den|ihren|seinen|die|das|ihre|seine))\s+(?P<obj>(?:[^,.;:!?()\n]|(?<=Dr)\.|(?<=Prof)\.){1,60}?)"
    r"(?:\s*,[^.;!?\n]{1,80},)?\s*"
)
#: The same after a semicolon or a colon, where the article is lower-case ("...; die Jüngste, Paula, ..., spielt X").
_OBJECT_FIRST_AFTER_STOP = re.compile(
    r"\s*(?:und\s+)?(?P<det>den|ihren|seinen|die|das|ihre|seine)\s+(?P<obj>[^,.;:!?()\n]{1,60}?)(?:\s*,[^.;!?\n]{1,80},)?\s*"
)
#: "Die Jüngste, Carla, die ..., spielt X": a lone name in apposition right after the part's noun.
_BARE_NAME_APPOSITION = re.compile(rf"\s*,\s+(?P<name>{RUN}),\s")
#: "spielt den jungen Deutschen", "gibt die Alte": a demonym or an adjective used as a noun after the verb.
_DEMONYM_OBJECT = re.compile(r"\s+(?:den|die)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b")
_PARTICLE_BEFORE_VERB = re.compile(r"\s+(?:selbst|wiederum|dagegen|hingegen|ihrerseits|seinerseits|indes)\s+$")
_PART_OF_OBJECT = re.compile(r"(?:Part|Rolle|Figur|Hauptrolle|Titelrolle)\s+(?:des|der)\s")
_RELATION_GENITIVE_NAME = re.compile(
    r"\s+(?:die|den|das)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)\s+(?:des|der)\s+"
    r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+,\s+(?=[^\W\d_a-zäöüß])"
)
#: "diese Mutter, ", "den alten Pfarrer, ": a demonstrative or an article, adjectives, a person noun, a comma.
_NOUN_COMMA_NAME = re.compile(
    r"\s+(?:diese|diesen|die|den)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+),\s+(?=[^\W\d_a-zäöüß])"
)
_RELATIVE_THEN_AND = re.compile(r"\s+(?:und|oder|aber)\s")
_RELATIVE_PRONOUN_BEFORE_DE = re.compile(r",\s+(?:den|die|der|das|dem)\s+$")
_TRADE_OBJECT = re.compile(r"\s+(?:die|den|der)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}(?=[^\W\d_a-zäöüß])")
_PLURAL_AND = re.compile(r"\s+(?:und|sowie)\s+")
#: ", ihre Schwiegertöchter ": a second plural part named by a noun, the verb left out.
_GAPPED_PLURAL_OBJECT = re.compile(
    r",\s+(?:ihre|seine|die|deren|dessen)\s+(?:[a-zäöüß]+(?:e|en)\s+)?[A-ZÄÖÜ][a-zäöüß-]+(?:en|er|e|n)\s+"
)
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
_PASSIVE_BY = re.compile(r"\w*\s+(?:by|von|vom)\b")
_APPOSITION_THEN_VERB = re.compile(rf"({RUN}),\s+(?:an?|the|ein|eine)\s+[^,.;:()\n]{{1,90}},\s+$")
_PAIR_GLUE = re.compile(r"\s+(?:und|and|&)\s+")
_PREPOSITION_INSIDE = re.compile(r"\b(?:im|in|am|an|auf|aus|mit|von|vom|bei|zum|zur|über|unter|für)\s")
#: After a performer's describing noun: a genitive phrase, then the name set off by a comma ("Mann des italienischen
#: Theaters, X, und ..."), closed by a comma, "und" or the sentence's end.
_DESCRIBED_PERFORMER_DE = re.compile(
    rf"(?:\s+(?:des|der|vom|aus\s+dem|aus\s+der)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}[A-ZÄÖÜ][\wäöüß-]+)?,\s+"
    rf"(?P<actor>{RUN})(?=\s*[,.;]|\s+und\s)"
)
_SUBJECT_ARTICLE = re.compile(r"\s+(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}(?=[^\W\d_a-zäöüß])")
_INTRODUCED_BEFORE = re.compile(r"\b(?:is|was|named|called)\s+$")
_PRONOUN_BEFORE = re.compile(
    r"(?:^|[.!?;:,]\s+|\b(?:und|and|aber|but)\s+)(?:(?:[Hh]ere|[Nn]ow|[Tt]hen|[Tt]his\s+time|[Aa]gain|[Ff]inally)\s+)?"
    r"(?:[Ee]r|[Ss]ie|[Hh]e|[Ss]he)\s+(?:[a-zäöü]+\s+)?$"
)
_RELATIVE_BEFORE_DE = re.compile(r",\s+(?:der|die)\s+[^,.;:!?()\n]{3,90},\s*$")
_A_ROLE_BEFORE = re.compile(rf"({RUN})\s*[—–,-]+\s*(?:a|the)\s+(?:role|part)\s+(?:that\s+|which\s+)?$")
_RELATIVE_BEFORE = re.compile(r"(?:,|\s[—–-])\s+(?:who|that)\s+(?:also\s+|now\s+|here\s+)?$")
_NAMED_RELATION = re.compile(r"\s+[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*[,.;!?]")
_ADVERB_BEFORE_VERB = re.compile(r"\s+(?:also|here|now|again|once\s+again|then|[a-z]{3,}ly)\s+$")
#: A person brought in after the last name, not as its apposition ("for Caroline with a young instrument maker").
_LATER_SOMEONE_EN = re.compile(
    r"(?<!,)\s(?:with|and|for|by|from|to|meets|marries|loves)\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}[a-z]"
)
_INDEFINITE_APPOSITION = re.compile(r"\s*,\s*(?:ein|eine|einen|einem|einer)\b")
_NAME_ONLY_APPOSITION = re.compile(
    rf"\s*,\s*(?:(?:der|die)\s+(?=[^,]{{2,40}}\s+heißt\s*,))?(?P<name>{RUN})(?:\s+heißt(?:\s+(?:er|sie|der|die))?(?:\s+übrigens)?)?\s*,\s*"
)  # ("Den Bergmann, Bruno S. heißt er, spielt X", "Den Matrosen, der Tomasz heißt, spielt X": the name it gives)
_OBJECT_PRONOUN_DE = re.compile(r"\s+(ihn|sie)(?=[\s,.;:!?–—])(?!\s+(?:alle|beide|und|zusammen|gemeinsam)\b)")
_OBJECT_PRONOUN_EN = re.compile(r"\s+(?:him|her)(?=\s*[,.;!?]|\s+(?:with|as|like|to|in|so|for|well|[a-z]+ly)\b)")
_PREPOSITION_AFTER_VERB = re.compile(r"\s+(?:opposite|alongside|against|beside|with)\s+(?=[^\W\d_a-z])")
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
#: A nickname in a clause about a role: "die alle nur „Motte“ nennen", "der von allen „Spatz“ genannt wird".
_NICKNAMED = re.compile(
    r"[„“\"»‚‘']([A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*){0,2})[“”\"«‘’']\s+(?:genannt|gerufen|nennen|nennt|rufen|ruft)\b"
)


class PlayVerbs(Subjects):
    """Reader layer: play verbs."""

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
            if not span and self.code == "de":
                # "Magda selbst spielt X", "Ferdl wiederum gibt X": a particle between the subject and the verb
                particle = _PARTICLE_BEFORE_VERB.search(text, max(0, m.start() - 16), m.start())
                span = self.runs.ending_at(particle.start()) if particle else None
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
            if not span and self.code == "en" and text[m.start() - 2 : m.start()] == ", ":
                # "The one other trained actor of note, X, plays ...": a performer's noun phrase, then the name
                named = self.runs.ending_at(m.start() - 2)
                described = _PERFORMER_NP_EN.search(text, max(0, named[0] - 90), named[0]) if named else None
                span = named if named and described and self.full_name(self.run_text(named)) else None
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
                if span and " " in self.run_text(span):
                    # "Marthes Tochter Lucie, die ..., spielt die junge X": a part named before the verb
                    after, _det = self._character_after(m.end())
                    if after and self._reversed_pair(self.run_text(span), after, m.end()):
                        continue
                # "An ihrer Seite gibt Tom Berg den König", "Die Hauptrolle spielt Anna Vogt".
                lead = bool(span) and bool(_LEAD_ROLE_WORD.search(self.run_text(span) if span else ""))
                self._inverted(m.end(), lead=lead)
                continue
            if not span or self.other_film_before(m.start()):
                continue
            actor_raw = self.run_text(span)
            pos = m.end()
            if self.code == "de" and m.group().startswith("spielt") and _SETTING_AFTER_PLAY_DE.match(text, pos):
                continue  # "Der Film auf X spielt in einem Berliner Block": where the story is set, no part
            role = self.p.role_of.match(" " + text[pos : pos + 60])
            if role or re.match(
                r"\s+(?:die|the|eine|a)\s+(?:[Rr]olle|role|Figur)\s+(?:der|des|eines|einer|of)\s", text[pos:]
            ):
                continue  # handled by the "role of" cue
            if self.code == "en" and self._plays_opposite_or_pronoun(m, span):
                continue
            if self.code == "de" and " " not in actor_raw and self._performer_object(actor_raw, span, pos):
                continue  # "Pia spielt die Nachwuchsdarstellerin Leni Fuchsberger": the part first, then its performer
            char, _det = self._character_after(pos)
            if (
                char
                and self.code == "de"
                and _RELATIVE_THEN_AND.match(text, pos)
                and _RELATIVE_PRONOUN_BEFORE_DE.search(text, max(0, span[0] - 8), span[0])
            ):
                # "Einen Lehrer, den X spielt und dem Emine begegnet": the clause ended with the verb
                self.add("actor", actor_raw, span[0], CLEAR)
                continue
            if self.code == "de" and (not char or (" " not in char and self.lex.looks_like_noun(char, "de"))):
                char = self._relation_then_name(pos) or char  # "gibt die Tochter des Wirts, Paloma, als ..."
            if self.code == "de" and char and self._lone_name_plays_thing(actor_raw, char):
                continue  # "Paloma spielt Klavier": a character's lone name and an instrument or a game
            if self.code == "de" and char and self._names_no_person(char):
                # "Moosleitner spielt die Heimkehr ohne Pathos": no part; "X übernimmt das Kommando" tells the story
                if m.group().startswith("übernimm") or not (
                    self.full_name(actor_raw) or self.full_names_ending(actor_raw)
                ):
                    continue
                char = None
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
                if self.code == "de" and self._pointing_noun(span, pos, char):
                    self.pointing_nouns.add((span[0], char))
                name = self.add("actor", actor_raw, span[0], CLEAR, character=char)
                if name and self.code == "de":
                    self._second_role(actor_raw, span[0], m.group(), self._after_character(pos))
                    self._gapped(self._after_character(pos))
            elif re.match(
                r"\s+(?:a|an|the|his|her|einen|eine|einer|den|die|das|ihn|him|ihre|ihren|seine|seinen)\s", text[pos:]
            ) or (self.code == "en" and _NAMED_RELATION.match(text, pos)):  # "plays Edith's mother": no name
                if self.code == "en" and " " not in actor_raw and not self.full_names_ending(actor_raw):
                    continue  # "Ferenc plays the trumpet badly": a character's lone name, no performer
                part = self._pointed_back(span, pos) if self.code == "de" else None
                name = self.add("actor", actor_raw, span[0], CLEAR, character=part)
                if name and self.code == "de":
                    self._gapped(self._after_character(pos))  # "A spielt ihre Mutter, B den Vater"

    def _pointed_back(self, span: Span, pos: int) -> str | None:
        """ "Er ist Deutscher, ein Gefreiter namens Kurt Brenner. X spielt den Deutschen ...": a demonym or an
        adjective used as a noun after the verb, when the performer opens the sentence; ``finish`` turns it into the
        one part the sentence before names, or drops it."""
        if self.analysis.sentence_of(span[0])[0] != span[0]:
            return None
        pronoun = _OBJECT_PRONOUN_DE.match(self.text, pos)
        raw = self.run_text(span)
        if pronoun and (self.full_name(raw) or len(self.full_names_ending(raw)) == 1):
            # ("Choi spielt ihn" beside "Choi Jae-muk": a surname that ends no full name links nobody)
            # "Der Amtsleiter Hollweck hält ... . X spielt ihn nicht als Karikatur": ``finish`` turns the pronoun into
            # the one part the sentence before names, or drops it
            return pronoun.group(1)
        m = _DEMONYM_OBJECT.match(self.text, pos)
        if not m or not (self._demonym(m.group("noun")) or m.group("noun") in self.d.NOMINALISED_ADJECTIVES):
            return None
        return m.group("noun")

    def _pointing_noun(self, span: Span, pos: int, char: str) -> bool:
        """ "Zum Geburtstag von Großvater Bernhard ... . X spielt den Patriarchen mit ...": a trade or person noun alone
        (no relation, no given name) after an article, the performer opening the sentence."""
        after = self.text.find(char, pos) + len(char)
        return (
            " " not in char
            and self.text.startswith((" den ", " die "), pos)
            # ("gibt den Dekan, einen Mann, der ...": a part the apposition introduces here)
            and not _INDEFINITE_APPOSITION.match(self.text, after)
            and self._role_noun(char)
            and not self._given(char)
            and not is_relation_noun(char, self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
            and self.analysis.sentence_of(span[0])[0] == span[0]
        )

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
        if not m:
            return self._noun_then_name(pos)
        if not (
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

    def _performer_object(self, subject: str, span: Span, pos: int) -> bool:
        """A lone given name, a play verb, then a performer's trade and full name: the name is the part."""
        m = _TRADE_OBJECT.match(self.text, pos)
        run = self.runs.starting_at(m.end()) if m else None
        if not run:
            return False
        words = self.run_text(run).split(" ")
        trade = words[0]
        if len(words) < 3 or not (
            re.fullmatch(self.d.ACTOR_NOUNS, trade) or trade.lower().endswith(("darsteller", "darstellerin"))
        ):
            return False
        actor = " ".join(words[1:])
        if not self.full_name(actor) or not (self._given(subject) or self._name_shaped([subject])):
            return False
        self.add("actor", actor, run[0] + len(trade) + 1, CLEAR, character=subject)
        return True

    def _noun_then_name(self, pos: int) -> str | None:
        """ "X spielt diese Mutter, Gesche Tammen, mit einer Härte ...": a person noun, then the part's name set off by
        commas (a given name, or a given name and a surname)."""
        m = _NOUN_COMMA_NAME.match(self.text, pos)
        if not m or not (
            is_relation_noun(m["noun"], self.d.RELATION_NOUNS, self.d.RELATION_TRADES) or self._role_noun(m["noun"])
        ):
            return None
        span = self.runs.starting_at(m.end())
        if not span or not _NAME_CLOSED.match(self.text, span[1]) or self.text[span[1] : span[1] + 1] != ",":
            return None
        raw = self.run_text(span)
        words = raw.split(" ")
        if len(words) > 2 or not self._given(words[0]) or self._role_noun(words[-1]):
            return None
        return self.character(raw, span[0])

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
        if " " not in char or not self.full_name(char):
            return False
        if " " in subject:
            # "Marthes Tochter Lucie, die ..., spielt die junge X": a possessor and a relation before a given name
            # name a part, as the lone given name does
            words = subject.split(" ")
            described = (
                len(words) == 3
                and words[0].endswith("s")
                and (
                    is_relation_noun(words[1], self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
                    or self._role_noun(words[1])
                )
                and self._given(words[2])
            )
            if not described:
                return False
            subject = words[2]
        if not self._given(subject) and (
            self.lex.looks_like_noun(subject, "de") or self.lex.is_lower_word(subject, "de") or subject in char
        ):
            return False  # (a lone name no list holds, "Lale spielt Derya Aksoy", reads the same way)
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
        named_before = False
        if not before:
            previous = self.analysis.sentence_of(max(0, sentence[0] - 2))
            before = self.runs_in(previous[0], sentence[0]) if previous[0] < sentence[0] else []
            if self.code == "en":
                # "Her principal companion is her grandson, Joaquín, ...": the sentence's opener is no name
                before = [sp for sp in before if self.run_text(sp) not in self.d.OPENERS]
                # "The keeper is Emrys Pritchard, a widower who ... off Pembrokeshire": the one name "is" introduces
                # (places left aside), even a full name no cue gave as a performer
                shown = [
                    sp
                    for sp in before
                    if _INTRODUCED_BEFORE.search(text, max(0, sp[0] - 8), sp[0])
                    and not places.canonical(self.run_text(sp))
                    and not self._known_performer(self.run_text(sp))
                ]
                if len(shown) == 1 and len(before) > 1:
                    before, named_before = shown, True
                else:
                    # "A grieving sheriff in rural Oregon, Dale O., investigates ...": places left aside, the one name
                    # set off by commas after a description is the part
                    before = [
                        sp
                        for sp in before
                        if not places.canonical(self.run_text(sp))
                        and not _PREPOSITION_BEFORE_EN.search(text, max(0, sp[0] - 20), sp[0])
                    ]
                    if len(before) > 1:
                        # "After her brother Tom dies, the widow Ellen M. returns. X plays her": the pronoun's
                        # gender rules out a part a kinship word marks as the other one
                        pronoun = text[verb.end() : verb.end() + 5].split()[0] if text[verb.end() :].strip() else ""
                        unlike = {"her": "m", "him": "f"}.get(pronoun)
                        kept = [sp for sp in before if unlike is None or self._part_gender(sp[0]) != unlike]
                        set_off = [
                            sp
                            for sp in kept
                            if _SET_OFF_BEFORE_EN.search(text, max(0, sp[0] - 4), sp[0]) and text.startswith(",", sp[1])
                        ]
                        kept = set_off if len(set_off) == 1 else kept
                        if len(kept) == 1 and not self._known_performer(self.run_text(kept[0])):
                            named_before = True  # (the one part left once the pronoun's gender ruled out the others)
                        before = kept
                    if (
                        len(before) == 1
                        and text.startswith(", ", before[0][0] - 2)
                        and text.startswith(",", before[0][1])
                        and not self._known_performer(self.run_text(before[0]))
                    ):
                        named_before = True
            if len(before) != 1:
                before = []
        # "The woman is Adaeze, a vendor who crosses Lagos ..., and X plays her": the name introduced by "is"
        introduced = [sp for sp in before if _INTRODUCED_BEFORE.search(text, max(0, sp[0] - 8), sp[0])]
        before = introduced[-1:] or before
        if (
            self.code == "en"
            and introduced
            and text.startswith(", and ", introduced[-1][1])
            and not self._known_performer(self.run_text(introduced[-1]))
        ):
            named_before = True  # "The trucker is Walt B., and X plays him": the full name "is" introduces
        role = self.run_text(before[-1]) if before else ""
        char = self.character(role, before[-1][0]) if role and role not in self.d.OPENERS else None
        if char and self.code == "en" and _LATER_SOMEONE_EN.search(text, before[-1][1], actor[0]):
            char = None  # "a romance for Caroline with a young instrument maker ..., but X plays him": that maker
        if char and (named_before or not self.full_name(role)):
            self.add("actor", actor_raw, actor[0], CLEAR, character=char)
        else:
            self.add("actor", actor_raw, actor[0], CLEAR)
        return True

    def _known_performer(self, raw: str) -> bool:
        """Whether a cue already gave ``raw`` as a performer, director or critic."""
        key = _norm(raw)
        return any(h.role != "pronoun" and h.strength >= CLEAR and _norm(h.name) == key for h in self.hits)

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

    def object_first(self, m: re.Match[str]) -> bool:
        """ "Den Meteorologen Tomás spielt Alejandro Fuentes": German object-first order (the role, then the actor)."""
        sentence = self.analysis.sentence_of(m.start())
        if self.text.endswith(("Dr. ", "Prof. "), 0, sentence[0]):
            # "Die Stationsleiterin Dr. Ragnhild Aas spielt X": a title's full stop is no sentence's end
            sentence = (self.analysis.sentence_of(sentence[0] - 3)[0], sentence[1])
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
            stop = max(self.text.rfind(";", sentence[0], m.start()), self.text.rfind(":", sentence[0], m.start()))
            head = _OBJECT_FIRST_AFTER_STOP.fullmatch(self.text, stop + 1, m.start()) if stop >= 0 else None
        if not head and self.text[sentence[0] : m.start()].rstrip().endswith(","):
            # "..., die Ermittlerin aus Bozen, Laura B., spielt X": a clause after a comma whose object carries an
            # apposition (the clause starts at the comma before the apposition's)
            closing = self.text.rfind(",", sentence[0], m.start())
            inner = self.text.rfind(",", sentence[0], closing)
            outer = self.text.rfind(",", sentence[0], inner) if inner >= 0 else -1
            if outer >= 0:
                head = _OBJECT_FIRST_AFTER_STOP.fullmatch(self.text, outer + 1, m.start())
        if not head:
            return self._named_object_first(m, sentence)
        lead = _SUBJECT_ARTICLE.match(self.text, m.end())  # "Den Jost gibt der wunderbare X"
        span = self.runs.starting_at(lead.end() if lead else m.end())
        if not span:
            return False
        if lead and " " not in self.run_text(span) and self.lex.looks_like_noun(self.run_text(span), "de"):
            # "Den Don Saverio spielt der große alte Mann des italienischen Theaters, X, und ...": a description of
            # the performer, then the name set off by a comma
            described = _DESCRIBED_PERFORMER_DE.match(self.text, span[1])
            performer = self.runs.starting_at(described.start("actor")) if described else None
            if performer and self.full_name(self.run_text(performer)):
                span = performer
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
            named = self._named_in_apposition(head.end("obj"), head.end()) or self._bare_name_after(head.end("obj"))
            appos = _NAME_ONLY_APPOSITION.fullmatch(self.text, head.end("obj"), head.end()) if not named else None
            if appos and cspans and self._role_noun(self.run_text(cspans[0])):
                # "die Ermittlerin aus Bozen, Commissaria Laura B., spielt X": a trade, then the part's name set off
                part = self.character(appos.group("name"), appos.start("name"))
                named = part if part and " " in part and self._name_shaped(part.split(" ")) else None
            elif not named and len(cspans) == 1 and cspans[0][1] == head.end("obj"):
                # "Die Stationsleiterin Dr. Ragnhild Aas spielt X": a person noun, then a name no list knows
                run = self.run_text(cspans[0])
                noun = run.split(" ")[0]
                performs = is_role_noun(noun, self.d.PERFORMER_NOUNS) or any(
                    w in noun.lower() for w in ("darsteller", "schauspieler", "regisseur")
                )
                if not performs and (self._role_word(noun) or self.lex.looks_like_noun(noun, "de")):
                    part = self.character(run, cspans[0][0])
                    core = [w for w in (part or "").split(" ") if w not in self.d.HONORIFICS]
                    shaped = len(core) >= 2 and (self._given(core[0]) or self._name_shaped(core))
                    named = part if part and shaped else None
            self.add("actor", raw, span[0], CLEAR, character=named)
            end = span[1]
            if not named and m.group().endswith("en"):
                end = self._plural_subjects(end)  # "Ihre Söhne spielen A und B, ihre Schwiegertöchter C und D"
            self._gapped_object_first(end)
            return True
        appos = _NAME_ONLY_APPOSITION.fullmatch(self.text, head.end("obj"), head.end())
        if appos and cspans and not self._known_performer(appos.group("name")):
            # "Den Wirt, Poldi Haslinger, spielt X": the name set off by commas after the noun is the part
            named = self.character(appos.group("name"), appos.start("name"))
            if named and not self.lex.looks_like_noun(named, "de") and self._name_shaped(named.split(" ")):
                self.add("actor", raw, span[0], CLEAR, character=named)
                self._gapped_object_first(span[1])
                return True
        if cspans and not _PREPOSITION_INSIDE.search(obj):
            char = self.character(self.run_text(cspans[-1]), cspans[-1][0])
            last = self.run_text(cspans[-1])
            if (
                not char
                and head.group("det") == "Den"
                and " " not in last
                and (self.lex.looks_like_noun(last, "de") or self._demonym(last))
            ):
                char = last  # "Den überforderten Vater spielt X": a definite role (a demonym: see finish)
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

    def _bare_name_after(self, pos: int) -> str | None:
        """ "Die Jüngste, Carla, die ...": a lone given name set off by commas right after a part's noun (German)."""
        m = _BARE_NAME_APPOSITION.match(self.text, pos)
        if not m or self.code != "de":
            return None
        name = m.group("name")
        if " " in name or self.lex.looks_like_noun(name, "de") or self.lex.is_lower_word(name, "de"):
            return None  # (a name no list holds, "Smilla", counts: the commas and the verb make it the part)
        return self.character(name, m.start("name"))

    def _plural_subjects(self, end: int) -> int:
        """After a plural verb and a first performer: "und B" (both perform a part named by a plural noun), then a
        second plural noun and its performers with the verb left out (", ihre Schwiegertöchter C und D").
        Returns where the last performer read ends."""
        text = self.text
        glue = _PLURAL_AND.match(text, end)
        span = self.runs.starting_at(glue.end()) if glue else None
        if not span or not self.full_name(self.run_text(span)) or not _SENTENCE_STOP.match(text, span[1]):
            return end
        self.add("actor", self.run_text(span), span[0], CLEAR)
        end = span[1]
        gap = _GAPPED_PLURAL_OBJECT.match(text, end)
        first = self.runs.starting_at(gap.end()) if gap else None
        glue = _PLURAL_AND.match(text, first[1]) if first else None
        second = self.runs.starting_at(glue.end()) if glue else None
        if (
            first
            and second
            and self.full_name(self.run_text(first))
            and self.full_name(self.run_text(second))
            and _SENTENCE_STOP.match(text, second[1])
        ):
            self.add("actor", self.run_text(first), first[0], CLEAR)
            self.add("actor", self.run_text(second), second[0], CLEAR)
            end = second[1]
        return end

    def _gapped_object_first(self, end: int) -> None:
        """ "Die Mutter spielt X, den Vater Tom Kessler": a second role and actor, the verb left out.
        Only a relation word and the actor's full name ("den Vater Tom Kessler") are read."""
        gap = _GAPPED_OBJECT.match(self.text, end)
        span = self.runs.starting_at(gap.end()) if gap else None
        if span and self.code == "de" and not _SENTENCE_STOP.match(self.text, span[1]):
            self._gapped_part_then_actor(span)
            return
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

    def _gapped_part_then_actor(self, span: Span) -> None:
        """ "Die Mutter spielt A, ihre Tochter Vroni die junge B": the part, then its performer after an article,
        the verb left out."""
        after = _GAPPED_SUBJECT.match(self.text, span[1])
        aspan = self.runs.starting_at(after.end()) if after else None
        if not aspan or not re.match(r"\s*(?:[,.;]|$)", self.text[aspan[1] : aspan[1] + 2]):
            return
        actor = self.run_text(aspan)
        if not self.full_name(actor):
            return
        char = self.character(self.run_text(span), span[0])
        if char and self._noun_only_part(char):
            char = None
        self.add("actor", actor, aspan[0], CLEAR, character=char)

    def _named_object_first(self, m: re.Match[str], sentence: Span) -> bool:
        """ "Étienne, den Großvater, spielt Pascal Durandeau": a name, its apposition, the verb, the actor."""
        head = _NAME_THEN_APPOSITION.fullmatch(self.text, sentence[0], m.start())
        # ("Xaver, den Salzmeister, spielt der Tiroler Laiendarsteller X": an article and a description first)
        lead = _SUBJECT_ARTICLE.match(self.text, m.end()) if head else None
        span = self.runs.starting_at(lead.end() if lead else m.end()) if head else None
        performer = self.person(self.run_text(span)) if span else None
        if not head or not span or not performer or not self.full_name(performer):
            return False
        named = self.runs.within(head.start("name"), head.end("name"))
        if len(named) != 1 or named[0] != (head.start("name"), head.end("name")):
            return False
        char = self.character(self.run_text(named[0]), named[0][0])
        if not char or (" " not in char and self.lex.looks_like_noun(char, self.code)):
            return False
        self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
        return True
