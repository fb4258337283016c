"""Folding candidates that name one film: a title with and without its subtitle, a title's prefix,
a sequel and its predecessor, a series' name; and counting where a name recurs."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from filmkritik.read import lexmatch
from filmkritik.read.titles.candidate import Candidate
from filmkritik.read.titles.patterns import _MOVIE_SUFFIX, _SEQUEL_NUMBER, _STRONG_KINDS, _WEAK_KINDS

_LOCAL_SEPARATOR = re.compile(r"\s+[-–—]\s+|:\s+")
#: A text speaking of a series: "Fortsetzung", "die ersten beiden Teile", "zweite Runde", "the first film".
_SEQUEL_TALK = re.compile(
    r"(?i)(?=[fvtrspizdeona])\b(?:fortsetzung|vorgänger\w*|teile?|reihe|sequel|prequel|franchise|"
    r"(?:first|previous|original|earlier) (?:film|movie|one|instalment|installment)|instal?lment|"
    r"(?:zweite|dritte|vierte|nächste) runde|(?:erste|ersten|zweite|zweiten|dritte|dritten) teil|"
    r"(?:are|is) back|(?:sind|ist) (?:wieder )?(?:da|zurück))\b"
)
_SEQUEL_NUMBER_LINES = re.compile(_SEQUEL_NUMBER.pattern, re.MULTILINE)
_ROMAN_SEQUEL = re.compile(r"\s(?:ii|iii|iv|vi|vii|viii|ix)$")
_SEQUEL_HEAD = re.compile(r"\s(?:\d{1,2}|[ivx]{1,4})$")
_SEQUEL_AT = re.compile(
    r" (?=(?:teil |part |chapter |kapitel |vol\. |volume )?(?:\d{1,2}|[ivx]{1,4}|two|three|zwei|drei)\b)"
)


def _series_apart(pooled: dict[str, Candidate]) -> None:
    """ "Rabenherz 2: Die Krone aus Asche" is not a sighting of "Rabenherz": in a series, the numbered
    film's name does not count for the earlier film's."""
    keys = list(pooled)
    joined = "\n".join(keys)  # one regex pass over all names instead of one per name
    numbers = list(_SEQUEL_AT.finditer(joined))
    if numbers:
        starts = list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
        inside: dict[str, set[int]] = {}
        for number in numbers:
            index = bisect_right(starts, number.start()) - 1
            other = pooled[keys[index]]
            head = other.key[: number.start() - starts[index]]
            if head in pooled:
                inside.setdefault(head, set()).update(start for start, _end in other.occurrences)
        for key, found in inside.items():
            pooled[key].occurrences = [o for o in pooled[key].occurrences if o[0] not in found]
    # "Galway" from "Seven Summers in Galway" (read as "Name in Film"): a weak name inside a repeated headline
    # title is no sighting of its own there.
    hows = {key: {s.how for s in cand.spans} for key, cand in pooled.items()}
    strong = [c for c in pooled.values() if len(c.occurrences) >= 2 and not hows[c.key] <= _WEAK_KINDS]
    if not strong:
        return
    for cand in pooled.values():
        if not hows[cand.key] <= _WEAK_KINDS:
            continue
        longer = [o.occurrences for o in strong if len(o.key) > len(cand.key) and cand.key in o.key]
        if longer:
            cand.occurrences = [
                (start, end)
                for start, end in cand.occurrences
                if not any(
                    o_start <= start and end <= o_end for occurrences in longer for o_start, o_end in occurrences
                )
            ]


def _occurrences(text: str, cand: Candidate, lowered: str | None = None) -> list[tuple[int, int]]:
    """Where the name appears anywhere in the text (case-insensitive, whole words)."""
    lowered = text.lower() if lowered is None else lowered
    same_offsets = len(lowered) == len(text)
    found: set[tuple[int, int]] = set()
    for form in {s.text for s in cand.spans}:
        if same_offsets:
            hits = _find_all(lowered, form.lower())
        else:
            pattern = re.compile(re.escape(form), re.IGNORECASE)
            hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
        for start, end in hits:
            if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue  # inside a longer word
            if " " not in form and not text[start].isupper():
                continue  # "Leben" the film, not "leben" the verb
            found.add((start, end))
    return sorted(found)


def _find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    hits = []
    start = haystack.find(needle)
    while start >= 0 and needle:
        hits.append((start, start + len(needle)))
        start = haystack.find(needle, start + 1)
    return hits


def _sequel_line(text: str, cand: Candidate, head: str) -> bool:
    """``cand`` is a numbered sequel's name with a dash and its subtitle, a whole heading line of its own."""
    return (
        bool(text)
        and _SEQUEL_NUMBER.search(head) is not None
        and any(
            s.how == "line"
            and (s.start == 0 or text[s.start - 1] == "\n")
            and text[s.end : s.end + 1] in ("\n", "")
            and s.start < 700
            for s in cand.spans
        )
    )


def _fold_subtitled(pooled: dict[str, Candidate], text: str = "") -> None:
    """ "X - Local subtitle" counts for X when X also stands alone (the local title is kept apart). "X 2: Subtitle"
    heading the page is a sequel's full name when the text speaks of a series ("Fortsetzung", "the first film")."""
    for key, cand in list(pooled.items()):
        parts = _LOCAL_SEPARATOR.split(key, maxsplit=1)
        # the head counts only where it is said on its own, not inside this longer name (a sequel's subtitle)
        if len(parts) == 2 and parts[0] in pooled and " - " in key and pooled[parts[0]].occurrences:
            # "Die Küstenkinder – Der Film" said in full more often than its head alone: the full name is the title.
            alone = _alone(pooled[parts[0]], cand)
            if len(alone) < len(cand.occurrences) and (len(cand.occurrences) >= 2 or _MOVIE_SUFFIX.fullmatch(parts[1])):
                cand.score = max(cand.score, pooled[parts[0]].score) + 0.1
                continue
            if _sequel_line(text, cand, parts[0]):
                # "Die Rübe von Rummelsburg 2 – Ab ins Grüne" heading the page, said once, its short name in the body
                cand.score = max(cand.score, pooled[parts[0]].score) + 0.1
                continue
            if _quoted_whole_more(pooled[parts[0]], cand):
                # "„Connie – Ein Leben in Dur“" quoted in full again and again, "Connie" alone mostly the heroine's
                # name: the full name is the title
                cand.score = max(cand.score, pooled[parts[0]].score) + 0.1
                continue
            pooled[parts[0]].score += cand.score
            cand.score -= 5
        elif len(parts) == 2 and parts[0] in pooled and ": " in key:
            # "Starfall: Legacy" whose head is never said alone: the whole line is the title.
            head = pooled[parts[0]]
            if (
                (len(head.occurrences) <= len(cand.occurrences) and cand.score >= head.score)
                or (len(cand.occurrences) >= 2 and len(_alone(head, cand)) < len(cand.occurrences))
                # "Kommissar Krümel 2: Tatort Tortenschlacht" heading the page, "Kommissar Krümel 2" in the text:
                # a numbered sequel is headed by its full name and called by its short one
                or (
                    _SEQUEL_HEAD.search(head.key) is not None
                    and any(s.how in ("line", "headline", "quoted") for s in cand.spans)
                    # "Gravity Kings II" is numbered as a sequel; "Station 9" may be a name
                    and (_ROMAN_SEQUEL.search(head.key) is not None or _SEQUEL_TALK.search(text) is not None)
                )
            ):
                # said with its subtitle more often than without it: the whole name is the title
                cand.score = max(cand.score, head.score) + 0.1


def _sequel_over_predecessor(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Vor zwei Jahren war „Die Muffels“ ein Erfolg. Jetzt kommt „Die Muffels 2: Chaos im Zoo“": a page naming a
    film and its numbered sequel, and speaking of a series, reviews the sequel; the first film is its predecessor."""
    if _SEQUEL_NUMBER_LINES.search("\n".join(pooled)) is None:
        return  # one pass over all names: most pages name no numbered film
    sequels: dict[str, list[Candidate]] = {}
    for cand in pooled.values():
        number = _SEQUEL_NUMBER.search(cand.key)
        if number is not None and number.group(1) not in ("0", "1", "i"):
            sequels.setdefault(cand.key[: number.start()], []).append(cand)
    heads = [(pooled[base], family) for base, family in sequels.items() if base in pooled]
    if not heads or _SEQUEL_TALK.search(text) is None:
        return
    for head, family in heads:
        said = sum(len(c.occurrences) for c in family)
        # "Schon der erste „Rasender Rudi“ war kein Meisterwerk, aber im Vergleich zu „Rasender Rudi 2“ …": a sequel said once
        # beside a name the page calls the first part
        if (said >= 2 or _called_first(text, head)) and any(s.how in _STRONG_KINDS for c in family for s in c.spans):
            head.score = min(head.score, max(c.score for c in family) - 0.1)


#: Right before a name: "der erste", "den ersten Teil von", "the first", "the original" (casefolded).
_FIRST_PART_BEFORE = re.compile(
    r"(?:\b(?:der|den|dem|des)\s+erste[nms]?(?:\s+teil(?:\s+von)?)?|\bthe\s+(?:first|original))\s*[„\"“»«‘']?\Z"
)


def _called_first(text: str, head: Candidate) -> bool:
    """Every time the page says ``head`` it calls it the first part ("der erste „X“", "the first X")."""
    return bool(head.occurrences) and all(
        _FIRST_PART_BEFORE.search(text[max(0, start - 30) : start].casefold()) for start, _ in head.occurrences
    )


def _fold_prefixes(pooled: dict[str, Candidate]) -> None:
    """ "The Understudy's" (a headline cut at its last word) and "The Understudy's Understudy" said twice: a name
    never said on its own, only inside a longer name the text repeats, is that longer name."""
    keys = sorted(pooled)
    for i, key in enumerate(keys):
        head = pooled[key]
        if not head.occurrences:
            continue
        longer = []
        for other in keys[i + 1 :]:
            if not other.startswith(key):
                break
            # "heartland highway: the buck lanier story" said twice holds "heartland highway" too
            if other[len(key) : len(key) + 1] in (" ", ":") and len(pooled[other].occurrences) >= 2:
                longer.append(pooled[other])
        for cand in longer:
            if not _alone(head, cand) and cand.score < head.score:
                cand.score, head.score = head.score + 0.1, cand.score


#: Words that place a film in the past beside the one reviewed: "Vor vier Jahren hat „X“ ...", "damals", "Im Vergleich
#: zu „X“", "der Vorgänger", "years ago", "compared to" (matched in the lower-cased text, only where one opens).
_EARLIER_WORDS = {
    "de": lexmatch.OpeningLedPattern(
        r"\b(?:vorgänger\w*|vergleich\s+zu|verglichen\s+mit|damals|vor\s+(?:\w+\s+)?jahren|"
        r"(?:erste|ersten|frühere|früheren)\s+(?:teil|film))\b"
    ),
    "en": lexmatch.OpeningLedPattern(
        r"\b(?:years\s+ago|back\s+then|predecessor|compared\s+(?:to|with)|(?:first|previous|earlier)\s+(?:film|movie|one))\b"
    ),
}
#: Words that place a film now: "der neue Film", "diesmal", "nun", "jetzt", "this time", "new film", "latest".
_NOW_WORDS = {
    "de": lexmatch.OpeningLedPattern(r"\b(?:neue|neuen|neuer|neues|diesmal|nun|jetzt)\b"),
    "en": lexmatch.OpeningLedPattern(r"\b(?:this\s+time|new|latest|now)\b"),
}
_SENTENCE_ENDS = ("\n", ". ", "! ", "? ")


def _predecessor_by_words(text: str, pooled: dict[str, Candidate], lowered: str, language: str) -> None:
    """ "Vor vier Jahren hat „Kranichzug“ ... abgeräumt. ... „Brandung“ spielt diesmal an der Küste": of two quoted
    names the page says again and again, the one words of the past cling to (in two sentences or more) is the earlier
    film when words of the present cling only to the other (or the other heads the facts), however often it is
    named. ``lowered``: the text lower-cased (the rule stays silent where that moved offsets)."""
    quoted = [c for c in pooled.values() if len(c.occurrences) >= 2 and any(s.how == "quoted" for s in c.spans)]
    if len(quoted) < 2 or len(lowered) != len(text):
        return
    owner = sorted((start, c.key) for c in quoted for start, _end in c.occurrences)
    # the cue words are looked for only in the sentences that say one of these names
    sentences = sorted({_sentence_around(text, start) for start, _key in owner})
    code = language if language in _EARLIER_WORDS else "en"
    earlier = _cue_owners(lowered, owner, sentences, _EARLIER_WORDS[code])
    if not any(len(found) >= 2 for found in earlier.values()):
        return
    now = _cue_owners(lowered, owner, sentences, _NOW_WORDS[code])
    for cand in quoted:
        if len(earlier.get(cand.key, ())) < 2 or now.get(cand.key):
            continue
        rivals = [
            c
            for c in quoted
            if c is not cand and not earlier.get(c.key) and (now.get(c.key) or any(s.how == "facts" for s in c.spans))
        ]
        if len(rivals) == 1:
            cand.score = min(cand.score, rivals[0].score - 0.1)


def _cue_owners(
    lowered: str, owner: list[tuple[int, str]], sentences: list[tuple[int, int]], words: lexmatch.OpeningLedPattern
) -> dict[str, set[int]]:
    """For each name, the sentences in which a cue word stands nearer to it than to any other name."""
    found: dict[str, set[int]] = {}
    for begin, end in sentences:
        said = [o for o in owner if begin <= o[0] < end]
        for m in words.finditer(lowered, begin, end):
            key = min(said, key=lambda o: abs(o[0] - m.start()))[1]
            found.setdefault(key, set()).add(begin)
    return found


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` (a line break, or a full stop, "!" or "?" before a space ends one), at most 300
    characters either side."""
    low, high = max(0, pos - 300), min(len(text), pos + 300)
    cut = max(text.rfind(mark, low, pos) for mark in _SENTENCE_ENDS)
    ends = [e for e in (text.find(mark, pos, high) for mark in _SENTENCE_ENDS) if e >= 0]
    return (cut + 1 if cut >= 0 else low), (min(ends) if ends else high)


def _quoted_whole_more(head: Candidate, longer: Candidate) -> bool:
    """Whether "X – Y" stands in quotes as a whole at least twice, and more often than X stands in quotes alone."""
    whole = {s.start for s in longer.spans if s.how == "quoted"}
    if len(whole) < 2:
        return False
    alone = {s.start for s in head.spans if s.how == "quoted"} - {s for s, _ in longer.occurrences}
    return len(alone) < len(whole)


def _alone(head: Candidate, longer: Candidate) -> list[tuple[int, int]]:
    """Where ``head`` is said outside the longer name that starts with it."""
    return [
        (start, end)
        for start, end in head.occurrences
        if not any(s <= start and end <= e for s, e in longer.occurrences)
    ]
