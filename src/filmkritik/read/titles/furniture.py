"""Page furniture that looks like a title: an outlet's masthead and tagline, section rows, shouted
rubrics and columns. These rules move weight from such names to the film's."""

from __future__ import annotations

import re

from filmkritik.read import names, places
from filmkritik.read.title_spans import DATE_LIKE, GENRE_WORD, TitleSpan, menu_row
from filmkritik.read.titles.candidate import Candidate, _at_line_start, _whole_line, key_of, person_shaped
from filmkritik.read.titles.collect import _SENTENCE_STARTERS
from filmkritik.read.titles.facts import _facts_below, _facts_line, _label_line
from filmkritik.read.titles.patterns import (
    _ARTICLES,
    _FACTS_LABEL,
    _GENERIC,
    _HEAD_LIMIT,
    _NAV_PARTS,
    _RATING_LINE,
    _RIGHTS,
    _SENTENCE_BEFORE,
    _SENTENCE_BREAK,
    _WEAK_KINDS,
)

#: An outlet's tagline: what kind of site it is ("Der Blog für …", "Movie reviews from …", "since 2009").
_TAGLINE = re.compile(
    r"(?i)(?<!\w)(?:\w*blog\w*|\w*magazin\w*|zeitschrift|reviews|kritiken|filmkritiken|rezensionen|notizen|"
    r"gedanken|thoughts|musings|ramblings|rants|essays|podcast|newsletter|(?:since|seit)\s+(?:19|20)\d\d|"
    # a paper's: "Die Wochenzeitung für Politik und Kultur", "News, arts and opinion", "The independent voice of …"
    r"\w*zeitung|wochenblatt|newspaper|weekly|daily|news|nachrichten|journalism|journalismus|independent|"
    # a trade paper's: "Der Branchendienst", "Der Fachdienst für die Filmwirtschaft", "The Trade Paper for Exhibitors"
    r"branchen\w*|\w*dienst|fachblatt|filmwirtschaft|kinobetreiber|trade paper|trade journal|exhibitors|"
    r"unabhängige?|voice of|stimme (?:der|des|für)|"
    # a paper's sections or rhythm: "Culture, ideas and the arts — every Thursday", "Politik, Kultur, Meinung"
    r"culture|kultur|ideas|opinion|meinung|politics|politik|gesellschaft|notes|every (?:other |second )?(?:day|week|month|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|alle (?:zwei|vierzehn) (?:wochen|tage)|jede[ns]? (?:zweiten? )?(?:tag|woche|monat|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag)|wöchentlich|monatlich)(?!\w)"
)
#: Words right before a newsletter's name in its footer: "… because you subscribed to X", "sign up for X".
_FOOTER_BEFORE = re.compile(
    r"(?i)(?:subscribed to|subscribe to|signed up for|sign up for|abonniert:?|abonnieren:?)\s+$"
)
#: Words right after it: "Sie erhalten den X, weil Sie ihn abonniert haben" (German puts the verb last).
_FOOTER_AFTER = re.compile(r"[^.\n]{0,30}\b(?:abonniert|abbestellen)\b")
_SINCE_YEAR = re.compile(r"(?i)\b(?:since|seit)\s+(?:19|20)\d\d\b")
_COMPOUND_TAGLINE = re.compile(r"(?i)[\w]+-(?:reviews|kritiken|rezensionen|blog|magazin|podcast|newsletter)")
_TAGLINE_SEPARATOR = re.compile(r"\s+[–—|-]\s+|\s*\|\s*")
_LABEL_AFTER_BLANKS = re.compile(r"\n[ \t]*\n\s*([^\n]+)")  # the first line after a blank one
#: A breadcrumb's separator: "Kino › Neu im Kino", "Home > Movies > Reviews", "Kultur » Film".
#: Between an outlet's name and its section labels on a page's first line: "CINEMA PUR | Kritik", "X › Kino".
_SECTION_SEPARATOR = re.compile(r"\s*[|›»·•]\s*")
#: The rest of a heading's line calling it a column: " – die Streaming-Kolumne", " | our weekly column".
_COLUMN_AFTER = re.compile(
    r"[ \t]*[–—|:·-][ \t]*(?:(?:die|der|das|eine|ein|unsere|the|our|a|your)[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"[\w-]*(?:[Kk]olumne|[Cc]olumn|[Rr]ubrik|[Nn]ewsletter|[Pp]odcast|[Tt]agebuch|[Dd]iary)[ \t]*(?:\n|$)"
)
#: The rest of a heading's line calling it a house's letter or programme: "Lichtspielhaus Nord – Programmbrief KW 19",
#: "The Regal | Weekly newsletter", "Kino am Markt – Wochenprogramm 12/2026": a cinema's name over its letter.
_HOUSE_LETTER_AFTER = re.compile(
    r"[ \t]*[–—|:·-][ \t]*(?:(?:der|das|unser|Der|Das|Unser|our|the|Our|The|weekly|monthly|Weekly|Monthly)[ \t]+)?(?:[\w-]*(?:[Pp]rogrammbrief|[Rr]undbrief|"
    r"[Kk]inobrief|[Ww]ochenbrief|[Nn]ewsletter|[Pp]rogramm|[Pp]rogrammheft|[Pp]rogrammvorschau|[Bb]ulletin)|"
    r"[Pp]rogramme|[Ll]istings|[Ww]hat['’]s [Oo]n)(?:[ \t]+(?:KW|Nr\.|No\.|Woche|Week|Ausgabe|Issue|#)?[ \t]*[\d][\d/.–-]*|"
    r"[ \t]+(?:(?:im|in|for)[ \t]+)?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|January|February|"
    r"March|May|June|July|October|December)(?:[ \t]+(?:19|20)\d\d)?)?"
    r"[ \t]*(?:\n|$)"
)
#: A house's name in its letter's sign-off: "Ihr Team vom Lichtspielhaus Nord", "Ihr Kino Lichtburg", "Everyone at
#: the Regal".
_HOUSE_SIGN_OFF = re.compile(
    r"(?:(?:(?<!\w)(?:Ihr|Euer|Eure|ihr|euer|eure)[ \t]+)?(?:[Tt]eam|[Kk]inoteam|[Ff]riends|[Ee]veryone|[Aa]ll of us)[ \t]+"
    r"(?:vom|von der|von|des|der|im|at|from)|(?m:^)(?:Ihr|Euer|Eure|ihr|euer|eure))[ \t]+(?:the[ \t]+)?(?P<name>[A-ZÄÖÜ][^\n,.!]{1,50})"
)
#: A shouted rubric's last word: "STREAMING-CHECK", "DER HEIMKINO-TIPP", "FILM-KOMPASS", "WEEKEND PICKS".
_RUBRIC_END = re.compile(
    r"(?:^|[ -])(?:CHECK|TIPP|TIPPS|KOMPASS|KOLUMNE|HEIMKINO|MEDIATHEK|NEUSTART|NEUSTARTS|PICK|PICKS|WATCHLIST)$"
)
#: Where the sign-off is looked for: the letter's last characters.
_SIGN_OFF_ZONE = 400
#: "Welcome back to X", "Willkommen zurück bei X": a show greeting its listeners by its own name.
_WELCOME_BEFORE = re.compile(r"\b(?:[Ww]elcome(?:\s+back)?\s+to|[Ww]illkommen(?:\s+zurück)?\s+(?:bei|zu|im|in))\s+$")
#: "THE SHOW – Episode 214 transcript", "Filmgeflüster | Folge 12": a show's name over one episode.
_EPISODE_AFTER = re.compile(r"[ \t]*[–—|:·-][ \t]*(?:Episode|Ep\.|Folge)[ \t]*#?\d+\b[^\n]{0,60}(?:\n|$)")
# "Die Filmkolumne", "Der Kino-Newsletter", "The Projection Booth Weekly": a heading named as a column or a letter
_COLUMN_NAME = re.compile(r"(?:[\w-]*(?:[Kk]olumne|[Nn]ewsletter|[Pp]odcast)|.* (?:Column|Weekly|Newsletter|Podcast))")
#: A line that is one of a site's buttons, under its name.
_SITE_ACTIONS = frozenset(
    w.strip()
    for w in """subscribe|abonnieren|login|log in|sign in|sign up|anmelden|menu|menü|search|suche|newsletter|shop|
    e-paper|abo|abo testen|register|registrieren|donate|spenden|support us""".split("|")
)
#: How far down a shouted rubric line may stand ("TIPP DES TAGES", "STREAMING-KOMPASS" under a menu row).
_RUBRIC_LIMIT = 200
#: A line naming an outlet's issue: "The Flicker Newsletter — Issue 47", "Ausgabe 12/2026", "Heft 48".
_ISSUE = re.compile(
    r"(?<!\w)(?:Issue|Ausgabe|Heft|Vol\.|Volume|Jahrgang|No\.|Nr\.|Episode|Folge)\s*#?\d+\b(?![^\n]*:\s)"
)
_CONSENT_STEMS = ("cookie", "datenschutz", "privacy", "einwilligung", "consent")
_CONSENT_WORDS = re.compile(r"(?i)\bcookies?\b|datenschutz|privacy|einwilligung|consent")
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")
#: The name opening a body's first paragraph, followed by its year or a verb: "The Crooked Stair (1958) has spent
#: …", "Seabird Summer is set …", "In Herbstzeitlose spielt …".
_BODY_OPENER = re.compile(
    r"(?:In[ \t]+)?(?P<name>[A-ZÄÖÜ][\w'’-]*(?:[ \t](?:(?:of|the|a|an|in|on|at|to|and|for|der|die|das|des|dem|den|im|am|"
    r"vom|von|und)[ \t])?[A-ZÄÖÜ0-9][\w'’-]*){0,5})(?=[ \t]+\((?:19|20)\d\d\)|[ \t]+(?:is|was|has|opens|follows|begins|"
    r"tells|takes|ist|war|erzählt|spielt|zeigt|beginnt|folgt|handelt)\b|,[ \t]+(?:co-)?(?:directed|written)[ \t]+by\b)"
)
#: A shouted label opening a line of labels: "FESTIVAL DIARY · Toronto, Day 5", "KINO | Neu".
_SHOUTED_LABEL = re.compile(r"(?P<label>[^\W\d_][^\n·•|›]{0,40}?)[ \t]+[·•|›][ \t]+\S")
#: How many of the body's first paragraphs may open with the film's name.
_OPENER_PARAGRAPHS = 2
#: A byline opening a line: "Von Katrin Sauer", "By Ada Finch", "Posted by …", "Kritik von …".
_BYLINE = re.compile(r"(?:Von|By|Posted by|Kritik von|Review by|Text:)\s", re.IGNORECASE)


def _brand_over_sentence_headline(text: str, pooled: dict[str, Candidate], language: str) -> None:
    """ "SCREENWISE" / "A small-town murder, a silent priest and …" / … In “The Quiet Parish,” the new thriller …:
    one shouted word (or up to four: "DAS SCHWARZE BRETT") on the page's first line, said once or again only in the copyright line ("© SCREENWISE
    2026"), over a headline that is a sentence, is the outlet's masthead; the film the running text names in
    quotes or by a cue, or the name opening the headline that the body says again, is the one reviewed."""
    first_end = text.find("\n")
    if first_end <= 0:
        return
    below = text[first_end:].lstrip("\n")
    headline = below.split("\n", 1)[0]
    words = headline.split()
    if len(words) < 6 or not any(w[:1].islower() for w in words[1:]) or _SENTENCE_BEFORE.search(headline):
        return  # a title line, a byline or the body itself under the name
    headline_start = len(text) - len(below)
    body_start = headline_start + len(headline)
    for cand in pooled.values():
        if (
            len(cand.key.split()) > 4  # "KINO UND CO", "THE DISC DEN": a masthead of a few words too
            or not cand.text.isupper()
            or len([o for o in cand.occurrences if not _in_rights_line(text, o[0])]) > 1
            or not any(s.how in ("line", "caps") and s.start == 0 for s in cand.spans)
            or not _whole_line(text, 0, len(cand.text))
        ):
            continue
        named = [
            c.score
            for c in pooled.values()
            if c is not cand
            and c.score > 1.0
            and not person_shaped(c.text, language)
            and (
                any(s.how in ("quoted", "prose") and s.start > body_start for s in c.spans)
                # "Trüffelsucher ist ein stiller, wunderbarer Film" / … Trüffelsucher braucht …
                or (c.first == headline_start and any(start > body_start for start, _ in c.occurrences))
                # "… the answer is likely to be The Last Ferryman of Skye. … The Last Ferryman of Skye screens
                # again": a name opening with an article, said twice in the body
                or (
                    " " in c.key
                    and c.key.split(" ", 1)[0] in _ARTICLES
                    and sum(1 for start, _ in c.occurrences if start > body_start) >= 2
                )
            )
        ]
        if named and cand.score >= max(named):
            cand.score = max(named) - 0.1


def _in_rights_line(text: str, start: int) -> bool:
    """The name stands in the page's copyright line ("© LICHTKEGEL 2026 – Alle Rechte vorbehalten")."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 30 and _RIGHTS.search(text, line_start, start) is not None


def _rubric_over_film(text: str, pooled: dict[str, Candidate], language: str) -> None:
    """ "STREAMING-KOMPASS" / … „Salzwasser“ … Salzwasser ist spannend: a shouted line at the page's top that the
    text never says again is the column's or rubric's name when the running text quotes a film (or names it by a
    cue: "Landunter erzählt von …") and names it again;
    that film is the one reviewed. A shouted title alone ("WINTERGÄSTE" over a body that quotes nothing) stays."""
    films = [
        c
        for c in pooled.values()
        if (_named_in_body(text, c) or any(_heading_over_facts(text, s) for s in c.spans))
        and not c.text.isupper()
        and c.key not in _GENERIC
        and not person_shaped(c.text, language)
    ]
    if not films:
        return
    film = max(films, key=lambda c: c.score)
    if film.first > _RUBRIC_LIMIT + 200 or film.score <= 0:
        return  # quoted only further down, or marked as another work: a comparison, not the teaser's subject
    for cand in pooled.values():
        if (
            cand is film
            or len(cand.occurrences) > 1
            or not cand.text.isupper()
            or not any(c.isalpha() for c in cand.text)
            or cand.score < film.score
            or not all(s.how in ("line", "caps", "headline") and s.start < _RUBRIC_LIMIT for s in cand.spans)
            or not any(_whole_line(text, s.start, s.end) for s in cand.spans)
        ):
            continue
        cand.score = film.score - 0.1


def _named_in_body(text: str, cand: Candidate) -> bool:
    """The running text names the film: quoted or by a cue ("Landunter erzählt von …") and said again, or once with
    both ("„Was der Fluss behält“ heißt er"); or a heading line of its own below the rubric, said again ("KINO
    KOMPAKT" / "Die Nachtfalter" / … Die Nachtfalter ist …)."""
    hows = {s.how for s in cand.spans}
    if len(cand.occurrences) < 2:
        return hows >= {"quoted", "prose"}
    return bool(hows & {"quoted", "prose"}) or any(
        s.how == "line" and _at_line_start(text, s.start) and s.start < _RUBRIC_LIMIT for s in cand.spans
    )


def _heading_over_facts(text: str, span: TitleSpan) -> bool:
    """A heading line at the page's top over the film's facts or its rating ("Winterlicht" / "Norwegen 1998,
    101 Min.", "Sommer in der Kettenstraße" / "★★★☆☆")."""
    if span.how != "line" or span.start >= _HEAD_LIMIT or not _at_line_start(text, span.start):
        return False
    line_end = text.find("\n", span.end)
    if line_end < 0:
        return False
    return _facts_below(text, line_end + 1) or _RATING_LINE.match(text, line_end + 1) is not None


def _house_names(text: str) -> tuple[str, ...]:
    """The names a letter signs off with ("Ihr Team vom Lichtspielhaus Nord" -> "lichtspielhaus nord")."""
    tail = max(0, len(text) - _SIGN_OFF_ZONE)
    if not any(w in text[tail:] for w in ("Ihr", "Euer", "Eure", "eam", "riends", "veryone", "ll of us")):
        return ()
    names = [key_of(m.group("name").strip()) for m in _HOUSE_SIGN_OFF.finditer(text, tail)]
    # "The Curzonette team" alone on the letter's last lines
    names += [key_of(m.group("name").strip()) for m in _TEAM_SIGN_OFF.finditer(text, tail)]
    # "euer Filmcafé-Team": the house before its team
    return tuple(n[:-5] if n.endswith(("-team", " team")) else n for n in names)


#: A letter's closing words: "With best wishes", "Kind regards", "Herzliche Grüße", "Bis bald".
_VALEDICTION = re.compile(
    r"(?i)(?:with\s+)?(?:(?:best|kind|warm|warmest|all\s+the\s+best)\s+)?(?:wishes|regards)|all\s+the\s+best|cheers|"
    r"(?:herzliche|viele|beste|liebe|sonnige|herbstliche)\s+grüße|herzlich(?:st)?|bis\s+bald"
)
#: An English letter's sign-off line: "The Bijou team", "The Curzonette Team".
_TEAM_SIGN_OFF = re.compile(
    r"(?m)^[ \t]*(?:The|the)[ \t]+(?P<name>[A-Z][^\n,.!]{1,40}?)[ \t]+[Tt]eam[ \t]*[.!]?[ \t]*$"
)


def _column_names(text: str, pooled: dict[str, Candidate]) -> None:
    """ "COUCHKINO – die Streaming-Kolumne", "Reel Talk | our weekly column": a heading that its own line calls a
    column, a newsletter or a podcast names that column, not the film it discusses this week; so do a heading the
    letter signs off with ("Ihr Team vom Lichtspielhaus Nord") and a shouted rubric ("STREAMING-CHECK")."""
    houses = _house_names(text)
    for cand in pooled.values():
        if houses and any(
            s.how == "line"
            and s.start >= len(text) - _SIGN_OFF_ZONE
            and (
                _HOUSE_SIGN_OFF.match(text, s.start)
                or _TEAM_SIGN_OFF.match(text, s.start)
                or _VALEDICTION.fullmatch(s.text)  # "With best wishes," over the team's name
            )
            for s in cand.spans
        ):
            cand.score -= 4.0  # "Ihr Team vom Kino Lichtburg" closing the letter
            continue
        if any(h == cand.key or cand.key.endswith(" " + h) or cand.key.startswith(h + " ") for h in houses) and not any(
            s.how in ("quoted", "prose") for s in cand.spans
        ):
            # "Lichtspielhaus Nord" heading the letter its team signs off, or in its greeting ("Liebe Freunde des
            # Lichtspielhaus Nord"): the house, never a film
            cand.score -= 8.0
            continue
        for span in cand.spans:
            if span.how not in ("line", "caps", "headline") or span.start > _HEAD_LIMIT:
                continue
            if _at_line_start(text, span.start) and (
                _COLUMN_AFTER.match(text, span.end)
                or _EPISODE_AFTER.match(text, span.end)
                or _HOUSE_LETTER_AFTER.match(text, span.end)
                or (
                    cand.text.isupper()
                    and _RUBRIC_END.search(cand.text) is not None
                    and _whole_line(text, span.start, span.end)
                )
                or (len(cand.occurrences) <= 1 and _COLUMN_NAME.fullmatch(cand.text.split(" ", 1)[-1]))
            ):
                # a shouted compound rubric ("STREAMING-CHECK") is never a film, even said again in the body
                cand.score -= 8.0 if "-" in cand.text and _RUBRIC_END.search(cand.text) else 4.0
                break
        if _repeated_after_quoted_headline(text, cand):
            cand.score -= 4.0  # "STREAM IT OR BIN IT?" / "'Title' on Platform: Stream It or Bin It?": the column
        # "Welcome back to The Reel Thing, the show where ...": the heading names the show
        if any(s.how in ("line", "caps", "headline") and s.start <= _HEAD_LIMIT for s in cand.spans) and any(
            _WELCOME_BEFORE.search(text, max(0, start - 30), start) for start, _ in cand.occurrences
        ):
            cand.score -= 4.0


def _repeated_after_quoted_headline(text: str, cand: Candidate) -> bool:
    """The page's first line, said again after a colon, dash or bar at the end of the headline below it, which
    opens with a quoted name: a column's name over "'Title' on Platform: Column Name"."""
    first = next((s for s in cand.spans if s.start == 0 and s.how in ("line", "caps", "headline")), None)
    if first is None:
        return False
    end = text.find("\n", 0)
    if end < 0:
        return False
    rest = text[end:].lstrip()
    line = rest.split("\n", 1)[0].strip()
    name = text[:end].strip()
    if len(name) < 4 or not line or line[0] not in "'‘\"“„‚»" or not line.casefold().endswith(name.casefold()):
        return False
    return line[: len(line) - len(name)].rstrip()[-1:] in (":", "|", "–", "—", "-")


def _tagline_masthead(text: str, pooled: dict[str, Candidate]) -> None:
    """ "NACHTKINO" / "Das Magazin für den abseitigen Film", "Reel Thoughts — one man's quest …": a page opening
    with a name and the outlet's tagline (a blog, a magazine, reviews since 2009) opens with its masthead. The
    name and the tagline, each said once, give way to a name in the page's opening lines that the text repeats."""
    lines = text.split("\n", 2)
    first, second = lines[0], lines[1] if len(lines) > 1 else ""
    parts = _TAGLINE_SEPARATOR.split(first, maxsplit=1)
    on_first = (
        len(parts) == 2
        and (
            _tagline(parts[1])
            # "DISCMANIA – Heimkino-Reviews": one compound after the name's dash, a tagline's word inside it
            or (first[:1].isupper() and _COMPOUND_TAGLINE.fullmatch(parts[1].strip()) is not None)
        )
    )
    on_second = _tagline(second)
    # "Das Magazin für Film und Fernsehen" / "FLIMMERKISTE": the tagline over the name
    # (the short second line tested first: it is rarer, and a long first line costs the tagline search)
    above = not (on_first or on_second) and 0 < len(second.split()) <= 3 and _tagline(first)
    if not (on_first or on_second or above):
        return
    masthead_end = len(first) + (len(second) + 1 if on_second or above else 0)
    if on_second and _facts_below(text, masthead_end + 1):
        return  # "Nachtschicht in Halle 9" / "Startseite › Kultur › Film" / "Thriller · D 2024": a title over its facts
    # a name the text repeats, or a headline line below the masthead
    below = [
        c
        for c in pooled.values()
        if masthead_end < c.first < _HEAD_LIMIT
        and (
            (len(c.occurrences) >= 2 and c.spans[0].how not in _WEAK_KINDS)
            or any(s.how in ("line", "headline", "caps") and _at_line_start(text, s.start) for s in c.spans)
            # "Let's talk about Velvet Static, which opens …": a newsletter's film of the week, named by a cue
            or (c.score >= 2.5 and any(s.how == "prose" for s in c.spans))
        )
    ]
    if not below:
        return
    mastheads = [
        c
        for c in pooled.values()
        if all(s.start <= masthead_end for s in c.spans) and _said_outside_footer(text, c) <= 1
    ]
    ceiling = max(c.score for c in below) - 0.3
    for cand in mastheads:
        # "DIE ZEITLUPE" shouted over its tagline still gives way, however much its capitals weigh
        cand.score = min(cand.score - 4.0, ceiling)
    # "Aus der ZEITLUPE Nr. 48": the paper naming itself below, without its article
    names = {m.key.split(" ", 1)[1] for m in mastheads if " " in m.key and m.key.split(" ", 1)[0] in _ARTICLES}
    for cand in pooled.values():
        if cand.key in names and all(s.how == "caps" for s in cand.spans):
            cand.score -= 4.0


def _said_outside_footer(text: str, cand: Candidate) -> int:
    """How often the page names ``cand`` other than in a newsletter's footer ("You're receiving this because you
    subscribed to The Flicker Post", "Sie haben den Kinobrief abonniert"): the footer names the masthead again."""
    if len(cand.occurrences) <= 1:
        return len(cand.occurrences)
    return sum(
        1
        for start, end in cand.occurrences
        if not (_FOOTER_BEFORE.search(text, max(0, start - 40), start) or _FOOTER_AFTER.match(text, end))
    )


def _outlet_over_sections(text: str, pooled: dict[str, Candidate], navigation: frozenset[str]) -> None:
    """ "CINEMA PUR | Kritik", "PRINZ Kinoprogramm | Neu im Kino | Komödie": a first line that goes on, after a bar
    or an arrow, with nothing but section labels and genres opens with the outlet's name. A name said only there
    gives way to a heading below it that the text repeats or that stands over the film's facts."""
    first_end = text.find("\n")
    first = text[:first_end] if first_end > 0 else ""
    if not ("|" in first or "›" in first or "»" in first or "·" in first or "•" in first):
        return
    parts = _SECTION_SEPARATOR.split(first)
    labels = [p.strip() for p in parts[1:] if p.strip()]
    if not labels or not all(_navigation_line(p, navigation) or GENRE_WORD.fullmatch(p) for p in labels):
        return
    outlet_end = len(parts[0])
    below = [c for c in pooled.values() if c.first > first_end and any(_heading_of(text, c, s) for s in c.spans)]
    if not below:
        return
    ceiling = max(c.score for c in below) - 0.3
    for cand in pooled.values():
        if len(cand.occurrences) <= 1 and all(s.start < outlet_end for s in cand.spans):
            cand.score = min(cand.score - 4.0, ceiling)


def _heading_of(text: str, cand: Candidate, span: TitleSpan) -> bool:
    """``span`` heads its line and names the film: the text says the name again, or the film's facts follow."""
    if span.how not in ("line", "headline", "caps") or not _at_line_start(text, span.start):
        return False
    if len(cand.occurrences) >= 2:
        return True
    line_end = text.find("\n", span.end)
    return line_end >= 0 and _facts_line(text, line_end + 1)


def _furniture_masthead(text: str, pooled: dict[str, Candidate], navigation: frozenset[str]) -> None:
    """ "STADTKIND" / "Essen & Trinken | Kultur | Kino | Termine", "THE CANDLE" / "News · Culture · Sport",
    "The Flicker Newsletter — Issue 47": the short lines that open a page above its menu row, or a line naming an
    issue, are the outlet's masthead, whatever its name. A name first seen there, and seen below only in furniture
    (a footer, an ad, a newsletter box), gives way to the best name below the masthead."""
    masthead_end, once_only = _masthead_end(text, navigation)
    if masthead_end <= 0:
        return
    below = [
        c
        for c in pooled.values()
        if c.first > masthead_end
        and c.score > 1.5
        and not all(s.how == "caps" and not _at_line_start(text, s.start) for s in c.spans)
    ]
    if not below:
        return
    ceiling = max(c.score for c in below) - 0.3
    for cand in pooled.values():
        if (
            cand.first >= masthead_end
            or (once_only and len(cand.occurrences) > 1)
            or any(s.how in ("headline", "line", "quoted", "facts") and s.start > masthead_end for s in cand.spans)
        ):
            continue
        cand.score = min(cand.score - 4.0, ceiling)


def _masthead_end(text: str, navigation: frozenset[str] = frozenset()) -> tuple[int, bool]:
    """Where the masthead zone at the page's top ends (0: no masthead found). The zone is one to three short
    lines followed by a menu row (three or more short labels between bars or dots), a site's button, or a line
    naming an issue. A name shouted in capitals over a section label ("KULTURSPIEGEL RHEINLAND" / "Film & Kino")
    is a masthead too, if it is said only there (the flag returned: only names said once count)."""
    start = 0
    seen = 0
    shouted = False
    for _ in range(5):
        end = text.find("\n", start)
        if end < 0:
            return 0, False
        line = text[start:end]
        if _consent_line(line):
            start = end + 1
            continue
        if seen and (menu_row(line) or line.strip().casefold() in _SITE_ACTIONS):
            return start - 1, False  # "THE REEL DEAL with Frankie Moss" / "Subscribe"
        if seen == 1 and shouted and _navigation_line(line, navigation):
            return start - 1, True
        if _ISSUE.search(line) and len(line) <= 80:
            return end, False
        if len(line) > 70 or _SENTENCE_BREAK.search(line) or line.rstrip().endswith("."):
            return 0, False
        seen += 1
        shouted = seen == 1 and line.isupper() and " " in line.strip()
        if seen > 3:
            return 0, False
        start = end + 1
    return 0, False


def _consent_line(line: str) -> bool:
    if len(line) <= 60:
        return False
    lowered = line.lower()  # substring tests first: most long lines are body text, and the case-blind regex costs more
    return any(w in lowered for w in _CONSENT_STEMS) and _CONSENT_WORDS.search(line) is not None


def _tagline(line: str) -> bool:
    """ "Der Blog für Kino abseits des Mainstreams", "reviews • essays • interviews", "Film reviews since 2011";
    not a section line with a date or a count ("Reviews · 3 comments", "Kritiken | 12. März 2025")."""
    if len(line) > 150 or len(line.split()) < 2 or not _TAGLINE.search(line):
        return False  # (a paragraph of the review is no tagline, and its length costs the search most)
    return not any(ch.isdigit() for ch in _SINCE_YEAR.sub("", line))


def _masthead(text: str, cand: Candidate, navigation: frozenset[str]) -> bool:
    """An outlet's name on the page's first line, a section label below it ("EMPIRE" / "Reviews"), said once;
    or a name said once over a menu of two section labels ("THE PICTURE HOUSE" / "Reviews" / "Interviews")."""
    if _caps_brand(text, cand):
        return True
    if len(cand.occurrences) > 1:
        return False
    if any(s.how in ("line", "caps") and s.start == 0 for s in cand.spans):
        lines = text.split("\n", 2)
        if len(lines) > 1 and _label_line(lines[1], navigation):
            # "Nachtschicht in Halle 9" / "Mediabook" / "Thriller · D 2024 · 97 Min.": a title over its facts
            return len(lines) < 3 or not _facts_below(text, len(lines[0]) + len(lines[1]) + 2)
        label = _LABEL_AFTER_BLANKS.match(text, len(lines[0]))
        if label is not None and cand.text.isupper() and _label_line(label.group(1), navigation):
            # "LEINWANDFIEBER" / "" / "Filmkritik" / "Lautlos im Regen": a shouted name over a blank line and a
            # section label is the outlet's masthead, unless the film's facts follow the label
            return not _facts_below(text, label.end() + 1)
    for span in cand.spans:
        if span.how in ("line", "caps") and span.start < 300 and (span.start == 0 or text[span.start - 1] == "\n"):
            below = text[span.end : span.end + 200].split("\n")[1:3]
            if len(below) == 2 and all(_navigation_line(line, navigation) for line in below):
                return True
    return False


def _navigation_line(line: str, navigation: frozenset[str]) -> bool:
    """A section label or a path of them: "Reviews", "Film | Capsule Reviews", "Kino › Neu im Kino"."""
    parts = [p for p in _NAV_PARTS.split(line.strip().casefold()) if p]
    return bool(parts) and all(p in navigation for p in parts)


def _caps_brand(text: str, cand: Candidate) -> bool:
    """An all-caps name heading the page whose only other sightings are glued into compounds ("CINEMAX" /
    "Kritik der CINEMAX-Redaktion"): the outlet's brand, not the film."""
    if not cand.text.isupper() or not any(s.how in ("line", "caps") and s.start == 0 for s in cand.spans):
        return False
    alone = [(start, end) for start, end in cand.occurrences if not _COMPOUND_AFTER.match(text, end)]
    return len(alone) <= 1 < len(cand.occurrences)


def _outlet_name(text: str, cand: Candidate, outlet_words: frozenset[str]) -> bool:
    """ "Reel Talk Blog", "Frankfurter Rundschau" on the page's first line, said once: the outlet."""
    if len(cand.occurrences) > 1 or cand.first > text.find("\n") >= 0:
        return False
    words = cand.key.split()
    return len(words) > 1 and words[-1] in outlet_words and not any(s.how == "headline" for s in cand.spans)


def _lines_at_top(text: str, count: int) -> list[tuple[int, str]]:
    """The page's first ``count`` non-blank lines with their starts."""
    found: list[tuple[int, str]] = []
    start = 0
    while start < len(text) and len(found) < count and start < _HEAD_LIMIT:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            found.append((start, text[start:end].strip()))
        start = end + 1
    return found


def _film_under_furniture_headline(text: str, pooled: dict[str, Candidate], language: str) -> None:
    """ "THE DISC DEN" / "A creaky chiller finally gets the restoration it deserves" / … "The Crooked Stair (1958)
    has spent decades …": a shouted masthead of a few words, or a quoted line of dialogue, said once over a headline
    that is a sentence. Neither names the film; the name opening the body's first paragraph, followed by its year
    or a verb, does (in German only when the text says it again: German nouns are capitalised)."""
    top = _lines_at_top(text, 2)
    if len(top) < 2 or top[0][0] != 0:
        return
    first, headline = top[0][1], top[1][1]
    quoted = first[:1] in "„“\"‘'»" and first[-1:] in "“”\"’'«"
    label = _SHOUTED_LABEL.match(first)
    shouted = (first.isupper() and 1 <= len(first.split()) <= 4) or (label is not None and label["label"].isupper())
    words = headline.split()
    if not (quoted or shouted) or len(words) < 4:
        return
    # "The Collector's Edition Nobody Expected": a title-cased headline said once gives way only to a body opening
    # with a name and its year
    sentence = len(words) >= 5 and any(w[:1].islower() for w in words[1:])
    opening = [c for c in pooled.values() if len(c.occurrences) <= 1 and any(s.start <= 1 for s in c.spans)]
    if not opening:
        return
    m = None
    body = text.find("\n", top[1][0])
    paragraphs = 0
    while 0 <= body < len(text) and m is None and paragraphs < _OPENER_PARAGRAPHS:
        end = text.find("\n", body + 1)
        line = text[body + 1 : end if end >= 0 else len(text)]
        if len(line) >= 60 and not _BYLINE.match(line):
            m = _BODY_OPENER.match(text, body + 1)  # the body's first paragraphs: "Spent the morning in a queue. …"
            paragraphs += 1
        body = end
    if m is None:
        return
    name = m.group("name")
    key = key_of(name)
    lex = names.lexicon()
    # "Das Mädchen vom Kai (1953) war lange …": a name with its year opening the body is the film's even said once
    dated = text.startswith(" (", m.end("name"))
    if not sentence and (not dated or (key_of(headline) in pooled and len(pooled[key_of(headline)].occurrences) > 1)):
        return
    if (
        key in _GENERIC
        or (" " not in key and (key in _SENTENCE_STARTERS or lex.is_common(name, language)))
        or person_shaped(name, language)
        or places.canonical(name)
        or (language == "de" and (text.count(name) < (1 if dated else 2) or lex.is_common(name.split()[-1], language)))
    ):
        return
    cand = pooled.get(key)
    if cand is None:
        span = TitleSpan(name, m.start("name"), m.end("name"), "prose")
        cand = pooled[key] = Candidate(key, spans=[span], occurrences=[(span.start, span.end)])
    # the headline said once gives way too ("THE VAULT" / "The Restoration Everyone Waited For")
    head = [c for c in pooled.values() if len(c.occurrences) <= 1 and any(s.start == top[1][0] for s in c.spans)]
    best = max(c.score for c in opening + head)
    cand.score = max(cand.score, best + 0.1)


def _rubric_over_title_and_teaser(text: str, pooled: dict[str, Candidate]) -> None:
    """ "LEINWAND-LUPE" / "Das stille Haus" / "Eine Witwe vermietet Zimmer an Fremde": a shouted rubric said once,
    a short title line and a longer teaser line, stacked without a blank line. The middle line is the film's, even
    when the body calls it only "der Film"; a shouted title over its teaser ("MOORLICHT" / "Ein Dorf verschwindet
    im Nebel") has no line between them."""
    top = _lines_at_top(text, 3)
    if len(top) < 3 or top[0][0] != 0:
        return
    (_, rubric), (title_start, title), (teaser_start, teaser) = top
    if text.count("\n", 0, teaser_start) != 2:
        return  # three lines stacked, without blank lines between them
    title_words, teaser_words = title.split(), teaser.split()
    if (
        not rubric.isupper()
        or len(rubric.split()) > 3
        or not 1 <= len(title_words) <= 5
        or title[-1:] in ".!?:"
        or len(teaser_words) < 4
        or len(teaser_words) <= len(title_words)
        or not any(w[:1].islower() for w in teaser_words[1:])
        or _BYLINE.match(teaser)
        or _facts_line(text, teaser_start)
    ):
        return
    shouted = [c for c in pooled.values() if len(c.occurrences) <= 1 and all(s.start == 0 for s in c.spans)]
    heading = pooled.get(key_of(title))
    if not shouted or heading is None or not any(s.start == title_start for s in heading.spans):
        return
    heading.score = max(heading.score, max(c.score for c in shouted) + 0.1)


#: How far down the page a sidebar of teasers above the article is looked for.
_TEASER_ZONE = 1500
#: A teaser list's marks around a headline: bullets and arrows before it, "mehr"/"Read more" after it.
_TEASER_MARKS = re.compile(r"^[\s»›→▸►•*·>-]+|\s*(?:mehr|weiterlesen|read more|more|»|›|→)\s*$", re.IGNORECASE)
_MARK_OPENINGS = frozenset("»›→▸►•*·>- \t")
_MARK_ENDINGS = ("mehr", "Mehr", "weiterlesen", "more", "More", "MORE", "MEHR", "»", "›", "→")
#: A teaser's date or age on its own line ("18.11.2026", "Nov 19", "vor 2 Stunden", "2 hours ago", "yesterday").
_AGE_LINE = re.compile(
    r"(?i)(?:vor\s+\d+\s+\w+|\d+\s+(?:hours?|minutes?|days?|mins?)\s+ago|yesterday|gestern|heute|today)"
)
#: A run of this many headline lines in a row, none of them named again, is a list of teasers.
_TEASER_RUN = 3


def _teaser_line(line: str) -> bool:
    """A teaser's headline: three to sixteen words, mixed case, no closing full stop, no byline, no row of labels."""
    if len(line) > 120 or line.endswith((".", ":")) or line.count(" ") < 2:
        return False  # (cheap tests first: most lines near a page's top are prose or short labels)
    if line[:1] in _MARK_OPENINGS or line.endswith(_MARK_ENDINGS):
        line = _TEASER_MARKS.sub("", line)
    words = line.split()
    if not 3 <= len(words) <= 16 or len(line) > 110 or line.endswith((".", ":")) or line.isupper():
        return False
    if words[0] in ("Von", "By", "Posted", "Gepostet", "Text:", "Foto:", "Photo:", "Bild:") or "©" in line:
        return False  # a byline, a caption
    if _FACTS_LABEL.match(line) or _facts_line(line, 0):
        return False  # "Originaltitel: …", "Land/Jahr: USA 2024": the film's facts
    return sum(line.count(c) for c in "|·›•") < 2


def _age_line(line: str) -> bool:
    stripped = line.strip(" —–-()")
    return len(stripped) <= 30 and (DATE_LIKE.search(stripped) is not None or _AGE_LINE.fullmatch(stripped) is not None)


def _teaser_runs(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Die schönsten Kinosäle Europas" / "Trailer: Das neue Abenteuer …" / "Warum Popcorn im Kino so teuer ist"
    above the article, with no box heading: a sidebar of teasers (each with its date, an arrow, "mehr", or nothing).
    Three headline lines or more in a row, dates between them allowed, none of whose names the page says again,
    name other articles: what they name is not the film."""
    runs: list[tuple[int, int]] = []
    run_start = run_end = -1
    count = 0
    start = 0
    limit = min(len(text), _TEASER_ZONE)
    while start < limit:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line and _teaser_line(line):
            run_start = start if count == 0 else run_start
            run_end = end
            count += 1
        elif not (line and count and _age_line(line)):
            if count >= _TEASER_RUN:
                runs.append((run_start, run_end))
            count = 0
        start = end + 1
    if count >= _TEASER_RUN:
        runs.append((run_start, run_end))
    for first, last in runs:
        inside = [c for c in pooled.values() if any(first <= s.start < last for s in c.spans)]
        if any(any(not first <= a < last for a, _ in c.occurrences) for c in inside):
            continue  # the article's own heading stands among them: its name comes back below
        heading_below = any(
            last < c.first < last + 600
            and (len(c.occurrences) >= 2 or c.score >= 3.0)
            and any(s.how in ("line", "headline", "caps") and _at_line_start(text, s.start) for s in c.spans)
            for c in pooled.values()
        )
        if not heading_below:
            continue  # no article's heading under them: they may be the article's own head
        for cand in inside:
            if all(first <= s.start < last for s in cand.spans):
                cand.score = min(cand.score, 0.0) - 1.0
