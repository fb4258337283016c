"""A lexicon of real film festivals (and the big award shows) with German and English names.

Loaded once from ``lang/data/festivals_world.tsv``. A bare city name ("Cannes") counts as
the festival only beside a festival word; the context component decides that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from filmkritik.read.lexmatch import trie_pattern

#: Award shows share the lexicon (they are named like festivals) but are not festivals.
AWARD_SHOWS = frozenset({"Oscars", "Golden Globes"})


@dataclass(frozen=True)
class FestivalLexicon:
    #: Spelling -> canonical name, for spellings that name the festival on their own.
    names: dict[str, str]
    #: City-like spellings that name the festival only beside a festival word.
    cities: dict[str, str]
    pattern: re.Pattern[str]
    #: Prize name -> festival ("Goldene Palme" -> Cannes): winning it places the film there.
    awards: dict[str, str]
    award_pattern: re.Pattern[str]
    #: ``pattern`` without its leading "(?<![\w])", so that the regex engine can skip to the
    #: spellings' first letters; :meth:`finditer` checks that condition itself.
    bare_pattern: re.Pattern[str]

    def finditer(self, text: str) -> list[re.Match[str]]:
        """What ``pattern.finditer(text)`` finds (group 1: the spelling), found faster."""
        found = []
        pos = 0
        while (m := self.bare_pattern.search(text, pos)) is not None:
            start = m.start()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                pos = start + 1  # inside a word: as the look-behind would, try the next position
                continue
            found.append(m)
            pos = m.end()
        return found


@cache
def lexicon() -> FestivalLexicon:
    """The festival lexicon, read once."""
    text = resources.files("filmkritik.lang").joinpath("data/festivals_world.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    cities: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical_name, *rest = line.split("\t")
        spellings = rest[0].split("|") if rest and rest[0] else []
        if not any(s.lstrip("~") == canonical_name for s in spellings):
            names[canonical_name] = canonical_name
        for spelling in spellings:
            spelling = spelling.strip()
            if spelling.startswith("~"):
                cities[spelling[1:]] = canonical_name
            elif spelling:
                names[spelling] = canonical_name
    every = set(names) | set(cities)
    # The lookahead on the spellings' first letters lets most positions fail at once; the
    # spellings as a trie (longest first) try one branch per letter, not every spelling.
    first = "".join(re.escape(c) for c in sorted({s[0] for s in every if s}))
    lead = f"(?=[{first}])" if first else ""
    spelled = trie_pattern(every)
    pattern = re.compile(lead + r"(?<![\w])(" + spelled + r")(?![\w])")
    bare_pattern = re.compile(r"(" + spelled + r")(?![\w])")
    awards: dict[str, str] = {}
    prizes = resources.files("filmkritik.lang").joinpath("data/festivals_awards.tsv").read_text(encoding="utf-8")
    for line in prizes.splitlines():
        if line.strip() and not line.startswith("#"):
            festival, spellings_field = line.split("\t")
            awards.update({spelling: festival for spelling in spellings_field.split("|") if spelling})
    award_pattern = re.compile("(" + trie_pattern(awards) + ")")
    return FestivalLexicon(names, cities, pattern, awards, award_pattern, bare_pattern)


def canonical(name: str) -> str | None:
    """The festival a spelling names on its own ("Berlinale", "Cannes Film Festival"), else None."""
    lex = lexicon()
    return lex.names.get(name) or lex.cities.get(name)
