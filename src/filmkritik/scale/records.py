"""Records on disk: JSON lines and Parquet with the record schema, written and read back.

Both batch and Spark output are folders of part files; :func:`iter_records` reads
either (or one file) back in order, as :class:`~filmkritik.model.ReviewRecord`
objects that ``to_dict()`` exactly as they did when they were written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from filmkritik.errors import InputError
from filmkritik.model import ReviewRecord
from filmkritik.scale.schema import record_schema

#: How many rows one read from a Parquet file holds: bounded memory on big outputs.
READ_BATCH_ROWS = 1024


def record_problem(data: Any) -> str | None:
    """What keeps ``data`` from being a record as ``ReviewRecord.to_dict()`` writes it (a missing field, a
    wrong type), as ``field.path: what``; None for a sound record. A record edited by hand or damaged on
    its way must be refused with its field, not stored half-built or crash the reader of the file."""
    return _problem(ReviewRecord, data, "record")


def record_from_dict(data: Any, where: str) -> ReviewRecord:
    """``ReviewRecord.from_dict(data)``, or an InputError naming ``where`` and the field that is wrong."""
    problem = record_problem(data)
    if problem:
        raise InputError(
            f"{where}: a damaged filmkritik record ({problem}); save records with `filmkritik read -f json`"
        )
    return ReviewRecord.from_dict(data)


def _problem(tp: Any, value: Any, path: str) -> str | None:
    import dataclasses
    import types
    import typing

    from filmkritik.model import _field_types

    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _problem(args[0], value, path) if len(args) == 1 else None
    if value is None:
        return f"{path} is missing" if dataclasses.is_dataclass(tp) else f"{path} is null"
    if origin is typing.Literal:
        allowed = typing.get_args(tp)
        return None if value in allowed else f"{path} is {_short(value)}, not one of {', '.join(map(str, allowed))}"
    if origin is list:
        if not isinstance(value, list):
            return f"{path} is {_short(value)}, not a list"
        (inner,) = typing.get_args(tp)
        for n, item in enumerate(value):
            problem = _problem(inner, item, f"{path}[{n}]")
            if problem:
                return problem
        return None
    if origin is tuple:
        ok = isinstance(value, (list, tuple)) and len(value) == 2 and all(_is_int(v) for v in value)
        return None if ok else f"{path} is {_short(value)}, not a [start, end] pair"
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            return f"{path} is {_short(value)}, not an object"
        types_ = _field_types(tp)  # type: ignore[arg-type]
        for f in dataclasses.fields(tp):
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            if f.name not in value:
                if required:
                    return f"{path}.{f.name} is missing"
                continue
            problem = _problem(types_[f.name], value[f.name], f"{path}.{f.name}")
            if problem:
                return problem
        return None
    if tp is bool:
        return None if isinstance(value, bool) else f"{path} is {_short(value)}, not true or false"
    if tp is int:
        return None if _is_int(value) else f"{path} is {_short(value)}, not a whole number"
    if tp is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else f"{path} is {_short(value)}, not a number"
    if tp is str:
        return None if isinstance(value, str) else f"{path} is {_short(value)}, not text"
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def records_table(rows: Iterable[dict[str, Any]]) -> pa.Table:
    """``to_dict()`` rows as an Arrow table with the explicit record schema."""
    return pa.Table.from_pylist(list(rows), schema=record_schema())


def write_parquet(rows: Iterable[dict[str, Any]], path: str | Path) -> None:
    """Write ``to_dict()`` rows to one Parquet file (an empty file still has the full schema)."""
    pq.write_table(records_table(rows), str(path), compression="zstd")


def write_jsonl(rows: Iterable[dict[str, Any]], path: str | Path) -> None:
    """Write ``to_dict()`` rows as JSON lines (UTF-8, one record per line)."""
    # backslashreplace: a lone surrogate (a file name that is not UTF-8, in source.path) becomes its JSON escape.
    with open(path, "w", encoding="utf-8", errors="backslashreplace") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def commit(tmp: str | Path, final: str | Path) -> None:
    """Make ``tmp`` the file ``final`` in one step: a reader sees the whole file or none."""
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, final)


def part_files(path: str | Path, suffix: str) -> list[Path]:
    """The data files of an output folder in order, skipping Spark's and our own bookkeeping.

    Files and folders whose names start with ``_`` or ``.`` (``_SUCCESS``, ``_errors/``,
    ``.crc`` checksums, unfinished ``.tmp`` parts) are not data, as in Spark and Hive.
    """
    root = Path(path)
    if not root.exists():
        raise InputError(f"{root}: no such file or folder")
    if root.is_file():
        return [root]
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(("_", ".")))
        found += [Path(dirpath) / f for f in filenames if f.endswith(suffix) and not f.startswith(("_", "."))]
    # Batch and Spark name their data files part-*; anything else beside them (errors.jsonl) is not a record.
    parts = [f for f in found if f.name.startswith("part-")]
    return sorted(parts or found)


def iter_parquet_dicts(path: str | Path) -> Iterator[dict[str, Any]]:
    """Rows of a Parquet file or folder (batch or Spark output) as ``to_dict()``-shaped dicts."""
    files = part_files(path, ".parquet")
    if not files:
        raise InputError(f"{path}: no .parquet files here; give the output folder of `filmkritik batch` or `spark`")
    for file in files:
        for batch in pq.ParquetFile(file).iter_batches(batch_size=READ_BATCH_ROWS):
            yield from batch.to_pylist()


def iter_parquet_records(path: str | Path) -> Iterator[ReviewRecord]:
    """Records stored in Parquet by ``filmkritik batch --format parquet`` or ``filmkritik spark``.

    ``path`` is one Parquet file or an output folder; records come in part-file order.
    """
    for row in iter_parquet_dicts(path):
        yield ReviewRecord.from_dict(row)


def iter_jsonl_records(path: str | Path) -> Iterator[ReviewRecord]:
    """Records stored as JSON lines (one file, or a batch output folder of ``.jsonl`` parts)."""
    for file in part_files(path, ".jsonl"):
        with open(file, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield ReviewRecord.from_dict(json.loads(line))


def iter_records(path: str | Path) -> Iterator[ReviewRecord]:
    """Records from batch or Spark output in either format (Parquet when both are present)."""
    root = Path(path)
    if root.is_file():
        return iter_parquet_records(root) if root.suffix == ".parquet" else iter_jsonl_records(root)
    if part_files(root, ".parquet"):
        return iter_parquet_records(root)
    return iter_jsonl_records(root)
