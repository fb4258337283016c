"""The verdict model's fast feature code reads exactly the features it was trained on.

The reader hashes a review's words and character n-grams with cached per-token shortcuts; training
uses scikit-learn's HashingVectorizer. Any difference would shift scores silently, so the two are
compared feature by feature on texts with the awkward cases (hyphens, apostrophes, "n't", digits,
underscores, unusual white space, typographic quotes).
"""

from __future__ import annotations

import numpy as np
import pytest

from filmkritik.read import sentiment

TEXTS = [
    "Ein Kammerspiel-Drama über die Familie Brandtner: nicht schlecht, aber viel zu lang.\n"
    "„Sommerlicht über Kiel“ (2031) – Regie: Ida Marquardt, 104 Min.\u00a0Fazit: sehenswert!",
    "Der Film-- ist 'ne Enttäuschung…\tDie Darsteller_innen spielen hölzern;  die Kamera   glänzt.",
    "It isn't bad, it's rock-'n'-roll: Greta Holm's best film since 2029's 'Northbound'.\r\n"
    "The script doesn't work -- too sweet, too long.\x0cStill, a 3/4 star night out.",
    "",
    "   ",
    "Ü-Wagen ÄÖÜß İstanbul ﬁlm Σ naïve café’s co-op ’tis x-",
]


@pytest.mark.parametrize("chars", [0, 3])
@pytest.mark.parametrize("text", TEXTS)
def test_hashed_features_are_the_training_features(text: str, chars: int) -> None:
    trained = sentiment.counts([text], chars).tocsr()
    expected = np.sort(np.repeat(trained.indices, trained.data.astype(np.int64)))
    assert np.array_equal(np.sort(sentiment.hashed_indices(text, chars).astype(np.int64)), expected)


@pytest.mark.parametrize("text", TEXTS)
def test_scores_do_not_depend_on_whether_tokens_were_seen_before(text: str) -> None:
    """The per-token caches only save work: a review scores the same read cold and read again."""
    model = sentiment.model("de")
    first = model.raw_one(text)
    sentiment.model("en").raw_one(TEXTS[0] + text)  # fill the caches with other tokens in between
    assert model.raw_one(text) == first


@pytest.mark.parametrize("size", [0, 1, 40, 2499, 2500, 16000])
def test_feature_counts_are_numpys_at_every_length(size: int) -> None:
    """Long reviews take a faster sort of their hashed indices: the features and counts stay numpy's."""
    values = np.random.default_rng(size).integers(0, 2 * sentiment.N_FEATURES, size).astype(np.int32)
    values[: size // 3] = values[size // 3 : 2 * (size // 3)]  # repeats, as in prose
    found, counted = sentiment._unique_counts(values)
    expected, repeats = np.unique(values, return_counts=True)
    assert np.array_equal(found, expected) and np.array_equal(counted, repeats)


@pytest.mark.parametrize("code", ["de", "en"])
def test_counterfactual_patterns_find_what_they_found_without_the_first_letter_shortcut(code: str) -> None:
    """The first-letter look-ahead only skips positions where no counterfactual can start."""
    import re

    from filmkritik import lang

    plain = re.compile("|".join(f"(?:{p.lower()})" for p in lang.data(code, "verdict").COUNTERFACTUAL))
    sentences = [
        "Ein paar Minuten weniger hätten dem Film gutgetan.",
        "Man vermisst die Leichtigkeit des Vorgängers.",
        "Leider bleibt die Kamera stets auf Abstand.",
        "Es fehlt an Tempo, und mehr drin wäre gewesen.",
        "Weniger wäre mehr gewesen.",
        "Die Darstellerin glänzt in jeder Szene.",
        "A tighter edit would have helped, and the script lacks bite.",
        "If only the third act kept its nerve; unfortunately it falls short.",
        "It fails to surprise.",
        "The cast is superb from start to finish.",
        "",
    ]
    found = [sentiment.counterfactual(s.lower(), code, lowered=True) for s in sentences]
    assert found == [plain.search(s.lower()) is not None for s in sentences]
    assert sum(found) >= 3 and not all(found)  # the sentences try both answers


RATED = [
    (
        "de",
        "Sommerlicht über Kiel\n\nIda Marquardt erzählt nicht schlecht, aber viel zu lang… Die Darsteller "
        "spielen hölzern; die Kamera glänzt. Kein Meisterwerk!\n"
        "Fazit: ein sehenswerter, wenn auch nicht ganz überzeugender Film über Nähe und Verlust. 4 von 5 Sternen\n",
    ),
    (
        "en",
        "Northbound (2029)\nGreta Holm's film isn't bad -- it's never dull... The script doesn't work, too sweet.\n\n"
        "Still, a moving, well acted and often funny night out for the whole family.\nGRADE: B-",
    ),
]


@pytest.mark.parametrize(("code", "text"), RATED)
def test_prose_features_from_sentences_are_the_models_features(code: str, text: str) -> None:
    # A rated review's prose (the rating blanked) is read from its sentences' clauses, not again
    # from the text: the model must see the same lexicon features either way.
    from filmkritik import lang
    from filmkritik.read import opinion, ratings, segment

    rating = ratings.find_rating(text)
    assert rating is not None
    prose = text
    for start, end in rating.evidence:
        prose = prose[:start] + " " * (end - start) + prose[end:]
    paragraphs = segment.paragraphs(text)
    items = opinion.sentences(text, segment.sentences(text, lang.get(code).ABBREVIATIONS, paragraphs), paragraphs, code)
    assert opinion.text_features(items, prose, code, rating.evidence) == sentiment.dense_features(prose, code)
    assert opinion.text_features(items, text, code) == sentiment.dense_features(text, code)


@pytest.mark.parametrize("text", TEXTS)
def test_word_tokens_are_those_of_the_plain_pattern(text: str) -> None:
    # The tokenisers use a possessive repeat (faster); it must cut exactly the tokens of the plain one.
    import re

    from filmkritik.read import review_features

    awkward = text + " a-b-c a--b a-b- -a- it’s o'-x x’’y ü-ß-é 1-a a_b"
    plain = re.findall(sentiment.TOKEN_PLAIN, awkward.lower())
    assert sentiment._TOKEN.findall(awkward.lower()) == plain
    assert review_features._WORD.findall(awkward.lower()) == plain
    assert sentiment._HASH_TOKEN_FAST.findall(awkward) == re.findall(r"\w+(?:[-'’]+\w+)*", awkward)


def test_a_full_token_memo_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    # The memo of tokens' features is bounded: when a text brings more new tokens than fit, it is
    # emptied and the text read afresh, with the same features.
    monkeypatch.setattr(sentiment, "TOKEN_MEMO", 5)
    sentiment._token_memo(3).clear()  # (earlier tests' tokens)
    most = max(len(set(text.lower().split())) for text in TEXTS)
    for text in TEXTS:
        trained = sentiment.counts([text], 3).tocsr()
        expected = np.sort(np.repeat(trained.indices, trained.data.astype(np.int64)))
        assert np.array_equal(np.sort(sentiment.hashed_indices(text, 3).astype(np.int64)), expected)
        assert len(sentiment._token_memo(3)) <= most  # one text's tokens at most, not every text's


def test_reviews_read_in_threads_score_as_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The memo of tokens' features is shared by threads (the web app reads in threads); a thread that
    # empties it must not take rows from under another.
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(sentiment, "TOKEN_MEMO", 8)
    texts = [t for t in TEXTS if t.strip()] * 20
    alone = [np.sort(sentiment.hashed_indices(t, 3)) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda t: np.sort(sentiment.hashed_indices(t, 3)), texts))
    assert all(np.array_equal(a, b) for a, b in zip(alone, threaded, strict=True))
