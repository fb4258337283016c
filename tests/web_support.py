"""Helpers for the web tests: the app on a temporary database, and records built by hand.

Records built here do not depend on how good the reader is today, so the tests pin
what the web layer does with evidence (highlighting, escaping, storing, showing).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from filmkritik.model import (
    Aspect,
    CastCredit,
    Confidence,
    Director,
    ExplicitRating,
    Film,
    Person,
    ReviewRecord,
    Source,
    TextFact,
    Verdict,
    score_label,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"


def span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    at = text.index(needle, start)
    return (at, at + len(needle))


def hand_record(
    title: str = "Die Uhrmacherin von Sankt Ansgar",
    score: int = 80,
    critic_line: str = "",
    text: str | None = None,
) -> ReviewRecord:
    """A German review record of a fictional film, with evidence for every fact."""
    if text is None:
        text = (
            f"„{title}“ ist der zweite Film von Aksel Birkeland. "
            "Greta (Johanna Lindqvist) repariert eine Turmuhr an der Ostsee.\n\n"
            "Johanna Lindqvist spielt mit großer Zärtlichkeit. Das Drehbuch verliert sich im letzten Drittel.\n\n"
            f"{critic_line}Bewertung: {score // 20} von 5 Sternen"
        )
    title_span = span(text, title) if title in text else (0, 1)
    rating_text = f"{score // 20} von 5 Sternen"
    verdict = Verdict(
        score=score,
        label=score_label(score),
        confidence=0.9,
        source="explicit",
        explicit=ExplicitRating(rating_text, score // 20, 5, 0, [span(text, rating_text)])
        if rating_text in text
        else None,
        aspects=[
            Aspect("acting", "positive", [span(text, "Johanna Lindqvist spielt mit großer Zärtlichkeit.")])
            if "spielt mit" in text
            else Aspect("acting", "positive", []),
            Aspect("script", "negative", [span(text, "Das Drehbuch verliert sich im letzten Drittel.")])
            if "Drehbuch" in text
            else Aspect("script", "negative", []),
        ],
        pull_quote=TextFact("Johanna Lindqvist spielt mit großer Zärtlichkeit.", []) if "spielt mit" in text else None,
    )
    film = Film(
        title=TextFact(title, [title_span]),
        directors=[Director("Aksel Birkeland", "Denmark", [span(text, "Aksel Birkeland")])]
        if "Aksel Birkeland" in text
        else [],
        cast=[CastCredit("Greta", "Johanna Lindqvist", [span(text, "Greta (Johanna Lindqvist)")])]
        if "Greta (Johanna Lindqvist)" in text
        else [],
        actors=[Person("Johanna Lindqvist", [span(text, "Johanna Lindqvist")])] if "Johanna Lindqvist" in text else [],
    )
    return ReviewRecord(
        text=text,
        source=Source(kind="text", sha256=hashlib.sha256(text.encode()).hexdigest()),
        language="de",
        is_review=Confidence(True, 0.95),
        film=film,
        verdict=verdict,
    )


def csrf_of(client: object) -> str:
    """Load a page once so the client holds the CSRF cookie, and return the token."""
    client.get("/read")  # type: ignore[attr-defined]
    token = client.cookies.get("fk_csrf")  # type: ignore[attr-defined]
    assert token, "pages set a CSRF cookie"
    return str(token)
