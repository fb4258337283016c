"""Is this a review? round 15: English reviews that judge in the rest of the language. A general appraisal lexicon
(``APPRAISAL``, ``APPRAISAL_WORDS`` in ``lang/en/review.py``) counts as judging words, and the hedges, boosters and
negative pronouns of general English (``STANCE_MORE``) count for the critic's stance voice, less those an interviewee
says in their own voice.

Fictional sets in ``fixtures/review_detect``: ``pages15a.jsonl`` written and scored once before the round's changes
(then in view), ``pages15b.jsonl`` written after the final code and scored once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.read.review_detect import score
from jsonl_support import jsonl_rows
from review_detect_support import feature_value, pages_right

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "review_detect"


# (set, is_review, at least this many right): reviews without a margin (a review judged "not a review" loses its
# verdict), non-reviews less a margin of one.
FLOORS = [
    ("pages15a.jsonl", True, 25),  # of 26 (20 at the start of the round; 25 at the end, in view)
    ("pages15a.jsonl", False, 12),  # of 13 (13 at the start and at the end)
    # Written after the final code and scored once: 5/7, 3/3 (the round-start reader 4/7, 3/3).
    ("pages15b.jsonl", True, 5),  # of 7
    ("pages15b.jsonl", False, 2),  # of 3
]


@pytest.mark.parametrize(("name", "label", "floor"), FLOORS)
def test_round15_pages_floor(name: str, label: bool, floor: int) -> None:
    right, total = pages_right(PAGES / name, label)
    assert right >= floor, f"{name}: {right} of {total} {'reviews' if label else 'non-reviews'} right"


def test_labelled_reviews_of_the_fixtures_stay_reviews() -> None:
    """The blind batches' and the verdict fixtures' critic pages (all reviews): at most three, the English critics14
    page that judges in two words, blind round 17's English page (ho23-en-12) and critics19's shortest English pan
    (c19-en-20, 130 words of jokes at the film's expense), each judged not a review by the release that was scored on
    it while sealed (round 15: 1 judged not; 2 at the round's start)."""
    texts: list[tuple[str, str, str]] = []
    for path in sorted((FIXTURES / "heldout").glob("*.jsonl")):
        texts += [
            (str(row["id"]), str(row.get("language") or path.name[:2]), str(row["text"])) for row in jsonl_rows(path)
        ]
    for code in ("de", "en"):
        for path in sorted((FIXTURES / f"verdict_{code}").glob("critics*.jsonl")):
            texts += [(str(row["id"]), code, str(row["text"])) for row in jsonl_rows(path)]
    missed = [name for name, code, text in texts if not score(text, code)[0]]
    assert len(texts) > 700
    assert len(missed) <= 3, missed


def test_general_appraisal_words_judge_in_english() -> None:
    appraised = "It is a limp, shapeless affair, patchy in its plotting and perfunctory in its acting. " * 3
    plain = "It is a long, quiet affair, set in a port town and shot in the winter of that year. " * 3
    assert feature_value(appraised, "en", "evaluative") > feature_value(plain, "en", "evaluative") + 5.0


def test_marketing_superlatives_are_left_to_the_other_lists() -> None:
    # "heartwarming", "spellbinding" and "glorious" are no words of the round-15 lexicon: blurbs stack them.
    from filmkritik.lang.en import review

    lexicon = set(review.APPRAISAL) | review.APPRAISAL_WORDS
    assert not {"heartwarming", "spellbinding", "glorious", "thrill"} & lexicon


def test_hedges_and_negative_pronouns_are_the_critics_stance() -> None:
    hedged = "Nobody in it seems to care, and apparently neither did the editor. The ending is rather abrupt. " * 3
    flat = "Everybody in it seems to care, and the editor worked for a year. The ending comes at a harbour. " * 3
    assert feature_value(hedged, "en", "stance") > feature_value(flat, "en", "stance")


def test_an_interviewees_own_hedges_are_not_the_critics_stance() -> None:
    def interview(hedge: str) -> str:
        return (
            "Ada Kern talks about her first film, shot on a ferry over one winter.\n"
            "How did you find the boat?\n"
            f"I found it {hedge} by accident, and we rented it for our whole shoot. I loved it.\n"
            "Why did you shoot at night?\n"
            f"Because {hedge} I wanted the dark. We had our own lights and I was happy with them.\n"
            "What comes next for you?\n"
            f"A film about my mother, {hedge}. I always say that, and then we make something else."
        )

    assert feature_value(interview("x"), "en", "interviewee") > 0.5
    # The answers' "apparently" is the interviewee's: the stance is the same as with a word of no stance.
    assert feature_value(interview("apparently"), "en", "stance") == feature_value(interview("x"), "en", "stance")
    # In a critic's prose the same words are their stance.
    prose = "The ferry film is apparently about a winter. It is apparently shot at night. " * 3
    assert feature_value(prose, "en", "stance") > feature_value(prose.replace("apparently", "x"), "en", "stance")
