"""`filmkritik read` as a user runs it: formats, many inputs, and bad inputs beside good ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from filmkritik.cli import app

runner = CliRunner()


def test_json_is_the_record_contract(example_de: Path) -> None:
    result = runner.invoke(app, ["read", str(example_de), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["schema"] == "filmkritik.review/1"
    assert record["language"] == "de"
    assert record["source"]["path"] == str(example_de)
    assert set(record) >= {"source", "text", "is_review", "film", "mentions", "movements", "verdict", "warnings"}
    for key in ("title", "original_title", "local_titles", "year", "directors", "cast", "actors", "distributor"):
        assert key in record["film"]


def test_jsonl_keeps_input_order(example_de: Path, example_en: Path) -> None:
    result = runner.invoke(app, ["read", str(example_en), str(example_de), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in lines] == [str(example_en), str(example_de)]
    assert [r["language"] for r in lines] == ["en", "de"]


def test_pretty_shows_the_verdict(example_de: Path) -> None:
    result = runner.invoke(app, ["read", str(example_de), "--format", "pretty"])
    assert result.exit_code == 0, result.output
    assert "verdict:" in result.stdout


def test_bad_inputs_each_get_one_line_and_the_rest_is_processed(tmp_path: Path, example_de: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01")
    bad = [str(empty), str(pdf), str(tmp_path / "missing.txt"), str(tmp_path), "http://127.0.0.1:9/review"]
    result = runner.invoke(app, ["read", *bad, str(example_de), "--format", "jsonl"])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("filmkritik: error:")]
    assert len(errors) == len(bad)
    assert "Traceback" not in result.output + result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"]["path"] == str(example_de)


def test_stdin_and_console_script(example_en: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "filmkritik", "read", "-", "--format", "json"],
        input=example_en.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    assert json.loads(completed.stdout)["language"] == "en"


def test_a_french_review_gets_a_warning_and_a_best_effort(tmp_path: Path) -> None:
    path = tmp_path / "critique.txt"
    path.write_text(
        "Le nouveau film de la réalisatrice Claire Dumont est une comédie douce et amère. "
        "Les acteurs sont excellents, mais le scénario manque de rythme et la fin est prévisible. "
        "On sort de la salle avec le sourire, malgré tout.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["read", str(path), "--format", "json"])
    record = json.loads(result.stdout)
    assert record["language"] == "fr"
    assert any(w["kind"] == "unsupported_language" for w in record["warnings"])


def test_a_url_is_fetched_and_its_html_read(tmp_path: Path) -> None:
    import http.server
    import threading

    page = (
        "<html><head><title>Kritik: Die Uhr am Deich</title></head><body><article>"
        "<h1>Die Uhr am Deich</h1><p>Die Regisseurin Jana Brenner erzählt in „Die Uhr am Deich“ von einem "
        "Uhrmacher (Tom Weller), der seine Werkstatt verliert. Tom Weller spielt ihn mit großer Ruhe, und die "
        "Bilder des Wattenmeers sind wunderschön. Ein berührender, kluger Film.</p></article></body></html>"
    ).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/kritik"
        result = runner.invoke(app, ["read", url, "--format", "json"])
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"]["kind"] == "url" and record["source"]["url"] == url
    assert record["film"]["title"]["text"] == "Die Uhr am Deich"
