"""Date expressions resolved against the publication date; each rule on a real-style sentence."""

from datetime import date

import pytest

from whosaid import extract
from whosaid.temporal.dates import byline_datetime, normalise_published
from whosaid.temporal.datelines import match_dateline, normal_place

REF = date(2022, 1, 11)  # a Tuesday


def resolve(sentence, ref=REF):
    """The dates the pipeline finds in a sentence of an article published on `ref`."""
    article = extract("Новости\n\n" + sentence, published=ref.isoformat() if ref else None)
    return [(d.text, d.from_, d.to, d.precision) for d in article.dates]


@pytest.mark.parametrize("sentence,expected", [
    ("Захарова прокомментировала прошедшие накануне в Женеве переговоры.",
     ("накануне", "2022-01-10", "2022-01-10", "day")),
    ("Россия и США провели 9-10 января в Женеве консультации.",
     ("9-10 января", "2022-01-09", "2022-01-10", "day")),
    ("Выставка пройдет с 15 по 20 мая в Манеже.", ("с 15 по 20 мая", "2022-05-15", "2022-05-20", "day")),
    ("Учения шли с 28 декабря по 3 января.", ("с 28 декабря по 3 января", "2021-12-28", "2022-01-03", "day")),
    ("Эйфелева башня открылась 21 марта 1889 года.", ("21 марта 1889 года", "1889-03-21", "1889-03-21", "day")),
    ("Документ подписан 30.12.2021 в Кремле.", ("30.12.2021", "2021-12-30", "2021-12-30", "day")),
    ("Об этом он сообщил вчера журналистам.", ("вчера", "2022-01-10", "2022-01-10", "day")),
    ("Решение будет принято завтра.", ("завтра", "2022-01-12", "2022-01-12", "day")),
    ("Сегодня в Москве прошел митинг.", ("Сегодня", "2022-01-11", "2022-01-11", "day")),
    ("Встреча состоялась в понедельник в Женеве.", ("в понедельник", "2022-01-10", "2022-01-10", "day")),
    ("В пятницу в Брюсселе пройдет заседание.", ("В пятницу", "2022-01-14", "2022-01-14", "day")),
    ("В минувшую пятницу министр посетил завод.", ("В минувшую пятницу", "2022-01-07", "2022-01-07", "day")),
    ("Об этом стало известно на прошлой неделе.", ("на прошлой неделе", "2022-01-03", "2022-01-09", "week")),
    ("В конце 2021 года Россия опубликовала проекты договора.",
     ("В конце 2021 года", "2021-10-01", "2021-12-31", "month")),
    ("Закон принят в начале марта 2020 года.", ("в начале марта 2020 года", "2020-03-01", "2020-03-10", "day")),
    ("Показатель вырос в первом квартале 2021 года.",
     ("в первом квартале 2021 года", "2021-01-01", "2021-03-31", "month")),
    ("Цены выросли в декабре 2021 года.", ("в декабре 2021 года", "2021-12-01", "2021-12-31", "month")),
    ("Итоги за январь 2021 года подвели.", ("январь 2021 года", "2021-01-01", "2021-01-31", "month")),
    ("Ранее, в декабре, стороны встречались в Стокгольме.", ("в декабре", "2021-12-01", "2021-12-31", "month")),
    ("Бюджет на 2001 год принят.", ("на 2001 год", "2001-01-01", "2001-12-31", "year")),
    ("В 2017-2019 годах производство падало.", ("В 2017-2019 годах", "2017-01-01", "2019-12-31", "year")),
    ("Завод построен в 1990-х годах.", ("в 1990-х годах", "1990-01-01", "1999-12-31", "year")),
    ("В прошлом году экспорт вырос.", ("В прошлом году", "2021-01-01", "2021-12-31", "year")),
    ("В следующем месяце начнется сезон.", ("В следующем месяце", "2022-02-01", "2022-02-28", "month")),
    ("Летом 2020 года завод закрыли.", ("Летом 2020 года", "2020-06-01", "2020-08-31", "month")),
    ("Три дня назад он вернулся в Москву.", ("Три дня назад", "2022-01-08", "2022-01-08", "day")),
    ("Через неделю откроется выставка.", ("Через неделю", "2022-01-17", "2022-01-23", "week")),
])
def test_expression_resolves(sentence, expected):
    assert expected in resolve(sentence)


def test_future_sentence_moves_weekdays_and_months_ahead():
    ref = date(2021, 11, 10)  # a Wednesday
    long_sentence = ("Глава МИД, как сообщили в ведомстве после долгих консультаций с партнерами по коалиции, "
                     "проведет переговоры с коллегами в понедельник.")
    assert resolve(long_sentence, ref)[0][1] == "2021-11-15"
    assert resolve("Компания рассчитывает запустить завод в феврале.", ref)[0][1:3] == ("2022-02-01", "2022-02-28")
    assert resolve("Завод запустили в феврале.", ref)[0][1] == "2021-02-01"
    assert resolve("Выставка откроется 5 декабря.", ref)[0][1] == "2021-12-05"


@pytest.mark.parametrize("sentence", [
    "Накануне визита президента в городе усилили охрану.",
    "Она пыталась спасти свою карьеру накануне Фолклендской войны.",
    "Накануне события президент призвал граждан к спокойствию.",
])
def test_eve_of_an_event_is_not_the_day_before(sentence):
    assert resolve(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Накануне президенты переговорили по телефону.",
    "Накануне СМИ сообщали о задержании.",
    "Об этом он заявил накануне вечером.",
])
def test_the_day_before_with_a_subject_or_a_time_after_it(sentence):
    assert resolve(sentence)[0][1:] == ("2022-01-10", "2022-01-10", "day")


def test_any_verb_in_the_future_looks_ahead():
    """Not a list of verb forms: the tagger's tense (`подпишет`), or a word of intent."""
    ref = date(2021, 11, 10)  # a Wednesday
    assert resolve("Президент подпишет указ в понедельник.", ref)[0][1] == "2021-11-15"
    assert resolve("Президент подписал указ в понедельник.", ref)[0][1] == "2021-11-08"
    assert resolve("Стороны намерены встретиться в понедельник.", ref)[0][1] == "2021-11-15"


def test_vague_future_is_not_a_date():
    assert resolve("В ближайшее время в Брюсселе пройдет заседание Совета Россия-НАТО.") == []


def test_range_is_one_expression_not_two():
    assert [r[0] for r in resolve("Консультации прошли 9-10 января 2022 года.")] == ["9-10 января 2022 года"]


def test_no_publication_date_leaves_relative_dates_open():
    assert resolve("Об этом сообщили накануне.", ref=None) == [("накануне", None, None, "day")]
    assert resolve("Указ подписан 21 марта 1889 года.", ref=None)[0][1] == "1889-03-21"


def test_impossible_dates_are_not_dates():
    assert resolve("Счет матча 31-32 мая не бывает.") == []
    assert resolve("Он набрал 45.13.2020 очков.") == []


def test_sample_dates(sample_text):
    dates = {d.text: (d.from_, d.to, d.precision) for d in extract(sample_text).dates}
    assert dates["накануне"] == ("2022-01-10", "2022-01-10", "day")
    assert dates["9-10 января"] == ("2022-01-09", "2022-01-10", "day")
    assert dates["В конце 2021 года"][2] == "month"
    assert "В ближайшее время" not in dates


def test_dates_are_not_read_from_boilerplate_or_the_dateline(sample_text):
    article = extract(sample_text)
    for d in article.dates:
        assert not any(b.start <= d.start < b.end for b in article.boilerplate)
        assert not (article.dateline.start <= d.start < article.dateline.end)


@pytest.mark.parametrize("line,place,day,month,agency", [
    ("МИНСК, 11 янв – Sputnik. Россия готова", "Минск", 11, 1, "Sputnik"),
    ("ВЛАДИВОСТОК, 10 авг – РИА Новости. Спасатели", "Владивосток", 10, 8, "РИА Новости"),
    ("ТАСС, 10 августа. Президент", None, 10, 8, "ТАСС"),
    ("МОСКВА, 5 мая /ТАСС/. Совет Федерации", "Москва", 5, 5, "ТАСС"),
    ("Москва. 30 апреля. INTERFAX.RU - Президент", "Москва", 30, 4, "Интерфакс"),
    ("НЬЮ-ЙОРК, 3 фев — РИА Новости, Алексей Богдановский. Генсек ООН", "Нью-Йорк", 3, 2, "РИА Новости"),
    ("РОСТОВ-НА-ДОНУ, 1 сен - РИА Новости. В городе", "Ростов-на-Дону", 1, 9, "РИА Новости"),
    ("КАЗАНЬ, 2 окт \u2015 РИА Новости. В городе", "Казань", 2, 10, "РИА Новости"),  # a horizontal bar for the dash
    ("ВАШИНГТОН, 10 января. /Корр. ТАСС Дмитрий Кирсанов/. США", "Вашингтон", 10, 1, "ТАСС"),
])
def test_dateline_forms(line, place, day, month, agency):
    found = match_dateline(line)
    assert (found.place, found.day, found.month, found.agency) == (place, day, month, agency)


def test_sentences_are_not_datelines():
    assert match_dateline("Россия и США провели 9-10 января в Женеве консультации.") is None
    assert match_dateline("В Москве, 5 мая, прошел парад.") is None


def test_place_case():
    assert normal_place("САНКТ-ПЕТЕРБУРГ") == "Санкт-Петербург"
    assert normal_place("НИЖНИЙ НОВГОРОД") == "Нижний Новгород"
    assert normal_place("Москва") == "Москва"


def test_published_from_metadata_and_bylines():
    assert normalise_published("2022-01-11") == "2022-01-11"
    assert normalise_published("2022-01-11 14:35:00") == "2022-01-11T14:35:00"
    assert normalise_published("Tue, 11 Jan 2022 14:35:00 +0300") == "2022-01-11T14:35:00+03:00"
    assert normalise_published("11 января 2022") == "2022-01-11"
    assert normalise_published("не дата") is None
    assert byline_datetime("Брифинг - Sputnik Беларусь, 1920, 11.01.2022") == "2022-01-11"


def test_metadata_date_resolves_the_dateline_year():
    text = "Заголовок новости о визите\n\nМОСКВА, 5 мая /ТАСС/. Министр прибыл накануне в Минск.\n"
    article = extract(text, published="2021-05-05T10:00:00+03:00")
    assert article.dateline.date == "2021-05-05"
    assert [(d.text, d.from_) for d in article.dates] == [("накануне", "2021-05-04")]


def test_dateline_with_its_own_year_gives_the_publication_date():
    text = "Заголовок новости\n\nМОСКВА, 11 января 2022 — REGNUM. Министр прибыл вчера в Минск.\n"
    article = extract(text)
    assert article.published == "2022-01-11"
    assert article.dates[0].from_ == "2022-01-10"


def test_a_day_and_month_rule_is_tried_only_where_a_day_stands_before_a_month():
    from whosaid.temporal import dates
    tests = next(tests for tests, _, rule in dates._RULES if rule is dates._full_date)
    assert all(t.search("встреча 10 мая") for t in tests)
    assert not all(t.search("сенатор и майор") for t in tests)  # a month's stem, no day before it
