"""Resolution: which stored film a review is about, and which stored person a name means.

A review's film is found through its titles' keys (exact, main title without subtitle, and a
cognate skeleton that lets "Konzert" meet "Concert"), through IMDb akas when IMDb is loaded,
and through its directors (a shared director plus a similar title across languages). Every
candidate is then checked: directors that do not overlap, or years more than one apart, keep
two films apart even when their titles are equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from filmkritik.kb.hints import ReviewHints
from filmkritik.kb.normalise import (
    MAX_PERSON_KEY,
    MAX_TITLE_KEY,
    cognate_form,
    main_title_key,
    person_key,
    same_person,
    sequel_conflict,
    surname_key,
    title_key,
    title_similarity,
)
from filmkritik.kb.schema import (
    AspectRow,
    CreditRow,
    FilmRow,
    FilmTitleRow,
    ImdbAkaRow,
    ImdbTitleRow,
    PersonRow,
    ReviewRow,
)
from filmkritik.model import ReviewRecord

CROSS_LANGUAGE_SIMILARITY = 0.75
# An exact title outweighs a shared director with shared actors (2 + 0.5 per actor + similarity):
# a review under another film's title is more often the reader picking a mentioned film.
EXACT_TITLE = 4.0
_SLUG_SPLIT = re.compile(r"[-_/.+]+|%20")
# Words URLs wrap around a film's slug.
_SLUG_NOISE = frozenset(
    "review reviews kritik kritiken film films movie movies filmkritik rezension html htm php aspx www"
    " news article artikel kino cinema gesehen".split()
)
YEAR_TOLERANCE = 1


@dataclass
class FilmIdentity:
    """What one review (and its hints) says about the identity of its film."""

    title: str | None
    titles: list[tuple[str, str, str | None]] = field(default_factory=list)  # (title, kind, language)
    year: int | None = None
    directors: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    cast: list[tuple[str, str]] = field(default_factory=list)  # (actor, character)
    writers: list[str] = field(default_factory=list)
    composers: list[str] = field(default_factory=list)
    # False when the user named the film but the directors are only the reader's guess: they then
    # support a match but cannot veto it.
    directors_decide: bool = True
    url: str | None = None

    @property
    def original_title(self) -> str | None:
        return next((t for t, kind, _ in self.titles if kind == "original"), None)


def identity_of(record: ReviewRecord, hints: ReviewHints | None = None) -> FilmIdentity:
    """The film identity of a record, hints first (they override the reader)."""
    hints = hints or ReviewHints()
    film = record.film
    titles: list[tuple[str, str, str | None]] = []

    def add(text: str | None, kind: str, language: str | None) -> None:
        text = (text or "").strip()[:MAX_TITLE_KEY]  # as long as the column holds
        if text and all(title_key(text) != title_key(t) for t, _, _ in titles):
            titles.append((text, kind, language))

    lang = record.language if record.language not in ("", "und") else None
    add(hints.film, "title", lang)
    add(hints.original_title, "original", None)
    if not hints.film:
        add(film.title.text if film.title else None, "title", lang)
    add(film.original_title.text if film.original_title else None, "original", None)
    for local in film.local_titles:
        add(local.text, "local", local.language)
    # directors=[] in the hints means "none named": the reader's guesses are then ignored too.
    directors = list(hints.directors) if hints.directors is not None else [d.name for d in film.directors]
    year = hints.year if hints.year is not None else (film.year.value if film.year else None)
    cast = [
        (c.actor.strip()[:MAX_PERSON_KEY], (c.character or "").strip()[:MAX_PERSON_KEY]) for c in film.cast if c.actor
    ]
    actors = _unique([a.name for a in film.actors] + [actor for actor, _ in cast])
    return FilmIdentity(
        title=titles[0][0] if titles else None,
        titles=titles,
        year=year,
        directors=_unique(directors),
        actors=actors,
        cast=cast,
        writers=_unique([p.name for p in film.writers]),
        composers=_unique([p.name for p in film.composers]),
        directors_decide=hints.directors is not None or not hints.film,
        url=hints.url or record.source.url,
    )


def _unique(names: list[str]) -> list[str]:
    out: list[str] = []
    for raw in names:
        name = (raw or "").strip()[:MAX_PERSON_KEY]
        if name and not any(same_person(name, seen) for seen in out):
            out.append(name)
    return out


# --- finding the film -------------------------------------------------------------------------


def film_from_url(session: Session, who: FilmIdentity) -> FilmRow | None:
    """For a review whose text names no title: the one stored film its URL's slug names
    (``/movies/the-glass-orchard-review``), if exactly one does. Never creates a film."""
    if who.titles or not who.url:
        return None
    words = [w for w in _SLUG_SPLIT.split(_slug_path(who.url).casefold()) if w and w not in _SLUG_NOISE]
    grams = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 6) + 1)}
    keys = {title_key(g) for g in grams if not g.isdigit()} - {""}
    if not keys:
        return None
    rows = session.execute(
        sa.select(FilmTitleRow.film_id, FilmTitleRow.key).where(FilmTitleRow.key.in_(keys)).limit(20)
    ).all()
    if not rows:
        return None
    # The longest title the slug spells wins: "the-glass-orchard" is the Glass Orchard, not Glass.
    longest = max(len(key) for _, key in rows)
    ids = {film_id for film_id, key in rows if len(key) == longest}
    films = [f for i in ids if (f := session.get(FilmRow, i)) is not None]
    films = [f for f in films if _match_score(session, f, _with_title(who, f.title), EXACT_TITLE) is not None]
    return films[0] if len(films) == 1 else None


def _slug_path(url: str) -> str:
    path = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    return path.split("/", 1)[1] if "/" in path else ""


def _with_title(who: FilmIdentity, title: str) -> FilmIdentity:
    return replace(who, title=title, titles=[(title, "title", None)])


def find_film(session: Session, who: FilmIdentity) -> FilmRow | None:
    """The stored film this identity names, or None when it is a new film."""
    if not who.titles:
        return None
    candidates: dict[int, float] = {}  # film id -> strength of the title evidence
    keys = {title_key(t) for t, _, _ in who.titles} - {""}
    mains = {m for t, _, _ in who.titles if (m := main_title_key(t))}
    cognates = {cognate_form(t) for t, _, _ in who.titles} - {""}
    keys |= _aka_keys(session, keys, who.year)
    rows = session.execute(
        sa.select(FilmTitleRow.film_id, FilmTitleRow.key, FilmTitleRow.main_key, FilmTitleRow.cognate_key).where(
            sa.or_(
                FilmTitleRow.key.in_(keys | mains),
                FilmTitleRow.main_key.in_(keys),
                FilmTitleRow.cognate_key.in_(cognates),
            )
        )
    ).all()
    for film_id, key, main, cognate in rows:
        strength = EXACT_TITLE if key in keys else 1.5 if cognate in cognates else 1.0
        if main in keys or key in mains:
            strength = max(strength, 1.0)
        candidates[film_id] = max(candidates.get(film_id, 0.0), strength)
    for film_id in _films_by_director(session, who):
        candidates.setdefault(film_id, 0.0)
    best: tuple[float, int] | None = None
    for film_id, strength in candidates.items():
        film = session.get(FilmRow, film_id)
        if film is None:
            continue
        verdict = _match_score(session, film, who, strength)
        if verdict is not None and (best is None or verdict > best[0]):
            best = (verdict, film_id)
    if best is None:
        return None
    # The film's titles and credits (with their people) are read next: load them in two queries.
    return session.get(
        FilmRow,
        best[1],
        options=[selectinload(FilmRow.titles), selectinload(FilmRow.credits).selectinload(CreditRow.person)],
        populate_existing=True,
    )


def _aka_keys(session: Session, keys: set[str], year: int | None) -> set[str]:
    """Other titles of the same IMDb title (German release titles, originals), when IMDb is loaded."""
    if not keys:
        return set()
    tconsts = set(session.scalars(sa.select(ImdbAkaRow.tconst).where(ImdbAkaRow.key.in_(keys)).limit(20)))
    if not tconsts or len(tconsts) > 3:
        return set()  # an ambiguous aka (many films share it) proves nothing
    if year is not None:
        years = dict(
            session.execute(
                sa.select(ImdbTitleRow.tconst, ImdbTitleRow.start_year).where(ImdbTitleRow.tconst.in_(tconsts))
            ).all()
        )
        tconsts = {t for t in tconsts if (y := years.get(t)) is None or abs(y - year) <= YEAR_TOLERANCE}
    if len(tconsts) != 1:
        return set()
    return set(session.scalars(sa.select(ImdbAkaRow.key).where(ImdbAkaRow.tconst.in_(tconsts))))


def _films_by_director(session: Session, who: FilmIdentity) -> set[int]:
    surnames = {surname_key(d) for d in who.directors} - {""}
    if not surnames:
        return set()
    rows = session.execute(
        sa.select(CreditRow.film_id, PersonRow.name)
        .join(PersonRow, PersonRow.id == CreditRow.person_id)
        .where(CreditRow.role == "director", PersonRow.surname.in_(surnames))
        .limit(500)
    ).all()
    return {film_id for film_id, name in rows if any(same_person(name, d) for d in who.directors)}


def _credited(session: Session, film_id: int, role: str) -> list[str]:
    return list(
        session.scalars(
            sa.select(PersonRow.name)
            .join(CreditRow, CreditRow.person_id == PersonRow.id)
            .where(CreditRow.film_id == film_id, CreditRow.role == role)
        )
    )


def _match_score(session: Session, film: FilmRow, who: FilmIdentity, title_strength: float) -> float | None:
    """How well ``film`` fits ``who``; None when directors or years rule it out."""
    if film.year is not None and who.year is not None and abs(film.year - who.year) > YEAR_TOLERANCE:
        return None
    directors = _credited(session, film.id, "director")
    shared_directors = sum(1 for d in who.directors if any(same_person(d, e) for e in directors))
    if directors and who.directors and not shared_directors and who.directors_decide:
        return None
    actors = _credited(session, film.id, "actor") if who.actors else []
    shared_actors = sum(1 for a in who.actors if any(same_person(a, e) for e in actors))
    same_year = film.year is not None and who.year is not None and film.year == who.year
    if title_strength < EXACT_TITLE and all(sequel_conflict(a, t.title) for a, _, _ in who.titles for t in film.titles):
        return None  # "Harbor Lights" and "Harbor Lights: Part Two" are two films
    score = title_strength + 2.0 * shared_directors + 0.5 * min(shared_actors, 4) + (0.5 if same_year else 0.0)
    if title_strength >= EXACT_TITLE:
        return score
    if title_strength >= 1.5:  # a cognate spelling: fine unless nothing else speaks for it and much against
        return score
    if title_strength >= 1.0:  # the main title only: needs a director or the year to confirm
        return score if shared_directors or same_year or shared_actors >= 2 else None
    # No title evidence: a shared director and a title that reads alike across languages, or shared actors.
    if not shared_directors:
        return None
    titles = [t.title for t in film.titles]
    similarity = max((title_similarity(a, b) for a, _, _ in who.titles for b in titles), default=0.0)
    if similarity >= CROSS_LANGUAGE_SIMILARITY:
        return score + similarity
    if not (shared_actors >= 2 or (shared_actors and similarity >= 0.5)):
        return None
    # The same director and actors under another title: one film's local and original titles, or the same
    # team's next film (a sequel, a remake with the same players). An editor keeps them apart when the title
    # is new in a language the film already has a title in, or the actors play other parts.
    if _titled_in_the_same_language(film, who) or _other_parts(session, film, who):
        return None
    return score + similarity


def _titled_in_the_same_language(film: FilmRow, who: FilmIdentity) -> bool:
    """Whether the review's titles are in a language the film already has another title in: two German reviews
    naming "Die Nacht der Gaukler" and "Sommer in Malgarten" are of two films, whoever made them (a film has one
    title per language; across languages "Circus of the Night" may be its original)."""
    known = {t.language for t in film.titles if t.language and t.kind in ("title", "local")}
    return any(language in known for _, kind, language in who.titles if language and kind in ("title", "local"))


def _other_parts(session: Session, film: FilmRow, who: FilmIdentity) -> bool:
    """Whether actors the review shares with the film play other parts in it (Greta and Paul there, Lotte and
    Ben here): the same players in another film. No part named on either side tells nothing."""
    parts = {
        person_key(name): person_key(character)
        for name, character in session.execute(
            sa.select(PersonRow.name, CreditRow.character)
            .join(CreditRow, CreditRow.person_id == PersonRow.id)
            .where(CreditRow.film_id == film.id, CreditRow.role == "actor", CreditRow.character.is_not(None))
        )
        if character
    }
    same = other = 0
    for actor, character in who.cast:
        known = next((part for name, part in parts.items() if same_person(name, actor)), None)
        if not character or not known:
            continue
        mine = person_key(character)
        if mine == known or mine in known.split() or known in mine.split():  # ("Greta" and "Greta Holm")
            same += 1
        else:
            other += 1
    return other > same


# --- writing the film and its people ------------------------------------------------------------


def add_titles(session: Session, film: FilmRow, who: FilmIdentity) -> None:
    """Record every title this review knows the film by (once per spelling)."""
    known = {t.title for t in film.titles}
    for text, kind, language in who.titles:
        if text in known:
            continue
        known.add(text)
        film.titles.append(
            FilmTitleRow(
                title=text,
                key=title_key(text),
                main_key=main_title_key(text),
                cognate_key=cognate_form(text),
                kind=kind,
                language=language,
            )
        )
    # A headline in capitals ("IM WESTEN NICHTS NEUES") gives way to the same title in normal case.
    if film.title.isupper():
        better = next((t for t, _, _ in who.titles if title_key(t) == title_key(film.title) and not t.isupper()), None)
        if better:
            film.title = better
    if film.original_title is None and who.original_title:
        film.original_title = who.original_title
    if film.year is None and who.year is not None:
        film.year = who.year


def resolve_person(session: Session, name: str, film: FilmRow | None = None) -> PersonRow:
    """The stored person a name means: on this film by any compatible spelling, else anywhere by
    the same key or a typo-level variant; a new person otherwise."""
    key = person_key(name)
    if film is not None:
        for credit in film.credits:
            if same_person(credit.person.name, name):
                return _remember_variant(credit.person, name)
        if " " not in key:  # a bare surname ("Talvik's film") on a film that credits a Talvik
            namesakes = {c.person.id: c.person for c in film.credits if c.person.surname == key}
            if len(namesakes) == 1:
                return next(iter(namesakes.values()))
    exact = session.scalars(sa.select(PersonRow).where(PersonRow.key == key).order_by(PersonRow.id).limit(1)).first()
    if exact is not None:
        return _remember_variant(exact, name)
    first = key.split(" ")[0] if " " in key else ""
    if len(first) > 2:
        for person in session.scalars(sa.select(PersonRow).where(PersonRow.surname == surname_key(name)).limit(50)):
            other_first = person.key.split(" ")[0]
            if len(other_first) > 2 and same_person(person.name, name):
                return _remember_variant(person, name)
    person = PersonRow(name=name.strip(), key=key, surname=surname_key(name), variants=[name.strip()])
    session.add(person)
    session.flush()
    return person


def _remember_variant(person: PersonRow, name: str) -> PersonRow:
    variants = list(person.variants or [])
    if name.strip() not in variants:
        person.variants = [*variants, name.strip()]
    return person


def add_credits(session: Session, film: FilmRow, who: FilmIdentity) -> None:
    """Credit the review's people on the film; a credit named again gains support."""
    characters = {person_key(actor): character for actor, character in who.cast}
    wanted = [(d, "director") for d in who.directors]
    wanted += [(a, "actor") for a in who.actors]
    wanted += [(w, "writer") for w in who.writers] + [(c, "composer") for c in who.composers]
    for name, role in wanted:
        person = resolve_person(session, name, film)
        credit = next((c for c in film.credits if c.person_id == person.id and c.role == role), None)
        character = characters.get(person_key(name))
        if credit is None:
            credit = CreditRow(person=person, person_id=person.id, role=role, character=character, support=1)
            film.credits.append(credit)
        else:
            credit.support += 1
            if character and not credit.character:
                credit.character = character
    session.flush()


def merge_films(session: Session, keep: FilmRow, drop: FilmRow) -> FilmRow:
    """Fold ``drop`` into ``keep`` when they turn out to be one film (IMDb gives both one tconst):
    its reviews, titles and credits move over; ``drop`` is deleted. Returns ``keep``."""
    session.execute(sa.update(ReviewRow).where(ReviewRow.film_id == drop.id).values(film_id=keep.id))
    session.execute(sa.update(AspectRow).where(AspectRow.film_id == drop.id).values(film_id=keep.id))
    known = {t.title for t in keep.titles}
    for title in drop.titles:
        if title.title not in known:
            known.add(title.title)
            keep.titles.append(
                FilmTitleRow(
                    title=title.title,
                    key=title.key,
                    main_key=title.main_key,
                    cognate_key=title.cognate_key,
                    kind=title.kind,
                    language=title.language,
                )
            )
    for credit in drop.credits:
        same = next((c for c in keep.credits if c.person_id == credit.person_id and c.role == credit.role), None)
        if same is None:
            keep.credits.append(
                CreditRow(
                    person_id=credit.person_id,
                    person=credit.person,
                    role=credit.role,
                    character=credit.character,
                    support=credit.support,
                    imdb_confirmed=credit.imdb_confirmed,
                )
            )
        else:
            same.support += credit.support
            same.character = same.character or credit.character
            same.imdb_confirmed = same.imdb_confirmed or credit.imdb_confirmed
    keep.year = keep.year if keep.year is not None else drop.year
    keep.original_title = keep.original_title or drop.original_title
    keep.tconst = keep.tconst or drop.tconst
    keep.updated_at = max(keep.updated_at, drop.updated_at)
    session.flush()
    session.expire(drop)  # its reviews moved in SQL: do not let the ORM detach them on delete
    session.delete(drop)
    session.flush()
    return keep


def bridge(session: Session, film: FilmRow, who: FilmIdentity) -> FilmRow:
    """A review that names the film under two titles (``Die Kranichinsel``, original title
    ``Crane Island``) proves that films stored apart under those titles are one: merge them,
    unless their directors or years disagree. Returns the surviving film."""
    if len(who.titles) < 2:
        return film
    keys = {title_key(t) for t, _, _ in who.titles} - {""}
    others = set(
        session.scalars(
            sa.select(FilmTitleRow.film_id).where(FilmTitleRow.key.in_(keys), FilmTitleRow.film_id != film.id)
        )
    )
    for other_id in sorted(others):
        other = session.get(FilmRow, other_id)
        if other is None or not _compatible(session, film, other):
            continue
        keep, drop = (film, other) if film.id < other.id else (other, film)
        film = merge_films(session, keep, drop)
    return film


def _compatible(session: Session, a: FilmRow, b: FilmRow) -> bool:
    if a.year is not None and b.year is not None and abs(a.year - b.year) > YEAR_TOLERANCE:
        return False
    if a.tconst and b.tconst and a.tconst != b.tconst:
        return False
    da, db = _credited(session, a.id, "director"), _credited(session, b.id, "director")
    return not (da and db and not any(same_person(x, y) for x in da for y in db))
