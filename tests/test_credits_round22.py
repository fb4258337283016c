"""Credits round 22: German phrasings that state who plays whom and that the reader missed on fresh critic pages.
Every text is invented (new names, new films); each case says what the phrasing should yield, with traps."""

from __future__ import annotations

import pytest

from test_credits import assert_phrasing

# -- police, fire-service, forestry and military rank compounds no list holds, recognised by their shape: kept right
# before a name with no determiner (the character as written), dropped after an article or possessive
RANKS = [
    (
        "Polizeimeister Ilias Kanellopoulos (Dimitrios Vlachos-Bauer) ermittelt.",
        {("Polizeimeister Ilias Kanellopoulos", "Dimitrios Vlachos-Bauer")},
    ),
    (
        "Hauptbrandmeister Kuno Weidlich (Ralf Osterkamp) rückt aus.",
        {("Hauptbrandmeister Kuno Weidlich", "Ralf Osterkamp")},
    ),
    ("Revierförster Mattes (Gregor Ambacher) findet die Leiche.", {("Revierförster Mattes", "Gregor Ambacher")}),
    (
        "Kriminalrätin Edda Lührs wird von Katrin Ubbelohde gespielt.",
        {("Kriminalrätin Edda Lührs", "Katrin Ubbelohde")},
    ),
    (
        "Oberkommissar Bent Ahlgrimm wird von Sönke Marquardt gespielt.",
        {("Oberkommissar Bent Ahlgrimm", "Sönke Marquardt")},
    ),
    # traps: after an article the rank describes; civil offices and trades describe wherever they stand
    ("Der Revierförster Mattes (Gregor Ambacher) findet die Leiche.", {("Mattes", "Gregor Ambacher")}),
    ("Sönke Marquardt spielt den Oberkommissar Bent Ahlgrimm.", {("Bent Ahlgrimm", "Sönke Marquardt")}),
    (
        "Der Polizeimeister Jannis Petrakis wird von Stelios Marangou-Beck gespielt.",
        {("Jannis Petrakis", "Stelios Marangou-Beck")},
    ),
    (
        "Schuldirektorin Amalie Voss wird von Beate Grünewald gespielt.",
        {("Amalie Voss", "Beate Grünewald")},
    ),
    ("Hausmeister Pölzl (Leander Opitz) hat alle Schlüssel.", {("Pölzl", "Leander Opitz")}),
    (
        "Der Schuldirektor Pommeritz will die Schule retten. Gunnar Lüttgens spielt diesen Schuldirektor mit Wut.",
        {("Pommeritz", "Gunnar Lüttgens")},
    ),
]


@pytest.mark.parametrize(("text", "pairs"), RANKS)
def test_rank_compounds_by_shape(text: str, pairs: set[tuple[str, str]]) -> None:
    assert_phrasing(text, pairs, {a for _, a in pairs}, set())


# -- a name given in one sentence, its performer in the next
NAME_THEN_PERFORMER = [
    (
        "Der Fährmann ist ein wortkarger Mann. Er heißt Tjark. Gespielt wird er von Hannes Quadflieg-Omondi.",
        {("Tjark", "Hannes Quadflieg-Omondi")},
    ),
    (
        "Im Mittelpunkt steht eine junge Hebamme. Sie heißt Wiebke. Verkörpert wird sie von Ilonka Berghäuser-Sadiq.",
        {("Wiebke", "Ilonka Berghäuser-Sadiq")},
    ),
    ("Ihre Tochter heißt Elske. Die Rolle übernimmt Marit Vogelsang.", {("Elske", "Marit Vogelsang")}),
    ("Er heißt Bodo. Die Rolle spielt Torben Eichelkraut.", {("Bodo", "Torben Eichelkraut")}),
    ("Ein Junge namens Pelle lebt am Hafen. Dargestellt wird er von Fiete Harmsdorf.", {("Pelle", "Fiete Harmsdorf")}),
    # trap: a part named by a noun only gives the performer and no pair
    ("Der Fährmann ist ein wortkarger Mann. Die Rolle übernimmt Hannes Quadflieg.", set()),
]


@pytest.mark.parametrize(("text", "pairs"), NAME_THEN_PERFORMER)
def test_a_name_then_its_performer_in_the_next_sentence(text: str, pairs: set[tuple[str, str]]) -> None:
    performer = next(n for n in ("Hannes Quadflieg-Omondi", "Hannes Quadflieg") if n in text) if not pairs else None
    assert_phrasing(text, pairs, {a for _, a in pairs} | ({performer} if performer else set()), set())


# -- a relative clause holding the part with no article: a title, rank or kinship word stays, a trade describes
RELATIVE_TITLED = [
    ("Stark ist Ilonka Berghäuser, die Pfarrerin Wendt spielt.", {("Pfarrerin Wendt", "Ilonka Berghäuser")}),
    ("Eine Entdeckung ist Lale Okonkwo, die Mutter Hedwig verkörpert.", {("Mutter Hedwig", "Lale Okonkwo")}),
    (
        "Gut ist auch Jaro Wendland, der Polizeimeister Kalle Rönnfeldt gibt.",
        {("Polizeimeister Kalle Rönnfeldt", "Jaro Wendland")},
    ),
    (
        "Ein Glücksgriff ist Rasmus Tiedemann, der Kommissar Brockmöller spielt.",
        {("Kommissar Brockmöller", "Rasmus Tiedemann")},
    ),
    # with an article the noun describes, as before
    (
        "Dazu kommt Tobias Fenske-Ruland, der den Bürgermeister Haverkamp spielt.",
        {("Haverkamp", "Tobias Fenske-Ruland")},
    ),
    # traps: an instrument or a game is no part
    ("Dazu Ferdinand Quast, der Schach spielt, und Ottilie Brenner, die Klavier spielt.", set()),
    ("Ruben Kalthoff, der Geige spielt, ist der Bruder.", set()),
]


@pytest.mark.parametrize(("text", "pairs"), RELATIVE_TITLED)
def test_a_relative_clause_with_a_titled_part(text: str, pairs: set[tuple[str, str]]) -> None:
    assert_phrasing(text, pairs, {a for _, a in pairs}, set())


# -- a part shaped by its performer: "macht aus ... einen", "legt ... als ... an", "spielt seinen Anton als ..."
SHAPED = [
    (
        "Gernot Pfisterer macht aus dem Heimleiter Gruberbauer einen Mann, der niemandem traut.",
        {("Gruberbauer", "Gernot Pfisterer")},
    ),
    ("Jasper Wolkenstein macht aus Ingo einen liebenswerten Verlierer.", {("Ingo", "Jasper Wolkenstein")}),
    ("Svenja Wohlrab legt ihre Hanna als stille Rebellin an.", {("Hanna", "Svenja Wohlrab")}),
    (
        "Margit Zuckmayer legt die Rolle der Bäuerin Kreszenz als zornige Frau an.",
        {("Kreszenz", "Margit Zuckmayer")},
    ),
    ("Kilian Mortensen spielt seinen Anton als verschlossenen Eigenbrötler.", {("Anton", "Kilian Mortensen")}),
    ("Leander Opitz gibt den Hausmeister Pölzl als gutmütigen Grantler.", {("Pölzl", "Leander Opitz")}),
    # traps: a story or a habit is no part; a director shapes, nobody plays
    ("Jasper Wolkenstein macht aus der Geschichte einen Thriller.", set()),
    ("Regisseurin Hedda Morgenroth macht aus der Vorlage einen Film über Schuld.", set()),
    ("Ruth Kesselring legt Wert auf Details und legt ihre Rolle als Studie an.", set()),
]


@pytest.mark.parametrize(("text", "pairs"), SHAPED)
def test_a_part_shaped_by_its_performer(text: str, pairs: set[tuple[str, str]]) -> None:
    assert_phrasing(text, pairs, {a for _, a in pairs}, {"Hedda Morgenroth"})


# -- a part first, a long apposition (with its own clause), then the performer
LONG_APPOSITIONS = [
    (
        "Als Kapitän Hinrichsen, einem Mann, der nie an Land geht, ist Ole Sturmfeld zu sehen.",
        {("Kapitän Hinrichsen", "Ole Sturmfeld")},
    ),
    (
        "Als Mechaniker Ruben, einem Eigenbrötler, der mit Motoren redet, glänzt Malik Osterwald.",
        {("Ruben", "Malik Osterwald")},
    ),
    (
        "Als Tante Ludmilla, die ihr Geld im Garten vergräbt, ist Waltraud Seibold-Amar zu sehen.",
        {("Tante Ludmilla", "Waltraud Seibold-Amar")},
    ),
    (
        "Sein Enkel Dardan, ein zehnjähriger Junge aus Prizren, wird von Lirim Bajrami gespielt.",
        {("Dardan", "Lirim Bajrami")},
    ),
    (
        "Ihr Vater Anselm, ein verbitterter Schreiner, wird gespielt von Konrad Wetzlar.",
        {("Anselm", "Konrad Wetzlar")},
    ),
    (
        "Seine Nichte Oona, eine Studentin aus Cork, die alles filmt, wird von Siobhan Garrity gespielt.",
        {("Oona", "Siobhan Garrity")},
    ),
    (
        "Ihr Bruder Kenan, ein Taxifahrer aus Duisburg, wird dargestellt von Cem Aydoğdu.",
        {("Kenan", "Cem Aydoğdu")},
    ),
    ("Jakob, sein Sohn, ein stiller Junge, wird von Lenz Aichinger gespielt.", {("Jakob", "Lenz Aichinger")}),
    # traps: a relation without a name gives the performer only
    ("Als ihr Vater, ein Trinker, der alles verspielt hat, überzeugt Egon Wachsmuth.", set()),
    ("Seine Frau, eine Ärztin aus Kiel, wird von Wiebke Andresen-Mol gespielt.", set()),
]


@pytest.mark.parametrize(("text", "pairs"), LONG_APPOSITIONS)
def test_a_long_apposition_between_part_and_performer(text: str, pairs: set[tuple[str, str]]) -> None:
    assert_phrasing(text, pairs, {a for _, a in pairs}, set())


# -- two performers of the same parts: in order only with a word that says so; a second age, the verb left out
ORDERED_AND_AGES = [
    (
        "Jonte Riedel und Smilla Hollbach spielen jeweils Malte und Ida.",
        {("Malte", "Jonte Riedel"), ("Ida", "Smilla Hollbach")},
    ),
    (
        "Jonte Riedel und Smilla Hollbach spielen Malte beziehungsweise Ida.",
        {("Malte", "Jonte Riedel"), ("Ida", "Smilla Hollbach")},
    ),
    (
        "Die jungen Geschwister Malte und Ida werden von Jonte Riedel und Smilla Hollbach gespielt, die erwachsenen "
        "von Bastian Reuß und Hella Marquart.",
        {
            ("Malte", "Jonte Riedel"),
            ("Ida", "Smilla Hollbach"),
            ("Malte", "Bastian Reuß"),
            ("Ida", "Hella Marquart"),
        },
    ),
    (
        "Jonte Riedel spielt den jungen Malte, Bastian Reuß den älteren.",
        {("Malte", "Jonte Riedel"), ("Malte", "Bastian Reuß")},
    ),
    (
        "Den jungen Malte spielt Jonte Riedel, den erwachsenen Bastian Reuß.",
        {("Malte", "Jonte Riedel"), ("Malte", "Bastian Reuß")},
    ),
    # traps: without such a word two lists stay unpaired (the gold convention); nouns and games are no parts
    ("Jonte Riedel und Smilla Hollbach spielen Malte und Ida.", set()),
    ("Jonte Riedel und Smilla Hollbach spielen jeweils die Eltern.", set()),
    ("Jonte Riedel und Smilla Hollbach spielen jeweils Theater und Klavier.", set()),
]


@pytest.mark.parametrize(("text", "pairs"), ORDERED_AND_AGES)
def test_two_performers_in_order_and_a_second_age(text: str, pairs: set[tuple[str, str]]) -> None:
    assert_phrasing(text, pairs, {a for _, a in pairs}, set())


def test_a_voice_given_through_a_pronoun_points_back() -> None:
    """ "Der Papagei Koko ist der Star. Ihm leiht X ihre Stimme": the one part the sentence before names."""
    assert_phrasing(
        "Der Papagei Koko ist der heimliche Star. Ihm leiht Annelore Stiebitz ihre Stimme.",
        {("Koko", "Annelore Stiebitz")},
        {"Annelore Stiebitz"},
        set(),
    )


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a rank compound after "ist" marks the part, never a performer read the wrong way round
        ("Henrike Sauerbrey ist Kriminaloberrätin Jana Kühl.", {("Kriminaloberrätin Jana Kühl", "Henrike Sauerbrey")}),
        (
            "Als Kind wird Malte von Jonte Riedel gespielt, als Erwachsener von Bastian Reuß.",
            {
                ("Malte", "Jonte Riedel"),
                ("Malte", "Bastian Reuß"),
            },
        ),
    ],
)
def test_copula_rank_and_an_age_first(text: str, pairs: set[tuple[str, str]]) -> None:
    assert_phrasing(text, pairs, {a for _, a in pairs}, set())


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # the part first, "ist die Rolle von", then its performer (not the part read as a performer)
        (
            "Ursel, die alle bewundern, ist die Rolle von Henrike Sauerbrey, die das Beste daraus macht.",
            {("Ursel", "Henrike Sauerbrey")},
        ),
        ("Die Mutter ist die Rolle von Henrike Sauerbrey.", set()),
        # an age before both lists of performers, then the second age with the verb left out
        (
            "Die Brüder Tammo und Okke werden als Erwachsene von Jesko Lindhorst und Bent Carstensen gespielt, als "
            "Kinder von Fiete Janssen und Mats Hinrichsen-Ole.",
            {
                ("Tammo", "Jesko Lindhorst"),
                ("Okke", "Bent Carstensen"),
                ("Tammo", "Fiete Janssen"),
                ("Okke", "Mats Hinrichsen-Ole"),
            },
        ),
    ],
)
def test_role_of_a_performer_and_two_ages(text: str, pairs: set[tuple[str, str]]) -> None:
    assert_phrasing(text, pairs, {a for _, a in pairs} or {"Henrike Sauerbrey"}, set())
