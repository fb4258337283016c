"""The photo-caption cue is tried only at line starts where it can open: the same matches as trying every one."""

from __future__ import annotations

import random

import pytest

from credits_support import credits_reader
from filmkritik.read.credits import Reader


def _spans(reader: Reader, every_line: bool) -> list[tuple[int, int]]:
    found = reader.finds("caption") if every_line else reader._caption_matches()
    return [m.span() for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Berg (l.) und Tom Vogt in einer Szene aus dem Film.",
        "Foto: Ada Berg, Tom Vogt und Lia Sand in „Nebelzeit“\nDer Film erzählt …",
        "Kritik\nHarold Pemberton III in a scene from the film.\nJ. R. Marlow and Ann de la Cruz in Nightfall.",
        "Bild:\nAda Berg\nund Tom Vogt in Berlin",
        "Ada Berg,\nTom Vogt (v. l.) in einer Szene",
        "Der Film läuft in Berlin. Ada Berg in einer Szene.",
    ],
)
def test_written_captions(text: str) -> None:
    for code in ("de", "en"):
        reader = credits_reader(text, code)
        assert _spans(reader, False) == _spans(reader, True)


def test_random_captions() -> None:
    rng = random.Random(11)
    pieces = [
        "Ada", "Berg", "Tom", "Vogt-Lind", "O’Hara", "J.", "Dr.", "von der", "de", "al-", "II", "III", "Jr.", ", Jr.",
        " ", " ", "\n", ", ", " und ", " and ", " & ", " in ", "in", " (l.)", " (v. l.)", "(", ")", "Foto: ",
        "Bild:", ":", "einer Szene", "a still", "„", "der", "Film", "1999", ".", "x" * 45, " (links)", " (rechts).",
        " (l.-r.)", " (v.\nl.)", " (xyz)", "Ada Berg", " in einer Szene", "Mr. ", "\u00a0",
    ]  # fmt: skip
    matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        for code in ("de", "en"):
            reader = credits_reader(text, code)
            expected = _spans(reader, True)
            assert _spans(reader, False) == expected, text
            matched += bool(expected)
    assert matched > 50
