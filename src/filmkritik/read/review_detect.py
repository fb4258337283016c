"""Is this text a film review? A review versus news, an interview, a listing page, a bare synopsis.

A logistic model over a few document-shape features (:mod:`review_features`), trained by
:mod:`filmkritik.train.review_detect` and shipped as ``lang/data/review_detect_model.json``
(model card beside it). Usable without the rest of the reader, e.g. to filter crawls::

    from filmkritik.read.review_detect import score
    is_review, confidence = score(text, "de")   # or score(text) to detect the language
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from filmkritik.errors import FilmkritikError
from filmkritik.model import Confidence
from filmkritik.read.analysis import Analysis
from filmkritik.read.review_features import FEATURES, SHORT_WORDS, features

MODEL_FILE = "data/review_detect_model.json"
#: The length feature (``log1p(words) / 8``) of a text of :data:`SHORT_WORDS` words: from there on a text is a whole page.
_WHOLE_PAGE_LENGTH = math.log1p(SHORT_WORDS) / 8.0 - 1e-9


@dataclass(frozen=True)
class ReviewModel:
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    #: The threshold for whole pages (at least :data:`~filmkritik.read.review_features.SHORT_WORDS` words): lower,
    #: because on a critic's page a missed review loses its verdict, and whole non-review pages sit far from it.
    whole_page_threshold: float

    def probability(self, vector: list[float]) -> float:
        z = self.bias
        for x, mean, scale, weight in zip(vector, self.means, self.scales, self.weights, strict=True):
            z += weight * (x - mean) / scale
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> ReviewModel:
    """The shipped model, read once."""
    try:
        raw = resources.files("filmkritik.lang").joinpath(MODEL_FILE).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as error:
        raise FilmkritikError(
            f"the is-review model {MODEL_FILE} is missing or broken ({error}); reinstall filmkritik "
            "or rebuild it with `python -m filmkritik.train.review_detect`"
        ) from None
    if tuple(data["features"]) != FEATURES:
        raise FilmkritikError(
            "the is-review model was trained on other features; rebuild it with `python -m filmkritik.train.review_detect`"
        )
    return ReviewModel(
        tuple(data["means"]),
        tuple(data["scales"]),
        tuple(data["weights"]),
        data["bias"],
        data["threshold"],
        data.get("whole_page_threshold", data["threshold"]),
    )


def _judged(
    text: str, language: str | None, lowered: str | None, words: list[str] | None = None
) -> tuple[float, float]:
    """The model's probability and the threshold that applies to ``text`` (whole page or short text)."""
    if not text.strip():
        return 0.0, model().threshold
    if language is None:
        from filmkritik.read.language import detect

        language = detect(text)[0]
    vector = features(text, language, lowered, words)
    m = model()
    # Every short-text feature is 0 on a whole page (its shortness is 0): the length feature says which it is.
    whole = vector[0] >= _WHOLE_PAGE_LENGTH
    return m.probability(vector), (m.whole_page_threshold if whole else m.threshold)


def probability(text: str, language: str | None = None, lowered: str | None = None) -> float:
    """The model's probability that ``text`` is a film review (language detected when not given;
    ``lowered``: the text lower-cased, when the caller has it already)."""
    return _judged(text, language, lowered)[0]


def score(
    text: str, language: str | None = None, lowered: str | None = None, words: list[str] | None = None
) -> tuple[bool, float]:
    """``(is_review, confidence)`` for ``text`` in ``language`` ("de", "en"; others read as English;
    ``None`` detects it).

    The confidence says how far the model's probability lies from its threshold, scaled to
    0.5 (on the threshold) .. 1.0 (certain), for either answer. Whole pages (at least
    :data:`~filmkritik.read.review_features.SHORT_WORDS` words) have a lower threshold than short texts.
    ``lowered``, ``words``: the text lower-cased and its word tokens (``Analysis.words``), when the caller has them.
    """
    p, t = _judged(text, language, lowered, words)
    if p >= t:
        return True, round(0.5 + 0.5 * (p - t) / (1.0 - t), 3)
    return False, round(0.5 + 0.5 * (t - p) / t, 3)


def annotate(analysis: Analysis) -> None:
    value, confidence = score(analysis.text, analysis.language, analysis.lowered, analysis.words)
    if value and other_prose(analysis.text, analysis.language, analysis.lowered, analysis.words):
        # Praise of a cake, a drill, a match or a streaming box reads as a critic's page to the model.
        value, confidence = False, _OTHER_PROSE_CONFIDENCE
    analysis.record.is_review = Confidence(value, confidence)


# --- prose about something else than a film -----------------------------------------------------------------
#
# The model reads a page's shape: judging words, a verdict, a rating, a critic's voice. Recipes, product tests,
# match reports and forum posts have that shape too (a recipe with a "5/5" read 1.00). What they lack is a film:
# they speak of ingredients and ovens, prices and batteries, goals and minutes, and hardly a word of film, cast
# or credits. A text judged a review is judged no review when it holds many words of one of those other kinds
# and next to no film words (robustness audit 23: invented recipes, product tests, match reports, forum posts and
# council news in both languages; every real and invented review page of the dev sets, the seed, the held-out and
# verdict fixtures stays a review).

#: Distinct cue words of one other kind a text needs, and the most film cues (film words, "Name (Actor)" pairs)
#: it may hold, to be judged prose about something else.
_OTHER_CUES = 4
_FILM_CUES_AT_MOST = 2
_OTHER_PROSE_CONFIDENCE = 0.8
_DIGITS = re.compile(r"\d+")

_OTHER_KINDS: dict[str, dict[str, str]] = {
    "de": {
        "recipe": r"zutaten|backofen|vorgeheizt\w*|vorheizen|umluft|ober-? und unterhitze|esslöffel|teelöffel|prise|"
        r"teig|kneten|verkneten|verrühren|unterheben|abschmecken|würzen|köcheln|anbraten|backen|blech|auflaufform|"
        r"rezept|portionen|\d+\s?(?:g|kg|ml|el|tl)\b|päckchen|würfeln|anschwitzen|aufgießen|gemüsebrühe|brühe|"
        r"knoblauch|zwiebeln?|mehl|zucker|sahne|butter|salz und pfeffer|servieren",
        "product": r"warenkorb|lieferumfang|akkus?|ladegerät|versandkostenfrei|garantie|hersteller|gerät|geräts|"
        r"verarbeitung|praxistest|testsieger|preis-leistung|\d+(?:,\d+)?\s?(?:euro|€)|preis|modell|kilogramm|"
        r"angebot|wieder kaufen|gekauft|speicher|display|usb-c|\d+\s?(?:gb|watt|volt|zoll)\b",
        "sport": r"elfmeter|abpfiff|anpfiff|halbzeit|tabellenführer|tabelle|spieltag|stürmer|torwart|verteidiger|"
        r"heimspiel|auswärtsspiel|nachspielzeit|ausgleich|führung|\d+\.\s?minute|\b\d{1,2}:\d{1,2}\b(?!\s?uhr)|"
        r"mannschaft|trainer|liga|tore?\b|siebenmeter|halbfinale|viertelfinale|tiebreak|satzball|matchball",
        "forum": r"^re:|@\w+|hallo zusammen|gruß|grüße|lg\b|mfg|zitat von|beitrag|thread|edit:|^hi\b|^hallo\b",
        "stay": r"hotel|zimmer|frühstück|rezeption|gebucht|übernachtung\w*|aufenthalt|pool|unterkunft|anreise|"
        r"ferienwohnung|gastgeber\w*|parkplatz",
        "council": r"stadtrat|gemeinderat|bürgermeister\w*|fraktion\w*|landtag|verwaltung|beschluss|beschlossen|"
        r"opposition|abstimmung|haushalt|gebühren",
    },
    "en": {
        "recipe": r"ingredients|preheat\w*|oven|tsp|tbsp|teaspoons?|tablespoons?|\d+(?:\s\d/\d)?\s?cups?\b|"
        r"whisk|simmer|dough|flour|bake|baking|skewer|grease|recipe|servings|skillet|\d+\s?°[fc]|zest|drizzle|"
        r"\d+\s?(?:lbs?|oz|g)\b|parboil\w*|roast\w*|drain|peel|chop\w*|salt|olive oil|butter|sugar",
        "product": r"add to cart|shipping|battery|batteries|warranty|retailers?|\$\d+|usb|charger|device|"
        r"specs|in the box|noise cancell?ing|model|price|app\b|buy it again|bought|on sale|\d+\s?(?:gb|mah|watts?)\b",
        "sport": r"penalty|halftime|half-time|final whistle|stoppage time|league|striker|goalkeeper|defender|"
        r"\d+(?:st|nd|rd|th) minute|\b\d{1,2}-\d{1,2}\b|levell?ed|header|corner|match|fixture|goal|"
        r"seed|break points?|ace|tiebreak|semi-finals?|quarter-finals?|dropped serve|set point|match point",
        "forum": r"^re:|@\w+|hey all|hi all|cheers|imho|thx|edit:|quote from|posted by|thread",
        "stay": r"hotel|breakfast|check-in|checkout|booked|our stay|front desk|resort|parking|anniversary|room service",
        "council": r"council|councill?or|mayor|legislat\w*|ordinance|voted|vote|ballot|budget|zoning|"
        r"city will|residents",
    },
}


@cache
def _other_patterns(code: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    kinds = _OTHER_KINDS.get(code, _OTHER_KINDS["en"])
    return tuple((kind, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.MULTILINE)) for kind, pattern in kinds.items())


def other_prose(
    text: str, language: str | None, lowered: str | None = None, words: list[str] | None = None
) -> str | None:
    """The kind of non-film prose ``text`` is ("recipe", "product", "sport", "forum", "council", "stay"): many distinct
    cue words of that kind and at most :data:`_FILM_CUES_AT_MOST` film cues; None for anything else."""
    sample = (lowered if lowered is not None else text.lower())[:20000]
    # Film cues first: a review names a few at once, and the other kinds' patterns need not be tried.
    if _film_cues(text, language or "en", sample, words) > _FILM_CUES_AT_MOST:
        return None
    for kind, pattern in _other_patterns(language or "en"):
        # (Numbers count as one cue: every time of a podcast's chapter list is no new word of sport.)
        if len({_DIGITS.sub("0", cue) for cue in pattern.findall(sample)}) >= _OTHER_CUES:
            return kind
    return None


def _film_cues(text: str, language: str, sample: str, words: list[str] | None) -> int:
    """Film words (as the model counts them) and "Name (Actor Name)" pairs in ``text``."""
    from filmkritik.read import review_features, sentiment

    # (The model's own film-word prefixes and credit-pair shape: what it counts as film, counted here.)
    cues = review_features._cues(language if language in ("de", "en") else "en").film_words
    tokens = words if words is not None else sentiment.word_tokens(sample)
    film = 0
    for word in tokens:
        if word.startswith(cues.get(word[:3], ())):
            film += 1
            if film > _FILM_CUES_AT_MOST:
                return film  # (enough to tell: a review's first few film words end the count)
    return film + len(review_features._CREDIT_PAIR.findall(text[:20000]))
