"""Credits, voices: "X leiht Y ihre Stimme", "voiced by", casting ("besetzt mit"), small roles."""

from __future__ import annotations

import re

from filmkritik.read import lexmatch
from filmkritik.read.credits.clauses import Clauses
from filmkritik.read.credits.common import _VOICE_ADJS, CLEAR
from filmkritik.read.names import RUN

_CAST_WITH = re.compile(
    rf"(?:(?:Die|die)\s+(?:Haupt|Titel|Neben)?(?:[Rr]olle|Figur)\s+(?:der|des)\s+(?:[a-zäöüß]+\s+){{0,2}})?(?P<char>{RUN})"
    rf"\s+ist\s+(?:[a-zäöüß]+\s+){{0,2}}mit\s+(?:(?:der|dem)\s+)?(?:[a-zäöüß]+\s+){{0,2}}(?P<actor>{RUN})"
    rf"\s+(?:[a-zäöüß]+\s+){{0,3}}besetzt"
)
_LENDS_VOICE = re.compile(
    rf"(?P<actor>{RUN})\s+(?:leiht|lieh|gibt|gab)\s+(?:[a-zäöüß]+\s+){{0,3}}?(?:dem|der|den)\s+(?:[a-zäöüß]+\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}(?:seine|ihre|die)\s+{_VOICE_ADJS}Stimme"
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
    rf"(?:(?:hier|dabei|auch|im\s+Original|in\s+der\s+deutschen\s+Fassung)\s+)?(?P<actor>{RUN})"
    r"(?![\w’'-])(?![^.;!?\n]*\s(?:an|auf|aus|zu|nach|los|ab|heilig|frei|schuldig)[.;!?])"
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
    rf"the\s+voice\s+of)\s+(?:the\s+)?(?P<char>{RUN})"
)


class Voices(Clauses):
    """Reader layer: voices and casting."""

    def _english_voices_and_small_roles(self) -> None:
        text = self.text
        if " voice" in text:
            # "X lends her voice to Madame Corbeau", "X returns as the voice of Pemberton"
            for m in _VOICE_OF_EN.finditer(text):
                if self._performer_en(m.group("actor")) and not self.other_film_before(m.start()):
                    char = self.character(m.group("char"), m.start("char"))
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        if " roles," not in text and " parts," not in text:
            return
        for m in _SMALL_ROLES.finditer(text):
            sentence = self.analysis.sentence_of(m.start())
            for a in self.p.as_word.finditer(text, m.end(), sentence[1]):
                span = self.runs.ending_at(a.start())
                if span and self.full_name(self.run_text(span)):
                    self.add("actor", self.run_text(span), span[0], CLEAR)

    def _casting_and_voices(self) -> None:
        """ "Die Rolle der Wiebke ist mit X ideal besetzt", "X leiht der Füchsin Wiebke ihre Stimme", "Wiebke bekommt
        ihre Stimme von X", "Im Original spricht X den Kater Mogli": castings and voice roles (German)."""
        text = self.text
        voices = (
            ("besetzt", _CAST_WITH),
            ("Stimme", _LENDS_VOICE),
            ("Stimme", _LENDS_VOICE_V2),
            ("Stimme", _LENDS_VOICE_RELATIVE),
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
            pos = text.find(word)
            done = -1
            while pos >= 0:
                sentence = self.analysis.sentence_of(pos)
                if sentence[0] > done:
                    done = sentence[1]
                    for m in rx.finditer(text, sentence[0], sentence[1]):
                        actor = self.person(m.group("actor"))
                        if not actor or not (self.full_name(actor) or self._voice_name(actor)):
                            continue
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
                        elif (
                            char and " " not in char and (self.lex.looks_like_noun(char, "de") or self._role_noun(char))
                        ):
                            char = None  # "Die Hauptrolle ist mit X besetzt": no role's name
                        if not char and rx in (_VOICE_BELONGS, _AS_VOICE_OF):
                            continue  # "Die Stimme der Vernunft gehört X": a figure of speech, no voice role
                        self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
                pos = text.find(word, pos + len(word))

    def _spoken_role(self, raw: str, char: str | None) -> bool:
        """A verb-final "spricht" credits a voice only for a named part: a given name, or a creature or trade noun
        before a name ("die weise Schildkröte Oma Ula")."""
        if not char:
            return False
        words = [t for t in char.split(" ") if t not in self.d.HONORIFICS] or char.split(" ")
        first = raw.split(" ")[0]
        return self._given(words[0]) or (first != char.split(" ")[0] and self._role_noun(first))
