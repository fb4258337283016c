"""The Typer application and the one place errors become a line on stderr."""

from __future__ import annotations

import errno
import functools
import io
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console

from filmkritik.errors import FilmkritikError

app = typer.Typer(
    name="filmkritik",
    help="Read film criticism into evidence-backed records, and build a film knowledge base.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich exits with status 1 when the reader of a pipe goes away (`filmkritik read x | head`); the JSON
        # formats end with 0 there (see friendly), and the pretty view must not differ.
        self.quiet = True
        raise BrokenPipeError


out = _Console(highlight=False, soft_wrap=True)
err = _Console(stderr=True, highlight=False, soft_wrap=True)

F = TypeVar("F", bound=Callable[..., Any])


def plural(number: int, noun: str, many: str | None = None) -> str:
    """ "1 review", "2 reviews" ("1 person", "3 people" with ``many``): every count the CLI prints reads as English
    (`eval` said "1 reviews")."""
    return f"{number} {noun}" if number == 1 else f"{number} {many or noun + 's'}"


def process_cap() -> int:
    """The most worker processes a command starts: four per core. `add -j 100000` (or `batch -w`) started
    that many processes (batch all at once), which could stop the whole machine."""
    import os

    return 4 * (os.cpu_count() or 1)


def capped_processes(asked: int, option: str) -> int:
    """``asked`` processes, or the cap with a note on stderr."""
    cap = process_cap()
    if asked <= cap:
        return asked
    err.print(f"filmkritik: {option} {asked} is more than this machine can run; using {cap} (4 per core)", markup=False)
    return cap


def check_out(given: str | None, *, folder: bool = True, nothing: str = "nothing was written") -> Path | None:
    """Refuse an --out that cannot be written before the work, not after it: `train review-detect --out
    /proc/x.json` trained for a while and then said only "No such file or directory"; `batch -o "$UNSET"` wrote
    its part files into the current folder."""
    import tempfile

    from filmkritik.errors import UsageError

    if given is None:
        return None
    if not given.strip():
        # (typed as a Path, "" became "." before any check could see it)
        kind = "folder" if folder else "file path"
        raise UsageError(f"--out {given!r}: an empty path (an unset shell variable?); give a {kind} ({nothing})")
    out = Path(given)
    if out.exists() and out.is_dir() != folder:
        what = "a folder, not a file" if out.is_dir() else "a file, not a folder"
        raise UsageError(f"--out {out}: is {what}; give a {'folder' if folder else 'file path'}")
    if not folder and out.exists() and not out.is_file() and not out.is_dir():
        return out  # a device or a pipe (/dev/stdout): written as it is, nothing made beside it
    target = out if out.exists() else next((p for p in out.parents if p.exists()), Path("."))
    if target is not out and not target.is_dir():
        raise UsageError(f"--out {out}: {target} is a file, not a folder; give another --out")
    folder_to_write = target if target.is_dir() else target.parent
    try:
        # Tried, not asked (os.access): root passes every permission check, and /proc refuses new files anyway.
        with tempfile.TemporaryFile(dir=folder_to_write):
            pass
    except OSError as error:
        raise UsageError(
            f"--out {out}: {folder_to_write} cannot be written ({error.strerror or error}); give another --out "
            f"({nothing})"
        ) from None
    return out


def error_line(message: object) -> str:
    """``filmkritik: error: message`` as one line: a line break in a file name (``$'a\\nb.txt'``) or a quoted
    text is shown escaped, so a script reading stderr line by line sees one error as one line."""
    from filmkritik.ingest.load import shown_name

    text = str(message).replace("\r", "\\r").replace("\n", "\\n")
    # (bytes of a file name that are not UTF-8 as the shell writes them, not as "\udce9")
    return f"filmkritik: error: {shown_name(text)}"


def fail(message: str, code: int = 1) -> None:
    """Print ``filmkritik: error: message`` on stderr (one line, no markup)."""
    err.print(error_line(message), markup=False)
    raise typer.Exit(code)


def _is_cli_exit(error: Exception) -> bool:
    """typer's (click's) own exits and usage errors, which must pass through."""
    return isinstance(error, (typer.Exit, typer.Abort)) or type(error).__module__.startswith(("click", "typer"))


class _ClosedOutput(io.TextIOBase):
    """Standard output when the process was started with it closed (``>&-``): writing is the error."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "there is no standard output (it is closed); redirect it to a file or /dev/null")

    def isatty(self) -> bool:
        return False


def friendly(func: F) -> F:
    """Turn expected failures into one clear line and a nonzero exit, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if sys.stdout is None:  # (Python sets it to None; every print would be an AttributeError)
            sys.stdout = _ClosedOutput()
        _escape_unencodable(sys.stdout)
        try:
            try:
                result = func(*args, **kwargs)
            finally:
                # Flushed here, not at exit: a full disk or a file size limit hit by the last buffered lines
                # would otherwise be lost at interpreter exit, with exit code 0 and a cut file.
                sys.stdout.flush()
            _check_output_not_cut()
            return result
        except FilmkritikError as error:
            fail(str(error), error.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except OSError as error:
            if error.errno == errno.ENOSPC:
                fail("no space left on the device; free some space and run again", 5)
            if error.errno == errno.EFBIG:
                where = f"{error.filename}: " if error.filename else ""
                fail(
                    f"{where}the file would grow past this shell's file size limit (ulimit -f); raise it and run again",
                    5,
                )
            # Name the file: "No such file or directory" alone does not say which one.
            where = f"{error.filename}: " if error.filename else ""
            fail(f"{where}{error.strerror or error}", 1)
        except Exception as error:
            # A bug, not bad input: still one line (FILMKRITIK_DEBUG=1 shows the traceback).
            if _is_cli_exit(error) or os.environ.get("FILMKRITIK_DEBUG"):
                raise
            fail(
                f"unexpected {type(error).__name__}: {str(error)[:300]}; this is a bug in filmkritik: please report it "
                "with the command that caused it (FILMKRITIK_DEBUG=1 shows the traceback)",
                1,
            )

    return wrapper  # type: ignore[return-value]


def _escape_unencodable(stream: Any) -> None:
    """Write what the output's encoding cannot hold as an escape (``\\udce9``), never as a raw byte or a crash: a
    file name with a byte that is not UTF-8 is kept by Python as a lone surrogate, and `read $'caf\\xe9.txt' -f
    json` wrote that byte into the JSON (invalid UTF-8, refused by jq); in JSON the escape reads back as the name
    `batch` records."""
    if getattr(stream, "errors", None) in ("strict", "surrogateescape") and hasattr(stream, "reconfigure"):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (ValueError, OSError, io.UnsupportedOperation):  # (a stream that cannot change now)
            return


def _check_output_not_cut() -> None:
    """Fail when standard output is a file that reached this process's file size limit (``ulimit -f``).

    Past the limit, write(2) writes what fits and Python's buffered writer drops the rest without an error:
    `filmkritik read X -f json > out` under `ulimit -f 1` left a 1 KB file and exit 0. A file that reached
    the limit exactly is taken as cut.
    """
    try:
        import resource

        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    except (ImportError, ValueError, OSError):  # (no such limit on this system)
        return
    if limit == resource.RLIM_INFINITY or limit <= 0:
        return
    try:
        status = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return  # not a file descriptor (a test's capture, a closed stream)
    if stat.S_ISREG(status.st_mode) and status.st_size >= limit:
        fail(
            f"the output was cut at {status.st_size:,} bytes by this shell's file size limit (ulimit -f): the file "
            "written is incomplete; raise the limit and run again",
            5,
        )
