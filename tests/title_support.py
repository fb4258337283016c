"""What the title tests look at: the film's title, original title and year as a reader gives them."""

from __future__ import annotations

import filmkritik


def film_identity(text: str) -> tuple[str | None, str | None, int | None]:
    """``(title, original title, year)`` of ``text``'s film, None where the reader found none."""
    film = filmkritik.read_text(text).film
    return (
        film.title.text if film.title else None,
        film.original_title.text if film.original_title else None,
        film.year.value if film.year else None,
    )


def film_title(text: str) -> str | None:
    """The title of ``text``'s film, None where the reader found none."""
    return film_identity(text)[0]
