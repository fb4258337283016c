"""Name shapes from many languages, in German and English sentences (tests/fixtures/names/shapes7.jsonl).

Every name in the table is invented; each line lists the performers and directors a reader should report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import filmkritik
from filmkritik.read import names
from jsonl_support import jsonl_rows

TABLE = Path(__file__).parent / "fixtures" / "names" / "shapes7.jsonl"


def name_recall() -> tuple[int, int, list[str]]:
    """How many expected names some capitalised run of their sentence trims to exactly."""
    lex = names.lexicon()
    hit, total, missed = 0, 0, []
    for row in jsonl_rows(TABLE):
        text, lang = str(row["text"]), str(row["lang"])
        found = {names.trim_person(text[s:e], lang, lex) for s, e in names.Runs(text).spans}
        for person in row["persons"]:  # type: ignore[attr-defined]
            total += 1
            if person in found:
                hit += 1
            else:
                missed.append(person)
    return hit, total, missed


def reader_scores() -> tuple[float, float, list[str]]:
    """Precision and recall of the whole reader's actors and directors against the table."""
    tp = fp = fn = 0
    wrong: list[str] = []
    for row in jsonl_rows(TABLE):
        film = filmkritik.read_text(str(row["text"])).film
        got = {p.name for p in film.actors} | {d.name for d in film.directors}
        want = set(row["persons"])  # type: ignore[call-overload]
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        wrong += [f"+{g}" for g in sorted(got - want)] + [f"-{w}" for w in sorted(want - got)]
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), wrong


def test_capitalised_runs_hold_the_names_of_many_languages() -> None:
    hit, total, missed = name_recall()
    assert hit / total >= NAME_RECALL_FLOOR, missed


def test_reader_reports_performers_of_many_name_shapes() -> None:
    precision, recall, wrong = reader_scores()
    assert precision >= READER_PRECISION_FLOOR, wrong
    assert recall >= READER_RECALL_FLOOR, wrong


# Measured 2026-11-26: names 84/97 -> 97/97; reader precision 0.89 -> 1.00, recall 0.32 (the short
# sentences give the credits reader little to go on; names.py finds every name, see README-names7).
NAME_RECALL_FLOOR = 0.97
READER_PRECISION_FLOOR = 0.9
READER_RECALL_FLOOR = 0.3


@pytest.mark.parametrize(
    ("run", "language", "person"),
    [
        ("Honor Pembrey-Vale", "en", "Honor Pembrey-Vale"),
        ("Karim al-Sudairi", "en", "Karim al-Sudairi"),
        ("Omar ibn Tarfa", "de", "Omar ibn Tarfa"),
        ("Leung Wai-Kit", "de", "Leung Wai-Kit"),
        ("R.J. Tallow", "en", "R.J. Tallow"),
        ("Harold Pemberton III", "en", "Harold Pemberton III"),
        ("Ahmed el Kader", "de", "Ahmed el Kader"),
        ("Jean d'Arcy", "en", "Jean d'Arcy"),
        ("Thierry de la Tour", "en", "Thierry de la Tour"),  # "Tour" is an English word, but a surname here
        ("Die Rettung", "de", None),  # -ung after a consonant is still a German noun
        ("Mai", "de", None),  # a month, alone in German prose ("Im Mai spielt ...")
        ("Mai Tran", "de", "Mai Tran"),
        ("NASA", "en", None),
        ("III", "en", None),
    ],
)
def test_name_shapes_are_kept_and_words_are_not(run: str, language: str, person: str | None) -> None:
    assert names.trim_person(run, language, names.lexicon()) == person


def test_arabic_article_joins_a_run_but_never_opens_one() -> None:
    text = "Danach spielt Tariq al-Hashimi, al-Kassar bleibt fern."
    found = [text[s:e] for s, e in names.Runs(text).spans]
    assert "Tariq al-Hashimi" in " ".join(found)
    assert not any(f.startswith("al-") for f in found)


if __name__ == "__main__":  # pragma: no cover - a table for people: python tests/test_names_shapes.py
    h, t, m = name_recall()
    print(f"names {h}/{t} = {h / t:.3f}; missed: {m}")
    p, r, w = reader_scores()
    print(f"reader P {p:.3f} R {r:.3f}; wrong: {w}")
    pytest.main([__file__, "-q"])
