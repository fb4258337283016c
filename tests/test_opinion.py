"""Critics' judgement words in context: a negation after the verb, negations that deny nothing,
and idioms that hedge or fault ("nicht der ganz große Wurf", "never quite comes together").

Every sentence and review here is written for these tests (fictional films and people).
"""

from __future__ import annotations

import pytest

import filmkritik
from filmkritik.read import aspects, verdict
from reading_support import judged as _judged
from reading_support import judging_items as _items


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Drehbuch überzeugt leider zu keinem Zeitpunkt.",
        "Die Pointen zünden nicht.",
        "Dem Regisseur gelingt das leider nicht.",
        "Die Komödie zündet nie.",
        "Das Konzept der Serienmacherin trägt nicht.",
        "Die Gags sitzen einfach nicht.",
        "Das überzeugt aber nicht.",
        "Spannend ist das über weite Strecken nicht.",
    ],
)
def test_german_negation_after_the_verb_is_a_fault(sentence: str) -> None:
    assert _judged(sentence, "de") < 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Hauptdarstellerin überzeugt in jeder Szene.",
        "Die Kamerafrau überzeugt nicht nur in den Nachtszenen.",
        "Der Film ist spannend und nicht kitschig.",
        "Die Musik ist wunderbar, nicht aufdringlich.",
        "Der Film ist frei von Kitsch.",
        "Die Regie überzeugt, auch wenn der Schnitt nicht immer sitzt.",
    ],
)
def test_german_praise_stays_praise(sentence: str) -> None:
    """A negation that belongs to another word, another clause or that denies nothing ("nicht nur")."""
    assert _judged(sentence, "de") > 0


def test_a_negation_in_the_middle_field_negates_what_follows_it() -> None:
    """ "gar nicht so viel Freude" denies the joy, not the word of blame before it."""
    assert _judged("Ein Verriss macht dem Kritiker eigentlich gar nicht so viel Freude.", "de") < 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Nicht der ganz große Wurf.",
        "Der Film bleibt deutlich hinter den Erwartungen zurück.",
        "Die Fortsetzung bleibt unter ihren Möglichkeiten.",
        "Ein Abenteuerfilm mit Abstrichen.",
        "Der Film ist nicht frei von Längen.",
        "Der Film hat seine Längen.",
        "Die Inszenierung lässt einiges zu wünschen übrig.",
        "Der Funke springt leider nicht über.",
    ],
)
def test_german_hedging_idioms_are_reservations(sentence: str) -> None:
    assert _judged(sentence, "de") < 0


def test_german_praise_with_a_reservation_is_weaker_praise() -> None:
    assert _judged("Ein sehenswerter Abenteuerfilm, mit Abstrichen.", "de") < 0.5 * _judged(
        "Ein sehenswerter Abenteuerfilm.", "de"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The script doesn't work.",
        "The romance never quite comes together.",
        "The two leads never click.",
        "The story never convinces.",
        "The sequel doesn't live up to the original's promise.",
        "The final act misses the mark.",
        "The dialogue leaves much to be desired.",
        "It is a mixed bag.",
    ],
)
def test_english_negated_verbs_and_hedges_are_faults(sentence: str) -> None:
    assert _judged(sentence, "en") < 0


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not only witty but deeply moving.",
        "The lead is never less than gripping.",
        "At ninety minutes, it doesn't overstay its welcome.",
    ],
)
def test_english_praise_stays_praise(sentence: str) -> None:
    assert _judged(sentence, "en") >= 0


def test_plot_with_a_negated_verb_is_no_judgement() -> None:
    """ "if things don't work out" is the story, not the critic's verdict."""
    assert _judged("If things don't work out with the bakery, she will move back to Leeds.", "en") == 0


GERMAN_FAULTS_AFTER_THE_VERB = """Die Schwestern vom Kanal

In "Die Schwestern vom Kanal" erzählt die Regisseurin Paula Wendt von zwei Schwestern, die in Leipzig eine alte Bootswerkstatt übernehmen. Greta (Lina Auerbach) will die Werkstatt retten, ihre Schwester Ilka (Sophie Brenner) will sie verkaufen.

Lina Auerbach spielt die Greta mit großer Wärme, und die Bilder vom winterlichen Kanal sind schön anzusehen.

Doch das Drehbuch überzeugt leider zu keinem Zeitpunkt. Die Pointen zünden nicht, und der Konflikt der Schwestern trägt nicht über zwei Stunden. Der Film bleibt deutlich hinter den Erwartungen zurück.

Nicht der ganz große Wurf, sondern ein Film mit Abstrichen.
"""


def test_german_review_that_faults_with_negated_verbs_is_not_read_as_praise() -> None:
    """Plain praise for the actress and the images, every fault a negated verb or an idiom: the
    verdict is not positive, and the script is faulted (both read positive before)."""
    record = filmkritik.read_text(GERMAN_FAULTS_AFTER_THE_VERB)
    assert record.verdict is not None
    assert record.verdict.label != "positive"
    found = {a.aspect: a.polarity for a in record.verdict.aspects}
    assert found.get("script") == "negative"
    assert found.get("acting") == "positive"


def test_english_lean_reads_negated_verbs_as_faults() -> None:
    praise = "Ruth Calder gives a warm, moving performance as the keeper. "
    faults = "But the script doesn't work, and the romance never quite comes together. The leads never click."
    assert (
        verdict.critic_lean(_items(praise + faults, "en"), "en") < 0 < verdict.critic_lean(_items(praise, "en"), "en")
    )


def test_aspect_polarity_reads_the_negation_after_the_verb() -> None:
    items = _items("Das Drehbuch überzeugt leider zu keinem Zeitpunkt, die Kamera dagegen schon.", "de")
    found = {a.aspect: a.polarity for a in aspects.judgements(items, "de")}
    assert found.get("script") == "negative"


def test_an_idiom_without_a_polar_word_still_lands_on_its_aspect() -> None:
    items = _items("The screenplay never quite comes together.", "en")
    found = {a.aspect: a.polarity for a in aspects.judgements(items, "en")}
    assert found.get("script") == "negative"


def test_an_intensifier_inside_a_denial_softens_it() -> None:
    """ "nicht ganz überzeugend" is a milder fault than "nicht überzeugend", yet still a fault."""
    partly = _judged("Die Regie ist nicht ganz überzeugend.", "de")
    assert _judged("Die Regie ist nicht überzeugend.", "de") < partly < 0
