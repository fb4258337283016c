"""Film identity on furniture and running-text shapes of round 8: an outlet's name before its section labels on the
first line, series and blog names quoted on a heading line, a related-reviews label alone on its line, a cinema's
menu row, a newsletter's greeting, a region-and-genre description in a headline, titles with a comma, one-word
titles introduced only by how the film opens, a quoted title with its maker, "wie schon in" comparisons, pull
quotes and speech, question titles said again, list items as equals, "nach" inside a title, a title opening with
a year, the year in "(2025, dir. …)" and not from a publication date. All texts are fictional."""

from __future__ import annotations

import pytest

from title_support import film_identity


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the outlet's name, then only section labels and a genre on the first line
            "FILMSPIEGEL NORD Programm | Neu im Kino | Drama\nDie Salzgräfin\n(D 2025; R: Irma Kolb; 103 Min.)\n"
            "Eine Salinenbesitzerin in Lüneburg kämpft um ihr Erbe. Kolb erzählt das kühl und genau, und ihre "
            "Hauptdarstellerin trägt den Film mühelos.",
            "Die Salzgräfin",
        ),
        (  # the same in English: a shouted name and its section, then the film's heading said again
            "THE MARGIN | Reviews\nComedy\nHarbour Lights Out\nA ferry captain's last crossing goes wrong in every "
            "possible way. Harbour Lights Out is broad, but it is the funniest film of the month.",
            "Harbour Lights Out",
        ),
        (  # a series' name quoted on a heading line, the film quoted in the body
            "Serie „Drehort Eifel“ – Teil 3\nWo die Maare schweigen\nDer Spielfilm „Kraterland“ wurde im Sommer in "
            "Daun gedreht. Kraterland erzählt von einer Geologin, die in ihr Heimatdorf zurückkehrt, und ist "
            "sehenswert.",
            "Kraterland",
        ),
        (  # a blog's quoted name in a festival diary's line, the film named once with "heißt er"
            "Festivaltagebuch, Tag 2\nStadtblog „Leinwandlicht“ – notiert von Jo Kamp\n"
            "Es regnet, die Säle sind voll. „Das Lied der Reusen“ heißt er, der Film, über den heute alle reden: ein "
            "Fischerdrama von der Müritz, still und genau, mit einem Ende, das lange nachhallt.",
            "Das Lied der Reusen",
        ),
        (  # a related-reviews label alone on its line: its quoted links are no sightings of the film
            "Kiosk 12: Liebe zwischen Zeitungen\nEin Kioskbesitzer und eine Stammkundin in Bochum. Kiosk 12 ist "
            "leise, komisch und genau beobachtet.\nWeitere Kritiken\n„Die Salzgräfin“: Ein Erbe in Lüneburg\n"
            "„Kraterland“: Eine Geologin kehrt heim",
            "Kiosk 12",
        ),
        (  # a cinema's menu row is no heading
            "Kino am Wall\nProgramm | Tickets | Gutscheine | Kontakt\nAktuell im Programm\nDie Brückenwärterin\n"
            "Drama | D 2025 | 99 Min.\nUnsere Meinung: Die Brückenwärterin ist ein stiller, genauer Film.",
            "Die Brückenwärterin",
        ),
        (  # a newsletter's greeting and section heads; the film over a "(2025, dir. …)" bracket
            "The Weekly Frame — Issue 40\nHello again,\nWhat I watched\nMoth Season (2025, dir. Ada Quist) is a "
            "slow, strange coming-of-age film set on a Baltic island. Moth Season is worth your evening.\nSee you soon",
            "Moth Season",
        ),
        (  # a region and a genre in the headline describe the film; the quoted name is the film
            "Kultur\nEifel-Krimi im Kino: Viel Nebel, wenig Spannung\n„Der Tote im Pulvermaar“ wurde in Daun "
            "gedreht. Der Tote im Pulvermaar hat schöne Bilder, aber keinen Sog.",
            "Der Tote im Pulvermaar",
        ),
        (  # a quoted title with a comma, said again word for word
            "Aus der Region\nHallig-Doku feiert Premiere\nDer Dokumentarfilm „Ebbe, Flut, Ebbe“ begleitet zwei "
            "Familien ein Jahr lang. Ebbe, Flut, Ebbe zeigt den Alltag ohne Verklärung.",
            "Ebbe, Flut, Ebbe",
        ),
        (  # a tip label with "Unser", a title with a comma
            "Streaming-Check KW 9\nUnser Tipp: Leise Stadt, laute Nacht (Netflix)\nEin Taxifahrer, eine Nacht in "
            "Leipzig. Leise Stadt, laute Nacht ist ein kleiner, böser Thriller.",
            "Leise Stadt, laute Nacht",
        ),
        (  # a one-word title introduced only by how the film opens
            "Kultur\nEin Junge und das Meer\nVon Ina Brack\nStrömung beginnt mit einem Sturm. Ein Junge verliert "
            "seinen Vater auf See und will nie wieder ans Wasser. Dass Strömung nie kitschig wird, liegt an den "
            "Darstellern.\n(Ab Donnerstag im Kino)",
            "Strömung",
        ),
        (  # a festival diary: the film named with its director beats another introduced with a genre noun
            "Festival-Notizen (3)\nRegen und ein Glücksfall\nAm Morgen das schwedische Familiendrama „Huset vid "
            "sjön“, zu lang und zu brav. Am Nachmittag dann „Die Schilfkönigin“ von der Linzer Regisseurin Eva "
            "Dorn: ein Glücksfall. Dass Die Schilfkönigin nie kitschig wird, liegt an ihrer Hauptdarstellerin.",
            "Die Schilfkönigin",
        ),
        (  # "wie schon in „X“": the earlier film is a comparison
            "Film\nDie Rückkehr der Stille\nAls vor Jahren „Das Haus am Fluss“ erschien, galt Ute Sand als "
            "Hoffnung. Nun legt sie mit „Der Klang von Schnee“ einen neuen Film vor. Der Klang von Schnee erzählt "
            "von einem Witwer. Wie schon in „Das Haus am Fluss“ vertraut sie den Darstellern. Der Klang von Schnee "
            "ist ein wahrhaftiger Film.",
            "Der Klang von Schnee",
        ),
        (  # a pull quote heads the page; the film is the heading below it
            "„Ein Fest für die Augen“\nKritik\nDer Korbflechter von Lichtenfels\nEin alter Handwerker bringt einem "
            "Flüchtlingsjungen sein Handwerk bei. Der Korbflechter von Lichtenfels ist ruhig und genau.\n★★★★☆",
            "Der Korbflechter von Lichtenfels",
        ),
        (  # a director's words as the headline; the film quoted in the lead and named again
            "Kultur\n„Ich wollte nie einen Bergfilm drehen“\nMit „Gipfelglück“ kommt der zweite Film von Ida Rainer "
            "ins Kino.\nGipfelglück spielt auf einer Hütte im Karwendel. Gipfelglück ist spröde und am Ende "
            "überwältigend.",
            "Gipfelglück",
        ),
        (  # a question title said again; a young tester's exclamation after "fand:" is speech
            "Filmtipp für Kids ab 8\nWer klaut die Kekse?\nIn der Bäckerei verschwinden Kekse. Wer klaut die Kekse? "
            "ist eine lustige Detektivgeschichte. Unser Tester Max (8) fand: „Voll lustig!“",
            "Wer klaut die Kekse?",
        ),
        (  # a list of tips: the third item, named most and favoured, is no weaker for standing third
            "Kinotipps\n1. Der Bergführer\nSolide. Der Bergführer ist nichts für Höhenangst.\n"
            "2. Ein Hund namens Keks\nNett für Kinder.\n3. Nachtzug\nDer beste der drei: Nachtzug ist ein Thriller "
            "mit Wucht. Wer nur einen Film sehen will, sollte Nachtzug sehen. Nachtzug läuft im Cinestar.",
            "Nachtzug",
        ),
        (  # "nach" inside an unquoted title named in a premiere report
            "Lokales\nPremiere im Capitol: Applaus für Rückkehr nach Steinfeld\nSchleiden. Mit langem Applaus hat das "
            "Publikum den Film Rückkehr nach Steinfeld gefeiert. Rückkehr nach Steinfeld erzählt von einem Soldaten.",
            "Rückkehr nach Steinfeld",
        ),
        (  # a title opening with a year before a dash, said again whole
            "Kinostart\n1972 – Ein Herbst in Dresden\nDas Jahr aus der Sicht eines Kindes: 1972 – Ein Herbst in "
            "Dresden erzählt von einer Familie. Der Film ist gut gemeint.",
            "1972 – Ein Herbst in Dresden",
        ),
        (  # English: a pull quote over a section label and the film's heading
            "“A tender little marvel”\nMovie review\nThe Tinker's Apprentice\nAn old tinker takes on a runaway. "
            "The Tinker's Apprentice is tender and funny.\nRating: 3.5/4",
            "The Tinker's Apprentice",
        ),
        (  # a kicker naming the director: its last word is the maker, not the film
            "Neuer Film von Ida Brandt\nDie Liebe, ein Gewitter\nIda Brandts „Wetterleuchten“ ist ihr bester Film.\n"
            "Wetterleuchten erzählt von zwei Meteorologen, und Brandt findet dafür eine eigene Sprache.",
            "Wetterleuchten",
        ),
        (  # a genre kicker said again in the body; "Unsere Kritik: Zwei von fünf Sternen." closing the page
            "Komödie\nFamilienfest mit Hindernissen\nDrei Geschwister, ein Erbe, ein Wochenende auf Usedom: Die "
            "Nachlassverwalter ist eine Komödie, wie sie jedes Jahr kommt. Die Nachlassverwalter ist nicht schlechter "
            "als die anderen.\nUnsere Kritik: Zwei von fünf Sternen.",
            "Die Nachlassverwalter",
        ),
        (  # a sequel page: the first film quoted twice, the sequel quoted once with its subtitle, then said short
            "Kinderkino\nDie Knöpfe sind zurück\nVor zwei Jahren war „Die Knöpfe“ ein Erfolg. Jetzt kommt „Die Knöpfe "
            "2: Ärger im Museum“, und die Fortsetzung macht vieles richtig. Die Knöpfe 2 ist lauter als der erste "
            "Teil. Wer „Die Knöpfe“ mochte, wird auch Die Knöpfe 2 mögen.",
            "Die Knöpfe 2: Ärger im Museum",
        ),
        (  # a remake page: the original quoted twice, the new version introduced as such and then said bare
            "Kritik\nNeuauflage eines Klassikers\n„Der Hof im Moor“ von 1961 gehört zu den großen deutschen Filmen. "
            "„Der Hof im Moor“ erzählte von Knechten; die neue Version, „Das letzte Moor“, erzählt aus der Sicht einer "
            "Magd. Das letzte Moor ist oft stark. Das letzte Moor läuft ab Freitag im Stream.",
            "Das letzte Moor",
        ),
        (  # a film introduced in an apposition with a compound genre noun, no headline
            "Nach zwei Dokumentarfilmen legt Anke Roth ihren ersten Spielfilm vor. Schicht, eine Tragikomödie über den "
            "letzten Tag auf einer Zeche, ist kein großer Wurf, aber ein liebenswerter. Roth kennt ihre Leute.",
            "Schicht",
        ),
        (  # "In Cannes … In Venedig": a place after a sentence's first word is no repeated title
            "In Cannes wurde er ausgebuht, in Venedig gefeiert: Selten hat ein Film so gespalten wie „Der Damm“. In "
            "Cannes störte man sich an der Länge. „Der Damm“ ist anstrengend, aber es lohnt sich.",
            "Der Damm",
        ),
        (  # stars on the title's own line are no part of the title
            "KINO\nNeu im Kino\nDer Glasmaler ★★★★☆\nEin Maler in Görlitz verliert sein Augenlicht und malt weiter. "
            "Berührend, ohne kitschig zu sein.",
            "Der Glasmaler",
        ),
    ],
)
def test_round8_shapes(text: str, title: str) -> None:
    assert film_identity(text)[0] == title


def test_year_from_a_bracket_after_the_title() -> None:
    text = (
        "Hi all,\nThis week: a ghost story.\nLamp Oil (2024, dir. Rui Sato) is set in one night in a Kyoto inn. "
        "Lamp Oil is slow, and it is meant to be."
    )
    assert film_identity(text) == ("Lamp Oil", None, 2024)


def test_publication_date_is_no_production_year() -> None:
    text = (
        "Kinogeflüster – der Podcast\nFolge 12: Wir müssen über „Graue Wölfe“ reden\n"
        "Veröffentlicht am 3. März 2026 · 58 Min.\nIn dieser Folge sprechen wir über Graue Wölfe, den neuen Film "
        "von Arvid Holm. Graue Wölfe ist ein Ereignis."
    )
    assert film_identity(text) == ("Graue Wölfe", None, None)
