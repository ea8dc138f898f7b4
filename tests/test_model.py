import json

import pytest

from whosaid import Article, extract
from whosaid.model import Boilerplate, Entity, Event, Mention, Participant, Quote, Role, Span, Speaker


def test_record_round_trips_through_json_without_loss(sample_text):
    article = extract(sample_text, id="sample", url="https://sputnik.by/x.html")
    line = article.to_json()
    again = Article.from_json(line)
    assert again == article
    assert again.to_json() == line


def test_every_span_indexes_the_unchanged_text(sample_text):
    article = extract(sample_text)
    assert article.text == sample_text
    spans = list(article.spans())
    assert len(spans) > 30
    for span in spans:
        assert sample_text[span.start:span.end] == span.text


def test_nested_annotations_round_trip():
    text = "Захарова заявила, что переговоры прошли."
    article = Article(id="x", text=text)
    mention = Mention.of(text, 0, 8, kind="name")
    article.entities.append(Entity(id="e1", type="PER", name="Мария Захарова", key="PER:мария захарова",
                                   aliases=["Захарова"], roles=[Role("официальный представитель", "МИД России", 0, 8)],
                                   mentions=[mention]))
    article.quotes.append(Quote(type="indirect", content=Span.of(text, 22, 39), cue=Span.of(text, 9, 16),
                                speaker=Speaker("Мария Захарова", "person", "e1", Span.of(text, 0, 8))))
    article.events.append(Event(type="talks", trigger=Span.of(text, 22, 32), participants=[Participant("Россия")]))
    data = json.loads(article.to_json())
    assert data["quotes"][0]["speaker"]["mention"] == {"start": 0, "end": 8, "text": "Захарова"}
    assert Article.from_dict(data) == article


def test_check_rejects_a_span_that_does_not_match_the_text():
    article = Article(id="x", text="Текст статьи")
    article.boilerplate.append(Boilerplate(0, 5, "Другой", kind="chrome"))
    with pytest.raises(ValueError, match="does not match"):
        article.check()


def test_date_mention_uses_from_as_its_json_key(sample_text):
    data = extract(sample_text).to_dict()
    assert {"from", "to", "precision"} <= set(data["dates"][0])
