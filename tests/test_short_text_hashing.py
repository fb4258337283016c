"""Short texts are read without scikit-learn: ``short_text.ngram_columns`` / ``ngram_dot`` give the same
features and the same n-gram value as the training ``HashingVectorizer`` (all texts invented here)."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np
import pytest

from filmkritik.read import short_text

pytest.importorskip("sklearn")

_TEXTS = [
    "Ein kurzer, wunderbarer Film mit Lena Berg als Mara. Unbedingt ansehen!",
    "Leider langweilig: die Geschichte von Tomas Quell zieht sich, und das Ende enttäuscht.",
    "Großartig gespielt, überraschend witzig – ein Fest fürs Kino!",
    "Nicht schlecht, aber auch nicht gut. Schade um die schöne Kamera von Ilse Maurer.",
    "It's a quietly devastating piece of work.",
    "Don't bother. It isn't funny and it doesn't know what it wants to be?!",
    "it 's good , and the cast ( led by Harold Venn ) is n't bad either .",
    "A must-see!!! Five stars for The Lighthouse Keeper's Daughter.",
    "Ärger über Öl und Übermut: Straße, Fuß, Maß – ÄÖÜ äöü ß ẞ.",
    "İstanbul, Σίσυφος and the naïve café owner's déjà vu",
    "東京の夜 is a film of 2 hours 15 minutes 🎬🍿 wow",
    "",
    "   ",
    "!?",
    "n't n't n't",
    "Gut.",
    "schlecht schlecht schlecht schlecht",
    "über-\nlang\tund\u00a0zäh",
    "l'amour d'été, rock'n'roll, o'clock",
    "1999 2001 3,5/5 ★★★½ 7/10",
]

_WORDS = (
    "der die das ein eine film kino nicht kein sehr gut schlecht großartig öde langweilig spannend schön "
    "überraschend Kamera Drehbuch Regie Lena Mara Jonas Weller Ärger Übermut Fuß "
    "the a an film movie isn't don't can't won't not very good bad great dull boring gripping lovely "
    "script direction cast it's director's naïve café Σίσυφος İ ß ẞ 東京 🎬 2 10 3,5 ! ? , . : ; - – ( ) ' ’"
).split()


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(0, 99))]
        joiners = [rng.choice([" ", " ", " ", "", "\n", "  "]) for _ in words]
        texts.append("".join(w + j for w, j in zip(words, joiners, strict=True)))
    return texts


def _cases() -> list[str]:
    return _TEXTS + _random_texts(600, seed=12)


def test_columns_and_values_match_the_hashing_vectorizer() -> None:
    texts = [short_text.normalize(t) for t in _cases()]
    matrix = short_text.vectorizer().transform(texts)
    for i, text in enumerate(texts):
        row = matrix.getrow(i)
        columns = short_text.ngram_columns(text)
        assert columns.tolist() == row.indices.tolist(), text
        if len(columns):
            expected = 1.0 / np.sqrt(float(len(columns)))
            assert np.array_equal(row.data, np.full(len(columns), expected)), text


@pytest.mark.parametrize("code", ["de", "en"])
def test_ngram_value_is_bit_identical(code: str) -> None:
    model = short_text.models().get(code)
    if model is None:
        pytest.skip(f"no shipped short-text model for {code!r}")
    texts = [short_text.normalize(t) for t in _cases()]
    expected = np.asarray(short_text.vectorizer().transform(texts) @ model.ngram.coef).ravel()
    got = np.array([short_text.ngram_dot(t, model.ngram.coef) for t in texts])
    assert got.tobytes() == expected.tobytes()
    assert (
        model.ngram.standardise(got).tobytes() == model.ngram.value(short_text.vectorizer().transform(texts)).tobytes()
    )


def test_reading_a_short_text_loads_neither_scikit_learn_nor_scipy() -> None:
    # The short-text step of the reader (``verdict.annotate`` -> ``calibrate``) in a fresh process, both languages.
    code = (
        "import sys, filmkritik\n"
        "from filmkritik.read import short_text, verdict\n"
        "print(short_text.calibrate(50, 0.5, 'Ein kurzer, wunderbarer Film mit Lena Berg als Mara. Ansehen!', 'de'))\n"
        "print(short_text.calibrate(50, 0.5, 'A short, lovely film with Harold Venn. Do not miss it!', 'en'))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "[]"
