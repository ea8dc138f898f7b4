"""Shared test data: the shipped sample, our own fixtures, and ../shared when it is there."""

from __future__ import annotations

import gzip
import html
import io
import json
import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sputnik-2022-01-11-security-guarantees.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("WHOSAID_SHARED", ROOT.parent / "shared"))


def shared_path(relative: str) -> Path:
    """A file of ../shared, or a skip that says why the test cannot run here."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared data lives beside the checkout)")
    return path


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus() -> list[dict]:
    with gzip.open(shared_path("corpora/rucoco-news.jsonl.gz"), "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="session")
def postgres_url():
    """A PostgreSQL database the store tests may wipe: $WHOSAID_TEST_POSTGRES, or a throwaway server."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")
    if os.environ.get("WHOSAID_TEST_POSTGRES"):
        yield os.environ["WHOSAID_TEST_POSTGRES"]
        return
    from whosaid.store.tempserver import TempServer
    try:
        server = TempServer({"fsync": "off"}).start()
    except (RuntimeError, OSError, KeyError) as error:
        pytest.skip(f"no PostgreSQL server for the store tests: {error}")
    yield server.url
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path) -> str:
    """Each store test runs on an SQLite file and on an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "whosaid.db")
    return emptied(request.getfixturevalue("postgres_url"), tmp_path)


def emptied(url: str, tmp_path: Path) -> str:
    """A store on the same backend as `url`, with nothing in it: the PostgreSQL database wiped, or a
    new SQLite file."""
    from whosaid.store.backends import sqlite_file
    if sqlite_file(url) is not None:
        return str(Path(tempfile.mkdtemp(dir=tmp_path)) / "whosaid.db")
    import psycopg
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS public CASCADE")
        connection.execute("CREATE SCHEMA public")
    return url


@pytest.fixture
def installed_stage(tmp_path, monkeypatch):
    """`tests/stage_plugin.py` installed as a package would install it: a dist-info with entry points
    on sys.path (spawned batch workers inherit sys.path, so they find it too)."""
    dist_info = tmp_path / "whosaid_quote_count-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: whosaid-quote-count\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text(
        "[whosaid.stages]\nquote_count = stage_plugin:make_quote_count\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    return "quote_count"


def html_page(text: str, charset: str | None = "utf-8", site: str = "Новости региона") -> str:
    """A news page around an article's page text, as a site would serve it: its first line the
    headline, the rest paragraphs, with a menu, a share bar and a footer around them."""
    title, *paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    declaration = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="ru"><head>{declaration}<title>{html.escape(title)} - {site}</title>'
            f'<meta property="og:title" content="{html.escape(title)}">'
            f'<meta property="og:site_name" content="{site}"></head><body>'
            f'<nav><a href="/">Главная</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a></nav>'
            f'<article><h1>{html.escape(title)}</h1>{body}</article>'
            f'<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div>'
            f'<footer><p>© 2022 {site}. Все права защищены.</p></footer></body></html>')


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], compress: bool = True) -> Path:
    """A WARC as a crawler writes it: for each (url, body, content type) a request and a response,
    plus an image, a redirect and the crawl's warcinfo that a reader must skip."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(writer, url, body, status, headers):
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "whosaid tests"}))
        for url, body, kind in pages:
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "news.example.ru")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            response(writer, url, body, "200 OK", [("Content-Type", kind)])
        response(writer, "https://news.example.ru/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "200 OK",
                 [("Content-Type", "image/png")])
        response(writer, "https://news.example.ru/old", b"", "301 Moved Permanently",
                 [("Location", "https://news.example.ru/new"), ("Content-Type", "text/html")])
    return path
