"""Training examples read from ../shared TRAIN data and the repository's own fixtures.

Positives: the development reviews, critic reviews and extracts of the Pang & Lee TRAIN critics, German Amazon
DVD user reviews (train split), the project's own German critic-style reviews. Negatives: GermEval 2014 dev
sentences (news and encyclopedia text) assembled into documents, and hand-written news, interviews, listings and
synopses. Nothing marked TEST is read.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from filmkritik import lang
from filmkritik.train.review_detect.slots import paragraphs

Example = tuple[str, str, int, str]  # text, language, label, source

#: The Pang & Lee critics marked TRAIN; the others are TEST.
TRAIN_CRITICS = ("Dennis+Schwartz", "Steve+Rhodes")


def dev_reviews(shared: Path) -> list[Example]:
    """The development reviews (``reviews/{de,en}/dev.jsonl``): the target distribution."""
    out = []
    for code in ("de", "en"):
        for line in (shared / "reviews" / code / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((json.loads(line)["text"], code, 1, f"dev-{code}"))
    return out


def pang_lee_train(shared: Path, per_critic: int, rng: random.Random) -> list[Example]:
    """Whole reviews of the TRAIN critics."""
    out = []
    for critic in TRAIN_CRITICS:
        files = sorted((shared / "data" / "pang-lee" / "scale_whole_review" / critic / "txt.parag").glob("*.txt"))
        for file in rng.sample(files, min(per_critic, len(files))):
            out.append((file.read_text(encoding="latin-1"), "en", 1, "pang-lee"))
    return out


def pang_lee_extracts(shared: Path, n: int, rng: random.Random) -> list[Example]:
    """Critic capsules' stand-ins: runs of one to four subjective sentences from the TRAIN critics' extracts
    (``scaledata/<critic>/subj.<critic>``, lower-cased and tokenised; their last sentences hold the verdict
    more often, so half the runs end the extract)."""
    out = []
    for critic in TRAIN_CRITICS:
        lines = (shared / "data" / "pang-lee" / "scaledata" / critic / f"subj.{critic}").read_text(encoding="latin-1")
        extracts = [line for line in lines.splitlines() if line.strip()]
        for extract in rng.sample(extracts, min(n // 2, len(extracts))):
            out.append((_capsule(extract, rng), "en", 1, "pang-lee-short"))
    return out


def _capsule(extract: str, rng: random.Random) -> str:
    sentences = [s.strip() for s in extract.split(" . ") if s.strip()]
    take = rng.randint(1, 4)
    start = len(sentences) - take if rng.random() < 0.5 else rng.randint(0, max(0, len(sentences) - take))
    run = sentences[max(0, start) : max(0, start) + take]
    return " ".join(detokenise(s.split()).capitalize() + "." for s in run)


def _dvd_train_rows(shared: Path) -> list[dict[str, Any]]:
    """The German DVD user reviews of the train split, in file order."""
    path = shared / "data" / "de-dvd-reviews" / "de_dvd_train_test.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if row.get("split") == "train"]


def dvd_train(shared: Path, n: int, rng: random.Random) -> list[Example]:
    """German DVD user reviews, summary line and text."""
    rows = [f"{row.get('summary', '')}\n\n{row['text']}" for row in _dvd_train_rows(shared)]
    return [(text, "de", 1, "dvd") for text in rng.sample(rows, min(n, len(rows)))]


def dvd_short(shared: Path, n: int, rng: random.Random) -> list[Example]:
    """German DVD user reviews (train split) of at most 60 words: short judgements without a critic's apparatus."""
    rows = [
        row["text"] if rng.random() < 0.5 else f"{row.get('summary', '')}\n{row['text']}"
        for row in _dvd_train_rows(shared)
        if len(row["text"].split()) <= 60
    ]
    return [(text, "de", 1, "dvd-short") for text in rng.sample(rows, min(n, len(rows)))]


def dvd_long(shared: Path, n: int, rng: random.Random, min_words: int = 150) -> list[Example]:
    """German DVD user reviews (train split) of at least ``min_words`` words: long German reviews, so that length
    alone does not tell a German review (most DVD reviews are short) from a news page (GermEval documents are long)."""
    rows = [
        f"{row.get('summary', '')}\n\n{row['text']}"
        for row in _dvd_train_rows(shared)
        if len(row["text"].split()) >= min_words
    ]
    return [(text, "de", 1, "dvd-long") for text in rng.sample(rows, min(n, len(rows)))]


def germeval_documents(shared: Path, rng: random.Random) -> list[Example]:
    """GermEval dev sentences (news, encyclopedia) grouped into documents of 8-30 sentences."""
    sentences = _germeval_sentences(shared)
    docs = []
    i = 0
    while i < len(sentences):
        size = rng.randint(8, 30)
        chunk = sentences[i : i + size]
        i += size
        if len(chunk) >= 5:
            headline = chunk[0] if len(chunk[0]) < 90 else chunk[0][:60]
            body = paragraphs(chunk[1:], 5, rng)
            docs.append((headline + "\n\n" + "\n\n".join(body), "de", 0, "germeval"))
    return docs


def _germeval_sentences(shared: Path) -> list[str]:
    sentences: list[str] = []
    tokens: list[str] = []
    for line in (shared / "data" / "germeval2014" / "NER-de-dev.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                sentences.append(detokenise(tokens))
                tokens = []
            continue
        parts = line.split("\t")
        if len(parts) > 1:
            tokens.append(parts[1])
    return sentences


def germeval_short(shared: Path, n: int, rng: random.Random) -> list[Example]:
    """GermEval dev news and encyclopedia sentences in runs of one to four: short non-reviews."""
    docs = germeval_documents(shared, random.Random(5))
    sentences = [s for text, *_ in docs for s in text.replace("\n\n", " ").split(". ") if len(s) > 20]
    out = []
    for _ in range(n):
        i = rng.randrange(len(sentences))
        out.append((". ".join(sentences[i : i + rng.randint(1, 4)]) + ".", "de", 0, "germeval-short"))
    return out


def detokenise(tokens: list[str]) -> str:
    """Tokens joined back into text, punctuation against its word."""
    text = " ".join(tokens)
    for p in (" .", " ,", " ;", " :", " !", " ?", " )"):
        text = text.replace(p, p[1:])
    return text.replace("( ", "(").replace(' " ', ' "')


def fixtures(folder: Path) -> list[Example]:
    """Hand-written negatives (``*.txt``, named by language) and short texts of both kinds (``*.jsonl``:
    language, is_review, text)."""
    out = []
    for file in sorted(folder.glob("*.txt")):
        code = file.name[:2]
        out.append((file.read_text(encoding="utf-8"), code, 0, "fixture"))
    for file in sorted(folder.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["text"], row["language"], int(row["is_review"]), "fixture-short"))
    return out


def critic_fixtures(root: Path) -> list[Example]:
    """The project's own German critic-style reviews (``tests/fixtures/verdict_de/critics.jsonl``, fictional,
    written by hand for the verdict): German critics' prose, soberer than the DVD user reviews."""
    path = root / "tests" / "fixtures" / "verdict_de" / "critics.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["text"], "de", 1, "fixture-critics") for row in rows]


def judgement_sentences(shared: Path) -> dict[str, list[str]]:
    """Short judging sentences: the TRAIN critics' subjective sentences with a judging word, and German DVD
    user reviews (train split, 1 or 5 stars) cut to their first sentence; and (``"<code>-words"``) the strong
    words of critics' vocabulary (``lang/<code>/verdict.py``) for one-word verdicts."""
    from filmkritik.read.review_features import judging_words

    en = [
        text
        for text, *_ in pang_lee_extracts(shared, 600, random.Random(3))
        if len(text.split()) <= 25 and judging_words(text, "en")
    ]
    de = []
    for row in _dvd_train_rows(shared):
        if row.get("rating") in (1, 5, 1.0, 5.0):
            first = row["text"].split(". ")[0].strip()
            if 4 <= len(first.split()) <= 20 and judging_words(first, "de"):
                de.append(first.rstrip(".") + ".")
    return {"de": de, "en": en, **{f"{code}-words": verdict_words(code) for code in ("de", "en")}}


def verdict_words(code: str) -> list[str]:
    """The strong words of critics' vocabulary in their base form ("aufgesetzt", not "aufgesetzte"): a verdict
    word stands uninflected."""
    words = {w for w, weight in lang.data(code, "verdict").CRITIC_WORDS.items() if abs(weight) >= 0.5}
    inflected = {w + suffix for w in words for suffix in ("e", "en", "er", "es", "em")}
    return sorted(w for w in words - inflected if " " not in w)
