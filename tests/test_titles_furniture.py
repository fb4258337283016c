"""Film identity against site furniture and on labelled pages (round 7): mastheads found by their shape (the short
lines over a menu row, a line naming an issue), info-box title labels, numbered sequels with their subtitles, labels
before the film's name, a rating attached to the line above it, original titles trimmed to the title. All texts are
fictional."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmkritik.read.titles import key_of
from title_support import film_identity


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # an unknown outlet's name over its menu row, no tagline: the masthead, whatever its name
            "GRAUZONE\nStart | Kino | Bühne | Bücher | Abo\nEin Sommer zum Vergessen\n"
            "„Die Rübenprinzessin“ ist eine Komödie über einen Bauernhof in der Börde. Regisseur Till Anders hat ein "
            "Händchen für Figuren, aber keins für Pointen. Die Rübenprinzessin ist nett, mehr nicht.",
            "Die Rübenprinzessin",
        ),
        (  # the same in English, the name said again in a footer box
            "LANTERN & LENS\nNews · Film · Music · Opinion\nA small town holds its breath\n"
            "Quarry Girls is a tense little drama about three sisters in a Welsh mining village. Director Owain Pugh "
            "never lets the tension drop, and Quarry Girls ends on a perfect note.\n"
            "Sign up for the Lantern & Lens newsletter",
            "Quarry Girls",
        ),
        (  # a newsletter's name on a line with its issue number
            "The Projector Room — Issue 112\nThis week: The Cartographer's Son\n"
            "I finally saw The Cartographer's Son, and it is every bit as strange as promised. The Cartographer's Son "
            "is the best thing I have seen this year.",
            "The Cartographer's Son",
        ),
        (  # an info box's title label keeps "von …", which a headline cue would take for the director
            "Kritik\nEin Dorf im Nebel\nDie Geschichte ist schnell erzählt, der Film lässt sich Zeit. Zwei Brüder "
            "streiten um einen Hof am Rand der Welt.\nTitel: Die Brüder von Kaltenbrunn\nDeutschland 2025, 101 Min.",
            "Die Brüder von Kaltenbrunn",
        ),
        (  # a numbered sequel is headed by its full name and called by its short one
            "Neu im Kino\nPiratenbande 3: Das Geisterschiff\nDie Piratenbande ist zurück, und der dritte Teil ist "
            "der beste. „Piratenbande 3“ hat Tempo, Witz und ein Geisterschiff, das Kinder lieben werden.",
            "Piratenbande 3: Das Geisterschiff",
        ),
        (  # a title with a number is no sequel when nothing speaks of a series: the teaser after its colon stays out
            "Kinokritik\nHangar 7: Niemand hört dich schreien\nEin Flughafen, eine Nacht, ein Monster. Hangar 7 ist "
            "solider Genrestoff, Hangar 7 will aber nie mehr sein.",
            "Hangar 7",
        ),
        (  # a label said once hands its headline to the name after its colon that the text repeats
            "Filmclub\nUnser Film im März: Die Gärten von Sintra\nDie Mitglieder haben gewählt: Die Gärten von "
            "Sintra, ein portugiesisches Drama über eine Gärtnerin, die ihren Park verteidigt. Die Gärten von Sintra "
            "läuft am Donnerstag.",
            "Die Gärten von Sintra",
        ),
        (  # a maker's possessive opens the headline sentence; the body says the film's name on its own
            "Ruth Kemper's Lowlands Finds Beauty in the Flat Country\nBy Dan Ortiz\n"
            "Lowlands is a patient film about a dike warden in Zeeland. Kemper shoots the polders like a painter. "
            "Lowlands rewards patience.",
            "Lowlands",
        ),
        (  # a rating attaches to the line above it; of its names, the one the text repeats
            "Mara Quinn in Bitterroot\n★★★★☆\nA ranch in Montana, a drought, a family coming apart. Bitterroot is "
            "spare and strong, and Mara Quinn holds it together.",
            "Bitterroot",
        ),
        (  # quoted speech heading an English page is no title: English titles are title-cased
            "“We never talked about any of it”\nA family drama that finally says it out loud\n"
            "In Winter Apples, director Sam Hale follows three adult siblings who clear out their late mother's "
            "house. Winter Apples is funny and sad in equal measure.",
            "Winter Apples",
        ),
        (  # a copyright line under the title is furniture, not a heading over the facts
            "THE GLASS MERIDIAN\nA film review by Ben Hollis\nCopyright 2025 Ben Hollis\nUK, 2025\n"
            "Running Length: 1:52\nA lighthouse keeper in Cornwall finds a message in a bottle from his younger self.",
            "THE GLASS MERIDIAN",
        ),
    ],
)
def test_furniture_and_labels(text: str, title: str) -> None:
    assert film_identity(text)[0] == title


@pytest.mark.parametrize(
    ("text", "original", "year"),
    [
        (  # facts after the original title in the same bracket are no part of it
            "Die Muschelsucherin\n„Die Muschelsucherin“ (OT: De schelpenzoekster, B 2025) ist ein stiller Film über "
            "eine Witwe am Strand von Ostende.",
            "De schelpenzoekster",
            2025,
        ),
        (  # a numbered original title keeps its subtitle
            "Die Eisprinzessin 2\nOriginaltitel: Isprinsessen 2: Nordlyset\nNorwegen 2025, 84 Min.\n"
            "Die Eisprinzessin 2 ist ein Kinderfilm für die ganz Kleinen.",
            "Isprinsessen 2: Nordlyset",
            2025,
        ),
        (  # a bracketed name between the title and its facts is the original title
            "Die Hütte am See\nEin finnischer Sommerfilm.\nDie Hütte am See (Mökki), Finnland 2024, 90 Min., "
            "Regie: Aino Virtanen",
            "Mökki",
            2024,
        ),
        (  # a sentence of facts after the running text gives the year
            "Stromlos in Stuttgart\n„Stromlos in Stuttgart“ ist ein solider Thriller. Er läuft seit Freitag im "
            "Stream. Deutschland 2026, FSK 12.",
            None,
            2026,
        ),
    ],
)
def test_original_title_and_year_follow_the_evidence(text: str, original: str | None, year: int | None) -> None:
    _title, found_original, found_year = film_identity(text)
    assert (found_original, found_year) == (original, year)


OPEN_BATCHES = Path(__file__).parent / "fixtures" / "titles" / "open"


def test_open_page_shapes_do_not_slip() -> None:
    """Fresh fictional pages the reader still partly misses (a one-off column name or a tagline with "!" over a
    film named only in the running text; the list of three tips is right since round 8; round 9's last batch
    shapes22d and the "It's a trap!" tagline are right since round 10, which keeps "Kinderfilm-Check: Der Drache im
    Keller"'s article): pinned at what it gets right, so that the open misses are on record and no change makes
    them worse."""
    right = total = 0
    for batch in sorted(OPEN_BATCHES.glob("*.jsonl")):
        for line in batch.read_text("utf-8").splitlines():
            row = json.loads(line)
            title = film_identity(row["text"])[0]
            right += title is not None and key_of(title) == key_of(row["gold"]["film_title"])
            total += 1
    assert total == 28
    assert right >= 27
