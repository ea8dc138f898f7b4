"""Streaming a WARC archive through the pipeline in bounded memory.

    python bench/warc_stream.py [--pages 1000] [--no-gzip]

Writes a crawl of N pages (one in five a real page from ../shared/html, the others corpus articles
in a news site's page with its menus, scripts and related links), each with its request record and
an image among them, then reads it with `whosaid extract`'s reader and pipeline, one page at a time.
Peak memory should not grow with N: compare `--pages 1000` with `--pages 3000`.
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import tempfile
import time
from pathlib import Path

from common import SHARED, load_corpus, peak_rss_mb, report
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whosaid.process import process


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def news_page(text: str, headlines: list[str]) -> bytes:
    title, *paragraphs = [line.strip() for line in text.splitlines() if line.strip()] or ["-"]
    menu = "".join(f'<li><a href="/rubric/{i}">Рубрика {i}</a></li>' for i in range(60))
    related = "".join(f'<li><a href="/news/{i}">{html.escape(h)}</a></li>' for i, h in enumerate(headlines))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    script = "<script>" + "var counter = {id: 1, events: []};" * 300 + "</script>"
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'{script}</head><body><nav><ul>{menu}</ul></nav><article><h1>{html.escape(title)}</h1>{body}'
            f'</article><aside><h3>Читайте также</h3><ul>{related}</ul></aside>'
            f'<footer>© Новости региона. Все права защищены.</footer></body></html>').encode("utf-8")


def pages(count: int):
    """(url, html bytes) for `count` pages, built one at a time."""
    records = load_corpus(count)
    real = [gzip.decompress(p.read_bytes()) for p in sorted((SHARED / "html").glob("*.html.gz"))]
    headlines = [r["text"].split("\n", 1)[0] for r in records[:12]]
    for i in range(count):
        if i % 5 == 0 and real:
            yield f"https://real.example.ru/page/{i}", real[(i // 5) % len(real)]
        else:
            yield f"https://news.example.ru/{i}", news_page(records[i % len(records)]["text"], headlines)


def write_crawl(path: Path, count: int, compress: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        for n, (url, body) in enumerate(pages(count)):
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "example.ru")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
            if n % 10 == 0:
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"{url}.jpg", "response",
                                                              payload=io.BytesIO(bytes(50_000)), http_headers=image))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--no-gzip", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("crawl.warc" if args.no_gzip else "crawl.warc.gz")
        write_crawl(path, args.pages, not args.no_gzip)
        size_mb = path.stat().st_size / 1e6
        rss_before = current_rss_mb()
        started = time.perf_counter()
        articles = errors = 0
        for item in process([str(path)]):
            if hasattr(item, "text"):
                articles += 1
            else:
                errors += 1
        elapsed = time.perf_counter() - started
    report("warc-stream", pages=args.pages, gzip=not args.no_gzip, archive_mb=round(size_mb, 1),
           articles=articles, errors=errors, seconds=round(elapsed, 1), pages_per_s=round(articles / elapsed, 1),
           rss_before_reading_mb=round(rss_before, 1), peak_rss_mb=round(peak_rss_mb(), 1))


if __name__ == "__main__":
    main()
