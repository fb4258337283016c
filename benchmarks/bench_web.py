"""Web benchmark: latency of ``GET /api/films/{id}`` at 100k stored reviews.

Usage:
  .venv/bin/python benchmarks/bench_web.py [--reviews 100000] [--requests 1000] [--db PATH] [--out FILE]

The database is filled with synthetic films (10 reviews each) by the knowledge-base
benchmark's fill helper (``benchmarks/bench_kb.py``), and every stored record is then
given the size of a real one (the reader's record of a review of a fictional film), so the
rows read per request weigh what they would in use. Without that helper the reviews are
added through ``KnowledgeBase.add_record`` (slow: use fewer ``--reviews``).

``filmkritik serve`` then runs as its own process and one client sends sequential requests
for random films over loopback HTTP; p50/p95/p99 are reported, beside the knowledge base's
own ``get_film`` time measured in this process (what the web layer adds is the difference).
An existing ``--db`` is reused as it is (no fill).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests/fixtures/web/review-de.txt"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fill(db: Path, reviews: int) -> dict[str, Any]:
    """Synthetic films and reviews, each review carrying a record of realistic size."""
    import sqlalchemy as sa

    import filmkritik
    from filmkritik.kb import KnowledgeBase, ReviewHints
    from filmkritik.kb import store as kb_store
    from filmkritik.kb.schema import ReviewRow

    record = filmkritik.read(FIXTURE).to_dict()
    started = time.perf_counter()
    with KnowledgeBase.open(str(db)) as kb:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        try:
            from bench_kb import fill as kb_fill  # the knowledge base's own 100k fill
        except ImportError:
            kb_fill = None
        if kb_fill is not None:
            kb_fill(kb, reviews)
            with kb_store.writing(kb.engine) as conn:
                conn.execute(sa.update(ReviewRow).values(record=record))
            how = "bench_kb.fill + realistic records"
        else:
            from filmkritik.model import ReviewRecord

            rng = random.Random(5)
            for n in range(reviews):
                item = ReviewRecord.from_dict(record)
                item.text = f"{item.text}\n\n({n})"
                item.source.sha256 = f"bench-{n}"
                score = rng.randint(10, 95)
                kb.add_record(
                    item, ReviewHints(film=f"Bench Film {n // 10}", critic=f"c{n % 500}", rating=f"{score}/100")
                )
            how = "KnowledgeBase.add_record"
        counts = {"reviews": kb.count_reviews(), "films": kb.count_films()}
    return {**counts, "fill": how, "fill_seconds": round(time.perf_counter() - started, 1)}


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))], 2)

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "mean": round(statistics.fmean(ordered), 2)}


def kb_latency(db: Path, ids: list[int]) -> dict[str, float]:
    from filmkritik.kb import KnowledgeBase

    times = []
    with KnowledgeBase.open(str(db)) as kb:
        for film_id in ids[:50]:
            kb.get_film(film_id)
        for film_id in ids:
            started = time.perf_counter()
            kb.get_film(film_id)
            times.append(1000 * (time.perf_counter() - started))
    return percentiles(times)


def http_latency(db: Path, ids: list[int], clients: int = 1) -> tuple[dict[str, float], int]:
    """Latency over loopback HTTP with ``clients`` concurrent sequential clients (threads)."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    port = free_port()
    command = [
        sys.executable,
        "-c",
        "from filmkritik.cli import main; main()",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if client.get("/api/films", params={"limit": 1}).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("filmkritik serve did not start")
                time.sleep(0.2)
            for film_id in ids[:50]:
                client.get(f"/api/films/{film_id}")

        def run(share: list[int]) -> tuple[list[float], int]:
            times, size = [], 0
            with httpx.Client(base_url=base, timeout=30) as own:
                for film_id in share:
                    started = time.perf_counter()
                    response = own.get(f"/api/films/{film_id}")
                    times.append(1000 * (time.perf_counter() - started))
                    response.raise_for_status()
                    size = len(response.content)
            return times, size

        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(run, [ids[i::clients] for i in range(clients)]))
        times = [t for part, _ in results for t in part]
        size = results[0][1]
    finally:
        server.terminate()
        server.wait(timeout=20)
    return percentiles(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or create) this SQLite file")
    parser.add_argument("--out", type=Path, default=None, help="also write the result as JSON here")
    parser.add_argument("--clients", type=int, default=1, help="concurrent clients for a second HTTP run")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "web-bench.db"
        result: dict[str, Any] = {}
        if not db.exists():
            result.update(fill(db, args.reviews))
        from filmkritik.kb import KnowledgeBase

        with KnowledgeBase.open(str(db)) as kb:
            result.setdefault("reviews", kb.count_reviews())
            result.setdefault("films", kb.count_films())
            film_ids = [f["id"] for f in kb.list_films(sort="title", limit=1_000_000)]
        rng = random.Random(17)
        ids = [rng.choice(film_ids) for _ in range(args.requests)]
        result["kb_get_film_ms"] = kb_latency(db, ids)
        result["http_get_film_ms"], result["response_bytes"] = http_latency(db, ids)
        if args.clients > 1:
            result[f"http_get_film_ms_{args.clients}_clients"], _ = http_latency(db, ids, args.clients)
        result["requests"] = args.requests
        result["db_megabytes"] = round(db.stat().st_size / 1e6, 1)
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
