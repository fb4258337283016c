"""German cast phrasings of credits round 9 (invented sentences, fictional people), each rule with a trap that must
not pair: names no given-name list holds, titles before a lone surname, a modal verb after a role-first "Als",
a country's name before a director's name, organisations and a city that are no performers or parts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_credits import actors, cast, read_credits
from test_credits_round8 import _score

CASES = [
    # (text, expected pairs, expected actors)
    # a name no list knows after a strong cue ...
    (
        "Aigerim Sadykova spielt die Fischerin Marit, als hätte sie nie etwas anderes getan.",
        {("Marit", "Aigerim Sadykova")},
        {"Aigerim Sadykova"},
    ),
    ("Neben ihr überzeugt Siosaia Fifita als schweigsamer Bootsbauer Lemuel.", {("Lemuel", "Siosaia Fifita")}, None),
    # ... but not a noun before a given name, nor an organisation
    ("Der Gemeinderat Helmut Zirn hat einen kleinen Auftritt als Wirt.", set(), {"Helmut Zirn"}),
    ("Die Environment Agency spielt in dem Konflikt eine undurchsichtige Rolle.", set(), set()),
    ("Die Stadtwerke Lindau spielen in dem Konflikt eine undurchsichtige Rolle.", set(), set()),
    # a title before a lone surname is the part's name, also after an article ...
    (
        "Ilse Marquardt gibt die Kommissarin Lohmeyer mit trockenem Humor.",
        {("Kommissarin Lohmeyer", "Ilse Marquardt")},
        {"Ilse Marquardt"},
    ),
    (
        "Kalani Akana spielt Sheriff Dutch Morrow, der alles im Griff zu haben glaubt.",
        {("Sheriff Dutch Morrow", "Kalani Akana")},
        None,
    ),
    # ... before a given name after an article it describes, and a ranked kinship word is a relation
    ("Ilse Marquardt gibt die Kommissarin Lena Roth.", {("Lena Roth", "Ilse Marquardt")}, None),
    ("Sanne Voss spielt die jüngere Schwester Smilla.", {("Smilla", "Sanne Voss")}, None),
    # a modal verb after a role-first "Als"; a noun after "Als" stays no part
    ("Als Pater Anselm muss Bohdan Hrycak einen Mord aufklären.", {("Pater Anselm", "Bohdan Hrycak")}, None),
    ("Als Kind muss Bohdan Hrycak einen Mord mit ansehen.", set(), None),
    # a name ending in s/z takes an apostrophe for its genitive: the part is the name after the noun
    ("Kwabena Asante gibt Ebru Yıldız' Bruder Kenan.", {("Kenan", "Kwabena Asante")}, {"Kwabena Asante"}),
    ("Kwabena Asante spielt Ines Voss' Lehrer.", set(), {"Kwabena Asante"}),
    # a part named after its performer, after "namens" in a relative clause; not a dog played with
    (
        "Ayumi Takeshita, die hier eine Schauspielerin namens Ayumi spielt, trägt den Film.",
        {("Ayumi", "Ayumi Takeshita")},
        {"Ayumi Takeshita"},
    ),
    ("Ilse Marquardt, die mit einem Hund namens Bello spielt, trägt den Film.", set(), None),
    # a historical person as the part
    (
        "Björn Sundqvist verkörpert Otto von Bismarck als müden, kranken Mann.",
        {("Otto von Bismarck", "Björn Sundqvist")},
        {"Björn Sundqvist"},
    ),
    # a film loanword after a genitive ends a noun phrase, not a name
    (
        "In Amara Osei-Bonsus Biopic spielt Kofi Mensah den Erfinder Rudolf Diesel.",
        {("Rudolf Diesel", "Kofi Mensah")},
        {"Kofi Mensah"},
    ),
]


@pytest.mark.parametrize(("text", "pairs", "performers"), CASES)
def test_round9_phrasing(text: str, pairs: set[tuple[str, str]], performers: set[str] | None) -> None:
    record = read_credits(text)
    assert cast(record) == pairs
    if performers is not None:
        assert actors(record) == performers


def test_country_before_a_directors_name_is_his_people() -> None:
    """ "des Polen Tomasz Wierzbicki": "Polen" is the country and its people; the name starts after it."""
    record = read_credits("Der neue Film des Polen Tomasz Wierzbicki ist eine Komödie. Regie: Tomasz Wierzbicki.")
    assert {d.name for d in record.film.directors} == {"Tomasz Wierzbicki"}
    # a country alone before a surname-like word stays what it was (no name starts with "Polen")
    assert "Polen Tomasz Wierzbicki" not in actors(record)


GEN9 = Path(__file__).parent / "fixtures" / "credits" / "de-generalisation9.jsonl"


def test_round9_set_keeps_its_scores() -> None:
    """The 30 invented sentences written and scored before round 9 (credits alone: cast 0.706, actors 0.894,
    directors 0.727 then, pooled with the English eight); floors just under the round's end (flatters)."""
    scores = _score(GEN9)
    assert scores["cast"][2] >= 0.80
    assert scores["actors"][2] >= 0.90
    assert scores["directors"][2] >= 0.88
