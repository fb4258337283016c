"""The pages a person sees: home with search, paste a review, film page, review page."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from filmkritik.kb import KnowledgeBase, ReviewHints
from filmkritik.web import create_app
from web_support import FIXTURES, csrf_of, hand_record

EN = {"accept-language": "en"}


@pytest.fixture
def client(kb: KnowledgeBase) -> Iterator[TestClient]:
    with TestClient(create_app(kb=kb), headers=EN) as client:
        yield client


def add_film(kb: KnowledgeBase, title: str, scores: list[int]) -> int:
    film_id = None
    for i, score in enumerate(scores):
        record = hand_record(title=title, score=score, critic_line=f"Kritik Nummer {i}.\n\n")
        film_id = kb.add_record(record, ReviewHints(film=title, critic=f"Critic {i}", rating=f"{score}/100")).film_id
    assert film_id is not None
    return film_id


def test_home_lists_recent_films_and_searches(client: TestClient, kb: KnowledgeBase) -> None:
    empty = client.get("/")
    assert empty.status_code == 200
    assert "No films yet" in empty.text
    add_film(kb, "Der Leuchtturmwärter", [80, 90, 70, 85])
    add_film(kb, "Nebel über Husum", [20, 30])
    home = client.get("/").text
    assert "Der Leuchtturmwärter" in home
    assert "Nebel über Husum" in home
    assert 'class="badge b-positive"' in home
    found = client.get("/", params={"q": "nebel"}).text
    assert "Nebel über Husum" in found
    assert "Der Leuchtturmwärter" not in found
    assert "No film matches" in client.get("/", params={"q": "zzzz"}).text


def test_film_page_shows_score_distribution_cast_and_reviews(client: TestClient, kb: KnowledgeBase) -> None:
    film_id = add_film(kb, "Der Leuchtturmwärter", [80, 90, 70, 85, 20])
    page = client.get(f"/films/{film_id}")
    assert page.status_code == 200
    text = page.text
    assert "<h1>Der Leuchtturmwärter" in text
    # Mean 69 -> the green band; 4 of 5 reviews >= 60.
    assert re.search(r'class="badge b-positive big"[^>]*>69<', text)
    assert "80%" in text
    assert '<svg class="plot"' in text
    assert text.count('class="bar b-positive"') == 3  # bins 70s, 80s, 90s
    assert text.count('class="bar b-negative"') == 1
    assert "Johanna Lindqvist" in text and "Greta" in text  # cast table
    assert "What critics praise" in text and "acting" in text
    assert "What critics fault" in text and "script" in text
    assert text.count('class="review-item"') == 5
    assert "Johanna Lindqvist spielt mit großer Zärtlichkeit." in text  # pull quote
    assert f'href="/api/films/{film_id}/jsonld"' in text
    assert '<script type="application/ld+json">{' in text


@pytest.mark.parametrize(
    ("scores", "band"), [([61, 61, 61, 61], "positive"), ([60, 60, 40, 40], "mixed"), ([39, 39, 10, 10], "negative")]
)
def test_badge_colour_follows_metacritic_bands(
    client: TestClient, kb: KnowledgeBase, scores: list[int], band: str
) -> None:
    film_id = add_film(kb, "Grenzfall", scores)
    assert f'class="badge b-{band} big"' in client.get(f"/films/{film_id}").text


def test_film_with_few_reviews_says_not_enough(client: TestClient, kb: KnowledgeBase) -> None:
    film_id = add_film(kb, "Nebel über Husum", [20, 30])
    text = client.get(f"/films/{film_id}").text
    assert "Not enough reviews for a score yet." in text
    assert 'class="badge b-none big"' in text
    german = client.get(f"/films/{film_id}", headers={"accept-language": "de"}).text
    assert "Noch nicht genug Kritiken" in german


def test_missing_film_and_review_are_404_pages(client: TestClient) -> None:
    for url in ("/films/4242", "/reviews/4242", "/no/such/page", "/films/not-a-number"):
        response = client.get(url)
        assert response.status_code == 404
        assert "text/html" in response.headers["content-type"]
        assert "Back to the films" in response.text


def test_review_page_highlights_every_fact(client: TestClient, kb: KnowledgeBase) -> None:
    result = kb.add_record(hand_record(), ReviewHints(critic="Ada Kern", outlet="Kino heute"))
    text = client.get(f"/reviews/{result.review_id}").text
    assert "Ada Kern" in text and "Kino heute" in text
    assert f'href="/films/{result.film_id}"' in text
    assert re.search(r'<mark class="f f-director" data-facts="\d+">Aksel Birkeland</mark>', text)
    # Every linked fact points at a sentence that exists on the page (works without JavaScript).
    anchors = set(re.findall(r'class="fact" href="#(s\d+)"', text))
    assert anchors
    for anchor in anchors:
        assert f'id="{anchor}"' in text


def test_paste_page_reads_without_storing(client: TestClient, kb: KnowledgeBase) -> None:
    form = client.get("/read")
    assert form.status_code == 200
    assert '<textarea id="text" name="text"' in form.text
    token = csrf_of(client)
    review = (FIXTURES / "review-de.txt").read_text(encoding="utf-8")
    result = client.post("/read", data={"text": review, "csrf": token})
    assert result.status_code == 200
    assert "Facts found" in result.text
    assert '<div class="review-text" lang="de">' in result.text
    assert "Uhrmacherin" in result.text
    assert 'action="/reviews"' in result.text  # the store button
    assert kb.count_reviews() == 0


def test_paste_and_store_leads_to_the_film_page(client: TestClient, kb: KnowledgeBase) -> None:
    token = csrf_of(client)
    review = (FIXTURES / "review-en.txt").read_text(encoding="utf-8")
    stored = client.post(
        "/reviews",
        data={"text": review, "csrf": token, "film": "The Glassblower's Winter", "critic": "Ada Kern"},
        follow_redirects=False,
    )
    assert stored.status_code == 303
    location = stored.headers["location"]
    assert re.fullmatch(r"/films/\d+#review-\d+", location)
    film_page = client.get(location.split("#")[0])
    assert "The Glassblower&#39;s Winter" in film_page.text
    assert "Ada Kern" in film_page.text
    assert kb.count_reviews() == 1


def test_paste_of_an_empty_text_explains(client: TestClient) -> None:
    token = csrf_of(client)
    response = client.post("/read", data={"text": "  ", "csrf": token})
    assert response.status_code == 422
    assert "empty" in response.text


def test_a_bad_hint_shows_the_review_again_with_the_hints(client: TestClient, kb: KnowledgeBase) -> None:
    token = csrf_of(client)
    review = (FIXTURES / "review-en.txt").read_text(encoding="utf-8")
    response = client.post("/reviews", data={"text": review, "csrf": token, "film": "Glass", "year": "last year"})
    assert response.status_code == 422
    assert "year" in response.text
    assert 'name="film" maxlength="500" value="Glass"' in response.text
    assert "Facts found" in response.text
    assert kb.count_reviews() == 0


def test_film_page_names_the_film_by_all_its_titles(client: TestClient, kb: KnowledgeBase) -> None:
    hints = ReviewHints(film="Die Uhrmacherin von Sankt Ansgar", original_title="The Clockmaker of Saint Ansgar")
    film_id = kb.add_record(hand_record(), hints).film_id
    text = client.get(f"/films/{film_id}").text
    assert "Also known as: The Clockmaker of Saint Ansgar" in text
    assert "Directed by: Aksel Birkeland" in text
    # Either title finds it.
    assert "Die Uhrmacherin" in client.get("/", params={"q": "clockmaker"}).text
