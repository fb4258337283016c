"""English data for choosing a page's rating line (the twin of ``lang/de/ratings.py``)."""

from __future__ import annotations

FILM_LABELS = (
    "movie",
    "film",
    "the movie",
    "the film",
    "feature",
    "overall",
    "overall rating",
    "overall score",
    "total",
    "final score",
    "final rating",
    "final verdict",
)
PART_LABELS = (
    "story",
    "plot",
    "script",
    "acting",
    "performances",
    "direction",
    "music",
    "soundtrack",
    "visuals",
    "effects",
    "cinematography",
    "characters",
    "entertainment",
    "rewatchability",
    "action",
    "humor",
    "humour",
    "scares",
    "gore",
    "tension",
    "video",
    "audio",
    "extras",
    "picture",
    "sound",
    "bonus",
    "bonus features",
    "special features",
    "supplements",
    "packaging",
    "image",
    "presentation",
    "4k",
    "blu-ray",
    "specials",
    "dvd",
)
OTHER_FILMS = (
    "also opening",
    "also on tonight",
    "also tonight",
    "also on today",
    "also showing",
    "also screening",
    "also reviewed",
    "also new",
    "also out",
    "also this week",
    "also in cinemas",
    "also in theaters",
    "more reviews",
    "more from",
    "more movie reviews",
    "other releases",
    "other new releases",
    "you might also like",
    "you may also like",
    "related reviews",
    "elsewhere in cinemas",
    "elsewhere in theaters",
)
OTHERS_RATING = (
    "readers",
    "reader",
    "users",
    "user",
    "audience",
    "audiences",
    "community",
    "viewers",
    "imdb",
    "metacritic",
    "tomatometer",
    "second opinion",
)
SCHOOL_GRADE_CUES: tuple[str, ...] = ()
MORE_RATING_CUES: tuple[str, ...] = ()
#: "out of four", "a four-star scale": the page's bare star lines are out of four too.
FOUR_STAR_SCALE = (
    r"\bout\s+of\s+(?:four|4)\b",
    r"\b(?:four|4)[- ]star\s+(?:scale|system|rating\s+system)\b",
)
#: MPA certificates ("Rated PG-13", "(R, 104 min.)", "MPA: PG"): US newspapers and sites mostly give stars out of
#: four (the wire services, the big-city dailies), so a bare star line on such a page is read out of four.
US_CERTIFICATES = (
    r"\bRated (?:G|PG|PG-13|R|NC-17)\b",
    r"\bMPAA?\b",
    r"\((?:G|PG|PG-13|R|NC-17)[,;)]",
    r"\bis rated (?:G|PG|PG-13|R|NC-17)\b",
)
