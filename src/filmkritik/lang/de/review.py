"""German cues for telling a film review from news, interviews, listings and bare synopses.

Word lists are matched on lower-cased word stems (prefix match), so "gelungen" also
counts "gelungene", "gelungenen".
"""

from __future__ import annotations

#: Judging words critics use (prefixes).
EVALUATIVE = """gelungen misslungen überzeug enttäusch großartig grandios herausragend brillant
meisterwerk meisterhaft sehenswert unbedingt ärgerlich langweil langatmig zäh spannend packend
mitreißend fesselnd berührend bewegend witzig komisch lustig albern platt flach vorhersehbar
klischee kitsch pathetisch überzeichnet überladen banal belanglos misslingt schwach stark stärke
schwäche gelingt glänzt glänzend überragend beeindruckend eindrucksvoll eindringlich intensiv
souverän solide routiniert gekonnt virtuos uninspiriert einfallslos originell innovativ frisch
gelungene überzeugend grandios fantastisch wunderbar wundervoll herrlich großartige enttäuschung
ärgernis zumutung peinlich lächerlich unfreiwillig gähn öde müde konventionell berechenbar
atmosphärisch stimmig stimmungsvoll bildgewaltig opulent sinnlich poetisch subtil nuanciert
differenziert oberflächlich hölzern steif blass farblos charismatisch sympathisch glaubwürdig
unglaubwürdig konstruiert holprig gelungen leider immerhin zumindest trotzdem dennoch allerdings
perfekt makellos missglückt verschenkt verschwendet sehenswerter empfehlenswert lohnt lohnenswert
kurzweilig unterhaltsam meisterlich misslang schwächelt faszinier furios fulminant hinreißend
bezaubernd charmant amüsant spektakulär verzichtbar missraten verkorkst dröge träge ideenlos
schablonenhaft pointiert scharfsinnig tiefgründig seicht schlecht schlechter schlechteste
großartige toll stark schwach lahm nervig nervt übertrieben kitschig rührselig sentimental
unspannend unterirdisch verriss rohrkrepierer glanzleistung glanzvoll preiswürdig oscarreif
bravourös ergreifend erschütternd verstörend beklemmend eindrücklich wuchtig bildgewaltig
dümmlich albern hanebüchen unlogisch logikloch langeweile überlänge gelingen gelang
schauspielerisch darstellerisch sehenswerte empfehlenswerte enttäuschende großartigen
gelungenen beeindruckende überzeugende
wunder kleinod juwel glücksfall offenbarung meisterstück bravour famos phänomenal umwerfend berauschend
betörend hypnotisch magisch zauberhaft verzauber anrührend rührend herzerwärmend herzzerreißend tragikomisch
bitterböse tiefsinnig feinsinnig feinfühlig feingefühl geistreich intelligent klug raffiniert elegant
leichtfüßig leichthändig mühelos authentisch glaubhaft wahrhaftig überraschend erfrischend gewagt
ambitioniert anspruchsvoll gelassen geduld gespür zärtlich zart leise leisen zurückhaltend unaufgeregt
unprätentiös unsentimental lakonisch humorvoll warmherzig liebevoll detailverliebt detailreich sorgfältig
stilsicher stilvoll kraftvoll naturgewalt wucht präsenz ausdrucksstark nuancenreich vielschichtig
doppelbödig hintersinnig hintergründig abgründig bissig treffsicher temporeich rasant verdichtet
konsequent kompromisslos mutig radikal eigenwillig außergewöhnlich einzigartig unvergesslich denkwürdig
hervorragend exzellent erstklassig gelingt gelungener
verfehlt mängel mangelt bemüht gewollt aufgesetzt bieder harmlos zahnlos beliebig austauschbar generisch
formelhaft schematisch plakativ eindimensional holzschnitt klischeehaft überfrachtet überambitioniert
prätentiös selbstverliebt selbstgefällig zerfahren unausgegoren wirr verworren zusammenhanglos zerfasert
langwierig ermüdend anstrengend nervtötend quälend blutleer leblos steril spannungsarm spannungslos
absehbar durchschaubar unerträglich missratene
brillier schönheit
schön stärkst schwächst schade reizvoll mühsam beachtlich wacker geduldsprobe lohnend liebenswert vergnüglich
behutsam anmut unaufdringlich
unwiderstehlich ansehnlich passabel mittelmäßig durchschnittlich überbewertet unterschätzt liebenswürdig""".split()

#: Words about films and filmmaking (prefixes).
FILM_WORDS = """film regie regisseur regisseurin drehbuch darsteller darstellerin schauspieler
schauspielerin hauptrolle nebenrolle rolle besetzung kamera kameraarbeit bildsprache schnitt
montage soundtrack filmmusik score inszen leinwand kino zuschauer publikum szene szenen
figur figuren charakter plot handlung dramaturgie spielfilm genre thriller drama komödie horror
dokumentar fortsetzung sequel remake filmemacher debüt ensemble hauptdarsteller laiendarsteller
nebendarsteller titelheld titelfigur kurzfilm langfilm""".split()

#: The critic speaking for themselves.
FIRST_PERSON = frozenset("ich mir mich mein meine meiner meinem meinen meines".split())

#: Words that close or label a review with a judgment (lower case).
VERDICT_WORDS = frozenset(
    """fazit urteil bewertung wertung kritik filmkritik kurzkritik rezension sehenswert
    sterne sternen punkte empfehlung""".split()
)

#: Words of news reports: reported speech, institutions, money (lower case).
NEWS_WORDS = frozenset(
    """sagte sagten erklärte erklärten betonte berichtete bestätigte kündigte teilte teilten
    mitteilte bundesregierung minister ministerin kanzler parlament bundestag prozent
    milliarden umsatz aktie aktien angaben sprecher sprecherin behörde behörden veranstalter veranstalterin
    dotiert dotierte dotierten euro millionen besucher besucherinnen jury pressemitteilung mitteilung
    dreharbeiten drehstart drehtage produktionsfirma streamingdienst nominiert nominierungen verliehen
    vorverkauf komparsen bewerbungen einlass eintritt förderung gefördert starb mitteilten gestorben verstorben
    hinterlässt""".split()
)

#: News agency tags and datelines: "Berlin (dpa) -", "(AFP)".
NEWS_TAG = r"\((?:dpa|afp|AFP|AP|ap|Reuters|epd|KNA|kna|sid|SID|APA|apa|dts)\)"

#: Words of listing and TV-guide pages: channels, schedule words (lower case).
LISTING_WORDS = frozenset(
    """ard zdf rtl rtl2 rtlzwei prosieben vox arte 3sat wdr ndr swr mdr orf1 orf2 srf1 zdfneo
    spielzeiten vorstellungen programm tickets sendetermin sendetermine wiederholung uhr fsk
    kinoprogramm tv-programm""".split()
)

#: Story-telling words of synopses (lower case). Not "erzählt" ("Die Regisseurin erzählt von …") or "muss"
#: ("man muss diesen Film sehen"): critics use them as much as synopses do.
PLOT_WORDS = frozenset(
    """handelt folgt beschließt entdeckt gerät trifft kämpft versucht lernt flieht
    verliebt""".split()
)

#: Words that announce an interview (lower case).
INTERVIEW_WORDS = frozenset("interview interviews gespräch gesprochen".split())

#: Phrases of a critic's capsule: tip and verdict labels, thumbs, a recommendation to the reader
#: ("Unbedingt einschalten", "Finger weg", "Für Sammler ein Muss"). A regex, matched on the lower-cased text.
RECOMMEND = (
    r"\b(?:(?:tv|tages|kino|film|streaming|dvd|heim|geheim|wochen|familien|serien|unser|mein)-?tipps?\b|tipps? (?:des|der|für)\b"
    r"|fazit\b|unser urteil|urteil:|kurzkritik|kurz gesehen|daumen (?:hoch|runter)|prädikat|kaufempfehlung|empfehlung:"
    r"|(?:unbedingt|nicht) (?:ein|an|hin)?(?:schalten|schauen|sehen|gehen|verpassen)|einschalten!?|anschauen!|ansehen!|hingehen!"
    r"|aufbleiben|finger weg|lohnt (?:sich|den)|ein muss\b|(?:nur )?für fans\b|getrost|sparen sie sich|bloß nicht"
    r"|nehmen sie sich|nicht verpassen|reinschauen|vormerken)"
)

#: The reader addressed directly ("Wer Geduld mitbringt, wird belohnt" has none; "Nimm dir Zeit" has).
SECOND_PERSON = frozenset("du dich dir dein deine deinen euch eure".split())

#: Critics' idioms of measure that carry no judging word of their own ("eine Stunde zu lang", "ein wenig zu brav",
#: "mehr will er nicht, und das ist in Ordnung"). A regex, matched on the lower-cased text. Every alternative opens with
#: a word of its own (no optional words in front: they add no match, and they keep the regex engine from skipping
#: ahead to the letters an alternative can start with), behind a non-word character.
JUDGING_PHRASES = (
    r"(?<!\w)(?:(?:viel|etwas|deutlich|ein wenig|ein bisschen|eine stunde|eine halbe stunde|minuten) zu (?:lang|kurz|brav|glatt|"
    r"laut|süß|bieder|schwer|viel|wenig|sehr|dick|harmlos|ernst|glatt|brav|vorsichtig)"
    r"|zu lang geraten|mehr nicht\b|nicht mehr,? aber auch nicht weniger|ist in ordnung|das schöne daran"
    r"|kein film für|ein film wie|einer der (?:besten|schönsten|stärksten|schwächsten)|nichts für|für (?:einen|den) (?:kinoabend|filmabend|fernsehabend)"
    r"|man merkt|man spürt|man sieht (?:ihm|ihr) an|wirkt (?:wie|oft|etwas|seltsam|nie|immer)"
    r"|großes kino|stimmt jeder ton|(?:geht|hallt) (?:einem )?(?:noch )?(?:lange|tage) nach|selten so|die man (?:so )?(?:selten|kaum|lange nicht)"
    r"|bleibt ein (?:\w+ )?film|was bleibt,? ist|unterm strich|alles in allem|(?:erklärt|erklären|will|wollen|redet) zu (?:viel|wenig)"
    r"|(?:eine|die reine) freude|ein vergnügen"
    r"|(?:lange|tage|wochen) nachgeht|stimmt \w+ jeder ton|sprechen? für sich|(?:hundert|tausend)mal gesehen"
    r"|bis zur letzten minute|mit einfachsten mitteln|kommt (?:man |keiner |niemand )?an .{1,40}? nicht vorbei"
    # Round 13: everyday idioms of measure ("da sitzt jeder Blick", "hat Hand und Fuß", "geht die Puste aus").
    r"|sitzt (?:da |hier )?jede[rs]? (?:blick|pointe|satz|geste|handgriff|szene|einstellung|schnitt|ton|dialog)"
    r"|die puste aus|hat hand und fuß|kann man sich (?:gut |ruhig |getrost )?(?:anschauen|ansehen|sparen|schenken)"
    r"|unter die haut|lässt (?:einen|mich|uns) (?:kalt|ratlos|nicht los)|kalt ?gelassen|zieht sich (?:wie|in die|hin)"
    r"|luft nach oben|nicht der rede wert|der funke (?:springt|will)|springt der funke|aus einem guss"
    r"|was möglich gewesen wäre|(?:bleibt|wirkt|ist|allzu|zu) brav|eher (?:was|etwas) für|wiederholen sich"
    r"|trägt (?:eine|einen|nur|kaum|nicht)|tritt auf der stelle|kommt nicht in fahrt|plätscher|wenig überraschend"
    r"|(?:schon |so )?(?:oft|hundertmal|zigmal) gesehen|solide gemacht|nichts neues|hätte werden können"
    r"|man fragt sich|fragt man sich|nicht einmal den versuch"
    r"|ein (?:(?:stiller|leiser|kleiner|feiner|kluger|starker|schöner|großer|schwacher|ärgerlicher|wichtiger),? )+film\b)"
)

#: Announcements' phrases: dates with a month ("am 12. Dezember", "ab 5. Mai"; not a dated byline or a credits box's
#: start date, "14. März 2026", which whole review pages carry), award categories ("beste Regie"), nominations,
#: awards given ("der Hauptpreis geht an"; not "geht an ihr vorbei": the award word is checked behind a match).
#: A regex, matched on the lower-cased text.
ANNOUNCEMENT = (
    r"\b(?:\d{1,2}\.\s?(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b(?!,?\s?\d{4})"
    r"|(?:bester?|besten) (?:film|spielfilm|regie|hauptdarsteller(?:in)?|nebendarsteller(?:in)?|drehbuch|kamera|schnitt|dokumentarfilm)\b"
    r"|nominier|ausgezeichnet mit|erhält den|erhielt den|gewann den|g(?:eht|ing) an(?:(?<=preis geht an)|(?<=preis ging an)|(?<=lola geht an)|(?<=lola ging an)"
    r"|(?<=trophäe geht an)|(?<=trophäe ging an)|(?<=auszeichnung geht an)|(?<=auszeichnung ging an)))"
)

#: A press kit's, a distributor's or a film database's labels and calls to action ("Presseheft", "Pressekontakt",
#: "Jetzt Tickets sichern", a heading "Inhalt" or "Besetzung und Stab" on a line of its own): pages that present a
#: film, not judge it. A regex, matched on the lower-cased ends of the text (written, like ``JUDGING_PHRASES``, so
#: that every alternative opens with a word).
PROMO = (
    r"(?<!\w)(?:presse(?:heft|mappe|kontakt|notiz|information|material)|über (?:den regisseur|die regisseurin|die macher)"
    r"|jetzt tickets|(?:tickets|karten) (?:sichern|kaufen|reservieren)|zum trailer|trailer ansehen"
    r"|merkliste|alle (?:filme|termine) und spielzeiten|(?<![^\n])(?:inhalt|handlung|synopsis|besetzung|stab"
    r"|besetzung und stab|cast und crew|darsteller und stab)[ \t]*(?:\n|$))"
)

#: Round 15: the English lists' general appraisal lexicon (prefixes and whole words) has no German counterpart yet: the
#: verdict's German critics' vocabulary (over 3,000 forms) already covers what it adds in English.
APPRAISAL: list[str] = []
APPRAISAL_WORDS: frozenset[str] = frozenset()

#: Judging words matched as whole words, where a prefix would catch other words ("beste", not "bestimmt"):
#: a critic's superlatives and the pleasure a film gives.
JUDGING_WORDS = frozenset(
    """beste bester besten bestes schönste schönsten freude vergnügen humor witz charme""".split()
)

#: A critic's voice in everyday words (round 12): the generic "man" ("man fragt sich", "weiß man"), negation,
#: concession and the modal particles and stance adverbs of someone weighing what they saw ("eigentlich",
#: "ziemlich", "immerhin", "leider", "wenigstens"). News, synopses and lists use few of them; reviews that judge
#: without a single word of the judging lists are full of them. Whole words, lower case.
STANCE_WORDS = frozenset(
    """man eigentlich wohl ziemlich kaum eher bisschen durchaus ohnehin wenigstens einfach wirklich irgendwie
    halt sogar gar trotzdem immerhin leider nichts nicht keine keinen keiner kein aber nur""".split()
)

#: Round 15: more stance words for the stance feature only (the English list's hedges and negative pronouns); German's
#: list above has them already.
STANCE_MORE: frozenset[str] = frozenset()

#: Marketing's voice (round 12c): a distributor's blurb addresses its audience as "Sie" and sells ("Erleben Sie",
#: "Tickets sichern", "mit exklusivem Bonusmaterial"). Not what critics write as well: a release line ("Ab 5. Februar
#: im Kino."), "nicht verpassen", "für die ganze Familie", "jetzt auf DVD", "der Film des Jahres". Counted only as
#: far as the text lacks the critic's stance voice.
SALES = (
    r"(?<!\w)(?:erleben sie|entdecken sie|lassen sie sich (?:verzaubern|mitreißen|überraschen)|sichern sie sich"
    r"|(?:tickets|karten) (?:jetzt )?(?:sichern|kaufen)|mit exklusivem|inklusive exklusivem)"
)

#: Round 13: who answers in questions and answers. Wer interviewt wird, spricht von der eigenen Arbeit („ich wollte“,
#: „wir haben gedreht“, „unser Kameramann“); ein Kritiker im Radio, von der Moderatorin gefragt, spricht vom Film
#: („Marieke Staudt ist eine Entdeckung“). First person singular and plural, whole words, lower case.
SELF_WORDS = FIRST_PERSON | frozenset("wir uns unser unsere unserer unserem unseren unseres".split())

#: Round 13: a distributor's tagline, praise stacked before a genre word and a list of themes („Eine warmherzige,
#: herrlich komische Sommerkomödie über Freundschaft, Abschied und den Mut …“, „eine berührende Geschichte über Liebe,
#: Verlust und Hoffnung“), and its other stock phrases („getragen von einem großartigen Ensemble“, „vom
#: preisgekrönten Team von“, „von den Machern von“). Counted, like ``SALES``, only as far as the text lacks the
#: critic's stance voice.
TAGLINE = (
    r"(?<!\w)(?:(?:ein|eine) (?:[\wäöüß-]+(?:e|en|er|es|em|lich|bar|ig|voll),? |und ){1,6}\w*(?:komödie|drama|abenteuer|geschichte|film|märchen|thriller"
    r"|roadmovie|romanze|familienfilm|fabel|porträt|reise|achterbahnfahrt) (?:über|voller) [\wäöüß-]+(?: [\wäöüß-]+){0,2}, "
    r"[\wäöüß-]+(?: [\wäöüß-]+){0,2},? und |getragen von (?:einem|einer) (?:[\wäöüß-]+ ){0,2}(?:ensemble|besetzung|cast)"
    r"|(?:mit|in) (?:einer|einem) (?:[\wäöüß-]+ ){0,1}(?:starbesetzung|staraufgebot)"
    r"|vom (?:oscar|preis|grimme)[\wäöüß-]{0,12} (?:team|studio|regisseur|macher)|von den machern (?:von|des|der)"
    r"|vom (?:team|studio) (?:von|des|der|hinter))"
)

#: Round 13: a question that addresses someone („Wie haben Sie sie gefunden?“, „Und, hat er dir gefallen?“): an
#: interviewer's or a host's, not a critic's rhetorical one („Was will dieser Film?“). A regex, matched on the question
#: line as written: the polite „Sie“ and „Ihr-“ with a capital inside the sentence, „du“ and „ihr“ forms in any case.
ADDRESS = (
    r"(?<=[\w,;:–-] )(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b"
    r"|(?i:\b(?:du|dir|dich|dein|deine|deinen|deinem|deiner|euch|eure|euren|eurem|eurer)\b)"
)
