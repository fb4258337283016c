"""Verdict round 22 (``docs/preregistrations/round22-verdict.md``): which sentences of an English review are the
critic's own judgement, as real critics' prose says, and the judgement lean read through that.

Pang & Lee's scale dataset marks, for each TRAIN critic's review, the sentences their subjectivity detector kept (the
"subjective extract"). ``train/subjectivity.py`` fits a logistic regression on the hashed word 1-2 grams of each
sentence (binary, L2-normalised: the reader's own hashing) to tell those sentences from the rest. The reader's English
judgement lean (``opinion.judgement_lean``) counts the sentences its hand-written opinion score puts at 0.3 or more;
this module counts them by the detector instead (variant ``G``), by either (``U``), or weighs the shipped ones by the
detector's probability (``W``).

Behind the switch ``FILMKRITIK_VERDICT_ROUND22`` (``en`` = the preregistered choice, or ``en:G``, ``en:U``,
``en:W``), off by default: with it off nothing here runs.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from filmkritik.read import opinion, sentiment

SWITCH = "FILMKRITIK_VERDICT_ROUND22"
#: Where a detector other than the shipped one is read from (measuring: one per held-out critic).
MODEL_SWITCH = "FILMKRITIK_VERDICT_ROUND22_MODEL"
MODEL_FILE = "verdict-subjectivity-en.npz"
VARIANTS = ("G", "U", "W")
#: The variant each language uses when the switch names the language alone (set by the round's decision).
DEFAULT_VARIANT: Mapping[str, str] = {"en": "G"}
#: The languages the round is on for by default (the preregistered rule decides; empty: off).
ON: frozenset[str] = frozenset()
#: A sentence counts as subjective from this probability on (the preregistered 0.5).
SUBJECTIVE = 0.5
#: The shipped lean's opinion threshold (``opinion.judgement_lean``).
OPINION = 0.3


def variant(code: str) -> str | None:
    """The round-22 variant the reader uses for ``code``, or None (the shipped lean)."""
    raw = os.environ.get(SWITCH)
    if raw is None:
        return DEFAULT_VARIANT.get(code) if code in ON else None
    return parse_switch(raw).get(code)


@cache
def parse_switch(raw: str) -> dict[str, str]:
    """``"en"`` -> {"en": default variant}; ``"en:W"`` -> {"en": "W"}; unknown languages and variants are ignored."""
    found = {}
    for part in raw.replace(";", ",").split(","):
        code, _, which = part.strip().partition(":")
        which = which.strip().upper() or DEFAULT_VARIANT.get(code, "")
        if code in DEFAULT_VARIANT and which in VARIANTS:
            found[code] = which
    return found


@dataclass(frozen=True)
class Detector:
    """Logistic regression on a sentence's binary, L2-normalised hashed word 1-2 grams."""

    weights: np.ndarray  # one per hashed feature (float16 as stored)
    intercept: float

    def probability(self, text: str) -> float:
        """The probability that ``text`` (one sentence) is a subjective sentence."""
        found = np.unique(sentiment.hashed_indices(text))
        if not len(found):
            return 1.0 / (1.0 + math.exp(-self.intercept))
        z = float(self.weights[found].astype(np.float64).sum()) / math.sqrt(len(found)) + self.intercept
        return 1.0 / (1.0 + math.exp(-z))


def save(detector: Detector, path: Path) -> None:
    np.savez_compressed(path, weights=detector.weights.astype(np.float16), intercept=np.array([detector.intercept]))


def load(path: Path | str) -> Detector:
    with np.load(path) as stored:
        return Detector(stored["weights"].astype(np.float32), float(stored["intercept"][0]))


@cache
def _detector(where: str) -> Detector | None:
    if where:
        return load(where)
    ref = resources.files("filmkritik").joinpath("models", MODEL_FILE)
    try:
        with resources.as_file(ref) as path:
            return load(path)
    except (FileNotFoundError, OSError, ValueError, KeyError):
        return None


def detector() -> Detector | None:
    """The detector the switch reads (``MODEL_SWITCH``'s file, else the shipped one; None: none shipped)."""
    return _detector(os.environ.get(MODEL_SWITCH, ""))


def judgement_lean(items: Sequence[opinion.Sentence], code: str, which: str, found: Detector | None = None) -> float:
    """``opinion.judgement_lean`` with the sentences that count chosen (or weighed) as variant ``which`` says.

    Without a detector the shipped lean is returned (reading never fails on a broken install)."""
    found = found or detector()
    if found is None:
        return opinion.judgement_lean(items, code)
    total = mass = 0.0
    for s in items:
        if not s.judged and not s.counterfactual:
            continue  # no judgement word and no wish: nothing to count (and no probability to compute)
        weight = _weight(s, which, found)
        if not weight:
            continue
        value = s.judged - (0.6 if s.counterfactual else 0.0)
        weight *= 2.0 if s.closing else 1.0
        total += weight * value
        mass += weight * abs(value)
    return total / (mass + 1.0)


def _weight(s: opinion.Sentence, which: str, found: Detector) -> float:
    """How much sentence ``s`` counts in the lean under variant ``which`` (0: not at all)."""
    shipped = s.opinion >= OPINION or s.counterfactual
    if which == "W":
        return 2.0 * found.probability(s.text) if shipped else 0.0
    if which == "U" and shipped:
        return 1.0
    return 1.0 if s.counterfactual or found.probability(s.text) >= SUBJECTIVE else 0.0
