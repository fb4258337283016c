"""Titles round 23: the reviewed film's title over a programme's or a column's name ("WEEKEND MATINEE with <host>"
signed off with "You're listening to ..."; "FILMRISS – die Kinokolumne" with "Jede Woche stellt FILMRISS ..."), and
over a byline's outlet ("Filed by X for The Lantern Review", "Von X für den Weserblick"). Invented pages, fictional
people, films, programmes and outlets."""

from __future__ import annotations

import pytest

from filmkritik import read_text


def _title(text: str) -> str | None:
    film = read_text(text).film
    return film.title.text if film.title else None


_RADIO = """{heading}
Coastline Public Radio · Programme transcript

OKAFOR-LIND: Welcome back. This morning our critic Desmond Rayburn-Achterberg has been to see "The Ferryman's Daughter", the new drama from Ilse Vandekamp. Desmond, what did you think?

RAYBURN-ACHTERBERG: I liked it a great deal. It is set on a river crossing in the Fens in the nineteen-fifties, and it follows a young woman who takes over her father's ferry after he falls ill. Tamsin Oyelaran-Firth plays her, and she is terrific.

OKAFOR-LIND: Any reservations?

RAYBURN-ACHTERBERG: The last act is rushed. But Vandekamp shoots the river beautifully.

OKAFOR-LIND: Desmond Rayburn-Achterberg on "The Ferryman's Daughter," which opens on Friday. {sign_off}
"""


@pytest.mark.parametrize(
    ("heading", "sign_off"),
    [
        ("SUNDAY SCREENING ROOM with Marguerite Okafor-Lind", "You're listening to Sunday Screening Room."),
        ("SUNDAY SCREENING ROOM with Marguerite Okafor-Lind", "This is Sunday Screening Room."),
        ("SUNDAY SCREENING ROOM", "This is Sunday Screening Room. Sunday Screening Room is broadcast every week."),
        (
            "Sunday Screening Room, presented by Marguerite Okafor-Lind",
            "Thanks for listening to Sunday Screening Room!",
        ),
    ],
)
def test_programme_name_with_host_and_sign_off_is_not_the_film(heading: str, sign_off: str) -> None:
    assert _title(_RADIO.format(heading=heading, sign_off=sign_off)) == "The Ferryman's Daughter"


def test_german_column_named_on_its_line_and_in_its_routine() -> None:
    page = (
        "FILMRISS – die Kinokolumne\n"
        "Heute: „Der Lotse von Brunsbüttel“\n\n"
        "Jede Woche stellt FILMRISS einen Film vor, der es verdient hat. Diesmal ist es ein kleines, raues Drama über "
        "einen Lotsen auf der Elbe, der nach einem Unfall seine Lizenz verliert. Regisseur Okke Hansen-Mbatha erzählt "
        "davon nüchtern und genau, und Tjark Osterloh-Kaya spielt den Lotsen Harm.\n\n"
        "Der Film hat Längen, aber die letzten zwanzig Minuten sind großartig. FILMRISS meint: unbedingt ansehen.\n"
    )
    assert _title(page) == "Der Lotse von Brunsbüttel"


def test_german_programme_with_host() -> None:
    page = (
        "KINOZEIT mit Jana Brettschneider-Okoro\n"
        "Radio Weserland · Sendemanuskript\n\n"
        "BRETTSCHNEIDER-OKORO: Unser Kritiker Till Ommerborn hat sich „Die Möwenwirtin“ angesehen, den neuen Film von "
        "Gesa Thiessen-Adu. Wie war es?\n\n"
        "OMMERBORN: Sehr schön. Eine Wirtin auf Amrum kämpft um ihre Kneipe, und Hanne Lütjens spielt sie großartig.\n\n"
        "BRETTSCHNEIDER-OKORO: Till Ommerborn über „Die Möwenwirtin“. Sie hören KINOZEIT.\n"
    )
    assert _title(page) == "Die Möwenwirtin"


_DISPATCH = """CROSSROADS FILM WEEK — DAY THREE
{byline}

Dispatch: A Portuguese road movie earns the week's first standing ovation

Three days in, the festival finally has its talking point. "The Long Way to Faro", the second feature from the Lisbon director Benedita Sarmento-Vaz, screened on Monday night and sent a packed house out into the rain smiling.

The film follows two estranged brothers who drive their mother's ashes from Porto to the Algarve. Duarte Albuquerque-Reis plays the elder, a tightly wound accountant. Their bickering is very funny.

Sarmento-Vaz has a gift for landscape and for silence.
"""


@pytest.mark.parametrize(
    "byline",
    [
        "Filed by Perpetua Oyewole-Strand for The Lantern Review",
        "By Perpetua Oyewole-Strand, The Lantern Review",
        "Reviewed by Perpetua Oyewole-Strand | The Lantern Review",
        "Words by Perpetua Oyewole-Strand for Harbour Film Review",
    ],
)
def test_byline_outlet_is_not_the_film(byline: str) -> None:
    assert _title(_DISPATCH.format(byline=byline)) == "The Long Way to Faro"


def test_german_byline_outlet_is_not_the_film() -> None:
    page = (
        "Von Jasper Kowalczyk-Brandt für die Weserblick Filmkritik\n\n"
        "In „Salzwiesen“ geht es um einen alten Schäfer an der Nordseeküste, der seinen Hof an einen Investor "
        "verkaufen soll und sich weigert. Regisseur Mattis Oldenkott-Faye inszeniert das mit großer Geduld.\n\n"
        "Hinrich Deelwater spielt den Schäfer Jakob mit wortkarger Würde. Ein kleiner, sehr schöner Film.\n"
    )
    assert _title(page) == "Salzwiesen"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # a film whose title opens like a byline, or holds "with": a title all the same
        ("By the Salt Marsh review", "By the Salt Marsh"),
        ("Von Menschen und Möwen", "Von Menschen und Möwen"),
        ("Supper with Agatha Penhallow", "Supper with Agatha Penhallow"),
    ],
)
def test_titles_shaped_like_bylines_or_hosts_stay(heading: str, title: str) -> None:
    page = (
        f"{heading}\n\n"
        f"{title} is a gentle, funny film about a retired schoolteacher who opens a tea room on the coast and finds "
        "that the village has opinions about everything. Directed by Cressida Ambler-Nwosu, it is slight but warm.\n\n"
        f"{title} opens on Friday.\n"
    )
    assert _title(page) == title


@pytest.mark.parametrize(
    ("heading", "schedule"),
    [
        ("Weekend Reel", "Weekend Reel appears every Friday."),
        ("Weekend Reel", "Weekend Reel returns next week with the Christmas releases."),
        ("Weekend Reel", "Weekend Reel is published weekly."),
    ],
)
def test_column_name_with_its_schedule_is_not_the_film(heading: str, schedule: str) -> None:
    page = (
        "THE MERIDIAN GAZETTE\nArts & Culture › Film\n\n"
        f"{heading}\nOur critic on the week's biggest release\n\n"
        'Nobody expected much from "Quarry Lights", a low-budget horror film about three teenagers trapped in a '
        "flooded slate quarry overnight, and it turns out to be the best genre film of the year. Director Anselm "
        "Rooke-Bayliss keeps the scares practical.\n\n"
        f"Jolyon Ashcombe-Pryor is terrific as the eldest, Bertie.\n\n{schedule}\n"
    )
    assert _title(page) == "Quarry Lights"


def test_german_column_with_its_schedule_is_not_the_film() -> None:
    page = (
        "Filmfenster\nVon Annelie Brockhaus-Mensah\n\n"
        "Niemand hat viel von „Die Schleusenwärterin“ erwartet, einem kleinen Drama über eine Frau, die an einer "
        "Moselschleuse arbeitet. Regisseurin Wiebke Tammen-Osei erzählt das mit großer Ruhe.\n\n"
        "Filmfenster erscheint jeden Donnerstag.\n"
    )
    assert _title(page) == "Die Schleusenwärterin"
