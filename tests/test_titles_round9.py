"""Film identity under rubric, column and tip labels (round 9): a shouted column name at the page's top that the
text never says again gives way to the film the running text quotes (or names by a cue) and names again; a shouted
one-word title with nothing else quoted stays the title; "… der Woche" / "… of the week" column labels; a one-word
title as a sentence's subject ("Funkstille erzählt von …") but not a maker's surname; a headline's teaser after a
colon; a genre label heading the page protects no film. All texts are fictional."""

from __future__ import annotations

import pytest

from filmkritik.read.titles import key_of
from title_support import film_title as _title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a streaming column's name in capitals, the film quoted and named again in the body
            "STREAMING-KOMPASS\nVon Nora Becker\nUnser Filmtipp ist diesmal deutsch: In „Salzwasser“ kehrt eine "
            "Taucherin nach Sylt zurück. Salzwasser ist spannend und kühl erzählt. Regie führte Kai Mertens.",
            "Salzwasser",
        ),
        (  # the same in English
            "STREAMING PICK OF THE WEEK\nThis little heist comedy deserves a bigger audience\nIn “The Copper Job,” "
            "director Luis Kemp sends four retirees after a museum's coin collection. The Copper Job is breezy.",
            "The Copper Job",
        ),
        (  # a shouted one-word title with nothing quoted below stays the title
            "KURZKRITIK\nWINTERGÄSTE\nEine Pension an der Ostsee, ein Winter ohne Gäste, bis plötzlich drei kommen. "
            "Regisseur Paul Reimer erzählt das mit trockenem Humor. Sehenswert.",
            "Wintergäste",
        ),
        (  # a shouted title the body says again is no rubric, even with another film quoted twice
            "NACHTFALTER\nVon Ida Krohn\nNachtfalter erzählt von einer Imkerin im Harz. Wie schon in „Die Andere“ "
            "spielt Vera Loh eine Frau am Rand; „Die Andere“ war allerdings der bessere Film.",
            "Nachtfalter",
        ),
        (  # a shouted title line that goes on with the film's facts is the film's heading, not a label
            "HOLLOW CREEK (director: Ada Finch; cast: Tom Reed)\nA remake of “The Quiet Valley,” and not a good "
            "one. Where “The Quiet Valley” trusted its actors, this version trusts its score.",
            "Hollow Creek",
        ),
        (  # a quoted film only far down, after a long body, is a comparison, not the subject of a teaser
            "KURZKRITIK\nSTILLE WASSER\n"
            "Ein Fischer am Bodensee, ein verschwundener Sohn, ein Sommer voller Schweigen. Regisseurin Mona "
            "Kehl lässt sich Zeit, sehr viel Zeit: Lange Einstellungen auf das Wasser, auf Netze, auf Hände, die "
            "nichts tun. Die Dialoge sind knapp, die Musik fehlt fast ganz, und das Licht des Spätsommers macht "
            "aus jedem Bild ein Aquarell. Der Hauptdarsteller Rudi Ahrens spielt den Vater mit großer Ruhe und "
            "einer Trauer, die er nie ausspricht. Man mag das langsam finden, aber es ist nie langweilig. "
            + "Das erinnert an „Der Fährmann“, und „Der Fährmann“ war mutiger.",
            "Stille Wasser",
        ),
    ],
)
def test_rubric_label_gives_way_to_the_film(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a column's label "… der Woche" alone on its line, the film a one-word sentence subject after a colon
            "Streamingtipp der Woche\nVon Ole Fink\nIn der Mediathek findet sich derzeit ein kleiner Schatz: "
            "Funkstille erzählt von einem Radiomoderator, der nach vierzig Jahren seine letzte Sendung macht.",
            "Funkstille",
        ),
        (  # a shouted rubric over a headline sentence, the film named twice without quotes
            "SONNTAGSKINO\nEin Winter auf der Hallig\nVon Grete Sand\nWenn das Wasser kommt, ist die Hallig eine "
            "Insel. Landunter erzählt von einer Lehrerin, die dort drei Kinder unterrichtet. Landunter ist ein "
            "stiller, schöner Film von Regisseurin Kaja Ohm.",
            "Landunter",
        ),
        (  # "X zeigt eine Nacht …" under a headline sentence
            "Kritik\nEin Film wie ein langer Atemzug\nVon Heike Sonntag\nNachtdienst zeigt eine Nacht auf einer "
            "Intensivstation in Bochum. Regisseurin Maren Holt verzichtet auf Musik, auf Erklärungen, auf Trost.",
            "Nachtdienst",
        ),
        (  # the director's surname as a subject is no title
            "Nachtfahrt\nVon Eva Rück\nEin Taxifahrer in Köln, eine lange Nacht. Regisseurin Kaja Ohm hat den Film "
            "in zwölf Nächten gedreht. Ohm erzählt von Einsamkeit, aber nie larmoyant. Ohm zeigt eine Nacht, die "
            "man nicht vergisst.",
            "Nachtfahrt",
        ),
        (  # nor a full name before the verb
            "Drama\nEin Taxifahrer in Köln, eine lange Nacht. Brandt erzählt von Einsamkeit, und Regisseur Tim "
            "Brandt kennt die Stadt. Der Film „Nachtfahrt“ läuft ab Donnerstag.",
            "Nachtfahrt",
        ),
        (  # a teaser after the colon: an indefinite article and a genre
            "Neu im Kino\nKalter Hafen: Ein Krimi ohne Mörder\nVon Theo Brand\nIn Bremerhaven verschwindet ein "
            "Containerschiff, aber niemand vermisst es. Regisseur Rolf Adam macht daraus eine bitterböse Satire.",
            "Kalter Hafen",
        ),
        (  # the same in English
            "Glass Orchard: A Strange Little Drama\nBy Ann Price\nA greenhouse in Oregon, two brothers and a "
            "failing harvest. Director Ana Ruiz keeps it odd and tender.",
            "Glass Orchard",
        ),
    ],
)
def test_labels_and_one_word_subjects(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the maker after "von" behind a quoted title is a person: his surname as a sentence's subject is no title
            "Festivaltagebuch, Tag 3\n\nUm neun Uhr war der Saal voll, denn „Die Apfelernte“ von Jonas Brehm galt als "
            "Favorit. Der Applaus war höflich.\n\nBrehm erzählt von zwei Brüdern, die den Hof der Eltern übernehmen "
            "sollen, und lässt sich dafür viel Zeit. Ruhig und genau beobachtet, aber zu lang.",
            "Die Apfelernte",
        ),
        (  # a quoted comparison that the text also uses as a common noun ("ein Golem") is not said again as a title
            "Mein Filmblog\n\nSteinherz (2025)\n\nDer Trailer versprach viel. In einem Dorf taucht irgendwann ein "
            "Golem auf, und der Rest ist Geschrei. Den Twist kennt man aus „Golem“ und zehn anderen Filmen, nur "
            "besser gemacht. Regie führte Pia Lenz. Das langweilt.",
            "Steinherz",
        ),
    ],
)
def test_a_makers_surname_and_a_common_noun_are_not_titles_said_again(text: str, title: str) -> None:
    assert _title(text) == title
