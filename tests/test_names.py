"""Person-name shapes and the shipped name lexicons."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmkritik.read import names


def test_lexicons_load_and_know_common_given_names() -> None:
    lex = names.lexicon()
    assert {"Anna", "Thomas", "Michael", "Sophie"} <= lex.first_names
    assert lex.is_common("Krankenschwester", "de")
    assert not lex.is_first_name("Krankenschwester")


def test_runs_keep_particles_initials_and_suffixes() -> None:
    text = "Mit Rudolf van der Berg, J. T. Marlow und Pete Dolan Jr. am Set."
    found = [text[s:e] for s, e in names.Runs(text).spans]
    assert found[:3] == ["Mit Rudolf van der Berg", "J. T. Marlow", "Pete Dolan Jr."]
    lex = names.lexicon()
    assert names.trim_person(found[0], "de", lex, frozenset({"Mit"})) == "Rudolf van der Berg"


def test_trim_person_drops_nouns_and_cues_before_a_name() -> None:
    lex = names.lexicon()
    cues = frozenset({"Regisseurin"})
    assert names.trim_person("Regisseurin Greta Olsen", "de", lex, cues) == "Greta Olsen"
    assert names.trim_person("Krankenschwester Anna Berg", "de", lex, cues) == "Anna Berg"
    assert names.trim_person("Krankenschwester", "de", lex, cues) is None
    assert names.trim_person("Warner 2024", "en", lex, cues) is None


def test_runs_lookup_by_position_inside_a_run() -> None:
    text = "Die Regisseurin Greta Olsen dreht."
    runs = names.Runs(text)
    start = text.index("Greta")
    assert runs.starting_at(start) == (start, start + len("Greta Olsen"))
    assert runs.ending_at(text.index(" dreht")) == (0, text.index(" dreht"))
    assert runs.ending_at(text.index(" Greta")) == (0, text.index(" Greta"))


@pytest.mark.slow
def test_build_script_rebuilds_the_lexicons(tmp_path: Path) -> None:
    shared = Path(__file__).resolve().parents[1].parent / "shared"
    if not (shared / "data" / "germeval2014").exists():
        pytest.skip("../shared/data is not available here")
    from filmkritik.lang import build_names

    sizes = build_names.build(shared, tmp_path)
    assert sizes["first_names"] > 4000 and sizes["common_de"] > 5000 and sizes["common_en"] > 5000
    first = set((tmp_path / "first_names.txt").read_text(encoding="utf-8").split())
    assert {"Michael", "Anna"} <= first
    assert "Krankenschwester" not in first


RUN_TEXTS = [
    "Dr. Ida Marquardt und Mrs. Greta Holm treffen J. T. Marlow, Rudolf van der Berg und O’Malley-Vogt.",
    "Prof.Vogt, Sgt. Pepper's, Capt. J.Brandl Jr., Heinrich III. und „Anna“ Brandtner; Insp.x Rev. Fr. St.",
    "x-Brandl _Anna 3Vogt Greta's Holm’s Étienne Øystein Łucja Mr.\u00a0Holm Dr  Vogt Lt. Col. Gen. Det.",
]


@pytest.mark.parametrize("text", RUN_TEXTS)
def test_capitalised_runs_are_those_of_the_plain_pattern(text: str) -> None:
    # RUN_RE is written to open with a character class (fast to scan for); it must find exactly
    # what the pattern as written (RUN, behind a look-ahead) finds, from any start and to any end.
    import re

    plain = re.compile(rf"(?=[{names.UPPER}]){names.RUN}")
    for start in range(len(text)):
        for end in (start + 12, len(text)):
            found = [m.span() for m in names.RUN_RE.finditer(text, start, end)]
            assert found == [m.span() for m in plain.finditer(text, start, end)]
        x, y = names.RUN_RE.match(text[start:]), plain.match(text[start:])
        assert (x and x.span()) == (y and y.span())
    if text is RUN_TEXTS[0]:
        runs = [m.group() for m in names.RUN_RE.finditer(text)]
        assert runs[:3] == ["Dr. Ida Marquardt", "Mrs. Greta Holm", "J. T. Marlow"]


def test_particles_are_what_the_particle_pattern_matches() -> None:
    import itertools
    import re

    pattern = re.compile(rf"^{names.PARTICLE}$")
    assert all(pattern.match(p) for p in names.PARTICLES)
    letters = sorted(set("".join(names.PARTICLES)) | {"x", "\n"})
    words = ["".join(w) for n in range(1, 5) for w in itertools.product(letters, repeat=n)]
    words += [p + end for p in names.PARTICLES for end in ("\n", "\n\n", "s", " ", "x\n")]
    for word in words:
        assert names._is_particle(word) == bool(pattern.match(word)), word
