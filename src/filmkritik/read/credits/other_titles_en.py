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


#: A title right before its director in brackets: "Les Bornes (dir. X)", "- Salt and Iron (directed by X)",
#: ", and The Quiet Field (dir. X)": the title is what stands between the line's start (or a list's comma,
#: semicolon, colon or sentence end) and the opening bracket.
_TITLE_BEFORE_BRACKET = re.compile(
    r"(?:^|(?<=[\n,;:.•·–—])|(?<=\band )|(?<=\bor ))[ \t*•·-]*([^\n,;:.()]{1,70}?)[ \t]*\Z"
)


def title_before_bracket(text: str, bracket: int) -> str | None:
    """The title right before the bracket at ``bracket`` that opens "(dir. X)" / "(directed by X)", or None."""
    m = _TITLE_BEFORE_BRACKET.search(text, max(0, bracket - 80), bracket)
    if m is None:
        return None
    title = m.group(1).strip().strip("\"'“”‘’*_")
    return title if title[:1].isupper() or title[:1].isdigit() else None


_SMALL_WORDS = frozenset("a an the of and or in on at to for from with by de la le du des der die das von y".split())


def title_shaped(value: str) -> bool:
    """ "Salt and Iron", "The Quiet Field": capitalised words and small function words only, eight at most."""
    words = value.split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in words)


_BRACKETED_CUE = re.compile(r"\((?:[Dd]ir\.|[Dd]irected by)[ \t]")


def bracketed_directors(text: str) -> int:
    """How many "(dir. X)" / "(directed by X)" credits the page holds: two or more make a list of films."""
    return len(_BRACKETED_CUE.findall(text))
