"""Credits, clauses: captions, play lists, relative and subordinate clauses, copulas ("X is his ...")."""

from __future__ import annotations

import re

from filmkritik.model import Span
from filmkritik.read import lexmatch, names, places
from filmkritik.read.credits.appositions import Appositions
from filmkritik.read.credits.base import _ANCHORS
from filmkritik.read.credits.common import (
    _LIST_GLUE,
    _NAMED_CALLED,
    _NOT_SUBJECT_LEAD,
    _PREPOSITIONS_DE,
    _PRONOUNS,
    _SENTENCE_STOP,
    CLEAR,
    HINT,
    Hit,
    _norm,
    is_relation_noun,
    is_role_noun,
)
from filmkritik.read.names import RUN

#: "eine Schauspielerin namens Ayumi", "hier einen Fischer namens Olli": the part as the clause's object (not "mit
#: einem Hund namens Bello").
#: An aside after a performer's name, before "ist": "hier in seiner ersten Hauptrolle", "bislang nur aus Serien bekannt".
_ASIDE_DE = re.compile(
    r"(?:hier|zuletzt|sonst|bislang|bisher|eigentlich|selbst|erst|gerade|noch|in|aus|mit|seit)\s[^,;:.!?()\n]{0,60}"
)
#: What may stand before a performer opening such a sentence: nothing, or an article and a performer's noun.
_PERFORMER_LEAD_DE = re.compile(
    r"(?:(?:Der|Die)\s+(?:[a-zäöüß]+e\s+)?(?:Schauspieler(?:in)?|Darsteller(?:in)?|Newcomer(?:in)?|Jungschauspieler(?:in)?)\s+)?"
)
#: A manner phrase closing a relative clause before its verb ("... mit stoischer Ruhe gibt", "... voller Hingabe spielt").
_MANNER_AFTER = re.compile(r"\s+(?:mit|voller|ohne|in|auf)\s+(?:[a-zäöüß]+\s+){0,3}[A-ZÄÖÜ][a-zäöüß]+$")
_OBJECT_NAMED = re.compile(
    r"(?:(?:selbst|hier|auch|nun|diesmal|wieder|erneut|zudem|außerdem|ebenfalls|jetzt)\s+)?(?:eine|einen|die|den)\s"
)
_DEFINITE_START = re.compile(
    r"(?:(?:selbst|hier|auch|nun|diesmal|wieder|erneut|zudem|außerdem|ebenfalls|jetzt)\s+)?(?:den|die|das|dem|der)\s"
)
_ADJECTIVE_INSIDE = re.compile(r"\s[a-zäöüß]+(?:e|en|er|es)\s")
#: "Dass X die Bäckerin Hilde spielt", "weil X den Wirt gibt": a conjunction, the performer, the part, the verb.
#: An adverb opening a relative clause before its subject ("den wiederum X spielt", "die hier X gibt").
_CLAUSE_ADVERB = re.compile(r"(?:wiederum|hier|nun|dabei|diesmal|ebenfalls|auch|übrigens|schließlich|dann|jetzt)\s+")
_SUBORDINATE_PLAY = lexmatch.LedPattern(
    rf"\b(?:[Dd]ass|[Ww]eil|[Oo]bwohl|[Ww]enn|[Dd]a|[Ss]olange|[Ww]ährend|[Ww]ie)\s+(?P<actor>{RUN})\s+"
    r"(?P<inner>(?:den|die|das)\s[^,.;:!?()\n]{1,60}?)\s+(?:spielt|verkörpert|mimt|gibt|anlegt)(?=\s*[,.;:–—]|\s+-\s)"
)
_SUBORDINATE_PLAY_PRONOUN = lexmatch.LedPattern(
    rf"\b(?:[Dd]ass|[Ww]eil|[Oo]bwohl|[Ww]enn|[Dd]a|[Ss]olange|[Ww]ährend)\s+(?P<actor>{RUN})\s+(?:ihn|sie)\s+"
    r"(?:[^,.;:!?()\n]{1,60}?\s+)?(?:spielt|verkörpert|mimt|gibt|anlegt)(?=\s*[,.;:–—]|\s+-\s)"
)
#: "Cody, den Tobias Lindenthal mit einer schönen Mischung aus Übermut und Angst verkörpert", "Samir, den X als
#: freundlichen, etwas zu eifrigen jungen Mann anlegt": a relative clause whose subject is a performer's name and whose
#: middle is too long (or holds a comma) for the short clause pattern; the middle opens with "als"/"mit"/an adverb.
#: An article and adjectives before a performer's trade as a relative clause's subject ("den der junge Laiendarsteller X spielt").
_PERFORMER_TAILS = ("darsteller", "darstellerin", "schauspieler", "schauspielerin")
_TRADE_BEFORE_SUBJECT = re.compile(r"(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}(?=[^\W\d_a-zäöüß])")
_LONG_RELATIVE_ACTOR = re.compile(
    rf",\s+(?P<pronoun>den|die)\s+(?P<inner>(?:(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+){{0,2}})?(?P<actor>{RUN})"
    r"(?:\s+(?:als|mit|so|ganz|sehr|derart|wunderbar|herrlich)\s|\s{3})"
    r"[^.;:!?()\n\"„“”«»]{0,110}?)\s+(?:verkörpert|spielt|anlegt|mimt|gibt|darstellt|porträtiert|ausstattet)(?=\s*[,.;:–—]|\s+-\s|\s{3})"
)
_BARE_ROLE = re.compile(
    r"(?:(?:hier|auch|nun|diesmal|wieder|erneut|jetzt|selbst)\s+)?(?P<name>[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*){0,2})"
)
#: Sentence-opening words a name run can take in ("Warum Yara Haddad, die ..., noch keine ...").
_CLAUSE_OPENERS_DE = frozenset("Warum Weshalb Wieso Ob Dass Weil Wenn Wie Auch Selbst Nur Gerade Sogar Erst".split())
_COPULA_ROLE_DE_BARE = re.compile(
    r"ist\s+(?P<det>seine|ihre|sein|ihr|der|die)\s+(?:[a-zäöüß-]+\s+){0,2}(?=[^\W\d_a-zäöüß])"
)
_COPULA_NOUN_COMMA_NAME_DE = re.compile(
    r" ist\s+(?:dieser|diese|der|die)\s+(?:[a-zäöüß-]+\s+){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+),\s+(?=[^\W\d_a-zäöüß])"
)
#: ("Lena Brauer ist Mia, aufgeweckt und ...": a description after the comma, not a clause of its own)
_IS_NAME_THEN = re.compile(
    r",\s+(?:ein|eine|der|die|das)\s+[a-zäöüßA-ZÄÖÜ]|\s*[.;!]|[ \t]*(?:\n|$)"
    r"|,\s+(?!(?:und|aber|doch|denn|weil|dass|wenn|als|ob|obwohl|sondern|sagt|meint|so|wie)\b)[a-zäöüß]+\s+(?:und|aber)\s"
)
#: English: "<the part> is [the great] <performer>": "is" and the praise before a performer's full name.
_IS_PERFORMER_EN = re.compile(
    # "is(?<=\sis)": every match starts at a literal "is", which the regex engine skips to at once
    r"is(?<=\sis)\s+(?:(?:the|a|an)\s+(?:(?:never-better|ever-reliable|reliably|always|wonderfully|great|wonderful|"
    r"excellent|terrific|superb|reliable|marvell?ous|brilliant|fine|veteran|splendid|invaluable|indispensable|"
    r"formidable|redoubtable|priceless|inimitable|incomparable|peerless|ubiquitous|versatile|young|newcomer|luminous|"
    r"always\s+welcome|ever-welcome|welcome|magnetic|radiant|wily|lovely|marvellous|mesmerising|mesmerizing|"
    r"scene-stealing|unflappable|irrepressible|reliably\s+excellent|legendary|venerable|beloved)\s+){1,2})?"
    r"(?:(?:newcomer|veteran|comedian|first-timer)\s+)?(?=[^\W\d_a-z])"
)
#: What may follow the performer: a clause or an apposition about the actor, or the sentence's end.
_PERFORMER_THEN_EN = re.compile(
    r",\s+(?:who|whose|an?\s+(?:[A-Za-z-]+\s+){0,3}(?:actor|actress|performer|newcomer|comedian|comic|veteran|star|"
    r"singer|musician|dancer|rapper|model)\b|"
    r"(?:[a-z]+ing|clearly|all|never|once\s+again|again)\b|and\s(?!(?:he|she|they)\s+(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:played|voiced|portrayed))|(?:[a-z]+,?\s+)?[a-z]+\s+and\s+[a-z]+\s*[,.;!])"
    r"|\s*[.;!](?:\s|$)|\s+(?:in|with)\s+(?:a|an|the|her|his)\s+[a-z]|\s+and\s+(?:he|she|they)(?:['’]s|\s)(?!(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:played|voiced|portrayed))"
)
#: The part's side of "<part> is <performer>": the clause before "is" ends with a name, then perhaps an apposition
#: set off by commas ("Cousin Lurleen, the closest thing the film has to a villain,"), or the name follows "called"
#: / "named" inside one ("The villain, a land agent called Mr. Pettigrew,"), or a noun before it ("the nurse, Maren,").
_DESCRIBED_BEFORE_EN = re.compile(r"[a-z],\s+(?:[a-z][\w-]*\s+){1,3}$")
_APPOSITION_END_EN = re.compile(r",\s+(?:the|a|an|his|her|their|who|whose|which|still|now|once)\b[^,;:()\n]{1,80},$")
_CALLED_NAME_EN = re.compile(rf"\b(?:called|named|nicknamed|known\s+as)\s+(?P<name>{RUN}),$")
_LOWER_SENTENCE_START = re.compile(r"[a-z]{2}[.!?]\s+(?=[a-z])(?!.*[a-z]{2}[.!?]\s+[a-z])")
_NOUN_PART_HEAD_EN = re.compile(
    r"(?P<np>(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][a-z]+['’]s)\s+(?:[a-z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<noun>[a-z][\w-]*)(?:\s+(?:from|of)\s+[A-Z][a-z]+)?)(?:,\s+[^,;:()\n]{1,80},?)?"
)
_CREW_WORDS_EN = re.compile(
    r"\b(?:direct|writ|produc|compos|cinematograph|edit|filmmak|screenwrit|author|novel|critic|score|film|movie|"
    r"result|problem|point|answer|star|lead|cast|best|worst|highlight|standout|revelation|reason|casting|thing)",
)
_THAT_IS_END = re.compile(r"\s*[,.;!–—]|\s+-\s")
#: "Jace Morrow is her ex-boyfriend/cop/love interest Detective Rourke,": a copula, a description, the role.
_COPULA_ROLE_BARE = re.compile(r"\s+is\s+(?:his|her|their)\s+((?:[a-z][\w/-]*\s+){0,3}[a-z][\w/-]*)\s+(?=[^\W\d_a-z])")
_COPULA_NAME = re.compile(r",?\s+is\s+")
_IS_GIVEN_ROLE = re.compile(r"\s+is\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*[,.;]|\s+and\s)")
_COPULA_ROLE = re.compile(r"\s+is\s+(?:his|her|their|its|the|[A-Z][\w-]+['’]s)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+")
_APPOSITION_BEFORE = re.compile(r",\s+(?:ein|eine|einen|einem|der|die|das|den|dem|a|an|the)\s+(?:[a-zäöüß-]+\s+){0,2}$")
_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an|the|his|her|their)\s+[a-z]")
_ACTOR_THEN_CLAUSE = re.compile(
    # ("Levan is X, Giorgi is Y, and both are ...": another pair of the same shape, or "and both")
    r",\s+(?:who|whose|an?|the)\s|\s*[.;](?:\s|$)|,\s+(?=[A-Z][\w-]+\s+is\s+[A-Z])|,\s+and\s+(?:both|each|all)\b"
)
#: After "is <name>": another performer who plays the pronoun ("..., and X plays him"), so the name is the part.
_PLAYS_PRONOUN_AFTER_EN = re.compile(
    rf",?\s+and\s+(?:{RUN})\s+(?:plays|portrays|embodies|gives|makes|brings)\s+(?P<obj>him|her|[A-Z][\w'’-]+)\b"
)
#: "is her father", "is the eldest daughter": a copula, a possessive or "the", perhaps adjectives, a person noun,
#: then a comma, "and" or the sentence's end.
_IS_NOUN_PART_EN = re.compile(
    r"(?<=[\w.])\s+is\s+(?:his|her|their|the)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)(?=\s*[,.;]|\s+and\s|\s+who\s)"
)
_KIN_NOUNS_EN = frozenset(
    """father mother son daughter brother sister husband wife grandmother grandfather uncle aunt cousin nephew niece
    boyfriend girlfriend fiancé fiancée sibling stepfather stepmother widow widower""".split()
)
_PAIR_BEFORE_EN = re.compile(r"(?:^|[.!?]\s+)[A-Z][\w-]+\s+is\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+,\s+$")


#: A photo caption's names (:meth:`Clauses._caption_may_open`), from the end of one capitalised run: the rest of its
#: last word (a run found as "... II" may be read as "... III") and a place mark "(l.)", then the list going on after
#: a comma, "und", "and" or "&" (the next name opens where this ends) ...
_CAPTION_LINK = re.compile(r"[^\W\d_]*(?:\s+\([^()]{1,8}\))?(?:,\s+|\s+(?:und|and|&)\s+)")
#: ... or ending in "in" before the scene, perhaps after a place mark and "(v. l.)".
_CAPTION_END = re.compile(r"[^\W\d_]*(?:\s+\([^()]{1,8}\)){0,2}\s+in\s")


_PART_FIRST_OPENERS_DE = ("Ihr ", "Ihre ", "Sein ", "Seine ", "Der ", "Die ", "Deren ", "Dessen ")
#: ("Und Jens' Tochter Lotta, die ..., ist X": an opening "Und", a possessor's genitive)
_PART_FIRST_POSSESSOR_DE = re.compile(
    r"(?:Und\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*(?:s|'|’)\s+|(?:ihr|ihre|sein|seine|der|die)\s)"
)
_PART_FIRST_COPULA_DE = re.compile(
    rf"(?:Und\s+)?(?:Ihr|Ihre|Sein|Seine|Der|Die|Deren|Dessen|ihr|ihre|sein|seine|der|die|[A-ZÄÖÜ][\wäöüß-]*(?:s|'|’))\s+"
    rf"(?:[a-zäöüß]+(?:e|er|en|es)\s+){{0,2}}(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)\s+"
    rf"(?P<char>{RUN})(?:\s*,[^.;!?\n]{{1,120}},)?\s+ist\s+(?:(?:die|der)\s+(?:[a-zäöüß]+\s+){{0,2}})?(?P<actor>{RUN})(?=\s*[,.;]|\s+[–—]\s)"
)

#: "Die einzige Frau der Kapelle, Klarinettistin Burgi O., ist X, und ...": a description opens the sentence, a
#: trade and the part's name set off by commas, then "ist" and the performer (both names full: the order decides).
_PART_APPOSED_COPULA_DE = re.compile(
    rf"(?:Ihr|Ihre|Sein|Seine|Der|Die|Deren|Dessen)\s+(?:[a-zäöüß]+(?:e|er|en|es)\s+){{0,2}}[A-ZÄÖÜ][a-zäöüß-]+"
    rf"(?:\s+(?:der|des)\s+(?:[a-zäöüß]+(?:e|er|en|es)\s+)?[A-ZÄÖÜ][\wäöüß-]+)?,\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)\s+"
    rf"(?P<char>{RUN}),\s+ist\s+(?P<actor>{RUN})(?=\s*[,.;])"
)


class Clauses(Appositions):
    """Reader layer: captions, lists and clauses."""

    def captions(self) -> None:
        for m in self._caption_matches():
            line_end = self.text.find("\n", m.end())
            line = self.text[m.start() : line_end if line_end >= 0 else len(self.text)]
            if len(line) > 220:
                continue
            for span in self.runs_in(m.start(1), m.end(1)):
                raw = self.run_text(span)
                if self.full_name(raw):
                    self.add("actor", raw, span[0], CLEAR)

    def _caption_matches(self) -> list[re.Match[str]]:
        """What ``self.finds("caption")`` finds, the caption cue tried only at the line starts where it can open.

        The cue, a backtracking pattern, cost some microseconds at every line start. A caption's names open at
        the line start or after a short label ("Foto: "), and each of its names is a whole capitalised run
        (:attr:`runs`): a list of names goes on only after white space or a comma (a place mark "(l.)", ", ",
        "und", "in"), which no shorter reading of a run is followed by. So a line start is tried only when a
        chain of runs opens there (or after its label) and ends before "in"."""
        triggers = self.d.TRIGGERS.get("caption")
        if triggers is not None and not self.mentions_any(triggers):
            return []
        run_ends = dict(self.runs.spans)  # where each run ends, by where it starts
        starts = {s for s in self._anchor_positions(_ANCHORS["caption"](self.d)) if self._caption_may_open(s, run_ends)}
        return self._matches_at(self.p.caption, self.text, starts)

    def _caption_may_open(self, start: int, run_ends: dict[int, int]) -> bool:
        """Whether the caption cue (``^(?:[^:\\n]{0,40}:\\s+)?(names)...\\s+in\\s+...``) can match at ``start``
        (``run_ends``: where each capitalised run ends, by where it starts)."""
        text = self.text
        if self._caption_names(start, run_ends):
            return True
        colon = text.find(":", start, start + 41)  # the label ends at the line's first colon, if within 40 characters
        if colon < 0 or text.find("\n", start, colon) >= 0:
            return False
        after = colon + 1
        while after < len(text) and text[after].isspace():
            after += 1
        return after > colon + 1 and self._caption_names(after, run_ends)

    def _caption_names(self, start: int, run_ends: dict[int, int]) -> bool:
        """Whether a chain of runs joined as a caption's list opens at ``start`` and ends before "in"."""
        end = run_ends.get(start)
        while end is not None:
            if _CAPTION_END.match(self.text, end):
                return True
            link = _CAPTION_LINK.match(self.text, end)
            if link is None:
                return False
            end = run_ends.get(link.end())
        return False

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
            manner = _MANNER_AFTER.search(inner) if len(cspans) > 1 else None
            if manner:
                # "X, der den alten Schleusenwärter Anton Rieck mit stoischer Ruhe gibt": a manner phrase closes it
                inner = inner[: manner.start()]
                cspans = self.runs_in(m.start("inner"), m.start("inner") + manner.start())
            if len(cspans) == 1 and _DEFINITE_START.match(inner):
                char = self.character(self.run_text(cspans[0]), cspans[0][0])
                if char and " " not in char and self.lex.looks_like_noun(char, self.code):
                    # ("X, der den Hauptverdächtigen spielt": a part named only by its noun pairs nobody)
                    char = None if _ADJECTIVE_INSIDE.search(inner) or self._noun_only_part(char) else char
            if char is None and len(cspans) == 1:
                char = self._bare_role_name(inner, cspans[0])
            if char is None and len(cspans) == 1 and cspans[0][0] == m.start("inner"):
                # "X, die Afras Lehrling Resi spielt": a possessor's genitive, a noun, the part's name
                words = self.run_text(cspans[0]).split(" ")
                if len(words) == 3 and words[0].endswith("s") and not self._given(words[0]):
                    found = self.character(" ".join(words), cspans[0][0])
                    char = found if found and found == words[-1] and self._name_shaped([found]) else None
            named = _NAMED_CALLED.search(text, m.start("inner"), m.end("inner")) if char is None else None
            if named and cspans and cspans[-1][0] == named.end() and len(cspans) <= 2 and _OBJECT_NAMED.match(inner):
                # "X, die hier eine Schauspielerin namens Ayumi spielt": the name after "namens" is the part
                char = self.character(self.run_text(cspans[-1]), cspans[-1][0])
            self.add("actor", raw, span[0], CLEAR, character=char)
        self._long_relatives()

    def _long_relatives(self) -> None:
        """ "Cody, den Tobias Lindenthal mit einer schönen Mischung aus Übermut und Angst verkörpert": the performer
        opens a long verb-final clause about the part named before its comma (see ``_LONG_RELATIVE_ACTOR``)."""
        for start, end in self._trigger_spans(("verkörpert", "spielt", "anlegt", "mimt", "gibt", "darstellt")):
            for m in _LONG_RELATIVE_ACTOR.finditer(self.text, start, end):
                aspan = self.runs.starting_at(m.start("actor"))
                if not aspan or aspan[1] != m.end("actor"):
                    continue
                raw = self.run_text(aspan)
                if m.start("actor") > m.start("inner"):
                    # "die die kasachische Schauspielerin X mit ... spielt": only a performer's trade after an article
                    words = raw.split(" ")
                    if len(words) < 3 or not self._performer_trade(words[0]):
                        continue
                    aspan = (aspan[0] + len(words[0]) + 1, aspan[1])
                if not self.full_name(self.run_text(aspan)):
                    continue
                span = self._run_before_clause(m.start())
                if span is None or not self._actor_inside_relative(m, span):
                    self.add("actor", self.run_text(aspan), aspan[0], CLEAR)

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
        if not self._given(parts[0]) and len(parts) >= 2:
            return self._titled_bare_role(parts)
        if not self._given(parts[0]) or places.canonical(parts[0]) or self.is_film_title(raw):
            return None  # "die Berlin spielt": a place; "die Klavier spielt": no given name
        return None if self.full_name(raw) and raw in self._credited else raw

    def _titled_bare_role(self, parts: list[str]) -> str | None:
        """ "X, die Pfarrerin Wendt spielt", "X, der Wirt Anton gibt": a title or a person noun, then a name, with no
        article (the pronoun opens the clause). A title, rank or kinship word stays, as written before a name with no
        determiner ("Pfarrerin Wendt", "Mutter Hedwig"); a trade describes ("Anton")."""
        head, rest = parts[0], parts[1:]
        if not all(self._given(t) or self._name_shaped([t]) for t in rest):
            return None
        title = head.removesuffix("in") if head.endswith("in") and head not in self.d.HONORIFICS else head
        if self._rank_word(head) or title in self.d.HONORIFICS:
            return " ".join(parts)
        if self._role_noun(head):
            return " ".join(rest)
        return None

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
            for m in _SUBORDINATE_PLAY_PRONOUN.finditer(text, start, end):
                # "..., obwohl X ihn mit schöner Knorrigkeit spielt": a performer; the part is whoever "ihn" is
                span = self.runs.starting_at(m.start("actor"))
                if span and span[1] == m.end("actor") and self.full_name(self.run_text(span)):
                    self.add("actor", self.run_text(span), span[0], CLEAR)

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

    def _performer_trade(self, word: str) -> bool:
        """A performer's own trade ("Laiendarsteller", "Schauspielerin", "Sängerin"), not a part's ("Bürgermeisterin")."""
        return (
            bool(re.fullmatch(self.d.ACTOR_NOUNS, word))
            or word.lower().endswith(_PERFORMER_TAILS)
            or (is_role_noun(word, getattr(self.d, "PERFORMER_NOUNS", frozenset())))
        )

    def _actor_inside_relative(self, m: re.Match[str], span: Span) -> bool:
        """ "Frau Kratochwil, die Ursula Brandl mit herrlichem Schmäh spielt": the clause's subject is the actor."""
        inner_start = m.start("inner")
        adverb = _CLAUSE_ADVERB.match(self.text, inner_start)
        if adverb:
            inner_start = adverb.end()  # "Ferdl, den wiederum X spielt"
        trade = _TRADE_BEFORE_SUBJECT.match(self.text, inner_start)
        if trade:
            # "Idris, den der Laiendarsteller Amine Ouazzani spielt": a performer's trade before the subject's name
            run = self.runs.starting_at(trade.end())
            first = self.run_text(run).split(" ")[0] if run else ""
            words = self.run_text(run).split(" ") if run else []
            if run and run[0] == trade.end() and self._performer_trade(first):
                if len(words) >= 3:
                    inner_start = run[0] + len(words[0]) + 1
            elif (
                run
                and run[0] == trade.end()
                and len(words) >= 4
                and first.endswith("er")
                and places.canonical(first[:-2])
                and self._performer_trade(words[1])
            ):
                inner_start = run[0] + len(words[0]) + len(words[1]) + 2  # "den der Wiener Kabarettist X spielt"
        inner = self.runs.starting_at(inner_start)
        if not inner or inner[0] != inner_start:
            return False
        raw = self.run_text(inner)
        if not self.full_name(raw) or (_DEFINITE_START.match(m.group("inner")) and inner_start == m.start("inner")):
            return False
        char = self.character(self.run_text(span), span[0])
        if char and " " not in char and self._word_before(span[0]) in ("aus", "nach", "in", "im", "bei"):
            char = None  # "Ein Urlauber aus Linz, den X spielt": a place, the part is the noun before it
        if not char or (" " not in char and self.lex.looks_like_noun(char, self.code)):
            char = None
            appos = _APPOSITION_BEFORE.search(self.text, max(0, span[0] - 120), span[0])
            named = self.runs.ending_at(appos.start()) if appos else None
            if named:
                char = self.character(
                    self.run_text(named), named[0]
                )  # "Ferdinand Hollitzer, ein Fabrikant, den X gibt"
                if char and self._noun_only_part(char):
                    char = None  # "der Unternehmer, ein arroganter Münchner, den X spielt": only a noun
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
            if span and (not char or self._once_only_noun(char)):
                char = self._named_before_apposition(span[0]) or char
            self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _named_before_apposition(self, end: int) -> str | None:
        """ "Da ist Merle, Lehramtsstudentin mit Prüfungsangst, die von X gespielt wird": the name before a
        verbless apposition (a noun phrase between commas), which the relative clause after it describes."""
        comma = self.text.rfind(", ", max(0, end - 80), end)
        if comma < 0 or any(c in self.text[comma + 2 : end] for c in ",.;:!?()\n"):
            return None
        appos = self.text[comma + 2 : end]
        first = appos.split(" ", 1)[0]
        if not (first in ("ein", "eine", "einer", "der", "die") or self.lex.looks_like_noun(first, "de")):
            return None
        named = self.runs.ending_at(comma)
        char = self.character(self.run_text(named), named[0]) if named else None
        if not char or self.lex.looks_like_noun(char.split(" ")[0], "de"):
            return None
        return char if self._given(char.split(" ")[0]) or self._name_shaped(char.split(" ")) else None

    def copula_roles(self) -> None:
        """ "Mehta is her deputy, Raj": an actor's surname, "is", a relation, then the role's name."""
        if self.code == "de":
            self._german_copula_roles()
            return
        if " is " not in self.text:
            return
        self._inverted_copulas_en()
        self._copula_beside_play_en()
        for span in self.runs.spans:
            m = _COPULA_ROLE.match(self.text, span[1])
            bare = _COPULA_ROLE_BARE.match(self.text, span[1]) if not m else None
            if not m and not bare and self.code == "en":
                named = _IS_GIVEN_ROLE.match(self.text, span[1])
                described = named is not None and self._described_given_en(named.group(1), named.end(1))
                if named and (described or self._given_role(named.group(1))) and not places.canonical(named.group(1)):
                    # "Tom Hanksley is Otto, and ...", "Newcomer Tavi Roa is Pip, the runaway": a performer's
                    # full name, "is", a role's given name (linked as a possessive is: see ``finish``)
                    who = self._past_honours(span)
                    actor = self.person(self.run_text(who))
                    if actor and " " in actor and self._is_person_like(actor):
                        # "X is Earl, the ex-con": a given name an apposition describes is a part outright
                        self.add("actor" if described else "possessive", actor, who[0], HINT, character=named.group(1))
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
                if self.code == "en" and self._described_subject_en(span):
                    continue  # "..., cornet player Maureen T., is X": the subject is the part (``_inverted_copulas_en``)
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

    def _copula_beside_play_en(self) -> None:
        """ "Seo J. plays Hana, ..., and Kang T. is her father, a stubborn widower": beside a clause where a performer
        plays a part, a full name that "is" a relation or a role noun is a performer too (no part's name, no pair);
        also the first clause: "Séverine A. is the eldest daughter, a lawyer ..., and B plays Rémi"."""
        text = self.text
        for pos in self.positions(" is "):
            m = _IS_NOUN_PART_EN.match(text, pos)
            if not m:
                continue
            span = self.runs.ending_at(m.start())
            if not span:
                continue
            raw = self.run_text(span)
            if not self.full_name(raw) or self._known_performer(raw) or raw.split(" ")[0] in self.d.OPENERS:
                continue
            lead = text[max(0, span[0] - 6) : span[0]]
            sentence = self.analysis.sentence_of(span[0])
            if not (span[0] == sentence[0] or lead.endswith(", and ") or lead.endswith("; ")):
                continue  # the name opens its clause
            noun = m.group("noun").lower()
            if noun in self.d.NOT_PERSON_NOUNS or not (
                noun in self.d.PERSON_NOUNS or noun.endswith(self.d.PERSON_NOUN_ENDINGS) or noun in _KIN_NOUNS_EN
            ):
                continue
            plays = [
                v
                for v in self.p.play.finditer(text, sentence[0], sentence[1])
                if (who := self.runs.ending_at(v.start() - 1)) and who != span and self.full_name(self.run_text(who))
            ]
            if plays:
                self.add("actor", raw, span[0], CLEAR)

    def _inverted_copulas_en(self) -> None:
        """ "Her producer and ex-husband Walt is X, who ...", "Cousin Lurleen, the closest thing to a villain, is X",
        "the nurse, Maren, is X, an Estonian actress", "The villain, a land agent called Mr. Pettigrew, is X,
        chewing scenery": the part's name ends the clause before "is" (before any apposition), the performer's full
        name follows with a clause, an apposition about an actor or the sentence's end. (The lone-name case right
        at a sentence's start is ``_role_is_actor``'s.)"""
        text = self.text
        for m in _IS_PERFORMER_EN.finditer(text):
            aspan = self.runs.starting_at(m.end())
            if not aspan or not _PERFORMER_THEN_EN.match(text, aspan[1]):
                continue
            pronoun = _PLAYS_PRONOUN_AFTER_EN.match(text, aspan[1])
            if pronoun and pronoun.group("obj") in ("him", "her", *self.run_text(aspan).split(" ")):
                # "The trucker is Walt B., and X plays him with ...", "The tutor is Helen M., and X plays Helen": the
                # name "is" introduces is the part
                continue
            actor = self.person(self.run_text(aspan))
            if not actor or " " not in actor or not self._is_person_like(actor):
                continue
            if actor.split(" ")[0] in self.d.HONORIFICS:
                continue  # "X is Judge Lord Horfield": a title marks the part, not the performer
            said_actor = text[aspan[1] : aspan[1] + 60]
            if not self.full_name(actor) and not re.match(
                r",\s+an?\s+(?:[A-Za-z-]+\s+){0,3}(?:actor|actress)\b", said_actor
            ):
                continue
            start = self.analysis.sentence_of(m.start())[0]
            end = m.start()
            while end > 0 and text[end - 1].isspace():
                end -= 1  # the clause before "is" ends at its comma (kept) or its last word
            head = text[start:end]
            cut = max(head.rfind(";"), head.rfind(":"), head.rfind(" – "), head.rfind(" — "), head.rfind(", and "))
            lower_start = _LOWER_SENTENCE_START.search(head)
            if lower_start and lower_start.start() + 2 > cut:
                cut = lower_start.start() + 2  # ". her husband Gerald is X": a sentence the segmenter did not split
            if cut >= 0:
                start += cut + (5 if head[cut:].startswith(", and ") else 1)
                head = text[start:end]
            while head[:1].isspace():
                start, head = start + 1, head[1:]
            char_span = self._part_before_is(start, end, head)
            if char_span is None:
                if self._noun_part_before_is(head):
                    # "The harbourmaster, a pompous little man, is X, and he is very funny": a part named by its
                    # noun, a performer
                    self.add("actor", self.run_text(aspan), aspan[0], CLEAR)
                continue
            char_raw = self.run_text(char_span)
            first_word, _, rest = char_raw.partition(" ")
            if rest and first_word in self.d.OPENERS and first_word not in self.d.HONORIFICS:
                char_span, char_raw = (char_span[0] + len(first_word) + 1, char_span[1]), rest  # "And X, who ..."
            if self.person(char_raw) == actor or char_raw in self.d.OPENERS or char_raw in _PRONOUNS:
                continue
            if " " not in char_raw and self.full_names_ending(char_raw):
                continue  # "Okafor is Delia Marsh.": a performer's surname, then the part (``copula_roles``)
            if (
                " " in char_raw
                and self.full_name(char_raw)
                and char_raw.split(" ")[0] not in self.d.HONORIFICS
                and not self._described_subject_en(char_span)
            ):
                continue  # "Hank Dillon is John Smith": two full names, no telling which is the part
            char = self.character(char_raw, char_span[0])
            if char and not self.is_film_title(char):
                self.add("actor", self.run_text(aspan), aspan[0], CLEAR, character=char)

    def _described_subject_en(self, span: Span) -> bool:
        """ "The band's only woman, cornet player Maureen T., is ...": a full name set off by commas right after a
        lower-case description (a part's trade or place in the story), so the name before "is" is the part."""
        return bool(
            _DESCRIBED_BEFORE_EN.search(self.text, max(0, span[0] - 60), span[0])
            and self.text.startswith(", is ", span[1])
        )

    def _noun_part_before_is(self, head: str) -> bool:
        """ "The harbourmaster, a pompous little man with a clipboard,", "Its engineer", "The vicar, when he finally
        appears,": a determiner, a few lower-case words ending in a person noun (no crew or film word), perhaps an
        aside between commas."""
        m = _NOUN_PART_HEAD_EN.fullmatch(head.strip())
        if m is None or _CREW_WORDS_EN.search(m.group("np")):
            return False
        noun = m.group("noun").lower()
        if noun in self.d.NOT_PERSON_NOUNS:
            return False
        return noun in self.d.PERSON_NOUNS or noun.endswith(self.d.PERSON_NOUN_ENDINGS)

    def _part_before_is(self, start: int, end: int, head: str) -> Span | None:
        """The part's name in the clause ``head`` (``text[start:end]``) before "is", or None."""
        called = _CALLED_NAME_EN.search(head)
        if called:
            return self.runs.starting_at(start + called.start("name"))
        appos = _APPOSITION_END_EN.search(head + ("" if head.endswith(",") else ","))
        if head.endswith(",") and appos:
            head_end = start + appos.start()
        elif head.endswith(","):
            head_end = start + len(head) - 1
        else:
            head_end = end
        span = self.runs.ending_at(head_end)
        if span is None:
            return None
        lead = self.text[start : span[0]].strip()
        # before the name: nothing, a determiner and lower-case description, or "the nurse," as an apposition
        if lead and not re.fullmatch(
            r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]nd|[Aa]nd\s+the)\s+)?(?:[a-z][\w/'’-]*,?\s+){0,9}(?:[a-z][\w/-]*,?)?",
            lead,
        ):
            return None
        return span

    def _described_given_en(self, word: str, end: int) -> bool:
        """ "is Earl, the ex-con": a given name (common in no English sense; "Earl" is a German word) that an
        apposition right after describes."""
        return (
            " " not in word
            and self.lex.is_first_name(word)
            and not self.lex.is_common(word, "en")
            and bool(_DESCRIBED_AFTER.match(self.text, end))
        )

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
        if (
            self.analysis.sentence_of(span[0])[0] != span[0]
            and not self.text.startswith("; ", span[0] - 2)
            and not _PAIR_BEFORE_EN.search(self.text, max(0, span[0] - 80), span[0])
        ):
            # (a clause after a semicolon opens like a sentence: "...; Vivienne is X, a little too arch"; so does the
            # second of two pairs: "Levan is X, Giorgi is Y")
            return False
        aspan = self.runs.starting_at(after_is)
        if not aspan or not _ACTOR_THEN_CLAUSE.match(self.text, aspan[1]):
            return False
        actor = self.run_text(aspan)
        if not self.full_name(actor) or self.lex.is_common(subject, self.code):
            return False
        char = self.character(subject, span[0])
        return bool(char) and self.add("actor", actor, aspan[0], CLEAR, character=char) is not None

    def _part_first_copula_de(self) -> None:
        """ "Ihr bester Freund Can ist X, der ...", "Sein Torwart Abdi, ein junger Somalier, der ..., ist X, ein
        Laiendarsteller": a sentence opening with a possessive or article, a relation or trade noun and the part's
        name (perhaps an aside between commas), then "ist" and the performer's full name."""
        text = self.text
        seen: set[int] = set()
        for pos in lexmatch.occurrences(text, " ist "):
            start = self.analysis.sentence_of(pos)[0]
            if start in seen:
                continue
            seen.add(start)
            if not text.startswith(_PART_FIRST_OPENERS_DE, start) and not _PART_FIRST_POSSESSOR_DE.match(text, start):
                continue
            m = _PART_FIRST_COPULA_DE.match(text, start) or _PART_APPOSED_COPULA_DE.match(text, start)
            if not m or (m.start("actor") != pos + 5 and not text[pos + 5 : m.start("actor")].islower()):
                continue
            noun = m.group("noun")
            if not (self._role_noun(noun) or is_relation_noun(noun, self.d.RELATION_NOUNS, self.d.RELATION_TRADES)):
                continue
            actor, raw = m.group("actor"), m.group("char")
            char = self.character(raw, m.start("char"))
            if not char or not self.full_name(actor) or self.lex.looks_like_noun(char, "de") or places.canonical(char):
                continue
            if any(h.role == "actor" and h.strength >= CLEAR and _norm(h.name) == _norm(char) for h in self.hits):
                continue  # a performer named by a cue, not a part
            self.add("actor", actor, m.start("actor"), CLEAR, character=char)

    def _copula_after_aside_de(self) -> None:
        """ "Der Schauspieler X, hier in seiner ersten Hauptrolle, ist Murat, ein Taxifahrer": an aside between the
        performer opening the sentence and "ist", then the part's given name."""
        text = self.text
        pos = text.find(", ist ")
        while pos >= 0:
            cspan = self.runs.starting_at(pos + 6) if text[pos + 6 : pos + 7].isupper() else None
            sentence_start = self.analysis.sentence_of(pos)[0]
            aside = text.rfind(", ", sentence_start, pos)
            span = (
                self.runs.ending_at(aside) if aside > sentence_start and text[aside + 2 : aside + 3].islower() else None
            )
            if (
                cspan
                and span
                and _IS_NAME_THEN.match(text, cspan[1])
                and _ASIDE_DE.fullmatch(text, aside + 2, pos)
                and _PERFORMER_LEAD_DE.fullmatch(text, sentence_start, span[0])
            ):
                raw, role_raw = self.run_text(span), self.run_text(cspan)
                actor = self.person(raw)
                lead = text[sentence_start : span[0]] + raw[: len(raw) - len(actor or "")]
                if (
                    actor
                    and raw.endswith(actor)
                    and _PERFORMER_LEAD_DE.fullmatch(lead)
                    and (self.full_name(actor) or (lead.strip() and len(actor.split()) == 2))
                    and self._given(names.tokens(role_raw)[0])
                    and self.character(role_raw, cspan[0]) == role_raw
                    and not places.canonical(role_raw)
                    and not self.is_film_title(role_raw)
                ):
                    self.add("actor", actor, span[1] - len(actor), CLEAR, character=role_raw)
            pos = text.find(", ist ", pos + 6)

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
                char = self.character(role_raw, cspan[0])
                opener = names.tokens(role_raw)[0]
                if char != role_raw and char and (self._role_word(opener) or self._rank_word(opener)):
                    # "X ist Kommissarin Elif Sander.": a title or trade without an article, then the part's name
                    role_raw = char if self._given(names.tokens(char)[0]) else ""
                    char = role_raw
                lead = names.tokens(role_raw) if role_raw else []
                if len(lead) > 1 and (self._role_word(lead[0]) or self._rank_word(lead[0])):
                    lead = lead[1:]  # "X ist Kommissarin Elif Sander." with the rank kept as written: the name decides
                if (
                    lead
                    and (self.full_name(raw) or (" " not in raw and self.full_names_ending(raw)))
                    and self.person(raw) == raw
                    and self._given(lead[0])
                    and char == role_raw
                    and not self.is_film_title(role_raw)
                    and not places.canonical(role_raw)
                    and (self.analysis.sentence_of(span[0])[0] == span[0] or text.startswith("; ", span[0] - 2))
                ):
                    # ("...; Reza T. ist Deniz, der Jüngere": a clause after a semicolon opens like a sentence)
                    self.add("actor", raw, span[0], CLEAR, character=role_raw)
            pos = text.find(" ist ", pos + 5)
        if self.holds(", ist "):
            self._copula_after_aside_de()
        self._part_first_copula_de()
        for m in _COPULA_NOUN_COMMA_NAME_DE.finditer(text):
            # "X ist dieser Moderator, Ansel Rook, und ...": a person noun, then the part's name between commas
            span = self.runs.ending_at(m.start()) if m.start() and not text[m.start() - 1].isspace() else None
            cspan = self.runs.starting_at(m.end())
            noun = m.group("noun")
            if not span or not cspan or not text.startswith(",", cspan[1]):
                continue
            if not (self._trade_noun(noun) or is_relation_noun(noun, self.d.RELATION_NOUNS, self.d.RELATION_TRADES)):
                continue
            raw, role_raw = self.run_text(span), self.run_text(cspan)
            char = self.character(role_raw, cspan[0])
            if char and self.full_name(raw) and self._given(names.tokens(char)[0]) and not places.canonical(char):
                self.add("actor", raw, span[0], CLEAR, character=char)
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
