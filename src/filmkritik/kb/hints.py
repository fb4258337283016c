"""What the user knows about a review beside its text: film, year, critic, outlet, url, date, rating.

A hint overrides what the reader infers; the stored record keeps the reader's own reading,
and the review row keeps the hints, so both stay visible.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from filmkritik.errors import InputError
from filmkritik.ingest.controls import without_controls

# Letter grades on 0-100, as the gold convention (A+ 100 ... F 0).
_LETTERS = {
    "a+": 100, "a": 95, "a-": 91, "b+": 83, "b": 75, "b-": 67, "c+": 58, "c": 50, "c-": 42,
    "d+": 33, "d": 25, "d-": 17, "e": 8, "f": 0,
}  # fmt: skip
_FRACTION = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*(?:/|von|out of|of|aus)\s*(\d+(?:[.,]\d+)?)\s*(?:sternen?|stars?|punkten?|points?)?\s*$",
    re.I,
)
#: A year hint outside these is a mistake (a film's year is stored as given, so a typo would stick).
_FIRST_YEAR, _LAST_YEAR = 1870, 2200
_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")
_STARS = re.compile(r"^\s*([★*]+)(½)?([☆]*)\s*$")


def parse_rating(value: Any) -> float | None:
    """A rating hint on the 0-100 scale: ``"3.5/5"``, ``"4 von 5"``, ``"B-"``, ``"★★★☆☆"``, ``80``.

    A bare number is read as 0-100 (a number up to 10 as x/10, up to 5 with a fraction as x/5 is
    ambiguous, so bare numbers <= 10 are read as x/10). Raises InputError for anything else.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InputError(f"rating hint {value!r} is not a rating; give e.g. 3.5/5, B-, 8/10 or 0-100")
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise InputError(f"rating hint {value!r} is not a rating; give e.g. 3.5/5, B-, 8/10 or 0-100")
        return _clamp(float(value) * 10 if float(value) <= 10 else float(value))
    text = str(value).strip()
    letter = _LETTERS.get(text.casefold().replace(" ", ""))
    if letter is not None:
        return float(letter)
    if m := _FRACTION.match(text):
        num, best = float(m[1].replace(",", ".")), float(m[2].replace(",", "."))
        if best > 0:
            return _clamp(100 * num / best)
    if m := _STARS.match(text):
        full = len(m[1]) + (0.5 if m[2] else 0)
        best = len(m[1]) + len(m[3]) + (1 if m[2] else 0)
        return _clamp(100 * full / max(best, 5))
    if m := _NUMBER.match(text):
        return parse_rating(float(m[1].replace(",", ".")))
    raise InputError(f"rating hint {text!r} is not a rating; give e.g. 3.5/5, B-, 8/10, ★★★☆☆ or 0-100")


def _clamp(score: float) -> float:
    return max(0.0, min(100.0, round(score, 1)))


def _about(description: str) -> dict[str, str]:
    """A hint field's metadata: what it means (the HTTP API documents its hints from these)."""
    return {"description": description}


@dataclass
class ReviewHints:
    """Facts given with a review (e.g. JSONL/CSV columns); each overrides the reader's guess.

    The one definition of the hints: corpus rows, `add`'s columns and the HTTP API's ``hints`` object all take
    these fields."""

    film: str | None = field(default=None, metadata=_about("The film's title (a JSONL/CSV column `film` or `title`)."))
    year: int | None = field(default=None, metadata=_about("The film's year, e.g. 2019."))
    critic: str | None = field(default=None, metadata=_about("Who wrote the review (column `critic` or `author`)."))
    outlet: str | None = field(
        default=None, metadata=_about("Where it was published (column `outlet`, `publisher` or `site`).")
    )
    url: str | None = field(default=None, metadata=_about("The review's address."))
    published: str | None = field(
        default=None, metadata=_about("When it was published, e.g. 2019-03-01 (column `published` or `date`).")
    )
    rating: str | float | None = field(
        default=None, metadata=_about('The critic\'s rating: e.g. "3.5/5", "B-", "8/10", "★★★☆☆" or 75 (0-100).')
    )
    directors: list[str] | None = field(
        default=None, metadata=_about('The film\'s directors, e.g. ["Name", ...] (in a CSV cell "A; B").')
    )
    original_title: str | None = field(
        default=None, metadata=_about("The film's original title, when the review uses a local one.")
    )

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ReviewHints:
        """Hints from a JSONL/CSV row (extra columns ignored; empty cells are no hint)."""

        if not isinstance(row, dict):
            raise InputError(f'hints {_short(row)} are not an object; give e.g. {{"film": "...", "year": 2019}}')

        def clean(key: str) -> Any:
            value = row.get(key)
            if isinstance(value, str):
                value = value.strip()
            return None if value in ("", None) else value

        def text(*keys: str) -> str | None:
            key = next((k for k in keys if clean(k) is not None), keys[0])
            return _str(clean(key), key)

        year = clean("year")
        year_value = None if year is None else _year(year)
        return cls(
            film=text("film", "title"),
            year=year_value,
            critic=text("critic", "author"),
            outlet=text("outlet", "publisher", "site"),
            url=text("url"),
            published=_published(clean("published") or clean("date")),
            rating=_rating(clean("rating")),
            directors=_directors(clean("directors")),
            original_title=text("original_title"),
        )

    @property
    def score(self) -> float | None:
        return parse_rating(self.rating)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], "")}

    def is_empty(self) -> bool:
        return not self.to_dict()


def _year(value: Any) -> int:
    try:
        year = int(float(value)) if not isinstance(value, bool) else 0
    except (TypeError, ValueError, OverflowError):  # OverflowError: "1e400", a huge int from JSON
        year = 0
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise InputError(f"year hint {value!r} is not a year; give e.g. 2019")
    return year


#: A hint longer than this is a column mix-up (a review text in the film column), not a name or URL.
MAX_HINT_CHARS = 1000


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _str(value: Any, key: str) -> str | None:
    """A text hint: a string, or a number written as text (a film called 1917); anything else is refused,
    so a list or an object is never stored as its Python spelling."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError(f"{key} hint {_short(value)} is not text; give a string")
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError(f"{key} hint {value!r} is not text; give a string")
    text = str(value)
    if not _CONTROL.sub("", text).strip():
        return None  # control characters alone are an empty cell (a film hint "\x00" made a film called "\ufffd")
    # PostgreSQL cannot store a NUL character; a terminal escape, a bell or a backspace would reach the terminal
    # in `films`.
    text = without_controls(text, one_line=True)
    if len(text) > MAX_HINT_CHARS:
        raise InputError(
            f"{key} hint is {len(text):,} characters long (at most {MAX_HINT_CHARS:,}); is a column mixed up?"
        )
    return text


def _published(value: Any) -> str | None:
    """A date hint: a string (``2019-03-01``, ``März 2019``...) or a bare year."""
    if isinstance(value, int) and not isinstance(value, bool):
        if not _FIRST_YEAR <= value <= _LAST_YEAR:
            raise InputError(f"published hint {value!r} is not a date; give e.g. 2019-03-01")
        return str(value)
    if value is not None and not isinstance(value, str):
        raise InputError(f"published hint {_short(value)} is not a date; give e.g. 2019-03-01")
    return _str(value, "published")


def _rating(value: Any) -> str | float | None:
    if value is None or isinstance(value, str) or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        parse_rating(value)  # refused here, with its row, not later while storing
        return value
    raise InputError(f"rating hint {_short(value)} is not a rating; give e.g. 3.5/5, B-, 8/10 or 0-100")


def _directors(value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        names: list[Any] = re.split(r"[;,|]", value)
    elif isinstance(value, list) and all(isinstance(name, str) for name in value):
        names = value
    else:
        raise InputError(f'directors hint {_short(value)} is not a list of names; give ["Name", ...] or "A; B"')
    cleaned = [_str(name.strip(), "directors") for name in names if name.strip()]
    return [name for name in cleaned if name] or None
