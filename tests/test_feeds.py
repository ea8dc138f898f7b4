"""RSS and Atom feeds written from real agency pages: each entry an article with its date and link."""

import html
import json
from pathlib import Path

from conftest import FIXTURES
from test_cli import run

from whosaid.process import process
from whosaid.read import InputError, Source, read_inputs

PAGES = ["tass", "interfax", "ria"]
DATES = {"tass": "Tue, 11 Jan 2022 14:35:00 +0300", "interfax": "Sat, 30 Apr 2022 10:05:00 +0300",
         "ria": "Fri, 21 Jan 2022 12:35:00 +0300"}


def page(name: str) -> tuple[str, list[str]]:
    title, *lines = [line.strip() for line in (FIXTURES / "pages" / f"{name}.txt").read_text("utf-8").splitlines()
                     if line.strip()]
    return title, lines


def rss(names: list[str], with_text: bool = True) -> str:
    """An agency's RSS 2.0 feed for Yandex News: the full text in `yandex:full-text`."""
    items = []
    for name in names:
        title, lines = page(name)
        full = f"<yandex:full-text>{html.escape(chr(10).join(lines))}</yandex:full-text>" if with_text else ""
        items.append(f"<item><title>{html.escape(title)}</title><link>https://news.example.ru/{name}</link>"
                     f"<guid>news-{name}</guid><pubDate>{DATES[name]}</pubDate>"
                     f"<description>{html.escape(lines[-1][:60])}</description>{full}</item>")
    return ('<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0" xmlns:yandex="http://news.yandex.ru">'
            f'<channel><title>Лента новостей</title><link>https://news.example.ru/</link>{"".join(items)}'
            '</channel></rss>')


def atom(names: list[str]) -> str:
    entries = []
    for name in names:
        title, lines = page(name)
        content = html.escape("".join(f"<p>{html.escape(line)}</p>" for line in lines))
        entries.append(f'<entry><title>{html.escape(title)}</title><link href="https://news.example.ru/{name}"/>'
                       f"<id>urn:news:{name}</id><updated>2022-01-11T14:35:00+03:00</updated>"
                       f'<content type="html">{content}</content></entry>')
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>Новости</title><id>urn:news</id><updated>2022-01-11T15:00:00Z</updated>{"".join(entries)}</feed>')


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding, errors="xmlcharrefreplace"))
    return path


def test_rss_entries_in_windows_1251_become_articles(tmp_path):
    feed = write(tmp_path / "news.rss", rss(PAGES), "windows-1251")
    articles = list(process([str(feed)]))
    assert [a.id for a in articles] == ["news-tass", "news-interfax", "news-ria"]
    tass = articles[0]
    tass.check()
    assert tass.title.text == page("tass")[0] and tass.url == "https://news.example.ru/tass"
    assert tass.published == "2022-01-11T14:35:00+03:00" and tass.origin == f"{feed}:1"
    assert tass.dateline.place == "Москва" and tass.meta["feed"] == "Лента новостей"
    assert any("Путин" in p.text for p in tass.paragraphs)
    assert articles[2].published == "2022-01-21T12:35:00+03:00"


def test_atom_entries_with_html_content(tmp_path):
    feed = write(tmp_path / "news.atom", atom(["interfax", "tass"]))
    found = list(read_inputs([str(feed)]))
    assert all(isinstance(s, Source) for s in found)
    interfax = found[0]
    assert interfax.id == "urn:news:interfax" and interfax.meta["url"] == "https://news.example.ru/interfax"
    assert interfax.text.startswith("Минобороны РФ сообщило о завершении учений в Белоруссии\n\nМосква. 30 апреля.")
    assert "<p>" not in interfax.text and "&quot;" not in interfax.text


def test_bad_feeds_and_entries_are_errors_and_the_rest_is_kept(tmp_path):
    not_xml = write(tmp_path / "broken.xml", "{\"this\": \"is json\"}")
    page_not_feed = write(tmp_path / "page.xml", "<html><body><p>Просто страница</p></body></html>")
    no_text = write(tmp_path / "titles.rss", rss(["tass"], with_text=False).replace("<description>", "<x>")
                    .replace("</description>", "</x>"))
    whole = rss(PAGES)
    cut = write(tmp_path / "cut.rss", whole[:whole.index("<guid>news-ria") + 20])
    found = list(read_inputs([str(not_xml), str(page_not_feed), str(no_text), str(cut)]))
    errors = [str(e) for e in found if isinstance(e, InputError)]
    assert errors[0].startswith(f"{not_xml}: not an RSS or Atom feed")
    assert errors[1].startswith(f"{page_not_feed}: not an RSS or Atom feed")
    assert errors[2] == f"{no_text}:1: entry has no text (fetch its linked page with --fetch-links)"
    assert [s.id for s in found if isinstance(s, Source)] == ["news-tass", "news-interfax"]  # before the cut
    assert errors[-1].startswith(f"{cut}: malformed feed, entries after the damage are lost")


def test_cli_reads_a_feed(tmp_path):
    feed = write(tmp_path / "news.rss", rss(PAGES), "windows-1251")
    result = run("extract", str(feed), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["url"] for r in records] == [f"https://news.example.ru/{n}" for n in PAGES]
