"""The tests' JSON-lines fixtures, read one way: one JSON object a line, blank lines skipped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def jsonl_rows(*paths: Path) -> list[dict[str, Any]]:
    """Every row of ``paths``, file after file, in their order."""
    return [
        json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
