"""Saved RSS and Atom feeds: each entry's content (or summary) is one review page.

Feeds are parsed with feedparser; an entry's HTML becomes a document through the
same HTML stage as a web page, with the entry's title, link, author and date (and
the feed's title as ``site``) filling ``source`` where the HTML says nothing.
An entry's key ``FILE#entry=N`` (N counted from 1) is its ``source.path``.
"""

from __future__ import annotations

import html as html_lib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import feedparser

from filmkritik.errors import InputError
from filmkritik.ingest.corpus import apply_hints
from filmkritik.ingest.document import Document
from filmkritik.ingest.html import html_to_document
from filmkritik.model import Source

SUFFIXES = (".rss", ".atom", ".rdf")
#: Files with these suffixes are feeds when their first bytes say so.
SNIFFED_SUFFIXES = (".xml",)
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a saved feed, small enough to send to a worker process."""

    path: str
    index: int
    html: str
    hints: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        return f"{self.path}#entry={self.index}"

    def to_document(self) -> Document:
        """The entry's review (``source.kind`` is ``feed``)."""
        hints = dict(self.hints)
        if not self.html.strip():
            raise InputError(f"{self.key}: the feed entry has no content or summary")
        source = Source(kind="feed", path=self.key, url=hints.get("url"))
        document = html_to_document(_as_page(self.html, hints.get("headline")), source, url=source.url)
        apply_hints(document.source, hints)
        return document


def is_feed(path: str | Path) -> bool:
    """Feeds by suffix; ``.xml`` files only when their root element is a feed's."""
    lower = str(path).lower()
    if lower.endswith(SUFFIXES):
        return True
    if lower.endswith(SNIFFED_SUFFIXES):
        try:
            with open(path, "rb") as handle:
                return looks_like_feed(handle.read(4096))
        except OSError:
            return False
    return False


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of an XML file open an RSS, Atom or RDF feed."""
    lowered = head.lower()
    return any(root in lowered for root in _FEED_ROOTS)


def iter_entries(path: str | Path) -> Iterator[FeedEntry]:
    """The entries of a saved feed file, in feed order."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error})") from None
    yield from iter_entries_from_bytes(data, name)


def iter_entries_from_bytes(data: bytes, name: str) -> Iterator[FeedEntry]:
    """The entries of a feed given as bytes (``name`` is its path or URI)."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise InputError(f"{name}: not a readable RSS or Atom feed ({parsed.get('bozo_exception')})")
        return
    site = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries, start=1):
        hints = {
            "headline": entry.get("title"),
            "url": entry.get("link"),
            "author": entry.get("author"),
            "published": _iso_date(entry),
            "site": site,
        }
        yield FeedEntry(
            path=name,
            index=index,
            html=_entry_html(entry),
            hints=tuple((k, v) for k, v in hints.items() if v),
        )


def _entry_html(entry: Any) -> str:
    # Full content beats the summary, which feeds often cut to a teaser.
    for content in entry.get("content") or ():
        if content.get("value", "").strip():
            return str(content["value"])
    return str(entry.get("summary") or "")


def _as_page(body: str, headline: str | None) -> str:
    # A <title> lets the HTML stage treat the entry title as the page headline.
    head = f"<title>{html_lib.escape(headline)}</title>" if headline else ""
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def _iso_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return time.strftime("%Y-%m-%d", parsed)
    return entry.get("published") or entry.get("updated")
