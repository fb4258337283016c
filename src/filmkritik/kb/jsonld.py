"""schema.org JSON-LD: a film as a Movie with its critics' reviews and the aggregate rating."""

from __future__ import annotations

from typing import Any

CONTEXT = "https://schema.org"


def _person(name: str, nconst: str | None) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": name}
    if nconst:
        person["sameAs"] = f"https://www.imdb.com/name/{nconst}/"
    return person


def _actor(credit: dict[str, Any]) -> dict[str, Any]:
    person = _person(credit["actor"], credit.get("nconst"))
    if not credit.get("character"):
        return person
    # schema.org's way to say who played whom: the actor wrapped in a PerformanceRole.
    return {"@type": "PerformanceRole", "actor": person, "characterName": credit["character"]}


def critic_review(review: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "CriticReview"}
    if review.get("critic"):
        item["author"] = {"@type": "Person", "name": review["critic"]}
    elif review.get("outlet"):
        item["author"] = {"@type": "Organization", "name": review["outlet"]}
    if review.get("outlet"):
        item["publisher"] = {"@type": "Organization", "name": review["outlet"]}
    if review.get("published"):
        item["datePublished"] = review["published"]
    if review.get("url"):
        item["url"] = review["url"]
    if review.get("score") is not None:
        item["reviewRating"] = {
            "@type": "Rating",
            "ratingValue": round(review["score"], 1),
            "bestRating": 100,
            "worstRating": 0,
        }
    if review.get("pull_quote"):
        item["reviewBody"] = review["pull_quote"]
    if review.get("language"):
        item["inLanguage"] = review["language"]
    return item


def movie(film: dict[str, Any]) -> dict[str, Any]:
    """``film`` is :meth:`KnowledgeBase.get_film` output."""
    data: dict[str, Any] = {"@context": CONTEXT, "@type": "Movie", "name": film["title"]}
    alternates = [t["title"] for t in film.get("titles", []) if t["title"] != film["title"]]
    if alternates:
        data["alternateName"] = alternates
    if film.get("year"):
        data["dateCreated"] = str(film["year"])
    if film.get("tconst"):
        data["sameAs"] = f"https://www.imdb.com/title/{film['tconst']}/"
    directors = film.get("director_people") or [{"name": n, "nconst": None} for n in film.get("directors", [])]
    if directors:
        data["director"] = [_person(d["name"], d.get("nconst")) for d in directors]
    if film.get("cast"):
        data["actor"] = [_actor(c) for c in film["cast"]]
    reviews = film.get("reviews", [])
    if reviews:
        data["review"] = [critic_review(r) for r in reviews]
    aggregate = film.get("aggregate") or {}
    if aggregate.get("score") is not None:
        data["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": aggregate["score"],
            "bestRating": 100,
            "worstRating": 0,
            "ratingCount": aggregate.get("scored_reviews", 0),
            "reviewCount": aggregate.get("reviews", len(reviews)),
        }
    return data
