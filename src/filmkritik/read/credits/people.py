"""Credits, people: a raw name made a person, hits added, name lists after a cue, and the surname index."""

from __future__ import annotations

import re
from collections import defaultdict

from filmkritik.model import Span
from filmkritik.read import names, places
from filmkritik.read.credits.common import (
    _ARTICLES,
    _LIST_GLUE,
    _LOWER_WORD,
    _QUOTED_BEFORE,
    Hit,
    _fold,
    is_relation_noun,
    is_role_noun,
)
from filmkritik.read.credits.judging import Judging

#: Words for a part, never a performer ("Die Titelrolle, wenn man so will, spielt die Skyline").
_PART_WORDS = frozenset(
    "Titelrolle Hauptrolle Nebenrolle Rolle Figur Titelfigur Hauptfigur Titelheld Titelheldin".split()
)
#: "aus"/"from" right before a name: where a band or a team comes from.
_FROM_BEFORE = re.compile(r"\b(aus|from)\s+$")
_PAREN_AFTER = re.compile(r"\s*\([^()\n]{0,60}\)")
_AS_AFTER = re.compile(r"\s+(?:als|as)\s+[^,.;\n]{1,40}(?=,)")
_PARTICLE_WORD = re.compile(r"^(?:von|van|de|di|da|du|del|zu)$")
#: Words a list of names may skip: articles, adverbs and the modifiers critics put before a name.
_LIST_SKIP = _ARTICLES | frozenset(
    """vor allem aber auch sogar und sowie zudem ebenfalls natürlich newcomer miscast young veteran
    also even and especially notably particularly great wonderful""".split()
)
_LIST_STOP = frozenset(
    """als as in im the who which that where whose to from of by with for von mit für zu aus bei nach an am auf
    ist sind war waren is are was were hat has have had hatte wird will comes come gets der des dem""".split()
)
_LIST_SEP = re.compile(r"(?:\s*,\s*(?:(?:und|and)\s+)?|\s+(?:und|and|&|sowie)\s+|\s*;\s*)")


#: "Accra-born", "London-based": a hyphenated word of origin before a director's or an actor's noun.
_DESCRIBING_SUFFIXES = frozenset("born based raised bred trained educated reared native".split())


#: A TV listing's time-slot header: a time, a channel, the programme's quoted title ("22.45 Uhr, ZDF: „Y“",
#: "10.30pm, BBC Two: 'Y' (2018)").
_LISTING_HEADER = re.compile(
    r"(?m)^[ \t]*\d{1,2}(?:[.:]\d{2}[ \t]*(?:Uhr|h|am|pm)?|[ \t]*(?:Uhr|am|pm))\b[^\n]{0,40}?[„“\"'‘»](?P<title>[^„“”\"'‘’«»\n]{2,80})[“”\"'’«]"
    # a time slot and its channel alone on a line, the programme's title on the next ("22.00 Uhr · ZDFneo" / "Titel");
    # a clock time only, and no time opening the next line: a podcast's chapter marks ("41:50 Unser Tipp" /
    # "47:20 Outro") are no programmes
    r"|^[ \t]*(?:[01]?\d|2[0-3])[.:][0-5]\d[ \t]*(?:Uhr|h)?[ \t]*(?:[·|,–—-][ \t]*)?[^\n.!?„“\"»]{0,30}\n"
    r"(?![ \t]*\d{1,2}[.:]\d{2}\b)[ \t]*(?P<next>[^\n]{2,80}?)[ \t]*$"
)


class People(Judging):
    """Reader layer: people, hits and the surname index."""

    def person(self, raw: str) -> str | None:
        """The person name in a run, or None (companies, nouns, digits); memoised per review."""
        if raw in self._persons:
            return self._persons[raw]
        name = self._person(raw)
        self._persons[raw] = name
        return name

    def _person(self, raw: str) -> str | None:
        words = raw.split(" ")
        if len(words) > 1 and not self.d.ORGANISATION_WORDS.isdisjoint(words):
            return None  # "Die Stadtwerke Lindau", "Environment Agency": an organisation
        if (
            self.code == "de"
            and len(words) >= 3
            and self.lex.is_lower_word(words[0], "de")
            and not self.lex.is_first_name(words[0])
            and not self.lex.is_common(words[0], "de")
        ):
            # "Ausgerechnet Tom Vogt", "Bestenfalls Ida Kern": an adverb opening the sentence
            words = words[1:]
            raw = " ".join(words)
        if self.code == "de" and len(words) >= 2:
            # "Den Förster Jupp", "Försterin Grete Mia Sand": a trade word before a name describes
            k = 1 if words[0] in self.d.OPENERS else 0
            if (
                k < len(words) - 2
                and words[k].endswith("er")
                and places.canonical(words[k][:-2])
                and self._trade_noun(words[k + 1])
            ):
                k += 1  # "der Wiener Kabarettist X": a city's adjective before the trade
            if k < len(words) - 1 and self._trade_noun(words[k]) and not self.lex.is_given(words[k]):
                words = words[k + 1 :]
                raw = " ".join(words)
            k = 1 if words[0] in self.d.OPENERS and words[0] not in self.d.HONORIFICS else 0
            if k < len(words) - 1 and self._character_title(words[k]):
                return None  # "Kapitänin Soraya Brandl übernimmt das Kommando": a title marks a character
        lead = 1 if len(words) > 3 and words[0] in self.d.OPENERS else 0
        if len(words) > lead + 2 and (
            words[lead] in self.d.NATIONALITY_NOUN
            # "des Polen Tomasz Wierzbicki": a country's name is also its people's plural and genitive
            or (self.code == "de" and words[lead] in self.d.COUNTRIES and self.lex.is_given(words[lead + 1]))
        ):
            raw = " ".join(words[lead + 1 :])  # "Der Ire Colm Devlin": a nationality before the name
        if self.code == "en" and " " not in raw and "-" in raw and self._hyphenated_description(raw):
            return None  # "Accra-born", "London-based", "Iranian-American": a description before a director noun
        name = names.trim_person(raw, self.code, self.lex, self.p.cues)
        if not name:
            return None
        parts = names.tokens(name)
        if (
            self.code == "de"
            and len(parts) >= 2
            and parts[-2].endswith("s")
            and not self.lex.is_first_name(parts[-2])  # "Hannes Grützmacher", "Niklas Schumacher"
            and self.lex.looks_like_noun(parts[-1], self.code)
            and not self.lex.is_first_name(parts[-1])
        ):
            return None  # "Ursulas Schwester", "Will Smiths Nachwuchs": a genitive and a noun
        if (
            self.code == "de"
            and len(parts) == 3
            and parts[0].endswith("s")
            and not self.lex.is_first_name(parts[0])
            and is_relation_noun(parts[1], self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
        ):
            return None  # "Marthes Tochter Lucie": a genitive, a relation and a part's name
        if raw.isupper():
            # ALL-CAPS runs are mostly film titles; a name counts only when the text also spells it normally.
            spelled = self._spellings().get(_fold(name))
            if not spelled:
                return None
            name = spelled
        parts = names.tokens(name)
        if any(t in self.d.COMPANY_WORDS for t in parts) or (len(parts) == 1 and parts[0] in self.d.COMPANY_BRANDS):
            return None
        if self.is_film_title(name) and " " in name:
            return None  # a film called like a person ("Paula Brenner") is no person here
        if name in self.d.COUNTRIES or name in self.d.HONORIFICS or places.canonical(name):
            return None  # "Rio de Janeiro as Bond follows a lead": a place
        if len(parts) == 1 and (parts[0].lower() in self.d.NATIONALITY_ADJ or self._demonym(parts[0])):
            return None  # (also inflected: "den schweigsamen Dänen")
        return name

    def _character_title(self, word: str) -> bool:
        """A German title, rank or kinship word that names a character ("Kapitänin", "Leutnant", "Tante")."""
        titles = self.d.CHARACTER_TITLES
        return word in titles or (word.endswith("in") and word[:-2] in titles)

    def _hyphenated_description(self, word: str) -> bool:
        """One hyphenated word that describes a person: a place and a participle ("Accra-born", "London-based") or
        nationalities only ("Iranian-American", "Switzerland-Italy")."""
        parts = word.split("-")
        if parts[-1] in _DESCRIBING_SUFFIXES:
            return True  # (not "Ji-woo", "Chin-ho": given names with a lower-case second part)
        return all(
            p.lower() in self.d.NATIONALITY_ADJ or p in self.d.COUNTRIES or p in self.d.NATIONALITY_NOUN for p in parts
        )

    def other_programme(self, pos: int) -> bool:
        """Whether ``pos`` stands under a TV listing's time-slot header of another programme ("22.45 Uhr, ZDF: „Y“"
        after the reviewed film's "20.15 Uhr, ARD: „X“"): its "Mit A, B" line credits that film, not this one."""
        if self._listing_headers is None:
            self._listing_headers = [
                (m.start(), m.group("title") or m.group("next")) for m in _LISTING_HEADER.finditer(self.text)
            ]
        headers = self._listing_headers
        if len(headers) < 2 or pos < headers[0][0]:
            return False
        film = next((i for i, (_, title) in enumerate(headers) if self.is_film_title(title)), 0)
        current = max(i for i, (at, _) in enumerate(headers) if at <= pos)
        return current != film and not self.is_film_title(headers[current][1])

    def add(self, role: str, raw: str, start: int, strength: int, **extra: str | None) -> str | None:
        if role == "actor" and (raw.rsplit(" ", 1)[-1] in _PART_WORDS or self._place_after_from(raw, start)):
            return None  # ("Die Titelrolle, wenn man so will, spielt die Skyline": the part's word, no performer)
        name = self.person(raw)
        if name:
            self.hits.append(Hit(role, name, start, strength, **extra))  # type: ignore[arg-type]
        return name

    def _place_after_from(self, raw: str, start: int) -> bool:
        """ "Die Blaskapelle aus Oberried spielt ...", "the choir from Tulsk plays ...": a place after "aus"/"from"
        is where a band or team comes from, no performer (a single word or a known place; "a turn from Jo Mills"
        names one)."""
        before = _FROM_BEFORE.search(self.text, max(0, start - 6), start)
        if not before:
            return False
        return bool(places.canonical(raw)) or (before.group(1) == "aus" and len(raw.split()) == 1)

    def other_film_before(self, pos: int) -> bool:
        """Whether a parenthesis opened before ``pos`` follows another film's quoted title."""
        sentence = self.analysis.sentence_of(pos)
        head = self.text[sentence[0] : pos]
        opened = head.rfind("(")
        if opened < 0 or head.rfind(")") > opened:
            return False
        quoted = _QUOTED_BEFORE.search(head[:opened])
        return quoted is not None and not self.is_film_title(quoted.group(1))

    def list_after(self, pos: int, *, limit: int = 12, skip: int = 3) -> list[tuple[str, int]]:
        """Person runs listed from ``pos``: "A, B und C", "Tom Weller, die große X als Y, vor allem aber Z"."""
        out: list[tuple[str, int]] = []
        text, n = self.text, len(self.text)
        while len(out) < limit and pos < n:
            skipped = 0
            article = False
            while skipped < skip:
                m = _LOWER_WORD.match(text, pos)
                if not m or m.group() in _LIST_STOP:
                    break
                word = m.group()
                if not (word in _LIST_SKIP or (article and word.endswith(("e", "en", "er")))):
                    break
                article = word in _ARTICLES
                pos = m.end()
                while pos < n and text[pos] in " \u00a0":
                    pos += 1
                skipped += 1
            span = self.runs.starting_at(pos)
            if not span:
                break
            raw = self.run_text(span)
            name = self.person(raw)
            if not name or not self._starts_with_person(raw, name):
                break
            if len(names.tokens(name)) == 1 and not self.full_names_ending(name) and (not out or self.code == "de"):
                break  # a lone word opening a list, or a German noun, is too weak ("Zone of ...")
            out.append((name, span[0]))
            pos = span[1]
            m = _PAREN_AFTER.match(text, pos)
            if m:
                pos = m.end()
            m = _AS_AFTER.match(text, pos)
            if m:
                pos = m.end()
            sep = _LIST_SEP.match(text, pos)
            if not sep:
                break
            pos = sep.end()
        return out

    def _starts_with_person(self, raw: str, name: str) -> bool:
        """False when trimming dropped a noun phrase ("Kamera von X"): the run is not a listed person."""
        head = raw[: raw.find(name)] if name in raw else ""
        return not any(
            _PARTICLE_WORD.match(t)
            or (
                self.lex.looks_like_noun(t, self.code)
                and t not in self.p.cues
                # ("und die Sängerin X": a performer's trade before the name keeps it listed)
                and not (self.code == "de" and is_role_noun(t, getattr(self.d, "PERFORMER_NOUNS", frozenset())))
            )
            for t in names.tokens(head)
        )

    def _is_person_like(self, name: str) -> bool:
        parts = names.tokens(name)
        if len(parts) >= 2:
            return self.full_name(name) or len(parts) <= 4
        return bool(self.full_names_ending(parts[0]))

    def full_names_ending(self, token: str) -> list[str]:
        """Full names whose last word is ``token``: the text's full-name runs in text order, then
        the names of hits (as they arrive) that no run gives."""
        for hit in self.hits[self._index_hits :]:
            parts = names.tokens(hit.name)
            if len(parts) >= 2 and hit.name not in self._hit_names[parts[-1]]:
                self._hit_names[parts[-1]].append(hit.name)
        self._index_hits = len(self.hits)
        from_runs = self._run_names_ending(token)
        from_hits = self._hit_names.get(token)
        if not from_hits:
            return from_runs
        return from_runs + [name for name in from_hits if name not in from_runs]

    def _run_names_ending(self, token: str) -> list[str]:
        """The full-name runs whose person name ends with ``token``, in text order.

        Reading a run as a person costs; only the runs holding a word that folds like ``token``
        can end with it (a person name keeps the run's words, at most re-cased or re-accented),
        so only those are read, once per surname asked about.
        """
        found = self._run_names.get(token)
        if found is not None:
            return found
        if self._runs_by_fold is None:
            self._index_runs()
        found = []
        for raw in self._runs_by_fold.get(_fold(token), ()):  # type: ignore[union-attr]
            name = self.person(raw)
            if name and self.full_name(name) and names.tokens(name)[-1] == token and name not in found:
                found.append(name)
        self._run_names[token] = found
        return found

    def _list_ending_at(self, pos: int) -> list[Span]:
        """The runs of a list "A, B and C" whose last run ends at ``pos`` (spaces and a comma skipped)."""
        end = self.runs.ending_at(pos, skip=" \u00a0,")
        if not end:
            return []
        out = [end]
        i = self.runs.spans.index(end) if end in self.runs.spans else -1
        if i < 0:
            return out
        while i > 0 and _LIST_GLUE.fullmatch(self.text, self.runs.spans[i - 1][1], self.runs.spans[i][0]):
            i -= 1
            out.insert(0, self.runs.spans[i])
        return out

    def _spellings(self) -> dict[str, str]:
        """Mixed-case spellings of full names in the text, by their accent-free lower-case form."""
        if self._spelling is None:
            self._index_runs()
        return self._spelling  # type: ignore[return-value]

    def _index_runs(self) -> None:
        """The two indexes of the text's runs of more than one word, from one pass over the runs: each run by the
        folded form of each of its words (``_runs_by_fold``, for :meth:`_run_names_ending`: the distinct runs, in
        the order they first occur; a run the text repeats reads as the same person again) and the first mixed-case
        spelling of each folded run (``_spelling``, for :meth:`_spellings`).

        A review repeats its names, so each distinct run is folded once; a run's folded form is its words' folded
        forms joined when it is its words joined by single spaces (folding maps each character on its own)."""
        by_fold: defaultdict[str, list[str]] = defaultdict(list)
        spelling: dict[str, str] = {}
        for raw in dict.fromkeys([raw for raw in self.run_texts() if " " in raw]):
            words = names.tokens(raw)
            folds = list(map(_fold, words))
            for key in dict.fromkeys(folds):
                by_fold[key].append(raw)
            if not raw.isupper():
                spelling.setdefault(" ".join(folds) if " ".join(words) == raw else _fold(raw), raw)
        self._runs_by_fold = by_fold
        self._spelling = spelling
