"""What the whole page says about its rating lines: the scale of a bare star line.

A bare "★★★½" or "Two stars" does not say out of what. Its page often does: another star line
with its scale ("★★ out of four", "★★★☆☆"), a phrase ("out of four", "a four-star scale"), or an
outlet's convention (US newspapers, which print an MPA certificate, give stars out of four).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from filmkritik import lang
from filmkritik.model import ExplicitRating

if TYPE_CHECKING:
    from filmkritik.read.ratings import _Candidate

#: The four-star scale: the only scale other than five that a bare star line is read on.
FOUR = 4.0


@dataclass(frozen=True)
class _Words:
    four_star: re.Pattern[str]
    us_certificate: re.Pattern[str] | None


@cache
def _words() -> _Words:
    """Both languages' page words, merged (pages mix them)."""
    data = [lang.data(code, "ratings") for code in lang.LANGUAGES]
    four = "|".join(f"(?:{p})" for d in data for p in d.FOUR_STAR_SCALE)
    us = "|".join(f"(?:{p})" for d in data for p in d.US_CERTIFICATES)
    return _Words(re.compile(four, re.IGNORECASE), re.compile(us) if us else None)


@dataclass(frozen=True)
class Scale:
    """A page's scale for its bare star lines."""

    best: float
    #: Only a convention (an MPA certificate), not said on the page: it holds for printed star lines
    #: ("★★½", "Two stars" on its own line), not for stars in a sentence or asterisks.
    by_convention: bool = False


def star_scale(text: str, candidates: Sequence[_Candidate]) -> Scale | None:
    """Four when the page says its bare star lines are out of four, else None (they stay on five).

    In order: a star line that states its scale (the first one: "★★ out of four" says four, "★★★☆☆"
    five); a star line above four (five it is); "out of four" or "a four-star scale" anywhere; an MPA
    certificate ("Rated PG-13", "(R, 98 min.)")."""
    from filmkritik.read.ratings import STATED

    for c in candidates:
        if c.stars == STATED:
            return Scale(FOUR) if c.rating.best == FOUR else None
    if any(c.stars and c.rating.value > FOUR for c in candidates):
        return None
    words = _words()
    if words.four_star.search(text):
        return Scale(FOUR)
    if words.us_certificate is not None and words.us_certificate.search(text):
        return Scale(FOUR, by_convention=True)
    return None


def on_page_scale(candidate: _Candidate, scale: Scale | None) -> ExplicitRating:
    """The candidate's rating, a guessed star scale replaced by the page's."""
    from filmkritik.read.ratings import GUESSED, WRITTEN

    rating = candidate.rating
    if scale is None or candidate.stars not in (GUESSED, WRITTEN) or rating.value > scale.best:
        return rating
    if scale.by_convention and candidate.stars != GUESSED:
        return rating
    return dataclasses.replace(rating, best=scale.best)
