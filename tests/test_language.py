"""Language detection reads the same sample whether or not the caller lower-cased the text already."""

from __future__ import annotations

import pytest

from filmkritik.read import language

GERMAN = "Der Film erzählt von einer Familie, die sich nach Jahren wieder trifft, und er tut es mit Ruhe. " * 60


@pytest.mark.parametrize(
    "text",
    [
        GERMAN,
        "İ" + GERMAN,  # lower-casing makes "İ" two characters: the lower-cased text no longer lines up
        GERMAN[:3999] + "ΣΑ" + GERMAN,  # a capital sigma's lower case depends on what follows the cut
        "The film is a quiet, patient portrait of a family, and it is the better for it. " * 60,
    ],
)
def test_the_language_is_guessed_from_the_same_sample(text: str) -> None:
    assert language._sample(text, text.lower()) == text[:4000].lower()
    assert language.detect(text, text.lower()) == language.detect(text)
    assert language.detect(GERMAN)[0] == "de"
