"""A critic head for the verdict (round 12, measured, not shipped): fitting and measuring code.

The head is an ordinal logistic regression (one linear index, two thresholds, an L2 penalty on the
standardised weights) on three parts of the reader's reading of a page, prose only: the trained model's
score, the judgement lean and the model's score of the opinion sentences alone. It learns where those
parts separate critics' pans from their mixed reviews, which the blended score places at 40-55.

Round 12 (``docs/preregistrations/verdict-round12.md``) chose, leave-one-round-out over the English pages
below: the English head, only its negative edge, penalty 1, texts under 700 words (the Pang & Lee TRAIN
guard). German got no head (no variant beat the shipped bands on German pages). Checked once on the sealed
critics12 pages it changed nothing measurable (docs/verdict.md, round 12), so the reader does not use it:
the candidate reader is commit 7f5fd74; this module replays the reader's verdict step by step with public
functions, so it needs no hook in ``read/verdict.py``.

Usage (repository root; about 20 s on one core)::

    python -m filmkritik.train.verdict_head --out /tmp/head.json --report

Round 13's critic text head (hashed words of the critic's judging text; ``train/critic_text.py``) is
measured and built through the same entry point: ``python -m filmkritik.train.verdict_head text --help``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from filmkritik.errors import ModelError
from filmkritik.ingest import load_text
from filmkritik.model import Source, score_label
from filmkritik.read import pipeline, sentiment, verdict

#: The owned critic-style pages per language (invented films and people, written by the project's
#: helpers; the sealed rounds are not among them). Paths from the repository root.
PAGES = {
    "en": (
        [f"tests/fixtures/heldout/en{n}.jsonl" for n in ("", *range(2, 18))]
        + [f"tests/fixtures/verdict_en/{name}.jsonl" for name in ("critics9", "critics10", "critics10b")]
    ),
}
LABELS = ("negative", "mixed", "positive")
#: The chosen settings (round 12).
PENALTY = 1.0
EDGES = "negative"
BELOW_WORDS = 700
#: Which sentences the opinion score reads (``opinion.Sentence.opinion`` at least this).
HEAD_OPINION = 0.5
#: The highest score read as negative (``model.score_label``).
NEGATIVE_EDGE = 39


@dataclass(frozen=True)
class Page:
    """One page as the reader reads it without a head: gold label, head parts, the shown score."""

    group: str  # the file: one blind round or one set of pages
    gold: str
    parts: tuple[float, float, float]
    score: int | None  # None: not read as a review
    words: int


@dataclass(frozen=True)
class CriticHead:
    """A 3-class decision on critics' prose from a few parts of the reading: an ordinal logistic
    regression (one linear index, two thresholds). With ``edges = "negative"`` the reader's score keeps
    its place unless the head puts the page on the other side of the negative edge; then it moves just
    across it (to 39, or up to 40). Texts of ``below_words`` words or more are left alone."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    thresholds: tuple[float, float]
    edges: str = EDGES
    below_words: int = BELOW_WORDS

    @classmethod
    def from_dict(cls, table: Mapping[str, Any]) -> CriticHead:
        low, high = (float(t) for t in table["thresholds"])
        return cls(
            mean=np.asarray(table["mean"], dtype=float),
            scale=np.asarray(table["scale"], dtype=float),
            weights=np.asarray(table["weights"], dtype=float),
            thresholds=(low, high),
            edges=str(table.get("edges", EDGES)),
            below_words=int(table.get("below_words", BELOW_WORDS)),
        )

    def probabilities(self, parts: Sequence[float]) -> tuple[float, float, float]:
        """P(negative), P(mixed), P(positive) for ``parts`` (model score, lean, opinion score)."""
        index = float(((np.asarray(parts, dtype=float) - self.mean) / self.scale) @ self.weights)
        low, high = (1.0 / (1.0 + math.exp(index - t)) for t in self.thresholds)
        return low, high - low, 1.0 - high

    def decide(self, score: int, confidence: float, parts: Sequence[float]) -> tuple[int, float]:
        """``score`` and ``confidence``, moved across the negative edge when the head reads the page on
        its other side (the confidence is then the head's probability of the new label)."""
        if self.edges != "negative":
            return score, confidence
        negative, mixed, _ = self.probabilities(parts)
        if negative > 0.5 and score > NEGATIVE_EDGE:
            return NEGATIVE_EDGE, round(negative, 4)
        if negative <= 0.5 and score <= NEGATIVE_EDGE:
            return NEGATIVE_EDGE + 1, round(mixed, 4)
        return score, confidence


def reading(text: str) -> tuple[int | None, float, tuple[float, float, float] | None, int]:
    """(the score the reader shows for ``text``'s prose, None when it is no review; its confidence; the
    head's parts, None when the language has no model; the prose's words), replaying ``verdict.annotate``."""
    analysis = pipeline.analyse(load_text(text, Source(kind="text")))
    record = analysis.record
    code = record.language
    (_, prose, items, dense), score, confidence, _ = verdict.prose_score(analysis)
    try:
        model = sentiment.model(code)
    except ModelError:
        return score, confidence, None, len(prose.split())
    lean, _ = verdict.judgement(prose, code, items)
    whole = model.score(prose, dense)[0]
    said = [s.text for s in items if s.opinion >= HEAD_OPINION]
    parts = (whole, lean, model.score("\n".join(said))[0] if said else whole)
    return (score if record.is_review.value else None), confidence, parts, len(prose.split())


def read_pages(paths: Sequence[str | Path]) -> list[Page]:
    """Every page of ``paths`` (JSON lines with ``text`` and ``gold.verdict``) as the reader reads it."""
    pages = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            gold = (row.get("gold") or {}).get("verdict")
            if gold not in LABELS:
                continue
            score, _, parts, words = reading(row["text"])
            if parts is not None:
                pages.append(Page(str(path), gold, parts, score, words))
    return pages


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY) -> dict[str, list[float]]:
    """An ordinal logistic regression of ``y`` (0, 1, 2) on ``x``: standardised weights and two thresholds."""
    from scipy.optimize import minimize

    mean, scale = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / scale
    k = z.shape[1]

    def loss(p: np.ndarray) -> float:
        w, low, gap = p[:k], p[k], p[k + 1]
        index = z @ w
        below_low = 1 / (1 + np.exp(index - low))
        below_high = 1 / (1 + np.exp(index - low - np.exp(gap)))
        chance = np.where(y == 0, below_low, np.where(y == 1, below_high - below_low, 1 - below_high))
        return float(-np.log(np.clip(chance, 1e-9, 1)).sum() + penalty * (w @ w))

    start = np.zeros(k + 2)
    start[k], start[k + 1] = -0.7, math.log(1.4)
    p = minimize(loss, start, method="L-BFGS-B").x
    return {
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "weights": p[:k].tolist(),
        "thresholds": [float(p[k]), float(p[k] + math.exp(p[k + 1]))],
    }


def head_from(table: dict[str, list[float]]) -> CriticHead:
    return CriticHead.from_dict({**table, "edges": EDGES, "below_words": BELOW_WORDS})


def headed_label(head: CriticHead, page: Page) -> str:
    """The label the reader shows for ``page`` with ``head`` ("none" when it is not read as a review)."""
    if page.score is None:
        return "none"
    score = page.score
    if page.words < head.below_words:
        score = head.decide(score, 0.0, page.parts)[0]
    return score_label(score)


def leave_one_round_out(pages: Sequence[Page], penalty: float = PENALTY) -> dict[str, float]:
    """Macro-F1 and accuracy of the shipped bands and of the head, each round read by a head fitted on
    the others."""
    from sklearn.metrics import f1_score

    gold, bands, headed = [], [], []
    for group in sorted({p.group for p in pages}):
        train = [p for p in pages if p.group != group]
        head = head_from(fit(*_arrays(train), penalty))
        for page in (p for p in pages if p.group == group):
            gold.append(page.gold)
            bands.append("none" if page.score is None else score_label(page.score))
            headed.append(headed_label(head, page))
    labels = list(LABELS)
    return {
        "pages": len(gold),
        "bands_macro_f1": round(float(f1_score(gold, bands, labels=labels, average="macro")), 4),
        "head_macro_f1": round(float(f1_score(gold, headed, labels=labels, average="macro")), 4),
        "bands_accuracy": round(float(np.mean([g == b for g, b in zip(gold, bands, strict=True)])), 4),
        "head_accuracy": round(float(np.mean([g == h for g, h in zip(gold, headed, strict=True)])), 4),
    }


def _arrays(pages: Sequence[Page]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([p.parts for p in pages], dtype=float), np.array([LABELS.index(p.gold) for p in pages])


def main(argv: Sequence[str] | None = None) -> None:
    import sys

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["text"]:  # round 13: the critic text head (train/critic_text.py)
        from filmkritik.train import critic_text

        critic_text.main(argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="where to write the fitted heads (JSON)")
    parser.add_argument("--report", action="store_true", help="also print the leave-one-round-out comparison")
    args = parser.parse_args(argv)
    heads: dict[str, object] = {}
    for code, paths in PAGES.items():
        pages = read_pages(paths)
        table: dict[str, object] = {**fit(*_arrays(pages)), "edges": EDGES, "below_words": BELOW_WORDS}
        table["features"] = ["model score", "judgement lean", "model score of the opinion sentences"]
        table["penalty"] = PENALTY
        table["pages"] = len(pages)
        table["data"] = list(paths)
        if args.report:
            table["leave_one_round_out"] = leave_one_round_out(pages)
            print(code, table["leave_one_round_out"])
        heads[code] = table
    created = datetime.date.today().isoformat()
    args.out.write_text(json.dumps({"created": created, "heads": heads}, indent=1) + "\n", encoding="utf-8")
    print("wrote", args.out)


if __name__ == "__main__":
    main()
