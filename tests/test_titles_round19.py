"""Film identity, round 19: pages where a shouted line over the film, or a teaser before its colon, used to win: a
transcript's speaker label with its name in brackets ("MODERATORIN (Ina Roth): …"), a trade paper's masthead or a
TV page's rubric over a title line standing on its facts line ("Tragikomödie, Deutschland 2026, 101 Min.",
"ARD, 20.15 Uhr"), a teaser before the title's colon ("Zwischen Moor und Mühle: Das Erbe der Kraniche", "A gentle
ghost story with a cold heart: A Winter in Kittery"), a numbered sequel's subtitle said once, a host introducing the
film ("Film, er heißt X", "It's called X, and it's directed by …"), a dispatch's "Letter from <festival>", an
English cinema letter signed "The X team", an original title quoted inside its bracket. Invented pages, fictional
films and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from jsonl_support import jsonl_rows
from reading_support import assert_title_read
from title_support import film_identity
from title_support import film_title as _title

FIXTURES = Path(__file__).parent / "fixtures" / "titles" / "open_round19"


PAGES = [
    # a transcript: the first speaker label carries its name in brackets, the film is cued in the talk
    (
        "Radio Talwind – Sendung „Abspann“\n\nMODERATORIN (Vera Hollmann): Guten Abend. „Die Kartenleserin“ heißt "
        "er, der neue Film von Jost Amberg. Bei mir ist Lutz Brenner. Herr Brenner?\n\nKRITIKER: Ein schöner, "
        "leiser Film über eine Wahrsagerin in Kassel.\n\nMODERATORIN: Und die Hauptdarstellerin?\n\nKRITIKER: Greta "
        "Lommel, großartig.\n\nMODERATORIN: Danke.",
        "Die Kartenleserin",
    ),
    (
        "ARTS HOUR – transcript\n\nPRESENTER (Ned Farrow): Next, a film from Wales. It's called The Chapel Choir, "
        "and it's directed by Bronwen Lloyd-Ames. Kit Sewell has seen it.\n\nKIT SEWELL: It's lovely, Ned.\n\n"
        "PRESENTER: Any faults?\n\nKIT SEWELL: It's a little long.\n\nPRESENTER: Thanks, Kit.",
        "The Chapel Choir",
    ),
    # a host naming the film in a label's answer: "Film, er heißt X und ist von …"
    (
        "STADTRADIO – KINOTIPP\n\nMODERATOR: Welchen Film hast du gesehen?\nHEIDER: Einen kleinen Film, er heißt "
        "Hagelschlag und ist von Pia Ortner.\nMODERATOR: Und?\nHEIDER: Sehenswert.\nMODERATOR: Danke.",
        "Hagelschlag",
    ),
    # a trade paper's masthead over the title line on its facts line
    (
        "LEINWANDREPORT – Der Branchendienst für Verleih und Kino\n\nStart: 12.03.2026 | Verleih: Talfilm\n\n"
        "Der Wolkenschieber\nKomödie, Deutschland 2026, 95 Min., FSK 6\n\nRegie: Henning Lausitz\n\nKritik: Ein "
        "Meteorologe verliebt sich in eine Pilotin. Harmlos, aber charmant.",
        "Der Wolkenschieber",
    ),
    (
        "SCREEN TRADE BULLETIN – The Trade Paper for Exhibitors\n\nRelease: 3 April 2026\n\nLow Tide\nDrama, UK 2026, "
        "99 mins\n\nDirector: Mara Quill\n\nReview: A fisherman's widow takes over his boat. Quietly gripping.",
        "Low Tide",
    ),
    # a TV page's shouted rubric over the title line on its slot line
    (
        "FERNSEHEN\n\nHEUTE IM ZWEITEN\n\nDer Fall Hollerbach\nZDF, 20.15 Uhr\n\nEin Richter verschwindet, und "
        "Kommissarin Kranz (Ute Belling) ermittelt in der eigenen Behörde. Solide.",
        "Der Fall Hollerbach",
    ),
    # a teaser before the title's colon: a preposition's phrase, the first person, an enumeration, English
    (
        "Kulturseite\n\nZwischen Deich und Düne: Die Vogelwärterin\nDrama, Deutschland 2026, 97 Min.\n\nEine junge "
        "Frau zählt auf einer Hallig Seevögel. Regisseurin Jana Fehse erzählt ruhig und genau.",
        "Die Vogelwärterin",
    ),
    (
        "Familienblog „Kinozeit“\n\nWir waren im Kino: Mia und der Drachenstein\n\nGepostet von Anke\n\nAm Sonntag "
        "waren wir im Kino. Die Kinder fanden den Film super, ich fand ihn ein bisschen lang.",
        "Mia und der Drachenstein",
    ),
    (
        "KINO-TIPP\n\nWind, Watt und Wellen: Der Krabbenkutter\n\nFamilienfilm, Deutschland 2026, 88 Min.\n\nEin "
        "Junge hilft seinem Opa auf dem Kutter. Sehr hübsch fotografiert.",
        "Der Krabbenkutter",
    ),
    (
        "The Valley Gazette\nARTS | FILM\n\nA bittersweet comedy with a soft centre: The Good Neighbour\n\nBy Len "
        "Abbot\n\nA retired postman befriends the family next door. The film is gentle and funny.",
        "The Good Neighbour",
    ),
    # a numbered sequel's subtitle said once, on the heading's own line
    (
        "Kinderkino\n\nDie Wichtelbande 2 – Aufruhr im Zauberwald\n\nVon Ines Ruhl\n\nDie Wichtel sind zurück, und "
        "diesmal geht es in den Wald. Regisseur Olaf Timm setzt auf Slapstick. Die Wichtelbande 2 ist solide.",
        "Die Wichtelbande 2 – Aufruhr im Zauberwald",
    ),
    # a dispatch's "Letter from <festival>" heading over the film named with its maker
    (
        "LETTER FROM CANNES\n\nSunshine, queues and one great film\n\nBy Ada Fenwick\n\nThe Orchard Keeper, a "
        "Danish-Swedish co-production directed by Ulla Berg, was the first film this week to silence the Palais.",
        "The Orchard Keeper",
    ),
    # an English cinema's letter signed by its team
    (
        "THE REGENT\nMonthly Programme Letter – June\n\nDear Friends,\n\nThis month our main feature is Hay Fever, "
        "the debut from Kent-born director Lily Marsh, which plays nightly from Friday.\n\nWith best wishes,\n"
        "The Regent team",
        "Hay Fever",
    ),
    # a sentence's adverb before the colon is not the title's
    (
        "STREAMING-KOLUMNE\n\nNeu bei Prime Video: Kirschkern\n\nVon Ute Hahn\n\nEine Kindheit im Alten Land. Die "
        "Ausstattung ist liebevoll. Trotzdem: Kirschkern ist ein Film, der lange nachwirkt.",
        "Kirschkern",
    ),
    # a title line over a credit line "Eine Komödie von …"
    (
        "Die Leute von nebenan\n\nEine Komödie von Olga Brandt\n\nMit: Uwe Kern, Ines Ritter\n\nInhalt: Zwei "
        "Nachbarn streiten um eine Hecke.\n\nFazit: Nette Unterhaltung.",
        "Die Leute von nebenan",
    ),
]


@pytest.mark.parametrize(("text", "title"), PAGES)
def test_round19_pages(text: str, title: str) -> None:
    assert _title(text) == title


NARROW = [
    # a shouted title the body names again stays the film over an original title on its facts line
    (
        "DER STILLE HAFEN\n\nThe Quiet Harbour\nDrama, USA 2026, 104 Min.\n\nDer stille Hafen ist ein langsamer Film "
        "über einen Fischer in Maine. Der stille Hafen lohnt sich.",
        "Der stille Hafen",
    ),
    # after the title's colon, an indefinite article and a genre describe the film
    (
        "KINO\n\nWie Nebel steigt: Ein leises Drama aus dem Allgäu\n\nWie Nebel steigt ist der zweite Film von Alois "
        "Kern. Wie Nebel steigt ist schön.",
        "Wie Nebel steigt",
    ),
    # a quoted title with a comma before the colon is the film
    (
        "kinoblatt.example › Kritiken\n\n„Mein Bruder, der Bär“: Wenn Kinder trauern\n\nVon Ute Rahn\n\nEin Junge "
        "verliert seinen Bruder. Ein kluger, trauriger Film.",
        "Mein Bruder, der Bär",
    ),
    # a teaser after a sequel's name (a comparative) is not its subtitle
    (
        "Kinokritik\n\nDie Hofpiraten 3 – Mehr Chaos auf dem Hof\n\nDie Hofpiraten 3 kopiert den zweiten Teil. Die "
        "Hofpiraten 3 startet am Donnerstag.",
        "Die Hofpiraten 3",
    ),
    # a grade label's value and a cast label's names are no teaser's titles
    (
        "SCREEN NOTES\nReviews\nIron Gate 2: Reckoning Review – Loud and Joyless\nBy Tom Vale\n\nIron Gate 2: "
        "Reckoning\nDirector: Kay Moss\nCast: Ben Rall, Ida Fenn\nOur Grade: D\nIron Gate 2: Reckoning is a loud "
        "sequel that sinks fast.",
        "Iron Gate 2: Reckoning",
    ),
]


@pytest.mark.parametrize(("text", "title"), NARROW)
def test_round19_rules_stay_narrow(text: str, title: str) -> None:
    assert _title(text) == title


def test_original_quoted_inside_its_bracket() -> None:
    text = (
        'Festival notebook\n\nThe competition opened with "The Summer Guests" ("Les Invités de l\'été"), the new '
        'film from Paul Arnaud. "The Summer Guests" is handsome and empty.'
    )
    title, original, _ = film_identity(text)
    assert (title, original) == ("The Summer Guests", "Les Invités de l'été")


def _right(rows: list[dict[str, object]]) -> set[str]:
    return {str(r["id"]) for r in rows if _title(str(r["text"])) == r["gold"]["film_title"]}  # type: ignore[index]


def test_round19a_batch() -> None:
    """round19a: 25 invented pages (16 German, 9 English) written before this round's rules; the session-start
    reader read 10/25 (German 5/16, English 5/9). The rules were written with them in view, so this flatters."""
    rows = jsonl_rows(FIXTURES / "round19a.jsonl")
    assert len(rows) == 25
    for row in rows:
        assert_title_read(row["text"], row["gold"]["film_title"], row["id"])


def test_round19a2_probes() -> None:
    """round19a2: 10 probe pages (variants and narrowness checks) written after the first rules; seen."""
    rows = jsonl_rows(FIXTURES / "round19a2.jsonl")
    assert _right(rows) == {str(r["id"]) for r in rows}


def test_round19b_pinned() -> None:
    """round19b: 14 invented pages (10 German, 4 English) written after this round's rules and scored once:
    session-start reader 5/14, this round's reader 11/14 at that single score. Two rules followed with its misses in
    view (flatters: an English letter's "The X team" sign-off and "With best wishes", a teaser before the colon
    that is an enumeration "Sommer, Sonne, Storchennest: …")."""
    rows = jsonl_rows(FIXTURES / "round19b.jsonl")
    assert len(rows) == 14
    assert _right(rows) == {str(r["id"]) for r in rows}
