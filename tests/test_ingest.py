"""Ingest: every kind of bad input is refused with a clear message; good input is decoded."""

from __future__ import annotations

from pathlib import Path

import pytest

import filmkritik
from filmkritik.errors import InputError
from filmkritik.ingest import load_path, load_text
from filmkritik.ingest.decode import MAX_BYTES

GERMAN = "Die Regisseurin erzählt von Ilse (Katharina Wendt), die eine Fähre steuert. Ein schöner, stiller Film."


def test_latin1_text_is_detected_not_assumed(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes((GERMAN + " Größe, Übermaß, Äpfel.").encode("latin-1"))
    doc = load_path(path)
    assert "Größe, Übermaß" in doc.text
    assert doc.source.kind == "text" and doc.source.path == str(path)


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(GERMAN.encode("utf-16"))
    assert load_path(path).text.startswith("Die Regisseurin")


def test_windows_newlines_and_bom_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(("\ufeffErste Zeile.\r\nZweite Zeile.").encode())
    assert load_path(path).text == "Erste Zeile.\nZweite Zeile."


def test_sha256_is_of_the_normalised_text(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(b"Ein Film.\r\n")
    b.write_bytes(b"Ein Film.\n")
    assert load_path(a).source.sha256 == load_path(b).source.sha256


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"%PDF-1.7\n%binary", "PDF"),
        (b"\x00\x01\x02\x03binary\x00\x00" * 50, "binary"),
        # (A few stray bytes in UTF-8 text are replaced since round 23; many are refused with where they are.)
        ("Schöne Grüße aus Köln, überall Ärger ".encode() * 5 + b"\xff\xfe\xfa broken" * 9, "invalid UTF-8"),
    ],
    ids=["empty", "pdf", "binary", "invalid-utf8"],
)
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_path(path)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        load_path(tmp_path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="too large"):
        load_path(path)


def test_html_main_text_metadata_and_captions_kept(tmp_path: Path) -> None:
    html = """<!doctype html><html><head><title>Kritik: Das Leuchten der Fähre | Filmblatt</title>
    <meta name="author" content="Jana Beispiel"><meta property="og:site_name" content="Filmblatt">
    <meta property="article:published_time" content="2024-03-01"></head><body>
    <nav><a href="/">Start</a> <a href="/kino">Kino</a></nav>
    <article><h1>Das Leuchten der Fähre</h1>
    <p>Die österreichische Regisseurin Marlene Hofbauer erzählt von einer Fährfrau an der Elbe, die ihren
    letzten Sommer auf dem Fluss verbringt. Katharina Wendt spielt sie mit stiller Wucht.</p>
    <figure><img src="x.jpg"><figcaption>Ilse (Katharina Wendt) auf der Fähre. (Foto: Nordlicht Filmverleih)</figcaption></figure>
    <p>Die Kamera findet im Nebel über dem Fluss Bilder von großer Schönheit, doch das Drehbuch verliert in der
    zweiten Hälfte den Faden. Trotzdem ein sehenswerter Film über Abschied und Heimat.</p></article>
    <footer>Impressum</footer></body></html>"""
    path = tmp_path / "review.html"
    path.write_text(html, encoding="utf-8")
    doc = load_path(path)
    assert doc.source.kind == "html"
    assert "Ilse (Katharina Wendt)" in doc.text  # the caption survived extraction
    assert "Impressum" not in doc.text
    assert doc.source.author == "Jana Beispiel"
    assert doc.source.published == "2024-03-01"


def test_html_without_text_is_refused() -> None:
    with pytest.raises(InputError, match="no readable main text"):
        load_text("<html><body><div><img src='a.png'></div></body></html>")


def test_review_text_given_where_a_path_belongs_is_refused_with_a_hint() -> None:
    """A user who passes the review itself to ``read`` is told to use ``read_text``, not shown a traceback."""
    with pytest.raises(InputError, match="read_text"):
        filmkritik.read("Ein schöner Film.\nRegie: Anna Berg")
    with pytest.raises(InputError, match="not a usable file path"):
        filmkritik.read("Ein sehr langer Satz ohne Zeilenumbruch " * 10)
