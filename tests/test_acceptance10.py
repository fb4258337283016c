"""Acceptance pass 10: what a new user ran into, each checked as that user would see it.

Every text here is written for this file (fictional films and people).
"""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.eval import Report
from filmkritik.eval.score import Counts
from filmkritik.ingest.decode import decode_bytes

runner = CliRunner()

REVIEW = (
    "„Die Glasbläserin von Murnau“ ist der zweite Spielfilm von Anselm Vogtherr. "
    "Er erzählt von Theres (Johanna Kieferle), die nach dem Tod ihres Vaters die Glashütte weiterführt. "
    "Johanna Kieferle spielt mit großer Genauigkeit und stiller Kraft, die Kamera findet warme Bilder. "
    "Ein berührender, sehenswerter Film über Handwerk und Herkunft.\n"
)


def _error_lines(result: Any) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("filmkritik: error:")]


# --- ingest: UTF-16 saved without a byte-order mark is text, not "binary data" ---------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(encoding: str) -> None:
    assert decode_bytes(REVIEW.encode(encoding), "review.txt") == REVIEW


def test_utf16_without_bom_is_read_by_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "kritik.txt"
    path.write_bytes(REVIEW.encode("utf-16-le"))
    result = runner.invoke(app, ["read", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["text"].startswith("„Die Glasbläserin von Murnau“")


def test_binary_with_nul_bytes_is_still_refused() -> None:
    from filmkritik.errors import InputError

    data = bytes(range(256)) * 16  # NULs at both parities: not UTF-16 text
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, "blob.bin")
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x00" * 1000, "zeros.bin")


# --- kb: read commands on a mistyped --db, and databases filmkritik cannot use ----------------


@pytest.mark.parametrize("command", [["films"], ["film", "Irgendein Film"], ["export", "--format", "csv"]])
def test_read_commands_refuse_a_database_path_that_does_not_exist(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "sub" / "reveiws.db"
    result = runner.invoke(app, [*command, "--db", str(typo)])
    assert result.exit_code == 4
    lines = _error_lines(result)
    assert len(lines) == 1 and "no knowledge base there" in lines[0] and str(typo) in lines[0]
    assert not typo.exists() and not typo.parent.exists()  # nothing created at the typo


def test_unsupported_database_says_which_ones_work() -> None:
    result = runner.invoke(app, ["films", "--db", "mysql://user:secret@db.example/kb"])
    assert result.exit_code == 4
    (line,) = _error_lines(result)
    assert "SQLite or PostgreSQL" in line and "secret" not in line


# --- export: whole or not at all --------------------------------------------------------------


@pytest.fixture
def kb_db(tmp_path: Path) -> str:
    db = str(tmp_path / "kb.db")
    from filmkritik.kb import KnowledgeBase

    with KnowledgeBase.open(db):
        pass
    return db


def _disk_full(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_csv_export_on_a_full_disk_keeps_the_earlier_export(
    tmp_path: Path, kb_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "films.csv"
    target.write_text("the export of yesterday\n", encoding="utf-8")

    def half_then_full(rows: Any, columns: Any, handle: Any) -> None:
        handle.write("id,title\n1,Half a")
        _disk_full()

    monkeypatch.setattr("filmkritik.kb.export.write_csv", half_then_full)
    result = runner.invoke(app, ["export", "--db", kb_db, "--format", "csv", "--out", str(target)])
    assert result.exit_code == 5
    assert _error_lines(result) == ["filmkritik: error: no space left on the device; free some space and run again"]
    assert target.read_text(encoding="utf-8") == "the export of yesterday\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_parquet_export_failure_does_not_delete_the_target(
    tmp_path: Path, kb_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pyarrow deletes a *path* it fails to write; the earlier export must survive.
    target = tmp_path / "films.parquet"
    target.write_bytes(b"earlier export")
    # Fail inside pyarrow's own writer, where its clean-up runs.
    monkeypatch.setattr("pyarrow.parquet.ParquetWriter.write_table", _disk_full)
    result = runner.invoke(app, ["export", "--db", kb_db, "--format", "parquet", "--out", str(target)])
    assert result.exit_code == 5
    assert target.read_bytes() == b"earlier export"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_writes_a_complete_file_with_an_ordinary_mode(tmp_path: Path, kb_db: str) -> None:
    target = tmp_path / "films.csv"
    result = runner.invoke(app, ["export", "--db", kb_db, "--format", "csv", "--out", str(target)])
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("id,title,")
    assert target.stat().st_mode & 0o044  # readable by others as a plain open() would make it, not 0600


def test_export_into_a_missing_folder_names_the_folder(tmp_path: Path, kb_db: str) -> None:
    target = tmp_path / "no-such-folder" / "films.csv"
    result = runner.invoke(app, ["export", "--db", kb_db, "--format", "csv", "--out", str(target)])
    assert result.exit_code == 1
    (line,) = _error_lines(result)
    assert str(target.parent) in line and "no such folder" in line


# --- batch: a mistyped input and Ctrl-C -------------------------------------------------------


def test_batch_refuses_a_missing_input_before_starting(tmp_path: Path) -> None:
    out = tmp_path / "records"
    result = runner.invoke(app, ["batch", str(tmp_path / "kritiken-typo"), "--out", str(out), "-q"])
    assert result.exit_code == 2
    (line,) = _error_lines(result)
    assert "kritiken-typo: no such file or folder" in line
    assert not out.exists()


def test_batch_interrupted_says_how_to_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(REVIEW, encoding="utf-8")

    def interrupted(*_args: Any, **_kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("filmkritik.scale.batch.run_batch", interrupted)
    out = tmp_path / "records"
    result = runner.invoke(app, ["batch", str(tmp_path / "a.txt"), "--out", str(out), "-q"])
    assert result.exit_code == 130
    (line,) = _error_lines(result)
    assert "run the same command again to resume" in line


# --- eval: a field nobody has is not a score of zero ------------------------------------------


def test_eval_table_shows_a_dash_for_fields_with_nothing_to_score() -> None:
    from filmkritik.cli.eval_view import print_report

    report = Report(name="gold.json", reviews=1, seconds=1.0)
    report.fields["year"] = Counts()
    report.fields["directors"] = Counts(tp=1)
    console = Console(record=True, width=100)
    print_report(report, console)
    lines = {line.split()[0]: line.split()[1:] for line in console.export_text().splitlines() if line.strip()}
    assert lines["year"][:3] == ["-", "-", "-"]
    assert lines["directors"][:3] == ["1.000", "1.000", "1.000"]


# --- read: a feed or a corpus named to `read` gives one record per review in it ----------------

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Filmblatt</title><link>https://filmblatt.example/</link>
<item><title>Kritik: Die Glasbläserin von Murnau</title><link>https://filmblatt.example/a</link>
<description>Johanna Kieferle spielt die Glasbläserin mit großer Genauigkeit. Ein berührender, sehenswerter Film.
Bewertung: 4 von 5 Sternen</description></item>
<item><title>Kritik: Der Nebelfänger</title><link>https://filmblatt.example/b</link>
<description>Ein zäher, langweiliger Film, der nie in Fahrt kommt. Bewertung: 1 von 5 Sternen</description></item>
</channel></rss>
"""


def test_read_a_feed_gives_one_record_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "filmblatt.rss"
    path.write_text(FEED, encoding="utf-8")
    result = runner.invoke(app, ["read", str(path)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["kind"] for r in records] == ["feed", "feed"]
    assert [r["source"]["path"] for r in records] == [f"{path}#entry=1", f"{path}#entry=2"]
    assert [r["verdict"]["score"] for r in records] == [80, 20]


def test_read_a_corpus_reports_a_bad_row_and_prints_the_good_one(tmp_path: Path) -> None:
    path = tmp_path / "kritiken.jsonl"
    good = {"text": REVIEW + "Bewertung: 4 von 5 Sternen\n", "critic": "Ada Kern"}
    path.write_text(json.dumps(good, ensure_ascii=False) + '\n{"body": "no text column"}\n', encoding="utf-8")
    result = runner.invoke(app, ["read", str(path), "--format", "jsonl"])
    assert result.exit_code == 2
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"]["kind"] == "corpus" and record["source"]["author"] == "Ada Kern"
    (line,) = _error_lines(result)
    assert f"{path}#row=2" in line


# --- URLs: a page that never ends is refused while it streams, not held in memory -------------


def test_url_over_the_size_limit_is_refused_while_streaming(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    from filmkritik.errors import InputError
    from filmkritik.ingest.load import load_url

    sent = 0

    def endless() -> Any:
        nonlocal sent
        chunk = b"Ein Satz \xc3\xbcber einen Film. " * 4000
        while True:  # chunked, no Content-Length: only counting the bytes can stop it
            sent += len(chunk)
            yield chunk

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=endless())

    real_client = httpx.Client
    monkeypatch.setattr(httpx, "Client", lambda **kw: real_client(transport=httpx.MockTransport(handler), **kw))
    with pytest.raises(InputError, match="more than 10 MB"):
        load_url("http://kino.example/endlos")
    assert sent < 12 * 1024 * 1024


# --- web: a bad hint on the store form is not "the text could not be read" -------------------


def test_store_form_with_a_bad_hint_says_not_stored_not_unreadable(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from filmkritik.kb import KnowledgeBase
    from filmkritik.web import create_app
    from web_support import csrf_of

    with (
        KnowledgeBase.open(str(tmp_path / "kb.db")) as kb,
        TestClient(create_app(kb=kb), headers={"accept-language": "en"}) as client,
    ):
        token = csrf_of(client)
        response = client.post("/reviews", data={"text": REVIEW, "csrf": token, "year": "bald"})
        assert response.status_code == 422
        assert "Not stored: year hint" in response.text
        assert "could not be read" not in response.text
        assert kb.count_reviews() == 0


# --- serve: a port in use is one line, not "serving on ..." followed by uvicorn's error ---------


def test_serve_on_a_port_in_use_says_so_in_one_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", str(tmp_path / "kb.db"), "--port", str(port)])
    assert result.exit_code == 1
    assert "serving on" not in result.stderr
    (line,) = _error_lines(result)
    assert f"cannot listen on 127.0.0.1:{port}" in line and "pick another --port" in line


# --- read: a record saved by `read -f json` is shown again, not read as a review ---------------


def test_read_a_saved_record_shows_it_again(tmp_path: Path) -> None:
    review = tmp_path / "kritik.txt"
    review.write_text(REVIEW, encoding="utf-8")
    first = runner.invoke(app, ["read", str(review), "--format", "json"])
    assert first.exit_code == 0, first.stderr
    saved = tmp_path / "kritik.json"
    saved.write_text(first.stdout, encoding="utf-8")
    again = runner.invoke(app, ["read", str(saved), "--format", "json"])
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout) == json.loads(first.stdout)  # not a new record with JSON syntax as its text
