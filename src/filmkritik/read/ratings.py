"""Explicit ratings: the critic's own score, found in the text and normalised.

Forms read (German and English, case-insensitive): star glyphs (``★★★½☆``, ``★★★★★``,
``★★★½ out of four``), asterisks after a cue (``Rating: ****``), fractions
(``3,5/5``, ``8/10``, ``4 von 5 Sternen``, ``Rating: 4 out 5``, ``3.5 out of four``,
``vier von fünf Sternen``), letter grades after a cue (``Grade: B-``, on 0-100 with
A+ 100 ... F 0), and a bare number after a cue (``Bewertung: 4``).

A number pair is only a rating when something says so: a cue word on the same line
("Bewertung", "Rating", "Wertung"...), a unit ("Sternen", "stars"), or a line that
holds little else (``8/10`` on its own). So "2 von 3 Kindern" and dates are not ratings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from filmkritik import lang
from filmkritik.model import ExplicitRating
from filmkritik.read import lexmatch, rating_page

#: Letter grades on 0-100, as the dev sets' gold conventions (and Metacritic) convert them.
LETTER_GRADES = {
    "A+": 100,
    "A": 95,
    "A-": 91,
    "B+": 83,
    "B": 75,
    "B-": 67,
    "C+": 58,
    "C": 50,
    "C-": 42,
    "D+": 33,
    "D": 25,
    "D-": 17,
    "F": 0,
}
#: Scales a fraction's denominator may have; "2 von 3" or "7/12" are not ratings.
PLAUSIBLE_BEST = (4, 5, 6, 10, 20, 100)

#: Stars, and the dots some German listings print ("Wertung: ●●●○○").
_FILLED = "★⭐✭✪✯✹🌟●"
_EMPTY = "☆✩✰○"
_HALF = "½⯪✮◐"
#: Dots are bullets too ("● Regie: ..."; "●●●" between sections): a run of dots alone is a rating only after a cue.
_DOTS = "●○◐"
_STARS = re.compile(rf"[{_FILLED}][{_FILLED}{_EMPTY}{_HALF}\s]*|[{_HALF}][{_EMPTY}\s]*")
_LINE = re.compile(r"[^\n]+")
_DIGITS = r"\d{1,3}(?:[.,]\d{1,2})?"
_DASH = re.compile(r"[\u2010-\u2015\u2212]")
#: Cheap test a line must pass before the real patterns run (most lines hold no rating); it runs on
#: the lower-cased line, as case-insensitive matching is several times slower. (As first written; the reader
#: asks :func:`_maybe_rating`, the same answer: the tests compare the two.)
MAYBE_PLAIN = (
    rf"\d\s*(?:/|von\b|of\b|out\b|aus\b)|[{_FILLED}{_EMPTY}{_HALF}*]|stern|star|punkt|point|wertung|rating|grade"
    r"|score|verdict|urteil|fazit|note"
)
#: Plain substrings, one of which (or a digit) every rating line holds: a gate far cheaper than a regex.
_GATE = ("*", *_FILLED, *_EMPTY, *_HALF, "stern", "star", "punkt", "point", "wertung", "rating", "grade", "score")
_GATE_WORDS = ("verdict", "urteil", "fazit", "note")
#: :data:`MAYBE_PLAIN`'s first alternative alone. Opening with the digit class, the engine skips from digit to
#: digit; the whole alternation, whose first alternative opens with a class, was tried at every position.
_NUMBER_OF = re.compile(r"\d\s*(?:/|von\b|of\b|out\b|aus\b)")
#: :data:`_NUMBER_OF` searched in a whole text: the white space after the digit stays within the line
#: (:data:`_LINE` parts lines at line breaks only; ``\b`` sees the break after a word as the line's end does).
_NUMBER_OF_IN_LINE = re.compile(r"\d[^\S\n]*(?:/|von\b|of\b|out\b|aus\b)")
_GATE_ALL = (*_GATE, *_GATE_WORDS)
_GLYPHS = (*_FILLED, *_EMPTY, *_HALF)
#: How far a fraction reaches before its "of" ("three and a half stars out of") and after it.
_BEFORE_OF, _AFTER_OF = 64, 32


@dataclass(frozen=True)
class _Patterns:
    cue: re.Pattern[str]
    fraction: re.Pattern[str]
    asterisks: re.Pattern[str]
    letter: re.Pattern[str]
    bare: re.Pattern[str]
    unit_after: re.Pattern[str]
    counted: re.Pattern[str]
    of_best: re.Pattern[str]
    #: Cue words as plain lower-case strings: a substring test before the cue pattern runs.
    cue_words: tuple[str, ...]
    #: "/ 5", "von fünf" (lower-case): what every fraction holds; a line without it skips the costly pattern.
    any_of_best: re.Pattern[str]
    number_words: dict[str, int]
    #: "Two stars" / "2.5 Sterne" as a whole line.
    alone_stars: re.Pattern[str]
    #: "Note: 2" at a line's end.
    school_grade: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Patterns built once from both languages' cue words (ratings mix languages freely)."""
    data = [lang.data(code, "verdict") for code in lang.LANGUAGES]
    more = [lang.data(code, "ratings") for code in lang.LANGUAGES]
    cues = sorted(
        {c for d in data for c in d.RATING_CUES} | {c for d in more for c in d.MORE_RATING_CUES}, key=len, reverse=True
    )
    grade_cues = "|".join(sorted({c for d in more for c in d.SCHOOL_GRADE_CUES}, key=len, reverse=True))
    ofs = sorted({o for d in data for o in d.RATING_OF}, key=len, reverse=True)
    units = sorted({u for d in data for u in d.RATING_UNITS}, key=len, reverse=True)
    words: dict[str, int] = {}
    for d in data:
        words.update(d.NUMBER_WORDS)
    halves = sorted({h for d in data for h in d.HALF_WORDS}, key=len, reverse=True)
    suffixes = sorted({d.HALF_SUFFIX for d in data if d.HALF_SUFFIX})
    word_alt = "|".join(sorted(words, key=len, reverse=True))
    suffix = f"(?:{'|'.join(suffixes)})?" if suffixes else ""
    half = f"(?:\\s*(?:{'|'.join(re.escape(h) for h in halves)}))?"
    number = rf"(?:{_DIGITS}|\b(?:{word_alt}){suffix}\b){half}"
    of = "|".join(re.escape(o) for o in ofs)
    cue = "|".join(re.escape(c) for c in cues)
    unit = "|".join(re.escape(u) for u in units)
    verbs = "|".join(sorted({v for d in data for v in d.RATING_VERBS}, key=len, reverse=True))
    stars = "|".join(re.escape(u) for u in units if u.startswith(("star", "stern")))
    return _Patterns(
        cue=re.compile(rf"\b(?:{cue})\b", re.IGNORECASE),
        fraction=re.compile(
            rf"(?<![\d/.,])(?P<value>{number})\s*(?P<unit_before>{unit})?\s*(?P<paren>\()?\s*(?:/|\b(?:{of})\b)\s*"
            rf"(?P<best>\d{{1,3}}|\b(?:{word_alt})\b)(?![\d]|[/.,]\d)(?:\s*(?P<unit>{unit})\b)?(?(paren)\s*\))",
            re.IGNORECASE,
        ),
        asterisks=re.compile(rf"\b(?:{cue})\b[\s:=\-]{{0,8}}(?P<stars>\*{{1,10}}(?:\s*½)?)(?!\*)", re.IGNORECASE),
        # Not "Verdict: A bleak, beautiful western": a capital then a word is an article.
        letter=re.compile(rf"\b(?i:{cue})\s*[:=\-]\s*(?P<grade>[A-DF][+\-]?)(?![\w+\-])(?![^\S\n]+[^\W\d_])"),
        bare=re.compile(
            rf"\b(?:{cue})\s*[:=\-]\s*(?P<value>{number})(?!\s*(?:/|\d|\b(?:{of})\b))(?:\s*(?P<unit>{unit})\b)?",
            re.IGNORECASE,
        ),
        unit_after=re.compile(rf"\s*(?:{unit})\b", re.IGNORECASE),
        counted=re.compile(
            rf"\b(?:{verbs})\b\W+(?:\w+\W+){{0,2}}?(?P<value>{number})\s+(?:{stars})\b(?!\s*(?:/|\b(?:{of})\b))",
            re.IGNORECASE,
        ),
        of_best=re.compile(
            rf"\s*(?P<paren>\()?\s*(?:\b(?:{of})\b|/)\s*(?P<best>\d{{1,3}}|\b(?:{word_alt})\b)(?(paren)\s*\))",
            re.IGNORECASE,
        ),
        cue_words=tuple(c.lower() for c in cues),
        any_of_best=re.compile(rf"(?:\b(?:{of.lower()})\b|/)\s*(?:\d|\b(?:{word_alt.lower()})\b)"),
        number_words=words,
        school_grade=re.compile(
            rf"\b(?:{grade_cues})[^\S\n]*[:=][^\S\n]*(?P<grade>[1-6](?:[.,][05])?)(?P<sign>[+\-])?(?P<end>)"
            r"(?![\d/.,])(?=[^\S\n]*(?:$|[(.!]))",
            re.IGNORECASE | re.MULTILINE,
        ),
        alone_stars=re.compile(rf"\s*(?P<value>{number})\s+(?P<stars>{stars})\s*[.!]?\s*", re.IGNORECASE),
    )


#: How a star rating's scale is known: said on the page ("★★★☆☆", "out of four"), guessed for a printed
#: star line ("★★★½", "Two stars" on its own line) or guessed for stars written out ("Rating: ***",
#: "gives it three stars"), which a page's mere convention does not rescale.
STATED, GUESSED, WRITTEN = "stated", "guessed", "written"


@dataclass(frozen=True)
class _Candidate:
    rating: ExplicitRating
    strength: int  # 3: glyphs or cue word, 2: unit, 1: a line of its own
    #: For stars: whether the scale was said (:data:`STATED`) or guessed (:data:`GUESSED`); "" for other forms.
    stars: str = ""


def find_rating(text: str, lowered: str | None = None) -> ExplicitRating | None:
    """The critic's explicit rating in ``text``, or ``None`` when there is none.

    Among several candidates the best-supported wins; ties go to the last one, where
    critics usually put their rating. A bare star line ("★★★½") is out of four when the page
    says its stars are (:func:`rating_page.star_scale`). ``lowered``: ``text.lower()``, when the caller has it already.
    """
    found = find_ratings(text, lowered)
    if found:
        found = rating_page.without_legends(text, found)
    if not found:
        return None
    chosen = rating_page.choose(text, found)
    return rating_page.on_page_scale(chosen, lambda: rating_page.star_scale(text, found))


def find_ratings(text: str, lowered: str | None = None) -> list[_Candidate]:
    p = _patterns()
    candidates: list[_Candidate] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: float, best: float, strength: int, stars: str = "") -> None:
        if best <= 0 or not 0 <= value <= best:
            return
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        rating = ExplicitRating(text=text[start:end], value=value, best=best, worst=0.0, evidence=[(start, end)])
        candidates.append(_Candidate(rating, strength, stars))

    dashed: str | None = None  # made when a cued line first needs it
    for start, end, line in _rating_lines(text, lowered):
        # Each form runs only where its cheap precondition holds (long prose lines rarely pass):
        # glyphs need a glyph, cue forms a cue word, fractions an "of / von / slash" and a number after
        # it, counted stars the word "star"/"stern".
        cued = any(c in line for c in p.cue_words) and p.cue.search(text, start, end) is not None
        if any(g in line for g in _GLYPHS):
            _glyph_ratings(text, start, end, p, add, cued)
        if "note" in line:
            _school_grades(text, start, end, p, add)
        if cued:
            if dashed is None:
                dashed = _DASH.sub("-", text)  # "B−" with a minus sign is "B-" (same length, same offsets)
            _letter_ratings(dashed, start, end, p, add)
            _asterisk_ratings(text, start, end, p, add)
        if p.any_of_best.search(line):
            for w_start, w_end in _fraction_windows(line, start, end, p):
                _fraction_ratings(text, start, end, p, add, w_start, w_end)
        if cued:  # after fractions: "Rating: 4.5/5" is a fraction, not a bare "4"
            _bare_ratings(text, start, end, p, add)
        if "star" in line or "stern" in line:
            _counted_ratings(text, start, end, p, add)
            _alone_star_count(text, start, end, p, add)
    _lone_grades(text, add)
    candidates.sort(key=lambda c: c.rating.evidence[0][0])
    return candidates


def _rating_lines(text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, the line lower-cased) of each line of ``text`` that passes :func:`_maybe_rating`.

    Most lines hold no rating: the gate's strings are looked for once in the whole lower-cased text instead
    of line by line (~25 ``in`` tests and a lower-casing per line). The same lines: no gate string holds a
    line break, :data:`_NUMBER_OF_IN_LINE` is :data:`_NUMBER_OF` kept within one line, and the whole text
    lower-cased is its lines lower-cased (checked: the same length, so every character maps to one, and no
    capital sigma, whose lower case depends on its neighbours); otherwise line by line as before.
    ``lowered``: ``text.lower()``, when the caller has it already."""
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text) or "Σ" in text:
        found = []
        for line in _LINE.finditer(text):
            low = line.group().lower()
            if _maybe_rating(low):
                found.append((line.start(), line.end(), low))
        return found
    # (A number before its "of" opens with a digit: tried only at the text's digits, found at once.)
    digits = lexmatch.decimal_positions(lowered)
    marks = [m.start() for m in lexmatch.matches_at(_NUMBER_OF_IN_LINE, lowered, digits)]
    # The reading's lower-cased text: its filter rules out the gate words it does not hold, and the others are found
    # overlapping ones and all (each further place lies within a line already marked: the same lines).
    shared = lexmatch.filtered_starts(lowered, _GATE_ALL)
    if shared is not None:
        marks += shared
    else:
        for key in _GATE_ALL:
            at = lowered.find(key)
            while at >= 0:
                marks.append(at)
                at = lowered.find(key, at + len(key))
    lines: list[tuple[int, int, str]] = []
    end = -1
    for at in sorted(marks):
        if at < end:
            continue  # a line already taken
        start = lowered.rfind("\n", 0, at) + 1
        end = lowered.find("\n", at)
        if end < 0:
            end = len(lowered)
        lines.append((start, end, lowered[start:end]))
    return lines


def _maybe_rating(lowered: str) -> bool:
    """Whether a lower-cased line may hold a rating: what ``re.search(MAYBE_PLAIN, lowered)`` says.

    Its glyphs and words are the plain substrings of :data:`_GATE` and :data:`_GATE_WORDS` (``in`` tests in
    C); the rest is a digit before "/", "von", "of", "out" or "aus" (:data:`_NUMBER_OF`)."""
    return (
        any(k in lowered for k in _GATE)
        or any(k in lowered for k in _GATE_WORDS)
        or _NUMBER_OF.search(lowered) is not None
    )


def _glyph_ratings(text: str, start: int, end: int, p: _Patterns, add, cued: bool = False) -> None:  # type: ignore[no-untyped-def]
    for m in _STARS.finditer(text, start, end):
        glyphs = m.group().rstrip()
        filled = sum(ch in _FILLED for ch in glyphs)
        halves = sum(ch in _HALF for ch in glyphs)
        empty = sum(ch in _EMPTY for ch in glyphs)
        value = filled + 0.5 * halves
        if value == 0 and not empty:
            continue
        if not cued and all(ch in _DOTS or ch.isspace() for ch in glyphs):
            continue  # dots without a cue: bullets or a separator
        g_end = m.start() + len(glyphs)
        best_m = p.of_best.match(text, g_end, end)
        scale = STATED
        if best_m:
            best = _number(best_m.group("best"), p)
            g_end = best_m.end()
        elif empty:
            best = filled + halves + empty
        elif filled + halves < 2:
            continue  # a lone star is an icon ("⭐️ Our rating: ..."), not a rating
        else:
            best, scale = (5.0 if value <= 5 else 10.0), GUESSED
        if best is not None:
            add(m.start(), g_end, value, best, 3, scale)


def _asterisk_ratings(text: str, start: int, end: int, p: _Patterns, add) -> None:  # type: ignore[no-untyped-def]
    for m in p.asterisks.finditer(text, start, end):
        stars = m.group("stars")
        value = stars.count("*") + (0.5 if "½" in stars else 0.0)
        s_end = m.end("stars")
        best_m = p.of_best.match(text, s_end, end)
        best = _number(best_m.group("best"), p) if best_m else (5.0 if value <= 5 else 10.0)
        if best_m:
            s_end = best_m.end()
        if best is not None:
            add(m.start(), s_end, value, best, 3, STATED if best_m else WRITTEN)


#: A letter grade on a line of its own ("B+" closing a capsule review).
#: (Opening with the line break, the engine jumps from break to break; searched in the text after a break.)
_LONE_GRADE = re.compile(r"\n[^\S\n]*(?P<grade>[A-DF][+\-\u2212]?)[^\S\n]*(?=\n|\Z)")


def _lone_grades(text: str, add) -> None:  # type: ignore[no-untyped-def]
    for m in _LONE_GRADE.finditer("\n" + text):
        grade = _DASH.sub("-", m.group("grade"))
        add(m.start("grade") - 1, m.end("grade") - 1, float(LETTER_GRADES[grade]), 100.0, 1)


def _letter_ratings(text: str, start: int, end: int, p: _Patterns, add) -> None:  # type: ignore[no-untyped-def]
    for m in p.letter.finditer(text, start, end):
        add(m.start(), m.end(), float(LETTER_GRADES[m.group("grade")]), 100.0, 3)


def _fraction_windows(lowered: str, start: int, end: int, p: _Patterns) -> list[tuple[int, int]]:
    """Stretches of the line around each "of / von / slash + number", where a fraction can sit.

    The fraction pattern is costly on long prose lines; a rating spans at most a few words
    either side of its "of". Falls back to the whole line when lower-casing moved offsets.
    """
    if len(lowered) != end - start:
        return [(start, end)]
    windows: list[tuple[int, int]] = []
    for m in p.any_of_best.finditer(lowered):
        w_start, w_end = max(start, start + m.start() - _BEFORE_OF), min(end, start + m.end() + _AFTER_OF)
        if windows and w_start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], w_end)
        else:
            windows.append((w_start, w_end))
    return windows


def _fraction_ratings(  # type: ignore[no-untyped-def]
    text: str, start: int, end: int, p: _Patterns, add, w_start: int | None = None, w_end: int | None = None
) -> None:
    line = text[start:end]
    for m in p.fraction.finditer(text, start if w_start is None else w_start, end if w_end is None else w_end):
        value = _number(m.group("value"), p)
        best = _number(m.group("best"), p)
        if value is None or best is None or best not in PLAUSIBLE_BEST:
            continue
        before = text[max(start, m.start() - 60) : m.start()]
        unit = m.group("unit") or m.group("unit_before") or p.unit_after.match(text, m.end())
        if p.cue.search(before) or rating_page.is_labelled(text, m.start()):
            strength = 3  # a cue word, or a part score's label ("Film: 3/5 · Bild: 4/5")
        elif unit:
            strength = 2
        elif _stands_alone(line, m.group()) or _opens_line(text, start, m):
            strength = 1
        else:
            continue
        r_start = m.start()
        cues = list(p.cue.finditer(before))
        cue = cues[-1] if cues else None
        if cue is not None and not before[cue.end() :].strip(" :=-/\t").strip():
            r_start = m.start() - len(before) + cue.start()
        add(r_start, m.end(), value, best, strength, STATED if _is_stars(unit) else "")


#: After a cue's number: a word that goes on the sentence ("Fazit: Zwei starke Hauptrollen"), or a percent sign.
_WORD_AFTER = re.compile(r"[^\S\n]+[^\W\d_]")
_PERCENT = re.compile(r"[^\S\n]*(?:%|prozent\b|percent\b|per cent\b)", re.IGNORECASE)


def _bare_ratings(text: str, start: int, end: int, p: _Patterns, add) -> None:  # type: ignore[no-untyped-def]
    for m in p.bare.finditer(text, start, end):
        value = _number(m.group("value"), p)
        if value is None:
            continue
        if _PERCENT.match(text, m.end("value"), end):
            add(m.start(), _PERCENT.match(text, m.end("value"), end).end(), value, 100.0, 3)  # type: ignore[union-attr]
            continue
        if not m.group("unit") and _WORD_AFTER.match(text, m.end(), end):
            continue  # "Fazit: Zwei starke Hauptrollen": a sentence, not a rating
        best = next((b for b in (5.0, 10.0, 100.0) if value <= b), None)
        if best is not None:
            add(m.start(), m.end(), value, best, 3, WRITTEN if _is_stars(m.group("unit")) else "")


def _school_grades(text: str, start: int, end: int, p: _Patterns, add) -> None:  # type: ignore[no-untyped-def]
    """ "Meine Note: 2", "Note: 5" (German school grades, 1 best to 6 worst), on 0-100: 1 is 100, 6 is 0;
    "2-" is 2.3 and "2+" 1.7, as teachers count them."""
    for m in p.school_grade.finditer(text, start, end):
        grade = float(m.group("grade").replace(",", "."))
        grade += {"+": -0.3, "-": 0.3}.get(m.group("sign") or "", 0.0)
        grade = min(6.0, max(1.0, grade))
        add(m.start(), m.end("end"), round((6.0 - grade) / 5.0 * 100.0, 1), 100.0, 3)


def _counted_ratings(text: str, start: int, end: int, p: _Patterns, add) -> None:  # type: ignore[no-untyped-def]
    """ "gebe vier Sterne", "awards it three stars": a count of stars, on five unless said otherwise."""
    for m in p.counted.finditer(text, start, end):
        value = _number(m.group("value"), p)
        if value is not None and 0 < value <= 5:
            add(m.start("value"), m.end(), value, 5.0, 2, WRITTEN)


def _alone_star_count(text: str, start: int, end: int, p: _Patterns, add) -> None:  # type: ignore[no-untyped-def]
    """ "Two stars", "2.5 stars" on a line of their own (a newspaper's rating line), on five unless the page says."""
    m = p.alone_stars.fullmatch(text, start, end)
    if m is not None:
        value = _number(m.group("value"), p)
        if value is not None and 0 < value <= 5:
            add(m.start("value"), m.end("stars"), value, 5.0, 2, GUESSED)


def _is_stars(unit: object) -> bool:
    """Whether a matched unit ("stars", "Sternen"; a match or a string) counts stars."""
    word = unit.group() if isinstance(unit, re.Match) else unit
    return isinstance(word, str) and word.strip().lower().startswith(("star", "stern"))


#: What follows a score that opens its line and goes on with a remark: "7/10, would watch again".
_REMARK_AFTER = re.compile(r"[^\S\n]*[,;:\u2013\u2014-][^\S\n]")


def _opens_line(text: str, line_start: int, m: re.Match[str]) -> bool:
    """A score out of ten or a hundred at the start of its line, then a comma or dash and a remark."""
    return (
        not text[line_start : m.start()].strip()
        and m.group("best") in ("10", "100")
        and _REMARK_AFTER.match(text, m.end()) is not None
    )


def _stands_alone(line: str, match: str) -> bool:
    """A rating on a line of its own, perhaps with a word or two ("8/10", "★★★★☆ Sehenswert")."""
    rest = line.replace(match, " ", 1).strip(" \t-–—:|()[].")
    return len(rest) <= 24 and len(rest.split()) <= 3


def _number(token: str, p: _Patterns) -> float | None:
    """ "3,5" -> 3.5, "dreieinhalb" -> 3.5, "three and a half" -> 3.5, "vier" -> 4."""
    token = token.strip().lower()
    half = 0.0
    for marker in ("and a half", "and one half", "½", "einhalb"):
        if token.endswith(marker):
            token, half = token[: -len(marker)].strip(), 0.5
            break
    if not token:
        return half or None
    if token in p.number_words:
        return p.number_words[token] + half
    try:
        return float(token.replace(",", ".")) + half
    except ValueError:
        return None
