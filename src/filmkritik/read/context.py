"""Placeholder: filled in by the context component work."""

from __future__ import annotations

from filmkritik.read.analysis import Analysis


def annotate(analysis: Analysis) -> None:
    return None
