"""German verdict, round 10c (docs/preregistrations/verdict-de-round10c.md): faults written without a
listed word of blame ("reiht die Stationen aneinander", "bleiben Staffage", "gut gemeint").

The round's candidate read them as faults (commit 35f415b) and gained on the development data (0.631 ->
0.691 macro-F1) but only +0.022 on the sealed check (needed +0.03), so it was reverted. These tests pin
what the shipped reader does with such pages: a positive review's one wish stays positive, and the
blind spot (plain faults read as nothing, so a page that praises and then describes failures reads
positive) is documented as a non-strict xfail. Every text here is invented (fictional films and people)."""

from __future__ import annotations

import pytest

from filmkritik import read_text
from filmkritik.read import opinion, sentiment


def _judged(sentence: str) -> float:
    return opinion.judgement_of_tokens(sentiment.tokens(sentence.lower()), "de")


def _verdict(text: str) -> tuple[int, str]:
    found = read_text(text).to_dict()["verdict"]
    return found["score"], found["label"]


_PLAIN_FAULTS = [
    "Danach reiht der Film die Stationen seines Lebens brav aneinander.",
    "Die Nebenfiguren bleiben Staffage.",
    "Das ist alles gut gemeint.",
    "Am Ende bleibt wenig hängen.",
]


@pytest.mark.xfail(reason="round 10c's candidate was not shipped: plain faults carry no value", strict=False)
@pytest.mark.parametrize("sentence", _PLAIN_FAULTS)
def test_a_fault_without_a_word_of_blame_reads_as_a_fault(sentence: str) -> None:
    assert _judged(sentence) < 0


def test_a_listed_word_of_blame_reads_as_a_fault() -> None:
    assert _judged("Das Drehbuch ist schwach und die Dialoge sind hölzern.") < 0


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


@pytest.mark.xfail(reason="round 10c's blind spot: such a page reads positive (69)", strict=False)
def test_praise_with_faults_written_plainly_reads_mixed() -> None:
    # The round's candidate read this page 53 (mixed); the shipped reader reads 69 (positive).
    score, label = _verdict(MIXED)
    assert label == "mixed"
    assert 40 <= score <= 60


def test_a_positive_review_with_one_wish_stays_positive() -> None:
    score, label = _verdict(POSITIVE)
    assert label == "positive"
    assert score >= 70
