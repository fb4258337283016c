"""Titles round 24: page furniture over a review must not become the film's title. An outlet's masthead in capitals
(with or without its web address or tagline), a section name ("SCREENS", "KINO & STREAMING"), a festival's name
over a dispatch ("Festival de Bellerive 2026 — Day 3") and a German standfirst (the teaser paragraph under the
headline) are furniture; the film is the name the prose and the credit lines keep naming. Invented pages,
fictional people, films, festivals and outlets."""

from __future__ import annotations

import pytest

from filmkritik import read_text


def _title(text: str) -> str | None:
    film = read_text(text).film
    return film.title.text if film.title else None


_EN_BODY = """By Harriet Quellmoor-Dias

Halfway through The Salt Orchard, a farmer's widow named Oona stands in a flooded field and laughs, and for a moment the film finds the wild grief it has been circling. Director Piers Ankervold-Ruiz, making his second feature, keeps the camera low and patient. Maren Ellisdottir-Kane plays Oona with a dry, unsentimental warmth.

The Salt Orchard is not without faults: its middle act drifts, and a subplot about a land developer goes nowhere. But the final twenty minutes are as moving as anything this year.

It opens Friday at the Regal and the Arcadia.
"""


@pytest.mark.parametrize(
    "top",
    [
        "THE NORTHERN LANTERN\n\nA widow, a flooded field and a film that earns its tears\n\n",
        "THE GREYWATER GAZETTE\nA widow, a flooded field and a film that earns its tears\n\n",
        "THE GREYWATER GAZETTE — Arts & Leisure\n\nA widow, a flooded field and a film that earns its tears\n\n",
        "SCREENS\nA widow, a flooded field and a film that earns its tears\n\n",
        "THE GREYWATER GAZETTE\nWeek of May 3–9\n\nSCREENS\nA widow, a flooded field and a film that earns its tears\n\n",
        "Festival de Bellerive 2026 — Day 3\n\nA widow, a flooded field and a film that earns its tears\n\n",
        "BELLERIVE INTERNATIONAL FILM FESTIVAL — DISPATCH NO. 2\n\nA widow, a flooded field and a film that earns "
        "its tears\n\n",
        "LANTERNREEL.com — film reviews for grown-ups\n\nA widow, a flooded field and a film that earns its tears\n\n",
        "QUILLWORTH | Movies | Weekend Picks\n\nA widow, a flooded field and a film that earns its tears\n\n",
    ],
)
def test_english_furniture_over_a_review_is_not_the_title(top: str) -> None:
    assert _title(top + _EN_BODY) == "The Salt Orchard"


_DE_BODY = """Von Henrike Aschberg-Lutz

Wenn Das Salz der Marsch beginnt, steht ein alter Deichgraf im Nebel und zählt seine Schafe. Regisseurin Wiebke Tammen-Okoro erzählt in ihrem zweiten Spielfilm von einem Dorf an der Küste, das sich gegen einen Windpark wehrt. Jorinde Albrecht-Yilmaz spielt die Bürgermeisterin Gesa mit trockenem Witz.

Der Film hat Längen, vor allem im Mittelteil. Aber die Bilder der Marsch im Winter bleiben im Kopf.

Das Salz der Marsch läuft ab Donnerstag im Kino.
"""


@pytest.mark.parametrize(
    "top",
    [
        "FILMFUCHS.de – Kinotipps für kleine und große Leute\n\nStreit am Deich\n\n",
        "DER WESERKURIER\n\nKINO & STREAMING\nStreit am Deich\n\n",
        "KINO & STREAMING\nStreit am Deich\n\n",
        "Filmfest Bellerive 2026 – Tag 3\n\nStreit am Deich\n\n",
        "Streit am Deich\n\nEin leiser Heimatfilm über ein Dorf im Widerstand – und einer der schönsten Filme des "
        "Herbstes.\n\n",
        "KÜSTENKINO\nStreit am Deich\nEin trockener, kluger Film über Wind, Geld und Nachbarschaft.\n\n",
    ],
)
def test_german_furniture_over_a_review_is_not_the_title(top: str) -> None:
    assert _title(top + _DE_BODY) == "Das Salz der Marsch"


def test_german_quoted_title_by_its_maker_under_a_feature_headline() -> None:
    page = (
        "KINOSPIEGEL – Das Heft für Filmkultur | Kritiken\n\n"
        "Wind über dem Watt\n"
        "„Die stillen Lotsen“ von Ilka Brönnimann-Sow\n\n"
        "Ein genauer Dokumentarfilm über ein aussterbendes Handwerk an der Elbe – und eine kleine Entdeckung.\n\n"
        "Text: Bertram Völkel | Heft 3/2026\n\n"
        "Ilka Brönnimann-Sow hat drei Lotsen ein Jahr lang begleitet. Die Männer reden wenig, und die Regisseurin "
        "lässt ihnen die Zeit dafür. Am Ende weiß man viel über die Elbe und wenig über die Männer, und das ist "
        "vielleicht richtig so.\n"
    )
    assert _title(page) == "Die stillen Lotsen"


def test_shouted_label_before_the_title_in_a_list_page() -> None:
    page = (
        "REELSIDE | Streaming | This Weekend\n\n"
        "The weekend's big premiere is a letdown. Here's what to watch instead\n\n"
        "By Colm Ashgrove-Nnadi\n\n"
        "TOP PICK: THE GLASS ORCHARD (Streamly)\n\n"
        "Streamly has spent months promoting The Glass Orchard, and the result is handsome and hollow. Director "
        "Yusra Delacroix-Ng keeps the camera moving through a frozen greenhouse, but nothing happens in it.\n\n"
        "ALSO NEW THIS WEEK\n\n"
        "Paper Moths (Cinevault)\nA small, sweet comedy about two retired printers.\n"
    )
    assert _title(page) == "The Glass Orchard"


def test_shouted_title_said_once_over_its_review_stays_the_title() -> None:
    # narrowness: an all-caps heading with its year is the film, even when the body says "the film"
    page = (
        "THE LONG WINTER OF AMOS PELL (2026)\n\n"
        "The film opens in a snowbound cabin and hardly leaves it. Director Signe Okonkwo-Berg trusts her two actors, "
        "and Tobias Renwick-Achebe plays Amos with a stubborn, wounded dignity. It is slow, and it is worth it.\n"
    )
    assert _title(page) == "THE LONG WINTER OF AMOS PELL"
