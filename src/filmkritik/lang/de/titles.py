"""German cues for the film-identity component (title, original title, year).

Patterns are regular-expression *sources*; the component compiles them once. A
``{T}`` placeholder stands for "a title here": the component substitutes its own
title-shaped group, so the data stays free of the algorithm's details.
"""

from __future__ import annotations

#: Headline lines that name the reviewed film: "Kritik zu X", "Filmkritik: X", "X: Filmkritik".
HEADLINE_CUES = (
    r"^\[(?:[\w.&'’ -]{1,30}[\s-])?(?:[Kk]ritik|Review|Rezension)\]\s*[:|–-]?\s*{T}",  # "[Berlinale-Kritik] X"
    r"^(?:[\w-]+-)?(?:Film|Kino|Movie)?(?:Review|review|Rezension)(?:\s+zu(?:m Film)?|:|\s*[|–-])\s*{T}",  # "Blu-ray-Review: X"
    r"^(?:Film|Kurz|Kino|Serien|Streaming|FILM|KINO|[\w+.]+-)?(?:[Kk]ritik|KRITIK)(?:\s+zu(?:m Film)?|:|\s*[|–-]|\s+(?=[„\"“»«]))\s*{T}",
    r"^(?:Film)?[Rr]ezension(?:\s+zu(?:m Film)?|:|\s*[|–-])\s*{T}",
    r"^(?:Die|Unsere)\s+[\w.]+-Kritik(?:\s+zu(?:m Film)?|:)\s*{T}",
    # "Streaming-Tipp: X", "Kinotipp der Woche: X", "Titel: X"; not "Fazit: …", which opens a judgement.
    r"^(?:(?:Heute|Jetzt|Neu|Ab heute|Ab sofort|Diese Woche)\s+)?(?:im|auf)\s+(?:Kino|Stream|Streaming|Heimkino|TV|"
    r"Fernsehen|DVD|Blu-ray|Netflix|Prime Video|Disney\+|Apple TV\+|Mubi|Arte|ARD|ZDF|Sky|WOW):\s*{T}",
    r"^(?:(?:Unsere?|Die|Mein)\s+)?(?:(?:Heute|Gestern|Zuletzt|Endlich)\s+gesehen|Gesehen|Im Kino|Neu im Kino|Jetzt im Kino|Neu (?:auf|bei) [\w+]+(?: Video| TV\+?| Plus)?|Kinostart|Review|Kritik|Titel|Filmtitel|Film|"
    r"(?:Neuverfilmung|Remake)(?:-[\w]+)?|Fortsetzung|Wiederentdeckung|Klassiker|"
    # a genre's or a series' label: "Kinderfilm: Möwenalarm", "Familienkino: „X“"
    r"Kinderfilm|Familienfilm|Jugendfilm|Animationsfilm|Dokumentarfilm|Kinderkino|Familienkino|"
    r"[\w-]*[Tt]ipp(?: der Woche| des Monats| des Tages| des Abends| am Wochenende| zum Wochenende| fürs Wochenende)?|"
    # a rubric's check: "Streaming-Check: X", "STREAMING-CHECK: X"
    r"[\w]+-(?:Check|CHECK)):\s*{T}",
    # "X – Kritik", "X: Filmkritik"; not "Video-Kritik: X", whose hyphen joins a compound.
    r"^(?!(?:Die|Unsere)\s+\S+-[Kk]ritik\b){T}\s*(?:\((?:19|20)\d\d\)\s*)?(?:[:|–]|(?<=\s)-)\s*(?:Die\s+)?(?:Film)?[Kk]ritik\b",
    # not "Die Woche im Kino", "Was läuft im Kino": a column's name
    r"^(?!(?:Ab|Seit|Jetzt|Heute|Neu|Neues|Bald|Demnächst|Diese Woche|Die Woche|Der Monat|Das Wochenende|Was|Noch)\b)"
    # nor "Schauburg Lichtspiele – Heute im Kino": a cinema's name over its programme
    r"{T}(?<![Hh]eute)(?<![Jj]etzt)(?<![Nn]eu)(?<![Ss]ofort)\s+im Kino\b",
    r"^{T}\s+(?:Film)?[Kk]ritik(?:\s*$|\s*[:|–—-]\s)",  # "X Kritik: Eine Frau gegen den Sturm"
    r"^(?:Unsere |Die )?Kritik zum Film\s+{T}",
    r"^(?:Film|Kinofilm|Streamingtipp|DVD|Heimkino-Tipp) der Woche:\s*{T}",
    r"^(?:Fazit|Handlung|Inhalt|Kritik)\s+{T}\s*$",
    # a podcast's episode: "Folge 112: X"
    r"^(?:Folge|Episode)\s*#?\d+\s*[:|–—-]\s*{T}",
    # "Folge 88: Wir haben Kommissar Kuckuck gesehen", "Ich habe X gesehen – und …": the film the hosts saw
    r"^(?:(?:Folge|Episode)\s*#?\d+\s*[:|–—-]\s*)?(?:Wir haben|Ich habe|Endlich haben wir|Endlich habe ich)\s+"
    r"(?:(?:endlich|gestern|jetzt|auch|schon|nun)\s+)?{T}\s+(?:gesehen|geschaut|angeschaut)\b",
    # a blog's heading: "Gedanken zu X", "Meine Meinung zu X"
    r"^(?:(?:Ein\s+paar|Meine|Einige|Erste)\s+)?(?:Gedanken|Meinung|Eindrücke)\s+zu(?:m Film)?\s+{T}",
)

#: What may open a title in prose before its first capitalised word: an article and one or two inflected adjectives
#: ("Der stille Wald", "Die leise Flut"); not before a genre's or a maker's noun ("Die romantische Komödie Deichliebe",
#: "Die junge Regisseurin Ada Berg"). Optional: the prose cues' title pattern takes it as its first part.
TITLE_OPENING = (
    r"(?:(?:Der|Die|Das|Ein|Eine)[ \u00a0](?:[a-zäöüß]{3,}(?:e|en|er|es)[ \u00a0]){1,2}(?=[A-ZÄÖÜ])"
    r"(?![\wäöüß-]*(?:[Ff]ilm|[Dd]rama|[Tt]hriller|[Kk]omödie|[Kk]rimi|[Dd]oku|[Dd]okumentation|[Ss]atire|[Ww]estern|"
    r"[Mm]ärchen|[Ss]erie|[Rr]egisseur|[Ff]ilmemacher|[Ss]chauspieler|[Aa]utor|[Dd]arsteller|[Ff]rau|[Mm]ann)"
    r"(?:in|en|n|s|e)?\b))?"
)

#: Genre compounds before a film's unquoted title in prose ("Im Heimatfilm Das Mühlenjahr").
_GENRE_COMPOUNDS = (
    "Heimatfilm Jugendfilm Jugenddrama Abenteuerfilm Liebesfilm Liebesdrama Kriegsfilm Musikfilm Episodenfilm "
    "Fantasyfilm Sportfilm Gangsterfilm Historienfilm Historiendrama Familiendrama Familienkomödie Sozialdrama "
    "Kriminalfilm Märchenfilm Kammerspiel Gaunerkomödie Gruselkomödie Mysterythriller"
).split()

#: Prose that names the reviewed film without quotes ("Mit X präsentiert", "X ist der neue Film von").
PROSE_CUES = (
    r"(?=[A-ZÄÖÜ])(?<!\w)(?:Film|Films|Spielfilm|Regiefilm|Kinofilm|Langfilm|Drama|Thriller|Horrorfilm|Dokumentarfilm|Satire|"
    r"Komödie|Tragikomödie|Actionkomödie|Krimikomödie|Liebeskomödie|Krimi|Western|Animationsfilm|Kinderfilm|"
    r"Familienfilm|Biopic|Roadmovie|Debütfilm|Abschlussfilm|Eröffnungsfilm|Psychothriller|Dokumentation|Doku|"
    # more genres' compounds, before an unquoted title only: "Im Heimatfilm Das Mühlenjahr von …" (a quoted one after
    # them, "das dänische Familiendrama „X“", is as often a film met in passing); each its own alternative, so the
    # engine still skips from capital to capital
    + "|".join(f'{genre}(?=\\s+[^\\s„"“»«‘])' for genre in _GENRE_COMPOUNDS)
    + r")\s+{T}",
    # "Das Weinfest (Originaltitel: Rtveli) ist …": the film whose original title the text gives.
    r"(?=[.!?:\nA-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?:]\s+|\n){T}\s+\(\s*(?:Originaltitel|Original-?[Tt]itel|OT|im Original)\b",
    r"(?=[.!?A-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?]\s+)Mit\s+{T}\s+(?:präsentiert|legt|liefert|zeigt|erzählt|gelingt|beweist|meldet)",
    r"(?=[.!?A-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?]\s+){T}\s+(?:erzählt die Geschichte|handelt von|spielt im Jahr|basiert auf)\b",
    # "Brandung beginnt mit einem Schrei im Hallenbad": how the film opens (a one-word title with no other cue).
    # A cue of its own: its words open with one literal, which the gate finds fast.
    r"(?=[.!?A-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?]\s+){T}\s+beginnt\s+(?:mit|in|an|als)\b",
    # "Funkstille erzählt von einem Radiomoderator", "Nachtdienst zeigt den Alltag": a one-word sentence subject that
    # tells or shows a story (a one-word title; "Lucia Ferri erzählt von" is a person); the verb is the gate.
    r"(?=[.!?:A-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?:]\s+)(?=[A-ZÄÖÜ][\wäöüß-]+\s+(?:erzählt|zeigt|begleitet|porträtiert|"
    r"schildert)\b){T}\s+(?:erzählt\s+(?:von|die\s+Geschichte)|zeigt\s+(?:den|die|das|"
    r"eine?n?)\s+(?:Alltag|Geschichte|Leben|Nacht|Tag|Jahr|Sommer|Winter|Welt)|begleitet|porträtiert|schildert)\b",
    # "X ist das Regiedebüt der Schauspielerin Y", "X ist der zweite Spielfilm von Y": a compound's last part counts
    # with its maker after it ("… ist ein Familiendrama, das …" may open with any subject)
    # ("Das gelang: X ist der erste Film dieses Jahrgangs", "X ist kein bequemer Film": after a colon, with "kein")
    r"(?=[.!?:A-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?:]\s+){T}\s+ist\s+(?:der|die|das|ein|eine|kein|keine)\s+(?:\w+,?\s+){0,3}"
    r"(?:Film|Werk|Drama|Thriller|Komödie|Fortsetzung|"
    r"(?:Debüt|[\wäöüß]+(?:film|debüt|werk))\s+(?:von|vom|des|der)\s+[A-ZÄÖÜ])",
    # "Ackerland heißt der neue Film von Lea Brandner", "Ihr neuer Film heißt Ackerland"
    # "„Was der Fluss behält“ heißt er, und er stammt von …": the film named, then called "er"
    r"(?=[.!?\nA-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?]\s+){T}\s+heißt\s+(?:(?:der|die|das)\s+(?:[\wäöüß-]+\s+){0,3}"
    r"(?:Film|Spielfilm|Langfilm|Kinofilm|Dokumentarfilm|Debüt|Werk)|er|dieser Film)\b",
    r"\bheißt(?:(?<=Film heißt)|(?<=Debüt heißt)|(?<=Werk heißt))\s+{T}",
    # "einen kleinen österreichischen Film, er heißt Eisblumen und ist von …": a host introducing the film
    # (two cues: one led by "heißt", its title ending at a comma; one gated by the words after the title)
    r"\bheißt(?:(?<=Film, er heißt)|(?<=Film, der heißt)|(?<=Films, er heißt))\s+{T},",
    r"\bheißt(?:(?<=Film, er heißt)|(?<=Film, der heißt)|(?<=Films, er heißt))\s+{T}\s+und\s+(?:ist|stammt|kommt)\s+von\b",
    # "JONAS: Nachtfalter über Neapel. Der neue Film von Vittoria …": a host naming the film, then its maker
    r"(?:[.!?:][ \t]+){T}\.[ \t]+(?:Der|Das)[ \t]+(?:neue|neueste|jüngste|zweite|dritte|erste)[ \t]+(?:Film|Spielfilm|"
    r"Langfilm|Werk)[ \t]+(?:von|der|des)[ \t]+[A-ZÄÖÜ]",
    # "Unser Highlight im Juni heißt Der lange Atem": a cinema's or a column's pick
    # (the title runs to the sentence's end: "… heißt Der lange Atem. Das Drama über …")
    r"\bHighlight\s+(?:(?:im|in|am|dieser|diesen|des)\s+[\wäöüß]+\s+)?heißt\s+"
    r"(?P<title>[A-ZÄÖÜ0-9„»\"][^.!?\n]{1,60}?)(?=[.!?]?\s*$|[.!?]\s|,)",  # "Spielfilm heißt" ends "Film heißt"
    # "„Die Nacht, als alles begann“, im Original „The Night It Began“, der neue Film von …": the local title
    # before its original, then the maker
    r"{T},\s+im\s+Original\s+[„\"“»«‘][^\n„\"“”»«‘’]{1,90}[“”\"«»’],\s+(?:der|das|die)\s+(?:neue|neueste|jüngste)\s+"
    r"(?:Film|Spielfilm|Langfilm|Kinofilm|Dokumentarfilm|Werk)\s+(?:von|des|der)\s+[A-ZÄÖÜ]",
    # "Der Sommer in Nantes, der zweite Spielfilm von Élodie …": the film and its maker
    # ("Herausgekommen ist Almrausch, ein rauer, fast dokumentarischer Film über …": adjectives with commas between)
    # ("Schwarzer Klee, das Langfilmdebüt der Grazer Regisseurin …", "Die Salzwiese, einen stillen Film über …": any
    # compound ending in -film/-debüt/-werk, an accusative article)
    r"{T},\s+(?:der|das|die|den|ein|eine|einen|einem)\s+(?:[\wäöüß-]+,?\s+){0,3}(?:Film|Spielfilm|Langfilm|Kinofilm|"
    r"Dokumentarfilm|Werk|"
    r"Drama|Komödie|Thriller|Krimi|Tragikomödie|Krimikomödie|Liebeskomödie|Familienkomödie|Familiendrama|Sozialdrama|"
    r"Liebesdrama|Psychothriller|Animationsfilm|Kinderfilm|Heimatfilm|Roadmovie|Debütfilm|Debüt|"
    r"[\wäöüß]+?(?:film|debüt|werk)(?![\wäöüß]))\s+"
    r"(?:(?:von|des|der)\s+[A-ZÄÖÜ]|(?:über|aus|mit|um|nach)\b)",
    # a cinema's letter: "ab Donnerstag zeigen wir täglich um 18 Uhr Die Wiesenbraut", "diese Woche läuft bei uns X"
    *(
        rf"\b{opening}\s+(?:(?:ab|am|an|bis|im|in|um|und|täglich|jeden|jetzt|nun|noch|nur|wieder|endlich|erstmals|"
        r"exklusiv|diese|dieser|diesen|nächste|nächsten|kommende|kommenden|Woche|Wochenende|Montag|Dienstag|Mittwoch|"
        r"Donnerstag|Freitag|Samstag|Sonntag|Uhr|\d[\d.:]*)\s+){0,8}"
        # (the title runs to the clause's end: "… zeigen wir Die Weinkönigin. Eine Komödie …")
        r"(?P<title>[A-ZÄÖÜ0-9„»\"][^.!?\n,;:()“”«»]{0,60}?)[“”\"«»]?(?=\s*(?:[.!?,;:(\n]|$))"
        for opening in ("zeigen wir", "Wir zeigen", "läuft bei uns", "spielen wir", "präsentieren wir")
    ),
    # a newsletter's or a diary's film the critic saw: "Am Mittwoch habe ich endlich Kleiner Bruder Mond gesehen"
    # (only adverbs between: "habe ich leider nur zur Hälfte gesehen" names no film)
    r"\b(?:habe|hab|hatte|haben)\s+(?:ich|wir)\s+(?:(?:endlich|gestern|vorgestern|heute|neulich|kürzlich|schon|nun|jetzt|"
    r"auch|zufällig|noch|dann|also|tatsächlich|bereits|erst|mal|einmal|nochmal|doch|zuletzt)\s+){0,3}{T}\s+gesehen\b",
    # "Mar de Sal, von der jungen Regisseurin Inês Duarte": a festival diary's film and its maker
    r"{T},\s+(?:von|vom)\s+(?:der\s+|dem\s+)?(?:[\wäöüß-]+\s+){0,3}(?:Regisseur|Regisseurin|Filmemacher|Filmemacherin|"
    r"Regieduo)\s+[A-ZÄÖÜ]",
    # "Die Georgierin Tamar X erzählt in Die Weinleserinnen von drei Schwestern": the film the maker tells a story in
    # (a title opening with an article or of two capitalised words; "erzählt in Rückblenden von" names no film)
    r"\berzählt\s+in\s+(?=(?:Der|Die|Das|Ein|Eine|Einer)\s|[A-ZÄÖÜ][\wäöüß-]+\s+[A-ZÄÖÜ]){T}\s+vo[nm]\b",
    # "in Deutschland kommt er als „X“ ins Kino": the German release title.
    r"\b(?:als|unter dem Titel)\s+{T}\s+(?:ins Kino|in die Kinos|in den Kinos|auf den Markt|zu sehen)",
    # "Reden wir über Sommerloch, der ab morgen in ausgewählten Kinos läuft": a newsletter's or a column's film of the
    # week, named with its release (the words after the title gate the cue)
    r"{T},\s+(?:der|die|das)\s+(?:ab|seit|am)\s+(?:[\wäöü.]+\s+){1,3}(?:im\s+Kino|in\s+(?:den\s+|vielen\s+|"
    r"ausgewählten\s+)?Kinos|bei\s+[A-Z][\w+]+)\s+(?:läuft|startet|anläuft|zu\s+sehen\s+ist)\b",
    r"(?=[.!?A-ZÄÖÜÀ-ÞĀ-Ž0-9„\"“»«‘])(?:^|[.!?]\s+){T}\s+(?:startet|läuft)\s+(?:ab|am)\s+(?:heute|morgen|Donnerstag|"
    r"Mittwoch|Freitag|sofort|\d{1,2}\.)[^.\n]{0,40}?\b(?:im\s+Kino|in\s+(?:den\s+|vielen\s+|ausgewählten\s+)?Kinos)\b",
)

#: Words just before a quoted title that say it is *another* work ("ihr Film „X“ (2000)").
MENTION_CUES = (
    "nach",
    "an",
    "seit",
    "wie",
    "wie in",
    "schon in",  # "wie schon in „X“": a comparison with an earlier film
    "zuletzt bei",
    "bekannt aus",
    "bekannt durch",
    "seinem",
    "ihrem",
    "seines",
    "ihres",
    "vorgänger",
    "vorgängerfilm",
    "roman",
    "buch",
    "rezension zu",
    "kritik zu",
    "serie",
    "erfolg",
    "hit",
    "hits",
    "triumph",
    "triumph mit",
    "erfolg mit",
    "durchbruch mit",
    "hit mit",
    "sieg mit",
    "debüt mit",
    "dessen",
    "deren",
    "für",
    # "Wer das Original „Die Furt“ kennt", "die Vorlage „X“": the film a remake or an adaptation remakes
    "original",
    "vorlage",
    "urfassung",
)

#: Words in a text's opening lines that are page furniture, not a headline.
NAVIGATION = frozenset(
    w.strip()
    for w in """land/jahr|land / jahr|produktionsland|produktionsjahr|darsteller*innen|darsteller:innen|darsteller_innen|
    schauspieler*innen|schauspieler:innen|unsere meinung|meine meinung|meinung|unser fazit|unser urteil|urteil|die kritik|
    die handlung|worum geht's|worum geht’s|worum geht es|lohnt sich's|lohnt sich’s|wer spielt mit|altersfreigabe|
    starttermin|filmlänge|spieldauer|regie und buch|regie & buch|buch|kamera|kurz gesagt|interviews|festivals|festival|podcast|podcasts|essays|über uns|über die autorin|über den autor|zur autorin|zum autor|direkt zum inhalt wechseln|zum inhalt springen|beschreibung|inhalt|story|handlung|kritik|
    fazit|meine meinung|jetzt ansehen|von|bild konnte nicht geladen werden|startseite|menü|suche|
    anzeige|werbung|teilen|artikel teilen|kommentare|lesedauer|newsletter|abonnieren|kino|filme|
    trailer|bildergalerie|galerie|darum geht's|darum geht’s|worum gehts|worum geht's|info|regie|
    darsteller|besetzung|drehbuch|kamera|musik|schnitt|produktion|verleih|genre|laufzeit|länge|fsk|
    land|jahr|kinostart|bewertung|wertung|unsere wertung|note|stand|quelle|foto|bild|fotos|text|
    autor|autorin|veröffentlicht|aktualisiert|rezension|originaltitel|original-titel|alternativtitel|
    besprechung|szenenfoto|mehr|weiterlesen|live|neue filme|filmkritik|kurzkritik|eine kritik von|
    neu|jetzt|heute|ab heute|diese woche|feuilleton|kultur|kritiken|filmkritiken|kinokritik|kinokritiken|medien|
    unterhaltung|panorama|freizeit|film & tv|kino & tv|kino und tv|filmblog|blog|mehr zum thema|lesen sie auch|
    schlagwörter|kommentare|startseite kino|neu im kino|im kino|kinotipp|filmtipp|besetzung & crew|
    besetzung und crew|cast & crew|kinotipp der woche|filmtipp der woche|rolle – darsteller|streaming|serien|
    heimkino|dvd|blu-ray|mediathek|tv|lokales|streaming-kritik|serienkritik|film|filmstarts der woche|
    kinostarts der woche|kinostarts|neustarts|neu im stream|ab donnerstag im kino|jetzt im kino|facebook|twitter|x|
    whatsapp|e-mail|email|linkedin|pinterest|instagram|threads|bluesky|reddit|drucken|link kopieren|teilen|
    artikel teilen|artikel drucken|merken|akzeptieren|einstellungen|menü|im stream|neu im stream|heute im kino|
    im tv|heute im tv|im fernsehen|auf netflix|im heimkino|neu auf dvd|neu auf blu-ray|filmstart der woche|
    film der woche|film des monats|kinostart der woche|neustart der woche|tipp der woche|streamingtipp|
    streaming-tipp|heimkinotipp|heimkino-tipp|dvd-tipp|dvd-kritik|blu-ray-kritik|heimkino-check|
    mediabook|steelbook|4k|uhd|4k uhd|ultra hd|vod|boxset|box-set|blu-ray-review|dvd-review|mediabook-review|4k-review|heimkino-review|
    tipp|tipps|der tipp|unser tipp|mein tipp|tv-tipp|tv-tipps|empfehlung|unsere empfehlung|kurz & knapp|auf einen blick|
    fernsehen|spielfilme|spielfilm|tv-programm|programm|fernsehprogramm|heute|heute abend|tv heute|primetime|
    abmelden|im browser ansehen|im browser lesen|newsletter abbestellen|weiterempfehlen""".replace("\n", "").split("|")
) | frozenset(  # "Der Film am Samstag", "Spielfilm am Sonntagabend": a TV page's label for the day
    f"{article}{label} am {day}{time}"
    for article in ("", "der ", "unser ")
    for label in ("film", "spielfilm", "tv-film", "fernsehfilm", "tipp", "tv-tipp")
    for day in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
    for time in ("", "abend")
)

#: A line that states the original title: "Originaltitel: X", "OT: X", "Original-Titel: X".
ORIGINAL_CUES = (
    r"(?=O)(?<!\w)(?:Original-?[Tt]itel|Originaltitel|OT)\s*[:|]\s*\|?\s*{T}",
    r"\(\s*(?:im\s+)?Original(?:titel)?\s*:?\s*{T}\s*\)",
    # The literal first ("m Original", then a look back for "im"/"Im"): the engine jumps to it.
    r"m Original(?<=(?<!\w)[iI]m Original)\s+{T}",
    r"m Original(?<=(?<!\w)[iI]m Original)(?:titel)?\s+(?:heißt\s+(?:er|der Film)\s+)?{T}",
    # "der im Original „X“ heißt", "Die Farbe der Zitronen, im Original X, ist …", "(engl. X)".
    r"m Original(?<=(?<!\w)[iI]m Original)(?:titel)?\s+{P}",
    r"\(\s*(?:engl\.|englisch|Originaltitel|Original-?[Tt]itel|OT|Orig\.)\s*:?\s*{P}\s*\)",
    r"Original(?<!\wOriginal)-?[Tt]itel\s+(?:lautet|ist|war)\s+{P}",
)

#: Production-line shapes that state the film's year: "USA 2023", "Frankreich/Deutschland 2019".
YEAR_CUES = (
    # Each cue starts with a literal (the engine jumps to it) and looks back for the rest of its label.
    r"sjahr(?<=\bProduktionsjahr|\bEntstehungsjahr)\s*:?\s*\|?\s*(?P<year>(?:19|20)\d\d)\b",
    # "Jahr" is a label only with a colon or opening a facts line; "Es ist das Jahr 1961" is the story's year.
    r"(?m)Jahr(?:\s*:|(?<=^Jahr)|(?<=[|·•(]Jahr)|(?<=[|·•(] Jahr))\s*\|?\s*(?P<year>(?:19|20)\d\d)\b",
    # "Der 2024 entstandene Film von …": this film; not "der 2019 gedrehte Film „X“", which names another.
    # (One cue per participle, each starting with its literal: the engine jumps to it.)
    *(
        rf"{participle}(?<=er (?P<year>(?:19|20)\d\d) {participle})\s(?:\w+\s)?"
        r"(?:[\w-]*(?:[Ff]ilm|[Dd]rama|[Tt]hriller|[Kk]omödie|[Ww]estern|[Kk]rimi|[Kk]lassiker|[Ss]treifen|[Dd]oku\w*)|"
        r"Werk)\b(?!\s*[„\"»«])"
        for participle in ("entstandene", "gedrehte", "produzierte", "realisierte")
    ),
)

#: Last words of outlet names ("Frankfurter Rundschau", "Kinoblog"): a page's first line ending in one,
#: said once, is its masthead, not the film.
OUTLET_WORDS = frozenset(
    """zeitung rundschau kurier anzeiger presse allgemeine tagblatt tagesspiegel abendblatt morgenpost magazin
    blatt nachrichten echo bote stimme tageszeitung wochenzeitung zeit spiegel standard journal blog online
    filmblog kinoblog podcast post times magazine news""".split()
)

#: Labels of boxes that link to other reviews ("Das könnte Sie auch interessieren:", "Weitere Kritiken: …").
RELATED_LABELS = (
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "auch interessant",
    "mehr zum thema",
    "lesen sie auch",
    "lies auch",
    "weitere kritiken",
    "mehr kritiken",
    "mehr filmkritiken",
    "weitere filmkritiken",
    "ähnliche filme",
    "verwandte artikel",
    "passend dazu",
    "empfehlungen",
    "unsere empfehlungen",
    "mehr aus dem ressort",
    "weitere artikel",
    "zum weiterlesen",
)

#: Eine Autorenzeile: wer den Text für welches Blatt geschrieben hat ("Von Jana Berg für den Weserblick", "Eine Kritik
#: von Jana Berg, Rheinpost", "Text: Jana Berg | Kulturradio"). Der Name des Blatts dahinter ist kein Titel. Ein
#: Personenname (großgeschriebene Wörter) muss folgen: "Von Menschen und Göttern" ist ein Film.
BYLINE_LINE = (
    r"(?:Von|(?:Eine[ \t]+)?(?:Kritik|Filmkritik|Rezension|Besprechung)[ \t]+von|Text[ \t]*:|Autor(?:in)?[ \t]*:|"
    r"(?:Filed|Reviewed)[ \t]+by|By)"
    r"[ \t]+[A-ZÄÖÜ][\w.'’-]+(?:[ \t]+(?:de|van|von|der|da|di|del|la|le)?[ \t]*[A-ZÄÖÜ][\w.'’-]+){1,3}"
    r"[ \t]*(?:$|,|\||[–—]|[ \t]+(?:für|in|bei|aus|vom|von)[ \t])"
)
