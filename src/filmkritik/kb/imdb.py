"""IMDb linking: load IMDb's public TSV dumps, then give films a tconst and people an nconst.

Files (``.tsv`` or ``.tsv.gz``, ``\\N`` for null): title.basics, title.akas, title.principals,
name.basics; any subset may be present. Loading replaces earlier IMDb rows (re-running is safe),
then every stored film is linked when a title (primary, original or aka) matches and the year,
the directors or the cast confirm it. A linked film gains its German and English akas as titles,
so later reviews under those titles resolve to it; cast pairs whose character IMDb also lists are
marked confirmed.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from filmkritik.errors import InputError
from filmkritik.kb.normalise import cognate_form, main_title_key, person_key, same_person, title_key
from filmkritik.kb.schema import (
    CreditRow,
    FilmRow,
    FilmTitleRow,
    ImdbAkaRow,
    ImdbNameRow,
    ImdbPrincipalRow,
    ImdbTitleRow,
    PersonRow,
)

FILES = ("title.basics", "title.akas", "title.principals", "name.basics")
BATCH = 5000
# Title types whose entries can be reviewed films (episodes and video games are left out).
FILM_TYPES = frozenset({"movie", "tvMovie", "video", "short", "tvSpecial", "tvMiniSeries", "tvSeries", "tvShort"})
AKA_REGIONS = frozenset({"DE", "AT", "CH", "US", "GB", "XWW"})
AKA_LANGUAGES = frozenset({"de", "en"})
PEOPLE_CATEGORIES = frozenset({"director", "actor", "actress", "writer", "composer", "self"})
LINK_THRESHOLD = 2.0

if TYPE_CHECKING:
    from filmkritik.kb.base import KnowledgeBase


@dataclass
class ImdbReport:
    loaded: dict[str, int] = field(default_factory=dict)
    films_linked: int = 0
    films_merged: int = 0
    people_linked: int = 0
    cast_confirmed: int = 0
    titles_added: int = 0


def find_file(folder: Path, name: str) -> Path | None:
    for suffix in (".tsv.gz", ".tsv", ".gz"):
        path = folder / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def read_tsv(path: Path, required: tuple[str, ...] = ()) -> Iterator[dict[str, str | None]]:
    """Rows of an IMDb TSV (gzipped or not) with ``\\N`` as None. IMDb quotes nothing.

    A header without the ``required`` columns, or a file none of whose rows has the header's
    number of fields, is an InputError: "loaded 0" would hide a damaged or wrong file.
    """
    csv.field_size_limit(sys.maxsize)
    with path.open("rb") as raw:
        gz = raw.read(2) == b"\x1f\x8b"
    opener: Any = gzip.open if gz else open
    try:
        with opener(path, "rb") as binary:
            text = io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="")
            reader = csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            if not header:
                return
            if not {"tconst", "titleId", "nconst"} & set(header):
                # Not a dump (or damaged): its rows would all be skipped, and "loaded 0" hides why.
                raise InputError(
                    f"{path}: not an IMDb TSV (its first line names no tconst, titleId or nconst column); "
                    "give IMDb's dumps as downloaded from datasets.imdbws.com"
                )
            missing = [column for column in required if column not in header]
            if missing:
                raise InputError(
                    f"{path}: not the IMDb dump its name says (no {', '.join(missing)} column in its first line); "
                    "give IMDb's dumps as downloaded from datasets.imdbws.com"
                )
            good = bad = 0
            for row in reader:
                if len(row) != len(header):
                    bad += 1
                    continue
                good += 1
                yield {k: (None if v == "\\N" else v) for k, v in zip(header, row, strict=True)}
            if bad and not good:
                rows = "its one row does not have" if bad == 1 else f"none of its {bad} rows has"
                raise InputError(
                    f"{path}: {rows} the {len(header)} tab-separated fields its first line names; "
                    "the file is damaged or not an IMDb dump"
                )
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise InputError(f"{path}: cannot be read as an IMDb TSV ({error})") from None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def _characters(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        return [value.strip('[]"')]
    return [str(c) for c in parsed] if isinstance(parsed, list) else [str(parsed)]


def _insert(conn: sa.Connection, table: Any, rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            conn.execute(sa.insert(table), batch)
            count += len(batch)
            batch = []
    if batch:
        conn.execute(sa.insert(table), batch)
        count += len(batch)
    return count


def load_imdb(kb: KnowledgeBase, folder: Path, progress: Callable[[str], None] | None = None) -> ImdbReport:
    """Load the dumps in ``folder`` and link the knowledge base's films and people."""
    from filmkritik.kb import store

    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder; give the folder that holds title.basics.tsv(.gz) etc.")
    try:
        found = {name: find_file(folder, name) for name in FILES}
    except OSError as error:  # (a folder that cannot be listed: it, not a dump inside it, is what to fix)
        raise InputError(f"{folder}: cannot be read ({error.strerror or error}); give a folder you can read") from None
    if not any(found.values()):
        raise InputError(f"{folder}: no IMDb files (title.basics.tsv[.gz], title.akas, title.principals, name.basics)")
    say = progress or (lambda _m: None)
    report = ImdbReport()
    basics, akas, principals, names = (found[n] for n in FILES)
    # IMDb's full dumps hold every episode and every crew member: only rows that belong to a
    # loaded film (and people credited on one) are kept, so a full load stays a few GB.
    with store.writing(kb.engine) as conn:
        if basics:
            say(f"loading {basics.name}")
            conn.execute(sa.delete(ImdbTitleRow))
            conn.execute(sa.delete(ImdbAkaRow).where(ImdbAkaRow.region.is_(None), ImdbAkaRow.language.is_(None)))
            report.loaded["titles"] = _insert(conn, ImdbTitleRow.__table__, _basics_rows(basics))
            _insert(conn, ImdbAkaRow.__table__, _basics_aka_rows(basics))
        titles = set(conn.scalars(sa.select(ImdbTitleRow.tconst))) or None
        if akas:
            say(f"loading {akas.name}")
            conn.execute(
                sa.delete(ImdbAkaRow).where(sa.or_(ImdbAkaRow.region.isnot(None), ImdbAkaRow.language.isnot(None)))
            )
            report.loaded["akas"] = _insert(conn, ImdbAkaRow.__table__, _aka_rows(akas, titles))
        if principals:
            say(f"loading {principals.name}")
            conn.execute(sa.delete(ImdbPrincipalRow))
            report.loaded["principals"] = _insert(conn, ImdbPrincipalRow.__table__, _principal_rows(principals, titles))
        people = set(conn.scalars(sa.select(ImdbPrincipalRow.nconst).distinct())) or None
        if names:
            say(f"loading {names.name}")
            conn.execute(sa.delete(ImdbNameRow))
            report.loaded["names"] = _insert(conn, ImdbNameRow.__table__, _name_rows(names, people))
    say("linking films and people")
    for film_id in kb.iter_film_ids():
        with store.writing(kb.engine) as conn, Session(bind=conn) as session:
            film = session.get(FilmRow, film_id)
            if film is not None:  # None: merged into an earlier film
                kb.refresh_film(session, link_film(session, film, report))
            session.flush()
    return report


def _basics_rows(path: Path) -> Iterator[dict[str, Any]]:
    for row in read_tsv(path, ("tconst", "titleType", "primaryTitle")):
        if row.get("titleType") not in FILM_TYPES or not row.get("tconst") or not row.get("primaryTitle"):
            continue
        yield {
            "tconst": row["tconst"],
            "title_type": row.get("titleType"),
            "primary_title": row["primaryTitle"],
            "original_title": row.get("originalTitle"),
            "start_year": _int(row.get("startYear")),
        }


def _basics_aka_rows(path: Path) -> Iterator[dict[str, Any]]:
    # The primary and original titles are searchable like akas (region and language null).
    for row in read_tsv(path, ("tconst", "titleType", "primaryTitle")):
        if row.get("titleType") not in FILM_TYPES or not row.get("tconst"):
            continue
        titles = {t for t in (row.get("primaryTitle"), row.get("originalTitle")) if t}
        for title in titles:
            yield {"tconst": row["tconst"], "title": title, "key": title_key(title), "region": None, "language": None}


def _aka_rows(path: Path, titles: set[str] | None) -> Iterator[dict[str, Any]]:
    for row in read_tsv(path, ("titleId", "title")):
        title, tconst = row.get("title"), row.get("titleId")
        if not title or not tconst or (titles is not None and tconst not in titles):
            continue
        region, language = row.get("region"), row.get("language")
        # The original title is kept whatever its region; other akas only where our readers are.
        if region not in AKA_REGIONS and language not in AKA_LANGUAGES and row.get("isOriginalTitle") != "1":
            continue
        yield {"tconst": tconst, "title": title, "key": title_key(title), "region": region or "", "language": language}


def _principal_rows(path: Path, titles: set[str] | None) -> Iterator[dict[str, Any]]:
    for row in read_tsv(path, ("tconst", "nconst", "category")):
        if row.get("category") not in PEOPLE_CATEGORIES or not row.get("tconst") or not row.get("nconst"):
            continue
        if titles is not None and row["tconst"] not in titles:
            continue
        yield {
            "tconst": row["tconst"],
            "nconst": row["nconst"],
            "category": row.get("category"),
            "characters": _characters(row.get("characters")),
        }


def _name_rows(path: Path, people: set[str] | None) -> Iterator[dict[str, Any]]:
    for row in read_tsv(path, ("nconst", "primaryName")):
        if not row.get("nconst") or not row.get("primaryName"):
            continue
        if people is not None and row["nconst"] not in people:
            continue
        name = row["primaryName"] or ""
        yield {"nconst": row["nconst"], "name": name, "key": person_key(name), "birth_year": _int(row.get("birthYear"))}


# --- linking ------------------------------------------------------------------------------------


def imdb_loaded(session: Session) -> bool:
    return session.scalar(sa.select(ImdbTitleRow.tconst).limit(1)) is not None


def link_film(session: Session, film: FilmRow, report: ImdbReport | None = None) -> FilmRow:
    """Give ``film`` its tconst when IMDb confirms it, then link its people.

    When another stored film already has that tconst (the German and the original title were
    stored apart before IMDb said they are one film), the two are merged into the older one,
    which is returned; otherwise ``film`` is.
    """
    from filmkritik.kb.resolve import merge_films

    report = report or ImdbReport()
    if film.tconst is None:
        tconst = _best_title(session, film)
        if tconst is None:
            return film
        twin = session.scalars(sa.select(FilmRow).where(FilmRow.tconst == tconst, FilmRow.id != film.id)).first()
        film.tconst = tconst
        report.films_linked += 1
        report.titles_added += _add_aka_titles(session, film)
        if twin is not None:
            keep, drop = (twin, film) if twin.id < film.id else (film, twin)
            film = merge_films(session, keep, drop)
            report.films_merged += 1
    _link_people(session, film, report)
    return film


def _best_title(session: Session, film: FilmRow) -> str | None:
    keys = {t.key for t in film.titles} | {title_key(film.title)}
    tconsts = set(session.scalars(sa.select(ImdbAkaRow.tconst).where(ImdbAkaRow.key.in_(keys)).limit(200)))
    if not tconsts:
        return None
    years = dict(
        session.execute(
            sa.select(ImdbTitleRow.tconst, ImdbTitleRow.start_year).where(ImdbTitleRow.tconst.in_(tconsts))
        ).all()
    )
    people = _imdb_people(session, tconsts)
    directors = [c.person.name for c in film.credits if c.role == "director"]
    actors = [c.person.name for c in film.credits if c.role == "actor"]
    scored: list[tuple[float, str]] = []
    for tconst in tconsts:
        year = years.get(tconst)
        if film.year is not None and year is not None and abs(year - film.year) > 1:
            continue
        score = 0.0
        if film.year is not None and year is not None:
            score += 2.0 if year == film.year else 1.0
        credits = people.get(tconst, [])
        imdb_directors = [name for name, category in credits if category == "director"]
        if directors and imdb_directors:
            if not any(same_person(d, e) for d in directors for e in imdb_directors):
                continue
            score += 3.0
        score += sum(
            1.0 for a in actors if any(same_person(a, n) for n, c in credits if c in {"actor", "actress", "self"})
        )
        scored.append((score, tconst))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) == 1:
        scored[0] = (scored[0][0] + 1.0, scored[0][1])  # the only title of that name
    if scored[0][0] < LINK_THRESHOLD or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _imdb_people(session: Session, tconsts: set[str]) -> dict[str, list[tuple[str, str]]]:
    rows = session.execute(
        sa.select(ImdbPrincipalRow.tconst, ImdbNameRow.name, ImdbPrincipalRow.category)
        .join(ImdbNameRow, ImdbNameRow.nconst == ImdbPrincipalRow.nconst)
        .where(ImdbPrincipalRow.tconst.in_(tconsts))
    ).all()
    out: dict[str, list[tuple[str, str]]] = {}
    for tconst, name, category in rows:
        out.setdefault(tconst, []).append((name, category or ""))
    return out


def _add_aka_titles(session: Session, film: FilmRow) -> int:
    known = {t.title for t in film.titles}
    added = 0
    for aka in session.scalars(sa.select(ImdbAkaRow).where(ImdbAkaRow.tconst == film.tconst)):
        if aka.title in known:
            continue
        known.add(aka.title)
        language = "de" if aka.region in {"DE", "AT", "CH"} or aka.language == "de" else aka.language
        film.titles.append(
            FilmTitleRow(
                title=aka.title,
                key=aka.key,
                main_key=main_title_key(aka.title),
                cognate_key=cognate_form(aka.title),
                kind="imdb",
                language=language,
            )
        )
        added += 1
    basics = session.get(ImdbTitleRow, film.tconst)
    if basics is not None:
        if film.year is None:
            film.year = basics.start_year
        if film.original_title is None and basics.original_title and basics.original_title != film.title:
            film.original_title = basics.original_title
    return added


def _link_people(session: Session, film: FilmRow, report: ImdbReport) -> None:
    rows = session.execute(
        sa.select(ImdbPrincipalRow.nconst, ImdbPrincipalRow.category, ImdbPrincipalRow.characters, ImdbNameRow.name)
        .join(ImdbNameRow, ImdbNameRow.nconst == ImdbPrincipalRow.nconst)
        .where(ImdbPrincipalRow.tconst == film.tconst)
    ).all()
    for credit in session.scalars(sa.select(CreditRow).where(CreditRow.film_id == film.id)):
        person: PersonRow = credit.person
        for nconst, _category, characters, name in rows:
            if not same_person(person.name, name):
                continue
            if person.nconst is None:
                person.nconst = nconst
                report.people_linked += 1
            if credit.role == "actor" and credit.character and not credit.imdb_confirmed:
                wanted = title_key(credit.character)
                if any(title_key(c) == wanted or wanted in title_key(c).split(" / ") for c in characters or []):
                    credit.imdb_confirmed = True
                    report.cast_confirmed += 1
            break
