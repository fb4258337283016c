"""Read: one document in, one evidence-backed :class:`~filmkritik.model.ReviewRecord` out."""

from filmkritik.read.pipeline import analyse, read_document

__all__ = ["analyse", "read_document"]
