"""Resolution: the same team's other film is another film; one film's local and original titles are one.

Invented films and people (robustness audit 23, item 4): a shared director and two shared actors merged any two
titles, a sequel and the team's next film included.
"""

from __future__ import annotations

import pytest

# --- the same team's other film is another film; one film's local and original titles are one ------------------

TEAM = ("Ruth Albrecht",)
PLAYERS = (("Mira Tenholt", "Greta"), ("Jonas Ebersberg", "Paul"))


@pytest.fixture
def kb():  # type: ignore[no-untyped-def]
    from filmkritik.kb import KnowledgeBase

    with KnowledgeBase.open("sqlite://") as base:
        yield base


def _film(kb, title: str, **kwargs: object) -> int:  # type: ignore[no-untyped-def]
    from kb_support import record

    film_id = kb.add_record(record(title, directors=TEAM, **kwargs)).film_id  # type: ignore[arg-type]
    assert film_id is not None
    return int(film_id)


def test_two_titles_in_one_language_by_the_same_team_are_two_films(kb) -> None:  # type: ignore[no-untyped-def]
    # Merged before: a shared director and two shared actors joined any two titles.
    first = _film(kb, "Die Nacht der Gaukler", cast=PLAYERS)
    other = _film(kb, "Sommer in Malgarten", cast=PLAYERS)
    sequel = _film(kb, "Die Rückkehr der Gaukler", actors=("Mira Tenholt", "Jonas Ebersberg"))
    assert len({first, other, sequel}) == 3


def test_the_same_players_in_other_parts_are_another_film(kb) -> None:  # type: ignore[no-untyped-def]
    first = _film(kb, "Die Nacht der Gaukler", cast=PLAYERS)
    english = _film(
        kb, "Summer at Malgarten", cast=(("Mira Tenholt", "Lotte"), ("Jonas Ebersberg", "Ben")), language="en"
    )
    assert first != english


def test_a_film_under_its_local_and_its_original_title_is_one_film(kb) -> None:  # type: ignore[no-untyped-def]
    german = _film(kb, "Die Nacht der Gaukler", cast=PLAYERS)
    original = _film(
        kb, "Circus of the Night", cast=(("Mira Tenholt", "Greta Holm"), ("Jonas Ebersberg", "Paul")), language="en"
    )
    unnamed_parts = _film(kb, "Circus of the Night", actors=("Mira Tenholt", "Jonas Ebersberg"), language="en")
    assert german == original == unnamed_parts
    # Once the film has a German and an English title, a new title in either is another film.
    assert _film(kb, "Sommer in Malgarten", cast=PLAYERS) != german
    assert _film(kb, "Summer at Malgarten", cast=PLAYERS, language="en") != german
