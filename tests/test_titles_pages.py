"""Film identity on page shapes: mastheads with taglines, breadcrumbs, facts lines under the title, original
titles inside a sentence, subtitles, and other works named in lists (all texts fictional)."""

from __future__ import annotations

import pytest

from title_support import film_identity


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a breadcrumb under the outlet's name is the page's path
            "STADTBLATT\nKino › Neu im Kino\nDer Kranich\nÖsterreich 2025, 99 Min.\n"
            "Ein Vogelwart am Neusiedler See zählt Kraniche und verliert dabei seine Ehe. Ein ruhiger Film.",
            "Der Kranich",
        ),
        (  # an all-caps name over a tagline is the masthead; the title is the line the text repeats
            "SPÄTVORSTELLUNG\nDas Magazin für den abseitigen Film\nAusgabe 12\nDie Nachtfähre\n"
            "Eine Fährfrau auf der Elbe fährt jede Nacht dieselbe Strecke. Die Nachtfähre ist ein stiller Film.",
            "Die Nachtfähre",
        ),
        (  # a section path of labels ("Film | Capsule Reviews") under the outlet's name
            "Lakeside Courier\nFilm | Capsule Reviews\nIron Meadow\nRated ★★★ out of four\n"
            "A farmer's widow fights a mining company in this spare drama.",
            "Iron Meadow",
        ),
        (  # a country and year alone under the title are its facts, not a headline
            "Lumo\nFinnland 2024\nRegie: Aino Ranta\nEin junges Rentier verliert im ersten Schnee seine Herde.",
            "Lumo",
        ),
        (  # the maker's possessive before a quoted title in a headline
            "Ilse Norks „Die Wanderdüne“: Sand, der alles begräbt\n"
            "Eine Insel verschwindet langsam unter einer Düne. Die Regisseurin erzählt davon in ruhigen Bildern.",
            "Die Wanderdüne",
        ),
        (  # a headline sentence with the quoted title after a possessive; another film named with its year
            "Tom Baines’ ‘Harbor of Ghosts’ is a gentle ghost story\n"
            "A clerk in Hamburg sees the dead. Baines, who made “Lantern” (2019), handles it with care.",
            "Harbor of Ghosts",
        ),
        (  # works listed after a mention cue stay other works when the critic comes back to them
            "Harbor of Ghosts\nTom Baines directs this story of a clerk who sees the dead. Baines' earlier films, "
            '"Lantern" and "Tidewater", were richer. "Tidewater" in particular remains his best work, and '
            '"Tidewater" fans will find this thin.',
            "Harbor of Ghosts",
        ),
        (
            "Die Wanderdüne\nIn „Die Wanderdüne“ verschwindet eine Insel unter Sand. Regie führt Ilse Nork, deren "
            "„Salzwiesen“ und „Marschland“ viel gelobt wurden. „Salzwiesen“ lief 2019 in Berlin, „Marschland“ 2021 "
            "in Venedig. „Marschland“ bekam sogar einen Preis.",
            "Die Wanderdüne",
        ),
        (  # a film named once in passing at the end does not beat the one the page is about
            "Festivalbilanz\nDer Hauptpreis ging an „Das Haus am Deich“. Der Film erzählt von zwei Brüdern. "
            "„Das Haus am Deich“ ist streng und warm zugleich. Das Haus am Deich kommt im Herbst ins Kino.\n"
            "Ebenfalls stark: das Drama „Nordwind“.",
            "Das Haus am Deich",
        ),
        (  # a headline split at its colon whose subtitle the body repeats
            "Moonrise: Reckoning Is a Franchise Running Out of Ideas\n"
            "Moonrise: Reckoning opens with a chase. Moonrise: Reckoning never tops it.",
            "Moonrise: Reckoning",
        ),
        (  # a title ending on "of" is cut short by a colon: the line is title and subtitle
            "Review: Kingdom of Sand: The Last Well\n"
            'The sequel to "Kingdom of Sand" is louder. Kingdom of Sand: The Last Well is never boring.',
            "Kingdom of Sand: The Last Well",
        ),
        (  # a series' film keeps its "– Der Film"
            "Die Deichpiraten – Der Film\nKinderfilm nach der Hörspielserie\n"
            "Vier Kinder jagen Schmuggler im Watt. Regisseur Jan Peters hält das Tempo hoch.",
            "Die Deichpiraten – Der Film",
        ),
    ],
)
def test_page_shapes(text: str, title: str) -> None:
    assert film_identity(text)[0] == title


@pytest.mark.parametrize(
    ("text", "original", "year"),
    [
        (
            "Kritik zu „Das stille Gut“\nDer spanische Film, der im Original „La finca callada“ heißt, beginnt "
            "mit einer Beerdigung.",
            "La finca callada",
            None,
        ),
        (
            "Kinokritik\nDie Farbe der Orangen\nDie Farbe der Orangen, im Original La luce delle arance, ist ein "
            "Fest für die Augen.\nItalien 2024, 118 Min.",
            "La luce delle arance",
            2024,
        ),
        (
            "Der weite Weg zurück (engl. The Long Road Back)\nDrama, USA 2023\nEin Veteran wandert nach Texas.",
            "The Long Road Back",
            2023,
        ),
        (
            "Film review: The House on Rue Carnot\nThe French drama, whose original title is La Maison de la rue "
            "Carnot, follows three generations of women.",
            "La Maison de la rue Carnot",
            None,
        ),
        (  # "im Original" with a language is no original title
            "Nordlicht\nDer Film läuft im Original Englisch mit Untertiteln. Nordlicht ist schön.",
            None,
            None,
        ),
        (  # a year alone on the line under the title
            "Letterboxd\nReview by reelfan ★★★★\nThe Weight of Rain\n2025\nDirected by Ada Lund\n"
            "I cried three times. The Weight of Rain is about a swimming coach.",
            None,
            2025,
        ),
        (  # countries and a year under the title; "Marseille" is no month
            "Die Vergessenen von Marseille\nFrankreich 2023\nRegie: Julien Roche\nOriginaltitel: Les Oubliés\n"
            "Kinostart: 12. Juni 2025\nEin Sozialarbeiter kämpft um einen Jungen.",
            "Les Oubliés",
            2023,
        ),
        (
            "Der Weg nach Buchara\nUSA/Usbekistan 2024\nEin Archäologe sucht einen Schatz. Der Weg nach Buchara "
            "(OT: The Road to Bukhara) ist schön anzusehen.",
            "The Road to Bukhara",
            2024,
        ),
        (  # the story's year is not the film's
            "Die Akte Lindner\nKritik von Uta Brehm\nEs ist das Jahr 1977, und eine Staatsanwältin bekommt einen "
            "Fall. Die Akte Lindner ist ein Politthriller.",
            None,
            None,
        ),
        (  # "A's 2024 drama (…)" states the film's year; "B's 2019 film “X”" names another work
            "Review: A river town reckons with its past\nBrazilian director Ana Prado's 2024 drama (original title: "
            '"A Cidade Alta") unfolds over a flood season. "The High Town" follows a teacher. "The High Town" is '
            "one of the year's best films.",
            "A Cidade Alta",
            2024,
        ),
        (
            'Film review\nBong Ha-eun\'s 2019 film "The Paper House" made her name. Her new movie, Rain Garden, '
            "is better. Rain Garden follows a florist in Busan.",
            None,
            None,
        ),
    ],
)
def test_original_title_and_year_on_pages(text: str, original: str | None, year: int | None) -> None:
    _, found_original, found_year = film_identity(text)
    assert found_original == original
    assert found_year == year


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Filmverliebt\nDer Kinoblog aus Köln\nDie Salzkinder\n"
            "Zwei Kinder arbeiten in einer Saline. Ein stiller, schöner Film von Ann Lee.",
            "Die Salzkinder",
        ),
        (
            "CINEMA SCOPE\nreviews • essays • interviews\nThe Salt Children\n"
            "Two children work in a salt pan in this quiet drama from Ann Lee. It's lovely.",
            "The Salt Children",
        ),
        (
            "Lichtspielhaus\nKritiken, Essays und Gespräche über Film\nDie Salzkinder\nvon Jana Kurz\n"
            "Zwei Kinder arbeiten in einer Saline. Ein stiller, schöner Film.",
            "Die Salzkinder",
        ),
        (
            "The Velvet Seat\nFilm reviews since 2011\nPosted in Reviews\nSalt Children\n"
            "Two children work in a salt pan in this quiet drama. It's lovely.",
            "Salt Children",
        ),
        (
            "Filmfreunde Nord e.V.\nUnsere Filmkritiken\nDie Salzkinder\n"
            "Zwei Kinder arbeiten in einer Saline. Ein stiller, schöner Film.",
            "Die Salzkinder",
        ),
        ("DIE FILMLUPE\nSalzkinder\nZwei Kinder arbeiten in einer Saline. Ein stiller, schöner Film.", "Salzkinder"),
        # a title over a section label and a date is no masthead
        (
            "Die Salzkinder\nKritiken | 12. März 2025\nvon Jana Kurz\n"
            "Zwei Kinder arbeiten in einer Saline. Ein stiller, schöner Film.",
            "Die Salzkinder",
        ),
        (
            "Salt Children\nReviews · 3 comments\nBy Jane Doe\n"
            "Two children work in a salt pan in this quiet drama. It's lovely.",
            "Salt Children",
        ),
        # a section line with a count or a date is no tagline, so the title over it is no masthead
        (
            "Salt Children\nReviews · 3 comments\nA luminous fable of childhood\n"
            "Two children work in a salt pan in Brittany. Ann Lee tells it quietly.",
            "Salt Children",
        ),
        (
            "Die Salzkinder\nKritiken | 12. März 2025\nEin leiser Film über Arbeit\n"
            "Zwei Kinder arbeiten in einer Saline. Ann Lee erzählt ruhig.",
            "Die Salzkinder",
        ),
    ],
)
def test_masthead_with_tagline_said_once(text: str, title: str) -> None:
    """An outlet's name over its tagline opens the page even when the film is named only once, below it."""
    assert film_identity(text)[0] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Sundance 2025: ‘Glacier Man’ Review\nA mountain guide finds a Stone Age body in the ice.", "Glacier Man"),
        (
            "Berlinale, Tag 5\nVon Ute Laub\nDer Tag begann mit einer Enttäuschung: „Stadtrand“, ein deutsches "
            "Sozialdrama, blieb blass. Umso größer dann die Freude am Nachmittag. „Der Gletschermann“ von Jonas Alt "
            "erzählt von einem Bergführer, der im Eis eine Leiche findet. „Der Gletschermann“ ist klug, komisch und "
            "tief. Der Gletschermann ist ein Kandidat für den Goldenen Bären.",
            "Der Gletschermann",
        ),
        (
            "Festivalbericht: Hofer Filmtage 2025\nDrei Tage, zwölf Filme\nHöhepunkt war „Der Gletschermann“, ein "
            "kluger Film über einen Bergführer. „Der Gletschermann“ verbindet Krimi und Philosophie. Daneben "
            "gefielen „Kiosk“ und „Nachtzug nach Hof“.",
            "Der Gletschermann",
        ),
        (
            'Venice Diary, Day 3\nThe morning\'s "Suburbia" was a dud. But the afternoon brought "Glacier Man," '
            'Jonas Alt\'s film about a mountain guide. "Glacier Man" is clever, funny and deep.',
            "Glacier Man",
        ),
    ],
)
def test_festival_reports(text: str, title: str) -> None:
    """A festival dispatch reviews the film it spends its words on, not the occasion or a film named in passing."""
    assert film_identity(text)[0] == title


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Review: Glacier Man\nGlacier Man (Jonas Alt, 2024) follows a mountain guide. It is clever.", 2024),
        ("Glacier Man\nDirected by Jonas Alt • 2024 • 104 min\nA mountain guide finds a body.", 2024),
        ("Glacier Man\nU.S., 2024\nA mountain guide finds a body. Glacier Man is a noir.", 2024),
        ("Kritik: Der Gletschermann\nDer Gletschermann (D 2024, R: Jonas Alt) erzählt von einem Bergführer.", 2024),
        ("Glacier Man\nThe 2024 drama from Jonas Alt follows a mountain guide. Glacier Man is clever.", 2024),
        (
            "Der Gletschermann\nDer 2024 entstandene Film von Jonas Alt erzählt von einem Bergführer. "
            "Der Gletschermann ist klug.",
            2024,
        ),
        # the story's year and another film's year are not the film's
        (
            "Der Gletschermann\nEin Bergführer findet im Sommer 1991 eine Leiche. Wie in „Ötzi“ (2011) geht es um "
            "Zeit. Der Gletschermann ist klug.",
            None,
        ),
        (
            'Glacier Man\nIn the summer of 1991, a mountain guide finds a body. Like "Iceman" (2011), it is about '
            "time. Glacier Man is clever.",
            None,
        ),
        (
            "Der Gletschermann\nIhr 2019 gedrehter Film „Eiszeit“ war besser. Der Gletschermann ist ein Bergfilm.",
            None,
        ),
    ],
)
def test_year_shapes(text: str, year: int | None) -> None:
    assert film_identity(text)[2] == year


_COOKIES = (
    "We use cookies and similar technologies to personalise content, tailor and measure ads, and provide a better "
    "experience. By clicking Accept, you agree to this. You can change your choices at any time by visiting Cookie "
    "Preferences, as described in the Cookie Notice. To learn more, read our Privacy Policy.\nAccept\n"
    "Manage preferences\nReject all\n"
)
_MENU = (
    "Home\nNews\nPolitics\nBusiness\nSport\nCulture\nFilm\nTV\nMusic\nBooks\nPodcasts\nNewsletters\nSign in\nSearch\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            _COOKIES + _MENU + "Salt Children\nTwo children work in a salt pan in Brittany. A lovely film.",
            "Salt Children",
        ),
        (
            _COOKIES + _MENU + "The Salt Children review – a luminous fable of childhood\n"
            "Two children work in a salt pan in Brittany. Director Ann Lee tells it quietly.",
            "The Salt Children",
        ),
        ("Home\nNews\nFilm\nReviews\nDrama\nLumi\nFinnland 2023\nEin Rentier verliert seine Herde.", "Lumi"),
    ],
)
def test_cookie_banner_and_menu_before_the_headline(text: str, title: str) -> None:
    """A consent banner and a site menu above the headline are neither the body's start nor titles."""
    assert film_identity(text)[0] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Kritik: Hilfe, die Nachbarn kommen!\nEine Familie zieht aufs Land. „Hilfe, die Nachbarn kommen!“ ist flott.",
            "Hilfe, die Nachbarn kommen!",
        ),
        ("Review: 1983\nA coal town on strike. 1983 is a gritty drama from director Tom Baines.", "1983"),
        ("Kritik zu „1983“\nEin Bergarbeiterstreik in Wales. „1983“ ist ein hartes Drama.", "1983"),
        (
            "Review: Mission: Unthinkable – Final Count\nThe spy is back. Mission: Unthinkable – Final Count is loud.",
            "Mission: Unthinkable – Final Count",
        ),
        # a title-cased headline sentence ending on the title the body repeats
        (
            "How Ann Lee Made The Salt Children\nTwo children work in a salt pan. The Salt Children is quiet.",
            "The Salt Children",
        ),
        # a four-word title said once is not cut to a last word the body repeats
        (
            "Die Brücke von Tarnow\nEin Brückenwärter in Tarnow. Tarnow liegt am Fluss. Ein schöner Film.",
            "Die Brücke von Tarnow",
        ),
    ],
)
def test_title_shapes(text: str, title: str) -> None:
    """Titles ending in '!', a year as a title (quoted or after a review cue), a colon and a dash in one title."""
    assert film_identity(text)[0] == title


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Zwei Kinder und das weiße Gold\nVon Jana Kurz\nIn einer Saline bei Lüneburg arbeiten zwei Kinder, während "
            "ihre Mutter krank ist. Ann Lee erzählt davon ohne Kitsch. Ein stiller, schöner Film.\n"
            "Die Salzkinder. Deutschland 2024. Regie: Ann Lee. 101 Minuten. Ab Donnerstag im Kino.",
            "Die Salzkinder",
            2024,
        ),
        (
            "Two Kids and the White Gold\nBy Jane Doe\nIn a salt works in Brittany, two children labor while their "
            "mother is ill. Ann Lee tells it without sentiment.\n"
            "The Salt Children. Directed by Ann Lee. France, 2024. 101 minutes. Opens Friday.",
            "The Salt Children",
            2024,
        ),
        (
            "Zwei Kinder und das weiße Gold\nIn einer Saline bei Lüneburg arbeiten zwei Kinder.\n"
            "Die Salzkinder (D 2024), Regie: Ann Lee; mit Mia Roth, Ben Ott. 101 Min.",
            "Die Salzkinder",
            2024,
        ),
        # a genre or a country opening the facts line is no title
        (
            "Die Salzkinder\nDrama | Deutschland 2024 | 101 Minuten\nZwei Kinder arbeiten in einer Saline.",
            "Die Salzkinder",
            2024,
        ),
    ],
)
def test_title_in_a_closing_facts_line(text: str, title: str, year: int) -> None:
    """Newspaper reviews close with the film's facts ("Titel. Land Jahr. Regie: …"); its name there is the film."""
    assert film_identity(text)[0] == title
    assert film_identity(text)[2] == year


def test_credits_and_photo_credits_are_no_title_or_year() -> None:
    """ "Mit A, B. D 2024, 101 Min." is a cast line, "(Foto: Verleih 2024)" a photo credit."""
    text = (
        "Kritik: Die Salzkinder\nMia Roth in Die Salzkinder (Foto: Nordlicht Verleih 2024)\n"
        "Zwei Kinder arbeiten in einer Saline. Die Salzkinder ist schön.\nMit Mia Roth, Ben Ott. Regie: Ann Lee."
    )
    assert film_identity(text)[0] == "Die Salzkinder"
    assert film_identity(text)[2] is None
