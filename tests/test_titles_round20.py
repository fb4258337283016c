"""Film identity, round 20: a column's name the body uses as the column ("Jede Woche schaut sich der STREAMING-CHECK
…", "Stream of Consciousness verdict: …"), a numbered entry's label before the film ("Filmtagebuch #45: X (2026)"), a
newsletter's "In this issue: one review", an original title on its own line between a shouted local title and the
facts or credits line, a title joined to its hero by "und die" over its facts line, and a critic's bare prose that
names the film once as a sentence's subject ("Velvet-like names", "Ewan Roe's Ninepins sounds like …"). Invented
pages, fictional films and people."""

from __future__ import annotations

from pathlib import Path

import pytest

import filmkritik
from jsonl_support import jsonl_rows
from title_support import film_identity, titles_right
from title_support import film_title as _title

FIXTURES = Path(__file__).parent / "fixtures" / "titles" / "open_round20"


PAGES = [
    # a shouted column name the body names as the column doing its weekly round and giving its verdict
    (
        "KINO-CHECK\n\nDie Wanderhure von Hameln\n\nVon Ilka Brand | 3.11.2026\n\nJede Woche nimmt sich der KINO-CHECK "
        "einen Film vor. Diesmal: Die Wanderhure von Hameln, ein Mittelalterdrama. Regisseur Olaf Tenge erzählt "
        "solide.\n\nDer KINO-CHECK meint: Die Wanderhure von Hameln ist ordentliches Kostümkino.",
        "Die Wanderhure von Hameln",
    ),
    (
        "SOFA SESSIONS\n\nBlue Ridge Hymnal\n\nBy Tess Corwin\n\nEach week, Sofa Sessions picks one new streaming "
        "film. This week it's Blue Ridge Hymnal, a gentle drama about a church choir.\n\nSofa Sessions verdict: Blue "
        "Ridge Hymnal is worth a look.",
        "Blue Ridge Hymnal",
    ),
    # a numbered entry's label before the film
    (
        "Kinoblog von Fritzi\n\nKinotagebuch Nr. 12: Der Schrankenwärter (2026)\n\nGepostet am 3. Mai\n\nDer "
        "Schrankenwärter ist ein kleiner, trauriger Film über einen Bahnübergang in der Prignitz. Mir hat er "
        "gefallen.",
        "Der Schrankenwärter",
    ),
    (
        "Subject: Reel Notes #88 — The Copper Kettle\n\nHi all,\n\nThe Copper Kettle is a small British comedy about "
        "a tea room in Bath. It's charming and slight.\n\nSee you next week,\nReel Notes",
        "The Copper Kettle",
    ),
    # a newsletter's table of contents: "one review" names no film "In this issue: one"
    (
        "From: Cinephile Weekly\nSubject: Issue 9\n\nHello,\n\nIn this issue: one review and two links.\n\nTHE REVIEW\n"
        "Ferry to Nowhere is a moody Welsh thriller. Ferry to Nowhere looks great and says little.",
        "Ferry to Nowhere",
    ),
    # a title joined to its hero by "und die", over its facts line after a blank line; the hero said more often
    (
        "TV-Tipp\n\nHeute, 20.15 Uhr\n\nDer Förster und die Kommissarin\n\nKrimi · Deutschland 2026 · 89 Min.\n\n"
        "Die Kommissarin ermittelt im Harz. Die Kommissarin ist müde, die Kommissarin ist schlecht gelaunt, aber die "
        "Kommissarin löst den Fall. Solide Unterhaltung.",
        "Der Förster und die Kommissarin",
    ),
    # a critic's bare prose naming the film once, as a sentence's subject, after its maker's possessive
    (
        "A rowing club in Dundee, a regatta, and eight men who have never won anything: Moira Keddie-Strang's "
        "Oarsmen sounds like a formula comedy, and it mostly is. Keddie-Strang keeps it brisk and the cast is "
        "likeable, but the jokes run thin long before the final race.",
        "Oarsmen",
    ),
    (
        "Bramblewood has the worst first ten minutes of any horror film this year, a wooden prologue and a jump "
        "scare borrowed from a dozen others. Then the family arrives at the farm, and the director Hollis Pryde "
        "finds her nerve. Pryde's control of sound is superb.",
        "Bramblewood",
    ),
    # a sentence's first word before a title opening with its article; a title with a possessive inside
    (
        "The theatre's manager swore the balcony was haunted. So The Prompter's Lament, a ghost comedy set in a "
        "seaside playhouse, had a head start on atmosphere, and it squanders most of it.",
        "The Prompter's Lament",
    ),
]


@pytest.mark.parametrize(("text", "title"), PAGES)
def test_round20_pages(text: str, title: str) -> None:
    assert _title(text) == title


NARROW = [
    # a column's name said once in the body without its routine or a verdict label stays as the film
    (
        "SOMMERKINO\n\nEin Film über Schwimmbäder. SOMMERKINO ist eine Komödie aus Wien, und SOMMERKINO macht "
        "gute Laune.",
        "SOMMERKINO",
    ),
    # a label with a number whose tail the text never names again is no film
    (
        "Berlinale, Tag 4: Müde Augen, volle Säle\n\nDer vierte Tag brachte „Die Schleusenwärterin“ von Anke Roth. "
        "„Die Schleusenwärterin“ ist der bisher beste Film im Wettbewerb.",
        "Die Schleusenwärterin",
    ),
    # a title whose last word is a part's name, the longer name never quoted or on a facts line: the hero alone
    # is not replaced by a sentence
    (
        "Kritik: „Greta“\n\nGreta ist zwölf und will Boxerin werden. Greta und die Jungs vom Verein verstehen sich "
        "nicht. Ein schöner Kinderfilm.",
        "Greta",
    ),
    # a sentence's subject that is a person stays no title
    (
        "Oswin Pratt is the best thing in it. The rest of the picture, a heist comedy called The Velvet Job, is "
        "forgettable. The Velvet Job opens Friday.",
        "The Velvet Job",
    ),
]


@pytest.mark.parametrize(("text", "title"), NARROW)
def test_round20_rules_stay_narrow(text: str, title: str) -> None:
    assert _title(text) == title


def test_original_on_its_own_line_under_a_shouted_title() -> None:
    text = (
        "FILMSEITE\n\nDAS SALZHAUS\nLa casa de la sal\nDrama, Spanien 2025, 104 Min.\n\nVon Jan Roth\n\nEine Witwe "
        "an der Küste bei Cádiz. Das Salzhaus ist ein schöner, ruhiger Film."
    )
    title, original, year = film_identity(text)
    assert (title, original, year) == ("Das Salzhaus", "La casa de la sal", 2025)


def test_original_on_its_own_line_over_a_credits_line() -> None:
    text = (
        "FESTIVAL REVIEWS\n\nSUMMER IN ODENSE\nSommer i Odense\nDir: Lise Holm. Denmark. 2026. 95mins\n\nA widower "
        "and his granddaughter share a flat for one summer. Summer in Odense is warm and slight."
    )
    title, original, _ = film_identity(text)
    assert (title, original) == ("Summer in Odense", "Sommer i Odense")


def test_subtitle_line_in_the_reviews_language_is_no_original() -> None:
    text = (
        "KINO\n\nDIE KÜKENBANDE\nAbenteuer auf dem Hof\nAnimation, Deutschland 2026, 78 Min.\n\nDie Kükenbande ist "
        "bunt und laut."
    )
    _, original, _ = film_identity(text)
    assert original is None


def test_round20a_batch() -> None:
    """round20a: 24 invented pages (14 German, 10 English) written before this round's rules; the session-start
    reader read 20/24 titles and 2/4 original titles. The rules were written with them in view (flatters)."""
    rows = jsonl_rows(FIXTURES / "round20a.jsonl")
    assert len(rows) == 24
    for row in rows:
        record = filmkritik.read_text(str(row["text"]))
        found = record.film.title
        gold = row["gold"]
        assert isinstance(gold, dict)
        assert found is not None and found.text.casefold() == str(gold["film_title"]).casefold(), row["id"]
        assert all(record.text[a:b].casefold() == found.text.casefold() for a, b in found.evidence), row["id"]
        original = record.film.original_title
        assert (original.text if original else None) == gold["original_title"], row["id"]


def test_round20a2_probes() -> None:
    """round20a2: 16 probe pages written after the first rules (seen); the session-start reader read 16/16 titles
    and 2/3 original titles."""
    rows = jsonl_rows(FIXTURES / "round20a2.jsonl")
    assert titles_right(rows) == {str(r["id"]) for r in rows}
    for row in rows:
        _, original, _ = film_identity(str(row["text"]))
        assert original == row["gold"]["original_title"], row["id"]  # type: ignore[index]


def test_round20b_pinned() -> None:
    """round20b: 16 invented pages (9 German, 7 English) written after this round's rules and scored once: session-start
    reader 13/16, this round's reader 14/16. Still missed (left as found, not tuned on): a radio manuscript whose
    programme's quoted name heads it ("SWR-Kulturradio · „Kino kompakt“ · Manuskript"), and a newsletter whose
    masthead is also its sign-off over "Issue #63: Paper Moons"."""
    rows = jsonl_rows(FIXTURES / "round20b.jsonl")
    assert len(rows) == 16
    missed = {"r20b-de-06", "r20b-en-07"}
    assert titles_right(rows) == {str(r["id"]) for r in rows} - missed
