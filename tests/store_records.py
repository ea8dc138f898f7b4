"""Records for the store's tests: real texts through the real pipeline, plus annotations.

Until the entities, quotes and events stages land, the annotations they will make are written here
with the model's types, at real offsets into the real texts: the founding sample and a TASS-style
article of our own (`fixtures/store/`) that names the same speaker `М. Захарова`.
"""

from __future__ import annotations

import re

from conftest import FIXTURES, SAMPLE

import whosaid
from whosaid.model import Article, Entity, Event, Mention, Participant, Quote, Role, Span, Speaker

TASS = FIXTURES / "store" / "tass-zakharova.txt"


def at(text: str, fragment: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the nth occurrence of a fragment as whole words."""
    found = list(re.finditer(rf"(?<!\w){re.escape(fragment)}(?!\w)", text))[nth]
    return found.start(), found.end()


def span(text: str, fragment: str, nth: int = 0) -> Span:
    return Span.of(text, *at(text, fragment, nth))


def mention(text: str, fragment: str, nth: int = 0) -> Mention:
    return Mention.of(text, *at(text, fragment, nth))


def role(text: str, fragment: str, title: str, organization: str | None) -> Role:
    return Role(title, organization, *at(text, fragment))


def entity(id: str, type: str, name: str, key: str, text: str, *fragments: str | tuple[str, int],
           roles: list[Role] = (), aliases: list[str] = ()) -> Entity:
    mentions = [mention(text, *f) if isinstance(f, tuple) else mention(text, f) for f in fragments]
    return Entity(id, type, name, key, list(aliases), list(roles), mentions)


def quote(text: str, kind: str, content: str, cue: str | None, name: str, speaker_kind: str = "person",
          entity_id: str | None = None, cue_nth: int = 0) -> Quote:
    return Quote(kind, span(text, content), span(text, cue, cue_nth) if cue else None,
                 Speaker(name, speaker_kind, entity_id))


def sample_record(id: str = "sputnik-2022-01-11-security-guarantees") -> Article:
    text = SAMPLE.read_text(encoding="utf-8")
    article = whosaid.extract(text, id=id)
    article.entities = [
        entity("e1", "PER", "Мария Захарова", "PER:мария захарова", text,
               "М. Захаровой", ("Мария Захарова", 0), ("Захарова", 1), "Марии Захаровой",
               roles=[role(text, "официальный представитель МИД РФ", "официальный представитель", "МИД РФ")],
               aliases=["М. Захарова"]),
        entity("e2", "PER", "Сергей Рябков", "PER:сергей рябков", text, "Рябкова", "Сергей Рябков",
               roles=[role(text, "замглавы министерства иностранных дел России", "замглавы",
                           "министерство иностранных дел России")]),
        entity("e3", "PER", "Уэнди Шерман", "PER:уэнди шерман", text, "Уэнди Шерман",
               roles=[role(text, "заместитель госсекретаря США", "заместитель госсекретаря", "США")]),
        entity("e4", "PER", "Джен Псаки", "PER:джен псаки", text, "Джен Псаки",
               roles=[role(text, "представитель Белого дома", "представитель", "Белый дом")]),
        entity("e5", "PER", "Владимир Путин", "PER:владимир путин", text, "Владимир Путин", ("Путин", 1),
               roles=[role(text, "президент страны", "президент", None)]),
        entity("e6", "ORG", "НАТО", "ORG:нато", text, ("НАТО", 0), ("НАТО", 4), ("НАТО", 5)),
        entity("e7", "LOC", "США", "LOC:сша", text, ("США", 0), ("США", 1)),
        entity("e8", "LOC", "Женева", "LOC:женева", text, ("Женеве", 1)),
        entity("e9", "ORG", "МИД России", "ORG:мид россии", text, ("МИД РФ", 2)),
    ]
    article.quotes = [
        quote(text, "indirect", "Россия готова к дальнейшей работе с США и НАТО по вопросам гарантий безопасности",
              "заявила", "Мария Захарова", entity_id="e1"),
        quote(text, "direct", "Дальше, как будет продолжена работа (с США), мы посмотрим", "сказала",
              "Мария Захарова", entity_id="e1"),
        quote(text, "direct", "Мы, со своей стороны, по-моему, этот настрой демонстрировали и его проявили и "
                              "готовы к дальнейшей работе", "отметила", "Мария Захарова", entity_id="e1"),
        quote(text, "indirect", "у России и США сохраняются противоположные подходы по главным вопросам, но по "
                                "нескольким темам могут быть достигнуты договоренности", "заявил",
              "Сергей Рябков", entity_id="e2", cue_nth=0),
        quote(text, "indirect", "США готовятся к тому, что Россия будет лгать об итогах переговоров о "
                                "стратегической стабильности", "заявила", "Джен Псаки", entity_id="e4",
              cue_nth=1),
        quote(text, "direct", "И теперь говорят, что Украина будет в НАТО. Вы должны нам дать гарантии "
                              "(безопасности) и немедленно, сейчас. А не забалтывать это десятилетиями",
              "отметил", "Владимир Путин", entity_id="e5"),
    ]
    trigger = span(text, "переговоры", 1)
    article.events = [Event("talks", trigger, [span(text, "прошедшие накануне в Женеве переговоры")],
                            [Participant("Сергей Рябков", "e2"), Participant("Уэнди Шерман", "e3")],
                            Participant("Женева", "e8"), "2022-01-10", "2022-01-10", None, "past")]
    article.check()
    return article


def tass_record(id: str = "tass-zakharova", text: str | None = None) -> Article:
    text = text or TASS.read_text(encoding="utf-8")
    article = whosaid.extract(text, id=id)
    article.entities = [
        entity("e1", "PER", "М. Захарова", "PER:м. захарова", text, "М. Захарова", ("Захарова", 2),
               roles=[role(text, "Официальный представитель МИД России", "официальный представитель",
                           "МИД России")]),
        entity("e2", "ORG", "НАТО", "ORG:нато", text, ("НАТО", 0), ("НАТО", 1), ("НАТО", 2)),
        entity("e3", "PER", "Сергей Рябков", "PER:сергей рябков", text, "Сергей Рябков", "Рябков",
               roles=[role(text, "заместитель министра иностранных дел России", "заместитель министра",
                           "министерство иностранных дел России")]),
        entity("e4", "ORG", "МИД России", "ORG:мид россии", text, "МИД России"),
    ]
    article.quotes = [
        quote(text, "indirect", "НАТО до сих пор не дало ответа на российские предложения о гарантиях безопасности",
              "заявила", "М. Захарова", entity_id="e1"),
        quote(text, "direct", "Мы ждем письменного ответа, а не заявлений для прессы", "сказала",
              "М. Захарова", entity_id="e1"),
        quote(text, "indirect", "Москва не видит смысла в новых встречах с НАТО без письменного ответа",
              "сообщил", "Сергей Рябков", entity_id="e3"),
    ]
    article.check()
    return article


def tass_copy(id: str = "tass-zakharova-copy") -> Article:
    """The TASS story as another site republished it: other page furniture around the same text."""
    text = "Новости партнеров\n" + TASS.read_text(encoding="utf-8") + "\nПоделиться\n"
    article = tass_record(id, text)
    article.source = "Другой сайт"
    return article
