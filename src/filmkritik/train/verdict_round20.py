"""Verdict round 20 (``docs/preregistrations/verdict-round20.md``): one positive edge per language for critics'
prose, chosen on the owned critic pages and measured leave-one-round-out. Measuring code only.

The shown score ``s`` of a page the critic settings read (``verdict.critic_prose``; ``Page.ids`` is not None) goes
through the monotone map through (49.5, 49.5), (t, 60.5), (69.5, 69.5), identity elsewhere, rounded: with a
half-integer ``t`` the page reads positive exactly when ``s >= t + 0.5``. The negative edge, every score under 50 and
every score from 70 up are unchanged. ``t`` comes from ``GRID`` (60.5: the shipped reader), chosen by the pooled
three-class macro-F1 of the training pages (ties: the smallest ``|t - 60.5|``, then the smaller ``t``).

Each owned page (``tests/fixtures/verdict_<code>/critics*.jsonl``, ``tests/fixtures/heldout/<code>*.jsonl``) is read
once by the shipped reader, prose only (``train/critic_text.py`` ``read_page``). A fold is the round that wrote the
file (``critic_text.written_in_round``).

Usage (repository root; reading the pages ~2-4 min, cached in ``--pages``)::

    python -m filmkritik.train.verdict_round20 loro --lang de --pages /tmp/pages20.json
    python -m filmkritik.train.verdict_round20 dev --lang en --pages /tmp/pages20.json --shared ../shared
    python -m filmkritik.train.verdict_round20 guard --lang en --pages /tmp/pages20.json --shared ../shared
    python -m filmkritik.train.verdict_round20 test --lang en ...   # TEST, once, after the decision
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from filmkritik.model import score_label
from filmkritik.train import critic_text
from filmkritik.train.critic_head import confusion
from filmkritik.train.measure import scale_agreement, three_class_by_critic
from filmkritik.train.verdict_round19 import cached, dev_pages, group_name, kept_labels

LABELS = critic_text.LABELS
FIXTURES = critic_text.FIXTURES
Page = critic_text.Page
#: The preregistered grid of positive edges (the blended score that shows as 60.5); 60.5 is the shipped reader.
GRID = tuple(53.5 + k for k in range(14))
SHIPPED = 60.5
#: The map's fixed ends: nothing under 49.5 or from 69.5 up moves.
LOW, HIGH = 49.5, 69.5
ROUND = 20


def edge_map(score: float, t: float) -> float:
    """``score`` through the monotone map (LOW, LOW), (t, 60.5), (HIGH, HIGH); identity outside [LOW, HIGH]."""
    if score <= LOW or score >= HIGH:
        return score
    if score <= t:
        return LOW + (score - LOW) * (SHIPPED - LOW) / (t - LOW)
    return SHIPPED + (score - t) * (HIGH - SHIPPED) / (HIGH - t)


def mapped(score: int, t: float) -> int:
    """The shown score with edge ``t`` (as the reader would show it)."""
    return max(0, min(100, round(edge_map(float(score), t))))


def in_scope(page: Page) -> bool:
    """Whether the map reads ``page``: critics' prose read as a review."""
    return page.ids is not None and page.shown is not None


def label_with(page: Page, t: float) -> str:
    if not in_scope(page):
        return page.read
    return score_label(mapped(page.shown, t))  # type: ignore[arg-type]


def labels_with(pages: Sequence[Page], t: float) -> list[str]:
    return [label_with(p, t) for p in pages]


def choose(pages: Sequence[Page]) -> float:
    """The preregistered choice of ``t`` on ``pages``: the best pooled macro-F1; ties: nearest 60.5, then smaller."""
    gold = [p.gold for p in pages]
    order = sorted(GRID, key=lambda t: (abs(t - SHIPPED), t))
    best, best_f1 = SHIPPED, -1.0
    for t in order:
        f1 = critic_text.macro_f1(gold, labels_with(pages, t))
        if f1 > best_f1 + 1e-12:
            best, best_f1 = t, f1
    return best


def page_round(page: Page) -> int:
    return critic_text.written_in_round(Path(page.group))


def leave_one_round_out(pages: Sequence[Page]) -> tuple[list[str], dict[int, float]]:
    """Each page's label with the ``t`` chosen on the other rounds' pages, and each round's ``t``."""
    rounds = sorted({page_round(p) for p in pages})
    chosen: dict[int, float] = {}
    labels = [""] * len(pages)
    for r in rounds:
        train = [p for p in pages if page_round(p) != r]
        t = choose(train)
        chosen[r] = t
        for i, p in enumerate(pages):
            if page_round(p) == r:
                labels[i] = label_with(p, t)
    return labels, chosen


def summary(pages: Sequence[Page], labels: Sequence[str], keep: Callable[[Page], bool]) -> dict[str, Any]:
    """Shipped vs candidate on the kept pages: macro-F1, right, fixed, broken, confusion (gold -> read)."""
    gold, base, new = kept_labels(pages, labels, keep)
    return {
        **critic_text.shipped_vs_candidate(gold, base, new),
        "confusion shipped": confusion(gold, base),
        "confusion candidate": confusion(gold, new),
    }


def _of_round(r: int) -> Callable[[Page], bool]:
    return lambda p: page_round(p) == r


def loro_report(pages: Sequence[Page]) -> dict[str, Any]:
    labels, chosen = leave_one_round_out(pages)
    rounds = sorted(chosen)
    return {
        "t chosen on all pages": choose(pages),
        "t per held-out round": {str(r): chosen[r] for r in rounds},
        "in scope": sum(in_scope(p) for p in pages),
        "pooled": summary(pages, labels, lambda p: True),
        "critic sets": summary(pages, labels, lambda p: "/critics" in p.group),
        "blind rounds": summary(pages, labels, lambda p: p.group.startswith("heldout/")),
        "per round": {str(r): summary(pages, labels, _of_round(r)) for r in rounds},
        "shown scores of in-scope pages by gold": {
            g: np.bincount([int(p.shown or 0) for p in pages if in_scope(p) and p.gold == g], minlength=101)[
                45:75
            ].tolist()
            for g in LABELS
        },
    }


def page_files(code: str, root: Path = FIXTURES) -> list[Path]:
    """Every owned critic page file of ``code`` as round 20 has them (critics20 and blind round 20 are sealed)."""
    return critic_text.owned_page_files(code, root, before_round=ROUND)


def read_owned(code: str, progress: Callable[[str], None]) -> list[Page]:
    return critic_text.read_files(page_files(code), group_name, progress)


# --- guards and TEST on real reviews (rule 4; TEST once after the decision) ------------------------------------


def scores(pages: Sequence[Page], t: float) -> tuple[np.ndarray, np.ndarray]:
    """(the shipped scores, the scores with edge ``t``) of ``pages``."""
    base = np.array([p.shown for p in pages], dtype=float)
    moved = np.array([mapped(int(p.shown or 0), t) if in_scope(p) else p.shown for p in pages], dtype=float)
    return base, moved


def critics_table(t: float, critics: Sequence[str], shared: Path, progress: Callable[[str], None]) -> dict[str, Any]:
    """Pang & Lee critics: 3-class (40 / 70), Spearman, Metacritic-band accuracy without and with edge ``t``."""
    from filmkritik.train.verdict_round19_guard import pang_lee_pages

    examples, pages = pang_lee_pages(critics, shared, progress)
    base, moved = scores(pages, t)
    ratings = np.array([100 * e.target for e in examples])
    out: dict[str, Any] = {"t": t, "reviews": len(examples), "in scope": sum(in_scope(p) for p in pages)}
    for label, s in (("shipped", base), ("candidate", moved)):
        out[label] = scale_agreement(s, ratings)
    out["moved"] = int((base != moved).sum())
    out["label moved"] = int(sum(score_label(a) != score_label(b) for a, b in zip(base, moved, strict=True)))
    out.update(three_class_by_critic(examples, ratings, {"shipped": base, "candidate": moved}, critics))
    return out


def dvd_table(t: float, split: str, shared: Path) -> dict[str, Any]:
    """German DVD reviews of ``split``: side-of-50 accuracy without and with edge ``t``."""
    from filmkritik.train.verdict_round19_guard import dvd_pages

    pages, truth = dvd_pages(split, shared)
    base, moved = scores(pages, t)
    return {
        "t": t,
        "reviews": len(pages),
        "in scope": sum(in_scope(p) for p in pages),
        "shipped": round(float(((base >= 50) == truth).mean()), 4),
        "candidate": round(float(((moved >= 50) == truth).mean()), 4),
        "moved": int((base != moved).sum()),
    }


def seed(t: float, shared: Path) -> dict[str, Any]:
    """The seed review read by the whole reader (prose only): its score and label without and with edge ``t``."""
    from filmkritik.train.verdict_round19_guard import seed_page

    page = seed_page(shared)
    base, moved = scores([page], t)
    return {
        "in scope": in_scope(page),
        "shipped": [int(base[0]), score_label(base[0])],
        "candidate": [int(moved[0]), score_label(moved[0])],
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("loro", "dev", "guard", "test"))
    parser.add_argument("--lang", choices=("de", "en"), required=True)
    parser.add_argument("--pages", type=Path, default=None, help="JSON cache of the read pages")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    progress = critic_text.to_stderr
    code = args.lang
    pages = cached(args.pages, code, lambda: read_owned(code, progress))
    if args.what == "loro":
        print(json.dumps(loro_report(pages), indent=1))
        return
    t = choose(pages)
    if args.what == "dev":
        dev = dev_pages(args.pages, args.shared, code, progress)
        labels = labels_with(dev, t)
        report = summary(dev, labels, lambda p: True)
        report["t"] = t
        report["in scope shown / gold"] = [[p.shown, p.gold] for p in dev if in_scope(p)]
        print(json.dumps(report, indent=1))
        return
    if args.what == "guard":
        if code == "en":
            from filmkritik.train import data

            out = {"Pang & Lee TRAIN": critics_table(t, data.TRAIN_CRITICS, args.shared, progress)}
        else:
            out = {"seed": seed(t, args.shared), "DVD DEV (train split)": dvd_table(t, "train", args.shared)}
        print(json.dumps(out, indent=1))
        return
    if code == "en":
        from filmkritik.train import data

        out = {"Pang & Lee TEST": critics_table(t, data.TEST_CRITICS, args.shared, progress)}
    else:
        out = {"DVD TEST": dvd_table(t, "test", args.shared)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
