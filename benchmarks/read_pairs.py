"""Two readers in one process, each text read by both in turn: the speed ratio of a change on a loaded machine.

Usage: PYTHONPATH=DUAL:TREE/src .venv/bin/python benchmarks/read_pairs.py de|en|distinct [--rounds 9] [--n 110]

DUAL holds a copy of the base reader's package renamed ``filmkritik_old`` (its imports rewritten to that name, as
``sed 's/from filmkritik\\b/from filmkritik_old/g; s/import filmkritik\\b/import filmkritik_old/g;
s/"filmkritik\\./"filmkritik_old./g'`` over a copy of ``BASE/src/filmkritik`` does); TREE is the tree under test.

Pairs of whole rounds (one reader over every text, then the other) swung by 0.77-1.34 on a machine shared with other
jobs (speed pass 23, load 12 on two cores): a burst of load lands on one reader's round. Here each text is read by
both readers back to back (which goes first alternates text by text and round by round), and a round's CPU time is
summed per reader over its texts: a burst lands on both. Prints the median of the rounds' ratios (base / new: above
1 is faster), their range and the ratio of the totals; on the same load this spread was 0.98-1.03.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_read


def texts_of(kind: str, n: int, shared: Path) -> list[str]:
    """The bench's German or English texts, or distinct German texts joined to ~600 words (``--distinct``'s)."""
    if kind == "distinct":
        return bench_read.joined(bench_read.distinct_german_texts())[:n]
    return bench_read.german_texts(shared, n) if kind == "de" else bench_read.english_texts(shared, n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["de", "en", "distinct"])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--n", type=int, default=110)
    parser.add_argument("--shared", type=Path, default=bench_read.ROOT.parent / "shared")
    args = parser.parse_args()

    import filmkritik_old  # type: ignore[import-not-found]

    import filmkritik

    readers = (filmkritik_old, filmkritik)
    texts = texts_of(args.kind, args.n, args.shared)
    for reader in readers:  # (lexicons and models loaded, memos begun)
        for text in texts[:3]:
            reader.read_text(text)
    ratios: list[float] = []
    totals = dict.fromkeys(readers, 0.0)
    for r in range(args.rounds):
        spent = dict.fromkeys(readers, 0.0)
        for i, text in enumerate(texts):
            for reader in readers if (i + r) % 2 else readers[::-1]:
                start = time.process_time()
                reader.read_text(text)
                spent[reader] += time.process_time() - start
        ratios.append(spent[filmkritik_old] / spent[filmkritik])
        for reader in readers:
            totals[reader] += spent[reader]
    read = len(texts) * args.rounds
    print(
        f"{args.kind} n={len(texts)} rounds={args.rounds}: median ratio {statistics.median(ratios):.3f} "
        f"(min {min(ratios):.3f}, max {max(ratios):.3f}), totals {totals[filmkritik_old] / totals[filmkritik]:.3f}; "
        f"base {read / totals[filmkritik_old]:.1f}/s, new {read / totals[filmkritik]:.1f}/s (CPU time)"
    )


if __name__ == "__main__":
    main()
