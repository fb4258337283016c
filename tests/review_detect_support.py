"""The is-review rounds' shared checks: a page set's count of right decisions, one feature's value."""

from __future__ import annotations

from pathlib import Path

from filmkritik.read.review_detect import score
from filmkritik.read.review_features import FEATURES, features
from jsonl_support import jsonl_rows


def pages_right(path: Path, label: bool) -> tuple[int, int]:
    """How many of the pages in ``path`` labelled ``label`` (review or not) the detector decides right, of how many."""
    rows = [row for row in jsonl_rows(path) if row["is_review"] is label]
    right = sum(1 for row in rows if score(str(row["text"]), str(row["language"]))[0] is label)
    return right, len(rows)


def feature_value(text: str, language: str, name: str) -> float:
    """The value of the is-review feature called ``name`` for ``text``."""
    return features(text, language)[FEATURES.index(name)]
