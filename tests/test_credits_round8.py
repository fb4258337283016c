"""German cast phrasings of credits round 8 (invented sentences, fictional people), each with a trap that must not
pair: remarks after a name in parentheses, voice credits with adjectives and verb-final "spricht", passives with
the participle first or an age before the performer, a role named in an apposition after a part noun, a bare role
name in a relative clause, a semicolon before an object-first clause, and a pronoun whose antecedent is the one
person named just before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_credits import actors, cast, credit_scores, read_credits

CASES = [
    # (text, expected pairs, expected actors)
    (
        "Der Hausmeister Bruno (Aurelio Fontana, in seiner besten Rolle seit Jahren) hat längst aufgegeben.",
        {("Bruno", "Aurelio Fontana")},
        {"Aurelio Fontana"},
    ),
    # a remark that names someone else is no credit of one performer
    ("Der Hausmeister Bruno (Aurelio Fontana, in seiner Rolle neben Tom Berger) hat aufgegeben.", set(), set()),
    ("Der knurrigen Bärin Berta leiht Katharina Wolff ihre raue, tiefe Stimme.", {("Berta", "Katharina Wolff")}, None),
    (
        "In der deutschen Fassung leiht Tarek Haddad dem vorlauten Erdmännchen Pico seine Stimme.",
        {("Pico", "Tarek Haddad")},
        {"Tarek Haddad"},
    ),
    (
        "Tarek Haddad singt im Film, während Mirja Halonen den eitlen Kater Felix spricht.",
        {("Felix", "Mirja Halonen")},
        None,
    ),
    # "spricht" without a named part is no voice credit
    ("Es ist bekannt, dass Mirja Halonen die Sprache Italiens spricht.", set(), set()),
    ("Man hört, wie Mirja Halonen die Wahrheit spricht.", set(), set()),
    (
        "Verkörpert wird der greise Patriarch Ambrosius von dem 84-jährigen Wolfram Seidl, der dafür zurückkehrte.",
        {("Ambrosius", "Wolfram Seidl")},
        {"Wolfram Seidl"},
    ),
    # a relation without a name, and "von der Band": no pair
    ("Verkörpert wird der Vater von Wolfram Seidl.", set(), {"Wolfram Seidl"}),
    ("Dargestellt wird der Schmied Bruno von der Band Die Ärzte.", set(), set()),
    (
        "Ihre Tochter Nele, die lieber Punk hört, wird von der erst 15-jährigen Lilly Brenner gespielt, einer Entdeckung.",
        {("Nele", "Lilly Brenner")},
        {"Lilly Brenner"},
    ),
    (
        "Die Hauptfigur, die Kellnerin Dunja, spielt Teodora Ilić mit einer Mischung aus Trotz und Erschöpfung.",
        {("Dunja", "Teodora Ilić")},
        {"Teodora Ilić"},
    ),
    (
        "Die Hauptrolle, den wortkargen Uhrmacher Anselm, übernimmt der Theaterschauspieler Kristof Węgrzyn.",
        {("Anselm", "Kristof Węgrzyn")},
        {"Kristof Węgrzyn"},
    ),
    # the name in the apposition belongs to someone else
    ("Die Mutter, eine Freundin von Anna, spielt Teodora Ilić.", set(), {"Teodora Ilić"}),
    ("Die Mutter, eine harte Frau, spielt Teodora Ilić.", set(), {"Teodora Ilić"}),
    ("Karla Meinert, die Kat spielt, gibt sich Mühe.", {("Kat", "Karla Meinert")}, {"Karla Meinert"}),
    # an instrument or a place is no role
    ("Karla Meinert, die Klavier spielt, gibt sich Mühe.", set(), {"Karla Meinert"}),
    ("Karla Meinert, die Berlin spielt, gibt sich Mühe.", set(), {"Karla Meinert"}),
    (
        "Im Zentrum steht Hanna Petersen als Pianistin Margarethe; ihren Sohn Jakob spielt Emre Aydın mit Zurückhaltung.",
        {("Margarethe", "Hanna Petersen"), ("Jakob", "Emre Aydın")},
        {"Hanna Petersen", "Emre Aydın"},
    ),
    (
        "Der Film gehört Ewa Kowalska. Sie verkörpert die Hebamme Zofia mit großer Wärme.",
        {("Zofia", "Ewa Kowalska")},
        {"Ewa Kowalska"},
    ),
    (
        "Wer Jorinde Malz zuletzt in „Kaltes Land“ gesehen hat, wird sie kaum wiedererkennen: Sie spielt die Wirtin Rosi.",
        {("Rosi", "Jorinde Malz")},
        {"Jorinde Malz"},
    ),
    # two people named before: the pronoun's antecedent is unknown, so no pair
    ("Der Film folgt Tom Weber und Lisa Brandt. Sie spielt die Lehrerin Ada.", set(), None),
]


@pytest.mark.parametrize(("text", "pairs", "performers"), CASES, ids=[c[0][:40] for c in CASES])
def test_round8_phrasing(text: str, pairs: set[tuple[str, str]], performers: set[str] | None) -> None:
    record = read_credits(text)
    assert cast(record) == pairs
    if performers is not None:
        assert actors(record) == performers


MORE_CASES = [
    (
        "An der Seite von Frederike Lamm, die die Bürgermeisterin Hedwig Sauer spielt, glänzt Yusuf Demir.",
        {("Hedwig Sauer", "Frederike Lamm")},
        {"Frederike Lamm"},
    ),
    (
        "Daneben ist Lieselotte Ambrosius als dessen resolute Schwester Agathe zu sehen.",
        {("Agathe", "Lieselotte Ambrosius")},
        {"Lieselotte Ambrosius"},
    ),
    (
        "Bemerkenswert ist, wie Ravi Chandrasekhar den introvertierten Programmierer Dev anlegt: nie als Karikatur.",
        {("Dev", "Ravi Chandrasekhar")},
        {"Ravi Chandrasekhar"},
    ),
    # after "wie", a thing played is no part and makes nobody a performer
    ("Man sieht, wie Ravi Chandrasekhar den Ball spielt.", set(), set()),
]


@pytest.mark.parametrize(("text", "pairs", "performers"), MORE_CASES, ids=[c[0][:40] for c in MORE_CASES])
def test_round8_more_phrasing(text: str, pairs: set[tuple[str, str]], performers: set[str]) -> None:
    record = read_credits(text)
    assert cast(record) == pairs
    assert actors(record) == performers


DIRECTOR_CASES = [
    ("Es ist der zweite Spielfilm der Georgierin Nino Beridze.", {"Nino Beridze"}),
    (
        "In „Das Eisen“ von Ayşe Korkmaz ringt ein Schmied mit seinem Sohn; in „Sturmzeit“, dem neuen Film des "
        "Schweizers Reto Giger, ist es ein Bergführer.",
        {"Reto Giger"},
    ),
    # another film's maker, named by the same phrase
    ("Weniger Glück hatte das Publikum mit „Kaltfront“, dem neuen Film von Benedikt Rauschenbach.", set()),
    ("„Kaltfront“ ist der neue Film des Norwegers Henrik Moe.", set()),
    ("Das ist der Film des Jahres, und Anna Berg spielt darin die Hauptrolle.", set()),
    (
        "Regie führten Lucía Ferrer und ihr Lebensgefährte Bastian Kohl, die zuvor Kurzfilme drehten.",
        {"Lucía Ferrer", "Bastian Kohl"},
    ),
    # a singular "führte": the partner opens the next clause and acts
    ("Regie führte Lucía Ferrer und ihr Lebensgefährte Bastian Kohl spielt den Vater.", {"Lucía Ferrer"}),
    (
        "Er stammt von einem Regieduo aus Brünn: Jana Vltavská und Petr Hollan haben sich an der Filmschule kennengelernt.",
        {"Jana Vltavská", "Petr Hollan"},
    ),
]


@pytest.mark.parametrize(("text", "directors"), DIRECTOR_CASES, ids=[c[0][:40] for c in DIRECTOR_CASES])
def test_round8_directors(text: str, directors: set[str]) -> None:
    record = read_credits(text, title="Sturmzeit")
    assert {d.name for d in record.film.directors} == directors


LATER_CASES = [
    (
        "In der Rolle des Schmugglers Tomasz, der halb Lebemann, halb Gespenst ist, sehen wir Piotr Zieliński.",
        {("Tomasz", "Piotr Zieliński")},
        {"Piotr Zieliński"},
    ),
    # a relation without a name, however long the clause after it
    ("In der Rolle des Vaters, der alles verloren hat, sehen wir Piotr Zieliński.", set(), {"Piotr Zieliński"}),
    (
        "Den Part des Bösewichts, eines Schleusers namens Viktor, übernimmt ausgerechnet Publikumsliebling Felix Haberland.",
        {("Viktor", "Felix Haberland")},
        {"Felix Haberland"},
    ),
    ("Den Part des Bösewichts übernimmt Felix Haberland.", set(), {"Felix Haberland"}),
    (
        "Den eigentlichen Scene-Stealer, einen eitlen Papageientaucher namens Reginald, spricht Colm Ó Briain.",
        {("Reginald", "Colm Ó Briain")},
        {"Colm Ó Briain"},
    ),
    (
        "Der eigentliche Star ist aber Nikolai Wrede: Als cholerischer Dirigent Valentin Hofer reißt er jede Szene an sich.",
        {("Valentin Hofer", "Nikolai Wrede")},
        {"Nikolai Wrede"},
    ),
    # two people before the pronoun, or no named part: no pair
    (
        "Nikolai Wrede und Anna Berg sind die Stars. Als Dirigent Valentin Hofer reißt er jede Szene an sich.",
        set(),
        set(),
    ),
    ("Nikolai Wrede ist der Star. Als Kind wirkt er verloren.", set(), set()),
    (
        "Clara Ruiz gibt die Tochter des Bürgermeisters, Paloma, als stille Rebellin.",
        {("Paloma", "Clara Ruiz")},
        {"Clara Ruiz"},
    ),
    ("Clara Ruiz spielt die Tochter des Bürgermeisters, Paloma Garcia ist ihre Freundin.", set(), {"Clara Ruiz"}),
    # a character's lone name playing an instrument
    ("Paloma spielt Klavier.", set(), set()),
    ("Abby beginnt ein Verhältnis mit dessen angestellten Ray (John Getz).", {("Ray", "John Getz")}, {"John Getz"}),
    ("Abby trifft ihren alten Landvermesser (John Getz).", set(), {"John Getz"}),
]


@pytest.mark.parametrize(("text", "pairs", "performers"), LATER_CASES, ids=[c[0][:40] for c in LATER_CASES])
def test_round8_later_phrasing(text: str, pairs: set[tuple[str, str]], performers: set[str]) -> None:
    record = read_credits(text)
    assert cast(record) == pairs
    assert actors(record) == performers


FAMILY_CASES = [
    (
        "Dann wäre da noch Kaspar Wendt. Er gibt den Betrüger Mattes, und das mit Lust.",
        {("Mattes", "Kaspar Wendt")},
        {"Kaspar Wendt"},
    ),
    # a pronoun's object with no role noun before it is no part
    ("Dann wäre da noch Kaspar Wendt. Er spielt Schach, und das mit Lust.", set(), None),
    (
        "Henrike Stolle gibt ihrer Figur, der Schneiderin Agathe, eine große Würde.",
        {("Agathe", "Henrike Stolle")},
        {"Henrike Stolle"},
    ),
    ("Die Figur des Gregor legt Tom Kessler als stillen Verlierer an.", {("Gregor", "Tom Kessler")}, {"Tom Kessler"}),
    ("Die Figur des Vaters spielt Tom Kessler mit Wucht.", set(), {"Tom Kessler"}),
    (
        "Tom Kessler spielt ihn, den verbitterten Heimkehrer Gregor, mit großer Ruhe.",
        {("Gregor", "Tom Kessler")},
        {"Tom Kessler"},
    ),
    ("Tom Kessler spielt ihn, den Verlierer, mit großer Ruhe.", set(), {"Tom Kessler"}),
    ("Der Gemeinderat Helmut Zirn hat einen kleinen Auftritt als Wirt.", set(), {"Helmut Zirn"}),
    # another time's appearance
    ("Helmut Zirn hat einen kleinen Auftritt im Fernsehen gehabt.", set(), set()),
    ("Im Ensemble überzeugen vor allem Jonas Berg und Mia Kahl.", set(), {"Jonas Berg", "Mia Kahl"}),
]


@pytest.mark.parametrize(("text", "pairs", "performers"), FAMILY_CASES, ids=[c[0][:40] for c in FAMILY_CASES])
def test_round8_family_phrasing(text: str, pairs: set[tuple[str, str]], performers: set[str] | None) -> None:
    record = read_credits(text)
    assert cast(record) == pairs
    if performers is not None:
        assert actors(record) == performers


CASTING_CASES = [
    (
        "Mara Lenz ist in einer Doppelrolle als Ruth und Rahel zu sehen.",
        {("Ruth", "Mara Lenz"), ("Rahel", "Mara Lenz")},
        {"Mara Lenz"},
    ),
    ("Für die Rolle der Ärztin Ruth konnte Mara Lenz gewonnen werden.", {("Ruth", "Mara Lenz")}, {"Mara Lenz"}),
    # a relation without a name: the performer only
    ("Für die Rolle der Mutter wurde Mara Lenz verpflichtet.", set(), {"Mara Lenz"}),
    ("Mara Lenz macht aus der Ärztin Ruth eine tragische Figur.", {("Ruth", "Mara Lenz")}, {"Mara Lenz"}),
    # the director shapes a heroine; a source is no part
    ("Regisseurin Mara Lenz macht aus der Heldin Ruth eine Ikone.", set(), set()),
    ("Mara Lenz macht aus der Vorlage einen Thriller.", set(), set()),
]


@pytest.mark.parametrize(("text", "pairs", "performers"), CASTING_CASES, ids=[c[0][:40] for c in CASTING_CASES])
def test_round8_castings(text: str, pairs: set[tuple[str, str]], performers: set[str]) -> None:
    record = read_credits(text)
    assert cast(record) == pairs
    assert actors(record) == performers


CO_DIRECTOR_CASES = [
    ("Die Geschwister Lea und Jonas Brandl haben den Film gemeinsam gedreht.", {"Lea Brandl", "Jonas Brandl"}),
    (
        "Inszeniert haben Lea Brandl und Tomasz Nowak, die schon beim Vorgänger zusammenarbeiteten.",
        {"Lea Brandl", "Tomasz Nowak"},
    ),
    ("Lea Brandl und Tomasz Nowak führen gemeinsam Regie.", {"Lea Brandl", "Tomasz Nowak"}),
    (
        "Lea Brandl und Tomasz Nowak erzählen in ihrem zweiten gemeinsamen Film von einer Familie.",
        {"Lea Brandl", "Tomasz Nowak"},
    ),
    (
        "Nach „Kalter Hund“ legen Lea Brandl und Tomasz Nowak nun ihren zweiten Spielfilm vor.",
        {"Lea Brandl", "Tomasz Nowak"},
    ),
    ("Der Film der Brüder Jannik und Mats Oldenburg ist ein Ereignis.", {"Jannik Oldenburg", "Mats Oldenburg"}),
    # another film made together, a film about brothers, a singular possessive after a list of actors
    ("Lea Brandl und Tomasz Nowak haben 2019 gemeinsam „Kalter Hund“ gedreht.", set()),
    ("Der Film handelt von den Brüdern Jannik und Mats Oldenburg.", set()),
    ("Mit Lea Brandl und Tomasz Nowak legt Jan Berg seinen zweiten Spielfilm vor.", {"Jan Berg"}),
]


@pytest.mark.parametrize(("text", "directors"), CO_DIRECTOR_CASES, ids=[c[0][:40] for c in CO_DIRECTOR_CASES])
def test_round8_co_directors(text: str, directors: set[str]) -> None:
    record = read_credits(text, title="Sturmzeit")
    assert {d.name for d in record.film.directors} == directors


GEN8 = Path(__file__).parent / "fixtures" / "credits" / "de-generalisation8.jsonl"


def _score(fixture: Path) -> dict[str, tuple[float, float, float]]:
    return credit_scores(fixture, lambda row: read_credits(row["text"], title=row.get("title", "Sturmzeit")))


def test_round8_set_keeps_its_scores() -> None:
    """The 48 invented sentences written and scored before round 8 (cast 0.638, actors 0.835, directors 0.903 then);
    floors just under the round's end, which flatters (the rules were written with these misses in view)."""
    scores = _score(GEN8)
    assert scores["cast"][2] >= 0.92 and scores["cast"][0] >= 0.95
    assert scores["actors"][2] >= 0.93
    assert scores["directors"][2] >= 0.97


AFTER_8B_CASES = [
    (
        "Ihren Enkel, einen Taugenichts namens Benno, spielt der Österreicher Florian Stadlmayr mit Lust am Chaos.",
        {("Benno", "Florian Stadlmayr")},
        {"Florian Stadlmayr"},
    ),
    (
        "Die Geschichte der Bäuerin Hanne, verkörpert von einer großartigen Brigitte Sommer, ist schnell erzählt.",
        {("Hanne", "Brigitte Sommer")},
        {"Brigitte Sommer"},
    ),
    (
        "Dem Waschbären Rocco leiht Jens Oberländer seine Stimme, die kluge Eule Frau Minerva spricht Gisela Brandauer.",
        {("Rocco", "Jens Oberländer"), ("Frau Minerva", "Gisela Brandauer")},
        {"Jens Oberländer", "Gisela Brandauer"},
    ),
    # "spricht X an": someone speaks to X
    ("Er wartet, die alte Frau spricht Ilse Brand an.", set(), set()),
    # the maker of a work once shown there
    ("Der Film lief im Forum, wo im Vorjahr schon „Grauzone“ von Milan Petrović zu sehen war.", set(), set()),
]


@pytest.mark.parametrize(("text", "pairs", "performers"), AFTER_8B_CASES, ids=[c[0][:40] for c in AFTER_8B_CASES])
def test_round8_after_second_set(text: str, pairs: set[tuple[str, str]], performers: set[str]) -> None:
    record = read_credits(text)
    assert cast(record) == pairs
    assert actors(record) == performers


def test_film_of_a_foreign_director_with_an_unlisted_given_name() -> None:
    record = read_credits("Der dritte Film des iranischen Regisseurs Dariush Farahani beginnt mit einer Hochzeit.")
    assert [(d.name, d.nationality) for d in record.film.directors] == [("Dariush Farahani", "Iran")]
    # two words that are no names stay out, whatever stands before them
    assert not read_credits("Der neue Film des Schweizers Brot Butter beginnt.").film.directors


def test_second_set_keeps_its_scores() -> None:
    """The 16 sentences written after the round's rules and scored once (cast 0.632, actors 0.800, directors 0.400:
    the honest figure); a last general pass that saw its misses reads cast 0.818, actors 0.923, directors 0.667.
    Floors just under that guard against losing it; they are no estimate."""
    scores = _score(GEN8.with_name("de-generalisation8b.jsonl"))
    assert scores["cast"][2] >= 0.8 and scores["cast"][0] >= 0.9
    assert scores["actors"][2] >= 0.9
    assert scores["directors"][2] >= 0.65


TELLS_CASES = [
    (
        "In „Sturmzeit“ erzählen die Zwillingsschwestern Ana und Sofia Reyes, die bislang nur Kurzfilme vorgelegt "
        "haben, von einem Fischerdorf in Galicien.",
        {"Ana Reyes", "Sofia Reyes"},
    ),
    ("In „Sturmzeit“ erzählt Regisseurin Mara Holm von einem Dorf.", {"Mara Holm"}),
    # another film; people telling on screen in a documentary
    ("In „Kalter Hund“ erzählen Ana und Sofia Reyes von einem Dorf.", set()),
    ("In „Sturmzeit“ erzählen Anna Berg und Tom Weber, wie es war.", set()),
]


@pytest.mark.parametrize(("text", "directors"), TELLS_CASES, ids=[c[0][:40] for c in TELLS_CASES])
def test_round8_title_then_tells(text: str, directors: set[str]) -> None:
    record = read_credits(text, title="Sturmzeit")
    assert {d.name for d in record.film.directors} == directors
