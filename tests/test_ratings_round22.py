"""Round 22 rating lines, on invented pages: the scale of a bare star line, whose rating a page's line is,
letter grades that are words, and the forms missed before (points, school grades, circles)."""

from __future__ import annotations

import pytest

from filmkritik.read.ratings import find_rating


def _read(text: str) -> tuple[float, float] | None:
    rating = find_rating(text)
    return None if rating is None else (rating.value, rating.best)


# --- the scale of a bare star line -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the scale said in brackets after the stars or the count
        ("'Harbor Lights' review\n★★½ (out of four)\nBy Lena Voss", (2.5, 4)),
        ("Rating: 3 stars (out of 4)\n\nThe picture opens on a ferry.", (3, 4)),
        ("Rating: 2½ stars (out of four)\nBy Otis Brannigan", (2.5, 4)),
        ("MILLSTONE ★★★ (out of 5)\nA quarry drama.", (3, 5)),
        # a bare star line, scaled by another line of the page
        ("Cold Creek\n★★★½\nA western in the snow.\n\nOur critic rates films out of four stars.", (3.5, 4)),
        # ... or by the outlet's convention: an MPA certificate marks a US paper, whose stars go to four
        ("Tin Soldiers\n★★½\nRated PG-13. 97 minutes.\nA war comedy that runs out of ammunition.", (2.5, 4)),
        ("Dune Buggy Summer\nThree stars\nA beach caper.\n(PG, 90 min.)", (3, 4)),
        # a star line that shows its five (empties, a fifth star) keeps five
        ("Tin Soldiers\n★★½☆☆\nRated PG-13. 97 minutes.", (2.5, 5)),
        # nothing said: five
        ("The Quiet Orchard\n★★★½\nA family saga on a Kent fruit farm.", (3.5, 5)),
        ("The Quiet Orchard\nTwo stars\nA family saga on a Kent fruit farm.", (2, 5)),
    ],
)
def test_bare_star_line_on_the_pages_scale(text: str, want: tuple[float, float]) -> None:
    assert _read(text) == want


def test_written_stars_keep_five_on_a_us_page() -> None:
    """Asterisks and stars in a sentence are not printed star lines: a certificate alone does not rescale them."""
    text = "Rusty Anchor is rated R for language.\nRATING: ***\nThe harbour scenes work."
    assert _read(text) == (3, 5)


def test_a_lone_count_of_stars_is_no_rating_in_a_sentence() -> None:
    assert _read("The film's two stars have never been better, and the three stars of the sequel agree.") is None
