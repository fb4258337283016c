"""The knowledge base: the one object the CLI, the web app and scripts talk to."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, defer

from filmkritik.errors import DatabaseError, InputError
from filmkritik.kb import consensus, imdb, resolve, share, store
from filmkritik.kb.hints import ReviewHints
from filmkritik.kb.normalise import fold_umlaut_spellings, person_key, strip_accents, title_key
from filmkritik.kb.schema import AspectRow, CreditRow, CriticRow, FilmRow, FilmTitleRow, PersonRow, ReviewRow
from filmkritik.model import ReviewRecord, score_label

_SPACES = re.compile(r"\s+")
_UMLAUT_SPELLING = re.compile(r"(?<=\w)([aou])e")
#: Row ids are 64-bit signed integers in SQLite and PostgreSQL: a larger number names no row.
_MAX_ID = 2**63 - 1
SORTS = ("recent", "score", "title", "reviews")


@dataclass(frozen=True)
class AddResult:
    """What adding one review did: ``created`` is False when the same content was already stored."""

    review_id: int
    film_id: int | None
    created: bool


def content_hash(record: ReviewRecord, hints: ReviewHints | None) -> str:
    """The review's identity: its text (whitespace-normalised) and the hints that name its film and author."""
    parts = [_SPACES.sub(" ", record.text).strip()]
    if hints:
        parts += [hints.film or "", hints.critic or "", hints.outlet or ""]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _quote(record: ReviewRecord, evidence: list[Any]) -> str | None:
    if not evidence:
        return None
    start, end = evidence[0]
    return record.text[start:end].strip() or None


#: The most films :meth:`KnowledgeBase.find_films` gives for a part of a title.
FIND_LIMIT = 20


class KnowledgeBase:
    """Films resolved from many reviews, with consensus, stored in SQLite or PostgreSQL.

    Open with :meth:`open`; use as a context manager or call :meth:`close`.
    """

    def __init__(self, engine: Engine, weights: consensus.Weights | None = None) -> None:
        self.engine = engine
        self.weights = weights or consensus.Weights()
        self.read_only = False

    @classmethod
    def open(
        cls, url: str | None = None, *, weights: consensus.Weights | None = None, read_only: bool = False
    ) -> KnowledgeBase:
        """Open (creating and migrating as needed) the database at ``url``.

        ``None`` means ``$FILMKRITIK_DB`` or ``filmkritik.db`` in the user's data directory; a bare
        path means a SQLite file. A file that is not a filmkritik database raises DatabaseError
        and is left untouched. ``read_only=True`` writes nothing, not even beside the file (a knowledge
        base on read-only media, a CD, a read-only mount): the database must exist with the newest
        schema, and every add raises DatabaseError.
        """
        engine = store.create_engine(url, read_only=read_only)
        try:
            store.check_readable(engine)
            store.migrate(engine, read_only=read_only)
        except BaseException:
            engine.dispose()
            raise
        kb = cls(engine, weights)
        kb.read_only = read_only
        return kb

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    # --- sessions -----------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Session]:
        if self.read_only:
            raise DatabaseError(f"the knowledge base at {self.url} is opened read-only: nothing can be stored in it")
        try:
            with store.writing(self.engine) as conn:
                if conn.dialect.name == "postgresql":
                    # Resolution reads then writes films: one adder at a time keeps films unique.
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7294114)")
                with Session(bind=conn, autoflush=True, expire_on_commit=False) as session:
                    yield session
                    session.flush()
        except IntegrityError:
            raise  # add_record tells a concurrent duplicate from a real conflict
        except SQLAlchemyError as error:
            raise store.disk_full(self.engine, error, "could not write to") or DatabaseError(
                f"the knowledge base at {store.display(self.engine)} could not be written: {store.first_line(error)}"
                f"{_damage_hint(error)}"
            ) from None

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self.engine) as session:
                yield session
        except SQLAlchemyError as error:
            raise DatabaseError(
                f"the knowledge base at {store.display(self.engine)} could not be read: {store.first_line(error)}"
                f"{_damage_hint(error)}"
            ) from None

    # --- adding -------------------------------------------------------------------------------

    def add_text(self, text: str, hints: ReviewHints | None = None) -> AddResult:
        """Read ``text`` (plain or HTML) and store it; see :meth:`add_record`."""
        from filmkritik.kb.reading import read_for_kb

        return self.add_record(read_for_kb(text, hints), hints)

    def add_record(self, record: ReviewRecord, hints: ReviewHints | None = None) -> AddResult:
        """Store one review (in its own transaction), resolving its film and people.

        Adding the same content again changes nothing and returns ``created=False``.
        """
        if _holds_nul(record.to_dict()):
            # Texts read here never hold one (ingest replaces it); a saved record edited elsewhere may.
            raise InputError(
                "the record holds a NUL character, which a knowledge base does not store (PostgreSQL cannot); "
                "read the text again with `filmkritik read`, which replaces it"
            )
        digest = content_hash(record, hints)
        try:
            with self._write() as session:
                existing = session.execute(
                    sa.select(ReviewRow.id, ReviewRow.film_id).where(ReviewRow.content_hash == digest)
                ).first()
                if existing is not None:
                    return AddResult(existing[0], existing[1], False)
                review = self._store(session, record, hints, digest)
                return AddResult(review.id, review.film_id, True)
        except IntegrityError:
            # Another process stored the same review between our check and our insert.
            with self._read() as session:
                row = session.execute(
                    sa.select(ReviewRow.id, ReviewRow.film_id).where(ReviewRow.content_hash == digest)
                ).first()
            if row is None:
                raise
            return AddResult(row[0], row[1], False)

    def _store(self, session: Session, record: ReviewRecord, hints: ReviewHints | None, digest: str) -> ReviewRow:
        hints = hints or ReviewHints()
        who = resolve.identity_of(record, hints)
        film: FilmRow | None = None
        # A text the reader calls no review (a news item, an interview) is kept, but makes no film,
        # unless the user said which film it reviews.
        counts = record.is_review.value or bool(hints.film)
        if not who.titles and counts:
            film = resolve.film_from_url(session, who)
            if film is not None:
                resolve.add_credits(session, film, who)
        elif who.titles and counts:
            film = resolve.find_film(session, who)
            if film is None:
                film = FilmRow(
                    title=who.title or "",
                    original_title=who.original_title,
                    year=who.year,
                    created_at=_now(),
                    updated_at=_now(),
                    review_count=0,
                    title_sort=title_key(who.title or ""),
                )
                session.add(film)
                session.flush()
            film = resolve.bridge(session, film, who)
            resolve.add_titles(session, film, who)
            resolve.add_credits(session, film, who)
            if film.tconst is None and imdb.imdb_loaded(session):
                film = imdb.link_film(session, film)
        review = self._review_row(record, hints, digest, film)
        session.add(review)
        session.flush()
        self._count_critic(session, review)
        if film is not None:
            film.updated_at = _now()
            self.refresh_film(session, film)
        return review

    def _review_row(self, record: ReviewRecord, hints: ReviewHints, digest: str, film: FilmRow | None) -> ReviewRow:
        from filmkritik.read.short_text import LONG_WORDS, word_count

        verdict = record.verdict if record.is_review.value else None
        reader_score = float(verdict.score) if verdict is not None else None
        # A verdict the reader holds with zero confidence is no opinion: kept, but not counted.
        opinion = verdict is not None and (verdict.source == "explicit" or verdict.confidence > 0)
        hint_score = hints.score
        score = hint_score if hint_score is not None else (reader_score if opinion else None)
        source = "hint" if hint_score is not None else (verdict.source if verdict else None)
        critic = hints.critic or record.source.author
        outlet = hints.outlet or record.source.site
        review = ReviewRow(
            positive_probability=share.review_probability(
                score, source, word_count(record.text, LONG_WORDS), record.language
            ),
            content_hash=digest,
            film_id=film.id if film else None,
            critic=critic,
            outlet=outlet,
            critic_key=critic_key(critic, outlet),
            url=hints.url or record.source.url,
            published=hints.published or record.source.published,
            language=record.language,
            score=score,
            label=score_label(score) if score is not None else None,
            score_source=source,
            reader_score=reader_score,
            pull_quote=verdict.pull_quote.text if verdict and verdict.pull_quote else None,
            is_review=record.is_review.value,
            hints=hints.to_dict(),
            record=record.to_dict(),
            added_at=_now(),
        )
        for aspect in verdict.aspects if verdict else []:
            review.aspects.append(
                AspectRow(
                    film_id=film.id if film else None,
                    aspect=aspect.aspect,
                    polarity=aspect.polarity,
                    quote=_quote(record, aspect.evidence),
                )
            )
        return review

    def _count_critic(self, session: Session, review: ReviewRow) -> None:
        if review.score is None or not review.critic_key:
            return
        row = session.get(CriticRow, review.critic_key)
        if row is None:
            session.add(
                CriticRow(
                    key=review.critic_key,
                    name=review.critic or review.outlet or review.critic_key,
                    n=1,
                    total=review.score,
                    total_sq=review.score**2,
                )
            )
        else:
            row.n += 1
            row.total += review.score
            row.total_sq += review.score**2
        session.flush()

    def refresh_film(self, session: Session, film: FilmRow) -> None:
        """Recompute the film's cached raw consensus from its reviews (inside a write session)."""
        rows = session.execute(
            sa.select(ReviewRow.score, ReviewRow.critic, ReviewRow.outlet, ReviewRow.positive_probability).where(
                ReviewRow.film_id == film.id
            )
        ).all()
        scored = [consensus.ScoredReview(s, weight=self.weights.of(c, o), probability=p) for s, c, o, p in rows]
        figures = consensus.aggregate(scored)
        film.review_count = len(rows)
        film.score = figures["score"]
        film.percent_positive = figures["percent_positive"]
        film.percent_positive_adjusted = figures["percent_positive_adjusted"]
        film.spread = figures["spread"]

    # --- reading ------------------------------------------------------------------------------

    def count_films(self, query: str | None = None) -> int:
        with self._read() as session:
            stmt = sa.select(sa.func.count()).select_from(FilmRow)
            stmt = self._filter(stmt, query, session)
            return int(session.scalar(stmt) or 0)

    def count_reviews(self) -> int:
        with self._read() as session:
            return int(session.scalar(sa.select(sa.func.count()).select_from(ReviewRow)) or 0)

    def list_films(
        self, query: str | None = None, sort: str = "recent", limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Films matching ``query`` (a title, any language or spelling), sorted by recent|score|title|reviews."""
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}")
        orders: dict[str, list[Any]] = {
            "recent": [FilmRow.updated_at.desc(), FilmRow.id.desc()],
            "score": [FilmRow.score.is_(None), FilmRow.score.desc(), FilmRow.review_count.desc(), FilmRow.id],
            "title": [FilmRow.title_sort, FilmRow.id],
            "reviews": [FilmRow.review_count.desc(), FilmRow.id],
        }
        order = orders[sort]
        with self._read() as session:
            stmt = self._filter(sa.select(FilmRow), query, session).order_by(*order).limit(limit).offset(offset)
            films = list(session.scalars(stmt))
            directors = self._people_of(session, [f.id for f in films], "director")
            return [self._film_summary(f, directors.get(f.id, [])) for f in films]

    def recent_films(self, limit: int = 10) -> list[dict[str, Any]]:
        return self.list_films(sort="recent", limit=limit)

    def _filter(self, stmt: Any, query: str | None, session: Session) -> Any:
        if not query or not query.strip():
            return stmt
        query = searchable(query)
        if not query:
            return stmt.where(sa.false())  # (NUL alone listed every film on SQLite; PostgreSQL refused it: 503)
        key = title_key(query)
        if not key:
            # A query of punctuation alone ("!!!") has no key: it matches the titles that hold it as written
            # (it listed every film before).
            written = FilmTitleRow.title.contains(query.strip(), autoescape=True)
            return stmt.where(FilmRow.id.in_(sa.select(FilmTitleRow.film_id).where(written)))
        contains = FilmTitleRow.key.contains(key, autoescape=True)
        if session.scalar(sa.select(FilmTitleRow.id).where(contains).limit(1)) is None:
            spelled = self._umlaut_spelled(session, key)
            if spelled:
                return stmt.where(FilmRow.id.in_(spelled[1]))
        return stmt.where(FilmRow.id.in_(sa.select(FilmTitleRow.film_id).where(contains)))

    @staticmethod
    def _umlaut_spelled(session: Session, key: str) -> tuple[list[int], list[int]] | None:
        """For a title typed without umlauts (``Faehre`` for ``Fähre``, whose key has ``fahre``): the films
        whose title keys equal it and those that contain it once both have ae/oe/ue folded, or None when
        the key has no such spelling. Only tried when the key itself matches nothing."""
        folded = fold_umlaut_spellings(key)
        if folded == key:
            return None
        # Each ae/oe/ue may stand for one letter in the stored key: a wide LIKE finds the candidates,
        # the folded comparison decides.
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = "%" + _UMLAUT_SPELLING.sub(r"\1%", escaped) + "%"
        rows = session.execute(
            sa.select(FilmTitleRow.film_id, FilmTitleRow.key).where(FilmTitleRow.key.like(pattern, escape="\\"))
        ).all()
        exact = sorted({film for film, stored in rows if fold_umlaut_spellings(stored) == folded})
        within = sorted({film for film, stored in rows if folded in fold_umlaut_spellings(stored)})
        return exact, within

    def find_films(self, query: str) -> list[dict[str, Any]]:
        """Films a user's query names, best first: the film with that id (when the query is a
        number), films with exactly that title in any language or spelling, else title parts."""
        query = searchable(query)
        if not query:
            return []
        key = title_key(query)
        with self._read() as session:
            ids: list[int] = []
            if _is_id(query) and session.get(FilmRow, int(query)) is not None:
                ids.append(int(query))
            # A title of punctuation alone has the empty key, as every such title has: it is matched as written.
            same = FilmTitleRow.key == key if key else FilmTitleRow.title == query
            exact = list(
                session.scalars(
                    sa.select(FilmRow.id)
                    .where(FilmRow.id.in_(sa.select(FilmTitleRow.film_id).where(same)))
                    .order_by(FilmRow.review_count.desc(), FilmRow.id)
                )
            )
            if not exact and not ids:
                spelled = self._umlaut_spelled(session, key)
                exact = spelled[0] if spelled else []
            ids += [i for i in exact if i not in ids]
            if ids:
                films = {f.id: f for f in session.scalars(sa.select(FilmRow).where(FilmRow.id.in_(ids)))}
                directors = self._people_of(session, ids, "director")
                return [self._film_summary(films[i], directors.get(i, [])) for i in ids]
        return self.list_films(query, sort="reviews", limit=FIND_LIMIT)

    def _people_of(self, session: Session, film_ids: list[int], role: str) -> dict[int, list[str]]:
        if not film_ids:
            return {}
        rows = session.execute(
            sa.select(CreditRow.film_id, PersonRow.name, CreditRow.support)
            .join(PersonRow, PersonRow.id == CreditRow.person_id)
            .where(CreditRow.film_id.in_(film_ids), CreditRow.role == role)
            .order_by(CreditRow.support.desc(), CreditRow.id)
        ).all()
        top: dict[int, int] = {}
        out: dict[int, list[str]] = {}
        for film_id, name, support in rows:
            top.setdefault(film_id, support)  # rows come best-supported first
            if well_supported(support, top[film_id]):
                out.setdefault(film_id, []).append(name)
        return out

    @staticmethod
    def _film_summary(film: FilmRow, directors: list[str]) -> dict[str, Any]:
        return {
            "id": film.id,
            "title": film.title,
            "original_title": film.original_title,
            "year": film.year,
            "directors": directors,
            "reviews": film.review_count,
            "review_count": film.review_count,
            "score": film.score,
            "percent_positive": film.percent_positive,
            "percent_positive_method": share.SHOWN_METHOD,
            "percent_positive_adjusted": film.percent_positive_adjusted,
            "percent_positive_adjusted_method": share.ADJUSTED_METHOD,
            "spread": film.spread,
            "tconst": film.tconst,
            "updated_at": film.updated_at.isoformat(timespec="seconds") if film.updated_at else None,
        }

    def get_film(self, film_id: int) -> dict[str, Any] | None:
        """One film: titles, directors, cast, the aggregate (raw and calibrated) and its reviews."""
        if not _is_id(film_id):
            return None
        with self._read() as session:
            film = session.get(FilmRow, film_id)
            if film is None:
                return None
            reviews = list(
                session.scalars(
                    sa.select(ReviewRow)
                    .options(defer(ReviewRow.record))  # the full records stay on disk: get_review reads one
                    .where(ReviewRow.film_id == film_id)
                    .order_by(ReviewRow.published.desc(), ReviewRow.id)
                )
            )
            credits = list(
                session.execute(
                    sa.select(CreditRow, PersonRow)
                    .join(PersonRow, PersonRow.id == CreditRow.person_id)
                    .where(CreditRow.film_id == film_id)
                    .order_by(CreditRow.support.desc(), CreditRow.id)
                ).all()
            )
            aggregate = self._aggregate(session, film, reviews)
            people = {
                role: [
                    {"id": p.id, "name": p.name, "nconst": p.nconst, "support": c.support}
                    for c, p in credits
                    if c.role == role
                ]
                for role in ("director", "writer", "composer")
            }
            supports = [c.support for c, _ in credits if c.role == "director"]
            directors = [
                p.name for c, p in credits if c.role == "director" and well_supported(c.support, max(supports))
            ]
            summary = self._film_summary(film, directors)
            # "reviews" is the list of reviews here; the count is in "review_count" and the aggregate.
            return {
                **summary,
                "titles": [
                    {"title": t.title, "kind": t.kind, "language": t.language}
                    for t in sorted(film.titles, key=lambda t: t.id)
                ],
                "director_people": people["director"],
                "writers": people["writer"],
                "composers": people["composer"],
                "cast": [
                    {
                        "person_id": p.id,
                        "actor": p.name,
                        "character": c.character,
                        "nconst": p.nconst,
                        "imdb_confirmed": c.imdb_confirmed,
                        "support": c.support,
                    }
                    for c, p in credits
                    if c.role == "actor"
                ],
                "aggregate": aggregate,
                "reviews": [self._review_summary(r) for r in reviews],
            }

    def _aggregate(self, session: Session, film: FilmRow, reviews: list[ReviewRow]) -> dict[str, Any]:
        keys = {r.critic_key for r in reviews if r.critic_key}
        stats = {
            row.key: consensus.critic_stats(row.n, row.total, row.total_sq)
            for row in session.scalars(sa.select(CriticRow).where(CriticRow.key.in_(keys)))
        }
        n, total, total_sq = session.execute(
            sa.select(sa.func.sum(CriticRow.n), sa.func.sum(CriticRow.total), sa.func.sum(CriticRow.total_sq))
        ).one()
        overall = consensus.critic_stats(int(n or 0), float(total or 0), float(total_sq or 0)) if n else None
        scored = [
            consensus.ScoredReview(
                r.score,
                critic_key=r.critic_key,
                weight=self.weights.of(r.critic, r.outlet),
                probability=r.positive_probability,
            )
            for r in reviews
        ]
        result = consensus.aggregate(scored, stats, overall)
        aspects = session.execute(
            sa.select(AspectRow.aspect, AspectRow.polarity, AspectRow.quote, ReviewRow.score)
            .join(ReviewRow, ReviewRow.id == AspectRow.review_id)
            .where(ReviewRow.film_id == film.id)
        ).all()
        result.update(consensus.tally_aspects([(a, p, q, s) for a, p, q, s in aspects]))
        return result

    @staticmethod
    def _review_summary(review: ReviewRow) -> dict[str, Any]:
        return {
            "id": review.id,
            "film_id": review.film_id,
            "critic": review.critic,
            "outlet": review.outlet,
            "url": review.url,
            "published": review.published,
            "language": review.language,
            "score": review.score,
            "label": review.label,
            "score_source": review.score_source,
            "reader_score": review.reader_score,
            "positive_probability": review.positive_probability,
            "pull_quote": review.pull_quote,
        }

    def get_review(self, review_id: int) -> dict[str, Any] | None:
        """One review with its film's title, its hints and the full stored record (for highlighting)."""
        if not _is_id(review_id):
            return None
        with self._read() as session:
            review = session.get(ReviewRow, review_id)
            if review is None:
                return None
            film_title = review.film.title if review.film is not None else None
            summary = self._review_summary(review)
            return {**summary, "film_title": film_title, "hints": review.hints, "record": review.record}

    def film_jsonld(self, film_id: int) -> dict[str, Any] | None:
        """The film as a schema.org Movie (with reviews and aggregateRating)."""
        from filmkritik.kb.jsonld import movie

        film = self.get_film(film_id)
        return movie(film) if film else None

    def iter_reviews(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every stored review's summary (with hints), in id order."""
        last = 0
        while True:
            with self._read() as session:
                rows = list(
                    session.scalars(
                        sa.select(ReviewRow)
                        .options(defer(ReviewRow.record))
                        .where(ReviewRow.id > last)
                        .order_by(ReviewRow.id)
                        .limit(batch)
                    )
                )
                items = [{**self._review_summary(r), "hints": r.hints} for r in rows]
            if not items:
                return
            yield from items
            last = items[-1]["id"]

    def iter_film_ids(self) -> Iterator[int]:
        with self._read() as session:
            ids = list(session.scalars(sa.select(FilmRow.id).order_by(FilmRow.id)))
        yield from ids


def well_supported(support: int, top: int) -> bool:
    """Whether a credit is named often enough, beside the film's best-supported one, to list it:
    a director named by one review in twenty is more likely a misreading than a co-director.
    Every credit stays in the database (and in ``director_people`` with its support)."""
    return support * 4 >= top


def critic_key(critic: str | None, outlet: str | None) -> str:
    """Whose scale a score is on: the critic when named (per outlet), else the outlet."""
    if critic:
        return f"{person_key(critic)}@{strip_accents(outlet or '').casefold().strip()}"
    if outlet:
        return f"@{strip_accents(outlet).casefold().strip()}"
    return ""


def _damage_hint(error: Exception) -> str:
    """What to do about a damaged SQLite file (SQLite says "database disk image is malformed"), or one another
    process keeps locked."""
    if "database is locked" in str(error):
        return (
            f"; another process kept it locked for over {store.BUSY_TIMEOUT_MS // 1000} s (an `add`, or a server "
            "storing reviews): run the same command again when it has finished"
        )
    if "malformed" not in str(error):
        return ""
    return "; the file is damaged: restore a backup, or rescue what is left with `sqlite3 FILE .recover`"


def _holds_nul(value: Any) -> bool:
    """Whether any string in ``value`` (a record's ``to_dict()``) holds a NUL character."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_nul(v) for v in value)
    return False


#: Control characters (NUL, ESC, DEL...) that no title holds: a query's are read as spaces.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def searchable(query: str) -> str:
    """A user's film query without control characters (``?q=%00`` listed every film on SQLite, and PostgreSQL,
    whose text cannot hold NUL, refused the query: "the knowledge base could not be read", 503), stripped."""
    return _CONTROL.sub(" ", query).strip()


def _is_id(value: int | str) -> bool:
    """Whether ``value`` (an int, or a query of ASCII digits) can be a row id; a huge number names no row."""
    if isinstance(value, str):
        return value.isascii() and value.isdigit() and int(value) <= _MAX_ID
    return 0 <= value <= _MAX_ID
