"""Facts of a record, and the review text split at their evidence so each fact can be highlighted.

Works on the record as a plain dict (``ReviewRecord.to_dict()`` or a stored record), so
facts the reader learns later show up without changes here: any object in the record
that carries ``evidence`` is a fact. The text is cut at every evidence and sentence
boundary server-side and every piece is escaped; no review text reaches the page raw.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from filmkritik.model import Span
from filmkritik.web.i18n import Translator, has

#: Where each list or single fact lives in the record, and the kind it is shown as.
_FACT_PLACES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("film", "title"), "title"),
    (("film", "original_title"), "original_title"),
    (("film", "local_titles"), "local_title"),
    (("film", "year"), "year"),
    (("film", "directors"), "director"),
    (("film", "cast"), "cast"),
    (("film", "actors"), "actor"),
    (("film", "writers"), "writer"),
    (("film", "composers"), "composer"),
    (("film", "distributor"), "distributor"),
    (("film", "countries"), "country"),
    (("film", "festivals"), "festival"),
    (("film", "settings"), "setting"),
    (("mentions",), "mention"),
    (("movements",), "movement"),
    (("verdict", "explicit"), "rating"),
    (("verdict", "aspects"), "aspect"),
    (("verdict", "pull_quote"), "pull_quote"),
    (("warnings",), "warning"),
)
_QUOTE_CHARS = 140


@dataclass(frozen=True)
class Fact:
    """One extracted fact: what it is, how to show it, and where the text says it."""

    id: int
    kind: str
    label: str
    value: str
    spans: tuple[Span, ...]
    sentences: tuple[int, ...]
    polarity: str | None = None

    @property
    def anchor(self) -> str | None:
        """The id of the first sentence holding the evidence (the no-JavaScript link target)."""
        return f"s{self.sentences[0]}" if self.sentences else None


def clean_spans(evidence: Any, length: int) -> tuple[Span, ...]:
    """Evidence clipped to the text; malformed or empty spans are dropped, not trusted."""
    spans: list[Span] = []
    if not isinstance(evidence, list):
        return ()
    for item in evidence:
        if not isinstance(item, (list, tuple)) or len(item) != 2:
            continue
        start, end = item
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        start, end = max(0, start), min(length, end)
        if start < end:
            spans.append((start, end))
    return tuple(sorted(set(spans)))


def extract_facts(record: dict[str, Any], sentences: list[Span], t: Translator) -> list[Fact]:
    """Every fact in ``record`` that can be shown, in reading order of the record contract."""
    length = len(record.get("text") or "")
    starts = [s for s, _ in sentences]
    facts: list[Fact] = []
    for path, kind in _FACT_PLACES:
        for item in _items_at(record, path):
            spans = clean_spans(item.get("evidence"), length)
            value = describe(kind, item, t)
            if not value:
                continue
            polarity = item.get("polarity") if kind == "aspect" else None
            facts.append(
                Fact(
                    id=len(facts),
                    kind=kind,
                    label=t(f"fact.{kind}"),
                    value=value,
                    spans=spans,
                    sentences=_sentences_of(spans, sentences, starts),
                    polarity=polarity if polarity in ("positive", "negative") else None,
                )
            )
    return facts


def _items_at(record: dict[str, Any], path: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    node: Any = record
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    if isinstance(node, dict):
        yield node
    elif isinstance(node, list):
        yield from (item for item in node if isinstance(item, dict))


def describe(kind: str, item: dict[str, Any], t: Translator) -> str:
    """The fact as a short line of text, e.g. ``Zoe Doe as Clara`` or ``acting: praised``."""
    if kind == "cast":
        actor, character = item.get("actor") or "", item.get("character") or ""
        return f"{actor} {t('fact.as')} {character}" if actor and character else actor or character
    if kind == "year":
        return str(item.get("value") or "")
    if kind == "director":
        nationality = item.get("nationality")
        return f"{item.get('name', '')} ({nationality})" if nationality else str(item.get("name") or "")
    if kind == "festival":
        extra = ", ".join(str(x) for x in (item.get("role"), item.get("year")) if x)
        return f"{item.get('name', '')} ({extra})" if extra else str(item.get("name") or "")
    if kind == "mention":
        title = str(item.get("title") or "")
        year = f" ({item['year']})" if item.get("year") else ""
        relation = f" – {item['relation']}" if item.get("relation") else ""
        return f"{title}{year}{relation}"
    if kind == "aspect":
        return f"{aspect_name(str(item.get('aspect') or ''), t)}: {t('polarity.' + str(item.get('polarity')))}"
    if kind == "local_title":
        language = f" ({item['language']})" if item.get("language") else ""
        return f"{item.get('text', '')}{language}"
    if kind == "pull_quote":
        return shorten(str(item.get("text") or ""), _QUOTE_CHARS)
    if kind == "warning":
        return str(item.get("message") or item.get("kind") or "")
    for key in ("text", "name", "title", "value"):
        if item.get(key):
            return str(item[key])
    return ""


def aspect_name(aspect: str, t: Translator) -> str:
    """A localised aspect name; aspects the UI does not know are shown as the reader names them."""
    key = f"aspect.{aspect}"
    return t(key) if has(key) else aspect.replace("_", " ")


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _sentences_of(spans: tuple[Span, ...], sentences: list[Span], starts: list[int]) -> tuple[int, ...]:
    found: set[int] = set()
    for start, end in spans:
        i = max(0, bisect.bisect_right(starts, start) - 1)
        while i < len(sentences) and sentences[i][0] < end:
            if sentences[i][1] > start:
                found.add(i)
            i += 1
    return tuple(sorted(found))


def highlight(text: str, facts: list[Fact], sentences: list[Span]) -> Markup:
    """The text as HTML: sentences as ``<span id="sN">``, evidence as ``<mark data-facts>``.

    The text is split at every boundary, each piece is escaped on its own, and the
    result keeps the text's characters exactly (newlines are shown by CSS ``pre-wrap``).
    """
    cuts = {0, len(text)}
    for start, end in sentences:
        cuts.update((start, end))
    for fact in facts:
        for start, end in fact.spans:
            cuts.update((start, end))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    starts = [s for s, _ in sentences]
    out: list[str] = []
    open_sentence: int | None = None
    for a, b in itertools.pairwise(bounds):
        sentence = _sentence_at(a, sentences, starts)
        if sentence != open_sentence:
            if open_sentence is not None:
                out.append("</span>")
            if sentence is not None:
                out.append(f'<span class="s" id="s{sentence}">')
            open_sentence = sentence
        piece = str(escape(text[a:b]))
        covering = [f for f in facts if any(s <= a and b <= e for s, e in f.spans)]
        if covering:
            ids = " ".join(str(f.id) for f in covering)
            kind = covering[0].kind
            polarity = next((f.polarity for f in covering if f.polarity), None)
            classes = f"f f-{kind}" + (f" p-{polarity}" if polarity else "")
            out.append(f'<mark class="{escape(classes)}" data-facts="{ids}">{piece}</mark>')
        else:
            out.append(piece)
    if open_sentence is not None:
        out.append("</span>")
    return Markup("".join(out))


def _sentence_at(position: int, sentences: list[Span], starts: list[int]) -> int | None:
    i = bisect.bisect_right(starts, position) - 1
    if i >= 0 and sentences[i][0] <= position < sentences[i][1]:
        return i
    return None
