"""Credits, appositions and possessives: "Regisseurin X", "actress X", "X's role", German genitives."""

from __future__ import annotations

import bisect
import functools
import re

from filmkritik import lang
from filmkritik.model import Span
from filmkritik.read import lexmatch, names, places
from filmkritik.read.credits import possessive_jobs_en
from filmkritik.read.credits.common import (
    _ADJ_INFLECTION,
    _LOWER_WORD,
    _NOT_SUBJECT_LEAD,
    _QUOTED_AFTER,
    CLEAR,
    CREDIT,
    HINT,
    Hit,
    is_role_noun,
)
from filmkritik.read.credits.directors import DirectorCues
from filmkritik.read.names import RUN

_CREW_POSSESSED = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}(cinematography|camera|camerawork|photography|score|music|soundtrack|screenplay|script|"
    r"editing|costumes?|production\s+design|novel|book|play|source\s+novel|lens|sound\s+design)\b"
)
_CAST_NOUN = re.compile(r"(?:Neben|Haupt)?[Dd]arsteller(?:innen)?|Ensemble")
_PERFORMER_NOUN_COMMA_NAME_DE = re.compile(rf",\s+(?P<name>{RUN}),\s")
#: "von X bis Y" after a director's noun: a range of other makers.
_DIRECTOR_RANGE_DE = re.compile(rf"von\s+(?P<a>{RUN})\s+bis\s+(?:(?:hin\s+)?zu[rm]?\s+)?(?P<b>{RUN})")
_DUO_GAP = re.compile(r"\s*(?:aus\s+[A-ZÄÖÜ][\wäöüß-]+\s*)?:\s*")
_WORK_BY_BEFORE = re.compile(r"[“”\"«]\s+von\s+$")
_DIRECTOR_PAIR = re.compile(
    r"(?:[Dd]uo|gespann|Regisseurinnen|Regisseure|[Dd]irectors|[Pp]aar|[Tt]eam|[Ff]ilmmakers|Filmemacher(?:innen)?)\s*$"
)
#: "Like Harold Finch's 'X'", "wie schon in": a possessive that compares with another film.
_COMPARED_BEFORE = re.compile(
    r"\b(?:[Ll]ike|[Uu]nlike|as\s+in|recalls|recalling|evokes|echoes|echoing|reminiscent\s+of|[Ww]ie(?:\s+schon)?\s+in|"
    r"erinnert\s+an|[Aa]nders\s+als\s+in)\s+$"
)
_NEXT_LETTERS = re.compile(r"\s+([^\W\d_]+)")
_ADJECTIVE_SHAPE = re.compile(r"(?:y|ful|ous|ive|al|ic|ish|less|ed|ing|ent|ant|ble|le|st|er)\W*$")
_PERFORM_LEAD = re.compile(r"(?:^|[.!?:;,\n]|\b(?:und|and|aber|but|auch|allem|also|even))\s*$")
_PORTRAYAL_OF = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}(?:portrayal|depiction|embodiment|interpretation|incarnation)\s+of\s+"
    r"(?:(?:the|a|an)\s+[a-z-]+,?\s+)?"
)
#: "Marsh’s Viola is ...": a possessed role is followed by a verb or punctuation, not a noun.
_POSSESSIVE_ROLE_END = re.compile(
    r"\s*(?:[,.;:!?)]|\s(?:is|was|has|had|that|who|which|and|finds|gets|becomes|must|can|will|the|a|an|are|were|"
    r"isn['’]t|wasn['’]t|does|doesn['’]t|seems|feels|comes|remains|proves|makes|gives|never|also|opposite|"
    r"make|feel|seem|look|looks|steals|steal|brings|bring|holds|hold|carries|anchors|dominates|grounds|share|shares|"
    r"becomes|emerges|walks|lights|provides|adds|always|often|rarely|still|just|only)\b)"
)
#: Adjectives between a possessive and a role ("Lena Karvonen's brittle, funny Elspeth").
_POSSESSIVE_LEAD = re.compile(r"\s*(?:[a-z][\w-]*,?\s+){0,3}")
_POSSESSIVE_LEAD_NOUN = re.compile(
    r"\b(?:co-?stars?|directors?|filmmaker|producer|writer|film|movie|debut|feature|picture|husband|wife|partner|"
    r"son|daughter|father|mother|brother|sister|friend|agent|idol|hero|mentor|collaborator|muse)\b"
)
_TITLE_SOON = re.compile(r"(?:\s+[a-zäöüß]+){0,3}\s+[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]")
#: What follows a name in the possessive ("X's", "Charles' ").
_POSSESSIVE_MARKS = ("’s", "'s", "’ ", "' ")
_POSSESSIVE_PRONOUNS = frozenset("seinen seinem sein seines ihren ihrem ihr ihres".split())
_ADJ_GLUE = frozenset("ebenso wie und so sehr besonders zutiefst neuer neuester neuestem jüngstem".split())
_ADJ_ENDINGS = ("e", "em", "en", "er", "es", "ste", "sten")
_NOT_ADJECTIVE = frozenset(
    "in im seinem seinen seiner ihrem ihren ihrer einem einen einer dem den der die das mit von zum zur eine".split()
)


_WORD_AROUND = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*")
#: ", eine tschechische ": the apposition's article and adjectives before the performer's noun.
_PERFORMER_APPOSITION_HEAD = re.compile(r",\s+(?:eine|ein|die|der)\s+(?:[a-zäöüß-]+\s+){0,3}$")
#: The apposition closes ("..., muss", "... des französischen Kinos, spielt"), at most a short genitive after the noun.
_PERFORMER_APPOSITION_END = re.compile(r"(?:\s+(?:des|der|vom|aus)\s+(?:[\wäöüß-]+\s+){0,2}[\wäöüß-]+)?,\s")
#: ", eine der großen alten Damen des georgischen ", ", lange ein Gesicht aus dem ": a performer's standing on stage or
#: screen, before "Theaters"/"Kinos"/"Fernsehen".
_STAGE_APPOSITION_HEAD = re.compile(
    r",\s+(?:[a-zäöüß]+\s+){0,2}(?:eine|einer|ein|die|der)\s+(?:der\s+)?(?:[a-zäöüß]+\s+){0,3}"
    r"(?:Damen?|Star|Stars|Legende|Ikone|Gesicht|Urgestein|Veteran|Veteranin|Größen?|Liebling)\s+"
    r"(?:des|der|aus\s+dem|vom|im)\s+(?:[a-zäöüß]+\s+){0,2}$"
)


@functools.cache
def _film_noun_strings(code: str) -> tuple[str, ...] | None:
    """Strings of which every match of the language's film nouns holds one (None: no such strings known)."""
    return lexmatch.required_substrings(lang.data(code, "credits").FILM_NOUNS)


@functools.cache
def _run_cue_gate(words: frozenset[str]) -> re.Pattern[str]:
    """What must follow a run for the cues of :meth:`Appositions.appositions`'s loop over the runs to have anything to
    try: a comma, " erzählt", or white space and a whole word of ``words`` (the cues' words: the loop's set test
    takes the letters after the white space whole)."""
    return re.compile(rf",| erzählt|\s+(?:{lexmatch.trie_pattern(words)})(?![^\W\d_])")


#: Film nouns a genitive owner may have written rather than directed ("Astrid Lindgrens Geschichte").
_NOT_MAKERS_WORK_DE = frozenset({"Geschichte", "geschichte"})

_RELATIVE_AFTER_NAME_DE = re.compile(r",\s+(?:der|die|dessen|deren)\s")

_CO_DIRECTOR = re.compile(r"(?:Ko|Co)-?[Rr]egisseur")


class Appositions(DirectorCues):
    """Reader layer: appositions, possessives and genitives."""

    def _performer_appositions_de(self) -> None:
        """ "X, eine tschechische Theaterschauspielerin, muss ...", "X, die Darstellerin der Mutter, ...":
        a full name, then an apposition whose noun is a performer's trade (a hint: a part or a clearer role wins)."""
        text = self.text
        for stem in ("chauspieler", "arsteller"):
            for pos in self.found(stem):
                word = _WORD_AROUND.match(text, text.rfind(" ", 0, pos) + 1)
                named = _PERFORMER_NOUN_COMMA_NAME_DE.match(text, word.end()) if word else None
                if word and named and text[word.start() - 4 : word.start()] in ("Der ", "Die ", "der ", "die "):
                    # "Die Hauptdarstellerin, X, ist eine Entdeckung": the noun, then the name between commas
                    if self.full_name(self.person(named.group("name")) or ""):
                        self.add("actor", named.group("name"), named.start("name"), CLEAR)
                    continue
                if not word or not _PERFORMER_APPOSITION_END.match(text, word.end()):
                    continue
                head = _PERFORMER_APPOSITION_HEAD.search(text, max(0, word.start() - 120), word.start())
                span = self.runs.ending_at(head.start()) if head else None
                if span and self.full_name(self.run_text(span)):
                    self.add("actor", self.run_text(span), span[0], HINT)
        for stem in ("Theater", "Kino", "Fernseh", "Bühne"):
            for pos in self.found(stem):
                # "X, eine der großen alten Damen des georgischen Theaters, ...", "X, lange ein Gesicht aus dem Fernsehen,"
                word = _WORD_AROUND.match(text, pos)
                if not word or not text.startswith(",", word.end()):
                    continue
                head = _STAGE_APPOSITION_HEAD.search(text, max(0, word.start() - 120), word.start())
                span = self.runs.ending_at(head.start()) if head else None
                if span and self.full_name(self.run_text(span)):
                    self.add("actor", self.run_text(span), span[0], HINT)

    def _range_of_directors(self, m: re.Match[str], span: Span) -> bool:
        """ "Regisseure von X bis Y": a noun ranging over other films' makers. Both names are other directors (never
        this film's, never performers)."""
        m2 = _DIRECTOR_RANGE_DE.match(self.text, m.end())
        if not m2 or span[0] != m.end():
            return False
        for key in ("a", "b"):
            self.add("other_director", m2.group(key), m2.start(key), CREDIT)
        return True

    def _link_co_director(self, name: str, pos: int) -> None:
        """ "Regisseurin A und ihr Koregisseur B": a co-director directs with the director named before in the
        sentence."""
        start, _ = self.analysis.sentence_of(pos)
        for hit in self.hits:
            if hit.role == "director" and start <= hit.start < pos and hit.name != name:
                self._link([(hit.name, hit.start), (name, pos)])

    def appositions(self) -> None:
        text = self.text
        if self.code == "de":
            self._performer_appositions_de()
        for m in self.finds("cue_noun"):
            role = m.lastgroup or "crew"
            if role == "actor":
                start = m.end()
                if self.text.startswith("wie ", start) and _CAST_NOUN.fullmatch(m.group().strip()):
                    start += 4  # "Nebendarsteller wie X und Y": this film's cast ("Schauspieler wie X" compares)
                for name, pos in self.list_after(start):
                    self.hits.append(Hit("actor", name, pos, CLEAR))
                continue
            span = self.runs.starting_at(m.end())
            if not span and role == "director" and _DIRECTOR_PAIR.search(m.group()):
                # "von einem Regieduo aus Brünn: A und B haben ...": an origin and a colon before the names
                gap = _DUO_GAP.match(text, m.end())
                span = self.runs.starting_at(gap.end()) if gap else None
            if not span:
                continue
            if role == "director":
                if self.code == "de" and " " not in self.run_text(span) and self._common_noun_de(self.run_text(span)):
                    continue  # "hat die Regisseurin Laien besetzt": a common noun after the director's noun
                if self.code == "de" and self._range_of_directors(m, span):
                    continue
                nat = self._nationality(m.group(), text[max(0, m.start() - 40) : m.start()])
                if self.other_film_after(span[1]):
                    self.add("other_director", self.run_text(span), span[0], CLEAR)
                    continue
                pair = self._director_names(span[0]) if _DIRECTOR_PAIR.search(m.group()) else []
                if len(pair) >= 2:
                    # "das Regieduo A und B", "die Regisseurinnen A und B", "filmmakers Rohan and Meera Kapur":
                    # both direct, as a credit would say.
                    self.add_directors(pair, CREDIT, nationality=nat)
                else:
                    added = self.add("director", self.run_text(span), span[0], CLEAR, nationality=nat)
                    if added and _CO_DIRECTOR.match(m.group()):
                        self._link_co_director(added, span[0])
            else:
                # "Sängerin X", "Moderator X": a performer's trade, no job on this film's crew and no rival to a role.
                # ("der Musiker X" too: a musician on screen as often as on the score, which "Musik:" credits)
                if role in ("crew", "composer") and is_role_noun(
                    m.group().strip(), getattr(self.d, "PERFORMER_NOUNS", frozenset())
                ):
                    continue
                self.add(role, self.run_text(span), span[0], CLEAR)
        for m in self.finds("we_see"):
            for name, pos in self.list_after(m.end(), limit=4, skip=0):
                if " " in name:
                    self.hits.append(Hit("actor", name, pos, CLEAR))
        for m in self.finds("starring"):
            for name, pos in self.list_after(m.end()):
                self.hits.append(Hit("actor", name, pos, CLEAR))
        lead_role = self.mentions_any(self.d.TRIGGERS["lead_role"])
        may_direct = self.mentions_any(self.d.TRIGGERS["directs"])
        may_tell = self.code == "de" and bool(self.positions(" erzählt"))
        perform_words, lead_words, direct_words = self.p.perform_words, self.p.lead_words, self.p.direct_words
        n = len(text)
        # (only the runs a comma, " erzählt" or one of the cues' words follows can open a cue below: one regex call per
        # run picks them, the loop's steps run for those few)
        gate = _run_cue_gate(perform_words | lead_words | direct_words).match
        for span in [span for span in self.runs.spans if gate(text, span[1])]:
            end = span[1]
            if end >= n:
                continue
            if text[end] != ",":
                # The three cues below open with "," or with spaces and a lower-case word: a run
                # followed by anything else needs no regex.
                after = end
                while after < n and text[after].isspace():
                    after += 1
                if after == end or after >= n or not text[after].islower():
                    continue
            if may_tell and text.startswith(" erzählt", span[1]) and self._tells(span):
                continue
            # the word after the run: each cue below opens with one of its words (a set test before the regex)
            nxt = None if text[end] == "," else _NEXT_LETTERS.match(text, end)
            word = None if text[end] == "," else (nxt.group(1) if nxt else "")
            if may_direct and (word is None or word in direct_words) and self.p.directs.match(text, span[1]):
                # "Kröger, der früher Werbung drehte, inszeniert flott": present tense, this film.
                directs = self.p.directs.match(text, span[1])
                raw = self.run_text(span)
                if directs and self._is_person_like(raw) and not self.other_film_after(directs.end()):
                    self.add("director", raw, span[0], CLEAR)
                continue
            # Both cues follow the name directly: "X in der Hauptrolle", "X glänzt".
            if lead_role and (word is None or word in lead_words) and self.p.lead_role.match(text, span[1]):
                lead_raw = self.run_text(span)
                lead_name = self.person(lead_raw)
                if self.code == "de" and _WORK_BY_BEFORE.search(text, max(0, span[0] - 12), span[0]):
                    continue  # "wo „Grauzone“ von X zu sehen war": the maker of a work shown, no performer
                if lead_name and (self.full_name(lead_name) or self.full_names_ending(lead_name.split()[-1])):
                    self.add("actor", lead_raw, span[0], CLEAR)
            elif (word is None or word in perform_words) and self.p.perform.match(text, span[1]):
                lead = text[max(0, span[0] - 25) : span[0]]
                if _PERFORM_LEAD.search(lead):
                    self.add("actor", self.run_text(span), span[0], HINT)
        for m in self.finds("release"):
            self.distributors.append((m.group(1), CREDIT, m.start(1)))
        # A byline starts at the text's start or at a line break: only those places are tried.
        for m in self._matches_at(self.p.byline, text, self._anchor_positions(("\n",)) | {0}):
            span = self.runs.starting_at(m.end())
            if span and not self._particle_surname(m, span):
                self.add("critic", self.run_text(span), span[0], CREDIT)
        for m in self.finds("photo_credit"):
            line_end = text.find("\n", m.end())
            value = text[m.end() : line_end if line_end >= 0 else len(text)]
            value = value.split(")")[0]
            self._photo(value, m.start())

    def _particle_surname(self, m: re.Match[str], span: Span) -> bool:
        """ "Von Hallerstein, die zuvor am Theater arbeitete, ...": a sentence opening with a surname's particle, not a
        byline (a relative clause follows, or the text gives "Clara von Hallerstein")."""
        if self.code != "de" or not m.group().strip().startswith("Von"):
            return False
        if _RELATIVE_AFTER_NAME_DE.match(self.text, span[1]):
            return True
        return any(n.endswith(" von " + self.run_text(span)) for n in self.full_names_ending(self.run_text(span)))

    def _tells(self, span: Span) -> bool:
        """ "Marta Quellwitz erzählt in „Titel“ von drei Frauen ...": a full name telling the reviewed film directs
        it; without the title ("X erzählt ohne Eile") it is a hint that a clearer credit outranks."""
        raw = self.run_text(span)
        name = self.person(raw)
        if not name or name != raw or not self.full_name(name):
            return False
        tail = self.text[span[1] + 8 : span[1] + 60]
        quoted = _TITLE_SOON.match(tail)
        titled = quoted is not None and self.is_film_title(quoted.group(1))
        self.add("director", raw, span[0], CLEAR if titled else HINT)
        return True

    def _nationality(self, noun: str, before: str) -> str | None:
        """ "der dänischen Regisseurin", "US-Regisseur", "the French director", "South Korean filmmaker"."""
        words = before.split()
        candidates = []
        if "-" in noun.split()[0]:
            candidates.append(noun.split("-")[0].lower())
        if words:
            candidates.append(words[-1].lower().rstrip(",-"))
            if len(words) > 1:
                candidates.append(f"{words[-2].lower()} {words[-1].lower()}")
        table = self.d.NATIONALITY_ADJ
        for w in reversed(candidates):
            if w in table:
                return str(table[w])
            if self.code == "de":
                stem = _ADJ_INFLECTION.sub("", w)
                if stem in table:
                    return str(table[stem])
        return None

    def possessives(self) -> None:
        """ "Mara Lindqvist's Glasshouse", "Jana Brenners packendes Justizdrama", "Marsh’s Viola"."""
        self._possessives()
        if self.code == "en":
            self.co_credited_en()
            self.director_apposition_en()

    def _possessives(self) -> None:
        text = self.text
        # (the runs the loop below does anything for, picked in one pass: a possessive after the run, ", whose" in
        # English; in German also a run ending in a genitive "s" or holding more than one word)
        opens = text.startswith
        if self.code == "de":
            picked = [
                (span, raw)
                for span, raw in zip(self.runs.spans, self.run_texts(), strict=True)
                if " " in raw or (raw.endswith("s") and not raw.endswith("ss")) or opens(_POSSESSIVE_MARKS, span[1])
            ]
        else:
            picked = [
                (span, raw)
                for span, raw in zip(self.runs.spans, self.run_texts(), strict=True)
                if opens(_POSSESSIVE_MARKS, span[1]) or opens(", whose ", span[1])
            ]
        for span, raw in picked:
            possessive = text.startswith(_POSSESSIVE_MARKS, span[1])
            if not possessive and self.code == "en" and text.startswith(", whose ", span[1]):
                self._whose_role(span, raw)  # "Tessa Orrell, whose Edith is the heart of the film, ..."
                continue
            genitive = self.code == "de" and raw.endswith("s") and not raw.endswith("ss")
            if not possessive and not (self.code == "de" and (genitive or " " in raw)):
                continue
            after = text[span[1] : span[1] + 120]
            if self.code == "de" and not possessive:
                if genitive and self.titles:
                    quoted = _QUOTED_AFTER.match(after)
                    # (not across a line break: "Von Oda Reimers" closing a byline over a paragraph opening „T“)
                    if quoted and "\n" not in after[: quoted.start(1)] and self.is_film_title(quoted.group(1)):
                        self._german_title_genitive(span, raw)  # "Reto Imbodens «Föhnlage»"
                        continue
                head, _, last = raw.rpartition(" ")
                if (
                    head.endswith("s")
                    and not head.endswith("ss")
                    # (one word: a surname whose full name the text gives, "Wendlands Neuverfilmung")
                    and (" " in head or self.full_names_ending(head[:-1]))
                    and self.p.film_noun_after.fullmatch(" " + last)
                ):
                    # "Ludger Hambrechts Heimatkomödie": the genitive and the film's noun in one capitalised run
                    cut = span[0] + len(head)
                    if self._film_noun_near(cut, 120):
                        self._german_genitive((span[0], cut), head, text[cut : cut + 120], True)
                    continue
                if self._film_noun_near(span[1], len(after)):
                    self._german_genitive(span, raw, after, genitive)
                if "s " in raw:
                    self._genitive_role(span, raw)
                continue
            rest = after[2:] if after[:2] in ("’s", "'s") else after[1:]
            if self.code == "en" and possessive_jobs_en.other_job_before(text, span[0], raw):
                continue  # "novelist X's latest", "producer X's new film": X's job is not directing
            quoted = _QUOTED_AFTER.match(rest)
            opener = raw.find(self.person(raw) or raw)
            if quoted and _COMPARED_BEFORE.search(text, max(0, span[0] - 40), span[0] + max(0, opener)):
                self.add("filmography", raw, span[0], CLEAR)  # "Like Harold Finch's 'The Quiet Year'": another film
                continue
            if quoted:
                # "Lindqvist's earlier „Glasshouse“": a director's filmography, no veto on directing this film
                role = "director" if self.is_film_title(quoted.group(1)) else "filmography"
                if role == "director" or self.titles:
                    self.add(role, raw, span[0], CLEAR)
                continue
            nxt = self.runs.starting_at(span[1] + (len(after) - len(rest)))
            if nxt and self.is_film_title(self.run_text(nxt)):
                self.add("director", raw, span[0], CLEAR)
                continue
            crew = _CREW_POSSESSED.match(rest)
            if crew:
                # "Tom Vogt's sepia-toned cinematography", "Mica Lind's score": crew, not the director.
                self.add(
                    "composer" if crew.group(1) in {"score", "music", "soundtrack"} else "crew", raw, span[0], CLEAR
                )
                continue
            if self.p.film_noun_after.match(" " + rest.lstrip()):
                # "X's horror movie": a director's film, but characters own films too ("Bond's fifth movie").
                if " " in raw.strip() or self.full_names_ending(raw.strip()):
                    self.add("director", raw, span[0], HINT)
                continue
            if self.code == "en":
                ch = re.match(r"\s*(?:character|role)\s*,?\s*", rest)
                if ch:
                    cspan = self.runs.starting_at(span[1] + (len(after) - len(rest)) + ch.end())
                    if cspan:
                        char = self.character(self.run_text(cspan), cspan[0])
                        self.add("actor", raw, span[0], CLEAR, character=char)
                    continue
                portrayal = _PORTRAYAL_OF.match(rest)
                if portrayal:
                    cspan = self.runs.starting_at(span[1] + (len(after) - len(rest)) + portrayal.end())
                    char = self.character(self.run_text(cspan), cspan[0]) if cspan else None
                    if not cspan:
                        # "X's portrayal of the ailing conductor, Sir Edmund Pike": a description first
                        char = self._character_after(span[1] + (len(after) - len(rest)) + portrayal.end())[0]
                    self.add("actor", raw, span[0], CLEAR, character=char)
                    continue
                perf = re.match(r"\s*(?:[a-z-]+\s+){0,2}(?:performance|portrayal|turn|acting)\b", rest)
                if perf:
                    self.add("actor", raw, span[0], CLEAR)
                    continue
                # "Marsh's Viola", "Lena Karvonen's brittle, funny Elspeth": adjectives may stand before the role
                lead = _POSSESSIVE_LEAD.match(rest)
                if (
                    lead
                    and (
                        _POSSESSIVE_LEAD_NOUN.search(lead.group())
                        or lead.group().rstrip().endswith(",")
                        # "brittle, funny Elspeth" lists adjectives; "Clinton's age, pilot Whitmore" does not
                        or (
                            "," in lead.group()
                            and not all(_ADJECTIVE_SHAPE.search(w) for w in lead.group().split()[:-1])
                        )
                        or set(lead.group().replace(",", " ").split())
                        & _NOT_SUBJECT_LEAD  # "Y's explanation of Marian"
                    )
                ):
                    continue  # "X's co-star Y", "X's new film Z": the possessed is no role
                cspan = self.runs.starting_at(span[1] + (len(after) - len(rest)) + (lead.end() if lead else 0))
                if cspan and possessive_jobs_en.work_described(text, self.run_text(cspan), cspan[1]):
                    continue  # "Gretchen Alder's Kansas drama", "X's Lisbon-set thriller": a place and a film noun
                if cspan and (
                    _POSSESSIVE_ROLE_END.match(text, cspan[1])
                    or self._given_role_then_verb(self.run_text(cspan), cspan)
                ):
                    cand = self.run_text(cspan)
                    described = lead is not None and self._described_part_en(lead.group(), raw, cand)
                    if cand.lower() not in self.d.NATIONALITY_ADJ and (
                        described or not self.lex.is_common(cand, self.code)
                    ):
                        # "Lena Karvonen's brittle, funny Elspeth", "X's oily, menacing Count": adjectives describing the
                        # possessed part say a performer plays it (a hint; any clearer role of X wins)
                        self.add("actor" if described else "possessive", raw, span[0], HINT, character=cand)

    def _described_part_en(self, lead: str, owner: str, cand: str) -> bool:
        """Adjectives before a possessed name ("brittle, funny", "oily, menacing"), a performer's full name before them and a
        part that is no film title or place."""
        words = lead.replace(",", " ").split()
        return (
            bool(words)
            and all(w.islower() and _ADJECTIVE_SHAPE.search(w) for w in words)
            and " " in owner.strip()
            and self.full_name(owner.strip())
            and not self.is_film_title(cand)
            and not places.canonical(cand)
            # a given name or a title names a person ("Elspeth", "Baron"), not a place of the story ("Arrakis")
            and (self._given(cand.split(" ")[0]) or cand.split(" ")[0] in self.d.HONORIFICS)
        )

    def _given_role_then_verb(self, cand: str, cspan: Span) -> bool:
        """ "Georg Haberl's Stefan feel like real people": a possessed given name (after a title word, if any) right
        before a lower-case word is a role, whatever the verb."""
        words = [t for t in cand.split(" ") if t not in self.d.HONORIFICS]
        after = _LOWER_WORD.match(self.text, cspan[1] + 1)
        return (
            len(words) == 1
            and self._given(words[0])
            and self.text.startswith(" ", cspan[1])
            and after is not None
            and after.group() not in _NOT_SUBJECT_LEAD  # not "Lewis Carroll's Alice in Wonderland"
        )

    def _whose_role(self, span: Span, raw: str) -> None:
        """ "X, whose Edith is ...": the role after "whose", linked as a possessive is (see :meth:`finish`)."""
        cspan = self.runs.starting_at(span[1] + len(", whose "))
        if cspan and _POSSESSIVE_ROLE_END.match(self.text, cspan[1]):
            cand = self.run_text(cspan)
            if not self.lex.is_common(cand, self.code):
                self.add("possessive", raw, span[0], HINT, character=cand)

    def _genitive_role(self, span: Span, raw: str) -> None:
        """ "Lena Brauers Wiebke", "Brauers Wiebke": an actor's genitive before the role's given name (German).
        It pairs only when the text names that person as a performer elsewhere (see :meth:`finish`)."""
        parts = names.tokens(raw)
        for i, tok in enumerate(parts[:-1]):
            if not tok.endswith("s") or tok.endswith("ss") or len(tok) < 4 or self._given(tok):
                continue
            rest = parts[i + 1 :]
            if len(rest) > 2 or not self._given(rest[0]) or self._role_noun(rest[0]):
                return
            owner = " ".join([*parts[:i], tok[:-1]])
            if any(t in self.d.OPENERS or self._role_noun(t) for t in parts[:i]):
                return
            if re.search(rf"(?:{self.d.DIRECTOR_NOUNS})\s*$", self.text[max(0, span[0] - 30) : span[0]]):
                return  # "Regisseur Ohlsens Wiebke": the director's character
            self.hits.append(Hit("genitive", owner, span[0], HINT, character=" ".join(rest)))
            return

    def _german_title_genitive(self, span: Span, raw: str) -> None:
        """ "Konrad Wehlings «Bergfieber»": a full name's genitive right before the reviewed film's quoted title."""
        name = raw[:-1]
        person = self.person(name)
        if person and " " in person and self.full_name(person) and not self.is_film_title(name):
            self.add("maker", name, span[0], CLEAR)

    def _film_noun_near(self, start: int, length: int) -> bool:
        """Whether a film noun may stand in the ``length`` characters of the text from ``start``: one of the strings
        every match of the language's film nouns holds starts there (``film_noun_after`` can match only then; most
        names in a German review have none after them). The strings are looked for once per review."""
        if self._noun_marks is None:
            needles = _film_noun_strings(self.code)
            self._noun_marks = sorted({at for s in needles for at in self.found(s)}) if needles is not None else []
            self._noun_marks_all = needles is None
        if self._noun_marks_all:
            return True
        i = bisect.bisect_left(self._noun_marks, start)
        return i < len(self._noun_marks) and self._noun_marks[i] < start + length

    def _german_genitive(self, span: Span, raw: str, after: str, genitive: bool) -> None:
        """ "Brenners packendes Drama", "in Jana Brenners ebenso komischem wie bitterem Film", "X seinen Film"."""
        fn = self.p.film_noun_after.match(after)
        if not fn:
            return
        between = after[: fn.start("noun")].split()
        pronoun = bool(between) and between[0] in _POSSESSIVE_PRONOUNS
        if pronoun:
            between = between[1:]
            genitive = False
        elif not genitive and not between:
            return
        if any(
            not (w in _ADJ_GLUE or w.startswith("(") or w.endswith(_ADJ_ENDINGS)) or w in _NOT_ADJECTIVE
            for w in between
        ):
            return
        name = raw
        if genitive:
            stem = raw[:-1]
            name = raw if self.text.count(raw) > 1 and self.text.count(stem) == self.text.count(raw) else stem
        if self.is_film_title(name) or self.is_film_title(raw):
            return
        person = self.person(name)
        if not person or not (self._is_person_like(person) or self.full_names_ending(person.split()[-1])):
            return
        if any(self.lex.is_common(t, self.code) for t in names.tokens(person)):
            return
        if self.other_film_after(span[1] + fn.end()):
            self.add("filmography", name, span[0], CLEAR)  # "Andonovs letzter Film „Der Hafen“"
            return
        if genitive and fn.group("noun") in _NOT_MAKERS_WORK_DE:
            return  # "Astrid Lindgrens Geschichte": a story is its writer's as often as its director's
        # a genitive makes a maker, a director only if the text gives the person no other job ("Lena Brauers Film"
        # of an actress, "Ilse Korns Drama" of the writer); "X seinen Film" stays a director's phrase
        self.add("maker" if genitive else "director", name, span[0], CLEAR)
