"""Verdict round 19 (``docs/preregistrations/verdict-round19.md``): one-edge band detectors from the critic's own
words, learned on the owned critic pages and measured leave-one-writer-set-out. Measuring code only.

German: among critics' pages the shipped reader shows **mixed** (40-60), a binary logistic regression on round 13's
text blocks and numbers (``read/critic_text.py``) says whether the critic means **positive**; where P >= 0.5 the
page shows 61. English: among critics' pages (100-699 words) shown **positive** (>= 61), whether the critic means
**not positive**; where P >= 0.5 the page shows 60. Nothing else moves.

Outcome (the preregistration's results): both fail. German +0.008 out of writer (needs +0.020); English +0.053 out
of writer but real dev 15 -> 12 and the Pang & Lee TRAIN critics' 3-class -3.8 points. Nothing reads this in the
reader.

Each owned page (``tests/fixtures/verdict_<code>/critics*.jsonl``, ``tests/fixtures/heldout/<code>*.jsonl``; each
file one writer's round) is read once by the shipped reader, prose only (``train/critic_text.py`` ``read_page``).
For each held-out file the detector is fitted on the other files' pages, its penalty chosen by an inner
leave-one-file-out on those files (three-class macro-F1 with the detector applied; ties: the smaller penalty).

Usage (repository root; reading the pages ~1-3 min, cached in ``--pages``)::

    python -m filmkritik.train.verdict_round19 loso --lang de --pages /tmp/pages19.json
    python -m filmkritik.train.verdict_round19 dev --lang en --pages /tmp/pages19.json --shared ../shared
    python -m filmkritik.train.verdict_round19 guard --lang en --pages /tmp/pages19.json --shared ../shared
    python -m filmkritik.train.verdict_round19 test --lang en ...   # TEST, once, after the decision
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from filmkritik.model import score_label
from filmkritik.train import critic_text

LABELS = critic_text.LABELS
FIXTURES = critic_text.FIXTURES
#: The preregistered penalties (inner leave-one-file-out; ties: the smaller).
PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0)
#: A page moves when the detector's probability of the other band is at least this.
THRESHOLD = 0.5
#: Per language: (the band of the shown score the detector reads, the score a moved page shows, the gold labels
#: that are the detector's positive class).
DETECTORS: dict[str, tuple[str, int, frozenset[str]]] = {
    "de": ("mixed", 61, frozenset({"positive"})),
    "en": ("positive", 60, frozenset({"mixed", "negative"})),
}
#: The independent writers' critic sets (rule 2).
INDEPENDENT = tuple(f"critics{n}.jsonl" for n in range(12, 19))

Page = critic_text.Page


def page_files(code: str, root: Path = FIXTURES) -> list[Path]:
    """Every owned critic page file of language ``code`` as round 19 had them: the critic sets, then the blind rounds
    (critics19, de25 and en25 were sealed while it measured)."""
    return critic_text.owned_page_files(code, root, before_round=19)


def group_name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def in_population(page: Page, code: str) -> bool:
    """Whether the detector of ``code`` reads ``page``: critics' prose read as a review, shown in its band."""
    return page.ids is not None and page.shown is not None and score_label(page.shown) == DETECTORS[code][0]


def target(page: Page, code: str) -> int:
    return int(page.gold in DETECTORS[code][2])


@dataclass
class Detector:
    """A fitted detector: the text columns seen in training, the numbers' standardisation, the logistic weights."""

    code: str
    c: float
    columns: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (len(columns) + 4,)
    intercept: float

    def probability(self, pages: Sequence[Page]) -> np.ndarray:
        if not pages:
            return np.zeros(0)
        x, _, raw = critic_text.design(pages, self.columns)
        z = (raw - self.mean) / self.scale
        n = x.shape[1]
        logit = np.asarray(x @ self.coef[:n]).ravel() + z @ self.coef[n:] + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-logit)))


def fit(pages: Sequence[Page], code: str, c: float) -> Detector | None:
    """The detector fitted on ``pages`` (those in its population); None when they hold one class only."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    pages = [p for p in pages if in_population(p, code)]
    y = np.array([target(p, code) for p in pages])
    if len(set(y.tolist())) < 2:
        return None
    x, columns, raw = critic_text.design(pages)
    mean, scale = raw.mean(0), raw.std(0) + 1e-9
    full = sparse.hstack([x, sparse.csr_matrix((raw - mean) / scale)]).tocsr()
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
    model.fit(full, y)
    return Detector(code, c, columns, mean, scale, model.coef_.ravel().copy(), float(model.intercept_[0]))


def labels_with(detector: Detector | None, pages: Sequence[Page], code: str) -> list[str]:
    """The label each page shows with ``detector`` (pages outside its population keep the reader's)."""
    out = [p.read for p in pages]
    if detector is None:
        return out
    idx = [i for i, p in enumerate(pages) if in_population(p, code)]
    probability = detector.probability([pages[i] for i in idx])
    moved_to = score_label(DETECTORS[code][1])
    for i, q in zip(idx, probability, strict=True):
        if q >= THRESHOLD:
            out[i] = moved_to
    return out


macro_f1 = critic_text.macro_f1


def solve(gram: np.ndarray, y: np.ndarray, c: float) -> np.ndarray:
    """The dual coefficients ``a`` (w = X.T a) of ``min 0.5 |w|^2 + c * sum log(1 + exp(-s_i w.x_i))``, s = 2y - 1,
    given the rows' Gram matrix (a constant column in X plays liblinear's penalised intercept). Newton's method in
    the rows' span (the step solves (c W K + I) d = -(c g + a)), halving the step until the objective falls."""
    sign = 2.0 * y - 1.0

    def objective(a: np.ndarray) -> float:
        ka = gram @ a
        return c * float(np.logaddexp(0.0, -sign * ka).sum()) + 0.5 * float(a @ ka)

    a = np.zeros(len(y))
    value = objective(a)
    for _ in range(100):
        margin = sign * (gram @ a)
        p = 1.0 / (1.0 + np.exp(margin))  # sigma(-margin)
        g = -c * sign * p
        w = c * p * (1.0 - p)
        step = np.linalg.solve(w[:, None] * gram + np.eye(len(y)), -(g + a))
        t = 1.0
        while t > 1e-8:
            new = objective(a + t * step)
            if new <= value:
                break
            t /= 2
        a, old, value = a + t * step, value, new
        if old - value <= 1e-12 * max(1.0, abs(old)):
            break
    return a


class Kernel:
    """The population pages' design matrix (text columns: every id they hold; the numbers raw), built once: a fit on
    some files' pages is a fit on rows of it (a text column no training row holds gets weight 0 under the L2
    penalty, so this is :func:`fit` on those pages)."""

    def __init__(self, pages: Sequence[Page], code: str) -> None:
        self.code = code
        self.pages = list(pages)
        self.rows = [i for i, p in enumerate(self.pages) if in_population(p, code)]
        x, _, self.raw = critic_text.design([self.pages[i] for i in self.rows])
        self.x = x.tocsr()
        self.text_gram = np.asarray((self.x @ self.x.T).todense())
        self.y = np.array([target(self.pages[i], code) for i in self.rows])
        self.group = np.array([self.pages[i].group for i in self.rows])
        self.row_of = {i: k for k, i in enumerate(self.rows)}
        self.by_group: dict[str, list[int]] = {}
        for i, p in enumerate(self.pages):
            self.by_group.setdefault(p.group, []).append(i)

    def probability(self, train: np.ndarray, test: np.ndarray, c: float) -> np.ndarray | None:
        """P(target) of the ``test`` rows by the detector fitted on the ``train`` rows (None: one class only).

        liblinear's L2 logistic regression (``fit``: the intercept is a constant column of 1, penalised with the
        weights) solved in the span of the training rows, where its unique optimum lies: the rows' Gram matrix
        (text + standardised numbers + 1) instead of the 40,000 text columns; the same probabilities as ``fit``
        to the solvers' tolerance (``tests/test_verdict_round19.py``)."""
        if not len(test):
            return np.zeros(0)
        y = self.y[train]
        if len(set(y.tolist())) < 2:
            return None
        mean, scale = self.raw[train].mean(0), self.raw[train].std(0) + 1e-9
        z = (self.raw - mean) / scale
        gram = self.text_gram + z @ z.T + 1.0
        a = solve(gram[np.ix_(train, train)], y, c)
        return np.asarray(1.0 / (1.0 + np.exp(-(gram[np.ix_(test, train)] @ a))))

    def labels(self, groups: set[str], held: str | None, c: float) -> tuple[list[int], list[str]]:
        """(page indices, labels) of the pages of ``held`` read by a detector fitted on the pages of ``groups``
        other than ``held``; ``held`` None: of every group in ``groups``, each read by a detector fitted on the
        others."""
        moved_to = score_label(DETECTORS[self.code][1])
        index: list[int] = []
        out: list[str] = []
        for g in [held] if held is not None else sorted(groups):
            train = np.flatnonzero(np.isin(self.group, sorted(groups - {g})))
            test = np.flatnonzero(self.group == g)
            probability = self.probability(train, test, c)
            moved = (
                set()
                if probability is None
                else {int(k) for k, q in zip(test, probability, strict=True) if q >= THRESHOLD}
            )
            for i in self.by_group[g]:
                index.append(i)
                out.append(moved_to if self.row_of.get(i, -1) in moved else self.pages[i].read)
        return index, out

    def choose_penalty(self, groups: set[str]) -> float:
        """The penalty whose leave-one-file-out three-class macro-F1 over ``groups``' pages is best (ties: smaller)."""
        best: tuple[float, float] | None = None
        for c in PENALTIES:
            index, read = self.labels(groups, None, c)
            value = macro_f1([self.pages[i].gold for i in index], read)
            if best is None or value > best[0] + 1e-12:
                best = (value, c)
        assert best is not None
        return best[1]


def choose_penalty(pages: Sequence[Page], code: str) -> float:
    """The penalty whose inner leave-one-file-out three-class macro-F1 on ``pages`` is best (ties: smaller)."""
    kernel = Kernel(pages, code)
    return kernel.choose_penalty({p.group for p in pages})


def leave_one_file_out(pages: Sequence[Page], code: str, progress: Callable[[str], None]) -> tuple[list[str], dict]:
    """Each file's pages read by a detector fitted on the other files (penalty by an inner leave-one-file-out)."""
    kernel = Kernel(pages, code)
    labels = [p.read for p in pages]
    penalties: dict[str, float] = {}
    every = {p.group for p in pages}
    for g in sorted(every):
        c = kernel.choose_penalty(every - {g})
        penalties[g] = c
        index, read = kernel.labels(every, g, c)
        for i, label in zip(index, read, strict=True):
            labels[i] = label
        progress(f"{g}: C={c}")
    return labels, penalties


def kept_labels(
    pages: Sequence[Page], labels: Sequence[str], keep: Callable[[Page], bool]
) -> tuple[list[str], list[str], list[str]]:
    """(the gold labels, the shipped reader's labels, ``labels``) of the pages ``keep`` keeps, in their order."""
    idx = [i for i, p in enumerate(pages) if keep(p)]
    return [pages[i].gold for i in idx], [pages[i].read for i in idx], [labels[i] for i in idx]


def summary(pages: Sequence[Page], labels: Sequence[str], keep: Callable[[Page], bool]) -> dict[str, Any]:
    gold, base, new = kept_labels(pages, labels, keep)
    return {
        "n": len(gold),
        "shipped": round(macro_f1(gold, base), 4),
        "detector": round(macro_f1(gold, new), 4),
        "right": (
            sum(g == b for g, b in zip(gold, base, strict=True)),
            sum(g == r for g, r in zip(gold, new, strict=True)),
        ),
        "fixed": sum(g == r != b for g, b, r in zip(gold, base, new, strict=True)),
        "broken": sum(g == b != r for g, b, r in zip(gold, base, new, strict=True)),
    }


def loso_report(pages: Sequence[Page], code: str, progress: Callable[[str], None]) -> dict[str, Any]:
    labels, penalties = leave_one_file_out(pages, code, progress)
    population = [p for p in pages if in_population(p, code)]
    return {
        "pages": len(pages),
        "population": len(population),
        "population targets": sum(target(p, code) for p in population),
        "pooled": summary(pages, labels, lambda p: True),
        "independent critics12-18": summary(pages, labels, lambda p: p.group.split("/")[-1] in INDEPENDENT),
        "blind rounds": summary(pages, labels, lambda p: p.group.startswith("heldout/")),
        "critics18 (information)": summary(pages, labels, lambda p: p.group.endswith("/critics18.jsonl")),
        "penalties": dict(sorted({str(c): list(penalties.values()).count(c) for c in set(penalties.values())}.items())),
    }


def read_owned(code: str, progress: Callable[[str], None]) -> list[Page]:
    return critic_text.read_files(page_files(code), group_name, progress)


def cached(path: Path | None, key: str, read: Callable[[], list[Page]]) -> list[Page]:
    """``read()``'s pages, kept under ``key`` in the JSON file ``path`` (read once)."""
    store: dict[str, Any] = {}
    if path is not None and path.exists():
        store = json.loads(path.read_text(encoding="utf-8"))
        if key in store:
            return [Page(**p) for p in store[key]]
    pages = read()
    if path is not None:
        store[key] = [asdict(p) for p in pages]
        path.write_text(json.dumps(store), encoding="utf-8")
    return pages


def dev_pages(cache: Path | None, shared: Path, code: str, progress: Callable[[str], None]) -> list[Page]:
    """The real dev reviews of ``code`` (``shared``'s ``reviews/<code>/dev.jsonl``, group "dev") read as the owned
    pages are, kept under ``dev-<code>`` in ``cache``."""
    dev_file = shared / "reviews" / code / "dev.jsonl"
    return cached(cache, f"dev-{code}", lambda: critic_text.read_files([dev_file], lambda p: "dev", progress))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("loso", "dev", "guard", "test"))
    parser.add_argument("--lang", choices=sorted(DETECTORS), required=True)
    parser.add_argument("--pages", type=Path, default=None, help="JSON cache of the read pages")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    progress = critic_text.to_stderr
    code = args.lang
    pages = cached(args.pages, code, lambda: read_owned(code, progress))
    if args.what == "loso":
        print(json.dumps(loso_report(pages, code, progress), indent=1))
        return
    c = choose_penalty(pages, code)
    detector = fit(pages, code, c)
    if args.what == "dev":
        dev = dev_pages(args.pages, args.shared, code, progress)
        labels = labels_with(detector, dev, code)
        print(json.dumps({"C": c, "dev": summary(dev, labels, lambda p: True)}, indent=1))
        return
    from filmkritik.train import verdict_round19_guard

    run = verdict_round19_guard.guard if args.what == "guard" else verdict_round19_guard.test_record
    print(json.dumps({"C": c, **run(detector, code, args.shared, progress)}, indent=1))


if __name__ == "__main__":
    main()
