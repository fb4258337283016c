"""filmkritik reads film criticism into evidence-backed records.

>>> import filmkritik
>>> record = filmkritik.read("review.txt")          # a path, a URL or "-"
>>> record = filmkritik.read_text("Clara (Zoe Doe) ...")
>>> record.to_dict()["verdict"]
"""

from __future__ import annotations

from pathlib import Path

# The reader subpackage ``filmkritik.read`` is imported first so that the function
# ``read`` below, the public API, is what the name ``filmkritik.read`` stays bound to.
import filmkritik.read as _reader_package
from filmkritik.errors import FilmkritikError, InputError, NotAReviewError
from filmkritik.model import ReviewRecord

__version__ = "0.1.0"


def read(source: str | Path) -> ReviewRecord:
    """Read one review from a file path, an http(s) URL, or ``"-"`` (stdin)."""
    from filmkritik.ingest import load
    from filmkritik.ingest.stray_bytes import with_replacement_warning

    record = _reader_package.read_document(load(source))
    with_replacement_warning(record)  # (stray bytes of a UTF-8 file read as U+FFFD: the record says so, as in the CLI)
    return record


def read_text(text: str, *, url: str | None = None) -> ReviewRecord:
    """Read one review given as a string of plain text or HTML."""
    from filmkritik.ingest import load_text
    from filmkritik.ingest.stray_bytes import with_replacement_warning
    from filmkritik.model import Source

    record = _reader_package.read_document(load_text(text, Source(kind="text", url=url)))
    # (A string holding U+FFFD, or a lone surrogate read as one: the record says so, as read() does for a file.)
    with_replacement_warning(record, given_as_text=True)
    return record


__all__ = [
    "FilmkritikError",
    "InputError",
    "NotAReviewError",
    "ReviewRecord",
    "__version__",
    "read",
    "read_text",
]
