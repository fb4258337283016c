"""Patterns and word lists that several steps of reading a film's identity share."""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÄÖÜ0-9]")
_SMALL_WORDS = frozenset("a an the of to in on at for and or with by from is as de la le der die das und von".split())
#: How much one sighting of each kind says "this is the reviewed film".
_WEIGHT = {"headline": 7.0, "line": 2.5, "quoted": 2.0, "caps": 2.5, "prose": 2.0, "run": 0.5, "facts": 4.0}
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
#: A year, not inside a longer number. Written to open with "1" or "2", which the regex engine skips to at once (a
#: pattern opening with a look-ahead is tried at every position); the look-behind after the digit checks the
#: character before it, as :data:`ANY_YEAR_PLAIN`'s did (the tests compare the two). So is :data:`_YEAR_RUNTIME`.
#: The top-level domains of an outlet's web address in a masthead or a footer ("kinokompass.de", "x.co.uk"): one
#: list for every title rule that reads an address.
WEB_DOMAINS = r"de|com|net|org|at|ch|co\.uk|uk|fr|it|nl|io|tv|eu|info"
_ANY_YEAR = re.compile(r"((?:1(?<![\d.,]1)9|2(?<![\d.,]2)0)\d\d)(?![\d.,]\d)")
ANY_YEAR_PLAIN = r"(?=[12])(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)"
_NAV_PARTS = re.compile(r"\s*[|›»>/·•]\s*|\s&\s")  # "Film & Kino": two section labels
_MOVIE_SUFFIX = re.compile(r"\s*(?:der (?:kino)?film|the movie|the motion picture|le film)\s*", re.IGNORECASE)
#: A bracket after a title that opens with its year and goes on with its maker: "(2025, dir. Yuki Sato)",
#: "(2024, Regie: Ana Pohl)", "(2023, R: Tim Ott)".
_YEAR_BRACKET = re.compile(
    r"[ \t]*((?:19|20)\d\d)[ \t]*[,;][ \t]*(?:dir\.|directed by|director|regie|r:|von|by)[^()\n]{1,60}\)", re.IGNORECASE
)
#: Lower-case words inside a title ("Abenteuer auf Amrum", "Song of the Sea").
_INNER_WORD = re.compile(
    r"of|the|a|an|and|at|in|on|to|for|from|with|der|die|das|des|dem|den|und|von|vom|im|am|zum|zur|auf|aus|unter|"
    r"über|mit|für|ein|eine|einer|eines|zu|de|la|le|les|du|et"
)
_QUOTE_MARKS = frozenset("„\"“”»«‘’'")
#: A line under a title that states its facts ("Originaltitel: …", "(OT: …)", "Regie: …", "Director: …").
_FACTS_LABEL = re.compile(
    r"\s*\(?\s*(?:(?:OT|Originaltitel|Original-?[Tt]itel|Original title|Regie|Buch und Regie|Drehbuch und Regie|"
    r"Directors?|Dir\.?)\s*:|(?:Dir\.|Directed by|Written and directed by)\s)",
    re.IGNORECASE,
)
# the end of a sentence inside a run of capitalised words ("Cape Horn. Fireland"); "Mrs. X", "Vol. 2" do not end one
_SENTENCE_BEFORE = re.compile(r"(?<=[a-zäöüß]{3})[.?!] +(?=[A-ZÄÖÜ0-9])")
_WEAK_KINDS = frozenset({"prose", "run"})
_STRONG_KINDS = frozenset({"headline", "line", "quoted", "caps", "facts"})
_ARTICLES = frozenset("the a an der die das ein eine le la les el il".split())
#: A sequel's number after its series' name, with or without a subtitle: "die muffels 2", "x ii: the return".
_SEQUEL_NUMBER = re.compile(r" (\d{1,2}|[ivx]{1,4})(?=$|: )")
_RIGHTS = re.compile(r"(?i)(?:copyright|©|\(c\)|all rights reserved|alle rechte)")
#: A short line that rates a film: "★★★½", "Rating: 3.5/5", "Bewertung: 4 von 5 Sternen", "Grade: B-".
_RATING_LINE = re.compile(
    r"[ \t]*(?:(?:Our |Unsere |Meine |My )?(?:Bewertung|Wertung|Rating|Grade|Note|Score|Urteil|Verdict)[ \t]*:?[ \t]*)?"
    r"(?:[★☆✩✭⭐½]{2,}[^\n]{0,25}|\d(?:[.,]\d)?[ \t]*(?:/|von|out of|of)[ \t]*(?:4|5|10|100)\b[^\n]{0,25}|"
    r"(?<=: )[A-F][+-]?)[ \t]*(?:\n|$)"
)
_CREDITS_AFTER = re.compile(
    r"\s*\(\s*(?:director|directors|dir\.|directed by|regie|regisseur|regisseurin)\b", re.IGNORECASE
)
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
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
    kino on demand|filmfriend|youtube|vimeo|itunes|google play|letterboxd""".replace("\n", "").split("|")
)
