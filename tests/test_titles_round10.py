"""Film identity, round 10: the article after a label's colon stays with the title; a shouted rubric gives way to a
heading line the body repeats; a genre or a disc format ending the page's path of sections is no title; a heading
its own line calls a column names the column; films named in passing at a dispatch's end ("Elsewhere: I also caught
…", "Außerdem gesehen: …") do not beat the film reviewed; production years said in prose ("aus dem Jahr 1972",
"Der Horrorfilm von 1979", "the 1979 horror film X", "X, a thriller from 1972"). Each rule has its counter-case.
All texts are fictional."""

from __future__ import annotations

import pytest

from filmkritik.read.titles import key_of
from title_support import film_identity
from title_support import film_title as _title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the article after a label's colon belongs to the title the body says with it
            "Serien-Check: Die Töchter von Rügen\nVon Ilka Brandt\nVier Folgen, ein Fischerhof, zwei Schwestern. "
            "Die Töchter von Rügen ist solide erzählt, aber vorhersehbar.",
            "Die Töchter von Rügen",
        ),
        (  # the same under a genre line
            "Familie\nKinderfilm-Check: Der Riese im Garten\nDer Riese im Garten ist ein warmherziger Spaß für "
            "Kinder ab sechs. Regisseurin Jule Haas erzählt von Mut.",
            "Der Riese im Garten",
        ),
        (  # counter-case: a label with its own article ("Die Kritik:") keeps it
            "Die Kritik: Hochwasser\nVon Arne Lutz\nEin Deichgraf kämpft gegen die Flut. Hochwasser ist großes "
            "Katastrophenkino, aber erzählerisch schwach.",
            "Hochwasser",
        ),
    ],
)
def test_article_after_a_label_colon(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a shouted rubric over a heading line the body says again
            "KINO KOMPAKT\nDie Sternsammler\nVon Olaf Rieck\nZwei Rentner bauen in Jena ein Observatorium. Die "
            "Sternsammler ist liebenswert, aber zu lang.",
            "Die Sternsammler",
        ),
        (  # counter-case: a shouted title over a teaser line the body never repeats stays the title
            "MOORLICHT\nEin Dorf im Nebel\nVon Olaf Rieck\nIm Teufelsmoor verschwinden Kinder. Regisseurin Ute Pahl "
            "erzählt das ruhig und unheimlich.",
            "Moorlicht",
        ),
    ],
)
def test_shouted_rubric_over_a_heading_line(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a genre ending the path of sections
            "Filmkritik | Drama\n\nZwischen zwei Ufern\n\nEin Fährmann an der Elbe verliert seine Arbeit, als die "
            "Brücke gebaut wird. Ein ruhiges, genaues Drama über das Ende einer Epoche.\n\nZwischen zwei Ufern, "
            "Deutschland 2026, Regie: Lea Sommer, 101 Min.",
            "Zwischen zwei Ufern",
        ),
        (  # the path shouted, the headline a sentence whose first word the body repeats
            "REVIEWS / HORROR\n\nCandlewick Is a Haunted-Candle Chiller That Never Catches Fire\n\nBy Nell Avery · "
            "May 2 · 4 min read\n\nOn paper, Candlewick (2024) sounds like a fun midnight movie: a cursed candle "
            "shop, a storm, five customers locked in. The script gives them nothing to do.\n\nCandlewick is now "
            "streaming.",
            "Candlewick",
        ),
        (  # a disc format in a review cue
            "Blu-ray review\nHarbour of Glass\nThe new restoration of Harbour of Glass is a revelation. Director "
            "Ana Bell's thriller has never looked better.",
            "Harbour of Glass",
        ),
        (  # a disc format in the path, a sound format in capitals, the title over its facts below a dated byline
            "Blu-ray-Review | Mediabook | Giallo\n\nDie Glaspuppe – Limited Edition (Blu-ray + DVD)\n\nEingestellt "
            "von kinoklaus am 04.10.2026\n\nOriginaltitel: La bambola di vetro\nProduktionsland / Jahr: Italien "
            "1975\nTon: Deutsch DTS-HD MA 2.0, Italienisch DTS-HD MA 2.0\n\nIn Mailand werden Models ermordet. "
            "Der Film ist spannend, das Bild der Scheibe hervorragend.",
            "Die Glaspuppe",
        ),
        (  # counter-case: a path whose last element is the title
            "Home › Reviews › Copper Lantern\nBy Jo Hale\nA mining town, a missing geologist. Copper Lantern is a "
            "neo-western with more atmosphere than plot.",
            "Copper Lantern",
        ),
    ],
)
def test_genre_or_format_ending_a_path_is_no_title(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a heading its line calls a column, said again at the end
            "SOFAKINO – die Streaming-Kolumne\n\nLohnt sich „Nachtflug nach Riga“? Eher nicht\n\nVon Tom Harz\n\n"
            "Seit Mittwoch ist „Nachtflug nach Riga“ abrufbar, ein Actionthriller, der nie abhebt.\n\nNächste Woche "
            "in SOFAKINO: eine neue Serie.",
            "Nachtflug nach Riga",
        ),
        (  # counter-case: a series' heading called a series stays the title
            "Das Haus am Haff – die neue Serie bei Arte\nVon Tom Harz\nSechs Folgen, drei Schwestern, ein Gutshaus. "
            "Das Haus am Haff ist klug erzählt.",
            "Das Haus am Haff",
        ),
    ],
)
def test_a_column_name_is_no_title(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a dispatch: the film reviewed quoted once at the top, another once in the closing "Elsewhere"
            "Venice Dispatch: Two Brothers, One Boat, and the Best Film of the Week\n\nVenice – Day four, and the "
            'queue outside the Sala Grande was talking about one film.\n\n"The Weight of Water," the second '
            "feature from Greek director Nikos Varla, premiered on Friday and left the audience in tears. It is a "
            'small film, but a wise one.\n\nElsewhere: I also caught "Glass Harbour" and liked it. More tomorrow.',
            "The Weight of Water",
        ),
        (  # a maker's role and name as a sentence's subject is no title; "Also screening:" names others
            "Festival Diary, Day 2\nBy Ray Amis\nEveryone is talking about The Last Orchard. Director Efua Boateng "
            "tells the story of two farmers feuding over a fence, and The Last Orchard makes it a tragedy.\nAlso "
            "screening: “Paper Kites” and “The Tenth Floor”.",
            "The Last Orchard",
        ),
        (  # German: "Außerdem gesehen:"
            "Berlinale-Tagebuch, Tag 3\nVon Eva Kühn\nDer beste Film bisher heißt „Marschland“. Regisseur Jan Rode "
            "erzählt von einer Schäferin an der Küste. Marschland ist wortkarg und schön.\nAußerdem gesehen: "
            "„Die Uhrmacherin“, ein solides Biopic.",
            "Marschland",
        ),
        (  # counter-case: "Außerdem ist „X“ …" goes on about the film reviewed
            "Kritik\nVon Eva Kühn\nEine Schäferin soll ihr Land verkaufen. Regisseur Jan Rode erzählt das ohne "
            "Pathos. Außerdem ist „Deichgrün“ ein politischer Film, der nie predigt.",
            "Deichgrün",
        ),
    ],
)
def test_films_named_in_passing_do_not_win(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Mediabook\nVon Rolf Eck\nDas Label bringt „Die Nacht der Krähen“ aus dem Jahr 1971 in einer schönen "
            "Edition. Die Nacht der Krähen ist ein Gruselklassiker.",
            1971,
        ),
        (
            "Vergessene Filme\nDer Horrorfilm von 1978 war ein Flop. „Das Torfhaus“ erzählt von einem Ehepaar im "
            "Moor. Das Torfhaus setzt ganz auf Atmosphäre.",
            1978,
        ),
        (
            "Wiederentdeckt\nDie Brüder von Sankt Gallen\nDas Drama stammt aus dem Jahr 1973. Die Brüder von Sankt "
            "Gallen erzählt von drei Mönchen.",
            1973,
        ),
        (
            "Cult Corner\nThe 1981 horror film Tunnelrat has finally been restored. Tunnelrat follows a subway crew "
            "trapped underground.",
            1981,
        ),
        (
            "Blu-ray review\nGrey Lagoon\nThe new release of Grey Lagoon, a thriller from 1974, is a revelation. "
            "Grey Lagoon is stylish and cruel.",
            1974,
        ),
        (  # counter-case: the novel's year, not the film's
            "Neu im Kino\nDer Fischer von Konstanz\nNach dem Roman aus dem Jahr 1968 erzählt Regisseurin Mona Falk "
            "von einem Fischer. Der Fischer von Konstanz ist elegant.",
            None,
        ),
        (  # counter-case: a date's year on the line above a genre and the title
            "Radio Kultur\nFazit | Beitrag vom 12.02.2026\nIranisches Drama „Ein Krug Milch“\nVon Jo Till\n„Ein Krug "
            "Milch“ ist heimlich gedreht und mutig.",
            None,
        ),
        (  # counter-case: a span of years is the story's time
            "Kritik\nDer Chor von Halle\nDer Film von 1979 bis 1985 erzählt, wie ein Chor die DDR übersteht. Der "
            "Chor von Halle ist bewegend.",
            None,
        ),
    ],
)
def test_production_year_said_in_prose(text: str, year: int | None) -> None:
    assert film_identity(text)[2] == year


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a film first named in passing and then said again stays the other film
            "Venice Diary, Day Five\nBy Paul Greer\nThe film everyone is talking about is Glass Lake, a ghost story "
            "set in a Finnish summer house. Director Aino Laine builds dread from nothing, and Glass Lake gets "
            "under your skin.\nElsewhere, the new film from Dan Ross, “Neon Choir,” was a disappointment. “Neon "
            "Choir” wants to be a crime epic and ends up a music video.",
            "Glass Lake",
        ),
        (  # "and" inside a title-cased run: the whole name
            "MOVIES > REVIEWS > COMEDY\nReview: Three Funerals and a Robbery never finds its rhythm\nBy Carl Ode\n"
            "Three Funerals and a Robbery has a great premise: an undertaker who robs the mourners.",
            "Three Funerals and a Robbery",
        ),
        (  # counter-case: two persons joined by "and" are no title
            "Review: ‘Second Summers’ is a tender romance\nBy Carl Ode\nIn “Second Summers,” Mira and Joon Ho meet "
            "again after twenty years. Mira and Joon Ho talk, walk and part. “Second Summers” is lovely.",
            "Second Summers",
        ),
        (  # "X plays like …" is said of a film, not an actor
            "Film › Reviews › Thriller\n\nA chamber piece that slowly tightens\n\nBy Ron Hale\n\nFor its first act, "
            "Night Line plays like a radio drama. Night Line never leaves the studio, and it never needs to.",
            "Night Line",
        ),
        (  # a review cue over a heading line the body repeats: the cue names a label
            "Arrow Video review\nMoonrise Motel\nThis 1977 slasher gets a lavish new disc. Moonrise Motel is cheap "
            "but fun.",
            "Moonrise Motel",
        ),
    ],
)
def test_passing_films_runs_and_labels(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Cult Classics\nBlack Reef\nReleased in 1974, Black Reef was dismissed as a knock-off. Black Reef deserves "
            "better.",
            1974,
        ),
        (
            "Arrow Video review\nMoonrise Motel\nThis 1977 slasher gets a lavish new disc. Moonrise Motel is cheap but "
            "fun.",
            1977,
        ),
        (
            "Klassiker\nDer Zeuge am Fenster\nDer 1959 gedrehte Krimi ist ein Juwel. Der Zeuge am Fenster erzählt von "
            "einem Zeugen.",
            1959,
        ),
        ("TV-Tipp\nDer Eisberg\nDer Film entstand 1977 in den Alpen. Der Eisberg erzählt von einem Bergführer.", 1977),
        (  # counter-case: the story's year
            "Review\nSilver Pond Summer\nSet in 1985, Silver Pond Summer follows three teens. Silver Pond Summer is "
            "sweet.",
            None,
        ),
    ],
)
def test_more_production_years_in_prose(text: str, year: int | None) -> None:
    assert film_identity(text)[2] == year


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a shouted rubric over a heading that stands over the film's facts
            "KINO KOMPAKT\n20:15 Uhr | arte | Spielfilm\n\nNordlicht\nSchweden 1999, 98 Min. | Regie: Ola Berg\n\nEin "
            "Fischerdorf im Dezember. Ein Mann erbt das Boot seines Bruders und dessen Schulden.",
            "Nordlicht",
        ),
        (  # … or over its rating
            "TIPP\n\nWinter in der Gartenstraße\n★★★☆☆\n\nPaula ist 34, frisch getrennt und erbt eine Wohnung samt "
            "Untermieter. Der Rest ergibt sich von selbst.",
            "Winter in der Gartenstraße",
        ),
        (  # … or over a film the text quotes once and calls the film by a cue
            "KINO KOMPAKT\nHofer Filmtage, Tag 3: Ein Wunder im Scala\n\nHof, 24. Oktober. Es regnet, die Schlangen "
            "sind lang, und im Scala lief der erste große Film dieses Jahrgangs.\n\n„Was die Elbe behält“ heißt er, "
            "und er stammt von einem Regieduo aus Brünn.",
            "Was die Elbe behält",
        ),
        (  # a streaming service's name heading the page and said again in the facts
            "Prime Video\nWhat to Stream This Weekend\n\n6. Larkspur Ridge (2026)\n\nWhere to watch: Prime Video\n"
            "Genre: Thriller\n\nA surgeon moves her family to a gated mountain community. The neighbors are a little "
            "too interested in her past.",
            "Larkspur Ridge",
        ),
        (  # counter-case: a shouted title over a teaser line, nothing quoted
            "WINTERKINDER\nEin Dorf im Schnee\nVon Ida Rahn\nDrei Kinder verbringen den Winter bei ihrer Großmutter. "
            "Regisseurin Ute Kahl erzählt das mit viel Wärme.",
            "Winterkinder",
        ),
    ],
)
def test_rubrics_and_platforms_give_way(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a title over a format label over its facts is no masthead over a section label
            "Nachtdienst in Halle 4\nMediabook\nThriller · D 2024 · 97 Min.\nRegie: Ada Korn\nMit: Pia Wend, Udo Kress\n"
            "Im Logistikzentrum verschwinden nachts Paletten, dann ein Kollege. Pia Wend ist eine Entdeckung.",
            "Nachtdienst in Halle 4",
        ),
        (  # … or over the page's path
            "Nachtdienst in Halle 4\nStartseite › Kultur › Film › Thriller\nThriller · D 2024 · 97 Min.\nRegie: Ada "
            "Korn\nMit: Pia Wend, Udo Kress\nIm Logistikzentrum verschwinden nachts Paletten, dann ein Kollege.",
            "Nachtdienst in Halle 4",
        ),
        (  # counter-case: an outlet's name over its path, the headline below
            "THE REEL POST\nFilm › Reviews › Thriller\n\nThe Glass Stair review – a tight little chiller\n\nBy Ann "
            "Lowe\n\nThe Glass Stair follows a night porter in a crumbling hotel. The Glass Stair is lean and mean.",
            "The Glass Stair",
        ),
    ],
)
def test_titles_over_labels_and_facts(text: str, title: str) -> None:
    assert key_of(_title(text) or "") == key_of(title)


def test_an_article_led_possessive_is_part_of_the_title() -> None:
    """ "The Ferryman's Daughter Is a Quiet Triumph": "The Ferryman's" is no maker's possessive before the title."""
    text = (
        "Film › Reviews › Drama\n\nThe Lockkeeper's Son Is a Quiet Triumph\n\nBy Ann Lowe · 5 min read\n\nThere is a "
        "moment in The Lockkeeper's Son when nobody speaks. The Lockkeeper's Son (2026) follows a boy who takes over "
        "his father's lock after a stroke. The Lockkeeper's Son opens Friday."
    )
    assert film_identity(text)[0] == "The Lockkeeper's Son"
    assert film_identity(text)[2] == 2026


def test_a_blog_quip_after_the_dash_is_no_subtitle() -> None:
    """The headline said again in a footer does not make "… – I Watched It" part of the title the body says alone."""
    text = (
        "THE POPCORN DESK\nreviews, rants and the occasional list\n\nSkyfall Run II: Dark Water – I Watched It So You "
        "Don't Have To\n\nJuly 19, 2026 | Filed under: Reviews\n\nI liked the first Skyfall Run. Skyfall Run II: Dark "
        "Water does not know what it is. Skyfall Run II: Dark Water is two and a half hours long.\n\nShare: Skyfall "
        "Run II: Dark Water – I Watched It So You Don't Have To"
    )
    assert film_identity(text)[0] == "Skyfall Run II: Dark Water"
