"""Robustness audit 17: what a user sees when input, gold files, hints, ids or folders are bad.

Each test runs the command (or the HTTP API) as a user would and checks the one error line on stderr,
the exit code, and that the good inputs beside the bad ones are still read or stored.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import filmkritik
from filmkritik.cli import app
from filmkritik.web import create_app

runner = CliRunner()

# Invented reviews (no film, person or sentence from the development texts).
REVIEW_DE = (
    "„Die Glocken von Halmstett“: Ein stilles Meisterwerk\n\n"
    "Die Regisseurin Annelie Vosskamp erzählt in ihrem zweiten Spielfilm von der Küsterin Grete (Hanna Liebold), "
    "die in einem Dorf an der Oder die letzten Glocken läutet. Ihr Bruder Konrad (Till Ostermeier) will das Haus "
    "verkaufen.\n\nLiebold spielt die Küsterin mit großer Zurückhaltung und einer Wärme, die lange nachwirkt. "
    "Die Kamera findet wunderbare Bilder im Morgennebel. Nur das Drehbuch verliert sich gegen Ende.\n\n"
    "Fazit: Ein sehenswerter, berührender Film. Bewertung: 4 von 5 Sternen"
)
REVIEW_EN = (
    '"The Lantern Keepers" review: a quiet triumph\n\n'
    'Directed by Corwin Ashdale, "The Lantern Keepers" follows Mabel (Juno Harrow), a lighthouse keeper whose '
    "brother Silas (Dev Kettering) wants to sell the tower.\n\nHarrow gives a tender, precise performance, and the "
    "cinematography is gorgeous. The script sags in the third act, but this is a moving film.\n\nRating: 4/5"
)


def errors_of(result: object) -> list[str]:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr + result.output  # type: ignore[attr-defined]
    return [line for line in stderr.splitlines() if line.startswith("filmkritik: error:")]


def paragraphs(text: str) -> str:
    return "".join(f"<p>{p}</p>" for p in text.split("\n\n"))


# --- filmkritik read -------------------------------------------------------------------------------------


def test_html_fragment_is_read_with_its_heading(tmp_path: Path) -> None:
    # A page body without <html>/<body> (a pasted article, a corpus's html column) had "no readable main text".
    page = tmp_path / "fragment.html"
    head, rest = REVIEW_EN.split("\n\n", 1)
    page.write_text(f"<h1>{head}</h1>{paragraphs(rest)}", encoding="utf-8")
    result = runner.invoke(app, ["read", str(page), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["text"].startswith('"The Lantern Keepers" review')
    assert record["film"]["title"]["text"] == "The Lantern Keepers"


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.jsonl", b"", "the file is empty"),
        ("blank.jsonl", b"\n\n", "no rows in it"),
        ("none.rss", b'<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>', "no entries in it"),
        ("empty.warc", b"", "the file is empty"),
    ],
)
def test_a_container_with_no_review_is_an_error(tmp_path: Path, name: str, content: bytes, says: str) -> None:
    # These printed nothing and exited 0: a script could not tell an empty corpus from a read one.
    path = tmp_path / name
    path.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(REVIEW_DE, encoding="utf-8")
    result = runner.invoke(app, ["read", str(path), str(good), "-f", "jsonl"])
    assert result.exit_code == 2
    assert errors_of(result) == [f"filmkritik: error: {path}: {says}" + errors_of(result)[0].split(says, 1)[1]]
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()] == [str(good)]


def test_random_bytes_are_binary_not_damaged_utf8(tmp_path: Path) -> None:
    path = tmp_path / "noise.dat"
    path.write_bytes(bytes(range(1, 256)) * 40)  # no NUL byte, many valid UTF-8 pairs by chance
    result = runner.invoke(app, ["read", str(path)])
    assert result.exit_code == 2
    assert errors_of(result) == [f"filmkritik: error: {path}: binary data, not text; give a review as text or HTML"]


def test_a_broken_warc_is_one_short_line(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(bytes(range(1, 256)) * 20)
    result = runner.invoke(app, ["read", str(path)])
    assert result.exit_code == 2
    (line,) = errors_of(result)
    assert line == (
        f"filmkritik: error: {path}: not a readable WARC file (Unknown archive format); check that it is WARC or WARC.gz"
    )


def test_lone_surrogate_is_read_not_a_crash() -> None:
    record = filmkritik.read_text(REVIEW_EN + " \ud800")
    assert record.text.endswith("\ufffd")
    assert record.film.title is not None and record.film.title.text == "The Lantern Keepers"


def test_pretty_view_into_a_closed_pipe_exits_0(tmp_path: Path) -> None:
    # rich exited 1 when `head` closed the pipe; the JSON formats exit 0 there.
    inputs = []
    for n in range(3):
        inputs.append(tmp_path / f"r{n}.txt")
        inputs[-1].write_text(REVIEW_DE, encoding="utf-8")
    script = (
        f"{sys.executable} -m filmkritik read {' '.join(map(str, inputs))} -f pretty | head -c 10 >/dev/null; "
        "exit ${PIPESTATUS[0]}"
    )
    completed = subprocess.run(["bash", "-c", script], capture_output=True, timeout=300)
    assert completed.returncode == 0, completed.stderr.decode()
    assert b"Traceback" not in completed.stderr


# --- filmkritik eval ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ({"text": "Ein Film.", "gold": {"film_title": 5}}, "review bad-1: `film_title` must be a string or null"),
        ({"text": "Ein Film.", "gold": {"cast": [["Ilse"]]}}, "`cast` must be a list of [character, actor] pairs"),
        ({"text": "Ein Film.", "gold": {"verdict": "great"}}, "`verdict` 'great' must be positive, mixed or negative"),
        ({"text": "Ein Film.", "gold": {"rating": {"value": "4"}}}, '`rating` must be like {"value": 4'),
        ({"text": "Ein Film.", "gold": {"cast": 5}}, "a review's gold is not in the gold format"),
        ({"text": "Ein Film.", "gold": "positive"}, "a review's gold is not in the gold format"),
        (None, "no reviews in it"),
    ],
)
def test_malformed_gold_is_one_line_not_a_traceback(tmp_path: Path, line: object, says: str) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text("" if line is None else json.dumps(line) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 2
    (error,) = errors_of(result)
    assert error.startswith(f"filmkritik: error: {gold}: ") and says in error
    assert result.stdout == ""


# --- the HTTP API ----------------------------------------------------------------------------------------


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app_ = create_app(str(tmp_path / "web.db"), posts_per_minute=10_000, post_burst=10_000)
    with TestClient(app_, raise_server_exceptions=False) as client:
        yield client


def test_api_lone_surrogate_is_read_not_500(client: TestClient) -> None:
    body = json.dumps({"text": REVIEW_EN + " \\ud800"}).replace("\\\\ud800", "\\ud800")
    response = client.post("/api/read", content=body.encode("ascii"), headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["text"].endswith("\ufffd")


def test_api_html_fragment_is_read(client: TestClient) -> None:
    response = client.post("/api/read", json={"html": paragraphs(REVIEW_DE)})
    assert response.status_code == 200
    assert response.json()["film"]["title"]["text"] == "Die Glocken von Halmstett"


def test_a_malformed_url_is_one_line() -> None:
    # httpx.InvalidURL is no httpx.HTTPError: it escaped as a traceback with exit 1.
    result = runner.invoke(app, ["read", "http://[::1"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        "filmkritik: error: http://[::1: not a valid URL (Invalid port: ':1'); check it, or quote it in the shell"
    ]


def test_batch_out_that_is_a_file_is_refused(tmp_path: Path) -> None:
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_DE, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(review), "--out", str(review), "-q", "-w", "1"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {review}: is a file; give a folder for --out (it is created if missing)"
    ]
    assert review.read_text(encoding="utf-8") == REVIEW_DE


def test_utf32_with_a_byte_order_mark_is_text(tmp_path: Path) -> None:
    # Its BOM begins with UTF-16's: it was decoded as UTF-16 and read as NUL-riddled noise (language "da").
    path = tmp_path / "review32.txt"
    path.write_bytes(REVIEW_DE.encode("utf-32"))
    result = runner.invoke(app, ["read", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["text"] == REVIEW_DE
    assert record["language"] == "de"
