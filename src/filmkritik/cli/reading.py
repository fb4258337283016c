"""``filmkritik read`` and ``filmkritik eval``."""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from filmkritik.cli.app import app, err, fail, friendly, out
from filmkritik.cli.render import render
from filmkritik.errors import FilmkritikError

if TYPE_CHECKING:
    from filmkritik.eval.gold import GoldReview
    from filmkritik.model import ReviewRecord


class ReadFormat(str, Enum):
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"


@app.command()
@friendly
def read(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, http(s) URLs, or - for stdin. A feed, WARC file or JSONL/CSV/Parquet corpus gives "
            "one record per review in it.",
            metavar="PATH|URL|-...",
        ),
    ],
    format: Annotated[
        ReadFormat | None,
        typer.Option("--format", "-f", help="pretty (default on a terminal), json, or jsonl (one record per line)."),
    ] = None,
) -> None:
    """Read film reviews into evidence-backed records."""
    # One plain input is one record; a feed, WARC file or corpus holds many.
    single = len(inputs) == 1 and not _is_container(inputs[0])
    fmt = format or (ReadFormat.pretty if sys.stdout.isatty() else ReadFormat.json if single else ReadFormat.jsonl)
    failed = not_reviews = 0
    records = []
    frozen = False
    for name, record_or_error in _read_all(inputs):
        if not frozen:
            # The first read loaded the reader's models and lexicons, which live as long as the process:
            # moved out of the garbage collector's sight, later full collections do not walk them again.
            gc.freeze()
            frozen = True
        if isinstance(record_or_error, FilmkritikError):
            err.print(f"filmkritik: error: {record_or_error}", markup=False)
            failed += 1
            continue
        record = record_or_error
        if not record.is_review.value:
            # Still printed (the record says why), but a script must notice.
            err.print(
                f"filmkritik: error: {name}: this does not look like a film review "
                f"(confidence {record.is_review.confidence:.2f}); the record has no verdict",
                markup=False,
            )
            not_reviews += 1
        if fmt is ReadFormat.pretty:
            render(record, out)
            out.print()
        elif fmt is ReadFormat.jsonl:
            sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            records.append(record.to_dict())
    if fmt is ReadFormat.json and records:
        payload = records[0] if single else records
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(2)
    if not_reviews:
        raise typer.Exit(3)


def _is_container(arg: str) -> bool:
    """A local feed, WARC file or JSONL/CSV/Parquet corpus: one review per entry, record or row."""
    from filmkritik.ingest import corpus, feed, warc
    from filmkritik.ingest.load import is_url

    if arg == "-" or is_url(arg) or not Path(arg).is_file():
        return False
    return warc.is_warc(arg) or corpus.is_corpus(arg) or feed.is_feed(arg)


def _saved_records(arg: str) -> list[ReviewRecord]:
    """The records in a ``.json`` file written by ``filmkritik read -f json``; [] for anything else."""
    from filmkritik.model import ReviewRecord

    path = Path(arg)
    if path.suffix.lower() != ".json" or not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data if isinstance(data, list) else [data]
        if rows and all(_is_record(row) for row in rows):
            return [ReviewRecord.from_dict(row) for row in rows]
    except (OSError, ValueError, TypeError, KeyError):
        pass  # not a saved record: read it like any other file
    return []


def _is_record(row: object) -> bool:
    return isinstance(row, dict) and str(row.get("schema", "")).startswith("filmkritik.review/") and "text" in row


def _read_all(inputs: list[str]) -> Iterator[tuple[str, ReviewRecord | FilmkritikError]]:
    """Each input's records (or its error), in input order; containers give one per review inside."""
    import filmkritik
    from filmkritik.read import read_document
    from filmkritik.scale.sources import expand_file

    for arg in inputs:
        saved = _saved_records(arg)
        if saved:
            # Records saved by `read -f json`: shown again, not read as if their JSON were a review.
            for record in saved:
                yield arg, record
            continue
        if not _is_container(arg):
            try:
                yield arg, filmkritik.read(arg)
            except FilmkritikError as error:
                yield arg, error
            continue
        # The same units `filmkritik batch` reads, so both give the same records.
        for unit in expand_file(arg):
            try:
                yield unit.key, read_document(unit.to_document())
            except FilmkritikError as error:
                yield unit.key, error


@app.command("eval")
@friendly
def evaluate(
    gold: Annotated[
        list[Path], typer.Argument(help="Gold files: seed-style .json, .jsonl, or a Pang & Lee critic folder.")
    ],
    strip_rating: Annotated[
        bool, typer.Option("--strip-rating", help="Remove each text's rating line first (verdicts from prose alone).")
    ] = False,
    limit: Annotated[int | None, typer.Option(help="Read at most this many reviews per gold file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the reports as JSON.")] = False,
    show_checks: Annotated[bool, typer.Option("--checks", help="List every single-review check.")] = False,
) -> None:
    """Score the reader on gold files: per-field P/R/F1, verdicts, score error, speed."""
    from filmkritik import read_text
    from filmkritik.errors import GoldFormatError
    from filmkritik.eval import evaluate as run_eval
    from filmkritik.eval import load_gold

    reports = []
    for path in gold:
        try:
            golds = load_gold(path)[: limit or None]
        except (TypeError, AttributeError, ValueError) as error:  # e.g. "gold": "x", "cast": 5
            raise GoldFormatError(f"{path}: a review's gold is not in the gold format ({error})") from None
        _check_gold(path, golds)
        reports.append(run_eval(str(path), golds, read_text, strip_rating=strip_rating))
    if as_json:
        sys.stdout.write(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2) + "\n")
        return
    from filmkritik.cli.eval_view import print_report

    for report in reports:
        print_report(report, out, show_checks=show_checks)
    if any(r.errors for r in reports):
        fail("some reviews could not be read (listed above)", 1)


def _check_gold(path: Path, golds: list[GoldReview]) -> None:
    """Refuse a gold file the scorer would crash on, naming the review and field (eval/gold.py checks only the shape)."""
    from filmkritik.errors import GoldFormatError

    if not golds:
        raise GoldFormatError(f"{path}: no reviews in it; give one JSON object per line")
    for gold in golds:
        problem = _gold_problem(gold)
        if problem:
            raise GoldFormatError(f"{path}: review {gold.id}: {problem}; see the gold format in README (Evaluating)")


def _gold_problem(gold: GoldReview) -> str | None:
    def strings(value: object) -> bool:
        return value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value))

    def number(value: object) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    if not isinstance(gold.text, str):
        return "`text` must be a string"
    for name in ("film_title", "original_title", "verdict"):
        if not (getattr(gold, name) is None or isinstance(getattr(gold, name), str)):
            return f"`{name}` must be a string or null"
    if gold.verdict not in (None, "positive", "mixed", "negative"):
        return f"`verdict` {gold.verdict!r} must be positive, mixed or negative"
    for name in ("directors", "actors"):
        if not strings(getattr(gold, name)):
            return f"`{name}` must be a list of names"
    if gold.cast is not None and not all(len(pair) == 2 and strings(list(pair)) for pair in gold.cast):
        return "`cast` must be a list of [character, actor] pairs"
    if gold.year is not None and not (isinstance(gold.year, int) and not isinstance(gold.year, bool)):
        return "`year` must be a number"
    if gold.rating is not None and not (
        isinstance(gold.rating, dict) and all(v is None or number(v) for v in gold.rating.values())
    ):
        return '`rating` must be like {"value": 4, "best": 5, "worst": 0}'
    if gold.score_range is not None and not (len(gold.score_range) == 2 and all(map(number, gold.score_range))):
        return "`score_range` must be [low, high]"
    return None
