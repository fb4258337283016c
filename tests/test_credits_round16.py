"""Credits round 16 (invented sentences, fictional people): the phrasings the round's first set of pages
(``fixtures/credits/round16a.jsonl``) missed, each with a trap that must not pair or credit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reading_support import assert_credit_floors
from test_credits import assert_phrasing

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "credits"

CASES = [
    # (text, expected pairs, performers that must be credited, performers that must not be)
    # -- English ranks before a given and a family name in a role-first "As ..., X" describe the part (as German ranks
    # do); a lone abbreviation after an article is no part
    (
        "As Commander Tendai Okoro, the base's weary chief, Mirela Castellane-Hoyt brings real gravity.",
        {("Commander Tendai Okoro", "Mirela Castellane-Hoyt")},
        {"Mirela Castellane-Hoyt"},
        set(),
    ),
    (
        "Detective Sergeant Ruth Kettering (Anwen Pryce-Jordan) is sent north. Pryce-Jordan is wonderful as the "
        "unflappable DS.",
        {("Detective Sergeant Ruth Kettering", "Anwen Pryce-Jordan")},
        {"Anwen Pryce-Jordan"},
        set(),
    ),
    (
        "Gideon Sallow plays Inspector Margery Voke, a detective with a bad knee.",
        {("Inspector Margery Voke", "Gideon Sallow")},
        {"Gideon Sallow"},
        set(),
    ),
    # (outside a role-first "As", the gold files keep the rank or drop it: the reader keeps it)
    (
        "Sheriff Wade Tolliver is played by Boone Eckhart, who is very good.",
        {("Sheriff Wade Tolliver", "Boone Eckhart")},
        {"Boone Eckhart"},
        set(),
    ),
    # -- a German trade compound on "-frau" before a part's name describes it; a titled surname beside the full name
    (
        "Hedwig Aschauer spielt die alte Kräuterfrau Zenzi, die im Wald lebt.",
        {("Zenzi", "Hedwig Aschauer")},
        {"Hedwig Aschauer"},
        set(),
    ),
    (
        "Kommissar Harm Dierksen, gespielt von Ole Brüning-Saß, ermittelt. Ole Brüning-Saß als Kommissar Dierksen "
        "ist eine gute Wahl.",
        {("Kommissar Harm Dierksen", "Ole Brüning-Saß")},
        {"Ole Brüning-Saß"},
        set(),
    ),
    # -- "spielt diesen Mann": a word for any person points back to the one part the sentence before names
    (
        "Im Zentrum steht Ubbo Janssen, ein Fischer kurz vor der Rente. Kalle Meinert spielt diesen Mann mit großer "
        "Ruhe.",
        {("Ubbo Janssen", "Kalle Meinert")},
        {"Kalle Meinert"},
        set(),
    ),
    # -- an inhabitant's noun before a given name no list knows, in a passive
    (
        "Ihre Schwester Lotte wird von der Rostockerin Jolin Harmsdorf verkörpert.",
        {("Lotte", "Jolin Harmsdorf")},
        {"Jolin Harmsdorf"},
        set(),
    ),
    # -- a gapped passive after a comma alone
    (
        "Tilda wird von Marit Oelke gespielt, Runa von Swantje Behrendsen, und beide sind großartig.",
        {("Tilda", "Marit Oelke"), ("Runa", "Swantje Behrendsen")},
        {"Marit Oelke", "Swantje Behrendsen"},
        set(),
    ),
    # -- "ist ... mit X besetzt" after an apposition and a phrase of place; "ist eine Paraderolle für X"
    (
        "Der Großvater, Reeder Hinrich Falck, ist in den Rückblenden mit Detlef Ohrtmann besetzt.",
        {("Hinrich Falck", "Detlef Ohrtmann")},
        {"Detlef Ohrtmann"},
        set(),
    ),
    (
        "Die Hauptfigur, Kommissarin Svea Lorenzen, ist eine Paraderolle für Inken Tadsen, die trocken spielt.",
        {("Kommissarin Svea Lorenzen", "Inken Tadsen")},
        {"Inken Tadsen"},
        set(),
    ),
    # -- "Als <part> ist <performer's trade> X zu hören"; a dashed aside naming a nameless part with "namens"
    (
        "Als mürrischer Hausmeister Herr Pohlmann ist Synchronprofi Reinhold Ackermeier zu hören.",
        {("Herr Pohlmann", "Reinhold Ackermeier")},
        {"Reinhold Ackermeier"},
        set(),
    ),
    (
        "Als Schurke – ein Bauunternehmer namens Dr. Eckart Wulfhorst – ist Gunnar Tiedtke zu sehen.",
        {("Dr. Eckart Wulfhorst", "Gunnar Tiedtke")},
        {"Gunnar Tiedtke"},
        set(),
    ),
    # -- "Als Widersacher tritt Bürgermeister F. G. auf, dem X ... verleiht": the office marks the part, X performs
    # (an office written right before the name with no article stays in the part since credits round 24)
    (
        "Als Widersacher tritt Landrat Otmar Pflügl auf, dem Heribert Kandlbinder eine joviale Kälte verleiht.",
        {("Landrat Otmar Pflügl", "Heribert Kandlbinder")},
        {"Heribert Kandlbinder"},
        {"Otmar Pflügl"},
    ),
    # -- after a question, the passive without its subject; the modal before the performer
    (
        "Und ihr Mitbewohner Jaro? Wird von Timon Laskowski gespielt, und der ist toll.",
        {("Jaro", "Timon Laskowski")},
        {"Timon Laskowski"},
        set(),
    ),
    (
        "Seine Nichte Ronja darf Zoe Brandstetter-Okafor spielen, die in ihrer ersten Rolle überzeugt.",
        {("Ronja", "Zoe Brandstetter-Okafor")},
        {"Zoe Brandstetter-Okafor"},
        set(),
    ),
    # -- a biopic's title role; "Als ihr Mentor, der Ingenieur X, überzeugt Y"
    (
        "Der Film erzählt das Leben der Chemikerin Ottilie Wachsmann, die 1931 einen Preis bekam. Die Titelrolle "
        "spielt Nele Grotefend mit großer Kraft.",
        {("Ottilie Wachsmann", "Nele Grotefend")},
        {"Nele Grotefend"},
        set(),
    ),
    (
        "Als sein Lehrer, der Organist Ambros Feuchtmayr, überzeugt Lorenz Hechenberger.",
        {("Ambros Feuchtmayr", "Lorenz Hechenberger")},
        {"Lorenz Hechenberger"},
        set(),
    ),
    # -- "Mit X hat Y für ihn einen Darsteller gefunden"; "X mimt einen Witwer ... Der Witwer heißt ..."
    (
        "Dann ist da noch der Bruder, Fiete, der aus Kiel kommt. Mit Jannis Wohlert hat die Regisseurin für ihn "
        "einen Darsteller gefunden, der nie zu viel macht.",
        {("Fiete", "Jannis Wohlert")},
        {"Jannis Wohlert"},
        set(),
    ),
    (
        "In der Komödie mimt Rüdiger Blanckenhorn einen Bäcker aus der Eifel. Der Bäcker heißt Alwin Schmitz und ist "
        "ein Sturkopf.",
        {("Alwin Schmitz", "Rüdiger Blanckenhorn")},
        {"Rüdiger Blanckenhorn"},
        set(),
    ),
    # -- a part, a short praise and a colon, its performer; a performer's appearance; "macht eine gute Figur"
    (
        "Ihre Tochter Wanda, wunderbar trotzig: die Newcomerin Smilla Rautenberg.",
        {("Wanda", "Smilla Rautenberg")},
        {"Smilla Rautenberg"},
        set(),
    ),
    (
        "Ein kurzer Auftritt gehört Adelheid Pfannkuch als Mutter. Als Pilot macht Konrad Tiefenbrunner eine gute "
        "Figur.",
        set(),
        {"Adelheid Pfannkuch", "Konrad Tiefenbrunner"},
        set(),
    ),
    # -- "den der Wiener Kabarettist X spielt": a city's adjective and a trade before the performer
    (
        "Ein Urlauber aus Linz, den der Grazer Kabarettist Ferdinand Oberhuemer spielt, sorgt für Komik.",
        set(),
        {"Ferdinand Oberhuemer"},
        set(),
    ),
    # -- the author of the source is no performer
    (
        "Der Film verfilmt den Familienroman von Adelheid Brunnacker als kühles Kammerspiel.",
        set(),
        set(),
        {"Adelheid Brunnacker"},
    ),
    # English: an apposition names the part, then "and X plays him" / "gives her ..."
    (
        "Then there's a rival surveyor, Ambrose Kettle, and Lucan Hartigan-Moss plays him with relish.",
        {("Ambrose Kettle", "Lucan Hartigan-Moss")},
        {"Lucan Hartigan-Moss"},
        set(),
    ),
    (
        "The only visitor is a courier, Nell Ashdown, and Philippa Carver-Stokes gives her a dry, cornered wit.",
        {("Nell Ashdown", "Philippa Carver-Stokes")},
        {"Philippa Carver-Stokes"},
        set(),
    ),
    # English: a transcript's speaker label before a parenthesis is no performer
    (
        "HOST (Priscilla Dunwoody): Welcome back. Oriel Haskins plays the daughter, Maud Penrose.",
        {("Maud Penrose", "Oriel Haskins")},
        {"Oriel Haskins"},
        {"Priscilla Dunwoody"},
    ),
    # -- wave 2 (after set 16b's single score): a name no list knows after "von der großen"; a gapped passive after
    # a semicolon with an apposition; "Und die Enkelin, Lika, gibt X"
    (
        "Die Großmutter Nana wird von der großen Tinatin Kvaratskhelia gespielt; ihre Tochter Eka, eine müde Lehrerin, "
        "von Natia Gogoberidze. Und die Enkelin, Sopo, gibt Ana Mchedlidze mit viel Wut.",
        {
            ("Nana", "Tinatin Kvaratskhelia"),
            ("Eka", "Natia Gogoberidze"),
            ("Sopo", "Ana Mchedlidze"),
        },
        {"Tinatin Kvaratskhelia", "Natia Gogoberidze", "Ana Mchedlidze"},
        set(),
    ),
    # -- a place after a preposition is no part "ihn" points back to; "ausstattet" closes a performer's relative
    (
        "Kommissar Hauke Petersen ermittelt in Dithmarschen, und Arne Folkerts spielt ihn sehr trocken. An seiner "
        "Seite: Kommissarin Aylin Demirci, die Derya Yıldırım-Kohl mit viel Ungeduld ausstattet.",
        {("Kommissar Hauke Petersen", "Arne Folkerts"), ("Kommissarin Aylin Demirci", "Derya Yıldırım-Kohl")},
        {"Arne Folkerts", "Derya Yıldırım-Kohl"},
        set(),
    ),
    # -- a noun-only part beside the same performer's named part describes it (no second pair)
    (
        "Kapitänin Frauke Lüders (Imme Bruhns) bringt das Schiff nach Bergen. Bruhns spielt die Kapitänin mit Härte.",
        {("Kapitänin Frauke Lüders", "Imme Bruhns")},
        {"Imme Bruhns"},
        set(),
    ),
    # -- "Mit X hat Y einen Schauspieler für die Rolle gewonnen" after a colon: the part before the colon
    (
        "Nur der Küster, Bruder Anselm, ist mit einem Profi besetzt: Mit Gotthard Rensing hat die Regie einen "
        "erfahrenen Theaterschauspieler für die Rolle gewonnen.",
        {("Bruder Anselm", "Gotthard Rensing")},
        {"Gotthard Rensing"},
        set(),
    ),
    # -- "ist bei X in den richtigen Händen" (a title before a given name after an article describes, as before);
    # "und dem leiht X seine Stimme"; "die Afras Lehrling Resi spielt"
    (
        "Ihr Vormund, der Baron Eberhard, ist bei Wolfram Kessler-Zink in den richtigen Händen.",
        {("Eberhard", "Wolfram Kessler-Zink")},
        {"Wolfram Kessler-Zink"},
        set(),
    ),
    (
        "Die Hauptfigur ist ein kleiner Staubsauger, Bruno, und dem leiht Comedian Bodo Wintershagen seine Stimme.",
        {("Bruno", "Bodo Wintershagen")},
        {"Bodo Wintershagen"},
        set(),
    ),
    (
        "Stark ist die junge Ronja Seebacher, die Almuts Lehrling Kathi spielt und ihr Paroli bietet.",
        {("Kathi", "Ronja Seebacher")},
        {"Ronja Seebacher"},
        set(),
    ),
    # English: "X brings warmth to the ship's surgeon, Dr. Y"
    (
        "Harriet Moss is fine, and Cornelius Wakeford brings warmth to the village doctor, Dr. Silas Penhale.",
        {("Dr. Silas Penhale", "Cornelius Wakeford")},
        {"Cornelius Wakeford"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "pairs", "credited", "not_credited"), CASES)
def test_round16_phrasings(text: str, pairs: set[tuple[str, str]], credited: set[str], not_credited: set[str]) -> None:
    assert_phrasing(text, pairs, credited, not_credited)


@pytest.mark.parametrize(
    ("name", "floors"),
    [
        # set 16a (written first; its misses guided the round): first run cast 0.703, actors 0.814, directors 0.865
        ("round16a.jsonl", {"cast": 0.92, "actors": 0.95, "directors": 0.97}),
        # set 16b (written after wave 1, scored once: cast 0.596; wave 2 came after that score and flatters it)
        ("round16b.jsonl", {"cast": 0.78, "actors": 0.92, "directors": 0.97}),
    ],
)
def test_round16_floors(name: str, floors: dict[str, float]) -> None:
    assert_credit_floors(FIXTURES / name, floors)
