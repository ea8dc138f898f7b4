"""whosaid's networks (`whosaid.networks`) against slovnet's own executor: the same tags, heads,
relations and names, word for word, on sentences written here, the sample and corpus articles."""

from __future__ import annotations

from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader

import pytest

from conftest import ROOT
from whosaid import nlp
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
    assert nlp.models().networks.names(["", "  "]) == [[], []]
