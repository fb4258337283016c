"""German directors named only as the film's maker (credits round 23): a possessive or genitive before a film noun
or the reviewed film's title, "X hat für seinen Thriller „T“ ...", "X, der hier seinen ersten Langfilm vorlegt",
"In der Inszenierung von X", "„T“ des irischen Regisseurs X", a TV listing's other programme's "Regie:" line; and
the genitives that name no director (a novelist's, a writer's, a cinematographer's, an actress's). Invented
sentences, names and films."""

from __future__ import annotations

import pytest

from filmkritik import read_text

_HEAD = "Filmkritik: „Sonnendeck“\n\nVon Gero Falkner\n\n"
_CLOSE = " Die Bilder sind ruhig, die Musik ist sparsam. Am Ende bleibt ein sehenswerter Film."
_FILM = "„Sonnendeck“ erzählt von drei Geschwistern an der Ostsee. "


def _directors(middle: str) -> list[str]:
    return [d.name for d in read_text(_HEAD + middle + _CLOSE).film.directors]


@pytest.mark.parametrize(
    ("middle", "directors"),
    [
        (
            "Ein Bankraub, ein Verrat, eine Flucht: Jonte Albrecht hat für seinen neuen Actionthriller „Sonnendeck“ "
            "alles zusammengetragen, was das Genre hergibt.",
            ["Jonte Albrecht"],
        ),
        ("Mareike Sonntag hat für ihre Komödie „Sonnendeck“ ein Ensemble aus Laien gecastet.", ["Mareike Sonntag"]),
        ("Für ihre Komödie „Sonnendeck“ hat Mareike Sonntag ein Ensemble aus Laien gecastet.", ["Mareike Sonntag"]),
        (
            "Die Kielerin Hedda Lorenzen, die mit Dokumentarfilmen über Werften bekannt wurde, hat sich für ihr "
            "Spielfilmdebüt einen Streik zum Vorbild genommen.",
            ["Hedda Lorenzen"],
        ),
        ("Ilka Wendlands „Sonnendeck“ ist ein kluger Film über drei Geschwister.", ["Ilka Wendland"]),
        (_FILM + "Ilka Wendlands neuer Film ist klug und leise.", ["Ilka Wendland"]),
        (_FILM + "In Ilka Wendlands Drama sitzen alle am Küchentisch.", ["Ilka Wendland"]),
        (_FILM + "Ilka Wendlands Regiedebüt ist klug und leise.", ["Ilka Wendland"]),
        ("„Sonnendeck“ ist das Regiedebüt von Ilka Wendland, die bisher als Cutterin arbeitete.", ["Ilka Wendland"]),
        (
            "Vor dreißig Jahren lief das Original. Jetzt hat sich Ilka Wendland des Stoffs angenommen. Wendlands "
            "Neuverfilmung ist lauter und länger als das Original.",
            ["Ilka Wendland"],
        ),
        (
            _FILM + "Dann aber will Wendlands Film plötzlich mehr sein. Ilka Wendland, die vor Jahren einen Hit hatte, "
            "weiß, wie man unterhält.",
            ["Ilka Wendland"],
        ),
        (_FILM + "Beatrix Marx’ Drama ist klug und leise.", ["Beatrix Marx"]),
        (
            "Jannik Oberholz, der aus Passau stammt und hier seinen ersten Langfilm vorlegt, hätte mehr daraus "
            "machen können.",
            ["Jannik Oberholz"],
        ),
        (
            "Lorenz Aigner, der aus St. Pölten stammt und hier seinen ersten Langfilm vorlegt, erzählt von einem Hof.",
            ["Lorenz Aigner"],
        ),
        ("Sebastian Kroll, der hier seinen dritten Spielfilm vorlegt, erzählt von einem Hof.", ["Sebastian Kroll"]),
        ("Ilka Wendland legt mit „Sonnendeck“ ihr Spielfilmdebüt vor.", ["Ilka Wendland"]),
        ("Mit ihrem zweiten Spielfilm legt Ilka Wendland eine Familiengeschichte vor.", ["Ilka Wendland"]),
        ("In der Inszenierung von Ilka Wendland wirkt die Geschichte leicht.", ["Ilka Wendland"]),
        ("„Sonnendeck“ des irischen Regisseurs Ciarán Ó Dálaigh will ein Schauermärchen sein.", ["Ciarán Ó Dálaigh"]),
        (
            "Am Abend lief „Sonnendeck“ (Originaltitel: „Cubierta del sol“) des Chilenen Tomás Ibarra Olmedo.",
            ["Tomás Ibarra Olmedo"],
        ),
        (
            "Von Hallerstein, die zuvor am Theater gearbeitet hat, vertraut auf lange Einstellungen. Clara von "
            "Hallersteins „Sonnendeck“ ist klug.",
            ["Clara von Hallerstein"],
        ),
    ],
)
def test_named_as_the_films_maker(middle: str, directors: list[str]) -> None:
    assert _directors(middle) == directors


@pytest.mark.parametrize(
    "middle",
    [
        _FILM + "Der Film folgt nach Ilse Korns Roman dem Leben dreier Geschwister.",
        _FILM + "Ilse Korns Drehbuch ist klug, Tom Rieders Kamera genau.",
        _FILM + "Lena Brauer spielt die Mutter. Am Ende ist es Lena Brauers Film.",
        _FILM + "Das Drehbuch schrieb Ilse Korn. Ilse Korns Drama lebt von Dialogen.",
        _FILM + "Die Kamera führte Tom Rieder. Rieders Film ist das nicht, aber seine Bilder tragen.",
        _FILM + "Ilse Korn, die 2019 ihren ersten Roman vorlegte, schrieb das Buch.",
        _FILM + "Tom Rieder legt als Vater eine starke Leistung vor.",
        _FILM + "Wie in Peter Holms Drama „Die Wand“ sitzen alle am Tisch.",
        _FILM + "Der Produzent Ole Brandt hat für seinen neuen Thriller „Sonnendeck“ viel Geld gesammelt.",
        _FILM + "Lena Brauer hat für ihren neuen Film „Sonnendeck“ Segeln gelernt. Sie spielt die Mutter.",
        _FILM + "Lena Brauer hat für ihren neuen Film reiten gelernt.",
        _FILM + "Tom Rieder, der hier seinen ersten Kinofilm vorlegt, spielt den Vater.",
        _FILM + "Astrid Lindgrens Geschichte wurde oft verfilmt.",
        _FILM + "In der Inszenierung von Ilka Wendland war das Stück am Schauspielhaus ein Erfolg.",
    ],
)
def test_no_maker_named(middle: str) -> None:
    assert _directors(middle) == []


_LISTING = (
    "FERNSEHEN AM DONNERSTAG\n\n20.15 Uhr · Das Erste\nDer Fährmann von Glückstadt\nKriminalfilm, D 2025 · 88 Min.\n\n"
    "Mit: Maren Tiedje (Kommissarin Ulla Brix), Jost Hammerich\nRegie: Arne Lüdecke · Buch: Silke Pahl\n\n"
    "Ein Fährmann verschwindet auf der Elbe. Kommissarin Ulla Brix ermittelt. Lüdecke erzählt das ruhig, Maren "
    "Tiedje spielt ihre Kommissarin trocken und genau. Fazit: solide.\n\n"
    "22.15 Uhr · ZDFneo\nDas Haus am Fjord\nThriller, N 2020 · 94 Min.\nMit: Sigrid Aalberg · Regie: Eivind Holte\n"
    "Eine Architektin erbt ein Haus. Spannend.\n"
)


def test_listing_other_programmes_director() -> None:
    record = read_text(_LISTING)
    assert [d.name for d in record.film.directors] == ["Arne Lüdecke"]


_PODCAST_CHAPTERS = (
    "KINOFUNK · Folge 58\n\nKapitel\n00:00 Intro\n12:30 Worum geht es\n41:50 Unser Tipp der Woche\n47:20 Outro\n\n"
    "Worum geht's?\nDie Pilotin Kira Lenz (Tamara Ödegaard) fliegt zum Mond, und nichts geht gut. Regie führte Bertold "
    "Aschenkamp, der das Weltall ruhig und genau erzählt.\n"
)


def test_podcast_chapter_marks_are_no_programmes() -> None:
    """A podcast's chapter marks ("41:50 Unser Tipp der Woche") are not a TV listing's time slots: the show notes'
    credits stay the reviewed film's."""
    record = read_text(_PODCAST_CHAPTERS)
    assert [d.name for d in record.film.directors] == ["Bertold Aschenkamp"]
    assert [(c.character, c.actor) for c in record.film.cast] == [("Kira Lenz", "Tamara Ödegaard")]
