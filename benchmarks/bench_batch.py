"""Batch throughput with 1 and 2 worker processes on Pang & Lee full reviews, and their records compared.

Usage: .venv/bin/python benchmarks/bench_batch.py [--n 1000] [--workers 1 2] [--shared ../shared] [--json FILE]

Reads the first n/4 files of each of the four critics (latin-1 text files, read as
`filmkritik batch` reads any folder), once per worker count, into fresh output
folders, and checks that every run wrote byte-identical part files. Wall time
includes starting the workers and loading the reader in each; start-up is also
measured alone (a job of one tiny review per worker), and throughput is given both
with it and without it. The machine's load average is printed before and after:
other jobs on the machine skew the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from filmkritik.scale import BatchJob, run_batch

ROOT = Path(__file__).resolve().parents[1]
CRITICS = ("Dennis+Schwartz", "James+Berardinelli", "Scott+Renshaw", "Steve+Rhodes")


def review_files(shared: Path, n: int) -> list[str]:
    folder = shared / "data/pang-lee/scale_whole_review"
    if not folder.is_dir():
        raise SystemExit(f"{folder}: not found; give --shared")
    per_critic = -(-n // len(CRITICS))
    files = [p for c in CRITICS for p in sorted((folder / c / "txt.parag").glob("*.txt"))[:per_critic]]
    return [str(p) for p in files[:n]]


def part_bytes(out: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(out.glob("part-*"))]


def startup_seconds(workers: int, scratch: Path) -> float:
    """Wall time of a job with one tiny review per worker: process start and reader loading."""
    folder = scratch / f"tiny-{workers}"
    folder.mkdir()
    for number in range(workers):
        (folder / f"{number}.txt").write_text("A short film. Three stars.\n", encoding="utf-8")
    started = time.perf_counter()
    run_batch(BatchJob(inputs=(str(folder),), out=scratch / f"tiny-out-{workers}", chunk_size=1), workers=workers)
    return time.perf_counter() - started


def measure(files: list[str], workers: int, scratch: Path) -> tuple[dict[str, float], list[bytes]]:
    out = scratch / f"workers-{workers}"
    startup = startup_seconds(workers, scratch)
    load_before = os.getloadavg()[0]
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    summary = run_batch(BatchJob(inputs=tuple(files), out=out), workers=workers)
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    result = {
        "workers": workers,
        "reviews": summary.units,
        "records": summary.records,
        "errors": summary.errors,
        "seconds": round(seconds, 2),
        "startup_seconds": round(startup, 2),
        "reviews_per_second": round(summary.units / seconds, 1),
        "reviews_per_second_after_startup": round(summary.units / max(seconds - startup, 1e-9), 1),
        # CPU time of this process and its (finished) workers: what the job costs whatever
        # else runs on the machine; equal for 1 and 2 workers means no parallel overhead.
        "cpu_seconds": round(cpu, 2),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    return result, part_bytes(out)


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--json", type=Path, help="Also write the results here.")
    args = parser.parse_args()
    files = review_files(args.shared, args.n)
    runs, outputs = [], []
    with tempfile.TemporaryDirectory(prefix="filmkritik-bench-") as scratch:
        for workers in args.workers:
            result, parts = measure(files, workers, Path(scratch))
            runs.append(result)
            outputs.append(parts)
            print(json.dumps(result))
    base, steady = runs[0]["seconds"], runs[0]["reviews_per_second_after_startup"]
    report = {
        "cpus": os.cpu_count(),
        "runs": runs,
        "speedup_wall": {str(r["workers"]): round(base / r["seconds"], 2) for r in runs},
        "speedup_after_startup": {
            str(r["workers"]): round(r["reviews_per_second_after_startup"] / steady, 2) for r in runs
        },
        "identical_records": all(parts == outputs[0] for parts in outputs),
    }
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
