"""Opinion or plot: which sentences of a review carry the critic's judgement.

Critics spend paragraphs retelling the story; the verdict sits in a few evaluative
sentences, often in the last paragraph. A sentence counts as opinion when it holds
evaluative words (the polarity lexicon), critics' own vocabulary ("Regie", "Drehbuch",
"performance"), a wish or a lack ("hätte ... gutgetan", "lacks"), or addresses the
viewer; photo captions and plot retelling (character names, no evaluation) do not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType

from filmkritik import lang
from filmkritik.model import Span
from filmkritik.read import sentiment

#: A photo caption: a line that ends in a parenthesised credit, "(Nordlicht Filmverleih)"-style.
_CAPTION = re.compile(r"\([^()]{2,40}\)\s*$")


@dataclass(frozen=True)
class Sentence:
    """One sentence with what the verdict component needs to know about it."""

    span: Span
    text: str
    polarity: sentiment.Polarity
    opinion: float  # 0..1: how much this reads as the critic's judgement
    closing: bool  # in the review's last paragraph
    counterfactual: bool
    tokens: tuple[str, ...] = ()
    #: Signed sum of critics' judgement words (``judgement_of_tokens``), computed once.
    judged: float = 0.0
    #: ``text`` lower-cased, computed once for every reader of the sentence ("" when not given).
    lowered: str = ""

    @property
    def is_opinion(self) -> bool:
        return self.opinion >= 0.5

    @property
    def weight(self) -> float:
        """How much this sentence counts toward the verdict."""
        return (0.25 + self.opinion) * (2.0 if self.closing else 1.0)

    @property
    def net(self) -> float:
        """Signed polarity; a wish or a lack turns a sentence negative."""
        net = self.polarity.net
        if self.counterfactual:
            net = min(net, 0.0) - 0.5
        return net


def opinion_score(
    text: str,
    pol: sentiment.Polarity,
    code: str,
    characters: Sequence[str] = (),
    words: Sequence[str] | None = None,
    judged: float | None = None,
    counterfactual: bool | None = None,
    data: ModuleType | None = None,
) -> float:
    """How much a sentence reads as judgement rather than plot (0..1).

    ``words``, ``judged``, ``counterfactual`` and the language's verdict ``data`` may be passed
    when the caller has them already.
    """
    data = lang.data(code, "verdict") if data is None else data
    words = sentiment.tokens(text) if words is None else words
    if len(words) < 4:
        return 0.0
    score = min(1.0, pol.strength / 1.2) * 0.6
    cues = sum(map(data.OPINION_CUES.__contains__, words))
    score += min(0.4, 0.2 * cues)
    if judgement_of_tokens(words, code) if judged is None else judged:
        score += 0.3  # critics' own judgement words
    if sentiment.counterfactual(text, code) if counterfactual is None else counterfactual:
        score += 0.3
    if characters and any(name and name in text for name in characters):
        score -= 0.2  # retelling what a character does
    if ")" in text and _CAPTION.search(text):
        score -= 0.6
    return max(0.0, min(1.0, score))


def sentences(
    text: str,
    spans: Sequence[Span],
    paragraphs: Sequence[Span],
    code: str,
    characters: Sequence[str] = (),
) -> list[Sentence]:
    """Every sentence of the review, classified and weighed."""
    last = _closing_paragraph(text, paragraphs)
    critic = sentiment.critic_words(code)
    data = lang.data(code, "verdict")
    result = []
    for start, end in spans:
        chunk = text[start:end]
        lowered = chunk.lower()
        clauses = sentiment.clauses(lowered, lowered=True)
        pol = sentiment.polarity_of_tokens(clauses, code)
        words = tuple(itertools.chain.from_iterable(clauses))
        counter = sentiment.counterfactual(lowered, code, lowered=True)
        judged = _judgement(words, critic, data)
        result.append(
            Sentence(
                span=(start, end),
                text=chunk,
                polarity=pol,
                opinion=opinion_score(chunk, pol, code, characters, words, judged, counter, data),
                closing=last[0] <= start < last[1],
                counterfactual=counter,
                tokens=words,
                judged=judged,
                lowered=lowered,
            )
        )
    return result


def _closing_paragraph(text: str, paragraphs: Sequence[Span]) -> Span:
    for start, end in reversed(paragraphs):
        if len(text[start:end].split()) >= 8 and not _CAPTION.search(text[start:end]):
            return (start, end)
    return (0, 0)


def judgement_lean(items: Sequence[Sentence], code: str) -> float:
    """The critic's lean in [-1, 1] from judgement words only ("gelungen", "kitschig", "tedious").

    Reads negation ("nicht überzeugend"), excess ("zu glatt"), hedges ("durchaus bewegend"
    counts less), a "but" clause as the point of its sentence, wishes and lacks as faults,
    and the closing paragraph twice.
    """
    total = mass = 0.0
    for s in items:
        if s.opinion < 0.3 and not s.counterfactual:
            continue
        value = s.judged
        if s.counterfactual:
            value -= 0.6
        weight = 2.0 if s.closing else 1.0
        total += weight * value
        mass += weight * abs(value)
    return total / (mass + 1.0)


def judgement_of_tokens(tokens: Sequence[str], code: str) -> float:
    """Signed sum of the critics' judgement words in ``tokens`` (negation, excess, hedges read)."""
    return _judgement(tokens, sentiment.critic_words(code), lang.data(code, "verdict"))


def _judgement(tokens: Sequence[str], words: dict[str, float], data: ModuleType) -> float:
    if words.keys().isdisjoint(tokens):
        return 0.0  # most sentences hold no judgement word: one set test instead of a loop
    negations, intensifiers, excess, contrast = data.NEGATIONS, data.INTENSIFIERS, data.EXCESS, data.CONTRAST
    value = 0.0
    emphasis = 1.0
    for i, tok in enumerate(tokens):
        if tok in contrast:
            emphasis = 1.5
            continue
        weight = words.get(tok)
        if not weight:
            continue
        before = tokens[max(0, i - 3) : i]
        if any(b in negations for b in before):
            weight = -0.7 * weight
        elif weight > 0 and any(b in excess for b in before[-2:]):
            weight = -0.5 * weight
        for b in before[-2:]:
            weight *= intensifiers.get(b, 1.0)
        value += emphasis * weight
    return value


def lexicon_features(items: Sequence[Sentence], text: str) -> list[float]:
    """The score model's lexicon features (``sentiment.dense_features``) from the sentences'
    polarity, already computed, instead of reading the text again.

    Polarity adds up over sentences; the closing paragraph is the one ``sentiment.closing``
    picks. Sentences that meet at a line break without punctuation may differ slightly
    (a negation no longer reaches across), which the model does not notice.
    """
    start, end = sentiment.closing_span(text)
    feats: list[float] = []
    for part in (items, [s for s in items if start <= s.span[0] < end]):
        n = max(1, sum(len(s.tokens) for s in part))
        positive = sum(s.polarity.positive for s in part)
        negative = sum(s.polarity.negative for s in part)
        feats += [10 * positive / n, 10 * negative / n, (positive - negative) / (positive + negative + 1.0)]
    return feats
