"""Building the shipped polarity lexicons (``lang/data/sentiment_<lang>.tsv``).

German merges two real lexicons from ``../shared/data/lexicons``: PolArt (strengths,
Apache-2.0) and SentiWS v2.0 (weights with inflections, CC BY-NC-SA 3.0).
GermanPolarityClues was measured too and left out: it lists many neutral words
("kaufen", "ende", "ja") and lowered lexicon-only accuracy on the DVD TRAIN split
(5-fold: PolArt 0.706, SentiWS 0.734, both 0.738, all three 0.721). English has no lexicon in ../shared, so its
lexicon is learned: the log-odds of words between positive and negative TRAIN reviews.

Round 16 (docs/preregistrations/verdict-round16.md): :data:`EVALUATIVE_ONLY` keeps only words that judge in every
TRAIN source (the log-odds' sign agrees on each critic and on polarity v2.0, so one critic's topics drop out) and
are no names, months, weekdays or number words. It is off (""): both candidates failed the preregistered rule,
so the shipped English lexicon is the plain one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
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


#: Which words :func:`learned_lexicon` keeps (round 16, docs/preregistrations/verdict-round16.md): "" all;
#: "agree" (candidate 1) :func:`evaluative_words`; "plain" (candidate 2) the words of :func:`without_boilerplate`
#: texts that are no names, dates or counts.
EVALUATIVE_ONLY = ""

#: A line (stripped, at least :data:`BOILERPLATE_CHARS` long) found verbatim in this many texts of one source is
#: that source's boilerplate (Steve Rhodes's rating legend), not what a review says.
BOILERPLATE_TEXTS = 10
BOILERPLATE_CHARS = 20

#: Words that date or count rather than judge: month names ("may" and "march" are left: they are mostly verbs),
#: weekdays and number words.
CALENDAR_AND_NUMBER_WORDS = frozenset(
    "january february april june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion".split()
)

#: A word written with a capital in more than this share of its occurrences (in the texts that use capitals at all)
#: is taken for a name.
NAME_SHARE = 0.5

_RAW_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*+", re.UNICODE)


def _log_odds(g: int, b: int, n_good: int, n_bad: int) -> float:
    return math.log((g + 1) / (n_good + 2)) - math.log((b + 1) / (n_bad + 2))


def _document_counts(examples: list[Example]) -> tuple[Counter[str], Counter[str], int, int]:
    """Per word, the good and the bad reviews it occurs in, and how many good and bad reviews there are."""
    good: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    n_good = n_bad = 0
    for ex in examples:
        if ex.target >= 0.7:
            good.update({t for t in tokens(ex.text) if len(t) > 2 and t.isalpha()})
            n_good += 1
        elif ex.target <= 0.4:
            bad.update({t for t in tokens(ex.text) if len(t) > 2 and t.isalpha()})
            n_bad += 1
    return good, bad, n_good, n_bad


def name_like(examples: list[Example]) -> set[str]:
    """Words written with a capital in more than :data:`NAME_SHARE` of their occurrences, counted in the texts
    that use capitals at all (polarity v2.0 is lower-cased throughout and says nothing about case)."""
    capital: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for ex in examples:
        if ex.text == ex.text.lower():
            continue
        for raw in _RAW_TOKEN.findall(ex.text):
            word = raw.lower()
            seen[word] += 1
            if raw[0].isupper():
                capital[word] += 1
    return {w for w, n in seen.items() if capital[w] > NAME_SHARE * n}


def without_boilerplate(examples: list[Example]) -> list[Example]:
    """``examples`` with each source's boilerplate lines (:data:`BOILERPLATE_TEXTS`) removed."""
    seen: dict[str, Counter[str]] = {}
    for ex in examples:
        lines = {line.strip() for line in ex.text.splitlines() if len(line.strip()) >= BOILERPLATE_CHARS}
        seen.setdefault(ex.group, Counter()).update(lines)
    common = {g: {line for line, n in c.items() if n >= BOILERPLATE_TEXTS} for g, c in seen.items()}
    out = []
    for ex in examples:
        drop = common[ex.group]
        if drop:
            text = "\n".join(line for line in ex.text.splitlines() if line.strip() not in drop)
            ex = replace(ex, text=text)
        out.append(ex)
    return out


def evaluative_words(examples: list[Example], words: set[str]) -> set[str]:
    """The ``words`` that judge rather than name a topic: their smoothed log-odds between good and bad reviews
    has the same (non-zero) sign in every source (``Example.group``: each critic, polarity v2.0) as in all of
    them together, and they are not :func:`name_like` or :data:`CALENDAR_AND_NUMBER_WORDS`."""
    pooled = _document_counts(examples)
    signs = {w: math.copysign(1.0, _log_odds(pooled[0][w], pooled[1][w], pooled[2], pooled[3])) for w in words}
    kept = {w for w in words if w not in CALENDAR_AND_NUMBER_WORDS} - name_like(examples)
    for group in sorted({ex.group for ex in examples}):
        good, bad, n_good, n_bad = _document_counts([ex for ex in examples if ex.group == group])
        kept = {w for w in kept if _log_odds(good[w], bad[w], n_good, n_bad) * signs[w] > 0}
    return kept


def learned_lexicon(
    examples: list[Example], min_docs: int = 12, top: int = 3000, evaluative: str | None = None
) -> dict[str, float]:
    """Words whose document frequency differs most between good and bad reviews (log-odds, smoothed).

    ``evaluative`` (default :data:`EVALUATIVE_ONLY`): "agree" ranks only :func:`evaluative_words`; "plain" counts
    :func:`without_boilerplate` texts and ranks no :func:`name_like` or :data:`CALENDAR_AND_NUMBER_WORDS`."""
    mode = EVALUATIVE_ONLY if evaluative is None else evaluative
    if mode == "plain":
        examples = without_boilerplate(examples)
    good, bad, n_good, n_bad = _document_counts(examples)
    scores: dict[str, float] = {}
    for word in set(good) | set(bad):
        g, b = good[word], bad[word]
        if g + b < min_docs:
            continue
        lo = _log_odds(g, b, n_good, n_bad)
        # Shrink rare words: a word in 12 reviews says less than one in 300.
        scores[word] = lo * (g + b) / (g + b + 20)
    if mode == "agree":
        kept = evaluative_words(examples, set(scores))
        scores = {w: s for w, s in scores.items() if w in kept}
    elif mode == "plain":
        dropped = name_like(examples) | CALENDAR_AND_NUMBER_WORDS
        scores = {w: s for w, s in scores.items() if w not in dropped}
    best = sorted(scores.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:top]
    return {w: round(max(-1.0, min(1.0, s / 1.5)), 3) for w, s in best if abs(s) >= 0.3}


def write_lexicon(words: dict[str, float], path: Path, header: str) -> None:
    lines = [f"# {line}" for line in header.strip().splitlines()]
    lines += [f"{w}\t{v}" for w, v in sorted(words.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
