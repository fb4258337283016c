"""German labels of a web page's non-article blocks (see :mod:`filmkritik.read.page_blocks`).

Each label names a box a crawler's text extraction keeps around a review: links to other articles, the
readers' comments, the author's bio, a newsletter box, the previous/next article. Lower case; a label
matches at the start of a line, alone ("Mehr zum Thema") or before a colon ("Lesen Sie auch: ...").
"""

#: Boxes of links to other articles, lists and galleries: their lines name other films and people.
RELATED = (
    "weitere beiträge zum thema",
    "weitere artikel zum thema",
    "mehr zu diesem thema",
    "mehr zum thema film",
    "empfohlener redaktioneller inhalt",
    "ähnliche beiträge",
    "verwandte beiträge",
    "weitere beiträge",
    "neueste beiträge",
    "mehr zum thema",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "lesen sie auch",
    "lesen sie dazu",
    "lies auch",
    "weiterlesen",
    "weitere kritiken",
    "mehr kritiken",
    "mehr filmkritiken",
    "weitere filmkritiken",
    "mehr kritiken aus der redaktion",
    "neueste kritiken",
    "aktuelle kritiken",
    "ähnliche artikel",
    "ähnliche filme",
    "verwandte artikel",
    "weitere artikel",
    "mehr artikel",
    "passend dazu",
    "unsere empfehlungen",
    "empfehlungen der redaktion",
    "top-artikel",
    "meistgelesen",
    "meistgelesene artikel",
    "am meisten gelesen",
    "beliebte artikel",
    "die besten filme der woche",
    "die filme der woche",
    "bildergalerie",
    "galerie",
    "fotostrecke",
    "mehr aus dem ressort",
    "mehr aus der rubrik",
)

#: The readers' comments: their opinions are not the critic's.
COMMENTS = (
    "nutzerkritiken",
    "zuschauerkritiken",
    "leserkritiken",
    "community-kritiken",
    "nutzerbewertungen",
    "zuschauerbewertungen",
    "meinungen unserer leser",
    "kommentare",
    "leserkommentare",
    "leserstimmen",
    "leserbriefe",
    "diskussion",
    "diskutieren sie mit",
    "ihre meinung",
    "kommentar schreiben",
    "kommentieren",
)

#: The author's bio.
BIO = ("über die autorin", "über den autor", "zur autorin", "zum autor", "die autorin", "der autor", "zur person")

#: Newsletter and subscription boxes.
NEWSLETTER = ("newsletter", "newsletter abonnieren", "newsletter bestellen", "unser kino-newsletter")

#: Links to the neighbouring articles.
NEIGHBOURS = ("vorheriger artikel", "nächster artikel", "zurück zur übersicht", "voriger artikel", "nächste kritik")

#: A comment's opening without a label above: "Filmfan_Jürgen schrieb am 14.02.:".
COMMENT_OPENING = r"schrieb\s+am|schreibt\s+am|antwortete\s+am|antwort\s+von"

#: Words of an author's bio: "X ist freie Filmkritikerin", "X schreibt seit 2009 über Film".
BIO_WORDS = r"filmkritiker\w*|kritiker\w*|redakteur\w*|journalist\w*|schreibt\s+(?:seit|über|für)"

#: Words of a heading over the film's cast or credits ("Die Besetzung im Überblick:", "Darsteller", "Stab und
#: Besetzung"): a bulleted list under it names the film's people, it is no sidebar of teasers.
CAST_WORDS = (
    "besetzung",
    "darsteller",
    "darstellerinnen",
    "schauspieler",
    "schauspielerinnen",
    "mitwirkende",
    "hauptrollen",
    "rollen",
    "stab",
    "sprecher",
    "sprecherinnen",
    "synchronsprecher",
)
