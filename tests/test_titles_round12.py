"""Film identity, round 12: a page that reviews two films is the first one's; a shouted masthead of a few words or a
quoted line of dialogue over a sentence headline gives way to the name opening the body; a shouted rubric over a
short title line and its teaser gives way to the title line; "<words> in <place>" heading a page is a title, not a
caption's "<actor> in <film>". Each rule has its counter-case. All texts are fictional."""

from __future__ import annotations

import pytest

from filmkritik.read.titles import key_of
from title_support import film_title as _title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # two films, each a heading over its facts; the critic says the second one's name more often
            "Diese Woche neu\n\nDer Salzsieder\nÖsterreich 2025 · 99 Min.\nEin Salzsieder im Ausseerland verliert "
            "seine Arbeit an eine Maschine.\n\nWolkenbruch\nSchweiz 2025 · 88 Min.\nWolkenbruch ist eine Komödie. "
            "Wolkenbruch hat Tempo, doch Wolkenbruch vergisst man schnell.",
            "Der Salzsieder",
        ),
        (  # the same with a rating under each heading
            "Weekend picks\n\nThe Iron Lantern\n★★★★\nA foundry town and its last strike.\n\nBlue Vesper\n★★\n"
            "Blue Vesper is a space opera. Blue Vesper is loud. Blue Vesper is long.",
            "The Iron Lantern",
        ),
        (  # counter-case: an outlet's tagline over an issue line, no review between it and the film
            "FILMFENSTER\nDas Kinomagazin für Sachsen\nAusgabe 7/2026\nNeu im Kino\nDie Kohlenträgerin\n"
            "Drama, Deutschland 2025\nEine Kohlenträgerin in Leipzig um 1900 kämpft um ihren Lohn. Die Kohlenträgerin "
            "ist ernst und genau.",
            "Die Kohlenträgerin",
        ),
    ],
)
def test_double_review_is_the_first_films(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Zwei Mal Küste: „Die Wattläuferin“ und „Flutnacht“\n\n„Die Wattläuferin“ folgt einer Wattführerin auf "
            "Pellworm. „Flutnacht“ ist ein Katastrophenfilm. „Flutnacht“ sieht teuer aus, aber „Flutnacht“ langweilt.",
            "Die Wattläuferin",
        ),
        (
            "Double feature: ‘Copper Sun’ and ‘The Night Ferry’\n\nCopper Sun is a desert western. The Night Ferry is "
            "a chamber thriller; The Night Ferry is tense, and The Night Ferry is short.",
            "Copper Sun",
        ),
        (  # counter-case: one film named in the heading, another compared with it in the body
            "„Die Wattläuferin“: Ein Leben im Schlick\n\nWie schon „Flutnacht“ erzählt „Die Wattläuferin“ von der "
            "Nordsee. „Die Wattläuferin“ ist aber ruhiger.",
            "Die Wattläuferin",
        ),
    ],
)
def test_two_films_quoted_side_by_side(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a masthead of three shouted words over a sentence headline; the body opens with the film and its year
            "THE NITRATE VAULT\nA forgotten seaside noir comes back from the dead in style\n\nBy Lou Marsh\n\n"
            "The Drowned Pier (1951) was thought lost until a print turned up in a Lisbon attic. The restoration "
            "is stunning.",
            "The Drowned Pier",
        ),
        (  # a line of title-cased dialogue said once over a sentence headline
            "“Nobody Gets Off This Island”\nA survival thriller that never lets you breathe\n\nBy Jo Park\n\n"
            "Black Gull Point is lean, mean and ninety minutes long. Four sailors are stranded on a rock.",
            "Black Gull Point",
        ),
        (  # counter-case: the body opens with "There is", which names nothing; the masthead stays the only name
            "THE NITRATE VAULT\nA forgotten seaside noir comes back from the dead in style\n\nBy Lou Marsh\n\n"
            "There is a special joy in finding a film everyone had given up on, and this one is a beauty.",
            "THE NITRATE VAULT",
        ),
    ],
)
def test_masthead_or_dialogue_over_sentence_headline(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


def test_german_body_opener_needs_the_name_said_again() -> None:
    """German nouns are capitalised: "Die Geschichte ist …" opening the body names no film."""
    text = (
        "KINO UND MEHR\nWarum diese leise Komödie so gut funktioniert\n\nVon Uta Kern\n\n"
        "Die Geschichte ist schnell erzählt: Ein Bäcker in Kassel verliebt sich in seine Konkurrentin von gegenüber."
    )
    assert key_of(_title(text) or "") != key_of("Die Geschichte")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "LEINWAND-ECHO\nDer stille Turm\nEin Küster bewacht eine Uhr, die nie stehen bleiben darf\n\n"
            "Von Rita Busch\n\nDer Film ist ein stilles Kammerspiel in einem Dorf im Sauerland.",
            "Der stille Turm",
        ),
        (  # counter-case: a shouted title over its teaser, a blank line below
            "KRÄHENWALD\nEin Förster hört nachts Stimmen im Unterholz\n\nVon Rita Busch\n\nDer Film beginnt mit "
            "einem Gewitter und endet mit einem Geständnis.",
            "Krähenwald",
        ),
    ],
)
def test_rubric_over_title_and_teaser(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Twelve Nights in Marrowfield\n\nA documentary about a street choir. It is warm and it is funny.",
            "Twelve Nights in Marrowfield",
        ),
        (  # counter-case: a caption's actor in the film, the film named again below
            "Lena Marsh in Cold Orchard.\n\nCold Orchard is a drama about apple farmers. Cold Orchard is lovely.",
            "Cold Orchard",
        ),
    ],
)
def test_words_in_a_place_heading_a_page(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a section pair said once over the page
            "BROT UND SPIELE\n\nkinoblick.de\nDie Rückkehr der Kormorane\nEine Kritik von Ute Lang\nAn der Peene kehren die "
            "Kormorane zurück, und mit ihnen der Streit zwischen Fischern und Vogelschützern. Regisseurin Ines Wald "
            "erzählt davon ohne Partei zu ergreifen, mit langen Einstellungen und viel Geduld für ihre Figuren.",
            "Die Rückkehr der Kormorane",
        ),
        (  # a teaser with a one-word label heading the page (right before this round too)
            "Ranked: The ten best submarine films ever made\n\nDeep Quiet review: a sub thriller that holds its "
            "breath\n\nDeep Quiet sends four sailors to the bottom of the Baltic. Deep Quiet is tense from its first "
            "minute to its last.",
            "Deep Quiet",
        ),
        (  # counter-case: a shouted title said once over its facts is the film
            "FEUERLAND\nChile 2024 · 102 Min. · Regie: Inés Mora\n\nEine Schafzüchterin am Ende der Welt verliert "
            "ihre Herde an einen Sturm. Der Film ist karg und schön.",
            "FEUERLAND",
        ),
        (  # counter-case: a quoted title alone on its line under a shouted label is the film
            "KINO | KRITIK\n„Seidenstraße“\nEine Händlerin reist mit ihrem Sohn von Samarkand nach Xi'an. Der Film "
            "von Aziz Karimov ist ein ruhiges Roadmovie, das seine Bilder sprechen lässt.\nUsbekistan 2024, 98 Minuten",
            "Seidenstraße",
        ),
    ],
)
def test_furniture_lines_stacked_over_a_page(text: str, title: str) -> None:
    """Furniture lines at the page's top (a section pair, a teaser label) said once: the page read without them."""
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a masthead row with dots over a title line, a genre-and-countries line and credits
            "KINOKURIER · Das Stadtmagazin · Kinoseite\n\nDie Glocken von Brügge\n\nHistorienfilm, Belgien/Deutschland\n"
            "Regie: Ann Vos\nDarsteller: Piet Maes, Lotte Jansen\n\nInhalt: Im Jahr 1480 gießt ein Glockengießer die "
            "größte Glocke Flanderns. Seine Tochter verliebt sich in einen Lehrling.",
            "Die Glocken von Brügge",
        ),
        (  # a shouted path over a sentence headline; the film's shouted heading carries its grade (right before too)
            "STAGE & SCREEN › FILM › NEW RELEASES\n\nWeekend movies: A prickly wedding comedy is the pick of the week\n\n"
            "By Al Stone | Updated 5:10 p.m.\n\nThree blockbusters open wide this weekend and none were shown to "
            "critics. For grown-ups the film to see is Seven Toasts, on two screens in town.\n\nSEVEN TOASTS (Grade: "
            "B+)\n\nA wedding in Galway goes wrong in seven speeches, each funnier and sadder than the last.",
            "Seven Toasts",
        ),
    ],
)
def test_masthead_rows_and_paths_over_a_title(text: str, title: str) -> None:
    """A shouted name opening a row of labels or a path is no title; a genre and countries under a title are facts."""
    assert key_of(_title(text) or "") == key_of(title)


def test_festival_diary_names_the_film_in_its_second_paragraph() -> None:
    """A shouted label opening a row ("FILM NOTES · Lakeside, Day 2") over a sentence headline; the body's second
    paragraph opens with the film and its makers."""
    text = (
        "FILM NOTES · Lakeside, Day 2\nQueues, rain and one small wonder of a film\n\nBy Tess Rowe\n\nThe morning "
        "began with a two-hour queue and a cold coffee, which rather set the tone for the day.\n\nHarvest Lantern, "
        "co-directed by Ana Ruiz and Bo Kemp, follows a lamplighter in a mountain village who refuses to retire. It "
        "is the loveliest thing I have seen here."
    )
    assert key_of(_title(text) or "") == key_of("Harvest Lantern")
