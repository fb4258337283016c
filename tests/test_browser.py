"""End to end in a real browser: paste a review, see its facts, click one, store it, open the film.

Drives Debian's Chromium through Playwright (``apt-get install chromium``); Playwright's own
browser download is not used. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from web_support import FIXTURES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("FILMKRITIK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FILM = "Die Uhrmacherin von Sankt Ansgar"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app under uvicorn in a background thread, on a fresh SQLite knowledge base."""
    import uvicorn

    from filmkritik.web import create_app

    db = tmp_path_factory.mktemp("browser") / "kb.db"
    port = free_port()
    app = create_app(f"sqlite:///{db}")
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    seed_other_reviews(base)
    yield base
    server.should_exit = True
    thread.join(timeout=10)


def seed_other_reviews(base: str) -> None:
    """Four more critics' reviews of the same film, so its page has a score and a plot."""
    text = (FIXTURES / "review-de.txt").read_text(encoding="utf-8")
    for i, rating in enumerate(["3/5", "4.5/5", "2/5", "5/5"]):
        response = httpx.post(
            f"{base}/api/reviews",
            json={"text": f"{text}\n\nKritik {i}.", "hints": {"film": FILM, "critic": f"Kritik {i}", "rating": rating}},
            timeout=30,
        )
        assert response.status_code == 201, response.text


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium, or set FILMKRITIK_CHROMIUM)")
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install '.[dev]')"
    )
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def shot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_paste_click_store_and_follow_to_the_film(server: str, browser: object) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(f"{server}/read")
    expect(page.locator("h1")).to_have_text("Paste a review")
    review = (FIXTURES / "review-de.txt").read_text(encoding="utf-8")
    page.fill("textarea#text", review)
    page.click("form.paste button[type=submit]")

    # The record with highlighted facts.
    expect(page.locator("#facts-h")).to_have_text("Facts found")
    marks = page.locator(".review-text mark.f")
    expect(marks.first).to_be_visible()
    assert marks.count() >= 1
    assert "Uhrmacherin" in page.inner_text(".review-text")
    shot(page, "01-paste-result")

    # Click a fact: its evidence and its sentence light up.
    fact = page.locator("a.fact[data-fact]").first
    fact_id = fact.get_attribute("data-fact")
    fact.click()
    current = page.locator(".review-text .s.current")
    expect(current.first).to_be_visible()
    active = page.locator(".review-text mark.active")
    assert active.count() >= 1
    assert all(fact_id in (m.get_attribute("data-facts") or "").split() for m in active.all())
    assert active.first.inner_text().strip() in current.first.inner_text()
    shot(page, "02-fact-clicked")

    # Store it (with the film title as a hint) and land on the film page.
    page.fill("form.store input[name=film]", FILM)
    page.fill("form.store input[name=critic]", "Browser Test")
    page.click("form.store button[type=submit]")
    expect(page).to_have_url(re.compile(r"/films/\d+#review-\d+$"))
    expect(page.locator("h1")).to_contain_text(FILM)
    expect(page.locator(".score-box .badge")).to_be_visible()
    expect(page.locator("svg.plot")).to_be_visible()
    expect(page.locator(".review-item")).to_have_count(5)
    expect(page.locator(".review-item:target")).to_contain_text("Browser Test")
    shot(page, "03-film-page")

    # From the film page to the stored review, with its facts highlighted again.
    page.locator(".review-item:target a", has_text="Read the review").click()
    expect(page).to_have_url(re.compile(r"/reviews/\d+$"))
    expect(page.locator(".review-text mark.f").first).to_be_visible()
    shot(page, "04-review-page")

    # Home lists the film; the language switch turns the UI German and stays German.
    page.goto(server)
    expect(page.locator(".film-card")).to_contain_text(FILM)
    page.click("a.lang")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("h1")).to_have_text("Zuletzt besprochen")
    shot(page, "05-home-german")
    page.click("text=Kritik einfügen")
    expect(page.locator("h1")).to_have_text("Kritik einfügen")
    assert errors == []
    context.close()


def test_fact_links_work_without_javascript(server: str, browser: object) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(java_script_enabled=False, locale="en-US")  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{server}/")
    page.locator(".film-card a").first.click()
    page.locator("a", has_text="Read the review").first.click()
    link = page.locator("a.fact[href^='#s']").first
    target = link.get_attribute("href")
    assert target
    link.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    expect(page.locator(f".review-text {target}")).to_be_visible()
    shot(page, "06-no-javascript")
    context.close()


def test_api_reference_works_offline(server: str, browser: object) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(locale="en-US")  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{server}/")
    page.click("header nav >> text=API")
    expect(page).to_have_url(f"{server}/docs")
    for path in ("/api/read", "/api/reviews", "/api/films", "/api/films/{film_id}", "/api/films/{film_id}/jsonld"):
        expect(page.locator("section.api-op h2", has_text=path).first).to_be_visible()
    shot(page, "07-api-docs")
    response = page.goto(f"{server}/openapi.json")
    assert response is not None and response.status == 200
    context.close()
