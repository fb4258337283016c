"""Is this a review? round 13: who speaks. A critic's review read out on air with a host's questions is a review;
an interview whose answers praise in the interviewee's own voice is not; a distributor's synopsis closing on a
tagline ("A dazzling, big-hearted comedy about family, forgiveness and ...") is not, selling or not; a TV guide
with times in words ("8pm, BBC Two") is a schedule.

Fictional sets in ``fixtures/review_detect``: ``pages13.jsonl`` written and scored once before the round's changes
(then in view), ``pages13b.jsonl`` written after the first changes and scored once (then in view), ``pages13c.jsonl``
written after the final code and scored once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.read.review_detect import score
from filmkritik.read.review_features import FEATURES, features
from jsonl_support import jsonl_rows

FIXTURES = Path(__file__).parent / "fixtures" / "review_detect"


# (set, is_review, at least this many right): reviews without a margin (a review judged "not a review" loses its
# verdict), non-reviews less a margin of one.
FLOORS = [
    ("pages13.jsonl", True, 18),  # of 18 (15 at the start of the round: two radio transcripts, an idiom capsule)
    ("pages13.jsonl", False, 17),  # of 18 (12 at the start; 18 at the end, in view)
    # Scored once after the first changes (7/8, 7/10; the round-start reader 6/8, 6/10), then in view: 8/8, 9/10.
    ("pages13b.jsonl", True, 8),  # of 8
    ("pages13b.jsonl", False, 8),  # of 10
    # Written after the final code and scored once: 8/8, 8/9 (the round-start reader the same: 8/8, 8/9).
    ("pages13c.jsonl", True, 8),  # of 8
    ("pages13c.jsonl", False, 7),  # of 9
]


@pytest.mark.parametrize(("name", "is_review", "floor"), FLOORS)
def test_who_speaks_is_told_apart(name: str, is_review: bool, floor: int) -> None:
    chosen = [r for r in jsonl_rows(FIXTURES / name) if r["is_review"] is is_review]
    right = sum(score(str(r["text"]), str(r["language"]))[0] is is_review for r in chosen)
    assert right >= floor, f"{name} {'reviews' if is_review else 'non-reviews'}: {right}/{len(chosen)}"


def test_a_critic_on_air_with_a_host_s_questions_is_a_review() -> None:
    text = (
        "HOST: Our critic Ruth Amsel has seen The Salt Marsh. Ruth, what's it about?\n"
        "AMSEL: Two brothers who run an oyster farm on the Essex coast and can't agree whether to sell it. It's a "
        "small film, mostly conversations in a shed.\n"
        "HOST: And does that work?\n"
        "AMSEL: For about an hour, yes. The older brother is played by Colm Brady, and he's quietly wonderful, "
        "all shrugs and silences. Then the film starts explaining itself and the ending is far too neat.\n"
        "HOST: So should people go?\n"
        "AMSEL: If you like films where not much happens, yes. Everyone else can wait for television."
    )
    assert score(text, "en")[0]


def test_an_interviewee_s_praise_is_not_a_critic_s() -> None:
    """The same judging words weigh less in answers to someone's questions in the interviewee's own voice ("I", "we",
    "our") than in a critic's answers about the film."""
    answers = (
        "Was it hard for you to cast the lead?\n"
        "Not at all. She walked in and I knew at once. She's wonderful, we were so lucky.\n"
        "How was your shoot?\n"
        "Brilliant but exhausting. Our crew was amazing, I've never worked with a better team.\n"
    )
    critic = (
        "Was it hard for you to watch?\n"
        "Not at all. The lead is wonderful, the film was lucky to find her.\n"
        "How did it look to you?\n"
        "Brilliant but exhausting. The camera is amazing, the editing rarely better.\n"
    )
    i = FEATURES.index("evaluative")
    assert features(answers, "en")[i] < features(critic, "en")[i]


def test_a_tagline_synopsis_that_does_not_sell_is_not_a_review() -> None:
    text = (
        "Der pensionierte Bademeister Hinnerk (Olaf Brodersen) soll sein Freibad an einen Investor verkaufen. Doch "
        "seine Enkelin Smilla (Ida Kranz) hat andere Pläne. Eine warmherzige, herrlich komische Sommerkomödie über "
        "Freundschaft, Abschied und den Mut, noch einmal ins kalte Wasser zu springen."
    )
    assert not score(text, "de")[0]
    i = FEATURES.index("tagline")
    assert features(text, "de")[i] > 0


def test_a_critic_s_rhetorical_questions_keep_the_judgement() -> None:
    """Two short questions in a critic's own first person make no interview: the judging words still count."""
    text = (
        "Was will dieser Film?\n"
        "Ich habe es nach zwei Stunden nicht herausgefunden. Die Bilder sind schön, die Darsteller großartig.\n"
        "Und warum ist er so lang?\n"
        "Ich weiß es nicht. Ein schwacher, ärgerlicher Film, leider."
    )
    assert score(text, "de")[0]


def test_times_in_words_are_a_schedule() -> None:
    guide = (
        "8pm, BBC Two - The Glass Coast (drama, 2024). A lighthouse keeper's daughter finds a smuggling ring.\n"
        "9pm, ITV - Cold Hands (thriller, 2021). A detective hunts a killer across Yorkshire."
    )
    assert features(guide, "en")[FEATURES.index("schedule_lines")] == 1.0
    assert not score(guide, "en")[0]
