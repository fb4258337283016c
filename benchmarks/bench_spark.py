"""Spark throughput on all 5,006 Pang & Lee full reviews, and Spark's start-up cost.

Usage: .venv/bin/python benchmarks/bench_spark.py [--master local[2]] [--shared ../shared] [--json FILE]

Start-up is the time to a running session plus one trivial job (JVM, executors,
the first Python worker); reading is the job itself: listing and reading the
files, the reader in every Python worker, and writing Parquet.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from filmkritik.scale.records import iter_parquet_dicts
from filmkritik.scale.spark import SparkJob, run_spark

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--json", type=Path, help="Also write the results here.")
    args = parser.parse_args()
    folder = args.shared / "data/pang-lee/scale_whole_review"
    if not folder.is_dir():
        raise SystemExit(f"{folder}: not found; give --shared")
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="filmkritik-spark-") as scratch:
        output = Path(scratch) / "records"
        started = time.perf_counter()
        summary = run_spark(SparkJob(input=str(folder), output=str(output), master=args.master))
        total = time.perf_counter() - started
        rows = sum(1 for _ in iter_parquet_dicts(output))
    report = {
        "master": args.master,
        "reviews": summary.records + summary.errors,
        "records": summary.records,
        "records_in_parquet": rows,
        "errors": summary.errors,
        "startup_seconds": round(summary.startup_seconds, 1),
        "job_seconds": round(summary.read_seconds, 1),
        "total_seconds": round(total, 1),
        "reviews_per_second": round(summary.rate, 1),
        "reviews_per_second_with_startup": round((summary.records + summary.errors) / total, 1),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
