"""Aspect judgements: what the critic praises or faults (acting, script, direction, ...).

An opinion lands on an aspect when its sentence names the aspect (cue words from
``lang/<code>/verdict.py``, or a credited actor or director of this film) or uses a word
that carries aspect and polarity at once ("kitschig", "wooden"). Its polarity is the
lexicon polarity of the clause around the cue, falling back to the sentence's.
Per aspect the signed evidence is summed; the strongest agreeing sentences are evidence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from filmkritik import lang
from filmkritik.model import Aspect, Polarity
from filmkritik.read import lexmatch, opinion, sentiment
from filmkritik.read.opinion import Sentence

#: Aspect order in the record, as the record contract lists them.
ASPECTS = ("acting", "script", "direction", "visuals", "music", "tone", "pacing")
#: Weight of a word that carries its own aspect polarity ("kitschig" is a fault of tone).
_POLAR_WEIGHT = 1.0
_MIN_NET = 0.2
_CLAUSE = re.compile(r"[,;:–—()]|\s-\s")
#: "(2000)": a sentence about another work, not the reviewed film.
_OTHER_WORK = re.compile(r"\((?:19|20)\d\d\)")
_PARENS = re.compile(r"\(([^()]*)\)")


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
def _cues(code: str) -> tuple[dict[str, str], dict[str, tuple[tuple[str, str], ...]]]:
    """Aspect cue words as (whole words, word prefixes by their first three letters).

    Matching on the sentence's tokens is several times faster than one big regex.
    """
    data = lang.data(code, "verdict")
    exact: dict[str, str] = {}
    prefixes: dict[str, list[tuple[str, str]]] = {}
    for aspect, cues in data.ASPECT_CUES.items():
        for cue in cues:
            if cue.endswith("$") or len(cue) < 3:
                exact.setdefault(cue.rstrip("$"), aspect)
            else:
                prefixes.setdefault(cue[:3], []).append((cue, aspect))
    return exact, {k: tuple(v) for k, v in prefixes.items()}


@cache
def _pair_starts(code: str) -> frozenset[str]:
    """First three letters of the two-word cues ("running time"): only those tokens try a pair."""
    return frozenset(cue[:3] for group in _cues(code)[1].values() for cue, _ in group if " " in cue)


#: How many tokens' aspects a process remembers (per language) before starting afresh.
ASPECT_MEMO = 1 << 16
#: Marks a token not looked at yet (``None`` is a token that cues no aspect).
_UNSEEN = "\x00unseen"


@cache
def _aspect_memo(code: str) -> dict[str, str | None]:
    """:func:`_token_aspect` of every token seen, for one language: prose repeats its words. A plain
    dict: a hit is one look-up in C (``lru_cache`` also relinks its list, scattered memory writes)."""
    return {}


def _token_aspect_list(words: Sequence[str], code: str) -> list[str | None]:
    """:func:`_token_aspect` of each of ``words``, the ones not seen before looked at and remembered."""
    memo = _aspect_memo(code)
    cued = list(map(memo.get, words, itertools.repeat(_UNSEEN)))
    if _UNSEEN in cued:
        if len(memo) >= ASPECT_MEMO:
            memo.clear()  # start afresh rather than grow without bound
        for i, aspect in enumerate(cued):
            if aspect is _UNSEEN:
                aspect = memo[words[i]] = _token_aspect(words[i], code)
                cued[i] = aspect
    return cued


def token_aspects(words: Sequence[str], code: str) -> set[str]:
    """The aspects ``words`` cue, one word at a time (two-word cues such as "running time" not read)."""
    return {a for a in _token_aspect_list(words, code) if a is not None}


def _token_aspect(tok: str, code: str) -> str | None:
    """The aspect a single token cues ("Drehbuchs" -> script)."""
    exact, prefixes = _cues(code)
    aspect = exact.get(tok)
    if aspect is None:
        for cue, candidate in prefixes.get(tok[:3], ()):
            if tok.startswith(cue):
                return candidate
    return aspect


def _cue_mentions(sentence: Sentence, code: str) -> list[tuple[str, int]]:
    """(aspect, character offset in the sentence) for every aspect cue word."""
    prefixes = _cues(code)[1]
    pair_starts = _pair_starts(code)
    words = sentence.tokens
    # Every token's cue by one map over the cached look-up: most tokens cue nothing, and only the
    # few that do (or may open a two-word cue) are looked at in Python.
    cued = _token_aspect_list(words, code)
    if pair_starts:
        for i, tok in enumerate(words[:-1]):
            if cued[i] is None and tok[:3] in pair_starts:
                pair = f"{tok} {words[i + 1]}"  # "running time", "production design"
                cued[i] = next(
                    (a for cue, a in prefixes.get(pair[:3], ()) if " " in cue and pair.startswith(cue)), None
                )
    found = []
    lowered: str | None = None
    for i in itertools.compress(range(len(words)), cued):
        aspect = cued[i]
        assert aspect is not None  # compress kept the tokens that cue an aspect
        lowered = (sentence.lowered or sentence.text.lower()) if lowered is None else lowered
        found.append((aspect, max(0, lowered.find(words[i]))))
    return found


@cache
def _polar(code: str) -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    """One pattern for every word that carries its aspect and polarity, and what each means."""
    data = lang.data(code, "verdict")
    # Lower-case bodies matched against lower-cased text: case-insensitive matching is several times slower.
    bodies = [re.escape(c[:-1].lower()) + r"\b" if c.endswith("$") else re.escape(c.lower()) for c in data.ASPECT_POLAR]
    # Each match starts at a hyphen or at a body's first letter: the lookahead lets other positions fail at once.
    first = "".join(sorted({re.escape(c.lower()[:1]) for c in data.ASPECT_POLAR if c}))
    pattern = re.compile(rf"(?=[-{first}])(?:\b|-)(" + "|".join(sorted(bodies, key=len, reverse=True)) + ")")
    meaning = {c.rstrip("$").lower(): v for c, v in data.ASPECT_POLAR.items()}
    return pattern, meaning


def _polar_hits(text: str, code: str, lowered: str = "") -> list[tuple[str, int]]:
    pattern, meaning = _polar(code)
    hits = []
    for m in pattern.finditer(lowered or text.lower()):
        word = m.group(1).lower()
        found = meaning.get(word) or next((v for k, v in meaning.items() if word.startswith(k)), None)
        if found:
            hits.append(found)
    return hits


def _polar_hits_of(sentences: Sequence[Sentence], code: str, text: str | None = None) -> list[list[tuple[str, int]]]:
    """:func:`_polar_hits` of each of ``sentences`` (their lower case), found in one go: the sentences joined by line
    breaks, the pattern (:func:`_polar`) matched only where one of its words stands in the join (the word's place,
    and the one before it for a hyphen), each match given to its sentence.

    No match spans a line break (the words hold none), and the pattern sees a line break where a sentence's own
    search saw its edge (no word character either side), so the join's matches are the sentences' matches. ``text``:
    the text the sentences are of, when the caller has it (the reading's: the join, made of its pieces lower-cased,
    then shares its filter, and words the text lacks are not searched)."""
    pattern, meaning = _polar(code)
    lows = [sentence.lowered or sentence.text.lower() for sentence in sentences]
    found: list[list[tuple[str, int]]] = [[] for _ in lows]
    joined = "\n".join(lows)
    words = _polar_words(code)
    places = None
    if text is not None:
        lexmatch.derived(joined, text)
        places = lexmatch.filtered_starts(joined, words)
    if places is None:
        places = {at for word in words for at in lexmatch.occurrences(joined, word)}
    if not places:
        return found
    starts = list(itertools.accumulate((len(low) + 1 for low in lows[:-1]), initial=0))
    for m in lexmatch.matches_at(pattern, joined, sorted(places | {at - 1 for at in places if at})):
        word = m.group(1).lower()
        hit = meaning.get(word) or next((v for k, v in meaning.items() if word.startswith(k)), None)
        if hit:
            found[bisect.bisect_right(starts, m.start()) - 1].append(hit)
    return found


@cache
def _polar_words(code: str) -> tuple[str, ...]:
    """The words (lower case, as spelled) one of which every match of :func:`_polar`'s pattern holds right after its
    start or a hyphen."""
    words = tuple(sorted({c.rstrip("$").lower() for c in lang.data(code, "verdict").ASPECT_POLAR if c}))
    assert not any("\n" in w for w in words)
    return words


def judgements(
    sentences: Sequence[Sentence],
    code: str,
    actors: Sequence[str] = (),
    directors: Sequence[str] = (),
    text: str | None = None,
) -> list[Aspect]:
    """Aspect judgements with polarity and evidence, in :data:`ASPECTS` order. ``text``: the text the sentences are
    of, when the caller has it (see :func:`_polar_hits_of`)."""
    tallies: dict[str, _Tally] = {}
    # An actor credited twice (as an actor and in a cast pair) is one person to look for: a repeated
    # (name, aspect) pair finds what the first one found and changes nothing.
    people = list(dict.fromkeys([(a, "acting") for a in actors if a] + [(d, "direction") for d in directors if d]))
    names = [name for name, _ in people]
    read = [
        sentence
        for sentence in sentences
        if not ((sentence.opinion < 0.3 and not sentence.counterfactual) or _OTHER_WORK.search(sentence.text))
    ]
    for sentence, hits in zip(read, _polar_hits_of(read, code, text), strict=True):
        weight = 0.3 + sentence.opinion  # plot sentences count less than judgements
        for aspect, value in _sentence_aspects(sentence, code, people, names, hits).items():
            tallies.setdefault(aspect, _Tally()).add(weight * value, sentence)
    found = []
    for aspect in ASPECTS + tuple(a for a in tallies if a not in ASPECTS):
        tally = tallies.get(aspect)
        if tally is None or abs(tally.net) < _MIN_NET or not tally.support:
            continue
        polarity: Polarity = "positive" if tally.net > 0 else "negative"
        agreeing = sorted((s for s in tally.support if (s[0] > 0) == (tally.net > 0)), key=lambda s: -abs(s[0]))
        evidence = list(dict.fromkeys(s.span for _, s in agreeing[:2]))  # strongest first
        found.append(Aspect(aspect=aspect, polarity=polarity, evidence=evidence))
    return found


def _sentence_aspects(
    sentence: Sentence,
    code: str,
    people: Sequence[tuple[str, str]],
    names: Sequence[str] | None = None,
    polar: list[tuple[str, int]] | None = None,
) -> dict[str, float]:
    """Signed judgement per aspect that this one sentence expresses (``names``: the people's names, when known;
    ``polar``: its :func:`_polar_hits`, when known)."""
    text = sentence.text
    values: dict[str, float] = {}
    hits = set(_polar_hits(text, code, sentence.lowered) if polar is None else polar)
    if not hits and not sentence.counterfactual and sentence.polarity.strength < _MIN_NET and not sentence.judged:
        return values  # nothing evaluative to assign (an idiom such as "never comes together" is judgement)
    for aspect, sign in hits:
        values[aspect] = values.get(aspect, 0.0) + sign * _POLAR_WEIGHT
    mentions: list[tuple[str, int]] = []
    mentions.extend(_cue_mentions(sentence, code))
    # Where each person is named, found in C: most sentences name none of them, and only those that
    # do are looked at in Python (in the people's order, as before).
    places = list(map(text.find, [name for name, _ in people] if names is None else names))
    for i in itertools.compress(range(len(people)), map((-1).__lt__, places)):
        (name, aspect), at = people[i], places[i]
        credit = _credit_parenthesis(text, at)
        if credit is None:
            mentions.append((aspect, at))
        elif aspect not in values:
            # "Ilse (Katharina Wendt)" is a credit, "(herrlich kauzig: Rüdiger Claasen)" a judgement too.
            net = _net(credit.replace(name, " "), code)
            if abs(net) >= _MIN_NET:
                values[aspect] = net
    clauses = _Clauses(sentence, code)
    for aspect, at in mentions:
        if aspect in values:
            continue
        net = clauses.net_at(at)
        if sentence.counterfactual and abs(net) < _MIN_NET:
            net = -0.5  # "fehlt es an ...", "hätte ... gutgetan": a fault without a polar word
        if abs(net) >= _MIN_NET:
            values[aspect] = net
    return values


def _credit_parenthesis(text: str, at: int) -> str | None:
    """The text of the parenthesis holding offset ``at``, if any."""
    for m in _PARENS.finditer(text):
        if m.start() < at < m.end():
            return m.group(1)
    return None


class _Clauses:
    """The clauses of one sentence, cut once, and the polarity of each clause asked about, read once
    (several aspects named in one clause share it)."""

    def __init__(self, sentence: Sentence, code: str) -> None:
        self.sentence = sentence
        self.code = code
        self._bounds: list[int] | None = None
        self._nets: dict[int, float] = {}

    def net_at(self, at: int) -> float:
        """Polarity of the clause holding offset ``at``; the whole sentence's when the clause is neutral."""
        text = self.sentence.text
        if self._bounds is None:
            self._bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text) + 1]
        for start, end in itertools.pairwise(self._bounds):
            if start <= at < end:
                net = self._nets.get(start)
                if net is None:
                    net = self._nets[start] = _net(text[start:end], self.code)
                if abs(net) >= _MIN_NET:
                    return net
                break
        return _neutral_clause_net(self.sentence)


def _net(text: str, code: str) -> float:
    """Polarity of a stretch of a critic's sentence: judgement words first, general words at half weight.

    General lexicon words in critics' prose often describe the story ("Nächstenliebe",
    "violent"); critics' judgement words describe the film.
    """
    # The clauses' tokens are the text's tokens (no token holds a clause break): the text is read once.
    clauses = sentiment.clauses(text)
    judged = opinion.judgement_of_tokens(list(itertools.chain.from_iterable(clauses)), code)
    if judged:
        return judged
    return 0.5 * sentiment.polarity_of_tokens(clauses, code).net


def _neutral_clause_net(sentence: Sentence) -> float:
    """A neutral clause borrows the sentence's lean only when the sentence judges
    ("gespielt von X, ..." in a plot sentence says nothing about the acting)."""
    if not sentence.judged:
        return 0.0
    return sentence.judged  # what _net gives the whole sentence: its judgement words come first
