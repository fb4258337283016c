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
