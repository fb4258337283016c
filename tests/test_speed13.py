"""Speed pass 13: each faster search finds what the search it replaces found (written and random texts)."""

from __future__ import annotations

import random
import re

from filmkritik.read.credits import clauses, role_phrases

SUBORDINATE = [
    "Man glaubt kaum, dass Lena Obrist die Bäckerin Hilde spielt, so leise ist sie.",
    "Weil Ivo Marek sie mit großer Ruhe spielt – und das ist viel –, trägt die Szene.",
    "Während Tom Brack den Wirt gibt, wartet das Dorf. Da Anna Weiler ihn spielt, stimmt alles.",
]
ASIDES = [
    "Der Sachbearbeiter – Jo Pike in einer verdrucksten Nebenrolle – wartet.",
    "Die Tante (Rita Sand in kurzen, sehr präzisen Auftritten) und der Onkel - Ed Vale in zwei Szenen - streiten.",
    "Ein Bindestrich-Wort -Ed Vale in einer Rolle - zählt nicht, ein Gedankenstrich - Ed Vale in einer Rolle - schon.",
]


def _random_texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 60))) for _ in range(count)]


def test_subordinate_play_cues_run_where_they_open_find_the_plain_matches() -> None:
    words = "dass Dass weil Weil wie da Da sie ihn Lena Obrist den die das Wirt spielt gibt mimt , . – - \n".split(" ")
    texts = SUBORDINATE + _random_texts([*words, " ", " "], 3000, 13)
    found = 0
    for led in (clauses._SUBORDINATE_PLAY, clauses._SUBORDINATE_PLAY_PRONOUN):
        for text in texts:
            n = len(text)
            for start, end in ((0, n), (n // 3, n), (0, 2 * n // 3), (n // 4, 3 * n // 4)):
                plain = [(m.span(), m.groupdict()) for m in led.regex.finditer(text, start, end)]
                assert [(m.span(), m.groupdict()) for m in led.finditer(text, start, end)] == plain
                found += len(plain)
    assert found > 4


def test_an_aside_opens_at_a_dash_after_white_space_as_written_before() -> None:
    # as first written: the hyphen's white space checked by a look-behind before it
    plain = re.compile(role_phrases._ASIDE_IN_ROLE.pattern.replace(r"-(?<=\s-)", r"(?<=\s)-", 1))
    assert plain.pattern != role_phrases._ASIDE_IN_ROLE.pattern
    words = "– — ( ) - Jo Pike in einer kurzen Rolle Szenen Auftritten , \n x-".split(" ")
    texts = ASIDES + _random_texts([*words, " ", " "], 3000, 17)
    found = 0
    for text in texts:
        spans = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in role_phrases._ASIDE_IN_ROLE.finditer(text)] == spans
        found += len(spans)
    assert found > 3


YEARS_WRITTEN = [
    "„Nebelhorn“ aus dem Jahr 1972 ist ein Klassiker. Der Horrorfilm von 1979 wirkt noch.",
    "Nebelhorn, a thriller from 1972, holds up. The 1979 horror film Nebelhorn does not.",
    "Released in 1974, Black Tide was a hit. Gedreht 1959, ist „Nebelhorn“ ein Film.",
    "Dieser 1977er Slasher ist gut. This 1977 slasher gets a disc. Das Drama wurde 1983 gedreht.",
    "Von 1979 bis 1985 lief es. Am 12.02.2026 und 192019, dann 2019, 2020er Jahre\tvon\t 1999 Film",
]


def _old_gates() -> dict[str, tuple[re.Pattern[str], ...]]:
    from filmkritik.read.titles import years

    return {
        years._YEAR_AFTER_NAME: (
            re.compile(r"\b(?:Jahre?|von|aus|from)[ \t]+(?:19|20)\d\d"),
            re.compile(years._YEAR_AFTER_NAME.split("{N}", 1)[1]),
        ),
        years._YEAR_BEFORE_NAME: (
            re.compile(r"(?:19|20)\d\d(?:er)?[ \t]"),
            re.compile(years._YEAR_BEFORE_NAME.split("{N}", 1)[0]),
        ),
        years._RELEASED_THEN_NAME: (
            re.compile(r"(?:eleased|ade|hot|edreht|ntstanden)[ \t]+(?:in[ \t]+|im[ \t]+Jahre?[ \t]+)?(?:19|20)\d\d,"),
            re.compile(years._RELEASED_THEN_NAME.split("{N}", 1)[0]),
        ),
    }


def test_prose_year_gates_decide_as_the_whole_text_searches() -> None:
    from filmkritik.read.titles import years

    words = (
        "1972 1979 2019 1920 20 19 , . er Jahr Jahre aus dem von from in im Film Horrorfilm thriller a ein "
        "Released Gedreht entstand wurde This Dieser Diese Dieses Das The stammt bis - 12.02. \t \n „ “"
    ).split(" ")
    phrases = ["Released in 1974, ", "Gedreht 1959, ", "entstanden im Jahr 2001,", "made 1988,\t", "von 2019 "]
    texts = YEARS_WRITTEN + _random_texts([*words, *phrases, " ", " ", ""], 6000, 19)
    gates = _old_gates()
    passed = {pattern: 0 for pattern in gates}
    for text in texts:
        starts = [m.start() for m in years._BARE_YEAR.finditer(text)]
        for pattern, old in gates.items():
            expected = all(gate.search(text) for gate in old)
            assert years._may_match(pattern, text, starts) == expected, (pattern, text)
            passed[pattern] += expected
        of_the_film = years._after_word(text, starts, years._OF_THE_FILM_WORDS)
        assert of_the_film or years._YEAR_OF_THE_FILM.search(text) is None, text
        this_years = years._after_word(text, starts, years._THIS_WORDS)
        assert this_years or years._THIS_YEARS_FILM.search(text) is None, text
    assert min(passed.values()) > 5


def test_page_lines_gated_by_cheap_tests_are_read_as_before() -> None:
    from filmkritik.read import page_blocks

    cues = page_blocks._cues()
    words = (
        "Newsletter NEWSLETTER ınbox İNBOX poſtfach Postfach anmelden Jetzt abonnieren sign up W. Krämer am 23.09. "
        "um 12:30 Uhr : says Wendy Marsh sagt schrieb am 12 Kommentare Antwort von . ! ? \t „X“"
    ).split(" ")
    lines = [
        "Jetzt den Newsletter abonnieren!",
        "Heike123 am 23.09.: Toller Film",
        "Wendy Marsh sagt: \t",
        "Ein ganz normaler Satz über einen Film.",
        "Newsletter ınbox abonnıeren",
        *_random_texts([*words, " ", " "], 5000, 23),
    ]
    for text in lines:
        line = page_blocks._Line(0, len(text), text)
        plain = bool(
            cues.comment_opening.match(text)
            or page_blocks._DATED_COMMENT.match(text)
            or page_blocks._SAYS_LINE.match(text)
        )
        assert page_blocks._opens_comment(line, cues) == plain, text
        if page_blocks._NEWSLETTER_LINE.match(text):
            assert page_blocks._may_name_newsletter(text), text
        assert page_blocks._label(line, cues, page_blocks._may_name_newsletter(text)) == page_blocks._label(line, cues)


def test_customer_cues_found_from_their_openings_as_by_a_search() -> None:
    from filmkritik import lang
    from filmkritik.read import verdict
    from filmkritik.read.lexmatch import union

    cues = verdict._customer_cues("de")
    assert cues is not None and cues.openings  # German: tried only at "dvd", "kauf", "preis", ...
    plain = re.compile(union(lang.data("de", "verdict").CUSTOMER_CUES))
    words = (
        "dvd dvds blu-ray bluray disc discs kauf kaufen gekauft einkauf preise preis uncut extras xdvd , . - \n".split()
    )
    written = ["die bildqualität der dvd ist gut.", "der film lief im kaufhaus."]
    texts = [*written, *_random_texts([*words, " ", " ", "\n"], 4000, 29)]
    hits = 0
    for text in texts:
        first = plain.search(text)
        led = cues.search(text)
        assert (led.span() if led else None) == (first.span() if first else None), text
        hits += first is not None
    assert hits > 100


def test_movement_cues_found_from_their_openings_as_by_the_regex() -> None:
    from filmkritik import lang
    from filmkritik.read import context

    for code in ("de", "en"):
        data = lang.data(code, "context")
        movements = context._patterns(data)["movements"]
        for (_, _, led), (_, _, words_rx) in zip(movements, data.MOVEMENTS, strict=True):
            plain = re.compile(rf"(?<![\w]){words_rx}")
            for text in (
                "Dogma 95 und Dogma-Film",
                "xDogma Neorealismus, Nouvelle Vague",
                "Film noir; film noir. Nollywood",
            ):
                assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_name_standing_alone_is_found_where_the_regex_found_it() -> None:
    import importlib

    collect = importlib.import_module("filmkritik.read.titles.collect")  # (the package exports a function so named)

    pieces = [
        "Dead",
        "Air",
        "Dead Air",
        "Heist",
        "-",
        "_",
        "x",
        "1",
        "é",
        "’",
        " ",
        " ",
        "\n",
        "\t",
        "\u00a0",
        "\u2003",
    ]
    texts = [
        "Dead Air follows. Dead Air Heist, Dead-Air, xDead Air, Dead Air\u2003Heist",
        *_random_texts(pieces, 4000, 37),
    ]
    checked = 0
    for text in texts:
        for value, not_before in (("Dead Air", "Heist"), ("Air", None), ("Dead", ""), ("Dead Air Heist", None)):
            after = "" if not_before is None else rf"(?!\s+{re.escape(not_before)})"
            plain = re.compile(rf"(?<![\w-]){re.escape(value)}(?![\w-]){after}")
            for pos in (0, 3, len(text) // 2):
                expected = [m.start() for m in plain.finditer(text, pos)]
                assert list(collect._alone_at(text, value, pos, not_before)) == expected, (text, value, pos)
                checked += len(expected)
    assert checked > 1000


def test_a_directors_possessive_is_found_as_the_compiled_pattern_found_it() -> None:
    from filmkritik.read import context

    pieces = [
        "Doherty",
        "Dohertys",
        "Doherty's",
        "Doherty’s",
        "Doherty'",
        "new",
        "neuen",
        "„",
        "»",
        "x",
        "_",
        "-",
        " ",
        " ",
    ]
    pieces += ["\n", "\u2003", "é"]
    texts = ["in Dohertys „", "Payne's new ", "xDohertys „", "", *_random_texts(pieces, 5000, 41)]
    found = 0
    for surname in ("Doherty", "Payne", "O'Neil"):
        plain = re.compile(
            rf"\b{re.escape(surname)}(?:s|'s|’s|')\s+(?:(?:neue|neuer|neuem|neuen|new|latest|earlier)\s+)?[„\"“»«‘']?$"
        )
        for text in texts:
            expected = plain.search(text) is not None
            assert context._possessive_before_work(surname, text) == expected, (surname, text)
            found += expected
    assert found > 100
