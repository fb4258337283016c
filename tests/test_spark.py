"""``filmkritik spark``: the same records as ``batch`` and ``read``, as nested Parquet the knowledge base loads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import filmkritik
from crawl_fixtures import crawl_pages, crawl_warc, fictional_review
from filmkritik.scale import BatchJob, iter_parquet_records, iter_records, run_batch
from filmkritik.scale.spark import SparkJob, local_path, run_spark, session

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    spark = session("local[2]", app_name="filmkritik-tests")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every kind of input: text and HTML files, a JSONL corpus, a WARC, a broken file."""
    root = tmp_path_factory.mktemp("inputs")
    for number in range(6):
        (root / f"review-{number}.txt").write_text(fictional_review(number), encoding="utf-8")
    (root / "page.html").write_bytes(crawl_pages()[0].read_bytes())
    rows = [{"text": fictional_review(100 + n), "site": "Harbor Reviews"} for n in range(3)]
    (root / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    crawl_warc(root / "crawl.warc.gz")
    (root / "scan.pdf").write_bytes(b"%PDF-1.7\nbinary")  # Spark skips empty files, so a non-empty bad one
    return root


def by_path(records: Iterator[filmkritik.ReviewRecord]) -> dict[str, dict[str, Any]]:
    return {r.source.path or "": r.to_dict() for r in records}


def test_spark_writes_the_records_batch_writes(spark: Any, inputs: Path, tmp_path: Path) -> None:
    output = tmp_path / "spark-out"
    summary = run_spark(SparkJob(input=str(inputs), output=str(output), master="local[2]"), spark=spark)
    batch_out = tmp_path / "batch-out"
    run_batch(BatchJob(inputs=(str(inputs),), out=batch_out, format="parquet"), workers=2)
    from_spark, from_batch = by_path(iter_parquet_records(output)), by_path(iter_records(batch_out))
    units = 6 + 1 + 3 + len(crawl_pages())
    assert (summary.records, summary.errors) == (units, 1)
    assert from_spark == from_batch  # source.path included: file: URIs become the same local paths
    review = str(inputs / "review-0.txt")
    assert from_spark[review] == filmkritik.read(review).to_dict()
    errors = [
        json.loads(line) for f in sorted((output / "_errors").glob("*.json")) for line in f.read_text().splitlines()
    ]
    assert [(e["key"], e["error"]) for e in errors] == [(str(inputs / "scan.pdf"), "InputError")]


def test_reviews_only_in_spark_matches_batch(spark: Any, inputs: Path, tmp_path: Path) -> None:
    crawl = inputs / "crawl.warc.gz"
    output = tmp_path / "spark-reviews"
    # A Hadoop-style URI for Spark, a plain path for batch: the records still name the same file.
    run_spark(SparkJob(input=crawl.as_uri(), output=output.as_uri(), reviews_only=True), spark=spark)
    run_batch(BatchJob(inputs=(str(crawl),), out=tmp_path / "batch-reviews", reviews_only=True), workers=1)
    kept = by_path(iter_parquet_records(output))
    assert kept == by_path(iter_records(tmp_path / "batch-reviews"))
    assert kept and all(record["is_review"]["value"] for record in kept.values())


def test_file_uris_become_local_paths() -> None:
    assert local_path("file:/data/a.txt") == "/data/a.txt"
    assert local_path("file:///data/a.txt") == "/data/a.txt"
    assert local_path("hdfs://namenode/data/a.txt") == "hdfs://namenode/data/a.txt"


def test_paths_are_checked_before_spark_starts(tmp_path: Path) -> None:
    from filmkritik.errors import InputError
    from filmkritik.scale.spark import check_paths

    with pytest.raises(InputError, match="no such file"):
        check_paths(SparkJob(input=str(tmp_path / "missing"), output=str(tmp_path / "out")))
    (tmp_path / "in").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="must not contain the input"):
        check_paths(SparkJob(input=str(tmp_path / "notes"), output=str(tmp_path)))
    with pytest.raises(InputError, match="would overwrite"):
        check_paths(SparkJob(input=str(tmp_path / "in"), output=str(tmp_path / "notes")))
    check_paths(SparkJob(input=str(tmp_path / "notes"), output=str(tmp_path / "new")))


def test_cli_spark_refuses_a_missing_input_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from filmkritik.cli import app

    result = CliRunner().invoke(app, ["spark", str(tmp_path / "missing"), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"filmkritik: error: {tmp_path / 'missing'}: no such file or folder"]
