"""German critics' reservations (round 9): hedges without a listed word ("nur bedingt", "nicht ganz",
"bleibt hinter ... zurück", "verliert an Kraft", "will zu viel"), excess faults ("allzu bekannte
Muster"), verdicts that say they are mixed ("zwiespältig", "solide, aber", "Ordentlich, aber nicht
mehr") and praise that does not rescue the film ("... retten den Film nicht"). Every sentence is
invented; fictional films and people."""

from __future__ import annotations

from filmkritik import lang
from filmkritik.read import opinion, verdict
from reading_support import judged, judging_items


def _items(text: str) -> list[opinion.Sentence]:
    return judging_items(text, "de")


def _judged(sentence: str) -> float:
    return judged(sentence, "de")


def _values(text: str) -> list[float]:
    return [j.value for j in verdict.judging_detail(_items(text), "de")]


# --- reservations without a listed judgement word ---


def test_a_limited_recommendation_is_a_reservation() -> None:
    assert _judged("Der Thriller um die Brüder Falkner überzeugt nur bedingt.") < 0


def test_not_quite_is_a_reservation_but_not_quite_without_is_not() -> None:
    assert _judged("Dem großen Stoff ist der Regisseur nicht ganz gewachsen.") < 0
    assert _judged("Die Geschichte der Brüder Falkner ist nicht ganz ohne Reiz.") >= 0
    assert _judged("Die Rechnung des Drehbuchs geht am Ende nicht ganz auf.") < 0


def test_falling_behind_its_promise_is_a_fault() -> None:
    assert _judged("Ein hübscher Film, der aber weit hinter dem zurückbleibt, was das Genre heute kann.") < 0


def test_losing_force_is_a_fault() -> None:
    assert _judged("In der zweiten Hälfte verliert das Drama um die Fischerin Wenke deutlich an Kraft.") < 0


def test_wanting_too_much_is_a_fault() -> None:
    assert _judged("Doch der Film über das Dorf Halmbach will eindeutig zu viel.") < 0


def test_all_too_familiar_is_a_fault() -> None:
    (value,) = _values("Die Liebesgeschichte ist zart erzählt, folgt aber allzu bekannten Mustern.")
    assert value < 1.0  # the excess counts against the praise
    assert _values("Die Liebesgeschichte folgt allzu bekannten Mustern.") == [-0.5]


# --- verdicts that say they are mixed ---


def test_a_mixed_verdict_is_not_read_as_praise_by_the_praise_it_names() -> None:
    text = "Am Ende bleibt ein zwiespältiger Eindruck: zwei großartige Darsteller in einem mittelmäßigen Film."
    assert _values(text) == [verdict.lang.data("de", "verdict").MIXED_VERDICT_VALUE]
    assert _values("Eine brillante Technik für einen durchwachsenen Film.")[0] < 0


def test_solid_but_no_more_is_a_mixed_verdict() -> None:
    assert _values("Fazit: Ordentlich, aber nicht mehr.")[0] < 0
    assert _values("Ein solider, aber wenig origineller Krimi aus der Eifel.")[0] < 0
    assert _values("Das funktioniert mal besser, mal schlechter, aber meist gut.")[0] < 0


def test_a_mixed_word_with_a_turn_after_it_keeps_the_turn() -> None:
    assert _values("Ein zwiespältiges, aber nie uninteressantes Werk über die Insel Varnholm.") != [
        verdict.lang.data("de", "verdict").MIXED_VERDICT_VALUE
    ]


# --- praise that does not rescue the film ---


def test_praise_that_does_not_rescue_the_film_is_a_fault() -> None:
    assert (
        _values(
            "Fazit: Schöne Bilder und eine starke Hauptdarstellerin retten „Nebelhafen“ nicht vor seinem Drehbuch."
        )[0]
        < 0
    )
    assert _values("Auch die großartige Musik kann diesen Film nicht mehr retten.")[0] < 0


def test_a_rescue_that_works_is_still_praise() -> None:
    assert _values("Die großartige Hauptdarstellerin rettet den Film über manche Länge hinweg.")[0] > 0


# --- the English reader is untouched ---


def test_english_has_no_mixed_verdict_rule() -> None:
    assert not hasattr(lang.data("en", "verdict"), "MIXED_VERDICT")
