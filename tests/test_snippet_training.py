"""Training the short-text model: pull-quote-like texts, honest held-out lexicons, an e5 part."""

from __future__ import annotations

import numpy as np
import pytest

from filmkritik.read import sentiment, short_text
from filmkritik.train import snippets
from filmkritik.train.snippet_corpus import Unit, label_quotes, pull_quotes, quotability

# A fictional review, sentence by sentence: plot first, the verdict in the closing paragraph.
PLOT = "Ines Marlow returns to the harbour town where her brother once ran the ferry."
ASIDE = "The second act moves to the lighthouse, where the two of them argue about money."
VERDICT = "A luminous, beautifully acted drama that earns every one of its quiet tears."
FAULT = "Sadly the script runs out of ideas long before the ferry leaves."


def _unit(text: str, opinion: float, *, closing: bool = False, lean: float = 0.0, positive: bool = True) -> Unit:
    return Unit(
        text, positive, 0.8 if positive else 0.2, "critic/1", "critic", "en", "sentence", opinion, False, closing, lean
    )


def test_the_most_quotable_sentence_is_the_closing_judgement_not_the_plot() -> None:
    units = [_unit(PLOT, 0.1), _unit(ASIDE, 0.3), _unit(VERDICT, 0.9, closing=True, lean=1.5)]
    assert pull_quotes(units, 1) == {"critic/1": [2]}
    assert pull_quotes(units, 2)["critic/1"] == [2, 1]


def test_pull_quotes_are_chosen_without_looking_at_the_rating() -> None:
    raved = [_unit(PLOT, 0.1), _unit(VERDICT, 0.9, closing=True, lean=1.5)]
    panned = [_unit(PLOT, 0.1, positive=False), _unit(VERDICT, 0.9, closing=True, lean=1.5, positive=False)]
    assert pull_quotes(raved, 1) == pull_quotes(panned, 1)
    assert quotability(raved[1]) == quotability(panned[1])


def test_a_held_out_lexicon_replaces_the_shipped_one_and_is_put_back() -> None:
    shipped = short_text.lexicon_features("A luminous drama.", "en")
    with snippets.english_lexicon({"luminous": -1.0}):
        swapped = short_text.lexicon_features("A luminous drama.", "en")
        assert sentiment.lexicon("en")["luminous"] == -1.0
    assert swapped[1] > shipped[1], "the swapped lexicon reads 'luminous' as a fault"
    assert np.array_equal(short_text.lexicon_features("A luminous drama.", "en"), shipped)


def test_each_part_learns_only_from_its_own_texts() -> None:
    rng = np.random.default_rng(5)
    n = 400
    y = rng.random(n) < 0.5
    units = [_unit(f"text {i}", 0.5, positive=bool(v)) for i, v in enumerate(y)]
    lang_ = snippets.Language(
        "en",
        units,
        {
            "ngram": short_text.vectorizer().transform(
                [f"word{i % 7} {'good' if v else 'bad'}" for i, v in enumerate(y)]
            ),
            "lexicon": rng.normal(y[:, None].astype(float), 1.0, (n, short_text.LEXICON_FEATURES)),
            "e5": np.where(np.arange(n)[:, None] < 200, rng.normal(y[:, None].astype(float), 1.0, (n, 4)), np.nan),
        },
        learns={"e5": np.arange(n) < 200},
    )
    parts = snippets.fit_parts(lang_, lang_.features, np.arange(n))  # NaN rows would break the fit
    assert set(parts) == {"ngram", "lexicon", "e5"}
    assert np.all(np.isfinite(parts["e5"].coef))


def test_a_model_file_without_an_e5_part_still_loads() -> None:
    arrays = {
        "x_ngram_coef": np.zeros(short_text.HASH_FEATURES, np.float16),
        "x_ngram_scalars": np.array([0.0, 0.0, 1.0, 1.0]),
        "x_use_coef": np.zeros(512, np.float32),
        "x_use_scalars": np.array([0.0, 0.0, 1.0, 0.0]),
        "x_lexicon_coef": np.zeros(short_text.LEXICON_FEATURES, np.float32),
        "x_lexicon_scalars": np.array([0.0, 0.0, 1.0, 0.0]),
        "x_raw_knots": np.array([-1.0, 1.0]),
        "x_score_knots": np.array([0.0, 100.0]),
        "x_prob_knots": np.array([0.1, 0.9]),
    }
    model = short_text.from_arrays(arrays, "x")
    assert model.e5.weight == 0.0
    assert model.read("Any text at all.")[0] == pytest.approx(50.0)


def test_a_label_aware_quote_carries_its_reviews_verdict() -> None:
    # A pan whose most quotable line still praises the acting: an editor quotes the fault instead.
    panned = [
        _unit(PLOT, 0.1, positive=False),
        _unit(FAULT, 0.6, lean=-1.0, positive=False),
        _unit(VERDICT, 0.9, closing=True, lean=1.5, positive=False),
    ]
    leans = [u.lean for u in panned]
    assert pull_quotes(panned, 1) == {"critic/1": [2]}
    assert label_quotes(panned, 1, leans) == {"critic/1": [1]}
    assert label_quotes(panned, 3, leans)["critic/1"] == [1, 2, 0], "then the most quotable others"


def test_a_review_without_a_sentence_on_its_side_still_gets_its_most_quotable_line() -> None:
    panned = [_unit(PLOT, 0.1, positive=False), _unit(VERDICT, 0.9, closing=True, lean=1.5, positive=False)]
    assert label_quotes(panned, 1, [u.lean for u in panned]) == pull_quotes(panned, 1)


def test_the_independent_selector_reads_praise_and_fault_and_leaves_plot_neutral() -> None:
    pytest.importorskip("vaderSentiment", reason="vaderSentiment (training only) is not installed")
    from filmkritik.train.snippet_corpus import vader_lean

    assert vader_lean(VERDICT) > 0 > vader_lean("A dull, tedious and awful mess.")
    assert vader_lean("The ferry leaves at noon.") == 0.0
