"""Credits, pairings: dashed roles, appearances, "respectively", couples, dative and possessive relatives."""

from __future__ import annotations

import re

from filmkritik.model import Span
from filmkritik.read import lexmatch, names, places
from filmkritik.read.credits.common import (
    _AUXILIARY_BEFORE,
    _LEAD_ROLE_WORD,
    _LIST_GLUE,
    _NOT_PERFORMING,
    _POSSESSOR_DESCRIBED,
    _RESPECTIVELY,
    CLEAR,
    _norm,
    is_relation_noun,
    is_role_noun,
)
from filmkritik.read.credits.role_phrases import RolePhrases
from filmkritik.read.names import RUN

#: "deren (stets misstrauische) Haushälterin Gerda", "dessen Figur Jasper", "deren Gerda": the part after "deren".
_POSSESSED_PART = re.compile(
    r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,3}(?:(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)\s+)?(?=[^\W\d_a-zäöüß])"
)
_GIVEN_JOINED = re.compile(r" und (?=[^\W\d_a-zäöüß])")
_ALS_OPENING = re.compile(r"\s*Als\s+(?:(?:der|die|den|dem)\s+)?(?:[a-zäöüß]+(?:e|en|er)\s+){0,2}")
_PLURAL_VERB_AFTER = re.compile(
    r"\s+(?:sind|spielen|sieht\s+man|sehen\s+wir|erleben\s+wir|glänzen|überzeugen|brillieren|agieren)\s+"
    r"(?:(?:hier|außerdem|zudem|auch|nun)\s+)?(?=[^\W\d_a-zäöüß])"
)
_VERB_AS_DESCRIBED = re.compile(
    r"(?<=\s)(?:[a-z]+\s+){1,2}as\s+(?:the|his|her|their)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?=[^\W\d_a-z])"
)
_VERB_AS = re.compile(r"(?<=\s)(?:[a-zäöüß]+\s+){1,2}(?:as|als)\s+(?=[^\W\d_a-zäöüß])")
_APPEARS = re.compile(
    rf"t(?<=\bt)(?:ritt|aucht)\s+(?:(?:hier|dann|auch|noch|erst)\s+)?(?P<name>{RUN})\s+(?:(?:[a-zäöüß]+\s+){{0,4}}auf\b|[^.;:!?\n]{{0,80}}?\sauf(?=\s*[.,;!?]|\s+und\s))"
)
#: "X hat einen kleinen Auftritt als Wirt", "X absolviert einen Gastauftritt": a performer appears (present tense).
_HAS_APPEARANCE = re.compile(
    r"(?<=\s)(?:hat|absolviert|feiert|gibt)\s+(?:hier\s+|auch\s+|noch\s+)?(?:einen|ihren|seinen)\s+"
    r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?:Gast|Kurz|Kino)?[Aa]uftritt\b(?![^.;!?\n]{0,60}\bgehabt\b)"
)
#: "– X macht das Beste aus ...", "– X gibt ihn als ...", "– X, herrlich grantig in drei kurzen Szenen –": a
#: performer's name right after a dash, then a verb or a comma-set remark closed by the next dash.
_DASH_ASIDE_DE = re.compile(
    rf"(?<=\s)[–—]\s+(?P<actor>{RUN})(?=\s+(?:macht|gibt|spielt|verleiht|legt|ist|bleibt|verkörpert|hat)\s"
    r"|,\s+[a-zäöüß][^–—.;!?\n]{0,70}\s[–—][\s,]"
    # "– X mit stoischer Ruhe –", "– X in Hochform –": a remark without a comma, closed by the next dash
    r"|\s+(?:mit|in|voller|ganz)\s+[^–—.;!?\n]{1,50}\s[–—][\s,])"
)
_NAMED_VERB_BEFORE_DASH_DE = re.compile(r"\bnamens\s+([A-ZÄÖÜ][\wäöüß'’-]*)\s+[a-zäöüß]+\s*$")
#: A part opening its sentence right before the dash ("Kommissarin Birkhofer – X, spröde –"): no article needed.
_SENTENCE_START_BEFORE_DE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
#: The part before that dash: an article or possessive, perhaps adjectives and a describing noun, then the name.
_PART_BEFORE_DASH_DE = re.compile(
    r"(?:^|\s)(?:[Dd](?:er|ie|en|em|as)|[Ii]hr(?:e|en|em|er)?|[Ss]ein(?:e|en|em|er)?)\s+(?:[a-zäöüß]+\s+){0,2}"
    r"(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)
_NOUN_BEFORE_DASH_DE = re.compile(
    r"(?:^|\s)(?:[Dd](?:er|ie|en|em)|[Ii]hr(?:e|en|em|er)?|[Ss]ein(?:e|en|em|er)?)\s+(?:[a-zäöüß]+\s+){0,2}"
    r"([A-ZÄÖÜ][a-zäöüß-]+)(?:\s+(?:vom|von\s+der|aus\s+dem|aus\s+der|im|am)\s+[A-ZÄÖÜ][a-zäöüß-]+)?$"
)
_PERSON_WORDS_DE = frozenset("Mann Frau Junge Mädchen Kind Typ Kerl Herr Dame Fremde Fremder Alte Alter".split())
_AFTER_PREPOSITION_DE = re.compile(r"\s(?:mit|ohne|mitsamt|samt|aus|voller)\s+(?:[a-zäöüß]+\s+)?$")
_DASH_PART_BEFORE_EN = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z][\w-]*)\s+$"
)
_DASH_ASIDE_EN = re.compile(
    rf"[–—]\s+(?P<actor>{RUN}),\s+"
    r"(?:[a-z]+\s+){0,2}[a-z][\w-]*(?:\s+(?:and|but)\s+[a-z][\w-]*)?\s+[–—]\s"
)
_CREW_NOUN_EN = re.compile(r"(?:co-)?(?:direct|writ|produc|compos|cinematograph|edit|filmmak|screenwrit|author|critic)")
_DASHED_ROLE = re.compile(
    # ("– eine Entdeckung: X –", "– ein Glücksfall: X –": an article and a noun of praise before the colon)
    rf"[–—]\s+(?:(?:(?:[a-zäöüß][\w-]*\s+){{0,3}}[a-zäöüß][\w-]*|(?:ein|eine|echte?r?|wahre?r?)\s+(?:[a-zäöüß]+\s+)?"
    rf"[A-ZÄÖÜ][a-zäöüß]+):\s+(?:(?:der|die)\s+(?:[a-zäöüß][\w-]*\s+){{1,3}})?"
    rf"|(?:a|an)\s+(?:[a-z][\w-]*,?\s+){{0,3}})?(?P<actor>{RUN})"
    # a remark after the actor: "– X in ihrer ersten Kinorolle –", "– X in einer Glanzrolle –", "– X, großartig, –"
    r"(?:\s+in\s+(?:ihrer|seiner)\s+(?:ersten|zweiten|dritten|ersten\s+großen|bislang\s+größten|größten|besten)\s+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*)?[Rr]olle|\s+in\s+einer\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?[Rr]olle"
    r"|,\s+(?:[a-zäöüß]+\s+){0,2}[a-zäöüß]+,)?"
    r"\s+[–—]"
)
_ALS_BEFORE = re.compile(r"(?<=\s)als\s+$")
#: German passives over two performers: "Gespielt werden die beiden von A und B", "Die beiden werden von A und B
#: gespielt" (the two parts the sentences before name, in order), "Pia und Jonte werden von A und B gespielt" (the two
#: parts the subject names).
_BOTH_PLAYED_BY_DE = re.compile(
    r"(?:(?:Gespielt|Verkörpert|Dargestellt)\s+werden\s+(?P<both>die\s+beiden|beide|sie(?:\s+beide)?)"
    r"|(?P<both2>Die\s+beiden|Beide|Sie(?:\s+beide)?)\s+werden|(?P<pair>[^\W\d_a-zäöüß][\w'’-]*\s+und\s+"
    r"[^\W\d_a-zäöüß][\w'’-]*)\s+werden)\s+(?:(?:hier|dabei|übrigens|dann|im\s+Film)\s+)?"
    # ("werden als Erwachsene von A und B gespielt, als Kinder von C und D": an age before the performers)
    r"(?:als\s+(?:Erwachsene|Kinder|Jugendliche|Teenager)\s+)?von\s+"
    rf"(?P<a>{RUN})\s+und\s+(?P<b>{RUN})(?P<verb>\s+(?:gespielt|verkörpert|dargestellt)\b)?"
)
#: "A und B spielen jeweils C und D", "A und B spielen C beziehungsweise D", "... C und D (in dieser Reihenfolge)":
#: two performers, two named parts, with a word that says the order matches. (Without one the gold convention leaves
#: the lists unpaired: "A und B spielen C und D".)
_TWO_PLAY_TWO_DE = re.compile(
    rf"(?P<a>{RUN})\s+und\s+(?P<b>{RUN})\s+(?:spielen|verkörpern|geben|mimen)\s+"
    r"(?:(?P<each>jeweils)\s+|(?:hier|dabei|im\s+Film|darin)\s+)?(?:(?:die|das|ihre|seine|deren)\s+(?:[a-zäöüß]+(?:e|en)\s+)?"
    rf"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+)?(?P<c>{RUN})\s+(?:und|(?P<resp>beziehungsweise|bzw\.|respektive))\s+(?P<d>{RUN})"
    r"(?P<order>\s+\(?in\s+dieser\s+Reihenfolge\)?)?(?=\s*[,.;:!?–—)]|\s+(?:als|im|in|mit|an)\s)"
)
#: Age words that give a second performer of the same part: "als Erwachsener", "die erwachsenen", "den älteren".
_AGE_WORDS_DE = r"(?:erwachsenen|älteren|alten|späteren|jüngeren|jungen|kleinen|heutigen|gealterten|jugendlichen)"
_AGE_NOUNS_DE = r"(?:Erwachsene[rn]?|Kind(?:er)?|Jugendliche[rn]?|Teenager(?:in)?|Junge|Mädchen|Greis(?:in)?)"
#: After a performer: ", als Erwachsener von Y" / ", die erwachsenen von Y (und Z)" / ", den erwachsenen Y".
_AGE_GAPPED_BY_DE = re.compile(
    rf"(?:\s+(?:gespielt|verkörpert|dargestellt))?,\s+(?:als\s+{_AGE_NOUNS_DE}|(?:die|der|den)\s+{_AGE_WORDS_DE})"
    rf"\s+(?:(?:dann|später|schließlich)\s+)?(?P<by>von\s+)?(?P<c>{RUN})(?:\s+und\s+(?P<d>{RUN}))?"
)
#: "Als Kind wird Malte von X gespielt", "In jungen Jahren wird Malte von X verkörpert": an age first, the part after
#: the auxiliary, the performer after "von".
_AGE_INVERTED_PASSIVE_DE = re.compile(
    rf"(?:Als\s+{_AGE_NOUNS_DE}|(?:In|Im)\s+(?:jungen\s+Jahren|Alter|Kindesalter|der\s+Jugend)|Später)\s+"
    rf"(?:wird|wurde)\s+(?P<char>{RUN})\s+von\s+(?P<actor>{RUN})\s+(?:gespielt|verkörpert|dargestellt)\b"
)
#: After a part: ", Y den älteren" ("X spielt den jungen Malte, Y den älteren").
#: "den jungen ": an age word right before the part, which the gapped clause after it contrasts.
_AGE_WORDS_BEFORE_DE = re.compile(rf"\b(?:den|die|der)\s+{_AGE_WORDS_DE}\s+$")
_AGE_GAPPED_AFTER_PART_DE = re.compile(rf",\s+(?P<c>{RUN})\s+(?:den|die)\s+{_AGE_WORDS_DE}\b")
#: Nouns for a couple ("die Eheleute Karl und Frieda", "das Ehepaar Ben und Ida"): its two roles differ, so the
#: critic's order of actors and roles is meant to match. Siblings or friends listed beside their actors stay
#: unpaired, as any list beside a list without "beziehungsweise" (the gold convention).
_COLLECTIVE_NOUNS = ("Eheleute", "Ehepaar", "Liebespaar", "Paar", "Eltern")
_COLLECTIVE_VERB = re.compile(
    r"\s(?:spielen|verkörpern|geben|mimen)\s+(?:die|das|ihre|seine|deren)(?:\s+(?:[a-zäöüß]+(?:e|en)|zwei|drei|vier))?(?:\s+[a-zäöüß]+(?:e|en)){0,2}$"
)
#: ", der X immerhin einigen Witz mitgibt,": a dative relative clause, its subject the actor, a verb of giving last.
#: A separable verb's particle closing a clause right before the comma ("tritt ... auf, dem ...").
_PARTICLE_BEFORE = re.compile(r"\s(?:auf|an|hinzu|dazu|ein|vor|mit|zurück)$")
_DATIVE_GIVER = re.compile(
    rf",\s+(?:der|dem)\s+(?P<actor>{RUN})\s+[^,.;:!?()\n]{{1,60}}?\s"
    r"(?P<verb>mitgibt|mitgab|verleiht|verlieh|schenkt|schenkte|gibt|gab|leiht|lieh|einhaucht|einhauchte)"
    r"(?=\s*[,.;!?–—]|\s{3})"  # (three spaces: a clause the insertion mask blanked)
)
#: Verbs of giving that are plot unless what is given is a performance's (Kontur, Tiefe, ...).
_PLAIN_GIVING = frozenset("schenkt schenkte gibt gab leiht lieh".split())
#: "dem X eine brutale Gemütlichkeit gibt", "eine herrlich windige Eleganz": an abstract quality given, a performance's.
_QUALITY_GIFT = re.compile(
    r"\s(?:eine|einen|ein|viel|etwas)\s+(?:[a-zäöüß-]+\s+){0,3}(?:[A-ZÄÖÜ][a-zäöüß]*(?:heit|keit|anz|enz|ität|ie|ik)|Würde|Wärme|Tiefe)\s*$"
)
#: After "ist": a performer's full name closing the clause ("ist X, und ...", "ist die großartige X.").
_IS_PERFORMER_DE = re.compile(
    rf"(?:(?:übrigens|hier|diesmal|natürlich|wieder|erneut)\s+)?(?:(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+){{1,2}})?"
    rf"(?P<actor>{RUN})(?=\s*[,.;]|\s+und\s|\s+[–—]\s)"
)
#: What may stand before a part that opens its sentence: nothing, or the noun an apposition names
#: ("Die Matriarchin, Oma Lisbeth, ...", "Ihr Gemahl, der Graf Eberhard, ...").
_PART_LEAD_DE = re.compile(
    r"\s*(?:(?:Die|Der|Ihr|Ihre|Sein|Seine)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*,\s+"
    r"(?:(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2})?)?"
)
_PERFORMANCE_GIFTS = frozenset(
    "Kontur Konturen Tiefe Gesicht Wärme Würde Leben Format Präsenz Stimme Witz Charme".split()
)


#: English lists in order: "<parts>[,] [are] played [respectively] by <performers>".
_PLAYED_BY_LIST_EN = re.compile(
    r"(?:,|\s[–—])?\s+(?:(?:are|were)\s+)?played\s+(?:respectively\s+)?by\s+(?=[^\W\d_a-z])"
)
#: ", who run the scrapyard," between a list of parts and "are played by".
_RELATIVE_BEFORE_EN = re.compile(r",\s+(?:who|whom|whose|which)\s+[^,.;:!?()\n]{1,80}$")
#: "A and B play them respectively": the parts named in an earlier clause.
_PLAY_THEM_RESPECTIVELY = re.compile(r"\s+(?:play|played|portray|portrayed)\s+them,?\s+respectively\b")
#: "As Nell and Osgood, A and B are, respectively, ...": the parts first.
_AS_ROLES_FIRST_RESPECTIVELY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))As\s+(?P<roles>[A-Z][^,.;:!?\n]{1,60}),\s+(?P<actors>[A-Z][^.;:!?\n]{1,80}?)\s+"
    r"(?:are|were|play|make|give|bring)\b[^.;!?\n]{0,40}\brespectively\b"
)
#: Where a clause of a list sentence ends: "Her sons are Rusty and Earl, and A and B play them respectively".
_CLAUSE_BREAK_EN = re.compile(
    r",\s+and\s+(?=[^\W\d_a-z])|,\s+while\s+(?=[^\W\d_a-z])|;\s+(?=[^\W\d_a-z])|\s+are\s+(?=[^\W\d_a-z])"
)
#: Between two names of a list: a comma or "and", perhaps one lower-case adjective before the next name.
_LIST_GLUE_EN = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+|\s+&\s+)(?:[a-z][\w-]*\s+)?")


class Pairings(RolePhrases):
    """Reader layer: pairings and relatives."""

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
                    if char and self.full_name(m.group("actor")) and not places.canonical(char):  # "Berlin – X, ... –"
                        self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
                pos = text.find(dash, pos + 1)
        if self.code == "de" and (self.holds(" – ") or self.holds(" — ")):
            self._dash_asides_de()
        if self.code == "en" and (self.holds(" – ") or self.holds(" — ")):
            for dash in (" – ", " — "):
                for pos in self.found(dash):
                    # "A young bounty hunter – X, nicely understated – arrives": a performer set off by dashes after
                    # a part named by its noun
                    self._dash_aside_en(pos)

    def _dash_asides_de(self) -> None:
        """ "die Hoteldirektorin Frau Leitgeb – X macht das Beste aus einer Figur, ...", "Die Köchin – X, herrlich grantig
        in drei kurzen Szenen – hätte ...": a performer's full name opens an aside after a dash right behind the part;
        a named part pairs, a part named only by its noun ("dem Bürgermeister – X gibt ihn als ...") makes X a
        performer."""
        text = self.text
        for m in self._dash_aside_matches():
            actor = self.person(m.group("actor"))
            if not actor or " " not in actor or not self.full_name(actor):
                continue
            before = text[max(0, m.start() - 61) : m.start() - 1]
            cspan = self.runs.ending_at(m.start() - 1)
            noun = _NOUN_BEFORE_DASH_DE.search(before)
            if noun and not self._given(noun.group(1)):
                if not self._crew_word(noun.group(1)) and self._person_noun_de(noun.group(1)):
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR)  # "Die Köchin – X, ... –"
                continue
            if cspan is None:
                named = _NAMED_VERB_BEFORE_DASH_DE.search(before)
                if named:
                    # "Als ein Fotograf namens Théo auftaucht – X, etwas zu glatt –": the part "namens" gave
                    char = self.character(named.group(1), m.start() - 1 - len(before) + named.start(1))
                    if char and " " not in char and not self.lex.looks_like_noun(char, self.code):
                        self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
                continue
            raw = self.run_text(cspan)
            lead = before[: len(before) - (cspan[1] - cspan[0])]
            if not _PART_BEFORE_DASH_DE.search(lead) and not (
                # a part that opens the sentence: a title or a role noun and a name ("Kommissarin Birkhofer")
                _SENTENCE_START_BEFORE_DE.search(lead)
                and " " in raw
                and (
                    raw.split(" ")[0] in self.d.HONORIFICS or raw.split(" ")[0].removesuffix("in") in self.d.HONORIFICS
                )
            ):
                continue
            if self._crew_word(raw.split(" ")[0]):
                continue  # "Der Regisseur – X erzählt ...": no part
            char = self.character(raw, cspan[0])
            if not char or self._noun_only_part(char):
                if not self._person_noun_de(raw.split(" ")[-1]):
                    continue
                char = None  # "dem Bürgermeister – X gibt ihn als ...": a part named by its noun, a performer
            elif " " not in char and not self._given(char):
                continue
            self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _dash_aside_matches(self) -> list[re.Match[str]]:
        """``_DASH_ASIDE_DE`` tried only at the text's spaced dashes (a scan of the whole text cost ~0.03 ms)."""
        text = self.text
        out = []
        for dash in (" – ", " — "):
            for pos in self.found(dash):
                m = _DASH_ASIDE_DE.match(text, pos + 1)
                if m:
                    out.append(m)
        return out

    def _dash_aside_en(self, pos: int) -> None:
        """The performer between the dash at ``pos + 1`` and the next, after a part named by its noun."""
        m = _DASH_ASIDE_EN.match(self.text, pos + 1)
        part = _DASH_PART_BEFORE_EN.search(self.text, max(0, pos - 60), pos + 1) if m else None
        if not m or not part or _CREW_NOUN_EN.match(part.group("noun")):
            return
        actor = self.person(m.group("actor"))
        if actor and " " in actor and self.full_name(actor):
            self.add("actor", m.group("actor"), m.start("actor"), CLEAR)

    def _person_noun_de(self, word: str) -> bool:
        """A German noun for a person ("Köchin", "Bürgermeister", "Mutter")."""
        if self._role_word(word) or is_relation_noun(word, self.d.RELATION_NOUNS, self.d.RELATION_TRADES):
            return True
        if word in _PERSON_WORDS_DE:
            return True
        return self.lex.looks_like_noun(word, "de") and word.lower().endswith(("erin", "in", "er", "ist", "ant", "eur"))

    def _crew_word(self, word: str) -> bool:
        """A film-crew noun ("Regisseur", "Kamerafrau", "Autorin"): the person is no part."""
        m = self.p.cue_noun.match(word + " ")
        return m is not None and not m.group("actor")

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
        if self.code == "en" and (self.holds("respectively") or self.holds(" played ")):
            self._english_lists_in_order()
        if not any(lexmatch.contains(self.low, w) for w in ("respectively", "beziehungsweise", "bzw.")):
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

    def _two_play_two_de(self) -> None:
        """ "A und B spielen jeweils Malte und Ida" / "Malte beziehungsweise Ida": two full-name performers and two named
        parts, paired in order (not "spielen die Eltern von ...", "spielen Theater und Klavier": the parts are names)."""
        for pos in self.found(" spielen ") + self.found(" verkörpern ") + self.found(" geben "):
            sentence = self.analysis.sentence_of(pos)
            # (the text as written: the reading's text may blank "jeweils" as an insertion)
            for m in _TWO_PLAY_TWO_DE.finditer(self.analysis.text, sentence[0], sentence[1]):
                if not (self.full_name(m["a"]) and self.full_name(m["b"])):
                    continue
                if not (m["each"] or m["resp"] or m["order"]):
                    continue  # "A und B spielen Alma und Frieda": no word says the order matches
                if m["noun"] and is_role_noun(m["noun"], self.d.PERFORMER_NOUNS):
                    continue
                parts = [self.character(m[k], m.start(k)) for k in ("c", "d")]
                if all(p and self._part_with_a_name(p) for p in parts):
                    for key, part in zip(("a", "b"), parts, strict=True):
                        self.add("actor", m[key], m.start(key), CLEAR, character=part)

    def _part_with_a_name(self, part: str) -> bool:
        """A part with a name (a given name, or a name no list knows), not a noun or a performer's name."""
        words = part.split(" ")
        if self._known_performer(part) or (len(words) == 1 and self.lex.looks_like_noun(part, self.code)):
            return False
        return self._given(words[-1]) or self._given(words[0]) or self._name_shaped(words[-1:])

    def _ages_gapped_de(self) -> None:
        """A second performer of the same part at another age, the verb left out: "Als Kind wird Malte von A gespielt,
        als Erwachsener von B", "... werden von A und B gespielt, die erwachsenen von C und D", "A spielt den jungen
        Malte, B den älteren", "Den jungen Malte spielt A, den erwachsenen B"."""
        text = self.text
        if self.holds(" wird ") and self.holds(" von "):
            for inverted in _AGE_INVERTED_PASSIVE_DE.finditer(text):
                part = self.character(inverted["char"], inverted.start("char"))
                if part and self._part_with_a_name(part) and self.full_name(inverted["actor"]):
                    self.add("actor", inverted["actor"], inverted.start("actor"), CLEAR, character=part)
        found = [h for h in self.hits if h.role == "actor" and h.character and h.strength >= CLEAR]
        by_start = {h.start: h for h in found}
        for hit in found:
            end = hit.start + len(hit.name)
            if text[hit.start : end] != hit.name:
                continue
            m = _AGE_GAPPED_BY_DE.match(text, end)
            if m and m["d"]:
                # "von A und B gespielt, die erwachsenen von C und D": the hit is B; A's hit stands before "und"
                before = next((h for s, h in by_start.items() if s + len(h.name) + 5 == hit.start), None)
                if before and text[before.start + len(before.name) : hit.start] == " und ":
                    for who, key in ((before, "c"), (hit, "d")):
                        if self.full_name(m[key]):
                            self.add("actor", m[key], m.start(key), CLEAR, character=who.character)
                continue
            if m and self.full_name(m["c"]) and not text.startswith(" und ", m.end("c")):
                self.add("actor", m["c"], m.start("c"), CLEAR, character=hit.character)
                continue
            char = hit.character or ""
            sentence = self.analysis.sentence_of(hit.start)
            at = text.find(char, end, min(sentence[1], end + 60)) if char else -1
            after = _AGE_GAPPED_AFTER_PART_DE.match(text, at + len(char)) if at > 0 else None
            if after and _AGE_WORDS_BEFORE_DE.search(text, max(0, at - 30), at) and self.full_name(after["c"]):
                self.add("actor", after["c"], after.start("c"), CLEAR, character=char)

    def german_pairs_in_order(self) -> None:
        """ "Der ältere, Einar, ... Der jüngere, Kári, ... Gespielt werden die beiden von A und B": the two parts the
        sentences before name, in order; "Pia und Jonte werden von A und B gespielt": the two the subject names. Both
        performers full names, two parts with names. ("Als Janusz und Halina sind A und B zu sehen" stays unpaired
        without "beziehungsweise", as ``test_credits_constructions`` pins it.)"""
        if self.code != "de":
            return
        self._two_play_two_de()
        if not self.positions(" von "):
            self._ages_gapped_de()
            return
        written = self.analysis.text  # (the reading's text may blank "werden" as an insertion)
        for pos in self.positions(" von "):
            if written.find("werden", max(0, pos - 60), pos) < 0:
                continue  # (every shape has "werden" before "von")
            m = _BOTH_PLAYED_BY_DE.search(written, max(0, pos - 60), pos + 120)
            if not m or m.start("a") != pos + 5 or ((m.group("both2") or m.group("pair")) and not m.group("verb")):
                continue
            actors = [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]
            if not all(self.full_name(self.run_text(a)) for a in actors):
                continue
            if m.group("pair"):
                first = self.runs.starting_at(m.start("pair"))
                second = self.runs.ending_at(m.end("pair"))
                roles = [first, second] if first and second and first != second else []
            else:
                roles = self._two_parts_before(self.analysis.sentence_of(m.start())[0])
            if len(roles) != 2:
                continue
            for role, actor in zip(roles, actors, strict=True):
                char = self.character(self.run_text(role), role[0])
                if char:
                    self.add("actor", self.run_text(actor), actor[0], CLEAR, character=char)
        self._ages_gapped_de()

    def _two_parts_before(self, start: int) -> list[Span]:
        """The two parts the two sentences before ``start`` name, in order: names no cue gave as a person of the film's
        making or as a performer, no places, no nouns; exactly two."""
        lead = self.analysis.sentence_of(max(0, start - 2))
        if lead[0] >= start:
            return []
        found = self._parts_between(lead[0], start)
        if len(found) < 2 and lead[0] > 1:
            found = self._parts_between(self.analysis.sentence_of(lead[0] - 2)[0], start)
        return found if len(found) == 2 else []

    def _parts_between(self, begin: int, start: int) -> list[Span]:
        """The distinct part names between ``begin`` and ``start`` (see :meth:`_two_parts_before`)."""
        text = self.text
        found: list[Span] = []
        seen: set[str] = set()
        for span in self.runs_in(begin, start):
            raw = self.run_text(span)
            parts = raw.split(" ")
            if parts[0] in self.d.OPENERS:
                parts = parts[1:]
                span = (span[0] + len(raw) - len(" ".join(parts)), span[1])
                raw = " ".join(parts)
            if not raw or len(parts) > 3 or places.canonical(raw) or self.is_film_title(raw):
                continue
            char = self.character(raw, span[0])
            if (
                not char
                or self._known_performer(char)
                or (" " not in char and (self.lex.looks_like_noun(char, "de") and not self._given(char)))
            ):
                continue
            if (
                " " not in char
                and not self._given(char)
                and not (
                    # a name no list knows, set off by commas ("Der jüngere, Kári, will ...") or joined to a known one
                    self._name_shaped([char])
                    and (
                        (text.startswith(", ", span[0] - 2) and text.startswith(",", span[1]))
                        or bool(
                            (joined := _GIVEN_JOINED.match(text, span[1]))
                            and (nxt := self.runs.starting_at(joined.end()))
                            and self._given(self.run_text(nxt))
                        )
                    )
                )
            ):
                continue
            if char not in seen:
                seen.add(char)
                found.append(span)
        return found

    def _english_lists_in_order(self) -> None:
        """English lists of parts and performers paired in order: "The siblings – bossy Grace, flaky Tommy and anxious
        Mei – are played by A, B and C", "The twins Addie and Jo, played respectively by A and B", "Her sons are
        Rusty and Earl, and A and B play them respectively", "As Nell and Osgood, A and B are, respectively, ...".
        Only lists of the same length (two or more), every performer a full name."""
        text = self.text
        for m in _PLAYED_BY_LIST_EN.finditer(text):
            roles = self._names_before_en(m.start())
            if not roles and (clause := _RELATIVE_BEFORE_EN.search(text, max(0, m.start() - 90), m.start())):
                # "The Gorringe brothers, Merle and Alvin, who run the salvage yard, are played by A and B"
                roles = self._names_before_en(clause.start())
            actors = self._names_after_en(m.end())
            if actors and ("respectively" in m.group() or _RESPECTIVELY.match(text, actors[-1][1])):
                self._pair_in_order(roles, actors)
            elif len(roles) >= 2 and len(actors) >= 2:
                # without "respectively" the two lists pair in order when ``LISTS_IN_ORDER`` (the newer blind gold
                # does), else they link nobody (the older gold conventions)
                self._pair_in_order(roles, actors, linked=self.d.LISTS_IN_ORDER)
        if "respectively" not in text:
            return
        for m in _PLAY_THEM_RESPECTIVELY.finditer(text):
            sentence = self.analysis.sentence_of(m.start())
            breaks = list(_CLAUSE_BREAK_EN.finditer(text, sentence[0], m.start()))
            if not breaks:
                continue
            actors = self._names_before_en(m.start(), floor=breaks[-1].end())
            roles = self._names_before_en(breaks[-1].start(), floor=breaks[-2].end() if len(breaks) > 1 else 0)
            self._pair_in_order(roles, actors)
        for m in _AS_ROLES_FIRST_RESPECTIVELY.finditer(text):
            roles = self._names_after_en(m.start("roles"), m.end("roles"))
            actors = self._names_after_en(m.start("actors"))
            self._pair_in_order(roles, actors)

    def _pair_in_order(self, roles: list[Span], actors: list[Span], *, linked: bool = True) -> None:
        """Each performer plays the part in the same place of the other list (``linked``), or just performs."""
        if len(roles) < 2 or len(roles) != len(actors):
            return
        if not all(self.full_name(self.run_text(a)) for a in actors) or any(
            self.full_name(self.run_text(r)) and self.run_text(r).split(" ")[0] not in self.d.HONORIFICS for r in roles
        ):
            return
        paired: dict[int, str | None] = {}
        for char_span, actor_span in zip(roles, actors, strict=True):
            char = self.character(self.run_text(char_span), char_span[0])
            if char and self.add(
                "actor", self.run_text(actor_span), actor_span[0], CLEAR, character=char if linked else None
            ):
                paired[actor_span[0]] = char if linked else None
        # "Grace, Tommy and Mei are played by A, B and C, respectively": no other cue's "Mei (A)" survives the list
        chars = {self.character(self.run_text(r), r[0]) for r in roles}
        self.hits = [
            h for h in self.hits if not (h.start in paired and h.character in chars and h.character != paired[h.start])
        ]

    def _names_before_en(self, pos: int, floor: int = 0) -> list[Span]:
        """The runs of a list "[adj] A, [adj] B and [adj] C" whose last run ends at ``pos`` (a comma or a dash
        skipped), each run perhaps after one lower-case adjective ("bossy Grace, flaky Tommy and anxious Mei")."""
        end = self.runs.ending_at(pos, skip=" \u00a0,–—")
        if not end or end not in self.runs.spans:
            return []
        out = [end]
        i = self.runs.spans.index(end)
        while (
            i > 0
            and self.runs.spans[i - 1][0] >= floor
            and _LIST_GLUE_EN.fullmatch(self.text, self.runs.spans[i - 1][1], self.runs.spans[i][0])
        ):
            i -= 1
            out.insert(0, self.runs.spans[i])
        return out if out[0][0] >= floor else []

    def _names_after_en(self, pos: int, ceiling: int | None = None) -> list[Span]:
        """The runs of a list starting at ``pos`` (or inside the run holding it: "As Nell"), as
        :meth:`_names_before_en` reads them."""
        whole = next((r for r in self.runs.spans if r[0] <= pos < r[1]), None)
        if not whole:
            return []
        out = [(pos, whole[1])]
        i = self.runs.spans.index(whole)
        while (
            i + 1 < len(self.runs.spans)
            and (ceiling is None or self.runs.spans[i + 1][1] <= ceiling)
            and _LIST_GLUE_EN.fullmatch(self.text, self.runs.spans[i][1], self.runs.spans[i + 1][0])
        ):
            i += 1
            out.append(self.runs.spans[i])
        return out

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
        for word in _COLLECTIVE_NOUNS:
            for pos in self.found(f" {word} "):
                self._collective_at(pos, pos + len(word) + 2)

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
            for pos in self.found(glue):
                m = _DATIVE_GIVER.match(text, pos)
                span = self.runs.ending_at(pos) if m else None
                if m and not span and (particle := _PARTICLE_BEFORE.search(text, max(0, pos - 8), pos)):
                    # "Als Widersacher tritt Bürgermeister F. G. auf, dem X ... verleiht": a separable particle
                    span = self.runs.ending_at(particle.start())
                actor = m.group("actor") if m else ""
                gift = actor.rsplit(" ", 1)[-1]
                if gift in _PERFORMANCE_GIFTS:
                    actor = actor[: -len(gift) - 1]  # "der X Kontur gibt": the run took the gift along
                elif (
                    m
                    and m.group("verb") in _PLAIN_GIVING
                    and not _QUALITY_GIFT.search(text, m.end("actor"), m.start("verb"))
                ):
                    span = None  # "Das Dorf, dem X sein Geld gibt": plot, unless the gift is a performance's
                if m and span and self.full_name(actor):
                    char = self.character(self.run_text(span), span[0])
                    if _AFTER_PREPOSITION_DE.search(text, max(0, span[0] - 30), span[0]):
                        # "Ein Förster mit Vollbart, dem X eine stille Würde verleiht": the noun
                        # before the comma is a preposition's, the part is the noun before it (no name)
                        self.add("actor", actor, m.start("actor"), CLEAR)
                    elif char and not (" " not in char and self.lex.looks_like_noun(char, self.code)):
                        self.add("actor", actor, m.start("actor"), CLEAR, character=char)

    def part_is_performer_de(self) -> None:
        """ "Die Wirtin Rosi ist X, und ...", "Die Matriarchin, Oma Lisbeth, ist X.", "Ihr Gemahl, der Graf Eberhard,
        ist X": a named part opens the sentence (alone or as an apposition) and the copula names its performer."""
        if self.code != "de":
            return
        for pos in self.found(" ist "):
            self._part_is_performer_at(pos)

    def _part_is_performer_at(self, pos: int) -> None:
        text = self.text
        m = _IS_PERFORMER_DE.match(text, pos + 5)
        if not m:
            return
        end = pos - 1 if text[pos - 1] == "," else pos
        cspan = self.runs.ending_at(end)
        if cspan is None:
            return
        sentence_start = self.analysis.sentence_of(cspan[0])[0]
        # (a clause after a semicolon opens like a sentence: "...; ihr Gemahl, der Graf Eberhard, ist X")
        sentence_start = max(sentence_start, text.rfind(";", sentence_start, cspan[0]) + 1)
        if not _PART_LEAD_DE.fullmatch(text, sentence_start, cspan[0]):
            return
        actor = self.person(m.group("actor"))
        raw = self.run_text(cspan)
        if not actor or " " not in actor or not self.full_name(actor) or self._crew_word(raw.split(" ")[0]):
            return
        if self._rank_word(m.group("actor").split(" ")[0]):
            return  # "X ist Kriminaloberrätin Jana K.": a rank marks the part after "ist", not a performer
        char = self.character(raw, cspan[0])
        if not char or self._noun_only_part(char) or _norm(char) == _norm(actor) or places.canonical(char):
            return
        if (
            not any(self._given(t) for t in char.split(" "))
            and not (" " in char and char.split(" ")[0] in self.d.HONORIFICS)
            and not self._named_part_word(raw, char)
        ):
            return  # "Die Heldin ist X": no name given
        self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _named_part_word(self, raw: str, char: str) -> bool:
        """A name no list knows, given as a part's name: after a person noun in the run ("Ihr Cousin Tunde") or
        written elsewhere after one ("Der Zauberer Balduin ... Balduin ist X")."""
        if " " in char or not self._name_shaped([char]):
            return False
        if len(names.tokens(raw)) > 1:
            return True
        return bool(re.search(rf"\b[A-ZÄÖÜ][a-zäöüß-]+ {re.escape(char)}\b", self.text)) and any(
            self._role_word(m.group(1)) for m in re.finditer(rf"\b([A-ZÄÖÜ][a-zäöüß-]+) {re.escape(char)}\b", self.text)
        )

    def possessive_relatives(self) -> None:
        """ "Ingrid Paulsen, deren Haushälterin Gerda mehr weiß, ...": a performer, then a relative clause opened
        by "deren"/"dessen" naming her part (a trade or part noun and a name, or a name alone). A relation
        ("deren Tochter Lisa") may be the performer's own family and stays unpaired, as do directors and crew."""
        if self.code != "de":
            return
        for glue in (", deren ", ", dessen "):
            for pos in self.found(glue):
                self._possessive_relative(pos, pos + len(glue))

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
