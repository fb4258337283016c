"""``names.RUN_RE`` (written to open with a capital) finds the capitalised runs the plain pattern ``RUN`` finds,
on random texts full of the titles, initials, particles and punctuation the runs turn on."""

from __future__ import annotations

import random
import re

from filmkritik.read import names


def test_runs_on_random_texts() -> None:
    plain = re.compile(rf"(?=[{names.UPPER}]){names.RUN}")
    pieces = [
        *["Mr", "Mrs", "Ms", "Dr", "Prof", "Sgt", "Capt", "Lt", "Col", "Gen", "St", "Det", "Insp", "Rev", "Fr"],
        *["Mx", "Drr", "Profs", "Stt", "D", "M", "J", "É", "Ö"],
        *["r", "rs", "et", "rof", "apt", "ol", "en", "nsp", "ev", "abc", "x"],
        *[".", ". ", " ", " ", "\u00a0", "-", "'", "’", ",", "\n", "“", '"'],
        *["Anna", "Vogt", "van der", "de la", "al-", "Jr.", "III", "Film", "der", "1"],
    ]
    rng = random.Random(12)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert [m.span() for m in names.RUN_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], text
