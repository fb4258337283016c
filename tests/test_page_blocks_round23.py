"""Page blocks, round 23: a comments label that carries its count ("Kommentare (3)", "Comments (12)") starts the
readers' comments. The label pattern's count in brackets was built inside an f-string, where ``{1, 20}`` became the
tuple text "(1, 20)", so such a label never matched. Invented pages."""

from __future__ import annotations

import pytest

from filmkritik import read_text
from filmkritik.read import page_blocks

_PARA = (
    "Ein stiller, kluger Film über eine Fährfrau, die nach dem Tod ihres Mannes den Betrieb allein weiterführt und "
    "dabei mit der Gemeinde, dem Wetter und ihrer eigenen Trauer ringt. Regisseurin Henrike Osterkamp-Aydin erzählt "
    "das ohne jede Sentimentalität."
)
_COMMENTS = "Ganz toller Film, unbedingt ansehen!\n\nFand ihn langweilig, schade ums Geld.\n"


def _page(label: str) -> str:
    return f"Die Fähre nach Juist\n\n{_PARA}\n\n{_PARA}\n\n{label}\n\n{_COMMENTS}"


@pytest.mark.parametrize("label", ["Kommentare (3)", "Comments (12)", "Leserkommentare (2)", "User reviews (1,204)"])
def test_counted_comments_label_starts_the_comments(label: str) -> None:
    page = _page(label)
    found = page_blocks.blocks(page)
    assert [(b.kind, page[b.start : b.start + len(label)]) for b in found] == [("comments", label)]
    masked = page_blocks.mask(page)
    assert "langweilig" not in masked and "Osterkamp-Aydin" in masked
    assert len(masked) == len(page)


def test_counted_label_above_the_article_is_a_share_bar() -> None:
    """ "Kommentare (38)" in the share bar over the article: the comments start below the prose, not there."""
    page = f"Die Fähre nach Juist\nTeilen | Kommentare (38)\n\n{_PARA}\n\n{_PARA}\n"
    assert page_blocks.blocks(page) == []


def test_long_brackets_make_no_label() -> None:
    """A bracket of more than twenty characters after the word is a sentence's aside, not a count."""
    page = _page("Kommentare (die wir gern lesen, danke an alle)")
    assert all(b.kind != "comments" for b in page_blocks.blocks(page))


def test_comment_opinions_do_not_reach_the_credits() -> None:
    """A reader's comment naming a performer and a part is not the review's credit."""
    page = (
        f"„Die Fähre nach Juist“\n\n{_PARA} Wiebke Lammers-Oduya spielt die Fährfrau Gesche.\n\n{_PARA}\n\n"
        "Kommentare (2)\n\nIch fand Ole Brinkhaus-Tetteh als Wirt Fiete viel besser als die Hauptdarstellerin.\n\n"
        "Schöner Film!\n"
    )
    actors = {a.name for a in read_text(page).film.actors}
    assert "Wiebke Lammers-Oduya" in actors
    assert "Ole Brinkhaus-Tetteh" not in actors
