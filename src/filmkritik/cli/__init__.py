"""The ``filmkritik`` command: a thin layer over the library, one module per area."""

from filmkritik.cli import reading  # noqa: F401  (registers commands)
from filmkritik.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
