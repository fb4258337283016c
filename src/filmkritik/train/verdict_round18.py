"""Verdict round 18 (``docs/preregistrations/verdict-round18.md``): the critic bands' negative cut per language,
chosen leave-one-writer-set-out on the owned critic pages. Measuring code; the reader's part is
``read/verdict.py`` (``ROUND18_CUT``, switch ``FILMKRITIK_VERDICT_ROUND18``, off).

Each owned page (``tests/fixtures/verdict_<code>/critics*.jsonl``, ``tests/fixtures/heldout/<code>*.jsonl``; invented
critic pages, each file one writer's round) is read once by the real reader and its prose score computed at every
cut of the grid (the rating blanked: the record's ``inferred_score``). For each held-out file the cut with the best
macro-F1 on the other files' pages is chosen (ties: the cut nearest the shipped one) and the held-out file is read
with it; the pooled macro-F1 of those readings is the procedure's out-of-writer figure.

Usage (repository root; about 1-2 minutes per language on one core)::

    python -m filmkritik.train.verdict_round18 --lang en            # the preregistered grid 39.5-49.5
    python -m filmkritik.train.verdict_round18 --lang en --top 46.5 # addendum 1's grid 39.5-46.5
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from filmkritik.ingest import load_text
from filmkritik.model import Source, score_label
from filmkritik.read import pipeline, verdict
from filmkritik.train import critic_text

LABELS = ("negative", "mixed", "positive")
#: The preregistered grid of cuts (39.5: no cut) and each language's shipped cut (ties go to the nearest).
GRID = tuple(39.5 + step for step in range(11))
SHIPPED = {"de": 44.5, "en": 39.5}
ROOT = Path(__file__).resolve().parents[3]


def page_files(code: str, root: Path = ROOT) -> list[Path]:
    """The owned critic pages of language ``code`` as round 18 had them (critics18, de24 and en24 were sealed while
    it measured)."""
    return critic_text.owned_page_files(code, root / "tests" / "fixtures", before_round=18)


@dataclass(frozen=True)
class Page:
    """One page: its file, gold label, whether it reads as a review and its prose score at each cut."""

    group: str
    gold: str
    review: bool
    scores: dict[float, int]

    def label(self, cut: float) -> str:
        return score_label(self.scores[cut]) if self.review else "none"


@contextmanager
def cut_at(code: str, cut: float) -> Iterator[None]:
    """The reader with round 18 on for ``code`` at ``cut`` (restored afterwards)."""
    saved_env, saved_cut = os.environ.get(verdict.ROUND18_SWITCH), verdict.ROUND18_CUT.get(code)
    os.environ[verdict.ROUND18_SWITCH] = code
    verdict.ROUND18_CUT[code] = cut
    try:
        yield
    finally:
        if saved_env is None:
            os.environ.pop(verdict.ROUND18_SWITCH, None)
        else:
            os.environ[verdict.ROUND18_SWITCH] = saved_env
        if saved_cut is None:
            verdict.ROUND18_CUT.pop(code, None)
        else:
            verdict.ROUND18_CUT[code] = saved_cut


def read_pages(files: Sequence[Path], code: str, grid: Sequence[float] = GRID) -> list[Page]:
    """Every labelled page of ``files`` in language ``code``, its prose score at each cut of ``grid``."""
    pages = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            gold = (row.get("gold") or {}).get("verdict")
            if gold not in LABELS:
                continue
            analysis = pipeline.analyse(load_text(row["text"], Source(kind="text")))
            if analysis.record.language != code:
                continue
            scores = {}
            for cut in grid:
                with cut_at(code, cut):
                    scores[cut] = verdict.prose_score(analysis).inferred
            pages.append(Page(path.name, gold, bool(analysis.record.is_review.value), scores))
    return pages


def macro_f1(gold: Sequence[str], read: Sequence[str]) -> float:
    """Macro-F1 over the three labels (a label neither gold nor read counts 0; "none" is always wrong)."""
    scores = []
    for label in LABELS:
        hit = sum(g == r == label for g, r in zip(gold, read, strict=True))
        said, true = sum(r == label for r in read), sum(g == label for g in gold)
        scores.append(2 * hit / (said + true) if said + true else 0.0)
    return sum(scores) / len(scores)


def choose(pages: Sequence[Page], grid: Sequence[float], shipped: float) -> float:
    """The cut of ``grid`` with the best macro-F1 on ``pages`` (ties: the cut nearest ``shipped``)."""
    gold = [p.gold for p in pages]
    best: tuple[float, float] | None = None
    for cut in sorted(grid, key=lambda c: (abs(c - shipped), c)):
        value = macro_f1(gold, [p.label(cut) for p in pages])
        if best is None or value > best[0] + 1e-12:
            best = (value, cut)
    assert best is not None
    return best[1]


def leave_one_set_out(
    pages: Sequence[Page],
    grid: Sequence[float],
    shipped: float,
    subsets: dict[str, Callable[[str], bool]] | None = None,
) -> dict[str, object]:
    """The shipped cut against the nested choice, each file read with the cut chosen on the others."""
    chosen: dict[str, float] = {}
    for group in sorted({p.group for p in pages}):
        chosen[group] = choose([p for p in pages if p.group != group], grid, shipped)
    shipped_read = [p.label(shipped) for p in pages]
    nested = [p.label(chosen[p.group]) for p in pages]
    result: dict[str, object] = {"pages": len(pages)}
    for name, keep in {"pooled": lambda g: True, **(subsets or {})}.items():
        idx = [i for i, p in enumerate(pages) if keep(p.group)]
        gold = [pages[i].gold for i in idx]
        result[name] = (
            round(macro_f1(gold, [shipped_read[i] for i in idx]), 4),
            round(macro_f1(gold, [nested[i] for i in idx]), 4),
            len(idx),
        )
    right = [(s == p.gold, n == p.gold) for s, n, p in zip(shipped_read, nested, pages, strict=True)]
    result["fixed"] = sum(n and not s for s, n in right)
    result["broken"] = sum(s and not n for s, n in right)
    result["chosen per fold"] = dict(Counter(chosen.values()))
    result["chosen on all pages"] = choose(pages, grid, shipped)
    return result


SUBSETS: dict[str, Callable[[str], bool]] = {
    "critic sets": lambda g: g.startswith("critics"),
    "blind rounds": lambda g: not g.startswith("critics"),
}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=sorted(SHIPPED), required=True)
    parser.add_argument("--top", type=float, default=GRID[-1], help="the grid's highest cut (addendum 1: 46.5)")
    args = parser.parse_args(argv)
    grid = [c for c in GRID if c <= args.top]
    pages = read_pages(page_files(args.lang), args.lang, grid)
    print(json.dumps(leave_one_set_out(pages, grid, SHIPPED[args.lang], SUBSETS), indent=1))


if __name__ == "__main__":
    main()
