"""German critics' one-sided verdicts (round 10): when every judging sentence of a critic's text praises
(or every one faults), the critic's words count at least ``UNANIMOUS_JUDGEMENT_WEIGHT`` against the
trained model, whatever the text's length; a two-sided judgement keeps the length ramp. Every text is
invented; fictional films and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik import lang, read_text
from filmkritik.read import opinion, segment, verdict

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

#: A short critic's review (about 110 words) that only praises: plot first, then the verdict.
ONE_SIDED = (
    "In „Die Fähre von Holmsund“ erzählt Regisseurin Britta Lamsfuß von einem Fährmann, der nach vierzig "
    "Jahren seinen letzten Dienst antritt. Seine Tochter fährt ein letztes Mal mit, ein Tourist verpasst "
    "den Anschluss, ein Hund schläft auf dem Deck. Mehr passiert nicht.\n\n"
    "Lamsfuß macht daraus einen wunderbar genauen, zärtlichen Film. Die Kamera von Oke Brandt findet "
    "großartige Bilder im grauen Licht der Schären, und Henning Sahl spielt den Fährmann mit einer "
    "stillen Würde, die berührt.\n\n"
    "Ein kleines, kluges Meisterstück über das Aufhören. Unbedingt sehenswert."
)

#: The same length, praise and faults: a two-sided verdict.
TWO_SIDED = (
    "In „Die Fähre von Holmsund“ erzählt Regisseurin Britta Lamsfuß von einem Fährmann, der nach vierzig "
    "Jahren seinen letzten Dienst antritt. Seine Tochter fährt ein letztes Mal mit, ein Tourist verpasst "
    "den Anschluss, ein Hund schläft auf dem Deck. Mehr passiert nicht.\n\n"
    "Die Kamera von Oke Brandt findet großartige Bilder im grauen Licht der Schären, und Henning Sahl "
    "spielt den Fährmann mit einer stillen Würde, die berührt. Das Drehbuch aber ist langatmig und "
    "vorhersehbar, die Dialoge sind hölzern.\n\n"
    "Schöne Bilder, schwache Geschichte."
)


def _parts(text: str, code: str = "de") -> tuple[float, float, bool]:
    base = lang.get(code)
    items = opinion.sentences(text, segment.sentences(text, base.ABBREVIATIONS), segment.paragraphs(text), code)
    return verdict.judgement_parts(text, code, items)


def test_a_one_sided_short_review_weighs_the_critics_words_at_least_the_floor() -> None:
    lean, beta, critic = _parts(ONE_SIDED)
    floor = lang.data("de", "verdict").UNANIMOUS_JUDGEMENT_WEIGHT
    assert critic and lean > 0.5
    # Under 300 words the length ramp alone would give less than the floor.
    assert verdict.judgement_weight("de", len(ONE_SIDED.split())) < floor
    assert beta == pytest.approx(floor)


def test_a_two_sided_short_review_keeps_the_length_ramp() -> None:
    _, beta, _ = _parts(TWO_SIDED)
    assert beta == pytest.approx(verdict.judgement_weight("de", len(TWO_SIDED.split())))


#: A plot-first review (110 words) whose plot is bleak and whose one verdict line praises: the model reads
#: the bleak plot near the middle (57, "mixed", with the length ramp alone); the critic's only judgement
#: is praise.
PLOT_FIRST = (
    "Die Werft ist pleite, der Sohn sitzt im Gefängnis, die Frau ist tot. In „Letzte Ausfahrt Brake“ "
    "begleitet Regisseurin Hella Tammen den Hafenmeister Arne Wiebke durch seinen letzten Winter an der "
    "Weser. Er streitet mit dem Amt, er verliert seinen Liegeplatz, er trinkt. Die Schwester im Pflegeheim "
    "erkennt ihn nicht mehr. Abends sitzt er allein in der leeren Kneipe am Deich, draußen regnet es, und "
    "niemand ruft an. Irgendwann wird das Boot verkauft, und der Käufer fragt nicht einmal nach dem Namen. "
    "Im Frühjahr kommt der Praktikant zurück, der im Herbst davongelaufen war.\n\n"
    "Tammen zeigt das ohne Musik und ohne Kommentar, in langen, ruhigen Einstellungen.\n\n"
    "Ein kluger, genau beobachteter Film."
)


def test_a_bleak_plot_with_only_praise_reads_positive() -> None:
    found = read_text(PLOT_FIRST).to_dict()["verdict"]
    assert found["label"] == "positive"


def test_a_one_sided_pan_reads_negative() -> None:
    text = (
        "„Nebel über Kranzbach“ will ein Heimatkrimi sein. Ein Bürgermeister verschwindet, eine "
        "Kommissarin aus der Stadt ermittelt, der Wirt weiß mehr, als er sagt.\n\n"
        "Das Drehbuch ist hanebüchen, die Dialoge sind hölzern, und die Auflösung ist so vorhersehbar, "
        "dass man sie nach zehn Minuten kennt. Die Darsteller wirken gelangweilt, die Musik ist aufdringlich.\n\n"
        "Ein ärgerlicher, zäher Film."
    )
    found = read_text(text).to_dict()["verdict"]
    assert found["label"] == "negative"


def test_english_weights_are_untouched() -> None:
    text = (
        "The Ferry of Holmsund follows a ferryman on his last day at work. His daughter rides along. "
        "It is a wonderful, tender, beautifully acted film, and a small masterpiece about stopping."
    )
    _, beta, _ = _parts(text, "en")
    assert beta == pytest.approx(verdict.judgement_weight("en", len(text.split())))


def test_the_seed_review_stays_mixed_with_its_aspects() -> None:
    seed = SHARED / "reviews" / "de" / "kindness-of-strangers.txt"
    if not seed.exists():
        pytest.skip("../shared/reviews/de/kindness-of-strangers.txt is absent (the seed review lives outside the repo)")
    found = read_text(seed.read_text(encoding="utf-8")).to_dict()["verdict"]
    assert found["label"] == "mixed" and 40 <= found["score"] <= 60
    polarity = {a["aspect"]: a["polarity"] for a in found["aspects"]}
    assert polarity.get("acting") == "positive"
    assert polarity.get("script") == "negative"
    assert polarity.get("tone") == "negative"
