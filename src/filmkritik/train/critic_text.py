"""The critic text head (round 13): reading the project's critic-style pages, fitting, measuring.

Preregistration: ``docs/preregistrations/verdict-round13.md``. Each page is read once by the shipped
reader, prose only (every rating it finds blanked, as the record's ``inferred_score``): the label of its
shown score, its confidence, and what the head reads (``read/verdict.py`` ``critic_inputs``). The head
(``read/critic_text.py``) is a class-balanced multinomial logistic regression over the hashed word 1-2
grams of three text blocks and the reader's four numbers; its penalty is chosen by an inner
leave-one-file-out. It is measured leave-one-file-out (each fixture file one writer's round), against the
shipped bands on the same pages; the dev sets are a transfer check only (never trained on).

Usage (repository root; reading the 615 pages takes ~15 s, cached in ``--pages``; each leave-one-file-out
run with its inner penalty choice ~2-3 min per language on one core; prints JSON per language)::

    python -m filmkritik.train.verdict_head text --pages /tmp/pages13.json --gate 0               # preregistered
    python -m filmkritik.train.verdict_head text --pages /tmp/pages13.json --gate 0.6             # addendum 1
    python -m filmkritik.train.verdict_head text --pages /tmp/pages13.json --gate 0 --text-only   # addendum 2
    python -m filmkritik.train.verdict_head text --pages /tmp/pages13.json --gate 0 --secondary
    python -m filmkritik.train.verdict_head text --pages /tmp/pages13.json --lang de --gate 0 --write-confidence de
    # --write de en [--out DIR]: the heads as models/verdict-critic-<code>.npz (none ships: all failed their rule)
"""

from __future__ import annotations

import datetime
import itertools
import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from filmkritik.ingest import load_text
from filmkritik.model import Source, score_label
from filmkritik.read import critic_text, pipeline, verdict

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures"
#: The training files per language (preregistered): every blind round and every verdict page set.
FILES = {
    "de": [f"heldout/de{n}.jsonl" for n in ("", *range(2, 19))]
    + [
        f"verdict_de/{name}.jsonl"
        for name in ("critics", "critics8", "critics10", "critics10b", "critics10c", "critics12")
    ],
    "en": [f"heldout/en{n}.jsonl" for n in ("", *range(2, 19))]
    + [f"verdict_en/{name}.jsonl" for name in ("critics9", "critics10", "critics10b", "critics12")],
}
#: The independent writer's pages (round 12's sealed set, now open): reported as a fold of their own.
INDEPENDENT = {"de": "verdict_de/critics12.jsonl", "en": "verdict_en/critics12.jsonl"}
#: A blind round's files are numbered six ahead of the verdict round of the session that wrote them
#: (``heldout/de24.jsonl`` was written in round 18's session, beside ``verdict_de/critics18.jsonl``).
BLIND_ROUND_OFFSET = 6


def written_in_round(path: Path) -> int:
    """The verdict round whose session wrote an owned page file (``critics18.jsonl`` and ``heldout/de24.jsonl``: 18;
    the unnumbered first files: 0)."""
    digits = re.search(r"\d+", path.stem)
    if digits is None:
        return 0
    number = int(digits.group())
    return number - BLIND_ROUND_OFFSET if path.parent.name == "heldout" else number


def owned_page_files(code: str, fixtures: Path, *, before_round: int) -> list[Path]:
    """The owned critic page files of language ``code`` as a round had them: the critic sets, then the blind rounds,
    one file per writer's round. The sets written in the round's own session were sealed while it measured and are
    left out, as are later ones, so that the round's figures reproduce after they are committed."""
    files = sorted((fixtures / f"verdict_{code}").glob("critics*.jsonl"))
    files += sorted((fixtures / "heldout").glob(f"{code}*.jsonl"))
    return [path for path in files if written_in_round(path) < before_round]


PENALTIES = (0.1, 0.3, 1.0, 3.0)
LABELS = critic_text.LABELS
#: The confidence map's knots (the head's probability of its label; the margin from an edge).
PROBABILITY_KNOTS = np.linspace(1 / 3, 1.0, 35)
MARGIN_KNOTS = np.linspace(0.0, 50.0, 51)
CONFIDENCE_BOUNDS = (0.34, 0.95)
CONFIDENCE_SOURCE = "train/critic_text.py (round 13): python -m filmkritik.train.verdict_head text --lang de --gate 0 --write-confidence de"
EDGES = (39.5, 60.5)


@dataclass
class Page:
    """One page as the shipped reader reads its prose, and what the head reads."""

    group: str
    gold: str
    shown: int | None  # the inferred score shown; None: not read as a review
    confidence: float
    ids: list[list[int]] | None  # the head's block feature ids; None: the head does not apply
    numbers: list[float] | None

    @property
    def read(self) -> str:
        return "none" if self.shown is None else score_label(self.shown)


def read_page(text: str, group: str, gold: str) -> Page:
    """``text`` read by the shipped reader (prose only) with the critic settings off."""
    analysis = pipeline.analyse(load_text(text, Source(kind="text")))
    record = analysis.record
    code = record.language
    (_, prose, items, dense), score, confidence, parts = verdict.prose_score(analysis)
    inputs = verdict.critic_inputs(analysis.paragraphs, prose, code, items, dense, score, parts=parts)
    if not record.is_review.value:
        return Page(group, gold, None, 0.0, None, None)
    if inputs is None:
        return Page(group, gold, score, confidence, None, None)
    ids = [b.tolist() for b in inputs.block_ids]
    return Page(group, gold, score, confidence, ids, list(inputs.numbers))


def rows(path: Path) -> Iterable[tuple[str, str]]:
    """(prose with the gold's rating line removed, gold label) of each labelled row of ``path``."""
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = row.get("gold") or {}
        label = gold.get("verdict")
        if label not in LABELS:
            continue
        text = row["text"]
        rating_line = row.get("rating_line") or gold.get("rating_line")
        if rating_line:
            text = text.replace(rating_line, "")
        yield text, label


def read_files(paths: Sequence[Path], group_of: Callable[[Path], str], progress: Callable[[str], None]) -> list[Page]:
    os.environ[verdict.HEAD_SWITCH] = ""  # the shipped reader, whatever the settings say
    os.environ[verdict.CONFIDENCE_SWITCH] = ""
    pages: list[Page] = []
    for path in paths:
        progress(f"reading {path}")
        pages.extend(read_page(text, group_of(path), label) for text, label in rows(path))
    return pages


def fixture_pages(code: str, progress: Callable[[str], None]) -> list[Page]:
    return read_files([FIXTURES / f for f in FILES[code]], lambda p: str(p.relative_to(FIXTURES)), progress)


def cached_pages(cache: Path | None, shared: Path, progress: Callable[[str], None]) -> dict[str, list[Page]]:
    """Every language's fixture pages and dev pages ("dev-<code>"), read once and kept in ``cache``."""
    if cache is not None and cache.exists():
        raw = json.loads(cache.read_text(encoding="utf-8"))
        return {key: [Page(**p) for p in pages] for key, pages in raw.items()}
    found: dict[str, list[Page]] = {}
    for code in FILES:
        found[code] = fixture_pages(code, progress)
        dev = shared / "reviews" / code / "dev.jsonl"
        if dev.exists():
            found[f"dev-{code}"] = read_files([dev], lambda p: "dev", progress)
    if cache is not None:
        cache.write_text(json.dumps({k: [asdict(p) for p in v] for k, v in found.items()}), encoding="utf-8")
    return found


# --- the head ---------------------------------------------------------------------------------------


def design(pages: Sequence[Page], columns: np.ndarray | None = None, text: bool = True, numbers: bool = True) -> Any:
    """The sparse design matrix of ``pages`` (text columns restricted to ``columns``, the ids seen in
    training; each block L2-normalised) and the raw numbers."""
    from scipy import sparse

    if columns is None:
        columns = np.unique(
            np.concatenate(
                [np.asarray(b, dtype=np.int64) for p in pages for b in p.ids or []] or [np.zeros(0, np.int64)]
            )
        )
    data, row_ids, col_ids = [], [], []
    for r, page in enumerate(pages):
        for block in page.ids or []:
            ids = np.asarray(block, dtype=np.int64)
            if not text or not len(ids):
                continue
            at = np.minimum(np.searchsorted(columns, ids), max(0, len(columns) - 1))
            known = columns[at] == ids if len(columns) else np.zeros(len(ids), bool)
            weight = 1.0 / np.sqrt(len(ids))  # the block's L2 norm over all its ids, as read/critic_text.py
            col_ids.extend(at[known].tolist())
            row_ids.extend([r] * int(known.sum()))
            data.extend([weight] * int(known.sum()))
    x = sparse.csr_matrix((data, (row_ids, col_ids)), shape=(len(pages), len(columns)))
    raw = np.array([p.numbers or [50.0, 0.0, 50.0, 50.0] for p in pages], dtype=float)
    return x, columns, raw


@dataclass
class Fit:
    columns: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (3, len(columns) + 4)
    intercept: np.ndarray
    text: bool
    numbers: bool

    def probabilities(self, pages: Sequence[Page]) -> np.ndarray:
        x, _, raw = design(pages, self.columns, self.text, self.numbers)
        z = (raw - self.mean) / self.scale if self.numbers else np.zeros((len(pages), 0))
        n = x.shape[1]
        logits = x @ self.coef[:, :n].T + z @ self.coef[:, n:].T + self.intercept
        logits = np.asarray(logits)
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        return np.asarray(e / e.sum(axis=1, keepdims=True))


def fit(pages: Sequence[Page], c: float, text: bool = True, numbers: bool = True) -> Fit:
    """The class-balanced multinomial logistic regression on ``pages`` (those the head applies to):
    scikit-learn's objective (``0.5 |W|^2 + C * sum of weighted log-losses``, intercepts unpenalised; its
    ``LogisticRegression(class_weight="balanced")`` gives the same probabilities to 1e-3), solved in the span
    of the training rows, where the L2 optimum lies: pages x 3 parameters instead of features x 3."""
    from scipy import sparse

    x, columns, raw = design(pages, None, text, numbers)
    mean, scale = raw.mean(0), raw.std(0) + 1e-9
    z = (raw - mean) / scale if numbers else np.zeros((len(pages), 0))
    full = sparse.hstack([x, sparse.csr_matrix(z)]).tocsr()
    y = np.array([LABELS.index(p.gold) for p in pages])
    a, intercept = solve(np.asarray((full @ full.T).todense()), y, c)
    return Fit(columns, mean, scale, np.asarray(full.T @ a).T, intercept, text, numbers)


def solve(gram: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    """(A (rows, 3), intercept (3,)) of the class-balanced multinomial logistic regression with W = X.T A,
    given the rows' Gram matrix X X.T."""
    from scipy.optimize import minimize

    n = gram.shape[0]
    if len(set(y.tolist())) < 3:
        raise ValueError("the training pages lack a class")
    counts = np.bincount(y, minlength=3).astype(float)
    weight = n / (3.0 * counts[y])
    onehot = np.eye(3)[y]

    def objective(params: np.ndarray) -> tuple[float, np.ndarray]:
        a = params[: 3 * n].reshape(n, 3)
        ka = gram @ a
        f = ka + params[3 * n :]
        top = f.max(axis=1, keepdims=True)
        e = np.exp(f - top)
        total = e.sum(axis=1, keepdims=True)
        lse = (top + np.log(total)).ravel()
        loss = c * float((weight * (lse - (f * onehot).sum(axis=1))).sum()) + 0.5 * float((a * ka).sum())
        g_f = c * weight[:, None] * (e / total - onehot)
        return loss, np.concatenate([(gram @ g_f + ka).ravel(), g_f.sum(axis=0)])

    found = minimize(
        objective, np.zeros(3 * n + 3), jac=True, method="L-BFGS-B", options={"maxiter": 5000, "gtol": 1e-8}
    )
    return found.x[: 3 * n].reshape(n, 3), found.x[3 * n :]


def macro_f1(gold: Sequence[str], read: Sequence[str]) -> float:
    """Macro-F1 over the three labels, as scikit-learn's with ``zero_division=0`` ("none" is always wrong; a label
    neither read nor gold counts 0), in plain Python: the rounds' choices call it thousands of times."""
    scores = []
    for label in LABELS:
        hit = sum(g == r == label for g, r in zip(gold, read, strict=True))
        said, true = sum(r == label for r in read), sum(g == label for g in gold)
        scores.append(2 * hit / (said + true) if said + true else 0.0)
    return sum(scores) / len(scores)


def shipped_vs_candidate(gold: Sequence[str], base: Sequence[str], new: Sequence[str]) -> dict[str, Any]:
    """A verdict round's comparison of the shipped labels (``base``) with its candidate's (``new``) against ``gold``:
    macro-F1 of each, pages right, pages the candidate fixed and broke (the rounds' tables share these rows)."""
    return {
        "pages": len(gold),
        "shipped macro-F1": round(macro_f1(gold, base), 4),
        "candidate macro-F1": round(macro_f1(gold, new), 4),
        "shipped right": sum(g == b for g, b in zip(gold, base, strict=True)),
        "candidate right": sum(g == n for g, n in zip(gold, new, strict=True)),
        "fixed": sum(g == n != b for g, b, n in zip(gold, base, new, strict=True)),
        "broken": sum(g == b != n for g, b, n in zip(gold, base, new, strict=True)),
    }


def applied(pages: Sequence[Page]) -> list[Page]:
    """The pages the head reads: read as reviews, and where it applies."""
    return [p for p in pages if p.ids is not None and p.shown is not None]


def headed_one(page: Page, q: np.ndarray, gate: float) -> tuple[str, bool]:
    """(the label the reader shows for ``page`` with the head's probabilities ``q``, whether the head decided)."""
    label = LABELS[int(q.argmax())]
    if gate > 0 and not critic_text.decides(page.shown, label, float(q.max()), gate):  # type: ignore[arg-type]
        return page.read, False
    return score_label(critic_text.moved_into(page.shown, label)), True  # type: ignore[arg-type]


def headed(pages: Sequence[Page], probabilities: np.ndarray, gate: float = 0.0) -> list[str]:
    """The label the reader shows with the head: the head's where it applies and decides (the score moves
    into its band), else the reader's. ``gate`` 0: the preregistered head (always decides)."""
    labels, k = [], 0
    for page in pages:
        if page.ids is None or page.shown is None:
            labels.append(page.read)
            continue
        labels.append(headed_one(page, probabilities[k], gate)[0])
        k += 1
    return labels


class Kernel:
    """The applicable pages' text Gram matrix and numbers, computed once: a fit on some files' pages is a
    fit on rows of it (the dual of :func:`fit`, the same solution)."""

    def __init__(self, pages: Sequence[Page]) -> None:
        self.pages = applied(pages)
        x, _, self.raw = design(self.pages)
        self.text = np.asarray((x @ x.T).todense())
        self.y = np.array([LABELS.index(p.gold) for p in self.pages])
        self.group = np.array([p.group for p in self.pages])

    def _z(self, rows: np.ndarray, of: np.ndarray) -> np.ndarray:
        mean, scale = self.raw[rows].mean(0), self.raw[rows].std(0) + 1e-9
        return np.asarray((self.raw[of] - mean) / scale)

    def _gram(self, rows: np.ndarray, of: np.ndarray, text: bool, numbers: bool) -> np.ndarray:
        gram = self.text[np.ix_(of, rows)] if text else np.zeros((len(of), len(rows)))
        if numbers:
            gram = gram + self._z(rows, of) @ self._z(rows, rows).T
        return np.asarray(gram)

    def probabilities(
        self, rows: np.ndarray, test: np.ndarray, c: float, text: bool = True, numbers: bool = True
    ) -> np.ndarray:
        """The head fitted on ``rows`` (penalty ``c``), read on ``test`` (row indices)."""
        a, b = solve(self._gram(rows, rows, text, numbers), self.y[rows], c)
        logits = self._gram(rows, test, text, numbers) @ a + b
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        return np.asarray(e / e.sum(axis=1, keepdims=True))

    def choose_penalty(self, rows: np.ndarray, text: bool = True, numbers: bool = True) -> float:
        """The penalty of the best leave-one-file-out macro-F1 within ``rows`` (ties: the stronger penalty)."""
        best: tuple[float, float] | None = None
        for c in PENALTIES:
            gold: list[str] = []
            read: list[str] = []
            for g in sorted(set(self.group[rows].tolist())):
                train, test = rows[self.group[rows] != g], rows[self.group[rows] == g]
                probs = self.probabilities(train, test, c, text, numbers)
                gold.extend(LABELS[k] for k in self.y[test])
                read.extend(LABELS[k] for k in probs.argmax(axis=1))
            f = macro_f1(gold, read)
            if best is None or f > best[0] + 1e-9:
                best = (f, c)
        assert best is not None
        return best[1]


def choose_penalty(pages: Sequence[Page], text: bool = True, numbers: bool = True) -> float:
    kernel = Kernel(pages)
    return kernel.choose_penalty(np.arange(len(kernel.pages)), text, numbers)


@dataclass
class OutOfFold:
    labels: list[str]  # the reader's label with the head, each file read by a head fitted without it
    probability: list[float | None]  # the head's probability of its label (None: the head did not apply)
    penalties: dict[str, float]


def leave_one_file_out(
    pages: Sequence[Page], text: bool = True, numbers: bool = True, inner: bool = True, gate: float = 0.0
) -> OutOfFold:
    """Each file's pages read by a head fitted on the other files (its penalty by an inner leave-one-file-out
    on those files); pages the head does not apply to keep the reader's label."""
    kernel = Kernel(pages)
    position = {id(p): k for k, p in enumerate(kernel.pages)}
    labels = [p.read for p in pages]
    probability: list[float | None] = [None] * len(pages)
    penalties = {}
    everything = np.arange(len(kernel.pages))
    for g in sorted({p.group for p in pages}):
        rows, test = everything[kernel.group != g], everything[kernel.group == g]
        c = kernel.choose_penalty(rows, text, numbers) if inner else 1.0
        penalties[g] = c
        if not len(test):
            continue
        probs = kernel.probabilities(rows, test, c, text, numbers)
        by_row = {int(r): q for r, q in zip(test, probs, strict=True)}
        for i, page in enumerate(pages):
            k = position.get(id(page))
            if k is not None and k in by_row:
                q = by_row[k]
                labels[i], decided = headed_one(page, q, gate)
                probability[i] = float(q.max()) if decided else None
    return OutOfFold(labels, probability, penalties)


# --- confidence --------------------------------------------------------------------------------------


def isotonic(x: np.ndarray, right: np.ndarray, knots: np.ndarray) -> np.ndarray:
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(y_min=CONFIDENCE_BOUNDS[0], y_max=CONFIDENCE_BOUNDS[1], out_of_bounds="clip")
    iso.fit(x, right)
    return np.asarray(iso.predict(knots))


def margin(score: float) -> float:
    return min(abs(score - e) for e in EDGES)


def reliability(confidence: Sequence[float], right: Sequence[bool]) -> dict[str, Any]:
    c = np.asarray(confidence, dtype=float)
    r = np.asarray(right, dtype=float)
    cuts = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
    rows_ = []
    for lo, hi in itertools.pairwise(cuts):
        inside = (c >= lo) & (c < hi)
        if inside.any():
            rows_.append(
                (
                    f"{lo:.1f}-{min(hi, 1.0):.1f}",
                    round(float(c[inside].mean()), 3),
                    round(float(r[inside].mean()), 3),
                    int(inside.sum()),
                )
            )
    return {
        "n": len(c),
        "mean_confidence": round(float(c.mean()), 3) if len(c) else None,
        "right": round(float(r.mean()), 3) if len(c) else None,
        "ece": round(ece(c, r), 3),
        "brier": round(float(((c - r) ** 2).mean()), 3) if len(c) else None,
        "bins": rows_,
    }


def ece(confidence: np.ndarray, right: np.ndarray, bins: int = 10) -> float:
    if not len(confidence):
        return 0.0
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    return float(
        sum(
            abs(confidence[which == b].mean() - right[which == b].mean()) * (which == b).sum()
            for b in range(bins)
            if (which == b).any()
        )
        / len(confidence)
    )


def margin_confidence_out_of_fold(pages: Sequence[Page]) -> list[float]:
    """Each applicable page's critic-page confidence from a margin map fitted without its file."""
    out = []
    for page in pages:
        train = [p for p in applied(pages) if p.group != page.group]
        x = np.array([margin(p.shown) for p in train])  # type: ignore[arg-type]
        r = np.array([p.read == p.gold for p in train], dtype=float)
        curve = isotonic(x, r, MARGIN_KNOTS)
        out.append(float(np.interp(margin(page.shown), MARGIN_KNOTS, curve)))  # type: ignore[arg-type]
    return out


def margin_map(pages: Sequence[Page]) -> dict[str, list[float]]:
    train = applied(pages)
    x = np.array([margin(p.shown) for p in train])  # type: ignore[arg-type]
    r = np.array([p.read == p.gold for p in train], dtype=float)
    return {
        "edges": list(EDGES),
        "margin_knots": MARGIN_KNOTS.tolist(),
        "confidence": [round(float(v), 4) for v in isotonic(x, r, MARGIN_KNOTS)],
    }


# --- the report -------------------------------------------------------------------------------------


def scores(gold: Sequence[str], read: Sequence[str]) -> dict[str, float]:
    return {
        "n": len(gold),
        "macro_f1": round(macro_f1(gold, read), 3),
        "accuracy": round(float(np.mean([g == r for g, r in zip(gold, read, strict=True)])), 3),
    }


def compare(pages: Sequence[Page], labels: Sequence[str], where: Callable[[Page], bool]) -> dict[str, Any]:
    chosen = [i for i, p in enumerate(pages) if where(p)]
    gold = [pages[i].gold for i in chosen]
    return {"reader": scores(gold, [pages[i].read for i in chosen]), "head": scores(gold, [labels[i] for i in chosen])}


def report(pages: Sequence[Page], oof: OutOfFold, code: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "pooled": compare(pages, oof.labels, lambda p: True),
        "independent (critics12)": compare(pages, oof.labels, lambda p: p.group == INDEPENDENT[code]),
        "blind rounds (heldout/*)": compare(pages, oof.labels, lambda p: p.group.startswith("heldout/")),
        "verdict page sets": compare(pages, oof.labels, lambda p: not p.group.startswith("heldout/")),
        "applies to": sum(1 for p in pages if p.ids is not None and p.shown is not None),
        "not read as a review": sum(1 for p in pages if p.shown is None),
        "penalties": oof.penalties,
    }
    out["files"] = {g: compare(pages, oof.labels, _in_group(g)) for g in sorted({p.group for p in pages})}
    confusion: dict[str, int] = {}
    for p, label in zip(pages, oof.labels, strict=True):
        key = f"{p.gold}->{p.read} / {label}"
        confusion[key] = confusion.get(key, 0) + 1
    out["confusion gold->reader / head"] = dict(sorted(confusion.items()))
    return out


def _in_group(group: str) -> Callable[[Page], bool]:
    return lambda page: page.group == group


def head_artifact(
    pages: Sequence[Page], code: str, oof: OutOfFold, gate: float, numbers: bool = True
) -> critic_text.CriticTextHead:
    """The head fitted on all of ``code``'s pages, its confidence map fitted on the out-of-fold probabilities
    of the pages where it decided. ``numbers`` False: the text blocks only (addendum 2; the numbers' weights 0)."""
    c = choose_penalty(pages, True, numbers)
    fitted = fit(applied(pages), c, True, numbers)
    n = len(fitted.columns)
    number_weights = fitted.coef[:, n:].T if numbers else np.zeros((len(critic_text.NUMBERS), 3))
    keep = np.abs(fitted.coef[:, :n]).max(axis=0) > 0
    probability = np.array([q for q in oof.probability if q is not None])
    right = np.array(
        [lab == p.gold for p, lab, q in zip(pages, oof.labels, oof.probability, strict=True) if q is not None],
        dtype=float,
    )
    return critic_text.CriticTextHead(
        code=code,
        ids=fitted.columns[keep],
        weights=fitted.coef[:, :n][:, keep].T.astype(np.float32),
        intercept=fitted.intercept,
        number_mean=fitted.mean,
        number_scale=fitted.scale,
        number_weights=number_weights,
        confidence_knots=PROBABILITY_KNOTS,
        confidence_values=isotonic(probability, right, PROBABILITY_KNOTS),
        gate=gate,
    )


def head_confidence_out_of_fold(pages: Sequence[Page], oof: OutOfFold) -> dict[int, float]:
    """The head's confidence on each page where it decided (by index), through an isotonic map fitted on the
    other files' out-of-fold probabilities."""
    conf = {}
    for i, p in enumerate(pages):
        q = oof.probability[i]
        if q is None:
            continue
        train = [
            (oof.probability[j], oof.labels[j] == pages[j].gold)
            for j in range(len(pages))
            if pages[j].group != p.group and oof.probability[j] is not None
        ]
        x = np.array([t[0] for t in train], dtype=float)
        r = np.array([t[1] for t in train], dtype=float)
        conf[i] = float(np.interp(q, PROBABILITY_KNOTS, isotonic(x, r, PROBABILITY_KNOTS)))
    return conf


def confidence_tables(pages: Sequence[Page], oof: OutOfFold) -> dict[str, Any]:
    """Reliability on the pages the head applies to, out-of-fold: the shipped reader's confidence, the
    critic-page margin map, and the reader with the head on (the head's confidence where it decides)."""
    where = [i for i, p in enumerate(pages) if p.ids is not None and p.shown is not None]
    margin_oof = margin_confidence_out_of_fold([pages[i] for i in where])
    head_conf = head_confidence_out_of_fold(pages, oof)
    reader_right = [pages[i].read == pages[i].gold for i in where]
    return {
        "reader, shipped maps": reliability([pages[i].confidence for i in where], reader_right),
        "reader, critic-page margin map": reliability(margin_oof, reader_right),
        "head on (its map where it decides, else the shipped maps)": reliability(
            [head_conf.get(i, pages[i].confidence) for i in where], [oof.labels[i] == pages[i].gold for i in where]
        ),
        "head on (its map where it decides, else the margin map)": reliability(
            [head_conf.get(i, m) for i, m in zip(where, margin_oof, strict=True)],
            [oof.labels[i] == pages[i].gold for i in where],
        ),
    }


def dev_tables(pages: Sequence[Page], dev: Sequence[Page], head: critic_text.CriticTextHead) -> dict[str, Any]:
    """The dev set (transfer check) read by the head fitted on all pages: labels and confidence."""
    probs = head_probabilities(head, applied(dev))
    labels = headed(dev, probs, head.gate)
    gold = [p.gold for p in dev]
    table = margin_map(pages)
    where = applied(dev)
    confidence_on, right_on = [], []
    for page, q in zip(where, probs, strict=True):
        label, decided = headed_one(page, q, head.gate)
        confidence_on.append(head.confidence(float(q.max())) if decided else page.confidence)
        right_on.append(label == page.gold)
    reader_right = [p.read == p.gold for p in where]
    return {
        "labels": {
            "reader": scores(gold, [p.read for p in dev]),
            "head": scores(gold, labels),
            "right (reader, head)": [
                sum(p.read == p.gold for p in dev),
                sum(g == r for g, r in zip(gold, labels, strict=True)),
            ],
        },
        "confidence": {
            "reader, shipped maps": reliability([p.confidence for p in where], reader_right),
            "reader, critic-page margin map": reliability([critic_page(table, p.shown) for p in where], reader_right),  # type: ignore[arg-type]
            "head on": reliability(confidence_on, right_on),
        },
    }


def written_date() -> str:
    return datetime.date.today().isoformat()


def to_stderr(message: str) -> None:
    """A progress line on stderr, flushed (the measuring harnesses' ``progress``)."""
    import sys

    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m filmkritik.train.verdict_head text ...``: measure (``--report``) and build (``--write``)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="verdict_head text", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=Path, default=None, help="cache of the read pages (JSON; read once)")
    parser.add_argument("--shared", type=Path, default=FIXTURES.parents[2] / "shared", help="../shared (dev sets)")
    parser.add_argument("--lang", nargs="*", default=list(FILES), help="languages (default: de en)")
    parser.add_argument(
        "--gate", type=float, default=critic_text.GATE, help="0: the preregistered head; 0.6: addendum 1"
    )
    parser.add_argument(
        "--secondary", action="store_true", help="also the secondary variants (gates 0.5, 0.7; numbers / text only)"
    )
    parser.add_argument(
        "--write", nargs="*", default=None, help="write models/verdict-critic-<code>.npz for these languages"
    )
    parser.add_argument(
        "--write-confidence", nargs="*", default=None, help="write the critic-page confidence maps for these languages"
    )
    parser.add_argument("--text-only", action="store_true", help="the text blocks without the numbers (addendum 2)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "models")
    args = parser.parse_args(argv)
    found = cached_pages(args.pages, args.shared, to_stderr)
    maps: dict[str, Any] = {}
    for code in args.lang:
        pages = found[code]
        numbers = not args.text_only
        oof = leave_one_file_out(pages, True, numbers, gate=args.gate)
        result: dict[str, Any] = {"gate": args.gate, "numbers": numbers, "head": report(pages, oof, code)}
        result["confidence (out-of-fold)"] = confidence_tables(pages, oof)
        if args.secondary:
            for gate in (0.5, 0.7):
                result[f"gate {gate}"] = report(pages, leave_one_file_out(pages, gate=gate), code)["pooled"]
            for name, text, numbers in (("numbers only", False, True), ("text only", True, False)):
                result[name] = report(pages, leave_one_file_out(pages, text, numbers, gate=args.gate), code)["pooled"]
        head = head_artifact(pages, code, oof, args.gate, numbers)
        dev = found.get(f"dev-{code}")
        if dev is not None:
            result["dev (transfer, the head fitted on all pages)"] = dev_tables(pages, dev, head)
        if args.write is not None and code in args.write:
            head.save(str(args.out / f"verdict-critic-{code}.npz"), created=written_date(), pages=str(len(pages)))
        if args.write_confidence is not None and code in args.write_confidence:
            maps[code] = margin_map(pages)
        print(json.dumps({code: result}, indent=1), flush=True)
    if maps:
        table = {"created": written_date(), "source": CONFIDENCE_SOURCE, "maps": maps}
        (args.out / verdict.CRITIC_CONFIDENCE_FILE).write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")


def head_probabilities(head: critic_text.CriticTextHead, pages: Sequence[Page]) -> np.ndarray:
    """The shipped-format head's probabilities for ``pages`` (the read-time arithmetic)."""
    return np.array(
        [head.probabilities([np.asarray(b, dtype=np.int64) for b in p.ids or []], p.numbers or []) for p in pages]
    ).reshape(-1, 3)


def critic_page(table: dict[str, list[float]], score: int) -> float:
    return verdict.critic_page_confidence(table, score)
