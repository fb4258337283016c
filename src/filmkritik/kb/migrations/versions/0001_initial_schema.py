"""The first schema: films, their titles, people, credits, reviews, aspects, critic statistics, IMDb tables.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 17:15:38.781084
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "critics",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("total_sq", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "films",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("original_title", sa.String(length=500), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("tconst", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("review_count", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("percent_positive", sa.Float(), nullable=True),
        sa.Column("spread", sa.Float(), nullable=True),
        sa.Column("title_sort", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("films", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_films_review_count"), ["review_count"], unique=False)
        batch_op.create_index(batch_op.f("ix_films_score"), ["score"], unique=False)
        batch_op.create_index(batch_op.f("ix_films_tconst"), ["tconst"], unique=False)
        batch_op.create_index(batch_op.f("ix_films_title_sort"), ["title_sort"], unique=False)
        batch_op.create_index(batch_op.f("ix_films_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "imdb_akas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tconst", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("key", sa.String(length=500), nullable=False),
        sa.Column("region", sa.String(length=10), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("imdb_akas", schema=None) as batch_op:
        batch_op.create_index("ix_imdb_akas_key", ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_imdb_akas_tconst"), ["tconst"], unique=False)

    op.create_table(
        "imdb_names",
        sa.Column("nconst", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("nconst"),
    )
    with op.batch_alter_table("imdb_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_imdb_names_key"), ["key"], unique=False)

    op.create_table(
        "imdb_principals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tconst", sa.String(length=20), nullable=False),
        sa.Column("nconst", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("characters", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("imdb_principals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_imdb_principals_nconst"), ["nconst"], unique=False)
        batch_op.create_index(batch_op.f("ix_imdb_principals_tconst"), ["tconst"], unique=False)

    op.create_table(
        "imdb_titles",
        sa.Column("tconst", sa.String(length=20), nullable=False),
        sa.Column("title_type", sa.String(length=30), nullable=True),
        sa.Column("primary_title", sa.String(length=500), nullable=False),
        sa.Column("original_title", sa.String(length=500), nullable=True),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("tconst"),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("surname", sa.String(length=200), nullable=False),
        sa.Column("nconst", sa.String(length=20), nullable=True),
        sa.Column("variants", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_key"), ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_nconst"), ["nconst"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_surname"), ["surname"], unique=False)

    op.create_table(
        "credits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("character", sa.String(length=300), nullable=True),
        sa.Column("support", sa.Integer(), nullable=False),
        sa.Column("imdb_confirmed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["film_id"], ["films.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("film_id", "person_id", "role", name="uq_credits_film_person_role"),
    )
    with op.batch_alter_table("credits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_credits_film_id"), ["film_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_credits_person_id"), ["person_id"], unique=False)

    op.create_table(
        "film_titles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("key", sa.String(length=500), nullable=False),
        sa.Column("main_key", sa.String(length=500), nullable=True),
        sa.Column("cognate_key", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(["film_id"], ["films.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("film_id", "title", name="uq_film_titles_film_title"),
    )
    with op.batch_alter_table("film_titles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_film_titles_cognate_key"), ["cognate_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_film_titles_film_id"), ["film_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_film_titles_key"), ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_film_titles_main_key"), ["main_key"], unique=False)

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=True),
        sa.Column("critic", sa.String(length=300), nullable=True),
        sa.Column("outlet", sa.String(length=300), nullable=True),
        sa.Column("critic_key", sa.String(length=300), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("label", sa.String(length=10), nullable=True),
        sa.Column("score_source", sa.String(length=10), nullable=True),
        sa.Column("reader_score", sa.Float(), nullable=True),
        sa.Column("pull_quote", sa.Text(), nullable=True),
        sa.Column("is_review", sa.Boolean(), nullable=False),
        sa.Column("hints", sa.JSON(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("content_hash"),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviews_critic_key"), ["critic_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_reviews_film_id"), ["film_id"], unique=False)

    op.create_table(
        "review_aspects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("film_id", sa.Integer(), nullable=True),
        sa.Column("aspect", sa.String(length=40), nullable=False),
        sa.Column("polarity", sa.String(length=10), nullable=False),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["film_id"],
            ["films.id"],
        ),
        sa.ForeignKeyConstraint(["review_id"], ["reviews.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review_aspects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_aspects_film_id"), ["film_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_aspects_review_id"), ["review_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_aspects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_aspects_review_id"))
        batch_op.drop_index(batch_op.f("ix_review_aspects_film_id"))

    op.drop_table("review_aspects")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviews_film_id"))
        batch_op.drop_index(batch_op.f("ix_reviews_critic_key"))

    op.drop_table("reviews")
    with op.batch_alter_table("film_titles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_film_titles_main_key"))
        batch_op.drop_index(batch_op.f("ix_film_titles_key"))
        batch_op.drop_index(batch_op.f("ix_film_titles_film_id"))
        batch_op.drop_index(batch_op.f("ix_film_titles_cognate_key"))

    op.drop_table("film_titles")
    with op.batch_alter_table("credits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credits_person_id"))
        batch_op.drop_index(batch_op.f("ix_credits_film_id"))

    op.drop_table("credits")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_surname"))
        batch_op.drop_index(batch_op.f("ix_people_nconst"))
        batch_op.drop_index(batch_op.f("ix_people_key"))

    op.drop_table("people")
    op.drop_table("imdb_titles")
    with op.batch_alter_table("imdb_principals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imdb_principals_tconst"))
        batch_op.drop_index(batch_op.f("ix_imdb_principals_nconst"))

    op.drop_table("imdb_principals")
    with op.batch_alter_table("imdb_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imdb_names_key"))

    op.drop_table("imdb_names")
    with op.batch_alter_table("imdb_akas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imdb_akas_tconst"))
        batch_op.drop_index("ix_imdb_akas_key")

    op.drop_table("imdb_akas")
    with op.batch_alter_table("films", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_films_updated_at"))
        batch_op.drop_index(batch_op.f("ix_films_title_sort"))
        batch_op.drop_index(batch_op.f("ix_films_tconst"))
        batch_op.drop_index(batch_op.f("ix_films_score"))
        batch_op.drop_index(batch_op.f("ix_films_review_count"))

    op.drop_table("films")
    op.drop_table("critics")
