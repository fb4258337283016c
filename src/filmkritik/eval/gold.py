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


_SEE_FORMAT = "see the gold format in README (Evaluating)"


def load_gold(path: str | Path) -> list[GoldReview]:
    """Every review of a gold file (or Pang & Lee folder), its fields' types checked.

    Raises GoldFormatError, naming the file, the line (JSONL) and the field, for a gold file
    the scorer could not use: not JSON, a wrong type, no reviews, an unreadable text file.
    """
    from filmkritik.ingest.load import is_url

    if isinstance(path, str) and is_url(path):
        raise GoldFormatError(f"{path}: a URL; eval reads local gold files (download it first)")
    p = Path(path)
    try:
        exists = p.exists()
    except OSError:  # (a folder on its way that cannot be entered)
        exists = False
    if not exists:
        from filmkritik.ingest.load import missing_path

        raise GoldFormatError(missing_path(p) or f"{path}: no such gold file")
    if p.is_dir():
        try:
            return _load_pang_lee(p)
        except OSError as error:  # (a folder that cannot be listed or entered: one line, the other files scored)
            raise GoldFormatError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        if p.suffix == ".jsonl":
            return _load_jsonl(p)
        raw = p.read_text(encoding="utf-8-sig")  # (a byte-order mark, as Notepad saves, is no error)
    except UnicodeDecodeError as error:
        raise GoldFormatError(f"{path}: not UTF-8 text (byte {error.start}); gold files are UTF-8 JSON") from None
    except OSError as error:
        raise GoldFormatError(f"{path}: cannot be read ({error.strerror or error})") from None
    if not raw.strip():
        raise GoldFormatError(f"{path}: the file is empty; give a gold file (seed-style JSON or JSONL)")
    try:
        data = json.loads(raw)
    except ValueError as error:
        raise GoldFormatError(f"{path}: not a JSON gold file ({error})") from None
    if isinstance(data, dict) and "text_file" in data:
        return [_from_single(data, p)]
    raise GoldFormatError(f"{path}: unknown gold format (expected a seed-style JSON or JSONL)")


def _from_single(data: dict[str, Any], path: Path) -> GoldReview:
    film = data.get("film") or {}
    verdict = data.get("verdict") or {}
    problem = (
        _type_problem("text_file", data["text_file"], str, required=True)
        or _type_problem("id", data.get("id"), str)
        or _type_problem("film", film, dict)
        or _type_problem("verdict", verdict, dict)
    )
    if problem:
        raise GoldFormatError(f"{path}: {problem}; {_SEE_FORMAT}")
    text_path = path.parent / data["text_file"]
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise GoldFormatError(f"{path}: its text file {text_path} cannot be read (missing, or not UTF-8)") from None
    fields = {
        "film_title": film.get("title"),
        "original_title": film.get("original_title"),
        "directors": film.get("directors"),
        "cast": film.get("cast"),
        "actors": film.get("actors"),
        "year": film.get("year"),
        "verdict": verdict.get("label"),
        "score_range": verdict.get("score_range"),
    }
    problem = gold_problem(fields)
    if problem:
        problem = problem.replace("`verdict`", "`verdict.label`")
    problem = problem or _seed_problem(data, film, verdict)
    if problem:
        raise GoldFormatError(f"{path}: {problem}; {_SEE_FORMAT}")
    score_range = fields["score_range"]
    return GoldReview(
        id=data.get("id", path.stem),
        text=text,
        film_title=fields["film_title"],
        original_title=fields["original_title"],
        directors=fields["directors"],
        cast=[(c[0], c[1]) for c in fields["cast"] or []],
        actors=fields["actors"],
        year=fields["year"],
        verdict=fields["verdict"],
        score_range=(score_range[0], score_range[1]) if score_range else None,
        extra=data,
    )


def _load_jsonl(path: Path) -> list[GoldReview]:
    reviews = []
    for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except ValueError:
            raise GoldFormatError(f'{where}: not JSON; expected {{"text": ..., "gold": {{...}}}} per line') from None
        if not isinstance(row, dict) or "gold" not in row or "text" not in row:
            raise GoldFormatError(f'{where}: expected {{"text": ..., "gold": {{...}}}} per line')
        gold = row["gold"]
        problem = (
            _type_problem("text", row["text"], str, required=True)
            or _type_problem("gold", gold, dict, required=True)
            or _type_problem("rating_line", row.get("rating_line"), str)
            or gold_problem(gold)
        )
        if problem:
            raise GoldFormatError(f"{where}: {problem}; {_SEE_FORMAT}")
        reviews.append(
            GoldReview(
                id=str(row.get("id", f"{path.stem}-{n}")),
                text=row["text"],
                film_title=gold.get("film_title"),
                original_title=gold.get("original_title"),
                directors=gold.get("directors"),
                cast=[(c[0], c[1]) for c in gold["cast"]] if gold.get("cast") is not None else None,
                actors=gold.get("actors"),
                year=gold.get("year"),
                rating=gold.get("rating"),
                verdict=gold.get("verdict"),
                rating_line=row.get("rating_line"),
            )
        )
    if not reviews:
        raise GoldFormatError(f"{path}: no reviews in it; give one JSON object per line")
    return reviews


def _seed_problem(data: dict[str, Any], film: dict[str, Any], verdict: dict[str, Any]) -> str | None:
    """The single-review format's richer checks (scored by ``eval.score.seed_checks``), their types checked."""

    def texts(name: str, value: Any) -> str | None:
        if value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return None
        return f"`{name}` must be a list of strings, not {_short(value)}"

    def objects(name: str, value: Any, keys: tuple[str, ...]) -> str | None:
        if value is None or (
            isinstance(value, list)
            and all(isinstance(v, dict) and all(isinstance(v.get(k), str) for k in keys) for v in value)
        ):
            return None
        wanted = ", ".join(f'"{k}": "..."' for k in keys)
        return f"`{name}` must be a list of objects like {{{wanted}}}, not {_short(value)}"

    nationality = film.get("director_nationality")
    must_not = data.get("must_not")
    return (
        texts("film.local_titles", film.get("local_titles"))
        or texts("film.settings", film.get("settings"))
        or texts("movements", data.get("movements"))
        or _type_problem("film.distributor", film.get("distributor"), str)
        or (
            None
            if nationality is None
            or (isinstance(nationality, dict) and all(isinstance(v, str) for v in nationality.values()))
            else f'`film.director_nationality` must be like {{"Name": "Country"}}, not {_short(nationality)}'
        )
        or objects("film.festivals", film.get("festivals"), ("name",))
        or objects("mentions", data.get("mentions"), ("title",))
        or objects("verdict.aspects", verdict.get("aspects"), ("aspect", "polarity"))
        or objects("warnings", data.get("warnings"), ("kind", "found"))
        or (
            None
            if data.get("is_review") is None or isinstance(data.get("is_review"), bool)
            else f"`is_review` must be true or false, not {_short(data.get('is_review'))}"
        )
        or _type_problem("must_not", must_not, dict)
        or texts("must_not.persons", (must_not or {}).get("persons"))
        or texts("must_not.film_titles", (must_not or {}).get("film_titles"))
    )


_TYPE_NAMES: dict[type, str] = {str: "a string", dict: "an object", list: "a list"}


def _type_problem(name: str, value: Any, kind: type, *, required: bool = False) -> str | None:
    if value is None and not required:
        return None
    if isinstance(value, kind):
        return None
    return f"`{name}` must be {_TYPE_NAMES[kind]}" + ("" if required else " or null") + f", not {_short(value)}"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, (set, tuple)) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def gold_problem(gold: dict[str, Any]) -> str | None:
    """What is wrong with the types of one review's gold fields (the JSONL ``gold`` object), or None."""

    def names(value: object) -> bool:
        return value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value))

    def number(value: object) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    for name in ("film_title", "original_title", "verdict"):
        problem = _type_problem(name, gold.get(name), str)
        if problem:
            return problem
    if gold.get("verdict") not in (None, "positive", "mixed", "negative"):
        return f"`verdict` {gold['verdict']!r} must be positive, mixed or negative"
    for name in ("directors", "actors"):
        if not names(gold.get(name)):
            return f"`{name}` must be a list of names, not {_short(gold.get(name))}"
    cast = gold.get("cast")
    if cast is not None and not (
        isinstance(cast, list) and all(isinstance(pair, list) and len(pair) == 2 and names(pair) for pair in cast)
    ):
        return f"`cast` must be a list of [character, actor] pairs, not {_short(cast)}"
    year = gold.get("year")
    if year is not None and not (isinstance(year, int) and not isinstance(year, bool)):
        return f"`year` must be a number, not {_short(year)}"
    rating = gold.get("rating")
    if rating is not None and not (isinstance(rating, dict) and all(v is None or number(v) for v in rating.values())):
        return f'`rating` must be like {{"value": 4, "best": 5, "worst": 0}}, not {_short(rating)}'
    score_range = gold.get("score_range")
    if score_range is not None and not (
        isinstance(score_range, list) and len(score_range) == 2 and all(map(number, score_range))
    ):
        return f"`score_range` must be [low, high], not {_short(score_range)}"
    return None


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
        try:
            text = file.read_text(encoding="latin-1")
        except OSError as error:
            raise GoldFormatError(f"{file}: cannot be read ({error.strerror or error})") from None
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
    if not ratings and not any(review.directors or review.actors for review in reviews):
        # Any folder of .txt files (`eval ''` is the current folder) was "scored" on nothing, exit 0.
        name = critic or folder.resolve().name
        raise GoldFormatError(
            f"{folder}: its .txt files carry no gold (no scaledata/{name}/rating.{name} file above them, no "
            "Cast: line); give a gold .jsonl or .json file, or a Pang & Lee critic folder"
        )
    return reviews


def _pang_lee_ratings(folder: Path, critic: str) -> dict[str, float]:
    for root in (folder, *folder.parents):
        data = root / "scaledata" / critic
        if data.is_dir():
            try:
                ids = (data / f"id.{critic}").read_text().split()
                values = (data / f"rating.{critic}").read_text().split()
                return {i: float(v) for i, v in zip(ids, values, strict=True)}
            except (OSError, ValueError, UnicodeDecodeError) as error:
                raise GoldFormatError(
                    f"{data}: its id.{critic} and rating.{critic} files cannot be read as one rating per id ({error})"
                ) from None
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
