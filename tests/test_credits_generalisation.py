"""German cast pairs on phrasing the rules were not written for: `fixtures/credits/de-generalisation7.jsonl`.

The 50 sentences (fictional names) were written before the round-7 changes and scored once with the reader as
it stood; they are a measure, not a table of cases to satisfy one by one, so the test asserts pooled scores
(a floor just under what the reader now reaches) instead of each row. Run this file as a script to print the
scores and the misses: ``.venv/bin/python tests/test_credits_generalisation.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jsonl_support import jsonl_rows
from test_credits import actors, cast, read_credits

FIXTURE = Path(__file__).parent / "fixtures" / "credits" / "de-generalisation7.jsonl"
#: A second set of 30, written after the first changes of round 7 and scored once with the reader before them
#: and after them (never tuned on).
FIXTURE_B = Path(__file__).parent / "fixtures" / "credits" / "de-generalisation7b.jsonl"


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(fixture: Path = FIXTURE, verbose: bool = False) -> dict[str, tuple[float, float, float]]:
    """Pooled precision, recall and F1 of cast pairs and actors over a fixture."""
    counts = {"cast": [0, 0, 0], "actors": [0, 0, 0]}
    for line in fixture.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        record = read_credits(row["text"], title="Sturmzeit")
        got = {"cast": cast(record), "actors": actors(record)}
        gold = {"cast": {tuple(p) for p in row["gold"]["cast"]}, "actors": set(row["gold"]["actors"])}
        for field in counts:
            tp, fp, fn = got[field] & gold[field], got[field] - gold[field], gold[field] - got[field]
            counts[field][0] += len(tp)
            counts[field][1] += len(fp)
            counts[field][2] += len(fn)
            if verbose and (fp or fn):
                print(f"{row['id']} {field}: missed {sorted(fn)} false {sorted(fp)}")
    return {field: _f1(*c) for field, c in counts.items()}


def test_unseen_german_phrasing_keeps_its_scores() -> None:
    # round 7 start: cast F1 0.627 / 0.286, actors 0.939 / 0.766; end: 0.902 / 0.872, 1.000 / 0.923
    first, second = score(FIXTURE), score(FIXTURE_B)
    assert first["cast"][2] >= 0.89 and first["cast"][0] >= 0.95
    assert first["actors"][2] >= 0.98
    assert second["cast"][2] >= 0.86 and second["cast"][0] >= 0.95
    assert second["actors"][2] >= 0.90


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    for path in (FIXTURE, FIXTURE_B):
        print(f"== {path.name}")
        for field, (p, r, f) in score(path, verbose=True).items():
            print(f"{field}: P {p:.3f} R {r:.3f} F1 {f:.3f}")


def test_insertion_masking_never_fails_and_keeps_offsets() -> None:
    """Every cut of every fixture sentence (text ending on a comma, a dash, an article ...) reads without error,
    and the blanked text keeps the length and every name of the original."""
    from filmkritik import lang
    from filmkritik.model import ReviewRecord
    from filmkritik.read import credits_insertions, names, segment
    from filmkritik.read.analysis import Analysis

    data = lang.get("de")
    lex = names.lexicon()
    texts = [row["text"] for row in jsonl_rows(FIXTURE, FIXTURE_B)]
    for text in texts:
        for cut in range(1, len(text) + 1, 5):
            part = text[:cut]
            analysis = Analysis(
                record=ReviewRecord(text=part),
                lang=data,
                sentences=segment.sentences(part, data.ABBREVIATIONS),
                paragraphs=segment.paragraphs(part),
            )
            masked = credits_insertions.mask(part, analysis.sentence_starts, lex)
            assert len(masked) == len(part)
            assert all(m == o or m == " " for m, o in zip(masked, part, strict=True))
