"""Credits, role phrases: role first ("As Y, X ..."), German role phrases, double roles."""

from __future__ import annotations

import re

from filmkritik.model import Span
from filmkritik.read import lexmatch, names, places
from filmkritik.read.credits.common import (
    _AGE_PRAISE,
    _NAME_CLOSED,
    _QUOTED_TITLE,
    CLEAR,
    FEMALE_WORDS,
    MALE_WORDS,
    Hit,
    _norm,
    is_relation_noun,
    is_role_noun,
)
from filmkritik.read.credits.english_more import read_more_en
from filmkritik.read.credits.voices import Voices
from filmkritik.read.names import RUN

#: "Die jungen Darsteller, allen voran X und Y": a performers' noun, then the names leading it.
#: Literal words every :data:`_CAST_LED_BY` match holds (the two tails follow their "D"/"d"/"S"/"s").
#: "Als Malte brilliert A, als Gesa B.", "Den Malte spielt A, die Hanne B.": a part, its performer, then a second
#: pair with the verb left out (its part and performer run together: see ``_part_then_performer_run``).
_GAPPED_PART_PERFORMER_DE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?:(?P<als>Als)\s+(?P<c1a>{RUN})\s+(?:[a-zäöüß]+\s+){{1,3}}?|"
    rf"(?:(?:Den|Die|Das)\s+)?(?P<c1b>{RUN})\s+(?:spielt|verkörpert|gibt|mimt)\s+(?:[a-zäöüß]+\s+){{0,2}}?)"
    rf"(?P<a1>{RUN}),\s+(?:und\s+)?(?(als)als\s+|(?:(?:den|die|das)\s+)?)(?P<rest>{RUN})(?=\s*[.;!])"
)
#: Where the two patterns above can start (their look-behinds): the text's start, after a line break, after a stop
#: and one white-space character. Trying them only there reads the same matches without the engine trying their
#: look-behinds at every position (1.4% of German reading time did that).
_CLAUSE_OPENING_END = re.compile(r"\n|[.!?:]\s")
_PLURAL_PLAY_AFTER = re.compile(r"\s+(?:spielen|verkörpern|geben|mimen)\b")
_LIST_GLUE_ONLY = re.compile(r"\s*(?:,|und|sowie)\s*|\s*,\s*(?:und|sowie)\s+")
#: "Ihre Hanne legt X als stille Kämpferin an": a possessive and the part opening the sentence, then its performer.
_HER_PART_FIRST_DE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?:Ihre|Seine|Ihren|Seinen)\s+(?P<char>{RUN})\s+"
    rf"(?:legt|spielt|gibt|verkörpert|zeichnet)\s+(?P<actor>{RUN})\s"
)
#: "X übernimmt die Rolle der Hanne, Y die des Malte": a second performer and part, "Rolle" and the verb left out.
_GAPPED_ROLE_OF_DE = re.compile(
    rf"(?:[Rr]olle|[Pp]art)\s+(?:der|des)\s+(?:[a-zäöüß]+(?:e|en)\s+){{0,2}}(?:{RUN}),\s+(?:und\s+)?(?P<actor>{RUN})\s+"
    rf"(?:die|den)\s+(?:der|des)\s+(?:[a-zäöüß]+(?:e|en)\s+){{0,2}}(?P<char>{RUN})(?=\s*[,.;]|\s+und\s)"
)
#: "Die Rolle der Hanne ging an X", "Die Rolle des Malte wurde mit X besetzt", "Für die Rolle der Hanne hat man X
#: gewonnen": a part, then the performer it was given to.
_PART_CAST_DE = re.compile(
    rf"\b(?:[Dd]ie|[Ff]ür\s+die)\s+(?:Haupt|Titel)?[Rr]olle\s+(?:der|des)\s+(?:[a-zäöüß]+(?:e|en)\s+){{0,2}}(?P<char>{RUN})\s+"
    r"(?:(?P<went>ging|geht)\s+an\s+|(?:wurde|ist|war)\s+mit\s+|(?:hat|hatte|haben|hatten)\s+(?:man\s+|sie\s+|die\s+\w+\s+)?)"
    r"(?:(?:der|die|den|dem)\s+)?(?:[a-zäöüß]+(?:e|en)\s+){0,2}"
    rf"(?P<actor>{RUN})(?P<cast>\s+(?:besetzt|gewonnen|gecastet|verpflichtet|engagiert|übernommen))?"
)

_CAST_COMPOUND_TAILS = ("arsteller", "chauspieler")
_CAST_NOUNS = (*_CAST_COMPOUND_TAILS, "Ensemble", "Besetzung", "Cast")
_CAST_LED_BY = re.compile(
    r"(?<![\w-])(?:(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Dd]arsteller|[Ss]chauspieler)(?:innen)?(?:riege)?|Ensemble|Besetzung|Cast)"
    r"(?:\s+(?:des|der|dieses|dieser)\s+Films?)?(?:(?:,|\s+[–—])\s+(?:allen\s+voran|angeführt\s+von|vor\s+allem)|\s+um)\s+"
    r"(?:(?:der|die|dem|den)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?=[^\W\d_a-zäöüß]))?"
)
_PRONOUN_THEN_APPOSITION = re.compile(
    r"\s+(?:ihn|sie),\s+(?:den|die)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?(?=[^\W\d_a-zäöüß])"
)
_DOUBLE_ROLE = re.compile(
    rf"(?P<actor>{RUN})\s+(?:ist|spielt|glänzt|brilliert|überzeugt)\s+(?:hier\s+|auch\s+)?in\s+einer\s+Doppelrolle"
    rf"(?:\s+zu\s+(?:sehen|erleben)\s*,)?(?:\s+als|\s*:)?\s+(?:(?:die|den|der)\s+)?(?:[a-zäöüß]+(?:e|en|er)\s+)?"
    rf"(?:[A-ZÄÖÜ][a-zäöüß]+(?:brüder|schwestern|geschwister)\s+)?(?P<a>{RUN})\s+und\s+"
    rf"(?:(?:die|den|der|ihre|seine|ihren|seinen)\s+)?(?:[a-zäöüß]+(?:e|en|er)\s+)?(?P<b>{RUN})"
)
_ROLE_WON_FOR = re.compile(
    rf"\b[Ff]ür\s+die\s+(?:Haupt|Titel|Neben)?[Rr]olle\s+(?:der|des)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:konnte|konnten|wurde|wurden)\s+(?:(?:man|die|der|mit)\s+)?(?:[a-zäöüß]+\s+){{0,2}}"
    rf"(?P<actor>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}(?:gewonnen|verpflichtet|besetzt|gecastet|engagiert)\b"
)
_MADE_FROM_ROLE = re.compile(
    rf"(?P<actor>{RUN})\s+macht\s+(?:[a-zäöüß]+\s+){{0,2}}?aus\s+(?:(?:der|dem|ihrer|seiner|ihrem|seinem)\s+)?"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+(?:eine|einen|ein)\s"
)
#: "X legt ihre Hanna als stille Rebellin an", "X legt die Rolle der Bäuerin Kreszenz als ... an": a part shaped by
#: its performer (the separable verb's "an" closes the clause).
_LAID_OUT_AS = re.compile(
    rf"(?P<actor>{RUN})\s+legt\s+(?:[a-zäöüß]+\s+){{0,2}}?"
    rf"(?:(?:die|seine|ihre)\s+(?:Rolle|Figur)\s+(?:der|des)\s+|(?:den|die|das|ihre|seine|ihren|seinen|ihr|sein)\s+)?"
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+(?:als|ganz|sehr|betont|eher|zunächst)\s"
    rf"[^.;:!?\n]{{0,80}}?\san(?=[\s,.;:!?–—])"
)
#: "Die Ermittlerin Dana, die ihm nicht traut, ist bei X in guten Händen / gut aufgehoben".
_IN_GOOD_HANDS = re.compile(
    rf"\b(?P<verb>ist|sind)\s+bei\s+(?P<actor>{RUN})(?:\s+und\s+(?P<actor2>{RUN}))?\s+"
    rf"(?:in\s+(?:den\s+)?(?:guten|besten|sicheren|starken|richtigen)\s+Händen|"
    rf"(?:(?:sehr|ganz)\s+)?(?:gut|bestens|hervorragend|glänzend|wunderbar|bestens)\s+aufgehoben)\b"
)
#: "Die Stimmen der Anrufer gehören (unter anderem) ...", "Ihre Stimme leiht ihr ...": voices given to performers.
_VOICES_BELONG = re.compile(
    r"Stimmen?\s+(?:der|des|von)\s+[^.;:!?\n]{1,40}?\s+(?:gehören|gehört|gehörten|gehörte)\s+(?:unter\s+anderem\s+|u\.\s*a\.\s+)?(?=[^\W\d_a-zäöüß])"
)
#: "Den spielt X.", "Die gibt die junge X": a demonstrative object opening its sentence, the performer after the verb
#: (an article and up to two lower-case words, "der großartige", allowed before the name).
_DEMONSTRATIVE_FIRST = re.compile(
    r"(?:Den|Die|Ihn|Diese\s+Rolle|Diesen\s+Part|Die\s+Rolle|Den\s+Part|Die\s+Figur)\s+"
    r"(?:spielt|gibt|verkörpert|mimt|spricht|übernimmt|spielte|gab|verkörperte|mimte|sprach|übernahm"
    # "Ihn hat X gespielt": the performer before the participle
    r"|(?:hat|hatte)(?=\s+[A-ZÄÖÜ][^.;:!?\n]{2,60}\s(?:gespielt|verkörpert|gegeben|gesprochen|übernommen)\b))\s+"
    # "Ihn spielt mit müder Würde X", "Ihn spielte damals X": adverbs or a phrase of manner before the performer
    r"(?:(?:(?!(?:der|die|den|das|ein|eine|einen|nicht|kein|keine)\s)[a-zäöüß]+\s+){1,2}"
    r"|mit\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][a-zäöüß]+\s+)?"
    r"(?:(?:der|die)\s+(?:[a-zäöüß-]+\s+){0,2})?(?=[^\W\d_a-zäöüß])"
)
_DEMONSTRATIVE_PASSIVE = re.compile(
    r"(?:Die|Der)\s+(?:wird|wurde)\s+(?:[a-zäöüß]+\s+)?(?:gespielt|verkörpert|dargestellt|gesprochen)\s+von\s+"
    r"(?:(?:der|dem)\s+(?:[a-zäöüß-]+\s+){0,2})?(?=[^\W\d_a-zäöüß])"
)
#: "Die wird von X gespielt": the performer after "von" (the participle follows the name, see _PARTICIPLE_AFTER).
_DEMONSTRATIVE_BY = re.compile(
    r"(?:Die|Der)\s+(?:wird|wurde)\s+(?:[a-zäöüß]+\s+)?von\s+(?:(?:der|dem)\s+(?:[a-zäöüß-]+\s+){0,2})?"
    r"(?=[^\W\d_a-zäöüß])"
)
#: A name, then up to four words and the participle: "X (sehr charmant) gespielt".
_PARTICIPLE_AFTER = re.compile(
    r"[^\W\d_a-zäöüß][\w.'’-]*(?:\s+[^\W\d_a-zäöüß][\w.'’-]*){0,3}(?:\s+[a-zäöüß]+){0,3}\s+"
    r"(?:gespielt|verkörpert|dargestellt|gegeben|gesprochen)\b"
)
#: "(X verleiht dieser Gesa) eine Grandezza": an indefinite article, adjectives, a noun.
_QUALITY_AFTER = re.compile(r"\s*(?:eine|einen|ein|viel|etwas)\s+(?:[a-zäöüß-]+\s+){0,3}[A-ZÄÖÜ][a-zäöüß]")
#: "Ihm leiht X seine Stimme": a dative pronoun opening the sentence, the performer, a voice.
_PRONOUN_VOICE_FIRST = re.compile(
    rf"(?:Ihm|Ihr)\s+(?P<verb>leiht|lieh|hat|hatte)\s+(?:(?:der|die)\s+(?:[a-zäöüß-]+\s+){{0,2}})?(?P<actor>{RUN})\s+"
    # ("Ihr leiht X die Stimme", "Ihm hat X seine Stimme geliehen")
    r"(?:[a-zäöüß]+\s+){0,3}?(?:seine|ihre|die)\s+(?:[a-zäöüß]+\s+)?Stimme\b(?P<lent>\s+geliehen\b)?"
)
#: "Im Original spricht ihn X", "In der deutschen Fassung spricht sie X": the part named in the sentence before.
_PRONOUN_SPOKEN_BY = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?:Im|In\s+der)\s+(?:[a-zäöüß]+\s+)?(?:Original|Originalfassung|Fassung|"
    rf"Synchronfassung|Synchronisation)\s+(?:spricht|sprach)\s+(?P<pronoun>ihn|sie)\s+"
    rf"(?:(?:der|die)\s+(?:[a-zäöüß\d-]+\s+){{0,2}})?(?P<actor>{RUN})"
)
#: German words that give a name: "Er heißt Tjark", "ein Junge namens Pelle", "Ole, genannt Bolle".
_NAMING_WORDS_DE = frozenset(("heißt", "hieß", "namens", "genannt"))
#: "Timo heißt der, gespielt von X": a part's name, "heißt" and a demonstrative, then the performer.
_NAMED_THEN_PLAYED = re.compile(
    r" heißt (?:der|die|er|sie)(?: übrigens)?, (?:gespielt|verkörpert) von (?:(?:der|dem) (?:[a-zäöüß-]+ ){0,2})?"
    r"(?=[^\W\d_a-zäöüß])"
)
_DEMONSTRATIVE_GLUES = (
    *(f"{d} {v} " for d in ("Den", "Die", "Ihn") for v in ("spielt", "gibt", "verkörpert", "mimt", "spricht")),
    *(f"{d} {v} " for d in ("Den", "Ihn") for v in ("spielte", "gab", "verkörperte", "mimte", "sprach", "hat", "hatte")),
    "Die wird ",
    "Der wird ",
    "Diese Rolle ",
    "Diesen Part ",
    "Die Rolle ",  # "Ihre Tochter heißt Elske. Die Rolle übernimmt X."
    "Den Part ",
    "Die Figur ",
)
#: "X in ihrer ersten Filmrolle", "mit X eine Hauptdarstellerin, die ...", "Einen der Gangster spielt X": a
#: performer named once, with no part.
_FIRST_ROLE_AFTER = re.compile(
    r"\s+in\s+(?:seiner|ihrer)\s+(?:ersten|allerersten)\s+(?:[a-zäöüß]+\s+)?(?:Film|Kino|Haupt|Neben)?[Rr]olle\b"
)
_WITH_PERFORMER_NOUN = re.compile(
    rf"\bmit\s+(?P<actor>{RUN})\s+(?:eine|einen|ein)\s+(?:[a-zäöüß]+\s+)?"
    r"(?:Haupt|Neben)?(?:[Dd]arsteller|[Ss]chauspieler)(?:in)?\b"
)
_ONE_OF_PLAYED = re.compile(
    rf"(?:Einen|Eine|Einer)\s+(?:der|von\s+den)\s+(?:[a-zäöüß]+\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+"
    rf"(?:spielt|gibt|verkörpert|mimt)\s+(?:(?:der|die)\s+(?:[a-zäöüß-]+\s+){{0,2}})?(?P<actor>{RUN})"
)
#: "..., und seine Stimme gehört X": the part named before in the sentence, voiced by X.
_VOICE_BELONGS = re.compile(
    rf"(?:[Ss]eine|[Ii]hre)\s+Stimme\s+gehört\s+(?:(?:der|dem)\s+(?:[a-zäöüß-]+\s+){{0,2}})?(?P<actor>{RUN})"
)
#: Nothing, or an article and adjectives, before a name opening its sentence ("Die junge ").
_ARTICLE_ADJECTIVES = re.compile(r"(?:(?:Die|Der)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2})?")
#: "X spielt diesen Bürgermeister": a demonstrative and a noun pointing back to a named part.
_DEMONSTRATIVE_PART = re.compile(r"\s+(?:diesen|diese)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)\b(?!\s+[A-ZÄÖÜ])")
#: Ends of compound nouns for performers no word list holds ("Synchronprofi", "Publikumsliebling", "TV-Star").
_PERFORMER_TAILS = ("profi", "star", "liebling", "veteran", "veteranin", "urgestein", "legende", "ikone", "talent")
#: Words for any person or part: after "diesen"/"diese" they point back to the part named just before.
_GENERIC_PERSON_NOUNS = frozenset(
    "Mann Frau Typ Kerl Menschen Mensch Figur Rolle Part Charakter Burschen Mädchen".split()
)
#: ", die sie verkörpert,": a relative clause of a performer whose object is the part named before.
_RELATIVE_PRONOUN_PLAY = re.compile(
    r",\s+(?:die|der)\s+(?:sie|ihn)\s+(?:[a-zäöüß]+\s+){0,3}(?:spielt|verkörpert|gibt|mimt|darstellt)(?=\s*[,.;–—])"
)
#: "eine wortkarge Würde", "viel Wärme": a performance's quality, given through a pronoun.
_QUALITY_GIVEN = re.compile(
    r"\s*(?:eine|einen|ein|viel|etwas)\s+(?:[a-zäöüß-]+\s+){0,3}(?:[A-ZÄÖÜ][a-zäöüß]*(?:heit|keit|anz|enz|ität|ie|ik)|Würde|Wärme|Tiefe|Kontur|Konturen|Gesicht|Stimme|Witz|Charme|Härte|Strenge|Ruhe|Kraft|Zerbrechlichkeit|Verletzlichkeit|Melancholie|Energie|Seele|Präsenz|Zurückhaltung|Haltung|Ausstrahlung|Verzweiflung|Sehnsucht|Wut|Trauer|Schärfe|Wucht|Tragik|Komik)\b"
)
#: "X spielt in „Oase“ eine Ärztin": a nameless part (an indefinite article after a play verb).
_NAMELESS_PART_PLAYED = re.compile(r"\b(?:spielt|verkörpert|gibt|mimt)\s+(?:[^\s,.;]+\s+){0,4}?(?:eine|einen)\s")
#: "X spielt sie / ihn" (the role named before); not "spielt sie alle an die Wand".
_OBJECT_PRONOUN = re.compile(
    r"\s+(?:ihn|sie)\b(?!\s+(?:alle|an\b|glatt|locker|mühelos|spielend|gegen))"
    # "X spielt das mit großer Wucht" (opening its sentence: what the part before does)
    r"|\s+das(?=\s+(?:mit|so|ganz|großartig|wunderbar|überzeugend|glaubhaft|souverän|herrlich|hinreißend|brillant|"
    r"eindrucksvoll|beeindruckend|bravourös|grandios)\b)"
)
#: "In der Rolle des Mirko ist X zu sehen", "In der Titelrolle der Marie glänzt X".
_ROLE_OF_INVERTED = re.compile(
    rf"(?:(?:In|in)(?<=\b[Ii]n)\s+der|(?:Die|die)(?<=\b[Dd]ie)|(?:Den|den)(?<=\b[Dd]en)(?=\s+Part))\s+"
    rf"(?:[a-zäöüß]+e\s+)?(?:(?:Haupt|Titel|Neben)?[Rr]olle|Part|Figur|Synchronstimme|Sprechrolle)\s+(?:des|der|seiner|ihrer|seines|ihres)\s+"
    rf"(?:[a-zäöüß]+\s+){{0,2}}(?P<char>{RUN})"
    # "In der Rolle des Schmugglers Tomasz, der halb Lebemann ist, sehen wir X": a clause or apposition in between
    rf"(?P<appos>,\s+(?:der|die|das|den|dem|eines|einer|ein|eine|einen)\s+[^.;:!?()\n„“\"]{{1,80}}?,)?\s*(?:"
    rf"(?<!\s)\s*:\s*|\s(?:ist|sieht\s+man|erlebt\s+man|sehen\s+wir|glänzt|überzeugt|brilliert|übernimmt|übernahm|"
    rf"spielt|verkörpert|gibt|hat|bekam|bekommt|legt|füllt|füllte)\s+(?:(?:die|der|diesmal|hier|nun|jetzt|ausgerechnet|dann)\s+){{0,2}})"
    rf"(?P<actor>{RUN})"
)
#: "Die Rolle der Hanne hat X (eigens für Y) geschrieben": the rest of the clause ends on a verb of writing, so X
#: wrote the part (a writer, not its performer).
_PART_WRITTEN = re.compile(
    r"[^.;:!?\n]{0,80}?\s(?:geschrieben|erdacht|erfunden|ersonnen|entworfen|konzipiert|zugeschnitten|geschaffen)"
    r"(?:\s+(?:hat|hatte))?\s*[,.;:!?]"
)
#: "eine Nebenrolle der großartigen X", "die Hauptrolle von X".
_SUPPORTING_ROLE_OF = re.compile(
    rf"(?:Haupt|Neben|Gast|Titel)rolle\s+(?:der|des|von)\s+(?:[a-zäöüß]+\s+){{0,2}}(?P<actor>{RUN})"
)
#: "Dazu kommt in einer Nebenrolle X als Dorfärztin".
_IN_SUPPORTING_ROLE = re.compile(
    rf"(?:In|in)(?<=\b[Ii]n)\s+einer\s+(?:kleinen\s+|winzigen\s+|größeren\s+)?(?:Neben|Gast)rolle\s+"
    rf"(?:(?:ist|sieht\s+man|spielt|glänzt)\s+)?(?P<actor>{RUN})"
)
#: "In einer kleinen, wunderbaren Rolle als Ruth Behrendsen, die Inselpastorin, ist X zu erleben", "In einer kleinen
#: Rolle als Kaisas Nachbar tritt der finnische Musiker X auf": the part (or its noun) first, the performer after.
_IN_ROLE_AS_FIRST = re.compile(
    rf"(?:In|in)(?<=\b[Ii]n)\s+einer\s+[^.;:!?()\n]{{0,40}}?(?:Neben|Gast)?[Rr]olle\s+als\s+"
    rf"(?P<char>[^.;:!?()\n,]{{1,40}}?)(?:,\s+[^.;:!?()\n]{{1,60}}?,)?\s+(?:ist|sieht\s+man|erlebt\s+man|tritt|glänzt|"
    rf"überzeugt)\s+(?:(?:der|die)\s+(?:[a-zäöüß]+\s+){{0,3}})?(?P<actor>{RUN})"
)
#: "As the architect, Julian Stroud, X broods", "; as Lord Ashcombe, the Englishman, X is given ...".
_ROLE_FIRST_TAIL = (
    rf"(?:(?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}},\s+"
    # "As the ship's cook, a former nurse named Aafke, X ..."
    rf"(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,3}}(?:named|called)\s+)?"
    rf"|(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){{1,2}}(?=[^\W\d_a-z]))?"
    rf"(?P<char>{RUN})(?:,\s+(?:the|a|an)\s+[^,.;()\n]{{1,100}})?,\s+"
    # "As the beekeeper, Ion, the veteran stage actor X gives ..."
    rf"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,3}}(?:actor|actress|performer|newcomer|comedian|star)\s+)?"
    rf"(?P<actor>{RUN})\s+(?=[a-z])"
)
#: Where a sentence opens: after a line break, or after ".;!?:" and one whitespace character.
#: A quality given to a part ("a sadness", "real warmth", "a wounded dignity").
_QUALITY_EN = (
    r"(?:a|an|the|some|real|such|great)\s+(?:[a-z]+,?\s+(?:and\s+)?){0,2}(?:[a-z]+(?:ness|ity|ance|ence|ism|th|tion)|weight|edge|charm|menace"
    r"|depth|soul|heart|grace|bite|spark|humanity|gravitas)\b"
)
#: A performer making something of a part named just before ("Carys appears only in the final act; X makes the most
#: of it", "Die Rolle ist undankbar, aber X macht das Beste daraus"), keyed by the literal each needs.
_MAKES_THE_MOST = {
    "en": (
        (
            " the most of ",
            re.compile(r"\s+(?:makes|made)\s+the\s+most\s+of\s+(?:it|them|her|him|the\s+(?:part|role))\b"),
        ),
        (" the best of ", re.compile(r"\s+(?:makes|made)\s+the\s+best\s+of\s+(?:it|them|the\s+(?:part|role))\b")),
        (" does what ", re.compile(r"\s+does\s+what\s+(?:she|he|they)\s+can\b")),
        (" gives him ", re.compile(rf"\s+gives\s+him\s+{_QUALITY_EN}")),
        (" gives her ", re.compile(rf"\s+gives\s+her\s+{_QUALITY_EN}")),
        # "Nell is mere decoration – X has little to do", "...; X makes her the show's moral centre"
        (" little to do", re.compile(r"\s+(?:has|gets|is\s+given)\s+(?:very\s+|precious\s+)?little\s+to\s+do\b")),
        (
            " makes every ",
            re.compile(r"\s+makes\s+every\s+(?:glance|moment|scene|line|minute|look|gesture|second)\s+count\b"),
        ),
        (
            " makes her ",
            re.compile(r"\s+makes\s+her\s+(?:the|a|an)\s+(?:[a-z’']+\s+){0,3}(?:centre|center|heart|soul)\b"),
        ),
        (
            " makes him ",
            re.compile(r"\s+makes\s+him\s+(?:the|a|an)\s+(?:[a-z’']+\s+){0,3}(?:centre|center|heart|soul)\b"),
        ),
        (
            " in the part",
            re.compile(
                r"\s+is\s+(?:[a-z]+\s+)?(?:good|great|excellent|terrific|superb|wonderful|fine|strong)\s+in\s+the\s+part\b"
            ),
        ),
        (
            " in the role",
            re.compile(
                r"\s+is\s+(?:[a-z]+\s+)?(?:good|great|excellent|terrific|superb|wonderful|fine|strong)\s+in\s+the\s+role\b(?!\s+of)"
            ),
        ),
    ),
    "de": (
        (" daraus", re.compile(r"\s+macht\s+(?:das\s+Beste|viel|eine\s+Menge|einiges|alles|etwas|mehr)\s+daraus\b")),
        (" daraus", re.compile(r"\s+holt\s+(?:das\s+Beste|viel|alles|einiges|mehr)\s+(?:[a-zäöü]+\s+)?daraus\b")),
        # "X macht aus dieser Figur ein Ereignis": the cue names the part by "Figur"/"Rolle"
        (" aus dieser ", re.compile(r"\s+(?:macht|formt|gestaltet)\s+aus\s+dieser\s+(?:Figur|Rolle)\b")),
        # "Helga bleibt Staffage – X hat wenig zu tun", "X hat in dieser Rolle wenig zu tun"
        (
            " wenig zu tun",
            re.compile(
                r"\s+(?:hat|bekommt)\s+(?:in\s+dieser\s+(?:Rolle|Figur)\s+|hier\s+|leider\s+|als\s+\w+\s+)?"
                r"(?:nur\s+|sehr\s+|recht\s+|erstaunlich\s+)?wenig\s+zu\s+tun\b"
            ),
        ),
    ),
}
#: "Für diese Rolle hat Y X besetzt/gefunden": the part named in the sentence before.
_CAST_FOR_THIS_PART = re.compile(
    r"Für\s+(?:diese|die)\s+(?:Rolle|Figur)\s+hat\s+(?P<who>[^.,;:!?\n]{3,80}?)\s+"
    r"(?:besetzt|gefunden|gewonnen|verpflichtet|gecastet)\b"
)
#: "He's X, a character actor ...", "She is X." opening a sentence: the part the sentence before introduces.
_PRONOUN_IS_ACTOR_EN = re.compile(rf"(?:He|She)(?:'s|’s|\s+is)\s+(?P<actor>{RUN})(?=\s*[,.;]|\s+[–—])")
#: ", this nervous guy called Pim, that's X": the part named before in the sentence.
_THATS_ACTOR_EN = re.compile(rf",\s+that(?:'s|’s|\s+is)\s+(?P<actor>{RUN})(?=\s*[,.;]|\s+and\b)")
_THATS_OPENING_EN = re.compile(rf"That(?:'s|’s)\s+(?P<actor>{RUN})(?=\s*[,.;]|\s+and\b)")
_ANSWER_PERFORMER = re.compile(
    rf"(?:Das\s+ist|Das\s+war|Die\s+spielt|Den\s+spielt|Gespielt\s+von|That(?:'s|’s|\s+is)|It(?:'s|’s|\s+is)|"
    rf"(?:She|He)(?:'s|’s|\s+is)\s+played\s+by)\s+(?:(?:die|der|the)\s+(?:[a-zäöüß-]+\s+){{0,3}})?(?P<actor>{RUN})"
)
_BARE_ANSWER = re.compile(
    rf"\s*\n+[ \t]*[A-ZÄÖÜ][A-ZÄÖÜ.' -]{{1,30}}:[ \t]+(?:(?:die|der|the)\s+(?:[a-zäöüß-]+\s+){{0,2}})?(?P<actor>{RUN})(?=\s*[.,;!])"
)
_PART_IS_CALLED = re.compile(
    rf"\b(?:Die\s+Figur|Die\s+Rolle|Sie|Er|The\s+character|She|He)\s+(?:heißt|is\s+called)\s+(?P<name>{RUN})"
)
_EN_NOUN_BEFORE_NAME = re.compile(r"\b(?:the|his|her|their|its|a|an)\s+(?:[a-z-]+\s+){0,1}[a-z-]{3,}\s+$")
_PLACE_THE_BEFORE = re.compile(r"\b(?:off|in|on|at|from|to|near|across|into|around|over|outside)\s+the\s+$")
_TITLE_PLACE_WORDS = frozenset("von vom aus in im am an bei nach zu zum zur of from in at on to".split())
_PRONOUN_OPENERS_DE = frozenset("Allen Alle Allem Beide Beiden Viele Vielen Manche Einige Jeder Jeden Keiner".split())
_PLURAL_PASSIVE_DE = re.compile(
    r"(?:die\s+beiden|beide|sie|die\s+drei|die\s+Geschwister|die\s+Brüder|die\s+Schwestern|die\s+Freundinnen|die\s+Freunde)"
    r"\s+(?:[a-zäöüß]+\s+)?von\s+(?=[^\W\d_a-zäöüß])"
)
_OPENING_BEFORE = re.compile(r"(?:^|[.!?:]\s|\n)\s*$")
_AFTER_COPULA = re.compile(r"\b(?:bleibt|blieb|wirkt|ist|war|wird|remains|is|was|seems)\s+$")
_KIN_WORDS_EN = frozenset(w for w in FEMALE_WORDS | MALE_WORDS if w.isascii()) | frozenset(
    "aunt cousin friend pal partner deputy boss neighbour neighbor".split()
)
_SPEAKER_LABEL = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ.' -]{1,30}(?:\s*\([^)\n]{1,30}\))?:\s+")
_PART_WORD = re.compile(r"\b(?:Rolle|Figur|Part|part|role)\b")
_PREDICATE_NOUN_BEFORE = re.compile(r"\b(?:ist|war|is|was)\s+(?:eine?|der|die|das|a|an|the)\s+(?:[a-zäöüß]+\s+){0,2}$")
_LINE_OR_STOP_SPACE = re.compile(r"\n|[.;!?:]\s")


def sentence_openings(text: str) -> list[int]:
    """Where a sentence may open, in order: the text's start, after a line break, after ".;!?:" and one space."""
    found = {0} | {m.end() for m in _LINE_OR_STOP_SPACE.finditer(text)}
    return sorted(p for p in found if p < len(text))


_WHOM_PLAYS_EN = re.compile(
    rf",\s+whom\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}})?(?P<actor>{RUN})\s+(?:[a-z]+ly\s+)?"
    r"(?:plays|played|portrays|portrayed|embodies|voices|voiced|makes|renders)\b"
)
_NOUN_BEFORE_WHOM_EN = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")
_LEAD_IN_EN = re.compile(
    r"(?:Opposite|Alongside|Beside|Against)\s+(?:him|her|them|[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?,\s+|"
    r"(?:Meanwhile|Elsewhere|Later|Here|And|But|Finally|Best\s+of\s+all),\s+(?=as\s)"
)
_AS_NAMELESS_EN = re.compile(
    rf"(?:(?:And|But|Meanwhile)\s+)?[Aa]s\s+(?P<np>(?:the|a|an|his|her|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}})"
    rf"(?:\s+(?:who|that|whose)\s+[^,.;()\n]{{1,80}})?,\s+(?P<actor>{RUN})\s+(?:is|was|gives|makes|steals|brings|has)\s"
)
_NOT_A_PART_EN = re.compile(
    r"\b(?:matter|result|consequence|rule|whole|aside|bonus|reminder|comparison|director|filmmaker|writer|"
    r"screenwriter|producer|critic|viewer|fan|reviewer|audience|film|movie|film's|movie's|debut|sequel|remake|"
    r"adaptation|documentary|kid|child|teenager|parent|result|way|example|side)\b"
)
_AS_ROLE_FIRST = re.compile(rf"[Aa]s\s+{_ROLE_FIRST_TAIL}")
#: "In the role of Edith, X ...", "Playing Edith, X ...": rarer openers, looked for only when the text has them.
_IN_ROLE_FIRST = re.compile(
    rf"(?:Playing|Portraying|Embodying|Voicing|Essaying|Inhabiting|"
    rf"In\s+the\s+(?:title\s+|lead\s+|central\s+|key\s+|pivotal\s+)?(?:role|part)\s+of|"
    rf"(?:Cast|Starring|Appearing|Returning|Reappearing|Stepping\s+in|Stepping\s+up|Reprising\s+(?:his|her|their)\s+role)"
    rf"\s+as)\s+{_ROLE_FIRST_TAIL}"
)
#: "The role of the smuggler Jonah Crane falls to X": the role's noun first, the actor after "to".
_ROLE_GOES_TO = re.compile(
    rf"\b[Tt]he\s+(?:title\s+|lead\s+|central\s+|key\s+|pivotal\s+|juicy\s+|thankless\s+)?(?:role|part)\s+of\s+"
    rf"(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){{1,3}})?(?:(?P<char>{RUN}),?\s+)?"
    rf"(?:falls|fell|goes|went|is\s+given|was\s+given)"
    rf"\s+to\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<actor>{RUN})"
)
_DEMONYM_BEFORE_NAME_DE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er(?:in)?\s+(?=[^\W\d_a-zäöüß])")
_BRINGS_TO_LIFE_EN = re.compile(
    rf"(?P<actor>{RUN})\s+(?:brings|brought)\s+(?P<char>{RUN})(?:,\s+(?:a|an|the|his|her)\s+[^,.;:!?()\n]{{1,80}},)?\s+to\s+life\b"
)
_EMPHATIC_IS_EN = re.compile(
    r"(?P<actor>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+){1,2})\s+IS\s+(?P<char>(?:[A-Z][a-z]+\.?\s+)?[A-Z][a-z'’-]+)(?=[\s,.;:!?])"
)
_GENITIVE_GLUES = frozenset({" der ", " des ", " von "})
_ROLE_DETERMINERS = frozenset(
    "Die die Der der Den den Dem dem Seine seine Seinen seinen Seinem seinem Ihre ihre Ihren ihren Ihrem ihrem".split()
)
_ROLE_OF_PERFORMER = re.compile(
    rf"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Ss]eine[mn]?|[Ii]hre[mn]?)\s+(?P<char>[A-ZÄÖÜ][a-zäöüß]+)\s+(?:der|des|von)\s+"
    rf"(?:[a-zäöüß]+(?:e|en)\s+){{0,2}}(?P<actor>{RUN})"
)
_PORTRAYS = re.compile(
    r"(?:stellt|stellte)\s+(?P<obj>(?:den|die|das|einen|eine|ihren|seinen|ihre|seine)\s[^.;:!?,()\n]{1,60}?)"
    r"\s+(?:(?:[a-zäöüß]+\s+){0,3})?dar\b"
)
#: "Playing Pip is newcomer Tavi Roa", "Playing opposite him as the widow Agnes is the wonderful X": inverted.
_ROLE_FIRST_INVERTED = re.compile(
    rf"(?:Playing|As|Cast\s+as)\s+(?:opposite\s+(?:him|her|them)\s+as\s+)?(?:(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,3}})?"
    rf"(?P<char>{RUN})\s+(?:is|was)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*,?\s+){{0,3}}(?P<actor>{RUN})(?=\s*[,.;]|\s+who\b)"
)
_PLAYED_INVERTED = re.compile(
    rf"(?<![\w-])[Gg]espielt\s+(?:wird|werden)\s+(?:(?:der|die|das|ihr|sein|ihre|seine)\s+)?(?P<char>{RUN})\s+(?:[a-zäöüß]+\s+){{0,2}}?von\s+(?:[a-zäöüß]+\s+){{0,2}}?(?P<actor>{RUN})"
)
_PARTICIPLE_INVERTED = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:;]\s)|(?<=\n))(?P<verb>Verkörpert|Dargestellt|Gesprochen|Gemimt)\s+(?:(?:wird|werden)\s+)?"
    rf"(?:(?:der|die|das|ihr|sein|ihre|seine)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}(?P<char>{RUN})\s+"
    rf"(?:[a-zäöüß]+\s+){{0,2}}?von\s+(?P<lead>(?:(?:der|dem)\s+{_AGE_PRAISE}(?:[\da-zäöüß-]+(?:e|en|er|es)\s+){{0,2}})?)"
    rf"(?P<actor>{RUN})"
)
_INVERTED_PARTICIPLES = ("Verkörpert ", "Dargestellt ", "Gesprochen ", "Gemimt ")


_PASSIVE_AUXILIARY = re.compile(r"\s+(?:wird|werden)\s")
_PRONOUN_PASSIVE_TRIGGERS = (
    "gespielt w",
    "verkörpert w",
    "dargestellt w",
    "sie wird ",
    "er wird ",
    "sie wurde ",
    "er wurde ",
    "? wird ",
    "? wurde ",
)
_PLAYED_INVERTED_PRONOUN = re.compile(
    rf"(?<![\w-])(?:(?:[Gg]espielt|[Vv]erkörpert|[Dd]argestellt)\s+(?:wird|werden|wurde)\s+(?:sie|er)\s+"
    rf"(?:[a-zäöüß]+\s+){{0,2}}?von\s+(?:[a-zäöüß]+\s+){{0,2}}?(?P<actor>{RUN})"
    # "Sie wird dargestellt von X", "Er wird von X gespielt": the pronoun opening the sentence
    # ("Und seine Schwester Bibi? Wird von X gespielt": after a question, the verb alone opens the answer)
    rf"|(?:(?:Sie|Er)\s+(?:wird|wurde)|(?<=\?\s)(?:Wird|Wurde))\s+(?:(?:gespielt|verkörpert|dargestellt)\s+von\s+(?:[a-zäöüß]+\s+){{0,2}}?"
    rf"(?P<actor2>{RUN})|von\s+(?:[a-zäöüß]+\s+){{0,2}}?(?P<actor3>{RUN})\s+(?:[a-zäöüß]+\s+){{0,3}}?"
    rf"(?:gespielt|verkörpert|dargestellt)\b))"
)
#: An apposition naming a part: an article, perhaps an adjective, a noun, the name ("der Ingenieur Hellmuth K.").
_ARTICLE_NOUN_NAME = re.compile(
    rf"(?:der|die|den|dem)\s+(?:[a-zäöüß]+(?:e|en)\s+)?[A-ZÄÖÜ][a-zäöüß-]+\s+(?P<name>{RUN})"
)
#: English: "X brings warmth to the ship's surgeon, ...", "X lends real menace to the sheriff": a quality given.
_BRINGS_QUALITY_TO_EN = re.compile(
    rf"(?P<actor>{RUN})\s+(?:brings|lends)\s+(?:(?:a|an|real|quiet|genuine|some|such|great|welcome)\s+)?"
    r"(?:warmth|menace|gravity|dignity|humou?r|wit|charm|heart|weight|depth|pathos|bite|swagger|grace|edge|life|"
    r"tenderness|intensity|sweetness|sadness|mischief|nuance|presence|heft)\s+to\s+(?=(?:the|his|her|their)\s|[A-Z])"
)
#: English: "a rival mapmaker, Silas Crane, and X plays him", "a supply pilot, Freya Haldane, and X gives her a
#: wry humor": a part named in an apposition after a lower-case noun, then its performer and a pronoun.
_PRONOUN_VERBS_EN = ("plays", "gives", "lends", "brings", "makes")
_APPOSED_PART_THEN_PRONOUN_EN = re.compile(
    rf",\s+(?P<char>{RUN}),\s+and\s+(?P<actor>{RUN})\s+(?:plays|gives|lends|brings|makes)\s+(?:him|her)\b"
)
#: The lower-case noun right before that comma ("a rival mapmaker|, Silas Crane, and ...").
_LOWER_NOUN_BEFORE = re.compile(r"\b[a-z][\w-]+$")
#: "Mit X hat Y (für ihn) einen Darsteller gefunden, der ...": X performs.
_FOUND_PERFORMER = re.compile(
    rf"Mit\s+(?:(?:der|dem)\s+)?(?:[a-zäöüß]+(?:e|en)\s+)?(?P<actor>{RUN})\s+(?:hat|haben)\s+[^.;:!?\n]{{1,60}}?\s+"
    r"(?:(?P<back>für\s+(?:ihn|sie)|für\s+(?:die|diese)\s+Rolle|dafür)\s+)?(?:einen|eine|die|den)\s+(?:[a-zäöüß]+(?:e|en)\s+){0,2}"
    r"(?:Darsteller|Darstellerin|Besetzung|Idealbesetzung|[A-Za-zäöüß]*[Ss]chauspieler|[A-Za-zäöüß]*[Ss]chauspielerin|"
    r"Hauptdarsteller|Hauptdarstellerin)(?:\s+(?P<back2>für\s+(?:die|diese)\s+Rolle))?\s+(?:gefunden|gewonnen)\b"
)
#: ", und dem leiht X seine Stimme": a demonstrative dative pointing back to the part just named.
_DEMONSTRATIVE_VOICE = re.compile(
    rf"(?:,\s+und|;)\s+(?:dem|der)\s+(?:leiht|lieh|gibt|gab)\s+(?P<actor>{RUN})\s+(?:seine|ihre)\s+"
    r"(?:[a-zäöüß]+\s+)?Stimme\b"
)
#: "Ein kurzer, starker Auftritt gehört X": a performer (a part only as a relation, if any).
_APPEARANCE_BELONGS = re.compile(rf"(?:Auftritt|Auftritte|auftritt)\s+gehör(?:t|en)\s+(?P<actor>{RUN})")
#: "Als Fluglehrer macht X eine gute Figur", "X macht als Y eine gute Figur": a performer.
_GOOD_FIGURE = re.compile(
    rf"macht\s+(?:(?P<actor>{RUN})\s+(?:[a-zäöüß]+\s+)?|als\s+[^,.;:!?\n]{{1,40}}?\s+)eine\s+(?:[a-zäöüß]+\s+)?"
    r"(?:gute|starke|glänzende|tolle|prima|hervorragende|ausgezeichnete|blendende)\s+Figur"
)
#: "Der Witwer heißt Egon Hölscher": a part's noun named by "heißt" (the sentence before plays the noun).
_NOUN_PART_NAMED = re.compile(rf"(?:Der|Die|Dieser|Diese)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+heißt\s+(?P<name>{RUN})")
#: "mimt X einen Witwer", "X spielt eine Lehrerin": a part played by its noun.
_PLAYS_NOUN_PART = re.compile(
    rf"(?:(?P<actor2>{RUN})\s+)?(?:spielt|mimt|gibt|verkörpert)\s+(?:(?P<actor>{RUN})\s+)?(?:einen|eine)\s+"
    r"(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
#: "Rosls Enkelin Vevi, herrlich unaufgeregt: die Newcomerin X.": a part, a short praise, a colon, its performer.
#: A lower-case word, a colon, then a capitalised word ("unaufgeregt: Lotta"): where a praise colon may stand.
_LOWER_COLON = re.compile(r"[a-zäöüß]: [A-ZÄÖÜ]")
_PART_PRAISE_COLON = re.compile(
    rf",\s+(?:[a-zäöüß]+\s+){{0,2}}[a-zäöüß]+:\s+(?:(?:die|der)\s+(?:[a-zäöüß]+(?:e|en)\s+)?)?"
    rf"(?P<actor>{RUN})\s*[.;]"
)
#: "Die Titelrolle spielt X", "Die Titelrolle übernimmt X".
_TITLE_ROLE_PLAYED = re.compile(
    rf"(?:Die\s+Titelrolle|Die\s+Titelheldin|Den\s+Titelhelden|Die\s+Titelfigur)\s+(?:spielt|übernimmt|gibt|verkörpert)\s+"
    # ("Die Titelrolle spielt die zehnjährige X": an article and a description before the performer)
    rf"(?:(?:die|der|den)\s+(?:[a-zäöüß0-9-]+\s+){{1,2}})?(?P<actor>{RUN})"
)
#: A sentence telling a life: "erzählt das Leben der ...", "die Geschichte des ...".
_LIFE_TOLD = re.compile(r"\b(?:Leben|Lebensgeschichte|Geschichte|Biografie|Biographie)\s+(?:der|des|von)\s")
_OBJECT_MODALS = ("darf", "durfte", "kann", "konnte", "muss", "musste", "soll", "sollte", "will", "wollte")
#: "Seine Enkelin Finja darf X spielen": the object opening the sentence, a modal, the performer, the infinitive.
_MODAL_OBJECT_FIRST = re.compile(
    rf"(?:Seine|Ihre|Sein|Ihr|Den|Deren|Dessen)\s+(?:[a-zäöüß]+(?:e|en)\s+){{0,2}}(?P<char>{RUN})\s+"
    rf"(?:{'|'.join(_OBJECT_MODALS)})\s+(?:(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+)?)?"
    rf"(?P<actor>{RUN})(?:\s+[a-zäöüß]+){{0,3}}"
)
#: Modal verbs in the second place ("Als Pater Anselm muss X einen Mord aufklären"): they end in no "-t".
_MODAL_DE = r"(?:muss|will|kann|darf|soll|mag|wird)"
_AS_ROLE_VERB_PRONOUN = re.compile(
    rf"Als\s+(?:(?:der|die|das|den|dem|sein|seine|seinem|ihr|ihre|ihrem)\s+)?(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    rf"(?P<char>{RUN})\s+(?:[a-zäöüß]+t|{_MODAL_DE})\s+(?:er|sie)\b"
)
_AS_ROLE_VERB_ACTOR = re.compile(
    rf"Als\s+(?:(?:der|die|das|den|dem|sein|seine|seinem|ihr|ihre|ihrem)\s+|[A-ZÄÖÜ][a-zäöüß]+s\s+(?=[a-zäöüß]))?"
    # ("Als Ilkas alte Schulfreundin Bettina, die ..., ist X zu sehen": a possessor's genitive, an adjective)
    rf"(?:[a-zäöüß]+(?:e|en|er|es)\s+){{0,2}}"
    # ("Als Kapitän Hennig, einem Mann, der nie an Land geht, ist X zu sehen": an apposition with its own clause)
    rf"(?P<char>{RUN})(?:,\s+(?P<clause>(?:der|die|das|den|dem|deren|dessen|einem|einer|eines|einen|ein|eine)\s+"
    rf"[^.;:!?()\n]{{2,100}}?(?:,\s+(?:der|die|das|den|dem|deren|dessen|wo|dem|mit)\s+[^.;:!?()\n]{{2,90}}?)?),)?"
    # ("Als Bösewicht – ein Immobilienhai namens Dr. Gerwald Pruschke – ist X zu sehen": a dashed aside)
    rf"(?:\s+[–—]\s+(?P<aside>(?:[^–—.;:!?()\n]|(?<=Dr)\.|(?<=Prof)\.){{2,100}}?)\s+[–—])?"
    rf"(?:\s+(?:[a-zäöüß]+t|{_MODAL_DE}|sehen\s+wir|erleben\s+wir)|\s*:)\s+(?:(?:hier|dabei|auch|erneut|wieder|diesmal|nun|außerdem|zudem)\s+)?"
    rf"(?:(?:der|die)\s+(?:[a-zäöüß]+(?:e|en)\s+){{0,2}})?"
    rf"(?P<actor>{RUN})(?=[\s,.;:!?])"
)
#: "Der Sachbearbeiter – X in einer wunderbar verdrucksten Nebenrolle – ...", "(X in einer undankbaren Mini-Rolle)",
#: "– X in wenigen, sehr präzisen Auftritten –": a performer set off by dashes or parentheses, with the part's size.
_ASIDE_IN_ROLE = re.compile(
    rf"(?:[–—(]|-(?<=\s-))\s*(?P<actor>{RUN})\s+in\s+(?:einer|einem|wenigen|kurzen|kleinen|seiner|ihrer|zwei|drei),?\s+"
    rf"(?:[\w,-]+\s+){{0,4}}?(?:[\w-]*[Rr]olle|[\w-]*[Aa]uftritt(?:en)?|Part|Cameo|Szenen)\s*(?:[–—)]|-\s)"
)


def _aside_openings(text: str) -> list[int]:
    """Where a match of :data:`_ASIDE_IN_ROLE` can start: a dash or an opening bracket, or a hyphen after white
    space (its first item), found by ``str.find`` instead of the engine's scan of every character."""
    starts = [*lexmatch.occurrences(text, "–"), *lexmatch.occurrences(text, "—"), *lexmatch.occurrences(text, "(")]
    starts += [at for at in lexmatch.occurrences(text, "-") if at and text[at - 1].isspace()]
    return sorted(starts)


#: "Als Hausmeister glänzt X", "Als Schurke chargiert X": after a role noun alone, verbs of performing (a job
#: noun before "ist", "arbeitet" or "muss" tells the story or a career).
#: A clause opening right before a run: the sentence's start or a comma ("..., Rike ist bei X in guten Händen").
_CLAUSE_START = re.compile(r"(?<=[,;:–—\n]\s)|(?<=\n)")
#: "X taucht in der zweiten Hälfte als litauische Agentin auf", "X tritt als Nachbar auf", "X als Stimme des
#: Bordcomputers", "der Cameo von Schlagerstar X": a performer whose part is given by a noun or not at all.
_SHOWS_UP_AS = re.compile(
    rf"(?P<actor>{RUN})\s+(?:taucht|tritt)\s+(?:[^.;:!?()\n]{{0,50}}?\s)?als\s+[^.;:!?()\n]{{1,50}}?\s"
    r"(?:auf|in\s+Erscheinung)(?=[\s,.;:!?])"
)
_VOICE_OF_THING = re.compile(rf"(?P<actor>{RUN})\s+als\s+(?:deutsche\s+|englische\s+)?Stimme\s+(?:des|der|von)\s")
_CAMEO_OF = re.compile(
    rf"(?:Cameo|Gastauftritt|Kurzauftritt|Auftritt)\s+(?:von|des|der)\s+(?:[A-ZÄÖÜ][\wäöüß-]*(?:star|sänger|sängerin|"
    rf"legende|ikone|komiker|komikerin|moderator|moderatorin)\s+)?(?P<actor>{RUN})"
)
#: A noun and a comma right before a run: "der Bruder, |Fiete".
_NOUN_COMMA_BEFORE = re.compile(r"\b(?:der|die|den|ihr|ihre|sein|seine|ihren|seinen)\s+([A-ZÄÖÜ][a-zäöüß]+),\s+$")
#: Prepositions before a place or a thing, hardly ever before a part's name.
_PREPOSITIONS_DE = frozenset("in im aus nach bei beim an am auf über unter vor zu zum zur durch".split())
#: "eine Frau, Waltraud": a name set off by a comma after a noun phrase introduces a part.
_INTRODUCED_AFTER_NOUN = re.compile(
    r"\b(?:der|die|den|dem|eine|einen|einer|ein|ihr|ihre|sein|seine|ihren|seinen)\s+(?:[a-zäöüß]+\s+)?"
    r"[A-ZÄÖÜ][a-zäöüß]+,\s+$"
)
#: Prepositions before a place ("aus Kiel", "nach Linz"), hardly ever before a person's name.
_PLACE_PREPOSITIONS = frozenset("aus nach".split())
#: Prepositions before a bare noun ("mit Schürze", "per Telefon"); a given name after one may still be a part.
_PREPOSITIONS = frozenset(
    "mit per ohne durch aus nach für gegen um bei zu in an auf über unter vor hinter neben".split()
)
#: The prepositions and their contractions with an article ("am Gartenzaun", "im Stall").
_PREPOSITIONS_ALL = _PREPOSITIONS | frozenset("am im zum zur vom beim ins".split())
_ARTICLE_WORDS = frozenset(
    "der die das dem den des ein eine einem einen einer im am vom zum zur ins beim hinterm unterm per ohne durch".split()
)
_PERFORMING_AFTER_ROLE = re.compile(
    r"\s+(?:glänzt|überzeugt|brilliert|chargiert|agiert|besticht|beeindruckt|begeistert|amüsiert|berührt|punktet|"
    r"trumpft|stiehlt|sehen\s+wir|sieht\s+man|erleben\s+wir|erlebt\s+man|darf)\s"
)
#: "In kleineren Rollen wirken", "In weiteren Nebenrollen sind", "Im Original sind", "In der deutschen Fassung
#: hört man": the actors' list follows.
_ROLES_LEAD = (
    r"(?:[Ii]n\s+(?:(?:den\s+)?(?:[a-zäöüß]+(?:e|en)\s+)?(?:Neben|Gast|Haupt|Sprech)?[Rr]ollen|"
    r"der\s+(?:deutschen\s+)?(?:Original|Synchron)?[Ff]assung)|[Ii]m\s+(?:englischen\s+)?Original)"
)
_ROLES_LIST_VERB = (
    r"(?:sind|wirken|sieht\s+man|hört\s+man|spielen|sprechen|glänzen|überzeugen|agieren|tauchen|treten|erscheinen)"
)
_IN_ROLES_LIST = re.compile(
    rf"\b(?:{_ROLES_LEAD}(?:\s+{_ROLES_LIST_VERB}\s+|:\s*)|{_ROLES_LIST_VERB}\s+(?:außerdem\s+|zudem\s+|auch\s+)?"
    rf"{_ROLES_LEAD}\s+)(?:außerdem\s+|zudem\s+|auch\s+|noch\s+|ferner\s+|unter\s+anderem\s+)?(?=[^\W\d_a-zäöüß])"
)


class RolePhrases(Voices):
    """Reader layer: role phrases."""

    def english_role_phrases(self) -> None:
        """ "As the architect, Julian Stroud, X broods": the role first, then the actor; "In smaller roles,
        A as a widow and B as a union man": performers of small parts."""
        if self.code != "en":
            return
        text = self.text
        for rx in (_AS_ROLE_FIRST, _IN_ROLE_FIRST, _ROLE_FIRST_INVERTED):
            if rx is _IN_ROLE_FIRST and not any(self.holds(w) for w in ("ing ", "In the ", " as ")):
                continue
            self._role_first(rx)
        if self.holds(" of ") and (self.holds(" role ") or self.holds(" part ")):
            for m in _ROLE_GOES_TO.finditer(text):
                if self._is_person_like(self.person(m.group("actor")) or ""):
                    # ("the role of the local bookmaker goes to X": a part without a name, a performer all the same)
                    char = self.character(m.group("char"), m.start("char")) if m.group("char") else None
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        self._english_voices_and_small_roles()
        if self.holds(" brings ") or self.holds(" lends "):
            for m in _BRINGS_QUALITY_TO_EN.finditer(text):
                # "X brings warmth to the ship's surgeon, Dr. Abel Quayle": a quality given to the part after "to"
                # (a name no list knows counts when a cast line named the performer)
                actor = m.group("actor")
                if not self.full_name(actor) and not any(h.role == "actor" and h.name == actor for h in self.hits):
                    continue
                if text[m.end()].isupper():
                    # "X brings real menace to Declan R., the gang's enforcer": the part's name right after "to"
                    self._quality_to_name_en(m)
                    continue
                char, _det = self._character_after(m.end())
                if char and not self.lex.looks_like_noun(char, self.code) and not self.full_name(char):
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
                elif char is None:
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR)
        if any(self.holds(f" {verb} {pronoun}") for verb in _PRONOUN_VERBS_EN for pronoun in ("him", "her")):
            for m in _APPOSED_PART_THEN_PRONOUN_EN.finditer(text):
                # "a rival mapmaker, Silas Crane, and X plays him with ...": the apposition names the part
                if not _LOWER_NOUN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    continue
                char = self.character(m.group("char"), m.start("char"))
                if self.full_name(m.group("actor")) and char and not self.lex.looks_like_noun(char, self.code):
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        as_at = [
            p for w in ("as the ", "as a ", "as an ", "as his ", "as her ", "as their ") for p in self.positions(w)
        ]
        if as_at and len(self.low) == len(text):
            # tried only where "as the/a/..." opens a sentence, or follows an opening "And"/"But"/"Meanwhile"
            openings = set(self._sentence_openings())
            starts = {
                p - len(lead)
                for p in as_at
                for lead in ("", "And ", "But ", "Meanwhile ")
                if p - len(lead) in openings and text.startswith(lead, p - len(lead))
            }
            for start in sorted(starts):
                nameless = _AS_NAMELESS_EN.match(text, start)
                if not nameless or _NOT_A_PART_EN.search(nameless.group("np")):
                    continue  # "As a matter of fact, X is ...", "As the film's director, X has ...": no part
                if self.full_name(nameless.group("actor")) or self._performer_en(nameless.group("actor")):
                    # "And as the union boss who may be a crook, X is a delight": a part without a name
                    self.add("actor", nameless.group("actor"), nameless.start("actor"), CLEAR)
        if self.holds(" to life"):
            for m in _BRINGS_TO_LIFE_EN.finditer(text):
                # "X brings Agnes, the sharp-tongued churchwarden, to life": the part between the verb and "to life"
                if self.full_name(self.person(m.group("actor")) or ""):
                    char = self.character(m.group("char"), m.start("char"))
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        if self.holds(" IS "):
            for m in _EMPHATIC_IS_EN.finditer(text):
                # "Dorian Kessick IS Father Ambrose": the critic's capitals, a copula all the same
                if self.full_name(m.group("actor")) and not self.is_film_title(m.group("char")):
                    char = self.character(m.group("char"), m.start("char"))
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        self._part_then_performer()
        read_more_en(self)  # type: ignore[arg-type]
        for lead in ("Also with ", "Also starring ", "Also featuring ") if self.code == "en" else ():
            for pos in self.found(lead):
                # "... as his ex-wife, Darlene. Also with X and Y.": a capsule's last performers, no parts
                if self.analysis.sentence_of(pos)[0] == pos and not self.other_film_before(pos):
                    for name, npos in self.list_after(pos + len(lead)):
                        if " " in name and self.full_name(name):
                            self.add("actor", name, npos, CLEAR)
        if self.positions("who plays "):
            self._question_then_answer()
        if self.holds(" whom "):
            for m in _WHOM_PLAYS_EN.finditer(text):
                # "Mrs. Dunmore, whom X plays with terrifying politeness, ...": the part before the relative clause
                cspan = self.runs.ending_at(m.start())
                actor = m.group("actor")
                if not (self.full_name(actor) or (" " in actor and self._is_person_like(actor))):
                    continue
                if cspan:
                    char = self.character(self.run_text(cspan), cspan[0])
                    self.add("actor", actor, m.start("actor"), CLEAR, character=char)
                elif _NOUN_BEFORE_WHOM_EN.search(text, max(0, m.start() - 40), m.start()):
                    self.add("actor", actor, m.start("actor"), CLEAR)  # "The runaway, whom X plays ...": a performer

    def _part_then_performer(self) -> None:
        """A part named first, then a performer who makes something of it: "Carys appears only in the final act; X makes
        the most of it", "Commander Y, her boss, is mostly a voice on the phone; X does what he can", "The coastguard,
        Callum, is a Glaswegian ... . X is very good in the part", "Die Rolle ist undankbar, aber X macht das Beste
        daraus", "Für diese Rolle hat Y X besetzt", "He's X", ", that's X". The part is the last one named in the
        sentence before the performer, or (when the performer's clause names none) the one the sentence before names.
        Each cue is tried only where its fixed words stand."""
        text = self.text
        found: list[tuple[str, int, bool]] = []  # (performer, where, whether the sentence before may name the part)
        gender: dict[int, str] = {}  # (where a performer stands -> "f"/"m" when the cue's pronoun says it)
        # (each needle through the reading's shared needle filter, which rules most of them out at once: a combined
        # regex scan over the text measured slower, every needle here opening with a space)
        for needle, rx in _MAKES_THE_MOST.get(self.code, ()):
            for pos in self._low_positions(needle):
                start = text.rfind(" ", 0, max(0, pos - 30))
                m = rx.search(text, max(0, start), pos + len(needle) + 30)
                span = self.runs.ending_at(m.start()) if m else None
                if m and span:
                    # ("Santangelo does what she can": with no part named before in its sentence, the performer's own
                    # lead, not the part the sentence before names; "is very good in the part" points back)
                    back = " in the " in needle or " gives " in needle or " makes " in needle
                    # ("X hat in dieser Rolle wenig zu tun": the cue itself names the part by "Rolle")
                    found.append((self.run_text(span), span[0], back or _PART_WORD.search(m.group(0)) is not None))
                    if needle.endswith((" her ", " him ")):
                        gender[span[0]] = "f" if needle.endswith(" her ") else "m"
        if self.code == "de" and self.mentions_any(("r diese rolle", "r die rolle", "r diese figur")):
            for pos in lexmatch.occurrences(text, "Für "):
                m = _CAST_FOR_THIS_PART.match(text, pos)
                if m and self.analysis.sentence_of(pos)[0] == pos:
                    # ("hat Fenske-Ruiz Nora Eickhoff besetzt": the director, then the performer's full name last)
                    words = m.group("who").split(" ")
                    for k in (3, 2):
                        cand = " ".join(words[-k:])
                        if len(words) > k and self.full_name(cand):
                            found.append((cand, m.end("who") - len(cand), True))
                            break
        if self.code == "en":
            # (the lower-cased needles: "he's " also stands inside "she's"; the pattern wants the capital)
            for needle in ("he's ", "he is ", "he’s "):
                for pos in self._low_positions(needle):
                    for at in (pos, pos - 1):
                        m = _PRONOUN_IS_ACTOR_EN.match(text, at) if at >= 0 and text[at] in "HS" else None
                        if m and self.analysis.sentence_of(at)[0] == at:
                            found.append((m.group("actor"), m.start("actor"), True))
            for pos in [p for n in (", that's ", ", that’s ", ", that is ") for p in self._low_positions(n)]:
                m = _THATS_ACTOR_EN.match(text, pos)
                if m:
                    found.append((m.group("actor"), m.start("actor"), False))
            for pos in [p for n in ("that's ", "that’s ") for p in self._low_positions(n)]:
                # "... a new lawman, Sheriff Tom Dade. That's X, and ...": the part the sentence before names
                m = _THATS_OPENING_EN.match(text, pos)
                if m and self.analysis.sentence_of(pos)[0] == pos:
                    found.append((m.group("actor"), m.start("actor"), True))
        for raw, at, back in found:
            fuller = self.full_names_ending(raw) if " " not in raw else []
            if not (self.full_name(raw) or len(fuller) == 1) or self.other_film_before(at):
                continue
            actor = fuller[0] if fuller and not self.full_name(raw) else raw
            sentence = self.analysis.sentence_of(at)
            char = self._part_before_in_sentence(sentence, at) if at > sentence[0] else None
            if char and _norm(char) == _norm(actor):
                char = None
            # ("Die Rolle ist undankbar, aber X macht das Beste daraus": the clause names the part by "Rolle")
            back = back or bool(_PART_WORD.search(text, sentence[0], at))
            if not char and back and not self._names_before_in_clause(sentence[0], at):
                char = self._role_named_before(sentence[0], actor, gender=gender.get(at))
            self.add("actor", raw, at, CLEAR, character=char)

    def _quality_to_name_en(self, m: re.Match[str]) -> None:
        """ "X brings real menace to Declan R., the gang's enforcer": a name right after "to", set off by a comma or
        ending the sentence, that no cue gave as a performer (not "brings warmth to Ada B.'s script")."""
        span = self.runs.starting_at(m.end())
        if not span or not re.match(r"\s*(?:[,.;]|\s[–—]|\s+(?:and|who|as)\b)", self.text[span[1] : span[1] + 8]):
            return
        raw = self.run_text(span)
        if self._known_performer(raw) or self.is_film_title(raw):
            return
        char = self.character(raw, span[0])
        if char and not self.lex.looks_like_noun(char, self.code):
            self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _low_positions(self, needle: str) -> list[int]:
        """Where the lower-case ``needle`` stands, through the reading's needle filter (offsets of ``self.text``)."""
        if len(self.low) == len(self.text):
            return self.positions(needle)
        return lexmatch.occurrences(self.low, needle)

    def _names_before_in_clause(self, start: int, end: int) -> bool:
        """Whether a capitalised run that is no sentence opener stands between ``start`` and ``end``."""
        return any(
            self.run_text(c) not in self.d.OPENERS
            and c[0] != start
            and not self.lex.looks_like_noun(self.run_text(c), self.code)
            for c in self.runs.within(start, end)
        )

    def _sentence_openings(self) -> list[int]:
        """Where a role-first sentence may open (see :meth:`_role_first`), in order; found once per review."""
        if self._openings is None:
            self._openings = sentence_openings(self.text)
        return self._openings

    def _role_first(self, rx: re.Pattern[str]) -> None:
        """ "As Edith, X ...": the role opens the sentence, the actor follows the comma."""
        text = self.text
        pos = 0
        # Tried only where a sentence opens: the text's start, after a line break, after ".;!?:" and one space
        # ("as" inside a sentence is not this cue).
        for start in self._sentence_openings():
            if start < pos:
                continue
            m = rx.match(text, start)
            if m is None and rx is _AS_ROLE_FIRST and self.code == "en":
                # "Opposite her, as the nervous postmaster Colin Spratt, X is a delight": a short lead-in first
                lead = _LEAD_IN_EN.match(text, start)
                m = rx.match(text, lead.end()) if lead else None
            if m is None:
                continue
            pos = m.end()
            actor = m.group("actor")
            if self.full_name(actor) or (self.code == "en" and self._performer_en(actor)):
                char = self.character(m.group("char"), m.start("char"))
                self.add("actor", actor, m.start("actor"), CLEAR, character=char)

    def _gapped_part_performer_de(self) -> None:
        """ "Als Malte brilliert A, als Gesa B.", "(Den) Malte spielt A, (die) Gesa B.": the second part and performer
        with the verb left out, which German capitals run together ("Gesa Ruth Kallweit"): a given name, then a
        performer's full name."""
        for m in lexmatch.matches_at(_GAPPED_PART_PERFORMER_DE, self.text, self._clause_openings()):
            group = "c1a" if m.group("als") else "c1b"
            first = self.character(m.group(group), m.start(group))
            if not first or not self._given(first.split(" ")[0]) or not self.full_name(m.group("a1")):
                continue  # "Die Mutter spielt A, ..." (a noun part) is read by the verb cues
            split = self._part_then_performer_run(m.group("rest"))
            if split:
                char, actor = split
                self.split_runs.add(m.group("rest"))
                self.add("actor", actor, m.start("rest") + m.group("rest").find(actor), CLEAR, character=char)

    def _clause_openings(self) -> list[int]:
        """Where a clause-led pattern may start, in order: 0, then each end of a line break or of a stop and a
        white-space character (no such place is inside another: a stop is no white space)."""
        return [0, *(m.end() for m in _CLAUSE_OPENING_END.finditer(self.text))]

    def _part_then_performer_run(self, raw: str) -> tuple[str, str] | None:
        """ "Gesa Ruth Kallweit" -> ("Gesa", "Ruth Kallweit"): a part's given name, then a two-word full name."""
        tokens = names.tokens(raw)
        if len(tokens) != 3 or not self._given(tokens[0]) or self._role_noun(tokens[0]) or not self._given(tokens[1]):
            return None
        actor = " ".join(tokens[1:])
        return (tokens[0], actor) if self.full_name(actor) and self.person(actor) == actor else None

    def _part_cast_de(self) -> None:
        """How a part was cast: "Die Rolle der Hanne ging an X", "Die Rolle des Malte wurde mit X besetzt", "Für die
        Rolle der Hanne hat man X gewonnen" (a participle of casting must close the last two)."""
        for m in _PART_CAST_DE.finditer(self.text):
            if not m.group("went") and not m.group("cast"):
                continue  # "Für die Rolle der Hanne hat X lange trainiert": no casting said
            actor = self.person(m.group("actor"))
            char = self.character(m.group("char"), m.start("char"))
            if actor and char and self.full_name(actor) and not self.is_film_title(char):
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def german_role_phrases(self) -> None:
        """German phrasings that name a role and its actor apart from the common cues: "Die Ermittlerin
        Dana, die ..., ist bei X in guten Händen", "Resi heißt sie, und X spielt sie", "In der Rolle des
        Mirko ist X zu sehen", "eine Nebenrolle der großartigen X", "in einer Nebenrolle X"."""
        if self.code != "de":
            return
        text = self.text
        self._part_then_performer()
        if self.positions("wer spielt "):
            self._question_then_answer()
        if self.holds("Händen") or self.holds("aufgehoben"):
            for m in _IN_GOOD_HANDS.finditer(text):
                sentence = self.analysis.sentence_of(m.start())
                char = None
                # the name right before "ist" is the clause's subject ("..., Rike ist bei X in guten Händen");
                # else the first part the sentence names ("Die Ermittlerin Dana, die ihm nicht traut, ist bei X ...")
                subject = self.runs.ending_at(m.start())
                subjects = (
                    [subject]
                    if subject and (subject[0] == sentence[0] or _CLAUSE_START.match(text, subject[0]))
                    else []
                )
                for cspan in subjects or self.runs.within(sentence[0], m.start()):
                    char = self.character(self.run_text(cspan), cspan[0])
                    if char and not (" " not in char and self.lex.looks_like_noun(char, self.code)):
                        break
                    char = None
                if m.group("actor2") or m.group("verb") == "sind":
                    # "Merve und Jessie sind bei A und B in guten Händen": two performers, no pair without
                    # "beziehungsweise" (as for "A und B spielen C und D")
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR)
                    if m.group("actor2"):
                        self.add("actor", m.group("actor2"), m.start("actor2"), CLEAR)
                    continue
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        self._pronoun_parts_de()
        if self.holds("olle der ") or self.holds("olle des "):
            self._part_cast_de()
        if self.holds("Ihre") or self.holds("Seine"):
            for m in lexmatch.matches_at(_HER_PART_FIRST_DE, self.text, self._clause_openings()):
                # "Ihre Hanne legt X als stille Kämpferin an", "Seinen Malte spielt X mit großer Ruhe": the part
                # (a given name) before the verb, its performer after it
                char = self.character(m.group("char"), m.start("char"))
                if char and self._given(char.split(" ")[0]) and self.full_name(m.group("actor")):
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        if self.holds(", als ") or self.holds(" spielt "):
            self._gapped_part_performer_de()
        if self.holds(" die des ") or self.holds(" die der ") or self.holds(" den des ") or self.holds(" den der "):
            for m in _GAPPED_ROLE_OF_DE.finditer(self.text):
                # "X übernimmt die Rolle der Hanne, Y die des Malte": the verb and "Rolle" left out
                char = self.character(m.group("char"), m.start("char"))
                if char and self.full_name(m.group("actor")) and not self._noun_only_part(char):
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        for lead in ("Gespielt werden ", "Verkörpert werden ", "Dargestellt werden "):
            for pos in self.found(lead):
                # "Gespielt werden die beiden von A und B": performers of parts named before, no pairs without
                # "beziehungsweise"
                both = _PLURAL_PASSIVE_DE.match(self.text, pos + len(lead))
                for name, npos in self.list_after(both.end()) if both else ():
                    if " " in name and self.full_name(name):
                        self.add("actor", name, npos, CLEAR)
        for m in self.finds("play"):
            demonstrative = _DEMONSTRATIVE_PART.match(text, m.end())
            if demonstrative:
                self._demonstrative_part(m, demonstrative)
                continue
            pronoun = _OBJECT_PRONOUN.match(text, m.end())
            if not pronoun:
                continue
            span = self.runs.ending_at(m.start())
            if not span or not self.full_name(self.run_text(span)):
                continue
            if pronoun.group().strip() == "das":
                sentence = self.analysis.sentence_of(m.start())
                if sentence[0] == span[0]:
                    char = self._role_named_before(sentence[0], self.run_text(span))
                    if char:
                        self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
                continue
            # "Resi heißt sie, und X spielt sie", "der Ingenieur Carl – X spielt ihn mit Charme –":
            # the role is the last name before the actor in the same sentence.
            sentence = self.analysis.sentence_of(m.start())
            char = self._pronoun_apposition(m.end())  # "X spielt ihn, den verbitterten Heimkehrer Gregor, ..."
            for cspan in reversed(self.runs.within(sentence[0], span[0]) if not char else []):
                if self._speaker_label(cspan):
                    char = None
                    break  # "Feuerbach-Litt: Ja, die Enkelin, X spielt sie": a speaker's label, no part
                if _LIST_GLUE_ONLY.fullmatch(text, cspan[1], span[0]) and _PLURAL_PLAY_AFTER.match(text, span[1]):
                    char = None
                    break  # "A, B und C spielen sie": a list of performers, no part among them
                char = self.character(self.run_text(cspan), cspan[0])
                if char and " " not in char and not self._given(char) and self._word_before(cspan[0]) in _PREPOSITIONS:
                    char = None  # "ermittelt in Ostfriesland, und X spielt ihn": a place after a preposition
                    continue
                if char and not (" " not in char and self.lex.looks_like_noun(char, self.code)):
                    if self._noun_after_article(cspan, char):
                        char = None  # "Eine Lyrikerin aus dem Nachbarort hilft ihm, und X spielt sie": a place
                        continue
                    break
                char = None
            if not char and (sentence[0] == span[0] or _ARTICLE_ADJECTIVES.fullmatch(text, sentence[0], span[0])):
                # "Im Mittelpunkt steht die Biologin Merle, die ... . X spielt sie mit ...": the one part the
                # sentence before names ("Die junge X spielt sie": an article and an adjective before the performer)
                char = self._role_named_before(sentence[0], self.run_text(span))
            if char:
                self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
        # (Each phrase is looked for only when its fixed words occur: a substring test is far cheaper.)
        for m in self._roles_of_performers():
            # "Die Dora der Ilka Brand ist ...": a role's name, then the performer in the genitive
            char, actor = m.group("char"), m.group("actor")
            if (
                self._given(char)
                and not self.lex.looks_like_noun(char, "de")
                and self.full_name(actor)
                and not self.other_film_before(m.start())
            ):
                self.add("actor", actor, m.start("actor"), CLEAR, character=char)
        for pos in self.found(" stellt"):
            # "X stellt den alten Imker Gustl dar": the separable verb closes the clause
            portrays = _PORTRAYS.match(text, pos + 1)
            span = self.runs.ending_at(pos) if portrays else None
            if not portrays or not span or not self.full_name(self.run_text(span)):
                continue
            if self.other_film_before(portrays.start()):
                continue
            char, _det = self._character_after(portrays.start("obj"))
            self.add("actor", self.run_text(span), span[0], CLEAR, character=char)
        self._inverted_passives()
        if self.holds("espielt w"):
            # "Gespielt wird der Vater Claus von X": the passive with the role first.
            for m in _PLAYED_INVERTED.finditer(text):
                char = self.character(m.group("char"), m.start("char"))
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        # (after a question mark the cue starts two places later: "? Wird von X gespielt")
        starts = {p + 2 * (w[0] == "?") for w in _PRONOUN_PASSIVE_TRIGGERS for p in self.positions(w)}
        if starts:
            # (tried only where a trigger word stands: "gespielt wird", "Sie wird", ...)
            found = (
                self._matches_at(_PLAYED_INVERTED_PRONOUN, text, starts)
                if len(self.low) == len(text)
                else list(_PLAYED_INVERTED_PRONOUN.finditer(text))  # lower-casing moved the offsets: scan it all
            )
            for m in found:
                key = next(k for k in ("actor", "actor2", "actor3") if m.group(k))
                actor = m.group(key)
                if self.full_name(actor):
                    # "Gespielt wird sie von X", "Sie wird dargestellt von X", "Er wird von X gespielt": the part is
                    # the one the sentence before names, if only one
                    at = m.start(key)
                    sentence = self.analysis.sentence_of(m.start())
                    char = self._role_named_before(sentence[0], actor) if sentence[0] == m.start() else None
                    self.add("actor", actor, at, CLEAR, character=char)
        pos = text.find("Als ")
        while pos >= 0:
            # "Als Fotografin Lene überzeugt Anna Vogt": the role first, a verb, then the actor (sentence start).
            opens = pos == 0 or text[pos - 1] == "\n" or text[pos - 2 : pos] in (". ", "! ", "? ", ": ")
            first = _AS_ROLE_VERB_ACTOR.match(text, pos) if opens else None
            if opens and not first:
                self._as_role_then_pronoun(pos)
            actor_raw, actor_at = (first["actor"], first.start("actor")) if first else ("", 0)
            demonym = (
                _DEMONYM_BEFORE_NAME_DE.match(actor_raw)
                if first and text[actor_at - 4 : actor_at] in ("der ", "die ")
                else None
            )
            if (
                demonym
                and not self.full_name(self.person(actor_raw) or "")
                and self.full_name(actor_raw[demonym.end() :])
            ):
                # "Als Bergführer Gion brilliert der Bündner X": a regional noun before the performer's full name
                actor_raw, actor_at = actor_raw[demonym.end() :], actor_at + demonym.end()
            elif first and " " in actor_raw:
                head, rest = actor_raw.split(" ", 1)
                if self._role_noun(head) and not is_role_noun(head, self.d.PERFORMER_NOUNS):
                    # "Als Widersacher tritt Bürgermeister F. G. auf, dem X ... verleiht": a trade before the name
                    # makes it a part, not the performer
                    first = None
                elif (
                    not self.full_name(self.person(actor_raw) or "")
                    and self.full_name(rest)
                    and (is_role_noun(head, self.d.PERFORMER_NOUNS) or head.lower().endswith(_PERFORMER_TAILS))
                ):
                    # "Als Parkwächter Herr K. ist Synchronprofi X zu hören": a performer's trade before the name
                    actor_raw, actor_at = rest, actor_at + len(head) + 1
            if first and self.analysis.sentence_of(pos)[0] == pos and self.full_name(self.person(actor_raw) or ""):
                char = self.character(first["char"], first.start("char"))
                appos = _ARTICLE_NOUN_NAME.fullmatch(first["clause"]) if first["clause"] else None
                if appos and " " not in first["char"] and self.lex.looks_like_noun(first["char"], self.code):
                    # "Als ihr Mentor, der Ingenieur Hellmuth K., überzeugt X": the apposition names the part
                    at = first.start("clause") + appos.start("name")
                    char = self.character(appos.group("name"), at)
                    ok = char and (self.full_name(char) or self._given(char) or self._name_shaped(char.split(" ")))
                    char = char if ok else None
                if first["aside"]:
                    # a nameless part first, its name in the aside after "namens" (else no pair)
                    named = self._nicknamed_in(first["aside"], first.start("aside"))
                    nameless = " " not in first["char"] and self.lex.looks_like_noun(first["char"], self.code)
                    char = named if named and nameless else None
                    if not char:
                        self.add("actor", actor_raw, actor_at, CLEAR)
                if char and (not self.lex.looks_like_noun(char, self.code) or self._named_in_full(char)):
                    self.add("actor", actor_raw, actor_at, CLEAR, character=char)
                elif (
                    " " not in first["char"]
                    and self._role_noun(first["char"])
                    and _PERFORMING_AFTER_ROLE.match(text, first.end("char"))
                ):
                    self.add("actor", actor_raw, actor_at, CLEAR)  # "Als Schurke chargiert X"
            pos = text.find("Als ", pos + 4)
        if (
            self.holds("olle de")
            or self.holds("Part de")
            or self.holds("Figur de")
            or self.holds("stimme de")
            or self.holds("olle sei")
            or (self.holds("olle ihr"))
        ):
            for m in _ROLE_OF_INVERTED.finditer(text):
                written = _PART_WRITTEN.match(text, m.end("actor"))
                if written:
                    # "Die Rolle der Hanne hat X eigens für Y geschrieben": X wrote the part, Y plays it
                    self._part_written_for(written, m.group("char"), m.start("char"))
                    continue
                char = self.character(m.group("char"), m.start("char"))
                if char and " " not in char and (self.lex.looks_like_noun(char, "de") or self._role_noun(char)):
                    char = None  # "Die Rolle des Vaters übernimmt X": a relation without a name
                if char is None and m.group("appos"):
                    char = self._nicknamed_in(
                        m.group("appos"), m.start("appos")
                    )  # "..., eines Schleusers namens Viktor,"
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        self._double_cast_and_made_roles()
        if self.holds("Titelrolle") or self.holds("Titelheld") or self.holds("Titelfigur"):
            self._biopic_title_role()
        if self.holds(" gefunden") or self.holds(" gewonnen"):
            for m in _FOUND_PERFORMER.finditer(text):
                # "Mit X hat Y für ihn einen Darsteller gefunden": X performs (the part named just before, if a
                # pronoun or "für diese Rolle" points back)
                if not self.full_name(m.group("actor")):
                    continue
                sentence = self.analysis.sentence_of(m.start())
                back = m.group("back") or m.group("back2")
                char = None
                if back and sentence[0] == m.start():
                    char = self._role_named_before(sentence[0], m.group("actor"))
                elif back and text[max(0, m.start() - 2) : m.start()] == ": ":
                    # "Einzig der Pfarrer, Pater W., ist mit einem Profi besetzt: Mit X hat ... gewonnen"
                    char = self._part_before_in_sentence(sentence, m.start())
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        if self.holds("Stimme") and any(
            self.holds(f"{w} {v} ") for w in ("dem", "der") for v in ("leiht", "lieh", "gibt", "gab")
        ):
            for m in _DEMONSTRATIVE_VOICE.finditer(text):
                # "ein kleiner Roboter, Rudi, und dem leiht Comedian X seine Stimme": the part named before
                actor = self.person(m.group("actor"))
                if not actor or not self.full_name(actor):
                    continue
                char = self._part_before_in_sentence(self.analysis.sentence_of(m.start()), m.start())
                self.add("actor", actor, m.start("actor") + m.group("actor").find(actor), CLEAR, character=char)
        if self.holds(" gehört "):
            for m in _APPEARANCE_BELONGS.finditer(text):
                if self.full_name(m.group("actor")):  # "Ein kurzer, starker Auftritt gehört X als ...": a performer
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR)
        if self.holds(" Figur") and self.holds("macht "):
            for m in _GOOD_FIGURE.finditer(text):
                # "Als Fluglehrer macht X eine gute Figur", "X macht als Y eine gute Figur": a performer
                fig = (m.start("actor"), m.end("actor")) if m.group("actor") else self.runs.ending_at(m.start() - 1)
                if fig and self.full_name(self.run_text(fig)):
                    self.add("actor", self.run_text(fig), fig[0], CLEAR)
        if self.holds("heißt"):
            self._named_after_noun_part()
        if self.holds(": die ") or self.holds(": der ") or _LOWER_COLON.search(text):
            for m in _PART_PRAISE_COLON.finditer(text):
                # "Rosls Enkelin Vevi, herrlich unaufgeregt: die Newcomerin X.": the part, a praise, its performer
                praised = self.runs.ending_at(m.start())
                actor = self.person(m.group("actor")) if praised else None
                if not praised or not actor or not self.full_name(actor):
                    continue
                if self.analysis.sentence_of(praised[0])[0] != praised[0]:
                    continue
                char = self.character(self.run_text(praised), praised[0])
                if char and " " not in char and not self.lex.looks_like_noun(char, self.code):
                    self.add("actor", actor, m.start("actor") + m.group("actor").find(actor), CLEAR, character=char)
        if any(self.holds(f" {modal} ") for modal in _OBJECT_MODALS):
            for word in (" spielen", " verkörpern", " mimen"):
                for pos in self.found(word):
                    self._modal_object_first(pos)
        if (
            self.holds("besetzt")
            or self.holds("rolle für")
            or self.holds("Stimme")
            or self.holds("spricht")
            or self.holds("verleiht")
            or self.holds("Figur, ")
        ):
            self._casting_and_voices()
            if self.holds("Stimme"):
                self._voice_run_split()
            if " spricht d" in self.analysis.text:
                self._object_die_spoken()
        self._voices_heard()
        self._voices_named_around()
        if self.holds("allen voran") or self.holds("angeführt von") or self.holds("vor allem") or self.holds(" um "):
            for m in self._matches_at(_CAST_LED_BY, text, self._cast_noun_starts()):
                start, end = self.analysis.sentence_of(m.start())
                if any(not self.is_film_title(q.group(1)) for q in _QUOTED_TITLE.finditer(text, start, end)):
                    continue  # "das Ensemble um X in „Anderer Film“": another film's cast
                # "Die jungen Darsteller, allen voran A und B, ...", "Das Ensemble, angeführt von A, ...": the cast.
                for name, pos in self.list_after(m.end()):
                    if " " in name:
                        self.hits.append(Hit("actor", name, pos, CLEAR))
        self._plural_roles_lists()
        if self.holds("olle als "):
            for m in _IN_ROLE_AS_FIRST.finditer(text):
                actor = self.person(m.group("actor"))
                if not actor or not self.full_name(actor):
                    continue
                cspans = self.runs_in(m.start("char"), m.end("char"))
                char = None
                if len(cspans) == 1 and cspans[0] == (m.start("char"), m.end("char")):
                    char = self.character(m.group("char"), m.start("char"))
                    if char and (
                        self._noun_only_part(char)
                        or (" " not in char and not (self._given(char) or self._used_as_name(char)))
                    ):
                        char = None  # ("als Wanderprediger, der ...": a lone word no list gives as a name)
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
        for rx, words in (
            (_SHOWS_UP_AS, ("taucht ", "tritt ")),
            (_VOICE_OF_THING, ("stimme ",)),
            (_CAMEO_OF, ("ameo", "uftritt ")),
        ):
            # (tried only over the sentences holding the phrase's words: a pattern that opens on a name costs)
            spans = self._trigger_spans(words)
            parts = {_norm(h.character) for h in self.hits if h.character} if spans else set()
            for start, end in spans:
                for m in rx.finditer(text, start, end):
                    name = m.group("actor")
                    if self.full_name(name) and _norm(name) not in parts and not self.other_film_before(m.start()):
                        self.add("actor", name, m.start("actor"), CLEAR)  # (not a part named in full elsewhere)
        if self.holds(" in ") and (self.holds("olle") or self.holds("uftritt") or self.holds("Szenen")):
            for m in lexmatch.matches_at(_ASIDE_IN_ROLE, text, _aside_openings(text)):
                if self.full_name(m.group("actor")):
                    self.add("actor", m.group("actor"), m.start("actor"), CLEAR)
        for rx, words in ((_SUPPORTING_ROLE_OF, ("rolle d", "rolle von")), (_IN_SUPPORTING_ROLE, ("n einer",))):
            if any(self.holds(w) for w in words):
                for m in rx.finditer(text):
                    before = text[m.start() - 1 : m.start()]
                    if before and (before.isalnum() or before in "-_"):
                        continue  # inside a longer word
                    if self.full_name(m.group("actor")):
                        self.add("actor", m.group("actor"), m.start("actor"), CLEAR)

    def _noun_after_article(self, cspan: Span, char: str) -> bool:
        """A lone capitalised word right after an article or a preposition that holds one ("aus dem Nachbarort",
        "im Heim"): a German noun, not a part's name, unless a given name or written elsewhere as a name."""
        if " " in char or self._given(char) or self._used_as_name(char):
            return False
        if " " in self.run_text(cspan):
            return False  # "den Bahnwärter Anselme": the article belongs to the noun before the name
        return self._word_before(cspan[0]).lower() in _ARTICLE_WORDS

    def _speaker_label(self, cspan: Span) -> bool:
        """ "Feuerbach-Litt: Ja, ...": a name opening a line before a colon, a speaker in a transcript."""
        return self.text.startswith(":", cspan[1]) and (cspan[0] == 0 or self.text[cspan[0] - 1] == "\n")

    def _part_before_in_sentence(self, sentence: Span, end: int) -> str | None:
        """The last part named in ``sentence`` before ``end`` (a given name, or a full name or title and name; not a
        noun after an article): what "sie" / "ihn" / "ihm" points back to."""
        for cspan in reversed(self.runs.within(sentence[0], end)):
            if self._speaker_label(cspan):
                return None  # a speaker's label
            char = self.character(self.run_text(cspan), cspan[0])
            if char and places.canonical(char) and self._word_before(cspan[0]) in _PREPOSITIONS:
                continue  # "kehrt aus Berlin zurück; X verleiht ihr ...": a place after a preposition is no part
            if (
                char
                and " " not in char
                and not self._given(char)
                and _AFTER_COPULA.search(self.text, max(0, cspan[0] - 12), cspan[0])
            ):
                continue  # "Ihr Mann Helge bleibt Staffage – X hat wenig zu tun": what the part is, not who
            if (
                char
                and " " not in char
                and self.lex.looks_like_noun(char, self.code)
                and self.code == "en"
                and self._word_before(cspan[0]) in _KIN_WORDS_EN
            ):
                return char  # "Tamsin's aunt Honor is mere decoration": a word a list knows, named by a relation
            if char and not (" " not in char and self.lex.looks_like_noun(char, self.code)):
                if self._noun_after_article(cspan, char):
                    if _PREDICATE_NOUN_BEFORE.search(self.text, max(0, cspan[0] - 50), cspan[0]):
                        continue  # "Gabriele, ist eine erfolgreiche Anwältin – X verleiht ihr ...": what she is
                    return None
                if " " not in char and not self._given(char) and not self._used_as_name(char):
                    # "Der Nachbar Aslak, ein Rentierzüchter, ...": a name no list knows after a person noun
                    # ("his estranged daughter, Carys, appears ...": or set off by commas)
                    described = (
                        len(names.tokens(self.run_text(cspan))) > 1
                        or (
                            self.text.startswith(", ", cspan[0] - 2)
                            and self.text.startswith(",", cspan[1])
                            and self.text[cspan[0] - 3 : cspan[0] - 2].islower()
                        )
                    ) and self._name_shaped([char])
                    if not described:
                        return None
                if any(h.role == "actor" and _norm(h.name) == _norm(char) for h in self.hits):
                    return None  # a performer named before, not a part
                return char
        return None

    def _pronoun_parts_de(self) -> None:
        """Parts tied to a performer through a pronoun, each gated on its fixed words:
        "Jelena bleibt blass, obwohl X, die sie verkörpert, mehr könnte" (a relative clause whose object points back to
        the part named before in the sentence); "Meteorologe Hagen Wolters hat ...; X gibt ihm eine wortkarge Würde" (a
        quality given through a dative pronoun); "X spielt eine Ärztin ... . Sie heißt Samira" (the name given to the
        nameless part of the one performer the sentence before credits)."""
        text = self.text
        for glue in (", die sie ", ", der ihn ", ", die ihn ", ", der sie "):
            for pos in self.found(glue):
                m = _RELATIVE_PRONOUN_PLAY.match(text, pos)
                span = self.runs.ending_at(pos) if m else None
                actor = self.person(self.run_text(span)) if span else None
                if span and actor and self.full_name(actor):
                    sentence = self.analysis.sentence_of(pos)
                    char = self._part_before_in_sentence(sentence, span[0])
                    if not char and _ARTICLE_ADJECTIVES.fullmatch(text, sentence[0], span[0]):
                        # "Seine Enkelin Theresa will ... . Die junge Schauspielerin X, die sie verkörpert, ...": the
                        # one part the sentence before names
                        char = self._role_named_before(sentence[0], actor)
                    if char:
                        self.add("actor", actor, span[0], CLEAR, character=char)
        for glue in (" gibt ihm ", " gibt ihr ", " verleiht ihm ", " verleiht ihr "):
            for pos in self.found(glue):
                span = self.runs.ending_at(pos)
                end = pos + len(glue) - 1
                gift = _QUALITY_GIVEN.match(text, end)
                raw = self.run_text(span) if span else ""
                # ("Lindenberg gibt ihm ...": a surname alone, when the text gives one full name ending with it)
                fuller = self.full_names_ending(raw) if span and gift and " " not in raw else []
                if span and gift and (self.full_name(raw) or len(fuller) == 1):
                    sentence = self.analysis.sentence_of(pos)
                    char = self._part_before_in_sentence(sentence, span[0])
                    if not char and sentence[0] == span[0]:
                        char = self._role_named_before(
                            sentence[0], fuller[0] if fuller else raw, gender="f" if glue.endswith("ihr ") else "m"
                        )
                    if char:
                        self.add("actor", raw, span[0], CLEAR, character=char)
        for glue in ("Ihm leiht ", "Ihr leiht ", "Ihm lieh ", "Ihr lieh ", "Ihm hat ", "Ihr hat ", "Ihm hatte ", "Ihr hatte "):
            for pos in self.found(glue):
                # "Der Papagei Koko ist der Star. Ihm leiht X seine Stimme": the one part the sentence before names
                m = _PRONOUN_VOICE_FIRST.match(text, pos)
                if m and m.group("verb").startswith("hat") and not m.group("lent"):
                    continue  # "Ihr hat X ..." without "geliehen": no voice lent
                span = self.runs.starting_at(m.start("actor")) if m else None
                actor = self.person(self.run_text(span)) if span else None
                if not span or not actor or not self.full_name(actor) or self.analysis.sentence_of(pos)[0] != pos:
                    continue
                char = self._role_named_before(pos, actor, gender="f" if glue.startswith("Ihr ") else "m")
                self.add("actor", actor, span[0], CLEAR, character=char)
        if any(self.holds(f" {verb} {pronoun} ") for verb in ("spricht", "sprach") for pronoun in ("ihn", "sie")):
            self._pronoun_spoken_by()
        for pos in self.found("Stimme"):
            m = _VOICES_BELONG.match(text, pos)
            if m:
                # "Die Stimmen der Anrufer gehören unter anderem A und B": performers of voices
                for name, npos in self.list_after(m.end()):
                    if " " in name and self.full_name(name):
                        self.add("actor", name, npos, CLEAR)
        self._performers_named_once_de()
        for glue in _DEMONSTRATIVE_GLUES:
            for pos in self.found(glue):
                self._demonstrative_first(pos)
        for glue in ("Sie heißt ", "Er heißt "):
            for pos in self.found(glue):
                self._named_after_nameless_part(pos, pos + len(glue))
        for glue in (", und die ", ", und den ", ", und der ", "; die ", "; den ", "; der "):
            for pos in self.found(glue):
                self._demonstrative_after_and(pos, pos + len(glue) - 4)
        for pos in self.found(" heißt "):
            self._named_then_played(pos)
        for glue in (" verleiht dieser ", " verleiht diesem "):
            for pos in self.found(glue):
                self._quality_to_demonstrative(pos, pos + len(glue))

    def _demonstrative_after_and(self, pos: int, at: int) -> None:
        """ "Die Kommissarin Wiebke Thoms ermittelt in Greifswald, und die spielt X": a demonstrative object opening
        the clause after "und" points back to the last part the sentence names before it."""
        head = self.text[at : at + 1].upper() + self.text[at + 1 : at + 40]  # ("die spielt" as "Die spielt")
        m = _DEMONSTRATIVE_FIRST.match(head) or _DEMONSTRATIVE_PASSIVE.match(head) or _DEMONSTRATIVE_BY.match(head)
        if m and m.re is _DEMONSTRATIVE_BY and not _PARTICIPLE_AFTER.match(self.text, at + m.end()):
            m = None
        span = self.runs.starting_at(at + m.end()) if m else None
        actor = self.person(self.run_text(span)) if span else None
        if not span or not actor or not self.full_name(actor):
            return
        sentence = self.analysis.sentence_of(pos)
        end = pos
        for cspan in reversed(self.runs.within(sentence[0], pos)):
            # ("ermittelt in Greifswald, und die spielt X": a word after a preposition is a place, not the part)
            if self._word_before(cspan[0]) in _PREPOSITIONS_DE and not self._given(self.run_text(cspan).split(" ")[0]):
                end = cspan[0]
                continue
            break
        char = self._part_before_in_sentence(sentence, end)
        if char:
            self.add("actor", actor, span[0], CLEAR, character=char)

    def _demonstrative_passive_von(self, pos: int) -> re.Match[str] | None:
        """ "Die wird von X gespielt": the performer after "von", the participle after the name."""
        m = _DEMONSTRATIVE_BY.match(self.text, pos)
        return m if m and _PARTICIPLE_AFTER.match(self.text, m.end()) else None

    def _named_then_played(self, pos: int) -> None:
        """ "einen jungen Kellner, Timo heißt der, gespielt von X": the name before "heißt", the performer after
        "gespielt von"."""
        m = _NAMED_THEN_PLAYED.match(self.text, pos)
        before = self.runs.ending_at(pos) if m else None
        span = self.runs.starting_at(m.end()) if m else None
        actor = self.person(self.run_text(span)) if span else None
        if not before or not span or not actor or not self.full_name(actor):
            return
        char = self.character(self.run_text(before), before[0])
        if char and (self._given(char.split(" ")[0]) or self._name_shaped(char.split(" "))):
            self.add("actor", actor, span[0], CLEAR, character=char)

    def _quality_to_demonstrative(self, pos: int, after: int) -> None:
        """ "X verleiht dieser Frida eine Würde": the performer gives a quality to the part a demonstrative names."""
        span = self.runs.ending_at(pos)
        part = self.runs.starting_at(after)
        raw = self.run_text(span) if span else ""
        if not span or not part or not self.full_name(raw):
            return
        char = self.character(self.run_text(part), part[0])
        if char and _QUALITY_AFTER.match(self.text, part[1]) and not self.lex.looks_like_noun(char, self.code):
            self.add("actor", raw, span[0], CLEAR, character=char)

    def _performers_named_once_de(self) -> None:
        """Performers a German page names once, each cue gated on its fixed words: "Rapper X in seiner ersten
        Filmrolle", "hat mit X eine Hauptdarstellerin, die ...", "Einen der Gangster spielt X" (no part), "Der Roboter
        heißt Oskar, und seine Stimme gehört X" (the part named before in the sentence)."""
        text = self.text
        if self.holds("rste") and self.holds("olle"):
            for pos in [p for glue in (" in seiner ", " in ihrer ") for p in self.found(glue)]:
                m = _FIRST_ROLE_AFTER.match(text, pos)
                span = self.runs.ending_at(pos) if m else None
                actor = self.person(self.run_text(span)) if span else None
                if span and actor and self.full_name(actor):
                    self.add("actor", actor, span[0], CLEAR)
        for tail in _CAST_COMPOUND_TAILS:
            for pos in self.found(tail):
                # "mit X eine Hauptdarstellerin": looked for only in the few words before the performer's noun
                m = _WITH_PERFORMER_NOUN.search(text, max(0, pos - 70), pos + 20)
                actor = self.person(m.group("actor")) if m and m.start() < pos < m.end() else None
                if m and actor and self.full_name(actor):
                    self.add("actor", actor, m.start("actor"), CLEAR)
        for word in ("Einen", "Eine", "Einer"):
            for pos in self.found(word):
                m = _ONE_OF_PLAYED.match(text, pos)
                actor = self.person(m.group("actor")) if m else None
                if m and actor and self.full_name(actor):
                    # (one of many is no part: a pair another cue read from the plural noun goes)
                    at, noun = m.start("actor"), m.group("noun")
                    self.hits = [h for h in self.hits if not (h.start == at and h.character == noun)]
                    self.add("actor", actor, at, CLEAR)
        if self.holds("Stimme gehört"):
            for pos in self.found("Stimme"):
                m = _VOICE_BELONGS.search(text, max(0, pos - 7), pos + 80)
                actor = self.person(m.group("actor")) if m else None
                if not m or not actor or not self.full_name(actor):
                    continue
                sentence = self.analysis.sentence_of(m.start())
                self.add(
                    "actor",
                    actor,
                    m.start("actor"),
                    CLEAR,
                    character=self._part_before_in_sentence(sentence, m.start()),
                )

    def _demonstrative_first(self, pos: int) -> None:
        """ "Ihr Mann Hauke bleibt eine Randfigur. Den spielt X.": a demonstrative object opening its sentence points
        to the one part the sentence before names; the performer follows the verb."""
        if self.analysis.sentence_of(pos)[0] != pos and not self._after_speaker_label(pos):
            return
        m = (
            _DEMONSTRATIVE_FIRST.match(self.text, pos)
            or _DEMONSTRATIVE_PASSIVE.match(self.text, pos)
            or self._demonstrative_passive_von(pos)
        )
        span = self.runs.starting_at(m.end()) if m else None
        actor = self.person(self.run_text(span)) if span else None
        if actor and " " not in actor and len(fuller := self.full_names_ending(actor)) == 1:
            actor = fuller[0]  # "Ihn spielt Heberle": the one full name the text gives with that surname
        if not span or not actor or not self.full_name(actor):
            return
        char = self._role_named_before(pos, actor, recent=True)
        if not char and self.text.startswith(", als ", span[1]):
            # "Den spielt X, als Abwickler Dominik.": the part after "als"
            char, _det = self._character_after(span[1] + 5)
        self.add("actor", actor, span[0], CLEAR, character=char)

    def _after_speaker_label(self, pos: int) -> bool:
        """Whether ``pos`` opens a transcript's turn: "KRITIKERIN: Den spielt X" (a capitalised label, a colon)."""
        line = self.text.rfind("\n", 0, pos) + 1
        return pos - line < 40 and _SPEAKER_LABEL.fullmatch(self.text, line, pos) is not None

    def _question_then_answer(self) -> None:
        """A transcript's question and its answer: "Wer spielt diese Fährfrau? – Das ist X. ... Die Figur heißt Agnes",
        "Who plays Pim? – That's X". The performer is the answer's first name after "Das ist"/"That's"/"Den spielt";
        the part is the question's name, else the name the answer gives with "heißt"/"is called"."""
        text = self.text
        question = "Wer spielt " if self.code == "de" else "Who plays "
        for pos in lexmatch.occurrences(text, question):
            qend = text.find("?", pos, pos + 80)
            if qend < 0:
                continue
            answer = _ANSWER_PERFORMER.search(text, qend + 1, qend + 120)
            if not answer or text.find("?", qend + 1, answer.start()) >= 0:
                # "Who plays Hester?" / "SAM: Imelda C. She's fantastic.": the name right after the speaker's label
                answer = _BARE_ANSWER.match(text, qend + 1)
            if not answer or text.find("?", qend + 1, answer.start()) >= 0:
                continue
            actor = answer.group("actor")
            if not self.full_name(actor):
                continue
            char = None
            asked = self.runs_in(pos + len(question), qend)
            if len(asked) == 1 and asked[0][1] == qend:
                char = self.character(self.run_text(asked[0]), asked[0][0])
                if char and " " not in char and self.lex.looks_like_noun(char, self.code):
                    char = None
            if not char:
                end = text.find("\n", answer.end())
                named = _PART_IS_CALLED.search(text, answer.end(), len(text) if end < 0 else end)
                char = self.character(named.group("name"), named.start("name")) if named else None
            self.add("actor", actor, answer.start("actor"), CLEAR, character=char)

    def _named_after_nameless_part(self, pos: int, after: int) -> None:
        """ "X spielt in „Oase“ eine Ärztin, die ... . Sie heißt Samira": one performer of a nameless part in the
        sentence before, then the part's name."""
        sentence = self.analysis.sentence_of(pos)
        if sentence[0] != pos or pos < 2:
            return
        before = self.analysis.sentence_of(pos - 2)
        span = self.runs.starting_at(after)
        if not span or span[0] != after or not _NAME_CLOSED.match(self.text, span[1]):
            return
        name = self.run_text(span)
        if " " in name or not self._given(name) or self.full_names_ending(name):
            return
        performers = {_norm(h.name): h for h in self.hits if h.role == "actor" and before[0] <= h.start < before[1]}
        if len(performers) != 1:
            return
        hit = next(iter(performers.values()))
        if hit.character or not _NAMELESS_PART_PLAYED.search(self.text, before[0], before[1]):
            return
        self.add("actor", hit.name, hit.start, CLEAR, character=name)

    def _demonstrative_part(self, m: re.Match[str], demonstrative: re.Match[str]) -> None:
        """ "Der Bürgermeister Hollerbach will ... . X spielt diesen Bürgermeister mit ...": the demonstrative's noun
        names the part the text gave with that noun and a name shortly before."""
        span = self.runs.ending_at(m.start())
        if not span or not self.full_name(self.run_text(span)):
            return
        noun = demonstrative.group("noun")
        lo = max(0, m.start() - 400)
        found = None
        for cspan in self.runs.within(lo, span[0]):
            raw = self.run_text(cspan)
            words = raw.split(" ")
            if noun in words[:-1]:
                found = self.character(" ".join(words[words.index(noun) :]), cspan[0])
        if not found and noun in _GENERIC_PERSON_NOUNS and self.analysis.sentence_of(span[0])[0] == span[0]:
            # "Im Mittelpunkt steht Ocke Petersen, ein Schafhalter ... . X spielt diesen Mann mit ...": a word for any
            # person points back to the one part the sentence before names
            found = self._role_named_before(span[0], self.run_text(span))
        if found and found != noun:
            self.add("actor", self.run_text(span), span[0], CLEAR, character=found)

    def _named_after_noun_part(self) -> None:
        """ "In „T“ mimt X einen Witwer ... . Der Witwer heißt Egon Hölscher": a part played by its noun, named by
        "heißt" in the next sentence."""
        for m in _NOUN_PART_NAMED.finditer(self.text):
            start = self.analysis.sentence_of(m.start())[0]
            if start != m.start() or start < 2:
                continue
            before = self.analysis.sentence_of(start - 2)
            played = _PLAYS_NOUN_PART.search(self.text, before[0], before[1])
            if not played or played.group("noun") != m.group("noun"):
                continue
            actor = played.group("actor") or played.group("actor2")
            char = self.character(m.group("name"), m.start("name"))
            if actor and self.full_name(actor) and char and not self.lex.looks_like_noun(char, self.code):
                at = played.start("actor") if played.group("actor") else played.start("actor2")
                self.add("actor", actor, at, CLEAR, character=char)

    def _biopic_title_role(self) -> None:
        """ "Die Titelrolle spielt X" after a sentence that tells a life ("erzählt das Leben der Flugpionierin Lotte
        B."): the title role is the one part that sentence names."""
        for m in _TITLE_ROLE_PLAYED.finditer(self.text):
            start = self.analysis.sentence_of(m.start())[0]
            if start != m.start() or start < 2:
                continue
            if not self.full_name(m.group("actor")):
                continue
            before = self.analysis.sentence_of(start - 2)
            if not _LIFE_TOLD.search(self.text, before[0], before[1]):
                # "Pauline und der Zauberbaum" ... "Die Titelrolle spielt X": the one given name the title holds
                char = self._title_given_name()
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)
                continue
            char = self._role_named_before(start, m.group("actor"), back=False, new_paragraph=True)
            if char:
                self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _title_given_name(self) -> str | None:
        """The one word of the reviewed film's title that is a given name or that the text uses as a name
        ("Pauline und der Zauberbaum" -> "Pauline"), else None."""
        title = self.analysis.record.film.title
        if title is None:
            return None
        words = [w.strip(",.:;!?'’\"„“”") for w in title.text.split()]
        found = {
            w
            for i, w in enumerate(words)
            if w[:1].isupper()
            and (i == 0 or words[i - 1].lower() not in _TITLE_PLACE_WORDS)  # ("Die Fährfrau von Sylt": a place)
            and w not in self.d.OPENERS
            and not places.canonical(w)
            and (self._given(w) or self._used_as_name(w))
        }
        return next(iter(found)) if len(found) == 1 else None

    def _modal_object_first(self, pos: int) -> None:
        """Seine Enkelin Finja darf X spielen": the part first, a modal verb, the performer, the infinitive."""
        start = self.analysis.sentence_of(pos)[0]
        m = _MODAL_OBJECT_FIRST.fullmatch(self.text, start, pos)
        if not m or not self.full_name(m.group("actor")):
            return
        char = self.character(m.group("char"), m.start("char"))
        if not char or (" " not in char and self.lex.looks_like_noun(char, self.code)) or self.full_name(char):
            return
        self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _named_by_word(self, span: tuple[int, int]) -> bool:
        """A German run of one name-shaped word right after a word that gives a name ("Er heißt Tjark", "namens
        Pelle"): a name, whether or not a list knows it."""
        if self.code != "de" or self._word_before(span[0]) not in _NAMING_WORDS_DE:
            return False
        raw = self.run_text(span)
        return " " not in raw and self._name_shaped([raw])

    def _named_in_full(self, char: str) -> bool:
        """ "Helga Pfeiffer", "Kommissarin Vera Stahl": a given name and more words (after a rank or office kept
        before it), whatever the last word's ending suggests."""
        words = char.split(" ")
        if len(words) >= 3 and self._rank_word(words[0]):
            words = words[1:]
        return len(words) >= 2 and self._given(words[0])

    def _pronoun_spoken_by(self) -> None:
        """ "Der Igel heißt Fridolin. Im Original spricht ihn X.": the part named in the sentence before."""
        for m in _PRONOUN_SPOKEN_BY.finditer(self.text):
            span = self.runs.starting_at(m.start("actor"))
            actor = self.person(self.run_text(span)) if span else None
            if not span or not actor or not self.full_name(actor):
                continue
            char = self._role_named_before(m.start(), actor, gender="m" if m.group("pronoun") == "ihn" else None)
            self.add("actor", actor, span[0], CLEAR, character=char)

    def _role_named_before(
        self,
        start: int,
        actor: str,
        *,
        back: bool = True,
        new_paragraph: bool = False,
        gender: str | None = None,
        recent: bool = False,
    ) -> str | None:
        """The one part the sentence before ``start`` names (a given name or a full name that no cue gave as a
        performer, director or critic), for "X spielt sie" / "Gespielt wird er von X" opening the next sentence.
        When that sentence names nobody and opens with "Sie"/"Er" (the same person going on), the sentence before it
        ("Im Zentrum steht Henrike, ... . Sie lebt allein ... . X spielt sie ...")."""
        if start < 2 or ("\n\n" in self.text[max(0, start - 3) : start] and not new_paragraph):
            return None
        before = self.analysis.sentence_of(start - 2)
        if before[0] >= start:
            return None
        if (
            back
            and self.text.startswith(("Sie ", "Er "), before[0])
            and not any(
                self._given(t) or self._named_by_word(r)
                for r in self.runs.within(before[0] + 3, min(before[1], start))
                for t in names.tokens(self.run_text(r))
            )
        ):
            return self._role_named_before(before[0], actor, back=False, gender=gender, recent=recent)
        known = {_norm(h.name) for h in self.hits if h.role != "pronoun" and h.strength >= CLEAR} | {_norm(actor)}
        # ("Oberkommissar Deniz A., wird von Y gespielt. X gibt die Ermittlerin ...": a part another performer plays)
        known |= {_norm(h.character) for h in self.hits if h.character and h.strength >= CLEAR and _norm(h.name) != _norm(actor)}
        found: dict[str, int] = {}
        for cspan in self.runs.within(before[0], min(before[1], start)):
            raw = self.run_text(cspan)
            if self._speaker_label(cspan):
                continue  # "Oyelaran: Es gibt ja auch eine Enkelin": a speaker's label in a transcript
            if (
                " " not in raw
                and (self.lex.is_lower_word(raw, self.code) or raw in _PRONOUN_OPENERS_DE)
                and _OPENING_BEFORE.search(self.text, max(0, cspan[0] - 40), cspan[0])
            ):
                continue  # "WENDLANDT: Allen voran der Hafenmeister ...": a common word opening the sentence
            char = self.character(raw, cspan[0])
            if not char or {_norm(char), _norm(raw), _norm(char.removesuffix("s"))} & known:
                continue  # (also "In Michael Kreihsls neuem Film": the director's genitive)
            if any(k.endswith(" " + _norm(char)) for k in known):
                continue  # "Ben Ammar hat Timing": the surname of a performer named before

            # ("Seine Tochter Runa": a name no list knows after a person noun is a part's name too)
            tokens = names.tokens(raw)
            described = (
                " " not in char
                and len(tokens) > 1
                and tokens[-1] == char
                and tokens[-2] not in self.d.OPENERS
                and self._name_shaped([char])
            )
            if " " not in char and not described and self._name_shaped([char]):
                # "der Bruder, Fiete, der ...": a name no list knows set off after a relation or a trade
                noun = _NOUN_COMMA_BEFORE.search(self.text, max(0, cspan[0] - 30), cspan[0])
                described = noun is not None and (
                    is_relation_noun(noun.group(1), self.d.RELATION_NOUNS, self.d.RELATION_TRADES)
                    or self._role_noun(noun.group(1))
                )
                # "the glassblower Bríd returns ...": an English lower-case noun after a determiner describes the part
                described = described or (
                    self.code == "en"
                    and _EN_NOUN_BEFORE_NAME.search(self.text, max(0, cspan[0] - 40), cspan[0]) is not None
                )
            # "Er heißt Tjark.", "ein Junge namens Pelle": the text gives a name no list knows as a name
            described = described or (" " not in char and self._named_by_word(cspan))
            if " " not in char and (
                self.lex.looks_like_noun(char, self.code)
                or not (self._given(char) or self._used_as_name(char) or described)
                or self._noun_after_article(cspan, char)
            ):
                continue
            if (
                " " in char
                and not (
                    self.full_name(char)
                    or char.split(" ")[0] in self.d.HONORIFICS
                    # "Bürgermeister Anton Hofer": a rank or office kept before a full name
                    or (self._rank_word(char.split(" ")[0]) and self.full_name(char.split(" ", 1)[1]))
                    # "The band's conductor is Wilf Haddock, ...": a name-shaped run the copula introduces
                    or (
                        self._word_before(cspan[0]) in ("is", "ist", "named", "called")
                        and self._name_shaped(char.split(" "))
                    )
                    # "der Amtsleiter Oberregierungsrat Hollweck": a title word and a name-shaped surname
                    or (
                        self.code == "de"
                        and char.count(" ") == 1
                        and self._role_word(char.split(" ")[0])
                        and self._name_shaped(char.split(" ")[1:])
                    )
                    # "der Hafenmeister Broder Jessen": a trade before a name no list knows
                    or (
                        self.code == "de"
                        and raw.endswith(" " + char)
                        and self._role_word(raw[: -len(char) - 1].split(" ")[-1])
                        and self._name_shaped(char.split(" "))
                    )
                )
            ):
                continue
            if places.canonical(char) or self._demonym(char):
                continue  # "lebt in Kiel": a place; "Er ist Deutscher": a nationality
            if (
                self.code == "en"
                and " " in char
                and _PLACE_THE_BEFORE.search(self.text, max(0, cspan[0] - 20), cspan[0])
            ):
                continue  # "drowns off the Aran Islands": a place after a preposition and "the"
            if (
                " " not in char
                and char == raw
                and self._word_before(cspan[0]).lower() in _ARTICLE_WORDS
                and (self._role_noun(char) or self._trade_noun(char))
            ):
                continue  # "Schwager Ferdl, der Wirt am anderen Ufer": a trade after an article describes the part
            if " " not in char and not self._given(char) and self._word_before(cspan[0]) in _PREPOSITIONS_ALL:
                continue  # "ein Drache mit Schürze", "am Gartenzaun": a noun no list knows after a preposition
            if " " not in char and self._word_before(cspan[0]) in _PLACE_PREPOSITIONS:
                continue  # "der aus Kiel kommt": after "aus", "nach", a place even where a list knows the word as a name
            found.setdefault(char, cspan[0])
        if found and gender:
            # "Nachdem ihr Bruder Gustl gestorben ist, erbt die Tochter Resi ... . X gibt ihr ...": the pronoun's
            # gender rules out a part a kinship word marks as the other one
            found = {
                c: p
                for c, p in found.items()
                # (the kinship word may open the part's own run: "Almas Bruder Kuno")
                if self._part_gender(max(p, self.text.find(c, p))) != ("m" if gender == "f" else "f")
            }
            if len(found) == 1:
                return next(iter(found))
        if len(found) > 1:
            # "Pater Declan, ein Priester ..., will die Kirche aufbauen, Stein für Stein": the sentence's subject
            subject = {c: p for c, p in found.items() if p == before[0]}
            if not subject and recent:
                # "Auf Juist trifft Bruno eine Frau, Waltraud, ... . Die wird von X gespielt": a demonstrative points
                # at the last part introduced, a name set off by commas after a noun
                last, at = max(found.items(), key=lambda kv: kv[1])
                if _INTRODUCED_AFTER_NOUN.search(self.text, max(0, at - 40), at):
                    return last
            found = subject
        return next(iter(found)) if len(found) == 1 else None

    def _plural_roles_lists(self) -> None:
        """ "In kleineren Rollen wirken A und B mit", "In Nebenrollen sind A und B zu sehen", "Im Original sind A
        und B zu hören": a list of this film's actors after a plural "roles" or a version of the film."""
        text = self.text
        for word in ("ollen", "Original", "Fassung"):
            for pos in self.found(word):
                m = _IN_ROLES_LIST.search(text, max(0, pos - 40), pos + 60)
                if m and m.start() <= pos < m.end():
                    for name, npos in self.list_after(m.end()):
                        if " " in name:
                            self.hits.append(Hit("actor", name, npos, CLEAR))

    def _roles_of_performers(self) -> list[re.Match[str]]:
        """Matches of :data:`_ROLE_OF_PERFORMER`, tried only where a capitalised run follows " der " / " des " /
        " von " right after a given name (a scan of the whole text with a pattern that opens on an article costs)."""
        text = self.text
        glues = [
            s0 - 5
            for s0, e in self.runs.spans
            if s0 >= 8 and text[s0 - 5 : s0] in _GENITIVE_GLUES and " " in text[s0:e] and text[s0 - 6].isalpha()
        ]
        pos = text.find(" von ")  # "von" also joins a run ("Die Rosalie von Henrike Stolle")
        while pos >= 0:
            if text[pos + 5 : pos + 6].isupper():
                glues.append(pos)
            pos = text.find(" von ", pos + 1)
        starts: set[int] = set()
        for glue in glues:
            word = text.rfind(" ", 0, glue) + 1  # the role's name before " der "
            det = max(text.rfind(" ", 0, word - 1), text.rfind("\n", 0, word - 1)) + 1
            if (
                text[det : word - 1] in _ROLE_DETERMINERS
                and text[word : word + 1].isupper()
                and self._given(text[word:glue])
            ):
                starts.add(det)
        return self._matches_at(_ROLE_OF_PERFORMER, text, starts) if starts else []

    def _cast_noun_starts(self) -> set[int]:
        """Where a match of :data:`_CAST_LED_BY` can start: at one of its cast nouns, or at a letter of the
        word before "darsteller" / "schauspieler" ("Hauptdarsteller"); a scan of the whole text costs."""
        text = self.text
        starts: set[int] = set()
        for noun in _CAST_NOUNS:
            for pos in self.found(noun):
                start = max(pos - 1, 0) if noun in _CAST_COMPOUND_TAILS else pos
                starts.add(start)
                while start > 0 and text[start - 1].isalpha():
                    start -= 1
                    starts.add(start)
        return starts

    def _inverted_passives(self) -> None:
        """ "Verkörpert wird der greise Patriarch Ambrosius von dem 84-jährigen X": the participle first, the role,
        then the performer after "von" (an article and an age or praise word allowed)."""
        text = self.text
        starts = {p for word in _INVERTED_PARTICIPLES for p in self.found(word)}
        for m in self._matches_at(_PARTICIPLE_INVERTED, text, starts) if starts else ():
            if not _PASSIVE_AUXILIARY.match(self.analysis.text, m.end("verb")):
                continue  # the blanking may have taken "wird": the original text must have it
            if m.group("lead") and not self._named_after_article(m.group("actor")):
                continue  # "von der Band X": only "von der jungen X", "von dem 84-jährigen X"
            char = self.character(m.group("char"), m.start("char"))
            if char and " " not in char and (self.lex.looks_like_noun(char, "de") or self._role_noun(char)):
                char = None  # "Verkörpert wird der Vater von X": a relation without a name
            self.add("actor", m.group("actor"), m.start("actor"), CLEAR, character=char)

    def _as_role_then_pronoun(self, pos: int) -> None:
        """ "Der Star ist Nikolai Wrede: Als Dirigent Valentin Hofer reißt er jede Szene an sich": the role first, a
        verb, a pronoun; the one person named just before (before the colon, or in the sentence before) plays it."""
        m = _AS_ROLE_VERB_PRONOUN.match(self.text, pos)
        if not m:
            return
        char = self.character(m["char"], m.start("char"))
        words = [t for t in (char or "").split(" ") if t not in self.d.HONORIFICS]
        if not char or not words or not self._given(words[0]):
            return  # "Als Kind wirkt er verloren": no named part
        sentence = self.analysis.sentence_of(pos)
        begun = sentence[0] if sentence[0] < pos else self.analysis.sentence_of(max(0, pos - 2))[0]
        people = {
            p: r
            for r in self.runs_in(begun, pos)
            if (p := self.person(self.run_text(r))) and " " in p and self.full_name(p)
        }
        if len(people) == 1:
            [(name, span)] = people.items()
            if not self._not_a_performer(name):
                self.add("actor", name, span[0], CLEAR, character=char)

    def _double_cast_and_made_roles(self) -> None:
        """ "X ist in einer Doppelrolle als A und B zu sehen" (both parts hers), "Für die Rolle der Ärztin Ruth konnte
        X gewonnen werden" (a casting), "X macht aus der Ärztin Ruth eine tragische Figur" (a named part only)."""
        for m in self._in_sentences_with(_DOUBLE_ROLE, ("doppelrolle",)):
            if not self.full_name(self.person(m["actor"]) or ""):
                continue
            for key in ("a", "b"):
                char = self.character(m[key], m.start(key))
                words = [t for t in (char or "").split(" ") if t not in self.d.HONORIFICS]
                if char and words and self._given(words[0]):
                    self.add("actor", m["actor"], m.start("actor"), CLEAR, character=char)
        made = ((_MADE_FROM_ROLE, ("macht aus ",)), (_LAID_OUT_AS, ("legt ", " an")))
        for rx, triggers in ((_ROLE_WON_FOR, ("rolle de", "für die ")), *made):
            for m in self._in_sentences_with(rx, triggers):
                actor = self.person(m["actor"]) or ""
                if not self.full_name(actor) or self._not_a_performer(actor):
                    continue  # "Regisseur X macht aus der Heldin ...": the director shapes, no one plays
                char = self.character(m["char"], m.start("char"))
                words = [t for t in (char or "").split(" ") if t not in self.d.HONORIFICS]
                # ("macht aus dem Heimleiter Gruberbauer einen ...": a name no list knows after a person noun)
                described = rx is not _ROLE_WON_FOR and char != m["char"] and self._name_shaped(words[-1:])
                if char and words and (self._given(words[0]) or described) and not self._known_performer(char):
                    self.add("actor", m["actor"], m.start("actor"), CLEAR, character=char)
                elif rx is _ROLE_WON_FOR:
                    self.add("actor", m["actor"], m.start("actor"), CLEAR)  # "Für die Rolle der Mutter konnte X ..."

    def _in_sentences_with(self, rx: re.Pattern[str], triggers: tuple[str, ...]) -> list[re.Match[str]]:
        """Matches of ``rx`` in the sentences that hold every one of ``triggers`` (lower case): a pattern led by a name
        run costs a full scan of the text, a substring search almost nothing."""
        found = [self.positions(t) for t in triggers]
        if not all(found):
            return []
        if len(self.low) != len(self.text):
            return list(rx.finditer(self.text))  # lower-casing moved the offsets ("İ"): scan it all
        sentences = sorted({self.analysis.sentence_of(p) for p in found[0]})
        out: list[re.Match[str]] = []
        for start, end in sentences:
            low = self.low[start:end]
            if all(t in low for t in triggers[1:]):
                out.extend(rx.finditer(self.text, start, end))
        return out

    def _part_written_for(self, written: re.Match[str], raw_char: str, char_start: int) -> None:
        """ "... eigens für Y geschrieben": the performer the part was written for, with the part."""
        at = written.group().find(" für ")
        span = self.runs.starting_at(written.start() + at + 5) if at >= 0 else None
        if not span or span[0] != written.start() + at + 5:
            return
        actor = self.run_text(span)
        if self.full_name(actor):
            self.add("actor", actor, span[0], CLEAR, character=self.character(raw_char, char_start))

    def _pronoun_apposition(self, pos: int) -> str | None:
        """ "spielt ihn, den verbitterten Heimkehrer Gregor, mit ...": the pronoun's apposition names the part."""
        m = _PRONOUN_THEN_APPOSITION.match(self.text, pos)
        if not m:
            return None
        span = self.runs.starting_at(m.end())
        if not span or not _NAME_CLOSED.match(self.text, span[1]):
            return None
        char = self.character(self.run_text(span), span[0])
        words = [t for t in (char or "").split(" ") if t not in self.d.HONORIFICS]
        return char if words and self._given(words[0]) else None
