"""Credits round 22, English: parts named a sentence before their performer, the part as the subject ("X is a juicy
role for Y"), judged roles ("the thankless role of the innkeeper's niece, Tamsin"), lists paired in order without
"respectively" (behind ``LISTS_IN_ORDER``), courtesy titles and multi-word ranks, and more ways critics link a
performer to a part; each with traps. Invented sentences and fictional people only."""

from __future__ import annotations

import pytest

from filmkritik import lang
from test_credits import assert_phrasing

Pairs = set[tuple[str, str]]

NAMED_THEN_PLAYED = [
    (
        "The night shift is run by a charge nurse named Sabine Wetherell. She's played by Henrike Obaseki-Marsh.",
        {("Sabine Wetherell", "Henrike Obaseki-Marsh")},
    ),
    (
        "Then there is the ferryman. His name is Tobiah Crane, and he is played by Everett Strandqvist-Moore.",
        {("Tobiah Crane", "Everett Strandqvist-Moore")},
    ),
    (
        "At the centre is a widowed beekeeper called Hester Haverbrook-Tull. Playing her is Rosalind Fairbrass.",
        {("Hester Haverbrook-Tull", "Rosalind Fairbrass")},
    ),
    (
        "The town's only doctor is a gruff man named Cyrus Fenwold. He is played by Bertram Adeyinka-Ross.",
        {("Cyrus Fenwold", "Bertram Adeyinka-Ross")},
    ),
    (
        "Her rival at the bakery is Philippa Nethercott. She is played by Celestine Hrabalova.",
        {("Philippa Nethercott", "Celestine Hrabalova")},
    ),
    (
        "We meet a retired jockey named Alf Gorringe. He's played, wonderfully, by Desmond Achebe-Hart.",
        {("Alf Gorringe", "Desmond Achebe-Hart")},
    ),
    # traps: a place named before, a director named before, no part before "Playing her"
    ("It was shot in a town called Porthwenna. He is played by Annika Fosse-Lind.", set()),
    ("Its director is Ulla Brennerova. She is played by Annika Fosse-Lind.", set()),
    ("Playing her is the excellent Rosalind Fairbrass. The film opens Friday.", set()),
]

PART_AS_SUBJECT = [
    ("Ottilie Spruance is a juicy role for Saskia Drinkwater-Obi.", {("Ottilie Spruance", "Saskia Drinkwater-Obi")}),
    (
        "The widow Maud Ploughwright gives Fenella Corrigan her best part in years.",
        {("Maud Ploughwright", "Fenella Corrigan")},
    ),
    ("Lorna Cumberbeck is a gift of a role for Imelda Ossington.", {("Lorna Cumberbeck", "Imelda Ossington")}),
    ("Garrick Oduya gets the plum role of Silas Trewhella, a con man.", {("Silas Trewhella", "Garrick Oduya")}),
    ("Ansel Gwillimore lands the meaty part of Jericho Bell.", {("Jericho Bell", "Ansel Gwillimore")}),
    # traps: the director or the film gives the performer a part; a performer gives another one a part
    ("Directed by Ulla Brennerova. Brennerova gives Harriet Mossbacher her best part in years.", set()),
    ("The Long Acre gives Harriet Mossbacher her best part in years.", set()),
    ("Harriet Mossbacher gives Silas Wimbury the role of his life.", set()),
    ("Silas Wimbury is a tough role for any actor.", set()),
]

JUDGED_ROLE_OF = [
    (
        "Winifred Ashdown has the thankless role of the innkeeper's niece, Tamsin, who mostly pours drinks.",
        {("Tamsin", "Winifred Ashdown")},
    ),
    (
        "Caspar Sandquist-Vey is stuck with the thankless part of the mayor's nephew, Rolo.",
        {("Rolo", "Caspar Sandquist-Vey")},
    ),
    ("Nadia Perrault takes the small role of the lighthouse keeper's wife, Agnes.", {("Agnes", "Nadia Perrault")}),
]

TITLES_AND_RANKS = [
    ("Mrs Treadgold, the landlady, is played by Prudence Uzoka-Lyle.", {("Mrs Treadgold", "Prudence Uzoka-Lyle")}),
    ("Tobias Farrant plays Mr Pollexfen-Gray, the grocer.", {("Mr Pollexfen-Gray", "Tobias Farrant")}),
    (
        "Dr Abernethy-Sule (Leonie Castellanos) arrives in the second act.",
        {("Dr Abernethy-Sule", "Leonie Castellanos")},
    ),
    (
        "Detective Sergeant Maren Tulliver is played by Imogen Thackeray-Bose.",
        {("Detective Sergeant Maren Tulliver", "Imogen Thackeray-Bose")},
    ),
    (
        "Deputy Sheriff Clem Haddox (Jody Farnsworth) is the first to die.",
        {("Deputy Sheriff Clem Haddox", "Jody Farnsworth")},
    ),
    (
        "Marcus Adeyemi-Stone as Staff Sergeant Orrin Stannage is the best thing here.",
        {("Staff Sergeant Orrin Stannage", "Marcus Adeyemi-Stone")},
    ),
    ("Her sergeant, Winnie, is played by Cordelia Hanratty.", {("Winnie", "Cordelia Hanratty")}),
    ("Rosamund Pilkey is wonderfully prim as Mrs Treadgold.", {("Mrs Treadgold", "Rosamund Pilkey")}),
]

MORE_PHRASINGS = [
    (
        "Lucan Ferreira-Blythe stars opposite Ines Quarrendon, who plays his wife, Margit.",
        {("Margit", "Ines Quarrendon")},
    ),
    ("With Perpetua Odell as the grandmother, Nan Quill, the film has a spine.", {("Nan Quill", "Perpetua Odell")}),
    (
        "Dorota Wyszynska, in a supporting turn as the landlady Mrs Wojtaszek, steals every scene.",
        {("Mrs Wojtaszek", "Dorota Wyszynska")},
    ),
    ("The talking fox, Rufus, is voiced by Barnaby Penhaligon-Roy.", {("Rufus", "Barnaby Penhaligon-Roy")}),
    ("Ignatius Pollard, who plays the retired boxer Sully Deane, is the heart.", {("Sully Deane", "Ignatius Pollard")}),
    (
        "Marguerite Delaunay-Scott is terrific as the titular Bettina Pemberthy.",
        {("Bettina Pemberthy", "Marguerite Delaunay-Scott")},
    ),
    (
        "Fintan Nwachukwu-Bell brings real menace to Declan Kilbannon, the gang's enforcer.",
        {("Declan Kilbannon", "Fintan Nwachukwu-Bell")},
    ),
    ("Cormac Ojukwu-Hale brings real warmth to Bodkin, the ferryman.", {("Bodkin", "Cormac Ojukwu-Hale")}),
    (
        "Playing opposite her as the widower Hal Fotheringale is Cuthbert Ongaro.",
        {("Hal Fotheringale", "Cuthbert Ongaro")},
    ),
    ("Quentin Ezeagwu's Jasper is superb.", {("Jasper", "Quentin Ezeagwu")}),
    (
        "Rhiannon Talgarth plays Morwenna, and Elis Pryce-Jenkins her brother Gethin.",
        {("Morwenna", "Rhiannon Talgarth"), ("Gethin", "Elis Pryce-Jenkins")},
    ),
    (
        "The lead, Calloway Dunmore, is played by a newcomer, Tomasina Reyes-Abbott.",
        {("Calloway Dunmore", "Tomasina Reyes-Abbott")},
    ),
    (
        "Voiced by Clementina Arrowsmith, the robot Pim is the most human thing in it.",
        {("Pim", "Clementina Arrowsmith")},
    ),
    ("Played by Osgood Fennimore-Tate, Corvin is a sad clown.", {("Corvin", "Osgood Fennimore-Tate")}),
    # traps: a quality given to a writer's script; a gapped clause after "plays" with no part; a participle
    # before the film; a performer noun that is no performer
    (
        "Rhiannon Talgarth plays Morwenna, and Elis Pryce-Jenkins the rest of the time.",
        {("Morwenna", "Rhiannon Talgarth")},
    ),
    ("Rhiannon Talgarth plays the piano, and Elis Pryce-Jenkins her brother Gethin.", set()),
    ("Voiced by Clementina Arrowsmith, the film is a treat.", set()),
    ("Calloway is played by a man, Jim Brody.", set()),
    ("Cormac Ojukwu-Hale brings real warmth to Ulla Brennerova's script.", set()),
]

IN_ORDER = [
    (
        "The Gorringe brothers, Merle and Alvin, who run the salvage yard, are played by Royce Abernathy and "
        "Kellan Muir.",
        {("Merle", "Royce Abernathy"), ("Alvin", "Kellan Muir")},
    ),
    (
        "Benedikt Sorensen and Jules Okonkwo-Reid play Ambrose and Thaddeus, two feuding cousins.",
        {("Ambrose", "Benedikt Sorensen"), ("Thaddeus", "Jules Okonkwo-Reid")},
    ),
    (
        "Griffin Ashby and Corentin Malle play the Pruitt twins, Abel and Cain.",
        {("Abel", "Griffin Ashby"), ("Cain", "Corentin Malle")},
    ),
    # traps: what two performers play that is no part, lists of different lengths
    ("Tobin Ashgrove and Mele Fonoti play cards in the first scene.", set()),
    ("Tobin Ashgrove, Mele Fonoti and Ruth Okafor-Best play Dot and Ivy.", set()),
]


def _check(text: str, pairs: Pairs) -> None:
    assert_phrasing(text, pairs, {a for _, a in pairs}, set())


@pytest.mark.parametrize(("text", "pairs"), NAMED_THEN_PLAYED)
def test_a_part_named_a_sentence_before_its_performer(text: str, pairs: Pairs) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(("text", "pairs"), PART_AS_SUBJECT)
def test_the_part_as_the_subject(text: str, pairs: Pairs) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(("text", "pairs"), JUDGED_ROLE_OF)
def test_a_judged_role_of_a_described_part(text: str, pairs: Pairs) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(("text", "pairs"), TITLES_AND_RANKS)
def test_courtesy_titles_and_ranks_as_written(text: str, pairs: Pairs) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(("text", "pairs"), MORE_PHRASINGS)
def test_more_english_phrasings(text: str, pairs: Pairs) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(("text", "pairs"), IN_ORDER)
def test_lists_in_order_without_respectively(monkeypatch: pytest.MonkeyPatch, text: str, pairs: Pairs) -> None:
    monkeypatch.setattr(lang.data("en", "credits"), "LISTS_IN_ORDER", True)
    _check(text, pairs)


def test_lists_link_nobody_by_default() -> None:
    """Built off: the older gold conventions (and two earlier tests) link two lists only with "respectively"."""
    text = "Benedikt Sorensen and Jules Okonkwo-Reid play Ambrose and Thaddeus, two feuding cousins."
    assert_phrasing(text, set(), {"Benedikt Sorensen", "Jules Okonkwo-Reid"}, set())
