"""Film identity, round 18: how pages name their film where earlier readers took something else: a plain-apostrophe
quote holding an apostrophe ('The Ferryman's Promise'), a numbered sequel whose subtitle ends in lower-case words
("X 2 – Jetzt geht's erst richtig los"), a cinema's letter and its house name ("Lichtspielhaus Nord – Programmbrief
KW 19" … "Ihr Team vom Lichtspielhaus Nord"), a German title with its maker in a standfirst ("In der Tragikomödie
X von Y kämpft …"), a German title opening with an article and an adjective ("Der stille Wald"), a podcast's episode
("Folge 88: Wir haben X gesehen"), a dispatch heading whose last word the body uses in a longer name, a TV listing's
slot line with the channel first ("BBC Four, 9pm"), a festival dispatch naming its film once with no cue.
Invented pages, fictional films and people."""

from __future__ import annotations

from pathlib import Path

import pytest

from jsonl_support import jsonl_rows
from reading_support import assert_title_read
from title_support import film_title as _title

FIXTURES = Path(__file__).parent / "fixtures" / "titles"


PAGES = [
    # a plain-apostrophe quote holding an apostrophe, inside a sentence headline and in a newsletter's prose
    (
        "The Sunday Reel\n\nIn 'The Tinker's Lantern,' a Boy Lights Up a Drowned Town\n\nBy Mae Rourke\n\n"
        "There is a lot of rain in The Tinker's Lantern and not much else. Director Fergus Hale films the flooded "
        "streets with care, but the story never catches fire.",
        "The Tinker's Lantern",
    ),
    (
        "Back Row Notes\nA newsletter by Iris Dunmore\n\nOn being the only one laughing\n\nHi all,\n\nOn Friday I "
        "went to the Rio for 'Mr Abernathy's Allotment', which nobody else seemed to find funny. I did. Corin Lacey "
        "is wonderful as the gardener who will not give up his plot.\n\nIris",
        "Mr Abernathy's Allotment",
    ),
    (
        "Abendzeitung Süd\n\nIm Stream: 'Gretl's Gasthaus'\n\nVon Toni Hafner\n\nGretl (Resi Aumüller) führt seit "
        "vierzig Jahren ihr Gasthaus im Chiemgau. Jetzt soll es verkauft werden. Regisseur Max Irlinger erzählt "
        "das warm und ohne Kitsch.",
        "Gretl's Gasthaus",
    ),
    # a numbered sequel's subtitle ending in lower-case words, said again whole
    (
        "KINO-KOMPASS\n\nDie Hofpiraten 2 – Jetzt wird's ernst\n\nKritik von Anne Lühr\n\nDie Fortsetzung schickt "
        "die Bauernhofbande an die Nordsee. Regisseur Ulf Berning kopiert die Formel des ersten Teils. Die "
        "Hofpiraten 2 – Jetzt wird's ernst startet am Donnerstag.",
        "Die Hofpiraten 2 – Jetzt wird's ernst",
    ),
    # a cinema's letter: the house name over "Programmbrief", its team signing off
    (
        "Lichtspiele am Wall – Programmbrief KW 21\n\nLiebe Kinofreundinnen und Kinofreunde,\n\nab Donnerstag "
        "zeigen wir täglich um 17.30 und 20 Uhr Die Honigdiebin, den neuen Film der Tiroler Regisseurin Vroni "
        "Aigner. Eine Imkerin legt sich mit einem Agrarkonzern an, und Aigner erzählt das mit viel Witz.\n\n"
        "Wir freuen uns auf Sie!\nIhr Team der Lichtspiele am Wall",
        "Die Honigdiebin",
    ),
    (
        "Filmhaus Ostufer – Newsletter März\n\nLiebe Gäste,\n\nunser Highlight im März heißt Die leise Flut. Das "
        "Drama über eine Schleusenwärterin hat uns alle überzeugt.\n\nHerzlich, Ihr Team vom Filmhaus Ostufer",
        "Die leise Flut",
    ),
    # a standfirst naming the film with its maker; the maker named again in the body
    (
        "Kulturwelle Nord › Film\n\nZwischen Zuckerwatte und Abgrund\n\nIn der Tragikomödie Der Kirmeskönig von "
        "Hanne Storm kämpft ein alter Schausteller um sein Karussell.\n\nVon Ruth Albers\n\nStorm erzählt das mit "
        "großer Zärtlichkeit. Ein berührender kleiner Film.",
        "Der Kirmeskönig",
    ),
    # a German title opening with an article and an adjective, named in a standfirst
    (
        "Kulturspiegel West\n\nWo die Eulen rufen\n\nIn der Doku Der dunkle Forst von Jonas Mellinghoff begleiten "
        "wir eine Försterin durch ein Jahr.\n\nVon Eva Ritter\n\nMellinghoff hat mit kleinem Team gedreht. Die "
        "Bilder sind überwältigend.",
        "Der dunkle Forst",
    ),
    # a podcast's episode heading: "Wir haben X gesehen"
    (
        "Der Kinoschnack – der Podcast zum Nachlesen\n\nFolge 41: Wir haben Oma Frieda ermittelt gesehen\n\n"
        "LENA: Ich war skeptisch.\n\nJONAS: Ich auch. Aber Oma Frieda ermittelt ist wirklich witzig.\n\nLENA: "
        "Oma Frieda ermittelt hat ein schwaches Ende.",
        "Oma Frieda ermittelt",
    ),
    # a dispatch heading's last word that the body says only inside a longer name ("the Piazza Grande")
    (
        "Dispatch from Locarno: Thunder over the Piazza\n\nBy Colm Hardy\n\nIt poured on the Piazza Grande last "
        "night. This morning brought Marsh Psalm, from the Flemish director Lieve Dorpel, the best thing in the "
        "competition so far. Marsh Psalm has no distributor yet.",
        "Marsh Psalm",
    ),
    # a TV page: "Saturday's film on TV" over the title and a slot line with the channel first
    (
        "LISTINGS | FILM\n\nSaturday's film on TV\n\nLanterns Over Galway\nBBC Four, 9pm\n★★★★\n\n(2020, 98 min) "
        "A beautifully played drama about a widowed baker (Niamh Carrow) and her lodger. Recommended.",
        "Lanterns Over Galway",
    ),
    # a shouted compound rubric over the film's heading, and a rubric with a colon before the film
    (
        "DER STREAMING-CHECK\nLohnt sich das?\n\nKirschblüten im Schnee (Netflix)\n\nMagda (Tessa Brandl) soll "
        "ein Weingut abwickeln. Regisseurin Ulla Hein inszeniert das routiniert. Leichte Kost.",
        "Kirschblüten im Schnee",
    ),
    (
        "STREAMING-CHECK: Weinlese mit Hindernissen\n\nVon Jana Kühlmann\n\nMagda (Tessa Brandl) soll ein Weingut "
        "abwickeln. Regisseurin Ulla Hein inszeniert das routiniert. Leichte Kost.",
        "Weinlese mit Hindernissen",
    ),
    # a cinema's letter: "läuft bei uns X", signed "Ihr Kino …"
    (
        "Kino Lichtburg – Newsletter\n\nLiebe Gäste,\n\ndiese Woche läuft bei uns Die Rebenkönigin, eine Komödie "
        "von der Mosel. Wir zeigen den Film täglich um 20 Uhr.\n\nIhr Kino Lichtburg",
        "Die Rebenkönigin",
    ),
    (
        "KINO LICHTBURG\n\nUnser Film der Woche\n\nDie Rebenkönigin\n\nEine Komödie von der Mosel, mit Tessa "
        "Brandl. Täglich um 20 Uhr.\n\nIhr Team vom Kino Lichtburg",
        "Die Rebenkönigin",
    ),
    # the critic's name alone over the magazine's shouted masthead
    (
        "Margaret Ellery\n\nFRAME BY FRAME\n\nThe Copper Kettle\n\nA warm comedy about a village tea room. "
        "Director Nell Bain keeps it light.",
        "The Copper Kettle",
    ),
    # "wie „X“ ausgeht": an indirect question about the film, no comparison with another
    (
        "KINO-KOMPASS\n\nNeu auf den Plattformen: Sekt, Liebe, Langeweile\n\nVon Tom Lüders\n\nMan muss nicht "
        "lange rätseln, wie „Riesling für Anfänger“ ausgeht. Die Regisseurin Mara Quent erzählt das fade. Ebenfalls "
        "neu: „Grenzwald“ und „Kommando Sahara“.",
        "Riesling für Anfänger",
    ),
    # a cinema's letter that greets its friends by the house's name and signs off with it
    (
        "Betreff: Unser Film des Monats im Mai\n\nLiebe Freundinnen und Freunde des Kino Polarstern,\n\nunser Film "
        "des Monats ist „Der Garten der Madame Vireux“, der neue Film des Regisseurs Alain Coubert. Madame Vireux "
        "ist achtzig und will ihren Garten retten.\n\nHerzliche Grüße,\nIhr Team vom Kino Polarstern",
        "Der Garten der Madame Vireux",
    ),
    # a radio transcript: the hosts' full names label their lines, the film is named before "Directed by"
    (
        "REEL TALK – Episode 12 transcript\n\nJUNE HARTIGAN: Welcome back to Reel Talk. I'm June Hartigan.\n\n"
        "OWEN MARSDEN: And I'm Owen Marsden.\n\nHARTIGAN: The Paper Ledger. Directed by Lola Venn. It's at the "
        "Bijou.\n\nMARSDEN: It's a two-hander in a night office.\n\nHARTIGAN: And The Paper Ledger is "
        "wonderful.\n\nMARSDEN: I agree, June Hartigan.",
        "The Paper Ledger",
    ),
    # a channel's shouted name opening the slot line over the title and its facts
    (
        "ITV4, 11.45pm\n\nMidnight Ferry to Cork\n\n(1997, Ireland, 91 min)\n\nA rickety thriller about a stolen "
        "violin. Silly but fun, with Colm Tarrant as a hopeless detective.",
        "Midnight Ferry to Cork",
    ),
    # a heading with a place after "in" and a critic's name over the masthead
    (
        "Thomas Brightmore\n\nTHE PROJECTOR\n\nSummer in Scarborough\n\nA retired lifeboatman and his daughter "
        "spend a season in a guesthouse. Director Alison Tate's debut is modest and moving.",
        "Summer in Scarborough",
    ),
    # a festival dispatch naming its film once, with no cue, under a "Dispatch:" heading
    (
        "Cannes 2026\n\nDispatch: On the Croisette, a Quiet Icelandic Film Wins Everyone Over\n\nBy Ann Brody\n"
        "May 20, 2026\n\nCANNES — Tucked into the sidebar on a wet morning, with no stars at all, Ash on the "
        "Glacier looked like the kind of picture critics admire and forget. By evening everyone was talking about "
        "it. The festival runs until Saturday.",
        "Ash on the Glacier",
    ),
]


@pytest.mark.parametrize(("text", "title"), PAGES)
def test_round18_titles(text: str, title: str) -> None:
    assert_title_read(text, title)


NARROW = [
    # a genre's noun after the article and adjective is no part of the title
    (
        "Kinokritik\n\nHeiter bis wolkig\n\nDie romantische Komödie Deichglück ist das, was man einen Sommerfilm "
        "nennt. Deichglück hat Charme.",
        "Deichglück",
    ),
    # a title with "von" and a place, not a maker, stays whole
    (
        "Filmtipp: Die Fischerin von Hiddensee\n\nDie Fischerin von Hiddensee erzählt von einer jungen Frau, die den "
        "Kutter ihres Vaters übernimmt. Ein rauer, schöner Film.",
        "Die Fischerin von Hiddensee",
    ),
    # a sequel's subtitle said once is cut no differently than before (no teaser is taken as a title)
    (
        "Kinokritik\n\nDie Hofpiraten 2 – Mehr vom Gleichen\n\nDie Hofpiraten 2 kopiert den ersten Teil. Die "
        "Hofpiraten 2 startet am Donnerstag.",
        "Die Hofpiraten 2",
    ),
    # quoted speech with a contraction is not the film
    (
        "Harbour Lights review – a tender coastal drama\n\nBy Hal Emery\n\n'I can't go back,' says Bethan, and "
        "Harbour Lights spends two hours proving her wrong. Harbour Lights is small and lovely.",
        "Harbour Lights",
    ),
]


@pytest.mark.parametrize(("text", "title"), NARROW)
def test_round18_rules_stay_narrow(text: str, title: str) -> None:
    assert _title(text) == title


def test_round18a_batch() -> None:
    """round18a: 30 invented pages (22 German, 8 English) written before this round's rules and scored once
    with the session-start reader (22/30); the rules were written with them in view, so this flatters."""
    rows = jsonl_rows(FIXTURES / "open_round18" / "round18a.jsonl")
    assert len(rows) == 30
    for row in rows:
        assert_title_read(row["text"], row["gold"]["film_title"], row["id"])


def test_round17b_pinned_after_round18() -> None:
    """round17b's dispatch (a film named once with no cue) and TV page (the channel before the time) are read now;
    its German standfirst page ("In der Gaunerkomödie Die Rentnerbande schlägt zu planen …") is still open."""
    rows = jsonl_rows(FIXTURES / "open_round17" / "round17b.jsonl")
    right = {row["id"] for row in rows if _title(str(row["text"])) == row["gold"]["film_title"]}  # type: ignore[index]
    assert right >= {row["id"] for row in rows} - {"r17b-de-02"}


def test_round18b_pinned() -> None:
    """round18b: 14 invented pages (10 German, 4 English) written after this round's rules and scored once:
    session-start reader 6/14, this round's reader 9/14 at that single score. Four rules written with its misses in
    view followed (flatters it: a channel's shouted name opening a slot line, a heading "Winter in Whitby" read as
    "<actor> in <film>", a cinema's "Wir zeigen X" with a lower-case "euer X-Team", more genre compounds before a
    title). Pinned at what it gets right; open: a teaser before the title's colon over a facts line."""
    rows = jsonl_rows(FIXTURES / "open_round18" / "round18b.jsonl")
    right = {row["id"] for row in rows if _title(str(row["text"])) == row["gold"]["film_title"]}  # type: ignore[index]
    assert len(rows) == 14
    assert right >= {row["id"] for row in rows} - {"r18b-de-10"}
