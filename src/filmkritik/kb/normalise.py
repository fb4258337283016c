"""Keys that let different spellings of one title or name meet in an index.

A *key* is what a title or a name becomes once everything that varies between outlets
is taken out: case, diacritics, punctuation, leading articles, number words. Two titles
with the same key are the same title; the resolver then checks directors and years.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

# Articles that open titles in the languages critics write in; "A" and "An" are English only.
# Keys are cut to the length of their database columns, so a lookup compares what was stored.
MAX_TITLE_KEY = 500
MAX_PERSON_KEY = 300
_LEADING_ARTICLES = frozenset(
    "the a an der die das ein eine le la les l el los las il lo gli i un una une de het".split()
)
# Words that carry no identity across a translation (function words of German and English).
_FUNCTION_WORDS = _LEADING_ARTICLES | frozenset(
    "of and und in im am an auf aus von vom zu zum zur mit for to on at by eines einer einem einen des dem den".split()
)
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eins": "1", "zwei": "2", "drei": "3", "vier": "4",
    "fünf": "5", "funf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zehn": "10",
    "ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
}  # fmt: skip
# Words that mark a sequel: a subtitle that holds one names a different film.
_SEQUEL_WORDS = frozenset("part teil chapter kapitel volume vol episode folge returns".split())
_SUBTITLE_SPLIT = re.compile(r"\s*(?::|\s[-–—]\s|\s[-–—]$)\s*")
_NON_WORD = re.compile(r"[^\w\s]+")
_AMPERSAND = re.compile(r"\s*&\s*")
_SPACES = re.compile(r"\s+")
_INITIALS = re.compile(r"\b(\w)\.\s*(?=\w\b\.?)")
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
# Letters that swap between German and English spellings of one word (Konzert/Concert,
# Harmonie/Harmony, Fotograf/Photograph): folded for the cross-language comparison only.
_COGNATE_FOLDS = (("ph", "f"), ("th", "t"), ("k", "c"), ("z", "c"), ("ie", "y"), ("ei", "y"), ("ss", "s"))


def strip_accents(text: str) -> str:
    """``İlse Çelebi`` -> ``Ilse Celebi``; ß becomes ss."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ẞ", "SS"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    text = strip_accents(text).casefold()
    text = _AMPERSAND.sub(" and ", text)
    text = _NON_WORD.sub(" ", text.replace("'", "").replace("’", ""))
    return [_NUMBER_WORDS.get(w, w) for w in text.split()]


def title_key(title: str) -> str:
    """The exact-match key of a title: ``"The Wanderers"`` and ``"Die Wanderers"`` -> ``"wanderers"``."""
    words = _words(_PARENS.sub(" ", title))
    while len(words) > 1 and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)[:MAX_TITLE_KEY]


_UMLAUT_SPELLINGS = re.compile(r"(?<=\w)([aou])e")


def fold_umlaut_spellings(key: str) -> str:
    """A key with German's umlaut spellings folded as the keys fold ä, ö, ü: ``faehre`` -> ``fahre``.

    For a user's search only (``Fähre`` typed as ``Faehre``): stored keys keep their letters, since
    "Blue" or "Poe" are no umlauts."""
    return _UMLAUT_SPELLINGS.sub(r"\1", key)


def main_title_key(title: str) -> str | None:
    """The key of the title without its subtitle, or None when the subtitle names a sequel
    (``"Harbor Lights: Part Two"`` is not ``"Harbor Lights"``) or there is no subtitle."""
    parts = _SUBTITLE_SPLIT.split(_PARENS.sub(" ", title).strip(), maxsplit=1)
    if len(parts) < 2 or not parts[0] or not parts[1]:
        return None
    subtitle = _words(parts[1])
    if any(w in _SEQUEL_WORDS or w.isdigit() for w in subtitle):
        return None
    key = title_key(parts[0])
    # A one-word main title ("Mission") is too common to identify a film on its own.
    return key if " " in key or len(key) >= 8 else None


def sequel_conflict(a: str, b: str) -> bool:
    """Whether two titles name different instalments ("Part Two" vs none, "2" vs "3")."""
    wa, wb = set(_words(a)), set(_words(b))
    marks_a = {w for w in wa if w.isdigit() or w in _SEQUEL_WORDS}
    marks_b = {w for w in wb if w.isdigit() or w in _SEQUEL_WORDS}
    return marks_a != marks_b


def title_keys(title: str) -> set[str]:
    """Every key a title may be found under: the full key and the main title's key."""
    keys = {title_key(title)}
    main = main_title_key(title)
    if main:
        keys.add(main)
    keys.discard("")
    return keys


def cognate_form(title: str) -> str:
    """A folded skeleton of a title's content words, for comparing titles across languages."""
    words = [w for w in _words(title) if w not in _FUNCTION_WORDS] or _words(title)
    out = []
    for word in words:
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]  # plural and German genitive: "eines Konzerts" ~ "of a Concert"
        for old, new in _COGNATE_FOLDS:
            word = word.replace(old, new)
        out.append(word)
    return " ".join(out)[:MAX_TITLE_KEY]


def title_similarity(a: str, b: str) -> float:
    """0..1, how alike two titles are once articles, function words and cognate spellings are folded."""
    fa, fb = cognate_form(a), cognate_form(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    return SequenceMatcher(None, fa, fb).ratio()


def person_key(name: str) -> str:
    """``"R. J. Talvik"``, ``"RJ Talvik"`` -> ``"rj talvik"``; ``"İlse Çelebi"`` -> ``"ilse celebi"``."""
    text = strip_accents(name).casefold()
    text = _INITIALS.sub(r"\1", text)
    text = re.sub(r"\b(\w)\.", r"\1", text)
    text = text.replace("-", " ")
    text = _NON_WORD.sub(" ", text)
    words = text.split()
    # "R J Talvik" and "RJ Talvik": single letters join the following initials.
    merged: list[str] = []
    for word in words:
        if merged and len(word) == 1 and len(merged[-1]) <= 2 and merged[-1].isalpha() and len(words) > 2:
            merged[-1] += word
        else:
            merged.append(word)
    return _SPACES.sub(" ", " ".join(merged)).strip()[:MAX_PERSON_KEY]


def surname_key(name: str) -> str:
    """The last word of a person key: the index under which spelling variants are compared."""
    key = person_key(name)
    return key.rsplit(" ", 1)[-1][:200] if key else ""


def same_person(a: str, b: str) -> bool:
    """Whether two spellings plausibly name one person: equal keys, or the same surname with
    compatible first names (an initial, a one-letter typo, a missing middle name)."""
    ka, kb = person_key(a), person_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    wa, wb = ka.split(), kb.split()
    if wa[-1] != wb[-1]:
        if len(wa) >= 2 and len(wb) >= 2 and wa[:-1] == wb[:-1]:
            return len(wa[-1]) >= 5 and SequenceMatcher(None, wa[-1], wb[-1]).ratio() >= 0.85
        return False
    fa, fb = wa[:-1], wb[:-1]
    if not fa or not fb:
        return False
    first_a, first_b = fa[0], fb[0]
    if first_a == first_b:
        return True
    if len(first_a) <= 2 or len(first_b) <= 2:
        return first_a[0] == first_b[0]
    return SequenceMatcher(None, first_a, first_b).ratio() >= 0.8
