"""Round 16 (docs/preregistrations/verdict-round16.md): an evaluative-only English polarity lexicon.

Neither preregistered candidate passed the rule (see the preregistration's result), so the shipped lexicon is the
plain one and the switch is off; these tests check that, and the pieces of ``train/lexicons.py`` on small made-up corpora (no data needed): a source's boilerplate lines,
name-like words, dates and counts, per-source sign agreement, and the off switch reproducing the plain ranking.
"""

from __future__ import annotations

from pathlib import Path

from filmkritik.train import lexicons
from filmkritik.train.data import Example

LEGEND = "*** = Excellent show. Look for it. * = Poor show. Don't waste your money."


def corpus() -> list[Example]:
    """Two critics and a lower-cased corpus: "superb" praises and "tedious" blames everywhere; "Harbor" (a name)
    and "october" only come with one critic's good reviews; every review of critic A ends with the same legend."""
    out = []
    for i in range(30):
        good = i % 2 == 0
        word = "superb" if good else "tedious"
        out.append(
            Example(
                f"The film by Harbor opened in October. It is {word} work, {i} minutes.\n{LEGEND}",
                0.8 if good else 0.2,
                "A",
                "en",
            )
        )
        out.append(Example(f"A {word} picture about the sea, seen on day {i}.", 0.8 if good else 0.2, "B", "en"))
        out.append(Example(f"a {word} movie, it is {word}.", 0.8 if good else 0.2, "polarity", "en"))
    # Critic A's names and dates lean good: ten more good reviews with them.
    out += [Example("Harbor in October: a fine sea story.", 0.9, "A", "en") for _ in range(10)]
    # Critic B says "october" in bad reviews only: its sign disagrees with A's.
    out += [Example("A october sea drama, fine.", 0.1, "B", "en") for _ in range(10)]
    return out


def test_boilerplate_lines_go_only_where_a_source_repeats_them() -> None:
    cleaned = lexicons.without_boilerplate(corpus())
    assert all(LEGEND not in ex.text for ex in cleaned)
    assert any("superb work" in ex.text for ex in cleaned)
    # A line repeated in fewer than BOILERPLATE_TEXTS texts stays.
    few = [Example(f"{LEGEND}\nreview {i}", 0.8, "C", "en") for i in range(lexicons.BOILERPLATE_TEXTS - 1)]
    assert lexicons.without_boilerplate(few) == few


def test_name_like_words_are_mostly_capitalised_and_lowercase_corpora_do_not_count() -> None:
    names = lexicons.name_like(corpus())
    assert "harbor" in names and "october" in names
    assert "superb" not in names and "film" not in names
    assert lexicons.name_like([Example("harbor harbor harbor", 0.8, "polarity", "en")]) == set()


def test_dates_and_number_words_are_listed_but_not_may_or_march() -> None:
    assert {"october", "saturday", "nine", "hundred"} <= lexicons.CALENDAR_AND_NUMBER_WORDS
    assert not {"may", "march", "first", "great"} & lexicons.CALENDAR_AND_NUMBER_WORDS


def test_sign_agreement_keeps_what_judges_in_every_source() -> None:
    kept = lexicons.evaluative_words(corpus(), {"superb", "tedious", "sea", "october", "harbor"})
    assert {"superb", "tedious"} <= kept
    assert not {"october", "harbor"} & kept


def test_plain_mode_drops_names_dates_and_counts_but_keeps_judgement() -> None:
    off = lexicons.learned_lexicon(corpus(), min_docs=5, evaluative="")
    plain = lexicons.learned_lexicon(corpus(), min_docs=5, evaluative="plain")
    assert off["superb"] > 0 and off["tedious"] < 0
    assert plain["superb"] == off["superb"] and plain["tedious"] == off["tedious"]
    assert "harbor" in off and "harbor" not in plain
    assert "october" not in plain


def test_the_switch_defaults_to_the_shipped_mode() -> None:
    assert lexicons.learned_lexicon(corpus(), min_docs=5) == lexicons.learned_lexicon(
        corpus(), min_docs=5, evaluative=lexicons.EVALUATIVE_ONLY
    )


def test_neither_candidate_shipped() -> None:
    """The rule failed for both candidates: the switch is off and the shipped TSV is the plain 3,000-word ranking
    (the slow tests/test_train_round15.py checks it byte for byte against a training run)."""
    assert lexicons.EVALUATIVE_ONLY == ""
    tsv = Path(lexicons.__file__).resolve().parents[1] / "lang" / "data" / "sentiment_en.tsv"
    rows = dict(
        line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    )
    assert len(rows) == 3000
    assert float(rows["dull"]) < 0 < float(rows["wonderful"])
