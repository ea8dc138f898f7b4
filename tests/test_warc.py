"""WARC archives written from real pages: the HTML responses are read, the rest skipped, damage reported."""

import gzip

import pytest
from conftest import FIXTURES, html_page, shared_path, write_warc

from whosaid.process import process
from whosaid.read import InputError, Source, read_inputs

UTF8 = "text/html; charset=utf-8"


def fixture_pages() -> list[tuple[str, bytes, str]]:
    """Agency pages as a site serves them, one of them in Windows-1251 declared in the HTTP header only."""
    pages = []
    for name in ("tass", "interfax", "ria"):
        text = (FIXTURES / "pages" / f"{name}.txt").read_text("utf-8")
        pages.append((f"https://news.example.ru/{name}", html_page(text).encode("utf-8"), UTF8))
    sample = html_page((FIXTURES.parent.parent / "examples" / "sputnik-2022-01-11-security-guarantees.txt")
                       .read_text("utf-8"), charset=None)
    pages.append(("https://sputnik.example.by/sample", sample.encode("cp1251", "xmlcharrefreplace"),
                  "text/html; charset=windows-1251"))
    return pages


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_articles_and_the_rest_is_skipped(tmp_path, compress):
    path = write_warc(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), fixture_pages(), compress)
    articles = list(process([str(path)]))
    assert [a.id for a in articles] == ["https://news.example.ru/tass", "https://news.example.ru/interfax",
                                        "https://news.example.ru/ria", "https://sputnik.example.by/sample"]
    for article in articles:
        article.check()
        assert article.url == article.id and article.origin.startswith(f"{path}@")
    sample = articles[-1]
    assert sample.title.text == "Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ"
    assert sample.dateline.place == "Минск" and sample.source == "sputnik.example.by"
    assert articles[0].dateline.place == "Москва"


def test_real_pages_in_an_archive(tmp_path):
    pages = [(f"https://example.ru/{p.name[:8]}", gzip.decompress(p.read_bytes()), UTF8)
             for p in sorted(shared_path("html").glob("*.html.gz"))]
    found = list(read_inputs([str(write_warc(tmp_path / "real.warc.gz", pages))]))
    assert [s.meta["url"] for s in found if isinstance(s, Source)] == [url for url, _, _ in pages]


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_a_truncated_archive_keeps_the_pages_before_the_damage(tmp_path, compress):
    whole = write_warc(tmp_path / "whole.warc", fixture_pages(), compress).read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    found = list(read_inputs([str(cut)]))
    good = [s for s in found if isinstance(s, Source)]
    assert 1 <= len(good) < 4 and [s.id for s in good] == [u for u, _, _ in fixture_pages()[: len(good)]]
    assert isinstance(found[-1], InputError)
    assert str(found[-1]).startswith(f"{cut}: truncated or corrupt WARC after {len(good)} pages")


def test_archives_without_pages_and_files_that_are_not_archives(tmp_path):
    images = write_warc(tmp_path / "images.warc.gz", [])
    text = tmp_path / "notes.warc"
    text.write_text("Это не архив.\n", encoding="utf-8")
    errors = [str(e) for e in read_inputs([str(images), str(text)])]
    assert errors[0] == f"{images}: no HTML pages in the archive"
    assert errors[1].startswith(f"{text}: truncated or corrupt WARC after 0 pages")
