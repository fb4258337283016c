"""Language data, kept apart from the algorithms that use it.

Each language is a package (``lang/de``, ``lang/en``) whose ``__init__`` holds the
basics (stop words, abbreviations) and whose modules hold one reader component's data
each, under the same names in every language (``lang/de/credits.py`` and
``lang/en/credits.py`` both define what the credits component asks for). Adding a
language means adding data, not touching the algorithms.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

from filmkritik.lang import de, en

LANGUAGES: dict[str, ModuleType] = {"de": de, "en": en}


def get(code: str) -> ModuleType:
    """The base data module for ``code``; English stands in for unsupported languages."""
    return LANGUAGES.get(code, en)


@cache
def data(code: str, area: str) -> ModuleType:
    """One component's data for a language, e.g. ``data("de", "credits")``."""
    code = code if code in LANGUAGES else "en"
    return importlib.import_module(f"filmkritik.lang.{code}.{area}")
