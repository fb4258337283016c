"""Is this a review? round 14: critics who judge without the usual shape. A pan in sarcasm or dry irony, a review
that talks to the reader ("you", "du") all the way through, or one that opens with news is a review; a critic's
aside about "the press notes" is no press kit; an interview whose questions address nobody ("Why a wedding?") is
still an interview.

Fictional sets in ``fixtures/review_detect``: ``pages14.jsonl`` written and scored once before the round's changes
(then in view), ``pages14b.jsonl`` written after the first changes and scored once (then in view), ``pages14c.jsonl``
written after the final code and scored once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.read.review_detect import score
from review_detect_support import feature_value, pages_right

FIXTURES = Path(__file__).parent / "fixtures" / "review_detect"


# (set, is_review, at least this many right): reviews without a margin (a review judged "not a review" loses its
# verdict), non-reviews less a margin of one.
FLOORS = [
    ("pages14.jsonl", True, 23),  # of 24 (21 at the start of the round; 23 at the end, in view)
    ("pages14.jsonl", False, 8),  # of 10 (8 at the start; 9 at the end, in view)
    # Written after the first changes and scored once: 14/14, 5/6 (the round-start reader 11/14, 5/6); with the final
    # code (in view) 12/14, 5/6.
    ("pages14b.jsonl", True, 12),  # of 14
    ("pages14b.jsonl", False, 4),  # of 6
    # Written after the final code and scored once: 7/7, 4/5 (the round-start reader the same).
    ("pages14c.jsonl", True, 7),  # of 7
    ("pages14c.jsonl", False, 3),  # of 5
]


@pytest.mark.parametrize(("name", "label", "floor"), FLOORS)
def test_round14_pages_floor(name: str, label: bool, floor: int) -> None:
    right, total = pages_right(FIXTURES / name, label)
    assert right >= floor, f"{name}: {right} of {total} {'reviews' if label else 'non-reviews'} right"


def test_press_notes_in_a_critics_sentence_are_no_press_kit() -> None:
    aside = (
        "After eleven years of development and what the press notes describe as a journey, the film has finally "
        "arrived, and it is exactly as long as that journey sounds, most of it spent staring at boats.\n"
        "The acting is stiff and the ending drags."
    )
    kit = "PRESS NOTES\nA film by Ada Kern\nSynopsis\nA ferryman on the Elbe finds a letter.\n"
    assert feature_value(aside, "en", "promo") == 0.0
    assert feature_value(kit, "en", "promo") >= 1.0


def test_an_english_contraction_is_the_critics_negation() -> None:
    plain = "The mystery is routine. The texture is rich. The lead is brittle and funny. The finale is weak. " * 3
    negated = "The mystery isn't new. The texture doesn't fade. The lead won't let go. The finale can't land. " * 3
    assert feature_value(negated, "en", "stance") > feature_value(plain, "en", "stance")


def test_an_interview_whose_questions_address_nobody_is_an_interview() -> None:
    text = (
        "The Boat Was the Hardest Part\n"
        "Why a wedding?\n"
        "Because I grew up going to them. I always thought they were the most dramatic thing I had ever seen, and I "
        "wanted my film to feel like one.\n"
        "Why one long take?\n"
        "I wanted the audience to feel trapped, like my heroine. We rehearsed for two weeks and I loved every day.\n"
        "And the lead had never acted?\n"
        "Never. I saw her in a bakery and knew at once. She was wonderful, and we became friends.\n"
        "What comes next?\n"
        "A film about my mother. I always say that, and then I make something else."
    )
    assert feature_value(text, "en", "interviewee") > 0.5
    assert score(text, "en")[0] is False


def test_a_critics_rhetorical_questions_in_prose_keep_their_judgement() -> None:
    text = (
        "Who asked for this? That is the question hanging over this family comedy about a plumber in space. The jokes "
        "are tired, the pacing is sluggish, and the third act turns into a weepy drama nobody wanted.\n"
        "Why does the rocket company's boss come off as a saint? I have ideas, none of them flattering.\n"
        "Keep the kids home. Same plot, better pacing, if they watch the clouds instead."
    )
    assert feature_value(text, "en", "interviewee") == 0.0
    assert score(text, "en")[0] is True
