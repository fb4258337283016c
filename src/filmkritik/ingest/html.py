"""HTML pages to documents through trafilatura (main text plus headline, author, date, site)."""

from __future__ import annotations

import re
from typing import Any

from filmkritik.errors import InputError
from filmkritik.ingest.controls import without_controls
from filmkritik.ingest.document import Document, make_document
from filmkritik.ingest.shape import has_words
from filmkritik.model import Source

# trafilatura drops <figure> and <figcaption>; critics' photo captions carry cast and
# distributor credits ("Clara (Actor) ... (Verleih)"), so each figure becomes a
# paragraph holding its caption before extraction.
_FIGURE = re.compile(r"<figure\b[^>]*>(.*?)</figure>", re.IGNORECASE | re.DOTALL)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)


_PAGE_TAG = re.compile(r"<(?:html|head|body)\b|<!doctype", re.IGNORECASE)


def _extract(html: str, url: str | None) -> Any:
    # Imported on the first page, not with the module: plain-text reading never needs trafilatura, and its
    # ~26,000 objects would lengthen every full garbage collection of a long reading process.
    import trafilatura

    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )


def looks_like_html(text: str) -> bool:
    if "<" not in text[:2048]:
        return False  # (every test below needs a "<" in the head)
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|head|body|article|div|p)\b", head)
    )


def captions_as_paragraphs(html: str) -> str:
    def figure(match: re.Match[str]) -> str:
        captions = _FIGCAPTION.findall(match.group(1))
        return "".join(f"<p>{c}</p>" for c in captions)

    html = _FIGURE.sub(figure, html)
    return _FIGCAPTION.sub(lambda m: f"<p>{m.group(1)}</p>", html)


def _metadata(result: Any, name: str) -> str | None:
    value = getattr(result, name, None)
    return (without_controls(value, one_line=True) if isinstance(value, str) else value) or None


def html_to_document(html: str, source: Source | None = None, url: str | None = None) -> Document:
    """Extract the main text and metadata of an HTML page."""
    source = source or Source(kind="html")
    name = source.path or url or "HTML input"
    page = captions_as_paragraphs(html)
    if not _PAGE_TAG.search(page[:4096]):
        # A fragment ("<p>...</p>", an article body from a corpus or the paste page): trafilatura finds no
        # main text outside a page (and drops a fragment's heading), so it is read as a page's body.
        page = f"<html><body>{page}</body></html>"
    result = _extract(page, url)
    text = getattr(result, "text", None) if result is not None else None
    # (lxml drops most control characters, not all: C1 ones are legal in XML, and metadata comes from attributes)
    text = without_controls(text) if text else text
    if not text or not text.strip():
        raise InputError(f"{name}: the HTML page has no readable main text")
    if not has_words(text):
        raise InputError(f"{name}: the HTML page's main text has no words (not a letter or a rating in it)")
    source.headline = _metadata(result, "title")
    source.author = _metadata(result, "author")
    source.site = _metadata(result, "sitename")
    source.published = _metadata(result, "date")
    if url and not source.url:
        source.url = url
    headline = source.headline
    # The headline usually names the film ("Kritik zu X"); the reader sees it first.
    if headline and headline.strip() and headline.strip() not in text[:500]:
        text = f"{headline.strip()}\n\n{text}"
    return make_document(text, source)
