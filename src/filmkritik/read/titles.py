"""Film identity: the reviewed film's title, original and local titles, year, title variants.

Every way a page names a film becomes a candidate (headline cues such as "Kritik zu X"
or "X review", short headline lines, quoted titles, ALL-CAPS titles, title-shaped
prose such as "his new movie, X"). Candidates with the same name pool their weight;
how often the name recurs in the text adds to it, and quotes introduced as another
work ("ihr Film „X“", "like 'X'") or names used like persons take from it. The
heaviest candidate is the film; the runners-up stay in ``analysis.notes`` so that the
context component can treat them as mentions and re-check the choice once persons
are known.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from types import ModuleType

from filmkritik import lang
from filmkritik.model import LocalTitle, TextFact, Warning, YearFact
from filmkritik.read import festivals, names, places
from filmkritik.read.analysis import Analysis
from filmkritik.read.lexmatch import LedPattern
from filmkritik.read.title_spans import (
    DATE_LIKE,
    GENRE_WORD,
    TitleSpan,
    caps,
    headline_cues,
    headline_lines,
    looks_like_title,
    menu_row,
    original_cues,
    prose_cues,
    quoted,
    subtitled,
)
from filmkritik.read.title_variants import Variant, find_variants

#: How much one sighting of each kind says "this is the reviewed film".
_OWNER_BEFORE = re.compile(r"(?<![\w.])[A-ZÄÖÜ][\w-]*[a-zäöü](?<!Film)(?:['’]s|s|['’])\s[„\"“»«‘']?\Z")
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+\.(?:de|com|at|ch|org|net|uk|co\.uk|fr|it|io|tv)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÄÖÜ0-9]")
_SMALL_WORDS = frozenset("a an the of to in on at for and or with by from is as de la le der die das und von".split())
_YEAR_AFTER_LINE = re.compile(r"\s*\((?:19|20)\d\d\)\s*$")
_WEIGHT = {"headline": 7.0, "line": 2.5, "quoted": 2.0, "caps": 2.5, "prose": 2.0, "run": 0.5, "facts": 4.0}
#: Sentence-initial words that prose cues may pick up as a one-word "title".
_SENTENCE_STARTERS = frozenset(
    """this that these those it its there here he she they we i you his her their the a an
    das dies diese dieser es er sie wir ich man hier dort der die ein eine auch doch so
    elsewhere meanwhile außerdem ebenfalls
    january february march april may june july august september october november december
    januar februar märz mai juni juli oktober dezember monday tuesday wednesday thursday friday
    saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag""".split()
)
#: Possessives that open a label ("Unsere Kritik: …", "My verdict: …"): no title on their own.
_POSSESSIVES = frozenset("unser unsere meine mein unsre eure euer our my your".split())
#: Sentence openers glued to a capitalised run ("In Bruno & Kiki 2 …", "With Salt & Stone 2 …").
_LEADING_WORDS = tuple(
    f"{w} "
    for w in "In Im Mit Als Auch Doch Und Aber Wenn Für Nach Bei With As But And When While If For At On After Since".split()
)
#: Headline lines are looked for this far into the text (pages open with navigation).
_HEAD_LIMIT = 700
#: "(Japan 2023)", "(2024)"; not a photo credit's year ("(Foto: Verleih 2024)", "(© 2024 Studio)").
_YEAR_IN_PARENS = re.compile(
    r"\((?!\s*(?:Foto|Fotos|Photo|Photos|Bild|Bilder|Image|Credit|Copyright|Quelle|Source|©))"
    r"(?:[^()\n©]{0,40}?[\s,–-])?((?:19|20)\d\d)\)",
    re.IGNORECASE,
)
#: The same year in brackets right after a (possibly quoted) title.
_YEAR_AFTER = re.compile(r"\s*[\"“”’'«»]?\s*" + _YEAR_IN_PARENS.pattern, re.IGNORECASE)
_OTHER_QUOTE = re.compile(r"[„“”\"«»]")
_YEAR_ALONE = re.compile(r"\s*\(?(?:19|20)\d\d\)?\s*")
#: A year, not inside a longer number. Written to open with "1" or "2", which the regex engine skips to at once (a
#: pattern opening with a look-ahead is tried at every position); the look-behind after the digit checks the
#: character before it, as :data:`ANY_YEAR_PLAIN`'s did (the tests compare the two). So is :data:`_YEAR_RUNTIME`.
_ANY_YEAR = re.compile(r"((?:1(?<![\d.,]1)9|2(?<![\d.,]2)0)\d\d)(?![\d.,]\d)")
ANY_YEAR_PLAIN = r"(?=[12])(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)"
_PRODUCTION_YEAR = re.compile(r"\s*(?:,|:)?\s*((?:19|20)\d\d)\b(?!\.\d)")
_SHORT_LINE_YEAR = re.compile(r"^[^\n]{0,40}[A-Za-z/-],\s*((?:19|20)\d\d)\s*$", re.MULTILINE)
_MONTH = re.compile(  # whole month names only: "Marseille" is no "Mar…"
    r"\b(?:Jan(?:uar|uary)?|Jänner|Feb(?:ruar|ruary)?|Mär(?:z)?|Mar(?:ch)?|Apr(?:il)?|Mai|May|Jun[ie]?|Jul[iy]?|"
    r"Aug(?:ust)?|Sep(?:t|tember)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|Dez(?:ember)?|Dec(?:ember)?)\.?\s*$",
    re.IGNORECASE,
)
#: An outlet's tagline: what kind of site it is ("Der Blog für …", "Movie reviews from …", "since 2009").
_TAGLINE = re.compile(
    r"(?i)(?<!\w)(?:\w*blog\w*|\w*magazin\w*|zeitschrift|reviews|kritiken|filmkritiken|rezensionen|notizen|"
    r"gedanken|thoughts|musings|ramblings|rants|essays|podcast|newsletter|(?:since|seit)\s+(?:19|20)\d\d|"
    # a paper's: "Die Wochenzeitung für Politik und Kultur", "News, arts and opinion", "The independent voice of …"
    r"\w*zeitung|wochenblatt|newspaper|weekly|daily|news|nachrichten|journalism|journalismus|independent|"
    r"unabhängige?|voice of|stimme (?:der|des|für)|"
    # a paper's sections or rhythm: "Culture, ideas and the arts — every Thursday", "Politik, Kultur, Meinung"
    r"culture|kultur|ideas|opinion|meinung|politics|politik|gesellschaft|every (?:day|week|month|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?!\w)"
)
_SINCE_YEAR = re.compile(r"(?i)\b(?:since|seit)\s+(?:19|20)\d\d\b")
_COMPOUND_TAGLINE = re.compile(r"(?i)[\w]+-(?:reviews|kritiken|rezensionen|blog|magazin|podcast|newsletter)")
_TAGLINE_SEPARATOR = re.compile(r"\s+[–—|-]\s+|\s*\|\s*")
_LABEL_AFTER_BLANKS = re.compile(r"\n[ \t]*\n\s*([^\n]+)")  # the first line after a blank one
_NAV_PARTS = re.compile(r"\s*[|›»>/·•]\s*|\s&\s")  # "Film & Kino": two section labels
#: A breadcrumb's separator: "Kino › Neu im Kino", "Home > Movies > Reviews", "Kultur » Film".
#: Between an outlet's name and its section labels on a page's first line: "CINEMA PUR | Kritik", "X › Kino".
_SECTION_SEPARATOR = re.compile(r"\s*[|›»·•]\s*")
_BREADCRUMB = re.compile(r"\s[›>»/]\s|›")
#: A line that is only a production's countries and year: "Finnland 2023", "USA/Usbekistan 2024", "UK, 2024".
_COUNTRY_YEAR = re.compile(
    r"\(?(?P<countries>[A-ZÄÖÜ][\w.-]*(?:\s*[/,&-]\s*[A-ZÄÖÜ][\w.-]*|\s+(?:und|and)\s+[A-ZÄÖÜ][\w.-]*)*)"
    r"[,.]?\s+(?P<year>(?:19|20)\d\d)\b\)?(?P<rest>.*)"
)
_COUNTRY_PART = re.compile(r"\s*(?:/|,|&|-|\bund\b|\band\b)\s*")
_LOCAL_SEPARATOR = re.compile(r"\s+[-–—]\s+|:\s+")
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
_FILM_NOUN_BEFORE = re.compile(
    r"(?:\b|\w)(?:[Ff]ilms?|[Ss]pielfilm|[Dd]rama|[Kk]omödie|[Tt]hriller|[Ww]estern|[Dd]oku\w*|[Mm]ovie|[Ss]equel|"
    # "die neue Version, „X“", "the new version, “X”", "Neuverfilmung „X“": the film that remakes another
    r"[Vv]ersion,?|[Rr]emake,?|[Nn]euverfilmung,?|[Nn]euauflage,?)\s*[„\"“»«‘']$"
)
#: A quoted title's maker right after it: "„X“ von der Grazer Regisseurin Y", "“X,” from director Y".
_MAKER_AFTER = re.compile(
    r"[“”\"«»’']?,?[ \t]+(?:von|by|from)[ \t]+(?:(?:der|dem|des|the)[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"(?:Regisseur|Regisseurin|Regieduo|Filmemacher|Filmemacherin|[Dd]irector|[Ff]ilmmaker|[Ww]riter-director)\b"
)
_INVERTED = re.compile(r",\s?(the|a|an|der|die|das|le|la|les|el|il)$")
_WORDS = re.compile(r"\w+")
_MOVIE_SUFFIX = re.compile(r"\s*(?:der (?:kino)?film|the movie|the motion picture|le film)\s*", re.IGNORECASE)
#: A line opening with a name followed by facts: "Die Salzkinder. Deutschland 2024", "„X“, Regie: …",
#: "X (D 2024)". The name is tried only on short lines: before a full stop, a bracket, a comma or a bar.
_FACTS_TITLE = re.compile(
    r"[„\"“»«‘']?(?P<title>[A-ZÄÖÜ0-9][^\n.()|,:;„\"“”»«‘’]{1,80}?)[“”\"«»’']?(?P<sep>\.\s+|\s*\(|,\s+|\s+[|·•]\s+)"
    r"(?=[^\n]{0,60}?(?:\b(?:19|20)\d\d\b|Regie|Directed|Dir\.|R:))"
)
#: Where such a line may be: it holds a year or a director's label (the title is tried at that line's start).
_FACTS_HINT = re.compile(r"\d\d\d\d|Regie|Directed|Dir\.|R:")
#: A bracket after a title that opens with its year and goes on with its maker: "(2025, dir. Yuki Sato)",
#: "(2024, Regie: Ana Pohl)", "(2023, R: Tim Ott)".
_YEAR_BRACKET = re.compile(
    r"[ \t]*((?:19|20)\d\d)[ \t]*[,;][ \t]*(?:dir\.|directed by|director|regie|r:|von|by)[^()\n]{1,60}\)", re.IGNORECASE
)
_CREDIT_OPENERS = frozenset(
    """mit with starring regie buch drehbuch kamera darsteller darstellerin cast director directed von by produktion
    verleih musik schnitt land jahr laufzeit länge fsk genre idee produzent producer writer screenplay featuring
    foto photo bild quelle""".split()
)
_DIRECTOR_LABEL = re.compile(r"\b(?:Regie|Buch und Regie|Directed by|Written and directed by|Dir\.|R:)")
_RUNTIME = re.compile(r"\b\d{2,3}\s?(?:Min|min|mins|minutes|Minuten)\b")
_YEAR_TITLE = re.compile(r"(?:1[89]|20)\d\d")
_SUBTITLE_SEPARATOR = re.compile(r": | [–—-] ")
#: Lower-case words inside a title ("Abenteuer auf Amrum", "Song of the Sea").
_INNER_WORD = re.compile(
    r"of|the|a|an|and|at|in|on|to|for|from|with|der|die|das|des|dem|den|und|von|vom|im|am|zum|zur|auf|aus|unter|"
    r"über|mit|für|ein|eine|einer|eines|zu|de|la|le|les|du|et"
)
_LETTER = re.compile(r"[^\W\d_]")
#: A column's or tip's label: "Streamingtipp der Woche", "TIPP DES TAGES", "Der Kinotipp am Wochenende",
#: "Our streaming pick of the week" (compared casefolded).
_COLUMN_LABEL = re.compile(
    r"(?:[\w'’-]+ ){0,2}[\w-]*(?:tipp|tip|pick|film|movie|kino|serie|series|stream|streaming|check|kritik|review|"
    r"watch|highlight|empfehlung|perle|start|neustart)s? (?:der woche|des tages|des monats|des jahres|"
    r"am wochenende|zum wochenende|fürs wochenende|of the (?:week|day|month|year|weekend)|for the weekend)"
)
#: The rest of a heading's line calling it a column: " – die Streaming-Kolumne", " | our weekly column".
_COLUMN_AFTER = re.compile(
    r"[ \t]*[–—|:·-][ \t]*(?:(?:die|der|das|eine|ein|unsere|the|our|a|your)[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"[\w-]*(?:[Kk]olumne|[Cc]olumn|[Rr]ubrik|[Nn]ewsletter|[Pp]odcast|[Tt]agebuch|[Dd]iary)[ \t]*(?:\n|$)"
)
# "Die Filmkolumne", "Der Kino-Newsletter", "The Projection Booth Weekly": a heading named as a column or a letter
_COLUMN_NAME = re.compile(r"(?:[\w-]*(?:[Kk]olumne|[Nn]ewsletter|[Pp]odcast)|.* (?:Column|Weekly|Newsletter|Podcast))")
_QUOTE_MARKS = frozenset("„\"“”»«‘’'")
#: An article right before a bare word makes it a common noun, not a title said again: "es gibt ein Alien" beside
#: a quoted „Alien“ that the critic compares with.
_ARTICLE_BEFORE = re.compile(
    r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+$"
)
_POSSESSIVE_SPLIT = re.compile(r"(?<=['’]s )")
_REVIEW_WORDS = frozenset(
    "kritik filmkritik kurzkritik rezension review reviews kritiken filmkritiken kinokritiken rezensionen".split()
)
#: A name used like a person's: "X spielt die Mutter", "X plays", "Xs Film"; not "X spielt auf einer Alm", where a
#: film is set.
_PERSON_AFTER = re.compile(
    r"\s+(?:spielt(?!\s+(?:in|im|auf|am|an|während|zur|zu|um|vor|unter|mitten|irgendwo|fast|ganz|heute)\b)|"
    # "X plays like a radio drama", "X plays out over one night": a film, not an actor
    r"plays(?!\s+(?:like|out|as\s+if|as\s+though|more|less|better|worse|well|best|it|its|both|to)\b)|"
    r"stars|verkörpert|portrays)\b|s\s+(?:Film|Regie|neuer)\b"
)
#: A line under a title that states its facts ("Originaltitel: …", "(OT: …)", "Regie: …", "Director: …").
_FACTS_LABEL = re.compile(
    r"\s*\(?\s*(?:(?:OT|Originaltitel|Original-?[Tt]itel|Original title|Regie|Buch und Regie|Drehbuch und Regie|"
    r"Directors?|Dir\.?)\s*:|(?:Dir\.|Directed by|Written and directed by)\s)",
    re.IGNORECASE,
)
#: A facts line with a year: "Drama | USA 2024 | 96 Min.", "Estland 2024 · 115 Min.", "(2024, USA, 103 min)".
_FACTS_YEAR = re.compile(
    r"(?:19|20)\d\d\b.{0,60}?(?:\b(?:Min|min|Minuten|minutes|mins)\b|\bRegie\b|\bDirect)"
    r"|(?:[|·•/]\s*|\b[A-Z]{1,3}\s|^\(?)(?:19|20)\d\d\b"
    r"|[|·•]\s*[A-ZÄÖÜ][^|·•\n\d]{0,30}?\s(?:19|20)\d\d\b"  # "12A · 108 mins · Japan 2025"
)
_BRACKETED = re.compile(r"[“”\"»«’']?[ \t]*\n?[ \t]*\(([^()\n:;]{2,60})\)")
#: Function words of the languages films come from; a bracketed title using them, in a review written in
#: another language, is the original title.
_FOREIGN_WORDS = frozenset(
    """the of and a an le la les l d un une des du de et au aux el los las del y il lo gli della di da e het een van
    en och og af på på na w z do dos das em um uma no der die das den dem des und ein eine im am vom zum zur
    con per sotto nel nella alla sur sous dans avec pour sin para por bajo entre tra fra för med av ur til
    ze za pod""".split()
)
#: Foreign function words that are English or German words when capitalised ("I", "E"): only in lower case.
_LOWER_FOREIGN = frozenset("i e o".split())
_OWN_WORDS = {
    "de": frozenset("der die das den dem des und ein eine im am vom zum zur".split()),
    "en": frozenset("the of and a an".split()),
}
_YEAR_END = re.compile(r"\s*['’]?(?:19|20)?\d\d$")
#: A line in a box of links to other reviews: a quoted title, a review word, a year in brackets, "A | B".
_LINK_LIKE = re.compile(r"[„“\"»«‘]|\b(?:[Kk]ritik|[Rr]eview|[Rr]ezension)\b|\((?:19|20)\d\d\)|\s\|\s")
_OWNER_THEN_TITLE = re.compile(r"^[^'’]+['’]s (?=(?:The|A|An) |\S+ \S)")
# the end of a sentence inside a run of capitalised words ("Cape Horn. Fireland"); "Mrs. X", "Vol. 2" do not end one
_SENTENCE_BEFORE = re.compile(r"(?<=[a-zäöüß]{3})[.?!] +(?=[A-ZÄÖÜ0-9])")
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
#: A sentence that names films in passing after the one reviewed: "Elsewhere: I also caught …", "Also screening:
#: …", "Außerdem gesehen: …" (compared casefolded, in the sentence before the name).
_PASSING = re.compile(
    r"\b(?:elsewhere|also (?:caught|saw|watched|screening|screened|showing|playing|streaming|new|opening|out)|"
    r"other (?:films|titles|releases|new releases|highlights)|(?:außerdem|ebenfalls|auch) (?:gesehen|neu|im|in|"
    r"läuft|laufen|startet|starten|auf)|weitere (?:filme|neustarts|starts))\b"
)
#: Last words of company names ("Northlight Pictures", "Lichtblick Filmverleih"): distributors, not films.
_COMPANY_WORDS = frozenset(
    """pictures films entertainment studios studio releasing distribution media productions production
    filmverleih verleih filmproduktion features""".split()
)
_CREDITS_FOLLOW = re.compile(r"\.\s+(?:Regie|Buch und Regie|Mit|Director|Directed by|Dir\.|Written and directed)\b")
_WEAK_KINDS = frozenset({"prose", "run"})
#: Words opening an "original" capture that name a language or a version, not a title.
_NOT_ORIGINAL = frozenset(
    """englisch französisch spanisch italienisch deutsch japanisch koreanisch chinesisch russisch english french
    spanish italian german japanese korean chinese russian omu omdu ov of mit ohne with without version fassung
    ton""".split()
)
#: A series', column's or outlet's own noun ending right before a quoted name ("Serie „X“", "Frankenpost-Blog „X“"):
#: the name is the series', not a film's.
_SERIES_NOUNS = (
    *("serie", "reihe", "kolumne", "rubrik", "blog", "podcast", "newsletter", "tagebuch"),
    *("series", "column", "diary"),
)
_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s+")
_MAKER_WORDS = frozenset("von by from mit with starring featuring".split())
#: A rating said in words or numbers: "Zwei von fünf Sternen", "3 out of 4".
_RATING_WORDS = re.compile(
    r"(?i)(?<!\w)(?:\d(?:[.,]\d)?|ein|eins|zwei|drei|vier|fünf|one|two|three|four|five)\s*(?:von|out of|/)\s*"
    r"(?:\d+|fünf|zehn|four|five|ten)\b"
)
#: Last letters of the genre words :data:`GENRE_WORD` ends in, for a cheap test before it.
_GENRE_ENDS = (
    *("drama", "thriller", "komödie", "film", "western", "krimi", "satire", "musical", "biopic", "documentary"),
    *("comedy", "romance", "fantasy", "märchen", "mystery", "dokumentation", "serie", "series", "doku", "horror"),
    *("animation", "action", "abenteuer", "fiction", "sci-fi"),
)
_WEAK_CUES = frozenset("an nach für seit after since than".split())
_COORDINATORS = frozenset("und and oder or sowie".split())
_CLOSING_QUOTES = tuple("“”\"«»’'")
_STRONG_KINDS = frozenset({"headline", "line", "quoted", "caps", "facts"})
_ARTICLES = frozenset("the a an der die das ein eine le la les el il".split())
_CAPITAL_ARTICLES = frozenset("The A An Der Die Das Ein Eine".split())
_SUBTITLE_REST = re.compile(r"[“”\"«»’']?: ([^\n:()]{1,60}?)[“”\"«»’']?[ \t]*(?:\n|$)")
#: Facts after an original title in one bracket: "(OT: De dijkgravin, NL 2025)".
_ORIGINAL_FACTS = re.compile(r",\s+[^,]{0,40}?\b(?:19|20)\d\d\b.*$")
_FACTS_AFTER_YEAR = re.compile(r"[,.]?\s*(?:FSK|\d{2,3}\s?(?:Min|min)|Regie\b|ab \d|Rated\b|PG\b|\d{1,2}A?\b)")
#: A headline's opening possessive: "Marta Quill's ", "Tom Baines’ ".
_OWNER_HEAD = re.compile(r"(?:[A-ZÄÖÜ][\w.-]*\s){0,2}[A-ZÄÖÜ][\w-]*(?:['’]s|s['’]|['’])\s(?=[A-ZÄÖÜ0-9])")
#: A text speaking of a series: "Fortsetzung", "die ersten beiden Teile", "zweite Runde", "the first film".
_SEQUEL_TALK = re.compile(
    r"(?i)(?=[fvtrspizdeona])\b(?:fortsetzung|vorgänger\w*|teile?|reihe|sequel|prequel|franchise|"
    r"(?:first|previous|original|earlier) (?:film|movie|one|instalment|installment)|instal?lment|"
    r"(?:zweite|dritte|vierte|nächste) runde|(?:erste|ersten|zweite|zweiten|dritte|dritten) teil|"
    r"(?:are|is) back|(?:sind|ist) (?:wieder )?(?:da|zurück))\b"
)
#: A sequel's number after its series' name, with or without a subtitle: "die muffels 2", "x ii: the return".
_SEQUEL_NUMBER = re.compile(r" (\d{1,2}|[ivx]{1,4})(?=$|: )")
_SEQUEL_NUMBER_LINES = re.compile(_SEQUEL_NUMBER.pattern, re.MULTILINE)
_ROMAN_SEQUEL = re.compile(r"\s(?:ii|iii|iv|vi|vii|viii|ix)$")
_RIGHTS = re.compile(r"(?i)(?:copyright|©|\(c\)|all rights reserved|alle rechte)")
#: Lower-case words inside a capitalised run that person names do not have (unlike "von", "de", "van").
_TITLE_INNER = frozenset("of the a an in on at to for and or der die das dem den des im am zum zur und auf aus".split())
#: The rest of a label's line: ": Under a Copper Sky", " | X (2024)", " – „X“".
_LABEL_TAIL = re.compile(
    r"\s*(?::|\||[–—]|\s-)\s*[„\"“»«‘']?(?P<title>[^\n„\"“”»«‘’()|:]{2,80}?)[“”\"«»’']?\s*(?:\((?:19|20)\d\d\))?\s*$"
)
_RUN_VERBS = frozenset("is are was were has have ist sind war waren hat haben".split())
_VON_REST = re.compile(r"( (?:von|vom|of|by) [A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+)?)(?=[ \t]*(?:$|\n|[|(]|,\s))")
#: A short line that rates a film: "★★★½", "Rating: 3.5/5", "Bewertung: 4 von 5 Sternen", "Grade: B-".
_RATING_LINE = re.compile(
    r"[ \t]*(?:(?:Our |Unsere |Meine |My )?(?:Bewertung|Wertung|Rating|Grade|Note|Score|Urteil|Verdict)[ \t]*:?[ \t]*)?"
    r"(?:[★☆✩✭⭐½]{2,}[^\n]{0,25}|\d(?:[.,]\d)?[ \t]*(?:/|von|out of|of)[ \t]*(?:4|5|10|100)\b[^\n]{0,25}|"
    r"(?<=: )[A-F][+-]?)[ \t]*(?:\n|$)"
)
#: A line that is one of a site's buttons, under its name.
_SITE_ACTIONS = frozenset(
    w.strip()
    for w in """subscribe|abonnieren|login|log in|sign in|sign up|anmelden|menu|menü|search|suche|newsletter|shop|
    e-paper|abo|abo testen|register|registrieren|donate|spenden|support us""".split("|")
)
#: A maker's role before the name: "Regisseurin Kaja Ohm", "Regie: Kaja Ohm", "director Ann Wells".
#: A quoted work's maker: "„Vaters Garten“ von Lorenz Habicht", "“Tidewater” by Ada Okafor".
_MADE_BY = re.compile(r"[“”\"»«‘’']\s*,?\s+(?:von|by)\s+")
_MAKER_ROLE = re.compile(
    r"\b(?:Regisseur(?:in)?|Regie\s*:|Filmemacher(?:in)?|Drehbuchautor(?:in)?|[Dd]irector|[Ff]ilmmaker|"
    r"[Ww]riter-director)\s+"
)
#: A maker's role or "by" after a quoted title, before the maker's name (:func:`_surname_of_named_person`).
_MAKER_CUE = LedPattern(rf"(?:{_MAKER_ROLE.pattern}|{_MADE_BY.pattern})")
#: The opening of a headline's teaser after a colon: "Ein Krimi ohne Mörder", "A quiet drama about …".
_TEASER_OPENING = re.compile(r"(?:Ein|Eine|Einer|A|An)\s")
#: How far down a shouted rubric line may stand ("TIPP DES TAGES", "STREAMING-KOMPASS" under a menu row).
_RUBRIC_LIMIT = 200
_GENERIC_INSIDE = frozenset("film films movie kritik review filme".split())
_SEQUEL_HEAD = re.compile(r"\s(?:\d{1,2}|[ivx]{1,4})$")
_SEQUEL_AT = re.compile(
    r" (?=(?:teil |part |chapter |kapitel |vol\. |volume )?(?:\d{1,2}|[ivx]{1,4}|two|three|zwei|drei)\b)"
)
#: A short line of buttons or links: "▶ Jetzt streamen | + Merkliste", "Watch trailer | Share".
#: An info box's title label: "Titel: X", "Deutscher Titel: X", "Title: X" (not "Originaltitel: X").
_TITLE_LABEL = re.compile(
    r"^(?=[TtDdVvFfGgRr])(?:Titel|Filmtitel|Deutscher Titel|Verleihtitel|Title|Film title|Release title|German title|"
    r"UK title|US title)[ \t]*:[ \t]*(?P<title>[^\n]{2,90}?)[ \t]*(?:\((?:19|20)\d\d\))?[ \t]*$",
    re.MULTILINE,
)
#: A line naming an outlet's issue: "The Flicker Newsletter — Issue 47", "Ausgabe 12/2026", "Heft 48".
_ISSUE = re.compile(
    r"(?<!\w)(?:Issue|Ausgabe|Heft|Vol\.|Volume|Jahrgang|No\.|Nr\.|Episode|Folge)\s*#?\d+\b(?![^\n]*:\s)"
)
_CONSENT_STEMS = ("cookie", "datenschutz", "privacy", "einwilligung", "consent")
_CONSENT_WORDS = re.compile(r"(?i)\bcookies?\b|datenschutz|privacy|einwilligung|consent")
_BUTTONS = re.compile(r"[^\n.!?]{0,40}(?:[|▶►]|\+ )[^\n.!?]{0,40}(?=\n)")
_QUOTE_MARK = re.compile(r"['’\"“”‘]")
_WORK_NOUN_END = re.compile(r"\b(?:film|films|movie|roman|novel|serie|series|debüt|debut|werk|hit|hits)$")
_DATED_AFTER = re.compile(r"[ \t]+((?:19|20)\d\d)[ \t]*")
_CREDITS_YEAR = re.compile(r",\s*((?:19|20)\d\d)\)\s*$")
_YEAR_RUNTIME = re.compile(
    r"((?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d\d)(?:[.,]|\s+[·•|])?\s+\d{2,3}\s?(?:Min|min|mins|minutes|Minuten)\b"
)
#: :data:`_YEAR_RUNTIME` as first written.
YEAR_RUNTIME_PLAIN = (
    r"(?=[12])(?<![\d.])((?:19|20)\d\d)(?:[.,]|\s+[·•|])?\s+\d{2,3}\s?(?:Min|min|mins|minutes|Minuten)\b"
)
_STORY_YEAR = re.compile(r":\s")
_CREDITS_AFTER = re.compile(
    r"\s*\(\s*(?:director|directors|dir\.|directed by|regie|regisseur|regisseurin)\b", re.IGNORECASE
)
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛´`"} | {c: '"' for c in "“”„‟«»"})
_KEY_FORMS = _DASHES | _QUOTES  # one pass over a name instead of two


@dataclass
class Candidate:
    """Every sighting of one name, pooled."""

    key: str
    spans: list[TitleSpan] = field(default_factory=list)
    score: float = 0.0
    occurrences: list[tuple[int, int]] = field(default_factory=list)

    # Both are asked for many times once the sightings are pooled; they are worked out once.
    _text: str = field(default="", repr=False)
    _first: int = field(default=-1, repr=False)

    @property
    def text(self) -> str:
        """The spelling to report: the first mixed-case sighting, else the first one."""
        if not self._text:
            mixed = [s for s in self.spans if not s.text.isupper()]
            chosen = min(
                mixed or self.spans,
                key=lambda s: (_INVERTED.search(s.text.casefold()) is not None, s.how != "headline", s.start),
            )
            # "Hilfe, die Nachbarn kommen!": a headline capture drops the closing mark a quote keeps
            marked = [s.text for s in self.spans if s.text[:-1] == chosen.text and s.text[-1:] in "!?"]
            self._text = marked[0] if marked else chosen.text
        return self._text

    @property
    def first(self) -> int:
        if self._first < 0:
            self._first = min(s.start for s in self.spans)
        return self._first


@lru_cache(maxsize=2048)  # a page names its candidates many times over; the same names recur across spans
def key_of(title: str) -> str:
    """The comparison form of a title: case, dashes, quotes and spacing unified."""
    key = " ".join(title.translate(_KEY_FORMS).split()).casefold().strip(" .,:;!?\"'")
    inverted = _INVERTED.search(key) if "," in key else None  # "nine lives of ezra cole, the" = "the nine lives …"
    return f"{inverted.group(1)} {key[: inverted.start()]}" if inverted else key


def annotate(analysis: Analysis) -> None:
    """Fill ``film.title``, ``original_title``, ``local_titles``, ``year`` and title warnings."""
    text = analysis.text
    data = lang.data(analysis.language, "titles")
    spans = collect(text, data, analysis.language)
    originals = _plausible_originals([_with_subtitle(text, s) for s in original_cues(text, data)])
    candidates = rank(text, spans, data, analysis.language, analysis.lowered)
    analysis.notes["title_spans"] = spans
    analysis.notes["title_candidates"] = candidates
    if not candidates:
        return
    film = analysis.record.film
    best = _choose(candidates, originals)
    film.title = TextFact(_spelling(text, best), evidence=_evidence(best))
    original = _original(originals, best) or _bracketed_original(text, best, analysis.language)
    if original is not None:
        film.original_title = original
    variants = find_variants(spans, best.key)
    misspelt = {key_of(v.found) for v in variants}
    film.local_titles = _local_titles(best, [c for c in candidates if c.key not in misspelt], analysis.language)
    if film.original_title is not None and not film.local_titles:
        # "Die Reise nach Norden 2 (im Original „North Road 2“)": the title used is the local release title.
        film.local_titles = [LocalTitle(best.text, analysis.language, evidence=_evidence(best))]
    year = _year(text, best, analysis)
    if year is not None:
        film.year = year
    analysis.record.warnings.extend(_variant_warnings(variants))


def _spelling(text: str, best: Candidate) -> str:
    """The name as the page writes it: a title shouted in a headline ("HARBOR NIGHTS") and written in mixed case
    in the running text is reported in mixed case. A single word stays as shouted: "NORA" may name the film and
    "Nora" its heroine."""
    if not best.text.isupper() or " " not in best.key:
        return best.text
    for start, end in best.occurrences:
        found = text[start:end]
        if not found.isupper() and key_of(found) == best.key:
            return found
    return best.text


def _with_subtitle(text: str, span: TitleSpan) -> TitleSpan:
    """ "Originaltitel: Fnugg og Fips 2: Nordlysets hemmelighet": the capture stopped at the colon of a subtitle;
    "Originaltitel: Der letzte Walzer von Wien | Österreich 2025": at "von", as if a director followed."""
    von = _VON_REST.match(text, span.end)
    if von is not None and not person_shaped(von.group(1), "de"):
        return TitleSpan(text[span.start : von.end(1)], span.start, von.end(1), span.how)
    m = _SUBTITLE_REST.match(text, span.end)
    if m is None or not subtitled(f"{span.text}: {m.group(1)}"):
        return span
    return TitleSpan(f"{span.text}: {m.group(1)}", span.start, m.end(1), span.how)


def _plausible_originals(spans: list[TitleSpan]) -> list[TitleSpan]:
    """Original-title sightings that name a title: capitalised, not a language ("im Original Englisch"); of two
    cues reading from the same place, the shorter stops where the title does ("im Original X, ist …")."""
    shortest: dict[int, TitleSpan] = {}
    for span in spans:
        first = span.text.split(maxsplit=1)[0] if span.text.strip() else ""
        if not first or not (first[0].isupper() or first[0].isdigit()) or first.casefold() in _NOT_ORIGINAL:
            continue
        if span.start not in shortest or len(span.text) < len(shortest[span.start].text):
            shortest[span.start] = span
    return [s for s in spans if shortest.get(s.start) is s]


def collect(text: str, data: object, language: str = "en") -> list[TitleSpan]:
    """Every sighting of a title-shaped name in ``text``."""
    navigation: frozenset[str] = getattr(data, "NAVIGATION", frozenset())
    spans = headline_cues(text, data, _HEAD_LIMIT)  # type: ignore[arg-type]
    spans += headline_lines(text, navigation, _HEAD_LIMIT)
    spans += quoted(text)
    spans += caps(text)
    spans += prose_cues(text, data)  # type: ignore[arg-type]
    spans += _recurring_runs(text, language)
    boxes = _related_boxes(text, data)
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
        and not (s.how == "headline" and _RATING_WORDS.search(s.text))  # "Unsere Kritik: Zwei von fünf Sternen"
    ]
    spans += _headline_heads(text, [s for s in spans if s.how == "headline"])
    spans += _headline_heads(text, _sentence_headlines(text))
    spans += _possessive_heads(text, [s for s in spans if s.how in ("line", "headline") and s.start < _HEAD_LIMIT])
    spans += _colon_titles(text, [s for s in spans if s.how in ("line", "headline")])
    spans += _headline_tails(text, [s for s in spans if s.how == "line" and s.start < 300])
    spans += _facts_titles(text, navigation, language)
    labelled = _labelled_titles(text)
    if labelled:  # "Titel: Die Brüder von Kaltenbrunn": a headline cue's capture cut at "von" gives way to the label's
        starts = {s.start: s.text for s in labelled}
        spans = [s for s in spans if not (s.start in starts and starts[s.start].startswith(s.text + " "))]
        spans += labelled
    spans = [_prose_trimmed(s) if s.how == "prose" else s for s in spans]
    # "… the home of Mr. Ahankhah. He follows him": what is left after a sentence's end may be its first word
    spans = [s for s in spans if s.how != "prose" or _plausible(key_of(s.text), navigation)]
    spans = [s for s in spans if not (s.how == "prose" and _surname_of_named_person(text, s.text))]
    spans = [s for s in spans if not (s.how == "prose" and _ROLE_THEN_NAME.match(s.text))]  # "Director Kofi Mensah"
    spans += [  # "Das Problem" said once gives no "Das"
        s for s in _prose_heads(text, [s for s in spans if s.how == "prose"]) if _plausible(key_of(s.text), navigation)
    ]
    if not spans:  # nothing title-shaped: fall back on runs seen once ("with Quiet Harbour, ...")
        spans = [
            s
            for s in _recurring_runs(text, language, 1)
            if _plausible(key_of(s.text), navigation)
            and not DATE_LIKE.search(s.text)  # "Friday, May 16, 2025"
            and not _ROLE_FIRST.match(s.text)  # "Regisseur Darius Kairys"
        ]
    return spans


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
def _related_label(data: ModuleType) -> re.Pattern[str] | None:
    labels: tuple[str, ...] = getattr(data, "RELATED_LABELS", ())
    if not labels:
        return None
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    # "[ \t]", not "\s": a label alone on its line ("Mehr Kritiken") keeps its links on the lines below
    return re.compile(rf"[ \t>»•*-]*(?:{alternatives})\b[ \t]*:?", re.IGNORECASE)


def _related_boxes(text: str, data: object) -> list[tuple[int, int]]:
    """ "Das könnte Sie auch interessieren:", "Also read: ‘X’ review", "More reviews: A | B": links to other
    reviews. The label's line and the link-like lines below it are no sighting of the film reviewed."""
    label = _related_label(data)  # type: ignore[arg-type]
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
            head = " ".join(words[:n])
            if not head[:1].isupper() or head.casefold() in _SMALL_WORDS:
                continue
            # Said again on its own ("Dead Air follows ..."), not only as part of a longer name ("Snow Day Heist").
            alone = rf"(?<![\w-]){re.escape(head)}(?![\w-])(?!\s+{re.escape(words[n])})"
            if len(re.findall(alone, text[span.end :])) >= 1:
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
            alone = rf"(?<![\w-]){re.escape(head)}(?![\w-])(?!\s+{re.escape(words[n])})"
            if re.search(alone, text[span.end :]):
                start = span.start + owner.end()
                found.append(TitleSpan(head, start, start + len(head), "line"))
                break
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


def _facts_rest(rest: str) -> bool:
    """The rest of a line states a film's facts: a director's label, or a year beside a country or a runtime."""
    if _DIRECTOR_LABEL.search(rest):
        return True
    year = _ANY_YEAR.search(rest)
    if year is None:
        return False
    return bool(_RUNTIME.search(rest)) or places.gazetteer().country_list.search(rest[: year.start()]) is not None


def _headline_tails(text: str, lines: list[TitleSpan]) -> list[TitleSpan]:
    """ "How Ann Lee Made The Salt Children": a title-cased headline sentence said once whose closing words the
    body says again on their own names the film there; the longest such tail is taken."""
    found = []
    for span in lines:
        words = span.text.split()
        if len(words) < 5 or text.count(span.text) > 1:
            continue  # "Die Brücke von Kars" is a title, not a sentence about "Kars"
        title_cased = all(w[:1].isupper() or w.casefold() in _SMALL_WORDS for w in words)
        for n in range(min(5, len(words) - 2), 0, -1):
            tail = " ".join(words[-n:])
            if not tail[:1].isupper() or tail.casefold() in _SMALL_WORDS or (n == 1 and not title_cased):
                continue
            if _maker_before(words[: len(words) - n]):
                continue  # "Neuer Film von Hanna Vogt": the line's end names the maker, not the film
            alone = re.compile(rf"(?<![\w-]){re.escape(tail)}(?![\w-])")
            if any(m.start() >= span.end for m in alone.finditer(text, span.end)):
                tail = _with_article(text, span, words[-n - 1], tail)
                start = span.end - len(tail)
                found.append(TitleSpan(tail, start, span.end, "line"))
                break
    return found


def _with_article(text: str, span: TitleSpan, before: str, tail: str) -> str:
    """ "Kinderfilm-Check: Der Drache im Keller" / "Der Drache im Keller ist …": the capitalised article before a
    headline's tail belongs to the title when the body says the name again with it."""
    if before not in _CAPITAL_ARTICLES or not text.endswith(f"{before} {tail}", 0, span.end):
        return tail
    whole = re.compile(rf"(?<![\w-]){re.escape(before)} {re.escape(tail)}(?![\w-])")
    return f"{before} {tail}" if whole.search(text, span.end) else tail


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
        words = rest.split()
        best = before_dash = ""
        for n in range(1, min(len(words), 6) + 1):
            word = words[n - 1]
            inner = n > 1 and (_INNER_WORD.fullmatch(word) or word in ("–", "—", "-"))  # "X: Y – Final Count"
            if not (word[:1].isupper() or word[:1].isdigit() or inner):
                break
            candidate = f"{span.text}{separator.group()}{' '.join(words[:n])}"
            if text.count(candidate) < 2:
                break
            if word in ("–", "—", "-"):
                before_dash = best
            if word[:1].isupper() or word[:1].isdigit():
                best = candidate
        if before_dash and best != before_dash and text.count(before_dash) > text.count(best):
            # "Stormbreak II: Tidal Fury – I Watched It So You Don't Have To", headline and footer, and
            # "Stormbreak II: Tidal Fury does not …": the blog's quip after the dash is no part of the title
            best = before_dash
        if best:
            found.append(TitleSpan(best, span.start, span.start + len(best), span.how))
    return found


def _prose_trimmed(span: TitleSpan) -> TitleSpan:
    """ "Grace Adeyemi's The Drum Maker" names the film after the owner; "Deichliebe ist die Art von Film"
    ran on into the sentence's verb."""
    value, start = span.text, span.start
    # "… rounding Cape Horn. Fireland is the better film": a capture that ran back over a sentence's end starts after it
    ends = [m.end() for m in _SENTENCE_BEFORE.finditer(value)]
    if ends:
        value, start = value[ends[-1] :], start + ends[-1]
    owner = _OWNER_THEN_TITLE.match(value)
    if owner is not None:
        value, start = value[owner.end() :], start + owner.end()
    verb = _VERB_INSIDE.search(value)
    if verb is not None:
        value = value[: verb.start()]
    return span if value == span.text else TitleSpan(value, start, start + len(value), span.how)


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
    named: re.Pattern[str] | None = None
    for cue in _MAKER_CUE.finditer(text):
        if named is None:
            named = re.compile(rf"(?:[A-ZÄÖÜÀ-Þ][\w'’.-]+\s+){{1,2}}{re.escape(value)}\b")
        if named.match(text, cue.end()):
            return True
    return False


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
            alone = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-])(?!\s+{re.escape(words[n])})")
            if any(m.start() != span.start for m in alone.finditer(text)):
                found.append(TitleSpan(head, span.start, span.start + len(head), "prose"))
                break
    return found


def _prose_capture(value: str) -> bool:
    """A headline cue that caught body text: a sentence break inside, or a long sentence-case run."""
    if _SENTENCE_BREAK.search(value):
        return True
    words = value.split()
    lower = sum(1 for w in words[1:] if w[:1].islower() and w.casefold() not in _SMALL_WORDS)
    return len(words) > 10 and lower > 2


def _plausible(key: str, navigation: frozenset[str]) -> bool:
    words = set(_WORDS.findall(key))
    if (
        key in navigation
        or words & _REVIEW_WORDS
        or not _LETTER.search(key)
        or _DOMAIN.fullmatch(key)
        or _COLUMN_LABEL.fullmatch(key)
    ):
        return False
    return not (len(words) == 1 and (key in _SENTENCE_STARTERS or key in _POSSESSIVES))


def _recurring_runs(text: str, language: str, minimum: int = 2) -> list[TitleSpan]:
    """Title-cased runs of two or more words that recur: unquoted titles in prose ("Quiet Harbour")."""
    runs: dict[str, list[int]] = {}
    for m in _TITLE_CASE_RUN.finditer(text):
        # "Tomas Ferrell's The Salt Road": the possessive ends one name and starts the next.
        # "The Lighthouse Keeper's Ledger": a possessive before one last word is inside the title.
        offset = m.start()
        run = m.group()
        for piece in _possessive_pieces(run) if ("'s " in run or "’s " in run) else (run,):
            value = piece.rstrip()
            if " " in value:
                runs.setdefault(value, []).append(offset)
                if value.startswith(_LEADING_WORDS):  # one C-level test: most runs open with a name
                    # "In Lotte & Fips 2 verwechseln sie …": a sentence's first word is no part of the title
                    cut = value.find(" ")
                    if value[cut + 1 : cut + 2].isupper() and " " in value[cut + 1 :]:
                        runs.setdefault(value[cut + 1 :], []).append(offset + cut + 1)
            offset += len(piece)
    return [
        TitleSpan(value, starts[0], starts[0] + len(value), "run")
        for value, starts in runs.items()
        if len(starts) >= minimum
        and not _person_before(text[max(0, starts[0] - 14) : starts[0]])
        and not person_shaped(value, language)
        and not (" and " in value and _names_joined(value, language))
    ]


def _names_joined(value: str, language: str) -> bool:
    """ "Nora and Hae Sung": two persons joined by "and", not a title ("Two Weddings and a Heist")."""
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
        if " " in piece.strip():
            merged.append(piece)
        else:
            merged[-1] += piece
    return merged


def _ends_in_word(value: str, language: str) -> bool:
    """ "Kitchen Table", "Salt Widow": an English run that opens and ends with words critics write in lower case,
    none of them a first name, is a title rather than a person ("Helen Marsh", "Do Yun" are persons)."""
    if language != "en" or " " not in value:
        return False
    lex = names.lexicon()
    ends = (value.split(" ", 1)[0], value.rsplit(" ", 1)[1])
    return all(lex.is_common(w, language) and not lex.is_first_name(w) for w in ends)


def _first_name_only(value: str, language: str) -> bool:
    lex = names.lexicon()
    return " " not in value and lex.is_first_name(value) and not lex.is_common(value, language)


def person_shaped(value: str, language: str) -> bool:
    """ "Mira Holt", "Jean-Luc Picard": two or three capitalised words after a first name."""
    words = value.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    lex = names.lexicon()
    if not lex.is_first_name(words[0]) or lex.is_common(words[0], language):
        return False
    # "Sunday Drivers", "Grace Keepers": an English word critics write in lower case ends a title, not a surname
    return not (language == "en" and lex.is_common(words[-1], language) and not lex.is_first_name(words[-1]))


def rank(
    text: str, spans: Iterable[TitleSpan], data: object, language: str = "en", lowered: str | None = None
) -> list[Candidate]:
    """Pool sightings by name and score them; best first (``lowered``: the text lower-cased, when known)."""
    pooled: dict[str, Candidate] = {}
    for span in spans:
        key = key_of(span.text)
        if len(key) < 2:
            continue
        pooled.setdefault(key, Candidate(key)).spans.append(span)
    mention_cues = tuple(getattr(data, "MENTION_CUES", ()))
    lowered = text.lower() if lowered is None else lowered
    for cand in pooled.values():
        cand.occurrences = _occurrences(text, cand, lowered)
    _series_apart(pooled)
    mastheads = []
    for cand in pooled.values():
        cand.score = _score(text, cand, mention_cues, language)
        if _masthead(text, cand, getattr(data, "NAVIGATION", frozenset())) or _outlet_name(
            text, cand, getattr(data, "OUTLET_WORDS", frozenset())
        ):
            mastheads.append(cand)
    # "Stillwater Bay" / "Reviews" / "Brian Ashdown" / "January 5, 2026": with nothing but a byline below, the
    # name over the section label is the film's heading, not the outlet's.
    if any(
        c not in mastheads
        and (
            len(c.occurrences) >= 2  # a name the text repeats ("Grace Under Water", "Cold Harbour")
            or (any(s.how in _STRONG_KINDS for s in c.spans) and not person_shaped(c.text, language))
        )
        for c in pooled.values()
    ):
        for cand in mastheads:
            cand.score -= 4.0
    _tagline_masthead(text, pooled)
    _outlet_over_sections(text, pooled, getattr(data, "NAVIGATION", frozenset()))
    _furniture_masthead(text, pooled, getattr(data, "NAVIGATION", frozenset()))
    _fold_subtitled(pooled, text)
    _sequel_over_predecessor(text, pooled)
    _fold_prefixes(pooled)
    _fold_headline_sentences(pooled)
    _label_then_title(text, pooled)
    _rated_line(text, pooled)
    _second_line_over_first(text, pooled)
    _most_named_over_passing(text, pooled)
    _heading_over_passing(text, pooled)
    _compared_in_headline(text, pooled)
    _brand_over_sentence_headline(text, pooled, language)
    _rubric_over_film(text, pooled, language)
    _column_names(text, pooled)
    _cue_over_heading(text, pooled, language)
    _teaser_after_colon(pooled)
    return sorted(pooled.values(), key=lambda c: (-c.score, c.first))


def _fold_headline_sentences(pooled: dict[str, Candidate]) -> None:
    """ "Review: The Salt Road Drives Deep Into the Desert": a headline capture said once that
    starts with a name the text repeats gives its weight to that name."""
    for cand in pooled.values():
        if len(cand.occurrences) > 1 or not any(s.how == "headline" for s in cand.spans) or " " not in cand.key:
            continue
        sentence = _QUOTE_MARK.sub("", cand.key)
        sentence = sentence[3:] if sentence.startswith("in ") else sentence  # "Review: In Harbor Lights, a …"
        heads = [
            other
            for other in pooled.values()
            if other is not cand
            and sentence.startswith((other.key + " ", other.key + ","))
            and len(other.occurrences) >= 2
        ]
        if heads:
            head = max(heads, key=lambda c: len(c.key))
            head.score += _WEIGHT["headline"]
            cand.score -= _WEIGHT["headline"]
    for cand in pooled.values():
        # "My thoughts on Starlight Motel": a headline line said once that ends with a name the text repeats,
        # after words in lower case, is a sentence about that name.
        if len(cand.occurrences) > 1 or len(cand.spans) > 1 or cand.spans[0].how != "line":
            continue
        tails = [
            other
            for other in pooled.values()
            if other is not cand and cand.key.endswith(" " + other.key) and len(other.occurrences) >= 2
        ]
        lead = cand.text.split()[: -len(tails[0].key.split())] if tails else []
        if tails and any(w.islower() and w not in _SMALL_WORDS for w in lead[1:]):
            moved = min(cand.score, _WEIGHT["line"])
            max(tails, key=lambda c: len(c.key)).score += moved
            cand.score -= moved


def _rated_line(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Sweetwater Road" / "★★★ (out of four)", "Musterland" / "Bewertung: 4 von 5": the rating attaches to the line
    above it. Of the names on that line, the one the text says most often gets the vote ("Cillian Byrne in
    Ironworks" / "★★★★☆": Ironworks)."""
    on_line: dict[int, list[Candidate]] = {}
    for cand in pooled.values():
        for span in cand.spans:
            if span.how == "run":
                continue
            line_end = text.find("\n", span.end)
            if line_end >= 0 and line_end - span.end <= 80 and all(c is not cand for c in on_line.get(line_end, [])):
                on_line.setdefault(line_end, []).append(cand)
    for line_end, cands in on_line.items():
        if len(text) - line_end > 1 and _RATING_LINE.match(text, line_end + 1):
            best = max(cands, key=lambda c: (len(c.occurrences), len(c.key)))
            best.score += 2.0


def _label_then_title(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Tonight's film: Under a Copper Sky", "Adventskalender, Türchen 14: Der Engel von Glasberg (2024)": a heading
    said once whose line goes on, after a colon, bar or dash, with a name the text says again is a label; the name
    after it is the film."""
    for label in list(pooled.values()):
        if len(label.occurrences) > 1:
            continue
        for span in label.spans:
            if span.how != "line" or span.start > 400 or not _at_line_start(text, span.start):
                continue
            line_end = text.find("\n", span.end)
            rest = text[span.end : line_end if line_end >= 0 else len(text)]
            m = _LABEL_TAIL.match(rest)
            film = pooled.get(key_of(m.group("title"))) if m else None
            if (
                film is None
                or film is label
                or len(film.occurrences) < 2
                or film.score >= label.score + 2.5
                or film.key in _GENERIC
                or _MOVIE_SUFFIX.fullmatch(film.key)  # "Die Mondfahrer – Der Film": a series' film, not a label
            ):
                continue
            moved = min(label.score, _WEIGHT["line"])
            film.score += moved
            label.score -= moved
            break


def _most_named_over_passing(text: str, pooled: dict[str, Candidate]) -> None:
    """A page about several films reviews the one it names most: a film named once in passing in the running text
    ("Ebenfalls stark: das Drama „X“") does not beat a quoted or headline title the text names three times."""
    repeated = [c for c in pooled.values() if len(c.occurrences) >= 3 and any(s.how in _STRONG_KINDS for s in c.spans)]
    if not repeated:
        return
    top = max(c.score for c in repeated)
    for cand in pooled.values():
        if (
            len(cand.occurrences) <= 1
            and cand.score >= top
            and not any(s.how in ("headline", "line") or _at_line_start(text, s.start) for s in cand.spans)
            and not any(_sequel_of(cand.key, c.key) for c in repeated)  # "„Die Muffels 2: Chaos im Zoo“"
        ):
            cand.score = top - 0.1


def _heading_over_passing(text: str, pooled: dict[str, Candidate]) -> None:
    """A page that is a heading and then the review ("Der Nachtportier" / "Ein Hotel in Leipzig. … Wer „Grand
    Budapest Hotel“ mochte, …"): the heading names the film, and a work the body quotes once in passing after its
    lead sentence, a comparison or the director's earlier film, does not beat it."""
    first_end = text.find("\n")
    if first_end <= 0:
        return
    body_end = text.find("\n", first_end + 1)
    body = text[first_end + 1 : body_end if body_end >= 0 else len(text)]
    lead = _SENTENCE_BREAK.search(body)
    if len(body) < 150 or lead is None:
        return  # a second heading, a byline or a facts line: the page's top has more parts than a heading
    heading = [
        c
        for c in pooled.values()
        if any(s.how in ("line", "headline") and s.start == 0 for s in c.spans)
        and not _GENERIC_INSIDE & set(c.key.split())  # "Drei Fragen an den Film": a column's label
        and not GENRE_WORD.fullmatch(c.key)  # a genre's label ("Drama") heading the page protects no film
    ]
    if not heading:
        return
    top = max(c.score for c in heading)
    for cand in pooled.values():
        if (
            cand.score >= top
            and len(cand.occurrences) <= 1
            # the lead sentence names the film under a teaser heading ("Die Komödie „X“ nimmt … aufs Korn"); a
            # work named later in passing is the comparison
            and cand.first > first_end + 1 + lead.start()
            and all(s.how in ("quoted", "prose", "run", "caps") for s in cand.spans)
        ):
            cand.score = top - 0.1


def _compared_in_headline(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Die Brücke von Sankt Anna" / "Was „Die Fähre“ vor fünf Jahren versprach, …", "Von „Kaltfront“ zu
    „Nordwind“": a film quoted inside a headline sentence, beside or under another film's name, is the comparison
    (the maker's earlier film, a model) when the running text names that other film more often."""
    for cand in pooled.values():
        quoted_in_line = [
            s
            for s in cand.spans
            if s.how == "line"
            and s.start < _HEAD_LIMIT
            and text[s.start - 1 : s.start] in _QUOTE_MARKS
            and not _whole_line(text, s.start - 1, s.end + 1)
        ]
        if not quoted_in_line:
            continue
        line_end = text.find("\n", quoted_in_line[0].end)
        line_end = len(text) if line_end < 0 else line_end
        in_body = sum(start > line_end for start, _ in cand.occurrences)
        for other in pooled.values():
            if other is cand or other.score > cand.score or person_shaped(other.text, "en"):
                continue
            other_body = sum(start > line_end for start, _ in other.occurrences)
            if (
                other_body >= 2
                and other_body > in_body
                and other.first < line_end
                and any(s.how in ("line", "quoted", "headline") and s.start < line_end for s in other.spans)
            ):
                cand.score = other.score - 0.1


def _brand_over_sentence_headline(text: str, pooled: dict[str, Candidate], language: str) -> None:
    """ "SCREENWISE" / "A small-town murder, a silent priest and …" / … In “The Quiet Parish,” the new thriller …:
    one shouted word on the page's first line, said once or again only in the copyright line ("© SCREENWISE
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
            " " in cand.key
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


def _column_names(text: str, pooled: dict[str, Candidate]) -> None:
    """ "COUCHKINO – die Streaming-Kolumne", "Reel Talk | our weekly column": a heading that its own line calls a
    column, a newsletter or a podcast names that column, not the film it discusses this week."""
    for cand in pooled.values():
        for span in cand.spans:
            if span.how not in ("line", "caps", "headline") or span.start > _HEAD_LIMIT:
                continue
            if _at_line_start(text, span.start) and (
                _COLUMN_AFTER.match(text, span.end)
                or (len(cand.occurrences) <= 1 and _COLUMN_NAME.fullmatch(cand.text.split(" ", 1)[-1]))
            ):
                cand.score -= 4.0
                break


def _cue_over_heading(text: str, pooled: dict[str, Candidate], language: str) -> None:
    """ "Arrow Video review" / "Moonlight Motel" / … Moonlight Motel is …: a review cue's capture said once, over a
    heading line of its own that the body says again, is the label's (a disc label, a section); the heading names
    the film."""
    for cand in list(pooled.values()):
        if len(cand.occurrences) > 1 or not cand.spans or any(s.how != "headline" for s in cand.spans):
            continue
        line_end = text.find("\n", cand.spans[0].end)
        if line_end < 0 or cand.spans[0].start > _HEAD_LIMIT:
            continue
        below = line_end + 1 + len(text[line_end + 1 :]) - len(text[line_end + 1 :].lstrip())
        heads = [
            c
            for c in pooled.values()
            if c is not cand
            and len(c.occurrences) >= 2
            and c.key not in _GENERIC
            and not person_shaped(c.text, language)
            and any(s.how == "line" and s.start == below and _whole_line(text, s.start, s.end) for s in c.spans)
        ]
        if heads and max(c.score for c in heads) < cand.score:
            film = max(heads, key=lambda c: c.score)
            film.score, cand.score = cand.score + 0.1, film.score


def _teaser_after_colon(pooled: dict[str, Candidate]) -> None:
    """ "Kalter Hafen: Ein Krimi ohne Mörder", "Glass Orchard: A Mess Worth Seeing": after the colon an indefinite
    article and a description (a genre word among its first words) is the headline's teaser, not a subtitle; the
    name before the colon is the film."""
    for cand in list(pooled.values()):
        head, colon, rest = cand.text.partition(": ")
        if not colon or not _TEASER_OPENING.match(rest) or not GENRE_WORD.search(" ".join(rest.split()[1:4])):
            continue
        film = pooled.get(key_of(head))
        if film is None or film is cand or cand.score < film.score:
            continue
        film.score, cand.score = cand.score + 0.1, film.score


def _whole_line(text: str, start: int, end: int) -> bool:
    """The span is its line, alone: a label line ("FILM DER WOCHE"), not a heading that goes on with the film's
    facts ("FORT APACHE (director: …)")."""
    line_end = text.find("\n", end)
    return _at_line_start(text, start) and not text[end : line_end if line_end >= 0 else len(text)].strip()


def _at_line_start(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


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
        )
    ]
    if not below:
        return
    mastheads = [
        c for c in pooled.values() if len(c.occurrences) <= 1 and all(s.start <= masthead_end for s in c.spans)
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


def _series_apart(pooled: dict[str, Candidate]) -> None:
    """ "Rabenherz 2: Die Krone aus Asche" is not a sighting of "Rabenherz": in a series, the numbered
    film's name does not count for the earlier film's."""
    keys = list(pooled)
    joined = "\n".join(keys)  # one regex pass over all names instead of one per name
    numbers = list(_SEQUEL_AT.finditer(joined))
    if numbers:
        starts = list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
        inside: dict[str, set[int]] = {}
        for number in numbers:
            index = bisect_right(starts, number.start()) - 1
            other = pooled[keys[index]]
            head = other.key[: number.start() - starts[index]]
            if head in pooled:
                inside.setdefault(head, set()).update(start for start, _end in other.occurrences)
        for key, found in inside.items():
            pooled[key].occurrences = [o for o in pooled[key].occurrences if o[0] not in found]
    # "Galway" from "Seven Summers in Galway" (read as "Name in Film"): a weak name inside a repeated headline
    # title is no sighting of its own there.
    hows = {key: {s.how for s in cand.spans} for key, cand in pooled.items()}
    strong = [c for c in pooled.values() if len(c.occurrences) >= 2 and not hows[c.key] <= _WEAK_KINDS]
    if not strong:
        return
    for cand in pooled.values():
        if not hows[cand.key] <= _WEAK_KINDS:
            continue
        longer = [o.occurrences for o in strong if len(o.key) > len(cand.key) and cand.key in o.key]
        if longer:
            cand.occurrences = [
                (start, end)
                for start, end in cand.occurrences
                if not any(
                    o_start <= start and end <= o_end for occurrences in longer for o_start, o_end in occurrences
                )
            ]


def _second_line_over_first(text: str, pooled: dict[str, Candidate]) -> None:
    """Two title-like lines opening a page, each said once ("Little White Lies" / "The Salt Marsh"): the first
    is the outlet's name more often than the film, so the second wins a tie."""
    first_end = text.find("\n")
    if first_end < 0:
        return
    second_start = first_end + 1 + (len(text[first_end + 1 :]) - len(text[first_end + 1 :].lstrip()))
    opening = [
        c for c in pooled.values() if len(c.occurrences) <= 1 and c.first <= second_start and c.spans[0].how == "line"
    ]
    opening = [c for c in opening if all(s.how in ("line", "caps") for s in c.spans)]  # "DIE FILMLUPE" / "Salzkinder"
    first = [c for c in opening if all(s.start == 0 for s in c.spans)]
    second = [
        c
        for c in opening
        if all(s.start == second_start for s in c.spans)
        and all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in c.text.split())  # "The Salt Marsh"
    ]
    if first and second and not _facts_line(text, second_start):
        for cand in first:
            cand.score = min(cand.score, max(c.score for c in second) - 0.3)


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


def _score(text: str, cand: Candidate, mention_cues: tuple[str, ...], language: str) -> float:
    score = 0.0
    seen_lines: set[tuple[str, int]] = set()
    navigation: frozenset[str] = getattr(lang.data(language, "titles"), "NAVIGATION", frozenset())
    other_work = _introduced_as_other(text, cand, mention_cues)
    # "Elsewhere, the new film from X, “Neon Saints,” was a disappointment. “Neon Saints” wants …": a film first
    # named in passing stays another film when the critic says more about it
    passing = (
        bool(cand.occurrences)
        and any(s.how in ("quoted", "prose") for s in cand.spans)
        and not any(s.how in ("headline", "line") for s in cand.spans)
        and _in_passing(text, cand.occurrences[0][0])
    )
    other_work = other_work or passing
    line_starts = {s.start for s in cand.spans if s.how == "line"}
    for span in cand.spans:
        weight = _WEIGHT[span.how]
        if other_work and span.how == "quoted":
            weight = 0.5  # named again after "wie in „X“": still the other work
        if span.how == "headline" and span.start > 300:
            weight /= 2
        if span.how == "line":
            line_no = text.count("\n", 0, span.start)
            if (span.how, line_no) in seen_lines:
                continue
            seen_lines.add((span.how, line_no))
            # a list's items are equals ("1. A" … "3. Nachtfahrt"): the third is not weaker for standing lower
            weight = weight if span.start < 200 or _list_item(text, span.start) else weight / 2
            if len(cand.occurrences) <= 1 and len(cand.spans) == 1:
                weight = 1.0  # a line said once and never again is a tagline more often than a title
            if span.text.endswith(("!", "?")) and len(cand.occurrences) <= 1:
                weight = 0.3  # "It's a trap!" said once; "Wo steckt Opa Kurt?" said again is the film's name
            line_end = text.find("\n", span.end)
            if _YEAR_AFTER_LINE.fullmatch(text, span.end, line_end if line_end >= 0 else len(text)):
                weight += 2.0  # "The Glass Orchard (2024)" heading a page
            elif line_end >= 0 and _facts_below(text, line_end + 1, navigation):
                weight += 2.5  # a title over its facts: "Originaltitel: …", "Drama | USA 2024 | 96 Min."
        if (
            span.how in ("line", "headline")
            and len(cand.occurrences) <= 1
            and "-" in span.text
            and " " not in span.text
            and GENRE_WORD.fullmatch(span.text)
        ):
            weight = 0.5  # "Oberschwaben-Krimi im Kino: …": a region and a genre describe a film, they do not name it
        if span.how in ("line", "caps", "headline") and _CREDITS_AFTER.match(text, span.end):
            weight += 2.5  # "UNMADE HEARTS (director: …; cast: …, 2024)", "Stille Felder (Regie: …)"
        at_line_start = span.start == 0 or text[span.start - 1] == "\n"
        alone = at_line_start and " " not in span.text and text[span.end : span.end + 1] in ("\n", "")
        if span.how == "caps" and len(cand.occurrences) <= 1 and span.start in line_starts:
            weight = 0.5  # "CELLULOID DREAMS" said once on its own line: one sighting, and its line already counts
        elif span.how == "caps" and span.start < 300 and at_line_start and not (alone and len(cand.occurrences) <= 1):
            weight += _WEIGHT["line"]  # an upper-case headline: "NORA (director: ...)"
        elif span.how == "caps" and alone and len(cand.occurrences) <= 1 and span.start < 300:
            weight = 0.5  # a masthead ("EMPIRE") said once: its line already counts
        elif span.how == "caps" and not at_line_start and len(span.text) <= 3:
            weight = 0.5 if len(cand.occurrences) <= 1 else 1.2  # three capitals in prose: an acronym ("IFC")
        elif span.how == "caps" and not at_line_start and len(cand.occurrences) <= 1:
            weight = 1.2  # shouting once ("NICHT ABHÄNGIG") is emphasis
        if (
            language == "en"
            and span.how in ("quoted", "line")
            and span.text.count(" ") >= 3
            and _sentence_case(span.text)
        ):
            weight = min(weight, 0.5)  # "“I just wanted to go home”": English titles are title-cased, speech is not
            if span.how == "line" and len(cand.occurrences) <= 1:
                weight = 0.0  # "A chamber piece that slowly tightens" said once: a teaser line
        elif span.how in ("quoted", "caps") and _is_mention(text, span, mention_cues):
            weight = -1.5
        elif span.how in ("quoted", "prose") and passing:
            # "Elsewhere: I also caught “Low Tide Radio”": another film, after the one reviewed
            weight = -1.5 if span.start <= cand.occurrences[0][0] else min(weight, 0.5)
        elif span.how in ("quoted", "line") and _series_before(text, span.start):
            weight = -1.5  # "Serie „Gedreht in Brandenburg“ – Folge 7", "Frankenpost-Blog „Film ab in Hof“": furniture
        elif (
            span.how == "quoted"
            and len(cand.occurrences) <= 1
            and _OWNER_BEFORE.search(text[max(0, span.start - 40) : span.start])
        ):
            weight = -1.0  # "Satyajit Ray's “Charulata”", "Fatih Akins „Gegen die Wand“" said once: a comparison
        elif (
            span.how in ("quoted", "caps", "prose")
            and _once_in_body(text, cand, span)
            and _YEAR_AFTER.match(text, span.end)
        ):
            weight = -1.0  # "wer „Die Fünf vom Deich 2“ (2023) mochte": another film, named with its year
        elif (
            span.how == "quoted"
            and span.text.endswith(("?", "!"))
            and (
                (_once_in_body(text, cand, span) and span.text.endswith("?"))
                or text[max(0, span.start - 3) : span.start].rstrip(" „\"“»«‘'")[-1:] in ",:"
            )
        ):
            weight = 0.0  # a question in quotes said once, or after "asks," or "fand:" ("„Super spannend!“"), is speech
        elif span.how in ("quoted", "line") and len(cand.occurrences) <= 1 and _pull_quote(text, span):
            weight = min(weight, 0.5)  # "„Ein Meisterwerk der Stille“" heading a page: a quoted judgement said once
        elif span.how == "quoted" and _FILM_NOUN_BEFORE.search(text[max(0, span.start - 12) : span.start]):
            weight += 2.0  # 'Film „X“', 'the movie "X"'
        elif span.how == "quoted" and _MAKER_AFTER.match(text, span.end):
            weight += 2.0  # "„X“ von der Grazer Regisseurin Y", "“X,” from director Y": the film and its maker
        if span.how == "quoted" and weight > 0 and span.start in line_starts and len(cand.occurrences) <= 1:
            weight = 0.0  # a quoted heading said once: one sighting, and its line already counts
        score += weight
    # Recurring capitalised pairs are mostly names, unless an article opens them ("The Last Tango in Rosario").
    # or a lower-case word sits inside them ("Parliament of Owls", "Under a Copper Sky"), which names rarely have
    only_runs = (
        all(s.how == "run" for s in cand.spans)
        and cand.key.split(" ", 1)[0] not in _ARTICLES
        and not any(ch.isdigit() for ch in cand.key)  # "Apartment 9B": no person's name
        and not _ends_in_word(cand.text, language)  # "Mousetrap Manor", "Kitchen Table"
        and not (
            any(w in _TITLE_INNER for w in cand.key.split()[1:-1])
            and not _RUN_VERBS & set(cand.key.split())  # "Paper Moons Is a Sharp Satire of …": a headline sentence
        )
    )
    score += min(len(cand.occurrences), 8) * (0.4 if only_runs or other_work else 0.8)
    if language == "de" and not other_work and len(cand.occurrences) >= 2 and _quoted_then_bare(text, cand):
        # quoted once, then named without quotes: how German critics name the film they review (English pages quote
        # characters, songs and series this way as often)
        score += 0.5
    if len(cand.occurrences) <= 1 and cand.first > 0.75 * len(text) and len(text) > 1500:
        score *= 0.5  # named once at the very end: a "more reviews" box, not the film reviewed
    if cand.occurrences and cand.occurrences[0][0] < 0.1 * len(text) and not _label_once(cand):
        score += 0.5  # named early
    score -= 2.5 * min(_person_uses(text, cand), 2)
    if not any(s.how in ("headline", "quoted", "caps", "facts") for s in cand.spans) and (
        person_shaped(cand.text, language) or _first_name_only(cand.text, language)
    ):
        score -= 3  # a byline, a star's or a character's name
    if (
        cand.key in _GENERIC
        or cand.key in _PLATFORMS
        or (
            " " not in cand.key
            and cand.key.endswith(_GENRE_ENDS)
            and GENRE_WORD.fullmatch(cand.key)
            and not any(s.how in ("headline", "quoted") for s in cand.spans)
        )
    ):
        score -= 4  # a section's or genre's word heading the page ("Kritik", "Komödie")
    if " " in cand.key and cand.key.rsplit(" ", 1)[1] in _COMPANY_WORDS and len(cand.occurrences) <= 1:
        score -= 4  # "Northlight Pictures" over the credits: the distributor
    named = {cand.text, cand.text.title()}
    if cand.text.startswith(_LEADING_WORDS) and " " in cand.text:
        named.add(cand.text.split(" ", 1)[1])  # "In Cannes … in Cannes": a place after a sentence's first word
    shouted = any(s.how in ("caps", "headline") for s in cand.spans)  # critics do not shout place names
    if not shouted and any(places.canonical(n) for n in named):
        score -= 6
    elif any(festivals.canonical(_YEAR_END.sub("", n) if n[-1:].isdigit() else n) for n in named):
        score -= 6  # "Berlinale 2025", "Venice Film Festival": the occasion, not the film
    return score


def _list_item(text: str, start: int) -> bool:
    """The name at ``start`` is a numbered list's item ("3. Nachtfahrt", "2) The Undertow")."""
    line_start = text.rfind("\n", 0, start) + 1
    return 2 <= start - line_start <= 4 and _LIST_ITEM.fullmatch(text, line_start, start) is not None


def _pull_quote(text: str, span: TitleSpan) -> bool:
    """A line that is nothing but a quotation of three or more words ("„Ein Meisterwerk der Stille“", "“A quiet
    knockout”", "„Ich wollte nie einen Heimatfilm drehen“"), or that opens with a quoted sentence ("“You're very
    compulsive,” she says"): a pull quote or the speaker's words, not a name. A title-cased quote opening a line of
    prose ("“The Weight of Water,” the second feature from …") names the film."""
    start, end = span.start, span.end
    if span.text.count(" ") < 2 or start < 1 or text[start - 1] not in _QUOTE_MARKS:
        return False
    if start >= 2 and text[start - 2] != "\n":
        return False  # the quote does not open its line
    if text[end : end + 1] in (".", ",", "!", "?", "…"):
        end += 1  # "„Ein Meisterwerk.“": the capture left the full stop out
    if text[end : end + 1] not in _QUOTE_MARKS:
        return False
    line_end = text.find("\n", end)
    if not text[end + 1 : line_end if line_end >= 0 else None].strip():
        return True
    return text[end + 1 : end + 2] == " " and not all(
        w[:1].isupper() or w[:1].isdigit() or _INNER_WORD.fullmatch(w) for w in span.text.split()
    )


def _in_passing(text: str, start: int) -> bool:
    """The sentence before ``start`` names films in passing ("Elsewhere, I also caught", "Außerdem gesehen:")."""
    window = text[max(0, start - 120) : start]
    sentence = window[max(window.rfind("\n"), *(window.rfind(f"{p} ") for p in ".!?")) + 1 :]
    return _PASSING.search(sentence.casefold()) is not None


def _series_before(text: str, start: int) -> bool:
    """A series', column's or blog's noun ends right before ``start`` ("Serie „X“", "Frankenpost-Blog „X“")."""
    return text[max(0, start - 14) : start].rstrip(" \t„\"“»«‘'").casefold().endswith(_SERIES_NOUNS)


def _quoted_then_bare(text: str, cand: Candidate) -> bool:
    """The name is quoted somewhere and said without quotes elsewhere ("„Die letzte Brücke“ … Die letzte Brücke
    ist …"); another work is quoted each time it is named."""
    if not any(s.how == "quoted" for s in cand.spans):
        return False
    return any(
        start > 0 and text[start - 1] not in _QUOTE_MARKS and not _article_before(text, start)
        for start, _end in cand.occurrences
    )


def _article_before(text: str, start: int) -> bool:
    """Whether an article and white space end right at ``start`` (``_ARTICLE_BEFORE.search(text, 0, start)``).

    Such a match is the article (at most five letters) and the white space before ``start``: it opens within
    five characters before that white space, so only there is it looked for (``\b`` still sees the character
    before the window). A search from the text's start tried the pattern at every position up to ``start``."""
    space = start
    while space > 0 and text[space - 1].isspace():
        space -= 1
    return space < start and _ARTICLE_BEFORE.search(text, max(0, space - 5), start) is not None


def _sentence_case(value: str) -> bool:
    """ "I just wanted to go home": four or more words, most of the words after the first in lower case."""
    words = value.split()
    if len(words) < 4:
        return False
    content = [w for w in words[1:] if w.casefold() not in _SMALL_WORDS]
    lower = sum(1 for w in content if w[:1].islower())
    return lower >= 2 and 2 * lower > len(content)


def _label_once(cand: Candidate) -> bool:
    """A heading said once and nowhere else, whose line is all it has: a column's name or a tagline as often as
    the film ("Critic's Notebook", "Ranked")."""
    return len(cand.occurrences) <= 1 and all(s.how == "line" for s in cand.spans)


def _introduced_as_other(text: str, cand: Candidate, cues: tuple[str, ...]) -> bool:
    """A quoted name whose first sighting introduces another work ("deren „Salzwiesen“ und „Marschland“") keeps
    being that work when the critic comes back to it; a headline naming it would make it the film."""
    if any(s.how in ("headline", "line") for s in cand.spans):
        return False
    quotes = [s for s in cand.spans if s.how == "quoted"]
    if len(quotes) < 2:
        return False
    return _is_mention(text, min(quotes, key=lambda s: s.start), cues, strong=True)


def _once_in_body(text: str, cand: Candidate, span: TitleSpan) -> bool:
    """Named once, below the page's first line: how other works are named in passing."""
    return len(cand.occurrences) <= 1 and span.start > 150 and text.find("\n", 0, span.start) >= 0


def _facts_below(text: str, start: int, navigation: frozenset[str] = frozenset()) -> bool:
    """The line at ``start`` states the film's facts, or does so after blank lines, one dated byline ("Eingestellt
    von … am 08.11.2026", "By Ann Lee · March 3, 2026") and one section or format label ("Mediabook")."""
    dated = labelled = False
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            if _facts_line(text, start):
                return True
            if not labelled and navigation and len(line) < 60 and _label_line(line, navigation):
                labelled = True
            elif dated or len(line) >= 80 or not DATE_LIKE.search(line):
                return False
            else:
                dated = True
        start = end + 1
    return False


def _label_line(line: str, navigation: frozenset[str]) -> bool:
    """A section or format label, a path of them, a genre or a streaming service ("Mediabook", "Kino › Thriller",
    "NETFLIX")."""
    parts = [p for p in _NAV_PARTS.split(line.strip().casefold()) if p]
    return bool(parts) and all(p in navigation or p in _PLATFORMS or GENRE_WORD.fullmatch(p) for p in parts)


def _facts_line(text: str, start: int) -> bool:
    """The line at ``start`` states a film's facts: original title, director, or year with runtime or country;
    a year alone ("2024", "(2024)") counts too."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    if _FACTS_LABEL.match(line) or _YEAR_ALONE.fullmatch(line) or country_year(line):
        return True
    return len(line) < 120 and bool(_FACTS_YEAR.search(line)) and not DATE_LIKE.search(line)


def country_year(line: str) -> re.Match[str] | None:
    """ "Finnland 2023", "USA/Usbekistan 2024", "UK, 2024, 97 mins": a production line of countries and a year
    (one known country is enough); any rest must be more facts after a separator."""
    m = _COUNTRY_YEAR.fullmatch(line.strip())
    if m is None or (m.group("rest").strip() and m.group("rest").lstrip()[:1] not in ",|·•–-/("):
        return None
    g = places.gazetteer()
    parts = _COUNTRY_PART.split(m.group("countries"))
    known = any(
        g.country_list.fullmatch(p.strip(".")) or g.country_list.fullmatch(p.replace(".", "")) for p in parts if p
    )
    return m if known else None


def _is_mention(text: str, span: TitleSpan, cues: tuple[str, ...], depth: int = 0, strong: bool = False) -> bool:
    """A quote introduced as another work: "ihr Film „X“", "nach „X“", "like 'X'". ``strong``: only by a cue
    that always means another work ("wie in", "bekannt aus", "earlier"), not by a preposition that may lead to
    the film itself ("der Preis ging an „X“")."""
    before = text[max(0, span.start - 40) : span.start].rstrip(" „\"“»«‘'(").casefold()
    before = before[:-1] if before.endswith(",") else before  # "earlier films, "A" and "B""
    before = _WORK_NOUN_END.sub("", before).strip()
    words = before.split()
    tail1 = words[-1] if words else ""
    tail2 = " ".join([w.rsplit("-", 1)[-1] for w in words[-2:-1]] + words[-1:])  # "Oscar-Triumph mit"
    if strong:
        cues = tuple(c for c in cues if c not in _WEAK_CUES)
    if tail1 in cues or tail2 in cues or inside_parentheses(text, span.start):
        return True
    # "deren „Salzwiesen“ und „Marschland“", "earlier films, "Lantern" and "Tidewater"": a list goes on naming
    # the works its first item was introduced as.
    if depth < 3 and (tail1 in _COORDINATORS or before.endswith(_CLOSING_QUOTES)):
        opening = _previous_quote(text, span.start)
        if opening is not None:
            return _is_mention(text, TitleSpan("", opening, opening, "quoted"), cues, depth + 1, strong)
    return False


def _previous_quote(text: str, start: int) -> int | None:
    """Where the quoted title just before ``start`` opens ("„A“ und „B“": A's start, seen from B)."""
    base = max(0, start - 101)
    window = text[base : start - 1]  # up to this title's own opening quote
    close = max(window.rfind(c) for c in "“”\"«»’'")
    if close <= 0:
        return None
    opening = max(window.rfind(c, 0, close) for c in "„“\"»«‘'")
    if opening < 0 or close - opening > 90:
        return None
    return base + opening + 1


def inside_parentheses(text: str, start: int) -> bool:
    """ "(„Stille Wasser“, „Das Haus am Deich“)": works listed in brackets are other works."""
    window = text[max(0, start - 80) : start]
    return window.rfind("(") > window.rfind(")")


def _person_uses(text: str, cand: Candidate) -> int:
    """How often the name is used like a person: "(X)", "X spielt", "X's film"."""
    uses = 0
    for start, end in cand.occurrences:
        in_brackets = text[max(0, start - 1) : start] == "(" and text[end : end + 1] in ")," and " " in cand.key
        person_context = _PERSON_AFTER.match(text, end) or _person_before(text[max(0, start - 14) : start])
        if in_brackets or person_context:
            uses += 1
    return uses


def _occurrences(text: str, cand: Candidate, lowered: str | None = None) -> list[tuple[int, int]]:
    """Where the name appears anywhere in the text (case-insensitive, whole words)."""
    lowered = text.lower() if lowered is None else lowered
    same_offsets = len(lowered) == len(text)
    found: set[tuple[int, int]] = set()
    for form in {s.text for s in cand.spans}:
        if same_offsets:
            hits = _find_all(lowered, form.lower())
        else:
            pattern = re.compile(re.escape(form), re.IGNORECASE)
            hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
        for start, end in hits:
            if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue  # inside a longer word
            if " " not in form and not text[start].isupper():
                continue  # "Leben" the film, not "leben" the verb
            found.add((start, end))
    return sorted(found)


def _find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    hits = []
    start = haystack.find(needle)
    while start >= 0 and needle:
        hits.append((start, start + len(needle)))
        start = haystack.find(needle, start + 1)
    return hits


def _fold_subtitled(pooled: dict[str, Candidate], text: str = "") -> None:
    """ "X - Local subtitle" counts for X when X also stands alone (the local title is kept apart). "X 2: Subtitle"
    heading the page is a sequel's full name when the text speaks of a series ("Fortsetzung", "the first film")."""
    for key, cand in list(pooled.items()):
        parts = _LOCAL_SEPARATOR.split(key, maxsplit=1)
        # the head counts only where it is said on its own, not inside this longer name (a sequel's subtitle)
        if len(parts) == 2 and parts[0] in pooled and " - " in key and pooled[parts[0]].occurrences:
            # "Die Küstenkinder – Der Film" said in full more often than its head alone: the full name is the title.
            alone = _alone(pooled[parts[0]], cand)
            if len(alone) < len(cand.occurrences) and (len(cand.occurrences) >= 2 or _MOVIE_SUFFIX.fullmatch(parts[1])):
                cand.score = max(cand.score, pooled[parts[0]].score) + 0.1
                continue
            pooled[parts[0]].score += cand.score
            cand.score -= 5
        elif len(parts) == 2 and parts[0] in pooled and ": " in key:
            # "Starfall: Legacy" whose head is never said alone: the whole line is the title.
            head = pooled[parts[0]]
            if (
                (len(head.occurrences) <= len(cand.occurrences) and cand.score >= head.score)
                or (len(cand.occurrences) >= 2 and len(_alone(head, cand)) < len(cand.occurrences))
                # "Kommissar Krümel 2: Tatort Tortenschlacht" heading the page, "Kommissar Krümel 2" in the text:
                # a numbered sequel is headed by its full name and called by its short one
                or (
                    _SEQUEL_HEAD.search(head.key) is not None
                    and any(s.how in ("line", "headline", "quoted") for s in cand.spans)
                    # "Gravity Kings II" is numbered as a sequel; "Station 9" may be a name
                    and (_ROMAN_SEQUEL.search(head.key) is not None or _SEQUEL_TALK.search(text) is not None)
                )
            ):
                # said with its subtitle more often than without it: the whole name is the title
                cand.score = max(cand.score, head.score) + 0.1


def _sequel_of(key: str, base: str) -> bool:
    """``key`` names a numbered sequel of ``base`` ("die muffels 2: chaos im zoo" of "die muffels")."""
    if not key.startswith(base + " "):
        return False
    number = _SEQUEL_NUMBER.match(key, len(base))
    return number is not None and number.group(1) not in ("0", "1", "i")


def _sequel_over_predecessor(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Vor zwei Jahren war „Die Muffels“ ein Erfolg. Jetzt kommt „Die Muffels 2: Chaos im Zoo“": a page naming a
    film and its numbered sequel, and speaking of a series, reviews the sequel; the first film is its predecessor."""
    if _SEQUEL_NUMBER_LINES.search("\n".join(pooled)) is None:
        return  # one pass over all names: most pages name no numbered film
    sequels: dict[str, list[Candidate]] = {}
    for cand in pooled.values():
        number = _SEQUEL_NUMBER.search(cand.key)
        if number is not None and number.group(1) not in ("0", "1", "i"):
            sequels.setdefault(cand.key[: number.start()], []).append(cand)
    heads = [(pooled[base], family) for base, family in sequels.items() if base in pooled]
    if not heads or _SEQUEL_TALK.search(text) is None:
        return
    for head, family in heads:
        said = sum(len(c.occurrences) for c in family)
        if said >= 2 and any(s.how in _STRONG_KINDS for c in family for s in c.spans):
            head.score = min(head.score, max(c.score for c in family) - 0.1)


def _fold_prefixes(pooled: dict[str, Candidate]) -> None:
    """ "The Understudy's" (a headline cut at its last word) and "The Understudy's Understudy" said twice: a name
    never said on its own, only inside a longer name the text repeats, is that longer name."""
    keys = sorted(pooled)
    for i, key in enumerate(keys):
        head = pooled[key]
        if not head.occurrences:
            continue
        longer = []
        for other in keys[i + 1 :]:
            if not other.startswith(key):
                break
            if other[len(key) : len(key) + 1] == " " and len(pooled[other].occurrences) >= 2:
                longer.append(pooled[other])
        for cand in longer:
            if not _alone(head, cand) and cand.score < head.score:
                cand.score, head.score = head.score + 0.1, cand.score


def _alone(head: Candidate, longer: Candidate) -> list[tuple[int, int]]:
    """Where ``head`` is said outside the longer name that starts with it."""
    return [
        (start, end)
        for start, end in head.occurrences
        if not any(s <= start and end <= e for s, e in longer.occurrences)
    ]


def _choose(candidates: list[Candidate], originals: list[TitleSpan]) -> Candidate:
    """The best candidate, unless it is only the original title of a local one beside it."""
    best = candidates[0]
    original_keys = {key_of(o.text) for o in originals}
    if best.key in original_keys and len(candidates) > 1:
        runner = candidates[1]
        if runner.key not in original_keys and runner.score >= best.score * 0.5:
            return runner
    return best


def _evidence(cand: Candidate) -> list[tuple[int, int]]:
    spans = sorted({(s.start, s.end) for s in cand.spans})
    return spans[:3]


def _original(originals: list[TitleSpan], best: Candidate) -> TextFact | None:
    for span in originals:
        value = _ORIGINAL_FACTS.sub("", span.text).strip(" .,")
        if value and key_of(value) != best.key:
            return TextFact(value, evidence=[(span.start, span.start + len(value))])
    return None


def _bracketed_original(text: str, best: Candidate, language: str) -> TextFact | None:
    """ "Ein Hauch von Lavendel (Un parfum de lavande)", "DER STILLE HAFEN\n(De stille haven)": a title in
    brackets right after the film's title, in another language than the review, is its original title."""
    foreign = _FOREIGN_WORDS - _OWN_WORDS.get(language, frozenset())
    for start, end in best.occurrences:
        m = _BRACKETED.match(text, end)
        if m is None:
            continue
        value = m.group(1).strip()
        words = re.findall(r"[\w]+(?:['’])?", value.casefold())
        # "Polarnacht (Polarnatt), Norwegen 2025, 97 Min.": a bracket between the title and its facts
        line_end = text.find("\n", m.end())
        facts_after = _at_line_start(text, start) and _facts_rest(text[m.end() : line_end if line_end >= 0 else None])
        if (
            looks_like_title(value)
            and key_of(value) != best.key
            and not any(ch.isdigit() for ch in value)
            and not person_shaped(value, language)
            and (
                any(w in foreign or (w.endswith(("'", "’")) and w[:-1] in foreign) for w in words)
                or any(w in _LOWER_FOREIGN for w in value.split()[1:])  # "Sotto i limoni"
                or (facts_after and not GENRE_WORD.fullmatch(value) and not country_year(value + " 2000"))
            )
        ):
            return TextFact(value, evidence=[(m.start(1), m.start(1) + len(value))])
    return None


def _local_titles(best: Candidate, candidates: list[Candidate], language: str) -> list[LocalTitle]:
    """ "X - Subtitle" forms of the title: the local release title, in the review's language."""
    found: dict[str, LocalTitle] = {}
    for cand in candidates:
        if cand is best or not cand.key.startswith(best.key):
            continue
        rest = cand.key[len(best.key) :]
        if not re.match(r"\s*[-–—]\s+\S", rest.translate(_DASHES)):
            continue
        found.setdefault(cand.key, LocalTitle(cand.text, language, evidence=_evidence(cand)))
    return list(found.values())


def _year(text: str, best: Candidate, analysis: Analysis) -> YearFact | None:
    """The film's year: "(2023)" after the title, a production line "USA 2023", "Jahr: 2024"."""
    for start, end in best.occurrences:
        m = _YEAR_AFTER.match(text, end)
        if m:
            return YearFact(int(m.group(1)), evidence=[(m.start(1), m.end(1))])
        if text.startswith(" (", end) or text.startswith("(", end):
            m = _YEAR_BRACKET.match(text, text.index("(", end) + 1)  # "Paper Lanterns (2025, dir. Yuki Sato)"
            if m:
                return YearFact(int(m.group(1)), evidence=[(m.start(1), m.end(1))])
        if start >= _HEAD_LIMIT:
            continue
        # A headline line: "Stille Felder (Japan 2023)", "X movie review (2024)".
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end, end + 200)
        line = text[end : line_end if line_end >= 0 else end + 200]
        dated = _DATED_AFTER.fullmatch(line) if line_start == start else None
        if dated:  # a diary entry's heading "Paper Moons 2025"
            return YearFact(int(dated.group(1)), evidence=[(end + dated.start(1), end + dated.end(1))])
        if end - line_start + len(line) < 100:
            p = _YEAR_IN_PARENS.search(line)
            if p and not _OTHER_QUOTE.search(line, 0, p.start()):
                return YearFact(int(p.group(1)), evidence=[(end + p.start(1), end + p.end(1))])
        if _CREDITS_AFTER.match(text, end):  # "X (director: …; cast: …, 2024)"
            p = _CREDITS_YEAR.search(line)
            if p:
                return YearFact(int(p.group(1)), evidence=[(end + p.start(1), end + p.end(1))])
        if line_end >= 0 and not _facts_line(text, line_end + 1) and _BUTTONS.match(text, line_end + 1):
            line_end = text.find("\n", line_end + 1)  # "▶ Watch now | + My list" between the title and its facts
        if line_end >= 0 and _facts_line(text, line_end + 1):  # the title over "(2024, USA, 103 min)"
            below = text[line_end + 1 : text.find("\n", line_end + 1) % (len(text) + 1)]
            p = _ANY_YEAR.search(below)
            if p:
                return YearFact(int(p.group(1)), evidence=[(line_end + 1 + p.start(1), line_end + 1 + p.end(1))])
    data = lang.data(analysis.language, "titles")
    for source in getattr(data, "YEAR_CUES", ()):
        m = re.search(source, text)
        if m:
            return YearFact(int(m.group("year")), evidence=[(m.start("year"), m.end("year"))])
    return _production_year(text) or _prose_year(text, best)


def _prose_year(text: str, best: Candidate) -> YearFact | None:
    """A year the prose gives the film: "„X“ aus dem Jahr 1972", "X, a thriller from 1972", "the 1979 horror film
    X", "Der Horrorfilm von 1979 …", "Das Drama stammt aus dem Jahr 1972". Not "nach dem Roman aus dem Jahr 1972":
    the year must belong to the film's name or to a film noun opening a sentence."""
    forms = sorted({re.escape(text[start:end]) for start, end in best.occurrences}, key=len, reverse=True)
    if forms:
        name = "(?:" + "|".join(forms) + ")"
        for pattern in (_YEAR_AFTER_NAME, _YEAR_BEFORE_NAME, _RELEASED_THEN_NAME):
            if not all(gate.search(text) for gate in _YEAR_NAME_GATES[pattern]):
                continue  # the pattern's fixed part is nowhere: no need to compile it with the name
            for m in re.finditer(pattern.replace("{N}", name), text):
                before = text[max(0, m.start("year") - 12) : m.start("year")]
                if not _OWNER_YEAR.search(before):  # "Ihr 2019 gedrehter Film „X“": her earlier film
                    return YearFact(int(m.group("year")), evidence=[(m.start("year"), m.end("year"))])
    for said in (_YEAR_OF_THE_FILM.search(text), _THIS_YEARS_FILM.search(text)):
        if said:
            return YearFact(int(said.group("year")), evidence=[(said.start("year"), said.end("year"))])
    return None


def _production_year(text: str) -> YearFact | None:
    """ "Frankreich 2023, 150 Min.", "F 2023. 151 Min.", "USA 2024, 96 Minuten", "Drama, 2021"."""
    for runtime in _YEAR_RUNTIME.finditer(text):
        if _MONTH.search(text, max(0, runtime.start() - 14), runtime.start()):
            continue  # "Veröffentlicht am 3. März 2026 · 58 Min.": a date, then an episode's length
        # "D 2024, 112 Min.", "Iran/France. 2024. 112mins": a year beside the running time
        return YearFact(int(runtime.group(1)), evidence=[(runtime.start(1), runtime.end(1))])
    g = places.gazetteer()
    for y in _ANY_YEAR.finditer(text):
        if _STORY_YEAR.match(text, y.end()):
            continue  # "Polen, 1982: Die zwölfjährige Ania …": when the story happens
        window_start = max(0, y.start() - 60)
        window = text[window_start : y.start()]
        m = _last_country_list(g.country_list, window)
        if m is None or window[m.end() :].strip(" ,:") or _MONTH.search(window[: m.start()][-12:]):
            continue
        before = window[: m.start()]
        credits_follow = _CREDITS_FOLLOW.match(text, y.end())  # "Deutschland 2025. Regie: …"
        # "… verfügbar. Deutschland 2026, FSK 16.": a sentence of facts after the running text
        facts_sentence = before.endswith(". ") and _FACTS_AFTER_YEAR.match(text, y.end())
        if (
            before.strip()
            and not re.search(r"(?:[\n,:(|]\s*|\s\s)$", before)
            and not credits_follow
            and not facts_sentence
        ):
            continue
        if _PRODUCTION_YEAR.match(text, window_start + m.end()):
            return YearFact(int(y.group(1)), evidence=[(y.start(1), y.end(1))])
    for m in _SHORT_LINE_YEAR.finditer(text[:_HEAD_LIMIT]):
        if not _MONTH.search(text[m.start() : m.start(1)].rstrip(", ")):
            return YearFact(int(m.group(1)), evidence=[(m.start(1), m.end(1))])
    return None


#: A film noun, with a genre before it or not: "Film", "Horrorfilm", "Drama", "western", "horror film".
_FILM_NOUN = (
    r"(?:[\w-]*(?:[Ff]ilm|[Dd]rama|[Tt]hriller|[Kk]omödie|[Ww]estern|[Kk]rimi|[Kk]lassiker|[Ss]treifen|[Ss]atire|"
    r"[Mm]usical|[Mm]ärchen|[Mm]ovie|[Cc]omedy|[Dd]ocumentary|[Dd]oku\w*|[Nn]oir|[Cc]hiller|[Ss]lasher|[Gg]iallo|"
    r"[Rr]omance|[Ee]pic|[Mm]elodrama|[Pp]icture|[Ff]eature|[Mm]ystery|[Ff]antasy|[Hh]orror))"
)
#: A year on the same line, not inside a date ("12.02.2026") or a span of years ("1979 bis 1985").
_YEAR_WORD = r"(?<![\d./-])(?P<year>(?:19|20)\d\d)(?![\d.,]\d|[ \t]*(?:bis|to|until|[-–—]))"
_OWNER_YEAR = re.compile(
    r"(?:\b(?:[Ii]hr|[Ii]hre|[Ii]hrem|[Ss]ein|[Ss]eine|[Ss]einem|[Hh]is|[Hh]er|[Tt]heir)|['’]s)[ \t]+\Z"
)
_YEAR_AFTER_NAME = (
    r"(?<![\w-]){N}[“”\"»«’']?,?[ \t]+(?:(?:ein|eine|einen|einem|a|an|the|der|die|das|den|dem)[ \t]+"
    rf"(?:[\w-]+[ \t]+){{0,2}}{_FILM_NOUN}[ \t]+)?(?:aus[ \t]+dem[ \t]+Jahre?|von|aus|from)[ \t]+{_YEAR_WORD}"
)
_YEAR_BEFORE_NAME = rf"\b{_YEAR_WORD}(?:er)?[ \t]+(?:[\w-]+[ \t]+){{0,2}}{_FILM_NOUN}[ \t]+[„\"“»«‘']?{{N}}(?![\w-])"
#: "Released in 1974, Black Tide was …", "Gedreht 1959, ist „X“ …".
_RELEASED_THEN_NAME = (
    r"\b(?:[Rr]eleased|[Mm]ade|[Ss]hot|[Gg]edreht|[Ee]ntstanden)[ \t]+(?:in[ \t]+|im[ \t]+Jahre?[ \t]+)?"
    rf"{_YEAR_WORD},[ \t]+[„\"“»«‘']?{{N}}(?![\w-])"
)
#: Each name pattern's necessary parts, cheapest first, compiled once. A pattern with the film's name is compiled
#: anew for every text (milliseconds each, the name differs every time), and the pattern's whole fixed part is slow
#: to search too (a film noun among any words before every year); a text where a part never matches cannot match
#: the pattern with the name either, so most texts skip both.
_YEAR_NAME_GATES = {
    _YEAR_AFTER_NAME: (
        re.compile(r"\b(?:Jahre?|von|aus|from)[ \t]+(?:19|20)\d\d"),
        re.compile(_YEAR_AFTER_NAME.split("{N}", 1)[1]),
    ),
    _YEAR_BEFORE_NAME: (re.compile(r"(?:19|20)\d\d(?:er)?[ \t]"), re.compile(_YEAR_BEFORE_NAME.split("{N}", 1)[0])),
    _RELEASED_THEN_NAME: (
        re.compile(r"(?:eleased|ade|hot|edreht|ntstanden)[ \t]+(?:in[ \t]+|im[ \t]+Jahre?[ \t]+)?(?:19|20)\d\d,"),
        re.compile(_RELEASED_THEN_NAME.split("{N}", 1)[0]),
    ),
}
#: "This 1977 slasher gets a lavish new disc": the film under review, its year before its genre.
_THIS_YEARS_FILM = re.compile(
    rf"(?:^|[.!?:][ \t]+)(?:This|Dieser|Diese|Dieses)[ \t]+{_YEAR_WORD}(?:er)?[ \t]+(?:[\w-]+[ \t]+)?{_FILM_NOUN}\b",
    re.MULTILINE,
)
_YEAR_OF_THE_FILM = re.compile(
    r"(?:^|[.!?:][ \t]+)(?:Der|Die|Das|Dieser|Diese|Dieses|The|This)[ \t]+(?:[\w-]+[ \t]+)?"
    rf"{_FILM_NOUN}[ \t]+(?:(?:(?:stammt|entstand|ist|war|is|was|dates)[ \t]+)?"
    r"(?:aus[ \t]+dem[ \t]+Jahre?|von|aus|from|im[ \t]+Jahre?|made[ \t]+in|shot[ \t]+in|released[ \t]+in)"
    r"|entstand|wurde|was[ \t]+made[ \t]+in)[ \t]+"  # "Der Film entstand 1977", "Das Drama wurde 1983 gedreht"
    rf"{_YEAR_WORD}",
    re.MULTILINE,
)


def _last_country_list(pattern: re.Pattern[str], window: str) -> re.Match[str] | None:
    """The country list ending closest to the end of ``window`` ("Frankreich/Belgien")."""
    last = None
    for m in pattern.finditer(window):
        last = m
    return last


def _variant_warnings(variants: list[Variant]) -> list[Warning]:
    warnings = []
    for variant in variants:
        message = (
            f"the title is spelt two ways: {variant.found!r} (expected {variant.expected!r}, "
            f"as written elsewhere in the text)"
        )
        warnings.append(Warning("title_variant", message, evidence=[variant.found_span, variant.expected_span]))
    return warnings


def _generic_words() -> frozenset[str]:
    """Single words that head a page section rather than name a film."""
    return _GENERIC


_GENERIC = frozenset(
    """kritik review fazit inhalt handlung story film kino trailer rezension filmkritik verdict
    cast crew regie darsteller the und and bild foto quelle photo credit""".split()
) | {"the movie", "the film", "der film", "this film", "this movie"}


#: Streaming services and broadcasters: a rubric's or a "where to watch" line's name, not a film's.
_PLATFORMS = frozenset(
    w.strip()
    for w in """netflix|prime video|amazon prime|amazon prime video|amazon|disney+|disney plus|apple tv+|apple tv|
    apple tv plus|hbo|hbo max|hulu|peacock|paramount+|paramount plus|mubi|wow|joyn|rtl+|magenta tv|magentatv|
    ard mediathek|zdf mediathek|arte mediathek|mediathek|arte|zdfneo|3sat|bbc iplayer|iplayer|channel 4|
    criterion channel|the criterion channel|shudder|crunchyroll|canal+|tubi|pluto tv|sky go|sky cinema|sky ticket|
    kino on demand|filmfriend|youtube|vimeo|itunes|google play""".replace("\n", "").split("|")
)


def recheck(analysis: Analysis) -> None:
    """Once credits are known: a "title" that is a person's name gives way to the next candidate.

    Biopics are named after people, so the swap needs a runner-up that is itself a
    strong candidate (headline-cued, quoted or ALL-CAPS), not a stray phrase.
    """
    film = analysis.record.film
    candidates: list[Candidate] = analysis.notes.get("title_candidates", [])
    if film.title is None or len(candidates) < 2:
        return
    persons = {key_of(a.name) for a in film.actors} | {key_of(d.name) for d in film.directors}
    persons |= {key_of(c.actor) for c in film.cast}
    if key_of(film.title.text) not in persons:
        return
    for cand in candidates[1:]:
        strong = any(s.how in ("headline", "quoted", "caps", "facts") for s in cand.spans)
        if cand.key not in persons and strong and cand.score > 2:
            film.title = TextFact(cand.text, evidence=_evidence(cand))
            return
