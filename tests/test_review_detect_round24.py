"""Criticism of other arts, travel blogs, obituaries, maker interviews and course adverts are no film reviews
(robustness audit 24).

A video-game, book, theatre, opera or concert review has a critic's voice, judging words and often a rating: the
is-review model read them as reviews at 0.6-1.0, and so did it read travel blogs, an English obituary, an English
interview with a director and a film school's advert. Invented texts (``fixtures/review_detect/other_prose/
round24.jsonl``: 22 non-reviews and 12 film reviews in outlet styles written with the rules, 11 written after them,
3 after the interview rule), and every film review page of the dev sets, the seed and the fixtures must stay a
review. Still missed: an English critic's podcast transcript (``podcast_review_en``) reads as no review, by the
model itself (the session-start reader too), marked below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import filmkritik
from filmkritik.read.review_detect import obituary_or_advert, other_art, other_prose

FIXTURES = Path(__file__).parent / "fixtures"
ROWS = [json.loads(line) for line in (FIXTURES / "review_detect/other_prose/round24.jsonl").open(encoding="utf-8")]
STILL_MISSED = {"podcast_review_en"}
SHARED = Path(__file__).resolve().parents[2] / "shared" / "reviews"


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_an_editor_would_file_it_the_same_way(row: dict[str, object]) -> None:
    if row["id"] in STILL_MISSED:
        pytest.xfail("the model reads an English critic's podcast transcript (host asks, critic answers) as no review")
    record = filmkritik.read_text(str(row["text"]))
    assert record.language == row["language"]
    assert record.is_review.value is row["is_review"]
    if not row["is_review"]:
        assert record.verdict is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Another art's words beside the film's own: a film about a stage, a band, a book, a game is a film.
        (
            "Die Regisseurin Ulla Brenner verfilmt den Roman über eine Theatertruppe auf Tournee: Bühne, Applaus, "
            "Vorhang, Premiere, Pause, Garderobe und Intendant sind da, und das Ensemble spielt groß auf. Leider "
            "verliert der Film nach einer Stunde die Spannung. Sehenswert.",
            "de",
        ),
        (
            "A concert documentary about a touring string quartet: rehearsals, encores, sold-out halls, a cellist's "
            "broken bow and a pianist's stage fright. The camera stays close and the movie earns its tears. Three "
            "stars.",
            "en",
        ),
    ],
    ids=["stage-novel-film-de", "quartet-documentary-en"],
)
def test_a_film_about_another_art_is_no_other_art(text: str, language: str) -> None:
    assert other_art(text, text.lower(), language) is None
    assert filmkritik.read_text(text).is_review.value is True


def test_a_biopic_review_that_mentions_a_death_is_no_obituary() -> None:
    text = (
        "The new biopic of the painter Orla Finch, who died in 2001 aged 88, is a handsome, dutiful film. Director "
        "Bram Ostrow hits every date from her birth to her funeral, and Cass Ebdon is superb as the older Orla, but "
        "the screenplay never asks why her paintings mattered. Two stars."
    )
    assert obituary_or_advert(text, text.lower(), "en") is None
    assert filmkritik.read_text(text).is_review.value is True


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/reviews is not beside the repository")
def test_no_real_dev_review_or_the_seed_is_taken_for_other_prose() -> None:
    texts = [(json.loads(line)["text"], code) for code in ("de", "en") for line in (SHARED / code / "dev.jsonl").open()]
    texts.append(((SHARED / "de" / "kindness-of-strangers.txt").read_text(encoding="utf-8"), "de"))
    assert len(texts) == 51
    assert [text[:60] for text, code in texts if other_prose(text, code)] == []


def test_a_critic_answering_a_host_is_no_maker_interview() -> None:
    from filmkritik.read.review_detect import maker_interview

    (row,) = [row for row in ROWS if row["id"] == "podcast_review_en"]
    assert not maker_interview(str(row["text"]).lower(), "en")
    (row,) = [row for row in ROWS if row["id"] == "interview_en"]
    assert maker_interview(str(row["text"]).lower(), "en")
