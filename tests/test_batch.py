"""``filmkritik batch``: every core, one record per input, errors logged, resumable after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import filmkritik
from crawl_fixtures import crawl_pages, crawl_warc, fictional_review, is_review_page, page_url
from filmkritik.cli import app
from filmkritik.errors import InputError
from filmkritik.scale import BatchJob, iter_parquet_records, iter_records, run_batch
from filmkritik.scale.records import iter_parquet_dicts
from filmkritik.scale.schema import record_schema

ROOT = Path(__file__).resolve().parents[1]
FILMKRITIK = str(Path(sys.executable).with_name("filmkritik"))


def corpus_folder(root: Path, count: int) -> Path:
    folder = root / "reviews"
    folder.mkdir()
    for number in range(count):
        (folder / f"review-{number:04d}.txt").write_text(fictional_review(number), encoding="utf-8")
    return folder


def part_lines(out: Path) -> list[str]:
    return [line for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text(encoding="utf-8").splitlines()]


def test_one_record_per_input_equal_to_filmkritik_read(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path, 3)
    (folder / "page.html").write_bytes(crawl_pages()[0].read_bytes())
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": fictional_review(7)}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(BatchJob(inputs=(str(folder), str(rows)), out=out), workers=2)
    assert (summary.units, summary.records, summary.errors) == (5, 5, 0)
    got = [json.loads(line) for line in part_lines(out)]
    files = sorted(folder.iterdir())
    assert [r["source"]["path"] for r in got] == [*map(str, files), f"{rows}#row=1"]
    for record, path in zip(got, files, strict=False):
        assert record == filmkritik.read(path).to_dict()
    # A corpus row is the same review as the same text read directly; only its source says "corpus, row 1".
    direct = filmkritik.read_text(fictional_review(7)).to_dict()
    assert got[-1]["source"] == {**direct["source"], "kind": "corpus", "path": f"{rows}#row=1"}
    assert {**got[-1], "source": None} == {**direct, "source": None}


def test_errors_are_logged_and_the_job_goes_on(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path, 2)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\nbinary")
    out = tmp_path / "out"
    summary = run_batch(BatchJob(inputs=(str(folder), str(tmp_path / "missing.txt")), out=out), workers=1)
    assert (summary.records, summary.errors) == (2, 3)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["key"] for e in errors] == [
        str(folder / "empty.txt"),
        str(folder / "scan.pdf"),
        str(tmp_path / "missing.txt"),
    ]
    assert all(e["error"] == "InputError" for e in errors)
    assert "PDF" in errors[1]["message"]


def test_parquet_has_the_record_schema_and_reads_back_as_records(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path, 4)
    jsonl, parquet = tmp_path / "jsonl", tmp_path / "parquet"
    run_batch(BatchJob(inputs=(str(folder),), out=jsonl), workers=1)
    run_batch(BatchJob(inputs=(str(folder),), out=parquet, format="parquet", chunk_size=3), workers=2)
    parts = sorted(parquet.glob("part-*.parquet"))
    assert len(parts) == 2
    # Nested, typed columns even where every list is empty.
    assert pq.read_schema(parts[0]).remove_metadata() == record_schema()
    cast = record_schema().field("film").type.field("cast").type
    assert str(cast.value_type) == "struct<character: string, actor: string, evidence: list<item: list<item: int64>>>"
    from_parquet = [r.to_dict() for r in iter_parquet_records(parquet)]
    assert from_parquet == [r.to_dict() for r in iter_records(jsonl)]
    assert [row["source"]["path"] for row in iter_parquet_dicts(parquet)] == [str(p) for p in sorted(folder.iterdir())]


def test_one_and_two_workers_write_identical_output(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path, 40)
    one, two = tmp_path / "one", tmp_path / "two"
    run_batch(BatchJob(inputs=(str(folder),), out=one, chunk_size=5), workers=1)
    run_batch(BatchJob(inputs=(str(folder),), out=two, chunk_size=5), workers=2)
    assert part_lines(one) == part_lines(two)
    assert len(part_lines(one)) == 40


def test_a_finished_job_run_again_changes_nothing_and_other_settings_are_refused(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path, 5)
    out = tmp_path / "out"
    job = BatchJob(inputs=(str(folder),), out=out, chunk_size=2)
    run_batch(job, workers=1)
    before = part_lines(out)
    again = run_batch(job, workers=2)
    assert again.resumed_units == 5 and part_lines(out) == before
    with pytest.raises(InputError, match="another batch job"):
        run_batch(BatchJob(inputs=(str(folder),), out=out, chunk_size=2, format="parquet"), workers=1)


def test_reviews_only_keeps_reviews_from_a_mixed_crawl(tmp_path: Path) -> None:
    """Precision and recall of review detection at crawl scale, on our own fixture pages."""
    crawl = crawl_warc(tmp_path / "crawl.warc.gz")
    out = tmp_path / "out"
    summary = run_batch(BatchJob(inputs=(str(crawl),), out=out, reviews_only=True), workers=2)
    kept = {r.source.url for r in iter_records(out)}
    reviews = {page_url(p) for p in crawl_pages() if is_review_page(p)}
    assert summary.units == len(crawl_pages()) and summary.errors == 0
    true_positives = len(kept & reviews)
    precision = true_positives / len(kept) if kept else 0.0
    recall = true_positives / len(reviews)
    assert precision >= 0.8, f"kept non-reviews: {sorted(kept - reviews)}"
    assert recall >= 0.8, f"lost reviews: {sorted(reviews - kept)}"


def test_cli_batch_prints_a_summary(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path, 3)
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(tmp_path / "out"), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert "3 records" in result.output and "0 errors" in result.output


def _start_batch(folder: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [FILMKRITIK, "batch", str(folder), "--out", str(out), "--workers", "2", "--chunk-size", "4", "-q"]
    # As an interactive shell starts it: a runner started in the background (a non-interactive `cmd &`) ignores
    # SIGINT, and an ignored SIGINT is inherited, so the batch would never see the Ctrl-C this test sends.
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for_parts(out: Path, count: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while len(list((out / "_manifest").glob("part-*.json"))) < count:
        assert process.poll() is None, "the batch finished before it could be interrupted"
        assert time.monotonic() < deadline, "the batch made no progress"
        time.sleep(0.02)


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def _wait_until_gone(pids: list[int]) -> None:
    deadline = time.monotonic() + 15
    while any(Path(f"/proc/{pid}").exists() and "zombie" not in _state(pid) for pid in pids):
        assert time.monotonic() < deadline, f"worker processes outlived the batch: {pids}"
        time.sleep(0.1)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split("\n")[0].lower()
    except (OSError, IndexError):
        return "zombie"


@pytest.mark.slow
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_an_interrupted_batch_resumed_equals_an_uninterrupted_one(tmp_path: Path, how: signal.Signals) -> None:
    folder = corpus_folder(tmp_path, 400)
    whole, interrupted = tmp_path / "whole", tmp_path / "interrupted"
    subprocess.run(
        [FILMKRITIK, "batch", str(folder), "--out", str(whole), "--workers", "2", "--chunk-size", "4", "-q"], check=True
    )
    process = _start_batch(folder, interrupted)
    _wait_for_parts(interrupted, 3, process)
    workers = _children(process.pid)
    if how == signal.SIGKILL:
        os.kill(process.pid, signal.SIGKILL)  # the main process only, as a crash would
    else:
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    process.wait(timeout=60)
    assert process.returncode != 0
    _wait_until_gone(workers)  # no orphaned worker keeps reading (or holding memory)
    done = len(list((interrupted / "_manifest").glob("part-*.json")))
    assert 0 < done < 100, "the interruption came too late to test resuming"
    resumed = subprocess.run(
        [FILMKRITIK, "batch", str(folder), "--out", str(interrupted), "--workers", "2", "--chunk-size", "4", "-q"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "from an earlier run" in resumed.stdout
    assert part_lines(interrupted) == part_lines(whole)
    assert len(part_lines(whole)) == 400
    assert not list(interrupted.glob(".*.tmp"))


def test_resuming_after_an_input_was_added_reads_the_shifted_parts_again(tmp_path: Path) -> None:
    # (It was refused: "the inputs changed since the job started: give a new --out folder".)
    folder = corpus_folder(tmp_path, 4)
    out = tmp_path / "out"
    job = BatchJob(inputs=(str(folder),), out=out, chunk_size=2)
    run_batch(job, workers=1)
    (folder / "a-new-review.txt").write_text(fictional_review(99), encoding="utf-8")
    summary = run_batch(job, workers=1)
    assert (summary.units, summary.records, summary.resumed_units) == (5, 5, 0)
    assert summary.changed_parts == ["part-00000.jsonl", "part-00001.jsonl"]
