"""Batch reruns look at unchanged input files' size and times, not their bytes (robustness audit 23, item 5).

A rerun with nothing changed read and hashed every input again (and parsed every corpus): now a file whose
size, modification and change times and inode are as they were when last hashed is not opened. Edits are still
seen: the change time moves with any write, even when size and modification time are put back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.scale import batch as batch_module
from filmkritik.scale import input_cache

runner = CliRunner()


def _review(number: int, word: str = "gelungen") -> str:
    # Invented reviews: no film, person or sentence from the development texts.
    return (
        f"Die Schleuse von Oderhain {number}\n\n"
        f"Regisseurin Tamsin Vogelsang erzählt von der Schleusenwärterin Hedda (Liv Marbach), die jeden Abend "
        f"die Boote zählt. Ihr Nachbar Ansgar (Pit Lorenzen) hilft ihr dabei.\n\nEin {word}er, ruhiger Film "
        f"über Arbeit und Wasser, mit schönen Bildern.\n\nWertung: {1 + number % 5} von 5 Sternen"
    )


@pytest.fixture
def job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, list[str]]:
    # Files written by the test are seconds old at most: trusted at once here (the two-second margin is tried
    # in its own test).
    monkeypatch.setattr(input_cache, "RACY_NS", 0)
    folder, out = tmp_path / "reviews", tmp_path / "out"
    folder.mkdir()
    for number in range(1, 6):
        (folder / f"r{number}.txt").write_text(_review(number), encoding="utf-8")
    rows = folder / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": _review(n)}) + "\n" for n in (6, 7)), encoding="utf-8")
    args = ["batch", str(folder), "-o", str(out), "-q", "-w", "1", "--chunk-size", "2"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    return folder, out, args


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose bytes a rerun's check reads (hashes or parses)."""
    opened: list[str] = []
    original_digest, original_expand = batch_module._digest_file, batch_module.expand_file

    def digest_file(digest: object, path: str) -> None:
        opened.append(path)
        original_digest(digest, path)

    def expand_file(path: str):  # type: ignore[no-untyped-def]
        opened.append(path)
        return original_expand(path)

    monkeypatch.setattr(batch_module, "_digest_file", digest_file)
    monkeypatch.setattr(batch_module, "expand_file", expand_file)
    return opened


def test_a_rerun_with_nothing_changed_reads_no_input(job, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _folder, _out, args = job
    opened = _count_reads(monkeypatch)
    rerun = runner.invoke(app, args)
    assert rerun.exit_code == 0 and rerun.stderr == ""
    assert rerun.stdout.startswith("7 records, 0 errors from 7 inputs (7 from an earlier run) in ")
    assert opened == []


def test_an_edit_is_seen_even_when_size_and_time_are_put_back(job, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    folder, out, args = job
    target = folder / "r3.txt"
    before = target.stat()
    # Another verdict word, the text cut to the old size: the same size, new content.
    target.write_bytes(_review(3, "misslungen").encode("utf-8")[: before.st_size])
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `touch -r` or a careless copy would
    assert target.stat().st_size == before.st_size and target.stat().st_mtime_ns == before.st_mtime_ns
    opened = _count_reads(monkeypatch)
    rerun = runner.invoke(app, args)
    assert rerun.exit_code == 0, rerun.output
    assert str(target) in opened and len(set(opened)) == 1  # only the edited file is read to tell
    assert "part-00001.jsonl" in rerun.stderr  # (r3 is the third input: the second part)
    texts = [json.loads(line)["text"] for line in (out / "part-00001.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any("misslungen" in text for text in texts)


def test_an_edited_corpus_is_read_again_and_the_others_are_not(job, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    folder, out, args = job
    rows = folder / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": _review(n, "großartig")}) + "\n" for n in (6, 7)), encoding="utf-8")
    opened = _count_reads(monkeypatch)
    rerun = runner.invoke(app, args)
    assert rerun.exit_code == 0, rerun.output
    assert opened == [str(rows)]
    records = [json.loads(line) for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text().splitlines()]
    assert sum("großartig" in r["text"] for r in records) == 2 and len(records) == 7


def test_a_file_changed_just_before_it_was_hashed_is_hashed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The default margin: a file written in the two seconds before the check may change again in the same clock
    # tick, so it is not trusted by its times on the next run.
    folder, out = tmp_path / "reviews", tmp_path / "out"
    folder.mkdir()
    (folder / "r1.txt").write_text(_review(1), encoding="utf-8")
    args = ["batch", str(folder), "-o", str(out), "-q", "-w", "1"]
    assert runner.invoke(app, args).exit_code == 0
    opened = _count_reads(monkeypatch)
    assert runner.invoke(app, args).exit_code == 0
    assert set(opened) == {str(folder / "r1.txt")}


def test_a_damaged_cache_is_rebuilt_not_trusted(job, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _folder, out, args = job
    (out / "_manifest" / input_cache.CACHE_FILE).write_text("{not json", encoding="utf-8")
    opened = _count_reads(monkeypatch)
    rerun = runner.invoke(app, args)
    assert rerun.exit_code == 0 and rerun.stderr == ""
    assert len(set(opened)) == 6  # every file read once to tell, nothing read again
    opened.clear()
    assert runner.invoke(app, args).exit_code == 0 and opened == []
