"""German data for the verdict component: rating cues, opinion cues, aspects, shifters.

Each name here has an English twin in ``lang/en/verdict.py``; the algorithms in
``read/ratings.py``, ``read/opinion.py`` and ``read/aspects.py`` only ever see these names.
"""

from __future__ import annotations

#: Words that announce a critic's rating ("Bewertung: 4", "Meine Wertung: 8 von 10").
RATING_CUES = ("bewertung", "wertung", "gesamtwertung", "urteil", "fazit", "filmwertung")
#: Verbs that hand out stars ("gebe vier Sterne", "gives it three stars").
RATING_VERBS = ("gebe", "vergebe", "verdient", "bekommt", "erhält", "gibt es", "gibt's", "gibts", "vergeben")
#: "von" in "4 von 5 Sternen".
RATING_OF = ("von", "aus")
#: Units that make a number a rating ("Sternen", "Punkten").
RATING_UNITS = ("sterne", "sternen", "stern", "punkte", "punkten", "punkt", "zähler")
#: Number words a critic writes instead of digits.
NUMBER_WORDS = {
    "null": 0,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
}
#: "dreieinhalb", "zweieinhalb": a number word plus a half.
HALF_SUFFIX = "einhalb"
HALF_WORDS = ("halb", "halben")

#: Negations and shifters that flip the polarity of what follows (PolArt's SHI entries and kin).
#: Not "noch": alone it means "still/even" ("noch uninspirierter" is worse, not better), and in
#: "weder ... noch" the "weder" already negates.
NEGATIONS = frozenset("nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder ohne kaum".split())
#: A negation that is no denial when these follow it: "nicht nur", "nicht zuletzt", "nicht umsonst",
#: "nicht selten", "nicht weniger spannend".
NEGATION_CANCELS = frozenset("nur zuletzt umsonst selten minder weniger".split())
#: Word pairs that negate like "ohne": "frei von Kitsch" is praise, "nicht frei von Längen" a fault
#: (two negations cancel).
PRIVATIVE = (("frei", "von"),)
#: German puts the negation after the verb (verb second), often at the clause's end: "überzeugt
#: nicht", "gelingt ihm nicht", "zündet leider zu keinem Zeitpunkt". A negation this many words after
#: a judgement word, in the same clause, negates it when no judgement word of its own follows it.
POST_NEGATION = 8
#: The judgement words that are verbs: a negation after them in their clause negates them
#: ("Die Pointen zünden nicht"); any other judgement word only when it opens its clause ("Spannend
#: ist das nicht"), since a "nicht" in the middle field negates what follows it ("eines Verrisses
#: gar nicht so viel Spaß").
JUDGEMENT_VERBS = frozenset(
    """überzeugt überzeugen gelingt gelingen funktioniert funktionieren zündet zünden lohnt trägt tragen greift
    greifen sitzt sitzen aufgeht aufgehen enttäuscht enttäuschen langweilt nervt scheitert misslingt misslingen
    schwächelt gefällt""".split()
)
#: Words that end the reach of a negation after the verb ("spannend und nicht kitschig"). Not "aber",
#: "doch", "auch": after the verb they are particles ("Das überzeugt aber/auch/dann doch nicht").
CLAUSE_STOPS = frozenset("und oder sondern weil dass wenn wie ob sowie".split())
#: Verbs that say nothing alone but are a fault when negated: "Das Konzept trägt nicht",
#: "Die Pointen sitzen nicht", "Die Rechnung geht nicht auf".
NEGATED_FAULTS = dict.fromkeys("trägt tragen greift greifen sitzt sitzen aufgeht aufgehen".split(), 0.5)
#: Idioms that hedge or fault without a judgement word of their own (trigger word, pattern on the
#: space-joined lower-case tokens, value): "nicht der ganz große Wurf", "bleibt hinter den Erwartungen
#: zurück", "mit Abstrichen", "lässt zu wünschen übrig", "der Funke springt nicht über".
HEDGES = (
    ("wurf", r"\b(?:nicht|kein|keine|keinen|keiner)\b(?: \w+){0,4} wurf\b", -0.6),
    (
        "zurück",
        r"\bhinter (?:\w+ ){0,4}(?:erwartungen|möglichkeiten|potenzial|potential|vorlage|anspruch|ansprüchen) zurück"
        r"|\b(?:bleibt|bleiben|blieb|blieben)\b(?: \w+){0,6} hinter (?:\w+ ){0,4}zurück\b",
        -0.6,
    ),
    ("möglichkeiten", r"\bunter (?:seinen|ihren|den|ihrem|seinem) möglichkeiten\b", -0.6),
    ("abstrichen", r"\babstrichen\b", -0.5),
    ("abstriche", r"\babstriche\b", -0.5),
    ("wünschen", r"\bzu wünschen übrig\b", -0.6),
    ("luft", r"\bluft nach oben\b", -0.4),
    ("funke", r"\bfunke\w*\b(?: \w+){0,4} (?:nicht|nie|kaum)\b", -0.6),
    ("fahrt", r"\b(?:nicht|nie|kaum)\b(?: \w+){0,3} in fahrt\b", -0.5),
    ("heran", r"\b(?:nicht|nie|kaum)\b(?: \w+){0,5} heran\b", -0.5),
    ("leere", r"\bins leere\b", -0.5),
    ("geschmackssache", r"\bgeschmackssache\b", -0.2),
)
#: Intensifiers and downtoners with a factor (PolArt's INT entries and kin).
INTENSIFIERS = {
    "sehr": 1.5,
    "äußerst": 1.8,
    "extrem": 1.8,
    "absolut": 1.5,
    "völlig": 1.5,
    "total": 1.5,
    "höchst": 1.6,
    "wirklich": 1.3,
    "ganz": 1.2,
    "überaus": 1.7,
    "ungemein": 1.7,
    "herrlich": 1.5,
    "ziemlich": 0.8,
    "etwas": 0.6,
    "recht": 0.9,
    "eher": 0.6,
    "wenig": 0.5,
    "durchaus": 0.7,
    "teilweise": 0.6,
    "stellenweise": 0.6,
    "einigermaßen": 0.6,
    "viel": 1.5,
}
#: Too much of a good thing is a fault: "zu lang", "allzu süß", "übertrieben".
EXCESS = frozenset("zu allzu übertrieben überladen".split())
#: Plain words that are a fault right after "zu"/"allzu" ("zu lang", "erinnert allzu sehr an"),
#: though neutral alone; each such pair counts ``EXCESS_FAULT`` in the critic lean.
EXCESS_FAULTS = frozenset(
    "lang lange kurz viel viele oft sehr glatt brav konventionell gewollt bemüht offensichtlich simpel schlicht "
    "dick schematisch laut bekannt bekannte bekannten bekannter vertraut vertraute vertrauten harmlos "
    "berechenbar süß".split()
)
EXCESS_FAULT = -0.5
#: Words that turn what follows into the writer's real point ("aber", "doch").
CONTRAST = frozenset("aber doch jedoch allerdings leider trotzdem dennoch nur".split())
#: Counterfactual wishes are faults: "hätte ... gutgetan", "wäre ... besser gewesen".
COUNTERFACTUAL = (
    r"\b(?:hätten?|wäre|wären|hätte)\b[^.!?]{0,120}?\b(?:gutgetan|gut getan|besser|geholfen|gehört|gebraucht)",
    r"\bweniger wäre mehr\b",
    r"\bmehr drin\b",
    r"\bgewünscht hätte\b",
    r"\b(?:fehlt|fehlen|mangelt|vermisst)\b",
    r"\bleider\b",
)
#: A customer's review of a disc rather than a critic's of a film: it talks about the product
#: (patterns on lower-cased text), or says "ich"/"mir" at least every ``CUSTOMER_FIRST_PERSON``-th
#: word. The trained model learned from such reviews and reads them best alone: critics' judgement
#: words cost it accuracy (DVD train, out-of-fold, at every weight), while critics' prose needs them.
CUSTOMER_CUES = (
    r"\b(?:dvds?|blu-?rays?|discs?|bonusmaterial|bonus-material|extras|making-of|steelbook|uncut)\b",
    r"\b(?:kaufen|gekauft|kauf|kaufempfehlung|preis|amazon|lieferung|geliefert)\b",
    r"\b(?:bildqualität|tonqualität|synchronisation)\b",
)
FIRST_PERSON = frozenset("ich mir mich mein meine meiner meinem meinen meines".split())
CUSTOMER_FIRST_PERSON = 1 / 33
#: Words only critics use about a film: a sentence with them is opinion, not plot.
OPINION_CUES = frozenset(
    """film films regie regisseur regisseurin inszenierung inszeniert drehbuch dialoge darsteller darstellerin
    schauspieler schauspielerin ensemble kamera bilder musik soundtrack score zuschauer publikum kino leinwand
    gelingt gelungen misslingt gelungen sehenswert enttäuscht enttäuschend überzeugt überzeugend leider
    fazit insgesamt letztlich immerhin freilich zweifellos durchaus sicherlich allerdings man wirkt erzählt
    werk debüt genre komödie drama thriller""".split()
)
#: Words that mark a critic's closing judgement ("Fazit", "Unterm Strich").
CONCLUSION_CUES = ("fazit", "unterm strich", "alles in allem", "insgesamt", "letztlich", "am ende bleibt")

#: Aspect cues: word prefixes (lower case) that put a sentence's opinion on an aspect.
ASPECT_CUES: dict[str, tuple[str, ...]] = {
    "acting": (
        "schauspiel",
        "darsteller",
        "darstellung",
        "besetzung",
        "ensemble",
        "hauptrolle",
        "nebenrolle",
        "rolle$",
        "gespielt$",
        "verkörper",
        "mimik",
        "herausgearbeitet",
        "performance",
        "cast",
    ),
    "script": (
        "drehbuch",
        "skript",
        "geschichte",
        "story",
        "handlung",
        "plot",
        "figuren",
        "figur",
        "charakter",
        "dialog",
        "erzählung",
        "erzählt",
        "dramaturgi",
        "wendung",
        "zufälle",
        "zufall",
        "klischee",
        "konstruiert",
        "logik",
        "pointe",
        "vorhersehbar",
        "autor",
    ),
    "direction": ("regie", "regisseur", "inszen", "gedreht"),
    "visuals": (
        "kamera",
        "bilder",
        "bildsprache",
        "optik",
        "optisch",
        "visuell",
        "fotografie",
        "ausstattung",
        "effekte",
        "spezialeffekte",
        "kostüm",
        "farben",
        "licht",
        "szenenbild",
        "cgi",
    ),
    "music": ("musik", "soundtrack", "score", "filmmusik", "tonspur", "sounddesign", "klänge", "songs", "komponi"),
    "tone": (
        "ton$",
        "tonfall",
        "stimmung",
        "atmosphäre",
        "humor",
        "witz",
        "kitsch",
        "zucker",
        "süßlich",
        "rührselig",
        "sentimental",
        "pathos",
        "pathetisch",
        "schmalz",
        "botschaft",
        "gefühl",
        "märchen",
        "moral",
        "zynis",
        "düster",
    ),
    "pacing": (
        "tempo",
        "länge$",
        "längen$",
        "langatmig",
        "langweil",
        "zäh$",
        "rhythmus",
        "schnitt",
        "kurzweilig",
        "laufzeit",
        "spannung$",
        "spannend",
        "temporeich",
        "schleppend",
    ),
}
#: Words that carry their aspect and a polarity in one: "kitschig" is a fault of tone.
ASPECT_POLAR: dict[str, tuple[str, int]] = {
    "kitsch": ("tone", -1),
    "zucker": ("tone", -1),
    "süßlich": ("tone", -1),
    "rührselig": ("tone", -1),
    "schmalz": ("tone", -1),
    "pathetisch": ("tone", -1),
    "gefühlsdusel": ("tone", -1),
    "klischee": ("script", -1),
    "konstruiert": ("script", -1),
    "vorhersehbar": ("script", -1),
    "overacting": ("acting", -1),
    "chargier": ("acting", -1),
    "langatmig": ("pacing", -1),
    "längen$": ("pacing", -1),
    "langweil": ("pacing", -1),
    "schleppend": ("pacing", -1),
    "zäh$": ("pacing", -1),
    "kurzweilig": ("pacing", 1),
    "temporeich": ("pacing", 1),
    "spannend": ("pacing", 1),
    "bildgewaltig": ("visuals", 1),
}

#: Endings stripped to find a judgement word's base ("uninspirierter" -> "uninspiriert").
SUFFIXES = ("sten", "ster", "stes", "ste", "eren", "erer", "eres", "er", "en", "em", "es", "e")
#: Critics' judgement words with a polarity (-1..1): the vocabulary of verdicts rather than
#: of stories ("gelungen", "misslungen", "kitschig"). They override the general lexicons and
#: drive the judgement lean that corrects a model trained on non-critic prose.
CRITIC_WORDS = {
    **dict.fromkeys(
        """gelungen gelungene gelungener gelungenes gelingt meisterhaft meisterlich meisterwerk sehenswert
        sehenswerter sehenswertes überzeugend überzeugt überzeugende überzeugenden packend packende packender
        fesselnd fesselnde mitreißend mitreißende großartig großartige großartiger brillant brillante brillanter
        herausragend herausragende grandios grandiose hervorragend hervorragende glänzend glänzende stark starke
        starken starker stimmig stimmige berührend berührende bewegend bewegende eindringlich eindringliche
        sensibel feinfühlig klug kluge kluger intelligent intelligente originell originelle witzig witzige
        unterhaltsam unterhaltsame kurzweilig kurzweilige spannend spannende perfekt perfekte wunderbar wunderbare
        wunderbarer herrlich herrliche sehenswert empfehlenswert lohnenswert gelingen glanzleistung highlight
        faszinierend faszinierende beeindruckend beeindruckende präzise virtuos virtuose""".split(),
        0.8,
    ),
    **dict.fromkeys(
        """misslungen misslungene missglückt scheitert gescheitert enttäuschend enttäuschende enttäuscht
        langweilig langweilige langweiliger langatmig langatmige zäh zähe öde öder ödes belanglos belanglose
        banal banale platt platte plump plumpe flach flache oberflächlich oberflächliche vorhersehbar vorhersehbare
        klischeehaft klischeehafte klischees kitschig kitschige kitschiger kitsch konstruiert konstruierte
        konstruierten konstruierter übertrieben übertriebene übertreibt überzogen überzogene hölzern hölzerne
        hölzernen steif steife blass blasse farblos farblose eindimensional eindimensionale schablonenhaft
        zuckersüß süßlich süßliche rührselig rührselige pathetisch pathetische schwülstig aufgesetzt aufgesetzte
        unglaubwürdig unglaubwürdige unausgegoren ärgerlich ärgerliche peinlich peinliche misslingt ermüdend
        ermüdende schleppend schleppende holprig holprige dünn dünne schwach schwache schwächen schwächelt
        verschenkt verschenkte vergeudet verschwendet zerfasert enttäuschung ärgernis uninspiriert einfallslos
        ideenlos nichtssagend lächerlich unterirdisch uninteressant verriss rohrkrepierer totalausfall
        überflüssig austauschbar lahm spannungsarm spannungslos dilettantisch misslungen""".split(),
        -0.8,
    ),
    # More of critics' general vocabulary of praise and blame (base forms: ``SUFFIXES`` inflect them).
    **dict.fromkeys(
        """atemberaubend bravourös fulminant furios famos umwerfend bezaubernd charmant souverän pointiert
        vergnüglich ergreifend bildgewaltig eindrucksvoll meisterstück glanzstück volltreffer kleinod wucht""".split(),
        0.8,
    ),
    **dict.fromkeys(
        """missraten verkorkst zerfahren bieder behäbig dröge hanebüchen haarsträubend klischeebeladen formelhaft
        mittelmäßig langweilt nervig fad fade zahnlos seelenlos leblos blutleer""".split(),
        -0.8,
    ),
    **dict.fromkeys("verzettelt verheddert überlang unfreiwillig nervt ermüdet".split(), -0.6),
    **dict.fromkeys("funktioniert zündet lohnt funktionieren zünden überzeugen gefällt".split(), 0.5),
    # "Der Film hat Längen"; "ohne Längen" and "frei von Längen" are praise (negation, ``PRIVATIVE``).
    **dict.fromkeys("längen verpufft verpuffen".split(), -0.5),
    **dict.fromkeys("mühsam mutlos kalkuliert".split(), -0.6),
    # The critic's own word for a mixed verdict: it takes the shine off any praise around it.
    **dict.fromkeys("zwiespältig durchwachsen".split(), -0.5),
    "durchschnittlich": -0.4,
    "passabel": 0.1,
    "durchaus": 0.0,
    "solide": 0.3,
    "ordentlich": 0.2,
    "nett": 0.1,
    "harmlos": -0.4,
    "bemüht": -0.3,
    "gutgemeint": -0.3,
}

#: Words general-purpose lexicons mark as polar that critics use neutrally: the craft
#: ("gespielt") and the story's own matter ("Abschied", "Tod", "Krieg" describe the plot,
#: not the film's worth). Dropped from the lexicon.
NEUTRAL = frozenset(
    """gespielt spielt spielen spielte gespielte film filme geschichte handlung figur figuren
    abschied tod krieg kampf mord verbrechen angst trauer schmerz gewalt opfer täter""".split()
)

# --- How critics structure a verdict (read by the critic lean, ``read/verdict.py`` ``judging_sentences``) ---
#: A summing-up: the sentence that judges the film as a whole ("Fazit:", "Unterm Strich ...",
#: "Alles in allem ...", "Am Ende bleibt ein ..."). Patterns on the lower-cased sentence.
SUMMING_UP = (
    r"\bfazit\b",
    r"\bunterm strich\b",
    r"\bunter dem strich\b",
    r"\balles in allem\b",
    r"\bim großen und ganzen\b",
    r"\binsgesamt\b",
    r"\bletztlich\b",
    r"\bletzten endes\b",
    r"\bkurzum\b",
    r"\bsumma summarum\b",
    r"\bam ende\b",
    r"\bbleibt (?:\w+ ){0,3}(?:ein|eine|einer|der eindruck)\b",
)
#: How much a summing-up counts (the closing paragraph's sentences count twice, the rest once).
SUMMING_UP_WEIGHT = 3.0
#: Words that open a conceded clause: what follows is granted rather than meant ("Zwar ..., aber ...",
#: "Obwohl ...", "Trotz aller Längen ..."), up to the next contrast word and at most to the clause's end
#: (0) or over the words of a preposition's phrase ("trotz seiner langatmigen Mitte": 3 more words).
CONCESSIONS = {
    **dict.fromkeys("zwar obwohl obgleich wenngleich obschon".split(), 0),
    "trotz": 4,
}
#: How much a conceded clause's judgement words count.
CONCEDED = 0.5
#: A sentence that opens with these praises a single saving grace ("Immerhin ist die Kamera gut",
#: "Einzig die Hauptdarstellerin überzeugt"): in a critic's review that is no praise of the film.
SAVING_GRACE = frozenset("immerhin wenigstens zumindest einzig einzige einziger".split())
#: What such praise counts instead of its judgement words.
SAVING_GRACE_VALUE = -0.3
#: A missed chance is a fault: "hätte ein großer Film werden können", "hätte man mehr machen können",
#: "verschenktes Potenzial", "eine vertane Chance".
MISSED_CHANCE = (
    r"\bhätten? (?:[^.!?]{0,80} )?(?:werden|sein|machen|erzählen) können\b",
    r"\b(?:verschenkt|vergeben|verspielt|vertan)\w* (?:\w+ )?(?:potenzial|potential|chance|möglichkeiten)\b",
)
MISSED_CHANCE_VALUE = 0.6

# --- Round 8b: more of critics' judgement vocabulary, shifters with their reach, and judgement scope ---
#: More of German critics' words of praise and blame (base forms; ``SUFFIXES`` inflect them). Read by the
#: critic lean only (``sentiment.judgement_words``): kept out of the trained model's lexicon and out of
#: the review detector's critic words, whose weights were fitted without them. Chosen from general
#: critics' idiom; most are confirmed by the real lexicons (SentiWS, GermanPolarityClues, PolArt agree on
#: the sign), the rest are critics' own coinages the lexicons lack ("bildstark", "altbacken", "Machwerk").
#: Words that also describe a story's people or things ("mutig", "zärtlich", "lebendig", "hohl", "träge")
#: are left out: a sentence that retells the plot would read as a verdict.
CRITIC_PROSE_WORDS = {
    **dict.fromkeys(
        """lohnend überragend exzellent vorzüglich wunderschön humorvoll warmherzig herzerwärmend erfrischend
        feinsinnig hintersinnig einfühlsam poetisch stimmungsvoll temporeich rasant kraftvoll wuchtig
        scharfsinnig geistreich treffend gekonnt nuanciert vielschichtig facettenreich unaufdringlich
        unsentimental uneitel glaubwürdig amüsant köstlich urkomisch liebenswert liebenswürdig anrührend
        stilsicher fabelhaft hinreißend preiswürdig preisverdächtig oscarreif bezwingend bemerkenswert
        beachtlich wohltuend kunstvoll bildschön bildstark bildmächtig gewitzt einfallsreich ideenreich
        fantasievoll phantasievoll schnörkellos geheimtipp glücksfall offenbarung besticht bestechend glänzt
        brilliert fesselt""".split(),
        0.6,
    ),
    **dict.fromkeys("sorgfältig elegant liebevoll authentisch atmosphärisch".split(), 0.4),
    **dict.fromkeys(
        """schwerfällig altbacken angestaubt verstaubt beliebig generisch stereotyp klischiert durchschaubar
        unfertig überfrachtet überambitioniert prätentiös bedeutungsschwer bedeutungsschwanger verkopft
        verquast aufgeblasen aufgebläht selbstverliebt effekthascherisch reißerisch plakativ holzschnittartig
        infantil geschmacklos dümmlich dämlich nervtötend enervierend verunglückt verfehlt dürftig
        bedeutungslos vergessenswert verzichtbar entbehrlich lieblos schludrig schlampig klebrig schmalzig
        moralinsauer belehrend didaktisch oberlehrerhaft thesenhaft papieren konfus zusammenhanglos
        ernüchternd abgestanden abgegriffen ausgelutscht abgedroschen reinfall langweiler machwerk murks
        stückwerk geduldsprobe zumutung sammelsurium versatzstücken abziehbilder pappkamerad pappkameraden
        fließbandware dutzendware stangenware kalendersprüchen plätschert dümpelt""".split(),
        -0.6,
    ),
    **dict.fromkeys("anstrengend albern wirr uneben mäßig billig unübersichtlich".split(), -0.5),
    "sentimental": -0.4,
}
#: The craft a critic judges with "gut"/"schlecht" ("gut gespielt"), and kinds of film ("ein guter Krimi").
_CRAFT = (
    r"(?:gespielt|gemacht|erzählt|besetzt|fotografiert|inszeniert|geschrieben|gebaut|getimt|gefilmt|geschnitten|"
    r"montiert|ausgestattet|synchronisiert|animiert|choreografiert|gealtert)\b"
)
_FILM_KINDS = (
    r"(?:film|filme|films|komödie|drama|thriller|krimi|fortsetzung|unterhaltung|dokumentarfilm|horrorfilm|"
    r"kinderfilm|familienfilm|debüt|serie|kino)\b"
)
#: Idioms of praise and blame without a listed word (trigger word, pattern on the space-joined lower-case
#: tokens, value), read as ``HEDGES`` are: "macht Laune/Spaß", "lohnt sich", "kommt nicht über ... hinaus",
#: "verliert sich in", "zieht sich in die Länge", "kann man sich sparen", "Masse statt Klasse".
JUDGEMENT_IDIOMS = (
    ("laune", r"\bmacht\b(?: \w+){0,3} laune\b", 0.6),
    ("spaß", r"\bmacht\b(?: \w+){0,3} spaß\b", 0.6),
    ("freude", r"\bmacht\b(?: \w+){0,3} freude\b", 0.6),
    ("vergnügen", r"\b(?:ein|reines|großes|echtes) vergnügen\b", 0.6),
    ("entdeckung", r"\b(?:ist|sind|als) (?:\w+ ){0,2}(?:eine|die) (?:\w+ )?entdeckung\b", 0.6),
    ("ansehen", r"\bunbedingt (?:\w+ ){0,2}ansehen\b", 0.8),
    ("anschauen", r"\bunbedingt (?:\w+ ){0,2}anschauen\b", 0.8),
    ("entgehen", r"\bnicht entgehen lassen\b", 0.8),
    ("verpassen", r"\bnicht verpassen\b", 0.8),
    ("hallt", r"\bhallt (?:\w+ ){0,3}nach$", 0.5),
    ("nachhallt", r"\bnachhallt\b", 0.5),
    ("nachwirkt", r"\bnachwirkt\b", 0.5),
    ("hinaus", r"\b(?:kommt|kommen|kam) (?:\w+ ){0,6}nicht über (?:\w+ ){0,5}hinaus\b", -0.6),
    ("verliert", r"\bverliert sich\b", -0.5),
    ("verlieren", r"\bverlieren sich\b", -0.5),
    ("länge", r"\bzieh\w* sich (?:\w+ ){0,2}in die länge\b", -0.6),
    ("kaugummi", r"\bwie kaugummi\b", -0.6),
    ("sparen", r"\b(?:kann|könnte|sollte) man sich (?:\w+ ){0,3}sparen\b", -0.8),
    ("klasse", r"\bmasse statt klasse\b", -0.8),
    ("verhebt", r"\bverhebt sich\b", -0.6),
    ("erstickt", r"\berstickt an\b", -0.6),
    ("strecke", r"\bauf der strecke\b", -0.5),
    ("schlecht", r"\bmehr schlecht als recht\b", -0.6),
    ("neues", r"\b(?:nichts|wenig) (?:\w+ ){0,2}neues\b", -0.4),
    ("mühe", r"\b(?:gibt|geben) sich (?:\w+ ){0,2}(?:mühe|redlich)\b", -0.3),
    # "gut"/"schlecht" alone describe the story's people and things as often as the film; with the craft
    # ("gut gespielt", "schlecht geschrieben") or a kind of film ("ein guter Thriller") they judge it.
    ("gut", r"\bgut (?:\w+ )?" + _CRAFT, 0.5),
    ("gute", r"\bgute " + _FILM_KINDS, 0.5),
    ("guter", r"\bguter " + _FILM_KINDS, 0.5),
    ("gutes", r"\bgutes " + _FILM_KINDS, 0.5),
    ("schlecht", r"\bschlecht (?:\w+ )?" + _CRAFT, -0.6),
    ("schlechte", r"\bschlechte " + _FILM_KINDS, -0.6),
    ("schlechter", r"\bschlechter " + _FILM_KINDS, -0.6),
    ("schlechtes", r"\bschlechtes " + _FILM_KINDS, -0.6),
    # "ein Drama mit (kleinen) Schwächen" hedges: with the fault word's -0.8 it counts -0.3.
    ("schwächen", r"\bmit (?:\w+ )?schwächen\b", 0.5),
)
#: The idioms above that a negation before them denies ("nichts davon wird gut erzählt"): their triggers.
NEGATABLE_IDIOMS = frozenset("gut gute guter gutes schlecht schlechte schlechter schlechtes".split())
#: "wenig überzeugend", "weniger gelungen": a little of a good thing is a fault (not after "ein", "nicht",
#: "nichts", "kaum", "um": "ein wenig", "nicht weniger spannend"); such praise counts this many times its weight.
LESSER = frozenset({"wenig", "weniger"})
LESSER_KEEPS = frozenset("ein nicht nichts kaum um".split())
LESSER_FACTOR = -0.5
#: Negations the critic lean reads besides ``NEGATIONS`` (which the trained model's features also use):
#: "null Spannung", "keinerlei Witz", "keineswegs gelungen", "mitnichten".
JUDGEMENT_NEGATIONS = frozenset("null keinerlei keineswegs keinesfalls mitnichten nirgends nirgendwo".split())
#: Shifters whose reach is longer than the three words a negation reaches before a judgement word:
#: (the shifter's words, reach in words after them; 0: to the end of the clause): "ohne dass es je
#: kitschig wird", "ohne je ins Kitschige abzurutschen", "weder witzig noch spannend", "alles andere
#: als gelungen", "statt eines packenden Dramas" (what the film does not give), "nicht einmal/mal ...
#: spannend", "geschweige denn spannend", "verzichtet auf Pathos und billige Effekte". PolArt's shifter list ("kein", "nicht", "aufhören",
#: "beenden", "anfangen") adds no German negation beyond these.
LONG_SHIFTERS = (
    (("ohne",), 0),
    (("weder",), 0),
    (("statt",), 5),
    (("anstatt",), 5),
    (("anstelle",), 5),
    (("alles", "andere", "als"), 3),
    (("nicht", "einmal"), 0),
    (("nicht", "mal"), 0),
    (("geschweige", "denn"), 3),
    (("verzichtet", "auf"), 0),
    (("verzichten", "auf"), 0),
)
#: Words that end a long shifter's reach before its clause ends: a turn or a new clause ("ohne Kitsch,
#: aber ...", "statt Spannung, sondern ..."). Not "und"/"oder": "ohne Kitsch und Pathos", "ohne
#: Sentimentales oder Kitschiges" deny both.
LONG_SHIFTER_STOPS = frozenset("sondern aber doch jedoch allerdings leider weil wenn obwohl während".split())
#: A judgement in a question is no verdict ("Lohnt sich der neue Thriller?", "Ist das sehenswert?"):
#: what such a sentence's judgement words count.
QUESTION_FACTOR = 0.0
#: A fault the critic forgives is a sign of liking: "Ein paar Längen verzeiht man gern", "fällt kaum ins
#: Gewicht", "kann man verschmerzen". Patterns on the lower-cased sentence; the sentence then counts
#: ``FORGIVEN_VALUE`` instead of its faults ("verzeiht man ihm nicht/kaum/nur halb" forgives nothing).
FORGIVEN = (
    r"\b(?:verzeiht|verzeihen|vergibt|vergeben) man (?!(?:\w+ ){0,3}(?:nicht|kaum|halb|schwer|ungern|nur)\b)",
    r"\bsieht man (?:\w+ ){0,3}gerne? nach\b",
    r"\bnimmt man (?:\w+ ){0,3}gerne? in kauf\b",
    r"\bverschmerz\w*",
    r"\b(?:fällt|fallen) (?:\w+ ){0,2}(?:kaum|nicht|wenig) ins gewicht\b",
    r"\bsei (?:\w+ ){0,2}verziehen\b",
    r"\bstör\w* (?:\w+ ){0,2}(?:kaum|wenig|nicht weiter)\b",
)
FORGIVEN_VALUE = 0.3
#: A sentence that judges another work, not the reviewed film: comparisons with a predecessor, a
#: model or another film ("anders als in seinem Debüt", "wie schon der Vorgänger", "im Vergleich zu",
#: "wer ... erwartet", "erinnert an"). Patterns on the lower-cased sentence; such a sentence's judgement
#: counts ``OTHER_WORK_WEIGHT`` times. A sentence that quotes a title other than the one the page quotes
#: most (a festival report's other films) counts the same.
OTHER_WORK = (
    r"\banders als\b",
    r"\bim (?:gegensatz|unterschied|vergleich) zu\b",
    r"\bverglichen mit\b",
    r"\bwie schon\b",
    r"\bvorgänger\w*",
    r"\berstling\w*",
    r"\b(?:der|im|dem|den|des) ersten (?:teil|film)\b",
    r"\bwer (?:[^.!?,]{0,80} )?erwartet\b",
    r"\berinnert (?:\w+ ){0,4}an\b",
)
OTHER_WORK_WEIGHT = 0.5
#: A sentence that opens with these and faults names the one weak spot of a film the critic likes ("Nur
#: das Drehbuch verliert sich ...", "Einzig die Musik ist zu laut"): the mirror of ``SAVING_GRACE``.
LONE_FAULT = frozenset("nur einzig lediglich".split())
#: What such a fault counts instead of its judgement words.
LONE_FAULT_VALUE = 0.2
#: The top of the praise scale: denied, it is a hedge, not a pan ("kein Meisterwerk, aber ...", "nicht
#: perfekt"), so it counts ``NEGATED_STRONG_FACTOR`` times its weight instead of a plain denial's -0.7.
STRONG_PRAISE = frozenset(
    """meisterwerk meisterwerke meisterwerks meisterstück meisterhaft meisterhafte meisterlich perfekt perfekte
    perfekter brillant brillante brillanter grandios grandiose genial geniale glanzleistung
    geniestreich""".split()
)
NEGATED_STRONG_FACTOR = -0.25
#: How many sentences after one that quotes another work's title are still about that work (a festival
#: report's paragraph on another film), unless one of them quotes a title itself.
OTHER_WORK_RUN = 2

# --- Round 9: reservations, the two-sided verdict and plain-word faults ---
#: Reservations and hedges without a listed judgement word (read as ``JUDGEMENT_IDIOMS`` are): "nur
#: bedingt", "nicht ganz gewachsen/rund/auf der Höhe" (a denied judgement word, "nicht ganz überzeugend",
#: is read as a softened denial already), "hinter ... zurückbleibt",
#: "verliert an Kraft/Spannung", "will zu viel", "überhebt sich", "zu gewollt" and kin.
RESERVATION_IDIOMS = (
    ("bedingt", r"\bnur (?:\w+ )?bedingt\b", -1.0),
    ("ganz", r"\bnicht (?:immer |so )?ganz (?:gewachsen|auf der höhe|rund|auf|ein|zusammen)\b", -0.3),
    ("zurückbleibt", r"\bhinter (?:\w+ ){0,6}zurückbleibt\b", -0.6),
    ("zurückbleiben", r"\bhinter (?:\w+ ){0,6}zurückbleiben\b", -0.6),
    ("zurückblieb", r"\bhinter (?:\w+ ){0,6}zurückblieb\b", -0.6),
    (
        "verliert",
        r"\bverliert (?:\w+ ){0,8}an (?:kraft|spannung|wucht|tempo|reiz|schwung|fahrt|dichte|intensität|biss)\b",
        -0.5,
    ),
    ("will", r"\bwill (?:\w+ ){0,2}zu viel\b", -0.3),
    ("überhebt", r"\büberhebt sich\b", -0.6),
)
#: Words that say the verdict itself is mixed: "ein zwiespältiges Vergnügen", "durchwachsen", "mit
#: Abstrichen", "solide, aber ...", "ordentlich, aber nicht mehr", "mal besser, mal schlechter", "gemischte
#: Gefühle". A sentence with one counts ``MIXED_VERDICT_VALUE``, whatever praise it also names ("zwei
#: großartige Darsteller in einem durchwachsenen Film" is no praise of the film). Patterns on the
#: lower-cased sentence. Not when a turn follows at once: in "ein zwiespältiges, aber nie uninteressantes Werk"
#: the point comes after "aber".
MIXED_VERDICT = (
    r"\bzwiespältig\w*(?!\w)(?!,? (?:aber|doch|jedoch))",
    r"\bdurchwachsen\w*(?!\w)(?!,? (?:aber|doch|jedoch))",
    r"\bgemischte(?:n)? gefühle",
    r"\bmit (?:\w+ )?abstrichen\b",
    r"\b(?:solide|ordentlich|passabel|okay|ok|nett)\w*,? (?:aber|doch|jedoch|mehr nicht|nicht mehr)\b",
    r"\b(?:aber|doch|jedoch|nur) (?:auch )?nicht mehr[.!]?\s*$",
    r"\bmal (?:besser|gut|stärker|mehr), mal (?:schlechter|schlecht|schwächer|weniger)\b",
    r"\blicht und schatten\b",
    r"\bmit (?:\w+ )?(?:stärken und schwächen|höhen und tiefen)\b",
)
MIXED_VERDICT_VALUE = -0.5
#: Praise that does not rescue the film is a fault: "Schöne Bilder retten den Film nicht", "Auch die
#: Hauptdarstellerin kann das nicht retten", "ist nicht mehr zu retten". A sentence with one counts
#: ``UNRESCUED_VALUE``, whatever praise it names. Patterns on the lower-cased sentence.
UNRESCUED = (
    r"\b(?:rettet|retten|rettete|retteten)\b(?: [^ .;:!?]+){0,8} (?:nicht|kaum|nichts|wenig)\b(?! nur)",
    r"\b(?:nicht|kaum|nichts|wenig|niemand) (?:[^ .;:!?]+ ){0,4}(?:zu )?retten\b",
)
UNRESCUED_VALUE = -0.8

# --- Round 14b: the critic's explicit verdict on the whole film (``read/verdict.py`` ``statement_bound``) ---
#: Statements that the film as a whole is mixed ("ein zwiespältiges Vergnügen", "durchwachsen", "Licht und
#: Schatten"): they cap a positive or negative reading at mixed. (name, pattern on the lower-cased sentence).
#: Not when a turn follows at once ("zwiespältig, aber nie uninteressant": the point comes after "aber").
_NO_TURN = r"(?!\w)(?!,? (?:aber|doch|jedoch|dennoch|trotzdem))"
STATEMENT_MIXED = (
    ("zwiespältig", rf"\bzwiespältig\w*{_NO_TURN}"),
    ("durchwachsen", rf"\bdurchwachsen\w*{_NO_TURN}"),
    ("gemischte gefühle", r"\bgemischte(?:n)? gefühle"),
    ("gemischte bilanz", r"\bgemischte[nrs]? (?:bilanz|fazit|eindruck|vergnügen)\b"),
    ("licht und schatten", r"\blicht und schatten\b"),
    ("stärken und schwächen", r"\bmit (?:\w+ )?(?:stärken und schwächen|höhen und tiefen)\b"),
    (
        "mal besser, mal schlechter",
        r"\bmal (?:besser|gut|stärker|mehr), mal (?:schlechter|schlecht|schwächer|weniger)\b",
    ),
    ("weder fisch noch fleisch", r"\b(?:weder|nicht) fisch,? (?:noch|nicht) fleisch\b"),
    ("mittelmäßig", rf"\bmittelmäßig\w*{_NO_TURN}"),
    ("mittelmaß", r"(?<!viel )(?<!vielem )\bmittelmaß\b"),
    ("mittelprächtig", r"\bmittelprächtig\w*"),
    ("so lala", r"\bso ?lala\b"),
    ("halb gelungen", r"\bhalb(?:wegs)? (?:gelungen|geglückt)\w*"),
    ("teils gelungen", r"\bteils (?:gelungen|geglückt|überzeugend)\w*"),
    ("nur bedingt", r"\bnur (?:\w+ )?bedingt (?:gelungen|geglückt|empfehlenswert|sehenswert|überzeugend)\w*"),
    ("mit abstrichen", r"\bmit (?:\w+ )?abstrichen\b"),
    ("kein ungetrübtes vergnügen", r"\bkein (?:ganz )?ungetrübtes vergnügen\b"),
    ("ambivalent", rf"\bambivalent\w*{_NO_TURN}"),
)
#: Statements that pan the film as a whole ("ein Ärgernis", "vergeudete Lebenszeit", "Finger weg"): they move a
#: mixed reading to negative. Not "das einzige Ärgernis" (a positive page's lone fault).
STATEMENT_PAN = (
    ("ärgernis", r"\b(?:ein|das)(?! einzige)(?: \w+)? ärgernis\b"),
    ("zumutung", r"\beine (?:\w+ )?zumutung\b"),
    ("vergeudete zeit", r"\b(?:vergeudete|verschwendete|verlorene)n? (?:lebens)?zeit\b"),
    ("zeitverschwendung", r"\bzeitverschwendung\b"),
    ("finger weg", r"\bfinger weg\b"),
    (
        "totalausfall",
        r"\b(?:ein|eine|einen)(?: \w+)? (?:totalausfall|rohrkrepierer|reinfall|fiasko|debakel|fehlschlag)\b",
    ),
    (
        "rundum misslungen",
        r"\b(?:rundum|völlig|gänzlich|gründlich|komplett|total) (?:misslungen|missraten|gescheitert)\w*",
    ),
    ("sparen", r"\b(?:kann|können|sollte|sollten) (?:man|sie) sich (?:\w+ ){0,3}sparen\b|\bsparen sie sich\b"),
    ("nicht zu empfehlen", r"\bnicht (?:zu )?empfehl\w*|\bkeine empfehlung\b"),
    ("nicht der rede wert", r"\bnicht der rede wert\b"),
    ("der schlechteste film", r"\b(?:der schlechteste|einer der schlechtesten) (?:film|filme|streifen)\b"),
    ("lohnt nicht", r"\blohnt (?:sich |den \w+ )?nicht\b"),
)
#: Negations before a statement besides ``NEGATIONS`` and ``JUDGEMENT_NEGATIONS`` ("alles andere als durchwachsen").
STATEMENT_NEGATION_PHRASES = ("alles andere als", "weit entfernt von", "weit davon entfernt")
#: German also negates after the word, within the clause: "ein Reinfall ist er nicht", "ein Reinfall aber auch nicht".
STATEMENT_POST_NEGATION = 4
#: Words that end a negation's reach before a statement: "ein Meisterwerk ist das nicht, aber ... durchwachsen".
STATEMENT_TURNS = frozenset("aber doch jedoch sondern".split())
#: A statement just after these is about what the film is compared to: "wie eine mittelmäßige Serie".
STATEMENT_COMPARISONS = frozenset("wie als".split())
#: A sentence opening with these is advice on a condition ("Wenn Sie ..., sparen Sie sich ..."), and a statement
#: after these a maybe: neither is the verdict.
STATEMENT_CONDITIONALS = frozenset("wenn falls".split())
STATEMENT_HEDGES = frozenset(("vielleicht",))
#: A statement about a person is no verdict on the film: "eine zwiespältige Figur", "ihr ambivalenter Vater".
STATEMENT_PERSONS = frozenset(
    "figur figuren charakter charaktere hauptfigur hauptfiguren held helden heldin antiheld antiheldin "
    "protagonist protagonisten protagonistin gestalt gestalten person personen persönlichkeit vater mutter "
    "eltern sohn tochter bruder schwester mann frau ehemann ehefrau freund freundin beziehung verhältnis "
    "liebe ehe familie rolle rollen darstellung leistung auftritt".split()
)

# --- Round 15 (docs/preregistrations/verdict-round15.md): faint praise, off unless FILMKRITIK_VERDICT_ROUND15 ---
#: Plain words of praise ("gut", "schön", "interessant") that are not critics' judgement words: on the invented
#: critic pages they are twice as frequent on mixed pages as on positives (damning with faint praise). Base forms,
#: also read with ``FAINT_PRAISE_ENDINGS``; the judgement words among them (``sentiment.judgement_words``, e.g.
#: "gelungen", "sehenswert") are left out, since they count already. Written before any statistic of them.
FAINT_PRAISE = tuple(
    """gut besser beste bestens schön schöner schönste gediegen toll fein sauber ansprechend angenehm sympathisch
    reizvoll interessant hübsch prima super klasse wirkungsvoll treffsicher gelungen sehenswert sehenswerteste
    lohnend sorgsam geglückt geglückte stimmig""".split()
)
FAINT_PRAISE_ENDINGS = ("", "e", "er", "es", "en", "em")

#: Round 23 (``docs/preregistrations/verdict-round23.md``, off by default): words that name the reviewed work as a
#: whole, so that a judging sentence holding one (and no craft cue) judges the film, not a part of it
#: ("Ein zäher Film", "Das Werk bleibt blass"). Whole tokens, plus compounds ending in ``WHOLE_FILM_ENDINGS``
#: ("Horrorfilm", "Kinodebüts"); "Filmmusik" is a craft cue, not the whole.
WHOLE_FILM = frozenset(
    """film films filme filmen filmes werk werke werkes werks streifen kinofilm spielfilm komödie komödien drama
    dramas thriller debüt debüts ergebnis resultat unterfangen""".split()
)
WHOLE_FILM_ENDINGS = ("film", "films", "filmes", "filme", "debüt", "debüts", "komödie", "drama")
