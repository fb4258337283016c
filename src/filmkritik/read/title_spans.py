"""Where a review names a film: quoted titles, ALL-CAPS titles, headline cues, title-shaped prose.

Each finder returns :class:`TitleSpan` objects (a surface form, its offsets and how it
was found). The titles component weighs them; the context component reuses the quoted
ones to find mentions of other works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from filmkritik.read import lexmatch

#: Lower-case words that may sit inside a title ("Death of a Salesman", "Der Himmel über der Stadt").
_INNER = (
    "of|the|a|an|and|at|in|on|to|for|from|with|all|or|is|der|die|das|des|dem|den|und|von|vom|im|am|"
    "für|eines|einer|ein|eine|zu|zum|zur|auf|aus|unter|über|mit|nichts|ist|nach|bei|beim|ohne|gegen|ins|"
    "de|la|le|les|du|et"
)
_WORD = r"[A-ZÄÖÜÀ-ÞĀ-Ž0-9][\w'’.&!?-]*(?::\d\d)?"
#: A title-cased run of words, optionally with a subtitle after a colon.
SEQ = rf"{_WORD}(?::?[ \u00a0](?:(?:{_INNER})[ \u00a0]){{0,3}}{_WORD}){{0,7}}"
_PROSE_T = rf"(?<![\w'’-])(?:[„\"“»«‘](?P<qtitle>[^\n„\"“”»«‘’]{{1,90}})[“”\"«»’]|(?P<title>{{A}}{SEQ}))"
#: A title opens with a word or a quote, never with a separator ("Kritik · Drama · 3 von 5 Sternen") or a bracket
#: ("(Ab Donnerstag im Kino)" closes a review; it is no "X im Kino" headline).
_HEAD_T = r"(?P<title>[„\"“»«‘'](?:[^\n„\"“”»«‘’]|[’'](?=\w)){1,90}[“”\"«»’']|(?![\s·•/–—(-])[^\n|„\"“”»«]{1,90}?)"
#: A colon that does not end a title: before "Part 2", or inside a time ("The 4:50 to Inverness").
_NOT_SUBTITLE = r"(?!\s*(?:Part|Teil|Chapter|Kapitel|Volume|Vol\.|Episode|Akt|Act)\b)(?!(?<=\d:)\d)"
#: A title inside a sentence ("{P}" in cue data), quoted or not, that ends where the clause does: "im Original
#: „X“ heißt", ", im Original X, ist", "whose original title is X, follows". A language is no title ("im Original
#: Englisch mit Untertiteln").
_CLAUSE_T = (
    r"[„\"“»«‘]?(?!(?:Englisch|Französisch|Spanisch|Italienisch|Deutsch|Japanisch|Koreanisch|Chinesisch|English|French|"
    r"Spanish|Italian|German|Japanese|Korean|Chinese|OmU|OmdU|OV|OF|mit|ohne|with|without)\b)"
    r"(?P<title>[A-ZÄÖÜÀ-ÞĀ-Ž0-9][^\n„\"“”»«‘’,;()]{0,80}?)[“”\"«»’]?"
    r"(?=\s*[,;)]|[.!?](?:\s|$)|\s*$|\s+(?:heißt|hieß|lautet|ist|war|is|was)\b)"
)
_HEAD_END = (
    r"(?:(?<=[“”\"«»’'])(?=\s*[,;)])|"  # "(OT: „Days of Wrath“, Kanada 2022)"
    rf"\s*(?=:{_NOT_SUBTITLE}|[|–—()·•\[]|\s-\s|\s+[A-ZÄÖÜ][\w-]+:\s|[.!?]?\s*$"
    r"|,?\s+(?:von|by|mit|with|starring|des Regisseurs|der Regisseurin)\s+[A-ZÄÖÜ]))"
)

#: Quoted spans: German „…“ and »…«, Swiss «…», English “…”, "…", ‘…’ and '…'.
#: Each alternative opens with its quote mark, so the regex engine skips to those marks at once (a pattern opening
#: with a look-ahead is tried at every position); the last one's look-behind follows its mark and checks the
#: character before it. :data:`QUOTED_PLAIN` as first written (the tests compare the two).
_QUOTED = re.compile(
    r"(?:"
    r"„(?P<a>[^“”\"\n]{1,90})[“”\"]"
    r"|“(?P<b>[^”“\n]{1,90})”"
    r"|\"(?P<c>[^\"\n]{1,90})\""
    r"|»(?P<d>[^«\n]{1,90})«"
    r"|«(?P<e>[^»\n]{1,90})»"
    r"|‘(?P<f>(?:[^’\n]|’(?=\w)){1,90})’(?!\w)"  # "‘The Lamplighter’s Son’": an apostrophe inside
    # "'The Ferryman's Promise'": an apostrophe between two letters stays inside
    r"|'(?<![\w']')(?P<g>(?:[^'\n]|(?<=\w)'(?=\w)){1,60})'(?![\w'])"
    r")"
)
QUOTED_PLAIN = (
    r"(?=[„“\"»«‘'])(?:"
    r"„(?P<a>[^“”\"\n]{1,90})[“”\"]"
    r"|“(?P<b>[^”“\n]{1,90})”"
    r"|\"(?P<c>[^\"\n]{1,90})\""
    r"|»(?P<d>[^«\n]{1,90})«"
    r"|«(?P<e>[^»\n]{1,90})»"
    r"|‘(?P<f>(?:[^’\n]|’(?=\w)){1,90})’(?!\w)"
    r"|(?<![\w'])'(?P<g>(?:[^'\n]|(?<=\w)'(?=\w)){1,60})'(?![\w'])"
    r")"
)
#: An upper-case run: :data:`CAPS_PLAIN`, written to open with the class of its first character, which the regex
#: engine skips to at once (a pattern opening with a look-ahead is tried at every position). After that character
#: a look-behind checks the one before it; then the three ways on, tried in the order the plain pattern tries
#: them: an "A"/"I" or a number before the run, else the run itself from its first capital (the tests compare them).
_CAPS_RUN = r"[A-ZÄÖÜ0-9'’&.-]+(?:(?:,? |: | - )[A-ZÄÖÜ0-9&][A-ZÄÖÜ0-9'’&.-]*)*[?!]?(?![\w'’])"
_CAPS = re.compile(
    r"[A-ZÄÖÜ1-9](?<![\w'’].)"
    rf"(?:(?<=[AI]) (?=[A-ZÄÖÜ]{{2}})[A-ZÄÖÜ]{_CAPS_RUN}"
    rf"|(?<=[1-9])[0-9]* (?=[A-ZÄÖÜ]{{2}})[A-ZÄÖÜ]{_CAPS_RUN}"
    rf"|(?<=[A-ZÄÖÜ]){_CAPS_RUN})"
)
CAPS_PLAIN = (
    r"(?=[A-ZÄÖÜ1-9])(?<![\w'’])(?:(?:[AI]|[1-9][0-9]*) (?=[A-ZÄÖÜ]{2}))?"  # "A SIMPLE PLAN", "711 OCEAN DRIVE"
    r"[A-ZÄÖÜ][A-ZÄÖÜ0-9'’&.-]+(?:(?:,? |: | - )[A-ZÄÖÜ0-9&][A-ZÄÖÜ0-9'’&.-]*)*[?!]?(?![\w'’])"
)
#: Where an upper-case run stops being a title: a year, a rating, a colon before a number.
_CAPS_TAIL = re.compile(r"\s*:\s+(?=\S*\d)|,\s*\d|\s+(?:(?:19|20)\d\d\b|\d+(?:[.,]\d+)?/\d)")
_SENTENCE_END = re.compile(r"[.?!…]$")
# "Nobody leaves this town. Not alive": a lower-case word closing a sentence inside the quote, then the next one
_TWO_SENTENCES = re.compile(r"\b[a-zäöüß]{3,}[.?!] +[A-ZÄÖÜ]")
_LINE = re.compile(r"[^\n]+")
_MONTHS = (
    "Januar|January|Jänner|Februar|February|März|March|April|Mai|May|Juni|June|Juli|July|August|September|"
    "Oktober|October|November|Dezember|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec"
)
DATE_LIKE = lexmatch.DigitGated(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,4}}\b|\b\d{{1,2}}\.?\s+(?:{_MONTHS})\b|\d{{1,2}}\.\s*[A-ZÄÖÜa-zäöü]+\.?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}[:.]\d\d\b|^\d+$|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b"
)
_SENTENCE_INSIDE = re.compile(r"[a-zäöüß,][.!?] [A-ZÄÖÜ]")
_INNER_WORD = re.compile(_INNER)
#: A menu entry: one or two words (or "A & B"), no digits, no sentence punctuation.
_MENU_ITEM = re.compile(r"[^\W\d_][\w'’-]*(?:\s(?:&\s)?[^\W\d_][\w'’-]*)?")
_CONSENT_PARTS = ("ookie", "OOKIE", "atenschutz", "rivacy", "onsent", "inwilligung", "utzungsbedingungen", "erms of")
_CONSENT = re.compile(
    r"(?i)\bcookies?\b|datenschutzerklärung|privacy policy|einwilligung|\bconsent\b|nutzungsbedingungen|"
    r"terms of (?:use|service)"
)
_ENDS_INNER = re.compile(rf"\s(?:{_INNER})$")
_FACTS_SEPARATOR = re.compile(r"\s[|·•]\s")
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
#: How far before its tail words a prose cue can start (a title of up to 90 characters and the cue's words).
_PROSE_REACH = 200
_LEADING_SPACE = re.compile(r"^(?:\\s[+*]|\[ \][+*])+")
_TRAILING_SPACE = re.compile(r"(?:\\s[+*]|\[ \][+*])+$")
#: A cue part with three literal letters in a row is rare enough in a review to look for first.
_LITERAL_START = re.compile(r"[A-Za-zäöüß,]{2}|\\[(]|,")
_SELECTIVE = re.compile(r"(?<![\\\[])[A-Za-zäöüß]{3}")
#: A festival or section label with its year ("Berlinale 2025", "Cannes 2024", "TIFF '25") before the film.
_LABEL_WITH_YEAR = re.compile(r"(?:[A-ZÄÖÜ][\w.&'’-]*\s+){1,4}(?:(?:19|20)\d\d|['’]\d\d)")
_LABEL_BEFORE = re.compile(_LABEL_WITH_YEAR.pattern + r"\s*[:|–—]\s*")
_ARTICLE_LAST = re.compile(r",\s?(?:The|A|An|Der|Die|Das|Le|La|Les|El|Il)$")
_VON_AFTER = re.compile(
    r" (?:von|vom|by|of) [A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+)?(?=[ \t]*(?:$|[:|–—(]))", re.MULTILINE
)
_QUOTE_INSIDE = re.compile(r"[„“\"»«‘]|(?<=\s)'")
#: A name ending in a sequel's number: "Campus Royale 3", "Rabenherz II".
_SEQUEL_END = re.compile(r"\s(?:\d{1,2}|[IVX]{1,4})$")
#: A numbered list item's number: "1. ", "3) ".
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s+(?=[A-ZÄÖÜ„\"“»«‘'])")
_YEAR_TAIL = re.compile(r"\s*\((?:19|20)\d\d\)$")
#: "Der Sommer, in dem alles begann", "The House, in which ...": a relative clause, a preposition may lead it.
_RELATIVE_COMMA = re.compile(
    r", (?=(?:(?:in|an|auf|aus|mit|von|bei|nach|vor|für|über|unter|um|zu|with|on|at|of|from|for)\s)?"
    r"(?:der|die|das|dem|den|denen|deren|dessen|who|whom|which|that|wo|als)\s)"
)
#: A heading that is a title and its year, with no brackets ("Das Haus am Moor 2025").
_DATED_TITLE = re.compile(r"(\S.*?\S)\s+(?:19|20)\d\d")
_CREDIT_BELOW = re.compile(r"\s*(?:Regie\s*:|Directed by\s|Dir\.\s|Ein Film von\s|A film by\s)")
#: A title that lists capitalised words ("Liebe, Lügen & Lametta", "Sex, Lies and Videotape"), not a sentence.
_ENUMERATION = re.compile(
    r"[A-ZÄÖÜ0-9][\w'’-]*(?:, [A-ZÄÖÜ0-9][\w'’-]*)+,? (?:&|und|and|or|oder) [A-ZÄÖÜ0-9][\w'’-]*[!?]?"
)
#: Where a headline's title ends: a colon, a bar, a bracket ("X (2024)", "X [Blu-ray] – Limited Edition"), a dash.
#: Stars on the title's line end it too ("Der Wolkenmaler ★★★★☆").
_HEAD_SPLIT = re.compile(rf"\s*(?::{_NOT_SUBTITLE}|[|(\[]|\s[–—-]\s|\s(?=[★☆✩✭⭐]))")

#: A genre word, alone or ending a compound ("Drama", "Psychothriller", "Oberschwaben-Krimi").
GENRE_WORD = re.compile(
    r"(?i)[\w-]*(?:drama|thriller|komödie|film|doku\w*|western|krimi|horror\w*|satire|musical|biopic|animation\w*|"
    r"documentary|comedy|romance|fantasy|science[ -]fiction|sci-fi|action\w*|abenteuer\w*|märchen|mystery|"
    r"dokumentation|kurzfilm|serie|series|miniserie|giallo|slasher|noir|romanze|anime)"
)
#: Separators of a menu row: bars, dots, bullets.
_ROW_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s*\|\s*")
#: One menu label: one to three words ("Heft bestellen", "Arts & Entertainment", "Support us", "Mitmachen!").
_MENU_LABEL = re.compile(r"[^\W\d_][\w'’.-]*(?:\s(?:&\s)?[^\W\d_][\w'’.-]*){0,2}!?")
#: A letter's greeting: "Hi friends,", "Hallo zusammen,", "Liebe Leserinnen und Leser,", "Dear readers,".
# "Euer Tim", "Cheers, Paul", "Best, Maggie": a letter's sign-off over its writer's first name
_SIGN_OFF = re.compile(
    r"(?:(?:Cheers|Best|Love|Yours|Grüße|Liebe Grüße|Viele Grüße|Bis bald|Ciao|Tschüss),?|(?:Euer|Eure) [A-ZÄÖÜ]\w+,?)"
)
_ISSUE_LINE = re.compile(r"(?:Nr\.|No\.|Issue|Ausgabe|#) ?\d+\b(?![.:]?\w)")
_GREETING = re.compile(
    r"(?:Hi|Hello|Hey|Dear|Greetings|Howdy|Hallo|Liebe|Lieber|Liebes|Moin|Servus|Grüezi|Grüß Gott)\b[^\n]{0,40},\s*$"
)


#: Two short phrases joined by a comma, the first capitalised: "Land unter, Land über", "Kaltes Blut, warmes Herz".
_COMMA_TITLE = re.compile(r"[A-ZÄÖÜ0-9][\w'’-]*(?: [\w'’-]+){0,2}, [\w'’-]+(?: [\w'’-]+){0,2}[!?]?")
#: One or two commas between short parts: "Nasse Füße, trockenes Brot", "Heiter, wolkig, Wind".
_COMMAS_TITLE = re.compile(r"[A-ZÄÖÜ0-9][\w'’-]*(?: [\w'’-]+){0,2}(?:, [\w'’-]+(?: [\w'’-]+){0,2}){1,2}[!?]?")
#: Right before a quote: a preposition or "es gibt"/"there's" that makes the quote a noun phrase, a name.
_GOVERNED = re.compile(
    r"(?<![\w-])(?:[Ii]n|[Ii]m|für|[Ff]ür|von|mit|aus|über|bei|auf|es gibt|[Oo]f|[Ff]or|[Ww]ith|[Ff]rom|[Aa]bout|"
    r"[Tt]here['’]s)[ \t]+\Z"
)
_DASH_INSIDE = re.compile(r" [–—-] ")
#: Short upper-case words that are not titles (acronyms, section labels).
_NOT_CAPS_TITLE = frozenset(
    """USA UK US EU DDR BRD TV DVD ARD ZDF ORF SRF BBC HBO CNN NEU NEW LIVE THE AND DER DIE DAS
    STORY CAST TEAM REGIE FAZIT INHALT KRITIK REVIEW VERDICT RATING CREDITS TRAILER INFO PLOT
    UNO NATO RAF SPD CDU CSU FDP AFD NSU NSA KGB FBI CIA CGI IMAX NBC CBS ABC AMC MGM RKO FSK
    MPAA NYPD LAPD SWAT NASA AIDS HIV LSD DNA USB PDF HTML CEO OMG LOL WTF GmbH ZDFNEO ARTE
    VOD SVOD BLU RAY HD UHD DIY CSI NCIS SOS OK PS UND ODER MIT VON FÜR ICH SIE WIR ER ES""".split()
)


#: Words that mark an upper-case run as page furniture wherever they occur in it.
_DECIMAL = re.compile(r"\d+[.,]\d+")
_BYLINE_CAPS = frozenset({"BY", "VON", "VON:", "BY:"})
_FURNITURE = frozenset("RESERVED RIGHTS COPYRIGHT REVIEWED WRITTEN POSTED UPDATED ADVERTISEMENT".split())


@dataclass(frozen=True)
class TitleSpan:
    text: str
    start: int
    end: int
    how: str  # quoted | caps | headline | prose | line | run


def quoted(text: str) -> list[TitleSpan]:
    """Quoted strings shaped like a title: short, capitalised, not a sentence of speech."""
    found = []
    for m in _QUOTED.finditer(text):
        group = next(g for g in "abcdefg" if m.group(g) is not None)
        inner = m.group(group)
        start = m.start(group)
        stripped = inner.strip().rstrip(",.;:")  # American style: 'In “Glasshouse,” Lindqvist ...'
        if inner.strip().endswith("...") or inner.strip().endswith("…"):
            stripped = inner.strip()
        elif inner.strip().endswith(".") and (group in "ade" or _whole_line_quote(text, m)):
            continue  # "„Du gehörst nicht hierher.“": German quotes close a title outside its period; a line of speech
        question = stripped.endswith("?") and len(stripped.split()) <= 7  # "„Wer hat Angst vor Frau Keller?“"
        if stripped and (
            looks_like_title(stripped[:-1] if question else stripped)
            # "„Land unter, Land über“": a title with a comma, said again word for word (speech is not repeated)
            or (_COMMA_TITLE.fullmatch(stripped) is not None and text.count(stripped) >= 2)
            # "In „Ganz unten, ganz laut“ leidet …", "und es gibt „Heiter, wolkig, Wind“": a comma title said
            # once where a preposition or "es gibt" governs it (a line of speech is not governed so)
            or (
                _COMMAS_TITLE.fullmatch(stripped) is not None
                and _GOVERNED.search(text, max(0, m.start() - 20), m.start())
            )
        ):
            offset = inner.index(stripped)
            found.append(TitleSpan(stripped, start + offset, start + offset + len(stripped), "quoted"))
    return found


def _whole_line_quote(text: str, m: re.Match[str]) -> bool:
    """The quote stands alone on its line ("“Get out of my house.”" heading the page)."""
    before = m.start() == 0 or text[m.start() - 1] == "\n"
    return before and text[m.end() : m.end() + 1] in ("\n", "")


def looks_like_title(value: str) -> bool:
    """A short capitalised phrase, not a quoted sentence."""
    words = value.split()
    if not words or len(words) > 9 or len(value) < 2:
        return False
    if not (value[0].isupper() or value[0].isdigit()):
        return False
    if _SENTENCE_END.search(value) and not value.endswith("!") and len(words) > 3:
        return False
    if value.endswith((",", ";")) or _TWO_SENTENCES.search(value):
        return False  # a quoted line of dialogue, two sentences long, is speech
    # "Der Mann, der die Wolken zählte", "The Man, Who Knew": a relative clause, not a list or a sentence.
    value = _RELATIVE_COMMA.sub(" ", value)
    if ", " in value and len(words) > 3 and not _ENUMERATION.fullmatch(value):
        return False
    if len(words) <= 6 and "," not in value and not value.endswith((".", "?")):
        return True  # German titles are often short sentences ("Wir sind die Neuen")
    lower = sum(1 for w in words[1:] if w[0].islower() and not re.fullmatch(_INNER, w))
    return lower <= max(1, len(words) // 3)


def caps(text: str) -> list[TitleSpan]:
    """ALL-CAPS runs that name a film ("DAS LEHRERZIMMER", "BEAUMARCHAIS, THE SCOUNDREL")."""
    found = []
    for m in _CAPS.finditer(text):
        value = _CAPS_TAIL.split(m.group(), maxsplit=1)[0].rstrip(",.:-' ")
        value = re.sub(r"\s+(?:A|I)$", "", value)  # "INTIMATE RELATIONS A film review by ..."
        words = value.replace(",", " ").split()
        letters = sum(ch.isalpha() for ch in value)
        after = text[m.end() : m.end() + 3]
        # "NORA (director: ...)": a short word alone at the head of a line may still be the title.
        at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        rest = text[m.start() + len(value) : m.start() + len(value) + 2]
        heads_line = at_line_start and bool(re.match(r"\s*(?:\(|$)", rest))
        too_short = letters < (2 if heads_line else 3) or (len(words[-1]) < 2 and not heads_line)
        if too_short or all(w.strip(".:'’") in _NOT_CAPS_TITLE for w in words):
            continue
        if any(_DECIMAL.fullmatch(w) for w in words):
            continue  # "DTS-HD MA 2.0", "DOLBY 5.1": a sound or picture format
        if words[0] in _BYLINE_CAPS or text[max(0, m.start() - 4) : m.start()].casefold() in (" by ", "von "):
            continue  # "BY ELEANOR VANCE", "By JANE DOE": a byline
        short_word = len(words) == 1 and (len(value) <= 2 or not re.search(r"[AEIOUÄÖÜY]", value))
        if (short_word and not heads_line) or value in _NOT_CAPS_TITLE or _FURNITURE & set(words):
            continue
        if len(words) == 1 and after.startswith(":"):
            continue  # a label ("X-RAMR-ID:", "FAZIT:")
        if re.match(r"\s*[:–—]\s", after) and all(w in _NOT_CAPS_TITLE or len(w) < 8 for w in words):
            continue  # a section label ("DIE STORY:", "THE CAST –")
        found.append(TitleSpan(value, m.start(), m.start() + len(value), "caps"))
    return found


#: A cue that opens with a look-ahead for its first letters and a look-behind for a word's start, then a group
#: of its words: ``(?=[A-ZÄÖÜ])(?<!\w)(?:Film|Drama|...)``, ``(?=O)(?<!\w)(?:Originaltitel|OT)``.
_LOOKAHEAD_WORDS = re.compile(r"\(\?=(\[[^\]\\]+\]|[^\W\d_])\)\(\?<!\\w\)\(\?:")
#: A word's first letter. (Not a class of letters, "[Tt]": the engine skips ahead only to alternatives that
#: open with a plain letter.)
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def class_led(cue: str) -> str:
    r"""``cue`` written so that the regex engine skips to where it can match, the same matches.

    A pattern that opens with a look-ahead or a look-behind is tried at every position of the text; one whose
    alternatives each open with a letter is tried only at those letters. ``(?=[A-ZÄÖÜ])(?<!\w)(?:Film|Drama)``
    becomes ``(?:F(?<!\w.)ilm|D(?<!\w.)rama)``: the look-behind after the letter checks the character before
    it (the letter is no line break, which ``.`` would not match), and every first letter is one the look-ahead
    let through. Other cues are returned as they are."""
    opening = _LOOKAHEAD_WORDS.match(cue)
    if opening is None:
        return cue
    guard = re.compile(opening.group(1))
    body = cue[opening.end() :]
    alternatives: list[str] = []
    start = 0
    for i, char, depth in lexmatch.marks(body):
        if char in "|)" and not depth:
            alternatives.append(body[start:i])
            start = i + 1
            if char == ")":
                break
    else:
        return cue  # the group never closes
    led = []
    for alternative in alternatives:
        first = _FIRST_LETTER.match(alternative)
        if first is None or alternative[first.end() : first.end() + 1] in ("?", "*", "+", "{"):
            return cue
        if not guard.fullmatch(first.group()):
            return cue
        led.append(first.group() + r"(?<!\w.)" + alternative[first.end() :])
    return "(?:" + "|".join(led) + ")" + body[start:]


@cache
def _compiled(language_data: ModuleType) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]]]:
    def head(source: str) -> re.Pattern[str]:
        pattern = class_led(source).replace("{T}", _HEAD_T).replace("{P}", _CLAUSE_T)
        if source.endswith("{T}"):
            pattern += _HEAD_END
        return re.compile(pattern, re.MULTILINE)

    headline = [head(s) for s in language_data.HEADLINE_CUES]
    # a language's words that may open a title before its first capitalised one ("zeigen wir Der stille Wald"); not
    # where the cue's title opens a sentence ("Der dritte Tag beginnt mit Regen" is no title)
    opening = _PROSE_T.replace("{A}", getattr(language_data, "TITLE_OPENING", ""))
    plain = _PROSE_T.replace("{A}", "")
    prose = [
        re.compile(
            class_led(s).replace("{T}", plain if "(?:^|" in s.partition("{T}")[0] else opening).replace(r"\s+", "[ ]+"),
            re.MULTILINE,
        )
        for s in language_data.PROSE_CUES
    ]
    original = [head(s) for s in language_data.ORIGINAL_CUES]
    return headline, prose, original


def headline_cues(text: str, language_data: ModuleType, limit: int) -> list[TitleSpan]:
    """Titles named by headline cues ("Kritik zu X", "X review") in lines starting before ``limit``."""
    headline, _, _ = _compiled(language_data)
    gates = _headline_gates(language_data)
    found = []
    for line in _LINE.finditer(text, 0, len(text)):
        if line.start() > limit:
            break
        if _consent(line.group()):
            limit += len(line.group())  # a cookie banner opening the page pushes the headline down
            continue
        if line.start() > 0 and len(line.group()) > 200 and _SENTENCE_INSIDE.search(line.group()):
            continue  # a paragraph of the review ("Man muss diesen Film im Kino sehen. …"), not a headline
        for pattern, needles in zip(headline, gates, strict=True):
            if needles is not None and not any(map(line.group().__contains__, needles)):
                continue  # (the line holds none of the strings every match holds)
            m = pattern.search(line.group())
            if m and m.group("title") and m.group("title").strip():
                span = _headline_span(_span(m, line.start(), "headline"), text)
                mark = text[span.end : span.end + 1]
                if mark in ("?", "!") and text.count(span.text + mark) >= 2:
                    # "Kritik: Wer hat Angst vor Anna?" and the body says it with its mark again
                    span = TitleSpan(span.text + mark, span.start, span.end + 1, span.how)
                found.append(span)
    return found


def _headline_span(span: TitleSpan, text: str) -> TitleSpan:
    opened = span.start > 0 and text[span.start - 1] in "„“\"»«‘'"
    first = next(iter(quoted(text[span.start - 1 : span.end])), None) if opened else None
    if first is not None and first.start == 1 and first.end < len(span.text):
        # "Review: ‘The Lamplighter’s Son’ is gentle to a fault": the quoted title, not the teaser after it.
        return TitleSpan(first.text, span.start, span.start + len(first.text), span.how)
    span = _headline_core(span)
    # "Unsere Kritik: Der Gärtner von Sanssouci": "von X" ends the capture as if it named the director,
    # but the text says the longer name again.
    more = _VON_AFTER.match(text, span.end)
    if more is not None and text.lower().count((span.text + more.group()).lower()) >= 2:
        return TitleSpan(span.text + more.group(), span.start, more.end(), span.how)
    if _ENDS_INNER.search(span.text):
        # "Review: Kingdom of Dust: The Last Oasis": a title does not end on "of"; the capture stopped at a
        # colon it took for a teaser's, and the line is a title with its subtitle.
        line_end = text.find("\n", span.end)
        whole = text[span.start : line_end if line_end >= 0 else len(text)].rstrip(" .")
        year = _YEAR_TAIL.search(whole)
        whole = whole[: year.start()] if year is not None and year.start() > 0 else whole
        # "Review: Mechanica – Die letzte Stadt (2027)": the whole line without its year, when the body says it again
        if subtitled(whole) or (year is not None and text.count(whole) >= 2):
            return TitleSpan(whole, span.start, span.start + len(whole), span.how)
    return span


def _headline_core(span: TitleSpan) -> TitleSpan:
    """The title inside a headline capture: "Review: In ‘Hollow Bells,’ a Town …" names the quoted part;
    "Der letzte Sommer (2024)" is the title without its year; "TIFF 2025: Quarry Road" without its occasion."""
    label = _LABEL_BEFORE.match(span.text)
    if label is not None and label.end() < len(span.text):
        span = TitleSpan(span.text[label.end() :], span.start + label.end(), span.end, span.how)
    opens = span.text[:1] in "„“\"»«‘'"  # "Sundance 2025: ‘Glacier Man’ Review": quoted once the label is off
    inner = next(iter(quoted(span.text)), None) if opens or _QUOTE_INSIDE.search(span.text, 1) else None
    if inner is not None and inner.start > 0:
        return TitleSpan(inner.text, span.start + inner.start, span.start + inner.end, span.how)
    if opens and len(span.text) > 2:  # its closing quote was trimmed with the capture's end
        span = TitleSpan(span.text[1:].strip(), span.start + 1, span.end, span.how)
    year = _YEAR_TAIL.search(span.text)
    if year is not None and year.start() > 0:
        return TitleSpan(span.text[: year.start()], span.start, span.start + year.start(), span.how)
    return span


@cache
def _prose_gates(language_data: ModuleType) -> list[tuple[str, lexmatch.OpeningLedPattern | None]]:
    """Per prose cue, a fast pre-check: the cue's own words before or after the title.

    A cue tried at every position of a review costs far more than finding its fixed words: "tail"
    gates are the words after the title ("[ ]+handelt[ ]+von"), and the cue is tried only in a short
    window before each of them; "head" gates are the words before it ("in a still from"), and the cue
    is tried only where they start. Cues without selective fixed words ("scan") run over the text.
    """
    gates: list[tuple[str, lexmatch.OpeningLedPattern | None]] = []
    for source in language_data.PROSE_CUES:
        head, _, tail = source.partition("{T}")
        tail = _LEADING_SPACE.sub("", tail)  # spaces are everywhere: start the gate at the first word
        kind, gate = "scan", ""
        # A head gate must open with fixed characters, which the engine jumps to; one opening with
        # alternatives is tried at every position, like the cue itself, and loses the cue's "\b" filter.
        head_gate = head.startswith(r"\b") and _SELECTIVE.search(head) and _LITERAL_START.match(head[2:])
        # a tail opening with a comma ("With X, director Y") is found all over a text; a fixed head is rarer
        if _SELECTIVE.search(tail) and not (head_gate and tail.startswith(",")):
            kind, gate = "tail", tail
        elif head_gate:
            kind, gate = "head", _TRAILING_SPACE.sub("", head[2:])
        try:
            # (A gate of phrases, "präsentiert|legt|liefert|...", is tried only where one of them stands.)
            led = lexmatch.OpeningLedPattern(gate.replace(r"\s+", "[ ]+"), re.MULTILINE) if gate else None
            gates.append((kind, led))
        except re.error:  # a part that is not a regex by itself (a group opened across the title)
            gates.append(("scan", None))
    return gates


@cache
def _headline_gates(language_data: ModuleType) -> list[tuple[str, ...] | None]:
    """Per headline cue, strings one of which each of its matches holds (``lexmatch.required_substrings``: "ritik",
    "Review"), or ``None``: a line holding none of them is not searched (most of a page's first lines)."""
    return [lexmatch.required_substrings(pattern.pattern) for pattern in _compiled(language_data)[0]]


@cache
def _prose_scans(language_data: ModuleType) -> list[lexmatch.OpeningLedPattern | None]:
    """Per prose cue without a gate, the cue tried only where one of a few literal openings stands ("[Nn]ew",
    "[Dd]irector": ``str.find`` for each, where the regex engine tried every position); ``None`` for the others."""
    scans: list[lexmatch.OpeningLedPattern | None] = []
    for pattern in _compiled(language_data)[1]:
        led = lexmatch.OpeningLedPattern(pattern.pattern, pattern.flags)
        few = led.openings is not None and len(led.openings) <= lexmatch.FEW_OPENINGS
        scans.append(led if few else None)
    return scans


def prose_cues(text: str, language_data: ModuleType) -> list[TitleSpan]:
    """Titles named by prose shapes ("his new movie, X", "Mit X präsentiert")."""
    _, prose, _ = _compiled(language_data)
    found: list[TitleSpan] = []
    scans = _prose_scans(language_data)
    for pattern, scan, (kind, gate) in zip(prose, scans, _prose_gates(language_data), strict=True):
        if gate is None:
            found += [_span(m, 0, "prose") for m in (scan or pattern).finditer(text)]
            continue
        done = 0  # matches do not overlap, as with finditer over the whole text
        for g in gate.finditer(text):
            if kind == "head":
                m = pattern.match(text, g.start()) if g.start() >= done else None
                if m:
                    found.append(_span(m, 0, "prose"))
                    done = m.end()
                continue
            if g.end() <= done:
                continue
            # Lookbehinds and \b still see the text before the window.
            for m in pattern.finditer(text, max(done, g.start() - _PROSE_REACH), g.end()):
                found.append(_span(m, 0, "prose"))
                done = m.end()
    return found


def original_cues(text: str, language_data: ModuleType) -> list[TitleSpan]:
    """Titles marked as the original: "Originaltitel: X", "(im Original X)", "original title: X"."""
    _, _, original = _compiled(language_data)
    return [_span(m, 0, "original") for pattern in original for m in pattern.finditer(text)]


def headline_lines(text: str, navigation: frozenset[str], limit: int) -> list[TitleSpan]:
    """Short title-like lines at the top of the page and their head before a colon or dash."""
    found = []
    top_lines: list[re.Match[str]] = []
    for line in _LINE.finditer(text):
        if line.start() > limit:
            break
        raw = line.group()
        if _consent(raw):
            limit += len(raw)  # a cookie banner opening the page is not the body's start
            continue
        if len(raw) > 250 and _SENTENCE_INSIDE.search(raw):
            break  # the body has begun: short lines below it are captions, boxes and the closing line
        top_lines.append(line)
    menus = _menu_lines(top_lines)
    for line in top_lines:
        raw = line.group()
        if line.start() in menus or menu_row(raw) or (raw.rstrip().endswith(",") and _GREETING.match(raw)):
            continue
        if (_SIGN_OFF.fullmatch(raw.strip()) and line.start() > 0) or _ISSUE_LINE.match(raw.strip()):
            continue  # "Euer Tim" closing a newsletter, "Nr. 31" or "Issue 12 · November 2026" under its name  # a site's menu ("Programm | Tickets | Kontakt"), a letter's greeting ("Hi friends,")
        value = raw.strip().strip("#*|").strip()
        if not value or value.casefold().rstrip(":") in navigation:
            continue
        if _YEAR_WORD.search(value) and len(_FACTS_SEPARATOR.findall(value)) >= 2:
            continue  # "Kinderfilm | Deutschland 2025 | 92 Minuten": a facts line
        offset = line.start() + raw.index(value)
        item = _LIST_NUMBER.match(value)
        if item is not None:  # "3. Nachtfahrt" in a list of tips: the item's name, not its number
            offset += item.end()
            value = value[item.end() :]
        inner = _inner_quote(value) if _headline_shaped(value) else None
        if inner is not None:
            # "Ilse Norks „Die Wanderdüne“: Sand …", "Tom Baines’ ‘Harbor of Ghosts’ is a gentle ghost story":
            # the headline names the film in quotes after its maker (or inside a sentence).
            found.append(TitleSpan(inner.text, offset + inner.start, offset + inner.end, "line"))
        quote = _QUOTED.match(value)
        if quote and value[quote.end() :].strip()[:1] in ("", ":", "–", "—", "-", "|", "("):
            # "„Operation Eisberg: Die Rückkehr“ – Teil zwei": the quoted head, colon and all.
            parts = [value[: quote.end()], value[quote.end() :]] if value[quote.end() :].strip() else [value]
        else:
            parts = _HEAD_SPLIT.split(value, maxsplit=1)
        if len(parts) == 2 and _LABEL_WITH_YEAR.fullmatch(parts[0].strip()):
            # "Berlinale 2025 | The Ferryman's Daughter", "TIFF 2025: Quarry Road": the occasion, then the film.
            rest = parts[1].strip()
            offset += value.index(rest, len(parts[0]))
            value = rest
            parts = _HEAD_SPLIT.split(value, maxsplit=1)
        head = parts[0].strip(" .,")
        if len(parts) == 2 and _DASH_INSIDE.search(value) and _repeated_line(text, value) and _title_line(value):
            # "1989 – Ein Sommer in Leipzig" said again word for word: the whole line is the title
            found.append(TitleSpan(value, offset, offset + len(value), "line"))
        if inner is not None and inner.start < len(parts[0]):
            continue  # the head holds the quoted title: that one is taken
        if head[:1] in "„“\"»«‘'" and head[-1:] in "“”\"«»’'" and len(head) > 2:
            offset += 1
            head = head[1:-1].strip()  # "„Zwischen den Zeilen“: Ein Lehrer, ein Brief"
        separator = value[len(parts[0]) :].lstrip()[:1]
        if len(value) > 80 and (len(parts) == 1 or separator == "("):
            continue  # a sentence of body text, not a headline
        if len(value) > 100 and _SENTENCE_INSIDE.search(value):
            continue  # "Offizielle Inhaltsangabe: Die Anwältin … übernimmt. Der Film …": a labelled paragraph
        if len(parts) == 2 and len(head.split()) > 7:
            continue
        if not head or head.casefold() in navigation or DATE_LIKE.search(head):
            continue
        if _byline(head, navigation) and not _named_in_prose(text, head, line.end()):
            continue
        if _SENTENCE_INSIDE.search(head):  # "The spy is back. Mission: …": body text cut at its colon
            continue
        if _YEAR_WORD.search(head) and re.search(r"[,/·|]", head):
            continue  # "Drama, Finnland/Deutschland 2023": a facts line
        dated = _DATED_TITLE.fullmatch(head)
        if dated and _dated_title_line(text, line, dated.group(1), head):
            head = dated.group(1)  # "Das Haus am Moor 2025" over "Regie: …": a diary entry's title and year
        if _title_line(head) or _repeated_line(text, head):
            found.append(TitleSpan(head, offset, offset + len(head), "line"))
            whole = value.rstrip(" .")
            if separator == ":" and subtitled(whole):
                found.append(TitleSpan(whole, offset, offset + len(whole), "line"))  # "Starfall: Legacy"
    return found


def _repeated_line(text: str, head: str) -> bool:
    """ "1000 Arten, Regen zu beschreiben": a short heading with a comma or lower-case words is a title still when
    the body says it again word for word."""
    return (
        2 <= len(head.split()) <= 8
        and (head[:1].isupper() or head[:1].isdigit())
        and not _SENTENCE_END.search(head)
        and text.count(head) >= 2
    )


def _dated_title_line(text: str, line: re.Match[str], title: str, head: str) -> bool:
    """ "Paper Moons 2025" / "Directed by …": a film diary's heading names the film and its year. The year stays
    part of the title when the text says it again with the year ("Sommer 1984 … in Sommer 1984") and nothing
    else says the line is a dated title (a credit line below it, or the title alone in the text)."""
    if text.count(head) >= 2:
        return False
    below = text[line.end() + 1 : line.end() + 41]
    return bool(_CREDIT_BELOW.match(below)) or text.count(title) >= 2


def _menu_lines(lines: list[re.Match[str]]) -> set[int]:
    """Starts of lines in a site's menu: five or more short lines in a row ("Home", "News", "Politics", …). The
    last of them may be the headline the menu runs into ("… Search" / "Salt Children" / body) and is kept."""
    menus: set[int] = set()
    run: list[re.Match[str]] = []
    for line in [*lines, None]:
        if line is not None and _MENU_ITEM.fullmatch(line.group().strip()):
            run.append(line)
            continue
        if len(run) >= 5:
            menus.update(m.start() for m in run[:-1])
        run = []
    return menus


def _consent(line: str) -> bool:
    """A long line of a cookie or consent banner ("Wir verwenden Cookies …", "We use cookies …")."""
    # substring tests first: most long lines are body text, and a case-blind regex over them costs more
    return len(line) > 120 and any(w in line for w in _CONSENT_PARTS) and _CONSENT.search(line) is not None


def _headline_shaped(value: str) -> bool:
    """Short, one sentence at most, no closing full stop: a headline rather than a line of body text."""
    return len(value) <= 120 and not value.endswith(".") and not _SENTENCE_INSIDE.search(value)


def _inner_quote(value: str) -> TitleSpan | None:
    """The first title-shaped quote inside a headline line that does not open with it."""
    if not _QUOTE_INSIDE.search(value, 1):
        return None
    first = next(iter(quoted(value)), None)
    return first if first is not None and first.start > 1 else None


def _title_line(head: str) -> bool:
    """A headline line shaped like a title; a short question counts ("Who Killed Mrs. Pemberton?"), and so
    does a catalogue's order ("Nine Lives of Ezra Cole, The")."""
    if len(head.split()) > 7:
        return False
    head = _ARTICLE_LAST.sub("", head)
    return looks_like_title(head[:-1] if head.endswith("?") else head)


def menu_row(line: str) -> bool:
    """ "Home | Reviews | Lists | About", "News · Culture · Sport · Opinion", "Menü | Suche | Anmelden": three or
    more short labels between separators, no digits (not a facts line, "Drama | USA 2024 | 96 Min."), not a row
    of genres ("Drama · Komödie · Romanze")."""
    if ("|" not in line and "·" not in line and "•" not in line) or any(ch.isdigit() for ch in line):
        return False
    parts = [p.strip() for p in _ROW_SEPARATOR.split(line.strip().strip("|·•"))]
    parts = [p for p in parts if p]
    if len(parts) < 3 or not all(_MENU_LABEL.fullmatch(p) for p in parts):
        return False
    return not all(GENRE_WORD.fullmatch(p) for p in parts)


def subtitled(whole: str) -> bool:
    """ "Starfall: Legacy", "Die Fünf vom Deich 3: Das Geheimnis der Schleuse": a title with its subtitle,
    not a title with a teaser ("Nebelkinder: Wenn die Vergangenheit anklopft")."""
    words = whole.split()
    if _YEAR_WORD.search(whole):
        return False  # "Land/Jahr: USA 2024", "Dir: X. Iran/France. 2024": a facts line
    if len(words) <= 5 and all(w[:1].isupper() for w in words):
        return True
    head, _, subtitle = whole.partition(": ")
    sub_words = subtitle.split()
    if _SEQUEL_END.search(head) and 0 < len(sub_words) <= 5 and subtitle[:1].isupper():
        return True  # "Campus Royale 3: Das Semester schlägt zurück": a numbered sequel's subtitle
    return (
        len(words) <= 9
        and 0 < len(sub_words) <= 5
        and subtitle[:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or _INNER_WORD.fullmatch(w) for w in head.split() + sub_words)
    )


def _named_in_prose(text: str, head: str, after: int) -> bool:
    """ "Arts & Crafts" / "… Arts & Crafts, a comedy about …": a heading whose first word is a section's ("Arts") is
    the film's name when the running text below says it inside a sentence; a byline or a section is not repeated
    in prose."""
    start = text.find(head, after)
    while start >= 0:
        inside = start > 0 and text[start - 1] != "\n"
        if inside or text[start + len(head) : start + len(head) + 1] not in ("\n", ""):
            return True
        start = text.find(head, start + 1)
    return False


def _byline(head: str, navigation: frozenset[str]) -> bool:
    """ "Von Anna Beispiel", "Written By Darren", "Posted 8 months ago": page furniture."""
    words = head.casefold().split()
    return any(" ".join(words[:n]) in navigation for n in (1, 2)) and len(words) > 1


def _span(m: re.Match[str], base: int, how: str) -> TitleSpan:
    group = "qtitle" if "qtitle" in m.re.groupindex and m.group("qtitle") is not None else "title"
    raw = m.group(group)
    value = raw.strip().rstrip(",:;").strip("„“”\"»«‘’'").strip().rstrip(",")
    if value.endswith(".") and not value.endswith(("..", "Jr.", "St.", "Mr.", "Dr.", "Mrs.")):
        value = value[:-1]
    start = base + m.start(group) + raw.find(value)
    return TitleSpan(value, start, start + len(value), how)
