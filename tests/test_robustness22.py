"""Robustness audit 22: round 21's leftovers and what a new user met next.

A shell script without a #! line; CSV cells a spreadsheet would run as formulas; control characters in records
and views; `eval` of a gold file that cannot be read; plural forms in CLI output; batch reruns.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.ingest.shape import not_prose
from filmkritik.kb import KnowledgeBase
from kb_support import record

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
