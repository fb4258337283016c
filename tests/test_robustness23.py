"""Robustness audit 23: stray bytes in UTF-8 files, `add` and `read` naming rows alike and keeping input order,
films of one team kept apart, cheap batch reruns, and bad input to every command.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmkritik.cli import app
from filmkritik.errors import InputError
from filmkritik.ingest.decode import decode_bytes
from filmkritik.ingest.stray_bytes import read_utf8, replacement_warning

runner = CliRunner()

# Invented texts (no film, person or sentence from the development texts).
REVIEW_DE = (
    "Die Lotsin von Kämmerwik\n\n"
    "Regie führt Henrike Dallmeyer, die in ihrem zweiten Spielfilm von einer Hafenlotsin erzählt. "
    "Wiebke Stolzenau spielt die Lotsin Gesa, die nach dem Tod ihres Vaters allein über die Schiffe wacht. "
    "Ihr zur Seite steht der schweigsame Maschinist Ubbo (Jörg Pellwormer).\n\n"
    "Stolzenau spielt großartig, die Bilder der Küste sind von rauer Schönheit, nur das Drehbuch "
    "verliert gegen Ende an Spannung. Ein sehenswerter, berührender Film über Pflicht und Trauer."
)


def _stray(text: str, at: int, byte: bytes) -> bytes:
    data = text.encode("utf-8")
    return data[:at] + byte + data[at:]


# --- 1. UTF-8 with a few stray bytes reads as UTF-8, the bytes replaced, the record warned --------------------


@pytest.mark.parametrize("byte", [b"\x96", b"\xe4", b"\xfc", b"\xff\xfe"])
def test_utf8_with_a_stray_byte_reads_as_utf8_not_a_legacy_code_page(byte: bytes) -> None:
    # "schĂ¶ner": one stray byte sent the whole text to detection, which read it as Latin-2 (or refused it).
    text = decode_bytes(_stray(REVIEW_DE, 40, byte), "lotsin.txt")
    assert "großartig" in text and "Schönheit" in text and "Kämmerwik" in text
    assert "\ufffd" in text and "Ă" not in text and "Ã" not in text


def test_a_short_utf8_text_with_a_few_umlauts_and_stray_bytes_is_still_utf8() -> None:
    # Few UTF-8 letters beside the stray bytes (80% of the bytes over 127 were needed): read as cp1250 before.
    data = "Ein schöner Film über Größe. ".encode() + b"\x96 Ende \x93gut\x94."
    text = decode_bytes(data, "kurz.txt")
    assert text.startswith("Ein schöner Film über Größe.") and text.count("\ufffd") == 3


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("„Spaß“ – ein schöner Film über Größe, Äpfel und Übermut. Café à la française. " * 3, "cp1252"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy. Łódź, Gdańsk, Kraków, świetny film. " * 3, "iso-8859-2"),
        ("Этот фильм очень хорош. Режиссёр показывает всё, что умеет; актёры играют ярко. " * 3, "cp1251"),
        ("この映画は素晴らしい。監督の演出が見事で、俳優の演技も心に残る。" * 5, "shift_jis"),
        ("这部电影非常精彩，导演的手法令人印象深刻，演员的表演也很出色。" * 5, "gbk"),
    ],
    ids=["cp1252", "latin2", "cp1251", "shift_jis", "gbk"],
)
def test_legacy_code_pages_are_still_detected_not_read_as_damaged_utf8(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    assert not read_utf8(data).mostly_utf8
    decoded = decode_bytes(data, "alt.txt")
    assert "\ufffd" not in decoded


def test_utf8_with_many_stray_bytes_is_refused_with_where_to_repair() -> None:
    # A file of mixed encodings (a UTF-8 review with a cp1252 one pasted into it) is not silently half lost.
    data = (REVIEW_DE * 4).encode() + ("Größe und Übermaß. " * 4).encode("cp1252")
    with pytest.raises(InputError, match=r"invalid UTF-8 at byte \d+ and \d+ more places in otherwise UTF-8"):
        decode_bytes(data, "gemischt.txt")


def test_the_record_warns_of_replaced_bytes_with_their_places(tmp_path: Path) -> None:
    path = tmp_path / "lotsin.txt"
    path.write_bytes(_stray(REVIEW_DE, 40, b"\x96"))
    result = runner.invoke(app, ["read", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    warnings = [w for w in record["warnings"] if w["kind"] == "undecodable_characters"]
    assert len(warnings) == 1 and "1 character" in warnings[0]["message"]
    ((start, end),) = warnings[0]["evidence"]
    assert record["text"][start:end] == "\ufffd"
    assert "Schönheit" in record["text"] and record["is_review"]["value"]


def test_a_clean_text_has_no_such_warning() -> None:
    assert replacement_warning(REVIEW_DE) is None


def test_add_keeps_the_warning_in_the_stored_record(tmp_path: Path) -> None:
    from filmkritik.kb import KnowledgeBase

    path = tmp_path / "lotsin.txt"
    path.write_bytes(_stray(REVIEW_DE, 40, b"\xe4"))
    db = tmp_path / "kb.sqlite"
    result = runner.invoke(app, ["add", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with KnowledgeBase.open(str(db)) as kb:
        (summary,) = list(kb.iter_reviews())
        stored = kb.get_review(summary["id"])
    assert stored is not None
    assert any(w["kind"] == "undecodable_characters" for w in stored["record"]["warnings"])

