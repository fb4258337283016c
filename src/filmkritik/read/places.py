"""A small world gazetteer: countries and major cities with German and English names.

Loaded once from ``lang/data/places_world.tsv``. Used to find where a story is set and
to read production lines ("Frankreich 2023", "F 2023") for the film's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Gazetteer:
    #: Any spelling (case-sensitive, as written in prose) -> canonical English name.
    names: dict[str, str]
    #: Which canonical names are countries.
    countries: frozenset[str]
    #: Short codes used only in production lines ("D", "F", "USA") -> country.
    codes: dict[str, str]
    #: A production line's country list: "Frankreich/Deutschland", "F, D", "USA".
    country_list: re.Pattern[str]


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read once."""
    text = resources.files("filmkritik.lang").joinpath("data/places_world.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    countries = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, english, *rest = line.split("\t")
        names[english] = english
        if kind == "country":
            countries.add(english)
        for other in rest[0].split("|") if rest and rest[0] else []:
            other = other.strip()
            if not other:
                continue
            if other.isupper() and len(other) <= 3 and kind == "country":
                codes[other] = english
            else:
                names[other] = english
    country_words = sorted({s for s, c in names.items() if c in countries} | set(codes), key=len, reverse=True)
    one = "(?:" + "|".join(re.escape(s) for s in country_words) + ")"
    country_list = re.compile(rf"(?<![\w-]){one}(?:\s*(?:/|,|-|&|und|and)\s*{one})*(?![\w-])")
    return Gazetteer(names, frozenset(countries), codes, country_list)


_WORDS = re.compile(r"[\w'’.-]+")


def find(text: str) -> list[tuple[int, int, str]]:
    """Every place named in ``text`` as ``(start, end, English name)``, longest names first.

    Word look-ups instead of one huge alternation: a review costs a few hundred dictionary
    probes rather than a regex attempt at every character.
    """
    names = gazetteer().names
    words = [(m.start(), m.end()) for m in _WORDS.finditer(text)]
    found = []
    i = 0
    while i < len(words):
        start = words[i][0]
        if not text[start].isupper():
            i += 1
            continue
        for size in (4, 3, 2, 1):
            if i + size > len(words):
                continue
            end = words[i + size - 1][1]
            spelled = text[start:end]
            if spelled.endswith(".") and spelled[:-1] in names and spelled not in names:
                spelled, end = spelled[:-1], end - 1
            name = names.get(spelled)
            if name is not None and " ".join(spelled.split()) == spelled:
                found.append((start, end, name))
                i += size
                break
        else:
            i += 1
    return found


def canonical(name: str) -> str | None:
    """The English name of a place spelled ``name``, or None when it is not in the gazetteer."""
    g = gazetteer()
    return g.names.get(name) or g.codes.get(name)
