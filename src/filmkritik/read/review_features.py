"""Document shape features for is-this-a-review: judging words, critic stance, ratings, credits,
news datelines, interview and listing shapes.

Rates are per 100 words so that short and long pages compare. The text is tokenised once
and word cues are set look-ups, so the whole vector costs well under a millisecond for a
typical review.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from filmkritik import lang

FEATURES = (
    "length",
    "evaluative",
    "film_words",
    "first_person",
    "verdict_cues",
    "rating_line",
    "credit_pairs",
    "news",
    "interview_lines",
    "questions",
    "listing",
    "schedule_lines",
    "plot",
    "quotes",
)

#: Only the opening of very long pages is read: the shape shows early.
_SAMPLE = 12000
#: (Possessive: the same words as with ``*``, found faster; see ``sentiment._TOKEN``.)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*+")
#: Star runs, "4/5", "3 von 5", "Note: 2", "****". Written to open with the class of every alternative's
#: first character, which the regex engine skips to at once (a pattern opening with a look-ahead is tried
#: at every position); look-behinds then tell the alternatives apart and stand in for the leading
#: ``\b`` (the character before the match is no word character). The same matches as
#: ``(?:[★☆✰⭐]{1,5}|\b\d(?:[.,]\d)?\s*(?:/|von|out of)\s*(?:4|5|10)\b|\b(?:Grade|Note|Rating|Bewertung|Wertung):\s*\S|\*{3,5})``.
_RATING = re.compile(
    r"[★☆✰⭐\dGNRBW*](?:(?<=[★☆✰⭐])[★☆✰⭐]{0,4}|(?<=\d)(?<!\w\w)(?:[.,]\d)?\s*(?:/|von|out of)\s*(?:4|5|10)\b"
    r"|(?<!\w\w)(?:(?<=G)rade|(?<=N)ote|(?<=R)ating|(?<=B)ewertung|(?<=W)ertung):\s*\S|(?<=\*)\*{2,4})"
)
#: :data:`_RATING` as first written (the tests compare the two).
RATING_PLAIN = r"[★☆✰⭐]{1,5}|\b\d(?:[.,]\d)?\s*(?:/|von|out of)\s*(?:4|5|10)\b|\b(?:Grade|Note|Rating|Bewertung|Wertung):\s*\S|\*{3,5}"
_CREDIT_PAIR = re.compile(
    r"(?=[A-ZÄÖÜ])\b[A-ZÄÖÜ][\w-]+\s*\((?:[\w ]+:\s*)?[A-ZÄÖÜ][\w.'-]+(?: [A-ZÄÖÜ][\w.'-]+){1,2}(?:,\s*\d{1,2})?\)"
)
_QUOTE_CHARS = '"“”„«»'
_CLOCK = re.compile(r"\d{1,2}[:.][0-5]\d\b")
_SPEAKER = re.compile(r"^([A-ZÄÖÜ][\w.-]{0,20}(?: [A-ZÄÖÜ][\w.-]{0,20})?)\s*:\s+\S")
_QA_LABEL = re.compile(r"^(?:Q|A|F|Frage|Antwort|Question|Answer|Interviewer\w*)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class _Cues:
    evaluative: dict[str, tuple[str, ...]]
    critic_words: frozenset[str]
    film_words: dict[str, tuple[str, ...]]
    first_person: frozenset[str]
    verdict: frozenset[str]
    news: frozenset[str]
    news_tag: re.Pattern[str]
    interview: frozenset[str]
    listing: frozenset[str]
    plot: frozenset[str]
    #: Each word's :func:`_kind`, as words are met (neither compared nor hashed).
    kinds: dict[str, int] = field(default_factory=dict, compare=False, hash=False)


def _prefix_index(words: list[str]) -> dict[str, tuple[str, ...]]:
    """Prefixes grouped by their first three letters, for fast "starts with any" checks."""
    index: dict[str, list[str]] = {}
    for word in set(words):
        index.setdefault(word[:3], []).append(word)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _cues(code: str) -> _Cues:
    # The verdict's judgement vocabulary (inflected forms spelled out) is far larger than the
    # prefix list here: a page of plain praise with none of the common prefixes is still judging.
    from filmkritik.read.sentiment import critic_words

    data = lang.data(code, "review")
    return _Cues(
        evaluative=_prefix_index(data.EVALUATIVE),
        critic_words=frozenset(critic_words(code)),
        film_words=_prefix_index(data.FILM_WORDS),
        first_person=data.FIRST_PERSON,
        verdict=data.VERDICT_WORDS,
        news=data.NEWS_WORDS,
        news_tag=re.compile(data.NEWS_TAG),
        interview=data.INTERVIEW_WORDS,
        listing=data.LISTING_WORDS,
        plot=data.PLOT_WORDS,
    )


#: A word's kind (:func:`_kind`): bits for judging words and film words.
_EVALUATIVE, _FILM = 1, 2
#: How many words' kinds a process remembers (per language) before starting afresh.
KIND_MEMO = 1 << 16


def _kind(word: str, cues: _Cues) -> int:
    """:data:`_EVALUATIVE` when ``word`` judges (a judging prefix, or the verdict's judgement vocabulary),
    plus :data:`_FILM` when it starts with a film word."""
    head = word[:3]
    candidates = cues.evaluative.get(head)
    kind = _EVALUATIVE if (candidates and word.startswith(candidates)) or word in cues.critic_words else 0
    candidates = cues.film_words.get(head)
    return kind | _FILM if candidates and word.startswith(candidates) else kind


def _interview_lines(lines: list[str]) -> int:
    """Lines in an interview's shape: Q/A labels, or a speaker label that recurs ("Velmer: ...")."""
    lines = [line for line in lines if ":" in line]  # both shapes have a colon: the rest need no regex
    labels = [m.group(1) for line in lines if (m := _SPEAKER.match(line))]
    recurring = {label for label in labels if labels.count(label) >= 2}
    return sum(
        1 for line in lines if _QA_LABEL.match(line) or ((m := _SPEAKER.match(line)) and m.group(1) in recurring)
    )


def _credit_pairs(sample: str) -> int:
    """How many "Figur (Schauspieler)" pairs :data:`_CREDIT_PAIR` finds, tried only at each "(".

    Every match holds exactly one "(", right after a word and optional spaces; the regex is
    run from that word's start to the next ")", instead of being tried at every capital.
    """
    count = 0
    q = sample.find("(")
    while q >= 0:
        close = sample.find(")", q)
        if close < 0:
            break
        start = q
        while start > 0 and sample[start - 1].isspace():
            start -= 1
        while start > 0 and (sample[start - 1].isalnum() or sample[start - 1] in "_-"):
            start -= 1
        m = _CREDIT_PAIR.search(sample, start, close + 1)
        if m and m.start() < q:
            count += 1
        q = sample.find("(", q + 1)
    return count


def features(text: str, language: str, lowered: str | None = None) -> list[float]:
    """The feature vector of ``text`` in the order of :data:`FEATURES`.

    ``lowered``: the text lower-cased, when the caller has it already.
    """
    cues = _cues(language if language in lang.LANGUAGES else "en")
    sample = text[:_SAMPLE]
    # A text within the sample is the sample: its lower-cased form is the one given.
    words = _WORD.findall(lowered if lowered is not None and len(text) <= _SAMPLE else sample.lower())
    n = max(len(words), 1)
    per100 = 100.0 / n
    # Each distinct word is looked up once: a review repeats most of its words.
    counts = Counter(words)
    # Each distinct word's kind, remembered (prose repeats its vocabulary across reviews too): the sums
    # below then run in C, and only words not seen before are looked at in Python.
    kinds = cues.kinds
    found = list(map(kinds.get, counts, itertools.repeat(-1)))
    if -1 in found:
        if len(kinds) >= KIND_MEMO:
            kinds.clear()  # start afresh rather than grow without bound
        for i, w in enumerate(counts):
            if found[i] == -1:
                found[i] = kinds[w] = _kind(w, cues)
    evaluative = sum(itertools.compress(counts.values(), map(_EVALUATIVE.__and__, found)))
    film = sum(itertools.compress(counts.values(), map(_FILM.__and__, found)))
    vocabulary = counts.keys()

    def hits(cue_words: frozenset[str]) -> int:
        return sum(counts[w] for w in cue_words & vocabulary)

    first, verdict, news = hits(cues.first_person), hits(cues.verdict), hits(cues.news)
    interview, listing, plot = hits(cues.interview), hits(cues.listing), hits(cues.plot)
    lines = [line.strip() for line in sample.splitlines() if line.strip()]
    n_lines = max(len(lines), 1)
    questions = sum(1 for line in lines if line.rstrip('"“”»«) ').endswith("?"))
    news += 2 * len(cues.news_tag.findall(sample))
    schedule = sum(1 for line in lines if line[:1].isdecimal() and _CLOCK.match(line))  # (\d is "decimal")
    return [
        math.log1p(len(words)) / 8.0,
        min(evaluative * per100, 15.0),
        min(film * per100, 20.0),
        min(first * per100, 10.0),
        float(min(verdict, 5)),
        float(min(len(_RATING.findall(sample)), 3)),
        min(_credit_pairs(sample) * per100, 5.0),
        min(news * per100, 10.0),
        (_interview_lines(lines) + 2 * min(interview, 2)) / n_lines,
        questions / n_lines,
        min(listing * per100, 20.0),
        schedule / n_lines,
        min(plot * per100, 10.0),
        min(sum(map(sample.count, _QUOTE_CHARS)) * per100, 20.0),
    ]
