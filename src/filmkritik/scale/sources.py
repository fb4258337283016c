"""Inputs of a batch or Spark job, expanded into units of work: one unit, one review.

A unit is a file, a corpus row, a WARC page or a feed entry. Every unit has a
``key`` that names it stably across runs (``PATH``, ``PATH#row=N``,
``PATH#offset=N``, ``PATH#entry=N``) and a ``to_document()`` that does the
expensive part (decoding, HTML extraction) in whichever process reads it.
Expansion order is deterministic: inputs in the order given, folders walked in
sorted order, rows and records in file order.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from filmkritik.errors import FilmkritikError, InputError
from filmkritik.ingest import corpus, feed, warc
from filmkritik.ingest.document import Document
from filmkritik.ingest.load import (
    load_file_bytes,
    load_path,
    missing_path,
    unreadable_folder,
    walked_file_problem,
)


class Unit(Protocol):
    """One review's worth of input."""

    @property
    def key(self) -> str: ...

    def to_document(self) -> Document: ...


@dataclass(frozen=True)
class FileUnit:
    """A text or HTML file on a local disk, read exactly as ``filmkritik read PATH`` reads it."""

    path: str

    @property
    def key(self) -> str:
        return self.path

    def to_document(self) -> Document:
        return load_path(self.path)


@dataclass(frozen=True)
class FileBytesUnit:
    """A text or HTML file whose bytes are already here (Spark reads files on executors)."""

    path: str
    data: bytes

    @property
    def key(self) -> str:
        return self.path

    def to_document(self) -> Document:
        # The same function as `filmkritik read FILE`, so a file read by Spark gives the same record.
        return load_file_bytes(self.data, self.path)


@dataclass(frozen=True)
class BrokenUnit:
    """An input that could not be expanded (unreadable WARC, corpus without a text column)."""

    key: str
    message: str

    def to_document(self) -> Document:
        raise InputError(self.message)


def expand(
    inputs: Iterable[str | Path],
    exclude: Path | None = None,
    file_units: Callable[[str], Iterator[Unit]] | None = None,
) -> Iterator[Unit]:
    """Every unit of ``inputs`` (files and folders), in a deterministic order.

    ``exclude`` is a folder never to descend into: the job's own output folder.
    Problems with one input become a :class:`BrokenUnit` so the job goes on. ``file_units`` gives the units of
    one file (default :func:`expand_file`; a batch rerun's check gives those of unchanged files unread).
    """
    expand_file_ = file_units or expand_file
    excluded = exclude.resolve() if exclude else None
    for raw in inputs:
        path = Path(raw)
        if not _exists(path):
            yield BrokenUnit(str(raw), missing_path(path) or f"{raw}: no such file or folder")
        elif path.is_dir():
            unreadable: list[OSError] = []
            for file in walk(path, excluded, unreadable.append):
                problem = walked_file_problem(file)
                if problem:
                    yield BrokenUnit(str(file), problem)
                else:
                    yield from expand_file_(str(file))
            # A folder that cannot be listed was passed over without a word (os.walk's default).
            yield from (BrokenUnit(str(error.filename), unreadable_folder(error)) for error in unreadable)
        else:
            yield from expand_file_(str(raw))


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # (a folder on its way that cannot be entered)
        return False


def walk(
    folder: Path, excluded: Path | None = None, onerror: Callable[[OSError], object] | None = None
) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, skipping hidden ones and ``excluded``; ``onerror`` is given each
    folder that cannot be listed."""
    for dirpath, dirnames, filenames in os.walk(folder, onerror=onerror):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and (excluded is None or (here / d).resolve() != excluded)
        )
        for name in sorted(filenames):
            if not name.startswith("."):
                yield here / name


def expand_file(path: str) -> Iterator[Unit]:
    """The units of one local file, chosen by its suffix (and content, for ``.xml``)."""
    units: Iterator[Unit]
    if warc.is_warc(path):
        units = warc.iter_pages(path)
    elif corpus.is_corpus(path):
        units = corpus.iter_rows(path)
    elif feed.is_feed(path):
        units = feed.iter_entries(path)
    else:
        yield FileUnit(path)
        return
    yield from _guarded(units, path, _empty_file(path) if os.path.getsize(path) == 0 else _nothing_in(path))


def expand_bytes(path: str, data: bytes) -> Iterator[Unit]:
    """The units of one file whose bytes were read elsewhere (a Spark executor)."""
    units: Iterator[Unit]
    if warc.is_warc(path):
        units = warc.iter_pages_from_stream(io.BytesIO(data), path)
    elif corpus.is_corpus(path):
        units = corpus.iter_rows_from_stream(io.BytesIO(data), path)
    elif path.lower().endswith(feed.SUFFIXES) or (
        path.lower().endswith(feed.SNIFFED_SUFFIXES) and feed.looks_like_feed(data[:4096])
    ):
        units = feed.iter_entries_from_bytes(data, path)
    else:
        yield FileBytesUnit(path, data)
        return
    yield from _guarded(units, path, _empty_file(path) if not data else _nothing_in(path))


def _empty_file(path: str) -> str:
    return f"{path}: the file is empty; give a review as text or HTML, or a corpus, feed or WARC file with reviews"


def _nothing_in(path: str) -> str:
    """What an empty container lacks: a run that reads nothing from a named file must say so."""
    if warc.is_warc(path):
        return f"{path}: no HTML page in it (one review per response record of an HTML page with status 200)"
    if corpus.is_corpus(path):
        return f"{path}: no rows in it; give one review per row, in a `text` or `html` column"
    return f"{path}: no entries in it; a feed gives one review per entry"


def _guarded(units: Iterator[Unit], path: str, empty: str) -> Iterator[Unit]:
    # A file that breaks half-way (truncated WARC.gz) keeps the units before the damage.
    count = 0
    try:
        for unit in units:
            count += 1
            yield unit
        if not count:
            yield BrokenUnit(path, empty)
    except FilmkritikError as error:
        yield BrokenUnit(f"{path}#unreadable={count}", str(error))
    except Exception as error:  # damaged files raise many library-specific types
        yield BrokenUnit(f"{path}#unreadable={count}", f"{path}: cannot be read ({type(error).__name__}: {error})")
