"""English cues for the context component: festival roles, settings, mentions of other works, movements."""

from __future__ import annotations

#: Festival roles by the words that state them, strongest first (first match wins).
FESTIVAL_ROLES = (
    (
        "opening film",
        r"opened (?:the |this year's |last year's )?(?:[\w-]+ ){0,3}(?:festival|Berlinale|Cannes|Venice|Sundance|TIFF|"
        r"Locarno|Telluride)|opening[- ](?:film|night|gala|selection)|opener",
    ),
    (
        "closing film",
        r"closed (?:the |this year's |last year's )?(?:[\w-]+ ){0,3}(?:festival|Berlinale|Cannes|Venice|Sundance|TIFF|"
        r"Locarno)|closing[- ](?:film|night|gala)",
    ),
    (
        "award winner",
        r"Palme d['’]Or|Golden (?:Bear|Lion|Leopard|Palm)|Silver (?:Bear|Lion)|Grand (?:Jury )?Prize|Jury Prize|"
        r"Grand Prix|won|wins|winner|winning|took home|awarded",
    ),
    ("competition", r"compet(?:ition|ing|ed|es)|vying for|in the running for"),
    ("premiere", r"premiere[ds]?|debuted|debuts|bowed|screened|world premiere"),
)

#: Words that make a city's name mean its festival ("premiered at Cannes", "the Venice Film Festival").
FESTIVAL_WORDS = r"[Ff]estival|[Pp]remiere\w*|[Cc]ompet\w+|Palme|Golden (?:Bear|Lion)|[Jj]ury|prize|debuted"

#: Words before a place that set the story there ("set in", "takes place in").
SETTING_CUES = (
    r"\b(?:set|takes place|take place|unfolds|lives|live|living|arrives?|moves?|moved|travels?|flees|returns?|"
    r"stranded|located|based)\b[^.!?\n]{0,40}?\b(?:in|to|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?",
    r"\b(?:[Ii]n|[Tt]o|[Nn]ear)\s+(?:(?:the\s+)?(?:[\w,-]+\s+){0,3}?(?:city|town|capital|streets)\s+of\s+)?",
)

#: Sentences about the film's release, festival run or people's origins, not its story.
NOT_SETTING = (
    r"cinemas|theaters|theatres|[Ff]estival|premiere|shot|filmed|born|hails|release|released|screening|Workshop"
)

#: Relation cues before a mentioned work, checked in order (first match wins).
MENTION_RELATIONS = (
    (
        "earlier film by the same director",
        r"\b(?:his|her|their|whose)\s+(?:\w+\s+){0,2}(?:film|films|movie|feature|debut|breakthrough|hit|work)\b",
    ),
    ("source novel", r"\b(?:novel|book|bestseller|memoir)\b"),
    ("predecessor", r"\b(?:sequel to|follow-up to|predecessor|first film|original film|first installment)\b"),
    ("remade film", r"\b(?:remake of|remaking|remade)\b"),
    (
        "comparison",
        r"\b(?:[Ll]ike|[Uu]nlike|as in|recalls|reminiscent of|evokes|à la|echoes|compared to|than|shades of|"
        r"in the (?:mould|mold|vein|tradition) of)\b",
    ),
)

#: Movements: canonical name, lower-case hints (a quick pre-check) and the spellings English critics use.
MOVEMENTS = (
    ("Dogma 95", ("dogm",), r"Dogma[- ]?95|Dogme(?:[- ]?95)?\b|Dogma (?:movement|rules|film\w*|manifesto|style)"),
    ("Nouvelle Vague", ("vague", "neue welle", "new wave", "neuen welle"), r"Nouvelle Vague|French New Wave"),
    ("Italian Neorealism", ("realis",), r"(?:Italian )?[Nn]eo-?[Rr]ealis[mt]\w*"),
    ("German Expressionism", ("expressionis",), r"German Expressionis\w*"),
    ("New German Cinema", ("deutsche film", "deutschen film", "german cinema", "oberhausen"), r"New German Cinema"),
    ("Berlin School", ("berliner schule", "berlin school"), r"Berlin School"),
    ("Mumblecore", ("mumblecore",), r"[Mm]umblecore"),
    ("New Hollywood", ("new hollywood",), r"New Hollywood"),
    ("Cinéma vérité", ("vérit", "verit"), r"[Cc]in[ée]ma v[ée]rit[ée]"),
    ("Direct Cinema", ("direct cinema",), r"Direct Cinema"),
    ("Film noir", ("noir",), r"[Ff]ilm noir"),
    ("Free Cinema", ("free cinema",), r"Free Cinema"),
    ("Czech New Wave", ("neue welle", "new wave", "neuen welle"), r"Czech(?:oslovak)? New Wave"),
    ("New Queer Cinema", ("queer",), r"New Queer Cinema"),
    ("Mexican New Wave", ("nuevo cine", "new wave"), r"Nuevo Cine Mexicano|Mexican New Wave"),
    ("Greek Weird Wave", ("weird wave", "neue welle", "neuen welle"), r"Greek Weird Wave"),
    ("Nollywood", ("nollywood",), r"Nollywood"),
)
