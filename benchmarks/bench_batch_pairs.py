"""`filmkritik batch` of one tree against another's, one worker, CPU time, runs alternating; records compared.

Usage: .venv/bin/python benchmarks/bench_batch_pairs.py --base /tmp/base/src [--new src] [--n 400] [--rounds 3]
       [--core 0] [--shared ../shared]

Each round runs `filmkritik batch --workers 1` over the same inputs with the base tree's package and with the new
one's (PYTHONPATH=TREE; which goes first alternates), both pinned with `taskset -c CORE`, and takes the CPU time of
the finished process tree (main process and worker; `getrusage(RUSAGE_CHILDREN)`). A job of one tiny review is timed
the same way and taken off: what is left is the reading. Two sets: English (the first n/4 Pang & Lee reviews of each
of four critics, text files) and German (the first n German DVD train reviews, rows of a JSONL corpus written to a
temporary folder). The part files of every run must be byte-identical to the base's first run. Prints per-round
ratios (base CPU / new CPU: above 1 is faster) and their median.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CRITICS = ("Dennis+Schwartz", "James+Berardinelli", "Scott+Renshaw", "Steve+Rhodes")


def english(shared: Path, n: int) -> list[str]:
    folder = shared / "data/pang-lee/scale_whole_review"
    per_critic = -(-n // len(CRITICS))
    files = [p for c in CRITICS for p in sorted((folder / c / "txt.parag").glob("*.txt"))[:per_critic]]
    return [str(p) for p in files[:n]]


def german(shared: Path, n: int, scratch: Path) -> list[str]:
    rows = []
    with (shared / "data/de-dvd-reviews/de_dvd_train_test.jsonl").open(encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            if row["split"] == "train":
                rows.append({"text": row["text"]})
            if len(rows) == n:
                break
    path = scratch / "de.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return [str(path)]


def cpu_of_batch(tree: Path, inputs: list[str], out: Path, core: int) -> float:
    """CPU seconds of `filmkritik batch` (main process and worker) with ``tree``'s package."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = ["taskset", "-c", str(core), sys.executable, "-m", "filmkritik", "batch", *inputs]
    command += ["--out", str(out), "--workers", "1", "-q"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def parts(out: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(out.glob("part-*"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the base tree's src folder")
    parser.add_argument("--new", type=Path, default=ROOT / "src", help="the new tree's src folder")
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--core", type=int, default=0)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sets", nargs="+", default=["en", "de"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="filmkritik-pairs-") as name:
        scratch = Path(name)
        tiny = scratch / "tiny.txt"
        tiny.write_text("A short film. Three stars.\n", encoding="utf-8")
        sets = {"en": english(args.shared, args.n), "de": german(args.shared, args.n, scratch)}
        for label in args.sets:
            inputs = sets[label]
            reference: list[bytes] | None = None
            ratios, cpus = [], {"base": [], "new": []}
            for round_ in range(args.rounds):
                cpu = {}
                trees = [("base", args.base), ("new", args.new)]
                for which, tree in trees if round_ % 2 == 0 else trees[::-1]:  # (each goes first every other round)
                    out = scratch / f"{label}-{which}-{round_}"
                    startup = cpu_of_batch(tree, [str(tiny)], scratch / f"tiny-{label}-{which}-{round_}", args.core)
                    cpu[which] = cpu_of_batch(tree, inputs, out, args.core) - startup
                    cpus[which].append(round(cpu[which], 2))
                    reference = reference or parts(out)
                    if parts(out) != reference:
                        raise SystemExit(f"{label} {which} round {round_}: part files differ from the base's")
                ratios.append(cpu["base"] / cpu["new"])
                load = os.getloadavg()[0]
                print(
                    f"{label} round {round_}: base {cpu['base']:.2f} s, new {cpu['new']:.2f} s, "
                    f"ratio {ratios[-1]:.4f} (load {load:.1f})",
                    flush=True,
                )
            print(
                json.dumps(
                    {
                        "set": label,
                        "reviews": args.n,
                        "cpu_seconds": cpus,
                        "reviews_per_cpu_second": {k: round(args.n / statistics.median(v), 1) for k, v in cpus.items()},
                        "ratios": [round(r, 4) for r in ratios],
                        "median_ratio": round(statistics.median(ratios), 4),
                        "identical_parts": True,
                    }
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()
