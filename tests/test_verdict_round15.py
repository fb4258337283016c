"""Verdict round 15: faint praise reads mixed (docs/preregistrations/verdict-round15.md). On critics' prose a
positive reading loses points per plain word of praise ("gut", "schön", "good", "fine") in its opinion sentences,
never going below 50. Off by default; ``FILMKRITIK_VERDICT_ROUND15`` switches it on. Every sentence here is
invented for these tests."""

from __future__ import annotations

import pytest

from filmkritik.read import opinion, sentiment, verdict
from reading_support import scores_off_and_on, seed_verdict
from seed_support import assert_seed_verdict
from verdict_support import said


def _say(tokens: str, *, opinion_value: float = 1.0, closing: bool = False) -> opinion.Sentence:
    """A sentence the critic says (its lower-case tokens, space-separated), as the opinion reader hands it on."""
    return said(tokens, opinion_value=opinion_value, closing=closing)


def test_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(verdict.FAINT_PRAISE_SWITCH, raising=False)
    assert verdict.faint_praise_languages() == verdict.FAINT_PRAISE_DEFAULT == frozenset()


@pytest.mark.parametrize(
    ("raw", "codes"),
    [
        ("1", verdict.FAINT_PRAISE_PASSED),  # the languages that passed the pre-check: none
        ("0", frozenset()),
        ("", frozenset()),
        ("de", frozenset({"de"})),
        ("de,en", frozenset({"de", "en"})),
        (" en , xx ", frozenset({"en"})),
    ],
)
def test_the_switch(monkeypatch: pytest.MonkeyPatch, raw: str, codes: frozenset[str]) -> None:
    monkeypatch.setenv(verdict.FAINT_PRAISE_SWITCH, raw)
    assert verdict.faint_praise_languages() == codes


def test_plain_praise_words_not_the_judgement_words() -> None:
    german = verdict.faint_praise_words("de")
    assert {"gut", "gute", "schön", "schönen", "interessant", "sympathische"} <= german
    judging = sentiment.judgement_words("de")
    assert german.isdisjoint(judging)  # "gelungen", "sehenswert" count already as judgement words
    assert "gelungen" in judging and "gelungen" not in german
    assert {"good", "fine", "nice", "interesting"} <= verdict.faint_praise_words("en")


@pytest.mark.parametrize(
    ("sentences", "code", "count"),
    [
        (["der film ist gut gespielt und schön fotografiert ."], "de", 2),
        (["das ist nicht gut ."], "de", 0),  # denied praise is no praise
        (["ein gelungener film ."], "de", 0),  # a judgement word, not a plain one
        (["eine interessante idee ."], "de", 1),
        (["it is a good film with a fine cast ."], "en", 2),
        (["it is not good ."], "en", 0),
    ],
)
def test_the_count(sentences: list[str], code: str, count: int) -> None:
    assert verdict.faint_praise_count([_say(s) for s in sentences], code) == count


def test_the_count_reads_opinion_sentences_and_the_closing_paragraph_twice() -> None:
    assert verdict.faint_praise_count([_say("eine gute idee .", opinion_value=0.1)], "de") == 0  # plot, not opinion
    assert verdict.faint_praise_count([_say("eine gute idee .", closing=True)], "de") == 2


@pytest.mark.usefixtures("critic_prose")
@pytest.mark.parametrize(
    ("score", "sentences", "code", "pulled"),
    [
        (66, ["ein guter film .", "schön anzusehen .", "die musik ist interessant ."], "de", 60),  # 3 words x 2
        (66, ["ein gelungener film ."], "de", 66),  # no plain praise
        (55, ["gut , schön , toll , fein , sauber , prima , super ."], "de", 50),  # never below 50
        (48, ["gut und schön ."], "de", 48),  # a reading at or below 50 does not move
        (70, ["a good film with a fine cast ."], "en", 62),  # 2 words x 4
        (70, ["it is not good ."], "en", 70),
    ],
)
def test_the_pull(score: int, sentences: list[str], code: str, pulled: int) -> None:
    assert verdict.faint_praise_pull(score, "", code, [_say(s) for s in sentences]) == pulled


def test_only_critics_prose_is_pulled() -> None:
    short = "Ein guter Film. Schön."  # under 100 words: the short-text model's ground
    items = [_say("ein guter film ."), _say("schön .")]
    assert verdict.faint_praise_pull(70, short, "de", items) == 70


PAGE = (
    "Die stillen Jahre\n\n"
    "Der neue Film von Lene Aspach erzählt von einer Hafenstadt im Winter. Die Geschichte ist gut erzählt, "
    "die Bilder sind schön, die Musik ist angenehm und die Besetzung sympathisch. Ein interessanter Ansatz, "
    "gut gemacht und sauber inszeniert, mit einer guten Hauptdarstellerin und schönen Nebenfiguren. "
    "Die Kamera ist gut, der Schnitt ist gut, der Ton ist gut.\n\n"
    "Man sieht das gern, die Dialoge sind fein und der Rhythmus ist angenehm ruhig. Ein schöner, "
    "interessanter Film über eine Stadt, gut gespielt und gut erzählt, der Lust auf mehr macht, ohne je zu "
    "überraschen. Am Ende bleibt ein guter, schöner Abend im Kino, ordentlich gemacht und sympathisch gespielt, "
    "mit einer angenehmen Musik und einem guten Ensemble, das man gern wiedersieht."
)


def test_a_page_of_faint_praise_reads_mixed_with_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    off, on = scores_off_and_on(monkeypatch, verdict.FAINT_PRAISE_SWITCH, "de", PAGE)
    assert off >= 61  # the model and the lean read so much plain praise as a rave
    assert 50 <= on <= 60  # faint praise: mixed, never below 50


@pytest.mark.parametrize("raw", [None, "de,en"])
def test_the_seed_review_stays_mixed_with_its_aspects(monkeypatch: pytest.MonkeyPatch, raw: str | None) -> None:
    if raw is None:
        monkeypatch.delenv(verdict.FAINT_PRAISE_SWITCH, raising=False)
    else:
        monkeypatch.setenv(verdict.FAINT_PRAISE_SWITCH, raw)
    assert_seed_verdict(seed_verdict())
