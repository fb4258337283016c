"""Speed pass 17a (credits): each faster search or index finds what the code it replaced finds, on written and random
texts (the replaced code is kept here as the reference)."""

from __future__ import annotations

import random
import unicodedata
from collections import defaultdict

import pytest

from credits_support import credits_reader
from filmkritik.read import names
from filmkritik.read.credits import Reader
from filmkritik.read.credits.assembly import _SUFFIXES
from filmkritik.read.credits.common import _fold

#: Pieces the random texts are made of: invented names (some accented, some in capitals, some with a suffix), cue
#: words of both languages, white space and punctuation.
_PIECES = [
    "Ada Berg",
    "Berg",
    "Tom Vogt",
    "Vogt",
    "TOM VOGT",
    "Jörn Ølstad",
    "Ølstad",
    "Renée Duchamp-Lévy",
    "Lévy",
    "Sammy Quill Jr.",
    "Quill Jr.",
    "Quill",
    "Harold Pemberton III",
    "Pemberton",
    "Lia\u00a0Sand",
    "Sand",
    "Kapitänin Merle Ahrens",
    "Regisseurin",
    "Regie führte",
    "spielt",
    "als",
    "die Ärztin Mona",
    "directed by",
    "plays",
    "Film",
    "Drama",
    "Komödie",
    "Brenners packendes Drama",
    "Die Kamera",
    "Der Film",
    "„Nebelzeit“",
    "und",
    "der",
    "des",
    "von",
    "İlkay Şen",
    "Şen",
    "ﬁlm",
    "…",
    ",",
    ".",
    ". ",
    "\n",
    " ",
    "  ",
    "(",
    ")",
]


def _texts(seed: int, count: int, pieces: int = 40) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = [rng.choice(_PIECES) for _ in range(pieces)]
        out.append(" ".join(words))
    return out


_WRITTEN = [
    "Regie führte Ada Berg. Berg erzählt von Tom Vogt, den Tom Vogt als Ada spielt. Ada Berg und TOM VOGT.",
    "Sammy Quill Jr. plays Mona, and Quill is wonderful; Harold Pemberton III directed it. Quill Jr. again.",
    "Jörn Ølstad spielt die Ärztin Mona. Ølstad und Renée Duchamp-Lévy (Lévy) in „Nebelzeit“ … Lia\u00a0Sand.",
    "İlkay Şen inszeniert; Şen spielt auch. Kapitänin Merle Ahrens (Lia Sand) und Ahrens.",
]


def _all_texts() -> list[str]:
    return _WRITTEN + _texts(17, 60)


# -- the runs' indexes (people._index_runs) -------------------------------------------------------------------------


def _old_runs_by_fold(reader: Reader) -> dict[str, list[str]]:
    by_fold: defaultdict[str, list[str]] = defaultdict(list)
    text = reader.text
    for start, end in reader.runs.spans:
        raw = text[start:end]
        if " " in raw:
            for key in dict.fromkeys(map(_fold, names.tokens(raw))):
                by_fold[key].append(raw)
    return by_fold


def _old_spellings(reader: Reader) -> dict[str, str]:
    spelling: dict[str, str] = {}
    for span in reader.runs.spans:
        raw = reader.run_text(span)
        if " " in raw and not raw.isupper():
            spelling.setdefault(_fold(raw), raw)
    return spelling


@pytest.mark.parametrize("code", ["de", "en"])
def test_run_index_is_the_two_passes(code: str) -> None:
    for text in _all_texts():
        reader = credits_reader(text, code)
        spelling = reader._spellings()
        old = _old_spellings(reader)
        assert list(spelling.items()) == list(old.items())
        # (the distinct runs in the order they first occur: a repeated run reads as the same person again)
        assert reader._runs_by_fold == {k: list(dict.fromkeys(v)) for k, v in _old_runs_by_fold(reader).items()}


def test_run_names_ending_is_the_old_lookup() -> None:
    for code in ("de", "en"):
        for text in _all_texts():
            reader = credits_reader(text, code)
            old_index = _old_runs_by_fold(reader)
            for token in {t for raw in old_index.values() for r in raw for t in names.tokens(r)}:
                found: list[str] = []
                for raw in old_index.get(_fold(token), ()):
                    name = reader.person(raw)
                    if name and reader.full_name(name) and names.tokens(name)[-1] == token and name not in found:
                        found.append(name)
                assert reader._run_names_ending(token) == found


def test_fold_maps_each_character_on_its_own() -> None:
    """What joining the words' folded forms relies on: a string's folded form is its characters' folded forms."""
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(0x20, 0x2FF)] + list("İıŞşßẞ…ﬁﬂ½ǅǈΣσςÅÅḉ\u0301\u0308\u0327\u00a0ｶﾞ한글")
    for _ in range(3000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _fold(value) == "".join(_fold(ch) for ch in value)
    for ch in map(chr, range(0x30000)):
        if unicodedata.category(ch) != "Cs":
            assert _fold(ch + " " + ch) == _fold(ch) + " " + _fold(ch)


# -- the suffix entries of the surname index (assembly._longer_name) -----------------------------------------------


def _old_longer_name(reader: Reader, parts: list[str]) -> str | None:
    core = [t for t in parts if t not in _SUFFIXES]
    found = []
    for full in reader.full_names_ending(core[-1]):
        tokens = names.tokens(full)
        if len(tokens) > len(core) and tokens[-len(core) :] == core:
            found.append(full)
    for key in _SUFFIXES:
        for full in reader.full_names_ending(key):
            tokens = names.tokens(full)
            if [t for t in tokens if t not in _SUFFIXES][-len(core) :] == core and len(tokens) > len(parts):
                found.append(full)
    unique = set(found)
    return found[0] if len(unique) == 1 else None


def test_longer_name_is_the_old_loop() -> None:
    for code in ("de", "en"):
        for text in _all_texts():
            reader = credits_reader(text, code)
            for add_hits in (False, True):
                if add_hits:
                    reader.credit_blocks()
                    reader.parentheses()
                    reader.play_verbs()
                    reader.as_cues()
                    reader.appositions()
                asked = {reader.run_text(s) for s in reader.runs.spans} | {h.name for h in reader.hits}
                for raw in sorted(asked):
                    parts = names.tokens(raw)
                    if len(parts) < 2 or all(t in _SUFFIXES for t in parts):
                        continue
                    assert reader._longer_name(parts) == _old_longer_name(reader, parts)


# -- searches of the reader's text that the reading's filter rules out (base.found / holds) -------------------------

#: Needles of the credits' find loops and gates (with and without white space, both cases, shorter than the filter's
#: grams too).
_NEEDLES = [
    "Stimme",
    " spricht ",
    "spricht",
    "Den spielt ",
    ", die sie ",
    " gibt ihm ",
    "Händen",
    "olle de",
    "besetzt",
    " ist ",
    "Regisseur",
    " Regisseur",
    "Theater",
    "chauspieler",
    "neu:",
    "Neu:",
    "–",
    "(",
    ":",
    " mit ",
    "Als ",
    "İlkay",
    "xqzv",
    "ﬁlm",
    "Film",
    "  ",
    "Ada Berg",
    "berg",
]

_BLANKED_DE = (
    "Tom Vogt spielt mit stoischer Ruhe den Fischer Jakob. Ada Berg gibt, und das meint man wörtlich, die verhärmte, "
    "aber keineswegs humorlose Bäckerin Gesine. Den spielt Lia Sand. "
)


@pytest.mark.parametrize("code", ["de", "en"])
def test_found_and_holds_are_the_searches(code: str) -> None:
    from filmkritik.read import lexmatch

    texts = [_BLANKED_DE * 12, "İstanbul " + _BLANKED_DE * 12, *(t * 14 for t in _WRITTEN), *_texts(29, 12, 300)]
    ruled_out = 0
    for text in texts:
        for _ in range(2):  # (the second time, the filter holds the needles searched the first time)
            reader = credits_reader(text, code, reading=True)
            assert lexmatch.here(reader.low) is not None
            for needle in _NEEDLES:
                ruled_out += reader._ruled_out(needle)
                assert reader.holds(needle) == (needle in reader.text)
                assert reader.found(needle) == lexmatch.occurrences(reader.text, needle)
                assert reader.holds(needle) == (needle in reader.text)  # (asked again: from what was found)
    assert ruled_out > 0


def test_blanked_text_keeps_needles_with_white_space() -> None:
    reader = credits_reader(_BLANKED_DE * 12, "de", reading=True)
    assert reader.text is not reader.analysis.text  # (the insertions blanked)
    for needle in [*_NEEDLES, "fischer jakob", "   den", "spielt     den", "Ruhe den"]:
        assert reader.found(needle) == [i for i in range(len(reader.text)) if reader.text.startswith(needle, i)], needle


def test_no_filter_without_a_reading_of_the_text() -> None:
    from filmkritik.read import lexmatch

    lexmatch.reading("ein anderer Text " * 80, ("ein anderer Text " * 80).lower(), "de")
    reader = credits_reader(_BLANKED_DE * 12, "de")
    assert reader._asked is None and not any(reader._ruled_out(n) for n in _NEEDLES)
    for needle in _NEEDLES:
        assert reader.found(needle) == lexmatch.occurrences(reader.text, needle)


def test_non_overlapping_steps_from_all_places() -> None:
    """voices._casting_and_voices: ``pos = text.find(word, pos + len(word))`` visits the places of ``found`` that
    start at or after the end of the place visited before."""
    from filmkritik.read import lexmatch

    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice(["a", "b", " ", "ab", " a "]) for _ in range(rng.randint(0, 40)))
        for word in ("a", "aa", " a ", "aba", " ", "  "):
            expected = []
            pos = text.find(word)
            while pos >= 0:
                expected.append(pos)
                pos = text.find(word, pos + len(word))
            got, after = [], -1
            for pos in lexmatch.occurrences(text, word):
                if pos < after:
                    continue
                after = pos + len(word)
                got.append(pos)
            assert got == expected


# -- the runs the appositions' loop looks at (appositions._run_cue_gate) --------------------------------------------


def test_run_cue_gate_keeps_every_run_the_loop_acts_on() -> None:
    """The old loop did something for a run only when a comma follows it, " erzählt" does, or white space and a
    lower-case word of the cues' words: the gate lets each such run through."""
    from filmkritik.read.credits.appositions import _NEXT_LETTERS, _run_cue_gate

    for code in ("de", "en"):
        for text in _all_texts() + [t.replace(" ", "\u00a0 ") for t in _WRITTEN] + _texts(41, 40, 60):
            reader = credits_reader(text, code)
            p = reader.p
            gate = _run_cue_gate(p.perform_words | p.lead_words | p.direct_words)
            for words in (p.perform_words, p.lead_words, p.direct_words):
                for word in words:
                    for glue in (" ", "  ", "\n", "\u00a0", "\t "):
                        probe = "Ada Berg" + glue + word
                        assert gate.match(probe, 8), probe
            n = len(text := reader.text)
            for _, end in reader.runs.spans:
                if end >= n:
                    continue
                acts = text[end] == "," or text.startswith(" erzählt", end)
                if not acts:
                    after = end
                    while after < n and text[after].isspace():
                        after += 1
                    if after > end and after < n and text[after].islower():
                        nxt = _NEXT_LETTERS.match(text, end)
                        word = nxt.group(1) if nxt else ""
                        acts = word in p.perform_words or word in p.lead_words or word in p.direct_words
                if acts:
                    assert gate.match(text, end), (text, end)


# -- where a film noun may follow a name (appositions._film_noun_near) ----------------------------------------------


@pytest.mark.parametrize("code", ["de", "en"])
def test_film_noun_near_wherever_film_noun_after_matches(code: str) -> None:
    """``film_noun_after`` matches the text after a run only where one of the film nouns' required strings starts
    in that window: every window it matches is one ``_film_noun_near`` keeps."""
    pieces = [
        *_PIECES,
        "packendes",
        "Justizdrama",
        "neues Werk",
        "Meisterwerk",
        "Sci-Fi-Spektakel",
        "Langfilmdebüt",
        "Adaption",
        "horror movie",
        "latest",
        "s",
        "’s",
        "1917",
        "(2019)",
    ]
    rng = random.Random(11)
    matched = 0
    for _ in range(40):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(20, 120)))
        reader = credits_reader(text * (1 + 1000 // max(1, len(text))), code, reading=True)
        text = reader.text
        for start in range(len(text)):
            after = text[start : start + 120]
            if reader.p.film_noun_after.match(after):
                matched += 1
                assert reader._film_noun_near(start, len(after)), (text, start)
    assert matched > 0
