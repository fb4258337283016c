"""English credits, round 24: another film's director's possessive is no part ("Ana Ruiz's Kansas drama"), a
listing's day, time or channel in brackets is no performer ("(Thursday)", "(Sat 8pm)", "(BBC Two)"), a festival
report's list of other films with "(dir. X)" gives no director of the reviewed film, and a part named in full
earlier keeps its full name when the pairing uses the short one. Invented pages, fictional people and films."""

from __future__ import annotations

import pytest

from filmkritik import read_text
from filmkritik.model import CastCredit
from filmkritik.read.credits import full_roles_en


def _read(text: str) -> tuple[set[tuple[str, str]], set[str], set[str]]:
    film = read_text(text).film
    return (
        {(c.character, c.actor) for c in film.cast},
        {a.name for a in film.actors},
        {d.name for d in film.directors},
    )


_FRAME = """Marrow Creek review

Marrow Creek is a patient, gritty drama about a drought-stricken ranch. Director Odile Vantongeren-Baptiste keeps it tight.

{sentence}

Marrow Creek opens Friday.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Its nearest cousin is last year's \"Winter Rye,\" Inga Solvang-Pike's Nebraska drama, which found a small audience.",
        "Think of Inga Solvang-Pike's Lisbon-set thriller from two years ago, with less plot.",
        "Like Inga Solvang-Pike's Texas movie, it is in no hurry.",
    ],
)
def test_another_directors_possessive_is_no_part(sentence: str) -> None:
    cast, actors, _ = _read(_FRAME.format(sentence=sentence))
    assert not any(actor == "Inga Solvang-Pike" for _, actor in cast)
    assert "Inga Solvang-Pike" not in actors


@pytest.mark.parametrize(
    "listing",
    [
        "ALSO AT THE ROXY THIS WEEK: The Drover's Return (Thursday); a 35mm print of Copper Sky (Sunday matinee).",
        "Also showing: Copper Sky (Sat 8pm) and The Drover's Return (Fri & Sat, 7.30pm).",
        "ON TV: The Drover's Return (BBC Two, 9pm).",
    ],
)
def test_listing_slots_in_brackets_are_no_performers(listing: str) -> None:
    cast, actors, _ = _read(_FRAME.format(sentence="Fenella Ostrowska-Grey plays the rancher, Mae.") + "\n" + listing)
    assert not any(w in " ".join(actors) for w in ("Thursday", "Sunday", "Sat", "BBC", "Fri"))
    assert not any(actor.split()[0] in ("Thursday", "Sunday", "Sat", "BBC", "Fri") for _, actor in cast)


def test_festival_highlights_list_gives_no_director_of_the_reviewed_film() -> None:
    page = (
        "BRAMBLEFORD FILM FESTIVAL — DAY 4\n\n"
        "Copper Sky finds its feet late, but finds them\n\n"
        "By Ottoline Reyes-Hartmann\n\n"
        "The Tuesday slot belonged to Lorcan Abernathy-Sy's Copper Sky, a frontier drama that takes an hour to get "
        "going. Copper Sky is better than its first act, and Fenella Ostrowska-Grey is terrific as the widow Mae.\n\n"
        "Highlights so far:\n"
        "The Lantern Men (dir. Priya Oduya-Strand)\n"
        "Copper Sky (dir. Lorcan Abernathy-Sy)\n"
        "Salt Wives (directed by Henrike Moll-Aziz)\n"
    )
    _, _, directors = _read(page)
    assert directors == {"Lorcan Abernathy-Sy"}


@pytest.mark.parametrize(
    ("sentence", "director"),
    [
        ("Copper Sky is the new film from director Lorcan Abernathy-Sy.", "Lorcan Abernathy-Sy"),
        ("Copper Sky, Lorcan Abernathy-Sy's latest, is a slow burn.", "Lorcan Abernathy-Sy"),
        ("Copper Sky is the new film by Lorcan Abernathy-Sy, and his best.", "Lorcan Abernathy-Sy"),
    ],
)
def test_own_director_still_read(sentence: str, director: str) -> None:
    page = f"Copper Sky review\n\n{sentence} Fenella Ostrowska-Grey plays the widow Mae.\n\nCopper Sky opens Friday.\n"
    assert director in _read(page)[2]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "The night clerk, Anselm Varga, is introduced in a long tracking shot. Anselm is played by Dorian "
            "Achterberg-Sy, who has the cheekbones for the part.",
            ("Anselm", "Dorian Achterberg-Sy"),
        ),
        (
            "Sheriff Wilhelmina Corr runs the county alone. Tilda Marsh-Oyelaran plays Corr with a bad knee and a "
            "worse temper.",
            ("Corr", "Tilda Marsh-Oyelaran"),
        ),
        ("Tilda Marsh-Oyelaran's weary Wilhelmina carries the film.", ("Wilhelmina", "Tilda Marsh-Oyelaran")),
        ("Dorian Achterberg-Sy, who plays Anselm, is the film's quiet centre.", ("Anselm", "Dorian Achterberg-Sy")),
        (
            "The film stars Tilda Marsh-Oyelaran as Wilhelmina and Dorian Achterberg-Sy as Anselm.",
            ("Wilhelmina", "Tilda Marsh-Oyelaran"),
        ),
    ],
)
def test_english_pairings(sentence: str, pair: tuple[str, str]) -> None:
    cast, _, _ = _read(_FRAME.format(sentence=sentence))
    assert pair in cast


@pytest.mark.parametrize(
    ("text", "part", "full"),
    [
        (
            "The night clerk, Anselm Varga, is introduced early. Anselm is played by Dorian Achterberg-Sy.",
            "Anselm",
            "Anselm Varga",
        ),
        (
            "Sheriff Wilhelmina Corr runs the county. Tilda Marsh-Oyelaran plays Corr.",
            "Corr",
            "Sheriff Wilhelmina Corr",
        ),
        # two longer forms ("Anselm Varga", "Anselm Okafor-Lind"): the text names two people, the part stays as written
        (
            "Anselm Varga and his cousin Anselm Okafor-Lind argue. Anselm is played by Dorian Achterberg-Sy.",
            "Anselm",
            "Anselm",
        ),
    ],
)
def test_full_role_names_when_switched_on(text: str, part: str, full: str) -> None:
    # off by default (lang/en/credits.py FULL_ROLE_NAMES): the golds disagree on the convention
    cast = [CastCredit(part, "Dorian Achterberg-Sy")]
    full_roles_en.complete(text, cast, {"Dorian Achterberg-Sy", "Tilda Marsh-Oyelaran"})
    assert cast[0].character == full
