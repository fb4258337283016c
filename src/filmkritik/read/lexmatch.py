"""Word lists as regexes the engine can run fast.

An alternation of a few hundred spellings ("Berlinale|Berlin International Film Festival|...")
makes the regex engine try every spelling at every position where one could start. The
same spellings as a trie ("Berlin(?:ale|\\ International\\ Film\\ Festival)?") try one branch per
character instead, and still pick the longest spelling that lets the rest of the pattern match,
which is what an alternation sorted longest first picks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_END = ""
_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no groups) matching exactly the ``words``, longest match first, as a trie.

    Equivalent to ``"|".join(map(re.escape, sorted(words, key=len, reverse=True)))`` inside a
    larger pattern: at each position it prefers the longest word whose continuation matches.
    """
    root: _Trie = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _node_pattern(root) if root else "(?!)"


def _node_pattern(node: _Trie) -> str:
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # A word may end here: a longer one is tried first (greedy), this one if that fails.
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def structure(pattern: str) -> Iterator[tuple[str, int]]:
    """The characters that shape a regex: each ``(``, ``)`` and ``|`` outside escapes and character
    classes, with the group depth before it; last ``("", depth)`` when the pattern ends outside an
    escape and a class. What cue rewrites check before they reshape a pattern."""
    depth = 0
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            yield char, depth
            depth += (char == "(") - (char == ")")
    if not escaped and not in_class:
        yield "", depth
