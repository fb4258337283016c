"""Credits round 20 (invented sentences, fictional people): the shapes the round's first set of pages
(``fixtures/credits/round20a.jsonl``) and the now open blind round 19 missed, each with a trap that must not pair or
credit. German parts given only by a noun ("als Tüftler mit ...", "gibt den Immobilienmakler", "mit Flugangst, die
von X gespielt wird") give a performer and no pair, as the gold conventions say; a demonstrative after "und" or
opening a passive ("Die wird von X gespielt") points back to the part named before; "der junge Profi X" names a
performer; English asides ("known only as", "— that's X —") and a performer's noun phrase before the name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reading_support import assert_credit_floors, directors_and_actors
from test_credits import assert_phrasing

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "credits"

CASES = [
    # (text, expected pairs, performers that must be credited, performers that must not be)
    # -- German: a part named only by a noun gives a performer, no pair
    (
        "Ansgar Pellworm darf als Bastler mit selbstgebautem Funkgerät ein paar Grimassen schneiden.",
        set(),
        {"Ansgar Pellworm"},
        set(),
    ),
    (
        "Die Verdächtigen werden befragt. Hinnerk Zastrow tritt als Schrotthändler mit Goldzahn auf.",
        set(),
        {"Hinnerk Zastrow"},
        set(),
    ),
    (
        "Die Tante, eine Floristin mit Höhenangst, die von Roswitha Pfeilschifter gespielt wird, bleibt blass.",
        set(),
        {"Roswitha Pfeilschifter"},
        set(),
    ),
    # (the name before the apposition is the part)
    (
        "Da ist Jorinde, Tiermedizinstudentin mit Prüfungsangst, die von Svantje Oltmanns-Kaya gespielt wird.",
        {("Jorinde", "Svantje Oltmanns-Kaya")},
        {"Svantje Oltmanns-Kaya"},
        set(),
    ),
    # (a noun written right after a creature's noun is its name: a pair)
    (
        "Den kleinen Dachs Knopf spricht der zehnjährige Mats Grotefend mit viel Witz.",
        {("Knopf", "Mats Grotefend")},
        {"Mats Grotefend"},
        set(),
    ),
    # -- "der junge Profi X": the performer without the noun
    (
        "Neben ihm wirkt der junge Profi Giorgos Lambrakis-Weil als Enkel Nikos zunächst fast zu glatt.",
        {("Enkel Nikos", "Giorgos Lambrakis-Weil")},
        {"Giorgos Lambrakis-Weil"},
        {"Profi Giorgos Lambrakis-Weil"},
    ),
    # -- demonstratives pointing back
    (
        "Auf Amrum trifft Fiete eine Frau, Hiltrud, eine pensionierte Postbeamtin. Die wird von Almut "
        "Scharnweber gespielt, sehr charmant.",
        {("Hiltrud", "Almut Scharnweber")},
        {"Almut Scharnweber"},
        set(),
    ),
    (
        "Die Kommissarin Frauke Deppe ermittelt in Wismar, und die spielt Bettina Ohlrogge mit herrlicher Ungeduld.",
        {("Frauke Deppe", "Bettina Ohlrogge")},
        {"Bettina Ohlrogge"},
        set(),
    ),
    (
        "Und dann gibt es noch einen jungen Koch, Malte heißt der, gespielt von Jannis Wübbenhorst, der allen "
        "die Schau stiehlt.",
        {("Malte", "Jannis Wübbenhorst")},
        {"Jannis Wübbenhorst"},
        set(),
    ),
    (
        "Den Fischer, Harm Lüdeking heißt er, spielt Ewald Brückmann mit knorriger Würde.",
        {("Harm Lüdeking", "Ewald Brückmann")},
        {"Ewald Brückmann"},
        set(),
    ),
    (
        "Edelgard Moorkamp verleiht dieser Telse eine Grandezza, als stünde sie auf der Bühne.",
        {("Telse", "Edelgard Moorkamp")},
        {"Edelgard Moorkamp"},
        set(),
    ),
    # -- object first after a person noun and a title ("Dr." ends no sentence)
    (
        "Die Schiffsärztin Dr. Signe Arnesen spielt Karoline Haugland-Reiß, und sie ist großartig.",
        {("Dr. Signe Arnesen", "Karoline Haugland-Reiß")},
        {"Karoline Haugland-Reiß"},
        {"Dr. Signe Arnesen", "Signe Arnesen"},
    ),
    # -- a possessive before a relation describes it
    (
        "Ihr Vorgesetzter Hans-Georg Timmermann wird von Detlef Ockenfels gespielt.",
        {("Hans-Georg Timmermann", "Detlef Ockenfels")},
        {"Detlef Ockenfels"},
        set(),
    ),
    # -- English asides
    (
        "Then there's Philippa Threlkeld as the village's ancient ferrywoman, known only as Aunt Hetty.",
        {("Aunt Hetty", "Philippa Threlkeld")},
        {"Philippa Threlkeld"},
        set(),
    ),
    (
        "HOST: And the deputy? CRITIC: The deputy is Ray Tolliver — that's Cassius Obermeyer-Lake — and he is the "
        "best thing in it.",
        {("Ray Tolliver", "Cassius Obermeyer-Lake")},
        {"Cassius Obermeyer-Lake"},
        {"Ray Tolliver"},
    ),
    (
        "Rowena Achterberg-Pryce, as Nell's overbearing aunt, gets a handful of good scenes.",
        set(),
        {"Rowena Achterberg-Pryce"},
        set(),
    ),
    (
        "The only professional actor in the cast, Dougal Ferrier-Mensah, plays the ferry company's inspector, "
        "Angus Rennie, a young man with bad news.",
        {("Angus Rennie", "Dougal Ferrier-Mensah")},
        {"Dougal Ferrier-Mensah"},
        set(),
    ),
    (
        "Marisa Quenneville takes the role of Tess's rival, Lorna Bixby, with obvious relish.",
        {("Lorna Bixby", "Marisa Quenneville")},
        {"Marisa Quenneville"},
        set(),
    ),
    # (an introduced full name, then "plays" its short form: the full name is the part, no performer)
    (
        "The tutor is Edith Carrow, and Georgina Pellstone-Abara plays Edith with brittle humour.",
        {("Edith", "Georgina Pellstone-Abara")},
        {"Georgina Pellstone-Abara"},
        {"Edith Carrow"},
    ),
    # (a name no list knows before a surname that is also a given name: the part's given name, kept)
    (
        "Blodwen Ap-Rhys plays the bank's loan officer Eirlys Morgan with a thin smile.",
        {("Eirlys Morgan", "Blodwen Ap-Rhys")},
        {"Blodwen Ap-Rhys"},
        set(),
    ),
    (
        "Lucinda Farquharson-Obi plays the CIA handler Marian Voss with clipped authority.",
        {("Marian Voss", "Lucinda Farquharson-Obi")},
        {"Lucinda Farquharson-Obi"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "pairs", "credited", "not_credited"), CASES)
def test_round20_phrasings(text: str, pairs: set[tuple[str, str]], credited: set[str], not_credited: set[str]) -> None:
    assert_phrasing(text, pairs, credited, not_credited)


@pytest.mark.parametrize(
    ("text", "directors"),
    [
        (
            "Kinokritik\n\nDer Kinderfilm stammt von Gesche Ubbelohde-Fries, die bisher Dokumentationen drehte.",
            {"Gesche Ubbelohde-Fries"},
        ),
        (
            "Es geht um „Der Eisvogel“, das neue Prestigeprojekt von Konstantin Achenbach-Rieß, und ich bin skeptisch.",
            {"Konstantin Achenbach-Rieß"},
        ),
        # (the screenplay's author is no director)
        ("Kinokritik\n\nDas Drehbuch stammt von Wiebke Tammling, die Regie ist unauffällig.", set()),
        # (a noun before "von" and a given name that is also a word: the name starts after the particle)
        ("Kinokritik\n\nDas Langfilmdebüt von Ole Brockhagen spielt in einer Kieler WG.", {"Ole Brockhagen"}),
        # (a trade paper's "Dir/scr:" label)
        (
            "'The Slate Quarry'\nDir/scr: Gwenllian Pryce-Oduya. UK. 2026. 92 mins\n\nA fine film.",
            {"Gwenllian Pryce-Oduya"},
        ),
    ],
)
def test_round20_directors(text: str, directors: set[str]) -> None:
    assert directors_and_actors(text)[0] == directors


def test_round20_with_line_without_full_stop() -> None:
    """A TV listing's "Mit A, B, C, D" line that ends without punctuation credits its last name too."""
    text = (
        "TV-TIPP\n\nTod am Deich\n\nFernsehfilm, D 2025, 20.15 Uhr\nMit Reinhild Voßberg, Cordula Ahlers, "
        "Bendix Schwarting, Hatice Yıldırım-Bode\n\nDie Kommissarin ermittelt. Der Film ist solide."
    )
    assert {"Reinhild Voßberg", "Hatice Yıldırım-Bode"} <= directors_and_actors(text)[1]


@pytest.mark.parametrize(
    ("name", "floors"),
    [
        # set 20a (written first; its misses guided the round): first run cast 0.563, actors 0.912, directors 0.882
        # (its gold gives a definite noun-only part no pair: "Den Kapitän spielt X"; the reader pairs those)
        ("round20a.jsonl", {"cast": 0.82, "actors": 0.97, "directors": 0.99}),
        # set 20b (written after the rules, scored once: cast 0.579 -> 0.810, directors 0.824 -> 0.889); shapes fixed
        # after its score: "; die spielt X", "Xaver, den Salzmeister, spielt der ... X", "Horst Wielgosz"
        ("round20b.jsonl", {"cast": 0.86, "actors": 0.96, "directors": 0.85}),
    ],
)
def test_round20_floors(name: str, floors: dict[str, float]) -> None:
    assert_credit_floors(FIXTURES / name, floors)
