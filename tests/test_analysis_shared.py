"""Per-review data read once and shared between components (``read/analysis.py``): the shared form must be
exactly what each component would have computed on its own."""

from __future__ import annotations

import random

from filmkritik import lang
from filmkritik.model import ReviewRecord
from filmkritik.read import opinion, review_features, segment
from filmkritik.read.analysis import Analysis

_REVIEW = (
    "Die Fährfrau (Ilka Brandt) wartet. Sie sagt: „Nicht heute!“ – und geht.\n\n"
    "Regisseurin Marta Vogel erzählt langsam, zu langsam? Das Drehbuch (Co-Autor: Jens Olm) überzeugt "
    "nicht; die Bilder aber sind großartig… Ein 3,5/5-Film. Z.B. die Szene am Deich, 12. Kapitel.\n"
    "Fazit: sehenswert, trotz allem.   \n"
    "   \n"
    "Isn’t it odd? She doesn’t care; a well-made, half-baked thing [sic]."
)


def _analysis(text: str, code: str) -> Analysis:
    data = lang.get(code)
    paragraphs = segment.paragraphs(text)
    analysis = Analysis(
        record=ReviewRecord(text=text),
        lang=data,
        sentences=segment.sentences(text, data.ABBREVIATIONS, paragraphs),
        paragraphs=paragraphs,
    )
    analysis.lowered = text.lower()
    return analysis


def test_shared_words_are_the_texts_words() -> None:
    for code in ("de", "en"):
        analysis = _analysis(_REVIEW, code)
        assert analysis.words == review_features._WORD.findall(_REVIEW.lower())
        assert "großartig" in analysis.words


def test_shared_words_on_random_texts() -> None:
    rnd = random.Random(7)
    alphabet = [*"aäbcXÖß .!?…\n\n,;:()[]–—-'’\"„“»«0123éÉ\t\u2028", "Ab", "Z.", "Dr.", " ", " "]
    checked = 0
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 160)))
        for code in ("de", "en"):
            analysis = _analysis(text, code)
            if analysis.words is not None:
                assert analysis.words == review_features._WORD.findall(text.lower()), text
                checked += 1
    assert checked > 3000


def test_no_shared_words_where_they_could_differ() -> None:
    # "don't": the clauses cut "n't" off its word; a capital sigma lower-cases by what follows it.
    assert _analysis("I don't know. Really.", "en").words is None
    assert _analysis("ΑΣ. Β and more.", "en").words is None


def test_opinion_sentences_from_shared_clauses() -> None:
    for code in ("de", "en"):
        analysis = _analysis(_REVIEW, code)
        args = (_REVIEW, analysis.sentences, analysis.paragraphs, code)
        assert opinion.sentences(*args, read=analysis.sentence_clauses) == opinion.sentences(*args)


def test_review_features_with_shared_words() -> None:
    for code in ("de", "en"):
        analysis = _analysis(_REVIEW.replace("n’t", " not").replace("n't", " not"), code)
        assert analysis.words is not None
        text = analysis.text
        assert review_features.features(text, code, analysis.lowered, analysis.words) == review_features.features(
            text, code
        )
