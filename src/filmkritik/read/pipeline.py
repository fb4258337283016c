"""The reader: segment -> language -> is-review -> titles -> credits -> context -> verdict."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence

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
    analysis = _begin(document)
    for _name, component in COMPONENTS:
        component(analysis)
    return _finish(analysis)


def _begin(document: Document) -> Analysis:
    """The analysis of ``document`` before the components: its language, the page without its furniture, its
    sentences and paragraphs; and the reading begun (:func:`lexmatch.reading`)."""
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
    return analysis


def _finish(analysis: Analysis) -> Analysis:
    if not analysis.record.is_review.value:
        analysis.record.verdict = None
    return analysis


#: How many documents :func:`analyse_many` reads a stage at a time.
BATCH = 10
#: The steps of components whose ``annotate`` runs steps in turn (each reading what the one before left in the
#: analysis): :func:`analyse_many` runs each step over a batch before the next.
STEPS: dict[Component, tuple[Component, ...]] = {verdict.annotate: verdict.STEPS}


def analyse_many(documents: Sequence[Document], batch: int = BATCH) -> list[Analysis]:
    """:func:`analyse` of each of ``documents``, in order, read ``batch`` documents at a time a stage at a time: each
    component reads every document of the batch before the next component begins.

    The same analyses as one by one (each component reads each document's analysis as it does alone, with that
    reading under way: :func:`lexmatch.resume`; what readings share is what they remember of earlier ones, which
    only ever spares work), in less time: a component's own lexicons, patterns and memos are still in the
    processor's caches for the next document (speed pass 20: +3.5-6% on German reviews in batches of 10, +6% on
    English; the verdict's steps each over the batch, :data:`STEPS`: +2.4% more on German). Where a
    component raises for a document, its batch is read again one by one, as :func:`analyse` reads it (the same
    error, for the same document)."""
    out: list[Analysis] = []
    for at in range(0, len(documents), max(1, batch)):
        part = documents[at : at + max(1, batch)]
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            read = _analyse_stagewise(part)
        except Exception:
            read = None
        finally:
            if paused:
                gc.enable()
        out += read if read is not None else [analyse(document) for document in part]
    return out


def _analyse_stagewise(documents: Sequence[Document]) -> list[Analysis]:
    begun: list[tuple[Analysis, lexmatch.Reading]] = []
    for document in documents:
        analysis = _begin(document)
        found = lexmatch.current()
        assert found is not None  # (just begun)
        begun.append((analysis, found))
    for _name, component in COMPONENTS:
        # (A component made of steps, as the verdict is, runs each step over the batch in turn.)
        for step in STEPS.get(component, (component,)):
            for analysis, found in begun:
                lexmatch.resume(found)
                step(analysis)
    return [_finish(analysis) for analysis, _ in begun]


def read_document(document: Document) -> ReviewRecord:
    return analyse(document).record


def read_documents(documents: Sequence[Document], batch: int = BATCH) -> list[ReviewRecord]:
    """:func:`read_document` of each of ``documents``, in order, read a stage at a time (:func:`analyse_many`): the
    same records, faster for many documents."""
    return [analysis.record for analysis in analyse_many(documents, batch)]
