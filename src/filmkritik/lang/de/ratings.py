"""German data for choosing a page's rating line (``read/rating_page.py``) and its rarer forms.

Each name here has an English twin in ``lang/en/ratings.py``; the reader merges both languages, as
rating lines mix them freely ("Film: 4/5 · Sound: 3/5").
"""

from __future__ import annotations

#: Labels of the film's own score among a disc review's part scores ("Film: 4/5 · Bild: 5/5 · Ton: 3/5").
#: ... and of the whole, where a review scores parts of the film first ("Story: 8/10 · Gesamt: 7,5/10").
FILM_LABELS = (
    "film",
    "der film",
    "hauptfilm",
    "gesamt",
    "gesamtwertung",
    "gesamteindruck",
    "gesamturteil",
    "gesamtnote",
    "insgesamt",
    "endwertung",
    "filmwertung",
)
#: Labels of the other part scores: the disc, not the film, or one side of the film ("Story", "Darsteller").
PART_LABELS = (
    "story",
    "handlung",
    "drehbuch",
    "darsteller",
    "schauspieler",
    "regie",
    "musik",
    "soundtrack",
    "spannung",
    "humor",
    "action",
    "atmosphäre",
    "effekte",
    "optik",
    "kamera",
    "anspruch",
    "unterhaltung",
    "härte",
    "bild",
    "ton",
    "extras",
    "bonus",
    "bonusmaterial",
    "ausstattung",
    "technik",
    "verpackung",
    "bildqualität",
    "tonqualität",
    "specials",
    "dvd",
)
#: Openers of a box about other films after the review ("Außerdem heute", "Weitere Kinostarts: ...").
OTHER_FILMS = (
    "außerdem",
    "ausserdem",
    "weitere kinostarts",
    "weitere reviews",
    "weitere kritiken",
    "weitere filme",
    "weitere tipps",
    "mehr zum thema",
    "mehr kritiken",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "ähnliche titel",
    "ähnliche filme",
    "lesen sie auch",
    "auch neu",
    "ebenfalls neu",
    "ebenfalls im kino",
    "ebenfalls heute",
)
#: Words that make a rating line someone else's than the critic's: readers, users, the audience, a site's average.
OTHERS_RATING = (
    "leser",
    "leserwertung",
    "nutzer",
    "nutzerwertung",
    "user",
    "community",
    "publikum",
    "zuschauer",
    "zuschauerwertung",
    "besucher",
    "imdb",
    "zweite meinung",
    "zweitmeinung",
)
#: Cues of a school grade, 1 (sehr gut) to 6 (ungenügend): "Meine Note: 2".
SCHOOL_GRADE_CUES = ("note", "schulnote", "gesamtnote", "filmnote")
#: Cue words ending in "wertung" that the verdict cues do not hold ("Punktewertung: 80 von 100 Punkten").
MORE_RATING_CUES = ("punktewertung", "sternewertung", "redaktionswertung", "kritikerwertung", "gesamtbewertung")
#: A page that says its stars go to four ("★★★ von vier Sternen" is read as it stands; this is for bare ones).
FOUR_STAR_SCALE = (r"\bvon\s+(?:vier|4)(?:\s+m[öo]glichen)?\s+sternen\b", r"\bvier-sterne-skala\b")
#: Certificates that mark a page as from a US outlet: none in German (FSK is not a four-star convention).
US_CERTIFICATES: tuple[str, ...] = ()
