"""End to end in headless Chromium (the Debian package, no browser download): read, search, follow links.

Screenshots go to test-artifacts/ (gitignored).  Skips cleanly without Chromium or Playwright.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from marsad.store.keys import entity_id, entity_key

pytestmark = pytest.mark.slow
sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SHOUKRY = entity_id(entity_key("PER", "سامح شكري", "Sameh Shoukry"))


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed (scripts/system-deps.sh installs it)")
    with sync_api.sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"])
        except Exception as exc:  # noqa: BLE001 - a broken local browser is a skip, not a failure
            pytest.skip(f"cannot start chromium: {exc}")
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(base_url=live_server, locale="ar")
    outside: list[str] = []
    context.route("**/*", lambda route: (route.continue_() if route.request.url.startswith(live_server)
                                         else (outside.append(route.request.url), route.abort())))
    p = context.new_page()
    dialogs: list[str] = []
    p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield p
    assert not outside, f"page requested other hosts: {outside}"
    assert not dialogs, f"a script from article text ran: {dialogs}"
    context.close()


def test_article_page_shows_highlights(page) -> None:
    page.goto("/article/t-cairo")
    assert page.locator("html").get_attribute("dir") == "rtl"
    person = page.locator("#article-text span.ent-PER").first
    assert person.inner_text() == "سامح شكري"
    assert page.locator("#article-text span.trigger").count() == 2
    assert page.locator("#panel-entities li").count() == 4
    assert "Sameh Shoukry" in page.locator("#panel-quotes").inner_text()
    font = page.locator("#article-text").evaluate("el => getComputedStyle(el).direction")
    assert font == "rtl"
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)


def test_search_with_a_clitic_form_then_open_article_and_entity(page) -> None:
    page.goto("/")
    page.fill("header input[name=q]", "بسوريا")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    hits = page.locator(".hit h3 a")
    titles = hits.all_inner_texts()
    assert "قصف قرب مطار دمشق" in titles
    assert page.locator(".hit mark").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    page.click("text=قصف قرب مطار دمشق")
    page.wait_for_url("**/article/t-damascus")
    page.click("#article-text span.ent-PER a")
    page.wait_for_url(f"**/entity/{SHOUKRY}")
    assert page.locator("svg.network circle").count() >= 2
    assert "مصر لن تقبل" in page.locator("#entity-quotes").inner_text()
    page.screenshot(path=str(ARTIFACTS / "entity.png"), full_page=True)


def test_script_in_an_article_does_not_run(page) -> None:
    page.goto("/article/xss-1")
    assert '<script>alert("marsad-xss")</script>' in page.locator("#article-text").inner_text()
    page.goto("/events")
    assert page.locator("svg.timeline rect").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "events.png"), full_page=True)
