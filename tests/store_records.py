"""Records for the store's tests: real texts through the real pipeline (entities included), plus
statements and events.

Until the quotes and events stages land, the annotations they will make are written here with the
model's types, at real offsets into the real texts: the founding sample and a TASS-style article of
our own (`fixtures/store/`) that names the same speaker `М. Захарова`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conftest import FIXTURES, SAMPLE

import whosaid
from whosaid.model import Article, Entity, Event, Mention, Participant, Quote, Span, Speaker

TASS = FIXTURES / "store" / "tass-zakharova.txt"


def at(text: str, fragment: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the nth occurrence of a fragment as whole words."""
    found = list(re.finditer(rf"(?<!\w){re.escape(fragment)}(?!\w)", text))[nth]
    return found.start(), found.end()


def span(text: str, fragment: str, nth: int = 0) -> Span:
    return Span.of(text, *at(text, fragment, nth))


def mention(text: str, fragment: str, nth: int = 0) -> Mention:
    return Mention.of(text, *at(text, fragment, nth))


def entity(id: str, type: str, name: str, key: str, text: str, *fragments: str | tuple[str, int],
           aliases: list[str] = ()) -> Entity:
    mentions = [mention(text, *f) if isinstance(f, tuple) else mention(text, f) for f in fragments]
    return Entity(id, type, name, key, list(aliases), [], mentions)


def quote(text: str, kind: str, content: str, cue: str | None, name: str, speaker_kind: str = "person",
          entity_id: str | None = None, cue_nth: int = 0) -> Quote:
    return Quote(kind, span(text, content), span(text, cue, cue_nth) if cue else None,
                 Speaker(name, speaker_kind, entity_id))


def entity_named(article: Article, name: str) -> str:
    """The id of the entity the entities stage named so."""
    return next(e.id for e in article.entities if e.name == name)


@lru_cache(maxsize=None)
def _analysed(text: str, id: str) -> str:
    return whosaid.extract(text, id=id).to_json()


def analysed(text: str, id: str) -> Article:
    """The pipeline's record of a text, analysed once per test session; a fresh copy each call."""
    return Article.from_json(_analysed(text, id))


def sample_record(id: str = "sputnik-2022-01-11-security-guarantees") -> Article:
    text = SAMPLE.read_text(encoding="utf-8")
    article = analysed(text, id)
    zakharova, ryabkov, psaki, putin = (entity_named(article, name) for name in (
        "Мария Захарова", "Сергей Рябков", "Джен Псаки", "Владимир Путин"))
    article.quotes = [
        quote(text, "indirect", "Россия готова к дальнейшей работе с США и НАТО по вопросам гарантий безопасности",
              "заявила", "Мария Захарова", entity_id=zakharova),
        quote(text, "direct", "Дальше, как будет продолжена работа (с США), мы посмотрим", "сказала",
              "Мария Захарова", entity_id=zakharova),
        quote(text, "direct", "Мы, со своей стороны, по-моему, этот настрой демонстрировали и его проявили и "
                              "готовы к дальнейшей работе", "отметила", "Мария Захарова", entity_id=zakharova),
        quote(text, "indirect", "у России и США сохраняются противоположные подходы по главным вопросам, но по "
                                "нескольким темам могут быть достигнуты договоренности", "заявил",
              "Сергей Рябков", entity_id=ryabkov, cue_nth=0),
        quote(text, "indirect", "США готовятся к тому, что Россия будет лгать об итогах переговоров о "
                                "стратегической стабильности", "заявила", "Джен Псаки", entity_id=psaki,
              cue_nth=1),
        quote(text, "direct", "И теперь говорят, что Украина будет в НАТО. Вы должны нам дать гарантии "
                              "(безопасности) и немедленно, сейчас. А не забалтывать это десятилетиями",
              "отметил", "Владимир Путин", entity_id=putin),
    ]
    trigger = span(text, "переговоры", 1)
    article.events = [Event("talks", trigger, [span(text, "прошедшие накануне в Женеве переговоры")],
                            [Participant("Сергей Рябков", ryabkov),
                             Participant("Уэнди Шерман", entity_named(article, "Уэнди Шерман"))],
                            Participant("Женева", entity_named(article, "Женева")), "2022-01-10", "2022-01-10",
                            None, "past")]
    article.check()
    return article


def tass_record(id: str = "tass-zakharova", text: str | None = None) -> Article:
    text = text or TASS.read_text(encoding="utf-8")
    article = analysed(text, id)
    zakharova, ryabkov = entity_named(article, "М. Захарова"), entity_named(article, "Сергей Рябков")
    article.quotes = [
        quote(text, "indirect", "НАТО до сих пор не дало ответа на российские предложения о гарантиях безопасности",
              "заявила", "М. Захарова", entity_id=zakharova),
        quote(text, "direct", "Мы ждем письменного ответа, а не заявлений для прессы", "сказала",
              "М. Захарова", entity_id=zakharova),
        quote(text, "indirect", "Москва не видит смысла в новых встречах с НАТО без письменного ответа",
              "сообщил", "Сергей Рябков", entity_id=ryabkov),
    ]
    article.check()
    return article


def tass_copy(id: str = "tass-zakharova-copy") -> Article:
    """The TASS story as another site republished it: other page furniture around the same text."""
    text = "Новости партнеров\n" + TASS.read_text(encoding="utf-8") + "\nПоделиться\n"
    article = tass_record(id, text)
    article.source = "Другой сайт"
    return article
