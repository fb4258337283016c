"""``filmkritik batch``: read a corpus with every core, resumably.

The job expands its inputs into units (see :mod:`filmkritik.scale.sources`),
cuts them into numbered chunks of ``chunk_size`` units in input order, and
hands chunks to worker processes that each load the reader once. Chunk ``N``
becomes one part file ``OUT/part-N.jsonl`` (or ``.parquet``), written under a
hidden temporary name and renamed into place, then a manifest entry
``OUT/_manifest/part-N.json`` listing the chunk's input keys and its errors
is committed the same way. A chunk is done exactly when its manifest entry
exists, so a job stopped at any moment (Ctrl-C, ``kill -9``, a power cut) and run
again skips the done chunks, redoes the rest, and loses or duplicates nothing.
Reading the part files in name order gives the records in input order.

The entry also holds a digest of each input's content (:func:`unit_digest`), so a
run again after an input was edited reads the chunks holding it again (their part
file and entry replaced, each in one step) and keeps every other chunk as it is.
Inputs added or removed since shift the chunks after them: those are read again,
and parts the inputs no longer make are deleted. A chunk written by another reader
(:func:`reader_version`: a new filmkritik, an edited reader) is read again too.

A worker reads its chunk's units ten at a time a stage at a time
(:func:`read_units`): the same records as one by one, faster.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import functools
import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import signal
import stat
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from filmkritik.errors import FilmkritikError, InputError
from filmkritik.ingest.decode import MAX_BYTES
from filmkritik.ingest.document import Document
from filmkritik.ingest.stray_bytes import with_replacement_warning
from filmkritik.scale import records as record_files
from filmkritik.scale.input_cache import InputCache, KnownUnit
from filmkritik.scale.sources import FileUnit, Unit, expand, expand_file

if TYPE_CHECKING:
    from filmkritik.model import ReviewRecord

U = TypeVar("U")

Format = Literal["jsonl", "parquet"]

#: Units per chunk (and per part file): small enough to lose little on a kill,
#: large enough that process hand-offs cost nothing next to reading.
DEFAULT_CHUNK_SIZE = 16
MANIFEST_DIR = "_manifest"
JOB_FILE = "job.json"
ERRORS_FILE = "errors.jsonl"
SUCCESS_FILE = "_SUCCESS"
#: How often a worker checks that the main process is still there.
PARENT_CHECK_SECONDS = 0.5
_JOB_VERSION = 1
#: Units a worker reads a stage at a time (``pipeline.BATCH``, speed pass 20: +7.5% German, +10% English over one
#: by one; more gains little and holds more pages in memory).
READ_BATCH = 10

# A short review the workers read once at start-up, so every model the reader
# loads lazily is in memory before the first timed chunk.
_WARM_UP = (
    "Ein stiller Film über eine Fährfrau. Die Regisseurin Mara Feldt erzählt ruhig, "
    "Ilse (Katharina Wendt) steuert die Fähre. Ein schöner Film.\n\n"
    "A quiet film about a ferry pilot. Director Mara Feldt lets Katharina Wendt carry it. Three stars out of four."
)


class WorkerDied(FilmkritikError):
    """A worker process ended abruptly (out of memory, killed); finished parts are kept."""


@dataclass(frozen=True)
class BatchJob:
    """What a batch job reads and writes; a resumed run must ask for the same."""

    inputs: tuple[str, ...]
    out: Path
    format: Format = "jsonl"
    reviews_only: bool = False
    chunk_size: int = DEFAULT_CHUNK_SIZE

    def identity(self) -> dict[str, Any]:
        """The settings that decide the output (the worker count does not)."""
        return {
            "version": _JOB_VERSION,
            "inputs": list(self.inputs),
            "format": self.format,
            "reviews_only": self.reviews_only,
            "chunk_size": self.chunk_size,
        }


@dataclass
class BatchSummary:
    """What a finished batch job did."""

    out: Path
    units: int = 0
    records: int = 0
    not_reviews: int = 0
    errors: int = 0
    parts: int = 0
    resumed_parts: int = 0
    resumed_units: int = 0
    seconds: float = 0.0
    #: Parts of an earlier run read again because their file was missing or damaged (deleted, cut short).
    redone_parts: list[str] = field(default_factory=list)
    #: Parts of an earlier run read again because an input of theirs changed since (edited, replaced, added or
    #: removed before it), or because another reader wrote them (``outdated_parts`` says which of these).
    changed_parts: list[str] = field(default_factory=list)
    #: Of ``changed_parts``, those written by another reader (another filmkritik version, or its reader edited).
    outdated_parts: list[str] = field(default_factory=list)
    #: Parts of an earlier run deleted because the inputs no longer make them (inputs removed).
    dropped_parts: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Units read per second in this run (done parts from earlier runs excluded)."""
        fresh = self.units - self.resumed_units
        return fresh / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["out"] = str(self.out)
        return data


@dataclass
class ChunkResult:
    """A worker's answer for one chunk: the part file written under a temporary name."""

    part: int
    keys: list[str]
    tmp_path: str
    records: int
    not_reviews: int
    errors: list[dict[str, str]] = field(default_factory=list)
    #: :func:`unit_digest` of each unit, taken before it was read (an edit while it is read is seen next run).
    digests: list[str] = field(default_factory=list)


class Progress(Protocol):
    """Where a batch job reports progress (the CLI draws a Rich bar)."""

    def start(self, total: int, done: int) -> None: ...

    def advance(self, units: int) -> None: ...


def run_batch(job: BatchJob, workers: int | None = None, progress: Progress | None = None) -> BatchSummary:
    """Run (or resume) ``job`` with ``workers`` processes (default: one per core).

    On Linux workers are forked (they start in a fraction of a second) unless the
    calling process runs other threads, whose locks a fork could copy mid-use; then,
    and on other systems, they are spawned, and a script that calls this must do so
    under ``if __name__ == "__main__":``.
    """
    workers = max(1, workers or os.cpu_count() or 1)
    out = job.out
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: is a file; give a folder for --out (it is created if missing)")
    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST_DIR).mkdir(exist_ok=True)
    started = time.perf_counter()
    with _exclusive(out):
        _check_job(job)
        _remove_unfinished(out)
        redone = _drop_broken_parts(out, job.format)
        done = _load_manifests(out)
        # (Also on a first run: its look at every input is what lets a rerun skip the unchanged ones unread.)
        check = _check_done(job, done)
        stale = sorted(set(done) - check.parts) if check else []
        dropped = _drop_parts(out, job.format, stale)
        for part in stale:
            del done[part]
        if check is None or not check.parts <= set(done):
            # (Nothing to read, nothing started: a rerun with nothing changed costs the digests alone.)
            with _worker_pool(workers) as pool:
                # Workers start (and fork) before the progress bar starts its drawing thread.
                if progress is not None and check is not None:
                    progress.start(check.total, sum(len(m["keys"]) for m in done.values()))
                chunks = _chunks(expand(job.inputs, exclude=out), job.chunk_size)
                for _entry in _run_chunks(job, chunks, done, pool, workers, progress):
                    pass
        elif progress is not None:
            progress.start(check.total, check.total)
        manifests = _load_manifests(out)
        _write_errors(out, manifests)
        summary = _summarise(out, manifests, resumed=set(done))
        summary.redone_parts = redone
        summary.changed_parts = [part_name(part, job.format) for part in check.changed] if check else []
        summary.outdated_parts = [part_name(part, job.format) for part in check.outdated] if check else []
        summary.dropped_parts = dropped
        summary.seconds = time.perf_counter() - started
        _write_atomically(out / SUCCESS_FILE, json.dumps(summary.to_dict(), indent=2) + "\n")
    return summary


def _summarise(out: Path, manifests: dict[int, dict[str, Any]], resumed: set[int]) -> BatchSummary:
    summary = BatchSummary(out=out)
    for part, entry in sorted(manifests.items()):
        summary.parts += 1
        summary.units += len(entry["keys"])
        summary.records += entry["records"]
        summary.not_reviews += entry["not_reviews"]
        summary.errors += len(entry["errors"])
        if part in resumed:
            summary.resumed_parts += 1
            summary.resumed_units += len(entry["keys"])
    return summary


def part_name(part: int, fmt: Format) -> str:
    return f"part-{part:05d}.{fmt}"


@contextmanager
def _worker_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Started worker processes; stopped at once when the job fails or is interrupted."""
    method = "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context(method), initializer=_start_worker
    )
    try:
        pool.submit(os.getpid).result()  # launches every worker now
        yield pool
    except BrokenProcessPool:
        _stop_workers(pool)
        raise WorkerDied(
            "a worker process died (out of memory, killed, or a script calling run_batch "
            "without `if __name__ == '__main__':`); run the same command again to resume (try fewer --workers)"
        ) from None
    except BaseException:
        # Ctrl-C or an error: stop now. Committed parts stay; chunks in flight are redone on resume.
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)


def _run_chunks(
    job: BatchJob,
    chunks: Iterator[tuple[int, list[Unit]]],
    done: dict[int, dict[str, Any]],
    pool: ProcessPoolExecutor,
    workers: int,
    progress: Progress | None,
) -> Iterator[dict[str, Any]]:
    """Read every chunk not yet done; yield each chunk's manifest entry as it is committed."""
    pending: set[Future[ChunkResult]] = set()
    for part, units in chunks:
        if part in done:
            _check_keys(job, part, done[part], units)
            yield done[part]
            continue
        # Keep every worker busy, but hold few chunks in memory (WARC pages carry their HTML).
        while len(pending) >= 2 * workers:
            yield from _commit_finished(job, pending, progress, FIRST_COMPLETED)
        pending.add(pool.submit(read_chunk, part, units, str(job.out), job.format, job.reviews_only))
    while pending:
        yield from _commit_finished(job, pending, progress, FIRST_COMPLETED)


@dataclass
class _Check:
    """What the inputs make now, against the parts done: how many units, which parts, which to read again."""

    total: int = 0
    parts: set[int] = field(default_factory=set)
    changed: list[int] = field(default_factory=list)
    outdated: list[int] = field(default_factory=list)
    #: Input files read and hashed to tell (the others were unchanged since the last check: not read).
    hashed: int = 0


def _check_done(job: BatchJob, done: dict[int, dict[str, Any]]) -> _Check:
    """Which done parts must be read again: one holding an input whose content changed since it was read, one whose
    inputs are others now (an input added or removed before it shifts it), one another reader wrote. They are taken
    out of ``done``, to be read again (their new part file and entry replace the old ones when they commit, so an
    interruption before leaves the old part, still marked changed). Parts of a run before digests or reader versions
    were kept are read again too: nothing says their inputs or reader are the same."""
    check = _Check()
    reader = reader_version()
    # Files unchanged since the last check (size, times, inode) give their units' keys and digests unread.
    cache = InputCache.load(job.out / MANIFEST_DIR)
    known = expand(
        job.inputs, exclude=job.out, file_units=lambda path: cache.expand_file(path, expand_file, unit_digest)
    )
    for part, units in _chunks(known, job.chunk_size):
        check.total += len(units)
        check.parts.add(part)
        entry = done.get(part)
        if entry is None:
            continue
        if entry["keys"] != [unit.key for unit in units] or entry.get("digests") != [unit_digest(u) for u in units]:
            check.changed.append(part)
        elif entry.get("reader") != reader:
            check.changed.append(part)
            check.outdated.append(part)
    for part in check.changed:
        del done[part]
    cache.save(job.out / MANIFEST_DIR, _write_atomically)
    check.hashed = len(cache.hashed)
    return check


def _drop_parts(out: Path, fmt: Format, parts: list[int]) -> list[str]:
    """Delete done parts the inputs no longer make (inputs removed): entry first, so an interruption leaves no
    entry without its part file. Returns the part files deleted."""
    names = []
    for part in parts:
        (out / MANIFEST_DIR / f"part-{part:05d}.json").unlink(missing_ok=True)
        (out / part_name(part, fmt)).unlink(missing_ok=True)
        names.append(part_name(part, fmt))
    return names


def reader_version() -> str:
    """filmkritik's version and a digest of the code and data that make a record (ingest, read, lang, models,
    model.py): a part another reader wrote is read again, so one output never mixes two readers' records. (The
    version alone stays the same between releases, and through an editable install's edits.)"""
    import filmkritik

    return f"{filmkritik.__version__}+{_reader_digest(Path(filmkritik.__file__).parent)}"


@functools.lru_cache(maxsize=1)
def _reader_digest(package: Path) -> str:
    digest = hashlib.blake2b(digest_size=8)
    for name in ("ingest", "read", "lang", "models", "model.py"):
        root = package / name
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if "__pycache__" in path.parts or not path.is_file():
                continue
            digest.update(str(path.relative_to(package)).encode("utf-8", "backslashreplace") + b"\0")
            with contextlib.suppress(OSError):
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _check_keys(job: BatchJob, part: int, entry: dict[str, Any], units: Sequence[Unit]) -> None:
    keys = [unit.key for unit in units]
    if entry["keys"] != keys:
        raise InputError(
            f"{job.out}: part {part} was made from other inputs ({entry['keys'][0]}, not {keys[0]}); "
            "the inputs changed since the job started: give a new --out folder"
        )


def unit_digest(unit: Unit) -> str:
    """A digest of what ``unit``'s record is read from: its file's bytes, or its row, page or entry as expanded.

    Its key names where it is; this says what it holds, so a rerun sees an input edited in place. A file that is
    not a regular file (a pipe) cannot be read twice: its digest is its kind alone, and it is not read again."""
    if isinstance(unit, KnownUnit):
        return unit.digest  # (its file unchanged since this digest was taken)
    digest = hashlib.blake2b(digest_size=16)
    if isinstance(unit, FileUnit):
        _digest_file(digest, unit.path)
    elif dataclasses.is_dataclass(unit):
        for item in dataclasses.fields(unit):
            _digest_value(digest, getattr(unit, item.name))
    else:
        _digest_value(digest, repr(unit))
    return digest.hexdigest()


def _digest_file(digest: Any, path: str) -> None:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            digest.update(f"special {stat.S_IFMT(info.st_mode)}".encode())
        elif info.st_size > MAX_BYTES:
            # (Refused by its size alone, the size in the message: no need to read gigabytes on every rerun.)
            digest.update(f"too large {info.st_size}".encode())
        else:
            with open(path, "rb") as handle:
                digest.update(b"file ")
                while block := handle.read(1 << 20):
                    digest.update(block)
    except OSError as error:
        digest.update(f"unreadable {error.errno}".encode())


def _digest_value(digest: Any, value: object) -> None:
    # Each value prefixed by its length, so that field boundaries cannot shift between two units.
    data = value if isinstance(value, bytes) else repr(value).encode("utf-8", "backslashreplace")
    digest.update(f"{type(value).__name__} {len(data)} ".encode())
    digest.update(data)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    # The executor has no public way to end running tasks (before Python 3.14), and
    # waiting for every chunk in flight would make Ctrl-C feel ignored.
    for process in list(getattr(pool, "_processes", {}).values()):
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _commit_finished(
    job: BatchJob, pending: set[Future[ChunkResult]], progress: Progress | None, when: str
) -> Iterator[dict[str, Any]]:
    finished, _ = wait(pending, return_when=when)
    for future in finished:
        pending.discard(future)
        result = future.result()
        entry = _commit(job, result)
        if progress is not None:
            progress.advance(len(result.keys))
        yield entry


def _commit(job: BatchJob, result: ChunkResult) -> dict[str, Any]:
    """Rename the part into place, then record it as done: the manifest entry is the commit."""
    record_files.commit(result.tmp_path, job.out / part_name(result.part, job.format))
    entry = {
        "part": result.part,
        "keys": result.keys,
        "records": result.records,
        "not_reviews": result.not_reviews,
        "errors": result.errors,
        "digests": result.digests,
        "reader": reader_version(),
    }
    _write_atomically(job.out / MANIFEST_DIR / f"part-{result.part:05d}.json", json.dumps(entry, ensure_ascii=False))
    return entry


def read_chunk(part: int, units: Sequence[Unit], out: str, fmt: Format, reviews_only: bool) -> ChunkResult:
    """Read the units of one chunk (in a worker) and write its part file under a temporary name."""
    rows: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    not_reviews = 0
    digests = [unit_digest(unit) for unit in units]  # (before reading: an edit meanwhile is seen on the next run)
    for unit, outcome in read_units(units):
        record = _as_dict(outcome)
        if isinstance(record, Exception):
            errors.append(error_entry(unit.key, record))
            continue
        if reviews_only and not record["is_review"]["value"]:
            not_reviews += 1
            continue
        rows.append(record)
    tmp = Path(out) / f".{part_name(part, fmt)}.{os.getpid()}.tmp"
    if fmt == "parquet":
        record_files.write_parquet(rows, tmp)
    else:
        record_files.write_jsonl(rows, tmp)
    return ChunkResult(
        part=part,
        keys=[unit.key for unit in units],
        tmp_path=str(tmp),
        records=len(rows),
        not_reviews=not_reviews,
        errors=errors,
        digests=digests,
    )


def error_entry(key: str, error: Exception) -> dict[str, str]:
    """The errors log's line for an input that could not be read: a reader bug keeps its trace."""
    if isinstance(error, FilmkritikError):
        return {"key": key, "error": type(error).__name__, "message": str(error)}
    return {
        "key": key,
        "error": type(error).__name__,
        "message": f"{key}: unexpected {type(error).__name__}: {error}",
        "traceback": "".join(traceback.format_exception(error, limit=-8)),
    }


def _as_dict(outcome: ReviewRecord | Exception) -> dict[str, Any] | Exception:
    if isinstance(outcome, Exception):
        return outcome
    try:
        return outcome.to_dict()
    except Exception as error:  # (as a reading's error: that input's line in the errors log)
        return error


def read_unit(unit: Unit) -> dict[str, Any]:
    """One unit read into a record, as ``to_dict()`` data."""
    from filmkritik.read import read_document

    return read_document(unit.to_document()).to_dict()


def _to_document(unit: Any) -> Document:
    return unit.to_document()  # type: ignore[no-any-return]


def read_units(
    units: Iterable[U],
    load: Callable[[U], Document | ReviewRecord] = _to_document,
    catch: tuple[type[Exception], ...] = (Exception,),
    size: int = READ_BATCH,
) -> Iterator[tuple[U, ReviewRecord | Exception]]:
    """Each unit with its record, or the error that reading it raised, in order: ``size`` units at a time read
    a stage at a time (:func:`filmkritik.read.read_documents`, the same records as one by one, faster).

    ``load`` makes a unit's document (or gives a record already read: ``filmkritik read`` of a saved record).
    An error of a ``catch`` type is that unit's outcome, and the others are read as ever; any other error is
    raised where reading one by one would raise it, after the outcomes of the units before it, and nothing after
    it is loaded. Only ``size`` documents are held at a time."""
    iterator = iter(units)
    while part := list(itertools.islice(iterator, max(1, size))):
        yield from _read_part(part, load, catch)


def _read_part(
    part: list[U], load: Callable[[U], Document | ReviewRecord], catch: tuple[type[Exception], ...]
) -> Iterator[tuple[U, ReviewRecord | Exception]]:
    loaded = _load_part(part, load, catch)
    documents = [item for item in loaded if isinstance(item, Document)]
    records = iter(_read_documents(documents, catch))
    for unit, item in zip(part, loaded, strict=False):  # (loading stops at an error not caught)
        outcome = next(records) if isinstance(item, Document) else item
        if isinstance(outcome, Exception) and not isinstance(outcome, catch):
            raise outcome
        with_replacement_warning(outcome)  # (stray bytes in a UTF-8 file were read as U+FFFD: the record says so)
        yield unit, outcome


def _load_part(
    part: list[U], load: Callable[[U], Document | ReviewRecord], catch: tuple[type[Exception], ...]
) -> list[Document | ReviewRecord | Exception]:
    loaded: list[Document | ReviewRecord | Exception] = []
    for unit in part:
        try:
            loaded.append(load(unit))
        except Exception as error:
            loaded.append(error)
            if not isinstance(error, catch):
                break  # one by one, nothing after it would have been loaded (stdin, a URL)
    return loaded


def _read_documents(documents: list[Document], catch: tuple[type[Exception], ...]) -> list[ReviewRecord | Exception]:
    """Their records read a stage at a time; where that raises (one bad document), each read alone, so each
    gets its own record or its own error as one by one (up to the first error not caught)."""
    from filmkritik.read import read_document, read_documents

    if len(documents) > 1:  # (one document is read as ever)
        try:
            return list(read_documents(documents))
        except Exception:
            pass
    outcomes: list[ReviewRecord | Exception] = []
    for document in documents:
        try:
            outcomes.append(read_document(document))
        except Exception as error:
            outcomes.append(error)
            if not isinstance(error, catch):
                break
    return outcomes


def warm_up() -> None:
    """Load the reader's models in this process (once), by reading a short review."""
    import filmkritik

    # A reader bug must not kill the pool: it shows up per record in the errors log, with its traceback.
    with contextlib.suppress(Exception):
        filmkritik.read_text(_WARM_UP)


def _start_worker() -> None:
    # Ctrl-C reaches the whole process group; the main process alone decides what
    # to do (stop, keep committed parts), so workers ignore it instead of dying mid-write.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        from threadpoolctl import threadpool_limits

        # One worker per core: numeric libraries must not start threads of their own.
        threadpool_limits(1)
    except ImportError:
        pass
    warm_up()
    # The worker's models and lexicons live as long as it does: out of the garbage collector's sight,
    # its full collections do not walk them again for every chunk.
    gc.freeze()


def _exit_with_parent(parent: int) -> None:
    # After `kill -9` of the main process nobody commits this worker's chunks, and
    # an idle worker would wait on the task queue forever (its siblings keep the
    # queue's pipe open): leave as soon as the parent is gone.
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _chunks(units: Iterable[Unit], size: int) -> Iterator[tuple[int, list[Unit]]]:
    iterator = iter(units)
    for part in itertools.count():
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield part, chunk


def _check_job(job: BatchJob) -> None:
    path = job.out / JOB_FILE
    wanted = job.identity()
    if path.exists():
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            found = None
        if found is None:
            # ("holds another batch job" was said of a job.json cut short or overwritten: it holds none.)
            raise InputError(
                f"{job.out}: its job.json is damaged (not JSON), so the parts there cannot be told to be this job's; "
                "give a new --out folder, or delete this one to start over"
            )
        if found != wanted:
            raise InputError(
                f"{job.out}: holds another batch job (its job.json differs: inputs, --format or --reviews-only); "
                "give a new --out folder, or delete this one to start over"
            )
        return
    if any((job.out / MANIFEST_DIR).glob("part-*.json")):
        raise InputError(f"{job.out}: has parts but no job.json; give a new --out folder")
    _write_atomically(path, json.dumps(wanted, indent=2, ensure_ascii=False) + "\n")


def _load_manifests(out: Path) -> dict[int, dict[str, Any]]:
    entries = {}
    for path in sorted((out / MANIFEST_DIR).glob("part-*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        entries[int(entry["part"])] = entry
    return entries


def _drop_broken_parts(out: Path, fmt: Format) -> list[str]:
    """Forget the committed parts whose file is gone or no longer holds its records (deleted, cut short,
    damaged after the run), and unreadable manifest entries, so that this run reads them again: a resumed
    job must not report records it no longer has. Returns the part files so dropped."""
    dropped = []
    for manifest in sorted((out / MANIFEST_DIR).glob("part-*.json")):
        part_file = out / f"{manifest.stem}.{fmt}"
        try:
            entry = json.loads(manifest.read_text(encoding="utf-8"))
            expected = int(entry["records"])
        except (OSError, ValueError, KeyError, TypeError):
            expected = -1
        if expected < 0 or _records_in(part_file, fmt) != expected:
            manifest.unlink(missing_ok=True)
            part_file.unlink(missing_ok=True)
            dropped.append(part_file.name)
    return dropped


def _records_in(path: Path, fmt: Format) -> int | None:
    """How many records a part file holds, or None when it is missing or unreadable."""
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        lines = 0
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                lines += block.count(b"\n")
            if handle.tell() and not _ends_with_newline(path):
                return None  # a last line cut short
        return lines
    except Exception:  # a missing file, or damage pyarrow reports in many types
        return None


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def _remove_unfinished(out: Path) -> None:
    """Delete temporary files of an interrupted run: they were never committed."""
    for folder in (out, out / MANIFEST_DIR):
        for path in folder.glob(".*.tmp"):
            path.unlink(missing_ok=True)


def _write_errors(out: Path, manifests: dict[int, dict[str, Any]]) -> None:
    lines = [
        json.dumps(error, ensure_ascii=False) + "\n"
        for part in sorted(manifests)
        for error in manifests[part]["errors"]
    ]
    _write_atomically(out / ERRORS_FILE, "".join(lines))


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.parent / f".{path.name}.{os.getpid()}.tmp"
    # A file name that is not UTF-8 (Python keeps its bytes as lone surrogates) is written as a JSON escape
    # ("\\udcff"), which reads back as the same name: job.json, manifests and errors.jsonl stay valid JSON.
    tmp.write_text(text, encoding="utf-8", errors="backslashreplace")
    record_files.commit(tmp, path)


@contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """One job per output folder; the lock dies with its process, even on ``kill -9``."""
    with open(out / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                f"{out}: another filmkritik batch is writing here; wait for it or use another --out"
            ) from None
        yield
