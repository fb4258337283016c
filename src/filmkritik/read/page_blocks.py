"""Page furniture around a review: related-article boxes, readers' comments, author bios, newsletter boxes.

A crawler's text of a review page keeps the boxes around the article: "Mehr zum Thema" teasers naming other
films with their directors and stars, readers' comments ("Ich fand ihn großartig!"), the author's bio, a
newsletter box, links to the previous and next article. Their names and opinions are not the review's.

:func:`blocks` finds them; :func:`mask` blanks them out with spaces (newlines kept), so the text keeps its
length and every offset the reader reports still points into the page as given.

How a block is found:

* The article's prose: long lines, and runs of four or more lines that end like sentences (sites that set
  each sentence as its own paragraph); teaser paragraphs under a box label ("„X“: Regie: ...", "'X' review –
  Directed by ...") are no prose however long.
* The comments start at a comments label ("Kommentare (3)", "12 comments", "Join the conversation") or a
  comment's opening ("X schrieb am 14.02.:") below the first prose, and run to the end of the page.
* The article ends with its last prose above the comments. Below it, the first box heading alone on its line
  ("Mehr zum Thema", "Related stories", "Über die Autorin") or a bio line ("X is a film critic ...") starts
  the page's tail: everything from there to the comments is furniture, except a facts or release line of the
  reviewed film that some sites put under their boxes ("»X«, Schweden 2024, Regie: Y, 118 Minuten").
  A label with its link on the same line ("Read more: X") is one line of furniture (with the teaser lines
  right below it): short paragraphs of the article may follow.
* Above the article's end (the page's head, or a box inside the article), a box of links with its links on
  the same line ("Auch interessant: „X“ – Regie: ...") is one line of furniture; a box label takes the teaser
  lines right below it (no blank line between, each naming an article: a quoted title, "Regie:", "review", a rating).
  A bulleted run under a cast heading ("Die Besetzung im Überblick:", "The cast at a glance:") is the film's cast,
  no sidebar of teasers.
* A page without prose (a capsule, a list of short lines) is left alone: there is no article to tell the
  boxes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from types import ModuleType

from filmkritik import lang
from filmkritik.read import lexmatch

#: A line this long (characters) is prose of the article or of a comment, not a teaser or a menu.
_PROSE_CHARS = 200
#: Teaser lines below a label inside the article are shorter than this.
_TEASER_CHARS = 220
#: A bio line is shorter than this.
_BIO_CHARS = 500

#: A teaser line names another article: a quoted title, its credits, "review", "Kritik", a rating.
_TEASER_CUE = re.compile(
    r"(?:^|\s)[„“\"‘»«]\w|\b(?:Regie|Directed\s+by|directs|starring|review|Kritik|Interview)\b|[★☆]|\b\d+/\d+\b",
    re.IGNORECASE,
)
_NEWSLETTER_LINE = re.compile(
    r"(?i)(?=.*\b(?:newsletter|postfach|inbox)\b)(?=.*\b(?:anmelden|abonnieren|abonniere|bestellen|sign\s+up|"
    r"subscribe|enter\s+your\s+e-?mail|e-mail-adresse|registrieren|jetzt|every|jeden|jede)\b)"
)
#: "Also on Cinephile Weekly", "More from Movies", "Filme wie „X“": a box named after its site or the film.
_SITE_BOX = re.compile(
    r"(?i)^[ \t]*(?:also\s+on|more\s+from|more\s+in|mehr\s+aus|mehr\s+von|(?:ähnliche\s+)?filme\s+wie|films\s+like|"
    r"movies\s+like|if\s+you\s+liked)\s[^.!?\n]{1,60}$"
)
#: "About Millicent Garside: ...", "Über Ottilie Brennecke:": a bio under the author's name.
_NAMED_BIO = re.compile(r"^[ \t]*(?:About|Über)\s+[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){1,2}\s*:")
#: "W. Krämer am 23.09.:", "Heike123 am 23.09.": a comment's opening with its date.
_DATED_COMMENT = re.compile(
    r"^[ \t]*\S[^\n.!?]{0,30}?\s(?:am|on)\s\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s*(?:um\s[\d:.]+\s*(?:Uhr)?)?:"
)
#: "12 Kommentare", "7 comments", '12 thoughts on "X"': a comments box headed by its count.
_COUNTED_COMMENTS = re.compile(
    r"(?i)^[ \t]*\d{1,5}\s+(?:kommentare?|comments?|antworten|responses|replies|thoughts|gedanken)"
    r"(?:\s+(?:on|zu)\s[^\n]{1,80})?[ \t]*$"
)
#: "Dennis says:", "Wendy Marsh sagt:" alone on a line: a comment's byline (a review's "X says: ..." goes on).
_SAYS_LINE = re.compile(r"(?i)^[ \t]*\S[^\n]{0,40}?\s(?:says|said|wrote|writes|sagt|schrieb|schreibt|meint):[ \t]*$")
#: A teaser paragraph of another article: "„X“: Regie: ...", "'X' review – Directed by ...", "Review: „X“ (2024) –".
_TEASER_OPENING = re.compile(
    r"^[ \t>»•*-]*(?:(?:Kritik|Review|Filmkritik)\s*:\s*)?[„“\"'‘»«][^\n]{1,80}?[“”\"'’«»]"
    r"(?:\s*\((?:19|20)\d\d\))?\s*(?::|[–—-]|review\b|Kritik\b)"
)
#: A line that ends like a sentence: in a run of them, the short paragraphs of an article.
_SENTENCE_END = re.compile(r"[.!?…][\"'’”“»«)]?[ \t]*$")
#: A run of this many sentence lines in a row is article prose however short each is.
_PROSE_RUN = 4
#: A sentence line in such a run has at least this many characters.
_SENTENCE_CHARS = 25
#: "Arved Lindemann ist Filmredakteur ...", "Unsere Autorin X ist ...": a line opening with a name and a verb.
_NAME_VERB = re.compile(
    r"^[ \t]*(?:(?:Unsere?[rn]?\s+Autor(?:in)?|Our\s+(?:critic|writer|reviewer))\s+)?[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){1,2}\s+(?:ist|war|schreibt|hat|lebt|is|was|writes|has|lives|reviews)\b"
)

#: A facts or release line of the reviewed film: a running time, "ab Donnerstag im Kino", "in cinemas now".
_FACTS_LINE = re.compile(
    r"\b\d{2,3}\s*(?:Min(?:uten|\.|\b)|mins?\b|minutes\b)|\b(?:startet|läuft|ist)\s[^\n|]{0,60}\b(?:im\s+Kino|in\s+den\s+Kinos)\b"
    r"|\b(?:opens|is\s+in\s+cinemas|is\s+now\s+playing|is\s+streaming)\b[^\n|]{0,60}[.!]\s*$",
    re.IGNORECASE,
)
#: A teaser headline's marks as a link: an arrow or bullet before it, "mehr" / "Read more" after it.
_TEASER_MARK = re.compile(
    r"^[ \t]*[»›→▸►•*·][ \t]*|[ \t]+(?:mehr|weiterlesen|read more|more)[ \t]*[»›→]?[ \t]*$", re.IGNORECASE
)
#: A teaser's date or age alone on the line below it: "18.11.2026", "Nov 19", "vor 2 Stunden", "2 hours ago".
_TEASER_AGE = re.compile(
    r"(?i)[ \t—–-]*(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"(?:,[ \t]*\d{4})?|\d{1,2}\.?[ \t]+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?(?:[ \t]+\d{4})?|"
    r"vor[ \t]+\d+[ \t]+\w+|\d+[ \t]+(?:hours?|minutes?|days?|mins?)[ \t]+ago|yesterday|gestern)[ \t]*"
)
#: So many teaser headlines in a row make a sidebar.
_TEASER_RUN = 3
#: The review's own rating or verdict line, should a site set it under its boxes: "Unsere Wertung: 4/5",
#: "Rating: ★★★☆☆", "Fazit: ..." (a teaser gives its stars after its title, never before).
_VERDICT_LINE = re.compile(
    r"(?i)^[ \t]*(?:unsere?\s+|meine?\s+|our\s+|my\s+)?(?:wertung|bewertung|note|rating|grade|verdict|fazit)\s*:"
)


@dataclass(frozen=True)
class Block:
    """A stretch of page furniture: ``kind`` is "tail" (the page below the article), "comments" or "box"."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Cues:
    label: re.Pattern[str]
    #: What every line :attr:`label` matches opens with (:func:`_label_openings`): tried first, one branch per letter.
    label_opening: re.Pattern[str]
    comment_opening: re.Pattern[str]
    bio_words: re.Pattern[str]
    comment_labels: frozenset[str]
    box_labels: frozenset[str]
    cast_words: frozenset[str]


def _labels(module: ModuleType, name: str) -> tuple[str, ...]:
    return tuple(getattr(module, name, ()))


@cache
def _cues() -> _Cues:
    """Both languages' labels at once: German pages carry English boxes ("Newsletter", "Trending") and back."""
    modules = [lang.data(code, "page_blocks") for code in sorted(lang.LANGUAGES)]
    kinds = ("RELATED", "COMMENTS", "BIO", "NEWSLETTER", "NEIGHBOURS")
    words = {label for m in modules for kind in kinds for label in _labels(m, kind)}
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    label = re.compile(
        rf"(?i)^{_LABEL_LEAD}(?P<label>{alternatives})(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*(?:(?P<sep>[:|–—])[ \t]*(?P<rest>.*))?$"
    )
    opening = "|".join(m.COMMENT_OPENING for m in modules)
    bio = "|".join(m.BIO_WORDS for m in modules)
    return _Cues(
        label=label,
        label_opening=_label_openings(words),
        comment_opening=re.compile(rf"(?i)^[ \t]*\S[^\n]{{0,40}}?\s(?:{opening})\b"),
        bio_words=re.compile(rf"(?i)\b(?:{bio})"),
        comment_labels=frozenset(("comments", *(label for m in modules for label in _labels(m, "COMMENTS")))),
        box_labels=frozenset(("site box", *(label for m in modules for label in _labels(m, "RELATED")))),
        cast_words=frozenset(word for m in modules for word in _labels(m, "CAST_WORDS")),
    )


# Not frozen: a page makes one per line, and a frozen dataclass's __init__ (object.__setattr__ per field) costs
# about three times as much. Nothing assigns to them after construction; compared and hashed as before.
@dataclass(slots=True, unsafe_hash=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def prose(self) -> bool:
        return len(self.text.strip()) >= _PROSE_CHARS


#: How many characters of each box label :func:`_label_openings` spells out.
_OPENING_CHARS = 8
#: What :attr:`_Cues.label` allows before its label.
_LABEL_LEAD = r"[ \t>»•*#|-]*"


def _label_openings(words: set[str]) -> re.Pattern[str]:
    """A pattern whose match at a line's start every match of :attr:`_Cues.label` implies: its lead, then the first
    :data:`_OPENING_CHARS` characters of one of the labels (a space as white space), under the same flags.

    The label pattern tries its 150 labels one after the other at each line's start (~5 us a line); the openings as a
    trie (:func:`lexmatch.trie_pattern`) try one branch per letter, and a line of prose fails at its second or third
    letter. Where they match, the label pattern decides as before: the same answers."""
    assert not any("\\" in w for w in words)  # (an escaped space below is a space of a label)
    trie = lexmatch.trie_pattern({w[:_OPENING_CHARS] for w in words if w}).replace(re.escape(" "), r"\s+")
    return re.compile(rf"(?i){_LABEL_LEAD}(?:{trie})")


def _lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append(_Line(pos, pos + len(line), line))
        pos += len(line) + 1
    return lines


def _label(line: _Line, cues: _Cues, newsletter: bool = True) -> tuple[str, bool] | None:
    """The box label opening ``line`` (lower-cased) and whether links follow it on the same line.

    ``newsletter``: whether the page may hold a newsletter box's words at all (:func:`_may_name_newsletter`)."""
    if len(line.text) > _TEASER_CHARS * 2:
        return None
    m = cues.label.match(line.text) if cues.label_opening.match(line.text) is not None else None
    if m is not None:
        return re.sub(r"\s+", " ", m.group("label").lower()), bool((m.group("rest") or "").strip())
    if _COUNTED_COMMENTS.match(line.text):
        return "comments", False
    if _SITE_BOX.match(line.text):
        return "site box", False
    if _NAMED_BIO.match(line.text):
        return "bio", True
    if newsletter and _NEWSLETTER_LINE.match(line.text) and len(line.text) < _TEASER_CHARS * 2:
        return "newsletter", True
    return None


def _opens_comment(line: _Line, cues: _Cues) -> bool:
    text = line.text
    # (A dated opening holds its colon, a byline ends on it: most lines are not tried.)
    return bool(
        cues.comment_opening.match(text)
        or (":" in text and _DATED_COMMENT.match(text))
        or (text.rstrip(" \t").endswith(":") and _SAYS_LINE.match(text))
    )


#: The words a newsletter line (:data:`_NEWSLETTER_LINE`) must hold one of.
_NEWSLETTER_WORDS = ("newsletter", "postfach", "inbox")
#: Characters that a case-insensitive match reads as a letter of those words while ``str.lower`` does not give
#: that letter: the dotted capital I (whose lower case is two characters), the dotless i, the long s.
_CASE_FOLDS_APART = ("\u0130", "\u0131", "\u017f")


def _may_name_newsletter(text: str, lowered: str | None = None) -> bool:
    """Whether any line of ``text`` can be a newsletter line: whether it holds one of its words in any case.

    Searched once in the page's lower case by ``str.find``: the line pattern's look-aheads try every position
    of every line, and most pages have no newsletter box (where a lower-cased search could miss a word the
    case-insensitive pattern finds, every line is tried as before). ``lowered``: ``text.lower()``, when the
    caller has it already."""
    lowered = text.lower() if lowered is None else lowered
    return any(w in lowered for w in _NEWSLETTER_WORDS) or any(c in text for c in _CASE_FOLDS_APART)


def _is_bio(line: _Line, cues: _Cues) -> bool:
    """ "Hiltrud Marzahn ist freie Filmkritikerin in Köln ...": a short line about the author."""
    return (
        len(line.text) < _BIO_CHARS
        and _NAME_VERB.match(line.text) is not None
        and cues.bio_words.search(line.text) is not None
    )


def _comments_start(
    lines: list[_Line], labels: list[tuple[str, bool] | None], prose: list[int], cues: _Cues
) -> int | None:
    """The line where the readers' comments begin, if any: below two lines of prose at least, so that a share
    bar's "23 Kommentare" between a long standfirst and the article is no start of the comments."""
    if len(prose) < 2:
        return None
    for i in range(prose[1] + 1, len(lines)):
        found = labels[i]
        if found is not None and found[0] in cues.comment_labels and not found[1]:
            return i
        if _opens_comment(lines[i], cues):
            return i
    return None


def _teaser_paragraphs(lines: list[_Line], labels: list[tuple[str, bool] | None]) -> set[int]:
    """Lines under a box label that open like another article's teaser ("„X“: Regie: ...", "'X' review –"),
    however long and with blank lines between them: they are no prose of the article."""
    teasers: set[int] = set()
    for i, label in enumerate(labels):
        if label is None or label[1]:
            continue
        j = i + 1
        while j < len(lines):
            line = lines[j]
            if not line.text.strip():
                j += 1
                continue
            if labels[j] is not None or not _TEASER_OPENING.match(line.text):
                break
            teasers.add(j)
            j += 1
    return teasers


def _prose(lines: list[_Line], labels: list[tuple[str, bool] | None]) -> list[int]:
    """The article's lines of prose: long ones, and runs of short lines that end like sentences (a site that
    sets every sentence as its own paragraph)."""
    teasers = _teaser_paragraphs(lines, labels)
    prose = []
    run: list[int] = []
    for i, line in enumerate(lines):
        stripped = line.text.strip()
        if not stripped:
            continue
        if labels[i] is not None or i in teasers:
            run = []
            continue
        if len(stripped) >= _PROSE_CHARS:  # (``line.prose``, from the line already stripped)
            prose.append(i)
        if len(stripped) >= _SENTENCE_CHARS and _SENTENCE_END.search(stripped):
            run.append(i)
            if len(run) >= _PROSE_RUN:
                prose.extend(run)
                run = []
                continue
        else:
            run = []
    return sorted(set(prose))


def blocks(text: str, lowered: str | None = None) -> list[Block]:
    """The page furniture in ``text`` as character spans, in order (``lowered``: ``text.lower()``, when the
    caller has it already)."""
    cues = _cues()
    lines = _lines(text)
    newsletter = _may_name_newsletter(text, lowered)
    labels = [_label(line, cues, newsletter) if line.text.strip() else None for line in lines]
    prose = _prose(lines, labels)
    if not prose:
        return []
    comments = _comments_start(lines, labels, prose, cues)
    before = [i for i in prose if comments is None or i < comments]
    article_end = before[-1] if before else prose[0]
    found: list[Block] = []
    # Above the article's end: single labelled lines and the teaser lines right below a label.
    i = 0
    while i < article_end:
        label = labels[i]
        # Only boxes of links: a masthead's "Subscribe" or a share bar's "Comments (38)" names no film, and the
        # title finder reads them as the page's furniture around its headline.
        if label is None or label[0] not in cues.box_labels:
            i += 1
            continue
        end = _teasers_below(lines, i, article_end)
        found.append(Block(lines[i].start, lines[end].end, "box"))
        i = end + 1
    # Above the article's first prose: a sidebar of teasers without a heading, told by its marks.
    for start, end in _marked_teasers(lines, prose[0]):
        if _under_cast_heading(lines, start, cues):
            continue  # "Die Besetzung im Überblick:" / "• Kapitän Rumpel: Bodo Lassahn": the film's cast, no teasers
        if not any(b.start <= lines[end].end and lines[start].start <= b.end for b in found):
            found.append(Block(lines[start].start, lines[end].end, "box"))
    found.sort(key=lambda b: b.start)
    # Below it: from the first box, bio or comment to the end of the page.
    stop = comments if comments is not None else len(lines)
    j = article_end + 1
    while j < stop:
        line = lines[j]
        label = labels[j]
        if label is not None and label[1]:
            # "Read more: X", "Lesen Sie auch: X": a link and its teasers right below; the article may go on
            # in short paragraphs after them
            last = _teasers_below(lines, j, stop)
            found.append(Block(line.start, lines[last].end, "box"))
            j = last + 1
            continue
        if label is not None or _is_bio(line, cues):
            found += _tail(lines[j:stop], text)
            break
        j += 1
    if comments is not None:
        found.append(Block(lines[comments].start, len(text), "comments"))
    return found


def _marked_teasers(lines: list[_Line], stop: int) -> list[tuple[int, int]]:
    """Runs of teaser headlines above line ``stop`` (the article's first prose) with no box heading: three or more
    short lines in a row, most of them marked as links to other articles: an arrow or a bullet before ("» Warum
    das Kino …", "› Ten films to watch …"), "mehr" / "Read more" after, or their date on the line below ("The 25
    best horror movies" / "Nov 19"). A review's own heading carries no such marks."""
    runs: list[tuple[int, int]] = []
    first = last = -1
    heads = marked = 0
    for i in range(stop):
        line = lines[i].text.strip()
        if line and _TEASER_AGE.fullmatch(line) and heads:
            marked += 1  # the teaser above it is dated
            last = i
            continue
        bare = _TEASER_MARK.sub("", line)
        words = bare.split()
        if line and 3 <= len(words) <= 16 and len(line) < 120 and not line.endswith(".") and bare != line:
            marked += 1
        if line and 3 <= len(words) <= 16 and len(line) < 120 and not line.endswith("."):
            first = i if heads == 0 else first
            last = i
            heads += 1
            continue
        if heads >= _TEASER_RUN and marked >= heads - 1:
            runs.append((first, last))
        heads = marked = 0
    if heads >= _TEASER_RUN and marked >= heads - 1:
        runs.append((first, last))
    return runs


#: A cast heading is short: "Die Besetzung im Überblick:", "The cast at a glance", "Stab und Besetzung".
_CAST_HEADING_CHARS = 60
_HEADING_WORD = re.compile(r"[^\W\d_]+")


def _under_cast_heading(lines: list[_Line], start: int, cues: _Cues) -> bool:
    """The run of list lines from ``start`` opens with, or sits right under, a short heading naming the film's cast or
    credits ("Die Besetzung im Überblick:", "Cast:", "Starring"): the film's people, not links to other articles."""
    for i in (start, start - 1, start - 2):
        if i < 0:
            return False
        line = lines[i].text.strip()
        if not line:
            continue
        words = (
            [w.casefold() for w in _HEADING_WORD.findall(line.split(":", 1)[0])]
            if len(line) <= _CAST_HEADING_CHARS
            else []
        )
        if any(w in cues.cast_words for w in words) or any(f"{a} {b}" in cues.cast_words for a, b in pairwise(words)):
            return True
        if i < start:
            return False  # the nearest line above the run names no cast
    return False


def _teasers_below(lines: list[_Line], i: int, stop: int) -> int:
    """The last of the teaser lines right under the label on line ``i`` (no blank line between, short, naming
    an article: a quoted title, "Regie:", "review", a rating), or ``i`` itself."""
    end = i
    while (
        end + 1 < stop
        and lines[end + 1].text.strip()
        and len(lines[end + 1].text) < _TEASER_CHARS
        and _TEASER_CUE.search(lines[end + 1].text)
    ):
        end += 1
    return end


def _tail(lines: list[_Line], text: str) -> list[Block]:
    """The page's tail above the comments, less the reviewed film's facts line or the review's rating a site
    may put under its boxes ("»X«, Schweden 2024, Regie: Y, 118 Minuten, ab Donnerstag im Kino"; "„X“ startet
    am Donnerstag"; "Unsere Wertung: 4/5")."""
    found: list[Block] = []
    start: int | None = None
    for line in [*lines, None]:
        if line is not None and not _FACTS_LINE.search(line.text) and not _VERDICT_LINE.match(line.text):
            start = line.start if start is None else start
            continue
        if start is not None:
            end = line.start - 1 if line is not None else min(lines[-1].end, len(text))
            found.append(Block(start, end, "tail"))
            start = None
    return found


def mask(text: str, lowered: str | None = None) -> str:
    """``text`` with its page furniture blanked out: the same length, newlines kept, offsets unchanged
    (``lowered``: ``text.lower()``, when the caller has it already)."""
    found = blocks(text, lowered)
    if not found:
        return text
    parts = []
    pos = 0
    for block in found:
        parts.append(text[pos : block.start])
        parts.append(re.sub(r"[^\n]", " ", text[block.start : block.end]))
        pos = block.end
    parts.append(text[pos:])
    return "".join(parts)
