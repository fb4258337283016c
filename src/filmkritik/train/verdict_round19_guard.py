"""Verdict round 19's guards on real reviews (``docs/preregistrations/verdict-round19.md``, rule 4) and its one TEST
record: the detector applied after the verdict's own score, as ``train/measure.py`` reads a text (the verdict alone,
language given, the reader's sentences and paragraphs).

English: the Pang & Lee TRAIN critics (rule 4) and, once after the decision, the TEST critics; German: the seed
review, DVD DEV (the train split, rule 4) and, once after the decision, DVD TEST.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from filmkritik import lang
from filmkritik.model import score_label
from filmkritik.read import opinion, segment, verdict
from filmkritik.train import critic_text, data
from filmkritik.train.measure import scale_agreement, three_class_by_critic
from filmkritik.train.verdict_round19 import DETECTORS, THRESHOLD, Detector, in_population


def page_of(text: str, code: str) -> critic_text.Page:
    """``text`` read as ``train/measure.py`` reads it, with what the detector reads (gold unknown: "")."""
    base = lang.get(code)
    paragraphs = segment.paragraphs(text)
    items = opinion.sentences(text, segment.sentences(text, base.ABBREVIATIONS), paragraphs, code)
    dense = opinion.lexicon_features(items, text)
    parts = verdict.judgement_parts(text, code, items)
    score, confidence = verdict.infer_score(text, code, items, dense, parts=parts)
    inputs = verdict.critic_inputs(paragraphs, text, code, items, dense, score, parts=parts)
    if inputs is None:
        return critic_text.Page("", "", score, confidence, None, None)
    return critic_text.Page("", "", score, confidence, [b.tolist() for b in inputs.block_ids], list(inputs.numbers))


def pang_lee_pages(
    critics: Sequence[str], shared: Path, progress: Callable[[str], None]
) -> tuple[list[data.Example], list[critic_text.Page]]:
    """The Pang & Lee reviews of ``critics``, each read by :func:`page_of` (a progress line every 500)."""
    examples = [e for c in critics for e in data.scale_reviews(shared, c)]
    pages = []
    for k, e in enumerate(examples):
        if k % 500 == 0:
            progress(f"Pang & Lee {k}/{len(examples)}")
        pages.append(page_of(e.text, "en"))
    return examples, pages


def dvd_pages(split: str, shared: Path) -> tuple[list[critic_text.Page], np.ndarray]:
    """The German DVD reviews of ``split``, each read by :func:`page_of`, and whether each is positive."""
    examples = data.dvd_reviews(shared, split)
    return [page_of(e.text, "de") for e in examples], np.array([e.target >= 0.5 for e in examples])


def seed_page(shared: Path) -> critic_text.Page:
    """The seed review read by the whole reader, prose only (``critic_text.read_page``; its gold: mixed)."""
    text = (shared / "reviews" / "de" / "kindness-of-strangers.txt").read_text(encoding="utf-8")
    return critic_text.read_page(text, "seed", "mixed")


def scores_with(detector: Detector, pages: Sequence[critic_text.Page], code: str) -> tuple[np.ndarray, np.ndarray]:
    """(the shipped scores, the scores with the detector) of ``pages``."""
    base = np.array([p.shown for p in pages], dtype=float)
    moved = base.copy()
    idx = [i for i, p in enumerate(pages) if in_population(p, code)]
    for i, q in zip(idx, detector.probability([pages[i] for i in idx]), strict=True):
        if q >= THRESHOLD:
            moved[i] = DETECTORS[code][1]
    return base, moved


def critics_table(detector: Detector, critics: Sequence[str], shared: Path, progress: Callable[[str], None]) -> dict:
    """Pang & Lee critics ``critics``: 3-class (40 / 70), Spearman, Metacritic-band accuracy without and with the
    detector, on the reviews in its scope (100-699 words) and on all (the detector moves only the former)."""
    examples, pages = pang_lee_pages(critics, shared, progress)
    base, moved = scores_with(detector, pages, "en")
    ratings = np.array([100 * e.target for e in examples])
    scope = np.array([p.ids is not None for p in pages])
    out: dict[str, Any] = {"reviews": len(examples), "reviews in scope": int(scope.sum())}
    for name, rows in (("in scope", scope), ("all", np.ones(len(pages), bool))):
        table: dict[str, Any] = {
            label: scale_agreement(s[rows], ratings[rows]) for label, s in (("shipped", base), ("detector", moved))
        }
        table["moved"] = int((base[rows] != moved[rows]).sum())
        out[name] = table
    out.update(three_class_by_critic(examples, ratings, {"shipped": base, "detector": moved}, critics))
    return out


def dvd_table(detector: Detector, split: str, shared: Path, progress: Callable[[str], None]) -> dict:
    """German DVD reviews of ``split``: side-of-50 accuracy without and with the detector."""
    pages, truth = dvd_pages(split, shared)
    base, moved = scores_with(detector, pages, "de")
    return {
        "reviews": len(pages),
        "in population": sum(in_population(p, "de") for p in pages),
        "shipped": round(float(((base >= 50) == truth).mean()), 4),
        "detector": round(float(((moved >= 50) == truth).mean()), 4),
        "moved": int((base != moved).sum()),
    }


def seed(detector: Detector, shared: Path) -> dict:
    """The seed review read by the whole reader (prose only): its label without and with the detector."""
    base, moved = scores_with(detector, [seed_page(shared)], "de")
    return {"shipped": [int(base[0]), score_label(base[0])], "detector": [int(moved[0]), score_label(moved[0])]}


def guard(detector: Detector | None, code: str, shared: Path, progress: Callable[[str], None]) -> dict:
    """Rule 4 for ``code``."""
    if detector is None:
        return {"detector": None}
    if code == "en":
        return {"Pang & Lee TRAIN": critics_table(detector, data.TRAIN_CRITICS, shared, progress)}
    return {"seed": seed(detector, shared), "DVD DEV (train split)": dvd_table(detector, "train", shared, progress)}


def test_record(detector: Detector | None, code: str, shared: Path, progress: Callable[[str], None]) -> dict:
    """The TEST record, read once after the decision (never for choosing)."""
    if detector is None:
        return {"detector": None}
    if code == "en":
        return {"Pang & Lee TEST": critics_table(detector, data.TEST_CRITICS, shared, progress)}
    return {"DVD TEST": dvd_table(detector, "test", shared, progress)}
