"""Robustness audit 18, second part: what a demanding new user met on a fresh shell, and what now happens.

Negative limits, PostgreSQL URLs that leak a password or a server that never answers, a German title typed
without umlauts, a file name with a line break, damaged IMDb dumps and damaged saved records.
"""

from __future__ import annotations

import gzip
import json
import socket
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.kb import KnowledgeBase, store
from reading_support import errors_of

runner = CliRunner()

# Invented reviews (no film, person or sentence from the development texts).
REVIEW_DE = (
    "„Die Fähre nach Quellholm“: Ein leises Glück\n\n"
    "Die Regisseurin Henrike Albrand erzählt von der Fährfrau Tove (Marit Seelenbinder), die an der Küste "
    "den letzten Anleger betreibt. Ihr Vater Jens (Bodo Carstensen) hält nichts davon.\n\n"
    "Seelenbinder spielt mit großer Genauigkeit, die Kamera findet herrliche Bilder im Wattenlicht. "
    "Nur das Ende wirkt etwas gehetzt.\n\nFazit: Ein berührender, sehenswerter Film. Bewertung: 4 von 5 Sternen"
)


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    db = tmp_path / "kb.db"
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_DE, encoding="utf-8")
    result = runner.invoke(app, ["add", str(review), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.stderr
    return db


# --- options ----------------------------------------------------------------------------------------------


def test_negative_limits_are_usage_errors(stored: Path, tmp_path: Path) -> None:
    # `films --limit -5` listed everything on SQLite and failed on PostgreSQL ("LIMIT must not be negative");
    # `eval --limit -1` silently left out the last review.
    films = runner.invoke(app, ["films", "--db", str(stored), "--limit", "-5"])
    assert films.exit_code == 2 and "Invalid value for '--limit'" in films.output
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": REVIEW_DE, "gold": {"verdict": "positive"}}) + "\n", encoding="utf-8")
    evaluated = runner.invoke(app, ["eval", str(gold), "--limit", "-1"])
    assert evaluated.exit_code == 2 and "Invalid value for '--limit'" in evaluated.output


# --- PostgreSQL URLs ----------------------------------------------------------------------------------------


def test_an_unparsable_database_url_does_not_print_its_password() -> None:
    result = runner.invoke(app, ["films", "--db", "postgresql://ada:s3cret@[::1/films"])
    assert result.exit_code == 4
    (error,) = errors_of(result)
    assert "s3cret" not in error and "ada:***@" in error and "is not a database URL" in error


def test_the_psycopg2_dialect_names_the_driver_filmkritik_ships() -> None:
    result = runner.invoke(app, ["films", "--db", "postgresql+psycopg2://ada:s3cret@localhost/films"])
    assert result.exit_code == 4
    (error,) = errors_of(result)
    assert "s3cret" not in error
    assert "filmkritik ships the psycopg 3 driver: write postgresql://user:pw@host/db" in error


def test_a_postgresql_server_that_never_answers_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    # A listener that takes the connection and says nothing (a wrong port behind a proxy, a hung server):
    # `filmkritik films` waited for ever.
    pytest.importorskip("psycopg")
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    port = silent.getsockname()[1]
    monkeypatch.setattr(store, "CONNECT_TIMEOUT_S", 1)
    try:
        started = time.monotonic()
        result = runner.invoke(app, ["films", "--db", f"postgresql://ada:pw@127.0.0.1:{port}/films"])
        elapsed = time.monotonic() - started
    finally:
        silent.close()
    assert result.exit_code == 4
    (error,) = errors_of(result)
    assert "timeout" in error and "ada:***@" in error
    assert elapsed < 30


# --- the knowledge base ---------------------------------------------------------------------------------


def test_a_german_title_typed_without_umlauts_is_found(stored: Path) -> None:
    film = runner.invoke(app, ["film", "Die Faehre nach Quellholm", "--db", str(stored), "-f", "json"])
    assert film.exit_code == 0, film.stderr
    assert json.loads(film.stdout)["title"] == "Die Fähre nach Quellholm"
    films = runner.invoke(app, ["films", "faehre", "--db", str(stored), "-f", "json"])
    assert [f["title"] for f in json.loads(films.stdout)] == ["Die Fähre nach Quellholm"]
    with KnowledgeBase.open(str(stored)) as kb:
        assert kb.count_films("blue") == 0
        assert kb.count_films("Quellholm Faehre") == 0  # the words still in their order


def test_damaged_saved_records_are_refused_with_their_field(tmp_path: Path) -> None:
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_DE, encoding="utf-8")
    saved = runner.invoke(app, ["read", str(review), "-f", "json"])
    record = json.loads(saved.stdout)
    damaged_verdict = {**record, "verdict": {"score": "high"}}
    damaged_text = {**record, "text": 5}
    rows = tmp_path / "records.jsonl"
    rows.write_text("".join(json.dumps(r) + "\n" for r in (damaged_verdict, damaged_text, record)), encoding="utf-8")
    added = runner.invoke(app, ["add", str(rows), "--db", str(tmp_path / "kb.db"), "-q"])
    assert added.exit_code == 2
    assert errors_of(added) == [
        f'filmkritik: error: {rows}#row=1: a damaged filmkritik record (record.verdict.score is "high", not a whole '
        "number); save records with `filmkritik read -f json`",
        f"filmkritik: error: {rows}#row=2: a damaged filmkritik record (record.text is 5, not text); save records with "
        "`filmkritik read -f json`",
    ]
    assert "added 1 review, 0 already stored, 2 failed" in added.stderr
    one = tmp_path / "one.json"
    one.write_text(json.dumps(damaged_verdict), encoding="utf-8")
    shown = runner.invoke(app, ["read", str(one), str(review), "-f", "jsonl"])
    assert shown.exit_code == 2
    assert errors_of(shown) == [
        f'filmkritik: error: {one}: a damaged filmkritik record (record.verdict.score is "high", not a whole '
        "number); save records with `filmkritik read -f json`"
    ]
    assert len(shown.stdout.splitlines()) == 1  # the good review beside it is still read


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"tconst\ttitleType\n\xff\xfe\tmovie\n", "no primaryTitle column in its first line"),
        (
            b"tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\nbroken row\n",
            "its one row does not have the 6 tab-separated fields its first line names",
        ),
    ],
)
def test_a_damaged_imdb_dump_is_refused_not_loaded_as_nothing(
    stored: Path, tmp_path: Path, content: bytes, says: str
) -> None:
    folder = tmp_path / "imdb"
    folder.mkdir()
    (folder / "title.basics.tsv.gz").write_bytes(gzip.compress(content))
    result = runner.invoke(app, ["imdb", "load", str(folder), "--db", str(stored)])
    assert result.exit_code == 2
    (error,) = errors_of(result)
    assert error.startswith(f"filmkritik: error: {folder / 'title.basics.tsv.gz'}: ") and says in error


# --- read ---------------------------------------------------------------------------------------------------


def test_a_file_whose_name_holds_a_line_break_is_read(tmp_path: Path) -> None:
    # It was taken for a review passed where a path belongs ("that is text, not a file path").
    odd = tmp_path / "kritik\nneu.txt"
    odd.write_text(REVIEW_DE, encoding="utf-8")
    result = runner.invoke(app, ["read", str(odd), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["path"] == str(odd)
    text = runner.invoke(app, ["read", "Ein Film\nüber eine Fähre"])
    assert text.exit_code == 2
    assert errors_of(text) == [
        "filmkritik: error: that is text, not a file path; give text to filmkritik.read_text() or `filmkritik read -`"
    ]


# --- eval -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("as_json", [False, True])
def test_eval_exits_2_when_a_review_could_not_be_read(tmp_path: Path, as_json: bool) -> None:
    # It exited 1 (0 with --json, where the failures hid in the report) and printed "[red]error[/red]" literally.
    gold = tmp_path / "gold.jsonl"
    rows = [{"text": " ", "gold": {"verdict": "positive"}}, {"text": REVIEW_DE, "gold": {"verdict": "positive"}}]
    gold.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold)] + (["--json"] if as_json else []))
    assert result.exit_code == 2
    where = "their errors are in the JSON" if as_json else "listed above"
    assert errors_of(result) == [f"filmkritik: error: 1 review could not be read ({where}); the scores leave them out"]
    if as_json:
        (report,) = json.loads(result.stdout)
        assert report["reviews"] == 1 and report["errors"] == [
            "gold-1: InputError: input: the text is empty; give a review"
        ]
    else:
        assert "[red]" not in result.stdout
        assert "gold.jsonl: 1 review (1 more could not be read)" in result.stdout
        assert "error gold-1: InputError: input: the text is empty; give a review" in result.stdout


# --- the web app ------------------------------------------------------------------------------------------


def test_a_long_search_on_the_home_page_searches_instead_of_not_found(stored: Path) -> None:
    from fastapi.testclient import TestClient

    from filmkritik.web import create_app

    with TestClient(create_app(str(stored))) as client:
        long = client.get("/", params={"q": "Quellholm " + "x" * 300})
        assert long.status_code == 200  # was a 404 "page not found" over 200 characters
        found = client.get("/", params={"q": "faehre"})
        assert found.status_code == 200 and "Die Fähre nach Quellholm" in found.text


# --- corpora ------------------------------------------------------------------------------------------------


def test_a_csv_cell_longer_than_128_kb_is_read(tmp_path: Path) -> None:
    # Python's csv limit (131,072 characters a cell) gave a traceback in `add` and lost the whole file in `read`.
    import csv

    rows = tmp_path / "long.csv"
    with rows.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "film"])
        writer.writerow([(REVIEW_DE + "\n\n") * 250, "Die Fähre nach Quellholm"])
        writer.writerow([REVIEW_DE, "Die Fähre nach Quellholm"])
    added = runner.invoke(app, ["add", str(rows), "--db", str(tmp_path / "kb.db"), "-q"])
    assert added.exit_code == 0, added.stderr
    assert "added 2 reviews" in added.stderr
    read = runner.invoke(app, ["read", str(rows), "-f", "jsonl"])
    assert read.exit_code == 0, read.stderr
    assert len(read.stdout.splitlines()) == 2


def test_nul_characters_do_not_stop_an_add(tmp_path: Path) -> None:
    # PostgreSQL cannot store NUL ("text fields cannot contain NUL"): one such row stopped the whole `add`
    # (exit 4). Texts, corpus columns and hints now carry U+FFFD instead (offsets kept); a saved record with
    # a NUL is refused as a row.
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"text": REVIEW_DE.replace("Fazit", "Fa\x00zit"), "critic": "Ada\x00Pohl"}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "kb.db"
    added = runner.invoke(app, ["add", str(rows), "--db", str(db), "-q"])
    assert added.exit_code == 0, added.stderr
    with KnowledgeBase.open(str(db)) as kb:
        (review,) = list(kb.iter_reviews())
        stored = kb.get_review(review["id"])
    assert stored is not None
    assert "Fa\ufffdzit" in stored["record"]["text"] and stored["critic"] == "Ada\ufffdPohl"
    review_file = tmp_path / "review.txt"
    review_file.write_text(REVIEW_DE, encoding="utf-8")
    record = json.loads(runner.invoke(app, ["read", str(review_file), "-f", "json"]).stdout)
    record["source"]["headline"] = "a\x00b"
    saved = tmp_path / "saved.json"
    saved.write_text(json.dumps(record), encoding="utf-8")
    refused = runner.invoke(app, ["add", str(saved), "--db", str(db), "-q"])
    assert refused.exit_code == 2
    assert errors_of(refused) == [
        f"filmkritik: error: {saved}: the record holds a NUL character, which a knowledge base does not store "
        "(PostgreSQL cannot); read the text again with `filmkritik read`, which replaces it"
    ]


def test_add_takes_gzipped_and_tab_separated_tables_as_read_and_batch_do(tmp_path: Path) -> None:
    # `read rows.jsonl.gz` and `batch` read them; `add` said "gzip-compressed data, not text" (and skipped
    # them in folders), and did not know .tsv at all.
    folder = tmp_path / "tables"
    folder.mkdir()
    with gzip.open(folder / "rows.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": REVIEW_DE, "critic": "Ada Pohl", "rating": "4/5"}) + "\n")
    with gzip.open(folder / "rows.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write("text\tcritic\n" + REVIEW_DE.replace("\n", " ") + "\tJo Brant\n")
    whole = gzip.compress(b"".join(json.dumps({"text": f"{REVIEW_DE} ({n})"}).encode() + b"\n" for n in range(40)))
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(whole[: len(whole) // 2])
    db = tmp_path / "kb.db"
    added = runner.invoke(app, ["add", str(folder), str(broken), "--db", str(db), "-q"])
    assert added.exit_code == 2
    assert errors_of(added) == [
        f"filmkritik: error: {broken}: cannot be read (Compressed file ended before the end-of-stream marker was "
        "reached)"
    ]
    with KnowledgeBase.open(str(db)) as kb:
        critics = sorted(r["critic"] or "" for r in kb.iter_reviews())
    assert critics[-2:] == ["Ada Pohl", "Jo Brant"]  # the rows before the break are kept


@pytest.mark.parametrize("below", ["x.db", "a/b/x.db"])
def test_a_database_path_below_a_file_names_the_file(tmp_path: Path, below: str) -> None:
    # Said "review.txt: File exists" (or "Not a directory"), which names no cause.
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_DE, encoding="utf-8")
    db = tmp_path / "review.txt" / below
    result = runner.invoke(app, ["add", str(review), "--db", str(db), "-q"])
    assert result.exit_code == 4
    assert errors_of(result) == [
        f"filmkritik: error: {db}: {review} is a file, not a folder; give a database path in a folder with --db"
    ]


def test_read_dash_with_stdin_closed_is_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    review = tmp_path / "review.txt"
    review.write_text(REVIEW_DE, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "filmkritik", "read", "-", str(review), "-f", "jsonl"],
        stdin=None,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=lambda: __import__("os").close(0),  # as `filmkritik read - <&-`
    )
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr
    assert completed.stderr.splitlines() == [
        "filmkritik: error: -: there is no standard input (it is closed); pipe a review in, or give a file"
    ]
    assert len(completed.stdout.splitlines()) == 1


# --- pretty output ----------------------------------------------------------------------------------------


def test_square_brackets_in_titles_and_names_are_shown_not_parsed(tmp_path: Path) -> None:
    # A film hint "[/b] Kaputt [REC]" crashed `films` and `film` with rich's MarkupError; "[red]Ada[/]" in a
    # saved record's director lost its brackets in `read -f pretty`.
    rows = tmp_path / "rows.jsonl"
    row = {"text": REVIEW_DE, "film": "[/b] Kaputt [REC]", "critic": "[/] Ada", "outlet": "[link=x]O"}
    rows.write_text(json.dumps(row) + "\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    assert runner.invoke(app, ["add", str(rows), "--db", str(db), "-q"]).exit_code == 0
    films = runner.invoke(app, ["films", "--db", str(db)])
    assert films.exit_code == 0, films.output
    assert "[/b] Kaputt" in films.stdout and "[REC]" in films.stdout  # the table wraps at 80 columns
    film = runner.invoke(app, ["film", "1", "--db", str(db), "-f", "pretty"])
    assert film.exit_code == 0, film.output
    assert film.stdout.startswith("[/b] Kaputt [REC]  #1")
    assert "1 review: not enough reviews" in film.stdout and "[/] Ada / [link=x]O" in film.stdout
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_DE, encoding="utf-8")
    record = json.loads(runner.invoke(app, ["read", str(review), "-f", "json"]).stdout)
    record["film"]["directors"][0]["name"] = "[red]Ada[/]"
    saved = tmp_path / "saved.json"
    saved.write_text(json.dumps(record), encoding="utf-8")
    shown = runner.invoke(app, ["read", str(saved), "-f", "pretty"])
    assert shown.exit_code == 0, shown.output
    assert "director  [red]Ada[/]" in shown.stdout


def test_a_database_damaged_inside_says_how_to_rescue_it(stored: Path) -> None:
    data = bytearray(stored.read_bytes())
    for offset in range(8192, len(data) - 4096, 8192):  # past the header: opening still works, reading not
        data[offset : offset + 2048] = bytes(range(256)) * 8
    stored.write_bytes(bytes(data))
    result = runner.invoke(app, ["films", "--db", str(stored)])
    assert result.exit_code == 4
    (error,) = errors_of(result)
    assert error.startswith(f"filmkritik: error: the knowledge base at {stored} could not be read: ")
    assert error.endswith("the file is damaged: restore a backup, or rescue what is left with `sqlite3 FILE .recover`")


# --- batch ----------------------------------------------------------------------------------------------------


def test_batch_over_a_file_name_that_is_not_utf8_resumes(tmp_path: Path) -> None:
    # A file name with a Latin-1 byte (kept by Python as a lone surrogate) crashed `batch` with a
    # UnicodeEncodeError traceback while writing job.json.
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    try:
        odd = Path(os.fsdecode(bytes(folder) + b"/kritik-\xe9t\xe9.txt"))
        odd.write_text(REVIEW_DE, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses file names that are not UTF-8")
    (folder / "leer.txt").write_bytes(b"")
    out = tmp_path / "out"
    args = ["batch", str(folder), "--out", str(out), "-q", "-w", "1"]
    first = runner.invoke(app, args)
    assert first.exit_code == 2, first.output
    assert "Traceback" not in first.output
    again = runner.invoke(app, args)
    assert again.exit_code == 2 and "(2 from an earlier run)" in again.stdout
    (line,) = (out / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["source"]["path"] == str(odd)
