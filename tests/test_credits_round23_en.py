"""Credits round 23, English directors: the ways critics name the reviewed film's director ("director X's ...", "X's
new film", "X's latest", "from director X", "helmed by X", "X directs", "the director, X,"), possessives after
another job ("novelist X's latest", "producer X's new film": no director), and a listing of other films under the
review ("ALSO ON", "OUR PICK TONIGHT", "Also showing", "More reviews") whose "Directed by" and "Starring" credit those
films. Invented sentences and pages, fictional people and films only."""

from __future__ import annotations

import pytest

from filmkritik import read_text

_FILM = (
    "“The Lantern Keepers” is a patient drama about two sisters who run a lighthouse hostel on the Pembrokeshire "
    "coast and fall out over whether to sell it. It is beautifully shot and never in a hurry. "
)
_CLOSE = " Rhiannon Ashgrove-Tate plays the elder sister, Bethan, with great restraint. The ending lands."
_DIRECTOR = "Ottoline Marchetti-Vance"


def _directors(text: str) -> list[str]:
    return [d.name for d in read_text(text).film.directors]


@pytest.mark.parametrize(
    "middle",
    [
        f"Director {_DIRECTOR}'s new film is her most personal yet.",
        f"{_DIRECTOR}'s new film is her most personal yet.",
        f"{_DIRECTOR}'s latest is her most personal yet.",
        f"{_DIRECTOR}’s latest feature is her most personal yet.",
        f"It is director {_DIRECTOR}'s second feature.",
        f"The real pleasure is director {_DIRECTOR}'s patience with her actors.",
        f"From director {_DIRECTOR}, it is a slow burn that pays off.",
        f"Helmed by {_DIRECTOR} with a sure hand, it never hurries.",
        f"The film is helmed by {_DIRECTOR}, who grew up on the coast.",
        f"{_DIRECTOR} directs with a light touch.",
        f"The director, {_DIRECTOR}, grew up in a lighthouse herself.",
        f"Its director, {_DIRECTOR}, grew up in a lighthouse herself.",
        f"Filmmaker {_DIRECTOR}'s eye for weather is remarkable.",
    ],
)
def test_director_phrasings(middle: str) -> None:
    assert _directors(_FILM + middle + _CLOSE) == [_DIRECTOR]


def test_director_possessive_before_the_unquoted_title() -> None:
    text = (
        f"In director {_DIRECTOR}'s The Lantern Keepers, two sisters fall out over a lighthouse. It is beautifully "
        "shot." + _CLOSE
    )
    assert _directors(text) == [_DIRECTOR]


@pytest.mark.parametrize(
    "middle",
    [
        # another job before the possessive: the work is theirs, the film is not
        f"Novelist {_DIRECTOR}'s latest is the source.",
        f"It is adapted from novelist {_DIRECTOR}'s latest.",
        f"Screenwriter {_DIRECTOR}'s new film is a different beast.",
        f"It is producer {_DIRECTOR}'s latest.",
        f"Cinematographer {_DIRECTOR}'s latest work is stunning.",
        f"The co-writer {_DIRECTOR}'s new film opens next month.",
    ],
)
def test_possessive_after_another_job_makes_no_director(middle: str) -> None:
    assert _directors(_FILM + middle + _CLOSE) == []


def test_possessive_after_another_job_leaves_the_credit() -> None:
    text = _FILM + f"Directed by Caspian Fairweather-Oyo. Producer {_DIRECTOR}'s latest is a departure." + _CLOSE
    assert _directors(text) == ["Caspian Fairweather-Oyo"]


def test_writer_director_possessive_directs() -> None:
    assert _directors(_FILM + f"Writer-director {_DIRECTOR}'s new film is a quiet triumph." + _CLOSE) == [_DIRECTOR]


_TV_PAGE = """EVENING VIEWING | Your guide to tonight's television

8:00 PM · Channel 6
The Lantern Keepers (2021)
★★★
Drama · 97 mins

Two sisters who run a lighthouse hostel on the Pembrokeshire coast fall out over whether to sell it. It is a
patient, beautifully shot film that never hurries, and the coast has rarely looked so wild.

Director Ottoline Marchetti-Vance keeps the camera low and the dialogue sparse. Rhiannon Ashgrove-Tate plays the
elder sister, Bethan, and Imelda Quist-Oyelaran is very good as the younger one, Carys.

{label}

10:40 PM · Film Channel
Wolves of Kettering (2009)
★★★★
Thriller · 112 mins
A disgraced detective returns to his home town to find his brother missing. Tense and grim. Starring Lorcan
Haverstock, Priya Venkataraman-Hale. Directed by Barnaby Ellesmere-Kwok.
"""


@pytest.mark.parametrize(
    "label", ["ALSO ON", "OUR PICK TONIGHT", "Also showing tonight:", "Later tonight", "ELSEWHERE"]
)
def test_listing_of_other_films_credits_them_not_the_review(label: str) -> None:
    record = read_text(_TV_PAGE.format(label=label))
    assert [d.name for d in record.film.directors] == ["Ottoline Marchetti-Vance"]
    actors = {a.name for a in record.film.actors}
    assert {"Rhiannon Ashgrove-Tate", "Imelda Quist-Oyelaran"} <= actors
    assert not actors & {"Lorcan Haverstock", "Priya Venkataraman-Hale"}


def test_listing_lines_after_a_festival_review() -> None:
    page = (
        "LOW TIDE — Review\n\n"
        '"Low Tide" opens on a beach at dawn, where a retired lifeguard named Edwina Marsh (Philippa Gathercole-Njoku) '
        "finds a wallet full of foreign banknotes and a photograph of herself as a young woman. What follows is a "
        "slippery, enjoyable mystery.\n\n"
        "Director Ulrike Thanhauser-Boyle's handling of the reveals is clever without being smug.\n\n"
        "ALSO SHOWING\n"
        "The Salt Kings (Directed by Horatio Wendt-Mabuza) — a documentary about the last salt farmers.\n"
        "Cold Iron (Directed by Sigrun Halvorsen-Achebe) — Norwegian folk horror, all fog and no scares.\n"
    )
    assert _directors(page) == ["Ulrike Thanhauser-Boyle"]


def test_listing_entry_of_the_reviewed_film_keeps_its_credit() -> None:
    """A TV guide's pick below another review that is the reviewed film itself: its credit is the film's."""
    page = (
        "Wolves of Kettering (2009)\n\n"
        "A disgraced detective returns to his home town to find his brother missing, and the town closes ranks "
        "against him. It is tense and grim and very well acted, and the last reel is a genuine shock.\n\n"
        "OUR PICK TONIGHT\n\n"
        "10:40 PM · Film Channel\nWolves of Kettering (2009)\nThriller · 112 mins\n"
        "Starring Lorcan Haverstock. Directed by Barnaby Ellesmere-Kwok.\n"
    )
    assert _directors(page) == ["Barnaby Ellesmere-Kwok"]


def test_listing_label_at_the_top_heads_the_review() -> None:
    """ "OUR PICK TONIGHT" over the review itself (no prose above it): its credits are the reviewed film's."""
    page = (
        "OUR PICK TONIGHT\n\n10:40 PM · Film Channel\nWolves of Kettering (2009)\nThriller · 112 mins\n\n"
        "A disgraced detective returns to his home town to find his brother missing. Directed by Barnaby "
        "Ellesmere-Kwok, it is tense and grim, and Lorcan Haverstock is superb as the detective.\n"
    )
    assert _directors(page) == ["Barnaby Ellesmere-Kwok"]


@pytest.mark.parametrize(
    "middle",
    [
        # the apposition closed by a dash or a bracket, not only a comma
        f"The writer-director, {_DIRECTOR} – no relation to the painter – clearly loves these people.",
        f"The director, {_DIRECTOR} (who grew up in Tenby), clearly loves these people.",
        # words between the film noun and "from"/"by", or a describing job word before the name
        f"It is the first film in nine years from {_DIRECTOR}, and it was worth the wait.",
        f"It is the first fiction feature by documentarian {_DIRECTOR}.",
        f"It is the new picture from veteran {_DIRECTOR}.",
        # "Directed" opening a sentence before an adverb
        f"Directed this time by {_DIRECTOR}, it picks up where the last one ended.",
    ],
)
def test_more_director_phrasings(middle: str) -> None:
    assert _directors(_FILM + middle + _CLOSE) == [_DIRECTOR]


@pytest.mark.parametrize(
    "middle",
    [
        # another film named right after the maker; another job in the apposition
        f"It is the first film in nine years from {_DIRECTOR}, “Cold Orchard”, that I disliked.",
        f"The producer, {_DIRECTOR} – a former banker – found the money.",
    ],
)
def test_more_director_phrasings_traps(middle: str) -> None:
    assert _directors(_FILM + "Directed by Caspian Fairweather-Oyo. " + middle + _CLOSE) == ["Caspian Fairweather-Oyo"]


@pytest.mark.parametrize(
    "other",
    [
        "Elsewhere, the Korean entry “Paper Mothers,” directed by Yoon Ha-rin, was warmly received.",
        "I also liked “Paper Mothers”, directed by Yoon Ha-rin.",
        'The week\'s other opening, "Paper Mothers" (2025), directed by Yoon Ha-rin, is weaker.',
    ],
)
def test_other_quoted_film_directed_by(other: str) -> None:
    text = _FILM + f"It is the first film in nine years from {_DIRECTOR}. " + other + _CLOSE
    assert _directors(text) == [_DIRECTOR]


def test_reviewed_quoted_film_directed_by_keeps_its_director() -> None:
    text = f"“The Lantern Keepers,” directed by {_DIRECTOR}, is a patient drama about two sisters." + _CLOSE
    assert _directors(text) == [_DIRECTOR]
