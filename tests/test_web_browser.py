"""The dashboard in a real headless Chromium: filter a dyad, open an event, read its evidence."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from store_corpus import corpus, dawn_article

from eventwire.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="/usr/bin/chromium missing: apt-get install chromium (make browser)"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    import uvicorn

    from eventwire.api.app import create_app

    db = tmp_path_factory.mktemp("web") / "eventwire.db"
    with open_store(db) as store:
        for coded in corpus():
            store.save(coded)
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.errors = errors
    opened.dialogs = dialogs
    yield opened
    context.close()
    assert errors == []


def test_filter_by_dyad_open_event_and_find_its_evidence(page, server):
    page.goto(server + "/")
    page.wait_for_selector("#events-table tbody tr")
    assert page.locator("#events-table tbody tr").count() == 9
    page.fill("input[name=dyad]", "PAKMIL,IRNGOV")
    page.click("#apply")
    from playwright.sync_api import expect

    # the page's CSP forbids eval, so wait with a locator rather than wait_for_function
    expect(page.locator("#events-table tbody tr")).to_have_count(3)
    codes = page.locator("#events-table tbody tr td:nth-child(2) .code").all_inner_texts()
    assert codes == ["PAKMIL", "PAKMIL", "PAKMIL"]
    assert "dyad=PAKMIL%2CIRNGOV" in page.url or "dyad=PAKMIL,IRNGOV" in page.url

    expected = next(e for e in dawn_article().events if e.event_id == "dawn-bajwa-iran-e2")
    page.click("tr[data-event-id='dawn-bajwa-iran-e2']")
    page.wait_for_selector("#article-text .hl-sentence")
    evidence = "".join(page.locator("#article-text .hl-sentence").all_text_contents())
    assert " ".join(evidence.split()) == " ".join(expected.sentence.split())
    assert page.locator("#article-text .hl-trigger").all_text_contents() == ["met"]
    targets = page.locator("#article-text .hl-target").all_text_contents()
    assert "President Hassan Rouhani" in targets
    assert page.locator("#article-title").inner_text().startswith("Army chief, Iranian leaders")
    assert "042" in page.locator("#event-card").inner_text()


def test_article_markup_is_shown_as_text_and_never_runs(page, server):
    page.goto(server + "/#/events?article=hostile-markup&event=hostile-markup-e1")
    page.wait_for_selector("#article-text .hl-sentence")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__xss = 1;</script>" in text
    assert 'onerror="window.__xss = 2"' in text
    assert page.locator("#reader img, #reader script").count() == 0
    assert page.locator("#article-title").inner_text() == 'Tehran <img src=x onerror="alert(1)">'
    page.goto(server + "/#/events")
    page.wait_for_selector("tr[data-event-id='hostile-markup-e1']")
    assert page.evaluate("window.__xss") is None
    assert page.locator("#view img").count() == 0


def test_other_views_render_from_the_api(page, server):
    page.goto(server + "/#/timeline?dyad=PAK,IRN&interval=month")
    page.wait_for_selector("#timeline-chart rect.bar")
    assert page.locator("#timeline-table tbody tr").count() == 3
    page.goto(server + "/#/network")
    page.wait_for_selector("#network-chart .node")
    assert page.locator("#network-chart .node").count() == 8
    page.goto(server + "/#/map")
    page.wait_for_selector("#map-chart circle.place")
    assert page.locator("#map-chart circle.place").count() == 2
    page.goto(server + "/#/search?q=pipeline")
    page.wait_for_selector("#search-results .hit")
    assert "Army chief" in page.locator("#search-results .hit h3").first.inner_text()
    page.goto(server + "/#/events?type=HUG")
    page.wait_for_selector("#filter-error:not(:empty)")
    assert "unknown PLOVER type" in page.locator("#filter-error").inner_text()
