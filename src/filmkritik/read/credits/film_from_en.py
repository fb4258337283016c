"""English: the reviewed film described as someone's work with words between the film noun and the maker ("the
first film in nine years from X", "the first fiction feature by documentarian X", "a new picture from veteran X").
The language's plain "film from X" / "film by X" cue needs the name right after "from"/"by"."""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A film noun, perhaps "in nine years", then "from"/"by", perhaps a describing job word, then a capital letter.
_FILM_FROM_DESCRIBED = re.compile(
    r"\b(?:film|feature|movie|picture)\s+(?:in\s+(?:[\w-]+\s+){1,2}years\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?:(?:[a-z]+-)*(?:documentarian|documentary-maker|director|filmmaker|film-maker|veteran|newcomer|debutant|"
    r"first-timer|auteur|photographer|artist|choreographer|playwright|novelist|actor|actress|comedian|musician|"
    r"animator|producer)\s+)(?=[^\W\d_a-z])"
    r"|\b(?:film|feature|movie|picture)\s+in\s+(?:[\w-]+\s+){1,2}years\s+(?:from|by)\s+(?=[^\W\d_a-z])"
)


def described_makers(text: str) -> Iterator[int]:
    """Where the maker's name starts after each such phrase."""
    for m in _FILM_FROM_DESCRIBED.finditer(text):
        yield m.end()
