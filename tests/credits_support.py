"""A credits ``Reader`` over a text, built the way the reading builds it, for tests of single credits steps."""

from __future__ import annotations

from filmkritik import lang
from filmkritik.model import ReviewRecord
from filmkritik.read import lexmatch, segment
from filmkritik.read.analysis import Analysis
from filmkritik.read.credits import Reader


def credits_reader(text: str, code: str, *, reading: bool = False) -> Reader:
    """The credits reader of ``text`` in language ``code``; with ``reading``, inside the reading's needle filter
    (``lexmatch.reading``) as ``read_text`` sets it up, so the filtered searches are tried too."""
    data = lang.get(code)
    paragraphs = segment.paragraphs(text)
    record = ReviewRecord(text=text)
    record.language = code
    analysis = Analysis(
        record=record,
        lang=data,
        sentences=segment.sentences(text, data.ABBREVIATIONS, paragraphs),
        paragraphs=paragraphs,
    )
    if reading:
        lexmatch.reading(text, analysis.lowered, code)
    return Reader(analysis)
