"""Opinion or plot: which sentences of a review carry the critic's judgement.

Critics spend paragraphs retelling the story; the verdict sits in a few evaluative
sentences, often in the last paragraph. A sentence counts as opinion when it holds
evaluative words (the polarity lexicon), critics' own vocabulary ("Regie", "Drehbuch",
"performance"), a wish or a lack ("hätte ... gutgetan", "lacks"), or addresses the
viewer; photo captions and plot retelling (character names, no evaluation) do not.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from filmkritik import lang
from filmkritik.model import Span
from filmkritik.read import lexmatch, sentiment
from filmkritik.read.analysis import Occurrences

#: A photo caption: a line that ends in a parenthesised credit, "(Nordlicht Filmverleih)"-style.
_CAPTION = re.compile(r"\([^()]{2,40}\)\s*$")


# Not frozen: a review makes dozens of these, and a frozen dataclass's __init__ (object.__setattr__ per
# field) costs about three times as much. Nothing assigns to them after construction; hashable as before.
@dataclass(slots=True, unsafe_hash=True)
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
    #: ``tokens`` cut into clauses as ``sentiment.clauses`` cuts them (empty when not given): what
    #: :func:`text_features` puts together. (Neither compared nor hashed: ``tokens`` holds the same words.)
    clauses: Sequence[Sequence[str]] = field(default=(), compare=False, hash=False, repr=False)

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
    retells: bool | None = None,
) -> float:
    """How much a sentence reads as judgement rather than plot (0..1).

    ``words``, ``judged``, ``counterfactual``, the language's verdict ``data`` and ``retells``
    (whether the sentence names one of the ``characters``) may be passed when the caller has them already.
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
    if retells is None:
        retells = bool(characters) and any(name and name in text for name in characters)
    if retells:
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
    read: Sequence[tuple[str, list[list[str]]]] | None = None,
) -> list[Sentence]:
    """Every sentence of the review, classified and weighed.

    ``read``: each span's lower-cased text and clauses (``Analysis.sentence_clauses``), when the caller has
    them already."""
    last_start, last_end = _closing_paragraph(text, paragraphs)
    critic = sentiment.judgement_words(code)
    data = lang.data(code, "verdict")
    gate = _judgement_gate(code)
    # The characters' names are looked for once in the whole text, not in every sentence.
    named = Occurrences(text, characters)
    # What opinion_score, polarity_of_tokens and counterfactual look up per call, looked up once:
    # a review has ~50 sentences, and the loop below is the whole of their reading.
    polarity = sentiment.polarity_reader(code)
    wish = sentiment.counterfactual_pattern(code).search
    cue_words = data.OPINION_CUES
    cue = cue_words.__contains__
    clauses_of = sentiment.clauses
    chain = itertools.chain.from_iterable
    if read is not None and len(read) != len(spans):
        read = None  # not these spans' reading
    # Which sentences hold a wish or a lack, found from the places of the pattern's openings (None: each searched).
    wishing = None if read is None else _counterfactuals([lowered for lowered, _ in read], text, code)
    result = []
    for k, (start, end) in enumerate(spans):
        chunk = text[start:end]
        if read is None:
            lowered = chunk.lower()
            clauses = clauses_of(lowered, True)
        else:
            lowered, clauses = read[k]
        pol = polarity(clauses)
        words = tuple(chain(clauses))
        counter = wish(lowered) is not None if wishing is None else k in wishing
        judged = (
            0.0  # most sentences hold no word that judges: one set test instead of the reading
            if gate.isdisjoint(words)
            else _judgement(words, critic, data, tuple(itertools.accumulate(map(len, clauses))))
        )
        # opinion_score(chunk, pol, code, (), words, judged, counter, data, retells=...), inlined:
        # the same arithmetic in the same order.
        if len(words) < 4:
            score = 0.0
        else:
            score = min(1.0, (pol.positive + pol.negative) / 1.2) * 0.6
            if not cue_words.isdisjoint(words):  # no cue word adds 0.0, which changes nothing
                score += min(0.4, 0.2 * sum(map(cue, words)))
            if judged:
                score += 0.3  # critics' own judgement words
            if counter:
                score += 0.3
            if named.any_within(start, end):
                score -= 0.2  # retelling what a character does
            if ")" in chunk and _CAPTION.search(chunk):
                score -= 0.6
            score = max(0.0, min(1.0, score))
        result.append(
            Sentence(
                (start, end),
                chunk,
                pol,
                score,
                last_start <= start < last_end,
                counter,
                words,
                judged,
                lowered,
                clauses,
            )
        )
    return result


@cache
def _wish_openings(code: str) -> tuple[str, ...] | None:
    """Strings one of which every match of the counterfactual pattern opens with (none holds a line break), or
    None."""
    openings = lexmatch.literal_openings(sentiment.counterfactual_pattern(code).pattern)
    return None if openings is None or any("\n" in o for o in openings) else openings


def _counterfactuals(lowered: list[str], text: str, code: str) -> set[int] | None:
    """The indices of the sentences ``lowered`` (lower case, the sentences of ``text``) in which the counterfactual
    pattern (``sentiment.counterfactual_pattern``) finds a match; None when its openings are not plain to see.

    Every match opens with one of the pattern's literal openings (:func:`lexmatch.literal_openings`), so a sentence
    holds one exactly where the pattern matches the sentence at one of the places its openings stand: the sentences,
    joined by line breaks, are searched once for the openings (through the reading's filter: the join is made of
    the text's pieces, lower-cased), and only those places are tried, in their own sentence (its edges as a search
    of that sentence sees them). Most sentences hold none: one search per sentence costs more."""
    openings = _wish_openings(code)
    if openings is None:
        return None
    joined = "\n".join(lowered)
    lexmatch.derived(joined, text)
    places = lexmatch.filtered_starts(joined, openings)
    if places is None:
        places = {at for opening in openings for at in lexmatch.occurrences(joined, opening)}
    found: set[int] = set()
    if not places:
        return found
    match = sentiment.counterfactual_pattern(code).match
    # Where each sentence after the first starts in the join (an opening holds no line break: none spans two).
    starts = list(itertools.accumulate(len(sentence) + 1 for sentence in lowered))
    for at in sorted(places):
        k = bisect.bisect_right(starts, at)
        if k not in found and match(lowered[k], at - (starts[k - 1] if k else 0)) is not None:
            found.add(k)
    return found


def _closing_paragraph(text: str, paragraphs: Sequence[Span]) -> Span:
    for start, end in reversed(paragraphs):
        paragraph = text[start:end]
        # (A caption ends in ")": the regex, which tries every position, runs only then.)
        if len(paragraph.split()) >= 8 and not (")" in paragraph and _CAPTION.search(paragraph)):
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
    return _judgement(tokens, sentiment.judgement_words(code), lang.data(code, "verdict"))


def _judgement(tokens: Sequence[str], words: dict[str, float], data: ModuleType, ends: Sequence[int] = ()) -> float:
    """``ends``: where each clause of ``tokens`` ends (a negation after the verb stays in its clause)."""
    shifters = _shifters(data)
    judging = not words.keys().isdisjoint(tokens)
    if not judging and shifters.triggers.isdisjoint(tokens):
        return 0.0  # most sentences hold no judgement word: set tests instead of a loop
    negations = shifters.negations
    value = 0.0
    if judging or not shifters.faults.keys().isdisjoint(tokens):
        value = _word_judgement(tokens, words, data, ends, shifters)
    if shifters.hedges and not shifters.hedge_triggers.isdisjoint(tokens):
        value += _hedges(tokens, shifters, negations)
    return value


def _word_judgement(
    tokens: Sequence[str], words: dict[str, float], data: ModuleType, ends: Sequence[int], shifters: _Shifters
) -> float:
    """The judgement words' and negated faults' part of :func:`_judgement` (idioms aside)."""
    negations, intensifiers, excess, contrast = shifters.negations, data.INTENSIFIERS, data.EXCESS, data.CONTRAST
    # Positions a long-reaching shifter negates ("ohne dass es je kitschig wird"): most sentences hold none.
    reached = _long_reach(tokens, shifters, ends) if not shifters.long_triggers.isdisjoint(tokens) else None
    value = 0.0
    emphasis = 1.0
    for i, tok in enumerate(tokens):
        if tok in contrast:
            emphasis = 1.5
            continue
        weight = words.get(tok)
        if not weight:
            fault = shifters.faults.get(tok)
            if fault and _negated(tokens, i, words, negations, shifters, ends):
                value -= emphasis * fault  # "trägt nicht", "doesn't work"
            continue
        before = tokens[max(0, i - 3) : i]
        denied = not shifters.deniers.isdisjoint(before) and _negated_before(tokens, i, negations, shifters)
        if reached is not None and i in reached:
            denied = True
        if weight > 0 and not denied and i and tokens[i - 1] in shifters.lesser and _lesser(tokens, i, shifters):
            value += emphasis * shifters.lesser_factor * weight  # "wenig überzeugend", "weniger gelungen"
            continue
        if denied:
            # "kein Meisterwerk" hedges; "nicht gelungen" pans.
            weight = (shifters.strong_denied if tok in shifters.strong else -0.7) * weight
        elif weight > 0 and any(b in excess for b in before[-2:]):
            weight = -0.5 * weight
        elif shifters.after and _negated_after(tokens, i, words, negations, shifters, ends):
            weight = -0.7 * weight
        for b in before[-2:]:
            factor = intensifiers.get(b, 1.0)
            # Inside a denial an intensifier softens it: "nicht ganz überzeugend" is a milder fault.
            weight *= 1.0 / factor if denied and factor > 1.0 else factor
        value += emphasis * weight
    return value


@cache
def _judgement_gate(code: str) -> frozenset[str]:
    """Every word that can give a sentence a judgement value (``_judgement`` is 0.0 without one)."""
    return frozenset(sentiment.judgement_words(code)) | _shifters(lang.data(code, "verdict")).triggers


@dataclass(frozen=True)
class _Shifters:
    """How a language negates and hedges beyond "a negation just before" (``lang/<code>/verdict.py``)."""

    cancels: frozenset[str]  # "nicht nur", "not only": no denial
    privative: frozenset[tuple[str, str]]  # "frei von", "free of": negates like "ohne"
    after: int  # how far after a judgement word a negation still reaches ("überzeugt nicht"); 0: never
    verbs: frozenset[str]  # judgement words that are verbs: reached from anywhere in their clause
    stops: frozenset[str]  # words that end that reach ("spannend und nicht kitschig")
    faults: dict[str, float]  # neutral alone, a fault when negated ("trägt nicht", "doesn't work")
    hedges: tuple[tuple[str, re.Pattern[str], float], ...]  # (trigger word, idiom, value)
    hedge_triggers: frozenset[str]
    deniers: frozenset[str]  # negations and the first words of privative pairs
    triggers: frozenset[str]  # words besides judgement words that make a sentence worth reading
    negations: frozenset[str]  # the language's negations plus those only the critic lean reads
    long: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # first word -> (the words after it, reach)
    long_triggers: frozenset[str]
    long_stops: frozenset[str]  # words that end a long shifter's reach ("ohne Kitsch, aber ...")
    negatable: frozenset[str]  # idioms a negation before them denies ("nichts davon ist gut erzählt")
    lesser: frozenset[str]  # "wenig", "weniger": before praise, a fault
    lesser_keeps: frozenset[str]  # words before them that keep the praise ("ein wenig", "nicht weniger")
    lesser_factor: float
    strong: frozenset[str]  # the top of the praise scale, which denied only hedges ("kein Meisterwerk")
    strong_denied: float


@cache
def _shifters(data: ModuleType) -> _Shifters:
    idioms = (
        *getattr(data, "HEDGES", ()),
        *getattr(data, "JUDGEMENT_IDIOMS", ()),
        *getattr(data, "RESERVATION_IDIOMS", ()),
    )
    hedges = tuple((trigger, re.compile(pattern), value) for trigger, pattern, value in idioms)
    faults = dict(getattr(data, "NEGATED_FAULTS", {}))
    hedge_triggers = frozenset(trigger for trigger, _, _ in hedges)
    privative = frozenset(getattr(data, "PRIVATIVE", ()))
    negations = frozenset(data.NEGATIONS) | frozenset(getattr(data, "JUDGEMENT_NEGATIONS", ()))
    long: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for first, rest, reach in _long_shifters(data):
        long.setdefault(first, []).append((rest, reach))
    return _Shifters(
        cancels=frozenset(getattr(data, "NEGATION_CANCELS", ())),
        privative=privative,
        after=getattr(data, "POST_NEGATION", 0),
        verbs=frozenset(getattr(data, "JUDGEMENT_VERBS", ())),
        stops=frozenset(getattr(data, "CLAUSE_STOPS", ())),
        faults=faults,
        hedges=hedges,
        hedge_triggers=hedge_triggers,
        triggers=hedge_triggers | faults.keys(),
        deniers=negations | {first for first, _ in privative},
        negations=negations,
        long={first: tuple(rules) for first, rules in long.items()},
        long_triggers=frozenset(long),
        long_stops=frozenset(getattr(data, "LONG_SHIFTER_STOPS", ())),
        negatable=frozenset(getattr(data, "NEGATABLE_IDIOMS", ())),
        lesser=frozenset(getattr(data, "LESSER", ())),
        lesser_keeps=frozenset(getattr(data, "LESSER_KEEPS", ())),
        lesser_factor=float(getattr(data, "LESSER_FACTOR", 1.0)),
        strong=frozenset(getattr(data, "STRONG_PRAISE", ())),
        strong_denied=float(getattr(data, "NEGATED_STRONG_FACTOR", -0.7)),
    )


def _long_shifters(data: ModuleType) -> list[tuple[str, tuple[str, ...], int]]:
    """``LONG_SHIFTERS`` as (first word, the words after it, reach): "alles andere als" starts at "alles"."""
    return [(words[0], tuple(words[1:]), reach) for words, reach in getattr(data, "LONG_SHIFTERS", ())]


def _lesser(tokens: Sequence[str], i: int, shifters: _Shifters) -> bool:
    """ "wenig überzeugend", "weniger gelungen": praise right after "wenig"/"weniger", but not "ein wenig",
    "nicht weniger"."""
    if not i or tokens[i - 1] not in shifters.lesser:
        return False
    return i < 2 or tokens[i - 2] not in shifters.lesser_keeps


#: How far a shifter that reaches to its clause's end reaches when the clauses are not known.
_CLAUSE_REACH = 4


#: Words right after a long shifter that open its clause rather than end its reach ("ohne dass", "ohne zu").
_SCOPE_OPENERS = frozenset({"dass", "daß", "zu"})


def _long_reach(tokens: Sequence[str], shifters: _Shifters, ends: Sequence[int]) -> set[int]:
    """The positions a long-reaching shifter negates: from the word after it to the end of its clause (reach
    0) or over its reach, stopping at a turn ("ohne Kitsch, aber leider langatmig"). "ohne dass es
    je kitschig wird", "weder witzig noch spannend", "alles andere als gelungen", "statt eines packenden
    Dramas", "nicht einmal im Finale spannend"."""
    reached: set[int] = set()
    n = len(tokens)
    for i, tok in enumerate(tokens):
        rules = shifters.long.get(tok)
        if rules is None:
            continue
        for rest, reach in rules:
            start = i + 1 + len(rest)
            if rest and tuple(tokens[i + 1 : start]) != rest:
                continue
            end = next((e for e in ends if e > i), n) if ends else min(n, start + _CLAUSE_REACH)
            if reach:
                end = min(end, start + reach)
            if start < end and tokens[start] in _SCOPE_OPENERS:
                start += 1
            for j in range(start, end):
                if tokens[j] in shifters.long_stops:
                    break
                reached.add(j)
    return reached


def _negated(
    tokens: Sequence[str],
    i: int,
    words: dict[str, float],
    negations: frozenset[str],
    shifters: _Shifters,
    ends: Sequence[int],
) -> bool:
    """Whether the word at ``i`` is negated, before it or (German) after it."""
    if _negated_before(tokens, i, negations, shifters):
        return True
    return bool(shifters.after) and _negated_after(tokens, i, words, negations, shifters, ends)


def _negated_before(tokens: Sequence[str], i: int, negations: frozenset[str], shifters: _Shifters) -> bool:
    """A denial in the 3 words before ``i``: "nicht nur" is none, "nicht frei von" two that cancel."""
    flips = 0
    for j in range(max(0, i - 3), i):
        tok = tokens[j]
        following = tokens[j + 1] if j + 1 < len(tokens) else ""
        if tok in negations:
            flips += following not in shifters.cancels
        elif (tok, following) in shifters.privative and j + 1 < i:
            flips += 1
    return flips % 2 == 1


def _negated_after(
    tokens: Sequence[str],
    i: int,
    words: dict[str, float],
    negations: frozenset[str],
    shifters: _Shifters,
    ends: Sequence[int],
) -> bool:
    """A negation after a judgement verb in the same clause ("überzeugt leider zu keinem Zeitpunkt")
    or after a judgement word that opens its clause ("Spannend ist das nicht"), that no judgement word of its own follows ("spannend und nicht kitschig" negates only "kitschig")."""
    if negations.isdisjoint(tokens[i + 1 : i + 1 + shifters.after]):
        return False  # the common case: no negation follows at all
    start = max((e for e in ends if e <= i), default=0)
    if i != start and tokens[i] not in shifters.verbs:
        return False  # "nicht" in the middle field negates what follows it, not an adjective before it
    end = next((e for e in ends if e > i), len(tokens))
    for j in range(i + 1, min(end, i + 1 + shifters.after)):
        tok = tokens[j]
        if tok in shifters.stops or tok in words:
            return False
        if tok in negations:
            following = tokens[j + 1 : min(end, j + 3)]
            if following and following[0] in shifters.cancels:
                return False
            return not any(f in words or f in shifters.faults for f in following)
    return False


def _hedges(tokens: Sequence[str], shifters: _Shifters, negations: frozenset[str] = frozenset()) -> float:
    """Idioms that hedge or fault: "nicht der ganz große Wurf", "never quite comes together". An idiom the
    language marks as negatable ("gut erzählt") is denied by a negation in the four words before it."""
    joined = " ".join(tokens)
    present = shifters.hedge_triggers.intersection(tokens)  # one set test per idiom, not a scan of the tokens
    total = 0.0
    for trigger, idiom, value in shifters.hedges:
        if trigger in present and idiom.search(joined):
            if trigger in shifters.negatable:
                k = tokens.index(trigger)
                if not negations.isdisjoint(tokens[max(0, k - 4) : k]):
                    value = -0.7 * value
            total += value
    return total


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


def text_features(items: Sequence[Sentence], text: str, code: str, blanked: Sequence[Span] = ()) -> list[float]:
    """``sentiment.dense_features(text, code)``, the same values, from the clauses the sentences were
    cut into instead of reading the whole text again.

    ``items``: the sentences of ``text`` as :func:`sentences` read them, or of the text ``text`` was made
    from by blanking the ``blanked`` spans with spaces (a rating left out of the prose); sentences that
    overlap a blanked span are read again. Exact because the sentences cover every character of the
    text but the white space between them, no token or "n't" spans white space, and no clause break
    (:data:`sentiment._BREAK`) is white space: the text's clauses are the sentences' clauses, the last
    clause of each sentence joined to the first of the next.
    """
    per_sentence: list[tuple[int, Sequence[Sequence[str]]]] = []
    # Each sentence's clauses and their polarity: the sentence's own, unless its clauses are read again.
    polar: list[tuple[Sequence[Sequence[str]], sentiment.Polarity]] = []
    reader = sentiment.polarity_reader(code)
    for s in items:
        start, end = s.span
        if not s.clauses or any(a < end and start < b for a, b in blanked):
            clauses = sentiment.clauses(text[start:end])
            per_sentence.append((start, clauses))
            polar.append((clauses, reader(clauses)))
        else:
            per_sentence.append((start, s.clauses))
            polar.append((s.clauses, s.polarity))
    closing = sentiment.closing_line(text)
    # The whole text's features from the sentences' polarity (``sentiment.joined_features``: the same values, unless a
    # shifter reaches from one sentence into the next; then read from the clauses joined).
    whole = sentiment.joined_features(polar, code)
    if closing is None:  # no line long enough: the closing text is cut by characters, read it as it is
        closing_clauses: Sequence[Sequence[str]] = sentiment.clauses(text[max(0, len(text) - 600) :])
        last = sentiment.clause_features([closing_clauses], code)
    else:
        inside = [k for k, (start, _) in enumerate(per_sentence) if closing[0] <= start < closing[1]]
        summed = sentiment.joined_features([polar[k] for k in inside], code)
        last = (
            summed
            if summed is not None
            else sentiment.clause_features([_joined([per_sentence[k][1] for k in inside])], code)
        )
    if whole is None:
        whole = sentiment.clause_features([_joined([c for _, c in per_sentence])], code)
    return whole + last


def _joined(parts: Sequence[Sequence[Sequence[str]]]) -> list[Sequence[str]]:
    """The clauses of consecutive sentences as one text's: each sentence's last clause runs on into the
    next sentence's first (the white space between them is no break)."""
    if not parts:
        return [[]]  # what sentiment.clauses("") gives
    joined: list[Sequence[str]] = list(parts[0])
    for clauses in parts[1:]:
        joined[-1] = [*joined[-1], *clauses[0]]
        joined.extend(clauses[1:])
    return joined


def conceded_judgement(
    tokens: Sequence[str],
    code: str,
    concessions: Mapping[str, int],
    conceded: float,
    clauses: Sequence[Sequence[str]] = (),
) -> float:
    """:func:`judgement_of_tokens` with what the critic concedes weighed by ``conceded``: from a
    concession word ("zwar", "obwohl") to the end of its clause, or ("trotz") over the few words of its
    phrase (``concessions``: word -> how many words it reaches, 0 for its clause), stopping early at a
    contrast word ("aber"). "Zwar gelingen schöne Momente, aber das Drehbuch zerfasert" is mainly a
    fault; "Trotz seiner Längen ein sehenswerter Film" mainly praise. "und zwar" ("namely") concedes nothing.

    ``clauses``: ``tokens`` cut into clauses (``sentiment.clauses``), when known.
    """
    data = lang.data(code, "verdict")
    words = sentiment.judgement_words(code)
    contrast = data.CONTRAST
    ends = frozenset(itertools.accumulate(map(len, clauses))) if clauses else frozenset()
    segments: list[tuple[int, int, float]] = []
    start = i = 0
    n = len(tokens)
    while i < n:
        if tokens[i] in concessions and not (i and tokens[i - 1] == "und"):
            if i > start:
                segments.append((start, i, 1.0))
            reach = concessions[tokens[i]]
            stop = min(n, i + 1 + reach) if reach else n
            j = i + 1
            while j < stop and j not in ends and tokens[j] not in contrast:
                j += 1
            segments.append((i, j, conceded))
            start = i = j
        else:
            i += 1
    if start < n:
        segments.append((start, n, 1.0))
    cuts = sorted(ends)
    return sum(
        factor * _judgement(tokens[a:b], words, data, [e - a for e in cuts if a < e <= b]) for a, b, factor in segments
    )
