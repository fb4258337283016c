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


# Criticism of another art (a video game, a book, a stage play or opera, a concert) and a travel blog: a critic's
# voice, judging words and a verdict, and many of the model's film words too ("Inszenierung", "Ensemble",
# "Rolle", "audience", "performance", "soundtrack"), so the film-cue cap above never lets them through. What they
# lack is the film itself: a film review says "Film", "Kino", "Leinwand", "Kamera", "Drehbuch" ("film", "movie",
# "screen", "camera", "screenplay") again and again, and a review of a film made from a book, a play, a game or a
# concert says them beside the other art's words (robustness audit 24: invented game, book, theatre, opera,
# concert and travel texts and film reviews of adaptations in both languages; every review page of the dev sets,
# the seed and the fixtures stays a review).

#: Distinct cue words of an art a text needs to be judged criticism of that art. It may hold no word said only of
#: films (a review of a film about a theatre said "film" once; a theatre review that says "wie im Film" in passing
#: stays with the model's answer).
_ART_CUES = 7

_FILM_ONLY: dict[str, str] = {
    # (Not "Regisseur", "Darsteller", "actors", "director": a stage has them too.)
    "de": r"film\w*|kino\w*|leinwand|kamera\w*|drehbuch\w*|spielfilm\w*|filmemacher\w*|verfilm\w*|gedreht|"
    r"dreharbeiten|drehorte?n?|dokumentar\w*|remake|biopic|streaming\w*",
    "en": r"films?|film's|filmed|movies?|movie's|cinema\w*|screen|screens|screenplay\w*|cinematograph\w*|camera\w*|"
    r"filmmak\w*|shot|shoots|picture|documentar\w*|sequel|remake|biopic|runtime|cameos?|streaming",
}

_ART_KINDS: dict[str, dict[str, str]] = {
    "de": {
        "game": r"rollenspiel\w*|videospiel\w*|computerspiel\w*|spielwelt|gameplay|konsolen?|controller|playstation|"
        r"xbox|nintendo|level\w*|quests?|nebenquests?|bosskämpfe?|kampfsystem|ladezeiten?|bildrate|multiplayer|koop|"
        r"spielstunden|entwickler\w*|publisher|patch\w*|dlc|steuerung|kombos?|skilltree|crafting|grafik|spielzeit|"
        r"speicherpunkte?|open world|spieler\w*|pc|smartphone|touchscreen|android|ios|in-app-käufe\w*|"
        r"aufbauspiel\w*|strategiespiel\w*|actionspiel\w*|handyspiel\w*|getestet auf|app store|savegames?",
        "book": r"romans?|romane|romanen|debütroman|erstlingsroman|\d+ seiten|seiten|verlag\w*|autorin|autors?|"
        r"schriftsteller\w*|erzählband|lyrik|gedichte?|kapitel\w*|prosa|lektüre|leser\w*|buch|buches|bücher\w*|"
        r"übersetzung\w*|übersetzt\w*|hardcover|taschenbuch|hörbuch|lesung|buchmesse|sachbuch|isbn|gebunden|"
        r"erzählerin|erzähler",
        "stage": r"theater\w*|bühne\w*|stück\w*|aufführung\w*|vorstellung\w*|oper|opern\w*|sopran\w*|tenor\w*|"
        r"bariton\w*|mezzo\w*|arie|arien|dirigent\w*|orchester\w*|chor\w*|libretto|intendan\w*|spielplan|applaus|"
        r"bravorufe?|vorhang|schauspielhaus|stadttheater|staatstheater|kammerspiele|theaterkasse|pause|akt|akte|"
        r"ballett\w*|choreogra\w*|tänzer\w*|musical\w*|premierenpublikum|großen haus",
        "concert": r"konzert\w*|album\w*|songs?|lieder|sänger\w*|setlist|zugaben?|tour\w*|gitarr\w*|schlagzeug\w*|"
        r"streichquartett\w*|quartett\w*|geige\w*|cello\w*|pianist\w*|klavier\w*|sinfonie\w*|satz|sätze|saal|"
        r"ausverkauft\w*|musiker\w*|ovationen|dirigent\w*|band|bands|live|bühne|hits?|refrain|klavierabend\w*|"
        r"sonaten?|partiten?|präludien|konzertsaal|komponist\w*|liederabend\w*",
        "travel": r"reise\w*|urlaub\w*|strand\w*|flug\w*|geflogen|hotel\w*|pension|unterkunft|altstadt|"
        r"sehenswürdigkeit\w*|wanderung\w*|wandern|straßenbahn|zug|busse?|tipps?|palast|burg|viertel|aussicht|"
        r"koffer|übernachtet\w*|gewohnt|anreise|restaurants?|probieren|kreuzfahrt|schuhe|ausflug\w*|touristen",
    },
    "en": {
        "game": r"gameplay|games?|game's|video games?|consoles?|controller|playstation|xbox|nintendo|levels?|quests?|"
        r"side quests?|boss fights?|bosses|multiplayer|co-op|frame rate|fps|patch(?:es)?|dlc|developers?|publisher|"
        r"inventory|skill trees?|crafting|open world|turn-based|platformer|rpg|review code|playthrough|save points?|"
        r"loading times|difficulty|campaign|unlock\w*|speedrun\w*|played on|pc|docked|handheld",
        "book": r"novels?|novel's|novelist|\d+ pages|pages|publisher|published by|author\w*|prose|chapters?|readers?|"
        r"books?|book's|paperback|hardcover|hardback|memoir|short stories|poetry|poems?|translation|translated|isbn|"
        r"literary|fiction|nonfiction|writer|narrator|manuscript",
        "stage": r"theatre\w*|playwright\w*|the play|revival|soprano\w*|tenor\w*|baritone\w*|mezzo\w*|arias?|"
        r"conductor\w*|orchestra\w*|chorus|libretto|opera\w*|curtain|curtain call|intermission|interval|"
        r"west end|broadway|matinee|understudy|ballet\w*|choreograph\w*|dancers?|musical|repertory|stalls|"
        r"the house|stage|staging|production|box office|sang|singing|new play|this play|the play's|monologues?|"
        r"ovations?|new writing|playhouse|front of house|rehearsed reading|tickets",
        "concert": r"gigs?|concerts?|albums?|songs?|singers?|setlist|encores?|tour|touring|guitar\w*|drummer\w*|"
        r"drums|bass\w*|keyboards?|vocals?|quartet\w*|violin\w*|cello\w*|pianist\w*|piano|symphon\w*|sold-out|"
        r"crowd|venue|singalongs?|singing along|ballads?|headlin\w*|support act|frontm[ae]n|frontwoman|band|bands|"
        r"hits?|chorus|live|recitals?|sonatas?|partitas?|preludes?|concertos?|nocturnes?|études?|etudes?|"
        r"slow movements?|the hall|interval|composer\w*",
        "travel": r"trip|travel\w*|flew|flights?|hike\w*|hiking|guesthouse|hotels?|hostels?|beach\w*|views?|buses|"
        r"scooter|rented|crowds?|crowded|itinerary|sightseeing|passport|luggage|backpack\w*|tourists?|old town|"
        r"restaurants?|cafés?|cafes?|go back|day (?:one|two|three|four|five)|shoes|pastries|ferry|terrace",
    },
}


@cache
def _art_patterns(code: str) -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    film = re.compile(rf"(?<!\w)(?:{_FILM_ONLY.get(code, _FILM_ONLY['en'])})(?!\w)")
    kinds = _ART_KINDS.get(code, _ART_KINDS["en"])
    return film, tuple((kind, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")) for kind, pattern in kinds.items())


def other_art(text: str, sample: str, language: str) -> str | None:
    """The art (or travel) ``text`` (``sample``: its first 20,000 characters lower-cased) judges when it is no film: many distinct cue words of that
    kind, and words said only of films rare beside them; None for anything else."""
    from filmkritik.read.review_features import _CREDIT_PAIR

    if "film" in sample or "kino" in sample or "movie" in sample:
        return None  # (the commonest words said only of films, as parts of words too: "Spielfilm", "filmmaker")
    film, kinds = _art_patterns(language)
    # ("Jule (Svantje Möllenbeck)" credits a film's part as surely as a film word does. One of either is enough:
    # the first found ends the look, which a film review's first "Film" does at once.)
    if film.search(sample) or _CREDIT_PAIR.search(text[:20000]):
        return None
    best: tuple[int, str] | None = None
    for kind, pattern in kinds:
        found = pattern.findall(sample)
        distinct = len({_DIGITS.sub("0", cue) for cue in found})
        if distinct >= _ART_CUES:
            best = max(best or (0, kind), (len(found), kind))
    return best[1] if best else None


# Obituaries and course adverts are full of film words (an actor's roles, a film school's "Regie, Kamera,
# Schnitt"), so neither the film-cue cap nor the film-only count can tell them. What tells an obituary is its
# opening: a death announced with an age ("has died ... She was 91", "starb ... im Alter von 84 Jahren"), with
# the genre's other words after it; what tells an advert is how to join: deadlines, fees, scholarships, open days
# (robustness audit 24). A review of a biopic says "died" too, but not in its first lines with an age beside it.

_OPENING = 600
_DEATH_WITH_AGE: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"(?:ist tot|gestorben|verstorben|starb)\b[^.]{0,160}?\b(?:im alter von \d{2,3}|mit \d{2,3} jahren)"
        r"|(?:im alter von \d{2,3}|mit \d{2,3} jahren)[^.]{0,80}?\b(?:gestorben|verstorben|starb)\b"
    ),
    "en": re.compile(
        r"\b(?:dies|died|has died|is dead|dead)\b[^\n]{0,200}?\b(?:at|aged|was|were) \d{2,3}\b"
        r"|\b(?:dies|died|dead) at \d{2,3}\b"
    ),
}
_OBITUARY_WORDS: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"(?<!\w)(?:trauer\w*|nachruf|geboren|hinterlässt|beigesetzt|beerdigung|trauerfeier|würdigten|gewürdigt|"
        r"tod|todes|verstorben\w*|starb|familie mitteilte|kondolenz\w*|abschied)(?!\w)"
    ),
    "en": re.compile(
        r"(?<!\w)(?:survived by|born in|born on|funeral|memorial|death|mourn\w*|tributes?|remembered|"
        r"was confirmed by|passed away|obituary|condolences|her son|his son|her daughter|his daughter)(?!\w)"
    ),
}
_OBITUARY_WORDS_AT_LEAST = 3

_JOINING: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"(?<!\w)(?:bewerbungsschluss|bewirb dich|jetzt bewerben|bewerbung\w*|studiengebühren|kursgebühr\w*|"
        r"stipendi\w*|infotag\w*|tag der offenen tür|anmeldeschluss|anmeldung|frühbucher\w*|semestern?|"
        r"studiengang|studiengänge|absolvent\w*|dozent\w*|teilnehmer\w*|vorkenntnisse)(?!\w)"
    ),
    "en": re.compile(
        r"(?<!\w)(?:applications? close\w*|apply now|apply|tuition|fees|scholarships?|open (?:day|evening)s?|"
        r"campus tours?|enrol\w*|early-bird|graduates|no experience needed|(?<!of )course|courses|classes|students|"
        r"semesters?|curriculum|admissions?)(?!\w)"
    ),
}
_JOINING_AT_LEAST = 5
#: Substrings one of which every death announcement and every sign-up text above holds.
_DEATH_HINTS = {"de": ("tot", "storben", "starb"), "en": ("die", "dead")}
_JOINING_HINTS = {
    "de": ("bewerb", "gebühr", "stipendi", "anmeld", "infotag", "semester", "studiengang"),
    "en": ("appl", "tuition", "fees", "scholarship", "enrol", "admission", "campus", "open day", "open evening"),
}


# An interview with a film's maker: questions on lines of their own, answered in the maker's voice, "I shot",
# "we cast", "wir haben ... gedreht" (a critic on a podcast answers questions too, but of watching, not making).
_QUESTION_LINE = re.compile(r"^[^\n?]{3,150}\?[ \t]*$", re.MULTILINE)
_MAKING: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"(?<!\w)(?:ich|wir) (?:habe|haben|hatte|hatten)\b[^.?!\n]{0,60}?(?<!\w)(?:gedreht|geschrieben|besetzt|"
        r"geschnitten|geprobt|umgeschrieben|gefilmt|gecastet|recherchiert)(?!\w)|(?<!\w)(?:ich|wir) "
        r"(?:drehe|drehen|schreibe|schreiben|schnitt|schnitten|drehte|drehten)(?!\w)"
    ),
    "en": re.compile(
        r"(?<!\w)(?:i|we)(?:'ve| have| had|'d)? (?:been )?(?:shot|cast|wrote|filmed|spent|edited|rehearsed|shooting|writing|"
        r"casting|filming|editing|rewrote|researched)(?!\w)"
    ),
}
_QUESTION_LINES_AT_LEAST = 2
_MAKING_AT_LEAST = 3


def maker_interview(sample: str, language: str) -> bool:
    """Whether ``sample`` (lower-cased) is an interview with a film's maker: questions on lines of their own and
    the answers speaking of making it."""
    if sample.count("?") < _QUESTION_LINES_AT_LEAST or len(_QUESTION_LINE.findall(sample)) < _QUESTION_LINES_AT_LEAST:
        return False
    return len(_MAKING.get(language, _MAKING["en"]).findall(sample)) >= _MAKING_AT_LEAST


def obituary_or_advert(text: str, sample: str, language: str) -> str | None:
    """ "obituary" for a text that opens by announcing a death with an age and goes on in the genre's words,
    "advert" for one that says how to join a course; None for anything else."""
    opening = sample[:_OPENING]
    death = _DEATH_WITH_AGE.get(language, _DEATH_WITH_AGE["en"])
    # (Plain substring looks first: most texts hold none of a death's or a sign-up's words, and the patterns are dear.)
    if any(word in opening for word in _DEATH_HINTS.get(language, _DEATH_HINTS["en"])) and death.search(opening):
        words = _OBITUARY_WORDS.get(language, _OBITUARY_WORDS["en"]).findall(sample)
        if len(set(words)) >= _OBITUARY_WORDS_AT_LEAST:
            return "obituary"
    if maker_interview(sample, language):
        return "interview"
    if not any(word in sample for word in _JOINING_HINTS.get(language, _JOINING_HINTS["en"])):
        return None
    joining = _JOINING.get(language, _JOINING["en"]).findall(sample)
    if len(set(joining)) >= _JOINING_AT_LEAST:
        return "advert"
    return None


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
    kind = obituary_or_advert(text, sample, language or "en")
    if kind:
        return kind
    # Film cues first: a review names a few at once, and the other kinds' patterns need not be tried.
    if _film_cues(text, language or "en", sample, words) > _FILM_CUES_AT_MOST:
        return other_art(text, sample, language or "en")
    for kind, pattern in _other_patterns(language or "en"):
        # (Numbers count as one cue: every time of a podcast's chapter list is no new word of sport.)
        if len({_DIGITS.sub("0", cue) for cue in pattern.findall(sample)}) >= _OTHER_CUES:
            return kind
    return other_art(text, sample, language or "en")


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
