"""``filmkritik serve``: options, a clear error for a bad database, and a live server."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from filmkritik.cli import app

SERVE = [sys.executable, "-c", "from filmkritik.cli import main; main()", "serve"]


def test_serve_documents_its_options() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--read-only", "--token"):
        assert option in result.output


def test_serve_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_text("these are my notes, not a database\n" * 100)
    result = subprocess.run([*SERVE, "--db", str(foreign), "--port", "1"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("filmkritik: error:")
    assert foreign.read_text().startswith("these are my notes")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_serve_answers_and_honours_read_only(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "FILMKRITIK_DB": str(tmp_path / "kb.db")}
    server = subprocess.Popen([*SERVE, "--port", str(port), "--read-only"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"{base}/api/films", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "filmkritik serve did not start"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["total"] == 0
        assert httpx.post(f"{base}/api/reviews", json={"text": "Ein Film."}, timeout=30).status_code == 403
        assert httpx.get(f"{base}/", timeout=5).status_code == 200
        # Over a real socket too, a 30 MB body is refused with 413 (not a reset, not a 5xx).
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        big = b'{"text": "' + b"a" * (30 * 1024 * 1024) + b'"}'
        connection.request("POST", "/api/read", body=big, headers={"content-type": "application/json"})
        assert connection.getresponse().status == 413
        connection.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
