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


def test_the_python_api_warns_of_replaced_bytes_too(tmp_path: Path) -> None:
    import filmkritik

    path = tmp_path / "lotsin.txt"
    path.write_bytes(_stray(REVIEW_DE, 40, b"\x96"))
    record = filmkritik.read(path)
    warnings = [w for w in record.warnings if w.kind == "undecodable_characters"]
    assert len(warnings) == 1 and record.text[warnings[0].evidence[0][0]] == "\ufffd"
    path.write_text(REVIEW_DE, encoding="utf-8")
    assert not [w for w in filmkritik.read(path).warnings if w.kind == "undecodable_characters"]


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


# --- 2. `add` names table rows as `read` and `batch` do (FILE#row=N), with the same words -----------------------

REVIEW_EN = (
    "The Lamplighter's Ledger\n\n"
    "Director Cosima Halberd follows a night clerk, Ewan (Tobiah Marsh), who keeps the books of a failing gasworks. "
    "His sister Ottilie (Reva Sunder) wants him to leave.\n\n"
    "Marsh is wonderful, sly and sad, and the images glow. The last act drags, but this is a tender, well-made "
    "film.\n\nRating: 4/5"
)
RECIPE = "Zwiebelkuchen\n\nZutaten: 500 g Zwiebeln, 200 g Mehl, 2 Eier. Die Zwiebeln in Butter glasig dünsten."


def _error_lines(output: str) -> list[str]:
    assert "Traceback" not in output
    return [line for line in output.splitlines() if line.startswith("filmkritik: error:") and "film review" not in line]


def test_read_and_add_name_bad_rows_alike(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    lines = [
        json.dumps({"text": REVIEW_EN}),
        json.dumps({"text": ""}),
        "",  # (a blank line: counted, so N stays the line a user opens)
        json.dumps({"critic": "Ada Pohl"}),
        json.dumps({"text": 5}),
        "[1, 2]",
        "{not json",
        json.dumps({"text": REVIEW_DE}),
    ]
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = runner.invoke(app, ["read", str(rows), "-f", "jsonl"])
    added = runner.invoke(app, ["add", str(rows), "--db", str(tmp_path / "kb.db"), "-q"])
    assert read.exit_code == 2 and added.exit_code == 2
    expected = [
        f"filmkritik: error: {rows}#row=2: the row's `text` is empty; give the review's text",
        f"filmkritik: error: {rows}#row=4: no `text` or `html` column; name the review's column text or html",
        f"filmkritik: error: {rows}#row=5: the row's `text` is 5, not text; give the review as a string",
        f"filmkritik: error: {rows}#row=6: not a JSON object; give one JSON object per line, with a `text` or "
        "`html` field",
        f"filmkritik: error: {rows}#row=7: not valid JSON (Expecting property name enclosed in double quotes); give "
        "one JSON object per line",
    ]
    assert _error_lines(read.stderr) == expected
    assert _error_lines(added.stderr) == expected
    paths = [json.loads(line)["source"]["path"] for line in read.stdout.splitlines()]
    assert paths == [f"{rows}#row=1", f"{rows}#row=8"]


def test_a_csv_row_is_the_same_row_for_read_and_add(tmp_path: Path) -> None:
    import csv

    table = tmp_path / "rows.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerows([["text", "critic"], [REVIEW_EN, "Ada Pohl"], ["", "Bo Lind"], [REVIEW_DE, "Cai Mohr"]])
    read = runner.invoke(app, ["read", str(table), "-f", "jsonl"])
    db = tmp_path / "kb.db"
    added = runner.invoke(app, ["add", str(table), "--db", str(db), "-q"])
    assert (
        _error_lines(read.stderr)
        == _error_lines(added.stderr)
        == [f"filmkritik: error: {table}#row=2: the row's `text` is empty; give the review's text"]
    )
    from filmkritik.kb import KnowledgeBase

    with KnowledgeBase.open(str(db)) as kb:
        stored = [kb.get_review(r["id"]) for r in kb.iter_reviews()]
    read_paths = sorted(json.loads(line)["source"]["path"] for line in read.stdout.splitlines())
    assert (
        sorted(r["record"]["source"]["path"] for r in stored if r)
        == read_paths
        == [
            f"{table}#row=1",
            f"{table}#row=3",
        ]
    )


# --- 3. `add` reports inputs in the order given, URLs among them --------------------------------------------------


def test_add_reports_errors_in_the_order_the_inputs_were_given(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REVIEW_EN, encoding="utf-8")
    first, last = tmp_path / "first.txt", tmp_path / "last.txt"
    url = "http://127.0.0.1:9/review"  # (the discard port: nothing answers, at once)
    result = runner.invoke(app, ["add", str(first), str(good), url, str(last), "--db", str(tmp_path / "kb.db"), "-q"])
    assert result.exit_code == 2
    lines = _error_lines(result.stderr)
    assert [line.split(": ")[2] for line in lines] == [str(first), url, str(last)]
    assert "added 1 review, 0 already stored, 3 failed" in result.stderr


# --- the sweep of every command with bad input: what was still a bug or misleading ----------------------------


def test_a_binary_weights_file_is_one_line_not_a_bug(tmp_path: Path) -> None:
    # "unexpected UnicodeDecodeError ...; this is a bug in filmkritik" for `export --weights photo.jpg`.
    weights = tmp_path / "weights.json"
    weights.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x9f\xff")
    from filmkritik.kb import KnowledgeBase

    KnowledgeBase.open(str(tmp_path / "kb.db")).close()
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "kb.db"), "--weights", str(weights)])
    assert result.exit_code == 2 and "bug" not in result.stderr
    assert f"{weights}: not UTF-8 text (byte 0); a weights file is UTF-8 JSON" in result.stderr


def test_a_batch_folder_whose_job_file_is_damaged_says_so(tmp_path: Path) -> None:
    # A job.json cut short was "holds another batch job (its job.json differs: inputs, ...)".
    review = tmp_path / "review.txt"
    review.write_text(REVIEW_DE, encoding="utf-8")
    out = tmp_path / "out"
    (out / "_manifest").mkdir(parents=True)
    (out / "job.json").write_text('{"version": 1, "inp', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(review), "-o", str(out), "-q", "-w", "1"])
    assert result.exit_code == 2
    assert "its job.json is damaged (not JSON)" in result.stderr and "another batch job" not in result.stderr


def test_a_review_url_that_is_no_web_address_is_shown_not_linked(tmp_path: Path) -> None:
    # A page's or a row's url "javascript:..." was a link on the review page that ran script when clicked.
    from fastapi.testclient import TestClient

    import filmkritik
    from filmkritik.kb import KnowledgeBase
    from filmkritik.web import create_app

    with KnowledgeBase.open(str(tmp_path / "kb.db")) as kb:
        bad = kb.add_record(filmkritik.read_text(REVIEW_DE, url="javascript:alert(document.cookie)"))
        good = kb.add_record(filmkritik.read_text(REVIEW_DE + "\n\nNachtrag.", url="https://zeitung.example/lotsin"))
        with TestClient(create_app(kb=kb)) as client:
            shown = client.get(f"/reviews/{bad.review_id}").text
            linked = client.get(f"/reviews/{good.review_id}").text
    assert 'href="javascript:' not in shown and "javascript:alert(document.cookie)" in shown
    assert '<a href="https://zeitung.example/lotsin"' in linked


def test_read_and_add_take_the_same_lines_of_a_jsonl_file(tmp_path: Path) -> None:
    # A byte-order mark was an error for `add` only; a latin-1 byte refused the row in `read` and was replaced in
    # `add`; CRLF line ends are one line end for both.
    rows = tmp_path / "rows.jsonl"
    latin = json.dumps({"text": REVIEW_DE}, ensure_ascii=False).encode()
    latin = latin.replace("Kämmerwik".encode(), b"K\xe4mmerwik")
    rows.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": REVIEW_EN}).encode() + b"\r\n" + latin + b"\r\n[3]\r\n")
    read = runner.invoke(app, ["read", str(rows), "-f", "jsonl"])
    db = tmp_path / "kb.db"
    added = runner.invoke(app, ["add", str(rows), "--db", str(db), "-q"])
    expected = [
        f"filmkritik: error: {rows}#row=3: not a JSON object; give one JSON object per line, with a `text` or "
        "`html` field"
    ]
    assert _error_lines(read.stderr) == _error_lines(added.stderr) == expected
    records = [json.loads(line) for line in read.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [f"{rows}#row=1", f"{rows}#row=2"]
    assert "K\ufffdmmerwik" in records[1]["text"]
    assert [w["kind"] for w in records[1]["warnings"]].count("undecodable_characters") == 1
    assert "added 2 reviews, 0 already stored, 1 failed" in added.stderr
