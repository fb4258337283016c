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


def titles_right(rows: list[dict[str, object]]) -> set[str]:
    """The ids of the gold rows whose film title the reader gives (letter case aside)."""
    right = set()
    for row in rows:
        found, gold = film_title(str(row["text"])), row["gold"]["film_title"]  # type: ignore[index]
        if found is not None and found.casefold() == str(gold).casefold():
            right.add(str(row["id"]))
    return right
