"""Verdict round 22 (docs/preregistrations/round22-verdict.md): a subjectivity detector learned from Pang & Lee's
subjective extracts chooses (``G``, ``U``) or weighs (``W``) the sentences of the English judgement lean. Off by
default; ``FILMKRITIK_VERDICT_ROUND22`` switches it on for measuring. Every sentence here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from filmkritik.read import opinion, subjectivity, verdict
from filmkritik.train import subjectivity as train_subjectivity
from reading_support import seed_verdict
from seed_support import assert_seed_verdict
from verdict_support import said

_PRAISE = "i found the whole thing wonderfully alive and deeply moving"
_STORY = "the heroine is a brilliant chemist who moves to a small port town"
_WISH = "one wishes the second half had more of that nerve"


def _say(
    text: str, *, opinion_value: float, judged: float, closing: bool = False, wish: bool = False
) -> opinion.Sentence:
    return said(text, opinion_value=opinion_value, judged=judged, closing=closing, counterfactual=wish)


class _Stub(subjectivity.Detector):
    """A detector that reads the critic's "i found" as subjective and everything else as the story."""

    def __init__(self) -> None:
        super().__init__(np.zeros(1, dtype=np.float32), 0.0)

    def probability(self, text: str) -> float:
        return 0.9 if text.startswith("i found") else 0.1


def test_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(subjectivity.SWITCH, raising=False)
    assert not subjectivity.ON
    assert subjectivity.variant("en") is None and subjectivity.variant("de") is None


@pytest.mark.parametrize(
    ("raw", "found"),
    [
        ("", {}),
        ("en", {"en": subjectivity.DEFAULT_VARIANT["en"]}),
        ("en:w", {"en": "W"}),
        ("en:U", {"en": "U"}),
        ("en:X", {}),
        ("de", {}),  # German has no subjective extracts: the round is English only
        ("de:G,en:G", {"en": "G"}),
    ],
)
def test_the_switch(raw: str, found: dict[str, str]) -> None:
    assert subjectivity.parse_switch(raw) == found


def test_gate_counts_the_critics_sentences_not_the_story() -> None:
    # The story sentence carries a judgement word ("brilliant") and passes the hand-written opinion gate.
    items = [_say(_STORY, opinion_value=0.6, judged=0.8), _say(_PRAISE, opinion_value=0.2, judged=0.5)]
    stub = _Stub()
    shipped = opinion.judgement_lean(items, "en")
    assert shipped == pytest.approx(0.8 / 1.8)
    assert subjectivity.judgement_lean(items, "en", "G", stub) == pytest.approx(0.5 / 1.5)
    assert subjectivity.judgement_lean(items, "en", "U", stub) == pytest.approx(1.3 / 2.3)
    assert subjectivity.judgement_lean(items, "en", "W", stub) == pytest.approx(0.8 * 0.2 / (0.8 * 0.2 + 1))


def test_wishes_and_the_closing_paragraph_count_as_shipped() -> None:
    items = [
        _say(_WISH, opinion_value=0.0, judged=0.0, wish=True),
        _say(_PRAISE, opinion_value=0.9, judged=0.5, closing=True),
    ]
    stub = _Stub()
    assert subjectivity.judgement_lean(items, "en", "G", stub) == pytest.approx((-0.6 + 1.0) / (0.6 + 1.0 + 1))
    assert subjectivity.judgement_lean(items, "en", "U", stub) == pytest.approx(opinion.judgement_lean(items, "en"))


def test_without_a_detector_the_shipped_lean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(subjectivity.MODEL_SWITCH, "")
    if subjectivity.detector() is not None:
        pytest.skip("a detector ships")
    items = [_say(_STORY, opinion_value=0.6, judged=0.8)]
    assert subjectivity.judgement_lean(items, "en", "G") == opinion.judgement_lean(items, "en")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A detector fitted on a handful of invented sentences, saved as the trainer saves it."""
    said = [
        "i found it wonderfully alive",
        "frankly the film is a bore",
        "this is the best comedy of the year",
        "i admired the nerve of it",
        "what a tedious and empty exercise",
        "the acting is superb throughout",
    ]
    story = [
        "the heroine moves to a port town",
        "her brother runs a bakery by the harbour",
        "they travel north in an old truck",
        "a storm cuts the island off for a week",
        "the mayor hides a letter from the council",
        "two sisters inherit a farm",
    ]
    detector = train_subjectivity.fit(said + story, np.array([True] * 6 + [False] * 6))
    path = tmp_path_factory.mktemp("r22") / "detector.npz"
    subjectivity.save(detector, path)
    return path


def test_probability_is_the_trained_features(tiny: Path) -> None:
    detector = subjectivity.load(tiny)
    texts = ["i found the storm superb", "the brother runs north", "nothing of the kind here at all"]
    x = train_subjectivity.features(texts)
    expected = 1 / (1 + np.exp(-(x @ detector.weights.astype(np.float64) + detector.intercept)))
    assert [detector.probability(t) for t in texts] == pytest.approx(list(expected), abs=1e-6)
    assert detector.probability("i admired the acting") > 0.5 > detector.probability("a storm hides the farm")


def test_the_switch_reads_english_only(monkeypatch: pytest.MonkeyPatch, tiny: Path) -> None:
    text = "Ein durchaus gelungener Film, leider mit einem zähen Mittelteil. Die Kamera ist großartig."
    monkeypatch.delenv(subjectivity.SWITCH, raising=False)
    off = verdict.judgement_parts(text, "de", [_say(text.lower(), opinion_value=0.9, judged=0.4)])
    monkeypatch.setenv(subjectivity.SWITCH, "en:G")
    monkeypatch.setenv(subjectivity.MODEL_SWITCH, str(tiny))
    on = verdict.judgement_parts(text, "de", [_say(text.lower(), opinion_value=0.9, judged=0.4)])
    assert on == off


@pytest.mark.parametrize("raw", [None, "en:G", "en:U", "en:W"])
def test_the_seed_review_stays_mixed_with_its_aspects(
    monkeypatch: pytest.MonkeyPatch, tiny: Path, raw: str | None
) -> None:
    if raw is None:
        monkeypatch.delenv(subjectivity.SWITCH, raising=False)
    else:
        monkeypatch.setenv(subjectivity.SWITCH, raw)
        monkeypatch.setenv(subjectivity.MODEL_SWITCH, str(tiny))
    assert_seed_verdict(seed_verdict())
