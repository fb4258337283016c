"""Credits round 17 (invented sentences, fictional people): the phrasings the round's first set of pages
(``fixtures/credits/round17a.jsonl``) missed, each with a trap that must not pair or credit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reading_support import assert_credit_floors
from test_credits import assert_phrasing

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "credits"

CASES = [
    # (text, expected pairs, performers that must be credited, performers that must not be)
    # -- bullet lines "• Rolle: Name" under a cast heading: the part as a cue reads it (a rank kept, a trade dropped); a
    # label's abbreviation opening a longer word ("K" in "Kriminal...") is no credit label
    (
        "Die Besetzung im Überblick:\n\n• Kriminalhauptkommissarin Wiebke Oltmanns: Gesine Harmsdorf\n"
        "• Polizeimeister Jens Tammert: Falko Riedesel\n• Hüttenwirt Korbi: Xaver Ostler\n\nRegie: Udo Feldkamp",
        {
            ("Kriminalhauptkommissarin Wiebke Oltmanns", "Gesine Harmsdorf"),
            ("Polizeimeister Jens Tammert", "Falko Riedesel"),  # a police rank compound as written (round 22)
            ("Korbi", "Xaver Ostler"),
        },
        {"Gesine Harmsdorf", "Falko Riedesel", "Xaver Ostler"},
        {"Udo Feldkamp"},
    ),
    # -- a German "Darsteller:" label alone, then "Name ... Rolle" per line
    (
        "Extras: Making-of, Trailer.\n\nDarsteller:\nMirja Lennartz ... Tilda Brokamp\nOskar Wendeborn ... Piet Asmus\n\n"
        "Bild: gut.",
        {("Tilda Brokamp", "Mirja Lennartz"), ("Piet Asmus", "Oskar Wendeborn")},
        {"Mirja Lennartz", "Oskar Wendeborn"},
        set(),
    ),
    # -- an object pronoun opening a sentence points back to the one part the sentence before names (a trade after
    # an article there only describes it); a surname resolving to no full name links nobody
    (
        "Im Mittelpunkt steht der Schleusenwärter Edzard Hinrichs, ein Mann, der kaum spricht. Reinold Buttgereit "
        "spielt ihn mit großer Ruhe.",
        {("Edzard Hinrichs", "Reinold Buttgereit")},
        {"Reinold Buttgereit"},
        set(),
    ),
    (
        "Ja, unbedingt Almuts Schwager Fiete, der Wirt am anderen Ufer. Gespielt wird er von Harro Lüdecke, und der "
        "hat die besten Sätze.",
        {("Fiete", "Harro Lüdecke")},
        {"Harro Lüdecke"},
        set(),
    ),
    # -- "Den Part übernimmt X" after "Er heißt ...": the part named before
    (
        "Ihr Gegenüber ist ein junger Designer. Er heißt Malte Oberkamp. Den Part übernimmt Jannis Vollert, und er ist "
        "der Schwachpunkt des Films.",
        {("Malte Oberkamp", "Jannis Vollert")},
        {"Jannis Vollert"},
        set(),
    ),
    # -- object first with the part's name set off by commas after the noun
    (
        "Den Wirt, Ferdl Haselsteiner, spielt Gerold Pichlmayr, und wer ihn kennt, wird staunen.",
        {("Ferdl Haselsteiner", "Gerold Pichlmayr")},
        {"Gerold Pichlmayr"},
        set(),
    ),
    (
        "Den Vater, einen harten Mann, spielt Gerold Pichlmayr.",
        set(),
        {"Gerold Pichlmayr"},
        set(),
    ),
    # -- a part named first, a performer making something of it
    (
        "Die erwachsene Tochter, Ricarda, will die Mutter zur Vernunft bringen. Die Rolle ist undankbar, aber Svenja "
        "Oltrogge macht das Beste daraus.",
        {("Ricarda", "Svenja Oltrogge")},
        {"Svenja Oltrogge"},
        set(),
    ),
    (
        "Die Jüngere, Britt, ist das schwarze Schaf. Für diese Rolle hat Kettler-Ruiz Ina Wachtendorf besetzt, und das "
        "war ein Glücksgriff.",
        {("Britt", "Ina Wachtendorf")},
        {"Ina Wachtendorf"},
        {"Kettler-Ruiz"},
    ),
    (
        "Die Ältere, Dorit, ist eine erfolgreiche Anwältin – Hella Brockhoff verleiht ihr eine Härte, die selten bricht.",
        {("Dorit", "Hella Brockhoff")},
        {"Hella Brockhoff"},
        set(),
    ),
    (
        "Emrys's estranged daughter, Nerys, appears only in the final act; Gwenllian Parry-Hughes makes the most of it.",
        {("Nerys", "Gwenllian Parry-Hughes")},
        {"Gwenllian Parry-Hughes"},
        set(),
    ),
    (
        "Commander Odell Fairbank, her boss back home, is mostly a voice on the phone; Desmond Okafor-Reeve does what "
        "he can.",
        {("Commander Odell Fairbank", "Desmond Okafor-Reeve")},
        {"Desmond Okafor-Reeve"},
        set(),
    ),
    # (with no part before it in its sentence, "does what she can" is the performer's own lead: no pair)
    (
        "Delphine Carraway stars as Junie. Her sister Maisie is a cipher. The film looks great, and Carraway does "
        "what she can.",
        {("Junie", "Delphine Carraway")},
        {"Delphine Carraway"},
        set(),
    ),
    (
        "The keeper is Emrys Pritchard, a widower who has kept the light off Pembrokeshire for decades. Idwal "
        "Vaughan-Rees plays him with a stillness that never tips into sentiment.",
        {("Emrys Pritchard", "Idwal Vaughan-Rees")},
        {"Idwal Vaughan-Rees"},
        set(),
    ),
    (
        "The coastguard, Callum, is a Glaswegian with debts. Rory McAteer is very good in the part.",
        {("Callum", "Rory McAteer")},
        {"Rory McAteer"},
        set(),
    ),
    (
        "The one exception is the vicar, Reverend Amos Tolland. Julian Hartley-Voss gives him a sadness that lands.",
        {("Reverend Amos Tolland", "Julian Hartley-Voss")},
        {"Julian Hartley-Voss"},
        set(),
    ),
    (
        "Maisie meets Tom at the fair. Julian Hartley-Voss gives her a ride home.",
        set(),
        set(),
        set(),
    ),
    # -- a transcript's question and its answer; ", that's X" after a named part
    (
        "MODERATOR: Wer spielt diese Fährfrau?\n\nKRITIKERIN: Das ist Roswitha Aichberger, eine Theaterschauspielerin. "
        "Die Figur heißt Agathe, und man glaubt ihr jeden Handgriff.\n\nMODERATOR: Und der junge Mann?\n\n"
        "KRITIKERIN: Den spielt Kilian Oberleitner, als Abwickler Dominik.",
        {("Agathe", "Roswitha Aichberger"), ("Dominik", "Kilian Oberleitner")},
        {"Roswitha Aichberger", "Kilian Oberleitner"},
        set(),
    ),
    (
        "MIKE: And then the safecracker, this nervous little guy called Pim, that's Jelle Vandenbroek, and he steals "
        "every scene.",
        {("Pim", "Jelle Vandenbroek")},
        {"Jelle Vandenbroek"},
        set(),
    ),
    # -- German copula with the part first; an apposition after a preposition ends at the parenthesis' noun
    (
        "Ihr bester Freund Kemal ist Deniz Akbulut, der mit trockenen Sprüchen punktet. Sein Torwart Abdi, ein junger "
        "Somalier, der Arzt werden will, ist Bashir Warsame-Ali, ein Laiendarsteller.",
        {("Kemal", "Deniz Akbulut"), ("Abdi", "Bashir Warsame-Ali")},
        {"Deniz Akbulut", "Bashir Warsame-Ali"},
        set(),
    ),
    (
        "Dazu kommt Gabrieles Ehemann Torben, ein Zahnarzt mit Hang zum Alkohol (herrlich peinlich: Jörg Mattfeldt).",
        {("Torben", "Jörg Mattfeldt")},
        {"Jörg Mattfeldt"},
        set(),
    ),
    # -- English ranks are kept as written, an abbreviated one too ("DS", "DC")
    (
        "DS Noreen Caffrey is played by Adaeze Nwosu-Pryce, who brings a welcome dryness. Her partner, DC Ross Kinlay, "
        "is Tomás Okeke-Walsh.",
        {("DS Noreen Caffrey", "Adaeze Nwosu-Pryce"), ("DC Ross Kinlay", "Tomás Okeke-Walsh")},
        {"Adaeze Nwosu-Pryce", "Tomás Okeke-Walsh"},
        set(),
    ),
    # -- a gapped "voiced by" after a pair
    (
        "Bramble is voiced by newcomer Poppy Aynsworth, and her grumpy hedgehog sidekick Nettle by comedian Dev "
        "Rajaratnam.",
        {("Bramble", "Poppy Aynsworth"), ("Nettle", "Dev Rajaratnam")},
        {"Poppy Aynsworth", "Dev Rajaratnam"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "pairs", "credited", "not_credited"), CASES)
def test_round17_phrasings(text: str, pairs: set[tuple[str, str]], credited: set[str], not_credited: set[str]) -> None:
    assert_phrasing(text, pairs, credited, not_credited)


@pytest.mark.parametrize(
    ("name", "floors"),
    [
        # set 17a (written first; its misses guided the round): first run cast 0.657, actors 0.841, directors 0.939
        ("round17a.jsonl", {"cast": 0.90, "actors": 0.92, "directors": 0.93}),
        # set 17b (written after the rules, scored once: cast 0.462 -> 0.636; not tuned on afterwards)
        ("round17b.jsonl", {"cast": 0.62, "actors": 0.85, "directors": 0.84}),
    ],
)
def test_round17_floors(name: str, floors: dict[str, float]) -> None:
    assert_credit_floors(FIXTURES / name, floors)
