"""The knowledge base on a real PostgreSQL server (FILMKRITIK_TEST_PG_URL; .ci/run starts one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from filmkritik.errors import DatabaseError
from filmkritik.kb import KnowledgeBase, ReviewHints
from kb_support import record

pytestmark = pytest.mark.service

PG_URL = os.environ.get("FILMKRITIK_TEST_PG_URL")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh database on the test server for each test, dropped afterwards."""
    if not PG_URL:
        pytest.skip("FILMKRITIK_TEST_PG_URL is not set (run .ci/run, which starts PostgreSQL)")
    import sqlalchemy as sa

    name = f"filmkritik_kb_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except sa.exc.OperationalError as error:
        pytest.skip(f"PostgreSQL at FILMKRITIK_TEST_PG_URL is not reachable: {error.orig}")
    url = sa.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_add_resolve_and_read_back_on_postgres(pg_url: str):
    with KnowledgeBase.open(pg_url) as kb:
        ids = set()
        for n, score in enumerate((80, 60, 70, 90, 30)):
            result = kb.add_record(
                record(
                    "Die Kranichinsel", directors=("Jola Marek",), year=2022, score=score, cast=(("Ines Falk", "Mara"),)
                ),
                ReviewHints(critic=f"Kritiker {n}", outlet="Blatt"),
            )
            ids.add(result.film_id)
        english = kb.add_record(
            record("Crane Island", language="en", original=None, directors=("J. Marek",), year=2022)
        )
        assert len(ids) == 1
        film_id = ids.pop()
        again = kb.add_record(record("Die Kranichinsel", text="Kritik Nr. fest", year=2022))
        assert not kb.add_record(record("Die Kranichinsel", text="Kritik Nr. fest", year=2022)).created
        film = kb.get_film(film_id)
        assert film["aggregate"]["reviews"] == 6 and again.film_id == film_id
        assert film["aggregate"]["score"] == 66.7 and film["aggregate"]["percent_positive"] == 83.3
        assert english.film_id != film_id  # a translated title with no shared letters needs IMDb or an original title
        assert kb.list_films(sort="score")[0]["id"] == film_id
        assert kb.film_jsonld(film_id)["aggregateRating"]["ratingCount"] == 6
        assert kb.get_review(film["reviews"][0]["id"])["record"]["schema"] == "filmkritik.review/1"


def test_reopening_postgres_keeps_the_data(pg_url: str):
    with KnowledgeBase.open(pg_url) as kb:
        kb.add_record(record("Die Salzwiese"))
    with KnowledgeBase.open(pg_url) as kb:
        assert kb.count_films() == 1 and kb.count_reviews() == 1


def test_two_add_processes_on_postgres(pg_url: str, tmp_path: Path):
    KnowledgeBase.open(pg_url).close()
    paths = []
    for prefix in ("Ost", "West"):
        path = tmp_path / f"{prefix}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for i in range(60):
                row = record(f"{prefix} Film {i % 10}", text=f"{prefix} Kritik {i}", year=2000 + i % 10).to_dict()
                row["hints"] = {"outlet": prefix}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        paths.append(path)
    code = "from filmkritik.cli import main; main()"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, "add", str(p), "--db", pg_url], stderr=subprocess.PIPE, text=True)
        for p in (*paths, paths[0])
    ]
    for proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
    with KnowledgeBase.open(pg_url) as kb:
        assert kb.count_reviews() == 120 and kb.count_films() == 20


def test_a_foreign_postgres_database_is_refused(pg_url: str):
    import sqlalchemy as sa

    engine = sa.create_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE films (id serial primary key, name text)")
    engine.dispose()
    with pytest.raises(DatabaseError, match="no schema version"):
        KnowledgeBase.open(pg_url)


def test_an_unreachable_server_is_a_clear_error():
    with pytest.raises(DatabaseError, match="cannot open"):
        KnowledgeBase.open("postgresql+psycopg://nobody:wrong@127.0.0.1:1/none")


def test_over_long_text_is_cut_not_refused_on_postgres(pg_url: str):
    with KnowledgeBase.open(pg_url) as kb:
        title = "Die endlose Überschrift " * 40  # a runaway headline from a crawl
        result = kb.add_record(record(title, directors=("Ada " + "Quill" * 100,)), ReviewHints(outlet="O" * 400))
        film = kb.get_film(result.film_id)
        assert len(film["title"]) == 500 and len(film["directors"][0]) == 300
        again = kb.add_record(record(title))  # found again under its (cut) title
        assert again.film_id == result.film_id
