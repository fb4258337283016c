"""German credits: the words critics insert into a linking phrase, blanked out before the cues run.

The German cues of :mod:`filmkritik.read.credits` read sequences ("X spielt den Y", "als Y", "Y (gespielt
von X)"). Critics put material inside them that carries no credit: adverbs and prepositional phrases
("spielt mit stoischer Ruhe den ..."), asides between commas, dashes or parentheses ("gibt, und das meint man
wörtlich, die ...", "spielt – im weitesten Sinne – den ...", "(mit großer Wärme gespielt von X)"), adjectives
joined by a comma or a conjunction ("die verhärmte, aber keineswegs humorlose Bäckerin Gesine") and
prepositional phrases inside an attribute ("den im Dorf nur geduldeten Fischer Jakob").

Rather than teaching every cue every insertion, :func:`mask` finds these *modifier runs* once, in the sentences
that hold a linking word, and replaces them with spaces in the copy of the text the credits reader scans.
Offsets stay valid (same length), names are never blanked (a run holding a capitalised word that is no common
noun or place stays), so every linking shape sees the short form at once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from filmkritik.read import places
from filmkritik.read.names import Lexicon

#: Lower-case substrings that mark a sentence with a linking phrase; a sentence without one is left alone.
#: (Most are the credits reader's own triggers, looked for once per review and shared.)
CUE_TRIGGERS = (
    "spielt",
    "spielen",
    "gespielt",
    "verkörper",
    "gibt",
    "gab ",
    "mimt",
    "übernimmt",
    "dargestellt",
    "gesprochen",
    "leiht",
    "spricht",
    " rolle",
    "e stimme",  # "ihre/seine/die Stimme" (not "bestimmt", "Stimmung")
    "glänzt",
    "brilliert",
    "überzeugt",
    "als ",
)
#: "als" counts only before an adjective ("als kettenrauchende, chronisch überarbeitete Kommissarin").
_ALS_ADJECTIVE = re.compile(r"[Aa]ls\s+[a-zäöüß]+(?:e|em|en|er|es),?\s")
_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\d+|[„“”\"»«‚‘]|[^\w\s]")
#: Finite verbs (and participles) of playing after which an insertion may stand before the object.
_VERBS = frozenset(
    """spielt spielte spielen verkörpert verkörperte verkörpern gibt gab mimt mimte übernimmt übernahm
    leiht lieh spricht sprach""".split()
)
_PARTICIPLES = frozenset("gespielt verkörpert dargestellt gesprochen".split())
#: Verbs after which the performer may follow with an article and praise ("glänzt ein bestens aufgelegter X").
_SUBJECT_VERBS = _VERBS | frozenset("glänzt brilliert überzeugt besticht agiert".split())
_SUBJECT_ARTICLES = frozenset("der die ein eine".split())
#: Verbs of performing well, before "als" and the role ("überzeugt vor allem in den stillen Momenten als ...").
_PERFORM_VERBS = frozenset("glänzt brilliert überzeugt besticht agiert begeistert tritt".split())
_AUXILIARIES = frozenset("wird wurde werden wurden".split())
_OBJECT_CASE = frozenset("den dem einen einem ihren seinen ihrem seinem deren dessen".split())
#: Finite verbs after which a performer's part follows ("X, ..., ist als Y zu sehen / spielt den Y").
_LINKING_VERBS = frozenset(
    "spielt verkörpert gibt mimt übernimmt leiht spricht ist glänzt brilliert überzeugt tritt liefert".split()
)
#: Finite verbs that may follow a role's name after a clause adverb ("Deniz wiederum wird von X gespielt").
_AFTER_NAME_VERBS = frozenset("wird wurde ist war spielt verkörpert".split())
_POSSESSIVES = frozenset("ihre seine ihren seinen".split())
_DETERMINERS = frozenset(
    """der die das dem den des ein eine einem einen einer eines sein seine seinem seinen seiner seines ihr ihre
    ihrem ihren ihrer ihres""".split()
)
#: Lower-case words an insertion never holds: pronouns (a subject or object of their own), words that link.
_STOP = frozenset(
    """er sie es ihn ihm ihnen man wir ich du uns euch sich als zu wie und oder aber sowie beziehungsweise bzw
    nicht kein keine dass ob wenn weil denn sondern""".split()
)
#: Words that carry a credit's meaning and are never blanked: time words that point to another film
#: ("die zuletzt als X im Biopic von Y zu sehen war"), the nouns of a part ("in der Rolle der ...").
_KEEP = frozenset(
    """zuletzt früher einst damals bereits schon zuvor vorher kürzlich unlängst jüngst einmal demnächst bald
    später""".split()
)
_PART_NOUN = re.compile(r".*(?:[Rr]olle|[Ff]igur|[Pp]art|[Ss]timme|[Bb]esetzung|[Ff]ilm|[Ss]erie)n?$")
_PREPOSITIONS = frozenset(
    """in im am an auf aus mit bei vor nach über unter zum zur von vom seit trotz ohne durch für gegen um
    neben zwischen hinter beim ins ans aufs ums fürs durchs unterm überm hinterm vorm""".split()
)
#: A preposition fused with an article: a noun follows ("beim Dorffest", "zum Tanz"), never a name.
_CONTRACTED = frozenset("zum zur im am beim ins ans aufs vom ums fürs durchs unterm überm hinterm vorm".split())
#: Tokens where a search for an insertion starts (besides a name before a phrase or a clause adverb).
_ANCHORS = _SUBJECT_VERBS | _PERFORM_VERBS | _AUXILIARIES | _DETERMINERS | frozenset({"als", "("})
_CLAUSE_ADVERBS = frozenset(
    "wiederum dagegen hingegen indes jedoch allerdings übrigens schließlich ihrerseits seinerseits".split()
)
_SUBORDINATORS = frozenset(
    """während weil als wenn obwohl obgleich da nachdem bevor ehe sodass damit wobei dass ob falls sobald
    solange seit seitdem bis indem wo welche welcher welchen welches""".split()
)
_CONJUNCTIONS = frozenset("aber und oder doch jedoch wenngleich wenn auch zugleich".split())
_DASHES = frozenset("–—-")
#: Words of an aside that says where the audience knows a performer from ("bekannt aus", "die man aus ... kennt").
_KNOWN_FROM = frozenset("bekannt bekannte bekannter kennt kennen kannte kannten".split())
_QUOTES_OPEN = frozenset('„“"»‚‘')
_QUOTES_CLOSE = frozenset('“”"«‘’')
_ADJECTIVE = re.compile(r"[a-zäöüß]{2,}(?:e|em|en|er|es)$")
_MAX_ASIDE = 10  # tokens


class _Sentence:
    """The tokens of one sentence: (start, end, text)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        # (Each match's start and text by ``map`` over the matches, its end from the text's length: a third fewer
        # method calls in Python's loop, speed pass 23.)
        found = list(_TOKEN.finditer(text, start, end))
        self.tokens = [
            (at, at + len(word), word)
            for at, word in zip(map(re.Match.start, found), map(re.Match.group, found), strict=True)
        ]


def mask(
    text: str, sentence_starts: list[int], lex: Lexicon, positions: Callable[[str], list[int]] | None = None
) -> str:
    """``text`` with the German insertions inside linking phrases replaced by spaces (same length).

    ``positions`` gives where a lower-case trigger occurs in the text (the credits reader's shared, cached
    search); without it the text is searched here.
    """
    if positions is None:
        low = text.lower()

        def positions(trigger: str) -> list[int]:
            return [m.start() for m in re.finditer(re.escape(trigger), low)]

    sentences: set[int] = set()
    for trigger in CUE_TRIGGERS:
        for pos in positions(trigger):
            if trigger == "als " and not _ALS_ADJECTIVE.match(text, pos):
                continue
            sentences.add(bisect.bisect_right(sentence_starts, pos) - 1)
    if not sentences:
        return text
    blanks: list[tuple[int, int]] = []
    for i in sorted(sentences):
        if i < 0:
            continue
        start = sentence_starts[i]
        end = sentence_starts[i + 1] if i + 1 < len(sentence_starts) else len(text)
        blanks.extend(_Masker(text, _Sentence(text, start, end).tokens, lex).spans())
    if not blanks:
        return text
    chars = list(text)
    for s, e in blanks:
        for k in range(s, e):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


class _Masker:
    """Finds the insertions of one sentence."""

    def __init__(self, text: str, tokens: list[tuple[int, int, str]], lex: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lex

    def spans(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        toks = self.tokens
        i = 0
        n = len(toks)
        while i < n:
            word = toks[i][2]
            if word[:1].isupper():
                low = word.lower()
                nxt = toks[i + 1][2] if i + 1 < n else ""
                if low not in _ANCHORS and nxt not in _PREPOSITIONS and nxt not in _CLAUSE_ADVERBS:
                    i += 1
                    continue
            elif word not in _ANCHORS and not (
                (word == "," or word in _DASHES) and i > 0 and toks[i - 1][2][:1].isupper()
            ):
                i += 1
                continue
            else:
                low = word
            found: tuple[int, int] | None = None
            relative = low in ("die", "der", "den") and i > 0 and toks[i - 1][2] == ","
            if low in _VERBS or word == "(" or relative:
                # (after a relative pronoun only before an object: "der in Schweden als Star gilt" stays)
                found = self._before_object(i + 1, objects_only=relative)
            if found is None and low in _SUBJECT_VERBS:
                found = self._before_performer(i + 1)
            if found is None and low in _PERFORM_VERBS:
                found = self._before_object(i + 1, as_only=True)  # "überzeugt vor allem ... als Witwe Martha"
            if found is None and low in _AUXILIARIES:
                found = self._before_object(i + 1, by_only=True)  # "wird wiederum von X gespielt"
            if found is None and (word == "," or word in _DASHES) and i > 0 and toks[i - 1][2][:1].isupper():
                found = self._subject_clause(i)
            if (
                found is None
                and i + 1 < len(toks)
                and (toks[i + 1][2] in _PREPOSITIONS or toks[i + 1][2] in _CLAUSE_ADVERBS)
                and word[:1].isupper()
                and self._name_like(word)
            ):
                found = self._after_name(i + 1)
            if found is None and (low in _DETERMINERS or low == "als"):
                inner = self._inside_phrase(i + 1)
                out.extend(inner)
            if found is not None:
                j, k = found
                out.append((toks[j][0], toks[k - 1][1]))
                i = k
                continue
            i += 1
        return out

    # -- one unit of insertion -------------------------------------------------

    def _name_like(self, word: str) -> bool:
        """A capitalised word an insertion may not hold: a name (not a common noun, not a place)."""
        if self.lex.looks_like_noun(word, "de") and not self.lex.is_first_name(word):
            return False  # ("Tom", "Berg" are nouns too: a given name counts as a name)
        return not places.canonical(word)

    def _name_at(self, n: int) -> bool:
        """Token n is a name; a noun after an article or an inflected adjective is none ("zum ersten Mal",
        "mit sparsamen Gesten"), even when a lexicon also lists it as a given name."""
        w = self.tokens[n][2]
        if not self._name_like(w):
            return False
        prev = self.tokens[n - 1][2] if n else ""
        described = prev in _DETERMINERS or prev in _CONTRACTED or bool(_ADJECTIVE.match(prev))
        if not described:
            return True
        return not (self.lex.looks_like_noun(w, "de") or not self.lex.is_first_name(w))

    def _clean(self, j: int, k: int, *, closed: bool = False) -> bool:
        """Tokens j..k-1 hold no name, quote, parenthesis or linking cue (``closed``: quoted titles and time
        words allowed)."""
        quoted = False
        for n in range(j, k):
            w = self.tokens[n][2]
            if closed and (w in _QUOTES_OPEN or w in _QUOTES_CLOSE):
                quoted = w in _QUOTES_OPEN or (w in _QUOTES_CLOSE and not quoted)
                continue
            if quoted:
                continue  # a title's words
            if w[:1].isupper() and self._name_at(n):
                return False
            if w in _QUOTES_OPEN or w in _QUOTES_CLOSE or w in "()[]:;!?." or w.lower() in _VERBS:
                return False
            if w in _KEEP and not closed:
                return False
            if w[:1].isupper() and _PART_NOUN.match(w) and n + 1 < k and self.tokens[n + 1][2] in ("der", "des", "von"):
                return False  # ", in der Rolle des Försters,": a credit, not an aside
            if w.lower() in _PARTICIPLES or w.lower() in ("als", "rolle"):
                return False
        return True

    def _pp(self, j: int) -> int | None:
        """A prepositional phrase at j ("mit stoischer Ruhe und sparsamen Gesten", "im Dorf"): its end, or None."""
        toks = self.tokens
        if j >= len(toks) or toks[j][2] not in _PREPOSITIONS:
            return None
        k = j + 1
        while k < len(toks):
            w = toks[k][2]
            if w in _KEEP:
                return None
            if w[:1].isupper():
                if _PART_NOUN.match(w):
                    return None  # "die in der Rolle der ...": the cue itself
                if self._name_at(k):
                    return None  # a name ("neben Tom Berg"); "mit sparsamen Gesten" is a noun after its adjective
                k += 1
                # "mit stoischer Ruhe und sparsamen Gesten": a second noun joined by "und"
                if k + 1 < len(toks) and toks[k][2] == "und" and toks[k + 1][2][:1].islower():
                    k += 1
                    continue
                return k
            if w[:1].islower() and (w in _DETERMINERS or w not in _STOP):
                k += 1
                if k - j > 6:
                    return None
                continue
            return None
        return None

    def _aside(self, j: int, *, closed: bool = False) -> int | None:
        """An aside set off by commas, dashes or parentheses at j: the index after its closing mark, or None.

        ``closed``: right after a verb, where an aside may mention another film or a time ("übernimmt, zum
        dritten Mal nach „X“, die Rolle ...", "verkörpert, wie schon im ersten Teil, ...")."""
        toks = self.tokens
        if j >= len(toks):
            return None
        open_ = toks[j][2]
        if open_ == ",":
            close = {","}
        elif open_ in _DASHES:
            close = set(_DASHES)
        elif open_ == "(":
            close = {")"}
        else:
            return None
        for k in range(j + 1, min(len(toks), j + 2 + _MAX_ASIDE)):
            if toks[k][2] in close:
                if k == j + 1 or not self._clean(j + 1, k, closed=closed):
                    return None
                if toks[j + 1][2][:1].isupper() and open_ != "(":
                    return None  # ", Mira," or "– Anna Berg –": an apposition, a credit
                if toks[j + 1][2] in _SUBORDINATORS or toks[j + 1][2] in _DETERMINERS:
                    return None  # ", während Tom Berg, der ...": a clause of its own, not an aside
                return k + 1
        return None

    def _before_object(
        self, j: int, *, objects_only: bool = False, as_only: bool = False, by_only: bool = False
    ) -> tuple[int, int] | None:
        """After a verb, a relative pronoun or "(": adverbs, phrases and asides before the object or a participle.

        Returns the token range to blank, or None when nothing (or a name) stands there.
        """
        toks = self.tokens
        k = j
        bare_phrase = False  # a prepositional phrase outside any aside ("spielt in einem Dorf bei ...")
        while k < len(toks):
            w = toks[k][2]
            if by_only and w in ("von", "vom"):
                break
            nxt = self._aside(k, closed=True) if w in (",", "(") or w in _DASHES else None
            if nxt is None:
                nxt = self._pp(k)
                bare_phrase = bare_phrase or nxt is not None
            if nxt is None and w == "und" and k > j and k + 1 < len(toks) and toks[k + 1][2] not in _DETERMINERS:
                nxt = k + 1  # "gewohnt souverän und ohne jede Eitelkeit": two insertions joined
            if (
                nxt is None
                and w[:1].islower()
                and w.isalpha()
                and w not in _STOP
                and w not in _DETERMINERS
                and w not in _PREPOSITIONS
                and w not in _KEEP
            ):
                if w in _PARTICIPLES or w == "als":
                    break
                nxt = k + 1
            if nxt is None:
                break
            k = nxt
            if k - j > 14:
                return None
        if k == j or k >= len(toks):
            return None
        head = toks[k][2]
        low = head.lower()
        if as_only or by_only:
            return (j, k) if (as_only and low == "als") or (by_only and low in ("von", "vom")) else None
        if low in _DETERMINERS or (not objects_only and (low in _PARTICIPLES or low == "als")):
            return j, k
        if objects_only:
            return None
        if head[:1].isupper() and self._name_like(head) and not bare_phrase:
            # "gibt hier Kaspar Wendt den ...", "verkörpert, wie schon im ersten Teil, X": adverbs and asides only
            # (not "spielt in einem Dorf bei Passau")
            return j, k
        return None

    def _subject_clause(self, i: int) -> tuple[int, int] | None:
        """A relative clause or an apposition between a performer's name and the verb that links her to a part:
        "Rieke Janssen, die man hierzulande kaum kennt, ist als Schülerin Jella zu sehen". Blanked with its
        commas (or dashes) when it holds no name, time word or linking cue of its own. A quoted title may stand in
        it: "X, bekannt aus der Serie „Y“, spielt ..." says where the audience knows the performer from, and the
        main clause's part stays this film's."""
        toks = self.tokens
        close = {","} if toks[i][2] == "," else set(_DASHES)
        if i + 2 >= len(toks) or not self._name_like(toks[i - 1][2]) or toks[i + 1][2] in _OBJECT_CASE:
            return None  # ("Bruno, den Sohn des Wirts, spielt X": an object's apposition, the name is the part)
        for k in range(i + 2, min(len(toks) - 1, i + 18)):
            if toks[k][2] not in close:
                continue
            if toks[k + 1][2] not in _LINKING_VERBS or (not self._clean(i + 1, k) and not self._known_from(i + 1, k)):
                return None
            if any(toks[n][2] in ("als", "wie") or toks[n][2] in _PARTICIPLES for n in range(i + 1, k)):
                return None
            return i, k + 1
        return None

    def _known_from(self, j: int, k: int) -> bool:
        """Tokens j..k-1 say where the audience knows a performer from, naming that work in quotes ("bekannt aus der
        Serie „Y“", "die man aus „Y“ kennt"): clean once the quoted title is allowed, no time word needed."""
        words = {self.tokens[n][2].lower() for n in range(j, k)}
        if not words & _KNOWN_FROM or not any(self.tokens[n][2] in _QUOTES_OPEN for n in range(j, k)):
            return False
        return self._clean(j, k, closed=True)

    def _before_performer(self, j: int) -> tuple[int, int] | None:
        """After a verb, an article and praise before the performer's full name: "spielt der erst
        vierzehnjährige Leon Hartwig", "glänzt ein bestens aufgelegter Thomas Riebeling" (blanked with the article,
        so every cue that reads "verb, then the actor" reads it)."""
        toks = self.tokens
        if j >= len(toks) or toks[j][2] not in _SUBJECT_ARTICLES:
            return None
        k = j + 1
        while k < len(toks) and toks[k][2][:1].islower() and toks[k][2].isalpha() and toks[k][2] not in _STOP:
            if toks[k][2] in _DETERMINERS or k - j > 4:
                return None
            k += 1
        if k == j + 1 or k + 1 >= len(toks):
            return None
        first, second = toks[k][2], toks[k + 1][2]
        if not (self.lex.is_first_name(first) and second[:1].isupper() and toks[k + 1][0] == toks[k][1] + 1):
            return None
        return j, k

    def _after_name(self, j: int) -> tuple[int, int] | None:
        """After a name: a clause adverb or a phrase before the verb or the voice ("Deniz wiederum wird von X
        gespielt", "leiht der Maus Fridolin im Original ihre Stimme", "von X mit viel Charme gespielt")."""
        toks = self.tokens
        k = j
        while k < len(toks):
            w = toks[k][2]
            nxt = self._pp(k)
            if nxt is None and w[:1].islower() and w.isalpha() and w in _CLAUSE_ADVERBS:
                nxt = k + 1
            if nxt is None:
                break
            k = nxt
            if k - j > 8:
                return None
        if k == j or k >= len(toks):
            return None
        head = toks[k][2]
        if head in _PARTICIPLES or (head in _AFTER_NAME_VERBS and toks[j][2] in _CLAUSE_ADVERBS):
            return j, k
        if head in _POSSESSIVES and k + 1 < len(toks) and toks[k + 1][2] == "Stimme":
            return j, k
        return None

    def _inside_phrase(self, j: int) -> list[tuple[int, int]]:
        """Inside a role phrase after an article or "als": a comma or conjunction between adjectives, a
        prepositional phrase or a quoted nickname before a participle ("den im Dorf nur geduldeten, ewig
        betrunkenen Fischer Jakob", "den von allen nur „Kapitän“ genannten Hausmeister Egon")."""
        toks = self.tokens
        out: list[tuple[int, int]] = []
        k = j
        seen_adjective = False
        while k < len(toks):
            w = toks[k][2]
            if w[:1].isupper():
                break
            pp = self._pp(k) if w in _PREPOSITIONS else None
            if pp is not None and pp < len(toks) and toks[pp][2] not in _STOP and self._adjective_ahead(pp):
                out.append((toks[k][0], toks[pp - 1][1]))
                k = pp
                continue
            if w in _PREPOSITIONS:
                nick = self._nickname_attribute(k)
                if nick is not None:
                    out.append((toks[k][0], toks[nick - 1][1]))
                    k = nick
                    continue
            if w == "," and seen_adjective:
                n = k + 1
                while n < len(toks):
                    if toks[n][2] in _CONJUNCTIONS:
                        n += 1
                        continue
                    pp = self._pp(n)  # ", aber im Herzen gutmütigen": a phrase after the comma
                    if pp is None or pp >= len(toks):
                        break
                    n = pp
                if (
                    n < len(toks)
                    and toks[n][2][:1].islower()
                    and toks[n][2] not in _DETERMINERS | _STOP
                    and self._adjective_ahead(n)
                ):
                    out.append((toks[k][0], toks[n - 1][1]))
                    k = n
                    continue
                break
            if not w.isalpha() or w in _STOP or w in _DETERMINERS:
                break
            seen_adjective = seen_adjective or bool(_ADJECTIVE.match(w))
            k += 1
            if k - j > 12:
                break
        return out

    def _adjective_ahead(self, n: int, *, listed: bool = False) -> bool:
        """Lower-case words from n on end in an inflected adjective right before a capitalised word, or before a
        comma and another such adjective ("im Dorf nur geduldeten, ewig betrunkenen Fischer"). An article or a
        second comma ends the phrase: "den viele aus dem Fernsehen kennen, spielt den ..." is a relative clause
        ("kennen" is a verb, the article after "spielt" opens the object)."""
        toks = self.tokens
        while (
            n < len(toks)
            and toks[n][2][:1].islower()
            and toks[n][2].isalpha()
            and toks[n][2] not in _DETERMINERS
            and (toks[n][2] not in _STOP or toks[n][2] == "zu")  # "etwas zu laute"
        ):
            if n + 1 < len(toks) and toks[n + 1][2][:1].isupper():
                return bool(_ADJECTIVE.match(toks[n][2]))  # "humorlose Bäckerin"
            if n + 1 < len(toks) and toks[n + 1][2] == ",":
                if listed or not _ADJECTIVE.match(toks[n][2]):
                    return False
                m = n + 2
                while m < len(toks) and toks[m][2] in _CONJUNCTIONS:
                    m += 1
                return self._adjective_ahead(m, listed=True)
            n += 1
        return False

    def _nickname_attribute(self, k: int) -> int | None:
        """ "von allen nur „Kapitän“" before "genannten": the end of the phrase, or None."""
        toks = self.tokens
        n = k + 1
        while n < len(toks) and toks[n][2][:1].islower() and toks[n][2] not in _STOP and n - k < 5:
            n += 1
        if n >= len(toks) or toks[n][2] not in _QUOTES_OPEN:
            return None
        m = n + 1
        while m < len(toks) and toks[m][2] not in _QUOTES_CLOSE and m - n < 5:
            m += 1
        if (
            m + 1 < len(toks)
            and toks[m][2] in _QUOTES_CLOSE
            and toks[m + 1][2] in ("genannte", "genannten", "genannter")
        ):
            return m + 1
        return None
