"""German language data for training the is-review model (``filmkritik.train.review_detect``).

Templates and word lists the trainer fills with invented names and titles to build examples of pages that
are and are not reviews: news, interviews, listings, press kits, synopses, page furniture. Every name the
templates hold is invented; nothing comes from a review. ``lang/en/review_training.py`` defines the same names.
"""

from __future__ import annotations

#: Words for invented titles ("{article} {word} {of} {word}").
TITLE_WORDS = "Nacht Sommer Haus Stadt Winter Meer Fluss Spur Licht Schatten Herz Feuer Weg Insel Zeit".split()

#: The article and the genitive link of an invented title.
TITLE_JOINER = ("Die", "der")

#: The pronoun of the invented heroines of synopses.
PRONOUN = "sie"

#: TV channels for programme guides.
CHANNELS = ["ARD", "ZDF", "RTL", "ProSieben", "Sat.1", "VOX", "arte", "3sat", "kabel eins"]

#: Genres for listings and facts lines.
GENRES = "Krimi Drama Komödie Thriller Western Doku".split()

MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()

DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()

#: TV-guide and cinema-programme pages: the heading, a film's facts, the closing line.
LISTING_HEAD = "TV-Programm"

LISTING_FACTS = "({genre}, {year}, {mins} Min.)"

LISTING_FOOT = "Tickets an der Kasse."

#: Kinds of short non-reviews, each a few sentence templates: casting and production news, box office,
#: trailers, awards, obituaries, events, releases, without judgement.
SHORT_NEWS = [
    "{name} übernimmt die Hauptrolle in „{title}“. Das teilte die Produktionsfirma am {day} mit. Die Dreharbeiten beginnen im {month} in {place}.",
    "Für „{title}“ stehen {name} und {name2} vor der Kamera. Regie führt {name3}, gedreht wird ab {month}.",
    "Die Besetzung für „{title}“ steht: {name}, {name2} und {name3} spielen die Hauptrollen.",
    "Kinocharts: „{title}“ lockte am Wochenende rund {n}.000 Besucher in die Kinos und bleibt auf Platz eins. Dahinter folgt „{title2}“.",
    "Erster Trailer zu „{title}“: Der Verleih hat am {day} einen ersten Trailer veröffentlicht. Kinostart ist am {d}. {month}.",
    "„{title}“ ist für den Filmpreis in {n2} Kategorien nominiert. Die Preise werden am {d}. {month} in {place} verliehen.",
    "Der Regisseur {name} ist tot. Er starb am {day} im Alter von {age} Jahren, wie seine Familie mitteilte. Er drehte mehr als {n2}0 Filme.",
    "Kino unter Sternen: Ab dem {d}. {month} zeigt der Kulturverein in {place} jeden {day} einen Film im Park. Einlass ab 20 Uhr, Eintritt {n2} Euro.",
    "Ab dem {d}. {month} ist „{title}“ im Stream zu sehen. Der Film lief im vergangenen Jahr auf mehreren Festivals.",
    "Neu auf DVD und Blu-ray: „{title}“, „{title2}“ und „{title3}“ erscheinen am {d}. {month}.",
    "Das Filmfest {place} zeigt in diesem Jahr {n} Filme aus {n2} Ländern. Eröffnet wird mit „{title}“, wie die Veranstalter mitteilten.",
    "{name} hat die Dreharbeiten zu „{title}“ abgeschlossen. Der Film soll im {month} in die Kinos kommen.",
]

#: A synopsis: the first sentence, then one to three of the others.
SYNOPSIS = [
    "{first} ist {job} in {place}. Als {event}, muss {pron} sich entscheiden.",
    "Doch {first2} hat eigene Pläne, und bald steht alles auf dem Spiel.",
    "Zusammen mit {first2} macht sich {first} auf die Suche nach der Wahrheit.",
    "Ein altes Geheimnis bringt die Familie an ihre Grenzen.",
    "Bis zum {day} muss {first} das Geld auftreiben.",
]

JOBS = "Lehrerin Fischer Ärztin Polizist Bäckerin Pfarrer Anwältin Taxifahrer".split()

EVENTS = [
    "ihr Bruder spurlos verschwindet",
    "ein Brief aus der Vergangenheit eintrifft",
    "das Dorf verkauft werden soll",
]

#: A facts line under a title.
GENRE_LINE = "{genre}, D {year}, {mins} Min."

#: A programme guide's broadcast time: the hours, the minutes (none: on the hour), the template.
GUIDE_HOURS = (18, 23)

GUIDE_MINUTES = ["00", "15", "30", "45"]

GUIDE_TIME = "{hour}.{minute} Uhr"

#: What leads a guide entry's cast.
CAST_LEAD = "Mit: "

#: Short interviews: questions and answers.
INTERVIEW = [
    ("Warum gerade diese Geschichte?", "Weil ich sie seit meiner Kindheit kenne."),
    ("Wie lange haben Sie gedreht?", "Sieben Wochen, fast immer nachts."),
    ("Was war die größte Schwierigkeit?", "Das Wetter. Und das Budget."),
    ("Haben Sie mit Laien gearbeitet?", "Ja, die Hälfte des Ensembles stand zum ersten Mal vor der Kamera."),
    ("Was kommt als Nächstes?", "Ein Dokumentarfilm über meine Großmutter."),
]

INTERVIEW_HEAD = "{name} über „{title}“"

#: Question and answer labels (``{surname}``: the interviewee's).
INTERVIEW_LABELS = [("Frage", "{surname}"), ("F", "A"), ("", "")]

#: Labels a critic's line carries in TV guides and capsule columns.
JUDGEMENT_LABELS = ["", "", "", "Fazit: ", "Unser Urteil: ", "Kritik: ", "Meinung: "]

#: Headings over a TV guide's or a capsule column's entry.
HEADS = ["TV-Tipp", "Tipp des Tages", "Heute im Fernsehen", "Streaming-Tipp", "Kurzkritik", "Neu im Kino", ""]

#: Page furniture that surrounds an article on a web page, whatever the article is: navigation, bylines,
#: share and comment lines, newsletter boxes, related links.
FURNITURE_HEAD = [
    "Startseite > Kultur > Kino",
    "Anzeige",
    "Feuilleton | Kino | Bühne | Literatur | Musik",
    "Lesezeit: {n2} Minuten",
    "Von {name}",
    "{d}. {month} 2025, {hour}:{minute} Uhr",
    "Aktualisiert am {d}. {month}",
    "Kultur",
]

FURNITURE_FOOT = [
    "Artikel teilen: Facebook | X | E-Mail",
    "Kommentare ({n2})",
    "Mehr zum Thema: Kino | Kultur",
    "Newsletter: Das Wichtigste aus der Kultur jeden Freitag. Jetzt abonnieren",
    "Lesen Sie auch: {title}",
    "Artikel drucken | Leserbrief schreiben",
    "Weitere Artikel aus dem Ressort",
]

#: A site's heavier furniture: menus, cookie notices, related-article headlines (news about films, with dates
#: and awards), comment and legal lines; the same around reviews and non-reviews.
HEAVY_HEAD = [
    "Startseite | Politik | Wirtschaft | Kultur | Sport | Panorama",
    "Anmelden",
    "Abo",
    "Suche",
    "Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten. Alle akzeptieren | Einstellungen",
    "Kino & Streaming",
    "{d}.{m}.2025, {hour}:{minute} Uhr",
]

MORE_ON_TOPIC = "Mehr zum Thema"

RELATED = [
    "Kinostart am {d}. {month}: Alle neuen Filme der Woche",
    "Filmpreis: Die Nominierungen im Überblick",
    "Kinocharts: „{title}“ bleibt auf Platz eins",
    "Dreharbeiten in {place}: Komparsen gesucht",
    "Interview: {name} über „{title2}“",
    "Die besten Serien im {month}",
    "{name} ist tot",
    "Festival in {place}: Das Programm steht",
]

HEAVY_FOOT = ["Kommentare ({n2})", "Impressum | Datenschutz | Kontakt | AGB", "© 2026 Verlagsgruppe {place}"]

#: A review read out on radio or a podcast: the host's speaker labels and questions.
HOSTS = ["Moderatorin", "Moderator", "HOST", "Host"]

HOST_QUESTIONS = [
    "Worum geht es?",
    "Und wie hat er dir gefallen?",
    "Wie sind die Schauspieler?",
    "Und das Ende?",
    "Also, würdest du ihn empfehlen?",
    "Was ist dir besonders aufgefallen?",
    "Lohnt sich der Kinobesuch?",
]

#: Whole news pages about films, by kind: sentence templates drawn five to eight at a time.
LONG_NEWS = {
    "production": [
        "Die Dreharbeiten zu „{title}“ haben am {day} in {place} begonnen, teilte die Produktionsfirma mit.",
        "Insgesamt sind {n2}0 Drehtage geplant, gedreht wird unter anderem in {place} und {place2}.",
        "Vor der Kamera stehen {name} und {name2}, Regie führt {name3}.",
        "Der Film wird von der Filmförderung mit {n}0.000 Euro gefördert.",
        "Für Massenszenen werden noch Komparsen gesucht; Bewerbungen nimmt eine Agentur bis zum {d}. {month} entgegen.",
        "Während der Dreharbeiten kommt es in der Innenstadt zu Sperrungen, Anwohner wurden per Brief informiert.",
        "„Wir freuen uns sehr, dass wieder bei uns gedreht wird“, sagte der Bürgermeister.",
        "Der Kinostart ist für das kommende Jahr geplant, ein Verleih steht noch nicht fest.",
        "{name3} erzählt in dem Film von {first}, {job} in {place}, deren Leben aus den Fugen gerät.",
    ],
    "boxoffice": [
        "„{title}“ bleibt auch am zweiten Wochenende auf Platz eins der Kinocharts.",
        "Wie der Verleih am Montag mitteilte, sahen rund {n}.000 Besucher den Film.",
        "Auf Platz zwei stieg „{title2}“ neu ein, gefolgt von „{title3}“.",
        "Insgesamt verzeichneten die Kinos rund {n}0.000 Besucher, {n2} Prozent mehr als im Vorjahr.",
        "Der Umsatz lag nach Angaben des Branchenverbands bei {n2},{d} Millionen Euro.",
        "„Wir rechnen mit einem langen Lauf“, sagte eine Sprecherin des Verleihs.",
        "Die Komödie mit {name} in der Hauptrolle kommt damit auf mehr als {n}0.000 Zuschauer.",
    ],
    "festival": [
        "Das Filmfest {place} hat am {day} das Programm seiner {n2}. Ausgabe vorgestellt.",
        "Vom {d}. bis {d2}. {month} werden {n} Filme aus {n2}0 Ländern gezeigt, darunter {n2} Weltpremieren.",
        "Eröffnet wird mit „{title}“ von {name}, die zur Premiere erwartet wird.",
        "Im Wettbewerb konkurrieren zwölf Filme um den mit {n2}0.000 Euro dotierten Hauptpreis.",
        "Zur Jury gehören in diesem Jahr {name2} und {name3}.",
        "Der Vorverkauf beginnt am {d}. {month}, Einzeltickets kosten {n2} Euro.",
        "„Wir freuen uns auf ein vielfältiges Programm“, sagte die Festivalleiterin.",
        "Neu ist eine Reihe mit Filmen aus Osteuropa sowie eine Retrospektive zum Werk von {name3}.",
    ],
    "awards": [
        "„{title}“ von {name} ist der große Gewinner des Filmpreises.",
        "Der Film erhielt am {day}abend in {place} {n2} Auszeichnungen, darunter den Preis für den besten Spielfilm.",
        "Als beste Hauptdarstellerin wurde {name2} ausgezeichnet, der Preis für die beste Regie ging an {name3}.",
        "Die Jury lobte den Film als „mutiges und genaues Werk“.",
        "Den Publikumspreis erhielt die Komödie „{title2}“.",
        "Die Preise sind mit insgesamt {n}0.000 Euro dotiert.",
        "Rund {n}0 Gäste aus der Filmbranche nahmen an der Verleihung teil.",
    ],
    "obituary": [
        "{name} ist tot. Der Regisseur starb am {day} im Alter von {age} Jahren in {place}, wie seine Familie mitteilte.",
        "Geboren wurde er {year} in {place2} als Sohn eines {job}s.",
        "Bekannt wurde er mit „{title}“, der damals mehr als eine Million Zuschauer hatte.",
        "Kollegen beschrieben ihn als ruhigen, genauen Arbeiter, der am Set nie die Stimme erhob.",
        "Für sein Lebenswerk erhielt er den Ehrenpreis des Filmfests {place}.",
        "In den siebziger Jahren wandte er sich dem Fernsehen zu und drehte zahlreiche Krimis.",
        "Er hinterlässt seine Frau und zwei Kinder. Die Trauerfeier findet im engsten Familienkreis statt.",
        "Sein Film „{title2}“ gilt heute als Klassiker und erschien im vergangenen Jahr restauriert auf Blu-ray.",
    ],
    "profile": [
        "{name} bestellt einen Tee und entschuldigt sich für die Verspätung; sie kommt direkt vom Set.",
        "Geboren wurde sie {year} in {place}, ihre Mutter war {job}.",
        "Schauspielerin zu werden, sagt sie, sei nie ein Plan gewesen.",
        "Den Durchbruch brachte die Serie „{title}“, für die sie einen Preis erhielt.",
        "Gerade dreht sie in {place2} ihren dritten Film mit {name2}.",
        "Über ihr Privatleben spricht sie ungern, lieber erzählt sie von ihrem Garten.",
        "Im kommenden Jahr will sie wieder auf der Bühne stehen.",
        "„Ich wollte eigentlich Tierärztin werden“, sagt sie und lacht.",
    ],
    "trailer": [
        "Der erste Trailer zu „{title}“ ist da.",
        "Die Fortsetzung des Überraschungserfolgs „{title2}“ knüpft an die Ereignisse des ersten Teils an.",
        "Erneut führt {name} Regie, neu im Ensemble sind {name2} und {name3}.",
        "Der gut zweiminütige Trailer zeigt erste Bilder aus {place}.",
        "Kinostart ist am {d}. {month}, ein Termin für den Stream steht noch nicht fest.",
        "Der erste Teil hatte weltweit mehr als {n} Millionen Euro eingespielt.",
    ],
}

#: A credits box (press kits, news pages).
CREDITS_BOX = [
    "Regie: {name}",
    "Drehbuch: {name2}",
    "Kamera: {name3}",
    "Darsteller: {name2}, {name3}, {name}",
    "Länge: {mins} Min.",
    "FSK: 12",
    "Verleih: {place} Film",
    "Kinostart: {d}. {month}",
    "Produktion: {place} Film GmbH",
]

#: A plain press kit: its heading and section labels.
PRESS_KIT_HEAD = "Presseheft"

PRESS_KIT_LABELS = ("Inhalt", "Besetzung und Stab")

#: Whole interview pages: questions and answers, the headline and introduction, the labels (``{surname}``,
#: ``{SURNAME}``: the interviewee's), the closing line.
LONG_INTERVIEW = [
    (
        "Wie sind Sie auf diese Geschichte gekommen?",
        "Meine Tante hat mir davon erzählt, ich bin mit diesen Geschichten aufgewachsen.",
    ),
    (
        "Wie haben Sie sich auf die Rolle vorbereitet?",
        "Ich war zwei Monate bei einer echten Wehr und habe die Ausbildung mitgemacht.",
    ),
    ("War das körperlich anstrengend?", "Sehr. Nach der ersten Woche konnte ich kaum die Arme heben."),
    ("Wie war die Zusammenarbeit mit der Regisseurin?", "Wunderbar. Sie hat uns sehr viel Freiheit gelassen."),
    ("Gedreht wurde überwiegend nachts.", "Ja, und es war oft eiskalt. Ich habe nie so viel Tee getrunken."),
    (
        "Haben Sie einen persönlichen Bezug zum Thema?",
        "Meine Großmutter hat im Krieg ihr Dorf allein versorgt. Ich habe oft an sie gedacht.",
    ),
    (
        "Was war die schwierigste Szene?",
        "Die letzte. Wir haben sie um vier Uhr morgens gedreht, nach einem langen Tag.",
    ),
    ("Wie hat Ihre Familie reagiert?", "Meine Mutter hat geweint, mein Bruder fand es ganz gut."),
    ("Was kommt als Nächstes?", "Eine Komödie, endlich. Gedreht wird im Frühjahr."),
    ("Warum haben Sie mit Laien gearbeitet?", "Weil sie Dinge tun, die kein Profi tun würde. Das wollte ich."),
]

LONG_INTERVIEW_HEAD = [
    "„Wir haben viel improvisiert“",
    "{name} spielt in „{title}“ die Hauptrolle. Ein Gespräch über die Dreharbeiten.",
]

LONG_INTERVIEW_LABELS = [("", "{surname}"), ("Frage", "Antwort"), ("", ""), ("", "{SURNAME}")]

LONG_INTERVIEW_CLOSE = "„{title}“ startet am Donnerstag in den Kinos."

#: Pages that credit a cast as "Figur (Schauspieler)" but judge nothing, the way press kits, distributors'
#: and film databases' pages, "new this week" lists and trailer news do. Synopsis sentences with credit pairs.
CAST_SYNOPSIS = [
    "{place}, {year}. {first} ({name}) ist {job} und lebt seit Jahren allein.",
    "Als {event}, bittet {pron} den alten Freund {first2} ({name2}) um Hilfe.",
    "Doch dessen Vater {first3} ({name3}) hütet ein Geheimnis, das alles verändert.",
    "Bald muss {first} sich entscheiden, wem {pron} noch trauen kann.",
    "Gemeinsam mit der Nachbarin {first3} ({name3}) macht {pron} sich auf die Suche nach der Wahrheit.",
    "Während {first2} ({name2}) das Haus verkaufen will, kämpft {first} um das Erbe der Familie.",
]

#: A distributor's own praise: judging words that present a film rather than judge it.
MARKETING = [
    "Eine herzerwärmende Geschichte über Mut, Freundschaft und die Kraft der Familie.",
    "Ein bewegendes Drama mit einem hochkarätigen Ensemble.",
    "Nach dem preisgekrönten Roman von {name3}.",
    "Eine mitreißende Komödie für die ganze Familie.",
    "Vom Regisseur des Publikumserfolgs „{title2}“.",
    "Ein spannender Thriller, der bis zur letzten Minute fesselt.",
]

#: A press kit's or distributor's page: headings, labels, lines.
PRESS_HEADS = ["Presseheft", "Presseinformation", "Pressenotiz", "Verleihinformation", ""]

SYNOPSIS_LABELS = ["Inhalt", "Handlung", "Synopsis", "Zum Film", ""]

CAST_LABELS = ["Besetzung", "Besetzung und Stab", "Darsteller", ""]

FILM_BY = "Ein Film von {name}"

RELEASE_LINE = "Kinostart: {d}. {month}"

CAST_AS = "{name} als {first}"

#: The running-time line (``{age}``: an age rating from AGE_RATINGS, where the language's pages give one).
RUNTIME_LINE = "Länge: {runtime}, FSK ab {age}"

AGE_RATINGS = [0, 6, 12, 16]

#: A running time: the units after the minutes; the hours-and-minutes form, if pages use one.
RUNTIME_UNITS = ["Min.", "Minuten"]

RUNTIME_HOURS = ""

DIRECTOR_BIO = "Über den Regisseur\n{name}, geboren {year} in {place}, studierte an der Filmhochschule."

PRESS_CONTACT = "Pressekontakt: presse@verleih.de"

TICKETS_NOW = "Jetzt Tickets sichern!"

#: One film of a "new this week" list: facts (``{mark}``: a country or a rating from LIST_MARKS), director,
#: the cast's lead-in, the dash between title and text.
LIST_FACTS = "{genre}, {mark} {year}, {runtime_bare}."

LIST_MARKS = "D F USA GB A DK".split()

LIST_DIRECTOR = "Regie: {name3}."

LIST_CAST_LEAD = "Mit "

LIST_DASH = "–"

#: A "new this week" list's heading, introduction and closing line.
WEEK_HEADS = [
    "Neu im Kino: Die Starts der Woche",
    "Kinostarts am Donnerstag",
    "Diese Filme laufen neu an",
    "Neu im Kino",
]

WEEK_INTROS = ["Diese Woche starten {n2} neue Filme in den Kinos. Ein Überblick:", "Die Neustarts im Überblick.", ""]

WEEK_FEET = ["Alle Filme und Spielzeiten finden Sie in unserem Kinoprogramm.", "Tickets gibt es an der Kinokasse.", ""]

#: A film database's page: the plot label and the credits lines.
DATABASE_PLOT_LABELS = ["Handlung", "Inhalt"]

DATABASE_CREDITS = ["Regie: {name3}", "Darsteller: {name}, {name2}", "Alle Darsteller anzeigen", "Auf die Merkliste"]

#: Trailer news crediting the cast.
CAST_NEWS = [
    "Der erste Trailer zu „{title}“ ist da.",
    "Der Film erzählt von {first} ({name}), die als {job} in {place} arbeitet.",
    "An ihrer Seite spielt {name2} den undurchsichtigen {first2}.",
    "Regie führt {name3}, deren Debüt „{title2}“ ein Überraschungserfolg war.",
    "„{title}“ startet am {d}. {month} in den Kinos.",
    "Der Trailer zeigt erste Bilder aus {place}.",
    "Bisher ist nur bekannt, dass {first2} ({name2}) ein Geheimnis hütet.",
]

#: A streaming "what's new" list: headings, kinds of title, an entry, the closing line.
STREAMING_HEADS = ["Neu bei Netflix, Prime und Disney+: Die Starts im {month}", "Neu im Stream diese Woche"]

STREAMING_KINDS = ["Film", "Serie, Staffel 2", "Doku"]

STREAMING_ENTRY = "„{title}“ ({kind}) – ab {d}. {month}"

STREAMING_CLOSE = "Welcher Start freut Sie am meisten? Schreiben Sie es uns in die Kommentare!"

#: A TV programme with one-line blurbs: headings, the facts, the time (``{hour12}``: on a 12-hour clock).
TV_HEADS = ["Fernsehprogramm heute", "TV-Programm am Abend"]

TV_FACTS = "{genre}, D {year}"

TV_TIME = "{hour}.{minute}"

#: Headings over critics' short reviews.
SHORT_HEADS = ["Kinokritik", "Kurzkritik", "Neu im Kino", "Filmtipp", "", "", ""]

#: Interview answers in everyday words (stance adverbs, negation, "man"), with the questions that draw them out.
PLAIN_INTERVIEW = [
    (
        "Wie war der erste Drehtag?",
        "Ehrlich gesagt ziemlich chaotisch. Man denkt ja, man hat alles geplant, und dann regnet es einfach.",
    ),
    ("Hatten Sie Angst vor der Rolle?", "Eigentlich nicht. Aber ich hatte großen Respekt, das schon."),
    (
        "Was haben Sie von {first} gelernt?",
        "Dass man nicht immer alles erklären muss. Das war wirklich eine Erfahrung.",
    ),
    (
        "Wie reagiert das Publikum?",
        "Bisher sehr unterschiedlich. Manche lachen, manche gar nicht, und das ist auch gut so.",
    ),
    ("Warum haben Sie so lange gebraucht?", "Weil wir kein Geld hatten. Nur deshalb, leider."),
    ("Lesen Sie Kritiken?", "Nein, nie. Man wird sonst verrückt, glaube ich."),
    (
        "Wie war die Arbeit mit Kindern?",
        "Anstrengend, aber irgendwie auch befreiend. Kinder spielen nicht, die sind einfach da.",
    ),
    ("Was war schwieriger als gedacht?", "Die Nachtdrehs. Nach drei Wochen weiß man kaum noch, welcher Tag ist."),
    ("Würden Sie es wieder so machen?", "Ja, trotzdem. Vielleicht mit etwas mehr Schlaf."),
    ("Was bedeutet Ihnen {place}?", "Sehr viel. Ich bin dort aufgewachsen, und man kommt da nie ganz weg."),
    ("Gab es Streit am Set?", "Nicht wirklich. Immerhin hatten wir ein kleines Team, da geht das gar nicht anders."),
    ("Wie geht es jetzt weiter?", "Erst mal gar nicht. Ich will eine Weile nichts drehen."),
]

PLAIN_INTERVIEW_HEADS = [
    "{name} im Gespräch über „{title}“",
    "„Man muss nicht alles erklären“",
    "Interview: {name}",
    "",
]

PLAIN_INTERVIEW_INTROS = [
    "{name} spielt in „{title}“ eine {job} in {place}. Wir haben mit ihr gesprochen.",
    "Der Film „{title}“ startet am {d}. {month}. Ein Gespräch mit Regisseurin {name}.",
    "",
]

PLAIN_INTERVIEW_LABELS = [("", ""), ("F", "A"), ("", "{surname}")]

#: News quoting people who speak in everyday words: the quotes carry the stance, the page reports.
PLAIN_NEWS_QUOTES = [
    "„Wir hätten ehrlich gesagt nie gedacht, dass so viele kommen“, sagte die Veranstalterin.",
    "„Das ist einfach ein toller Ort zum Drehen, man muss kaum etwas umbauen“, sagte {name}.",
    "„Leider konnten wir nicht alle Wünsche erfüllen“, erklärte ein Sprecher.",
    "„Ohne die Förderung wäre das gar nicht gegangen“, sagte {name2}.",
    "„Wir sind wirklich froh, dass es trotzdem geklappt hat“, sagte die Produzentin.",
    "„Man merkt, dass das Publikum zurück ins Kino will“, sagte ein Kinobetreiber aus {place}.",
]

#: Titles that hold judging words, for lists of titles (a "what's new" list's titles are not praise).
PRAISE_TITLES = [
    "Wunderbare Jahre",
    "Der perfekte Plan",
    "Die schönste Zeit",
    "Großartige Tage",
    "Wilde Herzen",
    "Süße Träume",
    "Das starke Geschlecht",
    "Kleine Wunder",
    "Das brillante Spiel",
    "Herrliche Zeiten",
]

WHATS_NEW_HEADS = ["Neu auf {service} im {month}", "Das kommt im {month} zu {service}"]

WHATS_NEW_ITEM = "„{title}“ (ab {d}. {month})"

#: Round 12c: a distributor's short blurb sells as well as praises: calls to the audience and release lines.
SALES_LINES = [
    "Ab {d}. {month} im Kino.",
    "Jetzt auf DVD und Blu-ray – mit exklusivem Bonusmaterial!",
    "Erleben Sie das Kinoereignis des Jahres!",
    "Lassen Sie sich verzaubern!",
    "Jetzt im Stream bei {service}. Erleben Sie es selbst!",
    "Tickets sichern und dabei sein!",
    "Ein Riesenspaß für die ganze Familie – sichern Sie sich jetzt Ihre Karten!",
    "Entdecken Sie das Geheimnis von „{title}“!",
]

#: A distributor's praise in critics' words, without a word of reservation.
BLURB_PRAISE = [
    "Ein bewegendes, herzerwärmendes Abenteuer voller Humor und Gefühl.",
    "Packend, berührend und brillant gespielt – großes Kino, das lange nachhallt.",
    "Eine mitreißende, wunderbar warmherzige Komödie mit einem glänzenden Ensemble.",
    "Atemberaubend inszeniert und hochspannend bis zur letzten Minute.",
    "Ein zauberhafter, fesselnder Film mit traumhaft schönen Bildern.",
    "Intensiv, einfühlsam und unvergesslich: ein Meisterwerk über {theme}.",
]

BLURB_THEMES = ["Freundschaft", "Mut", "die Liebe", "das Erwachsenwerden", "Familie und Heimat"]

#: Round 13: a review read out on air, short: the host's opening, remarks that are no questions, more questions
#: that draw a critic out, and the closing line (``{critic}``: the critic's surname).
ON_AIR_OPENINGS = [
    "Unser Filmkritiker {critic} hat „{title}“ gesehen. {critic}, worum geht es?",
    "Und jetzt zu den Kinostarts. Bei mir ist {critic}. „{title}“ – was ist das für ein Film?",
    "{critic}, Sie haben „{title}“ gesehen.",
    "Kommen wir zu „{title}“, ab {day} im Kino. Wie war's?",
]

#: What the critic says the film is about, in a sentence without a synopsis's plot verbs.
ON_AIR_ABOUT = [
    "Es geht um eine {job} in {place} und um das Jahr, in dem sich für sie alles ändert.",
    "Ein {genre} aus {place}, über eine {job} und ihre Familie.",
    "Im Grunde ist es die Geschichte einer {job} in {place} und eines Briefs aus der Vergangenheit.",
    "Eine {job} in {place}, ein Familiengeheimnis, ein langer Winter. Das ist die Ausgangslage.",
]

ON_AIR_REMARKS = [
    "Klingt nach Kammerspiel.",
    "Das klingt ziemlich düster.",
    "Also nichts für Kinder.",
    "Den Trailer fand ich ja witzig.",
    "Erzählen Sie.",
]

ON_AIR_QUESTIONS = [
    "Und, hat es funktioniert?",
    "Gibt es Einwände?",
    "Und die Hauptdarstellerin?",
    "Aber?",
    "Also ein Tipp?",
    "Und das Ende?",
    "Wie sieht der Film aus?",
    "Ist das so komisch, wie es klingt?",
]

ON_AIR_CLOSINGS = ["{critic} über „{title}“, ab {day} im Kino.", "Danke, {critic}.", "„{title}“ läuft ab Donnerstag."]

#: Round 13: interview answers that praise, in the interviewee's own voice (a director on the cast, an actress on the
#: director): the praise is the maker's, not a critic's.
PRAISE_INTERVIEW = [
    (
        "Wie war die Arbeit mit {name2}?",
        "Wunderbar, ehrlich. Sie ist eine der großzügigsten Schauspielerinnen, mit denen ich je gearbeitet habe.",
    ),
    (
        "Wie haben Sie Ihre Hauptdarstellerin gefunden?",
        "Bei einem Casting. Sie kam herein, und ich wusste es sofort. Sie ist großartig.",
    ),
    ("Sind Sie zufrieden mit dem Film?", "Sehr. Es ist mein persönlichster Film, und ich bin stolz auf jedes Bild."),
    (
        "Wie war der Dreh?",
        "Hart, aber wunderschön. Wir hatten vier Stunden Licht am Tag, und unser Team war fantastisch.",
    ),
    (
        "Wer hat Sie am meisten überrascht?",
        "Die Kinder. Wir haben sie in einer Schule gefunden, und sie waren alle großartig.",
    ),
    (
        "Wie war die Arbeit mit dem Komponisten?",
        "Sehr eng. Seine Musik ist herrlich, für mich ist sie das Herz unseres Films.",
    ),
    (
        "Was war die schwierigste Szene?",
        "Der Sturm am Ende. Wir haben neun Tage im Becken gedreht, und es sieht fantastisch aus.",
    ),
    (
        "Was bedeutet Ihnen der Preis?",
        "Alles. Wir haben den Film ohne Geld gemacht, und ich bin meinem Team so dankbar.",
    ),
]

INTERVIEW_HOST_LABELS = [("Moderatorin", "{surname}"), ("MODERATOR", "{SURNAME}"), ("Frage", "{surname}")]

#: Round 13: distributors' taglines (praise stacked before a genre and a list of themes) with no call to the audience.
TAGLINES = [
    "Eine {adj}, {adj2} {genre} über {theme}, {theme2} und {theme3}.",
    "Eine {adj} {genre} über {theme}, {theme2} und {theme3} – getragen von einem großartigen Ensemble.",
    "Eine {adj}, {adj2} {genre} über {theme}, {theme2} und den Mut, neu anzufangen, vom Regisseur von „{title2}“.",
    "Von den Machern von „{title2}“: eine {adj} {genre} über {theme} und {theme2}.",
    "Eine {adj}, {adj2} {genre} über {theme}, {theme2} und {theme3}, mit einer Starbesetzung bis in die Nebenrollen.",
]

TAGLINE_ADJECTIVES = "warmherzige herzerwärmende mitreißende bewegende zauberhafte berührende heitere packende".split()

TAGLINE_GENRES = "Komödie Geschichte Tragikomödie Sommerkomödie Familiengeschichte Liebesgeschichte".split()

TAGLINE_THEMES = "Freundschaft Familie Liebe Mut Hoffnung Abschied Heimat Vergebung Zusammenhalt Verlust".split()

#: A critic's sentence of the same shape, with the critic's reservation after it.
CRITIC_TAGLINES = [
    "Das ist eine {adj} {genre} über {theme}, {theme2} und {theme3}, die ihr Ende aber nicht ganz verdient.",
    "Eine {adj} {genre} über {theme} und {theme2}, nur leider ist das Drehbuch viel zu glatt.",
    "Eine {adj}, {adj2} {genre} über {theme}, {theme2} und {theme3}, und eigentlich nicht viel mehr.",
]

#: A TV guide's evening with times in words ("20.15 Uhr, ZDF").
WORD_TIME = "{hour}.{minute} Uhr"
