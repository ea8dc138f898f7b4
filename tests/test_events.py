"""Events on real news sentences: each kind, each status, participants, place, dates, duration, and
mentions of one occurrence merged; the founding sample's three events."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from whosaid import extract

from whosaid.evaluate import meetings
from whosaid.events import lexicon
from whosaid.model import Article


def events_of(text: str, published: str = "2022-01-11"):
    article = extract("Новости\n\n" + text, published=published)
    article.check()
    return article.events


def only(text: str, published: str = "2022-01-11"):
    events = events_of(text, published)
    assert len(events) == 1, [(e.type, e.trigger.text) for e in events]
    return events[0]


def names(event) -> list[str]:
    return [p.name for p in event.participants]


# ---------------------------------------------------------------- the sample

@pytest.fixture(scope="module")
def sample(sample_text) -> Article:
    article = extract(sample_text)
    article.check()
    return article


def test_sample_geneva_talks_are_one_event_with_everything_the_text_says(sample):
    geneva = [e for e in sample.events if e.place and e.place.name == "Женева"]
    assert len(geneva) == 1
    talks = geneva[0]
    assert talks.type == "talks" and talks.status == "past"
    assert {"Россия", "США", "Сергей Рябков", "Уэнди Шерман"} <= set(names(talks))
    assert (talks.date_start, talks.date_end) == ("2022-01-09", "2022-01-10")
    assert talks.duration == "PT8H" and talks.duration_mention.text == "почти восемь часов"
    evidence = " | ".join(span.text for span in talks.evidence)
    assert "переговоры в Женеве продолжались почти восемь часов" in evidence
    assert "Россия и США провели 9-10 января в Женеве консультации" in evidence
    assert "назвала беседу" in evidence  # `беседу` refers back to the talks
    assert {m.text for m in talks.mentions} >= {"переговоры", "консультации", "беседу"}
    linked = {p.name: p.entity for p in talks.participants}
    assert all(linked[n] for n in ("Россия", "США", "Сергей Рябков", "Уэнди Шерман"))


def test_sample_announced_sessions_in_brussels_and_vienna(sample):
    by_place = {e.place.name: e for e in sample.events if e.place}
    council, osce = by_place["Брюссель"], by_place["Вена"]
    assert council.type == "session" and council.status == "planned"
    assert names(council) == ["Совет Россия-НАТО"]
    assert osce.type == "talks" and osce.status == "planned"
    assert names(osce) == ["Организация по безопасности и сотрудничеству в Европе"]
    assert council.date_start is None and osce.date_start is None  # `в ближайшее время` stays open


def test_sample_record_round_trips_through_json(sample):
    again = Article.from_json(sample.to_json())
    assert again.events == sample.events
    first = json.loads(sample.to_json())["events"][0]
    assert {"type", "trigger", "evidence", "participants", "place", "date_start", "date_end", "duration",
            "status"} <= set(first)


# ---------------------------------------------------------------- kinds and statuses

def test_talks_past_between_two_countries():
    talks = only("Россия и США провели 9-10 января в Женеве консультации по предложениям Москвы "
                 "о гарантиях безопасности.")
    assert (talks.type, talks.status, names(talks)) == ("talks", "past", ["Россия", "США"])
    assert talks.place.name == "Женева" and (talks.date_start, talks.date_end) == ("2022-01-09", "2022-01-10")


def test_talks_planned_with_a_partner_and_a_future_day():
    talks = only("Владимир Путин в понедельник проведет переговоры с президентом Франции Эммануэлем "
                 "Макроном в Москве.")
    assert talks.type == "talks" and talks.status == "planned"
    assert "Владимир Путин" in names(talks) and any("Макрон" in n for n in names(talks))
    assert talks.place.name == "Москва" and talks.date_start == "2022-01-17"


def test_talks_ongoing():
    talks = only("Похитители ведут с правоохранительными органами и «ЛУКОЙЛом» переговоры.")
    assert (talks.type, talks.status) == ("talks", "ongoing")


def test_meeting_past_with_long_descriptors_before_the_names():
    meeting = only("По инициативе итальянской стороны чрезвычайный и полномочный посол Италии в Грузии "
                   "Виторио Сандали встретился с заместителем министра иностранных дел Грузии Александром "
                   "Налбандовым.")
    assert (meeting.type, meeting.status) == ("meeting", "past")
    assert names(meeting) == ["Виторио Сандали", "Александр Налбандов"]
    assert meeting.place is None  # `посол Италии в Грузии` is an office, not where they met


def test_meeting_ongoing_hosted_in_the_white_house():
    meeting = only("Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози.")
    assert (meeting.type, meeting.status) == ("meeting", "ongoing")
    assert names(meeting) == ["Барак Обама", "Николя Саркози"] and meeting.place.name == "Белый дом"


def test_meeting_planned_with_the_subject_of_a_relative_clause():
    meeting = only("Точку в споре поставят глава ОАО «Газпром» Алексей Миллер и министр энергетики "
                   "Белоруссии Александр Озерец, которые 20 января специально встретятся для обсуждения "
                   "вопроса о задолженности.")
    assert (meeting.type, meeting.status, meeting.date_start) == ("meeting", "planned", "2022-01-20")
    assert names(meeting) == ["Алексей Миллер", "Александр Озерец"]


def test_visit_past_and_planned():
    visit = only("Президент Казахстана Нурсултан Назарбаев прибыл с первым государственным визитом в Бразилию.")
    assert (visit.type, visit.status, names(visit), visit.place.name) == (
        "visit", "past", ["Нурсултан Назарбаев"], "Бразилия")
    visit = only("Премьер-министр Японии Синдзо Абэ посетит Россию в мае.")
    assert (visit.type, visit.status, names(visit), visit.place.name) == (
        "visit", "planned", ["Синдзо Абэ"], "Россия")
    assert (visit.date_start, visit.date_end) == ("2022-05-01", "2022-05-31")


def test_planned_by_a_word_and_partners_of_the_holding_verb():
    visit = only("Песков сообщил, что визит Путина в Китай запланирован на февраль.")
    assert (visit.type, visit.status, names(visit), visit.place.name) == ("visit", "planned", ["Путин"], "Китай")
    talks = only("Украина сможет начать с Россией двусторонние переговоры.")
    assert (talks.status, names(talks)) == ("planned", ["Украина", "Россия"])


def test_an_office_with_its_own_phrase_before_the_name():
    talks = only("Переговоры советника президента США по национальной безопасности Майкла Флинна с послом "
                 "России Сергеем Кисляком прошли в декабре.", published="2017-01-15")
    assert len(talks.participants) == 2 and "Флинн" in talks.participants[0].name
    assert talks.participants[1].name == "Сергей Кисляк"
    assert (talks.status, talks.date_start, talks.date_end) == ("past", "2016-12-01", "2016-12-31")


def test_sent_to_talks_is_not_being_at_them():
    talks = only("Президент Адамс послал трех послов на переговоры в Париж.")
    assert talks.participants == [] and talks.place.name == "Париж"


def test_phone_calls():
    call = only("Путин и Байден провели телефонный разговор, который продолжался около часа.")
    assert (call.type, call.status, names(call), call.duration) == ("phone_call", "past", ["Путин", "Байден"], "PT1H")
    call = only("«Вчера я провел телефонные разговоры с министрами иностранных дел России и Китая Сергеем "
                "Лавровым и Ван И», - отметил Керри.")
    assert call.type == "phone_call" and names(call) == ["Сергей Лавров", "Ван И"]
    assert call.date_start == "2022-01-10"
    call = only("Президенты России и Франции обсудили по телефону ситуацию на Украине.")
    assert call.type == "phone_call" and names(call) == ["Россия", "Франция"]


def test_summit_planned():
    summit = only("Саммит G20 пройдет в Риме 30-31 октября.", published="2021-09-01")
    assert (summit.type, summit.status, summit.place.name) == ("summit", "planned", "Рим")
    assert (summit.date_start, summit.date_end) == ("2021-10-30", "2021-10-31")


def test_session_past_and_ongoing():
    session = only("30 июля в Москве состоялось заседание российского правительства, на котором "
                   "рассматривался вопрос о ценообразовании на лекарства.", published="2010-08-02")
    assert (session.type, session.status, session.place.name, session.date_start) == (
        "session", "past", "Москва", "2010-07-30")
    session = only("Министры иностранных дел стран «большой семерки» проводят в Лондоне двухдневное совещание.")
    assert (session.type, session.status, session.place.name, session.duration) == (
        "session", "ongoing", "Лондон", "P2D")


def test_press_conference_and_briefing_have_the_speaker_as_participant():
    conference = only("Глава МИД России Сергей Лавров 14 января провел пресс-конференцию по итогам года.",
                      published="2022-01-15")
    assert (conference.type, conference.status, names(conference), conference.date_start) == (
        "press_conference", "past", ["Сергей Лавров"], "2022-01-14")
    briefing = only("«Мы видели сообщения в прессе насчет возобновления процесса по делу Магнитского», - "
                    "заявила на пресс-брифинге в четверг официальный представитель Госдепартамента США "
                    "Виктория Нуланд.")
    assert (briefing.type, briefing.status, names(briefing)) == ("briefing", "past", ["Виктория Нуланд"])


def test_duration_written_as_an_adjective():
    meeting = only("В среду в Кремле состоялась полуторачасовая беседа Путина и Си Цзиньпина.")
    assert (meeting.duration, meeting.place.name, names(meeting)) == ("PT1H30M", "Кремль", ["Путин", "Си Цзиньпин"])


def test_a_date_before_it_is_not_a_length():
    meeting = only("Михаил Богданов встречался с Аббасом три недели назад в Аммане.")
    assert meeting.duration is None and meeting.place.name == "Амман"


def test_the_date_an_event_is_set_for_and_a_bound_that_is_no_date():
    election = only("Очередные президентские выборы в Украине назначены на 25 октября 2009 года.")
    assert (election.date_start, election.date_end, election.status) == ("2009-10-25", "2009-10-25", "planned")
    meeting = only("В понедельник встречу министров перенесли на 12 марта 2022 года.")
    assert (meeting.date_start, meeting.status) == ("2022-03-12", "planned")
    talks = only("Переговоры Рябкова и Шерман прошли после 9 января.")
    assert (talks.date_start, talks.date_end) == (None, None)


def test_a_date_given_in_full_without_a_publication_date():
    attack = only("Речь идет о взломе программного обеспечения Orion компании SolarWinds в марте 2020 года.",
                  published=None)
    assert (attack.type, attack.date_start, attack.date_end) == ("attack", "2020-03-01", "2020-03-31")


# ---------------------------------------------------------------- no event

@pytest.mark.parametrize("text", [
    "Мы не ведем переговоров с террористами.",  # negated
    "Израиль и США отвергают подобный шаг, заявляя, что мир может быть достигнут только путем переговоров.",
    "«Барселона» и «Реал» встретятся в матче чемпионата Испании.",  # a match
    "Этот вид птиц встречается только в Бразилии.",  # `встречается`: is found
    "ЕС не может принять новых членов.",  # `принять` no guest
])
def test_not_an_event(text):
    assert events_of(text) == []


# ---------------------------------------------------------------- one occurrence, several mentions

def test_mentions_of_one_occurrence_are_one_event():
    talks = only("Лавров и Блинкен провели переговоры в Женеве. Беседа продолжалась полтора часа.")
    assert [m.text for m in talks.mentions] == ["переговоры", "Беседа"]
    assert talks.duration == "PT1H30M" and len(talks.evidence) == 2


def test_different_places_and_partners_are_different_events():
    events = events_of("В понедельник в Брюсселе пройдет заседание Совета Россия-НАТО, а в среду в Вене — "
                       "консультации ОБСЕ.")
    assert [(e.type, e.place.name, e.date_start) for e in events] == [
        ("session", "Брюссель", "2022-01-17"), ("talks", "Вена", "2022-01-12")]
    events = events_of("Назарбаев проведет переговоры с президентом Бразилии Луисом Инасиу Лулой да Силвой. "
                       "Кроме того, Назарбаев встретится с председателями обеих палат Национального конгресса.")
    assert len(events) == 2


def test_the_clause_at_the_event_gives_its_attendee():
    events = events_of("Во время встречи в Кремле Путин заявил, что в рамках переговоров с Макроном "
                       "обсуждались вопросы безопасности.")
    assert [(e.type, names(e)) for e in events] == [("meeting", ["Путин"]), ("talks", ["Макрон"])]
    assert events[0].place is None  # a body is no city, region or country (EVENTS.md)




# ---------------------------------------------------------------- court, detention, attack, protest, appointment,
# election

def roles(event) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in event.participants]


def test_a_court_orders_an_arrest_and_a_bare_court_is_the_one_named_before():
    first, second = events_of("Тверской районный суд Москвы арестовал блогера Владимира Воронцова. "
                              "Суд также арестовал администратора паблика Игоря Худякова.")
    assert (first.type, roles(first)) == ("court", [("Тверской районный суд Москвы", "court"),
                                                    ("Владимир Воронцов", "defendant")])
    assert (second.type, roles(second)) == ("court", [("Тверской районный суд Москвы", "court"),
                                                      ("Игорь Худяков", "defendant")])
    sentence = only("Суд приговорил бывшего мэра Томска Ивана Кляйна к пяти годам колонии.")
    assert (sentence.type, roles(sentence)) == ("court", [("Иван Кляйн", "defendant")])  # no court named


def test_a_body_by_its_kind_noun_is_the_one_named_before_and_who_speaks_at_its_session_takes_part():
    session = only("Верховная Рада Украины приняла закон о бюджете. Спикер Владимир Литвин выступил в среду "
                   "на заседании парламента.")
    assert (session.type, names(session)) == ("session", ["Верховная Рада Украины", "Владимир Литвин"])
    session = only("Глава правительства Денис Шмыгаль выступил в пятницу на заседании Верховной Рады.")
    assert names(session) == ["Верховная Рада", "Денис Шмыгаль"]
    vote = only("Кнессет в понедельник утвердил состав комиссии. Вечером парламент проголосовал за роспуск.")
    assert (vote.type, roles(vote)[0]) == ("election", ("Кнессет", "voter"))


def test_an_election_to_a_local_body_is_held_where_the_body_sits():
    vote = only("Выборы в городскую думу Екатеринбурга пройдут в сентябре.")
    assert (vote.type, vote.place.name, roles(vote)) == ("election", "Екатеринбург", [("Екатеринбург", "voter")])


def test_a_court_is_a_party_not_a_place_and_the_one_tried_is_the_defendant():
    trial = only("Суд над Навальным прошел в Москве.")
    assert (roles(trial), trial.place.name) == ([("Навальный", "defendant")], "Москва")
    events = events_of("Выборы президента назначены на 25 октября 2009 года. Президент оспорит дату выборов "
                       "в Конституционном суде.")
    assert [(e.type, e.place, e.date_start) for e in events] == [("election", None, "2009-10-25")]


def test_things_arrested_are_a_court_measure_not_a_detention():
    event = only("В Нидерландах были арестованы активы «Газпрома».")
    assert (event.type, event.place.name, roles(event)) == ("court", "Нидерланды", [("Газпром", "defendant")])


def test_detention_by_a_body_the_text_only_describes():
    event = only("Полиция Берлина в воскресенье задержала шесть спортсменов из США и Кубы.")
    assert (event.type, event.status) == ("detention", "past")
    assert roles(event) == [("Полиция Берлина", "detaining")]  # six athletes, not named: no participant
    passive = only("В Москве задержан активист Иван Петров.")
    assert (passive.type, passive.place.name, roles(passive)) == ("detention", "Москва", [("Иван Петров", "detained")])


def test_who_takes_part_by_a_frame_and_the_one_it_is_held_at():
    talks = only("В Вене стартуют переговоры по урегулированию в Сирии с участием Ирана.")
    assert names(talks) == ["Иран"]
    meeting = only("На прошлой неделе прошла встреча глав МИД России, США, Германии с участием Хавьера Соланы.")
    assert names(meeting)[-3:] == ["США", "Германия", "Хавьер Солана"]
    session = only("В Москве прошло совещание под руководством премьер-министра Михаила Мишустина.")
    assert names(session) == ["Михаил Мишустин"]
    session = only("Лавров выступил на совещании у президента России Владимира Путина.")
    assert set(names(session)) == {"Владимир Путин", "Лавров"}
    search = only("У блогера Владимира Воронцова прошел обыск.")
    assert roles(search) == [("Владимир Воронцов", "detained")]
    protest = only("В Москве прошел митинг с участием Алексея Навального.")
    assert roles(protest) == [("Алексей Навальный", "protester")]


def test_nouns_beside_the_trigger_and_the_next_clause_are_not_its_parties():
    assert events_of("Байден поручил провести полную оценку этой кибератаки и возможной причастности РФ "
                     "к ее организации.") == []  # РФ is of `причастности`; the attack is one spoken of before
    detention = only("В тот же день, после жестких задержаний участников акции в Бресте Nexta опубликовал "
                     "список силовиков.")
    assert (detention.type, names(detention), detention.place.name) == ("detention", [], "Брест")


def test_people_the_text_does_not_name_are_no_participants():
    attack = only("Палестинский камикадзе пытался взорвать посольство Франции в Тель-Авиве.")
    assert roles(attack) == [("посольство Франции в Тель-Авиве", "target")]  # a mission named with where it is
    detained = only("В Удмуртии арестован глава республики.")
    assert roles(detained) == [("глава республики", "detained")]  # an office is named


@pytest.mark.parametrize("text, kind, name", [
    # `их` after people of a common noun stands for them, not for the people named together before
    ("Вечером были убиты Исмаил Мадаев и Умар Каимов. Милиция проводит мероприятия с целью установления "
     "преступников и их задержания.", "detention", "Исмаил Мадаев"),
    # the subject of another clause is not the other side of talks with a partner (a misparse hangs them on it)
    ("Пресс-секретарь губернатора Алексей Казаков подтвердил, что Наздратенко после телефонного разговора с "
     "президентом принял решение уйти.", "phone_call", "Алексей Казаков"),
    # a place named with its kind is the place, not a side
    ("Теракт в аэропорту израильского города Эйлат. Погибли 10 человек.", "attack", "израильский город Эйлат"),
])
def test_who_does_not_take_part(text, kind, name):
    assert not any(e.type == kind and name in names(e) for e in events_of(text))


def test_an_office_held_by_a_person_named_before():
    events = events_of("Глава Фонда борьбы с коррупцией Алексей Навальный объявил о желании участвовать в "
                       "выборах. По этому делу глава Фонда борьбы с коррупцией был осужден.")
    court = next(e for e in events if e.type == "court")
    assert roles(court) == [("Алексей Навальный", "defendant")]


def test_a_participle_for_people_is_no_event_and_an_administrative_arrest_is_a_court_measure():
    assert events_of("Канал опубликовал данные после массовых задержаний протестующих.") == []
    court, detention, _picket = events_of("В Москве административный арест получил журналист Илья Азар, задержанный "
                                          "полицейскими на одиночном пикете.")
    assert (court.type, roles(court), court.place.name) == ("court", [("Илья Азар", "defendant")], "Москва")
    assert (detention.type, roles(detention)[0]) == ("detention", ("Илья Азар", "detained"))


def test_subjects_the_parse_splits_a_pronoun_and_the_one_an_infinitive_is_asked_of():
    meeting = only("Глава администрации США Барак Обама и непримиримый критик \"американского империализма\" "
                   "венесуэльский президент Уго Чавес встретились и пожали друг другу руки.")
    assert names(meeting) == ["Барак Обама", "Уго Чавес"]
    meeting = only("Колмогоров заявил, что он ездил в Мадрид встретиться с судьей Гарсоном.")
    assert (names(meeting), meeting.place.name) == (["Колмогоров", "Гарсон"], "Мадрид")
    election = only("Спикер Госдумы Вячеслав Володин запретил Алексею Навальному участвовать в выборах.")
    assert roles(election) == [("Алексей Навальный", "candidate")]


def test_a_reported_clause_without_a_subject_takes_the_reporters_when_they_agree():
    assert names(only("Путин заявил, что встретится с Байденом в Женеве.")) == ["Путин", "Байден"]
    meeting = only("После этого ветеран большой политики Ортега, выступая перед журналистами, не преминул напомнить, "
                   "что в свое время уже встречался и с Джимми Картером, и с Рональдом Рейганом.")
    assert names(meeting) == ["Ортега", "Джимми Картер", "Рональд Рейган"]
    assert names(only("Мария Захарова сообщила, что встречался с послом Италии.")) == ["Италия"]  # not she
    assert names(only("Лавров сообщил, что встречались с Блинкеном.")) == ["Блинкен"]  # not he alone


def test_ones_own_event_is_the_clause_subjects():
    visit = only("Накануне своего визита в Пекин Туркменбаши готов был продавать газ по 80 долларов.")
    assert (names(visit), visit.place.name) == (["Туркменбаши"], "Пекин")
    meeting = only("Путин после своей встречи с Байденом вернулся в Москву.")
    assert set(names(meeting)) == {"Путин", "Байден"}


def test_the_place_of_the_event_not_of_its_topic_and_a_capital_agrees_with_its_country():
    talks = only("В столице Австрии Вене стартуют переговоры по урегулированию в Сирии.")
    assert talks.place.name == "Вена"
    talks = only("Переговоры по Сирии в Австрии стартуют. В столице Австрии Вене стартуют переговоры по "
                 "урегулированию в Сирии.")
    assert talks.place.name == "Вена" and len(talks.mentions) == 2
    referendum = only("Обсуждены итоги референдума в Курдском автономном районе Ирака. Премьер сообщил об итогах "
                      "курдского референдума в Ираке.")  # the region's country is no candidate
    assert (referendum.place.name, roles(referendum)) == ("Курдский автономный район",
                                                          [("Курдский автономный район", "voter")])
    assert len(referendum.mentions) == 2


def test_where_the_parties_are_when_the_clause_does_not_say_where():
    court = events_of("Тверской районный суд Москвы арестовал блогера Владимира Воронцова.")[0]
    assert court.place.name == "Москва"
    detention = only("Полиция Берлина задержала шесть спортсменов.")
    assert detention.place.name == "Берлин"
    attack = only("Палестинский камикадзе пытался взорвать посольство Франции в Тель-Авиве.")
    assert attack.place.name == "Тель-Авив"
    attack = only("Израильские ВВС нанесли удар по базе ПВО под Дамаском.")
    assert attack.place.name == "Дамаск"
    attack = only("Боевики напали на посольство Франции.")  # the embassy is what is attacked, and abroad
    assert attack.place is None and ("посольство Франции", "target") in roles(attack)


def test_the_dateline_places_what_its_paragraph_reports():
    article = extract("Новости\n\nМИНСК, 8 мая — Sputnik. Полиция задержала активиста Ивана Петрова.\n\n"
                      "В Гомеле прошел митинг. Власти провели переговоры с оппозицией.", published="2020-05-09")
    detention, protest, talks = article.events
    assert (detention.type, detention.place.name, detention.place.mention.text) == ("detention", "Минск", "МИНСК")
    assert (protest.type, protest.place.name) == ("protest", "Гомель")
    assert (talks.type, talks.place) == ("talks", None)  # not the dateline's story


def test_a_search_is_not_the_detention_of_the_same_person():
    search, detention = events_of("В апреле у блогера Владимира Воронцова прошел обыск. В мае полиция задержала "
                                  "Владимира Воронцова. После задержания Воронцова объявили розыск.")
    assert [m.text for m in search.mentions] == ["обыск"]
    assert [m.text for m in detention.mentions] == ["задержала", "задержания"]
    assert search.date_start == "2021-04-01" and detention.date_start == "2021-05-01"


def test_attack_with_its_attacker_and_target():
    event = only("Израильские военные нанесли удар по аэропорту Дамаска.")
    assert event.type == "attack" and ("Израильские военные", "attacker") in roles(event)
    assert [role for _, role in roles(event)].count("target") == 1


@pytest.mark.parametrize("text, kind, parties", [
    # a possessive before the event noun is its genitive, a pronoun after `с` its partner, whom the entities
    # resolve them to
    ("Анна Смирнова вернулась в Казань. Ее задержание прошло в аэропорту.", "detention",
     [("Анна Смирнова", "detained")]),
    ("Олег Кузнецов вернулся в Казань. Его арест стал неожиданностью.", "detention", [("Олег Кузнецов", "detained")]),
    ("Олег Кузнецов и Анна Смирнова работают в Казани. Их встреча прошла в мэрии.", "meeting",
     [("Олег Кузнецов", "participant"), ("Анна Смирнова", "participant")]),
    ("Виктор Орбан работает в Будапеште. Встреча с ним прошла в пятницу.", "meeting",
     [("Виктор Орбан", "participant")]),
    # talks told after, with a partner only: the clause's subject is the other side
    ("После встречи с Эммануэлем Макроном канцлер Олаф Шольц ответил на вопросы журналистов.", "meeting",
     [("Эммануэль Макрон", "participant"), ("Олаф Шольц", "participant")]),
    # what a court goes on to do in an infinitive (`начал рассматривать`, `отказался рассматривать`) has its parties
    ("Суд начал рассматривать дело Павла Орлова.", "court", [("Павел Орлов", "defendant")]),
    ("Арбитражный суд отказался рассматривать иск Анны Смирновой к компании «Татнефть».", "court",
     [("Арбитражный суд", "court"), ("Анна Смирнова", "plaintiff"), ("Татнефть", "defendant")]),
    # `на` with the accusative after an attack is its target, not the start of a genitive
    ("Нападение на депутата Олега Кузнецова произошло в Казани.", "attack", [("Олег Кузнецов", "target")]),
    # a delegation stands for the countries it is named by
    ("Делегации Чили и Перу провели консультации в Лиме.", "talks", [("Чили", "participant"), ("Перу", "participant")]),
    ("Норвежская делегация провела переговоры в Осло.", "talks", [("Норвегия", "participant")]),
    # an object the parse hangs on the predicate (`признал виновным`, `назначил послом`) is the verb's
    ("Суд признал виновным Павла Орлова.", "court", [("Павел Орлов", "defendant")]),
    ("Суд признал виновной в мошенничестве Анну Смирнову.", "court", [("Анна Смирнова", "defendant")]),
    # a facility is a side of its own, though its city is the place
    ("Военный погиб при обстреле аэропорта Луганска.", "attack", [("аэропорт Луганск", "target")]),
    # the subject of a verb that carries out the event named by its object does it
    ("Россия осуществила ракетный удар по Харькову.", "attack", [("Харьков", "target"), ("Россия", "attacker")]),
    # an office in the instrumental is the post one is appointed to, not who appointed
    ("Новым министром культуры назначен Павел Орлов.", "appointment", [("Павел Орлов", "appointed")]),
])
def test_who_takes_part_by_a_possessive_the_verb_that_carries_it_out_or_the_post(text, kind, parties):
    event = only(text)
    assert (event.type, roles(event)) == (kind, parties)


@pytest.mark.parametrize("text, kind, trigger", [
    ("Поездка главы МИД Сергея Лаврова в Анкару состоится в пятницу.", "visit", "Поездка"),
    ("По прибытии в Мадрид министр Сергей Лавров провел переговоры.", "visit", "прибытии"),
    ("Неизвестные стреляли в посетителей ресторана.", "attack", "стреляли"),
    ("Зюганов был выдвинут съездом КПРФ кандидатом в президенты.", "session", "съездом"),
])
def test_trips_arrivals_and_shooting(text, kind, trigger):
    assert (kind, trigger) in [(e.type, e.trigger.text) for e in events_of(text)]


@pytest.mark.parametrize("text, place", [
    ("Главарь группировки погиб в Йемене 30 сентября в результате авиаудара.", "Йемен"),
    ("Главарь группировки не был уничтожен в Йемене 30 сентября в результате авиаудара.", "Йемен"),
    ("Из-за обстрела в Белгороде пострадали двое.", "Белгород"),
])
def test_an_attack_strikes_where_and_when_what_it_caused_happened(text, place):
    event = only(text)
    assert (event.type, event.place.name) == ("attack", place)


@pytest.mark.parametrize("text, parties", [
    ("Суд признал Ивана Петрова виновным в мошенничестве.", ["Иван Петров"]),
    ("В то же время суд подтвердил долг Нафтогаза перед Газпромом.", ["Нафтогаз"]),
])
def test_a_courts_finding_is_a_ruling_and_a_courts_words_are_not(text, parties):
    event = only(text)
    assert event.type == "court" and names(event)[:2] == parties
    assert events_of("Суд заявил, что решение окончательное.") == []


def test_a_body_tells_which_event_it_is_but_is_no_place():
    event = only("Выборы в Госдуму прошли 8 сентября.")
    assert event.type == "election" and event.place is None


def test_a_body_whose_compound_name_says_its_city_is_there():
    vote = only("Выборы в Мосгордуму прошли 8 сентября.")
    trial = only("Мосгорсуд приговорил Ивана Сидорова к трем годам.")
    assert [(e.type, e.place.name) for e in (vote, trial)] == [("election", "Москва"), ("court", "Москва")]


def test_a_local_body_named_by_its_countrys_adjective_is_there():
    event = only("Американская полиция задержала двоих подозреваемых.")
    assert (event.type, event.place.name) == ("detention", "США")


def test_an_event_nothing_dates_or_tenses_is_one_that_happened():
    event = only("Скотленд-ярд после убийства бен Ладена ожидает терактов в любой момент.")
    assert (event.type, event.status) == ("attack", "past")


@pytest.mark.parametrize("text, place", [
    ("На открывшемся сегодня в столице Дании заседании исполкома УЕФА обсуждали чемпионат.", "Копенгаген"),
    ("Саммит пройдет в столице Индии.", "Нью-Дели"),
    ("Переговоры прошли в столице Австрии Вене.", "Вена"),
    # the place by its own name, not with its kind and its country's adjective
    ("Переговоры прошли в норвежской столице Осло.", "Осло"),
    ("Саммит прошел в итальянском городе Генуя.", "Генуя"),
    ("Встреча министров прошла в испанской Севилье.", "Севилья"),
    ("Консультации прошли в японской столице.", "Токио"),
])
def test_the_capital_of_a_country_is_its_city_and_a_place_its_own_name(text, place):
    assert only(text).place.name == place


def test_protest_appointment_resignation_and_election():
    protest = only("Партия «Яблоко» провела митинг в Москве.")
    assert (protest.type, protest.place.name, roles(protest)) == ("protest", "Москва", [("Яблоко", "protester")])
    appointed = only("Президент России Владимир Путин назначил Ивана Петрова министром финансов.")
    assert (appointed.type, roles(appointed)) == ("appointment", [("Владимир Путин", "appointing"),
                                                                  ("Иван Петров", "appointed")])
    resigned = only("Министр финансов Иван Петров подал в отставку.")
    assert (resigned.type, roles(resigned)) == ("appointment", [("Иван Петров", "appointed")])
    election = only("В воскресенье в Молдавии прошли президентские выборы.")
    assert (election.type, election.place.name, election.date_start) == ("election", "Молдавия", "2022-01-09")
    assert roles(election) == [("Молдавия", "voter")]


@pytest.mark.parametrize("text, parties, place", [
    # the office an election fills is no one who takes part, not even who holds it now; where it is of votes
    ("Губернатор Томской области Иван Сидоров выступил по телевидению. Выборы губернатора Томской области назначены "
     "на сентябрь.", [("Томская область", "voter")], "Томская область"),
    ("Выборы мэра Казани назначены на сентябрь.", [("Казань", "voter")], "Казань"),
])
def test_an_election_is_held_where_the_office_it_fills_is(text, parties, place):
    election = only(text)
    assert (election.type, roles(election), election.place.name) == ("election", parties, place)


def test_an_event_called_off_is_cancelled_one_that_never_was_is_none():
    meeting = only("Встреча Путина и Байдена в Женеве отменена.")
    assert (meeting.type, meeting.status, meeting.place.name, names(meeting)) == (
        "meeting", "cancelled", "Женева", ["Путин", "Байден"])
    summit = only("Саммит ЕС и Китая в Брюсселе не состоится.")
    assert (summit.type, summit.status) == ("summit", "cancelled")
    protest = only("Власти Москвы отменили митинг оппозиции.")
    assert (protest.type, protest.status) == ("protest", "cancelled")
    assert events_of("Никаких переговоров с Россией не было.") == []


def test_what_something_led_to_or_caused_happened():
    resigned = only("Публикация привела к отставке министра финансов Ивана Петрова.")
    assert (resigned.type, resigned.status, names(resigned)) == ("appointment", "past", ["Иван Петров"])
    events = events_of("Задержание блогера Ивана Петрова вызвало волну протестов.")
    assert sorted(e.type for e in events) == ["detention", "protest"]


@pytest.mark.parametrize("text, kind", [
    ("Иван Петров получил условный срок.", "court"),
    ("Компания подала в арбитражный суд ходатайство об отсрочке.", "court"),
    ("Губернатор принял кадровое решение.", "appointment"),
    ("Президент принял отставку министра Ивана Петрова.", "appointment"),
    ("Общее собрание акционеров «Газпрома» прошло в Москве.", "session"),
    ("В Конгрессе США прошли слушания о кибератаке.", "session"),
])
def test_a_sentence_a_motion_a_staff_decision_a_shareholders_meeting_hearings(text, kind):
    assert only(text).type == kind


@pytest.mark.parametrize("text, kind", [
    ("Условный срок по делу Ивана Петрова не учитывался при регистрации кандидатов.", "court"),
    ("На заседании комитета министр Иван Петров не смог ответить на вопросы депутатов.", "session"),
])
def test_what_was_not_done_at_or_with_an_event_does_not_deny_it(text, kind):
    assert only(text).type == kind


@pytest.mark.parametrize("text", [
    "Такие публикации приводят к отставкам.",  # what happens as a rule
    "Задержание блогера может вызвать волну протестов.",
    "Митингующие выдвинули требования новых выборов и отставки министра Ивана Петрова.",  # asked for
    "Депутат поддержал требование оппозиции отправить в отставку главу Минфина Ивана Петрова.",
    "Срок полномочий президента Ивана Петрова истекает в мае.",  # a term of office, not a sentence
    "Адвокат направил ходатайство на имя следователя Ивана Петрова.",  # no court
    "Депутаты Законодательного собрания Петербурга приняли закон.",  # a body, not a session
])
def test_led_to_as_a_rule_asked_for_or_no_event_at_all(text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "Верховная Рада назначила дату выборов.",  # a date, not a person, is named
    "Эксперты говорят о высокой угрозе теракта в Европе.",  # a possibility
    "Лекция о вреде митингов прошла в школе.",
    "Он сделал свой выбор.",  # `выбор` in the singular is a choice
    "Посол выразил протест.",  # `протест` in the singular is an objection
])
def test_not_one_of_the_new_kinds(text):
    assert [e.type for e in events_of(text)
            if e.type in ("court", "detention", "attack", "protest", "appointment", "election")] == []


# ---------------------------------------------------------------- places and parties said around the event

@pytest.mark.parametrize("text, place", [
    ("Крымский гарнизонный военный суд приговорил двух матросов к условным срокам.", "Крым"),
    ("Тверской районный суд Москвы арестовал блогера Ивана Петрова.", "Москва"),  # the name's place first
    ("Европейский суд по правам человека рассмотрел жалобу Ивана Петрова.", None),  # no one place
])
def test_a_court_is_where_its_adjective_says(text, place):
    court = only(text)
    assert court.type == "court" and (court.place.name if court.place else None) == place


def test_place_adjectives_from_the_dictionary_and_the_list():
    assert [lexicon.place_of_adjective(w) for w in ("хабаровский", "стокгольмский", "чебоксарский", "крымский",
                                                    "московский", "шведский")] == \
        ["Хабаровск", "Стокгольм", "Чебоксары", "Крым", "Москва", "Швеция"]
    assert [lexicon.place_of_adjective(w) for w in ("районный", "городской", "президентский", "европейский",
                                                    "тверской")] == [None] * 5


def test_a_street_given_with_its_city_is_in_that_city_and_names_no_one():
    protest = only("Сторонники оппозиции провели митинг на московском проспекте Академика Сахарова.")
    assert protest.place.name == "Москва" and names(protest) == []


@pytest.mark.parametrize("text, place", [
    ("В Казани штраф получил активист Иван Петров, задержанный полицейскими на пикете.", "Казань"),
    ("В Казани штраф получил активист Иван Петров, задержанный полицейскими в Самаре.", "Самара"),
])
def test_a_participle_happened_where_its_person_is_said_to_be(text, place):
    detention = events_of(text)[0]
    assert detention.type == "detention" and detention.place.name == place
    assert "Иван Петров" in names(detention)


def test_who_leads_a_session_though_the_parse_hangs_it_lower():
    session = only("Компания сообщила об итогах прошедшего во вторник совещания по обеспечению поставок нефти "
                   "зарубежным покупателям в период сильных морозов под руководством вице-президента компании "
                   "Олега Смирнова.")
    assert session.type == "session" and names(session) == ["Олег Смирнов"]


def test_the_doer_of_a_passive_holding_verb_is_the_attacker():
    attack = only("Удар по складу был нанесен самолетами израильских ВВС.")
    assert attack.type == "attack"
    assert [p.role for p in attack.participants if "ВВС" in p.name] == ["attacker"]


def test_the_court_an_appeal_goes_to_and_the_one_who_appeals():
    court = only("Президент Виктор Ющенко решил обжаловать постановление парламента в Конституционном суде.")
    roles = {p.name: p.role for p in court.participants}
    assert roles == {"Виктор Ющенко": "plaintiff", "Конституционный суд": "court"}


# ---------------------------------------------------------------- factRuEval Meeting facts

def test_meeting_scoring_pairs_facts_and_counts_participants():
    doc = {"doc_id": "t", "text": "Путин встретился с Макроном и Шольцем.",
           "entities": [{"id": "1", "start": 0, "end": 5}, {"id": "2", "start": 19, "end": 27},
                        {"id": "3", "start": 30, "end": 37}],
           "corefs": [{"id": "a", "mentions": ["1"]}, {"id": "b", "mentions": ["2"]}, {"id": "c", "mentions": ["3"]}],
           "facts": [{"type": "Meeting", "args": [{"role": "Participant", "refs": [{"kind": "obj", "id": "a"}]},
                                                  {"role": "Participant", "refs": [{"kind": "obj", "id": "b"}]}]}]}
    article = extract(doc["text"])
    score = meetings.score_document(doc, article)
    assert (score.predicted, score.gold, score.shared) == (3, 2, 2)
    assert score.precision == pytest.approx(2 / 3) and score.recall == 1.0 and score.exact == 0


def test_meeting_facts_on_factru_dev():
    path = shared_path("gold/factru-dev.jsonl")
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    articles = [extract(d["text"], id=d["doc_id"]) for d in docs]
    result = meetings.score(docs, articles)
    print("factRuEval dev Meeting participants:", result.figures())
    assert result.gold == 12 and result.f1 >= 0.5


# ---------------------------------------------------------------- issue 16: status, the article's places, pronouns

def test_the_date_a_verb_sets_for_an_event_makes_it_planned():
    event = only("Сейм Литвы назначил дату парламентских выборов: 9 октября.")
    assert (event.type, event.status) == ("election", "planned")


def test_a_status_told_wins_over_one_assumed_from_the_clause_that_speaks_of_it():
    event = only("Лавров прокомментировал переговоры с Японией. Переговоры с Японией пройдут в Токио в марте.")
    assert (event.status, event.place.name) == ("planned", "Токио")


def test_an_election_that_names_no_place_is_the_countrys():
    event = only("Сейм Литвы назначил дату парламентских выборов: 9 октября.")
    assert event.place.name == "Литва" and ("Литва", "voter") in [(p.name, p.role) for p in event.participants]


def test_a_square_of_no_city_named_is_in_the_articles_city():
    event = only("Сторонники оппозиции провели митинг на Пушкинской площади. Московские власти согласовали акцию "
                 "заранее.")
    assert event.place.name == "Москва"
    alone = only("Пикет прошел на Пушкинской площади.")  # no city in the text: the square stays
    assert alone.place.name == "Пушкинская площадь"


def test_a_detention_no_clause_places_happened_where_the_story_placed_the_last_one():
    first, second = events_of("В Минске полиция задержала двух активистов. Позже были задержаны трое журналистов.")
    assert (first.place.name, second.place.name) == ("Минск", "Минск")
    detention, session = events_of("В Минске полиция задержала двух активистов. Позже министр провел совещание с "
                                   "губернаторами.")
    assert session.type == "session" and session.place is None  # a session is not where a detention was


def test_they_are_the_people_named_together_before():
    event = only("Бизнесмены Иван Петров и Сергей Иванов обвинялись в мошенничестве. Суд приговорил их к пяти "
                 "годам заключения.")
    assert {(p.name, p.role) for p in event.participants} >= {("Иван Петров", "defendant"),
                                                               ("Сергей Иванов", "defendant")}
    alone = only("Бизнесмен Иван Петров обвинялся в мошенничестве. Суд приговорил их к пяти годам заключения.")
    assert names(alone) == []  # one person named is not `их`


@pytest.mark.parametrize("text", [
    "Бизнесмены Иван Петров и Сергей Иванов обвинялись в мошенничестве. Суд приговорил обоих к пяти годам колонии.",
    "Иван Петров и Сергей Иванов вышли на акцию. Оба были задержаны.",
])
def test_both_are_the_two_people_named_together_before(text):
    assert set(names(only(text))) >= {"Иван Петров", "Сергей Иванов"}


def test_both_with_a_noun_are_not_the_people_named_together_before():
    # the pilots, not the two presidents
    detention = [e for e in events_of("Встреча Путина и Эрдогана пройдет в августе. Сейчас оба летчика арестованы.")
                 if e.type == "detention"]
    assert len(detention) == 1 and names(detention[0]) == []


def test_an_acronym_of_a_country_names_it():
    assert only("В АРЕ задержаны трое журналистов.").place.name == "Египет"


# ---------------------------------------------------------------- issue 16: constructions read on the corpus

@pytest.mark.parametrize("text", [
    "Судя по всему, переговоры министров прошли в Вене успешно.",
    "Судя по снимкам, здание построено недавно.",
])
def test_judging_by_tries_no_one(text):
    assert [e.type for e in events_of(text) if e.type == "court"] == []


def test_a_trial_is_still_a_trial():
    assert only("Петра Иванова будут судить в Москве в марте.").type == "court"


@pytest.mark.parametrize("text, target", [
    ("Накануне аэропорт Дамаска подвергся удару с воздуха.", "аэропорт Дамаска"),
    ("Город Гори подвергся бомбардировке российской авиации.", "Гори"),
])
def test_what_undergoes_an_attack_is_its_target(text, target):
    attack = only(text)
    assert attack.type == "attack" and attack.status == "past"
    assert any(target in p.name and p.role == "target" for p in attack.participants), attack.participants


def test_undergoing_what_is_no_event_is_none():
    assert events_of("Министр подвергся резкой критике депутатов.") == []


@pytest.mark.parametrize("text, target", [
    ("Бомбардировка Белграда авиацией НАТО началась 24 марта 1999 года.", "Белград"),
    ("Жители пострадали при обстреле Цхинвали грузинской артиллерией.", "Цхинвали"),
])
def test_what_is_shelled_or_bombed_is_the_target(text, target):
    attack = only(text)
    assert (target, "target") in [(p.name, p.role) for p in attack.participants]


def test_who_strikes_is_the_attacker():
    attack = only("Удар израильских ВВС пришелся по складам в провинции Хама.")
    assert [p.role for p in attack.participants if "ВВС" in p.name] == ["attacker"]


@pytest.mark.parametrize("text", [
    "Оппозиция требует отставки министра обороны Сергея Иванова.",
    "Компания продолжит добиваться ареста активов концерна «Нефтегаз» в Европе.",
    "Полиция предупреждала о возможных нападениях на посольство Франции.",
])
def test_an_event_asked_for_or_possible_is_none(text):
    assert events_of(text) == []


def test_an_event_achieved_happened():
    assert only("Депутаты добились отставки министра обороны Сергея Иванова.").type == "appointment"


@pytest.mark.parametrize("text, kind", [
    ("Канцлер Германии Ангела Меркель, с которой встретился Владимир Путин, заявила о прогрессе.", "meeting"),
    ("Президент Египта Мухаммед Мурси, с которым вчера провел переговоры Владимир Путин, прибыл в Сочи.", "talks"),
])
def test_the_partner_which_stands_for_is_the_noun_it_is_attached_to(text, kind):
    event = next(e for e in events_of(text) if e.type == kind)
    assert len(event.participants) == 2 and "Владимир Путин" in names(event)


def test_a_partner_in_a_clause_of_no_event_is_none():
    text = "Канцлер Германии Ангела Меркель, с которой Владимир Путин часто спорит, прибыла в Сочи."
    assert [e.type for e in events_of(text) if e.type in ("meeting", "talks")] == []


@pytest.mark.parametrize("text", [
    "Сергей Лавров провел 9 января в Женеве важную встречу. 9 января в Женеве состоялась его встреча с Джоном Керри.",
    "Сергей Лавров 9 января встретился в Женеве. Встреча с Джоном Керри прошла 9 января в Женеве.",
])
def test_one_side_named_in_one_mention_and_the_partner_in_another_is_one_meeting(text):
    meeting = only(text)
    assert set(names(meeting)) == {"Сергей Лавров", "Джон Керри"}


def test_two_people_meeting_apart_are_two_meetings():
    first, second = events_of("Сергей Лавров 9 января встретился в Женеве с коллегами. Джон Керри 9 января "
                              "встретился в Женеве с журналистами.")
    assert (names(first), names(second)) == (["Сергей Лавров"], ["Джон Керри"])


def test_two_places_in_one_city_are_two_events_the_city_and_a_place_in_it_one():
    first, second = events_of("Оппозиция провела митинг на Болотной площади. Митинг в Москве собрал тысячи людей. "
                              "Еще один митинг прошел на проспекте Сахарова.")
    assert [m.text for m in first.mentions] == ["митинг", "Митинг"] and second.place.name == "Москва"


def test_the_name_of_a_case_is_no_party_but_tells_which_case_it_is():
    ruling = only("В сентябре Верховный суд отменил приговор оппозиционеру Ивану Петрову по делу «Кировлеса».")
    assert names(ruling) == ["Верховный суд", "Иван Петров"]
    term = only("Условный срок по делу «Ив Роше» не брался в расчет.")
    assert term.type == "court" and names(term) == []


def test_who_announces_the_intent_takes_part_and_what_was_forbidden_is_still_to_come():
    election = only("Спикер парламента запретил Ивану Петрову участвовать в выборах президента. Иван Петров "
                    "объявил о намерении участвовать в выборах.")
    assert (election.status, len(election.mentions), names(election)) == ("planned", 2, ["Иван Петров"])


def test_whose_plan_it_was_is_not_who_rejected_it():
    talks = only("Депутаты отвергли план Ивана Петрова провести переговоры с Японией.")
    assert "Депутаты" not in names(talks)


def test_the_one_sent_into_retirement_is_appointed_not_appointing():
    event = only("Губернатор Александр Хорошавин был отправлен в отставку в связи с утратой доверия.")
    assert [(p.name, p.role) for p in event.participants] == [("Александр Хорошавин", "appointed")]


def test_a_verb_after_an_event_does_not_hold_it():
    events = events_of("После ареста губернатор Александр Хорошавин был отправлен в отставку президентом.")
    assert [(e.type, names(e)) for e in events if e.type == "detention"] == []


def test_a_place_inside_a_partys_phrase_is_no_party():
    detention = next(e for e in events_of("Обвиняемый в убийстве девяти прихожан в церкви Чарльстона был задержан.")
                     if e.type == "detention")
    assert "Чарльстон" not in names(detention)
    embassy = only("Полиция задержала сотрудников посольства США в Москве.")
    assert embassy.place.name == "Москва" and "Москва" not in names(embassy)


def test_a_judge_who_goes_away_judges_no_one():
    events = events_of("Заседание снова перенесли: то судья уехала в область, то ответчики не явились.")
    assert [e.trigger.text for e in events if e.type == "court"] == []
    assert only("Судья арестовал блогера Ивана Петрова на два месяца.").type == "court"


def test_a_group_of_people_held_is_a_detention_things_held_a_court_arrest():
    group = only("Пограничники задержали группу российских артистов в кишиневском аэропорту.")
    assert group.type == "detention" and group.participants[-1].role == "detained"
    assert only("В Швейцарии были арестованы акции компании.").type == "court"


@pytest.mark.parametrize("text, kind, who", [
    ("Сергей Лавров принял участие в переговорах в Вене.", "talks", "Сергей Лавров"),
    ("Алексей Навальный примет участие в выборах мэра Москвы.", "election", "Алексей Навальный"),
    ("Министр Иван Петров прибыл в Вену для участия в саммите ОБСЕ.", "summit", "Иван Петров"),
])
def test_who_takes_part_in_an_event_takes_part(text, kind, who):
    event = only(text)
    assert event.type == kind and who in names(event)


@pytest.mark.parametrize("text", [
    "Лавров выступил за участие Ирана в переговорах.",
    "Оппозиция отказалась от участия в выборах.",
])
def test_taking_part_spoken_of_is_no_event(text):
    assert events_of(text) == []


def test_a_mention_that_names_nothing_to_tell_another_is_of_the_one_event_of_its_kind():
    talks, other = events_of("В Вене проходят переговоры по Сирии. Французская делегация подтвердила, что в "
                             "переговорах участвует Лоран Фабиус. Иран провел переговоры с Ираком в Тегеране.")
    assert (talks.place.name, names(talks)) == ("Вена", ["Лоран Фабиус"]) and other.place.name == "Тегеран"


def test_a_courts_acts_and_what_came_later_are_told_apart():
    first, second = events_of("Тверской суд арестовал блогера Ивана Петрова. Апелляционный суд рассмотрел жалобу "
                              "защиты.")
    assert (first.trigger.text, second.trigger.text) == ("арестовал", "рассмотрел")
    first, second = events_of("В Минске полиция задержала двух активистов. Позже были задержаны трое журналистов.")
    assert (first.trigger.text, second.trigger.text) == ("задержала", "задержаны")


@pytest.mark.parametrize("text, who, role", [
    ("Иван Петров покинул пост министра обороны.", "Иван Петров", "appointed"),
    ("Иван Петров был освобожден от должности губернатора.", "Иван Петров", "appointed"),
    ("Путин освободил Ивана Петрова от должности губернатора.", "Путин", "appointing"),
    ("Иван Петров ушел с поста главы компании.", "Иван Петров", "appointed"),
])
def test_leaving_a_post_or_removal_from_it(text, who, role):
    event = only(text)
    assert event.type == "appointment" and (who, role) in [(p.name, p.role) for p in event.participants]


@pytest.mark.parametrize("text", [
    "Иван Петров покинул зал заседаний.",
    "Блогер снял пост о чиновнике.",
    "Блогер оставил пост в соцсети.",
])
def test_leaving_a_room_or_a_blog_post_is_no_appointment(text):
    assert events_of(text) == []


def test_a_subject_that_names_no_one_is_not_the_reporter():
    events = events_of("Эксперты газеты «Ведомости» считают, что только трое из них смогут принять участие в "
                       "предстоящих выборах.")
    assert all("Ведомости" not in names(e) for e in events)
    assert names(only("Путин заявил, что встретится с Байденом в Женеве.")) == ["Путин", "Байден"]


@pytest.mark.parametrize("text", [
    "В Вене прошла встреча министров. На ней присутствовали Сергей Лавров и Джон Керри.",
    "В Вене прошли переговоры по Сирии. В них участвовали Сергей Лавров и Джон Керри.",
])
def test_who_was_at_the_event_a_pronoun_stands_for_takes_part(text):
    assert names(only(text)) == ["Сергей Лавров", "Джон Керри"]


def test_a_pronoun_of_another_gender_or_verb_stands_for_no_event():
    assert names(only("В Вене прошла встреча министров. В нем участвовал Сергей Лавров.")) == []
    assert names(only("В Вене прошла встреча министров. На ней стоял Сергей Лавров.")) == []


@pytest.mark.parametrize("text, role", [
    ("Суд избрал Ивану Петрову меру пресечения в виде ареста.", "defendant"),
    ("Суд назначил Ивану Петрову штраф в размере 10 тысяч рублей.", "defendant"),
    ("Суд отказал Ивану Петрову в иске к компании.", "plaintiff"),
])
def test_the_person_a_courts_act_is_addressed_to(text, role):
    court = only(text)
    assert court.type == "court" and ("Иван Петров", role) in [(p.name, p.role) for p in court.participants]


def test_a_measure_a_court_chooses_is_a_court_proceeding():
    court = only("Суд по ходатайству следствия избрал меру пресечения бизнесмену Ивану Петрову.")
    assert court.type == "court" and "Иван Петров" in names(court)
    asked = events_of("Следователи попросили суд об избрании меры пресечения Ивану Петрову в виде ареста 5 мая.")
    assert {e.type for e in asked} == {"court"} and "Иван Петров" in names(asked[0])


@pytest.mark.parametrize("text", [
    "Всего за прошедший год полиция КНР задержала более сотни сетевых активистов.",
    "Полиция задержала десятки протестующих.",
])
def test_people_counted_are_detained_not_arrested_as_things(text):
    assert only(text).type == "detention"


def test_a_persons_property_arrested_is_a_court_arrest():
    assert only("Накануне было арестовано имущество Ивана Петрова.").type == "court"


@pytest.mark.parametrize("text", [
    "Дело слушается в палате, где обычно судят нарушителей правил дорожного движения.",
    "Президент часто встречается с губернаторами.",
])
def test_a_habit_is_no_occurrence(text):
    assert events_of(text) == []


def test_an_unplaced_court_act_is_where_the_last_court_act_was():
    events = events_of("Суд в Москве арестовал блогера Ивана Петрова. В Минске неизвестные напали на журналиста "
                       "Сергея Иванова. Кроме того, суд оштрафовал помощника Петрова Олега Сидорова.")
    assert [(e.type, e.place.name) for e in events] == [("court", "Москва"), ("attack", "Минск"), ("court", "Москва")]


@pytest.mark.parametrize("text", [
    "Джордж Буш осудил Россию за бомбардировки.",
    "В шанхайских аэропортах задержаны десятки рейсов.",
    "Погибший, ранее судимый, находился в состоянии опьянения.",
])
def test_blame_a_delay_and_a_record_are_no_events(text):
    assert events_of(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Суд осудил Ивана Петрова на пять лет.", "court"),
    ("Иван Петров был осужден на пять лет.", "court"),
    ("Полиция задержала журналиста Ивана Петрова.", "detention"),
])
def test_a_verdict_and_a_detention_are(text, kind):
    assert only(text).type == kind


def test_an_event_as_a_condition_is_none_an_incident_is_one():
    assert events_of("Книга рассказывает, что надо делать в случае нападения России.") == []
    assert only("Произошел новый случай нападения на школу в Казани.").type == "attack"


@pytest.mark.parametrize("text", [
    "Учительница вступила в конфликт с учеником и даже ударила его.",
    "Неизвестный ударил журналиста Ивана Петрова.",
])
def test_striking_a_person_is_an_attack(text):
    assert only(text).type == "attack"


@pytest.mark.parametrize("text", ["Мороз ударил по городу.", "Футболист ударил по мячу."])
def test_striking_no_one_is_no_attack(text):
    assert events_of(text) == []


def test_what_an_attack_resulted_in_is_that_attack():
    first, strike = events_of("Накануне в Минске неизвестные напали на журналиста Ивана Петрова. В Гродно военные "
                              "нанесли удар по складу, в результате были убиты два человека.")
    assert [m.text for m in strike.mentions] == ["удар", "убиты"] and first.place.name == "Минск"


def test_who_resigned_named_only_by_post_is_the_post_not_its_body():
    event = only("Эта публикация привела к отставке главы областного МВД.")
    assert [(p.name, p.role) for p in event.participants] == [("глава областного МВД", "appointed")]


def test_the_post_an_election_fills_is_no_candidate():
    event = only("Верховная Рада назначила выборы президента Украины на 25 октября.")
    assert event.type == "election" and all("президент" not in p.name for p in event.participants)


def test_an_event_no_clause_places_happened_where_the_sentence_before_it_was():
    events = events_of("Президент России Владимир Путин прилетел в Мадрид. Там он встретился с королем Испании "
                       "Филиппом VI.")
    meeting = [e for e in events if e.type == "meeting"]
    assert len(meeting) == 1 and meeting[0].place is not None and meeting[0].place.name == "Мадрид"


def test_a_place_in_what_is_talked_over_is_not_where_it_happened():
    meeting = only("Владимир Путин и Олаф Шольц обсудили ситуацию на Украине в ходе встречи.")
    session = only("Причины аварии в Петербурге обсудят сенаторы. Совещание пройдет на следующей неделе.")
    assert (meeting.place, session.place) == (None, None)


def test_a_country_taking_part_is_not_where_it_happened():
    events = events_of("Россия и США провели переговоры о стратегической стабильности.")
    talks = [e for e in events if e.type == "talks"]
    assert len(talks) == 1 and talks[0].place is None


@pytest.mark.parametrize("text, court", [
    ("Иван Петров обжаловал приговор в Мосгорсуде.", "Мосгорсуд"),
    ("Иван Петров обжаловал приговор в президиуме Мосгорсуда.", "президиум Мосгорсуда"),
], ids=["a court's compound noun", "a body of a court"])
def test_a_court_named_by_its_compound_noun_is_the_court_and_its_city_the_place(text, court):
    events = events_of(text)
    assert [(e.type, e.place.name, [(p.name, p.role) for p in e.participants]) for e in events] == [
        ("court", "Москва", [("Иван Петров", "plaintiff"), (court, "court")])]


def test_who_runs_in_an_election_is_its_candidate():
    event = only("Выборы губернатора пройдут в марте. Заместитель полпреда Сергей Сидоров тоже баллотируется в "
                 "губернаторы.")
    assert ("Сергей Сидоров", "candidate") in [(p.name, p.role) for p in event.participants]


def test_who_announced_their_own_wish_to_run_is_a_candidate_of_the_election_told():
    event = only("Выборы президента Казахстана назначены на 4 декабря. О своем желании баллотироваться на пост "
                 "президента заявили бывший премьер Иван Сидоров и депутат Петр Смирнов.")
    candidates = [p.name for p in event.participants if p.role == "candidate"]
    assert event.type == "election" and candidates == ["Иван Сидоров", "Петр Смирнов"]


def test_a_right_to_run_is_no_election():
    assert events_of("Право баллотироваться он получил после решения комиссии.") == []


@pytest.mark.parametrize("text, candidate", [
    ("Выборы мэра Томска прошли в воскресенье. Во втором туре лидирует кандидат от КПРФ Иван Сидоров.",
     "Иван Сидоров"),
    ("Выборы в городскую думу Томска прошли в воскресенье. На подсчете голосов кандидатки Смирновой "
     "присутствовал один наблюдатель.", "Смирнова"),
], ids=["a candidate of a party", "a candidate's genitive"])
def test_a_person_named_as_a_candidate_runs_in_the_election_told(text, candidate):
    elections = [e for e in events_of(text) if e.type == "election"]
    assert len(elections) == 1 and (candidate, "candidate") in [(p.name, p.role) for p in elections[0].participants]


def test_a_candidate_of_science_runs_in_no_election():
    elections = [e for e in events_of("Выборы мэра Томска прошли в воскресенье. Кандидат наук Иван Сидоров "
                                      "выступил на митинге.") if e.type == "election"]
    assert len(elections) == 1 and "Иван Сидоров" not in names(elections[0])


def test_people_in_two_roles_of_one_detention_are_one_event():
    event = only("Полиция задержала активиста Ивана Сидорова. Задержание провел капитан Петр Смирнов.")
    assert [(p.name, p.role) for p in event.participants] == [("Иван Сидоров", "detained"),
                                                              ("Петр Смирнов", "detaining")]


@pytest.mark.parametrize("text, party", [
    ("Боевики захватили село и обстреляли колонну военных.", ("Боевики", "attacker")),
    ("Министр Иван Сидоров прилетел в Вену и встретился с канцлером Австрии.", ("Иван Сидоров", "participant")),
    ("Боевики устроили бойню в клубе, взорвали бомбы у стадиона, стреляли в посетителей кафе.",
     ("Боевики", "attacker")),
], ids=["and", "and, a name", "a list"])
def test_a_verb_coordinated_with_another_shares_its_subject(text, party):
    assert party in [(p.name, p.role) for p in only(text).participants]


def test_who_received_a_blow_is_its_target():
    event = only("Журналист Иван Сидоров получил удар по голове.")
    assert [(p.name, p.role) for p in event.participants] == [("Иван Сидоров", "target")]


def test_the_court_a_filing_goes_to_is_the_court():
    swedish = only("Компания «Северсталь» подала в шведский суд ходатайство о приостановлении решения.")
    supreme = only("Иван Сидоров подал в Верховный суд жалобу на приговор.")
    assert ("шведский суд", "court") in [(p.name, p.role) for p in swedish.participants] \
        and ("Верховный суд", "court") in [(p.name, p.role) for p in supreme.participants]


def test_an_event_given_as_a_reason_is_not_held_by_the_verb():
    events = events_of("Иван Сидоров подал жалобу в связи с задержанием Петра Смирнова.")
    assert [[(p.name, p.role) for p in e.participants] for e in events if e.type == "detention"] == [
        [("Пётр Смирнов", "detained")]]


def test_a_ban_on_running_is_no_election():
    assert events_of("Закон ввел пожизненный запрет баллотироваться осужденным по тяжким статьям.") == []


def test_a_session_of_a_parliament_is_held_where_the_parliament_is():
    event = only("Парламент Молдавии одобрил поправки. Заседание парламента длилось три часа.")
    assert event.type == "session" and event.place is not None and event.place.name == "Молдавия"


@pytest.mark.parametrize("text", [
    "В результате взрыва в Кабуле погиб генерал Иван Сидоров.",
    "Взрыв, в результате которого погиб генерал Иван Сидоров, прогремел в Кабуле.",
    "В Кабуле прогремел взрыв, который привел к гибели генерала Ивана Сидорова.",
], ids=["the clause it caused", "a clause on its result", "what it led to"])
def test_who_an_attack_killed_is_its_target(text):
    assert [(p.name, p.role) for p in only(text).participants] == [("Иван Сидоров", "target")]


def test_a_place_an_explosion_harmed_is_no_target():
    event = only("В результате взрыва в Кабуле пострадал квартал Шахр-и-Нау.")
    assert event.participants == []


@pytest.mark.parametrize("text", [
    "Иван Сидоров обвиняется в нападении на инкассаторов.",
    "Полиция задержала Ивана Сидорова, подозреваемого в убийстве бизнесмена.",
    "Ивана Сидорова подозревают в попытке подрыва самолета.",
    "Задержан Иван Сидоров, которого подозревают в поджоге.",
    "Полиция задержала Ивана Сидорова, обвиняемого во взломе почты актера.",
], ids=["accused", "a suspect's participle", "an attempt", "a relative clause", "во: в before some words"])
def test_who_is_suspected_of_an_attack_is_its_attacker(text):
    attacks = [e for e in events_of(text) if e.type == "attack"]
    assert len(attacks) == 1 and ("Иван Сидоров", "attacker") in [(p.name, p.role) for p in attacks[0].participants]


def test_who_an_attack_did_not_harm_is_no_target():
    event = only("Генерал Иван Сидоров не пострадал в результате взрыва в Кабуле.")
    assert "Иван Сидоров" not in names(event)


@pytest.mark.parametrize("text, person", [
    ("Встреча прошла в Кремле, куда приехал канцлер Германии Олаф Шольц.", "Олаф Шольц"),
    ("Переговоры пройдут в отеле «Бристоль», куда прибыл глава МИД Италии Луиджи Ди Майо.", "Луиджи Ди Майо"),
], ids=["a place", "a venue"])
def test_who_came_where_an_event_is_held_attends_it(text, person):
    assert person in names(only(text))


def test_the_body_a_session_is_held_in_takes_part():
    hearings = only("Слушания по законопроекту пройдут в комитете по обороне Государственной думы 23 февраля.")
    council = only("Совещание прошло в Кремле.")
    assert [p.role for p in hearings.participants] == ["participant"] and council.participants == []


@pytest.mark.parametrize("text, place", [
    ("Президент назначил Ивана Сидорова временно исполняющим обязанности главы Удмуртии.", "Удмуртия"),
    ("Иван Сидоров назначен министром обороны Армении.", "Армения"),
    ("Губернатор Свердловской области Иван Сидоров ушел в отставку.", "Свердловская область"),
], ids=["a head of a region", "a minister of a country", "a governor who resigned"])
def test_an_appointment_is_where_the_post_is(text, place):
    event = only(text)
    assert event.type == "appointment" and event.place is not None and event.place.name == place


def test_an_appointment_is_not_where_the_one_who_appoints_is():
    event = only("Президент Армении назначил Ивана Сидорова своим советником.")
    assert event.place is None


@pytest.mark.parametrize("text, party", [
    ("Бизнесмен Иван Сидоров обвинялся в мошенничестве. Мещанский суд Москвы приговорил его к пяти годам колонии.",
     ("Иван Сидоров", "defendant")),
    ("Активист Иван Сидоров вышел из дома. Вскоре он был задержан полицией.", ("Иван Сидоров", "detained")),
], ids=["an object", "a subject of a passive"])
def test_a_pronoun_the_entities_resolve_is_the_person(text, party):
    assert party in [(p.name, p.role) for e in events_of(text) for p in e.participants]


@pytest.mark.parametrize("text, kind, place", [
    ("Теракт произошел в Париже.", "attack", "Париж"),
    ("Взрыв прогремел в Кабуле.", "attack", "Кабул"),
], ids=["произошел", "прогремел"])
def test_an_event_that_took_place_is_one(text, kind, place):
    event = only(text)
    assert (event.type, event.place.name if event.place else None, event.status) == (kind, place, "past")


@pytest.mark.parametrize("text, kind, place, status", [
    ("Очередной раунд переговоров пройдет в Женеве.", "talks", "Женева", "planned"),
    ("Серия терактов произошла в Париже.", "attack", "Париж", "past"),
    ("Первый день саммита прошел в Вене.", "summit", "Вена", "past"),
], ids=["a round", "a series", "a day"])
def test_a_part_of_an_event_stands_for_it_in_its_clause(text, kind, place, status):
    event = only(text)
    assert (event.type, event.place.name if event.place else None, event.status) == (kind, place, status)


def test_a_partner_named_by_office_stays_beside_a_named_side():
    event = only("В Москве состоялась встреча Путина с президентом Египта.")
    assert names(event) == ["Путин", "Египет"]


def test_an_action_of_protest_is_a_protest():
    event = only("Движение «Солидарность» провело акцию протеста у здания мэрии.")
    assert (event.type, names(event)) == ("protest", ["Солидарность"])


def test_an_event_in_a_part_of_a_place_is_in_that_place():
    rally = only("Около двухсот человек вышли на акцию протеста в центре Минска.")
    blast = only("Взрыв прогремел на окраине Дамаска.")
    assert [(e.place.name if e.place else None, names(e)) for e in (rally, blast)] == [("Минск", []), ("Дамаск", [])]


def test_the_person_a_case_goes_by_is_its_defendant():
    verdict = only("Суд вынес приговор по делу Ивана Сидорова.")
    named = only("Суд вынес приговор по делу «Кировлеса».")
    assert [(p.name, p.role) for p in verdict.participants] == [("Иван Сидоров", "defendant")] \
        and names(named) == []


def test_the_one_a_court_finds_guilty_by_a_pronoun_is_its_defendant():
    # `его` is not the court, the subject of its own clause, but the man named before
    verdict = only("Бывший министр Алексей Улюкаев обвиняется в получении взятки. В среду суд признал его виновным.")
    assert [(p.name, p.role) for p in verdict.participants] == [("Алексей Улюкаев", "defendant")]


def test_candidates_alone_do_not_tell_another_election():
    elections = [e for e in events_of("Выборы президента Казахстана назначены на 4 декабря. Досрочные выборы в "
                                      "парламент прошли в марте. О своем желании баллотироваться заявил бывший "
                                      "премьер Иван Сидоров.") if e.type == "election"]
    assert len(elections) == 2 and any("Иван Сидоров" in names(e) for e in elections)


def test_an_event_in_a_local_institution_a_place_adjective_names_is_in_that_place():
    events = [only(text) for text in ("А в самарской школе учительница ударила ученика.",
                                      "В хабаровском лицее прошла беседа с родителями.",
                                      "Полиция провела обыск в петербургской больнице.")]
    assert [(e.type, e.place.name if e.place else None) for e in events] == [
        ("attack", "Самара"), ("meeting", "Хабаровск"), ("detention", "Санкт-Петербург")]


@pytest.mark.parametrize("text, kind, place", [
    ("Теракт в петербургском метро произошел 3 апреля.", "attack", "Санкт-Петербург"),
    ("Ивана Петрова задержали в Свердловской областной больнице.", "detention", "Свердловская область"),
    ("Директор пермской школы провела беседу с родителями ученика.", "meeting", "Пермь"),
    ("Об этом рассказала директор омского лицея Анна Петрова. В ходе беседы она угрожала родителям.", "meeting",
     "Омск"),
    ("В тульской школе учитель физики поспорил с учеником. При этом он ударил его.", "attack", "Тула"),
    ("Новосибирский областной суд приговорил Ивана Петрова к 10 годам.", "court", "Новосибирская область"),
    ("Краснодарский краевой суд оправдал Ивана Петрова.", "court", "Краснодарский край"),
    ("Хамовнический суд приговорил Ивана Петрова к трем годам.", "court", "Москва"),
    ("Арбитражный суд Московской области отклонил иск компании «Ромашка».", "court", "Московская область"),
    ("Суд Кировского района Екатеринбурга арестовал Ивана Петрова.", "court", "Екатеринбург"),
    ("Процесс над Иваном Петровым начался в Басманном суде.", "court", "Москва"),
    ("Приговор Ивану Петрову огласили в Басманном суде.", "court", "Москва"),
    ("Армия нанесла удар по Донецку.", "attack", "Донецк"),
    ("Накануне был обстрелян Белгород.", "attack", "Белгород"),
    ("В Нью-Йорке неизвестный открыл стрельбу в метро.", "attack", "Нью-Йорк"),
    ("Неизвестные обстреляли автобус под Донецком.", "attack", "Донецк"),
    ("Сотрудники полиции в Москве задержали Ивана Петрова.", "detention", "Москва"),
    ("Полиция задержала Ивана Петрова, работавшего в Томске.", "detention", None),
    ("Взрыв прогремел близ Кабула.", "attack", "Кабул"),
    ("Около Кабула боевики обстреляли колонну.", "attack", "Кабул"),
    ("Митинг в поддержку задержанных в Минске прошел в Москве.", "protest", "Москва"),
    ("Жители Хабаровска вышли на митинг в поддержку губернатора.", "protest", "Хабаровск"),
    ("Тысячи человек вышли на улицы Минска.", "protest", "Минск"),
    ("В Хабаровске прошла очередная акция в поддержку губернатора.", "protest", "Хабаровск"),
    ("Боевики обстреляли позиции армии на территории Сирии.", "attack", "Сирия"),
    ("Сирийские ПВО обстреляли самолеты в воздушном пространстве Ливана.", "attack", "Ливан"),
    ("Бои идут в восточной части Украины. Накануне боевики обстреляли автобус.", "attack", "Украина"),
], ids=["a local site", "a site named as a body", "who works at a local site", "at a site told before",
        "at a site told before, an attack", "a regional court", "a territorial court", "a district court",
        "a court of a region", "a court of a city's district", "a trial in a court", "a verdict read out in a court",
        "a city attacked", "a city shelled", "opening fire", "inside the object", "inside the subject",
        "not inside a clause of theirs", "near", "near, before", "the event's own over a thing's",
        "where those who protest live", "out in a city's streets", "an action in support", "a territory",
        "an airspace", "a part of a country told before"])
def test_where_an_event_happened(text, kind, place):
    event = only(text)
    assert (event.type, event.place.name if event.place else None) == (kind, place)


def test_a_place_attacked_is_also_a_target():
    assert roles(only("Армия нанесла удар по Донецку."))[0] == ("Донецк", "target")


def test_a_visit_to_the_scene_is_where_the_story_placed_what_happened():
    blast, visit = events_of("Вечером в Казани произошел взрыв. Утром губернатор Иван Петров посетил место взрыва.")
    assert [(e.type, e.place.name if e.place else None) for e in (blast, visit)] == [
        ("attack", "Казань"), ("visit", "Казань")]


def test_arriving_in_a_city_or_country_is_a_visit_there_unless_for_an_event_the_clause_names():
    visit = only("Министр обороны Сергей Шойгу прибыл в Израиль.")
    summit = only("Министр Иван Петров прилетел в Вену для участия в саммите ОБСЕ.")
    assert [(e.type, e.place.name) for e in (visit, summit)] == [("visit", "Израиль"), ("summit", "Вена")]


@pytest.mark.parametrize("text, acts", [
    ("Суд приговорил Ивана Петрова к трем годам колонии. Иван Петров обжаловал приговор.",
     [("court", "приговорил", None), ("court", "обжаловал", None)]),
    ("Компания «Ромашка» подала иск к компании «Лютик». В мае были арестованы счета компании «Лютик» в Швейцарии.",
     [("court", "иск", None), ("court", "арестованы", "Швейцария")]),
], ids=["an appeal", "a seizure"])
def test_an_appeal_or_a_seizure_is_an_act_of_its_own(text, acts):
    assert [(e.type, e.trigger.text, e.place.name if e.place else None) for e in events_of(text)] == acts


def test_acts_of_two_courts_are_two_events():
    events = events_of("Тверской суд Москвы арестовал Ивана Сидорова. Через неделю Московский городской суд "
                       "отменил это решение.")
    assert [(e.type, e.trigger.text) for e in events] == [("court", "арестовал"), ("court", "отменил")]


def test_a_protest_people_were_detained_at_took_place_with_them():
    named = events_of("В Казани активиста Ивана Петрова задержали на пикете.")
    counted = events_of("На митинге задержали двадцать человек.")
    assert [(e.type, roles(e), e.place.name if e.place else None) for e in named + counted] == [
        ("detention", [("Иван Петров", "detained")], "Казань"), ("protest", [("Иван Петров", "protester")], "Казань"),
        ("protest", [], None), ("detention", [], None)]


def test_who_filed_a_claim_a_court_takes_is_its_plaintiff():
    events = [only(text) for text in ("Суд рассматривает иск Минобороны к Ивану Петрову.",
                                      "Суд отклонил жалобу Ивана Петрова.", "Суд рассматривает дело Ивана Петрова.")]
    assert [roles(e) for e in events] == [
        [("Минобороны", "plaintiff"), ("Иван Петров", "defendant")],
        [("Иван Петров", "plaintiff")], [("Иван Петров", "defendant")]]


@pytest.mark.parametrize("text", ["Fitch усомнилось в перспективах \"Нафтогаза\" получить долг по иску к \"Газпрому\".",
                                  "Сбербанк получит деньги по иску к Ивану Петрову."])
def test_who_gets_something_under_a_claim_is_no_defendant(text):
    assert [role for _, role in roles(only(text))] == ["defendant"]  # the one the claim is against; not Fitch,
    # nor the bank that gets the money


@pytest.mark.parametrize("text", ["Сторонники оппозиции вышли на митинг в поддержку Сергея Фургала.",
                                  "В Хабаровске прошел митинг в поддержку бывшего губернатора Сергея Фургала."])
def test_the_one_a_protest_supports_is_no_protester(text):
    assert "Сергей Фургал" not in names(only(text))


@pytest.mark.parametrize("text, party", [
    ("Сторонники Алексея Навального провели акцию протеста у здания суда.", ("Сторонники Алексея Навального",
                                                                               "protester")),
    ("Полиция задержала сторонников Алексея Навального.", ("сторонники Алексея Навального", "detained")),
])
def test_people_told_by_whom_they_follow_are_not_that_person(text, party):
    assert party in roles(only(text))


def test_two_attacks_by_two_forces_in_two_places_are_two_events():
    attacks = events_of("Боевики атаковали военную базу в провинции Идлиб. Израильская авиация нанесла удар по "
                        "объектам ХАМАС в секторе Газа.")
    assert [(e.trigger.text, e.place.name if e.place else None) for e in attacks] == [
        ("атаковали", "Идлиб"), ("удар", "Газа")]


def test_who_runs_runs_in_an_election_of_people_not_in_a_vote_told_since():
    elections = events_of("Президентские выборы в Украине назначены на 25 октября. 1 апреля Верховная Рада провела "
                          "голосование о роспуске. О своем желании баллотироваться заявили Леонид Кучма и Леонид "
                          "Черновецкий.")
    assert [(e.trigger.text, [n for n, role in roles(e) if role == "candidate"]) for e in elections] == [
        ("выборы", ["Леонид Кучма", "Леонид Черновецкий"]), ("голосование", [])]


@pytest.mark.parametrize("text", ["Приговор Олегу Зайцеву огласили в Калуге.",
                                  "Олегу Зайцеву вынесли приговор в Калуге."])
def test_whom_a_sentence_is_passed_on_is_its_defendant(text):
    assert roles(only(text)) == [("Олег Зайцев", "defendant")]


def test_the_office_an_election_fills_does_not_hide_who_won_it():
    assert "Андрей Соколов" in names(only("На выборах мэра Калуги победил Андрей Соколов."))


def test_a_description_told_again_more_briefly_is_one_participant():
    event = only("Ливийская база ВВС была обстреляна повстанцами. Военные сообщили, что удар по базе ВВС был "
                 "нанесен ночью.")
    assert names(event) == ["Ливийская база ВВС", "повстанцы"]


def test_an_arrest_a_court_orders_is_its_proceeding():
    assert [(e.type, roles(e)) for e in events_of("Суд отправил под арест Олега Зайцева.")] == [
        ("court", [("Олег Зайцев", "defendant")])]
    arrest = only("Бывший вице-губернатор Андрей Соколов арестован Мещанским судом Москвы.")  # the court as the doer
    assert (arrest.type, roles(arrest)) == ("court", [("Андрей Соколов", "defendant"),
                                                      ("Мещанский суд Москвы", "court")])
    assert only("Андрей Соколов был арестован сотрудниками полиции.").type == "detention"


@pytest.mark.parametrize("text, kind, role", [
    ("Калужский суд заключил под стражу Олега Зайцева.", "court", "defendant"),
    ("Олег Зайцев заключен под стражу.", "detention", "detained")])
def test_taken_into_custody_is_an_arrest(text, kind, role):
    event = only(text)
    assert (event.type, ("Олег Зайцев", role) in roles(event)) == (kind, True)


def test_the_quotes_of_a_name_are_no_quotation():
    assert "Справедливая Россия" in names(only("На выборах в Госдуму «Справедливая Россия» набрала 12% голосов."))


@pytest.mark.parametrize("text", ["Ответственность за взрыв взяла на себя группировка «Талибан».",
                                  "Боевики группировки «Талибан» взяли на себя ответственность за взрыв."])
def test_who_claims_an_attack_is_its_attacker_and_a_named_group_goes_by_its_name(text):
    assert roles(only(text)) == [("Талибан", "attacker")]


def test_who_takes_a_post_over_from_another_is_appointed():
    event = only("Олег Зайцев сменил Андрея Соколова на посту губернатора.")
    assert (event.type, roles(event)) == ("appointment", [("Олег Зайцев", "appointed"),
                                                          ("Андрей Соколов", "appointed")])


def test_whom_a_court_takes_from_and_for_whom_are_the_sides():
    assert roles(only("Суд взыскал с компании «Вега» в пользу Олега Зайцева 200 тысяч рублей.")) == [
        ("Вега", "defendant"), ("Олег Зайцев", "plaintiff")]


@pytest.mark.parametrize("text", ["Судебный процесс над Олегом Зайцевым начался в Калуге.",
                                  "Олегу Зайцеву назначили штраф."])
def test_a_trial_and_a_penalty_set_are_court_proceedings(text):
    event = only(text)
    assert (event.type, roles(event)) == ("court", [("Олег Зайцев", "defendant")])


def test_a_relative_clause_the_parse_left_unattached_stands_for_the_phrase_before_its_comma():
    event = only("Новая дорога пройдет по территории Монголии и Казахстана, провести переговоры с которыми о "
                 "строительстве взялся сам Пекин.")
    assert {"Монголия", "Казахстан"} <= set(names(event))


def test_a_guest_received_whose_accusative_reads_as_a_genitive_is_received():
    event = only("Президент Франции принял в Париже канцлера Германии Олафа Шольца.")
    assert (event.type, "Олаф Шольц" in names(event)) == ("meeting", True)


def test_a_partner_ends_where_the_clause_s_subject_begins():
    event = only("На встрече с премьером Италии Марио Драги Путин обсудил поставки газа.")
    assert set(names(event)) == {"Марио Драги", "Путин"}


@pytest.mark.parametrize("text", ["Андрей Соколов получил шесть лет колонии общего режима.",
                                  "В Калужском областном суде начались слушания по делу Андрея Соколова.",
                                  "Дело Андрея Соколова рассмотрит Калужский областной суд.",
                                  "Суд продлил срок ареста Андрея Соколова до 1 мая."])
def test_years_of_prison_a_hearing_and_a_case_a_court_takes_name_the_defendant(text):
    events = events_of(text)
    assert [(e.type, ("Андрей Соколов", "defendant") in roles(e)) for e in events] == [("court", True)]


def test_an_appeal_is_an_act_of_its_own():
    events = events_of("Калужский суд приговорил Андрея Соколова к трем годам колонии. Адвокаты Соколова обжаловали "
                       "приговор в Мосгорсуде.")
    assert [(e.trigger.text, [m.text for m in e.mentions]) for e in events] == [
        ("приговорил", ["приговорил", "приговор"]), ("обжаловали", ["обжаловали"])]


def test_a_seizure_of_property_is_an_act_of_its_own():
    events = events_of("Суд удовлетворил иск компании «Вега» к Андрею Соколову. Были арестованы счета Соколова.")
    assert [(e.type, e.trigger.text) for e in events] == [("court", "удовлетворил"), ("court", "арестованы")]


@pytest.mark.parametrize("text", ["Оппозиция провела митинг в Москве.", "Полицейские задержали Андрея Соколова.",
                                  "Сотрудники банка задержали Андрея Соколова."])
def test_a_group_by_its_bare_noun_or_people_by_their_role_are_no_one_named(text):
    assert [name for name in names(only(text)) if name != "Андрей Соколов"] == []


def test_a_trip_the_clause_is_told_after_is_its_subject_s():
    visit = next(e for e in events_of("После визита в Китай министр Андрей Соколов вернулся в Калугу.")
                 if e.type == "visit")
    assert names(visit) == ["Андрей Соколов"]


@pytest.mark.parametrize("text", ["Переговоры, в которых участвовали Марио Драги и Олаф Шольц, продлились три часа.",
                                  "Марио Драги обсудил с Олафом Шольцем поставки газа в ходе встречи в Риме."])
def test_who_attended_as_a_relative_clause_or_a_partner_at_it_tells_takes_part(text):
    event = only(text)
    assert {"Марио Драги", "Олаф Шольц"} <= set(names(event))


def test_offices_shared_by_countries_are_the_countries_all_of_them():
    event = only("Главы МИД Италии и Германии встретились в Риме.")
    assert names(event) == ["Италия", "Германия"]


def test_a_parenthesis_inside_a_party_s_phrase_does_not_end_it():
    event = only('Так, в Австрии были арестованы доли фирм Danube Oil AG (владеет нефтепроводом "Дунай") и Danube '
                 'Oil 2 AG (оператор проекта "Дунай - 2"), это не затронуло их счета.')
    assert names(event) == ["Danube Oil AG", "Danube Oil 2 AG"]


def test_a_court_by_its_kind_noun_alone_with_none_named_is_no_one_named():
    assert names(only("Суд оштрафовал Андрея Соколова на 30 тысяч рублей.")) == ["Андрей Соколов"]


@pytest.mark.parametrize("text", ["Андрей Соколов занял пост министра финансов.",
                                  "Андрей Соколов вступил в должность мэра Калуги."])
def test_taking_a_post_or_taking_office_is_an_appointment(text):
    event = only(text)
    assert (event.type, roles(event)) == ("appointment", [("Андрей Соколов", "appointed")])


def test_holding_a_post_is_no_appointment():
    assert events_of("Андрей Соколов занимает пост министра финансов.") == []


def test_whom_a_visitor_talks_with_on_the_trip_is_met_apart():
    visit = next(e for e in events_of("В ходе визита в Италию Олаф Шольц договорился с премьером Марио Драги о "
                                      "поставках газа.") if e.type == "visit")
    assert names(visit) == ["Олаф Шольц"]


@pytest.mark.parametrize("text", ["Бывшего министра Андрея Соколова будут судить в Калуге в марте.",
                                  "Приговор бывшему министру Андрею Соколову будет оглашен в пятницу.",
                                  "Защита бывшего министра намерена обжаловать приговор в областном суде."])
def test_what_is_to_come_by_the_future_of_быть_or_an_intention_is_planned(text):
    assert only(text).status == "planned"


def test_the_person_a_case_goes_by_may_be_described_before_the_name():
    event = only("Суд огласил приговор по делу бывшего губернатора Калужской области Андрея Соколова.")
    assert roles(event) == [("Андрей Соколов", "defendant")]


def test_people_who_act_for_a_body_are_the_body_and_one_of_them_is_a_person():
    event = only("Сотрудники ФСБ задержали в Калуге предпринимателя Андрея Соколова.")
    assert roles(event) == [("ФСБ", "detaining"), ("Андрей Соколов", "detained")]
    assert roles(only("В Риме полиция арестовала шестерых активистов «Гринпис».")) == [("Гринпис", "detained")]
    assert roles(only("Неизвестные похитили в Калуге члена избирательной комиссии.")) == []


def test_who_does_an_attack_by_the_side_it_comes_from():
    event = only("Окраины Донецка подверглись обстрелу со стороны ВСУ.")
    assert ("ВСУ", "attacker") in roles(event)
    assert events_of("Эти системы предназначены для защиты от атак со стороны Ирана.") == []
    # a named country or body it comes from; not a weapon
    assert roles(only("Кибератаки из России против американских компаний продолжаются уже месяц.")) == [
        ("Россия", "attacker")]
    assert ("Газа", "attacker") in roles(only("Обстрел из Газы продолжался всю ночь."))


def test_an_event_the_title_announces_is_the_one_the_story_tells_next():
    article = extract("Задержан бывший министр\n\nВ Калуге задержан бывший министр финансов Андрей Соколов.",
                      published="2022-01-11")
    assert [(e.type, [m.text for m in e.mentions], roles(e)) for e in article.events] == [
        ("detention", ["Задержан", "задержан"], [("Андрей Соколов", "detained")])]
    article = extract("Задержан Иван Петров\n\nВ Калуге задержан Андрей Соколов.", published="2022-01-11")
    assert len(article.events) == 2


def test_whom_a_sentence_is_passed_in_respect_of_and_whom_an_impersonal_clause_sentences():
    event = only("Самый суровый приговор был вынесен в отношении бизнесмена Андрея Соколова.")
    assert (event.type, roles(event)) == ("court", [("Андрей Соколов", "defendant")])
    assert roles(only("Позднее Рыбакову назначили наказание в виде штрафа.")) == [("Рыбаков", "defendant")]


@pytest.mark.parametrize("text, expected", [
    ("Суд приговорил Андрея Соколова к пяти годам колонии, а Олега Зайцева - к трем годам условно.",
     [("Андрей Соколов", "defendant"), ("Олег Зайцев", "defendant")]),
    ("Андрей Соколов приговорен к пяти годам колонии, а Олег Зайцев - к трем годам.",
     [("Андрей Соколов", "defendant"), ("Олег Зайцев", "defendant")]),
    ("Позднее Рыбакову назначили наказание в виде штрафа, а Сидорову - год условно.",
     [("Рыбаков", "defendant"), ("Сидоров", "defendant")])])
def test_a_clause_that_leaves_the_verb_out_fills_its_slots_again(text, expected):
    assert roles(only(text)) == expected


def test_a_bearing_from_a_place_is_no_target():
    event = only("Турецкие дипломаты подверглись нападению неизвестных к северу от Багдада.")
    assert (event.type, roles(event)) == ("attack", [("Турецкие дипломаты", "target")])


def test_what_the_verb_holding_an_attack_aims_it_at_and_the_grounds_of_an_arrest_are_no_target():
    event = only("Удар был нанесен по Донецку.")
    assert (event.type, roles(event)) == ("attack", [("Донецк", "target")])
    detention = events_of("Андрея Соколова задержали по подозрению в убийстве Ивана Петрова.")[0]
    assert (detention.type, roles(detention)) == ("detention", [("Андрей Соколов", "detained")])


def test_a_story_of_one_case_gives_its_defendant_to_the_acts_that_name_none():
    arrest, appeal = events_of("Тверской суд арестовал блогера Андрея Соколова. Адвокаты намерены обжаловать "
                               "решение суда в Мосгорсуде.")
    assert (appeal.trigger.text, appeal.status, roles(appeal)) == (
        "обжаловать", "planned", [("Мосгорсуд", "court"), ("Андрей Соколов", "defendant")])
    assert [m.text for m in arrest.mentions] == ["арестовал", "решение"]  # the ruling appealed was made
    *_, appeal = events_of("Тверской суд арестовал блогера Андрея Соколова. Мосгорсуд арестовал Ивана Петрова. "
                           "Адвокаты намерены обжаловать решение суда.")
    assert roles(appeal) == []  # two cases: whose is not told


def test_a_partner_known_by_office_and_a_countrys_adjective_is_that_country_one_struck_is_not():
    event = only("Глава МИД Андрей Соколов провел переговоры со своим иранским коллегой.")
    assert names(event) == ["Иран", "Андрей Соколов"]
    assert "Россия" not in names(only("В Анкаре был убит российский посол."))


def test_what_an_event_comes_after_is_to_come_when_the_clause_is_and_a_reason_was():
    talks = only("Ожидается, что переговоры будут возобновлены после консультаций с экспертами МАГАТЭ.")
    assert (talks.trigger.text, talks.status) == ("консультаций", "planned")
    attack = only("Франция намерена объявить о мерах против России из-за химической атаки в Солсбери.")
    assert attack.status == "past"


def test_soon_after_in_a_story_told_in_the_past_is_no_plan():
    assert only("Вскоре Андрея Соколова задержали в Калуге.").status == "past"
    assert only("Вскоре Андрей Соколов проведет переговоры с Олафом Шольцем.").status == "planned"


def test_a_meeting_that_names_only_whom_one_met_is_the_visitors():
    visit, meeting = events_of("Андрей Соколов прибыл в Париж. Встреча с Эмманюэлем Макроном прошла в Елисейском "
                               "дворце.")
    assert names(meeting) == ["Эмманюэль Макрон", "Андрей Соколов"]
    _, other = events_of("Андрей Соколов прибыл в Париж. Эмманюэль Макрон провел встречу с Олафом Шольцем.")
    assert names(other) == ["Олаф Шольц", "Эмманюэль Макрон"]


def test_confirmed_in_a_post_is_an_appointment_a_budget_confirmed_is_not():
    event = only("Госдума утвердила Андрея Соколова на посту премьер-министра.")
    assert (event.type, roles(event)) == ("appointment", [("Госдума", "appointing"), ("Андрей Соколов", "appointed")])
    assert roles(only("Андрей Соколов утвержден в должности министра финансов.")) == [("Андрей Соколов", "appointed")]
    assert events_of("Правительство утвердило бюджет на 2022 год.") == []


def test_who_won_or_lost_an_election_ran_in_it():
    event = only("В 2007 году Андрей Соколов выиграл выборы мэра Калуги.")
    assert (event.type, event.status, ("Андрей Соколов", "candidate") in roles(event)) == ("election", "past", True)
    assert ("Андрей Соколов", "candidate") in roles(only("Андрей Соколов не выиграл выборы мэра Калуги."))


def test_who_a_participle_on_the_event_says_held_it_and_where_a_picket_stood_is_no_party():
    march = only("В субботу в Калуге прошло шествие, организованное партией «Яблоко».")
    assert roles(march) == [("Яблоко", "protester")]
    picket = only("Активисты «Открытой России» провели пикет у здания Госдумы.")
    assert roles(picket) == [("Открытая Россия", "protester")]


def test_the_body_one_takes_part_for_takes_part_too():
    event = only("На прошлой неделе прошла встреча глав МИД Италии и Испании с участием Жозепа Борреля от ЕС.")
    assert names(event) == ["Италия", "Испания", "Жозеп Боррель", "ЕС"]
    assert names(only("Встреча с Жозепом Боррелем от 5 мая прошла в Брюсселе.")) == ["Жозеп Боррель"]


def test_a_bare_sitting_just_after_a_court_case_is_its_hearing():
    event = only("Мещанский суд арестовал блогера Андрея Соколова. Заседание прошло в закрытом режиме.")
    assert (event.type, [m.text for m in event.mentions]) == ("court", ["арестовал", "Заседание"])
    council = events_of("Совбез на заседании утвердил санкции. Мещанский суд арестовал блогера Андрея Соколова. "
                        "Глава Совбеза, присутствовавший на заседании, поддержал решение.")
    assert [e.type for e in council].count("session") == 1 and council[0].type == "session"


def test_a_courts_sitting_by_its_adjective_is_a_court_proceeding_and_a_capital_at_talks_its_country():
    assert only("Следующее судебное заседание по делу Андрея Соколова пройдет в четверг.").type == "court"
    assert only("Заседание правительства пройдет в четверг.").type == "session"
    assert names(only("Переговоры между Москвой и Киевом завершились безрезультатно.")) == ["Россия", "Украина"]


def test_one_name_the_entities_hold_twice_is_one_participant():
    # the dictionary knows `Лоран` as an indeclinable woman's name, so `Лорану Дюрану` is a second entity
    event = only("В Женеве стартуют переговоры по Ливии. Встреча примечательна: на ней присутствует глава МИД "
                 "Бельгии Лоран Дюран.\n\nАгентство сообщает, что переговоры пройдут в отеле \"Савой\", куда к "
                 "главе МИД Бельгии Лорану Дюрану прибыл Джон Смит.\n\nРанее в делегации подтвердили, что Дюран "
                 "примет участие в переговорах по Ливии.")
    assert names(event) == ["Лоран Дюран", "Джон Смит"]


def test_an_appointment_no_clause_or_sentence_near_places_is_made_in_the_storys_country():
    election = events_of("Депутаты Молдавии обсудили поправки к конституции Молдавии.\n\nДепутат пояснил, что "
                         "действующий президент Иван Петров избирался в условиях действия старой конституции, а "
                         "значит действуют нормы, которые были на момент его избрания президентом.")
    assert [(e.type, e.place.name if e.place else None) for e in election] == [("appointment", "Молдавия")]
    nearby = only("Депутаты Молдавии обсудили бюджет Молдавии.\n\nВ Бельцах Иван Петров был назначен главой полиции.")
    assert nearby.place is not None and nearby.place.name == "Бельцы"


def test_one_destroyed_is_attacked_a_thing_destroyed_is_no_attack():
    event = only("Главарь боевиков Иван Петров был уничтожен спецназом в Дербенте.")
    assert (event.type, event.place.name if event.place else None) == ("attack", "Дербент")
    assert roles(event) == [("Иван Петров", "target"), ("спецназ", "attacker")]
    assert events_of("Ракета снесла ворота ангара, уничтожив аппаратуру.") == []


def test_a_preposition_after_the_doer_of_a_passive_is_the_next_phrases():
    # the parse hangs `в укрепленном доме`'s preposition on `спецназом`
    event = only("Главарь банды Петров был уничтожен ночью российским армейским спецназом в укрепленном доме на "
                 "окраине Дербента.")
    assert roles(event) == [("Петров", "target"), ("российский армейский спецназ", "attacker")]
