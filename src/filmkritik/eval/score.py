"""Scoring the reader against gold: per-field precision / recall / F1, verdicts, speed."""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from filmkritik.eval.gold import GoldReview
from filmkritik.model import ReviewRecord

LABELS = ("negative", "mixed", "positive")

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_QUOTES = {ord(c): "'" for c in "‘’‚‛´`"} | {ord(c): '"' for c in "“”„‟«»"}


def norm(value: str) -> str:
    """Case-insensitive comparison form: NFKC, dashes and quotes unified, spaces collapsed."""
    value = unicodedata.normalize("NFKC", value)
    value = _DASHES.sub("-", value).translate(_QUOTES)
    return " ".join(value.split()).casefold()


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Iterable[Any], gold: Iterable[Any]) -> None:
        p, g = set(predicted), set(gold)
        self.tp += len(p & g)
        self.fp += len(p - g)
        self.fn += len(g - p)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    name: str
    reviews: int = 0
    seconds: float = 0.0
    fields: dict[str, Counts] = field(default_factory=dict)
    title_right: int = 0
    title_total: int = 0
    verdict_pairs: list[tuple[str, str]] = field(default_factory=list)
    score_pairs: list[tuple[float, float]] = field(default_factory=list)
    checks: list[tuple[str, bool]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return self.reviews / self.seconds if self.seconds else 0.0

    def counts(self, name: str) -> Counts:
        return self.fields.setdefault(name, Counts())

    def verdict_accuracy(self) -> float | None:
        if not self.verdict_pairs:
            return None
        return sum(p == g for p, g in self.verdict_pairs) / len(self.verdict_pairs)

    def verdict_macro_f1(self) -> float | None:
        if not self.verdict_pairs:
            return None
        scores = []
        for label in LABELS:
            c = Counts()
            c.tp = sum(p == label and g == label for p, g in self.verdict_pairs)
            c.fp = sum(p == label and g != label for p, g in self.verdict_pairs)
            c.fn = sum(p != label and g == label for p, g in self.verdict_pairs)
            if c.tp + c.fn:  # labels absent from gold do not count
                scores.append(c.f1)
        return sum(scores) / len(scores) if scores else None

    def score_mae(self) -> float | None:
        if not self.score_pairs:
            return None
        return sum(abs(p - g) for p, g in self.score_pairs) / len(self.score_pairs)

    def spearman(self) -> float | None:
        if len(self.score_pairs) < 3:
            return None
        from scipy.stats import spearmanr

        pred, gold = zip(*self.score_pairs, strict=True)
        if len(set(pred)) < 2 or len(set(gold)) < 2:
            return None
        value = spearmanr(pred, gold).statistic
        return None if value != value else float(value)  # NaN when constant

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.name,
            "reviews": self.reviews,
            "reviews_per_second": round(self.per_second, 1),
            "title_accuracy": round(self.title_right / self.title_total, 3) if self.title_total else None,
            "fields": {
                k: {
                    "precision": round(c.precision, 3),
                    "recall": round(c.recall, 3),
                    "f1": round(c.f1, 3),
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                }
                for k, c in self.fields.items()
            },
            "verdict_accuracy": _r(self.verdict_accuracy()),
            "verdict_macro_f1": _r(self.verdict_macro_f1()),
            "verdict_n": len(self.verdict_pairs),
            "score_mae": _r(self.score_mae()),
            "score_spearman": _r(self.spearman()),
            "score_n": len(self.score_pairs),
            "checks": [{"check": c, "ok": ok} for c, ok in self.checks],
            "errors": self.errors,
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def label_for(score: float, cutoffs: tuple[float, float]) -> str:
    low, high = cutoffs
    if score <= low:
        return "negative"
    if score >= high:
        return "positive"
    return "mixed"


def evaluate(
    name: str,
    golds: list[GoldReview],
    reader: Callable[[str], ReviewRecord],
    *,
    strip_rating: bool = False,
) -> Report:
    """Read every gold text with ``reader`` and compare; ``strip_rating`` removes rating lines."""
    report = Report(name=name)
    for gold in golds:
        text = gold.text
        if strip_rating and gold.rating_line:
            text = text.replace(gold.rating_line, "")
        started = time.perf_counter()
        try:
            record = reader(text)
        except Exception as error:  # a crash is a finding: report it and go on
            report.errors.append(f"{gold.id}: {type(error).__name__}: {error}")
            continue
        finally:
            report.seconds += time.perf_counter() - started
        report.reviews += 1
        compare(report, gold, record)
    return report


def compare(report: Report, gold: GoldReview, record: ReviewRecord) -> None:
    film = record.film
    if gold.film_title is not None:
        report.title_total += 1
        report.title_right += bool(film.title and norm(film.title.text) == norm(gold.film_title))
    if gold.directors is not None:
        report.counts("directors").add({norm(d.name) for d in film.directors}, {norm(d) for d in gold.directors})
    if gold.actors is not None:
        report.counts("actors").add({norm(a.name) for a in film.actors}, {norm(a) for a in gold.actors})
    if gold.cast is not None:
        report.counts("cast").add(
            {(norm(c.character), norm(c.actor)) for c in film.cast},
            {(norm(c), norm(a)) for c, a in gold.cast},
        )
    if gold.film_title is not None:
        report.counts("original_title").add(
            {norm(film.original_title.text)} if film.original_title else set(),
            {norm(gold.original_title)} if gold.original_title else set(),
        )
        report.counts("year").add({film.year.value} if film.year else set(), {gold.year} if gold.year else set())
    verdict = record.verdict
    if gold.verdict is not None:
        predicted = label_for(verdict.score, gold.cutoffs) if verdict else "none"
        report.verdict_pairs.append((predicted, gold.verdict))
        if gold.score_range and verdict:
            low, high = gold.score_range
            report.checks.append((f"{gold.id}: score {verdict.score} in {low}-{high}", low <= verdict.score <= high))
    if gold.rating_score is not None and verdict is not None:
        report.score_pairs.append((float(verdict.score), gold.rating_score))
    if gold.extra:
        report.checks.extend(seed_checks(gold.extra, record))


def seed_checks(gold: dict[str, Any], record: ReviewRecord) -> list[tuple[str, bool]]:
    """The single-review format's richer facts, each a named pass/fail check."""
    film, g = record.film, gold.get("film", {})
    checks: list[tuple[str, bool]] = []
    locals_ = {norm(t.text) for t in film.local_titles}
    for title in g.get("local_titles", []):
        checks.append((f"local title {title!r}", norm(title) in locals_))
    for person, country in g.get("director_nationality", {}).items():
        nationalities = {norm(d.name): d.nationality for d in film.directors}
        checks.append((f"nationality of {person} = {country}", nationalities.get(norm(person)) == country))
    if g.get("distributor"):
        distributor = film.distributor.name if film.distributor else None
        ok = distributor is not None and norm(distributor) == norm(g["distributor"])
        checks.append((f"distributor {g['distributor']!r}", ok))
    for fest in g.get("festivals", []):
        ok = any(norm(f.name) == norm(fest["name"]) and (f.role or "") == fest.get("role", "") for f in film.festivals)
        checks.append((f"festival {fest['name']} ({fest.get('role')})", ok))
    for place in g.get("settings", []):
        checks.append((f"setting {place!r}", any(norm(s.name) == norm(place) for s in film.settings)))
    for mention in gold.get("mentions", []):
        ok = any(norm(m.title) == norm(mention["title"]) and m.year == mention.get("year") for m in record.mentions)
        checks.append((f"mention {mention['title']!r} ({mention.get('year')})", ok))
    for movement in gold.get("movements", []):
        checks.append((f"movement {movement!r}", any(norm(m.name) == norm(movement) for m in record.movements)))
    if "is_review" in gold:
        checks.append(("is_review", record.is_review.value == gold["is_review"]))
    verdict = record.verdict
    for aspect in (gold.get("verdict") or {}).get("aspects", []):
        ok = bool(verdict) and any(
            a.aspect == aspect["aspect"] and a.polarity == aspect["polarity"] and a.evidence
            for a in (verdict.aspects if verdict else [])
        )
        checks.append((f"aspect {aspect['aspect']} {aspect['polarity']}", ok))
    for warning in gold.get("warnings", []):
        ok = any(w.kind == warning["kind"] and norm(warning["found"]) in norm(w.message) for w in record.warnings)
        checks.append((f"warning {warning['kind']} {warning.get('found')!r}", ok))
    must_not = gold.get("must_not", {})
    persons = {norm(a.name) for a in film.actors} | {norm(d.name) for d in film.directors}
    persons |= {norm(c.actor) for c in film.cast}
    for name in must_not.get("persons", []):
        checks.append((f"not a person: {name!r}", norm(name) not in persons))
    titles = {norm(t.text) for t in [film.title, film.original_title] if t} | locals_
    for name in must_not.get("film_titles", []):
        checks.append((f"not the film's title: {name!r}", norm(name) not in titles))
    checks.append(("evidence offsets valid", evidence_valid(record)))
    return checks


def evidence_valid(record: ReviewRecord) -> bool:
    """Every evidence span in the record lies inside ``record.text``."""
    n = len(record.text)

    def walk(value: Any) -> bool:
        if isinstance(value, dict):
            ev = value.get("evidence")
            if ev is not None and not all(0 <= s < e <= n for s, e in ev):
                return False
            return all(walk(v) for v in value.values())
        if isinstance(value, list):
            return all(walk(v) for v in value)
        return True

    return walk(record.to_dict())
