"""Film identity, round 14: a dash subtitle kept with its title, a film the critic missed, an earlier film the page
keeps talking about, a character's one-word name (invented pages, fictional films)."""

from __future__ import annotations

import pytest

from title_support import film_title as _title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # The full name quoted again and again; its head alone is mostly the heroine's name.
        (
            "Radio Süd – Kinotipp\n\nBiografie einer Turnerin\n„Greta – Sprung ins Licht“ landet sicher\n\n"
            "Greta Vollbrecht war 1972 die beste Turnerin des Landes. Jetzt erzählt „Greta – Sprung ins Licht“ "
            "ihre Geschichte. Greta trainiert, Greta stürzt, Greta steht wieder auf. Die Mutter drängt, der Trainer "
            "schweigt. Man merkt dem Film an, dass „Greta“ vor allem die Bilder liebt. Greta ist hier nie ein Opfer. "
            "Am Ende bleibt „Greta – Sprung ins Licht“ ein solides, etwas braves Biopic.",
            "Greta – Sprung ins Licht",
        ),
        # A festival diary: the film the critic missed (sold out) is not the one reviewed.
        (
            "Notizen vom Filmfest, dritter Tag\n\nVon Malte Ehrig\n\nAm Morgen wollte ich „Schilfgrund“ von Ida Markwort "
            "sehen, aber die Vorstellung war ausverkauft. Also ging ich in „Die Zählung der Wolken“ und bereute nichts. "
            "„Die Zählung der Wolken“ erzählt von einem Meteorologen, der das Sprechen verlernt hat. Ein leiser, "
            "genauer Film, mit einem großartigen Hauptdarsteller.",
            "Die Zählung der Wolken",
        ),
        (
            "Festival notebook, day two\n\nBy Ruth Amadi\n\nI missed “Copper Hollow” this morning, which everyone "
            "was talking about at lunch. In the afternoon I caught “The Weight of Gulls” instead, a tender film about "
            "a ferry captain. “The Weight of Gulls” is the best thing I have seen here so far.",
            "The Weight of Gulls",
        ),
        # The earlier film named more often than the new one: words of the past cling to it, "diesmal" to the new one.
        (
            "Filmblog Nachtvorstellung\n\nNach „Salzwiesen“ nun „Flutlinie“\n\nVor sechs Jahren hat „Salzwiesen“ "
            "das Publikum in Hof begeistert. „Salzwiesen“ war damals eine kleine Sensation. Jetzt folgt der neue Film "
            "derselben Regisseurin. „Flutlinie“ spielt diesmal auf einer Hallig, und lange geht das gut. Im Vergleich "
            "zu „Salzwiesen“ wirkt alles glatter. „Salzwiesen“ bleibt der mutigere Film, doch „Flutlinie“ hat schöne "
            "Momente.\n\nFlutlinie, D 2026, 97 Min.",
            "Flutlinie",
        ),
    ],
)
def test_round14_titles(text: str, title: str) -> None:
    assert _title(text) == title


def test_speaker_label_is_no_title() -> None:
    # a transcript's speaker opens several lines with a colon: a label, not the film
    text = (
        "Welle West – Kinostunde\n\n„Die Uhrmacherin“: Präzision ohne Herz\n\n"
        "Moderator: Heute geht es um „Die Uhrmacherin“. Frau Kühn, worum geht es?\n\n"
        "Kühn: Um eine Uhrmacherin in Glashütte, die ihre Werkstatt verliert.\n\nModerator: Und wie ist der Film?\n\n"
        "Kühn: Sehr genau, manchmal etwas zu still.\n\nModerator: Danke. „Die Uhrmacherin“ läuft ab Donnerstag."
    )
    assert _title(text) == "Die Uhrmacherin"


def test_film_seen_only_half_is_another_film() -> None:
    text = (
        "Festivalblog, Tag 2\n\nDen Wettbewerbsfilm „Eisregen“ von Jan Kutter habe ich nur zur Hälfte gesehen, weil "
        "der Ton ausfiel. Danach kam „Der Hühnerbaron“ von Lisa Wendt, eine Komödie über einen Geflügelzüchter, und "
        "sie ist wunderbar."
    )
    assert _title(text) == "Der Hühnerbaron"


def test_character_named_with_actor_is_no_one_word_title() -> None:
    # "Ilvana (Actor)" and "spielt Ilvana": the one-word subject is the heroine, not the film
    text = (
        "Notizen aus dem Kino\n\nEin Dorf am Meer, ein Sommer. Ilvana ist neun Jahre alt und will nicht mehr sprechen. "
        "Ilvana (Mara Okonkwo-Lenz) lebt bei ihrer Großmutter. Ilvana wirkt dabei nie wie ein Kind aus dem "
        "Bilderbuch. Der Film ist still und schön."
    )
    assert _title(text) != "Ilvana"


def test_one_word_subject_title_still_read() -> None:
    text = (
        "Sonntagskino\n\nNebelwald ist unaufgeregt und klug. Eine Försterin (Mara Okonkwo-Lenz) sucht ihren Bruder. "
        "Nebelwald erzählt das ohne Eile. Regie führte Tanja Brehm."
    )
    assert _title(text) == "Nebelwald"


def test_dash_title_head_said_alone_more_often_still_folds() -> None:
    # a local subtitle added once in a heading: the original title said alone is the film
    text = (
        "Kritik\n\nThe Harbour Light - Ein Leuchtturm für zwei\n\nIn „The Harbour Light“ verliebt sich ein "
        "Leuchtturmwärter. „The Harbour Light“ ist ein warmer, etwas kitschiger Film. The Harbour Light läuft ab "
        "Donnerstag."
    )
    assert _title(text) == "The Harbour Light"
