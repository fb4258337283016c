"""Film identity, round 21: a radio script's host labels ("ANMODERATION:") and its programme's quoted name in the
heading row or the sign-off, a star's or maker's earlier film ("nach ihrem gefeierten Debüt „X“", "a star thanks to
X, a comedy …"), the film named as a sentence's opening phrase ("With X, she …"), a colon subtitle or a bracketed
word of the title said once as a sentence's subject ("X: Last Light has been …", "X (Again) is …"), and a German
title run on into its maker ("Das gelang: X von Dirk Roe ist der erste Film …"). Invented pages, fictional films
and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from jsonl_support import jsonl_rows
from reading_support import assert_title_read
from title_support import film_title as _title
from title_support import titles_right

FIXTURES = Path(__file__).parent / "fixtures" / "titles" / "open_round21"


PAGES = [
    # a radio script: the host's labels are no role words before the film, the programme's name heads the row and
    # closes the show
    (
        "NDR Info · „Kinokiste“ · Manuskript\n\nANMODERATION: Ein Fischer, ein Sturm und eine Frau, die nicht "
        "aufgibt. Das Haus am Priel ist das Debüt von Hella Brünjes.\n\nSPRECHER: Das Haus am Priel erzählt von "
        "einer Witwe auf Pellworm.\n\nABMODERATION: Das Haus am Priel läuft ab Donnerstag. Das war „Kinokiste“ für "
        "heute.",
        "Das Haus am Priel",
    ),
    # a maker's earlier film, quoted twice, before the film reviewed, quoted once
    (
        "Nach seinem gefeierten Debüt „Grünes Licht“ waren die Erwartungen hoch, doch mit „Die Nacht der Raben“ "
        "enttäuscht Regisseur Ole Harms. Was in „Grünes Licht“ noch präzise wirkte, ist hier nur Manier.",
        "Die Nacht der Raben",
    ),
    # a star's earlier film named by "thanks to", the film reviewed by "With X, she …"
    (
        "Dana Kell became famous thanks to 7 Days of Wendy Hall, a sitcom spin-off she was too good for. With "
        "Marsh Lantern, she finally gets a role worthy of her. The mystery resolves too neatly, but she is superb.",
        "Marsh Lantern",
    ),
    # a colon subtitle said once as the opening subject; the franchise named alone later
    (
        "Iron Reef: Final Tide has been sold as the end of a saga. The first Iron Reef was a lean thriller; three "
        "sequels later the dialogue is all exposition. Director Wes Callan knows how to stage a chase.",
        "Iron Reef: Final Tide",
    ),
    # a bracketed word of the title's own, said once as the opening subject
    (
        "Hold the Line (Again) is the rare sequel that knows why the first one worked. The old squad is back, "
        "older and creakier, and director Mo Adeyemi keeps the jokes coming.",
        "Hold the Line (Again)",
    ),
    # a sequel said once beside a name the page calls the first part
    (
        "Schon der erste „Rasender Rudi“ war kein Meisterwerk, aber gegen „Rasender Rudi 2“ war er großes Kino. "
        "Regisseur Udo Pflaum liefert noch einen Teil ab, den niemand braucht.",
        "Rasender Rudi 2",
    ),
    # a title and its subtitle after a colon, said twice inside lines, never quoted
    (
        "The Hats Are Enormous\n\nSilver Creek: The Dolly Fenn Story gives a singer the full biopic treatment.\n\n"
        "Here is what you learn in Silver Creek: The Dolly Fenn Story. She was poor. She sang. Director Al Birch "
        "keeps every beat.",
        "Silver Creek: The Dolly Fenn Story",
    ),
    # the opening subject after "because", and one whose usual first word opens a title going on with "at the"
    (
        "Buckle up, because Road Rage: Turbo has it all! Cars explode. Director Kip Lane cuts too fast.",
        "Road Rage: Turbo",
    ),
    (
        "A bakery in Leeds, one rainy Sunday, a dozen customers. Sunday at the Bakery drifts from one customer to "
        "the next. But Okafor has an ear for how people talk.",
        "Sunday at the Bakery",
    ),
    # the film the critic went into, saw at a screening, or a host names before "a drama opening …"
    (
        "I went into Letters to Uncle Bram wanting to love it. Uncle Bram grumbles at everyone, and the film is a "
        "slog.",
        "Letters to Uncle Bram",
    ),
    (
        "The kids at the preview screening of Barkwood laughed loudly and often. The dog jokes land; the plot does "
        "not.",
        "Barkwood",
    ),
    # the hero the title opens with, said alone only with its actor, is a part
    (
        "So I went to a matinee of Zip Rocket and the Junkyard Crew, a family film about a BMX kid. Zip Rocket "
        "(Maddox Reyna, a natural) builds a track out of car doors.",
        "Zip Rocket and the Junkyard Crew",
    ),
    # a comma title said once where a preposition or "es gibt" governs it; "und es gibt „X“" over a heading
    (
        "Endlich traut sich das Kino etwas. In „Ganz unten, ganz laut“ leidet ein Hausmeister an seiner Band. "
        "Regisseur Pit Rohde meint es gut.",
        "Ganz unten, ganz laut",
    ),
    (
        "Kitsch statt Kino\n\nVon Lore Ahrens\n\nEs gibt Filme, die überraschen wollen, und es gibt „Liebe auf "
        "den dritten Blick“. Hier weiß man früh, dass nichts geschieht. Die Heldin heißt Mia, und Mia ist nett.",
        "Liebe auf den dritten Blick",
    ),
    # an owner's possessive before the page's first quote, opening its body
    (
        "Die Schuld bleibt\n\nKonrad Elsners „Aschewinter“ will ein Drama über Schuld sein. Herausgekommen ist "
        "ein Film, der sich selbst bemitleidet.",
        "Aschewinter",
    ),
    # a German title opening with "Im", run on into its maker after a colon, then "ist kein … Film"
    (
        "Festivaltagebuch, Tag 2\n\nDer Morgen begann mit dem enttäuschenden „Kaltfront“. Besser wurde es danach: "
        "Im Tal der Krähen von Jonas Riedl ist der stärkste Film bisher. Riedl erzählt von einer Bergbauernfamilie "
        "im Allgäu. Im Tal der Krähen ist kein bequemer Film.",
        "Im Tal der Krähen",
    ),
]


@pytest.mark.parametrize(("text", "title"), PAGES)
def test_round21_pages(text: str, title: str) -> None:
    assert _title(text) == title


NARROW = [
    # the debut reviewed: "Mit ihrem Debüt „X“" (no "nach") still names the film
    (
        "Mit ihrem Debüt „Salzgras“ legt Regisseurin Imke Vogt einen stillen Film vor. „Salzgras“ erzählt von "
        "einer Deichgräfin.",
        "Salzgras",
    ),
    # "Das war „X“" inside a critic's sentence going on is no sign-off
    (
        "Drei Jahre Arbeit, zwei Drehpausen: Das war „Moorlicht“ nicht anzusehen. „Moorlicht“ ist ein ruhiger, "
        "genauer Film über eine Torfstecherin.",
        "Moorlicht",
    ),
    # a comma quote after a colon is speech, not a title
    (
        "„Nachtfähre“ ist ein stiller Film. Die Heldin sagt nur: „Ja, gut, morgen“. „Nachtfähre“ bleibt trotzdem "
        "sehenswert.",
        "Nachtfähre",
    ),
    # "With <person>, he …" names a collaborator, not the film the page quotes
    (
        "“The Chalk Line” is Ian Moss's third feature. With Clara Voss, he has found his best collaborator. “The "
        "Chalk Line” follows a surveyor on the Downs.",
        "The Chalk Line",
    ),
]


@pytest.mark.parametrize(("text", "title"), NARROW)
def test_round21_rules_stay_narrow(text: str, title: str) -> None:
    assert _title(text) == title


def test_round21a_batch() -> None:
    """round21a: 26 invented pages (14 German, 12 English) written before this round's rules; the session-start
    reader read 20/26 titles. The rules were written with them in view (flatters)."""
    rows = jsonl_rows(FIXTURES / "round21a.jsonl")
    assert len(rows) == 26
    for row in rows:
        assert_title_read(str(row["text"]), str(row["gold"]["film_title"]), row["id"], casefold=True)  # type: ignore[index]


def test_round21b_pinned() -> None:
    """round21b: 16 invented pages (8 German, 8 English) written after this round's rules and scored once:
    session-start reader 10/16, this round's reader 11/16. Still missed (left as found, not tuned on): an earlier
    film after a compound "Nach seinem Überraschungserfolg „X“", an Instagram caption's "Heute im Abaton: X", "Two
    hours into X I realised", a colon subtitle as an object ("Nobody asked for X: Into the Vault, but …"), and a
    lower-case bracket of the title's own ("X (and a Dog)")."""
    rows = jsonl_rows(FIXTURES / "round21b.jsonl")
    assert len(rows) == 16
    missed = {"r21b-de-02", "r21b-de-04", "r21b-en-03", "r21b-en-04", "r21b-en-05"}
    assert titles_right(rows) == {str(r["id"]) for r in rows} - missed
