"""The score distribution of a film's reviews as a small server-rendered SVG.

Ten bars of ten points each; every bar is stacked by Metacritic band, so the bar
for 60-69 shows a score of 60 as mixed and 61-69 as positive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

from filmkritik.model import score_label

BANDS = ("negative", "mixed", "positive")
_WIDTH, _HEIGHT = 320, 140
_LEFT, _BOTTOM, _TOP = 24, 22, 8


@dataclass(frozen=True)
class Bin:
    low: int
    high: int
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def band(score: float | None) -> str:
    """The CSS band of a score: positive (green) >= 61, mixed (yellow) 40-60, negative (red) <= 39."""
    if score is None:
        return "none"
    return score_label(score)


def bins(scores: Iterable[float]) -> list[Bin]:
    """Counts per ten-point bin (the last bin is 90-100) and band."""
    result = [Bin(low, low + 9 if low < 90 else 100, dict.fromkeys(BANDS, 0)) for low in range(0, 100, 10)]
    for score in scores:
        value = min(100.0, max(0.0, float(score)))
        index = min(9, int(value // 10))
        result[index].counts[score_label(round(value))] += 1
    return result


def distribution_svg(scores: Iterable[float], label: str, axis: str) -> Markup:
    """An accessible SVG bar chart of ``scores`` (0-100); ``label`` and ``axis`` are UI strings."""
    data = bins(scores)
    tallest = max((b.total for b in data), default=0) or 1
    plot_w = _WIDTH - _LEFT - 4
    plot_h = _HEIGHT - _BOTTOM - _TOP
    bar_w = plot_w / len(data)
    parts = [
        f'<svg class="plot" viewBox="0 0 {_WIDTH} {_HEIGHT}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>',
        f'<line class="axis" x1="{_LEFT}" y1="{_TOP + plot_h}" x2="{_WIDTH - 4}" y2="{_TOP + plot_h}"/>',
        f'<text class="tick" x="{_LEFT - 4}" y="{_TOP + 8}" text-anchor="end">{tallest}</text>',
        f'<text class="tick" x="{_LEFT - 4}" y="{_TOP + plot_h}" text-anchor="end">0</text>',
    ]
    for i, b in enumerate(data):
        x = _LEFT + i * bar_w + 2
        y = float(_TOP + plot_h)
        for name in BANDS:
            count = b.counts[name]
            if not count:
                continue
            h = plot_h * count / tallest
            y -= h
            parts.append(
                f'<rect class="bar b-{name}" x="{x:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" height="{h:.1f}">'
                f"<title>{b.low}–{b.high}: {count}</title></rect>"
            )
        parts.append(
            f'<text class="tick" x="{x + (bar_w - 4) / 2:.1f}" y="{_HEIGHT - 8}" text-anchor="middle">{b.low}</text>'
        )
    parts.append(f'<text class="tick" x="{_WIDTH - 4}" y="{_HEIGHT - 0.5}" text-anchor="end">{escape(axis)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
