"""Credits, directors: director phrases, demonyms ("des Iraners X"), "ein Film von", co-directors."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from filmkritik import lang
from filmkritik.model import Span
from filmkritik.read import lexmatch, names, places
from filmkritik.read.credits import film_from_en, other_titles_en
from filmkritik.read.credits.as_roles import AsRoles
from filmkritik.read.credits.common import (
    _ADJ_INFLECTION,
    _ARTICLES,
    _LIST_GLUE,
    _LOWER_WORD,
    _QUOTED_AFTER,
    _QUOTED_TITLE,
    CLEAR,
    CREDIT,
    HINT,
    Hit,
    is_relation_noun,
)
from filmkritik.read.names import RUN

_PARTNER_AFTER = re.compile(
    r"\s+und\s+(?:sein|ihr)(?:e|em|en)?\s+(?:[a-zäöüß]+(?:e|en|er)\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)\s+(?=[^\W\d_a-zäöüß])"
)
_FILM_OF_DESCRIBED = re.compile(
    r"\s(?:der|des)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?)\s+(?=[^\W\d_a-zäöüß])"
)
_IN_TITLE_TELLS = re.compile(
    r"\b[Ii]n\s+[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]\s+(?P<verb>erzählt|erzählen|schildert|schildern)\s+"
)
_RESPONSIBLE_FOR = re.compile(
    rf"(?P<name>{RUN}),\s+(?:der|die)\s+(?:auch\s+|hier\s+)?für\s+(?:[„“\"»](?P<title>[^„“\"»«\n]{{1,60}})[“”\"«]|"
    r"diesen\s+Film|den\s+Film)\s+(?:auch\s+)?verantwortlich\s+zeichnet"
)
_MADE_BEFORE_TELLS = re.compile(
    rf"(?P<name>{RUN}),\s+(?:der|die)\s+[^,.;:!?()\n]{{1,80}}\s(?:gedreht|inszeniert|realisiert)\s+hat,\s+"
    r"(?:erzählt|inszeniert|zeigt|schildert)\b"
)
#: "A und B, die gemeinsam Regie führten und auch das Buch schrieben": a relative clause whose verb says its names
#: directed (German puts that verb last, so the leads that open with "Regie führte" miss it).
_RELATIVE_DIRECTED_DE = re.compile(
    rf"(?P<a>{RUN})(?:\s+und\s+(?P<b>{RUN}))?,\s+(?:der|die)\s+(?:[a-zäöüß]+\s+){{0,3}}"
    r"Regie\s+(?:führte|führten|geführt\s+(?:hat|haben))\b"
)
#: "X verfilmt den Familienroman „T“": the one who films a book under the reviewed film's title made the film.
_FILMS_THE_BOOK_DE = re.compile(
    rf"(?P<name>{RUN})\s+(?:verfilmt|adaptiert)\s+(?:(?:den|die|das|ihren|seinen|ihr|sein)\s+)?(?:[a-zäöüß]+\s+){{0,2}}"
    r"(?:[A-ZÄÖÜ][a-zäöüß-]+\s+){0,3}[„“\"»](?P<title>[^„“\"»«\n]{1,60})[“”\"«]"
)
_NOT_THIS_DIRECTING = re.compile(r"\b(?:nie|niemals|selbst|sonst|gern|gerne|lieber)\b")
#: "der Regisseur", "die Regisseurin" with no name after it (a lower-case word or a stop follows).
_BARE_DIRECTOR_NOUN_DE = re.compile(
    r"(?<![\w-])[Dd](?:er|ie)\s+Regisseur(?:in)?(?=\s+[a-zäöüß]|\s*[,.;:]|\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+[a-zäöüß])"
)
_OTHER_JOB_DE = re.compile(
    r"Drehbuch|Buch|Kamera|Musik|Schnitt|Montage|Produ[kz]|Autor|Romanvorlage|schrieb|spiel|verkörper|Darsteller|"
    r"Schauspieler|Rolle|Figur|Stimme|Kritik|Kritiker"
)
_TELLS_OF = re.compile(r"\s(?:von|vom)\s")
_SIBLINGS = re.compile(r"Brüder|Schwestern|Geschwister")
_DIRECTOR_NOUN = re.compile(r"(?:Regisseur|Filmemacher|Regisseurin|Filmemacherin)s?")
#: A quoted title, then an apposition or a copula, then a film noun ("„X“, dem neuen Film", "„X“ ist der dritte Film").
_TITLE_THEN_FILM_NOUN = re.compile(
    r"[„“\"»]([^„“\"»«\n]{1,60})[“”\"«]\s*(?:,\s*|\s+(?:ist|war)\s+)(?:der|die|das|dem|den|ein|eine|einem)\s+"
    r"(?:[\wäöüß-]+\s+){0,3}?[\wäöüß-]*(?:[Ff]ilm|[Ww]erk|[Dd]rama|[Kk]omödie|[Tt]hriller|[Dd]ebüt)\s"
)
#: Words after a list of names that close it rather than open a clause ("directed by A and B and it shows").
_LIST_END_WORDS = frozenset(
    "und and or oder sowie aber but in im mit with for für from aus von nach auf at on zu".split()
)
_TITLE_BY_END = re.compile(
    r"\s*(?:[,.;:!?)–—]|$)|\s+(?:war|ist|wird|hat|läuft|lief|gewann|eröffnete|eröffnet|feierte|feiert)\b"
)
_PLURAL_LEAD = re.compile(
    r"duo|team|pair|partners|siblings|couple|führten|übernahmen|teilten|teilen|Inszeniert\s+haben"
)
#: An aside between a director lead and the name: "Regie führte, wie schon beim ersten Teil, X".
_ASIDE_AFTER_LEAD = re.compile(r"\s*,\s+(?:wie|so\s+wie|ebenso\s+wie)\s+[^,.;:!?()\n]{1,60},\s+(?=[^\W\d_a-zäöüß])")
_TITLE_BY = re.compile(r"[„“\"»]([^„“\"»«\n]{1,60})[“”\"«],?\s+von\s+(?=[^\W\d_a-zäöüß])")
#: The characters a match of :data:`_TITLE_BY` opens with (it is tried only where one stands).
_TITLE_BY_OPENINGS = '„“"»'
#: A list of names that ends where a directing verb begins ("A und B | inszenierten").
_NAME_LIST_END = re.compile(rf"(?:{RUN})(?:(?:,\s+|\s+(?:und|and|&)\s+)(?:{RUN}))*\s+$")


@dataclass(frozen=True)
class _DirectorPatterns:
    """One language's director phrases (see :meth:`Reader.director_phrases`), compiled once."""

    leads: lexmatch.LedPattern
    #: Strings one of which every lead opens with, when the short ones (under four characters, found case as written)
    #: are capitalised and so rare; the longer ones are found in the lower-cased text (``ReaderBase.positions``, which
    #: rules out most at once). ``None``: the leads are searched as a whole (English: "in", "the", "its").
    lead_openings: tuple[tuple[str, bool], ...] | None
    together: lexmatch.OpeningLedPattern
    own_film: lexmatch.LedPattern
    apposition: lexmatch.LedPattern
    adverbs: frozenset[str]
    triggers: tuple[str, ...]
    other_roles: re.Pattern[str]  # "cinematographer", "Schauspielerin": a description that makes no director


@cache
def _director_patterns(code: str) -> _DirectorPatterns:
    d = lang.data(code, "credits")
    # (or an aside after the lead: "Regie führte, wie schon beim ersten Teil, X")
    leads = rf"(?:{d.DIRECTOR_LEADS})(?:\s+|(?=,\s+(?:wie|so\s+wie|ebenso\s+wie)\s))"
    return _DirectorPatterns(
        leads=lexmatch.LedPattern(leads),
        lead_openings=_lead_openings(leads),
        # (found from its few openings, "inszenierten", "haben", "führten": the engine would try it at every i, h, f, e)
        together=lexmatch.OpeningLedPattern(d.DIRECTED_TOGETHER),
        own_film=lexmatch.LedPattern(d.OWN_FILM_MADE),
        apposition=lexmatch.LedPattern(d.DIRECTOR_APPOSITION),
        adverbs=d.DIRECTOR_LEAD_ADVERBS,
        triggers=d.DIRECTOR_PHRASE_TRIGGERS,
        other_roles=re.compile(
            rf"(?i)(?:[\w-]*-)?(?:{d.ACTOR_NOUNS}|{d.WRITER_NOUNS}|{d.COMPOSER_NOUNS}|{d.CREW_NOUNS})(?:in|s|nen)?"
        ),
    )


def _lead_openings(pattern: str) -> tuple[tuple[str, bool], ...] | None:
    """What :attr:`_DirectorPatterns.lead_openings` holds for the leads ``pattern``: its literal openings, each with
    whether it is looked for lower-cased; none that another one opens (that one's places hold its own)."""
    found = lexmatch.literal_openings(pattern, shortest=2)
    if found is None or any(len(o) < 4 and not o[0].isupper() for o in found):
        return None
    forms = {o if o[0].isupper() and o.lower() not in found else o.lower() for o in found}
    kept = sorted(o for o in forms if not any(o != p and o.startswith(p) for p in forms))
    return tuple((o, not o[0].isupper()) for o in kept)


_OWN_FILM = re.compile(
    r"\bist\s+(?:ihr|sein)\s+(?:(?:erster|zweiter|dritter|vierter|neuer|neuester|jüngster|langer)\s+){0,3}"
    r"(?:Spielfilm|Film|Langfilm|Kinofilm|Debüt|Debütfilm|Spielfilmdebüt|Langfilmdebüt)\b"
)


#: "The Mulcahy sisters, Deirdre and Aoife,", "the Vance sisters (Hallie and Joanna".
_SIBLINGS_EN = re.compile(
    r"\b[Tt]he\s+(?P<sur>[A-Z][\w'’-]+)\s+(?:brothers|sisters|siblings|twins)(?:,\s+|\s+\()"
    r"(?P<a>[A-Z][\w'’-]+)\s+(?:and|&)\s+(?P<b>[A-Z][\w'’-]+)(?=[,)])"
)
#: What the siblings do: direct, or make films (not "who make cheese").
_SIBLINGS_DIRECT_EN = re.compile(
    r"[^.;!?()]{0,40}?[),]\s+(?:who\s+)?(?:(?:have|had)\s+(?:been\s+)?|also\s+)?(?:directed|direct|directs|directing|"
    r"co-directed|co-direct|helmed|helm|wrote\s+and\s+directed|(?:made|make|makes|making)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:films?|movies?|features?|horror|documentaries|shorts|comedies|thrillers|westerns))\b"
)


#: "Marisol and Teodoro Vance-Ibarra": two given names sharing one family name.
_SHARED_SURNAME_EN = re.compile(
    r"\b(?P<a>[A-Z][\w-]+)\s+(?:and|&)\s+(?P<b>[A-Z][\w-]+)\s+(?P<sur>(?:(?:de|van|von|di|da|del|le|la)\s+)?"
    r"[A-Z][\w-]*(?:['’][A-Z][\w-]+)?)(?=['’]s?\s|[\s,.;:)])"
)
#: Before the pair: "from the Italian brothers", "by sisters"; after it: "..., who made X, directed."
_SIBLINGS_BEFORE_EN = re.compile(
    r"\b(?:from|by)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+|[a-z-]+\s+){0,2}(?:brothers|sisters|siblings|twins)\s+$"
)
_SIBLINGS_DIRECTED_BY_EN = re.compile(
    r"\b(?:[Dd]irected|[Cc]o-directed|[Hh]elmed|[Mm]ade)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:siblings|brothers|sisters|twins|couple|"
    r"duo|spouses)\s+(?=[^\W\d_a-z])"
)
_WORD_BEFORE_GLUE = re.compile(r"(?<![\w-])[A-Z][\w-]+$")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_DIRECTED_AFTER_EN = re.compile(r"(?:,\s+[^,;.!?()\n]{1,100},)?\s+(?:co-)?directed(?=\s*[.,;!]|\s+(?:it|the\s+film)\b)")


#: A plain statement of who directed ("Regie führte X", "Die Regie übernahm diesmal X", "Regie geführt hat X"): as
#: firm as a credit line, so a possessive in a comparison ("was Xs Film so großartig macht") does not tie with it.
_REGIE_STATEMENT = re.compile(
    r"(?:[Dd]ie\s+)?Regie\s+(?:führte|führt|führten|übernahm|übernimmt|übernahmen|teilten\s+sich|teilen\s+sich|"
    r"geführt\s+(?:hat|haben))\b"
)
#: Leads the language data does not hold (German): "Gedreht hat die Komödie die Hamburgerin X" (a film noun after
#: "die"), and the maker after a graduation or debut film, past a participle phrase ("das Kinodebüt des bisher vor
#: allem fürs Fernsehen tätigen X", "das Abschlussprojekt der Ludwigsburgerin X"; not a bare "Debüt", which an actor
#: has too).
_EXTRA_LEADS_DE = lexmatch.OpeningLedPattern(
    r"\b(?:Inszeniert|Gedreht|Realisiert)\s+(?:hat|haben)\s+(?:die|diese)\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?=(?:der|die)\s)"
    # "Inszeniert hat alle sechs Folgen X", "Gedreht hat den Film X": an object, then the maker's name
    r"|\b(?:Inszeniert|Gedreht|Realisiert)\s+(?:hat|haben)\s+(?:alle|sämtliche|den|das|diesen|dieses)\s+(?:[a-zäöüß]+\s+)?"
    r"[A-ZÄÖÜ][\wäöüß-]+\s+(?=[^\W\d_a-zäöüß])"
    r"|\b(?:Kinodebüt|Abschlussfilm|Abschlussprojekt|Diplomfilm|Debütfilm)\s+(?:der|des)\s+"
    r"(?:(?:(?:[a-zäöüß]+|[A-ZÄÖÜ][a-zäöüß]+)\s+){0,5}?[a-zäöüß]+(?:en|e)\s+)?(?=[^\W\d_a-zäöüß])"
)
#: "X hat eine Komödie über eine Frau gedreht", "X hat mit ihrem zweiten Spielfilm eine Großstadtballade gedreht":
#: the sentence's subject made a film (tried only in sentences holding the participle).
_MADE_A_FILM_DE = re.compile(
    rf"(?P<name>{RUN})\s+hat\s+(?:mit\s+(?:ihrem|seinem)\s+(?:[a-zäöüß]+\s+){{0,2}}[A-ZÄÖÜ][\wäöüß-]+\s+|"
    # ("X hat mit „Titel“ eine Komödie über ... gedreht": the title; the caller checks it is the reviewed film's)
    r"mit\s+[„“\"»][^„“\"»«\n]{1,60}[“”\"«]\s+|"
    r"aus\s+[^.;:!?\n„“\"»«]{1,60}?\s+)?"
    r"(?:eine|einen|ein|den\s+Film|diesen\s+Film|ihn(?=\s+(?:in|im|an|am|auf|mit|vor|über|zwischen|unter)\s))\s+"
    r"(?P<what>[^.;:!?\n„“\"»«]{0,90}?)\s?"
    r"(?P<verb>gedreht|inszeniert|realisiert|gemacht)\b"
)
#: "Ihr Wettbewerbsbeitrag „Titel“", "Sein neuer Film „Titel“": a maker's possessive before a film word and a title.
_OWN_FILM_TITLED_DE = re.compile(
    r"\b(?:Ihr|Sein)\s+(?:[a-zäöüß]+e[rs]?\s+)?(?:Wettbewerbsbeitrag|Beitrag|Film|Spielfilm|Langfilm|Kinofilm|Debüt|"
    r"Spielfilmdebüt|Langfilmdebüt|Regiedebüt|Erstling|Werk)\s+[„“\"»](?P<title>[^„“\"»«\n]{1,60})[“”\"«]"
)
#: "... hat X eine Komödie über ... gedreht", "... hat X Regie geführt": the subject after the auxiliary.
_MADE_INVERTED_DE = re.compile(
    rf"\b(?:hat|haben)\s+(?P<name>{RUN})\s+(?:(?:gemeinsam|zusammen|hier|diesmal|nun|jetzt|erneut|wieder|auch)\s+)?"
    r"(?:(?:die\s+)?Regie\s+geführt|(?:eine|einen|ein|den\s+Film|diesen\s+Film)\s+(?P<what>[^.;:!?\n„“\"»«]{0,90}?)\s?"
    r"(?:gedreht|inszeniert|realisiert))\b"
)
_DIRECTION_TAKEN_DE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?:Die\s+)?Regie\s+(?:hat|hatte)\s+"
    # ("Regie hat übrigens X geführt": an adverb before the name)
    r"(?:(?:übrigens|diesmal|hier|dabei|erneut|wieder|auch|nun|eigentlich|ausgerechnet|wiederum)\s+)?"
    rf"(?P<name>{RUN})\s+"
    r"(?:[a-zäöüß]+\s+){0,2}(?:übernommen|geführt)\b"
)
#: "Gemeinsam mit ihrem Mann X hat ...": a partner opening the sentence.
_TOGETHER_WITH_DE = re.compile(
    rf"(?:Gemeinsam|Zusammen)\s+mit\s+(?:(?:ihrem|seinem|ihrer|seiner|dem|der)\s+(?:[a-zäöüß]+e[nmr]?\s+)?"
    rf"(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?)?(?P<name>{RUN})\s+(?:hat|haben)\s"
)
#: What "gemacht" needs to be about a film: "hat aus der Geschichte eine charmante Komödie gemacht".
_FILM_MADE_NOUN = re.compile(
    r"(?:[Ff]ilm|[Kk]omödie|[Dd]rama|[Tt]hriller|[Kk]rimi|[Ww]estern|[Dd]oku\w*|[Mm]usical|[Mm]elodram\w*|[Bb]allade|"
    r"[Ss]atire|[Ff]arce|[Gg]roteske|[Mm]ärchen|[Bb]iopic|[Ee]pos)\b"
)
#: "X hat für seinen neuen Actionthriller „T“ ...", "Für ihre Komödie „T“ hat X ...": the maker's own film under the
#: reviewed film's title (the noun must be a film's; the caller checks the title and the person's other jobs).
_FOR_OWN_FILM_DE = re.compile(
    # (a relative clause may stand between the name and "hat": "Die Tirolerin X, die ... bekannt wurde, hat sich für")
    rf"(?:(?P<name>{RUN})(?:,\s+(?:der|die)\s+[^,;:!?„“\"»\n]{{1,120}},)?\s+(?:hat|hatte)\s+(?:[a-zäöüß]+\s+){{0,2}}"
    r"(?P<for>f)|(?P<For>F))ür\s+(?:seinen|ihren|sein|ihr|seine|ihre)\s+"
    r"(?:[a-zäöüß]+(?:e|en|es|er)\s+){0,2}(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)(?:\s+[„“\"»](?P<title>[^„“\"»«\n]{1,60})[“”\"«])?"
    rf"(?:\s+(?:hat|hatte)\s+(?:[a-zäöüß]+\s+){{0,2}}(?P<after>{RUN}))?"
)
#: A maker's own debut, which needs no title after it to name the film's maker (not "Kinodebüt": actors have one).
_MAKERS_DEBUT_DE = frozenset(
    "Spielfilmdebüt Langfilmdebüt Regiedebüt Debütfilm Erstlingsfilm Spielfilmerstling".split()
)
#: "„Die Kerze im Fenster“ des irischen Regisseurs X", "„T“ (Originaltitel: „...“) des Argentiniers X": a quoted
#: title, a genitive article, a director's noun or a demonym, then the maker's name.
_TITLE_OF_MAKER_DE = re.compile(
    r"[„“\"»](?P<title>[^„“\"»«\n]{1,60})[“”\"«]\s*(?:\([^()\n]{0,80}\)\s*)?(?:des|der)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?)\s+(?=[^\W\d_a-zäöüß])"
)
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:aus|in|im|nach|bei|am)\s+$")
#: "In der Inszenierung von X wirkt ...": who staged the film (not a theatre's staging: see the caller).
_STAGED_BY_DE = re.compile(r"\b(?:[Ii]n|[Uu]nter)\s+der\s+Inszenierung\s+(?:von|des|der)\s+")
_STAGE_WORDS_DE = re.compile(r"Theater|Bühne|Oper|Schauspielhaus|Festspiele|Stück|Inszenierungen")
#: "Für die Inszenierung verantwortlich ist X", "Verantwortlich für die Regie zeichnet X": who directed, said plainly.
_IN_CHARGE_DE = lexmatch.OpeningLedPattern(
    r"\b(?:Für\s+(?:die\s+)?(?:Inszenierung|Regie)\s+verantwortlich\s+(?:ist|war|zeichnet|zeichnete)|"
    r"Verantwortlich\s+für\s+(?:die\s+)?(?:Inszenierung|Regie)\s+(?:ist|war|zeichnet|zeichnete))\s+"
)
#: "Mit „Nachtfalter“ legt die Frankfurterin X einen Film vor": the reviewed film, then its maker presenting it.
_WITH_TITLE_PRESENTS_DE = re.compile(
    r"\bMit\s+[„“\"»](?P<title>[^„“\"»«\n]{1,60})[“”\"«]\s+(?:legt|präsentiert|liefert)\s+"
)
_PRESENTS_AFTER_NAME = re.compile(r"\s+(?:einen|ein|ihren|seinen|ihr|sein)\s+[^.;:!?\n]{0,60}?\bvor\b")
#: A transcript's question and its answer after a speaker's label: "Wer hat den Film gedreht?" / "Freitag: A und B".
_WHO_DIRECTED_ANSWER = re.compile(
    r"\bWer\s+(?:hat|führt|führte)\s+[^?\n]{0,40}?(?:gedreht|inszeniert|Regie(?:\s+geführt)?|(?:den|diesen)\s+Film\s+gemacht)"
    r"\s*\?[ \t]*\n+[ \t]*[A-ZÄÖÜ][\wäöüß-]+:[ \t]+"
    # ("Die Dänin X.": a nationality noun before the answer's name)
    r"(?:(?:Die|Der)\s+(?:[a-zäöüß]+e\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:in|er|e)\s+(?=[^\W\d_a-zäöüß]))?"
)
#: The same in an English transcript: "Who directed?" / "DEVI: Shelby N., her first feature."
_WHO_DIRECTED_ANSWER_EN = re.compile(
    r"\bWho\s+(?:directed(?:\s+(?:it|this|the\s+film|the\s+movie))?|(?:is|was)\s+the\s+director|made\s+(?:it|this|the\s+film))"
    r"\s*\?[ \t]*\n+[ \t]*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?:[ \t]+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,2})?"
)
#: "Davon erzählt X in ihrem dritten Film": a verb of telling, the maker, then her own film (a hint, like "In ihrem
#: Film erzählt X").
_TELLS_IN_OWN_FILM_DE = lexmatch.OpeningLedPattern(
    rf"\b(?:erzählt|inszeniert|schildert|porträtiert)\s+(?P<name>{RUN})\s+in\s+(?:ihrem|seinem)\s+"
    r"(?:[a-zäöüß]+\s+){0,2}(?:Film|Spielfilm|Langfilm|Kinofilm|Debüt|Spielfilmdebüt|Langfilmdebüt|Dokumentarfilm|"
    r"Erstling|Werk)\b"
)
#: What a film made long ago or of another kind looks like in that sentence: another work, not the reviewed film.
_OTHER_MAKING = re.compile(
    r"(?i)\b(?:damals|früher|einst|einmal|seinerzeit|bereits|schon|zuvor|vorher|bislang|bisher|(?:19|20)\d\d)\b|"
    r"[Kk]urzfilm|[Ww]erbe|[Mm]usikvideo|[Ss]erie|[Ff]olge|[Ee]pisode|[Tt]atort"
)
_THIS_FILM = re.compile(r"\s+hat\s+(?:den|diesen)\s+Film\b")
#: "Die beiden haben den Film gemeinsam inszeniert": the pair the sentence before names directs.
_PAIR_DIRECTS_DE = lexmatch.OpeningLedPattern(
    r"\b(?:Die\s+beiden|die\s+beiden|Beide|beide|Die\s+zwei|die\s+zwei)\s+(?:(?:haben|hatten)\s+[^.;:!?\n]{0,60}?(?:gemeinsam|zusammen)\s+"
    r"(?:inszeniert|gedreht|realisiert)|inszenierten|führten\s+(?:gemeinsam\s+|zusammen\s+)?Regie)\b"
)
_PAIR_BEFORE = re.compile(rf"(?P<a>{RUN})\s+und\s+(?P<b>{RUN})")
#: "X, die an der Filmhochschule studiert hat und hier ihren Abschlussfilm zeigt, erzählt von ...": a relative clause
#: that shows the person's own film, then a verb of telling.
_SHOWS_OWN_FILM_TELLS = re.compile(
    rf"(?P<name>{RUN}),\s+(?:der|die)\s+[^,.;:!?()\n]{{1,100}}?\s(?:seinen|ihren)\s+(?:[a-zäöüß]+\s+){{0,2}}"
    r"(?:Film|Spielfilm|Langfilm|Abschlussfilm|Debütfilm|Debüt|Erstling)\s+(?:zeigt|präsentiert|vorstellt),\s+"
    r"(?:erzählt|inszeniert|zeigt|schildert)\b"
)
#: "X, die in Lille aufgewachsen ist und dort bis heute lebt, erzählt (in „T“ / hier) von ...": a name opening its
#: sentence, a relative clause or an apposition set off by commas, then a maker's verb of telling or showing.
_CLAUSE_THEN_TELLS_DE = re.compile(
    rf"(?P<name>{RUN}),\s+(?P<clause>(?:der|die|\d{{4}}\s|geboren|aufgewachsen)[^.;:!?()\n„“\"»«]{{1,160}}?),\s+"
    r"(?P<verb>erzählt|porträtiert|begleitet|schildert|beobachtet|zeigt)\s+"
    r"(?P<what>in\s+[„“\"»](?P<title>[^„“\"»«\n]{1,60})[“”\"«]|in\s+(?:ihrem|seinem)\s+(?:[a-zäöüß]+\s+){0,2}"
    r"(?:Film|Spielfilm|Langfilm|Kinofilm|Debüt|Spielfilmdebüt|Langfilmdebüt|Dokumentarfilm|Erstling)\b|hier\b|von\s|vom\s)?"
)
_CLAUSE_TELL_VERBS_DE = ("erzählt", "porträtiert", "begleitet", "schildert", "beobachtet", "zeigt")
#: Words of a relative clause that make its person a performer ("die hier ihre erste Hauptrolle spielt").
_PERFORMER_CLAUSE_DE = re.compile(r"\b(?:spielt|spielte|gespielt|Rolle|Hauptrolle|Darstellerin|Darsteller|Schauspiel\w*)\b")
#: A describing noun after "des"/"der" that names where a maker comes from ("des Grazers", "der Hamburgerin").
_PLACE_DEMONYM = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:ers|erin|er)")


_DIRECTOR_APPOSITION_EN = re.compile(
    r"\b[Tt]he\s+(?:film['’]s\s+|movie['’]s\s+)?(?:[a-z]+\s+)?(?:[a-z]+-)?(?:director|filmmaker|co-director),\s+"
    r"(?=[^\W\d_a-z])"
)
#: What closes the name in that apposition: a comma, or a dash or a bracket opening an aside ("the writer-director,
#: X – and no relation to me – ...", "the director, X (who ...)").
_APPOSITION_NAME_CLOSE_EN = re.compile(r",|[ \t]+[–—(]|[ \t]+-[ \t]")


#: "Same director, X, same star": a sequel's returning director, named in apposition.
#: The genre words that end a German film noun's compound ("Familiendrama", "Austro-Krimi", "Gaunerstück").
_GENRE_TAILS_DE = (
    "drama",
    "film",
    "komödie",
    "krimi",
    "thriller",
    "stück",
    "märchen",
    "western",
    "satire",
    "melodram",
    "musical",
    "groteske",
    "epos",
)
#: Compounds on those tails that name no film ("Theaterstück von X": its playwright).
_NOT_FILM_COMPOUNDS_DE = (
    "theaterstück",
    "bühnenstück",
    "musikstück",
    "klavierstück",
    "lehrstück",
    "hörspiel",
    "bühnendrama",
    "versdrama",
    "lesedrama",
    "kurzfilm",
    "vorfilm",
    "werbefilm",
    "musikfilm",
)
#: What stands before such a compound: an article, perhaps adjectives ("ein isländisches", "Das Hamburger").
_GENRE_LEAD_DE = re.compile(
    r"(?:^|[\s(])(?:[Dd](?:er|ie|as|en|em|es)|[Ii]m|[Vv]om|[Zz]um|[Bb]eim|[Ee]in(?:e|em|en|es)?|[Ss]ein(?:e|em|en)?|[Ii]hr(?:e|em|en)?|"
    r"[Dd]ies(?:e|er|es|em|en))(?:\s+[\wäöüß-]+(?:e|en|er|es|em))*\s+$"
)
#: English: a genre noun after an article and a few describing words, then "from" and its maker ("a warm, funny
#: Istanbul family comedy from X"); "The film is the (feature) debut of X".
_GENRE_FROM_EN = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+,?\s+){0,4}?"
    r"(?:comedy|drama|dramedy|thriller|satire|biopic|documentary|western|musical|romance|melodrama|farce|caper|"
    r"chiller|weepie|romp|horror\s+film|crime\s+film|fable|debut\s+feature|feature\s+debut)\s+from\s+"
    r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:director|filmmaker|writer-director)\s+)?(?=[^\W\d_a-z])"
    r"|\b(?:[Tt]he\s+film|[Tt]he\s+movie|[Ii]t)\s+is\s+the\s+(?:(?:assured|confident|feature|directorial|first|"
    r"second|third)\s+){0,2}(?:debut|feature)\s+of\s+(?=[^\W\d_a-z])"
)
_GENRE_NOUNS_EN = frozenset(
    """comedy drama dramedy thriller satire biopic documentary western musical romance melodrama farce caper chiller
    weepie romp fable film feature debut""".split()
)
_SAME_DIRECTOR_EN = re.compile(r"\b[Ss]ame\s+director,\s+(?=[^\W\d_a-z])")
_APPOSITION_CLOSES = re.compile(r"\s*[,;.:)–—]")
_QUOTE_AFTER_COMMA = re.compile(r",\s*[“\"‘'„»]")
#: A list line's bullet ("- ", "* ", "• ").
_BULLET = re.compile(r"[ \t]*[-*•–][ \t]+")


@cache
def _new_work_from_en() -> re.Pattern[str]:
    """ "the new biopic from X", "his latest documentary from" (English film nouns, not only "film"/"movie")."""
    d = lang.data("en", "credits")
    # (not "film from", "movie from": the language's own cue reads those)
    words = "|".join(d.FILM_BY_WORDS)
    return re.compile(rf"\b(?:new|newest|latest)\s+(?!(?:{words})\s)(?:{d.FILM_NOUNS})\s+from\s+(?=[^\W\d_a-z])")


class DirectorCues(AsRoles):
    """Reader layer: directors."""

    def director_apposition_en(self) -> None:
        """ "The director, Saoirse Quinlan-Ash, was new to me": the director's noun, then the name between commas."""
        if "director, " not in self.text and "filmmaker, " not in self.text:
            return
        for m in _DIRECTOR_APPOSITION_EN.finditer(self.text):
            span = self.runs.starting_at(m.end())
            if not span or not _APPOSITION_NAME_CLOSE_EN.match(self.text, span[1]) or self.other_film_after(span[1]):
                continue
            raw = self.run_text(span)
            if self.full_name(raw) or (
                len(raw.split(" ")) == 2
                and self._is_person_like(raw)
                and not self.lex.is_common(raw.split(" ")[0], "en")
            ):
                self.add("director", raw, span[0], CLEAR)

    def _shared_surnames(self) -> list[re.Match[str]]:
        """Matches of ``_SHARED_SURNAME_EN``, tried only at the capitalised word before each "and"/"&" (a scan of the
        whole text from every capital letter cost about 0.15 ms per review)."""
        text = self.text
        out = []
        for glue in (" and ", " & "):
            pos = text.find(glue)
            while pos >= 0:
                before = _WORD_BEFORE_GLUE.search(text, max(0, pos - 40), pos)
                m = _SHARED_SURNAME_EN.match(text, before.start()) if before else None
                if m:
                    out.append(m)
                pos = text.find(glue, pos + len(glue))
        return out

    def _bare_director_noun_de(self) -> None:
        """ "Man muss X dankbar sein. Für ihren zweiten Spielfilm hat die Regisseurin ...": "der Regisseur" / "die
        Regisseurin" with no name after it points back to the one full name the sentence before gives (a hint: any
        clearer role of that person wins)."""
        text = self.text
        found = []
        for pos in self.found(" Regisseur"):
            # tried only at each "Regisseur" (a scan of the whole text from every word start costs more)
            m = _BARE_DIRECTOR_NOUN_DE.match(text, max(0, pos - 3))
            if m:
                found.append(m)
        for m in found:
            if m.group("noun") and not self._common_noun_de(m.group("noun")):
                continue  # "die Regisseurin Anna Berg": a name follows
            start = self.analysis.sentence_of(m.start())[0]
            if start < 2:
                continue
            before = self.analysis.sentence_of(start - 2)
            if _OTHER_JOB_DE.search(text, before[0], before[1]):
                continue  # "Das Drehbuch schrieb X. Die Regisseurin ...": that sentence names someone else's job
            people = [s for s in self.runs.within(before[0], before[1]) if self.full_name(self.run_text(s))]
            between = [s for s in self.runs.within(start, m.start()) if self.full_name(self.run_text(s))]
            if len(people) == 1 and not between:
                self.add("director", self.run_text(people[0]), people[0][0], HINT)

    def _common_noun_de(self, word: str) -> bool:
        """A German common noun ("Laien", "Szenen") that is no given name and no surname the text gives."""
        return self.lex.looks_like_noun(word, "de") and not self._given(word) and not self.full_names_ending(word)

    def co_credited_en(self) -> None:
        """ "Marisol and Teodoro Vance-Ibarra's film", "from the Italian brothers Matteo and Luca Ferraresi", "Sacha and
        Rémy Delacroix-Wen, who made ..., directed.": two given names sharing a family name direct together when a cue
        credits the second name or the pair."""
        text = self.text
        if " and " not in text and " & " not in text:
            return
        siblings = any(w in self.low for w in ("siblings", "brothers", "sisters", "twins", "couple", "duo", "spouses"))
        for m in _SIBLINGS_DIRECTED_BY_EN.finditer(text) if siblings else ():
            # "Directed by siblings A and B", "directed by the brothers A and B C"
            found = [(n, p) for n, p in self.list_after(m.end(), limit=3, skip=0) if self.full_name(n)]
            if len(found) >= 2:
                self.add_directors(found, CLEAR)
        for m in self._shared_surnames():
            a, b, sur = m.group("a"), m.group("b"), m.group("sur")
            if _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Wade Harlan and Corinne Dufresne": the first given name is someone's family name
            if not (self._given(a) and (self._given(b) or self.lex.is_first_name(b))) or self.lex.is_common(sur, "en"):
                continue
            first, second = (f"{a} {sur}", m.start("a")), (f"{b} {sur}", m.start("b"))
            credited = any(h.role == "director" and h.start == m.start("b") for h in self.hits)
            cued = bool(_SIBLINGS_BEFORE_EN.search(text, max(0, m.start() - 60), m.start())) or bool(
                _DIRECTED_AFTER_EN.match(text, m.end())
            )
            if not credited and not cued:
                continue
            if self.other_film_after(m.end()):
                continue
            self.add_directors([first, second], CLEAR)

    def demonyms(self) -> None:
        """ "der Französin Odile Marchand": a nationality noun before a director's name."""
        for m in self.finds("demonym"):
            span = self.runs.starting_at(m.end())
            if span:
                span = self._without_describing_noun(span)  # "des Schweizer Regisseurs X": an adjective, then a noun
                country = self.d.NATIONALITY_NOUN[m.group("noun")]
                self.hits.append(Hit("nationality", self.run_text(span), span[0], HINT, nationality=country))

    def other_film_after(self, pos: int) -> bool:
        """ "Piet Olsen’s “The Quiet Harbour”": a quoted title that is not the reviewed film."""
        m = _QUOTED_AFTER.match(re.sub(r"^(?:['’]s|s)\b", "", self.text[pos : pos + 90]))
        return m is not None and bool(self.titles) and not self.is_film_title(m.group(1))

    def _siblings_direct_en(self) -> None:
        """ "The Mulcahy sisters, Deirdre and Aoife, directed ...", "The Vance sisters (Hallie and Joanna, ...) have been
        making micro-budget horror": a family name, two given names, then a verb of directing (or of making films)."""
        for m in _SIBLINGS_EN.finditer(self.text):
            sentence_end = self.analysis.sentence_of(m.start())[1]
            if not _SIBLINGS_DIRECT_EN.match(self.text[m.end() : sentence_end]):
                continue
            found = [(f"{m.group(g)} {m.group('sur')}", m.start(g)) for g in ("a", "b")]
            self.add_directors(found, CLEAR)

    def directors_by(self) -> None:
        if self.code == "en" and any(lexmatch.contains(self.low, w) for w in ("brothers", "sisters", "siblings")):
            self._siblings_direct_en()
        for m in self.finds("directed_by"):
            if m.group().startswith("(") and self._listed_other_film(m.start()):
                continue  # "- Other Title (dir. X): a charming comedy": a list line's other film
            if self.code == "en" and self._other_title_directed_en(m.start()):
                continue  # 'The Korean entry "Paper Mothers," directed by X': another film's director
            if self.code == "en" and self._other_title_bracketed_en(m.start()):
                continue  # "Festival highlights: Salt and Iron (dir. X)": another film's line in a list
            listed = self.list_after(m.end(), limit=3, skip=0)
            if not listed:
                # "directed by veteran documentarian Peter Lasko": a description before a full name
                found = self._director_names(m.end())
                listed = [(n, p) for n, p in found if self.full_name(n)]
            if len(listed) >= 2 and self._clause_goes_on(listed[-1]):
                listed = listed[:-1]  # "Regie führte A und B spielt die Mutter": B opens the next clause
            partner = self._partner_after(listed[-1]) if listed and self.code == "de" else None
            if partner and not self._clause_goes_on(partner):
                listed = [*listed, partner]  # "unter der Regie von A und ihrem Bruder B"
            for name, pos in listed:
                self.hits.append(Hit("director", name, pos, CREDIT))
            self._link(listed)
        if self.code == "de":
            self._film_of_described()
            self._title_then_tells()
        for m in self.finds("film_by"):
            self._film_by_at(m.start(), m.end())
        if self.code == "de":
            for start, end in self._genre_compounds_by():
                self._film_by_at(start, end)
        if self.code == "en" and lexmatch.contains(self.low, "same director"):
            for m in _SAME_DIRECTOR_EN.finditer(self.text):
                # a sequel's "Same director, X, same star": the maker of this film and the one before
                span = self.runs.starting_at(m.end())
                if span and self.full_name(self.run_text(span)) and _APPOSITION_CLOSES.match(self.text, span[1]):
                    self.add("director", self.run_text(span), span[0], CLEAR)
        if self.code == "en":
            for m in self._genre_from_en():
                # "a warm, funny Istanbul family comedy from X", "The film is the debut of X"
                span = self.runs.starting_at(m.end())
                if (
                    span
                    and self.full_name(self.run_text(span))
                    and not places.canonical(self.run_text(span))
                    and not self.other_film_after(span[1])
                    and not _QUOTE_AFTER_COMMA.match(self.text, span[1])
                ):
                    self.add("director", self.run_text(span), span[0], CLEAR)
        if self.code == "en" and (lexmatch.contains(self.low, "new ") or lexmatch.contains(self.low, "latest ")):
            for m in _new_work_from_en().finditer(self.text):
                # "the new biopic from X": a film noun the language's "film from" does not hold
                span = self.runs.starting_at(m.end())
                if (
                    span
                    and self.full_name(self.run_text(span))
                    and not self.other_film_after(span[1])
                    and not _QUOTE_AFTER_COMMA.match(self.text, span[1])  # "…from X, “Other Film,” was …"
                ):
                    self.add("director", self.run_text(span), span[0], CLEAR)
        if self.code == "en":
            self._film_from_described_en()
        for m in self.finds("directed_after"):
            self.add("director", m.group(1), m.start(1), CLEAR)
        if self.code == "de" and (self.positions("ist ihr ") or self.positions("ist sein ")):
            self._own_film()
        for key, role in (("written_by", "writer"), ("composed_by", "composer"), ("crew_by", "crew")):
            for m in self.finds(key):
                for name, pos in self.list_after(m.end(), limit=4):
                    if " " in name or self.full_names_ending(name):
                        self.hits.append(Hit(role, name, pos, CLEAR))

    def _other_title_directed_en(self, pos: int) -> bool:
        """A quoted title that is not the reviewed film stands right before the "directed by" at ``pos``."""
        title = other_titles_en.quoted_title_before(self.text, pos)
        return title is not None and bool(self.titles) and not self.is_film_title(title)

    def _other_title_bracketed_en(self, pos: int) -> bool:
        """ "Les Bornes (dir. X)", "(directed by X)" after a title that is not the reviewed film."""
        bracket = pos if self.text.startswith("(", pos) else pos - 1
        if bracket < 0 or not self.text.startswith("(", bracket):
            return False
        if other_titles_en.bracketed_directors(self.text) < 2:
            return False  # "NIGHT FERRY (dir. X)" heading a page: the film's own credit, not a list of films
        title = other_titles_en.title_before_bracket(self.text, bracket)
        # (a sentence before the bracket, "This week we review Rust Belt Lullaby (dir. X, 2026)", names no other film)
        return (
            title is not None
            and other_titles_en.title_shaped(title)
            and bool(self.titles)
            and not self.is_film_title(title)
        )

    def _film_from_described_en(self) -> None:
        """ "the first film in nine years from X", "the first fiction feature by documentarian X": the film's maker
        after words the plain "film from X" cue does not allow (see :mod:`.film_from_en`)."""
        for pos in film_from_en.described_makers(self.text):
            span = self.runs.starting_at(pos)
            if (
                span
                and self.full_name(self.run_text(span))
                and not self.other_film_after(span[1])
                and not _QUOTE_AFTER_COMMA.match(self.text, span[1])
            ):
                self.add("director", self.run_text(span), span[0], CLEAR)

    def _genre_from_en(self) -> list[re.Match[str]]:
        """The matches of :data:`_GENRE_FROM_EN`, tried only before " from " after a genre noun and before " of "
        after "debut"/"feature" (a scan of the whole text would try every word)."""
        text = self.text
        out: dict[int, re.Match[str]] = {}
        for needle, nouns in ((" from ", _GENRE_NOUNS_EN), (" debut of ", None), (" feature of ", None)):
            for pos in self.positions(needle):
                if nouns is not None and text[text.rfind(" ", max(0, pos - 20), pos) + 1 : pos] not in nouns:
                    continue
                found = _GENRE_FROM_EN.search(text, max(0, pos - 90), min(len(text), pos + 60))
                while found and found.end() <= pos:
                    found = _GENRE_FROM_EN.search(text, found.start() + 1, min(len(text), pos + 60))
                if found and found.start() < pos:
                    out.setdefault(found.start(), found)
        return list(out.values())

    def _film_by_at(self, start: int, end: int) -> None:
        """ "ein Film von X" (the cue from ``start``, the name at ``end``): X directs, or another film's maker."""
        span = self.runs.starting_at(end)
        if span and self.code == "de" and self._other_film_named_before(start):
            self.add("other_director", self.run_text(span), span[0], CLEAR)  # "„Y“, dem neuen Film von X"
            return
        if span and not self.other_film_after(span[1]):
            found = self._director_names(span[0])
            if len(found) >= 2 and self._clause_goes_on(found[-1]):
                found = found[:1]
            if len(found) >= 2 and not self.other_film_after(found[-1][1] + len(found[-1][0])):
                self.add_directors(found, CLEAR)  # "ein Film von A und B"
            else:
                self.add("director", self.run_text(span), span[0], CLEAR)

    def _genre_compounds_by(self) -> list[Span]:
        """ "ein isländisches Familiendrama von X", "Der neue Austro-Krimi von X", "Das neapolitanische Gaunerstück
        von X": a compound ending in a genre word (the list of :data:`FILM_BY_WORDS` holds only whole words), after an
        article and adjectives, then "von" and a name. Not a stage play's or a piece of music's maker
        ("Theaterstück von X"). The cue's start and the name's start."""
        text = self.text
        out: list[Span] = []
        for pos in self.positions(" von "):
            head = text.rfind(" ", max(0, pos - 40), pos) + 1
            word = text[head:pos]
            low = self.low[head:pos].removesuffix("s")
            if (
                len(word) < 7
                or not word[:1].isupper()
                or not low.endswith(_GENRE_TAILS_DE)
                or low.endswith(_NOT_FILM_COMPOUNDS_DE)
                or word.removesuffix("s") in self.d.FILM_BY_WORDS
                or not text[pos + 5 : pos + 6].isupper()
            ):
                continue
            before = text[max(0, head - 60) : head]
            if not _GENRE_LEAD_DE.search(before):
                continue
            out.append((head, pos + 5))
        return out

    def _listed_other_film(self, pos: int) -> bool:
        """A bulleted list line naming a film before "(dir. X)" that is not the reviewed film."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        m = _BULLET.match(self.text, line_start, pos)
        if not m:
            return False
        head = self.text[m.end() : pos].strip().strip("\"'“”‘’*_")
        return bool(head) and bool(self.titles) and not self.is_film_title(head)

    def _listed_before(self, span: Span) -> tuple[str, int] | None:
        """The full name joined by "und" right before ``span`` ("A und B legen ihren Film vor": A)."""
        head = self.text[max(0, span[0] - 6) : span[0]]
        if not head.endswith(" und "):
            return None
        before = self.runs.ending_at(span[0] - 5)
        name = self.person(self.run_text(before)) if before else None
        return (name, before[0]) if before and name and " " in name and self.full_name(name) else None

    def _title_then_tells(self) -> None:
        """ "In „Sturmzeit“ erzählen die Zwillingsschwestern A und B, die ..., von einem Fischerdorf": the reviewed
        film's title, a verb of telling, then its makers (a plural verb: all of them; one name: a hint that a clearer
        credit outranks)."""
        if not self.titles:
            return
        told: list[re.Match[str]] = []
        if len(self.low) == len(self.text):
            spans = {self.analysis.sentence_of(p) for v in (" erzähl", " schilder") for p in self.positions(v)}
            for start, end in sorted(spans):
                low = self.low[start:end]
                if any(q in low for q in ("in „", 'in "', "in »", "in “")):
                    told.extend(_IN_TITLE_TELLS.finditer(self.text, start, end))
        for m in told:
            if not self.is_film_title(m.group(1)):
                continue
            found = [(n, p) for n, p in self._director_names(m.end(), limit=3) if self.full_name(n)]
            end = self.analysis.sentence_of(m.start())[1]
            if not found or not _TELLS_OF.search(self.text, found[-1][1], end):
                continue  # "In „X“ erzählen A und B, wie es war": people telling on screen, not its makers
            if len(found) >= 2 and m.group("verb").endswith("n"):
                self.add_directors(found, CLEAR)
            elif len(found) == 1 and not m.group("verb").endswith("n"):
                self.add("director", found[0][0], found[0][1], HINT)

    def _partner_after(self, last: tuple[str, int]) -> tuple[str, int] | None:
        """ "Regie führten A und ihr Lebensgefährte B", "A und sein Bruder B": a possessive and a relation (or a
        co-director's noun) between two directors a plural cue names."""
        end = self.text.find(last[0], last[1])
        m = _PARTNER_AFTER.match(self.text, end + len(last[0])) if end >= 0 else None
        if not m or not (
            is_relation_noun(m.group("noun"), self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
            or re.fullmatch(r"(?:Co-?|Ko-)?(?:Regisseur|Regisseurin|Partner|Partnerin)", m.group("noun"))
        ):
            return None
        span = self.runs.starting_at(m.end())
        name = self.person(self.run_text(span)) if span else None
        return (name, span[0]) if span and name and self.full_name(name) else None

    def _film_of_described(self) -> None:
        """ "„Die Nachtfähre“, der zweite Spielfilm der Georgierin X", "dem neuen Film des Schweizers X": a film noun,
        a genitive article, a demonym or a director's noun, then the maker's full name. A quoted title before it that
        is not the reviewed film makes X that film's director."""
        text = self.text
        seen: set[int] = set()
        for trigger in ("ilm de", "werk de"):
            for pos in self.positions(trigger):
                m = _FILM_OF_DESCRIBED.match(text, pos + len(trigger) - 3)
                if not m or m.start() in seen:
                    continue
                seen.add(m.start())
                noun = m.group("noun")
                nationality = self._nationality_between(m.start(), m.end("noun"))  # "des iranischen Regisseurs"
                if _SIBLINGS.fullmatch(noun):
                    found = self._director_names(m.end(), limit=3)
                    if len(found) >= 2 and not self._other_film_named_before(pos):
                        self.add_directors(found, CLEAR)  # "der Film der Brüder Jannik und Mats Oldenburg"
                    continue
                if not nationality and not _DIRECTOR_NOUN.fullmatch(noun) and not self._place_demonym(noun):
                    continue  # "der Film des Jahres", "der Film der Schauspielerin X"
                span = self.runs.starting_at(m.end())
                name = self.person(self.run_text(span)) if span else None
                if not span or not name or self.other_film_after(span[1]):
                    continue
                if not (self.full_name(name) or self._voice_name(name)):
                    continue  # (a demonym or "Regisseurs" before it: two name-shaped words are enough)
                if self._other_film_named_before(pos):
                    self.add("other_director", self.run_text(span), span[0], CLEAR)
                    continue
                self.add("director", self.run_text(span), span[0], CLEAR, nationality=nationality)

    def _clause_then_tells_de(self) -> None:
        """ "X, die in Lille aufgewachsen ist, erzählt in „T“ von ..." (the reviewed film's title: X directs), "...,
        erzählt hier / von ..." (a hint that a clearer credit outranks). "zeigt" only with the film named."""
        starts = {
            self.analysis.sentence_of(pos)[0]
            for verb in _CLAUSE_TELL_VERBS_DE
            for pos in self.positions(f", {verb} ")
        }
        # (the name opens its sentence: one anchored match per sentence that holds ", erzählt " or the like)
        for m in (_CLAUSE_THEN_TELLS_DE.match(self.text, start) for start in sorted(starts)):
            if m is None:
                continue
            raw = m.group("name")
            name = self.person(raw)
            if not name or name != raw or not self.full_name(name):
                continue
            if _PERFORMER_CLAUSE_DE.search(m.group("clause")):
                continue  # a performer's clause ("die hier ihre erste Hauptrolle spielt")
            title = m.group("title")
            if title is not None and not self.is_film_title(title):
                continue  # "X, ..., erzählt in „T2“": another film
            what = m.group("what")
            if what is None and m.group("verb") not in ("porträtiert", "begleitet", "beobachtet"):
                continue  # "X, die ..., erzählt, wie ...", "zeigt Mut": no film's story named
            named = title is not None or (what or "").startswith("in ")
            if m.group("verb") == "zeigt" and not named:
                continue  # "X, die ..., zeigt hier ihr ganzes Können": a performer, perhaps
            self.add("director", raw, m.start("name"), CLEAR if named else HINT)

    def _place_demonym(self, noun: str) -> bool:
        """ "Grazers", "Hamburgerin": a noun for where someone comes from, not a job or a relation."""
        return (
            _PLACE_DEMONYM.fullmatch(noun) is not None
            and not _director_patterns(self.code).other_roles.fullmatch(noun)
            and not is_relation_noun(noun, self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
        )

    def _other_film_named_before(self, pos: int) -> bool:
        """ "mit „Kaltfront“, dem neuen Film von X", "„Kaltfront“ ist der neue Film von X": a quoted title that is not
        the reviewed film stands right before the film noun, in the same sentence."""
        if not self.titles:
            return False
        start = max(self.analysis.sentence_of(pos)[0], pos - 120)
        head = _TITLE_THEN_FILM_NOUN.search(self.text, start, pos + 40)
        return head is not None and head.end() > pos and not self.is_film_title(head.group(1))

    def _own_film(self) -> None:
        """ "X hat bislang Kurzfilme gedreht; dies ist ihr erster langer Spielfilm": the person named last
        before "ist ihr/sein (erster) Film" made it (a hint: a credit or a clearer cue outranks it)."""
        for m in _OWN_FILM.finditer(self.text):
            start = self.analysis.sentence_of(m.start())[0]
            previous = self.analysis.sentence_of(max(0, start - 2))[0]
            for span in reversed(self.runs.within(previous, m.start())):
                raw = self.run_text(span)
                name = self.person(raw)
                if name and self.full_name(name):
                    self.add("director", raw, span[0], HINT)
                    break

    def add_directors(self, found: list[tuple[str, int]], strength: int, nationality: str | None = None) -> None:
        """Directors named together by one cue: each a hit, and partners of each other (see :meth:`_directors`)."""
        for k, (name, pos) in enumerate(found):
            self.add("director", name, pos, strength, nationality=nationality if k == 0 else None)
        self._link(found)

    def _link(self, found: list[tuple[str, int]]) -> None:
        for name, _ in found:
            for other, _ in found:
                if other != name:
                    self._partners[name].add(other)

    def _director_names(self, pos: int, *, limit: int = 3) -> list[tuple[str, int]]:
        """The director or directors named from ``pos``, after a few adverbs, an article, adjectives and a describing
        noun ("diesmal der junge Kroate X", "veteran documentarian X"): "A", "A und B", "A & B", "A, B and C", and
        "Mira und Jakob Ostertag" (two given names sharing the surname: both in full)."""
        text, n = self.text, len(self.text)
        dp = _director_patterns(self.code)
        adverbs = dp.adverbs
        aside = _ASIDE_AFTER_LEAD.match(text, pos) if self.code == "de" else None
        if aside:
            pos = aside.end()  # "Regie führte, wie schon beim ersten Teil, X"
        for _ in range(5):
            while pos < n and text[pos] in " \u00a0":
                pos += 1
            m = _LOWER_WORD.match(text, pos)
            if not m:
                break
            word = m.group()
            if dp.other_roles.fullmatch(word):
                return []  # "shot by cinematographer X", "Regie führte die Schauspielerin X" (a crew word first)
            if not (
                word in adverbs
                or word in _ARTICLES
                or word.endswith(("e", "en", "er", "ly"))
                or word[0].isdigit()
                or word.lower() in self.d.NATIONALITY_ADJ
                or len(word) > 6
            ):
                break
            pos = m.end()
        found: list[tuple[str, int]] = []
        while len(found) < limit:
            span = self.runs.starting_at(pos)
            if not span:
                break
            if not found:
                span = self._without_describing_noun(span)
            raw = self.run_text(span)
            name = self.person(raw)
            if not name:
                break
            found.append((name, span[0] + max(0, raw.find(name))))
            glue = _LIST_GLUE.match(text, span[1])
            if not glue or not self.runs.starting_at(glue.end()):
                break
            pos = glue.end()
        if len(found) >= 2:
            last = names.tokens(found[-1][0])
            if len(last) >= 2:
                surname = " ".join(last[1:])
                found = [
                    (f"{name} {surname}", p) if " " not in name and self._given(name) else (name, p)
                    for name, p in found[:-1]
                ] + found[-1:]
            found = [(name, p) for name, p in found if " " in name or self.full_names_ending(name)]
        return found

    def _without_describing_noun(self, span: Span) -> Span:
        """ "Grazerin Lisa Pichlmayr", "Kroate Ivan Barić", "Münchner Florian Weiß-Ebner": a run of three or more words
        whose first is no given name opens with a noun describing the person; the name is the rest."""
        words = self.run_text(span).split(" ")
        if len(words) >= 3 and words[0][:1].isupper() and not self.lex.is_first_name(words[0]):
            return (span[0] + len(words[0]) + 1, span[1])
        return span

    def director_phrases(self) -> None:
        """Director cues a fixed regex per cue cannot hold: "Regie führte diesmal der junge Kroate X", "Inszeniert hat
        es der Schweizer X", "A und B inszenierten", "A and B co-directed", "the directing duo of A and B", "In her
        feature debut, X", "X, the Spanish director whose ...", "hat mit „X“ seinen dritten Langfilm gedreht"."""
        dp = _director_patterns(self.code)
        text = self.text
        if self.titles and self.code == "de":
            # "„Grenzland“ von Katrin Moll": the reviewed film's title, then its maker
            for m in lexmatch.matches_at(_TITLE_BY, text, lexmatch.char_positions(text, _TITLE_BY_OPENINGS)):
                if self.is_film_title(m.group(1)):
                    found = self._director_names(m.end())
                    end = found[-1][1] + len(found[-1][0]) if found else 0
                    # the title and its maker as one phrase ("„X“ von Y war ...", "„X“ von Y, ..."), not "„X“ von Y
                    # synchronisiert" nor "„X“ von A / B" (a musical's authors)
                    if found and self.full_name(found[0][0]) and _TITLE_BY_END.match(text, end):
                        self.add_directors(found, CLEAR)
        if self.code == "de" and self.holds("verantwortlich zeichnet"):
            for m in _RESPONSIBLE_FOR.finditer(text):
                # "X, der für „Titel“ verantwortlich zeichnet": the reviewed film's maker
                title = m.group("title")
                if (title is None or self.is_film_title(title)) and self.full_name(m.group("name")):
                    self.add("director", m.group("name"), m.start("name"), CLEAR)
        if self.code == "de" and (self.holds("gedreht hat") or self.holds("inszeniert hat")):
            for m in _MADE_BEFORE_TELLS.finditer(text):
                # "X, der bislang vor allem Kurzfilme gedreht hat, erzählt in seinem ersten Spielfilm von ...": a
                # filmmaker (a relative clause says so) telling this film's story
                if self.full_name(m.group("name")) and not self.other_film_after(m.end()):
                    self.add("director", m.group("name"), m.start("name"), CLEAR)
        if self.code == "de" and self.holds("Regisseur"):
            self._bare_director_noun_de()
        if self.code == "de":
            self._more_german_leads()
        if self.code == "en" and self.holds("Who ") and self.holds("?"):
            for m in _WHO_DIRECTED_ANSWER_EN.finditer(text):
                found = [(n, p) for n, p in self._director_names(m.end()) if self.full_name(n)]
                if found:
                    self.add_directors(found, CLEAR)
        if not self.mentions_any(dp.triggers):
            return
        if dp.lead_openings is not None and len(self.low) == len(text):
            # (the lower-cased text holds a lower-cased opening wherever the text holds the opening: its characters
            # are lowered one for one; the blanked insertions are spaces, which no opening holds)
            starts: set[int] = set()
            for opening, lowered in dp.lead_openings:
                starts.update(self.positions(opening) if lowered else lexmatch.occurrences(text, opening))
            leads: Iterable[re.Match[str]] = lexmatch.matches_at(dp.leads.regex, text, sorted(starts))
        else:
            leads = dp.leads.finditer(text)
        for m in leads:
            found = self._director_names(m.end())
            if not found or self.other_film_after(found[-1][1] + len(found[-1][0])):
                continue
            if len(found) == 1 and not self.full_name(found[0][0]) and not self.full_names_ending(found[0][0]):
                continue  # (a surname alone counts when the text gives the full name: "Regie führte wie gesagt X")
            if len(found) >= 2 and not _PLURAL_LEAD.search(m.group()) and self._clause_goes_on(found[-1]):
                found = found[:1]  # "Regie führte A und B spielt die Mutter": B is the next clause's subject
            partner = self._partner_after(found[-1]) if self.code == "de" and _PLURAL_LEAD.search(m.group()) else None
            if partner:
                found = [*found, partner]  # "Regie führten A und ihr Lebensgefährte B"
            # "In ihrem Spielfilmdebüt erzählt X", "In her feature debut, X": a hint that an actor's cue outranks
            strength = HINT if m.group()[:3] in ("In ", "Mit", "in ") else CLEAR
            if self.code == "de" and _REGIE_STATEMENT.match(m.group()):
                strength = CREDIT  # "Regie führte X", "Die Regie übernahm X"
            self.add_directors(found, strength, nationality=self._nationality_between(m.end(), found[0][1]))
        for m in dp.together.finditer(text):
            quoted = _QUOTED_TITLE.search(m.group())
            if quoted and self.titles and not self.is_film_title(quoted.group(1)):
                continue  # "A und B haben 2019 „Y“ inszeniert": another film
            start = self.analysis.sentence_of(m.start())[0]
            head = _NAME_LIST_END.search(text, max(start, m.start() - 160), m.start())
            if not head:
                continue
            found = self._director_names(head.start(), limit=4)
            if found and found[-1][1] + len(found[-1][0]) >= head.end() - 1:
                self.add_directors(found, CLEAR)
        for m in dp.own_film.finditer(text):
            start = self.analysis.sentence_of(m.start())[0]
            for span in reversed(self.runs.within(start, m.start())):
                if _PLACE_PREPOSITION_BEFORE.search(text, max(0, span[0] - 6), span[0]):
                    continue  # "X, der aus St. Johann stammt und hier seinen ersten Langfilm vorlegt": a place
                span = self._without_describing_noun(span)
                name = self.person(self.run_text(span))
                if name and " " in name and self.full_name(name):
                    self.add("director", name, span[0], HINT)
                    partner = self._listed_before(span) if m.group().startswith("ihren") else None
                    if partner:
                        # "Nach „X“ legen A und B nun ihren zweiten Spielfilm vor": both made it
                        self.add("director", partner[0], partner[1], HINT)
                        self._link([(name, span[0]), partner])
                    break
        for m in dp.apposition.finditer(text):
            before = self.runs.ending_at(m.start())
            # (the name as a person: "Aber Torben Quandtke, der Regisseur, ..." opens with a conjunction)
            if before and self.full_name(self.person(self.run_text(before)) or self.run_text(before)):
                nat = self._nationality_between(m.start(), m.end())
                self.add("director", self.run_text(before), before[0], CLEAR, nationality=nat)

    def _inverted_made_de(self) -> None:
        """ "Nach einem Drehbuch von Y hat X eine Tragikomödie ... gedreht", "Gemeinsam mit ihrem Mann Y hat X Regie
        geführt": the subject after "hat" (something else opens the sentence); a partner named after "Gemeinsam mit"
        directs too."""
        text = self.text
        if self.holds("Regie ha"):
            for m in _DIRECTION_TAKEN_DE.finditer(text):
                # "Die Regie hat X übernommen", "Regie hatte X geführt": the job first, its holder after "hat"
                name = self._subject_name(m.group("name"))
                if name and self.full_name(name) and not self.other_film_after(m.end()):
                    self.add("director", name, m.start("name") + max(0, m.group("name").find(name)), CREDIT)
        for verb in (" gedreht", " inszeniert", " realisiert", " Regie geführt"):
            for pos in self.positions(verb.lower()):
                start = self.analysis.sentence_of(pos)[0]
                made = _MADE_INVERTED_DE.search(text, start, pos + len(verb))
                if not made or made.end() != pos + len(verb) or made.start() == start:
                    continue
                if verb != " Regie geführt" and (
                    not made.group("what")
                    or _OTHER_MAKING.search(made.group())
                    or not _FILM_MADE_NOUN.search(made.group("what"))
                ):
                    continue
                name = self._subject_name(made.group("name"))
                if not name or not self.full_name(name) or self.other_film_after(made.end()):
                    continue
                if any(q in text[start : made.end()] for q in "„“»«") and not self._quotes_only_the_film(
                    start, made.end()
                ):
                    continue  # "Nach „Y“ hat X ... gedreht": maybe another film
                found = [(name, made.start("name") + max(0, made.group("name").find(name)))]
                together = _TOGETHER_WITH_DE.match(text, start)
                if together and together.end() <= made.start("name"):
                    partner = self.person(together.group("name"))
                    if partner and self.full_name(partner):
                        found.append((partner, together.start("name") + max(0, together.group("name").find(partner))))
                self.add_directors(found, CREDIT if verb == " Regie geführt" else CLEAR)

    def _own_film_pronoun_de(self) -> None:
        """ "... könnte es die Österreicherin X sein: Ihr Wettbewerbsbeitrag „Titel“ war ...": a possessive pronoun
        before a film word and the reviewed film's title points back to the one full name just before it."""
        text = self.text
        for m in _OWN_FILM_TITLED_DE.finditer(text):
            if not self.is_film_title(m.group("title")):
                continue
            start = self.analysis.sentence_of(m.start())[0]
            if start == m.start() and start >= 2:
                lo = self.analysis.sentence_of(start - 2)[0]  # the sentence before
            elif text[start : m.start()].rstrip().endswith(":"):
                lo = start  # "...: Ihr Wettbewerbsbeitrag ...": the clause before the colon
            else:
                continue
            people = {
                p
                for r in self.runs_in(lo, m.start())
                if (p := self.person(self.run_text(r))) and " " in p and self.full_name(p) and not self.is_film_title(p)
            }
            known = {h.name for h in self.hits if h.role in ("actor", "critic", "other_director", "writer", "crew")}
            if len(people) == 1 and not people & known:
                name = next(iter(people))
                self.add("director", name, text.rfind(name, lo, m.start()), CLEAR)

    def _more_german_leads(self) -> None:
        """German director phrases beyond the language data's leads: "Gedreht hat die Komödie die Hamburgerin X",
        "das Kinodebüt des bisher fürs Fernsehen tätigen X", "X hat eine Komödie über ... gedreht", "Die beiden haben
        den Film gemeinsam inszeniert", "X, die ... ihren Abschlussfilm zeigt, erzählt von ..."."""
        text, low = self.text, self.low
        if (
            self.holds("edreht hat ")
            or self.holds("nszeniert hat ")
            or self.holds("ealisiert hat ")
            or lexmatch.contains(low, "ebüt d")
            or (lexmatch.contains(low, "abschluss") or lexmatch.contains(low, "diplomfilm"))
        ):
            for m in _EXTRA_LEADS_DE.finditer(text):
                found = [(n, p) for n, p in self._director_names(m.end()) if self.full_name(n)]
                if not found or self.other_film_after(found[-1][1] + len(found[-1][0])):
                    continue
                if self._other_film_named_before(m.start()):
                    continue  # "„Y“, das Debüt der X": another film's maker
                self.add_directors(found, CLEAR, nationality=self._nationality_between(m.start(), found[0][1]))
        for verb in (" gedreht", " inszeniert", " realisiert", " gemacht"):
            for pos in self.positions(verb):
                start, end = self.analysis.sentence_of(pos)
                made = _MADE_A_FILM_DE.search(text, start, pos + len(verb))
                if not made or made.end() != pos + len(verb):
                    continue
                if verb == " gemacht" and not _FILM_MADE_NOUN.search(made.group("what")):
                    continue  # "hat einen Fehler gemacht"
                if _OTHER_MAKING.search(made.group()) and not _THIS_FILM.match(text, made.end("name")):
                    continue  # "X hat schon 2015 eine Komödie gedreht", "X hat einen Kurzfilm gedreht": other work
                name = self._subject_name(made.group("name"))
                if not name and " " not in made.group("name") and _THIS_FILM.match(text, made.end("name")):
                    # "Kogler hat den Film fast ganz in einem Raum gedreht": a surname, one full name ending with it
                    fuller = self.full_names_ending(made.group("name"))
                    name = fuller[0] if len(fuller) == 1 else None
                if not name or not self.full_name(name) or self.other_film_after(made.end()):
                    continue
                if any(q in text[start:end] for q in "„“»«") and not self._quotes_only_the_film(start, end):
                    continue  # "X hat 2019 mit „Y“ einen Film gedreht": another film
                self.add("director", name, made.start("name") + max(0, made.group("name").find(name)), CLEAR)
        if self.holds(" hat "):
            self._inverted_made_de()
        if self.holds("erantwortlich"):
            for m in _IN_CHARGE_DE.finditer(text):
                found = [(n, p) for n, p in self._director_names(m.end()) if self.full_name(n)]
                if found and not self.other_film_after(found[-1][1] + len(found[-1][0])):
                    self.add_directors(found, CLEAR, nationality=self._nationality_between(m.end(), found[0][1]))
        if self.titles and self.holds("Mit "):
            for m in lexmatch.matches_at(_WITH_TITLE_PRESENTS_DE, text, lexmatch.occurrences(text, "Mit")):
                found = self._director_names(m.end())
                if not found or not self.full_name(found[0][0]) or not self.is_film_title(m.group("title")):
                    continue
                if _PRESENTS_AFTER_NAME.match(text, found[-1][1] + len(found[-1][0])):
                    self.add_directors(found, CLEAR, nationality=self._nationality_between(m.end(), found[0][1]))
        if self.titles and (self.holds("Ihr ") or self.holds("Sein ")):
            self._own_film_pronoun_de()
        self._clause_then_tells_de()
        if self.holds("Wer "):
            for m in _WHO_DIRECTED_ANSWER.finditer(text):
                found = [(n, p) for n, p in self._director_names(m.end()) if self.full_name(n)]
                if found:
                    self.add_directors(found, CLEAR, nationality=self._nationality_between(m.start(), found[0][1]))
        if self.holds(" in ihrem ") or self.holds(" in seinem "):
            for m in _TELLS_IN_OWN_FILM_DE.finditer(text):
                name = self.person(m.group("name"))
                if name and self.full_name(name) and not self.other_film_after(m.end()):
                    self.add("director", name, m.start("name") + max(0, m.group("name").find(name)), HINT)
        if self.titles and (
            self.holds("“ des ") or self.holds("“ der ") or self.holds(") des ") or self.holds(") der ")
        ):
            self._title_of_maker_de()
        if self.titles and (self.holds("ür sein") or self.holds("ür ihr")):
            self._for_own_film_de()
        if self.holds(" der Inszenierung "):
            for m in _STAGED_BY_DE.finditer(text):
                start, end = self.analysis.sentence_of(m.start())
                found = [(n, p) for n, p in self._director_names(m.end()) if self.full_name(n)]
                if not found or _STAGE_WORDS_DE.search(text, start, end):
                    continue  # "in der Inszenierung von X am Burgtheater": a stage production
                if not self.other_film_after(found[-1][1] + len(found[-1][0])):
                    self.add_directors(found, CLEAR)
        if lexmatch.contains(low, "beiden") or lexmatch.contains(low, "beide ") or lexmatch.contains(low, "die zwei"):
            for m in _PAIR_DIRECTS_DE.finditer(text):
                self._pair_before(m.start())
        for pos in self.positions(" regie "):
            self._relative_directed_at(pos)
        if self.titles:
            for verb in (" verfilmt ", " adaptiert "):
                for pos in self.positions(verb):
                    self._films_the_book_at(pos)
        for verb in ("zeigt, ", "präsentiert, ", "vorstellt, "):
            for pos in self.positions(verb):
                # tried only in the sentence up to each such verb (the pattern opens with a name)
                start = self.analysis.sentence_of(pos)[0]
                shown = _SHOWS_OWN_FILM_TELLS.search(text, start, min(len(text), pos + len(verb) + 12))
                if shown and self.full_name(shown.group("name")) and not self.other_film_after(shown.end()):
                    self.add("director", shown.group("name"), shown.start("name"), CLEAR)

    def _title_of_maker_de(self) -> None:
        """ "„Die Kerze im Fenster“ des irischen Regisseurs X will ...", "„T“ (Originaltitel: „...“) des Argentiniers
        X": the reviewed film's title, then its maker in the genitive (another title there names that film's)."""
        text = self.text
        starts = sorted(
            {
                p
                for w in ("“ des ", "“ der ", "” des ", "” der ", "« des ", "« der ", ") des ", ") der ")
                for p in self.found(w)
            }
        )
        for pos in starts:
            head = text.rfind("\n", 0, pos) + 1
            lo = max(head, pos - 150)
            for m in _TITLE_OF_MAKER_DE.finditer(text, lo, min(len(text), pos + 120)):
                if not (m.end("title") <= pos + 1 < m.start("noun")):
                    continue
                noun = m.group("noun")
                nationality = self._nationality_between(m.end("title"), m.end("noun"))
                if not nationality and not _DIRECTOR_NOUN.fullmatch(noun) and not self._place_demonym(noun):
                    continue  # "„T“ der Stunde", "„T“ der Schauspielerin X"
                span = self.runs.starting_at(m.end())
                name = self.person(self.run_text(span)) if span else None
                if not span or not name or not (self.full_name(name) or self._voice_name(name)):
                    continue
                role = "director" if self.is_film_title(m.group("title")) else "other_director"
                self.add(role, self.run_text(span), span[0], CLEAR, nationality=nationality)
                break

    def _for_own_film_de(self) -> None:
        """ "X hat für seinen neuen Actionthriller „T“ alles eingesammelt", "Für ihre Komödie „T“ hat X Laien
        gecastet": a possessive before a film noun and the reviewed film's title names its maker (a maker: an actress
        who "hat für ihren neuen Film „T“ reiten gelernt" is credited as one elsewhere, see ``Assembly._makers``)."""
        text = self.text
        for word in ("ür sein", "ür ihr"):
            for pos in self.positions(word):
                start, end = self.analysis.sentence_of(pos)
                for m in _FOR_OWN_FILM_DE.finditer(text, start, end):
                    if (m.start("for") if m.group("for") else m.start("For")) != pos - 1:
                        continue
                    if m.group("title") is None and m.group("noun") not in _MAKERS_DEBUT_DE:
                        continue  # "hat für ihren neuen Film reiten gelernt": an actress may say so
                    if m.group("title") is not None and not self.is_film_title(m.group("title")):
                        continue
                    if not self.p.film_noun_after.fullmatch(" " + m.group("noun")):
                        continue  # "für ihre Rolle „T“"
                    raw = m.group("name") if m.group("name") else m.group("after")
                    name = self._subject_name(raw) if raw else None
                    if name and not self.other_film_after(m.end()):
                        at = m.start("name") if m.group("name") else m.start("after")
                        self.add("maker", name, at + max(0, raw.find(name)), CLEAR)

    def _relative_directed_at(self, pos: int) -> None:
        """ "A und B, die gemeinsam Regie führten, ...": the names before the relative pronoun direct (tried only in
        the sentence up to this "Regie", since the pattern opens with a name)."""
        start = self.analysis.sentence_of(pos)[0]
        m = _RELATIVE_DIRECTED_DE.search(self.text, start, min(len(self.text), pos + 30))
        if not m or m.end() <= pos or self.other_film_after(m.end()):
            return
        clause = self.text[m.end("b") if m.group("b") else m.end("a") : m.end()]
        if _OTHER_MAKING.search(clause) or _NOT_THIS_DIRECTING.search(clause):
            return  # "X, die zuvor am Theater Regie führte", "X, der selbst nie Regie führte": other directing
        found = []
        for group in ("a", "b"):
            raw = m.group(group)
            name = self.person(raw) if raw else None
            if name and self.full_name(name):
                found.append((name, m.start(group) + max(0, raw.find(name))))
        if found:
            self.add_directors(found, CLEAR)

    def _films_the_book_at(self, pos: int) -> None:
        """ "X verfilmt den Roman „T“" where T is the reviewed film's title: X made the film (another title there is
        a book or a film of someone else's; a plain "hat ... verfilmt" looks back and is left to the other cues)."""
        start, end = self.analysis.sentence_of(pos)
        m = _FILMS_THE_BOOK_DE.search(self.text, start, end)
        if not m or m.start() > pos or not self.is_film_title(m.group("title")):
            return
        name = self._subject_name(m.group("name"))
        if name and not self.other_film_after(m.end()):
            self.add("director", name, m.start("name") + max(0, m.group("name").find(name)), CLEAR)

    def _subject_name(self, raw: str) -> str | None:
        """The person in a sentence's capitalised subject, past an article and a describing noun before it ("Der
        Tiroler Lukas Hosp", "Die Österreicherin Claudia Pichler")."""
        words = raw.split(" ")
        for skip in range(min(3, len(words) - 1)):
            if skip and not (words[skip - 1].lower() in _ARTICLES or not self.lex.is_first_name(words[skip - 1])):
                break
            name = self.person(" ".join(words[skip:]))
            if name and self.full_name(name):
                return name
        return None

    def _quotes_only_the_film(self, start: int, end: int) -> bool:
        """Whether every quoted name from ``start`` to ``end`` is the reviewed film's."""
        return all(self.is_film_title(q.group(1)) for q in _QUOTED_TITLE.finditer(self.text, start, end))

    def _pair_before(self, pos: int) -> None:
        """ "Das sind A und B, die ... Die beiden haben den Film gemeinsam inszeniert": the two full names joined by
        "und" in the sentence before (or earlier in this one) direct together."""
        start = self.analysis.sentence_of(pos)[0]
        previous = self.analysis.sentence_of(max(0, start - 2))[0]
        pairs = [
            m
            for m in _PAIR_BEFORE.finditer(self.text, previous, pos)
            if self.full_name(self.person(m.group("a")) or "") and self.full_name(self.person(m.group("b")) or "")
        ]
        if len(pairs) != 1:
            return  # none, or two pairs: which of them is unclear
        m = pairs[0]
        found = [(self.person(m.group(g)) or m.group(g), m.start(g)) for g in ("a", "b")]
        self.add_directors(found, CLEAR)

    def _clause_goes_on(self, last: tuple[str, int]) -> bool:
        """Whether a lower-case word follows the last of several names: they may be the subject of a new clause."""
        end = self.text.find(last[0], last[1])
        end = end + len(last[0]) if end >= 0 else last[1] + len(last[0])
        word = _LOWER_WORD.match(self.text, end + 1)
        return word is not None and self.text[end : end + 1] == " " and word.group() not in _LIST_END_WORDS

    def _nationality_between(self, start: int, end: int) -> str | None:
        """A nationality adjective or noun among the words from ``start`` to ``end`` ("der junge Kroate", "the
        Spanish director")."""
        for word in re.findall(r"[\w-]+", self.text[start:end]):
            for noun in (word, word[:-1], word[:-2]):  # "des Iren", "dem Schweden", "des Schweizers": declined
                if noun in self.d.NATIONALITY_NOUN and (noun == word or word.endswith(("n", "en", "rs"))):
                    return str(self.d.NATIONALITY_NOUN[noun])
            low = word.lower()
            stem = _ADJ_INFLECTION.sub("", low) if self.code == "de" else low
            for key in (low, stem):
                if key in self.d.NATIONALITY_ADJ:
                    return str(self.d.NATIONALITY_ADJ[key])
        return None
