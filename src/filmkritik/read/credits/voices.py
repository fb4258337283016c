"""Credits, voices: "X leiht Y ihre Stimme", "voiced by", casting ("besetzt mit"), small roles."""

from __future__ import annotations

import re

from filmkritik.read import lexmatch, places
from filmkritik.read.credits.clauses import Clauses
from filmkritik.read.credits.common import _NOT_SUBJECT_LEAD, _PRONOUNS, _VOICE_ADJS, CLEAR
from filmkritik.read.names import RUN

_PRONOUNS_EN = frozenset("He She It They We You I This That".split())
_CAST_WITH = re.compile(
    rf"(?:(?:Die|die)\s+(?:Haupt|Titel|Neben)?(?:[Rr]olle|Figur)\s+(?:der|des)\s+(?:[a-zäöüß]+\s+){{0,2}})?(?P<char>{RUN})"
    # ("Der Vater, Konsul Friedrich Wolters, ist in den Rückblenden mit X besetzt": an apposition, a phrase of place)
    rf",?\s+ist\s+(?:(?:in|im|bei|für)\s+(?:(?:den|der|dem|die|einer|einem)\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+)?"
    rf"(?:[a-zäöüß]+\s+){{0,2}}mit\s+(?:(?:der|dem)\s+)?(?:[a-zäöüß]+\s+){{0,2}}(?P<actor>{RUN})"
    rf"\s+(?:[a-zäöüß]+\s+){{0,3}}besetzt"
)
#: "Die Ermittlerin, Kommissarin Kerstin Ahlgrimm, ist eine Paraderolle für X": the part is a role made for X.
_ROLE_FOR = re.compile(
    rf"(?P<char>{RUN}),?\s+ist\s+(?:eine|die)\s+(?:[a-zäöüß]+\s+)?(?:Parade|Traum|Glanz|Lebens|Bomben)rolle\s+für\s+"
    rf"(?:(?:die|den|der)\s+)?(?:[a-zäöüß]+\s+){{0,2}}(?P<actor>{RUN})"
)
_LENDS_VOICE = re.compile(
    rf"(?P<actor>{RUN})\s+(?:leiht|lieh|gibt|gab)\s+(?:[a-zäöüß]+\s+){{0,3}}?(?:dem|der|den)\s+(?:[a-zäöüß]+\s+){{0,2}}"
    # ("leiht der Großmutter Gesa, die nur aus dem Off zu hören ist, ihre Stimme": a relative clause on the part)
    rf"(?P<char>{RUN})(?:,\s+(?:der|die|das|dem|den)\s+[^,;.!?\n]{{1,80}},)?\s+(?:[a-zäöüß]+\s+){{0,2}}"
    rf"(?:seine|ihre|die)\s+{_VOICE_ADJS}Stimme"
)
#: "In der deutschen Fassung leiht X der Schneehäsin Flocke ihre Stimme": the verb before the speaker.
_LENDS_VOICE_V2 = re.compile(
    rf"\b(?:leiht|lieh)\s+(?:(?:hier|dabei|auch|zudem|außerdem)\s+)?(?P<actor>{RUN})\s+(?:dem|der)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre)\s+"
    rf"{_VOICE_ADJS}Stimme\b"
)
#: "der Komiker X, der dem eitlen Walross Kapitän Hinnerk seine knarzige Stimme leiht": a relative clause.
_LENDS_VOICE_RELATIVE = re.compile(
    rf"(?P<actor>{RUN}),\s+(?:der|die)\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:dem|der)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre)\s+{_VOICE_ADJS}Stimme\s+(?:leiht|lieh|verleiht)\b"
)
_LENDS = re.compile(
    rf"(?P<actor>{RUN})\s+verleiht\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:dem|der|ihrer|seiner|ihrem|seinem)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+(?:eine|einen|ein|so\s+viel|viel)\s"
)
_VOICE_FROM = re.compile(
    rf"(?P<char>{RUN})\s+(?:bekommt|erhält|bekam|erhielt|hat)\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre|die)\s+"
    rf"(?:[a-zäöüß]+\s+)?Stimme\s+(?:[a-zäöüß]+\s+){{0,2}}von\s+(?:(?:der|dem)\s+)?(?:[a-zäöüß]+\s+){{0,2}}(?P<actor>{RUN})"
)
_SPEAKS = re.compile(
    rf"(?P<actor>{RUN})\s+spricht\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:den|die|das)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})"
)
_SPEAKS_V2 = re.compile(
    rf"spricht\s+(?:(?:hier|dabei|auch|im\s+Original)\s+)?(?P<actor>{RUN})\s+(?:den|die|das)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})"
)
#: "X gibt ihrer Figur, der Schneiderin Agathe, eine große Würde": the part in an apposition to "Figur".
_GIVES_FIGURE = re.compile(
    rf"(?P<actor>{RUN})\s+(?:gibt|verleiht|schenkt|leiht)\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:ihrer|seiner|der)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er)\s+)?(?:Figur|Rolle),\s+(?:der|dem)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN}),\s+(?:eine|einen|ein|viel|so)\s"
)
#: "..., während X die weise Schildkröte Ula spricht": a verb-final clause after a conjunction or a comma.
_SPEAKS_FINAL = re.compile(
    rf"(?:,|\b(?:während|wo|weil|dass|wenn|und))\s+(?P<actor>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}?(?:den|die|das)\s+"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,3}}?spricht(?=\s*[,.;:!?–—]|\s+-\s)"
)
#: "..., die kluge Eule Frau Minerva spricht X": the role first in a clause after a comma, colon or semicolon.
_ROLE_SPOKEN_IN_CLAUSE = re.compile(
    rf"(?<=[,:;]\s)(?:den|die|das)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+spricht\s+"
    rf"(?:(?:hier|dabei|auch)\s+)?(?P<actor>{RUN})(?=\s*[,.;!?]|\s+(?:mit|und)\b)"
)
#: "Der kleinen Wanda leiht die neunjährige X ihre Stimme": the role (dative) opens the sentence.
_ROLE_LENT_VOICE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?:Der|Dem)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+"
    rf"(?:leiht|lieh|gibt|gab|verleiht|verlieh)\s+(?:(?:der|die|das)\s+)?(?:[a-zäöüß\d-]+\s+){{0,2}}(?P<actor>{RUN})"
    rf"\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre|die)\s+{_VOICE_ADJS}Stimme"
)
#: "Den Kater Moritz spricht X mit ...": the role (accusative) opens the sentence, the speaker follows the verb.
_ROLE_SPOKEN_BY = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))Den\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})"
    rf"(?P<appos>,\s+(?:einen|den)\s+[^,.;:!?()\n]{{1,50}},)?\s+spricht\s+"
    rf"(?:(?:hier|dabei|auch|im\s+Original|in\s+der\s+deutschen\s+Fassung)\s+)?"
    # "Den kleinen Igel Pieks spricht der elfjährige X": an article and an age or praise before the speaker
    rf"(?:(?:der|die)\s+(?:[a-zäöüß\d-]+(?:e|en)\s+){{1,2}})?(?P<actor>{RUN})"
    r"(?![\w’'-])(?![^.;!?\n]*\s(?:an|auf|aus|zu|nach|los|ab|heilig|frei|schuldig)[.;!?])"
)
#: "Krächz spricht der zwölfjährige X": a part's bare name opens the sentence, the speaker after an article and
#: an age or praise word (no separable verb after: "Anna spricht die junge Lena Meyer an").
_BARE_ROLE_SPOKEN_BY = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?P<char>{RUN})\s+spricht(?P<gap>\s+(?:(?:der|die)\s+(?:[a-zäöüß\d-]+(?:e|en)\s+){{1,2}})?)"
    rf"(?P<actor>{RUN})(?![\w’'-])(?![^.;!?\n]*\s(?:an|auf|aus|zu|nach|los|ab|heilig|frei|schuldig)[.;!?])"
)
#: "Die Hauptfigur spricht die neunjährige X": an object with "Die"/"Das" first, the speaker after an article and an
#: age or praise word (read from the unmasked text): a performer; the part only when a name follows the noun.
_DIE_ROLE_SPOKEN_BY = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?:Die|Das)\s+(?:[a-zäöüß]+(?:e|en)\s+){{0,2}}(?P<char>{RUN})\s+spricht"
    rf"(?P<gap>\s+(?:der|die)\s+(?:[a-zäöüß\d-]+(?:e|en)\s+){{1,2}})(?P<actor>{RUN})(?=\s*[,.;!?]|\s+und\s)"
)
_ARTICLE_PRAISE = re.compile(r"\s+(?:der|die)\s+(?:[a-zäöüß\d-]+(?:e|en)\s+){1,2}")
#: "Birte Lohmann leiht Pip ihre Stimme", "X leiht Flämmchen, dem Glühwürmchen, ihre Stimme": the part's bare name.
_LENDS_VOICE_BARE = re.compile(
    rf"(?P<actor>{RUN})\s+(?:leiht|lieh|verleiht)\s+(?P<char>{RUN})(?P<appos>,\s+(?:dem|der)\s+[^,.;:!?()\n]{{1,40}},)?\s+"
    rf"(?:seine|ihre)\s+{_VOICE_ADJS}Stimme\b"
)
#: "In der deutschen Fassung leiht X Krümel, der kleinen Maus, ihre Stimme": the verb first, the performer's full
#: name and the part's bare name in one capitalised run.
_LENDS_VOICE_V2_BARE = re.compile(
    rf"\b(?:leiht|lieh)\s+(?:(?:hier|dabei|auch|zudem|außerdem)\s+)?(?P<run>{RUN})(?P<appos>,\s+(?:dem|der)\s+"
    rf"[^,.;:!?()\n]{{1,40}},)?\s+(?:seine|ihre)\s+{_VOICE_ADJS}Stimme\b"
)
#: "Fridolin leiht X seine Stimme", "Pippa lieh die Kabarettistin X ihre warme Stimme": the part's bare name (a dative
#: with no article) opens the sentence, the speaker follows the verb.
_BARE_ROLE_LENT_VOICE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?P<char>{RUN})\s+(?:leiht|lieh|verleiht|verlieh)\s+"
    rf"(?:(?:der|die)\s+(?:[a-zäöüß\d-]+\s+){{0,2}})?(?P<actor>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre|die)\s+"
    rf"{_VOICE_ADJS}Stimme\b"
)
#: "Die Maus Pippa, der X ihre Stimme leiht, ...": a relative clause on the part names its speaker.
_ROLE_VOICED_RELATIVE = re.compile(
    rf"(?P<char>{RUN}),\s+(?:der|dem)\s+(?:(?:die|der)\s+(?:[a-zäöüß\d-]+\s+){{0,2}})?(?P<actor>{RUN})\s+"
    rf"(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre|die)\s+{_VOICE_ADJS}Stimme\s+(?:leiht|lieh|verleiht|verlieh|gibt|gab)\b"
)
#: "Im dänischen Original sind A und B zu hören", "eine Krähe mit der Stimme von X": voices without a named part.
_VOICES_HEARD = re.compile(
    rf"\b(?:Im|In\s+der)\s+(?:[a-zäöüß]+\s+){{0,2}}(?:Original|Originalfassung|Fassung|Synchronfassung)\s+"
    rf"(?:sind|ist|waren|war|hört\s+man)\s+(?:(?:übrigens|dagegen|hingegen|auch|dann)\s+)?"
    rf"(?P<list>(?:{RUN})(?:(?:,\s+|\s+und\s+)(?:{RUN}))*)(?:\s+zu\s+hören\b|\s*[.;])"
    rf"|\bmit\s+der\s+(?:[a-zäöüß]+\s+)?Stimme\s+von\s+(?P<one>{RUN})"
)
#: "Die Stimme des Katers Moritz gehört X".
_VOICE_BELONGS = re.compile(
    rf"\b[Dd]ie\s+(?:[a-zäöüß]+(?:e|en)\s+)?Stimme\s+(?:des|der|von)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:gehört|leiht)\s+(?:(?:der|dem)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}?(?P<actor>{RUN})"
)
#: "Als Stimme der Tante Berta ist X zu hören".
_AS_VOICE_OF = re.compile(
    rf"\b[Aa]ls\s+(?:deutsche\s+)?Stimme\s+(?:des|der|von)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+"
    rf"(?:ist|war|hört\s+man|leiht|lieh)\s+(?:[a-zäöüß]+\s+){{0,2}}?(?P<actor>{RUN})"
)
#: "In smaller roles, A as ... and B as ...": a sentence that lists performers of small parts.
_SMALL_ROLES = re.compile(r"\b[Ii]n\s+(?:smaller|small|supporting|minor|key|other)\s+(?:roles|parts),\s+")
_VOICE_OF_EN = lexmatch.LedPattern(
    rf"(?P<actor>{RUN})\s+(?:(?:lends|lent)\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?voice\s+to|(?:returns|is|appears|stars)\s+as\s+"
    rf"the\s+voice\s+of)\s+(?:the\s+)?"
    # "... voice to the villain, a moth king named Lord Dusk"
    r"(?:(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}(?:named|called)\s+)?"
    rf"(?P<char>{RUN})"
)
#: "Lady Byron gets a chillingly controlled turn from X", "Eliza's father gets a lovely, rueful turn from X": a
#: part (or a film) given a turn by a performer.
_TURN_FROM = re.compile(
    r"\b(?:gets|receives|is\s+given|enjoys|is\s+granted)\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,4}?"
    r"(?:turn|performance|portrayal|reading|interpretation|incarnation)\s+from\s+(?=[^\W\d_a-z])"
    r"|\bin\s+the\s+(?:capable\s+|sure\s+|able\s+|expert\s+)?hands\s+of\s+(?=[^\W\d_a-z])"
)
#: The part's side: a name closing the clause before the cue, perhaps after "called"/"named", then lower-case
#: words, commas and "who" ("George Westinghouse fares a little better in the hands of", "Josiah Penhallow, who").
_PART_THEN_TURN = re.compile(r"(?:,\s+who)?(?:,?\s+(?:[a-z][\w-]*))*,?\s*$")


class Voices(Clauses):
    """Reader layer: voices and casting."""

    def _english_voices_and_small_roles(self) -> None:
        text = self.text
        if self.holds(" voice"):
            # "X lends her voice to Madame Corbeau", "X returns as the voice of Pemberton"
            for m in _VOICE_OF_EN.finditer(text):
                if self._performer_en(m.group("actor")) and not self.other_film_before(m.start()):
                    char = self.character(m.group("char"), m.start("char"))
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        if self.holds(" from ") or self.holds(" hands of "):
            self._turns_from_en()
        if not self.holds(" roles,") and not self.holds(" parts,"):
            return
        for m in _SMALL_ROLES.finditer(text):
            sentence = self.analysis.sentence_of(m.start())
            for a in self.p.as_word.finditer(text, m.end(), sentence[1]):
                span = self.runs.ending_at(a.start())
                if span and self.full_name(self.run_text(span)):
                    self.add("actor", self.run_text(span), span[0], CLEAR)

    def _turns_from_en(self) -> None:
        """ "Ada's mother, the formidable Lady Byron, gets a chillingly controlled turn from X", "George Westinghouse
        fares a little better in the hands of X": the part named before the cue (the last name of the clause,
        followed by nothing but lower-case words), else, after "turn from", a performer with no named part."""
        text = self.text
        for m in _TURN_FROM.finditer(text):
            aspan = self.runs.starting_at(m.end())
            if not aspan or text[aspan[1] : aspan[1] + 2] in ("'s", "’s"):
                continue
            actor = self.person(self.run_text(aspan))
            if not actor or " " not in actor or not self._is_person_like(actor) or not self.full_name(actor):
                continue
            start = self.analysis.sentence_of(m.start())[0]
            head = text[start : m.start()]
            cut = max(head.rfind(";"), head.rfind(":"), head.rfind(" – "), head.rfind(" — "), head.rfind(", and "))
            if cut >= 0:
                start += cut + 1
            gap = _PART_THEN_TURN.search(text, start, m.start())
            span = self.runs.ending_at(gap.start()) if gap else None
            char = None
            if span and span[0] >= start and self._word_before(span[0]).lower() not in _NOT_SUBJECT_LEAD:
                raw = self.run_text(span)
                if raw not in self.d.OPENERS and raw not in _PRONOUNS_EN and not self.is_film_title(raw):
                    char = self.character(raw, span[0])
            if char and self.person(char) != actor and not self.other_film_before(m.start()):
                self.add("actor", self.run_text(aspan), aspan[0], CLEAR, character=char)
            elif text.startswith("in", m.start()):
                continue  # "in the hands of X" with no part named: a director's, a writer's, anyone's hands
            elif not self.other_film_before(m.start()):
                self.add("actor", self.run_text(aspan), aspan[0], CLEAR)

    def _casting_and_voices(self) -> None:
        """ "Die Rolle der Wiebke ist mit X ideal besetzt", "X leiht der Füchsin Wiebke ihre Stimme", "Wiebke bekommt
        ihre Stimme von X", "Im Original spricht X den Kater Mogli": castings and voice roles (German)."""
        text = self.text
        voices = (
            ("besetzt", _CAST_WITH),
            ("rolle für", _ROLE_FOR),
            ("Stimme", _LENDS_VOICE),
            ("Stimme", _LENDS_VOICE_V2),
            ("Stimme", _LENDS_VOICE_RELATIVE),
            ("Stimme", _LENDS_VOICE_BARE),
            (" spricht ", _BARE_ROLE_SPOKEN_BY),
            ("Stimme", _VOICE_FROM),
            ("verleiht", _LENDS),
            ("Figur, ", _GIVES_FIGURE),
            (" spricht ", _SPEAKS),
            (" spricht ", _SPEAKS_V2),
            ("Stimme", _ROLE_LENT_VOICE),
            (" spricht ", _ROLE_SPOKEN_BY),
            ("spricht", _SPEAKS_FINAL),
            ("spricht", _ROLE_SPOKEN_IN_CLAUSE),
            ("Stimme", _AS_VOICE_OF),
            ("Stimme", _VOICE_BELONGS),
        )
        for word, rx in voices:
            done = -1
            after = -1  # (the places ``text.find(word, pos + len(word))`` steps to: no two overlap)
            for pos in self.found(word):
                if pos < after:
                    continue
                after = pos + len(word)
                sentence = self.analysis.sentence_of(pos)
                if sentence[0] > done:
                    done = sentence[1]
                    for m in rx.finditer(text, sentence[0], sentence[1]):
                        actor = self.person(m.group("actor"))
                        if not actor or not (self.full_name(actor) or self._voice_name(actor)):
                            continue
                        if rx is _LENDS_VOICE and (
                            m.group("actor").split(" ")[0] in ("Dem", "Der")
                            or text[max(0, m.start() - 4) : m.start()] in ("Dem ", "Der ")
                        ):
                            continue  # "Dem Raben Krächz leiht der Komiker X seine Stimme": the part is dative
                        char = self.character(m.group("char"), m.start("char"))
                        if rx in (_SPEAKS_FINAL, _ROLE_SPOKEN_IN_CLAUSE) and not self._spoken_role(
                            m.group("char"), char
                        ):
                            continue  # "..., dass X die Sprache Italiens spricht": no voice role
                        if not char and self._given(m.group("char")):
                            char = m.group("char")  # "verleiht ihrer Wiebke ...": her Wiebke, a role's name
                        named = (
                            self._nicknamed_in(m.group("appos"), m.start("appos"))
                            if rx is _ROLE_SPOKEN_BY and m.group("appos")
                            else None
                        )
                        if named:
                            char = named  # "Den Scene-Stealer, einen Papageientaucher namens Reginald, spricht X"
                        elif rx in (_ROLE_SPOKEN_BY, _ROLE_LENT_VOICE) and self._definite_role(m):
                            char = m.group("char")  # "Den Fabrikdirektor spricht X": a definite role, as written
                        elif rx in (_LENDS_VOICE_BARE, _BARE_ROLE_SPOKEN_BY):
                            # "leiht Flämmchen ihre Stimme", "Brummbart spricht der junge X": a bare name, however
                            # much it looks like a noun, is a name (a common word only with an apposition after it:
                            # "leiht Blitz, der eitlen Libelle, ihre Stimme")
                            appos = rx is _LENDS_VOICE_BARE and m.group("appos")
                            if not (
                                self._bare_voice_name(m.group("char")) or (appos and self._named_word(m.group("char")))
                            ):
                                continue
                            if rx is _BARE_ROLE_SPOKEN_BY and not _ARTICLE_PRAISE.fullmatch(
                                self.analysis.text, m.start("gap"), m.end("gap")
                            ):
                                continue  # the article and praise may have been blanked in the reader's copy
                            char = m.group("char")
                        elif titled := self._titled_voice_part(m.group("char")):
                            char = titled  # "Den (Uhu) Professor Kauzig spricht X": a title before one name stays
                        elif self._creature_then_name(m.group("char")):
                            char = m.group("char").split(" ")[-1]  # "Den kleinen Igel Pieks spricht X"
                        elif (
                            char and " " not in char and (self.lex.looks_like_noun(char, "de") or self._role_noun(char))
                        ):
                            char = None  # "Die Hauptrolle ist mit X besetzt": no role's name
                        if not char and rx in (_VOICE_BELONGS, _AS_VOICE_OF):
                            continue  # "Die Stimme der Vernunft gehört X": a figure of speech, no voice role
                        self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _voices_named_around(self) -> None:
        """ "Fridolin leiht X seine Stimme", "Die Maus Pippa, der X ihre Stimme leiht, ...": voice parts whose name
        stands before the speaker."""
        text = self.text
        # (only the sentences that hold "Stimme" are tried)
        sentences = sorted({self.analysis.sentence_of(pos) for pos in self.found("Stimme")})
        for start, end in sentences:
            for rx in (_BARE_ROLE_LENT_VOICE, _ROLE_VOICED_RELATIVE):
                for m in rx.finditer(text, start, end):
                    actor = self.person(m.group("actor"))
                    if not actor or not self.full_name(actor) or self.other_film_before(m.start()):
                        continue
                    raw = m.group("char")
                    if rx is _BARE_ROLE_LENT_VOICE:
                        # a bare name only (the one word is no performer's surname, pronoun or common word)
                        char = raw if self._bare_voice_name(raw) or (self._given(raw) and " " not in raw) else None
                        if not char or char in _PRONOUNS:  # ("Ihm leiht X ...": read with the part before)
                            continue
                    else:
                        char = self.character(raw, m.start("char"))
                        if self._creature_then_name(raw):
                            char = raw.split(" ")[-1]  # "Die Maus Pippa, der X ..."
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _titled_voice_part(self, raw: str) -> str | None:
        """ "Professor Kauzig", "Uhu Professor Kauzig" -> "Professor Kauzig": a title (after a creature's noun) before
        one name that is no given name is how the film names the part."""
        words = raw.split(" ")
        if len(words) == 3 and self._given(words[0]):
            return None
        words = words[-2:] if len(words) == 3 else words
        if len(words) != 2 or words[0] not in self.d.HONORIFICS or self._given(words[1]) or words[1] in self.d.OPENERS:
            return None
        return " ".join(words)

    def _creature_then_name(self, raw: str) -> bool:
        """ "Igel Pieks", "Eule Wilma": a creature or trade noun, then one word that is the part's name."""
        words = raw.split(" ")
        return (
            len(words) == 2
            and not self._given(words[0])
            and (self.lex.looks_like_noun(words[0], "de") or not self.lex.is_first_name(words[0]))
            and words[1] not in self.d.OPENERS
            and not places.canonical(words[1])
            and not [n for n in self.full_names_ending(words[1]) if n != raw]
        )

    def _bare_voice_name(self, raw: str) -> bool:
        """The part of a bare-name voice cue is one capitalised word that is no pronoun, place or common word."""
        return (
            " " not in raw
            and raw not in self.d.OPENERS
            and not self.lex.is_common(raw, "de")
            and not places.canonical(raw)
            and not self.full_names_ending(raw)
        )

    def _voice_run_split(self) -> None:
        """ "leiht Birte Lohmann Krümel ihre Stimme": a run of three words, a performer's full name and a part's name."""
        for m in _LENDS_VOICE_V2_BARE.finditer(self.text):
            words = m.group("run").split(" ")
            if len(words) != 3 or not self.full_name(" ".join(words[:2])):
                continue
            named = m.group("appos") and self._named_word(words[2])
            if not (self._bare_voice_name(words[2]) or named):
                continue  # a common word ("Krümel") is a name only when an apposition ("der kleinen Maus") follows
            self.add("actor", " ".join(words[:2]), m.start("run"), CLEAR, character=words[2])

    def _named_word(self, word: str) -> bool:
        """One capitalised word that may be a part's name when an apposition vouches for it (no opener or place)."""
        return " " not in word and word not in self.d.OPENERS and not places.canonical(word)

    def _object_die_spoken(self) -> None:
        """ "Die Hauptfigur spricht die neunjährige X" (see ``_DIE_ROLE_SPOKEN_BY``)."""
        original = self.analysis.text
        for m in _DIE_ROLE_SPOKEN_BY.finditer(original):
            actor = self.person(m.group("actor"))
            if not actor or not self.full_name(actor):
                continue
            raw = m.group("char")
            char = raw.split(" ")[-1] if self._creature_then_name(raw) else None
            self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _voices_heard(self) -> None:
        """ "Im dänischen Original sind A und B zu hören", "eine Krähe mit der Stimme von X": voices, no parts."""
        text = self.text
        if not self.holds("Stimme von") and not self.holds("zu hören") and not self.holds("hört man"):
            return
        for m in _VOICES_HEARD.finditer(text):
            start, end = (m.start("list"), m.end("list")) if m.group("list") else (m.start("one"), m.end("one"))
            for span in self.runs_in(start, end):
                raw = self.run_text(span)
                actor = self.person(raw)
                if actor and self.full_name(actor) and not self.other_film_before(span[0]):
                    self.add("actor", raw, span[0], CLEAR)

    def _spoken_role(self, raw: str, char: str | None) -> bool:
        """A verb-final "spricht" credits a voice only for a named part: a given name, or a creature or trade noun
        before a name ("die weise Schildkröte Oma Ula")."""
        if not char:
            return False
        words = [t for t in char.split(" ") if t not in self.d.HONORIFICS] or char.split(" ")
        first = raw.split(" ")[0]
        return self._given(words[0]) or (first != char.split(" ")[0] and self._role_noun(first))
