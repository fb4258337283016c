"""The ``pretty`` view of a record: facts, verdict, warnings and evidence, for a person."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from filmkritik.ingest.controls import without_controls
from filmkritik.model import Evidence, ReviewRecord


def _quote(record: ReviewRecord, evidence: Evidence, width: int = 110) -> str:
    if not evidence:
        return ""
    start, end = evidence[0]
    snippet = " ".join(without_controls(record.text[start:end]).split())
    return snippet if len(snippet) <= width else snippet[: width - 1] + "…"


def _plain(value: str) -> str:
    """A string of the record as shown: no control character or escape (a record saved by an older version, a
    file name), which would ring, move the cursor or hide letters on the terminal."""
    return without_controls(value)


def render(record: ReviewRecord, console: Console) -> None:
    film = record.film
    src = record.source.path or record.source.url or "input"
    title = film.title.text if film.title else "(title not found)"
    header = Text.assemble((_plain(title), "bold"), f"  [{record.language}]  {_plain(src)}")
    console.print(header)
    review = record.is_review
    console.print(f"review: {'yes' if review.value else 'no'} (confidence {review.confidence:.2f})")

    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("fact")
    table.add_column("value")
    table.add_column("evidence", style="dim", overflow="fold")

    def row(name: str, value: str, evidence: Evidence) -> None:
        # Text, not markup: a title like "[REC]" or a quote with "[/...]" is shown as written, never parsed.
        table.add_row(Text(name), Text(_plain(value)), Text(_quote(record, evidence)))

    if film.original_title:
        row("original title", film.original_title.text, film.original_title.evidence)
    for t in film.local_titles:
        row(f"title ({t.language})", t.text, t.evidence)
    if film.year:
        row("year", str(film.year.value), film.year.evidence)
    for d in film.directors:
        row("director", d.name + (f" ({d.nationality})" if d.nationality else ""), d.evidence)
    for credit in film.cast:
        row("cast", f"{credit.actor} as {credit.character}", credit.evidence)
    cast_actors = {c.actor for c in film.cast}
    for actor in film.actors:
        if actor.name not in cast_actors:
            row("actor", actor.name, actor.evidence)
    for p in film.writers:
        row("writer", p.name, p.evidence)
    for p in film.composers:
        row("composer", p.name, p.evidence)
    if film.distributor:
        row("distributor", film.distributor.name, film.distributor.evidence)
    for country in film.countries:
        row("country", country.name, country.evidence)
    for f in film.festivals:
        row("festival", f.name + (f" ({f.role})" if f.role else ""), f.evidence)
    for s in film.settings:
        row("setting", s.name, s.evidence)
    for m in record.mentions:
        row(
            "mentions",
            m.title + (f" ({m.year})" if m.year else "") + (f", {m.relation}" if m.relation else ""),
            m.evidence,
        )
    for mv in record.movements:
        row("movement", mv.name, mv.evidence)
    console.print(table)

    verdict = record.verdict
    if verdict:
        colour = {"positive": "green", "mixed": "yellow", "negative": "red"}[verdict.label]
        console.print(
            Text.assemble(
                "verdict: ",
                (f"{verdict.score}/100 {verdict.label}", f"bold {colour}"),
                f"  ({verdict.source}, confidence {verdict.confidence:.2f})",
            )
        )
        if verdict.explicit:
            prose = f"; the prose alone reads {verdict.inferred_score}" if verdict.inferred_score is not None else ""
            console.print(
                f"  rating: {_plain(verdict.explicit.text)!r} = {verdict.explicit.value:g}/{verdict.explicit.best:g}{prose}",
                markup=False,
            )
        for a in verdict.aspects:
            sign = "+" if a.polarity == "positive" else "-"
            console.print(f"  {sign} {a.aspect}: {_quote(record, a.evidence)}", markup=False)
        if verdict.pull_quote:
            console.print(f"  pull quote: “{_plain(verdict.pull_quote.text)}”", markup=False)
    for w in record.warnings:
        console.print(Text.assemble(("warning", "yellow"), f" {w.kind}: {_plain(w.message)}"))
