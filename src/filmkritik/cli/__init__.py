"""The ``filmkritik`` command: a thin layer over the library, one module per area."""

from filmkritik.cli import kb, reading, scale, training, web  # noqa: F401  (each registers its commands)
from filmkritik.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
