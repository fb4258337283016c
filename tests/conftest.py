"""Shared test fixtures: where ../shared lives, the repository's own example reviews, and pages read as critics' prose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from filmkritik.kb import KnowledgeBase
from filmkritik.read import verdict

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def shared() -> Path:
    """The read-only ../shared folder; tests that need it skip when it is absent."""
    if not (SHARED / "reviews").is_dir():
        pytest.skip("../shared (reviews and data beside the repository) is not present")
    return SHARED


@pytest.fixture
def example_de() -> Path:
    return EXAMPLES / "review-de.txt"


@pytest.fixture
def example_en() -> Path:
    return EXAMPLES / "review-en.txt"


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """An empty knowledge base in a temporary SQLite file."""
    with KnowledgeBase.open(str(tmp_path / "kb.db")) as base:
        yield base


@pytest.fixture
def critic_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page is read as critics' prose (``verdict.critic_prose`` says yes), for tests of the critic rules."""
    monkeypatch.setattr(verdict, "critic_prose", lambda *args, **kwargs: True)
