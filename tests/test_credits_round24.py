"""German cast phrasings of credits round 24: a part named in the sentence before and its performer after a fronted
pronoun ("Ihn spielt X", "Ihn spielte mit müder Würde X", "Ihn hat X gespielt", "Ihr leiht X die Stimme"), a part's
name that ends in an initial ("Josef K.", "Harriet L. (X)"), voice parts named before the speaker ("Fridolin leiht X
seine Stimme", "Die Maus Pippa, der X ihre Stimme leiht", "Im Original spricht ihn X", "in kleinen Sprechrollen zu
hören"), a nameless part described by what it carries ("ein Mann mit Schlüsselbund, gespielt von X": X acts, no
part), civil offices and English ranks kept before a name ("Bürgermeister Anton Gruber (X)", "Deputy Carl Hollis"),
and a part written for a performer ("Die Rolle der Hanne hat X eigens für Y geschrieben": Y plays it, X wrote it).
Invented sentences, names and films."""

from __future__ import annotations

import pytest

from filmkritik import read_text
from filmkritik.model import Film

_HEAD = (
    "Filmkritik: „Haferland“\n\nVon Oda Reimers\n\n„Haferland“ erzählt von einem Dorf im Hunsrück. "
    "Regie führte Selma Kröger. "
)
_CLOSE = " Die Bilder sind ruhig, die Musik ist sparsam. Am Ende bleibt ein sehenswerter Film."
_VEIT = ("Veit", "Lorenz Habermann")
_ROSWITHA = ("Roswitha", "Birte Sandvoss")


def _film(middle: str) -> Film:
    return read_text(_HEAD + middle + _CLOSE).film


def _cast(middle: str) -> set[tuple[str, str]]:
    return {(c.character, c.actor) for c in _film(middle).cast}


def _actors(middle: str) -> set[str]:
    return {a.name for a in _film(middle).actors}


@pytest.mark.parametrize(
    ("middle", "cast"),
    [
        # 1. a fronted pronoun points to the part the sentence before names; the performer's full name after the verb
        ("Der Knecht Veit redet kaum. Ihn spielt Lorenz Habermann mit großer Ruhe.", {_VEIT}),
        ("Der Knecht Veit redet kaum. Ihn spielt mit müder Würde Lorenz Habermann.", {_VEIT}),
        ("Veit redete kaum. Ihn spielte Lorenz Habermann schon im ersten Teil.", {_VEIT}),
        ("Veit ist stur. Ihn hat Lorenz Habermann gespielt.", {_VEIT}),
        (
            "Und dann ist da noch Onkel Veit, der immer zur falschen Zeit am Gartenzaun steht. Den spielt Lorenz "
            "Habermann mit viel Augenrollen.",
            {("Onkel Veit", "Lorenz Habermann")},
        ),
        ("Der Bergführer Veit war verstummt. Ihn spielte damals Lorenz Habermann.", {_VEIT}),
        ("Der Bergführer Veit ist verstummt. Den spielt ausgerechnet der grossartige Lorenz Habermann.", {_VEIT}),
        ("Lorenz Habermann kennt man vom Theater. Veit ist stur. Ihn spielt Habermann.", {_VEIT}),
        (
            "Verdächtig ist der alte Schleusenwärter Kuddel Brakel. Ihn spielt Lorenz Habermann als Eigenbrötler.",
            {("Kuddel Brakel", "Lorenz Habermann")},
        ),
        ("Die Ziege Roswitha ist der Star. Ihr leiht Birte Sandvoss die Stimme.", {_ROSWITHA}),
        ("Die Ziege Roswitha ist der Star. Ihr hat die Kabarettistin Birte Sandvoss ihre Stimme geliehen.", {_ROSWITHA}),
        # 2. a name ending in an initial keeps it whole
        ("Eine Witwe namens Roswitha K. (Birte Sandvoss) zieht ins Dorf.", {("Roswitha K.", "Birte Sandvoss")}),
        ("Die Journalistin Roswitha K. (Birte Sandvoss) recherchiert im Dorf.", {("Roswitha K.", "Birte Sandvoss")}),
        ("Veit B. (Lorenz Habermann) wird eines Morgens verhaftet.", {("Veit B.", "Lorenz Habermann")}),
        ("Lorenz Habermann spielt Veit B., einen Bankangestellten.", {("Veit B.", "Lorenz Habermann")}),
        ("Die Hauptfigur Roswitha K., gespielt von Birte Sandvoss, ist Ärztin.", {("Roswitha K.", "Birte Sandvoss")}),
        # 3. voice parts
        ("Veit leiht Lorenz Habermann seine Stimme.", {_VEIT}),
        ("Roswitha lieh Birte Sandvoss ihre warme Stimme, und das passt.", {_ROSWITHA}),
        ("Die Ziege Roswitha, der Birte Sandvoss ihre Stimme leiht, ist die Heldin.", {_ROSWITHA}),
        ("Der Igel Veit, dem Lorenz Habermann seine Stimme leiht, ist der Held.", {_VEIT}),
        ("Der Igel heißt Veit. Im Original spricht ihn Lorenz Habermann.", {_VEIT}),
        ("Die Heldin ist die Ziege Roswitha. In der deutschen Fassung spricht sie Birte Sandvoss.", {_ROSWITHA}),
        # 5. an office or an English rank right before a name stays with it (after an article it describes)
        (
            "Bürgermeister Anton Weisgerber (Lorenz Habermann) will den Wald verkaufen.",
            {("Bürgermeister Anton Weisgerber", "Lorenz Habermann")},
        ),
        (
            "Landrätin Gunda Pfleiderer, gespielt von Birte Sandvoss, zögert.",
            {("Landrätin Gunda Pfleiderer", "Birte Sandvoss")},
        ),
        (
            "Birte Sandvoss als Staatsanwältin Gunda Pfleiderer ist großartig.",
            {("Staatsanwältin Gunda Pfleiderer", "Birte Sandvoss")},
        ),
        ("Deputy Carl Rooney (Lorenz Habermann) ermittelt.", {("Deputy Carl Rooney", "Lorenz Habermann")}),
        ("Lorenz Habermann spielt Sergeant Carl Rooney.", {("Sergeant Carl Rooney", "Lorenz Habermann")}),
        (
            "Und dann ist da noch Bürgermeister Anton Weisgerber. Lorenz Habermann spielt ihn als Patriarchen.",
            {("Bürgermeister Anton Weisgerber", "Lorenz Habermann")},
        ),
        (
            "Lorenz Habermann spielt den Bürgermeister Anton Weisgerber.",
            {("Anton Weisgerber", "Lorenz Habermann")},
        ),
        # a part named in full opens the sentence after "Als" (a rank or office kept before it)
        ("Als Gunda Pfleiderer überzeugt Birte Sandvoss.", {("Gunda Pfleiderer", "Birte Sandvoss")}),
        (
            "Als Landrätin Gunda Pfleiderer überzeugt Birte Sandvoss.",
            {("Landrätin Gunda Pfleiderer", "Birte Sandvoss")},
        ),
        # a title before a voice part's one name stays ("Den (Uhu) Professor Kauzig spricht X")
        ("Den Professor Knorzig spricht Lorenz Habermann.", {("Professor Knorzig", "Lorenz Habermann")}),
        ("Den Uhu Professor Knorzig spricht Lorenz Habermann.", {("Professor Knorzig", "Lorenz Habermann")}),
        # 7. a part written for a performer
        (
            "Die Rolle der Roswitha hat Henrike Adam eigens für Birte Sandvoss geschrieben.",
            {_ROSWITHA},
        ),
    ],
)
def test_german_part_and_performer_round24(middle: str, cast: set[tuple[str, str]]) -> None:
    assert _cast(middle) == cast


@pytest.mark.parametrize(
    ("middle", "actors"),
    [
        # 4. a nameless part described by what it carries: the performer acts, the thing is no part
        ("Ein alter Mann mit Schlüsselbund, gespielt von Lorenz Habermann, öffnet die Türen.", {"Lorenz Habermann"}),
        ("Die Frau mit dem Hut (Birte Sandvoss) beobachtet alles.", {"Birte Sandvoss"}),
        ("Eine Frau mit rotem Schal (Birte Sandvoss) beobachtet alles.", {"Birte Sandvoss"}),
        ("Die Dame mit der Brille, von Birte Sandvoss gespielt, weiß alles.", {"Birte Sandvoss"}),
        ("Der Mann im grauen Mantel (Lorenz Habermann) folgt ihr.", {"Lorenz Habermann"}),
        # 3. performers of voices with no part named
        (
            "Außerdem sind Birte Sandvoss und Lorenz Habermann in kleinen Sprechrollen zu hören.",
            {"Birte Sandvoss", "Lorenz Habermann"},
        ),
        ("Ein Film über einen Igel, der nicht schlafen kann. Stimme: Lorenz Habermann.", {"Lorenz Habermann"}),
        # 7. the writer of a part is no performer
        ("Die Rolle der Roswitha hat Henrike Adam ihr auf den Leib geschrieben.", set()),
    ],
)
def test_performers_without_a_part_round24(middle: str, actors: set[str]) -> None:
    assert _cast(middle) == set()
    assert _actors(middle) == actors


@pytest.mark.parametrize(
    ("middle", "cast"),
    [
        # a part named with a thing after "mit" is still a name when a person noun stands between
        ("Felix geht mit seinem neuen Freund Devin (Lorenz Habermann) ans Meer.", {("Devin", "Lorenz Habermann")}),
        ("Sie sitzt mit Veit (Lorenz Habermann) in der Küche.", {_VEIT}),
        # a director named earlier is no antecedent of "Sie spielt X" (X may play the part the sentence before names)
        ("Roswitha ist neu im Dorf. Sie spielt Birte Sandvoss.", set()),
        # a rank after an article describes the part
        ("Die Kommissarin Gunda Pfleiderer (Birte Sandvoss) ermittelt.", {("Gunda Pfleiderer", "Birte Sandvoss")}),
    ],
)
def test_guards_round24(middle: str, cast: set[tuple[str, str]]) -> None:
    assert _cast(middle) == cast
