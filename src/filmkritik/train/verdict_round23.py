"""Verdict round 23 (``docs/preregistrations/verdict-round23.md``): praise of parts, blame of the whole. Measuring
code only; the reader's side is ``read/verdict.py`` (``part_whole_lean``, switch ``FILMKRITIK_VERDICT_ROUND23``).

Each owned critic page (``tests/fixtures/verdict_<code>/critics*.jsonl``, ``tests/fixtures/heldout/<code>*.jsonl``
written before round 23) is read once by the shipped reader, prose only, and its shown score is recomputed for every
(c, k) of the preregistered grid exactly as the reader would show it with the switch on (lean, blend, critic bands,
short-text calibration). A fold is the round that wrote the file (``critic_text.written_in_round``); the pair is
chosen on the other rounds' pages by pooled three-class macro-F1 (ties: the pair nearest the shipped one).

Usage (repository root; reading the pages ~2-4 min per language, cached in ``--pages``)::

    python -m filmkritik.train.verdict_round23 check --lang de --pages /tmp/pages23.json   # (1, 1) = shipped
    python -m filmkritik.train.verdict_round23 loro --lang de --pages /tmp/pages23.json
    python -m filmkritik.train.verdict_round23 dev --lang en --pages /tmp/pages23.json --shared ../shared
    python -m filmkritik.train.verdict_round23 guard --lang en --pages /tmp/pages23.json --shared ../shared
    python -m filmkritik.train.verdict_round23 test --lang en ...   # TEST, once, after the decision
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from filmkritik import lang
from filmkritik.errors import ModelError
from filmkritik.ingest import load_text
from filmkritik.model import Source, score_label
from filmkritik.read import opinion, pipeline, segment, sentiment, short_text, verdict
from filmkritik.train import critic_text
from filmkritik.train.critic_head import confusion

LABELS = critic_text.LABELS
FIXTURES = critic_text.FIXTURES
ROUND = 23
#: The preregistered grid: ``c`` (craft praise's weight factor), ``k`` (whole-film blame's); (1, 1) is shipped.
CS = (1.0, 0.5, 0.25, 0.0)
KS = (1.0, 1.5, 2.0, 3.0)
SHIPPED = "1.0,1.0"
#: Nearest the shipped pair first: larger ``c``, then smaller ``k``.
GRID = tuple(f"{c},{k}" for c in CS for k in KS)


@dataclass
class Page:
    """One page as the shipped reader reads its prose, and its shown score under each pair of the grid."""

    group: str
    gold: str
    shown: int | None  # the shipped reader's inferred score; None: not read as a review
    in_scope: bool  # critics' prose (``verdict.critic_prose``)
    grid: dict[str, int]  # "c,k" -> the shown score with the switch on at (c, k) (in scope only)

    @property
    def read(self) -> str:
        return "none" if self.shown is None else score_label(self.shown)

    def label(self, pair: str) -> str:
        if not self.in_scope or self.shown is None:
            return self.read
        return score_label(self.grid[pair])


def grid_scores(
    text: str,
    code: str,
    items: Sequence[opinion.Sentence],
    dense: Sequence[float] | None,
    lowered: str | None,
    parts: verdict.JudgementParts,
    calibrate: Callable[[int], int] | None,
) -> tuple[bool, dict[str, int]]:
    """(whether round 23 reads ``text``, its shown score for each pair of the grid) as ``verdict.infer_score`` would
    show it with the switch on; ``calibrate``: the short-text step after it, if the caller's reader has one."""
    _, beta, critic = parts
    if not beta or not verdict.critic_prose(text, code, items, lowered, parts):
        return False, {}
    try:
        model_score = sentiment.model(code).score(text, dense, lowered)[0]
    except ModelError:
        return False, {}
    judged = verdict.targeted_judgements(items, code)
    out = {}
    for pair in GRID:
        c, k = (float(x) for x in pair.split(","))
        value = verdict.blend(model_score, verdict.part_whole_lean(judged, c, k), beta)
        shown = verdict.critic_bands(value, code) if critic else value
        score = max(0, min(100, round(shown)))
        out[pair] = calibrate(score) if calibrate is not None else score
    return True, out


def read_page(text: str, group: str, gold: str) -> Page:
    """``text`` read by the whole shipped reader, prose only (as ``critic_text.read_page``), with the grid's scores."""
    analysis = pipeline.analyse(load_text(text, Source(kind="text")))
    record = analysis.record
    code = record.language
    reading, score, confidence, parts = verdict.prose_score(analysis)
    if not record.is_review.value:
        return Page(group, gold, None, False, {})
    lowered = analysis.lowered if reading.explicit is None else None

    def calibrate(value: int) -> int:
        return short_text.calibrate(value, confidence, reading.prose, code)[0]

    scope, grid = grid_scores(reading.prose, code, reading.items, reading.dense, lowered, parts, calibrate)
    return Page(group, gold, score, scope, grid)


def read_files(paths: Sequence[Path], group_of: Callable[[Path], str], progress: Callable[[str], None]) -> list[Page]:
    import os

    os.environ[verdict.ROUND23_SWITCH] = ""  # the shipped reader, whatever the settings say
    pages: list[Page] = []
    for path in paths:
        progress(f"reading {path}")
        pages.extend(read_page(text, group_of(path), label) for text, label in critic_text.rows(path))
    return pages


def group_name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def read_owned(code: str, progress: Callable[[str], None]) -> list[Page]:
    files = critic_text.owned_page_files(code, FIXTURES, before_round=ROUND)
    return read_files(files, group_name, progress)


def cached(path: Path | None, key: str, read: Callable[[], list[Page]]) -> list[Page]:
    """``read()``'s pages, kept under ``key`` in the JSON file ``path`` (read once)."""
    store: dict[str, Any] = {}
    if path is not None and path.exists():
        store = json.loads(path.read_text(encoding="utf-8"))
        if key in store:
            return [Page(**p) for p in store[key]]
    pages = read()
    if path is not None:
        store[key] = [asdict(p) for p in pages]
        path.write_text(json.dumps(store), encoding="utf-8")
    return pages


# --- choosing and measuring ------------------------------------------------------------------------------------


def labels_with(pages: Sequence[Page], pair: str) -> list[str]:
    return [p.label(pair) for p in pages]


def choose(pages: Sequence[Page]) -> str:
    """The preregistered choice on ``pages``: the best pooled macro-F1; ties: the pair nearest the shipped one."""
    gold = [p.gold for p in pages]
    best, best_f1 = SHIPPED, -1.0
    for pair in GRID:
        f1 = critic_text.macro_f1(gold, labels_with(pages, pair))
        if f1 > best_f1 + 1e-9:
            best, best_f1 = pair, f1
    return best


def page_round(page: Page) -> int:
    return critic_text.written_in_round(Path(page.group))


def leave_one_round_out(pages: Sequence[Page]) -> tuple[list[str], dict[int, str]]:
    """Each page's label with the pair chosen on the other rounds' pages, and each round's pair."""
    chosen: dict[int, str] = {}
    labels = [""] * len(pages)
    for r in sorted({page_round(p) for p in pages}):
        pair = chosen[r] = choose([p for p in pages if page_round(p) != r])
        for i, p in enumerate(pages):
            if page_round(p) == r:
                labels[i] = p.label(pair)
    return labels, chosen


def summary(pages: Sequence[Page], labels: Sequence[str], keep: Callable[[Page], bool]) -> dict[str, Any]:
    """Shipped vs candidate on the kept pages: macro-F1, right, fixed, broken, confusion (gold -> read)."""
    idx = [i for i, p in enumerate(pages) if keep(p)]
    gold = [pages[i].gold for i in idx]
    base = [pages[i].read for i in idx]
    new = [labels[i] for i in idx]
    return {
        **critic_text.shipped_vs_candidate(gold, base, new),
        "confusion shipped": confusion(gold, base),
        "confusion candidate": confusion(gold, new),
    }


def loro_report(pages: Sequence[Page]) -> dict[str, Any]:
    labels, chosen = leave_one_round_out(pages)
    gold = [p.gold for p in pages]
    return {
        "pair chosen on all pages": choose(pages),
        "pair per held-out round": {str(r): chosen[r] for r in sorted(chosen)},
        "in scope": sum(p.in_scope for p in pages),
        "in-sample macro-F1 per pair": {
            pair: round(critic_text.macro_f1(gold, labels_with(pages, pair)), 4) for pair in GRID
        },
        "pooled": summary(pages, labels, lambda p: True),
        "critic sets": summary(pages, labels, lambda p: "/critics" in p.group),
        "blind rounds": summary(pages, labels, lambda p: p.group.startswith("heldout/")),
    }


def check(pages: Sequence[Page]) -> dict[str, Any]:
    """The correctness check before measuring: (1, 1) reproduces every shipped shown score."""
    wrong = [(p.group, p.shown, p.grid[SHIPPED]) for p in pages if p.in_scope and p.grid[SHIPPED] != p.shown]
    return {"in scope": sum(p.in_scope for p in pages), "differ": len(wrong), "first": wrong[:5]}


# --- guards and TEST on real reviews ---------------------------------------------------------------------------


def plain_page(text: str, code: str) -> Page:
    """``text`` read as ``train/measure.py`` reads it (the verdict alone, language given), with the grid's scores."""
    base = lang.get(code)
    paragraphs = segment.paragraphs(text)
    items = opinion.sentences(text, segment.sentences(text, base.ABBREVIATIONS), paragraphs, code)
    dense = opinion.lexicon_features(items, text)
    parts = verdict.judgement_parts(text, code, items)
    score, _ = verdict.infer_score(text, code, items, dense, parts=parts)
    scope, grid = grid_scores(text, code, items, dense, None, parts, None)
    return Page("", "", score, scope, grid)


def scores(pages: Sequence[Page], pair: str) -> tuple[np.ndarray, np.ndarray]:
    base = np.array([p.shown for p in pages], dtype=float)
    moved = np.array([p.grid[pair] if p.in_scope else p.shown for p in pages], dtype=float)
    return base, moved


def critics_table(pair: str, critics: Sequence[str], shared: Path, progress: Callable[[str], None]) -> dict[str, Any]:
    from filmkritik.train import data
    from filmkritik.train.measure import scale_agreement, three_class_by_critic

    examples = [e for c in critics for e in data.scale_reviews(shared, c)]
    pages = []
    for n, e in enumerate(examples):
        if n % 500 == 0:
            progress(f"Pang & Lee {n}/{len(examples)}")
        pages.append(plain_page(e.text, "en"))
    base, moved = scores(pages, pair)
    ratings = np.array([100 * e.target for e in examples])
    out: dict[str, Any] = {"pair": pair, "reviews": len(examples), "in scope": sum(p.in_scope for p in pages)}
    out["shipped"] = scale_agreement(base, ratings)
    out["candidate"] = scale_agreement(moved, ratings)
    out["moved"] = int((base != moved).sum())
    out.update(three_class_by_critic(examples, ratings, {"shipped": base, "candidate": moved}, critics))
    return out


def dvd_table(pair: str, split: str, shared: Path) -> dict[str, Any]:
    from filmkritik.train import data

    examples = data.dvd_reviews(shared, split)
    pages = [plain_page(e.text, "de") for e in examples]
    truth = np.array([e.target >= 0.5 for e in examples])
    base, moved = scores(pages, pair)
    return {
        "pair": pair,
        "reviews": len(pages),
        "in scope": sum(p.in_scope for p in pages),
        "shipped": round(float(((base >= 50) == truth).mean()), 4),
        "candidate": round(float(((moved >= 50) == truth).mean()), 4),
        "moved": int((base != moved).sum()),
    }


def seed(pair: str, shared: Path) -> dict[str, Any]:
    text = (shared / "reviews" / "de" / "kindness-of-strangers.txt").read_text(encoding="utf-8")
    page = read_page(text, "seed", "mixed")
    return {"in scope": page.in_scope, "shipped": page.shown, "candidate": page.grid.get(pair, page.shown)}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("check", "loro", "dev", "guard", "test"))
    parser.add_argument("--lang", choices=("de", "en"), required=True)
    parser.add_argument("--pages", type=Path, default=None, help="JSON cache of the read pages")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    progress = critic_text.to_stderr
    code = args.lang
    pages = cached(args.pages, code, lambda: read_owned(code, progress))
    if args.what in ("check", "loro"):
        print(json.dumps(check(pages) if args.what == "check" else loro_report(pages), indent=1))
        return
    pair = choose(pages)
    if args.what == "dev":
        dev_file = args.shared / "reviews" / code / "dev.jsonl"
        dev = cached(args.pages, f"dev-{code}", lambda: read_files([dev_file], lambda p: "dev", progress))
        report = summary(dev, labels_with(dev, pair), lambda p: True)
        report["pair"] = pair
        report["in scope shipped / candidate / gold"] = [
            [p.shown, p.grid[pair], p.gold] for p in dev if p.in_scope and p.grid[pair] != p.shown
        ]
        print(json.dumps(report, indent=1))
        return
    if args.what == "guard":
        from filmkritik.train import data

        if code == "en":
            out = {"Pang & Lee TRAIN": critics_table(pair, data.TRAIN_CRITICS, args.shared, progress)}
        else:
            out = {"seed": seed(pair, args.shared), "DVD DEV (train split)": dvd_table(pair, "train", args.shared)}
        print(json.dumps(out, indent=1))
        return
    from filmkritik.train import data

    if code == "en":
        out = {"Pang & Lee TEST": critics_table(pair, data.TEST_CRITICS, args.shared, progress)}
    else:
        out = {"DVD TEST": dvd_table(pair, "test", args.shared)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
