"""Word lists as regexes: the trie form finds what the plain alternation finds; pattern structure."""

import re

from filmkritik.read.lexmatch import marks, structure, trie_pattern


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


def test_marks_say_where_the_shaping_characters_stand() -> None:
    assert list(marks("a|(b)")) == [(1, "|", 0), (2, "(", 0), (4, ")", 1), (5, "", 0)]


def test_required_substrings_are_in_every_match() -> None:
    import random

    from filmkritik import lang
    from filmkritik.read.lexmatch import required_substrings, union

    data = lang.data("de", "verdict")
    patterns = [
        union(data.SUMMING_UP),
        union(data.MISSED_CHANCE),
        union([p.lower() for p in data.COUNTERFACTUAL]),
        r"\bhätten? (?:[^.!?]{0,80} )?(?:werden|sein) können\b",
        r"(?:abc|cde)+x?(?:yyy|zzz)",
    ]
    assert required_substrings(r"\bhätten? (?:\w+ )?können\b") == ("können",)
    assert required_substrings(r"\b(?:verschenkt|vertan) (?:chance|potenzial)") == ("chance", "potenzial")
    assert required_substrings(r"(?i)fazit") is None
    assert required_substrings(r"a?b*") is None
    rng = random.Random(3)
    for pattern in patterns:
        needles = required_substrings(pattern)
        assert needles
        compiled = re.compile(pattern)
        matched = 0
        # texts that match: pieces of the patterns' own words, glued at random
        words = [*re.findall(r"[a-zäöüß]+|\s", re.sub(r"\\[a-zA-Z]", " ", pattern)), "können", "hätte", " ", "."]
        for _ in range(3000):
            text = "".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
            m = compiled.search(text)
            if m:
                matched += 1
                assert any(n in m.group() for n in needles), (pattern, text)
        assert matched, pattern  # the texts do reach the patterns


def test_prefiltered_search_answers_as_the_search() -> None:
    from filmkritik import lang
    from filmkritik.read.lexmatch import prefiltered_search, union

    pattern = union(lang.data("de", "verdict").MISSED_CHANCE)
    search = prefiltered_search(pattern)
    for sentence in (
        "das hätte ein großer film werden können.",
        "hier wurde viel potenzial verschenkt, leider.",
        "verschenkt wird hier nichts.",
        "sie hätten reden können",
        "",
    ):
        found, plain = search(sentence), re.compile(pattern).search(sentence)
        assert (found and found.span()) == (plain and plain.span())
    assert prefiltered_search(r"a?") is not None  # no strings to test: the plain search


def test_standalone_finds_what_the_bounded_word_pattern_finds() -> None:
    # The one-word title check counts a word's standalone sightings with a substring search instead of
    # compiling a pattern per word; both must agree on every text, hyphens, digits and accents included.
    import random
    import re

    from filmkritik.read.lexmatch import standalone

    rng = random.Random(13)
    alphabet = "Nebl wad-Wä_1éN.ß"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        word = rng.choice(["Nebel", "Neb", "Wald", "wa", "Wäl"])
        expected = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
        assert standalone(text, word) == expected, (text, word)
    assert standalone("Nebelwald ist klug. Nebelwald-Fans, Nebelwalds; (Nebelwald)", "Nebelwald") == [0, 49]
