"""The web API on a real PostgreSQL server (``FILMKRITIK_TEST_PG_URL``, started by ``.ci/run``).

Each test gets its own schema, dropped afterwards, so it never sees other tests' films.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from filmkritik.kb import KnowledgeBase, ReviewHints
from filmkritik.web import create_app
from web_support import hand_record

pytestmark = pytest.mark.service


@pytest.fixture
def pg_url() -> Iterator[str]:
    base = os.environ.get("FILMKRITIK_TEST_PG_URL")
    if not base:
        pytest.skip("FILMKRITIK_TEST_PG_URL is not set (a PostgreSQL server for tests; .ci/run starts one)")
    schema = f"web_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(base)
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


def test_store_list_and_show_on_postgres(pg_url: str) -> None:
    with TestClient(create_app(pg_url), headers={"accept-language": "en"}) as client:
        body = {"text": hand_record().text, "hints": {"film": "Die Uhrmacherin von Sankt Ansgar", "rating": "4/5"}}
        stored = client.post("/api/reviews", json=body)
        assert stored.status_code == 201
        assert client.post("/api/reviews", json=body).json()["created"] is False
        film_id = stored.json()["film_id"]
        listing = client.get("/api/films", params={"q": "uhrmacherin"}).json()
        assert [f["id"] for f in listing["films"]] == [film_id]
        assert client.get(f"/api/films/{film_id}").json()["aggregate"]["reviews"] == 1
        page = client.get(f"/films/{film_id}")
        assert page.status_code == 200
        assert "Die Uhrmacherin von Sankt Ansgar" in page.text


def test_film_page_with_a_score_on_postgres(pg_url: str) -> None:
    with KnowledgeBase.open(pg_url) as kb:
        for i, score in enumerate([70, 80, 90, 65, 30]):
            record = hand_record(score=score, critic_line=f"Kritik {i}.\n\n")
            film_id = kb.add_record(
                record, ReviewHints(film="Grenzfall", critic=f"C{i}", rating=f"{score}/100")
            ).film_id
        with TestClient(create_app(kb=kb), headers={"accept-language": "en"}) as client:
            text = client.get(f"/films/{film_id}").text
    assert 'class="badge b-positive big"' in text
    assert "80%" in text
