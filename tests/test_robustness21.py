"""Robustness audit 21: round 20's leftovers and what a demanding new user met next.

`add` counts a text that is not a review apart; stdin read twice, `add -`, `add file:///x`; a script with a #!
line is no prose; a symbolic link loop, a folder that cannot be read or entered, an empty folder; a new database
in a folder that cannot be written; a film query of control characters; an empty --host or --db; Ctrl-C in
`add -j`; a `train --out` that cannot be written; a file name with bytes that are not UTF-8.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.ingest.shape import not_prose
from filmkritik.kb import KnowledgeBase
from filmkritik.web import create_app
from web_support import hand_record

runner = CliRunner()

# Invented texts (no film, person or sentence from the development texts).
REVIEW_EN = (
    "The Lantern Keeper of Tollan Bay\n\n"
    "Director Merryn Askew follows a lighthouse keeper, Idris (Caspian Rowe), through his last autumn on the rock. "
    "His daughter Nell (Ottilie Sharrow) wants him ashore.\n\n"
    "Rowe is wonderful, gruff and tender at once, and the camera finds a cold beauty in the sea. The middle drags "
    "a little, but this is a moving, well-acted film.\n\nRating: 4/5"
)
WEATHER_DE = (
    "Das Wetter morgen: Regen im Norden, Sonne im Süden. Die Temperaturen steigen auf zwanzig Grad. Am Wochenende "
    "wird es kühler, mit Gewittern in den Bergen und starkem Wind an der Küste.\n"
)
SCRIPT = "#!/bin/sh\nset -e\ncd build\nruff check src tests\nmypy\npytest -q\n"


def errors_of(result: object) -> list[str]:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr + result.stdout  # type: ignore[attr-defined]
    return [line for line in stderr.splitlines() if line.startswith("filmkritik: error:")]


def _cli(*args: str, prefix: tuple[str, ...] = (), **kwargs: object) -> subprocess.CompletedProcess[str]:
    options: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run(
        [*prefix, sys.executable, "-c", "from filmkritik.cli import main; main()", *args],
        text=True,
        timeout=600,
        **options,  # type: ignore[call-overload]
    )


def _without_root_override() -> tuple[str, ...]:
    """A command prefix under which file permissions hold (root passes them all): none for a normal user, for
    root `setpriv` dropping the two capabilities that bypass them."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot be tried")
    caps = "-dac_override,-dac_read_search"
    probe = subprocess.run([setpriv, "--bounding-set", caps, "--inh-caps", caps, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("setpriv cannot drop capabilities here")
    return (setpriv, "--bounding-set", caps, "--inh-caps", caps)


@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    """``tmp_path/sub`` with one readable review and ``sub/locked``, a folder nobody may list or enter."""
    sub = tmp_path / "sub"
    (sub / "locked").mkdir(parents=True)
    (sub / "open.txt").write_text(REVIEW_EN, encoding="utf-8")
    (sub / "locked" / "hidden.txt").write_text(REVIEW_EN.replace("Tollan", "Pellow"), encoding="utf-8")
    (sub / "locked").chmod(0)
    yield sub
    (sub / "locked").chmod(0o755)


# --- round 20's leftovers -------------------------------------------------------------------------------------


def test_add_counts_a_text_that_is_not_a_review_apart(tmp_path: Path) -> None:
    # "added 2 reviews, ..., 1 not reviews" for a review and a weather report: the report was counted as added.
    (tmp_path / "review.txt").write_text(REVIEW_EN, encoding="utf-8")
    (tmp_path / "weather.txt").write_text(WEATHER_DE, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    first = runner.invoke(app, ["add", str(tmp_path / "review.txt"), str(tmp_path / "weather.txt"), "--db", db])
    assert first.exit_code == 0 and errors_of(first) == []
    assert (
        "added 1 review, 0 already stored, 0 failed, 1 not a review (kept without a film); 1 film touched"
        in first.stderr
    )
    again = runner.invoke(app, ["add", str(tmp_path / "review.txt"), str(tmp_path / "weather.txt"), "--db", db])
    assert "added 0 reviews, 2 already stored, 0 failed, 0 not reviews; 1 film touched" in again.stderr


def test_stdin_read_twice_or_empty_is_named() -> None:
    # `read - -`: the second "-" said "-: the file is empty" (stdin was read by the first).
    twice = runner.invoke(app, ["read", "-", "-", "-f", "jsonl"], input=REVIEW_EN)
    assert twice.exit_code == 2 and len(twice.stdout.splitlines()) == 1
    assert errors_of(twice) == [
        "filmkritik: error: -: standard input was read already by an earlier - (it can be read once); give - once"
    ]
    empty = runner.invoke(app, ["read", "-"], input="")
    assert empty.exit_code == 2 and empty.stdout == ""
    assert errors_of(empty) == [
        "filmkritik: error: -: standard input is empty; pipe a review in (cat review.txt | filmkritik read -)"
    ]


def test_add_takes_stdin_and_file_urls_and_batch_file_urls(tmp_path: Path) -> None:
    # `add -` and `add file:///x` were "no such file or directory"; `batch file:///x` "no such file or folder".
    review = tmp_path / "my review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    piped = runner.invoke(app, ["add", "-", "--db", db, "-q"], input=REVIEW_EN)
    assert piped.exit_code == 0 and errors_of(piped) == []
    assert "added 1 review, 0 already stored, 0 failed" in piped.stderr
    by_url = runner.invoke(app, ["add", review.as_uri(), "--db", db, "-q"])
    assert by_url.exit_code == 0 and "added 0 reviews, 1 already stored, 0 failed" in by_url.stderr
    batch = runner.invoke(app, ["batch", review.as_uri(), "-o", str(tmp_path / "out"), "-q", "-w", "1"])
    assert batch.exit_code == 0 and errors_of(batch) == []
    assert len((tmp_path / "out").glob("part-*").__next__().read_text(encoding="utf-8").splitlines()) == 1


def test_a_script_with_a_shebang_line_is_no_prose(tmp_path: Path) -> None:
    # A shell script of plain commands (no code punctuation) was read as a text; with a #! line it is a program.
    assert not_prose(SCRIPT) == "source code"
    assert not_prose("#!/usr/bin/env python3\nprint('x')\n") == "source code"
    for prose in ("#1 film of the year.\nA warm, funny, well-acted film.\n", "#! what a film\nWonderful.\n"):
        assert not_prose(prose) is None
    (tmp_path / "check").write_text(SCRIPT, encoding="utf-8")
    result = runner.invoke(app, ["read", str(tmp_path / "check")])
    assert result.exit_code == 2 and result.stdout == ""
    assert errors_of(result) == [
        f"filmkritik: error: {tmp_path / 'check'}: this is source code, not the text of a review; give the text of a "
        "review (a program is not read)"
    ]


# --- paths a new user meets -----------------------------------------------------------------------------------


def test_a_symbolic_link_loop_is_named_as_one(tmp_path: Path) -> None:
    # "loop1: a broken symbolic link (its target loop2 does not exist)": loop2 exists, it leads back to loop1.
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    loop = str(tmp_path / "loop1")
    line = (
        f"filmkritik: error: {loop}: a symbolic link loop (its target loop2 leads back to it); fix or remove the link"
    )
    read = runner.invoke(app, ["read", loop])
    assert read.exit_code == 2 and errors_of(read) == [line]
    added = runner.invoke(app, ["add", loop, "--db", str(tmp_path / "kb.db"), "-q"])
    assert added.exit_code == 2 and errors_of(added) == [line]
    batch = runner.invoke(app, ["batch", loop, "-o", str(tmp_path / "out")])
    assert batch.exit_code == 2 and errors_of(batch) == [f"{line} (nothing was read)"]
    gold = runner.invoke(app, ["eval", loop])
    assert gold.exit_code == 2 and errors_of(gold) == [line]
    under_a_file = runner.invoke(app, ["read", str(tmp_path / "loop1x"), f"{tmp_path / 'kb.db'}/r.txt"])
    assert (
        errors_of(under_a_file)[-1]
        == f"filmkritik: error: {tmp_path / 'kb.db'}/r.txt: {tmp_path / 'kb.db'} is a file, not a folder"
    )


def test_add_of_a_folder_without_review_files_is_a_failure(tmp_path: Path) -> None:
    # `add emptydir` said "added 0 reviews ..." with exit 0, as if it had worked (`batch` said "no inputs found").
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".hidden.txt").write_text(REVIEW_EN, encoding="utf-8")
    result = runner.invoke(app, ["add", str(tmp_path / "empty"), "--db", str(tmp_path / "kb.db"), "-q"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {tmp_path / 'empty'}: no review files in this folder (text, HTML, JSONL, CSV, Parquet, "
        "feeds or WARC; hidden files are skipped)"
    ]
    assert "added 0 reviews, 0 already stored, 1 failed" in result.stderr


def test_folders_that_cannot_be_read_or_entered_are_named_and_the_rest_is_added(
    tmp_path: Path, locked_folder: Path
) -> None:
    # A subfolder that cannot be listed was passed over without a word (add and batch); a file under a folder that
    # cannot be entered stopped the whole `add` ("Permission denied", exit 1, the other inputs not added).
    prefix = _without_root_override()
    db = str(tmp_path / "kb.db")
    unreadable = f"filmkritik: error: {locked_folder / 'locked'}: the folder cannot be read (permission denied); " + (
        "the files in it were not read"
    )
    added = _cli("add", str(locked_folder), "--db", db, "-q", prefix=prefix)
    assert added.returncode == 2 and errors_of(added) == [unreadable]
    assert "added 1 review, 0 already stored, 1 failed" in added.stderr
    inside = str(locked_folder / "locked" / "hidden.txt")
    other = tmp_path / "other.txt"
    other.write_text(REVIEW_EN.replace("Tollan", "Brisk"), encoding="utf-8")
    mixed = _cli("add", inside, str(other), "--db", db, "-q", prefix=prefix)
    assert mixed.returncode == 2
    assert errors_of(mixed) == [
        f"filmkritik: error: {inside}: permission denied (a folder on its way cannot be entered)"
    ]
    assert "added 1 review, 0 already stored, 1 failed" in mixed.stderr
    batch = _cli("batch", str(locked_folder), "-o", str(tmp_path / "out"), "-q", "-w", "1", prefix=prefix)
    assert batch.returncode == 2 and "could not be read" in batch.stderr
    assert "the folder cannot be read (permission denied)" in (tmp_path / "out" / "errors.jsonl").read_text()


def test_read_of_a_file_behind_a_folder_that_cannot_be_entered_reads_the_others(
    tmp_path: Path, locked_folder: Path
) -> None:
    # `read locked/x.txt good.txt` stopped the whole command ("Permission denied", exit 1, good.txt never read):
    # telling whether the first input was a corpus raised on Python 3.11.
    prefix = _without_root_override()
    inside = str(locked_folder / "locked" / "hidden.txt")
    result = _cli("read", inside, str(locked_folder / "open.txt"), "-f", "jsonl", prefix=prefix)
    assert result.returncode == 2
    assert errors_of(result) == [
        f"filmkritik: error: {inside}: permission denied (a folder on its way cannot be entered)"
    ]
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()] == [
        str(locked_folder / "open.txt")
    ]


def test_a_new_database_in_a_folder_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    # "cannot open the knowledge base at X: unable to open database file" (SQLite's words) and nothing else.
    prefix = _without_root_override()
    folder = tmp_path / "ro"
    folder.mkdir()
    (tmp_path / "r.txt").write_text(REVIEW_EN, encoding="utf-8")
    folder.chmod(0o555)
    try:
        result = _cli("add", str(tmp_path / "r.txt"), "--db", str(folder / "new.db"), "-q", prefix=prefix)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 4
    assert errors_of(result) == [
        f"filmkritik: error: cannot open the knowledge base at {folder / 'new.db'}: unable to open database file "
        f"({folder} cannot be written, so no new knowledge base can be made there; give a path in a folder you can "
        "write with --db)"
    ]
    assert list(folder.iterdir()) == []


def test_a_file_name_with_bytes_that_are_not_utf8_is_shown_as_the_shell_writes_it(tmp_path: Path) -> None:
    # `read $'nosuch\xff.txt'` said "nosuch\udcff.txt: no such file": a name the user never typed.
    name = os.fsdecode(bytes(tmp_path) + b"/nosuch\xff.txt")
    result = runner.invoke(app, ["read", name])
    assert result.exit_code == 2
    assert errors_of(result) == [f"filmkritik: error: {tmp_path}/nosuch\\xff.txt: no such file"]


# --- the knowledge base, the server, training --------------------------------------------------------------------


def test_a_film_query_of_control_characters_matches_no_film(tmp_path: Path) -> None:
    # `/?q=%00` and `/api/films?q=%00` listed every film on SQLite; PostgreSQL refused the query (503, "the
    # knowledge base could not be read").
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        kb.add_record(hand_record())
        assert kb.count_films("\x00") == 0 and kb.list_films("\x00") == [] and kb.find_films("\x00\x1b") == []
        assert kb.count_films("Uhr\x00macherin") == 0  # (a NUL inside is a space: no title holds it)
        assert kb.count_films("Uhrmacherin\x00") == 1
        with TestClient(create_app(kb=kb)) as client:
            api = client.get("/api/films", params={"q": "\x00"})
            assert api.status_code == 200 and api.json()["total"] == 0
            page = client.get("/", params={"q": "\x00"})
            assert page.status_code == 200 and "/films/1" not in page.text


def test_an_empty_host_or_db_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `serve --host "$HOST"` (unset) listened on every interface (0.0.0.0) and said "serving on http://:8000/";
    # `add --db "$DB"` (unset) stored into the default knowledge base without a word.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("FILMKRITIK_DB", raising=False)
    serve = runner.invoke(app, ["serve", "--host", "", "--db", str(tmp_path / "kb.db")])
    assert serve.exit_code == 2 and errors_of(serve) == [
        "filmkritik: error: --host '': an empty address (an unset shell variable?); give 127.0.0.1 for this machine "
        "only, or 0.0.0.0 for every interface"
    ]
    (tmp_path / "r.txt").write_text(REVIEW_EN, encoding="utf-8")
    for command in (["add", str(tmp_path / "r.txt")], ["films"], ["serve"]):
        result = runner.invoke(app, [*command, "--db", ""])
        assert result.exit_code == 2 and errors_of(result) == [
            "filmkritik: error: --db '': an empty database path (an unset shell variable?); give a file path or URL, "
            "or leave --db out for the default knowledge base"
        ]
    assert not (tmp_path / "data").exists() and not (tmp_path / "kb.db").exists()


def test_train_refuses_an_out_it_cannot_write_before_training(tmp_path: Path) -> None:
    # `train review-detect --out /proc/x.json` trained first, then said "/proc/x.json: No such file or directory".
    a_file = tmp_path / "model.json"
    a_file.write_text("{}", encoding="utf-8")
    shared = str(tmp_path / "no-shared-folder")  # training would fail on it: the --out check comes first
    cases = [
        (["review-detect", "--out", str(tmp_path)], f"--out {tmp_path}: is a folder, not a file; give a file path"),
        (["verdict", "--out", str(a_file)], f"--out {a_file}: is a file, not a folder; give a folder"),
        (
            ["snippets", "--out", str(a_file / "models")],
            f"--out {a_file / 'models'}: {a_file} is a file, not a folder; give another --out",
        ),
    ]
    for args, line in cases:
        result = runner.invoke(app, ["train", *args, "--shared", shared])
        assert result.exit_code == 2 and errors_of(result) == [f"filmkritik: error: {line}"], result.stderr


def test_train_out_in_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    prefix = _without_root_override()
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = _cli(
            "train", "snippet-posterior", "--out", str(folder / "m"), "--shared", str(tmp_path), prefix=prefix
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2
    assert errors_of(result) == [
        f"filmkritik: error: --out {folder / 'm'}: {folder} cannot be written (Permission denied); give another "
        "--out (nothing was trained)"
    ]


def test_ctrl_c_in_add_with_workers_is_one_line_and_keeps_what_was_stored(tmp_path: Path) -> None:
    # Each idle worker process printed its own KeyboardInterrupt traceback above the "interrupted" line. Storing
    # is slowed down here so that the workers have read ahead and wait for work when Ctrl-C comes.
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"r{n:03}.txt").write_text(REVIEW_EN.replace("Tollan Bay", f"Tollan Bay {n}"), encoding="utf-8")
    db = tmp_path / "kb.db"
    slow_storing = (
        "import time\n"
        "from filmkritik.kb.base import KnowledgeBase\n"
        "store = KnowledgeBase.add_record\n"
        "KnowledgeBase.add_record = lambda self, *a, **k: (time.sleep(1.0), store(self, *a, **k))[1]\n"
        "from filmkritik.cli import main\n"
        "main()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", slow_storing, "add", str(folder), "-j", "2", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None and not (_stored(db) >= 1 and _idle(process.pid)):
        time.sleep(0.2)
    if process.poll() is not None:
        pytest.skip("the add finished before it could be interrupted")
    os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the whole process group
    _stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert [line for line in stderr.splitlines() if line.strip()] == [
        "filmkritik: error: interrupted; every review stored so far is complete: run the same command again to add "
        "the rest"
    ]
    stored = _stored(db)
    assert 3 <= stored < 60
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _idle(pid: int) -> bool:
    """Whether the worker processes of ``pid`` (two or more) used no CPU time for a second: waiting for work."""
    before = _children_cpu(pid)
    time.sleep(1.0)
    after = _children_cpu(pid)
    return len(before) >= 2 and before == after


def _children_cpu(pid: int) -> dict[int, int]:
    """CPU ticks (user + system) of each child of ``pid``, from /proc."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("no /proc to see the worker processes in")
    ticks: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            ticks[int(stat.parent.name)] = int(fields[11]) + int(fields[12])
    return ticks


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_a_hint_of_control_characters_alone_is_no_hint_and_a_url_with_one_is_refused(tmp_path: Path) -> None:
    # {"hints": {"film": "\u0000"}} made a film called "\ufffd"; {"url": "\u0000"} was answered "the record holds a
    # NUL character ... read the text again with `filmkritik read`" (the text was fine).
    from filmkritik.kb.hints import ReviewHints

    hints = ReviewHints.from_row({"film": "\x00", "published": "\x00\x01 ", "critic": "Ada\x00Pohl"})
    assert hints.film is None and hints.published is None and hints.critic == "Ada\ufffdPohl"
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb, TestClient(create_app(kb=kb)) as client:
        stored = client.post("/api/reviews", json={"text": REVIEW_EN, "hints": {"film": "\x00"}})
        assert stored.status_code == 201
        film = client.get(f"/api/films/{stored.json()['film_id']}").json()
        assert film["title"] == "The Lantern Keeper of Tollan Bay"
        refused = client.post("/api/read", json={"text": REVIEW_EN, "url": "https://example.org/\x00"})
        assert refused.status_code == 422
        assert refused.json()["detail"] == (
            "url 'https://example.org/\\x00' holds a control character; give the address the review was published at"
        )


def test_an_out_folder_that_is_empty_or_cannot_be_made_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `batch -o "$UNSET"` wrote its part files, job.json and _SUCCESS into the current folder; `-o /proc/x` was a
    # bare "/proc/x: No such file or directory" (exit 1).
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(REVIEW_EN, encoding="utf-8")
    empty = runner.invoke(app, ["batch", "r.txt", "-o", "", "-q"])
    assert empty.exit_code == 2 and errors_of(empty) == [
        "filmkritik: error: --out '': an empty path (an unset shell variable?); give a folder (nothing was read)"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]
    blocked = runner.invoke(app, ["batch", "r.txt", "-o", "r.txt/out", "-q"])
    assert blocked.exit_code == 2 and errors_of(blocked) == [
        "filmkritik: error: --out r.txt/out: r.txt is a file, not a folder; give another --out"
    ]
    trained = runner.invoke(app, ["train", "verdict", "--out", "", "--shared", str(tmp_path / "none")])
    assert trained.exit_code == 2 and errors_of(trained) == [
        "filmkritik: error: --out '': an empty path (an unset shell variable?); give a folder (nothing was trained)"
    ]


def test_eval_of_a_folder_of_text_files_without_gold_is_refused(tmp_path: Path) -> None:
    # `eval ''` (the current folder) or any folder of .txt files was "scored" on nothing: "N reviews", exit 0.
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text(REVIEW_EN, encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path / "notes")])
    assert result.exit_code == 2 and result.stdout == ""
    assert errors_of(result) == [
        f"filmkritik: error: {tmp_path / 'notes'}: its .txt files carry no gold (no scaledata/notes/rating.notes file "
        "above them, no Cast: line); give a gold .jsonl or .json file, or a Pang & Lee critic folder"
    ]


def test_terminal_escape_sequences_never_reach_the_record_or_the_terminal(tmp_path: Path) -> None:
    # A review whose title line held "\x1b[31m...\x1b[0m" became the film "\x1b[31mThe Red Harbour\x1b[0m", and
    # `films` / `film` wrote the escapes to the user's terminal (an OSC sequence can set its title, or worse).
    from filmkritik.ingest.document import without_escapes

    assert without_escapes("\x1b[31mRed\x1b[0m x") == "Red x"
    assert without_escapes("a\x1b]0;owned\x07b \x9b2Jc") == "ab c" and without_escapes("a\x1bb") == "a b"
    page = tmp_path / "esc.txt"
    page.write_text("\x1b[31m" + REVIEW_EN.replace("\n", "\x1b[0m\n", 1), encoding="utf-8")
    read = runner.invoke(app, ["read", str(page), "-f", "json"])
    assert read.exit_code == 0 and "\x1b" not in read.stdout and "\\u001b" not in read.stdout
    db = str(tmp_path / "kb.db")
    with KnowledgeBase.open(db) as kb:  # a title stored before (or by another program) is shown without them
        kb.add_record(hand_record(title="Die \x1b]0;owned\x07Uhrmacherin"))
    for command in (["films"], ["film", "1"]):
        shown = runner.invoke(app, [*command, "--db", db])
        assert shown.exit_code == 0 and "\x1b" not in shown.stdout and "Die Uhrmacherin" in shown.stdout


def test_a_body_that_is_not_utf8_json_is_named(tmp_path: Path) -> None:
    # 400 "There was an error parsing the body" (Starlette's words) for bytes that are not UTF-8 or deep nesting.
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb, TestClient(create_app(kb=kb)) as client:
        for body in (b'{"text": "\xff\xfe"}', b'{"a":' * 100_000 + b"1" + b"}" * 100_000):
            answer = client.post("/api/read", content=body, headers={"content-type": "application/json"})
            assert answer.status_code == 400 and answer.json()["detail"] == (
                "the body could not be read as JSON (not UTF-8 text, or nested too deeply); send UTF-8 JSON such as "
                '{"text": "..."}'
            )


def test_an_empty_api_token_is_refused_not_taken_for_none(tmp_path: Path) -> None:
    # `serve --token "$TOKEN"` (unset) served with no token at all: every visitor could store reviews.
    result = runner.invoke(app, ["serve", "--token", "", "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 2 and errors_of(result) == [
        "filmkritik: error: --token '': an empty token (an unset shell variable?) would leave writes open to "
        "everyone; give the token, or leave --token out"
    ]
    assert not (tmp_path / "kb.db").exists()


def test_a_record_names_a_file_with_bytes_that_are_not_utf8_in_valid_json(tmp_path: Path) -> None:
    # `read $'caf\xe9.txt' -f json` wrote the byte itself into "path": invalid UTF-8 that jq refused.
    name = bytes(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(REVIEW_EN.encode("utf-8"))
    result = subprocess.run(
        [sys.executable, "-c", "from filmkritik.cli import main; main()", "read", os.fsdecode(name), "-f", "json"],
        capture_output=True,
        timeout=600,
    )
    assert result.returncode == 0
    record = json.loads(result.stdout.decode("utf-8"))  # (strict: fails on the raw byte)
    assert record["source"]["path"] == os.fsdecode(name)  # (the name `batch` records, round 18)
