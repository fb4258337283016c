"""German critics' judgement words (round 8b): a wider critic vocabulary and idioms, negation and
shifters with their real reach, and what a judgement is about (questions, forgiven faults, a lone
fault, other works). Every sentence is invented; fictional films and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.read import opinion, sentiment, verdict
from jsonl_support import jsonl_rows
from reading_support import judged, judging_items

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "verdict_de"


def _items(text: str) -> list[opinion.Sentence]:
    return judging_items(text, "de")


def _judged(sentence: str) -> float:
    return judged(sentence, "de")


def _judging(text: str) -> list[verdict.Judging]:
    return verdict.judging_detail(_items(text), "de")


# --- vocabulary ---


def test_critics_praise_and_blame_outside_the_old_vocabulary_are_read() -> None:
    assert _judged("Ein humorvoller, bildstarker und erfrischend uneitler Film über drei Schwestern.") > 1.0
    assert _judged("Das Kostümdrama wirkt altbacken, schwerfällig und seltsam verkopft.") < -1.0
    assert _judged("Am Ende bleibt ein prätentiöses Machwerk voller Kalendersprüchen.") < -1.0


def test_the_new_words_stay_out_of_the_model_and_the_review_detector() -> None:
    """The trained model's lexicon and the review detector's critic words were fitted without them."""
    assert "bildstark" in sentiment.judgement_words("de")
    assert "bildstark" not in sentiment.critic_words("de")
    assert "bildstark" not in sentiment.lexicon("de")
    assert "bildstark" not in sentiment.judgement_words("en")  # English has its own (round 9 English)


def test_critics_idioms_of_praise_and_blame() -> None:
    assert _judged("Die Komödie um zwei zerstrittene Köche macht von Anfang an Laune.") > 0
    assert _judged("Diesen Film sollte man sich nicht entgehen lassen.") > 0
    assert _judged("Der Krimi kommt leider nie über solide Fernsehroutine hinaus.") < 0
    assert _judged("Die zweite Hälfte zieht sich furchtbar in die Länge.") < 0
    assert _judged("Diesen Abend kann man sich getrost sparen.") < 0


# --- negation and shifters with their reach ---


def test_ohne_dass_negates_to_the_end_of_its_clause() -> None:
    """ "ohne dass es je kitschig wird" is praise: the negation is four words before the fault."""
    assert _judged("Die beiden kommen sich langsam näher, ohne dass es je kitschig wird.") > 0
    assert _judged("Die Regisseurin erzählt das, ohne jemals ins Sentimentale oder Kitschige abzurutschen.") > 0
    # The reach ends at the clause: what follows the comma is judged as it stands.
    assert _judged("Ohne dass es je spannend wird, ist der Film vor allem lang und langweilig.") < -1.0


def test_long_shifters_deny_what_they_reach() -> None:
    assert _judged("Diese Fortsetzung ist alles andere als gelungen.") < 0
    assert _judged("Der Film ist weder witzig noch spannend.") < -1.0
    assert _judged("Statt eines packenden Bergdramas gibt es zwei Stunden Hochglanz.") < 0
    assert _judged("Nicht einmal im Finale wird es wirklich spannend.") < 0
    assert _judged("Die Komödie ist zu keinem Zeitpunkt witzig, geschweige denn spannend.") < -1.0
    assert _judged("Das Ergebnis ist keineswegs gelungen.") < 0


def test_a_long_shifter_stops_at_a_turn() -> None:
    """ "ohne Kitsch, aber leider ..." denies the kitsch, not what comes after the turn; "und" and "oder"
    coordinate what is denied."""
    assert _judged("Ein Film ohne Kitsch aber leider ziemlich langweilig.") < 0
    assert _judged("Ein Film ohne Kitsch und ohne langweilige Umwege.") > 1.0


def test_denied_top_praise_is_a_hedge_not_a_pan() -> None:
    """ "Kein Meisterwerk, aber ..." leans toward praise; "nicht gelungen" is a fault."""
    assert _judged("Kein Meisterwerk, aber ein kluger und sehenswerter Film.") > 1.0
    hedge = _judged("Das ist kein Meisterwerk.")
    pan = _judged("Das ist nicht gelungen.")
    assert pan < hedge < 0


def test_a_denied_excess_is_praise() -> None:
    """ "keine Szene zu viel" praises the cut; "zu lang" is a fault."""
    (denied,) = _judging("Der Film hat keine Szene zu viel und nie zu lange Dialoge.")
    assert denied.value > 0
    (excess,) = _judging("Der Film ist viel zu lang.")
    assert excess.value < 0


# --- what a judgement is about ---


def test_a_question_is_no_verdict() -> None:
    assert _judging("Lohnt sich der neue Thriller aus Hamburg?") == []
    assert _judging("Ist das wirklich so sehenswert?") == []


def test_a_forgiven_fault_is_a_sign_of_liking() -> None:
    (forgiven,) = _judging("Ein paar Längen in der Mitte verzeiht man gern.")
    assert forgiven.value > 0
    (kept,) = _judging("Diese kitschigen Längen verzeiht man dem Film nicht.")
    assert kept.value < 0


def test_a_lone_fault_is_no_pan() -> None:
    """ "Nur das Drehbuch ..." names the one weak spot of a film the critic likes."""
    (lone,) = _judging("Nur das Drehbuch verliert sich in der zweiten Hälfte in Nebenhandlungen.")
    assert 0 < lone.value < 0.5
    (plain,) = _judging("Das Drehbuch verliert sich in der zweiten Hälfte in Nebenhandlungen.")
    assert plain.value < 0


def test_a_comparison_with_another_work_weighs_less() -> None:
    (compared,) = _judging("Anders als in seinem Debüt wirkt die Regie hier müde und uninspiriert.")
    (plain,) = _judging("In seinem neuen Film wirkt die Regie hier müde und uninspiriert.")
    assert compared.weight == 0.5 * plain.weight
    (before,) = _judging("Wie schon der Vorgänger ist auch dieser Teil ermüdend.")
    assert before.weight == 1.0  # a closing sentence (2) counted half


def test_another_film_of_a_festival_report_weighs_less() -> None:
    """The page quotes its own film most; another quoted film and the sentences right after it are about that one."""
    text = (
        "„Die Brücke von Rados“ eröffnete das Festival.\n\n"
        "„Die Brücke von Rados“ ist ein kluger und sehenswerter Film über zwei Brüder.\n\n"
        "Im Wettbewerb lief außerdem „Graue Tage“, eine Enttäuschung. "
        "Das Kammerspiel ist zäh und langweilig.\n\n"
        "„Die Brücke von Rados“ läuft ab Donnerstag und ist ein großartiges Erlebnis."
    )
    judging = _judging(text)
    weights = {round(j.value, 2): j.weight for j in judging}
    assert min(weights.values()) < 1.0
    other = [j for j in judging if j.value < 0]
    assert other and all(j.weight < 1.0 for j in other)
    assert verdict.critic_lean(_items(text), "de") > 0.3


def test_english_reads_none_of_the_german_scope_rules() -> None:
    """English texts keep their own lean: the German scope rules are German data."""
    items = opinion.sentences(
        "Is it worth it? Unlike his debut, this is dull.",
        [(0, 16), (17, 47)],
        [(0, 47)],
        "en",
    )
    assert [j.value for j in verdict.judging_detail(items, "en")] == [s.judged for s in items if s.judged]


@pytest.mark.slow
def test_the_round_8b_check_set_reads_mostly_right() -> None:
    """The 30 paragraphs written before round 8b's changes (its second check) read at least as well as before."""
    import filmkritik

    path = FIXTURES / "critics8.jsonl"
    rows = jsonl_rows(path)
    right = 0
    for row in rows:
        found = filmkritik.read_text(row["text"]).to_dict().get("verdict") or {}
        right += found.get("label") == row["gold"]["verdict"]
    assert right >= 21  # 21 of 30 before the changes
