"""HTML pages: main text and metadata of real pages, any encoding, then the same pipeline."""

import gzip
import json
import re
from collections import Counter

import pytest
from conftest import html_page, shared_path

from whosaid.pipeline import Pipeline
from whosaid.process import process
from whosaid.read import InputError, Source, read_inputs
from whosaid.read.html import decode_html, html_source


def shared_pages():
    folder = shared_path("html")
    gold = json.loads((folder / "ground-truth-ru.json").read_text(encoding="utf-8"))
    return [(path, gold[path.name.removesuffix(".html.gz")]["articleBody"])
            for path in sorted(folder.glob("*.html.gz"))]


def token_recall(gold: str, found: str) -> float:
    want, got = Counter(re.findall(r"\w+", gold)), Counter(re.findall(r"\w+", found))
    return sum((want & got).values()) / sum(want.values())


def test_real_pages_give_their_main_text_title_date_and_url():
    pages = shared_pages()
    articles = [a for a in process([str(p) for p, _ in pages]) if not isinstance(a, InputError)]
    assert len(articles) == len(pages) == 4
    for article, (path, gold) in zip(articles, pages):
        article.check()
        assert article.id == path.name.removesuffix(".html.gz")
        assert token_recall(gold, article.text) > 0.95, path.name
        assert article.title is not None and article.title.text == article.meta["title"]
        assert article.published and re.fullmatch(r"\d{4}-\d\d-\d\d", article.published)
        assert article.meta["language"].startswith("ru")
        assert article.paragraphs
    by_id = {a.id[:8]: a for a in articles}
    wday = by_id["c82b3d1d"]
    assert wday.url.startswith("https://www.wday.ru/krasota-zdorovie/") and wday.source == "www.wday.ru"
    assert wday.published == "2018-10-11" and "Буслаева" in wday.meta["author"]


@pytest.mark.parametrize("declared", ["windows-1251", None], ids=["declared", "undeclared"])
def test_windows_1251_pages_read_like_utf8_ones(declared, tmp_path):
    path, _ = shared_pages()[2]
    page = gzip.decompress(path.read_bytes()).decode("utf-8")
    utf8 = tmp_path / "utf8.html"
    utf8.write_text(page, encoding="utf-8")
    cp1251 = tmp_path / "cp1251.html"
    page = re.sub(r'<meta charset="utf-8">', f'<meta charset="{declared}">' if declared else "", page, flags=re.I)
    cp1251.write_bytes(page.encode("cp1251", errors="xmlcharrefreplace"))
    [expected], [found] = items(utf8), items(cp1251)
    assert found.text == expected.text and "Поризкова" in found.text


def test_the_http_charset_wins_over_a_missing_or_stale_declaration():
    page = html_page("Заголовок новости\nМОСКВА, 5 мая /ТАСС/. Министр заявил, что переговоры продолжатся.",
                     charset="koi8-r")
    data = page.encode("koi8-r")
    assert "Министр" in decode_html(data, "p.html")  # the page's own declaration
    stale = page.replace('charset="koi8-r"', 'charset="windows-1251"').encode("koi8-r")
    assert "Министр" in decode_html(stale, "p.html", charset="KOI8-R")  # the HTTP header's


def test_the_sample_as_a_web_page_goes_through_the_same_pipeline(sample_text):
    source = html_source(html_page(sample_text).encode("utf-8"), "sample.html", "sample")
    assert isinstance(source, Source) and "Главная" not in source.text and "Все права защищены" not in source.text
    article = Pipeline().run(source)
    article.check()
    assert article.title.text == "Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ"
    assert article.dateline.place == "Минск" and article.published == "2022-01-11"
    assert any(p.kind == "subheading" and p.text == "Важнейшие переговоры" for p in article.paragraphs)
    assert "credit" in {b.kind for b in article.boilerplate}  # page chrome inside the article body


def items(*paths, input_format="auto"):
    return list(read_inputs([str(p) for p in paths], input_format))


def test_pages_without_text_and_broken_files_are_errors(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>Пусто</title></head><body><nav>Меню</nav></body></html>")
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(html_page("Заголовок\nТекст статьи.").encode())[:40])
    (tmp_path / "zero.htm").write_bytes(b"")
    found = items(tmp_path / "empty.html", tmp_path / "cut.html.gz", tmp_path / "zero.htm")
    assert all(isinstance(e, InputError) for e in found)
    assert str(found[0]) == f"{tmp_path / 'empty.html'}: no article text found in the HTML page"
    assert str(found[1]).startswith(f"{tmp_path / 'cut.html.gz'}: truncated or corrupt gzip")
    assert str(found[2]) == f"{tmp_path / 'zero.htm'}: empty input"
