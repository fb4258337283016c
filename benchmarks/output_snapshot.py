"""The reader's output on a fixed set of texts, for changes that must not change it (speed work).

Usage: .venv/bin/python benchmarks/output_snapshot.py OUT.jsonl [--shared ../shared]

Writes one JSON line per text, keys sorted: the seed review, the German and English development texts,
every blind batch in tests/fixtures/heldout, 400 German DVD train reviews and 200 Pang & Lee reviews of a
TRAIN critic. Take one before a change and one after, then compare them with ``cmp``: a speed change that
keeps every record byte for byte has changed nothing a user can see. Run it with ``PYTHONPATH=<tree>/src``
to snapshot another checkout (a git worktree of the commit before the change). ``--batch N`` reads the texts N at a
time a stage at a time (``pipeline.read_documents``), whose records must be the same as one by one.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts(shared: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every text in the snapshot, in a fixed order."""
    yield "seed", (shared / "reviews/de/kindness-of-strangers.txt").read_text(encoding="utf-8")
    for lang in ("de", "en"):
        lines = (shared / f"reviews/{lang}/dev.jsonl").read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            yield f"dev-{lang}-{i}", json.loads(line)["text"]
    for path in sorted((ROOT / "tests/fixtures/heldout").glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                yield f"{path.name}-{i}", json.loads(line)["text"]
    with (shared / "data/de-dvd-reviews/de_dvd_train_test.jsonl").open(encoding="utf-8") as rows:
        train = [row for row in map(json.loads, rows) if row["split"] == "train"]
    for row in train[:400]:
        yield f"dvd-{row['idx']}", row["text"]
    folder = shared / "data/pang-lee/scale_whole_review/Dennis+Schwartz/txt.parag"
    for path in sorted(folder.glob("*.txt"))[:200]:
        yield f"pl-{path.name}", path.read_text(encoding="latin-1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--batch", type=int, default=0, help="read N texts at a time, a stage at a time")
    args = parser.parse_args()

    import filmkritik

    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for key, record in _records(texts(args.shared), args.batch):
            out.write(json.dumps({"id": key, "record": record}, sort_keys=True, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} records -> {args.out} (reader from {Path(filmkritik.__file__).parent})")


def _records(items: Iterator[tuple[str, str]], batch: int) -> Iterator[tuple[str, dict[str, object]]]:
    """(id, record as a dict, or the error a text the reader refuses) of each text, one by one or ``batch`` at a time."""
    import filmkritik

    if batch <= 0:
        for key, text in items:
            try:
                yield key, filmkritik.read_text(text).to_dict()
            except filmkritik.FilmkritikError as exc:  # a text the reader refuses is part of its output too
                yield key, {"error": f"{type(exc).__name__}: {exc}"}
        return
    from filmkritik.ingest import load_text
    from filmkritik.model import Source
    from filmkritik.read.pipeline import read_document, read_documents

    pending = list(items)
    for at in range(0, len(pending), batch):
        part = pending[at : at + batch]
        loaded: list[tuple[str, object]] = []
        for key, text in part:
            try:
                loaded.append((key, load_text(text, Source(kind="text"))))
            except filmkritik.FilmkritikError as exc:
                loaded.append((key, {"error": f"{type(exc).__name__}: {exc}"}))
        documents = [doc for _, doc in loaded if not isinstance(doc, dict)]
        try:
            records = iter([r.to_dict() for r in read_documents(documents, batch)])  # type: ignore[arg-type]
        except filmkritik.FilmkritikError:
            records = None  # (one of them is refused: each read alone for its own error)
        for key, doc in loaded:
            if isinstance(doc, dict):
                yield key, doc
            elif records is not None:
                yield key, next(records)
            else:
                try:
                    yield key, read_document(doc).to_dict()  # type: ignore[arg-type]
                except filmkritik.FilmkritikError as exc:
                    yield key, {"error": f"{type(exc).__name__}: {exc}"}


if __name__ == "__main__":
    main()
