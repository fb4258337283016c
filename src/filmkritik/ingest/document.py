"""A document is what ingest hands to the reader: normalised text plus where it came from."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from filmkritik.errors import TooLargeError
from filmkritik.model import Source

#: The longest text read as one review. A long essay is 50,000 characters; the reader's time and memory grow
#: faster than the text (a million characters take about 10 s and 200 MB, nine million 6 minutes and 1.3 GB),
#: so a longer text is refused, the same way for read, add, batch, spark and the HTTP API.
MAX_CHARS = 1_000_000


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


#: A terminal escape sequence (colours, cursor moves, a window title: CSI and OSC, with ESC or the 8-bit CSI),
#: or a lone ESC. A review page or file holding one put it into the film's title and, shown by `films` or `film`,
#: into the user's terminal.
_ESCAPE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")


def without_escapes(text: str) -> str:
    """``text`` without terminal escape sequences (a lone ESC becomes a space); other text is kept as it is."""
    if "\x1b" not in text and "\x9b" not in text:
        return text
    return _ESCAPE.sub(lambda found: " " if found.group() == "\x1b" else "", text)


def make_document(text: str, source: Source | None = None) -> Document:
    """Normalise ``text`` and stamp the source with the hash of that text.

    Raises TooLargeError for a text over :data:`MAX_CHARS` characters.
    """
    source = source or Source()
    if len(text) > MAX_CHARS and len(text := normalise_text(text)) > MAX_CHARS:
        name = source.path or source.url or "input"
        raise TooLargeError(
            f"{name}: the text is {len(text):,} characters long, more than the {MAX_CHARS:,} one review may have "
            "(a long review is 50,000); cut it to the review, or split it into reviews"
        )
    text = normalise_text(without_escapes(text))
    if "\x00" in text:
        # A NUL character (legal in JSON, CSV and Python strings; a file with NUL bytes is refused as binary
        # before this) cannot be stored in PostgreSQL: one replacement character keeps every offset.
        text = text.replace("\x00", "\ufffd")
    source.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(text=text, source=source)
