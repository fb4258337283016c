"""Round 22 rating lines, on invented pages: the scale of a bare star line, whose rating a page's line is,
letter grades that are words, and the forms missed before (points, school grades, circles)."""

from __future__ import annotations

import pytest

from filmkritik.read.ratings import find_rating


def _read(text: str) -> tuple[float, float] | None:
    rating = find_rating(text)
    return None if rating is None else (rating.value, rating.best)


# --- the scale of a bare star line -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the scale said in brackets after the stars or the count
        ("'Harbor Lights' review\n★★½ (out of four)\nBy Lena Voss", (2.5, 4)),
        ("Rating: 3 stars (out of 4)\n\nThe picture opens on a ferry.", (3, 4)),
        ("Rating: 2½ stars (out of four)\nBy Otis Brannigan", (2.5, 4)),
        ("MILLSTONE ★★★ (out of 5)\nA quarry drama.", (3, 5)),
        # a bare star line, scaled by another line of the page
        ("Cold Creek\n★★★½\nA western in the snow.\n\nOur critic rates films out of four stars.", (3.5, 4)),
        # ... or by the outlet's convention: an MPA certificate marks a US paper, whose stars go to four
        ("Tin Soldiers\n★★½\nRated PG-13. 97 minutes.\nA war comedy that runs out of ammunition.", (2.5, 4)),
        ("Dune Buggy Summer\nThree stars\nA beach caper.\n(PG, 90 min.)", (3, 4)),
        # a star line that shows its five (empties, a fifth star) keeps five
        ("Tin Soldiers\n★★½☆☆\nRated PG-13. 97 minutes.", (2.5, 5)),
        # nothing said: five
        ("The Quiet Orchard\n★★★½\nA family saga on a Kent fruit farm.", (3.5, 5)),
        ("The Quiet Orchard\nTwo stars\nA family saga on a Kent fruit farm.", (2, 5)),
    ],
)
def test_bare_star_line_on_the_pages_scale(text: str, want: tuple[float, float]) -> None:
    assert _read(text) == want


def test_written_stars_keep_five_on_a_us_page() -> None:
    """Asterisks and stars in a sentence are not printed star lines: a certificate alone does not rescale them."""
    text = "Rusty Anchor is rated R for language.\nRATING: ***\nThe harbour scenes work."
    assert _read(text) == (3, 5)


def test_a_lone_count_of_stars_is_no_rating_in_a_sentence() -> None:
    assert _read("The film's two stars have never been better, and the three stars of the sequel agree.") is None


# --- whose rating a line is --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the reviewed film's line before a box of other films
        (
            "Moorland Bells\nRating: ★★★★☆\nA bell-ringer's mystery.\n\nALSO SHOWING TONIGHT\n"
            "Glass Harbour (2017)\nRating: ★★☆☆☆\n",
            (4, 5),
        ),
        (
            "Die Kanalratten\nWertung: 7/10\nEin Gaunerstück im Ruhrgebiet.\n\nAußerdem im Programm:\n"
            "„Sommer am Deich“ (Komödie) – Wertung: 3/10\n",
            (7, 10),
        ),
        (
            "Bewertung: 3,5 von 5\n\nWeitere Kinostarts: „Nebelgrund“ ★★☆☆☆ · „Kupferherz“ ★★★★★",
            (3.5, 5),
        ),
        (
            "Rating: ★★ out of four\nA bank job in Tulsa.\n\nAlso opening this week:\n"
            '"Saltwater Saints" ★★★½ — a fishing drama.\n"Noon Bell" ★ — avoid.',
            (2, 4),
        ),
        # readers' and users' ratings are theirs
        ("Unsere Wertung: 6/10\n\nSo fanden es unsere Leser: 9/10 (212 Stimmen)", (6, 10)),
        ("Audience score: 4.5/5\nOur rating: 2/5", (2, 5)),
        # a legend of the outlet's stars is no rating
        ("Paper Moons\n★★★½\nA musical.\n\nKey: ★★★★ out of four — a classic · ★★★ good · ★★ fair", (3.5, 4)),
        ("Lanterns\n★★★½\nRated R.\n\nLegend: ★★★★★ masterpiece · ★★★★ very good", (3.5, 5)),
        # a disc review's part scores: the film's, not the picture's or the extras'
        ("Film: ★★★★☆\nBild: ★★★★★\nTon: ★★★☆☆\nExtras: ★★☆☆☆", (4, 5)),
        ("Movie: 3.5/5 · Video: 5/5 · Audio: 4/5 · Extras: 1/5", (3.5, 5)),
        ("Bild: 9/10\nTon: 8/10\nExtras: 2/10\nFilm: 6/10", (6, 10)),
        # several capsules on one page: the first, whose film leads the page
        (
            "THE COPPER KETTLE\nA tearoom comedy. (PG, 88 min.)\n★★★\n\nNIGHT FERRY\nA thriller. (R, 101 min.)\n★½",
            (3, 4),
        ),
        # a bare star line repeated with its scale
        ("★★★\nA tidy chamber piece.\n\nScore: 3/4", (3, 4)),
    ],
)
def test_the_reviewed_films_rating(text: str, want: tuple[float, float]) -> None:
    assert _read(text) == want


# --- letter grades -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "A" then a word is the article of a closing sentence, not a grade
        ("VERDICT: A thrilling, tender heist picture.\n\n7/10", (7, 10)),
        ("Verdict: A rousing sea adventure that earns its length.\n\nRating: 4 out of 5", (4, 5)),
        ("Our verdict: A film of real patience and wit.", None),
        # a grade is still a grade
        ("Verdict: A\n", (95, 100)),
        ("Grade: B+ (a fine debut)", (83, 100)),
        ("Verdict: C, a muddle with one great scene", (50, 100)),
        # a grade on a line of its own closes a capsule review
        ("Larkspur Lane\nA garden feud turns deadly.\nB-", (67, 100)),
        ("Larkspur Lane\nA garden feud turns deadly.\nA\u2212", (91, 100)),
    ],
)
def test_letter_grades(text: str, want: tuple[float, float] | None) -> None:
    assert _read(text) == want


# --- forms missed before: dots, school grades, compound cues, percentages, a score opening a remark -------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Krimi · Wertung: ●●●○○", (3, 5)),
        ("Unsere Bewertung: ●○○○○\n", (1, 5)),
        ("Bewertung: ●●●●◐", (4.5, 5)),
        ("Wertung: ●●●●●", (5, 5)),
        # school grades, 1 best, 6 worst, on 0-100
        ("Meine Note: 2\n\nZur Einordnung: 1 = Pflicht, 6 = Zeitverschwendung.", (80, 100)),
        ("Note: 5\n", (20, 100)),
        ("Gesamtnote: 1,5", (90, 100)),
        ("Note: 2-", (74, 100)),
        # cue words in a compound, percentages
        ("Punktewertung: 65 von 100 Punkten", (65, 100)),
        ("Wertung: 8 %", (8, 100)),
        ("Our score: 72%", (72, 100)),
        # a score at the start of a line, then a remark
        ("Honestly a mess in the middle.\n6/10, but the ending saves it.", (6, 10)),
        ("8/10 – würde ich sofort wieder schauen.", (8, 10)),
    ],
)
def test_forms_missed_before(text: str, want: tuple[float, float]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # dots are bullets or separators without a cue
        "● Regie: Alma Reuter\n● Buch: Tomasz Wieland",
        "Erster Teil\n●●●\nZweiter Teil",
        # a line of part scores with no whole, a legend
        "Unser Urteil: Tempo ●●● Tiefe ●●○ Witz ●○○",
        "So werten wir: ●●●●● Meisterwerk · ●●●● stark · ●●● ordentlich",
        # a cue's number that goes on the sentence
        "Fazit: Zwei großartige Hauptdarsteller retten einen zähen Film.",
        "Unser Urteil: 3 Stunden, die sich wie 5 anfühlen, nein danke",
        # "Note" in an English sentence, a date-like pair opening a line
        "Note: 3 of the songs were written for the film.",
        "3/5, the day the ferry sank, opens the film.",
    ],
)
def test_still_no_rating(text: str) -> None:
    assert find_rating(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # part scores of the film, then the whole: the whole
        ("Story: 8/10\nDarsteller: 7/10\nGesamt: 7,5/10", (7.5, 10)),
        ("Plot: 6/10\nActing: 9/10\nOverall: 7/10", (7, 10)),
        ("Spannung: 4/5\nAtmosphäre: 5/5\nGesamtwertung: 4,5/5", (4.5, 5)),
        # a quoted title in single quotes names another film; a box of other films ends where prose resumes
        ("The ferry scenes work.\nRelated: 'Old Harbour' review ★★★\nMore text.\n\n★★ (out of four)", (2, 4)),
        (
            "Also opening this week: a note on our reviews.\n"
            + "The film follows a lighthouse keeper through one long winter, and it is patient, cold and precise "
            + "in a way few films dare to be; the last act, on the ice, is as good as anything this year.\n"
            + "Rating: 3.5/4",
            (3.5, 4),
        ),
        # readers, comments, IMDb and users are not the critic
        ("Unsere Wertung: 4/5\n\nDer Film ist gut.\n\nKommentare (3)\nMaxi: 1/5 totaler Mist", (4, 5)),
        ("IMDb: 7,1/10\n\nEin Film.\n\nFazit: 8/10", (8, 10)),
        ("Leserwertung: ★★★★☆ (34 Stimmen)\n\nText.\n\nUnsere Wertung: ★★☆☆☆", (2, 5)),
        ("My rating: 7/10\n\nUser reviews\nGreat movie! 10/10", (7, 10)),
        ("Rating: 2.5/5\n\nYou might also like\nBlue Canyon ★★★★☆", (2.5, 5)),
        ("Bewertung: 4,5 von 6", (4.5, 6)),
        # a colleague's second opinion is not the critic's rating
        ("Rating: ★★★★☆\nA lovely film.\n\nSecond opinion (Ada Quill): ★★☆☆☆", (4, 5)),
        ("Zweite Meinung: 5/10\n\nUnser Urteil: 8/10", (8, 10)),
    ],
)
def test_the_reviewed_films_rating_more(text: str, want: tuple[float, float]) -> None:
    assert _read(text) == want
