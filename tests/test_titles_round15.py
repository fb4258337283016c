"""Film identity, round 15: a quoted name opening the headline (over a radio station's name, a streaming column's
other films, a director's earlier film), quoted titles with commas, a transcript's speaker label with its role,
verdict labels of streaming columns, and an unquoted title with a comma in prose. Invented pages, fictional films
and people."""

from __future__ import annotations

import pytest

from title_support import film_title as _title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # 1. a quoted name opening the headline beats a station's name said again in the copyright line
        (
            "Marshgate Community Radio\nMorning Arts · Transcript\nAired Monday, March 8, 2027\n\n"
            "'The Copper Kettle' whistles a happy tune\n\nListen · 5:40\n\n"
            "JUNE ALLARD, HOST: A new comedy about a tea shop opens this weekend. Our film critic Rolf Baxter has seen "
            "The Copper Kettle. Rolf?\n\nROLF BAXTER: It's a sweet, small film, June, and the cast is lovely. The "
            "script runs out of steam in the last act, but I had a good time.\n\nALLARD: Rolf Baxter on The Copper "
            "Kettle.\n\nCopyright © 2027 Marshgate Community Radio. All rights reserved.",
            "The Copper Kettle",
        ),
        (
            "Radio Heideland\nKultur am Mittag · Film\nSendung vom 3. März 2027\n\n"
            "„Der Wegwart“: Ein stiller Film über einen alten Straßenwärter\n\nAudio · 4:50 Min.\n\n"
            "Moderatorin: Ein neuer Film über einen Straßenwärter in der Heide. Er heißt Der Wegwart, und unser "
            "Kritiker Olaf Brenning hat ihn gesehen.\n\nBrenning: Ein schöner, ruhiger Film mit einem großartigen "
            "Hauptdarsteller. Manchmal zu langsam, aber sehenswert.\n\n© Radio Heideland 2027",
            "Der Wegwart",
        ),
        # 2. a quoted title with a comma opening the headline beats the director's earlier film, quoted twice
        (
            "kinoseite.example › Kritiken › Komödie\n\n„Ruhig, Brauner, ganz ruhig“: Ein Pferdefilm für "
            "Erwachsene\n\nVon Gesa Hartwig · 2. März 2027\n\n"
            "Eine Reitlehrerin kurz vor der Rente erbt ein störrisches Pferd und einen Hof voller Schulden. Regisseur "
            "Till Ahlgrimm, der vor Jahren mit „Stallgeflüster“ einen Überraschungserfolg hatte, erzählt das mit "
            "viel Witz. Wie schon in „Stallgeflüster“ gehören die schönsten Szenen den Tieren. Ein netter Film.\n\n"
            "Wertung: 6/10\n\nDas könnte Sie auch interessieren:\n„Stallgeflüster“: Jetzt im Stream",
            "Ruhig, Brauner, ganz ruhig",
        ),
        # 3. a streaming column: the quoted headline beats the compared film and the verdict label
        (
            "COUCH COUNSEL\nStream It or Skip It · New on Flickbox this week\n\n"
            "'Dust on the Dashboard' on Flickbox: Stream It or Skip It?\n\nBy Rae Okonkwo | Mar 2, 2027\n\n"
            "The Gist: Two sisters drive their late father's pickup across Nevada.\n\n"
            "What Will It Remind You Of?: Think Long Road to Tonopah with fewer jokes.\n\n"
            "Our Take: The desert looks great and the sisters bicker well, but the script goes nowhere. Long Road to "
            "Tonopah did this better.\n\nOur Call: SKIP IT.\n\n"
            "Also new this week on Flickbox: 'Long Road to Tonopah' (returning), 'Ice Station Wendy'",
            "Dust on the Dashboard",
        ),
        # 4. a transcript's speaker label with the speaker's role is no title
        (
            "Riverside Public Radio\n\n'Harbour Lights' shines\n\n"
            "TESSA MORLAND, HOST: Our critic has seen Harbour Lights, a drama about a ferry captain.\n\n"
            "DIRK VOSS, CRITIC: It's lovely, Tessa. Harbour Lights is the best film I've seen this month.\n\n"
            "MORLAND: Thanks, Dirk.",
            "Harbour Lights",
        ),
        # 5. a quoted title with commas alone on its line over the film's facts, under a column's label
        (
            "DIE FILMWOCHE\nDas Magazin für Kino und Fernsehen\n\nDVD-Tipp\n\n„Ein Koffer, zwei Schlüssel, kein Plan“\n\n"
            "Deutschland 2026 · 92 Min. · Regie: Wiebke Lorenzen\n\nZwei Fremde verwechseln am Bahnhof ihre Koffer. "
            "Lorenzen macht daraus eine flotte Komödie. Die DVD hat ein ordentliches Bild.\n\nWertung: 4 von 5 Sternen",
            "Ein Koffer, zwei Schlüssel, kein Plan",
        ),
        # 6. an unquoted title with a comma, opening a sentence before its apposition
        (
            "Lakeview Diary, Day 2\n\nBy our correspondent Amos Pike\n\nThe morning screening was full. After lunch, "
            "things improved. Small Town, Big Sky, the second feature from Halifax's Dora Mbatha, follows a retired "
            "nurse who buys a crop-duster. It is funny and moving, and the audience loved it.\n\n"
            "In the evening I caught Winter Lanterns, a dull costume drama.",
            "Small Town, Big Sky",
        ),
        # 7. "Unser Tipp des Abends: X" under a cinema's "– Heute im Kino" line with its programme
        (
            "Lichtburg am Ring – Heute im Kino\n18:00 Der Igel Ferdinand | 20:15 Fernlicht | 22:30 Kaltfront\n\n"
            "Unser Tipp des Abends: Fernlicht\n\nEine Fernfahrerin, ein Anhalter und eine Nacht auf der A7: Fernlicht "
            "ist ein kleiner, kluger Film. Regisseur Jannis Quade erzählt das mit Witz. Fernlicht lohnt sich.",
            "Fernlicht",
        ),
        (
            "THE GRANARY CINEMA\n\nTonight's pick: Lanterns at Low Tide\n\nA fisherman's widow and a lighthouse "
            "that will not stay dark. Lanterns at Low Tide is slow and lovely.",
            "Lanterns at Low Tide",
        ),
        # 8. a film diary's heading with its year over "Directed by", even when the name looks like a person's
        (
            "Diary entry\nWatched by reel_ines · 3 Mar 2027\n\nViolet Fairbanks 2027\nDirected by Osric Penhale\n\n"
            "★★★½\n\nA gentle comedy about a retired postmistress who learns to surf. Penhale keeps it light.",
            "Violet Fairbanks",
        ),
        # 9. a short question heading whose words the body repeats without any cue
        (
            "Kinonews · Kritiken · Trailer\n\nDie Kritik\n\nWer weckt Onkel Bruno?\n\nAb 4. März im Kino\n\n"
            "Onkel Bruno schläft seit drei Tagen, und die Familie hat eine Hochzeit zu feiern. Regisseurin Ute "
            "Kalmbach macht daraus eine flotte Komödie. Onkel Bruno bleibt bis zum Schluss ein Rätsel.",
            "Wer weckt Onkel Bruno?",
        ),
        # 10. a genre's label before the title ("Kinderfilm: X"), a label line over a quoted heading
        (
            "Kinderfilm: Krabbenkrieg\n\nLotta ist neun und verbringt die Ferien bei ihrer Tante an der Nordsee. Dort "
            "entdeckt sie eine Bande von Strandräubern. Die Kinder spielen erstaunlich natürlich.",
            "Krabbenkrieg",
        ),
        (
            "Kinderkino\n\n„Der Maulwurf Grabowski“\n\nEin Zeichentrickfilm über einen Maulwurf, der das Licht sucht. Die "
            "Hauptfigur spricht die zehnjährige Mira Holl, und sie macht das wunderbar. Regie führte Kai Brandt.",
            "Der Maulwurf Grabowski",
        ),
        # 11. a heading said once over the body beats a name the body uses for a character
        (
            "Die Heimkehr des Gauklers\n\nFamilienfilm, ab 6 Jahren\n\nDer Gaukler Florentin hat sein Gedächtnis "
            "verloren, und nur die zwölfjährige Greta kann ihm helfen. Florentin ist Wendelin Auer, der sichtlich Spaß "
            "an der Rolle hat. Greta spielt die Nachwuchsdarstellerin Ida Lenz. Florentin stolpert durch den Wald, "
            "Florentin zaubert, Florentin vergisst. Ein liebenswerter Film.",
            "Die Heimkehr des Gauklers",
        ),
        # 12. the platform a review was posted on, a star rating and a credit line are no titles
        (
            "Letterboxd review by tidepool_tom ★★★★\n\nokay so The Brine Shrimp Society is a tiny Welsh comedy about a "
            "marine biologist (Gwyn Ellis-Rhys, so good) who starts a cult by accident. directed by Morwen Pryce.",
            "The Brine Shrimp Society",
        ),
        (
            "Kritik\n\nDas Lied der Bojen\n\nIm Zentrum steht die Witwe Halina, der Ewa Nowicka eine stille Kraft "
            "verleiht. Ihr Nachbar wird von Piotr Zając gespielt.\n\nEin Film von Ewa Kaczmarek-Lis. Polen 2025.",
            "Das Lied der Bojen",
        ),
        # 13. a TV page's "Danach:" marks another programme; "kam danach: „X“" in a diary does not
        (
            "Festivalblog, Tag 2\n\nDen Morgenfilm „Kaltfront“ habe ich nur zur Hälfte gesehen. Der Höhepunkt kam "
            "danach: „Die Weichenstellerin“ von Anja Roth, eine Tragikomödie über eine Bahnwärterin. Roth erzählt das "
            "mit großer Wärme.",
            "Die Weichenstellerin",
        ),
        # 14. an unquoted title with a comma alone on its line over the film's facts; a column label's last word
        (
            "TV-TIPPS · Heute\n\nGute Nacht, Herr Kapitän\n\n20:15 Uhr, Kanal Sieben · Fernsehfilm, Deutschland 2026 · "
            "Regie: Lene Vosskamp\n\nEin alter Kapitän soll sein Schiff abgeben und wehrt sich. Vosskamp inszeniert das "
            "als freundliche Komödie.\n\nDanach, 21:45 Uhr: „Küstenwache – Der Tote im Schlick“ (Wiederholung)",
            "Gute Nacht, Herr Kapitän",
        ),
        (
            "STADTBLATT\nKino · Bühne · Musik\n\nKinoseite: Unser Film der Woche\n\nDas Haus mit den blauen Läden\n\n"
            "Frankreich 2026 · 98 Min. · Regie: Anouk Berthier\n\nEine Witwe in der Bretagne vermietet Zimmer an "
            "Fremde. Berthier erzählt das mit Leichtigkeit.\n\nWeitere Filme diese Woche\n\nKalter Grund\n"
            "USA 2026 · 110 Min. · Regie: Dale Kerr\nSolider Thriller.",
            "Das Haus mit den blauen Läden",
        ),
        # 15. a genre label before a title of two names joined by "und": the whole title, not its first name
        (
            "Animationsfilm: Fridolin und der Wal\n\nEin Hase, der fliegen lernen will – das ist die Prämisse. In der "
            "deutschen Fassung spricht Kai Moll den Hasen Fridolin, und Fridolin ist herrlich stur. Für Kinder ab fünf.",
            "Fridolin und der Wal",
        ),
    ],
)
def test_round15_title(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(
    ("text", "not_title"),
    [
        # a quoted name opening a line below the body's first paragraph is a link or a pull quote, not the headline
        (
            "Kritik: Der Fährmann von Lauenburg\n\nVon Ben Kroll\n\nDer Fährmann von Lauenburg erzählt von einem alten "
            "Mann, der seit vierzig Jahren dieselbe Fähre über die Elbe steuert und nun ersetzt werden soll. Ein kluger, "
            "stiller Film, der nie sentimental wird und seinem Helden viel Würde lässt. Sehenswert.\n\n"
            "„Die Schleuse“: Jetzt im Stream\n„Die Schleuse“ – unsere Kritik",
            "Die Schleuse",
        ),
        # a sentence opening with an adverb or a place and a comma is no part of the title
        (
            "Still, The Paper Harbour, the new film from Jo Keel, is worth seeing. The Paper Harbour follows a "
            "printer in Leith. The Paper Harbour is warm and witty.",
            "Still, The Paper Harbour",
        ),
        # a predicate put first ("Sehenswert ist der Film trotzdem") is no one-word title
        (
            "Fallhöhe\n\nEin Bergsteigerfilm mit allem, was dazugehört. Der Bergführer heißt Anton, und Lukas Mair "
            "spielt ihn mit großer Ruhe. Sehenswert ist der Film trotzdem, auch dank der Kamera. Regie: Eva Ranftl.",
            "Sehenswert",
        ),
    ],
)
def test_round15_not_title(text: str, not_title: str) -> None:
    assert _title(text) != not_title
