"""URLs fetched from a local HTTP server on 127.0.0.1 (tests never touch the internet): robots.txt,
redirects, the size cap, timeouts, retries, the per-host delay, feeds and their linked pages."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import FIXTURES, SAMPLE, html_page
from test_cli import run
from test_feeds import rss

from whosaid.process import process
from whosaid.read import ReadOptions, Source, read_inputs
from whosaid.read.urls import FetchPolicy

FAST = FetchPolicy(timeout=0.5, host_delay=0.0, retries=2, backoff=0.02, max_bytes=200_000)


class Site(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, robots: tuple[int, str]):
        super().__init__(("127.0.0.1", 0), Handler)
        self.robots = robots
        self.requests: list[tuple[float, str]] = []
        self.hits: dict[str, int] = {}

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def pages(self) -> dict[str, tuple[int, dict, bytes]]:
        tass = html_page((FIXTURES / "pages" / "tass.txt").read_text("utf-8")).encode("utf-8")
        sample = html_page(SAMPLE.read_text("utf-8"), charset=None).encode("cp1251", "xmlcharrefreplace")
        feed = rss(["tass", "interfax"]).replace("https://news.example.ru", self.base + "/news")
        feed = feed.encode("cp1251", "xmlcharrefreplace")
        html = {"Content-Type": "text/html; charset=utf-8"}
        return {
            "/news/tass": (200, html, tass),
            "/news/interfax": (200, html, html_page((FIXTURES / "pages" / "interfax.txt").read_text("utf-8")).encode()),
            "/news/sample": (200, {"Content-Type": "text/html; charset=windows-1251"}, sample),
            "/private/secret": (200, html, tass),
            "/feed": (200, {"Content-Type": "application/rss+xml"}, feed),
            "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG" + bytes(100)),
            "/big": (200, html, b"<html><body>" + b"<p>" + "Текст. ".encode() * 40_000 + b"</p></body></html>"),
            "/down": (500, html, b"down"),
        }


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the http.server API)
        site: Site = self.server
        site.requests.append((time.monotonic(), self.path))
        site.hits[self.path] = site.hits.get(self.path, 0) + 1
        if self.path == "/robots.txt":
            return self.reply(site.robots[0], {"Content-Type": "text/plain"}, site.robots[1].encode())
        if self.path.startswith("/redirect/"):
            left = int(self.path.rsplit("/", 1)[1])
            return self.reply(302, {"Location": f"/redirect/{left - 1}" if left else "/news/tass"}, b"")
        if self.path == "/slow":
            time.sleep(1.5)
            return self.reply(200, {"Content-Type": "text/html"}, b"<html><body><p>late</p></body></html>")
        if self.path == "/flaky" and site.hits[self.path] <= 2:
            return self.reply(503, {"Retry-After": "0"}, b"busy")
        if self.path == "/flaky":
            self.path = "/news/tass"
        if self.path == "/stream":  # no Content-Length: the cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"<p>" + "Поток текста. ".encode() * 500 + b"</p>")
            return
        status, headers, body = site.pages().get(self.path, (404, {}, b"not found"))
        self.reply(status, headers, body)

    def reply(self, status, headers, body):
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

    def handle(self):
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): expected


@pytest.fixture
def site_with():
    started = []

    def start(robots=(200, "User-agent: *\nDisallow: /private/\n")):
        site = Site(robots)
        threading.Thread(target=site.serve_forever, daemon=True).start()
        started.append(site)
        return site

    yield start
    for site in started:
        site.shutdown()
        site.server_close()


@pytest.fixture
def site(site_with):
    return site_with()


def read(urls, policy=FAST, fetch_links=False):
    return list(read_inputs(urls, options=ReadOptions(fetch_links=fetch_links, policy=policy)))


def test_a_page_in_windows_1251_is_fetched_and_analysed(site):
    [article] = list(process([f"{site.base}/news/sample"], options=ReadOptions(policy=FAST)))
    article.check()
    assert article.id == article.url == f"{site.base}/news/sample" and article.origin == article.id
    assert article.title.text == "Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ"
    assert article.dateline.place == "Минск"
    assert [path for _, path in site.requests] == ["/robots.txt", "/news/sample"]


def test_robots_txt_is_obeyed_and_read_once_per_host(site):
    found = read([f"{site.base}/private/secret", f"{site.base}/news/tass"])
    assert str(found[0]) == f"{site.base}/private/secret: robots.txt disallows fetching {site.base}/private/secret"
    assert isinstance(found[1], Source)
    assert site.hits["/robots.txt"] == 1 and "/private/secret" not in site.hits


def test_a_missing_robots_txt_allows_and_an_unreachable_one_forbids(site_with):
    missing, failing = site_with((404, "")), site_with((503, ""))
    assert isinstance(read([f"{missing.base}/private/secret"])[0], Source)
    [error] = read([f"{failing.base}/news/tass"])
    assert str(error) == f"{failing.base}/news/tass: robots.txt could not be read: HTTP 503 (after 3 tries)"


def test_redirects_are_followed_up_to_the_limit(site):
    [page] = read([f"{site.base}/redirect/3"])
    assert isinstance(page, Source) and page.meta["url"] == f"{site.base}/news/tass"
    [error] = read([f"{site.base}/redirect/9"])
    assert str(error) == f"{site.base}/redirect/9: more than 5 redirects"


def test_the_size_cap_holds_with_and_without_a_content_length(site):
    big, stream = read([f"{site.base}/big", f"{site.base}/stream"])
    assert str(big).startswith(f"{site.base}/big: response of ") and "over the 200,000-byte cap" in str(big)
    assert str(stream) == f"{site.base}/stream: response is over the 200,000-byte cap"


def test_a_slow_server_times_out_and_server_errors_are_retried(site):
    started = time.monotonic()
    [slow] = read([f"{site.base}/slow"], FetchPolicy(timeout=0.3, host_delay=0, retries=1, backoff=0.01))
    assert str(slow) == f"{site.base}/slow: timed out after 0.3 s (after 2 tries)"
    assert time.monotonic() - started < 1.4  # did not wait for the server
    flaky, down = read([f"{site.base}/flaky", f"{site.base}/down"])
    assert isinstance(flaky, Source) and site.hits["/flaky"] == 3
    assert str(down) == f"{site.base}/down: HTTP 500 (after 3 tries)" and site.hits["/down"] == 3
    [missing] = read([f"{site.base}/nowhere"])
    assert str(missing) == f"{site.base}/nowhere: HTTP 404" and site.hits["/nowhere"] == 1


def test_requests_to_one_host_are_spaced(site):
    read([f"{site.base}/news/tass", f"{site.base}/news/interfax", f"{site.base}/news/sample"],
         FetchPolicy(timeout=2, host_delay=0.25, retries=0))
    times = [t for t, _ in site.requests]
    assert len(times) == 4 and min(b - a for a, b in zip(times, times[1:])) >= 0.24


def test_a_feed_url_and_its_linked_pages(site):
    entries = read([f"{site.base}/feed"])
    assert [s.id for s in entries] == ["news-tass", "news-interfax"]
    pages = read([f"{site.base}/feed"], fetch_links=True)
    assert [s.meta["url"] for s in pages] == [f"{site.base}/news/tass", f"{site.base}/news/interfax"]
    assert pages[0].id == "news-tass" and pages[0].meta["published"] == "Tue, 11 Jan 2022 14:35:00 +0300"
    assert pages[0].meta["site"] == "Новости региона"  # read from the page, not the feed
    [image] = read([f"{site.base}/logo.png"])
    assert str(image) == f"{site.base}/logo.png: not a page or a feed (Content-Type image/png)"


def test_cli_reads_urls_and_url_lists_reporting_each_failure(site, tmp_path):
    urls = tmp_path / "today.urls"
    urls.write_text(f"# today\n{site.base}/news/tass\n\n{site.base}/private/secret\nnot a url\n"
                    f"{site.base}/nowhere\n", encoding="utf-8")
    result = run("extract", f"{site.base}/news/sample", str(urls), "--format", "jsonl", "--host-delay", "0",
                 "--timeout", "2")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["url"] for line in result.stdout.decode().splitlines()] == [
        f"{site.base}/news/sample", f"{site.base}/news/tass"]
    assert result.stderr.decode().splitlines() == [
        f"whosaid: skipped {site.base}/private/secret: robots.txt disallows fetching {site.base}/private/secret",
        f"whosaid: skipped {urls}:5: not an http(s) URL: not a url",
        f"whosaid: skipped {site.base}/nowhere: HTTP 404"]


def test_unreachable_hosts_are_errors(site_with):
    site = site_with()
    base, port = site.base, site.server_port
    site.shutdown()
    site.server_close()
    [error] = read([f"{base}/news/tass"], FetchPolicy(timeout=0.5, host_delay=0, retries=0))
    assert str(error) == f"{base}/news/tass: connection refused by 127.0.0.1 port {port}"
