"""German cast phrasings of credits round 23: an apposition "X, in der Rolle der Fischerin Hanne, ...", a part named
before its noun apposition and "gespielt von", how a part was cast ("Die Rolle der Hanne ging an X", "... wurde mit X
besetzt", "Für die Rolle der Hanne hat man X gewonnen"), a gapped "Y die des Malte", a possessive part opening the
sentence ("Ihre Hanne legt X als ... an"), "den Part des", gapped pairs whose part and performer run together ("als
Gesa Ruth Kallweit"), "X, als Fischerin Hanne, ...", "gespielt von A beziehungsweise B", a list of performers before
"spielen sie" (no part among them); and phrasings that read already, kept as guards. Invented sentences, names and
films."""

from __future__ import annotations

import pytest

from filmkritik import read_text

_HEAD = (
    "Filmkritik: „Sonnendeck“\n\nVon Gero Falkner\n\n„Sonnendeck“ erzählt von drei Geschwistern an der Ostsee. "
    "Regie führte Ilka Wendland. "
)
_CLOSE = " Die Bilder sind ruhig, die Musik ist sparsam. Am Ende bleibt ein sehenswerter Film."
_HANNE = ("Hanne", "Merle Ostwald")
_MALTE = ("Malte", "Jasper Vogelsang")
_GESA = ("Gesa", "Ruth Kallweit")


def _cast(middle: str) -> set[tuple[str, str]]:
    return {(c.character, c.actor) for c in read_text(_HEAD + middle + _CLOSE).film.cast}


@pytest.mark.parametrize(
    ("middle", "cast"),
    [
        # new in round 23
        ("Die Schauspielerin Merle Ostwald, in der Rolle der Fischerin Hanne, trägt den Film.", {_HANNE}),
        ("Hanne, die Fischerin, gespielt von Merle Ostwald, hält die Familie zusammen.", {_HANNE}),
        ("Die Rolle der Hanne ging an Merle Ostwald.", {_HANNE}),
        ("Die Rolle des Malte wurde mit Jasper Vogelsang besetzt, einem Schüler aus Kiel.", {_MALTE}),
        ("Für die Rolle der Hanne hat man Merle Ostwald gewonnen.", {_HANNE}),
        ("Merle Ostwald übernimmt die Rolle der Hanne, Jasper Vogelsang die des Malte.", {_HANNE, _MALTE}),
        ("Ihre Hanne legt Merle Ostwald als stille Kämpferin an.", {_HANNE}),
        ("Jasper Vogelsang übernimmt den Part des Malte.", {_MALTE}),
        ("Als Malte brilliert Jasper Vogelsang, als Gesa Ruth Kallweit.", {_MALTE, _GESA}),
        ("Malte spielt Jasper Vogelsang, Gesa Ruth Kallweit.", {_MALTE, _GESA}),
        ("Den Malte spielt Jasper Vogelsang, die Hanne Merle Ostwald.", {_MALTE, _HANNE}),
        ("Ruth Kallweit leiht der Großmutter Gesa, die nur aus dem Off zu hören ist, ihre Stimme.", {_GESA}),
        ("Merle Ostwald, als Fischerin Hanne, verliert ihr Boot.", {_HANNE}),
        (
            "Hanne und Malte, gespielt von Merle Ostwald beziehungsweise Jasper Vogelsang, streiten sich.",
            {_HANNE, _MALTE},
        ),
        # read before round 23 (guards)
        ("In der Rolle des jüngsten Bruders Malte glänzt Jasper Vogelsang.", {_MALTE}),
        ("Merle Ostwald als Hanne und Jasper Vogelsang als Malte tragen den Film.", {_HANNE, _MALTE}),
        ("Hanne (Merle Ostwald) und ihr Bruder Malte (Jasper Vogelsang) streiten sich.", {_HANNE, _MALTE}),
        ("Die Figur der Hanne, gespielt von Merle Ostwald, bleibt rätselhaft.", {_HANNE}),
        ("Merle Ostwald gibt die Hanne als müde, aber zähe Frau.", {_HANNE}),
        ("Jasper Vogelsang mimt den Malte mit großem Ernst.", {_MALTE}),
        ("Bodo Reinhardt leiht dem Kater Moritz seine knarzige Stimme.", {("Moritz", "Bodo Reinhardt")}),
        ("Die älteste Schwester heißt Hanne. Merle Ostwald spielt sie mit stiller Kraft.", {_HANNE}),
        ("Hanne ist die Älteste. Gespielt wird sie von Merle Ostwald.", {_HANNE}),
        ("Als Hanne ist Merle Ostwald eine Entdeckung.", {_HANNE}),
        ("Malte, den Jasper Vogelsang mit großer Ruhe spielt, ist der Jüngste.", {_MALTE}),
        ("Hanne wird von Merle Ostwald verkörpert, Malte von Jasper Vogelsang.", {_HANNE, _MALTE}),
        ("Jasper Vogelsang, der in die Rolle des Malte schlüpft, ist erst zwölf.", {_MALTE}),
        ("Merle Ostwald brilliert als Hanne, Jasper Vogelsang als Malte.", {_HANNE, _MALTE}),
        ("Neben Merle Ostwald als Hanne überzeugt vor allem Jasper Vogelsang als stiller Malte.", {_HANNE, _MALTE}),
        ("Hanne – gespielt von Merle Ostwald – hält die Familie zusammen.", {_HANNE}),
        ("Mit Merle Ostwald als Hanne hat der Film sein Zentrum.", {_HANNE}),
        ("Jasper Vogelsang ist Malte, ein Junge, der nicht sprechen will.", {_MALTE}),
        ("Als Malte sehen wir Jasper Vogelsang.", {_MALTE}),
    ],
)
def test_german_part_and_performer(middle: str, cast: set[tuple[str, str]]) -> None:
    assert _cast(middle) == cast


@pytest.mark.parametrize(
    "middle",
    [
        "Merle Ostwald, in der Rolle einer Fischerin, trägt den Film.",
        "Die Rolle der Mutter ging an Merle Ostwald.",
        "Ihre Mutter spielt Merle Ostwald mit stiller Kraft.",
        # performers of parts named before, no "beziehungsweise": no pairs (and no performer read as another's part)
        "Hanne, ihr Bruder Malte und die Großmutter Gesa leben am Deich. Merle Ostwald, Jasper Vogelsang und Ruth "
        "Kallweit spielen sie.",
        "Als Kind brilliert Jasper Vogelsang, als Erwachsene Ruth Kallweit.",
        "Merle Ostwald, als sie heimkommt, weint.",
        "Hanne und Malte, gespielt von Merle Ostwald und Jasper Vogelsang, streiten sich.",
    ],
)
def test_no_named_part(middle: str) -> None:
    assert _cast(middle) == set()


def test_split_run_is_no_fuller_name() -> None:
    record = read_text(_HEAD + "Als Malte brilliert Jasper Vogelsang, als Gesa Ruth Kallweit." + _CLOSE)
    assert sorted(a.name for a in record.film.actors) == ["Jasper Vogelsang", "Ruth Kallweit"]
