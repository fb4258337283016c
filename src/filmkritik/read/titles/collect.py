"""Finding candidates: every way a page names a film becomes a sighting (headline cues, short
headline lines, facts lines, labels, title-shaped prose, recurring capitalised runs)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from types import ModuleType

from filmkritik import lang
from filmkritik.read import names, places
from filmkritik.read.lexmatch import LedPattern, standalone, word_boundary
from filmkritik.read.title_spans import (
    _SEQUEL_END,
    DATE_LIKE,
    GENRE_WORD,
    TitleSpan,
    caps,
    headline_cues,
    headline_lines,
    looks_like_title,
    menu_row,
    prose_cues,
    quoted,
)
from filmkritik.read.titles.candidate import _at_line_start, _whole_line, key_of, person_shaped
from filmkritik.read.titles.facts import _facts_below, _facts_rest, country_year
from filmkritik.read.titles.page_top import labelled_caps_titles
from filmkritik.read.titles.patterns import (
    _FACTS_LABEL,
    _HEAD_LIMIT,
    _INNER_WORD,
    _LEADING_WORDS,
    _MOVIE_SUFFIX,
    _NAV_PARTS,
    _PLATFORMS,
    _QUOTE_MARKS,
    _RIGHTS,
    _SENTENCE_BEFORE,
    _SENTENCE_BREAK,
    _SMALL_WORDS,
    _YEAR_BRACKET,
    WEB_DOMAINS,
)

_DOMAIN = re.compile(rf"(?:www\.)?[\w-]+\.(?:{WEB_DOMAINS})")
#: Sentence-initial words that prose cues may pick up as a one-word "title".
_SENTENCE_STARTERS = frozenset(
    """this that these those it its there here he she they we i you his her their the a an
    das dies diese dieser es er sie wir ich man hier dort der die ein eine auch doch so
    elsewhere meanwhile außerdem ausserdem ebenfalls
    what which who whom whose whatever whoever where why how was wer wie wo warum wieso weshalb welche welcher
    now next then finally lastly well yes okay anyway however trotzdem dennoch immerhin jedenfalls kurzum allerdings nun
    january february march april may june july august september october november december
    januar februar märz mai juni juli oktober dezember monday tuesday wednesday thursday friday
    saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag""".split()
)
#: Possessives that open a label ("Unsere Kritik: …", "My verdict: …"): no title on their own.
_POSSESSIVES = frozenset("unser unsere meine mein unsre eure euer our my your".split())
_BREADCRUMB = re.compile(r"\s[›>»/]\s|›")
_PERSON_BEFORE = re.compile(
    r"(?:director|regisseur|regisseurin|actor|actress|schauspieler|schauspielerin|star|starring|filmmaker|"
    r"filmemacher|filmemacherin|co-star|von|by|darsteller|darstellerin)[ :]+$",
    re.IGNORECASE,
)
#: Written to open with the capital's class, which the regex engine skips to at once (a pattern opening with a
#: look-ahead is tried at every position); the look-behind after it checks the character before the capital,
#: as :data:`TITLE_CASE_RUN_PLAIN`'s did (the tests compare the two).
_TITLE_CASE_RUN = re.compile(
    r"[A-ZÄÖÜ](?<![\w'’-][A-ZÄÖÜ])[\w'’-]+(?:[ ](?:(?:of|the|a|an|at|in|on|to|all|for|der|des|dem|den|von|vom|im|am|"
    r"und|and|die|das|zum|zur|aus|auf|nach|bei|beim|ohne|gegen|ins|&)[ ]){0,2}[A-ZÄÖÜ0-9][\w'’-]*(?::\d\d)?){1,5}"
)
#: :data:`_TITLE_CASE_RUN` as first written.
TITLE_CASE_RUN_PLAIN = (
    r"(?=[A-ZÄÖÜ])(?<![\w'’-])[A-ZÄÖÜ][\w'’-]+(?:[ ](?:(?:of|the|a|an|at|in|on|to|all|for|der|des|dem|den|von|vom|im|am|"
    r"und|and|die|das|zum|zur|aus|auf|nach|bei|beim|ohne|gegen|ins|&)[ ]){0,2}[A-ZÄÖÜ0-9][\w'’-]*(?::\d\d)?){1,5}"
)
_WORDS = re.compile(r"\w+")
#: A line opening with a name followed by facts: "Die Salzkinder. Deutschland 2024", "„X“, Regie: …",
#: "X (D 2024)". The name is tried only on short lines: before a full stop, a bracket, a comma or a bar.
_FACTS_TITLE = re.compile(
    r"[„\"“»«‘']?(?P<title>[A-ZÄÖÜ0-9][^\n.()|,:;„\"“”»«‘’]{1,80}?)[“”\"«»’']?(?P<sep>\.\s+|\s*\(|,\s+|\s+[|·•]\s+)"
    r"(?=[^\n]{0,60}?(?:\b(?:19|20)\d\d\b|Regie|Directed|Dir\.|R:))"
)
#: Where such a line may be: it holds a year or a director's label (the title is tried at that line's start).
_FACTS_HINT = re.compile(r"\d\d\d\d|Regie|Directed|Dir\.|R:")
_CREDIT_OPENERS = frozenset(
    """mit with starring regie buch drehbuch kamera darsteller darstellerin cast director directed von by produktion
    verleih musik schnitt land jahr laufzeit länge fsk genre idee produzent producer writer screenplay featuring
    foto photo bild quelle""".split()
)
_YEAR_TITLE = re.compile(r"(?:1[89]|20)\d\d")
_PREDICATE_FIRST = re.compile(
    r" (?:ist|war|bleibt) (?:der|die|das) (?:Film|Streifen|Drama|Thriller|Komödie|Krimi|Werk)\b"
    r"(?! (?:von|des|der|über|aus|mit|um|vom|zum)\b)"
)
_MADE_BY_OPENING = re.compile(
    r"(?i)(?:ein(?:e)? (?:\w+ )?(?:film|produktion) von|an? (?:\w+ )?(?:film|production) by|un film de)\b"
)
#: A quote standing alone on its line, under the line before it: "UNSER FILM DER WOCHE" / "„Leuchtfeuer“".
_QUOTE_UNDER_LINE = re.compile(r"(?m)^[ \t]*([^\n]{3,60}?)[ \t]*\n[ \t]*[„“\"»«]([^\n„“”\"»«]{1,80})[“”\"«»][ \t]*$")
_COLUMN_HINTS = ("woche", "week", "tages", "day", "monats", "month", "wochenende", "weekend", "jahres", "year")
#: A list of links to other articles: two lines or more in a row opening with an arrow ("› Tag 1: … „X“ enttäuscht").
_QUOTE_LINE_OPENING = re.compile(r"\n[ \t]*[„“\"»«]")
_LINK_LIST = re.compile(r"(?m)^[ \t]*[›»→▸►][ \t][^\n]*(?:\n[ \t]*[›»→▸►][ \t][^\n]*)+")
#: The arrows :data:`_LINK_LIST` opens its lines with.
_LIST_ARROWS = "›»→▸►"
#: A heading's subtitle ending in the film's year: "Dead Tide Protocol (2027)".
_SUBTITLE_YEAR = re.compile(r"([^\W_][^\n()]{0,60}?)[ \t]*\((?:1[89]|20)\d\d\)[ \t]*")
#: A credit line's opening: "Directed by", "Regie:", "Starring", "Mit:".
_CREDIT_LINE = re.compile(r"(?i)[ \t]*(?:directed by|written and directed by|regie\b|buch und regie\b|starring\b|mit:)")
#: An e-mail's or newsletter's header label ("Datum: 3. März", "Subject: ..."): never a title.
_CLOCK_LED = re.compile(r"(?i)\d{1,2}(?:[:.]\d\d)?\s?(?:uhr|pm|am|a\.m\.|p\.m\.)(?:\W|$)")
#: A TV listing's slot line with the channel first: "BBC Four, 9pm", "ZDF, 20.15 Uhr", "Das Erste, Sonntag 20.15 Uhr".
_CHANNEL_SLOT = re.compile(
    r"[A-ZÄÖÜ0-9][\w+&'’.]*(?: [A-ZÄÖÜ0-9][\w+&'’.]*){0,3}, ?(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Montag|"
    r"Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),? )?\d{1,2}(?:[.:]\d\d)? ?(?:pm|am|p\.m\.|a\.m\.|Uhr)(?!\w)"
)
_MAIL_LABEL = re.compile(
    r"(?i)(?:von|an|datum|betreff|gesendet|kopie|cc|bcc|antwort an|from|to|date|subject|sent|reply-to)"
)
#: A clock time ("15 Uhr", "9.30 h", "8 pm"), also the tail of "20:15 UHR": never a title.
_CLOCK_TIME = re.compile(r"(?i)\d{1,2}(?:[:.]\d\d)?\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.)")
#: The outlet's own rating label ("KIEZ-Wertung:", "REEL-Rating"): its first word is the masthead's, no film.
_OWN_RATING_WORDS = ("-wertung", "-bewertung", "-urteil", "-note", "-daumen", "-rating", "-score", "-verdict", "-grade")
_OWN_RATING_LABEL = re.compile(
    r"(?<![\w-])([^\W\d_][\w&]*)-(?:Wertung|Bewertung|Urteil|Note|Daumen|Rating|Score|Verdict|Grade)\b",
    re.IGNORECASE,
)
_SUBTITLE_SEPARATOR = re.compile(r": | [–—-] ")
_LETTER = re.compile(r"[^\W\d_]")
#: A column's or tip's label: "Streamingtipp der Woche", "TIPP DES TAGES", "Der Kinotipp am Wochenende",
#: "Our streaming pick of the week" (compared casefolded).
_COLUMN_LABEL = re.compile(
    r"(?:[\w'’-]+ ){0,2}[\w-]*(?:tipp|tip|pick|film|movie|kino|serie|series|stream|streaming|check|kritik|review|"
    r"watch|highlight|empfehlung|perle|start|neustart)s? (?:der woche|des tages|des monats|des jahres|"
    r"am wochenende|zum wochenende|fürs wochenende|of the (?:week|day|month|year|weekend)|for the weekend)"
)
_POSSESSIVE_SPLIT = re.compile(r"(?<=['’]s )")
_REVIEW_WORDS = frozenset(
    "kritik filmkritik kurzkritik rezension review reviews kritiken filmkritiken kinokritiken rezensionen".split()
)
#: A line in a box of links to other reviews: a quoted title, a review word, a year in brackets, "A | B".
_LINK_LIKE = re.compile(r"[„“\"»«‘]|\b(?:[Kk]ritik|[Rr]eview|[Rr]ezension)\b|\((?:19|20)\d\d\)|\s\|\s")
#: "Grace Adeyemi's The Drum Maker": the owner before the title; not "The Vicar's Tea Party", a title itself.
_OWNER_THEN_TITLE = re.compile(r"^(?!(?:The|A|An) )[^'’]+['’]s (?=(?:The|A|An) |\S+ \S)")
_VERB_INSIDE = re.compile(
    r" (?:ist|war|wird|bleibt|is|was|remains) (?:der|die|das|ein|eine|kein|keine|a|an|the|not|nicht)\b"
)
_ROLE_FIRST = re.compile(
    r"(?:Regisseur|Regisseurin|Regie|Director|Filmmaker|Filmemacher|Filmemacherin|Schauspieler|Schauspielerin|"
    r"Actor|Actress|Star|Autor|Autorin|Writer|Kameramann|Produzent|Produzentin|Producer)\b"
)
#: A maker's role and a name: "Director Kofi Mensah tells the story of …" is no title ("Star Wars" is).
_ROLE_THEN_NAME = re.compile(
    r"(?:Regisseur|Regisseurin|Director|Filmmaker|Filmemacher|Filmemacherin|Writer-director|Schauspieler|"
    r"Schauspielerin|Actor|Actress|Autor|Autorin|Writer|Produzent|Produzentin|Producer|Kameramann)\s+[A-ZÄÖÜ]"
)
_MAKER_WORDS = frozenset("von by from mit with starring featuring".split())
#: A rating said in words or numbers: "Zwei von fünf Sternen", "3 out of 4".
_RATING_WORDS = re.compile(
    r"(?i)(?<!\w)(?:\d(?:[.,]\d)?|ein|eins|zwei|drei|vier|fünf|one|two|three|four|five)\s*(?:von|out of|/)\s*"
    r"(?:\d+|fünf|zehn|four|five|ten)\b"
)
_CAPITAL_ARTICLES = frozenset("The A An Der Die Das Ein Eine".split())
#: A headline's opening possessive: "Marta Quill's ", "Tom Baines’ ".
_OWNER_HEAD = re.compile(r"(?:[A-ZÄÖÜ][\w.-]*\s){0,2}[A-ZÄÖÜ][\w-]*(?:['’]s|s['’]|['’])\s(?=[A-ZÄÖÜ0-9])")
#: A maker's role before the name: "Regisseurin Kaja Ohm", "Regie: Kaja Ohm", "director Ann Wells".
#: A quoted work's maker: "„Vaters Garten“ von Lorenz Habicht", "“Tidewater” by Ada Okafor".
_MADE_BY = re.compile(r"[“”\"»«‘’']\s*,?\s+(?:von|by)\s+")
_MAKER_ROLE = re.compile(
    r"\b(?:Regisseur(?:in)?|Regie\s*:|Filmemacher(?:in)?|Drehbuchautor(?:in)?|[Dd]irector|[Ff]ilmmaker|"
    r"[Ww]riter-director)\s+"
)
#: A maker's role or "by" after a quoted title, before the maker's name (:func:`_surname_of_named_person`).
_MAKER_CUE = LedPattern(rf"(?:{_MAKER_ROLE.pattern}|{_MADE_BY.pattern})")
#: A capitalised word of a maker's name and the white space after it (:func:`_surname_of_named_person`).
_NAME_WORD = re.compile(r"[A-ZÄÖÜÀ-Þ][\w'’.-]+\s+")
#: A short line of buttons or links: "▶ Jetzt streamen | + Merkliste", "Watch trailer | Share".
#: Words of speech in a quote: a headline quoting someone ("„Ich wollte nie …“: Regisseurin X über …") names no film.
_SPEECH_WORDS = frozenset("ich wir mir mich uns mein meine unser unsere du dich dir i we me my our us you".split())
#: What follows a quoted name opening a headline: a colon, a dash or a bar and the teaser, or the headline sentence's
#: lower-case words ("'X' burns bright", "'X' on Glowbox: …").
_HEADLINE_AFTER_QUOTE = re.compile(r"(?::|[ \t]+[–—|-])[ \t]+\S|[ \t]+[a-zäöüß]")
#: Quotes on a headline line besides the film's: "'A' and 'B': the week's films" names two.
_OTHER_QUOTE = re.compile(r"[„“”\"»«‘]|(?<![\w])'(?=\w)")
#: A title with commas inside quotes: "Alles auf Anfang, Frau Kowalski", "Ein Zimmer, zwei Betten, drei Probleme".
_COMMA_PARTS = re.compile(r"[A-ZÄÖÜ0-9][\w'’&-]*(?: [\w'’&-]+){0,3}(?:, [\w'’&-]+(?: [\w'’&-]+){0,3}){1,2}[!?]?")
_DOUBLE_QUOTES = frozenset('„“”"»«')
_HEAD_QUOTE = re.compile(r"(?m)^[„“\"»«‘']([^\n„“”\"»«]{3,90}?)[“”\"«»’']")
#: An info box's title label: "Titel: X", "Deutscher Titel: X", "Title: X" (not "Originaltitel: X").
_TITLE_LABEL = re.compile(
    r"^(?=[TtDdVvFfGgRr])(?:Titel|Filmtitel|Deutscher Titel|Verleihtitel|Title|Film title|Release title|German title|"
    r"UK title|US title)[ \t]*:[ \t]*(?P<title>[^\n]{2,90}?)[ \t]*(?:\((?:19|20)\d\d\))?[ \t]*$",
    re.MULTILINE,
)


def collect(text: str, data: object, language: str = "en") -> list[TitleSpan]:
    """Every sighting of a title-shaped name in ``text``."""
    navigation: frozenset[str] = getattr(data, "NAVIGATION", frozenset())
    spans = headline_cues(text, data, _HEAD_LIMIT)  # type: ignore[arg-type]
    spans += headline_lines(text, navigation, _HEAD_LIMIT)
    spans += quoted(text)
    spans += caps(text)
    spans += prose_cues(text, data)  # type: ignore[arg-type]
    spans += _recurring_runs(text, language)
    boxes = _related_boxes(text, data, language)
    own_labels = _own_rating_labels(text)
    links = link_lists(text)
    boxes = boxes + links if links else boxes  # what a list of links to other articles names is not the film
    spans = [
        s
        for s in spans
        if s.text
        and not (boxes and any(start <= s.start < end for start, end in boxes))
        and (s.how == "quoted" or not s.text[0].islower())
        and (_plausible(key_of(s.text), navigation) or _number_title(s))
        and not (s.how in ("headline", "line") and DATE_LIKE.search(s.text) and not _number_title(s))
        and not _BREADCRUMB.search(s.text)  # "Kino › Neu im Kino": the page's path, not a headline
        # "Filmkritik | Drama", "REVIEWS / HORROR": a genre ending the page's path of sections names no film
        and not (
            s.how in ("headline", "line", "caps") and GENRE_WORD.fullmatch(s.text) and _on_path(text, s, navigation)
        )
        and not (s.how == "line" and _RIGHTS.match(s.text))  # "Copyright 2024 Martin Kessler", "© Verleih"
        and not (s.how in ("caps", "line") and _section_pair(text, s, navigation))
        and not (s.how in ("headline", "line", "caps") and country_year(s.text))  # "Finnland 2023": a facts line
        and not (s.how == "headline" and _prose_capture(s.text))  # "Review: Sequels are risky, but ..."
        # "Interview & Kritik": two section labels joined, the capture ending on the joining word
        and not (s.how == "headline" and s.text.endswith((" &", " +", " und", " and")))
        # "Neu auf Prime Video: Lohnt sich der Thriller?": a teaser's question after the cue, said once
        and not (
            s.how == "headline"
            and text.startswith("?", s.end)
            and _QUESTION_OPENING.match(s.text)
            and text.count(s.text) < 2  # "Kritik: Was ist mit Bob?" and the body names „Was ist mit Bob“ again
        )
        and not (s.how == "headline" and _RATING_WORDS.search(s.text))  # "Unsere Kritik: Zwei von fünf Sternen"
        # "In this issue: one review, one recommendation": a count or an article before "review" ends no title
        and not (s.how == "headline" and _DETERMINER_END.search(s.text))
        # "Ausgabe 54: Warum ich im Kino geheult habe": a capture cut before a lower-case word, holding "ich"/"I", is a
        # teaser sentence's start, not a title
        and not (s.how == "headline" and _cut_speech(text, s))
        and not (s.how != "quoted" and _mail_label(text, s))  # "Datum: 23. November"
        and not (s.how != "quoted" and _CLOCK_TIME.fullmatch(s.text))  # "HEUTE, 20:15 UHR"
        and not (s.how == "line" and _CLOCK_LED.match(s.text))  # "9.00pm, Channel Northern": a listing's slot
        and not (s.how == "line" and _CHANNEL_SLOT.match(s.text))  # "BBC Four, 9pm": the same, channel first
        # "ITV4, 11.45pm": the channel's shouted name opening its slot line
        and not (s.how == "caps" and _at_line_start(text, s.start) and _CHANNEL_SLOT.match(text, s.start))
        # "Winter in Whitby" heading a page is a title, not "<actor> in <film>" (no person before "in")
        and not (s.how == "prose" and _place_after_in(text, s, language))
        and not (s.how in ("caps", "line") and s.text.casefold() in own_labels)  # "KIEZ" of "KIEZ-Wertung: ★★★★☆"
        # "Letterboxd review by mossgarden", "Letterboxd-ish review": where the review was posted, not the film
        and not (s.how == "headline" and key_of(s.text).split("-", 1)[0] in _PLATFORMS)
        # "Filed by Ann Lee for The Lantern Review": the byline and its outlet, not the film
        and not (s.how in ("headline", "line", "caps") and _on_byline(text, s, language))
    ]
    spans = [_with_mit_tail(text, s, language) if s.how == "headline" else s for s in spans]
    spans += _headline_heads(text, [s for s in spans if s.how == "headline"])
    spans += _headline_heads(text, _sentence_headlines(text))
    spans += _possessive_heads(text, [s for s in spans if s.how in ("line", "headline") and s.start < _HEAD_LIMIT])
    spans += _colon_titles(text, [s for s in spans if s.how in ("line", "headline")])
    wholes = {
        s.start: whole
        for s in spans
        if s.how in ("line", "headline") and (whole := _subtitle_over_credits(text, s)) is not None
    }
    if wholes:  # the heading's head alone ("Iron Harbour 3") gives way to the whole heading
        spans = [s for s in spans if s.start not in wholes or s.how not in ("line", "headline")]
        spans += wholes.values()
    spans += _headline_tails(text, [s for s in spans if s.how == "line" and s.start < 300])
    spans += _clock_channel_titles(text)
    spans += _facts_titles(text, navigation, language)
    spans += _credit_block_titles(text, navigation, language)
    spans += _interview_heads(text, language)
    spans += _quoted_under_column_label(text)
    if ": " in text[:1500]:
        named = labelled_caps_titles(text)
        if named:  # "TOP PICK: THE GLASS ORCHARD" as one shouted name gives way to the name after the label
            ends = {s.end for s in named}
            spans = [s for s in spans if not (s.how == "caps" and s.end in ends and ": " in s.text)] + named
    if "," in text[:_HEAD_LIMIT]:
        known = {s.start for s in spans if s.how == "quoted"}
        spans += [s for s in _comma_head_quotes(text, navigation) if s.start not in known]
    labelled = _labelled_titles(text)
    if labelled:  # "Titel: Die Brüder von Kaltenbrunn": a headline cue's capture cut at "von" gives way to the label's
        starts = {s.start: s.text for s in labelled}
        spans = [s for s in spans if not (s.start in starts and starts[s.start].startswith(s.text + " "))]
        spans += labelled
    spans = [_prose_trimmed(s) if s.how == "prose" else s for s in spans]
    if language == "de":
        spans = [_after_preposition_noun(text, s) if s.how == "prose" else s for s in spans]
        spans = [_maker_cut(text, s) if s.how == "prose" and " von " in s.text else s for s in spans]
    spans = [_comma_head_joined(text, s, language) if s.how == "prose" and s.start > 2 else s for s in spans]
    spans = [_starter_cut(s) if s.how in ("prose", "run") and s.text[:1] in _STARTER_FIRST else s for s in spans]
    # "… the home of Mr. Ahankhah. He follows him": what is left after a sentence's end may be its first word
    spans = [s for s in spans if s.how != "prose" or _plausible(key_of(s.text), navigation)]
    spans = [
        s
        for s in spans
        if not (s.how == "prose" and (_surname_of_named_person(text, s.text) or _surname_of_maker(text, s.text)))
    ]
    spans = [s for s in spans if not (s.how == "prose" and _ROLE_THEN_NAME.match(s.text))]  # "Director Kofi Mensah"
    # "Sehenswert ist der Film trotzdem": a predicate put first, not a one-word title ("X ist der Film des Jahres" is)
    spans = [s for s in spans if not (s.how == "prose" and " " not in s.text and _PREDICATE_FIRST.match(text, s.end))]
    # "Herausgekommen ist ein rauer Film über …": a participle put first, not a one-word title
    spans = [
        s
        for s in spans
        if not (s.how == "prose" and " " not in s.text and _PARTICIPLE_FIRST.match(text, s.start, s.end + 6))
    ]
    spans += [  # "Das Problem" said once gives no "Das"
        s for s in _prose_heads(text, [s for s in spans if s.how == "prose"]) if _plausible(key_of(s.text), navigation)
    ]
    half = len(text) // 2
    if not any(s.how in _NAMED_KINDS and (s.start < half or s.how in ("headline", "facts")) for s in spans):
        # nothing names a film by a cue or quotes (but works named in passing at the end, "Ebenfalls neu: „X“"):
        # a one-word title said as a sentence's subject ("Nebelwald ist unaufgeregt und klug") and named again
        spans += [s for s in _one_word_subjects(text, language) if not _surname_of_named_person(text, s.text)]
    if not spans:  # nothing title-shaped: a sentence's opening subject, else runs seen once ("with Quiet Harbour, ...")
        spans = opening_subjects(text, language) or [
            _starter_cut(s)
            for s in _recurring_runs(text, language, 1)
            if _plausible(key_of(s.text), navigation)
            and not DATE_LIKE.search(s.text)  # "Friday, May 16, 2025"
            and not _ROLE_FIRST.match(s.text)  # "Regisseur Darius Kairys"
        ]
    return spans


@cache
def _byline(language: str) -> re.Pattern[str] | None:
    """The language's byline line (``BYLINE_LINE``), matched at a line's start."""
    source = getattr(lang.data(language, "titles"), "BYLINE_LINE", None)
    return re.compile(rf"[ \t]*(?:{source})") if source else None


def _on_byline(text: str, span: TitleSpan, language: str) -> bool:
    """``span`` stands on a byline line ("Filed by Ann Lee for The Lantern Review", "Von Jana Berg für den
    Weserblick")."""
    pattern = _byline(language)
    if pattern is None:
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    return pattern.match(text, line_start) is not None


#: A capture ending on a lower-case article, count or possessive: "In this issue: one" of "… one review, …".
_DETERMINER_END = re.compile(
    r"\s(?:one|two|three|four|five|a|an|the|our|my|this|another|ein|eine|einer|zwei|drei|unsere|meine)$"
)
#: A question's first word: "Lohnt sich …?", "Taugt …?", "Is it worth …?" (a headline teaser, not a title).
_QUESTION_OPENING = re.compile(
    r"(?:Lohnt|Lohnen|Taugt|Taugen|Hält|Halten|Kann|Können|Was|Wie|Warum|Wieso|Weshalb|Should|Does|Do|Is|Are|Can|"
    r"What|Why|How|Worth)\b"
)
#: A clock time ("20:15", "9.30").
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d|[ \t]?(?:pm|am|p\.m\.|a\.m\.)(?!\w))")  # "20:15", "9.30", "9pm"
#: A TV listing's line: "20:15 Uhr, Arte: Die Fährfrau von Ushant", "9:00 p.m. | PBS: The Quiet Coast".
_CLOCK_CHANNEL = re.compile(
    r"[ \t]*\d{1,2}(?:[:.]\d\d)?(?:[ \t]*(?:Uhr|h|p\.?m\.?|a\.?m\.?))?[ \t]*[,|·•–-][ \t]*"
    r"[^\n:|·•,]{2,30}?[ \t]*:[ \t]*[„“\"»«‘']?(?P<title>[A-ZÄÖÜ0-9][^\n„“”\"»«]{1,90}?)[“”\"«»’']?"
    r"(?:[ \t]+\((?:19|20)\d\d\))?[ \t]*$",
    re.MULTILINE,
)


def _clock_channel_titles(text: str) -> list[TitleSpan]:
    """ "20:15 Uhr, Arte: Die Fährfrau von Ushant": the programme a TV page's listing line names after its time and
    channel (the line as a whole holds a clock, which no title line may)."""
    found = []
    for clock in _CLOCK.finditer(text, 0, _HEAD_LIMIT):
        line_start = text.rfind("\n", 0, clock.start()) + 1
        if text[line_start : clock.start()].strip():
            continue  # a clock inside a line ("10.04.2027, 12:30 Uhr" after a byline)
        m = _CLOCK_CHANNEL.match(text, line_start)
        if m is not None:
            found.append(TitleSpan(m.group("title"), m.start("title"), m.end("title"), "line"))
    return found


def _leads_headline(text: str, start: int, end: int) -> bool:
    """The quoted name at ``start``-``end`` opens a headline line near the page's top, the rest of the line a teaser
    after a colon or dash, or the headline sentence going on ("„X“: Zwischen Sitcom und Sozialkomödie", "'X' burns
    bright, then fizzles", "'X' on Glowbox: Watch It or Pass?"); the body has not begun above it, and the line names
    no other quoted work."""
    opening = start - 1
    if start >= _HEAD_LIMIT or opening < 0 or (opening > 0 and text[opening - 1] != "\n"):
        return False
    if text[opening] not in _QUOTE_MARKS or text[end : end + 1] not in _QUOTE_MARKS:
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[end + 1 : line_end]
    if len(rest) > 140 or not _HEADLINE_AFTER_QUOTE.match(rest) or _OTHER_QUOTE.search(rest):
        return False
    if any(len(line) > 200 for line in text[:opening].split("\n")):
        return False  # the body has begun: a quote opening a line below it is a pull quote or a box
    return not _SPEECH_WORDS.intersection(text[start:end].casefold().split())


def _comma_head_quotes(text: str, navigation: frozenset[str]) -> list[TitleSpan]:
    """ "„Alles auf Anfang, Frau Kowalski“: Zwischen Sitcom und …", "„Ein Zimmer, zwei Betten, drei Probleme“" over
    "Deutschland 2025 · 95 Min. · Regie: …": a quoted title with commas said once is kept when it opens the headline
    or stands alone on its line right above the film's facts (quotes with commas are mostly speech elsewhere)."""
    found: list[TitleSpan] = []
    limit = min(len(text), _HEAD_LIMIT)
    comma = text.find(", ", 0, limit)
    while comma >= 0:  # only short lines holding ", " (both shapes do), found by str.find
        back = max(0, comma - 200)
        pos = text.rfind("\n", back, comma) + 1
        end = text.find("\n", comma, pos + 200)
        if (pos == 0 and back > 0) or (end < 0 and len(text) > pos + 200):
            nxt = text.find("\n", comma, limit)  # a long line: the body, no heading; on to the next line
            comma = text.find(", ", nxt, limit) if nxt >= 0 else -1
            continue
        end = len(text) if end < 0 else end
        first = text[pos : pos + 1]
        if first in _QUOTE_MARKS:
            m = _HEAD_QUOTE.match(text, pos)
            if m is not None:
                found += _comma_quote(text, m, navigation)
        elif (
            (first.isupper() or first.isdigit())
            and end - pos <= 110
            and end < len(text)
            and text.count(" ", pos, end) <= 10  # a title of at most nine words, "A, B" with at most four before
            and text.count(" ", pos, text.find(",", pos, end)) <= 3
        ):
            # "Schöne Grüße, Frau Doktor" / "20:15 Uhr, Das Erste · Fernsehfilm, Deutschland 2026 · Regie: …"
            inner = text[pos:end].rstrip(" \t")
            if (
                not _DOUBLE_QUOTES.intersection(inner)
                and _COMMA_PARTS.fullmatch(inner) is not None
                and len(inner.split()) <= 9
                and not _SPEECH_WORDS.intersection(inner.casefold().replace(",", " ").split())
                and not DATE_LIKE.search(inner)
                and _facts_below(text, end + 1, navigation)
            ):
                found.append(TitleSpan(inner, pos, pos + len(inner), "line"))
        comma = text.find(", ", end, limit)
    return found


def _comma_quote(text: str, m: re.Match[str], navigation: frozenset[str]) -> list[TitleSpan]:
    """The quoted title with commas opening the line matched by :data:`_HEAD_QUOTE`, when it heads the page."""
    inner = m.group(1).strip()
    if ", " not in inner or _COMMA_PARTS.fullmatch(inner) is None or len(inner.split()) > 9:
        return []
    start = m.start(1) + m.group(1).index(inner)
    end = start + len(inner)
    if _SPEECH_WORDS.intersection(inner.casefold().replace(",", " ").split()):
        return []
    line_end = text.find("\n", m.end())
    alone = not text[m.end() : line_end if line_end >= 0 else len(text)].strip()
    if (alone and line_end >= 0 and _facts_below(text, line_end + 1, navigation)) or (
        not alone and _leads_headline(text, start, end)
    ):
        return [TitleSpan(inner, start, end, "quoted")]
    return []


def _quoted_under_column_label(text: str) -> list[TitleSpan]:
    """ "UNSER FILM DER WOCHE" / "„Kleiner Mann, großes Boot“": a quote alone on the line under a column's label
    names the column's film like a headline cue (also a title with a comma, said once)."""
    end = min(len(text), 4000)
    # Most heads hold no line opening with a quotation mark; the simple search (a literal line break first: the
    # engine skips from one to the next) rules them out before the line-by-line pattern (its quoted line must open
    # that way too). No gate on the column hints of the case-folded head: every label :data:`_COLUMN_LABEL` takes
    # holds one of them, and case-folding the head cost five times what trying the few quoted lines costs.
    if not _QUOTE_LINE_OPENING.search(text, 0, end):
        return []
    found = []
    for m in _quotes_under_lines(text, end):
        label = m.group(1).strip(" :").casefold()
        title = m.group(2).strip()
        if _COLUMN_LABEL.fullmatch(label) and title[:1].isupper() and len(title.split()) <= 9:
            found.append(TitleSpan(title, m.start(2), m.start(2) + len(title), "headline"))
    return found


def _quotes_under_lines(text: str, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_QUOTE_UNDER_LINE.finditer(text, 0, end)``, each tried only at the line above a quoted line."""
    # The pattern's label line ends at the first line break after its start, and the next line must open with a
    # quotation mark: so a match can start only at the line above each :data:`_QUOTE_LINE_OPENING` (tried there with
    # ``match``, whose "^" holds at a line start), not at every position of the head. As ``finditer``, a match
    # starting inside the one before it is not taken.
    done = 0
    for opening in _QUOTE_LINE_OPENING.finditer(text, 0, end):
        line_start = text.rfind("\n", 0, opening.start()) + 1
        if line_start < done:
            continue
        m = _QUOTE_UNDER_LINE.match(text, line_start, end)
        if m is not None:
            done = m.end()
            yield m


def _own_rating_labels(text: str) -> set[str]:
    """The words an outlet puts before its own rating label ("KIEZ-Wertung"), cased for comparison."""
    # The pattern tries every word of the text; most texts hold none of its labels, which a substring test
    # over the lower-cased text rules out far more cheaply (the labels are ASCII, so lower() matches IGNORECASE).
    lowered = text.lower()
    if not any(label in lowered for label in _OWN_RATING_WORDS):
        return set()
    return {m.group(1).casefold() for m in _OWN_RATING_LABEL.finditer(text)}


def link_lists(text: str) -> list[tuple[int, int]]:
    """Where lists of links to other articles stand: two lines or more in a row opening with an arrow."""
    # (Each arrow alone first: a one-character search takes a fraction of a microsecond, one of "» " several, the
    # space after the arrow being the text's commonest character.)
    if not any(map(text.__contains__, _LIST_ARROWS)) or (
        "› " not in text and "» " not in text and "→ " not in text and "▸ " not in text and "► " not in text
    ):
        return []
    return [(m.start(), m.end()) for m in _LINK_LIST.finditer(text)]


def _subtitle_over_credits(text: str, span: TitleSpan) -> TitleSpan | None:
    """ "Iron Harbour 3: Dead Tide Protocol (2027)" on the line above "Directed by …": a heading carrying the year
    and a capitalised subtitle right above a credit line is one title, subtitle and all."""
    if not text.startswith(": ", span.end):
        return None
    line_end = text.find("\n", span.end)
    year = _SUBTITLE_YEAR.fullmatch(text, span.end + 2, line_end if line_end >= 0 else len(text))
    if year is None or line_end < 0:
        return None
    words = year.group(1).split()
    if not all(w[:1].isupper() or w[:1].isdigit() or _INNER_WORD.fullmatch(w) for w in words):
        return None
    after = line_end + 1
    while text.startswith("\n", after):
        after += 1
    if _CREDIT_LINE.match(text, after) is None:
        return None
    whole = f"{span.text}: {year.group(1)}"
    return TitleSpan(whole, span.start, span.start + len(whole), span.how)


def _mail_label(text: str, span: TitleSpan) -> bool:
    """ "Datum: 23. November 2026", "Subject: ...": a header label opening its line, followed by a colon."""
    return (
        text.startswith(":", span.end)
        and (span.start == 0 or text[span.start - 1] == "\n")
        and _MAIL_LABEL.fullmatch(span.text) is not None
    )


def _section_pair(text: str, span: TitleSpan, navigation: frozenset[str]) -> bool:
    """ "KULTUR & GESELLSCHAFT", "ARTS & LEISURE": a newspaper's section, two words joined by "&" of which one
    is a section's, on a line of its own and said once ("MORD & MUSIK" said again is a film)."""
    parts = span.text.casefold().split(" & ")
    return (
        len(parts) == 2
        and all(" " not in p for p in parts)
        and any(p in navigation for p in parts)
        and _whole_line(text, span.start, span.end)
        and text.casefold().count(span.text.casefold()) <= 1
    )


def _on_path(text: str, span: TitleSpan, navigation: frozenset[str]) -> bool:
    """The span's line is a path of section labels and genres ("Filmkritik | Drama", "REVIEWS / HORROR",
    "Film › Reviews › Thriller"), with at least one separator."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    line = text[start : end if end >= 0 else len(text)].strip().casefold()
    parts = [p for p in _NAV_PARTS.split(line) if p]
    return len(parts) >= 2 and all(p in navigation or GENRE_WORD.fullmatch(p) for p in parts)


def _number_title(span: TitleSpan) -> bool:
    """ "Kritik zu „1983“", "Review: 1983": a year alone is a title only in quotes or after a review cue."""
    return span.how in ("quoted", "headline") and _YEAR_TITLE.fullmatch(span.text) is not None


@cache
def _related_label(data: ModuleType, language: str) -> re.Pattern[str] | None:
    labels: tuple[str, ...] = getattr(data, "RELATED_LABELS", ())
    if language in lang.LANGUAGES:  # the page-blocks step's box labels ("More like this", "Meistgelesen") too
        labels += tuple(getattr(lang.data(language, "page_blocks"), "RELATED", ()))
    if not labels:
        return None
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    # "[ \t]", not "\s": a label alone on its line ("Mehr Kritiken") keeps its links on the lines below
    return re.compile(rf"[ \t>»•*-]*(?:{alternatives})\b[ \t]*:?", re.IGNORECASE)


def _related_boxes(text: str, data: object, language: str) -> list[tuple[int, int]]:
    """ "Das könnte Sie auch interessieren:", "Also read: ‘X’ review", "More reviews: A | B": links to other
    reviews. The label's line and the link-like lines below it are no sighting of the film reviewed."""
    label = _related_label(data, language)  # type: ignore[arg-type]
    if label is None:
        return []
    boxes = []
    for m in _line_matches(label, text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if text[m.end() : end].strip():
            boxes.append((m.start(), end))  # the links follow the label on its line
            continue
        start = end
        while end < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1 : nxt]
            if not line.strip() or len(line) > 100 or not _LINK_LIKE.search(line):
                break
            end = nxt
        boxes.append((m.start(), max(start, end)))
    return boxes


def _line_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` at the start of a line (tried only there, not at every position)."""
    start = 0
    while start < len(text):
        m = pattern.match(text, start)
        if m is not None:
            yield m
        start = text.find("\n", start) + 1
        if start == 0:
            break


def _headline_heads(text: str, headlines: list[TitleSpan]) -> list[TitleSpan]:
    """ "Review: Dead Air Is a Podcast Horror Film ...": the headline's opening words the body repeats."""
    found = []
    for span in headlines:
        words = [w.strip("'\"‘’“”") for w in span.text.split()]
        if len(words) < 4:
            continue
        for n in range(min(4, len(words) - 1), 0, -1):
            head = " ".join(words[:n]).rstrip(",;:")  # "Pumpkin Season, and why …": the name without its comma
            if not head[:1].isupper() or head.casefold() in _SMALL_WORDS:
                continue
            # Said again on its own ("Dead Air follows ..."), not only as part of a longer name ("Snow Day Heist").
            if next(_alone_at(text[span.end :], head, not_before=words[n]), None) is not None:
                found.append(TitleSpan(head, span.start, span.start + len(head), "run"))
                break
    return found


def _sentence_headlines(text: str) -> list[TitleSpan]:
    """Headline sentences among the page's first lines, too long to be a title line ("Gutterball Is a Ten-Pin Slasher
    That Never Gets Out of the Gutter"): their opening words may name the film. The body's first paragraph ends
    the search."""
    found = []
    start = seen = 0
    while start < _HEAD_LIMIT and seen < 4:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if len(line) > 150:
            break  # the body has begun
        if line:
            seen += 1
        if (
            line[:1].isupper()
            and 5 <= len(line.split()) <= 20
            and not line.endswith(".")
            and not _SENTENCE_BREAK.search(line)
            and not menu_row(line)
        ):
            offset = start + text[start:end].index(line)
            found.append(TitleSpan(line, offset, offset + len(line), "headline"))
        if end >= len(text):
            break
        start = end + 1
    return found


def _possessive_heads(text: str, heads: list[TitleSpan]) -> list[TitleSpan]:
    """ "Marta Quill's Ferryman Offers Little Comfort": a headline sentence opening with its maker's possessive
    names the film right after it; the longest run of those words that the body says again on its own is it."""
    found = []
    for span in heads:
        owner = _OWNER_HEAD.match(span.text)
        if owner is None or span.text.split(" ", 1)[0] in _CAPITAL_ARTICLES:
            continue  # "The Ferryman's Daughter Is a Quiet Triumph": an article opens a title, not a maker's name
        words = span.text[owner.end() :].split()
        for n in range(min(5, len(words) - 1), 0, -1):
            head = " ".join(words[:n])
            if not head[:1].isupper() or not words[n - 1][:1].isupper() or head.casefold() in _SMALL_WORDS:
                continue
            if next(_alone_at(text[span.end :], head, not_before=words[n]), None) is not None:
                start = span.start + owner.end()
                found.append(TitleSpan(head, start, start + len(head), "line"))
                break
    return found


#: A closing credit block's first line: "Directed by …", "Director: …", "Regie: …" at a line's start (one pattern
#: opening with the newline: the engine jumps to each, where five ``str.find`` calls cost five passes).
_CREDIT_BLOCK_LABEL = re.compile(r"\n(?:Directed by |Written and directed by |Director: |Regie: |Buch und Regie: )")
_SENTENCE_END_INSIDE = re.compile(r"[.!?]\s|[.!:;,]$")


def _credit_block_titles(text: str, navigation: frozenset[str], language: str) -> list[TitleSpan]:
    """ "The Lodgers of Fenwick Road" / "Directed by Dana Whitlock. Starring …" below the review: a short
    title-shaped line right above a credit line, after the page's head (where a heading over its facts is weighed
    already), names the film."""
    found = []
    for label in _CREDIT_BLOCK_LABEL.finditer(text, _HEAD_LIMIT):
        at = label.start()
        line_start = text.rfind("\n", 0, at) + 1
        line = text[line_start:at].strip()
        start = line_start + text[line_start:at].find(line)
        if len(line) > 2 and line[0] in "„“\"»«‘'" and line[-1] in "“”\"«»’'":
            line, start = line[1:-1], start + 1
        key = key_of(line)
        if (
            line
            and len(line) <= 80
            and line.count(" ") <= 8
            and not _SENTENCE_END_INSIDE.search(line)
            and looks_like_title(line)
            and _plausible(key, navigation)
            and not person_shaped(line, language)
            and not GENRE_WORD.fullmatch(line)
            and not DATE_LIKE.search(line)
            and not _FACTS_LABEL.match(line)
        ):
            found.append(TitleSpan(line, start, start + len(line), "facts"))
    return found


#: An interview's heading: a quote, a colon, the speaker, "on"/"über", the film: "'I wanted the wind to be the
#: villain': Teodor Halvik on Halfway to Kestrel Point", "„…“: Regisseurin Hanne Vossberg über Die Eisheiligen".
_INTERVIEW_HEAD = re.compile(
    r"^[ \t]*[„“\"»‘'][^\n]{3,160}?[“”\"«’']\s*[:–—|-]\s*(?P<who>(?:[\w.'’-]+ ){1,4}?)(?:on|über|spricht über|talks)"
    r" (?P<title>[„“\"»‘']?[A-ZÄÖÜ0-9][^\n]{1,90}?)[ \t]*$",
    re.MULTILINE,
)
#: A teaser after the film in an interview's heading: "…on Saltwater Hymns, grief and the rain".
_INTERVIEW_TAIL = re.compile(r",\s+[a-zäöüß]|\s+[–—-]\s+[a-zäöüß]|\s+and\s+(?:the|his|her|their|a|an)?\s?[a-z]")


#: What either heading needs: a line opening with a quote, or a quote after a colon (a cheap search first).
_INTERVIEW_GATE = re.compile(r"(?m)^[ \t]*[„“\"»‘']|:[ \t]*[„“\"»‘']")
#: The same with the speaker first and the quote after: "Teodor Halvik on Halfway to Kestrel Point: 'I wanted …'".
_INTERVIEW_NAME_FIRST = re.compile(
    r"^[ \t]*(?P<who>[A-ZÄÖÜ][\w.'’-]+(?: [A-ZÄÖÜ][\w.'’-]+){1,2}) (?:on|über) "
    r"(?P<title>[„“\"»‘']?[A-ZÄÖÜ0-9][^\n:]{1,90}?)[ \t]*:[ \t]*[„“\"»‘']",
    re.MULTILINE,
)


def _interview_heads(text: str, language: str) -> list[TitleSpan]:
    """The film an interview's heading names after its speaker: "'…': Teodor Halvik on Halfway to Kestrel Point",
    "Teodor Halvik on Halfway to Kestrel Point: '…'". The speaker ends with a capitalised name (a person's, when the
    heading opens with it); the film is title-cased (English) or said again (German)."""
    head = text[:_HEAD_LIMIT]
    if (" on " not in head and " über " not in head and " talks " not in head) or not _INTERVIEW_GATE.search(head):
        return []
    found = []
    matches = list(_INTERVIEW_HEAD.finditer(head))
    matches += [m for m in _INTERVIEW_NAME_FIRST.finditer(head) if person_shaped(m.group("who"), language)]
    for m in matches:
        who = m.group("who").split()
        if not who or not who[-1][:1].isupper():
            continue
        title, start = m.group("title"), m.start("title")
        tail = _INTERVIEW_TAIL.search(title)
        if tail is not None:
            title = title[: tail.start()]
        if title[:1] in "„“\"»‘'":
            inner = next(iter(quoted(title)), None)
            if inner is None or inner.start != 1:
                continue
            title, start = inner.text, start + 1
        title = title.rstrip(" .")
        if not title or not looks_like_title(title):
            continue
        sentence_case = any(w[:1].islower() and w not in _SMALL_WORDS for w in title.split()[1:])
        if (language == "de" or sentence_case) and text.count(title) < 2:
            continue  # "über Frost und Obstbauern": a topic said once, not a film
        found.append(TitleSpan(title, start, start + len(title), "headline"))
    return found


def _facts_titles(text: str, navigation: frozenset[str], language: str) -> list[TitleSpan]:
    """ "Die Salzkinder. Deutschland 2024. Regie: Ann Lee.", "The Salt Children. Directed by Ann Lee. France,
    2024.", "Die Salzkinder (D 2024), Regie: …": a line opening with a name and going on with a film's facts
    (a year with a country or a running time, a director's label) names the film, often at the review's end."""
    found = []
    line_start = 0
    for line in text.split("\n"):
        start, line_start = line_start, line_start + len(line) + 1
        if not 8 <= len(line) <= 250 or not _FACTS_HINT.search(line):
            continue  # facts lines are short, and hold a year or a director's label
        m = _FACTS_TITLE.match(text, start)
        if m is None or (m.group("sep").startswith(",") and text[m.end() : m.end() + 1].islower()):
            continue  # "Der Sommer, in dem Abuela ging, Spanien 2024": the comma opens a relative clause
        title = m.group("title").strip()
        line_end = text.find("\n", m.end())
        rest = text[m.end() : line_end if line_end >= 0 else len(text)]
        bracket = m.group("sep").endswith("(") and _YEAR_BRACKET.match(rest) is not None  # "X (2025, dir. Y)"
        if not bracket and (len(rest) > 200 or not _facts_rest(rest)):
            continue
        key = key_of(title)
        if (
            not looks_like_title(title)
            or key in navigation
            or _FACTS_LABEL.match(title)
            or country_year(title + " 2000")  # a country list ("Frankreich/Belgien"), not a title
            or country_year(title)  # "Estland 2024 · 115 Min."
            or GENRE_WORD.fullmatch(title)  # "Drama | Türkei 2023 | 131 Minuten"
            or (" " not in title and text.count(title) < 2)  # "Competition. Director: …": a section, said once
            or title.split(maxsplit=1)[0].casefold() in _CREDIT_OPENERS  # "Mit Mia Roth, Ben Ott. D 2024, 101 Min."
            or _MADE_BY_OPENING.match(title)  # "Ein Film von Ewa Nowak. Polen 2025.": the credit, not the title
            or person_shaped(title, language)
            or DATE_LIKE.search(title)
        ):
            continue
        found.append(TitleSpan(title, m.start("title"), m.start("title") + len(title), "facts"))
    return found


def _labelled_titles(text: str) -> list[TitleSpan]:
    """ "Titel: Die Schwestern von Hallig Hooge", "Title: The Orchard Keeper's Daughter": an info box's title
    label names the film with its whole line (a headline cue would stop at "von", taking it for the director)."""
    found: list[TitleSpan] = []
    if "itel" not in text and "itle" not in text:  # every label ends in "Titel" or "title": skip the scan
        return found
    for m in _TITLE_LABEL.finditer(text):
        value = m.group("title").strip().strip('„“”"»«‘’').strip()
        if looks_like_title(value) and not DATE_LIKE.search(value):
            start = m.start("title") + m.group("title").find(value)
            found.append(TitleSpan(value, start, start + len(value), "facts"))
    return found


def _headline_tails(text: str, lines: list[TitleSpan]) -> list[TitleSpan]:
    """ "How Ann Lee Made The Salt Children": a title-cased headline sentence said once whose closing words the
    body says again on their own names the film there; the longest such tail is taken."""
    found = []
    for span in lines:
        words = span.text.split()
        if len(words) < 5 or text.count(span.text) > 1:
            continue  # "Die Brücke von Kars" is a title, not a sentence about "Kars"
        if _COLUMN_LABEL.fullmatch(span.text.rsplit(": ", 1)[-1].casefold()):
            continue  # "Kino-Kompass: Unser Film der Woche" … "diese Woche": a column's label, no film at its end
        title_cased = all(w[:1].isupper() or w.casefold() in _SMALL_WORDS for w in words)
        for n in range(min(5, len(words) - 2), 0, -1):
            tail = " ".join(words[-n:])
            if not tail[:1].isupper() or tail.casefold() in _SMALL_WORDS or (n == 1 and not title_cased):
                continue
            if _maker_before(words[: len(words) - n]):
                continue  # "Neuer Film von Hanna Vogt": the line's end names the maker, not the film
            # "Rain on the Piazza" / "the Piazza Grande": a body's sighting running on into a longer name is that name
            if any(
                at >= span.end and not _name_goes_on(text, at + len(tail)) for at in _alone_at(text, tail, span.end)
            ):
                tail = _with_article(text, span, words[-n - 1], tail)
                start = span.end - len(tail)
                found.append(TitleSpan(tail, start, span.end, "line"))
                break
    return found


def _with_mit_tail(text: str, span: TitleSpan, language: str) -> TitleSpan:
    """ "STREAMING-CHECK: Weinlese mit Hindernissen": a headline cue's capture cut before "mit" (where a cast would
    follow: "X mit Tom Hanks") goes on to the line's end when what follows is one to three capitalised words and no
    person's name."""
    joint = " mit " if language == "de" else " with "
    if not text.startswith(joint, span.end):
        return span
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[span.end + len(joint) : line_end].rstrip()
    words = rest.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return span
    if names.lexicon().is_first_name(words[0]) or person_shaped(rest, language):
        return span
    whole = f"{span.text}{joint}{rest}"
    return TitleSpan(whole, span.start, span.start + len(whole), span.how)


def _name_goes_on(text: str, end: int) -> bool:
    """A capitalised word follows right after ``end`` on the same line ("Piazza| Grande")."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _with_article(text: str, span: TitleSpan, before: str, tail: str) -> str:
    """ "Kinderfilm-Check: Der Drache im Keller" / "Der Drache im Keller ist …": the capitalised article before a
    headline's tail belongs to the title when the body says the name again with it."""
    if before not in _CAPITAL_ARTICLES or not text.endswith(f"{before} {tail}", 0, span.end):
        return tail
    whole = f"{before} {tail}"
    return whole if next(_alone_at(text, whole, span.end), None) is not None else tail


def _maker_before(words: list[str]) -> bool:
    """The words before a headline's tail end with a maker's cue or first name ("… von Hanna", "… by")."""
    if not words:
        return False
    last = words[-1].casefold()
    if last in _MAKER_WORDS:
        return True
    lex = names.lexicon()  # "… von Hanna Vogt"; not "How Ann Lee Made The Salt Children" ("Made" is a word too)
    word = words[-1]
    return (
        word[:1].isupper()
        and lex.is_first_name(word)
        and not lex.is_common(word, "en")
        and not lex.is_common(word, "de")
    )


#: First words of a teaser after a sequel's name, not of its subtitle: "X 2 – Mehr vom Gleichen", "X 2 – Ein Fest";
#: of a review's label: "X 2 – Kritik".
_TEASER_FIRST = frozenset(
    """ein eine einer mehr weniger noch besser schlechter zu nicht kein keine leider wieder a an more less even better
    worse too not no still again kritik filmkritik rezension review reviews trailer interview""".split()
)


def _sequel_heading(text: str, span: TitleSpan, separator: str, rest: str) -> bool:
    """A heading line alone: a numbered sequel's name, a dash and a short subtitle ("Ab ins Grüne", "Tod am Deich"),
    the name said again in the body."""
    words = rest.split()
    return (
        span.how == "line"
        and separator.strip() in ("–", "—", "-")
        and _SEQUEL_END.search(span.text) is not None
        and _at_line_start(text, span.start)
        and 1 <= len(words) <= 5
        and words[0][:1].isupper()
        and words[0].casefold() not in _TEASER_FIRST
        and not any(ch in rest for ch in ',.!?:;„“"()')
        and text.count(span.text) >= 2
    )


def _colon_titles(text: str, heads: list[TitleSpan]) -> list[TitleSpan]:
    """ "Nightfall: Redemption Is the Sound of a Franchise …": a headline split at its colon, whose head the body
    says again with the same capitalised words after the colon ("Nightfall: Redemption opens with …"), names a
    title with its subtitle: the longest such run the text repeats."""
    found = []
    for span in heads:
        separator = _SUBTITLE_SEPARATOR.match(text, span.end)
        if separator is None:
            continue
        line_end = text.find("\n", span.end)
        rest = text[separator.end() : line_end if line_end >= 0 else len(text)]
        if _MOVIE_SUFFIX.fullmatch(rest):  # "Die Mondfahrer – Der Film": a series' film, named with its suffix
            whole = f"{span.text}{separator.group()}{rest.strip()}"
            found.append(TitleSpan(whole, span.start, span.start + len(whole), span.how))
            continue
        if _subtitle_over_credits(text, span) is not None:  # kept whole by collect()
            continue
        words = rest.split()
        best = before_dash = ""
        for n in range(1, min(len(words), 6) + 1):
            word = words[n - 1]
            inner = n > 1 and (_INNER_WORD.fullmatch(word) or word in ("–", "—", "-"))  # "X: Y – Final Count"
            # "Mechanica – Die letzte Stadt": a German subtitle's adjective, kept only inside a run the text repeats
            # ("Jetzt geht's erst richtig los": an elided verb is a lower-case word too)
            inner = inner or (n > 1 and word.replace("'", "").replace("’", "").isalpha() and word.islower())
            if not (word[:1].isupper() or word[:1].isdigit() or inner):
                break
            candidate = f"{span.text}{separator.group()}{' '.join(words[:n])}"
            if text.count(candidate) < 2:
                break
            if word in ("–", "—", "-"):
                before_dash = best
            if word[:1].isupper() or word[:1].isdigit():
                best = candidate
            elif n == len(words) and n <= 5 and words[0][:1].isupper() and _SEQUEL_END.search(span.text):
                # "Die Pausenclowns 2 – Jetzt geht's erst richtig los" said again whole: a numbered sequel's
                # subtitle may end in lower-case words; cut at the first of them it names half a title
                best = candidate
        if not best and _sequel_heading(text, span, separator.group(), rest):
            # "Die Rübe von Rummelsburg 2 – Ab ins Grüne" alone on the heading's line, "Die Rübe von Rummelsburg 2"
            # in the body: a numbered sequel's subtitle, said once
            best = f"{span.text}{separator.group()}{rest.strip()}"
        if before_dash and best != before_dash and text.count(before_dash) > text.count(best):
            # "Stormbreak II: Tidal Fury – I Watched It So You Don't Have To", headline and footer, and
            # "Stormbreak II: Tidal Fury does not …": the blog's quip after the dash is no part of the title
            best = before_dash
        if best:
            found.append(TitleSpan(best, span.start, span.start + len(best), span.how))
    return found


#: A German sentence opening with a participle and its verb before the film: "Herausgekommen ist X", "Entstanden ist X".
_PARTICIPLE_FIRST = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:ge[a-zäöüß]{2,}(?:en|t)|standen|schienen) (?:ist|sind|wird|war) ")


_TRAILING_WEEKDAY = re.compile(r" (?:on|this|last|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


#: A sentence adverb or a verdict's label before a colon, opening a prose capture: "Trotzdem: Brausepulver ist ein Film …",
#: "Bottom line: Paper Kites is …".
_ADVERB_COLON = re.compile(
    r"(?:Trotzdem|Dennoch|Aber|Immerhin|Jedenfalls|Kurzum|Kurz|Fazit|Mein Fazit|Unser Fazit|Unterm Strich|Also|"
    r"Allerdings|Anyway|But|Still|In short|Bottom line|Verdict|Overall|So)[ \t]*:[ \t]+(?=[A-ZÄÖÜ0-9„\"“])"
)


#: A sentence's first word before a title opening with its article: "So The Understudy's Ghost, …", "Und Der …".
_STARTER_THEN_ARTICLE = re.compile(
    r"(?:So|And|But|Yet|Or|Then|Now|Und|Aber|Doch|Nun|Dann) (?=(?:The|A|An|Der|Die|Das) [A-ZÄÖÜ])"
)


_STARTER_FIRST = frozenset("SABYOTNUD")


def _starter_cut(span: TitleSpan) -> TitleSpan:
    """ "So The Understudy's Ghost": the sentence's first word is no part of the title its article opens."""
    m = _STARTER_THEN_ARTICLE.match(span.text)
    if m is None:
        return span
    return TitleSpan(span.text[m.end() :], span.start + m.end(), span.end, span.how)


def _prose_trimmed(span: TitleSpan) -> TitleSpan:
    """ "Grace Adeyemi's The Drum Maker" names the film after the owner; "Deichliebe ist die Art von Film"
    ran on into the sentence's verb."""
    value, start = span.text, span.start
    adverb = _ADVERB_COLON.match(value)
    if adverb is not None:  # "Trotzdem: Brausepulver ist ein Film, der …": the film after the sentence's adverb
        value, start = value[adverb.end() :], start + adverb.end()
    # "… rounding Cape Horn. Fireland is the better film": a capture that ran back over a sentence's end starts after it
    ends = [m.end() for m in _SENTENCE_BEFORE.finditer(value)]
    if ends:
        value, start = value[ends[-1] :], start + ends[-1]
    owner = _OWNER_THEN_TITLE.match(value)
    if owner is not None:
        value, start = value[owner.end() :], start + owner.end()
    when = _TRAILING_WEEKDAY.search(value) if value.endswith("day") else None
    if when is not None:  # "catch Rain Over Ostend on Tuesday night": the day the critic went, not the title's
        value = value[: when.start()]
    verb = _VERB_INSIDE.search(value)
    if verb is not None:
        value = value[: verb.start()]
    participle = _PARTICIPLE_FIRST.match(value)
    if (
        participle is not None and value[participle.end() : participle.end() + 1].isupper()
    ):  # "Herausgekommen ist Almrausch, ein rauer Film": the film after the verb
        value, start = value[participle.end() :], start + participle.end()
    return span if value == span.text else TitleSpan(value, start, start + len(value), span.how)


#: German prepositions fused with an article: the noun after one is the phrase's, not a title's first word.
_FUSED_PREPOSITIONS = (" am ", " im ", " beim ", " zum ", " zur ", " vom ", " ins ", " ans ")
_CAPITAL_ARTICLE_AFTER = (" Der ", " Die ", " Das ", " Ein ", " Eine ")
_FIRST_PERSON_WORDS = frozenset("ich wir mir mich uns i we me my our".split())


def _cut_speech(text: str, span: TitleSpan) -> bool:
    """A headline capture that stops before a lower-case word and holds a first-person word: "Warum ich" of
    "Ausgabe 54: Warum ich im Kino geheult habe"."""
    if span.text.startswith(("Wir haben ", "Ich habe ")) and span.text.endswith((" gesehen", " geschaut")):
        return True  # "Folge 88: Wir haben Kommissar Kuckuck gesehen": the episode's sentence, its film inside
    after = text[span.end : span.end + 2]
    if len(after) < 2 or after[0] != " " or not after[1].islower():
        return False
    return any(w.casefold() in _FIRST_PERSON_WORDS for w in span.text.split())


def _after_preposition_noun(text: str, span: TitleSpan) -> TitleSpan:
    """ "läuft am Vormittag Schwarzer Klee, das Langfilmdebüt …": a capture opening with the noun of a fused
    preposition's phrase ("am Vormittag") starts at the next capitalised word; "zeigt das Panorama Die Salzwiese, …":
    a noun before a capitalised article is the sentence's, the title starts at the article."""
    clock = span.text.rfind(" Uhr ")
    if clock > 0 and span.text[clock - 1].isdigit() and span.text[clock + 5 : clock + 6].isupper():
        # "zeigen wir täglich um 18 und 20.30 Uhr Die Wiesenbraut": a screening's hours before the title
        return TitleSpan(span.text[clock + 5 :], span.start + clock + 5, span.end, span.how)
    cut = span.text.find(" ")
    if cut > 0 and span.text.startswith(_CAPITAL_ARTICLE_AFTER, cut):
        return TitleSpan(span.text[cut + 1 :], span.start + cut + 1, span.end, span.how)
    if not text.endswith(_FUSED_PREPOSITIONS, max(0, span.start - 6), span.start):
        return span
    if cut < 0 or " " not in span.text[cut + 1 :] or not span.text[cut + 1 : cut + 2].isupper():
        return span  # "im Tal der Ahnungslosen": one capitalised word, then the title's inner words
    return TitleSpan(span.text[cut + 1 :], span.start + cut + 1, span.end, span.how)


_ROLE_BEFORE_MAKER = re.compile(r"(?:Regisseurin|Regisseur|Filmemacherin|Filmemacher|Autorin|Autor) ")


def _place_after_in(text: str, span: TitleSpan, language: str) -> bool:
    """The capture is the tail of a heading line "Winter in Whitby": words before "in" that name no person."""
    if not text.endswith(" in ", 0, span.start):
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    head = text[line_start : span.start - 4]
    words = head.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not person_shaped(head, language)


def _maker_cut(text: str, span: TitleSpan) -> TitleSpan:
    """ "In der Tragikomödie Das Karussell von Marlene Hoyer kämpft …": a capture ending in "von" and a person's name
    whose surname the text says again on its own ("Hoyer erzählt …") is the title and its maker."""
    cut = span.text.rfind(" von ")
    maker = span.text[cut + 5 :]
    role = _ROLE_BEFORE_MAKER.match(maker)  # "Das Mühlenjahr von Regisseurin Antje Rolfing"
    maker = maker[role.end() :] if role else maker
    if cut <= 0 or not person_shaped(maker, "de"):
        return span
    surname = maker.rsplit(" ", 1)[1]
    at = text.find(surname)
    while at >= 0:
        if (
            not (span.start <= at < span.end)
            and not text[at - 1 : at].isalnum()
            and not text.endswith(maker, 0, at + len(surname))
        ):
            return TitleSpan(span.text[:cut], span.start, span.start + cut, span.how)
        at = text.find(surname, at + 1)
    return span


#: A sentence opening with two to four capitalised words and a comma, right before a prose capture: "Cold Open, " of
#: "Cold Open, Warm Heart, the second feature from …".
_COMMA_HEAD = re.compile(
    r"(?:^|(?<=[.!?:] )|(?<=\n))([A-ZÄÖÜ][\w'’-]*(?: (?:(?:of|the|a|an|in|on|at|to|for|and|der|die|das|und|im|am) )?"
    r"[A-ZÄÖÜ0-9][\w'’-]*){1,3}), \Z"
)


def _comma_head_joined(text: str, span: TitleSpan, language: str) -> TitleSpan:
    """ "Cold Open, Warm Heart, the second feature from …": a prose capture right after a sentence's opening
    capitalised words and a comma is the second half of a title with a comma; not after a person's name, a place
    or a sentence's opening word ("In Berlin, …", "Still, …")."""
    if text[span.start - 2 : span.start] != ", ":
        return span
    head = _COMMA_HEAD.search(text, max(0, span.start - 50), span.start)
    if head is None:
        return span
    value = head.group(1)
    if (
        value.startswith(_LEADING_WORDS)
        or person_shaped(value, language)
        or places.canonical(value)
        or value.split(" ", 1)[0].casefold() in _SENTENCE_STARTERS
    ):
        return span
    whole = f"{value}, {span.text}"
    if text.count(span.text) > text.count(whole):
        return span  # "Sweet Lord, Tin Roof Revival is a mess" … "Tin Roof Revival is …": the body names it alone
    return TitleSpan(whole, head.start(1), head.start(1) + len(whole), span.how)


def _surname_of_named_person(text: str, value: str) -> bool:
    """ "Regisseurin Kaja Ohm … Ohm erzählt von Einsamkeit": a one-word prose capture that the page also writes as a
    maker's surname (after a role word and a first name) is that person, not a one-word title. A person named
    without a role ("Hedwig Marstaller") may be the film's subject and title."""
    if " " in value or not value[:1].isupper():
        return False
    # What ``re.search(maker + names + value)`` finds, from each maker cue on: a cue ends after all the white
    # space that follows it (the names open with a capital), so its first match is the only one the rest can
    # follow, and no cue opens inside another one with a different end. The cues are found by a pattern led by
    # their first characters; the whole pattern opened with ``\b`` and was tried at every position.
    # (What ``re.match(rf"(?:{_NAME_WORD.pattern}){{1,2}}{re.escape(value)}\b", text, cue.end())`` finds, without
    # compiling that per value: a name word runs on to the white space after it, so the value, which opens with a
    # capital, can follow only the first word or the second.)
    size = len(value)
    for cue in _MAKER_CUE.finditer(text):
        first = _NAME_WORD.match(text, cue.end())
        if first is None:
            continue
        second = _NAME_WORD.match(text, first.end())
        for at in (first.end(), second.end()) if second is not None else (first.end(),):
            if text.startswith(value, at) and word_boundary(text, at + size):
                return True
    return False


#: "von Dirk ", "by Ann ": a maker's first name after "von"/"by", ending where the surname starts.
_MAKER_FIRST_NAME = re.compile(r"(?<!\w)(?:von|by)[ \t]+(?P<first>[A-ZÄÖÜ][\w'’-]+)[ \t]+\Z")


def _surname_of_maker(text: str, value: str) -> bool:
    """ "Im Schatten der Zeche von Dirk Baumstark … Baumstark erzählt von …": a one-word prose capture the page also
    writes after "von"/"by" and a first name is the maker's surname, not a one-word title."""
    if " " in value or not value[:1].isupper():
        return False
    lex = names.lexicon()
    at = text.find(value)
    while at >= 0:
        before = _MAKER_FIRST_NAME.search(text, max(0, at - 30), at)
        if before is not None and word_boundary(text, at + len(value)) and lex.is_first_name(before.group("first")):
            return True
        at = text.find(value, at + 1)
    return False


#: An actor in brackets right after a name: "Kid Comet (Maddox Roe)", "(Maddox Roe, a natural)".
_ACTOR_IN_BRACKETS = re.compile(r"\s*\((?:[A-ZÄÖÜ][\w.'’-]+\s+){1,3}[A-ZÄÖÜ][\w'’-]+[),]")


def _prose_heads(text: str, prose: list[TitleSpan]) -> list[TitleSpan]:
    """ "Die Satire Offline von Regisseur Max Ebersberger": a prose capture said once ran on past the title;
    its opening words that the text says again on their own are the title."""
    found = []
    for span in prose:
        words = span.text.split()
        if len(words) < 2 or text.count(span.text) > 1 or text[span.start - 1 : span.start] in _QUOTE_MARKS:
            continue
        for n in range(len(words) - 1, 0, -1):
            head = " ".join(words[:n])
            if not head[:1].isupper() or not (words[n - 1][:1].isupper() or words[n - 1][:1].isdigit()):
                continue
            alone = [
                at
                for at in _alone_at(text, head, not_before=words[n])
                if at != span.start
                # "Spring Break at Grandma's" … "Spring break, it turns out, …": the same words in lower case
                and not text[at + len(head) : at + len(head) + len(words[n]) + 1]
                .casefold()
                .endswith(words[n].casefold())
            ]
            # "Zip Rocket and the Junkyard Crew, a family film …" … "Zip Rocket (Maddox Roe, a natural)": the hero the
            # title opens with, said alone only with its actor, is a part
            if alone and not all(_ACTOR_IN_BRACKETS.match(text, at + len(head)) for at in alone):
                found.append(TitleSpan(head, span.start, span.start + len(head), "prose"))
                break
    return found


def _alone_at(text: str, value: str, pos: int = 0, not_before: str | None = None) -> Iterator[int]:
    r"""Where ``value`` stands on its own in ``text`` from ``pos`` on: no word character or hyphen right before or
    after it, and with ``not_before``, not followed by white space and that word ("Dead Air" but not "Dead Air
    Heist"). In text order, each search going on after the last place found: what ``re.finditer`` finds with
    ``(?<![\w-])value(?![\w-])(?!\s+not_before)`` (both escaped), found by ``str.find``. (Compiling that pattern
    for each candidate cost 130-500 us on every text not read before.)"""
    size = len(value)
    at = text.find(value, pos)
    while at >= 0:
        end = at + size
        if (
            (at == 0 or not _joins_word(text[at - 1]))
            and (end == len(text) or not _joins_word(text[end]))
            and (not_before is None or not _followed_by(text, end, not_before))
        ):
            yield at
            at = text.find(value, end if size else end + 1)
        else:
            at = text.find(value, at + 1)


def _joins_word(char: str) -> bool:
    r"""A word character or a hyphen: what ``[\w-]`` matches (``\w`` is ``str.isalnum`` and the underscore)."""
    return char.isalnum() or char in "_-"


def _followed_by(text: str, end: int, word: str) -> bool:
    r"""Whether white space and then ``word`` follow ``end`` (``\s+word``; ``word`` holds no white space, so only
    the whole run of white space can be followed by it)."""
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    return after > end and text.startswith(word, after)


def _prose_capture(value: str) -> bool:
    """A headline cue that caught body text: a sentence break inside, or a long sentence-case run."""
    if _SENTENCE_BREAK.search(value):
        return True
    words = value.split()
    lower = sum(1 for w in words[1:] if w[:1].islower() and w.casefold() not in _SMALL_WORDS)
    return len(words) > 10 and lower > 2


_AGE_RATING = re.compile(r"(?:fsk|usk|pg|bbfc|tv|rated)[ -]?(?:ab[ ]?)?\d{1,2}\+?")


def _plausible(key: str, navigation: frozenset[str]) -> bool:
    words = set(_WORDS.findall(key))
    if (
        key in navigation
        or words & _REVIEW_WORDS
        or not _LETTER.search(key)
        or not any(ch.isalpha() for ch in key)  # "★★★½": the regex's letter class takes "½" for one
        or _DOMAIN.fullmatch(key)
        or _COLUMN_LABEL.fullmatch(key)
        or (key[:1] in "fuptbr" and _AGE_RATING.fullmatch(key) is not None)  # "FSK 12", "PG-13": an age rating
    ):
        return False
    if ("&" in key or "/" in key) and all(p in navigation for p in _NAV_PARTS.split(key) if p):
        return False  # "Blu-ray & DVD": two section labels joined
    return not (len(words) == 1 and (key in _SENTENCE_STARTERS or key in _POSSESSIVES))


def _recurring_runs(text: str, language: str, minimum: int = 2) -> list[TitleSpan]:
    """Title-cased runs of two or more words that recur: unquoted titles in prose ("Quiet Harbour")."""
    runs: dict[str, list[int]] = {}
    last: re.Match[str] | None = None
    for m in _TITLE_CASE_RUN.finditer(text):
        # "in Silver Creek: The Dolly Fenn Story.": a title and its subtitle after a colon (a label before a colon is
        # one word: "Regie: Hans Ott")
        if (
            last is not None
            and m.start() == last.end() + 2
            and text.startswith(": ", last.end())
            and " " in last.group()
            and not person_shaped(m.group(), language)  # "In der Titelrolle: Thandiwe Mokoena": a credit
        ):
            runs.setdefault(f"{last.group()}: {m.group()}", []).append(last.start())
        last = m
        # "Tomas Ferrell's The Salt Road": the possessive ends one name and starts the next.
        # "The Lighthouse Keeper's Ledger": a possessive before one last word is inside the title.
        offset = m.start()
        run = m.group()
        for piece in _possessive_pieces(run) if ("'s " in run or "’s " in run) else (run,):
            value = piece.rstrip()
            if " " in value:
                for one in (value, _before_maker(value, language)) if " von " in value else (value,):
                    if one:
                        _add_run(runs, one, offset)
            offset += len(piece)
    return [
        TitleSpan(value, starts[0], starts[0] + len(value), "run")
        for value, starts in runs.items()
        if len(starts) >= minimum
        and not _person_before(text[max(0, starts[0] - 14) : starts[0]])
        and not person_shaped(value, language)
        and not (" and " in value and _names_joined(value, language))
    ]


def _add_run(runs: dict[str, list[int]], value: str, offset: int) -> None:
    runs.setdefault(value, []).append(offset)
    if value.startswith(_LEADING_WORDS):  # one C-level test: most runs open with a name
        # "In Lotte & Fips 2 verwechseln sie …": a sentence's first word is no part of the title
        cut = value.find(" ")
        if value[cut + 1 : cut + 2].isupper() and " " in value[cut + 1 :]:
            runs.setdefault(value[cut + 1 :], []).append(offset + cut + 1)


def _before_maker(value: str, language: str) -> str:
    """ "Im Schatten der Zeche von Dirk Baumstark": a run that goes on over "von" into a person's name holds the
    title before it, said so once and alone elsewhere ("" when the words after "von" are no person's)."""
    cut = value.rfind(" von ")
    if language != "de" or " " not in value[:cut] or not person_shaped(value[cut + 5 :], language):
        return ""
    return value[:cut]


_ONCE_INNER = frozenset("of on the in at to for and".split())


def once_said_titles(text: str, language: str) -> list[TitleSpan]:
    """ "… with no stars and a running time of nearly three hours, Snow on the Fjord looked like …": when nothing
    else names a film, a title-cased run said once with an English function word inside it, as the subject of a
    sentence, is the best guess; not a place or a person, not inside quotes."""
    found = []
    for span in _recurring_runs(text, language, 1):
        words = span.text.split()
        if not 2 <= len(words) <= 6 or span.text.isupper():
            continue
        if not any(w in _ONCE_INNER for w in words[1:-1]) or text[span.start - 1 : span.start] in _QUOTE_MARKS:
            continue
        after = text[span.end : span.end + 2]
        if len(after) < 2 or after[0] != " " or not after[1].islower() or places.canonical(span.text):
            continue
        found.append(_starter_cut(span))
    return found


#: A sentence's verb after its subject: "Velvet Undertow is, …", "Hollowtooth has …".
_SUBJECT_VERB = {
    "en": frozenset(
        """is was has had sounds begins opens announces arrives feels looks tells follows takes wants tries offers
        remains ends starts isn't wasn't doesn't does can could will would might may should must proves manages works
        comes turns gets makes lands marks concerns unfolds belongs asks delivers drifts moves centers centres spends
        keeps finds""".split()
    ),
}
#: A capitalised word or run opening a sentence, after a person's possessive, or after "then"/a comma.
_SUBJECT_RUN = re.compile(
    # ("Buckle up, because Road Rage: Turbo has it all!": after a conjunction opening the clause)
    r"(?:^|(?<=[.!?:] )|(?<=\n)|(?<=['’]s )|(?<=, )|(?<=then )|(?<=because ))"
    r"(?=(?P<title>[A-ZÄÖÜ0-9][\w'’-]*(?:[ ](?:(?:of|the|a|an|at|in|on|to|for|and|der|des|dem|den|von|vom|im|am|und|die|"
    r"das|zum|zur)[ ]){0,2}[A-ZÄÖÜ0-9][\w'’-]*){0,5}(?::[ ][A-ZÄÖÜ0-9][\w'’-]*(?:[ ][A-ZÄÖÜ0-9][\w'’-]*){0,3})?"
    # "Burn It Down (Again) is …": a bracketed word of the title's own, before the verb
    r"(?:[ ]\((?P<bracket>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\))?)"
    r",?[ ](?P<verb>[a-zäöüß'’]+)\b)",  # a look-ahead: "Ewan Carrick-Moir's Ninepins sounds" is tried at "Ninepins" too
    re.MULTILINE,
)


_OWNED = re.compile(r"['’]s ")
_CONJUNCTIONS = frozenset("but and so yet or aber und doch".split())


def _character_named(text: str, value: str) -> bool:
    """Somewhere the text names ``value`` as a part: "Halvorsen (Taavi Rannala)", "spielt Rike", "as Halvorsen"."""
    for at in _alone_at(text, value):
        if _CHARACTER_AFTER.match(text, at + len(value)):
            return True
        before = text[max(0, at - 12) : at].split()
        if before and before[-1].casefold() in _CHARACTER_BEFORE:
            return True
    return False


def opening_subjects(text: str, language: str) -> list[TitleSpan]:
    """ "Velvet Undertow is, shot for shot, one of the most gorgeous films of the year.", "Ewan Carrick-Moir's
    Ninepins sounds like …", "Then congratulations, Maximum Velocity: Overdrive has been …": when nothing else names a
    film, the first name-shaped subject of a sentence in the review's opening paragraphs, followed by its verb, is the
    best guess; not a person, a place, a common word or a sentence's usual first word."""
    if language != "en":
        return []  # German puts any word first ("Inszeniert hat …", "Am Ende ist …"): no subject by position
    verbs = _SUBJECT_VERB["en"]
    lex = names.lexicon()
    for m in _SUBJECT_RUN.finditer(text, 0, min(len(text), 1200)):
        value = m.group("title")
        words = value.split()
        first = words[0].casefold()
        bracket = m.group("bracket")
        # "Sunday at the Bakery drifts …": a usual first word opens a title that goes on with a function word
        starter = first in _SENTENCE_STARTERS and not (len(words) >= 3 and any(w in _ONCE_INNER for w in words[1:-1]))
        if (
            m.group("verb") not in verbs
            or first in _CONJUNCTIONS  # "But Okafor has an ear …": a clause's conjunction before a name
            # "Halvorsen (Taavi Rannala) is": an actor in brackets after a part, no title's own word
            or (bracket is not None and (lex.is_first_name(bracket.split()[0]) or person_shaped(bracket, language)))
            or starter
            or first in _POSSESSIVES
            or _ROLE_FIRST.match(value)
            or any(ch.isdigit() for ch in value)
            or places.canonical(value)
            or text[m.start() - 1 : m.start()] in _QUOTE_MARKS
            or person_shaped(value, language)
            # "Ewan Carrick-Moir's Ninepins", "Thaddeus Korvin's The Cartographer …": the owner is tried apart
            or any(
                person_shaped(part, language) or part.startswith(("The ", "A ", "An "))
                for part in _OWNED.split(value)[1:]
            )
            or any(person_shaped(part, language) for part in _OWNED.split(value)[:-1])
            or re.search(rf"[A-ZÄÖÜ][\w-]+ {re.escape(words[0])}\b", text) is not None  # "(Delphine Marchetti-Rowe)"
        ):
            continue
        if len(words) == 1 and (
            _character_named(text, value)  # "Halvorsen (Taavi Rannala)": a part
            or lex.is_common(value, language)
            or lex.is_common(value.casefold(), language)
            or lex.is_first_name(value)
            or _surname_of_named_person(text, value)
            or len(value) < 4
        ):
            continue
        if len(words) > 1 and _surname_of_named_person(text, words[-1]):
            continue  # "Hollister is …" after "Doreen Hollister": a person
        return [TitleSpan(value, m.start("title"), m.end("title"), "prose")]
    return []


#: Sightings that name a film by a cue, quotes, capitals or facts (headline lines and runs do not).
_NAMED_KINDS = frozenset(("headline", "quoted", "prose", "facts", "caps"))
#: A one-word sentence subject and its verb: "Nebelwald ist …", "Halcyon opens …".
_ONE_WORD_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?] ))([A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?) (?:ist|war|bleibt|wirkt|zeigt|erzählt|"
    r"beginnt|endet|lebt|gehört|is|was|remains|feels|works|opens|ends|belongs)\b",
    re.MULTILINE,
)
#: Words before a noun: a word after one of them is a common noun, not a title ("die Kameraarbeit").
_DETERMINERS = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine seine ihre sein ihr dieser diese dieses
    the a an his her its their this that no""".split()
)


#: After a name, what makes it a character's: an actor in brackets, "gespielt von", "played by", "is played by".
_CHARACTER_AFTER = re.compile(
    r"\s*\((?:[A-ZÄÖÜ][\w.'’-]+\s+){1,3}[A-ZÄÖÜ][\w'’-]+\)|,?\s+(?:gespielt\s+von|verkörpert\s+von|played\s+by|"
    r"is\s+played\s+by|was\s+played\s+by|portrayed\s+by)\b|,\s+\d{1,2},"
)
#: Before a name, what makes it a character's: "spielt Rostam", "als Rostam", "plays Rostam", "as Rostam".
_CHARACTER_BEFORE = frozenset("spielt spielen verkörpert gibt als plays play playing as".split())


def _one_word_subjects(text: str, language: str) -> list[TitleSpan]:
    """One-word names that open a sentence as its subject and recur, never after an article: a one-word title with no
    cue ("Nebelwald ist unaufgeregt und klug"). Not common words, first names, places or sentence openers."""
    lex = names.lexicon()
    found: list[TitleSpan] = []
    seen: set[str] = set()
    for m in _ONE_WORD_SUBJECT.finditer(text):
        word = m.group(1)
        if word in seen:
            continue
        seen.add(word)
        if (
            word.casefold() in _SENTENCE_STARTERS
            or lex.is_common(word, language)
            or lex.is_first_name(word)
            or places.canonical(word)
        ):
            continue
        starts = standalone(text, word)
        if len(starts) < 2:
            continue
        before = [(text[max(0, a - 20) : a].split() or [""])[-1].strip("(„\"“‘'[") for a in starts]
        if any(w.casefold() in _DETERMINERS or lex.is_first_name(w) for w in before):
            continue  # "die Kameraarbeit", "Carla Dunmore": a noun, a surname
        if any(_CHARACTER_AFTER.match(text, a + len(word)) for a in starts) or any(
            w.casefold() in _CHARACTER_BEFORE for w in before
        ):
            continue  # "Rostam (Behrouz Kamali)", "Rostam, played by", "spielt Rostam": a character, not the film
        found.append(TitleSpan(word, m.start(1), m.end(1), "prose"))
    return found


def _names_joined(value: str, language: str) -> bool:
    """ "Mara and Ji-woo": two persons joined by "and", not a title ("Two Weddings and a Heist")."""
    lex = names.lexicon()
    sides = [side.split() for side in value.split(" and ")]
    return any(
        side and side[0][:1].isupper() and lex.is_first_name(side[0]) and not lex.is_common(side[0], language)
        for side in sides
    )


def _person_before(window: str) -> bool:
    """:data:`_PERSON_BEFORE` ends ``window`` ("Regisseurin ", "von "). Its match ends in a space or a colon, at
    the window's end or before a newline closing it (``$``): most windows end in neither, and need no search."""
    tail = window[:-1] if window.endswith("\n") else window
    return tail.endswith((" ", ":")) and _PERSON_BEFORE.search(window) is not None


def _possessive_pieces(run: str) -> list[str]:
    """Split a capitalised run after a possessive when a name of its own follows ("Ferrell's The Salt Road")."""
    pieces = _POSSESSIVE_SPLIT.split(run)
    merged = [pieces[0]]
    for piece in pieces[1:]:
        # "The Beekeeper's Apprentice of Lyme": an owner opening with an article is no person
        if " " in piece.strip() and merged[-1].split(" ", 1)[0] not in ("The", "A", "An"):
            merged.append(piece)
        else:
            merged[-1] += piece
    return merged
