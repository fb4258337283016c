"""Verdict round 19 (docs/preregistrations/verdict-round19.md): the one-edge band detectors' measuring code.

Synthetic pages only (no fixture page is read here): the dual solver is scikit-learn's liblinear problem, the
detectors move one band in one direction, a held-out file is read by a detector that never saw it, and the
owned page files are the ones the preregistration names. Nothing of round 19 reads in the reader (both languages
failed their rule), so there is no switch to test.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from filmkritik.train import critic_text
from filmkritik.train import verdict_round19 as r19

Page = critic_text.Page


def _page(group: str, gold: str, shown: int, words: list[int], numbers: list[float] | None = None) -> Page:
    return Page(
        group, gold, shown, 0.5, [words, [w + 1000 for w in words], []], numbers or [50.0, 0.0, 50.0, float(shown)]
    )


def _synthetic(code: str, seed: int = 7) -> list[Page]:
    """Six files; in each, pages shown in the detector's band whose word 5 says the critic meant the other band."""
    rng = random.Random(seed)
    band, _, wanted = r19.DETECTORS[code]
    shown_in = {"mixed": 55, "positive": 66}[band]
    other = {"de": "mixed", "en": "positive"}[code]
    pages = []
    for g in range(6):
        for k in range(12):
            hit = k % 3 == 0
            gold = sorted(wanted)[0] if hit else other
            words = [5, rng.randrange(10, 60)] if hit else [rng.randrange(10, 60), rng.randrange(60, 90)]
            pages.append(_page(f"heldout/{code}{g}.jsonl", gold, shown_in, words))
        pages.append(_page(f"heldout/{code}{g}.jsonl", "negative", 20, [5, 6]))  # outside the band: never moves
    return pages


@pytest.mark.parametrize("c", [0.1, 1.0, 10.0])
def test_dual_solver_is_liblinears_problem(c: float) -> None:
    pages = _synthetic("de")
    detector = r19.fit(pages, "de", c)
    kernel = r19.Kernel(pages, "de")
    every = np.arange(len(kernel.rows))
    assert detector is not None
    expected = detector.probability([kernel.pages[i] for i in kernel.rows])
    assert np.allclose(kernel.probability(every, every, c), expected, atol=2e-3)


def test_solve_matches_a_primal_newton_fit() -> None:
    rng = np.random.default_rng(0)
    x = np.hstack([rng.normal(size=(40, 5)), np.ones((40, 1))])
    y = (x[:, 0] + 0.5 * rng.normal(size=40) > 0).astype(float)
    a = r19.solve(x @ x.T, y, 1.0)
    w = x.T @ a
    # the primal gradient of 0.5 |w|^2 + sum log(1 + exp(-s w.x)) vanishes at the optimum
    s = 2 * y - 1
    grad = w - x.T @ (s / (1 + np.exp(s * (x @ w))))
    assert np.abs(grad).max() < 1e-6


@pytest.mark.parametrize("code", ["de", "en"])
def test_detector_moves_one_band_one_way(code: str) -> None:
    pages = _synthetic(code)
    detector = r19.fit(pages, code, 10.0)
    labels = r19.labels_with(detector, pages, code)
    band, moved_to, _ = r19.DETECTORS[code]
    for page, label in zip(pages, labels, strict=True):
        if label != page.read:
            assert page.read == band
            assert label == critic_text.score_label(moved_to)
    assert any(label != p.read for p, label in zip(pages, labels, strict=True))
    assert all(label == p.read for p, label in zip(pages, labels, strict=True) if p.shown == 20)


def test_moved_scores_sit_at_the_band_edge() -> None:
    assert critic_text.score_label(r19.DETECTORS["de"][1]) == "positive" and r19.DETECTORS["de"][1] == 61
    assert critic_text.score_label(r19.DETECTORS["en"][1]) == "mixed" and r19.DETECTORS["en"][1] == 60


def test_population() -> None:
    assert r19.in_population(_page("g", "positive", 50, [1]), "de")
    assert not r19.in_population(_page("g", "positive", 61, [1]), "de")
    assert r19.in_population(_page("g", "mixed", 61, [1]), "en")
    assert not r19.in_population(_page("g", "mixed", 60, [1]), "en")
    no_inputs = Page("g", "mixed", 50, 0.5, None, None)
    not_review = Page("g", "mixed", None, 0.0, None, None)
    assert not r19.in_population(no_inputs, "de") and not r19.in_population(not_review, "de")


def test_held_out_file_read_by_a_detector_that_never_saw_it() -> None:
    # only file 0 says "positive" with word 7; the others never use it: out of writer it cannot move file 0's pages
    pages = []
    for g in range(4):
        for k in range(10):
            gold = "positive" if k % 2 else "mixed"
            said = ([7, 300 + k] if g == 0 else [5, 100 + k]) if gold == "positive" else [200 + k]
            pages.append(_page(f"f{g}", gold, 55, said))
    labels, penalties = r19.leave_one_file_out(pages, "de", lambda message: None)
    assert set(penalties) == {"f0", "f1", "f2", "f3"}
    fitted_on_all = r19.labels_with(r19.fit(pages, "de", 10.0), pages, "de")
    file0 = [i for i, p in enumerate(pages) if p.group == "f0"]
    assert any(fitted_on_all[i] == "positive" for i in file0)  # in-sample it learns file 0's word ...
    assert all(labels[i] == "mixed" for i in file0)  # ... out of writer it cannot


def test_penalty_ties_go_to_the_smaller() -> None:
    # one class only in every file's training pages: no detector, every penalty reads the same
    pages = [_page(f"f{g}", "mixed", 55, [g]) for g in range(3)]
    assert r19.choose_penalty(pages, "de") == min(r19.PENALTIES)


def test_macro_f1_is_sklearns() -> None:
    from sklearn.metrics import f1_score

    rng = random.Random(3)
    labels = [*r19.LABELS, "none"]
    gold = [rng.choice(r19.LABELS) for _ in range(200)]
    read = [rng.choice(labels) for _ in range(200)]
    expected = f1_score(gold, read, labels=list(r19.LABELS), average="macro", zero_division=0)
    assert r19.macro_f1(gold, read) == pytest.approx(expected)


def test_owned_page_files() -> None:
    de, en = r19.page_files("de"), r19.page_files("en")
    assert len(de) == 36 and len(en) == 34
    names = {r19.group_name(p) for p in de + en}
    assert {
        "verdict_de/critics18.jsonl",
        "heldout/de24.jsonl",
        "verdict_en/critics18.jsonl",
        "heldout/en24.jsonl",
    } <= names
    assert all(name.split("/")[-1] in {p.name for p in de + en} for name in r19.INDEPENDENT)


def test_sets_written_in_a_later_session_do_not_change_a_rounds_pages(tmp_path: Path) -> None:
    """A round's figures reproduce after the sets sealed while it measured (and later ones) are committed."""
    for name in (
        "verdict_en/critics17.jsonl",
        "verdict_en/critics19.jsonl",
        "heldout/en24.jsonl",
        "heldout/en25.jsonl",
    ):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [r19.group_name(p) for p in r19.page_files("en", tmp_path)] == [
        "verdict_en/critics17.jsonl",
        "heldout/en24.jsonl",
    ]
