"""Reading a pasted review for the web, and shaping a record for the highlighted view."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from filmkritik import lang
from filmkritik.model import ReviewRecord, Span
from filmkritik.read import segment
from filmkritik.web.highlight import Fact, extract_facts, highlight
from filmkritik.web.i18n import Translator


def read_input(text: str | None = None, html: str | None = None, url: str | None = None) -> ReviewRecord:
    """Read a review given as plain text or as an HTML page (nothing is stored)."""
    from filmkritik.ingest.html import html_to_document
    from filmkritik.model import Source
    from filmkritik.read import read_document

    _check_url(url)
    if html is not None:
        from filmkritik.ingest.stray_bytes import with_replacement_warning

        record = read_document(html_to_document(html, Source(kind="html", url=url), url=url))
        with_replacement_warning(record, given_as_text=True)  # (as read_text() does for plain text)
        return record
    import filmkritik

    return filmkritik.read_text(text or "", url=url)


def _check_url(url: str | None) -> None:
    """A ``url`` holding a control character is no address: a NUL in it was answered "the record holds a NUL
    character ... read the text again with `filmkritik read`" (the text was fine)."""
    import re

    from filmkritik.errors import InputError

    if url is not None and re.search(r"[\x00-\x1f\x7f]", url):
        raise InputError(f"url {url[:80]!r} holds a control character; give the address the review was published at")


@dataclass(frozen=True)
class RecordView:
    """What a page needs to show a record: its facts and its text with the evidence marked."""

    record: dict[str, Any]
    facts: list[Fact]
    text_html: Markup

    @property
    def verdict(self) -> dict[str, Any] | None:
        verdict = self.record.get("verdict")
        return verdict if isinstance(verdict, dict) else None

    @property
    def highlighted_facts(self) -> list[Fact]:
        return [f for f in self.facts if f.spans]


def sentences_of(text: str, language: str) -> list[Span]:
    """The same sentence split the reader uses, so "see its sentence" matches the reader's view."""
    return segment.sentences(text, lang.get(language).ABBREVIATIONS)


def record_view(record: dict[str, Any], t: Translator) -> RecordView:
    text = str(record.get("text") or "")
    sentences = sentences_of(text, str(record.get("language") or "und"))
    facts = extract_facts(record, sentences, t)
    return RecordView(record=record, facts=facts, text_html=highlight(text, facts, sentences))
