"""Credits, the reader's state: the review text, its runs and cue matches, found only where a cue
can start.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from types import ModuleType

from filmkritik import lang
from filmkritik.model import Span
from filmkritik.read import credits_insertions, lexmatch, names
from filmkritik.read.analysis import Analysis
from filmkritik.read.credits.common import Hit, _anchor_scan, _norm, patterns
from filmkritik.read.names import Lexicon, Runs

#: Cue patterns that begin with their trigger word: matched only at those words.
_WORD_START_KEYS = frozenset({"cue_noun", "play"})
#: Cue patterns whose every match starts at one of a few literal strings (as written; "\n":
#: a line start): the regex is tried only there, which finds what a scan of the whole text finds.
_ANCHORS: dict[str, Callable[[ModuleType], tuple[str, ...]]] = {
    "film_by": lambda d: d.FILM_BY_WORDS,
    "mit_line": lambda d: ("Mit",),
    "info_von_mit": lambda d: ("Von",),
    "title_director": lambda d: ("(",),
    "caption": lambda d: ("\n",),
}
#: What the reading's filter knows each needle of :meth:`ReaderBase.found` by, and whether it holds white space.
_FILTER_KEYS: dict[str, tuple[str | None, bool]] = {}


class ReaderBase:
    """The state of reading one review's credits, and the helpers that find cues in it."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.code = analysis.language if analysis.language in lang.LANGUAGES else "en"
        self.p = patterns(self.code)
        self.d = self.p.data
        self.lex: Lexicon = names.lexicon()
        self.low = analysis.lowered
        self._sentence_starts = analysis.sentence_starts
        self.hits: list[Hit] = []
        self.distributors: list[tuple[str, int, int]] = []  # name, strength, start
        self.countries: list[tuple[str, int]] = []
        self.titles = self._film_titles()
        # The surname index (see ``full_names_ending``): full names from the text's runs, read
        # per surname only when asked; hits' names as they arrive.
        self._runs_by_fold: dict[str, list[str]] | None = None
        self._run_names: dict[str, list[str]] = {}
        self._hit_names: dict[str, list[str]] = defaultdict(list)
        self._index_hits = 0
        self._spelling: dict[str, str] | None = None
        self._persons: dict[str, str | None] = {}
        self.block_spans: list[Span] = []
        self._trigger_positions: dict[str, list[int]] = {}
        self._found: dict[str, list[int]] = {}  # see ``found``
        self._gate_low: str | None = None  # see ``gate_positions``
        self._gate_found: dict[str, list[int]] = {}
        self._noun_marks: list[int] | None = None  # see ``Appositions._film_noun_near``
        self._noun_marks_all = False
        # (trigger words asked about in earlier reviews that this one does not hold, ruled out at once; see
        # ``lexmatch.NeedleFilter``)
        reading = lexmatch.here(self.low)
        self._absent = reading.absent() if reading is not None else frozenset()
        self._asked = reading.asked if reading is not None else None
        self._norms: dict[str, str] = {}
        self._run_words: set[str] | None = None  # the words of the capitalised runs, built when first asked
        self._listing_headers: list[tuple[int, str]] | None = None  # a TV listing's time-slot headers, when asked
        #: runs read as a part's given name and its performer ("Gesa Ruth Kallweit"): no one's fuller spelling
        self.split_runs: set[str] = set()
        self._honorific_keys: frozenset[str] | None = None
        #: (start, noun) of German play-verb objects that are a trade noun alone after an article ("X spielt den
        #: Patriarchen ..." opening a sentence): ``finish`` links them to the one part the sentence before names
        self.pointing_nouns: set[tuple[int, str]] = set()
        self._openings: list[int] | None = None  # see ``_sentence_openings``
        self._surnamed: dict[str, bool] = {}
        self._credited: frozenset[str] = frozenset()  # names a cast list gives (see ``note_credited``)
        # Co-directors named together by one cue ("A und B inszenierten"): each directs when the other does.
        self._partners: dict[str, set[str]] = defaultdict(set)
        if self.code == "de":
            # Words inserted into a linking phrase ("spielt mit stoischer Ruhe den ...") blanked, offsets kept.
            # (``low`` stays the text as written: trigger positions found there are a superset, and cue
            # patterns run on the blanked text.)
            self.text = credits_insertions.mask(self.text, analysis.sentence_starts, self.lex, self.positions)
            lexmatch.derived(self.text, analysis.text)  # (its searches skip what the text's filter rules out)
        self.runs = Runs(self.text)
        self._run_texts: list[str] | None = None  # see ``run_texts``

    # -- helpers ---------------------------------------------------------------

    def finds(self, key: str) -> list[re.Match[str]]:
        """The matches of cue pattern ``key``, looked for only where one can start.

        Scanning a whole review with each of some twenty cue regexes is what costs; a
        substring search is nearly free. A cue whose trigger words are all missing has no
        match. A cue that starts with one of a few literal words (:data:`_ANCHORS`) is tried
        only where those words stand; one that starts with its trigger word only at the
        words holding it; any other only over the few sentences (and their neighbours)
        holding a trigger.
        """
        rx: re.Pattern[str] = getattr(self.p, key)
        triggers = self.d.TRIGGERS.get(key)
        if triggers is not None and not self.mentions_any(triggers):
            return []
        anchors = _ANCHORS.get(key)
        if anchors is not None:
            return self._matches_at(rx, self.text, self._anchor_positions(anchors(self.d)))
        if triggers is None:
            return list(rx.finditer(self.text))
        # (Where the lower-cased text is longer, a "İ" lowered to two characters, the triggers are placed in a copy
        # lowered one for one, "İ" to "i" as the regex engine folds it: ``gate_positions``.)
        where = self.positions if len(self.low) == len(self.text) else self.gate_positions
        if key in _WORD_START_KEYS:
            return self._matches_at_words(rx, triggers, where)
        spans = self._trigger_spans(triggers, where)
        out: list[re.Match[str]] = []
        for start, end in spans:
            out.extend(rx.finditer(self.text, start, end))
        return out

    def positions(self, trigger: str) -> list[int]:
        """Where ``trigger`` occurs in the lower-cased text; each trigger word is looked for once
        per review, however many cues share it (a substring search over the text costs)."""
        found = self._trigger_positions.get(trigger)
        if found is None:
            found = []
            if trigger not in self._absent:  # (words ruled out at once for the whole text, see ``NeedleFilter``)
                if self._asked is not None and len(trigger) >= 4:
                    self._asked.add(trigger)  # (the next review's filter holds it)
                pos = self.low.find(trigger)
                while pos >= 0:
                    found.append(pos)
                    pos = self.low.find(trigger, pos + 1)
            self._trigger_positions[trigger] = found
        return found

    def gate_positions(self, trigger: str) -> list[int]:
        """Where ``trigger`` occurs in the text lowered one character for one ("İ", whose lower case is two
        characters, as "i"): places in the text as written, for texts whose lower case is longer (elsewhere the
        same as :meth:`positions`). Looked for once per review."""
        if len(self.low) == len(self.text):
            return self.positions(trigger)
        if self._gate_low is None:
            self._gate_low = self.analysis.text.replace("\u0130", "i").lower()
        found = self._gate_found.get(trigger)
        if found is None:
            found = self._gate_found[trigger] = lexmatch.occurrences(self._gate_low, trigger)
        return found

    def found(self, needle: str) -> list[int]:
        """Every place where ``needle`` starts in the text as written (overlapping ones too), in order: the places the
        loop ``pos = text.find(needle); while pos >= 0: ...; pos = text.find(needle, pos + 1)`` visits. Looked for once
        per review, and not at all when the reading's filter rules the needle out (a search costs a scan of the whole
        text, mostly for words the review does not hold)."""
        got = self._found.get(needle)
        if got is None:
            got = self._found[needle] = [] if self._ruled_out(needle) else lexmatch.occurrences(self.text, needle)
        return got

    def holds(self, needle: str) -> bool:
        """``needle in self.text``, at once False when the reading's filter rules the needle out."""
        got = self._found.get(needle)
        if got is not None:
            return bool(got)
        return not self._ruled_out(needle) and needle in self.text

    def _ruled_out(self, needle: str) -> bool:
        """Whether the text cannot hold ``needle``: its lower case (four characters or more, one for one) is among the
        needles the reading's lower-cased text does not hold. (A needle with white space only while the text is the
        reading's own: the blanked German text holds spaces where the reading's has words.) The needle is learnt for
        the next review's filter."""
        item = _FILTER_KEYS.get(needle)
        if item is None:
            _, key, spaced = lexmatch._filter_key(needle)
            item = _FILTER_KEYS[needle] = (key, spaced)
        key, spaced = item
        if key is None or self._asked is None:
            return False
        if key not in self._asked:
            self._asked.add(key)
        return key in self._absent and (not spaced or self.text is self.analysis.text)

    def mentions_any(self, triggers: tuple[str, ...]) -> bool:
        """Whether the lower-cased text holds any of ``triggers``."""
        return any(self.positions(t) for t in triggers)

    def _anchor_positions(self, anchors: tuple[str, ...]) -> set[int]:
        """Where any of ``anchors`` occurs in the text (case as written); "\n" stands for every line start."""
        text = self.text
        scan = _anchor_scan(anchors)
        if scan is not None:
            # (the anchors the text's needle filter does not rule out, found one by one, when it has one)
            found = lexmatch.filtered_starts(text, anchors)
            return found if found is not None else {m.start() for m in scan.finditer(text)}
        starts: set[int] = set()
        for a in anchors:
            if a == "\n":
                starts.add(0)
            pos = text.find(a)
            while pos >= 0:
                starts.add(pos + 1 if a == "\n" else pos)
                pos = text.find(a, pos + 1)
        return starts

    @staticmethod
    def _matches_at(rx: re.Pattern[str], text: str, starts: set[int]) -> list[re.Match[str]]:
        """What ``rx.finditer(text)`` finds when no match can start outside ``starts``, trying only those."""
        out = []
        end = -1
        for start in sorted(starts):
            if start < end:
                continue
            m = rx.match(text, start)
            if m:
                out.append(m)
                end = m.end()
        return out

    def _matches_at_words(
        self, rx: re.Pattern[str], triggers: tuple[str, ...], where: Callable[[str], list[int]] | None = None
    ) -> list[re.Match[str]]:
        """Matches of a pattern that starts with a cue word, tried only at the words holding a trigger (``where``
        places a trigger: :meth:`positions` unless given)."""
        text = self.text
        where = self.positions if where is None else where
        starts: set[int] = set()
        for t in triggers:
            for pos in where(t):
                start = pos
                while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
                    start -= 1
                    if text[start] == "-":
                        starts.add(start + 1)  # "US-Regisseur": the part after the hyphen
                starts.add(start)
        return self._matches_at(rx, text, starts)

    def _trigger_spans(self, triggers: tuple[str, ...], where: Callable[[str], list[int]] | None = None) -> list[Span]:
        """Merged spans of the sentences around each trigger occurrence (one sentence either side; ``where`` places
        a trigger: :meth:`positions` unless given)."""
        sentences = self.analysis.sentences
        starts = self._sentence_starts
        where = self.positions if where is None else where
        hits: set[int] = set()
        for t in triggers:
            for pos in where(t):
                hits.add(max(0, bisect.bisect_right(starts, pos) - 1))
        spans: list[Span] = []
        for i in sorted(hits):
            start = sentences[max(0, i - 1)][0] if sentences else 0
            end = sentences[min(len(sentences) - 1, i + 1)][1] if sentences else len(self.text)
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        if not sentences and hits:
            return [(0, len(self.text))]
        return spans

    def _film_titles(self) -> set[str]:
        film = self.analysis.record.film
        found = {t.text for t in (film.title, film.original_title) if t} | {t.text for t in film.local_titles}
        return {_norm(t) for t in found}

    def is_film_title(self, value: str) -> bool:
        v = _norm(value)
        return bool(v) and any(v == t or (len(v) > 3 and (t.startswith(v) or v.startswith(t))) for t in self.titles)

    def runs_in(self, start: int, end: int) -> list[Span]:
        """Capitalised runs inside a matched group (a run may start mid-way through a longer one)."""
        return [(m.start(), m.end()) for m in names.RUN_RE.finditer(self.text, start, end)]

    def run_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]

    def run_texts(self) -> list[str]:
        """The text of each run, in the order of ``runs.spans`` (sliced once, when first asked)."""
        if self._run_texts is None:
            text = self.text
            self._run_texts = [text[start:end] for start, end in self.runs.spans]
        return self._run_texts
