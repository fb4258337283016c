"""Ingest at scale: corpora (JSONL/CSV/Parquet), WARC crawls and saved feeds become units of reviews."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from crawl_fixtures import CRAWL, crawl_pages, crawl_warc, page_url, write_warc
from filmkritik.errors import InputError
from filmkritik.ingest import corpus, feed, warc
from filmkritik.scale.sources import BrokenUnit, FileUnit, expand, expand_bytes

REVIEW = "Die Regisseurin Mara Feldt erzählt von Ilse (Katharina Wendt), die eine Fähre steuert. Ein schöner Film."
HTML = (
    "<html><head><title>Kritik: Die letzte Fähre</title></head><body><article><p>"
    + REVIEW
    + "</p></article></body></html>"
)


def test_jsonl_rows_carry_text_html_and_hints(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        {"text": REVIEW, "url": "https://example.org/a", "author": "Henrike Moll", "date": "2024-05-01"},
        {"html": HTML, "publication": "Filmblatt Nord"},
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    first, second = corpus.iter_rows(path)
    doc = first.to_document()
    assert doc.text == REVIEW
    assert doc.source.kind == "corpus" and doc.source.path == f"{path}#row=1"
    assert (doc.source.url, doc.source.author, doc.source.published) == (
        "https://example.org/a",
        "Henrike Moll",
        "2024-05-01",
    )
    page = second.to_document()
    assert page.source.headline == "Kritik: Die letzte Fähre" and page.source.site == "Filmblatt Nord"
    assert "Katharina Wendt" in page.text and "<p>" not in page.text


def test_a_bad_jsonl_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"text": REVIEW}) + "\n{not json\n" + json.dumps({"body": "x"}) + "\n", encoding="utf-8")
    rows = list(corpus.iter_rows(path))
    assert [row.key for row in rows] == [f"{path}#row=1", f"{path}#row=2", f"{path}#row=3"]
    assert rows[0].to_document().text == REVIEW
    with pytest.raises(InputError, match="not valid JSON"):
        rows[1].to_document()
    with pytest.raises(InputError, match="no `text` or `html`"):
        rows[2].to_document()


def test_csv_and_parquet_corpora(tmp_path: Path) -> None:
    csv_path = tmp_path / "reviews.csv"
    csv_path.write_text('id,text,title\n1,"' + REVIEW + '",Die letzte Fähre\n', encoding="utf-8")
    (row,) = corpus.iter_rows(csv_path)
    assert row.to_document().source.headline == "Die letzte Fähre"
    parquet_path = tmp_path / "reviews.parquet"
    pq.write_table(pa.table({"text": [REVIEW, None], "html": [None, HTML], "site": ["A", "B"]}), parquet_path)
    docs = [r.to_document() for r in corpus.iter_rows(parquet_path)]
    assert [d.source.site for d in docs] == ["A", "B"]
    assert docs[1].source.path == f"{parquet_path}#row=2"


def test_a_corpus_without_a_text_column_is_refused_with_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"no `text` or `html` column \(columns: body, id\)"):
        list(corpus.iter_rows(path))


def test_warc_keeps_html_responses_only(tmp_path: Path) -> None:
    path = crawl_warc(tmp_path / "crawl.warc.gz")
    pages = list(warc.iter_pages(path))
    assert [p.url for p in pages] == [page_url(p) for p in crawl_pages()]  # no image, no 404, no requests
    assert len({p.offset for p in pages}) == len(pages)
    doc = pages[0].to_document()
    assert doc.source.kind == "warc" and doc.source.url == page_url(crawl_pages()[0])
    assert doc.source.path == f"{path}#offset={pages[0].offset}"


def test_warc_page_offsets_point_at_their_records(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    path = crawl_warc(tmp_path / "crawl.warc.gz")
    page = list(warc.iter_pages(path))[3]
    with open(path, "rb") as handle:
        handle.seek(page.offset)
        record = next(iter(ArchiveIterator(handle)))
        assert record.rec_headers.get_header("WARC-Target-URI") == page.url


def test_warc_charset_from_http_headers(tmp_path: Path) -> None:
    body = f"<html><body><article><p>{REVIEW}</p></article></body></html>".encode("latin-1")
    path = write_warc(
        tmp_path / "latin1.warc",
        [("https://example.org/x", body, "text/html; charset=ISO-8859-1", "200 OK")],
        gzip=False,
    )
    (page,) = warc.iter_pages(path)
    assert "Fähre" in page.to_document().text


def test_a_file_that_is_not_a_warc_becomes_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a web archive at all\n" * 10)
    (unit,) = expand([path])
    assert isinstance(unit, BrokenUnit)
    with pytest.raises(InputError, match="not a WARC"):
        unit.to_document()


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Filmblatt Nord</title><link>https://example.org/</link>
<item><title>Kritik: Die letzte Fähre</title><link>https://example.org/faehre</link>
<dc:creator>Henrike Moll</dc:creator><pubDate>Tue, 04 Jun 2024 08:00:00 GMT</pubDate>
<description>Kurz: ein leiser Film.</description>
<content:encoded><![CDATA[<p>{review}</p><p>Ein zweiter Absatz über die Bilder.</p>]]></content:encoded></item>
<item><title>Kritik: Gipfelsturm</title><link>https://example.org/gipfel</link>
<description>&lt;p&gt;Bernd Kesslers Bergsteigerdrama ist laut und leer. Lukas Frey spielt den Kletterer Max.&lt;/p&gt;</description></item>
</channel></rss>""".replace("{review}", REVIEW)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Reviews</title>
<entry><title>Review: The Harbor Light</title><link href="https://example.org/harbor"/>
<author><name>Dana Whitcombe</name></author><updated>2023-10-02T10:00:00Z</updated>
<summary type="html">&lt;p&gt;Ellen Marsh's The Harbor Light follows Agnes (Ruth Calloway), a lighthouse keeper. Calloway is superb.&lt;/p&gt;</summary>
</entry></feed>"""


def test_rss_entries_use_full_content_and_entry_metadata(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = feed.iter_entries(path)
    doc = first.to_document()
    assert doc.text.startswith("Kritik: Die letzte Fähre\n")  # the entry title is the headline, as on a page
    assert REVIEW in doc.text and "Kurz:" not in doc.text  # content:encoded beats the teaser
    source = doc.source
    assert (source.kind, source.path, source.url) == ("feed", f"{path}#entry=1", "https://example.org/faehre")
    assert (source.author, source.published, source.site) == ("Henrike Moll", "2024-06-04", "Filmblatt Nord")
    assert "Lukas Frey" in second.to_document().text  # summary when there is no content


def test_atom_feed_saved_as_xml_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "harbor.xml"
    path.write_text(ATOM, encoding="utf-8")
    (unit,) = expand([path])
    doc = unit.to_document()
    assert doc.source.kind == "feed" and doc.source.author == "Dana Whitcombe" and "Ruth Calloway" in doc.text
    assert [u.key for u in expand_bytes(str(path), path.read_bytes())] == [unit.key]


def test_folders_are_walked_in_sorted_order_skipping_hidden_files_and_the_output(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "out").mkdir()
    for name in ("b/2.txt", "a/1.txt", "a/.hidden.txt", "out/part-00000.jsonl", "0.txt"):
        (tmp_path / name).write_text(REVIEW, encoding="utf-8")
    units = list(expand([tmp_path, tmp_path / "missing.txt"], exclude=tmp_path / "out"))
    assert [u.key for u in units[:-1]] == [str(tmp_path / n) for n in ("0.txt", "a/1.txt", "b/2.txt")]
    assert all(isinstance(u, FileUnit) for u in units[:-1])
    with pytest.raises(InputError, match="no such file"):
        units[-1].to_document()


def test_bytes_and_paths_expand_to_the_same_units(tmp_path: Path) -> None:
    path = crawl_warc(tmp_path / "crawl.warc.gz")
    from_path = [(u.key, u.to_document()) for u in expand([path])]
    from_bytes = [(u.key, u.to_document()) for u in expand_bytes(str(path), path.read_bytes())]
    assert from_path == from_bytes
    text = CRAWL / "README.md"
    assert next(expand_bytes(str(text), text.read_bytes())).to_document() == FileUnit(str(text)).to_document()
