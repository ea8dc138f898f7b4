"""The web UI in a real browser: `whosaid serve` started as a person starts it, Debian's Chromium
driven by Playwright. Screenshots go to out/screenshots/ (ignored by git) for a person to look at.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "out" / "screenshots"
WHOSAID = str(Path(sys.executable).with_name("whosaid"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`whosaid serve` in a child process on a free loopback port, until the test module ends."""

    def __init__(self, *args: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = (SHOTS.parent / f"serve-{self.port}.log").open("wb")
        self.process = subprocess.Popen([WHOSAID, "serve", "--port", str(self.port), *args],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"whosaid serve exited with {self.process.returncode}: "
                                   f"see {self.log.name}")
            try:
                urllib.request.urlopen(self.url + "/", timeout=2)
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"whosaid serve did not answer on {self.url} in 240 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (scripts/setup-dev installs Debian's chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ru-RU")
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


@pytest.fixture(scope="module")
def server():
    SHOTS.mkdir(parents=True, exist_ok=True)
    server = Server()
    yield server
    server.stop()


def shoot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_pasting_the_sample_shows_its_article_view(server, page):
    page.goto(server.url + "/")
    page.fill("#text", SAMPLE.read_text(encoding="utf-8"))
    page.fill("#source", "Sputnik")
    page.click("#analyse")
    page.wait_for_selector("#article-text")
    shoot(page, "pasted-sample")
    assert page.inner_text("h1.title") == "Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ"
    assert page.inner_text("#article-text .dateline") == "МИНСК, 11 янв – Sputnik."
    assert page.locator("#article-text time").count() == 4
    boilerplate = page.locator("details.boilerplate").first
    assert boilerplate.get_attribute("open") is not None
    page.click("#toggle-boilerplate")
    assert page.locator("details.boilerplate[open]").count() == 0
    assert not page.locator("details.boilerplate .bp").first.is_visible()


XSS_ARTICLE = """Срочно <script>window.__xss = "title"</script> новости

МОСКВА, 5 мая – РИА Новости. Министр заявил: "<img src=x onerror="window.__xss='img'">" и добавил
" onmouseover="window.__xss='attr'" data-x=" что всё <b>под контролем</b> & <a href="javascript:window.__xss='href'">здесь</a>.
<svg onload="window.__xss='svg'"></svg><iframe src="javascript:window.__xss='iframe'"></iframe>
"""


def test_article_text_never_executes_in_the_browser(server, page):
    page.goto(server.url + "/")
    page.fill("#text", XSS_ARTICLE)
    page.click("#analyse")
    page.wait_for_selector("#article-text")
    text = page.locator("#article-text")
    for element in ("script", "img", "b", "a[href^=javascript]", "svg", "iframe"):
        assert text.locator(element).count() == 0, element
    assert page.locator("[onerror], [onmouseover], [onload], [data-x]").count() == 0
    text.hover()
    page.mouse.wheel(0, 400)
    shoot(page, "xss-article")
    assert '<script>window.__xss = "title"</script>' in page.inner_text("h1.title")
    assert "<img src=x onerror=" in text.inner_text()
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
