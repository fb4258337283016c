"""Credits, "als"/"as": "X als Y", "as Y", "in der Rolle des", "played by"."""

from __future__ import annotations

import re

from filmkritik.lang.en import credits as _en
from filmkritik.model import Span
from filmkritik.read import lexmatch, names, places
from filmkritik.read.credits.common import (
    _AS_BRIDGE_STOP,
    _GLUE_BEFORE,
    _LOWER_WORD,
    _RESPECTIVELY,
    _WAS_IN,
    CLEAR,
    HINT,
    Hit,
    _strip_genitive,
)
from filmkritik.read.credits.verbs import PlayVerbs
from filmkritik.read.names import RUN

#: A name's last word that is an initial and its full stop: "Ludmila R." (before ", gespielt von").
_INITIAL_CLOSE = re.compile(r"[^\W\d_]\s+[A-ZÄÖÜ]\.$")
_POSSESSOR_THEN_NOUN_DE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*s\s+(?:[a-zäöüß]+\s+){0,2}([A-ZÄÖÜ][a-zäöüß]+)\s*[,.;!?)–—]")
#: "Kienzles geduldige Ehefrau": a possessor's genitive, one or two adjectives, a noun (the possessor's form kept).
_POSSESSOR_BEFORE_NOUN_DE = re.compile(
    r"([A-ZÄÖÜ][\wäöüß-]*)s\s+(?:[a-zäöüß]+(?:e|en|er)\s+){1,2}([A-ZÄÖÜ][a-zäöüß]+)(?![\wäöüß-])"
)
_PREPOSITION_NOUN_DE = re.compile(r"(?<=\w)\s(?:im|am|ins|beim|vom|zum|zur)\s+$")
_GAP_NOUN = re.compile(r"(?:Ideal|Fehl)?[Bb]esetzung|Wahl|(?:Haupt|Titel|Neben|Kino|Film)?[Rr]olle")
#: (Led by a look-ahead for what every match opens with, white space, "(", ",", an apostrophe, or the end: the other
#: positions, most of them, fail at once instead of trying both alternatives; the same matches.)
_AS_GAP = re.compile(
    r"(?=[\s(,'’]|$)(?:"
    r"(?:\s*\([^()\n]{0,80}\))?,?(?:\s+(?:[a-zäöüß][\w-]*|(?:Ideal|Fehl)?[Bb]esetzung|Wahl|Rolle|choice)){0,4},?\s*$"
    r"|(?:['’]s?)?(?:,?\s+[a-z][\w-]*){0,7}\s+(?:performance|turn|work|job|scene|scenes|role|part|cameo|lines|moments)"
    r"(?:\s+(?:of|with)(?:\s+[a-z][\w-]*){1,3})?\s*$)"
)
#: German: "X ist in ihrer ersten Hauptrolle als Y zu sehen" (a part's noun among five words).
_AS_GAP_DE = re.compile(
    r"(?:\s*\([^()\n]{0,80}\))?(?:\s+(?:[a-zäöüß][\w-]*|(?:Ideal|Fehl)?[Bb]esetzung|Wahl|(?:Haupt|Titel|Neben|Kino)?[Rr]olle)){0,5},?\s*$"
)
#: Verbs of making a part up, not playing it ("hat die Figur der X erfunden / geschrieben").
#: German verbs of staging or telling before "als" ("X inszeniert das als Kammerspiel", "erzählt es als Farce"):
#: the film's form, never a part.
_STAGED_AS_DE = frozenset(
    """inszeniert inszenierte erzählt erzählte filmt filmte dreht drehte zeigt zeigte bezeichnet bezeichnete
    beschreibt nennt begreift versteht verstand anlegt""".split()
)
#: An object pronoun before "als" ("X spielt ihn zuerst als Nervensäge"): the part is named elsewhere; what
#: follows "als" says how it is played.
_PRONOUN_OBJECT_DE = frozenset("ihn sie ihm es".split())
_CREATED = re.compile(
    r"\b(?:erfunden|geschrieben|erdacht|ersonnen|geschaffen|erschaffen|entworfen|entwickelt|gezeichnet)\b"
)
_STARS_AS_APPOS = re.compile(rf"({RUN}),\s+[^.;!?\n]{{1,80}},\s+(?:stars|co-stars|appears|returns)\s+$")
#: The words :data:`_STARS_AS_APPOS` ends with (before white space and the end of its window).
_APPOS_VERB_ENDS = ("stars", "appears", "returns")


def _may_end_appos_verb(text: str, anchor: int) -> bool:
    """Whether ``_STARS_AS_APPOS.search(text, max(0, anchor - 160), anchor)`` can match: its match ends with one of
    the verbs, then white space up to ``anchor`` (``\\s+$``), so the verb ends where the white space before ``anchor``
    starts, inside the window. (A test of a few characters; the search tries a name run at every capital.)"""
    start = anchor
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start < anchor and text.endswith(_APPOS_VERB_ENDS, max(0, anchor - 160), start)


#: "X, als Fischerin Hanne, ...": after "als", perhaps adjectives, a capitalised part closed by a comma.
_AS_APPOSITION_CLOSED_DE = re.compile(rf"\s*(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}{RUN},\s")
#: "..., gespielt von A beziehungsweise B": the second performer after "beziehungsweise"/"bzw.".
_RESPECTIVE_SECOND_DE = re.compile(rf"\s+(?:beziehungsweise|bzw\.)\s+(?:(?:der|dem|den)\s+)?(?P<actor>{RUN})")
#: "Hanne und Malte, " right before the passive: the two parts.
_TWO_PARTS_BEFORE_DE = re.compile(rf"(?P<a>{RUN})\s+und\s+(?P<b>{RUN}),\s*$")
#: "Den verschollenen Jens sieht man nur in Rückblenden" (before ", gespielt von X").
#: German: a name, then an apposition of a determiner and up to six words, before "gespielt von" ("Zofia, seine
#: Enkelin, gespielt von X", "Almut, eine pensionierte Lehrerin, gespielt von X"): the name is the part.
_NAME_THEN_APPOSITION_DE = re.compile(
    r"(?P<name>[^\W\d_a-zäöüß][\w'’-]*),\s+(?:ein|eine|sein|seine|ihr|ihre|die|der|das)\s+(?:[\w-]+\s+){0,5}?[\w-]+,\s*$"
)
_SEEN_THEN_PLAYED = re.compile(
    rf"(?:(?:Den|Die|Das|Der)\s+(?:[a-zäöüß]+\s+){{0,2}})?(?P<char>{RUN})(?:\s+(?:selbst|dagegen|hingegen))?\s+"
    rf"(?:sieht|sah|erlebt|hört|trifft)\s+man\b[^,;:]{{0,60}}"
)


#: English: what may stand between a performer and "as" before a part described only by a noun: a judgement
#: ("is quietly devastating", "is fine"), a showing up ("turns up late on", "pops up in flashbacks").
_JUDGED_OR_SEEN_EN = re.compile(
    r",?\s+(?:(?:is|was|seems|looks|proves)\s+(?:(?:[a-z]+ly|just|so|very|pretty|rather|quite|also|equally|all)\s+){0,2}"
    rf"(?:{_en.PERFORMANCE_JUDGEMENTS})(?:,?\s+(?:and|but)\s+(?:[a-z]+ly\s+)?(?:{_en.PERFORMANCE_JUDGEMENTS}))?"
    rf"|(?:{_en.APPEARANCE_VERBS})(?:\s+(?:late|early|briefly|again|later|too|also|here|on|only|in\s+flashbacks?|"
    r"halfway\s+through|in\s+the\s+(?:first|second|third|final|last)\s+(?:act|hour|half|reel)))*)\s*,?\s*"
)
#: A part described by a noun after "as": "the landlady", "a trucker", "their mother", "Vera's brother".
_NOUN_PART_EN = re.compile(r"(?:the|a|an|his|her|their|[A-Z][\w-]+['’]s)\s+(?:[a-z]|[A-Z][a-z]+\s+[a-z])")
#: "X as the town's elderly postmistress, known only as Aunt Birdie".
_KNOWN_AS_EN = re.compile(
    rf"(?P<actor>{RUN})\s+as\s+(?:the|a|an|his|her|their|[A-Z][\w-]+['’]s)\s+(?:[a-z][\w'’-]*\s+){{0,4}}?"
    rf"[a-z][\w-]*,\s+(?:known|referred\s+to)\s+(?:only\s+|simply\s+|mostly\s+|just\s+|to\s+(?:everyone|all|the\s+[a-z]+)\s+)?as\s+(?P<char>{RUN})"
)
#: "that's X —", "that's X)": the performer named in an aside.
_THATS_PERFORMER_EN = re.compile(rf"that['’]s\s+(?P<actor>{RUN})\s*(?:—|–|--|\)|,)")
#: A dash or an opening parenthesis between a part's name and "that's".
_DASH_BEFORE = re.compile(r"\s*(?:—|–|--|\(|,)\s*")
_NOUN_PART_ASIDE_EN = re.compile(r"(?:the|a|an|his|her|their|[A-Z][\w-]+['’]s)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*,")
#: "a terrific bit from X as ...", "a moving cameo from X as ...".
_TURN_FROM_EN = re.compile(rf"\b(?:{_en.TURN_FROM_NOUNS})s?\s+from\s+$")
_THERE_IS_ALSO_EN = re.compile(r"\b[Tt]here(?:['’]s|\s+is|\s+was)\s+(?:(?:also|even|a\s+turn\s+from)\s+)?$")
_PREPOSITION_PHRASE_DE = re.compile(
    r"\b(?:in|im|auf|am|aus|bei|nach|vor|unter|über|zwischen)\s+(?:den|dem|der|einem|einer)?\s*$"
)
_PREPOSITION_OBJECT_EN = re.compile(r"\b(?:with|of|for|by|about|to)\s+$")
_PLACE_PREPOSITION_EN = re.compile(r"\b(?:from|in|to|at|into|near|across|through)\s+$")
_CALLED_BEFORE_PASSIVE_EN = re.compile(
    r"\b(?:called|named|nicknamed)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),?\s+(?:is|was)\s+(?:[a-z]+ly\s+)?$"
)
_NAME_THEN_ASIDE_EN = re.compile(
    rf"(?:^|\s)(?:[A-Z][\w-]+['’]s\s+|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+)(?:[a-z][\w-]*\s+){{0,2}}(?P<name>{RUN}),\s+"
    r"[^,;()\n]{1,60},\s+(?:is|was)\s+(?:[a-z]+ly\s+)?$"
)
_PRONOUN_PASSIVE_EN = re.compile(r"\s*(?:He|She)(?:\s+is|['’]s)\s+(?:[a-z]+ly\s+)?")
#: The sentence before names its one part by a name an apposition describes: "the case falls to Sheriff Delphine
#: C., a divorced mother of two", "a drifter, Eli Cutter, who ..." (the name, then ", a/an/who").
_NAME_DESCRIBED_AFTER_EN = re.compile(rf"(?P<name>{RUN}),\s+(?:a|an|who|whose)\s+[a-z]")
_NAMED_IN_APPOSITION_EN = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+(?P<name>[A-Z][a-z][\w'’-]*),\s+(?:who|whose|a|an|the)\b"
)
#: "a harbour pilot named Sabine W.", "His name is Tobiah C., and ...": a name given in the sentence before.
_NAMED_BEFORE_PASSIVE_EN = re.compile(
    rf"(?:\b(?:named|called|nicknamed)|\b(?:[Hh]is|[Hh]er)\s+name\s+is)\s+(?P<name>{RUN})(?=\s*[.!?,;]|\s*$)"
)
#: "a town called Porthwenna", "a pub named the Anchor": a place or thing named, no part.
_THING_BEFORE_NAMED_EN = re.compile(
    r"\b(?:town|village|city|hamlet|place|street|road|pub|bar|inn|hotel|ship|boat|yacht|house|farm|estate|island|"
    r"river|lake|valley|county|country|planet|company|firm|band|club|school|college|restaurant|caf[eé]|shop|store|"
    r"film|movie|show|series|book|novel|play|song|album|game|district|region|mountain|bay)\s+$"
)
#: "Her rival at the bakery is Philippa S.": a sentence about a part's noun that closes with its name.
_NOUN_IS_NAME_EN = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:The|His|Her|Their|[A-Z][\w-]+['’]s)\s+(?:[a-z][\w'’-]*\s+){{1,6}}(?:is|was)\s+"
    rf"(?:(?:a|an|the)\s+)?(?P<name>{RUN})(?=\s*[.!?]\s*$|\s*[.!?]\s)"
)
_PERFORMANCE_END = re.compile(r"\b(?:performance|turn|scene|scenes|role|part|cameo|lines|moments)\s*$")
_WORDS_BEFORE_NAME_DE = re.compile(r"\s*(?:(?:der|dem|einer|einem)\s+)?(?:[\da-zäöüß][\da-zäöüß-]*\s+){1,3}")
#: Nouns for a performer before the name after such words ("dem 82-jährigen Theatermann X").
_PERFORMER_WORD_TAILS = ("mann", "frau", "darsteller", "darstellerin", "schauspieler", "schauspielerin", "star")
#: ", der jüngere, Quirin, von B": a gapped second passive pair.
_GAPPED_PASSIVE_DE = re.compile(
    rf",\s+(?:und\s+)?(?:der|die)\s+(?:[a-zäöüß]+(?:e|ere)|[A-ZÄÖÜ][a-zäöüß-]+)\s*,\s+(?P<char>{RUN}),\s+(?:von|vom)\s+"
    rf"(?:(?:der|dem)\s+)?(?P<actor>{RUN})(?=\s*[,.;]|\s+und\s)"
)
#: ", sehr kontrolliert, und Giorgi von B": a gapped pair after "und" (a short remark before it allowed).
_GAPPED_PASSIVE_AND_DE = re.compile(
    rf"(?:\s+(?:gespielt|verkörpert|gegeben|dargestellt))?(?:,\s+(?:[a-zäöüß]+\s*){{0,3}})?,?\s+und\s+"
    rf"(?:(?:ihre|ihr|seine|sein|der|die)\s+(?:[a-zäöüß]+\s+)?)?(?P<char>{RUN})\s+(?:von|vom)\s+"
    rf"(?:(?:der|dem)\s+)?(?P<actor>{RUN})(?=\s*[,.;]|\s+und\s)"
)
#: "...; ihre Tochter Manana, eine müde Ärztin, von Y": a gapped pair after a semicolon, an apposition allowed.
_GAPPED_PASSIVE_SEMICOLON_DE = re.compile(
    rf";\s+(?:(?:ihre|ihr|seine|sein|der|die|deren|dessen)\s+(?:[a-zäöüß]+\s+)?)?(?P<char>{RUN})"
    rf"(?:,\s+(?:eine|ein|der|die)\s+[^,;.:!?()\n]{{1,50}},)?\s+(?:von|vom)\s+(?:(?:der|dem)\s+)?"
    rf"(?:[a-zäöüß]+(?:e|en)\s+)?(?P<actor>{RUN})(?=\s*[,.;]|\s+und\s)"
)
#: "A wird von X gespielt, B von Y, und ...": a gapped pair after a comma alone (the part's name, "von" its performer).
_GAPPED_PASSIVE_COMMA_DE = re.compile(
    rf"(?:\s+(?:gespielt|verkörpert|gegeben|dargestellt))?,\s+(?P<char>{RUN})\s+(?:von|vom)\s+"
    rf"(?:(?:der|dem)\s+)?(?P<actor>{RUN})(?=\s*[,.;]|\s+und\s)"
)
#: A sentence opening with its subject: an article or possessive, perhaps an adjective, the part's noun and name.
_SENTENCE_SUBJECT_DE = re.compile(
    rf"(?:Der|Die|Sein|Seine|Ihr|Ihre)\s+(?:[a-zäöüß]+(?:e|en|er)\s+)?(?P<np>{RUN})\s+(?:ist|war|hat|lebt|arbeitet)\s"
)
_RANKED_BEFORE = re.compile(r"\b(?:[Dd]er|[Dd]ie)\s+[a-zäöüß]+(?:ste|ere|lere|tere)\s*,\s+$")
_IN_PLACE_DE = re.compile(r"\b(?:in|aus|nach|bei)\s+$")
#: "Sein Enkel Arlind, ein zehnjähriger Junge aus Prizren, (der ...,) wird von X gespielt / wird gespielt von X",
#: "Jakob, sein Sohn, ein stiller Junge, wird von X gespielt":
#: a part named at the sentence's start, a long apposition, then the passive.
_OPENING_PART_APPOSED_DE = re.compile(
    r"(?P<np>[^,.;:!?()\n]{2,60}),\s+(?:ein|eine|der|die|das|sein|seine|ihr|ihre|dessen|deren)\s+[^.;:!?()\n]{2,140}?,\s*"
    r"(?:(?:wird|wurde)\s+(?:(?:diesmal|hier|nun|jetzt|übrigens)\s+)?)?"
)
#: "die Rolle von", "eine Figur von": a part's noun and "von" (after "ist", the performer follows).
_ROLE_OF_PERFORMER_DE = re.compile(r"(?:die|eine)\s+(?:Haupt|Titel|Neben)?(?:[Rr]olle|Figur)\s+von")
#: Prepositions before a place: a name right after one is where someone is from, not a part.
_PLACE_PREPOSITIONS_DE = frozenset("aus in nach bei vom im am".split())
_PASSIVE_SUBJECT = re.compile(
    r"(?:\s+und)?\s+(?:wird|werden|wurde|wurden)\s+(?:(?:diesmal|hier|nun|jetzt|dabei|wieder|erneut|übrigens)\s+)?$"
)
#: "Seine Tochter Jessi, die lieber nach Berlin will, wird von X gespielt": the role before the relative clause.
_ROLE_BEFORE_RELATIVE = re.compile(
    r"\s*(?P<np>[^,.;:!?\n]{1,60}),\s+(?:der|die|das|den|dem|who|which|ein|eine|einer|a|an|the|ihr|ihre|sein|seine|"
    r"dessen|deren|his|her)\b[^.;!?\n]*,\s*"
)
#: "X stellt sich als Leihmutter zur Verfügung", "entpuppt sich als": what a character turns out to be.
#: "Ihr Bruder, ein Tischler namens Jost, wird von X gespielt": the part's name after "namens", right before the verb.
_NAMED_BEFORE_VERB = re.compile(rf"\bnamens\s+({RUN}),?\s*$")
_REFLEXIVE_BEFORE = re.compile(r"\bsich\s+(?:[a-zäöüß]+\s+)?$")
_APPOSITION_BEFORE_VERB = re.compile(rf"({RUN}),\s+[^,.;:!?()\n]{{1,60}},?$")
_AND_NAME_EN = re.compile(r"\s+and\s+(?=[^\W\d_a-z])")
_MODIFIERS_BEFORE_NAME = re.compile(
    r"\s*(?:(?:newcomers?|veterans?|young|the|a|an|great|wonderful|der|die|dem|einer|einem|newcomerin)\s+){0,3}"
    r"(?:[a-zäöüß][\w-]+\s+)?"
    # ("played by the Italian newcomer X": a nationality before the performer noun)
    r"(?:[A-Z][a-z]+(?:an|sh|se|ch|ic|i)\s+(?=(?:newcomers?|veterans?|actors?|actress|comedian|singer)\s))?"
    r"(?:(?:newcomers?|newcomerin|veterans?|actors|actor|actress|comedian|singer)\s+)?"
)
_PRAISE_BEFORE_NAME = re.compile(
    r"\s*(?:a|an|the)\s+(?:(?!called\b|named\b|group\b|band\b|choir\b|orchestra\b)[a-z][\w-]*\s+){1,3}(?=[^\W\d_a-z])"
)
_PERFORMER_NOUN_COMMA_EN = re.compile(
    r"\s*(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:newcomer|veteran|actor|actress|comedian|singer|unknown|"
    r"discovery|first-timer|non-professional|stage\s+actor|stage\s+actress|child\s+actor),\s+(?=[^\W\d_a-z])"
)
_PRONOUN_COPULA_BEFORE = re.compile(
    r"(?:^|[.!?;]\s+|,\s+and\s+)(?:[Hh]e|[Ss]he)\s+(?:is|was|remains|seems)"
    r"(?:,?\s+(?!known\b|seen\b|remembered\b|regarded\b|described\b)[a-z][\w'’-]*){0,4}\s+$"
)
_OTHER_FILM_STARRED = re.compile(
    r"\b(?:whose|earlier|previous|first|last|debut|original|older)\b[^.;!?]{0,60}\b(?:starred|featured|cast)\s+$"
)
#: "as Caleb Wren sees him", "as the station's AI seals the hatch": a name (after a possessor, if any), then a verb
#: in -s (not "is", "was", "has"): "as" opens a clause.
_CONJUNCTION_AS = re.compile(
    r"(?:the )?(?:[a-z][\w-]*['’]s )?(?:[A-Z][\w-]* ){1,3}(?!is\b|was\b|has\b|as\b)[a-z]+[a-rt-z]s\b"
)
_PAST_BRIDGE = re.compile(r"\b(?:was|were|had|[a-z]+ed)\b")
#: "als C und D": a second role after the first one ("A und B sind als C und D zu sehen").
_ROLE_PAIR_AFTER = re.compile(
    rf"(?:(?:der|die|den|the)\s+)?{RUN}\s+(?:und|and|&)\s+(?:(?:der|die|den|the)\s+)?[A-ZÄÖÜ]"
)
#: English: "as (the) estranged siblings Kofi and Ama": a description before the two parts.
_ROLE_PAIR_AFTER_EN = re.compile(
    rf"(?:(?:the|a|an|two)\s+)?(?:[a-z][\w-]*\s+){{0,3}}{RUN}\s+(?:and|&)\s+(?:(?:the)\s+)?[A-Z]"
)
_CLAUSE_THEN_AS = re.compile(r",\s+[^.;:!?()\n]{2,110},\s+(?:[a-zäöüß]+\s+){0,3}")
_RELATIVE_AS = re.compile(r",\s+(?:der|die)\s+")
_NEXT_WORD = re.compile(r"\s+([A-ZÄÖÜ][\w-]+)")
_PARENTHESISED = re.compile(r"\([^()]*\)")
_LOWER_GAP_BEFORE = re.compile(r"\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,6}\s*$")
_COPULA_PRAISE_BEFORE = re.compile(r",?\s+(?:is|was|seems|looks)(?:\s+[a-z][\w-]*){1,3}\s*$")
_NOT_A_ROLE = re.compile(
    r"(?:auch|well|much|if|though|ob|wenn|a\s+result|far|long|soon|usual|ever|opposed|I|when|in|with|for|to|of|"
    # "..., as does composer X", "as is X": a comparison, no part
    r"does|do|did|is|was|are|were|has|have|had)\b"
)
#: "setzt weniger auf Schockeffekte als auf eine ...": in German a comparison's second half opens with a preposition.
_NOT_A_ROLE_DE = re.compile(
    r"(?:auf|im|am|an|mit|von|vom|zum|zur|für|bei|nach|aus|über|unter|durch|gegen|um|wie|dass|je|sonst|erwartet|"
    # "gibt ihn als eine Art Knödel", "als so etwas wie", "als Einzige(r)": a likeness or "the only one", no part
    r"(?:eine|einer|einen|ein)\s+(?:Art|Sorte|Mischung|Kreuzung)|so\s+etwas|Einzige[rn]?|Erste[rn]?|Letzte[rn]?|Dritte[rn]?|[A-ZÄÖÜ][a-zäöüß]+\s+gewordene[rns]?)\b"
)


_GAPPED_PASSIVE_EN = re.compile(
    # ("...; her mother Bethan, by Y": a semicolon, and a comma where the verb is left out)
    rf"(?:,?\s+and|;)\s+(?:(?:his|her|their|the|a)\s+)?(?:[a-z][\w-]*,?\s+){{0,5}}(?P<char>{RUN}),?\s+by\s+"
    rf"(?:(?:the\s+)?[a-z][\w-]*\s+){{0,3}}(?P<actor>{RUN})"
)


class AsRoles(PlayVerbs):
    """Reader layer: "als"/"as", "role of" and "played by"."""

    def _as_apposition_de(self, end: int) -> bool:
        """Whether "als" at ``end`` opens an apposition closed by a comma that names a part with a given name ("X,
        als Fischerin Hanne, ..."), not a clause ("X, als er heimkommt, ...")."""
        closed = _AS_APPOSITION_CLOSED_DE.match(self.text, end)
        if not closed:
            return False
        role = self._character_after(end)[0]
        return bool(role) and any(self._given(t) for t in (role or "").split())

    def as_cues(self) -> None:
        text = self.text
        if self.code == "en":
            self._asides_en()
        for m in self.p.as_word.finditer(text):
            anchor = m.start()
            k = anchor
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if k > 0 and text[k - 1] == ")":
                anchor = max(0, text.rfind("(", max(0, anchor - 100), anchor))  # "X („Film“) als Y"
            appos = (
                _STARS_AS_APPOS.search(text, max(0, anchor - 160), anchor)
                if self.code == "en" and _may_end_appos_verb(text, anchor)
                else None
            )
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
                if self.code == "de" and text[last[1] : m.start()].strip() == "," and self._as_apposition_de(m.end()):
                    gap, span = None, last  # "Merle Ostwald, als Fischerin Hanne, verliert ...": set off by commas
                elif gap and self.code == "de" and "," in _PARENTHESISED.sub("", gap.group()):
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
            # (words inside parentheses are a remark: "X ( wer ihn kennt ... ) als Rufus")
            plain_gap = _PARENTHESISED.sub("", gap.group()).split() if gap else []
            if self.code == "de" and plain_gap and _STAGED_AS_DE.intersection(plain_gap):
                continue  # "Pfisterer inszeniert das als Kammerspiel": a director's form
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

            if _NOT_A_ROLE.match(after) or (self.code == "de" and _NOT_A_ROLE_DE.match(after)):
                continue  # "sowohl A als auch B", "as well as"
            char, det = self._character_after(m.end())
            if char and self.code == "de" and _PRONOUN_OBJECT_DE.intersection(plain_gap) and " " in actor:
                self.hits.append(Hit("actor", actor, span[0], HINT))  # "X spielt ihn zuerst als Nervensäge"
                continue
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
            if (
                self.code == "de"
                and " " in actor
                and (owner := _POSSESSOR_BEFORE_NOUN_DE.match(after))
                and (not char or char in (owner.group(1), owner.group(1) + "s"))
                and self._role_word_after(owner.group(2))
            ):
                # "X als Kienzles geduldige Ehefrau muss ...": a possessor's genitive, adjectives, a role noun (no name)
                self.hits.append(Hit("actor", actor, span[0], HINT))
                continue
            pair_after = _ROLE_PAIR_AFTER_EN if self.code == "en" else _ROLE_PAIR_AFTER
            if char and pair_after.match(text, m.end()) and self._paired_in_order(span):
                continue  # "A und B sind als C und D zu sehen": both perform, no pair without "beziehungsweise"
            if char and (
                self.code != "de"
                # ("Mirko Hammer": a given name before a surname that is also a noun names a part)
                or not self.lex.looks_like_noun(char, self.code)
                or (char.count(" ") == 1 and self._given(char.split(" ")[0]))
                # "als Kommissarin Helga Pfeiffer", "als Bürgermeister Anton Gruber": a rank kept before a full name
                or (char.count(" ") == 2 and self._rank_word(char.split(" ")[0]) and self._given(char.split(" ")[1]))
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
                self.code == "de"
                and " " in actor
                and (owner := _POSSESSOR_THEN_NOUN_DE.match(after))
                and self._role_word_after(after[owner.start(1) :])
            ):
                # "X als Luises alte Amme": a possessor's genitive, then a role noun with no name of its own
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
            elif self.code == "en" and " " in actor and self._nameless_part_en(span, m.start(), after):
                self.hits.append(Hit("actor", actor, span[0], HINT))

    def _asides_en(self) -> None:
        """ "X as the town's elderly postmistress, known only as Aunt Birdie": a nameless part, then the name it goes
        by; "Mira Voss — that's X — ...": a transcript's aside names the performer of the part before it."""
        text = self.text
        if " known " in text:
            for known in _KNOWN_AS_EN.finditer(text):
                actor = self.person(known.group("actor"))
                if actor and self.full_name(actor):
                    char = self.character(known.group("char"), known.start("char"))
                    self.add("actor", known.group("actor"), known.start("actor"), CLEAR, character=char)
        for glue in ("that's ", "that’s "):
            for pos in lexmatch.occurrences(text, glue):
                m = _THATS_PERFORMER_EN.match(text, pos)
                part = self.runs.ending_at(text.rfind(" ", 0, pos - 1)) if m else None
                if not m or not part or not _DASH_BEFORE.fullmatch(text, part[1], pos):
                    continue
                actor = self.person(m.group("actor"))
                char = self.character(self.run_text(part), part[0])
                if actor and self.full_name(actor) and char and not self._known_performer(char):
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _gapped_passives(self, end: int) -> None:
        """ "Anselm wird gespielt von A, der jüngere, Quirin, von B, und die jüngste, Filipa, von der Debütantin C":
        further pairs with the verb left out, each a ranking word or a noun, the part's name and "von" its performer."""
        for _ in range(4):
            gapped = (
                _GAPPED_PASSIVE_DE.match(self.text, end)
                or _GAPPED_PASSIVE_AND_DE.match(self.text, end)
                or _GAPPED_PASSIVE_COMMA_DE.match(self.text, end)
                or _GAPPED_PASSIVE_SEMICOLON_DE.match(self.text, end)
            )
            actor = self.person(gapped.group("actor")) if gapped else None
            if not gapped or not actor or not self.full_name(actor):
                return
            part = self.character(gapped.group("char"), gapped.start("char"))
            first = names.tokens(part)[0] if part else ""
            if gapped.re is not _GAPPED_PASSIVE_DE and not (self._given(first) or self._name_shaped([first])):
                return  # "..., und Berlin von oben": only a part's name ("ihre Freundin Chantal")
            self.add("actor", gapped.group("actor"), gapped.start("actor"), CLEAR, character=part)
            end = gapped.end("actor")

    def _ranked_apposition(self, span: Span, part: str) -> bool:
        """ "Die älteste, Graça, wird ...": a name-shaped word set off after an article and a ranking adjective."""
        return (
            " " not in part
            and self._name_shaped([part])
            and bool(_RANKED_BEFORE.search(self.text, max(0, span[0] - 30), span[0]))
        )

    def _part_in_sentence_before_en(self, start: int) -> str | None:
        """The one part the sentence before names by an apposition ("It follows a retired typesetter, Ambrose, who
        ..."), or None when it names none or several."""
        if start < 2:
            return None
        before = self.analysis.sentence_of(start - 2)
        found = list(_NAMED_IN_APPOSITION_EN.finditer(self.text, before[0], before[1]))
        if not found:
            # "... falls to Sheriff Delphine C., a divorced mother of two. She's played by X": a name an apposition
            # describes (no performer a cue gave, no place)
            found = [
                m
                for m in _NAME_DESCRIBED_AFTER_EN.finditer(self.text, before[0], before[1])
                if not places.canonical(m.group("name")) and not self._known_performer(m.group("name"))
            ]
        if not found:
            # "... a harbour pilot named Sabine W. She's played by X", "His name is Tobiah C.", "Her rival at the
            # bakery is Philippa S.": a name given by "named"/"called", or closing a sentence about a noun
            found = [
                m
                for rx in (_NAMED_BEFORE_PASSIVE_EN, _NOUN_IS_NAME_EN)
                for m in rx.finditer(self.text, before[0], before[1])
                if not places.canonical(m.group("name"))
                and not self._known_performer(m.group("name"))
                and not _THING_BEFORE_NAMED_EN.search(self.text, max(0, m.start() - 30), m.start())
            ]
        if len(found) != 1 or len(self.runs.within(before[0], before[1])) > 3:
            return None
        name, at = found[0].group("name"), found[0].start("name")
        rank, _, rest = name.partition(" ")
        if (
            rank in self.d.RANK_TITLES
            and rest.count(" ") == 1
            and (self.full_name(rest) or self._name_shaped(rest.split(" ")))
        ):
            # "Sheriff Delphine C., a divorced mother": a rank before a full name an apposition describes, the person
            name, at = rest, at + len(rank) + 1
        return self.character(name, at)

    def _nameless_part_en(self, span: Span, as_start: int, after: str) -> bool:
        """ "X is quietly devastating as the neighbour", "X turns up late on as the landlady", "X, as their mother,",
        "a terrific bit from X as a dead mayor": a part named only by a noun still makes X a performer, when the words
        between judge or show a turn (not "cites X as an influence", "X is known as the ...")."""
        if not _NOUN_PART_EN.match(after) or not self.full_name(self.run_text(span)):
            return False
        if _PREPOSITION_OBJECT_EN.search(self.text, max(0, span[0] - 12), span[0]):
            return False  # "Hovland, ... best known for his work with Bent Hamer, is superb as a man": not the subject
        between = self.text[span[1] : as_start]
        if _JUDGED_OR_SEEN_EN.fullmatch(between):
            return True
        if between.strip() == ",":
            # "X, as their mother, ...": an aside closed by a comma, a noun phrase only (not "Y, as his last chance."
            # or "Y, as her students agree, ...")
            return bool(_NOUN_PART_ASIDE_EN.match(after))
        if not between.strip() and _THERE_IS_ALSO_EN.search(self.text, max(0, span[0] - 30), span[0]):
            return True  # "There's also X as a preacher who ...": a performer brought on
        return not between.strip() and bool(_TURN_FROM_EN.search(self.text, max(0, span[0] - 40), span[0]))

    def _named_after_trade(self, char: str, pos: int) -> bool:
        """ "als Kneipenwirt Horst": a given name that is also a noun, right after a trade noun, is the role's name."""
        if " " in char or not self.lex.is_first_name(char):
            return False
        end = self.text.find(char, pos, pos + 80)
        return end > pos and any(self._trade_noun(w) for w in self.text[pos:end].split()[-1:])

    def _part_is_role_of(self, part: Span, end: int) -> None:
        """ "Ursula, die beide lieben, ist die Rolle von X": the named part before "ist", the performer after "von"."""
        aspan = self.runs.starting_at(end)
        actor = self.run_text(aspan) if aspan else ""
        if not aspan or not self.full_name(actor):
            return
        char = self.character(self.run_text(part), part[0])
        named = char and not self._noun_only_part(char) and not self._known_performer(char)
        self.add("actor", actor, aspan[0], CLEAR, character=char if named else None)

    def role_of(self) -> None:
        text = self.text
        for m in self.finds("role_of"):
            if m.group().strip() in {"als", "as"}:
                continue
            before = text[max(0, m.start() - 80) : m.start() + 1]
            gap = re.search(
                r"(?:,?\s+(?:who|der|die|ist|is|schlüpft|darin|hier|dabei|zu|sehen|steps|takes|on|was|war|spielt|spielte|"
                r"übernimmt|übernahm|verkörpert|verkörperte|gibt|hat|hatte|bekam|bekommt|erhielt|erhält|auch|nun|jetzt|"
                r"glänzt|brilliert|überzeugt|begeistert|agiert))*"
                # ("Die Schauspielerin X, in der Rolle der Fischerin Hanne, trägt ...": an apposition after the name)
                r"(?P<comma>,)?\s*$",
                before,
            )
            if gap and gap.group("comma") and not m.group().lstrip().startswith("in der Rolle"):
                gap = None
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
            if (
                self.code == "de"
                and _ROLE_OF_PERFORMER_DE.fullmatch(m.group().strip())
                and " ist" in text[pos : m.start() + 1]
            ):
                self._part_is_role_of(span, m.end())  # "Ursula ... ist die Rolle von X": the part first, X's role
                continue
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
            if self.code == "en" and text[char_span[1] : char_span[1] + 2] in ("'s", "’s"):
                # "takes the role of Rosa's rival, Jolene Pike": a possessor, then the part named after the noun
                char, _cdet = self._character_after(cpos)
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

    def _opening_part_apposed(self, start: int, end: int) -> tuple[str, Span] | None:
        """The part named at the start of a passive sentence before a long apposition ("Sein Enkel Arlind, ein
        zehnjähriger Junge aus Prizren, wird von X gespielt"), with its run: a name, not a noun."""
        head = _OPENING_PART_APPOSED_DE.fullmatch(self.text, start, end)
        cspan = self.runs.ending_at(head.end("np")) if head else None
        if not cspan:
            return None
        char = self.character(self.run_text(cspan), cspan[0])
        if not char or self._noun_only_part(char) or self._known_performer(char):
            return None
        words = char.split(" ")
        if not (self._given(words[-1]) or self._given(words[0]) or self._name_shaped(words[-1:])):
            return None
        return char, cspan

    def _respective_passive_de(self, head: str, head_start: int, span: Span) -> bool:
        """ "Hanne und Malte, gespielt von A beziehungsweise B": two parts before the passive, two performers joined
        by "beziehungsweise"/"bzw." after it, paired in order (True when read)."""
        second = _RESPECTIVE_SECOND_DE.match(self.text, span[1])
        parts = _TWO_PARTS_BEFORE_DE.search(head) if second else None
        if not second or not parts:
            return False
        actors = [(self.run_text(span), span[0]), (second.group("actor"), second.start("actor"))]
        chars = [self.character(parts.group(g), head_start + parts.start(g)) for g in ("a", "b")]
        if not all(chars) or not all(self.full_name(a) for a, _ in actors):
            return False
        for (actor, at), char in zip(actors, chars, strict=True):
            self.add("actor", actor, at, CLEAR, character=char)
        return True

    def played_by(self) -> None:
        text = self.text
        for m in self.finds("played_by"):
            span = self.runs.starting_at(m.end())
            if not span:
                # "played by newcomer Ella Finch": a modifier before the name.
                mod = _MODIFIERS_BEFORE_NAME.match(text, m.end())
                span = self.runs.starting_at(mod.end()) if mod else None
            if not span and self.code == "en":
                # "played by a superbly oily Desmond Faulk": an article and a few words of praise; "played by a
                # newcomer, Tomasina R.": a performer noun set off by a comma
                mod = _PRAISE_BEFORE_NAME.match(text, m.end()) or _PERFORMER_NOUN_COMMA_EN.match(text, m.end())
                span = self.runs.starting_at(mod.end()) if mod else None
            if not span and self.code == "de":
                # "verkörpert vom damals sehr beliebten X": adverbs and adjectives before the performer's full name
                mod = _WORDS_BEFORE_NAME_DE.match(text, m.end())
                span = self.runs.starting_at(mod.end()) if mod else None
                words = self.run_text(span).split(" ") if span else []
                if len(words) >= 3 and span and words[0].lower().endswith(_PERFORMER_WORD_TAILS):
                    span = (span[0] + len(words[0]) + 1, span[1])  # "dem 82-jährigen Theatermann X"
                span = span if span and self.full_name(self.run_text(span)) else None
            if span and self.code == "en":
                span = self._past_honours(span)
            if not span:
                continue
            actor_raw = self.run_text(span)
            sentence = self.analysis.sentence_of(m.start())
            head = text[sentence[0] : m.start()]
            if self.code == "de" and self._respective_passive_de(head, sentence[0], span):
                continue  # "Hanne und Malte, gespielt von A beziehungsweise B": each in order
            char = None
            gap = re.search(
                r"(?<=[\w.)’'])(?=[\s,–—])(?:,|\s[–—-])?\s*(?:(?:[a-zäöüß][\w-]*(?:['’]s)?)\s+){0,4}$|,\s+(?:a|an|the)\s+[^,.;()]{0,60}?\s*,?\s*$|(?<=[a-z]),\s+(?:a|an)\s+[^,.;()]{0,90},\s+(?:is|was)\s+$"
                r"|,\s+(?:who|which|der|die)\s+[^,.;()]{0,90},\s+(?:is|was|wird|wurde)\s+$",
                head,
            )
            if gap:
                cspan = self.runs.ending_at(sentence[0] + gap.start())
                if not cspan and _INITIAL_CLOSE.search(head, 0, gap.start()):
                    cspan = self.runs.ending_at(sentence[0] + gap.start() - 1)  # "Ludmila R., gespielt von X"
                if cspan and self.code == "en" and _PLACE_PREPOSITION_EN.search(text, max(0, cspan[0] - 8), cspan[0]):
                    cspan = None  # "Tommaso, just back from London, is played by X": the place is no part
                if cspan and self.code == "de" and _PREPOSITION_PHRASE_DE.search(text, max(0, cspan[0] - 12), cspan[0]):
                    cspan = None  # "Meitners Mutter, in den Wiener Rückblenden gespielt von X": when, not who
                if cspan:
                    char = self.character(self.run_text(cspan), cspan[0])
                if cspan and char and self._two_by_two(cspan, span):
                    continue
                if char and self.code == "de" and head.rstrip().endswith(",") and self._noun_only_part(char):
                    char = None  # "Hanne, die Fischerin, gespielt von X": the name before the apposition (below)
            if char is None and self.code == "en":
                called = _CALLED_BEFORE_PASSIVE_EN.search(head)
                if called:
                    char = called.group("name")  # "The computer, called MOTHERWELL, is voiced by X": as written
                elif aside := _NAME_THEN_ASIDE_EN.search(head):
                    # "Pia's grandson Tommaso, just back from London, is played by X": the name before the aside
                    char = self.character(aside.group("name"), sentence[0] + aside.start("name"))
                elif _PRONOUN_PASSIVE_EN.fullmatch(head):
                    char = self._part_in_sentence_before_en(
                        sentence[0]
                    )  # "... a typesetter, Ambrose, ... He is played by X"
            if char is None and self.code == "en":
                # "Bertrand, the village priest, is played with quiet gravity by X": asides before the verb
                cspan = self._clause_subject_en(m.start(), role=True)
                char = self.character(self.run_text(cspan), cspan[0]) if cspan else None
            if char is None and self.code == "de" and (opening := self._opening_part_apposed(sentence[0], m.start())):
                char = opening[0]
            if char is None and self.code == "de" and (before_de := _NAME_THEN_APPOSITION_DE.search(head)):
                # "Zofia, seine Enkelin, gespielt von X": the name before the apposition (a name, not a noun)
                name_at = sentence[0] + before_de.start("name")
                named_de = self.character(before_de.group("name"), name_at)
                if named_de and (self._given(named_de) or not self.lex.looks_like_noun(named_de, "de")):
                    char = named_de
            if char is None and self.code == "de" and head.rstrip().endswith(","):
                # "Den verschollenen Jens sieht man nur in Rückblenden, gespielt von X": the role opens the sentence.
                seen = _SEEN_THEN_PLAYED.fullmatch(head.rstrip()[:-1])
                if seen:
                    char = self.character(seen.group("char"), sentence[0] + seen.start("char"))
            if char and self._noun_only_part(char):
                char = None  # "der Professor, verkörpert von X": a part named only by its noun (blind rounds' gold)
            self.add("actor", actor_raw, span[0], CLEAR, character=char)
            if self.code == "de":
                self._gapped_passives(span[1])
            elif char and (gapped := _GAPPED_PASSIVE_EN.match(text, span[1])):
                # "Bramble is voiced by A, and her grumpy sidekick Nettle by comedian B": the verb left out
                part = self.character(gapped.group("char"), gapped.start("char"))
                if part and self.full_name(gapped.group("actor")) and not self.lex.looks_like_noun(part, "en"):
                    self.add("actor", gapped.group("actor"), gapped.start("actor"), CLEAR, character=part)
            elif char is None and (more := _AND_NAME_EN.match(text, span[1])):
                # "The kids, played by newcomers A and B, ...": both perform (a group, no named part)
                nxt = self.runs.starting_at(more.end())
                if nxt and self.full_name(self.run_text(nxt)):
                    self.add("actor", self.run_text(nxt), nxt[0], CLEAR)

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
                    pre = _PREPOSITION_NOUN_DE.search(text, max(0, cspan[0] - 6), cspan[0]) if cspan else None
                    if cspan and pre:
                        # "sitzt ihr der Kommissar Henning Voss im Nacken, von X ... angelegt": the name before
                        # the phrase "im Nacken"
                        earlier = self.runs.ending_at(pre.start())
                        cspan = earlier if earlier and " " in self.run_text(earlier) else None
                if subject and not cspan:
                    opening = self._opening_part_apposed(self.analysis.sentence_of(m.start())[0], subject.start())
                    cspan = opening[1] if opening else None
                if subject and not cspan:
                    named = _NAMED_BEFORE_VERB.search(text, max(0, subject.start() - 60), subject.start())
                    cspan = self.runs.ending_at(named.end(1)) if named else None
                if subject and not cspan and text[: subject.start()].endswith(","):
                    # "Ihr Vater, der Uhrmacher Anton Kienzle, wird von X verkörpert", "Die Anführerin der Bande,
                    # Lotte, wird von X gespielt": a name closing the apposition right before the verb is the part
                    named_last = self.runs.ending_at(subject.start() - 1)
                    part = self.character(self.run_text(named_last), named_last[0]) if named_last else None
                    if (
                        part
                        and not self._noun_only_part(part)
                        and (
                            " " in part
                            or self._given(part)
                            or bool(named_last and self._ranked_apposition(named_last, part))
                        )
                    ):
                        cspan = named_last
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
                if char and cspan and self._word_before(cspan[0]) in _PLACE_PREPOSITIONS_DE:
                    char = None  # "Seine Frau, eine Ärztin aus Kiel, wird von X gespielt": a place, no part
                if (
                    char
                    and cspan
                    and subject
                    and subject.group().lstrip().startswith("und")
                    and (places.canonical(char) or _IN_PLACE_DE.search(text, max(0, cspan[0] - 6), cspan[0]))
                ):
                    char = None  # "Ihr Bruder Joost ist Anwalt in Utrecht und wird von X gespielt": a place
                if char is None and subject and subject.group().lstrip().startswith("und") and len(spans) == 1:
                    # "Die Schwester Theres ist inzwischen Ärztin und wird von X gespielt": the sentence's subject
                    own = self.analysis.sentence_of(m.start())
                    opener = _SENTENCE_SUBJECT_DE.match(text, own[0], subject.start())
                    if opener:
                        char = self.character(opener.group("np"), opener.start("np"))
                        char = None if char and self._noun_only_part(char) else char
                for span in spans:
                    self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
                if char and len(spans) == 1:
                    self._gapped_passives(m.end())
            for m in self.finds("played_adj"):
                if m.start(1) > m.start() + 4 and not self._named_after_article(m.group(1)):
                    continue
                cspan = self.runs.starting_at(m.end())
                char = self.character(self.run_text(cspan), cspan[0]) if cspan else None
                if char and char.split()[0] in self.d.OPENERS:
                    char = None
                self.add("actor", m.group(1), m.start(1), CLEAR, character=char)
