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
