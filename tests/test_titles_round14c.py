"""Film identity, round 14c: classes of title misses seen in the opened blind round 14 (e-mail header labels,
clock times, a masthead word reused as the outlet's rating label, a critic introduced on air, a festival prefix
before a quoted title, a colon subtitle above a credit line, another film in a teaser or programme line).
Invented pages, fictional films and people."""

from __future__ import annotations

import pytest

from title_support import film_title as _title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # 1. an e-mail/newsletter header label is never the title
        (
            "Von: Filmpost Weserland <post@example.org>\nAn: Abonnenten\nDatum: 4. März 2027\n"
            "Betreff: Unser Kinotipp der Woche\n\nLiebe Leserinnen und Leser,\n\n"
            "diese Woche startet „Die Schleusenwärterin“, und wir sind begeistert. „Die Schleusenwärterin“ erzählt "
            "von einer Frau, die an einem Kanal lebt und jeden Tag dieselben Schiffe zählt. Ein stiller, kluger Film.",
            "Die Schleusenwärterin",
        ),
        (
            "From: Reel Letters <hello@example.com>\nTo: subscribers\nDate: 2 March 2027\n"
            "Subject: This week at the pictures\n\nHi all,\n\n"
            "This week I saw “Paper Lanterns”, and it stayed with me. “Paper Lanterns” follows a widowed baker "
            "in a small harbour town. It is gentle, funny and very well acted.",
            "Paper Lanterns",
        ),
        (
            "Betreff: Kinobrief 12 – Ein Leuchtturm und ein Konzert\nVon: Kino am Wall <brief@example.org>\n"
            "Datum: 9. April 2027\n\nIm Browser ansehen | Abmelden\n\nLiebe Gäste,\n\nDer Frühling ist da.\n\n"
            "UNSER FILM DER WOCHE\n„Alter Mann, neues Boot“\nab Donnerstag, täglich 18:00 Uhr\n\nEin alter Leuchtturmwärter "
            "und seine Enkelin, ein Sommer auf einer Hallig. Die beiden Hauptdarsteller sind großartig.\n\n"
            "WEITERE TERMINE\nSamstag, 15:00 Uhr: Kinderkino mit „Der kleine Drache“.",
            "Alter Mann, neues Boot",
        ),
        # 2. a clock time is never a title; a quoted line over the film's facts is its heading, not a pull quote
        (
            "FERNSEHTIPP | HEUTE, 21:40 UHR | SENDER OST\n\nKrimi\n„Moorlicht – Der Förster im Nebel“\n"
            "D 2027 · 88 Min. · Regie: Paula Reinke\n\nEin Förster verschwindet im Moor, und seine Tochter sucht ihn. "
            "Die Kommissarin, gespielt von Hanne Voss, ermittelt routiniert. Viel Nebel, wenig Spannung.",
            "Moorlicht – Der Förster im Nebel",
        ),
        # 3. a masthead word that comes back as the outlet's own rating label is furniture
        (
            "HAFEN & BÜHNE – Das Magazin für die Stadt\n\nKino\n\nEin Sommer auf dem Deich\n\n"
            "In „Deichgrafen“ erzählt die Regisseurin von zwei Brüdern, die den Hof der Eltern übernehmen. "
            "„Deichgrafen“ ist warm, komisch und nie kitschig.\n\nHAFEN-Wertung: ★★★★☆",
            "Deichgrafen",
        ),
        # 5. a festival prefix "Name YEAR:" before a quoted title in a headline is not the film
        (
            "Festival Coverage › Brennmoor 2027\n\nBrennmoor 2027: 'The Salt Choir' is a lovely, tiny miracle\n\n"
            "BRENNMOOR — The second day of the festival brought its first real discovery at the Brennmoor festival. 'The Salt Choir' follows a choir "
            "of fishermen's widows who travel to a competition in the city.",
            "The Salt Choir",
        ),
        # 6. a heading with a colon subtitle, carrying the year, right above a credit line stays whole
        (
            "Midnight Reel Blog\n\nIron Harbour 3: Dead Tide Protocol (2027)\n\nDirected by Kerry Lomax\n\n"
            "The third Iron Harbour film is louder than ever. Kerry Lomax stages the dockside shootouts with "
            "energy, but the plot makes no sense at all.",
            "Iron Harbour 3: Dead Tide Protocol",
        ),
    ],
)
def test_round14c_titles(text: str, title: str) -> None:
    assert _title(text) == title


def test_radio_critic_is_no_title() -> None:
    # 4. the critic the presenter introduces, and then his speaker label, is not the film
    text = (
        "Evening Arts Hour – transcript\n\n'Harbour of Moths' review: a quiet wonder\n\n"
        "PRESENTER: Now, our film critic Declan Ashworth has seen 'Harbour of Moths'. Declan?\n\n"
        "DECLAN ASHWORTH: Yes, it is about a lighthouse keeper and his daughter, and it is lovely.\n\n"
        "PRESENTER: Is it sad?\n\nDECLAN ASHWORTH: A little. Declan Ashworth recommends it, as you can tell.\n\n"
        "PRESENTER: Thanks, Declan Ashworth. 'Harbour of Moths' opens on Friday."
    )
    assert _title(text) == "Harbour of Moths"


def test_teaser_list_film_is_not_the_diary_film() -> None:
    # 7. a festival diary's teaser line for another day names another film
    text = (
        "Festivals › Lichtspiele Nord 2027\n\nTag drei: Nebel und eine Entdeckung\n\nVon Tilda Brandes\n\n"
        "Nach dem müden Eröffnungsfilm, Ole Brandts „Kältebrücke“, wartete man auf eine Überraschung. Sie kam am "
        "Abend: „Der Laternenmann“ erzählt von einem alten Mann, der jede Nacht die Laternen seines Dorfes "
        "anzündet, leise und komisch zugleich.\n\nMehr vom Festival\n"
        "› Tag 1: Eröffnung im Nebel – „Kältebrücke“ enttäuscht\n› Tag 2: Zwei Entdeckungen im Kurzfilm"
    )
    assert _title(text) == "Der Laternenmann"


def test_tv_programme_after_is_not_the_film() -> None:
    # 7. a TV page's later and other programmes ("Danach: 22:10 Uhr „X“", "Auch heute: … zeigt um 20:15 Uhr „Y“")
    text = (
        "FERNSEHTIPP | HEUTE, 20:15 UHR | SENDER WEST\n\nKrimi\n„Hafenmord – Der Tote am Kai“\n"
        "D 2027 · 90 Min. · Regie: Tobias Welker\n\nAm Kai liegt ein Toter, und natürlich ist es der Hafenmeister. "
        "Kommissar Lenz, gespielt von Jonas Brückmann, ermittelt zum dritten Mal in Bremerhaven. Welker inszeniert das "
        "routiniert, aber ohne jeden Ehrgeiz.\n\nDanach: 21:45 Uhr „Tagesschau kompakt“ · 22:10 Uhr „Talk am Hafen“\n\n"
        "Auch heute: Sender Süd zeigt um 20:15 Uhr das Drama „Die Weberin von Brügge“ mit Lotte Hansen – unser Tipp "
        "für alle, die keinen Krimi mehr sehen können."
    )
    assert _title(text) == "Hafenmord – Der Tote am Kai"
