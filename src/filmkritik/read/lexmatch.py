"""Word lists as regexes the engine can run fast.

An alternation of a few hundred spellings ("Berlinale|Berlin International Film Festival|...")
makes the regex engine try every spelling at every position where one could start. The
same spellings as a trie ("Berlin(?:ale|\\ International\\ Film\\ Festival)?") try one branch per
character instead, and still pick the longest spelling that lets the rest of the pattern match,
which is what an alternation sorted longest first picks.
"""

from __future__ import annotations

import functools
import itertools
import re
import re._compiler as _sre_compiler
import re._constants as _sre  # the regex parser's node kinds (see ``_first_chars``)
import re._parser as _sre_parse
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np

_END = ""
_Trie = dict[str, "_Trie"]


def occurrences(text: str, word: str) -> list[int]:
    """Every position of ``word`` in ``text`` (a substring search: nearly free next to a regex scan)."""
    out = []
    pos = text.find(word)
    while pos >= 0:
        out.append(pos)
        pos = text.find(word, pos + 1)
    return out


def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts (0 and after every "\\n"): where ``(?m)^`` matches. A pattern that opens
    with it is tried there only (:func:`matches_at`); the regex engine tries ``^`` at every character.

    The last text's answer is remembered (callers read the list, never change it): the credits' box labels ask for
    the same text's lines one label after another (speed pass 23)."""
    last = _LAST_LINES[0]
    if last[0] is text:
        return last[1]
    starts = [0, *(at + 1 for at in occurrences(text, "\n"))]
    _LAST_LINES[0] = (text, starts)
    return starts


#: The text :func:`line_starts` answered for last (the very object, kept alive here so that no other string takes
#: its identity) and its answer.
_LAST_LINES: list[tuple[str | None, list[int]]] = [(None, [])]


def char_positions(text: str, chars: str) -> list[int]:
    """Every position of any of the characters ``chars`` in ``text``, in order: where a pattern opening with the class
    ``[chars]`` can start (:func:`matches_at`), found by ``str.find``."""
    if len(chars) == 1:
        return occurrences(text, chars)
    return sorted(itertools.chain.from_iterable(occurrences(text, ch) for ch in dict.fromkeys(chars)))


def decimal_positions(text: str) -> list[int]:
    """Every position of a decimal digit in ``text``, in order: where ``\\d`` matches.

    (Speed pass 14 read the code points with numpy, 15 us against 43 for the regex scan on a review read again
    and again; inside a reading, between the other components' work, the numpy calls cost ~150 us each and the
    scan ~80: measured per reading, the scan is the cheaper.) The reading's text and its lower case (:func:`reading`)
    are scanned once for both (lower-casing keeps every digit and makes none): callers read the list, never change it."""
    found = _READING[0] if _READING else None
    if found is None or (text is not found.low and text is not found.text) or len(found.low) != len(found.text):
        return list(map(re.Match.start, _DECIMAL.finditer(text)))
    if found.digits is None:
        found.digits = list(map(re.Match.start, _DECIMAL.finditer(found.low)))
    return found.digits


_DECIMAL = re.compile(r"\d")


#: How many characters in a row :class:`NeedleFilter` hashes; shorter needles are never ruled out.
_GRAM = 4
#: An odd multiplier whose product's top 16 bits hash a gram's 64 bits (any would do: a collision only keeps a
#: needle in).
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _gram_hashes(text: str) -> np.ndarray:
    """A 16-bit hash of each run of four UTF-16 code units of ``text`` (a character beyond the BMP is two), in
    order (none when it is shorter): the 8 bytes of each run read as one integer, in place (a view whose items
    overlap), multiplied and cut to their top bits. (Each run of a needle's units is a run of the text's where the
    text holds the needle.) Few numpy calls: each costs microseconds when its code is not in the processor's
    caches, as between the other components' work in a reading."""
    return _unit_gram_hashes(text.encode("utf-16-le", "surrogatepass"))


def _unit_gram_hashes(units: bytes) -> np.ndarray:
    """:func:`_gram_hashes` of the text whose UTF-16-LE code units are ``units``."""
    count = len(units) // 2 - _GRAM + 1
    if count <= 0:
        return np.zeros(0, dtype=np.intp)
    grams = np.ndarray((count,), dtype="<u8", buffer=units, strides=(2,)) * _MIX
    grams >>= np.uint64(48)
    return grams.astype(np.intp)


class NeedleFilter:
    """Which of a fixed set of needles a text cannot hold, for all of them at once.

    A ``str.find`` over a review costs a few microseconds however rare the needle, and a reader that looks for a
    hundred cue words pays that a hundred times, mostly for words the review does not hold. A needle occurs only
    where each run of four of its characters occurs: the text's four-character runs are hashed once (numpy, into
    a table of 65,536 slots, :func:`_gram_hashes`), and a needle one of whose runs hashes to an empty slot is
    nowhere in the text. (A collision only leaves a needle to be searched: the needles ruled out are exactly
    absent, never one that is there.) Needles under four characters are never ruled out."""

    def __init__(self, needles: Iterable[str]) -> None:
        self.needles = tuple(dict.fromkeys(n for n in needles if len(n) >= _GRAM))
        self._all = frozenset(self.needles)
        #: Each needle's grams (:func:`_gram_hashes`), needle after needle, and where each needle's start in it (every
        #: needle has one at least).
        self._grams, self._firsts = _needle_grams(self.needles)

    def absent(self, text: str) -> frozenset[str]:
        """The needles that do not occur in ``text`` (some absent ones may be missing from the answer)."""
        if not self.needles:
            return frozenset()
        # (The thread's table of seen grams, emptied: a fresh 64 KB array costs several times its emptying inside a
        # reading. A table not emptied could only keep needles in, never rule one out that the text holds.)
        seen = getattr(_TABLES, "seen", None)
        if seen is None:
            seen = _TABLES.seen = np.zeros(1 << 16, dtype=np.bool_)
        else:
            seen.fill(False)
        seen[_gram_hashes(text)] = True
        kept = np.logical_and.reduceat(seen[self._grams], self._firsts).tolist()
        # (All the needles less the few kept: a set difference in C, where most needles are absent.)
        return self._all.difference(itertools.compress(self.needles, kept))


def _needle_grams(needles: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The :func:`_gram_hashes` of each of ``needles`` (four characters or more each) one after another, and where each
    needle's begin: the grams of every needle hashed in one go, as windows of the needles' joined code units (the
    windows across two needles left out). A filter is built afresh whenever a reading asks for a new needle (tens of
    times in the first readings of a process, ~600 needles each time): one needle at a time, each time cost ~10 ms."""
    units = [needle.encode("utf-16-le", "surrogatepass") for needle in needles]
    sizes = np.fromiter(map(len, units), dtype=np.intp, count=len(units)) // 2
    counts = sizes - (_GRAM - 1)
    firsts = np.cumsum(counts) - counts
    # (the k-th gram of needle i is the window at its first unit, ``offsets[i]``, plus k)
    offsets = np.cumsum(sizes) - sizes
    at = np.arange(int(counts.sum()), dtype=np.intp) + np.repeat(offsets - firsts, counts)
    return _unit_gram_hashes(b"".join(units))[at], firsts


#: Each thread's table of the grams a text holds (:meth:`NeedleFilter.absent`), kept from one text to the next.
_TABLES = threading.local()

#: The shortest text worth the shared filter (measured in speed pass 15: its numpy calls cost ~70-150 us inside a
#: reading, the ~100 searches it spares cost ~1-3.5 us each in a text of 1,000-5,000 characters).
FILTER_FROM = 1000

#: Lower-cased needles of four characters or more searched for in earlier texts of a language (credits trigger words,
#: the openings of :class:`OpeningLedPattern`, the required strings of :class:`LedPattern`), and the filter over them
#: (rebuilt when one was added).
_ASKED: defaultdict[str, set[str]] = defaultdict(set)
_FILTERS: dict[str, NeedleFilter] = {}


class Reading:
    """The text one reading is about, its lower-cased form ``low``, and its language: which needles searched for in
    earlier texts of the language it does not hold, found once for every reader that looks for cue words in it
    (:class:`NeedleFilter`).

    (Where ``low`` is longer, a "İ" lowered to "i" and a combining dot, a needle the text holds as written still lies
    in a stretch without "İ", the needle's own lower case being as long: that stretch lowers one for one, so ``low``
    holds the needle's lower case, and a needle it rules out is not in the text either. Only places are not shared
    then: see :func:`decimal_positions`.)"""

    __slots__ = ("_absent", "asked", "code", "derived", "digits", "low", "searched", "text")

    def __init__(self, text: str, low: str, code: str) -> None:
        self.text, self.low, self.code = text, low, code
        #: Strings made of the text's characters (:func:`derived`): a needle without white space one of them holds,
        #: the text holds too.
        self.derived: list[str] = []
        #: Where the text's digits are (:func:`decimal_positions`), once asked.
        self.digits: list[int] | None = None
        #: The needles the next text's filter holds (whoever searches this text for one adds it).
        self.asked = _ASKED[code]
        self._absent: frozenset[str] | None = None
        #: What :func:`_searched` answered for a searcher's needles, in the text itself or its lower case (True) or in
        #: a string derived from them (False): a third of the searches ask again within a reading.
        self.searched: dict[tuple[_Needles, bool], list[str]] = {}

    def absent(self) -> frozenset[str]:
        """The asked needles (lower case) the text does not hold (some absent ones may be missing from the answer).
        None of them occurs in the lower-cased text, so no string that lower-cases to one is in the text (its
        characters lower one for one: the same length)."""
        if self._absent is None:
            asked = self.asked
            needles = _FILTERS.get(self.code)
            if needles is None or len(needles.needles) != len(asked):
                needles = _FILTERS[self.code] = NeedleFilter(sorted(asked.copy()))  # (a copy: another thread may add)
            self._absent = needles.absent(self.low)
        return self._absent


#: The reading under way (the last one begun, see :func:`reading`).
_READING: list[Reading] = []


def reading(text: str, low: str, code: str) -> None:
    """Note the text a reading is about, ``low``, its lower-cased form, and its language: :func:`here` answers for
    these two strings (the very objects) until the next reading begins."""
    _READING[:] = [Reading(text, low, code)]


def current() -> Reading | None:
    """The reading under way (the last one begun or resumed), if any."""
    return _READING[0] if _READING else None


def resume(found: Reading) -> None:
    """Make ``found``, a reading begun earlier (:func:`reading`, :func:`current`), the one under way again: what
    :func:`here` and :func:`derived` answer for, for a reader that reads several texts a stage at a time."""
    _READING[:] = [found]


def derived(copy: str, source: str) -> None:
    """Note ``copy``, a string made of ``source``'s characters, when ``source`` is the reading's text or its lower case
    (:func:`here` then answers for it too, for needles without white space): pieces of it in order, joined by white
    space or with some characters replaced by white space (the pieces lower-cased or not). A needle without white
    space in the copy lies within one piece, so ``source`` holds it (lower-cased, the text's lower case holds it)."""
    found = here(source)
    if found is not None and copy is not source and len(found.derived) < 8:
        found.derived.append(copy)


def here(text: str) -> Reading | None:
    """The reading whose text, lower-cased text or a string :func:`derived` from them ``text`` is (the very object),
    when the reading's text is long enough to be worth the filter; else None."""
    found = _READING[0] if _READING else None
    if found is None or len(found.low) < FILTER_FROM:
        return None
    if text is not found.low and text is not found.text and not any(text is d for d in found.derived):
        return None
    return found


def filtered_starts(text: str, needles: tuple[str, ...]) -> set[int] | None:
    """Every place where one of ``needles`` starts in ``text`` (overlapping ones too), found by ``str.find`` for the
    needles the reading's filter does not rule out, when ``text`` is the reading's (:func:`here`); else None (the
    caller searches as it would)."""
    if here(text) is None:
        return None
    starts: set[int] = set()
    for needle in _searched(text, _needle_keys(needles)):
        starts.update(occurrences(text, needle))
    return starts


@functools.cache
def _needle_keys(needles: tuple[str, ...]) -> _Needles:
    return _Needles(dict.fromkeys(needles))


def contains(low: str, needle: str) -> bool:
    """``needle in low``: at once False when ``low`` is the reading's lower-cased text (:func:`reading`) and its filter
    rules ``needle`` out (a needle searched for is held by the next text's filter)."""
    found = here(low)
    if found is not None and low is found.low and len(needle) >= _GRAM:
        if needle in found.absent():
            return False
        if needle not in found.asked:
            found.asked.add(needle)
    return needle in low


#: A needle, what :meth:`Reading.absent` knows it by (or None) and whether it holds white space.
_Key = tuple[str, str | None, bool]


def _filter_key(needle: str) -> _Key:
    """``needle``, what :meth:`Reading.absent` knows it by (its lower case, when that is four characters or more and
    as long as the needle: each character lowered to one, no sigma, whose lower case depends on what follows)
    and whether it holds white space."""
    low = needle.lower()
    usable = len(low) >= _GRAM and len(low) == len(needle) and not any(ch in "Σσς" for ch in needle)
    return needle, low if usable else None, any(ch.isspace() for ch in needle)


class _Needles:
    """Needles one searcher looks for, with what the filter knows them by (:func:`_filter_key`)."""

    __slots__ = ("items", "keys", "needles")

    def __init__(self, needles: Iterable[str]) -> None:
        self.items = tuple(map(_filter_key, needles))
        self.needles = tuple(needle for needle, _, _ in self.items)
        self.keys = frozenset(key for _, key, _ in self.items if key is not None)


def _searched(text: str, needles: _Needles) -> Sequence[str]:
    """The ``needles`` that ``text`` may hold: all, unless ``text`` is the reading's (:func:`here`), whose filter
    rules out the absent ones (and learns the others: the needles it rules out are among those it learnt)."""
    found = here(text)
    if found is None:
        return needles.needles
    whole = text is found.low or text is found.text
    known = found.searched.get((needles, whole))
    if known is not None:
        return known
    absent, asked = found.absent(), found.asked
    if not needles.keys <= asked:
        asked.update(needles.keys)
    if whole:
        kept = [needle for needle, key, _ in needles.items if key not in absent]
    else:
        kept = [needle for needle, key, spaced in needles.items if spaced or key not in absent]
    found.searched[needles, whole] = kept
    return kept


def matches_at(
    regex: re.Pattern[str], text: str, starts: Iterable[int], end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` in ``text`` when a match can start only at ``starts`` (sorted, no repeats): what
    ``regex.finditer(text, min(starts), end)`` gives then. At each start, in order and from the end of the last
    match on, ``regex.match`` answers as the search would there (look-behinds and ``\\b`` still see the text
    before it). For a regex that cannot match the empty string."""
    last, match = 0, regex.match
    end = len(text) if end is None else end
    for at in starts:
        if at < last:
            continue  # inside the last match: the search goes on from its end
        m = match(text, at, end)
        if m is not None:
            yield m
            last = m.end()


def joins(ch: str) -> bool:
    """Whether ``ch`` continues a word for :func:`standalone`: what ``[\\w-]`` matches."""
    return ch.isalnum() or ch in "_-"


_joins = joins


def is_word(ch: str) -> bool:
    """Whether the character ``ch`` is one ``\\w`` matches (``str.isalnum`` is the engine's own test, or "_")."""
    return ch.isalnum() or ch == "_"


def word_boundary(text: str, pos: int) -> bool:
    """Whether ``\\b`` matches at ``pos`` in ``text``: a word character on one side only."""
    before = pos > 0 and is_word(text[pos - 1])
    return before != (pos < len(text) and is_word(text[pos]))


def standalone(text: str, word: str) -> list[int]:
    """Every start of ``word`` in ``text`` with no word character or hyphen on either side: what
    ``re.finditer(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text)`` finds for a word of letters, without
    compiling a pattern per word."""
    end = len(word)
    return [
        pos
        for pos in occurrences(text, word)
        if not (pos and _joins(text[pos - 1])) and not (pos + end < len(text) and _joins(text[pos + end]))
    ]


def standalone_matches(text: str, word: str) -> list[int]:
    """Every start of ``word`` (not empty) in ``text`` that ``re.finditer(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])",
    text)`` finds, whatever characters the word holds: :func:`standalone`, and no match starting inside the one
    found before it (the search goes on from a match's end)."""
    end = len(word)
    out: list[int] = []
    last = 0
    for pos in standalone(text, word):
        if pos >= last:
            out.append(pos)
            last = pos + end
    return out


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


def marks(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The characters that shape a regex, where they stand: each ``(``, ``)`` and ``|`` outside escapes
    and character classes as ``(index, char, group depth before it)``; last ``(len, "", depth)`` when the
    pattern ends outside an escape and a class. What cue rewrites read before they reshape a pattern."""
    depth = 0
    escaped = in_class = False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            yield index, char, depth
            depth += (char == "(") - (char == ")")
    if not escaped and not in_class:
        yield len(pattern), "", depth


def structure(pattern: str) -> Iterator[tuple[str, int]]:
    """:func:`marks` without the positions: each shaping character with its group depth."""
    return ((char, depth) for _, char, depth in marks(pattern))


def union(patterns: Sequence[str]) -> str:
    """A regex that matches where one of ``patterns`` matches, written as fast as is plain to see.

    Lists of cues in the language data are written one regex each, for people to read. Joined as
    they are, the engine tries every cue at every position. When every cue is a group of words
    between word boundaries (``\\b(?:dvds?|blu-?ray)\\b``), one group tests the boundaries once,
    and words spelled out go into a trie (one branch per letter, ~25% faster); else, when every cue
    opens with a plain letter, a look-ahead for those letters rejects most positions at once (~30%).
    The same texts match either way (tests compare the forms).
    """
    either = "|".join(f"(?:{p})" for p in patterns)
    groups = [_word_group(p) for p in patterns]
    if all(g is not None for g in groups):
        alternatives = "|".join(g for g in groups if g is not None)
        spelled = spellings(alternatives)
        return r"\b(?:" + (alternatives if spelled is None else trie_pattern(spelled)) + r")\b"
    firsts = [_first_letters(p) for p in patterns]
    if all(f is not None for f in firsts):
        letters = "".join(sorted(set().union(*(f for f in firsts if f is not None))))
        return f"(?=[{re.escape(letters)}])(?:{either})"
    return either


#: A quantifier after an atom ("?", "*", "+", "{2,3}", each maybe lazy or possessive).
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
#: Zero-width openings :func:`grouped` keeps in front of the group it regroups.
_ZERO_OPENINGS = ("\\b", "(?<!\\w)", "(?<![\\w-])")
#: The most alternatives :func:`grouped` spells one alternative out into.
_MOST_SPELLED = 600


def _atom_end(pattern: str, i: int) -> int:
    """Where the atom of ``pattern`` that starts at ``i`` ends (before its quantifier): an escape, a class, a group
    or one character."""
    ch = pattern[i]
    if ch == "\\":
        return i + 2
    if ch == "[":
        j = i + 1 + (pattern[i + 1 : i + 2] == "^")
        j += pattern[j : j + 1] == "]"  # ("[]...]": a first "]" is a member)
        while pattern[j] != "]":
            j += 2 if pattern[j] == "\\" else 1
        return j + 1
    if ch == "(":
        for index, char, depth in marks(pattern[i:]):
            if char == ")" and depth == 1:
                return i + index + 1
        raise ValueError(f"unbalanced group in {pattern!r}")
    return i + 1


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of the regex ``body``."""
    cuts = [index for index, char, depth in marks(body) if char == "|" and depth == 0]
    return [body[a + 1 : b] for a, b in itertools.pairwise([-1, *cuts, len(body)])]


def _first_atom(alternative: str) -> tuple[str, str, str]:
    """(first atom, its quantifier, the rest) of a regex alternative that is not empty."""
    end = _atom_end(alternative, 0)
    quantifier = _QUANTIFIER.match(alternative, end)
    cut = quantifier.end() if quantifier else end
    return alternative[:end], alternative[end:cut], alternative[cut:]


def _plain_char(atom: str) -> bool:
    """Whether the regex atom matches exactly one character, itself or escaped ("a", "\\ ", "\\.")."""
    if len(atom) == 1:
        return atom not in ".^$()[]{}|?*+\\"
    return len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum()


def _spelled_led(alternative: str) -> list[str] | None:
    """``alternative`` as alternatives, in the order the regex engine tries them, each opening with a plain
    character (:func:`_plain_char`, no quantifier): a leading group ``(?:a|b)c`` is spelled out as ``ac|bc``, an
    optional one ``(?:a)?c`` as ``ac|c``. None when one of them cannot open so (or there would be too many)."""
    if not alternative:
        return None
    atom, quantifier, rest = _first_atom(alternative)
    if _plain_char(atom) and not quantifier:
        return [alternative]
    if not (atom.startswith("(?:") and quantifier in ("", "?")):
        return None
    forms = [inner + rest for inner in _alternatives(atom[3:-1])] + ([rest] if quantifier else [])
    out: list[str] = []
    for form in forms:
        led = _spelled_led(form)
        if led is None:
            return None
        out += led
        if len(out) > _MOST_SPELLED:
            return None
    return out


def _grouped_alternatives(alternatives: list[str]) -> str:
    """``alternatives`` joined as a regex, each run of those that open with a plain character (spelled out by
    :func:`_spelled_led`) grouped by that character, in the order of its first alternative, the rest of each
    group grouped so in turn."""
    out: list[str] = []
    run: list[str] = []
    for alternative in [*alternatives, None]:
        led = None if alternative is None else _spelled_led(alternative)
        if led is not None:
            run += led
            continue
        if run:
            groups: dict[str, list[str]] = {}
            for spelled in run:
                atom, _, rest = _first_atom(spelled)
                groups.setdefault(atom, []).append(rest)
            for atom, rests in groups.items():
                inner = rests[0] if len(rests) == 1 else _grouped_alternatives(rests)
                out.append(atom + inner if len(_alternatives(inner)) == 1 else f"{atom}(?:{inner})")
            run = []
        if alternative is not None:
            out.append(alternative)
    return "|".join(out)


def grouped(pattern: str) -> str:
    """``pattern``, a few zero-width openings (``\\b``, ``(?<!\\w)``) and then one group of alternatives, with the
    alternatives grouped by the characters they open with (a trie of their literal openings): the same matches.

    A list of phrases ("viel zu lang|zu lang geraten|mehr nicht|...") written as one alternation makes the regex
    engine try each phrase at each word start (it rejects a phrase on its first character, but that is one test per
    phrase); grouped ("m(?:ehr nicht|an merkt)|z(?:u lang geraten)|...") it tries one group per first character,
    and so on down. Alternatives that open with the same character keep their order, and two that open with
    different plain characters never both match at one position, so the engine picks the same alternative as
    before. A leading group is spelled out (``(?:viel|etwas) zu`` -> ``viel zu|etwas zu``, in the engine's order);
    an alternative that opens otherwise (a class, a look-around) stays in place, and the alternatives around it are
    grouped on either side. Patterns with capturing groups, inline flags or atomic groups are returned as they are,
    as is any pattern of another shape."""
    if re.compile(pattern).groups or re.search(r"\(\?[aiLmsux]|\(\?>", pattern):
        return pattern
    start = 0
    while opening := next((z for z in _ZERO_OPENINGS if pattern.startswith(z, start)), None):
        start += len(opening)
    if not pattern.startswith("(?:", start) or _atom_end(pattern, start) != len(pattern):
        return pattern
    return pattern[:start] + "(?:" + _grouped_alternatives(_alternatives(pattern[start + 3 : -1])) + ")"


#: One alternative of a cue group that :func:`spellings` can spell out: letters, hyphens and spaces,
#: any of them made optional by a following "?".
_SPELLABLE = re.compile(r"(?:[^\W\d_]|[- ])\??(?:(?:[^\W\d_]|[- ])\??)*")


def spellings(alternatives: str) -> list[str] | None:
    """Every word the regex alternatives "a|bc?|d-?e" match ("a", "b", "bc", "de", "d-e"), or ``None``
    when one of them is more than letters with optional ones (or would spell out too many words)."""
    words: list[str] = []
    for alternative in alternatives.split("|"):
        if not _SPELLABLE.fullmatch(alternative) or alternative.startswith("?"):
            return None
        forms = [""]
        for i, char in enumerate(alternative):
            if char == "?":
                continue
            optional = alternative[i + 1 : i + 2] == "?"
            forms = [f + char for f in forms] + (forms if optional else [])
            if len(forms) > 64:
                return None
        if "" in forms:
            return None  # an alternative that matches nothing at all ("a?") is no word
        words += forms
    return words or None


def _word_group(cue: str) -> str | None:
    """The alternatives of a cue written ``\\b(?:...)\\b`` (one group between word boundaries), else ``None``."""
    if not (cue.startswith(r"\b(?:") and cue.endswith(r")\b")):
        return None
    inner = cue[5:-3]
    marks = list(structure(inner))
    # The group must close at the end, not before: "\b(?:a)|(?:b)\b" is no such cue.
    if (")", 0) in marks:
        return None
    return inner if marks and marks[-1] == ("", 0) else None


#: A pattern that opens with a word boundary and a literal letter, or a group of alternatives that each do.
_OPENING = re.compile(r"(?:\\b)?(?:\(\?:(?P<alts>[^()\\\[]*)\)(?![?*{])|(?P<word>))")


def _first_letters(pattern: str) -> set[str] | None:
    """The letters a match of ``pattern`` can start with, or ``None`` when that is not plain to see."""
    found = _OPENING.match(pattern)
    if found is None or ("|", 0) in structure(pattern):  # an alternative outside groups may start anywhere
        return None
    alts = found["alts"].split("|") if found["alts"] is not None else [pattern[found.end() :]]
    letters = set()
    for alt in alts:
        if not alt or not alt[0].isalpha() or alt[1:2] in ("?", "*", "{"):
            return None
        letters.add(alt[0])
    return letters


def required_substrings(pattern: str, shortest: int = 3) -> tuple[str, ...] | None:
    """Plain strings of which every match of ``pattern`` holds at least one ("hätte" for ``\\bhätten? ...``), each
    at least ``shortest`` characters long, or ``None`` when the regex parser's tree shows none (case-insensitive
    or verbose patterns, optional parts only). A text holding none of them cannot match: an ``in`` test per
    string rejects it faster than a search."""
    from re import _parser  # type: ignore[attr-defined]

    try:
        tree = _parser.parse(pattern)
    except re.error:
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _required(list(tree), shortest)
    return tuple(sorted(found)) if found else None


def _required(seq: list, shortest: int) -> set[str] | None:  # type: ignore[type-arg]
    """:func:`required_substrings` of a parsed sequence: its longest run of literals or one of its mandatory groups
    (every alternative of which has required strings), whichever is the most selective."""
    from re import _constants as c  # type: ignore[attr-defined]

    best_run = ""
    run: list[str] = []
    groups: list[set[str]] = []
    for op, av in seq:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if len(run) > len(best_run):
            best_run = "".join(run)
        run = []
        sub: set[str] | None = None
        if op is c.SUBPATTERN:
            if av[1] & (re.IGNORECASE | re.VERBOSE):
                return None
            sub = _required(list(av[3]), shortest)
        elif op is c.ATOMIC_GROUP:
            sub = _required(list(av), shortest)
        elif op is c.BRANCH:
            alternatives = [_required(list(alt), shortest) for alt in av[1]]
            if all(alternatives):
                sub = set().union(*(a for a in alternatives if a))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _required(list(av[2]), shortest)
        if sub:
            groups.append(sub)
    if len(run) > len(best_run):
        best_run = "".join(run)
    candidates = [g for g in [{best_run}, *groups] if min(map(len, g)) >= shortest]
    # the most selective: the longest shortest string, then the fewest strings
    return max(candidates, key=lambda g: (min(map(len, g)), -len(g))) if candidates else None


def prefiltered_search(pattern: str) -> Callable[[str], re.Match[str] | None]:
    """``re.compile(pattern).search``, for the many short texts (a review's sentences) it most often does not
    match: a text holding none of the strings every match holds (:func:`required_substrings`) is not searched,
    a few ``in`` tests in C instead of a regex pass. The same answers."""
    search = re.compile(pattern).search
    needles = required_substrings(pattern)
    if needles is None:
        return search

    def prefiltered(text: str) -> re.Match[str] | None:
        return search(text) if any(map(text.__contains__, needles)) else None

    return prefiltered


def _first_chars(items: list) -> tuple[set[str], bool] | None:  # type: ignore[type-arg]
    """The characters a match of the parsed sequence ``items`` can open with, and whether it can match nothing;
    ``None`` when that is not plain to see (any character, a class like ``\\w``, a negated class)."""
    firsts: set[str] = set()
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width: the next item opens the match (a superset when the look-around narrows it)
        if op is _sre.LITERAL:
            return firsts | {chr(av)}, False
        if op is _sre.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is _sre.LITERAL:
                    chars.add(chr(value))
                elif kind is _sre.RANGE and value[1] - value[0] < 64:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
            return firsts | chars, False
        if op is _sre.SUBPATTERN:
            inner = _first_chars(list(av[3]))
        elif op is _sre.BRANCH:
            inner = (set(), False)
            for alternative in av[1]:
                found = _first_chars(list(alternative))
                if found is None:
                    return None
                inner = (inner[0] | found[0], inner[1] or found[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            found = _first_chars(list(av[2]))
            inner = None if found is None else (found[0], found[1] or av[0] == 0)
        else:
            return None
        if inner is None:
            return None
        firsts |= inner[0]
        if not inner[1]:
            return firsts, False
    return firsts, True


#: Most opening strings :func:`literal_openings` builds (the alternatives multiply).
_MOST_OPENINGS = 32
#: Up to how many openings :class:`LedPattern` finds them by ``str.find`` rather than by its guard.
FEW_OPENINGS = 12


class LedPattern:
    """A compiled regex whose :meth:`finditer` the engine runs only at the characters a match can open with.

    Python's regex engine skips straight to the next possible first character of a pattern that opens with a
    literal or a class (such a pattern is left as it is), but tries every position of one that opens with ``\\b``
    or a look-around. The guard ``[firsts](?<=(?=pattern).)`` opens with the class and holds exactly where
    ``pattern`` matches; the match itself is then ``pattern.match`` there. Same matches as ``pattern.finditer`` (each search goes on from the
    end of the last match)."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        self._guard: re.Pattern[str] | None = None
        # Strings every match holds (a text holding none has no match); ``(?!)``, a language without the phrase,
        # matches nowhere but would be tried at every position.
        self._required = () if pattern == "(?!)" else required_substrings(pattern)
        self._required_keys = _Needles(self._required or ())
        parsed = _sre_parse.parse(pattern)
        found = _first_chars(list(parsed))
        flags = parsed.state.flags
        led = _sre_compiler._get_literal_prefix(parsed, flags)[0] or _sre_compiler._get_charset_prefix(parsed, flags)
        # (no flags but the default: a global inline flag cannot stand inside the guard)
        if found is not None and not found[1] and not led and not flags & ~re.UNICODE and "(?P=" not in pattern:
            body = re.sub(r"\\[1-9]", "", pattern)  # no back-references by number: groups shift inside the guard
            if body == pattern and "\n" not in found[0]:
                chars = "".join(sorted(re.escape(c) for c in found[0]))
                self._guard = re.compile(f"[{chars}](?<=(?=(?:{pattern})).)")
        # A few literal strings every match opens with ("seinen", "ihren"): found by ``str.find``, faster than the
        # guard wherever its first characters are common letters (see :class:`OpeningLedPattern`).
        openings = literal_openings(pattern) if self._guard is not None else None
        self._opening = OpeningLedPattern(pattern) if openings and len(openings) <= FEW_OPENINGS else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of the pattern in ``text`` (from ``pos``, up to ``endpos``), as ``re.Pattern.finditer``
        gives them."""
        pos, end = max(pos, 0), len(text) if endpos is None else min(endpos, len(text))
        if self._required is not None and not any(
            text.find(part, pos, end) >= 0 for part in _searched(text, self._required_keys)
        ):
            return  # (a match within the window holds one of them within it)
        if self._opening is not None:
            yield from self._opening.finditer(text, pos, end)
            return
        if self._guard is None:
            yield from self.regex.finditer(text, pos, end)
            return
        search, match = self._guard.search, self.regex.match
        while (found := search(text, pos, end)) is not None:
            m = match(text, found.start(), end)
            assert m is not None  # the guard holds only where the pattern matches
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1


def literal_openings(pattern: str, flags: int = 0, shortest: int = 3) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` opens with ("(?:zeigt|legt)[ ]+" -> "zeigt", "legt"),
    each at least ``shortest`` characters; ``None`` when that is not plain to see from the regex parser's tree
    (a class, a repeat or a case-insensitive match at the start, too short or too many openings)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _openings(list(parsed))
    if found is None or not found[0] or min(map(len, found[0])) < shortest:
        return None
    return tuple(sorted(found[0]))


def _openings(items: list) -> tuple[set[str], bool] | None:  # type: ignore[type-arg]
    """The strings a match of the parsed sequence ``items`` opens with, and whether the sequence is exactly
    one of them (then what follows it extends them); ``None`` when not plain to see."""
    prefixes = {""}
    inner: tuple[set[str], bool] | None
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width (a look-around, a word boundary, "^"): it checks context; the match holds what follows
        if op is _sre.LITERAL:
            prefixes = {p + chr(av) for p in prefixes}
            continue
        if op is _sre.IN and len(av) <= 8 and all(kind is _sre.LITERAL for kind, _ in av):
            inner = ({chr(value) for _, value in av}, True)  # "[cd]" (the parser makes "abc|abd" "ab[cd]")
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            inner = _openings(list(av[3]))
        elif op is _sre.BRANCH:
            found = [_openings(list(alternative)) for alternative in av[1]]
            if any(f is None for f in found):
                inner = None
            else:
                inner = (set().union(*(f[0] for f in found if f)), all(f[1] for f in found if f))
        else:
            return (prefixes, False) if "" not in prefixes else None
        if inner is None:
            return (prefixes, False) if "" not in prefixes else None
        prefixes = {p + s for p in prefixes for s in inner[0]}
        if len(prefixes) > _MOST_OPENINGS:
            return None
        if not inner[1]:
            return prefixes, False
    return prefixes, True


class DigitGated:
    """A compiled regex every match of which holds a decimal digit (each alternative has a ``\\d``; the caller
    vouches for it), whose :meth:`search` first asks whether the text holds a digit at all: one scan for a single
    class, where the regex tries each alternative at every position of the many texts without one."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags)

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``: None at once when ``text[pos:endpos]`` holds no digit."""
        if _DECIMAL.search(text, pos, endpos) is None:
            return None
        return self.regex.search(text, pos, endpos)


#: How long a pattern's literal prefix must be for :class:`OpeningLedPattern` to find it by ``str.find``: the regex
#: engine skips to a prefix too, at about 2-3 us per 1,000 characters; ``str.find`` with a Python loop over its
#: places is faster for a prefix of five characters or more (rarer), slower for shorter ones (", ", "ist", "With":
#: measured on the title cues' gates, speed pass 23).
LONG_PREFIX = 5


class OpeningLedPattern:
    """A compiled regex whose :meth:`finditer` tries the pattern only where one of its literal openings
    (:func:`literal_openings`) stands, found by ``str.find``.

    An alternation of phrases ("präsentiert|legt|liefert|zeigt|...") opens with common letters, and the regex
    engine tries it at each of them; finding each phrase's opening costs a fraction of that. A match opens
    with one of the openings, so no other position can start one; at each candidate, in text order and from
    the end of the last match on, ``pattern.match`` answers as the search would there (look-behinds and
    ``\\b`` still see the text before it). Same matches as ``pattern.finditer``. A pattern without plain
    openings, or one the engine already skips through (a literal prefix), is run as it is; but one whose literal
    prefix is :data:`LONG_PREFIX` characters or more is tried where ``str.find`` finds that prefix (speed pass 23).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags)
        parsed = _sre_parse.parse(pattern, flags)
        led = _sre_compiler._get_literal_prefix(parsed, parsed.state.flags)[0]
        self.openings = None if led else literal_openings(pattern, flags)
        # (An opening that extends another, "habe" beside "hab", starts where that one does: not searched for.)
        searched = [o for o in self.openings or () if not any(o != p and o.startswith(p) for p in self.openings or ())]
        if len(led) >= LONG_PREFIX:
            # Every match opens with the prefix (the characters the engine itself would skip to, exactly, no
            # case folded), and the reading's filter rules it out where the text does not hold it.
            searched = ["".join(map(chr, led))]
        self._keys = _Needles(searched)
        #: Whether the regex runs over the text as it is (nothing to find first).
        self._scans = not searched

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text`` (from ``pos``, up to ``endpos``), as ``re.Pattern.search`` gives it."""
        return next(self.finditer(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of the pattern in ``text`` (from ``pos``, up to ``endpos``), as ``re.Pattern.finditer``
        gives them."""
        pos, end = max(pos, 0), len(text) if endpos is None else min(endpos, len(text))
        if self._scans:
            yield from self.regex.finditer(text, pos, end)
            return
        starts: set[int] = set()
        for opening in _searched(text, self._keys):  # (openings the reading's text does not hold: not searched)
            at = text.find(opening, pos, end)
            while at >= 0:
                starts.add(at)
                at = text.find(opening, at + 1, end)
        # (A match is never empty: it holds an opening.)
        yield from matches_at(self.regex, text, sorted(starts), end)
