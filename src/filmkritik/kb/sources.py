"""Inputs of ``filmkritik add``: files, folders, JSONL/CSV rows with hints, Parquet records.

Each input becomes a stream of :class:`Item` (a text or an already-read record, with hints);
the knowledge base stores them one transaction each.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from filmkritik.errors import InputError
from filmkritik.ingest.corpus import (
    allow_long_csv_fields,
    csv_encoding,
    jsonl_objects,
    review_columns_problem,
    row_key,
)
from filmkritik.ingest.load import (
    EMPTY_ARGUMENT,
    local_path,
    missing_path,
    stdin_bytes,
    unreadable_folder,
    walked_file_problem,
)
from filmkritik.kb.hints import ReviewHints
from filmkritik.model import ReviewRecord

if TYPE_CHECKING:
    from filmkritik.scale.sources import Unit

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ""}
ROW_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".tsv", ".parquet", ".json"}
#: Tables also taken gzipped (``rows.jsonl.gz``), as ``read`` and ``batch`` take them.
GZ_ROW_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".tsv"}
#: Feeds and crawls hold many pages; each is read as `filmkritik read` and `batch` read it.
PAGES_SUFFIXES = {".rss", ".atom", ".rdf", ".warc", ".arc", ".gz"}


@dataclass
class Item:
    """One review to add: ``text`` to read, or a ``record`` read before (Parquet from batch/spark)."""

    origin: str
    text: str | None = None
    html: bool = False
    record: ReviewRecord | None = None
    hints: ReviewHints | None = None
    error: str | None = None  # a row that cannot be a review: reported, and the run goes on
    unit: Unit | None = None  # a feed entry or a crawl's page, read as `filmkritik batch` reads it


def expand(paths: list[str | Path]) -> list[Path | Item]:
    """Files named, and files inside folders named (recursively, sorted). Hidden and ``_``-folders
    are skipped, and in a `filmkritik batch`/`spark` output folder only its ``part-*`` files count
    (not its errors file). A path that does not exist, a folder with no review file or one that cannot be
    read, and a broken link, pipe or device in a folder where a review file could be, is an :class:`Item`
    with its error: reported, and the other inputs go on. ``-`` is standard input, a ``file:`` URL its path."""
    files: list[Path | Item] = []
    for raw in paths:
        try:
            files += _expand_one(raw)
        except InputError as error:  # (an ftp: URL, stdin that is empty or closed)
            files.append(Item(origin=str(raw), error=str(error)))
    return files


def _expand_one(raw: str | Path) -> list[Path | Item]:
    if not str(raw).strip():
        # Path("") is the current folder: `add "$UNSET"` added every review file under it.
        return [Item(origin="''", error=EMPTY_ARGUMENT)]
    if str(raw) == "-":
        return [_stdin_item()]
    path = Path(local_path(raw) if isinstance(raw, str) else raw)
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except OSError:  # (a folder on its way that cannot be entered: the whole run stopped)
        exists = is_dir = False
    if not exists:
        return [Item(origin=str(path), error=missing_path(path) or f"{path}: no such file or directory")]
    if not is_dir:
        return [path]
    files = _folder(path)
    if not files:
        # `add emptydir` said "added 0 reviews" and exit 0, as if it had worked.
        return [
            Item(
                origin=str(path),
                error=f"{path}: no review files in this folder (text, HTML, JSONL, CSV, "
                "Parquet, feeds or WARC; hidden files are skipped)",
            )
        ]
    return files


def _stdin_item() -> Item:
    """The review piped in as ``-`` (`add -` said "-: no such file or directory"), read here, not in a worker."""
    from filmkritik.scale.sources import FileBytesUnit

    return Item(origin="-", unit=FileBytesUnit("-", stdin_bytes()))


def _folder(path: Path) -> list[Path | Item]:
    files: list[Path | Item] = []
    found: list[Path] = []
    for p in [path, *sorted(path.rglob("*"))]:
        if any(part.startswith((".", "_")) for part in p.relative_to(path).parts):
            continue
        if p.is_dir():
            problem = _unlistable(p)  # (rglob passes over a folder it cannot read without a word)
            if problem:
                files.append(Item(origin=str(p), error=problem))
            continue
        problem = walked_file_problem(p)
        if problem:
            if _rows_suffix(p) in TEXT_SUFFIXES | ROW_SUFFIXES | PAGES_SUFFIXES:
                files.append(Item(origin=str(p), error=problem))
        elif p.is_file() and (_rows_suffix(p) in TEXT_SUFFIXES | ROW_SUFFIXES or _holds_pages(p)):
            found.append(p)
    batch_dirs = {p.parent for p in found if p.name.startswith("part-") and p.suffix.lower() in ROW_SUFFIXES}
    files += [
        p
        for p in found
        if p.parent not in batch_dirs or p.name.startswith("part-") or p.suffix.lower() not in ROW_SUFFIXES
    ]
    return files


def _unlistable(folder: Path) -> str | None:
    try:
        with os.scandir(folder):
            return None
    except OSError as error:
        return unreadable_folder(error)


def count_items(path: Path) -> int:
    """How many reviews a file holds (for the progress bar), cheaply."""
    if not path.is_file():
        return 1  # a pipe named on the command line is read once, when its reviews are added
    suffix = _rows_suffix(path)
    if suffix in {".jsonl", ".ndjson"}:
        try:
            with _open_text(path, encoding="utf-8", errors="replace") as handle:
                return sum(1 for line in handle if line.strip())
        except (OSError, EOFError):  # a damaged .gz: reported when the file is read
            return 1
    if suffix in {".csv", ".tsv"}:
        allow_long_csv_fields()
        try:
            with _open_table(path) as handle:
                return max(0, sum(1 for _ in csv.DictReader(handle)))
        except (csv.Error, OSError, EOFError):  # reported with its line when the file is read
            return 1
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            return int(pq.ParquetFile(path).metadata.num_rows)
        except Exception:  # a broken file is reported when it is read
            return 1
    return 1


def _holds_pages(path: Path) -> bool:
    from filmkritik.ingest import feed, warc

    return path.suffix.lower() in PAGES_SUFFIXES and (warc.is_warc(path) or feed.is_feed(path))


def _rows_suffix(path: Path) -> str:
    """``.jsonl``, ``.csv``... also for a gzipped table (``rows.jsonl.gz``), as `read` and `batch` take them."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz" and suffixes[0] in GZ_ROW_SUFFIXES:
        return suffixes[0]
    return path.suffix.lower()


def _open_text(path: Path, **kwargs: Any) -> IO[str]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rt", **kwargs)
    return path.open(**kwargs)


def _open_table(path: Path) -> IO[str]:
    """A CSV/TSV file as text in its encoding (UTF-8, or UTF-16 as a spreadsheet's "Unicode text" export), the same
    way `read` and `batch` open it."""
    raw = gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")  # noqa: SIM115  (the wrapper closes it)
    return io.TextIOWrapper(raw, encoding=csv_encoding(raw), errors="replace", newline="")


def items(path: Path) -> Iterator[Item]:
    suffix = _rows_suffix(path)
    if _holds_pages(path):
        from filmkritik.scale.sources import expand_file

        for unit in expand_file(str(path)):
            yield Item(origin=unit.key, unit=unit)
    elif suffix in {".jsonl", ".ndjson"}:
        yield from _jsonl(path)
    elif suffix in {".csv", ".tsv"}:
        yield from _csv(path)
    elif suffix == ".parquet":
        yield from _parquet(path)
    elif suffix == ".json":
        yield from _json(path)
    else:
        yield Item(origin=str(path), text=None)


def _row_item(row: dict[str, Any], origin: str) -> Item:
    try:
        return _parse_row(row, origin)
    except InputError as error:  # the row's own message already names it; a bad hint's does not
        message = str(error)
        return Item(origin=origin, error=message if message.startswith(origin) else f"{origin}: {message}")


def _parse_row(row: dict[str, Any], origin: str) -> Item:
    if isinstance(row.get("schema"), str) and row["schema"].startswith("filmkritik.review/") and "text" in row:
        from filmkritik.scale.records import record_from_dict

        return Item(
            origin=origin, record=record_from_dict(row, origin), hints=ReviewHints.from_row(row.get("hints") or {})
        )
    html = row.get("html")
    text = row.get("text")
    problem = review_columns_problem(row)  # (the words `read` says of the same row)
    if problem:
        raise InputError(f"{origin}: {problem}")
    hints = ReviewHints.from_row(row)
    if isinstance(html, str) and html.strip():
        return Item(origin=origin, text=html, html=True, hints=hints)
    return Item(origin=origin, text=str(text), hints=hints)


def _jsonl(path: Path) -> Iterator[Item]:
    # (Lines, numbers and bad rows as `read` and `batch` take them: a lone CR ended a line here, a BOM was an error.)
    with gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb") as handle:
        for number, row in jsonl_objects(handle):
            origin = row_key(path, number)
            if isinstance(row, str):
                yield Item(origin=origin, error=f"{origin}: {row}")
            else:
                yield _row_item(row, origin)


def _json(path: Path) -> Iterator[Item]:
    """One record (``filmkritik read --format json``), one row, or a JSON array of them."""
    try:
        data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    except json.JSONDecodeError as error:
        yield Item(origin=str(path), error=f"{path}: not JSON ({error.msg}); give a record, a row or an array of them")
        return
    rows = data if isinstance(data, list) else [data]
    for number, row in enumerate(rows, 1):
        origin = row_key(path, number) if isinstance(data, list) else str(path)
        if isinstance(row, dict):
            yield _row_item(row, origin)
        else:
            yield Item(origin=origin, error=f"{origin}: not a JSON object; give a record or a row with `text`")


def _csv(path: Path) -> Iterator[Item]:
    allow_long_csv_fields()
    with _open_table(path) as handle:
        reader = csv.DictReader(handle, delimiter="\t" if _rows_suffix(path) == ".tsv" else ",")
        try:
            if not reader.fieldnames or not ({"text", "html"} & set(reader.fieldnames)):
                raise InputError(f"{path}: a CSV needs a `text` or `html` column (optional: film, year, critic, ...)")
            for number, row in enumerate(reader, 1):  # (rows from 1 without the header, as `read` and `batch`)
                yield _row_item(dict(row), row_key(path, number))
        except csv.Error as error:
            # The rows before it were added; what follows cannot be told apart from the broken cell.
            raise InputError(
                f"{path}:{reader.line_num}: not readable as CSV ({error}); the rows after it were not read"
            ) from None


def _parquet(path: Path) -> Iterator[Item]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several types for a bad file
        raise InputError(f"{path}: not a readable Parquet file ({error})") from None
    number = 0
    for batch in parquet.iter_batches(batch_size=512):
        for row in batch.to_pylist():
            number += 1
            row = {k: _decode_json_cell(v) for k, v in row.items()}
            yield _row_item(row, row_key(path, number))


def _decode_json_cell(value: Any) -> Any:
    # Spark jobs may write nested record parts as JSON strings; rebuild them.
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value
