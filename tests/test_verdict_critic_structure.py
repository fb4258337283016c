"""German critics' structure in the verdict: summing-up sentences, concessions, saving graces,
missed chances, and the bands cut for critics' prose (round 7). Texts are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmkritik import lang
from filmkritik.read import opinion, verdict
from reading_support import judging_items

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "verdict_de" / "critics.jsonl"


def _items(text: str) -> list[opinion.Sentence]:
    return judging_items(text, "de")


def _values(text: str) -> list[float]:
    return [value for value, _ in verdict.judging_sentences(_items(text), "de")]


def test_a_summing_up_weighs_more_than_a_plain_judgement() -> None:
    """ "Unterm Strich ..." judges the whole film: it outweighs praise of a detail."""
    praise = "Die Kamera von Ida Sommer ist großartig, die Bilder der Küste sind wunderbar. "
    plain = praise + "Die Dialoge sind langweilig. Die Figuren bleiben blass.\n\nRegie: Ole Brink. 98 Minuten."
    summed = (
        praise + "Die Dialoge sind langweilig. Unterm Strich bleibt ein blasser Film.\n\nRegie: Ole Brink. 98 Minuten."
    )
    weights = [weight for _, weight in verdict.judging_sentences(_items(summed), "de")]
    assert max(weights) == lang.data("de", "verdict").SUMMING_UP_WEIGHT
    assert verdict.critic_lean(_items(summed), "de") < verdict.critic_lean(_items(plain), "de")


def test_a_conceded_clause_counts_less_than_the_point_after_it() -> None:
    """ "Zwar ..., aber ..." is mainly a fault; "Trotz ... sehenswert" mainly praise."""
    (faulted,) = _values("Zwar ist die Kamera großartig, aber das Drehbuch ist langweilig und die Dialoge hölzern.")
    assert faulted < -1.0
    (praised,) = _values("Trotz seiner langatmigen Mitte ist das ein sehenswerter, kluger Film.")
    assert praised > 0.8
    # "und zwar" means "namely": nothing is conceded there.
    (namely,) = _values("Der Film ist gelungen, und zwar großartig gespielt.")
    assert namely > 1.5


def test_a_single_saving_grace_is_no_praise_of_the_film() -> None:
    (grace,) = _values("Immerhin ist die Ausstattung des Films gelungen.")
    assert grace < 0
    (plain,) = _values("Die Ausstattung des Films ist gelungen.")
    assert plain > 0


def test_a_missed_chance_is_a_fault() -> None:
    (missed,) = _values("Aus dieser Vorlage hätte ein großer Film werden können.")
    assert missed < 0
    (vertan,) = _values("Am Ende ist das eine vertane Chance für alle Beteiligten.")
    assert vertan < 0


def test_critic_bands_move_only_the_negative_edge() -> None:
    """Critics' pans blend to 40-45; the band map shows 44.5 as 39.5 and leaves 49.5 and up alone."""
    assert verdict.critic_bands(44.5, "de") == pytest.approx(39.5)
    for value in (49.5, 50.0, 57.0, 61.0, 90.0):
        assert verdict.critic_bands(value, "de") == value
    values = [v / 2 for v in range(0, 201)]
    mapped = [verdict.critic_bands(v, "de") for v in values]
    assert mapped == sorted(mapped)
    assert verdict.critic_bands(42.0, "en") == 42.0


def test_customers_reviews_keep_their_scores() -> None:
    """The critic bands leave a customer's review of a disc as the model scored it."""
    text = (
        "Ich habe die DVD gekauft und war enttäuscht. Die Bildqualität ist mies, die Extras sind dünn, "
        "und der Film selbst ist langweilig und schlecht gespielt. Schade um den Preis."
    )
    items = _items(text)
    lean, beta, critic = verdict.judgement_parts(text, "de", items)
    assert beta == 0.0 and not critic
    assert verdict.judgement(text, "de", items) == (lean, beta)


@pytest.mark.slow
def test_german_critic_style_fixtures_read_as_their_critics_meant() -> None:
    """The 42 hand-written critic-style reviews (fictional; tuning set of round 7), read whole:
    at least 0.55 macro-F1 over negative / mixed / positive (0.57 before round 7, 0.59 after)."""
    from filmkritik import read_text
    from filmkritik.eval.score import Report, label_for

    report = Report(name="critics")
    for line in FIXTURES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        record = read_text(row["text"])
        predicted = label_for(record.verdict.score, (39, 61)) if record.verdict else "none"
        report.verdict_pairs.append((predicted, row["gold"]["verdict"]))
    assert (report.verdict_macro_f1() or 0.0) >= 0.55


def test_falling_short_of_anything_is_a_fault() -> None:
    """ "bleibt hinter ... zurück" is a fault whatever the film falls short of."""
    (short,) = _values("Erzählerisch aber bleibt der Film weit hinter seinen schönen Bildern zurück.")
    assert short < 0
    (expected,) = _values("Der Film bleibt hinter den Erwartungen zurück.")
    assert expected < 0
