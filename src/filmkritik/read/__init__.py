"""Read: one document in, one evidence-backed :class:`~filmkritik.model.ReviewRecord` out.

The pipeline (and the models and lexicons its components load) is imported on first
use, so commands that never read a review (``films``, ``serve``...) start quickly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from filmkritik.read.pipeline import analyse, read_document, read_documents

__all__ = ["analyse", "read_document", "read_documents"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from filmkritik.read import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
