"""Web crawls: the HTML pages inside WARC (and ARC) files, through warcio.

Only ``response`` and ``resource`` records that carry an HTML page become
:class:`WarcPage` objects; requests, metadata, images, scripts and error
responses are skipped. A page's key ``FILE#offset=N`` (the record's byte offset,
as ``warcio extract FILE N`` takes it) is its ``source.path``; ``source.url`` is
the record's target URI.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from filmkritik.errors import InputError
from filmkritik.ingest.decode import decode_bytes
from filmkritik.ingest.document import Document
from filmkritik.ingest.html import html_to_document
from filmkritik.model import Source

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class WarcPage:
    """One HTML page of a crawl, small enough to send to a worker process."""

    path: str
    offset: int
    url: str | None
    payload: bytes
    charset: str | None = None

    @property
    def key(self) -> str:
        return f"{self.path}#offset={self.offset}"

    def to_document(self) -> Document:
        """The page's main text and metadata (``source.kind`` is ``warc``)."""
        source = Source(kind="warc", path=self.key, url=self.url)
        return html_to_document(self.html(), source, url=self.url)

    def html(self) -> str:
        """The payload as text: the HTTP charset when it decodes, else detection."""
        if self.charset:
            try:
                return self.payload.decode(self.charset)
            except (LookupError, UnicodeDecodeError):
                pass
        return decode_bytes(self.payload, self.key)


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(SUFFIXES)


def iter_pages(path: str | Path) -> Iterator[WarcPage]:
    """The HTML pages of a WARC file, in file order."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            yield from iter_pages_from_stream(handle, name)
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error})") from None


def iter_pages_from_stream(stream: IO[bytes], name: str) -> Iterator[WarcPage]:
    """The HTML pages of a WARC given as a binary stream (``name`` is its path or URI)."""
    records = ArchiveIterator(stream)
    try:
        for number, record in enumerate(records):
            if number == 0 and record.format != "warc" and record.rec_type != "arc_header":
                # warcio reads any text as a headerless ARC record; a real ARC opens with its file header.
                raise InputError(f"{name}: not a WARC or ARC file; give crawl files (.warc, .warc.gz)")
            if record.rec_type not in ("response", "resource"):
                continue
            content_type = _content_type(record)
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            if record.http_headers is not None and record.http_headers.get_statuscode() not in ("200", None):
                continue
            payload = record.content_stream().read()
            match = _CHARSET.search(content_type)
            yield WarcPage(
                path=name,
                offset=records.get_record_offset(),
                url=record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("uri"),
                payload=payload,
                charset=match.group(1) if match else None,
            )
    except ArchiveLoadFailed as error:
        # warcio quotes the file's first line, which in a binary file is a screenful of escapes.
        detail = str(error).split(", first line:")[0][:120]
        raise InputError(f"{name}: not a readable WARC file ({detail}); check that it is WARC or WARC.gz") from None


def _content_type(record: object) -> str:
    http = getattr(record, "http_headers", None)
    if http is not None:
        return str(http.get_header("Content-Type") or "")
    return str(record.rec_headers.get_header("Content-Type") or "")  # type: ignore[attr-defined]
