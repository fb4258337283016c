"""The FastAPI application: one factory, settings on ``app.state``, no module-level state."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import filmkritik
from filmkritik.errors import DatabaseError
from filmkritik.web import security
from filmkritik.web.i18n import COOKIE as LANG_COOKIE
from filmkritik.web.i18n import LANGUAGES, choose_language, translator

HERE = Path(__file__).resolve().parent

#: A review is a few pages; HTML pages with markup rarely pass a megabyte.
DEFAULT_MAX_BODY = 5 * 1024 * 1024
DEFAULT_POSTS_PER_MINUTE = 30.0
DEFAULT_POST_BURST = 10


@dataclass
class WebSettings:
    """How one server behaves; ``filmkritik serve`` options map onto these."""

    kb_url: str | None = None
    read_only: bool = False
    api_token: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY
    posts_per_minute: float = DEFAULT_POSTS_PER_MINUTE
    post_burst: int = DEFAULT_POST_BURST
    secure_cookies: bool = False


@dataclass
class KnowledgeBaseHandle:
    """Opens the knowledge base on first use, so pages that only read a pasted review need no database."""

    url: str | None
    kb: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self) -> Any:
        if self.kb is None:
            with self._lock:
                if self.kb is None:
                    from filmkritik.kb import KnowledgeBase
                    from filmkritik.kb.store import cannot_write

                    self.kb = KnowledgeBase.open(self.url, read_only=cannot_write(self.url))
        return self.kb

    def close(self) -> None:
        with self._lock:
            if self.kb is not None:
                self.kb.close()
                self.kb = None


@dataclass
class WebState:
    settings: WebSettings
    kb: KnowledgeBaseHandle
    templates: jinja2.Environment


def create_app(
    kb_url: str | None = None,
    read_only: bool = False,
    api_token: str | None = None,
    *,
    kb: Any = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    posts_per_minute: float = DEFAULT_POSTS_PER_MINUTE,
    post_burst: int = DEFAULT_POST_BURST,
    secure_cookies: bool = False,
) -> FastAPI:
    """The filmkritik web app and HTTP API.

    ``kb_url`` is a database URL (``None``: the default SQLite file); an already open
    ``kb`` (a :class:`~filmkritik.kb.KnowledgeBase`) can be passed instead and is not
    closed by the app. ``read_only`` refuses every write with 403; ``api_token`` makes
    writes require ``Authorization: Bearer <token>`` (or the token in the store form).
    """
    settings = WebSettings(
        kb_url=kb_url,
        read_only=read_only,
        api_token=api_token or None,
        max_body_bytes=max_body_bytes,
        posts_per_minute=posts_per_minute,
        post_burst=post_burst,
        secure_cookies=secure_cookies,
    )
    handle = KnowledgeBaseHandle(kb_url, kb)
    owns_kb = kb is None

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_kb:
            handle.close()

    app = FastAPI(
        title="filmkritik",
        version=filmkritik.__version__,
        description=(
            "Reads film criticism (German and English) into evidence-backed records and serves the film "
            "knowledge base. Every `evidence` is a list of `[start, end)` character offsets into the "
            "record's `text`. Writes may be disabled (read-only server) or need `Authorization: Bearer`."
        ),
        docs_url=None,  # /docs is served by pages.py (works offline); Swagger UI at /docs/swagger
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = WebState(settings=settings, kb=handle, templates=_template_env())

    from filmkritik.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(DatabaseError, _database_error)
    app.add_exception_handler(Exception, _crash)

    # Added inside-out: the last one added runs first on a request.
    app.add_middleware(security.BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(security.OriginCheckMiddleware)
    app.add_middleware(security.RateLimitMiddleware, limiter=security.TokenBucket(posts_per_minute, post_burst))
    app.add_middleware(security.SecurityHeadersMiddleware)
    return app


def _template_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its name: review texts are never trusted
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.ChainableUndefined,  # knowledge-base dicts may lack optional keys
        finalize=_without_controls,
    )
    return env


def _without_controls(value: Any) -> Any:
    """What a page shows of a value: no control character (a record stored by an older version could hold a bell or
    a backspace, which HTML forbids in text); escaped markup stays markup."""
    from markupsafe import Markup

    from filmkritik.ingest.controls import has_controls, without_controls

    if not isinstance(value, str) or not has_controls(value):
        return value
    cleaned = without_controls(value)
    return Markup(cleaned) if isinstance(value, Markup) else cleaned


def state(request: Request) -> WebState:
    web: WebState = request.app.state.web
    return web


def language_of(request: Request) -> str:
    return choose_language(
        request.query_params.get("lang"), request.cookies.get(LANG_COOKIE), request.headers.get("accept-language")
    )


def wants_html(request: Request) -> bool:
    if request.url.path.startswith(("/api/", "/openapi", "/docs/swagger", "/static/")):
        return False
    accept = request.headers.get("accept", "*/*")
    return "application/json" not in accept or "text/html" in accept


def render(request: Request, template: str, context: dict[str, Any] | None = None, status_code: int = 200) -> Response:
    """A page in the request's language, with the CSRF cookie its forms need."""
    web = state(request)
    language = language_of(request)
    t = translator(language)
    csrf = request.cookies.get(security.CSRF_COOKIE) or security.new_csrf_token()
    other = next(code for code in LANGUAGES if code != language)
    ctx: dict[str, Any] = {
        "t": t,
        "lang": language,
        "other_lang": other,
        "switch_url": _switch_url(request, other),
        "csrf_field": security.CSRF_FIELD,
        "csrf_token": csrf,
        "read_only": web.settings.read_only,
        "token_required": bool(web.settings.api_token),
        "version": filmkritik.__version__,
    }
    ctx.update(context or {})
    body = web.templates.get_template(template).render(**ctx)
    response = Response(body, status_code=status_code, media_type="text/html; charset=utf-8")
    # Secure cookies whenever the page came over HTTPS (or the deployment says it always does).
    secure = web.settings.secure_cookies or request.url.scheme == "https"
    if request.cookies.get(security.CSRF_COOKIE) != csrf:
        response.set_cookie(security.CSRF_COOKIE, csrf, httponly=True, samesite="strict", secure=secure, path="/")
    query_lang = request.query_params.get("lang")
    if query_lang and query_lang.lower() in LANGUAGES and request.cookies.get(LANG_COOKIE) != language:
        response.set_cookie(LANG_COOKIE, language, max_age=365 * 24 * 3600, samesite="lax", secure=secure, path="/")
    response.headers["cache-control"] = "no-store"
    return response


def _switch_url(request: Request, other: str) -> str:
    """This page in the other language (a POST result page switches on the empty form)."""
    if request.method != "GET":
        return f"/read?lang={other}"
    params = dict(request.query_params)
    params["lang"] = other
    return f"{request.url.path}?{urlencode(params)}"


def error_page(request: Request, status_code: int, message: str) -> Response:
    return render(request, "error.html", {"status": status_code, "message": message}, status_code=status_code)


async def _http_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, StarletteHTTPException):
        raise exc
    if wants_html(request):
        t = translator(language_of(request))
        message = exc.detail if isinstance(exc.detail, str) and exc.status_code != 404 else t("error.not_found")
        return error_page(request, exc.status_code, message)
    detail = exc.detail
    if exc.status_code == 400 and detail == _STARLETTE_BODY_ERROR:
        detail = _BODY_ERROR  # (bytes that are not UTF-8, or JSON nested past Python's recursion limit)
    return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))


_STARLETTE_BODY_ERROR = "There was an error parsing the body"
_BODY_ERROR = (
    'the body could not be read as JSON (not UTF-8 text, or nested too deeply); send UTF-8 JSON such as {"text": "..."}'
)


async def _validation_error(request: Request, exc: Exception) -> Response:
    """422 with what was wrong (never echoing the input back); a page with a bad id is just not there."""
    if wants_html(request) and request.method == "GET":
        return error_page(request, 404, translator(language_of(request))("error.not_found"))
    found = exc.errors() if isinstance(exc, RequestValidationError) else []
    errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in found]
    if request.url.path.startswith("/api/") and request.method == "POST" and not _is_json(request):
        # `curl -d 'text=...'` sends a form: "Input should be a valid dictionary" did not say what to send.
        return JSONResponse(
            {"detail": 'send the review as JSON: header "Content-Type: application/json", body {"text": "..."}'},
            status_code=415,
        )
    if wants_html(request):
        # A form field over its length (the browser stops at maxlength; a script may not): a page, not JSON.
        fields = "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in errors if e.get("loc"))
        return error_page(request, 422, fields or "the form could not be read")
    return JSONResponse({"detail": errors}, status_code=422)


def _is_json(request: Request) -> bool:
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


async def _database_error(request: Request, exc: Exception) -> Response:
    """The database could not be opened or read: the server is up, the data is not (503)."""
    if wants_html(request):
        return error_page(request, 503, str(exc))
    return JSONResponse({"detail": str(exc)}, status_code=503)


async def _crash(request: Request, exc: Exception) -> Response:
    """A bug: a plain 500 in the page's language, with no traceback shown to the visitor."""
    message = "filmkritik failed on this request; please report it with the input that caused it"
    if wants_html(request):
        return error_page(request, 500, message)
    return JSONResponse({"detail": message}, status_code=500)
