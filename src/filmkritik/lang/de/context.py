"""German cues for the context component: festival roles, settings, mentions of other works, movements."""

from __future__ import annotations

#: Festival roles by the words that state them, strongest first (first match wins).
FESTIVAL_ROLES = (
    ("opening film", r"eröffne\w*|Eröffnungsfilm\w*|Eröffnung"),
    ("closing film", r"Abschlussfilm\w*|beschloss\w*|schloss\w* .{0,20}ab"),
    (
        "award winner",
        r"Golden\w* (?:Palme|Bär\w*|Löwe\w*|Leopard\w*)|Silbern\w* (?:Bär\w*|Löwe\w*)|Palme d'Or|Regie-?[Bb]är\w*|"
        r"Hauptpreis|Großen Preis|Grand Prix|Jurypreis|Preis der Jury|gewann|gewinnt|ausgezeichnet|prämiert",
    ),
    ("competition", r"Wettbewerb\w*|Wettbewerbsfilm\w*|im Rennen um"),
    ("premiere", r"Premiere|uraufgeführt|Uraufführung|feierte .{0,30}Premiere|vorgestellt|gezeigt|lief"),
)

#: Words that make a city's name mean its festival ("Filmfestspiele in Cannes", "in Cannes ... Goldene Palme").
FESTIVAL_WORDS = r"Filmfest\w*|Festival\w*|Wettbewerb\w*|Goldene\w* Palme|Premiere|uraufgeführt|Jury|Preis|Bären|Löwen"

#: Words before a place that set the story there ("spielt in", "in der Stadt").
SETTING_CUES = (
    r"\b(?:spielt|spielen|angesiedelt|verortet|lebt|leben|wohnt|wohnen|landet|strandet|reist|reisen|zieht|ziehen|"
    r"flieht|fliehen|kehrt|kommt|kommen|ankommt|unterwegs)\b[^.!?\n]{0,40}?\b(?:in|im|nach|bei)\s+"
    r"(?:(?:der|die|dem|den|das)\s+)?(?:[\w-]+\s+){0,3}?",
    r"\b(?:[Ii]n|[Ii]m|[Nn]ach|[Bb]ei|[Aa]n der|[Aa]uf)\s+(?:(?:der|dem|den|die)\s+(?:[\w,-]+\s+){0,3}?"
    r"(?:Stadt|Metropole|Hauptstadt|Großstadt|Insel|Küste)\s+)?(?:(?:der|dem|den|die)\s+)?",
)

#: Sentences about the film's release, festival run or people's origins, not its story.
NOT_SETTING = (
    r"Kino|Festival|Filmfest|Premiere|gedreht|Dreharbeiten|geboren|stammt|Regisseur\w* aus|erscheint|startet|Berlinale"
)

#: Relation cues before a mentioned work, checked in order (first match wins).
MENTION_RELATIONS = (
    (
        "earlier film by the same director",
        r"\b(?:ihr|sein|ihrem|seinem|ihren|seinen|ihres|seines)\w*\s+(?:\w+\s+){0,2}"
        r"(?:Film|Films|Spielfilm\w*|Debüt\w*|Erstling\w*|Werk\w*|Regiearbeit\w*|Langfilm\w*|Triumph|Erfolg|Hit)\b",
    ),
    ("source novel", r"\b(?:Roman\w*|Romanvorlage|Buch|Bestseller\w*|Vorlage)\b"),
    ("predecessor", r"\b(?:Fortsetzung|Vorgänger\w*|Teil eins|ersten Teil\w*|Sequel)\b"),
    ("remade film", r"\b(?:Remake|Neuverfilmung|Neuauflage)\b"),
    (
        "comparison",
        r"\b(?:wie|wie in|erinnert an|à la|Reminiszenz an|vergleichbar mit|zuletzt bei|ähnlich wie|Vergleich)\b",
    ),
)

#: Movements: canonical name, lower-case hints (a quick pre-check) and the spellings German critics use.
MOVEMENTS = (
    (
        "Dogma 95",
        ("dogm",),
        r"Dogma[- ]?(?:95|Bewegung|Regeln|Film\w*|Manifest|-Stil|Brüder|Kollektiv)|Dogme(?:[- ]?95)?\b",
    ),
    (
        "Nouvelle Vague",
        ("vague", "neue welle", "new wave", "neuen welle"),
        r"Nouvelle Vague|Französische\w* Neue\w* Welle",
    ),
    ("Italian Neorealism", ("realis",), r"Neorealismus|neorealistisch\w*|Neorealism\w*"),
    (
        "German Expressionism",
        ("expressionis",),
        r"(?:deutsche\w*|filmische\w*) Expressionismus|expressionistisch\w* Stummfilm\w*",
    ),
    (
        "New German Cinema",
        ("deutsche film", "deutschen film", "german cinema", "oberhausen"),
        r"Neue\w* Deutsche\w* Film\w*|Oberhausener Manifest",
    ),
    ("Berlin School", ("berliner schule", "berlin school"), r"Berliner Schule"),
    ("Mumblecore", ("mumblecore",), r"Mumblecore"),
    ("New Hollywood", ("new hollywood",), r"New Hollywood"),
    ("Cinéma vérité", ("vérit", "verit"), r"Cinéma vérité|Cinema verite"),
    ("Direct Cinema", ("direct cinema",), r"Direct Cinema"),
    ("Film noir", ("noir",), r"Film noir|Film Noir"),
    ("Free Cinema", ("free cinema",), r"Free Cinema"),
    ("Czech New Wave", ("neue welle", "new wave", "neuen welle"), r"Tschechische\w* Neue\w* Welle"),
    ("New Queer Cinema", ("queer",), r"New Queer Cinema"),
    ("Mexican New Wave", ("nuevo cine", "new wave"), r"Nuevo Cine Mexicano"),
    (
        "Greek Weird Wave",
        ("weird wave", "neue welle", "neuen welle"),
        r"Greek Weird Wave|griechische\w* (?:Weird Wave|Neue\w* Welle)",
    ),
    ("Nollywood", ("nollywood",), r"Nollywood"),
)
