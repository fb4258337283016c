"""The README documents every command and option a user can type (Datasette's rule)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer

from filmkritik.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[tuple[str, Any]]:
    # Typer ships its own copy of click, so commands are recognised by shape, not class.
    found: list[tuple[str, Any]] = []

    def walk(prefix: str, command: Any) -> None:
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                walk(f"{prefix} {name}".strip(), sub)
        else:
            found.append((prefix, command))

    walk("", typer.main.get_command(app))
    return found


@pytest.mark.parametrize(("name", "command"), _commands(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_and_option_is_in_the_readme(name: str, command: Any) -> None:
    assert f"filmkritik {name}" in README, f"`filmkritik {name}` is not documented in README.md"
    for param in command.params:
        if getattr(param, "param_type_name", "") == "option":
            longs = [o for o in param.opts if o.startswith("--")]
            if longs and longs[0] != "--help":
                assert any(o in README for o in longs), f"`filmkritik {name} {longs[0]}` is not in README.md"
