"""The adjusted share of positive reviews: each snippet-scored review's probability of being positive,
and the film's share corrected for those guessed verdicts (beside the counted share).

Existing reviews whose score the short-text model guessed get their probability from the stored
score (the calibration shipped in models/snippet-posterior.json), and every film its adjusted share.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 07:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("positive_probability", sa.Float(), nullable=True))
    with op.batch_alter_table("films", schema=None) as batch_op:
        batch_op.add_column(sa.Column("percent_positive_adjusted", sa.Float(), nullable=True))
    _backfill(op.get_bind())


def _backfill(conn: sa.Connection) -> None:
    from filmkritik.kb import consensus, share
    from filmkritik.read.short_text import LONG_WORDS, word_count

    reviews = sa.table(
        "reviews",
        sa.column("id", sa.Integer),
        sa.column("film_id", sa.Integer),
        sa.column("score", sa.Float),
        sa.column("score_source", sa.String),
        sa.column("language", sa.String),
        sa.column("record", sa.JSON),
        sa.column("positive_probability", sa.Float),
    )
    films = sa.table("films", sa.column("id", sa.Integer), sa.column("percent_positive_adjusted", sa.Float))
    guessed = conn.execute(
        sa.select(reviews.c.id, reviews.c.score, reviews.c.language, reviews.c.record).where(
            reviews.c.score_source == "inferred", reviews.c.score.is_not(None)
        )
    ).all()
    for review_id, score, language, record in guessed:
        text = (record or {}).get("text") or ""
        p = share.review_probability(score, "inferred", word_count(text, LONG_WORDS), language)
        if p is not None:
            conn.execute(sa.update(reviews).where(reviews.c.id == review_id).values(positive_probability=p))
    by_film: dict[int, list[consensus.ScoredReview]] = {}
    for film_id, score, p in conn.execute(
        sa.select(reviews.c.film_id, reviews.c.score, reviews.c.positive_probability).where(
            reviews.c.film_id.is_not(None)
        )
    ):
        by_film.setdefault(film_id, []).append(consensus.ScoredReview(score, probability=p))
    for film_id, scored in by_film.items():
        value = consensus.aggregate(scored)["percent_positive_adjusted"]
        conn.execute(sa.update(films).where(films.c.id == film_id).values(percent_positive_adjusted=value))


def downgrade() -> None:
    with op.batch_alter_table("films", schema=None) as batch_op:
        batch_op.drop_column("percent_positive_adjusted")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_column("positive_probability")
