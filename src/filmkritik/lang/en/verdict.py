"""English data for the verdict component (the twin of ``lang/de/verdict.py``)."""

from __future__ import annotations

RATING_CUES = ("rating", "grade", "score", "verdict", "our rating", "my rating", "bottom line")
RATING_VERBS = ("give", "gives", "giving", "award", "awards", "earns", "deserves", "gets", "rate", "rate it")
RATING_OF = ("of", "out of", "out")
RATING_UNITS = ("stars", "star", "points", "point")
NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
HALF_SUFFIX = ""
HALF_WORDS = ("and a half", "and one half", "½")

NEGATIONS = frozenset(
    "not no never nothing none neither nor without hardly barely scarcely n't cannot isn't wasn't doesn't didn't "
    "don't aren't weren't won't wouldn't couldn't shouldn't lacks lacking".split()
)
#: A negation that is no denial when these follow it: "not only", "not just", "not least",
#: "never less than gripping".
NEGATION_CANCELS = frozenset("only just merely least less".split())
#: Word pairs that negate like "without": "free of cliché" is praise, "not free of cliché" a fault.
PRIVATIVE = (("free", "of"),)
#: English negates before the verb ("doesn't work", "never convinces"), so no negation is looked
#: for after a judgement word (see ``lang/de/verdict.py``).
POST_NEGATION = 0
JUDGEMENT_VERBS: frozenset[str] = frozenset()
CLAUSE_STOPS = frozenset("and or but because that when as than".split())
#: Verbs that say nothing alone but are a fault when negated: "never convinces", "the leads never
#: click". Not "work", "land", "deliver": nouns or plot as often as not ("his work", "didn't land the
#: plane"); "doesn't work" is an idiom below.
NEGATED_FAULTS = dict.fromkeys("convince convinces convinced click clicks clicked gel gels jell jells".split(), 0.5)
#: Idioms that hedge or fault without a judgement word of their own (see ``lang/de/verdict.py``):
#: "never quite comes together", "doesn't live up to", "leaves much to be desired", "misses the mark".
HEDGES = (
    (
        "together",
        r"\b(?:n't|not|never)\b(?: \w+){0,2} (?:come|comes|came|coming|hang|hangs|hold|holds) together\b",
        -0.6,
    ),
    ("live", r"\b(?:n't|not|never|rarely)\b(?: \w+){0,2} live up\b", -0.6),
    ("lives", r"\b(?:n't|not|never|rarely)\b(?: \w+){0,2} lives up\b", -0.6),
    ("desired", r"\bto be desired\b", -0.6),
    # do-support marks the verb: "doesn't work", "never quite works" (not "if things don't work out").
    ("work", r"\b(?:does|do|did) n't (?:quite |really |always |entirely )?work\b(?! out| together)", -0.5),
    ("works", r"\bnever (?:quite |really )?works\b", -0.5),
    ("worked", r"\bnever (?:quite |really )?worked\b", -0.5),
    ("mark", r"\bmiss(?:es|ed)? the mark\b", -0.6),
    ("add", r"\b(?:n't|not|never)\b(?: \w+){0,2} add up\b", -0.5),
    ("bag", r"\bmixed bag\b", -0.4),
    ("hit-or-miss", r"\bhit-or-miss\b", -0.4),
    ("hit-and-miss", r"\bhit-and-miss\b", -0.4),
    ("welcome", r"(?<!n't )(?<!not )(?<!never )\boverstays? (?:its|his|her|their) welcome\b", -0.5),
    ("without", r"\bnot without (?:its |some |a few |their )?(?:flaws|problems|faults|longueurs|missteps)\b", -0.4),
)
INTENSIFIERS = {
    "very": 1.5,
    "extremely": 1.8,
    "truly": 1.4,
    "really": 1.3,
    "absolutely": 1.6,
    "utterly": 1.6,
    "totally": 1.5,
    "deeply": 1.5,
    "highly": 1.5,
    "wonderfully": 1.5,
    "so": 1.3,
    "quite": 0.9,
    "fairly": 0.7,
    "somewhat": 0.6,
    "rather": 0.8,
    "slightly": 0.5,
    "mildly": 0.6,
    "occasionally": 0.6,
    "sometimes": 0.7,
    "mostly": 0.8,
}
EXCESS = frozenset("too overly overlong overwrought overdone".split())
#: Not read for English (its lean is ``opinion.judgement_lean``, see ``read/verdict.py`` CRITIC_LEAN).
EXCESS_FAULTS: frozenset[str] = frozenset()
EXCESS_FAULT = 0.0
CONTRAST = frozenset("but however yet though although unfortunately nevertheless still".split())
COUNTERFACTUAL = (
    r"\b(?:would|could|might) have (?:been )?(?:better|benefited|helped|worked)\b",
    r"\bif only\b",
    r"\b(?:lacks|lacking|missing|fails? to|falls? short)\b",
    r"\bunfortunately\b",
)
#: Customer reviews read by the model alone (see ``lang/de/verdict.py``): the English model learned
#: from critics only, so no English text is read as a customer's.
CUSTOMER_CUES: tuple[str, ...] = ()
FIRST_PERSON = frozenset("i me my mine myself".split())
CUSTOMER_FIRST_PERSON = 0.0  # off
OPINION_CUES = frozenset(
    """film movie picture director direction directed script screenplay dialogue performance performances
    actor actress cast ensemble camera cinematography photography score soundtrack music audience viewers
    i me my we us you worth recommend succeeds fails works doesn't disappointing disappointment unfortunately
    ultimately overall however although best worst better worse bottom line""".split()
)
CONCLUSION_CUES = ("in the end", "bottom line", "overall", "ultimately", "all in all", "in short", "verdict")

ASPECT_CUES: dict[str, tuple[str, ...]] = {
    "acting": (
        "acting",
        "actor",
        "actress",
        "performance",
        "performer",
        "cast",
        "ensemble",
        "portray",
        "role$",
        "roles$",
        "played by",
        "turn$",
        "star$",
        "stars$",
    ),
    "script": (
        "script",
        "screenplay",
        "writing",
        "written",
        "writer",
        "story",
        "storyline",
        "plot",
        "narrative",
        "character",
        "dialogue",
        "dialog",
        "twist",
        "premise",
        "cliché",
        "cliche",
        "contrived",
        "predictable",
        "subplot",
        "ending",
    ),
    "direction": ("direct", "filmmaker", "filmmaking", "helm", "staging", "staged"),
    "visuals": (
        "camera",
        "cinematograph",
        "photograph",
        "visual",
        "images",
        "imagery",
        "shot$",
        "shots$",
        "frame",
        "effects",
        "cgi",
        "production design",
        "costume",
        "lighting",
        "look$",
        "looks$",
        "gorgeous",
    ),
    "music": ("music", "score$", "soundtrack", "song", "sound design", "composer"),
    "tone": (
        "tone",
        "mood",
        "atmosphere",
        "humor",
        "humour",
        "funny",
        "jokes",
        "sentimental",
        "saccharine",
        "schmaltz",
        "mawkish",
        "sappy",
        "treacle",
        "syrupy",
        "heavy-handed",
        "message",
        "cynical",
        "whimsical",
    ),
    "pacing": (
        "pace",
        "pacing",
        "paced",
        "tempo",
        "rhythm",
        "running time",
        "overlong",
        "length",
        "boring",
        "tedious",
        "drags",
        "dragged",
        "slow",
        "brisk",
        "editing",
        "minutes",
        "suspense",
        "gripping",
    ),
}
ASPECT_POLAR: dict[str, tuple[str, int]] = {
    "saccharine": ("tone", -1),
    "schmaltz": ("tone", -1),
    "mawkish": ("tone", -1),
    "sappy": ("tone", -1),
    "syrupy": ("tone", -1),
    "treacle": ("tone", -1),
    "heavy-handed": ("tone", -1),
    "cliché": ("script", -1),
    "cliche": ("script", -1),
    "contrived": ("script", -1),
    "predictable": ("script", -1),
    "wooden": ("acting", -1),
    "overacting": ("acting", -1),
    "boring": ("pacing", -1),
    "tedious": ("pacing", -1),
    "overlong": ("pacing", -1),
    "drags": ("pacing", -1),
    "longueurs": ("pacing", -1),
    "slow stretches": ("pacing", -1),
    "slower stretches": ("pacing", -1),
    "brisk": ("pacing", 1),
    "gripping": ("pacing", 1),
    "gorgeous": ("visuals", 1),
}

SUFFIXES = ("ly", "s")
#: Critics' judgement words with a polarity (-1..1); see ``lang/de/verdict.py``.
CRITIC_WORDS = {
    **dict.fromkeys(
        """masterpiece masterful masterfully triumph triumphant superb brilliant brilliantly excellent outstanding
        terrific wonderful wonderfully marvelous magnificent gripping riveting compelling engrossing absorbing
        captivating moving touching affecting poignant heartfelt powerful stunning gorgeous beautifully
        exhilarating delightful charming witty funny hilarious clever smart intelligent inventive original fresh
        assured confident accomplished impressive remarkable fascinating thrilling exciting entertaining
        enjoyable memorable must-see recommended best finest perfect perfectly flawless sublime""".split(),
        0.8,
    ),
    **dict.fromkeys(
        """disappointing disappointment dull boring tedious tiresome plodding sluggish overlong bloated lifeless
        flat bland forgettable predictable clichéd cliched formulaic contrived implausible preposterous silly
        ridiculous laughable inane pointless mess messy muddled incoherent shallow superficial heavy-handed
        mawkish saccharine sappy schmaltzy syrupy maudlin manipulative overwrought pretentious wooden stilted
        unconvincing uninspired unfunny awful terrible dreadful worst wasted squandered fails misfire misfires
        tepid lackluster lacklustre weak thin clumsy""".split(),
        -0.8,
    ),
    "solid": 0.3,
    "decent": 0.2,
    "serviceable": 0.0,
    "watchable": -0.2,
    "uneven": -0.4,
    "harmless": -0.3,
}

#: Words general-purpose lexicons mark as polar that critics use neutrally (see ``lang/de/verdict.py``).
NEUTRAL: frozenset[str] = frozenset()
