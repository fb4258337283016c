"""English possessives after a job word: "novelist X's latest", "producer X's new film", "cinematographer X's
latest work". The possessive before a film word or the reviewed film's title says X made that work, but the job
word before the name says what X did: a novelist's latest is a book, a producer's film was directed by someone
else. Only a director's noun ("director X's", "filmmaker X's", "writer-director X's") or no job word at all makes X
the director."""

from __future__ import annotations

import re
from functools import cache

from filmkritik import lang

#: The word right before a name: "novelist ", "the Oscar-winning producer ".
_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+$")


@cache
def _other_jobs() -> re.Pattern[str]:
    """A job word that names no director: a performer's, a writer's, a composer's, the crew's."""
    d = lang.data("en", "credits")
    return re.compile(rf"(?i)(?:[\w-]*-)?(?:{d.ACTOR_NOUNS}|{d.WRITER_NOUNS}|{d.COMPOSER_NOUNS}|{d.CREW_NOUNS})s?")


def other_job_before(text: str, start: int, raw: str) -> bool:
    """Whether the word right before the name ``raw`` at ``start`` (or its own first word, when a sentence opens
    with it: "Novelist X's") is a job other than directing ("novelist", "co-writer", "cinematographer",
    "producer"); "writer-director" and "actor-director" direct."""
    jobs = _other_jobs()
    first = raw.split(" ", 1)[0]
    if " " in raw and jobs.fullmatch(first):
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and jobs.fullmatch(m.group(1)) is not None


#: A film noun after the possessed word ("Kansas drama", "Lisbon-set thriller", "Berlin-shot debut"): the possessive
#: names a maker's film described by its place, not a part.
_FILM_AFTER = re.compile(
    r"(?:-(?:set|shot|based|made))?[ \t]+(?:(?:[a-z]+-[a-z-]+|family|period|crime|war|road|art-house|arthouse|indie|"
    r"[a-z]+(?:ian|ish|ese|ic|al|ern))[ \t]+){0,2}(?:drama|comedy|thriller|film|movie|feature|debut|"
    r"documentary|doc|western|romance|rom-com|romcom|horror|musical|satire|melodrama|noir|biopic|epic|picture|"
    r"indie|saga|chiller|procedural|road movie|fable|farce|tragedy|weepie|two-hander|miniseries|series|short)s?\b"
)


def work_described(text: str, possessed: str, end: int) -> bool:
    """ "X's Kansas drama", "X's Lisbon-set thriller", "X's Paris movie": the possessed word (a place, or any word
    followed by a film noun) describes X's film, it is no part X plays."""
    return _FILM_AFTER.match(text, end) is not None and not possessed.endswith(("'s", "’s"))
