"""Train the is-review model from ../shared TRAIN data and the repository's own negative fixtures.

    python -m filmkritik.read.review_train [--shared ../shared] [--fixtures tests/fixtures/review_detect]

Positives: the development reviews (``reviews/{de,en}/dev.jsonl``), critic reviews of the
Pang & Lee TRAIN critics (Dennis Schwartz, Steve Rhodes) and German Amazon DVD user reviews
(train split). Negatives, built honestly because no labelled non-review pages exist here:
GermEval 2014 dev sentences (news and encyclopedia text) assembled into documents, listing
and TV-guide pages generated from templates with invented titles, and hand-written news,
interviews, listings and synopses (``fixtures/train``). Nothing marked TEST is read.
Writes ``lang/data/review_detect_model.json`` and prints cross-validated metrics.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date
from pathlib import Path

from filmkritik.read.review_features import FEATURES, features

_ROOT = Path(__file__).resolve().parents[3]
_OUT = Path(__file__).resolve().parents[1] / "lang" / "data" / "review_detect_model.json"

Example = tuple[str, str, int, str]  # text, language, label, source


def dev_reviews(shared: Path) -> list[Example]:
    out = []
    for code in ("de", "en"):
        for line in (shared / "reviews" / code / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((json.loads(line)["text"], code, 1, f"dev-{code}"))
    return out


def pang_lee_train(shared: Path, per_critic: int, rng: random.Random) -> list[Example]:
    out = []
    for critic in ("Dennis+Schwartz", "Steve+Rhodes"):  # the TRAIN critics; the others are TEST
        files = sorted((shared / "data" / "pang-lee" / "scale_whole_review" / critic / "txt.parag").glob("*.txt"))
        for file in rng.sample(files, min(per_critic, len(files))):
            out.append((file.read_text(encoding="latin-1"), "en", 1, "pang-lee"))
    return out


def dvd_train(shared: Path, n: int, rng: random.Random) -> list[Example]:
    rows = []
    for line in (
        (shared / "data" / "de-dvd-reviews" / "de_dvd_train_test.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        row = json.loads(line)
        if row.get("split") == "train":
            rows.append(f"{row.get('summary', '')}\n\n{row['text']}")
    return [(text, "de", 1, "dvd") for text in rng.sample(rows, min(n, len(rows)))]


def germeval_documents(shared: Path, rng: random.Random) -> list[Example]:
    """GermEval dev sentences (news, encyclopedia) grouped into documents of 8-30 sentences."""
    sentences: list[str] = []
    tokens: list[str] = []
    for line in (shared / "data" / "germeval2014" / "NER-de-dev.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                sentences.append(_detokenise(tokens))
                tokens = []
            continue
        parts = line.split("\t")
        if len(parts) > 1:
            tokens.append(parts[1])
    docs = []
    i = 0
    while i < len(sentences):
        size = rng.randint(8, 30)
        chunk = sentences[i : i + size]
        i += size
        if len(chunk) >= 5:
            headline = chunk[0] if len(chunk[0]) < 90 else chunk[0][:60]
            paragraphs, body = [], chunk[1:]
            while body:
                take = rng.randint(1, 5)
                paragraphs.append(" ".join(body[:take]))
                body = body[take:]
            docs.append((headline + "\n\n" + "\n\n".join(paragraphs), "de", 0, "germeval"))
    return docs


def _detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    for p in (" .", " ,", " ;", " :", " !", " ?", " )"):
        text = text.replace(p, p[1:])
    return text.replace("( ", "(").replace(' " ', ' "')


_WORDS = "Nacht Sommer Haus Stadt Winter Meer Fluss Spur Licht Schatten Herz Feuer Weg Insel Zeit".split()
_EN_WORDS = "Night Summer House City Winter Sea River Trail Light Shadow Heart Fire Road Island Time".split()
_CHANNELS = {
    "de": ["ARD", "ZDF", "RTL", "ProSieben", "Sat.1", "VOX", "arte", "3sat", "kabel eins"],
    "en": ["BBC One", "BBC Two", "ITV", "Channel 4", "Film4", "Channel 5", "Sky Cinema", "AMC"],
}
_GENRES = {
    "de": ["Krimi", "Drama", "Komödie", "Thriller", "Western", "Doku"],
    "en": ["drama", "comedy", "thriller", "western", "documentary", "crime"],
}


def listings(n: int, rng: random.Random) -> list[Example]:
    """TV-guide and cinema-programme pages with invented titles."""
    docs = []
    for k in range(n):
        code = "de" if k % 2 == 0 else "en"
        words = _WORDS if code == "de" else _EN_WORDS
        lines = ["TV-Programm" if code == "de" else "Tonight on TV", ""]
        hour = rng.randint(14, 19)
        for _ in range(rng.randint(5, 14)):
            hour = min(hour + rng.randint(0, 2), 23)
            title = f"{'Die' if code == 'de' else 'The'} {rng.choice(words)} {'der' if code == 'de' else 'of'} {rng.choice(words)}"
            extra = f"({rng.choice(_GENRES[code])}, {rng.randint(1950, 2023)}, {rng.randint(80, 150)} Min.)"
            if rng.random() < 0.4:
                extra = ""
            channel = rng.choice(_CHANNELS[code])
            sep = rng.choice([" - ", " | ", "  "])
            lines.append(f"{hour:02d}:{rng.choice(['00', '15', '30', '45'])}{sep}{channel}{sep}{title} {extra}".strip())
        if rng.random() < 0.5:
            lines += ["", "Tickets an der Kasse." if code == "de" else "Book tickets online."]
        docs.append(("\n".join(lines), code, 0, "listing"))
    return docs


def fixtures(folder: Path) -> list[Example]:
    out = []
    for file in sorted(folder.glob("*.txt")):
        code = file.name[:2]
        out.append((file.read_text(encoding="utf-8"), code, 0, "fixture"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=_ROOT.parent / "shared")
    parser.add_argument("--fixtures", type=Path, default=_ROOT / "tests" / "fixtures" / "review_detect")
    parser.add_argument("--out", type=Path, default=_OUT)
    args = parser.parse_args()

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    rng = random.Random(13)
    data = dev_reviews(args.shared) + pang_lee_train(args.shared, 250, rng) + dvd_train(args.shared, 250, rng)
    data += germeval_documents(args.shared, rng) + listings(60, rng) + fixtures(args.fixtures / "train")
    x = np.array([features(text, code) for text, code, _, _ in data])
    y = np.array([label for _, _, label, _ in data])
    means = x.mean(axis=0)
    scales = x.std(axis=0) + 1e-6
    z = (x - means) / scales
    # The development pages are the target distribution and the hand-written negatives the
    # hard cases (synopses, interviews): both count three times.
    weights = np.array([3.0 if source in ("dev-de", "dev-en", "fixture") else 1.0 for *_, source in data])
    clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
    predicted = cross_val_predict(clf, z, y, cv=5, params={"sample_weight": weights})
    clf.fit(z, y, sample_weight=weights)
    per_source: dict[str, list[int]] = {}
    for (_, _, label, source), guess in zip(data, predicted, strict=True):
        per_source.setdefault(source, []).append(int(guess == label))
    report = {s: round(sum(v) / len(v), 3) for s, v in sorted(per_source.items())}
    held = fixtures(args.fixtures / "heldout")
    model = {
        "features": list(FEATURES),
        "means": [round(float(v), 6) for v in means],
        "scales": [round(float(v), 6) for v in scales],
        "weights": [round(float(v), 6) for v in clf.coef_[0]],
        "bias": round(float(clf.intercept_[0]), 6),
        # Below 0.5: the reader mostly sees reviews, and calling one "not a review" drops its verdict.
        "threshold": 0.35,
        "trained": date.today().isoformat(),
        "examples": {"positive": int(y.sum()), "negative": int(len(y) - y.sum())},
        "cross_validated_accuracy": round(float((predicted == y).mean()), 3),
        "cross_validated_accuracy_by_source": report,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {k: model[k] for k in ("examples", "cross_validated_accuracy", "cross_validated_accuracy_by_source")}
        )
    )
    if held:
        w = clf.coef_[0]
        for text, code, _, _ in held:
            p = 1 / (1 + np.exp(-(((np.array(features(text, code)) - means) / scales) @ w + clf.intercept_[0])))
            print(f"held-out negative: p(review) = {p:.3f}")
    for name, weight in sorted(zip(FEATURES, clf.coef_[0], strict=True), key=lambda t: -abs(t[1])):
        print(f"{name:16s} {weight:+.3f}")


if __name__ == "__main__":
    main()
