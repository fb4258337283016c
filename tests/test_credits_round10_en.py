"""English cast and director phrasings of credits round 10 (invented sentences, fictional people), each rule with a
trap that must not pair: a part named only by a noun after a judgement or a showing up, copulas either way round,
"gets a ... turn from X", "in the hands of X", "respectively" lists with the parts first, role-first sentences with an
apposition, "(dir. X)", hyphenated descriptions before a director noun, round-ups' other films.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_credits import actors, cast, read_credits
from test_credits_round8 import _score

GEN10 = Path(__file__).resolve().parent / "fixtures" / "credits" / "en-generalisation10.jsonl"
GEN10B = Path(__file__).resolve().parent / "fixtures" / "credits" / "en-generalisation10b.jsonl"

CASES = [
    # (text, expected pairs, expected actors or None)
    # a part described only by a noun, after a judgement or a showing up: the performer, no pair ...
    ("Oona Castellane is heartbreaking as the widow next door.", set(), {"Oona Castellane"}),
    ("Mirela Stanciu turns up late on as a nosy census taker.", set(), {"Mirela Stanciu"}),
    ("Bastien Royer, as their eldest son, barely speaks.", set(), {"Bastien Royer"}),
    ("There is a lovely cameo from Imke Dahlgren as a ferry pilot.", set(), {"Imke Dahlgren"}),
    # ... but not what a character is known as, nor an influence
    ("Lucinda Marlowe is known as the best cook in the valley.", set(), set()),
    ("The screenplay cites Wendell Haskins as an influence.", set(), set()),
    # a given name an apposition describes, after "is"
    ("Ruben Estrada is Earl, the night clerk, and he is very funny.", {("Earl", "Ruben Estrada")}, {"Ruben Estrada"}),
    # the part first: "<part> is <performer>"
    (
        "Her landlord and sometime suitor Amos is Teodor Vasile, who steals every scene.",
        {("Amos", "Teodor Vasile")},
        {"Teodor Vasile"},
    ),
    (
        "The smuggler, a charmer called Rafe, is Dominic Ashe-Kirby, chewing the scenery.",
        {("Rafe", "Dominic Ashe-Kirby")},
        {"Dominic Ashe-Kirby"},
    ),
    ("Her sister, Ilse, is Katrin Aas, an Estonian actress of great poise.", {("Ilse", "Katrin Aas")}, None),
    # ... not two full names, nor a performer's surname before the part's full name
    ("Walter Brink is Hank Dillon's brother.", set(), set()),
    (
        "Greta Lindqvist stars. Lindqvist is Marianne Holt, a pianist who has stopped playing.",
        {("Marianne Holt", "Greta Lindqvist")},
        {"Greta Lindqvist"},
    ),
    # "gets a ... turn from X", "in the hands of X"
    (
        "The village priest, Father Anselm, gets a wry, weary turn from Colm Treacy.",
        {("Father Anselm", "Colm Treacy")},
        {"Colm Treacy"},
    ),
    ("Her mother gets a steely turn from Ines Albuquerque.", set(), {"Ines Albuquerque"}),
    (
        "The explorer Sir Walter Pike is in the capable hands of Rhys Penberthy, who makes him funny.",
        {("Sir Walter Pike", "Rhys Penberthy")},
        {"Rhys Penberthy"},
    ),
    ("The whole production was in the hands of Morwenna Tait, a first-time director.", set(), set()),
    # a voice lent to a part described first
    (
        "Ottilie Marsh lends her husky voice to the heroine, a mole named Pennywhistle.",
        {("Pennywhistle", "Ottilie Marsh")},
        {"Ottilie Marsh"},
    ),
    # "respectively" with the parts first ...
    (
        "Her daughters are Ivy and Wren, and Hannah Loe and Beatrix Okafor play them respectively.",
        {("Ivy", "Hannah Loe"), ("Wren", "Beatrix Okafor")},
        {"Hannah Loe", "Beatrix Okafor"},
    ),
    (
        "The twins, Lark and Finch, played respectively by Noor Haddad and Saoirse Dunne, barely speak.",
        {("Lark", "Noor Haddad"), ("Finch", "Saoirse Dunne")},
        None,
    ),
    (
        "As Ivo and Mattias, Jonas Berg and Elias Lund are, respectively, sly and sweet.",
        {("Ivo", "Jonas Berg"), ("Mattias", "Elias Lund")},
        None,
    ),
    # ... and without it, two lists link nobody (the gold conventions), adjectives or not
    (
        "The cousins – prim Ada, loud Bea and shy Cleo – are played by Anna Fisk, Marit Holm and Lene Dahl.",
        set(),
        {"Anna Fisk", "Marit Holm", "Lene Dahl"},
    ),
    # role first, with an apposition on either side
    (
        "As the innkeeper, a widower named Bartholomew, Elias Thorne is wonderfully gruff.",
        {("Bartholomew", "Elias Thorne")},
        {"Elias Thorne"},
    ),
    (
        "As the ferryman, Jory, the veteran stage actor Piet Halvorsen gives the film its spine.",
        {("Jory", "Piet Halvorsen")},
        {"Piet Halvorsen"},
    ),
    # a performer between dashes after the part
    (
        "Her fixer Lazlo – a never-better Petra Novakova – keeps the plot moving.",
        {("Lazlo", "Petra Novakova")},
        {"Petra Novakova"},
    ),
    # a "named" part belongs to the performer right before it, not to one further back
    (
        "There are fine turns from Hollis Grant, as the sheriff's wife, Mae, and Dev Anand-Price, as a drifter named "
        "Lucky.",
        {("Mae", "Hollis Grant"), ("Lucky", "Dev Anand-Price")},
        {"Hollis Grant", "Dev Anand-Price"},
    ),
    # two performers "as" a description and two parts: both perform, no pair without "respectively"
    (
        "Kwame Asante and Nia Long-Baptiste star as estranged siblings Kofi and Ama.",
        set(),
        {"Kwame Asante", "Nia Long-Baptiste"},
    ),
    # a cast list after "Also in the cast are", "Rounding out the cast are"
    ("Also in the cast are Ruth Engel, Paolo Sarti and Mina Osei.", set(), {"Ruth Engel", "Paolo Sarti", "Mina Osei"}),
    ("Rounding out the cast are Ruth Engel and Paolo Sarti.", set(), {"Ruth Engel", "Paolo Sarti"}),
    # a comparison, no part: "as does composer X"
    ("Editor Sam Vance deserves credit, as does composer Ellis Hartmann.", set(), set()),
    # an aside that is no part: "as his last chance", "as her students agree"
    ("The professor turns to his old friend, Ruben Castellano, as his last chance.", set(), set()),
    # "plays him" after someone brought in with no name: that one, not the last name
    (
        "The film invents a romance for Ingrid with a shy lighthouse keeper, and Tobias Renn plays him tenderly.",
        set(),
        {"Tobias Renn"},
    ),
]


@pytest.mark.parametrize(("text", "pairs", "performers"), CASES)
def test_round10_phrasing(text: str, pairs: set[tuple[str, str]], performers: set[str] | None) -> None:
    record = read_credits(text, title="Sturmzeit")
    assert cast(record) == pairs
    if performers is not None:
        assert actors(record) == performers


DIRECTOR_CASES = [
    ("NIGHT FERRY (dir. Orsolya Bánki)\n\nposted Sunday", "Orsolya Bánki"),
    ("It is the debut feature from Lagos-born, Berlin-based director Chidi Okonkwo-Brandt.", "Chidi Okonkwo-Brandt"),
    ("It is the second feature from Korean-Canadian filmmaker Mina Park-Ellison.", "Mina Park-Ellison"),
    ("The Swiss-Italian helmer Annik Brunner keeps it all at a whisper.", "Annik Brunner"),
    ("It is Annik Brunner's quiet, patient, funny and finally devastating new film.", "Annik Brunner"),
    ("Sturmzeit, Annik Brunner's austere chamber piece, is set in one room.", "Annik Brunner"),
    # a festival list's "Title (Director, Country)"
    ("Night Ferry (Marta Brunner, Switzerland) is the section's best film.", "Marta Brunner"),
]


def test_siblings_who_direct() -> None:
    """ "The Mulcahy sisters, Deirdre and Aoife, directed ...": both direct; not siblings who make cheese."""
    made = read_credits(
        "The Ferrante brothers (Luca and Dario, for the record) have been making cheap horror films for years.",
        title="Sturmzeit",
    )
    assert {d.name for d in made.film.directors} == {"Luca Ferrante", "Dario Ferrante"}
    cheese = read_credits("The film follows the Ferrante brothers, Luca and Dario, who make cheese in Umbria.")
    assert cheese.film.directors == []


NO_DIRECTOR_CASES = [
    # a possessor's book or another noun phrase before "the movie" makes no director
    "Based on Margaret Ellory's record-setting 1936 book, the movie is a richly textured saga.",
    "Carl Weylander's lush sets, the film's best feature, won an award.",
]


@pytest.mark.parametrize("text", NO_DIRECTOR_CASES)
def test_round10_no_director(text: str) -> None:
    assert read_credits(text, title="Sturmzeit").film.directors == []


@pytest.mark.parametrize(("text", "director"), DIRECTOR_CASES)
def test_round10_directors(text: str, director: str) -> None:
    record = read_credits(text, title="Night Ferry" if text.startswith("Night Ferry") else "Sturmzeit")
    assert [d.name for d in record.film.directors] == [director]


def test_a_round_ups_other_film_casts_nobody() -> None:
    """ "Also new this week: <film> ... stars X" and '"<film>," in which X plays' are other films' casts."""
    text = (
        "Night Ferry is a small marvel, and Hedda Voss plays the lighthouse keeper, Inga, beautifully.\n\n"
        "Also new this week: Salt Road, which I have not seen, stars Dorian Vale as a retired jockey."
    )
    record = read_credits(text, title="Night Ferry")
    assert cast(record) == {("Inga", "Hedda Voss")} and actors(record) == {"Hedda Voss"}
    other = read_credits(
        'It was a relief after "Glass Harbour," in which Ferdinand Ruiz plays a dentist. '
        "In Night Ferry, Hedda Voss plays Inga.",
        title="Night Ferry",
    )
    assert actors(other) == {"Hedda Voss"}


def test_a_numbered_round_up_heading_is_no_cast() -> None:
    """ "5. The Long Field (Arcadia)": a list number, a film and its platform in parentheses."""
    record = read_credits(
        "Save it for a flight.\n\n5. The Long Field (Arcadia)\n\nOur pick of the week: a documentary."
    )
    assert cast(record) == set() and actors(record) == set()


def test_hyphenated_parts_and_ranks_in_a_cast_list_stay_parts() -> None:
    """A given name with a lower-case second part ("Ji-woo") is a part, not a description like "Accra-born"; so are
    a rank after a word ("Head Constable") and a kinship word alone ("Granny")."""
    record = read_credits("Cast: Denis Okafor (Head Constable), Kim Ha-neul (Ji-woo).")
    assert cast(record) == {("Head Constable", "Denis Okafor"), ("Ji-woo", "Kim Ha-neul")}
    # a kinship word alone is the part's name
    assert cast(read_credits("Kitty Karlsson plays Granny, the family matriarch.")) == {("Granny", "Kitty Karlsson")}


def test_countries_of_production_are_no_performer() -> None:
    record = read_credits(
        "The Weight of Snow (Switzerland-Italy, 2026)\nDirector: Annik Brunner", title="The Weight of Snow"
    )
    assert actors(record) == set() and cast(record) == set()


def test_round10_set_keeps_its_scores() -> None:
    """The 20 invented pages written and scored before round 10 (on the final gold, the round's start reader: cast
    0.744, actors 0.788, directors 0.905); floors just under the round's end, which flatters (the rules were written
    with these misses in view)."""
    scores = _score(GEN10)
    assert scores["cast"][2] >= 0.93 and scores["cast"][0] >= 0.95
    assert scores["actors"][2] >= 0.95
    assert scores["directors"][2] >= 0.95


def test_round10b_set_keeps_its_first_run() -> None:
    """The 10 invented pages written before the round's last change and scored once with the round's final code (cast
    0.722, actors 0.879, directors 0.952; round start 0.686 / 0.794 / 0.857): floors at that first run, so later
    rounds may raise them but not fall below (its misses are left open, see the README's "still weak")."""
    scores = _score(GEN10B)
    assert scores["cast"][2] >= 0.72
    assert scores["actors"][2] >= 0.87
    assert scores["directors"][2] >= 0.95
