"""CLI commands of the kb area: ``add``, ``films``, ``film``, ``export``, ``imdb load``.

Thin: parse arguments, call :mod:`filmkritik.kb`, print.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from filmkritik.cli.app import app, capped_processes, check_out, err, error_line, fail, friendly, out, plural

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL or SQLite file path (default: $FILMKRITIK_DB, else filmkritik.db in the user data folder).",
        metavar="URL",
    ),
]

#: The largest --limit (SQLite's integers end at 2**63; a larger number was an OverflowError traceback).
_MAX_LIMIT = 1_000_000_000

#: An export to stdout is kept in memory up to this size, then in a temporary file, until it is complete.
_SPOOL_BYTES = 16 * 1024 * 1024

imdb_app = typer.Typer(help="Link films and people to IMDb identifiers.", no_args_is_help=True)
app.add_typer(imdb_app, name="imdb")


class FilmsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class FilmFormat(str, Enum):
    pretty = "pretty"
    json = "json"
    jsonld = "jsonld"


class ExportFormat(str, Enum):
    jsonld = "jsonld"
    csv = "csv"
    parquet = "parquet"


class ExportTable(str, Enum):
    films = "films"
    reviews = "reviews"


class Sort(str, Enum):
    recent = "recent"
    score = "score"
    by_title = "title"  # not `title`: that name is str.title
    reviews = "reviews"


WeightsOption = Annotated[
    Path | None,
    typer.Option(
        "--weights",
        help='A JSON file of consensus weights: {"outlets": {"Name": 2.0}, "critics": {...}} (default: equal).',
        metavar="FILE",
        readable=False,  # (typer's check is a usage box; the file's own error is one line)
    ),
]


def _open(db: str | None, weights: Path | None = None, *, existing: bool = False) -> Any:
    """The knowledge base; ``existing``: refuse a named SQLite file that is not there yet."""
    from filmkritik.kb import KnowledgeBase
    from filmkritik.kb.consensus import load_weights
    from filmkritik.kb.store import cannot_write

    check_db_option(db)
    if existing:
        _require_existing(db)
    _refuse_memory(db)
    # The commands that only read open a database they cannot write (read-only media or folder) read-only.
    return KnowledgeBase.open(
        db, weights=load_weights(weights) if weights else None, read_only=existing and cannot_write(db)
    )


def check_db_option(db: str | None) -> None:
    """An empty --db (``--db "$UNSET"``) used the default knowledge base without a word: `add` stored into it."""
    from filmkritik.errors import UsageError

    if db is not None and not db.strip():
        raise UsageError(
            f"--db {db!r}: an empty database path (an unset shell variable?); give a file path or URL, or leave --db "
            "out for the default knowledge base"
        )


def _refuse_memory(db: str | None) -> None:
    """An in-memory SQLite database (``sqlite://``) ends with the command: `add` reported reviews added that
    were gone the moment it exited, and the reading commands always found it empty."""
    import os

    from filmkritik.errors import DatabaseError
    from filmkritik.kb.store import ENV_VAR, normalise_url

    named = db or os.environ.get(ENV_VAR)
    if not named:
        return
    try:
        url = normalise_url(named)
    except Exception:  # an unparsable URL is reported when it is opened
        return
    if url in ("sqlite://", "sqlite:///:memory:") or url.startswith(("sqlite:///:memory:?", "sqlite://?")):
        raise DatabaseError(
            f"{named}: an in-memory database lasts only as long as one command (what `add` stores would be lost); "
            "give a file path with --db"
        )


def _require_existing(db: str | None) -> None:
    """A mistyped --db must not answer "no films yet" (and leave a new empty database behind).

    The default database in the user data folder may be missing: that is a new user.
    """
    import os

    from filmkritik.errors import DatabaseError
    from filmkritik.kb.store import ENV_VAR, normalise_url

    named = db or os.environ.get(ENV_VAR)
    if not named:
        return
    url = normalise_url(named)
    if not url.startswith("sqlite:///") or url.endswith(":memory:"):
        return
    path = Path(url.removeprefix("sqlite:///"))
    if not path.exists():
        raise DatabaseError(
            f"{path}: no knowledge base there; check the path, or add reviews first with `filmkritik add --db {named} ...`"
        )


@app.command()
@friendly
def add(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Review files (text, HTML), http(s) URLs, folders (recursive), JSONL/CSV rows with text or html plus hints "
            "(film, year, critic, outlet, url, published, rating, directors, original_title), records from read/batch/spark "
            "(.json, .jsonl, .parquet).",
            metavar="PATH...",
        ),
    ],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Read in this many processes (storing stays in one).")
    ] = 1,
) -> None:
    """Add reviews to the knowledge base (idempotent: a stored review is skipped)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from filmkritik.kb.adding import add_paths

    with (
        _open(db) as kb,
        Progress(
            TextColumn("[bold]adding"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=quiet or not err.is_terminal,
        ) as bar,
    ):
        task = bar.add_task("add", total=None)

        def progress(done: int, total: int, _origin: str) -> None:
            bar.update(task, completed=done, total=total)

        try:
            summary = add_paths(kb, paths, progress, jobs=capped_processes(jobs, "--jobs"))
        except KeyboardInterrupt:
            # Each review is its own transaction: what is stored is whole, and a rerun skips it.
            fail("interrupted; every review stored so far is complete: run the same command again to add the rest", 130)
            raise  # unreachable: fail() exits
    for message in summary.errors[:20]:
        err.print(error_line(message), markup=False)
    if len(summary.errors) > 20:
        err.print(f"filmkritik: ... and {plural(len(summary.errors) - 20, 'more error')}", markup=False)
    err.print(
        f"added {plural(summary.added, 'review')}, {summary.unchanged} already stored, {summary.failed} failed, "
        f"{_not_reviews(summary.not_reviews)}; {plural(len(summary.films), 'film')} touched",
        markup=False,
    )
    if summary.failed:
        raise typer.Exit(2)


def _not_reviews(n: int) -> str:
    """ "2 not reviews (kept without a film)": texts the reader judged no review are stored, but count for no film."""
    return f"{n} not {'a review' if n == 1 else 'reviews'}" + (" (kept without a film)" if n else "")


_CSV_GUARD = (
    "In CSV a text that starts with = + - or @ gets a ' in front, so a spreadsheet shows it instead of running it "
    "as a formula."
)
_FILMS_FORMAT_HELP = f"table, json or csv. {_CSV_GUARD}"


@app.command()
@friendly
def films(
    query: Annotated[str | None, typer.Argument(help="Only films with this in a title (any language).")] = None,
    db: DbOption = None,
    format: Annotated[FilmsFormat, typer.Option("--format", "-f", help=_FILMS_FORMAT_HELP)] = FilmsFormat.table,
    order: Annotated[Sort, typer.Option("--sort", help="recent, score, title or reviews.")] = Sort.recent,
    limit: Annotated[int, typer.Option("--limit", min=0, max=_MAX_LIMIT, help="At most this many films (0: all).")] = 0,
) -> None:
    """List the films in the knowledge base with their consensus."""
    from filmkritik.kb.export import csv_text

    with _open(db, existing=True) as kb:
        rows = kb.list_films(query, sort=order.value, limit=limit or max(kb.count_films(query), 1))
    if format is FilmsFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif format is FilmsFormat.csv:
        flat = [{**r, "directors": "; ".join(r["directors"])} for r in rows]
        columns = [
            "id",
            "title",
            "original_title",
            "year",
            "directors",
            "reviews",
            "score",
            "percent_positive",
            "percent_positive_adjusted",
            "spread",
            "tconst",
        ]
        sys.stdout.write(csv_text(iter(flat), columns))
    else:
        _films_table(rows, query)


def _shown(value: Any) -> Any:
    """``value`` (a row, a film) with no terminal escape sequence or control character in its strings: a title
    stored from a page holding "\x1b[2J" cleared the user's screen in the table, a backspace hid a letter (what
    is stored stays as it is)."""
    from filmkritik.ingest.controls import without_controls

    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, dict):
        return {key: _shown(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shown(item) for item in value]
    return value


def _films_table(rows: list[dict[str, Any]], query: str | None = None) -> None:
    from rich.table import Table
    from rich.text import Text

    rows = _shown(rows)

    table = Table(header_style="bold", box=None)
    for column, justify in [("id", "right"), ("title", "left"), ("year", "right"), ("directors", "left"),
                            ("reviews", "right"), ("score", "right"), ("% positive", "right"), ("spread", "right")]:  # fmt: skip
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for r in rows:
        title = r["title"] + (
            f" ({r['original_title']})" if r["original_title"] and r["original_title"] != r["title"] else ""
        )
        # Text cells: a title such as "[REC]" is data, not rich markup (an unbalanced "[/b]" crashed the table).
        table.add_row(*map(Text, (
            str(r["id"]), title, _num(r["year"]), ", ".join(r["directors"]), str(r["reviews"]),
            _num(r["score"]), _num(r["percent_positive"]), _num(r["spread"]),
        )))  # fmt: skip
    if rows:
        out.print(table)
    elif query and query.strip():
        out.print(f"no film matches {query!r}; list them all with `filmkritik films`", markup=False)
    else:
        out.print("no films yet: add reviews with `filmkritik add PATH`")


def _num(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if isinstance(value, float) else str(value)


@app.command()
@friendly
def film(
    query: Annotated[str, typer.Argument(help="A film id or title (any language or spelling).")],
    db: DbOption = None,
    format: Annotated[FilmFormat, typer.Option("--format", "-f", help="pretty, json or jsonld.")] = FilmFormat.pretty,
    weights: WeightsOption = None,
) -> None:
    """Show one film: cast, reviews and the consensus."""
    from filmkritik.kb.jsonld import movie

    if not query.strip():
        fail("give a film id or a title (an empty one matches every film); list them with `filmkritik films`", 2)
    with _open(db, weights, existing=True) as kb:
        found = kb.find_films(query)
        if not found:
            fail(f"no film matches {query!r}; list them with `filmkritik films`", 1)
        data = kb.get_film(found[0]["id"])
    if data is None:
        fail(f"no film matches {query!r}", 1)
        return
    if len(found) > 1:
        others = ", ".join(f"{f['id']} {f['title']}" for f in _shown(found[1:6]))
        from filmkritik.kb.base import FIND_LIMIT

        many = "at least " if len(found) >= FIND_LIMIT else ""  # (find_films gives no more)
        err.print(
            f"filmkritik: {many}{plural(len(found), 'film')} match; showing {data['id']}. Others: {others}",
            markup=False,
        )
    if format is FilmFormat.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif format is FilmFormat.jsonld:
        sys.stdout.write(json.dumps(movie(data), ensure_ascii=False, indent=2) + "\n")
    else:
        _film_pretty(data)


def _film_pretty(data: dict[str, Any]) -> None:
    from rich.table import Table
    from rich.text import Text

    data = _shown(data)
    agg = data["aggregate"]
    head = data["title"] + (f" ({data['year']})" if data["year"] else "")
    out.print(Text.assemble((head, "bold"), f"  #{data['id']}" + (f"  {data['tconst']}" if data["tconst"] else "")))
    others = [t["title"] for t in data["titles"] if t["title"] != data["title"]]
    if others:
        out.print("also: " + " · ".join(others), markup=False)
    if data["directors"]:
        out.print("directed by " + ", ".join(data["directors"]), markup=False)
    if agg["score"] is None:
        out.print(f"{plural(agg['reviews'], 'review')}: not enough reviews for a score (4 needed; 5 for % positive)")
    else:
        pct = (
            f"{agg['percent_positive']:.0f}% positive"
            if agg["percent_positive"] is not None
            else "% positive: not enough reviews"
        )
        out.print(
            f"score {agg['score']:.0f}/100 · {pct} · spread {agg['spread']:.0f} · {plural(agg['reviews'], 'review')}"
            + (" · divisive" if agg["divisive"] else "")
        )
        if agg["guessed_reviews"] and agg["percent_positive_adjusted"] is not None:
            out.print(
                f"adjusted for guessed snippet verdicts: {agg['percent_positive_adjusted']:.0f}% positive"
                f" ({plural(agg['guessed_reviews'], 'verdict')} guessed from short texts; "
                f"method {agg['percent_positive_adjusted_method']})"
            )
        cal = agg["calibrated"]
        if cal["normalised_reviews"]:
            out.print(
                f"calibrated: score {_num(cal['score'])} · {_num(cal['percent_positive'])}% positive "
                f"({plural(cal['normalised_reviews'], 'score')} normalised per critic)"
            )
    for bucket, word in (("praise", "praised"), ("fault", "faulted")):
        for a in agg[bucket][:5]:
            out.print(
                f"{word}: {a['aspect']} ({a['count']})" + (f' – "{a["quote"]}"' if a["quote"] else ""), markup=False
            )
    if data["cast"]:
        cast = Table("actor", "character", header_style="bold", box=None)
        for c in data["cast"][:20]:
            cast.add_row(Text(c["actor"]), Text(c["character"] or ""))
        out.print(cast)
    reviews = Table("id", "critic / outlet", "published", "score", "label", header_style="bold", box=None)
    for r in data["reviews"]:
        who = " / ".join(x for x in (r["critic"], r["outlet"]) if x) or "–"
        reviews.add_row(*map(Text, (str(r["id"]), who, r["published"] or "", _num(r["score"]), r["label"] or "")))
    out.print(reviews)


@app.command()
@friendly
def export(
    db: DbOption = None,
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help=f"jsonld, csv or parquet. {_CSV_GUARD}")
    ] = ExportFormat.jsonld,
    table: Annotated[
        ExportTable, typer.Option("--table", help="films or reviews (csv and parquet).")
    ] = ExportTable.films,
    out_path: Annotated[
        Path | None,
        # (readable=False: typer refused a write-only file, which can be written)
        typer.Option("--out", "-o", help="Write here (stdout when omitted; parquet needs --out).", readable=False),
    ] = None,
    weights: WeightsOption = None,
) -> None:
    """Export the knowledge base: schema.org JSON-LD, or a CSV / Parquet table of films or reviews."""
    from filmkritik.kb import export as ex

    if out_path is not None:
        # (a folder that cannot be written was "PATH: Permission denied", exit 1, unlike every other --out)
        check_out(str(out_path), folder=False, nothing="nothing was exported")
    with _open(db, weights, existing=True) as kb:
        rows = ex.film_rows(kb) if table is ExportTable.films else ex.review_rows(kb)
        columns = ex.FILM_COLUMNS if table is ExportTable.films else ex.REVIEW_COLUMNS
        if format is ExportFormat.parquet:
            if out_path is None:
                fail("parquet is binary: give a file with --out PATH", 2)
                return
            ex.write_parquet(rows, columns, out_path)
        elif out_path is not None:
            with ex.output_file(out_path) as handle:
                if format is ExportFormat.jsonld:
                    ex.write_jsonld(kb, handle)
                else:
                    ex.write_csv(rows, columns, handle)
        else:
            # Whole or nothing on stdout too: the export is made first (in memory, spilling to a temporary file
            # when large), so a database that fails halfway prints no header and no half table.
            with tempfile.SpooledTemporaryFile(_SPOOL_BYTES, mode="w+", encoding="utf-8", newline="") as spool:
                if format is ExportFormat.jsonld:
                    ex.write_jsonld(kb, spool)
                else:
                    ex.write_csv(rows, columns, spool)
                spool.seek(0)
                shutil.copyfileobj(spool, sys.stdout)
                sys.stdout.flush()
    if out_path is not None:
        err.print(f"wrote {out_path}", markup=False)


@imdb_app.command("load")
@friendly
def imdb_load(
    folder: Annotated[
        Path,
        typer.Argument(
            help="A folder with IMDb TSV dumps (title.basics, title.akas, title.principals, name.basics; .tsv or .tsv.gz).",
            readable=False,  # (typer's check is a usage box; the folder's own error is one line)
        ),
    ],
    db: DbOption = None,
) -> None:
    """Load IMDb's dumps and link stored films and people to tconst / nconst."""
    from filmkritik.kb.imdb import load_imdb

    with _open(db) as kb:
        report = load_imdb(kb, folder, progress=lambda message: err.print(message, markup=False))
    out.print(_imdb_summary(report), markup=False)


def _imdb_summary(report: Any) -> str:
    """What `imdb load` did, in one line (each count with its noun's right form)."""
    singular = {"titles": "title", "akas": "aka", "principals": "principal", "names": "name"}
    counts = ", ".join(plural(n, singular.get(name, name), name) for name, n in report.loaded.items())
    return (
        f"loaded {counts or 'nothing'}; linked {plural(report.films_linked, 'film')} ({report.films_merged} merged) "
        f"and {plural(report.people_linked, 'person', 'people')}, {plural(report.cast_confirmed, 'cast pair')} "
        f"confirmed, {plural(report.titles_added, 'title')} added from akas"
    )
