"""One statement reported by several outlets on several days, as the provenance tests need it: articles
of our own, in Russian, through the real pipeline.

Мария Захарова says `Мы не будем вести переговоры под давлением, и наши западные партнеры должны наконец
это понять` (РИА Новости, 10 March, at noon); the next day Лента.ру retells it at 18:30 (`заявила, что
Россия не будет...`) and РБК copies the quote verbatim (a date alone: placed at the end of its day, after
Лента.ру); Известия changes a word inside the quotation marks
(`диалог` for `переговоры`), Комсомольская правда quotes a trimmed part of it (naming her `М.
Захарова`); ТАСС reports another
statement of hers, about grain for Africa, which is no report of the first.
"""

from __future__ import annotations

from functools import lru_cache

import whosaid
from whosaid.model import Article

QUOTE = "Мы не будем вести переговоры под давлением, и наши западные партнеры должны наконец это понять"

# (id, outlet, published, text): the order they appeared.
REPORTS = [
    ("ria-zakharova", "РИА Новости", "2023-03-10T12:00:00+03:00",
     "Брифинг в МИД\n\nМОСКВА, 10 марта – РИА Новости. Официальный представитель МИД России Мария Захарова "
     f"ответила на вопросы журналистов. \"{QUOTE}\", - сказала Захарова на брифинге."),
    ("lenta-zakharova", "Лента.ру", "2023-03-11T18:30:00+03:00",
     "Новости дипломатии\n\nОфициальный представитель МИД России Мария Захарова заявила, что Россия не будет "
     "вести переговоры под давлением и западные партнеры должны наконец это понять."),
    ("rbc-zakharova", "РБК", "2023-03-11",
     f"Итоги недели\n\n\"{QUOTE}\", - сказала официальный представитель МИД России Мария Захарова на брифинге "
     "в пятницу."),
    ("izvestia-zakharova", "Известия", "2023-03-12",
     "Ответ Западу\n\nМария Захарова прокомментировала заявления западных политиков. \"Мы не будем вести диалог "
     "под давлением, и наши западные партнеры должны наконец это понять\", - подчеркнула Захарова."),
    ("kp-zakharova", "Комсомольская правда", "2023-03-13",
     "О переговорах\n\nПредставитель МИД М. Захарова заявила: \"Мы не будем вести переговоры под давлением\"."),
    ("tass-zakharova-grain", "ТАСС", "2023-03-13",
     "Зерно для Африки\n\nОфициальный представитель МИД России Мария Захарова прокомментировала поставки зерна. "
     "\"Мы выполним все обязательства перед африканскими странами\", - сказала она."),
]
SYNDICATED = [report[0] for report in REPORTS[:5]]  # the articles that report the quote
UNRELATED = REPORTS[5][0]

# Another outlet's copy of the first report: the same words, the same day.
COPY = ("interfax-zakharova", "Интерфакс", "2023-03-10",
        f"Заявление МИД\n\n\"{QUOTE}\", - заявила официальный представитель МИД России Мария Захарова.")

# A long quote of two things, and a retelling of each: the long one alone holds them together.
BRIDGED = [
    ("vesti-both", "Вести", "2023-04-03",
     "Брифинг\n\nМария Захарова ответила на вопросы о переговорах и о зерне. \"Мы не будем вести переговоры под "
     "давлением. Мы выполним все обязательства перед африканскими странами\", - сказала Захарова."),
    ("ng-talks", "Независимая газета", "2023-04-04",
     "Дипломатия\n\nМария Захарова заявила, что Россия не будет вести переговоры под давлением."),
    ("mk-grain", "Московский комсомолец", "2023-04-05",
     "Зерно\n\nМария Захарова заявила, что Россия выполнит все обязательства перед африканскими странами."),
]


@lru_cache(maxsize=None)
def _analysed(article_id: str, source: str, published: str, text: str) -> str:
    return whosaid.extract(text, id=article_id, published=published, source=source).to_json()


def reports(which: list = REPORTS) -> list[Article]:
    """The articles' records, analysed once per test session (a fresh copy each call), in the order
    they appeared."""
    return [Article.from_json(_analysed(*report)) for report in which]


def records_file(path) -> str:
    """The records as `whosaid extract --format jsonl` writes them, for `whosaid ingest --records`."""
    path.write_text("".join(article.to_json() + "\n" for article in reports()), encoding="utf-8")
    return str(path)
