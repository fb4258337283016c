"""Credits, parentheses: "Figur (Schauspieler)" and "Schauspieler (Figur)"."""

from __future__ import annotations

import re

from filmkritik.read import names
from filmkritik.read.credits.blocks import Blocks
from filmkritik.read.credits.common import (
    _AGE,
    _OTHER_FILM_OPEN,
    _PAREN,
    _QUOTE_CLOSE,
    _QUOTED_AFTER,
    _QUOTED_BEFORE,
    _SENTENCE_END,
    _SPLIT_LIST,
    _YEAR,
    CLEAR,
    HINT,
    Hit,
)
from filmkritik.read.lexmatch import occurrences, word_boundary
from filmkritik.read.names import RUN

#: A festival section, an award or a programme in parentheses ("Crystal Globe Competition", "Wettbewerb"): no person.
#: A name's last word that is an initial and its full stop, right before "(": "Josef K. (".
#: "Josef K." before "(": a name word, then an initial's full stop (no sentence end).
_NAME_WITH_INITIAL = re.compile(r"[A-ZÄÖÜ][^\W\d_]+\s+[A-ZÄÖÜ]\.$")
_TRAILING_INITIAL = re.compile(r"(?<![^\W\d_])[A-ZÄÖÜ]\.\s*$")
_EVENT_SECTION = re.compile(
    r"\b(?:Competition|Award|Awards|Prize|Section|Sidebar|Programme|Program|Wettbewerb|Sektion|Reihe|Preis)\s*$"
)
_LISTED_PAREN = re.compile(r"\)(?:,\s|\s+(?:und|and)\s|[.;]?\s*$)")
_WITH_OPENER = re.compile(r"\s*(?:Mit|With|Starring)\s+(?=[^\W\d_a-zäöüß])")
_OTHER_TITLE = re.compile(
    r"(?i)(?:original\s+title|originaltitel|orig\.\s*title|OT|aka|a\.k\.a\.|im\s+original|international\s+title)\b"
)
_PAREN_DIRECTOR = re.compile(r"(?:(?:Co-|Ko-)?Regie|R\.|(?:[Cc]o-)?[Dd]irector|[Dd]ir\.|Regisseur(?:in)?|[Dd]irecting)")
_NOUN_AFTER_PAREN = re.compile(r"\)\s+[A-ZÄÖÜ][a-zäöüß]+(?:[\s,.;:!?]|$)")
_MODIFIED_NAME = re.compile(
    rf"(?:an?|the)\s+(?:(?!(?:of|on|to|for|from|by|with|about|like|in|at)\b)[a-z][\w-]*,?\s+){{1,4}}({RUN})"
)
_PAREN_STOP = frozenset(
    "mit with von by im in aus from nach den die das der dem des ein eine einen not as als nicht doing channeling "
    "channelling imitating impersonating like".split()
)
#: Two capitalised words in a row: in a German remark, a name (nouns stand alone or after lower-case words).
_TWO_CAPITALS = re.compile(r"[A-ZÄÖÜ][\w'’-]*\s+[A-ZÄÖÜ]")
_IMPERSONATION = frozenset("doing channeling channelling imitating impersonating like".split())


_PAREN_AS_ROLE = re.compile(rf"(?:als|as)\s+({RUN})")
_PAREN_PLAYED_BY = re.compile(
    r"\s*(?:[a-zäöüß]+\s+){0,3}?(?:gespielt|verkörpert|dargestellt|gesprochen|played|portrayed|voiced)"
    r"(?:\s+[a-zäöüß]+){0,2}?\s+(?:von|vom|by)\s+(?:(?:der|dem|the)\s+)?(?:[a-zäöüß]+\s+){0,2}"
)


#: A line opening with a list number before a film's name ("5. The Long Field").
_NUMBERED_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)]|#\d{1,2})[ \t]+[^\n]{1,80}$")


#: A transcript's speaker label in capitals right before the parenthesis: "HOST (Name):".
_SPEAKER_LABEL_BEFORE = re.compile(
    r"(?:^|\n)\s*(?:HOST|CO-HOST|GUEST|MODERATOR|MODERATORIN|MODERATION|PRESENTER|INTERVIEWER|CRITIC|REPORTER|ANCHOR|"
    r"SPRECHER|SPRECHERIN|GAST|KRITIKER|KRITIKERIN)$"
)


#: ", ein Zahnarzt mit Hang zum ": an indefinite apposition up to the noun before a parenthesis.
_NAME_THEN_APPOSITION_DE = re.compile(r",\s+(?:ein|eine)\s+[^,.;:()!?\n]{2,70}?\s+$")
_PREPOSITION_WORDS_DE = frozenset("zum zur mit vom im am auf für ohne".split())


def _alone_not_before_s(text: str, word: str) -> bool:
    """Whether ``re.search(rf"\\b{re.escape(word)}\\b(?!s)", text)`` finds a match, without compiling that pattern
    per word: a place of ``word`` with a word boundary on both sides and no "s" after it."""
    size = len(word)
    return any(
        word_boundary(text, at) and word_boundary(text, at + size) and not text.startswith("s", at + size)
        for at in occurrences(text, word)
    )


class Parentheses(Blocks):
    """Reader layer: roles and actors in parentheses."""

    # -- parentheses -----------------------------------------------------------

    def parentheses(self) -> None:
        text = self.text
        for m in _PAREN.finditer(text):
            if self.in_block(m.start()):
                continue  # "Actor (Role)" inside a credit list is read there
            body = m.group(1).strip()
            if _OTHER_TITLE.match(body):
                continue  # "(original title: Fyrvokteren)", "(OT: ...)": a title, not an actor
            before = text[max(0, m.start() - 200) : m.start()]
            stripped = before.rstrip()
            if _SPEAKER_LABEL_BEFORE.search(stripped):
                continue  # "HOST (Dana Whitcombe):", "MODERATION (Anja Reinholz)": a transcript's speaker
            if _QUOTED_AFTER.match(body) or body[:1] in '„“"»«':
                # "Name („Film“, „Film“)": a filmography; the name before is a performer (or a director).
                span = self.runs.ending_at(m.start())
                if span and not self.other_film_before(m.start()):
                    self.add("actor", self.run_text(span), span[0], HINT)
                continue
            low = body.lower()
            as_role = _PAREN_AS_ROLE.fullmatch(body)
            if as_role:
                # "Lena Brauer (als Wiebke) und Tom Kessler (als Piet)": the actor before, the role inside
                outer = self.runs.ending_at(m.start())
                if outer and self.full_name(self.run_text(outer)):
                    char = self.character(as_role.group(1), m.start(1) + as_role.start(1))
                    self.add("actor", self.run_text(outer), outer[0], CLEAR, character=char)
                continue
            if re.match(r"(?:foto|photo|bild|credit|quelle|©)\s*:?", low) or body.startswith("©"):
                self._photo(body, m.start())
                continue
            if re.match(r"(?:mit|with)\s", body):
                if self.other_film_before(m.end()) or _QUOTED_BEFORE.search(stripped):
                    quoted = _QUOTED_BEFORE.search(stripped)
                    if quoted and not self.is_film_title(quoted.group(1)):
                        continue
                for name, pos in self.list_after(m.start(1) + body.find(" ") + 1):
                    self.hits.append(Hit("actor", name, pos, CLEAR))
                continue
            if (
                (_SENTENCE_END.search(stripped) and not _NAME_WITH_INITIAL.search(stripped))
                or not stripped
                or stripped.endswith("\n")
            ):
                self._caption_credit(body, m)
                continue
            if stripped[-1:] in _QUOTE_CLOSE:
                continue  # "„Film“ (Name)": about that film
            if " " not in body and _NUMBERED_HEADING.search(before) and text[m.end() : m.end() + 1] in ("\n", ""):
                continue  # "5. The Long Field (Arcadia)": a round-up's numbered heading, the film and its platform
            if _PAREN_DIRECTOR.fullmatch(body):
                # "Jolanda Reimer (Regie) und Ivo Marinković (Buch)": the name before the label directs
                outer = self.runs.ending_at(m.start())
                if outer and self.full_name(self.run_text(outer)):
                    self.add("director", self.run_text(outer), outer[0], CLEAR)
                continue
            if re.search(r"(?i)director|regie|writer|drehbuch", body):
                continue
            if _EVENT_SECTION.search(body):
                continue  # "Karlovy Vary International Film Festival (Crystal Globe Competition)": a festival's section
            body_clean = body
            if ":" in body_clean:
                body_clean = body_clean.rsplit(":", 1)[1]
            played = _PAREN_PLAYED_BY.match(body_clean)
            if played:
                body_clean = body_clean[played.end() :]  # "Gesa (gespielt von X)", "Ray (played by X)"
            body_clean = _AGE.sub("", body_clean).strip()
            actors = self._paren_actors(body_clean, m.start(1))
            if not actors and names.RUN_RE.fullmatch(body_clean) and self._role_in_parens(body_clean):
                actors = [(body_clean, m.start(1))]  # "Pavel Simek (Milan)": a given name that is also a place
            if not actors:
                continue
            if len(actors) == 1 and self._role_in_parens(actors[0][0]):
                # "Mark Arnott (Paul)": some critics put the role in the parentheses.
                outer = self.runs.ending_at(m.start())
                raw = self.run_text(outer) if outer else ""
                if outer and self.full_name(raw) and not self._given(raw):
                    self.add("actor", raw, outer[0], CLEAR, character=actors[0][0])
                continue
            if self.code == "de" and any(" " not in a and not self.full_names_ending(a) for a, _ in actors):
                continue  # a lone German word in parentheses is rarely a stage name ("Opfer (Annette)")
            if len(actors) == 1 and self._in_with_list(m.start()):
                # "Mit Sanne Voss (Gesa Berg), Ole Fries (Ruben)": a cast line, the role inside the parentheses
                outer = self.runs.ending_at(m.start())
                outer_name = self.person(self.run_text(outer)) if outer else None
                if outer and outer_name and self.full_name(outer_name):
                    char = self.character(body_clean, m.start(1))
                    self.add("actor", self.run_text(outer), outer[0], CLEAR, character=char)
                    continue
            chars = self._characters_before(m.start())
            if chars and len(chars) == len(actors):
                for (char, _cpos), (actor, apos) in zip(chars, actors, strict=True):
                    self.hits.append(Hit("actor", actor, apos, CLEAR, character=char))
            else:
                for actor, apos in actors:
                    if " " in actor or self.full_names_ending(actor):
                        self.hits.append(Hit("actor", actor, apos, CLEAR))

    def _in_with_list(self, pos: int) -> bool:
        """Whether ``pos`` lies in a line or sentence that opens a cast list ("Mit A (X), B (Y)", "With A (X), ...")
        with no full stop before it."""
        start = max(self.text.rfind("\n", 0, pos), self.analysis.sentence_of(pos)[0] - 1) + 1
        end = self.text.find("\n", pos)
        line = self.text[start : end if end >= 0 else len(self.text)]
        # a list: at least two parenthesised items ("Mit Gesa Berg (X) hat der Film ..." is prose)
        return (
            _WITH_OPENER.match(line) is not None
            and "." not in self.text[start:pos]
            and len(_LISTED_PAREN.findall(line)) >= 2
        )

    def _paren_actors(self, body: str, offset: int) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        modified = _MODIFIED_NAME.fullmatch(body.strip()) if self.code == "en" else None
        if modified:
            # "Otto (a dour, brilliant Tom Hanksley)": one performer after a list of adjectives
            name = self.person(modified.group(1))
            pos = self.text.find(modified.group(1), offset)
            return [(name, pos if pos >= 0 else offset)] if name and " " in name else []
        bare_first = False
        for item in _SPLIT_LIST.split(body):
            item = item.strip()
            if not item:
                continue
            # "a stilted Omar Lind", "and miscast Ivy Marsh": lower-case words before the name.
            lead = re.match(r"^(?:(?:[a-zäöü][\w-]*)\s+){0,3}", item)
            words = lead.group().split() if lead else []
            if not out:
                bare_first = not words  # "(Tilda Ravenscroft, ...)", not "(the daughter of X, ...)"
            if any(w in _PAREN_STOP for w in words) and (not out or any(ch.isupper() for ch in item)):
                # "(Vincent Dale, doing his best Joe Pesci)": the remark after the actor names no performer.
                if (out and words[0] in _IMPERSONATION) or self._german_remark(out, bare_first, item):
                    return out
                return []
            core = (item[lead.end() :] if lead else item).strip()
            m = names.RUN_RE.fullmatch(core) or names.RUN_RE.fullmatch(core.rstrip(". "))
            if not m and len(out) == 1 and bare_first and not any(ch.isupper() for ch in item):
                return out  # "(Tilda Ravenscroft, camping it up)", "(X, in a too-brief role)"
            if not m:
                return []
            name = self.person(m.group())
            if not name or _YEAR.search(core):
                return []
            pos = self.text.find(core, offset)
            out.append((name, pos if pos >= 0 else offset))
        return out

    def _german_remark(self, out: list[tuple[str, int]], bare_first: bool, item: str) -> bool:
        """ "Bruno (Aurelio Fontana, in seiner besten Rolle seit Jahren)": after one bare name, a German remark opened by
        a lower-case word (its nouns capitalised) names no second performer, unless it holds a name or a title."""
        return (
            self.code == "de"
            and len(out) == 1
            and bare_first
            and item[:1].islower()
            and not _TWO_CAPITALS.search(item)
            and not any(q in item for q in _OTHER_FILM_OPEN)
        )

    def _characters_before(self, pos: int) -> list[tuple[str, int]]:
        """The character(s) named right before "(": "Greta", "Hank and Lou", "dem Bürgermeister"."""
        text = self.text
        span = self.runs.ending_at(pos)
        genitive = False
        if not span and _TRAILING_INITIAL.search(text, max(0, pos - 4), pos):
            # "Josef K. (X)", "die Journalistin Anna M. (X)": a name ending in an initial and its full stop
            span = self.runs.ending_at(text.rfind(".", 0, pos))
        if not span:
            # "Bertholds (" / "the Admiral’s (": a possessive before the parenthesis.
            j = pos
            while j > 0 and text[j - 1] == " ":
                j -= 1
            for suffix in ("’s", "'s", "s"):
                if text[:j].endswith(suffix):
                    span = self.runs.ending_at(j - len(suffix))
                    if span and suffix == "s":
                        span = None
                    genitive = True
                    break
            if not span:
                span = self.runs.ending_at(j)
                if span and text[span[1] - 1] == "s":
                    genitive = True
                else:
                    span = None
        if not span:
            return []
        if self.code == "de" and self._genitive_of_relation(span[0]):
            return []  # "Die Mutter des Opfers (X)": the role is the relation, the genitive no role of its own
        raw = self.run_text(span)
        if (genitive or self.code == "de") and raw.endswith("s") and not raw.endswith("ss"):
            stem = raw[:-1]
            if _alone_not_before_s(text, stem) or (
                self._given(stem) and not self._given(raw) and _NOUN_AFTER_PAREN.match(text, text.find(")", pos))
            ):
                raw = stem  # "Neles (X) Vater": the genitive of a role's name
        char = self.character(raw, span[0])
        if char and self.code == "de" and " " not in char and not self._given(char):
            # "Torsten, ein Zahnarzt mit Hang zum Alkohol (X)": a noun after a preposition ends an apposition; the
            # name before the apposition is the part
            appos = _NAME_THEN_APPOSITION_DE.search(text, max(0, span[0] - 90), span[0])
            if appos and self._word_before(span[0]) in _PREPOSITION_WORDS_DE:
                named = self.runs.ending_at(appos.start())
                if named:
                    char = self.character(self.run_text(named), named[0])
                    span = named
        if not char:
            return []
        out = [(char, span[0])]
        # "Hank and Lou (A and B)": walk back over "X and"/"X,".
        cur = span[0]
        while True:
            m = re.search(r"(?:,|\s(?:and|und|&))\s*$", text[max(0, cur - 6) : cur])
            if not m:
                break
            prev = self.runs.ending_at(cur - (len(text[max(0, cur - 6) : cur]) - m.start()))
            if not prev:
                break
            other = self.character(self.run_text(prev), prev[0])
            if not other:
                break
            out.insert(0, (other, prev[0]))
            cur = prev[0]
        return out
