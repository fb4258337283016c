"""A small world gazetteer: countries and major cities with German and English names.

Loaded once from ``lang/data/places_world.tsv``. Used to find where a story is set and
to read production lines ("Frankreich 2023", "F 2023") for the film's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from filmkritik.read.lexmatch import trie_pattern


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


_CAPITALISED = re.compile(r"(?=[^\W\d_a-zß])(?<![\w'’.-])[^\W\d_a-zß][\w'’.-]*")


@cache
def _by_first_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every spelling under its first word, longest first: "New" -> ("New York City", "New York", ...)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for spelling, name in gazetteer().names.items():
        index.setdefault(spelling.split()[0], []).append((spelling, name))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in index.items()}


@cache
def _first_word_pattern() -> re.Pattern[str]:
    """Where a capitalised word may be a spelling's first word: the word (or it followed by
    dots and apostrophes that :func:`find` strips), ending where a capitalised word ends."""
    return re.compile(rf"(?:{trie_pattern(_by_first_word())})[.'’]*(?![\w'’.-])")


def find(text: str) -> list[tuple[int, int, str]]:
    """Every place named in ``text`` as ``(start, end, English name)``, longest names first.

    Dictionary look-ups from each capitalised word instead of one huge alternation; the words
    worth a look-up are found first by one trie regex of the gazetteer's first words, so a
    review costs a handful of probes rather than one per capitalised word.
    """
    index = _by_first_word()
    first_words = _first_word_pattern()
    found = []
    next_free = 0
    pos = 0
    while True:
        candidate = first_words.search(text, pos)
        if candidate is None:
            break
        start = candidate.start()
        pos = start + 1
        m = _CAPITALISED.match(text, start)
        if m is None or start < next_free:
            continue
        word = m.group().rstrip(".,;:'’") or m.group()
        for spelling, name in index.get(word, ()) or index.get(m.group(), ()):
            end = start + len(spelling)
            if text.startswith(spelling, start) and (end >= len(text) or not (text[end].isalnum() or text[end] == "-")):
                found.append((start, end, name))
                next_free = end
                break
    return found


def canonical(name: str) -> str | None:
    """The English name of a place spelled ``name``, or None when it is not in the gazetteer."""
    g = gazetteer()
    return g.names.get(name) or g.codes.get(name)
