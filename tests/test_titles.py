"""Film identity as a user sees it: the reviewed film's title, original and local titles, year,
and a warning when the text spells the title two ways. Fixture reviews are fictional."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import filmkritik
from filmkritik.eval.score import norm
from filmkritik.read.titles import key_of
from jsonl_support import jsonl_rows
from title_support import film_identity as _identity

FIXTURES = Path(__file__).parent / "fixtures" / "reviews"


def read_fixture(name: str) -> filmkritik.ReviewRecord:
    return filmkritik.read(FIXTURES / name)


@pytest.mark.parametrize(
    ("fixture", "title"),
    [
        ("de-bruecke.txt", "Die Brücke im Nebel"),  # "Kritik zu „X“" headline
        ("de-freiheit.txt", "Small Freedoms"),  # "Filmkritik: X", German subtitle beside it
        ("de-stadt.txt", "Stadt ohne Ende"),  # "Gesehen: X (2021)"
        ("en-saltroad.txt", "The Salt Road"),  # "‘X’ review:" headline
        ("en-crowns.txt", "HOLLOW CROWNS"),  # ALL-CAPS title under a credit header
        ("en-ferry.txt", "Midnight Ferry"),  # no headline: "X is a slow-burning thriller"
    ],
)
def test_title_is_the_reviewed_film(fixture: str, title: str) -> None:
    record = read_fixture(fixture)
    assert record.film.title is not None
    assert norm(record.film.title.text) == norm(title)
    start, end = record.film.title.evidence[0]
    assert norm(record.text[start:end]) == norm(title)


def test_quoted_other_works_are_not_the_title() -> None:
    record = filmkritik.read_text(
        "Kritik zu „Der lange Sommer“\n\n"
        "Regisseurin Ida Marquardt, die mit „Kalte Wasser“ (2015) bekannt wurde, erzählt in "
        "„Der lange Sommer“ von drei Schwestern. Wie in „Die Insel“ geht es um Erinnerung. "
        "„Der lange Sommer“ ist ein stiller, sehenswerter Film."
    )
    assert record.film.title is not None
    assert record.film.title.text == "Der lange Sommer"


def test_english_review_headline_and_quotes() -> None:
    record = filmkritik.read_text(
        "'Paper Lanterns' review: a gentle, gorgeous ghost story\n\n"
        "Like “Still Waters” (2009), “Paper Lanterns” is a film about grief. Director Mei Tan "
        "keeps things quiet, and “Paper Lanterns” is all the better for it."
    )
    assert record.film.title is not None
    assert record.film.title.text == "Paper Lanterns"


def test_original_title_only_when_marked() -> None:
    marked = read_fixture("de-stadt.txt")
    assert marked.film.original_title is not None
    assert marked.film.original_title.text == "City Without End"
    unmarked = read_fixture("de-bruecke.txt")
    assert unmarked.film.original_title is None


def test_original_title_line() -> None:
    record = filmkritik.read_text(
        "Die Schneekönigin (2022)\nOriginaltitel: The Snow Queen\nRegie: Ann Berg\n\n"
        "„Die Schneekönigin“ ist ein bezaubernder Animationsfilm, der Kinder und Eltern gleichermaßen begeistert."
    )
    assert record.film.title is not None and record.film.title.text == "Die Schneekönigin"
    assert record.film.original_title is not None and record.film.original_title.text == "The Snow Queen"
    assert record.film.year is not None and record.film.year.value == 2022
    assert [(t.text, t.language) for t in record.film.local_titles] == [("Die Schneekönigin", "de")]


@pytest.mark.parametrize(
    ("fixture", "year"),
    [("de-bruecke.txt", 2023), ("de-stadt.txt", 2021), ("en-saltroad.txt", None), ("en-crowns.txt", None)],
)
def test_year_only_when_stated(fixture: str, year: int | None) -> None:
    record = read_fixture(fixture)
    assert (record.film.year.value if record.film.year else None) == year


def test_year_in_a_page_header() -> None:
    record = filmkritik.read_text(
        "Die Brücke im Nebel\n\nDrama | Deutschland 2023 | 112 Minuten\n\nRegie: Ida Marquardt\n\n"
        "Eine Hafenarbeiterin sucht nach der Wahrheit. Die Brücke im Nebel ist ein ruhiger, genauer Film."
    )
    assert record.film.year is not None and record.film.year.value == 2023


def test_production_line_year() -> None:
    record = filmkritik.read_text(
        "„Grauer Himmel“ ist ein packendes Drama über zwei Brüder.\n\nGrauer Himmel\nFrankreich/Belgien 2019, 104 Min."
    )
    assert record.film.year is not None and record.film.year.value == 2019


def test_local_title_and_title_variant_warning() -> None:
    record = read_fixture("de-freiheit.txt")
    local = [t.text for t in record.film.local_titles]
    assert local == ["Small Freedoms - Kleine Freiheit unter Brüdern"]
    assert record.film.local_titles[0].language == "de"
    warnings = [w for w in record.warnings if w.kind == "title_variant"]
    assert len(warnings) == 1
    message = warnings[0].message
    assert "Kleine Freiheit unter Bürgern" in message and "Kleine Freiheit unter Brüdern" in message
    found, expected = warnings[0].evidence
    assert "Bürgern" in record.text[found[0] : found[1]]
    assert "Brüdern" in record.text[expected[0] : expected[1]]


def test_no_variant_warning_for_a_consistent_text() -> None:
    record = read_fixture("de-bruecke.txt")
    assert not [w for w in record.warnings if w.kind == "title_variant"]


def test_seed_review_identity(shared: Path) -> None:
    record = filmkritik.read(shared / "reviews" / "de" / "kindness-of-strangers.txt")
    assert record.film.title is not None and record.film.title.text == "The Kindness of Strangers"
    assert [t.text for t in record.film.local_titles] == ["The Kindness of Strangers - Kleine Wunder unter Fremden"]
    warning = next(w for w in record.warnings if w.kind == "title_variant")
    assert "Kleine Wunder unter Freunden" in warning.message
    titles = {norm(record.film.title.text)} | {norm(t.text) for t in record.film.local_titles}
    assert "winter palace" not in titles


def test_dev_title_accuracy(shared: Path) -> None:
    """The development sets' titles: a regression guard, far above the spaCy-based peer (0.49)."""

    right = total = 0
    for code in ("de", "en"):
        for line in (shared / "reviews" / code / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            record = filmkritik.read_text(row["text"])
            total += 1
            right += bool(record.film.title and norm(record.film.title.text) == norm(row["gold"]["film_title"]))
    assert right / total >= 0.9


PAGE_SHAPES = [
    (
        "Kultur\nAnna Beispiel\n12. März 2024\nEin Fluss voller Geheimnisse\n\nMit „Die Brücke im Nebel“ legt Ida "
        "Marquardt ihren zweiten Film vor. Rieke (Jana Holt) arbeitet im Hafen.",
        "Die Brücke im Nebel",
    ),
    (
        "Startseite > Kino > Kritiken\nLesedauer: 3 Minuten\nStand: 18.01.2024\nGrauer Himmel\n\nDas Drama Grauer "
        "Himmel von Lea Ott erzählt von zwei Brüdern. Grauer Himmel ist sehenswert.",
        "Grauer Himmel",
    ),
    (
        "Kino-Kritik: Das weiße Band der Stille\n\nEin Dorf im Winter. Das weiße Band der Stille ist streng.",
        "Das weiße Band der Stille",
    ),
    (
        "By Tom Critic\nMarch 3, 2024\n\nThe first thing you notice about Cold Harbour is the sound. Director Mia "
        "Lund builds Cold Harbour around silences. Unlike Jaws (1975), this is a sea film about people.",
        "Cold Harbour",
    ),
    (
        "‘Iron Harvest’: Film Review | Venice 2024\n\nAna Lopez leads a stirring drama. Iron Harvest is "
        "beautifully shot, if overlong.",
        "Iron Harvest",
    ),
    (
        "Review: In ‘Glass Bridges,’ a Family Falls Apart\n\nIn “Glass Bridges,” the director Ana Ruiz follows "
        "three siblings. “Glass Bridges” is sharp and funny.",
        "Glass Bridges",
    ),
    (
        "Elvis Review: A Fever Dream\n\nAustin Keller plays Elvis in Ben Lowe's Elvis, and Elvis has never looked "
        "this good.",
        "Elvis",
    ),
    (
        "It is rare for a debut to feel this assured. Director Ana Ruiz's Silent Tide is patient and sad, and "
        "Karl Dahl is superb as the fisherman Jon.",
        "Silent Tide",
    ),
    ("NORA (director: Pat Quill; cast: Ewa Lind (Nora))\n\nA quiet film about a quiet woman.", "NORA"),
    (
        "Filmkritik zu Stiller Hafen von Ida Marquardt\n\nDer Film ist gut. Stiller Hafen zeigt das Meer.",
        "Stiller Hafen",
    ),
    (
        "Review: The Salt Road Drives Deep Into the Desert and Gets Lost\n\nTomas Ferrell's The Salt Road is a "
        "handsome film. The Salt Road follows a truck driver, and The Salt Road never lets him rest.",
        "The Salt Road",
    ),
    (
        "Kinodrama »Die Brücke im Nebel«: Ein Fluss voller Geheimnisse\n\nEine Hafenarbeiterin sucht die "
        "Wahrheit. Von Anna Beispiel\n\nIda Marquardts Film ist ruhig.",
        "Die Brücke im Nebel",
    ),
    (
        "Mina and Jae Won meet again. Second Spring is a tender, quietly moving love story. Years later, "
        "Mina and Jae Won reconnect online.",
        "Second Spring",
    ),
    ("Few surprises here. Quiet Fields, directed by Mara Holt, is a gentle drama about farmers.", "Quiet Fields"),
    ("Nichts ist neu. Stille Felder erzählt die Geschichte zweier Bauern (Ed Marsh, Ian Cole).", "Stille Felder"),
]


@pytest.mark.parametrize(("text", "title"), PAGE_SHAPES, ids=[t for _, t in PAGE_SHAPES])
def test_page_shapes(text: str, title: str) -> None:
    """Navigation, bylines, dates and taglines around the title do not fool the reader."""
    record = filmkritik.read_text(text)
    assert record.film.title is not None
    assert record.film.title.text == title


def test_sequel_numbers_are_not_spelling_variants() -> None:
    record = filmkritik.read_text(
        "Kritik zu „Die Nacht der Wölfe II“\n\n„Die Nacht der Wölfe II“ ist besser als „Die Nacht der Wölfe III“, "
        "aber schwächer als der erste Teil. „Die Nacht der Wölfe II“ bleibt trotzdem sehenswert."
    )
    assert record.film.title is not None and record.film.title.text == "Die Nacht der Wölfe II"
    assert not [w for w in record.warnings if w.kind == "title_variant"]


FURNITURE_SHAPES = [
    (
        "Filmkritik\nLautlos im Regen\nOriginaltitel: Silent in the Rain\nRegie: Dana Whitfield\n"
        "Kinostart: 6. Februar 2025\n\nEin Taxifahrer in Chicago, eine Nacht, ein Fahrgast.",
        "Lautlos im Regen",
    ),
    (
        "Feuilleton\nDer Mann, der die Wolken zählte\nMit ihrem neuen Film erzählt die Regisseurin von einem "
        "Meteorologen. „Der Mann, der die Wolken zählte“, Chile 2024, 128 Min.",
        "Der Mann, der die Wolken zählte",
    ),
    (
        "SZ\nNeu im Kino\nFlüstern im Treppenhaus\nEin Haus in Wien, ein Mord. Man denkt an Hitchcocks "
        "„Das Fenster zum Hof“.\nFlüstern im Treppenhaus, A 2024, 99 Min.",
        "Flüstern im Treppenhaus",
    ),
    (
        "Home / Reviews\nThe Orchard Thief\nBY ELEANOR VANCE-MORROW / November 2, 2024\nThere is a moment in "
        "The Orchard Thief when Mathilde waits for the rain.",
        "The Orchard Thief",
    ),
    (
        "EMPIRE\nReviews\nStarfall: Legacy\nCertificate: 12A\nReview: Sequels to cult sci-fi films are risky, "
        "but this one deepens its predecessor.",
        "Starfall: Legacy",
    ),
    (
        "The A.V. Club\nFilm Reviews\nIn the languid, gorgeous Monsoon Letters, secrets bloom\nMonsoon Letters "
        'opens with rain. Satyajit Ray\'s "Charulata" is its model.',
        "Monsoon Letters",
    ),
]


@pytest.mark.parametrize(("text", "title"), FURNITURE_SHAPES, ids=[t for _, t in FURNITURE_SHAPES])
def test_page_furniture_is_not_the_title(text: str, title: str) -> None:
    """Mastheads, section labels, bylines in capitals and release dates never win over the film's title."""
    record = filmkritik.read_text(text)
    assert record.film.title is not None
    assert record.film.title.text == title


MORE_FURNITURE = [
    (
        "Die FILMSTARTS-Kritik zu Operation Nordlicht\nVon Ben Holl\nAction aus Skandinavien hat es hierzulande "
        "schwer, doch dieser Thriller muss sich vor Hollywood nicht verstecken.",
        "Operation Nordlicht",
    ),
    (
        "Kino.de\nBesetzung & Crew\nDer Graf von Rabenstein\nRegie: Ludwig Moll\nKritik: Ein Kostümfilm, der "
        "aussieht wie ein Zweiteiler. Friedrich von Thun spielt den Grafen.",
        "Der Graf von Rabenstein",
    ),
    (
        "Slant\nReview: Dead Air Is a Podcast Horror Film With Nothing to Say\nby Nat Brooks\nOstensibly a satire, "
        "Dead Air follows two podcast hosts.",
        "Dead Air",
    ),
    (
        "Screen\nReview\nThe Cartographer's Wife\nDir: Hamid Rezaei. Iran. 2024. 112mins\nA mapmaker in Tehran. "
        'Rezaei, whose previous film "The Salt Well" won a prize, keeps things opaque.',
        "The Cartographer's Wife",
    ),
    (
        "NEW IN THEATERS\nCapsule reviews\nTHE LAST GONDOLIER\nVenice is sinking, and so is Aldo.\n"
        "MIDNIGHT AT THE DINER\nA waitress and a trucker share a night.",
        "The Last Gondolier",
    ),
    (
        "MOVIES\nMovie review: 'Snow Day Heist' is silly holiday fun\nBy Kim Albrecht\nIf you need something "
        "for the kids, Snow Day Heist will do nicely.\nMORE MOVIE REVIEWS\n'The Widow's Garden' review: a delight",
        "Snow Day Heist",
    ),
    (
        "Streaming-Kritik\n„Kaltfront“ auf Prime Video: Lohnt sich der Film?\nEin Sturm zieht über Ostfriesland, "
        "ein Fischer verschwindet.\nFazit: Ordentlich, aber nicht mehr. 3 von 5 Sternen.",
        "Kaltfront",
    ),
    (
        "MDR KULTUR\nFilm\n„Zwischen den Zeilen“: Ein Lehrer, ein Brief, ein Skandal\nIn Michael Kreihsls neuem "
        "Film gerät ein Lehrer unter Verdacht. Die Dramaturgie erinnert an „Das Klassenbuch“.",
        "Zwischen den Zeilen",
    ),
    ("My journal\nThe Glass Orchard (2024)\nWatched on 12 Dec 2024\noh my god, what a film.", "The Glass Orchard"),
]


@pytest.mark.parametrize(("text", "title"), MORE_FURNITURE, ids=[t for _, t in MORE_FURNITURE])
def test_more_page_furniture(text: str, title: str) -> None:
    record = filmkritik.read_text(text)
    assert record.film.title is not None
    assert record.film.title.text.casefold() == title.casefold()


TITLE_FIXTURES = Path(__file__).parent / "fixtures" / "titles"


@pytest.mark.parametrize("batch", sorted(p.stem for p in TITLE_FIXTURES.glob("*.jsonl")))
def test_fictional_title_batches(batch: str) -> None:
    """Fictional review pages in many outlets' shapes (written before the reader was run on them):
    the reviewed film's title, and its original title and year where the page states them."""
    rows = jsonl_rows(TITLE_FIXTURES / f"{batch}.jsonl")
    titles = originals = years = 0
    for row in rows:
        gold = row["gold"]
        title, original, year = _identity(row["text"])
        titles += title is not None and key_of(title) == key_of(gold["film_title"])
        originals += norm(original or "") == norm(gold["original_title"] or "")
        years += year == gold["year"]
    assert titles / len(rows) >= 0.9
    assert originals / len(rows) >= 0.9
    assert years / len(rows) >= 0.9


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A quoted title inside a sentence headline.
        (
            "Review: In ‘Salt Lamps,’ a Family Keeps Its Secrets\nA drama by Ona Reyes.\nThe Reyes family …",
            "Salt Lamps",
        ),
        # An occasion with its year before the film.
        (
            "Fantasporto 2025 | The Tallow Maker\nCompetition. Director: Uma Lind. Norway, 2025, 98 min.\n",
            "The Tallow Maker",
        ),
        ("TIFF 2025: Bright Quarry review\nA thriller about two sisters. Bright Quarry is tense.", "Bright Quarry"),
        # "Festival Review: 'X'" is not the festival's review of a film called "Venice Film Festival".
        ("Venice Film Festival Review: 'La Casa Gialla'\nA fisherman's widow takes over his boat.", "La Casa Gialla"),
        # German tip labels and reviews of the home-cinema release.
        ("Streaming-Tipp: Zimmer 19 (Netflix)\nEin Hotelzimmer, sieben Gäste. Zimmer 19 ist elegant.", "Zimmer 19"),
        ("Kultur\nBlu-ray-Review: Nebel über Husum\nDer Küstenkrimi kommt fürs Heimkino.", "Nebel über Husum"),
        # A question as the title, quoted again in the text.
        (
            "Kritiken\nWer hat Angst vor Tante Olga?\nEine Schulkomödie\nTante Olga (Ute Brandt) ist streng. "
            "„Wer hat Angst vor Tante Olga?“ ist nett, mehr nicht.",
            "Wer hat Angst vor Tante Olga?",
        ),
        # A quoted title with a colon heading the page, and "Fazit: …" is a judgement, not a title.
        (
            "„Operation Nordlicht: Die Rückkehr“ – Teil zwei\nNach „Operation Nordlicht“ (2022) ist Agent Kurt "
            "wieder da. „Operation Nordlicht: Die Rückkehr“ hat weniger Witz.\nFazit: Nur für Fans.",
            "Operation Nordlicht: Die Rückkehr",
        ),
        # A teaser headline; the title sits over its facts at the foot of the page.
        (
            "Zerbrechliche Kunst\nEine Glasbläserin sucht ihre Herkunft. Schöne Bilder, dünne Geschichte.\n"
            "Die Glasmacherin\nOriginaltitel: The Glassmaker\nRegie: Hollis Brand\nLand/Jahr: GB 2024",
            "Die Glasmacherin",
        ),
        # A subtitle is part of the title; the earlier film of the series, named with its year, is not the film.
        (
            "Die Drei vom Hafen 3: Das Geheimnis der Schleuse\nKinderfilm | Deutschland 2025 | 92 Minuten\n"
            "Wer „Die Drei vom Hafen 2“ (2023) mochte, wird auch hier Spaß haben.",
            "Die Drei vom Hafen 3: Das Geheimnis der Schleuse",
        ),
        # A prose capture that ran on ("Die Satire Offgrid von Regisseur …") is cut to the title the text repeats.
        (
            "Von Ines Kalt\nGefangen im Paradies\nEine Influencerin strandet. Die Satire Offgrid von Regisseur Max Ebe "
            "nimmt Social Media aufs Korn. Offgrid ist bissig.",
            "Offgrid",
        ),
        # Another film named once with "dessen Film „X“ (2015)" is a mention.
        (
            "Feuilleton\nSechs Nächte im März\nDer neue Film von Lorenz Abel. „Sechs Nächte im März“ ist kühl. Abel, "
            "dessen Film „Kapitalfehler“ (2015) Preise gewann, bleibt sich treu.",
            "Sechs Nächte im März",
        ),
        # A blog headline that is a sentence about the film.
        ("My thoughts on Moth Hotel (spoilers!)\nSo I finally caught Moth Hotel and wow. I loved it.", "Moth Hotel"),
        # An outlet's name on the first line is the masthead.
        (
            "Reel Chat Blog\nDirected by: Priya Cole\nThe Monsoon Caterer (2024)\nIt's fine? Dev plays Arjun.",
            "The Monsoon Caterer",
        ),
        # Boxes of links to other reviews, share buttons and cookie banners are not the film.
        (
            "Das könnte Sie auch interessieren:\n„Der Müller von Tilsit“ (2022) – Kritik\n„Herbstregen“ – Kritik\n"
            "Südwand der Stille\nBergdrama, Schweiz 2024\nZwei Brüder, eine Wand.",
            "Südwand der Stille",
        ),
        (
            "Advertisement\nAlso read: ‘Midnight Grove’ review\nCold Strand\nRating: 3/5\nA trawlerman goes to sea. "
            "Cold Strand, directed by Siobhán Rae, is honest.",
            "Cold Strand",
        ),
        (
            "Share this article\nFacebook\nTwitter\nEmail\nThere's a moment halfway through Paper Duchy when a child "
            "builds a castle out of tax forms.\nAbout the author: Nina Parks is a film critic.",
            "Paper Duchy",
        ),
        # "X von Y" in a headline is the title when the text says it again; "Ab Donnerstag" is no title.
        (
            "Unsere Kritik: Der Gärtner von Rheinsberg\nEin Gärtner soll einen Garten anlegen. Der Gärtner von "
            "Rheinsberg ist schön anzusehen.",
            "Der Gärtner von Rheinsberg",
        ),
        (
            "Kritik\nAb Donnerstag im Kino\nEin Mann namens Kuno\nKuno (Helmut Rapp) will heiraten. Ein Mann namens "
            "Kuno ist ein kleiner Film.",
            "Ein Mann namens Kuno",
        ),
        # An apostrophe inside a quoted title; the teaser after it is not part of the title.
        (
            "Movies\nReview: ‘The Tinsmith’s Son’ is gentle to a fault\nBy Marcia Fenn\nA boy dreams of electricity "
            "in “The Tinsmith’s Son.”",
            "The Tinsmith’s Son",
        ),
        # Two title-like lines open the page, each said once: the outlet's name, then the film.
        (
            "Small Grey Lies\nThe Salt Fen\nAnticipation. A new film from the director of 'Foxmoor'? Yes please. 4\n"
            "A folk-horror film set on the Essex coast.",
            "The Salt Fen",
        ),
        # Pages that open with the body: the title named once or twice in prose.
        (
            "Loosely based on a memoir, two-time Oscar nominee Ada Oyelaran's The Loom Keeper is the story of a "
            "weaver who will not sell. It is beautifully shot.",
            "The Loom Keeper",
        ),
        (
            "Beschreibung\nClara ist Tierärztin an der Nordsee. Die romantische Komödie Deichglück ist die Art von Film, "
            "die man sonntags im Fernsehen sieht.",
            "Deichglück",
        ),
        (
            "top of page\nOctober 4, 2024\nNorthwind Pictures\nStarring: Ingrid Vale\nNobody expected a musical about a "
            "ferry company to work, but Harbour Songs is one of the joys of the year.",
            "Harbour Songs",
        ),
        (
            "Friday, May 16, 2025\nTHE STORY – Two food-truck owners share a lot.\nBurrito Feud is a sweet, silly "
            "romcom that knows exactly what it is.",
            "Burrito Feud",
        ),
        # Bracketed section labels before the film.
        ("[Berlinale Review] The Salt Walkers\nA documentary. The Salt Walkers rewards patience.", "The Salt Walkers"),
        (
            "[Berlinale-Kritik] Die stille Bucht\nEin Film über das Meer. Die stille Bucht ist ruhig.",
            "Die stille Bucht",
        ),
        # A numbered film of a series is not a sighting of the first film, which the text names with its year.
        (
            "Kultur\nFantasy-Fortsetzung\n„Krähenmond 2: Die Krone aus Glas“ – viel Lärm\nVor drei Jahren war "
            "„Krähenmond“ (2022) eine Sensation. „Krähenmond 2: Die Krone aus Glas“ ist lieblos. Wer „Krähenmond“ "
            "mochte, wird enttäuscht.",
            "Krähenmond 2: Die Krone aus Glas",
        ),
        # "Title (director: …; cast: …, 2024)" heading the text beats acronyms in the prose.
        (
            "DRY HARBOR (director: Kim Alder; cast: Jo Lane, Ed Marsh, 2024)\nThe FBI and the NYC police chase a "
            "smuggler. The NYC streets look grim; the FBI agents look bored.",
            "DRY HARBOR",
        ),
    ],
)
def test_unseen_page_shapes(text: str, title: str) -> None:
    found, _, _ = _identity(text)
    assert found is not None
    assert key_of(found) == key_of(title)


@pytest.mark.parametrize(
    ("text", "original", "year"),
    [
        (
            "Ein Hauch von Salbei\nDrama.\nEin Hauch von Salbei (Un souffle de sauge), Frankreich 2024, 101 Minuten.",
            "Un souffle de sauge",
            2024,
        ),
        (
            "The Winter Orchard (Le Verger d'hiver)\nFrance, 2024. Directed by Sylvie Marc.\nA botanist tends a greenhouse.",
            "Le Verger d'hiver",
            2024,
        ),
        (
            "Der Sommer, als wir segeln lernten\n(OT: The Summer We Learned to Sail)\nUSA 2024 · Regie: Dana Cole · 101 Min.\n",
            "The Summer We Learned to Sail",
            2024,
        ),
        (
            "Der Sommer von Sainte-Anne\n(Originaltitel: L'Été à Sainte-Anne · Frankreich 2025 · 97 Minuten)\nEin Film.",
            "L'Été à Sainte-Anne",
            2025,
        ),
        (
            "Heimkino-Tipp: „Tage des Sturms“\nEin Western. „Tage des Sturms“ (OT: „Days of Storm“, Kanada 2022) ist hart.",
            "Days of Storm",
            2022,
        ),
        # A bracket with a person or a year is no original title; a story year ("Schweden, 1974:") is not the film's.
        (
            "Filmkritik „Die Akte Lund“\nSchweden, 1974: Ein Journalist stößt auf einen Spionagefall. „Die Akte Lund“ (Jens Dahl) ist gut.",
            None,
            None,
        ),
        (
            "Federkiel\nEin Film über Hühner. „Federkiel“. Regie: Ines Berg. Mit Rainer Lohm. Deutschland 2024, 93 Min.",
            None,
            2024,
        ),
    ],
)
def test_original_title_and_year_shapes(text: str, original: str | None, year: int | None) -> None:
    _, found_original, found_year = _identity(text)
    assert found_original == original
    assert found_year == year


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a title with a relative clause led by a preposition is not cut at its comma
            "Kinoseite Nord\nDie Nacht, in der Opa tanzte\nEin Dorf feiert\nvon Lena Marquardt\n"
            "In „Die Nacht, in der Opa tanzte“ erzählt Bruno Weigelt von einem Dorffest, das aus dem Ruder läuft. "
            "Die Nacht, in der Opa tanzte ist ein warmherziger Film mit viel Musik.\n"
            "Die Nacht, in der Opa tanzte | Deutschland 2025 | Regie: Bruno Weigelt",
            "Die Nacht, in der Opa tanzte",
        ),
        (  # a sequel's subtitle after a dash is kept when its head is never said on its own
            "Filmseite › Kritiken\n„Urlaub im Harz – Die Rückkehr“: Wieder Regen, wieder Zoff\n"
            "Die Fortsetzung bleibt hinter dem ersten Teil zurück.\n"
            "Regisseurin Heike Tornow schickt die Familie noch einmal in die Berge. Max Oldenbruch spielt wieder "
            "den Vater, der alles plant und nichts im Griff hat.\n"
            "„Urlaub im Harz – Die Rückkehr“ läuft ab 3. Juli in den Kinos.",
            "Urlaub im Harz – Die Rückkehr",
        ),
        (  # an all-caps brand heading the page, otherwise only in compounds, is the outlet
            "KINOLUPE\nKritik der KINOLUPE-Redaktion\nDer Garten am Fluss\nGrüne Stille\nVon Petra Holm\n"
            "In „Der Garten am Fluss“ erzählt Ilse Brandauer von einer Gärtnerin, die ihr Land verteidigt. "
            "Der Garten am Fluss lebt von seinen Bildern.\nFazit: Ein stiller, schöner Film.\n"
            "Der Garten am Fluss | Deutschland 2025 | Drama | 101 Min.",
            "Der Garten am Fluss",
        ),
    ],
)
def test_title_clause_sequel_and_brand(text: str, title: str) -> None:
    assert filmkritik.read_text(text).to_dict()["film"]["title"]["text"] == title
