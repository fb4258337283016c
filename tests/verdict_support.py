"""Helpers shared by the verdict tests: the reader's label of a page read as prose only."""

from __future__ import annotations

from filmkritik import read_text
from filmkritik.model import score_label
from filmkritik.read import opinion, sentiment


def prose_only_label(text: str) -> str:
    """The reader's label of ``text`` read as prose: an explicit rating, if found, is ignored ("none" when the
    page gets no verdict, e.g. because it is not judged a review)."""
    found = read_text(text).to_dict().get("verdict") or {}
    score = found.get("inferred_score") if found.get("source") == "explicit" else found.get("score")
    return "none" if score is None else score_label(score)


def said(
    tokens: str,
    *,
    opinion_value: float = 1.0,
    closing: bool = False,
    counterfactual: bool = False,
    judged: float = 0.0,
) -> opinion.Sentence:
    """A sentence the critic says (its lower-case tokens, space-separated), as the opinion reader hands it on."""
    return opinion.Sentence(
        span=(0, len(tokens)),
        text=tokens,
        polarity=sentiment.Polarity(0.0, 0.0),
        opinion=opinion_value,
        closing=closing,
        counterfactual=counterfactual,
        tokens=tuple(tokens.split()),
        lowered=tokens,
        judged=judged,
    )
