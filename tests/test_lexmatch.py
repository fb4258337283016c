"""Word lists as regexes: the trie form finds what the plain alternation finds; pattern structure."""

import re

from filmkritik.read.lexmatch import structure, trie_pattern


def test_trie_matches_like_the_longest_first_alternation() -> None:
    words = ["Berlinale", "Berlin", "Berlin International Film Festival", "Cannes", "Can"]
    plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    trie = re.compile(trie_pattern(words))
    text = "Nach Cannes und der Berlinale lief er beim Berlin International Film Festival, Can-Do."
    assert [m.group() for m in trie.finditer(text)] == [m.group() for m in plain.finditer(text)]


def test_structure_sees_groups_and_alternatives_outside_escapes_and_classes() -> None:
    assert list(structure("a|(b|c)")) == [("|", 0), ("(", 0), ("|", 1), (")", 1), ("", 0)]
    # an escaped "(" and a "|" inside a character class shape nothing
    assert list(structure(r"\(a[|)]")) == [("", 0)]
    # a pattern ending inside an escape or a class has no end mark
    assert list(structure("a\\")) == []
    assert list(structure("[ab")) == []
