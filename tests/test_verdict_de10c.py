"""German verdict, round 10c (docs/preregistrations/verdict-de-round10c.md): faults written without a
listed word of blame ("reiht die Stationen aneinander", "bleiben Staffage", "gut gemeint") count as
faults; a negation turns such a fault into praise ("ohne erhobenen Zeigefinger"); a positive review's one
wish ("hätte man sich ... gewünscht") is no missed chance. Every text here is invented (fictional films
and people)."""

from __future__ import annotations

import pytest

from filmkritik import read_text
from filmkritik.read import opinion, sentiment


def _judged(sentence: str) -> float:
    return opinion.judgement_of_tokens(sentiment.tokens(sentence.lower()), "de")


def _verdict(text: str) -> tuple[int, str]:
    found = read_text(text).to_dict()["verdict"]
    return found["score"], found["label"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Danach reiht der Film die Stationen seines Lebens brav aneinander.",
        "Die Nebenfiguren bleiben Staffage.",
        "Das ist alles gut gemeint.",
        "Spannung will nicht aufkommen.",
        "Am Ende bleibt wenig hängen.",
    ],
)
def test_a_fault_without_a_word_of_blame_reads_as_a_fault(sentence: str) -> None:
    assert _judged(sentence) < 0


@pytest.mark.parametrize(
    "sentence",
    ["Der Regisseur erzählt das ohne erhobenen Zeigefinger.", "Hier gibt es keinen Leerlauf."],
)
def test_a_denied_fault_reads_as_praise(sentence: str) -> None:
    assert _judged(sentence) > 0


def test_neutral_description_judges_nothing() -> None:
    assert _judged("Die Geschwister fahren im Herbst an die Mosel.") == 0


MIXED = """„Das Erbe der Familie Brandt“ erzählt von drei Geschwistern, die nach dem Tod des Vaters eine \
Weinhandlung an der Mosel übernehmen sollen.
Die Landschaftsbilder sind schön, und Irene Falk spielt die älteste Schwester mit trockenem Humor.
Danach aber reiht der Film die bekannten Stationen eines Familienstreits brav aneinander. Die Nebenfiguren \
bleiben Staffage, und Spannung will nie so recht aufkommen.
Das ist alles gut gemeint, die Figuren sind sympathisch. Am Ende bleibt wenig hängen."""

POSITIVE = """Mit „Der Leuchtturmwärter von Kerrin“ gelingt der Regisseurin Ulla Varnholt ein stiller, genau \
beobachteter Film über einen alten Mann und eine Insel, die ihn nicht mehr braucht.
Jeden Abend steigt Hauke die zweihundert Stufen hinauf, obwohl das Licht längst automatisch angeht. Varnholt \
erzählt davon ohne erhobenen Zeigefinger und mit viel Sinn für Komik.
Bernd Alsleben spielt den Wärter großartig, mürrisch und zärtlich zugleich. Die Bilder des Watts sind \
wunderschön, die Musik ist zurückhaltend.
Man hätte sich ein paar Szenen mehr mit der Tochter gewünscht. Trotzdem: ein kluger, warmherziger Film, \
unbedingt sehenswert."""


def test_praise_with_faults_written_plainly_reads_mixed() -> None:
    # Before round 10c this page read 69 (positive): its faults hold no listed word of blame.
    score, label = _verdict(MIXED)
    assert label == "mixed"
    assert 40 <= score <= 60


def test_a_positive_review_with_one_wish_stays_positive() -> None:
    score, label = _verdict(POSITIVE)
    assert label == "positive"
    assert score >= 70
