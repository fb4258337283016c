"""English cues for the film-identity component (title, original title, year).

Patterns are regular-expression *sources*; ``{T}`` stands for "a title here" and is
filled in by the component with its own title-shaped group.
"""

from __future__ import annotations

#: Headline lines that name the reviewed film: "X review", "Review: X", "Cinema Review: X".
HEADLINE_CUES = (
    # "X review: …", but not "Venice Film Festival Review: ‘X’", where the quoted name is the film.
    # "Critic review by …", "User reviews": who wrote the review, not the film's name.
    r"^(?!(?:Critic|Critics|User|Users|Audience|Reader|Readers|Staff|Guest|Member|Members|Editor|Editors)['’]?s?\s+"
    r"[Rr]eview)(?:[\w .&-]{1,30}\|\s*)?(?:Review\s*[|:–-]\s*)?{T},?\s+(?:\(\d{4}\)\s+)?(?:[Mm]ovie\s+|[Ff]ilm\s+)?(?:Review\b|review\b(?![ \t]+[A-Z0-9]))"
    r"(?!\s*[:|–-]\s*[‘'\"“])",
    # "[Berlinale Review] X", "[TIFF Review] X".
    r"^\[(?:[\w.&'’ -]{1,30}\s)?[Rr]eview\]\s*[:|–-]?\s*{T}",
    # "Review: X", "Film Review: X", "Venice Film Festival Review: X", "Sundance 2025 Review: X".
    r"^(?:(?:[A-Z][\w'’.&-]*|\d{4})\s+){0,4}(?:[Rr]eview|REVIEW)\s*[:|–-]\s*{T}",
    # not "Verdict: SKIP IT", which states the judgement
    r"^(?:Now showing|In cinemas|In theaters|Now streaming|Watched|Seen|Just watched|Tonight I watched|Streaming|Title|Film|Movie|This week|"
    r"Film of the week|Movie of the week|Pick of the week|Quick take|Short take|Capsule|Capsule review|In brief|"
    r"Mini review|Quick review|Short review|First look|Critic's pick|Critics' pick|Stream it or skip it|"
    r"Watch or skip|Should you watch|(?:Our |Tonight['’]s |Today['’]s )?[Pp]ick of the (?:day|night|evening|weekend|month)|"
    r"Tonight['’]s pick|Our pick|Staff pick|Editor['’]s pick|"
    # a streaming column's pick: "What to watch this weekend: X", "What to stream tonight: X"
    r"What to (?:watch|stream)(?: (?:this|tonight|now|on)(?: [\w+]+){0,2})?):\s*{T}",
    # a podcast's episode: "Episode 88: X"
    r"^(?:Episode|Ep\.?)\s*#?\d+\s*[:|–—-]\s*{T}",
    # a streaming guide's question: "Should you stream The Kite Mender on Hulu?", "Should you watch X?"
    r"^(?:Should|Can|Do)\s+(?:you|I|we)\s+(?:stream|watch|see|skip|rent|bother with)\s+{T}"
    r"(?:\s+on\s+[A-Z][\w+ .&-]{1,30})?\?",
    # "X: A Review", "X: Sundance 2026 Review", "X – Venice Film Festival Review" (an occasion: a year or a festival's
    # name; "Harrowgate: Reckoning Review" is a title with its subtitle). One cue: each cue opening with a title is
    # tried at every length of it.
    r"^{T}\s*(?:\(\d{4}\)\s*)?[:|–—-]\s*(?:An?\s+|(?:[A-Z][\w'’.&-]*\s+){0,3}(?:(?:19|20)\d\d|['’]\d\d|Festival|"
    r"Sundance|Berlin|Berlinale|Cannes|Venice|TIFF|Toronto|SXSW|Tribeca|Telluride|Fantasia|Locarno|Rotterdam|Sitges|"
    r"NYFF|LFF)\s+)?(?:Film |Movie )?[Rr]eview\b",
    # a blog's heading: "Thoughts on X", "My take on X"
    r"^(?:(?:My|Some|Quick|Final|Random|First)\s+)?(?:[Tt]houghts|[Tt]ake|[Ii]mpressions)\s+on\s+{T}",
)

#: Prose that names the reviewed film without quotes ("his new movie, X", "X is a ... film").
PROSE_CUES = (
    # "ABERCROMBIE: The Night Ledger. Directed by …": a host or a capsule naming the film, then its maker
    r"(?:[.!?:][ \t]+){T}\.[ \t]+(?:Directed|Written and directed) by[ \t]+[A-Z]",
    r"(?=[NnLlTt])(?<!\w)(?:[Nn]ew|[Ll]atest|[Tt]he)\s+(?:film|movie|feature|picture|drama|comedy|thriller|documentary),?\s+{T}",
    r"\bin a (?:still|scene) from\s+{T}",
    # "The Winter Garden (original title: Le Jardin d'hiver) is …".
    r"(?=[.!?:\nA-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?:]\s+|\n){T}\s+\(\s*(?:original(?:ly)? title|originally titled|orig\.|original)\b",
    r"(?=[DdFfWw])(?<!\w)(?:[Dd]irector|[Ff]ilmmaker|[Ww]riter-director)\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}['’]s\s+(?:new\s+|latest\s+)?{T}",
    r"(?=[.!?A-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?]\s+)In\s+{T},\s",
    r"{T},\s+(?:directed|written and directed|co-written and directed|helmed)\s+by\s",
    # "With Marrow, director Kasia Lind makes …": the film, then its maker
    r"\bWith(?:(?<=^With)|(?<=[.!?] With))\s+{T},\s+(?:director|filmmaker|writer-director|[A-Z][\w'’-]+\s+[A-Z])",
    # "the children at the preview screening of Barkwood laughed", "a Saturday matinee of Zip Rocket …": the film
    # the critic saw with an audience (not "the press screening of X", a festival diary's other film)
    r"\bscreening(?<=preview screening)\s+of\s+{T}(?=\s+[a-z]|[,.;!?])",
    r"\bmatinee\s+of\s+{T}(?=\s+[a-z]|[,.;!?])",
    # "I went into Letters to Uncle Bram wanting to love it": the film the critic went in to see, and how
    r"\binto(?:(?<=went into)|(?<=walked into)|(?<=came into)|(?<=go into)|(?<=going into))\s+{T}\s+"
    r"(?:wanting|expecting|hoping|knowing|thinking|fearing|braced|prepared|ready|with\s+(?:low|high|no|few))\b",
    # "With Hollow Crown Road, she finally gets a part …", "But with X, his luck runs out": a sentence's opening
    # phrase naming the film the star or maker (a pronoun right after) is now in
    # (one cue per opening word, each led by its own fixed words: "with" alone is everywhere in English prose)
    *(
        rf"\b{lead}(?:(?<=^{lead})|(?<=[.!?] {lead}))\s+{{T}},\s+(?:she|he|they|her|his|their)\s"
        for lead in ("With", "But with", "And with")
    ),
    # "That something is The Pomegranate Ledger, the third feature by Navid …": the film and its maker
    r"{T},\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:feature|film|movie|documentary|picture|drama|comedy|"
    r"thriller|fable|tale|debut|sequel|epic|satire|biopic|western|musical|romance|tragicomedy|dramedy|docudrama|"
    r"co-production)"
    r"(?:\s+(?:(?:by|from)\s+(?:[A-Z]|(?:[\w'’-]+\s+){0,2}(?:director|filmmaker|writer-director)\s+[A-Z])|"
    r"(?:about|set in|starring|that|which|with|directed\s+by|opening|arriving|streaming|now)\b)|"
    r"(?:\s+[\w'’-]+){1,2}\s+(?:have|has|had|are|is|was|were)\b|[,.;])",
    # "Halfway to Kestrel Point, his second feature, follows …": the film and the maker's count of films
    r"{T},\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}(?:feature|film|movie|documentary)(?:\s+as\s+(?:a\s+)?director)?,",
    # a newsletter's or a diary's film the critic went to: "I went to see Velvet Getaway at …", "I did manage to
    # catch Rain Over Ostend on Tuesday night" (the words after the title are written without three letters in a
    # row, so the cue is tried only where its head, "see"/"catch", stands)
    r"\bsee(?:(?<=went to see)|(?<=got to see)|(?<=go and see)|(?<=managed to see)|(?<=finally see))\s+{T}"
    r"(?=\s+(?:at|on|in)\s|\s+[a-z]|[,.;!?])",
    r"\bcatch(?:(?<=manage to catch)|(?<=managed to catch)|(?<=got to catch)|(?<=chance to catch))\s+{T}"
    r"(?=\s+(?:at|on|in)\s|\s+[a-z]|[,.;!?])",
    r"\bsaw(?:(?<=I saw)|(?<=finally saw)|(?<=[Ww]e saw))\s+{T}(?=\s+(?:at|on|in)\s|\s+[a-z]|[,.;!?])",
    r"\bwatched(?:(?<=I watched)|(?<=finally watched)|(?<=[Ww]e watched))\s+{T}(?=\s+(?:at|on|in)\s|\s+[a-z]|[,.;!?])",
    # "The best thing I have seen so far is Orchard Lights.": a festival diary's film of the day
    r"\b(?:best|finest)\s+(?:thing|film|movie|one)\s+(?:I|we)(?:['’]ve|\s+have)?\s+seen\s+(?:so\s+far|yet|here|"
    r"this\s+(?:week|year|festival)|at\s+the\s+festival)?\s*(?:is|was)\s+{T}(?=[.,;:])",
    # "The standout so far is Lantern Street, from the first-time director Joy …": a festival diary's film and its maker
    r"{T},\s+(?:from|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:director|filmmaker|writer-director|documentarian|"
    r"auteur)\s+[A-Z]",
    # "It's called Small Hours, it's directed by Tobias …": a host introducing the film, then its maker
    r"\bcalled(?:(?<=It's called)|(?<=It’s called)|(?<=it's called)|(?<=it’s called))\s+{T},\s+(?:and\s+)?"
    r"(?:it['’]s\s+|it\s+was\s+)?(?:directed|made|written|from|by)\b",
    # "an Estonian drama called Ferns Under Snow"
    r"\bcalled(?:(?<=film called)|(?<=movie called)|(?<=drama called)|(?<=comedy called)|(?<=thriller called)|"
    r"(?<=documentary called)|(?<=feature called)|(?<=debut called)|(?<=western called)|(?<=romance called))\s+{T}",
    r"(?=[.!?A-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?]\s+){T}\s+(?:follows|chronicles|is set|tells the story|centers on|centres on|revolves around|"
    r"opens with|opens on|begins with|starts with|unfolds)\b",
    r"(?:^|[.!?,;]\s+|\b(?:but|and|so)\s+){T}\s+is\s+one\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}(?:films|movies|joys|"
    r"pleasures|surprises|delights|documentaries|dramas|comedies|thrillers|debuts|disappointments)\b",
    r"{T}\s+is\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,5}(?:film|movie|drama|comedy|thriller|romance|epic|romcom|"
    r"rom-com|caper|heist|fable|fairy tale|western|musical|biopic|farce|melodrama|debut|crowd-pleaser|chiller|"
    r"whodunit|mystery|procedural|road movie|character study|"
    r"sequel|documentary|satire|horror|achievement|triumph|mess|disaster|descent|masterpiece|story|tale|"
    r"portrait|adaptation|spectacle|follow-up)(?!\s+(?:critic|critics|fan|buff|student|festival|scholar|school|"
    r"writer|journalist|programmer|historian|editor|lover))",
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:and\s+(?:[A-Z][\w'’.-]+\s+){1,3})?in\s+{T}\s*(?:\.|\(|$)",
    # "Let's talk about Copper Heights, which opens in theaters Friday": a newsletter's or a column's film of the
    # week, named with its release (the words after the title gate the cue)
    r"{T},\s+which\s+(?:opens|arrives|hits|lands|premieres|debuts|is\s+(?:now\s+)?(?:streaming|playing|out|in\s+"
    r"(?:theaters|theatres|cinemas)))\b",
    r"(?=[.!?A-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?]\s+){T}\s+(?:opens|arrives|hits)\s+(?:in\s+(?:select\s+|limited\s+)?"
    r"(?:theaters|theatres|cinemas)|(?:on|this)\s+(?:Friday|Wednesday|Thursday|weekend))\b",
)

#: Words just before a quoted title that say it is *another* work ("like 'X' (1999)").
MENTION_CUES = (
    "like",
    "as in",
    "since",
    "after",
    "than",
    "known for",
    "best known for",
    "starring in",
    "novel",
    "book",
    "series",
    "show",
    "predecessor",
    "original",
    "remake of",
    "sequel to",
    "his",
    "her",
    "their",
    "previous",
    "earlier",
    "last",
    "director of",
    "maker of",
    "makers of",
    "creator of",
    "star of",
    "debut",
    "first feature",
)

#: Words in a text's opening lines that are page furniture, not a headline.
NAVIGATION = frozenset(
    w.strip()
    for w in """our reviewer's take|our reviewer’s take|our take|the bottom line|bottom line|the verdict|final verdict|
    final thoughts|the good|the bad|pros|cons|should you watch it|where to watch|how to watch|mpaa rating|country/year|
    grade|our grade|final grade|interviews|festivals|festival|podcast|podcasts|essays|lists|about us|about the author|about the writer|about the critic|top of page|skip to content|skip to main content|advertisement|menu|search|home|share|
    click to follow|subscribe|newsletter|sign in|log in|related|more|read more|reviews|movies|
    film|films|cinema|story|the story|synopsis|plot|verdict|our verdict|key highlight|trailer|
    photos|gallery|by|posted|updated|reviewed by|review by|a film review by|written by|directed by|starring|cast|director|directors|
    writer|writers|screenplay|rating|our rating|genre|running time|runtime|release date|release|
    released|name|distributor|studio|country|language|credit|photo|image|source|review|reviews|
    the cast|the team|the running time|key highlights|rated|certificate|stars|score|film reviews|movie reviews|
    arts|arts & entertainment|entertainment|culture|features|news|opinion|now playing|now showing|in theaters|explore more|
    read more|related|critics' picks|film critics' picks|new in theaters|new in theatres|capsule reviews|
    now streaming|movie review|film review|movie|documentary|new releases|this week|cast & crew|cast and crew|
    capsule review|quick review|mini review|short review|review roundup|capsule|title|dir|share this article|
    share this|share|tweet|facebook|twitter|x|whatsapp|email|e-mail|linkedin|pinterest|instagram|threads|bluesky|
    reddit|print|copy link|subscribe|sign up|sign in|books|music|tv|television|games|skip to main content|
    film of the week|movie of the week|pick of the week|critic's pick|critics' pick|staff pick|home video|
    blu-ray review|dvd review|4k review|disc review|streaming pick|what to stream|what to watch|
    blu-ray|dvd|4k|uhd|4k uhd|ultra hd|steelbook|mediabook|vod|box set|boxset|streaming|blu-ray reviews|dvd reviews|home entertainment|
    tip|our tip|our pick|recommended|recommendation|at a glance|tonight|tv tonight|prime time|primetime|
    listings|tv listings|films on tv|movies on tv|what's on|what’s on|unsubscribe|manage preferences|view in browser|
    view online|forward to a friend|update your preferences|skip it|stream it|watch it|pass it|see it|our call|
    stream it or skip it|watch it or pass|watch it or pass it|watch it or skip it|
    first look|first looks|tonight's tv|tonight’s tv|today's tv|today’s tv|tv today|tv choice|tv pick|tv guide|
    film choice|film of the day|films of the day|what's on tv|what’s on tv|also on tonight|also on today|
    also on sunday|also on saturday|tonight's pick|tonight’s pick|today's pick|today’s pick|dispatch|dispatches|
    festival dispatch|festival dispatches""".replace("\n", "").split("|")
) | frozenset(  # "Saturday's film on TV", "Sunday’s pick": a TV page's label for the day
    f"{day}{mark}s {label}"
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "today")
    for mark in ("'", "’")
    for label in ("film on tv", "films on tv", "movie on tv", "film", "movie", "pick", "tv", "film choice", "best film")
)

#: A line that states the original title: "Original title: X", "(original title: X)".
ORIGINAL_CUES = (
    # The literal first ("riginal", then a look back for the word's start): the engine jumps to it.
    r"riginal(?<=(?<!\w)[Oo]riginal)(?:ly)?\s+(?:title|titled|called|known as)\s*:?\s*{T}",
    r"\(\s*[Oo]riginal(?:\s+title)?\s*:\s*{T}\s*\)",
    # "whose original title is X, follows", "originally titled X,", "(orig. X)".
    r"riginal(?<=(?<!\w)[Oo]riginal)(?:ly)?\s+(?:title(?:\s+(?:is|was))?|titled|called|known as)\s*:?\s*{P}",
    r"\(\s*(?:orig\.|original(?:ly)?(?:\s+title)?)\s*:?\s*{P}\s*\)",
)

#: Production-line shapes that state the film's year.
YEAR_CUES = (
    # "Year:", "Release year:", "Production year:", "Release:"; each cue starts with a literal (the engine jumps
    # to it) and looks back for the rest of its label.
    r"ear(?<=\b[Yy]ear)\s*:\s*\|?\s*(?P<year>(?:19|20)\d\d)\b",
    r"elease(?<=\b[Rr]elease)\s*:\s*\|?\s*(?P<year>(?:19|20)\d\d)\b",
    r"(?m)Released(?<=^Released):?\s+(?P<year>(?:19|20)\d\d)\s*$",  # "Released 2025" (a year alone, not a release date)
    # "Polish director A. B.'s 2024 drama (original title: …) unfolds": the film the sentence goes on about; not
    # "Bong's 2019 film “The Paper House”", which names another work right after.
    r"['’]s\s(?P<year>(?:19|20)\d\d)\s(?:[a-z-]+\s){0,2}(?:film|movie|drama|comedy|thriller|documentary|feature|"
    r"romance|western|melodrama|satire|chiller|epic)\b(?![ \t]*,?[ \t]*[\"“‘'(]?[A-Z0-9])",
    # "The 2024 drama from Jonas Alt follows …" opening a sentence: the film the review is about.
    r"(?m)Th(?:e|is)(?:(?<=^The)|(?<=^This)|(?<=[.!?] The)|(?<=[.!?] This))\s(?P<year>(?:19|20)\d\d)\s"
    r"(?:[a-z-]+\s){0,2}(?:film|movie|drama|comedy|"
    r"thriller|documentary|feature|romance|western)\s(?:from|by|follows|is|tells|centers|centres|unfolds)\b",
)

#: Last words of outlet names ("The Daily Ledger", "Reel Talk Blog"): a page's first line ending in one,
#: said once, is its masthead, not the film.
OUTLET_WORDS = frozenset(
    """times post journal tribune herald gazette chronicle guardian telegraph independent observer magazine
    mag blog weekly daily news paper press monitor standard mirror express reporter ledger digest courier
    bulletin dispatch examiner inquirer sentinel register leader record star-tribune review.com online
    podcast network club cinema zeitung magazin""".split()
)

#: Labels of boxes that link to other reviews ("Also read: …", "More reviews: A | B", "Related").
RELATED_LABELS = (
    "also read",
    "read also",
    "read more",
    "read next",
    "related",
    "related articles",
    "related stories",
    "related reviews",
    "more reviews",
    "more movie reviews",
    "more film reviews",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "see also",
    "further reading",
    "more from",
    "more in movies",
    "also on",
)

#: A byline line: who filed the piece and for which outlet ("Filed by Ann Lee for The Lantern Review", "By Ann Lee,
#: for the Northfield Courier", "Reviewed by Ann Lee | The Daily Ledger"). The outlet's name after it ("... Review")
#: is no title: a headline cue that reads one there is dropped. A person's name (capitalised words) must follow.
BYLINE_LINE = (
    r"(?:(?:Filed|Reported|Posted|Reviewed|Written|Words|Review|Report|Dispatch|Text|Story|Interview)[ \t]+by|By)"
    r"[ \t]+[A-Z][\w.'’-]+(?:[ \t]+(?:de|van|von|der|da|di|del|la|le)?[ \t]*[A-Z][\w.'’-]+){1,3}"
    r"[ \t]*(?:$|,|\||[–—]|[ \t]+(?:for|in|at|from|of)[ \t])"
)
