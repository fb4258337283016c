"""A public server stays safe: size limits, escaping, rate limits, CSRF, read-only, API token."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from filmkritik.kb import KnowledgeBase, ReviewHints
from filmkritik.web import create_app
from filmkritik.web.security import TokenBucket
from web_support import csrf_of, hand_record

PAYLOAD = '<script>alert("owned")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def client(kb: KnowledgeBase) -> Iterator[TestClient]:
    with TestClient(create_app(kb=kb), headers={"accept-language": "en"}) as client:
        yield client


def test_a_30_mb_body_is_refused_with_413(client: TestClient) -> None:
    big = b'{"text": "' + b"a" * (30 * 1024 * 1024) + b'"}'
    response = client.post("/api/read", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]


def test_a_chunked_body_is_counted_too(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(30):
            yield b"a" * (1024 * 1024)
        yield b'"}'

    response = client.post("/api/reviews", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_a_lying_content_length_is_a_client_error(client: TestClient) -> None:
    response = client.post(
        "/api/read", content=b"{}", headers={"content-type": "application/json", "content-length": "x"}
    )
    assert 400 <= response.status_code < 500


def test_a_stored_script_is_shown_as_text_everywhere(client: TestClient, kb: KnowledgeBase) -> None:
    title = "Der Film<script>alert(1)</script>"
    text = f"„{title}“ ist der zweite Film von Aksel Birkeland. {PAYLOAD}\n\nBewertung: 4 von 5 Sternen"
    result = kb.add_record(
        hand_record(title=title, text=text), ReviewHints(film=title, critic=PAYLOAD, outlet="<b>bold</b>")
    )
    pages = [
        client.get(f"/reviews/{result.review_id}").text,
        client.get(f"/films/{result.film_id}").text,
        client.get("/").text,
        client.get("/", params={"q": "<script>alert(1)</script>"}).text,
    ]
    for page in pages:
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0]
    # The film page's embedded JSON-LD cannot close its script element either.
    assert "\\u003cscript\\u003e" in pages[1]


def test_pages_send_a_content_security_policy(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_posts_are_rate_limited_per_client(kb: KnowledgeBase) -> None:
    with TestClient(create_app(kb=kb, posts_per_minute=1, post_burst=3)) as client:
        codes = [client.post("/api/read", json={"text": "Ein Film. Gut."}).status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200]
        assert codes[3] == 429
        refused = client.post("/api/read", json={"text": "Ein Film."})
        assert int(refused.headers["retry-after"]) >= 1
        assert client.get("/").status_code == 200  # reading pages is not limited


def test_token_bucket_refills_over_time() -> None:
    now = [0.0]
    bucket = TokenBucket(per_minute=60, burst=2, clock=lambda: now[0])
    assert bucket.take("a") == 0 and bucket.take("a") == 0
    assert bucket.take("a") == pytest.approx(1.0)
    assert bucket.take("b") == 0  # another client has its own bucket
    now[0] = 1.0
    assert bucket.take("a") == 0


def test_forms_need_the_csrf_token(client: TestClient, kb: KnowledgeBase) -> None:
    csrf_of(client)
    for url in ("/read", "/reviews"):
        missing = client.post(url, data={"text": "Ein Film."})
        assert missing.status_code == 403
        wrong = client.post(url, data={"text": "Ein Film.", "csrf": "forged"})
        assert wrong.status_code == 403
        assert "expired or came from another site" in wrong.text
    assert kb.count_reviews() == 0


def test_cross_site_posts_are_refused(client: TestClient, kb: KnowledgeBase) -> None:
    token = csrf_of(client)
    evil = client.post(
        "/reviews", data={"text": "Ein Film.", "csrf": token}, headers={"origin": "https://evil.example"}
    )
    assert evil.status_code == 403
    sneaky = client.post("/api/reviews", json={"text": "Ein Film."}, headers={"sec-fetch-site": "cross-site"})
    assert sneaky.status_code == 403
    same = client.post("/read", data={"text": "Ein Film.", "csrf": token}, headers={"origin": "http://testserver"})
    assert same.status_code == 200
    assert kb.count_reviews() == 0


def test_read_only_refuses_every_write(kb: KnowledgeBase) -> None:
    with TestClient(create_app(kb=kb, read_only=True), headers={"accept-language": "en"}) as client:
        assert client.post("/api/reviews", json={"text": "Ein Film. Gut."}).status_code == 403
        token = csrf_of(client)
        form = client.post("/reviews", data={"text": "Ein Film. Gut.", "csrf": token})
        assert form.status_code == 403
        assert "read-only" in form.text
        # Reading stays open, and the paste page offers no store button.
        assert client.post("/api/read", json={"text": "Ein Film. Gut."}).status_code == 200
        page = client.post("/read", data={"text": "Ein Film. Gut.", "csrf": token}).text
        assert 'action="/reviews"' not in page
        assert "read-only" in page
    assert kb.count_reviews() == 0


def test_writes_need_the_api_token_when_one_is_set(kb: KnowledgeBase) -> None:
    with TestClient(create_app(kb=kb, api_token="s3cret"), headers={"accept-language": "en"}) as client:
        body = {"text": "„Der Leuchtturmwärter“ ist ein schöner Film. Bewertung: 4 von 5 Sternen"}
        missing = client.post("/api/reviews", json=body)
        assert missing.status_code == 401
        assert missing.headers["www-authenticate"] == "Bearer"
        assert client.post("/api/reviews", json=body, headers={"authorization": "Bearer wrong"}).status_code == 401
        ok = client.post("/api/reviews", json=body, headers={"authorization": "Bearer s3cret"})
        assert ok.status_code == 201
        token = csrf_of(client)
        assert client.post("/reviews", data={"text": "Ein anderer Film.", "csrf": token}).status_code == 401
        stored = client.post(
            "/reviews", data={"text": "Ein anderer Film.", "csrf": token, "token": "s3cret"}, follow_redirects=False
        )
        assert stored.status_code == 303
        assert 'name="token"' in client.post("/read", data={"text": "Ein Film.", "csrf": token}).text
    assert kb.count_reviews() == 2


def test_a_crash_is_a_plain_500_without_a_traceback(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr("filmkritik.web.api.read_input", broken)
    with TestClient(create_app(kb=kb), raise_server_exceptions=False) as client:
        response = client.post("/api/read", json={"text": "Ein Film."})
    assert response.status_code == 500
    assert "please report" in response.json()["detail"]
    assert "secret internals" not in response.text


def test_cookies_are_secure_over_https(kb: KnowledgeBase) -> None:
    with TestClient(create_app(kb=kb), base_url="https://films.example") as client:
        cookie = client.get("/read?lang=en").headers.get_list("set-cookie")
    assert all("secure" in c.lower() for c in cookie)
    assert any(c.startswith("fk_csrf=") and "samesite=strict" in c.lower() and "httponly" in c.lower() for c in cookie)


def test_a_browser_gets_a_page_not_json_when_refused(client: TestClient) -> None:
    token = csrf_of(client)
    form = {"text": "a" * (6 * 1024 * 1024), "csrf": token}
    headers = {"accept": "text/html,application/xhtml+xml", "accept-language": "de-DE"}
    response = client.post("/read", data=form, headers=headers)
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert "Der Text ist zu groß." in response.text
    evil = client.post(
        "/read", data={"text": "x", "csrf": token}, headers={**headers, "origin": "https://evil.example"}
    )
    assert evil.status_code == 403
    assert "kam von einer anderen Seite" in evil.text
