"""Is this a review? round 16: judging words written as names, prefixes that open other words, an interviewee's
stance voice, and the words of a film's craft.

- English judging words written as names ("starring Grace Holloway", "from Bright Harbour Films", "Grace decides to
  stay" once "Grace" has stood as a name) do not judge (``review_features._name_like``).
- Prefixes of the English judging lists that open common words which do not judge ("fun": funeral, "chore":
  choreography, "smug": smuggler, "alas": Alaska, "admir": admiral, ...) are whole words now.
- The stance words an interviewee says in their own voice ("Honestly, ...", "really") are not the writer's.
- English film words include the vocabulary of a film's craft ("subplot", "twist", "flashback", "pacing").

Fictional sets in ``fixtures/review_detect``: ``pages16a.jsonl`` written and scored once before the round's changes
(then in view), ``pages16b.jsonl`` written after the final code and scored once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.read.review_detect import score
from filmkritik.read.review_features import _name_like, judging_words
from jsonl_support import jsonl_rows
from review_detect_support import feature_value, pages_right

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "review_detect"


# (set, is_review, at least this many right): reviews without a margin (a review judged "not a review" loses its
# verdict), non-reviews less a margin of one.
FLOORS = [
    ("pages16a.jsonl", True, 16),  # of 20 (14 at the start of the round; 16 at the end, in view)
    ("pages16a.jsonl", False, 12),  # of 17 (10 at the start; 13 at the end, in view)
    # Written after the final code and scored once: 9/10, 4/6 (the round-start reader the same, 9/10, 4/6).
    ("pages16b.jsonl", True, 9),  # of 10
    ("pages16b.jsonl", False, 3),  # of 6
]


@pytest.mark.parametrize(("name", "label", "floor"), FLOORS)
def test_round16_pages_floor(name: str, label: bool, floor: int) -> None:
    right, total = pages_right(PAGES / name, label)
    assert right >= floor, f"{name}: {right} of {total} {'reviews' if label else 'non-reviews'} right"


def test_judging_words_written_as_names_do_not_judge() -> None:
    listing = (
        "Opening this week. The new drama stars Grace Holloway and Martin Strong as a couple who run a ferry. "
        "Grace decides to sell the ferry. It was made by Bright Harbour Films and runs 104 minutes. "
    ) * 2
    assert _name_like(listing, "grace") == 4  # twice inside a sentence, and twice opening one once it has named
    assert _name_like(listing, "holloway") == 2
    assert _name_like(listing, "strong") == 2
    assert _name_like(listing, "bright") == 2
    assert feature_value(listing, "en", "evaluative") == 0.0
    # A critic's own words stay judging words, in lower case or opening a sentence.
    review = "Holloway moves with grace, and the film is strong. Strong, too, is the score; bright and sharp. " * 2
    assert _name_like(review, "strong") == 0
    assert _name_like(review, "grace") == 0
    assert feature_value(review, "en", "evaluative") > 5.0


def test_names_are_only_read_in_english() -> None:
    # German capitalises every noun: "Anmut" or "Schönheit" inside a sentence judges as it is.
    text = "Der Film hat eine stille Anmut und eine Schönheit, die man selten sieht. " * 3
    assert feature_value(text, "de", "evaluative") > 0.0


@pytest.mark.parametrize(
    "word",
    "funeral fund choreographed slogan smuggler alaska admiral confidential gentleman freshman flattery stalemate tartan"
    " badge pedestrians essentially".split(),
)
def test_prefixes_no_longer_open_words_that_do_not_judge(word: str) -> None:
    assert judging_words(f"The {word} was on the list.", "en") == []


@pytest.mark.parametrize(
    "word",
    "fun funnier chore slog smug smugly lame lamest alas admirable admire confident gentle fresh flat flatly stale bad"
    " badly original originality".split(),
)
def test_the_judging_words_of_those_prefixes_still_judge(word: str) -> None:
    assert judging_words(f"It was {word}.", "en") == [word]


def test_an_interviewees_stance_voice_is_not_the_writers() -> None:
    def interview(filler: tuple[str, str, str]) -> str:
        return (
            "Director Ada Quill on her first feature\n"
            "How did you find the house?\n"
            f"{filler[0]}, I grew up two streets away and I knew it from my childhood.\n"
            "Did you rehearse with the actors?\n"
            f"We {filler[1]} rehearsed for two weeks in my kitchen, with my mother cooking for us.\n"
            "What do you hope audiences take away?\n"
            f"I {filler[2]} want them to call their mothers after it, that is all I want.\n"
        )

    voiced = feature_value(interview(("Honestly", "really", "just")), "en", "stance")
    plain = feature_value(interview(("Well", "first", "mostly")), "en", "stance")
    # "Honestly", "really", "just" are stance words, said in the interviewee's voice: taken off ("mostly" is a hedge
    # of STANCE_MORE, taken off since round 15).
    assert voiced == pytest.approx(plain)


def test_the_words_of_a_films_craft_are_film_words() -> None:
    craft = "The subplot is dropped, the twist is telegraphed and the flashbacks stall the pacing of the finale. " * 3
    plain = "The garden is dropped, the house is painted and the letters stall the sale of the farm in the end. " * 3
    assert feature_value(craft, "en", "film_words") > feature_value(plain, "en", "film_words") + 5.0


def test_the_two_older_non_reviews_over_the_line_are_back_under_it() -> None:
    # Round 15 lost them: a bare-question interview (its answers' "Honestly", "really", "even" counted as a critic's
    # stance) and an "Opening Friday" list whose names "Grace" and "Holloway" opened judging prefixes.
    rows = {(path, row["id"]): row for path in ("pages12b.jsonl", "pages13c.jsonl") for row in jsonl_rows(PAGES / path)}
    for key in (("pages12b.jsonl", "en-n03"), ("pages13c.jsonl", "en-n03")):
        row = rows[key]
        assert row["is_review"] is False
        assert score(str(row["text"]), str(row["language"]))[0] is False, key
