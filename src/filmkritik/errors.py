"""One exception hierarchy: every error a user can cause is a FilmkritikError.

The CLI prints ``str(error)`` as one line and exits nonzero, so messages must say
what went wrong *and* what to do about it.
"""

from __future__ import annotations


class FilmkritikError(Exception):
    """Base class of every error filmkritik raises on purpose."""

    exit_code = 1


class InputError(FilmkritikError):
    """An input could not be read as a review (missing, empty, binary, too large...)."""

    exit_code = 2


class TooLargeError(InputError):
    """An input over the size a review can have (a file over 10 MB, a text over a million characters)."""


class UsageError(FilmkritikError):
    """An option given a value that cannot be meant (an empty --db or --host: an unset shell variable)."""

    exit_code = 2


class NotAReviewError(FilmkritikError):
    """The input was read, but it is not a film review."""

    exit_code = 3


class ModelError(FilmkritikError):
    """A shipped model or lexicon is missing or unreadable: reinstall the package."""


class DatabaseError(FilmkritikError):
    """The knowledge base could not be opened or written."""

    exit_code = 4


class DiskFullError(DatabaseError):
    """The knowledge base could not be written because its device is full (exit 5, as any full disk)."""

    exit_code = 5


class GoldFormatError(FilmkritikError):
    """A gold file for ``filmkritik eval`` is not in a known format."""

    exit_code = 2
