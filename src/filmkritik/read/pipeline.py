"""The reader: segment -> language -> is-review -> titles -> credits -> context -> verdict."""

from __future__ import annotations

import gc
from collections.abc import Callable

from filmkritik import lang
from filmkritik.ingest import Document
from filmkritik.model import ReviewRecord, Warning
from filmkritik.read import context, credits, language, lexmatch, page_blocks, review_detect, segment, titles, verdict
from filmkritik.read.analysis import Analysis

Component = Callable[[Analysis], None]

#: The components in the order they run; each one is a module with ``annotate``.
COMPONENTS: list[tuple[str, Component]] = [
    ("is_review", review_detect.annotate),
    ("titles", titles.annotate),
    ("credits", credits.annotate),
    ("context", context.annotate),
    ("verdict", verdict.annotate),
]


def analyse(document: Document) -> Analysis:
    """Run every component on ``document`` and return the filled analysis.

    The cyclic garbage collector is paused for the reading (when it was on): a reading allocates thousands of
    short-lived containers, most freed by their reference counts as it goes, and the young-generation collections
    they would trigger (a fraction of one per review, each traversing the reading's live lists) find next to
    nothing to free. Whatever cycles a reading leaves are collected after it, as the count of allocations runs on.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _analyse(document)
    finally:
        if paused:
            gc.enable()


def _analyse(document: Document) -> Analysis:
    record = ReviewRecord(text=document.text, source=document.source)
    # Lower-cased once for the language guess and every component that looks for cue words.
    lowered = document.text.lower()
    code, confidence = language.detect(document.text, lowered)
    record.language = code
    if code not in lang.LANGUAGES:
        record.warnings.append(
            Warning(
                kind="unsupported_language",
                message=f"the text looks {code!r} (confidence {confidence}); "
                "filmkritik reads German and English, this is a best effort",
            )
        )
    data = lang.get(code)
    # The components read the page with its furniture (related teasers, comments, bios, newsletter boxes)
    # blanked out; the same length keeps every offset valid in the record's text, the page as given.
    article = page_blocks.mask(document.text, lowered)
    if article is not document.text:
        lowered = article.lower()
    paragraphs = segment.paragraphs(article)
    analysis = Analysis(
        record=record,
        lang=data,
        sentences=segment.sentences(article, data.ABBREVIATIONS, paragraphs),
        paragraphs=paragraphs,
        article=article if article is not document.text else None,
    )
    analysis.lowered = lowered
    lexmatch.reading(analysis.text, lowered, code)  # (cue words the text does not hold are ruled out at once for all)
    for _name, component in COMPONENTS:
        component(analysis)
    if not record.is_review.value:
        record.verdict = None
    return analysis


def read_document(document: Document) -> ReviewRecord:
    return analyse(document).record
