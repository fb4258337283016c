"""Placeholder verdict."""

from __future__ import annotations

from filmkritik.model import Verdict
from filmkritik.read.analysis import Analysis


def annotate(analysis: Analysis) -> None:
    analysis.record.verdict = Verdict(score=50, label="mixed", confidence=0.0, source="inferred")
