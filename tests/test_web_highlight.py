"""Evidence highlighting: the text is cut at evidence and sentence boundaries, every piece escaped."""

from __future__ import annotations

import html
import re

from filmkritik.web.highlight import clean_spans, extract_facts, highlight
from filmkritik.web.i18n import translator
from filmkritik.web.reading import record_view, sentences_of
from web_support import hand_record, span

TAG = re.compile(r"<[^>]+>")


def visible_text(markup: str) -> str:
    return html.unescape(TAG.sub("", markup))


def test_highlighted_text_keeps_every_character() -> None:
    record = hand_record().to_dict()
    view = record_view(record, translator("en"))
    assert visible_text(str(view.text_html)) == record["text"]


def test_each_fact_marks_exactly_its_evidence() -> None:
    record = hand_record().to_dict()
    view = record_view(record, translator("en"))
    marked: dict[int, str] = {}
    for ids, inner in re.findall(r'<mark class="[^"]*" data-facts="([^"]*)">(.*?)</mark>', str(view.text_html), re.S):
        for fact_id in ids.split():
            marked[int(fact_id)] = marked.get(int(fact_id), "") + html.unescape(inner)
    director = next(f for f in view.facts if f.kind == "director")
    assert director.value == "Aksel Birkeland (Denmark)"
    assert marked[director.id] == "Aksel Birkeland"
    cast = next(f for f in view.facts if f.kind == "cast")
    assert cast.value == "Johanna Lindqvist as Greta"
    assert marked[cast.id] == "Greta (Johanna Lindqvist)"


def test_a_fact_points_at_the_sentence_it_comes_from() -> None:
    record = hand_record().to_dict()
    view = record_view(record, translator("de"))
    script = next(f for f in view.facts if f.kind == "aspect" and f.polarity == "negative")
    assert script.value == "Drehbuch: kritisiert"
    sentence_id = script.sentences[0]
    found = re.search(rf'<span class="s" id="s{sentence_id}">(.*?)</span>', str(view.text_html), re.S)
    assert found is not None
    assert visible_text(found.group(1)) == "Das Drehbuch verliert sich im letzten Drittel."
    assert script.anchor == f"s{sentence_id}"


def test_overlapping_facts_share_a_mark() -> None:
    text = "Greta (Johanna Lindqvist) lacht."
    record = hand_record(text=text).to_dict()
    view = record_view(record, translator("en"))
    # "Johanna Lindqvist" is both inside the cast credit and an actor mention.
    shared = re.search(r'data-facts="(\d+ \d+)">Johanna Lindqvist</mark>', str(view.text_html))
    assert shared is not None


def test_review_text_is_escaped_piece_by_piece() -> None:
    text = 'Der Film <script>alert("x")</script> ist gut & „Titel<b>“ bleibt.'
    record = hand_record(title="Titel<b>", text=text).to_dict()
    markup = str(record_view(record, translator("en")).text_html)
    assert "<script>" not in markup
    assert "<b>" not in markup
    assert "&lt;script&gt;" in markup
    assert "&amp;" in markup
    assert visible_text(markup) == text


def test_bad_evidence_is_ignored_not_trusted() -> None:
    assert clean_spans([[5, 2], [-3, 4], [0, 999], "x", [1.5, 3], [3, 3]], 10) == ((0, 4), (0, 10))
    record = hand_record().to_dict()
    record["film"]["title"]["evidence"] = [[10_000, 10_010], ["a", "b"]]
    view = record_view(record, translator("en"))
    title = next(f for f in view.facts if f.kind == "title")
    assert title.spans == ()
    assert title.anchor is None
    assert visible_text(str(view.text_html)) == record["text"]


def test_facts_without_evidence_are_listed_but_not_linked() -> None:
    record = hand_record().to_dict()
    facts = extract_facts(record, sentences_of(record["text"], "de"), translator("en"))
    quote = next(f for f in facts if f.kind == "pull_quote")
    assert quote.spans == ()
    assert quote.anchor is None


def test_evidence_across_two_sentences_is_split_at_the_boundary() -> None:
    text = "Erster Satz hier. Zweiter Satz dort."
    record = hand_record(title="Erster", text=text).to_dict()
    record["film"]["title"]["evidence"] = [list(span(text, "hier. Zweiter"))]
    view = record_view(record, translator("en"))
    title = next(f for f in view.facts if f.kind == "title")
    assert title.sentences == (0, 1)
    markup = str(view.text_html)
    assert re.search(r'id="s0">[^<]*<mark[^>]*data-facts="0">hier\.</mark></span>', markup)
    assert re.search(r'id="s1"><mark[^>]*data-facts="0">Zweiter</mark>', markup)
    assert highlight("", [], []) == ""
