"""Speed pass 20: reading several documents a stage at a time (``pipeline.read_documents``) gives each document the
record it gets alone, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmkritik.ingest import Document, load_text
from filmkritik.model import Source
from filmkritik.read import lexmatch, pipeline

_FIXTURES = Path(__file__).parent / "fixtures"


def _pages(limit: int) -> list[str]:
    """Page texts of the test fixtures (invented pages, German and English, reviews and not), up to ``limit``."""
    texts: list[str] = []
    paths = (
        sorted((_FIXTURES / "review_detect").glob("*.jsonl"))[:2]
        + sorted((_FIXTURES / "credits").glob("de*.jsonl"))[:2]
        + sorted((_FIXTURES / "credits").glob("en*.jsonl"))[:2]
        + sorted((_FIXTURES / "titles").glob("*.jsonl"))[:1]
    )
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines()[:8]:
            if line.strip() and isinstance(text := json.loads(line).get("text"), str) and text.strip():
                texts.append(text)
    return texts[:limit]


def _documents(texts: list[str]) -> list[Document]:
    return [load_text(text, Source(kind="text")) for text in texts]


def _dump(record: object) -> str:
    return json.dumps(record.to_dict(), sort_keys=True, ensure_ascii=False)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def pages() -> list[str]:
    texts = _pages(40)
    # A short text, a non-review, a page in HTML and a text in another language among them.
    texts[3:3] = [
        "Großartig gespielt, aber viel zu lang. Sehenswert.",
        "Öffnungszeiten: Mo-Fr 9-18 Uhr. Parkplätze im Hof. Tickets an der Kasse.",
        "<html><body><h1>Der stille Hafen</h1><p>Ein ruhiger, genau beobachteter Film über zwei Schwestern, "
        "die nach dem Tod des Vaters das Haus am See verkaufen wollen. Regie: Mira Ostendorf.</p></body></html>",
        "Le film raconte l'histoire de deux sœurs qui vendent la maison de leur père au bord du lac.",
    ]
    return texts


@pytest.mark.parametrize("batch", [1, 3, 10, 64])
def test_stagewise_records_are_the_records_read_one_by_one(pages: list[str], batch: int) -> None:
    alone = [_dump(pipeline.read_document(document)) for document in _documents(pages)]
    together = [_dump(record) for record in pipeline.read_documents(_documents(pages), batch)]
    assert together == alone


def test_stagewise_twice_over_the_same_texts(pages: list[str]) -> None:
    """The readings remember what earlier ones asked (the needle filter, the memos): a second pass over the same
    texts, a stage at a time, still gives the records read one by one."""
    first = [_dump(r) for r in pipeline.read_documents(_documents(pages[:12]), 5)]
    second = [_dump(r) for r in pipeline.read_documents(_documents(pages[:12]), 4)]
    alone = [_dump(pipeline.read_document(d)) for d in _documents(pages[:12])]
    assert first == second == alone


def test_each_component_reads_with_its_own_reading_under_way(pages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, bool]] = []
    spied = []
    for name, component in pipeline.COMPONENTS:

        def spy(analysis: object, _component: object = component, _name: str = name) -> None:
            found = lexmatch.current()
            seen.append((_name, found is not None and found.text is analysis.text))  # type: ignore[attr-defined]
            _component(analysis)  # type: ignore[operator]

        spied.append((name, spy))
    monkeypatch.setattr(pipeline, "COMPONENTS", spied)
    pipeline.read_documents(_documents(pages[:6]), 3)
    assert len(seen) == 6 * len(pipeline.COMPONENTS)
    assert all(ok for _, ok in seen)
    # stage by stage: the first component read the first batch's three documents before the second began
    assert [name for name, _ in seen[:4]] == [pipeline.COMPONENTS[0][0]] * 3 + [pipeline.COMPONENTS[1][0]]


def test_a_document_that_fails_fails_as_alone(pages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A component that raises for one document: its batch is read again one by one, and the error is the one
    reading that document alone raises."""
    bad = "Dieser Text bringt die Quorzelfabrik zum Stillstand. " * 30
    name, component = pipeline.COMPONENTS[2]

    def failing(analysis: object) -> None:
        if "Quorzelfabrik" in analysis.text:  # type: ignore[attr-defined]
            raise ValueError("broken")
        component(analysis)

    monkeypatch.setattr(pipeline, "COMPONENTS", [*pipeline.COMPONENTS[:2], (name, failing), *pipeline.COMPONENTS[3:]])
    documents = _documents([*pages[:4], bad, *pages[4:6]])
    with pytest.raises(ValueError, match="broken"):
        pipeline.read_documents(documents, 10)
    with pytest.raises(ValueError, match="broken"):
        pipeline.read_document(documents[4])
    # the other batches are read as ever
    assert [_dump(r) for r in pipeline.read_documents(documents[:4], 2)] == [
        _dump(pipeline.read_document(d)) for d in documents[:4]
    ]


def test_no_documents() -> None:
    assert pipeline.read_documents([]) == []
    assert pipeline.analyse_many([], 0) == []


def test_the_verdict_steps_over_a_batch(pages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The verdict's steps run each over the whole batch in turn (and in turn within ``annotate`` alone), leaving no
    note behind: the same notes as alone."""
    from filmkritik.read import verdict

    order: list[str] = []
    steps = []
    for step in verdict.STEPS:

        def spy(analysis: object, _step: object = step) -> None:
            order.append(_step.__name__)  # type: ignore[attr-defined]
            _step(analysis)  # type: ignore[operator]

        steps.append(spy)
    monkeypatch.setattr(verdict, "STEPS", tuple(steps))
    monkeypatch.setitem(pipeline.STEPS, verdict.annotate, tuple(steps))
    together = pipeline.analyse_many(_documents(pages[:4]), 4)
    assert order == [name for name in ("_read_step", "_score_step", "_verdict_step") for _ in range(4)]
    order.clear()
    alone = [pipeline.analyse(document) for document in _documents(pages[:4])]
    assert order == ["_read_step", "_score_step", "_verdict_step"] * 4
    assert [sorted(a.notes) for a in together] == [sorted(a.notes) for a in alone]
    assert not any(key.startswith("verdict_prose") for a in together for key in a.notes)
