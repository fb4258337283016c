"""``filmkritik batch`` (every core of this machine) and ``filmkritik spark`` (a cluster)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from filmkritik.cli.app import app, capped_processes, check_out, err, fail, friendly, out, plural

if TYPE_CHECKING:
    from filmkritik.scale.batch import BatchSummary


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


class RichProgress:
    """A Rich progress bar with rate and ETA, on stderr so stdout stays clean."""

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("[bold]reading"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=err,
        )
        self.task = self.bar.add_task("reading", total=None, rate="")

    def start(self, total: int, done: int) -> None:
        # Drawing starts here, after the batch has started its workers: no thread runs while they fork.
        self.bar.start()
        # Rate and ETA count this run only, not parts an earlier run finished.
        self.bar.reset(self.task, total=total, completed=done, rate="")

    def advance(self, units: int) -> None:
        self.bar.advance(self.task, units)
        speed = self.bar.tasks[0].speed
        self.bar.update(self.task, rate=f"{speed:.1f} reviews/s" if speed else "")


@app.command()
@friendly
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Folders, JSONL/CSV/Parquet corpora, WARC files, saved feeds, text or HTML files."),
    ],
    out_given: Annotated[
        str, typer.Option("--out", "-o", help="Output folder (run the same command again to resume).")
    ],
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=1, help="Worker processes (default: one per core).")
    ] = None,
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="jsonl (one record per line) or parquet (nested columns).")
    ] = OutputFormat.jsonl,
    reviews_only: Annotated[
        bool, typer.Option("--reviews-only", help="Keep only pages the reader judges to be film reviews (is_review).")
    ] = False,
    chunk_size: Annotated[
        int | None,
        typer.Option(
            "--chunk-size",
            min=1,
            max=1_000_000,
            help="Inputs per part file (default 16); smaller parts lose less to an interruption.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read many reviews with every core into part files; interrupted jobs resume where they stopped."""
    from filmkritik.ingest.load import EMPTY_ARGUMENT, is_url
    from filmkritik.scale.batch import DEFAULT_CHUNK_SIZE, BatchJob, run_batch

    if not all(name.strip() for name in inputs):
        # Path("") is the current folder: `batch "$UNSET" -o out` read every file under it.
        fail(f"{EMPTY_ARGUMENT} (nothing was read)", 2)
    urls = [name for name in inputs if is_url(name)]
    if urls:
        # As a path, "http://x/r.txt" became "http:/x/r.txt: no such file or folder".
        fail(
            f"{urls[0]}: batch reads files and folders, not URLs; give URLs to `filmkritik read` or `add`, or save "
            "the pages first (nothing was read)",
            2,
        )
    paths = [_input_path(name) for name in inputs]
    out_dir = _out_folder(out_given)
    job = BatchJob(
        inputs=tuple(str(p) for p in paths),
        out=out_dir,
        format=format.value,  # type: ignore[arg-type]
        reviews_only=reviews_only,
        chunk_size=max(1, chunk_size or DEFAULT_CHUNK_SIZE),
    )
    if workers is not None:
        workers = capped_processes(workers, "--workers")
    try:
        if quiet:
            summary = run_batch(job, workers=workers)
        else:
            progress = RichProgress()
            try:
                summary = run_batch(job, workers=workers, progress=progress)
            finally:
                progress.bar.stop()
    except KeyboardInterrupt:
        fail(f"interrupted; finished parts are kept in {out_dir}: run the same command again to resume", 130)
        return
    if not summary.units:
        fail(f"no inputs found in {', '.join(map(str, inputs))} (empty folders; hidden files are skipped)", 2)
    _say_what_was_redone(summary)
    resumed = f" ({summary.resumed_units} from an earlier run)" if summary.resumed_units else ""
    skipped = (
        f", {summary.not_reviews} not {'a review' if summary.not_reviews == 1 else 'reviews'} left out"
        if reviews_only
        else ""
    )
    out.print(
        f"{plural(summary.records, 'record')}{skipped}, {plural(summary.errors, 'error')} "
        f"from {plural(summary.units, 'input')}{resumed} "
        f"in {summary.seconds:.1f} s ({_rate(summary)}) -> {summary.out}",
        markup=False,
    )
    if summary.errors:
        # The job is finished (running it again changes nothing), but not everything was read: say so in the exit
        # code, as `read` and `add` do, so a script does not take a partial output for a whole one.
        fail(
            f"{plural(summary.errors, 'input')} of {summary.units} could not be read (the rest were written); "
            f"see {summary.out / 'errors.jsonl'}",
            2,
        )


def _out_folder(given: str) -> Path:
    """--out as a folder that can be written: `-o "$UNSET"` wrote the job's part files into the current folder,
    and a folder that could not be made was a bare "Permission denied" (exit 1)."""
    if Path(given).is_file() and given.strip():
        return Path(given)  # (the batch says that a file is no output folder)
    out = check_out(given, nothing="nothing was read")
    assert out is not None
    return out


def _rate(summary: BatchSummary) -> str:
    """Reviews read per second, or that there was nothing to read ("0.0 reviews/s" read as a stalled job)."""
    return "nothing to read" if summary.resumed_units == summary.units else f"{summary.rate:.1f} reviews/s"


def _say_what_was_redone(summary: BatchSummary) -> None:
    """One note on stderr for each reason parts of an earlier run were read again or deleted (a rerun said nothing
    of the parts it read again after an edit)."""
    outdated = set(summary.outdated_parts)
    edited = [name for name in summary.changed_parts if name not in outdated]
    for parts, why in (
        (summary.redone_parts, "missing or damaged: read again"),
        (edited, "made from inputs that changed since (edited, added or removed): read again"),
        (summary.outdated_parts, "written by another filmkritik reader (upgraded or edited): read again"),
        (summary.dropped_parts, "made from inputs that are gone: deleted"),
    ):
        if parts:
            names = ", ".join(parts[:3]) + (" ..." if len(parts) > 3 else "")
            verb = "was" if len(parts) == 1 else "were"
            err.print(
                f"filmkritik: {plural(len(parts), 'part')} of an earlier run ({names}) {verb} {why}", markup=False
            )


def _input_path(name: str) -> Path:
    """The path an input names (a ``file:`` URL's too: it was "file:/x: no such file or folder"); a missing one
    is the user's to fix now, not one more line in errors.jsonl after start-up."""
    from filmkritik.errors import InputError
    from filmkritik.ingest.load import local_path, missing_path

    path = Path(local_path(name))
    try:
        if path.exists():
            return path
    except OSError:  # (a folder on its way that cannot be entered was a one-line "Permission denied", exit 1)
        pass
    problem = missing_path(path) or f"{path}: no such file or folder; check the path"
    raise InputError(f"{problem} (nothing was read)")


@app.command()
@friendly
def spark(
    input: Annotated[str, typer.Argument(help="JSONL/Parquet/WARC/text files or folders: a local path or Hadoop URI.")],
    output: Annotated[str, typer.Argument(help="Output folder for Parquet part files (local path or Hadoop URI).")],
    master: Annotated[str, typer.Option("--master", help="Spark master URL.")] = "local[*]",
    reviews_only: Annotated[bool, typer.Option("--reviews-only", help="Keep only film reviews (is_review).")] = False,
    partitions: Annotated[
        int | None,
        typer.Option("--partitions", min=1, help="Spread the inputs over this many tasks (default: Spark's choice)."),
    ] = None,
) -> None:
    """Read reviews as a Spark job and write Parquet with the record schema (overwrites OUTPUT)."""
    from filmkritik.scale.spark import SparkJob, run_spark

    summary = run_spark(
        SparkJob(input=input, output=output, master=master, reviews_only=reviews_only, partitions=partitions)
    )
    out.print(
        f"{plural(summary.records, 'record')}, {plural(summary.errors, 'error')} in {summary.read_seconds:.1f} s "
        f"({summary.rate:.1f} reviews/s; Spark start-up {summary.startup_seconds:.1f} s) -> {output}",
        markup=False,
    )
    if summary.errors:
        fail(
            f"{plural(summary.errors, 'input')} could not be read (the rest were written); see {summary.errors_path}", 2
        )
