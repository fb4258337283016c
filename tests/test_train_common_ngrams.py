"""Training option: read only the n-grams that many reviews of a multi-author corpus use."""

from __future__ import annotations

import numpy as np

from filmkritik.read import sentiment
from filmkritik.train.verdict import _common_only


def test_a_critics_own_phrase_is_not_read_when_few_other_reviews_use_it() -> None:
    corpus = ["a fine and moving film", "a fine cast, a dull script", "fine work all round"]
    texts = [*corpus, "the quillfeather verdict: fine"]
    idf = sentiment.document_frequency(texts)
    kept = _common_only(idf, corpus, least=2)
    own = sentiment.counts(["quillfeather"]).indices
    common = sentiment.counts(["fine"]).indices
    assert np.all(kept[own] == 0)  # used by no review of the corpus
    assert np.all(kept[common] == idf[common]) and np.all(kept[common] > 0)
    assert np.all(idf[own] > 0)  # the input is left as it was
