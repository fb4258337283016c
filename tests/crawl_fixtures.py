"""Helpers for the scale tests: fictional crawl pages packed into WARC files, corpora, feeds."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CRAWL = Path(__file__).resolve().parent / "fixtures" / "crawl"


def crawl_pages() -> list[Path]:
    """The fixture pages, sorted: review-* are film reviews, the rest are not."""
    return sorted(CRAWL.glob("*.html"))


def is_review_page(path: Path) -> bool:
    return path.name.startswith("review-")


def page_url(path: Path) -> str:
    return f"https://example.org/{path.stem}"


def write_warc(
    target: Path, pages: list[tuple[str, bytes, str, str]], *, gzip: bool = True, with_requests: bool = True
) -> Path:
    """Write ``(url, body, content_type, status)`` pages as WARC response records (with request records)."""
    with open(target, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, body, content_type, status in pages:
            if with_requests:
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
    return target


def crawl_warc(target: Path) -> Path:
    """A WARC of every fixture page, plus an image and a 404 that must be skipped."""
    pages = [(page_url(p), p.read_bytes(), "text/html; charset=utf-8", "200 OK") for p in crawl_pages()]
    pages.insert(2, ("https://example.org/poster.png", b"\x89PNG\r\n\x1a\nfake", "image/png", "200 OK"))
    pages.insert(
        5, ("https://example.org/missing", b"<html><body>Not found</body></html>", "text/html", "404 Not Found")
    )
    return write_warc(target, pages)


def fictional_review(number: int) -> str:
    """A short English review of an invented film; ``number`` makes each one different."""
    return (
        f"Review: 'The Lantern Keeper {number}'\n\n"
        f"Director: Ellen Marsh. Cast: Ruth Calloway, Owen Pryce.\n\n"
        f"In The Lantern Keeper {number}, Agnes (Ruth Calloway) tends a lighthouse for {number % 40 + 10} years "
        "until a storm strands a young sailor on her island. Calloway is superb, and the photography is lovely, "
        "though the script leans on easy symbols. A moving, quiet film.\n"
    )
