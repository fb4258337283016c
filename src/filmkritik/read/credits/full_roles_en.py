"""English: a part named in full once and short afterwards ("the night porter, Felix Arden, ... Felix is played by
X"; "Marshal Josiah Krane rides into town ... X plays Krane") is credited with the full name the text gave it, as a
cast list would. The short name is completed only when the text gives exactly one longer form of it, and that form
is no performer's or maker's name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from filmkritik import lang
from filmkritik.model import CastCredit
from filmkritik.read import names

#: A capitalised word (with hyphens, apostrophes and a title's full stop: "Dr.", "O'Hara", "Park-Delisle").
_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*\.?")
#: Words written in capitals at a sentence's start or as furniture that never belong to a part's name.
_NEVER = frozenset("The A An And But When While As If In On At Of For With By From To This That Then".split())


def complete(text: str, cast: list[CastCredit], persons: Iterable[str]) -> None:
    """Replace each one-word part in ``cast`` by the one longer name the text writes around that word."""
    taken = {p.casefold() for p in persons}
    for credit in cast:
        part = credit.character
        if " " in part or len(part) < 3 or not part[:1].isupper():
            continue
        forms = _longer_forms(text, part) - {part}
        forms = {f for f in forms if f.casefold() not in taken and not any(t in f.casefold() for t in taken)}
        if len(forms) == 1:
            credit.character = forms.pop()


def _longer_forms(text: str, part: str) -> set[str]:
    """Every run of capitalised name words around a whole-word sighting of ``part``."""
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(part)}(?![\w-])", text):
        left = _words_before(text, m.start())
        right = _words_after(text, m.end())
        if left or right:
            found.add(" ".join([*left, part, *right]))
    return found


def _name_word(word: str, *, before: bool) -> bool:
    """A word that can belong to a part's name: a title ("Marshal", "Dr."), or a capitalised word that is no common
    English word."""
    data = lang.data("en", "credits")
    if word in data.HONORIFICS or word in data.RANK_TITLES:
        return before
    if word.rstrip(".") in _NEVER or word.endswith((".", "'s", "’s")):
        return False
    return not names.lexicon().is_common(word, "en")


def _words_before(text: str, pos: int) -> list[str]:
    words: list[str] = []
    while len(words) < 2:
        head = text[max(0, pos - 40) : pos]
        if not head.endswith(" ") or head.endswith("  "):
            break
        m = re.search(r"(\S+) \Z", head)
        if m is None or not _WORD.fullmatch(m.group(1)) or not _name_word(m.group(1), before=True):
            break
        words.insert(0, m.group(1))
        pos -= len(m.group(1)) + 1
    return words


def _words_after(text: str, pos: int) -> list[str]:
    words: list[str] = []
    while len(words) < 2 and text.startswith(" ", pos):
        m = _WORD.match(text, pos + 1)
        if m is None or m.group().endswith((".", "'s", "’s")) or not _name_word(m.group(), before=False):
            break
        words.append(m.group())
        pos = m.end()
    return words
