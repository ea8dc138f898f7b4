"""The web UI in a real browser: `whosaid serve` started as a person starts it, Debian's Chromium
driven by Playwright. Screenshots go to out/screenshots/ (ignored by git) for a person to look at.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import syndicated
from annotated import annotated_sample, fill_store, hostile_article
from conftest import ROOT, SAMPLE
from test_web_charts import crowded_events, crowded_network, crowded_timeline, drawn, undated_event

from whosaid.store import Store
from whosaid.web.charts import events_timeline, network_graph, statements_by_month

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
def server(tmp_path_factory):
    """`whosaid serve` over a store holding the sample, a second article and a hostile one."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    db = tmp_path_factory.mktemp("store") / "whosaid.db"
    fill_store(str(db))
    server = Server("--db", str(db))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def readme_server(tmp_path_factory):
    """The README's path: `whosaid ingest` the sample into a new store, then `whosaid serve` it."""
    db = tmp_path_factory.mktemp("readme") / "whosaid.db"
    ingest = subprocess.run([WHOSAID, "ingest", str(SAMPLE), "--db", str(db)], capture_output=True, text=True,
                            timeout=600)
    assert ingest.returncode == 0, ingest.stderr
    server = Server("--db", str(db))
    yield server
    server.stop()


# The article's own text in an element, without the speaker labels the view puts before statements.
ARTICLE_TEXT = "e => { const c = e.cloneNode(true); c.querySelectorAll('.who').forEach(w => w.remove()); " \
               "return c.textContent; }"


def shoot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_pasting_the_sample_shows_its_article_view(server, page):
    page.goto(server.url + "/")
    page.fill("#text", SAMPLE.read_text(encoding="utf-8"))
    page.fill("#source", "Sputnik")
    page.click("#analyse")
    page.wait_for_selector("#article-text")
    shoot(page, "pasted-sample")
    title = page.locator("h1.title").evaluate(ARTICLE_TEXT)
    assert title == "Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ"
    assert page.locator("#article-text .dateline").evaluate(ARTICLE_TEXT) == "МИНСК, 11 янв – Sputnik."
    assert page.locator("#article-text time").count() == 4
    boilerplate = page.locator("details.boilerplate").first
    assert boilerplate.get_attribute("open") is not None
    page.click("#toggle-boilerplate")
    assert page.locator("details.boilerplate[open]").count() == 0
    assert not page.locator("details.boilerplate .bp").first.is_visible()


def test_the_pipelines_statements_on_the_sample_are_all_highlighted_and_attributed(readme_server, page):
    """What the extraction stages find on the sample, drawn: every statement, whoever they found said it."""
    with urllib.request.urlopen(readme_server.url + "/api/articles/" + SAMPLE.stem, timeout=30) as response:
        record = json.load(response)
    page.goto(readme_server.url + "/articles/" + SAMPLE.stem)
    page.wait_for_selector("#article-text")
    shoot(page, "sample-pipeline")
    assert record["quotes"], "the pipeline found no statement in the sample"
    for index, quote in enumerate(record["quotes"]):
        highlight = page.locator(f'#article-text .quote[data-quote="{index}"]')
        assert "".join(highlight.all_inner_texts()) == quote["content"]["text"]
        assert page.inner_text(f'#q-{quote["content"]["start"]}') == quote["speaker"]["name"]
    zakharova = page.locator('#article-text .quote[data-speaker="Мария Захарова"]')
    assert zakharova.count() >= 2
    assert len(set(zakharova.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)"))) == 1
    side = page.locator('.side .speaker-group[data-speaker="Мария Захарова"] .statement')
    assert side.count() == zakharova.count()


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


def test_the_samples_view_shows_every_statement_highlighted_and_attributed(server, page):
    record = annotated_sample(SAMPLE.read_text(encoding="utf-8"))
    page.goto(server.url + "/articles")
    page.click("text=Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ")
    page.wait_for_selector("#article-text")
    shoot(page, "sample-from-store")
    for index, quote in enumerate(record.quotes):
        highlight = page.locator(f'#article-text .quote[data-quote="{index}"]')
        assert highlight.inner_text() == quote.content.text
        assert highlight.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
        label = page.locator(f"#q-{quote.content.start}")
        assert label.inner_text() == quote.speaker.name
        assert page.locator(f'#article-text .cue[data-quote="{index}"]').inner_text() == quote.cue.text
    zakharova = page.locator('#article-text .quote[data-speaker="Мария Захарова"]')
    assert zakharova.count() == 5
    colours = set(zakharova.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)"))
    others = page.locator('#article-text .quote:not([data-speaker="Мария Захарова"])')
    assert len(colours) == 1
    assert not colours & set(others.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)"))
    page.hover('.side .statement[data-quote="3"]')
    assert "hot" in page.locator('#article-text .quote[data-quote="3"]').get_attribute("class")
    page.click('.side .speaker-group[data-speaker="Мария Захарова"] h3 a')
    page.wait_for_selector("#speaker-name")
    assert page.inner_text("#speaker-name").startswith("Мария Захарова")


def test_a_search_finds_statements_and_leads_into_the_text(server, page):
    page.goto(server.url + "/search")
    page.fill("#f-q", "гарантиям безопасности")
    page.fill("#f-speaker", "Захаровой")
    page.click("#search")
    page.wait_for_selector("#results .hit")
    shoot(page, "search")
    hits = page.locator("#results .hit blockquote").all_inner_texts()
    assert hits and all("гаранти" in hit for hit in hits)
    assert set(page.locator("#results .hit-speaker").all_inner_texts()) == {"Мария Захарова"}
    page.locator("#results .hit-article").first.click()
    page.wait_for_selector("#article-text")
    target = page.evaluate("location.hash")
    assert target.startswith("#q-")
    assert page.locator(target).inner_text() == "Мария Захарова"


def test_a_speaker_page_shows_roles_statements_over_time_and_whom_they_speak_about(server, page):
    page.goto(server.url + "/speakers")
    page.click("#speakers >> text=Мария Захарова")
    page.wait_for_selector("#timeline-chart svg")
    shoot(page, "speaker")
    bars = page.locator("#timeline-chart rect.bar")
    assert [bars.nth(i).get_attribute("data-month") for i in range(bars.count())] == ["2022-01", "2022-02"]
    heights = [float(bars.nth(i).get_attribute("height")) for i in range(2)]
    assert heights[0] > heights[1] > 0  # 5 statements, then 3
    assert "официальный представитель" in page.inner_text("#roles")
    assert set(page.locator("#about a").all_inner_texts()) == {"НАТО", "Украина", "Вашингтон"}
    assert page.locator("#statements .hit").count() == 8


def test_the_events_timeline_and_the_network(server, page):
    page.goto(server.url + "/events")
    page.wait_for_selector("#events-chart svg")
    shoot(page, "events")
    assert page.locator("#events-chart .event-mark").count() == 2
    page.locator("#events-chart .event-mark circle").first.click()
    page.wait_for_selector("#article-text")
    assert page.evaluate("location.hash").startswith("#ev-")
    page.goto(server.url + "/network")
    page.wait_for_selector("#network-chart svg")
    shoot(page, "network")
    assert page.locator("#network-chart .edge").count() == 3
    assert "Мария Захарова" in page.locator("#network-chart .node text").all_text_contents()


def test_a_stored_hostile_article_never_executes(server, page):
    hostile = hostile_article()
    page.goto(server.url + "/articles")
    page.locator("#articles a", has_text="Заголовок <script>").click()
    page.wait_for_selector("#article-text")
    page.hover("#article-text .quote")
    page.hover(".side .entity")
    shoot(page, "hostile-from-store")
    assert page.locator("#article-text .quote").inner_text() == hostile.quotes[0].content.text
    assert page.inner_text("#article-text .who") == hostile.quotes[0].speaker.name
    for url in ("/search?q=министр", "/speakers", "/network", "/api/articles/" + hostile.id.replace('"', "%22")):
        page.goto(server.url + url)
        page.mouse.move(300, 300)
    assert page.locator("script:not([src])").count() == 0
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []


def test_every_page_and_the_api_docs_load_nothing_from_outside(server, page):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in ("/", "/articles", "/search?q=переговоры", "/speakers", "/speakers/Захарова", "/events",
                 "/network", "/articles/" + SAMPLE.stem):
        page.goto(server.url + path)
    page.goto(server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    shoot(page, "api-docs")
    assert "whosaid" in page.inner_text(".swagger-ui .title")
    assert "/api/extract" in page.inner_text(".swagger-ui")
    outside = [url for url in requested if not url.startswith((server.url, "data:"))]
    assert not outside


# Every page a person reads, as it is opened: the article view, and search with results.
LAYOUT_PAGES = {"home": "/", "article": "/articles/" + SAMPLE.stem, "search": "/search?q=гарантиям+безопасности",
                "speakers": "/speakers", "speaker": "/speakers/Захарова", "events": "/events", "network": "/network"}

# What reaches past the right edge of the window, innermost first, to say what overflows.
OVERFLOWING = """() => {
  const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > innerWidth + 1);
  return wide.filter(e => !wide.some(inner => inner !== e && e.contains(inner))).slice(0, 12)
             .map(e => e.outerHTML.slice(0, 80) + ' ends at ' + Math.round(e.getBoundingClientRect().right));
}"""

# The labels of each chart as the browser draws them: any that leaves the drawing or meets another.
CHART_LABEL_FAULTS = """() => [...document.querySelectorAll('.chart svg')].flatMap(svg => {
  const view = svg.viewBox.baseVal, faults = [];
  const boxes = [...svg.querySelectorAll('text')].map(t => [t.firstChild.textContent, t.getBBox()]);
  boxes.forEach(([text, b], i) => {
    if (b.x < view.x || b.y < view.y || b.x + b.width > view.x + view.width || b.y + b.height > view.y + view.height)
      faults.push(text + ' leaves the drawing');
    boxes.slice(i + 1).forEach(([other, o]) => {
      if (b.x < o.x + o.width && o.x < b.x + b.width && b.y < o.y + o.height && o.y < b.y + b.height)
        faults.push(text + ' meets ' + other);
    });
  });
  return faults;
})"""


@pytest.mark.parametrize("width", [400, 1400])
@pytest.mark.parametrize("name", LAYOUT_PAGES)
def test_no_page_runs_off_the_right_edge_and_no_chart_label_meets_another(server, browser, name, width):
    """A phone's 400 px and a desktop's 1400 px: the page never scrolls sideways (a table or a chart may,
    within its box), and the labels the server placed are where it placed them once a browser draws them."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="ru-RU")
    page = context.new_page()
    page.goto(server.url + LAYOUT_PAGES[name])
    shoot(page, f"{name}-{width}")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    wide = page.evaluate(OVERFLOWING) if overflow > 0 else []
    faults = page.evaluate(CHART_LABEL_FAULTS)
    context.close()
    assert overflow <= 0, f"the page is {overflow} px wider than the window: {wide}"
    assert not faults


# Each label's box as drawn, in the chart's own units.
DRAWN_LABELS = "() => [...document.querySelectorAll('.chart text')].map(t => { const b = t.getBBox(); " \
               "return [b.x, b.y, b.x + b.width, b.y + b.height]; })"


@pytest.mark.parametrize("name", ["months", "events", "network", "months-undated", "events-undated"])
def test_crowded_charts_keep_their_labels_apart_once_drawn(server, page, name):
    """The server places labels from its estimate of text width; in the browser, on crowded inputs, each
    label lies within the box estimated for it, inside its chart and clear of the others."""
    svg = {"months": lambda: statements_by_month(crowded_timeline(), "statements by month"),
           "events": lambda: events_timeline(crowded_events()),
           "network": lambda: network_graph(crowded_network(50, 150)),
           "months-undated": lambda: statements_by_month(crowded_timeline(), "statements by month", undated=12345),
           "events-undated": lambda: events_timeline(crowded_events() + [undated_event(None)] * 9)}[name]()
    page.goto(server.url + "/docs")  # any page of the server, for its stylesheet and its fonts
    page.set_content(f'<link rel="stylesheet" href="{server.url}/static/style.css"><div class="chart">{svg}</div>')
    shoot(page, f"crowded-{name}")
    assert page.evaluate(CHART_LABEL_FAULTS) == []
    _, estimated, _ = drawn(svg)
    for (text, box), (left, top, right, bottom) in zip(estimated, page.evaluate(DRAWN_LABELS), strict=True):
        slack = 0.5 + 0.01 * (box.right - box.left)  # a scaled chart lays its text out a little off
        assert box.left - slack <= left and right <= box.right + slack, f"{text!r} is wider than estimated"
        assert box.top - 0.5 <= top and bottom <= box.bottom + 0.5, f"{text!r} is taller than estimated"


LONG_WORDS_ARTICLE = """МОСКВА, 5 мая – РИА Новости. Министр заявил: «Всё под контролем», сообщает
https://example.org/novosti/2022/05/05/ministr-zayavil-chto-vsyo-pod-kontrolem-i-nikakih-izmeneniy-ne-budet-1234567890
и добавил, что Южно-Сахалинскоавтотрансэкспедиционноремонтноснабженческое объединение работает.
"""


def test_an_article_with_a_long_url_reflows_on_a_phone(server, browser):
    context = browser.new_context(viewport={"width": 400, "height": 900}, locale="ru-RU")
    page = context.new_page()
    page.goto(server.url + "/")
    page.fill("#text", LONG_WORDS_ARTICLE)
    page.fill("#url", "https://example.org/novosti/2022/05/05/ministr-zayavil-chto-vsyo-pod-kontrolem")
    page.click("#analyse")
    page.wait_for_selector("#article-text")
    shoot(page, "long-words-400")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    text_fits = page.locator("#article-text").evaluate(
        "e => e.getBoundingClientRect().right <= innerWidth && e.scrollWidth <= e.clientWidth")
    context.close()
    assert overflow <= 0 and text_fits


@pytest.fixture(scope="module")
def trace_server(tmp_path_factory):
    """`whosaid serve` over a store holding one statement reported by five outlets (`syndicated`)."""
    db = tmp_path_factory.mktemp("trace") / "whosaid.db"
    with Store.open(str(db)) as store:
        store.ingest(syndicated.reports())
    server = Server("--db", str(db))
    yield server
    server.stop()


def test_a_trace_page_shows_the_reports_side_by_side_with_the_changed_word_highlighted(trace_server, page):
    page.goto(trace_server.url + "/search?q=диалог")
    page.wait_for_selector("#results .hit")
    page.click("#results .hit-trace")
    page.wait_for_selector("#variants")
    shoot(page, "trace")
    variants = page.locator("#variants .variant")
    assert variants.count() == 5
    assert page.locator("#variants .variant.earliest .outlet").inner_text() == "РИА Новости"
    assert page.evaluate("location.hash") == "#" + page.locator('#variants .variant[data-form="altered"]').get_attribute("id")
    altered = page.locator('#variants .variant[data-form="altered"] blockquote')
    assert altered.locator("ins").inner_text() == "диалог"
    assert altered.locator("del").inner_text() == "переговоры"
    for changed in ("ins", "del"):
        colour = altered.locator(changed).evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), changed
    assert page.locator('#variants .variant:not([data-form="altered"]) :is(ins, del)').count() == 0
    tops = variants.evaluate_all("els => els.map(e => Math.round(e.getBoundingClientRect().top))")
    assert tops[0] == tops[1], "the reports are not side by side"
