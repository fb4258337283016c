"""Speed pass 20b: the lexicon features of a rated review's prose summed from its sentences' polarity
(``sentiment.joined_features``), checked against the model's own reading of the text (``sentiment.dense_features``)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from filmkritik import lang
from filmkritik.read import opinion, ratings, segment, sentiment

_FIXTURES = Path(__file__).parent / "fixtures"


def _fixture_texts(code: str, limit: int = 300) -> list[str]:
    """Page texts in ``code`` of the test fixtures (invented or already in the repository), up to ``limit``."""
    from filmkritik.read import language

    texts: list[str] = []
    paths = sorted((_FIXTURES / "review_detect").glob("*.jsonl")) + sorted(
        (_FIXTURES / f"verdict_{code}").glob("*.jsonl")
    )
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str) and language.detect(text)[0] == code:
                texts.append(text)
        if len(texts) >= limit:
            break
    return texts[:limit]


def _random_texts(code: str, count: int, seed: int) -> list[str]:
    """Texts made of the language's shifters (negations, intensifiers, excess words), polar words, plain words
    and sentence and clause breaks: shifters that end a sentence and polar words that open the next one."""
    data = lang.data(code, "verdict")
    lexicon = sorted(sentiment.lexicon(code))
    rng = random.Random(seed)
    polar = rng.sample(lexicon, 40)
    shifters = sorted(data.NEGATIONS)[:12] + sorted(data.INTENSIFIERS)[:8] + sorted(data.EXCESS)[:6]
    plain = ["film", "der", "the", "und", "and", "es", "it", "Regie", "story"]
    pieces = [*polar, *shifters, *shifters, *plain, ". ", ". ", "! ", "? ", ", ", "\n\n", "\n", " - ", "4/5 ", "★★★ "]
    texts = []
    for _ in range(count):
        words = [rng.choice(pieces) for _ in range(rng.randrange(1, 80))]
        texts.append(" ".join(words).strip() or "x")
    return texts


def _read(text: str, code: str) -> list[opinion.Sentence]:
    paragraphs = segment.paragraphs(text)
    return opinion.sentences(text, segment.sentences(text, lang.get(code).ABBREVIATIONS, paragraphs), paragraphs, code)


@pytest.mark.parametrize("code", ["de", "en"])
def test_text_features_are_the_models_features(code: str) -> None:
    texts = _fixture_texts(code) + _random_texts(code, 1500, 20 if code == "de" else 21)
    rated = 0
    for text in texts:
        items = _read(text, code)
        assert opinion.text_features(items, text, code) == sentiment.dense_features(text, code), text
        rating = ratings.find_rating(text)
        if rating is not None:
            rated += 1
            prose = text
            for start, end in rating.evidence:
                prose = prose[:start] + " " * (end - start) + prose[end:]
            assert opinion.text_features(items, prose, code, rating.evidence) == sentiment.dense_features(prose, code)
    assert rated >= 20


@pytest.mark.parametrize("code", ["de", "en"])
def test_joined_features_step_aside_where_a_shifter_reaches_into_the_next_sentence(code: str) -> None:
    data = lang.data(code, "verdict")
    negation = sorted(data.NEGATIONS)[0]
    polar = next(w for w, weight in sorted(sentiment.lexicon(code).items()) if weight > 0.5 and " " not in w)
    reader = sentiment.polarity_reader(code)
    # A negation pending at the end of the first sentence, a polar word opening the second, which has a second clause.
    first, second = [["x", negation]], [[polar], ["y"]]
    parts = [(first, reader(first)), (second, reader(second))]
    assert sentiment.joined_features(parts, code) is None
    # The same negation with a plain first clause after it: nothing it could reach.
    second = [["y"], [polar]]
    parts = [(first, reader(first)), (second, reader(second))]
    assert sentiment.joined_features(parts, code) == sentiment.clause_features([[["x", negation, "y"], [polar]]], code)
    # A one-clause sentence after the negation: the state would run on into the sentence after it.
    second = [["y"]]
    parts = [(first, reader(first)), (second, reader(second)), ([[polar]], reader([[polar]]))]
    assert sentiment.joined_features(parts, code) is None
    assert sentiment.joined_features([], code) == sentiment.clause_features([[[]]], code)


def test_last_sentence_pattern_matches_as_written() -> None:
    import re

    from filmkritik.read import review_features

    written, possessive = re.compile(review_features.LAST_SENTENCE_PLAIN), review_features._LAST_SENTENCE
    assert possessive.pattern != written.pattern
    rng = random.Random(2020)
    pieces = ["Gut", "gemacht", "a", " ", "  ", ".", "!", "?", ":", "\n", "\t", "…", "Fazit", "B-", "4/5", "„Titel“"]
    lines = [t for code in ("de", "en") for text in _fixture_texts(code, 150) for t in text.splitlines()]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30))) for _ in range(20000)]
    for line in lines:
        a, b = written.search(line), possessive.search(line)
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), line


def test_critic_page_confidence_reads_its_knots_as_arrays_or_lists() -> None:
    from filmkritik.read import verdict

    for table in verdict.critic_confidence_maps().values():
        listed = {key: (value.tolist() if hasattr(value, "tolist") else value) for key, value in table.items()}
        for step in range(0, 1001):
            score = step / 10
            assert verdict.critic_page_confidence(table, score) == verdict.critic_page_confidence(listed, score)


def test_words_up_to_answers_as_a_split_in_any_order_of_calls() -> None:
    from filmkritik.read import verdict

    rng = random.Random(7)
    texts = [" ".join("w" for _ in range(n)) + " " * (n % 3) for n in (0, 1, 5, 99, 100, 101, 300, 301, 302, 650)]
    limits = [0, 1, 5, 100, 101, 300, 700]
    for _ in range(3000):
        text, limit = rng.choice(texts), rng.choice(limits)
        expected = len(text.split()) if limit <= 0 else len(text.split(None, limit))
        assert verdict._words_up_to(text, limit) == expected
