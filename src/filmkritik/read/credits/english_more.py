"""Credits, English: more ways critics link a performer to a part (credits round 22).

- "Playing her is X" opening a sentence: the part the sentence before names.
- "Ottilie B. is a juicy role for X", "Maud T. gives X her best part in years": the part is the subject.
- "A and B play Ambrose and Thaddeus, two feuding cousins": two lists paired in order.

Each cue is looked for only where its fixed words stand. Every example is invented.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from filmkritik.read.credits.common import CLEAR
from filmkritik.read.names import RUN

if TYPE_CHECKING:
    from filmkritik.read.credits.pairings import Pairings

#: "Playing her is Rosalind A.", "Playing him is the veteran X": the pronoun points back to the part just named.
_PLAYING_PRONOUN_EN = re.compile(
    rf"(?:Playing|Portraying|Voicing)\s+(?P<pron>him|her)\s+(?:is|was)\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,3}}?)?"
    rf"(?P<actor>{RUN})"
)
#: "Ottilie B. is a juicy role for X", "Lorna P. is a gift of a role for X", "... makes a meaty part for X".
_PART_FOR_PERFORMER_EN = re.compile(
    rf"(?P<char>{RUN})(?:,\s+[^,.;:!?()\n]{{1,60}},)?\s+(?:is|was|makes|proves)\s+(?:a|an|the)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:role|part|gift\s+of\s+a\s+(?:role|part))\s+for\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?P<actor>{RUN})"
)
#: "The widow Maud T. gives X her best part in years", "Silas gives X the role of a lifetime".
_PART_GIVES_PERFORMER_EN = re.compile(
    rf"(?P<char>{RUN})\s+(?:gives|gave|hands|offers|affords)\s+(?P<actor>{RUN})\s+(?:her|his|their|the|a)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?:role|part)\b"
)
#: "A plays Morwenna, and B her brother Gethin": the verb left out of the second clause.
_GAPPED_PLAYS_EN = re.compile(
    rf",\s+and\s+(?P<actor>{RUN})\s+(?:his|her|their|the)\s+(?:[a-z][\w-]*\s+){{1,2}}(?P<char>{RUN})(?=\s*[.;,]|\s+[–—])"
)
_PLAYS_BEFORE_EN = re.compile(r"\s(?:plays|voices|portrays)\s")
#: "Voiced by X, the robot Pim is ...", "Played by X, Corvin is ...": the participle first, then the part.
_VOICED_BY_FIRST_EN = re.compile(
    rf"(?:Voiced|Played|Portrayed)\s+(?:here\s+)?by\s+(?P<actor>{RUN}),\s+(?:(?:the|a|an|his|her|their)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}})?(?P<char>{RUN})\s+(?:is|was|has|becomes|remains|makes|steals|gets)\b"
)
#: "The widow |Maud T.", "her ailing brother |Ned": a determiner and a lower-case noun right before the part.
_DESCRIBED_BEFORE_EN = re.compile(r"\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,2}$")
#: "A and B play Ambrose and Thaddeus", "A and B play the Pruitt twins, Abel and Cain": performers, then parts.
_LISTS_PLAY_EN = re.compile(
    r"\s+(?:play|portray|star\s+as|co-star\s+as)\s+"
    r"(?:the\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?(?:twins|brothers|sisters|siblings|couple|pair|cousins|friends)(?:,\s+|\s+))?"
    r"(?=[^\W\d_a-z])"
)


#: "... as the widower Hal B.": the words of an "as" cue right before a name make it a part.
_AS_BEFORE_EN = re.compile(r"\bas\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,3}$")


def read_more_en(reader: Pairings) -> None:
    """The round-22 English cues (see the module's docstring); English texts only."""
    text = reader.text
    _drop_reversed_pairs_en(reader)
    if reader.holds("Playing h") or reader.holds("Portraying h") or reader.holds("Voicing h"):
        _playing_pronoun_en(reader)
    for s0, s1 in _sentences_with(reader, (" role for ", " part for ")):
        for m in _PART_FOR_PERFORMER_EN.finditer(text, s0, s1):
            _part_subject_en(reader, m)
    if reader.holds(" role") or reader.holds(" part"):
        for s0, s1 in _sentences_with(reader, (" gives ", " gave ", " hands ", " offers ", " affords ")):
            for m in _PART_GIVES_PERFORMER_EN.finditer(text, s0, s1):
                # (only a part described by a noun before it: "Brennerova gives X her best part" is the director)
                if _DESCRIBED_BEFORE_EN.search(text, max(0, m.start() - 40), m.start()):
                    _part_subject_en(reader, m)
    if reader.holds("Voiced by ") or reader.holds("Played by ") or reader.holds("Portrayed by "):
        for m in _VOICED_BY_FIRST_EN.finditer(text):
            if reader.analysis.sentence_of(m.start())[0] == m.start():
                _part_subject_en(reader, m)
    if reader.holds(", and ") and (reader.holds(" plays ") or reader.holds(" voices ") or reader.holds(" portrays ")):
        for m in _GAPPED_PLAYS_EN.finditer(text):
            _gapped_plays_en(reader, m)
    if reader.d.LISTS_IN_ORDER and (reader.holds(" play") or reader.holds(" portray") or reader.holds(" star")):
        for m in _LISTS_PLAY_EN.finditer(text):
            _lists_in_order_en(reader, m)


def _sentences_with(reader: Pairings, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """The sentences holding one of the fixed ``needles`` (where a cue that opens with a name can stand)."""
    text = reader.text
    spans: set[tuple[int, int]] = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            spans.add(reader.analysis.sentence_of(at))
            at = text.find(needle, at + 1)
    return sorted(spans)


def _drop_reversed_pairs_en(reader: Pairings) -> None:
    """ "Playing opposite her as the widower Hal B. is X": a copula read "Hal B. plays X" beside the role-first
    reading "X plays Hal B."; the name after "as" is the part, so the reversed pair goes."""
    by_link = {(h.name, h.character) for h in reader.hits if h.character}
    reader.hits = [
        h
        for h in reader.hits
        if not (
            h.character
            and (h.character, h.name) in by_link
            and _AS_BEFORE_EN.search(reader.text, max(0, h.start - 60), h.start)
        )
    ]


def _playing_pronoun_en(reader: Pairings) -> None:
    """ "... a beekeeper called Hester P. Playing her is X": the one part the sentence before names."""
    for m in _PLAYING_PRONOUN_EN.finditer(reader.text):
        start = m.start()
        if reader.analysis.sentence_of(start)[0] != start:
            continue
        actor = m.group("actor")
        if not reader.full_name(actor):
            continue
        char = reader._part_in_sentence_before_en(start) or reader._role_named_before(
            start, actor, gender="f" if m.group("pron") == "her" else "m"
        )
        reader.add("actor", actor, m.start("actor"), CLEAR, character=char)


def _part_subject_en(reader: Pairings, m: re.Match[str]) -> None:
    """The part opens the clause and the performer is its object: a name no performer cue gave, not a full name
    that the text credits as a performer elsewhere."""
    actor, raw = m.group("actor"), m.group("char")
    if not (reader.full_name(actor) or (" " in actor and reader._is_person_like(actor))) or named_person_en(
        reader, raw
    ):
        return
    char = reader.character(raw, m.start("char"))
    if not char or reader.lex.looks_like_noun(char, "en") or reader.is_film_title(char):
        reader.add("actor", actor, m.start("actor"), CLEAR)
        return
    reader.add("actor", actor, m.start("actor"), CLEAR, character=char)


def _gapped_plays_en(reader: Pairings, m: re.Match[str]) -> None:
    """ "A plays Morwenna, and B her brother Gethin": the clause before pairs a performer by "plays" in the same
    sentence; the second performer a full name, the part no performer."""
    sentence = reader.analysis.sentence_of(m.start())
    verbs = list(_PLAYS_BEFORE_EN.finditer(reader.text, sentence[0], m.start()))
    verb = verbs[-1] if verbs else None
    if verb is None or not any(h.character and verb.start() - 60 < h.start < verb.start() for h in reader.hits):
        return
    actor, raw = m.group("actor"), m.group("char")
    if not reader.full_name(actor) or named_person_en(reader, raw):
        return
    char = reader.character(raw, m.start("char"))
    if char and not reader.lex.looks_like_noun(char, "en"):
        reader.add("actor", actor, m.start("actor"), CLEAR, character=char)


def _lists_in_order_en(reader: Pairings, m: re.Match[str]) -> None:
    """ "A and B play C and D": as many performers (full names) before the verb as parts (given names) after it.
    Only when ``LISTS_IN_ORDER``; with "respectively" ``respectively`` pairs them anyway."""
    if not reader.d.LISTS_IN_ORDER:
        return
    actors = reader._names_before_en(m.start())
    roles = reader._names_after_en(m.end())
    if len(actors) < 2 or len(roles) != len(actors):
        return
    if not all(reader.full_name(reader.run_text(a)) for a in actors):
        return
    after = reader.text[roles[-1][1] : roles[-1][1] + 2]
    if after[:1].isalpha() or after.startswith(("'s", "’s")):
        return  # "A and B play Meg and Davey's parents": the list goes on
    reader._pair_in_order(roles, actors)


def named_person_en(reader: Pairings, raw: str) -> bool:
    """Whether a cue gave ``raw`` (or a full name ending in it: a director's surname) as a performer, director or
    critic."""
    key = raw.casefold()
    return any(
        h.role != "pronoun" and (h.name.casefold() == key or h.name.casefold().endswith(" " + key)) for h in reader.hits
    )
