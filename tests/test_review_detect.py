"""Is this a film review? Reviews versus news, interviews, listings and bare synopses, through the
reader and through the stand-alone ``score`` used to filter crawls."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import filmkritik
from filmkritik.read.review_detect import score

FIXTURES = Path(__file__).parent / "fixtures"
REVIEWS = sorted((FIXTURES / "reviews").glob("*.txt"))
#: Hand-written negatives the model never saw in training (its training ones are in ``train/``).
HELD_OUT = sorted((FIXTURES / "review_detect" / "heldout").glob("*.txt"))
#: More fictional pages, named "review-<lang>-…" or "not-<lang>-…": praise-only reviews, blogs, capsules, disc reviews;
#: festival and box-office news, trailer news, a cinema's programme, a TV guide's synopsis, interviews.
PAGES = sorted((FIXTURES / "review_detect" / "pages").glob("*.txt"))


@pytest.mark.parametrize("path", REVIEWS, ids=lambda p: p.name)
def test_reviews_are_reviews(path: Path) -> None:
    is_review, confidence = score(path.read_text(encoding="utf-8"), path.name[:2])
    assert is_review
    assert 0.5 <= confidence <= 1.0


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
def test_news_interviews_listings_synopses_are_not(path: Path) -> None:
    is_review, confidence = score(path.read_text(encoding="utf-8"), path.name[:2])
    assert not is_review
    assert confidence > 0.6


def test_reader_drops_the_verdict_of_a_non_review() -> None:
    record = filmkritik.read(FIXTURES / "review_detect" / "heldout" / "de-listing.txt")
    assert record.is_review.value is False
    assert record.verdict is None
    review = filmkritik.read(FIXTURES / "reviews" / "en-ferry.txt")
    assert review.is_review.value is True


def test_empty_and_unknown_language() -> None:
    assert score("", "de") == (False, 1.0)
    is_review, _ = score("A superb, gripping film. The director's cast is excellent and I loved the script.", "fr")
    assert is_review


def test_dev_reviews_are_reviews(shared: Path) -> None:
    texts = [
        (json.loads(line)["text"], code)
        for code in ("de", "en")
        for line in (shared / "reviews" / code / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    found = sum(score(text, code)[0] for text, code in texts)
    assert found / len(texts) >= 0.9


def test_language_is_detected_when_not_given() -> None:
    text = (FIXTURES / "reviews" / "de-bruecke.txt").read_text(encoding="utf-8")
    assert score(text) == score(text, "de")
    listing = (FIXTURES / "review_detect" / "heldout" / "en-listing.txt").read_text(encoding="utf-8")
    assert score(listing)[0] is False


def test_a_review_in_praise_words_is_a_review() -> None:
    """Critics praise in words beyond the common ones ("ein kleines Wunder", "zärtlich", "eine Wucht"); such a
    review, with no rating, first person or credit pairs, still reads as a review and keeps its verdict."""
    text = (
        "Das Licht über dem Watt\nEin Junge, eine Hallig, ein Winter: Das Drama aus Nordfriesland ist ein kleines "
        "Wunder.\nEs gibt Filme, die nichts erklären wollen und gerade deshalb so viel zeigen. Regisseurin Thea "
        "Brodersen erzählt von einem Winter auf einer Hallig mit einer Gelassenheit, die man im Kino selten findet. "
        "Hauke muss bei seiner Großmutter bleiben, während die Eltern in Husum über die Trennung verhandeln; er "
        "trifft den alten Fischer Momme, lernt das Watt lesen und versucht, eine verletzte Möwe zu retten. Als die "
        "Sturmflut kommt, muss die Hallig geräumt werden, und Hauke flieht in die Vogelwarte. "
        "Der zwölfjährige Hauke wird von dem Laiendarsteller Jon Petersen gespielt, und man kann sich niemand anderen "
        "in der Rolle vorstellen. Neben ihm ist Grete Lorenzen als Großmutter eine Naturgewalt, schroff und "
        "zärtlich zugleich. Die Kamera von Ole Hansen arbeitet mit natürlichem Licht, die Bilder sind von großer "
        "Schönheit, ohne sie je auszustellen. Das ist leises, genaues, ganz großes Kino.\nAb Donnerstag im Kino."
    )
    is_review, _ = score(text, "de")
    assert is_review


def test_festival_news_quoting_praise_is_not_a_review() -> None:
    """A news item that quotes a jury's praise reports; it does not judge."""
    text = (
        "Filmfest am See vergibt seine Preise\nKonstanz (dpa) - Das Drama „Die Schleuse“ der Regisseurin Ida Brand "
        "hat den Hauptpreis des Filmfests am See gewonnen. Die Jury lobte den Film als „zärtliches, kluges und "
        "mutiges Werk“, wie die Veranstalter am Sonntag mitteilten. Der mit 10.000 Euro dotierte Preis wurde im "
        "Stadttheater überreicht. Den Publikumspreis erhielt die Komödie „Onkel Ottos Boot“. Nach Angaben der "
        "Veranstalter kamen rund 18.000 Besucher, etwa acht Prozent mehr als im Vorjahr."
    )
    is_review, _ = score(text, "de")
    assert not is_review


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_more_page_kinds(path: Path) -> None:
    kind, language = path.name.split("-")[:2]
    is_review, _ = score(path.read_text(encoding="utf-8"), language)
    assert is_review is (kind == "review")
