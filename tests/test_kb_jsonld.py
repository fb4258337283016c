"""schema.org JSON-LD for a film: Movie, director, PerformanceRole, CriticReview, AggregateRating."""

from __future__ import annotations

from pathlib import Path

from filmkritik.kb import KnowledgeBase, ReviewHints
from kb_support import record


def test_movie_jsonld_has_the_schema_org_shape(tmp_path: Path):
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        for n, score in enumerate((80, 60, 70, 90)):
            result = kb.add_record(
                record(
                    "Die Kranichinsel",
                    original="Crane Island",
                    directors=("Jola Marek",),
                    year=2022,
                    score=score,
                    cast=(("Ines Falk", "Mara"),),
                    actors=("Olaf Brink",),
                ),
                ReviewHints(critic=f"Kritiker {n}", outlet=f"Blatt {n}", published=f"2022-03-0{n + 1}"),
            )
        ld = kb.film_jsonld(result.film_id)
        assert kb.film_jsonld(9999) is None
    assert ld["@context"] == "https://schema.org" and ld["@type"] == "Movie"
    assert ld["name"] == "Die Kranichinsel" and "Crane Island" in ld["alternateName"]
    assert ld["director"] == [{"@type": "Person", "name": "Jola Marek"}]
    roles = [a for a in ld["actor"] if a["@type"] == "PerformanceRole"]
    assert roles == [
        {"@type": "PerformanceRole", "actor": {"@type": "Person", "name": "Ines Falk"}, "characterName": "Mara"}
    ]
    assert {"@type": "Person", "name": "Olaf Brink"} in ld["actor"]
    review = ld["review"][0]
    assert review["@type"] == "CriticReview"
    assert review["reviewRating"]["bestRating"] == 100 and review["reviewRating"]["worstRating"] == 0
    assert review["author"]["name"].startswith("Kritiker") and review["publisher"]["@type"] == "Organization"
    assert review["datePublished"].startswith("2022-03")
    assert ld["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 75.0,
        "bestRating": 100,
        "worstRating": 0,
        "ratingCount": 4,
        "reviewCount": 4,
    }
