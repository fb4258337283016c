"""A document is what ingest hands to the reader: normalised text plus where it came from."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

from filmkritik.model import Source


@dataclass
class Document:
    text: str
    source: Source = field(default_factory=Source)


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no BOM, no trailing blanks: offsets are stable from here on."""
    # (Each replacement only where its character occurs: a search for one character is a fraction of a replace.)
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def make_document(text: str, source: Source | None = None) -> Document:
    """Normalise ``text`` and stamp the source with the hash of that text."""
    text = normalise_text(text)
    source = source or Source()
    source.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(text=text, source=source)
