"""Speed pass 18: a text whose lower case is longer (a Turkish "İ" lowers to "i" and a combining dot) shares the
reading's filter and has its credits cues tried near their trigger words, as every other text does; the same
matches as the whole-text scans it was read with before."""

from __future__ import annotations

import gc
import re

import pytest

from credits_support import credits_reader
from filmkritik import read_text
from filmkritik.read import lexmatch, pipeline
from filmkritik.read.credits.base import _ANCHORS

#: Invented pages (no name or title of any real review) with cue phrasings of both languages and names written
#: with "İ".
_GERMAN = [
    "İstanbul im Regen\n\nRegie führte İlkay Şen. İpek Yıldız spielt die Ärztin Mona, İsmail Kaya den Kommissar "
    "Berg. Der Film von İnci Demir erzählt von zwei Schwestern. Kamera: İlker Aksoy. Mit İrem Sönmez und Tom Vogt. "
    "In der Hauptrolle überzeugt İpek Yıldız als Mona, die İsmail Kaya (Berg) misstraut. Das Drehbuch schrieb "
    "Merle Ahrens. Die Musik stammt von İlhan Er. Ein kluger, stiller Film. " * 3,
    "Regisseurin İnci Demir inszeniert „Die Brücke von İzmir“ als Kammerspiel. Als Vater ist İsmail Kaya zu sehen, "
    "seine Tochter spielt İpek Yıldız. Die türkische Schauspielerin verkörpert die Lehrerin Ayla mit großer Ruhe. "
    "Produziert wurde der Film von İlker Aksoy. " * 4,
]
_ENGLISH = [
    "The Bridge at İzmir\n\nDirected by İnci Demir. İpek Yıldız plays a teacher, Ayla, and İsmail Kaya stars as her "
    "father. Written by Merle Ahrens; photographed by İlker Aksoy. The film, starring İrem Sönmez as Detective Berg, "
    "is a quiet, clever drama. Music by İlhan Er. " * 4,
]
_TEXTS = [("de", t) for t in _GERMAN] + [("en", t) for t in _ENGLISH]


@pytest.mark.parametrize(("code", "text"), _TEXTS)
def test_cues_of_a_text_with_a_dotted_capital_i_match_as_the_whole_scan_does(code: str, text: str) -> None:
    reader = credits_reader(text, code, reading=True)
    assert len(reader.low) != len(reader.text)
    tried = 0
    for key, triggers in reader.d.TRIGGERS.items():
        if key in _ANCHORS or not hasattr(reader.p, key):
            continue
        rx: re.Pattern[str] = getattr(reader.p, key)
        expected = [m.span() for m in rx.finditer(reader.text)] if reader.mentions_any(triggers) else []
        assert [m.span() for m in reader.finds(key)] == expected, key
        tried += bool(expected)
    assert tried >= 3  # (the pages hold several cues)


def test_gate_positions_are_places_in_the_text_as_written() -> None:
    text = _GERMAN[0]
    reader = credits_reader(text, "de", reading=True)
    for trigger in ("spielt", "regie", "kamera", "von"):
        places = reader.gate_positions(trigger)
        assert places and all(text[p : p + len(trigger)].lower().replace("i̇", "i") == trigger for p in places)
        assert places == [m.start() for m in re.finditer(re.escape(trigger), text.replace("İ", "i").lower())]


def test_the_filter_of_a_longer_lower_case_rules_out_only_needles_the_text_as_written_lacks() -> None:
    text = _GERMAN[1] + " Kommissarin İlknur Acar spielt, İSMAİL KAYA schreibt."
    low = text.lower()
    needles = (
        "İsmail",
        "Ismail",
        "İSMAİL",
        "KAYA",
        "Kommissarin",
        "Kommissar",
        "Drehbuch",
        "Brücke",
        "İzmir",
        "Izmir",
        "spielt",
        "Spielt",
        "Lehrerin",
        "Schauspieler",
        "Kamerafrau",
        "Produziert",
        "produziert",
    )
    lexmatch.reading(text, low, "xx18")
    lexmatch.filtered_starts(text, needles)  # (the filter learns the needles for the next reading)
    lexmatch.reading(text, low, "xx18")
    found = lexmatch.filtered_starts(text, needles)
    assert found is not None
    assert found == {m.start() for n in needles for m in re.finditer(f"(?={re.escape(n)})", text)}


def test_digit_places_of_a_longer_lower_case_are_not_shared_with_the_text() -> None:
    text = "İlkay Şen, 1987 geboren, drehte 2019 und 2023. " * 40
    low = text.lower()
    lexmatch.reading(text, low, "xx18")
    assert lexmatch.decimal_positions(text) == [m.start() for m in re.finditer(r"\d", text)]
    assert lexmatch.decimal_positions(low) == [m.start() for m in re.finditer(r"\d", low)]
    assert lexmatch.decimal_positions(text) != lexmatch.decimal_positions(low)


def test_a_reading_pauses_the_collector_and_restores_it() -> None:
    seen: list[bool] = []
    original = pipeline.COMPONENTS
    try:
        pipeline.COMPONENTS = [*original, ("probe", lambda analysis: seen.append(gc.isenabled()))]
        assert gc.isenabled()
        read_text("Ein stiller, kluger Film über zwei Schwestern. " * 20)
        assert seen == [False] and gc.isenabled()
        gc.disable()
        try:
            read_text("Ein stiller, kluger Film über zwei Schwestern. " * 20)
            assert seen == [False, False] and not gc.isenabled()  # (left off when it was off)
        finally:
            gc.enable()
    finally:
        pipeline.COMPONENTS = original


_PIECES = [
    "Film",
    " ",
    "\n",
    "\r\n",
    "\r",
    "\ufeff",
    "„Titel“",
    "<p>",
    "<div class=x>",
    "<",
    "İ",
    "😀",
    "\ud800",
    "\udfff",
    "\t",
    "  \n",
    "Ende.",
    "<html>",
    "<!DOCTYPE html>",
    "\u2028",
    "e\u0301",
]


def _random_texts(count: int, seed: int = 18) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 60))) for _ in range(count)]


def test_ingest_gates_answer_as_the_code_they_spare() -> None:
    import importlib
    import unicodedata

    document = importlib.import_module("filmkritik.ingest.document")
    html = importlib.import_module("filmkritik.ingest.html")
    load = importlib.import_module("filmkritik.ingest.load")

    def old_normalise(text: str) -> str:
        text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
        text = unicodedata.normalize("NFC", text)
        return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")

    def old_looks_like_html(text: str) -> bool:
        head = text[:2048].lstrip().lower()
        return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
            re.search(r"<(html|head|body|article|div|p)\b", head)
        )

    texts = [*_random_texts(3000), "x" * 2047 + "<p>", "x" * 2048 + "<p>", " " * 3000 + "<html>"]
    for text in texts:
        assert load._has_surrogate(text) == bool(load._SURROGATE.search(text))
        assert html.looks_like_html(text) == old_looks_like_html(text)
        if not load._has_surrogate(text):
            assert document.normalise_text(text) == old_normalise(text)


_RUN_PIECES = [
    "The",
    "Quiet",
    "Earth",
    " ",
    "\t",
    " of ",
    " the ",
    "and",
    "Ann",
    "O’Hara",
    "Jean-Luc",
    "mid-Century",
    "x",
    "9",
    "_",
    "İ",
    "Ä",
    ",",
    ".",
    "\n",
    "’s",
    "'",
    "-",
    "stars",
    "co-stars",
    "appears",
    "returns",
    "as",
]


def _run_texts(count: int, seed: int = 1818) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_RUN_PIECES) for _ in range(rng.randrange(1, 40))) for _ in range(count)]


def test_title_runs_led_by_their_capital_are_the_runs_found_behind_a_boundary() -> None:
    import importlib

    review_features = importlib.import_module("filmkritik.read.review_features")
    old = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|the|a|an|and|in|at|to|on|for|with|from)[ \t]+)*[A-Z][\w'’-]*)+")
    for text in [*_run_texts(4000), *_ENGLISH, *_GERMAN]:
        assert review_features._TITLE_RUN.findall(text) == old.findall(text)


def test_the_appositions_verb_gate_never_rules_out_a_match() -> None:
    import importlib

    as_roles = importlib.import_module("filmkritik.read.credits.as_roles")
    texts = [*_run_texts(3000), "Ann O’Hara, so good in last year's “The Long Night”, stars as Prince Aldric"]
    checked = 0
    for text in texts:
        for anchor in range(len(text) + 1):
            found = as_roles._STARS_AS_APPOS.search(text, max(0, anchor - 160), anchor)
            if found is not None:
                checked += 1
                assert as_roles._may_end_appos_verb(text, anchor)
    assert checked


def test_the_as_gap_led_by_its_openings_finds_what_it_found() -> None:
    import importlib
    import random

    as_roles = importlib.import_module("filmkritik.read.credits.as_roles")
    old = re.compile(
        r"(?:\s*\([^()\n]{0,80}\))?,?(?:\s+(?:[a-zäöüß][\w-]*|(?:Ideal|Fehl)?[Bb]esetzung|Wahl|Rolle|choice)){0,4},?\s*$"
        r"|(?:['’]s?)?(?:,?\s+[a-z][\w-]*){0,7}\s+(?:performance|turn|work|job|scene|scenes|role|part|cameo|lines|moments)"
        r"(?:\s+(?:of|with)(?:\s+[a-z][\w-]*){1,3})?\s*$"
    )
    pieces = [
        " ",
        "\n",
        "\t",
        "(",
        ")",
        ",",
        "'",
        "’",
        "s",
        "a",
        "is",
        "performance",
        "role",
        "of",
        "with",
        "Tom",
        "Besetzung",
        "Idealbesetzung",
        "Wahl",
        "Rolle",
        "choice",
        "-",
        "x1",
        ".",
        "  ",
        "ä",
        "İ",
    ]
    rng = random.Random(1818)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30))) for _ in range(20000)]
    texts += ["Tom Hanks, who gives the best performance of his career here ", "Ann Lee (in her debut) is fine "]
    for text in texts:
        a, b = old.search(text), as_roles._AS_GAP.search(text)
        assert (a.span() if a else None) == (b.span() if b else None), text


def test_hashed_tokens_of_a_latin_text_are_the_unicode_patterns_tokens() -> None:
    import importlib
    import random

    import numpy as np

    sentiment = importlib.import_module("filmkritik.read.sentiment")
    hashing = importlib.import_module("filmkritik.read.hashing")
    pieces = [
        "word",
        " ",
        "-",
        "'",
        "’",
        "don't",
        "ß",
        "é",
        "ª",
        "²",
        "½",
        "_",
        "9",
        "ł",
        "٣",
        "ǅ",
        "İ",
        "\n",
        ",",
        "x",
    ]
    rng = random.Random(18)
    for c in map(chr, range(0x3000)):
        low = f"a{c}b {c} -{c}- '{c}".lower()
        if sentiment._BEYOND_LATIN_WORD.search(low) is None:
            assert sentiment._HASH_TOKEN_LATIN.findall(low) == sentiment._HASH_TOKEN_FAST.findall(low)
        else:
            assert ord(c) > 0xFF
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        low = text.lower()
        expected = hashing.word_and_pair_indices(sentiment._HASH_TOKEN_FAST.findall(low), sentiment.N_FEATURES)
        assert np.array_equal(sentiment.hashed_indices(text, 0, low), expected)
