"""Adding many inputs: files, folders and row files, one transaction per review."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from filmkritik.errors import FilmkritikError, InputError
from filmkritik.kb.base import KnowledgeBase
from filmkritik.kb.sources import Item, count_items, expand, items


@dataclass
class AddSummary:
    """What one ``add`` run did."""

    added: int = 0
    unchanged: int = 0
    failed: int = 0
    not_reviews: int = 0
    films: set[int] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)


def add_item(kb: KnowledgeBase, item: Item) -> tuple[bool, int | None, bool]:
    """Store one item; returns (created, film_id, is_review)."""
    import filmkritik

    if item.record is not None:
        record = item.record
    elif item.text is not None:
        from filmkritik.kb.reading import read_for_kb

        record = read_for_kb(item.text, item.hints)
    else:
        record = filmkritik.read(item.origin)
    result = kb.add_record(record, item.hints)
    return result.created, result.film_id, record.is_review.value


def add_paths(
    kb: KnowledgeBase,
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
) -> AddSummary:
    """Add every review in ``paths``; ``progress(done, total, origin)`` is called after each.

    Bad inputs are counted and reported in the summary, not raised, so one broken file does not
    stop a long run; database errors are raised (the run can be repeated: stored reviews are skipped).
    """
    files = expand(list(paths))
    total = sum(count_items(f) for f in files)
    summary = AddSummary()
    done = 0
    for path in files:
        try:
            stream = list(items(path)) if path.suffix.lower() == ".csv" else items(path)
            for item in stream:
                done += 1
                _add_one(kb, item, summary)
                if progress:
                    progress(done, total, item.origin)
        except InputError as error:
            summary.failed += 1
            summary.errors.append(str(error))
            if progress:
                progress(done, total, str(path))
    return summary


def _add_one(kb: KnowledgeBase, item: Item, summary: AddSummary) -> None:
    if item.error:
        summary.failed += 1
        summary.errors.append(item.error)
        return
    try:
        created, film_id, is_review = add_item(kb, item)
    except InputError as error:
        summary.failed += 1
        summary.errors.append(str(error))
        return
    except FilmkritikError as error:
        if error.exit_code == 3:  # not a review
            summary.not_reviews += 1
            return
        raise
    if created:
        summary.added += 1
    else:
        summary.unchanged += 1
    if not is_review:
        summary.not_reviews += 1
    if film_id is not None:
        summary.films.add(film_id)
