"""Film identity: the reviewed film's title, original and local titles, year, title variants.

Every way a page names a film becomes a candidate (headline cues such as "Kritik zu X"
or "X review", short headline lines, quoted titles, ALL-CAPS titles, title-shaped
prose such as "his new movie, X"). Candidates with the same name pool their weight;
how often the name recurs in the text adds to it, and quotes introduced as another
work ("ihr Film „X“", "like 'X'") or names used like persons take from it. The
heaviest candidate is the film; the runners-up stay in ``analysis.notes`` so that the
context component can treat them as mentions and re-check the choice once persons
are known.

The steps live in this package's modules: :mod:`.collect` finds candidates,
:mod:`.scoring` weighs and ranks them (with :mod:`.furniture` for mastheads and
rubrics, :mod:`.headlines` for a headline's shape, :mod:`.folding` for names of one
film), :mod:`.years` and :mod:`.originals` read the year and the other titles, and
:mod:`.identity` fills the record. The names below are the package's public face
(and the patterns its tests compare with their first-written forms).
"""

from __future__ import annotations

from filmkritik.read.titles.candidate import Candidate, key_of, person_shaped
from filmkritik.read.titles.collect import (
    _MADE_BY,
    _MAKER_ROLE,
    _PERSON_BEFORE,
    _TITLE_CASE_RUN,
    TITLE_CASE_RUN_PLAIN,
    _person_before,
    _surname_of_named_person,
    collect,
)
from filmkritik.read.titles.facts import country_year
from filmkritik.read.titles.identity import annotate, recheck
from filmkritik.read.titles.patterns import _ANY_YEAR, ANY_YEAR_PLAIN
from filmkritik.read.titles.scoring import _ARTICLE_BEFORE, _article_before, inside_parentheses, rank
from filmkritik.read.titles.years import _YEAR_RUNTIME, YEAR_RUNTIME_PLAIN

__all__ = [
    "ANY_YEAR_PLAIN",
    "TITLE_CASE_RUN_PLAIN",
    "YEAR_RUNTIME_PLAIN",
    "_ANY_YEAR",
    "_ARTICLE_BEFORE",
    "_MADE_BY",
    "_MAKER_ROLE",
    "_PERSON_BEFORE",
    "_TITLE_CASE_RUN",
    "_YEAR_RUNTIME",
    "Candidate",
    "_article_before",
    "_person_before",
    "_surname_of_named_person",
    "annotate",
    "collect",
    "country_year",
    "inside_parentheses",
    "key_of",
    "person_shaped",
    "rank",
    "recheck",
]
