"""UI strings in German and English, and how a request picks its language.

The language comes from ``?lang=`` (which also sets a cookie), then that cookie,
then the browser's ``Accept-Language``; German is the fallback because filmkritik
reads German criticism first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
COOKIE = "fk_lang"

_ACCEPT_ITEM = re.compile(r"\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*")

_EN: dict[str, str] = {
    "app.tagline": "Film criticism, read and weighed.",
    "nav.home": "Films",
    "nav.read": "Paste a review",
    "nav.api": "API",
    "nav.language": "Deutsch",
    "home.title": "Films",
    "home.search": "Search films",
    "home.search_button": "Search",
    "home.search_placeholder": "A title, in any language…",
    "home.recent": "Recently reviewed",
    "home.results": "Films matching “{query}”",
    "home.no_films": "No films yet. Paste a review to start the knowledge base.",
    "home.no_results": "No film matches your search.",
    "home.sort": "Sort",
    "sort.recent": "recently reviewed",
    "sort.score": "score",
    "sort.title": "title",
    "sort.reviews": "number of reviews",
    "paging.previous": "Previous",
    "paging.next": "Next",
    "paging.range": "{first}–{last} of {total}",
    "read.title": "Paste a review",
    "read.intro": "Paste a film review (plain text or HTML, German or English). "
    "filmkritik shows every fact it finds, with the words it found it in.",
    "read.text": "Review text",
    "read.placeholder": "Paste the review here…",
    "read.submit": "Read it",
    "read.store": "Store in the knowledge base",
    "read.token": "API token",
    "read.read_only": "This server is read-only: reviews cannot be stored here.",
    "read.hints": "Optional: what the page does not say",
    "hint.film": "Film title",
    "hint.year": "Year",
    "hint.critic": "Critic",
    "hint.outlet": "Outlet",
    "record.facts": "Facts found",
    "record.no_facts": "No facts with evidence were found in this text.",
    "record.text": "The text",
    "record.not_review": "This does not look like a film review (confidence {confidence}).",
    "record.language": "Language",
    "record.click_hint": "Click a fact to see the sentence it comes from.",
    "record.json": "The record as JSON",
    "record.warnings": "Warnings",
    "fact.title": "Title",
    "fact.original_title": "Original title",
    "fact.local_title": "Local title",
    "fact.year": "Year",
    "fact.director": "Director",
    "fact.cast": "Cast",
    "fact.actor": "Actor",
    "fact.writer": "Writer",
    "fact.composer": "Composer",
    "fact.distributor": "Distributor",
    "fact.country": "Country",
    "fact.festival": "Festival",
    "fact.setting": "Setting",
    "fact.mention": "Compared with",
    "fact.movement": "Movement",
    "fact.rating": "Rating",
    "fact.aspect": "Aspect",
    "fact.pull_quote": "Pull quote",
    "fact.warning": "Warning",
    "fact.as": "as",
    "verdict.title": "Verdict",
    "verdict.score": "Score",
    "verdict.positive": "positive",
    "verdict.mixed": "mixed",
    "verdict.negative": "negative",
    "verdict.explicit": "from the critic's rating",
    "verdict.inferred": "inferred from the prose",
    "verdict.confidence": "confidence",
    "polarity.positive": "praised",
    "polarity.negative": "faulted",
    "aspect.acting": "acting",
    "aspect.script": "script",
    "aspect.story": "story",
    "aspect.direction": "direction",
    "aspect.visuals": "visuals",
    "aspect.cinematography": "cinematography",
    "aspect.music": "music",
    "aspect.sound": "sound",
    "aspect.tone": "tone",
    "aspect.pacing": "pacing",
    "aspect.editing": "editing",
    "aspect.humour": "humour",
    "aspect.effects": "effects",
    "aspect.dialogue": "dialogue",
    "aspect.characters": "characters",
    "aspect.ending": "ending",
    "film.directed_by": "Directed by",
    "film.score": "Critics' score",
    "film.calibrated": "Calibrated score",
    "film.adjusted": "Adjusted for {count} verdicts guessed from short texts",
    "film.adjusted.one": "Adjusted for 1 verdict guessed from a short text",
    "film.percent_positive": "positive",
    "film.reviews_count": "{count} reviews",
    "film.one_review": "1 review",
    "film.spread": "Spread",
    "film.divisive": "Divisive: critics split",
    "film.not_enough": "Not enough reviews for a score yet.",
    "film.not_enough_percent": "Not enough reviews for a percentage yet.",
    "film.distribution": "How critics scored it",
    "film.cast": "Cast",
    "film.character": "Character",
    "film.actor": "Actor",
    "film.praise": "What critics praise",
    "film.fault": "What critics fault",
    "film.reviews": "Reviews",
    "film.read_review": "Read the review",
    "film.no_cast": "No cast known.",
    "film.no_aspects": "Nothing yet.",
    "film.other_titles": "Also known as",
    "film.jsonld": "schema.org JSON-LD",
    "film.mentions": "{count}×",
    "review.title": "Review",
    "review.of": "Review of",
    "review.by": "by",
    "review.film_page": "Film page",
    "review.source": "Source",
    "plot.axis": "score",
    "plot.label": "Score distribution: {count} reviews",
    "plot.label.one": "Score distribution: 1 review",
    "error.title": "Something is not right",
    "error.not_found": "There is no such page.",
    "error.film_not_found": "There is no film with this id.",
    "error.review_not_found": "There is no review with this id.",
    "error.back": "Back to the films",
    "error.csrf": "The form has expired or came from another site. Reload the page and send it again.",
    "error.read_only": "This server is read-only: nothing can be stored.",
    "error.token": "A valid API token is needed to store reviews.",
    "error.too_large": "The text is too large.",
    "error.too_many": "Too many requests; wait a moment and try again.",
    "error.input": "The text could not be read: {message}",
    "error.hint": "Not stored: {message}",
}

_DE: dict[str, str] = {
    "app.tagline": "Filmkritik, gelesen und gewogen.",
    "nav.home": "Filme",
    "nav.read": "Kritik einfügen",
    "nav.api": "API",
    "nav.language": "English",
    "home.title": "Filme",
    "home.search": "Filme suchen",
    "home.search_button": "Suchen",
    "home.search_placeholder": "Ein Titel, in jeder Sprache…",
    "home.recent": "Zuletzt besprochen",
    "home.results": "Filme zu „{query}“",
    "home.no_films": "Noch keine Filme. Fügen Sie eine Kritik ein, um die Wissensbasis zu beginnen.",
    "home.no_results": "Kein Film passt zu Ihrer Suche.",
    "home.sort": "Sortieren",
    "sort.recent": "zuletzt besprochen",
    "sort.score": "Wertung",
    "sort.title": "Titel",
    "sort.reviews": "Zahl der Kritiken",
    "paging.previous": "Zurück",
    "paging.next": "Weiter",
    "paging.range": "{first}–{last} von {total}",
    "read.title": "Kritik einfügen",
    "read.intro": "Fügen Sie eine Filmkritik ein (Text oder HTML, Deutsch oder Englisch). "
    "filmkritik zeigt jede gefundene Angabe mit den Worten, in denen sie steht.",
    "read.text": "Text der Kritik",
    "read.placeholder": "Kritik hier einfügen…",
    "read.submit": "Lesen",
    "read.store": "In der Wissensbasis speichern",
    "read.token": "API-Token",
    "read.read_only": "Dieser Server ist schreibgeschützt: Kritiken können hier nicht gespeichert werden.",
    "read.hints": "Optional: was die Seite nicht sagt",
    "hint.film": "Filmtitel",
    "hint.year": "Jahr",
    "hint.critic": "Kritiker(in)",
    "hint.outlet": "Medium",
    "record.facts": "Gefundene Angaben",
    "record.no_facts": "In diesem Text wurden keine belegten Angaben gefunden.",
    "record.text": "Der Text",
    "record.not_review": "Das sieht nicht nach einer Filmkritik aus (Konfidenz {confidence}).",
    "record.language": "Sprache",
    "record.click_hint": "Klicken Sie auf eine Angabe, um den Satz zu sehen, aus dem sie stammt.",
    "record.json": "Der Datensatz als JSON",
    "record.warnings": "Hinweise",
    "fact.title": "Titel",
    "fact.original_title": "Originaltitel",
    "fact.local_title": "Verleihtitel",
    "fact.year": "Jahr",
    "fact.director": "Regie",
    "fact.cast": "Besetzung",
    "fact.actor": "Darsteller(in)",
    "fact.writer": "Drehbuch",
    "fact.composer": "Musik",
    "fact.distributor": "Verleih",
    "fact.country": "Land",
    "fact.festival": "Festival",
    "fact.setting": "Schauplatz",
    "fact.mention": "Verglichen mit",
    "fact.movement": "Strömung",
    "fact.rating": "Wertung",
    "fact.aspect": "Aspekt",
    "fact.pull_quote": "Zitat",
    "fact.warning": "Hinweis",
    "fact.as": "als",
    "verdict.title": "Urteil",
    "verdict.score": "Wertung",
    "verdict.positive": "positiv",
    "verdict.mixed": "gemischt",
    "verdict.negative": "negativ",
    "verdict.explicit": "aus der Wertung der Kritik",
    "verdict.inferred": "aus dem Text erschlossen",
    "verdict.confidence": "Konfidenz",
    "polarity.positive": "gelobt",
    "polarity.negative": "kritisiert",
    "aspect.acting": "Schauspiel",
    "aspect.script": "Drehbuch",
    "aspect.story": "Geschichte",
    "aspect.direction": "Regie",
    "aspect.visuals": "Bilder",
    "aspect.cinematography": "Kamera",
    "aspect.music": "Musik",
    "aspect.sound": "Ton",
    "aspect.tone": "Ton und Stimmung",
    "aspect.pacing": "Tempo",
    "aspect.editing": "Schnitt",
    "aspect.humour": "Humor",
    "aspect.effects": "Effekte",
    "aspect.dialogue": "Dialoge",
    "aspect.characters": "Figuren",
    "aspect.ending": "Ende",
    "film.directed_by": "Regie",
    "film.score": "Wertung der Kritik",
    "film.calibrated": "Kalibrierte Wertung",
    "film.adjusted": "Bereinigt um {count} aus Kurztexten geschätzte Urteile",
    "film.adjusted.one": "Bereinigt um 1 aus einem Kurztext geschätztes Urteil",
    "film.percent_positive": "positiv",
    "film.reviews_count": "{count} Kritiken",
    "film.one_review": "1 Kritik",
    "film.spread": "Streuung",
    "film.divisive": "Umstritten: die Kritik ist gespalten",
    "film.not_enough": "Noch nicht genug Kritiken für eine Wertung.",
    "film.not_enough_percent": "Noch nicht genug Kritiken für einen Anteil.",
    "film.distribution": "Wie die Kritik wertet",
    "film.cast": "Besetzung",
    "film.character": "Rolle",
    "film.actor": "Darsteller(in)",
    "film.praise": "Was die Kritik lobt",
    "film.fault": "Was die Kritik bemängelt",
    "film.reviews": "Kritiken",
    "film.read_review": "Kritik lesen",
    "film.no_cast": "Keine Besetzung bekannt.",
    "film.no_aspects": "Noch nichts.",
    "film.other_titles": "Auch bekannt als",
    "film.jsonld": "schema.org JSON-LD",
    "film.mentions": "{count}×",
    "review.title": "Kritik",
    "review.of": "Kritik zu",
    "review.by": "von",
    "review.film_page": "Filmseite",
    "review.source": "Quelle",
    "plot.axis": "Wertung",
    "plot.label": "Verteilung der Wertungen: {count} Kritiken",
    "plot.label.one": "Verteilung der Wertungen: 1 Kritik",
    "error.title": "Etwas stimmt nicht",
    "error.not_found": "Diese Seite gibt es nicht.",
    "error.film_not_found": "Einen Film mit dieser Nummer gibt es nicht.",
    "error.review_not_found": "Eine Kritik mit dieser Nummer gibt es nicht.",
    "error.back": "Zurück zu den Filmen",
    "error.csrf": "Das Formular ist abgelaufen oder kam von einer anderen Seite. "
    "Laden Sie die Seite neu und senden Sie es noch einmal.",
    "error.read_only": "Dieser Server ist schreibgeschützt: es kann nichts gespeichert werden.",
    "error.token": "Zum Speichern von Kritiken ist ein gültiges API-Token nötig.",
    "error.too_large": "Der Text ist zu groß.",
    "error.too_many": "Zu viele Anfragen; bitte kurz warten und erneut versuchen.",
    "error.input": "Der Text konnte nicht gelesen werden: {message}",
    "error.hint": "Nicht gespeichert: {message}",
}

#: Read-only string tables; a key missing in one language falls back to English.
STRINGS: Mapping[str, Mapping[str, str]] = MappingProxyType({"en": MappingProxyType(_EN), "de": MappingProxyType(_DE)})

Translator = Callable[..., str]


def translator(language: str) -> Translator:
    """``t(key, **values)`` for one language; unknown keys show as the key itself."""
    table = STRINGS.get(language, STRINGS[DEFAULT_LANGUAGE])
    fallback = STRINGS["en"]

    def t(key: str, **values: object) -> str:
        if values.get("count") == 1 and f"{key}.one" in fallback:
            key = f"{key}.one"  # the singular ("1 review", not "1 reviews"), where the string has one
        template = table.get(key) or fallback.get(key) or key
        return template.format(**values) if values else template

    return t


def has(key: str) -> bool:
    """True when ``key`` is a known UI string (used to localise open vocabularies like aspects)."""
    return key in STRINGS["en"]


def from_accept_language(header: str | None) -> str | None:
    """The supported language the browser prefers most, or None."""
    if not header:
        return None
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(header.split(",")):
        match = _ACCEPT_ITEM.fullmatch(item)
        if not match:
            continue
        code = match.group(1).lower()
        try:
            weight = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        if code in LANGUAGES and weight > 0:
            # Earlier items win ties, as browsers list them by preference.
            ranked.append((weight, -position, code))
    best = max(ranked, default=None)
    return best[2] if best else None


def choose_language(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """``?lang=`` beats the cookie, which beats the browser's preference; German otherwise."""
    for candidate in (query, cookie):
        if candidate and candidate.lower() in LANGUAGES:
            return candidate.lower()
    return from_accept_language(accept_language) or DEFAULT_LANGUAGE
