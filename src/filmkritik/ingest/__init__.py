"""Ingest: bytes from files, URLs, feeds and crawls become :class:`Document` objects."""

from filmkritik.ingest.document import Document, make_document
from filmkritik.ingest.load import load, load_path, load_text, load_url

__all__ = ["Document", "load", "load_path", "load_text", "load_url", "make_document"]
