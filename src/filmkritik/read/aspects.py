"""Aspect judgements: what the critic praises or faults (acting, script, direction, ...).

An opinion lands on an aspect when its sentence names the aspect (cue words from
``lang/<code>/verdict.py``, or a credited actor or director of this film) or uses a word
that carries aspect and polarity at once ("kitschig", "wooden"). Its polarity is the
lexicon polarity of the clause around the cue, falling back to the sentence's.
Per aspect the signed evidence is summed; the strongest agreeing sentences are evidence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from filmkritik import lang
from filmkritik.model import Aspect, Polarity
from filmkritik.read import sentiment
from filmkritik.read.opinion import Sentence

#: Aspect order in the record, as the record contract lists them.
ASPECTS = ("acting", "script", "direction", "visuals", "music", "tone", "pacing")
#: Weight of a word that carries its own aspect polarity ("kitschig" is a fault of tone).
_POLAR_WEIGHT = 1.0
_MIN_NET = 0.2
_CLAUSE = re.compile(r"[,;:–—()]|\s-\s")


@dataclass
class _Tally:
    net: float = 0.0
    support: list[tuple[float, Sentence]] | None = None

    def add(self, value: float, sentence: Sentence) -> None:
        self.net += value
        if self.support is None:
            self.support = []
        self.support.append((value, sentence))


@cache
def _cues(code: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per aspect: its cue words as word prefixes, "$" marking a whole word."""
    data = lang.data(code, "verdict")
    result = []
    for aspect, cues in data.ASPECT_CUES.items():
        alts = [re.escape(c[:-1]) + r"\b" if c.endswith("$") else re.escape(c) for c in cues]
        result.append((aspect, re.compile(r"\b(?:" + "|".join(alts) + ")", re.IGNORECASE)))
    return tuple(result)


@cache
def _polar(code: str) -> tuple[tuple[re.Pattern[str], str, int], ...]:
    data = lang.data(code, "verdict")
    out = []
    for cue, (aspect, sign) in data.ASPECT_POLAR.items():
        body = re.escape(cue[:-1]) + r"\b" if cue.endswith("$") else re.escape(cue)
        out.append((re.compile(r"(?:\b|-)" + body, re.IGNORECASE), aspect, sign))
    return tuple(out)


def judgements(
    sentences: Sequence[Sentence],
    code: str,
    actors: Sequence[str] = (),
    directors: Sequence[str] = (),
) -> list[Aspect]:
    """Aspect judgements with polarity and evidence, in :data:`ASPECTS` order."""
    tallies: dict[str, _Tally] = {}
    people = [(a, "acting") for a in actors if a] + [(d, "direction") for d in directors if d]
    for sentence in sentences:
        if sentence.opinion < 0.3 and not sentence.counterfactual:
            continue
        for aspect, value in _sentence_aspects(sentence, code, people).items():
            tallies.setdefault(aspect, _Tally()).add(value, sentence)
    found = []
    for aspect in ASPECTS + tuple(a for a in tallies if a not in ASPECTS):
        tally = tallies.get(aspect)
        if tally is None or abs(tally.net) < _MIN_NET or not tally.support:
            continue
        polarity: Polarity = "positive" if tally.net > 0 else "negative"
        agreeing = sorted((s for s in tally.support if (s[0] > 0) == (tally.net > 0)), key=lambda s: -abs(s[0]))
        evidence = sorted({s.span for _, s in agreeing[:2]})
        found.append(Aspect(aspect=aspect, polarity=polarity, evidence=evidence))
    return found


def _sentence_aspects(sentence: Sentence, code: str, people: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Signed judgement per aspect that this one sentence expresses."""
    text = sentence.text
    values: dict[str, float] = {}
    for pattern, aspect, sign in _polar(code):
        if pattern.search(text):
            values[aspect] = values.get(aspect, 0.0) + sign * _POLAR_WEIGHT
    mentions: list[tuple[str, int]] = []
    for aspect, pattern in _cues(code):
        for m in pattern.finditer(text):
            mentions.append((aspect, m.start()))
    for name, aspect in people:
        at = text.find(name)
        if at >= 0:
            mentions.append((aspect, at))
    for aspect, at in mentions:
        if aspect in values:
            continue
        net = _clause_net(text, at, code)
        if sentence.counterfactual and net >= 0:
            net = -0.5
        if abs(net) >= _MIN_NET:
            values[aspect] = net
    return values


def _clause_net(text: str, at: int, code: str) -> float:
    """Polarity of the clause holding offset ``at``; the whole sentence when the clause is neutral."""
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text) + 1]
    for start, end in itertools.pairwise(bounds):
        if start <= at < end:
            net = sentiment.polarity(text[start:end], code).net
            if abs(net) >= _MIN_NET:
                return net
            break
    return sentiment.polarity(text, code).net
