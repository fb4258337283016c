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
