"""The HTTP API: read without storing, store, list, search, one film, JSON-LD, OpenAPI."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from filmkritik.kb import KnowledgeBase, ReviewHints
from filmkritik.web import create_app
from web_support import FIXTURES, hand_record


@pytest.fixture
def client(kb: KnowledgeBase) -> Iterator[TestClient]:
    with TestClient(create_app(kb=kb)) as client:
        yield client


def add_reviews(kb: KnowledgeBase, title: str, scores: list[int]) -> int:
    """Store one review per score for ``title``; returns the film id."""
    film_id = None
    for i, score in enumerate(scores):
        record = hand_record(title=title, score=score, critic_line=f"Kritik Nummer {i}.\n\n")
        result = kb.add_record(record, ReviewHints(film=title, critic=f"Critic {i}", rating=f"{score}/100"))
        film_id = result.film_id
    assert film_id is not None
    return film_id


def assert_contract(record: dict[str, Any]) -> None:
    assert record["schema"] == "filmkritik.review/1"
    for key in ("source", "language", "text", "is_review", "film", "mentions", "movements", "verdict", "warnings"):
        assert key in record
    length = len(record["text"])

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for start, end in node.get("evidence", []) or []:
                assert 0 <= start < end <= length
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(record)


def test_read_returns_the_record_and_stores_nothing(client: TestClient, kb: KnowledgeBase) -> None:
    text = (FIXTURES / "review-de.txt").read_text(encoding="utf-8")
    response = client.post("/api/read", json={"text": text})
    assert response.status_code == 200
    record = response.json()
    assert_contract(record)
    assert record["language"] == "de"
    assert "Uhrmacherin" in record["text"]
    assert kb.count_reviews() == 0


def test_read_html_extracts_the_main_text(client: TestClient) -> None:
    text = (FIXTURES / "review-en.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    html = f"<html><head><title>Review</title></head><body><nav>Home | News</nav><article>{paragraphs}</article></body></html>"
    response = client.post("/api/read", json={"html": html})
    assert response.status_code == 200
    record = response.json()
    assert_contract(record)
    assert record["source"]["kind"] == "html"
    assert "glassblower" in record["text"]
    assert "<p>" not in record["text"]


@pytest.mark.parametrize("body", [{}, {"text": "a", "html": "<p>a</p>"}, {"text": 5}])
def test_read_needs_exactly_one_text(client: TestClient, body: dict[str, Any]) -> None:
    assert client.post("/api/read", json=body).status_code == 422


def test_read_of_an_empty_text_says_what_is_wrong(client: TestClient) -> None:
    response = client.post("/api/read", json={"text": "   "})
    assert response.status_code == 422
    assert "empty" in response.json()["detail"]


def test_store_returns_the_film_and_is_idempotent(client: TestClient, kb: KnowledgeBase) -> None:
    text = (FIXTURES / "review-de.txt").read_text(encoding="utf-8")
    body = {"text": text, "hints": {"film": "Die Uhrmacherin von Sankt Ansgar", "critic": "Ada Kern", "year": 2024}}
    first = client.post("/api/reviews", json=body)
    assert first.status_code == 201
    stored = first.json()
    assert stored["created"] is True
    assert isinstance(stored["film_id"], int)
    assert_contract(stored["record"])
    again = client.post("/api/reviews", json=body)
    assert again.status_code == 200
    assert again.json()["created"] is False
    assert again.json()["review_id"] == stored["review_id"]
    assert kb.count_reviews() == 1
    film = client.get(f"/api/films/{stored['film_id']}").json()
    assert film["title"] == "Die Uhrmacherin von Sankt Ansgar"
    assert [r["critic"] for r in film["reviews"]] == ["Ada Kern"]


def test_store_refuses_a_bad_hint_with_its_reason(client: TestClient) -> None:
    response = client.post("/api/reviews", json={"text": "Ein Film.", "hints": {"rating": "sehr gut"}})
    assert response.status_code == 422
    assert "rating" in response.json()["detail"]


def test_film_list_search_sort_and_paging(client: TestClient, kb: KnowledgeBase) -> None:
    good = add_reviews(kb, "Der Leuchtturmwärter", [80, 90, 70, 85])
    bad = add_reviews(kb, "Nebel über Husum", [20, 30, 25, 35])
    listing = client.get("/api/films", params={"sort": "score"}).json()
    assert listing["total"] == 2
    assert [f["id"] for f in listing["films"]] == [good, bad]
    found = client.get("/api/films", params={"q": "leuchtturm"}).json()
    assert [f["title"] for f in found["films"]] == ["Der Leuchtturmwärter"]
    assert found["total"] == 1
    page = client.get("/api/films", params={"sort": "score", "limit": 1, "offset": 1}).json()
    assert [f["id"] for f in page["films"]] == [bad]
    assert page["total"] == 2
    assert client.get("/api/films", params={"sort": "loudness"}).status_code == 422
    assert client.get("/api/films", params={"limit": 0}).status_code == 422


def test_one_film_has_aggregate_cast_and_reviews(client: TestClient, kb: KnowledgeBase) -> None:
    film_id = add_reviews(kb, "Der Leuchtturmwärter", [80, 90, 70, 85, 40])
    film = client.get(f"/api/films/{film_id}").json()
    aggregate = film["aggregate"]
    assert aggregate["reviews"] == 5
    assert aggregate["score"] == pytest.approx(73.0)
    assert aggregate["percent_positive"] == pytest.approx(80.0)
    assert len(film["reviews"]) == 5
    assert client.get("/api/films/999999").status_code == 404
    assert client.get("/api/films/not-a-number").status_code == 422


def test_too_few_reviews_give_no_score(client: TestClient, kb: KnowledgeBase) -> None:
    film_id = add_reviews(kb, "Der Leuchtturmwärter", [80, 90])
    aggregate = client.get(f"/api/films/{film_id}").json()["aggregate"]
    assert aggregate["score"] is None
    assert aggregate["percent_positive"] is None


def test_jsonld_is_a_schema_org_movie(client: TestClient, kb: KnowledgeBase) -> None:
    film_id = add_reviews(kb, "Der Leuchtturmwärter", [80, 90, 70, 85])
    response = client.get(f"/api/films/{film_id}/jsonld")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/ld+json")
    data = response.json()
    assert data["@type"] == "Movie"
    assert data["name"] == "Der Leuchtturmwärter"
    assert client.get("/api/films/999999/jsonld").status_code == 404


def test_one_review_carries_its_full_record(client: TestClient, kb: KnowledgeBase) -> None:
    result = kb.add_record(hand_record(), None)
    review = client.get(f"/api/reviews/{result.review_id}").json()
    assert review["record"]["film"]["title"]["text"] == "Die Uhrmacherin von Sankt Ansgar"
    assert client.get("/api/reviews/424242").status_code == 404


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/read", "/api/reviews", "/api/films", "/api/films/{film_id}", "/api/films/{film_id}/jsonld"):
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    for path in ("/api/read", "/api/films/{film_id}/jsonld"):
        assert f"<code>{path}</code>" in docs.text
    assert "<code>hints.rating</code>" in docs.text
    assert "cdn" not in docs.text  # the reference works offline
    assert "swagger-ui" in client.get("/docs/swagger").text
