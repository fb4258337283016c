"""Robustness audit 19: round 18's leftovers and what a demanding new user met next.

Texts that are no prose (a CSV export, a directory listing, a file of paths, a saved record under another
name) are refused instead of read as reviews; `export` to stdout on a damaged database prints nothing; a
database whose damaged schema SQLite cannot even describe is one line; `add` reports missing paths, broken
links and pipes instead of stopping or skipping them silently; a pipe named on the command line is read.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.errors import InputError
from filmkritik.ingest import load_text
from filmkritik.ingest.shape import not_prose
from reading_support import errors_of

runner = CliRunner()

# Invented reviews (no film, person or sentence from the development texts).
REVIEW_EN = (
    "The Tinsmith's Daughter\n\n"
    "Director Orla Fenwick follows a young metalworker, Brigid (Maeve Tolland), through one winter in a harbour "
    "town. Her brother Cathal (Ronan Devlish) wants to sell the workshop.\n\n"
    "Tolland is wonderful, and the camera finds a cold beauty in the sheds and quays. The last act drags a "
    "little, but this is a warm, well-acted film.\n\nRating: 4/5"
)

CSV_EXPORT = (
    "id,film_id,critic,outlet,url,published,language,score,label,score_source,reader_score\n"
    "1,1,,,,,de,80.0,positive,explicit,80.0\n2,2,,,,,en,70.0,positive,explicit,70.0\n"
    "3,2,Ada Brill,Weekly,,2026-01-02,en,40.0,mixed,inferred,40.0\n"
)
LS_LONG = (
    "total 24\n"
    "-rw-r--r-- 1 ada staff  1204 Nov 27 10:31 review-one.txt\n"
    "-rw-r--r-- 1 ada staff  2310 Nov 26 19:19 review-two.txt\n"
    "drwxr-xr-x 2 ada staff  4096 Nov 25 08:00 old\n"
)
LS_ISO = (
    "insgesamt 8\n"
    "-rw-r--r-- 1 ada ada 1204 2026-11-27 10:31 kritik.txt\n"
    "lrwxrwxrwx 1 ada ada   12 2026-11-27 10:32 neu.txt -> kritik.txt\n"
)
PATHS = "reviews/a.txt\nreviews/b.txt\nreviews/sub/c.html\n"
NAMES = "README.md\nexamples\nkritik.txt\nnotes.txt\n"
URLS = "https://example.org/a\nhttps://example.org/b\nhttps://example.org/c\n"
DIR_LISTING = (
    " Volume in drive C has no label.\n Volume Serial Number is 1234-ABCD\n\n Directory of C:\\Users\\ada\n\n"
    "11/27/2026  10:15 AM    <DIR>          .\n11/27/2026  10:14 AM             1,234 review-one.txt\n"
    "               1 File(s)          1,234 bytes\n"
)
FIND = "./a.txt\n./sub/b.txt\n./c.html\n"
TSV = "film\tyear\tscore\nA\t2001\t3\nB\t2002\t4\n"
MARKDOWN = "| Film | Jahr | Note |\n|---|---|---|\n| A | 2001 | 3 |\n| B | 2002 | 4 |\n"


# --- texts that are no prose ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (CSV_EXPORT, "a CSV table"),
        (LS_LONG, "a directory listing"),
        (LS_ISO, "a directory listing"),
        (PATHS, "a list of file paths"),
        (NAMES, "a list of file paths"),
        (URLS, "a list of URLs"),
        (DIR_LISTING, "a directory listing"),
        (FIND, "a list of file paths"),
        (TSV, "a tab-separated table"),
        (MARKDOWN, "a table"),
        ('{"schema": "filmkritik.review/1", "text": "x"}', "a filmkritik record (JSON)"),
        ('{"a": 1}\n{"a": 2}\n', "JSON lines (data, not prose)"),
        ('[{"film": "A", "score": 3}]', "JSON data"),
    ],
)
def test_texts_that_are_no_prose_are_named(text: str, what: str) -> None:
    assert not_prose(text) == what
    with pytest.raises(
        InputError, match=f"this is {what.replace('(', '.').replace(')', '.')}, not the text of a review"
    ):
        load_text(text)


@pytest.mark.parametrize(
    "text",
    [
        REVIEW_EN,
        "Great film.\nSee it.\nTwice.",
        "[Spoiler] The ending is sad.\nBut it is earned.\nRating: 3/5",
        "Regie: Ada Brill, Buch: Tom Ko, Kamera: Lu Wen\nEin schöner, stiller Film.",
        "Cast:\nMaeve Tolland\nRonan Devlish\nOrla Fenwick\n",
        "5/5\n10/10\nA/B",
    ],
)
def test_prose_and_short_reviews_are_not_refused(text: str) -> None:
    assert not_prose(text) is None


def test_a_csv_export_or_listing_given_to_read_is_one_line_and_the_rest_is_read(tmp_path: Path) -> None:
    # Round 18 left it: `filmkritik export -f csv | filmkritik read -` was a "review" (confidence 0.999).
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    listing = tmp_path / "listing.txt"
    listing.write_text(LS_LONG, encoding="utf-8")
    saved = tmp_path / "record.txt"
    saved.write_text(json.dumps({"schema": "filmkritik.review/1", "text": REVIEW_EN}), encoding="utf-8")
    result = runner.invoke(app, ["read", "-", str(listing), str(saved), str(review), "-f", "jsonl"], input=CSV_EXPORT)
    assert result.exit_code == 2
    assert errors_of(result) == [
        "filmkritik: error: -: this is a CSV table, not the text of a review; a table of reviews is read from a "
        "file named .csv with a `text` column",
        f"filmkritik: error: {listing}: this is a directory listing, not the text of a review; give the files "
        "themselves, or a folder to `filmkritik batch` or `add`",
        f"filmkritik: error: {saved}: this is a filmkritik record (JSON), not the text of a review; a record saved "
        "by `read -f json` is shown again from a file named .json",
    ]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [str(review)]


def test_the_api_refuses_a_table_with_422() -> None:
    from fastapi.testclient import TestClient

    from filmkritik.web import create_app

    with TestClient(create_app("sqlite:///:memory:")) as client:
        response = client.post("/api/read", json={"text": CSV_EXPORT})
    assert response.status_code == 422
    assert "this is a CSV table, not the text of a review" in response.json()["detail"]


# --- damaged databases ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kb")
    db = folder / "kb.db"
    review = folder / "review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    result = runner.invoke(app, ["add", str(review), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def _copy(db: Path, to: Path) -> Path:
    to.write_bytes(db.read_bytes())
    return to


def test_a_schema_damaged_past_description_is_one_line(stored: Path, tmp_path: Path) -> None:
    # SQLite's message quoted damaged schema bytes, which Python could not decode: a UnicodeDecodeError
    # traceback from the connection's first PRAGMA, for every command.
    db = _copy(stored, tmp_path / "damaged.db")
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE zzqqxx (a)")
        conn.execute("PRAGMA journal_mode = DELETE")
    db.write_bytes(db.read_bytes().replace(b"CREATE TABLE zzqqxx", b"CREATE TABL\xf6 zzqqxx"))
    for command in (["films"], ["film", "1"], ["export"], ["add", str(tmp_path / "none.txt")]):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 4, command
        assert errors_of(result) == [
            f"filmkritik: error: cannot open the knowledge base at {db}: its schema is unreadable; the file is "
            "damaged: restore a backup, or rescue what is left with `sqlite3 FILE .recover`"
        ]
        assert result.stdout == ""


@pytest.mark.parametrize("fmt", ["csv", "jsonld"])
def test_export_to_stdout_on_a_damaged_database_prints_nothing(stored: Path, tmp_path: Path, fmt: str) -> None:
    # Round 18 left it: the CSV header (or the JSON-LD opening) was printed before the database failed.
    db = _copy(stored, tmp_path / "damaged.db")
    with sqlite3.connect(db) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reviews'").fetchone()
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    data[(root - 1) * page : root * page] = bytes(page)
    db.write_bytes(bytes(data))
    result = runner.invoke(app, ["export", "--db", str(db), "-f", fmt, "--table", "reviews"])
    assert result.exit_code == 4
    assert result.stdout == ""
    (line,) = errors_of(result)
    assert "database disk image is malformed" in line and ".recover" in line


# --- add: missing paths, broken links and pipes -----------------------------------------------------------


def test_add_reports_a_missing_path_a_broken_link_and_a_pipe_and_adds_the_rest(tmp_path: Path) -> None:
    # A missing path stopped the whole `add` before anything was stored; a broken link or a FIFO in a folder
    # was skipped without a word.
    folder = tmp_path / "reviews"
    folder.mkdir()
    (folder / "review.txt").write_text(REVIEW_EN, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "picture.jpg").symlink_to(tmp_path / "nowhere.jpg")  # not a review file: still not mentioned
    db = tmp_path / "kb.db"
    result = runner.invoke(app, ["add", str(tmp_path / "missing.txt"), str(folder), "--db", str(db)])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {tmp_path / 'missing.txt'}: no such file or directory",
        f"filmkritik: error: {folder / 'gone.txt'}: a broken symbolic link (its target {tmp_path / 'nowhere.txt'} "
        "does not exist)",
        f"filmkritik: error: {folder / 'pipe.txt'}: is a named pipe (FIFO), not a file; it was not read",
    ]
    assert "added 1 review, 0 already stored, 3 failed" in result.stderr


def test_batch_names_a_broken_link_and_does_not_open_a_pipe_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "reviews"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")  # opened, it would wait for a writer for ever
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 2
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["message"] for e in errors] == [
        f"{folder / 'gone.txt'}: a broken symbolic link (its target {tmp_path / 'nowhere.txt'} does not exist)",
        f"{folder / 'pipe.txt'}: is a named pipe (FIFO), not a file; it was not read",
    ]


def test_a_pipe_named_on_the_command_line_is_read_and_a_device_is_refused(tmp_path: Path) -> None:
    # `filmkritik read <(curl ...)` and `... | filmkritik read /dev/stdin` said "the file is empty".
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    def write() -> None:
        with pipe.open("w", encoding="utf-8") as handle:
            handle.write(REVIEW_EN)

    writer = threading.Thread(target=write)
    writer.start()
    result = runner.invoke(app, ["read", str(pipe), "/dev/null", "-f", "jsonl"])
    writer.join(timeout=10)
    assert result.exit_code == 2
    assert errors_of(result) == [
        "filmkritik: error: /dev/null: is a device, not a file; give a review as a text or HTML file"
    ]
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"]["path"] == str(pipe) and record["is_review"]["value"] is True


# --- full disks, locks, newer schemas ---------------------------------------------------------------------


def test_add_past_the_file_size_limit_says_so_and_keeps_what_was_stored(stored: Path, tmp_path: Path) -> None:
    # A full disk (or `ulimit -f`) while storing was "could not be written: disk I/O error", exit 4.
    import resource
    import subprocess
    import sys

    db = _copy(stored, tmp_path / "kb.db")
    review = tmp_path / "other.txt"
    review.write_text(REVIEW_EN.replace("Tinsmith", "Ropemaker").replace("Brigid", "Nessa"), encoding="utf-8")
    limit = 36_000  # room for SQLite's -shm file (32 KB), not for the write-ahead log of one review

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(
        [sys.executable, "-c", "from filmkritik.cli import main; main()", "add", str(review), "--db", str(db)],
        preexec_fn=small_files,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 5, proc.stderr
    assert (
        f"filmkritik: error: could not write to the knowledge base at {db}: it would grow past this shell's file "
        "size limit (ulimit -f); raise the limit and run again"
    ) in proc.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM reviews").fetchone() == (1,)


def test_the_disk_full_error_of_sqlite_is_exit_5_with_what_to_do(stored: Path) -> None:
    from filmkritik.errors import DiskFullError
    from filmkritik.kb import store

    engine = store.create_engine(str(stored))
    try:
        error = store.disk_full(engine, sqlite3.OperationalError("database or disk is full"), "could not write to")
    finally:
        engine.dispose()
    assert isinstance(error, DiskFullError) and error.exit_code == 5
    assert str(error) == (
        f"could not write to the knowledge base at {stored}: no space left on its device; free some space and run "
        "the same command again (what was stored is complete)"
    )


def test_a_database_locked_by_another_process_says_who_to_wait_for(
    stored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filmkritik.kb import store

    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 300)
    db = _copy(stored, tmp_path / "kb.db")
    review = tmp_path / "other.txt"
    review.write_text(REVIEW_EN.replace("Tinsmith", "Ropemaker"), encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = runner.invoke(app, ["add", str(review), "--db", str(db)])
    finally:
        holder.close()
    assert result.exit_code == 4
    assert errors_of(result) == [
        f"filmkritik: error: the knowledge base at {db} could not be written: database is locked; another process "
        "kept it locked for over 0 s (an `add`, or a server storing reviews): run the same command again when it "
        "has finished"
    ]


def test_a_newer_schema_opened_read_only_says_to_upgrade_filmkritik(stored: Path, tmp_path: Path) -> None:
    # It said "open it once where it can be written (any filmkritik command there upgrades it)": wrong advice.
    from filmkritik.errors import DatabaseError
    from filmkritik.kb import KnowledgeBase

    db = _copy(stored, tmp_path / "newer.db")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE filmkritik_alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError) as raised:
        KnowledgeBase.open(str(db), read_only=True)
    assert str(raised.value) == f"{db} was written by a newer filmkritik (schema 9999); upgrade filmkritik to use it"


# --- odd files ---------------------------------------------------------------------------------------------


def test_a_byte_order_mark_alone_is_an_empty_text(tmp_path: Path) -> None:
    # It was read as a text and judged "not a film review" (exit 3).
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf  \n")
    result = runner.invoke(app, ["read", str(bom)])
    assert result.exit_code == 2
    assert errors_of(result) == [f"filmkritik: error: {bom}: the text is empty; give a review"]


def test_a_gzipped_review_is_read_and_a_broken_or_huge_one_is_one_line(tmp_path: Path) -> None:
    # `read review.txt.gz` said "gzip-compressed data, not text" (batch and add likewise), while `.jsonl.gz`
    # corpora were read.
    import gzip

    good = tmp_path / "review.txt.gz"
    good.write_bytes(gzip.compress(REVIEW_EN.encode("utf-8")))
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(good.read_bytes()[:60])
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * (11 * 1024 * 1024)))
    result = runner.invoke(app, ["read", str(cut), str(bomb), str(good), "-f", "jsonl"])
    assert result.exit_code == 2
    errors = errors_of(result)
    assert errors[0].startswith(f"filmkritik: error: {cut}: a damaged gzip file (")
    assert errors[1] == (
        f"filmkritik: error: {bomb}: unpacks to more than 10 MB, too large for one review; use `filmkritik batch` "
        "for corpora"
    )
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["text"].startswith("The Tinsmith's Daughter")


# --- options that lost data or turned scores into NaN ------------------------------------------------------


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_database_is_refused_by_the_cli(tmp_path: Path, url: str) -> None:
    # `add --db sqlite://` said "added 1 review" and the review was gone when the command exited.
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    for command in (["add", str(review)], ["films"], ["export"]):
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 4
        assert errors_of(result) == [
            f"filmkritik: error: {url}: an in-memory database lasts only as long as one command (what `add` stores "
            "would be lost); give a file path with --db"
        ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"critics": {"Ada Brill": 1e400}}', "weights must be finite numbers (not NaN or infinity)"),
        ('{"default": NaN}', "weights must be finite numbers (not NaN or infinity)"),
        (None, "the weights file cannot be read (No such file or directory)"),
    ],
)
def test_weights_that_are_not_finite_or_missing_are_one_line(
    stored: Path, tmp_path: Path, content: str | None, message: str
) -> None:
    weights = tmp_path / "weights.json"
    if content is not None:
        weights.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["export", "--db", str(stored), "--weights", str(weights)])
    assert result.exit_code == 2
    assert errors_of(result) == [f"filmkritik: error: {weights}: {message}"]


# --- eval gold files and the HTTP API -------------------------------------------------------------------------


def test_a_gold_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # "not a JSON gold file (Unexpected UTF-8 BOM (decode using utf-8-sig) ...)": Notepad saves one.
    from filmkritik.eval import load_gold

    gold = tmp_path / "gold.jsonl"
    row = {"id": "g1", "text": REVIEW_EN, "gold": {"verdict": "positive"}}
    gold.write_bytes(b"\xef\xbb\xbf" + json.dumps(row).encode("utf-8") + b"\n")
    (review,) = load_gold(gold)
    assert review.id == "g1" and review.verdict == "positive"


def test_the_api_answers_415_with_what_to_send_for_a_body_that_is_not_json() -> None:
    # `curl -d 'text=...' /api/read` got "Input should be a valid dictionary or object to extract fields from".
    from fastapi.testclient import TestClient

    from filmkritik.web import create_app

    expected = {"detail": 'send the review as JSON: header "Content-Type: application/json", body {"text": "..."}'}
    with TestClient(create_app("sqlite:///:memory:")) as client:
        form = client.post("/api/read", data={"text": REVIEW_EN})
        plain = client.post("/api/reviews", content=REVIEW_EN.encode(), headers={"content-type": "text/plain"})
        wrong_type = client.post("/api/read", json={"text": 5})
    assert (form.status_code, form.json()) == (415, expected)
    assert (plain.status_code, plain.json()) == (415, expected)
    assert wrong_type.status_code == 422 and wrong_type.json()["detail"][0]["loc"] == ["body", "text"]


def test_a_paste_form_field_over_its_length_is_a_page_not_json(tmp_path: Path) -> None:
    import re

    from fastapi.testclient import TestClient

    from filmkritik.web import create_app

    with TestClient(create_app(str(tmp_path / "kb.db"))) as client:
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/read").text)
        assert csrf
        response = client.post("/reviews", data={"text": REVIEW_EN, "film": "x" * 600, "csrf": csrf.group(1)})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "film: String should have at most 500 characters" in response.text


def test_export_through_a_link_replaces_its_target_and_a_read_only_export_is_kept(
    stored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The link itself was replaced by a regular file (its target kept the old export), and a file the user had
    # made read-only was replaced all the same (a rename only needs the folder to be writable).
    target = tmp_path / "2026-11.csv"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.csv"
    link.symlink_to(target.name)
    result = runner.invoke(app, ["export", "--db", str(stored), "-f", "csv", "-o", str(link)])
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("id,title,")

    kept = tmp_path / "kept.csv"
    kept.write_text("old\n", encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == kept and mode == os.W_OK else real_access(p, mode)
    )
    result = runner.invoke(app, ["export", "--db", str(stored), "-f", "csv", "-o", str(kept)])
    assert result.exit_code == 1
    assert errors_of(result) == [f"filmkritik: error: {kept}: is read-only; make it writable, or give another --out"]
    assert kept.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2026-11.csv", "kept.csv", "latest.csv"]


def test_serve_says_when_its_database_did_not_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A mistyped --db served an empty knowledge base ("no films yet") without a word.
    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    import socket

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = str(free.getsockname()[1])
    db = tmp_path / "typo.db"
    result = runner.invoke(app, ["serve", "--db", str(db), "--port", port])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == f"filmkritik: {db} did not exist: serving a new, empty knowledge base"
    again = runner.invoke(app, ["serve", "--db", str(db), "--port", port])
    assert "did not exist" not in again.stderr


# --- batch: a resumed job checks the parts it did not read again ---------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_rerun_reads_again_the_parts_whose_files_were_lost_or_cut(tmp_path: Path, fmt: str) -> None:
    # A part file deleted or cut short after the job (a full disk elsewhere, a careless rm) was counted as done:
    # "60 records ... (60 from an earlier run)", exit 0, with 56 records in the folder.
    folder = tmp_path / "reviews"
    folder.mkdir()
    for n, (old, new) in enumerate([("Tinsmith", "Ropemaker"), ("Tinsmith", "Glazier"), ("Tinsmith", "Cooper")]):
        (folder / f"r{n}.txt").write_text(REVIEW_EN.replace(old, new), encoding="utf-8")
    out = tmp_path / "out"
    command = ["batch", str(folder), "-o", str(out), "-w", "1", "--chunk-size", "1", "-q", "-f", fmt]
    first = runner.invoke(app, command)
    assert first.exit_code == 0, first.stderr
    (out / f"part-00000.{fmt}").unlink()
    damaged = out / f"part-00002.{fmt}"
    damaged.write_bytes(damaged.read_bytes()[:100])
    rerun = runner.invoke(app, command)
    assert rerun.exit_code == 0, rerun.stderr
    assert rerun.stderr.splitlines()[0] == (
        f"filmkritik: 2 parts of an earlier run (part-00000.{fmt}, part-00002.{fmt}) were missing or damaged: "
        "read again"
    )
    assert "3 records, 0 errors from 3 inputs (1 from an earlier run)" in rerun.stdout
    from filmkritik.scale.records import iter_records

    paths = sorted(str(record.source.path) for record in iter_records(out))
    assert paths == sorted(str(p) for p in folder.iterdir())


def test_a_closed_standard_output_is_one_line(stored: Path) -> None:
    # `filmkritik export >&-` (and read -f json, films) ended in an AttributeError traceback.
    import subprocess
    import sys

    def close_stdout() -> None:
        os.close(1)

    proc = subprocess.run(
        [sys.executable, "-c", "from filmkritik.cli import main; main()", "export", "--db", str(stored)],
        preexec_fn=close_stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1
    assert proc.stderr == (
        "filmkritik: error: there is no standard output (it is closed); redirect it to a file or /dev/null\n"
    )


# --- numbers past what the machine or SQLite can take, and bugs --------------------------------------------


def test_limits_past_what_sqlite_or_a_list_can_take_are_usage_errors(stored: Path, tmp_path: Path) -> None:
    # `films --limit 99999999999999999999` was an OverflowError traceback, `batch --chunk-size` likewise a
    # ValueError from islice.
    films = runner.invoke(app, ["films", "--db", str(stored), "--limit", "99999999999999999999"])
    assert films.exit_code == 2 and "Invalid value for '--limit'" in films.output
    batch = runner.invoke(app, ["batch", str(tmp_path), "-o", str(tmp_path / "out"), "--chunk-size", "10" * 10])
    assert batch.exit_code == 2 and "Invalid value for '--chunk-size'" in batch.output


def test_more_worker_processes_than_the_machine_can_run_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    # `add -j 100000` and `batch -w 100000` started that many processes (batch all at once).
    import importlib

    app_module = importlib.import_module("filmkritik.cli.app")  # (`filmkritik.cli.app` is also the Typer app)

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert app_module.process_cap() == 8
    assert app_module.capped_processes(3, "--jobs") == 3
    assert app_module.capped_processes(100_000, "--jobs") == 8


def test_a_bug_is_one_line_that_says_how_to_see_the_traceback(stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from filmkritik.cli import kb as kb_commands

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(kb_commands, "_open", broken)
    monkeypatch.delenv("FILMKRITIK_DEBUG", raising=False)
    result = runner.invoke(app, ["films", "--db", str(stored)])
    assert result.exit_code == 1
    assert errors_of(result) == [
        "filmkritik: error: unexpected ZeroDivisionError: division by zero; this is a bug in filmkritik: please "
        "report it with the command that caused it (FILMKRITIK_DEBUG=1 shows the traceback)"
    ]
    monkeypatch.setenv("FILMKRITIK_DEBUG", "1")
    assert isinstance(runner.invoke(app, ["films", "--db", str(stored)]).exception, ZeroDivisionError)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"{\\rtf1\\ansi\\deff0 Ein stiller Film.\\par}", "an RTF document"),
        (b"\xd0\xcf\x11\xe0" + b"\0" * 600, "an old Word or Excel document"),
    ],
)
def test_rtf_and_old_office_documents_are_named(tmp_path: Path, data: bytes, what: str) -> None:
    # An RTF review was read with its control words ("{\\rtf1\\ansi ... \\par") as a film review.
    document = tmp_path / "review.doc"
    document.write_bytes(data)
    result = runner.invoke(app, ["read", str(document)])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {document}: this is {what}, not text; convert it to text or HTML first"
    ]
