"""Robustness audit 24: read_text() warns of replacement characters as read() does, hard-wrapped text reads as its
paragraphs, reruns of a batch after a quiet run, and bad input to every command.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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


# --- 2. Hard-wrapped prose reads as its paragraphs: no sentence cut at a line break -------------------------------

LONG_EN = (
    "The Ferryman's Almanac\n\n"
    "Director: Imogen Scarth\nCast: Perrin Vey, Saskia Morrow, Lionel Quarry\n\n"
    "In The Ferryman's Almanac, Imogen Scarth's third feature, an ageing river pilot spends one last winter on a "
    "grey estuary, ferrying strangers and parcels between two towns that no longer need him. Perrin Vey plays "
    "Aldous, the pilot, with a gruff and watchful tenderness that holds the film together through its quieter "
    "stretches, and Saskia Morrow is wonderful as Wren, the daughter who wants him to sell the boat.\n\n"
    "Scarth keeps the drama small and the weather large. The camera loves the fog on the water, and the score "
    "of creaking rope and low brass is quietly superb. The script is less sure of itself: a subplot about a "
    "harbour developer leads nowhere, and the ending is plain from the first reel.\n\n"
    "Still, this is a patient, beautifully acted portrait of a man and his river that trusts its audience to "
    "wait.\n\nRating: 4/5"
)


def _wrapped(text: str, width: int = 72) -> str:
    import textwrap

    return "\n".join(textwrap.fill(line, width) if len(line) > width else line for line in text.split("\n"))


@pytest.mark.parametrize("width", [64, 72, 79])
def test_a_hard_wrapped_review_reads_as_the_same_review(width: int) -> None:
    # An e-mailed or terminal-pasted review: every sentence over a line break was cut in two, the pull quote too.
    flowing = filmkritik.read_text(LONG_EN)
    wrapped_text = _wrapped(LONG_EN, width)
    assert wrapped_text.count("\n") > LONG_EN.count("\n") + 8
    wrapped = filmkritik.read_text(wrapped_text)
    assert wrapped.verdict is not None and flowing.verdict is not None
    assert wrapped.verdict.pull_quote is not None
    assert wrapped.verdict.pull_quote.text.endswith(".")  # a whole sentence, not "... that trusts"
    assert wrapped.verdict.pull_quote.text == flowing.verdict.pull_quote.text
    assert [(c.actor, c.character) for c in wrapped.film.cast] == [(c.actor, c.character) for c in flowing.film.cast]
    assert wrapped.film.title is not None and wrapped.film.title.text == "The Ferryman's Almanac"
    assert [d.name for d in wrapped.film.directors] == ["Imogen Scarth"]


def test_unwrapping_keeps_every_offset_and_the_lines_of_their_own() -> None:
    from filmkritik.ingest.wrapping import unwrapped

    text = _wrapped(LONG_EN)
    flat = unwrapped(text)
    assert len(flat) == len(text)  # a line break became a space: offsets point at the same place in the file
    assert "Director: Imogen Scarth\nCast: Perrin Vey" in flat  # a credits box keeps its lines
    assert "wait.\n\nRating: 4/5" in flat and "\n\n" in flat
    assert flat.count("\n") == LONG_EN.count("\n")


@pytest.mark.parametrize(
    "text",
    [
        # one sentence per line, each ending with its full stop
        "\n".join(
            f"Sentence {n} of this corpus file says that the film was long and the acting was quite fine indeed."
            for n in range(8)
        ),
        # a page's headline, standfirst, byline and short paragraphs, each line starting upper-case
        "REVIEWS / DRAMA\nThe Quarry Road Is Kinder Than It Looks And Better Than Its Poster\n"
        "By Delia Ramsgate, Friday, four minutes of reading for you today\n"
        "Quarry Road (2025) is a small film about a stonemason and his estranged son, told in long takes.\n"
        "Wendell Orme is terrific as the father, all silence and stone dust and patience.\n"
        "Quarry Road is now streaming on a service near you, with subtitles in nine languages.",
        # a poem-like list of short lines
        "Gute Bilder\nschwache Story\nzu lang\naber sehenswert\nvier Sterne",
        # paragraphs left unwrapped
        LONG_EN,
    ],
    ids=["sentence-per-line", "page-lines", "short-lines", "flowing"],
)
def test_texts_that_are_not_wrapped_keep_their_lines(text: str) -> None:
    from filmkritik.ingest.wrapping import unwrapped

    assert unwrapped(text) == text


# --- 3. Every command with bad input: one line, no traceback, nothing written ---------------------------------------


def test_train_review_detect_with_a_mistyped_fixtures_folder_trains_nothing(tmp_path: Path) -> None:
    # It trained without the hand-written examples and wrote the model, exit 0.
    from typer.testing import CliRunner

    from filmkritik.cli import app

    target = tmp_path / "model.json"
    result = CliRunner().invoke(
        app, ["train", "review-detect", "--fixtures", str(tmp_path / "fixturs"), "--out", str(target)]
    )
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "no train/ folder" in lines[0] and "nothing was trained" in lines[0]
    assert "Traceback" not in result.output and not target.exists()
