"""Speed pass 21a: batch, spark and read of many inputs read ten units at a time a stage at a time (the same records,
the same errors, in input order); and a batch run again reads again the chunks whose inputs were edited since."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crawl_fixtures import fictional_review
from filmkritik.cli import app
from filmkritik.errors import FilmkritikError, InputError
from filmkritik.ingest import Document
from filmkritik.ingest.corpus import CorpusRow
from filmkritik.read import pipeline
from filmkritik.scale import BatchJob, run_batch
from filmkritik.scale import batch as batch_module
from filmkritik.scale.batch import read_chunk, read_unit, read_units, unit_digest
from filmkritik.scale.sources import FileUnit, Unit, expand_file
from filmkritik.scale.spark import read_partition

_FIXTURES = Path(__file__).parent / "fixtures"
_BAD = "Dieser Text bringt die Quorzelfabrik zum Stillstand. " * 30
runner = CliRunner()


def _texts(limit: int) -> list[str]:
    """Invented fixture pages, German and English, reviews and not."""
    texts: list[str] = []
    for path in (
        sorted((_FIXTURES / "credits").glob("de*.jsonl"))[:1] + sorted((_FIXTURES / "credits").glob("en*.jsonl"))[:1]
    ):
        for line in path.read_text(encoding="utf-8").splitlines()[:8]:
            if line.strip() and isinstance(text := json.loads(line).get("text"), str) and text.strip():
                texts.append(text)
    texts.insert(2, "Öffnungszeiten: Mo-Fr 9-18 Uhr. Parkplätze im Hof. Tickets an der Kasse.")
    return texts[:limit]


def _files(folder: Path, texts: list[str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"r{number:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _one_by_one(units: list[Unit]) -> list[dict[str, Any]]:
    """What the worker wrote before this pass: each unit read alone, errors as the log's lines (no trace)."""
    out: list[dict[str, Any]] = []
    for unit in units:
        try:
            out.append(read_unit(unit))
        except Exception as error:
            message = (
                str(error)
                if isinstance(error, FilmkritikError)
                else f"{unit.key}: unexpected {type(error).__name__}: {error}"
            )
            out.append({"key": unit.key, "error": type(error).__name__, "message": message})
    return out


@pytest.fixture
def failing_component(monkeypatch: pytest.MonkeyPatch) -> None:
    """The credits component raises for the text holding "Quorzelfabrik" (a reader bug on one page)."""
    name, component = pipeline.COMPONENTS[2]

    def failing(analysis: Any) -> None:
        if "Quorzelfabrik" in analysis.text:
            raise ValueError("broken")
        component(analysis)

    monkeypatch.setattr(pipeline, "COMPONENTS", [*pipeline.COMPONENTS[:2], (name, failing), *pipeline.COMPONENTS[3:]])


def _chunk(tmp_path: Path, units: list[Unit]) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    result = read_chunk(0, units, str(tmp_path), "jsonl", False)
    rows = [json.loads(line) for line in Path(result.tmp_path).read_text(encoding="utf-8").splitlines()]
    assert result.keys == [unit.key for unit in units]
    return rows, result.errors


# --- Task 1: the same records, the same errors -------------------------------------------------------------------


def test_a_chunk_read_ten_at_a_time_is_the_chunk_read_one_by_one(tmp_path: Path) -> None:
    paths = _files(tmp_path / "in", _texts(14))
    (tmp_path / "in" / "r005.txt").write_bytes(b"")  # a file that cannot be read, in the middle of a batch
    units: list[Unit] = [FileUnit(str(p)) for p in paths]
    units.insert(9, CorpusRow(path="rows.jsonl", row=3, problem="no `text` or `html` column"))
    units.insert(11, CorpusRow(path="rows.jsonl", row=4, text=fictional_review(4)))
    rows, errors = _chunk(tmp_path, units)
    expected = _one_by_one(units)
    assert rows == [r for r in expected if "error" not in r]
    assert errors == [r for r in expected if "error" in r]
    assert [e["key"] for e in errors] == [str(paths[5]), "rows.jsonl#row=3"]


def test_a_batch_with_a_page_the_reader_fails_on_keeps_the_others(tmp_path: Path, failing_component: None) -> None:
    texts = _texts(12)
    texts.insert(5, _BAD)
    units: list[Unit] = [FileUnit(str(p)) for p in _files(tmp_path / "in", texts)]
    rows, errors = _chunk(tmp_path, units)
    expected = _one_by_one(units)
    assert rows == [r for r in expected if "error" not in r] and len(rows) == 12
    assert [{k: e[k] for k in ("key", "error", "message")} for e in errors] == [expected[5]]
    assert errors[0]["message"] == f"{units[5].key}: unexpected ValueError: broken"
    assert "raise ValueError" in errors[0]["traceback"]  # (the reader's frame: where it broke)


def test_an_error_not_caught_is_raised_where_one_by_one_raises_it(tmp_path: Path, failing_component: None) -> None:
    texts = _texts(7)
    texts.insert(4, _BAD)
    units: list[Unit] = [FileUnit(str(p)) for p in _files(tmp_path / "in", texts)]
    got: list[str] = []
    with pytest.raises(ValueError, match="broken"):
        for _unit, outcome in read_units(units, catch=(FilmkritikError,)):
            assert not isinstance(outcome, Exception)
            got.append(json.dumps(outcome.to_dict()))
    assert got == [json.dumps(r) for r in _one_by_one(units[:4])]


def test_nothing_after_a_load_that_raises_is_loaded() -> None:
    """As one by one: a failing load (a bug) of the third input stops there; the fourth (stdin, a URL) is never
    asked for."""
    loads: list[int] = []

    def load(number: int) -> Any:
        loads.append(number)
        if number == 3:
            raise RuntimeError("bug")
        if number == 2:
            raise InputError("bad input")
        return Document(text=fictional_review(number))

    outcomes: list[object] = []
    with pytest.raises(RuntimeError, match="bug"):
        for _number, outcome in read_units(iter(range(10)), load=load, catch=(FilmkritikError,)):
            outcomes.append(outcome)
    assert loads == [0, 1, 2, 3]
    assert [type(o).__name__ for o in outcomes] == ["ReviewRecord", "ReviewRecord", "InputError"]


def test_read_of_many_inputs_prints_the_records_read_one_by_one(tmp_path: Path) -> None:
    import filmkritik

    paths = _files(tmp_path / "in", _texts(13))
    paths[7].write_bytes(b"")
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": fictional_review(n)}) + "\n" for n in range(3)), encoding="utf-8")
    args = [*map(str, paths[:10]), str(rows), *map(str, paths[10:])]
    result = runner.invoke(app, ["read", *args, "-f", "jsonl"])
    assert result.exit_code == 2
    expected = []
    for path in args:
        if path == str(rows):
            expected += [read_unit(unit) for unit in expand_file(path)]
        elif path != str(paths[7]):
            expected.append(filmkritik.read(path).to_dict())
    assert [json.loads(line) for line in result.stdout.splitlines()] == expected
    assert f"{paths[7]}: the file is empty" in result.stderr


def test_a_spark_partition_reads_its_units_as_one_by_one(tmp_path: Path, failing_component: None) -> None:
    texts = _texts(11)
    texts.insert(3, _BAD)
    paths = _files(tmp_path / "in", texts)
    paths[8].write_bytes(b"")
    files = [(f"file:{p}", p.read_bytes()) for p in paths]
    got = list(read_partition(files))
    from filmkritik.scale.sources import FileBytesUnit

    expected = _one_by_one([FileBytesUnit(str(p), p.read_bytes()) for p in paths])
    assert [error for _, error in got if error] == [r for r in expected if "error" in r]
    records = [record for record, _ in got if record]
    assert len(records) == len(paths) - 2
    assert [r["source"]["path"] for r in records] == [r["source"]["path"] for r in expected if "error" not in r]


# --- Task 2: a rerun reads again the chunks whose inputs changed ----------------------------------------------------


def _reviews(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = [folder / f"review-{n:02d}.txt" for n in range(count)]
    for number, path in enumerate(paths):
        path.write_text(fictional_review(number), encoding="utf-8")
    return paths


def _part_stats(out: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(out.glob("part-*"))}


def _lines(out: Path) -> list[str]:
    return [line for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text(encoding="utf-8").splitlines()]


def _fresh(tmp_path: Path, inputs: tuple[str, ...], **settings: Any) -> list[str]:
    out = tmp_path / f"fresh-{len(list(tmp_path.glob('fresh-*')))}"
    run_batch(BatchJob(inputs=inputs, out=out, **settings), workers=1)
    return _lines(out)


def test_a_rerun_reads_again_only_the_chunk_of_an_edited_input(tmp_path: Path) -> None:
    paths = _reviews(tmp_path / "reviews", 6)
    out = tmp_path / "out"
    job = BatchJob(inputs=(str(paths[0].parent),), out=out, chunk_size=2)
    run_batch(job, workers=1)
    before = _part_stats(out)
    paths[3].write_bytes(b"")  # edited into a file that cannot be read
    summary = run_batch(job, workers=1)
    assert summary.changed_parts == ["part-00001.jsonl"] and summary.resumed_units == 4
    assert (summary.records, summary.errors) == (5, 1)
    assert [json.loads(line)["key"] for line in (out / "errors.jsonl").read_text().splitlines()] == [str(paths[3])]
    after = _part_stats(out)
    assert after["part-00000.jsonl"] == before["part-00000.jsonl"]
    assert after["part-00002.jsonl"] == before["part-00002.jsonl"]
    paths[3].write_text(fictional_review(33), encoding="utf-8")  # and again, into another review
    summary = run_batch(job, workers=1)
    assert summary.changed_parts == ["part-00001.jsonl"] and (summary.records, summary.errors) == (6, 0)
    assert (out / "errors.jsonl").read_text() == ""
    assert _lines(out) == _fresh(tmp_path, job.inputs, chunk_size=2)
    assert "Lantern Keeper 33" in _lines(out)[3]


def test_a_rerun_with_nothing_changed_reads_nothing_even_after_a_touch(tmp_path: Path) -> None:
    paths = _reviews(tmp_path / "reviews", 5)
    out = tmp_path / "out"
    job = BatchJob(inputs=(str(paths[0].parent),), out=out, chunk_size=2)
    run_batch(job, workers=1)
    before = (_part_stats(out), _lines(out))
    for path in paths:
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**10))  # (`touch`, a fresh checkout)
    summary = run_batch(job, workers=1)
    assert summary.changed_parts == [] and summary.resumed_units == 5
    assert (_part_stats(out), _lines(out)) == before


def test_an_edited_row_of_a_corpus_rereads_its_chunk_alone(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"

    def write(texts: list[str]) -> None:
        rows.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")

    texts = [fictional_review(n) for n in range(5)]
    write(texts)
    out = tmp_path / "out"
    job = BatchJob(inputs=(str(rows),), out=out, chunk_size=2)
    run_batch(job, workers=1)
    texts[4] = fictional_review(44)
    write(texts)
    summary = run_batch(job, workers=1)
    assert summary.changed_parts == ["part-00002.jsonl"] and summary.resumed_units == 4
    assert _lines(out) == _fresh(tmp_path, job.inputs, chunk_size=2)


def test_parts_of_a_run_without_digests_are_read_again(tmp_path: Path) -> None:
    paths = _reviews(tmp_path / "reviews", 4)
    out = tmp_path / "out"
    job = BatchJob(inputs=(str(paths[0].parent),), out=out, chunk_size=2)
    run_batch(job, workers=1)
    manifest = out / "_manifest" / "part-00000.json"
    entry = json.loads(manifest.read_text())
    assert entry["digests"] == [unit_digest(FileUnit(str(p))) for p in paths[:2]]
    del entry["digests"]  # as an earlier version wrote it: nothing says its inputs are the same
    manifest.write_text(json.dumps(entry))
    summary = run_batch(job, workers=1)
    assert summary.changed_parts == ["part-00000.jsonl"] and summary.resumed_units == 2
    assert "digests" in json.loads(manifest.read_text())


def test_a_reread_interrupted_before_its_entry_is_finished_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _reviews(tmp_path / "reviews", 4)
    out = tmp_path / "out"
    job = BatchJob(inputs=(str(paths[0].parent),), out=out, chunk_size=2)
    run_batch(job, workers=1)
    paths[1].write_text(fictional_review(11), encoding="utf-8")
    write = batch_module._write_atomically

    def crash_at_the_entry(path: Path, text: str) -> None:
        if path.parent.name == "_manifest":
            raise KeyboardInterrupt  # after the new part file is in place, before its entry
        write(path, text)

    monkeypatch.setattr(batch_module, "_write_atomically", crash_at_the_entry)
    with pytest.raises(KeyboardInterrupt):
        run_batch(job, workers=1)
    monkeypatch.undo()
    summary = run_batch(job, workers=1)
    assert summary.changed_parts == ["part-00000.jsonl"]
    assert _lines(out) == _fresh(tmp_path, job.inputs, chunk_size=2)
    assert run_batch(job, workers=1).changed_parts == []


def test_digests_say_what_a_unit_holds() -> None:
    row = CorpusRow(path="a.jsonl", row=1, text="x", hints=(("url", "https://example.org/1"),))
    assert unit_digest(row) == unit_digest(
        CorpusRow(path="a.jsonl", row=1, text="x", hints=(("url", "https://example.org/1"),))
    )
    others = [
        CorpusRow(path="a.jsonl", row=1, text="y", hints=row.hints),
        CorpusRow(path="a.jsonl", row=1, html="x", hints=row.hints),
        CorpusRow(path="a.jsonl", row=1, text="x"),
        CorpusRow(path="a.jsonl", row=1, text="x\udcff", hints=row.hints),
    ]
    assert len({unit_digest(row), *map(unit_digest, others)}) == 5


def test_a_missing_file_and_a_pipe_have_digests_without_reading(tmp_path: Path) -> None:
    missing = unit_digest(FileUnit(str(tmp_path / "gone.txt")))
    (tmp_path / "gone.txt").write_text("now here", encoding="utf-8")
    assert unit_digest(FileUnit(str(tmp_path / "gone.txt"))) != missing
    os.mkfifo(tmp_path / "pipe")
    assert unit_digest(FileUnit(str(tmp_path / "pipe"))) == unit_digest(FileUnit(str(tmp_path / "pipe")))  # (no block)
