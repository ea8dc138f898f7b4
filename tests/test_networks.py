"""whosaid's networks (`whosaid.networks`) against slovnet's own executor: the same tags, heads,
relations and names, word for word, on sentences written here, the sample and corpus articles; the
tokens are razdel's, and those the NER network reads, taken from the sentences, the paragraph's."""

from __future__ import annotations

from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader

import pytest
from razdel import sentenize, tokenize

from conftest import ROOT
from whosaid import nlp
from whosaid.model import Span
from whosaid.pipeline import Pipeline, layout_stages
from whosaid.read import Source

WRITTEN = (
    "Москва готова к диалогу\n\n"
    "Официальный представитель МИД России Мария Захарова заявила, что «Москва готова к диалогу с "
    "Вашингтоном и Брюсселем». Переговоры в Женеве продолжатся 10 января 2022 года.\n\n"
    "По словам Дмитрия Пескова, президент Владимир Путин провел телефонный разговор с Эммануэлем "
    "Макроном. Стороны обсудили ситуацию на Украине, а также поставки газа в ЕС.\n\n"
    "«Мы не ждем прорыва», — сказал замглавы МИД Сергей Рябков. Как сообщает ТАСС, в делегацию "
    "войдут представители Минобороны и Генштаба.\n\n"
    "Курс евро вырос на 1,5% — до 86,3 руб. В 2021 г. ВВП вырос на 4,7%.\n\n"
    "Да.\n\n"
    "NATO and the EU said on Monday that talks in Geneva would go on."
)


@pytest.fixture(scope="module")
def compare_networks():
    loader = SourceFileLoader("compare_networks", str(ROOT / "scripts" / "compare-networks"))
    module = module_from_spec(spec_from_loader(loader.name, loader))
    loader.exec_module(module)
    models, natasha, page = nlp.models(), nlp.NatashaPipeline(), Pipeline(layout_stages())
    return lambda text, id="test": module.compare(models, natasha, page.run(Source(text, id, "test")))


def test_written_sentences_and_the_sample_tag_as_slovnets_executor(compare_networks, sample_text):
    for text in (WRITTEN, sample_text):
        words, differences = compare_networks(text)
        assert words > 100
        assert differences == []


def test_corpus_articles_tag_as_slovnets_executor(compare_networks, corpus):
    words = 0
    for record in corpus[:15]:
        count, differences = compare_networks(record["text"], record["id"])
        assert differences == [], record["id"]
        words += count
    assert words > 2000


def test_no_words_no_sentences():
    analysis = nlp.models().analyse(" \n ", [])
    assert analysis.tokens == [] and analysis.names == []
    assert nlp.models().networks.names([[], []]) == [[], []]


EDGES = [
    "В аварии погибли трое, пострадали 15. 12 пострадавших доставлены в больницу.",  # razdel: "15." in a paragraph
    "Кафе открыты с 24:00 до 6:00. 28 октября мэр продлил ограничения.",
    "Температура составит от -5... -2 градусов. Ветер слабый.",
    "Он ответил: не знаю. -То есть вы не знаете? Да.",
    "Курс составил 1/2. 3/4 всех сделок прошли на бирже.",
    "Это было в 2021 г. 2022 год стал другим.",
    "Сказал так— Иванов. Потом ушел.",
]


def test_a_paragraph_is_tokenized_as_razdel_does_and_as_its_sentences_or_is_told_apart(corpus, sample_text):
    """whosaid's tokenizer gives razdel's tokens. The NER network reads a paragraph's tokens, taken
    from its sentences when razdel tokenizes the paragraph alike; where it may not, the paragraph is
    tokenized whole."""
    page = Pipeline(layout_stages())
    texts = EDGES + [sample_text] + [page.run(Source(r["text"], r["id"], "c")).text for r in corpus[:100]]
    tokenizer = nlp.Tokenizer()
    told_apart = alike = 0
    for paragraph in (p for text in texts for p in text.split("\n") if p.strip()):
        sentences = list(sentenize(paragraph))
        whole = [(t.start, t.stop, t.text) for t in tokenize(paragraph)]
        assert tokenizer(paragraph) == whole
        alone = [(s.start + t.start, s.start + t.stop, t.text) for s in sentences for t in tokenizer(s.text)]
        if nlp.tokenized_alike(paragraph, sentences):
            assert whole == alone, paragraph
            alike += 1
        else:
            told_apart += 1
    assert told_apart >= 3 and alike > 20 * told_apart  # the sentences' tokens serve nearly always
    assert not nlp.tokenized_alike(EDGES[0], list(sentenize(EDGES[0])))


# touching atoms that each of razdel's joining rules joins, and their near misses it splits
JOINED = ["из-за кое–как 1-2 а—б", "snake_case и 1_2", "рост на 1,5% и 2.75 млрд, в 2021.", "доли 1/2 и 3\\4",
          "Что?! Ну... :) **", "ΔP и mβж", "Yahoo! и yahoo!", "-то, -5 и -.", "Путин, Лавров. Шойгу!"]


def test_atoms_that_a_rule_of_razdel_joins_are_joined():
    """Only touching atoms that one of razdel's rules could join are put to its rules (`may_join`):
    each rule's joins, and the splits beside them, as razdel makes them."""
    tokenizer = nlp.Tokenizer()
    for text in JOINED:
        assert tokenizer(text) == [(t.start, t.stop, t.text) for t in tokenize(text)], text


def test_names_in_paragraphs_tokenized_otherwise_are_natashas():
    natasha = nlp.NatashaPipeline()
    for text in EDGES:
        names = nlp.models().analyse(text, [Span.of(text, 0, len(text))]).names
        assert [(n.start, n.end, n.type) for n in names] == [(s.start, s.stop, s.type)
                                                            for s in natasha.ner(text).spans]
