"""Credits, subjects: who a play verb's subject is (clauses, pronouns, inverted and gapped sentences)."""

from __future__ import annotations

import re

from filmkritik.model import Span
from filmkritik.read import names, places
from filmkritik.read.credits.common import (
    _AS_BRIDGE_STOP,
    _CAST_ROLES,
    _NOT_PERFORMING,
    _NOT_SUBJECT_LEAD,
    _PREPOSITIONS_DE,
    CLEAR,
    HINT,
    Hit,
    _norm,
)
from filmkritik.read.credits.parens import Parentheses
from filmkritik.read.lexmatch import occurrences, word_boundary

#: "Einer davon, der Landwirt X, " / "Eine von ihnen, die Bäckerin X, " before the verb: the performer in the apposition.
_ONE_OF_THEM_DE = re.compile(
    r"(?:Einer|Eine)\s+(?:davon|von\s+ihnen|dieser\s+[A-ZÄÖÜ][a-zäöüß]+)\s*,\s+(?:der|die)\s+(?:[a-zäöüß]+e\s+)?"
    r"[A-ZÄÖÜ][a-zäöüß]+\s+(?P<name>[A-ZÄÖÜ][^,.;:!?()\n]{2,40}),\s"
)
_WORD_THEN_SPACE = re.compile(r"(\w+) $")
_V2_OPENERS = frozenset(
    """Darin Dabei Hier Dort Nun Dann Damit Danach Darauf Daneben Dazu Außerdem Zudem Ebenso Ebenfalls Diesmal
    Jetzt Heute Später Zuletzt Erneut Wieder Auch Zunächst Anfangs Schließlich Immerhin Leider Zum""".split()
)
_CREW_NOUNS = (
    "Regisseur",
    "Filmemacher",
    "Autor",
    "Drehbuchautor",
    "Kameramann",
    "Kamerafrau",
    "Kritiker",
    "Produzent",
)
_CREW_NOUN_BEFORE = rf"\b(?:{'|'.join(_CREW_NOUNS)})(?:in)?"
#: The crew nouns as :data:`_CREW_NOUN_BEFORE` matches them, with "in" or not.
_CREW_NOUN_FORMS = tuple(form for noun in _CREW_NOUNS for form in (noun + "in", noun))


def _crew_noun_before(text: str, name: str) -> bool:
    """Whether ``re.search(rf"{_CREW_NOUN_BEFORE}\\s+{re.escape(name)}\\b", text)`` finds a match, without
    compiling that pattern per name: before some place of the name (a word boundary after it), white space, and
    before that a crew noun a word boundary opens. (A name opening with white space is searched as before.)"""
    if not name or name[0].isspace():
        return re.search(rf"{_CREW_NOUN_BEFORE}\s+{re.escape(name)}\b", text) is not None
    for at in occurrences(text, name):
        if not word_boundary(text, at + len(name)):
            continue
        end = at
        while end and text[end - 1].isspace():
            end -= 1
        if end < at and any(
            text.endswith(form, 0, end) and word_boundary(text, end - len(form)) for form in _CREW_NOUN_FORMS
        ):
            return True
    return False


_NOUN_BEFORE_NAME = re.compile(
    r"\s+(?:den|die|das)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\wäöüß-]+\s+(?=[^\W\d_a-zäöüß])"
)
_PRONOUN_OPENS = re.compile(r"\s*(?:[Ss]ie|[Ee]r)\s*")
_PAREN_NAME_AFTER = re.compile(r"\s*\(([A-Z][^()\n]{2,40})\)")
#: "Hier spielt er den ...", "Dann gibt sie die ...": a pronoun subject right after the verb, an object after it.
_PRONOUN_AFTER_VERB = re.compile(r"\s+(?:er|sie)(?=\s+(?:[a-zäöüß]+\s+){0,2}(?:den|die|das)\s+[\wäöüß-]+\s+[A-ZÄÖÜ])")
#: A sentence opened by its object ("Die Mutter ...", "Merles Mutter, ...", "Ihre Söhne ..."), before "spielt X".
_OBJECT_FIRST_LEAD = re.compile(
    r"(?:Den|Die|Das|Dem|Ihren|Ihre|Ihr|Seinen|Seine|Sein|[A-ZÄÖÜ][a-zäöüß]+s)\s+(?:[a-zäöüß]+(?:e|en)\s+)?[A-ZÄÖÜ][a-zäöüß-]+"
    r"(?:,\s[^,.;:!?\n]{1,60},)?\s+(?:spielt|spielen|verkörpert|verkörpern|gibt|geben|mimt)\s"
)
_SUBJECT_CLOSES = re.compile(r"\s*(?:[.;]|,\s|\s+und\s)")
_AND_NAME = re.compile(r"\s+und\s+")
_GAPPED_OBJECT_LIST = re.compile(r",\s+(?:ihre|seine|die|den|ihren|seinen)\s+[A-ZÄÖÜ][a-zäöüß-]+\s+")
_V2_OBJECT = re.compile(
    r"\s+(?:(?:erneut|wieder|diesmal|nun|auch|zudem|bei\s+(?:ihr|ihm|ihnen)|unter\s+(?:ihrer|seiner)\s+Regie)\s+)?"
    r"(?P<art>den|die|das|einen|eine|ein|hier|dabei|darin)\s"
)
#: The modifiers a clause may hold before its subject's name (see ``Reader._clause_subject_en``).
_SUBJECT_PREFIX = re.compile(r"\s*(?:[A-Za-z][\w'’-]*,?\s+){0,8}")
#: Asides set off by commas, dashes or parentheses between a subject and its verb.
_SUBJECT_ASIDE = re.compile(
    r",\s+[^,.;:!?()\n]{2,120}?,(?=\s)|\s+[—–]\s+[^—–\n]{2,120}?\s+[—–](?=\s)|\s*\([^()\n]{0,100}\)"
)
_PASSIVE_BRIDGE = re.compile(r"\s+(?:is|was|are|were)(?:\s+(?:[a-z]+ly|also|here|now))?\s*")
_SUBJECT_BRIDGE = re.compile(r"(?:,?\s+[a-z][\w'’-]*){0,8}\s*")
_CLAUSE_OPENERS = frozenset("when if while because although though whereas unless until since whom who which".split())
_BRIDGE_STOP = frozenset(
    "and but or nor while when who whom which that whose because although though if than unless whereas".split()
)
_CLAUSE_THEN_VERB = re.compile(r",\s+[^.;:!?()\n]{2,110},\s+")
_GAP_COMMA = re.compile(r",\s+")
_GAPPED_NEXT = re.compile(r",\s+(?=[^\W\d_a-zäöüß])")
_GAPPED_DET = re.compile(r"\s+(?:den|die|das|the|ihren|seinen|ihre|seine|ihr|sein|einen|eine|deren|dessen)\s+")


class Subjects(Parentheses):
    """Reader layer: a play verb's subject."""

    def _subject_before_clause(self, pos: int, between: re.Pattern[str] | None = None) -> Span | None:
        """The full name opening the sentence when a clause set off by commas stands between it and the verb at
        ``pos``: "Jonte Marx, bisher nur aus Serien bekannt, spielt ..."."""
        start = self.analysis.sentence_of(pos)[0]
        if pos - start > 150:
            return None
        one_of = _ONE_OF_THEM_DE.match(self.text, start) if self.code == "de" and between is None else None
        if one_of and one_of.end() == pos:
            # "Einer davon, der Landwirt X, spielt den alten Senn Clau": the apposition names the performer
            span = self.runs.starting_at(one_of.start("name"))
            name = self.person(self.run_text(span)) if span else None
            return span if span and name and self.full_name(name) else None
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
        if self.code == "de":
            # "Regie führte X. Wanda ist neu. Sie spielt Y": a director or writer named before is no antecedent
            found = [f for f in found if _norm(f[0]) in credited or not self._named_as_maker(f)]
            known = [f for f in known if f in found]
            if not found:
                return
        name, span = known[0] if known else found[0]
        previous = self.analysis.sentence_of(max(0, sentence[0] - 2))
        # (the name opens the sentence before: nothing between its start and the name; a name further back is not)
        subject = previous[0] <= span[0] and self.text[previous[0] : span[0]].strip() == "" and previous[0] < sentence[0]
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

    def _named_as_maker(self, found: tuple[str, Span]) -> bool:
        """A name a director's or writer's credit stands right before ("Regie führte X", "Buch: X"), or one the text
        made a director, writer or critic."""
        lead = self.text[max(0, found[1][0] - 20) : found[1][0]]
        return "Regie" in lead or "Buch" in lead or self._not_a_performer(found[0])

    def _pronoun_clause_de(self, start: int, pos: int) -> int:
        """Where a clause opened by a colon or a semicolon before the pronoun at ``pos`` begins (-1 if none): "...: Sie
        spielt ..." has its antecedent earlier in the same sentence."""
        cut = max(self.text.rfind(":", start, pos), self.text.rfind(";", start, pos))
        if cut < 0 or not _PRONOUN_OPENS.fullmatch(self.text, cut + 1, pos):
            return -1
        return cut

    def _not_a_performer(self, name: str) -> bool:
        key = _norm(name)
        if _crew_noun_before(self.text, name):
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
            elif self.code == "de":
                self._object_first_subjects(pos, span)
            return
        char, det = self._character_after(v2.start("art") - 1)  # "spielt X bei ihr die Rosalie": from the article
        if char and det in self.d.DEFINITE:
            self.add("actor", raw, span[0], CLEAR, character=char)
        else:
            self.add("actor", raw, span[0], CLEAR)

    def _object_first_subjects(self, verb_end: int, span: Span) -> None:
        """ "Merles Mutter, eine Hebamme, spielt X; ...", "Ihre Söhne spielen A und B, ihre Schwiegertöchter C und D.":
        the part opens the sentence as the object (named by a noun, so no pair) and the performers close the clause."""
        text = self.text
        sentence = self.analysis.sentence_of(span[0])
        if not _OBJECT_FIRST_LEAD.match(text, sentence[0]) or not _SUBJECT_CLOSES.match(text, span[1]):
            return
        names = [span]
        glue = _AND_NAME.match(text, span[1])
        nxt = self.runs.starting_at(glue.end()) if glue else None
        if nxt and self.full_name(self.run_text(nxt)) and _SUBJECT_CLOSES.match(text, nxt[1]):
            names.append(nxt)
            # ", ihre Schwiegertöchter C und D": a second object and its performers, the verb left out
            gap = _GAPPED_OBJECT_LIST.match(text, nxt[1])
            first = self.runs.starting_at(gap.end()) if gap else None
            if first and self.full_name(self.run_text(first)):
                names.append(first)
                glue = _AND_NAME.match(text, first[1])
                last = self.runs.starting_at(glue.end()) if glue else None
                if last and self.full_name(self.run_text(last)) and _SUBJECT_CLOSES.match(text, last[1]):
                    names.append(last)
        for name in names:
            raw = self.run_text(name)
            if self._named_part(raw):
                return  # a name the text gives a part: not a list of performers
        for name in names:
            self.add("actor", self.run_text(name), name[0], CLEAR)

    def _named_part(self, raw: str) -> bool:
        return any(h.character and _norm(h.character) == _norm(raw) for h in self.hits)

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
