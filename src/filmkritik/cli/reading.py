"""``filmkritik read`` and ``filmkritik eval``."""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from filmkritik.cli.app import app, err, error_line, fail, friendly, out, plural
from filmkritik.cli.render import render
from filmkritik.errors import FilmkritikError

if TYPE_CHECKING:
    from filmkritik.ingest import Document
    from filmkritik.model import ReviewRecord
    from filmkritik.scale.sources import Unit


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
            err.print(error_line(record_or_error), markup=False)
            failed += 1
            continue
        record = record_or_error
        if not record.is_review.value:
            # Still printed (the record says why), but a script must notice.
            err.print(
                error_line(
                    f"{name}: this does not look like a film review "
                    f"(confidence {record.is_review.confidence:.2f}); the record has no verdict"
                ),
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

    if arg == "-" or is_url(arg) or not _is_file(Path(arg)):
        return False
    return warc.is_warc(arg) or corpus.is_corpus(arg) or feed.is_feed(arg)


def _is_file(path: Path) -> bool:
    """Whether ``path`` is a file; False where it cannot be told (a folder on its way cannot be entered: Python 3.11's
    ``is_file`` raises then), so the input is loaded alone and its own error names what is wrong."""
    try:
        return path.is_file()
    except OSError:
        return False


def _saved_records(arg: str) -> list[ReviewRecord] | FilmkritikError:
    """The records in a ``.json`` file written by ``filmkritik read -f json``; [] for anything else, and an
    error for a file of records one of which is damaged (a field missing or of the wrong type)."""
    from filmkritik.ingest.corpus import row_key
    from filmkritik.scale.records import record_from_dict

    path = Path(arg)
    if path.suffix.lower() != ".json" or not _is_file(path):
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # not a saved record: read it like any other file
    rows = data if isinstance(data, list) else [data]
    if not rows or not all(_is_record(row) for row in rows):
        return []
    try:
        return [record_from_dict(row, row_key(arg, n) if isinstance(data, list) else arg) for n, row in enumerate(rows, 1)]
    except FilmkritikError as error:
        return error


def _is_record(row: object) -> bool:
    return isinstance(row, dict) and str(row.get("schema", "")).startswith("filmkritik.review/") and "text" in row


def _read_all(inputs: list[str]) -> Iterator[tuple[str, ReviewRecord | FilmkritikError]]:
    """Each input's records (or its error), in input order; containers give one per review inside.

    Reviews are read ten at a time a stage at a time (:func:`batch.read_units`): the same records, in the same
    order, as one by one, faster for many. An input that cannot be read is its own error; any other error (a bug)
    stops the command after the records before it, as one by one. Among URLs each record is shown as soon as its
    page is read: ten downloads at a time showed records in bursts of ten."""
    from filmkritik.ingest.load import is_url
    from filmkritik.scale.batch import READ_BATCH, read_units

    size = 1 if any(is_url(arg) for arg in inputs) else READ_BATCH
    for item, outcome in read_units(_items(inputs), load=_load, catch=(FilmkritikError,), size=size):
        yield item.name, outcome  # type: ignore[misc]  # (only FilmkritikErrors are caught)


@dataclass(frozen=True)
class _Item:
    """One record's worth of input: a path, URL or ``-`` to load, a unit of a container, a record saved by
    ``read -f json``, or an error."""

    name: str
    what: str | Unit | ReviewRecord | Exception


def _items(inputs: list[str]) -> Iterator[_Item]:
    for arg in inputs:
        try:
            yield from _items_of(arg)
        except Exception as error:  # (raised where its turn comes: after the records before it are shown)
            yield _Item(arg, error)


def _items_of(arg: str) -> Iterator[_Item]:
    from filmkritik.scale.sources import expand_file

    saved = _saved_records(arg)
    if isinstance(saved, FilmkritikError):
        yield _Item(arg, saved)
    elif saved:
        # Records saved by `read -f json`: shown again, not read as if their JSON were a review.
        yield from (_Item(arg, record) for record in saved)
    elif not _is_container(arg):
        yield _Item(arg, arg)
    else:
        # The same units `filmkritik batch` reads, so both give the same records.
        yield from (_Item(unit.key, unit) for unit in expand_file(arg))


def _load(item: _Item) -> Document | ReviewRecord:
    from filmkritik.ingest import load
    from filmkritik.model import ReviewRecord

    if isinstance(item.what, str):
        return load(item.what)
    if isinstance(item.what, Exception):
        raise item.what
    if isinstance(item.what, ReviewRecord):
        return item.what
    return item.what.to_document()


@app.command("eval")
@friendly
def evaluate(
    gold: Annotated[
        list[str],
        # (Text, not a Path: typer's own check printed a usage box for a file that cannot be read, and a URL was
        # named "http:/host/x"; load_gold says each in one line, and the other gold files are still scored.)
        typer.Argument(help="Gold files: seed-style .json, .jsonl, or a Pang & Lee critic folder."),
    ],
    strip_rating: Annotated[
        bool, typer.Option("--strip-rating", help="Remove each text's rating line first (verdicts from prose alone).")
    ] = False,
    limit: Annotated[
        int | None, typer.Option(min=0, help="Read at most this many reviews per gold file (0: all).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the reports as JSON.")] = False,
    show_checks: Annotated[bool, typer.Option("--checks", help="List every single-review check.")] = False,
) -> None:
    """Score the reader on gold files: per-field P/R/F1, verdicts, score error, speed."""
    from filmkritik import read_text
    from filmkritik.eval import evaluate as run_eval
    from filmkritik.eval import load_gold

    reports = []
    bad_files = 0
    for path in gold:
        try:
            golds = load_gold(path)[: limit or None]  # a malformed gold file is a GoldFormatError naming line and field
        except FilmkritikError as error:
            # One line for it; the other gold files are still scored (one missing file stopped them all).
            err.print(error_line(error), markup=False)
            bad_files += 1
            continue
        reports.append(run_eval(str(path), golds, read_text, strip_rating=strip_rating))
    unread = sum(len(r.errors) for r in reports)
    reviews = plural(unread, "review")
    files = plural(bad_files, "gold file")
    if as_json:
        sys.stdout.write(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2) + "\n")
        if unread:
            fail(f"{reviews} could not be read (their errors are in the JSON); the scores leave them out", 2)
        if bad_files:
            fail(f"{files} could not be read (above); the JSON has the others' reports", 2)
        return
    from filmkritik.cli.eval_view import print_report

    for report in reports:
        print_report(report, out, show_checks=show_checks)
    if unread:
        # As `read`, `add` and `batch`: exit code 2 when some inputs could not be read.
        fail(f"{reviews} could not be read (listed above); the scores leave them out", 2)
    if bad_files:
        raise typer.Exit(2)
