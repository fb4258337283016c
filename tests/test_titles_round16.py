"""Film identity, round 16: festival diaries naming their film once with its maker ("X, from the first-time director
Y", "a drama called X", "Y erzählt in X von"), a character named with "heißt"/"named" under the page's heading,
quoted first-person interview headings, a maker's earlier film in English ("Y's 'C', which I raved about here three
years ago"), a shouted verdict after its label, an article alone ("Ein" of "Ein Newsletter von …"), and a bulleted
cast list under a cast heading kept out of the page furniture. Invented pages, fictional films and people."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from filmkritik.read import page_blocks
from filmkritik.read.titles.scoring import _named_in_full
from jsonl_support import jsonl_rows
from reading_support import assert_title_read
from title_support import film_title as _title

FIXTURES = Path(__file__).parent / "fixtures" / "titles"


PAGES = [
    # 1. a festival diary: the film named with its maker after a comma, the diary's day label over it
    (
        "Sundance Diary, Day 2: Snow, Shuttles and a Small Masterpiece\n\nBy Colette Brannigan\n\n"
        "Park City is buried under two feet of fresh snow, and the shuttle buses are running about an hour behind. It "
        "has been worth it. The standout so far is Lantern Street, from the first-time director Joy Macaraeg, a "
        "tender, funny portrait of a family running a karaoke bar. Macaraeg has a gift for crowded rooms.\n\n"
        "Elsewhere, the opening night film was a slick, empty thriller I'll spare you. More tomorrow.",
        "Lantern Street",
    ),
    (
        "Letter from Locarno: Heat, Crowds and One Perfect Film\n\nBy Simon Vreeland\n\n"
        "The Piazza Grande was packed again on Thursday night. Most of what I have seen so far has been solid rather "
        "than thrilling. The exception is an Estonian drama called Ferns Under Snow, about a forester who raises her "
        "dead sister's twins in a cabin near the border. It is patient and precise, and its final shot drew a long, "
        "stunned silence.\n\nMore dispatches from Locarno next week.",
        "Ferns Under Snow",
    ),
    (
        "Berlinale 2027 – Unser Tagebuch\nTag 5: Endlich ein Film, der bleibt\n\nVon Friederike Amsel\n\n"
        "Der Morgen gehört dem Wettbewerb, und nach vier Tagen voller Mittelmaß ist der Saal endlich hellwach. Die "
        "Georgierin Tamar Gelovani erzählt in Die Weinleserinnen von drei Schwestern, die den Hof der Mutter "
        "weiterführen wollen. Gelovani filmt die Lese mit großer Zärtlichkeit.\n\n"
        "Es ist der beste Film des Wettbewerbs bisher. Am Nachmittag dann die Pressekonferenz zum deutschen Beitrag.",
        "Die Weinleserinnen",
    ),
    (
        "Festivaltagebuch Cannes, Tag 3\n\nVon Corinna Stahl\n\nDer dritte Tag beginnt mit Regen. Der Höhepunkt "
        "bisher ist Mar de Sal, von der jungen Regisseurin Inês Duarte, über eine Salzsiederin an der Algarve. "
        "Duarte erzählt das mit trockenem Humor und in Bildern, die nach Salz riechen. Morgen mehr aus Cannes.",
        "Mar de Sal",
    ),
    # 2. a heading said once over a character the body names with "heißt" (quoted or not) and says again and again
    (
        "Kinderkino\nDas Geheimnis der Leuchtturminsel\nEmpfehlung: ab 6 Jahren\n\n"
        "Lotta ist zehn und muss die Ferien bei ihrem Opa auf einer Insel verbringen. Im Keller des Leuchtturms "
        "findet sie einen alten Roboter. Der Roboter heißt „Oskar“, und Oskar kann sprechen, tanzen und kochen. "
        "Lotta und Oskar werden Freunde. Doch dann will ein Sammler Oskar kaufen.\n\nOskar wird mit viel Witz "
        "animiert. Kinder ab sechs werden ihren Spaß haben. Oskar dürfte zum Liebling vieler Kinderzimmer werden.\n\n"
        "Regie: Anneke Roolfs",
        "Das Geheimnis der Leuchtturminsel",
    ),
    (
        "Kinderfilm-Tipp\nDas Wolkenschloss\n\nDie Heldin dieses Films heißt „Pippa“. Pippa ist elf, und Pippa "
        "kann fliegen. Als das Wolkenschloss ihrer Großmutter zu sinken droht, muss Pippa es retten. Pippa wird von "
        "Lene Kraus gesprochen. Ein schöner Film für Kinder ab sechs.\n\nRegie: Jens Koller, Deutschland 2026",
        "Das Wolkenschloss",
    ),
    # 3. a quoted first-person sentence heading an interview-and-review page is someone's words
    (
        "„Ich wollte nie nach Hause“: Regisseurin Marlies Oberleitner im Gespräch\n\nVon Stefan Kranewitter\n\n"
        "Zwei Sommer lang hat Marlies Oberleitner auf einer Alm im Pinzgau gedreht. Herausgekommen ist Almrausch, "
        "ein rauer, fast dokumentarischer Film über Arbeit und Einsamkeit. Die Hauptrolle spielt Verena Strohmaier, "
        "die den Film mit großer Selbstverständlichkeit trägt. Am Ende ist man erschöpft und glücklich.",
        "Almrausch",
    ),
    (
        "Kino\n„Wir haben alles selbst gebaut“\nDer Animationsfilm „Die Mondpiraten“ ist in einer Scheune "
        "entstanden. Regisseurin Ines Vollrath im Gespräch.\n\nVon Hanna Lüders\n\nInes Vollrath hat vier Jahre an "
        "ihrem ersten Langfilm gearbeitet. Die Puppen, die Kulissen, sogar die Kameras haben sie und ihr Team selbst "
        "gebaut. Das sieht man dem Film an: Er ist charmant und voller Ideen. „Wir haben alles selbst gebaut“, sagt "
        "Vollrath, „sogar den Mond.“",
        "Die Mondpiraten",
    ),
    (
        "Interview & Kritik\n„Ich wollte nie nach Hause“\nRegisseurin Marlies Oberleitner über ihren Film "
        "„Almrausch“\n\nZwei Sommer lang hat Marlies Oberleitner auf einer Alm im Pinzgau gedreht. Herausgekommen ist "
        "ein rauer, fast dokumentarischer Film über Arbeit und Einsamkeit. Die Hauptrolle spielt Verena Strohmaier, "
        "die den Film mit großer Selbstverständlichkeit trägt.",
        "Almrausch",
    ),
    # 4. a maker's earlier film in English: a possessive, the quote, a clause set years back
    (
        "Cinema Scope Weekly | Reviews\n\nThe Ice Fishers\n\nBy Roland Achterberg\n\n"
        "Remember Tor Halvorsen's 'Northern Lights Motel', which I raved about here three years ago? His new film is "
        "set even farther north, on a frozen lake, where two old friends spend a winter in a fishing hut. The Ice "
        "Fishers is funnier than it sounds. Halvorsen still loves long silences.\n\n"
        "It is not as surprising as 'Northern Lights Motel' was, but it is a richer film.\n\nRating: 4/5",
        "The Ice Fishers",
    ),
    # 5. a shouted call after its label; an article alone
    (
        "STREAM IT OR BIN IT?\n\n'Sunday Shift' on Streamly: Stream It or Bin It?\n\nBy Casey Moorhouse\n\n"
        "The Gist: A nurse works one Sunday shift in an understaffed hospital.\n\nOur Take: Sunday Shift is tense "
        "and humane. Lead Ada Whitlow is terrific.\n\nOur Call: BIN IT. No, wait: STREAM IT.",
        "Sunday Shift",
    ),
    (
        "Der Filmbrief – Ausgabe 31\nEin Rundbrief von Hartmut Leineweber\n\nLiebe Leserinnen und Leser,\n\n"
        "diese Woche nur ein Film. Die Nacht der Papierdrachen ist das Spielfilmdebüt der Hamburger Animationsfilmerin "
        "Jule Marquardt, und es ist so verspielt, wie der Titel klingt. Ein Junge, eine kranke Mutter und ein Drache "
        "aus Zeitungspapier: Marquardt erzählt das mit viel Witz.\n\nDie Nacht der Papierdrachen ist zu lang. "
        "Trotzdem: ansehen.\n\nBis zur nächsten Ausgabe,\nIhr Hartmut Leineweber",
        "Die Nacht der Papierdrachen",
    ),
    # 6. after round16b (seen): a subtitle with a lower-case adjective, a TV listing's line, a teaser's question
    (
        "Filmblog Nordlicht\n\nKritik: Stahlwald – Das kalte Erbe (2026)\n\nvon Jonas Eibl | 3 Kommentare\n\n"
        "Stahlwald – Das kalte Erbe ist ein Mystery-Thriller aus dem Harz. Regisseurin Wiebke Strohm hat wenig Geld "
        "und viele Ideen. Stahlwald lebt von seiner Atmosphäre, weniger von seinem Drehbuch.",
        "Stahlwald – Das kalte Erbe",
    ),
    (
        "TV-Tipps für Sonntag\n\n21:45 Uhr, 3sat: Der Glockengießer\n\nDrama, Österreich 2024 · Regie: Theres "
        "Aigner\n\nEin alter Glockengießer im Innviertel soll seine letzte Glocke gießen. Theres Aigner erzählt "
        "das still und genau. Sehenswert.\n\nIm Anschluss, 23:30 Uhr: „Die Glocken von Linz“ (Doku)",
        "Der Glockengießer",
    ),
    (
        "Neu bei Netflix: Taugt die Krimikomödie was?\n\n„Mord im Moorbad“ im Check\n\nVon Lea Sturm\n\n"
        "Eine Kurärztin, ein Toter im Moorbad und ein Dorf voller Verdächtiger. Regisseur Kilian Baas setzt auf "
        "Tempo. Mord im Moorbad ist solide Sonntagsunterhaltung.",
        "Mord im Moorbad",
    ),
]


@pytest.mark.parametrize(("text", "title"), PAGES)
def test_round16_titles(text: str, title: str) -> None:
    assert_title_read(text, title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the rules stay narrow: a film said "heißt" of stays the film, a first-person title over its facts stays
        # the title, a present-tense clause after a possessive is no earlier film, "erzählt in Rückblenden von"
        # names no film
        (
            "Filmkritik\n\nDer große Wurf dieser Woche heißt „Nebelland“. Nebelland ist ein Heimatfilm, der wehtut. "
            "Nebelland erzählt von einem Dorf im Moor, und Regisseurin Ida Brenner findet dafür starke Bilder.",
            "Nebelland",
        ),
        (
            "„Ich bin kein Held“\nDeutschland 2026 · 98 Min. · Regie: Lars Tiedke\n\nEin Feuerwehrmann verliert "
            "seinen Mut. „Ich bin kein Held“ erzählt das ohne Pathos, und Tiedke hat ein gutes Auge für Gesichter.",
            "Ich bin kein Held",
        ),
        (
            "Review: The Salt Road\n\nLisbet Krogh's 'The Salt Road', which opens this Friday, is her most literal "
            "film yet: a caravan crossing the Sahel. The Salt Road is gorgeous and inert.",
            "The Salt Road",
        ),
        (
            "Kritik: Die Jahre im Steinbruch\n\nLeander Pfisterer erzählt in Rückblenden von einer Stadt, die ihre "
            "Arbeit verliert. Die Jahre im Steinbruch ist geschmackvoll, aber mutlos.",
            "Die Jahre im Steinbruch",
        ),
    ],
)
def test_round16_rules_stay_narrow(text: str, title: str) -> None:
    assert _title(text) == title


_BODY = (
    "Ein Tontechniker soll in den Schweizer Alpen das Schmelzen eines Gletschers aufnehmen und verliebt sich dabei in "
    "die Hüttenwirtin. Der Klang der Gletscher ist ein leiser Liebesfilm, der seine Landschaft ernster nimmt als seine "
    "Figuren. Regisseur Urs Bachofner hat ein gutes Ohr, aber kein gutes Drehbuch."
)


@pytest.mark.parametrize(
    "cast_list",
    [
        "Die Besetzung im Überblick:\n• Reto Imboden als Tontechniker Jakob\n• Flurina Caduff als Hüttenwirtin Sina\n"
        "• Men Tscharner als Bergführer Gian",
        "Die Besetzung im Überblick:\n• Tontechniker Jakob: Reto Imboden\n• Hüttenwirtin Sina: Flurina Caduff\n"
        "• Bergführer Gian: Men Tscharner",
        "Darsteller\n» Reto Imboden (Jakob)\n» Flurina Caduff (Sina)\n» Men Tscharner (Gian)",
        "The cast at a glance:\n• Maris Pellegrino as Jo Adler\n• Tomás Villareal as Rudy\n• Annie Cheng as Lulu",
        "Starring\n• Maris Pellegrino as Jo Adler\n• Tomás Villareal as Rudy\n• Annie Cheng as Lulu",
    ],
)
def test_cast_list_under_cast_heading_is_not_masked(cast_list: str) -> None:
    text = f"Filmkritik\nDer Klang der Gletscher\n\n{cast_list}\n\n{_BODY}\n\n{_BODY}"
    assert page_blocks.blocks(text) == []
    assert page_blocks.mask(text) == text


def test_teaser_sidebar_is_still_masked() -> None:
    teasers = (
        "» Warum das Kino stirbt und was hilft\n» Die zehn besten Filme des Jahres\n» Interview mit einer Regisseurin"
    )
    text = f"Filmkritik\nDer Klang der Gletscher\n\n{teasers}\n\n{_BODY}\n\n{_BODY}"
    masked = page_blocks.mask(text)
    assert "Warum das Kino" not in masked and len(masked) == len(text)


def _named_in_full_regex(text: str, surname: str) -> bool:
    return re.search(rf"(?<![\w-])[A-ZÄÖÜ][\wäöüß'’-]+\s+{re.escape(surname)}\b", text) is not None


def test_named_in_full_matches_the_pattern_it_replaced() -> None:
    rng = random.Random(16)
    alphabet = ["A", "B", "Ä", "Ö", "a", "b", "ä", "ß", "'", "’", "-", " ", "\n", "\u00a0", "_", "1", "é", "É", "s"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        surname = rng.choice(["Ab", "Berg", "Äx", "Bb-", "B'a", "s"])
        if rng.random() < 0.5:
            at = rng.randint(0, len(text))
            text = text[:at] + surname + text[at:]
        assert _named_in_full(text, surname) == _named_in_full_regex(text, surname), (text, surname)


@pytest.mark.parametrize("batch", ["round16a", "round16a2", "round16a3", "round16b"])
def test_round16_batches(batch: str) -> None:
    for row in jsonl_rows(FIXTURES / f"{batch}.jsonl"):
        assert_title_read(row["text"], row["gold"]["film_title"], row["id"])
