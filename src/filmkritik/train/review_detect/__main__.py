"""Train the is-review model: ``python -m filmkritik.train.review_detect [--shared ../shared] [--fixtures DIR] [--out FILE]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from filmkritik.train.review_detect import fit


def main() -> None:
    """Parse the options, train, print the summary, the held-out negatives' scores and the feature weights."""
    parser = argparse.ArgumentParser(prog="python -m filmkritik.train.review_detect", description=fit.__doc__)
    parser.add_argument("--shared", type=Path, default=fit.DEFAULT_SHARED)
    parser.add_argument("--fixtures", type=Path, default=fit.DEFAULT_FIXTURES)
    parser.add_argument("--out", type=Path, default=fit.MODEL_FILE)
    args = parser.parse_args()
    result = fit.train_review_detect(args.shared, args.fixtures, args.out)
    print(fit.summary(result))
    for p in result.held_out:
        print(f"held-out negative: p(review) = {p:.3f}")
    for name, weight in result.weights:
        print(f"{name:16s} {weight:+.3f}")


if __name__ == "__main__":
    main()
