"""The adjusted share of positive reviews: snippet verdicts that are only guessed no longer squeeze a
film's share toward the middle, and the counted share stays beside it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from filmkritik.kb import KnowledgeBase, ReviewHints
from filmkritik.kb.consensus import ScoredReview, aggregate
from filmkritik.kb.export import FILM_COLUMNS, csv_text, film_rows
from filmkritik.kb.share import adjusted_share, review_probability
from kb_support import record

SNIPPET = "A {mood} little film about the lighthouse keepers of Varnholm, number {n}."


def snippets(kb: KnowledgeBase, title: str, scores: list[int]) -> int:
    """Add one guessed snippet verdict per score (English, a dozen words: the short-text model's range)."""
    film_id = 0
    for n, score in enumerate(scores):
        text = SNIPPET.format(mood="warm" if score >= 60 else "cold", n=n)
        film_id = kb.add_record(record(title, text=text, score=score, language="en")).film_id or 0
    return film_id


def test_a_film_every_snippet_half_likes_reads_closer_to_its_known_share(tmp_path: Path):
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        # Critics liked it; a few of their quotes read mildly negative, as guessed verdicts do.
        liked = snippets(kb, "The Keepers of Varnholm", [72] * 16 + [55] * 4)
        # Critics panned it; a few quotes read mildly positive.
        panned = snippets(kb, "Saltmarsh Requiem", [30] * 16 + [62] * 4)
        for film_id, counted in ((liked, 80.0), (panned, 20.0)):
            film = kb.get_film(film_id)
            assert film is not None
            agg = film["aggregate"]
            assert agg["percent_positive"] == counted  # the shown figure is still the counted share
            assert agg["percent_positive_method"] == "counted"
            assert agg["percent_positive_adjusted_method"] == "bayes-prior"
            assert agg["guessed_reviews"] == 20
        assert kb.get_film(liked)["aggregate"]["percent_positive_adjusted"] >= 90
        assert kb.get_film(panned)["aggregate"]["percent_positive_adjusted"] <= 10
        listed = {f["id"]: f for f in kb.list_films()}
        assert listed[liked]["percent_positive"] == 80.0 and listed[liked]["percent_positive_adjusted"] >= 90


def test_ratings_count_as_they_are(tmp_path: Path):
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        for n, rating in enumerate(["4/5", "3.5/5", "2/5", "4.5/5", "1/5"]):
            text = SNIPPET.format(mood="plain", n=n)
            kb.add_record(record("Harbour Lights", text=text, score=50, language="en"), ReviewHints(rating=rating))
        agg = kb.get_film(kb.list_films()[0]["id"])["aggregate"]
        assert agg["guessed_reviews"] == 0
        assert agg["percent_positive"] == agg["percent_positive_adjusted"] == 60.0


def test_whole_reviews_and_german_snippets_are_not_guessed_snippets():
    assert review_probability(70, "inferred", 150, "en") is None  # a whole review: counted as it is
    assert review_probability(70, "inferred", 12, "de") is None  # the calibration is English only
    assert review_probability(70, "explicit", 12, "en") is None
    assert review_probability(70, "inferred", 12, "en") is not None


def test_five_reviews_are_needed_for_either_share():
    four = aggregate([ScoredReview(70, probability=0.7) for _ in range(4)])
    assert four["percent_positive"] is None and four["percent_positive_adjusted"] is None
    five = aggregate([ScoredReview(70, probability=0.7) for _ in range(5)])
    assert five["percent_positive_adjusted"] is not None
    # Five mild snippets do not make a 100% film (maximum likelihood would say 100%).
    assert 50 < five["percent_positive_adjusted"] < 100
    assert adjusted_share([True, False], []) == 0.5


def test_export_carries_both_shares_and_the_method(tmp_path: Path):
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        snippets(kb, "The Keepers of Varnholm", [72] * 8 + [55] * 2)
        rows = list(csv.DictReader(io.StringIO(csv_text(film_rows(kb), FILM_COLUMNS))))
    assert rows[0]["percent_positive"] == "80.0"
    assert float(rows[0]["percent_positive_adjusted"]) > 80
    assert rows[0]["percent_positive_method"] == "counted"
    assert rows[0]["percent_positive_adjusted_method"] == "bayes-prior"


def test_a_database_from_before_the_adjusted_share_gets_it_on_open(tmp_path: Path):
    import sqlite3

    db = tmp_path / "kb.db"
    with KnowledgeBase.open(str(db)) as kb:
        film_id = snippets(kb, "The Keepers of Varnholm", [72] * 16 + [55] * 4)
    with sqlite3.connect(db) as conn:  # the schema as filmkritik wrote it before revision 0002
        conn.execute("ALTER TABLE reviews DROP COLUMN positive_probability")
        conn.execute("ALTER TABLE films DROP COLUMN percent_positive_adjusted")
        conn.execute("UPDATE filmkritik_alembic_version SET version_num = '0001'")
    with KnowledgeBase.open(str(db)) as kb:
        listed = kb.list_films()[0]
        assert listed["id"] == film_id and listed["percent_positive"] == 80.0
        assert listed["percent_positive_adjusted"] >= 90
        assert kb.get_film(film_id)["aggregate"]["guessed_reviews"] == 20


def test_the_web_page_and_api_show_the_adjusted_share_beside_the_counted_one(tmp_path: Path):
    from fastapi.testclient import TestClient

    from filmkritik.web import create_app

    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        film_id = snippets(kb, "The Keepers of Varnholm", [72] * 16 + [55] * 4)
        with TestClient(create_app(kb=kb)) as client:
            aggregate = client.get(f"/api/films/{film_id}").json()["aggregate"]
            page = client.get(f"/films/{film_id}?lang=en").text
    assert aggregate["percent_positive"] == 80.0 and aggregate["percent_positive_adjusted"] >= 90
    assert "80%" in page and "Adjusted for 20 verdicts guessed from short texts" in page
