"""The server-rendered pages: home and search, film, review, and "paste a review"."""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from filmkritik.errors import FilmkritikError
from filmkritik.web import security
from filmkritik.web.app import error_page, language_of, render, state
from filmkritik.web.highlight import aspect_name
from filmkritik.web.i18n import translator
from filmkritik.web.plot import band, distribution_svg
from filmkritik.web.reading import read_input, record_view

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 24
_SORTS = ("recent", "score", "title", "reviews")


@router.get("/")
def home(
    request: Request,
    q: Annotated[str | None, Query(max_length=10_000)] = None,
    sort: str = "recent",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    kb = state(request).kb.get()
    # A long paste into the search box searches its first 200 characters (no title is longer), not "not found".
    query = q.strip()[:200] if q and q.strip() else None
    sort = sort if sort in _SORTS else "recent"
    offset = (page - 1) * PAGE_SIZE
    films = kb.list_films(query=query, sort=sort, limit=PAGE_SIZE, offset=offset)
    total = kb.count_films(query=query)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    return render(
        request,
        "home.html",
        {
            "films": [film_summary(f) for f in films],
            "query": query or "",
            "sort": sort,
            "sorts": _SORTS,
            "page": page,
            "pages": pages,
            "total": total,
            "first": offset + 1,
            "last": offset + len(films),
        },
    )


@router.get("/docs")
def api_docs(request: Request) -> Response:
    """The API reference, rendered here from the OpenAPI document (no CDN needed)."""
    from filmkritik.web.apidocs import operations

    spec = request.app.openapi()
    info = spec.get("info", {})
    context = {
        "ops": operations(spec),
        "title": info.get("title", ""),
        "api_version": info.get("version", ""),
        "description": info.get("description", ""),
    }
    return render(request, "docs.html", context)


@router.get("/docs/swagger")
def swagger(request: Request) -> Response:
    from fastapi.openapi.docs import get_swagger_ui_html

    return get_swagger_ui_html(openapi_url="/openapi.json", title="filmkritik API – Swagger UI")


@router.get("/read")
def read_form(request: Request) -> Response:
    return render(request, "read.html", {"view": None, "text": "", "hints": {}})


@router.post("/read")
def read_submit(
    request: Request,
    text: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    """The paste form: read the text and show every fact with its evidence (nothing is stored)."""
    t = translator(language_of(request))
    if not security.csrf_ok(request.cookies.get(security.CSRF_COOKIE), csrf):
        return error_page(request, 403, t("error.csrf"))
    try:
        record = read_input(text=text)
    except FilmkritikError as error:
        return read_failed(request, text, {}, error)
    return render(request, "read.html", {"view": record_view(record.to_dict(), t), "text": text, "hints": {}})


@router.post("/reviews")
def store_submit(
    request: Request,
    text: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
    token: Annotated[str, Form()] = "",
    film: Annotated[str, Form(max_length=500)] = "",
    year: Annotated[str, Form(max_length=10)] = "",
    critic: Annotated[str, Form(max_length=300)] = "",
    outlet: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """The paste form's "store" button: read, store, then show the film page."""
    from filmkritik.web.api import store_record

    t = translator(language_of(request))
    web = state(request)
    if not security.csrf_ok(request.cookies.get(security.CSRF_COOKIE), csrf):
        return error_page(request, 403, t("error.csrf"))
    if web.settings.read_only:
        return error_page(request, 403, t("error.read_only"))
    if not security.token_ok(web.settings.api_token, f"Bearer {token}" if token else None):
        return error_page(request, 401, t("error.token"))
    hints = {k: v.strip() for k, v in {"film": film, "year": year, "critic": critic, "outlet": outlet}.items()}
    hints = {k: v for k, v in hints.items() if v}
    try:
        record = read_input(text=text)
    except FilmkritikError as error:
        return read_failed(request, text, hints, error)
    try:
        result = store_record(web, record, hints)
    except HTTPException as error:
        if error.status_code != 422:
            return error_page(request, error.status_code, str(error.detail))
        # A bad hint: show the review again with the hints as typed and what to fix.
        context = {
            "view": record_view(record.to_dict(), t),
            "text": text,
            "hints": hints,
            "error": str(error.detail),
            "error_key": "error.hint",  # the text was read; a hint is what to fix
        }
        return render(request, "read.html", context, 422)
    if result.film_id is None:
        return RedirectResponse(f"/reviews/{result.review_id}", status_code=303)
    return RedirectResponse(f"/films/{result.film_id}#review-{result.review_id}", status_code=303)


@router.get("/films/{film_id}")
def film_page(request: Request, film_id: int) -> Response:
    t = translator(language_of(request))
    kb = state(request).kb.get()
    film = kb.get_film(film_id)
    if film is None:
        return error_page(request, 404, t("error.film_not_found"))
    aggregate = film.get("aggregate") or {}
    reviews = film.get("reviews") or []
    scores = [r["score"] for r in reviews if isinstance(r.get("score"), (int, float))]
    plot = distribution_svg(scores, t("plot.label", count=len(scores)), t("plot.axis")) if scores else None
    return render(
        request,
        "film.html",
        {
            "film": film,
            "aggregate": aggregate,
            "reviews": reviews,
            "plot": plot,
            "praise": _aspects(aggregate.get("praise") or [], t),
            "fault": _aspects(aggregate.get("fault") or [], t),
            # schema.org data in the page, for search engines and film sites that read it.
            "jsonld": kb.film_jsonld(film_id),
        },
    )


@router.get("/reviews/{review_id}")
def review_page(request: Request, review_id: int) -> Response:
    t = translator(language_of(request))
    kb = state(request).kb.get()
    review = kb.get_review(review_id)
    if review is None:
        return error_page(request, 404, t("error.review_not_found"))
    record = review.get("record") or {}
    return render(request, "review.html", {"review": review, "view": record_view(record, t)})


def read_failed(request: Request, text: str, hints: dict[str, str], error: FilmkritikError) -> Response:
    """The paste form again, with the reason the text could not be read."""
    from filmkritik.web.api import status_of

    context = {"view": None, "text": text, "hints": hints, "error": str(error)}
    return render(request, "read.html", context, status_of(error))


def film_summary(film: dict[str, Any]) -> dict[str, Any]:
    """A film row for lists, whatever extra keys the knowledge base adds."""
    score = film.get("score")
    return {**film, "band": band(score)}


def _aspects(items: list[dict[str, Any]], t: Any) -> list[dict[str, Any]]:
    return [{**item, "name": aspect_name(str(item.get("aspect") or ""), t)} for item in items]
