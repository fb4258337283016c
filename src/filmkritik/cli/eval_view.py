"""Tables for ``filmkritik eval``."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from filmkritik.cli.app import plural
from filmkritik.eval import Report


def _f(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def print_report(report: Report, console: Console, *, show_checks: bool = False) -> None:
    unread = f" ({len(report.errors)} more could not be read)" if report.errors else ""
    console.print(
        Text.assemble(
            (report.name, "bold"), f": {plural(report.reviews, 'review')}{unread}, {report.per_second:.1f} reviews/s"
        )
    )
    table = Table("field", "precision", "recall", "F1", "tp", "fp", "fn", box=None)
    if report.title_total:
        acc = report.title_right / report.title_total
        table.add_row(
            "title (accuracy)",
            "",
            "",
            _f(acc),
            str(report.title_right),
            "",
            str(report.title_total - report.title_right),
        )
    for name, c in report.fields.items():
        if not (c.tp or c.fp or c.fn):
            # Neither gold nor reader has this field: nothing was measured, which is not a score of 0.
            table.add_row(name, "-", "-", "-", "0", "0", "0")
            continue
        table.add_row(name, _f(c.precision), _f(c.recall), _f(c.f1), str(c.tp), str(c.fp), str(c.fn))
    console.print(table)
    if report.verdict_pairs:
        console.print(
            f"verdict: accuracy {_f(report.verdict_accuracy())}, macro-F1 {_f(report.verdict_macro_f1())} "
            f"(n={len(report.verdict_pairs)})"
        )
    if report.score_pairs:
        console.print(
            f"score vs rating: MAE {_f(report.score_mae(), 1)}, Spearman {_f(report.spearman())} (n={len(report.score_pairs)})"
        )
    if report.checks:
        passed = sum(ok for _, ok in report.checks)
        console.print(f"checks: {passed}/{len(report.checks)} passed")
        for name, ok in report.checks:
            if show_checks or not ok:
                console.print(f"  {'ok  ' if ok else 'FAIL'} {name}", markup=False)
    for error in report.errors:
        # The message is the reader's (it may hold brackets): printed as it is, after a styled label.
        console.print("[red]error[/red] ", end="")
        console.print(error, markup=False)
    console.print()
