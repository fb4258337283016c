"""Robustness audit 17: what a user sees when input, gold files, hints, ids or folders are bad.

Each test runs the command (or the HTTP API) as a user would and checks the one error line on stderr,
the exit code, and that the good inputs beside the bad ones are still read or stored.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import filmkritik
from filmkritik.cli import app
from filmkritik.kb import KnowledgeBase
from filmkritik.web import create_app
from reading_support import errors_of

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
HUGE_ID = "99999999999999999999"


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
        ({"text": "Ein Film.", "gold": {"film_title": 5}}, ":1: `film_title` must be a string or null"),
        ({"text": "Ein Film.", "gold": {"cast": [["Ilse"]]}}, "`cast` must be a list of [character, actor] pairs"),
        ({"text": "Ein Film.", "gold": {"verdict": "great"}}, "`verdict` 'great' must be positive, mixed or negative"),
        ({"text": "Ein Film.", "gold": {"rating": {"value": "4"}}}, '`rating` must be like {"value": 4'),
        ({"text": "Ein Film.", "gold": {"cast": 5}}, "`cast` must be a list of [character, actor] pairs, not 5"),
        ({"text": "Ein Film.", "gold": "positive"}, '`gold` must be an object, not "positive"'),
        (None, "no reviews in it"),
    ],
)
def test_malformed_gold_is_one_line_not_a_traceback(tmp_path: Path, line: object, says: str) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text("" if line is None else json.dumps(line) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 2
    (error,) = errors_of(result)
    # Round 18 moved these checks into eval/gold.py, whose messages name the line (bad.jsonl:1: ...).
    assert error.startswith(f"filmkritik: error: {gold}") and says in error
    assert result.stdout == ""


# --- the knowledge base ------------------------------------------------------------------------------


def test_bad_year_hints_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    # A year of 20 digits crashed the whole run with a traceback (and a float overflow in "1e400" too).
    rows = tmp_path / "rows.jsonl"
    lines = [
        {"text": REVIEW_DE, "film": "Die Glocken von Halmstett", "year": 99999999999999999999},
        {"text": REVIEW_DE, "film": "Die Glocken von Halmstett", "year": "1e400"},
        {"text": REVIEW_DE, "film": "Die Glocken von Halmstett", "year": 19},
        {"text": REVIEW_EN, "film": "The Lantern Keepers", "year": 2024, "critic": "Ada Pohl", "rating": float("nan")},
        {"text": REVIEW_EN, "film": "The Lantern Keepers", "year": 2024},
    ]
    rows.write_text("".join(json.dumps(row) + "\n" for row in lines), encoding="utf-8")
    db = tmp_path / "kb.db"
    result = runner.invoke(app, ["add", str(rows), "--db", str(db), "-q"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {rows}#row=1: year hint 99999999999999999999 is not a year; give e.g. 2019",
        f"filmkritik: error: {rows}#row=2: year hint '1e400' is not a year; give e.g. 2019",
        f"filmkritik: error: {rows}#row=3: year hint 19 is not a year; give e.g. 2019",
        f"filmkritik: error: {rows}#row=4: rating hint nan is not a rating; give e.g. 3.5/5, B-, 8/10 or 0-100",
    ]
    assert "added 1 review, 0 already stored, 4 failed" in result.stderr
    with KnowledgeBase.open(str(db)) as kb:
        assert [f["year"] for f in kb.list_films()] == [2024]


def test_add_names_the_row_whose_html_has_no_text(tmp_path: Path) -> None:
    rows = tmp_path / "pages.jsonl"
    rows.write_text(
        json.dumps({"html": "<html><body><script>var a = 1;</script></body></html>"})
        + "\n"
        + json.dumps({"html": paragraphs(REVIEW_EN)})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["add", str(rows), "--db", str(tmp_path / "kb.db"), "-q"])
    assert result.exit_code == 2
    assert errors_of(result) == [f"filmkritik: error: {rows}#row=1: the HTML page has no readable main text"]
    assert "added 1 review," in result.stderr  # the fragment in row 2 is read


def feed_file(folder: Path) -> Path:
    def item(title: str, text: str) -> str:
        escaped = paragraphs(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f"<item><title>{title}</title><description>{escaped}</description></item>"

    path = folder / "blog.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Filmblog</title>'
        + item("Lantern", REVIEW_EN)
        + "<item><title>Empty</title></item>"
        + item("Glocken", REVIEW_DE)
        + "</channel></rss>",
        encoding="utf-8",
    )
    return path


def warc_file(folder: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = folder / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        # Another critic's review of the same film (the feed holds the first): a second review, not a duplicate.
        second = REVIEW_DE.replace("Bewertung: 4 von 5", "Bewertung: 3 von 5")
        for url, body in (("http://kritik.test/a", f"<html><body>{paragraphs(second)}</body></html>"),):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
    return path


def test_add_reads_feeds_and_crawls_like_read(tmp_path: Path) -> None:
    # `add blog.rss` read the feed's XML as one HTML page ("no readable main text"); a WARC as gzip data.
    feed, crawl, db = feed_file(tmp_path), warc_file(tmp_path), tmp_path / "kb.db"
    result = runner.invoke(app, ["add", str(feed), str(crawl), "--db", str(db), "-q"])
    assert result.exit_code == 2
    assert errors_of(result) == [f"filmkritik: error: {feed}#entry=2: the feed entry has no content or summary"]
    assert "added 3 reviews, 0 already stored, 1 failed" in result.stderr
    again = runner.invoke(app, ["add", str(feed), str(crawl), "--db", str(db), "-q"])
    assert "added 0 reviews, 3 already stored" in again.stderr
    with KnowledgeBase.open(str(db)) as kb:
        assert sorted(f["title"] for f in kb.list_films()) == ["Die Glocken von Halmstett", "The Lantern Keepers"]


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    db = tmp_path / "kb.db"
    with KnowledgeBase.open(str(db)) as kb:
        kb.add_text(REVIEW_DE)
    return db


@pytest.mark.parametrize("query", [HUGE_ID, "²"])
def test_film_with_a_number_no_row_can_have(stored: Path, query: str) -> None:
    # 20 digits overflowed SQLite's integer (a traceback); "²" is a digit to str.isdigit but not to int().
    result = runner.invoke(app, ["film", query, "--db", str(stored)])
    assert result.exit_code == 1
    assert errors_of(result) == [f"filmkritik: error: no film matches {query!r}; list them with `filmkritik films`"]


def test_film_with_an_empty_query_is_refused(stored: Path) -> None:
    result = runner.invoke(app, ["film", " ", "--db", str(stored)])
    assert result.exit_code == 2
    assert errors_of(result)[0].startswith("filmkritik: error: give a film id or a title")


def test_imdb_file_that_is_no_dump_is_refused(stored: Path, tmp_path: Path) -> None:
    # Random bytes under a dump's name loaded "0 names" with exit 0.
    folder = tmp_path / "imdb"
    folder.mkdir()
    (folder / "name.basics.tsv.gz").write_bytes(bytes(range(1, 256)) * 4)
    (folder / "title.basics.tsv.gz").write_bytes(gzip.compress(b"garbage\tcolumns\nx\ty\n"))
    result = runner.invoke(app, ["imdb", "load", str(folder), "--db", str(stored)])
    assert result.exit_code == 2
    (error,) = errors_of(result)
    assert error.startswith(f"filmkritik: error: {folder / 'title.basics.tsv.gz'}: not an IMDb TSV")
    with KnowledgeBase.open(str(stored)) as kb:
        assert len(kb.list_films()) == 1


def test_a_read_only_folder_is_named_as_the_cause(stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from filmkritik.kb import store

    engine = store.create_engine(str(stored))
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode: False if Path(path) == stored.parent else real_access(path, mode)
    )
    # Round 18: the read-only commands now read such a database where it is; only writing needs a copy.
    assert store._read_only_hint(engine) == (
        f" ({stored.parent} is read-only, and writing needs SQLite's -wal and -shm files beside the database: "
        "copy it to a writable folder to add to it; films, film, export and serve read it where it is)"
    )


def test_export_into_an_unwritable_folder_names_the_file(stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(30, "Read-only file system", str(stored.parent / ".films.csv.x1y2.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = stored.parent / "films.csv"
    result = runner.invoke(app, ["export", "--db", str(stored), "-f", "csv", "--out", str(out)])
    assert result.exit_code == 1
    assert errors_of(result) == [f"filmkritik: error: {out}: Read-only file system"]
    assert not out.exists()


# --- the HTTP API ----------------------------------------------------------------------------------------


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app_ = create_app(str(tmp_path / "web.db"), posts_per_minute=10_000, post_burst=10_000)
    with TestClient(app_, raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("path", [f"/api/films/{HUGE_ID}", f"/api/films/{HUGE_ID}/jsonld", f"/api/reviews/{HUGE_ID}"])
def test_api_huge_id_is_404_not_500(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["detail"].startswith("there is no ")


@pytest.mark.parametrize("path", [f"/films/{HUGE_ID}", f"/reviews/{HUGE_ID}"])
def test_page_huge_id_is_404_not_500(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_api_lone_surrogate_is_read_not_500(client: TestClient) -> None:
    body = json.dumps({"text": REVIEW_EN + " \\ud800"}).replace("\\\\ud800", "\\ud800")
    response = client.post("/api/read", content=body.encode("ascii"), headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["text"].endswith("\ufffd")


def test_api_huge_year_hint_is_422_not_500(client: TestClient) -> None:
    response = client.post("/api/reviews", json={"text": REVIEW_DE, "hints": {"year": int(HUGE_ID)}})
    assert response.status_code == 422
    assert response.json()["detail"] == f"year hint {HUGE_ID} is not a year; give e.g. 2019"
    assert client.get("/api/films").json()["total"] == 0


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


def test_films_query_that_matches_nothing_says_so(stored: Path) -> None:
    # It said "no films yet: add reviews" beside a knowledge base that holds films.
    result = runner.invoke(app, ["films", "Zzyzx", "--db", str(stored)])
    assert result.exit_code == 0
    assert result.stdout.strip() == "no film matches 'Zzyzx'; list them all with `filmkritik films`"


def test_interrupted_add_says_the_stored_reviews_are_whole(
    stored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import filmkritik.kb.adding

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(filmkritik.kb.adding, "add_paths", interrupted)
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    result = runner.invoke(app, ["add", str(review), "--db", str(stored), "-q"])
    assert result.exit_code == 130
    assert errors_of(result) == [
        "filmkritik: error: interrupted; every review stored so far is complete: run the same command again to add "
        "the rest"
    ]
