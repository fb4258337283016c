"""Verdict round 14b: the critic's explicit verdict on the whole film bounds the label of critics' prose
(docs/preregistrations/verdict-round14b.md). Part "a": a mixed statement ("zwiespältig", "a mixed bag") caps a
positive or negative reading at mixed; part "b": a pan statement ("ein Ärgernis", "a waste of time") moves a mixed
reading to negative. Off by default; ``FILMKRITIK_VERDICT_ROUND14B`` switches it on. Every sentence here is
invented for these tests."""

from __future__ import annotations

import pytest

from filmkritik import read_text
from filmkritik.read import opinion, sentiment, verdict
from reading_support import seed_verdict
from seed_support import assert_seed_verdict


def _say(text: str, *, opinion_value: float = 1.0, counterfactual: bool = False) -> opinion.Sentence:
    """A sentence the critic says, as the opinion reader would hand it on."""
    return opinion.Sentence(
        span=(0, len(text)),
        text=text,
        polarity=sentiment.Polarity(0.0, 0.0),
        opinion=opinion_value,
        closing=False,
        counterfactual=counterfactual,
        lowered=text.lower(),
    )


def _found(text: str, code: str, kind: str, names: frozenset[str] = frozenset()) -> list[str]:
    return verdict.statements([_say(text)], code, kind, names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Am Ende bleibt ein zwiespältiger Eindruck.", "zwiespältig"),
        ("Ein durchwachsener Film, trotz zweier starker Darsteller.", "durchwachsen"),
        ("Man verlässt das Kino mit gemischten Gefühlen.", "gemischte gefühle"),
        ("Ein Film mit viel Licht und Schatten.", "licht und schatten"),
        ("Ein halb gelungenes Porträt einer Stadt.", "halb gelungen"),
        ("Ein Meisterwerk ist das nicht – eher solides Mittelmaß.", "mittelmaß"),
    ],
)
def test_german_mixed_statements(text: str, name: str) -> None:
    assert _found(text, "de", "mixed") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Zwiespältig ist dieser Film keineswegs.",  # negated after the word
        "Ein zwiespältiger Film ist das nicht, sondern ein großer Wurf.",
        "Kein zwiespältiges, sondern ein rundum gelungenes Werk.",
        "Das ist alles andere als ein durchwachsener Film.",
        "Ein zwiespältiges, aber nie uninteressantes Werk.",  # the point comes after "aber"
        "Die Heldin ist eine zwiespältige Figur.",  # a person, not the film
        "Ihr Verhältnis zum Vater bleibt durchwachsen.",
        "Das Finale wirkt wie eine Folge einer mittelmäßigen Serie.",  # a comparison
        "In Venedig lief neben viel Mittelmaß auch dieser Film.",  # other films
        "Ist das alles zwiespältig?",  # a question
    ],
)
def test_german_guards(text: str) -> None:
    assert _found(text, "de", "mixed") == []


def test_a_cast_name_near_the_statement_is_about_the_person() -> None:
    assert _found("Marlene bleibt zwiespältig bis zuletzt.", "de", "mixed", frozenset({"marlene"})) == []
    assert _found("Der Film bleibt zwiespältig bis zuletzt.", "de", "mixed", frozenset({"marlene"})) == ["zwiespältig"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Für Kenner ist der Film ein Ärgernis.", ["ärgernis"]),
        ("Zwei Stunden vergeudete Lebenszeit.", ["vergeudete zeit"]),
        ("Das einzige Ärgernis ist die Musik.", []),  # a positive page's lone fault
        ("Kein Ärgernis, aber auch kein großer Wurf.", []),
        ("Ein Reinfall ist er aber nicht.", []),  # German negates after the word
        ("Wenn Sie Actionkino suchen, sparen Sie sich den Weg.", []),  # advice on a condition
    ],
)
def test_german_pan_statements(text: str, found: list[str]) -> None:
    assert _found(text, "de", "pan") == found


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("On balance it is a mixed bag.", "mixed", ["mixed bag"]),
        ("The Quiet Year is honest and often touching, but it is an uneven film.", "mixed", ["uneven"]),
        ("It is never uneven.", "mixed", []),
        ("The result is far from a mixed bag.", "mixed", []),
        ("The hero's relationship with his father is uneven.", "mixed", []),
        ("It plays like a middling sitcom.", "mixed", []),
        ("What a waste of time.", "pan", ["waste of time"]),
        ("It is not a waste of time.", "pan", []),
        ("My advice: skip it.", "pan", ["skip it"]),
        ("If you need things to happen in your movies, maybe skip it.", "pan", []),
        ("It spends two hours trying to be a disaster movie.", "pan", []),
    ],
)
def test_english_statements_and_guards(text: str, kind: str, found: list[str]) -> None:
    assert _found(text, "en", kind) == found


def test_a_counterfactual_or_a_plot_sentence_states_nothing() -> None:
    assert verdict.statements([_say("Es hätte ein Ärgernis werden können.", counterfactual=True)], "de", "pan") == []
    assert verdict.statements([_say("Ein zwiespältiger Eindruck.", opinion_value=0.1)], "de", "mixed") == []


@pytest.mark.usefixtures("critic_prose")
@pytest.mark.parametrize(
    ("score", "sentences", "parts", "bounded"),
    [
        (72, ["Ein zwiespältiges Vergnügen."], "a", 60),
        (30, ["Ein zwiespältiges Vergnügen."], "a", 40),
        (72, ["Ein zwiespältiges Vergnügen."], "b", 72),
        (50, ["Ein Ärgernis von Anfang bis Ende."], "b", 39),
        (50, ["Ein Ärgernis von Anfang bis Ende."], "a", 50),
        (50, ["Ein Ärgernis von Anfang bis Ende.", "Ein zwiespältiges Vergnügen."], "ab", 50),
        (72, ["Ein Ärgernis von Anfang bis Ende."], "ab", 72),  # a pan never moves a positive reading
        (72, ["Ein schöner Film."], "ab", 72),
    ],
)
def test_the_bound(score: int, sentences: list[str], parts: str, bounded: int) -> None:
    items = [_say(s) for s in sentences]
    assert verdict.statement_bound(score, "", "de", items, frozenset(parts)) == bounded


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(verdict.STATEMENTS_SWITCH, raising=False)
    assert verdict.statement_parts("de") == verdict.STATEMENTS["de"] == frozenset()  # off in the shipped reader
    assert verdict.statement_parts("en") == frozenset()
    for raw, de, en in [
        ("1", "ab", "ab"),
        ("a", "a", "a"),
        ("de:a,en:ab", "a", "ab"),
        ("en:b", "", "b"),
        ("0", "", ""),
    ]:
        monkeypatch.setenv(verdict.STATEMENTS_SWITCH, raw)
        assert verdict.statement_parts("de") == frozenset(de), raw
        assert verdict.statement_parts("en") == frozenset(en), raw


HALCYON = (
    "Halcyon Pier\n\n"
    "Max Ferrante's Halcyon Pier is an affectionate portrait of a seaside town in the dying days of its tourist "
    "trade. Its best scenes are wonderful: a faded end-of-the-pier comedian, played with warmth and sly timing by "
    "Bernard Colley, rehearses a routine nobody will see, and the camera lingers on the empty deckchairs with real "
    "tenderness. The photography is lovely, the score is gentle and the supporting cast is excellent.\n\n"
    "But the script wanders between a comedy and an elegy without settling on either, and the second half loses "
    "the thread of the first. It is an uneven film, charming in places and flat in others, and at two hours it "
    "outstays its welcome by a good twenty minutes. Still, there is enough here to recommend to the patient."
)


def test_a_page_with_a_mixed_statement_reads_mixed_with_part_a(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(verdict.STATEMENTS_SWITCH, "a")
    found = read_text(HALCYON).to_dict()["verdict"]
    assert 40 <= found["inferred_score"] <= 60


@pytest.mark.parametrize("parts", ["", "ab"])
def test_the_seed_review_stays_mixed_with_its_aspects(monkeypatch: pytest.MonkeyPatch, parts: str) -> None:
    monkeypatch.setenv(verdict.STATEMENTS_SWITCH, parts)
    assert_seed_verdict(seed_verdict())
