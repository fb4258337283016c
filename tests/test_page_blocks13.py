"""Page blocks, round 13: a sidebar of teasers above the article with no box heading, told by its marks."""

from __future__ import annotations

from filmkritik.read.page_blocks import mask

_REVIEW = (
    "Die Reise der Schwalben\nEin Vogelfilm über Abschiede\n\nVon Karla Emde\n\n"
    "Die Reise der Schwalben folgt einem Schwarm von Brandenburg bis nach Ghana, und Regisseurin Tessa Wiegand "
    "findet dafür Bilder, die man so noch nicht gesehen hat. Der Kommentar ist zurückhaltend, die Musik auch. "
    "Ein schöner, kluger Dokumentarfilm.\n"
)


def _masked_lines(text: str) -> list[str]:
    masked = mask(text)
    assert len(masked) == len(text)  # offsets stay valid
    return [a for a, b in zip(text.split("\n"), masked.split("\n"), strict=True) if a != b]


def test_dated_teasers_above_the_article_are_masked() -> None:
    teasers = (
        "Die besten Kinderfilme des Jahres\n12.11.2026\nNeu im Stream: Drei Krimis aus Wien\n11.11.2026\n"
        "Warum Filmmusik wieder orchestral klingt\n10.11.2026\n\n"
    )
    assert _masked_lines(teasers + _REVIEW) == [
        "Die besten Kinderfilme des Jahres",
        "12.11.2026",
        "Neu im Stream: Drei Krimis aus Wien",
        "11.11.2026",
        "Warum Filmmusik wieder orchestral klingt",
        "10.11.2026",
    ]


def test_arrowed_teasers_with_read_more_are_masked() -> None:
    teasers = (
        "› Twelve comedies that aged badly  Read more\n› The secret life of a projectionist  Read more\n"
        "› Our favourite festival posters  Read more\n\n"
    )
    masked = _masked_lines(teasers + _REVIEW)
    assert len(masked) == 3
    assert all(line.startswith("›") for line in masked)


def test_a_review_head_without_marks_is_left_alone() -> None:
    """Title, subtitle and byline lines carry no teaser marks: nothing of the review is masked."""
    assert _masked_lines(_REVIEW) == []
    head = "Kino\nDie Reise der Schwalben: Kritik\nEin Dokumentarfilm über Zugvögel und Abschiede\n\n"
    assert _masked_lines(head + _REVIEW) == []
