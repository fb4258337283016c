"""Evaluation of the reader on gold files (``filmkritik eval``)."""

from filmkritik.eval.gold import GoldReview, load_gold
from filmkritik.eval.score import Report, evaluate

__all__ = ["GoldReview", "Report", "evaluate", "load_gold"]
