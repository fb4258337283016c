"""Film identity, round 13: page shapes that named the wrong film before (invented pages, fictional films).

Teaser sidebars above the article with no heading, TV programme pages, newsletters and their footers, "Critic
review by" bylines, remakes, shouted rubrics over a title-cased headline, original titles closing a facts line.
"""

from __future__ import annotations

import pytest

from title_support import film_identity as _film


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A sidebar of teaser headlines with no heading above the article: none of them is named again.
        (
            "Wie Kinos im Winter Heizkosten sparen\nDer große Serienherbst im Überblick\n"
            "Zwölf Fragen an eine Cutterin aus Leipzig\n\nKranichzug\nEine Vogelwartin und ein Winter am Bodden\n\n"
            "Von Ines Pahl\n\nKranichzug beginnt im Nebel und endet im Schnee. Regisseurin Ulla Brink erzählt von "
            "einer Vogelwartin, die allein überwintert. Kranichzug ist still und schön.",
            "Kranichzug",
        ),
        (
            "Why every streamer wants a cooking show now\nThe best animated films of the year, ranked\n"
            "Inside the sound mix of a big monster movie\n\nTallow Creek\nTwo sisters and a failing candle factory\n\n"
            "By June Okafor\n\nTallow Creek is a warm, funny small-town drama. Tallow Creek never overstays.",
            "Tallow Creek",
        ),
        # A programme page: the outlet's name over its path, the film over a listing with broadcast times.
        (
            "SENDEPLAN\nFernsehen › Spielfilme › Heute\n\nDer Leuchtturmwärter von Amrum\n"
            "Heimatfilm · D 2021 · 20.15–21.50 Uhr · Kanal Nord\n\nEin alter Wärter (Jens Fock) will nicht in "
            "Rente. Nett, aber harmlos.\n\nFazit: Für Inselfans.",
            "Der Leuchtturmwärter von Amrum",
        ),
        # A newsletter: its name, its rhythm, the film named with its release, the name again in the footer.
        (
            "The Matinee Letter\nShort notes on new films, every Friday. By Pam Ferris-Oduya\n\n"
            "Hello all. This week: Glass Meridian, which opens in theaters Friday, and which I loved. A ferry "
            "captain and a stowaway, two hours of weather and talk.\n\nYou're receiving this because you "
            "subscribed to The Matinee Letter. Unsubscribe",
            "Glass Meridian",
        ),
        (
            "Der Sonntagsbrief\nKino und Bücher, jeden Sonntag. Von Gero Alm\n\nHallo! Reden wir über Moorlicht, "
            "der ab Donnerstag in ausgewählten Kinos läuft. Zwei Torfstecher, ein Fund, viel Schweigen. Sehr gut.\n\n"
            "Abmelden | Im Browser ansehen",
            "Moorlicht",
        ),
        # "Critic review by …" is the byline of a database page, not a film called "Critic".
        (
            "SCREENDEX\nMovies | TV | Awards\n\nOrchid Hour (2026)\n\nCritic review by Nell Sayers\n\nRating: 3/5\n\n"
            "A florist (Ada Crane) and a night of bad decisions in Lisbon: handsome, thin, forgettable.",
            "Orchid Hour",
        ),
        # A remake's page: the remade film is quoted as often as the remake, first with its older year.
        (
            "Remake: Die Zeit der Kraniche\n\nVon Ole Saß\n\n„Die Kranichwiese“ war 1968 ein stiller Erfolg. "
            "„Die Kranichwiese“ lief jahrelang im Fernsehen, und Fans von „Die Kranichwiese“ werden viel "
            "wiedererkennen. Die Zeit der Kraniche ist solide, aber blasser.\n\nDeutschland 2026, 101 Min.",
            "Die Zeit der Kraniche",
        ),
        # A shouted rubric over a title-cased headline; the body opens with the film and its year.
        (
            "DISC VAULT\nThe Restoration Everyone Waited For\n\nBy Hugh Marr\n\nHarbor Lights Serenade (1951) was a "
            "minor musical in its day. Harbor Lights Serenade looks wonderful now.\n\nFilm: 3/5 · Disc: 5/5",
            "Harbor Lights Serenade",
        ),
        # "Filmkritik: „X“" opening the page is the film's cued heading, whatever teaser follows it.
        (
            "Filmkritik: „Der Bäcker von Usedom“\n\nEin Film über einen Bäcker, der viel will und wenig schafft\n\n"
            "Von Ida Krohn\n\nMaik Rehberg spielt einen Bäcker, der seine Insel nicht verlassen will. Schön "
            "gespielt, zu lang erzählt.",
            "Der Bäcker von Usedom",
        ),
        # A column's name with "im Kino" is no film "Die Woche"; a one-word title said as a sentence's subject is.
        (
            "Die Woche im Kino\nWas läuft, was lohnt\n\nDer große Wurf dieser Woche heißt Kieselstrand: zwei "
            "Rentner und ein Campingplatz. Kieselstrand ist klein, aber großartig.\n\nEbenfalls neu: die Komödie "
            "„Alles auf Anfang“ (eher nicht).",
            "Kieselstrand",
        ),
        # A shouted label over a sentence headline; the body names the film twice, opening with an article.
        (
            "CROWD PLEASER\nWhy everyone at the festival is talking about this small documentary\n\nBy Ben Ory\n\n"
            "Ask anyone this week and the answer is The Lantern Keepers of Ayr. The documentary follows two "
            "sisters.\n\nThe Lantern Keepers of Ayr screens again on Sunday.",
            "The Lantern Keepers of Ayr",
        ),
    ],
)
def test_round13_page_shapes(text: str, title: str) -> None:
    assert _film(text)[0] == title


def test_remake_year_is_the_remakes() -> None:
    """The original's year after "the original X (1974)" is not the remake's."""
    text = (
        "Reviews\n\nThe Pale Orchard\n\nBy Tom Reyes\n\nThe original The Pale Orchard (1979) was a drive-in hit. "
        "This new The Pale Orchard keeps the farmhouse and loses the fun.\n\n"
        "The Pale Orchard. Directed by Ana Ruiz. USA, 2026. 97 min."
    )
    assert _film(text)[0] == "The Pale Orchard"
    assert _film(text)[2] == 2026


def test_original_title_closing_the_facts_line() -> None:
    text = (
        "Die Stunde der Möwen\nSpielfilm, Portugal 2024 (A hora das gaivotas)\n\nEine Fischerin und ihr Sohn. "
        "Die Stunde der Möwen ist ein leiser, genauer Film."
    )
    assert _film(text) == ("Die Stunde der Möwen", "A hora das gaivotas", 2024)
