"""Exports of the whole knowledge base: JSON-LD, CSV and Parquet tables."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from filmkritik.kb.base import KnowledgeBase
from filmkritik.kb.jsonld import CONTEXT, movie

FILM_COLUMNS = [
    "id", "title", "original_title", "year", "tconst", "directors", "reviews", "scored_reviews", "score",
    "percent_positive", "percent_positive_method", "percent_positive_adjusted", "percent_positive_adjusted_method",
    "guessed_reviews", "spread", "divisive", "positive", "mixed", "negative", "calibrated_score",
    "calibrated_percent_positive", "calibrated_spread", "calibrated_normalised_reviews", "praise", "fault",
]  # fmt: skip
REVIEW_COLUMNS = [
    "id", "film_id", "critic", "outlet", "url", "published", "language", "score", "label", "score_source",
    "reader_score", "positive_probability", "pull_quote",
]  # fmt: skip


def film_rows(kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    """One flat row per film: raw and calibrated consensus side by side."""
    for film_id in kb.iter_film_ids():
        film = kb.get_film(film_id)
        if film is None:
            continue
        agg = film["aggregate"]
        cal = agg["calibrated"]
        yield {
            "id": film["id"],
            "title": film["title"],
            "original_title": film["original_title"],
            "year": film["year"],
            "tconst": film["tconst"],
            "directors": "; ".join(film["directors"]),
            "reviews": agg["reviews"],
            "scored_reviews": agg["scored_reviews"],
            "score": agg["score"],
            "percent_positive": agg["percent_positive"],
            "percent_positive_method": agg["percent_positive_method"],
            "percent_positive_adjusted": agg["percent_positive_adjusted"],
            "percent_positive_adjusted_method": agg["percent_positive_adjusted_method"],
            "guessed_reviews": agg["guessed_reviews"],
            "spread": agg["spread"],
            "divisive": agg["divisive"],
            "positive": agg["positive"],
            "mixed": agg["mixed"],
            "negative": agg["negative"],
            "calibrated_score": cal["score"],
            "calibrated_percent_positive": cal["percent_positive"],
            "calibrated_spread": cal["spread"],
            "calibrated_normalised_reviews": cal["normalised_reviews"],
            "praise": "; ".join(f"{a['aspect']} ({a['count']})" for a in agg["praise"]),
            "fault": "; ".join(f"{a['aspect']} ({a['count']})" for a in agg["fault"]),
        }


def review_rows(kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    for review in kb.iter_reviews():
        yield {column: review.get(column) for column in REVIEW_COLUMNS}


def write_jsonld(kb: KnowledgeBase, out: IO[str]) -> None:
    """Every film as a schema.org Movie, in one ``@graph``."""
    graph = []
    for film_id in kb.iter_film_ids():
        film = kb.get_film(film_id)
        if film is not None:
            item = movie(film)
            item.pop("@context", None)
            graph.append(item)
    json.dump({"@context": CONTEXT, "@graph": graph}, out, ensure_ascii=False, indent=2)
    out.write("\n")


#: What a spreadsheet takes a cell to be a formula by when it starts with it (=, +, - and @, and the tab and
#: carriage return that hide one): a title or pull quote stored from a page, opened from the CSV in Excel or
#: LibreOffice, could run ``=HYPERLINK(...)`` or ``=cmd|...``.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: "" for None, and a text that a spreadsheet would take as a formula with a ``'`` in
    front (OWASP's advice: the cell then shows the text, not what a formula would compute). Numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(rows: Iterator[dict[str, Any]], columns: list[str], out: IO[str]) -> None:
    """The rows as CSV with a header; texts that start as a formula would are kept from being run (csv_cell)."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(v) for k, v in row.items()})


@contextlib.contextmanager
def output_file(path: Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """Open ``path`` for an export that appears whole or not at all.

    A regular file is written under a hidden temporary name beside it and renamed into place
    when the block ends, so a full disk or an interrupted export never leaves a half-written
    file and never destroys an earlier export at ``path``. Anything else (``/dev/stdout``, a
    pipe) is written directly.
    """
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder; give a file path with --out", str(path))
    if path.is_symlink() and path.is_file():
        # A link to the export (`latest.csv -> 2026-11.csv`): the file it names is replaced, the link stays.
        path = path.resolve()
    if path.is_file() and not os.access(path, os.W_OK):
        # Renaming over it would succeed (the folder is writable), but the user made it read-only.
        raise PermissionError(errno.EACCES, "is read-only; make it writable, or give another --out", str(path))
    if path.exists() and not path.is_file():
        with _open_direct(path, binary) as handle:
            yield handle
        return
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder; create it first", str(path.parent))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        # The error would name the hidden temporary file; the user named ``path``.
        raise OSError(error.errno, error.strerror, str(path)) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; give it the mode a plain open() would (or the old file's).
        temp.chmod(path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _open_direct(path: Path, binary: bool) -> IO[Any]:
    return path.open("wb") if binary else path.open("w", encoding="utf-8", newline="")


def _umask() -> int:
    """The process's umask (reading it means setting it; put it back at once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_parquet(rows: Iterator[dict[str, Any]], columns: list[str], path: Path) -> None:
    """Write the rows as a Parquet table at ``path`` (whole or not at all, see :func:`output_file`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(list(rows)) if columns else pa.table({})
    if table.num_columns == 0:
        table = pa.table({c: pa.array([], type=pa.string()) for c in columns})
    # A file object, not the path: on a failed write pyarrow deletes a path it was given,
    # which would remove an earlier export (or a device file) instead of leaving it alone.
    with output_file(path, binary=True) as handle:
        pq.write_table(table, handle)


def csv_text(rows: Iterator[dict[str, Any]], columns: list[str]) -> str:
    buffer = io.StringIO()
    write_csv(rows, columns, buffer)
    return buffer.getvalue()
