"""Records for the store's tests: real texts through the real pipeline (entities, statements, events).

The texts are the founding sample, a TASS-style article of our own (`fixtures/store/`) that names
the same speaker `М. Захарова`, and an undated one of our own (`UNDATED`); each is analysed once per
test session.
"""

from __future__ import annotations

from functools import lru_cache

from conftest import FIXTURES, SAMPLE

import whosaid
from whosaid.model import Article

TASS = FIXTURES / "store" / "tass-zakharova.txt"


@lru_cache(maxsize=None)
def _analysed(text: str, id: str) -> str:
    return whosaid.extract(text, id=id).to_json()


def analysed(text: str, id: str) -> Article:
    """The pipeline's record of a text, analysed once per test session; a fresh copy each call."""
    return Article.from_json(_analysed(text, id))


def sample_record(id: str = "sputnik-2022-01-11-security-guarantees") -> Article:
    return analysed(SAMPLE.read_text(encoding="utf-8"), id)


def tass_record(id: str = "tass-zakharova", text: str | None = None) -> Article:
    return analysed(text or TASS.read_text(encoding="utf-8"), id)


def tass_copy(id: str = "tass-zakharova-copy") -> Article:
    """The TASS story as another site republished it: other page furniture around the same text."""
    article = tass_record(id, "Новости партнеров\n" + TASS.read_text(encoding="utf-8") + "\nПоделиться\n")
    article.source = "Другой сайт"
    return article


def said_by(*names: str, records: tuple[Article, ...] = ()) -> list[str]:
    """The statements the records credit to speakers of these names."""
    return [q.content.text for a in records for q in a.quotes if q.speaker.name in names]


# An article of our own with no date anywhere (as most corpus articles come): Захарова again, a statement
# an agency reports on its own, a relay, a paper no name is given for, and a session not yet dated.
UNDATED = (
    "Захарова: Москва ждет ответа НАТО\n\n"
    "Официальный представитель МИД России Мария Захарова заявила, что Москва по-прежнему ждет письменного "
    "ответа НАТО. \"Мы не получили ничего, кроме заявлений\", - сказала она.\n\n"
    "Как сообщает \"Интерфакс\", следующее заседание Совета Россия-НАТО пройдет в Брюсселе.\n\n"
    "Постоянный представитель России при НАТО Александр Грушко отметил, что переговоры будут трудными, "
    "передает ТАСС. По данным газеты, ответ НАТО будет готов в феврале.\n")


def undated_record(id: str = "undated-zakharova") -> Article:
    return analysed(UNDATED, id)
