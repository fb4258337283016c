"""Speed pass 22b: the shared machinery under the credits reader. Each new form against the one it replaces, on
written texts and on random ones made of the characters and words the form turns on."""

from __future__ import annotations

import random
import re

from filmkritik.read import lexmatch, names, page_blocks


def _random_texts(alphabet: list[str], count: int, seed: int, most: int = 12) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, most))) for _ in range(count)]


def test_remembered_noun_answers_are_the_answers_read_afresh() -> None:
    lex = names.lexicon()
    words = (
        "Regisseurin Kriegsfotografin Sexualpartner Ehemanns Machern Wirtin Leung Young Trauung Journalistin Pianist "
        "Anna Greta Vogt-Ramirez Großvater Nachbarssohn Ornithologe Inspektor Moderator Berg Stein Mann Film Biopic "
        "Endlich Will Mentor Honor Otto Kern Sparkles Lotse Hofrat Bildung Freiheit"
    ).split()
    tokens = [*words, *(w.lower() for w in words), *(w.upper() for w in words), *(f"{w}\n" for w in words)]
    for _ in range(3):  # (asked again: the remembered answer)
        for token in tokens:
            for language in ("de", "en"):
                assert lex.looks_like_noun(token, language) == lex._looks_like_noun(token, language), token


def test_noun_memo_is_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lex = names.Lexicon(frozenset({"Anna"}), frozenset({"Haus"}), frozenset({"house"}))
    monkeypatch.setattr(names, "NOUN_MEMO", 4)
    for word in ["Haus", "Anna", "Baumhaus", "Regisseurin", "Ehemanns", "Hauses", "Vogt"] * 2:
        assert lex.looks_like_noun(word, "de") == lex._looks_like_noun(word, "de")
        assert len(lex._nouns) <= 4
    # (A lexicon's memo is its own: equal lexicons still compare and hash as before.)
    other = names.Lexicon(frozenset({"Anna"}), frozenset({"Haus"}), frozenset({"house"}))
    assert other == lex and hash(other) == hash(lex)


def _plain_label(line: page_blocks._Line, cues: page_blocks._Cues, newsletter: bool) -> tuple[str, bool] | None:
    """``page_blocks._label`` as it was: the label pattern tried on every line."""
    if len(line.text) > page_blocks._TEASER_CHARS * 2:
        return None
    m = cues.label.match(line.text)
    if m is not None:
        return re.sub(r"\s+", " ", m.group("label").lower()), bool((m.group("rest") or "").strip())
    if page_blocks._COUNTED_COMMENTS.match(line.text):
        return "comments", False
    if page_blocks._SITE_BOX.match(line.text):
        return "site box", False
    if page_blocks._NAMED_BIO.match(line.text):
        return "bio", True
    if newsletter and page_blocks._NEWSLETTER_LINE.match(line.text) and len(line.text) < page_blocks._TEASER_CHARS * 2:
        return "newsletter", True
    return None


def test_box_labels_found_through_their_openings_are_the_labels_found_before() -> None:
    cues = page_blocks._cues()
    labels = sorted(
        {m.group(0) for m in re.finditer(r"[^|()?:]+", cues.label.pattern.split("(?P<label>")[1].split(")(?:")[0])}
    )
    spelled = [label.replace(r"\s+", " ").replace("\\", "") for label in labels]
    assert len(spelled) > 100
    written = [
        *spelled,
        *(s.upper() for s in spelled),
        *(s.title() for s in spelled),
        *(f"» {s}: „Der stille Hafen“ – Regie: Mara Lindqvist" for s in spelled),
        *(f"{s} (12)" for s in spelled),
        *(s.replace(" ", "  \t") for s in spelled),
        *(s[: len(s) // 2] for s in spelled),
        "Das könnte Sie auch interessieren",
        "Das war ein langer Abend im Kino.",
        "Die besten Filme der Woche: Die Rückkehr des Wals",
        "KOMMENTARE (3)",
        "ſign up for our newsletter",
        "İhre Meinung",
        "\u212aommentare",
    ]
    pieces = [
        *(s[:k] for s in spelled[::7] for k in (2, 5, 9)),
        *["ſ", "İ", "ı", "\u212a", " ", "\t", "-", "#", "»", ":", "|", "–", "(3)", "Film", "Die ", "das "],
    ]
    lines = written + _random_texts(pieces, 6000, 22)
    found = 0
    for text in lines:
        line = page_blocks._Line(0, len(text), text)
        for newsletter in (True, False):
            label = page_blocks._label(line, cues, newsletter)
            assert label == _plain_label(line, cues, newsletter), text
            found += label is not None
    assert found > 1000


def _plain_prose(lines: list[page_blocks._Line], labels: list[tuple[str, bool] | None]) -> list[int]:
    """``page_blocks._prose`` as it was: a long line told by ``_Line.prose``."""
    teasers = page_blocks._teaser_paragraphs(lines, labels)
    prose, run = [], []
    for i, line in enumerate(lines):
        stripped = line.text.strip()
        if not stripped:
            continue
        if labels[i] is not None or i in teasers:
            run = []
            continue
        if line.prose:
            prose.append(i)
        if len(stripped) >= page_blocks._SENTENCE_CHARS and page_blocks._SENTENCE_END.search(stripped):
            run.append(i)
            if len(run) >= page_blocks._PROSE_RUN:
                prose.extend(run)
                run = []
                continue
        else:
            run = []
    return sorted(set(prose))


def test_prose_lines_are_the_lines_read_before() -> None:
    cues = page_blocks._cues()
    pieces = ["Ein Satz über den Film. ", "x" * 90, " ", "\n", "\n\n", "Mehr zum Thema\n", "kurz.\n", "„X“: Regie: Y\n"]
    for text in _random_texts(pieces, 1500, 5, 30):
        lines = page_blocks._lines(text)
        labels = [page_blocks._label(line, cues) if line.text.strip() else None for line in lines]
        assert page_blocks._prose(lines, labels) == _plain_prose(lines, labels), text


def test_needles_searched_in_a_reading_are_answered_again_as_at_first() -> None:
    text = ("Die Regisseurin zeigt in ihrem Film, wie Jonas Brandl spielt. " * 30) + "Besetzung: Mara Lindqvist"
    low = text.lower()
    lexmatch.reading(text, low, "de")
    copy = low.replace("film", "    ")
    lexmatch.derived(copy, low)
    needles = lexmatch._Needles(["zeigt", "spielt", "besetzung", "kamera", "drehbuch", "regisseurin", "ab c"])
    lexmatch.contains(low, "kamera")  # (asked once: the filter holds it for the next reading)
    first = {t: list(lexmatch._searched(t, needles)) for t in (text, low, copy)}
    for t in (text, low, copy):
        assert list(lexmatch._searched(t, needles)) == first[t]
    found = lexmatch.current()
    assert found is not None
    absent = found.absent()
    assert first[low] == [n for n, key, _ in needles.items if key not in absent]
    assert first[copy] == [n for n, key, spaced in needles.items if spaced or key not in absent]
    lexmatch.reading("kurz", "kurz", "de")  # (a short text: no filter, every needle)
    assert list(lexmatch._searched("kurz", needles)) == list(needles.needles)
