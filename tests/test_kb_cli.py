"""The kb commands as a user runs them: add (files, folders, HTML, JSONL, CSV, Parquet), films, film, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from filmkritik.cli import app
from kb_support import record

runner = CliRunner()

REVIEW_DE = """Der Leuchtturmwärter
Ein leiser Film über einen Mann, der allein auf einer Insel lebt. Regie führte Anna Berg.
Die Bilder sind von großer Schönheit, die Musik trägt jede Szene. Ein berührendes Werk.
"""
REVIEW_EN = """The Lighthouse Keeper
A quiet film about a man living alone on an island, directed by Anna Berg.
The images are beautiful and the score carries every scene. A moving work.
"""
PAGE = """<!doctype html><html><head><title>Kritik: Die Salzwiese</title></head><body>
<article><h1>Die Salzwiese</h1><p>Ein eindringliches Drama über eine Familie an der Küste, das lange nachwirkt.
Die Schauspieler überzeugen durchweg, die Kamera findet starke Bilder.</p></article></body></html>"""


def run(*args: str):
    result = runner.invoke(app, list(args))
    return result


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "kb.db")


def test_add_files_and_folders_recursively(tmp_path: Path, db: str):
    folder = tmp_path / "reviews" / "2024"
    folder.mkdir(parents=True)
    (folder / "leuchtturm.txt").write_text(REVIEW_DE, encoding="utf-8")
    (folder / "salzwiese.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "reviews" / ".hidden.txt").write_text("not a review", encoding="utf-8")
    single = tmp_path / "keeper.txt"
    single.write_text(REVIEW_EN, encoding="utf-8")
    result = run("add", str(tmp_path / "reviews"), str(single), "--db", db)
    assert result.exit_code == 0, result.output
    assert "added 3 reviews" in result.output
    again = run("add", str(tmp_path / "reviews"), str(single), "--db", db)
    assert "added 0 reviews, 3 already stored" in again.output


def test_add_jsonl_and_csv_rows_with_hints(tmp_path: Path, db: str):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"text": REVIEW_DE, "film": "Der Leuchtturmwärter", "year": 2023, "critic": "Eva Lind",
                    "outlet": "Nordkurier", "rating": "4/5", "published": "2023-05-01"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"html": PAGE, "film": "Die Salzwiese", "rating": "C+"})
        + "\n",
        encoding="utf-8",
    )  # fmt: skip
    table = tmp_path / "rows.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["text", "film", "year", "outlet", "rating"])
        writer.writeheader()
        writer.writerow(
            {"text": REVIEW_EN, "film": "Der Leuchtturmwärter", "year": "2023", "outlet": "Sea Post", "rating": "8/10"}
        )
    result = run("add", str(rows), str(table), "--db", db)
    assert result.exit_code == 0, result.output
    films = json.loads(run("films", "--format", "json", "--db", db).output)
    by_title = {f["title"]: f for f in films}
    assert by_title["Der Leuchtturmwärter"]["reviews"] == 2 and by_title["Der Leuchtturmwärter"]["year"] == 2023
    assert by_title["Die Salzwiese"]["reviews"] == 1
    detail = json.loads(run("film", "Leuchtturmwärter", "--format", "json", "--db", db).output)
    scores = sorted(r["score"] for r in detail["reviews"])
    assert scores == [80.0, 80.0]
    assert {r["outlet"] for r in detail["reviews"]} == {"Nordkurier", "Sea Post"}
    assert any(r["critic"] == "Eva Lind" and r["published"] == "2023-05-01" for r in detail["reviews"])


def test_a_bad_row_is_reported_and_the_rest_is_added(tmp_path: Path, db: str):
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"film": "Ohne Text"}\n' + json.dumps({"text": REVIEW_DE, "film": "Der Leuchtturmwärter"}) + "\n")
    result = run("add", str(rows), "--db", db)
    assert result.exit_code == 2
    assert "no `text` or `html`" in result.output and "added 1 review," in result.output


def test_add_parquet_records_written_by_batch(tmp_path: Path, db: str):
    records = [
        record("Die Kranichinsel", directors=("Jola Marek",), year=2022, score=score, cast=(("Ines Falk", "Mara"),))
        for score in (90, 70, 65, 40, 85)
    ]
    table = pa.Table.from_pylist([json.loads(json.dumps(r.to_dict())) for r in records])
    out = tmp_path / "batch-out"
    out.mkdir()
    pq.write_table(table, out / "part-00000.parquet")
    # A batch output folder also holds its errors and a manifest: neither is a review.
    (out / "errors.jsonl").write_text('{"key": "x.txt", "error": "InputError", "message": "empty"}\n')
    (out / "_manifest").mkdir()
    (out / "_manifest" / "part-00000.json").write_text("{}")
    result = run("add", str(out), "--db", db)
    assert result.exit_code == 0, result.output
    assert "added 5 reviews, 0 already stored, 0 failed" in result.output
    film = json.loads(run("film", "Kranichinsel", "--format", "json", "--db", db).output)
    assert film["aggregate"]["reviews"] == 5 and film["aggregate"]["score"] == 70.0
    assert film["aggregate"]["percent_positive"] == 80.0
    assert film["directors"] == ["Jola Marek"]
    assert [(c["actor"], c["character"]) for c in film["cast"]] == [("Ines Falk", "Mara")]


@pytest.fixture
def filled(tmp_path: Path, db: str) -> str:
    from filmkritik.kb import KnowledgeBase, ReviewHints

    with KnowledgeBase.open(db) as kb:
        for n, score in enumerate((88, 72, 64, 35, 91)):
            kb.add_record(
                record(
                    "Die Kranichinsel", directors=("Jola Marek",), year=2022, score=score, cast=(("Ines Falk", "Mara"),)
                ),
                ReviewHints(critic=f"Kritiker {n}", outlet=f"Blatt {n}", published=f"2022-03-0{n + 1}"),
            )
        kb.add_record(record("Nachtzug nach Varna", year=2019, score=55), ReviewHints(outlet="Blatt 1"))
    return db


def test_films_formats(filled: str):
    films = json.loads(run("films", "--format", "json", "--db", filled).output)
    assert {
        "id",
        "title",
        "original_title",
        "year",
        "directors",
        "reviews",
        "score",
        "percent_positive",
        "spread",
    } <= set(films[0])
    crane = next(f for f in films if f["title"] == "Die Kranichinsel")
    assert (crane["reviews"], crane["score"], crane["percent_positive"], crane["directors"]) == (
        5,
        70.0,
        80.0,
        ["Jola Marek"],
    )
    rows = list(csv.DictReader(io.StringIO(run("films", "--format", "csv", "--db", filled).output)))
    assert {r["title"] for r in rows} == {"Die Kranichinsel", "Nachtzug nach Varna"}
    table = run("films", "--db", filled, "--sort", "score").output
    assert table.index("Die Kranichinsel") < table.index("Nachtzug nach Varna")


def test_film_pretty_json_and_jsonld(filled: str):
    pretty = run("film", "kranichinsel", "--db", filled)
    assert pretty.exit_code == 0
    assert (
        "Die Kranichinsel (2022)" in pretty.output and "80% positive" in pretty.output and "Ines Falk" in pretty.output
    )
    few = run("film", "Nachtzug nach Varna", "--db", filled).output
    assert "not enough reviews" in few
    ld = json.loads(run("film", "Die Kranichinsel", "--format", "jsonld", "--db", filled).output)
    assert ld["@type"] == "Movie" and ld["aggregateRating"]["ratingValue"] == 70.0
    missing = run("film", "Gibt es nicht", "--db", filled)
    assert missing.exit_code == 1 and "no film matches" in missing.output


def test_export_jsonld_csv_parquet(filled: str, tmp_path: Path):
    graph = json.loads(run("export", "--format", "jsonld", "--db", filled).output)
    assert graph["@context"] == "https://schema.org" and len(graph["@graph"]) == 2
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", filled).output)))
    crane = next(r for r in rows if r["title"] == "Die Kranichinsel")
    assert crane["score"] == "70.0" and crane["calibrated_score"] == "70.0" and crane["reviews"] == "5"
    out = tmp_path / "reviews.parquet"
    result = run("export", "--format", "parquet", "--table", "reviews", "--out", str(out), "--db", filled)
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 6 and "score" in table.column_names
    assert run("export", "--format", "parquet", "--db", filled).exit_code == 2


def test_database_errors_are_one_line(tmp_path: Path):
    bad = tmp_path / "bad.db"
    bad.write_text("hello")
    result = run("films", "--db", str(bad))
    assert result.exit_code == 4 and "not a SQLite database" in result.output and "Traceback" not in result.output


def test_film_with_a_weights_file(filled: str, tmp_path: Path):
    weights = tmp_path / "weights.json"
    weights.write_text('{"outlets": {"Blatt 3": 0}}')
    data = json.loads(
        run("film", "Die Kranichinsel", "--format", "json", "--weights", str(weights), "--db", filled).output
    )
    assert data["aggregate"]["score"] == 78.8  # (88 + 72 + 64 + 91) / 4: the harsh outlet weighs nothing
    weights.write_text("[1, 2]")
    result = run("film", "Die Kranichinsel", "--weights", str(weights), "--db", filled)
    assert result.exit_code == 2 and "not a weights file" in result.output


def test_add_a_record_saved_by_read_as_json(tmp_path: Path, db: str):
    saved = tmp_path / "kranich.json"
    saved.write_text(json.dumps(record("Die Kranichinsel", year=2022, score=75).to_dict(), ensure_ascii=False))
    many = tmp_path / "more.json"
    many.write_text(json.dumps([record("Die Kranichinsel", year=2022, score=s).to_dict() for s in (60, 90)]))
    result = run("add", str(saved), str(many), "--db", db)
    assert result.exit_code == 0, result.output
    film = json.loads(run("film", "Die Kranichinsel", "--format", "json", "--db", db).output)
    assert sorted(r["score"] for r in film["reviews"]) == [60.0, 75.0, 90.0]


def test_add_reads_in_several_processes_with_the_same_result(tmp_path: Path):
    rows = tmp_path / "rows.jsonl"
    lines = [
        json.dumps({"text": f"{REVIEW_DE}\nNachtrag {i}.", "film": f"Der Leuchtturmwärter {i % 3}"}) for i in range(12)
    ]
    rows.write_text("\n".join(["{bad json", *lines]) + "\n", encoding="utf-8")
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    first = run("add", str(rows), "--db", one)
    second = run("add", str(rows), "--db", two, "--jobs", "2")
    assert "added 12 reviews, 0 already stored, 1 failed" in first.output
    assert "added 12 reviews, 0 already stored, 1 failed" in second.output
    strip = lambda out: [{k: v for k, v in f.items() if k != "updated_at"} for f in json.loads(out)]  # noqa: E731
    assert strip(run("films", "-f", "json", "--sort", "title", "--db", one).output) == strip(
        run("films", "-f", "json", "--sort", "title", "--db", two).output
    )


def test_add_a_review_by_url(tmp_path: Path, db: str):
    import functools
    import http.server
    import threading

    (tmp_path / "salzwiese.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/salzwiese.html"
        result = run("add", url, "--db", db)
        assert result.exit_code == 0, result.output
        assert "added 1 review," in result.output
        reviews = list(csv.DictReader(io.StringIO(run("export", "-f", "csv", "--table", "reviews", "--db", db).output)))
        assert reviews[0]["url"] == url
    finally:
        server.shutdown()
