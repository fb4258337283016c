"""Reader speed and memory: reviews per second on one core, peak resident memory.

Usage: .venv/bin/python benchmarks/bench_read.py [--n 500] [--shared ../shared] [--distinct] [--batch 10]

English: Pang & Lee full reviews of 600-800 words (Dennis Schwartz, a TRAIN critic).
German: the seed review (~650 words) and the German development texts joined three at a
time (~700 words), repeated to n. Runs in one process (one core; pin it with ``taskset -c 0``); the first review
(model loading) is timed separately as start-up. Reports wall-clock and CPU-time throughput: on a
machine shared with other jobs the CPU-time figure is the steadier measure of one core.

The German bench repeats its 11 texts, so the reader's per-process memos (tokens, word pairs, word kinds)
and ``re``'s pattern cache are warm for every review it times. ``--distinct`` also reads distinct German
texts, each once (what a batch of new reviews costs): every German text of ``tests/fixtures/heldout/de*.jsonl``
and ``tests/fixtures/verdict_de/*.jsonl`` as it comes (~250 words on average), and the same texts joined in
order to at least 600 words each (~800 words on the fixtures as they stand). Each set is read in a fresh process (the CPU affinity is
inherited), after one review that is not in it (the seed review) has loaded the models. ``--batch N`` also reads
the English and German sets N documents at a time, a stage at a time (``pipeline.read_documents``: the same records),
as a batch of new reviews can be read.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def english_texts(shared: Path, n: int) -> list[str]:
    folder = shared / "data/pang-lee/scale_whole_review/Dennis+Schwartz/txt.parag"
    texts = (p.read_text(encoding="latin-1") for p in sorted(folder.glob("*.txt")))
    return [t for t in texts if 600 <= len(t.split()) <= 800][:n]


def german_texts(shared: Path, n: int) -> list[str]:
    texts = [(shared / "reviews/de/kindness-of-strangers.txt").read_text(encoding="utf-8")]
    dev = [
        json.loads(line)["text"] for line in (shared / "reviews/de/dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    texts += ["\n\n".join(dev[i : i + 3]) for i in range(0, len(dev), 3)]
    return (texts * (n // len(texts) + 1))[:n]


def distinct_german_texts() -> list[str]:
    """Every German text of the held-out batches and the German verdict fixtures, once each, in file order."""
    fixtures = ROOT / "tests/fixtures"
    paths = sorted((fixtures / "heldout").glob("de*.jsonl")) + sorted((fixtures / "verdict_de").glob("*.jsonl"))
    texts: dict[str, None] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts[json.loads(line)["text"]] = None
    return list(texts)


def joined(texts: list[str], words: int = 600) -> list[str]:
    """``texts`` joined in order (paragraph breaks between them) into texts of at least ``words`` words."""
    out: list[str] = []
    parts: list[str] = []
    count = 0
    for text in texts:
        parts.append(text)
        count += len(text.split())
        if count >= words:
            out.append("\n\n".join(parts))
            parts, count = [], 0
    return out


def measure(texts: list[str], first: str | None = None) -> dict[str, float]:
    """Throughput on ``texts``; ``first`` (by default ``texts[0]``) is read before, timed as start-up."""
    from filmkritik import read_text

    started = time.perf_counter()
    read_text(texts[0] if first is None else first)
    startup = time.perf_counter() - started
    started = time.perf_counter()
    cpu_started = time.process_time()
    for text in texts:
        read_text(text)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    words = sum(len(t.split()) for t in texts)
    return {
        "reviews": len(texts),
        "mean_words": round(words / len(texts)),
        "reviews_per_second": round(len(texts) / elapsed, 1),
        "words_per_second": round(words / elapsed),
        # CPU time of this process only: what one core delivers when other jobs share the machine
        # (wall-clock time above also counts the time slices those jobs take).
        "cpu_reviews_per_second": round(len(texts) / cpu, 1),
        "first_review_seconds": round(startup, 3),
    }


def measure_batches(texts: list[str], batch: int) -> dict[str, float]:
    """Throughput on ``texts`` read ``batch`` at a time, a stage at a time (each loaded as ``read_text`` loads it)."""
    from filmkritik import read_text
    from filmkritik.ingest import load_text
    from filmkritik.model import Source
    from filmkritik.read.pipeline import read_documents

    read_text(texts[0])
    started = time.perf_counter()
    cpu_started = time.process_time()
    for at in range(0, len(texts), batch):
        read_documents([load_text(text, Source(kind="text")) for text in texts[at : at + batch]], batch)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    return {
        "reviews": len(texts),
        "batch": batch,
        "reviews_per_second": round(len(texts) / elapsed, 1),
        "cpu_reviews_per_second": round(len(texts) / cpu, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--distinct", action="store_true", help="also read distinct German texts, each once")
    parser.add_argument("--batch", type=int, default=0, help="also read the sets N at a time, a stage at a time")
    parser.add_argument("--only", choices=["distinct", "distinct_joined"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only:
        # One set of distinct texts in this fresh process (``--distinct`` runs it), the result on stdout.
        distinct = distinct_german_texts()
        seed = (args.shared / "reviews/de/kindness-of-strangers.txt").read_text(encoding="utf-8")
        print(json.dumps(measure(distinct if args.only == "distinct" else joined(distinct), first=seed)))
        return
    results = {
        "english": measure(english_texts(args.shared, args.n)),
        "german": measure(german_texts(args.shared, args.n)),
    }
    if args.batch > 0:
        results["english_batches"] = measure_batches(english_texts(args.shared, args.n), args.batch)
        results["german_batches"] = measure_batches(german_texts(args.shared, args.n), args.batch)
    if args.distinct:
        for only in ("distinct", "distinct_joined"):
            command = [sys.executable, __file__, "--only", only, "--shared", str(args.shared)]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            results[f"german_{only}"] = json.loads(done.stdout)
    results |= {
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, 1 process",
    }
    print(json.dumps(results, indent=2))
    out = ROOT / "benchmarks/results/read.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
