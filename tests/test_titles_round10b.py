"""Film identity, round 10b: an outlet's shouted one-word masthead over a sentence headline gives way to the film the
body names; a quoted line of dialogue two sentences long is speech; a film quoted inside a headline sentence beside
or under another film's name is the comparison when the body names the other film more; a heading whose first word
is a section's ("Arts & Crafts") is the film when the body says it in a sentence; a name the prose cue caught across a
sentence's end starts after it. Each rule has its counter-case. All texts are fictional."""

from __future__ import annotations

import pytest

from filmkritik.read.titles import key_of
from title_support import film_title as _title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a one-word masthead over a sentence headline; the film is quoted once in the body
            "CINEMOOR\n\nEin Dorf, ein Mord und ein Förster, der alles gesehen hat\n\nVon Ina Wolf\n\nIm neuen Krimi "
            "von Pit Laux, „Der grüne Winter“, verschwindet im Harz ein Kind. Laux erzählt das mit viel Geduld.",
            "Der grüne Winter",
        ),
        (
            "REELPOINT\n\nA quiet town, a missing girl and a sheriff who knows too much\n\nBy Tom Reyes\n\nIn "
            "“The Long Thaw,” the new thriller from Ada Kim, a girl vanishes in rural Maine. Kim keeps it tense.",
            "The Long Thaw",
        ),
        (  # counter-case: a shouted title over its facts, repeated by the body
            "NEBELHORN\n\nDrama, D 2026, 95 Min.\n\nVon Eva Roth\n\nNebelhorn erzählt von einer Bergwirtin. "
            "Nebelhorn ist ruhig und schön.",
            "Nebelhorn",
        ),
    ],
)
def test_masthead_over_a_sentence_headline(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a line of dialogue heading the page, two sentences long
            "“You never came back. Not once.”\n\nThat is what the daughter tells her father in Salt Creek, a drama "
            "set in Nevada. Salt Creek is the best film of the month.",
            "Salt Creek",
        ),
        (  # counter-case: a title that is a short sentence, said again
            "„Ich bin nicht dein Bruder“\n\nVon Ole Franz\n\nMit „Ich bin nicht dein Bruder“ legt Ela Kurz ihr "
            "Debüt vor. Ich bin nicht dein Bruder erzählt von zwei Fernfahrern.",
            "Ich bin nicht dein Bruder",
        ),
    ],
)
def test_dialogue_line_is_no_title(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a previous film quoted in a subhead under the heading
            "Filmkritik\n\nDer Turm von Lenzen\n\nWas „Die Schleuse“ versprach, löst Jan Holt jetzt ein\n\nVon Kai "
            "Brand\n\nJan Holts neuer Film Der Turm von Lenzen spielt an der Elbe. In „Die Schleuse“ war er noch "
            "unsicher. Der Turm von Lenzen ist reifer.",
            "Der Turm von Lenzen",
        ),
        (  # "Von „X“ zu „Y“": the new film is the one the body names more
            "Doppelt gesehen: Von „Tauwetter“ zu „Frostnacht“\n\nVon Lea Stock\n\nVor zwei Jahren drehte Uwe Born "
            "„Tauwetter“. Sein neuer Film Frostnacht spielt in einem Hotel. Frostnacht ist spannend. Frostnacht "
            "startet am Donnerstag.",
            "Frostnacht",
        ),
        (  # counter-case: the quoted film in the headline is the one the body names
            "Kino\n\nIlse Norks „Die Wanderdüne“: Sand über allem\n\nVon Ute Lamm\n\nDie Wanderdüne erzählt von "
            "einem Dorf auf der Kurischen Nehrung. Die Wanderdüne ist ein schöner Film.",
            "Die Wanderdüne",
        ),
    ],
)
def test_compared_film_in_a_headline(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a title opening with a section's word, said again in a sentence
            "Arts & Crafts\n\nBy Nell Harper\n\nArts & Crafts, a comedy about a craft fair, is very funny. Director "
            "Dana Wells gets great work from her cast.",
            "Arts & Crafts",
        ),
        (  # a capture that ran back over a sentence's end
            "Double Feature: Iceland vs. Fireland\n\nBy Max Lane\n\nIceland follows an expedition; Fireland a sailor "
            "rounding Cape Horn. Fireland is the better film. Fireland also has the better score.",
            "Fireland",
        ),
    ],
)
def test_section_word_and_sentence_end(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a masthead said again only in the copyright line
            "LICHTBLAU\n\nEin Sommer, der einfach nicht enden will\n\nVon Kai Sauer\n\nIn „Die Strandkörbe“ "
            "verbringt eine Familie den letzten Sommer an der Schlei. „Die Strandkörbe“ ist leicht und komisch."
            "\n\n© LICHTBLAU 2026 – Alle Rechte vorbehalten",
            "Die Strandkörbe",
        ),
        (  # a masthead over a headline sentence that opens with the film's name, said again below
            "REELWISE\n\nCurb Kings is a scrappy, lovable mess of a movie\n\nBy Ann Lowe\n\nCurb Kings follows four "
            "skaters in Baltimore. Curb Kings runs out of steam, but you won't mind.",
            "Curb Kings",
        ),
        (  # a German line of speech keeps its period inside the quotes; the film is named bare below
            "„Du gehörst nicht hierher.“\n\nVon Selma Aydin\n\nDas hört Amira ständig, seit sie in die Rhön gezogen "
            "ist. Kalte Heimat erzählt ihre Geschichte. Kalte Heimat ist ein starker Jugendfilm.",
            "Kalte Heimat",
        ),
    ],
)
def test_masthead_copyright_and_speech(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a newsletter's name, its issue number and its sign-off are no titles
            "Der Kino-Newsletter\nNr. 31\n\nHallo zusammen,\n\ndiese Woche habe ich Schwarze Flut gesehen, den neuen "
            "Thriller von Olga Behr. Schwarze Flut spielt auf einem Hausboot.\n\nEuer Tim",
            "Schwarze Flut",
        ),
        (  # counter-case: a title with a comma after a word that also signs letters off
            "Film Notes\nReviews\nLove, Rebooted\nGrade: B\nTwo coders discover that their dating app matched them "
            "with each other. It's a cute premise and the leads have an easy chemistry.",
            "Love, Rebooted",
        ),
    ],
)
def test_newsletter_furniture(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a newspaper's section, two words joined by "&", over the film's heading
            "KULTUR & GESELLSCHAFT\n\nFilmkritik\nDer Lotse von Kappeln\nDeutschland 2025 · Drama · 98 Min.\n"
            "Ein alter Lotse bringt ein letztes Schiff durch die Schlei. Der Film ist ruhig und genau erzählt.",
            "Der Lotse von Kappeln",
        ),
        (  # a shouted name over a blank line and a section label: the outlet's masthead
            "KINOFUNKE\n\nFilmtipp\nDie Tage am Deich\nKomödie, D 2025. Regie: Ute Kamp.\nDrei Freundinnen mieten "
            "ein Ferienhaus an der Nordsee. Das ist harmlos, aber sehr komisch.",
            "Die Tage am Deich",
        ),
        (  # a shouted name with one compound after its dash ("Heimkino-Reviews") is a masthead
            "DISCORAMA – Heimkino-Reviews\n\nKino-Kurzkritik\nOpa fährt Trecker\nDeutschland 2025 · Komödie · 90 "
            "Min.\nHeinz ist 84 und fährt mit dem Trecker zur Hochzeit seiner Enkelin nach Passau.",
            "Opa fährt Trecker",
        ),
        (  # counter-case: a title joined by "&", said again, is the film
            "KINO\n\nMORD & MUSIK\n\nVon Greta Lindner\n\nIn der Krimikomödie „Mord & Musik“ stirbt ein Dirigent. "
            "Mord & Musik ist flott und albern.",
            "Mord & Musik",
        ),
    ],
)
def test_section_labels_and_mastheads(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)
