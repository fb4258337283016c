"""English: a quoted title right before "directed by" names the film that person directed ('The Korean entry
"Paper Mothers," directed by X, was warmly received'). When that title is not the reviewed film, X directed
another film of the page (a festival report's, a round-up's), not this one."""

from __future__ import annotations

import re

#: A quoted title, perhaps a comma inside or after its closing quote, then white space up to the cue.
_QUOTED_BEFORE = re.compile(r"[“\"‘]([^“”\"‘’\n]{1,60}?),?[”\"’],?[ \t]+(?:\((?:19|20)\d\d\),?[ \t]+)?\Z")


def quoted_title_before(text: str, pos: int) -> str | None:
    """The quoted title standing right before ``pos`` ("directed by" of '"Paper Mothers," directed by X'), or None."""
    m = _QUOTED_BEFORE.search(text, max(0, pos - 90), pos)
    return m.group(1) if m else None
