"""Directors on phrasing the rules were not written for: `fixtures/credits/directors7.jsonl`.

53 German and 43 English invented sentences and page excerpts (fictional people): co-directors and directing duos
in every form, info boxes and abbreviated credits ("R:", "D:", "Buch und Regie:"), possessives, appositions with
origin or age ("der 34-jährige Regisseur", "the Lagos-born director"), names with particles and hyphens, and traps
(directors of other films, producers, writers, camera, actors who direct elsewhere, "Oscar-winning",
"Berlin-based"). They were written and scored before the round-7 director changes, so the file is a measure, not a
table of cases: the test asserts pooled scores per language (a floor just under what the reader now reaches) and
the nationalities the text states. Run this file as a script to print the scores and the misses:
``.venv/bin/python tests/test_directors7.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jsonl_support import jsonl_rows
from test_credits import read_credits

FIXTURE = Path(__file__).parent / "fixtures" / "credits" / "directors7.jsonl"


def score(verbose: bool = False) -> dict[str, tuple[float, float, float]]:
    """Pooled director precision, recall and F1 per language, from the credits reader alone."""
    counts: dict[str, list[int]] = {}
    for row in jsonl_rows(FIXTURE):
        record = read_credits(row["text"])
        got = {d.name for d in record.film.directors}
        gold = set(row["gold"]["directors"])
        c = counts.setdefault(row["lang"], [0, 0, 0])
        c[0] += len(got & gold)
        c[1] += len(got - gold)
        c[2] += len(gold - got)
        if verbose and got != gold:
            print(f"{row['id']}: missed {sorted(gold - got)} false {sorted(got - gold)}")
    out = {}
    for code, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        out[code] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def test_unseen_director_phrasing_keeps_its_scores() -> None:
    # round 7 start (credits alone): de P 1.000 R 0.517 F1 0.681, en P 0.939 R 0.646 F1 0.765
    scores = score()
    assert scores["de"][2] >= 0.95 and scores["de"][0] >= 0.98
    assert scores["en"][2] >= 0.95 and scores["en"][0] >= 0.97


def test_stated_nationalities_reach_the_director() -> None:
    wrong = []
    for row in jsonl_rows(FIXTURE):
        stated = row["gold"].get("nationalities")
        if not stated:
            continue
        got = {d.name: d.nationality for d in read_credits(row["text"]).film.directors}
        wrong += [(name, country, got.get(name)) for name, country in stated.items() if got.get(name) != country]
    assert not wrong


def test_co_directors_named_by_one_cue_both_direct() -> None:
    cases = {
        "Wiebke Sander und Okan Yüksel haben den Film gemeinsam inszeniert, sehr behutsam.": {
            "Wiebke Sander",
            "Okan Yüksel",
        },
        "Regie führten Pia und Lukas Hornbach, zwei Geschwister aus dem Sauerland.": {"Pia Hornbach", "Lukas Hornbach"},
        "The directing duo of Priya Raman and Jonas Feld keep the camera close.": {"Priya Raman", "Jonas Feld"},
        "Siblings Noor and Sami Haddad co-directed the film from their own script.": {"Noor Haddad", "Sami Haddad"},
    }
    for text, gold in cases.items():
        assert {d.name for d in read_credits(text).film.directors} == gold, text


def test_a_compared_film_lends_no_director() -> None:
    text = "Like Harold Finch's 'The Quiet Year', this is a film about waiting. Director Saoirse Lyne takes her time."
    assert [d.name for d in read_credits(text, title="The Quiet Year").film.directors] == ["Saoirse Lyne"]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    for code, (p, r, f) in score(verbose=True).items():
        print(f"{code}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
