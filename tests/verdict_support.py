"""Helpers shared by the verdict tests: the reader's label of a page read as prose only."""

from __future__ import annotations

from filmkritik import read_text
from filmkritik.model import score_label


def prose_only_label(text: str) -> str:
    """The reader's label of ``text`` read as prose: an explicit rating, if found, is ignored ("none" when the
    page gets no verdict, e.g. because it is not judged a review)."""
    found = read_text(text).to_dict().get("verdict") or {}
    score = found.get("inferred_score") if found.get("source") == "explicit" else found.get("score")
    return "none" if score is None else score_label(score)
