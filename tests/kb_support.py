"""Helpers for the knowledge-base tests: records of fictional films, built by hand.

Building records directly keeps these tests about the knowledge base, whatever the reader
extracts from a text this week.
"""

from __future__ import annotations

import itertools

from filmkritik.model import (
    Aspect,
    CastCredit,
    Confidence,
    Director,
    Film,
    Person,
    ReviewRecord,
    Source,
    TextFact,
    Verdict,
    YearFact,
    score_label,
)

_serial = itertools.count(1)


def record(
    title: str | None,
    *,
    text: str | None = None,
    directors: tuple[str, ...] = (),
    year: int | None = None,
    original: str | None = None,
    cast: tuple[tuple[str, str], ...] = (),
    actors: tuple[str, ...] = (),
    score: int | None = 70,
    language: str = "de",
    aspects: tuple[tuple[str, str, str], ...] = (),
    author: str | None = None,
    site: str | None = None,
) -> ReviewRecord:
    """A review record of a (fictional) film; ``aspects`` are (aspect, polarity, quoted sentence)."""
    # Each made-up review has its own text (the content hash), unless the test gives one.
    body = text or f"Kritik Nr. {next(_serial)} von {title} ({score}). " + " ".join(q for _, _, q in aspects)
    film = Film(
        title=TextFact(title) if title else None,
        original_title=TextFact(original) if original else None,
        year=YearFact(year) if year else None,
        directors=[Director(d) for d in directors],
        cast=[CastCredit(character=c, actor=a) for a, c in cast],
        actors=[Person(a) for a in actors] + [Person(a) for a, _ in cast],
    )
    verdict = None
    if score is not None:
        found = []
        for aspect, polarity, quote in aspects:
            start = body.index(quote)
            found.append(Aspect(aspect, polarity, [(start, start + len(quote))]))  # type: ignore[arg-type]
        verdict = Verdict(score=score, label=score_label(score), confidence=0.8, source="inferred", aspects=found)
    return ReviewRecord(
        text=body,
        source=Source(kind="text", author=author, site=site),
        language=language,
        is_review=Confidence(True, 0.9),
        film=film,
        verdict=verdict,
    )
