"""Credits round 15 (invented sentences, fictional people): the phrasings the round's first set of pages
(``fixtures/credits/round15a.jsonl``) missed, each with a trap that must not pair or credit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reading_support import assert_credit_floors
from test_credits import assert_phrasing

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "credits"

CASES = [
    # (text, expected pairs, performers that must be credited, performers that must not be)
    # -- a relative clause whose verb is followed by "und ..." or preceded by a manner phrase
    (
        "Und dann ist da noch Wiebke Janssen-Ohl, die den Gesellen Knut verkörpert und damit die heimliche Hauptfigur.",
        {("Knut", "Wiebke Janssen-Ohl")},
        {"Wiebke Janssen-Ohl"},
        set(),
    ),
    (
        "In der Titelrolle: Gerd Obermaier-Thal, der den Fährmann Anton Quast mit stoischer Ruhe gibt.",
        {("Anton Quast", "Gerd Obermaier-Thal")},
        {"Gerd Obermaier-Thal"},
        set(),
    ),
    # -- a modal verb after the play verb closing a relative clause (the role before it)
    (
        "Der Nebenstrang um ihre Freundin Merle, die Jasmin Kolbeck spielen darf, verläuft im Sande.",
        {("Merle", "Jasmin Kolbeck")},
        {"Jasmin Kolbeck"},
        set(),
    ),
    # -- the copula with a title or trade but no article (the rank stays, as written; a title line first, since
    # a one-sentence text would make the part's name the film's title)
    (
        "Der Krimi „Nebelhof“ läuft am Sonntag.\n\nSabine Trettin ist Kommissarin Jana Ruhland, eine müde Frau.",
        {("Kommissarin Jana Ruhland", "Sabine Trettin")},
        {"Sabine Trettin"},
        set(),
    ),
    # -- an aside between the performer and "ist"
    (
        "Der Schauspieler Tobias Reindl, hier in seiner ersten Kinohauptrolle, ist Florian, ein Busfahrer.",
        {("Florian", "Tobias Reindl")},
        {"Tobias Reindl"},
        set(),
    ),
    # -- the role first, a possessive, a perfect tense; a voice; "füllt ... mit Leben"
    (
        "Die Rolle seiner Frau Gudrun hat Ilse Wendland übernommen, und die beiden harmonieren.",
        {("Gudrun", "Ilse Wendland")},
        {"Ilse Wendland"},
        set(),
    ),
    (
        "Die Synchronstimme der schlauen Eule Minna ist Karla Sauerbrey, die man aus dem Radio kennt.",
        {("Minna", "Karla Sauerbrey")},
        {"Karla Sauerbrey"},
        set(),
    ),
    (
        "Die weibliche Hauptrolle der Wirtin Berta füllt Ursula Heckmann mit Leben.",
        {("Berta", "Ursula Heckmann")},
        {"Ursula Heckmann"},
        set(),
    ),
    # -- the performer's noun, then the name between commas; a genitive role follows
    (
        "Die Hauptdarstellerin, Maren Kühnhold, ist eine Entdeckung. Kühnholds Edda ist eine junge Frau ohne Plan.",
        {("Edda", "Maren Kühnhold")},
        {"Maren Kühnhold"},
        set(),
    ),
    # -- a double role after "zu sehen,"
    (
        "Carola Beetz ist in einer Doppelrolle zu sehen, als die Zwillingsschwestern Hanni und Nanni, die streiten.",
        {("Hanni", "Carola Beetz"), ("Nanni", "Carola Beetz")},
        {"Carola Beetz"},
        set(),
    ),
    # -- a place after a preposition is no part a pronoun points back to
    (
        "Seine Tochter Tilda kehrt nach Jahren aus Hamburg zurück; Petra Lorenzen verleiht ihr eine fahrige Energie.",
        {("Tilda", "Petra Lorenzen")},
        {"Petra Lorenzen"},
        set(),
    ),
    # -- "spielt in ..." is where a story is set
    (
        "Der neue Film auf Streamix spielt in einem einzigen Kölner Hochhaus, in dem eingebrochen wird.",
        set(),
        set(),
        {"Streamix"},
    ),
    # -- a part two sentences back, the sentence between going on with "Sie"
    (
        "Im Zentrum steht Hedwig, eine Buchhändlerin Mitte fünfzig. Sie lebt allein in einer Wohnung in Kassel und "
        "liest abends Krimis. Gisela Marquardt spielt sie mit großer Genauigkeit.",
        {("Hedwig", "Gisela Marquardt")},
        {"Gisela Marquardt"},
        set(),
    ),
    # -- "namens" makes a name no list knows a name
    (
        "Die Hauptfigur, eine Sennerin namens Zenzi, spielt Hanne Brückl mit einer Mischung aus Witz und Wut.",
        {("Zenzi", "Hanne Brückl")},
        {"Hanne Brückl"},
        set(),
    ),
    # -- a regional noun before the performer after "Als Rolle brilliert der ..."
    (
        "Als Bergführer Toni brilliert der Tiroler Hannes Moosbrugger, der selbst in einem Dorf aufgewachsen ist.",
        {("Toni", "Hannes Moosbrugger")},
        {"Hannes Moosbrugger"},
        set(),
    ),
    # -- "Einer davon, der Landwirt X, spielt ..."; a part noun the list lacked ("Senn")
    (
        "Viele Laien spielen mit. Einer davon, der Landwirt Alois Hinterseer, spielt den alten Senn Vinzenz ganz "
        "selbstverständlich.",
        {("Vinzenz", "Alois Hinterseer")},
        {"Alois Hinterseer"},
        set(),
    ),
    # -- a pronoun opening a passive points back to the one part the sentence before names (wave 2, after set 15b)
    (
        "Ihre Enkelin Frauke ist Försterin und will den Luchs schützen. Sie wird dargestellt von Nadine Ostwald, die "
        "ihre Sache gut macht.",
        {("Frauke", "Nadine Ostwald")},
        {"Nadine Ostwald"},
        set(),
    ),
    (
        "Ihr Bruder Hinrich ist Fischer. Verkörpert wird er von Jochen Tamm, der sehr ruhig spielt.",
        {("Hinrich", "Jochen Tamm")},
        {"Jochen Tamm"},
        set(),
    ),
    (
        "Die beiden Schwestern streiten sich ständig. Sie wird von Doris Kellermann gespielt.",
        set(),
        {"Doris Kellermann"},
        set(),
    ),
    # -- a dashed aside whose praise is an article and a noun (wave 3)
    (
        "Die junge Aushilfe Selma – eine Entdeckung: Johanna Kreidler – fängt in dieser Nacht erst an.",
        {("Selma", "Johanna Kreidler")},
        {"Johanna Kreidler"},
        set(),
    ),
    # English: a nameless part first ("And as the union boss ..., X is a delight"); an idiom or a crew noun is no part
    (
        "And as the harbour master who may or may not be a crook, Lorcan Fitzgibbon is a delight.",
        set(),
        {"Lorcan Fitzgibbon"},
        set(),
    ),
    (
        "As a matter of fact, Lorcan Fitzgibbon is a delight.",
        set(),
        set(),
        {"Lorcan Fitzgibbon"},
    ),
    # English: emphatic capitals, "brings ... to life", a nameless role that goes to someone, two newcomers
    (
        "Rufus Penhallow IS Brother Anselm, a monk with a gambling problem.",
        {("Brother Anselm", "Rufus Penhallow")},
        {"Rufus Penhallow"},
        set(),
    ),
    (
        "Greer Antonelli brings Mabel, the sharp-tongued housekeeper, to life with obvious relish.",
        {("Mabel", "Greer Antonelli")},
        {"Greer Antonelli"},
        set(),
    ),
    (
        "The role of the local publican goes to Cyril Ashdown, who makes the most of three scenes.",
        set(),
        {"Cyril Ashdown"},
        set(),
    ),
    (
        "The twins, played by newcomers Jody Farrant and Kit Molyneux, are the best thing about it.",
        set(),
        {"Jody Farrant", "Kit Molyneux"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "pairs", "credited", "not_credited"), CASES)
def test_round15_phrasings(text: str, pairs: set[tuple[str, str]], credited: set[str], not_credited: set[str]) -> None:
    assert_phrasing(text, pairs, credited, not_credited)


@pytest.mark.parametrize(
    ("name", "floors"),
    [
        # written before the round's rules (first run, both languages: cast 0.692, actors 0.820, directors 0.762);
        # its misses guided the rules, so these floors flatter
        ("round15a.jsonl", {"cast": 0.90, "actors": 0.93, "directors": 0.93}),
        # written after the first wave and scored once (session start and wave 1 alike: cast 0.810, actors 0.863,
        # directors 0.947); waves 2 and 3 came after that score (0.837 / 0.906 / 1.000), so these floors flatter
        ("round15b.jsonl", {"cast": 0.80, "actors": 0.86, "directors": 0.94}),
    ],
)
def test_round15_floors(name: str, floors: dict[str, float]) -> None:
    assert_credit_floors(FIXTURES / name, floors)
