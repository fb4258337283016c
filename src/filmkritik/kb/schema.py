"""The knowledge base's tables (SQLAlchemy 2 declarative models).

Changing a table means adding an Alembic migration under ``kb/migrations/versions``:
databases in the field are upgraded by those scripts, never by ``create_all``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class Clipped(TypeDecorator[str]):
    """A VARCHAR that cuts over-long text (a runaway title from a crawl) instead of failing the
    review on PostgreSQL, which enforces the length that SQLite ignores."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        length = getattr(self.impl, "length", None)
        if isinstance(value, str) and length and len(value) > length:
            return value[:length]
        return value


class Base(DeclarativeBase):
    pass


class FilmRow(Base):
    __tablename__ = "films"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Clipped(500))
    original_title: Mapped[str | None] = mapped_column(Clipped(500))
    year: Mapped[int | None] = mapped_column(Integer)
    tconst: Mapped[str | None] = mapped_column(String(20), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    # Cached raw consensus, refreshed after every added review, so lists sort without scanning reviews.
    review_count: Mapped[int] = mapped_column(Integer, default=0, index=True)
    score: Mapped[float | None] = mapped_column(Float, index=True)
    percent_positive: Mapped[float | None] = mapped_column(Float)
    # The share corrected for snippet verdicts that are only guessed (kb/share.py); beside, never instead.
    percent_positive_adjusted: Mapped[float | None] = mapped_column(Float)
    spread: Mapped[float | None] = mapped_column(Float)
    title_sort: Mapped[str] = mapped_column(Clipped(500), index=True, default="")

    titles: Mapped[list[FilmTitleRow]] = relationship(back_populates="film", cascade="all, delete-orphan")
    credits: Mapped[list[CreditRow]] = relationship(back_populates="film", cascade="all, delete-orphan")
    reviews: Mapped[list[ReviewRow]] = relationship(back_populates="film")


class FilmTitleRow(Base):
    """Every title a film is known by (as reviewed, original, local, IMDb aka), with its match keys."""

    __tablename__ = "film_titles"
    __table_args__ = (UniqueConstraint("film_id", "title", name="uq_film_titles_film_title"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    film_id: Mapped[int] = mapped_column(ForeignKey("films.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Clipped(500))
    key: Mapped[str] = mapped_column(Clipped(500), index=True)
    main_key: Mapped[str | None] = mapped_column(Clipped(500), index=True)
    cognate_key: Mapped[str] = mapped_column(Clipped(500), index=True)
    kind: Mapped[str] = mapped_column(Clipped(20))  # title | original | local | imdb
    language: Mapped[str | None] = mapped_column(Clipped(10))

    film: Mapped[FilmRow] = relationship(back_populates="titles")


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Clipped(300))
    key: Mapped[str] = mapped_column(Clipped(300), index=True)
    surname: Mapped[str] = mapped_column(Clipped(200), index=True)
    nconst: Mapped[str | None] = mapped_column(String(20), index=True)
    variants: Mapped[list[str]] = mapped_column(JSON, default=list)


class CreditRow(Base):
    """A person's part in a film; ``support`` counts the reviews that name it."""

    __tablename__ = "credits"
    __table_args__ = (UniqueConstraint("film_id", "person_id", "role", name="uq_credits_film_person_role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    film_id: Mapped[int] = mapped_column(ForeignKey("films.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(Clipped(20))  # director | actor | writer | composer
    character: Mapped[str | None] = mapped_column(Clipped(300))
    support: Mapped[int] = mapped_column(Integer, default=1)
    imdb_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)

    film: Mapped[FilmRow] = relationship(back_populates="credits")
    person: Mapped[PersonRow] = relationship()


class ReviewRow(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    film_id: Mapped[int | None] = mapped_column(ForeignKey("films.id"), index=True)
    critic: Mapped[str | None] = mapped_column(Clipped(300))
    outlet: Mapped[str | None] = mapped_column(Clipped(300))
    critic_key: Mapped[str] = mapped_column(Clipped(300), index=True)
    url: Mapped[str | None] = mapped_column(Clipped(2000))
    published: Mapped[str | None] = mapped_column(Clipped(40))
    language: Mapped[str | None] = mapped_column(Clipped(10))
    score: Mapped[float | None] = mapped_column(Float)  # the hint's rating when given, else the reader's
    label: Mapped[str | None] = mapped_column(Clipped(10))
    score_source: Mapped[str | None] = mapped_column(Clipped(10))  # hint | explicit | inferred
    reader_score: Mapped[float | None] = mapped_column(Float)
    # P(positive) of a review whose score the short-text model guessed (kb/share.py); else null.
    positive_probability: Mapped[float | None] = mapped_column(Float)
    pull_quote: Mapped[str | None] = mapped_column(Text)
    is_review: Mapped[bool] = mapped_column(Boolean, default=True)
    hints: Mapped[dict] = mapped_column(JSON, default=dict)
    record: Mapped[dict] = mapped_column(JSON)
    added_at: Mapped[datetime] = mapped_column(DateTime)

    film: Mapped[FilmRow | None] = relationship(back_populates="reviews")
    aspects: Mapped[list[AspectRow]] = relationship(back_populates="review", cascade="all, delete-orphan")


class AspectRow(Base):
    """One aspect judgment of one review (acting praised, pacing faulted...) with its quote."""

    __tablename__ = "review_aspects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    film_id: Mapped[int | None] = mapped_column(ForeignKey("films.id"), index=True)
    aspect: Mapped[str] = mapped_column(Clipped(40))
    polarity: Mapped[str] = mapped_column(Clipped(10))
    quote: Mapped[str | None] = mapped_column(Text)

    review: Mapped[ReviewRow] = relationship(back_populates="aspects")


class CriticRow(Base):
    """Running score statistics per critic (or outlet), for the calibrated consensus."""

    __tablename__ = "critics"

    key: Mapped[str] = mapped_column(Clipped(300), primary_key=True)
    name: Mapped[str] = mapped_column(Clipped(300))
    n: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[float] = mapped_column(Float, default=0.0)
    total_sq: Mapped[float] = mapped_column(Float, default=0.0)


class ImdbTitleRow(Base):
    __tablename__ = "imdb_titles"

    tconst: Mapped[str] = mapped_column(String(20), primary_key=True)
    title_type: Mapped[str | None] = mapped_column(Clipped(30))
    primary_title: Mapped[str] = mapped_column(Clipped(500))
    original_title: Mapped[str | None] = mapped_column(Clipped(500))
    start_year: Mapped[int | None] = mapped_column(Integer)


class ImdbAkaRow(Base):
    __tablename__ = "imdb_akas"
    __table_args__ = (Index("ix_imdb_akas_key", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tconst: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(Clipped(500))
    key: Mapped[str] = mapped_column(Clipped(500))
    region: Mapped[str | None] = mapped_column(Clipped(10))
    language: Mapped[str | None] = mapped_column(Clipped(10))


class ImdbNameRow(Base):
    __tablename__ = "imdb_names"

    nconst: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(Clipped(300))
    key: Mapped[str] = mapped_column(Clipped(300), index=True)
    birth_year: Mapped[int | None] = mapped_column(Integer)


class ImdbPrincipalRow(Base):
    __tablename__ = "imdb_principals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tconst: Mapped[str] = mapped_column(String(20), index=True)
    nconst: Mapped[str] = mapped_column(String(20), index=True)
    category: Mapped[str | None] = mapped_column(Clipped(40))
    characters: Mapped[list[str]] = mapped_column(JSON, default=list)
