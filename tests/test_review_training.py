"""The is-review trainer (``filmkritik.train.review_detect``) and its language data."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from filmkritik import lang
from filmkritik.train.review_detect import pages, presenting, short_texts

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ROOT = Path(__file__).resolve().parents[1]
_UNFILLED = re.compile(r"\{[a-zA-Z0-9_]+(:[^}]*)?\}")


def test_both_languages_give_the_trainer_the_same_data() -> None:
    # Adding a language means adding a data module with these names, not touching the trainer.
    de, en = (lang.data(code, "review_training") for code in ("de", "en"))
    names = {n for n in vars(de) if n.isupper()}
    assert names == {n for n in vars(en) if n.isupper()}
    for name in names:
        assert type(getattr(de, name)) is type(getattr(en, name)), name
    assert list(de.LONG_NEWS) == list(en.LONG_NEWS)


def test_generated_examples_fill_every_template_slot() -> None:
    rng = random.Random(1)
    judgements = {
        "de": ["Sehenswert.", "Ein kleines Wunder."],
        "en": ["A quiet triumph.", "Tedious from start to finish."],
        "de-words": ["stark"],
        "en-words": ["tedious"],
    }
    examples = (
        pages.listings(20, rng)
        + pages.long_non_reviews(40, rng)
        + pages.long_interviews(10, rng)
        + pages.plain_non_reviews(40, rng)
        + short_texts.short_non_reviews(40, rng)
        + short_texts.short_interviews(10, rng)
        + short_texts.guide_capsules(judgements, 20, rng)
        + short_texts.short_credited_reviews(judgements, 20, rng)
        + presenting.presenting_pages(60, rng)
        + presenting.critics_roundups(judgements, 20, rng)
    )
    assert {code for _, code, _, _ in examples} == {"de", "en"}
    for text, code, _, source in examples:
        assert text.strip(), source
        assert not _UNFILLED.search(text), (source, code, text)


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_model(tmp_path: Path) -> None:
    if not (SHARED / "reviews").is_dir():
        pytest.skip("../shared (TRAIN data) is not beside the repository")
    from filmkritik.train.review_detect import fit

    result = fit.train_review_detect(SHARED, ROOT / "tests" / "fixtures" / "review_detect", tmp_path / "model.json")
    shipped = json.loads(fit.MODEL_FILE.read_text(encoding="utf-8"))
    retrained = json.loads(result.out.read_text(encoding="utf-8"))
    shipped.pop("trained")
    retrained.pop("trained")
    assert retrained == shipped
