"""The article view's HTML: the original text kept whole, annotations drawn where their spans are."""

import re
from html import unescape
from html.parser import HTMLParser

import pytest
from annotated import annotated_sample, span

from whosaid import Article, extract
from whosaid.model import Entity, Mention, Quote, Speaker
from whosaid.web.view import article_html, speaker_groups

VOID = {"br", "img", "input", "meta", "link", "hr"}
LABELS = {"who", "bp-kind", "bp-summary"}  # drawn by the view, not text of the article


class Tree(HTMLParser):
    """Checks that tags nest, and collects the article's text and the text inside marked elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.inside: dict[tuple[str, str], list[str]] = {}  # (class, data-quote / data-entity) -> text
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        classes = [set((a.get("class") or "").split()) for _, a in self.stack]
        if any(c & LABELS for c in classes):
            return
        self.text.append(data)
        for _, attrs in self.stack:
            key = attrs.get("data-quote") or attrs.get("data-entity")
            for cls in (attrs.get("class") or "").split():
                self.inside.setdefault((cls, key), []).append(data)

    def of(self, cls: str, key) -> str:
        return "".join(self.inside.get((cls, None if key is None else str(key)), []))


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert not tree.stack, f"unclosed: {tree.stack}"
    return tree


def test_the_view_keeps_every_character_of_the_original(sample_text):
    article = annotated_sample(sample_text)
    tree = parse(article_html(article))
    assert "".join("".join(tree.text).split()) == "".join(sample_text.split())


def test_each_statement_is_drawn_over_exactly_its_content_with_cue_and_speaker(sample_text):
    article = annotated_sample(sample_text)
    tree = parse(article_html(article))
    for index, quote in enumerate(article.quotes):
        assert tree.of("quote", index) == quote.content.text
        assert tree.of("cue", index) == quote.cue.text
        assert tree.of("speaker", index) == quote.speaker.mention.text
    labels = [a for tag, a in tree.tags if "who" in (a.get("class") or "")]
    assert [a["id"] for a in labels] == [f"q-{q.content.start}" for q in article.quotes]


def test_statements_of_one_speaker_share_a_colour_and_others_differ(sample_text):
    article = annotated_sample(sample_text)
    groups = speaker_groups(article)
    assert [(g.name, len(g.quotes)) for g in groups] == [
        ("Мария Захарова", 5), ("Джен Псаки", 1), ("Сергей Рябков", 1), ("Владимир Путин", 1)]
    assert len({g.colour for g in groups}) == 4
    tree = parse(article_html(article, groups))
    zakharova = {a["class"] for tag, a in tree.tags if a.get("data-speaker") == "Мария Захарова"}
    assert zakharova == {"quote sp0 q-indirect", "quote sp0 q-direct"}


def test_mentions_link_to_their_entity_and_nest_inside_statements(sample_text):
    article = annotated_sample(sample_text)
    tree = parse(article_html(article))
    links = [a for tag, a in tree.tags if tag == "a"]
    assert {a["href"] for a in links} == {f"#ent-{i}" for i in range(len(article.entities))}
    nato = next(i for i, e in enumerate(article.entities) if e.name == "НАТО")
    assert tree.of("ent", nato) == "НАТО" * len(article.entities[nato].mentions)


def test_boilerplate_is_greyed_in_foldable_groups_and_dates_and_dateline_are_marked(sample_text):
    article = extract(sample_text)
    html = article_html(article)
    tree = parse(html)
    groups = [a for tag, a in tree.tags if tag == "details"]
    assert len(groups) == 4 and all("open" in a for a in groups)
    assert html.count('class="bp"') == len(article.boilerplate)
    times = [a for tag, a in tree.tags if tag == "time"]
    assert [t["datetime"] for t in times] == [d.from_ for d in article.dates]
    assert tree.of("dateline", None) == "МИНСК, 11 янв – Sputnik."


def test_spans_that_cross_each_other_still_nest(sample_text):
    text = "Министр заявил: «Переговоры в Женеве прошли успешно», добавив детали."
    article = Article(id="x", text=text)
    geneva = span(text, "Женеве")
    article.entities = [Entity("e1", "LOC", "Женева", "LOC:женева",
                               mentions=[Mention.of(text, geneva.start - 2, geneva.end + 7)])]  # crosses the quote
    article.quotes = [Quote("direct", span(text, "Переговоры в Женеве"), span(text, "заявил"),
                            Speaker("Министр", "person", None, span(text, "Министр")))]
    tree = parse(article_html(article))
    assert tree.of("quote", 0) == "Переговоры в Женеве"
    assert tree.of("ent", 0) == "в Женеве прошли"
    assert "".join(tree.text) == text


def _offsets(s):
    return s.start, s.end


def test_article_text_and_annotations_are_escaped_never_markup():
    text = ('Заголовок <script>alert("title")</script>\n\nМОСКВА, 5 мая. Он сказал: "<img src=x '
            'onerror=alert(1)>" и " onmouseover="alert(2)" & <b>жирно</b>.\n')
    article = extract(text)
    name = '"><script>alert(3)</script>'
    article.entities = [Entity("e1", "PER", name, "PER:x", mentions=[Mention.of(text, *_offsets(span(text, "Он")))])]
    article.quotes = [Quote("direct", span(text, "<img src=x onerror=alert(1)>"), span(text, "сказал"),
                            Speaker(name, "person", "e1", span(text, "Он")))]
    article.check()
    html = article_html(article)
    tree = parse(html)
    assert not [tag for tag, _ in tree.tags if tag in ("script", "img", "b")]
    assert not [a for _, a in tree.tags for k in a if k.startswith("on")]
    assert "".join("".join(tree.text).split()) == "".join(text.split())
    assert tree.of("quote", 0) == "<img src=x onerror=alert(1)>"


LAVROV = ("Лавров: Запад потерял связь с реальностью\n\nМОСКВА, 3 марта. Министр иностранных дел России Сергей Лавров "
          "заявил, что Запад «окончательно потерял связь с реальностью» и продолжает давить на Москву.\n")
MARKUP = ("Эксперт: тег <script> не дает гарантий\n\nМОСКВА, 4 марта. Эксперт по кибербезопасности Иван Петров "
          "заявил, что тег <script> не дает гарантий безопасности сайту.\n")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The pages over a store of real records: direct, indirect and mixed statements, and one with markup."""
    from fastapi.testclient import TestClient
    from store_records import analysed, tass_record

    from whosaid.store import Store
    from whosaid.web.app import create_app
    path = str(tmp_path_factory.mktemp("pages") / "whosaid.db")
    with Store.open(path) as store:
        store.ingest([tass_record(), analysed(LAVROV, "lavrov"), analysed(MARKUP, "markup")])
    with TestClient(create_app(path), base_url="http://localhost") as client:
        yield client


def said(page: str) -> dict[str, list[str]]:
    """The statements of a list page, as HTML, by type."""
    found: dict[str, list[str]] = {}
    for kind, inner in re.findall(r'<blockquote class="statement-text q-(\w+)">(.*?)</blockquote>', page, re.S):
        found.setdefault(kind, []).append(inner)
    return found


def test_lists_quote_verbatim_words_and_mark_a_paraphrase(pages):
    for path in ("/search?sort=date", "/speakers/Захарова", "/speakers/Лавров"):
        response = pages.get(path)
        assert response.status_code == 200, path
        for kind, shown in said(response.text).items():
            for inner in shown:
                text = unescape(re.sub(r"<[^>]+>", "", inner))
                if kind == "direct":
                    assert text.startswith("«") and text.endswith("»") and "paraphrase" not in inner, inner
                else:
                    label = "paraphrase" if kind == "indirect" else "paraphrase with quoted words"
                    assert inner.startswith(f'<span class="paraphrase-mark">{label}</span> '), inner
                    assert not text.removeprefix(label).strip().startswith("«"), inner
    statements = said(pages.get("/search?sort=date").text)
    assert set(statements) == {"direct", "indirect", "mixed"}
    [mixed] = statements["mixed"]
    assert ('Запад <span class="quoted" title="quoted words">«окончательно потерял связь с реальностью»</span> '
            'и продолжает давить на Москву') in mixed
    assert said(pages.get("/speakers/Лавров").text)["mixed"] == [mixed]


def test_hits_mark_the_query_in_any_form_and_escape_it(pages):
    found = pages.get("/search", params={"q": "гарантии"}).text  # found as `гарантиях`, `гарантий`
    assert "российские предложения о <mark>гарантиях</mark> безопасности" in found
    assert "тег &lt;script&gt; не дает <mark>гарантий</mark> безопасности сайту" in found
    for path in ("/articles", "/search?what=articles"):
        titles = pages.get(path + ("&" if "?" in path else "?") + "q=гарантии").text
        assert "на предложения России о <mark>гарантиях</mark> безопасности</a>" in titles, path
        assert "Эксперт: тег &lt;script&gt; не дает <mark>гарантий</mark></a>" in titles, path
    hostile = pages.get("/search", params={"q": "<script> гарантии"}).text
    assert "тег &lt;<mark>script</mark>&gt; не дает <mark>гарантий</mark> безопасности сайту" in hostile
    assert "<script>" not in hostile and 'value="&lt;script&gt; гарантии"' in hostile
