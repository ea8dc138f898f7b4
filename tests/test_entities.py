"""The entities stage on real text: the founding sample, and sentences from agency news and factRuEval."""

from __future__ import annotations

import pytest

from whosaid import extract
from whosaid.entities import entity_at
from whosaid.entities.coref import member_of_body


@pytest.fixture(scope="module")
def sample(sample_text):
    article = extract(sample_text)
    article.check()
    return article


def person(article, name):
    found = [e for e in article.entities if e.type == "PER" and e.name == name]
    assert found, f"no person {name!r} in {[e.name for e in article.entities]}"
    return found[0]


def entity_named(article, name, type=None):
    found = [e for e in article.entities if e.name == name and (type is None or e.type == type)]
    assert found, f"no entity {name!r} in {[(e.type, e.name) for e in article.entities]}"
    return found[0]


def roles(entity):
    return {(r.title, r.organization) for r in entity.roles}


def at(article, text, nth=0):
    """The entity at the nth occurrence of `text` in the article."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(text, start + 1)
    return entity_at(article, start, start + len(text))


# --- the sample: what the issue asks of it ---

def test_sample_people_and_roles(sample):
    zakharova = person(sample, "Мария Захарова")
    assert ("официальный представитель", "МИД России") in roles(zakharova)
    ryabkov = person(sample, "Сергей Рябков")
    assert ("замглавы", "МИД России") in roles(ryabkov)
    assert any(title == "глава" and org == "делегация России" for title, org in roles(ryabkov))
    assert ("заместитель госсекретаря", "США") in roles(person(sample, "Уэнди Шерман"))
    assert ("представитель", "Белый дом") in roles(person(sample, "Джен Псаки"))
    assert ("президент", "Россия") in roles(person(sample, "Владимир Путин"))  # `президент страны`


def test_sample_pronouns_and_role_nouns_resolve(sample):
    zakharova = person(sample, "Мария Захарова")
    assert at(sample, "- сказала она") is zakharova or at(sample, "она", 0) is zakharova
    start = sample.text.index("сказала она") + len("сказала ")
    assert entity_at(sample, start, start + 3) is zakharova
    start = sample.text.index("отметила она") + len("отметила ")
    assert entity_at(sample, start, start + 3) is zakharova
    assert at(sample, "Представитель российского МИД") is zakharova
    assert at(sample, "дипломат") is zakharova
    start = sample.text.index("Он также сказал")
    assert entity_at(sample, start, start + 2) is person(sample, "Владимир Путин")


def test_sample_speaker_spans_of_every_shape(sample):
    zakharova = person(sample, "Мария Захарова")
    assert at(sample, "официальный представитель МИД РФ Мария Захарова") is zakharova
    assert at(sample, "Захарова также") is zakharova
    assert at(sample, "Марии Захаровой") is zakharova
    assert at(sample, "Рябкова") is person(sample, "Сергей Рябков")
    assert entity_at(sample, 0, 1) is not None  # `Россия` of the title
    assert entity_at(sample, len(sample.text) - 1, len(sample.text)) is None  # `0` of the page's chrome


def test_sample_names_are_merged_in_the_nominative(sample):
    zakharova = person(sample, "Мария Захарова")
    names = {m.text for m in zakharova.mentions if m.kind == "name"}
    assert names == {"Мария Захарова", "Захарова", "Марии Захаровой"}
    assert zakharova.key == "PER:мария захарова"
    names = {m.text for m in person(sample, "Сергей Рябков").mentions if m.kind == "name"}
    assert names == {"Рябкова", "Сергей Рябков"}
    assert len([e for e in sample.entities if e.type == "PER"]) == 5


def test_sample_one_ministry_under_all_its_names(sample):
    ministries = [e for e in sample.entities if e.key == "ORG:мид россии"]
    assert len(ministries) == 1
    texts = {m.text for m in ministries[0].mentions}
    assert {"МИД РФ", "министерства иностранных дел России", "российского МИД"} <= texts
    assert "МИД России" in ministries[0].aliases + [ministries[0].name]


def test_an_organisation_named_with_its_country_keeps_one_key():
    """`Российский институт стратегий` is its name to read, however the country is written; its key is
    the same in every article."""
    named = entity_named(extract("Доклад подготовили в Российском институте стратегий."),
                         "Российский институт стратегий")
    retold = extract("Доклад подготовил Институт стратегий России.").entities
    assert [named.key] == [e.key for e in retold if e.type == "ORG"] == ["ORG:институт стратегий россии"]


def test_a_bare_name_after_bodies_of_several_countries_is_the_one_named_last():
    article = extract("Рейс был совершен вопреки запрету Минтранса Таджикистана. В российском Минтрансе заявили, что "
                      "уведомлений не получали. Минтранс в свою очередь заявил о попытках Таджикистана пересмотреть "
                      "договоренности.")
    russian = entity_named(article, "российский Минтранс")
    assert "Минтранс" in {m.text for m in russian.mentions}
    assert {m.text for m in entity_named(article, "Минтранс Таджикистана").mentions} == {"Минтранса Таджикистана"}


def test_sample_places_institutions_and_governments(sample):
    assert entity_named(sample, "Минск", "LOC").mentions[0].text == "МИНСК"  # the dateline
    assert entity_named(sample, "Белый дом").type == "ORG"
    russia = entity_named(sample, "Россия", "LOC")
    assert {"Москвы", "Москва"} <= {m.text for m in russia.mentions}  # `предложениям Москвы`, `Москва требует`
    assert "Москва" not in russia.aliases
    usa = entity_named(sample, "США", "LOC")
    assert "Вашингтона" in {m.text for m in usa.mentions}  # `заявления Вашингтона`


def test_sample_nothing_from_boilerplate_or_across_lines(sample):
    chrome = [b for b in sample.boilerplate]
    for entity in sample.entities:
        for m in entity.mentions:
            assert "\n" not in m.text, m
            assert not any(b.start <= m.start < b.end for b in chrome), (m, entity.name)
    assert not any("Лента" in e.name or "Прибалтов" in e.name for e in sample.entities)


# --- mentions: organisation boundaries, consistency, datelines ---

@pytest.mark.parametrize("text, name, type", [
    ("Об этом сообщили в ГУ МЧС РФ по Приморскому краю.", "ГУ МЧС РФ по Приморскому краю", "ORG"),
    ("В Брюсселе пройдет заседание Совета Россия-НАТО.", "Совет Россия-НАТО", "ORG"),
    ("Представители партии «Яблоко» пришли к зданию мэрии Москвы.", "Яблоко", "ORG"),
    ("Представители партии «Яблоко» пришли к зданию мэрии Москвы.", "мэрия Москвы", "ORG"),
    ("Деньги получило украинское правительство через Национальный банк.", "украинское правительство", "ORG"),
    ("Особое мнение высказал глава японского МИДа Сэйдзи Маэхара.", "японский МИД", "ORG"),
    ("Замглавы Федеральной миграционной службы России Михаил Тюркин заявил о переменах.",
     "Федеральная миграционная служба России", "ORG"),
    ("Кремль ответил на заявление, сделанное накануне.", "Кремль", "ORG"),
    ("Работы ведутся в устье реки Славянки.", "река Славянка", "LOC"),
    ("Председатель отборочного цикла чемпионата Европы прибыл в Ереван.", "Европа", "LOC"),
    ("Всё-таки Проди остался премьером.", "Проди", "PER"),
    # a body of a place runs on over the place's kind word: `района города Самары`
    ("Иск рассмотрел суд Ленинского района города Самары.", "суд Ленинского района города Самары", "ORG"),
    ("Судом Ленинского района города Самары он был осуждён.", "Суд Ленинского района города Самары", "ORG"),
    ("Он живёт в Ленинском районе города Самары.", "город Самара", "LOC"),  # not `Ленинский район города Самара`
    ("Работу начала пресс-служба МЧС по Самарской области и Чувашии.",
     "пресс-служба МЧС по Самарской области и Чувашии", "ORG"),
    ("Об этом сообщило ГУ МВД по Москве и Москва ответила.", "ГУ МВД по Москве", "ORG"),
    # a state's body named by a common phrase
    ("Заседание кабинета министров Украины прошло.", "кабинет министров Украины", "ORG"),
    ("Российские вооружённые силы вошли в город.", "Российские вооружённые силы", "ORG"),
    ("В работе жюри «Кинотавра» примет участие актёр.", "жюри «Кинотавра»", "ORG"),
    # a place the tagger took for a person, in a list
    ("Приехали Эфиопия и Коста Рика.", "Коста-Рика", "LOC"),
    ("Концерт дал Раймон Паулс. Паулс играл час.", "Раймон Паулс", "PER"),  # a guessed place is none
    # a council of whom, in the genitive
    ("Пикет провёл Координационный совет пострадавших вкладчиков.", "Координационный совет пострадавших вкладчиков",
     "ORG"),
    ("Совет Федерации одобрил проект закона.", "Совет Федерации", "ORG"),
    # an organisation's acronym written lower-case; adjectives the tagger gave another case
    ("Встреча с послом Италии в миде Грузии прошла.", "МИД Грузии", "ORG"),
    ("Концерн «Сигма» представил антимонопольной комиссии Европейского союза документы.",
     "Антимонопольная комиссия Европейского союза", "ORG"),
    # a body that serves a person, named after them
    ("Об этом сообщила пресс-служба Петра Смирнова.", "пресс-служба Петра Смирнова", "ORG"),
    ("Об этом сообщили в пресс-службе губернатора Олега Рябова.", "пресс-служба губернатора Олега Рябова", "ORG"),
    # a country adjective the tagger took for a place, before a state body
    ("Кипрское правительство одобрило план.", "Кипрское правительство", "ORG"),
    # a site's name is a place
    ("Самолёт сел в подмосковном аэропорту «Сигма» утром.", "подмосковный аэропорт «Сигма»", "LOC"),
    ("Самолёт сел в Бостонском аэропорту Логан утром.", "Бостонский аэропорт Логан", "LOC"),
    # a name's original in the Latin script, in brackets after it
    ("Автомобильный концерн «Сигма» (Sigma Motors) планирует рост.", "Sigma Motors", "ORG"),
    ("Об этом сообщает Союз защиты птиц (СЗП) (Bird Protection Union).", "Bird Protection Union", "ORG"),
    # a body's kind word and what it does, before a name
    ("Сотрудник отдела корпоративных серверов и сетей HP уволился.", "отдел корпоративных серверов и сетей HP", "ORG"),
    ("Центр современной культуры «Гараж» примет гостей.", "Центр современной культуры «Гараж»", "ORG"),
    # the person a body is named after is part of its name
    ("Спектакль показали в Театре им. Йозефа Бойса.", "Театр им. Йозефа Бойса", "ORG"),
    ("Олег Петров окончил школу имени Петра Смирнова в Москве.", "школа имени Петра Смирнова", "ORG"),
    # a name the tagger misses after a body's kind word: in quotes, or in Latin letters
    ("Выставку устроил институт «Новое действие» в Москве.", "Новое действие", "ORG"),
    ("Доклад сделал лидер партии «Dog with two tails» Гергей Ковач.", "Dog with two tails", "ORG"),
    # bodies listed before one kind word in the plural: one mention, each adjective in the singular
    ("Он пел на сценах Большого и Мариинского театров.", "Большой и Мариинский театры", "ORG"),
    ("Учёные Томского, Новосибирского университетов открыли вирус.", "Томский, Новосибирский университеты", "ORG"),
    # a first name after a role noun opens a person's name, whatever the tagger read
    ("Встречу провёл архиепископ Игнатий Клинский (РПЦ МП).", "Игнатий Клинский", "PER"),
    # a foreign name in the nominative beside a body's kind word names the body
    ("Игроки клуба Блэкберн Роверс прилетели в Москву.", "клуб Блэкберн Роверс", "ORG"),
    ("Капитан клуба Блэкберн Роверс Марк Нобл получил травму.", "клуб Блэкберн Роверс", "ORG"),
    ("Главный тренер команды Гус Хиддинк заявил об уходе.", "Гус Хиддинк", "PER"),  # the coach, not the team
    # the same after the body's adjectives: the spokeswoman, not the body
    ("Официальный представитель китайского внешнеполитического ведомства Хуа Чуньин заявила, что Пекин против.",
     "Хуа Чуньин", "PER"),
    # a body named after someone ends where the genitive of the name does: the director is no part of it
    ("Директор космического центра имени Линдона Джонсона Майкл Коутс заявил, что робот готов к полету.",
     "космический центр имени Линдона Джонсона", "ORG"),
    # a site's domain name with a zone after a zone, whatever part the tagger took
    ("Ракета упала в Рамат-Гане, сообщает NEWSru.co.il.", "NEWSru.co.il", "ORG"),
    ("Петицию опубликовали на сайте Change.org вчера.", "сайт Change.org", "ORG"),
    # in quotation marks, over the place the tagger read in it
    ("Полиция не стала возбуждать дело, сообщает местный сайт \"Вятка.ru\".", "Вятка.ru", "ORG"),
    # a capitalised adjective of the words after a name, no surname, is no part of it
    ("Девочка умерла в захваченном схиигуменом Сергием Среднеуральском женском монастыре.", "Сергий", "PER"),
])
def test_mention_boundaries(text, name, type):
    article = extract(text)
    assert any(e.name == name and e.type == type for e in article.entities), \
        [(e.type, e.name) for e in article.entities]


def test_a_quoted_name_after_a_things_kind_is_no_organisation():
    article = extract("Экипаж вернулся на Землю по проекту «Шаттл — Орбита» вчера.")
    assert not any(e.type == "ORG" for e in article.entities), [(e.type, e.name) for e in article.entities]


def test_a_name_asked_for_is_no_body_named_after_someone():
    article = extract("Он так и не назвал имени Олега.")
    assert not any(e.type == "ORG" for e in article.entities), [(e.type, e.name) for e in article.entities]


@pytest.mark.parametrize("text, mention", [
    ("Договор подписали руководство канала и компания «Алтек».", "компания «Алтек»"),
    ("Решение приняли двадцать организаций стран Евросоюза.", "Евросоюза"),
    ("Поручение дано Комитету по бюджету и Минфину.", "Минфину"),  # a body after `и` is one of its own
    # a plural kind word before a list names each body apart
    ("Об этом сообщили телеканалы «Восток» и «Запад».", "Восток"),
    ("Ставки снизили банки «Север» и «Юг».", "Север"),
    ("Акции компаний Sitewatch и Stockmeter подешевели.", "Sitewatch"),
    # a news agency a body told, in a dative its name does not show, is no body's name
    ("В полиции РИА \"Новости\" рассказали, что водителя задержали.", "РИА \"Новости\""),
    ("В пресс-службе ГУ МВД по Москве ТАСС сообщили, что водителя задержали.", "пресс-службе ГУ МВД по Москве"),
])
def test_a_kind_word_of_another_body_or_of_many_starts_no_name(text, mention):
    article = extract(text)
    assert mention in [m.text for e in article.entities if e.type == "ORG" for m in e.mentions if m.kind == "name"]


def test_the_words_of_a_common_body_apart_are_none():
    article = extract("Кабинет был пуст: министр ушёл домой.")
    assert not any(e.type == "ORG" for e in article.entities), [(e.type, e.name) for e in article.entities]


def test_an_office_before_a_person_stays_the_persons_role():
    article = extract("В администрации президента Петра Смирнова отказались комментировать.")
    assert any(title == "президент" for title, _ in roles(person(article, "Пётр Смирнов")))
    article = extract("Об этом сообщили в пресс-службе губернатора Олега Рябова.")  # inside the body's name
    assert any(title == "губернатор" for title, _ in roles(person(article, "Олег Рябов")))
    assert not any(e.type == "ORG" for e in extract("Он работал под руководством Петра Смирнова.").entities)


def test_role_is_no_part_of_an_organisation():
    article = extract("Замглавы Федеральной миграционной службы России Михаил Тюркин заявил о переменах.")
    assert not any(e.name.lower().startswith("замглавы") for e in article.entities)
    assert ("замглавы", "Федеральная миграционная служба России") in roles(person(article, "Михаил Тюркин"))


def test_a_name_tagged_once_is_tagged_everywhere():
    article = extract("Официальный представитель МИД РФ Мария Захарова выступила с брифингом.\n"
                      "Захарова также прокомментировала переговоры в Женеве.")
    zakharova = person(article, "Мария Захарова")
    assert "Захарова" in {m.text for m in zakharova.mentions}
    particle = extract("Лидер \"Хамас\" Абдель Азиз ар-Рантиси призвал к терактам. \"Вы будете плакать\", - "
                       "говорится в обращении ар-Рантиси.")  # a surname that opens with its particle
    assert "ар-Рантиси" in {m.text for m in person(particle, "Абдель Азиз ар-Рантиси").mentions}


def test_a_name_tagged_once_takes_its_kind_word_where_it_is_repeated():
    article = extract("Акции Vestas упали на бирже. Иван, рабочий из цеха окончательной обработки Vestas, "
                      "отказался назвать фамилию.")
    assert ("рабочий", "цех окончательной обработки Vestas") in roles(person(article, "Иван"))


@pytest.mark.parametrize("text, body, name, title", [
    ("Президент Ассоциации Гарегин Тосунян выступил против.", "Ассоциация", "Гарегин Тосунян", "президент"),
    # a foreign first name the tagger reads with no case: the role is in the case of the surname
    ("Капитан клуба Тоттенхэм Хотспур Ледли Кинг получил травму.", "клуб Тоттенхэм Хотспур", "Ледли Кинг",
     "капитан"),
])
def test_a_person_glued_to_the_body_of_their_role_is_apart(text, body, name, title):
    article = extract(text)
    assert (title, body) in roles(person(article, name))
    assert not any(e.type == "ORG" and name in e.name for e in article.entities)


def test_media_is_no_organisation():
    article = extract("Как сообщают СМИ, переговоры продолжатся.")
    assert not any(e.name == "СМИ" for e in article.entities)


# --- names: nominative, foreign names intact, keys ---

def test_names_in_the_nominative_and_foreign_names_intact():
    article = extract("По мнению Марии Захаровой, переговоры прошли успешно. Об этом заявила и "
                      "представитель Белого дома Джен Псаки, а также Уэнди Шерман.")
    assert {"Мария Захарова", "Джен Псаки", "Уэнди Шерман"} <= {e.name for e in article.entities}
    assert entity_named(article, "Белый дом").type == "ORG"


@pytest.mark.parametrize("text, name", [
    ("Позже он позвонил Колину Пауэллу.", "Колин Пауэлл"),  # a foreign consonant stem
    ("Это решение Хавьера Соланы было встречено с пониманием.", "Хавьер Солана"),  # a man's -а stem
    ("Владелец компании поддержал Олега Дерипаску в споре.", "Олег Дерипаска"),
    ("Мы говорили с Марианом Хоссой после игры.", "Мариан Хосса"),
    ("В финале он обыграл Михаила Южного в трех сетах.", "Михаил Южный"),  # adjectival
    ("Он встретился с Юрием Васильковым.", "Юрий Васильков"),  # not the adjective васильковый
    ("Министр встретился с Сергеем Шойгу.", "Сергей Шойгу"),  # indeclinable: the dictionary knows it
    ("Он встретился с Криштиану Роналду.", "Криштиану Роналду"),  # nothing declined, nothing touched
    # a name whose words show no case takes the one its role noun shows, where the tagger read it as a nominative
    ("Издание приводит слова главного экономиста Китайского банка коммуникаций Лянь Пина.", "Лянь Пин"),
    ("Газета ссылается на запись заместителя министра иностранных дел Италии Бенедетто Делла Ведовы.",
     "Бенедетто Делла Ведова"),
    ("В деле участвуют два испанских юриста Хуан Антонио Унтория и Хулиан Ангуло.", "Хуан Антонио Унтория"),
    ("Делегация прибыла во главе с мэром Юсси Паюненом.", "Юсси Паюнен"),  # a man's instrumental, any gender guessed
    # a genitive hung on a noun with no preposition shows the case a first name does not
    ("По словам Фумио Кисиды, переговоры продолжатся.", "Фумио Кисида"),
    ("Гол Кейсуке Хонды стал решающим.", "Кейсуке Хонда"),
    ("Визит Хавьера Милея в Мадрид отложен.", "Хавьер Милей"),  # a stem ending in a vowel
    ("Портрет Хамида Карзая висит в кабинете.", "Хамид Карзай"),
    # his first name in the genitive reads as a woman's nominative the dictionary knows (`Кира`, `Илона`)
    ("По словам премьер-министра Великобритании Кира Стармера, поддержка продолжится.", "Кир Стармер"),
    ("Состояние Илона Маска выросло.", "Илон Маск"),
])
def test_a_mans_surname_the_dictionary_lacks_is_declined_with_his_first_name(text, name):
    assert name in {e.name for e in extract(text).entities}


@pytest.mark.parametrize("text, name", [
    ("Он передал письмо Олафу Шольцу.", "Олаф Шольц"),  # a first name the dictionary lacks, declined with the surname
    ("Встреча с Хуаном Карлосом прошла в Мадриде.", "Хуан Карлос"),
    ("Министр встретился с Сергеем Шойгу.", "Сергей Шойгу"),  # the dictionary's own reading stands
    # beside a surname that shows no case, a first name in no nominative tells it, whatever the tagger read
    ("Гол Джэймса Битти был забит на 20-й минуте.", "Джэймс Битти"),
    ("Он передал письмо Иштвану Саваи.", "Иштван Саваи"),
    ("Главный тренер Этторе Мессина отметил, что команды сражались.", "Этторе Мессина"),  # -е: any case, either sex
    ("Глава компании Найджел Нортридж говорит, что инвестиции окупятся.", "Найджел Нортридж"),  # a woman's vocative
    # a first name that shows no case, read as the genitive before it, in a subject the surname shows nominative
    ("Об этом заявил заместитель министра здравоохранения Сальвадора Эдуардо Эспиноса, передает Reuters.",
     "Эдуардо Эспиноса"),
    ("Об этом заявил помощник министра Мари Дюпюи.", "Мари Дюпюи"),
    ("Бывший министр обороны Уго Пинто сообщил о новых данных.", "Уго Пинто"),
])
def test_a_mans_first_name_the_dictionary_lacks_is_declined_with_his_surname(text, name):
    assert name in {e.name for e in extract(text).entities}


@pytest.mark.parametrize("text, name", [
    ("По данным ВЦИОМ, рейтинг вырос.", "ВЦИОМ"),  # an acronym does not decline
    ("МИНСК, 11 янв – Sputnik. Переговоры начались.", "Минск"),  # a dateline's capitals are a city's name
    ("В СНБО Украины объявили о возможной амнистии.", "СНБО Украины"),  # a guessed place reading is no place
])
def test_a_name_in_capitals(text, name):
    assert name in {e.name for e in extract(text).entities}


@pytest.mark.parametrize("text, name", [
    ("По мнению \"Русала\", назначение противоречит соглашению акционеров.", "Русал"),
    ("Акции \"Мечела\" подешевели на 5%.", "Мечел"),
    ("Руководство Росимущества опровергло эти сведения.", "Росимущество"),  # a noun of `-ство` is neuter
])
def test_a_companys_name_the_dictionary_lacks_declines_like_a_mans(text, name):
    assert name in {e.name for e in extract(text).entities}, [e.name for e in extract(text).entities]


def test_a_domain_name_registered_is_no_site():
    article = extract("Первое заявление поступило от администрации Кремля на имя «кремль.рф», другие на имена "
                      "«екатеринбург.рф» и «екбург.рф».")
    assert not any(".рф" in e.name for e in article.entities), [e.name for e in article.entities]


def test_a_zone_alone_is_no_site():
    article = extract("Страны Евросоюза заказали адреса в новом домене верхнего уровня — «.eu».")
    assert not any("eu" in e.name for e in article.entities), [e.name for e in article.entities]


def test_a_quoted_name_the_tagger_found_in_one_case_is_found_in_another():
    article = extract("Как пишет \"Коммерсант\", Минтранс намерен к 2020 году расширить аэропорт. Источник "
                      "\"Коммерсанта\" добавил, что денег нет.")
    assert {"Коммерсант", "Коммерсанта"} <= {m.text for e in article.entities if e.name == "Коммерсант"
                                             for m in e.mentions}


def test_surname_alone_takes_the_full_name_and_key_folds_yo():
    article = extract("Переговоры вёл Сергей Рябков. Позже Рябкова спросили о встрече.\n"
                      "Фёдор Ёлкин тоже выступил.")
    ryabkov = person(article, "Сергей Рябков")
    assert {"Сергей Рябков", "Рябкова"} <= {m.text for m in ryabkov.mentions}
    assert person(article, "Фёдор Ёлкин").key == "PER:федор елкин"


def test_two_people_with_one_surname_stay_two():
    article = extract("Министр Игорь Иванов встретился с Сергеем Ивановым. Игорь Иванов улетел вечером.")
    ivanovs = {e.name for e in article.entities if e.type == "PER"}
    assert {"Игорь Иванов", "Сергей Иванов"} <= ivanovs


def test_a_surname_alone_agreeing_with_a_womans_verb_is_no_man_of_that_name():
    article = extract("Новости\n\nМать Игоря Сутягина рассказала о сыне. Сутягина отметила, что его отправят в "
                      "Вену.")
    assert [m.text for m in person(article, "Сутягина").mentions if m.kind == "name"] == ["Сутягина"]
    assert [m.text for m in person(article, "Игорь Сутягин").mentions if m.kind == "name"] == ["Игоря Сутягина"]


def test_two_surnames_side_by_side_are_two_people():
    article = extract("Первый заммэра Владимир Ресин промолчал. Его пресс-секретарь Игорь Каневский ответил "
                      "письмом. По словам главы пресс-службы Ресина Каневского, письмо неадекватно.")
    people = {e.name for e in article.entities if e.type == "PER"}
    assert {"Владимир Ресин", "Игорь Каневский"} <= people and not any(" " in n and "Ресин" in n and "Каневск" in n
                                                                       for n in people)
    speaker = next(q.speaker for q in article.quotes if "письмо неадекватно" in q.content.text)
    assert speaker.name == "Игорь Каневский"  # the name that closes `главы пресс-службы Ресина Каневского`


def test_one_body_under_its_short_and_full_names():
    article = extract("Лидеры ЕС обсудили санкции. Евросоюз готов к переговорам, заявили в Европейском союзе. "
                      "В Минфине сообщили о бюджете. Министерство финансов опубликовало отчет.")
    union = at(article, "Евросоюз")
    assert union is at(article, "ЕС") is at(article, "Европейском союзе") and union.key == "ORG:ес"
    assert at(article, "Минфине") is at(article, "Министерство финансов")
    assert at(article, "Минфине").key == "ORG:минфин"


def test_a_body_called_by_its_capitalised_kind_word_alone_is_the_one_so_named_before():
    article = extract("Рейтинг составлен Фондом развития гражданского общества. \"Губернаторы стали эффективнее\", "
                      "сообщили в Фонде.")
    fund = at(article, "Фонде")
    assert fund is at(article, "Фондом развития гражданского общества")
    assert (fund.name, fund.key) == ("Фонд развития гражданского общества", "ORG:фонд развития гражданского общества")
    assert [q.speaker.name for q in article.quotes] == ["Фонд развития гражданского общества"]


@pytest.mark.parametrize("text", [
    "Корреспондент \"Новой\" показал документ строителям. Позже \"Новая газета\" опубликовала его.",
    "\"Новая газета\" опубликовала документ. Корреспондент \"Новой\" показал его строителям.",
])
def test_a_paper_called_by_its_adjective_alone_is_the_paper(text):
    article = extract(text)
    paper = at(article, "Новой")
    assert paper is at(article, "Новая газета") and (paper.name, paper.key) == ("Новая газета", "ORG:новая газета")


def test_a_body_called_by_what_it_deals_with_is_that_body_of_its_country_named_by_its_name():
    article = extract("МИД России выразил протест. В российском внешнеполитическом ведомстве заявили, что ответ "
                      "последует. МИД Франции промолчал.")
    ministry = at(article, "МИД России")
    assert ministry is at(article, "российском внешнеполитическом ведомстве") is not at(article, "МИД Франции")
    assert ministry.name == "МИД России"  # not the phrase, which has more words
    assert [q.speaker.name for q in article.quotes] == ["МИД России"]


@pytest.mark.parametrize("text, name", [
    ("Жители улицы Гагарина жалуются на шум.", "улица Гагарина"),
    ("Пробка образовалась на пересечении проспекта Мира и улицы Пушкина.", "улица Пушкина"),
    ("Митинг прошел на улице Тверской.", "улица Тверская"),
    ("Мост через реку Славянку закрыт, жители реки Славянки недовольны.", "река Славянка"),
])
def test_street_names_keep_their_genitive(text, name):
    assert entity_named(extract(text), name, "LOC")


@pytest.mark.parametrize("text, name", [
    ("Ракеты были выпущены из сектора Газа.", "сектор Газа"),
    ("Ураган обрушился на графство Кент.", "графство Кент"),
    ("Боевики укрылись в Панкисском ущелье.", "Панкисское ущелье"),
])
def test_a_place_named_with_the_noun_of_its_kind(text, name):
    assert entity_named(extract(text), name, "LOC")


@pytest.mark.parametrize("text, names", [
    ("Губернаторы Калужской и Белгородской областей сохранили лидерство.",
     ["Калужская область", "Белгородская область"]),
    ("Морозы ударят в Московской и Ленинградской областях.", ["Московская область", "Ленинградская область"]),
    ("Отключения прошли в Мещанском и Таганском районах.", ["Мещанский район", "Таганский район"]),
])
def test_places_listed_before_one_plural_kind_are_each_that_kind(text, names):
    article = extract(text)
    assert all(entity_named(article, name, "LOC") for name in names)


@pytest.mark.parametrize("text, name", [
    ("В министерстве иностранных дел России сообщили о встрече.", "Министерство иностранных дел России"),
    ("Дело возбудила Федеральная антимонопольная служба, сообщили в федеральной антимонопольной службе.",
     "Федеральная антимонопольная служба"),
    ("Дело расследует российская прокуратура.", "российская прокуратура"),
    ("Об этом заявило правительство Китая.", "правительство Китая"),
])
def test_official_names_are_capitalised_as_names(text, name):
    assert entity_named(extract(text), name, "ORG")


def test_an_organisation_named_after_its_kind_is_its_own_name():
    article = extract("Информационное агентство Bloomberg сообщило о сделке. Катарский спутниковый телеканал "
                      "Al-Jazeera показал запись, позже Al-Jazeera ее удалил. Сотрудники компании «Интерэнергосервис» "
                      "в безопасности, сообщили в «Интерэнергосервисе». Как сообщили в пресс-службе «Газпрома», "
                      "поставки идут по графику.")
    assert at(article, "Информационное агентство Bloomberg").name == "Bloomberg"
    channel = at(article, "Катарский спутниковый телеканал Al-Jazeera")
    assert channel is at(article, "Al-Jazeera", 1) and channel.name == "Al-Jazeera"
    assert at(article, "компании «Интерэнергосервис»").name == "Интерэнергосервис"
    assert not any(e.name == "Газпрома" for e in article.entities)  # the press service of Газпром
    faction = extract("Депутаты фракции «Единой России» проголосовали за закон.")
    assert not any(e.name == "Единой России" for e in faction.entities)  # the faction of a party, declined
    party = entity_named(extract("Представители партии «Яблоко» пришли к мэрии."), "Яблоко", "ORG")
    assert [m.text for m in party.mentions] == ["партии «Яблоко»"]  # the mention keeps its kind word
    paper = extract("По мнению французской Le Figaro, эти опасения преувеличены.")  # an adjective of its country
    assert entity_named(paper, "Le Figaro", "ORG")


def test_a_word_glued_to_a_surname_named_before():
    article = extract("Премьер Тереза Мэй встретилась со спикером Нэнси Пелоси. Мэй обсудила с Пелоси Брексит.")
    assert at(article, "Пелоси", 1) is person(article, "Нэнси Пелоси")
    assert not any("Брексит" in e.name for e in article.entities if e.type == "PER")
    actors = extract("Роль сыграл Арнольд Шварценеггер. В фильме снялся также Том Арнольд.")
    assert person(actors, "Арнольд Шварценеггер") and person(actors, "Том Арнольд")  # a first name, not glued
    trip = extract("Президент США Барак Обама смягчил ограничения. По прибытии в столицу Тринидада и Тобаго "
                   "Порт-оф-Спейн Обама сказал, что желает перемен.")  # a place's name glued before the surname
    assert at(trip, "Обама", 1) is person(trip, "Барак Обама")
    assert not any("Порт-оф-Спейн" in e.name for e in trip.entities if e.type == "PER")


def test_a_quoted_name_after_a_body_s_kind_word_is_whole():
    """The tagger found only `Деньги`, reading `Коммерсант` as a common noun."""
    article = extract('Еженедельник "Коммерсант Деньги" пишет, что экс-премьер мог задержаться в Лондоне.')
    assert entity_named(article, "Коммерсант Деньги", "ORG")
    assert not any(e.name == "Деньги" for e in article.entities)


def test_a_company_after_its_legal_form():
    article = extract('Сотрудники ОАО "КамАЗ" вышли на работу. В "КамАЗе" сообщили о планах.')
    assert at(article, 'ОАО "КамАЗ"') is at(article, "КамАЗе") and at(article, "КамАЗе").name == "КамАЗ"


@pytest.mark.parametrize("text, name", [
    ("Соперницей Серены Уильямс станет Мария Шарапова.", "Серена Уильямс"),
    ("Агентство цитирует заявление представителя Госдепа Джен Псаки.", "Джен Псаки"),  # her first name shows no
    # case, nor does her surname
    ("С Камалой Харрис встретился премьер Японии.", "Камала Харрис"),
    ("Визит Луиджи Ди Майо в Москву отложен.", "Луиджи Ди Майо"),
    ("Цветы вручили Анне Петровой и Жанне Сидоровой.", "Анна Петрова"),  # not the French Анне
    ("Тема будет главной на встрече главы МИД Израиля Ципи Ливни и генсека ООН.", "Ципи Ливни"),  # no `Ципь`
    ("По словам Нарендры Моди, переговоры продолжатся.", "Нарендра Моди"),  # a surname in -и is no -ь of either sex
    ("В программе концерта песни Кида Кади.", "Кида Кади"),
    ("Он встретился с Нинелью Петровой.", "Нинель Петрова"),  # a feminine of the third declension the dictionary knows
])
def test_foreign_first_names_in_the_nominative(text, name):
    assert person(extract(text), name)


@pytest.mark.parametrize("text, name", [
    ("Как рассказала руководитель проекта Евгения Костицына, зарплаты снизились.", "Евгения Костицына"),
    ("\"Пока еще есть время\", - заявила директор четырехзвездочного отеля в Зальцбурге Петра "
     "Нокер-Шварценбахер.", "Петра Нокер-Шварценбахер"),
    ("Как сообщила жена Евгения Костицына, зарплаты снизились.", "Евгений Костицын"),  # his wife spoke
])
def test_a_woman_s_verb_beside_a_masculine_role_noun_tells_the_name_is_hers(text, name):
    """The verb agrees with the person the role noun names, whatever case the tagger read her name in."""
    assert person(extract(text), name)


def test_a_woman_s_surname_tells_her_first_name_s_case():
    """`Яна` read as the genitive of the man's `Ян`: her surname is only a woman's, so the name is hers, in
    the nominative, and the role beside it is hers too."""
    article = extract("Как объяснила глава пресс-службы киевской прокуратуры Яна Соболевская, дела закрыты. "
                      "Позже Соболевская уточнила детали.")
    woman = person(article, "Яна Соболевская")
    assert at(article, "Соболевская", 1) is woman
    assert [role.title for role in woman.roles] == ["глава пресс-службы киевской прокуратуры"]


@pytest.mark.parametrize("text, speaker, addressee", [
    ("\"Я хочу быть твоим другом\", - заявил Уго Чавес Бараку Обаме.", "Уго Чавес", "Барак Обама"),
    ("Об итогах переговоров рассказал Иван Петров Анне Сидоровой.", "Иван Петров", "Анна Сидорова"),
])
def test_a_doer_and_whom_he_spoke_to_are_two_people(text, speaker, addressee):
    article = extract(text)
    assert person(article, speaker) and person(article, addressee)


def test_two_first_names_of_two_genders_in_two_cases_are_two_people():
    """`Андрея` (his genitive) and `Светлана` (her nominative) are no one's first name and surname."""
    article = extract("Об этом рассказала жена брата Андрея Светлана.")
    assert person(article, "Светлана") and person(article, "Андрей")
    named = extract("Представитель движения Ахмед Абед аль Рахман заявил, что теракт является ответом. \"Мы будем "
                    "бороться\", - заявил аль Рахман.")
    assert at(named, "аль Рахман", 1) is person(named, "Ахмед Абед аль Рахман")  # a name's particle: no first name


def test_a_name_in_the_genitive_before_a_name_is_not_cut_at_a_word_read_as_a_first_name():
    article = extract("Власть унаследовал сын Кима Чен Ира Ким Чен Ын.")
    assert not any(e.name.startswith("Ира") for e in article.entities)


def test_a_town_named_like_a_word_is_read_as_a_place():
    article = extract("Авария произошла в Королеве. Жители Королева недовольны.")
    town = at(article, "Королеве")
    assert town is at(article, "Королева") and town.type == "LOC" and town.key == "LOC:королев"
    assert entity_named(extract("В Приштине прошли выборы. Жители Приштины проголосовали."), "Приштина", "LOC")


def test_a_country_under_its_full_name_in_any_case():
    article = extract("Соединенные Штаты ответили на санкции. Власти Соединенных Штатов промолчали. Посол "
                      "Соединенного Королевства вызван в МИД.")
    assert at(article, "Соединенные Штаты").name == "США" and at(article, "Соединенных Штатов").key == "LOC:сша"
    assert at(article, "Соединенного Королевства").name == "Великобритания"


def test_a_superlative_in_a_name_keeps_its_form():
    assert entity_named(extract("Решение принял Высший совет по древностям Египта. Члены Высшего совета по "
                                "древностям Египта согласились."), "Высший совет по древностям Египта", "ORG")


def test_a_committee_runs_on_over_what_it_is_attached_to():
    article = extract("Сотрудники Следственного комитета при прокуратуре провели обыск.")
    assert [m.text for e in article.entities for m in e.mentions if e.type == "ORG"] == [
        "Следственного комитета при прокуратуре"]


def test_a_building_of_an_institution_as_a_place_and_as_the_institution():
    place = extract("Президент США принимает в Белом доме президента Франции.")
    assert at(place, "Белом доме").type == "LOC"
    body = extract("В Белом доме заявили, что санкции будут продлены.")
    assert at(body, "Белом доме").type == "ORG"
    speech = extract("Президент США выступал в Белом доме через несколько часов после трагедии.")
    assert at(speech, "Белом доме").type == "LOC"  # a verb of speech with its own subject: where he spoke


@pytest.mark.parametrize("text, mention", [
    ("Пожар произошел в районе Дюссельдорфа.", "Дюссельдорфа"),
    ("Акции прошли в других городах России.", "России"),
    ("Катер пересек реку Нарву.", "реку Нарву"),
    ("Работы ведутся в устье реки Славянки.", "реки Славянки"),
])
def test_a_place_kind_is_part_of_the_name_only_in_apposition(text, mention):
    article = extract(text)
    assert mention in [m.text for e in article.entities if e.type == "LOC" for m in e.mentions if m.kind == "name"]


# --- roles ---

@pytest.mark.parametrize("text, name, role", [
    ("Заместитель министра иностранных дел Грузии Александр Налбандов встретился с послом.",
     "Александр Налбандов", ("заместитель министра иностранных дел", "Грузия")),
    ("Борис Стомахин, редактор ежемесячной газеты «Радикальная политика», был арестован.",
     "Борис Стомахин", ("редактор", "Радикальная политика")),
    ("С докладом выступили Светлана Яковлева - директор Global Cultural Project и другие.",
     "Светлана Яковлева", ("директор", "Global Cultural Project")),
    ("Депутат муниципального собрания, сопредседатель движения «Солидарность» Михаил Вельмакин задержан.",
     "Михаил Вельмакин", ("сопредседатель", "Солидарность")),
    ("Посол Японии в России Масахару Коно будет снят с должности.",
     "Масахару Коно", ("посол", "Япония")),
    ("Министр связи и коммуникаций РФ Игорь Щёголев рассказал о тарифах.",
     "Игорь Щёголев", ("министр связи и коммуникаций", "Россия")),
    ("Владимир Путин согласился занять пост премьер-министра РФ.",
     "Владимир Путин", ("премьер-министр", "Россия")),
    ("Место председателя правления банка «Сигма» занял Олег Рябов.", "Олег Рябов", ("председатель правления", "Сигма")),
    ("Глеб Орлов занял кресло губернатора Тверской области.", "Глеб Орлов", ("губернатор", "Тверская область")),
    # a participle of holding a post before the name, like a role noun
    ("Исполняющий обязанности губернатора Тверской области Глеб Орлов провёл совещание.", "Глеб Орлов",
     ("исполняющий обязанности губернатора", "Тверская область")),
    ("Встреча с исполняющим обязанности ректора Томского университета Глебом Орловым прошла.", "Глеб Орлов",
     ("исполняющий обязанности ректора", "Томский университет")),
    ("Вместо Оливера Кана капитаном сборной Германии стал Михаель Баллак.",
     "Михаель Баллак", ("капитан", "сборная Германии")),
    ("Российский посол в США Юрий Ушаков был вызван в госдепартамент.",
     "Юрий Ушаков", ("посол в США", "Россия")),  # the posting is no employer
    # roles in a row after a name
    ("Вчера в Тулу приехал Игорь Петров, опытный юрист, советник компании «Сигма».",
     "Игорь Петров", ("советник", "Сигма")),
    ("Выступил Игорь Петров - экономист и директор компании «Сигма».",
     "Игорь Петров", ("директор", "Сигма")),
    ("Пришёл Игорь Петров, известный борец с коррупцией в России, член Общественной палаты.",
     "Игорь Петров", ("член", "Общественная палата")),
    ("Об этом сообщил представитель вооружённых сил полковник Пётр Смирнов.",
     "Пётр Смирнов", ("представитель", "вооружённые силы")),
    # a quoted organisation inside the role
    ("Заявление сделал генеральный директор «Сигмы» Пётр Смирнов.", "Пётр Смирнов", ("генеральный директор", "Сигма")),
    ("Главный тренер «Зенита» Пётр Смирнов недоволен.", "Пётр Смирнов", ("главный тренер", "Зенит")),
    # `экс-` before an office, which the tagger may read as an adjective
    ("Экс-председатель Национального собрания Кореи Ли Мин Хо, уехавший из страны, дал интервью.",
     "Ли Мин Хо", ("экс-председатель", "Национальное собрание Кореи")),
    ("Иван Петров, занимающий пост директора компании «Сигма», уволился.", "Иван Петров", ("директор", "Сигма")),
    ("Грузия ждёт выборов. Премьер-министром страны станет глава партии «Заря» Анна Смирнова.",
     "Анна Смирнова", ("премьер-министр", "Грузия")),  # the role noun is the subject, the name beside it
    # a party named by an adjective and a country keeps the country in its name, and is in the nominative
    ("Об этом сказал представитель «Новой России» Иван Петров.", "Иван Петров", ("представитель", "Новая Россия")),
    # `от` before a quoted organisation holds the post there
    ("Депутат Госдумы от «Новой России» Иван Петров внёс закон.", "Иван Петров", ("депутат", "Госдума")),
    # a noun the dictionary knows only as an adjective, in the nominative masculine
    ("По словам уполномоченного по правам человека Олега Смирнова, арест незаконен.", "Олег Смирнов",
     ("уполномоченный по правам человека", None)),
    # `один из` before the name: one of those the plural names
    ("Компанию основал один из руководителей банка «Восток» Иван Петров.", "Иван Петров", ("руководитель", "Восток")),
    ("В Кабуле арестован один из лидеров движения «Заря» мулла Абдул Карим.", "Абдул Карим", ("лидер", "Заря")),
    # an adjective before a noun of common gender in the nominative masculine
    ("По словам нового главы МВД Ивана Петрова, реформа продолжится.", "Иван Петров", ("новый глава", "МВД")),
    ("Иск подан против бывшего судьи Конституционного суда Олега Смирнова.", "Олег Смирнов",
     ("бывший судья", "Конституционный суд")),
    # one of many: the role in the singular
    ("Цветы возложили в память о Петре Смирнове, одном из директоров компании Siemens.",
     "Пётр Смирнов", ("директор", "Siemens")),
    ("Пришла Анна Смирнова, одна из ведущих сотрудниц банка «Восток».",
     "Анна Смирнова", ("ведущая сотрудница", "Восток")),
    # a role noun that says which one the text means: the title without it
    ("Михаил Касьянов заявил, что уйдет. Об этом сообщил сам бывший премьер России журналистам.",
     "Михаил Касьянов", ("бывший премьер", "Россия")),
    # a capitalised adjective of a country inside a name is the name's, not the country the body serves
    ("Доклад представил директор Российского института стратегий Олег Смирнов.", "Олег Смирнов",
     ("директор", "Российский институт стратегий")),
    ("Вагоны принял глава Белорусской железной дороги Иван Петров.", "Иван Петров",
     ("глава", "Белорусская железная дорога")),
    # a lower-case one is the country the body serves, and an official body is named as a name
    ("Дело ведет глава российской прокуратуры Игорь Краснов.", "Игорь Краснов", ("глава", "прокуратура России")),
    ("Письмо подписал замглавы российского министерства иностранных дел Олег Смирнов.", "Олег Смирнов",
     ("замглавы", "Министерство иностранных дел России")),
    # a foreign woman's first name the dictionary knows only as another name's plural, after a role in the
    # accusative
    ("Агентство передает это со ссылкой на руководителя пресс-службы Госдепартамента Джен Псаки.", "Джен Псаки",
     ("руководитель", "пресс-служба Госдепартамента")),
    # a former post glued to its noun by `экс-`, which the tagger reads as a verb's participle or a thing
    ("Экс-командующий Черноморским флотом адмирал Иван Петров заявил, что флот готов.", "Иван Петров",
     ("экс-командующий", "Черноморский флот")),
    ("Говоря о своем преемнике - экс-мэре Сочи Викторе Колодяжном, Вайншток назвал его удачным выбором.",
     "Виктор Колодяжный",
     ("экс-мэр", "Сочи")),
    # a name the dictionary does not know may be in any case: the genitive before it is whose follower he is
    ("С трибуны выступал друг и последователь венесуэльского лидера Эво Моралес.", "Эво Моралес",
     ("последователь венесуэльского лидера", None)),
    # a title does not open with the conjunction of two roles
    ("Спецприз достался картине «Ню» режиссера и актрисы «Гоголь-центра» Ян Гэ.", "Ян Гэ", ("актриса", "Гоголь-центр")),
    # an adjective in another case before the noun is a predicate's, not the role's
    ("Суд признал виновным сотрудника PwC Брайана Каллинана.", "Брайан Каллинан", ("сотрудник", "PwC")),
    ("Об этом сказал вице- президент США Джозеф Байден.", "Джозеф Байден", ("вице- президент", "США")),
])
def test_roles(text, name, role):
    assert role in roles(person(extract(text), name))


def test_an_office_of_a_country_is_no_other_office_of_it_held_by_the_person_before():
    article = extract("Министр финансов Испании Луис де Гиндос заявил, что помощь сделала создание банка реальнее. "
                      "Премьер-министр Испании ранее говорил, что налоги повысят.")
    assert roles(person(article, "Луис де Гиндос")) == {("министр финансов", "Испания")}
    former = extract("Экс-президент Уругвая Хосе Мухика назвал коллегу сумасшедшим. При этом бывший президент Уругвая "
                     "заявил, что очень уважает его.")
    assert ("бывший президент", "Уругвай") in roles(person(former, "Хосе Мухика"))


@pytest.mark.parametrize("text, role", [
    # an organisation after `в`/`на` is where one works (a country there is where one serves)
    ("Аналитик в банке «Сигма» Глеб Орлов ждёт роста.", ("аналитик", "Сигма")),
    # `из` before the organisation one works in, after the role or after the name
    ("Глеб Орлов, аналитик из компании «Сигма», ждёт роста.", ("аналитик", "Сигма")),
    ("Профессор Глеб Орлов из Томского университета открыл вирус.", ("профессор", "Томский университет")),
])
def test_the_organisation_one_works_in_after_a_preposition(text, role):
    assert role in roles(person(extract(text), "Глеб Орлов"))


def test_a_role_before_another_s_name_in_the_genitive_is_the_next_person_s():
    article = extract("Адвокат Севастиди подал жалобу\n\nЖалобу на приговор Оксане Севастиди подал в среду "
                      "адвокат Севастиди Иван Павлов. Об этом сообщил адвокат Петрова Сергей Котов.")
    assert roles(person(article, "Иван Павлов")) == {("адвокат", None)}
    assert roles(person(article, "Сергей Котов")) == {("адвокат", None)}
    assert roles(person(article, "Оксана Севастиди")) == set()  # the headline's `Адвокат Севастиди` is hers


def test_a_lone_surname_the_tagger_read_as_a_place_is_the_person_named_in_full():
    article = extract("Мэром поселка Виганелла уже десять лет остается Пьерфранко Мидали. Зимой солнца здесь нет, "
                      "жалуется мэр Мидали.")
    assert entity_named(article, "Пьерфранко Мидали", "PER")
    assert at(article, "Мидали", 1).name == "Пьерфранко Мидали"


@pytest.mark.parametrize("text, name", [
    ("Доктор Рошаль написал в Twitter, что министра нужно снимать.", "Рошаль"),
    ("По словам хирурга Рошаля, министра нужно снимать.", "Рошаля"),
])
def test_a_word_known_as_a_town_in_apposition_to_a_noun_for_a_person_is_the_person(text, name):
    assert at(extract(text), name).type == "PER"


def test_a_name_and_a_role_on_a_line_of_their_own():
    text = "Спасибо всем участникам!\nПётр Смирнов Председатель правления банка «Восток»"
    assert ("председатель правления", "Восток") in roles(person(extract(text), "Пётр Смирнов"))
    text = "Спасибо всем участникам!\nПётр Смирнов Председатель правления банка «Восток» приедет в Тулу."
    assert roles(person(extract(text), "Пётр Смирнов")) == set()


def test_an_organisation_glued_to_a_name_in_the_role_nouns_case():
    article = extract("Переговоры сорвались после гибели лидера Аль-Кайды Усамы бин Ладена.")
    found = roles(person(article, "Усама бин Ладен"))
    assert [(title, (org or "")[:6]) for title, org in found] == [("лидер", "Аль-Ка")]


def test_the_person_heading_a_body_after_a_participle():
    article = extract("Арестованы активисты партии «Заря», возглавляемой Анной Смирновой.")
    assert ("глава", "Заря") in roles(person(article, "Анна Смирнова"))
    article = extract("Делегация МИД, возглавляемая Петром Смирновым, прилетела.")  # the delegation's head
    assert roles(person(article, "Пётр Смирнов")) == set()


@pytest.mark.parametrize("text, name, expected", [
    # a role noun governed by a noun for no office (a kin's) before the name is the other person's
    ("Это подтвердил муж певицы Олег Смирнов.", "Олег Смирнов", set()),
    ("На пресс-конференции выступила вдова журналиста Анна Смирнова.", "Анна Смирнова", set()),
    # ... but a role the name stands beside in its case, after a noun it is the complement of, is the name's
    ("Газета ссылается на запись заместителя министра финансов Италии Джованни Росси.", "Джованни Росси",
     {("заместитель министра финансов", "Италия")}),
    # a noun the context reads as a thing is no person (`практика`, not `практик`; `премьера`, not `премьер`)
    ("Согласно приказу министра обороны Ивана Петрова, практика призыва отменяется.", "Иван Петров",
     {("министр обороны", None)}),
    ("Премьера фильма режиссёра Олега Смирнова состоялась вчера.", "Олег Смирнов", {("режиссёр", None)}),
    # a passive participle of heading says what is headed, not who heads it
    ("Арестованы активисты партии «Заря», возглавляемой Анной Смирновой.", "Анна Смирнова", {("глава", "Заря")}),
    # a kin noun as the subject beside the name passes on the verb's role
    ("Совладельцами компании «Сигма» стали вдова бизнесмена Анна Смирнова и её дети.", "Анна Смирнова",
     {("совладелец", "Сигма")}),
    # ... but not where the name may be in the role's case: an indeclinable name, or the role's own case
    ("Ещё один мяч на счету полузащитника «Вектора» Лоренцо Бьянки.", "Лоренцо Бьянки", {("полузащитник", "Вектор")}),
    ("Среди них оказался родственник главы МЧС Олега Смирнова.", "Олег Смирнов", {("глава", "МЧС")}),
    ("Занимавший тогда пост директора ЦРУ Джон Смит ушёл в отставку.", "Джон Смит", {("директор", "ЦРУ")}),
    # the subject kin noun the name is a complement of passes its verb's role to no one
    ("Внук Пугачевой стал миллионером.", "Пугачёва", set()),
    # `одной из` in another case than the name is someone else's
    ("Сара Смит, которая была одной из помощниц принца Чарльза, дала интервью.", "Чарльз", {("принц", None)}),
    # a successor or predecessor is who one is to another, no office: the role after it is the name's
    ("Он стал преемником министра финансов Лоренцо Бьянки.", "Лоренцо Бьянки", {("министр финансов", None)}),
    ("Преемник Олега Петрова Иван Сидоров выступил с речью.", "Иван Сидоров", set()),
    # a country one arrives in is a visit, not the country a national office serves
    ("Сенатор Джон Смит прибыл в Пакистан. Пакистан ждёт помощи.", "Джон Смит", {("сенатор", None)}),
    ("Премьер-министр Олег Петров прилетел в Казахстан с визитом.", "Олег Петров", {("премьер-министр", None)}),
    # a role set after a name with a comma is that name's, whoever's name in another case closes it; a name
    # with no case ending right after a genitive noun for a person is that person's
    ("В Москве Олег Смирнов, адвокат Анны Ивановой, заявил, что она невиновна.", "Олег Смирнов", {("адвокат", None)}),
    ("В Москве Олег Смирнов, адвокат Анны Ивановой, заявил, что она невиновна.", "Анна Иванова", set()),
    ("В Кандагаре Юсуф Пуштун, помощник губернатора Гуль Аги, рассказал об атаке.", "Юсуф Пуштун",
     {("помощник губернатора", None)}),
    ("В Кандагаре Юсуф Пуштун, помощник губернатора Гуль Аги, рассказал об атаке.", "Гуль Аги",
     {("губернатор", None)}),
    # ... but in a list a nominative name after the role is the role's holder
    ("В совещании участвовали Иван Петров, заместитель министра Сергей Сидоров и другие.", "Сергей Сидоров",
     {("заместитель министра", None)}),
])
def test_a_role_belongs_to_the_person_it_stands_beside(text, name, expected):
    assert roles(person(extract("Новости\n\n" + text), name)) == expected


@pytest.mark.parametrize("text, name, role", [
    # two roles joined by `и` share the organisation written after the second
    ("В дискуссии участвовал Иван Краснов - управляющий директор и совладелец рекламного агентства Blueprint.",
     "Иван Краснов", ("управляющий директор", "Blueprint")),
    ("Об этом сообщил директор и художественный руководитель театра «Сфера» Пётр Лаптев.",
     "Пётр Лаптев", ("директор", "Сфера")),
    # ... but not a role with a complement of its own, nor a present one beside a former one
    ("Выступил Олег Смирнов, бывший министр финансов и председатель Центра стратегических разработок.",
     "Олег Смирнов", ("бывший министр финансов", None)),
    ("Пишет предприниматель и бывший акционер ЮКОСа Леонид Фомин.", "Леонид Фомин", ("предприниматель", None)),
    # a governor's region only where the place list names a region by the adjective
    ("Вчера подмосковный губернатор Иван Петров открыл школу.", "Иван Петров", ("губернатор", "Московская область")),
    # a place adjective before a mayor names the city served
    ("Митингующие требовали отставки нижегородского мэра Андрея Воробьёва.", "Андрей Воробьёв",
     ("мэр", "Нижний Новгород")),
    ("В Екатеринбурге прошли акции. Екатеринбургский мэр Евгений Ройзман пришёл на митинг.", "Евгений Ройзман",
     ("мэр", "Екатеринбург")),
    # a role after `свой` is held in the organisation that is its verb's subject
    ("Компания «Сигма» уволила своего директора Ивана Петрова.", "Иван Петров", ("директор", "Сигма")),
    ("Газета «Северный курьер» со ссылкой на своего корреспондента Олега Рябова сообщает о задержаниях.", "Олег Рябов",
     ("корреспондент", "Северный курьер")),
    # the subject of a finite verb of heading heads the body that is its object
    ("Иван Петров возглавляет компанию «Сигма» с 2010 года.", "Иван Петров", ("глава", "Сигма")),
    ("Компанией «Сигма» руководит Иван Петров.", "Иван Петров", ("глава", "Сигма")),
    ("В 2012 году компанию «Заря» возглавил Глеб Орлов.", "Глеб Орлов", ("глава", "Заря")),
    ("Глеб Орлов, который возглавляет фонд «Заря», выступил.", "Глеб Орлов", ("глава", "Заря")),
    # a role noun in the instrumental with `быть` for its copula
    ("Глеб Орлов был ректором Томского университета в 2005 году.", "Глеб Орлов",
     ("ректор", "Томский университет")),
    # a post as the circumstance of a passive verb, or of a verb of staying in or leaving it
    ("Глеб Орлов был освобождён от должности директора фонда «Заря».", "Глеб Орлов", ("директор", "Заря")),
    ("Глеб Орлов ушёл с поста председателя банка «Сигма».", "Глеб Орлов", ("председатель", "Сигма")),
    ("Глеб Орлов сменил Олега Рябова на посту ректора Томского университета.", "Глеб Орлов",
     ("ректор", "Томский университет")),
    # a role verb of a relative clause on a name gives the name its role
    ("Иван Петров, который является главой компании «Сигма», выступил.", "Иван Петров", ("глава", "Сигма")),
    ("На встречу пришла Анна Смирнова, которая с 2010 года работает директором фонда «Заря».", "Анна Смирнова",
     ("директор", "Заря")),
])
def test_a_role_and_its_organisation_from_the_construction_around_a_name(text, name, role):
    assert role in roles(person(extract("Новости\n\n" + text), name))


@pytest.mark.parametrize("text, name", [
    ("Министр уволил Глеба Орлова с поста директора фонда «Заря».", "Министр"),
    ("Глеб Орлов претендует на пост ректора Томского университета.", "Глеб Орлов"),
])
def test_a_post_someone_is_moved_into_or_wants_is_not_the_subjects(text, name):
    article = extract("Новости\n\n" + text)
    assert not any(e.roles for e in article.entities if e.type == "PER"), \
        [(e.name, roles(e)) for e in article.entities]


def test_a_role_noun_after_a_numeral_is_many_people_not_one():
    article = extract("Новости\n\nВ Москве встретились министр обороны Иван Петров и министр финансов Пётр "
                      "Сидоров. Оба министра заявили, что довольны.")
    petrov = person(article, "Иван Петров")
    assert roles(petrov) == {("министр обороны", None)}, roles(petrov)
    assert all(m.kind == "name" for m in petrov.mentions)


def test_the_doer_of_a_crime_is_someone_new_not_the_victim_named_before():
    article = extract("В священника Даниила Сысоева стрелял опытный киллер\n\nВ воскресенье появились новые "
                      "подробности убийства священника Даниила Сысоева.\n\nСпециалисты считают, что в него стрелял "
                      "хорошо подготовленный киллер. При этом он практически не целился. Убийца ворвался в храм, "
                      "крикнул: \"Где Сысоев?\" - и тут же нажал на курок.")
    assert at(article, "Убийца") is None
    assert [q.speaker.name for q in article.quotes if q.content.text == "Где Сысоев?"] == ["Убийца"]


def test_an_officer_of_a_trial_is_someone_new_not_the_convict_who_spoke():
    article = extract("Новости\n\nВ апелляционной жалобе Петр Семенов потребовал отменить приговор. «Меня не "
                      "вызвали в суд», - заявил Семенов.\n\nПрокурор заявил, что закон не требует участия "
                      "осужденного.")
    assert at(article, "Прокурор") is None
    assert roles(person(article, "Петр Семенов")) == set()


def test_a_womans_first_name_before_a_surname_written_as_its_nominative_is_hers():
    """`Фредерика` is also Фредерик's genitive, but his would decline the surname (`Фредерика Вебба`)."""
    article = extract("Новости\n\nЭксперт организации Amnesty International Фредерика Вебб считает, что форум "
                      "сорван.")
    assert person(article, "Фредерика Вебб") is not None


def test_a_place_whose_first_word_the_tagger_read_as_a_person_is_the_place_named_elsewhere():
    article = extract("Новости\n\nСъемки прошли на Мамаевом кургане. Участникам объяснили, что нужно будет "
                      "подняться по главной лестнице Мамаева кургана и помахать телефонами.")
    assert not [e for e in article.entities if e.type == "PER"]
    place = next(e for e in article.entities if e.name == "Мамаев курган")
    assert len([m for m in place.mentions if m.kind == "name"]) == 2


@pytest.mark.parametrize("text, name, role", [
    pytest.param("Министр промышленности, науки и технологий Илья Клебанов заявил, что решение правильное.",
                 "Илья Клебанов", ("министр промышленности, науки и технологий", None), id="a list"),
    pytest.param("Председатель комитета Госдумы по вопросам семьи, женщин и детей Тамара Плетнева заявила, что "
                 "решение правильное. Ее коллега по Госдуме, председатель комитета нижней палаты по физической "
                 "культуре, спорту, туризму и делам молодежи Михаил Дегтярев согласился.", "Михаил Дегтярев",
                 ("председатель комитета нижней палаты по физической культуре, спорту, туризму и делам молодежи",
                  None), id="not the body of its kind named before, which does other work"),
])
def test_a_title_naming_its_body_by_a_list_of_what_it_does(text, name, role):
    assert roles(person(extract("Новости\n\n" + text), name)) == {role}


@pytest.mark.parametrize("text, name", [
    pytest.param("Председатель комитета Госдумы по вопросам семьи, женщин и детей Тамара Плетнева заявила об этом.",
                 "комитет Госдумы по вопросам семьи, женщин и детей", id="a list of genitives ending in и"),
    pytest.param("Песков прокомментировал рекомендацию председателя комитета Госдумы по вопросам семьи, женщин и детей "
                 "Тамары Плетневой.", "комитет Госдумы по вопросам семьи, женщин и детей",
                 id="not the person named after it"),
    pytest.param("В отставку подал председатель следственной комиссии Верховной рады по делу Гонгадзе Александр Жир.",
                 "Следственная комиссия Верховной рады по делу Гонгадзе", id="but whose the case is"),
])
def test_a_body_named_by_what_it_deals_with(text, name):
    article = extract("Новости\n\n" + text)
    assert name in {e.name for e in article.entities if e.type == "ORG"}, [e.name for e in article.entities]


@pytest.mark.parametrize("short, full", [("IAAF", "Международной ассоциации легкоатлетических федераций"),
                                         ("ФИФА", "Международной федерации футбола"),
                                         ("WADA", "Всемирного антидопингового агентства")])
def test_an_international_body_by_an_acronym_of_its_foreign_name_is_one(short, full):
    article = extract(f"Новости\n\nГлава {short} выступил с заявлением. Президент {full} Себастьян Коу заявил, "
                      "что спортсмены знали, на что шли.")
    bodies = [e for e in article.entities if e.type == "ORG"]
    assert len(bodies) == 1, [e.name for e in bodies]


def test_a_fleet_heads_the_name_of_its_organisation():
    article = extract("Новости\n\nВоенная прокуратура Тихоокеанского флота начала проверку. На завод выехал "
                      "заместитель прокурора флота Игорь Сас.")
    assert roles(person(article, "Игорь Сас")) == {("заместитель прокурора", "Тихоокеанский флот")}


def test_a_role_after_svoy_under_a_persons_verb_has_no_organisation():
    article = extract("Новости\n\nИван Петров поблагодарил своего тренера Олега Сидорова.")
    assert roles(person(article, "Олег Сидоров")) == {("тренер", None)}


def test_a_phrase_naming_an_office_by_what_it_heads_stands_for_its_holder():
    article = extract("Новости\n\nПремьер-министр Израиля Ави Коэн отменил поездку в Вашингтон. Противники "
                      "заговорили о том, что глава израильского правительства непоследователен.\n"
                      "Президент Чехии Ян Новак прибыл в Вену. Глава государства провёл переговоры.")
    assert ("глава", "правительство Израиля") in roles(person(article, "Ави Коэн"))
    assert at(article, "Глава государства") is person(article, "Ян Новак")


@pytest.mark.parametrize("text, name, role", [
    ("Ави Коэн отменил поездку в Вашингтон. Премьер-министр Израиля заявил, что причина в заговоре.", "Ави Коэн",
     ("премьер-министр", "Израиль")),
    ("Говорили, что Ян Новак откажется от поездки в Вену. Однако глава Чехии всё же побывал там.", "Ян Новак",
     ("глава", "Чехия")),
])
def test_the_head_of_a_country_named_right_after_the_one_person_known_by_no_role_is_that_person(text, name, role):
    assert role in roles(person(extract("Новости\n\n" + text), name))


@pytest.mark.parametrize("text", [
    "Иван Петров встретился с Ави Коэном. Премьер-министр Израиля заявил, что доволен.",  # two people
    "Иван Петров прилетел в Анкару. Президент Турции заявил, что рад гостю.",  # his host
    "Иван Петров и президент Турции подписали договор.",  # the same sentence: someone else
    "Иван Петров прилетел в Анкару на встречу с президентом Турции.",  # off the subject
])
def test_the_head_of_a_country_is_not_someone_else_just_named(text):
    article = extract("Новости\n\n" + text)
    assert all(m.kind == "name" for e in article.entities if e.type == "PER" for m in e.mentions), \
        [(e.name, [m.text for m in e.mentions]) for e in article.entities]
    assert not any(e.roles for e in article.entities if e.type == "PER")


def test_roles_in_a_row_stop_at_the_next_person():
    article = extract("Пришли Игорь Петров, министр обороны, и министр финансов Павел Сидоров.")
    assert roles(person(article, "Игорь Петров")) == {("министр обороны", None)}


@pytest.mark.parametrize("text, name, role", [
    ("Бывший председатель Государственной думы, Борис Грызлов, выступил против.", "Борис Грызлов",
     ("бывший председатель", "Госдума")),
    ("Новый министр культуры, Ольга Васильева, которая вчера прилетела в Казань, открыла выставку.",
     "Ольга Васильева", ("новый министр культуры", None)),
])
def test_a_role_opening_the_sentence_set_off_by_commas_names_the_person(text, name, role):
    assert role in roles(person(extract(text), name))


def test_a_role_before_a_comma_and_a_list_of_people_is_no_one_s():
    article = extract("Министр финансов, Иванов, Петров и Сидоров пришли.")
    assert not roles(person(article, "Иванов"))


def test_a_genitive_office_before_a_name_that_owns_the_next_role_is_that_names():
    article = extract("Об этом сообщил помощник главы МИД Сергея Лаврова Андрей Орлов.")
    assert roles(person(article, "Сергей Лавров")) == {("глава", "МИД")}
    assert roles(person(article, "Андрей Орлов")) == {("помощник главы", "МИД")}


def test_head_of_government_without_a_country_takes_the_articles():
    text = ("Внешний долг России уменьшился. Министерство финансов России подтвердило данные.\n"
            "В этом году Премьер-министр Михаил Фрадков предполагает досрочно выплатить долг.")
    assert ("премьер-министр", "Россия") in roles(person(extract(text), "Михаил Фрадков"))


def test_head_of_government_without_a_country_serves_the_country_of_the_state_body_he_is_known_to_head():
    text = ("Члены правительства России пообещали выполнить обязательства перед Украиной после появления там нового "
            "кабинета. С таким предложением выступил премьер-министр Дмитрий Медведев. По словам главы российского "
            "правительства, Москва понимает необходимость исполнения договоренностей.")
    article = extract(text)
    assert ("премьер-министр", "Россия") in roles(person(article, "Дмитрий Медведев"))  # not Украина, named last
    assert [q.speaker.name for q in article.quotes if "Москва понимает" in q.content.text] == ["Дмитрий Медведев"]


def test_a_national_office_without_a_country_takes_the_articles():
    text = "Израиль подтвердил участие в саммите. Делегацию возглавит министр обороны Ави Коэн."
    assert ("министр обороны", "Израиль") in roles(person(extract(text), "Ави Коэн"))


def test_the_city_of_a_role_is_the_one_named_before():
    text = "В Самаре прошёл велопробег. В споре победил мэр города Пётр Смирнов."
    assert ("мэр", "Самара") in roles(person(extract(text), "Пётр Смирнов"))
    text = "Мэр города Пётр Смирнов открыл выставку."  # no city named: none
    assert roles(person(extract(text), "Пётр Смирнов")) == {("мэр города", None)}


def test_a_king_of_a_field_serves_no_country():
    text = "Концерт прошёл в Польше. На сцену вышел король поп-музыки Майкл Джексон."
    assert all(org is None for _, org in roles(person(extract(text), "Майкл Джексон")))


def test_the_organisation_in_brackets_after_a_name_is_its_roles():
    article = extract("Выставку открыл архиепископ Андрей Петров (РПЦ МП).")
    assert roles(person(article, "Андрей Петров")) == {("архиепископ", "РПЦ МП")}
    article = extract("Выставку открыл депутат Госдумы Андрей Петров (ЛДПР).")
    assert roles(person(article, "Андрей Петров")) == {("депутат", "Госдума")}


@pytest.mark.parametrize("text, name", [
    ("Выступил основатель компании «Сигма» Пётр Смирнов.", "Пётр Смирнов"),
    ("В турнире сыграет чемпион мира ФИДЕ Пётр Смирнов.", "Пётр Смирнов"),
    ("Погиб болельщик «Зенита» Пётр Смирнов.", "Пётр Смирнов"),
    ("Чемпионкой Европы стала Анна Смирнова.", "Анна Смирнова"),
])
def test_what_someone_founded_or_won_is_no_office(text, name):
    assert roles(person(extract(text), name)) == set()


def test_nationality_is_no_organisation():
    article = extract("Фильм снял немецкий режиссёр Георг Жено.")
    assert [org for _, org in roles(person(article, "Георг Жено"))] == [None]


def test_two_people_joined_by_and_are_not_one_with_two_roles():
    article = extract("Президент и первая леди Мишель Обама задержались в Белом доме.")
    assert not any(title == "президент" for title, _ in roles(person(article, "Мишель Обама")))


def test_plural_role_is_no_ones_role():
    article = extract("На встрече были представители Госдумы России, полпред Александр Хлопонин.")
    assert not any(title.startswith("представител") for title, _ in roles(person(article, "Александр Хлопонин")))


@pytest.mark.parametrize("text, name, role", [
    ("Адвокаты Марк Фейгин и Николай Полозов обжаловали приговор.", "Николай Полозов", ("адвокат", None)),
    ("Следствие по делу оппозиционеров Сергея Удальцова и Леонида Развозжаева завершено.", "Сергей Удальцов",
     ("оппозиционер", None)),
    # as many bodies as people: one each, respectively
    ("Встретились президенты России и Турции Владимир Путин и Реджеп Тайип Эрдоган.", "Реджеп Тайип Эрдоган",
     ("президент", "Турция")),
    ("Депутаты Госдумы Иван Петров, Олег Смирнов и Игорь Орлов внесли закон.", "Игорь Орлов", ("депутат", "Госдума")),
    # a predicate's adjective in another case is no part of the role
    ("Академия назвала виновными сотрудников PwC Брайана Каллинана и Марту Руиз.", "Марта Руиз",
     ("сотрудник", "PwC")),
])
def test_a_plural_role_before_names_in_a_row_is_each_ones(text, name, role):
    assert roles(person(extract(text), name)) == {role}


@pytest.mark.parametrize("text, name, role", [
    ("Иван Петров и другие сенаторы подписали письмо.", "Иван Петров", ("сенатор", None)),
    ("Олег Смирнов и еще двое депутатов Госдумы внесли законопроект.", "Олег Смирнов", ("депутат", "Госдума")),
    ("Петр Орлов, Игорь Лебедев и другие актеры театра пробовались на роль.", "Петр Орлов", ("актёр театра", None)),
    ("Министр встретился с Анной Ивановой и другими лидерами оппозиции.", "Анна Иванова", ("лидер оппозиции", None)),
])
def test_one_named_with_others_of_a_kind_is_one_of_them(text, name, role):
    assert roles(person(extract(text), name)) == {role}


@pytest.mark.parametrize("text, name", [
    ("Суд признал виновными Ивана Петрова и других лиц.", "Иван Петров"),  # `лицо` says no more than a person
    ("Он извинился перед Игорем Смирновым и другими грузинами.", "Игорь Смирнов"),  # a nationality is no role
])
def test_others_of_no_office_give_no_role(text, name):
    assert roles(person(extract(text), name)) == set()


def test_a_predicate_after_a_role_is_no_part_of_it():
    article = extract("Иван Петров и другие депутаты уверены, что закон примут. Ученый Олег Смирнов, "
                      "председатель комиссии по этике, согласен с ними.")
    assert roles(person(article, "Иван Петров")) == {("депутат", None)}
    assert ("председатель комиссии по этике", None) in roles(person(article, "Олег Смирнов"))


def test_a_plural_noun_the_tagger_reads_as_a_thing_gives_no_role():
    article = extract("Ганновер повел после голов Небойси Крупниковича и Иржи Штайнера.")
    assert not any(e.roles for e in article.entities)


@pytest.mark.parametrize("text, name", [
    ("Как и Уго Чавес, президент Боливии отверг предупреждения госсекретаря.", "Уго Чавес"),
    ("Вслед за Иваном Петровым, министр финансов заявил о новых мерах.", "Иван Петров"),
])
def test_a_role_noun_that_opens_its_own_clause_is_not_the_name_s(text, name):
    assert not roles(person(extract(text), name))


def test_a_role_in_apposition_to_a_subject_is_still_its_own():
    article = extract("Борис Стомахин, редактор газеты «Радикальная политика», был арестован в Москве.")
    assert [title for title, _ in roles(person(article, "Борис Стомахин"))] == ["редактор"]


# --- coreference ---

def test_pronoun_gender_from_the_verb():
    article = extract("Уэнди Шерман прибыла в Женеву. Переговоры начались утром, сообщил Сергей Рябков.\n"
                      "\"Мы готовы к работе\", - заявила она журналистам.")
    start = article.text.index("заявила она") + len("заявила ")
    assert entity_at(article, start, start + 3) is person(article, "Уэнди Шерман")


def test_pronoun_after_a_thing_of_its_gender_is_left_alone():
    # RuCoCo: `он` is the budget draft, not Жуков
    text = ("Глава бюджетного комитета Госдумы Александр Жуков выступает за компромисс.\n"
            "\"В том виде, в каком проект бюджета представлен в Госдуму, он вряд ли имеет высокие "
            "шансы на принятие\", заявил Жуков журналистам.")
    article = extract(text)
    start = article.text.index(", он вряд") + 2
    assert entity_at(article, start, start + 2) is None


def test_the_speaker_is_not_the_he_of_his_own_words():
    text = ("Тренер Глен Сатер доволен защитником Брайаном Берардом.\n"
            "\"Я хотел бы, чтобы он начал тренировки\", - считает Сатер.")
    article = extract(text)
    start = article.text.index("чтобы он") + len("чтобы ")
    assert entity_at(article, start, start + 2) is not person(article, "Глен Сатер")


@pytest.mark.parametrize("text, pronoun, name", [
    ("Министр Иван Сидоров приехал на завод.\nНа вопрос о том, уволят ли директора Петра Петрова, он ответил "
     "отказом.", "он ответил", "Иван Сидоров"),
    # a name before it in its clause, however parsed: not Путин
    ("В мае его работник Игорь Холманских был назначен полпредом. Это произошло после того, как во время прямой "
     "линии Владимира Путина он предложил разгонять митинги.", "он предложил", "Игорь Холманских"),
])
def test_a_pronoun_subject_is_not_a_name_in_its_own_clause(text, pronoun, name):
    article = extract(text)
    start = article.text.index(pronoun)
    assert entity_at(article, start, start + 2) is person(article, name)
    assert all(q.speaker.name == name for q in article.quotes)


def test_role_noun_of_another_organisation_is_someone_else():
    text = ("Официальный представитель МИД России Мария Захарова провела брифинг.\n"
            "Представитель Пентагона заявила, что не согласна.")
    article = extract(text)
    start = article.text.index("Представитель Пентагона")
    assert entity_at(article, start, start + len("Представитель")) is not person(article, "Мария Захарова")


_SPOKESMAN_OF_A_PARTY = ("Представитель Консервативной партии Дании Расмус Ярлов раскритиковал решение. Министр "
                        "ответил ему. Затем {} сообщил, что новость стала сюрпризом.", "Расмус Ярлов")
_SPOKESMAN_OF_FSB = ("Основной версией взрыва рассматривается теракт, заявил официальный представитель ФСБ Сергей "
                     "Игнатченко. Следователи работают на месте. Об этом сообщил {}.", "Сергей Игнатченко")


@pytest.mark.parametrize("text, descriptor, same", [
    (_SPOKESMAN_OF_A_PARTY, "представитель королевской семьи", False),
    (_SPOKESMAN_OF_A_PARTY, "представитель партии", True),
    # a body known by its initialism is of the kind its full name says: `ФСБ`, a `служба`
    (_SPOKESMAN_OF_FSB, "официальный представитель прокуратуры", False),
    (_SPOKESMAN_OF_FSB, "официальный представитель службы", True),
])
def test_a_role_noun_naming_its_body_by_a_common_noun_is_of_that_body(text, descriptor, same):
    template, name = text
    article = extract(template.format(descriptor))
    start = article.text.index(descriptor)
    assert (entity_at(article, start, start + len(descriptor)) is person(article, name)) == same


def test_a_verb_tells_the_gender_of_a_name_in_apposition_to_its_subject():
    """`Эммануэль` reads as a woman's name; `Президент ... Эммануэль Макрон позвонил` is a man."""
    article = extract("Президент Франции Эммануэль Макрон позвонил Владимиру Путину. Переговоры шли час. "
                      "Французский президент призвал к прекращению огня.")
    assert at(article, "Французский президент") is person(article, "Эммануэль Макрон")


_MACRON = "Президент Франции Эммануэль Макрон позвонил Владимиру Путину. Переговоры шли час."
_POVETKIN = ("Допинг-тест российского боксера Александра Поветкина показал наличие запрещенного вещества. Бой не "
             "состоится.")


@pytest.mark.parametrize("before, descriptor, who", [
    (_MACRON, "Французский лидер", "Эммануэль Макрон"),
    (_MACRON, "Британский министр", None),
    # the country a title names by its adjective
    (_POVETKIN, "Российский боксер", "Александр Поветкин"),
    (_POVETKIN, "Канадский боксер", None),
])
def test_a_role_noun_s_country_adjective_fits_the_person_s_country(before, descriptor, who):
    article = extract(f"{before} {descriptor} призвал к прекращению огня.")
    found = at(article, descriptor)
    assert (found.name if found is not None else None) == who


def test_a_role_noun_naming_offices_by_their_body_is_the_one_holding_such_an_office():
    """`парламентарий` is the deputy named before, not another man the sentences are about."""
    article = extract("Один из лидеров ЛДПР, депутат Госдумы Алексей Митрофанов в интервью \"Интерфаксу\" "
                      "высказал мнение, что реакция Касьянова на ту ситуацию, которая сегодня сложилась вокруг него, "
                      "понятна.\n\n"
                      "\"Я думаю, Касьянов решил пойти на обострение ситуации\", - полагает депутат.\n\n"
                      "Он уверен, что второго Ющенко из Касьянова не получится; если же экс-премьер пойдет на "
                      "обострение ситуации, то есть фактически начнется своего рода \"война\" между ним и действующей "
                      "властью, последняя будет копать глубже\". Это, пояснил парламентарий, чревато предъявлением "
                      "новых еще более серьезных, чем дачные, обвинений.")
    assert at(article, "парламентарий") is person(article, "Алексей Митрофанов")


@pytest.mark.parametrize("text, name, type", [
    ("Песков назвал ситуацию крайне напряженной.", "Песков", "PER"),
    ("Трамп пообещал огонь и ярость в ответ на угрозы.", "Трамп", "PER"),
    ("Газпром сократил поставки газа.", "Газпром", "ORG"),
])
def test_a_surname_alone_opening_a_sentence_is_a_person(text, name, type):
    """The tagger misses it there, with no words before it; a company or a city stays what it is."""
    assert entity_named(extract(text), name).type == type


def test_a_one_word_organisation_in_two_cases_is_one():
    article = extract('Самолет авиакомпании "Алроса" совершил посадку. Как отмечают в "Алросе", полоса короткая.')
    assert at(article, "Алросе") is entity_named(article, "Алроса", "ORG")


def test_role_noun_whose_words_they_are():
    article = extract("Официальный представитель МИД России Мария Захарова провела брифинг. "
                      "По словам дипломата, переговоры прошли успешно.")
    assert at(article, "дипломата") is person(article, "Мария Захарова")


@pytest.mark.parametrize("sentence, descriptor", [
    ("Премьер-министр объявил министру финансов выговор за задержку выплат.", "министру финансов"),
    ("Доклад министра финансов одобрили на заседании кабинета.", "министра финансов"),
    ("У министра финансов нашлись и критики в Думе.", "министра финансов"),
])
def test_a_role_noun_off_the_subject_stands_for_the_person_known_by_that_role(sentence, descriptor):
    article = extract("Министр финансов Антон Силуанов представил проект бюджета. " + sentence)
    assert at(article, descriptor) is person(article, "Антон Силуанов")


@pytest.mark.parametrize("sentence, descriptor", [
    ("Депутаты обсудили, кто займет пост министра финансов.", "министра финансов"),
    ("Его называли будущим министром финансов.", "министром финансов"),
    ("Министр энергетики России заявил о росте добычи.", "Министр энергетики России"),
])
def test_a_role_noun_off_the_subject_naming_an_office_or_another_minister_is_no_one(sentence, descriptor):
    article = extract("Министр финансов России Антон Силуанов представил проект бюджета. " + sentence)
    assert at(article, descriptor) is not person(article, "Антон Силуанов")


@pytest.mark.parametrize("text, descriptor, who", [
    ("Дело рассматривал судья Петр Штундер. Прокурор потребовал пожизненного заключения.", "Прокурор",
     "Петр Штундер"),
    ("Адвокат Сергей Широченко обжаловал арест. Судья заявил, что оснований для освобождения нет.", "Судья",
     "Сергей Широченко"),
    ("Адвокат Сергей Широченко обжаловал арест. Следователь заявил, что обвиняемый может скрыться.", "Следователь",
     "Сергей Широченко"),
])
def test_a_role_noun_of_another_side_of_a_trial_is_someone_else(text, descriptor, who):
    article = extract(text)
    assert at(article, descriptor) is not person(article, who)
    assert not any(descriptor.lower() in role.title for role in person(article, who).roles)


def test_a_role_noun_speaking_a_quotation_is_no_one_the_quotation_names():
    """The accused the investigator speaks of is not the investigator."""
    article = extract("Суд арестовал гендиректора фирмы Анну Ковалеву. Следователь указал, что она может скрыться. "
                      "\"Ковалева давила на свидетелей\", - утверждает следователь.")
    assert at(article, "следователь") is None


@pytest.mark.parametrize("text, descriptor, who", [
    pytest.param("Сам Александр Лукашенко объяснял смягчение меры вмешательством матери. \"Пусть благодарит только "
                 "мать, ни Путина, ни Лукашенко\", - заявил президент.", "президент", "Александр Лукашенко",
                 id="one who names oneself in one's words, having spoken just before"),
    pytest.param("Накануне политолог Олег Волков обратил внимание, что Игорь Белов в начале доклада также затронул "
                 "вопросы пенсий, причем \"не с точки зрения предложений, а с точки зрения, что называется, "
                 "отчета\", отмечал эксперт.", "эксперт", "Олег Волков",
                 id="a role noun that speaks is whoever spoke, not whom they spoke of"),
    pytest.param("Президент России Владимир Путин прибыл в Абу-Даби. В церемонии принял участие замминистра "
                 "иностранных дел России Александр Салтанов. Строительство храма закончится в 2009 году. В конце "
                 "визита российский лидер подвел итоги турне.", "российский лидер", "Владимир Путин",
                 id="a phrase naming the head of a country is no other official of it"),
])
def test_a_role_noun_that_speaks_is_the_person_it_describes(text, descriptor, who):
    article = extract(text)
    assert at(article, descriptor) is person(article, who)


def test_a_role_noun_reaches_back_past_three_sentences_to_the_person_of_that_role():
    article = extract("Министр обороны США Дональд Рамсфельд прибыл в Брюссель. Саммит НАТО открылся утром. "
                      "Делегации обсудили бюджет альянса. Вечером прошел ужин. Погода была дождливой. "
                      "Министр заявил, что союзники должны тратить больше на оборону.")
    assert at(article, "Министр заявил") is person(article, "Дональд Рамсфельд")


@pytest.mark.parametrize("sentence, pronoun, who", [
    ("По его словам, бюджет сбалансирован.", "его", "Антон Силуанов"),
    ("Ее доклад занял час.", "Ее", "Эльвира Набиуллина"),
])
def test_a_possessive_pronoun_stands_for_the_person_of_its_gender(sentence, pronoun, who):
    article = extract("Министр финансов Антон Силуанов и глава ЦБ Эльвира Набиуллина выступили в Думе. "
                      + sentence)
    assert at(article, pronoun) is person(article, who)


@pytest.mark.parametrize("text, pronoun, who", [
    ("Адвокат Иван Петров подал иск в районный суд. По его словам, дело рассмотрят в марте.", "его", "Иван Петров"),
    ("Депутат Ольга Смирнова внесла поправку. Вчера она уехала домой.", "она", "Ольга Смирнова"),
])
def test_a_pronoun_after_an_object_of_its_gender_in_an_earlier_sentence_is_the_person(text, pronoun, who):
    article = extract(text)
    start = article.text.index(pronoun, article.text.index(". "))
    assert entity_at(article, start, start + len(pronoun)) is person(article, who)


@pytest.mark.parametrize("text, pronoun, who", [
    # a pronoun object or possessor is never its own clause's subject (that would be `себя`, `свою`)
    ("Иван Петров прилетел в Москву. Президент Владимир Путин встретил его в аэропорту.", "его", "Иван Петров"),
    ("Иван Петров прилетел в Москву. Путин поблагодарил его за работу.", "его", "Иван Петров"),
    ("Иван Петров подал жалобу. Вчера суд отклонил его жалобу.", "его", "Иван Петров"),
    # nor is the subject, a thing, in the way between the pronoun and its person
    ("Бывший министр Алексей Улюкаев обвиняется в получении взятки. В среду суд признал его виновным.", "его",
     "Алексей Улюкаев"),
    # of an infinitive, its controller is the one it is not: `его` is Путин, not Буш
    ("Путин вынудил Буша осудить его.", "его", "Путин"),
    # deeper in a phrase, or in a frame of words, a pronoun may stand for the subject
    ("Рустем Адагамов заявил об очередных обысках у его родственников.", "его", "Рустем Адагамов"),
    ("Иван Петров, по его словам, ничего не знал.", "его", "Иван Петров"),
    # or for someone the subject's phrase names
    ("Адвокат Светланы Бахминой попросил суд освободить ее.", "ее", "Светлана Бахмина"),
])
def test_a_pronoun_off_the_subject_is_not_the_subject_of_its_clause(text, pronoun, who):
    article = extract(text)
    start = max(article.text.rfind(f" {pronoun}{after}") for after in " .") + 1
    assert entity_at(article, start, start + len(pronoun)) is person(article, who)


def test_a_role_noun_of_another_trade_of_film_is_someone_else():
    # `актриса` is not the director just named; the actress spoke before
    article = extract("Актриса Мерил Стрип рассказала о съемках. Режиссер фильма Филлида Ллойд уверила ее, что они "
                      "похожи с героиней. Как сообщила актриса, работа была трудной.")
    assert at(article, "актриса, работа") is not person(article, "Филлида Ллойд")
    assert article.quotes[-1].speaker.name == "Мерил Стрип"


@pytest.mark.parametrize("descriptor", ["Глава ПФР", "Председатель ПФР"])
def test_a_role_noun_before_an_organisation_s_name_is_the_person_heading_it(descriptor):
    article = extract("Председатель правления ПФР Михаил Зурабов выступил в Госдуме. "
                      f"{descriptor} объяснил задержку выплат графиком работы парламента.")
    assert at(article, descriptor) is person(article, "Михаил Зурабов")


def test_a_role_noun_naming_what_an_office_heads_is_its_holder():
    article = extract("Президент Ингушетии Мурат Зязиков встретился с беженцами в Назрани. "
                      "Глава республики заверил, что возвращение будет добровольным.")
    assert at(article, "Глава республики") is person(article, "Мурат Зязиков")


def test_a_feminine_role_noun_is_the_one_woman_named_before_it():
    article = extract("Продюсер Иван Петров представил новый альбом Анны Седовой. Певица готовит большой тур.")
    assert at(article, "Певица") is person(article, "Анна Седова")


def test_capital_as_government_and_as_a_city():
    article = extract("Москва не раз отвергала обвинения Запада. Делегация прилетела в Москву вечером.")
    russia = entity_named(article, "Россия", "LOC")
    assert [m.text for m in russia.mentions] == ["Москва"]
    assert entity_named(article, "Москва", "LOC").mentions[0].text == "Москву"


def test_record_round_trips_with_entities(sample):
    from whosaid import Article
    data = sample.to_dict()
    assert data["entities"][0].keys() >= {"id", "type", "name", "aliases", "key", "roles", "mentions"}
    mention = data["entities"][0]["mentions"][0]
    assert mention.keys() >= {"start", "end", "text", "kind"}
    assert Article.from_dict(data).to_dict() == data


def test_text_output_lists_entities_with_roles(sample):
    from whosaid.render import render_article
    out = render_article(sample)
    section = out[out.index("\nEntities\n"):]
    assert "PER Мария Захарова" in section
    assert "официальный представитель, МИД России" in section


@pytest.mark.parametrize("text, phrase", [
    ("Владимир Путин согласился занять пост премьер-министра РФ в случае, если Дмитрий Медведев выиграет выборы.",
     "премьер-министра РФ"),  # `в случае`: why, not where the post is
    ("Глава делегации на переговорах Иван Петров уехал.", "Глава делегации на переговорах"),
])
def test_a_role_phrase_ends_before_a_circumstance(text, phrase):
    article = extract(text)
    assert [article.text[r.start:r.end] for e in article.entities for r in e.roles] == [phrase]


def test_corpus_articles_pass_with_valid_entities(corpus):
    """Every 40th RuCoCo article through the whole pipeline: spans valid, every entity named and keyed,
    every role's phrase inside the text, no mention across two lines."""
    for record in corpus[::40]:
        article = extract(record["text"], id=record["id"])
        article.check()
        for entity in article.entities:
            assert entity.name and entity.key.startswith(entity.type + ":"), entity
            assert all("\n" not in m.text for m in entity.mentions), entity
            for role in entity.roles:
                assert 0 <= role.start < role.end <= len(article.text) and role.title, role


def test_a_foreign_surname_the_dictionary_cannot_decline_is_named_as_its_subject_writes_it():
    """`Масахико Комуры` stays in the genitive for the dictionary; `Комура добавил` tells the name."""
    article = extract("Новости\n\nПо словам министра иностранных дел Японии Масахико Комуры, переговоры "
                      "продолжатся. Комура добавил, что Токио ждет ответа.\n")
    assert "Масахико Комура" in {e.name for e in article.entities}
    assert {q.speaker.name for q in article.quotes} == {"Масахико Комура"}


@pytest.mark.parametrize("text, name", [
    # the tagger reads the name as a nominative; its first name has no such form, so the name declines
    ("Дело передано судье участка мировых судей Ленинского района Анфисе Валиуллиной. Судья Валиуллина "
     "отклонила иск.",
     "Анфиса Валиуллина"),
    # a surname the dictionary may read as a nominative (as Толстой): the subject writes it
    ("Город захватила группа во главе с майором в отставке Антауро Умалой. Умала, который возглавляет "
     "движение, заявил, что не признает президента.", "Антауро Умала"),
    # a namesake of another generation: the hyphenated word declines with the name
    ("Неделя потребовалась президенту Филиппин Бениньо Акино-младшему, чтобы убрать мигалки.",
     "Бениньо Акино-младший"),
    # a genitive beside a subject is no subject's name (`Вдова Неймарка`)
    ("Стало известно о гибели военнослужащего Марка Неймарка. Вдова Неймарка рассказала, что он заключил "
     "контракт.",
     "Марк Неймарк"),
])
def test_a_name_first_written_in_an_oblique_case_is_named_in_the_nominative(text, name):
    assert person(extract(text), name)


def test_a_surname_alone_that_also_names_a_village_is_the_person_named_in_full():
    article = extract("Новости\n\nПо мнению ректора университета Николая Кропачева, рано говорить об итогах. "
                      "Это, по словам Кропачева, позволило уйти от списков.\n")
    assert at(article, "Кропачева", 1) is person(article, "Николай Кропачев")
    village = extract("Новости\n\nНиколай Кропачев родился в деревне. Жители Кропачева встретили его. Потом он "
                      "уехал в Кропачево.\n")
    assert at(village, "Кропачево").type == "LOC"  # a place after its preposition stays one


def test_a_name_written_in_the_nominative_keeps_its_surname():
    article = extract("Новости\n\nТатьяна Сапунова рассказала о нападении. Журналисты спросили Сапунову о "
                      "следствии.\n")
    assert "Татьяна Сапунова" in {e.name for e in article.entities}


@pytest.mark.parametrize("later", ["бен Ладена", "Ладена"])
def test_a_name_with_a_particle_in_lower_case_declines_its_surname_and_joins_the_full_name(later):
    article = extract("Новости\n\nУсама бен Ладен скрывался в Пакистане. "
                      f"После убийства {later} спецслужбы усилили меры. Слова фон Брауна прочитали.")
    people = sorted(e.name for e in article.entities if e.type == "PER")
    assert people == ["Усама бен Ладен", "фон Браун"]


@pytest.mark.parametrize("text, name", [("Путин провел переговоры с канцлером Германии Олафом Шольцем.", "Олаф Шольц"),
                                        ("Он встретился с Петром Стрельцом.", "Пётр Стрелец")])
def test_a_foreign_surname_keeps_its_stem_where_a_russian_one_regains_its_vowel(text, name):
    assert name in [e.name for e in extract("Новости\n\n" + text).entities if e.type == "PER"]


def test_a_family_named_by_its_surname_in_the_plural_keeps_the_plural():
    article = extract("Новости\n\nСемья Ивановых переехала в Москву.")
    assert [e.name for e in article.entities if e.type == "PER"] == ["Ивановы"]


@pytest.mark.parametrize("text, places", [
    ("Квартиру выделили на улице Гагарина.", ["улица Гагарина"]),
    ("Пожар произошел на улице Ленина в Москве.", ["улица Ленина", "Москва"]),
    ("На улицы Ливерпуля вышли фанаты.", ["Ливерпуль"]),
    ("Шествие прошло по главной улице Москвы.", ["Москва"]),
])
def test_a_street_named_after_someone_keeps_its_name_in_the_genitive(text, places):
    assert [e.name for e in extract("Новости\n\n" + text).entities if e.type == "LOC"] == places


def test_the_country_after_an_acronym_in_brackets_belongs_to_the_organisation():
    article = extract("Новости\n\nВ Федеральной антимонопольной службе (ФАС) РФ пообещали вмешаться. "
                      "В ФАС заявили, что проверка начата.")
    [service] = [e for e in article.entities if e.type == "ORG"]
    assert service.name == "Федеральная антимонопольная служба РФ" and "ФАС" in service.aliases
    assert {q.speaker.name for q in article.quotes} == {"Федеральная антимонопольная служба РФ"}


@pytest.mark.parametrize("text, name", [("Ортега встречался с Джорджем Бушем старшим.", "Джордж Буш старший"),
                                        ("Он встречался с Бушем-старшим.", "Буш-старший"),
                                        ("Иван Петров старший по званию.", "Иван Петров")])
def test_a_word_of_generation_after_a_name_belongs_to_it(text, name):
    assert name in [e.name for e in extract("Новости\n\n" + text).entities if e.type == "PER"]


def test_a_surname_with_a_word_of_generation_is_its_holder_s_and_not_the_namesake_s():
    people = {e.name: [m.text for m in e.mentions if m.kind == "name"] for e in extract(
        "Внук Бандеры предложил сделку\n\nВнук лидера националистов Степана Бандеры Степан Бандера-младший "
        "заявил, что готов вернуть награду. По словам Бандеры-младшего, он не получал писем.").entities
        if e.type == "PER"}
    assert people["Степан Бандера-младший"] == ["Степан Бандера-младший", "Бандеры-младшего"]
    assert people["Степан Бандера"] == ["Бандеры", "Степана Бандеры"]  # the grandfather, not `Бандёра`


def test_a_guessed_surname_keeps_the_texts_e():
    names = [e.name for e in extract("Новости\n\nОн встретился с Петром Бирюковым и Степаном Бандерой.").entities]
    assert "Пётр Бирюков" in names and "Степан Бандера" in names  # the dictionary's `Пётр`; a guess's `Бандёра` is no
    # name


# --- organisations: kinds, crafts, terms (issue 15) ---

def name_mentions(article):
    return {(m.text, e.type) for e in article.entities for m in e.mentions if m.kind == "name"}


@pytest.mark.parametrize("text, mention", [
    ("Как пишет интернет-издание Sitewatch, сделка закрыта.", ("интернет-издание Sitewatch", "ORG")),
    ("По данным интернет-ресурса Stockmeter, акции выросли.", ("интернет-ресурса Stockmeter", "ORG")),
    ("Конкурс проводится медиакомпанией Nordwelle уже пятый год.", ("медиакомпанией Nordwelle", "ORG")),
    ("Выставку организовал руководитель проекта Urban Garden Иван Смирнов.", ("проекта Urban Garden", "ORG")),
    ("Эту идею поддержали участники проекта «Сбербанк Онлайн».", ("проекта «Сбербанк Онлайн»", "ORG")),
    ("Солист казанского «Сплина» дал интервью.", ("казанского «Сплина»", "ORG")),
    ("Отчёт подготовил глава синодального Отдела по делам молодёжи.", ("синодального Отдела по делам молодёжи", "ORG")),
    ("Книгу выпустило издательство «Листопад».", ("издательство «Листопад»", "ORG")),
    ("Рейс отменила авиакомпания «Полярные крылья».", ("авиакомпания «Полярные крылья»", "ORG")),
])
def test_an_organisation_takes_in_its_kind_word_and_the_adjectives_of_its_kind(text, mention):
    assert mention in name_mentions(extract("Новости\n\n" + text))


@pytest.mark.parametrize("text, mention", [
    ("Итоги подвел председатель влиятельного Комитета по бюджету.", ("Комитета по бюджету", "ORG")),
])
def test_a_describing_adjective_stays_out_of_an_organisation(text, mention):
    assert mention in name_mentions(extract("Новости\n\n" + text))


def test_a_kind_word_pointing_back_is_no_part_of_the_name_after_it():
    article = extract("Новости\n\nВ рамках этого проекта «Яндекс» открывает доступ к картам.")
    assert not any(text.startswith("проекта") for text, _ in name_mentions(article))


def test_a_name_of_a_craft_is_no_organisation():
    article = extract("Новости\n\nСтанцию обслужит шаттл «Атлантис». Запуск «Атлантиса» перенесли. Телескоп Хаббл "
                      "сделал снимок. Командир корабля Юрий Маленченко доложил о готовности.")
    mentions = name_mentions(article)
    assert not any(text in ("Атлантис", "Атлантиса", "Хаббл") for text, _ in mentions), mentions
    assert ("Юрий Маленченко", "PER") in mentions


def test_a_name_opening_a_sentence_is_the_one_written_again_later():
    article = extract("Итоги. Балтийский завод закрыт на ремонт. Эксперты обсудили ремонт Балтийского завода.")
    assert ("Балтийский завод", "ORG") in name_mentions(article), name_mentions(article)


def test_a_craft_named_once_with_its_model_is_a_craft_without_it():
    article = extract("Новости\n\nЭкипаж вернулся на Землю в корабле «Союз ТМА-20». Связь с «Союзом» пропадала "
                      "дважды, сообщили в НАСА.")
    mentions = name_mentions(article)
    assert not any(text.startswith("Союз") for text, _ in mentions), mentions
    assert ("НАСА", "ORG") in mentions


def test_names_listed_after_a_craft_noun_are_crafts():
    article = extract("Новости\n\nДо конца года в космос отправятся шаттлы «Индевор», «Дискавери» и «Атлантис». "
                      "Старт «Атлантиса» перенесли на осень, сообщили в НАСА.")
    mentions = name_mentions(article)
    assert not any(text.startswith(("Индевор", "Дискавери", "Атлантис")) for text, _ in mentions), mentions
    assert ("НАСА", "ORG") in mentions
    article = extract("Новости\n\nВ космос отправятся шаттлы «Индевор» (в апреле) и «Атлантис» (в июне).")
    assert not name_mentions(article), name_mentions(article)  # a bracket between two listed names


@pytest.mark.parametrize("text, place, body", [
    ("Вечером демонстранты собрались у здания Государственной думы.", "здания Государственной думы",
     "Государственной думы"),
    ("Вчера в здании Арбитражного суда Москвы прошли обыски.", "здании Арбитражного суда Москвы",
     "Арбитражного суда Москвы"),
])
def test_the_building_of_a_body_is_a_place_holding_the_body(text, place, body):
    article = extract("Новости\n\n" + text)
    assert at(article, place).type == "LOC"
    assert (body, "ORG") in name_mentions(article), name_mentions(article)


def test_an_organisations_name_written_again_in_lower_case_is_the_organisation():
    article = extract("Новости\n\nРеспубликанцы взяли под контроль Палату представителей. Новым спикером "
                      "палаты представителей стал Джон Смит. Медики с красными крестами прошли мимо. "
                      "Красные кресты нарисовали на дверях.")
    mentions = name_mentions(article)
    assert ("палаты представителей", "ORG") in mentions, mentions
    assert not any(text.lower().startswith("красн") for text, _ in mentions), mentions


def test_a_name_with_a_digit_is_no_person():
    article = extract("Новости\n\nКомандир Ту-134 пожаловался на журналистов. Командир экипажа Ту-134 "
                      "Иван Орлов рассказал о посадке.")
    people = {text for text, type in name_mentions(article) if type == "PER"}
    assert people == {"Иван Орлов"}, people


def test_a_body_serving_a_person_opening_a_sentence_is_an_organisation():
    article = extract("Новости\n\nОлег Смирнов выступил в парламенте. Пресс-служба Смирнова опровергла слухи. "
                      "Кабинет Смирнова собрался утром.")
    mentions = name_mentions(article)
    assert {("Пресс-служба Смирнова", "ORG"), ("Кабинет Смирнова", "ORG")} <= mentions, mentions


def test_names_inside_a_works_title_are_words_of_the_title():
    article = extract("Новости\n\nВ Париже показали фильм «Москва слезам не верит». Режиссёр назвал свой "
                      "фильм «письмом в Голливуд». Песню \"Прощай, Берлин\" исполнил Иван Орлов.")
    mentions = name_mentions(article)
    assert not any(text in ("Москва", "Берлин") for text, _ in mentions), mentions
    assert {("Париже", "LOC"), ("Голливуд", "LOC"), ("Иван Орлов", "PER")} <= mentions, mentions


def test_an_acronym_in_brackets_after_an_organisation_is_the_organisation():
    article = extract("Новости\n\nЗаявку рассмотрело Бюро США по патентам и товарным знакам (USPTO). "
                      "Позже USPTO отказало в регистрации. Профессор Университета Кентукки (США) возразил.")
    assert at(article, "USPTO").type == "ORG"
    assert at(article, "США", 1).type == "LOC"


def test_a_country_inside_a_bodys_name_stops_before_what_the_body_does():
    article = extract("Новости\n\nАгенты Управления США по борьбе с наркотиками задержали его.")
    assert at(article, "Управления США по борьбе с наркотиками").type == "ORG"
    assert ("США", "LOC") in {(m.text, e.type) for e in article.entities for m in e.mentions}


def test_a_word_the_dictionary_knows_only_as_an_organisation_is_no_person():
    article = extract("Новости\n\nОба болида Феррари стартовали с последнего ряда. Пилот Иван Орлов сошёл. "
                      "Мосавтотранс выделил автобусы.")
    mentions = name_mentions(article)
    assert {("Феррари", "ORG"), ("Мосавтотранс", "ORG"), ("Иван Орлов", "PER")} <= mentions, mentions


def test_a_domain_name_in_the_text_is_a_website_with_its_site_noun():
    article = extract("Новости\n\nКонкурс пройдёт в июле, сообщает citynews.ru. Об этом пишет и сайт Prian.ru. "
                      "Пишите на info@citynews.ru или смотрите https://www.citynews.ru/events. "
                      "Компания выкупила короткий адрес cn.ru.")
    mentions = name_mentions(article)
    assert {("citynews.ru", "ORG"), ("сайт Prian.ru", "ORG")} <= mentions, mentions
    assert len([text for text, _ in mentions if "citynews" in text]) == 1, mentions
    assert not any("cn.ru" in text for text, _ in mentions), mentions


def test_an_acronym_of_lower_case_words_is_a_term_not_an_organisation():
    article = extract("Новости\n\nНе произошло отсоединения приборно-агрегатного отсека (ПАО). "
                      "В конце концов ПАО всё-таки отделился. Министерство иностранных дел (МИД) Грузии "
                      "направило ноту.")
    mentions = name_mentions(article)
    assert not any(text == "ПАО" for text, _ in mentions), mentions
    assert any(text.startswith("Министерство иностранных дел") and type == "ORG" for text, type in mentions)


def test_the_space_station_is_a_place():
    article = extract("Новости\n\nАстронавт вернется с МКС на шаттле. Экипаж МКС готовится к выходу в космос.")
    assert ("МКС", "LOC") in name_mentions(article)


def test_a_quoted_name_after_its_kind_word_is_tagged_everywhere():
    article = extract("Новости\n\nСолист казанского «Сплина» дал интервью. Композиции «Сплина» сравнивают с Kraftwerk.")
    assert {("казанского «Сплина»", "ORG"), ("Сплина", "ORG")} <= name_mentions(article), name_mentions(article)


@pytest.mark.parametrize("text, name, role", [
    ("По мнению полпреда президента РФ в округе Игоря Соколова, реформа назрела.", "Игорь Соколов",
     ("полпред президента", "Россия")),
    ("Глава иранской делегации на переговорах Али Багери призвал к диалогу.", "Али Багери",
     ("глава", "делегация Ирана")),
    ("Об этом на встрече в понедельник рассказал министр финансов России Антон Силуанов.", "Антон Силуанов",
     ("министр финансов", "Россия")),
])
def test_a_role_phrase_runs_over_where_the_post_is_held(text, name, role):
    assert roles(person(extract("Новости\n\n" + text), name)) == {role}


# --- organisations that run on, roles of participles (issue 15) ---

@pytest.mark.parametrize("text, mention", [
    ("Доклад подготовили члены Совета при Президенте РФ по делам молодёжи.",
     "Совета при Президенте РФ по делам молодёжи"),
    ("Форум провело Министерство Тверской области по делам молодёжи.",
     "Министерство Тверской области по делам молодёжи"),
    ("Проект обсудили в комитете Государственной думы по бюджету и налогам.",
     "комитете Государственной думы по бюджету и налогам"),
    ("Состав объявил главный тренер сборной Чехии по хоккею Иван Петров.", "сборной Чехии по хоккею"),
    ("Решение приняло муниципальное собрание района Орехово.", "муниципальное собрание района Орехово"),
    ("Иск рассмотрел суд города Гринвич.", "суд города Гринвич"),
    ("Законопроект внесли депутаты Государственной думы шестого созыва.", "Государственной думы шестого созыва"),
    ("Иск отклонил суд Восточного округа Техаса.", "суд Восточного округа Техаса"),
    ("Об этом сообщила пресс-служба правительства Канады.", "пресс-служба правительства Канады"),
    ("Операцию провели спецслужбы Польши, Литвы и Латвии.", "спецслужбы Польши, Литвы и Латвии"),
])
def test_an_organisation_runs_over_its_complements_term_places_and_the_body_it_is_part_of(text, mention):
    assert (mention, "ORG") in name_mentions(extract("Новости\n\n" + text))


def test_a_body_named_without_what_it_deals_with_is_the_one_named_with_it():
    article = extract("Новости\n\nСостав объявил главный тренер сборной Чехии по хоккею Иван Петров. "
                      "Сборная Чехии сыграет с Канадой.")
    teams = [e for e in article.entities if e.type == "ORG"]
    assert [e.name for e in teams] == ["сборная Чехии по хоккею"], \
        [(e.name, [m.text for m in e.mentions]) for e in teams]


def test_a_list_of_places_belongs_only_to_a_plural_body():
    mentions = name_mentions(extract("Новости\n\nПравительство Польши и Литва подписали договор."))
    assert ("Правительство Польши", "ORG") in mentions and ("Литва", "LOC") in mentions, mentions


@pytest.mark.parametrize("text, name, title, organization", [
    ("Ольга Смирнова, управляющая компанией Nordwind, дала интервью.", "Ольга Смирнова", "управляющая", "Nordwind"),
    ("Встреча с Петром Козловым, исполняющим обязанности директора Эрмитажа, прошла в среду.", "Пётр Козлов",
     "исполняющий обязанности директора", "Эрмитаж"),
    # a university's department is a body of its own
    ("На конференции выступил Игорь Белов - зав. кафедрой истории МГУ.", "Игорь Белов", "зав.", "кафедра истории МГУ"),
])
def test_a_participle_or_a_shortened_noun_after_a_name_is_a_role(text, name, title, organization):
    assert (title, organization) in roles(person(extract("Новости\n\n" + text), name))


def test_a_participle_of_no_post_is_no_role():
    article = extract("Новости\n\nСергей Сидоров, исполняющий песни Высоцкого, выступил в клубе.")
    assert not person(article, "Сергей Сидоров").roles


def test_a_role_noun_of_another_body_is_not_given_to_a_head_of_one():
    article = extract("Новости\n\nНа форум прибыл глава Комиссии по этике Павел Орлов. Его визит затянулся. "
                      "Как заявил глава канадского правительства, переговоры продолжатся.")
    assert all(org is None or "Канад" not in org for _, org in roles(person(article, "Павел Орлов")))


@pytest.mark.parametrize("text, organisation, name", [
    ("В списке есть репортёр Аль-Джазиры Ахмед Мансур (Ahmed Mansour), которого задержали в Берлине.",
     "Аль-Джазиры", "Ахмед Мансур"),
    ("В тюрьме остаётся корреспондент Аль-Арабии Али Хасан (Ali Hassan), которого обвиняют в шпионаже.",
     "Аль-Арабии", "Али Хасан"),
])
def test_an_organisation_glued_to_the_name_after_a_role_noun_is_split_off(text, organisation, name):
    mentions = name_mentions(extract("Новости\n\n" + text))
    assert {(organisation, "ORG"), (name, "PER")} <= mentions, mentions


def test_a_name_in_the_genitive_after_a_role_noun_stays_a_person():
    mentions = name_mentions(extract("Новости\n\nНа вечере выступил сын Ивана Петровича Сидорова."))
    assert not any(type == "ORG" for _, type in mentions), mentions


def test_a_surname_that_looks_like_a_patronymic_keeps_its_bearer_apart():
    article = extract("Новости\n\nОфициальный представитель МИДа Александр Лукашевич назвал обвинения "
                      "неприемлемыми. Посол России во Франции Александр Орлов высказал другое мнение. "
                      "Лукашевич добавил, что ответ последует.")
    people = {e.name for e in article.entities if e.type == "PER"}
    assert {"Александр Лукашевич", "Александр Орлов"} <= people, people
    assert "Александр Лукашевич" not in person(article, "Александр Орлов").aliases


@pytest.mark.parametrize("text, people", [
    ("Губернатор края Александр Евгеньевич Хлопонин приехал в город. Как сказал Александр Евгеньевич, край получит "
     "деньги. Встреча с Александром Евгеньевичем длилась час.", ["Александр Евгеньевич Хлопонин"]),
    # a common noun opening a sentence is no part of a name, nor a name alone, a person's noun included
    ("Австралийская актриса и модель Софи Монк рассказала о предложении. Артистичность Софи унаследовала от матери.",
     ["Софи Монк"]),
    ("Суд осудил националиста Ивана Петрова. Националиста убрали из перечня после его обращения. Куропатка "
     "столкнулась с лопастью винта.", ["Иван Петров"]),
    ("Ткачиха Лапшина стала депутатом. Ткачиха Елена Лапшина прошла в Думу.", ["Елена Лапшина"]),
    ("Хит Леджер сыграл главную роль. Актер Хит Леджер получил премию.", ["Хит Леджер"]),  # a name elsewhere
    ("\"Лесоруб Навальный крепко облажался\", - написал Милонов. Позднее Навальный ответил депутату.",
     ["Навальный", "Милонов"]),
    ("Интерес был выше лишь однажды - к Посланию Путина в 2006 году.", ["Путин"]),
], ids=["a first name and patronymic are the one named in full with them", "a common noun before a name",
        "a common noun alone", "a common noun for a person before a name", "a common noun that is a name elsewhere",
        "a common noun opening a quotation before a name", "a capitalised thing in another case before a surname"])
def test_the_people_an_article_names(text, people):
    article = extract("Новости\n\n" + text)
    assert [e.name for e in article.entities if e.type == "PER"] == people


def test_a_plural_common_noun_alone_in_quotation_marks_opening_a_sentence_is_a_name():
    article = extract("Новости\n\n\"Ведомости\", анализируя инициативу правительства, замечают, что население "
                      "недооценивает роль долгосрочных финансовых инструментов.")
    assert "Ведомости" in {e.name for e in article.entities if e.type == "ORG"}


def test_a_woman_known_by_a_womans_role_is_no_man_s_descriptor():
    article = extract("Новости\n\nСемья израильтянки Наамы Иссахар также заявила о своем намерении обратиться в "
                      "Верховный суд. Министр заявил о намерении уйти в отставку.")
    assert [m.kind for m in person(article, "Наама Иссахар").mentions] == ["name"]


def test_a_subject_of_a_plural_verb_is_no_one_person_s_descriptor():
    article = extract("Новости\n\nПобедивший на выборах в США Дональд Трамп восхищался Путиным. Нидерландцы "
                      "проголосовали против соглашения.")
    assert person(article, "Дональд Трамп").roles == []


def test_a_first_name_alone_is_the_one_named_in_full():
    article = extract("Новости\n\nАктриса Софи Монк рассказала о предложении. Софи пока думает.")
    assert {m.text for m in person(article, "Софи Монк").mentions} == {"Софи Монк", "Софи"}


def test_a_place_s_name_opening_a_sentence_stays_in_a_person_s_name():
    article = extract("Новости\n\n5 ноября Яффа Иссахар, мать израильтянки Наамы Иссахар, попросила отозвать "
                      "ходатайство. Яффа Иссахар пояснила, что это было тяжелым решением.")
    assert {m.text for m in person(article, "Яффа Иссахар").mentions} == {"Яффа Иссахар"}


# --- organisation boundaries and roles that generalise (issue 15) ---

@pytest.mark.parametrize("text, mention", [
    # a mission abroad is named with where it is
    ("Визу выдали в британском посольстве в Осло.", "британском посольстве в Осло"),
    ("Сотрудник посольства Италии в Канаде Марко Росси отказался от комментариев.", "посольства Италии в Канаде"),
    # a body's kind word and what it deals with, after `по`, before its name
    ("Об этом сообщил директор завода по выпуску тракторов «Сигма» Пётр Смирнов.",
     "завода по выпуску тракторов «Сигма»"),
    # parts of a body that are bodies themselves
    ("Заседание президиума Академии наук Польши прошло.", "президиума Академии наук Польши"),
    ("Доклад подготовил президиум Общественного совета при мэре Казани.",
     "президиум Общественного совета при мэре Казани"),
    # which one, or a graded description, is no part of the name
    ("Об этом сказал директор самого центра «Вектор» Пётр Смирнов.", "центра «Вектор»"),
    ("Кандидатом стала лидер крайне правой партии «Заря» Анна Смирнова.", "партии «Заря»"),
])
def test_an_organisation_keeps_its_kind_and_place_and_leaves_descriptions_out(text, mention):
    assert (mention, "ORG") in name_mentions(extract("Новости\n\n" + text))


def test_a_by_phrase_of_the_verb_is_no_part_of_a_body():
    mentions = name_mentions(extract("Новости\n\nЕго включили в символическую команду года по версии УЕФА."))
    assert ("УЕФА", "ORG") in mentions, mentions


@pytest.mark.parametrize("text, name, role", [
    # the words that describe the organisation are not the title
    ("Кандидатом стала лидер крайне правой партии «Заря» Анна Смирнова.", "Анна Смирнова", ("лидер", "Заря")),
    # what a post deals with, two things joined by `и`
    ("Об этом рассказал директор по маркетингу и развитию компании «Сигма» Пётр Смирнов.", "Пётр Смирнов",
     ("директор по маркетингу и развитию", "Сигма")),
    # the places a post covers, listed
    ("Газета цитирует директора по продажам компании «Сигма» в России, на Украине и в Казахстане Ольгу Белову.",
     "Ольга Белова", ("директор по продажам", "Сигма")),
])
def test_a_role_phrase_runs_over_graded_words_joined_topics_and_listed_places(text, name, role):
    assert role in roles(person(extract("Новости\n\n" + text), name))


def test_an_acronym_in_brackets_after_a_name_is_the_same_organisation():
    article = extract("Новости\n\nЛидер Народного фронта (НФ) Анна Смирнова выступила в Риме. "
                      "НФ получил много голосов.")
    front = at(article, "Народного фронта")
    assert front is at(article, "НФ") is at(article, "НФ", 1)
    assert ("лидер", "Народный фронт") in roles(person(article, "Анна Смирнова"))  # the full name, not `НФ`


# --- the findings of issue 15, each on a sentence of its own ---

def test_a_country_is_named_by_its_name_whatever_form_comes_first():
    article = extract("Новости\n\nВ Америке прошли выборы. Президент США Джон Смит выступил с речью.")
    assert at(article, "Америке").name == "США"


def test_an_adjective_inside_an_organisations_name_is_no_person():
    article = extract("Новости\n\nЗавод передал новые вагоны Российским железным дорогам.")
    assert not [e for e in article.entities if e.type == "PER"]


def test_a_role_in_the_dative_stays_on_its_name_beside_other_names():
    article = extract("Новости\n\nГлава МИД Олег Смирнов и министр обороны Пётр Иванов доложили президенту "
                      "Кравцову о ситуации.")
    assert roles(person(article, "Кравцов")) == {("президент", None)}
    assert roles(person(article, "Олег Смирнов")) == {("глава", "МИД")}


def test_an_apposition_belongs_to_the_name_it_follows_not_to_the_speaker():
    article = extract("Новости\n\n«Это важно», – отметил Кравцов, бывший владелец НТВ Иван Гусев с ним не согласился.")
    assert roles(person(article, "Кравцов")) == set()
    assert ("бывший владелец", "НТВ") in roles(person(article, "Иван Гусев"))



@pytest.mark.parametrize("text, name", [
    # a man's surname the tagger read as her nominative: `Драпкина` is his genitive
    ("Договор подписан директором фонда Петром Драпкиным. И Драпкина, и его партнера отпустили через день. "
     "Драпкин вину не признал.", "Пётр Драпкин"),
    ("Губернатор включил в список кандидатов Сангаджи Тарбаева. Об этом Тарбаев рассказал журналистам.",
     "Сангаджи Тарбаев"),  # a first name the dictionary does not know, read in the surname's case
    ("Представитель банка назвал имя Нира Хефеца.", "Нир Хефец"),  # `Нира` is her nominative, his genitive
    ("Он был учеником Ли Страсберга.", "Ли Страсберг"),  # `Ли` shows the tagger no case
    ("Вчера Ольгу Сечину видели в театре.", "Ольга Сечина"),  # a feminine the dictionary lacks
    ("Он лечился у Ханса Мюллера-Вольфарта.", "Ханс Мюллер-Вольфарт"),  # each part keeps its capital
    ("В финале она обыграла Чанду Рубин.", "Чанда Рубин"),  # `Рубин` is also his: her first name tells
    ("Пресс-конференцию провел Михаил Мамута.", "Михаил Мамута"),  # `Михаил` tells the case, not a guess
])
def test_a_surname_takes_the_nominative_of_its_persons_gender(text, name):
    assert name in [e.name for e in extract("Новости\n\n" + text).entities if e.type == "PER"]


@pytest.mark.parametrize("text, people", [
    ("Премию вручили Юлии Зубковой. Зубков, ее отец, приехал на церемонию.", ["Зубков", "Юлия Зубкова"]),
    ("Коллеги Елены Кузнецовой подписали письмо. Адвокат потребовал освободить Кузнецова. Кузнецов был задержан "
     "в мае.", ["Елена Кузнецова", "Кузнецов"]),
    ("Вчера с Ольгой Сечиной встретился режиссер. Сечин в тот вечер был в Лондоне.", ["Ольга Сечина", "Сечин"]),
    # `Молтенской` is her genitive and his nominative: one man
    ("На встрече выступил генерал Владимир Молтенской. Позже Молтенской уехал в Москву.", ["Владимир Молтенской"]),
])
def test_a_surname_alone_of_one_gender_is_not_a_person_of_the_other(text, people):
    assert sorted(e.name for e in extract("Новости\n\n" + text).entities if e.type == "PER") == people


def test_a_surname_of_one_form_for_both_is_the_person_its_verb_agrees_with():
    article = extract("Новости\n\nБывший агент Александр Литвиненко работал на MI6. Вдова агента Марина Литвиненко "
                      "это отрицает. По данным газеты, Литвиненко переехал в Великобританию в 2000 году.")
    mention = article.text.index("Литвиненко переехал")
    assert any(m.start == mention for m in person(article, "Александр Литвиненко").mentions)


def test_a_declined_surname_alone_is_not_a_woman_whose_surname_ends_in_a_consonant():
    """A woman's surname ending in a consonant does not decline: `Бута` is her husband's, not `Алла Бут`'s."""
    article = extract("Новости\n\nЖена Виктора Бута Алла Бут заявила, что суд несправедлив. По словам Аллы Бут, "
                      "адвокаты Бута подадут апелляцию. Бута задержали в Таиланде.")
    texts = {m.text for m in person(article, "Алла Бут").mentions if m.kind == "name"}
    assert texts == {"Алла Бут", "Аллы Бут"}
    assert [m.text for m in person(article, "Виктор Бут").mentions if m.kind == "name"] == [
        "Виктора Бута", "Бута", "Бута"]


@pytest.mark.parametrize("text, short, other", [
    ("Ассоциации попросили главу Минцифры Максута Шадаева помочь. Позже в Минцифры ответили отказом.", "Минцифры",
     "Минцифры"),
    ("Министерство регионального развития РФ подготовило проект. В Минрегионразвития его одобрили.",
     "Минрегионразвития", "Министерство регионального развития РФ"),
    ("Министерство спорта РФ выпустило приказ. Приказ Минспорта вступит в силу в мае.", "Минспорта",
     "Министерство спорта РФ"),
])
def test_a_ministry_s_short_name_is_the_ministry(text, short, other):
    """One ministry under its short name and its full one, or its short name twice, whatever the tagger read."""
    article = extract(text)
    ministry = at(article, short, 1 if other == short else 0)
    assert ministry.type == "ORG" and at(article, other) is ministry


def test_a_plural_common_noun_opening_a_sentence_is_no_organisation():
    assert not [e.name for e in extract("Госкомпании сократят расходы.").entities if e.type == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("Аббас готов к переговорам с премьер-министром Израиля Эхудом Ольмертом.", "Эхуд Ольмерт"),  # no Ольмерот
    ("Встреча с Петром Стрельцом прошла.", "Пётр Стрелец"),  # a Russian suffix keeps its vowel
])
def test_a_foreign_surname_s_cluster_is_no_dropped_vowel(text, name):
    assert person(extract(text), name)


def test_a_full_name_in_brackets_is_another_name_of_the_same_person():
    article = extract("Глава Палестинской автономии Махмуд Аббас (Абу Мазен) заявил о готовности к переговорам.")
    assert at(article, "Абу Мазен") is person(article, "Махмуд Аббас")


def test_a_subject_s_surname_after_another_man_s_full_name_is_his_own():
    article = extract("После встречи с президентом Израиля Моше Кацавом Ольмерт отметил, что переговоры возможны.")
    assert person(article, "Моше Кацав") is not at(article, "Ольмерт") and at(article, "Ольмерт").type == "PER"


@pytest.mark.parametrize("text, name", [
    ("После рассмотрения жалобы судья Сусина Н.С. вынесла постановление.", "Сусина Н.С"),
    ("Начальник отдела Ромзайкин Н.В. сообщил о проверке.", "Ромзайкин Н.В"),
])
def test_a_surname_with_initials_after_it_is_one_person(text, name):
    article = extract(text)
    assert [e.name for e in article.entities] == [name] and article.entities[0].type == "PER"


def test_a_subject_and_a_surname_in_another_case_are_two_people():
    article = extract("\"Хватит прыгать по заграницам\", - говорит Дымовский Медведеву.")
    assert sorted(e.name for e in article.entities if e.type == "PER") == ["Дымовский", "Медведев"]


def test_a_woman_s_first_name_and_patronymic_are_the_woman_named_so_before():
    article = extract("Директор базы Валентина Мезенцева подтвердила, что объект принадлежит району. \"Откуда у вас "
                      "такая информация?\" - недоумевала Валентина Николаевна. Александр Лукашевич и Александр Орлов "
                      "пришли на встречу.")
    assert at(article, "Валентина Николаевна") is person(article, "Валентина Мезенцева")
    assert at(article, "Александр Лукашевич") is not at(article, "Александр Орлов")  # a man's may be a surname


@pytest.mark.parametrize("sentence, addressed", [
    ("\"Я не отступлю\", - сказал Григорий Георгиевич.", "Григорий Георгиевич"),
    ("Копию письма Сергей Юрьевич отправил в Москву.", "Сергей Юрьевич"),
    ("Рамзана Ахматовича поддержали соседи.", "Рамзана Ахматовича"),
    ("Павлу Львовичу вручили грамоту.", "Павлу Львовичу"),
])
def test_a_man_s_first_name_and_patronymic_are_the_one_man_of_that_first_name_named_in_full(sentence, addressed):
    names = {"Григорий": "Григорий Самусенко", "Сергей": "Сергей Полонский", "Рамзана": "Рамзан Кадыров",
             "Павлу": "Павел Родин"}
    full = names[addressed.split()[0]]
    article = extract(f"Пенсионер {full} написал письмо президенту. Вчера {sentence}")
    assert at(article, addressed) is person(article, full)


@pytest.mark.parametrize("text, apart", [
    # a surname in -вич no first name makes
    ("Премьер Зоран Джинджич встретился с министром. Министр Зоран Вукоевич отказался.", "Зоран Вукоевич"),
    # two men of that first name: the patronymic does not tell which
    ("Сергей Собянин и Сергей Шойгу приехали на открытие. Сергей Кужугетович выступил первым.", "Сергей Кужугетович"),
])
def test_a_man_s_first_name_and_a_second_word_in_vich_stay_apart_where_they_may_be_another_man(text, apart):
    assert at(extract(text), apart).name == apart  # its own person, not merged into a man named in full



def test_a_surname_written_with_an_apostrophe_is_the_person_named_in_full_before():
    article = extract("Директор агентства Патрик О'Райли заявил, что радар не готов. Как заявил генерал О'Райли, "
                      "испытания продолжатся. Роман о Д'Артаньяне вышел снова.")
    assert at(article, "О'Райли", 1) is person(article, "Патрик О'Райли")
    assert at(article, "Д'Артаньяне").name == "Д'Артаньян"  # the surname declines, not its particle


def test_a_capitalised_noun_for_an_office_is_no_person_s_name():
    article = extract("Украинские коммунисты уже потребовали от Генпрокурора немедленно взять под стражу "
                      "экс-президента Украины Леонида Кучму. Генпрокурор Украины Святослав Пискун сообщил, что дело "
                      "расследуется.")
    assert [e.name for e in article.entities if e.type == "PER"] == ["Леонид Кучма", "Святослав Пискун"]
    assert ("генпрокурор", "Украина") in roles(person(article, "Святослав Пискун"))


@pytest.mark.parametrize("text, name", [
    ("Иван Петров задержан в Москве. Адвокат задержанного Ивана Петрова заявил, что задержание незаконно.",
     "Иван Петров"),
    ("Кандидат Эмманюэль Макрон обещал реформы. Генеральный секретарь движения «Вперед», возглавляемого Эмманюэлем "
     "Макроном, заявил, что кампания атакована.", "Эмманюэль Макрон"),
])
def test_a_role_noun_is_not_the_person_its_phrase_names_in_another_case(text, name):
    assert not [m for m in person(extract(text), name).mentions if m.kind == "descriptor"]


def test_an_office_named_by_what_it_heads_is_the_head_of_the_ministry_it_names():
    article = extract("Глава МИД Польши Витольд Ващиковский заявил, что Варшава не согласна. Глава "
                      "внешнеполитического ведомства добавил, что переговоры продолжатся.")
    assert [m.text for m in person(article, "Витольд Ващиковский").mentions if m.kind == "descriptor"] == [
        "Глава внешнеполитического ведомства"]


def test_a_representative_of_a_ministry_is_not_its_head():
    article = extract("Глава японского МИДа Сэйдзи Маэхара отметил, что поступок ранит чувства японского народа. "
                      "Однако через некоторое время представитель японского дипломатического ведомства вернулся в "
                      "Москву.")
    assert not [m for m in person(article, "Сэйдзи Маэхара").mentions if m.kind == "descriptor"]


def test_an_office_named_by_what_it_heads_is_not_the_head_of_another_body():
    article = extract("Глава Дирекции по строительству Андрей Поплавский рассказал о сроках. Путин призывал ускорить "
                      "сроки. Руководители строительства посетовали на недостаток денег. Тогда глава государства "
                      "предложил пересмотреть планы.")
    assert not [m for m in person(article, "Андрей Поплавский").mentions if m.kind == "descriptor"]


@pytest.mark.parametrize("title, organization, member", [
    ("первый заместитель председателя", "комитет Госдумы по безопасности", True),
    ("председатель парламентского комитета по внешним связям", None, True),
    ("вице-спикер", "Верховная Рада", True),
    ("лидер", "фракция ЛДПР", True),
    ("руководитель аппарата", "Госдума", False),  # its staff
    ("пресс-секретарь", "Госдума", False),
    ("член", "Совет Федерации", False),  # a senator
    ("председатель", "правительство", False),
    ("лидер", "КПРФ", False),  # a party, not its faction
])
def test_a_post_in_a_parliament_or_its_committee_is_a_deputys(title, organization, member):
    assert member_of_body(title, organization, "депутат") is member


@pytest.mark.parametrize("text, full, short", [
    ("Экс-глава ЧФ РФ назвал решение ошибкой. Бывший командующий Черноморским флотом адмирал Иван Петров заявил, "
     "что флот готов.", "Черноморский флот", "ЧФ РФ"),
    ("Как пишет НГ, реформу отложат. Об этом же накануне сообщала «Независимая газета».", "Независимая газета", "НГ"),
])
def test_a_two_letter_acronym_of_a_two_word_name_in_the_article_is_that_body(text, full, short):
    article = extract(text)
    assert any(full in (e.name, *e.aliases) and any(m.text == short for m in e.mentions) for e in article.entities)


@pytest.mark.parametrize("text, one, other", [
    ("Европейский суд рассмотрит жалобу. В ЕС решение уже назвали спорным.", "Европейский суд", "ЕС"),  # Евросоюз
    ("Газета Die Welt пишет, что переговоры продолжатся. Как сообщает DW, встреча пройдет в Берлине.", "Die Welt",
     "DW"),  # Deutsche Welle
])
def test_two_letters_are_no_acronym_of_a_body_they_name_otherwise(text, one, other):
    article = extract(text)
    body = next(e for e in article.entities if one in (e.name, *e.aliases))
    assert not any(m.text == other for m in body.mentions)


def test_a_name_with_its_latin_spelling_in_brackets_is_one_person():
    article = extract("Страницу учительницы из Лондона по имени Нэнси (Nancy) Дэви заблокировали. Дэви обратилась "
                      "в суд.")
    people = [e for e in article.entities if e.type == "PER"]
    assert [(e.name, [m.text for m in e.mentions]) for e in people] == [
        ("Нэнси Дэви", ["Нэнси (Nancy) Дэви", "Дэви"])]
