"""Corpora: JSONL, CSV and Parquet tables with one review per row.

A row needs a ``text`` or an ``html`` column. Optional hint columns fill the
record's ``source`` where the text itself says nothing: ``url``, ``headline``
(or ``title``), ``author``, ``site`` (or ``publication``), ``published`` (or ``date``).
Each row becomes one :class:`CorpusRow`; its key ``FILE#row=N`` (N counted from 1,
header excluded) is its ``source.path`` and names it in error logs.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from filmkritik.errors import InputError
from filmkritik.ingest.controls import without_controls
from filmkritik.ingest.document import Document
from filmkritik.ingest.html import html_to_document
from filmkritik.ingest.load import load_text
from filmkritik.model import Source

#: Suffixes read as corpora (``.gz`` is accepted after JSONL and CSV).
SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".csv", ".csv.gz", ".tsv", ".tsv.gz", ".parquet")

#: Hint columns and the ``source`` field each one fills (first match wins).
HINT_COLUMNS: dict[str, tuple[str, ...]] = {
    "url": ("url", "link"),
    "headline": ("headline", "title"),
    "author": ("author", "critic"),
    "site": ("site", "publication", "sitename"),
    "published": ("published", "date"),
}

#: Rows per Parquet read: bounded memory on big files.
PARQUET_BATCH_ROWS = 1024

#: A CSV cell may hold a whole review page: Python's default of 128 KB cut a long review's row and lost the
#: rest of the file. Cells up to the byte limit of one input are read (a longer text is refused per row).
CSV_FIELD_LIMIT = 16 * 1024 * 1024


def allow_long_csv_fields() -> None:
    """Raise the csv module's (process-wide) field limit to :data:`CSV_FIELD_LIMIT` if it is lower."""
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)


@dataclass(frozen=True)
class CorpusRow:
    """One row of a corpus, small enough to send to a worker process."""

    path: str
    row: int
    text: str | None = None
    html: str | None = None
    hints: tuple[tuple[str, str], ...] = ()
    #: Why the row cannot be read (bad JSON, no text column); reading it raises this.
    problem: str | None = None

    @property
    def key(self) -> str:
        return row_key(self.path, self.row)

    def to_document(self) -> Document:
        """The row's review as a document (``source.kind`` is ``corpus``)."""
        if self.problem:
            raise InputError(f"{self.key}: {self.problem}")
        hints = dict(self.hints)
        source = Source(kind="corpus", path=self.key, url=hints.get("url"))
        if self.html and self.html.strip():
            document = html_to_document(self.html, source, url=source.url)
        elif self.text and self.text.strip():
            document = load_text(self.text, source)
        else:
            raise InputError(f"{self.key}: the row's text and html are empty")
        apply_hints(document.source, hints)
        return document


def apply_hints(source: Source, hints: dict[str, str]) -> None:
    """Set ``source`` fields from hints (corpus columns, feed metadata).

    Hints win over what HTML extraction guessed: a corpus's ``site`` column or a
    feed's title names the outlet better than a domain name does.
    """
    for name in ("headline", "author", "site", "published", "url"):
        # (a critic's name with a bell or a backspace in it reached the terminal through the views)
        value = without_controls(hints.get(name) or "", one_line=True)
        if value.strip():
            setattr(source, name, value)


def is_corpus(path: str | Path) -> bool:
    return str(path).lower().endswith(SUFFIXES)


def iter_rows(path: str | Path) -> Iterator[CorpusRow]:
    """Every row of a corpus file, in file order."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            yield from iter_rows_from_stream(handle, name)
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error})") from None


def iter_rows_from_stream(stream: IO[bytes], name: str) -> Iterator[CorpusRow]:
    """Rows of a corpus given as a binary stream; ``name`` (its path or URI) picks the format."""
    lower = name.lower()
    if lower.endswith(".parquet"):
        yield from _parquet_rows(stream, name)
        return
    if lower.endswith(".gz"):
        with gzip.open(stream) as unzipped:
            yield from _text_rows(unzipped, name, lower[:-3])  # type: ignore[arg-type]
    else:
        yield from _text_rows(stream, name, lower)


def _text_rows(stream: IO[bytes], name: str, lower: str) -> Iterator[CorpusRow]:
    if lower.endswith((".jsonl", ".ndjson")):
        yield from _jsonl_rows(stream, name)
    elif lower.endswith((".csv", ".tsv")):
        yield from _csv_rows(stream, name, delimiter="\t" if lower.endswith(".tsv") else ",")
    else:
        raise InputError(f"{name}: not a corpus; use .jsonl, .csv, .tsv or .parquet")


def row_key(path: str | Path, number: int) -> str:
    """How a corpus row is named in records, errors and progress, by `read`, `batch` and `add` alike:
    ``FILE#row=N`` (N counted from 1 without the header; in JSON lines files the line, blank lines counted)."""
    return f"{path}#row={number}"


def bad_json_line(error: json.JSONDecodeError | UnicodeDecodeError) -> str:
    """Why a JSON lines row is no row (the same words from `read`, `batch` and `add`)."""
    detail = error.msg if isinstance(error, json.JSONDecodeError) else "not UTF-8"
    return f"not valid JSON ({detail}); give one JSON object per line"


#: Why a JSON lines row that is valid JSON is no row (an array, a string, a number).
NOT_AN_OBJECT = "not a JSON object; give one JSON object per line, with a `text` or `html` field"


def no_review_in(data: dict[str, Any]) -> str:
    """Why a row with neither a ``text`` nor an ``html`` string gives no review: the columns are missing, or
    empty (`read` said "no `text` or `html` column" of a row whose `text` was "")."""
    present = [column for column in ("text", "html") if column in data]
    if not present:
        return "no `text` or `html` column; name the review's column text or html"
    return f"the row's {' and '.join(f'`{c}`' for c in present)} {'is' if len(present) == 1 else 'are'} empty; give the review's text"


def review_columns_problem(data: dict[str, Any]) -> str | None:
    """Why a row's ``text`` and ``html`` give no review (a column that is no string, both missing or empty), in the
    words `read`, `batch` and `add` share; None for a row with a review."""
    for column in ("text", "html"):
        value = data.get(column)
        if value is not None and not isinstance(value, str):
            # (`read` took {"text": 5} for the review "5"; `add` refused it)
            return f"the row's `{column}` is {_shown_value(value)}, not text; give the review as a string"
    if _string(data.get("text")) is None and _string(data.get("html")) is None:
        return no_review_in(data)
    return None


def row_from_mapping(path: str, number: int, data: dict[str, Any]) -> CorpusRow:
    """One corpus row from its columns; a row with neither ``text`` nor ``html`` is refused."""
    problem = review_columns_problem(data)
    if problem:
        raise InputError(f"{row_key(path, number)}: {problem}")
    text, html = _string(data.get("text")), _string(data.get("html"))
    hints = []
    for field_name, columns in HINT_COLUMNS.items():
        value = next((v for c in columns if (v := _string(data.get(c)))), None)
        if value:
            hints.append((field_name, value))
    return CorpusRow(path=path, row=number, text=text, html=html, hints=tuple(hints))


def _shown_value(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False, default=str)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _string(value: Any) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    # A NUL character (legal in JSON and CSV) cannot be stored in PostgreSQL: one replacement character instead.
    text = text.replace("\x00", "\ufffd")
    return text if text.strip() else None


def _jsonl_rows(stream: IO[bytes], name: str) -> Iterator[CorpusRow]:
    for number, data in jsonl_objects(stream):
        if isinstance(data, str):
            yield _broken_row(name, number, data)
        else:
            yield _checked_row(name, number, data)


def jsonl_objects(stream: Iterable[bytes]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Each non-blank line of a JSON lines file with its number: its object, or why it is none. The same for
    `read`, `batch` and `add`: lines end at a line feed, a byte-order mark before the first is dropped, and bytes
    that are not UTF-8 are read as U+FFFD (the record then warns; `read` refused the row, `add` took it)."""
    for number, raw in enumerate(stream, start=1):
        line = raw.decode("utf-8", "replace")
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, bad_json_line(error)
            continue
        yield number, data if isinstance(data, dict) else NOT_AN_OBJECT


def _csv_rows(stream: IO[bytes], name: str, delimiter: str) -> Iterator[CorpusRow]:
    allow_long_csv_fields()
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type,type-var]
    text = io.TextIOWrapper(buffered, encoding=csv_encoding(buffered), errors="replace", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    columns = set(reader.fieldnames or ())
    if not columns & {"text", "html"}:
        raise InputError(f"{name}: no `text` or `html` column (columns: {', '.join(sorted(columns)) or 'none'})")
    for number, data in enumerate(reader, start=1):
        yield _checked_row(name, number, data)


def csv_encoding(stream: Any) -> str:
    """UTF-8 (with or without a byte-order mark), or UTF-16 when the table is one: a spreadsheet's "Unicode text"
    export is UTF-16 with tabs, and read as UTF-8 its columns were "t e x t" with NULs between the letters."""
    head = stream.peek(4096)[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(head) >= 4 and head[1::2].count(0) * 2 > len(head) // 2:
        return "utf-16-le"  # (ASCII letters with a NUL after each)
    if len(head) >= 4 and head[0::2].count(0) * 2 > len(head) // 2:
        return "utf-16-be"
    return "utf-8-sig"


def _parquet_rows(stream: IO[bytes], name: str) -> Iterator[CorpusRow]:
    import pyarrow.parquet as pq

    try:
        table_file = pq.ParquetFile(stream)
    except Exception as error:  # pyarrow raises several types for damaged files
        raise InputError(f"{name}: not a readable Parquet file ({error})") from None
    columns = set(table_file.schema_arrow.names)
    if not columns & {"text", "html"}:
        raise InputError(f"{name}: no `text` or `html` column (columns: {', '.join(sorted(columns))})")
    wanted = [c for c in ("text", "html", *(c for cs in HINT_COLUMNS.values() for c in cs)) if c in columns]
    number = 0
    for batch in table_file.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=wanted):
        for data in batch.to_pylist():
            number += 1
            yield _checked_row(name, number, data)


def _checked_row(name: str, number: int, data: dict[str, Any]) -> CorpusRow:
    try:
        return row_from_mapping(name, number, data)
    except InputError as error:
        return _broken_row(name, number, str(error).split(": ", 1)[-1])


def _broken_row(name: str, number: int, message: str) -> CorpusRow:
    # A bad row must not stop the corpus: it becomes a row that fails when read,
    # so the batch logs it under its key and goes on.
    return CorpusRow(path=name, row=number, problem=message)
