"""Credits, assembly: hits pooled per person, non-actors filtered out, the film's directors and cast built."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from filmkritik.model import CastCredit, Director, Named, Person, Span
from filmkritik.read import lexmatch, names
from filmkritik.read.analysis import Analysis
from filmkritik.read.credits import full_roles_en, listings_en, slots_en
from filmkritik.read.credits.common import (
    _CAST_ROLES,
    _OTHER_FILM_OPEN,
    _QUOTED_TITLE,
    CLEAR,
    CREDIT,
    HINT,
    Hit,
    _fold,
    _norm,
    is_relation_noun,
)
from filmkritik.read.credits.pairings import Pairings

_NICK_QUOTES = ("„", "‚", "»", '"', "‘")
_ARTICLE_CHARACTERS = frozenset("La Le Les El Il Lo Der Die Das The Den Dem".split())
_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III"})
_SUFFIX_FOLDS = frozenset(map(_fold, _SUFFIXES))
#: A sentence led by a quoted title and what critics write after one ("„X“ des Österreichers Y", "„X“: ...").
#: English: another film's quoted title, then the clause about it ('"Neon Cathedral," in which X plays').
_OTHER_FILM_WHICH_EN = re.compile(
    r"[“\"]([A-Z0-9][^“\"”\n]{0,60}?),?[”\"],?\s+(?:in\s+which|where|which\s+stars|starring|with)\s"
)
#: A round-up's other films: "Also new this week: ...", "Also opening: ...".
_ALSO_NEW_EN = re.compile(
    r"(?:(?<=\n)|(?<=[.!?]\s))Also\s+(?:new|out|opening|streaming|showing|playing|worth|in\s+(?:cinemas|theaters|theatres))"
    r"[^.:\n]{0,40}:\s"
)
#: A German round-up's other films: "Außerdem neu:", "Ebenfalls neu im Kino:", "Auch neu:".
_ALSO_NEW_DE = re.compile(
    r"(?:(?<=\n)|(?<=[.!?]\s))(?:Außerdem|Ebenfalls|Auch|Ebenso)\s+(?:neu|frisch)[^.:\n]{0,30}:\s"
)
#: Another film's quoted title, then its maker: "„Kiesgrube“ von Y", "'Glass Harbour', from Scottish filmmaker Y".
_CLOSING_QUOTES = frozenset("“”\"«’'")
_OTHER_TITLE_BY = re.compile(
    r"[„“\"»‘'](?P<title>[A-ZÄÖÜ0-9][^„“\"»«”’'\n]{0,60})[“”\"«’'],?\s+(?:von|vom|from|by)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}[A-ZÄÖÜ]"
)
#: Another film's quoted title, an apposition, then its maker: "'Copper Heart', a lumbering biopic by Y in which X
#: plays ...", "„Grauzone“, ein Polizeifilm von Y, in dem X ...".
_OTHER_TITLE_APPOSED_BY = re.compile(
    r"[„“\"»‘'](?P<title>[A-ZÄÖÜ0-9][^„“\"»«”’'\n]{0,60})[“”\"«’'],\s+(?:a|an|the|ein|eine|einem|einen|der|die|das)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:von|vom|from|by)\s+[A-ZÄÖÜ][^,.;:\n]{0,40}$"
)
_APPOSED_TAIL = re.compile(r",\s+(?:a|an|the|ein|eine|einem|einen|der|die|das)\s+(?:[\w-]+\s+){0,3}?[\w-]+")
#: A round-up's numbered heading on a line of its own: "2. NIGHT SHIFT AT THE MUSEUM", "3) Red Water".
_NUMBERED_HEADING = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+(?=[A-ZÄÖÜ0-9„“\"'‘])([^\n]{1,80})$")
_OTHER_FILM_LEAD = re.compile(
    r"[„“\"»]([A-ZÄÖÜ0-9][^„“\"»«\n]{0,60})[“”\"«]\s*(?::|,\s+(?:der|die|das|ein|eine)\s+(?:[\w-]+\s+){0,3}(?:Film|Drama|Komödie|Thriller|Doku\w*|Debüt|Werk)|\s+[–—]\s|\s+(?:des|der|von|vom|aus|erzählt|handelt|folgt|"
    r"zeigt|ist|war|heißt|läuft|startet|beginnt|spielt|by|from|follows|is|tells)\b)"
)
_OTHER_FILM_SENTENCE = re.compile(
    r"(?:In|Im\s+Film|Schon\s+in|Bereits\s+in|Zuletzt\s+in|Damals\s+in)\s+(?:(?:seinem|ihrem|dem|einem|ihrer|seiner)\s+"
    r"(?:[\w-]+\s+){0,3})?[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]"
)
#: A given name, a nickname in quotes, a surname: "Johann „Hansi“ Wurzer", "Leopold 'Poldi' Haindl" (one part).
_NICKNAMED_NAME = re.compile(
    r"(?<![\w-])(?P<given>[A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+)\s+[„“\"»‚‘'](?P<nick>[A-ZÄÖÜ][\w-]+)[“”\"«‘’']\s+"
    r"(?P<surname>[A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+)?)(?![\w-])"
)
_TAIL_BOX = re.compile(
    r"(?im)^[ \t]*(?:more\s+(?:movie\s+|film\s+)?reviews|related(?:\s+(?:articles|stories|reviews))?|read\s+more|"
    r"you\s+(?:might|may)\s+also\s+like|mehr\s+zum\s+thema|lesen\s+sie\s+auch|(?:mehr|weitere)\s+(?:film)?kritiken|"
    r"auch\s+interessant|das\s+könnte\s+sie\s+auch\s+interessieren)[ \t]*:?[ \t]*$"
)


#: A definite article and adjectives right before a noun ("den windigen ").
_DEFINITE_BEFORE = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}$"
)
_OPENING_QUOTES = frozenset("„“\"»‚‘'")
#: ", dem Glühwürmchen", ", der eitlen Libelle": an apposition after a name
_APPOSITION_AFTER_NAME = re.compile(
    r", (?:dem|der|den|die|das|einem|einer|einen) (?:[a-zäöüß]+(?:e|en|er|es) )?[A-ZÄÖÜ][a-zäöüß]+[,.;:]"
)
#: a name after a noun: "Anwalt Duncan", "Wissenschaftler Dr. Godwin"
_NAME_AFTER_NOUN = re.compile(r" (?:Dr\. |Prof\. )?([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")


class Reader(Pairings):
    """The state of reading one review's credits."""

    # -- pooling ---------------------------------------------------------------

    def canonical(self, name: str) -> str:
        """The text's fullest spelling: "Kern" -> "Otto Kern", "OTTO KERN" -> "Otto Kern"."""
        parts = names.tokens(name)
        if len(parts) != 1:
            longer = self._longer_name(parts)
            return longer or self._spellings().get(_fold(name), name)
        token = parts[0]
        full = self.full_names_ending(token)
        if not full and token.endswith("s"):
            full = self.full_names_ending(token[:-1])
        return full[0] if full else name

    def _longer_name(self, parts: list[str]) -> str | None:
        """ "Van Sant" -> "Gus Van Sant Jr.": the one longer full name that ends with these words."""
        core = [t for t in parts if t not in _SUFFIXES]
        found = []
        for full in self.full_names_ending(core[-1]):
            tokens = names.tokens(full)
            if len(tokens) > len(core) and tokens[-len(core) :] == core and full not in self.split_runs:
                found.append(full)
        # Only the few index entries under a suffix ("Jr.") can hold a longer name with one. (Most texts have none:
        # no run holds a word that folds like a suffix and no hit's name ends with one, so each key finds nothing.)
        for key in _SUFFIXES if self._suffixed_entries() else ():
            for full in self.full_names_ending(key):
                tokens = names.tokens(full)
                if [t for t in tokens if t not in _SUFFIXES][-len(core) :] == core and len(tokens) > len(parts):
                    found.append(full)
        # Only a single candidate counts, so the order in which they were found does not matter.
        unique = set(found)
        return found[0] if len(unique) == 1 else None

    def _suffixed_entries(self) -> bool:
        """Whether the surname index (see ``full_names_ending``, which has just indexed every hit) may hold a name under
        a suffix: a run holding a word that folds like one, or a hit's name ending with one."""
        by_fold = self._runs_by_fold
        return (
            by_fold is None
            or not _SUFFIX_FOLDS.isdisjoint(by_fold)
            or any(self._hit_names.get(key) for key in _SUFFIXES)
        )

    def _drop_box_hits(self) -> None:
        """Hits in the few lines under "More movie reviews" / "Mehr zum Thema" belong to other articles."""
        boxes = []
        # (tried only at the line starts, where its "^" lets a match begin: a scan of every character costs more)
        for m in lexmatch.matches_at(_TAIL_BOX, self.text, lexmatch.line_starts(self.text)):
            end = m.end()
            for _ in range(3):
                nxt = self.text.find("\n", end + 1)
                nxt = len(self.text) if nxt < 0 else nxt
                if nxt - end > 160:
                    break  # a paragraph of body text, not a teaser line
                end = nxt
            boxes.append((m.start(), end))
        if boxes:
            self.hits = [h for h in self.hits if not any(s <= h.start < e for s, e in boxes)]

    def _drop_listed_other_films_en(self) -> None:
        """ "ALSO ON" / "OUR PICK TONIGHT" / "Also showing" under an English review: the listed films' directors and
        casts are not the reviewed film's (see :mod:`.listings_en`)."""
        text = self.text

        def names_the_film(start: int, end: int) -> bool:
            said = _norm(text[start:end])
            return any(t and t in said for t in self.titles)

        zones = listings_en.other_film_zones(text, names_the_film)
        if zones:
            self.hits = [
                h
                for h in self.hits
                if h.role not in (*_CAST_ROLES, "director") or not any(s <= h.start < e for s, e in zones)
            ]

    def norm(self, value: str) -> str:
        """:func:`_norm`, memoised for this review (the pooling below compares each name many times)."""
        key = self._norms.get(value)
        if key is None:
            key = self._norms[value] = _norm(value)
        return key

    def _other_film_zones(self) -> list[Span]:
        """Stretches about another film: from a sentence that opens with that film's quoted title ("„Kalte Ernte“
        des Österreichers X erzählt ...", "„Die Kurierin“: ...") to the end of its paragraph, unless the
        reviewed film's title comes back there; and German sentences about a role in another film ("In „Nordlicht“
        spielte X ..."). Round-ups and festival reports review several films on one page."""
        text = self.text
        zones: list[Span] = []
        if not self.titles:
            return zones
        starts = self._sentence_starts
        for q in self._quote_positions():
            i = bisect.bisect_right(starts, q) - 1
            start = starts[i] if i >= 0 else 0
            if q == start:
                m = _OTHER_FILM_LEAD.match(text, start)
                if not m or self.is_film_title(m.group(1)) or m.group(1)[-1:] in ".!?,;…":
                    continue
                if len(m.group(1).split()) > 8:
                    continue  # a line of dialogue, not a title
                para = next((p for p in self.analysis.paragraphs if p[0] <= start < p[1]), (start, len(text)))
                if any(self.is_film_title(t.group(1)) for t in _QUOTED_TITLE.finditer(text, m.end(), para[1])):
                    continue
                zones.append((start, para[1]))
            elif (
                self.code == "en" and (m := _OTHER_FILM_WHICH_EN.match(text, q)) and not self.is_film_title(m.group(1))
            ):
                # '... the morning's screening of "Neon Cathedral," in which X plays a DJ': that film's sentence
                zones.append((q, self.analysis.sentence_of(q)[1]))
            elif self.code == "de" and q - start < 60:
                # "In „Nordlicht“ spielte X die Lehrerin Tove": a sentence about a role in another film
                m = _OTHER_FILM_SENTENCE.match(text, start)
                if m and m.start(1) == q + 1 and not self.is_film_title(m.group(1)):
                    zones.append(self.analysis.sentence_of(start))
        if self.code == "en" and self.holds("Also "):
            for m in _ALSO_NEW_EN.finditer(text):
                # "Also new this week: Hollow Crown Road, which I haven't seen, stars X": a round-up's other film
                para = next((p for p in self.analysis.paragraphs if p[0] <= m.start() < p[1]), (m.start(), len(text)))
                if not any(t and t in _norm(text[m.start() : para[1]]) for t in self.titles):
                    zones.append((m.start(), para[1]))
        if self.code == "de" and (self.holds("neu:") or self.holds("Neu:")):
            for m in _ALSO_NEW_DE.finditer(text):
                # "Außerdem neu: „Brot und Spiele“ (...), eine Komödie von Y mit X": a round-up's other film
                para = next((p for p in self.analysis.paragraphs if p[0] <= m.start() < p[1]), (m.start(), len(text)))
                if not any(t and t in _norm(text[m.start() : para[1]]) for t in self.titles):
                    zones.append((m.start(), para[1]))
        # (the cached positions are the lower-cased text's: the same offsets unless lower-casing changed a length)
        for word in (" von ", " vom ", " from ", " by ") if len(self.low) == len(text) else ():
            for at in self.positions(word):
                # "Im selben Block lief „Kiesgrube“ von Y, mit X als ...", "'Glass Harbour', from filmmaker Y, stars
                # X": another film's title and its maker: the rest of that sentence is about that film (found from
                # the word's cached positions: a closing quote right before it, then the title back to its opening)
                q = at - 1 if text[at - 1 : at] == "," else at
                if not text[q - 1 : q] or (text[q - 1] not in _CLOSING_QUOTES and not self._title_apposed_before(at)):
                    continue
                if text[q - 1] in _CLOSING_QUOTES:
                    m = _OTHER_TITLE_BY.search(text, max(0, q - 64), min(len(text), at + len(word) + 60))
                else:
                    # "'Copper Heart', a lumbering biopic by Y in which X plays ...": an apposition between them
                    m = _OTHER_TITLE_APPOSED_BY.search(text, max(0, at - 110), min(len(text), at + len(word) + 1))
                    q = m.end("title") if m else q
                if m and m.start("title") < q <= m.end():
                    title = m.group("title")
                    if not self.is_film_title(title) and title[-1:] not in ".!?,;…":
                        zones.append((m.start(), self.analysis.sentence_of(m.start())[1]))
        if "\n2. " in text or "\n2) " in text:
            zones += self._numbered_sections()  # (a round-up numbers two films at least)
        return zones

    def _title_apposed_before(self, at: int) -> bool:
        """Whether the last comma in the 80 characters before ``at`` follows a closing quote and opens a short
        apposition that runs up to ``at`` (", a lumbering biopic"): the cheap gate for ``_OTHER_TITLE_APPOSED_BY``."""
        comma = self.text.rfind(",", max(0, at - 80), at)
        return (
            comma > 0
            and self.text[comma - 1] in _CLOSING_QUOTES
            and _APPOSED_TAIL.fullmatch(self.text, comma, at) is not None
        )

    def _numbered_sections(self) -> list[Span]:
        """A round-up of numbered films ("1. THE LONG ACRE ...", "2. NIGHT SHIFT ...", "3. RED WATER"): when one
        heading names the reviewed film, every other heading's section (to the next heading) is about another film."""
        text = self.text
        heads = [
            h
            for h in _NUMBERED_HEADING.finditer(text)
            if len(h.group(1).split()) <= 10 and h.group(1).rstrip()[-1:] not in ".!?:,;"
        ]
        if len(heads) < 2 or heads[0].start() > len(text) // 2:
            return []
        own = [any(t and t in _norm(h.group(1)) for t in self.titles) for h in heads]
        if not any(own):
            own = [i == 0 for i in range(len(heads))]  # (no heading names the title read: the first film leads)
        zones: list[Span] = []
        for i, h in enumerate(heads):
            if not own[i]:
                zones.append((h.start(), heads[i + 1].start() if i + 1 < len(heads) else len(text)))
        return zones

    def _quote_positions(self) -> list[int]:
        """Where an opening quotation mark stands (a title or a quote may start there)."""
        out: list[int] = []
        for mark in _OTHER_FILM_OPEN:
            for pos in self.found(mark):
                out.append(pos)
        return sorted(out)

    def finish(self) -> None:
        self._drop_box_hits()
        zones = self._other_film_zones()
        if zones:
            # another film's people: neither this film's actors nor its roles
            self.hits = [
                h for h in self.hits if h.role not in _CAST_ROLES or not any(s <= h.start < e for s, e in zones)
            ]
        if "\n" in self.text and any(h.role in _CAST_ROLES and self.other_programme(h.start) for h in self.hits):
            # a TV listing's other programmes ("22.45 Uhr, ZDF: „Y“ ... Mit A, B"): their cast and directors
            self.hits = [
                h for h in self.hits if h.role not in (*_CAST_ROLES, "director") or not self.other_programme(h.start)
            ]
        if self.code == "en" and self.titles and "\n" in self.text:
            self._drop_listed_other_films_en()
        if self.code == "en":
            # "The Backcountry Tour (Thursday)", "(Sat 8pm)", "(BBC Two)": a listing's slot, not a performer
            self.hits = [h for h in self.hits if h.role not in _CAST_ROLES or not slots_en.is_slot(h.name)]
        record = self.analysis.record
        film = record.film
        roles: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        first_hit: dict[tuple[str, str], Hit] = {}
        # A name's fullest spelling, once per name: a review repeats its names hit after hit. (The first call
        # indexes every hit's name as written; from then on ``canonical`` answers each name alike.)
        spelled: dict[str, str] = {}
        for hit in self.hits:
            name = spelled.get(hit.name)
            if name is None:
                name = spelled[hit.name] = self.canonical(hit.name)
            hit.name = name
            key = self.norm(hit.name)
            roles[key][hit.role] = max(roles[key][hit.role], hit.strength)
            first_hit.setdefault((key, hit.role), hit)
        self._makers(roles, first_hit)
        actor_keys = {k for k, r in roles.items() if r.get("actor", 0) >= CLEAR}
        # "Marsh’s Viola": a possessive links a role only to someone already known as an actor.
        for hit in self.hits:
            known = self.norm(hit.name) in actor_keys or (
                hit.character is not None and " " in hit.name and self._given_role(hit.character)
            )
            directs = max(
                roles[self.norm(hit.name)].get(r, 0) for r in ("director", "writer", "other_director", "filmography")
            )
            if hit.role == "genitive":
                # "Lena Brauers Wiebke": only for a name the text also gives as a performer's
                hit.role, known = "possessive", roles[self.norm(hit.name)].get("actor", 0) >= HINT
            if hit.role == "possessive" and known and hit.character and directs < CLEAR:
                char = self.character(hit.character, hit.start)
                if char and not self.is_film_title(char):
                    hit.role, hit.character = "actor", char
                    roles[self.norm(hit.name)]["actor"] = max(roles[self.norm(hit.name)]["actor"], CLEAR)
        if self.code == "de":
            self._nicknamed_parts()
            self._no_part_nouns()
        for hit in self.hits:
            if hit.role == "pronoun":
                hit.role = "actor"
                roles[self.norm(hit.name)]["actor"] = max(roles[self.norm(hit.name)]["actor"], HINT)
        characters = {self.norm(h.character) for h in self.hits if h.character and h.role == "actor"}
        # ("Landrat Otmar P.": the name without the rank or office kept before it is that character too)
        characters |= {
            self.norm(c.split(" ", 1)[1])
            for c in {h.character for h in self.hits if h.character and h.role == "actor"}
            if c.count(" ") >= 2 and self._rank_word(c.split(" ", 1)[0])
        }

        film.directors = self._directors(roles, first_hit)
        director_keys = {self.norm(d.name) for d in film.directors}
        cast_seen: set[tuple[str, str]] = set()
        pair_strength: dict[tuple[str, str], int] = {}
        for h in self.hits:
            if h.role == "actor" and h.character:
                key2 = (self.norm(h.character), self.norm(h.name))
                pair_strength[key2] = max(pair_strength.get(key2, 0), h.strength)
        # performers the text also pairs with a part's name (a noun-only part of theirs describes that one)
        noun_parts: dict[str, bool] = {}  # (asked once per part: a review repeats its parts hit after hit)
        for h in self.hits:
            if self.code == "de" and h.role == "actor" and h.character and h.character not in noun_parts:
                noun_parts[h.character] = self._noun_part(h.character)
        named_actors = {
            self.norm(h.name)
            for h in self.hits
            if h.role == "actor" and h.character and not noun_parts.get(h.character, True)
        }
        for hit in self.hits:
            if hit.role != "actor" or not hit.character or hit.character in _ARTICLE_CHARACTERS:
                continue
            here = (self.norm(hit.character), self.norm(hit.name))
            if pair_strength.get((here[1], here[0]), 0) > pair_strength[here]:
                continue  # "Anna Berg (Lina Vogt)" read both ways: the stronger reading (a credit list) wins
            pair = (self.norm(hit.character), self.norm(hit.name))
            if pair in cast_seen or pair[0] == pair[1]:
                continue
            if " " not in pair[0] and any(
                other != pair[0] and pair[0] in (other.split()[0], other.split()[-1])
                for other, actor in pair_strength
                if actor == pair[1]
            ):
                continue  # "Skolnik's Lyle" beside "Lyle Bevins (Garrett Skolnik)": the same role, named in full
            if self._titled_twin(pair, pair_strength):
                continue  # "Sgt. Dell Quint" in the prose beside "Dell Quint" in the credits: the stronger reading
            if self._titled_surname(pair, pair_strength):
                continue  # "Kommissar Ahlers" beside "Hinnerk Ahlers" for the same actor: the full name
            if self.code == "de" and pair[1] in named_actors and noun_parts.get(hit.character, False):
                continue  # "Tammen spielt die Kapitänin" beside "Kapitänin Merle Ahrens (Tammen)": a description
            if self.code == "de" and self._relation_only(hit.character):
                continue  # "Die Mutter (X)", "X als Olafs Vorgesetzte": a relation without a name, no pair
            if self.code == "de" and self._nameless_part(hit.character, hit.name, noun_parts):
                continue  # "X als Tüftler mit ...", "gibt den Immobilienmakler": a part without a name, no pair
            cast_seen.add(pair)
            film.cast.append(CastCredit(hit.character, hit.name, [self.analysis.sentence_of(hit.start)]))
        if self.code == "en" and film.cast and self.d.FULL_ROLE_NAMES:
            # "the night porter, Felix Arden, ... Felix is played by X": the part's full name, as the text gave it
            full_roles_en.complete(self.text, film.cast, {h.name for h in self.hits})
        cast_actors = {a for _, a in cast_seen}
        actors_seen: set[str] = set()
        for hit in self.hits:
            key = self.norm(hit.name)
            if hit.role != "actor" or key in actors_seen:
                continue
            r = roles[key]
            strength = r.get("actor", 0)
            rival = max(
                r.get(x, 0)
                for x in ("writer", "composer", "crew", "critic", "other_director", "filmography", "director")
            )
            if key not in cast_actors:
                if strength < CLEAR and not self._hint_ok(hit):
                    continue
                if rival >= strength or key in director_keys:
                    continue
                if key in characters and strength < CREDIT:
                    continue
                if self.code == "de" and strength < CREDIT and self._described_character(hit.name, characters):
                    continue  # "Wirt Anton" beside the part "Anton": the part with its trade, no performer
            elif r.get("critic", 0) >= CREDIT:
                continue
            actors_seen.add(key)
            film.actors.append(Person(hit.name, [self.analysis.sentence_of(hit.start)]))
        film.writers = self._people("writer", roles, first_hit, characters)
        film.composers = self._people("composer", roles, first_hit, characters)
        if self.distributors and film.distributor is None:
            counts = Counter(self.norm(n) for n, _, _ in self.distributors)
            best = max(self.distributors, key=lambda d: (d[1] + (counts[self.norm(d[0])] > 1), counts[self.norm(d[0])]))
            if best[1] >= CLEAR or counts[self.norm(best[0])] > 1:
                film.distributor = Named(best[0], [self.analysis.sentence_of(best[2])])
        seen_countries: set[str] = set()
        for country, pos in self.countries:
            if country not in seen_countries:
                seen_countries.add(country)
                film.countries.append(Named(country, [self.analysis.sentence_of(pos)]))
        self.analysis.notes["persons"] = {k: dict(v) for k, v in roles.items()}

    def _makers(self, roles: dict[str, dict[str, int]], first_hit: dict[tuple[str, str], Hit]) -> None:
        """A film's maker named only by a genitive ("Ilka Wendlands Drama", "Clara Holms „Titel“") directs it
        unless the text gives that person another job: an actress's "Lena Brauers Film", the writer's "Ilse Korns
        Drama", a producer's or a cinematographer's."""
        for hit in self.hits:
            if hit.role != "maker":
                continue
            key = self.norm(hit.name)
            r = roles[key]
            other_job = max(r.get(x, 0) for x in ("writer", "composer", "crew", "critic", "other_director"))
            if max(r.get("actor", 0), r.get("pronoun", 0)) >= HINT or other_job >= HINT:
                continue
            hit.role = "director"
            r["director"] = max(r.get("director", 0), hit.strength)
            first_hit.setdefault((key, "director"), hit)

    def _nicknamed_parts(self) -> None:
        """A part whose name holds a nickname in quotes, cut at its given name by the cue ("X als Winzer Leopold
        „Poldi“ Haindl"): the whole name, when it stands in the cue's own sentence. (A part linked once by a given
        name and named in full elsewhere keeps the linked form: most gold files write it so.)"""
        text = self.text
        if not any(self.holds(q) for q in _NICK_QUOTES):
            return
        short = {h.character for h in self.hits if h.role in _CAST_ROLES and h.character and " " not in h.character}
        if not short:
            return
        full = []
        for mark in _NICK_QUOTES:
            for pos in self.found(mark):
                # only where one of the linked names stands right before the quote ("Leopold „Poldi“ Haindl")
                start = max(text.rfind(" ", 0, pos - 1), text.rfind("\n", 0, pos - 1)) + 1
                if text[start : pos - 1] in short:
                    m = _NICKNAMED_NAME.match(text, start)
                    if m and not self.lex.is_first_name(m.group("surname")):
                        full.append(m)
        for hit in self.hits:
            if hit.role not in _CAST_ROLES or hit.character not in short:
                continue
            start, end = self.analysis.sentence_of(hit.start)
            for m in full:
                if m.group("given") == hit.character and start <= m.start() < end:
                    hit.character = m.group(0)
                    break

    def _no_part_nouns(self) -> None:
        """A German part named only by a demonym ("Den jungen Deutschen spielt X") or by its function in the story
        ("Den Gegenpart gibt X"): no part's name. A demonym points back to the one part the sentence before names
        ("Er sagt, er heiße Jonas ... . Den jungen Deutschen spielt X"); a function word names nobody."""
        for hit in self.hits:
            char = hit.character
            if hit.role not in _CAST_ROLES or not char or " " in char:
                continue
            if char in self.d.COUNTERPART_NOUNS:
                hit.character = None
            elif (hit.start, char) in self.pointing_nouns:
                sentence = self.analysis.sentence_of(hit.start)
                hit.character = self._role_named_before(sentence[0], hit.name) or char
            elif (
                char in ("ihn", "sie", *self.d.PART_WORDS)
                or self._demonym(char)
                or char in self.d.NOMINALISED_ADJECTIVES
            ):
                sentence = self.analysis.sentence_of(hit.start)
                hit.character = self._role_named_before(sentence[0], hit.name)

    def _described_character(self, name: str, characters: set[str]) -> bool:
        """Whether ``name`` is a trade or title word before a part's name ("Wirt Anton", "Pfarrer Anton")."""
        first, _, rest = name.partition(" ")
        return bool(rest) and self.norm(rest) in characters and self._role_word(first)

    def _titled_twin(self, pair: tuple[str, str], strengths: dict[tuple[str, str], int]) -> bool:
        """Whether the same actor's role is also read with or without a title in front ("Sgt. Dell Quint" and
        "Dell Quint") more strongly, or as strongly and with the title (the fuller name wins a tie)."""
        char, actor = pair
        if " " not in char:
            return False  # the shorter reading holds a space, the longer two
        if self._honorific_keys is None:
            self._honorific_keys = frozenset(
                self.norm(h) for h in (*self.d.HONORIFICS, *getattr(self.d, "OFFICE_TITLES", ()))
            )
        honorifics = self._honorific_keys
        for (other, other_actor), strength in strengths.items():
            if other_actor != actor or other == char:
                continue
            longer, shorter = (char, other) if len(char) > len(other) else (other, char)
            head = longer[: len(longer) - len(shorter)].strip()
            if " " not in shorter or not longer.endswith(" " + shorter) or head not in honorifics:
                continue  # (a lone word beside the full role is dropped in finish already)
            mine = strengths[pair]
            return strength > mine or (strength == mine and char == shorter)
        return False

    def _nameless_part(self, character: str, actor: str, noun_parts: dict[str, bool]) -> bool:
        """A German part named only by a noun, linked by a cue other than parentheses: "X als Tüftler mit ...",
        "X gibt den Immobilienmakler", "Den Kapitän spielt X", "..., Lehrerin mit Flugangst, die von X gespielt
        wird". The text names no one (the gold conventions: an actor, no pair). "die Projekt-Assistentin (X)" stays a
        pair: parentheses right after a noun are how critics credit a part the story never names."""
        role_noun = self._role_noun(character)  # ("Den Butler spielt X": a trade that also is a given name)
        if " " in character or (self._given(character) and not role_noun):
            return False
        if not noun_parts.get(character, False) and not role_noun and not self._once_only_noun(character):
            return False
        if self._noun_before_name(character):
            return False  # "Dafoe den Wissenschaftler" beside "Wissenschaftler Dr. Godwin Baxter": that character
        if self._noun_used_as_name(character):
            return False  # "Den kleinen Igel Pieks spricht X", "Flämmchen, dem Glühwürmchen": a noun as a name
        if self._office_noun(character):
            return True  # "in der Rolle der Landrätin", "Die Gemeindepräsidentin (X)": an office names no one
        if getattr(self.d, "DEFINITE_NOUN_PARTS_PAIR", True) and self._after_definite_article(character):
            return False  # "X spielt den Pfarrer", "Den Wirt spielt X": a definite noun names the part (as pinned)
        at = self.text.find(character + " (")
        while at >= 0:
            close = self.text.find(")", at)
            if close > 0 and actor.split(" ")[-1] in self.text[at:close]:
                return False
            at = self.text.find(character + " (", at + 1)
        # ("Lou D. (Bürgermeisterin)": a credit list's part in parentheses after its performer)
        return f"{actor.split(' ')[-1]} ({character})" not in self.text

    def _office_noun(self, word: str) -> bool:
        """A public office ("Landrätin", "Gemeindepräsidentin", "Regierungschefin"), by its ending."""
        return word[:1].isupper() and word.lower().endswith(getattr(self.d, "OFFICE_NOUN_TAILS", ()))

    def _after_definite_article(self, word: str) -> bool:
        """Whether the text writes ``word`` after a definite article (adjectives between): "den windigen Makler"."""
        for at in lexmatch.standalone_matches(self.text, word):
            if _DEFINITE_BEFORE.search(self.text, max(0, at - 50), at):
                return True
        return False

    def _noun_used_as_name(self, word: str) -> bool:
        """Whether the text writes ``word`` as a name: right after a person's or a creature's noun ("Igel Pieks",
        "Kneipenwirt Horst") or before an apposition ("Flämmchen, dem Glühwürmchen", "Blitz, der eitlen Libelle")."""
        for at in lexmatch.standalone_matches(self.text, word):
            before = self._word_before(at)
            if before[:1].isupper() and (self._role_noun(before) or self.lex.looks_like_noun(before, "de")):
                if not self.text.endswith(before + " ", 0, at) or before in self.d.OPENERS:
                    continue
                return True
            if _APPOSITION_AFTER_NAME.match(self.text, at + len(word)):
                return True
            if self.text[at - 1 : at] in _OPENING_QUOTES:
                return True  # "den alle nur „Bulle“ nennen": a nickname in quotes
        return False

    def _noun_before_name(self, noun: str) -> bool:
        """Whether the text also sets ``noun`` right before a name ("Anwalt Duncan Wedderburn", "Wissenschaftler
        Dr. Godwin Baxter"): the noun then points at a named character of the story."""
        for at in lexmatch.standalone_matches(self.text, noun):
            m = _NAME_AFTER_NOUN.match(self.text, at + len(noun))
            if m and not self.lex.is_common(m.group(1), "de") and not self.lex.is_lower_word(m.group(1), "de"):
                return True
        return False

    def _noun_part(self, character: str) -> bool:
        """A part named only by a noun ("Kapitänin", "Wirt"), no name of its own."""
        return (
            " " not in character
            and not self._given(character)
            and (
                self.lex.looks_like_noun(character, self.code)
                or self._role_noun(character)
                or character in self.d.HONORIFICS
                or character.removesuffix("in") in self.d.HONORIFICS  # "Kapitänin"
            )
        )

    def _titled_surname(self, pair: tuple[str, str], strengths: dict[tuple[str, str], int]) -> bool:
        """Whether a role read as a title and a surname ("Kommissar Ahlers") is the same actor's role read in full
        elsewhere ("Kommissar Hinnerk Ahlers, gespielt von X" -> "Hinnerk Ahlers"): the short form is a repeat."""
        parts = pair[0].split(" ")
        if len(parts) != 2:
            return False
        if self._honorific_keys is None:
            self._honorific_keys = frozenset(
                self.norm(h) for h in (*self.d.HONORIFICS, *getattr(self.d, "OFFICE_TITLES", ()))
            )
        if parts[0] not in self._honorific_keys:
            return False
        for other, other_actor in strengths:
            if other_actor != pair[1] or other == pair[0]:
                continue
            words = other.split(" ")
            # (the full reading may keep the same title: "Kommissar Hinnerk Ahlers" when ranks stay as written)
            same_title = words[0] == parts[0] and len(words) >= 3
            if len(words) >= 2 and words[-1] == parts[1] and (words[0] not in self._honorific_keys or same_title):
                return True
        return False

    def _relation_only(self, character: str) -> bool:
        """Whether a role is only a relation to another character: "Mutter", "Onkel", "Braut", "Olafs
        Vorgesetzte", "Doras Mutter" (no name of its own)."""
        parts = character.split(" ")
        if len(parts) == 2 and parts[0][-1:] in ("s", "'", "’") and parts[0][:1].isupper():
            parts = parts[1:]  # "Olafs Vorgesetzte": a possessor, then the relation
        return len(parts) == 1 and is_relation_noun(parts[0], self.d.RELATION_NOUNS, self.d.RELATION_TRADES)

    def _hint_ok(self, hit: Hit) -> bool:
        """A hint alone makes an actor only for a full name the text gives no other role."""
        parts = names.tokens(hit.name)
        # A given name that is also a word ("Horst", "Rose", "Will") may open the name.
        return " " in hit.name and not any(
            self.lex.is_common(t, self.code) and not (i == 0 and self.lex.is_first_name(t)) for i, t in enumerate(parts)
        )

    def _directors(self, roles: dict[str, dict[str, int]], first_hit: dict[tuple[str, str], Hit]) -> list[Director]:
        scored = []
        for (key, role), hit in first_hit.items():
            if role != "director":
                continue
            r = roles[key]
            strength = r["director"]
            if r.get("critic", 0) >= CREDIT or (r.get("other_director", 0) >= strength and strength < CREDIT):
                continue
            if r.get("actor", 0) > strength:
                continue
            mentions = sum(1 for h in self.hits if self.norm(h.name) == key and h.role == "director")
            scored.append((strength, mentions, -hit.start, hit))
        if not scored:
            return []
        scored.sort(reverse=True, key=lambda s: (s[0], s[1], s[2]))
        top = scored[0][0]
        chosen = [s[3] for s in scored if s[0] == top] if top >= CREDIT else [scored[0][3]]
        # Co-directors named together with a chosen one ("A und B inszenierten") direct too.
        eligible = {self.norm(s[3].name): s[3] for s in scored}
        for hit in list(chosen):
            for key, others in self._partners.items():
                if self.norm(self.canonical(key)) != self.norm(hit.name):
                    continue
                for other in others:
                    mate = eligible.get(self.norm(self.canonical(other)))
                    if mate is not None and mate not in chosen:
                        chosen.append(mate)
        out = []
        for hit in chosen:
            nationality = next(
                (
                    h.nationality
                    for h in self.hits
                    if h.nationality
                    and self.norm(h.name) == self.norm(hit.name)
                    and h.role in ("director", "nationality")
                ),
                None,
            )
            evidence = [self.analysis.sentence_of(hit.start)]
            out.append(Director(hit.name, nationality, evidence))
        return out

    def _people(
        self, role: str, roles: dict[str, dict[str, int]], first_hit: dict[tuple[str, str], Hit], characters: set[str]
    ) -> list[Person]:
        out = []
        for (key, r), hit in first_hit.items():
            if r == role and key not in characters and roles[key].get("actor", 0) <= roles[key][role]:
                out.append(Person(hit.name, [self.analysis.sentence_of(hit.start)]))
        return out


def annotate(analysis: Analysis) -> None:
    """Fill the film's directors, cast, actors, writers, composers, distributor and countries."""
    reader = Reader(analysis)
    reader.credit_blocks()
    reader.info_lines()
    reader.note_credited()
    reader.country_lines()
    reader.parentheses()
    reader.play_verbs()
    reader.as_cues()
    reader.role_of()
    reader.played_by()
    reader.appositions()
    reader.demonyms()
    reader.directors_by()
    reader.director_phrases()
    reader.possessives()
    reader.captions()
    reader.play_lists()
    reader.respectively()
    reader.german_pairs_in_order()
    reader.collective_roles()
    reader.dative_relatives()
    reader.part_is_performer_de()
    reader.possessive_relatives()
    reader.copula_roles()
    reader.relative_roles()
    reader.subordinate_roles()
    reader.cast_tables()
    reader.appearances()
    reader.passive_relatives()
    reader.german_role_phrases()
    reader.dashed_roles()
    reader.english_role_phrases()
    reader.finish()
