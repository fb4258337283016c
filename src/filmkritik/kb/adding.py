"""Adding many inputs: files, folders and row files, one transaction per review.

Reading (the slow part) can run in worker processes (``jobs``); storing stays in this process,
in input order, one review per transaction, so an interrupted run can simply be repeated.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from filmkritik.errors import InputError, NotAReviewError
from filmkritik.ingest.load import is_url
from filmkritik.ingest.stray_bytes import with_replacement_warning
from filmkritik.kb.base import KnowledgeBase
from filmkritik.kb.sources import Item, count_items, expand, items

# Reads queued ahead per worker: enough to keep workers busy, small enough for any corpus size.
_AHEAD_PER_JOB = 16


@dataclass
class AddSummary:
    """What one ``add`` run did."""

    added: int = 0
    unchanged: int = 0
    failed: int = 0
    not_reviews: int = 0
    films: set[int] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)


def read_item(item: Item) -> Item:
    """The item with its record read (or its error set); records given already pass through."""
    if item.error or item.record is not None:
        return item
    import filmkritik
    from filmkritik.kb.reading import read_for_kb

    try:
        if item.unit is not None:
            from filmkritik.read import read_document

            record = read_document(item.unit.to_document())
        elif item.text is not None:
            record = read_for_kb(item.text, item.hints)
            # A table's row is named in the stored record as `read` and `batch` name it (FILE#row=N).
            record.source.kind, record.source.path = "corpus", item.origin
        else:
            record = filmkritik.read(item.origin)
    except (InputError, NotAReviewError) as error:
        return replace(item, error=_located(str(error), item.origin))
    with_replacement_warning(record)  # (stray bytes in a UTF-8 file were read as U+FFFD: the record says so)
    return replace(item, record=record, text=None, unit=None)


def _located(message: str, origin: str) -> str:
    """The error of a row read from a string names the row (``corpus.jsonl:8``), not "HTML input"."""
    for generic in ("HTML input: ", "input: "):
        if message.startswith(generic):
            return f"{origin}: {message.removeprefix(generic)}"
    return message if message.startswith(origin.split("#")[0]) else f"{origin}: {message}"


def _all_items(files: list[Path | Item]) -> Iterator[Item]:
    for path in files:
        if isinstance(path, Item):  # a missing path, a broken link or a pipe in a folder: reported
            yield path
            continue
        try:
            yield from items(path)
        except InputError as error:
            yield Item(origin=str(path), error=str(error))
        except (OSError, EOFError) as error:  # a damaged .gz, a file that vanished: the other files go on
            yield Item(origin=str(path), error=f"{path}: cannot be read ({getattr(error, 'strerror', None) or error})")


def _read_all(stream: Iterable[Item], jobs: int) -> Iterator[Item]:
    if jobs <= 1:
        yield from map(read_item, stream)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_ctrl_c) as pool:
        window: deque[Future[Item]] = deque()
        try:
            for item in stream:
                window.append(pool.submit(read_item, item))
                if len(window) >= jobs * _AHEAD_PER_JOB:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        except BaseException:
            # Ctrl-C (or an error storing): the reads queued ahead are dropped, not finished first.
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _ignore_ctrl_c() -> None:
    """In a worker: Ctrl-C is the parent's to handle (each worker printed its own KeyboardInterrupt traceback)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def add_paths(
    kb: KnowledgeBase,
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
    jobs: int = 1,
) -> AddSummary:
    """Add every review in ``paths``; ``progress(done, total, origin)`` is called after each.

    Bad inputs are counted and reported in the summary, not raised, so one broken file does not
    stop a long run; database and model errors are raised (the run can be repeated: stored
    reviews are skipped). ``jobs`` > 1 reads in that many worker processes.
    """
    # In the order given: a URL's error came before the errors of every file named before it.
    inputs: list[Path | Item] = []
    for arg in map(str, paths):
        inputs += [Item(origin=arg)] if is_url(arg) else expand([arg])
    total = sum(count_items(f) if isinstance(f, Path) else 1 for f in inputs)
    summary = AddSummary()
    stream = _all_items(inputs)
    for done, item in enumerate(_read_all(stream, jobs), 1):
        _store(kb, item, summary)
        if progress:
            progress(min(done, total), total, item.origin)
    return summary


def _store(kb: KnowledgeBase, item: Item, summary: AddSummary) -> None:
    if item.error or item.record is None:
        summary.failed += 1
        summary.errors.append(item.error or f"{item.origin}: could not be read")
        return
    try:
        result = kb.add_record(item.record, item.hints)
    except InputError as error:  # e.g. a rating hint that is no rating
        summary.failed += 1
        summary.errors.append(f"{item.origin}: {error}")
        return
    # A text judged no review (and not said by a hint to review a film) is kept without a film: it is counted
    # apart, not as an added review ("added 1 review ... 1 not reviews" for a recipe).
    review = item.record.is_review.value or bool(item.hints and item.hints.film)
    summary.added += result.created and review
    summary.not_reviews += result.created and not review
    summary.unchanged += not result.created
    if result.film_id is not None:
        summary.films.add(result.film_id)
