"""Film identity on more outlets' page shapes: a paper's all-caps name over its tagline, film diaries that head an
entry "Title 2025", disc editions in brackets, titles that list words with "&", separators after a review cue, and
years in facts lines below buttons or joined by "·" (all texts fictional)."""

from __future__ import annotations

import pytest

import filmkritik


def _film(text: str) -> tuple[str | None, int | None]:
    film = filmkritik.read_text(text).film
    return (film.title.text if film.title else None, film.year.value if film.year else None)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (  # a weekly paper's all-caps name over its tagline, and the paper naming itself again below
            "DER FLUSSBOTE\nDie Wochenzeitung für Politik, Wissen und Kultur\nKultur › Film\nAm Ende der Linie\n"
            "Eine Schaffnerin fährt die letzte Bahn ins Tal: Mit „Die Talbahn“ gelingt Eva Korn ein stiller Film.\n"
            "Aus dem FLUSSBOTEN Nr. 12\nAm Anfang steht die Schaffnerin am Bahnsteig. „Die Talbahn“ ist genau und warm.",
            "Die Talbahn",
            None,
        ),
        (  # an English paper: "News, arts and opinion for …" is a tagline too
            "THE MILL TOWN GAZETTE\nThe independent voice of the Calder Valley\nArts\nA wake for the old mill\n"
            '"Cotton Ghosts," the new film from Ada Frain, was shot in the valley. Cotton Ghosts is quietly moving.',
            "Cotton Ghosts",
            None,
        ),
        (  # a film diary: title and year on one line, the director below
            "reelbook\nDiary entry by nora_k\nHarbour Lights 2024\nDirected by Ilse Varga\n★★★★\n"
            "lovely little film about two sisters and a ferry. the ending got me.",
            "Harbour Lights",
            2024,
        ),
        (
            "filmtagebuch\nEintrag von mia_sieht\nDie Heckenrose 2023\nRegie: Lutz Berner\n★★★\n"
            "Ein schöner, etwas zu langer Film über eine Gärtnerin.",
            "Die Heckenrose",
            2023,
        ),
        (  # a title that ends in a year and is said twice with it keeps the year
            "Sommer 1976\nEin Dorf in der Hitze. Sommer 1976 erzählt von einem Mädchen, das auf Regen wartet.",
            "Sommer 1976",
            None,
        ),
        (  # a disc edition in brackets after the title
            "DiscCorner\nThe Drowned Choir [Blu-ray] – Collector's Edition\nRegion B · 2K restoration\n"
            "The Drowned Choir (1979) is a strange little ghost story from the Norfolk Broads, clumsy but haunting.",
            "The Drowned Choir",
            1979,
        ),
        (  # a title listing words joined by "&", quoted in a headline
            "Kinoblatt\n„Kuchen, Krach & Konfetti“: Ein Geburtstag eskaliert\n"
            "Regisseurin Uta Senn erzählt in „Kuchen, Krach & Konfetti“ von einer Familienfeier. Das ist flott.",
            "Kuchen, Krach & Konfetti",
            None,
        ),
        (  # a review cue followed by separators is a label, not a title
            "Das Lied der Fähre\nKritik · Drama · 4 von 5 Sternen\n"
            "Ein Fährmann auf der Weser singt. Das Lied der Fähre ist ein leiser Film.",
            "Das Lied der Fähre",
            None,
        ),
        (  # the facts line below a line of buttons
            "Stream Magazin\nNeu im Stream: Die Kartografin\n▶ Jetzt ansehen | + Merkliste\n"
            "Drama · 2025 · 1 Std. 41 Min.\nEine Kartografin vermisst ein Tal. Die Kartografin ist schön.",
            "Die Kartografin",
            2025,
        ),
        (  # a closing facts line joined by "·"
            "Kritik zu „Die Kartografin“\nEine Kartografin vermisst ein Tal. „Die Kartografin“ ist schön.\n"
            "Die Kartografin · Österreich 2025 · 101 Min. · Regie: Jo Lenz",
            "Die Kartografin",
            2025,
        ),
    ],
)
def test_outlet_page_shapes(text: str, title: str, year: int | None) -> None:
    assert _film(text) == (title, year)


@pytest.mark.parametrize(
    "text",
    [
        # an unquoted sequel title with "&", after a sentence's first word, under a section label
        "Filmstart der Woche\nDie beiden Chaoten sind zurück: In Lotte & Fips 2 verwechseln sie einen Koffer. "
        "Lotte & Fips 2 ist lauter als der erste Teil, aber witziger.",
        "Kinoblog Süd\nLotte & Fips 2 – Kritik\nDie Chaoten sind zurück, und Lotte & Fips 2 ist lauter als "
        "„Lotte & Fips“ (2022), aber witziger.",
    ],
)
def test_titles_with_an_ampersand_stay_whole(text: str) -> None:
    assert _film(text)[0] == "Lotte & Fips 2"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the tagline over the magazine's name
            "Das Magazin für Film und Fernsehen\nSCHAUKASTEN\nKritik\nDer Graf von Moabit\n"
            "Ein Hausmeister erbt ein Schloss: Der Graf von Moabit ist eine bissige Satire.",
            "Der Graf von Moabit",
        ),
        (  # a time inside a title is no subtitle colon
            "Film\nThe 6:15 from Kendal\nA murder on a branch line: The 6:15 from Kendal is a cosy mystery.",
            "The 6:15 from Kendal",
        ),
        (  # the review cue after the title, before a teaser
            "Die Deichgräfin Kritik: Eine Frau gegen die Flut\nEine Bäuerin an der Nordsee. Regie führt Ida Nolte.",
            "Die Deichgräfin",
        ),
        ("Filmreview: Die Deichgräfin\nEine Bäuerin an der Nordsee. Regie führt Ida Nolte.", "Die Deichgräfin"),
        (  # a question mark the body repeats belongs to the title
            "Kritik: Wer klaut Omas Dackel?\nEin Dorf sucht einen Hund. Wer klaut Omas Dackel? ist harmlos und nett.",
            "Wer klaut Omas Dackel?",
        ),
        (  # shouted in the headline, written in mixed case below
            "THE TIN LANTERN\nA tinsmith builds a lantern for his daughter. The Tin Lantern is a gentle fable.",
            "The Tin Lantern",
        ),
    ],
)
def test_more_headline_shapes(text: str, title: str) -> None:
    assert _film(text)[0] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a compound review label ("Video-Kritik") is no title
            "Video-Kritik: Die Kicker vom Hafen II\nDie Kicker sind zurück. Die Kicker vom Hafen II ist laut und bunt.",
            "Die Kicker vom Hafen II",
        ),
        (  # a heading with a comma, said again word for word in the body
            "Kinoblog Süd\nRezension\n99 Wege, Schnee zu zählen\nEin Mädchen zählt Flocken. 99 Wege, Schnee zu "
            "zählen ist ein leiser Film.",
            "99 Wege, Schnee zu zählen",
        ),
        (  # a capsule label before the title
            "The Reel Deal\nQuick take: Copper Hollow\nTwo brothers fight over a mine. Copper Hollow is too long.",
            "Copper Hollow",
        ),
    ],
)
def test_labels_and_repeated_headings(text: str, title: str) -> None:
    assert _film(text)[0] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a heading, then the review; a film quoted once later in passing is a comparison
            "Der Schrankenwärter\nEin Bahnübergang in der Altmark, ein Wärter, der nie Urlaub macht. Regisseur Olaf "
            "Brandt erzählt davon mit viel Ruhe. Wer „Die Pension am See“ mochte, wird hier fündig. Hauptdarsteller "
            "Jens Ohl ist großartig.",
            "Der Schrankenwärter",
        ),
        (
            "The Crossing Keeper\nA level crossing in the fens, a keeper who never takes a holiday. Director Olaf "
            'Brandt takes his time, much as he did in "The Guesthouse." Jens Ohl is wonderful, though the script '
            "is thin.",
            "The Crossing Keeper",
        ),
        (  # a teaser heading: the film quoted in the lead sentence is the film
            "Wenn der Nachbar zum Feind wird\nZwei Obstbauern am Bodensee, ein Grenzstreit und eine Ernte, die "
            "verrottet: Die Komödie „Der Birnbaumkrieg“ nimmt deutsche Gründlichkeit aufs Korn. Die Regisseurin "
            "inszeniert das trocken und genau, und das Ensemble ist gut aufgelegt.",
            "Der Birnbaumkrieg",
        ),
    ],
)
def test_a_heading_over_a_work_named_in_passing(text: str, title: str) -> None:
    assert _film(text)[0] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the film's heading over a section label, with only a byline, a date and stars below
            "Marrow Creek\nReviews\nDana Whitlock\nMarch 3, 2026\n★★★\nA fisherman's son comes home to bury his "
            "father and finds the town unwilling to talk. The dread builds slowly and well.",
            "Marrow Creek",
        ),
        ("Thoughts on Marrow Creek\nA fisherman's son comes home. The dread builds slowly and well.", "Marrow Creek"),
        ("Marrow Creek: A Review\nA fisherman's son comes home. The dread builds slowly and well.", "Marrow Creek"),
        ("Gedanken zu Die Deichgräfin\nEine Bäuerin an der Nordsee. Ein stiller, genauer Film.", "Die Deichgräfin"),
    ],
)
def test_blog_and_section_headings(text: str, title: str) -> None:
    assert _film(text)[0] == title


def test_a_weekly_tagline_of_sections_and_a_programme_facts_line() -> None:
    masthead = (
        "THE HARBOUR LANTERN\nCulture, ideas and the arts — every Thursday\nFilm\nA thousand paper boats\n"
        'Mira Sato\'s "Paper Tide" is a delicate film about a girl who folds boats. Paper Tide is a small joy.'
    )
    assert _film(masthead)[0] == "Paper Tide"
    programme = (
        "Rialto Cinemas\nWhat's On › Film › Lanterns of Kyoto\nLanterns of Kyoto\n12A · 108 mins · Japan 2025\n"
        "Our programmer says: Lanterns of Kyoto is a gentle, beautifully shot drama. Not to be missed."
    )
    assert _film(programme) == ("Lanterns of Kyoto", 2025)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a podcast episode's heading
            "Episode 41: Grey Fjord\nThis week Jess and Omar dig into Grey Fjord, the Norwegian thriller everyone is "
            "streaming. Jess loves it; Omar finds it slow.",
            "Grey Fjord",
        ),
        (  # an unquoted title after "In" in a sentence headline, repeated in the body
            "Review: In Harbor Light, a Ferry Captain Finds Her Way Home\nHarbor Light is a modest, lovely film about "
            "a ferry captain. Harbor Light is in theaters now.",
            "Harbor Light",
        ),
        (  # a column's label before the title, and a verdict line that is no title
            "The Weekend Watch\nStream it or skip it: Deadline Run\nDeadline Run is a train-set thriller with a "
            "good premise and a terrible script.\nVerdict: SKIP IT",
            "Deadline Run",
        ),
    ],
)
def test_podcast_column_and_sentence_headings(text: str, title: str) -> None:
    assert _film(text)[0] == title


def test_an_occasion_before_review_is_no_subtitle() -> None:
    festival = "The Glass Harp: Sundance 2026 Review\nA luthier builds a harp of glass. The Glass Harp is a fable."
    assert _film(festival)[0] == "The Glass Harp"
    sequel = "Harrowmoor: Reckoning Review\nThe third Harrowmoor film. Reckoning is gorier than its predecessors."
    assert _film(sequel)[0] == "Harrowmoor: Reckoning"
