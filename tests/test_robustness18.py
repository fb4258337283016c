"""Robustness audit 18: what a user sees when a batch partly fails, the knowledge base sits on read-only media,
hints have the wrong type, a gold file is malformed, or a text is far longer than a review.

Each test runs the command (or the HTTP API, or the Python call) as a user would and checks the one error line,
the exit code, and that the good inputs beside the bad ones are still read or stored.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import filmkritik
from filmkritik.cli import app
from filmkritik.errors import DatabaseError, GoldFormatError, TooLargeError
from filmkritik.eval.gold import load_gold
from filmkritik.ingest.document import MAX_CHARS
from filmkritik.kb import KnowledgeBase
from filmkritik.web import create_app
from reading_support import errors_of

runner = CliRunner()

# Invented reviews (no film, person or sentence from the development texts).
REVIEW_DE = (
    "„Die Salzgärten von Wenningstedt“: Ein leises Glück\n\n"
    "Die Regisseurin Henrike Albrand erzählt von der Salzsiederin Tove (Marit Seelenbinder), die an der Küste "
    "einen verlassenen Betrieb übernimmt. Ihr Vater Jens (Bodo Carstensen) hält nichts davon.\n\n"
    "Seelenbinder spielt mit großer Genauigkeit, die Kamera findet herrliche Bilder im Wattenlicht. "
    "Nur das Ende wirkt etwas gehetzt.\n\nFazit: Ein berührender, sehenswerter Film. Bewertung: 4 von 5 Sternen"
)
REVIEW_EN = (
    '"The Ferrymen of Calder Reach" review: steady and warm\n\n'
    'Directed by Imogen Tallis, "The Ferrymen of Calder Reach" follows Agnes (Rosalind Petch), who runs the last '
    "river ferry, and her nephew Bram (Tobiah Wren), who wants to leave.\n\nPetch is superb and the photography "
    "is lovely. The middle drags, but this is a moving film.\n\nRating: 4/5"
)


# --- batch: some inputs fail --------------------------------------------------------------------------------


def test_batch_with_failed_inputs_exits_2_and_says_how_many(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REVIEW_DE, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_text(REVIEW_EN, encoding="utf-8")
    out = tmp_path / "out"
    args = ["batch", str(folder), "--out", str(out), "-q", "-w", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "2 records, 1 error from 3 inputs" in result.stdout
    assert errors_of(result) == [
        f"filmkritik: error: 1 input of 3 could not be read (the rest were written); see {out / 'errors.jsonl'}"
    ]
    assert (out / "_SUCCESS").exists()  # the job is finished: a rerun reads nothing again
    again = runner.invoke(app, args)
    assert again.exit_code == 2 and "(3 from an earlier run)" in again.stdout
    lines = (out / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["key"] for line in (out / "errors.jsonl").read_text().splitlines()] == [
        str(folder / "b.txt")
    ]


def test_batch_over_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".hidden.txt").write_text(REVIEW_DE, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(empty), "--out", str(tmp_path / "out"), "-q", "-w", "1"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: no inputs found in {empty} (empty folders; hidden files are skipped)"
    ]


# --- a knowledge base on read-only media ---------------------------------------------------------------------


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    db = tmp_path / "media" / "kb.db"
    result = runner.invoke(app, ["add", "--db", str(db), "-q", _write(tmp_path / "de.txt", REVIEW_DE)])
    assert result.exit_code == 0, result.stderr
    return db


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def read_only_folder(stored: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The database's folder as on a CD or a read-only mount: nothing can be created beside the file.

    (Checked by hand on a read-only tmpfs too; tests cannot mount.) The process may not write the folder, and
    SQLite is stopped from making its -wal/-shm files there: any file appearing beside the database fails the test.
    """
    folder = stored.parent
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode, **kw: (
            False if mode & os.W_OK and Path(path) in (folder, stored) else real_access(path, mode, **kw)
        ),
    )
    from filmkritik.kb import store

    uris: list[str] = []
    real_uri = store._read_only_uri
    monkeypatch.setattr(store, "_read_only_uri", lambda path: uris.append(real_uri(path)) or uris[-1])
    before = sorted(p.name for p in folder.iterdir())
    yield stored
    assert sorted(p.name for p in folder.iterdir()) == before
    assert uris and all(uri.endswith("?mode=ro&immutable=1") for uri in uris)  # opened read-only, every time


def test_films_film_and_export_read_a_database_on_read_only_media(read_only_folder: Path) -> None:
    db = str(read_only_folder)
    films = runner.invoke(app, ["films", "--db", db, "-f", "json"])
    assert films.exit_code == 0, films.stderr
    assert [f["title"] for f in json.loads(films.stdout)] == ["Die Salzgärten von Wenningstedt"]
    film = runner.invoke(app, ["film", "Die Salzgärten von Wenningstedt", "--db", db, "-f", "jsonld"])
    assert film.exit_code == 0, film.stderr
    assert json.loads(film.stdout)["@type"] == "Movie"
    export = runner.invoke(app, ["export", "--db", db, "-f", "csv"])
    assert export.exit_code == 0, export.stderr
    assert "Die Salzgärten von Wenningstedt" in export.stdout


def test_adding_to_a_database_on_read_only_media_says_copy_it(read_only_folder: Path, tmp_path: Path) -> None:
    with KnowledgeBase.open(str(read_only_folder), read_only=True) as kb:
        assert kb.count_reviews() == 1
        with pytest.raises(DatabaseError, match="opened read-only: nothing can be stored"):
            kb.add_text(REVIEW_EN)


def test_the_web_app_serves_a_database_on_read_only_media(read_only_folder: Path) -> None:
    with TestClient(create_app(str(read_only_folder), read_only=True)) as client:
        films = client.get("/api/films")
        assert films.status_code == 200
        assert films.json()["total"] == 1
        assert client.get(f"/films/{films.json()['films'][0]['id']}").status_code == 200


def test_read_only_opening_refuses_what_it_cannot_use(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(DatabaseError, match="no knowledge base there"):
        KnowledgeBase.open(str(missing), read_only=True)
    assert not missing.exists()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(DatabaseError, match="not a filmkritik knowledge base"):
        KnowledgeBase.open(str(other), read_only=True)


def test_read_only_opening_of_an_older_schema_says_where_to_upgrade(stored: Path) -> None:
    from filmkritik.kb import store

    with sqlite3.connect(stored) as conn:
        conn.execute("UPDATE filmkritik_alembic_version SET version_num = '0001'")
    with pytest.raises(DatabaseError) as caught:
        KnowledgeBase.open(str(stored), read_only=True)
    assert str(caught.value) == (
        f"{stored} has schema 0001, not {store.SCHEMA_HEAD}: upgrading it writes, and it is opened read-only here; "
        "open it once where it can be written (any filmkritik command there upgrades it)"
    )


# --- hints of the wrong type -----------------------------------------------------------------------------


def test_hints_of_the_wrong_type_are_refused_with_their_row(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    lines = [
        {"text": REVIEW_DE, "film": ["Die Salzgärten von Wenningstedt"]},
        {"text": REVIEW_DE, "critic": {"name": "Ada Pohl"}},
        {"text": REVIEW_DE, "published": 123},
        {"text": REVIEW_DE, "directors": [1, 2]},
        {"text": REVIEW_DE, "rating": [4, 5]},
        {"text": REVIEW_DE, "film": "x" * 5000},
        {"text": REVIEW_EN, "film": 1917, "published": 2024, "directors": "Imogen Tallis; Jo Brant"},
    ]
    rows.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in lines), encoding="utf-8")
    db = tmp_path / "kb.db"
    result = runner.invoke(app, ["add", str(rows), "--db", str(db), "-q"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {rows}#row=1: film hint ['Die Salzgärten von Wenningstedt'] is not text; give a string",
        f"filmkritik: error: {rows}#row=2: critic hint {{'name': 'Ada Pohl'}} is not text; give a string",
        f"filmkritik: error: {rows}#row=3: published hint 123 is not a date; give e.g. 2019-03-01",
        f'filmkritik: error: {rows}#row=4: directors hint [1, 2] is not a list of names; give ["Name", ...] or "A; B"',
        f"filmkritik: error: {rows}#row=5: rating hint [4, 5] is not a rating; give e.g. 3.5/5, B-, 8/10 or 0-100",
        f"filmkritik: error: {rows}#row=6: film hint is 5,000 characters long (at most 1,000); is a column mixed up?",
    ]
    assert "added 1 review, 0 already stored, 6 failed" in result.stderr
    with KnowledgeBase.open(str(db)) as kb:
        (review,) = list(kb.iter_reviews())
    assert review["hints"] == {"film": "1917", "published": "2024", "directors": ["Imogen Tallis", "Jo Brant"]}


# --- malformed gold files -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "says"),
    [
        ([{"text": "Ein Film.", "gold": {"cast": 5}}], ":1: `cast` must be a list of [character, actor] pairs, not 5"),
        ([{"text": "Ein Film.", "gold": "positive"}], ':1: `gold` must be an object, not "positive"'),
        ([{"text": 5, "gold": {}}], ":1: `text` must be a string, not 5"),
        (
            [{"text": "x", "gold": {}}, {"text": "y", "gold": {"year": "2019"}}],
            ':2: `year` must be a number, not "2019"',
        ),
        ([{"text": "x", "gold": {"directors": "Ada Pohl"}}], ':1: `directors` must be a list of names, not "Ada Pohl"'),
        ([{"text": "x", "gold": {"score_range": [40]}}], ":1: `score_range` must be [low, high], not [40]"),
        ([[1, 2]], ':1: expected {"text": ..., "gold": {...}} per line'),
        ([], ": no reviews in it; give one JSON object per line"),
    ],
)
def test_load_gold_names_line_and_field_of_malformed_gold(tmp_path: Path, lines: list[object], says: str) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    with pytest.raises(GoldFormatError) as caught:
        load_gold(gold)
    assert str(caught.value).startswith(f"{gold}{says}")
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 2
    assert errors_of(result) == [f"filmkritik: error: {caught.value}"]


@pytest.mark.parametrize(
    ("gold", "says"),
    [
        ({"text_file": 5}, "`text_file` must be a string, not 5"),
        ({"text_file": "t.txt", "film": "x"}, '`film` must be an object or null, not "x"'),
        (
            {"text_file": "t.txt", "verdict": {"label": "gut"}},
            "`verdict.label` 'gut' must be positive, mixed or negative",
        ),
        ({"text_file": "t.txt", "film": {"festivals": ["Berlinale"]}}, "`film.festivals` must be a list of objects"),
        (
            {"text_file": "t.txt", "must_not": {"persons": "Ada"}},
            '`must_not.persons` must be a list of strings, not "Ada"',
        ),
        ({"text_file": "missing.txt"}, "its text file"),
    ],
)
def test_a_malformed_single_review_gold_is_one_line(tmp_path: Path, gold: dict[str, object], says: str) -> None:
    (tmp_path / "t.txt").write_text(REVIEW_DE, encoding="utf-8")
    path = tmp_path / "g.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path)])
    assert result.exit_code == 2
    (error,) = errors_of(result)
    assert error.startswith(f"filmkritik: error: {path}: ") and says in error


def test_gold_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "latin1.jsonl"
    gold.write_bytes(json.dumps({"text": "Ein schöner Film", "gold": {}}, ensure_ascii=False).encode("latin-1"))
    with pytest.raises(GoldFormatError, match="not UTF-8 text"):
        load_gold(gold)


# --- a text far longer than a review ---------------------------------------------------------------------


def _too_long() -> str:
    paragraph = REVIEW_DE + "\n\n"
    return paragraph * (MAX_CHARS // len(paragraph) + 2)


def test_read_refuses_a_text_over_the_limit_at_once_and_reads_the_others(tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text(_too_long(), encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(REVIEW_EN, encoding="utf-8")
    result = runner.invoke(app, ["read", str(long), str(good), "-f", "jsonl"])
    assert result.exit_code == 2
    (error,) = errors_of(result)
    assert error.startswith(f"filmkritik: error: {long}: the text is ")
    assert "characters long, more than the 1,000,000 one review may have" in error
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()] == [str(good)]
    with pytest.raises(TooLargeError):
        filmkritik.read_text(_too_long())


def test_add_and_batch_refuse_a_row_over_the_limit(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": _too_long()}) + "\n" + json.dumps({"text": REVIEW_EN}) + "\n", encoding="utf-8")
    added = runner.invoke(app, ["add", str(rows), "--db", str(tmp_path / "kb.db"), "-q"])
    assert added.exit_code == 2
    (error,) = errors_of(added)
    assert error.startswith(f"filmkritik: error: {rows}#row=1: ") and "more than the 1,000,000" in error
    assert "added 1 review, 0 already stored, 1 failed" in added.stderr
    out = tmp_path / "out"
    batch = runner.invoke(app, ["batch", str(rows), "--out", str(out), "-q", "-w", "1"])
    assert batch.exit_code == 2
    (logged,) = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert logged["key"] == f"{rows}#row=1" and logged["error"] == "TooLargeError"


def test_the_api_answers_413_for_a_text_over_the_limit() -> None:
    with TestClient(create_app("sqlite:///:memory:")) as client:
        response = client.post("/api/read", json={"text": _too_long()})
    assert response.status_code == 413
    assert "more than the 1,000,000 one review may have" in response.json()["detail"]
