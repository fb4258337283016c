"""Placeholder: is this text a film review?"""

from __future__ import annotations

from filmkritik.model import Confidence
from filmkritik.read.analysis import Analysis


def annotate(analysis: Analysis) -> None:
    analysis.record.is_review = Confidence(True, 0.5)
