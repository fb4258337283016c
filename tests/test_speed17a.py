"""Speed pass 17a (credits): each faster search or index finds what the code it replaced finds, on written and random
texts (the replaced code is kept here as the reference)."""

from __future__ import annotations

import random
import unicodedata
from collections import defaultdict

import pytest

from filmkritik import lang
from filmkritik.model import ReviewRecord
from filmkritik.read import names, segment
from filmkritik.read.analysis import Analysis
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


def _reader(text: str, code: str) -> Reader:
    data = lang.get(code)
    paragraphs = segment.paragraphs(text)
    record = ReviewRecord(text=text)
    record.language = code
    analysis = Analysis(
        record=record,
        lang=data,
        sentences=segment.sentences(text, data.ABBREVIATIONS, paragraphs),
        paragraphs=paragraphs,
    )
    analysis.lowered = text.lower()
    return Reader(analysis)


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
        reader = _reader(text, code)
        spelling = reader._spellings()
        old = _old_spellings(reader)
        assert list(spelling.items()) == list(old.items())
        # (the distinct runs in the order they first occur: a repeated run reads as the same person again)
        assert reader._runs_by_fold == {k: list(dict.fromkeys(v)) for k, v in _old_runs_by_fold(reader).items()}


def test_run_names_ending_is_the_old_lookup() -> None:
    for code in ("de", "en"):
        for text in _all_texts():
            reader = _reader(text, code)
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
            reader = _reader(text, code)
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
