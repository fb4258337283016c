"""Opening a database: the URL, SQLite's safety settings, refusing foreign files, migrations.

SQLite is opened in WAL mode with a busy timeout, and every write transaction starts with
``BEGIN IMMEDIATE`` so two ``filmkritik add`` processes on one file queue for the write lock
instead of failing halfway. Migrations run on open inside such a write transaction, so a
half-migrated database cannot be left behind.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from filmkritik.errors import DatabaseError, DiskFullError

ENV_VAR = "FILMKRITIK_DB"
VERSION_TABLE = "filmkritik_alembic_version"
#: The newest migration under kb/migrations/versions (a test keeps the two in step).
SCHEMA_HEAD = "0002"
BUSY_TIMEOUT_MS = 60_000
#: Seconds to wait for a PostgreSQL server to answer (unless the URL sets ``?connect_timeout=``).
CONNECT_TIMEOUT_S = 10
_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")
_OUR_TABLES = frozenset(
    {"films", "film_titles", "people", "credits", "reviews", "review_aspects", "critics"}
    | {"imdb_titles", "imdb_akas", "imdb_names", "imdb_principals", VERSION_TABLE}
)


def default_url() -> str:
    """``$FILMKRITIK_DB`` if set, else ``filmkritik.db`` in the user's data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("filmkritik", appauthor=False))
    return f"sqlite:///{folder / 'filmkritik.db'}"


def normalise_url(url: str | None) -> str:
    """Accept a URL or a bare file path (``reviews.db`` means a SQLite file)."""
    url = url or default_url()
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        # The driver filmkritik ships with is psycopg 3.
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _hide_password(text: str) -> str:
    """``postgresql://user:secret@host`` -> ``postgresql://user:***@host``, for a URL that cannot be parsed."""
    return _PASSWORD.sub(r"\1***@", text)


def _sqlite_path(url: sa.URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before SQLite can touch it."""
    if path.is_dir():
        raise DatabaseError(f"{path}: is a directory; give a database file path with --db")
    if not path.exists() or path.stat().st_size == 0:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
            raise DatabaseError(
                f"{path}: {blocker} is a file, not a folder; give a database path in a folder with --db"
            ) from None
        except OSError as error:
            raise DatabaseError(
                f"{path}: its folder cannot be made ({error.strerror or error}); give another path with --db"
            ) from None
        return
    with path.open("rb") as handle:
        head = handle.read(len(_SQLITE_MAGIC))
    if head != _SQLITE_MAGIC:
        raise DatabaseError(
            f"{path}: is not a SQLite database (corrupt or another kind of file); "
            "it was left untouched, give another path with --db or FILMKRITIK_DB"
        )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level: SQLAlchemy's "begin" hook below issues BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # A read-only connection keeps the file's journal mode (changing it would write) and refuses writes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def cannot_write(url: str | None) -> bool:
    """Whether ``url`` names an existing SQLite file that this process cannot write, or whose folder it cannot
    write (read-only media, a read-only mount or folder): such a file can still be opened ``read_only``."""
    try:
        path = _sqlite_path(sa.make_url(normalise_url(url)))
    except (SQLAlchemyError, ValueError):
        return False
    if path is None or not path.is_file():
        return False
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _read_only_uri(path: Path) -> str:
    """SQLite's URI for reading ``path`` without writing anything beside it.

    In WAL mode even a reader needs the -shm file; in a folder nobody can write, it cannot be made, so the file
    is opened ``immutable`` (nothing can change it there), unless a -wal and -shm were left beside it (their
    committed pages would be missed).
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if not os.access(path.parent, os.W_OK) and not (wal.exists() and shm.exists()):
        uri += "&immutable=1"
    return uri


def _sqlite_begin(conn: Connection) -> None:
    # Writers take the write lock up front (IMMEDIATE); waiting happens in busy_timeout, not
    # as a failed lock upgrade in the middle of a review.
    mode = "IMMEDIATE" if conn.get_execution_options().get("filmkritik_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_engine(url: str | None, *, read_only: bool = False) -> Engine:
    """An engine for ``url`` with filmkritik's safety settings; nothing is created yet.

    ``read_only``: a SQLite file is opened read-only (it must exist; nothing is written to it or beside it), so
    a knowledge base on read-only media can be read. PostgreSQL sessions are made read-only.
    """
    text = normalise_url(url)
    try:
        parsed = sa.make_url(text)
    except (SQLAlchemyError, ValueError) as error:
        raise DatabaseError(
            f"{_hide_password(text)!r} is not a database URL ({_hide_password(str(error))}); "
            "use sqlite:///PATH or postgresql://user:pw@host/db"
        ) from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            f"{parsed.render_as_string(hide_password=True)}: filmkritik stores its knowledge base in SQLite or "
            "PostgreSQL; give a file path, sqlite:///PATH or postgresql://user:pw@host/db"
        )
    path = _sqlite_path(parsed)
    memory_folder = None
    if parsed.get_backend_name() == "sqlite" and path is None:
        # An in-memory SQLite database is one per connection: a server's threads each saw a new, empty one
        # ("no such table: films" on every request of `serve --db sqlite://`). It lives in a temporary file
        # instead, removed when the engine goes (or the process ends).
        memory_folder = tempfile.mkdtemp(prefix="filmkritik-memory-")
        path = Path(memory_folder) / "kb.db"
        parsed = parsed.set(database=str(path))
        read_only = False
    if path is not None:
        if read_only and not path.is_file():
            raise DatabaseError(f"{path}: no knowledge base there; check the path given with --db or FILMKRITIK_DB")
        _check_sqlite_file(path)
    try:
        if parsed.get_backend_name() == "sqlite" and read_only and path is not None:
            uri = _read_only_uri(path)
            engine = sa.create_engine(
                parsed,
                creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False),
            )
            event.listen(engine, "connect", _sqlite_read_only_pragmas)
        elif parsed.get_backend_name() == "sqlite":
            engine = sa.create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            connect_args: dict[str, Any] = {}
            if "connect_timeout" not in parsed.query:
                # A server that takes the connection but never answers must not hang the command.
                connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
            if read_only:
                connect_args["options"] = "-c default_transaction_read_only=on"
            engine = sa.create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except ImportError as error:
        raise DatabaseError(
            f"cannot use {parsed.render_as_string(hide_password=True)}: {error} "
            "(filmkritik ships the psycopg 3 driver: write postgresql://user:pw@host/db)"
        ) from None
    except SQLAlchemyError as error:
        raise DatabaseError(f"cannot use {parsed.render_as_string(hide_password=True)}: {error}") from None
    if memory_folder is not None:
        weakref.finalize(engine, shutil.rmtree, memory_folder, True)
    return engine


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction (``BEGIN IMMEDIATE`` on SQLite); committed when the block ends."""
    with engine.connect() as conn:
        conn = conn.execution_options(filmkritik_write=True)
        with conn.begin():
            yield conn


def migrate(engine: Engine, *, read_only: bool = False) -> None:
    """Bring the schema to the newest revision, refusing databases that are not filmkritik's.

    ``read_only``: nothing may be written, so a database whose schema is not the newest is refused.
    """
    try:
        # Usually the schema is current: a read settles that without the write lock (it works on
        # a database the user may only read) and without importing Alembic.
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            current = _current_revision(conn) if VERSION_TABLE in tables else None
            if current == SCHEMA_HEAD:
                return
    except SQLAlchemyError as error:
        raise disk_full(engine, error, "cannot open") or DatabaseError(
            f"cannot open the knowledge base at {_display(engine)}: {first_line(error)}{_open_hint(engine, error)}"
        ) from None
    if read_only:
        if current is None and tables - {"sqlite_sequence"}:
            what = "is not a filmkritik knowledge base (another application's tables); it was left untouched"
        elif current is None:
            what = "is empty (no knowledge base yet)"
        elif current not in _known_revisions():
            what = f"was written by a newer filmkritik (schema {current}); upgrade filmkritik to use it"
        else:
            what = (
                f"has schema {current}, not {SCHEMA_HEAD}: upgrading it writes, and it is opened read-only here; "
                "open it once where it can be written (any filmkritik command there upgrades it)"
            )
        raise DatabaseError(f"{_display(engine)} {what}")
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    try:
        with writing(engine) as conn:
            if conn.dialect.name == "postgresql":
                # Two processes opening a fresh database must not both create the tables.
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7294113)")
            tables = set(sa.inspect(conn).get_table_names())
            current = _current_revision(conn) if VERSION_TABLE in tables else None
            if current == head:
                return
            _refuse_foreign(conn, tables, current, config)
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except DatabaseError:
        raise
    except SQLAlchemyError as error:
        raise disk_full(engine, error, "cannot open") or DatabaseError(
            f"cannot open the knowledge base at {_display(engine)}: {first_line(error)}{_open_hint(engine, error)}"
        ) from None


def _known_revisions() -> set[str]:
    """The schema revisions this filmkritik knows (``versions/0002_name.py`` is revision ``0002``), read from
    the file names so that a read-only opening need not import Alembic."""
    return {path.name.split("_", 1)[0] for path in (_MIGRATIONS / "versions").glob("*.py")}


def _open_hint(engine: Engine, error: Exception) -> str:
    """What to do about a database that cannot be opened: a damaged file (SQLite says only "database disk image is
    malformed" or "file is not a database"), or one the user may not write beside."""
    text = first_line(error)
    if "malformed" in text or "file is not a database" in text:
        return (
            "; the file is damaged (it was left untouched): restore a backup, rescue what is left with "
            "`sqlite3 FILE .recover`, or give another path with --db"
        )
    return _read_only_hint(engine)


def _read_only_hint(engine: Engine) -> str:
    """Why SQLite cannot open a file the user can read: WAL mode writes beside it, even to read."""
    path = _sqlite_path(engine.url)
    if path is None:
        return ""
    if not path.exists():
        # A new database in a folder the user may not write: SQLite says only "unable to open database file".
        if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            return f" ({path.parent} cannot be written, so no new knowledge base can be made there; give a path in a folder you can write with --db)"
        return ""
    if not os.access(path.parent, os.W_OK):
        return (
            f" ({path.parent} is read-only, and writing needs SQLite's -wal and -shm files beside the database: "
            "copy it to a writable folder to add to it; films, film, export and serve read it where it is)"
        )
    if not os.access(path, os.W_OK):
        return (
            f" ({path} is read-only: make it writable, or copy it to a writable folder, to add to it; "
            "films, film, export and serve read it as it is)"
        )
    return ""


def _current_revision(conn: Connection) -> str | None:
    return conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def _refuse_foreign(conn: Connection, tables: set[str], current: str | None, config: Any) -> None:
    from alembic.script import ScriptDirectory

    where = _display(conn.engine)
    if current is not None:
        known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
        if current not in known:
            raise DatabaseError(
                f"{where} was written by a newer filmkritik (schema {current}); upgrade filmkritik to use it"
            )
        return
    foreign = tables - _OUR_TABLES
    ours = tables & _OUR_TABLES
    if conn.dialect.name == "sqlite" and foreign:
        raise DatabaseError(
            f"{where} holds another application's tables ({', '.join(sorted(foreign)[:3])}...); "
            "it was left untouched, give another path with --db"
        )
    if ours:
        raise DatabaseError(
            f"{where} has filmkritik-like tables but no schema version; it was left untouched, "
            "give a new database with --db"
        )


def check_readable(engine: Engine) -> None:
    """Fail early with a clear message when the file or server cannot be read at all."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
    except SQLAlchemyError as error:
        raise disk_full(engine, error, "cannot open") or DatabaseError(
            f"cannot open the knowledge base at {_display(engine)}: {first_line(error)}{_open_hint(engine, error)}"
        ) from None
    except UnicodeDecodeError:
        # SQLite's own message quoted damaged bytes of the schema (Python cannot decode the message itself).
        raise DatabaseError(
            f"cannot open the knowledge base at {_display(engine)}: its schema is unreadable; the file is damaged: "
            "restore a backup, or rescue what is left with `sqlite3 FILE .recover`"
        ) from None


#: Below this many free bytes a "disk I/O error" on opening is taken for a full device (SQLite could not
#: create its -shm file).
_LOW_SPACE = 1024 * 1024


def disk_full(engine: Engine, error: Exception, doing: str) -> DiskFullError | None:
    """The error to raise when ``error`` means the database's device is full, else None."""
    text = first_line(error)
    full = "database or disk is full" in text or "No space left on device" in text
    path = _sqlite_path(engine.url)
    if not full and "disk I/O error" in text and path is not None:
        try:
            full = shutil.disk_usage(path.parent).free < _LOW_SPACE
        except OSError:
            full = False
    if not full and "disk I/O error" in text and path is not None and _over_file_size_limit(path):
        return DiskFullError(
            f"{doing} the knowledge base at {_display(engine)}: it would grow past this shell's file size limit "
            "(ulimit -f); raise the limit and run again"
        )
    if not full:
        return None
    again = "run again" if doing == "cannot open" else "run the same command again (what was stored is complete)"
    return DiskFullError(
        f"{doing} the knowledge base at {_display(engine)}: no space left on its device; free some space and {again}"
    )


def _over_file_size_limit(path: Path) -> bool:
    """Whether the database (or its -wal file) is near the process's file size limit (RLIMIT_FSIZE): SQLite
    reports the refused write (EFBIG) as a "disk I/O error"."""
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    sizes = [p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
    return any(size + 256 * 1024 >= soft for size in sizes) or soft < 256 * 1024


def display(engine: Engine) -> str:
    """The database as a user names it: the SQLite file's path, or the URL without its password."""
    return _display(engine)


def _display(engine: Engine) -> str:
    path = _sqlite_path(engine.url)
    return str(path) if path else engine.url.render_as_string(hide_password=True)


def first_line(error: Exception) -> str:
    text = str(getattr(error, "orig", None) or error)
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__
