"""Scoring and ranking candidates: each sighting's weight, what takes from it (mentions, persons,
list items, pull quotes), then the page-level rules in their fixed order."""

from __future__ import annotations

import re
from collections.abc import Iterable

from filmkritik import lang
from filmkritik.read import festivals, lexmatch, names, places
from filmkritik.read.title_spans import GENRE_WORD, TitleSpan
from filmkritik.read.titles.candidate import Candidate, _at_line_start, key_of, person_shaped
from filmkritik.read.titles.collect import _leads_headline, _person_before, link_lists
from filmkritik.read.titles.facts import _facts_below
from filmkritik.read.titles.folding import (
    _fold_prefixes,
    _fold_subtitled,
    _occurrences,
    _predecessor_by_words,
    _sequel_over_predecessor,
    _series_apart,
)
from filmkritik.read.titles.furniture import (
    _brand_over_sentence_headline,
    _column_names,
    _film_under_furniture_headline,
    _furniture_masthead,
    _masthead,
    _outlet_name,
    _outlet_over_sections,
    _rubric_over_film,
    _rubric_over_title_and_teaser,
    _tagline_masthead,
    _teaser_runs,
)
from filmkritik.read.titles.headlines import (
    _compared_in_headline,
    _cue_over_heading,
    _first_of_two_quoted,
    _first_of_two_reviews,
    _fold_headline_sentences,
    _heading_over_passing,
    _label_then_title,
    _most_named_over_passing,
    _rated_line,
    _remade_film,
    _second_line_over_first,
    _teaser_after_colon,
)
from filmkritik.read.titles.heads import (
    column_in_body,
    numbered_label_head,
    sequel_line_over_head,
    teaser_before_colon,
    title_over_facts,
    whole_over_part,
)
from filmkritik.read.titles.page_top import demote_furniture, title_by_maker
from filmkritik.read.titles.patterns import (
    _ARTICLES,
    _CREDITS_AFTER,
    _GENERIC,
    _INNER_WORD,
    _LEADING_WORDS,
    _PLATFORMS,
    _QUOTE_MARKS,
    _SMALL_WORDS,
    _STRONG_KINDS,
    _WEIGHT,
    _YEAR_AFTER,
    WEB_DOMAINS,
)
from filmkritik.read.titles.programmes import programme_names

#: An owner's possessive right before a quoted name ("Anna Berg's “X”", "Anna Bergs „X“"): a work of theirs.
_OWNER_BEFORE = re.compile(r"(?<![\w.])[A-ZÄÖÜ][\w-]*[a-zäöü](?<!Film)(?:['’]s|s|['’])\s[„\"“»«‘']?\Z")
#: Headline sentences that ask why or how: "Warum dieser Film …", "Why this comedy works".
_WHY = ("Warum ", "Wieso ", "Weshalb ", "Why ", "How ")
#: A role word right before a person the page introduces ("our film critic Owen Hart", "Filmkritiker Jo Berg",
#: "Moderation: Eva Kühn"): that person is never the film.
_ROLE_BEFORE = re.compile(
    # not "ANMODERATION:"/"ABMODERATION:", a radio script's label for the host's own words about the film
    r"(?i)(?:critic|reviewer|host|presenter|correspondent|anchor|kritiker|kritikerin|moderator|moderatorin|"
    r"(?<!an)(?<!ab)moderation:|korrespondent|korrespondentin|im gespräch:|rezensent|rezensentin)[ \t]+\Z"
)
#: "Brennmoor 2027: 'The Salt Choir' is …": a festival's name and year heading a line before a quoted title.
_EVENT_PREFIX = re.compile(r"(?m)^([^\W\d_][^\n:'\"‘“„»]{0,40}?) ((?:19|20)\d\d): ?['\"‘“„»]")
_YEAR_AFTER_LINE = re.compile(r"\s*\((?:19|20)\d\d\)\s*$")
_FILM_NOUN_BEFORE = re.compile(
    r"(?:\b|\w)(?:[Ff]ilms?|[Ss]pielfilm|[Dd]rama|[Kk]omödie|[Tt]hriller|[Ww]estern|[Dd]oku\w*|[Mm]ovie|[Ss]equel|"
    # "die neue Version, „X“", "the new version, “X”", "Neuverfilmung „X“": the film that remakes another
    r"[Vv]ersion,?|[Rr]emake,?|[Nn]euverfilmung,?|[Nn]euauflage,?)\s*[„\"“»«‘']$"
)
#: "…, und es gibt „X“", "and then there's “X”": the critic's film set against the rest of its kind.
_THEN_THERE_IS = re.compile(r"(?:\bund (?:dann )?gibt es|\bund es gibt|\band (?:then )?there['’]s)[ \t]*[„\"“»«‘']\Z")
#: A quoted title's maker right after it: "„X“ von der Grazer Regisseurin Y", "“X,” from director Y".
_MAKER_AFTER = re.compile(
    r"[“”\"«»’']?,?[ \t]+(?:von|by|from)[ \t]+(?:(?:der|dem|des|the)[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"(?:Regisseur|Regisseurin|Regieduo|Filmemacher|Filmemacherin|[Dd]irector|[Ff]ilmmaker|[Ww]riter-director)\b"
)
#: An article right before a bare word makes it a common noun, not a title said again: "es gibt ein Alien" beside
#: a quoted „Alien“ that the critic compares with.
_ARTICLE_BEFORE = re.compile(
    r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+$"
)
#: A name used like a person's: "X spielt die Mutter", "X plays", "Xs Film"; not "X spielt auf einer Alm", where a
#: film is set.
_PERSON_AFTER = re.compile(
    r"\s+(?:spielt(?!\s+(?:in|im|auf|am|an|während|zur|zu|um|vor|unter|mitten|irgendwo|fast|ganz|heute)\b)|"
    # "X plays like a radio drama", "X plays out over one night": a film, not an actor
    r"plays(?!\s+(?:like|out|as\s+if|as\s+though|more|less|better|worse|well|best|it|its|both|to)\b)|"
    r"stars|verkörpert|portrays)\b|s\s+(?:Film|Regie|neuer)\b"
)
_LINE_KINDS = frozenset(("headline", "line", "facts", "caps"))
_YEAR_END = re.compile(r"\s*['’]?(?:19|20)?\d\d$")
#: What a quoted name opening the headline adds to its quote (a headline cue's line weighs 7).
_HEADLINE_QUOTE_BONUS = 3.0
#: A transcript's speaker label with its role: "PAULA REYES, HOST:", "Karla Nettelbeck, Moderatorin:".
_ROLE_LABEL = re.compile(
    r"(?i)[^\n,:]{2,40},[ \t]*(?:host|co-host|presenter|anchor|critic|film critic|reviewer|correspondent|reporter|"
    r"guest|moderator|moderatorin|moderation|kritiker|kritikerin|filmkritiker|filmkritikerin|gast|reporterin)[ \t]*:?"
)
#: A rating in brackets after a heading's title: "(Grade: A-)", "(Rating: 3/5)", "(★★★½)".
_GRADE_AFTER = re.compile(
    r"[ \t]*\((?:(?:Grade|Rating|Note|Wertung|Bewertung|Score)[ \t]*:[ \t]*[^()\n]{1,12}|[★☆½]{1,6})\)[ \t]*(?:\n|$)"
)
#: A breadcrumb's separator right after a shouted name: "ARTS & CULTURE › MOVIES", "KINO > KRITIKEN".
_PATH_AFTER = re.compile(r"[ \t]*(?:›|»|>|[ \t]/)[ \t]*\S")
_DOMAIN_AFTER = re.compile(rf"\.(?:{WEB_DOMAINS})\b")
_ROW_SEPARATORS = ("·", "•", "|")
#: A sentence that names films in passing after the one reviewed: "Elsewhere: I also caught …", "Also screening:
#: …", "Außerdem gesehen: …" (compared casefolded, in the sentence before the name).
_PASSING = re.compile(
    r"\b(?:elsewhere|also (?:caught|saw|watched|screening|screened|showing|playing|streaming|new|opening|out)|"
    r"other (?:films|titles|releases|new releases|highlights)|(?:außerdem|ausserdem|ebenfalls|auch) (?:gesehen|neu|im|in|"
    r"läuft|laufen|startet|starten|auf)|weitere (?:filme|neustarts|starts)|"
    # a TV page's other programme: "Auch heute: … zeigt um 20:15 Uhr", "Danach: 21:45 Uhr „X“", "Also tonight:"
    r"auch heute|heute außerdem|also tonight|later tonight)(?!\w)"
    # "Danach: 21:45 Uhr „X“", "Im Anschluss, 23:15 Uhr:": a label opening its sentence; not "kam danach: „X“"
    r"|^\s*(?:danach|im anschluss|anschließend|afterwards)(?:,?[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*uhr)?)?:"
)
#: A film the critic did not get to see (or not to its end): "habe ich verpasst", "war ausverkauft", "nur zur Hälfte
#: gesehen", "I missed", "was sold out".
_MISSED = lexmatch.OpeningLedPattern(
    r"\b(?:verpasst|verpasste|versäumt|ausverkauft|nicht\s+(?:geschafft|reingekommen|hineingekommen|zu\s+Ende\s+gesehen)|"
    r"nur\s+zur\s+Hälfte\s+gesehen|missed|"
    r"sold\s+out|couldn['’]t\s+get\s+(?:in|a\s+ticket|tickets))\b"
)
#: Last words of company names ("Northlight Pictures", "Lichtblick Filmverleih"): distributors, not films.
_COMPANY_WORDS = frozenset(
    """pictures films entertainment studios studio releasing distribution media productions production
    filmverleih verleih filmproduktion features""".split()
)
#: A series', column's or outlet's own noun ending right before a quoted name ("Serie „X“", "Frankenpost-Blog „X“"):
#: the name is the series', not a film's.
_SERIES_NOUNS = (
    *("serie", "reihe", "kolumne", "rubrik", "blog", "podcast", "newsletter", "tagebuch", "sendung", "sendereihe"),
    *("series", "column", "diary", "programme", "radio show"),
)
_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s+")
#: Last letters of the genre words :data:`GENRE_WORD` ends in, for a cheap test before it.
_GENRE_ENDS = (
    *("drama", "thriller", "komödie", "film", "western", "krimi", "satire", "musical", "biopic", "documentary"),
    *("comedy", "romance", "fantasy", "märchen", "mystery", "dokumentation", "serie", "series", "doku", "horror"),
    *("animation", "action", "abenteuer", "fiction", "sci-fi"),
)
_WEAK_CUES = frozenset("an nach für seit after since than".split())
_COORDINATORS = frozenset("und and oder or sowie".split())
_CLOSING_QUOTES = tuple("“”\"«»’'")
#: Lower-case words inside a capitalised run that person names do not have (unlike "von", "de", "van").
_TITLE_INNER = frozenset("of the a an in on at to for and or der die das dem den des im am zum zur und auf aus".split())
_RUN_VERBS = frozenset("is are was were has have ist sind war waren hat haben".split())
#: Before a name, words that set it back as the maker's or the star's earlier work: "nach ihrem gefeierten Debüt",
#: "seit seinem Erfolg mit", "after his breakthrough hit", "thanks to", "best known for" (casefolded).
_EARLIER_WORK = re.compile(
    r"(?:\b(?:nach|seit|after|since)\s+(?:seinem|ihrem|dem|deren|dessen|his|her|their|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:debüt\w*|erstling\w*|erfolg\w*|durchbruch|hit|debut|breakthrough|success|smash)(?:\s+(?:mit|with))?"
    r"|\bthanks\s+to|\b(?:best\s+|well\s+)?known\s+for|\bfamous\s+for|\bbekannt\s+(?:aus|durch))\Z"
)
_WORK_NOUN_END = re.compile(r"\b(?:film|films|movie|roman|novel|serie|series|debüt|debut|werk|hit|hits)$")


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


def rank(
    text: str, spans: Iterable[TitleSpan], data: object, language: str = "en", lowered: str | None = None
) -> list[Candidate]:
    """Pool sightings by name and score them; best first (``lowered``: the text lower-cased, when known)."""
    pooled: dict[str, Candidate] = {}
    for span in spans:
        key = key_of(span.text)
        if len(key) < 2 or key in _ARTICLES:  # "Ein" of "Ein Newsletter von …": an article alone names nothing
            continue
        pooled.setdefault(key, Candidate(key)).spans.append(span)
    mention_cues = tuple(getattr(data, "MENTION_CUES", ()))
    lowered = text.lower() if lowered is None else lowered
    links = link_lists(text)
    for cand in pooled.values():
        cand.occurrences = _occurrences(text, cand, lowered)
        if links:  # "› Tag 1: … „X“ enttäuscht": a link to another article does not name the film again
            cand.occurrences = [o for o in cand.occurrences if not any(a <= o[0] < b for a, b in links)]
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
    _predecessor_by_words(text, pooled, lowered, language)
    _fold_prefixes(pooled)
    _fold_headline_sentences(pooled)
    _label_then_title(text, pooled)
    _rated_line(text, pooled)
    _second_line_over_first(text, pooled)
    _most_named_over_passing(text, pooled)
    _heading_over_passing(text, pooled)
    _compared_in_headline(text, pooled)
    _brand_over_sentence_headline(text, pooled, language)
    _film_under_furniture_headline(text, pooled, language)
    _rubric_over_title_and_teaser(text, pooled)
    _rubric_over_film(text, pooled, language)
    _column_names(text, pooled)
    _cue_over_heading(text, pooled, language)
    _teaser_after_colon(pooled)
    teaser_before_colon(text, pooled, language, lowered)
    column_in_body(text, pooled)
    programme_names(text, pooled)
    numbered_label_head(text, pooled, language, lowered)
    _first_of_two_reviews(text, pooled, getattr(data, "NAVIGATION", frozenset()))
    _first_of_two_quoted(text, pooled)
    _remade_film(text, pooled, lowered)
    _maker_earlier_film(text, pooled, language)
    _teaser_runs(text, pooled)
    _kicker_line(text, pooled)
    sequel_line_over_head(text, pooled)
    title_over_facts(text, pooled, language)
    whole_over_part(text, pooled)
    title_by_maker(text, pooled)
    demote_furniture(text, pooled, getattr(data, "NAVIGATION", frozenset()))
    best = max(pooled.values(), key=_score_of, default=None)
    if best is not None and not any(s.how in _LINE_KINDS for s in best.spans):
        # a best name with no heading of its own: a heading said once may name the film instead
        _question_heading(text, pooled, best)
        _heading_over_character(text, pooled, language, best)
    _speech_headings(text, pooled)
    _speaker_labels(text, pooled)  # last: a label is never the film, whatever the rules above made of it
    _introduced_persons(text, pooled)
    _role_labels(text, pooled)
    _host_lines(text, pooled)
    _event_prefixes(text, pooled)
    return sorted(pooled.values(), key=lambda c: (-c.score, c.first))


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
        # "Außerdem neu: „Nachtbus“": a line after a passing label names the other film all the same
        and not any(s.how in ("headline", "line") and _at_line_start(text, s.start) for s in cand.spans)
        and (
            _in_passing(text, cand.occurrences[0][0])
            # "Think X with fewer jokes. … Also new this week: 'X' (returning)": compared first, then listed among
            # the other new films; a list line that opens with its passing label says which kind of name it is
            or any(_listed_in_passing(text, start) for start, _ in cand.occurrences[1:])
        )
    )
    # "Den Vormittagsfilm „X“ habe ich verpasst", "“X” was sold out": a film the critic did not see, said once
    passing = passing or (
        len(cand.occurrences) == 1
        and any(s.how == "quoted" for s in cand.spans)
        and _missed_screening(text, cand.occurrences[0][0])
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
            elif len(cand.occurrences) <= 1 and span.text.startswith(_WHY) and span.text.count(" ") >= 3:
                weight = 0.5  # "Warum dieser Heimatkrimi einfach funktioniert" said once: a headline sentence
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
        if span.how in ("line", "caps", "headline") and (
            _CREDITS_AFTER.match(text, span.end)
            or (text[span.end : span.end + 3].strip()[:1] == "(" and _GRADE_AFTER.match(text, span.end))
        ):
            # "UNMADE HEARTS (director: …; cast: …, 2024)", "Stille Felder (Regie: …)", "X (Grade: A-)", "X (★★★)"
            weight += 2.5
        at_line_start = span.start == 0 or text[span.start - 1] == "\n"
        alone = at_line_start and " " not in span.text and text[span.end : span.end + 1] in ("\n", "")
        if span.how == "caps" and _verdict_labelled(text, span):
            weight = -1.5  # "Our Call: BIN IT.", "Verdict: WAIT FOR IT": the critic's call, not a name
        elif span.how == "caps" and len(cand.occurrences) <= 1 and span.start in line_starts:
            weight = 0.5  # "CELLULOID DREAMS" said once on its own line: one sighting, and its line already counts
        elif span.how == "caps" and at_line_start and _path_after(text, span.end):
            weight = 0.5  # "ARTS & CULTURE › MOVIES › …", "FILMECHO · Das Branchenblatt · …": a path's or a row's start
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
        elif span.how == "prose" and _EARLIER_WORK.search(
            text[max(0, span.start - 40) : span.start].rstrip(" „\"“»«‘'(").casefold()
        ):
            weight = -1.5  # "a star thanks to 9 Lives of Lucy Pike, a comedy …": the star's earlier film
        elif span.how in ("quoted", "prose", "line") and passing:
            # "Elsewhere: I also caught “Low Tide Radio”": another film, after the one reviewed
            weight = -1.5 if span.start <= cand.occurrences[0][0] else min(weight, 0.5)
        elif span.how in ("quoted", "line") and (_series_before(text, span.start) or _programme_name(text, span)):
            weight = -1.5  # "Serie „Gedreht in Brandenburg“ – Folge 7", "Frankenpost-Blog „Film ab in Hof“": furniture
        elif (
            span.how == "quoted"
            and len(cand.occurrences) <= 1
            and _OWNER_BEFORE.search(text[max(0, span.start - 40) : span.start])
            # "Konrad Elsners „Aschewinter“ will ein Drama sein": the page's first quote, opening its body,
            # presents the film reviewed
            and not _first_quote_opening(text, span.start)
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
        elif (
            span.how in ("quoted", "line")
            and len(cand.occurrences) <= 1
            and _pull_quote(text, span)
            and not _quote_over_facts(text, span, navigation)
        ):
            weight = min(weight, 0.5)  # "„Ein Meisterwerk der Stille“" heading a page: a quoted judgement said once
        elif span.how == "quoted" and _FILM_NOUN_BEFORE.search(text[max(0, span.start - 12) : span.start]):
            weight += 2.0  # 'Film „X“', 'the movie "X"'
        elif span.how == "quoted" and _THEN_THERE_IS.search(text, max(0, span.start - 24), span.start):
            weight += 2.0  # "Es gibt Filme, die überraschen wollen, und es gibt „X“": the film set against all others
        elif span.how == "quoted" and _MAKER_AFTER.match(text, span.end):
            weight += 2.0  # "„X“ von der Grazer Regisseurin Y", "“X,” from director Y": the film and its maker
        if (
            span.how == "prose"
            and text.endswith(" in ", max(0, span.start - 4), span.start)
            and _no_actor_in(text, span, language)
        ):
            weight = 0.0  # "Four Winters in Tromsø" heading a page: a title with a place, not "Ann Bo in Tromsø"
        if span.how == "quoted" and weight >= _WEIGHT["quoted"] and _leads_headline(text, span.start, span.end):
            # "„Alles auf Anfang“: Zwischen Sitcom und …", "'Every Little Ember' burns bright", "'X' on Glowbox:
            # Watch It or Pass?": a quoted name opening the page's headline, the rest a teaser, is the film
            weight += _HEADLINE_QUOTE_BONUS
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
    if (
        not any(s.how in ("headline", "quoted", "caps", "facts") for s in cand.spans)
        and (person_shaped(cand.text, language) or _first_name_only(cand.text, language))
        and not _dated_heading(text, cand, navigation)
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
    elif " " in cand.key and _letter_from(cand.text):
        score -= 6  # "LETTER FROM KARLOVY VARY", "Postcard from Cannes", "Grüße aus Venedig": the dispatch's heading
    return score


#: A dispatch's heading before its place or festival: "Letter from …", "Postcard from …", "Notizen aus …".
_LETTER_FROM = re.compile(
    r"(?i)(?:letter|letters|dispatch|postcard|notes|report|news|diary|brief|briefe|grüße|notizen|tagebuch|bericht)"
    r"\s+(?:from|aus|vom|von)\s+(?:the\s+|der\s+|dem\s+)?"
)


def _letter_from(value: str) -> bool:
    m = _LETTER_FROM.match(value)
    if m is None:
        return False
    where = value[m.end() :]
    where = _YEAR_END.sub("", where) if where[-1:].isdigit() else where
    return any(places.canonical(w) or festivals.canonical(w) for w in {where, where.title()})


def _kicker_line(text: str, pooled: dict[str, Candidate]) -> None:
    """ "SPORT ON SCREEN" / "Par for the course" / standfirst: a shouted first line said once, over a heading in
    ordinary case, is the section's kicker, when the body names another film at least twice."""
    first_end = text.find("\n")
    if first_end < 0 or first_end > 40:
        return
    for cand in pooled.values():
        if (
            cand.score <= 0
            or len(cand.occurrences) > 1
            or not all(s.how in ("line", "caps") and s.start < first_end for s in cand.spans)
            or not cand.text.isupper()
        ):
            continue
        after = first_end + 1
        while text.startswith("\n", after):
            after += 1
        line_end = text.find("\n", after)
        heading = text[after : line_end if line_end >= 0 else len(text)]
        if not heading or heading.isupper() or not any(ch.islower() for ch in heading):
            continue  # two shouted lines, or nothing under it
        if any(
            other is not cand and len(other.occurrences) >= 2 and other.score > 0 and other.key not in cand.key
            for other in pooled.values()
        ):
            cand.score -= 4.0


_DATED_LINE_END = re.compile(r"[ \t]+\(?(?:19|20)\d\d\)?[ \t]*$")


def _dated_heading(text: str, cand: Candidate, navigation: frozenset[str]) -> bool:
    """ "Maple Hollow 2026" / "Directed by …": a line naming the film with its year over its facts is a title,
    however much the name looks like a person's (a byline has no year of its own and no credits below)."""
    for span in cand.spans:
        if span.how != "line":
            continue
        line_end = text.find("\n", span.end)
        if line_end < 0 or _DATED_LINE_END.fullmatch(text, span.end, line_end) is None:
            continue
        if _facts_below(text, line_end + 1, navigation):
            return True
    return False


def _path_after(text: str, end: int) -> bool:
    """A shouted name opens the page's path, a site's address or a row of labels: "ARTS & CULTURE › MOVIES",
    "KINOSEITE.de > Blu-ray", "FILMECHO · Das Branchenblatt · Neustarts der Woche"."""
    if _PATH_AFTER.match(text, end) or _DOMAIN_AFTER.match(text, end):
        return True
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return rest[:3].strip()[:1] in _ROW_SEPARATORS and sum(rest.count(c) for c in _ROW_SEPARATORS) >= 2


#: A verdict's label before a shouted call on the same line: "Our Call: BIN IT.", "Verdict: SKIP IT", "Unser Urteil:".
_VERDICT_LABEL_BEFORE = re.compile(
    r"(?i)(?:call|verdict|urteil|fazit|empfehlung|bottom line|rating|wertung|grade|votum|so what)[ \t]*:[ \t]*$"
)
#: After a shouted call: its sentence ends ("BIN IT.", "WAIT FOR IT!"), or the line does.
_CALL_END = re.compile(r"[.!]?[ \t]*(?:\n|$)|[.!][ \t]+\S")


def _verdict_labelled(text: str, span: TitleSpan) -> bool:
    """ "Our Call: BIN IT.", "Verdict: SKIP IT": a shouted call right after a verdict's label and colon, ending its
    sentence, is the critic's verdict, not the film."""
    if text.rfind(":", max(0, span.start - 30), span.start) < 0:
        return False  # no label's colon before it (most shouted names)
    line_start = text.rfind("\n", 0, span.start) + 1
    return (
        _VERDICT_LABEL_BEFORE.search(text, max(line_start, span.start - 30), span.start) is not None
        and _CALL_END.match(text, span.end) is not None
    )


def _no_actor_in(text: str, span: TitleSpan, language: str) -> bool:
    """A caption's "<actor> in <film>" captured ``span``, but the line opens with a common word that is no first
    name ("Four Winters in Tromsø", "Dark Days in Lagos"): a title naming a place, not an actor in a film."""
    line_start = text.rfind("\n", 0, span.start) + 1
    head = text[line_start : span.start - 4].split()
    if not all(w[:1].isupper() or w in ("and", "und", "&") for w in head):
        return False  # "Tamar Gelovani erzählt in Die Weinleserinnen von …": a sentence's verb, no caption's names
    first = text[line_start : span.start].split(" ", 1)[0]
    lex = names.lexicon()
    return first[:1].isupper() and lex.is_common(first, language) and not lex.is_first_name(first)


def _list_item(text: str, start: int) -> bool:
    """The name at ``start`` is a numbered list's item ("3. Nachtfahrt", "2) The Undertow")."""
    line_start = text.rfind("\n", 0, start) + 1
    return 2 <= start - line_start <= 4 and _LIST_ITEM.fullmatch(text, line_start, start) is not None


def _quote_over_facts(text: str, span: TitleSpan, navigation: frozenset[str]) -> bool:
    """ "„Hafenmord – Der Tote am Kai“" / "D 2027 · 90 Min. · Regie: …": a quoted line right above the film's facts
    is its heading, not a pull quote."""
    line_end = text.find("\n", span.end)
    return line_end >= 0 and _facts_below(text, line_end + 1, navigation)


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


#: Words right before a character's name: "als Witwe Sigrún", "spielt diesen Hansi", "as Bridie" (not "heißt", which
#: names films as often: "Der große Wurf dieser Woche heißt X").
_CHARACTER_CUES = frozenset("als spielt spielen verkörpert gibt diesen diese dieser as plays playing".split())


def _score_of(cand: Candidate) -> float:
    return cand.score


def _heading_over_character(text: str, pooled: dict[str, Candidate], language: str, best: Candidate) -> None:
    """ "Die Rückkehr des Zauberers" / "Familienfilm, ab 6 Jahren" / "Der Zauberer Balduin … Balduin ist Wolfram
    Kettelhack": a short heading standing alone at the page's top, said once, names the film; a name the body uses
    for a character ("als Witwe Sigrún", "spielt diesen Hansi", "X ist <actor>") does not beat it, however
    often the body says it."""
    if best.score < max(c.score for c in pooled.values()) or any(
        s.how in ("headline", "line", "facts", "caps")
        or (s.how == "quoted" and _leads_headline(text, s.start, s.end))
        # "…, und es gibt „X“": a name the critic sets against all other films is no character's
        or (s.how == "quoted" and _THEN_THERE_IS.search(text, max(0, s.start - 24), s.start))
        for s in best.spans
    ):
        return
    if not _character_use(text, best, language):
        return
    top = [s for s in _top_lines(text, 2)]
    headings = []
    for cand in pooled.values():
        # a heading the body says once more ("… das Wolkenschloss ihrer Großmutter") is no less the film's name
        if cand is best or len(cand.occurrences) > 2:
            continue
        # "Ein Sommer mit Oskar" over "Der Roboter heißt „Oskar“": a heading ending in the character's name gave its
        # weight to that name (a headline sentence about it, as far as the folding could tell); it is the title
        if cand.score <= 0 and not (" " in cand.key and cand.key.endswith(" " + best.key)):
            continue
        words = cand.text.split()
        if not 1 <= len(words) <= 5 or not cand.text[:1].isupper():
            continue
        if any(
            (s.how == "line" and (s.start, s.end) in top)
            # "„Schwarzer Schnee“: Schmuggler im Grenzland" heading the page
            or (s.how == "quoted" and _leads_headline(text, s.start, s.end) and any(a < s.start < b for a, b in top))
            for s in cand.spans
        ):
            headings.append(cand)
    if headings:
        # "Kinderkino" / "Das Geheimnis der Leuchtturminsel": of a label and a heading, the one that scores more
        max(headings, key=_score_of).score = best.score + 0.1


def _top_lines(text: str, count: int) -> set[tuple[int, int]]:
    """Where the page's first ``count`` non-blank lines stand (stripped), when each is alone and short."""
    found: set[tuple[int, int]] = set()
    start = 0
    while start < len(text) and len(found) < count and start < 400:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            found.add((start + lead, start + lead + len(line.strip())))
        start = end + 1
    return found


def _character_use(text: str, cand: Candidate, language: str) -> bool:
    """The body uses the name for a character: after "als", "spielt", "as", "plays", or before "ist"/"is"
    and an actor's first and last name ("Balduin ist Wolfram Kettelhack")."""
    lex = names.lexicon()
    for start, end in cand.occurrences:
        before = text[max(0, start - 50) : start].rstrip(" „\"“»«‘'").split()
        if before and before[-1].lower() in _CHARACTER_CUES:
            return True
        if len(before) >= 2 and before[-1] in _NAMING_VERBS and _character_noun(before[:-1]):
            return True  # "Der Roboter heißt „Oskar“", "a robot named Oskar": a character, not a film
        after = text[end : end + 40].split()
        if (
            len(after) >= 3
            and after[0] in ("ist", "is")
            and after[1][:1].isupper()
            and lex.is_first_name(after[1])
            and after[2][:1].isupper()
        ):
            return True
    return False


#: Verbs that give a name after a noun: "Der Roboter heißt Oskar", "a robot named Oskar", "the heroine is called".
_NAMING_VERBS = frozenset("heißt hieß named called".split())
#: Nouns for a story's beings (not for a film, a week's pick or a prize): "Der Seehund heißt …", "a robot named …".
_CHARACTER_NOUNS = frozenset(
    """held heldin hauptfigur figur protagonist protagonistin hauptperson junge mädchen kind mann frau roboter hund
    hündin katze kater pferd drache seehund bär fuchs tochter sohn vater mutter bruder schwester großvater großmutter
    opa oma kommissar kommissarin ermittler ermittlerin lehrer lehrerin freund freundin nachbar nachbarin monster
    gespenst geist zauberer hexe puppe schurke bösewicht außerirdische außerirdischer alien prinzessin prinz könig
    königin pirat kapitän dackel kuh schaf esel papagei maus elefant wal delfin pinguin
    hero heroine protagonist character boy girl kid man woman robot dog cat horse dragon seal bear fox daughter son
    father mother brother sister grandfather grandmother grandpa grandma detective teacher friend neighbor neighbour
    monster ghost wizard witch puppet villain alien princess prince king queen pirate captain cow sheep donkey parrot
    mouse elephant whale dolphin penguin""".split()
)


def _character_noun(words: list[str]) -> bool:
    """The words before a naming verb end with a story's being: "Der Roboter", "Die Heldin dieses Films", "a robot",
    "the old dog" (a noun at most three words back, past "dieses Films"/"of the film")."""
    tail = [w.strip(",;:()").casefold() for w in words[-5:]]
    if tail[-2:] in (["dieses", "films"], ["des", "films"], ["the", "film"], ["the", "movie"]):
        tail = tail[:-2]
        if tail and tail[-1] == "of":
            tail = tail[:-1]
    return any(w in _CHARACTER_NOUNS for w in tail[-3:])


def _question_heading(text: str, pooled: dict[str, Candidate], best: Candidate) -> None:
    """ "Wo bleibt Tante Grete?" heading the page, then "Tante Grete" in the body without any cue or quotes: a short
    question heading said once is the film's title when the best name is no more than a capitalised run inside it
    (the title's own words said again), not a teaser about a film the page names some other way."""
    if not all(s.how == "run" for s in best.spans) or "?" not in text[:400]:
        return
    for cand in pooled.values():
        words = cand.text.split()
        if (
            2 <= len(words) <= 7
            and cand.text.endswith("?")
            and not cand.text.startswith(_WHY)
            and len(cand.occurrences) <= 1
            and any(s.how == "line" and s.start < 300 for s in cand.spans)
            and f" {best.key} " in f" {cand.key} "
            and cand.score < best.score
        ):
            cand.score = best.score + 0.1
            return


def _listed_in_passing(text: str, start: int) -> bool:
    """The name at ``start`` stands in a line that opens with a passing label ("Also new this week on Flickbox: 'A',
    'B'", "Ebenfalls neu: „A“ | „B“")."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 80:
        return False
    head = text[line_start:start]
    return ":" in head and _PASSING.match(head.casefold()) is not None


#: First-person words in a quote: speech ("„Ich wollte nie nach Hause“", "'I just wanted to …'").
_FIRST_PERSON = frozenset(
    "ich wir mir mich uns mein meine meinen meinem meiner i we me my our us i'm i’m we're".split()
)
#: A quote's speaker after it in the body: "…“, sagt sie", "…," she says", "…“, erzählt Vollrath".
_SAID_AFTER = re.compile(
    r"[“”\"’'«»]?,?[“”\"’'«»]?[ \t]+(?:sagt|sagte|erzählt|erzählte|meint|meinte|erinnert sich|lacht|says|said|recalls|"
    r"explains|adds|laughs)\b"
)
#: An interview's marks on the heading's line or the line below it: "im Gespräch", "Interview", "über ihren Film".
_INTERVIEW_MARK = re.compile(
    r"(?i)\b(?:im\s+gespräch|gespräch\s+mit|interview\w*|über\s+(?:ihren|seinen|den)\s+(?:neuen\s+)?film|"
    r"in\s+conversation|talks?\s+(?:to|with|about)|on\s+(?:her|his|their|making)\b)"
)


#: A quote opening a line (after its line break): "\n„Ich wollte nie nach Hause“", "\n'I just wanted to …'".
_QUOTE_AFTER_BREAK = re.compile(r"\n[ \t]*[„\"“”»«‘’']([^\n„“”\"»«]{3,120}?)[“”\"«»’']")
_QUOTE_AT_START = re.compile(r"[ \t]*[„\"“”»«‘’']([^\n„“”\"»«]{3,120}?)[“”\"«»’']")


def _speech_headings(text: str, pooled: dict[str, Candidate]) -> None:
    """ "„Ich wollte nie nach Hause“: Regisseurin X im Gespräch", "'I just wanted to make my mother laugh': X on Y":
    a quoted sentence in the first person heading the page is someone's words, not the film, when the page says who
    said it (an interview's mark on its line or the next, or the quote again in the body with "sagt"/"says")."""
    found = [m for m in (_QUOTE_AT_START.match(text),) if m is not None]
    found += _QUOTE_AFTER_BREAK.finditer(text, 0, 400)
    for m in found:
        cand = pooled.get(key_of(m.group(1)))
        if cand is None or cand.score <= 0.5 or cand.key.count(" ") < 2:
            continue
        if not _FIRST_PERSON.intersection(cand.key.replace(",", " ").split()):
            continue
        head_end = m.end(1)
        line_end = text.find("\n", head_end)
        next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
        around = text[head_end : next_end if next_end >= 0 else len(text)]
        if _INTERVIEW_MARK.search(around[:300]) or any(
            _SAID_AFTER.match(text, end) for start, end in cand.occurrences if start > head_end
        ):
            cand.score = min(cand.score, 0.5)


def _speaker_labels(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Moderator: Und die Hauptdarstellerin?" / "Freitag: Die Glasbläserin ...": a name opening two lines or more
    with a colon, each time going on with other words, and never standing anywhere else as a heading, is a
    transcript's speaker label, not a film ("Starfall: Reckoning" said twice is a title with its subtitle)."""
    found: list[str] = []
    for cand in pooled.values():
        if len(cand.occurrences) < 2:
            continue
        labels: dict[int, str] = {}
        for start, end in cand.occurrences:
            if (
                _at_line_start(text, start)
                and (
                    text[end : end + 1] == ":"
                    or text[end - 1] == ":"
                    # "MODERATORIN (Ina Roth): Und jetzt …" / "MODERATORIN: Und dann?": the first label names the speaker
                    or (text[end : end + 2] == " (" and _LABEL_COLON.match(text, end) is not None)
                )
            ):
                after = text[end : end + 40].lstrip(": \t").split("\n", 1)[0]
                labels[start] = " ".join(after.split()[:2])
        if (
            len(labels) >= 2
            and len(set(labels.values())) == len(labels)
            and all(s.start in labels for s in cand.spans if s.how != "run")
        ):
            cand.score = min(cand.score, -2.0)
            found.append(cand.key.rstrip(":") + ": ")
    for cand in pooled.values() if found else ():
        label = next((f for f in found if cand.key.startswith(f)), "")
        if (
            label
            and (
                len(cand.occurrences) <= 1
                # "MODERATOR: Und jetzt …" / "MODERATOR: Und die Mutter?": the label and a speaker's first word, each
                # time opening a line and going on ("Iron Tide 2: Reckoning" standing alone on a line is a title)
                or (
                    " " not in cand.key[len(label) :]
                    and all(
                        _at_line_start(text, start) and text[end : end + 1] == " " for start, end in cand.occurrences
                    )
                )
            )
        ):
            cand.score = min(cand.score, -2.0)  # "Kritiker: Das ...": a prose capture opening with the label
    # "MODERATOR (Holger B.): Und jetzt …", "HOST (Dana W.): Welcome back", "PODCAST TRANSCRIPT: Frame by Frame":
    # a label said once, opening its line before a colon, on a page of speakers' lines, is no film either
    once = [
        cand
        for cand in pooled.values()
        if cand.score > -2.0
        and len(cand.occurrences) <= 1
        and all(s.how != "run" or s.start == cand.spans[0].start for s in cand.spans)
        and all(_at_line_start(text, s.start) and _LABEL_COLON.match(text, s.end) for s in cand.spans)
    ]
    # "JUNE ABERCROMBIE: Welcome back …" / "I'm June Abercrombie." / "ABERCROMBIE: The Night Ledger.": a full name
    # labelling its lines, whose surname labels others, is the speaker's, however often the talk says it
    named = [
        cand
        for cand in pooled.values()
        if cand.score > -2.0
        and " " in cand.key
        and len(cand.occurrences) > 1
        and any(s.how != "run" for s in cand.spans)
        and all(_at_line_start(text, s.start) and _LABEL_COLON.match(text, s.end) for s in cand.spans if s.how != "run")
    ]
    speakers = _SPEAKER_LINE.findall(text) if once or named else []
    if once and len(speakers) >= 3:
        for cand in once:
            cand.score = min(cand.score, -2.0)
    if named and len(speakers) >= 3:
        speaking = {line.split(":", 1)[0].split("(", 1)[0].strip().casefold() for line in speakers}
        for cand in named:
            if cand.key.rsplit(" ", 1)[1] in speaking:
                cand.score = min(cand.score, -2.0)


#: After a speaker's label: "(Holger Bremstedt): ", ": ".
_LABEL_COLON = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:[ \t]+\S")
#: A transcript's line: "VAHLKAMP: Guten Morgen", "Moderator: Und …", "HOST (Dana W.): Welcome".
_SPEAKER_LINE = re.compile(r"(?m)^[A-ZÄÖÜ][\wÄÖÜäöüß.'’ -]{0,30}(?:\([^()\n]{1,40}\))?:[ \t]+\S")


def _introduced_persons(text: str, pooled: dict[str, Candidate]) -> None:
    """ "our film critic Owen Hart has seen it", "Filmkritiker Jo Berg": a person the page introduces as its critic,
    host or guest (and then, say, as a speaker label) is never the film; a quoted name is left alone."""
    for cand in pooled.values():
        if cand.score <= -2.0 or " " not in cand.key or any(s.how == "quoted" for s in cand.spans):
            continue
        if any(_ROLE_BEFORE.search(text, max(0, start - 30), start) for start, _ in cand.occurrences):
            cand.score = min(cand.score, -2.0)


def _role_labels(text: str, pooled: dict[str, Candidate]) -> None:
    """ "PAULA REYES, HOST: A new heist movie opens …": a name with its role, opening a line before a colon, is a
    transcript's speaker label, never the film."""
    for cand in pooled.values():
        if "," not in cand.key or cand.score <= -2.0:
            continue
        for span in cand.spans:
            if (
                _at_line_start(text, span.start)
                and (span.text.endswith(":") or text.startswith(":", span.end))
                and _ROLE_LABEL.fullmatch(span.text)
            ):
                cand.score = min(cand.score, -2.0)
                break


#: Before a quote: a German possessive of a surname ("Etheridges „X“").
_POSSESSIVE_BEFORE_DE = re.compile(r"(?<![\w-])(?P<name>[A-ZÄÖÜ][\wäöüß'’-]+)s\s*[„\"“»«‘]$")
#: After a quote: a relative clause in the perfect or past that sets the film back in time ("…“, über den ich hier
#: vor drei Jahren geschwärmt habe", "…“, den sie 2019 gedreht hatte").
_EARLIER_CLAUSE_DE = re.compile(
    r"[“”\"«»’]?,\s+(?:(?:über|mit|in|von|an|bei|für|zu)\s+)?(?:den|die|das|dem|der|denen)\s+"
    r"(?P<clause>[^.,;:!?\n„“\"]{0,100}?)\s(?:habe|hatte|hat|haben|hatten|war|waren|wurde)\b"
)
_TIME_BACK_DE = re.compile(
    r"\b(?:vor\s+(?:\w+\s+)?(?:Jahren|Jahrzehnten|Monaten)|damals|früher|einst|seinerzeit|(?:19|20)\d\d|"
    r"letzte[ns]?\s+Jahr|im\s+vergangenen\s+Jahr)\b"
)


#: Before a quote: an English possessive of a surname ("Halvorsen's 'X'", "Jones' “X”").
_POSSESSIVE_BEFORE_EN = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'’-]*[a-z])(?:['’]s|s['’])\s*[\"“‘']$")
#: After an English quote: a relative clause set back in time ("…', which I raved about here three years ago",
#: "…,” which he made back in 2019").
_EARLIER_CLAUSE_EN = re.compile(r"[”\"’']?,?[”\"’']?\s+(?:which|that)\s+(?P<clause>[^.;:!?\n“\"]{0,100})")
_TIME_BACK_EN = re.compile(
    r"\b(?:(?:\w+|a|a\s+few|several|many)\s+(?:years|decades|months)\s+(?:ago|back)|a\s+(?:year|decade)\s+ago|"
    r"last\s+year|back\s+in\s+(?:(?:19|20)\d\d|the\s+day)|at\s+the\s+time|years\s+ago|long\s+ago)\b"
)


def _maker_earlier_film(text: str, pooled: dict[str, Candidate], language: str) -> None:
    """ "Erinnern Sie sich an Etheridges „Cardiff Nights“, über den ich hier vor drei Jahren geschwärmt habe",
    "Remember Tor Halvorsen's 'Northern Lights Motel', which I raved about here three years ago?": a quoted film
    after the possessive of a person the page names in full, then a relative clause placing it years back, is that
    maker's earlier film, not the one reviewed."""
    if language == "de":
        possessive, clause, back = _POSSESSIVE_BEFORE_DE, _EARLIER_CLAUSE_DE, _TIME_BACK_DE
    elif language == "en":
        possessive, clause, back = _POSSESSIVE_BEFORE_EN, _EARLIER_CLAUSE_EN, _TIME_BACK_EN
    else:
        return
    for cand in pooled.values():
        for span in cand.spans:
            if span.how != "quoted" or not _possessive_end_before(text, span.start - 1):
                continue  # (most quotes are not tried)
            before = possessive.search(text, max(0, span.start - 40), span.start)
            if before is None:
                continue
            after = clause.match(text, span.end)
            if after is None or not back.search(after.group("clause")):
                continue
            if _named_in_full(text, before.group("name")):
                cand.score -= 4.0
                break


def _possessive_end_before(text: str, mark: int) -> bool:
    """A possessive's last letter ("s", or the apostrophe of "Jones'") stands before the quote mark at ``mark``,
    white space apart: the possessive patterns can match there."""
    while mark > 0 and text[mark - 1].isspace():
        mark -= 1
    return mark > 0 and text[mark - 1] in _POSSESSIVE_ENDS


_POSSESSIVE_ENDS = frozenset("s'’")


def _named_in_full(text: str, surname: str) -> bool:
    r"""Whether ``text`` names ``surname`` after a capitalised word and white space ("Tor Halvorsen"): the test
    ``re.search(rf"(?<![\w-])[A-ZÄÖÜ][\wäöüß'’-]+\s+{re.escape(surname)}\b", text)`` with the surname found by
    ``str.find`` and the word before it by a pattern compiled once, not one pattern per name."""
    at = text.find(surname)
    while at >= 0:
        if _BOUNDARY.match(text, at + len(surname)) and _CAPITAL_WORD_BEFORE.search(text, max(0, at - 200), at):
            return True
        at = text.find(surname, at + 1)
    return False


#: A capitalised word and white space ending where a surname starts ("Tor " of "Tor Halvorsen"); searched up to the
#: surname (``\Z`` there), the look-behind still sees the text before the window.
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß'’-]+\s+\Z")
_BOUNDARY = re.compile(r"\b")


#: "Hosts: A and B", "Moderation: A": a show's credit label opening a line.
_HOST_LINE = re.compile(r"(?:Hosts?|Co-[Hh]osts?|Guests?|Presenters?|Moderation|Moderator(?:in|en)?|Gäste|Gast)[ \t]*:")


def _host_lines(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Hosts: Ann Lee and Bo Kim": a line crediting a show's hosts or guests is never the film (nor its label)."""
    for cand in pooled.values():
        if cand.score <= -2.0:
            continue
        for span in cand.spans:
            if span.how == "line" and _at_line_start(text, span.start) and _HOST_LINE.match(text, span.start):
                cand.score = min(cand.score, -2.0)
                break


def _event_prefixes(text: str, pooled: dict[str, Candidate]) -> None:
    """ "Brennmoor 2027: 'The Salt Choir' is a small miracle": the name (and year) before the colon is the festival
    the dispatch comes from, not the film; a quoted name is left alone."""
    if ": " not in text and ":'" not in text:
        return
    events = set()
    for m in lexmatch.matches_at(_EVENT_PREFIX, text, lexmatch.line_starts(text)):
        events.add(key_of(m.group(1)))
        events.add(key_of(f"{m.group(1)} {m.group(2)}"))
    for key in events:
        cand = pooled.get(key)
        if cand is not None and not any(s.how == "quoted" for s in cand.spans):
            cand.score = min(cand.score, -2.0)


def _missed_screening(text: str, start: int) -> bool:
    """The sentence around ``start`` says the critic missed the film ("verpasst", "war ausverkauft", "missed")."""
    window = text[max(0, start - 200) : start + 200]
    at = min(start, 200)
    begin = max(window.rfind("\n", 0, at), *(window.rfind(f"{p} ", 0, at) for p in ".!?")) + 1
    ends = [e for e in (window.find("\n", at), *(window.find(f"{p} ", at) for p in ".!?")) if e >= 0]
    return _MISSED.search(window, begin, min(ends) if ends else len(window)) is not None


def _series_before(text: str, start: int) -> bool:
    """A series', column's or blog's noun ends right before ``start`` ("Serie „X“", "Frankenpost-Blog „X“")."""
    return text[max(0, start - 14) : start].rstrip(" \t„\"“»«‘'").casefold().endswith(_SERIES_NOUNS)


#: A broadcast script's own words: the row heading it ("Manuskript", "Sendung vom …") or its host's sign-off.
_SCRIPT_ROW = re.compile(r"(?i)\b(?:manuskript|sendemanuskript|transkript|sendung vom|manuscript|transcript)\b")
_SIGN_OFF_AFTER = re.compile(
    r"[“”\"«»’']?(?:,?[ \t]+(?:für|for)[ \t]+(?:heute|today|this[ \t]+week|diese[ \t]+woche|tonight|heute[ \t]+abend))?"
    r"[ \t]*[.!,]",
    re.IGNORECASE,
)
_SIGN_OFF_BEFORE = re.compile(r"(?i)(?:das war|sie hörten|ihr hörtet|this was|you have been listening to)[ \t]*\Z")


def _programme_name(text: str, span: TitleSpan) -> bool:
    """ "SWR-Kulturradio · „Kino kompakt“ · Manuskript", "Das war „Leinwandzeit“ für heute": the quoted name in a
    broadcast script's heading row (a row of "·" or "|" that calls itself a script) or in the host's sign-off is
    the programme's, not the film's."""
    if _SIGN_OFF_BEFORE.search(text, max(0, span.start - 20), max(0, span.start - 1)) and _SIGN_OFF_AFTER.match(
        text, span.end
    ):
        return True  # "Das war „Leinwandzeit“ für heute.", not "Das war „X“ nicht der große Wurf"
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(sep in line for sep in _ROW_SEPARATORS) and _SCRIPT_ROW.search(line) is not None


def _first_quote_opening(text: str, start: int) -> bool:
    """The quote opening at ``start`` is the text's first, in its first 300 characters, and only its owner's name
    stands before it in its sentence ("Konrad Elsners „Aschewinter“ will …", not "Nach dem Eröffnungsfilm, Ole
    Brandts „X“, …")."""
    if start >= 300 or any(mark in text[: start - 1] for mark in '„“”"»«'):
        return False
    stop = text.rfind(". ", 0, start)
    opening = max(text.rfind("\n", 0, start) + 1, stop + 2 if stop >= 0 else 0)
    owner = text[opening : start - 1].split()
    return 1 <= len(owner) <= 3 and all(word[:1].isupper() for word in owner)


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


#: A clause-final verb right after a quote: "wie „X“ ausgeht.", an indirect question about the quoted film.
_CLAUSE_VERB_AFTER = re.compile(r"[“”\"«»’']?[ \t]+[a-zäöüß]+[.,;:!?]")


def _is_mention(text: str, span: TitleSpan, cues: tuple[str, ...], depth: int = 0, strong: bool = False) -> bool:
    """A quote introduced as another work: "ihr Film „X“", "nach „X“", "like 'X'". ``strong``: only by a cue
    that always means another work ("wie in", "bekannt aus", "earlier"), not by a preposition that may lead to
    the film itself ("der Preis ging an „X“")."""
    before = text[max(0, span.start - 40) : span.start].rstrip(" „\"“»«‘'(").casefold()
    before = before[:-1] if before.endswith(",") else before  # "earlier films, "A" and "B""
    if _EARLIER_WORK.search(before):
        return True
    before = _WORK_NOUN_END.sub("", before).strip()
    words = before.split()
    tail1 = words[-1] if words else ""
    tail2 = " ".join([w.rsplit("-", 1)[-1] for w in words[-2:-1]] + words[-1:])  # "Oscar-Triumph mit"
    if strong:
        cues = tuple(c for c in cues if c not in _WEAK_CUES)
    if tail1 == "wie" and _CLAUSE_VERB_AFTER.match(text, span.end):
        return False  # "Man muss nicht lange rätseln, wie „X“ ausgeht.": how the film ends, no comparison
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
    # "zehn Minuten von Der Sandmann von Wismar": a name opening with an article is no person's after "von"
    articled = cand.key.split(" ", 1)[0] in _ARTICLES and " " in cand.key
    for start, end in cand.occurrences:
        in_brackets = text[max(0, start - 1) : start] == "(" and text[end : end + 1] in ")," and " " in cand.key
        person_context = _PERSON_AFTER.match(text, end) or (
            not articled and _person_before(text[max(0, start - 14) : start])
        )
        if in_brackets or person_context:
            uses += 1
    return uses
