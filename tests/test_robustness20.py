"""Robustness audit 20: round 19's leftovers and what a demanding new user met next.

Source code and `tree` output are refused as no prose; a search of punctuation alone no longer lists every film;
`serve --read-only` on a missing file creates nothing; an in-memory database serves a threaded server; a file
size limit that cuts standard output is an error, not exit 0; SIGTERM stops a server as Ctrl-C does.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
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
    "The Saltmarsh Organist\n\n"
    "Director Wenna Kerrow follows a church musician, Tamsin (Loveday Pascoe), through the last winter of her "
    "parish. Her nephew Jory (Ked Trevail) wants to sell the organ.\n\n"
    "Pascoe is quietly superb, and the camera finds a raw beauty in the marsh and the nave. The last act drags a "
    "little, but this is a warm, well-acted film.\n\nRating: 4/5"
)
REVIEW_DE = (
    "Die Glocken von Wernshagen\n\n"
    "Regisseurin Henrike Bollmann erzählt von der Küsterin Almut (Gesa Riedhammer), die den Turm ihres Dorfes "
    "retten will. Ihr Bruder Lorenz (Till Obermaier) hält das für sinnlos.\n\n"
    "Riedhammer spielt das mit großer Ruhe, die Bilder sind kalt und schön. Ein stiller, sehenswerter Film.\n\n"
    "Wertung: 4 von 5 Sternen"
)

PYTHON = '''"""Count the words of a file."""

import sys
from collections import Counter


def main() -> None:
    counts = Counter()
    with open(sys.argv[1], encoding="utf-8") as handle:
        for line in handle:
            counts.update(line.split())
    for word, n in counts.most_common(10):
        print(word, n)


if __name__ == "__main__":
    main()
'''
JAVASCRIPT = """// A small list widget
import { render } from "./render.js";

const items = [];
let count = 0;

function add(item) {
  items.push(item);
  count += 1;
  return count;
}
"""
C_SOURCE = """#include <stdio.h>

/* Count the lines of a file. */
int main(int argc, char **argv)
{
    FILE *f = fopen(argv[1], "r");
    int c, n = 0;
    while ((c = fgetc(f)) != EOF)
        if (c == '\\n')
            n++;
    printf("%d\\n", n);
    return 0;
}
"""
SHELL = """#!/bin/sh
set -e
for f in *.txt; do
    if [ -s "$f" ]; then
        echo "$f"
    fi
done
exit 0
"""
TREE = """.
├── README.md
├── src
│   ├── app.py
│   └── util
│       └── io.py
└── tests
    └── test_app.py

3 directories, 4 files
"""
TREE_ASCII = """kritiken
|-- eins.txt
|-- alt
|   `-- zwei.txt
`-- drei.html

1 directory, 3 files
"""


def _cli(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    options: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run(
        [sys.executable, "-c", "from filmkritik.cli import main; main()", *args],
        text=True,
        timeout=300,
        **options,  # type: ignore[call-overload]
    )


# --- source code and `tree` output are no prose ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (PYTHON, "source code"),
        (JAVASCRIPT, "source code"),
        (C_SOURCE, "source code"),
        (SHELL, "source code"),
        (TREE, "a directory listing"),
        (TREE_ASCII, "a directory listing"),
    ],
)
def test_source_code_and_tree_output_are_named(text: str, what: str) -> None:
    # Python source was a film review with confidence 0.949; `tree` output passed the check too.
    assert not_prose(text) == what
    with pytest.raises(InputError, match=f"this is {what}, not the text of a review"):
        load_text(text)


@pytest.mark.parametrize(
    "text",
    [
        REVIEW_EN,
        REVIEW_DE,
        # Lower-case prose whose lines start with keywords of programming languages.
        "if this film were a dog, you would put it to sleep.\nif it were a couch, you would put it out.\n"
        "if it were a ship, it would sink.\nfor whatever reason the cinema was cold.\n"
        "while the credits rolled we left.\nelse nothing happened.\n",
        # Tokenized prose whose lines end with "&nbsp ;".
        "why bring him back at all ? &nbsp ;\nwhy the lone trio ? &nbsp ;\nstill , they vanish . &nbsp ;\n"
        "&nbsp ; 2 . &nbsp ;\nthe show never answers . &nbsp ;\nyes . &nbsp ;\n",
        # A credits block and a rating.
        "Regie: Henrike Bollmann\nDrehbuch: Henrike Bollmann; Till Obermaier\nKamera: Jens Albers\n"
        "Mit: Gesa Riedhammer, Till Obermaier\nLänge: 98 Minuten\nWertung: 4/5\n",
    ],
)
def test_prose_with_code_like_lines_is_not_refused(text: str) -> None:
    assert not_prose(text) is None


def test_source_code_given_to_read_is_one_line_and_the_rest_is_read(tmp_path: Path) -> None:
    code, tree, review = tmp_path / "count.py", tmp_path / "tree.txt", tmp_path / "review.txt"
    code.write_text(PYTHON, encoding="utf-8")
    tree.write_text(TREE, encoding="utf-8")
    review.write_text(REVIEW_EN, encoding="utf-8")
    result = runner.invoke(app, ["read", str(code), str(tree), str(review), "-f", "jsonl"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {code}: this is source code, not the text of a review; give the text of a review "
        "(a program is not read)",
        f"filmkritik: error: {tree}: this is a directory listing, not the text of a review; give the files "
        "themselves, or a folder to `filmkritik batch` or `add`",
    ]
    assert len(result.stdout.splitlines()) == 1 and "Saltmarsh Organist" in result.stdout


# --- the knowledge base -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kb20")
    db = folder / "kb.db"
    for name, text in (("en.txt", REVIEW_EN), ("de.txt", REVIEW_DE)):
        (folder / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["add", str(folder / "en.txt"), str(folder / "de.txt"), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.stderr
    return db


def test_a_search_of_punctuation_alone_lists_no_film(stored: Path) -> None:
    # `films '!!!'` listed every film (its title key is empty) and `film '!!!'` showed the first of them.
    every = runner.invoke(app, ["films", "--db", str(stored), "-f", "json"])
    assert every.exit_code == 0 and every.stdout.count('"title"') == 2
    films = runner.invoke(app, ["films", "!!!", "--db", str(stored)])
    assert films.exit_code == 0
    assert films.stdout.strip() == "no film matches '!!!'; list them all with `filmkritik films`"
    film = runner.invoke(app, ["film", "!!!", "--db", str(stored)])
    assert film.exit_code == 1
    assert errors_of(film) == ["filmkritik: error: no film matches '!!!'; list them with `filmkritik films`"]
    assert runner.invoke(app, ["films", "?", "--db", str(stored), "-f", "json"]).stdout.strip() == "[]"


def test_a_title_of_punctuation_alone_is_found_as_written(tmp_path: Path) -> None:
    from filmkritik.kb import KnowledgeBase, ReviewHints

    kb = KnowledgeBase.open(str(tmp_path / "kb.db"))
    try:
        kb.add_text(REVIEW_EN.replace("The Saltmarsh Organist", "???"), ReviewHints(film="???"))
        kb.add_text(REVIEW_DE)
        assert [film["title"] for film in kb.list_films("???")] == ["???"]
        assert [film["title"] for film in kb.find_films("???")] == ["???"]
        assert kb.list_films("!!!") == []
    finally:
        kb.close()


def test_serve_read_only_on_a_missing_file_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `serve --read-only --db typo.db` created an empty database file (and said so as a new knowledge base).
    import socket

    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = str(free.getsockname()[1])
    db = tmp_path / "typo.db"
    result = runner.invoke(app, ["serve", "--db", str(db), "--port", port, "--read-only"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"filmkritik: {db} does not exist: serving an empty knowledge base read-only (no file is created; check --db)"
    )
    assert list(tmp_path.iterdir()) == []


def test_an_in_memory_database_serves_and_sigterm_stops_the_server_as_ctrl_c_does(tmp_path: Path) -> None:
    # `serve --db sqlite://` answered 503 "no such table: films" to every request: each of the server's threads
    # opened its own, empty in-memory database. And uvicorn raised SIGTERM again after its shutdown: the process
    # was killed by it (status -15), its database never closed.
    import tempfile

    import httpx

    before = set(Path(tempfile.gettempdir()).glob("filmkritik-memory-*"))
    import socket

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = str(free.getsockname()[1])
    server = subprocess.Popen(
        [sys.executable, "-c", "from filmkritik.cli import main; main()", "serve", "--db", "sqlite://", "--port", port],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stderr is not None
        first = server.stderr.readline()
        assert first.startswith("filmkritik: serving on"), first
        made = set(Path(tempfile.gettempdir()).glob("filmkritik-memory-*")) - before
        assert len(made) == 1
        base = f"http://127.0.0.1:{port}"
        stored = httpx.post(f"{base}/api/reviews", json={"text": REVIEW_EN}, timeout=120)
        assert stored.status_code == 201, stored.text
        assert [httpx.get(f"{base}/api/films", timeout=30).json()["total"] for _ in range(4)] == [1, 1, 1, 1]
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=60) == 0
        assert server.stderr.read().strip() == "filmkritik: stopped"
        assert not any(path.exists() for path in made)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


# --- output cut by a file size limit --------------------------------------------------------------------------


def test_standard_output_cut_by_the_file_size_limit_is_an_error(tmp_path: Path) -> None:
    # `ulimit -f 1; filmkritik read X -f json > out` left a 1 KB file and exit 0: Python's buffered writer drops
    # what write(2) did not take past the limit without an error.
    import resource

    review = tmp_path / "review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    target = tmp_path / "out.json"

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))

    with target.open("w") as handle:
        proc = _cli("read", str(review), "-f", "json", stdout=handle, preexec_fn=small_files)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 5, proc.stderr
    assert proc.stderr.strip() == (
        "filmkritik: error: the output was cut at 1,024 bytes by this shell's file size limit (ulimit -f): the file "
        "written is incomplete; raise the limit and run again"
    )
    with target.open("w") as handle:
        whole = _cli("read", str(review), "-f", "json", stdout=handle)
    assert whole.returncode == 0 and target.stat().st_size > 1024


# --- URLs that serve many reviews -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def web_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A local HTTP server over a folder (stopped after the module)."""
    import functools
    import http.server
    import threading

    folder = tmp_path_factory.mktemp("www20")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_url_that_serves_a_feed_or_a_warc_file_is_one_line(web_folder: tuple[Path, str]) -> None:
    # A feed URL was read as one page: its entries ran together into one record (the film of one, the verdict
    # of all), exit 0.
    import html

    folder, base = web_folder
    items = "".join(
        f"<item><title>{html.escape(text.splitlines()[0])}</title><link>https://example.org/{n}</link>"
        f"<description>{html.escape(text)}</description></item>"
        for n, text in enumerate((REVIEW_EN, REVIEW_DE))
    )
    (folder / "feed.rss").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Kinoblatt</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    (folder / "crawl.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n")
    (folder / "review.txt").write_text(REVIEW_EN, encoding="utf-8")
    result = runner.invoke(app, ["read", f"{base}/feed.rss", f"{base}/crawl.warc", f"{base}/review.txt", "-f", "jsonl"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {base}/feed.rss: the server sent an RSS or Atom feed, which holds many reviews; save "
        "it (curl -o feed.rss URL) and give the file: each entry is read as one review",
        f"filmkritik: error: {base}/crawl.warc: the server sent a WARC file, which holds many reviews; save it "
        "(curl -o crawl.warc URL) and give the file: each entry is read as one review",
    ]
    assert len(result.stdout.splitlines()) == 1
    saved = folder / "feed.rss"
    assert len(runner.invoke(app, ["read", str(saved), "-f", "jsonl"]).stdout.splitlines()) == 2


# --- texts without words, encodings, sizes ----------------------------------------------------------------------


def test_a_text_without_a_letter_is_refused_and_a_rating_alone_is_read(tmp_path: Path) -> None:
    # Emoji alone were a film review with an invented verdict (negative, 27), exit 0; zero-width spaces alone
    # (which str.strip keeps) were read and judged no review (exit 3).
    emoji, invisible, page = tmp_path / "emoji.txt", tmp_path / "invisible.txt", tmp_path / "emoji.html"
    stars, rating = tmp_path / "stars.txt", tmp_path / "rating.txt"
    emoji.write_text("🎬🍿👍" * 20, encoding="utf-8")
    invisible.write_text("\u200b\u200b\u00a0 \u2028\n\u3000\n", encoding="utf-8")
    page.write_text("<html><body><article><p>🍿🍿🍿🍿</p></article></body></html>", encoding="utf-8")
    stars.write_text("★★★★☆", encoding="utf-8")
    rating.write_text("4/5", encoding="utf-8")
    result = runner.invoke(app, ["read", *map(str, (emoji, invisible, page, stars, rating)), "-f", "jsonl"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {emoji}: the text has no words (not a letter or a rating in it); give a review",
        f"filmkritik: error: {invisible}: the text is empty (only spaces and invisible characters); give a review",
        f"filmkritik: error: {page}: the HTML page's main text has no words (not a letter or a rating in it)",
    ]
    import json

    scores = [json.loads(line)["verdict"]["score"] for line in result.stdout.splitlines()]
    assert scores == [80, 80]


def test_a_shift_jis_text_is_not_called_damaged_utf8_and_damaged_utf8_still_is(tmp_path: Path) -> None:
    # Shift-JIS byte pairs pass for UTF-8 now and then: a Japanese text was "invalid UTF-8 at byte 0 in
    # otherwise UTF-8 text; repair or re-save the file as UTF-8".
    from filmkritik.ingest.decode import decode_bytes

    japanese = "この映画は素晴らしい。監督の演出が見事で、俳優の演技も心に残る。" * 5
    assert decode_bytes(japanese.encode("shift_jis"), "ja.txt")  # decoded by detection, no InputError
    damaged = REVIEW_DE.encode("utf-8")
    damaged = damaged[:100] + b"\xe4" + damaged[100:]
    # (Since round 23 a stray byte in UTF-8 text is read as one replacement character: tests/test_robustness23.py.)
    assert decode_bytes(damaged, "kaputt.txt") == damaged.replace(b"\xe4", "\ufffd".encode()).decode()


def test_a_file_just_over_the_size_limit_is_not_said_to_be_as_large_as_the_limit() -> None:
    # "10 MB is too large for one review (limit 10 MB)" for an 11,000,000-byte file.
    from filmkritik.ingest.decode import check_size

    with pytest.raises(InputError) as error:
        check_size(11_000_000, "big.txt")
    assert str(error.value).startswith("big.txt: 10.5 MB is too large for one review (limit 10 MB)")


def test_a_line_break_in_a_file_name_stays_inside_one_error_line(tmp_path: Path) -> None:
    odd = tmp_path / "zwei\nzeilen.txt"
    odd.write_text("🎬", encoding="utf-8")
    result = runner.invoke(app, ["read", str(odd), "-f", "jsonl"])
    assert result.exit_code == 2
    shown = str(odd).replace("\n", "\\n")
    assert result.stderr.splitlines() == [
        f"filmkritik: error: {shown}: the text has no words (not a letter or a rating in it); give a review"
    ]


# --- eval --------------------------------------------------------------------------------------------------------


def test_eval_scores_the_other_gold_files_when_one_is_missing(tmp_path: Path) -> None:
    # One missing gold file stopped the whole evaluation before the others were scored.
    import json

    gold = tmp_path / "gold.jsonl"
    row = {"text": REVIEW_EN, "gold": {"film_title": "The Saltmarsh Organist", "verdict": "positive"}}
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    result = runner.invoke(app, ["eval", str(missing), str(gold), "--json"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {missing}: no such gold file",
        "filmkritik: error: 1 gold file could not be read (above); the JSON has the others' reports",
    ]
    assert len(json.loads(result.stdout)) == 1
    pretty = runner.invoke(app, ["eval", str(gold), str(missing)])
    assert pretty.exit_code == 2
    assert errors_of(pretty) == [f"filmkritik: error: {missing}: no such gold file"]
    assert "gold.jsonl" in pretty.stdout


# --- spark -------------------------------------------------------------------------------------------------------


def test_spark_with_a_master_spark_does_not_know_is_a_usage_line(tmp_path: Path) -> None:
    # `spark IN OUT --master bogus` printed Java's stack trace and then "unexpected PySparkRuntimeError ...
    # this is a bug in filmkritik".
    pytest.importorskip("pyspark")
    from filmkritik.scale.spark import check_master

    review = tmp_path / "review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    result = runner.invoke(app, ["spark", str(review), str(tmp_path / "out"), "--master", "bogus"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        "filmkritik: error: --master 'bogus' is not a Spark master URL; give local[*], local[N], yarn, "
        "spark://HOST:PORT or k8s://https://HOST:PORT"
    ]
    assert not (tmp_path / "out").exists()
    for master in ("local", "local[*]", "local[2]", "local[2,3]", "yarn", "spark://host:7077", "k8s://https://h:443"):
        check_master(master)


def test_batch_given_a_url_says_it_reads_files_and_folders(tmp_path: Path) -> None:
    # `batch http://host/r.txt` said "http:/host/r.txt: no such file or folder" (the URL taken for a path).
    result = runner.invoke(app, ["batch", "http://127.0.0.1:9/r.txt", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert errors_of(result) == [
        "filmkritik: error: http://127.0.0.1:9/r.txt: batch reads files and folders, not URLs; give URLs to "
        "`filmkritik read` or `add`, or save the pages first (nothing was read)"
    ]
    assert not (tmp_path / "out").exists()


def test_a_server_that_drips_its_answer_is_given_up_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # The timeout was per read: a server sending a byte every few seconds kept `read URL` waiting for hours.
    import importlib
    import socket
    import threading
    import time

    load_module = importlib.import_module("filmkritik.ingest.load")  # (the package exports a function `load`)
    monkeypatch.setattr(load_module, "URL_TOTAL_SECONDS", 1.5)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]

    def drip() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n")
            try:
                for _ in range(40):
                    connection.sendall(b"x")
                    time.sleep(0.25)
            except OSError:
                pass

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    started = time.monotonic()
    with pytest.raises(InputError, match=r"the server sent too slowly \(\d+ bytes in 2 s\); try again later"):
        load_module.load_url(f"http://127.0.0.1:{port}/slow.txt")
    assert time.monotonic() - started < 8
    listener.close()


# --- arguments: empty, file: URLs, other schemes ---------------------------------------------------------------

EMPTY = (
    "filmkritik: error: '': an empty argument (an unset shell variable?); give a file, a folder, a URL or - for stdin"
)


def test_an_empty_argument_is_one_line_and_never_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Path("") is the current folder: `add "$UNSET"` added every review under it, `batch "$UNSET"` read it, and
    # `read ""` said ": is a directory".
    (tmp_path / "here.txt").write_text(REVIEW_EN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "kb.db"
    read = runner.invoke(app, ["read", "", "here.txt", "-f", "jsonl"])
    assert read.exit_code == 2 and errors_of(read) == [EMPTY] and len(read.stdout.splitlines()) == 1
    added = runner.invoke(app, ["add", "", "--db", str(db), "-q"])
    assert added.exit_code == 2 and errors_of(added) == [EMPTY]
    assert "added 0 reviews, 0 already stored, 1 failed" in added.stderr
    batch = runner.invoke(app, ["batch", "", "-o", str(tmp_path / "out")])
    assert batch.exit_code == 2 and errors_of(batch) == [f"{EMPTY} (nothing was read)"]
    assert not (tmp_path / "out").exists()


def test_file_urls_are_read_and_other_schemes_are_named(tmp_path: Path) -> None:
    # "file:///x/r.txt", "HTTP://..." and "ftp://..." were each "no such file".
    from filmkritik.ingest.load import is_url

    review = tmp_path / "my review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    url = review.as_uri()  # file:///.../my%20review.txt
    result = runner.invoke(app, ["read", url, "ftp://example.org/x.txt", "www.example.org/kritik", "-f", "jsonl"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        "filmkritik: error: ftp://example.org/x.txt: ftp: URLs are not read here; give a local file or an http(s) URL",
        "filmkritik: error: www.example.org/kritik: no such file (a web page? give its URL with https://)",
    ]
    assert len(result.stdout.splitlines()) == 1 and "Saltmarsh Organist" in result.stdout
    assert is_url("HTTPS://example.org/a") and not is_url("httpx.txt")
