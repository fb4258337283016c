"""``filmkritik spark``: the reader as a PySpark job, writing Parquet with the record schema.

Spark lists and reads the input files (any Hadoop-supported URI: ``file:``,
``hdfs:``, ``s3a:`` when its connector is configured) as whole files; each
Python task expands its files into units exactly as ``filmkritik batch`` does
(corpus rows, WARC pages, feed entries, text and HTML files) and reads them with
the reader loaded once per Python worker (Spark reuses its workers, so once per
executor core). Records go to ``OUTPUT`` as Parquet, nested columns as in
:func:`filmkritik.scale.schema.record_schema`; inputs that could not be read go to
``OUTPUT/_errors`` as JSON lines (readers of Parquet folders skip ``_`` names).

One file is one task's work, so a corpus should come as many files (crawls do:
WARC files of a few hundred MB each); a single file must be under 2 GB.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from filmkritik.errors import FilmkritikError, InputError
from filmkritik.scale.schema import record_schema
from filmkritik.scale.sources import Unit, expand_bytes

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from filmkritik.model import ReviewRecord

#: Rows a task types through Arrow at once.
OUTPUT_BATCH_ROWS = 64
ERRORS_DIR = "_errors"


@dataclass(frozen=True)
class SparkJob:
    """What to read, where to write it, and on which Spark master."""

    input: str
    output: str
    master: str = "local[*]"
    reviews_only: bool = False
    partitions: int | None = None


@dataclass
class SparkSummary:
    """What a finished Spark job did, with its start-up cost apart from the reading."""

    records: int
    errors: int
    startup_seconds: float
    read_seconds: float
    errors_path: str

    @property
    def rate(self) -> float:
        total = self.records + self.errors
        return total / self.read_seconds if self.read_seconds > 0 else 0.0


def error_schema() -> pa.Schema:
    return pa.schema([pa.field(name, pa.string()) for name in ("key", "error", "message")])


@functools.cache
def task_schema() -> pa.Schema:
    """What each task yields: a record or an error per input unit."""
    return pa.schema(
        [pa.field("record", pa.struct(list(record_schema())), True), pa.field("error", pa.struct(list(error_schema())))]
    )


def session(master: str, app_name: str = "filmkritik") -> SparkSession:
    """A Spark session; in local mode bound to 127.0.0.1 and without the web UI."""
    from pyspark.sql import SparkSession

    # Executors on this machine must run the same Python (and so the same filmkritik) as the driver.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name).master(master)
    builder = builder.config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={_quiet_log_config()}")
    if master.startswith("local"):
        # Without this Spark resolves the host name and may bind to an outside interface.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.ui.enabled", "false")
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1")
    try:
        spark = builder.getOrCreate()
    except Exception as error:
        if type(error).__name__ not in ("PySparkRuntimeError", "Py4JJavaError", "Py4JError"):
            raise
        # Spark's own messages (above, on stderr) say why; the Python side's traceback says nothing more.
        raise FilmkritikError(
            f"Spark could not start with --master {master!r} (its messages are above): check that the master "
            "answers and that Java works (`java -version`, JAVA_HOME)"
        ) from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


#: The master URLs Spark takes (https://spark.apache.org/docs/latest/submitting-applications.html#master-urls).
_MASTER = re.compile(
    r"local(?:\[(?:\d+|\*)(?:,\s*\d+)?\])?|local-cluster\[\d+,\s*\d+,\s*\d+\]|yarn|(?:spark|k8s|mesos|sc)://\S+"
)


def check_master(master: str) -> None:
    """Refuse a --master Spark would refuse with a Java stack trace (``--master bogus``)."""
    if not _MASTER.fullmatch(master.strip()):
        raise InputError(
            f"--master {master!r} is not a Spark master URL; give local[*], local[N], yarn, spark://HOST:PORT or "
            "k8s://https://HOST:PORT"
        )


_LOG4J2 = """\
# Written by filmkritik: Spark's own messages below ERROR stay out of the terminal.
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
"""


def _quiet_log_config() -> str:
    path = Path(tempfile.gettempdir()) / "filmkritik-spark-log4j2.properties"
    if not path.exists() or path.read_text(encoding="utf-8") != _LOG4J2:
        path.write_text(_LOG4J2, encoding="utf-8")
    return path.as_uri()


def run_spark(job: SparkJob, spark: SparkSession | None = None) -> SparkSummary:
    """Read ``job.input`` into Parquet records at ``job.output`` (overwritten)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    check_master(job.master)
    check_paths(job)
    started = time.perf_counter()
    own_session = spark is None
    spark = spark or session(job.master)
    spark.range(1).count()  # the first job pays for starting executors: count it as start-up
    startup = time.perf_counter() - started
    try:
        results = read_inputs(spark, job).persist(StorageLevel.MEMORY_AND_DISK)
        failed = F.col("error").isNotNull()
        counts = {row["failed"]: row["count"] for row in results.groupBy(failed.alias("failed")).count().collect()}
        records, errors = counts.get(False, 0), counts.get(True, 0)
        results.filter(~failed).select("record.*").write.mode("overwrite").parquet(job.output)
        errors_path = f"{job.output.rstrip('/')}/{ERRORS_DIR}"
        if errors:
            results.filter(failed).select("error.*").write.mode("overwrite").json(errors_path)
        results.unpersist()
        return SparkSummary(
            records=records,
            errors=errors,
            startup_seconds=startup,
            read_seconds=time.perf_counter() - started - startup,
            errors_path=errors_path,
        )
    finally:
        if own_session:
            spark.stop()


def read_inputs(spark: SparkSession, job: SparkJob) -> DataFrame:
    """A DataFrame of ``(record, error)`` structs, one row per review-sized unit of the inputs."""
    from pyspark.errors import AnalysisException
    from pyspark.sql.pandas.types import from_arrow_schema

    try:
        files = (
            spark.read.format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(job.input)
            .select("path", "content")
        )
    except AnalysisException as error:
        raise InputError(f"{job.input}: {str(error).splitlines()[0]}") from None
    if job.partitions:
        files = files.repartition(job.partitions)
    read = functools.partial(read_partition, reviews_only=job.reviews_only)
    pairs = files.rdd.map(lambda row: (row.path, row.content)).mapPartitions(read)
    # Rows are typed through Arrow in read_partition already: no second check here.
    return spark.createDataFrame(pairs, schema=from_arrow_schema(task_schema()), verifySchema=False)


def check_paths(job: SparkJob) -> None:
    """Refuse, before Spark starts, a local input that is missing and an output that is not ours to overwrite."""
    source = Path(local_path(job.input))
    if _is_local(job.input) and not any(ch in job.input for ch in "*?[") and not source.exists():
        raise InputError(f"{job.input}: no such file or folder")
    if not _is_local(job.output):
        return
    target = Path(local_path(job.output)).resolve()
    if _is_local(job.input) and (target == source.resolve() or target in source.resolve().parents):
        raise InputError(f"{job.output}: the output must not contain the input; give another folder")
    if target.exists() and (target.is_file() or (any(target.iterdir()) and not (target / "_SUCCESS").exists())):
        raise InputError(
            f"{job.output}: exists and is not the output of an earlier `filmkritik spark` (which it would overwrite); "
            "give a new folder"
        )


def _is_local(uri: str) -> bool:
    return uri.startswith("file:") or ":/" not in uri


def read_partition(files: Iterable[Any], reviews_only: bool = False) -> Iterator[tuple[Any, Any]]:
    """The mapPartitions step: files (path, content) in, one (record, error) pair per unit out.

    The units of the partition's files are read ten at a time a stage at a time (:func:`batch.read_units`: the
    same records as one by one; a unit that fails is its own error row). Rows pass through Arrow with the record
    schema on the way out, so every value has its column's type (an integer confidence becomes a double) before
    Spark sees it.
    """
    from filmkritik.scale.batch import read_units

    _worker_ready()
    rows: list[dict[str, Any]] = []
    for unit, outcome in read_units(_units(files)):
        row = _row(unit.key, outcome, reviews_only)
        if row is not None:
            rows.append(row)
        if len(rows) >= OUTPUT_BATCH_ROWS:
            yield from _typed(rows)
            rows = []
    yield from _typed(rows)


def _units(files: Iterable[Any]) -> Iterator[Unit]:
    for path, content in files:
        yield from expand_bytes(local_path(path), bytes(content))


def _row(key: str, outcome: ReviewRecord | Exception, reviews_only: bool) -> dict[str, Any] | None:
    """The task's row for one unit: its record, or its error (one bad page must not fail the task, and the job)."""
    if not isinstance(outcome, Exception):
        try:
            record = outcome.to_dict()
        except Exception as error:
            outcome = error
        else:
            if reviews_only and not record["is_review"]["value"]:
                return None
            return {"record": record, "error": None}
    message = (
        str(outcome)
        if isinstance(outcome, FilmkritikError)
        else f"{key}: unexpected {type(outcome).__name__}: {outcome}"
    )
    return {"record": None, "error": _error(key, outcome, message)}


def _typed(rows: list[dict[str, Any]]) -> Iterator[tuple[Any, Any]]:
    for row in pa.Table.from_pylist(rows, schema=task_schema()).to_pylist():
        yield row["record"], row["error"]


def local_path(uri: str) -> str:
    """``file:`` URIs become plain paths, so ``source.path`` matches ``filmkritik read``; others stay URIs."""
    if uri.startswith("file://"):
        return uri[len("file://") :]
    if uri.startswith("file:"):
        return uri[len("file:") :]
    return uri


def _error(key: str, error: Exception, message: str) -> dict[str, str]:
    return {"key": key, "error": type(error).__name__, "message": message}


@functools.cache
def _worker_ready() -> bool:
    """Load the reader's models once per Python worker (Spark reuses workers across tasks)."""
    from filmkritik.scale.batch import warm_up

    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)  # Spark runs one task per core already
    except ImportError:
        pass
    warm_up()
    return True
