"""The HTTP API under ``/api`` (documented by OpenAPI at ``/docs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator

from filmkritik.errors import DatabaseError, FilmkritikError, InputError, NotAReviewError, TooLargeError
from filmkritik.model import ReviewRecord
from filmkritik.web import security
from filmkritik.web.app import WebState, state
from filmkritik.web.reading import read_input

router = APIRouter(prefix="/api", tags=["api"])

_RECORD_DOC = (
    "The record contract `filmkritik.review/1`: `text` is the normalised text the reader "
    "worked on, and every `evidence` is a list of `[start, end)` offsets into it."
)


class ReadRequest(BaseModel):
    """One review: plain text or an HTML page (exactly one of the two)."""

    text: str | None = Field(None, description="The review as plain text (HTML is detected and extracted too).")
    html: str | None = Field(None, description="The review as an HTML page; main text and metadata are extracted.")
    url: str | None = Field(None, description="Where the review was published (kept in `source.url`).")

    @model_validator(mode="after")
    def _one_input(self) -> ReadRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError('give exactly one of "text" or "html"')
        return self

    model_config = {
        "json_schema_extra": {"examples": [{"text": "Ein stiller Film ... Wertung: 4 von 5 Sternen"}]},
    }


def _hints_model() -> type[BaseModel]:
    """The request's ``hints``: the fields of :class:`~filmkritik.kb.hints.ReviewHints`, said once there (the API
    had its own copy, which lacked `directors` and `original_title`), with their descriptions."""
    import dataclasses
    import typing

    from pydantic import create_model

    from filmkritik.kb.hints import ReviewHints

    types = typing.get_type_hints(ReviewHints)
    fields: dict[str, Any] = {
        hint.name: (types[hint.name], Field(None, description=hint.metadata["description"]))
        for hint in dataclasses.fields(ReviewHints)
    }
    doc = "What the text may not say; a hint overrides the reader's guess, the record keeps both."
    return create_model("Hints", __doc__=doc, **fields)


if TYPE_CHECKING:
    Hints = BaseModel
else:
    Hints = _hints_model()


class StoreRequest(ReadRequest):
    hints: Hints | None = None


class StoreResponse(BaseModel):
    review_id: int | str
    film_id: int | str | None
    created: bool = Field(description="False when the same review was already stored (nothing changed).")
    record: dict[str, Any] = Field(description=_RECORD_DOC)


class FilmList(BaseModel):
    total: int
    limit: int
    offset: int
    films: list[dict[str, Any]]


FilmSort = Literal["recent", "score", "title", "reviews"]


def require_write(
    request: Request, authorization: Annotated[str | None, Header(include_in_schema=False)] = None
) -> None:
    """Writes are refused on a read-only server, and need the token when one is configured."""
    settings = state(request).settings
    if settings.read_only:
        raise HTTPException(403, "this server is read-only; nothing can be stored")
    if not security.token_ok(settings.api_token, authorization):
        raise HTTPException(
            401, "a valid API token is needed: send Authorization: Bearer <token>", {"www-authenticate": "Bearer"}
        )


def status_of(error: FilmkritikError) -> int:
    """Bad input is the client's error (422); a broken database or install is the server's."""
    if isinstance(error, TooLargeError):
        return 413
    if isinstance(error, (InputError, NotAReviewError)):
        return 422
    if isinstance(error, DatabaseError):
        return 503
    return 500


def read_or_422(body: ReadRequest) -> ReviewRecord:
    try:
        return read_input(text=body.text, html=body.html, url=body.url)
    except FilmkritikError as error:
        raise HTTPException(status_of(error), str(error)) from None


@router.post(
    "/read",
    summary="Read one review (nothing is stored)",
    response_description=_RECORD_DOC,
    responses={413: {"description": "Body too large"}, 429: {"description": "Too many requests"}},
)
def read_review(body: ReadRequest) -> dict[str, Any]:
    return read_or_422(body).to_dict()


@router.post(
    "/reviews",
    summary="Read one review and store it in the knowledge base",
    status_code=201,
    response_model=StoreResponse,
    dependencies=[Depends(require_write)],
    responses={200: {"description": "Already stored: nothing changed"}, 401: {}, 403: {}, 413: {}, 429: {}},
)
def store_review(body: StoreRequest, web: Annotated[WebState, Depends(state)]) -> Any:
    record = read_or_422(body)
    hints = body.hints.model_dump(exclude_none=True) if body.hints else {}
    result = store_record(web, record, hints)
    payload = StoreResponse(
        review_id=result.review_id, film_id=result.film_id, created=result.created, record=record.to_dict()
    )
    return JSONResponse(payload.model_dump(), status_code=201 if result.created else 200)


def store_record(web: WebState, record: ReviewRecord, hints: dict[str, Any]) -> Any:
    """Store through the knowledge base; bad hints or a non-review are the client's error (422)."""
    from filmkritik.kb.hints import ReviewHints

    try:
        return web.kb.get().add_record(record, hints=ReviewHints.from_row(hints) if hints else None)
    except FilmkritikError as error:
        raise HTTPException(status_of(error), str(error)) from None


@router.get("/films", summary="Search and list films", response_model=FilmList)
def list_films(
    web: Annotated[WebState, Depends(state)],
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Part of a title (original, German or any known title; case, accents and articles do not matter).",
        ),
    ] = None,
    sort: Annotated[FilmSort, Query(description="recent, score, title or reviews")] = "recent",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Any:
    kb = web.kb.get()
    query = q.strip() if q and q.strip() else None
    films = kb.list_films(query=query, sort=sort, limit=limit, offset=offset)
    return {"total": kb.count_films(query=query), "limit": limit, "offset": offset, "films": films}


@router.get(
    "/films/{film_id}",
    summary="One film: titles, cast, aggregate and reviews",
    responses={404: {"description": "No such film"}},
)
def get_film(film_id: int, web: Annotated[WebState, Depends(state)]) -> dict[str, Any]:
    film: dict[str, Any] | None = web.kb.get().get_film(film_id)
    if film is None:
        raise HTTPException(404, f"there is no film {film_id}")
    return film


@router.get(
    "/films/{film_id}/jsonld",
    summary="One film as schema.org JSON-LD (Movie, CriticReview, AggregateRating)",
    response_class=JSONResponse,
    responses={200: {"content": {"application/ld+json": {}}}, 404: {"description": "No such film"}},
)
def get_film_jsonld(film_id: int, web: Annotated[WebState, Depends(state)]) -> JSONResponse:
    data = web.kb.get().film_jsonld(film_id)
    if data is None:
        raise HTTPException(404, f"there is no film {film_id}")
    return JSONResponse(data, media_type="application/ld+json")


@router.get(
    "/reviews/{review_id}",
    summary="One stored review with its full record",
    responses={404: {"description": "No such review"}},
)
def get_review(review_id: int, web: Annotated[WebState, Depends(state)]) -> dict[str, Any]:
    review: dict[str, Any] | None = web.kb.get().get_review(review_id)
    if review is None:
        raise HTTPException(404, f"there is no review {review_id}")
    return review
