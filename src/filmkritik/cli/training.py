"""CLI commands of the training area: ``filmkritik train verdict``, ``train snippets``, ``train snippet-posterior``
and ``train review-detect``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from filmkritik.cli.app import app, check_out, err, friendly, out, plural

train_app = typer.Typer(help="Train filmkritik's models from the shared data folder.", no_args_is_help=True)
app.add_typer(train_app, name="train")

_DEFAULT_SHARED = Path("../shared")

# The options every trainer takes, said once so that their help reads the same in each command.
SharedFolder = Annotated[
    Path,
    # (readable=False on each folder: typer's check is a usage box; the trainer's own error is one line)
    typer.Option(
        "--shared", help="The shared data folder (data/pang-lee, data/de-dvd-reviews, data/lexicons).", readable=False
    ),
]
OutFolder = Annotated[
    str | None,
    typer.Option("--out", help="Where to write the model and its card (default: the installed package's models/)."),
]
CacheFolder = Annotated[
    Path | None,
    typer.Option(
        "--cache", help="A folder to keep sentence embeddings (and out-of-fold scores) in for reruns.", readable=False
    ),
]


def _progress(message: str) -> None:
    err.print(f"[dim]{message}[/dim]")


@train_app.command("verdict")
@friendly
def verdict(
    shared: SharedFolder = _DEFAULT_SHARED,
    out_dir: OutFolder = None,
) -> None:
    """Train the inferred-verdict models (TRAIN/DEV splits only) and write them with a model card.

    --out takes the models and card; the lexicons they read are rebuilt in the package (the fit reads them there).
    """
    from filmkritik.train import train_verdict

    target = check_out(out_dir, nothing="nothing was trained")
    result = train_verdict(shared, target, progress=_progress)
    for lang in result.languages:
        out.print(
            f"{lang.code}: {plural(lang.examples, 'review')}; out-of-fold label accuracy {lang.oof_label_accuracy:.3f}, "
            f"Spearman {lang.oof_spearman:.3f}"
        )
    out.print(f"wrote {result.out} in {result.seconds:.0f} s")


@train_app.command("snippets")
@friendly
def snippets(
    shared: SharedFolder = _DEFAULT_SHARED,
    out_dir: OutFolder = None,
    cache: CacheFolder = None,
) -> None:
    """Train the short-text verdict model (snippets, headlines; TRAIN/DEV splits only) and its card."""
    from filmkritik.train import snippets as trainer

    target = check_out(out_dir, nothing="nothing was trained")
    result = trainer.fit(shared, target, cache, progress=_progress)
    for code, info in result["languages"].items():
        check, row = next(iter(info["held_out"].items()))
        out.print(
            f"{code}: {info['texts']} short texts; held-out {check}: AUC {row['auc']:.3f}, "
            f"balanced accuracy {row['balanced_accuracy']:.3f}"
        )
    out.print(f"wrote {result['file']} in {result['seconds']} s")


@train_app.command("snippet-posterior")
@friendly
def snippet_posterior(
    shared: SharedFolder = _DEFAULT_SHARED,
    out_dir: OutFolder = None,
    cache: CacheFolder = None,
) -> None:
    """Calibrate the short-text score as P(positive) on held-out TRAIN quotes (the short-text model is unchanged)."""
    from filmkritik.train import snippet_posterior as trainer

    target = check_out(out_dir, nothing="nothing was trained")
    result = trainer.fit(shared, target, cache, progress=_progress)
    cal = result["calibration"]
    out.print(
        f"en: {plural(result['texts'], 'held-out quote')} of {plural(result['reviews'], 'review')}; AUC {result['auc']:.3f}; "
        f"a {cal.a:.4f}, b {cal.b:.3f}, pi0 {cal.pi0:.3f}; tpr {cal.tpr:.3f}, fpr {cal.fpr:.3f}"
    )
    change = result["change"]
    if change:
        out.print(
            f"vs the previous file: a {trainer.percent_change(change['a_relative'])}, "
            f"b {trainer.percent_change(change['b_relative'])}, largest probability change {change['max_probability']:.4f}"
        )
    out.print(f"wrote {result['file']} in {result['seconds']} s")


@train_app.command("review-detect")
@friendly
def review_detect(
    shared: SharedFolder = _DEFAULT_SHARED,
    fixtures: Annotated[
        Path | None,
        typer.Option(
            "--fixtures",
            help="The hand-written examples (default: the clone's tests/fixtures/review_detect).",
            readable=False,
        ),
    ] = None,
    out_file: Annotated[
        str | None,
        typer.Option(
            "--out", help="The model file to write (default: the package's lang/data/review_detect_model.json)."
        ),
    ] = None,
) -> None:
    """Train the is-review model (TRAIN data and hand-written examples) and print its accuracy by source."""
    from filmkritik.train.review_detect import fit

    target = check_out(out_file, folder=False, nothing="nothing was trained")
    result = fit.train_review_detect(shared, fixtures or fit.DEFAULT_FIXTURES, target or fit.MODEL_FILE)
    model = result.model
    examples = model["examples"]
    out.print(f"{plural(examples['positive'], 'review')}, {plural(examples['negative'], 'non-review')}")
    out.print(f"cross-validated accuracy {model['cross_validated_accuracy']:.3f}")
    for source, accuracy in model["cross_validated_accuracy_by_source"].items():
        out.print(f"  {source:22s} {accuracy:.3f}")
    out.print(f"wrote {result.out}")
