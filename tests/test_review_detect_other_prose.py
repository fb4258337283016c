"""Prose about something else than a film is no review (robustness audit 23, item 6).

Recipes, product tests, match reports, forum posts, hotel stays and council news praise and blame like critics,
and the is-review model read them as reviews (a cake recipe with "Rating: 5/5" at 1.00). Invented texts
(``fixtures/review_detect/other_prose/texts.jsonl``: 10 written with the rule, 8 after it, 6 film reviews in
outlet styles), and every review page of the repository's fixtures must stay a review.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import filmkritik
from filmkritik.read.review_detect import other_prose

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = [json.loads(line) for line in (FIXTURES / "review_detect/other_prose/texts.jsonl").open(encoding="utf-8")]


@pytest.mark.parametrize("row", TEXTS, ids=[row["id"] for row in TEXTS])
def test_other_prose_is_no_review_and_film_reviews_are(row: dict[str, object]) -> None:
    record = filmkritik.read_text(str(row["text"]))
    assert record.is_review.value is row["is_review"]
    if not row["is_review"]:
        assert record.verdict is None


def _review_pages() -> list[tuple[str, str, str | None]]:
    pages = []
    folders = ["heldout", "verdict_de", "verdict_en", "titles", "credits", "review_detect"]
    for folder in folders:
        for path in sorted((FIXTURES / folder).glob("*.jsonl")):
            for number, line in enumerate(path.open(encoding="utf-8"), 1):
                row = json.loads(line) if line.strip() else {}
                if isinstance(row.get("text"), str) and row.get("is_review", True):
                    pages.append((f"{path.name}:{number}", row["text"], row.get("language")))
    return pages


def test_no_review_page_of_the_fixtures_is_taken_for_other_prose() -> None:
    from filmkritik.read.language import detect

    pages = _review_pages()
    assert len(pages) > 3000
    taken = [name for name, text, code in pages if other_prose(text, code or detect(text)[0])]
    assert taken == []


@pytest.mark.parametrize(
    "text",
    [
        # A film about cooking, sport or a hotel names the film's people and its making: still a review.
        "Die Köchin von Larnsee\n\nRegisseurin Pia Eschholz erzählt von einer Köchin (Nele Brack), die im Backofen "
        "ihres Gasthauses Brot backt, Teig knetet und Zwiebeln würfelt. Brack spielt das mit Witz, die Kamera liebt "
        "Mehl und Butter. Ein warmherziger Film.",
        "Final Whistle\n\nDirector Cole Marden's sports drama follows a striker (Dev Anand Roy) whose penalty in the "
        "90th minute decides the league. Roy is terrific, the match scenes are thrilling, though the script fumbles "
        "the goalkeeper subplot. A crowd-pleasing film.",
    ],
    ids=["cooking-film", "football-film"],
)
def test_a_film_about_cooking_or_sport_is_still_a_review(text: str) -> None:
    assert filmkritik.read_text(text).is_review.value is True
