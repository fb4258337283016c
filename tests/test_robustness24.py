"""Robustness audit 24: read_text() warns of replacement characters as read() does, hard-wrapped text reads as its
paragraphs, reruns of a batch after a quiet run, and bad input to every command.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

import filmkritik
from filmkritik.kb import KnowledgeBase

# Invented texts (no film, person or sentence from the development texts).
REVIEW_EN = (
    "The Ferryman's Almanac\n\n"
    "Director Imogen Scarth follows a river pilot, Aldous (Perrin Vey), through one last winter on the estuary. "
    "His daughter Wren (Saskia Morrow) wants to sell the boat.\n\n"
    "Vey is superb, gruff and tender at once, and the grey light on the water is beautiful. The middle act "
    "sags, but this is a patient, moving film that trusts its audience.\n\nRating: 4/5"
)


# --- 1. read_text() warns of replacement characters, as read() of a file does -----------------------------------


def _undecodable(record: filmkritik.ReviewRecord) -> list[filmkritik.model.Warning]:
    return [w for w in record.warnings if w.kind == "undecodable_characters"]


@pytest.mark.parametrize("damage", ["\ufffd", "\ud800"], ids=["replacement-char", "lone-surrogate"])
def test_read_text_warns_of_characters_that_could_not_be_decoded(damage: str) -> None:
    text = REVIEW_EN.replace("gruff", f"gr{damage}ff")
    record = filmkritik.read_text(text)
    (warning,) = _undecodable(record)
    ((start, end),) = warning.evidence
    assert record.text[start:end] == "\ufffd" and record.text[start - 2 : start] == "gr"
    # The string came from the caller: the advice is about where it came from, not about re-saving a file.
    assert "1 character" in warning.message and "where the text came from" in warning.message
    assert record.is_review.value


def test_read_text_of_a_clean_string_has_no_such_warning() -> None:
    assert not _undecodable(filmkritik.read_text(REVIEW_EN))


@pytest.fixture
def client(kb: KnowledgeBase) -> Iterator[TestClient]:
    from filmkritik.web import create_app

    with TestClient(create_app(kb=kb)) as client:
        yield client


@pytest.mark.parametrize("field", ["text", "html"])
def test_the_http_api_warns_of_them_too(client: TestClient, field: str) -> None:
    body = REVIEW_EN.replace("gruff", "gr\ufffdff")
    if field == "html":
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        body = f"<html><body><article>{paragraphs}</article></body></html>"
    response = client.post("/api/read", json={field: body})
    assert response.status_code == 200, response.text
    kinds = [w["kind"] for w in response.json()["warnings"]]
    assert kinds.count("undecodable_characters") == 1
