"""The record types: one review in, one :class:`ReviewRecord` out.

The shape follows the record contract version 1 in PRODUCT.md. Every fact carries
``evidence``: a list of ``[start, end)`` character offsets into ``ReviewRecord.text``,
so a UI can highlight the sentence a claim came from.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

SCHEMA = "filmkritik.review/1"

Span = tuple[int, int]
Evidence = list[Span]
Label = Literal["positive", "mixed", "negative"]
Polarity = Literal["positive", "negative"]


@dataclass
class Source:
    kind: str = "text"  # text | html | url | feed | warc | corpus
    path: str | None = None
    url: str | None = None
    sha256: str = ""
    headline: str | None = None
    author: str | None = None
    site: str | None = None
    published: str | None = None


@dataclass
class Confidence:
    value: bool
    confidence: float


@dataclass
class TextFact:
    text: str
    evidence: Evidence = field(default_factory=list)


@dataclass
class LocalTitle:
    text: str
    language: str
    evidence: Evidence = field(default_factory=list)


@dataclass
class YearFact:
    value: int
    evidence: Evidence = field(default_factory=list)


@dataclass
class Director:
    name: str
    nationality: str | None = None
    evidence: Evidence = field(default_factory=list)


@dataclass
class CastCredit:
    character: str
    actor: str
    evidence: Evidence = field(default_factory=list)


@dataclass
class Person:
    name: str
    evidence: Evidence = field(default_factory=list)


@dataclass
class Named:
    name: str
    evidence: Evidence = field(default_factory=list)


@dataclass
class Festival:
    name: str
    role: str | None = None
    year: int | None = None
    evidence: Evidence = field(default_factory=list)


@dataclass
class Film:
    title: TextFact | None = None
    original_title: TextFact | None = None
    local_titles: list[LocalTitle] = field(default_factory=list)
    year: YearFact | None = None
    directors: list[Director] = field(default_factory=list)
    cast: list[CastCredit] = field(default_factory=list)
    actors: list[Person] = field(default_factory=list)
    writers: list[Person] = field(default_factory=list)
    composers: list[Person] = field(default_factory=list)
    distributor: Named | None = None
    countries: list[Named] = field(default_factory=list)
    festivals: list[Festival] = field(default_factory=list)
    settings: list[Named] = field(default_factory=list)


@dataclass
class Mention:
    title: str
    year: int | None = None
    relation: str | None = None
    evidence: Evidence = field(default_factory=list)


@dataclass
class ExplicitRating:
    text: str
    value: float
    best: float
    worst: float = 0.0
    evidence: Evidence = field(default_factory=list)

    @property
    def score(self) -> int:
        """The rating on the 0-100 scale."""
        span = self.best - self.worst
        if span <= 0:
            return 0
        return round(100 * (self.value - self.worst) / span)


@dataclass
class Aspect:
    aspect: str
    polarity: Polarity
    evidence: Evidence = field(default_factory=list)


@dataclass
class Verdict:
    score: int
    label: Label
    confidence: float
    source: Literal["explicit", "inferred"]
    explicit: ExplicitRating | None = None
    inferred_score: int | None = None
    aspects: list[Aspect] = field(default_factory=list)
    pull_quote: TextFact | None = None


@dataclass
class Warning:
    kind: str
    message: str
    evidence: Evidence = field(default_factory=list)


@dataclass
class ReviewRecord:
    text: str
    source: Source = field(default_factory=Source)
    language: str = "und"
    is_review: Confidence = field(default_factory=lambda: Confidence(True, 0.5))
    film: Film = field(default_factory=Film)
    mentions: list[Mention] = field(default_factory=list)
    movements: list[Named] = field(default_factory=list)
    verdict: Verdict | None = None
    warnings: list[Warning] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, in the contract's key order."""
        data = _plain(self)
        first = ("schema", "source", "language", "text")
        ordered = {key: data.pop(key) for key in first}
        ordered.update(data)
        return ordered

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewRecord:
        """Rebuild a record from :meth:`to_dict` output (e.g. a stored or batch record)."""
        return _build(cls, data)


def score_label(score: float) -> Label:
    """Metacritic's bands: positive >= 61, negative <= 39, mixed between."""
    if score >= 61:
        return "positive"
    if score <= 39:
        return "negative"
    return "mixed"


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _build(cls: Any, data: Any) -> Any:
    """Inverse of :func:`_plain` for the record's dataclasses (types read from annotations)."""
    hints = _field_types(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        kwargs[f.name] = _coerce(hints[f.name], data[f.name])
    return cls(**kwargs)


@cache
def _field_types(cls: Any) -> dict[str, Any]:
    # Resolving string annotations is slow; batch and the knowledge base rebuild many records.
    return typing.get_type_hints(cls)


def _coerce(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _coerce(args[0], value) if len(args) == 1 else value
    if origin is list:
        (inner,) = typing.get_args(tp)
        return [_coerce(inner, v) for v in value]
    if origin is tuple:
        return tuple(value)
    if dataclasses.is_dataclass(tp):
        return _build(tp, value)
    return value
