"""What the seed review's verdict must show (the issue's acceptance line), shared by the verdict tests."""

from __future__ import annotations

from typing import Any


def assert_seed_verdict(found: dict[str, Any]) -> None:
    """Mixed, 40-60, acting positive, script and tone negative."""
    assert found["label"] == "mixed" and 40 <= found["score"] <= 60
    polarity = {a["aspect"]: a["polarity"] for a in found["aspects"]}
    assert polarity.get("acting") == "positive"
    assert polarity.get("script") == "negative"
    assert polarity.get("tone") == "negative"
