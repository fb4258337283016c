"""Language data, kept apart from the algorithms that use it.

Each language module exposes the same names (see :mod:`filmkritik.lang.de`), so the
reader asks ``lang.get(code).DIRECTOR_NOUNS`` and adding a language means adding data.
"""

from __future__ import annotations

from types import ModuleType

from filmkritik.lang import de, en

LANGUAGES: dict[str, ModuleType] = {"de": de, "en": en}


def get(code: str) -> ModuleType:
    """The data module for ``code``; English data stands in for unsupported languages."""
    return LANGUAGES.get(code, en)
