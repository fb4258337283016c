"""English critics' judgement words (issue 3, round 9 English): a wider critics' vocabulary read by the
lean, critics' idioms, negation with its real reach, denied top praise as a hedge, and "best" where it
judges nothing. Every sentence is invented; fictional films and people."""

from __future__ import annotations

from filmkritik.read import opinion, sentiment, verdict
from reading_support import judged, judging_items


def _items(text: str) -> list[opinion.Sentence]:
    return judging_items(text, "en")


def _judged(sentence: str) -> float:
    return judged(sentence, "en")


# --- vocabulary (the lean's only, not the trained model's features) ---


def test_critics_praise_outside_the_model_vocabulary_is_read() -> None:
    assert _judged("Marta Lund gives a career-best, unshowy performance in this tender, lived-in drama.") > 1.0
    assert _judged("Harlan Voss is magnetic, and the film is deft and observant.") > 1.0


def test_critics_blame_outside_the_model_vocabulary_is_read() -> None:
    assert _judged("The Brass Lantern is a ponderous, derivative slog.") < -1.0
    assert _judged("The plotting is lazy, the dialogue risible and the villains cardboard.") < -1.0


def test_the_new_words_stay_out_of_the_trained_models_lexicon() -> None:
    assert "ponderous" not in sentiment.critic_words("en")
    assert "ponderous" in sentiment.judgement_words("en")
    assert "ponderous" not in sentiment.lexicon("en")


def test_a_revelation_is_praise_but_plot_revelations_are_not() -> None:
    assert _judged("Newcomer Ivo Brandt is a revelation as the young ferryman.") > 0.5
    assert _judged("The second half piles up revelations about the family farm.") == 0


# --- idioms ---


def test_recommendations_read_as_praise() -> None:
    assert _judged("Seek it out.") > 0.5
    assert _judged("The Tin Orchard is well worth the trip.") > 0.5
    assert _judged("It stays with you for days.") > 0.5
    assert _judged("It is great fun from start to finish.") > 0.5


def test_pans_in_idiom_read_as_faults() -> None:
    assert _judged("Give it a miss.") < -0.5
    assert _judged("The big comic set piece lands with a thud.") < -0.5
    assert _judged("Halfway through, the caper runs out of steam.") < -0.5
    assert _judged("The remake is a missed opportunity.") < -0.5
    assert _judged("Even a game cast can't save this leaden farce.") < -0.5


def test_the_film_not_the_actor_is_faulted_when_an_actor_deserves_a_better_film() -> None:
    assert _judged("The wonderful Ada Crane deserves a better film than this one.") < 0


def test_never_quite_is_a_hedge() -> None:
    assert _judged("The thriller never quite finds its rhythm.") < 0
    assert _judged("The thriller never quite finds its rhythm.") > -0.5


def test_craft_with_an_adverb_is_judged() -> None:
    assert _judged("The Salt Bride is handsomely shot and decently acted.") > 0.5
    assert _judged("The middle act is clumsily staged.") < -0.5


def test_faint_structures_read_as_faults() -> None:
    assert _judged("For a heist film, it is oddly short on surprises.") < 0
    assert _judged("The script never goes anywhere unexpected.") < 0
    assert _judged("By the third act the comedy runs aground.") < 0


# --- negation with its reach, denied top praise ---


def test_without_ever_denies_a_fault_several_words_on() -> None:
    assert _judged("The film handles grief without ever becoming mawkish.") > 0


def test_far_from_and_anything_but_deny_praise() -> None:
    assert _judged("The ending is far from convincing.") < 0


def test_denied_top_praise_is_a_hedge_not_a_pan() -> None:
    hedge = _judged("It is not a masterpiece.")
    assert -0.4 < hedge < 0


# --- "best" where it judges nothing ---


def test_best_in_phrases_that_judge_nothing_is_not_praise() -> None:
    assert _judged("Rafe Olin plays the groom's best friend.") == 0
    assert _judged("Kira Moss, doing her best with the part, plays the sheriff.") == 0
    assert _judged("The clown gets the best lines.") == 0


def test_the_best_thing_in_a_pan_is_no_praise_of_the_film() -> None:
    assert _judged("The best thing in the picture is the dog.") == 0


# --- the reader as a whole ---


def test_a_critics_pan_in_idiom_reads_negative_and_a_rave_positive() -> None:
    pan = (
        "Nobody will remember The Copper Gate. The plotting is lazy, the dialogue risible and the villain "
        "cardboard. The big finale lands with a thud, and even a game cast can't save it. Give it a miss."
    )
    rave = (
        "Marta Lund gives a career-best performance in The Quiet Mill, a tender, lived-in drama about a "
        "family bakery. The director is deft and observant, and the film stays with you. Seek it out."
    )
    assert verdict.infer_score(pan, "en", _items(pan))[0] < 40
    assert verdict.infer_score(rave, "en", _items(rave))[0] > 60


def test_original_and_moving_as_plain_description_are_no_praise() -> None:
    assert _judged("The original title, for the record, is Nocturno.") == 0
    assert _judged("Fans of the original will wince.") == 0
    assert _judged("Production company: Larkspur Moving Pictures") == 0
    assert _judged("It is a wholly original film.") > 0.5


def test_the_english_reader_table_scores_each_english_round_and_the_pool() -> None:
    from filmkritik.train import critic_head

    def page(group: str, gold: str, score: int) -> critic_head.Page:
        return critic_head.Page("x", group, gold, None, 50.0, score, 0.0, 0.0, (39, 61))

    pages = [page("R1", "positive", 70), page("R1", "negative", 50), page("R8", "mixed", 50)]
    table = critic_head.reader_table(pages, tuple(critic_head.EN_ROUNDS))
    assert table["R1"]["accuracy"] == 0.5
    assert table["R8"]["accuracy"] == 1.0
    assert table["pooled"]["n"] == 3
    fixtures = critic_head.FIXTURES / "heldout"
    assert all((fixtures / f"{name}.jsonl").exists() for names in critic_head.EN_ROUNDS.values() for name in names)
