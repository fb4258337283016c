"""Building the shipped polarity lexicons (``lang/data/sentiment_<lang>.tsv``).

German merges two real lexicons from ``../shared/data/lexicons``: PolArt (strengths,
Apache-2.0) and SentiWS v2.0 (weights with inflections, CC BY-NC-SA 3.0).
GermanPolarityClues was measured too and left out: it lists many neutral words
("kaufen", "ende", "ja") and lowered lexicon-only accuracy on the DVD TRAIN split
(5-fold: PolArt 0.706, SentiWS 0.734, both 0.738, all three 0.721). English has no lexicon in ../shared, so its
lexicon is learned: the log-odds of words between positive and negative TRAIN reviews.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

from filmkritik.read.sentiment import tokens
from filmkritik.train.data import Example, data_dir


def german_lexicon(shared: Path) -> dict[str, float]:
    """Word form (lower case) -> weight in [-1, 1], averaged over the lexicons that list it."""
    base = data_dir(shared) / "lexicons"
    votes: dict[str, list[float]] = {}

    def vote(word: str, weight: float) -> None:
        if word and " " not in word:
            votes.setdefault(word.lower(), []).append(weight)

    for line in (base / "zurich_polart" / "german.lex").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or line.startswith("%"):
            continue
        kind, _, strength = parts[1].partition("=")
        if kind in ("POS", "NEG"):
            vote(parts[0], (1 if kind == "POS" else -1) * float(strength))
    for name in ("SentiWS_v2.0_Positive.txt", "SentiWS_v2.0_Negative.txt"):
        for line in (base / "sentiws_v2.0" / name).read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            weight = max(-1.0, min(1.0, float(parts[1]) * 2))
            forms = [parts[0].split("|")[0], *(parts[2].split(",") if len(parts) > 2 else [])]
            for form in forms:
                vote(form, weight)
    return {w: round(sum(v) / len(v), 3) for w, v in votes.items() if abs(sum(v) / len(v)) >= 0.05}


def learned_lexicon(examples: list[Example], min_docs: int = 12, top: int = 3000) -> dict[str, float]:
    """Words whose document frequency differs most between good and bad reviews (log-odds, smoothed)."""
    good: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    n_good = n_bad = 0
    for ex in examples:
        words = {t for t in tokens(ex.text) if len(t) > 2 and t.isalpha()}
        if ex.target >= 0.7:
            good.update(words)
            n_good += 1
        elif ex.target <= 0.4:
            bad.update(words)
            n_bad += 1
    scores: dict[str, float] = {}
    for word in set(good) | set(bad):
        g, b = good[word], bad[word]
        if g + b < min_docs:
            continue
        lo = math.log((g + 1) / (n_good + 2)) - math.log((b + 1) / (n_bad + 2))
        # Shrink rare words: a word in 12 reviews says less than one in 300.
        scores[word] = lo * (g + b) / (g + b + 20)
    best = sorted(scores.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:top]
    return {w: round(max(-1.0, min(1.0, s / 1.5)), 3) for w, s in best if abs(s) >= 0.3}


def write_lexicon(words: dict[str, float], path: Path, header: str) -> None:
    lines = [f"# {line}" for line in header.strip().splitlines()]
    lines += [f"{w}\t{v}" for w, v in sorted(words.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
