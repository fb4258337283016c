"""Gold files for ``filmkritik eval``, all loaded into one :class:`GoldReview` shape.

Formats:
- a single-review gold JSON (``text_file`` beside it), as the project's seed review;
- JSONL with ``{"text", "gold": {...}}`` per line (the development sets);
- a Pang & Lee ``scale_whole_review`` critic folder: its "Cast: ... Director: ..."
  header lines are gold for directors and actors, ``scaledata`` gives the rating.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filmkritik.errors import GoldFormatError


@dataclass
class GoldReview:
    id: str
    text: str
    film_title: str | None = None
    original_title: str | None = None
    directors: list[str] | None = None
    cast: list[tuple[str, str]] | None = None
    actors: list[str] | None = None
    year: int | None = None
    rating: dict[str, float] | None = None
    verdict: str | None = None
    score_range: tuple[int, int] | None = None
    rating_line: str | None = None
    #: Scores at or below the first are negative, at or above the second positive.
    cutoffs: tuple[float, float] = (39, 61)
    #: The seed format's richer checks (festivals, must_not, aspects, ...), kept as given.
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rating_score(self) -> float | None:
        if not self.rating or self.rating.get("value") is None:
            return None
        best = float(self.rating.get("best") or 0)
        worst = float(self.rating.get("worst") or 0)
        if best <= worst:
            return None
        return 100.0 * (float(self.rating["value"]) - worst) / (best - worst)


def load_gold(path: str | Path) -> list[GoldReview]:
    p = Path(path)
    if not p.exists():
        raise GoldFormatError(f"{path}: no such gold file")
    if p.is_dir():
        return _load_pang_lee(p)
    if p.suffix == ".jsonl":
        return _load_jsonl(p)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise GoldFormatError(f"{path}: not a JSON gold file ({error})") from None
    if isinstance(data, dict) and "text_file" in data:
        return [_from_single(data, p)]
    raise GoldFormatError(f"{path}: unknown gold format (expected a seed-style JSON or JSONL)")


def _from_single(data: dict[str, Any], path: Path) -> GoldReview:
    text_path = path.parent / data["text_file"]
    try:
        text = text_path.read_text(encoding="utf-8")
    except OSError:
        raise GoldFormatError(f"{path}: its text file {text_path} cannot be read") from None
    film = data.get("film", {})
    verdict = data.get("verdict") or {}
    score_range = verdict.get("score_range")
    return GoldReview(
        id=data.get("id", path.stem),
        text=text,
        film_title=film.get("title"),
        original_title=film.get("original_title"),
        directors=film.get("directors"),
        cast=[tuple(c) for c in film.get("cast", [])],  # type: ignore[misc]
        actors=film.get("actors"),
        year=film.get("year"),
        verdict=verdict.get("label"),
        score_range=tuple(score_range) if score_range else None,  # type: ignore[arg-type]
        extra=data,
    )


def _load_jsonl(path: Path) -> list[GoldReview]:
    reviews = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold = row["gold"]
            text = row["text"]
        except (ValueError, KeyError, TypeError):
            raise GoldFormatError(f'{path}:{n}: expected {{"text": ..., "gold": {{...}}}} per line') from None
        reviews.append(
            GoldReview(
                id=str(row.get("id", f"{path.stem}-{n}")),
                text=text,
                film_title=gold.get("film_title"),
                original_title=gold.get("original_title"),
                directors=gold.get("directors"),
                cast=[tuple(c) for c in gold["cast"]] if gold.get("cast") is not None else None,  # type: ignore[misc]
                actors=gold.get("actors"),
                year=gold.get("year"),
                rating=gold.get("rating"),
                verdict=gold.get("verdict"),
                rating_line=row.get("rating_line"),
            )
        )
    return reviews


_HEADER_FIELD = re.compile(
    r"(Cast|Director|Directors|Producers?|Screenplay|Cinematography|Music|U\.S\. Distributor|"
    r"Running Length|MPAA Classification|Theatrical Aspect Ratio)\s*:",
)


def parse_credit_header(line: str) -> dict[str, str]:
    """Split a Berardinelli header line into its labelled fields."""
    parts = _HEADER_FIELD.split(line)
    fields: dict[str, str] = {}
    for label, value in zip(parts[1::2], parts[2::2], strict=False):
        fields[label] = value.strip()
    return fields


def _names(value: str) -> list[str]:
    value = re.sub(r"\s+In [A-Z][a-z]+ with (?:English )?subtitles.*$", "", value)
    return [n.strip() for n in re.split(r",|\band\b", value) if n.strip()]


def _load_pang_lee(folder: Path) -> list[GoldReview]:
    texts = folder / "txt.parag" if (folder / "txt.parag").is_dir() else folder
    critic = texts.parent.name if texts.name == "txt.parag" else folder.name
    ratings = _pang_lee_ratings(folder, critic)
    reviews = []
    for file in sorted(texts.glob("*.txt")):
        text = file.read_text(encoding="latin-1")
        first = text.split("\n", 1)[0]
        fields = parse_credit_header(first) if first.startswith("Cast:") else {}
        rating = ratings.get(file.stem)
        reviews.append(
            GoldReview(
                id=f"{critic}/{file.stem}",
                text=text,
                directors=_names(fields["Director"]) if "Director" in fields else None,
                actors=_names(fields["Cast"]) if "Cast" in fields else None,
                rating={"value": rating, "best": 1.0, "worst": 0.0} if rating is not None else None,
                verdict=_three_class(rating),
                cutoffs=(40, 70),
            )
        )
    if not reviews:
        raise GoldFormatError(f"{folder}: no Pang & Lee review files (*.txt) found")
    return reviews


def _pang_lee_ratings(folder: Path, critic: str) -> dict[str, float]:
    for root in (folder, *folder.parents):
        data = root / "scaledata" / critic
        if data.is_dir():
            ids = (data / f"id.{critic}").read_text().split()
            values = (data / f"rating.{critic}").read_text().split()
            return {i: float(v) for i, v in zip(ids, values, strict=True)}
    return {}


def _three_class(rating: float | None) -> str | None:
    """The dataset's own cut-offs: <= 0.4 negative, >= 0.7 positive."""
    if rating is None:
        return None
    if rating <= 0.4:
        return "negative"
    if rating >= 0.7:
        return "positive"
    return "mixed"
