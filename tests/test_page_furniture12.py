"""Page furniture around a review (related teasers, comments, bios, newsletter boxes) stays out of the record.

All films, people and outlets here are invented; real names appear only as distractors in the furniture.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import filmkritik
from filmkritik.read import page_blocks

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "furniture"

_REVIEW_DE = """Der Uhrmacher von Wernigerode

Von Henrike Sollmann

Regisseurin Adelheid Gruneberg erzählt in „Der Uhrmacher von Wernigerode“ von einem alten Handwerker, der seine \
Werkstatt im Harz nicht aufgeben will. Ruprecht Tiedemann spielt den Uhrmacher Anselm Kahle mit großer Ruhe und \
trockenem Witz, jeder Handgriff sitzt, jeder Blick in das Uhrwerk erzählt mehr als ein Dialog.

Seine Tochter Britta, gespielt von Marleen Osterkamp, will die Werkstatt verkaufen und nach Hamburg ziehen. \
Gruneberg erzählt diesen Konflikt ohne Geschrei und mit viel Vertrauen in Gesten und Blicke, und die Bilder der \
alten Stadt im Winter sind von stiller Schönheit. Ein genauer, berührender und wunderbar gespielter Film.
"""

_FURNITURE_DE = """

Mehr zum Thema
Kritik: „Die Nacht am Brocken“ – Regie: Gottlieb Hasenkamp. Mit Irmtraud Wöhlke, Bertram Scholle.
„Harzer Gold“: Regie: Edeltraud Pfannkuch. Mit Volkmar Dettmering.

Kommentare (2)
kinofan_88 schrieb am 12.03.: Langweilig, schrecklich, ein Reinfall. Tom Hanks hätte das besser gespielt.
Marga P.: Öde und viel zu lang, ich bin gegangen. Enttäuschend!

Über die Autorin
Henrike Sollmann schreibt seit 2011 über Kino, zuletzt ein Buch über Regisseur Waldemar Ostendorp.

Bildergalerie
Bild 1 von 6: Szene aus „Brockengeister“ mit Reinhild Salbach (Foto: Verleih)

Newsletter: Die besten Filme der Woche jeden Freitag in Ihrem Postfach. Jetzt anmelden!
"""

_REVIEW_EN = """The Orchard Keeper's Daughter review – a tender, beautifully acted drama

By Philippa Grantham

Director Ottoline Featherstone's second feature follows Wren Ashcombe, a young woman who inherits a failing cider \
orchard in Herefordshire. Cressida Longbourne plays Wren with a watchful, prickly warmth, and she is wonderful in \
every scene. Her brother Jory, played by Ansel Pickering, wants to sell the land to a developer.

Featherstone films the orchard through a whole year, from blossom to frost, and the images are gorgeous. The script \
trusts silences and small gestures, and the final scene, in which Wren presses the last apples of the season, is \
deeply moving. A lovely, generous film, and one of the best British dramas of the year.
"""

_FURNITURE_EN = """

Related stories
'Bitter Frost' review – Directed by Lucan Hargreave, starring Winifred Otterburn. A dull, lifeless mess.
'Harvest Moon' review: Ignatius Pelham's comedy with Dorinda Vane is awful.

Comments (2)
cidermad: Boring and far too slow. Awful. Meryl Streep would have saved it.
Terry: Terrible, the worst film of the year.

About the author
Philippa Grantham is a film critic. She wrote a book with the director Bartholomew Ainsley.

Photo gallery
Caption: Rosamund Thackery in 'The Apple Thief' (2021), directed by Evander Lusk

Sign up for our weekly newsletter: the best films of the week in your inbox every Friday.
"""


def _names(people: list) -> set[str]:
    return {p.name for p in people}


@pytest.mark.parametrize(
    ("review", "furniture", "title", "directors", "actors"),
    [
        (
            _REVIEW_DE,
            _FURNITURE_DE,
            "Der Uhrmacher von Wernigerode",
            {"Adelheid Gruneberg"},
            {"Ruprecht Tiedemann", "Marleen Osterkamp"},
        ),
        (
            _REVIEW_EN,
            _FURNITURE_EN,
            "The Orchard Keeper's Daughter",
            {"Ottoline Featherstone"},
            {"Cressida Longbourne", "Ansel Pickering"},
        ),
    ],
)
def test_furniture_names_stay_out_of_the_record(
    review: str, furniture: str, title: str, directors: set[str], actors: set[str]
) -> None:
    record = filmkritik.read_text(review + furniture)
    assert record.film.title is not None and record.film.title.text == title
    assert _names(record.film.directors) == directors
    assert _names(record.film.actors) == actors  # no teaser stars, no "Tom Hanks" from a comment


@pytest.mark.parametrize(("review", "furniture"), [(_REVIEW_DE, _FURNITURE_DE), (_REVIEW_EN, _FURNITURE_EN)])
def test_readers_comments_do_not_sway_the_verdict(review: str, furniture: str) -> None:
    bare = filmkritik.read_text(review)
    page = filmkritik.read_text(review + furniture)
    assert bare.verdict is not None and page.verdict is not None
    assert page.verdict.label == bare.verdict.label == "positive"
    assert page.verdict.score == bare.verdict.score


def test_the_record_keeps_the_page_and_its_offsets() -> None:
    page = _REVIEW_EN + _FURNITURE_EN
    record = filmkritik.read_text(page)
    assert "Meryl Streep would have saved it." in record.text  # the furniture is masked for reading, not cut
    for director in record.film.directors:
        for start, end in director.evidence:
            assert director.name.split()[-1] in record.text[start:end]


def test_masking_keeps_length_and_blanks_only_the_furniture() -> None:
    page = _REVIEW_DE + _FURNITURE_DE
    masked = page_blocks.mask(page)
    assert len(masked) == len(page)
    assert masked.count("\n") == page.count("\n")
    assert _REVIEW_DE.strip() in masked
    for gone in ("Gottlieb Hasenkamp", "Tom Hanks", "Filmkritikerin", "Postfach"):
        assert gone not in masked


def test_an_inline_link_does_not_cut_off_the_rest_of_the_review() -> None:
    """ "Read more: X" inside an article whose later paragraphs are short: only that line is furniture."""
    long = (
        "Tamsin Holloway-Kerr plays the lighthouse keeper with a wonderful dry humour, and director Barnaby "
        "Quentell gives her all the room she needs in a film that is patient, funny and quietly moving throughout."
    )
    page = (
        f"Beacon review\n\n{long}\n\nRead more: Tamsin Holloway-Kerr on her new film\n\n"
        "Her rival, played by Odile Farquharson, arrives in the second act.\n\nThe ending is lovely.\n"
    )
    masked = page_blocks.mask(page)
    assert "Read more" not in masked
    assert "Odile Farquharson" in masked and "The ending is lovely." in masked


def test_short_paragraphs_are_still_an_article_and_counted_comments_are_furniture() -> None:
    """A site that sets each sentence as its own paragraph: the boxes and comments below it are still found."""
    body = "\n\n".join(
        [
            "Movie Review: Gravel Kings",
            "Director Osric Pennywhistle loves his trucks more than his characters.",
            "Thaddeus Crumley plays the hauler Buck Rainey, and mostly glowers.",
            "The races are shot competently enough, but nothing else works.",
            "The subplot about Buck's sister goes nowhere at all, sadly.",
            "I cannot recommend it.",
        ]
    )
    tail = (
        "\n\nMost popular\n1. The 20 best truck movies\n\n9 Comments\nroadhog: Best movie ever!!! Brilliant, 10/10\n"
        "Kit: Loved every minute, starring Idris Elba would be even better.\n"
    )
    masked = page_blocks.mask(body + tail)
    assert body in masked
    for gone in ("Most popular", "9 Comments", "Brilliant", "Idris Elba"):
        assert gone not in masked


def test_a_comment_without_a_label_starts_the_comments() -> None:
    review = _REVIEW_DE + "\n\nMehr zum Thema\n„Harzer Gold“: Regie: Edeltraud Pfannkuch.\n\n"
    comments = "harzfan schrieb am 02.10.2025 um 18:22 Uhr\nEin großartiger Film mit Mario Adorf wäre das gewesen.\nAntworten\n"
    masked = page_blocks.mask(review + comments)
    assert _REVIEW_DE.strip() in masked
    assert "Mario Adorf" not in masked and "Edeltraud Pfannkuch" not in masked


def test_a_page_without_prose_is_left_alone() -> None:
    page = "Kurzkritik\n\nMehr zum Thema\n„Sommerregen“: Regie: Jutta Vielhaber.\n\nSehenswert.\n"
    assert page_blocks.mask(page) == page


def _read_set(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


@pytest.mark.parametrize("name", ["pages12", "probe12b", "probe12c"])
def test_pages_read_like_their_bare_reviews(name: str) -> None:
    """The invented pages give the same title, directors, actors and verdict as their reviews without furniture
    (pages12: 16 pages written first; probe12b, probe12c: 8 and 6 pages of other shapes written after the
    first and the second version of the masking)."""
    for page, bare in zip(_read_set(f"{name}.jsonl"), _read_set(f"{name}-bare.jsonl"), strict=True):
        with_furniture = filmkritik.read_text(page["text"])
        alone = filmkritik.read_text(bare["text"])
        gold = page["gold"]
        if alone.film.title is not None and alone.film.title.text == gold["film_title"]:
            assert with_furniture.film.title is not None
            assert with_furniture.film.title.text == gold["film_title"], page["id"]
        assert _names(with_furniture.film.directors) == _names(alone.film.directors), page["id"]
        assert _names(with_furniture.film.actors) == _names(alone.film.actors), page["id"]
        assert with_furniture.verdict is not None and alone.verdict is not None
        assert with_furniture.verdict.label == alone.verdict.label, page["id"]


def test_a_comment_count_under_the_byline_does_not_hide_the_article() -> None:
    """A share bar's "23 Kommentare" between a long standfirst and the article: the article is read."""
    standfirst = (
        "Ein alter Schleusenwärter, seine Enkelin und ein Kanal, der stillgelegt werden soll: Gunda Wertheimer hat "
        "ein leises Kammerspiel über das Ende einer Arbeit gedreht, das sich viel Zeit nimmt und sie gut nutzt."
    )
    page = (
        f"„Die Schleuse“: Wasser, das nicht mehr steigt\n\n{standfirst}\n\nVon Ida Hohlweg\n23 Kommentare\n\n"
        + _REVIEW_DE
        + _FURNITURE_DE
    )
    masked = page_blocks.mask(page)
    assert standfirst in masked and _REVIEW_DE.strip() in masked
    assert "Tom Hanks" not in masked


def test_the_reviews_rating_under_a_teaser_box_is_kept() -> None:
    page = (
        _REVIEW_EN + "\n\nRelated stories\n'Bitter Frost' review – Directed by Lucan Hargreave ★\n\nOur rating: 4/5\n"
    )
    masked = page_blocks.mask(page)
    assert "Our rating: 4/5" in masked and "Lucan Hargreave" not in masked
    record = filmkritik.read_text(page)
    assert record.verdict is not None and record.verdict.explicit is not None
