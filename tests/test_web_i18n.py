"""The UI speaks German and English: chosen by ?lang=, a cookie, or the browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from filmkritik.web import create_app
from filmkritik.web.i18n import STRINGS, choose_language, from_accept_language, translator


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(f"sqlite:///{tmp_path / 'kb.db'}")) as client:
        yield client


def test_both_languages_have_every_string() -> None:
    assert set(STRINGS["de"]) == set(STRINGS["en"])


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("de-DE,de;q=0.9,en;q=0.8", "de"),
        ("en-GB,en;q=0.9", "en"),
        ("fr-FR,fr;q=0.9,en;q=0.5,de;q=0.4", "en"),
        ("de;q=0.3, en;q=0.7", "en"),
        ("fr", None),
        ("", None),
        ("garbage;;q=x", None),
    ],
)
def test_accept_language(header: str, expected: str | None) -> None:
    assert from_accept_language(header) == expected


def test_query_beats_cookie_beats_browser() -> None:
    assert choose_language("en", "de", "de") == "en"
    assert choose_language(None, "en", "de") == "en"
    assert choose_language("xx", None, "en-US") == "en"
    assert choose_language(None, None, None) == "de"


def test_translator_fills_values_and_falls_back_to_the_key() -> None:
    assert translator("de")("film.reviews_count", count=3) == "3 Kritiken"
    assert translator("en")("no.such.key") == "no.such.key"


def test_pages_follow_the_browser_and_the_switch(client: TestClient) -> None:
    german = client.get("/read", headers={"accept-language": "de-DE,de;q=0.9"})
    assert '<html lang="de">' in german.text
    assert "Kritik einfügen" in german.text
    english = client.get("/read", headers={"accept-language": "en-US,en;q=0.9"})
    assert '<html lang="en">' in english.text
    assert "Paste a review" in english.text
    # The switch link sets a cookie that later pages honour over the browser's preference.
    assert 'href="/read?lang=de"' in english.text
    switched = client.get("/read?lang=de", headers={"accept-language": "en-US"})
    assert "Kritik einfügen" in switched.text
    assert client.cookies.get("fk_lang") == "de"
    later = client.get("/", headers={"accept-language": "en-US"})
    assert '<html lang="de">' in later.text
