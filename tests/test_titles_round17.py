"""Film identity, round 17: how pages name their film once or only in passing: a newsletter's or a diary's "I went to
see X", "I did manage to catch X on Tuesday", "habe ich endlich X gesehen", "The best thing I have seen so far is X",
"X, das Langfilmdebüt der Regisseurin Y"; an interview's heading "'…': Y on X" / "Y on X: '…'" / "„…“: Y über X"; a
closing credit block ("X" / "Directed by …"); a shouted kicker over the heading ("SPORT ON SCREEN"); a TV listing's
title over its slot line ("9.00pm, Channel Northern"); "Should you stream X on Hulu?"; a heading that ends in the
character's name. Invented pages, fictional films and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from jsonl_support import jsonl_rows
from reading_support import assert_title_read
from title_support import film_title as _title

FIXTURES = Path(__file__).parent / "fixtures" / "titles"


PAGES = [
    # an interview's heading with the speaker first and the quote after it
    (
        "Teodor Halvik on Halfway to Kestrel Point: 'I wanted the wind to be the villain'\n\nBy Ann Rowe\n\n"
        "Teodor Halvik does not like the sea. His second feature follows two lighthouse keepers cut off by a storm. "
        '"I get seasick on ferries," he says. The film opens next week in cinemas across the country, and he is '
        "already writing the next one.",
        "Halfway to Kestrel Point",
    ),
    # the quote first, the film named once more in the body
    (
        "Interviews\n\n'I wanted the sea to be a character': Mira Solt on The Tin Orchard\n\nBy Ann Rowe\n\n"
        "Mira Solt laughs a lot. The Tin Orchard, her second feature, follows a family of fruit farmers in a dry year. "
        '"We waited for rain for six weeks," she says. "It never came."',
        "The Tin Orchard",
    ),
    (
        "Interview\n\n„Ich wollte, dass man die Kälte spürt“: Regisseurin Hanne Vossberg über Die Eisheiligen\n\n"
        "Von Jonas Richter\n\nDie Eisheiligen, ihr zweiter Spielfilm, erzählt von einer Obstbauernfamilie in einer "
        "Frostnacht. „Wir hatten minus zehn Grad“, erzählt sie. „Dass Äpfel nicht im Supermarkt wachsen“, sagt sie.",
        "Die Eisheiligen",
    ),
    # a newsletter: the film named once, after "I finally saw"
    (
        "Reel Notes\nA weekly letter about films\n\nIssue 19: The week of the wet umbrella\n\nHi all,\n\n"
        "I finally saw Moth Season last night, at the Regal, and I have feelings. It is a slow, dreamy film about a "
        "lepidopterist and her estranged son on an island off Maine. The photography is gorgeous. The son is a bit of "
        "a drip. I cried twice anyway.\n\nSee you next week,\nMara",
        "Moth Season",
    ),
    (
        "Second Take\nA newsletter about films\n\nIssue #12: Sicily, but make it a rom-com\n\nHi friends,\n\n"
        "Quick one this week, but I did manage to catch Rain Over Ostend on Tuesday night and I have thoughts. "
        "The leads are charming and the harbour looks gorgeous. The script lets them down.",
        "Rain Over Ostend",
    ),
    (
        "Zweite Reihe\nDer Film-Newsletter von Anja B.\n\nAusgabe 54: Warum ich im Kino geheult habe\n\nHallo "
        "zusammen,\n\nam Mittwoch habe ich endlich Kleiner Bruder Mond gesehen, im Programmkino um die Ecke. Ich "
        "hatte mit einem netten Kinderfilm gerechnet. Ich kam als Wrack wieder raus.",
        "Kleiner Bruder Mond",
    ),
    # festival diaries
    (
        "Berlin Diary, Day 4: Snow, Queues and a Quiet Triumph\n\nBy Luca Holt\n\nThe snow came in overnight. The "
        "best thing I have seen so far is Orchard Lights. Min-ji Seo's drama follows a widowed apple farmer through "
        "one harvest. I also caught Tin Roof Sky in the Panorama, which was fine.",
        "Orchard Lights",
    ),
    (
        "Berlinale-Tagebuch, Tag 3\n\nSchnee und Schlangen\n\nIm Forum läuft am Vormittag Schwarzer Klee, das "
        "Langfilmdebüt der Grazer Regisseurin Theresa Wallner. Eine Bäuerin pflegt ihren Vater. Danach ein lauter "
        "Thriller, den ich schon vergessen habe.",
        "Schwarzer Klee",
    ),
    (
        "Berlinale-Tagebuch (4)\n\nAm Morgen zeigt das Panorama Die Salzwiese, einen stillen Film über eine "
        "Schäferin an der Nordsee. Der Saal war halb leer, zu Unrecht: Die Bilder sind wunderbar, die "
        "Hauptdarstellerin ist eine Entdeckung. Danach ein lauter Thriller, den ich schon vergessen habe.",
        "Die Salzwiese",
    ),
    # the title only in a closing credit block under a verdict headline
    (
        "MOVIES\n\nA haunting that forgets to haunt\n\nBy Priya C. | May 8, 2026\n\n"
        + (
            "The house is perfect. Every ghost story needs one, and this one has peeling wallpaper and a staircase "
            "that groans on cue. The trouble is that the film has no idea what to do with it. The lodgers hear "
            "things at night; the landlady hears nothing. "
        )
        * 3
        + "\n\nThe Lodgers of Fenwick Road\nDirected by Dana Whitlock. Starring Hollis Danvers. "
        "112 minutes. In theaters Friday.",
        "The Lodgers of Fenwick Road",
    ),
    # a shouted kicker over a pun heading and a standfirst
    (
        "SPORT ON SCREEN\n\nPar for the course\n\nGus Delaney tees off in a golf comedy that never finds the "
        "fairway\n\nGolf is hard to make funny, and Sunday at Blackmoor Links proves it. A running joke about a "
        "goose is the best thing in Sunday at Blackmoor Links.",
        "Sunday at Blackmoor Links",
    ),
    # a TV listing: the title over its slot line and a year
    (
        "TV TONIGHT\n\nFILM OF THE WEEK\nThe Long Field\n10.40pm, BBC Four\n(2019) ★★★★\n\nA beautiful, sad "
        "little film about a farmer who refuses to sell. The lead is wonderful.\n\nALSO ON\n9.00pm, ITV1 – Pitch "
        "Invasion: Quiz show.",
        "The Long Field",
    ),
    # a streaming guide's question
    (
        "Streamwise\nNetflix | Hulu | Max\n\nShould you stream The Kite Mender on Hulu? Our verdict\n\nBy Alana W.\n\n"
        "The Kite Mender, a quiet family drama from first-time director Samir Haddad, landed on Hulu this week. "
        "It deserves better.",
        "The Kite Mender",
    ),
    # a heading that ends in the character's name, under a label
    (
        "Kinderkino\n\nEin Sommer mit Oskar\n\nDer Roboter heißt „Oskar“, und er ist der beste Freund der "
        "zehnjährigen Mia. Oskar kann tanzen, Oskar kann kochen, Oskar kann nicht schwimmen. Das ist ein Problem, "
        "denn das Ferienlager liegt am See. Der Film ist witzig und klug.",
        "Ein Sommer mit Oskar",
    ),
]


@pytest.mark.parametrize(("text", "title"), PAGES)
def test_round17_titles(text: str, title: str) -> None:
    assert_title_read(text, title)


NARROW = [
    # "habe ich … zur Hälfte gesehen": only adverbs may stand between "habe ich" and the film
    (
        "Filmfest Cottbus – Blog, Tag 3\n\nDen Wettbewerbsbeitrag „Lato“ habe ich leider nur zur Hälfte gesehen, "
        "weil der Projektor ausfiel. Der Höhepunkt kam danach: „Wendeschleife“ von Tamara Jeschke, eine "
        "Tragikomödie über eine Straßenbahnfahrerin.",
        "Wendeschleife",
    ),
    # a shouted first line the body says again is the title, not a kicker (reported as the body writes it)
    (
        "MOTH SEASON\n\nA slow, dreamy film about a lepidopterist\n\nMoth Season takes its time. The island is "
        "small, the house smaller, and Moth Season earns its stillness.",
        "Moth Season",
    ),
    # an interview's topic after "über", said once, is no film
    (
        "„Wir hatten minus zehn Grad“: Hanne Vossberg über Frost und Obstbauern\n\nVon Jonas R.\n\nIhr Film "
        "„Die Eisheiligen“ kommt nächste Woche ins Kino. „Die Kamera ist zweimal eingefroren“, erzählt sie. "
        "„Die Eisheiligen“ ist ihr zweiter Spielfilm.",
        "Die Eisheiligen",
    ),
]


@pytest.mark.parametrize(("text", "title"), NARROW)
def test_round17_rules_stay_narrow(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize("batch", ["round17a"])
def test_round17_batches(batch: str) -> None:
    for row in jsonl_rows(FIXTURES / f"{batch}.jsonl"):
        assert_title_read(row["text"], row["gold"]["film_title"], row["id"])


def test_round17b_pinned() -> None:
    """round17b: 12 pages written after this round's rules and scored once (session-start reader 8/12, this reader
    9/12). Kept out of the fixture folder that pins every batch at 0.9: its three misses are open (a festival
    dispatch naming its film with no cue, a TV listing's "BBC Four, 9pm" slot line with the channel first, a German
    title inside a standfirst sentence). Pinned at what it gets right, so no change makes it worse."""
    rows = jsonl_rows(FIXTURES / "open_round17" / "round17b.jsonl")
    right = {row["id"] for row in rows if _title(row["text"]) == row["gold"]["film_title"]}
    assert len(rows) == 12
    assert right >= {row["id"] for row in rows} - {"r17b-en-03", "r17b-en-08", "r17b-de-02"}
