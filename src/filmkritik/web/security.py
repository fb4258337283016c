"""What keeps a public filmkritik server safe: body limits, rate limits, origin checks, headers.

All of it is plain ASGI middleware so it runs before FastAPI parses anything: an
oversized body is refused while it is being counted, never after it was read.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import math
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import urlsplit

from markupsafe import escape

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSRF_COOKIE = "fk_csrf"
CSRF_FIELD = "csrf"

# Swagger UI at /docs/swagger loads its script and styles from a CDN; everything else is served here.
_CSP_APP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_CSP_DOCS = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
    "object-src 'none'; frame-ancestors 'none'"
)


async def send_json(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    """A small JSON error response sent straight from middleware."""
    body = json.dumps({"detail": detail}).encode()
    await _send(send, status, body, "application/json", headers)


async def refuse(
    scope: Scope, send: Send, status: int, detail: str, message_key: str, headers: dict[str, str] | None = None
) -> None:
    """Refuse a request from middleware: JSON for API clients, a short page in the UI's language for browsers."""
    if not _wants_page(scope):
        await send_json(send, status, detail, headers)
        return
    from filmkritik.web.i18n import COOKIE, choose_language, translator

    cookies = SimpleCookie()
    with contextlib.suppress(CookieError):
        cookies.load(_header(scope, b"cookie") or "")
    cookie = cookies.get(COOKIE)
    language = choose_language(None, cookie.value if cookie else None, _header(scope, b"accept-language"))
    t = translator(language)
    page = (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>{status}</title>'
        '<link rel="stylesheet" href="/static/style.css"></head><body><main>'
        f'<h1>{escape(t("error.title"))} <span class="muted">({status})</span></h1>'
        f'<p class="notice error">{escape(t(message_key))}</p><p><a href="/read">{escape(t("nav.read"))}</a></p>'
        "</main></body></html>"
    )
    await _send(send, status, page.encode(), "text/html; charset=utf-8", headers)


async def _send(send: Send, status: int, body: bytes, media_type: str, headers: dict[str, str] | None) -> None:
    raw = [(b"content-type", media_type.encode()), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _wants_page(scope: Scope) -> bool:
    """A browser form post (not the JSON API) gets an HTML answer."""
    if scope.get("path", "").startswith("/api/"):
        return False
    return "text/html" in (_header(scope, b"accept") or "")


async def _drain(receive: Receive) -> None:
    """Swallow what is left of a refused body so the server can answer cleanly."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, counting bytes before any parsing.

    A declared ``Content-Length`` over the limit is refused at once; a chunked body is
    read up to the limit and then refused. Accepted bodies are replayed to the app.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                await send_json(send, 400, "Content-Length is not a number")
                return
            if too_big:
                await self._refuse(scope, send)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await self._refuse(scope, send)
                await _drain(receive)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        whole = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        mb = self.max_bytes / 1024 / 1024
        detail = f"the request body is larger than {mb:g} MB; send one review at a time"
        await refuse(scope, send, 413, detail, "error.too_large")


@dataclass
class _Bucket:
    tokens: float
    updated: float


@dataclass
class TokenBucket:
    """Per-client token buckets: ``burst`` requests at once, refilled at ``per_minute``."""

    per_minute: float
    burst: int
    clock: Callable[[], float] = time.monotonic
    max_clients: int = 10_000
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, client: str) -> float:
        """0.0 when the request may go ahead, else the seconds until it may."""
        now = self.clock()
        rate = self.per_minute / 60.0
        with self._lock:
            bucket = self._buckets.get(client)
            if bucket is None:
                if len(self._buckets) >= self.max_clients:
                    self._forget_idle(now, rate)
                bucket = self._buckets[client] = _Bucket(float(self.burst), now)
            bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return 0.0
            return (1.0 - bucket.tokens) / rate if rate > 0 else math.inf

    def _forget_idle(self, now: float, rate: float) -> None:
        # Clients whose bucket has refilled are indistinguishable from new ones.
        full_after = self.burst / rate if rate > 0 else math.inf
        for key in [k for k, b in self._buckets.items() if now - b.updated >= full_after]:
            del self._buckets[key]
        if len(self._buckets) >= self.max_clients:
            self._buckets.clear()


class RateLimitMiddleware:
    """429 with ``Retry-After`` when one client sends too many POSTs (reading is CPU work)."""

    def __init__(self, app: ASGIApp, limiter: TokenBucket) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in UNSAFE_METHODS:
            client = scope.get("client")
            wait = self.limiter.take(client[0] if client else "unknown")
            if wait > 0:
                seconds = max(1, math.ceil(min(wait, 3600)))
                detail = f"too many requests; try again in {seconds} s"
                await refuse(scope, send, 429, detail, "error.too_many", {"retry-after": str(seconds)})
                return
        await self.app(scope, receive, send)


class OriginCheckMiddleware:
    """Refuse cross-site writes: a browser's ``Origin`` or ``Sec-Fetch-Site`` must say same-origin.

    Together with SameSite cookies and the form's double-submit token this makes forms
    CSRF-safe; API clients (curl, scripts) send neither header and are not affected.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in UNSAFE_METHODS and not _same_origin(scope):
            await refuse(scope, send, 403, "cross-site requests may not change anything here", "error.csrf")
            return
        await self.app(scope, receive, send)


def _same_origin(scope: Scope) -> bool:
    fetch_site = _header(scope, b"sec-fetch-site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return False
    origin = _header(scope, b"origin")
    if origin is None:
        return True
    if origin == "null":
        return False
    host = _header(scope, b"host")
    return host is not None and urlsplit(origin).netloc.lower() == host.lower()


class SecurityHeadersMiddleware:
    """Content-Security-Policy and friends on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope.get("path", "").startswith("/docs/swagger")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = {
                    b"content-security-policy": (_CSP_DOCS if docs else _CSP_APP).encode(),
                    b"x-content-type-options": b"nosniff",
                    b"x-frame-options": b"DENY",
                    b"referrer-policy": b"same-origin",
                }
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(cookie: str | None, submitted: str | None) -> bool:
    """Double-submit check: the form's hidden token must equal the cookie's."""
    if not cookie or not submitted:
        return False
    return hmac.compare_digest(cookie.encode(), submitted.encode())


def token_ok(expected: str | None, authorization: str | None) -> bool:
    """True when no token is configured, or ``Authorization: Bearer <token>`` matches it."""
    if not expected:
        return True
    if not authorization:
        return False
    scheme, _, value = authorization.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), expected.encode())
