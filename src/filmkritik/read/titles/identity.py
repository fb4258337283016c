"""Filling the record's film identity (title, original and local titles, year, title warnings) from
the ranked candidates, and re-checking the choice once persons are known."""

from __future__ import annotations

import re

from filmkritik import lang
from filmkritik.model import LocalTitle, TextFact, Warning
from filmkritik.read.analysis import Analysis
from filmkritik.read.title_spans import TitleSpan, original_cues
from filmkritik.read.title_variants import Variant, find_variants
from filmkritik.read.titles.candidate import Candidate, _evidence, key_of
from filmkritik.read.titles.collect import collect, once_said_titles, opening_subjects
from filmkritik.read.titles.originals import (
    _bracketed_original,
    _local_titles,
    _original,
    _plausible_originals,
    _with_subtitle,
)
from filmkritik.read.titles.patterns import _GENERIC
from filmkritik.read.titles.peel import peel_furniture
from filmkritik.read.titles.scoring import rank
from filmkritik.read.titles.years import _year


def annotate(analysis: Analysis) -> None:
    """Fill ``film.title``, ``original_title``, ``local_titles``, ``year`` and title warnings."""
    text = analysis.text
    data = lang.data(analysis.language, "titles")
    spans = collect(text, data, analysis.language)
    originals = _plausible_originals([_with_subtitle(text, s) for s in original_cues(text, data)])
    candidates = rank(text, spans, data, analysis.language, analysis.lowered)
    if (
        analysis.language == "en"
        and candidates
        and candidates[0].score <= 0
        and not any(s.how == "quoted" for s in spans)  # a page that quotes its titles names no film bare
    ):
        # nothing named a film with any weight ("Dispatch" / "Cannes 2026"): a title said once in prose may
        extra = once_said_titles(text, analysis.language)
        if extra:
            spans = spans + extra
            candidates = rank(text, spans, data, analysis.language, analysis.lowered)
    if candidates and candidates[0].score < 3 and not any(s.how in ("quoted", "headline", "facts") for s in spans):
        # "Flying" of a heading, and "On paper, Professor Puddlefoot's Flying Machine has everything …": a weak
        # name that is a piece of a sentence's opening subject gives way to the whole subject
        subject = opening_subjects(text, analysis.language)
        if subject and _piece_of(candidates[0].key, key_of(subject[0].text)):
            spans = spans + subject
            candidates = rank(text, spans, data, analysis.language, analysis.lowered)
    if not candidates:
        # nothing title-shaped at all (a critic's bare prose naming the film once): a sentence's opening subject
        extra = opening_subjects(text, analysis.language)
        if extra:
            spans = spans + extra
            candidates = rank(text, spans, data, analysis.language, analysis.lowered)
    spans, candidates = peel_furniture(text, spans, candidates, data, analysis.language)
    analysis.notes["title_spans"] = spans
    analysis.notes["title_candidates"] = candidates
    if not candidates:
        return
    film = analysis.record.film
    best = _choose(candidates, originals)
    film.title = TextFact(_spelling(text, best), evidence=_evidence(best))
    original = _original(originals, best) or _bracketed_original(text, best, analysis.language)
    if original is not None:
        film.original_title = original
    variants = find_variants(spans, best.key)
    misspelt = {key_of(v.found) for v in variants}
    film.local_titles = _local_titles(best, [c for c in candidates if c.key not in misspelt], analysis.language)
    if film.original_title is not None and not film.local_titles:
        # "Die Reise nach Norden 2 (im Original „North Road 2“)": the title used is the local release title.
        film.local_titles = [LocalTitle(best.text, analysis.language, evidence=_evidence(best))]
    year = _year(text, best, analysis)
    if year is not None:
        film.year = year
    analysis.record.warnings.extend(_variant_warnings(variants))


def _piece_of(part: str, whole: str) -> bool:
    """``part``'s words stand together inside ``whole`` and ``whole`` says more: "deep strike" of "deep strike: last
    light" (a colon or a bracket between the words does not part them)."""
    part_words, whole_words = _KEY_WORDS.findall(part), _KEY_WORDS.findall(whole)
    return len(whole_words) > len(part_words) and f" {' '.join(part_words)} " in f" {' '.join(whole_words)} "


_KEY_WORDS = re.compile(r"[\w'’-]+")


def _spelling(text: str, best: Candidate) -> str:
    """The name as the page writes it: a title shouted in a headline ("HARBOR NIGHTS") and written in mixed case
    in the running text is reported in mixed case. A single word stays as shouted: "NORA" may name the film and
    "Nora" its heroine."""
    if not best.text.isupper() or " " not in best.key:
        return best.text
    for start, end in best.occurrences:
        found = text[start:end]
        if not found.isupper() and key_of(found) == best.key:
            return found
    return best.text


def _choose(candidates: list[Candidate], originals: list[TitleSpan]) -> Candidate:
    """The best candidate, unless it is only the original title of a local one beside it."""
    best = candidates[0]
    original_keys = {key_of(o.text) for o in originals}
    if best.key in original_keys and len(candidates) > 1:
        runner = candidates[1]
        if runner.key not in original_keys and runner.score >= best.score * 0.5:
            return runner
    return best


def _variant_warnings(variants: list[Variant]) -> list[Warning]:
    warnings = []
    for variant in variants:
        message = (
            f"the title is spelt two ways: {variant.found!r} (expected {variant.expected!r}, "
            f"as written elsewhere in the text)"
        )
        warnings.append(Warning("title_variant", message, evidence=[variant.found_span, variant.expected_span]))
    return warnings


def _generic_words() -> frozenset[str]:
    """Single words that head a page section rather than name a film."""
    return _GENERIC


def recheck(analysis: Analysis) -> None:
    """Once credits are known: a "title" that is a person's name gives way to the next candidate.

    Biopics are named after people, so the swap needs a runner-up that is itself a
    strong candidate (headline-cued, quoted or ALL-CAPS), not a stray phrase.
    """
    film = analysis.record.film
    candidates: list[Candidate] = analysis.notes.get("title_candidates", [])
    if film.title is None or len(candidates) < 2:
        return
    persons = {key_of(a.name) for a in film.actors} | {key_of(d.name) for d in film.directors}
    persons |= {key_of(c.actor) for c in film.cast}
    if key_of(film.title.text) not in persons:
        return
    for cand in candidates[1:]:
        strong = any(s.how in ("headline", "quoted", "caps", "facts") for s in cand.spans)
        if cand.key not in persons and strong and cand.score > 2:
            film.title = TextFact(cand.text, evidence=_evidence(cand))
            return
