"""What the whole page says about its rating lines: the scale of a bare star line.

A bare "★★★½" or "Two stars" does not say out of what. Its page often does: another star line
with its scale ("★★ out of four", "★★★☆☆"), a phrase ("out of four", "a four-star scale"), or an
outlet's convention (US newspapers, which print an MPA certificate, give stars out of four).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
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


def on_page_scale(candidate: _Candidate, scale: Scale | Callable[[], Scale | None] | None) -> ExplicitRating:
    """The candidate's rating, a guessed star scale replaced by the page's (``scale``: :func:`star_scale`, asked
    only when the candidate's scale is guessed)."""
    from filmkritik.read.ratings import GUESSED, WRITTEN

    rating = candidate.rating
    if candidate.stars not in (GUESSED, WRITTEN) or rating.value > FOUR:
        return rating
    if callable(scale):
        scale = scale()
    if scale is None or rating.value > scale.best:
        return rating
    if scale.by_convention and candidate.stars != GUESSED:
        return rating
    return dataclasses.replace(rating, best=scale.best)


# --- whose rating a line is --------------------------------------------------------------------------------

#: A part score's label just before the rating ("Film: ", "· Bild: ", "Ton = "): the label, then only a colon.
_LABEL = re.compile(r"(?:^|[^\w\s-])\s*(?P<label>\w[\w -]{0,24}?)\s*[:=]\s*$", re.MULTILINE)
#: A quoted title before a rating on its line ("„Die Gondel“ (Drama) ★★☆☆☆", '"Frost Line" ★½'): another film's.
_QUOTED = re.compile(r"[„“\"«»][^„“”\"«»\n]{2,80}[“”\"«»]|(?<![^\s(:])['‘][^'‘’\n]{2,80}['’](?=[\s,.:;)!?]|$)")
#: How a label ranks a rating: the film's own score first, then an unlabelled one, then the disc's part scores.
FILM, UNLABELLED, PART = 2, 1, 0


@dataclass(frozen=True)
class _Lines:
    film_labels: frozenset[str]
    part_labels: frozenset[str]
    other_films: re.Pattern[str]
    others_rating: re.Pattern[str]


@cache
def _lines() -> _Lines:
    data = [lang.data(code, "ratings") for code in lang.LANGUAGES]
    openers = sorted({o for d in data for o in d.OTHER_FILMS}, key=len, reverse=True)
    others = sorted({o for d in data for o in d.OTHERS_RATING}, key=len, reverse=True)
    return _Lines(
        frozenset(w for d in data for w in d.FILM_LABELS),
        frozenset(w for d in data for w in d.PART_LABELS),
        re.compile(rf"[^\S\n]*(?:{'|'.join(map(re.escape, openers))})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{'|'.join(map(re.escape, others))})\b", re.IGNORECASE),
    )


def label_rank(text: str, start: int) -> int:
    """:data:`FILM` when the rating at ``start`` is labelled as the film's score ("Film: 4/5"), :data:`PART`
    when as a part of a disc ("Bild: 5/5", "Extras: 2/5"), else :data:`UNLABELLED`."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _LABEL.search(text, max(line_start, start - 40), start)
    if m is None:
        return UNLABELLED
    label = m.group("label").strip().lower()
    words = _lines()
    if label in words.film_labels:
        return FILM
    if label in words.part_labels:
        return PART
    return UNLABELLED


def is_labelled(text: str, start: int) -> bool:
    """Whether a film or part label stands just before ``start`` ("Film: 3/5 · Bild: 4/5")."""
    return label_rank(text, start) != UNLABELLED


def choose(text: str, candidates: Sequence[_Candidate]) -> _Candidate:
    """The reviewed film's rating among a page's candidates.

    Other films' and other people's ratings lose to the critic's own: a line in a box that opens with
    "Also opening", "Außerdem heute", "Weitere Kinostarts"...; a line naming a quoted title before its rating;
    a line of several star ratings (a legend, a list); a readers', users' or IMDb rating. Then the film's own
    part score ("Film: 4/5") beats an unlabelled one, which beats the disc's ("Bild", "Extras"); then the
    best-supported form; then the first: the reviewed film's block leads its page, boxes follow."""
    if len(candidates) == 1:
        return candidates[0]
    boxes = _other_films_boxes(text, candidates)
    per_line: dict[int, int] = {}
    for c in candidates:
        if c.stars:
            line = text.rfind("\n", 0, c.rating.evidence[0][0])
            per_line[line] = per_line.get(line, 0) + 1

    def key(item: tuple[int, _Candidate]) -> tuple[bool, int, int, int]:
        index, c = item
        start = c.rating.evidence[0][0]
        theirs = any(b <= start < e for b, e in boxes) or _someone_elses(text, start, per_line)
        return (not theirs, label_rank(text, start), c.strength, -index)

    chosen = max(enumerate(candidates), key=key)[1]
    return _with_its_scale(chosen, candidates)


def _with_its_scale(chosen: _Candidate, candidates: Sequence[_Candidate]) -> _Candidate:
    """A bare star line repeated with its scale elsewhere ("★★" at the top, "Score: 2/4" at the end): the
    repetition, which says the scale."""
    from filmkritik.read.ratings import GUESSED, STATED, WRITTEN

    if chosen.stars not in (GUESSED, WRITTEN):
        return chosen
    value = chosen.rating.value
    for c in candidates:
        said = c.stars == STATED or (not c.stars and c.rating.best <= 5)
        if said and c.rating.value == value and c.rating.best != chosen.rating.best:
            return c
    return chosen


def without_legends(text: str, candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """The candidates less those on a line of three or more star ratings: a legend ("★★★★★ unmissable ·
    ★★★★ very good · ..."), a list of films, or part scores with no whole ("Spannung ●●● Anspruch ●●○
    Humor ●○○"); none of them the film's rating."""
    per_line: dict[int, int] = {}
    for c in candidates:
        if c.stars:
            line = text.rfind("\n", 0, c.rating.evidence[0][0])
            per_line[line] = per_line.get(line, 0) + 1
    crowded = {line for line, n in per_line.items() if n >= _LEGEND_RUNS}
    if not crowded:
        return list(candidates)
    return [c for c in candidates if not (c.stars and text.rfind("\n", 0, c.rating.evidence[0][0]) in crowded)]


#: Star ratings on one line from which it is a legend or a list, not a rating.
_LEGEND_RUNS = 3


#: A line this long is prose: a box of other films (short listing lines) has ended before it.
_BOX_LINE = 200


def _other_films_boxes(text: str, candidates: Sequence[_Candidate]) -> list[tuple[int, int]]:
    """Where boxes about other films stand (from a line starting "Also opening", "Außerdem"... after the first
    candidate's line, to the first prose-long line or the text's end)."""
    first = candidates[0].rating.evidence[0][0]
    at = text.rfind("\n", 0, first) + 1
    opener = _lines().other_films
    boxes: list[tuple[int, int]] = []
    box_start = -1
    while at < len(text):
        nl = text.find("\n", at)
        line_end = len(text) if nl < 0 else nl
        if box_start < 0 and opener.match(text, at):
            box_start = at
        elif box_start >= 0 and line_end - at > _BOX_LINE:
            boxes.append((box_start, at))
            box_start = -1
        at = line_end + 1
    if box_start >= 0:
        boxes.append((box_start, len(text) + 1))
    return boxes


def _someone_elses(text: str, start: int, stars_per_line: dict[int, int]) -> bool:
    """A rating line of another film or of other people: a quoted title before the rating, several star
    ratings on one line, readers' or users' words."""
    line_start = text.rfind("\n", 0, start)
    line_end = text.find("\n", start)
    line = text[line_start + 1 : len(text) if line_end < 0 else line_end]
    if stars_per_line.get(line_start, 0) > 1:
        return True
    if _QUOTED.search(text, line_start + 1, start):
        return True
    return _lines().others_rating.search(line) is not None
