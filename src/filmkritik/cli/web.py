"""``filmkritik serve``: the web app and HTTP API under uvicorn."""

from __future__ import annotations

import errno
import signal
import socket
from pathlib import Path
from typing import Annotated

import typer

from filmkritik.cli.app import app, err, friendly
from filmkritik.errors import FilmkritikError, UsageError


@app.command()
@friendly
def serve(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="FILMKRITIK_DB",
            metavar="URL",
            help="Database URL or SQLite file path (default: $FILMKRITIK_DB, else filmkritik.db in the user data folder).",
        ),
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Refuse every write (a public deployment).")] = False,
    token: Annotated[
        str | None,
        typer.Option(
            "--token", envvar="FILMKRITIK_API_TOKEN", help="Require this token for writes (Authorization: Bearer)."
        ),
    ] = None,
) -> None:
    """Serve the web app and HTTP API (API docs at /docs)."""
    import uvicorn

    from filmkritik.cli.kb import check_db_option
    from filmkritik.kb import KnowledgeBase
    from filmkritik.kb.store import cannot_write, display
    from filmkritik.web import create_app

    check_db_option(db)
    _check_host(host)
    if token is not None and not token.strip():
        # `--token "$TOKEN"` unset served with no token at all: every visitor could store reviews.
        raise UsageError(
            f"--token {token!r}: an empty token (an unset shell variable?) would leave writes open to everyone; give the "
            "token, or leave --token out"
        )
    # Open the database before listening, so a wrong --db fails here with one clear line. A database that
    # cannot be written (read-only media or folder) is served read-only.
    new_file = _missing_sqlite_file(db)
    if new_file is not None and read_only:
        # Read-only serving must not create the file a mistyped --db names: an empty base in memory answers
        # instead (it created an empty database file before).
        err.print(
            f"filmkritik: {new_file} does not exist: serving an empty knowledge base read-only (no file is created;"
            " check --db)",
            markup=False,
        )
        db, new_file = "sqlite://", None
    locked = cannot_write(db)
    kb = KnowledgeBase.open(db, read_only=locked)
    if locked and not read_only:
        err.print(f"filmkritik: {display(kb.engine)} cannot be written here: serving it read-only", markup=False)
        read_only = True
    try:
        application = create_app(db, read_only=read_only, api_token=token, kb=kb)
        # Listen before saying so: a port in use fails with one line, not "serving on" and then an error.
        sock = _listen(host, port)
        if new_file is not None:
            # A mistyped --db served "no films yet" without a word.
            err.print(f"filmkritik: {new_file} did not exist: serving a new, empty knowledge base", markup=False)
        err.print(f"filmkritik: serving on http://{host}:{port}/ (API docs at /docs)", markup=False)
        config = uvicorn.Config(application, host=host, port=port, log_level="warning", proxy_headers=False)
        # uvicorn shuts down gracefully on SIGTERM and then raises it again under the handler it found: with
        # this one the process ends as after Ctrl-C (the database closed, temporary files removed) instead of
        # being killed by the signal.
        previous = signal.signal(signal.SIGTERM, _stop)
        try:
            uvicorn.Server(config).run(sockets=[sock])
        finally:
            signal.signal(signal.SIGTERM, previous)
    except KeyboardInterrupt:
        # Ctrl-C (or SIGTERM, e.g. from systemd) is how a server is stopped: no error.
        err.print("filmkritik: stopped", markup=False)
    finally:
        kb.close()


def _check_host(host: str) -> None:
    """An empty --host (``--host "$HOST"`` unset) made uvicorn listen on every interface (0.0.0.0): a server
    meant for this machine was open to the network, and said "serving on http://:8000/"."""
    if not host.strip():
        raise UsageError(
            f"--host {host!r}: an empty address (an unset shell variable?); give 127.0.0.1 for this machine only, or "
            "0.0.0.0 for every interface"
        )


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _missing_sqlite_file(db: str | None) -> Path | None:
    """The SQLite file ``db`` names when it does not exist yet (opening it creates it), else None."""
    import sqlalchemy as sa

    from filmkritik.kb.store import normalise_url

    try:
        url = sa.make_url(normalise_url(db))
    except (sa.exc.ArgumentError, ValueError):
        return None  # reported when it is opened
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    path = Path(url.database)
    return None if path.exists() else path


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (as uvicorn binds it), or a FilmkritikError saying what to do."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        hint = "pick another --port" if error.errno == errno.EADDRINUSE else "check --host"
        raise FilmkritikError(f"cannot listen on {host}:{port}: {error.strerror or error}; {hint}") from None
    sock.set_inheritable(True)
    return sock
