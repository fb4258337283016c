"""Reading a review for the knowledge base: the reader, plus what hints change about it."""

from __future__ import annotations

from filmkritik.kb.hints import ReviewHints
from filmkritik.model import Confidence, ReviewRecord


def read_for_kb(text: str, hints: ReviewHints | None = None) -> ReviewRecord:
    """Read ``text``; when the user says which film it reviews, it is a review whatever the
    reader's is-review guess (short snippets look like anything), so it gets a verdict."""
    import filmkritik

    record = filmkritik.read_text(text, url=hints.url if hints else None)
    if hints and hints.film and not record.is_review.value:
        record = _read_as_review(record, text, hints)
    return record


def _read_as_review(record: ReviewRecord, text: str, hints: ReviewHints) -> ReviewRecord:
    try:
        from filmkritik.ingest import load_text
        from filmkritik.model import Source
        from filmkritik.read import pipeline
    except ImportError:
        return record
    analysis = pipeline.analyse(load_text(text, Source(kind="text", url=hints.url)))
    analysis.record.is_review = Confidence(True, record.is_review.confidence)
    for name, component in pipeline.COMPONENTS:
        if name == "verdict":
            component(analysis)
    return analysis.record
