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
    #: One alternation over every prose spelling, longest first.
    pattern: re.Pattern[str]
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
    spellings = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in spellings) + r")(?![\w-])")
    country_words = sorted({s for s, c in names.items() if c in countries} | set(codes), key=len, reverse=True)
    one = "(?:" + "|".join(re.escape(s) for s in country_words) + ")"
    country_list = re.compile(rf"(?<![\w-]){one}(?:\s*(?:/|,|-|&|und|and)\s*{one})*(?![\w-])")
    return Gazetteer(names, frozenset(countries), codes, pattern, country_list)


def canonical(name: str) -> str | None:
    """The English name of a place spelled ``name``, or None when it is not in the gazetteer."""
    g = gazetteer()
    return g.names.get(name) or g.codes.get(name)
