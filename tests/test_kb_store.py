"""Storage safety: where the database lives, foreign and corrupt files, idempotence, concurrency, crashes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.errors import DatabaseError
from filmkritik.kb import KnowledgeBase, ReviewHints
from filmkritik.kb.store import default_url
from kb_support import record


def cli(*args: str) -> Any:
    """Run a filmkritik command in this process (stdout and stderr kept apart, as a shell sees them)."""
    result = CliRunner().invoke(app, list(args))
    result.returncode = result.exit_code  # type: ignore[attr-defined]
    return result


def write_rows(path: Path, n: int, prefix: str) -> Path:
    """JSONL of records already read (as `filmkritik batch` writes them), with hints: no reader involved."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            row = record(
                f"{prefix} Film {i % 25}",
                text=f"{prefix} Kritik {i}: ein ruhiger, genau beobachteter Film über eine Fähre im Winter.",
                year=2000 + i % 25,
                score=20 + (i * 7) % 70,
            ).to_dict()
            row["hints"] = {"outlet": f"{prefix} Blatt"}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def review_count(db: Path) -> int:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


def test_default_database_is_in_the_user_data_folder_or_the_env_var(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("FILMKRITIK_DB", raising=False)
    assert default_url().startswith("sqlite:///") and "filmkritik" in default_url()
    monkeypatch.setenv("FILMKRITIK_DB", str(tmp_path / "env.db"))
    with KnowledgeBase.open() as kb:
        kb.add_record(record("Die Nordbrücke"))
    assert (tmp_path / "env.db").exists()


def test_sqlite_runs_in_wal_mode_with_a_schema_version(tmp_path: Path):
    db = tmp_path / "kb.db"
    KnowledgeBase.open(str(db)).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT version_num FROM filmkritik_alembic_version").fetchone()[0]


def test_a_corrupt_file_gives_a_clear_error_and_is_left_untouched(tmp_path: Path):
    db = tmp_path / "notes.db"
    db.write_bytes(b"my shopping list: bread, milk\n" * 50)
    before = db.read_bytes()
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        KnowledgeBase.open(str(db))
    assert db.read_bytes() == before
    result = cli("films", "--db", str(db))
    assert result.returncode == 4 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_damaged_sqlite_file_is_not_overwritten(tmp_path: Path):
    db = tmp_path / "kb.db"
    with KnowledgeBase.open(str(db)) as kb:
        kb.add_record(record("Die Nordbrücke"))
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wipe the schema page, keep the header
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseError):
        KnowledgeBase.open(str(db))
    assert db.read_bytes() == bytes(data)


def test_another_applications_database_is_refused(tmp_path: Path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    with pytest.raises(DatabaseError, match="another application"):
        KnowledgeBase.open(str(db))
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_re_adding_the_same_inputs_changes_nothing(tmp_path: Path):
    db, rows = tmp_path / "kb.db", write_rows(tmp_path / "rows.jsonl", 30, "Nord")
    first = cli("add", str(rows), "--db", str(db))
    assert first.returncode == 0, first.stderr
    snapshot = cli("export", "--format", "jsonld", "--db", str(db)).stdout
    films = cli("films", "--format", "json", "--db", str(db)).stdout
    again = cli("add", str(rows), "--db", str(db))
    assert "added 0 reviews, 30 already stored" in again.stderr
    assert cli("export", "--format", "jsonld", "--db", str(db)).stdout == snapshot
    assert cli("films", "--format", "json", "--db", str(db)).stdout == films
    assert review_count(db) == 30


def test_the_same_review_added_twice_is_stored_once(tmp_path: Path):
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        rec = record("Die Nordbrücke", text="Eine Kritik der Nordbrücke, ein sehr schöner Film.")
        first = kb.add_record(rec, ReviewHints(outlet="Blatt"))
        second = kb.add_record(rec, ReviewHints(outlet="Blatt"))
        assert first.created and not second.created and first.review_id == second.review_id
        assert kb.count_reviews() == 1


def test_two_add_processes_on_one_file_do_not_corrupt_it(tmp_path: Path):
    db = tmp_path / "kb.db"
    KnowledgeBase.open(str(db)).close()
    a, b = write_rows(tmp_path / "a.jsonl", 80, "Ost"), write_rows(tmp_path / "b.jsonl", 80, "West")
    code = "from filmkritik.cli import main; main()"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, "add", str(p), "--db", str(db)], stderr=subprocess.PIPE, text=True
        )
        for p in (a, b, a)
    ]
    for proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
    assert integrity(db) == "ok"
    assert review_count(db) == 160
    with KnowledgeBase.open(str(db)) as kb:
        assert kb.count_films() == 50


def test_an_interrupted_add_leaves_a_consistent_database_and_a_rerun_completes_it(tmp_path: Path):
    db, rows = tmp_path / "kb.db", write_rows(tmp_path / "rows.jsonl", 400, "Süd")
    KnowledgeBase.open(str(db)).close()
    code = "from filmkritik.cli import main; main()"
    proc = subprocess.Popen([sys.executable, "-c", code, "add", str(rows), "--db", str(db)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while review_count(db) < 50 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = review_count(db)
    assert 0 < stored < 400
    assert integrity(db) == "ok"
    with KnowledgeBase.open(str(db)) as kb:
        # Every stored review is complete: its film's cached count matches its reviews.
        assert sum(f["reviews"] for f in kb.list_films(limit=100)) == stored
    rerun = cli("add", str(rows), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored} already stored" in rerun.stderr
    assert review_count(db) == 400


def test_the_migrations_create_exactly_the_models_tables(tmp_path: Path):
    """A schema change without a migration fails here (autogenerate finds nothing to do)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from filmkritik.kb.schema import Base

    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb, kb.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": "filmkritik_alembic_version"})
        diff = compare_metadata(context, Base.metadata)
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name == "filmkritik_alembic_version")] == []


def test_a_database_from_a_newer_filmkritik_is_refused(tmp_path: Path):
    db = tmp_path / "kb.db"
    KnowledgeBase.open(str(db)).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE filmkritik_alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer filmkritik"):
        KnowledgeBase.open(str(db))


def test_a_read_only_database_file_can_still_be_read(tmp_path: Path):
    db = tmp_path / "kb.db"
    with KnowledgeBase.open(str(db)) as kb:
        kb.add_record(record("Die Nordbrücke"))
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.chmod(0o444)
    try:
        with KnowledgeBase.open(str(db)) as kb:
            assert kb.count_films() == 1
            if os.geteuid() != 0:  # root writes through file modes
                with pytest.raises(DatabaseError, match="could not be written"):
                    kb.add_record(record("Die Südbrücke"))
    finally:
        db.chmod(0o644)


def test_the_schema_head_constant_names_the_newest_migration():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from filmkritik.kb import store

    config = Config()
    config.set_main_option("script_location", str(Path(store.__file__).with_name("migrations")))
    assert ScriptDirectory.from_config(config).get_current_head() == store.SCHEMA_HEAD
