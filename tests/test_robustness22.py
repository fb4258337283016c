"""Robustness audit 22: round 21's leftovers and what a new user met next.

A shell script without a #! line; CSV cells a spreadsheet would run as formulas; control characters in records
and views; `eval` of a gold file that cannot be read; plural forms in CLI output; batch reruns.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.ingest.controls import without_controls
from filmkritik.ingest.shape import not_prose
from filmkritik.kb import KnowledgeBase
from filmkritik.web import create_app
from kb_support import record
from test_robustness21 import _cli, _without_root_override

runner = CliRunner()

# Invented texts (no film, person or sentence from the development texts).
REVIEW_EN = (
    "The Saltmarsh Choir\n\n"
    "Director Oriel Fennimore follows a village choir, led by Agathe (Brisa Vollmer), through one wet winter. "
    "Her rival Tomasz (Hallam Eberly) wants the church hall for bingo.\n\n"
    "Vollmer is superb, funny and fierce, and the songs are lovely. The script sags in the middle, but this is "
    "a warm, well-acted film.\n\nRating: 4/5"
)
BACKUP_SCRIPT = (
    "# copy the photos to the backup disk every night\n"
    'SRC="$HOME/Bilder"\n'
    "DEST=/media/sicherung/bilder\n"
    'mkdir -p "$DEST"\n'
    'rsync -av --delete "$SRC/" "$DEST/"\n'
    "if [ $? -ne 0 ]; then\n"
    '  echo "backup failed" >&2\n'
    "  exit 1\n"
    "fi\n"
    'echo "done"\n'
)
INSTALL_STEPS = "apt-get update\napt-get install -y curl git\ngit clone https://example.org/tool.git\ncd tool\nmake\nsudo make install\n"
RELEASE_STEPS = "mkdir -p build\ncp -r src build/\ntar czf release.tar.gz build\nrm -rf build\necho finished\n"


def errors_of(result: object) -> list[str]:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr + result.stdout  # type: ignore[attr-defined]
    return [line for line in stderr.splitlines() if line.startswith("filmkritik: error:")]


# --- 1. a shell script without a #! line is no prose ---------------------------------------------------------


@pytest.mark.parametrize("script", [BACKUP_SCRIPT, INSTALL_STEPS, RELEASE_STEPS])
def test_a_shell_script_without_a_shebang_is_source_code(script: str) -> None:
    assert not_prose(script) == "source code"


@pytest.mark.parametrize(
    "text",
    [
        REVIEW_EN,
        # A short review of lower-case lines of one or two words: a command needs a sign of one.
        "loved it\nso good\nthe acting\nwow\nten stars\nmust see\n",
        # Lower-case tokenized prose, one sentence a line.
        "the choir scenes are lovely .\nvollmer is superb and fierce\nthe script sags in the middle\n"
        "but the songs carry it\nand/or so i thought\ngo see it\n",
    ],
)
def test_prose_of_lower_case_lines_is_not_a_script(text: str) -> None:
    assert not_prose(text) is None


def test_read_refuses_a_script_without_a_shebang_and_reads_the_review(tmp_path: Path) -> None:
    script, review = tmp_path / "backup.sh", tmp_path / "review.txt"
    script.write_text(BACKUP_SCRIPT, encoding="utf-8")
    review.write_text(REVIEW_EN, encoding="utf-8")
    result = runner.invoke(app, ["read", str(script), str(review), "-f", "jsonl"])
    assert result.exit_code == 2
    assert errors_of(result) == [
        f"filmkritik: error: {script}: this is source code, not the text of a review; give the text of a review "
        "(a program is not read)"
    ]
    assert len(result.stdout.splitlines()) == 1 and "Saltmarsh" in result.stdout


# --- 2. CSV cells that a spreadsheet would run as formulas ---------------------------------------------------


def test_csv_exports_keep_formulas_from_running(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    with KnowledgeBase.open(str(db)) as kb:
        kb.add_record(record('=HYPERLINK("http://example.org/x","click")', directors=("@Lorna Pike",)))
        kb.add_record(record("-Minus Zero", year=2019))
        kb.add_record(record("+1 Hour", year=2021))
        kb.add_record(record("Plain Title", year=2020))
    for args in (["films", "-f", "csv"], ["export", "-f", "csv"]):
        result = runner.invoke(app, [*args, "--db", str(db)])
        assert result.exit_code == 0, result.stderr
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        titles = sorted(row["title"] for row in rows)
        assert titles == ["'+1 Hour", "'-Minus Zero", '\'=HYPERLINK("http://example.org/x","click")', "Plain Title"]
        assert "'@Lorna Pike" in {row["directors"] for row in rows}
        # Numbers are numbers still (a year is no formula).
        assert {row["year"] for row in rows} >= {"2019", "2020", "2021"}
    out = tmp_path / "films.csv"
    assert runner.invoke(app, ["export", "-f", "csv", "--db", str(db), "-o", str(out)]).exit_code == 0
    assert "'=HYPERLINK" in out.read_text(encoding="utf-8")
    assert "spreadsheet" in runner.invoke(app, ["export", "--help"]).stdout


# --- 3. control characters ---------------------------------------------------------------------------------------

#: Every C0 and C1 control character but tab, line feed and carriage return, and DEL.
CONTROLS = [chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]]


def controls_in(text: str) -> list[str]:
    return [char for char in text if char in CONTROLS and char != "\x1b"] + [c for c in text if c == "\x1b"]


def test_without_controls_keeps_lines_and_drops_the_rest() -> None:
    # Real reviews hold them where punctuation was lost to a wrong encoding: a space keeps the words apart.
    assert without_controls("the lawyer\x05who \x13never\x14 lies\x7f.\x0cPage two\x0bline\x85end\x1fcell") == (
        "the lawyer who  never  lies .\nPage two\nline\nend cell"
    )
    assert without_controls("Salt\x0cmarsh", one_line=True) == "Salt marsh"
    # An OSC escape ends with a bell: taken out whole, not swallowing the text after it.
    assert without_controls("A \x1b]0;owned\x07warm film\x1b[31m.") == "A warm film."
    assert without_controls("NUL\x00") == "NUL\ufffd"
    assert all(without_controls(c) in ("\n", " ", "\ufffd") for c in CONTROLS)
    assert without_controls("Ünïcödé – “quoted” \t tab") == "Ünïcödé – “quoted” \t tab"


def test_read_takes_control_characters_out_of_the_record(tmp_path: Path) -> None:
    dirty = REVIEW_EN.replace("Saltmarsh", "Salt\x07marsh").replace("superb", "superb\x7f\x0c")
    review = tmp_path / "dirty.txt"
    review.write_text(dirty.replace("Choir", "Choir\x01\x1f", 1), encoding="utf-8")
    result = runner.invoke(app, ["read", str(review), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert controls_in(data["text"]) == []
    assert data["film"]["title"]["text"].startswith("The Salt marsh Choir")
    # Evidence still points at what it names.
    start, end = data["film"]["title"]["evidence"][0]
    assert data["text"][start:end] == data["film"]["title"]["text"]


def test_corpus_hints_and_saved_records_show_no_control_characters(tmp_path: Path) -> None:
    corpus = tmp_path / "reviews.jsonl"
    row = {"text": REVIEW_EN, "critic": "Wendela\x07Price\x00", "film": "The Salt\x0bmarsh Choir", "year": 2024}
    corpus.write_text(json.dumps(row) + "\n", encoding="utf-8")
    read = runner.invoke(app, ["read", str(corpus), "-f", "jsonl"])
    assert read.exit_code == 0 and controls_in(json.loads(read.stdout)["source"]["author"]) == []
    db = str(tmp_path / "kb.db")
    assert runner.invoke(app, ["add", str(corpus), "--db", db, "-q"]).exit_code == 0
    for args in (["films"], ["film", "1"]):
        shown = runner.invoke(app, [*args, "--db", db])
        assert shown.exit_code == 0 and controls_in(shown.stdout) == [], shown.stdout
        assert "The Salt marsh" in shown.stdout
    stored = json.loads(runner.invoke(app, ["film", "1", "--db", db, "-f", "json"]).stdout)
    assert stored["title"] == "The Salt marsh Choir"
    assert [review["critic"] for review in stored["reviews"]] == ["Wendela Price\ufffd"]
    # A record saved by an older version, with control characters in its text, shown again.
    saved = json.loads(read.stdout)
    saved["text"] = saved["text"].replace("Saltmarsh", "Salt\x07marsh", 1)
    saved["film"]["title"]["text"] = "The Salt\x07marsh Choir"
    old = tmp_path / "old.json"
    old.write_text(json.dumps(saved), encoding="utf-8")
    pretty = runner.invoke(app, ["read", str(old), "-f", "pretty"])
    assert pretty.exit_code == 0 and controls_in(pretty.stdout) == [] and "The Salt marsh Choir" in pretty.stdout


def test_web_pages_show_no_control_characters_of_a_stored_record(tmp_path: Path) -> None:
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        kb.add_record(record("The Salt\x07marsh Choir", directors=("Oriel\x7fFennimore",), year=2024))
        with TestClient(create_app(kb=kb)) as client:
            for page in ("/films/1", "/reviews/1", "/"):
                response = client.get(page, headers={"accept": "text/html"})
                assert response.status_code == 200
                assert controls_in(response.text) == [], page
                assert "The Salt marsh Choir" in response.text


# --- 4. eval, and every other path option, of a file that cannot be read ---------------------------------------


def test_paths_that_cannot_be_read_are_one_line_each_never_a_usage_box(tmp_path: Path) -> None:
    # `eval locked.jsonl` printed typer's usage box ("path ... is not readable"), and stopped the other gold
    # files; so did --weights, `imdb load` and the trainers' folders; `export -o` refused a write-only file.
    prefix = _without_root_override()
    locked, folder, empty = tmp_path / "locked.jsonl", tmp_path / "critic", tmp_path / "empty.jsonl"
    locked.write_text('{"text": "x", "gold": {}}\n', encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    folder.mkdir()
    weights, write_only = tmp_path / "weights.json", tmp_path / "films.csv"
    weights.write_text("{}", encoding="utf-8")
    write_only.write_text("", encoding="utf-8")
    db = str(tmp_path / "kb.db")
    with KnowledgeBase.open(db) as kb:
        kb.add_record(record("The Saltmarsh Choir", year=2024))
    for path in (locked, folder, weights):
        path.chmod(0)
    write_only.chmod(0o200)
    try:
        evaluated = _cli("eval", str(locked), str(folder), str(empty), prefix=prefix)
        weighed = _cli("film", "1", "--db", db, "--weights", str(weights), prefix=prefix)
        imdb = _cli("imdb", "load", str(folder), "--db", db, prefix=prefix)
        exported = _cli("export", "-f", "csv", "--db", db, "-o", str(write_only), prefix=prefix)
    finally:
        for path in (locked, folder, weights, write_only):
            path.chmod(0o700)
    assert evaluated.returncode == 2 and evaluated.stdout == ""
    assert errors_of(evaluated) == [
        f"filmkritik: error: {locked}: cannot be read (Permission denied)",
        f"filmkritik: error: {folder}: cannot be read (Permission denied)",
        f"filmkritik: error: {empty}: no reviews in it; give one JSON object per line",
    ]
    assert weighed.returncode == 2 and errors_of(weighed) == [
        f"filmkritik: error: {weights}: the weights file cannot be read (Permission denied)"
    ]
    assert imdb.returncode == 2 and errors_of(imdb) == [
        f"filmkritik: error: {folder}: cannot be read (Permission denied); give a folder you can read"
    ]
    for result in (evaluated, weighed, imdb):
        assert "Usage:" not in result.stderr and "╭" not in result.stderr
    assert exported.returncode == 0 and "'" not in write_only.read_text(encoding="utf-8").split("\n")[0]
    assert write_only.read_text(encoding="utf-8").startswith("id,title,")


def test_eval_of_binary_and_broken_gold_files_is_one_line_each(tmp_path: Path) -> None:
    binary, broken, seed = tmp_path / "noise.jsonl", tmp_path / "broken.jsonl", tmp_path / "seed.json"
    binary.write_bytes(bytes(range(256)) * 8)
    broken.write_text('{"text": "A film.", "gold": {"film_title": "X"}}\nnot json at all\n', encoding="utf-8")
    seed.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = runner.invoke(app, ["eval", str(binary), str(broken), str(seed)])
    assert result.exit_code == 2 and result.stdout == ""
    assert errors_of(result) == [
        f"filmkritik: error: {binary}: not UTF-8 text (byte 128); gold files are UTF-8 JSON",
        f'filmkritik: error: {broken}:2: not JSON; expected {{"text": ..., "gold": {{...}}}} per line',
        f"filmkritik: error: {seed}: not UTF-8 text (byte 0); gold files are UTF-8 JSON",
    ]


# --- 5. one definition of the hints ------------------------------------------------------------------------------


def test_the_http_api_takes_every_hint_the_knowledge_base_knows(tmp_path: Path) -> None:
    # web/api.py had its own copy of the hint fields, without `directors` and `original_title`.
    import dataclasses

    from filmkritik.kb import ReviewHints

    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb, TestClient(create_app(kb=kb)) as client:
        schema = client.get("/openapi.json").json()["components"]["schemas"]["Hints"]
        assert list(schema["properties"]) == [hint.name for hint in dataclasses.fields(ReviewHints)]
        assert all(prop.get("description") for prop in schema["properties"].values())
        hints = {
            "film": "Das Salzwiesenlied",
            "original_title": "The Saltmarsh Choir",
            "directors": ["Oriel Fennimore"],
        }
        stored = client.post("/api/reviews", json={"text": REVIEW_EN, "hints": {**hints, "year": "2024"}})
        assert stored.status_code == 201, stored.text
        film = client.get(f"/api/films/{stored.json()['film_id']}").json()
        assert (film["title"], film["original_title"], film["year"]) == (
            "Das Salzwiesenlied",
            "The Saltmarsh Choir",
            2024,
        )
        assert film["directors"] == ["Oriel Fennimore"]
        refused = client.post("/api/reviews", json={"text": REVIEW_EN, "hints": {"year": "next spring"}})
        assert refused.status_code == 422


def test_add_names_every_hint_in_its_help() -> None:
    # (The help is written out, not built from ReviewHints: importing the knowledge base costs every command.)
    import dataclasses

    import typer.main

    from filmkritik.kb import ReviewHints

    paths = next(p for p in typer.main.get_command(app).commands["add"].params if p.name == "paths")  # type: ignore[attr-defined]
    listed = paths.help.split("hints (", 1)[1].split(")", 1)[0].split(", ")
    assert listed == [hint.name for hint in dataclasses.fields(ReviewHints)]


# --- 6. plural forms ---------------------------------------------------------------------------------------------


def test_counts_of_one_read_as_english(tmp_path: Path) -> None:
    # `eval` printed "1 reviews"; `imdb load` "1 films", `film` "1 verdicts guessed", the web "1 reviews".
    from filmkritik.cli.app import plural
    from filmkritik.web.i18n import translator

    assert (plural(1, "review"), plural(0, "review"), plural(2, "person", "people")) == (
        "1 review",
        "0 reviews",
        "2 people",
    )
    gold = tmp_path / "one.jsonl"
    gold.write_text(
        json.dumps({"text": REVIEW_EN, "gold": {"film_title": "The Saltmarsh Choir"}}) + "\n", encoding="utf-8"
    )
    evaluated = runner.invoke(app, ["eval", str(gold)])
    assert evaluated.exit_code == 0, evaluated.stderr
    assert f"{gold}: 1 review, " in evaluated.stdout
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_EN, encoding="utf-8")
    batch = runner.invoke(app, ["batch", str(review), "-o", str(tmp_path / "out"), "-q", "-w", "1"])
    assert batch.exit_code == 0 and batch.stdout.startswith("1 record, 0 errors from 1 input in ")
    for language, one in (("en", "Score distribution: 1 review"), ("de", "Verteilung der Wertungen: 1 Kritik")):
        assert translator(language)("plot.label", count=1) == one
        assert "1 Kritiken" not in translator(language)("film.adjusted", count=1)
    assert translator("en")("plot.label", count=2) == "Score distribution: 2 reviews"


def test_imdb_load_counts_each_thing_in_its_right_form(tmp_path: Path) -> None:
    dumps = tmp_path / "imdb"
    dumps.mkdir()
    (dumps / "title.basics.tsv").write_text(
        "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n"
        "tt0000001\tmovie\tThe Saltmarsh Choir\tThe Saltmarsh Choir\t0\t2024\t\\N\t98\tDrama\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "kb.db")
    with KnowledgeBase.open(db) as kb:
        kb.add_record(record("The Saltmarsh Choir", year=2024))
    loaded = runner.invoke(app, ["imdb", "load", str(dumps), "--db", db])
    assert loaded.exit_code == 0, loaded.stderr
    assert loaded.stdout.strip() == (
        "loaded 1 title; linked 1 film (0 merged) and 0 people, 0 cast pairs confirmed, 0 titles added from akas"
    )


# --- 7. batch reruns -------------------------------------------------------------------------------------------


def _batch_folder(folder: Path, numbers: list[int]) -> None:
    from crawl_fixtures import fictional_review

    folder.mkdir(exist_ok=True)
    for number in numbers:
        (folder / f"review-{number:02d}.txt").write_text(fictional_review(number), encoding="utf-8")


def _parts(out: Path) -> list[str]:
    return [line for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text(encoding="utf-8").splitlines()]


def test_a_batch_rerun_takes_inputs_added_and_removed_since(tmp_path: Path) -> None:
    folder, out, fresh = tmp_path / "reviews", tmp_path / "out", tmp_path / "fresh"
    _batch_folder(folder, [10, 20, 30, 40, 50, 60])
    args = ["batch", str(folder), "-o", str(out), "-q", "-w", "1", "--chunk-size", "2"]
    assert runner.invoke(app, args).exit_code == 0
    (folder / "review-60.txt").unlink()
    _batch_folder(folder, [70, 80])  # (sorted after the others: the first parts stay as they are)
    rerun = runner.invoke(app, args)
    assert rerun.exit_code == 0, rerun.stderr
    assert rerun.stdout.startswith("7 records, 0 errors from 7 inputs (4 from an earlier run) in ")
    assert rerun.stderr.splitlines() == [
        "filmkritik: 1 part of an earlier run (part-00002.jsonl) was made from inputs that changed since (edited, "
        "added or removed): read again"
    ]
    (folder / "review-70.txt").unlink()
    (folder / "review-80.txt").unlink()
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.stderr
    assert again.stderr.splitlines() == [
        "filmkritik: 1 part of an earlier run (part-00002.jsonl) was made from inputs that changed since (edited, "
        "added or removed): read again",
        "filmkritik: 1 part of an earlier run (part-00003.jsonl) was made from inputs that are gone: deleted",
    ]
    assert not (out / "part-00003.jsonl").exists() and not (out / "_manifest" / "part-00003.json").exists()
    assert (
        runner.invoke(app, ["batch", str(folder), "-o", str(fresh), "-q", "-w", "1", "--chunk-size", "2"]).exit_code
        == 0
    )
    assert _parts(out) == _parts(fresh) and len(_parts(out)) == 5


def test_a_batch_rerun_with_nothing_changed_starts_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from filmkritik.scale import batch as batch_module

    folder, out = tmp_path / "reviews", tmp_path / "out"
    _batch_folder(folder, [1, 2, 3])
    args = ["batch", str(folder), "-o", str(out), "-q", "-w", "1", "--chunk-size", "2"]
    assert runner.invoke(app, args).exit_code == 0
    before = _parts(out)

    def no_pool(workers: int) -> None:
        raise AssertionError("a worker pool was started for a job with nothing to read")

    monkeypatch.setattr(batch_module, "_worker_pool", no_pool)
    rerun = runner.invoke(app, args)
    assert rerun.exit_code == 0 and rerun.stderr == ""
    assert rerun.stdout.startswith("3 records, 0 errors from 3 inputs (3 from an earlier run) in ")
    assert rerun.stdout.endswith(f" s (nothing to read) -> {out}\n")
    assert _parts(out) == before


def test_a_batch_rerun_reads_again_what_another_reader_wrote(tmp_path: Path) -> None:
    from filmkritik.scale.batch import reader_version

    folder, out = tmp_path / "reviews", tmp_path / "out"
    _batch_folder(folder, [1, 2, 3])
    args = ["batch", str(folder), "-o", str(out), "-q", "-w", "1", "--chunk-size", "2"]
    assert runner.invoke(app, args).exit_code == 0
    manifest = out / "_manifest" / "part-00001.json"
    entry = json.loads(manifest.read_text(encoding="utf-8"))
    assert entry["reader"] == reader_version() and reader_version().startswith(filmkritik_version() + "+")
    entry["reader"] = "0.0.9+0123456789abcdef"  # as an older filmkritik wrote it
    manifest.write_text(json.dumps(entry), encoding="utf-8")
    rerun = runner.invoke(app, args)
    assert rerun.exit_code == 0
    assert rerun.stderr.splitlines() == [
        "filmkritik: 1 part of an earlier run (part-00001.jsonl) was written by another filmkritik reader (upgraded "
        "or edited): read again"
    ]
    assert json.loads(manifest.read_text(encoding="utf-8"))["reader"] == reader_version()


def filmkritik_version() -> str:
    import filmkritik

    return filmkritik.__version__


def test_read_of_many_urls_shows_each_record_as_its_page_comes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Ten pages were downloaded before the first record was shown.
    import importlib
    import sys

    from filmkritik.model import Source

    load_module = importlib.import_module("filmkritik.ingest.load")  # (the package's `load` is the function)

    shown_before: list[int] = []

    def fake_page(url: str) -> object:
        sys.stdout.flush()
        shown_before.append(sys.stdout.buffer.getvalue().count(b"\n"))  # type: ignore[attr-defined]
        return load_module.load_text(REVIEW_EN.replace("Saltmarsh", f"Saltmarsh {len(shown_before)}"), Source(url=url))

    monkeypatch.setattr(load_module, "load_url", fake_page)
    urls = [f"https://example.org/review/{n}" for n in range(12)]
    result = runner.invoke(app, ["read", *urls, "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 12
    assert shown_before == list(range(12))


# --- found while trying each command as a new user -----------------------------------------------------------------


def test_a_damaged_database_says_what_to_do_and_is_left_untouched(tmp_path: Path) -> None:
    # SQLite's "database disk image is malformed" was the whole message.
    db = tmp_path / "kb.db"
    with KnowledgeBase.open(str(db)) as kb:
        for n in range(30):
            kb.add_record(record(f"The Saltmarsh Choir {n}", year=2000 + n, text=f"Kritik {n}. " * 300))
    data = db.read_bytes()
    db.write_bytes(data[:3000])  # cut short (a copy that stopped, a full disk)
    before = db.read_bytes()
    for args in (["films"], ["add", "-", "-q"]):
        result = runner.invoke(app, [*args, "--db", str(db)], input=REVIEW_EN)
        assert result.exit_code == 4 and result.stdout == ""
        assert errors_of(result) == [
            f"filmkritik: error: cannot open the knowledge base at {db}: database disk image is malformed; the file is "
            "damaged (it was left untouched): restore a backup, rescue what is left with `sqlite3 FILE .recover`, or "
            "give another path with --db"
        ]
    assert db.read_bytes() == before


def test_film_says_when_more_films_match_than_it_lists(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.db")
    with KnowledgeBase.open(db) as kb:
        for n in range(25):
            kb.add_record(record(f"Saltmarsh Part {n}", year=2000 + n))
        kb.add_record(record("Another Film", year=1999))
    many = runner.invoke(app, ["film", "Saltmarsh", "--db", db])
    assert many.exit_code == 0 and many.stderr.startswith("filmkritik: at least 20 films match; showing ")
    few = runner.invoke(app, ["film", "Saltmarsh Part 1", "--db", db])
    assert few.exit_code == 0
    assert few.stderr == "" or not few.stderr.startswith("filmkritik: at least")


def test_export_to_a_folder_that_cannot_be_written_is_refused_before_any_work(tmp_path: Path) -> None:
    # It was "PATH: Permission denied", exit 1, unlike every other --out.
    from filmkritik.cli.app import check_out

    prefix = _without_root_override()
    db = str(tmp_path / "kb.db")
    with KnowledgeBase.open(db) as kb:
        kb.add_record(record("The Saltmarsh Choir", year=2024))
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        results = [
            _cli("export", "-f", fmt, "--db", db, "-o", str(locked / f"films.{fmt}"), prefix=prefix)
            for fmt in ("csv", "parquet")
        ]
    finally:
        locked.chmod(0o755)
    for fmt, result in zip(("csv", "parquet"), results, strict=True):
        assert result.returncode == 2 and errors_of(result) == [
            f"filmkritik: error: --out {locked / f'films.{fmt}'}: {locked} cannot be written (Permission denied); "
            "give another --out (nothing was exported)"
        ]
    assert list(locked.iterdir()) == []
    # A device is written as it is (nothing is made beside it).
    assert check_out("/dev/null", folder=False) == Path("/dev/null")


def test_eval_of_an_empty_file_or_a_url_says_what_it_is(tmp_path: Path) -> None:
    empty = tmp_path / "gold.json"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(empty), "http://127.0.0.1:9/gold.jsonl"])
    assert result.exit_code == 2 and errors_of(result) == [
        f"filmkritik: error: {empty}: the file is empty; give a gold file (seed-style JSON or JSONL)",
        "filmkritik: error: http://127.0.0.1:9/gold.jsonl: a URL; eval reads local gold files (download it first)",
    ]


def test_too_much_on_standard_input_says_more_than_the_limit() -> None:
    # "-: 10.0 MB is too large for one review (limit 10 MB)" for 50 MB piped in.
    result = runner.invoke(app, ["read", "-"], input="Ein Satz über einen Film. " * 2_200_000)
    assert result.exit_code == 2 and errors_of(result) == [
        "filmkritik: error: -: standard input holds more than 10 MB, too large for one review; split it, or save it "
        "and use `filmkritik batch` for corpora"
    ]


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [("u16.tsv", "utf-16", "\t"), ("u16le.csv", "utf-16-le", ","), ("u16be.csv", "utf-16-be", ",")],
)
def test_a_utf16_table_is_read_by_read_and_add(tmp_path: Path, name: str, encoding: str, delimiter: str) -> None:
    # A spreadsheet's "Unicode text" export: its columns were "t e x t" (NULs between the letters), no review read.
    table = tmp_path / name
    review = REVIEW_EN.replace('"', "")
    table.write_bytes(f'text{delimiter}critic\n"{review}"{delimiter}Wendela Price\n'.encode(encoding))
    read = runner.invoke(app, ["read", str(table), "-f", "jsonl"])
    assert read.exit_code == 0, read.stderr
    data = json.loads(read.stdout)
    assert data["source"]["author"] == "Wendela Price" and data["film"]["title"]["text"] == "The Saltmarsh Choir"
    added = runner.invoke(app, ["add", str(table), "--db", str(tmp_path / "kb.db"), "-q"])
    assert added.exit_code == 0 and "added 1 review," in added.stderr


def test_a_corpus_row_whose_text_is_no_string_is_refused_by_read_as_by_add(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": 5}) + "\n" + json.dumps({"text": REVIEW_EN}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["read", str(rows), "-f", "jsonl"])
    assert result.exit_code == 2 and len(result.stdout.splitlines()) == 1
    assert errors_of(result) == [
        f"filmkritik: error: {rows}#row=1: the row's `text` is 5, not text; give the review as a string"
    ]
