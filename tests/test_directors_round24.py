"""German directors of credits round 24: another film's "(Regie: X)" inside the prose (a competition, a start list)
is that film's, even when the line opens with the reviewed film's title or the page names the other film twice; a
maker named before a long relative clause or apposition and a verb of telling ("X, die in Lille aufgewachsen ist und
..., erzählt in „T“ / hier / von ..."). Invented sentences, names and films."""

from __future__ import annotations

import pytest

from filmkritik import read_text

_HEAD = "Filmkritik: „Haferland“\n\nVon Oda Reimers\n\n"
_CLOSE = " Die Bilder sind ruhig, die Musik ist sparsam. Am Ende bleibt ein sehenswerter Film."


def _directors(middle: str) -> set[str]:
    return {d.name for d in read_text(_HEAD + middle + _CLOSE).film.directors}


@pytest.mark.parametrize(
    ("middle", "directors"),
    [
        # another film's credit in parentheses
        (
            "„Haferland“ konkurriert im Wettbewerb mit „Kieselstrand“ (Regie: Bruno Achterberg). Der Film erzählt von "
            "einem Dorf.",
            set(),
        ),
        (
            "„Haferland“ konkurriert mit „Kieselstrand“ (Regie: Bruno Achterberg). Selma Kröger erzählt von einem Dorf.",
            {"Selma Kröger"},
        ),
        (
            "Regie: Selma Kröger\n\nDer Film erzählt von einem Dorf. Im Wettbewerb steht am Startwochenende die Komödie "
            "„Kieselstrand“ (Regie: Bruno Achterberg), die mit mehr Kopien startet.\n\nStarts der Woche\n„Haferland“ – "
            "280 Kopien\n„Kieselstrand“ – 300 Kopien",
            {"Selma Kröger"},
        ),
        (
            "Regie führte Selma Kröger. Neben „Kieselstrand“ (Regie: Bruno Achterberg) ist es der stärkste Film.",
            {"Selma Kröger"},
        ),
        # a relative clause or an apposition between the maker and her verb of telling
        (
            "Selma Kröger, die in Lille aufgewachsen ist und lange als Cutterin arbeitete, erzählt in „Haferland“ von "
            "einem Dorf.",
            {"Selma Kröger"},
        ),
        (
            "Selma Kröger, die in Lille aufgewachsen ist und dort bis heute lebt, erzählt von zwei Schwestern.",
            {"Selma Kröger"},
        ),
        ("Selma Kröger, die selbst auf einem Hof aufwuchs, porträtiert hier drei Bäuerinnen.", {"Selma Kröger"}),
        (
            "Selma Kröger, die seit Jahren in Zürich lebt und dort Film studiert hat, begleitet in „Haferland“ drei "
            "Bäuerinnen durch einen Sommer.",
            {"Selma Kröger"},
        ),
        ("Selma Kröger, 1984 in Graz geboren, zeigt in „Haferland“ ein Dorf im Hunsrück.", {"Selma Kröger"}),
        ("Selma Kröger, der man die Herkunft vom Land anmerkt, porträtiert drei Bäuerinnen.", {"Selma Kröger"}),
        # a clearer credit outranks the hint; a performer's clause is no maker's
        (
            "Regie führte Selma Kröger. Birte Sandvoss, die in Lille aufgewachsen ist, erzählt hier von ihrer Kindheit.",
            {"Selma Kröger"},
        ),
        (
            "Regie führte Selma Kröger. Birte Sandvoss, die hier ihre erste Hauptrolle spielt, zeigt in „Haferland“ "
            "große Kraft.",
            {"Selma Kröger"},
        ),
        (
            "Regie führte Selma Kröger. Bruno Achterberg, der in Lille aufgewachsen ist, erzählt in „Kieselstrand“ von "
            "einem Hafen.",
            {"Selma Kröger"},
        ),
    ],
)
def test_german_directors_round24(middle: str, directors: set[str]) -> None:
    assert _directors(middle) == directors
