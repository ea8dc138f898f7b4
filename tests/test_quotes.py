"""Statements: the real pipeline on the sample, on real news sentences for each pattern, on the
exclusions, and on broken quotation marks."""

from __future__ import annotations

import pytest

import whosaid
from whosaid.marks import quotations
from whosaid.model import Span


def statements(text: str):
    article = whosaid.extract(text)
    article.check()
    return article.quotes


def one(quotes, fragment: str):
    """The statement whose content contains `fragment` (exactly one)."""
    found = [q for q in quotes if fragment in q.content.text]
    assert len(found) == 1, f"{fragment!r} in {[q.content.text for q in quotes]}"
    return found[0]


def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


# ---------------------------------------------------------------------- the sample

@pytest.fixture(scope="module")
def sample(sample_text):
    record = whosaid.extract(sample_text)
    record.check()
    return record


@pytest.mark.parametrize("fragment, speaker, kind, cue", [
    ("Россия готова к дальнейшей работе с США и НАТО", "Мария Захарова", "indirect", "заявила"),
    ("Дальше, как будет продолжена работа (с США), мы посмотрим", "Мария Захарова", "direct", "сказала"),
    ("беседу профессиональной, конструктивной и деловой", "Мария Захарова", "indirect", "назвала"),
    ("Мы, со своей стороны, по-моему, этот настрой демонстрировали", "Мария Захарова", "direct", "отметила"),
    ("эти слова вызывают не столько недоумение", "Мария Захарова", "indirect", "По мнению"),
    ("США готовятся к тому, что Россия будет лгать", "Джен Псаки", "indirect", "заявила"),
    ("у России и США сохраняются противоположные подходы", "Сергей Рябков", "indirect", "заявил"),
    ("никому не угрожает и ни на кого не собирается нападать", "Россия", "indirect", "заявляет"),
    ("у НАТО было пять волн расширения", "Владимир Путин", "indirect", "сказал"),
    ("И теперь говорят, что Украина будет в НАТО", "Владимир Путин", "direct", "отметил"),
])
def test_sample_statements(sample, fragment, speaker, kind, cue):
    quote = one(sample.quotes, fragment)
    assert (quote.speaker.name, quote.type, quote.cue.text) == (speaker, kind, cue)
    assert quote.speaker.entity is not None


def test_sample_speakers_as_written_and_channel(sample):
    dalshe = one(sample.quotes, "мы посмотрим")
    assert dalshe.speaker.mention.text == "она"
    assert dalshe.channel == 'в эфире "СоловьевLIVE"'
    assert dalshe.content.text.startswith("Дальше") and not dalshe.content.text.endswith('"')
    assert one(sample.quotes, "беседу профессиональной").speaker.mention.text == "Представитель российского МИД"
    assert one(sample.quotes, "никому не угрожает").speaker.kind == "country"


def test_sample_headline_and_what_is_not_said(sample):
    headline = one(sample.quotes, "Россия готова дальше обсуждать вопросы гарантий безопасности")
    assert headline.cue is None and "МИД" in headline.speaker.mention.text
    boilerplate = [(b.start, b.end) for b in sample.boilerplate]
    for quote in sample.quotes:  # related links (`Рябков о попытках шантажа ...>>>`) are not statements here
        assert not any(start <= quote.content.start < end for start, end in boilerplate)
        assert "прошедшие накануне в Женеве переговоры" not in quote.content.text  # `прокомментировала`: no content
        assert "заявления Вашингтона" not in quote.content.text  # `обратила внимание на`: no content


# ---------------------------------------------------------------------- direct speech

def test_quote_then_dash_attribution():
    quotes = statements(article(
        "Латвия перестанет существовать",
        '"Нынешний кризис - худшее, что с нами могло случиться за последние 20 лет. Еще один такой кризис, '
        'и Латвия перестанет существовать", - заявил в интервью Telegraf экономист Янис Ошлейс.'))
    quote = one(quotes, "Нынешний кризис")
    assert quote.type == "direct" and quote.speaker.name == "Янис Ошлейс"
    assert quote.content.text.endswith("перестанет существовать")  # both sentences, no closing mark
    assert quote.speaker.mention.text == "экономист Янис Ошлейс"


@pytest.mark.parametrize("dash", ["-", "\u2012", "\u2013", "\u2014", "\u2015"])  # hyphen, figure, en, em, bar
def test_every_dash_a_publisher_writes_attributes_a_quotation(dash):
    quotes = statements(article("Новости", f"«Мы готовы к диалогу, {dash} заявил министр Иван Петров. {dash} Но только "
                                           f"на равных». «Цены вырастут», {dash} добавил он."))
    assert [(q.type, q.speaker.name) for q in quotes] == [("direct", "Иван Петров")] * 2
    assert quotes[0].content.text.endswith("только на равных")


def test_split_quote_is_one_statement():
    quotes = statements(article(
        "Веллитон считает дисквалификацию политической",
        '"Наказания вообще не должно было быть, - полагает Веллитон. - Сами члены КДК признали наше '
        'столкновение игровым моментом".'))
    quote = one(quotes, "Наказания вообще не должно было быть")
    assert quote.type == "direct" and quote.speaker.name == "Веллитон"
    assert quote.content.text.endswith("игровым моментом")
    assert len([q for q in quotes if q.type == "direct"]) == 1


def test_colon_before_quote():
    quotes = statements(article(
        "Краснов об Улюкаеве",
        'Говоря о подтверждении факта получения взятки экс-министром, заместитель председателя СК Игорь '
        'Краснов заверил: "В распоряжении следствия имеются соответствующие фото- и видеоматериалы".'))
    quote = one(quotes, "В распоряжении следствия")
    assert (quote.type, quote.cue.text, quote.speaker.name) == ("direct", "заверил", "Игорь Краснов")


def test_a_colon_after_another_verb_than_the_cue_introduces_no_one_s_words():
    quotes = statements(article("Новости", 'Зимой форвардом интересовались английские "Болтон" и "Блэкберн", однако '
                                           'футболист отказался рассматривать их предложения, намереваясь получить '
                                           'приглашение из команды "большой четверки": "Манчестер Юнайтед", '
                                           '"Арсенала" и "Челси".'))
    assert quotes == []


def test_headline_name_colon_quote():
    quotes = statements(article(
        'Михаил Швыдкой: "Нет таких картин, которые бы стоили 20 миллионов погибших"',
        "Министр культуры Михаил Швыдкой продолжает настаивать на своей позиции."))
    quote = one(quotes, "Нет таких картин")
    assert quote.type == "direct" and quote.cue is None and quote.speaker.name == "Михаил Швыдкой"


def test_headline_name_the_dictionary_reads_in_no_nominative_colon_quote():
    """`Теему`, which the dictionary reads as a dative, in a name the entities stage gives as written."""
    quotes = statements(article('Теему Селянне: "Я готов поехать в КХЛ и начать новую эру"',
                                "Легендарный финский хоккеист Теему Селянне заявил о готовности."))
    assert one(quotes, "Я готов поехать в КХЛ").speaker.name == "Теему Селянне"


def test_a_question_word_after_the_attribution_is_no_speaker():
    quotes = statements(article("Новости", '"Начало заседания запланировано на утро", - сообщили в МИД Белоруссии, '
                                           "не уточнив, кто будет участвовать."))
    assert one(quotes, "Начало заседания").speaker.name == "МИД Белоруссии"


def test_a_subheading_attributed_by_a_bare_name_is_a_statement():
    quotes = statements(article("Болельщики готовят акцию",
                                "Фанаты запустят самолетики на поле, сообщил глава спортивной службы Алексей Лебедев.",
                                "РФС: Уважайте себя, свою Родину и свою команду",
                                "МВД России ранее сообщило о задержании четверых российских болельщиков."))
    quote = one(quotes, "Уважайте себя")
    assert (quote.speaker.name, quote.speaker.kind) == ("РФС", "organization")


def test_a_headline_listing_names_after_a_label_says_nothing():
    assert statements(article("Вратари: Сергей Овчинников, Вячеслав Малафеев",
                              "Главный тренер сборной объявил состав на матч с Эстонией.")) == []


def test_dialogue_dash_and_subjectless_continuation():
    quotes = statements(article(
        "Захарова о переговорах",
        "Официальный представитель МИД России Мария Захарова прокомментировала итоги встречи.",
        "— Мы готовы к дальнейшей работе, — сказала Захарова.",
        "— Переговоры прошли конструктивно, — добавила она."))
    first, second = one(quotes, "Мы готовы к дальнейшей работе"), one(quotes, "Переговоры прошли конструктивно")
    assert first.type == second.type == "direct"
    assert first.speaker.name == second.speaker.name == "Мария Захарова"


def test_subjectless_cue_continues_the_speaker():
    quotes = statements(article(
        "Стриженова о деле",
        '"Мы требуем объяснения всего произошедшего", - сказала ведущая Екатерина Стриженова. '
        '"И ждем тщательного расследования", - добавила.'))
    quote = one(quotes, "И ждем тщательного расследования")
    assert quote.speaker.name == "Екатерина Стриженова" and quote.speaker.mention is None


def test_multi_paragraph_quote():
    quotes = statements(article(
        "Ярцев о Карпине",
        "«С Валерием у нас состоялся не один разговор. Размышлял он дня два и отказался.",
        "«Никаких обид на Карпина нет. Наши теплые отношения останутся прежними», — отметил Ярцев."))
    quote = one(quotes, "С Валерием у нас состоялся")
    assert quote.type == "direct" and quote.content.text.endswith("останутся прежними")
    assert quote.speaker.name == "Ярцев"


def test_quotation_over_paragraphs_that_do_not_repeat_the_mark():
    quotes = statements(article(
        "Блогер о выборах",
        "Выборы прошли спокойно, пишет в своем блоге политолог Иван Соколов.",
        "\"Явка оказалась ниже ожиданий, и это главный итог кампании.",
        "Штабы кандидатов теперь будут искать виноватых.",
        "Но виноватых, как обычно, не найдут\".",
        "Подсчет голосов завершится в понедельник."))
    quote = one(quotes, "Явка оказалась ниже ожиданий")
    assert quote.type == "direct" and quote.content.text.endswith("как обычно, не найдут")
    assert quote.speaker.name == "Иван Соколов" and quote.cue is None
    assert all("Подсчет голосов" not in q.content.text for q in quotes)


def test_quotation_over_paragraphs_closed_before_its_attribution():
    quotes = statements(article(
        "Министр о бюджете",
        "«Дефицит бюджета в этом году окажется меньше, чем мы ожидали весной.",
        "Доходы растут быстрее расходов, и резервы мы тратить не будем», — сказал министр финансов Антон Силуанов."))
    quote = one(quotes, "Дефицит бюджета")
    assert quote.type == "direct" and quote.content.text.endswith("резервы мы тратить не будем")
    assert quote.speaker.name == "Антон Силуанов"


def test_these_words_were_said_by_the_one_named_after():
    quotes = statements(article(
        "Зеленский о фронте", "«Мы не отступим».",
        "Эти слова президент Украины Владимир Зеленский произнес на встрече с военными."))
    assert one(quotes, "Мы не отступим").speaker.name == "Владимир Зеленский"


def test_quoted_paragraph_goes_on_with_the_speaker_before():
    quotes = statements(article(
        "Министр о ценах",
        "«Цены на бензин в ближайшие месяцы не вырастут», — заявил министр энергетики Павел Орлов.",
        "«Мы договорились с компаниями о заморозке до конца года».",
        "Напомним, в прошлом месяце бензин подорожал на два процента."))
    quote = one(quotes, "договорились с компаниями")
    assert quote.type == "direct" and quote.speaker.name == "Павел Орлов"
    assert not any("Напомним" in q.content.text for q in quotes)


@pytest.mark.parametrize("aside, speaker", [
    ("Занимать за границей Россия сможет не раньше, чем через три года.", "Павел Орлов"),
    ("Цены в мае подняла компания Игоря Смирнова.", None),  # someone named: whose words, the text does not tell
])
def test_a_quoted_paragraph_after_the_journalist_s_aside_goes_on_with_the_quotation_before(aside, speaker):
    quotes = statements(article(
        "Министр о ценах",
        "«Цены на бензин в ближайшие месяцы не вырастут», — заявил министр энергетики Павел Орлов.",
        aside,
        "«Мы договорились с компаниями о заморозке до конца года».",
        "Напомним, в прошлом месяце бензин подорожал на два процента."))
    found = [q.speaker.name for q in quotes if "договорились" in q.content.text]
    assert found == ([speaker] if speaker else [])


def test_a_blog_post_quoted_paragraph_by_paragraph():
    quotes = statements(article(
        "Иван Соколов: \"Чего ждать после выборов\"",
        "\"Год назад мэр сказал: \"Если проиграю, уйду из политики\", - пишет блогер Иван Соколов в \"Живом "
        "журнале\", комментируя итоги выборов.",
        "\"Этим обещанием он подписал приговор своей команде.",
        "Теперь его противники празднуют победу\".",
        "\"Что случится дальше, не знает никто\"."))
    first = one(quotes, "Год назад мэр сказал")
    assert first.content.text.endswith("уйду из политики") and first.speaker.name == "Иван Соколов"
    assert one(quotes, "Этим обещанием").content.text.endswith("празднуют победу")
    assert {q.speaker.name for q in quotes if q.type == "direct"} == {"Иван Соколов"}
    assert not any(q.content.text == "Живом журнале" for q in quotes)  # a name in the attribution


@pytest.mark.parametrize("last", [
    "Лучше, как говорил еще Менделеев, \"топить печку ассигнациями\".",  # the last mark closes two
    "Все остальное - \"хорошая мина при плохой игре\".",
])
def test_a_quoted_block_whose_last_mark_also_closes_a_quotation_inside(last):
    quotes = statements(article(
        "Иван Соколов: \"Зачем нам такие реформы\"",
        "\"Реформа пенсионной системы снова откладывается\", - пишет политолог Иван Соколов в своем блоге.",
        "\"Казалось бы, что в этом плохого? Деньги есть, планы есть. Но на деле все иначе.",
        "Надо бы что-то поменять в методике расчета. " + last,
        "Источник: https://example.com/blog/1.html"))
    block = one(quotes, "Казалось бы")
    assert block.content.text.endswith(last.rstrip('".')) and block.speaker.name == "Иван Соколов"


def test_a_quoted_block_with_a_dash_after_a_quotation_inside_runs_on():
    """`"... с программой - "бороться за независимость!" - шли на выборы.`: the dash after the inner
    quotation is no attribution; the block closes at the end of the next paragraph."""
    quotes = statements(article(
        "Иван Соколов: \"Странные дела\"",
        "\"Реформа откладывается\", - пишет политолог Иван Соколов в своем блоге.",
        "\"Политики не скрывали намерений - они с программой - \"бороться за независимость!\" - шли на "
        "выборы. И за них проголосовали.",
        "Очень странные дела творятся в Европе. Будет интересно\"."))
    block = one(quotes, "Политики не скрывали")
    assert block.content.text.endswith("Будет интересно") and block.speaker.name == "Иван Соколов"


@pytest.mark.parametrize("after, fragment", [
    ("\"Это наша партия\", - добавил он.", "Это наша партия"),  # a new quotation: the first one ends
    ("Матч пройдет в субботу на стадионе \"Лужники\".", None),  # no mark of its own closes it
])
def test_a_quotation_closed_with_a_quotation_inside_stays_in_its_paragraph(after, fragment):
    quotes = statements(article(
        "Новости", "\"Мы поддерживаем \"Единую Россию\", - заявил депутат Иван Петров.", after))
    assert one(quotes, "Мы поддерживаем").content.text == "Мы поддерживаем \"Единую Россию"
    assert fragment is None or one(quotes, fragment).speaker.name == "Иван Петров"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Эксперты уверены, что рубль ослабнет.", "рубль ослабнет", "Эксперты"),
    ("Представители оппозиции убеждены, что выборы пройдут честно.", "выборы пройдут честно",
     "Представители оппозиции"),
])
def test_conviction_in_the_plural(text, fragment, speaker):
    assert one(statements(article("Новости", text)), fragment).speaker.name == speaker


def test_the_speaker_s_next_act_after_a_clause_in_another_tense():
    quotes = statements(article("Новости", "Вчера был шторм.", "Директор клуба заявил журналистам, что Веллингтон - "
                                "\"настоящий подонок\", который не первый раз атакует исподтишка, и посоветовал ему "
                                "осторожнее ходить по улицам."))
    assert one(quotes, "подонок").content.text.endswith("атакует исподтишка")
    assert one(quotes, "осторожнее ходить").content.text == "осторожнее ходить по улицам"


def test_a_second_verb_of_what_was_said_stays_in_it():
    quotes = statements(article("Новости", "Вчера был шторм.", "Компания заявила, что она работает в штатном режиме "
                                "и выплатила все долги."))
    assert one(quotes, "штатном").content.text == "она работает в штатном режиме и выплатила все долги"


def test_a_postposed_cue_going_on_into_a_second_verb():
    quotes = statements(article(
        "Новости", "Бюджет будет исполнен полностью, заявил министр и пояснил, что доходы выросли на треть."))
    assert one(quotes, "Бюджет будет исполнен").content.text == "Бюджет будет исполнен полностью"
    assert one(quotes, "доходы выросли").content.text == "доходы выросли на треть"


def test_about_this_as_an_outlet_passes_on_is_no_statement_of_the_outlet():
    quotes = statements(article(
        "Новости", "Министр уходит в отставку. Об этом, как передает РИА Новости, сообщила его пресс-секретарь."))
    assert not any(q.content.text.startswith("Об этом") for q in quotes)


def test_a_quoted_name_inside_a_clause_is_no_direct_statement():
    quotes = statements(article(
        "Новости", "Мэрия отзывает разрешение на стройку комплекса \"Москва-сити\", пишут \"Ведомости\"."))
    assert [q.type for q in quotes] == ["indirect"] and quotes[0].content.text.startswith("Мэрия отзывает")


def test_a_colon_ending_its_paragraph_introduces_the_quotation_below():
    quotes = statements(article(
        "Министр о бюджете",
        "Министр финансов Антон Силуанов выступил в Думе и добавил:",
        "«Бюджет будет исполнен с профицитом».",
        "Агентство приводит его слова:",
        "«Расходы на оборону сокращены не будут».",
        "«Инфляция замедлится», — приводит слова министра ТАСС."))
    for fragment in ("исполнен с профицитом", "на оборону", "Инфляция замедлится"):
        quote = one(quotes, fragment)
        assert quote.type == "direct" and quote.speaker.name == "Антон Силуанов", fragment


def test_a_quoted_paragraph_whose_speaker_is_named_in_the_paragraph_after():
    quotes = statements(article(
        "Новости",
        "Пресс-секретарь президента Дмитрий Песков провел брифинг.",
        "«Это провокация, и мы ответим на нее так, как сочтем нужным».",
        "Так в МИД России прокомментировали инцидент."))
    quote = one(quotes, "Это провокация")
    assert quote.type == "direct" and quote.speaker.name == "МИД России"


def test_dash_speech_after_a_colon():
    quotes = statements(article(
        "Новости",
        "Пресс-секретарь президента Дмитрий Песков заявил:",
        "— Мы готовы к диалогу, но не на любых условиях.",
        "Министр финансов Антон Силуанов отметил: — Бюджет сбалансирован.",
        "Некоторые из них министр уже сформулировал:",
        "- о снижении налогов;",
        "- о поддержке экспорта."))
    assert [(q.content.text, q.speaker.name, q.type) for q in quotes] == [
        ("Мы готовы к диалогу, но не на любых условиях", "Дмитрий Песков", "direct"),
        ("Бюджет сбалансирован", "Антон Силуанов", "direct")]


def test_a_quotation_whose_speaker_is_named_in_the_sentence_after():
    quote = one(statements(article(
        "Новости", "«Мы не допустим повышения цен». Так заявил министр энергетики Павел Орлов.")), "повышения цен")
    assert quote.type == "direct" and quote.speaker.name == "Павел Орлов"


def test_an_oral_history_labelled_by_names_and_roles():
    quotes = statements(article(
        "Как снимали сериал",
        "Аннабель Джонс (продюсер): Мы снимали сериал три года.",
        "Это было трудно, но интересно.",
        "Чарли Брукер (сценарист): Я написал первый эпизод за неделю."))
    assert [(q.content.text, q.speaker.name, q.type) for q in quotes] == [
        ("Мы снимали сериал три года", "Аннабель Джонс", "direct"),
        ("Это было трудно, но интересно", "Аннабель Джонс", "direct"),
        ("Я написал первый эпизод за неделю", "Чарли Брукер", "direct")]


def test_a_labelled_turn_ends_at_another_label():
    # the reporter's labelled question is no part of the answer before it
    quotes = statements(article(
        "Греф: ситуация управляемая",
        "Глава Сбербанка Герман Греф ответил на вопросы корреспондента.",
        "Корреспондент: Как вы оцениваете ситуацию на рынке?",
        "Герман Греф: Ситуация сложная, но управляемая.",
        "Корреспондент: Будете ли вы повышать ставки?",
        "Греф: Пока таких планов нет."))
    assert [(q.content.text, q.speaker.name) for q in quotes if q.type == "direct"] == [
        ("Ситуация сложная, но управляемая", "Герман Греф"), ("Пока таких планов нет", "Герман Греф")]


def test_the_answers_of_a_question_and_answer_interview():
    quotes = statements(article(
        "Греф: ставка останется прежней",
        "Глава Сбербанка Герман Греф дал интервью ТАСС.",
        "— Как вы оцениваете ситуацию в экономике?",
        "— Ситуация сложная, но управляемая.",
        "— Будет ли повышена ставка?",
        "— Я не думаю, что это необходимо."))
    answers = [q for q in quotes if "?" not in q.content.text and q.type == "direct"]
    assert [(q.content.text, q.speaker.name) for q in answers] == [
        ("Ситуация сложная, но управляемая", "Герман Греф"), ("Я не думаю, что это необходимо", "Герман Греф")]
    assert not any("?" in q.content.text for q in quotes)


def test_an_interview_that_addresses_its_guest_by_first_name_and_patronymic_and_labels_the_outlet_s_questions():
    quotes = statements(article(
        "Глава Минфина: бюджет будет сбалансирован",
        "Министр финансов Антон Силуанов в интервью ТАСС рассказал о планах правительства на следующий год.",
        "— Антон Германович, будет ли бюджет сбалансирован в следующем году?",
        "— Да, мы рассчитываем на это. Доходы растут быстрее, чем мы ожидали.",
        "ТАСС: Какие риски вы видите?",
        "Силуанов: Главный риск — это внешняя конъюнктура."))
    assert [(q.content.text[:14], q.speaker.name) for q in quotes if q.type == "direct"] == [
        ("Да, мы рассчит", "Антон Силуанов"), ("Главный риск —", "Антон Силуанов")]
    assert not any("?" in q.content.text for q in quotes)  # the outlet asks, says nothing


@pytest.mark.parametrize("intro", [
    "Министр финансов Антон Силуанов ответил на вопросы «Известий».",
    "Министр финансов Антон Силуанов рассказал в интервью «Известиям» о бюджете.",
])
def test_an_interview_whose_questions_are_bare_paragraphs(intro):
    quotes = statements(article(
        "Бюджет будет сбалансирован", intro, "Будет ли бюджет сбалансирован в следующем году?",
        "Да, мы рассчитываем на это. Доходы растут быстрее, чем мы ожидали.", "А что с налогами?",
        "Повышать налоги мы не планируем.", "Это принципиальная позиция правительства."))
    assert [(q.content.text[:12], q.speaker.name) for q in quotes if q.type == "direct"] == [
        ("Да, мы рассч", "Антон Силуанов"), ("Повышать нал", "Антон Силуанов"), ("Это принципи", "Антон Силуанов")]


def test_questions_as_subheadings_of_an_article_that_is_no_interview_answer_nothing():
    quotes = statements(article(
        "Что известно о новом бюджете", "Правительство внесло в Думу проект бюджета.", "Будет ли бюджет дефицитным?",
        "Дефицит заложен на уровне 1% ВВП.", "Что с налогами?", "Ставки налогов не меняются."))
    assert not [q for q in quotes if q.type == "direct"]


def test_quoted_paragraph_with_no_statement_before_is_no_statement():
    quotes = statements(article(
        "Новый сезон",
        "В театре открылся новый сезон.",
        "«Вишневый сад» снова в репертуаре."))
    assert quotes == []


@pytest.mark.parametrize("text, fragment, speaker, cue", [
    ("«Это лишь вопрос времени», — продолжил министр финансов Олег Петров.", "вопрос времени",
     "Олег Петров", "продолжил"),
    ("«Кто ответит за срыв сроков?» — поинтересовался депутат Игорь Смирнов.", "Кто ответит",
     "Игорь Смирнов", "поинтересовался"),
    ("«Мы будем добиваться пересмотра приговора», — повторила адвокат Анна Козлова.", "пересмотра приговора",
     "Анна Козлова", "повторила"),
    ("«Надо было думать раньше!» — воскликнул тренер Сергей Волков.", "думать раньше", "Сергей Волков",
     "воскликнул"),
])
def test_cues_of_asking_repeating_and_going_on(text, fragment, speaker, cue):
    quote = one(statements(article("Новости", text)), fragment)
    assert quote.type == "direct" and quote.speaker.name == speaker and quote.cue.text == cue


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Мэрия отказала в согласовании, сославшись на то, что на площади пройдет ярмарка.",
     "на площади пройдет ярмарка", "Мэрия", "сославшись"),
    ("Аналитики банка подсчитали, что реформа обойдется в триллион рублей.", "реформа обойдется в триллион рублей",
     "Аналитики банка", "подсчитали"),
    ("Биологи подозревают, что рыба погибла из-за сброса отходов.", "рыба погибла из-за сброса отходов", "Биологи",
     "подозревают"),
    ("Эксперты предрекают, что цены на жилье упадут.", "цены на жилье упадут", "Эксперты", "предрекают"),
    ("Оператор уведомил абонентов, что тарифы вырастут.", "тарифы вырастут", "Оператор", "уведомил"),
])
def test_cues_of_citing_reckoning_suspecting_foretelling_notifying(text, content, speaker, cue):
    quote = one(statements(article("Новости", text)), content)
    assert quote.content.text == content and quote.speaker.name == speaker and quote.cue.text == cue


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Минфин ожидает роста доходов бюджета в следующем году, сообщает РИА Новости.",
     "роста доходов", "Минфин"),
    ("Министр финансов Олег Петров заявил, что бюджет будет исполнен, передает ТАСС.",
     "бюджет будет исполнен", "Олег Петров"),
    ("Как сообщает НТВ со ссылкой на \"Интерфакс\", в пожарной службе сообщили, что возгорание потушено.",
     "возгорание потушено", "пожарная служба"),
    ("Первое место по числу суицидов, согласно газете Süddeutsche Zeitung, занимает Литва, отмечает новостной "
     "сайт Savaites ekspresas.", "занимает Литва", "Süddeutsche Zeitung"),  # a news site is an outlet
])
def test_an_outlet_passing_on_someone_s_words_is_not_the_speaker(text, fragment, speaker):
    assert one(statements(article("Новости", text)), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Отвечая на вопрос журналистов, министр Олег Петров отметил: «Бюджет будет исполнен полностью», "
     "передает «Интерфакс».", "Бюджет будет исполнен", "Олег Петров"),
    ("Как сообщает ресурс TechNews, три крупнейших оператора страны объявили о намерении снизить тарифы.",
     "снизить тарифы", "три крупнейших оператора страны"),
    ("По сообщению газеты The Daily Courier, компания Gallaher объявила о своих планах расширить завод.",
     "расширить завод", "Gallaher"),
    ("Доклад призывает сократить выбросы, отмечает Los Angeles Times.", "сократить выбросы", "Доклад"),
    ("«Судья ошибся», — цитирует Ивана Даудова пресс-служба клуба.", "Судья ошибся", "Иван Даудов"),
    ("Вместе с тем, передает «АК&М», по мнению ЦБ, инфляция замедлится к концу года.", "инфляция замедлится", "ЦБ"),
    ("Депутат Сергей Глазьев одобрил проект. По его словам, сообщает «Интерфакс», проект бюджета лучше прошлогоднего.",
     "проект бюджета лучше", "Сергей Глазьев"),  # a relay set off inside a frame's sentence is neither's content
])
def test_the_one_relayed_is_the_speaker(text, fragment, speaker):
    quote = one(statements(article("Новости", text)), fragment)
    assert quote.speaker.name == speaker
    relay = {"Интерфакс", "передает", "отмечает", "сообщает", "Вместе"}
    assert not relay & set(quote.content.text.replace(",", " ").split())


@pytest.mark.parametrize("text", [
    "Бывший мэр Иван Соколов обвинен в превышении должностных полномочий.",
    "Лучшим фильмом года назван «Левиафан».",
])
def test_what_a_participle_names_is_no_speaker(text):
    assert statements(article("Новости", text)) == []


def test_a_participle_s_subject_leaves_the_outlet_as_the_speaker():
    quote = one(statements(article("Новости", "Пожар в порту назван «стихийным», сообщает ТАСС.")), "стихийным")
    assert quote.speaker.name == "ТАСС"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Журналу стало известно, что боевики покинули город.", "боевики покинули город", "Журнал"),
    ("Как стало известно «Коммерсанту», сделка сорвалась.", "сделка сорвалась", "Коммерсант"),
    ("О том, что убийца действовал не один, стало известно в среду порталу Life News.", "убийца действовал",
     "Life News"),
    # and whose data a possessive then gives
    ("О том, что убийца действовал не один, стало известно порталу Life News. По его данным, оба подростка учились "
     "в одной школе.", "оба подростка", "Life News"),
    ("Как отмечают на «КамАЗе», возможности увеличить продажи нет.", "увеличить продажи", "КамАЗ"),
    ("Мэрия отзывает разрешение на стройку, пишут «Ведомости» со ссылкой на документ.", "Мэрия отзывает",
     "Ведомости"),
    ("Первое место по числу самоубийств, согласно газете Süddeutsche Zeitung, занимает Литва.", "Первое место",
     "Süddeutsche Zeitung"),
])
def test_sources_by_construction(text, fragment, speaker):
    quote = one(statements(article("Новости", text)), fragment)
    assert quote.speaker.name == speaker
    assert "ссылкой" not in quote.content.text


@pytest.mark.parametrize("text", [
    "Позже стало известно, что в лесу блокированы четверо боевиков.",
    "О том, что в лесу блокированы четверо боевиков, стало известно в среду.",
])
def test_it_became_known_to_no_one_is_no_statement(text):
    assert statements(article("Новости", text)) == []


def test_a_bare_outlet_noun_is_the_outlet_named_before():
    quotes = statements(article(
        "Новости",
        "Переговоры зашли в тупик, пишет The Washington Post. По мнению издания, сторонам придется уступить."))
    assert one(quotes, "сторонам придется уступить").speaker.name == "The Washington Post"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Пресс-служба губернатора Ивана Петрова сообщила, что дороги откроют в понедельник.", "дороги откроют",
     "Пресс-служба губернатора Ивана Петрова"),
    ("В пресс-службе ведомства ТАСС сообщили, что дороги откроют в понедельник.", "дороги откроют",
     "пресс-служба ведомства"),  # the agency the body told, its dative unseen
    ("В полиции РИА \"Новости\" рассказали, что дороги откроют в понедельник.", "дороги откроют", "полиция"),
    ("Семья израильтянки Наамы Иссахар заявила о намерении обратиться в суд.", "обратиться в суд",
     "Семья израильтянки Наамы Иссахар"),
    ("Официальный представитель МИД России Мария Захарова заявила, что Москва ответит.", "Москва ответит",
     "Мария Захарова"),
    ("Сын бывшего президента Ивана Петрова заявил, что отец болен.", "отец болен",
     "Сын бывшего президента Ивана Петрова"),
    ("Адвокат Марлона Брандо подтвердил смерть актера.", "смерть актера", "Адвокат Марлона Брандо"),  # the name
    # in the genitive right after the noun, though the parser made it an apposition
    ("Как рассказала руководитель проекта Евгения Костицына, зарплаты снизились.", "зарплаты снизились",
     "Евгения Костицына"),  # her name, under her verb, whatever case the tagger read
    ("Младший сын принца Уэльского Чарльза объявил о начале подготовки экспедиции.", "подготовки экспедиции",
     "Младший сын принца Уэльского Чарльза"),
    # a name beside one of those the speaker is described by
    ("Как сообщил родственник одного из военнослужащих, майора Сухроба Каримова, последний раз он выходил на связь "
     "22 февраля.", "выходил на связь", "родственник одного из военнослужащих, майора Сухроба Каримова"),
    ('"Это деньги наших жителей", - цитирует "Интерфакс" врио губернатора региона Андрея Смирнова.',
     "деньги наших жителей", "Андрей Смирнов"),
    ("Как пояснил адвокат «лимоновцев» Джалий Сирожидинов, жалоба уже направлена.", "жалоба уже направлена",
     "Джалий Сирожидинов"),
    # a genitive the parser took for the cue's adverbial is part of the speaker's phrase
    ("Солидарность: журналисты госканалов потребовали тщательного и справедливого расследования дела Голунова.",
     "расследования", "журналисты госканалов"),
    # hung back across the cue on the clause before
    ("Производители компьютерных игр развернули беспрецедентное наступление против незаконного \"скачивания\" их "
     "продукции частными британскими пользователями, сообщили представители пяти ведущих компаний-разработчиков "
     "таких игр.", "наступление", "представители пяти ведущих компаний-разработчиков таких игр"),
    # taken for whom they told
    ("Как рассказали \"Росбалту\" в пресс-службе горпрокуратуры, нарушение было выявлено в ходе проверки.",
     "нарушение", "пресс-служба горпрокуратуры"),
    # but not the cue's own object
    ("\"Я очень доволен работой игроков\", - прокомментировал наставник итальянцев события матча.", "доволен",
     "наставник итальянцев"),
    # a name a comma sets before a role noun, which the role's genitive and its name follow: the name's
    ("В Кандагаре Юсуф Пуштун, помощник кандагарского губернатора Гуль Аги, сказал: \"Похоже, что атака была "
     "совершена по ошибке\".", "атака была совершена", "Юсуф Пуштун"),
    ("В Москве Олег Смирнов, адвокат Анны Ивановой, заявил, что его подзащитная невиновна.", "невиновна",
     "Олег Смирнов"),
    ("Тем временем местный медиум, 39-летняя Джейн Коэн, заявила, что призраки на снимках часто остаются "
     "невидимыми.", "призраки на снимках", "Джейн Коэн"),
    # a name in no nominative set before the subject noun is the verb's object
    ("Мухику соотечественники называли \"самый бедный президент\", поскольку он жертвовал зарплату.",
     "самый бедный президент", "соотечественники"),
])
def test_the_speaker_is_the_head_of_its_phrase_not_a_name_it_governs(text, fragment, speaker):
    assert one(statements(article("Новости", text)), fragment).speaker.name == speaker


def test_a_genitive_the_parser_left_hanging_is_part_of_the_speaker_s_phrase():
    quote = one(statements(article("Новости", "\"Коссе собирал материалы\", - рассказал агентству его друг, "
                                              "председатель Всегреческой ассоциации дипломантов вузов бывшего СССР и "
                                              "российских соотечественников в Греции Панайотис Ксантопулос.")),
                "собирал материалы")
    assert "ассоциации дипломантов вузов" in quote.speaker.mention.text


@pytest.mark.parametrize("text, speaker", [
    ("Компания Mail.ru Group и сотовый оператор «Билайн» заявили о прекращении конфликта.", "Mail.ru Group и Билайн"),
    ("Министр иностранных дел Сергей Лавров и госсекретарь Энтони Блинкен заявили, что переговоры продолжатся.",
     "Сергей Лавров и Энтони Блинкен"),
    ("Ведущие программы «Время покажет» Екатерина Стриженова и Анатолий Кузичев заявили, что дело вызвало "
     "реакцию.", "Екатерина Стриженова и Анатолий Кузичев"),
])
def test_coordinated_speakers_are_one_group(text, speaker):
    quote = statements(article("Новости", text))[0]
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, "group")


def test_a_title_written_as_a_genitive_before_the_name():
    quote = one(statements(article(
        "Новости", "Замглавы МИД РФ Сергей Рябков заявил ТАСС: \"Мы открыты к диалогу\".")), "открыты к диалогу")
    assert quote.speaker.name == "Сергей Рябков"


def test_a_dash_that_stands_for_a_left_out_verb_names_no_one_who_said_the_headline():
    quotes = statements(article(
        "Прокурором Чечни назначен Владимир Кравченко, а главой МВД - Руслан Цакаев",
        "Президент России Владимир Путин своим указом назначил Руслана Цакаева главой МВД Чечни."))
    assert not any("Прокурором" in q.content.text for q in quotes), [q.content.text for q in quotes]
    headline = one(statements(article("Россия готова к переговорам, а США нет - МИД РФ", "Об этом заявили в МИД.")),
                   "Россия готова")
    assert headline.speaker.name == "МИД РФ"


def test_a_dash_inside_what_a_headline_s_cue_says_is_that_clause_s_copula():
    quotes = statements(article("Два беженца, пытавшиеся зарезать себя перед парламентом, заявили, что они - геи из "
                                "России", "Беженцы дали интервью газете."))
    assert [(q.content.text, q.speaker.name) for q in quotes] == [
        ("они - геи из России", "Два беженца, пытавшиеся зарезать себя перед парламентом")]


def test_a_phrase_after_a_headline_dash_in_no_nominative_is_not_who_said_it():
    quotes = statements(article("Школьница придумала для сериала нового героя - любвеобильного Рикардо",
                                "Героя придумала 12-летняя Анна Белова из Самары."))
    assert not any("придумала для сериала" in q.content.text for q in quotes), [q.content.text for q in quotes]


def test_a_headline_whose_dash_is_a_copula_is_attributed_to_no_one():
    quotes = statements(article("Японские автомобили – лидеры летних продаж в России",
                                "В июле дилеры продали 17 тысяч японских машин."))
    assert not any("Японские автомобили" in q.content.text for q in quotes), [q.content.text for q in quotes]


@pytest.mark.parametrize("surname, name", [
    ("Песков", "пресс-секретарь президента РФ Дмитрий Песков"),
    ("Силуанов", "министр финансов Антон Силуанов"),  # the dictionary reads it as a plural genitive only
])
def test_a_headline_by_a_surname_the_article_names_in_full(surname, name):
    quotes = statements(article(
        f"{surname}: Кремль не получал запроса о встрече",
        "МОСКВА, 3 декабря. /ТАСС/. Запроса о встрече президентов не поступало. Об этом журналистам сообщил "
        f"{name}."))
    assert one(quotes, "Кремль не получал запроса").speaker.name == " ".join(name.split()[-2:])


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Эти меры, по выражению министра, \"бьют по самым бедным\".",
     "Эти меры, по выражению министра, \"бьют по самым бедным\"", "министр"),
    ("Цены, как министр финансов Антон Силуанов сказал журналистам, вырастут.",
     "Цены, как министр финансов Антон Силуанов сказал журналистам, вырастут", "Антон Силуанов"),
    ("Губернатор, как он выразился, \"не намерен терпеть такие выходки\" соседей.",
     "Губернатор, как он выразился, \"не намерен терпеть такие выходки\" соседей", "Губернатор"),
    ("\"Самый зрелищный матч\", как назвал его тренер сборной Вячеслав Фетисов.", "Самый зрелищный матч",
     "Вячеслав Фетисов"),
    ("К примеру, как заявил \"Коммерсанту\" экс-депутат Госдумы Виктор Шейнис, который входил в группу "
     "разработчиков, она \"играет второстепенную роль\".", "она \"играет второстепенную роль\"", "Виктор Шейнис"),
])
def test_a_frame_with_its_speaker_inside(sentence, content, speaker):
    quote = one(statements(article("Новости", "Вчера был шторм.", sentence)), content)
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


@pytest.mark.parametrize("sentence", [
    "Спецназ действует быстро, так как военные опасаются, что террористы уйдут за границу.",
    "Вертолеты поднялись в воздух спустя час после того, как военные объявили тревогу.",
    "Все прошло так, как он и обещал.",
    "На пленке слышно, как снимавший называет имя командира.",
])
def test_a_conjunction_or_a_clause_with_kak_is_no_frame(sentence):
    assert not [q for q in statements(article("Новости", "Вчера был шторм.", sentence)) if q.cue.text != "опасаются"]


@pytest.mark.parametrize("sentence, content", [
    ("Тем не менее, по сведениям СМИ, сделка уже подписана.", "сделка уже подписана"),
    ("В то же время, как сообщили газете в пресс-службе компании, банк не обращался к ним.",
     "банк не обращался к ним"),  # when, with a determiner and a particle
    ("В этот же день, по его словам, причины аварии будут обнародованы.", "причины аварии будут обнародованы"),
    ("В частности, по словам министра, правительство привлечет деньги населения.",
     "правительство привлечет деньги населения"),
    ("Зато, как сообщает агентство, сотрудников оденут в белые рубашки.", "сотрудников оденут в белые рубашки"),
    ("В результате, по словам очевидцев, автобус перевернулся два раза.", "автобус перевернулся два раза"),
])
def test_a_lead_in_connector_is_not_content(sentence, content):
    assert one(statements(article("Новости", sentence)), content).content.text == content


@pytest.mark.parametrize("sentence, content", [
    ("Новая версия сайта пока работает в тестовом режиме, а опробовать ее, по данным издания, сможет миллион "
     "пользователей.", "опробовать ее, по данным издания, сможет миллион пользователей"),
    ("Работу в Грузии он найти не может, так как фамилия, по его словам, отпугивает всех продюсеров.",
     "фамилия, по его словам, отпугивает всех продюсеров"),
    ("Полиция задержала подозреваемого, который, по данным следствия, действовал по заказу конкурентов.",
     "который, по данным следствия, действовал по заказу конкурентов"),  # a relative clause: from its pronoun
    ("Министр Иван Петров, которого, по словам источника, собирались уволить, заявил, что уходит сам.",
     "которого, по словам источника, собирались уволить"),  # to the relative clause's end, not the sentence's
    ("Президент не говорит об ужесточении контроля на границе, где, по данным Вашингтона, происходит передача "
     "вооружений.", "происходит передача вооружений"),  # after a relative adverb
    ("Мостовой, по словам врача, прибыл на сборы здоровым.", "Мостовой, по словам врача, прибыл на сборы здоровым"),
    ("Цены выросли, а зарплаты упали, сообщил министр.", "Цены выросли, а зарплаты упали"),  # a frame after both
])
def test_a_frame_inside_a_clause_joined_on_attributes_that_clause(sentence, content):
    quotes = statements(article("Новости", "Вчера был шторм.", sentence))
    assert one(quotes, content.split(",")[0]).content.text == content


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Представитель Минобороны опроверг сообщения о переброске оружия.", "сообщения о переброске оружия",
     "Представитель Минобороны"),
    ("Полиция подтвердила арест известной певицы.", "арест известной певицы", "Полиция"),
    ("Министр прогнозирует снижение оттока капитала.", "снижение оттока капитала", "Министр"),
    ("Глава государства подчеркнул необходимость продолжать реформы.", "необходимость продолжать реформы",
     "Глава государства"),
])
def test_what_is_confirmed_denied_or_forecast_is_content(text, fragment, speaker):
    quote = one(statements(article("Новости", text)), fragment)
    assert quote.content.text == fragment and quote.speaker.name == speaker


def test_about_this_after_a_relay_names_the_source():
    quotes = statements(article(
        "Новости",
        "Лидер группировки приказал охране не сдаваться, передает РИА Новости. Об этом пишет журнал Time."))
    assert one(quotes, "приказал охране").speaker.name == "Time"


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (("Пожар на складе в Подмосковье потушен, сообщает пресс-служба МЧС. По информации ведомства, пострадавших "
      "нет.",), "пострадавших нет", "пресс-служба МЧС"),
    (("Банк России повысил ключевую ставку до 16%. Регулятор отметил, что инфляция остается высокой.",),
     "инфляция остается", "Банк России"),
    (("В Минобороны РФ сообщили, что учения завершились.", "Как отметили в ведомстве, все задачи выполнены."),
     "все задачи выполнены", "Минобороны РФ"),
    (("Пожар на складе потушен. По информации ведомства, пострадавших нет.",), "пострадавших нет", "ведомство"),
    (("Прокуратура Казани не нашла нарушений в работе магазина «Ромашка». По данным ведомства, проверка "
      "завершена.",), "проверка завершена", "Прокуратура Казани"),  # the body the sentence is about
    (("Минкомсвязи взялось за поправки, но проект получил отрицательный отзыв Минэкономразвития. Ведомство "
      "сочло, что он дублирует существующие сети.",), "дублирует существующие", "Минэкономразвития"),
    # the subject named since the latest body that spoke; not a court, which no one calls so
    (("Как сообщает правозащитный центр «Мемориал», активисты несли петицию в Генпрокуратуру. В апреле "
      "Генпрокуратура признала "
      "фонд нежелательным. Позже в ведомстве уточнили, что решение касается британского фонда.",),
     "решение касается", "Генпрокуратура"),
    (("Приморский краевой суд запретил проход по мосту, удовлетворив таким образом заявление местной прокуратуры. "
      "Надзорное ведомство просило признать недействующим приказ департамента. \"Мост не рассчитан на "
      "пешеходов\", - говорится на сайте прокуратуры. В ведомстве указали, что проходы узкие.",),
     "проходы узкие", "прокуратура"),
    # the body that spoke last, over one the noun described further back
    (("Военное ведомство США заявило, что эсминец менял курс. Министр обороны заявил, что вины нет. Ранее "
      "Минобороны России сообщило об опасном сближении кораблей. В ведомстве рассказали, что эсминец пересек "
      "курс.",), "эсминец пересек", "Минобороны России"),
])
def test_a_noun_for_any_state_body_is_the_body_quoted_or_named_just_before(paragraphs, fragment, speaker):
    assert one(statements(article("Новости", *paragraphs)), fragment).speaker.name == speaker


@pytest.mark.parametrize("sentence", [
    "Глава МИД Сергей Лавров подчеркнул: «Россия не намерена ни на кого нападать», добавив, что страна "
    "укрепит оборону.",
    "«Россия не намерена ни на кого нападать», - подчеркнул глава МИД Сергей Лавров, добавив, что страна "
    "укрепит оборону.",
])
def test_a_gerund_after_a_quotation_goes_on_with_the_act_that_introduced_it(sentence):
    quotes = statements(article("Новости", sentence))
    quoted, added = one(quotes, "ни на кого нападать"), one(quotes, "укрепит оборону")
    assert (quoted.cue.text, quoted.speaker.name) == ("подчеркнул", "Сергей Лавров")
    assert (added.cue.text, added.speaker.name) == ("добавив", "Сергей Лавров")


@pytest.mark.parametrize("paragraph, content", [
    ("Завод в Тольятти остановил конвейер на две недели. Сборка возобновится в марте, пишет газета «Ведомости».",
     "Сборка возобновится в марте"),  # an outlet's relay tag: the sentence it closes
    ("Завод в Тольятти остановил конвейер на две недели. Сборка возобновится в марте, сообщает РИА Новости.",
     "Сборка возобновится в марте"),
    ("Компания проиграла суд в Калифорнии. Суд штата запретил ей продавать обувь, сообщает Deutsche Welle.",
     "Суд штата запретил ей продавать обувь"),  # an outlet known by a word of its name
    ("Рынок ждет долгий спад. Продажи упадут вдвое, заявил эксперт газете.",
     "Рынок ждет долгий спад. Продажи упадут вдвое"),  # a speaker's words: the paragraph they close
])
def test_a_postposed_cue_closing_its_paragraph(paragraph, content):
    quote = one(statements(article("Новости", "Вчера был шторм.", paragraph)), content.split(". ")[-1])
    assert quote.content.text == content


@pytest.mark.parametrize("sentence, content", [
    # a postposed attribution runs to the sentence's end: words the parser hung elsewhere, a relative clause
    ("Мэрия отзывает разрешения на строительство комплекса на участке N 13, пишут \"Ведомости\" со ссылкой на "
     "соответствующий документ комитета от 30 марта.", "Мэрия отзывает разрешения на строительство комплекса на "
     "участке N 13"),  # words after the attribution that the parser hung elsewhere
    ("Ракете хватит легкого толчка, пишет The Telegraph, статью которой публикует сегодня Inopressa.",
     "Ракете хватит легкого толчка"),  # a relative clause on the attribution
    ("Дмитрий Бушуев, как и многие другие пользователи, утверждает, что эти фотографии – постановочные.",
     "эти фотографии – постановочные"),  # `как` comparing the subject opens no frame
    ("Как заявил Джек Гринберг, руководивший компанией на протяжении последних 4 лет, сеть стойко пыталась "
     "противостоять неблагоприятным обстоятельствам: экономическому кризису и коровьему бешенству.",
     "сеть стойко пыталась противостоять неблагоприятным обстоятельствам: экономическому кризису и коровьему "
     "бешенству"),  # a participial clause on the speaker
    ("Компания не доказала свою правоту в суде, говорится в письменном решении судьи Ивановой, в котором она в "
     "пятницу отказала компании в иске.", "Компания не доказала свою правоту в суде"),
    # whom a relative clause names is not the content of a verb of naming in it
    ("Выставка Тернера, которого критики считают художником скорее импрессионистического толка, откроется в мае.",
     "художником скорее импрессионистического толка"),
    ("Закон, который правозащитники называют репрессивным, вступит в силу в январе.", "репрессивным"),
    # whom a cue of asking addresses is not what was asked; a purpose after it is
    ("Министр призвал коллег оказать давление на соседей.", "оказать давление на соседей"),
    ("Губернатор поручил своему заместителю Игорю Петрову к маю подготовить документы.",
     "к маю подготовить документы"),
    ("Адвокат просил судью об отсрочке приговора.", "отсрочке приговора"),
    ("Госсекретарь призвал Израиль предоставить палестинцам свободу передвижения.",
     "предоставить палестинцам свободу передвижения"),  # whom they asked is not what
    ("Правозащитники призвали суд вернуть дело прокурору.", "вернуть дело прокурору"),  # nor the body they asked
    ("Участники митинга призвали руководство страны не идти на уступки.", "не идти на уступки"),
    ("Депутат предложил выслать дипломатов из страны, чтобы прекратить шпионаж.",
     "выслать дипломатов из страны, чтобы прекратить шпионаж"),  # the purpose of what was proposed
    ("Министр решил напомнить журналистам, что бюджет исполнен.", "бюджет исполнен"),
    # whom a proposal is made to, its adjective and the infinitive the parser hung on it aside
    ("Мэр Нижнего Тагила Сергей Носов, комментируя решение, выразил уверенность в том, что руководство предприятия "
     "не допустит увольнения работников, и предложил незанятым людям поработать на стройках, говорится в "
     "сообщении пресс-службы мэрии.", "поработать на стройках"),
    # a relative clause's content ends with it, whatever the parser hung on its last noun
    ("Жена активиста Ильдара Дадина, который ранее заявлял о пытках и избиениях в колонии N7, рассказала "
     "подробности драки своего супруга с сокамерником.", "пытках и избиениях в колонии N7"),
])
def test_where_a_content_begins_and_ends(sentence, content):
    quotes = statements(article("Новости", "Вчера был шторм.", sentence))
    assert one(quotes, content).content.text == content


def test_a_verb_of_naming_after_a_comma_is_no_postposed_attribution():
    quotes = statements(article("Новости", "Вчера был шторм.", "Выступление Кван было встречено ревом трибун, а многие "
                                "болельщики держали в руках плакаты, уже заранее объявлявшие ее золотой медалисткой."))
    assert not [q for q in quotes if "ревом трибун" in q.content.text]


@pytest.mark.parametrize("description, speaker", [
    ("говорит директор всего проекта исследования Уолтер Рид, профессор стэнфордского Института экологии",
     "Уолтер Рид"),
    ("рассказали два собеседника РБК, знакомые с ходом исследования", "два собеседника РБК"),  # an adjective's phrase
    ("говорил ранее человек, близкий к руководству проекта", "человек, близкий к руководству проекта"),
    ("пишет The Washington Post (полный текст - на сайте InoPressa.ru)", "The Washington Post"),  # a bracketed aside
])
def test_a_postposed_cue_s_speaker_with_a_description_after_it(description, speaker):
    quote = one(statements(article(
        "Новости", f"Условия жизни улучшились для большей части населения планеты, {description}.")), "Условия жизни")
    assert quote.content.text == "Условия жизни улучшились для большей части населения планеты"
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("sentence, content", [
    ("Отмена субсидий вернула бы угодья в естественное состояние - к лесам или лугам, что может улучшить "
     "экологию, считает экономист Прабху Пингали.", "Отмена субсидий"),  # `что` stands for what was said
    ("Отмена субсидий способствовала бы тому, что угодья вернутся к лесам, считает экономист Прабху Пингали.",
     "Отмена субсидий"),  # `тому, что` opens no statement
    # a `что` or a colon inside a quotation the clause holds: the speaker's own words, not where they begin
    ("Позиция Киева \"четкая - Украина считает, что угодья вернутся к лесам\", считает экономист Прабху "
     "Пингали.", "Позиция Киева"),
    ("Надо \"показать, что угодья вернутся к лесам\", считает экономист Прабху Пингали.", "Надо"),
    ("Он выложил карту под заголовком \"Решение: угодья вернутся к лесам\", считает экономист Прабху Пингали.",
     "Он выложил"),
])
def test_a_postposed_cue_s_content_runs_back_to_the_clause_that_holds_it(sentence, content):
    quote = one(statements(article("Новости", sentence)), "лесам")
    assert quote.content.text.startswith(content) and quote.cue.text == "считает"


@pytest.mark.parametrize("sentence, fragment, speaker", [
    ("В пресс-службе компании \"Газпром\" РИА Новости заявили, что поставки идут в штатном режиме.",
     "поставки идут", "пресс-служба компании \"Газпром\""),  # whom they told is not who spoke
    ("В ответ на запрос агентства в пресс-службе ведомства сообщили, что проверка продолжается.",
     "проверка продолжается", "пресс-служба ведомства"),  # why they spoke is not where
    ("Как следует из материалов дела, обвиняемый получил взятку.", "получил взятку", "материалы дела"),
    ("Завод остановил конвейер, говорится в корпоративной газете предприятия.", "остановил конвейер",
     "корпоративная газета предприятия"),  # a paper speaks for itself
    ("Продажи выросли, говорится в пресс-релизе компании.", "Продажи выросли", "компания"),
    ("Глава Минфина Антон Силуанов считает, что дефицит сократится, а его заместитель Алексей Моисеев "
     "полагает, что инфляция замедлится.", "инфляция замедлится", "Алексей Моисеев"),
    # a subjectless cue coordinated with a subjectless verb shares its place that speaks
    ("В министерстве не стали называть сроки, но пообещали, что дорогу откроют летом.", "дорогу откроют",
     "министерство"),
    ("Какие именно торговые центры аналитики отнесли к премиальным, в CBRE не уточнили, но сообщили, что речь "
     "идет об отдельных помещениях.", "речь идет", "CBRE"),
    # a pronoun subject, not a foreign name after it that the parser took for a second subject
    ("Директор News Media Ашот Габрелянов заверил, что материал не изменят. \"Мы непроверенную информацию не "
     "ставим\", - уверил он Business FM.", "непроверенную", "Ашот Габрелянов"),
    # a cue joined to the cue of a quotation is the same speaker's, not the quoted words' subject's
    ("\"Компания обосновывает это тем, что месторождения старые\", - сообщил Трутнев, однако тут же заметил, что "
     "другие компании с этой проблемой справляются.", "другие компании", "Трутнев"),
    # a noun after the speaker's that may be a genitive is its complement, not whom it was told
    ("Уполномоченный администрации Буша по вопросам системы ПРО генерал Генри Оберинг также обещает русским "
     "участие в проекте.", "русским участие", "Генри Оберинг"),
    # an outlet the parser took for whom they told is not who spoke where a place that speaks is named
    ("Как сообщили РИА \"Новости\" в Минфине, в торгах могут участвовать российские организации.", "в торгах",
     "Минфин"),
    # nor is a phrase of a compound preposition such a place
    ("Вместе с беженцами в страну пришли новые преступления, указывают финские СМИ на фоне \"нападений "
     "новогодней ночи\".", "пришли новые", "финские СМИ"),
    # a relative subject the parser gave the verb of what was said
    ("Эти данные расходятся с выводами экспертов Всемирного банка (ВБ), которые в марте 2009 года сообщили, что "
     "\"число бедных вырастет\".", "число бедных", "эксперты Всемирного банка"),
    # a gerund's doer is its verb's place that speaks, in the infinitive's phrase before that verb
    ("Предоставить фотографию бюста в фирме отказались, сославшись на то, что ее никто не должен увидеть до "
     "премьеры.", "никто не должен", "фирма"),
    # a place that speaks after the cue, which the parser hung on a noun before it
    ("Режим КТО введен на территории Хасавюртовского района Дагестана, сообщили \"Интерфаксу\" в силовых "
     "структурах.", "Режим КТО", "силовые структуры"),
    # the outlet told and its name, then the speaker, after a cue (`сообщил радиостанции "X" Y`)
    ("Как сообщил радиостанции \"Эхо Москвы\" Франкетти, беседа длилась не более 15 минут.", "беседа длилась",
     "Франкетти"),
    # a source, read as a thing, speaks with a verb that also means `shows` (`говорит о ...`)
    ("Соловьев может заменить Дерипаску, говорят два близких к компании источника.", "заменить Дерипаску",
     "два близких к компании источника"),
    ("Цены вырастут, говорит источник.", "Цены вырастут", "источник"),
    # a frame that names no one, opening what a postposed cue's speaker said, is part of it
    ("По предварительным данным, огонь велся из гранатомета, заявил \"Интерфаксу\" представитель следственной "
     "группы.", "огонь велся", "представитель следственной группы"),
    # whom they told, before the cue of a frame
    ("Как агентству пояснили в пресс-службе суда, Данилов не выйдет на свободу.", "Данилов не выйдет",
     "пресс-служба суда"),
    # a name in Latin letters the parser read as a circumstance of the verb after it
    ("Накануне The Time сообщила о том, что Россия и Украина секретно поставили оружие македонским войскам.",
     "секретно поставили оружие", "The Time"),
    # a phrase after the comma that runs on into its verb is the content's subject, no apposition of the speaker's
    ("Как сообщает сегодня британская радиокомпания BBC, министерство сельского хозяйства Израиля приняло решение о "
     "запрете на вылов рыбы.", "министерство сельского хозяйства Израиля приняло решение", "BBC"),
    # (but an apposition before its own verb, after a frame, is the speaker's)
    ("Как уточняют \"Ведомости\", в суде представитель истца, член Общественной палаты Илья Ремесло заявил, что его "
     "доверитель живет в глухой деревне.", "доверитель живет", "Илья Ремесло"),
    # a time or a channel between `как` and the cue; a subject the parser hung on the clause after
    ("Как в понедельник сообщил министр финансов Антон Силуанов, цены вырастут.", "цены вырастут", "Антон Силуанов"),
    ("Лига борется с показом фильма \"Жизнь Адель\", который, как в январе заявили эксперты этой организации, "
     "содержит порнографию.", "содержит порнографию", "эксперты этой организации"),
    # a frame of data opening what someone says after it is part of what they say; an outlet only relays it
    ("По данным Росстата, цены выросли на 5%, сообщил министр.", "цены выросли", "министр"),
    ("По данным местных СМИ, в городе прошли обыски, сообщает \"Интерфакс\".", "прошли обыски", "местные СМИ"),
    # a clause, then a cue right after its comma: that cue attributes the clause, it is no content
    ("Москва ответит, сообщил источник.", "Москва ответит", "источник"),
    # a relative or subordinate clause going on after `и`, whatever verb the parser hung the cue on
    ("Вчера в Москве был задержан один житель Твери, который уже признал свою вину и рассказал, что действовал в "
     "одиночку.", "действовал в одиночку", "житель Твери"),
    ("Сведения о задержании туриста МИД Японии распространил в пятницу, хотя турист впервые позвонил в посольство "
     "Японии в Каире и сообщил, что его задержали еще в среду.", "задержали еще в среду", "турист"),
    # a source the parser read as the cue's object
    ("Как сообщили газете \"Коммерсант\" французские дипломатические источники по итогам переговоров, Париж "
     "готов сыграть ведущую роль.", "Париж готов", "французские дипломатические источники по итогам переговоров"),
    # whom it was told, with the clause said that the parser hung on it
    ("Джалали пояснил местному новостному агентству ISNA, что смартфоны - это ненадежные устройства.",
     "ненадежные устройства", "Джалали"),
    # a thing's evidence inside someone's frame is the framer's statement
    ("Андрей Луговой дал интервью. По мнению Лугового, информация подтверждает, что заказчиков надо искать в "
     "Лондоне.", "заказчиков надо искать", "Андрей Луговой"),
    # a subjectless relative clause of saying about a letter: who sent the letter says it
    ("Министр направил письмо губернатору Ивану Петрову, в котором потребовал, чтобы тот ушел в отставку.",
     "ушел в отставку", "Министр"),
    ("Министр провел пресс-конференцию, на которой заявил, что бюджет принят.", "бюджет принят", "Министр"),
    # an outlet told, then the person who told it (`заявил РБК Тимур Кизяков`), whatever the parser made the subject
    ("Бен Ладен совершил самоубийство, заявил Gulf News Абдул Фаттах, некогда лидер радикальной организации.",
     "совершил самоубийство", "Абдул Фаттах"),
    ("\"На дорогах часто попадаются идиоты за рулем\", - цитирует Феттеля BBC.", "идиоты за рулем",
     "Феттель"),  # whom it quotes, the outlet parsed an apposition to him
    ("Председатель одной из оппозиционных партий - Христианско-демократической Народной партии - Юрий Рошка "
     "заявил, что оппозиции удалось объединиться.", "оппозиции удалось", "Юрий Рошка"),  # named past the dashes
    ("Школа сгорела. Об этом сообщил сегодня ИТАР-ТАСС оперативный дежурный регионального центра МЧС.",
     "Школа сгорела", "оперативный дежурный регионального центра МЧС"),  # someone, not a name, the other subject
    # a subject of a group noun shares a conjoined cue
    ("При этом оппозиция не верит итогам выборов и заявляет, что голоса подсчитаны неверно.", "голоса подсчитаны",
     "оппозиция"),
    # an active participle of saying: the noun it describes speaks
    ("Его заявления поставили под сомнение анонимные представители спецназа США, отметившие, что имелся приказ "
     "брать террориста живым.", "имелся приказ", "анонимные представители спецназа США"),
    # a clause opposed by `, однако` with a place that speaks of its own does not share the first one's subject
    # (the place, `в компании`, is the company just named)
    ("Некоторые пользователи предположили, что сбой связан с обновлением систем оператора T-Mobile, однако в "
     "компании опровергли эту версию.", "эту версию", "T-Mobile"),
    # a subject after the `, что` that opens what is said is that clause's, not the cue's
    ("В \"Хамас\" опасаются, что в случае, если ЕС удовлетворит просьбу правительства, финансовые средства "
     "организации, лежащие на счетах в банках, будут заморожены, сообщает Cursor.", "будут заморожены", "Хамас"),
])
def test_the_speaker_of_a_cue_among_the_other_words_of_its_clause(sentence, fragment, speaker):
    quotes = statements(article("Новости", sentence))
    assert one(quotes, fragment).speaker.name == speaker
    assert all(" а его заместитель" not in q.content.text for q in quotes)


def test_an_outlet_quoting_someone_whom_the_parser_took_for_its_addressee():
    quote = one(statements(article(
        "Новости", "Вчера прошел дождь.", "\"Ситуация под контролем\", — цитирует \"Интерфакс\" главу ведомства "
        "Ивана Петрова.")), "Ситуация под контролем")
    assert quote.speaker.name == "Иван Петров" and quote.type == "direct"


@pytest.mark.parametrize("description, speaker", [
    ("Дочь экс-президента Югославии, живущая в Черногории,", "Мария Милошевич"),
    ("Дочь Слободана Милошевича", "Мария Милошевич"),
    ("Сын экс-президента Югославии", None),  # a son, and no man of the family named before
])
def test_a_relative_of_someone_named_is_the_one_of_the_family_named_before(description, speaker):
    quotes = statements(article(
        "Новости", "Экс-президент Югославии Слободан Милошевич умер в Гааге. Как сообщают СМИ, Мария Милошевич "
                   "назвала похороны отца скандальными.",
        f"{description} заявил{'а' if description.startswith('Доч') else ''}, что прервала все контакты с семьей."))
    quote = one(quotes, "прервала все контакты")
    assert quote.speaker.name == (speaker or description.rstrip(","))


def test_a_text_with_its_preposition_the_parser_made_a_subject_is_where_the_words_are_said():
    quotes = statements(article("Новости", "Певица отменила концерты. В распространенном от ее имени заявлении "
                                           "говорится, что это решение принято, чтобы почтить память жертв."))
    quote = one(quotes, "решение принято")
    assert (quote.speaker.name, quote.cue.text) == ("заявление", "говорится")


@pytest.mark.parametrize("sentence, speaker", [
    ("Напомним, в преддверии президентских выборов руководство США неоднократно высказывало предположения о том, "
     "что сервера партии взломали хакеры, связанные с российскими властями.", "руководство США"),
    ("Однако спустя некоторое время детские больницы, которым якобы собирались средства, заявили, что так и не "
     "получили никакой помощи.", "детские больницы"),
])
def test_a_body_before_the_cue_the_parser_hung_elsewhere_is_its_subject(sentence, speaker):
    quote = statements(article("Новости", sentence))[0]
    assert quote.speaker.name == speaker


def test_what_seems_so_to_some_or_to_the_writer_is_no_one_s_statement():
    assert not statements(article("Новости", "Некоторым даже показалось, что хуторяне затеяли скандал."))


def test_a_noun_of_saying_in_a_clause_of_its_own_is_not_the_object_of_the_verb_before():
    quotes = statements(article("Новости", "Джонни Депп продюсирует картину, хотя в СМИ высказываются "
                                           "предположения, что он же сыграет в ней одну из ролей."))
    assert all(q.speaker.name != "Джонни Депп" for q in quotes)


@pytest.mark.parametrize("verb", ["высмеяла", "раскритиковала"])
def test_words_a_verb_of_no_saying_acts_on_are_not_the_speaker_s_of_its_gerund(verb):
    quote = one(statements(article("Новости", f"Мария Захарова {verb} заявление британского премьера, назвав его "
                                              "\"бредом\".")), "бредом")
    assert (quote.speaker.name, quote.cue.text) == ("Мария Захарова", "назвав")


def test_as_someone_put_it():
    quote = one(statements(article("Новости", "Как выразился Песков, это \"не более чем спекуляции\".")),
                "спекуляции")
    assert (quote.speaker.name, quote.cue.text, quote.type) == ("Песков", "выразился", "mixed")


@pytest.mark.parametrize("title, speaker", [
    ("\"Это провокация\": в МИД прокомментировали заявление Лондона", "МИД"),  # not whose words were commented
    ("\"Это провокация\": Захарова прокомментировала заявление Лондона", "Мария Захарова"),
])
def test_a_headline_quotation_then_the_clause_of_its_speaker(title, speaker):
    quotes = statements(article(title, "Официальный представитель МИД Мария Захарова назвала заявление "
                                       "британского министра провокацией."))
    assert one(quotes, "Это провокация").speaker.name == speaker


@pytest.mark.parametrize("sentence, fragment, speaker, cue", [
    ("Министр, по данным источника, заявил, что уйдет в отставку.", "уйдет в отставку", "Министр", "заявил"),
    ("Как говорится в сообщении ведомства, комиссией установлено, что причиной аварии стал отказ двигателя.",
     "причиной аварии", "ведомство", "говорится"),  # a passive reports no one's act: the frame speaks
])
def test_a_frame_around_a_statement_its_speaker_makes_with_a_verb_of_their_own(sentence, fragment, speaker, cue):
    quotes = statements(article("Новости", sentence))
    quote = one(quotes, fragment)
    assert (quote.speaker.name, quote.cue.text.split()[0]) == (speaker, cue) and len(quotes) == 1


@pytest.mark.parametrize("sentence, fragment, speaker", [
    ("Судно освободилось от тяжелых льдов, сообщает в среду Австралийское управление морской безопасности.",
     "Судно освободилось от тяжелых льдов", "Австралийское управление морской безопасности"),  # hung before
    ("Судно взяло курс на порт Блав (Новая Зеландия), сообщили \"Интерфаксу\" в среду в Дальневосточном НИИ "
     "гидрометеорологии.", "Судно взяло курс на порт Блав (Новая Зеландия)", "Дальневосточный НИИ гидрометеорологии"),
])
def test_a_postposed_cue_s_speaker_the_parser_hung_on_the_clause_before(sentence, fragment, speaker):
    quote = one(statements(article("Новости", "Вчера был шторм.", sentence)), "Судно")
    assert quote.content.text == fragment and quote.speaker.name == speaker


@pytest.mark.parametrize("sentence, content", [
    ("Священник назвал пандемию мифом и призвал к неподчинению властям.", "к неподчинению властям"),
    ("Появилась запись проповеди, где он назвал пандемию мифом и призвал к неподчинению церковному руководству "
     "и властям.", "к неподчинению церковному руководству и властям"),
])
def test_a_dative_after_a_preposition_is_what_was_urged_not_whom(sentence, content):
    quotes = statements(article("Новости", "Вчера был шторм.", sentence))
    assert one(quotes, "неподчинению").content.text == content


@pytest.mark.parametrize("paragraph, fragment, speaker, cue", [
    ("Кроме того, подсудимый выполнял организационную роль, выступал в качестве исполнителя, передает "
     "\"Интерфакс\".", "организационную роль", "Интерфакс", "передает"),  # `выступал в качестве`: no cue
    ("Таким образом суд удовлетворил ходатайство Генпрокуратуры, которая просила продлить срок ареста.",
     "продлить срок ареста", "Генпрокуратура", "просила"),  # `которая`: the noun it agrees with
    ("Компания отреагировала на жалобы владельцев смартфонов, которые сообщали, что устройства рассылают снимки.",
     "устройства рассылают", "владельцы смартфонов", "сообщали"),  # of two that agree, the one who can speak
    ("Стороны обсудили, будет ли выполнена резолюция ООН, которая призывает к разоружению.", "разоружению",
     "резолюция ООН", "призывает"),  # but a document speaks for itself
    ("Травма может поставить крест на карьере теннисистки. Такого мнения придерживается врач Бруно Виллемс.",
     "Травма может", "Бруно Виллемс", "придерживается"),
])
def test_the_clause_a_cue_belongs_to(paragraph, fragment, speaker, cue):
    quotes = statements(article("Новости", "Вчера был шторм.", paragraph))
    quote = one(quotes, fragment)
    assert (quote.speaker.name, quote.cue.text) == (speaker, cue)
    assert not any(q.cue.text == "выступал" for q in quotes)


def test_a_quotation_introduced_by_a_colon_and_attributed_after_is_one_statement():
    quotes = statements(article(
        "Новости", "В Москве в светофоры встроят специальные чипы.",
        "Об очередном нововведении рассказал глава департамента транспорта Максим Ликсутов: \"Совместно с ГИБДД "
        "мы сейчас хотим ввести автоматическую фиксацию выезда за линию светофора. В светофор встраивается "
        "специальное устройство, которое будет это фиксировать\", - цитирует Ликсутова Autonews."))
    assert [q.type for q in quotes if "ГИБДД" in q.content.text] == ["direct"]
    assert one(quotes, "ГИБДД").content.text.endswith("будет это фиксировать")


@pytest.mark.parametrize("sentence, speaker", [
    ("Американский боксер Деонтей Уайлдер защитил титул чемпиона мира по версии WBC в супертяжелом весе.", None),
    ("По данным на 4 октября, на карантине из-за ОРВИ находятся 3% школ страны.", None),  # a date is no source
    ("Губернатор, по версии следствия, организовал покушение на предпринимателя.", "следствие"),
    ("Фильм стал лучшим по версии журнала Forbes.", None),  # a ranking
    ("По данным ФСБ, группа вывела за рубеж около 4 млрд рублей.", "ФСБ"),
])
def test_a_frame_phrase_is_a_source_only_when_set_off_and_someone_s(sentence, speaker):
    quotes = statements(article("Новости", "Вчера был шторм.", sentence))
    assert [q.speaker.name for q in quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize("apposition, content", [
    ("преподаватель Берлинского университета и консультант по городскому строительству",
     "\"концепция центральной городской оси гораздо старше, чем нацизм\""),
    ("преподаватель Берлинского университета", "концепция центральной городской оси гораздо старше, чем нацизм"),
])
def test_a_frame_s_speaker_with_roles_in_apposition_then_the_content(apposition, content):
    quote = one(statements(article("Новости", "Вчера был шторм.", f"Как заметил Аксель Буш, {apposition}, {content}.")),
                "оси")
    assert quote.content.text.startswith("концепция") and quote.speaker.mention.text.endswith(apposition)


def test_a_bare_outlet_noun_is_the_outlet_named_before_even_as_whom_someone_told():
    quote = one(statements(article(
        "Новости", "О планах реформы источники рассказали The Washington Post. По данным издания, раньше управление "
        "занималось в основном Ираком.")), "Ираком")
    assert quote.speaker.name == "The Washington Post"


@pytest.mark.parametrize("paragraph, fragment, speaker", [
    ("Депутат Владимир Петров направил обращения к представителям династии, сообщает Русская служба BBC. По его "
     "мнению, возвращение потомков императора станет символом возрождения.", "символом возрождения",
     "Владимир Петров"),  # a view is a person's, not the relaying paper's
    ("Агентство Reuters сообщило, что сделка сорвалась. По его данным, стороны не договорились о цене.",
     "не договорились", "Reuters"),  # `его` of a neuter noun
])
def test_whose_possessive_frame(paragraph, fragment, speaker):
    assert one(statements(article("Новости", "Вчера был шторм.", paragraph)), fragment).speaker.name == speaker


@pytest.mark.parametrize("paragraph, fragment, speaker", [
    ("Марио Скарамелла заявил, что его отравили. \"Это было неестественное отравление\", - заявил его помощник.",
     "неестественное", "помощник Марио Скарамеллы"),  # someone of his, not him
    ("Кандидат в мэры Михаил Осколков заявил, что останется в гонке. В его избирательном штабе сообщили, что "
     "намерены продолжать кампанию.", "продолжать кампанию", "избирательный штаб Михаила Осколкова"),
    ("Анна Иванова не признала вину. Ее адвокат заявил, что подаст апелляцию.", "апелляцию",
     "адвокат Анны Ивановой"),
    ("Сергей Лавров провел переговоры. Его заместитель Сергей Рябков заявил, что встреча прошла конструктивно.",
     "конструктивно", "Сергей Рябков"),  # named: the name
])
def test_a_possessive_description_is_someone_of_the_owner(paragraph, fragment, speaker):
    assert one(statements(article("Новости", "Вчера был шторм.", paragraph)), fragment).speaker.name == speaker


def test_a_role_noun_that_heads_a_compound_title():
    quotes = statements(article(
        "Новости", "Министр финансов Италии Джанкарло Джорджетти и премьер-министр Италии Марио Драги провели "
        "совещание. Журналисты обсуждали его итоги.", "Кроме того, премьер призвал членов кабинета выработать меры."))
    assert one(quotes, "выработать меры").speaker.name == "Марио Драги"  # `премьер` of `премьер-министр`


@pytest.mark.parametrize("sentence, speakers", [
    ("После свержения президента его сторонники были отданы под суд, заключены в тюрьму или погибли, отмечает "
     "портал.", ["портал"]),  # `заключены в тюрьму`: a prison holds no words
    ("Как указано в докладе, рост продолжится.", ["доклад"]),
])
def test_a_participle_cue_s_place_holds_words_or_is_no_source(sentence, speakers):
    assert [q.speaker.name for q in statements(article("Новости", "Вчера был шторм.", sentence))] == speakers


@pytest.mark.parametrize("sentence, fragment, speaker", [
    ("Как сообщило сегодня Центральное командование вооруженных сил США, в воскресенье бомбардировке были "
     "подвергнуты объект ПВО и четыре пункта связи.", "объект ПВО", "Центральное командование"),
    ("Все такие процессоры оснащены новым графическим движком, пишет 3DNews.", "процессоры", "3DNews"),
])
def test_a_frame_s_subject_after_its_verb(sentence, fragment, speaker):
    quote = one(statements(article("Новости", "Вчера был шторм.", sentence)), fragment)
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("sentence, speakers", [
    ("Данный факт свидетельствует в пользу версии, что певица захлебнулась.", []),  # a fact says nothing
    ("Обстоятельства смерти указывают на то, что певица захлебнулась.", []),
    ("Руководитель поисков Иван Петров сказал, что работы продолжаются. В четверг стало известно о том, что уровень "
     "воды в тоннеле понизился на 30 см. Это говорит о том, что его можно будет осушить полностью.",
     ["Иван Петров"]),  # `это`: the fact just told
    ("Данные Росстата свидетельствуют о том, что инфляция замедлилась.", ["Росстат"]),
    # whom a relative clause is about is not who speaks in it
    ("Американка Сара Хьюз, которую наряду с Кван называли главной претенденткой на медали, заняла лишь 14 место.",
     []),
    ("Бывший глава компании Михаил Петров продолжил давать показания в Хамовническом суде Москвы по второму "
     "уголовному делу, в рамках которого его и бывшего главу банка Платона Лебедева обвиняют в хищении нефти.", []),
    ("Министр, в ведении которого находится полиция, заявил, что реформа продолжится.", ["Министр"]),
    ("Европейские страны, в числе которых Великобритания, Германия и Франция, заявили, что признают Гуайдо "
     "временным президентом.", ["Европейские страны"]),
    ("Эксперты указывают, что инфляция замедлилась.", ["Эксперты"]),
    # what a thing needs, brings or awaits is no demand, promise or expectation of anyone's
    ("Замена подушек безопасности потребует некоторого времени.", []),
    ("Синоптики предупредили о похолодании. Морозы обещают вернуться к выходным.", ["Синоптики"]),
    ("Новый вирус птичьего гриппа угрожает эпидемией в Африке.", []),
    ("Облизбирком требует привлечения к ответственности виновных в подделке документов.", ["Облизбирком"]),
    ("Розничные сети пообещали снизить цены в своих магазинах.", ["Розничные сети"]),
])
def test_a_verb_of_evidence_is_a_statement_only_of_someone_or_a_source(sentence, speakers):
    assert [q.speaker.name for q in statements(article("Новости", "Вчера был шторм.", sentence))] == speakers


@pytest.mark.parametrize("text", [
    "10 выживших россиян сообщили о себе посольству России в Таиланде.",  # whom it was about, nothing said of them
    "Стражи порядка вынудили Бородина открыть дверь, после чего обвинили его.",
    # where it was is no body that speaks
    "Студентов пригласили на съемку. На месте учащихся попросили зачитать со слайда текст: \"Президент у нас "
    "один, вирус с ним мы победим\".",
])
def test_an_act_on_someone_named_only_by_a_pronoun_or_done_on_site_says_nothing(text):
    assert statements(article("Новости", text)) == []


def test_what_someone_would_say_or_think_is_not_what_they_said():
    text = "Ложа прибегла к тому, что в прежние времена масоны сочли бы ересью: она ищет новых членов."
    assert statements(article("Новости", text)) == []
    asked = ("В начале октября в Венгрии пройдет референдум. Граждане страны должны решить, согласны ли они с "
             "предложением Еврокомиссии распределить беженцев.")  # whether they think so: nothing said
    assert statements(article("Новости", asked)) == []


def test_advice_given():
    quote = one(statements(article("Новости", "Президент Иван Петров выступил на конференции.",
                                   "\"Реформа - это ключ к тому, как справиться с инфляцией\", - дал он совет "
                                   "кабинету министров.")), "Реформа")
    assert (quote.speaker.name, quote.type) == ("Иван Петров", "direct")


def test_a_postposed_cue_s_subject_after_it_when_the_parser_gave_it_two():
    quote = one(statements(article("Новости", "Вчера был шторм.", "Один из вариантов - premier.gov.ru, пишет "
                                   "\"Российская газета\".")), "Один из вариантов")
    assert quote.speaker.name == "Российская газета"


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (["\"Почему возник такой интерес, лучше спросить тех, кто его инициировал\", - заявил изданию Кизяков."],
     "Почему возник", "Кизяков"),  # whom he told comes first
    (["Ведущий программы Тимур Кизяков, отмечающий сегодня свой юбилей, заявил РБК, что впервые слышит о "
      "проверке."], "впервые слышит", "Тимур Кизяков"),  # an outlet after the cue is whom he told
    (["По заверению разработчиков, игра предлагает философский взгляд на мир."], "игра предлагает", "разработчики"),
    (["По предположению следователей, пожар начался из-за короткого замыкания."], "пожар начался", "следователи"),
])
def test_who_told_whom(paragraphs, fragment, speaker):
    quotes = statements(article("Новости", "Проверка началась в среду.", *paragraphs))
    assert one(quotes, fragment).speaker.name == speaker


def test_about_this_after_an_attributed_sentence_is_no_second_statement():
    quotes = statements(article(
        "Новости",
        "Решение мэрии неразумно, считает глава пресс-службы компании Игорь Каневский. Об этом сообщает ТАСС."))
    assert one(quotes, "Решение мэрии").speaker.name == "Игорь Каневский"


def test_the_same_sources_again():
    quotes = statements(article(
        "Новости",
        "По сведениям источников в правительстве, отставка министра решена. "
        "Те же источники сообщают, что новый министр будет назначен в понедельник."))
    assert one(quotes, "новый министр").speaker.name == one(quotes, "отставка министра").speaker.name


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (("Немецкий телеканал ZDF показал запись переговоров.", "По данным телеканала, стороны близки к соглашению."),
     "стороны близки", "ZDF"),
    (("Сотрудники строительной компании «Волгострой» вернулись из Сирии.",
      "В «Волгострое» сообщили, что работы приостановлены.", "Вылет обеспечила компания «Северные авиалинии».",
      "В компании отметили, что часть сотрудников останется в Сирии."),
     "часть сотрудников останется", "Волгострой"),
])
def test_a_bare_organisation_noun_is_the_organisation_named_with_it(paragraphs, fragment, speaker):
    """Who spoke and was named with the noun comes first (`компании «Волгострой»`, then `В «Волгострое»
    сообщили`), not the organisation whose name only contains it (`авиалинии`) or was named later."""
    assert one(statements(article("Новости", *paragraphs)), fragment).speaker.name == speaker


def test_a_pronoun_no_one_named_stands_for_keeps_its_statement():
    """Dropping it would lose a statement the article makes; its speaker is left unnamed."""
    quotes = statements(article(
        "Новости", "Завод начал сборку новых моделей, сообщает «Финмаркет».",
        "«Мощность составляет 20 машин в сутки», — сказал он, не уточнив подробностей."))
    speaker = one(quotes, "Мощность составляет").speaker
    assert (speaker.name, speaker.kind, speaker.entity) == ("он", "unnamed", None)


def test_a_possessive_no_one_named_stands_for_keeps_its_statement():
    quote = one(statements(article("Новости", "По его словам, переговоры идут «непросто».")), "переговоры идут")
    assert (quote.speaker.name, quote.speaker.kind) == ("он", "unnamed")


def test_a_pronoun_is_the_person_described_before_when_no_one_is_named():
    quotes = statements(article(
        "Новости", "Уголовное дело против гаишника пока не возбудили. Он утверждает, что взяток не брал."))
    assert one(quotes, "взяток не брал").speaker.name == "гаишник"


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("Президент Франции Николя Саркози пытался объяснить, что конкуренция должна быть честной.",
     "конкуренция должна быть честной", "объяснить", "Николя Саркози"),
    ("Министр финансов Антон Силуанов поспешил заявить, что налоги не вырастут.",
     "налоги не вырастут", "заявить", "Антон Силуанов"),
    ("Верховный суд Индии постановил в декабре, что статья 377 не противоречит Конституции.",
     "статья 377 не противоречит Конституции", "постановил", "Верховный суд Индии"),
    ("Адвокат Павел Иванов разъяснил, что приговор может быть обжалован.",
     "приговор может быть обжалован", "разъяснил", "Павел Иванов"),
    ("Министр финансов Антон Силуанов начал утверждать, что налоги не вырастут.",
     "налоги не вырастут", "утверждать", "Антон Силуанов"),  # beginning to say
    ("Толпа у здания парламента начала скандировать «Долой коррупцию и воров!».",
     "Долой коррупцию и воров!", "скандировать", "Толпа у здания парламента"),
])
def test_cues_of_trying_to_say_ruling_and_explaining(text, content, cue, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, quote.cue.text, quote.speaker.name) == (content, cue, speaker)


def test_wishing_to_say_is_not_saying():
    assert statements(article("Новости", "Министр Антон Силуанов хочет сказать, что налоги не вырастут.")) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Глава МИД Сергей Лавров назвал заявления Вашингтона «абсолютно неприемлемыми».",
     "«абсолютно неприемлемыми»", "Сергей Лавров"),  # whose words are assessed is not who assesses them
    ("«Ставка останется прежней», — говорится в релизе Банка России.", "Ставка останется прежней", "Банк России"),
    ("«Ставка останется прежней», — пишет литовская газета Lietuvos zinios.", "Ставка останется прежней",
     "Lietuvos zinios"),
    ("«Ставка останется прежней», — сообщило агентство SANA.", "Ставка останется прежней", "SANA"),
    ("«Мы продолжим работу, — рассказал Ковалев «Газете.Ru». — Наблюдения идут».", "Мы продолжим работу",
     "Ковалев"),
])
def test_the_speaker_s_name_as_written(text, content, speaker):
    """A kind word is dropped before a foreign or quoted name, kept in a Russian one (`Банк России`); a
    full stop inside a name (`Газете.Ru`) does not end the attribution inside a quotation."""
    assert one(statements(article("Новости", text)), content).speaker.name == speaker


def test_a_cue_coordinated_after_a_reported_clause_is_a_statement_of_its_own():
    """`призвал` agrees with `заявил`, not with the plural `получат` the parser hung it on."""
    quotes = statements(article(
        "Новости", "Губернатор Андрей Воробьев заявил, что все жители получат компенсации, "
                   "и призвал сохранять спокойствие."))
    assert one(quotes, "получат компенсации").content.text == "все жители получат компенсации"
    assert one(quotes, "сохранять спокойствие").speaker.name == "Андрей Воробьев"


def test_a_cue_coordinated_after_a_reported_clause_in_another_tense_goes_on_from_the_verb_of_saying():
    """`посоветовал` agrees with `атакует`, which the parser hung it on, in all but tense; `заявил` in that too."""
    quotes = statements(article(
        "Новости", "Директор клуба Роман Бабаев заявил журналистам, что Веллитон - игрок, который не первый раз "
                   "атакует исподтишка, и посоветовал ему осторожнее ходить по улицам."))
    assert one(quotes, "осторожнее ходить").speaker.name == "Роман Бабаев"


@pytest.mark.parametrize("text, speaker", [
    ("По информации источника, знакомого с ситуацией, решение будет принято в пятницу.",
     "источник, знакомый с ситуацией"),
    ("Как рассказал представитель компании, пожелавший остаться неизвестным, сделка состоится.",
     "представитель компании, пожелавший остаться неизвестным"),
    ("Нападающий Веллитон, дисквалифицированный на шесть матчей, заявил, что не виноват.", "Веллитон"),
])
def test_an_unnamed_speaker_keeps_the_clause_that_says_who_it_is(text, speaker):
    """A named one does not need it: `Веллитон, дисквалифицированный ...` is Веллитон."""
    assert statements(article("Новости", text))[0].speaker.name == speaker


@pytest.mark.parametrize("noun", ["регулятора", "холдинга", "госкорпорации", "мэрии", "профсоюза"])
def test_an_institution_is_an_organization_speaker(noun):
    quote = statements(article("Новости", f"«Риски остаются высокими», — говорится в сообщении {noun}."))[0]
    assert quote.speaker.kind == "organization"


@pytest.mark.parametrize("text, content, speaker", [
    ("«Решение принято», — добавляется в сообщении министерства.", "Решение принято", "министерство"),
    ("Минфин опубликовал письмо, где говорится, что налоги не вырастут.", "налоги не вырастут", "письмо"),
    ("Минфин опубликовал письмо, в котором говорится, что налоги не вырастут.", "налоги не вырастут", "письмо"),
    ("Губернатор Петр Смирнов направил участникам схода письмо, в котором, в частности, говорится: "
     "\"Власти права, когда признают свои ошибки\".", "Власти права, когда признают свои ошибки", "письмо"),
    ("В заявлении МИД говорится о готовности России к диалогу.", "готовности России к диалогу", "МИД"),
    ("В распоряжении мэрии говорится и о закрытии рынков на неделю.", "закрытии рынков на неделю", "мэрия"),
    ("В иске указано, что действиями ответчика истцу причинен вред.", "действиями ответчика истцу причинен вред",
     "иск"),
    ("Согласно иску фонда, банк открыл десять подставных счетов.", "банк открыл десять подставных счетов", "фонд"),
    ("В пятницу, отмечает агентство, в Москве прошли задержания.", "в Москве прошли задержания", "агентство"),
    ("На реализацию проектов, по данным Минфина, потребуется еще 200 миллиардов рублей.",
     "На реализацию проектов, по данным Минфина, потребуется еще 200 миллиардов рублей", "Минфин"),
    # who made the document, in the instrumental inside its phrase, whatever the parser hung the preposition on
    ("Как говорится в распространенном пресс-службой главы альянса сообщении, заседание пройдет на уровне послов.",
     "заседание пройдет на уровне послов", "пресс-служба главы альянса"),
])
def test_impersonal_cues_relative_sources_and_lead_ins(text, content, speaker):
    """A document a relative clause is about is the source (`письмо, где говорится`); a time before a
    frame in mid-sentence is not what was said, other words there are."""
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("Во внешнеполитическом ведомстве Украины заявили, что не получали никакого извещения.",
     "не получали никакого извещения", "внешнеполитическое ведомство Украины"),
    ("Во ФСИН отметили, что осужденному была оказана медицинская помощь.", "была оказана медицинская помощь",
     "ФСИН"),
])
def test_a_body_as_the_place_of_those_who_spoke_under_any_form_of_its_preposition(text, content, speaker):
    """`во` is `в` before some words: `Во ФСИН отметили` speaks as `В МВД отметили` does."""
    quote = one(statements(article("Новости", text)), content)
    assert (quote.speaker.name, quote.speaker.mention is not None) == (speaker, True)


@pytest.mark.parametrize("text, content, speaker", [
    ("Скандал разгорелся после того, как семья бывшего министра Петра Смирнова заявила, что его отравили, отмечает "
     "The Times.", "его отравили", "семья бывшего министра Петра Смирнова"),
    ("Ранее другая отраслевая организация - Ассоциация туроператоров России - сообщала, что по итогам полугодия "
     "россияне совершили 13,2 млн поездок.", "россияне совершили", "Ассоциация туроператоров России"),
    # not a word of a clause before the subject (`поднявший мятеж`), nor the subject of a verb coordinated with
    # the speaker's (`подчеркнул, что Россия против ... и считает`)
    ("Как сообщает ТАСС, живущий в Париже бывший командующий армией генерал Мишель Аун, поднявший в 1989 году "
     "мятеж против Сирии, заявил, что вскоре возвратится в Ливан.", "возвратится в Ливан", "Мишель Аун"),
    ("Представитель ведомства Михаил Камынин подчеркнул, что Россия против политизации темы голодомора и считает, "
     "что этот вопрос должен рассматриваться историками.", "должен рассматриваться", "Михаил Камынин"),
    # a relative pronoun, with a date the parser hung elsewhere between it and its verb
    ("Многие вкладчики поверили Центробанку Кипра, который всего за месяц до стрижки вкладов, 11 февраля утверждал, "
     "что любые действия противоречат конституции.", "противоречат конституции", "Центробанк Кипра"),
])
def test_the_speaker_the_parser_made_the_subject_of_what_was_said(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert quote.speaker.name == speaker


def test_a_relative_pronoun_after_a_genitive_is_of_the_one_who_can_speak():
    """`Центробанку Кипра, который`: both agree with `который`; the bank speaks, its country only says which."""
    quote = one(statements(article("Новости", "Клиенты доверились Центробанку Кипра, который за месяц до стрижки "
                                   "вкладов утверждал, что вклады защищены.")), "вклады защищены")
    assert quote.speaker.name == "Центробанк Кипра"


def test_the_speaker_after_a_pronoun_told_is_named_after_it():
    """`- бросил ей спасательный круг Смирнов`: the dative pronoun is whom it was told; the name after it speaks."""
    quotes = statements(article("Новости", "Журналист Иван Смирнов спросил депутата, поддержит ли она закон. "
                                "\"Я еще не решила\", - сказала она.",
                                "\"Это как выбирать между мамой и папой?\" - бросил ей спасательный круг Смирнов."))
    speaker = one(quotes, "между мамой и папой").speaker
    assert (speaker.name, speaker.mention and speaker.mention.text) == ("Иван Смирнов", "Смирнов")


@pytest.mark.parametrize("text, content", [
    ("Губернатор сказал о своем вероятном преемнике: Иван Петров \"прошел хорошую школу, работал в Москве\".",
     "Иван Петров \"прошел хорошую школу, работал в Москве\""),
    ("Мать мальчика рассказала журналистам о сыне: он с детства мечтал стать летчиком.",
     "он с детства мечтал стать летчиком"),
    # a thing it was about is what was said, the colon listing what it was
    ("Заключенные рассказали об ужасных условиях содержания: холод, сырость, туберкулез.",
     "ужасных условиях содержания: холод, сырость, туберкулез"),
])
def test_what_is_said_of_someone_follows_the_colon_after_them(text, content):
    assert statements(article("Новости", text))[0].content.text == content


@pytest.mark.parametrize("text, content", [
    ("Судья Наталья Максимовских постановила обязать Навального и ФБК опровергнуть сведения о том, что подаренный "
     "фонду особняк является взяткой.",
     "обязать Навального и ФБК опровергнуть сведения о том, что подаренный фонду особняк является взяткой"),
    ("Полиция призвала общественность не верить слухам о том, что погромы могут возобновиться.",
     "общественность не верить слухам о том, что погромы могут возобновиться"),
])
def test_a_clause_inside_the_act_bidden_is_part_of_it(text, content):
    """What an infinitive that is no saying takes (`опровергнуть сведения о том, что C`) is the act bidden, not
    what the speaker says."""
    assert statements(article("Новости", text))[0].content.text == content


def test_a_comparative_says_what_a_thing_is_held_to_be():
    quote = statements(article("Новости", "Глава комитета Александр Кибовский также считает новый проект "
                               "реконструкции магазина интереснее предыдущих."))[0]
    assert (quote.speaker.name, quote.content.text) == (
        "Александр Кибовский", "новый проект реконструкции магазина интереснее предыдущих")


@pytest.mark.parametrize("text, content, speaker", [
    ("Сработало другое взрывное устройство - сказал собеседник агентства.", "Сработало другое взрывное устройство",
     "собеседник агентства"),
    ("Один из погибших - сотрудник уголовного розыска города Кременки, находившийся в командировке, сказали "
     "агентству в полиции.", "сотрудник уголовного розыска", "полиция"),
])
def test_a_cue_after_a_dash_or_a_clause_with_a_dash_of_its_own(text, content, speaker):
    """A dash alone before a cue and its speaker (`C - сказал X`); a subject whose predicate follows a dash
    (`Один из них - сотрудник ...`) is not the cue's."""
    quote = one(statements(article("Новости", text)), content)
    assert quote.speaker.name == speaker


def test_what_a_thing_is_called_after_a_dash_is_no_statement():
    assert statements(article("Новости", "Он прибыл на Мартинику на большой оранжевой бочке - так называют его "
                               "судно в СМИ.")) == []


def test_details_a_colon_spells_out_are_what_was_said():
    quote = statements(article("Новости", "Служба скорой помощи сообщила подробности о пострадавших: осколочные "
                               "ранения получила женщина примерно 60 лет."))[0]
    assert (quote.speaker.name, quote.content.text) == (
        "Служба скорой помощи", "осколочные ранения получила женщина примерно 60 лет")


@pytest.mark.parametrize("text, content, speaker", [
    # a verb the parser hung on the verb of its own clause, coordinated with the one before
    ("По данным Reuters, часть бывших сотрудников Apple разочаровались темпами разработки беспилотного автомобиля "
     "внутри огромной корпорации и сомневались, что этот процесс ускорит бывший президент европейского "
     "подразделения Ford Джон Смит.", "этот процесс ускорит", "часть бывших сотрудников Apple"),
])
def test_a_share_of_people_says_what_the_verb_coordinated_with_theirs_says(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "Как сообщает Reuters, со ссылкой на израильскую радиостанцию, взрыв прогремел недалеко от автобусной станции.",
    # with who the source is (an adjective's phrase the parser hung on the clause after it)
    "Как сообщает Reuters со ссылкой на источник, знакомый с ситуацией, взрыв прогремел недалеко от автобусной "
    "станции.",
])
def test_where_a_relay_got_it_is_no_part_of_what_was_said(text):
    quote = statements(article("Новости", text))[0]
    assert (quote.speaker.name, quote.content.text) == ("Reuters", "взрыв прогремел недалеко от автобусной станции")


def test_an_order_given_in_a_paragraph_a_postposed_cue_closes_is_part_of_what_it_told():
    quotes = statements(article("Новости", "Президент Мун Чжэ Ин отдал распоряжение провести проверку исправности "
                                           "вертолетов. До ее окончания предписано воздержаться от их эксплуатации, "
                                           "сообщила журналистам официальный представитель главы государства."))
    assert [(q.speaker.name, q.content.text[:30]) for q in quotes] == [
        ("официальный представитель главы государства", "Президент Мун Чжэ Ин отдал рас")]


def test_an_order_told_before_is_what_the_outlet_that_wrote_of_it_says():
    quote = one(statements(article("Новости", "Президент Франции отдал приказ армии начать учения на границе, передает "
                                              "РИА \"Новости\". Об этом пишет в понедельник The Times.")), "учения")
    assert (quote.speaker.name, quote.content.text) == (
        "The Times", "Президент Франции отдал приказ армии начать учения на границе")


@pytest.mark.parametrize("text, outlet, content", [
    ("Как пишет газета The Wall Street Journal, единственным препятствием на пути к завершению слияния является "
     "поданный Минюстом США иск, требующий заблокировать сделку.", "The Wall Street Journal",
     "единственным препятствием на пути к завершению слияния является поданный Минюстом США иск, требующий "
     "заблокировать сделку"),
    ("Газета The Times написала, что российский премьер-министр Владимир Путин отдал приказ стрелять по гражданам "
     "Грузии.", "The Times", "российский премьер-министр Владимир Путин отдал приказ стрелять по гражданам Грузии"),
])
def test_a_participle_s_statement_or_an_order_inside_what_an_outlet_writes_leaves_it_the_outlet_s(
        text, outlet, content):
    quote = one(statements(article("Новости", text)), content[:20])
    assert (quote.speaker.name, quote.content.text) == (outlet, content)


def test_there_after_a_quotation_is_the_body_named_before():
    quote = statements(article("Новости", "В Кремле прокомментировали сообщения СМИ. «Это не соответствует "
                               "действительности», — заявили там."))[0]
    assert (quote.speaker.name, quote.speaker.mention and quote.speaker.mention.text) == ("Кремль", "там")


def test_what_this_follows_from_is_its_source():
    quote = statements(article("Новости", "Пожар на складе в Подольске потушен, пострадавших нет. Это следует из "
                               "сообщения пресс-службы МЧС."))[0]
    assert (quote.content.text, quote.cue.text, quote.speaker.name) == (
        "Пожар на складе в Подольске потушен, пострадавших нет", "следует", "пресс-служба МЧС")


def test_an_outlets_name_in_quotation_marks_is_an_outlet():
    quote = statements(article("Новости", "Как стало известно \"Коммерсанту\", правительство готовит новый пакет "
                               "мер поддержки."))[0]
    assert (quote.speaker.name, quote.speaker.kind) == ("Коммерсант", "outlet")


def test_a_name_in_quotation_marks_is_part_of_the_phrase_before_a_colon():
    quote = statements(article("Новости", "Министр дал комментарий газете \"Коммерсант\": реформа будет "
                               "продолжена."))[0]
    assert (quote.speaker.name, quote.content.text) == ("Министр", "реформа будет продолжена")


def test_this_was_said_by_the_one_named_after():
    quotes = statements(article(
        "Новости", "«Экономика восстановится к концу года». Это заявил министр Максим Решетников."))
    assert one(quotes, "Экономика восстановится").speaker.name == "Максим Решетников"


@pytest.mark.parametrize("text, content", [
    ("Лидер партии Иван Петров выступил за «жесткие меры против коррупции».", "за «жесткие меры против коррупции»"),
    ("Депутат Иван Петров высказался против поправок.", "против поправок"),
    ("Пресс-секретарь Дмитрий Песков отметил «конструктивный характер» переговоров.",
     "«конструктивный характер» переговоров"),
    # what one threatens with, in the instrumental, whatever the parser called it, and not whom
    ("Жак Рогге угрожает ФИФА исключением футбола из олимпийской программы", "исключением футбола из олимпийской "
     "программы"),
])
def test_taking_sides_and_a_quoted_object(text, content):
    assert one(statements(article("Новости", text)), content).content.text == content


def test_a_weapon_one_threatens_with_is_a_gesture_not_a_threat_in_words():
    assert statements(article("Новости", "Школьники, угрожая ножом, отобрали у прохожего телефон.")) == []
    threat = one(statements(article("Новости", "Хулиганы угрожали соседям расправой.")), "расправой")
    assert (threat.content.text, threat.speaker.name) == ("расправой", "Хулиганы")


@pytest.mark.parametrize("text", ["Нападающий Иван Петров выступал за «Зенит» три сезона.",
                                  "Нападающий Иван Петров выступал за сборную России."])
def test_playing_for_a_team_is_no_side_taken(text):
    assert statements(article("Новости", text)) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Вскоре специалисты оператора пришли к выводу, что сбой вызван атакой хакеров.",
     "сбой вызван атакой хакеров", "специалисты оператора"),
    ("Командование армии исходит из того, что противник не сдастся.", "противник не сдастся", "Командование армии"),
])
def test_coming_to_a_view_is_a_statement(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


@pytest.mark.parametrize("text", ["Туристы пришли к выводу на берег реки.", "Решение исходит из интересов граждан.",
                                  "Эксперты не пришли к выводу, что препарат опасен."])
def test_arriving_somewhere_or_from_something_says_nothing(text):
    assert statements(article("Новости", text)) == []


@pytest.mark.parametrize("second, content, speaker", [
    ("Немецкий канцлер, в свою очередь, отметил, что Берлин заинтересован в стабильности.",
     "Берлин заинтересован в стабильности", "Олаф Шольц"),
    ("Канцлер Германии, в свою очередь, отметил, что Берлин заинтересован в стабильности.",
     "Берлин заинтересован в стабильности", "Олаф Шольц"),
    ("Российский лидер, в свою очередь, отметил, что Москва открыта к диалогу.",
     "Москва открыта к диалогу", "Владимир Путин"),
])
def test_a_role_noun_is_the_person_its_description_fits_not_the_last_speaker(second, content, speaker):
    quotes = statements(article(
        "Новости", "Президент России Владимир Путин и канцлер Германии Олаф Шольц провели переговоры. "
                   "Глава государства подчеркнул, что газ будет поставляться в полном объеме. " + second))
    assert one(quotes, content).speaker.name == speaker


@pytest.mark.parametrize("text, kind", [
    ("Гендиректор Алексей Миллер подчеркнул: компания «выполнит все обязательства».", "mixed"),
    ("Гендиректор Алексей Миллер рассказал, что компания «Газпром нефть» выполнит все обязательства.", "indirect"),
])
def test_quoted_words_after_a_kind_noun_are_speech_unless_they_name(text, kind):
    [quote] = statements(article("Новости", text))
    assert quote.type == kind


@pytest.mark.parametrize("attribution", ["так глава региона Вячеслав Гладков прокомментировал обстановку",
                                         "такими словами глава региона Вячеслав Гладков прокомментировал обстановку",
                                         "так прокомментировал обстановку глава региона Вячеслав Гладков"])
def test_an_attribution_that_points_back_may_name_its_speaker_before_the_cue(attribution):
    quote = one(statements(article("Новости", f"«Ситуация остается напряженной», — {attribution}.")), "Ситуация")
    assert (quote.type, quote.speaker.name) == ("direct", "Вячеслав Гладков")


def test_a_role_noun_after_a_quote_is_the_subject_of_the_sentence_before_the_quote():
    quotes = statements(article(
        "Новости", "Глава Минэкономразвития Максим Решетников ответил на вопросы журналистов.",
        "«Рост экономики продолжится и в следующем году. Мы ожидаем около 2%», — сказал министр."))
    assert one(quotes, "Рост экономики").speaker.name == "Максим Решетников"


def test_a_sentence_initial_role_noun_tagged_as_a_name_is_a_role():
    quotes = statements(article(
        "Новости", "Глава Сбербанка Герман Греф выступил на форуме. Банкир заявил, что кризис закончится через год."))
    assert one(quotes, "кризис закончится").speaker.name == "Герман Греф"


@pytest.mark.parametrize("text, content", [
    ("Министр объяснил рост цен увеличением спроса.", "рост цен увеличением спроса"),
    ("Министр объяснил журналистам ситуацию.", None),
])
def test_explaining_something_by_something_is_a_statement(text, content):
    assert [q.content.text for q in statements(article("Новости", text))] == ([content] if content else [])


@pytest.mark.parametrize("text, content", [
    ("Депутат Олег Смолин задал вопрос, почему законопроект не обсуждался с учителями.",
     "почему законопроект не обсуждался с учителями"),
    ("Журналисты поинтересовались у министра, когда будут повышены пенсии.", "когда будут повышены пенсии"),
    ("Депутат Олег Смолин задался вопросом, кто ответит за провал реформы.", "кто ответит за провал реформы"),
])
def test_what_someone_asked_is_their_statement(text, content):
    assert [q.content.text for q in statements(article("Новости", text))] == [content]


@pytest.mark.parametrize("text", [
    "Глава МИД Турции Хакан Фидан сделал заявление о готовности Анкары к переговорам.",
    "Заявление о готовности Анкары к переговорам сделал глава МИД Турции Хакан Фидан.",
    "Глава МИД Турции Хакан Фидан выступил с заявлением о готовности Анкары к переговорам.",
])
def test_a_statement_made_about_something(text):
    [quote] = statements(article("Новости", text))
    assert (quote.content.text, quote.speaker.name) == ("готовности Анкары к переговорам", "Хакан Фидан")


def test_a_demand_sent_with_a_notice_is_no_statement():
    assert statements(article("Новости", "Компании направят людям извещения с требованием о выплате штрафа.")) == []


@pytest.mark.parametrize("text, speaker, kind", [
    ("Согласно указу президента, выплаты начнутся с 1 января.", "указ президента", "other"),
    ("Согласно январскому постановлению правительства, выплаты начнутся с 1 января.",
     "январское постановление правительства", "other"),
    ("Согласно данным Росстата, выплаты начнутся с 1 января.", "Росстат", "organization"),
])
def test_an_act_of_an_authority_speaks_for_itself_where_data_speak_for_their_owner(text, speaker, kind):
    quote = one(statements(article("Новости", text)), "выплаты начнутся")
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, kind)


def test_data_that_speak_are_their_owners():
    quotes = statements(article("Новости", "Промышленное производство выросло на 3%. "
                                           "Об этом свидетельствуют данные Росстата."))
    assert one(quotes, "Промышленное производство").speaker.name == "Росстат"


def test_a_passive_of_naming_speaks_only_through_a_document():
    assert statements(article("Новости", "В фильме США названы «империей зла».")) == []
    quote = one(statements(article("Новости", "В заявлении МИД санкции названы «незаконными».")), "незаконными")
    assert quote.speaker.name == "МИД"


@pytest.mark.parametrize("text, contents", [
    ("Министр заявил, что строительство начнется весной, и покинул зал.", ["строительство начнется весной"]),
    ("Министр заявил, что строительство начнется весной, и добавил, что деньги найдены.",
     ["строительство начнется весной", "деньги найдены"]),
    ("Он сказал, что цены вырастут и инфляция ускорится.", ["цены вырастут и инфляция ускорится"]),
    ("Эксперты не исключают, что бандиты воспользовались суматохой и прицельно стреляли в резервуар.",
     ["бандиты воспользовались суматохой и прицельно стреляли в резервуар"]),
])
def test_the_speakers_next_act_is_not_what_was_said(text, contents):
    assert [q.content.text for q in statements(article("Новости", text))] == contents


def test_a_quoted_name_after_an_outlet_noun_names_it_however_the_parser_hung_it():
    quote = one(statements(article("Новости", "Был сделан вывод, что условия хорошие, сообщает агентство "
                                              "\"Весь спорт\" со ссылкой на МОК.")), "условия")
    assert quote.speaker.name == "Весь спорт"


@pytest.mark.parametrize("subject, speaker", [
    ("Близкий к одному из участников сделки источник", "источник, близкий к одному из участников сделки"),
    ("Несколько источников в банковских кругах", "источники в банковских кругах"),
    ("Один гражданин Белоруссии", "гражданин Белоруссии"),
    ("Городские и областные чиновники", "Городские и областные чиновники"),
    ("Еще один источник в правительстве", "источник в правительстве"),
    ("Источник, близкий к руководству \"Газпрома\",", "Источник, близкий к руководству \"Газпрома\""),
    ("Эксперты Всемирной организации здравоохранения (ВОЗ)", "Эксперты Всемирной организации здравоохранения"),
    ("Почти треть опрошенных (29%)", "Почти треть опрошенных"),  # a bracketed aside that closes it left out
])
def test_a_described_speaker_is_named_as_a_name_would_be(subject, speaker):
    quote = one(statements(article("Новости", f"{subject} сообщил, что договор подписан.")), "договор подписан")
    assert quote.speaker.name == speaker


@pytest.mark.parametrize("frame, speaker", [
    ("Согласно просочившейся информации", "просочившаяся информация"),
    ("По данным подписанной Владимиром Путиным и Ху Цзиньтао совместной Декларации",
     "подписанная Владимиром Путиным и Ху Цзиньтао совместная Декларация"),
    ("По неподтвержденным пока сведениям", "неподтверждённые пока сведения"),
], ids=["an adjective the tagger gave another case", "a participle's phrase before an adjective",
        "an adjective the parser hung on the verb"])
def test_a_frame_s_source_in_the_nominative(frame, speaker):
    quote = one(statements(article("Новости", f"{frame}, договор подписан.")), "договор подписан")
    assert quote.speaker.name == speaker


def test_a_word_of_a_participle_s_phrase_the_parser_hung_elsewhere_is_no_part_of_the_source():
    quote = one(statements(article("Новости", "В принятой в Страсбурге депутатами резолюции отмечается, что все "
                                              "действия должны основываться на законе.")), "действия")
    assert quote.speaker.name == "резолюция"


@pytest.mark.parametrize("text", [
    "Губернатор Михаил Юревич дал сегодня громкое обещание - у каждого воспитанника будет ноутбук.",
    "Губернатор Михаил Юревич дал обещание, что у каждого воспитанника будет ноутбук.",
    "Губернатор Михаил Юревич дал понять, что у каждого воспитанника будет ноутбук.",
])
def test_a_promise_given_and_a_hint_are_statements(text):
    quote = one(statements(article("Новости", text)), "у каждого")
    assert (quote.content.text, quote.speaker.name) == ("у каждого воспитанника будет ноутбук", "Михаил Юревич")


def test_an_interview_whose_turns_are_labelled_question_and_answer():
    quotes = statements(article(
        "Новости", "Глава Минэкономразвития Максим Решетников ответил на вопросы РИА Новости.",
        "Вопрос: Как вы оцениваете ситуацию в экономике?", "Ответ: Ситуация сложная, но управляемая.",
        "Вопрос: Когда ждать снижения цен?", "Ответ: Думаю, не раньше весны."))
    assert [(q.type, q.content.text, q.speaker.name) for q in quotes] == [
        ("direct", "Ситуация сложная, но управляемая", "Максим Решетников"),
        ("direct", "Думаю, не раньше весны", "Максим Решетников")]


def test_a_label_with_a_role_before_the_name():
    quotes = statements(article("Новости", "В Москве прошла встреча с очевидцами событий.",
                                "Актриса Анна Иванова: Мы узнали обо всем из новостей.",
                                "Сосед Иван Петров: Я слышал крики около полуночи."))
    assert [(q.content.text, q.speaker.name) for q in quotes] == [
        ("Мы узнали обо всем из новостей", "Анна Иванова"), ("Я слышал крики около полуночи", "Иван Петров")]


@pytest.mark.parametrize("title, content, speaker", [
    ("«Ничего не изменится»: Песков о санкциях", "Ничего не изменится", "Дмитрий Песков"),
    ('"Это провокация". Лавров об обвинениях Запада', "Это провокация", "Сергей Лавров"),
    ("«Мы готовы»: глава МИД Сергей Лавров о переговорах", "Мы готовы", "Сергей Лавров"),
    ("Глава МИД Сергей Лавров: Москва ответит на высылку дипломатов", "Москва ответит на высылку дипломатов",
     "Сергей Лавров"),
    # a name in quotation marks that opens the clause after the colon is no quotation
    ("Песков: \"Газпром\" не будет снижать цены", "\"Газпром\" не будет снижать цены", "Дмитрий Песков"),
])
def test_a_headline_that_names_who_said_its_quotation(title, content, speaker):
    quotes = statements(article(title, "Пресс-секретарь президента Дмитрий Песков и министр иностранных дел "
                                       "Сергей Лавров прокомментировали ситуацию журналистам."))
    assert (one(quotes, content).content.text, one(quotes, content).speaker.name) == (content, speaker)
    assert statements(article("«Большая игра». Новый сезон на Первом канале", "Сериал выходит в пятницу.")) == []


def test_a_name_in_quotation_marks_that_opens_a_headline_s_clause_is_no_quotation():
    quotes = statements(article("\"Прогресс\" пристыковался к МКС в ручном режиме. Автоматика отказала, полагают СМИ",
                                "Российский грузовой корабль пристыковался к МКС."))
    assert [(q.content.text, q.speaker.name) for q in quotes] == [("Автоматика отказала", "СМИ")]


def test_indignation_expressed_states_a_view():
    quote = one(statements(article("Новости", "Депутат Иван Петров выразил «глубокое возмущение» решением суда.")),
                "возмущение")
    assert (quote.type, quote.speaker.name) == ("mixed", "Иван Петров")


def test_what_was_mentioned_is_said():
    quote = one(statements(article("Новости", "В заявлении лидеры ЕС впервые упоминают возможность применения силы, "
                                              "но лишь в качестве «последней меры».")), "возможность")
    assert (quote.type, quote.speaker.name) == ("mixed", "лидеры ЕС")


def test_a_question_is_not_what_was_said():
    quotes = statements(article(
        "Новости", "Отвечая на вопрос, что означает эта запись, Олег Петров сказал: «Они живы»."))
    assert [q.content.text for q in quotes] == ["Они живы"]


def test_a_surname_alone_in_another_case_is_the_person_named_before():
    quotes = statements(article(
        "Новости",
        "Законопроект внесен в Думу, сообщил председатель комитета Валерий Рязанский.",
        "По словам Рязанского, выплаты будут ограничены."))
    assert one(quotes, "выплаты будут ограничены").speaker.name == "Валерий Рязанский"


def test_an_outlet_reporting_on_its_own_is_the_speaker():
    quote = one(statements(article("Новости", "Завод остановлен на ремонт, сообщает РИА Новости.")), "Завод")
    assert quote.speaker.name == "РИА Новости"


@pytest.mark.parametrize("text, fragment, speaker, cue", [
    ("С точки зрения министра финансов Олега Петрова, бюджет сбалансирован.", "бюджет сбалансирован",
     "Олег Петров", "С точки зрения"),
    ("Со слов свидетеля, нападавших было трое.", "нападавших было трое", "свидетель", "Со слов"),
    ("Министр Иван Сидоров выступил в Думе. С его точки зрения, решение ошибочно.", "решение ошибочно",
     "Иван Сидоров", "С его точки зрения"),
])
def test_frames_of_someone_s_view_and_words(text, fragment, speaker, cue):
    quote = one(statements(article("Новости", text)), fragment)
    assert quote.speaker.name == speaker and quote.cue.text == cue


@pytest.mark.parametrize("text, content, speaker", [
    # what was reported, put first
    ("О своем намерении баллотироваться в мэры заявил депутат Иван Козлов.", "своем намерении баллотироваться в мэры",
     "Иван Козлов"),
    ("Впервые о создании новой партии сообщил бывший министр Петр Волков.", "создании новой партии", "Петр Волков"),
    ("О том, что завод закроют к осени, сообщил губернатор области.", "завод закроют к осени", "губернатор области"),
    # the predicate of a verb of assessing put first: from it to the object
    ("Главной угрозой для экономики министр финансов считает рост инфляции.",
     "Главной угрозой для экономики министр финансов считает рост инфляции", "министр финансов"),
    # a clause with no `что` after the cue, its verb a passive with `быть`
    ("Директор станции отметил, второй агрегат был отремонтирован в марте.",
     "второй агрегат был отремонтирован в марте", "Директор станции"),
    # a gerund's object ends with its clause, not with the words the parser hung on it past there
    ("Прогнозируя дальнейшее распространение вируса \"свиного гриппа\" по территории страны, врач Иван Петров "
     "сказал, что после Тувы и Хакасии его появление может произойти в Томской, Омской и Новосибирской областях.",
     "после Тувы и Хакасии его появление может произойти в Томской, Омской и Новосибирской областях", "Иван Петров"),
    # a relative frame gives the words of the noun it hangs on
    ("Решение подтвердил директор завода Петр Лаптев, по словам которого, цех откроется в мае.",
     "цех откроется в мае", "Петр Лаптев"),
    ("В полицию обратилась дочь пенсионерки, по словам которой, мать пропала в пятницу.", "мать пропала в пятницу",
     "дочь пенсионерки"),
    ("Об аварии сообщили спасатели областного управления, по словам которых, пострадавших нет.",
     "пострадавших нет", "спасатели областного управления"),
    # a frame's source named after its noun, in a clause or with `из`
    ("По данным, собранным сотрудниками полиции, в городе пропали трое подростков.",
     "в городе пропали трое подростков", "сотрудники полиции"),
    ("По сведениям, поступившим из прокуратуры, обвинение будет готово к маю.", "обвинение будет готово к маю",
     "прокуратура"),
    ("Согласно информации, которой располагает газета, сделка сорвалась.", "сделка сорвалась", "газета"),
    ("По данным из неофициальных источников, на трассе погибли трое.", "на трассе погибли трое",
     "неофициальные источники"),
    # not a participle of the noun after it, the clause's own (`задержанным агентом`)
    ("По некоторым данным, задержанным агентом, о котором рассказал президент, может быть католический "
     "священник.", "задержанным агентом, о котором рассказал президент, может быть католический священник",
     "некоторые данные"),
])
def test_the_content_and_the_speaker_of_reports_and_frames(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert quote.content.text == content and quote.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "С точки зрения закона, сделка оформлена верно.",
    "Начнем со слов благодарности.",
    "Поезд отошел с точки сбора в полдень.",
    "Исходя из того, что взрывы прогремели у здания суда, следователи ищут мстителей.",  # `given that`
    "Позиция российских хоккеистов, выразивших свое возмущение арбитру, была понятна.",  # what they felt
    "В Госдуму обещали пригласить представителей общества.",  # where to, not who promised
    # the complaint an act was done upon, set in its clause: no one's account
    "Прокуратура по заявлению жительницы района начала проверку работы управляющей компании.",
    "Дело о мошенничестве было возбуждено по жалобе вкладчиков банка.",
    # what a relative clause says was put forward is the noun before it, and the main clause after its comma is no
    # one's words
    "Проект, который архитекторы предложили 3 марта, городской совет отклонил.",
    # the side a verb of taking sides takes, before it, is no attribution of the clause before
    "Решение поддержали еще 25 стран блока, против выступила только Литва.",
])
def test_frames_of_no_one_s_view_are_no_statements(text):
    assert statements(article("Новости", text)) == []


def test_a_document_is_not_the_relaying_agency_s():
    quotes = statements(article(
        "Минфин ждет роста доходов",
        "Минфин ожидает роста доходов бюджета в следующем году, сообщает РИА Новости.",
        "«Доходы вырастут на 5%», — говорится в документе.",
        "«Риски для бюджета остаются высокими», — отмечается в документе."))
    assert one(quotes, "Доходы вырастут").speaker.name == "Минфин"  # the author named before, not the agency
    assert one(quotes, "Риски для бюджета").speaker.name == "Минфин"


def test_nested_quotes_stay_inside_one_statement():
    quotes = statements(article(
        "Акция у мэрии",
        "«Собравшиеся просят помочь, выкрикивая: „Собянин, помоги!“», — рассказал координатор движения "
        "«Однодольщики» Игорь Гульев."))
    assert len(quotes) == 1
    assert quotes[0].content.text.startswith("Собравшиеся") and quotes[0].speaker.name == "Игорь Гульев"


# ---------------------------------------------------------------------- indirect and mixed speech

@pytest.mark.parametrize("text, fragment, speaker, cue", [
    ("В январе директор ФСБ Николай Патрушев заявил, что его служба располагает данными о связях "
     "Березовского с боевиками.", "его служба располагает данными", "Николай Патрушев", "заявил"),
    ("По словам Родригеса, проблема потребления бензина будет решена в Венесуэле в первой половине марта.",
     "проблема потребления бензина", "Родригес", "По словам"),
    ("По мнению присяжных, ни один из обвиняемых не заслуживает снисхождения.",
     "ни один из обвиняемых не заслуживает", "присяжные", "По мнению"),
    ("Как заявил президент компании Али Родригес, 63 дня общенациональной забастовки стоили 3 млрд долл.",
     "63 дня общенациональной забастовки", "Али Родригес", "заявил"),
    ("Один из взрывов был произведен внутри президентского комплекса, передает ИТАР-ТАСС.",
     "Один из взрывов был произведен", "ИТАР-ТАСС", "передает"),
    ("Ошлейс считает, что курс на медленный рост экономики абсолютно неверен.",
     "курс на медленный рост экономики", "Ошлейс", "считает"),
    ("По данным израильских СМИ, блокирован лагерь палестинских беженцев.",
     "блокирован лагерь палестинских беженцев", "израильские СМИ", "По данным"),
    ("Согласно палестинским источникам, израильтяне снесли два здания возле резиденции Арафата.",
     "израильтяне снесли два здания", "палестинские источники", "Согласно"),
])
def test_indirect_patterns(text, fragment, speaker, cue):
    quote = one(statements(article("Новости", text)), fragment)
    assert quote.type == "indirect"
    assert quote.speaker.name.lower() == speaker.lower()
    assert quote.cue.text.startswith(cue)
    assert not quote.content.text.startswith((",", "что "))


def test_called_something_and_demanded():
    quotes = statements(article(
        "Новости",
        "Ранее получила распространение видеозапись выступления отца Сергия, где он назвал пандемию "
        "коронавируса мифом.",
        "Герхард Шредер потребовал от Гельмута Коля извинений."))
    assert one(quotes, "пандемию коронавируса мифом").cue.text == "назвал"
    demanded = one(quotes, "извинений")
    assert demanded.content.text == "извинений" and demanded.speaker.name == "Герхард Шредер"


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Министерство юстиции обратилось в Верховный суд с просьбой отменить решение о ликвидации общества.",
     "отменить решение о ликвидации общества", "Министерство юстиции", "с просьбой"),
    ("Банк, который финансировал сделку, в декабре подал в суд заявление с просьбой прекратить дело о "
     "банкротстве.", "прекратить дело о банкротстве", "Банк, который финансировал сделку", "с просьбой"),
    ("Союз на своем сайте обратился к болельщикам с призывом не зажигать файеры на трибунах.",
     "не зажигать файеры на трибунах", "Союз", "с призывом"),
    ("Генеральный секретарь ООН Антониу Гутерриш выступил с призывом к немедленному прекращению огня.",
     "к немедленному прекращению огня", "Антониу Гутерриш", "с призывом"),
    # words of the noun's own before what it asks for, however hung, do not cut it short
    ("Мэр обратился к жителям Нью-Йорка с просьбой по возможности воздержаться от поездок с громоздкими вещами.",
     "воздержаться от поездок с громоздкими вещами", "Мэр", "с просьбой"),
])
def test_what_a_request_or_proposal_asks_for(text, content, speaker, cue):
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, quote.cue.text, quote.type) == (content, cue, "indirect")
    assert quote.speaker.name.lower().startswith(speaker.lower().split(",")[0])


@pytest.mark.parametrize("text, content", [
    # a verb in another tense hung on the cue is no next act of the speaker's but part of what was said
    ("Представитель МИД Михаил Камынин подчеркнул, что Россия против политизации темы голодомора и считает, что "
     "этот вопрос должен рассматриваться историками.", "Россия против политизации темы голодомора"),
    ("Министр заявил, что строительство начнется весной, и покинул зал.", "строительство начнется весной"),
])
def test_what_was_said_runs_to_the_speaker_s_next_act(text, content):
    quote = one(statements(article("Новости", text)), content.split()[0])
    assert quote.content.text.startswith(content) and quote.cue.text in ("подчеркнул", "заявил")


@pytest.mark.parametrize("text", [
    "Хакеру, обнаружившему уязвимость в системе банка, предложили работу в финучреждении.",
    "Клуб предложил игроку вдвое большую годовую зарплату.",
    "Уполномоченный по системе ПРО генерал Генри Оберинг предлагает русским участие в проекте.",
])
def test_a_thing_offered_is_no_statement(text):
    assert statements(article("Новости", text)) == []


@pytest.mark.parametrize("text, content", [
    ("Министр финансов предложил ввести налог на недвижимость.", "ввести налог на недвижимость"),
    ("Кудрин предложил \"не размазывать\" резервные фонды по лишним проектам.",
     "\"не размазывать\" резервные фонды по лишним проектам"),
])
def test_an_act_proposed_is_what_a_proposal_says(text, content):
    assert [q.content.text for q in statements(article("Новости", text))] == [content]


@pytest.mark.parametrize("text, content", [
    ("Аналитики банка оценивали доходность операции в 120% годовых.", "доходность операции в 120% годовых"),
    ("Министр оценил переговоры как трудные.", "переговоры как трудные"),
    ("Однако генерал выразил готовность министерства со своей стороны к \"объективному и конструктивному разговору "
     "с американскими партнерами в интересах нормализации ситуации\".",
     "готовность министерства со своей стороны к \"объективному и конструктивному разговору с американскими "
     "партнерами в интересах нормализации ситуации\""),
])
def test_what_is_assessed_or_expressed(text, content):
    quote = one(statements(article("Новости", text)), content.split()[0])
    assert quote.content.text == content


@pytest.mark.parametrize("text, content, speaker", [
    ("Путин также отметил необходимость создания эффективного механизма для продвижения цифровой экономики.",
     "необходимость создания эффективного механизма для продвижения цифровой экономики", "Путин"),
    ("Министр признал неэффективность введенных санкций.", "неэффективность введенных санкций", "Министр"),
    ("Посол указал на недопустимость вмешательства во внутренние дела страны.",
     "на недопустимость вмешательства во внутренние дела страны", "Посол"),
    # the genitive the parser hung elsewhere
    ("СБ приветствовал результаты работы двух совещаний в Женеве и отметил важность состоявшейся в марте 2003 года "
     "встречи президентов России и Грузии в Сочи.",
     "важность состоявшейся в марте 2003 года встречи президентов России и Грузии в Сочи", "СБ"),
    # after a verb of quoting, the one who quoted, not the one quoted
    ("Новоиспеченный украинский лидер процитировал американского президента Франклина Рузвельта и отметил "
     "неэффективность введенных против России санкций.", "неэффективность введенных против России санкций",
     "Новоиспеченный украинский лидер"),
])
def test_a_quality_noted_is_what_was_stated(text, content, speaker):
    quote = one(statements(article("Новости", text)), content.split()[1])
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


@pytest.mark.parametrize("text", [
    "Министр отметил юбилей в Кремле.",
    "Министр указал на дверь.",
])
def test_noting_anything_but_a_quality_has_no_content(text):
    assert statements(article("Новости", text)) == []


@pytest.mark.parametrize("text, content", [
    ("Министр обороны Сергей Шойгу расценил эти действия как провокацию.", "эти действия как провокацию"),
    ("Лидер оппозиции Алексей Петров охарактеризовал выборы как нечестные.", "выборы как нечестные"),
])
def test_naming_or_assessing_with_kak(text, content):
    assert one(statements(article("Новости", text)), content).content.text == content


@pytest.mark.parametrize("text", [
    "Министр оценил переговоры.",
    "Президент выразил соболезнования семьям погибших.",
    "Посол выразил сожаление в связи с решением суда.",
])
def test_assessing_or_expressing_with_no_content(text):
    assert statements(article("Новости", text)) == []


@pytest.mark.parametrize("text, content, kind", [
    ('Министр финансов предложил "не размазывать" резервные фонды по лишним проектам.',
     '"не размазывать" резервные фонды по лишним проектам', "mixed"),
    ('Тренер Дэн Иссел извинился перед болельщиками, назвав свое поведение "нехристианским".',
     'свое поведение "нехристианским"', "mixed"),
    ('Премьер попросил "послать сигнал" губернатору, чтобы тот быстрее вышел на работу.',
     '"послать сигнал" губернатору, чтобы тот быстрее вышел на работу', "mixed"),
    ('Семья девушки назвала решение министра "аморальным и бесчеловечным" и подчеркнула, что Наама является '
     'заложницей политических игр и Израиль обязан "вытащить ее из этого кошмара".',
     'решение министра "аморальным и бесчеловечным"', "mixed"),
    # what it was held to be, with the words it governs, however the parser hung them on a later verb
    ("Американцы по-прежнему считают аз-Заркави одним из самых опасных своих врагов и объявили за его голову "
     "награду.", "аз-Заркави одним из самых опасных своих врагов", "indirect"),
    ("Подписку о невыезде Лебедев дать отказался, поскольку считает такую меру пресечения необоснованной: он никогда "
     "не уклонялся от явки.", "такую меру пресечения необоснованной", "indirect"),  # up to a mark
])
def test_a_quoted_word_inside_reported_words(text, content, kind):
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, quote.type) == (content, kind)


def test_a_role_then_a_named_apposition_after_a_comma():
    quotes = statements(article(
        "Выборы в ПАСЕ",
        "Как сообщил накануне глава российской делегации, председатель международного комитета Госдумы Леонид "
        "Слуцкий, на голосование будут выдвинуты три кандидатуры: Марк Вервилген (Бельгия), Тумас Хальмарберг "
        "(Швеция) и Марек Новицкий (Польша).",
        "«Маловероятно, что это произойдет», — считает глава российской делегации."))
    nominees = one(quotes, "будут выдвинуты три кандидатуры")
    assert nominees.content.text.startswith("на голосование") and nominees.speaker.name == "Леонид Слуцкий"
    assert one(quotes, "Маловероятно").speaker.name == "Леонид Слуцкий"


def test_they_are_not_the_paper():
    quotes = statements(article(
        "Новости",
        "Стройка идет круглосуточно, поясняет издание. Жители поселка Кудепста собираются у реки. «Это попытка "
        "остановить стройку», — говорится в статье. Но они опасаются проиграть бой."))
    assert one(quotes, "проиграть бой").speaker.name == "Жители поселка Кудепста"


def test_an_acting_minister_written_with_an_abbreviation():
    quotes = statements(article(
        "Новости",
        "Исполняющий обязанности министра иностранных дел Сергей Лавров провел переговоры в Москве.",
        '"Это сложная ситуация", - сказал и.о. министра.'))
    assert one(quotes, "Это сложная ситуация").speaker.name == "Сергей Лавров"


def test_a_subject_the_parser_gave_to_a_gerund():
    quotes = statements(article(
        "Новости",
        "Переход в политику унижает олимпийского чемпиона.",
        "Такое мнение выразил двукратный олимпийский чемпион Дмитрий Иванов, комментируя победу кандидата от "
        "партии на довыборах в Госдуму в Свердловской области."))
    assert one(quotes, "Переход в политику").speaker.name == "Дмитрий Иванов"


def test_a_role_noun_after_quotes_is_the_one_speaking():
    quotes = statements(article(
        "Петров-депутат вызывает у бывших коллег горькую улыбку",
        "Решение стать депутатом унижает олимпийского чемпиона Антона Петрова, а его наивность вызывает улыбку.",
        "Такое мнение выразил двукратный олимпийский чемпион Дмитрий Иванов, комментируя итоги довыборов.",
        "Иванов убежден, что Петров после завершения карьеры мог стать хорошим тренером.",
        "«Раз Петров решил уйти в политику, видимо, это хороший шаг для него. Но Антон решил пойти по более "
        "легкому пути», — сказал ветеран в интервью."))
    assert one(quotes, "хороший шаг для него").speaker.name == "Дмитрий Иванов"


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (["Так, аккаунт жительницы Лондона по имени Айсис Анчали оказался заблокированным. Девушка рассказала, что "
      "трижды отправляла в компанию скан паспорта."], "скан паспорта", "Айсис Анчали"),
    (["Пенсионерка Мария Смирнова обратилась в полицию. По словам женщины, у нее украли кошелек."],
     "украли кошелек", "Мария Смирнова"),
    (["В интервью газете 37-летний Виссарион Петров рассказал, что принял такое решение в декабре.",
      "\"Невозможно жить с моей фамилией\", - заявил молодой человек канадской газете."],
     "Невозможно жить", "Виссарион Петров"),
    (["Министр здравоохранения Иван Петров посетил больницу. Женщина заявила, что лекарств не хватает."],
     "лекарств не хватает", "Женщина"),  # no woman named before
    (["Министр здравоохранения Анна Петрова посетила больницу. Женщина, пожелавшая остаться неизвестной, "
      "заявила, что лекарств не хватает."], "лекарств не хватает", "Женщина, пожелавшая остаться неизвестной"),
    (["Анна Петрова и Мария Смирнова пришли на митинг. Женщина заявила, что лекарств не хватает."],
     "лекарств не хватает", "Женщина"),  # two women: which one is not said
    (["Елену Аллину разыграли пранкеры Лексус и Вован: им женщина рассказала, что лекарств не хватает."],
     "лекарств не хватает", "Елена Аллина"),  # the one whose first name says she is, over names it does not know
])
def test_a_noun_for_a_man_or_a_woman_is_the_one_named_just_before(paragraphs, fragment, speaker):
    quote = one(statements(article("Новости", *paragraphs)), fragment)
    assert quote.speaker.name == speaker
    assert "газете" not in quote.speaker.mention.text  # whom he told is not who he is


@pytest.mark.parametrize("first, speaker", [
    ("Министр юстиции Израиля Амир Охана принял решение об экстрадиции.", "министр юстиции РФ"),
    ("Министр юстиции России Константин Чуйченко прокомментировал решение.", "Константин Чуйченко"),
    ("Программист Алексей Бурков находится под арестом.", "министр юстиции РФ"),  # no office there
])
def test_a_role_noun_of_one_country_is_not_the_minister_of_another(first, speaker):
    quotes = statements(article(
        "Новости", first, "Три года назад министр юстиции РФ заявил, что экстрадиция недопустима."))
    assert one(quotes, "экстрадиция недопустима").speaker.name == speaker


@pytest.mark.parametrize("title", [
    "заместителя генерального директора ОАО \"КамАЗ\" по персоналу Александра Ушенина",
    "заместителя генерального директора ОАО \"КамАЗ\" по персоналу и\nорганизационному развитию Александра Ушенина",
])
def test_a_name_after_a_title_s_prepositional_phrase_is_the_titled_person(title):
    quotes = statements(article(
        "КамАЗ сокращает работу", "ОАО \"КамАЗ\" внесло изменения в график.",
        "\"К сожалению, сегодня нам не удается долгосрочное планирование\", - приводит газета слова " + title + "."))
    quote = one(quotes, "долгосрочное планирование")
    assert quote.speaker.name == "Александр Ушенин" and quote.speaker.mention.text.endswith("Ушенина")


def test_a_country_adjective_may_say_only_where_someone_comes_from():
    quotes = statements(article(
        "Новости", "Полузащитник \"Реала\" Дэвид Бекхэм заявил, что бутсы ему не нравятся.",
        "Британский игрок добавил, что собирается от них отказаться."))
    assert one(quotes, "собирается от них отказаться").speaker.name == "Дэвид Бекхэм"


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Продажи выросли на треть, говорится в пресс-релизе компании.", "Продажи выросли на треть", "компания"),
    ("Продажи выросли на треть, говорится в отчете министерства финансов.", "Продажи выросли на треть",
     "министерство финансов"),
])
def test_a_document_s_owner_after_the_cue_is_no_part_of_the_content(sentence, content, speaker):
    quote = one(statements(article("Новости", "Вчера прошел дождь.", sentence)), "Продажи")
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


@pytest.mark.parametrize("sentence, content, speaker", [
    # an impersonal cue before the text that says it, and a clause the parser hung on that text
    ("Уточняется в сообщении, что пострадавших нет.", "пострадавших нет", "сообщение"),
    ("Подчеркивается в заявлении МИД, что Россия готова к диалогу.", "Россия готова к диалогу", "МИД"),
    # a court's ruling is a document: its maker speaks
    ("Согласно решению Арбитражного суда Москвы, компания должна выплатить штраф.",
     "компания должна выплатить штраф", "Арбитражный суд Москвы"),
])
def test_a_text_or_a_ruling_that_says_something(sentence, content, speaker):
    quote = one(statements(article("Новости", "На заводе произошел пожар.", sentence)), content.split()[0])
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (["Источник ТАСС в силовых структурах сообщил, что задержанных двое.",
      "«Оба фигуранта дела дали признательные показания», — сказал собеседник агентства."],
     "признательные показания", "Источник ТАСС в силовых структурах"),
    (["«Спорт ему больше не интересен», — сказал бывший тренер Иван Сидоров в интервью РИА Новости.",
      "«Мы должны принять его решение», — добавил собеседник агентства."], "принять его решение", "Иван Сидоров"),
    (["«Спорт ему больше не интересен», — сказал бывший тренер Иван Сидоров.",
      "«Решение окончательное», — сказал собеседник агентства в силовых структурах."], "Решение окончательное",
     "собеседник агентства в силовых структурах"),
    (["Спорная гостиница закрыта, и в городе говорят о причинах.", "«Никто не пострадал», — сказал он.",
      "«Поезда идут с увеличенным интервалом», — сказал собеседник агентства."], "увеличенным интервалом",
     "собеседник агентства"),  # not a `он` no one was found for
    (["Трое детей пострадали в парке, сообщили ТАСС в департаменте здравоохранения Москвы.",
      "«Угрозы для жизни нет», — сообщил собеседник агентства."], "Угрозы для жизни нет",
     "департамент здравоохранения Москвы"),  # one of the body whose people spoke
    (["Гостей выдворили со свадьбы, сказали в полиции.",
      "«Случившееся было обычной хулиганской выходкой», — отметил собеседник агентства."], "хулиганской выходкой",
     "полиция"),
    (["Источник РИА Новости в авиапроме сообщил, что экипаж был опытным.",
      "Лайнер был заправлен качественным топливом, установило следствие.",
      "«Таких просьб экипажу не поступало», — сказал собеседник агентства."], "Таких просьб",
     "Источник РИА Новости в авиапроме"),  # not a body that spoke as itself
])
def test_the_one_the_agency_talked_to(paragraphs, fragment, speaker):
    assert one(statements(article("Новости", *paragraphs)), fragment).speaker.name == speaker


def test_two_contrasted_statements_in_one_sentence():
    quotes = statements(article(
        "Новости",
        "Городские и областные чиновники говорили, что здание нужно под резиденцию митрополита, а его "
        "пресс-секретарь Игорь Петровский говорил, что для епархиального управления."))
    officials = one(quotes, "здание нужно под резиденцию")
    assert officials.content.text == "здание нужно под резиденцию митрополита"
    assert officials.speaker.name == "Городские и областные чиновники"
    assert one(quotes, "для епархиального управления").speaker.name == "Игорь Петровский"


def test_a_source_the_parser_hung_on_a_later_verb():
    quotes = statements(article(
        "Новости",
        'В книге "Архив Митрохина" утверждается, что бывший архивариус КГБ на Запад выехал через Ригу, но это, как '
        "утверждается в публикации газеты, было сделано для того, чтобы ввести в заблуждение спецслужбы."))
    assert one(quotes, "бывший архивариус КГБ").speaker.name == 'книга "Архив Митрохина"'


def test_going_on_doing_is_not_saying():
    quotes = statements(article("Новости", "Альфа-банк продолжает скупать долги девелоперов. Министр продолжил: "
                                           "«Рынок восстановится»."))
    assert [q.content.text for q in quotes] == ["Рынок восстановится"]


@pytest.mark.parametrize("text, fragment", [
    ("Министр финансов согласился с предложением создать резервный фонд.", "создать резервный фонд"),  # agreeing
    # is not proposing; a cue said by whoever (`кто`) is no one's statement
    ("Кадыров заявил, что выборы будут честными. Он не согласен с теми, кто считает невозможным организовать "
     "свободные выборы.", "невозможным организовать"),
    # a compound preposition's noun is no place that speaks
    ("В обмен на заложников требуют освободить соплеменников.", "освободить соплеменников"),
    # whom a relative clause's verb of saying addressed is not who said it
    ("Ресторатор Иван Петров рассказал о новых правилах. Первые гости, которым предлагали зарегистрироваться по "
     "QR-коду, просто уходили.", "зарегистрироваться"),
    # a clause opened by `где` is no attribution of the clause before it
    ("Команду жеребьевка определила в группу L, где также выступят испанский \"Реал Сосьедад\" и норвежский "
     "\"Русенборг\".", "жеребьевка"),
    # titles listed after a plural noun of titles are no speech
    ("Артист сыграл более 160 ролей, в том числе в картинах: \"Служили два товарища\", \"Статский советник\".",
     "Служили"),
    # what is to be announced about what was said before has not been said yet
    ("Посол отозван в Лиму. Пока не известно, какие консультации будут проведены с послом. Об этом МИД объявит в "
     "ближайшее время.", "консультации"),
    # `согласно` governs a dative: the agent of a participle before the noun is not the source
    ("Всего же, согласно озвученному министром спорта плану, ЧМ-2018 примут 11 российских городов и 12 стадионов.",
     "ЧМ-2018 примут"),
    # a statement to come, or one on a condition, has not been made
    ("Завтра министр расскажет журналистам о новых планах ведомства.", "планах"),
    ("Если суд сочтет его виновным, ему грозит пожизненное заключение.", "виновным"),
    # a compound preposition is no frame of a source
    ("В рейтинге сборная заняла 25-е место. По сравнению с прошлой версией она поднялась на один пункт.",
     "поднялась"),
    # where a verb of bidding sent someone is not what it asked for, nor is a year
    ("В апреле от депутата Марселя Хазиева потребовали оставить пост, призвав в армию.", "армию"),
    ("В 2012 году Путин своего протеже лично рекомендовал Медведеву в правительство, в 2013 Белоусов вернулся к "
     "\"шефу\".", "2013"),
    # a fact that shows something says nothing
    ("Дмитрий Козак заявил, что работы идут. Без реконструкции дорог провести Олимпиаду невозможно, что и "
     "подчеркивает участие \"Олимпстроя\" в комиссии.", "участие"),
    # an accusation by no one named
    ("Доклад опубликован. Кроме того, партию обвинили в неспособности обеспечить подготовку тех, кто разбирает "
     "жалобы.", "подготовку"),
    # what anyone calls or thinks something, no one named
    ("Волонтеры сообщили, что нашли солдата. Его привезли в Саратов. Он вернулся домой в ночь на 17 августа, а до "
     "этого дня его считали мертвым.", "мертвым"),
    ("В пресс-службе Кремля сообщили о назначении. Белоусова называют человеком команды Германа Грефа.", "команды"),
    # an indeclinable noun whose adjective shows it is the object is no subject
    ("Министр ушел. Нового замглавы в министерстве обещают представить в ближайшее время.", "представить"),
])
def test_no_one_s_statement(text, fragment):
    assert not [q for q in statements(article("Новости", text)) if fragment in q.content.text]


@pytest.mark.parametrize("text", ["Правозащитники назвали приговор политически мотивированным.",
                                  "Правозащитники считают приговор политически мотивированным."])
def test_a_participle_is_what_a_verb_of_naming_says_of_its_object(text):
    quote = one(statements(article("Новости", text)), "мотивированным")
    assert (quote.speaker.name, quote.content.text) == ("Правозащитники", "приговор политически мотивированным")


def test_a_group_that_calls_something_so_is_its_speaker_where_named():
    quote = one(statements(article("Новости", "Пассажиры ждали вылета шесть часов. Они назвали задержку "
                                              "издевательством.")), "задержку")
    assert quote.speaker.name == "Пассажиры"


def test_a_pronoun_after_a_foreign_minister_described_is_not_the_minister_named_before():
    quotes = statements(article(
        "Лавров провел переговоры",
        "Министр иностранных дел РФ Сергей Лавров заявил, что Россия открыта к диалогу. \"Мы не будем реагировать на "
        "провокации\", - сказал министр.",
        "Турецкий министр подчеркнул, что Анкара заинтересована в урегулировании. Он добавил, что готов предоставить "
        "площадку. \"Мы готовы\", - цитирует его агентство Anadolu."))
    assert [q.speaker.name for q in quotes[2:]] == ["Турецкий министр"] * 3


def test_a_reason_given_for_an_act_is_said():
    quotes = statements(article(
        "Новости",
        "Организация потребовала запретить ввоз обуви, мотивируя это тем, что при отстреле кенгуру гибнут и "
        "охраняемые виды."))
    reason = one(quotes, "при отстреле кенгуру гибнут")
    assert reason.speaker.name == "Организация" and reason.cue.text == "мотивируя"


def test_a_paper_described_by_its_kind_and_its_publication():
    quotes = statements(article(
        "Беглому инженеру помогла эстонская полиция, утверждает газета",
        "Инженер Петр Сидоров в 1995 году уехал на Запад через Таллин, сообщила в среду эстонская газета "
        "Postimees.",
        "В публикации отмечено, что участие полиции в операции подтвердил бывший министр Март Лаар."))
    assert one(quotes, "помогла эстонская полиция").speaker.name == "Postimees"  # `газета` in the headline
    assert one(quotes, "участие полиции в операции").speaker.name == "Postimees"  # `в публикации`


def test_a_subject_the_parser_hung_elsewhere():
    quotes = statements(article(
        "Новости",
        "Писатель Чингиз Айтматов стал почетным профессором МГУ.",
        "Вручая писателю диплом и медаль, ректор университета Виктор Садовничий отметил, что университет рад "
        "этому событию."))
    assert one(quotes, "университет рад").speaker.name == "Виктор Садовничий"


def test_a_document_s_words_are_its_owner_s():
    quotes = statements(article(
        "Новости",
        "Компания «Мегафон» восстановила связь в регионе.",
        "«Все работает в штатном режиме», — гласит сообщение оператора."))
    assert one(quotes, "Все работает в штатном режиме").speaker.name.lower() == "оператор"


def test_he_after_an_unnamed_speaker_is_that_speaker():
    quotes = statements(article(
        "Новости",
        "По словам министра, «никаких сокращений не будет». «Все сотрудники сохранят рабочие места», — добавил он."))
    assert one(quotes, "Все сотрудники сохранят").speaker.name == "министр"


def test_a_role_noun_is_the_person_just_named_as_a_subject():
    quotes = statements(article(
        "Новости",
        "Президент Владимир Путин провел совещание с членами правительства. «Нужно действовать быстро», — заявил "
        "глава государства."))
    assert one(quotes, "Нужно действовать быстро").speaker.name == "Владимир Путин"


@pytest.mark.parametrize("paragraphs, content, speaker", [
    (["Пресс-секретарь Кремля Дмитрий Песков прокомментировал ситуацию.",
      "«Мы не видим здесь угрозы» — такое заявление сделал Песков."], "Мы не видим здесь угрозы", "Дмитрий Песков"),
    (["Рынок жилья восстановится к концу года. Такой прогноз дал глава Минэкономразвития Максим Решетников."],
     "Рынок жилья восстановится к концу года", "Максим Решетников"),
    (["Депутат Петр Толстой сделал заявление о том, что закон будет принят осенью."],
     "закон будет принят осенью", "Петр Толстой"),
])
def test_a_statement_made_with_a_light_verb(paragraphs, content, speaker):
    quote = one(statements(article("Новости", *paragraphs)), content)
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


def test_this_information_confirmed_is_no_new_statement():
    quotes = statements(article(
        "Новости",
        "Инженер уехал на Запад через Таллин, сообщила в пятницу газета Postimees. Эту информацию подтвердил "
        "также бывший министр Март Лаар."))
    assert one(quotes, "Инженер уехал на Запад").speaker.name == "Postimees"


def test_about_this_takes_the_sentence_before():
    quotes = statements(article(
        "Новости",
        "Израильская военная техника в понедельник вошла в палестинский город Рамаллах. Об этом сообщила "
        "телекомпания CNN."))
    quote = one(quotes, "Израильская военная техника")
    assert quote.speaker.name == "CNN" and quote.cue.text == "сообщила"
    fact = statements(article("Новости", "Среди заложников есть британцы. Об этом факте сообщил официальный "
                                         "представитель МИД Великобритании."))
    assert one(fact, "Среди заложников").speaker.name == "официальный представитель МИД Великобритании"
    relevant = statements(article("Новости", "В Вашингтоне осудили решение возобновить дело. С соответствующим "
                                             "заявлением выступил накануне американский Госдепартамент."))
    assert one(relevant, "осудили решение").speaker.name == "американский Госдепартамент"


def test_a_frame_s_possessive_is_its_owner_not_the_subject_hung_on_it():
    quote = one(statements(article("Новости", "По его убеждению Терское казачество должно быть активно "
                                              "задействовано в СМИ.")), "казачество")
    assert quote.content.text.startswith("Терское казачество") and quote.speaker.mention.text == "его"


def test_data_a_frame_cites_is_no_one_a_pronoun_stands_for():
    quotes = statements(article("Новости", "По предварительной информации, среди заложников есть немецкая "
                                           "школьница. Она позвонила родным и сообщила, что с ней все в порядке."))
    assert not any(q.speaker.name == "предварительная информация" for q in quotes if q.cue.text == "сообщила")


def test_mixed_quote_and_names_in_quotes():
    quotes = statements(article(
        "Новости",
        'Коль заявил, что Тирзе исполняет свои обязанности "слишком уж по-партийному".',
        'Глава делегации компании "Рособоронэкспорт" Сергей Корнев заявил, что контракт с ПАО "Газпром" подписан.'))
    assert one(quotes, "слишком уж по-партийному").type == "mixed"
    assert one(quotes, "контракт с ПАО").type == "indirect"  # a name in quotation marks is not speech


def test_whole_quoted_clause_after_po_slovam_is_direct():
    quote = one(statements(article(
        "Новости",
        'По словам Трошина, "после выполнения необходимых следственных действий будет принято решение".')),
        "после выполнения")
    assert quote.type == "direct" and not quote.content.text.startswith('"')


@pytest.mark.parametrize("text, fragment, name, kind", [
    ("Надо было провести девальвацию, заявил эксперт газете.", "Надо было провести девальвацию", "эксперт",
     "unnamed"),
    ("Собеседник в силовых структурах говорит, что вопрос вряд ли будет решен так быстро.", "вопрос вряд ли",
     "Собеседник в силовых структурах", "unnamed"),
    ("Обе стороны согласились с тем, что обсуждение проблем должно продвигаться как можно скорее.",
     "обсуждение проблем", "Обе стороны", "group"),
    ("В пресс-службе ГУ МВД России по Москве сообщили, что группа граждан пришла к зданию мэрии.",
     "группа граждан пришла", "пресс-служба ГУ МВД России по Москве", "organization"),
    ("Депутаты считают, что закон устарел. Так же считает и оппозиция: закон надо переписать.",
     "закон надо переписать", "оппозиция", "unnamed"),
    ("Извинения не успокоили ни руководство лиги, принявшей меры, ни лидеров местной общины, которые "
     "пригрозили бойкотом матчей.", "бойкотом матчей", "лидеры местной общины", "group"),
    ("Экс-супруг футболиста Петр Сенин отказался от комментариев. Дети не должны страдать от развода, "
     "убеждены оба родителя.", "Дети не должны страдать", "оба родителя", "group"),
    ("Один из лидеров демократической партии США заявил, что выборы пройдут честно.", "выборы пройдут честно",
     "Один из лидеров демократической партии США", "unnamed"),
    ("83% россиян считают, что страна движется в верном направлении.", "страна движется", "83% россиян", "unnamed"),
])
def test_speakers_that_are_not_named(text, fragment, name, kind):
    quote = one(statements(article("Новости", text)), fragment)
    assert (quote.speaker.name, quote.speaker.kind) == (name, kind)


# ---------------------------------------------------------------------- what is not a statement

def test_names_titles_scare_quotes_and_acts_without_content():
    quotes = statements(article(
        "Новости",
        'ПАО "Газпром" увеличило добычу. Шоу "СоловьевЛайв" вышло в эфир.',
        'Так называемая "угроза вторжения" обсуждалась в Брюсселе.',
        "Захарова прокомментировала переговоры. Дипломат обратила внимание на заявления Вашингтона."))
    assert quotes == []


def test_related_headlines_are_not_statements():
    text = article(
        "Переговоры в Женеве",
        "Россия и США провели консультации в Женеве.",
        "Читайте также:\nЗамглавы МИД РФ заявил, что договоренности возможны\n"
        "Американское военное присутствие в Европе не будет сокращаться - Пентагон")
    assert statements(text) == []


def test_journalist_voice_is_not_a_statement():
    assert statements(article("Новости", "Напомним, что Борис Березовский уже проходит обвиняемым по делу.")) == []


# ---------------------------------------------------------------------- broken quotation marks

def test_odd_number_of_quotation_marks():
    quotes = statements(article(
        "Новости",
        'Израиль, по данным "Гаарец, начал операцию. "Мы готовы ко всему", - сказал премьер-министр Беньямин '
        'Нетаньяху.'))
    assert one(quotes, "Мы готовы ко всему").speaker.name == "Беньямин Нетаньяху"


def test_straight_quotes_open_and_close():
    text = '"Я вот не готов сказать: "Свободу Ивану Голунову!" Я не знаю", - сказал Кузичев.'
    pairs = quotations(text, [Span.of(text, 0, len(text))])
    assert [(text[q.open:q.close + 1], q.depth) for q in pairs] == [
        ('"Я вот не готов сказать: "Свободу Ивану Голунову!" Я не знаю"', 0), ('"Свободу Ивану Голунову!"', 1)]
    quote = one(statements(article("Новости", text)), "Я вот не готов")
    assert quote.type == "direct" and quote.speaker.name == "Кузичев"


@pytest.mark.parametrize("text, outer", [
    ('По итогам заседания совета "ФИФА - Оргкомитет "Россия-2018" министр спорта Виталий Мутко заявил, что '
     'будет исключен один стадион - "Спартак" или "Динамо".', '"ФИФА - Оргкомитет "Россия-2018"'),
    ('Суд взыскал с ОАО "ХК "Главмосстрой" и ОАО "Моспромстройматериалы" миллиард рублей.', '"ХК "Главмосстрой"'),
    ('Он сказал, что "планируется сохранить национальные проекты "Здоровье" и "Образование".',
     '"планируется сохранить национальные проекты "Здоровье" и "Образование"'),
], ids=["a name in a name, then words said", "a name in a name, then another name", "words said with names in them"])
def test_one_mark_closing_a_name_and_the_name_around_it(text, outer):
    pairs = quotations(text, [Span.of(text, 0, len(text))])
    assert [text[q.open:q.close + 1] for q in pairs if q.depth == 0][0] == outer


def test_a_statement_after_a_name_in_a_name():
    quote = one(statements(article("Новости", 'По итогам заседания совета "ФИФА - Оргкомитет "Россия-2018" министр '
                                               'спорта Виталий Мутко заявил, что будет исключен один стадион - '
                                               '"Спартак" или "Динамо".')), "исключен")
    assert quote.speaker.name == "Виталий Мутко"


def test_guillemet_as_bullet():
    quotes = statements(article(
        "Главное за день",
        "« Курс доллара вырос на бирже",
        "« Правительство утвердило бюджет",
        "«Бюджет сбалансирован», — заявил министр финансов Антон Силуанов."))
    assert one(quotes, "Бюджет сбалансирован").speaker.name == "Антон Силуанов"
    assert all("Курс доллара" not in q.content.text for q in quotes)


def test_unclosed_quotation_runs_no_further_than_its_paragraph():
    text = "«Начало без конца\n\nДругой абзац."
    assert quotations(text, [Span.of(text, 0, 17), Span.of(text, 19, len(text))]) == []


def test_a_quotation_left_open_is_not_closed_by_a_later_one():
    """`"Первая цитата, - сказал он.⏎⏎Текст.⏎⏎"Вторая цитата", - добавил он.`: the journalist
    forgot a mark; the second quotation is not the end of the first."""
    paragraphs = ["\"Первая цитата, - сказал он.", "Текст без кавычек.", "\"Вторая цитата\", - добавил он."]
    text = "\n\n".join(paragraphs)
    regions, at = [], 0
    for p in paragraphs:
        regions.append(Span.of(text, text.index(p, at), text.index(p, at) + len(p)))
        at = regions[-1].end
    found = quotations(text, regions)
    assert [text[q.inner_start:q.inner_end] for q in found] == ["Вторая цитата"]


def test_text_output_says_who_said_what(sample):
    from whosaid.render import render_article
    text = render_article(sample)
    section = text[text.index("Who said what"):]
    assert "Мария Захарова (person: официальный представитель, МИД России)" in section
    assert 'сказала [direct, в эфире "СоловьевLIVE"]: «Дальше, как будет продолжена работа' in section
    assert section.index("Мария Захарова") < section.index("По мнению [indirect]")  # grouped under her


def test_corpus_articles_give_sound_statements(corpus):
    """Real articles of every kind: no crash, every span indexes the text, nothing is read from
    boilerplate, and every content says more than its attribution."""
    pipeline = whosaid.Pipeline()
    found = 0
    for record in corpus[:100]:
        result = pipeline(record["text"], id=record["id"])
        result.check()
        boilerplate = [(b.start, b.end) for b in result.boilerplate]
        for quote in result.quotes:
            found += 1
            assert not any(s <= quote.content.start < e for s, e in boilerplate)
            attribution = [s for s in (quote.cue, quote.speaker.mention) if s is not None]
            assert any(ch.isalpha() for ch in quote.content.text)
            assert not any(s.start <= quote.content.start and quote.content.end <= s.end for s in attribution)
    assert found > 100


@pytest.mark.parametrize("headline, body, fragment, speaker", [
    # a headline's speaker is the one the body names first by the same role
    ("Адвокат Севастиди сообщил, что она написала прошение под диктовку начальника СИЗО",
     "Жительница Сочи Оксана Севастиди написала прошение о помиловании под диктовку начальника СИЗО. "
     "Об этом в Facebook сообщил адвокат Севастиди Иван Павлов. Позднее адвокат Севастиди Евгений Смирнов "
     "заявил, что защита намерена добиваться отмены приговора.", "она написала прошение", "Иван Павлов"),
    # the tagger reads `Плетневой` as his dative and genitive; `Тамара Плетнева`, in the nominative, is hers,
    # so a man's role noun later is not her
    ("Министр возразил Плетневой, которая не советует россиянкам выходить замуж за иностранцев",
     "Депутат Госдумы Тамара Плетнева призвала соотечественниц не вступать в браки с иностранцами. По ее словам, "
     "такие дети страдают. С мнением Плетневой не согласился ее коллега Михаил Дегтярев. Представитель ЛДПР "
     "призвал болельщиков влюбляться.", "влюбляться", "Михаил Дегтярев"),  # whom he urged is no content
    # a headline's role noun of a body is the first person the body then names with a post of its kind
    ("Президент Total призвал Путина \"надавить\" на участников проекта",
     "Глава Total Кристоф Маржери считает, что сроки освоения месторождения не должны сдвигаться. Об этом он "
     "сказал премьеру России Владимиру Путину.", "надавить", "Кристоф Маржери"),
    # a headline's pronoun is not whoever the body names last
    ("Президентского полпреда допросят по делу о ДТП. Он уверяет, что все проспал",
     "Правоохранительные органы решили допросить полпреда Гарри Минха. Между тем брат пострадавшей Антон Ярош "
     "заявил, что ему известно о свидетелях.", "все проспал", "Президентский полпред"),
])
def test_who_a_speaker_is_read_from_the_headline_and_the_body(headline, body, fragment, speaker):
    assert one(statements(article(headline, body)), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker, kind", [
    ("Как сообщает \"Интерфакс\", заседание пройдет в Брюсселе.", "заседание пройдет", "Интерфакс", "outlet"),
    ("Налоги вырастут, пишут \"Ведомости\".", "Налоги вырастут", "Ведомости", "outlet"),
    ("По данным газеты, ответ будет готов в феврале.", "ответ будет готов", "газета", "outlet"),
    ("Как сообщили в МИД России, заседание пройдет в Брюсселе.", "заседание пройдет", "МИД России",
     "organization"),
    # `издание` is a body named as the subject of writing or bringing out, though its name says no outlet; not a site
    ("Дизайнеры немецкого журнала Auto Bild уже фантазировали на эту тему, теперь свою версию приводит британский Auto "
     "Express. По данным издания, кроссовер будет двухдверным.", "кроссовер будет двухдверным", "Auto Express",
     "outlet"),
    ("Ракеты остаются в готовности, пишет The Washington Post. Обама призывал вести переговоры, пишет Inopressa.ru. "
     "Изменений не предполагается, отмечает издание.", "Изменений не предполагается", "The Washington Post", "outlet"),
    # an agency named by what else it does is no outlet, nor what `издание` stands for
    ("Проект поддержало Агентство по страхованию вкладов, сообщили в агентстве.", "Проект поддержало",
     "Агентство по страхованию вкладов", "organization"),
    ("Об этом пишут \"Ведомости\". Проект поддержало Федеральное агентство связи. Как напоминает издание, в марте "
     "министерство взялось разрабатывать поправки.", "министерство взялось", "Ведомости", "outlet"),
])
def test_a_news_outlet_that_reports_on_its_own_is_a_speaker_of_kind_outlet(text, fragment, speaker, kind):
    quote = one(statements(article("Новости", text)), fragment)
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, kind)


def test_outlet_named_without_its_kind_word():
    quote = one(statements(article(
        "Новости",
        "Митрохин выехал на Запад через Литву, сообщила в пятницу литовская газета Lietuvos zinios.")),
        "Митрохин выехал на Запад")
    assert quote.speaker.name == "Lietuvos zinios" and quote.speaker.kind == "outlet"


def test_a_time_or_a_score_has_no_colon_that_opens_a_clause():
    quotes = statements(article(
        "Новости", "Второй кран прибудет 17 июля в 7:30, говорится в сообщении штаба.",
        "Хозяева выиграли со счетом 5:2, сообщает клуб."))
    assert one(quotes, "Второй кран").content.text == "Второй кран прибудет 17 июля в 7:30"
    assert one(quotes, "Хозяева").content.text == "Хозяева выиграли со счетом 5:2"


@pytest.mark.parametrize("sentence", [
    "Парламент выбрал нового президента, сообщает \"Полит.ру\", ссылаясь на Reuters.",
    "Парламент выбрал нового президента, пишет газета, ссылаясь на источники в парламенте.",
    "Парламент выбрал нового президента, пишет газета, сославшись на собственные источники.",
])
def test_where_an_outlet_has_its_news_from_is_no_part_of_the_content(sentence):
    quote = one(statements(article("Новости", sentence)), "Парламент")
    assert quote.content.text == "Парламент выбрал нового президента"


def test_a_purpose_before_a_cue_belongs_to_the_clause_it_serves():
    quote = one(statements(article(
        "Новости", "Женщины ездят на велосипедах только рано утром, чтобы их не поймали, отмечает газета.")),
        "ездят на велосипедах")
    assert quote.content.text == "Женщины ездят на велосипедах только рано утром, чтобы их не поймали"


def test_refuting_what_was_said_before_has_no_content_of_its_own():
    quotes = statements(article("Новости", "Президент попытался это опровергнуть и отказался уйти в отставку."))
    assert not quotes


@pytest.mark.parametrize("role", ["Суданский министр", "Глава Судана"])
def test_a_role_noun_naming_a_country_is_the_one_in_office_there(role):
    quote = one(statements(article(
        "Новости",
        "Генеральный секретарь ООН Кофи Аннан прибыл в Дарфур. В Дарфур Аннан прилетел из Хартума, где провел "
        "переговоры с министром иностранных дел Судана Мустафой Османом Исмаилом.",
        f"{role} заверил его в том, что правительство приложит все усилия.")), "правительство приложит")
    assert quote.speaker.name == "Мустафа Осман Исмаил"


@pytest.mark.parametrize("role, speaker", [
    ("Председатель израильского МИД", "Председатель израильского МИД"),  # a body he has no office in
    ("Узбекский террорист", "Узбекский террорист"),  # no office
    ("Представитель узбекской делегации", "Представитель узбекской делегации"),  # not its head
])
def test_a_role_noun_naming_a_country_is_not_any_official_of_it(role, speaker):
    quote = one(statements(article(
        "Новости", "Журналисты встретились с президентом Узбекистана Исламом Каримовым и израильским премьером "
                   "Эхудом Бараком.",
        f"{role} заявил, что переговоры продолжатся.")), "переговоры продолжатся")
    assert quote.speaker.name == speaker


def test_infinitives_demanded_together_are_one_content():
    quote = one(statements(article(
        "Новости", "Повстанцы требуют от властей обуздать арабские отряды и увеличить финансирование региона.")),
        "обуздать")
    assert quote.content.text.endswith("обуздать арабские отряды и увеличить финансирование региона")


@pytest.mark.parametrize("text, speaker, cue", [
    ("«Я очень зол, мы не хотели проводить матч», — негодует генеральный менеджер клуба Ян ван Халст.",
     "Ян ван Халст", "негодует"),
    ("«Ну что ж, будем работать дальше», — вздохнул главный тренер Юрий Семин.", "Юрий Семин", "вздохнул"),
    ("«Победителей не судят», — усмехнулся Иван Петров.", "Иван Петров", "усмехнулся"),
    ("«Это незаконно», — запротестовал адвокат Иван Петров.", "Иван Петров", "запротестовал"),
    ("\"Это неприемлемо\", - отреагировал на решение суда глава МИД Сергей Лавров.", "Сергей Лавров", "отреагировал"),
    ("«Было страшно», — вспоминает ветеран Иван Петров.", "Иван Петров", "вспоминает"),
])
def test_a_verb_of_the_manner_of_speaking_attributes_a_quotation(text, speaker, cue):
    quote = statements(article("Новости", text))[0]
    assert (quote.type, quote.speaker.name, quote.cue.text) == ("direct", speaker, cue)


def test_a_verb_of_the_manner_of_speaking_alone_says_nothing():
    assert not statements(article("Новости", "Тренер вздохнул и ушел в раздевалку. Болельщики смеялись."))
    assert not statements(article("Новости", "Министр отреагировал на решение суда и вспомнил о прошлом."))


def test_a_frame_inside_what_someone_said_is_part_of_it():
    quotes = statements(article(
        "Новости",
        "Как заявил ТАСС официальный представитель Пентагона Джон Керби, переговоры министров, по мнению "
        "военного ведомства, \"были продуктивными и откровенными\"."))
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "Джон Керби" and "по мнению военного ведомства" in quotes[0].content.text


def test_a_comma_inside_a_quotation_does_not_end_a_frame():
    quote = one(statements(article(
        "Новости",
        "По словам Сергея Семёнова, к ним за помощью \"обратились жители Пятигорска, возмущенные отсутствием "
        "реакции властей\".")), "жители Пятигорска")
    assert quote.content.text.startswith("к ним за помощью") and quote.speaker.name == "Сергей Семёнов"


def test_an_object_before_its_verb_is_not_a_speaker():
    quotes = statements(article(
        "Новости",
        "Любопытный выход из ситуации предложил единственный российский легионер в голландском чемпионате "
        "Дмитрий Булыкин. Он призвал переиграть матч."))
    assert not any("выход" in q.speaker.name.lower() or "чемпионате" in q.content.text for q in quotes)
    assert one(quotes, "переиграть матч").speaker.name == "Дмитрий Булыкин"



@pytest.mark.parametrize("text", [
    "Тогда перенос старта объяснили неисправностями в системе стыковки корабля.",
    "Гибель чиновника следователи не комментируют. Недосыпание объясняют нехваткой времени.",
])
def test_a_thing_a_plural_verb_cannot_agree_with_is_its_object_not_a_speaker(text):
    """`перенос` is singular and `объяснили` plural: the parser's subject is what was explained, and no one
    is named who did."""
    things = {"перенос старта", "Недосыпание"}
    assert not any(q.speaker.name in things for q in statements(article("Новости", text)))


@pytest.mark.parametrize("sentence, content", [
    ("По словам Балашова, расследование уголовного дела в отношении профессора Петрова, который передавал "
     "иностранцу сведения о новейших разработках российской торпеды \"Шквал\", продолжается и скоро будет "
     "передано в суд.", "расследование уголовного дела в отношении профессора Петрова, который передавал "
     "иностранцу сведения о новейших разработках российской торпеды \"Шквал\", продолжается и скоро будет "
     "передано в суд"),
    ("Согласно словам представителей прокуратуры, которые приводит НТВ, следствие опровергает все сообщения "
     "об обысках.", "следствие опровергает все сообщения об обысках"),
    ("Как сообщили в больнице, куда доставили пострадавшую, ее состояние стабильное.", "ее состояние стабильное"),
    ("Как заявил министр, которого цитирует агентство, переговоры продолжатся в мае.", "переговоры продолжатся в мае"),
    # words past the content that the parser hung on the frame's noun
    ("По словам представителя компании, в магазине будут продаваться и товары партнеров, например ноутбуки на "
     "базе ОС Windows, выпущенные компаниями Acer, Asus, Lenovo и др.", "в магазине будут продаваться и товары "
     "партнеров, например ноутбуки на базе ОС Windows, выпущенные компаниями Acer, Asus, Lenovo и др"),
    ("По словам нападающего, которому во вторник исполнилось 33 года, ему необходимо залечить травмы и освоиться "
     "в клубе, куда он недавно перешел из другой команды.", "ему необходимо залечить травмы и освоиться в клубе, "
     "куда он недавно перешел из другой команды"),
])
def test_where_a_frame_ends_before_a_relative_clause(sentence, content):
    quote = one(statements(article("Новости", sentence)), content[:20])
    assert quote.content.text == content


def test_a_headline_quotation_after_a_role_is_the_one_so_described_below():
    quotes = statements(article(
        "Глава международного комитета Госдумы: \"Катынь забрала новые жертвы\"",
        "Глава международного комитета Государственной Думы Константин Косачев потрясен известием о катастрофе. "
        "\"Катынь забрала новые жертвы\", - сказал Косачев."))
    headline = [q for q in quotes if q.content.start < 80]
    assert headline and headline[0].speaker.name == "Константин Косачев"


def test_a_headline_saying_what_someone_is_has_no_speaker():
    quotes = statements(article("Елена Соколова - новая чемпионка России",
                                "Москвичка Елена Соколова стала чемпионкой страны."))
    assert not quotes


@pytest.mark.parametrize("owner, speaker", [("Бодрунова", "Бодрунов"), ("Сергея Бодрунова", "Сергей Бодрунов")])
def test_the_owner_of_words_before_a_colon_says_them(owner, speaker):
    quote = one(statements(article(
        "Новости", f"Депутат Бодрунов извинился перед коллегами. Заявление {owner}: \"Приношу извинения, но "
                   "оставляю за собой право обратиться в суд\". Коллеги промолчали.")), "Приношу извинения")
    assert (quote.type, quote.speaker.name, quote.content.text[:1]) == ("direct", speaker, "П")


@pytest.mark.parametrize("sentence, speaker", [
    ("Кличко отреагировал на эти слова весьма оригинально: \"Скоро все смогут убедиться, что я лучше Льюиса\".",
     "Кличко"),
    ("Тогда в эфире губернатора поддержал председатель облдумы Анатолий Мишнев: \"Эта кучка людей сумела "
     "захватить партию\".", "Анатолий Мишнев"),
    ("Тогда в эфире губернатору ответил председатель облдумы Анатолий Мишнев: \"Эта кучка людей сумела "
     "захватить партию\".", "Анатолий Мишнев"),  # a cue, its subject hung on the quotation's verb
])
def test_someone_s_deed_before_a_colon_introduces_their_words(sentence, speaker):
    quote = statements(article("Новости", sentence))[0]
    assert (quote.type, quote.speaker.name) == ("direct", speaker)


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Днем в аварийных службах рассказали: \"Частный самолет поднялся в воздух с поля под Судаком, однако в полете "
     "возникла нештатная ситуация\".", "Частный самолет", "аварийные службы"),  # the place, hung on the quotation
    ("Как сообщили агентству в Уральском региональном центре МЧС в Екатеринбурге, авария произошла утром по местному "
     "времени.", "авария произошла", "Уральский региональный центр МЧС"),  # the place, hung on the content
    ("Делегация была встречена в аэропорту мэром города Игорем Седовым со словами: \"Рады видеть вас в нашем "
     "городе\".", "Рады видеть", "Игорь Седов"),  # the agent of a passive, with words before a colon
])
def test_a_speaker_the_parser_hung_elsewhere(text, fragment, speaker):
    assert one(statements(article("Новости", text)), fragment).speaker.name == speaker


def test_a_reported_clause_before_a_colon_goes_on_into_the_quotation():
    quotes = statements(article(
        "Новости", "Губернатор заверил, что возвращение беженцев будет добровольным: \"Это исключительно "
                   "добровольный процесс\"."))
    assert len(quotes) == 1 and quotes[0].content.text.endswith("добровольный процесс\"")


def test_an_outlet_noun_with_its_name_is_that_outlet_not_the_last_one():
    quotes = statements(article(
        "Новости", "Путин узнал о назначении из прессы, передает РИА \"Новости\". По данным издания "
                   "\"Коммерсант\", его брат работал в палате."))
    assert "Коммерсант" in one(quotes, "его брат работал").speaker.name


def test_a_named_body_after_a_verb_that_agrees_with_it_is_its_subject():
    quotes = statements(article(
        "Новости", "Россияне должны принести в новую систему почти 1 трлн руб. Такой целевой показатель "
                   "предложило Минэкономразвития в законопроекте."))
    assert [q.speaker.name for q in quotes if q.cue is not None and q.cue.text == "предложило"] == \
        ["Минэкономразвития"]


def test_the_agency_told_is_not_the_office_that_speaks():
    quote = one(statements(article(
        "Новости", "\"Все документы подлинные\", - сообщили в пятницу ИТАР-ТАСС в пресс-службе Федеральной "
                   "таможенной службы.")), "документы подлинные")
    assert quote.speaker.name.startswith("пресс-служба Федеральной таможенной службы")


@pytest.mark.parametrize("sentence, kind, content", [
    ("Министр заявил, что ситуация \"остается сложной. Мы делаем все возможное. Помощь придет завтра\".", "mixed",
     "ситуация \"остается сложной. Мы делаем все возможное. Помощь придет завтра\""),
    ("Министр подчеркнул, что \"ситуация остается сложной. Мы делаем все возможное. Помощь придет завтра\".",
     "direct", "ситуация остается сложной. Мы делаем все возможное. Помощь придет завтра"),
])
def test_a_quotation_opened_in_a_reported_clause_runs_on_over_its_sentences(sentence, kind, content):
    quote = statements(article("Новости", sentence))[0]
    assert (quote.type, quote.content.text) == (kind, content)


def test_whose_words_when_the_parser_lost_the_frame_s_phrase():
    quote = one(statements(article(
        "Новости", "По словам одержавшего недавно победу на президентских выборах Игоря Додона из \"Партии "
                   "социалистов Республики Молдова\", его избиратели \"воссоединились и проголосовали за дружбу с "
                   "Россией, за нейтралитет\".")), "его избиратели")
    assert quote.speaker.name == "Игорь Додон" and quote.content.text.startswith("его избиратели")


def test_what_something_is_compared_with_is_part_of_the_content():
    quote = one(statements(article(
        "Новости", "Немецкая газета сравнила зависимость Болгарии от России с \"захватом страны\".")), "зависимость")
    assert (quote.type, quote.content.text) == ("mixed", "зависимость Болгарии от России с \"захватом страны\"")


def test_the_speaker_s_next_act_after_a_comma_is_no_content():
    quote = one(statements(article(
        "Новости", "Бывший премьер-министр называет Россию \"важным партнером\" Европы, хочет снять санкции и "
                   "считает, что западные державы провоцируют ее.")), "важным партнером")
    assert quote.content.text == "Россию \"важным партнером\" Европы"


def test_the_speaker_s_next_act_with_its_object_before_it_is_no_content():
    quotes = statements(article("Новости", "В своем Twitter журналист заявил, что рад отмене заседания совета "
                                           "директоров, а главного редактора назвал героем."))
    assert one(quotes, "рад отмене").content.text == "рад отмене заседания совета директоров"


def test_the_speaker_s_next_act_of_saying_after_a_plural_cue():
    quote = one(statements(article(
        "Новости", "Представители компании заявили, что сведения о переписке являются конфиденциальной информацией, и "
                   "обратили на это внимание польской стороны.")), "сведения")
    assert quote.content.text == "сведения о переписке являются конфиденциальной информацией"


@pytest.mark.parametrize("text, content, speaker", [
    ("Однако эксперты сходятся во мнении, что заявленной суммы на реализацию проекта не хватит.",
     "заявленной суммы на реализацию проекта не хватит", "эксперты"),
    ("Участники встречи сошлись в том, что кризис преодолен.", "кризис преодолен", "Участники встречи"),
])
def test_agreeing_in_a_view(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


@pytest.mark.parametrize("text, content, speaker", [
    # a `чтобы` after a thing named or asked for says what it is for, not what was said
    ("Руководители движения требуют быстрого и жесткого подавления вооруженных группировок, чтобы не дать им "
     "реорганизоваться.", "быстрого и жесткого подавления вооруженных группировок, чтобы не дать им "
     "реорганизоваться", "Руководители движения"),
    ("Некоторые считают эту информацию \"вбросом\", чтобы снизить накал в обществе.",
     "эту информацию \"вбросом\", чтобы снизить накал в обществе", "Некоторые"),
    # but after a noun of wishing or asking it is what is wished or asked
    ("Актер выразил желание, чтобы его похоронили на острове.", "его похоронили на острове", "Актер"),
    # what a verb of naming names its object as
    ("В качестве таких мер мэр назвал легализацию проституции, а также запрет на распитие напитков на улице.",
     "В качестве таких мер мэр назвал легализацию проституции, а также запрет на распитие напитков на улице", "мэр"),
])
def test_what_a_clause_of_purpose_or_a_phrase_of_naming_makes_of_the_content(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


def test_content_ends_before_the_opposed_clause_of_the_speaker_s_next_act():
    quote = one(statements(article(
        "Новости", "Некоторые пользователи предположили, что сбой связан с обновлением систем оператора T-Mobile, "
                   "однако в компании опровергли эту версию.")), "сбой связан")
    assert quote.content.text == "сбой связан с обновлением систем оператора T-Mobile"


@pytest.mark.parametrize("text, content, speaker", [
    # a bare clause the parser read as a sentence of its own
    ("Всего в поезде находилось 88 человек. Представитель местных властей заявил в интервью испанскому радио, "
     "катастрофа произошла на железной дороге.", "катастрофа произошла на железной дороге",
     "Представитель местных властей"),
    # a subject the parser gave the cue after the `, что` that opens the content is the content's
    ("Глава подразделения Скотланд-Ярда Питер Кларк выступил перед журналистами. Он сообщил на пресс-конференции, "
     "что одним из исполнителей неудавшихся взрывов в общественном транспорте Лондона был 24-летний Ясина Хассан Омар.",
     "одним из исполнителей неудавшихся взрывов в общественном транспорте Лондона был 24-летний Ясина Хассан Омар",
     "Питер Кларк"),
])
def test_a_content_clause_the_parser_split_off_or_hung_as_a_subject(text, content, speaker):
    quote = one(statements(article("Новости", text)), content[:20])
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


@pytest.mark.parametrize("text", [
    "Бывший сослуживец заявил, что солдата поймали пьяным. Официальные представители военного ведомства это "
    "отрицают, однако за несколько недель до плена Бергдал делал туманные заявления.",
    "Министр это отрицает, но акции падают третий день.",
    "Министр заявил журналистам, однако документ никто не видел.",
    "Пока старший группы докладывал по рации, подошла девушка.",  # the main clause after a clause of time
])
def test_a_clause_opposed_to_the_cue_is_no_bare_content(text):
    assert [q.content.text for q in statements(article("Новости", text))] in ([], ["солдата поймали пьяным"])


def test_the_last_of_coordinated_names_in_a_group_s_genitive_is_not_its_speaker():
    quote = one(statements(article(
        "Новости", "Иск к участницам группы подали Иван Квасницкий и Владимир Задоя. Адвокаты Задоя и Квасницкого "
                   "заявляли, что намерены дождаться вступления приговора в законную силу.")), "намерены")
    assert (quote.speaker.name, quote.speaker.kind) == ("Адвокаты Задоя и Квасницкого", "group")


def test_what_is_conceded_ends_where_the_main_clause_answers():
    quote = one(statements(article(
        "Новости", "Источник в Кремле хотя и подтвердил газете, что установка губернаторам была дана, однако "
                   "главной задачей стало провести выборы в один тур.")), "установка губернаторам")
    assert (quote.speaker.name, quote.content.text) == ("Источник в Кремле", "установка губернаторам была дана")


def test_a_numeral_predicate_of_naming():
    quote = one(statements(article(
        "Новости", "AP назвало этот теракт \"одним из самых ужасных со времени окончания войны\".")), "этот теракт")
    assert quote.cue.text == "назвало" and quote.speaker.name == "AP"


def test_a_minister_is_not_the_president_just_named_nor_the_minister_before_the_last_speaker():
    quotes = statements(article(
        "Новости",
        "Президент России Владимир Путин и премьер-министр Японии Синдзо Абэ провели переговоры во Владивостоке.",
        "Глава Минэнерго Александр Новак рассказал, о чем беседовали лидеры государств. \"Обсуждались проекты\", - "
        "сказал он.",
        "По словам Новака, Путин и Абэ обсуждали также сотрудничество в области энергии. \"Это и атомная "
        "энергетика, совместное предприятие\", - добавил министр.",
        "Глава Минэкономразвития РФ Алексей Улюкаев, в свою очередь, рассказал, что страны продвинулись в "
        "переговорах. Речь прежде всего идет о партнерстве банков, рассказал министр."))
    assert one(quotes, "атомная энергетика").speaker.name == "Александр Новак"
    assert one(quotes, "партнерстве банков").speaker.name == "Алексей Улюкаев"


@pytest.mark.parametrize("text, content, speaker", [
    ("По последним данным, террористы отделили детей от родителей. Об этом радиостанции \"Эхо Москвы\" сообщила "
     "одна из заложниц.", "По последним данным, террористы отделили детей от родителей", "одна из заложниц"),
    ("По неофициальным данным, выборы перенесут. Об этом сообщили в избирательной комиссии региона.",
     "По неофициальным данным, выборы перенесут", "избирательная комиссия региона"),
])
def test_об_этом_takes_a_sentence_whose_frame_names_no_one(text, content, speaker):
    quotes = statements(article("Новости", text))
    assert [(q.content.text, q.speaker.name) for q in quotes] == [(content, speaker)]


def test_a_gerund_after_a_postposed_attribution_is_its_speaker_s_next_act():
    quotes = statements(article("Новости", "Иран нашел решения, сообщил министр у себя в Facebook, отметив, что "
                                           "переговоры были трудными."))
    assert [(q.cue.text, q.content.text, q.speaker.name) for q in quotes] == [
        ("сообщил", "Иран нашел решения", "министр"), ("отметив", "переговоры были трудными", "министр")]
    quoted = statements(article("Новости", "\"Мотивы нападавшего неизвестны, но не исключено, что он совершил "
                                           "нападение в состоянии аффекта\", - сообщил представитель полицейского "
                                           "профсоюза, отметив, что нападение произошло в помещении, куда доступ "
                                           "посторонним запрещен."))
    assert [q.speaker.name for q in quoted] == ["представитель полицейского профсоюза"] * 2




@pytest.mark.parametrize("sentence", [
    "По факту инцидента возбуждено уголовное дело, сообщили в управлении Следственного комитета, не уточнив статью.",
    "По факту инцидента возбуждено уголовное дело, уточнил собеседник агентства, не став раскрывать подробностей.",
])
def test_what_the_speaker_left_unsaid_after_a_postposed_attribution_is_no_content(sentence):
    assert [q.content.text for q in statements(article("Новости", sentence))] == [
        "По факту инцидента возбуждено уголовное дело"]
def test_a_gerund_after_a_clause_of_a_subjectless_verb_is_the_clause_s_subject_s():
    """The parser hangs `потребовав` on `объявлено`, which has no subject, not on `подала`."""
    quotes = statements(article("Новости", "\"Я проведу консультации с налоговиками\", - сообщил Михаил Лесин.\n\n"
                                           "Ранее сегодня было объявлено, что Налоговая инспекция Центрального "
                                           "округа Москвы подала в Арбитражный суд на холдинг \"Медиа-Мост\", "
                                           "потребовав обанкротить телекомпанию НТВ."))
    assert one(quotes, "обанкротить").speaker.name == "Налоговая инспекция Центрального округа Москвы"


MEDVEDEV_AFTER_CLINTON = ("«Мы рады, что протесты были мирными», - заявила госсекретарь США Хиллари Клинтон. Она "
                          "также оказалась под впечатлением от заявления президента России Дмитрия Медведева, который "
                          "спустя сутки прокомментировал акции протеста в Москве через Facebook, сообщив, что "
                          "несогласен с лозунгами. Тем не менее он пообещал разобраться с нарушениями.",)


@pytest.mark.parametrize("paragraphs, content, speaker", [
    pytest.param(("Министр встретился с главой компании Иваном Петровым, который вчера выступил перед журналистами, "
                  "заявив, что сделка состоится.",), "сделка состоится", "Иван Петров",
                 id="a gerund right after a relative clause goes on with it"),
    pytest.param(MEDVEDEV_AFTER_CLINTON, "несогласен с лозунгами",
                 "Дмитрий Медведев", id="a relative clause the parser hung on nothing"),
    pytest.param(MEDVEDEV_AFTER_CLINTON, "разобраться с нарушениями",
                 "Дмитрий Медведев", id="and the pronoun after it"),
])
def test_the_doer_of_a_gerund_after_a_relative_clause_is_the_clause_s(paragraphs, content, speaker):
    assert one(statements(article("Новости", *paragraphs)), content).speaker.name == speaker


def test_a_woman_counsel_is_the_lawyer_named_just_before():
    quotes = statements(article("Новости", "Пресс-секретарь суда Наталья Васильева заявила, что заседание перенесено.",
                                "Сторону ответчиков в суде представляла адвокат Виолетта Волкова. Защитница попросила "
                                "выделить иск в отдельное производство."))
    assert one(quotes, "выделить иск").speaker.name == "Виолетта Волкова"


@pytest.mark.parametrize("paragraphs, content, speaker", [
    pytest.param(("«Причиной снижения индекса стали разовые факторы», - цитирует агентство сообщение экономиста ВТБ "
                  "Капитал Дмитрия Федоткина.",), "разовые факторы", "Дмитрий Федоткин",
                 id="the owner of a text an outlet the parser read as an object quotes"),
    pytest.param(("Немецкий защитник Кристоф Метцельдер признался, что Рауль расспрашивал его о жизни в Германии. "
                  "«Рауль - настоящий профи», - цитирует футболиста РИА \"Новости\".",), "настоящий профи",
                 "Кристоф Метцельдер", id="whom an outlet the parser hung on him quotes"),
    pytest.param(("«Попадание радиации на территорию России исключается», - цитирует РИА \"Новости\" пресс-релиз "
                  "ведомства.",), "исключается", "ведомство", id="the body whose release an outlet quotes"),
    pytest.param(("Премьер-министр Японии Наото Кан выразил благодарность всем государствам, которые помогли его "
                  "стране.", "«Тарелка супа, одеяло согревали замерзшие сердца», - цитирует текст обращения премьера "
                  "\"Независимая газета\"."), "Тарелка супа", "Наото Кан", id="whose the text of a text is"),
])
def test_an_outlet_that_quotes_a_text_or_a_person_relays_them(paragraphs, content, speaker):
    assert one(statements(article("Новости", *paragraphs)), content).speaker.name == speaker


@pytest.mark.parametrize("paragraphs, content, speaker", [
    pytest.param(("«Это позорно», - заявил Прилепин.", "Выехавшая в Нижний Новгород эксперт по России организации "
                  "Amnesty International Фредерика Вебб считает, что «вокруг форума произошло много странного»."),
                 "много странного", "Фредерика Вебб", id="a person the parser made the subject of the words"),
    pytest.param(("Китайское руководство уточнило, что причиной являются погодные условия. Капсула приземлится в "
                  "Монголии, сообщает ИТАР-ТАСС.", "Между тем, центральное китайское телевидение и местная печать "
                  "говорят о том, что полет проходит в штатном режиме, тайконавты чувствуют себя хорошо."),
                 "штатном режиме", "центральное китайское телевидение и местная печать", id="and the press"),
    pytest.param(("Эксперт Фредерика Вебб считает, что форум сорван.",), "форум сорван", "Фредерика Вебб",
                 id="a woman's name the parser hung on the noun before it as whose"),
    pytest.param(("Адвокат Севастиди сообщил, что она написала прошение.",), "написала прошение",
                 "Адвокат Севастиди", id="but a name that shows no case is whose"),
])
def test_a_subject_the_parser_gave_another_verb_or_read_as_whose(paragraphs, content, speaker):
    assert one(statements(article("Новости", *paragraphs)), content).speaker.name == speaker


def test_a_frame_around_a_view_is_the_framer_s_statement():
    quotes = statements(article("Новости", "Украина, по словам Ющенко, надеется получить четкий сигнал из ЕС о "
                                           "том, что двери открыты."))
    assert [q.speaker.name for q in quotes] == ["Ющенко"]
    assert quotes[0].content.text.startswith("Украина, по словам Ющенко, надеется")


def test_what_people_think_is_no_one_s_statement():
    quotes = statements(article(
        "В Сальвадоре и Колумбии женщин просят не заводить детей",
        "Власти латиноамериканских стран принимают отчаянные попытки предотвратить рост случаев болезни, развитие "
        "которой, как полагают, связано с эпидемией лихорадки Зика."))
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "полагают"]


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    pytest.param(["\"Это чистая провокация\", - цитирует Aftonbladet издание \"Советский спорт\"."],
                 "чистая провокация", "Aftonbladet", id="the one quoted, named by an indeclinable name"),
    pytest.param(["Скандал разразился в январе, когда журналисты газеты HVG заявили, что Шмитт в своей работе "
                  "использовал дословные переводы работ других ученых."], "Шмитт в своей работе",
                 "журналисты газеты HVG", id="a subject the parser gave to the clause said"),
    pytest.param(["Президент Франции Николя Саркози оговорился во время речи. «Я не говорю этого просто так», — "
                  "заявил он.", "Представитель Елисейского дворца позднее заверил, что оговорка была простой ошибкой."],
                 "оговорка была", "Представитель Елисейского дворца", id="someone of a body is not who spoke last"),
    pytest.param(["Владелец заведения Франц Келлер рассказал о кухне. \"В этом регионе он самый лучший\", - убежден "
                  "хозяин \"Адлер Виртшафт\"."], "самый лучший", "Франц Келлер",
                 id="a business named beside a person noun is not who speaks"),
    pytest.param(["Заместитель командующего полковник Борис Подопригора сообщил, что боевики окружены. Со слов "
                  "пленного, часть бандгруппы движется к границе."], "часть бандгруппы", "пленный",
                 id="a captive is someone new"),
    pytest.param(["Руководитель Чечни Ахмад Кадыров выразил уверенность, что выборы будут честными. Глава Чечни "
                  "отметил, что обращение к президенту страны Владимиру Путину было верным. \"Третий раз на те же "
                  "грабли нация не наступит\", - заявил глава республики."], "Третий раз", "Ахмад Кадыров",
                 id="of two holding the office a phrase names, the one who spoke"),
    pytest.param(["Как сообщили в прокуратуре Москвы, на скамье подсудимых окажутся Асланбек Хасханов и Аслан "
                  "Мурдалов. \"Дело выделено в октябре из основного дела\", - отметил представитель Генпрокуратуры."],
                 "Дело выделено", "представитель Генпрокуратуры",
                 id="a role noun is not one of the people named together as the subject just before"),
    pytest.param(["Адвокат Юрий Милешин сказал, что его подзащитный болен. Республиканское МВД ищет завод, передает "
                  "\"Интерфакс\", ссылаясь на пресс-службу ведомства. Представитель пресс-службы уточнил, что такие "
                  "рейды проводятся регулярно."], "рейды проводятся", "Представитель пресс-службы",
                 id="someone of a body named by its kind is not who spoke before"),
    pytest.param(["Переговоры продолжатся в Брюсселе, заявил глава представительства Еврокомиссии в Москве "
                  "Ричард Райт.",
                  "«Мы делаем все возможное», — подчеркнул представитель Еврокомиссии."], "делаем все возможное",
                 "Ричард Райт", id="a body's representative is the head of its office"),
    pytest.param(["Авторы законопроекта предложили дать полиции новые права. Кроме того, статью 30 закона о полиции "
                  "предложили дополнить положением о том, что \"сотрудник полиции не подлежит преследованию\"."],
                 "не подлежит преследованию", "Авторы законопроекта", id="an object the parser read as a subject"),
    pytest.param(["В пресс-службе банка сообщили, что Игорь вышел на работу. В июле пресса писала, что в офисе "
                  "компании он появляется редко."], "появляется редко", "пресса", id="the press is no press service"),
    pytest.param(["Заместитель министра внутренних дел Ирака Ахмед Касем Ибрагим заявил, что операция масштабная. Как "
                  "сообщил американский военный представитель в иракской столице, инцидент произошел в среду."],
                 "инцидент произошел", "американский военный представитель в иракской столице",
                 id="a role noun of one country is not the official of another"),
    pytest.param(["Как рассказали \"Ведомостям\" несколько источников в банковских кругах, \"Альфа\" помогает "
                  "Номос-банку реструктурировать задолженность."], "помогает", "источники в банковских кругах",
                 id="a counted subject after the cue of a frame"),
    pytest.param(["Источник в силовых структурах сообщил, что боевики блокированы.",
                  "Другой источник в правоохранительных органах республики сообщил, что боевиков четверо."],
                 "боевиков четверо", "источник в правоохранительных органах республики",
                 id="one more source described as the source it is"),
    pytest.param(["Актер погиб в понедельник. По другой версии, он мог упасть."], "мог упасть", "другая версия",
                 id="another version is no version"),
    pytest.param(["Член Совета по правам человека при главе Чечни Мансур Солтаев выступил с предложением легализовать "
                  "многоженство. \"Каждая женщина должна быть замужем\", - сказал Солтаев.",
                  "В январе 2006 года, будучи вице-премьером республики, Рамзан Кадыров заявил о необходимости "
                  "введения многоженства. Подкрепляя свою позицию в 2011 году, он отмечал, что \"очень даже за\" "
                  "многоженство. \"Это для мужчины правильнее\", - говорил глава Чечни."],
                 "Это для мужчины правильнее", "Рамзан Кадыров", id="a role noun inside a description's phrase"),
    pytest.param(["Пресс-секретарь президента России Дмитрий Песков призвал дождаться доклада.",
                  "Как отметил представитель Кремля, эти данные однозначные."], "эти данные однозначные",
                 "Дмитрий Песков", id="a building that stands for the office one serves"),
    pytest.param(["Мэром поселка Виганелла уже десять лет остается Пьерфранко Мидали.",
                  "\"Даже в полдень у нас сумерки\", - жалуется мэр Мидали."], "в полдень",
                 "Пьерфранко Мидали", id="a title and a surname with no case ending"),
    pytest.param(["Оксана Севастиди осуждена за госизмену. Об этом сообщил адвокат Севастиди Иван Павлов.",
                  "Адвокат Севастиди сообщил, что она подала жалобу."], "подала жалобу",
                 "Иван Павлов", id="a title and the name of the one it serves"),
    pytest.param(["\"Наши собаки здоровее\", – объясняет заводчик с 20-летним опытом Герлинде Шульце."],
                 "собаки здоровее", "Герлинде Шульце", id="a name with no case ending closing a title's phrase"),
    pytest.param(["\"Я сожалею, что у меня мало времени\", - говорит депутат итальянского парламента, бывшая "
                  "чемпионка по фигурному катанию Габриэла Карлуччи."], "мало времени", "Габриэла Карлуччи",
                 id="a second apposition that opens with an adjective and ends in a name"),
    pytest.param(["Отец пострадавшей Александр Ярош рассказал о свидетелях. Врачи осмотрели девушку.",
                  "\"Моя дочь была в сознании\", - сообщил отец пострадавшей."], "была в сознании",
                 "Александр Ярош", id="a description repeated from where the person was named"),
    pytest.param(["Министр юстиции Израиля Амир Охана подписал распоряжение.",
                  "Министр юстиции РФ просил Израиль об отмене экстрадиции."],
                 "отмене экстрадиции", "Министр юстиции РФ", id="a description with more words is someone else"),
    pytest.param(["\"Я никогда не думал, госпожа госсекретарь, что буду принимать у вас присягу\", - произнес "
                  "затем Байден, который сам был в числе претендентов."], "принимать у вас", "Байден",
                 id="the subject of a relative clause after the speaker is not the speaker"),
    pytest.param(["Как заявил, отвечая на вопросы журналистов, министр финансов, бюджет будет исполнен."],
                 "бюджет будет", "министр финансов", id="a subject after the cue's gerund clause"),
    pytest.param(["Пресс-служба компании распространила письмо Сергея Полонского к мэру.",
                  "\"Все эти действия ставят под угрозу получение кредита\", - указывается в письме."],
                 "под угрозу", "Сергей Полонский", id="a document named before with its author"),
    pytest.param(["Власти Великобритании возложили ответственность на Россию, аргументировав это тем, что вещество, "
                  "которым отравили Скрипалей, разрабатывалось в СССР."], "разрабатывалось", "Власти Великобритании",
                 id="a gerund's doer is its verb's subject"),
    pytest.param(["Власти Великобритании сразу возложили ответственность на Россию, аргументировав это тем, что "
                  "вещество, которым, по данным британской полиции, отравили Скрипалей, разрабатывалось в СССР под "
                  "контролем спецслужб."], "под контролем", "Власти Великобритании",
                 id="a verb the parser made a subject is none"),
    pytest.param(["Суд приговорил каждого из них к 6 годам. Собравшиеся у суда считали приговор, основанный на "
                  "экспертизах и игнорировавший показания свидетелей, несправедливым."], "основанный",
                 "Собравшиеся у суда", id="a participle standing for people is a subject"),
    pytest.param(["Допросив задержанных, а также Саймона Манна, который встречал самолет, власти обвинили их в "
                  "попытке свергнуть законную власть."], "свергнуть", "власти", id="a gerund is no subject"),
    pytest.param(["Его состояние в нынешнем эксперты The Times оценили в 16,7 млрд долларов."], "16,7 млрд",
                 "эксперты The Times", id="an adjective in another case is no part of the speaker"),
    pytest.param(["Больше всего противников этой идеи в Германии: 58% респондентов сказали, что их страна не должна "
                  "воевать."], "не должна", "58% респондентов", id="a subject beyond a colon is another clause's"),
    pytest.param(["Во время интервью Александров, узнавший об интервью жены, расплакался: \"Ну почему?! Я же просил "
                  "ее не говорить\"."], "Я же просил", "Александров",
                 id="a doer before a colon the parser hung on his participle clause"),
    pytest.param(["Военно-дипломатический источник в Москве сообщил, что контракты будут заморожены.",
                  "Их стоимость оценивается в $800 млн, отметил источник."], "800 млн",
                 "Военно-дипломатический источник в Москве", id="a bare source is the one described before"),
    pytest.param(["Высокопоставленный источник сообщил, что комиссия рассматривает разные версии.",
                  "По словам источника, экипаж был опытным."], "экипаж был опытным", "Высокопоставленный источник",
                 id="a bare source in a frame is the one described before"),
    pytest.param(["Источник в полиции сообщил, что задержанных двое.", "Другой источник сказал, что задержанных трое."],
                 "задержанных трое", "источник", id="another source is not the one described before"),
    pytest.param(["Евросоюз может ужесточить санкции. Об этом пишет газета «Коммерсант» со ссылкой на информированный "
                  "источник в структурах ЕС.", "По его словам, в ЕС считают, что выборы незаконны."],
                 "выборы незаконны", "информированный источник в структурах ЕС",
                 id="a pronoun for the source described before"),
    pytest.param(["Мосгорсуд отклонил иск родственников шведского дипломата Рауля Валленберга, в котором они требовали "
                  "рассекретить информацию о его судьбе."], "рассекретить информацию",
                 "родственники шведского дипломата Рауля Валленберга", id="a plural pronoun for the people described"),
    pytest.param(["На границе задержаны трое нарушителей. Все они граждане Бангладеш. Они говорят, что заблудились."],
                 "заблудились", "трое нарушителей", id="a plural pronoun, not the predicate said of the people"),
    pytest.param(["В свою очередь в заявлении главы пресс-службы Госдепартамента США Хизер Нойерт говорится, "
                  "что министры вновь заявили о приверженности договоренностям."], "вновь заявили",
                 "Хизер Нойерт", id="a course of things is no text that speaks"),
    pytest.param(["Особое внимание на совещании было уделено поставкам газа. В этой связи отмечалось, что поставки "
                  "идут с превышением обязательств, сообщает \"Интерфакс\"."], "поставки идут", "Интерфакс",
                 id="a course of things leaves the relay"),
    pytest.param(["Следователи ответили на запрос агентства. В ответе также отмечается, что следствие определяет "
                  "размер вреда."], "следствие определяет", "ответ", id="a reply is a text that speaks"),
    pytest.param(["Роспотребнадзор сообщил, что обнародовал требования к школьным ранцам.",
                  "\"Вес ранца не должен превышать 700 граммов\", - подчеркивается в пресс-релизе."], "700 граммов",
                 "Роспотребнадзор", id="a bare press release is the body's that spoke"),
    pytest.param(["Вес ранца не должен превышать 700 граммов, напоминает Роспотребнадзор.",
                  "\"Появление множества пособий привело к росту веса\", - констатирует федеральная служба."],
                 "росту веса", "Роспотребнадзор", id="a service stands for the body that spoke"),
    pytest.param(["Экспорт остановлен, передает \"Интерфакс\" со ссылкой на сообщение Федерации работодателей Украины. "
                  "Задержка может продлиться не один месяц, считают в этой организации."], "не один месяц",
                 "Федерация работодателей Украины", id="this organisation is the body named before"),
    pytest.param(["Жалобу отклонили по ходатайству прокуратуры Москвы.",
                  "По мнению правозащитной организации, это надуманная причина."], "надуманная причина",
                 "правозащитная организация", id="an organisation of a kind no named body is checked against"),
    pytest.param(["Дольщики недовольны, пишут \"Московские новости\". Строительные организации пообещали поднять "
                  "цены."], "поднять цены", "Строительные организации", id="organisations of a kind are no body named"),
    pytest.param(["Об инциденте сообщили в департаменте информации и печати МИД России.",
                  "«После этого будут определены параметры нашей реакции», — заявили в департаменте."],
                 "параметры нашей реакции", "департамент информации и печати МИД России",
                 id="a bare department is the one named before"),
    pytest.param(["Организаторы митинга подготовили проект резолюции.",
                  "В проекте резолюции митинга говорится, что власти не выполнили требования."], "власти не выполнили",
                 "проект резолюции митинга", id="a resolution's draft speaks as a document"),
    pytest.param(["\"Хватит прыгать по заграницам\", - говорит Дымовский Медведеву. \"Разберитесь сначала здесь\", – "
                  "советует он."], "Разберитесь сначала", "Дымовский", id="whom he says it to is no subject"),
    pytest.param(["Одним из последних с Литвиненко встречался Андрей Луговой, бывший телохранитель Гайдара. Он "
                  "отрицает какую-либо причастность к отравлению."], "причастность", "Андрей Луговой",
                 id="a name in another case inside an apposition is no subject"),
    pytest.param(["Об этом заявили демографы Дадли Постон и Карен Гловер.",
                  "Однако Постон и Гловер не исключают, что в крупных городах могут образоваться сообщества."],
                 "могут образоваться", "Дадли Постон и Карен Гловер",
                 id="coordinated names the parser hung on the content's verb"),
    pytest.param(["Председатель правления ЗАО \"Армросгазпром\" (80% принадлежит \"Газпрому\") Карен Карапетян сообщил "
                  "\"Коммерсанту\", что речь идет о местных проектах."], "местных проектах", "Карен Карапетян",
                 id="a name after a role phrase and a bracketed aside"),
    pytest.param(["В протоколе встречи министров иностранных дел от 31 августа сказано, что стороны достигли "
                  "соглашения."], "достигли соглашения", "протокол встречи министров иностранных дел от 31 августа",
                 id="a gathering is no author of its document"),
    pytest.param(["Адвокат обвиняемой Петр Смирнов сообщил, что суд продлил арест Анны Ковалевой.",
                  "В ходатайстве следователь указал, что она может скрыться. \"Ковалева оказывала давление на "
                  "свидетелей\", - утверждает следователь."], "оказывала давление", "следователь",
                 id="a role noun speaking a quotation is no one it names, nor a lawyer"),
    pytest.param(["\"Она вела себя агрессивно\", - утверждает следователь. Однако суд поддержал позицию следствия и "
                  "постановил избрать меру пресечения в виде ареста."],
                 "избрать меру пресечения", "суд", id="a court coordinated with its other act"),
    pytest.param(["Министр Игорь Белов выступил в Думе, пишет \"Новая газета\". \"Он говорил долго, но ничего "
                  "не сказал\", - отмечает автор статьи."], "Он говорил долго", "автор статьи",
                 id="the writer of an outlet's article is no one it wrote of"),
    pytest.param(["Блогер Иван Дроздов сообщил, что погибли трое. \"Все они были военными\", - пояснил автор "
                  "сообщения."], "Все они были", "Иван Дроздов", id="the writer of a post is the blogger who spoke"),
    pytest.param(["Накануне Игорь Белов попросил денег на выборы.", "Россия взялась за трудное дело, пишет газета The "
                  "Guardian. До интервенции, считает журналист, дело не дойдет."], "дело не дойдет", "журналист",
                 id="a journalist after an outlet spoke writes for it, is no one who spoke before"),
    pytest.param(["Китай и Япония убеждают Пхеньян начать переговоры. В мае США предупредили союзников, что "
                  "КНДР готовит испытания. Разведка продолжает наблюдение за местами, где КНДР может провести "
                  "испытания, хотя и согласна с тем, что доказательства \"неполны\"."], "доказательства", "Разведка",
                 id="a clause of concession leaves out the main clause's subject"),
    pytest.param(["По словам источника агентства в полиции, Виктор Ежов был ранен у подъезда. На место выехала "
                  "следственная группа, добавил он."], "выехала следственная", "источник агентства в полиции",
                 id="an anonymous source's words name someone it speaks of"),
    pytest.param(["Газета \"Известия\" пишет, что переговоры затянутся.", "Все газеты отмечают, что визит прошел "
                  "спокойно."], "визит прошел", "Все газеты", id="papers in the plural are no paper named"),
    pytest.param(["Генетики, такие как Стивен Пинкер из Гарварда, который настаивает, что поведение определяется "
                  "генами, спорят с социологами."], "поведение определяется", "Стивен Пинкер",
                 id="a relative clause after a person and their place is the person's"),
    pytest.param(["Соседи Ивана Круглова вызвали полицию.", "Кругловы и соседи опасались, что воры вернутся."],
                 "воры вернутся", "Кругловы и соседи", id="a family and others coordinated are a group"),
    pytest.param(["Жалобу подал депутат Илья Ершов. Оспаривает отказ и некий кандидат в депутаты, который "
                  "утверждает, что живет в придуманной им стране."], "живет в придуманной",
                 "некий кандидат в депутаты", id="someone new, not a person named before"),
    pytest.param(["Согласно регламенту, заседание длится не больше часа."], "заседание длится", "регламент",
                 id="rules of procedure speak for themselves"),
    pytest.param(["Опрос провели в мае. Чуть более 20 опрошенных заявили, что уважают Конституцию."],
                 "уважают Конституцию", "Чуть более 20 опрошенных", id="a count of people from an adverb"),
    pytest.param(["Ранее руководство банка \"Глобэкс\" распространило заявление, что информация газеты не "
                  "соответствует действительности."], "не соответствует", "руководство банка \"Глобэкс\"",
                 id="a body's heads spreading a statement"),
    pytest.param(["В Саранске прошла встреча полномочного представителя президента в Приволжском округе Сергея "
                  "Кириенко с главами регионов. Полпред объявил, что в округе создадут новые органы власти."],
                 "в округе создадут", "Сергей Кириенко", id="a title written short is the full title named before"),
    pytest.param(["В Женеве прошла встреча генсека ООН Антониу Гутерриша с министрами. Генеральный секретарь "
                  "заявил, что переговоры будут трудными."], "переговоры будут", "Антониу Гутерриш",
                 id="a full title is the title written short before"),
    pytest.param(["В Токио прошла встреча вице-премьера Японии Таро Асо с министрами. Премьер заявил, что "
                  "переговоры будут трудными."], "переговоры будут", "Премьер",
                 id="the head of a government is not their deputy"),
    pytest.param(["\"Продажа по паспортам станет обязательной. Детей будем пускать по свидетельству о рождении\", "
                  "- цитирует \"Интерфакс\" директора РФПЛ по безопасности Александра Мейтина."],
                 "Продажа по паспортам", "Александр Мейтин",
                 id="the one quoted after a quoted outlet's name"),
    pytest.param(["\"Мы не отступим\", - приводит ТАСС слова Сергея Шойгу."], "Мы не отступим", "Сергей Шойгу",
                 id="the owner of the words after an outlet"),
    pytest.param(["В \"Газпроме\" напомнили, что первый платеж был перечислен 4 ноября.", "Как сообщил сегодня, 24 "
                  "декабря, официальный представитель холдинга Сергей Куприянов, вопрос с предоплатой остался "
                  "открытым."], "вопрос с предоплатой", "Сергей Куприянов",
                 id="the subject after a date set off by commas"),
    pytest.param(["Российские официальные лица, отвечающие за подготовку Сочи к Олимпиаде, уверяли, что работа идет "
                  "по графику."], "работа идет", "Российские официальные лица, отвечающие за подготовку Сочи к "
                  "Олимпиаде", id="a participle of saying that says who they are is part of their name"),
    pytest.param(["Министр Гасан аль-Хатиб назвал действия израильтян расизмом. Осудил сооружение ограждений и "
                  "министр иностранных дел Египта Ахмед Амхер, сказавший, что безопасности Израиль добился бы "
                  "строительством мира."], "безопасности Израиль", "Ахмед Амхер",
                 id="a participle the parser hung on a noun it does not agree with"),
    pytest.param(["Музыкант Игорь Николаев и его жена Юлия Проскурякова приобрели жилье в Юрмале. Сам певец "
                  "объяснил это тем, что всегда старался жить поближе к морю."], "жить поближе", "Игорь Николаев",
                 id="a role noun with `сам` is the person named before of its gender"),
    pytest.param(["Суд отказал в удовлетворении жалобы заявителя Игоря Смыкова, который просил отменить решение "
                  "суда. По мнению ответчика, решение суда является законным."], "является законным", "ответчик",
                 id="the one sued is not the one who sued"),
    pytest.param(["Кинокомпания Sony Pictures объявила, что готова устроить премьеру 25 декабря.", "Напомним, что "
                  "премьера чуть не сорвалась после того, как кинотеатры получили угрозы.", "В компании рассказали, "
                  "что картину согласились показывать около 200 кинотеатров."], "около 200", "Sony Pictures",
                 id="a body is of the kind its compound name ends in"),
    pytest.param(["Журналисты спросили министра о ценах. Он ответил, что цены снизятся. Депутатам такой ответ не "
                  "понравился. Они заявили, что министр лукавит."], "министр лукавит", "Депутаты",
                 id="the dative doer of a verb of experiencing is whom `они` stands for"),
    pytest.param(["Зампред ЦБ Виктор Мельников сообщил в ходе заседания Мосгорсуда, что Козлов хотел сменить работу.",
                  "\"Козлов выглядел угнетенным\", - рассказал Мельников, выступая в Мосгорсуде в качестве свидетеля "
                  "в рамках дела об убийстве Козлова.", "Он сообщил также, что Козлов получал письма с угрозами. \"Я "
                  "знаю о письмах в прокуратуру\", - сказал свидетель.", "Свидетель Мельников также сообщил, что "
                  "встречался с обвиняемым."], "письмах", "Виктор Мельников",
                 id="a noun for someone new stands for the one who spoke just before, where he was described so"),
])
def test_who_speaks(paragraphs, fragment, speaker):
    assert one(statements(article("Новости", *paragraphs)), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("\"Я делал все правильно, но он не позволил шайбе попасть в ворота\", – огорчался Уэйт.",
     "Я делал все правильно, но он не позволил шайбе попасть в ворота", "огорчался", "Уэйт"),
    ("\"Сегодня я буду свидетельствовать по всем этим фактам\", - акцентировал Янукович.",
     "Сегодня я буду свидетельствовать по всем этим фактам", "акцентировал", "Янукович"),
    ("\"Как не найти, если я указал номер! - возмущен отец мальчика. - Никто ничего не искал\".",
     "Как не найти, если я указал номер! - возмущен отец мальчика. - Никто ничего не искал", "возмущен",
     "отец мальчика"),
    ("\"Полагаться на эту информацию не стоит\", - приводит ТАСС комментарий российских дипломатов.",
     "Полагаться на эту информацию не стоит", "приводит", "российские дипломаты"),
], ids=["a verb the tagger read as a noun", "a verb of no saying", "inside, a short adjective", "a comment given"])
def test_any_verb_before_its_subject_after_a_quotation_and_a_dash_attributes_it(text, content, cue, speaker):
    quote = one(statements(article("Новости", text)), content[:20])
    assert (quote.type, quote.content.text, quote.cue.text, quote.speaker.name) == ("direct", content, cue, speaker)


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("\"Это его рук дело\", - не стеснялся в выражениях Александр Тихонов.", "Это его рук дело", "стеснялся",
     "Александр Тихонов"),
    ("\"Я хочу быть твоим другом\", - в своей прямой манере заявил Уго Чавес.", "Я хочу быть твоим другом",
     "заявил", "Уго Чавес"),
    ("\"Это они бумаги перепутали\", – отшутилась госпожа Тимошенко.", "Это они бумаги перепутали", "отшутилась",
     "Тимошенко"),
    ("\"Херст вызовет улыбку даже у Бога, а меня заставляет хохотать\", - отрекомендовал Боно работы художника.",
     "Херст вызовет улыбку даже у Бога, а меня заставляет хохотать", "отрекомендовал", "Боно"),
    ("\"Катера пытались атаковать наши корабли, но мои бойцы проявили хладнокровие\", - отрапортовал морской "
     "офицер главнокомандующему.", "Катера пытались атаковать наши корабли, но мои бойцы проявили хладнокровие",
     "отрапортовал", "морской офицер"),
    ("\"Мы всегда выступали за политическое решение конфликта\", - раскрыл суть отношения Берлина к \"чеченскому "
     "вопросу\" германский дипломат.", "Мы всегда выступали за политическое решение конфликта", "раскрыл",
     "германский дипломат"),
    ("\"Мы отводим на этот процесс целый год\", - привел пример Келлер.", "Мы отводим на этот процесс целый год",
     "привел", "Келлер"),
    ("\"Как вы могли это сделать за три месяца?\", - обратился с риторическими вопросами к военным министр.",
     "Как вы могли это сделать за три месяца?", "обратился", "министр"),
    ("\"Наши служебные собаки умеют читать\", - сказано в посте.", "Наши служебные собаки умеют читать", "сказано",
     "пост"),
], ids=["a negated verb", "an adverbial of many words before the cue", "a verb the tagger read as an adjective",
        "a subject parsed as an apposition", "a subject parsed as another verb's", "a subject after the object",
        "a foreign surname the tagger read genitive", "not whom it was addressed to", "a post"])
def test_the_words_of_its_clause_may_come_before_a_cue_after_a_quotation(text, content, cue, speaker):
    quote = one(statements(article("Новости", text)), content[:10])
    assert (quote.content.text, quote.cue.text, quote.speaker.name) == (content, cue, speaker)


def test_an_attribution_ending_a_sentence_inside_a_quotation_makes_one_statement():
    quote = one(statements(article("Новости", "\"Он для всех нас лучший друг, - сказал Умберто Аньелли. Поэтому мы "
                                              "желаем ему только хорошего\".")), "лучший друг")
    assert quote.content.text.endswith("желаем ему только хорошего") and quote.speaker.name == "Умберто Аньелли"


def test_an_initial_inside_the_speakers_name_does_not_end_the_attribution():
    quote = one(statements(article("Новости", "\"Мы не считаем это вербовкой, - рассказал газете Томас М. Савини, "
                                              "директор библиотеки. - Мы поняли, что молчание не принесет пользы\".")),
                "вербовкой")
    assert quote.content.text.endswith("не принесет пользы") and quote.speaker.name == "Томас М. Савини"


def test_a_phrase_in_quotes_that_a_dash_explains_attributes_nothing():
    assert statements(article("Новости", "Пилот недоволен слухами о \"взлете на три миллиона\" - его замучили "
                                         "знакомые.")) == []


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (["\"Дело заведено незаконно\", - подчеркнули в пресс-службе мэрии. Там отметили, что следствие ошиблось."],
     "следствие ошиблось", "пресс-служба мэрии"),
    (["Министерство иностранных дел отреагировало на слова посла резко. Там заявили, что его оценки выходят за "
      "грань этикета."], "его оценки", "Министерство иностранных дел"),
], ids=["the body just quoted", "the body just named"])
def test_there_as_a_source_is_the_body_before(paragraphs, fragment, speaker):
    assert one(statements(article("Новости", *paragraphs)), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, speaker", [
    ("По имеющейся у комиссии информации, шаттл начал разрушаться над Техасом.", "комиссия"),
    ("По полученным от полиции сведениям, при пожаре погибли двое.", "полиция"),
    ("По опубликованным Минздравом данным, число заболевших выросло.", "Минздрав"),
])
def test_a_frames_source_named_in_a_participle_before_its_noun(text, speaker):
    quote = one(statements(article("Новости", text)), text.split(", ")[1][:12])
    assert quote.speaker.name == speaker and quote.speaker.mention.text.lower() != quote.cue.text.lower()


def test_a_common_noun_the_dictionary_knows_in_no_nominative_is_no_subject():
    quote = one(statements(article("Новости", "Опрос провели социологи АРПИ. В ходе исследования опрашиваемым "
                                              "задавали вопрос: \"Бывают ли, по вашему мнению, такие ситуации?\"")),
                "Бывают ли")
    assert "опрашиваем" not in quote.speaker.name  # whom it was asked of (in the dative), though parsed a subject


def test_a_body_named_by_a_compound_word_in_the_nominative():
    quote = one(statements(article("Новости", "В госсанэпидслужбе отметили, что случаев болезни не выявлено.")),
                "случаев")
    assert quote.speaker.name == "госсанэпидслужба"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Адвокат берет плату за свои услуги, отмечает The New York Times. Поданные им сведения неприемлемы, пишет газета.",
     "Поданные", "The New York Times"),
    ("Адвокат берет плату за свои услуги, отмечает The New York Times. Суд должен вмешаться, заключает американское "
     "издание.", "Суд должен", "The New York Times"),
    ("Биатлонистка подозревается в применении допинга, передает РИА \"Новости\". Проба взята в январе, сообщает "
     "агентство.", "Проба взята", "РИА \"Новости\""),
    ("Вывод, по сообщению \"Интерфакса\", приводится в исследовании рейтингового агентства Fitch. По прогнозам "
     "агентства, нефть подешевеет.", "нефть подешевеет", "Fitch"),
    ("Взрыв прогремел утром, передает Reuters. В результате ранены девять человек, сообщила местная радиостанция.",
     "ранены", "местная радиостанция"),
    ("Кремль действует решительно, пишет американская газета The Washington Post. Как отмечают \"Ведомости\", "
     "скандал пошел политику на пользу. \"Девять из десяти москвичей в курсе\", - указывает газета.", "Девять",
     "Ведомости"),  # the paper that spoke last, though another was described as one
    ("Сделка отложена, пишет американская газета The Washington Post. Как сообщает РИА \"Новости\", стороны "
     "спорят. Переговоры продолжатся, отмечает газета.", "Переговоры", "The Washington Post"),  # not an agency
], ids=["a paper", "with the adjective of its country", "an agency", "an agency of another kind described so",
        "a station of its own", "a paper that spoke since", "an agency that spoke since"])
def test_a_bare_outlet_noun_is_the_one_outlet_of_its_kind_that_spoke(text, fragment, speaker):
    assert one(statements(article("Новости", text)), fragment).speaker.name == speaker


def test_two_clauses_joined_by_a_are_two_statements_each_with_its_subject():
    quotes = statements(article("Новости", "Госсекретарь США Хиллари Клинтон назвала произошедшее в Совбезе ООН "
                                           "\"пародией\", а постпред при ООН Сьюзан Райс заявила, что ей "
                                           "\"отвратительно\" российско-китайское вето."))
    assert [(q.speaker.name, q.content.text) for q in quotes] == [
        ("Хиллари Клинтон", "произошедшее в Совбезе ООН \"пародией\""),
        ("Сьюзан Райс", "ей \"отвратительно\" российско-китайское вето")]


def test_a_phrase_joined_by_a_ne_stays_in_the_content():
    quote = one(statements(article("Новости", "Комиссия также призывает назначить на лесные угодья цену, отражающую "
                                              "их подлинную стоимость, а не создающую иллюзию, что они бесплатны, "
                                              "отмечает газета.")), "назначить")
    assert quote.content.text.endswith("что они бесплатны")


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (["Из постановления о привлечении следует, что обвиняемый предложил исполнителям совершить преступление."],
     "обвиняемый", "постановление о привлечении"),
    (["Молодежные движения опасны, подчеркивает Генпрокуратура. По ее мнению, опасны и сторонники национализма."],
     "сторонники", "Генпрокуратура"),
    (["Депутат общаться с журналистами отказался, а в администрации Волгоградской области заявили, что не имеют к "
      "съемкам никакого отношения."], "не имеют", "администрация Волгоградской области"),
    (["В ходе следствия по делу спортсмена установлено, что он принимал допинг."], "принимал допинг",
     "следствие по делу спортсмена"),
    (["Но самое главное, как говорят местные военные эксперты, что армия не столь искусна в таких операциях."],
     "армия не столь", "местные военные эксперты"),
    (["По мнению киоскеров, запрет обернется для них катастрофой."], "запрет", "киоскёры"),
    (["В то же время в понедельник люксембургская газета Tageblatt написала, что грипп A/H1N1 подтвержден у четырех "
      "студентов."], "грипп", "Tageblatt"),
], ids=["a document, not what it is about", "a body's view", "the place that speaks in a clause after `, а`",
        "not the compound preposition's word", "not the cue of a parenthesis", "people in the plural, read singular",
        "a paper by a foreign name the parser hung on the next clause"])
def test_whose_words_in_a_frame_or_clause(paragraphs, fragment, speaker):
    assert one(statements(article("Новости", *paragraphs)), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("\"Мы погрузились в хаос, и мы больше не можем этого скрывать\". Таково мнение Ханан Ашрауи, палестинской "
     "политической деятельницы.", "Мы погрузились в хаос, и мы больше не можем этого скрывать", "Ханан Ашрауи"),
    ("Россия не допустит расширения альянса. Такова позиция министерства иностранных дел.",
     "Россия не допустит расширения альянса", "министерство иностранных дел"),
    ("\"Бюджет будет дефицитным еще три года\". Таков прогноз министра финансов.",
     "Бюджет будет дефицитным еще три года", "министр финансов"),
])
def test_such_is_the_view_of_someone_after_what_they_said(text, content, speaker):
    quote = one(statements(article("Новости", text)), content[:12])
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


def test_what_a_verb_of_naming_calls_a_thing_ends_at_the_colon_before_a_quotation():
    quotes = statements(article("Новости", "Замминистра Геннадий Гатилов назвал позицию США по Сирии лицемерной: \"Они "
                                           "ничего не сделали для диалога\", - написал он в Twitter."))
    assert [q.content.text for q in quotes] == ["позицию США по Сирии лицемерной", "Они ничего не сделали для диалога"]


def test_of_a_pronoun_and_a_name_in_no_nominative_the_parser_made_subjects_the_pronoun_speaks():
    quote = one(statements(article("Новости", "Келлер пришел на встречу. \"Мы отводим на этот процесс целый год\", - "
                                              "сказал ему Иванов. \"Это много\", - сказал он Келлеру.")), "Это много")
    assert quote.speaker.name == "Иванов"


def test_a_document_of_someone_named_in_a_phrase_after_the_cue_speaks_not_the_person():
    quote = one(statements(article("Новости", "\"Мы просим у них прощения за потери\", - говорится в обнародованном "
                                              "во вторник заявлении семьи Лофнера.")), "Мы просим")
    assert quote.speaker.name == "семья Лофнера"


def test_the_place_that_speaks_hung_on_the_noun_before_it():
    quote = one(statements(article("Новости", "После завершения следственных мероприятий в управлении МВД по "
                                              "Чеченской республике сообщили, что причина взрыва - утечка газа.")),
                "причина взрыва")
    assert quote.speaker.name == "управление МВД по Чеченской республике"


def test_the_place_that_speaks_before_a_colon():
    quote = one(statements(article("Новости", "В МИДе Канады отказались комментировать информацию о выдворении "
                                              "дипломата: \"Мы не даем комментариев по поводу статуса персонала\".")),
                "Мы не даем")
    assert quote.speaker.name == "МИД Канады"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Разведчиков встретили в аэропорту. С речью к освобожденным разведчикам обратился министр обороны Сергей Иванов. "
     "\"Я поздравляю вас с возвращением на родную землю\".", "Я поздравляю", "Сергей Иванов"),
    ("Затем выступил президент компании Иван Петров. \"Мы запустим новую линию в марте\". Зал аплодировал.",
     "Мы запустим", "Иван Петров"),
])
def test_a_quotation_after_someone_takes_the_floor_is_theirs(text, fragment, speaker):
    quote = one(statements(article("Новости", text)), fragment)
    assert (quote.type, quote.speaker.name) == ("direct", speaker)


@pytest.mark.parametrize("text, fragment", [
    # not the president who spoke before
    ("Путин поинтересовался у главы Минфина РФ Антона Силуанова, какую часть кредита Украина уже получила. "
     "\"Сколько денег мы им дали?\", - спросил президент. Министр финансов пояснил: \"Мы в декабре разместили "
     "средства Фонда в евробумаги\".", "Мы в декабре"),
    # nor a spokesman who spoke since
    ("Глава Минфина Антон Силуанов выступил в Думе. Представитель Кремля Дмитрий Песков отказался комментировать эту "
     "информацию. Ранее он говорил, что Кремль не вмешивается в работу судов. Министр также сообщил о планах по "
     "повышению зарплат бюджетникам.", "зарплат"),
])
def test_a_minister_is_the_head_of_a_ministry_named_before(text, fragment):
    assert one(statements(article("Новости", text)), fragment).speaker.name == "Антон Силуанов"


@pytest.mark.parametrize("sentences, fragment, speaker", [
    ("Задержанный уже дал признательные показания и сейчас находится в СИЗО. Он утверждает, что мальчик оскорбил его "
     "грубым словом.", "оскорбил", "Задержанный"),
    ("Задержанный уже дал признательные показания. По его словам, мальчик оскорбил его грубым словом.", "оскорбил",
     "Задержанный"),
])
def test_a_pronoun_after_a_sentence_whose_subject_is_a_participle_for_someone_is_them_not_the_victim_named_before(
        sentences, fragment, speaker):
    quotes = statements(article("Подросток забил мальчика", "В Чите разыскивают подельника подростка, который до "
                                "смерти забил шестилетнего Аркадия Клейнбурда.", sentences))
    assert one(quotes, fragment).speaker.name == speaker


@pytest.mark.parametrize("noun, speaker", [
    ("Президент", "Президент"),  # no president is named: someone new, not the minister
    ("Премьер", "Премьер"),
    ("Министр", "Сергей Лавров"),  # the head of a ministry is its minister
    ("Глава ведомства", "Сергей Лавров"),
])
def test_the_head_of_a_ministry_holds_no_other_office(noun, speaker):
    quotes = statements(article("Новости", f"Глава МИД России Сергей Лавров встретился с коллегами. {noun} назвал "
                                           "ситуацию катастрофической."))
    assert one(quotes, "катастрофической").speaker.name == speaker


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (["\"Не видать мне казино в Лас-Вегасе\": Кадыров узнал о решении США включить его в список",
      "Глава Чечни Рамзан Кадыров прокомментировал решение США."], "Не видать", "Рамзан Кадыров"),
    (["\"Мы не уйдем с рынка\": Греф о планах Сбербанка", "Глава Сбербанка Герман Греф рассказал о планах банка."],
     "Мы не уйдем", "Герман Греф"),
])
def test_a_headline_of_a_quotation_a_colon_and_who_said_it(paragraphs, fragment, speaker):
    quote = one(statements(article(*paragraphs)), fragment)
    assert (quote.type, quote.speaker.name) == ("direct", speaker)


def test_a_teams_line_up_after_its_quoted_name_is_no_statement():
    assert statements(article("Новости", "\"Интер\": Жулио Сезар, Дзанетти, Станкович, Лусио, Майкон.")) == []


@pytest.mark.parametrize("text", [
    "Об этом сообщил посол Фарит Мухаметшин, который ожидает Рогозина в аэропорту Кишинева.",
    "Президент Трамп утвердил закон о санкциях. В газете рассуждают о том, что ожидает фигурантов доклада.",
])
def test_a_wait_for_someone_is_no_expectation_stated(text):
    assert all(q.cue is None or "ожидает" not in q.cue.text for q in statements(article("Новости", text)))


def test_an_expectation_of_something_is_stated():
    quote = one(statements(article("Новости", "Эксперты ожидают роста цен на жилье.")), "роста цен")
    assert quote.speaker.name == "Эксперты"


def test_as_of_a_role_in_a_clause_with_its_object_put_first_frames_nothing():
    text = "Уже первый альбом принес ей премию. Контракт как певица она заключила в 1983 году с компанией Arista."
    assert statements(article("Новости", text)) == []


def test_a_verb_of_saying_in_a_series_of_acts_attributes_nothing_before_it():
    text = ("У здания собрались противники законопроекта. Собравшиеся держали в руках плакаты с надписями протеста, "
            "кричали, били в барабаны и свистели.")
    assert statements(article("Новости", text)) == []


def test_what_a_quoted_name_means_is_no_statement_of_who_gave_it():
    text = "Свою книгу он назвал \"Захир\", что в переводе с арабского означает \"мудрец, провидец\"."
    assert all("означает" not in q.content.text for q in statements(article("Новости", text)))


@pytest.mark.parametrize("text, content, speaker", [
    # an infinitive of saying after a verb of having done it already, or of doing it again and again
    ("При этом МИД Ирана уже успел заявить, что за преступлением стоят Израиль и его союзники.",
     "за преступлением стоят Израиль и его союзники", "МИД Ирана"),
    ("Президент Лукашенко в последнее время не устает заявлять о необходимости объединяться на равных условиях.",
     "необходимости объединяться на равных условиях", "Лукашенко"),
    # a quoted outlet told it, then what was said
    ("Вице-спикер Госдумы Владимир Катренко сказал \"Времени новостей\", что не верит в невозможность найти выход "
     "из этой ситуации.", "не верит в невозможность найти выход из этой ситуации", "Владимир Катренко"),
    # a text that holds words, where a participle says it
    ("В анонсе к картине сказано, что она посвящена человеческим отношениям и любви.",
     "она посвящена человеческим отношениям и любви", "анонс к картине"),
    ("\"Любое лицо может пройти через участок при условии, что это не причиняет ущерба собственнику\", сказано в "
     "проекте.", "Любое лицо может пройти через участок при условии, что это не причиняет ущерба собственнику",
     "проект"),
    # a cue set off in mid-sentence attributes its own sentence, not the paragraph's sentences before it
    ("Геращенко выступил на конгрессе. Этот показатель, сказал Геращенко, будет выше.",
     "Этот показатель, сказал Геращенко, будет выше", "Геращенко"),
    # `тогда` set off by a comma is no correlative that makes `как` a conjunction
    ("Министр Иванов выступил. Однако тогда, как сообщала газета \"Коммерсант\", встреча длилась один час 40 "
     "минут.", "встреча длилась один час 40 минут", "Коммерсант"),
    # but `тогда как` is one
    ("Министр Иванов выступил. Москва сокращает расходы, тогда как США опасаются, что расходы вырастут.",
     "расходы вырастут", "США"),
    # a frozen gerund after it is no act of the speaker's that ends what he said
    ("Геращенко выступил на конгрессе. Однако, сказал Геращенко, судя по росту инфляции, этот показатель будет "
     "выше.", "судя по росту инфляции, этот показатель будет выше", "Геращенко"),
    # data of such a kind that someone shares are what was just said
    ("Северокорейская ядерная бомба могла нести плутониевый заряд. Такими данными поделился в четверг "
     "официальный представитель министерства обороны Франции Жан-Франсуа Бюро.",
     "Северокорейская ядерная бомба могла нести плутониевый заряд", "Жан-Франсуа Бюро"),
    # a cue coordinated with a passive participle that is the main predicate shares its subject
    ("Министр выступил. ВОЗ озабочена ростом самоубийств в мире и призывает разработать программы по их "
     "предупреждению.", "разработать программы по их предупреждению", "ВОЗ"),
    # the stance a verb of expressing takes, set before it
    ("Министр выступил. Уверенность в непричастности к убийству глав Саудовской Аравии выразил и пресс-секретарь "
     "российского президента Дмитрий Песков.", "Уверенность в непричастности к убийству глав Саудовской Аравии",
     "Дмитрий Песков"),
    # a noun the tagger read as a pronoun
    ("В Бахрейне прошли протесты. Свидетели утверждают, что по невооруженным людям стреляли с крыш домов снайперы.",
     "по невооруженным людям стреляли с крыш домов снайперы", "Свидетели"),
    # a verb that is often impersonal (`оговаривается в договоре`) with someone as its subject
    ("Министр Иванов выступил на конгрессе. Однако он оговаривается, что это верно лишь в краткосрочной "
     "перспективе.", "это верно лишь в краткосрочной перспективе", "Иванов"),
    # what was reported, put first, though the parser hung it on the adverb before it
    ("Флинн ушел в отставку. Впервые о пяти телефонных разговорах Флинна и Кисляка сообщило агентство Reuters.",
     "пяти телефонных разговорах Флинна и Кисляка", "Reuters"),
    # data about something, set before a verb that confirms or denies them
    ("Министр Иванов выступил на конгрессе. Информацию об аресте супругов Митрофановых до 17 мая подтвердила "
     "\"Комсомольской правде\" адвокат Анна Иванова.", "Информацию об аресте супругов Митрофановых",
     "Анна Иванова"),
    # a cue after a comma whose subject the parser took from the main verb before it, which has none of its own
    ("Министр Иванов выступил на конгрессе.\n\nНесмотря на встречу, американские санкции против РФ остаются в "
     "силе, заявили позже в Белом доме.", "Несмотря на встречу, американские санкции против РФ остаются в силе",
     "Белый дом"),
    # a clause with no `что` whose predicate is a short participle
    ("После анализа ситуации Десинов заявил, любые поисковые работы в районе туннеля сопряжены с огромным риском.",
     "любые поисковые работы в районе туннеля сопряжены с огромным риском", "Десинов"),
    # the cue's own object put first is all that was said, not the sentences before it too
    ("Президент США утвердил закон о санкциях. Рассуждениями о том, что ожидает фигурантов доклада, поделился с "
     "газетой бывший дипломат Дэниел Фрид.", "Рассуждениями о том, что ожидает фигурантов доклада", "Дэниел Фрид"),
])
def test_a_statement_the_lexicon_and_the_layout_of_its_cue_allow(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


def test_the_words_of_someone_about_something_relayed():
    quote = one(statements(article("Новости", "Агентство приводит слова министра о том, что цены вырастут.")),
                "цены вырастут")
    assert quote.speaker.name == "министр"


@pytest.mark.parametrize("text, speaker", [
    ("Сразу два собеседника агентства сообщили, что сделка закрыта.", "два собеседника агентства"),
    ("Сразу несколько американских СМИ сообщили, что кандидат побеждает.", "американские СМИ"),
    ("На слушаниях четыре человека выступили за сохранение существующих норм.", "четыре человека"),
    ("На акции 15 полицейских потребовали предоставить им аккредитации.", "15 полицейских"),
    ("Опрос показал: 29 процентов респондентов заявили, что главным для них является здравоохранение.",
     "29 процентов респондентов"),
])
def test_a_counted_speaker_named_without_what_only_stresses_the_count(text, speaker):
    assert statements(article("Новости", text))[0].speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ("У доктора Бернардино Персикетти из госпиталя на глазах слезы: \"Это трагедия, у меня на руках умерли четыре "
     "ребенка\".", "Это трагедия", "Бернардино Персикетти"),
    ("Легкая ностальгия по советским временам осталась и у местной жительницы Юллы: \"Я всю жизнь живу на хуторе\".",
     "Я всю жизнь", "Юлла"),
])
def test_someone_given_with_u_before_a_colon_says_what_follows(text, fragment, speaker):
    assert one(statements(article("Новости", text)), fragment).speaker.name == speaker


def test_we_given_with_u_before_a_colon_is_no_one():
    assert statements(article("Новости", "У нас есть лозунг: \"Мы победим, потому что мы вместе\".")) == []


def test_what_something_is_taken_for_is_content_not_a_subject():
    quote = one(statements(article("Новости", "Примерно 20 процентов участников опросов, в основном молодых, "
                                              "воспринимают эту дату лишь как \"очередные выходные дни\".")), "дату")
    assert (quote.content.text, quote.speaker.name) == ("эту дату лишь как \"очередные выходные дни\"",
                                                        "Примерно 20 процентов участников опросов")


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (["Мэр Казани Ильсур Метшин выступил на открытии нового моста.", "«Этот мост соединит два района города и "
      "разгрузит центр»."], "Этот мост соединит", "Ильсур Метшин"),
    (["Ректор университета Ольга Белова обратилась к выпускникам.", "\"Вы стали взрослыми. Теперь все зависит только "
      "от вас\"."], "Вы стали взрослыми", "Ольга Белова"),
])
def test_a_quoted_paragraph_after_someone_took_the_floor_is_theirs(paragraphs, fragment, speaker):
    quote = one(statements(article("Новый мост", *paragraphs)), fragment)
    assert (quote.type, quote.speaker.name) == ("direct", speaker)


@pytest.mark.parametrize("sentence, said", [
    ("Мэр Казани Ильсур Метшин произнес фразу «Мы вас не оставим», которая стала знаменитой.", ["Мы вас не оставим"]),
    ("Мэр Казани Ильсур Метшин обратился к пенсионерам со словами «Мы вас не оставим».", ["Мы вас не оставим"]),
    ("Мэр Казани Ильсур Метшин скандировал лозунги «Долой коррупцию!» и «Свободу узникам!».",
     ["Долой коррупцию!", "Свободу узникам!"]),  # one statement each
    # an infinitive of saying coordinated with another under a verb of beginning
    ("Мэр Казани Ильсур Метшин начал петь песни и скандировать лозунги «Долой коррупцию!».", ["Долой коррупцию!"]),
])
def test_a_quotation_after_a_noun_of_words_is_what_its_verb_s_subject_said(sentence, said):
    quotes = statements(article("Новости дня", "Вчера прошел митинг.", sentence))
    assert [(q.type, q.content.text, q.speaker.name) for q in quotes] == [
        ("direct", words, "Ильсур Метшин") for words in said]


def test_an_infinitive_of_saying_the_parser_hung_on_the_object_of_the_one_before():
    quotes = statements(article("Новости дня", "Вчера прошел митинг.", "Толпа начала петь песни и скандировать "
                                                                       "лозунги \"Буш уйди из страны\"."))
    assert [(q.content.text, q.speaker.name) for q in quotes] == [("Буш уйди из страны", "Толпа")]


@pytest.mark.parametrize("attribution", [
    "Уверенность в этом выразил глава Роскосмоса Анатолий Перминов.",
    "Такую уверенность высказал глава Роскосмоса Анатолий Перминов.",
    "С таким заявлением выступил глава Роскосмоса Анатолий Перминов.",
    "В этом уверен глава Роскосмоса Анатолий Перминов.",
])
def test_a_view_or_a_statement_pointing_back_takes_the_sentence_before(attribution):
    said = "Система навигации скоро займет лидирующие позиции в мире"
    quote = one(statements(article("Новости дня", "Вчера прошел запуск ракеты.", said + ". " + attribution)), said)
    assert (quote.content.text, quote.speaker.name) == (said, "Анатолий Перминов")


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Заявление министра финансов Антона Силуанова о том, что налоги повышаться не будут, вызвало споры в Думе.",
     "налоги повышаться не будут", "Антон Силуанов"),
    ("Широкий резонанс получило заявление певицы Анны Смирновой, что она уходит со сцены.", "она уходит со сцены",
     "Анна Смирнова"),
    ("Отставку вызвало его заявление о том, что он не согласен с политикой правительства.",
     "он не согласен с политикой правительства", "Антон Силуанов"),  # a possessive: the one named before
])
def test_what_a_noun_of_saying_says_in_its_that_clause_is_its_owner_s(sentence, content, speaker):
    quotes = statements(article("Новости дня", "Министр финансов Антон Силуанов провел брифинг.", sentence))
    quote = one(quotes, content)
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


@pytest.mark.parametrize("sentence, content, speaker", [
    ("Министр иностранных дел Игорь Иванов отметил вклад коллеги «в развитие и обновление внешней политики».",
     "вклад коллеги «в развитие и обновление внешней политики»", "Игорь Иванов"),  # an object ending in them
    ("Министр иностранных дел Игорь Иванов отметил готовность Москвы «вернуться к переговорам в любой момент».",
     "готовность Москвы «вернуться к переговорам в любой момент»", "Игорь Иванов"),
    ("Экипаж подводной лодки «проявил высокий профессионализм и выучку», — подчеркнул министр обороны Сергей Шойгу.",
     "Экипаж подводной лодки «проявил высокий профессионализм и выучку»", "Сергей Шойгу"),  # words before them
    ("Этот инженер не был сотрудником центра: он работал «по контракту с другим институтом», — заявил министр "
     "обороны Сергей Шойгу.", "он работал «по контракту с другим институтом»", "Сергей Шойгу"),  # after a colon
    ("Депутат Иван Петров назвал законопроект «очень сырым».", "законопроект «очень сырым»", "Иван Петров"),
    # (after a noun that titles things, quoted words that open with no capital are no title)
])
def test_someone_s_quoted_words_inside_what_they_said_make_it_mixed(sentence, content, speaker):
    quote = one(statements(article("Новости дня", "Вчера прошло заседание.", sentence)), "«")
    assert (quote.type, quote.content.text, quote.speaker.name) == ("mixed", content, speaker)


@pytest.mark.parametrize("paragraphs, fragment", [
    (["Министр финансов Антон Силуанов заявил, что налоги повышать не будут.",
      "«Дефицит мы покроем из резервов». Эти слова вызвали споры в Думе."], "Дефицит мы покроем"),
    (["«Налоги повышать не будем», — заявил министр финансов Антон Силуанов, передает ТАСС.",
      "«Дефицит мы покроем из резервов». По его словам, резервов хватит на три года."],
     "Дефицит мы покроем"),  # the one relayed goes on, not the outlet
])
def test_a_quotation_opening_the_paragraph_after_a_statement_goes_on_with_its_speaker(paragraphs, fragment):
    quote = one(statements(article("Министр о бюджете", *paragraphs)), fragment)
    assert (quote.type, quote.content.text, quote.speaker.name) == ("direct", "Дефицит мы покроем из резервов",
                                                                    "Антон Силуанов")


@pytest.mark.parametrize("paragraphs", [
    ["На вопрос «Будете ли вы снова баллотироваться?» — мэр Ильсур Метшин отвечает так: «Пока я об этом не думал»."],
    ["Мэр Ильсур Метшин дал интервью местной газете.",
     "На вопрос «Будете ли вы снова баллотироваться?» — отвечает так: «Пока я об этом не думал»."],
    ["Мэр Ильсур Метшин дал интервью местной газете.",
     "На вопрос: «Будете ли вы снова баллотироваться?» — отвечает так: «Пока я об этом не думал»."],
])
def test_a_quoted_question_then_a_cue_with_a_colon_gives_the_answer(paragraphs):
    quotes = statements(article("Мэр о выборах", *paragraphs))
    assert [(q.type, q.content.text, q.speaker.name) for q in quotes] == [
        ("direct", "Пока я об этом не думал", "Ильсур Метшин")]


def test_a_quotation_after_someone_expressed_condolences_is_theirs():
    quote = one(statements(article("Новости", "Свои соболезнования выразил режиссер театра \"Ленком\" Марк Захаров. "
                                              "\"Совсем недавно мы потеряли Михаила Ульянова, и вот теперь - Кирилла "
                                              "Лаврова\".")), "Совсем недавно")
    assert quote.speaker.name == "Марк Захаров"


@pytest.mark.parametrize("text, speaker", [
    ("Агентство распространило заявление министра обороны: \"Мы не будем вмешиваться в конфликт\".",
     "министр обороны"),
    ("Газета приводит слова премьер-министра Италии: \"Мы не будем вмешиваться в конфликт\".",
     "премьер-министр Италии"),
])
def test_words_whose_owner_ends_the_clause_before_a_colon_are_the_owners(text, speaker):
    assert one(statements(article("Новости", text)), "Мы не будем").speaker.name == speaker


@pytest.mark.parametrize("paragraphs, fragment, speaker", [
    (["Новости", "Тренер сборной Олег Смирнов о поражении: «Мы сыграли плохо, и я беру вину на себя»."],
     "Мы сыграли плохо", "Олег Смирнов"),  # a name, then what its words are about
    (["Новости", "Актриса Мария Орлова о своей новой роли в кино: «Такой сложной работы у меня еще не было»."],
     "Такой сложной работы", "Мария Орлова"),
    (["Новости", "Министр финансов Антон Силуанов в интервью ТАСС:", "«Налоги в следующем году повышать не будем»."],
     "Налоги в следующем", "Антон Силуанов"),  # a name, then where its words were said
    (["Новости", "Твит сенатора Джона Маккейна: «Мы не позволим закрыть правительство»."], "Мы не позволим",
     "Джон Маккейн"),  # a noun of words, then whose they are
    (["Блог kotik_77: \"Как мы строили дачу\"", "\"Участок мы купили еще весной, а строить начали только в августе. "
      "Соседи помогали советами.\"", "Источник: https://example.com/blog/dacha.html"],
     "Участок мы купили", "Блог kotik_77"),  # a blog, the author of the post quoted below
    (["Блог kotik_77: \"Как мы строили дачу\"", "\"Участок мы купили еще весной.\""], "Как мы строили дачу",
     "Блог kotik_77"),
    (["Сообщество \"Сад и огород\": \"Урожай этого года\"", "\"Помидоры в этом году уродились на славу, а огурцы "
      "подвели.\""], "Помидоры в этом году", "Сообщество \"Сад и огород\""),
])
def test_who_is_named_before_a_colon_with_no_verb_says_what_follows(paragraphs, fragment, speaker):
    quote = one(statements(article(*paragraphs)), fragment)
    assert (quote.type, quote.speaker.name) == ("direct", speaker) and quote.content.text.startswith(fragment)


def test_a_title_and_a_verb_after_it_attribute_nothing():
    assert statements(article("Новости", "\"Титаник\" - получил фильм одиннадцать премий.")) == []


def test_a_quotation_that_makes_a_sentence_goes_on_with_the_statement_before_it():
    quotes = statements(article("Новости", "\"Я все-таки его отец\", - говорит Салем Кербул, затягиваясь "
                                           "сигаретой. \"У меня просто не было другого выбора\". В глазах у него "
                                           "стоят слезы. Вышел фильм \"Война и мир\". Он идет три часа."))
    assert [(q.content.text, q.speaker.name) for q in quotes] == [
        ("Я все-таки его отец", "Салем Кербул"), ("У меня просто не было другого выбора", "Салем Кербул")]


def test_a_quotation_that_ends_the_paragraph_goes_on_with_the_statement_before_it():
    quotes = statements(article("Новости", "Министр заявил, что принят пакет законов. \"Мне кажется, что это "
                                           "достаточный пакет, чтобы его опробовать\".",
                                "Депутаты назвали его \"пакетом для опробования новых законов\"."))
    quote = one(quotes, "Мне кажется")
    assert (quote.type, quote.speaker.name) == ("direct", "Министр")
    assert one(quotes, "пакетом для").speaker.name == "Депутаты"


def test_an_infinitive_asked_for_that_the_parser_took_for_whom_it_is_asked_of():
    quote = one(statements(article("Новости", "В \"Единой России\" предлагают \"ссылать\" участников протестных акций "
                                              "в далекие регионы.")), "участников")
    assert quote.content.text == "\"ссылать\" участников протестных акций в далекие регионы"


def test_quotations_listed_after_a_colon_are_each_said():
    quotes = statements(article("Новости", "Пикетчики скандировали: \"Козак, защити наш заповедник\", \"Президент, "
                                           "скажи нет коррупции\" и \"Позор губернатору\"."))
    assert [(q.type, q.content.text, q.speaker.name) for q in quotes] == [
        ("direct", "Козак, защити наш заповедник", "Пикетчики"),
        ("direct", "Президент, скажи нет коррупции", "Пикетчики"),
        ("direct", "Позор губернатору", "Пикетчики")]


def test_titles_listed_after_a_colon_are_no_list_of_things_said():
    quotes = statements(article("Новости", "Он назвал фильмы: \"Брат\", \"Сестры\" и \"Война\"."))
    assert [q.content.text for q in quotes if q.content.text in ("Сестры", "Война")] == []


def test_an_adjective_the_tagger_read_as_a_noun_agrees_with_the_source_s_noun():
    quote = one(statements(article("Новости", "Известный российский актер Владислав Галкин был помещен в пятницу в "
                                              "больницу имени Боткина - по неуточненным пока данным, из-за серьезных "
                                              "проблем с печенью.")), "помещен")
    assert quote.speaker.name == "неуточненные пока данные"


# Who a speaker written as a role noun, a pronoun or an outlet noun stands for, by construction.
@pytest.mark.parametrize("text, fragment, speaker", [
    # a role noun of another kind of post than the one named before is someone else; an office named by
    # what it heads is the holder of its title (`глава правительства`: the prime minister)
    ("Доклад о кризисе опубликовал бывший экономический советник президента Андрей Илларионов. А замглавы "
     "Минэкономразвития заявил, что экономика вышла из рецессии.", "экономика вышла", "замглавы Минэкономразвития"),
    ("Глава Палестинской автономии Ясир Арафат согласился встретиться с президентом США. По словам советника "
     "палестинского лидера, Арафат летит в Вашингтон на следующей неделе.", "Арафат летит",
     "советник палестинского лидера"),
    ("Спасатели продолжают поиск, сообщил заместитель начальника пожарной службы Шотландии Льюис Рамзи. "
     "\"Мы благодарим всех, кто пришел на помощь\", - заявил глава пожарной службы.", "Мы благодарим",
     "глава пожарной службы"),
    ("Мэр Москвы Юрий Лужков заявил, что город поможет пострадавшим. Как сообщил корреспондент NEWSru.com с места "
     "событий, взрыв произошел возле фасада гостиницы.", "взрыв произошел", "корреспондент NEWSru.com"),
    ("Премьер-министр Владимир Путин похвалил добровольца. Губернатор Олег Варнавский сообщил, что полосу сохранят. "
     "Глава правительства заявил, что был восхищен.", "был восхищен", "Владимир Путин"),
    ("Министр транспорта Игорь Левитин провел совещание. Губернатор Сергей Петров рассказал о проблемах. Как "
     "заявил глава Минтранса, главная задача - доставить пассажиров.", "доставить пассажиров", "Игорь Левитин"),
    ("Министр природных ресурсов Юрий Трутнев прибыл в Сочи. Глава Росприроднадзора Владимир Кирилов сообщил о "
     "проверке. По словам главы министерства природных ресурсов, стройка нарушает закон.", "стройка нарушает",
     "Юрий Трутнев"),
    ("Министр иностранных дел Италии Марко Ренци встретился с главой НАТО Йенсом Столтенбергом. \"Союзники нас "
     "поддержали\", - объявил глава итальянского внешнеполитического ведомства.", "Союзники нас", "Марко Ренци"),
    ("Президент Украины Петр Порошенко потребовал освободить летчицу. Как заявил пресс-секретарь президента РФ "
     "Дмитрий Песков, предмета для обсуждения нет. \"Комментировать нечего\", - отметил глава кремлевской "
     "пресс-службы.", "Комментировать нечего", "Дмитрий Песков"),
    ("Дело рассматривал судья Петр Штундер. Прокурор заявил, что вина подсудимого доказана.", "вина подсудимого",
     "Прокурор"),
    # nor one of another sex than its verb's, though they spoke by a frame that tells none
    ("Лидер Нацфронта Жан-Мари Ле Пен призвал сторонников не голосовать. По мнению лидера ультраправых, демарш "
     "бессмыслен. Хотя лидер социалистов предложила центристу место в правительстве.", "место в правительстве",
     "лидер социалистов"),
    # a person's pronoun the rules took for someone described is the named person the entities linked;
    # an anonymous source that spoke, or a body, stays
    ("Студент МГУ Егор Жуков был задержан в августе. Студент заявил, что невиновен. Он сообщил, что не "
     "собирается скрываться.", "не собирается скрываться", "Егор Жуков"),
    ("Бизнесмен Иван Орлов задержан в Москве. Источник в полиции сообщил, что задержанный дал показания. Он "
     "добавил, что следствие продолжается.", "следствие продолжается", "Источник в полиции"),
    ("Сайт Ивана Петрова заблокирован. Компания «Ромашка» сообщила, что сайт работает. По ее словам, сбой "
     "устранен.", "сбой устранен", "Ромашка"),
    # a frame's pronoun in a clause below the main one is the main clause's subject
    ("Министр обороны Ханно Певкур заявил, что угрозы нет. Бывший президент Эстонии Тоомас Ильвес призвал "
     "соседей не быть наивными в отношении России, которая, по его мнению, становится все более агрессивной.",
     "агрессивной", "Тоомас Ильвес"),
    # nor anyone the statement's own words name
    ("Прокуратура считает, что Ходорковский не достоин УДО. Представитель прокуратуры считает отказ Михаилу "
     "Ходорковскому в УДО законным.", "отказ Михаилу", "Представитель прокуратуры"),
    ("Президент Боливии Эво Моралес выслал посла США. Министр иностранных дел Боливии Давид Чокеуанка заявил, что "
     "шаг не ухудшит отношения. Как подчеркнул боливийский лидер, посол вмешивался в дела страны.",
     "посол вмешивался", "Эво Моралес"),
    # a noun of the same kind of post, or one any official may be described by, is the one named
    ("Судья Петр Штундер огласил приговор. Судья отметил, что вина доказана.", "вина доказана", "Петр Штундер"),
    ("Пресс-секретарь Кремля Дмитрий Песков заявил, что встреча состоится. Представитель Кремля добавил, что дата "
     "пока не определена.", "дата пока", "Дмитрий Песков"),
    ("Президент Владимир Путин провел совещание. \"Мы справимся\", - заявил глава государства.", "Мы справимся",
     "Владимир Путин"),
    ("Замминистра иностранных дел Сергей Рябков заявил, что переговоры продолжатся. Заместитель главы МИД "
     "добавил, что следующий раунд пройдет в Женеве.", "следующий раунд", "Сергей Рябков"),
    # a pronoun subject is not a name its own clause holds off a subject of its own
    ("Федотов заявил, что амнистия возможна. На вопрос о том, может ли амнистия коснуться Ходорковского и Лебедева, "
     "он ответил: \"Думаю, что да\".", "Думаю, что да", "Федотов"),
    ("Встреча прошла в Казани. Представляя губернаторам нового полпреда Михаила Бабича, глава администрации "
     "Сергей Иванов выступил с речью. Когда Иванов представлял Бабича, он заявил, что выборы будут честными.",
     "выборы будут честными", "Сергей Иванов"),
    # but may be the subject of a clause inside its own, or the one whose words a frame gives
    ("Когда Путин прилетел в Минск, он заявил, что переговоры будут трудными.", "переговоры будут", "Путин"),
    ("Петров задержан. По словам Ивана Петрова, он не получал денег.", "он не получал", "Иван Петров"),
    # an outlet named by its kind word in any case or by initials; not one of another country
    ("Валюта укрепилась, пишут «Ведомости». Это, отмечает FT, поможет Южной Корее. Как пишет издание, "
     "официальные лица в Сеуле встревожены.", "официальные лица", "FT"),
    ("Об этом пишет газета «Ведомости». Источник в Кремле подтвердил газете «Московский комсомолец», что "
     "установка была дана. Как отмечает газета, это большой вопрос.", "большой вопрос", "Московский комсомолец"),
    ("Опрос проводит «Новая газета». Жителей записывают в русские, сообщает РИА «Новый Регион». Как пишет "
     "издание, перепись продлится месяц.", "перепись продлится", "РИА «Новый Регион»"),
    ("Об этом пишет немецкий Spiegel Online. «Путин не касается этой темы», - считает итальянское издание.",
     "не касается этой темы", "итальянское издание"),
    # nor one the words themselves tell of
    ("Об этом пишет газета «Ведомости». Профсоюз журналистов создал газету «Трибуна», и эта газета быстро "
     "завоевала авторитет, пишет газета.", "быстро завоевала", "Ведомости"),
    # a body written by its kind is the latest organisation named as one of that kind; a noun of a domain
    # (`здравоохранения`) names none
    ("Заказ оформили в универмаге «Майер». Как позднее заявило руководство универмага, список имен был утвержден "
     "заранее.", "список имен", "руководство универмага «Майер»"),
    ("Акции банка «Открытие» упали. Сотрудники банка рассказали, что их не предупредили.", "их не предупредили",
     "Сотрудники банка «Открытие»"),
    ("Об этом сообщила пресс-служба ГУВД Пермского края. Как сообщили сотрудники пресс-службы, мальчик жив.",
     "мальчик жив", "сотрудники пресс-службы ГУВД Пермского края"),
    ("Министерство здравоохранения КНР ввело карантин. Департамент здравоохранения сообщил о новых больных.",
     "новых больных", "Департамент здравоохранения"),
    # a bare outlet noun after a relay is the outlet relayed
    ("Покупателем картины стал финансист Леон Блэк, сообщает РИА \"Новости\" со ссылкой на The Wall Street "
     "Journal. Как отмечает издание, Блэк делал ставки по телефону.", "Блэк делал", "The Wall Street Journal"),
    ("Актер снимет фильм о комике, передает ТАСС со ссылкой на сайт издания The Daily Telegraph. По данным "
     "издания, съемки начнутся весной.", "съемки начнутся", "The Daily Telegraph"),
    # a name set beside the subject through appositions in a row is the subject a pronoun goes on with
    ("\"Второго Чернобыля быть не может\", - заключил Валерий Косых. Эколог, руководитель программы \"Гринпис "
     "России\" Владимир Чупров согласен с этим. Он заверяет, что пожары не приведут к катастрофе.", "пожары не",
     "Владимир Чупров"),
    ("Бывший советник президента Владимира Путина, российский экономист Андрей Илларионов высказал мысль о "
     "кризисе. По его мнению, власти видят только два выхода из конфликта.", "власти видят", "Андрей Илларионов"),
    # a role noun the subject of the sentence before, that the entities stage linked to a person, is who
    # a pronoun then stands for; not one inside what someone said
    ("Глава компании Total Кристоф де Маржери встретился с Путиным. \"Мы поддерживаем ваши усилия\", - сказал "
     "Путин. Глава Total поблагодарил премьера за поддержку. Он отметил, что компания расширит работу в России.",
     "компания расширит", "Кристоф де Маржери"),
    ("Режиссер Виталий Манский заявил, что министр культуры Владимир Мединский отменил решение совета. По его "
     "словам, министерство поступило незаконно.", "министерство поступило", "Виталий Манский"),
    # a body's name the tagger read as animate is no role noun for the person who spoke last
    ("Глава республики Сергей Аксенов заявил, что претензий к директору у него нет. Компания лишилась имущества. "
     "По мнению финнадзора, компания потеряла два судна.", "компания потеряла", "финнадзор"),
    # a bare outlet noun after an outlet named since the last one spoke is the one named, in its own marks too
    ("Перепись продлится до 25 октября, сообщает ИТАР-ТАСС. Как рассказал \"Новой газете\" студент одного из "
     "вузов, учащихся заставляли подписывать договор. По данным издания, в переписи участвуют 37705 человек.",
     "в переписи", "Новая газета"),
    # an outlet's reporter is no one who spoke before, and the pronoun after stays with the reporter
    ("\"Все банкоматы работают\", - сказал вице-президент банка \"Глобэкс\" Эмиль Алиев. Корреспондент РИА "
     "Новости, побывавший в отделениях банка, сообщил, что очередей нет. \"В офисах тихо\", - отметил он.",
     "В офисах тихо", "Корреспондент РИА Новости, побывавший в отделениях банка"),
    # a body's representative is not someone who spoke earlier and is known neither so nor in that body
    ("Замминистра финансов Алексей Моисеев заявил, что переход завершится к лету. Банки готовы к переходу. "
     "Тем временем представитель MasterCard заявил, что компания переводит операции на новую систему.",
     "компания переводит", "представитель MasterCard"),
    # a role noun is the latest one described by it, whatever other person of that role the link chose
    ("Посол Франции в ООН Жерар Аро заявил: \"Россия решила поддерживать режим\". Впрочем, посол России во "
     "Франции Александр Орлов высказал убеждение, что Асаду будет сложно остаться у власти. \"История его "
     "рассудит\", - сказал посол в интервью радиостанции RFI.", "История его", "Александр Орлов"),
    # a speaker's role noun resolved to the one who spoke stands for that one afterwards, whoever the
    # entities stage linked it to (here the former `лидер` named in the words)
    ("Так считает один из лидеров движения \"Русские\" Александр Белов. Даже недавний арест бывшего лидера "
     "группировки \"Русский образ\" Ильи Горячева связан с желанием властей собрать компромат, считает лидер "
     "\"Русских\". Он напомнил, что Суркова уже обвиняли в связях с оппозицией.", "Суркова уже", "Александр Белов"),
    # a subject put at the end of its sentence, which the parser left hanging, is the subject just before
    ("\"Это гостиница\", - сказал Илья Пинигин, один из руководителей организации \"Открытый берег\". Помог "
     "оформить общественникам-экологам все необходимые документы и выяснить, что происходит за двумя заборами, "
     "руководитель Центра ЭКОМ Александр Карпов. Он обратил внимание на то, что участок больше выделенного.",
     "участок больше", "Александр Карпов"),
    # `агентство` after a news agency known by its name only; a paper or channel named in Latin letters
    # that reported in the sentence before, where no other outlet was named since
    ("Пожар начался около двух часов ночи, сообщает Reuters. По данным агентства, здание сгорело дотла.",
     "здание сгорело", "Reuters"),
    ("Доброволец погиб под Донецком, передает РИА \"Новости\". \"Пострадали пять домов\", - рассказал "
     "\"Интерфаксу\" представитель МЧС. Районы находятся вблизи аэропорта, отмечает агентство.",
     "Районы находятся", "Интерфакс"),
    ("Самолет не смог набрать высоту, сообщает TVN24. По данным телеканала, никто не пострадал.",
     "никто не пострадал", "TVN24"),
    ("Двое футболистов покинут клуб, сообщает L'Equipe. Как стало известно изданию, они встретились с "
     "президентом клуба.", "они встретились", "L'Equipe"),
    ("Клуб отпустит нападающего, сообщает NEWSru.ua со ссылкой на британское издание The Sun. Согласно "
     "информации, которой располагает таблоид, игрок получил разрешение на переход.", "игрок получил", "таблоид"),
    ("Корпорация Xerox снизила цены, сообщает Xerox. По данным телеканала, спрос упадет.", "спрос упадет",
     "телеканал"),
    ("Пленку распространили мировые агентства, передает Reuters. Эта пленка, как сообщают агентства, датирована "
     "6 сентября.", "датирована", "агентства"),  # agencies in the plural are no one of them
    ("Сделка могла обойтись в 300 млн долларов, пишет \"Коммерсант\". По данным Knight Frank, офисы занимают "
     "79 тыс. кв. метров. Как пишет газета, нефтекомпания договорилась о покупке осенью.", "нефтекомпания",
     "Коммерсант"),
    ("По данным Reuters, убиты четверо охранников, AP сообщает о пяти погибших. По данным агентства, ранены "
     "восемь человек.", "ранены восемь", "AP"),
    # a body that spoke through a plural cue (`сообщили в прокуратуре`) agrees as its noun does
    ("Жалобу подала жительница Самары. \"Проверка показала, что инспектор продал документы\", - сообщили в "
     "прокуратуре. По ее данным, инспектор также снял с учета два автомобиля.", "снял с учета", "прокуратура"),
    # a role noun with `сам` is the person last mentioned
    ("Верховный суд признал незаконным арест оппозиционера Сергея Удальцова. Об этом сам координатор движения "
     "\"Левый фронт\" сообщил в своем микроблоге.", "Верховный суд", "Сергей Удальцов"),
    # `тот` as a subject is the person last mentioned off a subject
    ("Попова арестовали в августе. Следователь допросил его в качестве подозреваемого - тот рассказал, при каких "
     "обстоятельствах покинул часть.", "при каких", "Попов"),
    ("Семья погибшего солдата обвиняет Тони Блэра во лжи. Тот, выступая по телевидению, заявил, что сапер был "
     "убит.", "сапер был", "Тони Блэр"),
    ("Премьер похвалил Сергея Сотникова. Путин поинтересовался, зачем он тратил силы на эту работу. Тот объяснил, "
     "что нельзя было допустить разрушения полосы.", "нельзя было", "Сергей Сотников"),
    # a place that speaks is in the locative: `в свою очередь`, `на это` are no place
    ("В свою очередь в министерстве обороны ДНР заявили, что этот район находится вне зоны досягаемости.",
     "этот район", "Министерство обороны ДНР"),
    ("Власти обвинили оппозицию в нарушениях. На это в штабе кандидата отвечают, что кандидат имеет право "
     "участвовать в выборах.", "кандидат имеет", "штаб кандидата"),
    # a prepositional phrase before the speaker's noun is the verb's, however the parser hung it
    ("Террористы постоянно перемещаются внутри здания. Об этом сообщил \"Интерфаксу\" в четверг информированный "
     "источник в оперативном штабе.", "Террористы", "информированный источник в оперативном штабе"),
    # a word of an abbreviation is no subject
    ("Премьер Ариэль Шарон выступил в кнессете. В качестве премьера провозгласил т.н. \"политику сдержанности\", "
     "заявив, что мир возможен.", "мир возможен", "Ариэль Шарон"),
    # the subject of what a gerund after the quotation says is no speaker of the quotation
    ("\"Вводить налог смысла нет\", - пояснил позицию Еременко, подчеркнув, что такой шаг увеличит затраты.",
     "Вводить налог", "Еременко"),
    # a participle the parser made the head of the speaker's phrase: the person named after it (not when it was)
    ("Возмущенная увиденным Бэки Рейнолдс утверждает, что не пойдет на этот фильм.", "не пойдет", "Бэки Рейнолдс"),
    ("Избранный президентом Филиппин Бениньо Акино-младший на инаугурации 30 июня пообещал, что пресечет "
     "использование сирен.", "пресечет", "Бениньо Акино-младший"),
    # a possessive pronoun no one named agrees with: the person described just before
    ("Жертвой совиной атаки стал местный житель. По его словам, птица дважды ударила его клювом в голову.",
     "птица дважды", "местный житель"),
    # a dative under a preposition the parser hung on its adjective is no addressee: the name after it
    ("Глава поселка Николай Герасимов рассказал о семье. Вместе с тем начальник военного комиссариата Якутии по "
     "Хангаласскому улусу Олег Коробков заявил, что Соломонов находился в запасе.", "Соломонов", "Олег Коробков"),
    # a list inside the role's phrase does not end it at its comma
    ("Председатель думского комитета по промышленности, строительству и наукоемким технологиям Мартин Шаккум, "
     "выступая на заседании, отметил, что министерство не сумело обеспечить реализацию кодекса.", "министерство",
     "Мартин Шаккум"),
    ("Незадолго до этого министр республики по национальной политике, внешним связям, печати и информации Джамбулат "
     "Умаров заявил о том, что новость \"сняла напряжение\".", "сняла напряжение", "Джамбулат Умаров"),
    # an apposition after a comma that opens with its adjective, after a role whose modifier is a name
    ("Бывший советник президента России Владимира Путина, российский экономист Андрей Илларионов высказал мысль о "
     "том, что кризис могут прекратить только военные действия.", "кризис могут", "Андрей Илларионов"),
    # a verb after `, и` shares the subject of the verb before `, что`, where the parser made that clause a root
    ("Женщина оставила машину на стоянке, сообщает Ananova. Между тем ее муж, тщетно дожидавшийся ее в автомобиле, "
     "решил, что с супругой что-то случилось, и сообщил об исчезновении в полицию.", "исчезновении", "ее муж"),
    # the head of a body named by its kind is not the head of a region named before
    ("Глава Чечни Рамзан Кадыров написал в своем Instagram, что США виноваты в кризисе. \"КНДР находится в "
     "состоянии полной боевой готовности\", - резюмировал глава института.", "КНДР", "глава института"),
    # a view held that something is not is a statement: `не считают`, `не думает`, like `не исключают`
    ("При этом меньше четверти россиян не считают Конституцию таким уж важным документом.", "важным документом",
     "меньше четверти россиян"),
    ("Министр не думает, что после отставки губернатора ситуация в регионе ухудшится.", "ситуация в регионе",
     "Министр"),
    # a pronoun is no one the statement's own words name, however near (but a name in the reporter's aside in
    # brackets is no word of the statement)
    ("\"Полковник настаивает на прекращении огня\", - приводит агентство слова представителя ливийской армии. "
     "После выполнения этих требований Каддафи с семьей покинет страну, добавил он.", "Каддафи с семьей",
     "представитель ливийской армии"),
    ("Нападающий Сергей Федоров встретился с тренером Иваном Петровым. Он отметил, что был бы рад сыграть "
     "(впрочем, Федоров уже гражданин США), однако пока не готов.", "был бы рад", "Сергей Федоров"),
    # a person's name the parser set beside the body he told is his, not the body's
    ("В интервью \"Радио Свобода\" Магомед Очерхаджи заявил, что Халидов лично проинформировал его о покушении.",
     "Халидов лично", "Магомед Очерхаджи"),
    # the subject of a relative clause on the source is not the source (`которое цитирует агентство`)
    ("Бывшие президенты поздравили победителя. \"Нам повезло, что у Джо есть все, что нужно\", - говорится в "
     "заявлении Обамы, при котором Байден был вице-президентом.", "Нам повезло", "Обама"),
    ("\"Электричество вернут к утру\", - говорится в сообщении пресс-службы регионального центра МЧС, которое "
     "цитирует агентство.", "Электричество", "пресс-служба регионального центра МЧС"),
    # a pronoun a passive cue reads in stands for the text named before it
    ("В понедельник в облвоенкомат из части пришла телеграмма, в ней говорится, что солдат пропал без вести.",
     "солдат пропал", "телеграмма"),
    ("Инцидент произошел в апреле, но отчет комиссии обнародован лишь сейчас. В нем также говорится, что рабочие "
     "не обнаружили на крыле льда.", "рабочие не", "отчет комиссии"),
    # a pronoun after words another cue sets off inside the marks is the one that cue names, not whom they speak of
    ("Актер Жерар Депардье переехал в Бельгию. \"Уезжать за границу жалко, - заявил Эйро. - Я предпочитаю "
     "призывать к солидарности\", - добавил он.", "Я предпочитаю", "Эйро"),
    # the owner a possessive gives the words a source frame reads in
    ("Эрдоган выступил по телевидению. Как следует из его слов, о путче его не предупредили.", "о путче",
     "Эрдоган"),
    # a frame's possessive after a report that cites a body is that body's, where its kind noun agrees
    ("Следователи нашли автомобиль, передает ТАСС со ссылкой на радиостанцию Europe 1. По ее данным, машина "
     "стояла у вокзала.", "машина стояла", "Europe 1"),
    ("Семь человек пропали, передает ТАСС со ссылкой на агентство Рёнхап. По его информации, вертолет упал в "
     "море.", "вертолет упал", "Рёнхап"),
    # ... or a body the subject of the sentence before that names no person
    ("\"Это казнь\", - заявил Иван Петров на пресс-конференции. Тела солдат показал катарский телеканал AlJazeera. "
     "По его версии, солдат казнили.", "солдат казнили", "AlJazeera"),
    ("Об этом в среду писало смоленское издание \"Ридовка\". По его данным, мужчине было 47 лет.", "мужчине было",
     "Ридовка"),
    # the outermost text whose phrase holds the nearest noun of the pronoun's gender
    ("Меры распорядился принять президент, сообщается на сайте Елисейского дворца. В нем отмечается, что Совет "
     "безопасности собирался в среду.", "Совет безопасности", "сайт Елисейского дворца"),
    ("Директор рассказал, что позиция ясна. \"Суд должен быть справедливым\", - говорилось в заявлении МИД, "
     "размещенном на сайте ведомства. В нем также отмечалось: \"Соглашения заключены по закону\".",
     "Соглашения заключены", "заявление МИД"),
    # a document's title in quotation marks is its name, in the nominative, not an owner of it
    ("Повстанцы объединились. В распространенном в воскресенье \"Меморандуме понимания\" сказано, что группировки "
     "разделят контроль над севером страны.", "группировки", "\"Меморандум понимания\""),
    # of two subjects the parser gave a cue, the one the verb agrees with in gender
    ("Выборы пришлось провести после того, как президент Венгрии Пал Шмитт подал в отставку из-за лишения ученой "
     "степени - комиссия ученых обвинила его в плагиате при написании диссертации.", "при написании",
     "комиссия ученых"),
    # a name closing a title whose prepositional phrase runs on over genitives is the titled person
    ("\"Народ больше не доверяет правительству\", - заявил на митинге перед зданием парламента один из "
     "организаторов демонстраций Хордур Торфасон.", "Народ больше", "Хордур Торфасон"),
    # names in a clause that describes the speaker's noun are not the speaker
    ("По словам адвоката Руслана Хасанова, представляющего интересы обвиняемых Казбека Дукузова и Мусы Вахаева, "
     "\"прокуратура просит продлить срок содержания под стражей\".", "прокуратура просит", "Руслан Хасанов"),
    ("По словам исследователей, работавших под руководством Терри Баларда, стюардессы чаще болеют.",
     "стюардессы", "исследователи, работавшие под руководством Терри Баларда"),
    # a relative clause between the subject and its cue, with commas of its own
    ("В интервью \"Радио Свобода\" Магомед Очерхаджи, которого, по словам человека с видеозаписи, было приказано "
     "убить, заявил, что Халидов лично проинформировал его о покушении.", "Халидов лично", "Магомед Очерхаджи"),
    # a common noun opening the sentence that the tagger read as a first name, and the owner in the genitive
    ("Актер Андрей Панин скончался. - Друг Панина прервал молчание: \"Он не мог так погубить себя!\"",
     "Он не мог так погубить себя", "Друг Панина"),
    # one man's two roles coordinated, after the outlet he told it
    ("\"Он не мог так погубить себя!\" - заявил Life News друг и директор Панина Геннадий Русин, обнаруживший "
     "артиста мертвым.", "Он не мог", "Геннадий Русин"),
    # a subject's apposition the parser read as a conjunct leaves the name the subject, who `его` stands for
    ("Ранее руководитель пресс-службы УВД Валерий Бузовкин рассказал, что водитель сбежал. О человеке за рулем "
     "следователям рассказал хозяин машины, 29-летний выходец с Кавказа Эмиль Даржонов. По его словам, его приятель "
     "самовольно взял ключи.", "его приятель", "Эмиль Даржонов"),
    # a share of people is someone who says, not a thing that shows
    ("Большинство жителей автономии говорят, что они жаждут возвращения к нормальной жизни.", "они жаждут",
     "Большинство жителей автономии"),
    # a verb that is often impersonal keeps a subject who does it, an outlet too
    ("Фото подписано президентом, однако журнал оговаривается, что подпись могли сделать и машинным способом.",
     "подпись могли", "журнал"),
    # a nominative noun the parser made a conjunct of a short adjective with no subject is its subject
    ("Рост рынка отмечает заместитель гендиректора компании Delta Estate Павел Пряников. Солидарен с ним и "
     "заместитель гендиректора компании \"Калинка-Риэлти\" Алексей Сидоров. По его мнению, рост будет, но не такой "
     "стремительный.", "рост будет", "Алексей Сидоров"),
    # a deputy's joined title of a body is the one named deputy head there, not a deputy head elsewhere who spoke
    ("Депутат Владислав Резник, замглавы комитета Госдумы по финансовому рынку, заявил, что не знаком с Петровым. "
     "Еще один подозреваемый - заместитель главы ФСКН Николай Аулов, говорится в статье. Замглавы ФСКН в интервью "
     "\"Коммерсанту\" сообщал, что Аулов, наоборот, возглавлял операцию.", "возглавлял операцию", "Николай Аулов"),
    # a noun of one trade stands for the person known by another of its nouns
    ("В Москве задержан корреспондент телеканала \"Рассвет\" Игорь Белов, снимавший репортаж. Тем временем "
     "официальный представитель МИД Анна Орлова заявила, что посольство готовит ноту. По словам журналиста, его "
     "отпустили через три часа.", "его отпустили через три часа", "Игорь Белов"),
    # the first part of a compound title is a title too
    ("Обыск прошел в квартире 40-летнего режиссера-документалиста Павла Сомова. Кинокритик Олег Лунин, режиссер "
     "игрового кино, назвал обыск давлением. Сам Павел Сомов сообщил, что его вызвали на допрос. По словам "
     "режиссера, адвоката к нему не пустили.", "адвоката к нему не пустили", "Павел Сомов"),
    # a bare role noun is the one the article left unnamed who spoke just before, described with that noun
    ("По крайней мере один из боевиков был чеченцем, сообщил британский политолог Анатоль Лиевен. Позже просивший "
     "не называть его имени официальный представитель пакистанских военных сообщил Reuters, что пленные являются "
     "выходцами из разных стран. \"Там есть чеченцы, узбеки и один алжирец\", - сообщил представитель.",
     "Там есть чеченцы", "официальный представитель пакистанских военных"),
    # a thing after the cue in the accusative is its object, the name in the nominative after it its subject
    ("\"Вопрос в другом - кто определит разумный срок\", - объяснил сложность рассматриваемой процедуры Иванов.",
     "Вопрос в другом", "Иванов"),
])
def test_the_speaker_written_or_referred_to(text, fragment, speaker):
    assert one(statements(article("Новости", text)), fragment).speaker.name == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # `где` of a body the clause describes
    ("Инициатива Минэкономразвития получила негативную рецензию со стороны Минпромторга, где уверены, что "
     "предприятия по-прежнему нуждаются в защите.", "предприятия", "Минпромторг"),
    # `там`: the body that spoke in the sentence before, not one named in what it said
    ("Министр выступил на совещании. В администрации Екатеринбурга рассказали, что на установку вышки есть "
     "заключение Роспотребнадзора. Там добавили, что протесты вокруг 5G говорят о слабой работе операторов.",
     "протесты вокруг", "администрация Екатеринбурга"),
    # or the body named last, where none spoke
    ("Глава МИД выступил в парламенте. Такого же мнения придерживаются и в Объединении автопроизводителей России. "
     "И хотя там согласны, что пошлины должны сохраняться не более трех лет, снижение ставок приведет к кризису.",
     "пошлины должны", "Объединение автопроизводителей России"),
])
def test_a_body_given_by_where_it_speaks(text, fragment, speaker):
    assert one(statements(article("Новости", text)), fragment).speaker.name == speaker


def test_a_role_noun_is_not_whoever_the_entities_stage_gave_its_own_title():
    """`Президент ЦСКА`, linked by the entities stage to a player of ЦСКА, is the club's president who spoke."""
    paragraphs = ["Баскетболист ЦСКА Фридзон получит новую медаль взамен украденной",
                  "Защитник сборной России и ПБК ЦСКА Виталий Фридзон получит копию бронзовой медали взамен украденной "
                  "у него награды.",
                  "Это произойдет в пятницу перед матчем Евролиги, заявил агентству президент армейского клуба Андрей "
                  "Ватутин.",
                  "Летом неизвестные украли медаль из квартиры Фридзона. Баскетболист обещал подарить ворам свои вещи, "
                  "если те вернут медаль.",
                  "\"Получит Виталик медаль в пятницу перед матчем\", - сказал Ватутин.",
                  "Президент ЦСКА рассказал, что на восстановление награды ушло больше года."]
    assert one(statements(article(*paragraphs)), "на восстановление награды").speaker.name == "Андрей Ватутин"


def test_the_subject_of_two_verbs_across_a_is_written_where_the_parser_hung_it_on_the_second():
    text = ("Вербовкой Литвиненко занимался Джон Скарлетт, нынешний глава MI6. Именно по его инициативе Литвиненко "
            "переехал в Великобританию, а после попросил политического убежища для своей семьи.")
    quote = one(statements(article("Новости", text)), "политического убежища")
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "Литвиненко"


def test_a_bare_outlet_noun_after_an_outlet_that_spoke_is_that_outlet():
    quotes = statements(article("Новости", "Цены на жилье выросли, сообщает РИА \"Новости\". Как отмечает "
                                           "издание, спрос остается высоким."))
    assert one(quotes, "спрос остается").speaker.name == "РИА \"Новости\""


def test_an_inference_from_what_was_said_stays_in_the_frames_content():
    quote = one(statements(article("Новости", "Фотограф Дэвид Слейтер подал иск. По его мнению, из этого следует, "
                                              "что задумка снимков принадлежит ему.")), "задумка")
    assert (quote.speaker.name, quote.content.text) == ("Дэвид Слейтер",
                                                        "из этого следует, что задумка снимков принадлежит ему")


def test_a_document_a_quotation_is_read_in_is_named_without_the_clause_after_it():
    quote = one(statements(article("Новости", "\"Стороны выражают озабоченность ростом наркоторговли\", - говорится "
                                              "в совместной декларации, подписанной Владимиром Путиным и Ху "
                                              "Цзиньтао.")), "Стороны выражают")
    assert (quote.type, quote.speaker.name) == ("direct", "совместная декларация")


def test_quotations_that_make_consecutive_sentences_go_on_with_the_statement_before():
    quotes = statements(article("Новости", "Экономист Петр Сидоров считает, что кризис затянется. \"Мне трудно "
                                           "представить, что мы выйдем из него быстро\". \"Сколько он продлится - мне "
                                           "трудно сказать. Возможно, долго\"."))
    assert [(q.type, q.speaker.name) for q in quotes if q.content.text.startswith(("Мне", "Сколько"))] == \
        [("direct", "Петр Сидоров"), ("direct", "Петр Сидоров")]


@pytest.mark.parametrize("text", [
    "Болельщики сборной отмечают силу команды: \"Наши играют в отличный футбол!\"; \"Я верю в победу, мы станем "
    "чемпионами\".",
    "Болельщики сборной отмечают силу команды: \"Наши играют в отличный футбол!\"; \"Вратарь классно играет, "
    "поэтому победим\"; \"Я верю в победу, мы станем чемпионами\".",
], ids=["after its own stop", "after a semicolon"])
def test_a_listed_quotation_goes_on_where_the_sentence_splitter_cut_the_list(text):
    quote = one(statements(article("Новости", text)), "Я верю")
    assert (quote.type, quote.speaker.name) == ("direct", "Болельщики сборной")


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("Сначала Иванов похвалил коллег. Впрочем, тут же оговорился: \"Вернее, мы еще не все сделали\".",
     "Вернее, мы еще не все сделали", "оговорился", "Иванов"),
    ("\"Мы скорбим вместе с родными погибших\", - соболезнуют в Духовном управлении мусульман.",
     "Мы скорбим вместе с родными погибших", "соболезнуют", "Духовное управление мусульман"),
], ids=["a reservation", "condolences"])
def test_verbs_of_a_reservation_and_of_condolences_frame_a_quotation(text, content, cue, speaker):
    quote = one(statements(article("Новости", text)), content[:10])
    assert (quote.type, quote.content.text, quote.cue.text, quote.speaker.name) == ("direct", content, cue, speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("Соседи могут выдать задержанного, об этом заявлял лично президент страны Александр Лукашенко. \"Я не вижу "
     "особых препятствий. Мы за него не держимся\".", "Я не вижу особых препятствий. Мы за него не держимся",
     "Александр Лукашенко"),
    ("Лидер клуба Евгений Воробьев пояснил причины ухода. \"Нам не нравилась публичная деятельность клуба\".",
     "Нам не нравилась публичная деятельность клуба", "Евгений Воробьев"),
], ids=["about it", "an object that is no content"])
def test_a_quotation_after_a_sentence_where_someone_speaks_with_no_content_is_theirs(text, content, speaker):
    quote = one(statements(article("Новости", text)), content[:10])
    assert (quote.type, quote.content.text, quote.speaker.name) == ("direct", content, speaker)


def test_a_quotation_after_the_dash_that_ends_an_attribution_goes_on_with_it():
    quote = one(statements(article("Новости", "\"Мы не можем гарантировать оплату\", - говорится в меморандуме. - "
                                              "\"Если расчеты будут отсрочены, мы будем искать другие средства\".")),
                "Если расчеты")
    assert (quote.type, quote.speaker.name) == ("direct", "меморандум")


@pytest.mark.parametrize("text, cue, speaker", [
    ("Премьера прошла в пятницу. \"Наш театр любит эксперименты, и мы на это согласились\", - резюмировали в "
     "дирекции городского театра.", "резюмировали", "дирекция городского театра"),
    ("\"Наш театр любит эксперименты\", - поспешил выразиться министр.", "выразиться", "министр"),
], ids=["a finite verb read as a noun", "an infinitive read as an adverb"])
def test_a_verb_the_tagger_misread_is_a_cue(text, cue, speaker):
    quote = one(statements(article("Новости", text)), "Наш театр")
    assert (quote.type, quote.cue.text, quote.speaker.name) == ("direct", cue, speaker)


@pytest.mark.parametrize("text, cue, speaker", [
    ("\"Мы знаем, где они прячутся\", - министр внутренних дел республики Иван Петров заявил журналистам.",
     "заявил", "Иван Петров"),
    ("\"Мы знаем, где они прячутся\", - позднее министр внутренних дел Иван Петров пояснил.", "пояснил",
     "Иван Петров"),
], ids=["a long subject", "an adverbial before it"])
def test_a_speaker_phrase_of_many_words_may_come_before_the_cue_after_a_quotations_dash(text, cue, speaker):
    quote = one(statements(article("Новости", text)), "Мы знаем")
    assert (quote.type, quote.cue.text, quote.speaker.name) == ("direct", cue, speaker)


def test_a_cue_inside_the_last_sentence_of_a_paragraph_takes_no_sentence_before_when_its_content_follows():
    quote = one(statements(article("Новости", "Новая модель удостоилась похвал за поведение в поворотах. Короче, "
                                              "заключил Хаммонд, это одна из лучших машин десятилетия.")), "одна из")
    assert quote.content.text == "это одна из лучших машин десятилетия"


def test_a_quotation_whose_closing_mark_went_after_its_attribution_ends_before_it():
    quote = one(statements(article("Новости", "Ученые изучили протеин. \"Наше исследование может оказаться полезным "
                                              "врачам, - отмечает Андреа Экхарт, возглавившая группу ученых\".")),
                "Наше исследование")
    assert (quote.type, quote.content.text, quote.cue.text, quote.speaker.name) == \
        ("direct", "Наше исследование может оказаться полезным врачам", "отмечает", "Андреа Экхарт")


def test_someone_given_a_short_adjective_before_a_colon_says_the_quotation_after_it():
    quotes = statements(article("Новости", "Министр обороны был категоричен: \"Мы не допустим повторения этой "
                                           "ситуации\". Здание было закрыто: \"Вход только по пропускам\"."))
    assert [(q.type, q.speaker.name) for q in quotes] == [("direct", "Министр обороны")]


def test_a_quotation_opened_after_a_colon_in_mid_paragraph_runs_on_to_the_paragraph_that_closes_it():
    quote = one(statements(article("Новости", "Министр обороны Иванов заявил: «Мы не допустим повторения.\n\n"
                                              "Виновные будут наказаны».\n\nУчения продолжатся в мае.")), "Мы не")
    assert (quote.type, quote.content.text) == ("direct", "Мы не допустим повторения.\n\nВиновные будут наказаны")


@pytest.mark.parametrize("text, cue, speaker", [
    ("\"Мы не допустим повторения этой ситуации\" - такими словами министр обороны начал выступление.", "начал",
     "министр обороны"),
    ("\"Мы не допустим повторения этой ситуации\", - с этими словами министр покинул зал.", "покинул", "министр"),
], ids=["such words", "with these words"])
def test_an_attribution_that_names_the_words_as_someones_needs_no_verb_of_saying(text, cue, speaker):
    quote = one(statements(article("Новости", text)), "Мы не допустим")
    assert (quote.type, quote.cue.text, quote.speaker.name) == ("direct", cue, speaker)


def test_a_paragraph_naming_this_statement_as_someones_attributes_the_quotation_before_it():
    quote = one(statements(article("Учения", "\"Мы не допустим повторения этой ситуации.\"\n\nЭто заявление министр "
                                             "обороны Сергей Иванов сделал в пятницу.")), "Мы не допустим")
    assert (quote.type, quote.speaker.name) == ("direct", "Сергей Иванов")


def test_a_relative_clause_between_the_subject_and_its_cue_leaves_the_subject_written():
    text = ("Физик Мохсен Фахризаде погиб в Иране. Публицист Джавад Могуи, которого считают близким к Корпусу стражей "
            "исламской революции, написал в Instagram со ссылкой на свои источники, что в машине ученого поджидали "
            "снайперы.")
    speaker = one(statements(article("Новости", text)), "поджидали снайперы").speaker
    assert (speaker.name, speaker.mention and speaker.mention.text) == ("Джавад Могуи", "Публицист Джавад Могуи")


@pytest.mark.parametrize("text, content, speaker", [
    # a participle clause between the subject and its cue: the subject is still the one written
    ("Представитель аукционного дома Мария Белова отказалась назвать покупателя. Высокая цена объяснима тем, что "
     "Академия кинематографических искусств и наук, присуждающая премию \"Оскар\", постановила, что с 1950 года "
     "владельцы, желающие продать статуэтку, обязаны сначала предложить ее академии.", "обязаны сначала",
     "Академия кинематографических искусств и наук"),
    # an outlet's name in quotation marks after a postposed cue is who goes on, not a quotation
    ("Даже для лечения бывший президент не хочет покидать страну, продолжает \"Аль-Масаа\".",
     "бывший президент не хочет покидать", "Аль-Масаа"),
    # a name in Latin letters after the cue's object is its subject
    ("\"Египет стал второй фишкой домино в арабском мире\", - продолжает тему Die Welt, напоминая о Тунисе.",
     "Египет стал второй фишкой", "Die Welt"),
    # a name closing the sentence after the speaker's noun, which the parser hung on a word of the quotation
    ("\"Наши собаки более здоровые, они обладают большей индивидуальностью\", – объясняет заводчик с 20-летним "
     "опытом Герлинде Шульце.", "Наши собаки", "Герлинде Шульце"),
    # a verb the parser hung on the noun before it as its modifier has that noun for its subject, and so has
    # the gerund after it
    ("Рогозин заявил, что прибудет на торжества. Приднестровье, 60% жителей которого составляют русские и "
     "украинцы, добивалось выхода из состава Молдавии, опасаясь, что Молдавия присоединится к Румынии.",
     "Молдавия присоединится", "Приднестровье"),
])
def test_the_subject_written_around_the_cue_past_what_misleads_the_parser(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert quote.speaker.name == speaker


def test_what_someone_calls_a_person_in_quotation_marks_is_said_though_it_reads_as_a_title():
    text = ("Депутат Иван Петров, которого издание называет \"оптимистом и патриотом своей малой родины\", предлагает "
            "дать области особый статус.")
    quote = one(statements(article("Новости", text)), "оптимистом")
    assert (quote.type, quote.cue.text) == ("direct", "называет")


def test_a_name_in_latin_letters_right_after_the_cue_may_be_whom_it_was_told():
    text = ("Министр Иван Петров прилетел в Каир. \"Переговоры идут хорошо\", - сказал Reuters министр. \"Мы "
            "близки к соглашению\", - сказал в интервью CNN Петров.")
    quotes = statements(article("Новости", text))
    assert [one(quotes, c).speaker.name for c in ("Переговоры идут", "близки к соглашению")] == ["Иван Петров"] * 2


def test_a_purpose_after_a_postposed_cue_is_not_what_was_said():
    quote = one(statements(article("Новости", "Один из крокодилов пострадал в ДТП, сообщили власти в среду, чтобы "
                                              "предупредить об опасности местных жителей.")), "крокодилов")
    assert (quote.content.text, quote.speaker.name) == ("Один из крокодилов пострадал в ДТП", "власти")


def test_a_relay_before_a_frame_is_not_what_the_frame_says():
    quote = one(statements(article("Новости", "Как передает ИТАР-ТАСС, по прогнозам синоптиков, дожди на севере "
                                              "страны в ближайшие дни лишь усилятся.")), "дожди")
    assert (quote.content.text, quote.speaker.name) == ("дожди на севере страны в ближайшие дни лишь усилятся",
                                                        "синоптики")


def test_a_document_in_the_singular_is_not_one_named_before_in_the_plural():
    text = ("Госдума приняла заявление об истории войны. Депутаты с возмущением воспринимают заявления парламентов "
            "государств Балтии, в которых искажается история, говорится в документе. \"Особенно прискорбно, что это "
            "происходит в год юбилея Победы\", - подчеркивается в заявлении.")
    speaker = one(statements(article("Новости", text)), "Особенно прискорбно").speaker
    assert "Балтии" not in speaker.name


@pytest.mark.parametrize("text", [
    "В Майкопе прошел митинг. В резолюции, единогласно принятой участниками митинга, говорится: \"Мы не хотим "
    "новых потрясений\".",
    "В Майкопе прошел митинг. Участники митинга приняли резолюцию, в которой говорится, что их объединяет одно "
    "желание.",
])
def test_a_document_whose_maker_its_sentence_names_is_the_source_not_the_last_body_that_spoke(text):
    quote = statements(article("Новости", "По данным городской полиции, пришли 12 тысяч человек. " + text))[-1]
    assert (quote.speaker.name, quote.speaker.kind) == ("резолюция", "other")


@pytest.mark.parametrize("text, speaker", [
    ("Во вторник жильцы дома получили уведомление. В уведомлении говорится, что воду отключат на две недели.",
     ("уведомление", "other")),
    ("В четверг японское военное руководство объявило об отмене визита. В соответствующем оповещении говорилось, "
     "что визит отменен из-за напряженного графика.", ("японское военное руководство", "organization")),
    ("Согласно официальной сводке пакистанского командования, в ходе операции убиты 8 боевиков.",
     ("пакистанское командование", "organization")),
])
def test_a_notice_or_a_report_speaks_as_a_document_for_the_body_that_issued_it(text, speaker):
    quote = statements(article("Новости", text))[-1]
    assert (quote.speaker.name, quote.speaker.kind) == speaker


def test_an_act_of_an_authority_speaks_for_itself_whoever_signed_it():
    quote = one(statements(article("Новости", "Газета напоминает, что, согласно указу, подписанному президентом "
                                              "Петром Ивановым, выборы должны пройти 7 декабря.")), "выборы")
    assert (quote.speaker.name, quote.speaker.kind) == ("указ", "other")


def test_the_body_that_gave_the_data_is_named_by_its_noun_not_its_adjective():
    quote = one(statements(article("Новости", "По данным, представленным сегодня Европейской ассоциацией бизнеса, в "
                                              "ноябре продажи автомобилей выросли на 5%.")), "продажи")
    assert (quote.speaker.name, quote.speaker.kind) == ("Европейская ассоциация бизнеса", "organization")


def test_a_noun_the_tagger_read_as_a_verb_is_still_the_subject():
    quote = one(statements(article("Новости", "По данным полиции, митинг посетили 12 тысяч человек. Ораторы в "
                                              "выступлениях заявляли, что край ощущает поддержку правительства.")),
                "край ощущает")
    assert (quote.speaker.name, quote.speaker.kind) == ("Ораторы", "group")


def test_a_spokesman_of_a_body_named_by_another_noun_is_someone_new():
    text = ("Представитель Консервативной партии Дании Расмус Ярлов спросил, не продаст ли президент Аляску. Депутат "
            "Иван Ольсен предложил отменить визит. Со своей стороны представитель датской королевской семьи "
            "сообщил, что новость стала сюрпризом.")
    speaker = one(statements(article("Новости", text)), "сюрпризом").speaker
    assert (speaker.name, speaker.kind) == ("представитель датской королевской семьи", "unnamed")


def test_a_spokesman_of_a_body_of_another_kind_is_not_the_official_who_just_spoke():
    text = ("Военная прокуратура флота начала проверку по факту невыплаты зарплаты рабочим завода, сообщил "
            "заместитель военного прокурора Северного флота Олег Петров.", "По словам представителя профкома "
            "предприятия, это не забастовка, а приостановка работы.")
    speaker = one(statements(article("Новости", *text)), "не забастовка").speaker
    assert (speaker.name, speaker.kind) == ("представитель профкома предприятия", "unnamed")


@pytest.mark.parametrize("text, content, described", [
    # an unnamed source: `высокопоставленный` makes the noun someone new, not the person named before
    ("\"Встреча пройдет в понедельник\", - сообщил представитель ОБСЕ Кертис Бадден. Ранее высокопоставленный "
     "российский дипломат подчеркнул, что Россия не намерена менять формат наблюдения.", "Россия не намерена",
     "высокопоставленный российский дипломат"),
    # a name in the genitive after `один из` is whose relatives they are, not who spoke
    ("Дядя президента освобожден. Один из близких родственников Урусхана Зязикова, в свою очередь, говорит, что "
     "его состояние оставляет желать лучшего.", "его состояние", "Один из близких родственников Урусхана Зязикова"),
    # a man the sentence brings in, the subject of an act set before him, is no one named before
    ("Об этом сообщил Евгений Бобылев. Накануне вечером в милицию обратился мужчина и сообщил, что купил пакет "
     "сахара.", "купил пакет сахара", "мужчина"),
    # an office of a country is not another office of the country named before
    ("Министр финансов Испании Луис де Гиндос заявил, что помощь сделала создание банка реальнее. Премьер-министр "
     "Испании ранее говорил, что налоги повысят.", "налоги повысят", "Премьер-министр Испании"),
    # `один из` under the noun's complement: someone of those, not the minister named before
    ("Замминистра финансов Алексей Моисеев рассказал о переходе. Сотрудник одной из платежных систем оценивает, "
     "что переход займет два месяца.", "переход займет два месяца", "Сотрудник одной из платежных систем"),
])
def test_a_role_noun_marked_as_someone_new_is_no_one_named_before(text, content, described):
    speaker = one(statements(article("Новости", text)), content).speaker
    assert (speaker.name, speaker.kind) == (described, "unnamed")


def test_a_role_noun_naming_the_body_its_title_names_is_the_same_person():
    text = ("\"Ездить на скутере может любой подросток\", - рассказал начальник отдела дорожно-патрульной службы "
            "управления ГИБДД Москвы Александр Борисов. По словам начальника отдела, ГИБДД не собирается "
            "ограничивать движение мопедов.")
    assert one(statements(article("Новости", text)), "мопедов").speaker.name == "Александр Борисов"


@pytest.mark.parametrize("sentence, content, speaker", [
    # a year after a frame's noun says when the data are from, not whose they are
    ("Пассажиропоток компании по данным 2013 года составил более 100 миллионов человек.",
     "Пассажиропоток компании по данным 2013 года составил более 100 миллионов человек", "данные"),
    # an opening frame runs on to its comma over a phrase the parser hung on the content's verb
    ("По данным Росстата за 2013 год, ВВП вырос на 2%.", "ВВП вырос на 2%", "Росстат"),
    # but not over a predicate of the content
    ("Со слов дипломата неясно, посетит ли министр Израиль.", "неясно, посетит ли министр Израиль", "дипломат"),
])
def test_what_a_frame_names_after_its_noun(sentence, content, speaker):
    quote = statements(article("Новости", sentence))[0]
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


def test_they_are_the_people_a_reported_subject_counts():
    text = ("\"Нам не нужны демонстранты\", - заявил шеф военной полиции Мухаммед Али, когда солдаты разбирали "
            "лагеря. Несмотря на это, несколько тысяч демонстрантов остаются на площади, сообщает ИТАР-ТАСС. Они "
            "требуют освобождения всех политзаключенных.")
    speaker = one(statements(article("Новости", text)), "освобождения").speaker
    assert (speaker.name, speaker.kind) == ("демонстранты", "group")


@pytest.mark.parametrize("text, content, speaker", [
    # words that point on to a colon: what follows it is what was said
    ("Губернатор Николай Максюта заявил практически то же самое: область денег на памятник не даст.",
     "область денег на памятник не даст", "Николай Максюта"),
    ("Министр Иван Петров сказал следующее: цены в этом году не вырастут.", "цены в этом году не вырастут",
     "Иван Петров"),
    ("Глава фонда Кристин Лагард выступила с заявлением о том, что нынешние цены угрожают экономическому росту.",
     "нынешние цены угрожают экономическому росту", "Кристин Лагард"),
    ("Как передает РИА \"Новости\", в среду Салман Радуев выступил с заявлением, что журналисты наносят вред его "
     "престижу.", "журналисты наносят вред его престижу", "Салман Радуев"),
    # an order given with `дать`, `отдать`: what was ordered, as with `поручил`
    ("Президент США Джордж Буш дал указание Пентагону возобновить связи с Китаем.", "возобновить связи с Китаем",
     "Джордж Буш"),
    ("Министр отдал распоряжение начать проверку.", "начать проверку", "Министр"),
    # a participle of saying: the noun it is on speaks, and its clause ends what was said
    ("Документы предал огласке замгенпрокурора Владимир Колесников, сообщивший на пресс-конференции, что Гайсин "
     "действовал незаконно.", "Гайсин действовал незаконно", "Владимир Колесников"),
    ("Министр, заявивший накануне, что цены снизятся, отказался от своих слов.", "цены снизятся", "Министр"),
    ("Посол, заявивший, что санкции не помогут, уехал.", "санкции не помогут", "Посол"),  # `уехал`: hung there
    # and a relative clause's, before the predicate of its noun (a short participle the tagger read as a full one)
    ("Министр, который заявил, что цены вырастут, ушел в отставку.", "цены вырастут", "Министр"),
    ("Федерер, который ранее говорил, что золотая медаль Олимпиады является для него главной целью, теперь выразил "
     "сомнение в своем участии.", "золотая медаль Олимпиады является для него главной целью", "Федерер"),
    ("Группировка прославилась обращением к Сенату, в котором заявила, что любой из присутствовавших на заседании "
     "семерых хакеров мог за полчаса положить весь интернет.", "любой из присутствовавших на заседании семерых хакеров "
     "мог за полчаса положить весь интернет", "Группировка"),  # no noun after the cue ends the clause
    ("Комиссия опубликовала доклад, в котором утверждается, что Boeing был сбит ракетой серии 9М38, выпущенной из "
     "комплекса \"Бук\".", "Boeing был сбит ракетой серии 9М38, выпущенной из комплекса \"Бук\"", "доклад"),
    ("Письмо, в котором говорится, что компания нарушила закон, опубликовано вчера.", "компания нарушила закон",
     "Письмо"),
    ("Министр, заявивший, что цены, видимо, вырастут, ушел в отставку.", "цены, видимо, вырастут", "Министр"),
    ("Газета приводит мнение экспертов, считающих, что решающими окажутся ближайшие дни, которые должны показать, "
     "сумеют ли верные Асаду силы сохранить контроль над столицей.", "решающими окажутся ближайшие дни, которые должны "
     "показать, сумеют ли верные Асаду силы сохранить контроль над столицей", "эксперты"),
    # a finding's participle: the inquiry's finding, however the tagger and the parser read the participle
    ("Отношениям может помешать расследование гибели малайзийского Boeing 777, установившее, что самолет был сбит "
     "ракетой комплекса \"Бук\".", "самолет был сбит ракетой комплекса \"Бук\"",
     "расследование гибели малайзийского Boeing 777"),
    ("Суд учел показания одного из свидетелей, заявившего, что обвиняемый был на месте преступления.",
     "обвиняемый был на месте преступления", "один из свидетелей"),
    # words of the clause the parser hung on a noun before it; the noun an accusative agrees with in animacy
    ("Филиппины заявили официальный протест США в связи с высказываниями временного поверенного Джозефа "
     "Муссомели, заявившего, что юг архипелага становится \"Меккой\" для экстремистов.",
     "юг архипелага становится \"Меккой\" для экстремистов", "Джозеф Муссомели"),
    # a frame inside its clause whose predicate the parser joined to the frame's noun
    ("Она, по словам ее основателя, детище сообщества, каждый участник которого вносит свой вклад.",
     "Она, по словам ее основателя, детище сообщества, каждый участник которого вносит свой вклад",
     "ее основатель"),
    # what an `о`-phrase is about goes on in the phrases the parser hung on the verb; whom it was told to does not
    ("Международный союз биатлонистов объявил о дисквалификации на два года за нарушение антидопинговых правил "
     "биатлонистки Екатерины Глазыриной.", "дисквалификации на два года за нарушение антидопинговых правил "
     "биатлонистки Екатерины Глазыриной", "Международный союз биатлонистов"),
    ("Местные жители немедленно сообщили об опасной находке в правоохранительные органы.", "опасной находке",
     "Местные жители"),
    # the infinitive's object the parser hung on the verb a request noun is set before
    ("Как сообщают итальянские СМИ, с предложением предоставить Де Ниро итальянское гражданство выступил министр "
     "культуры Джулиано Урбани.", "предоставить Де Ниро итальянское гражданство", "Джулиано Урбани"),
    # and in what is asked with it
    ("Семья осужденной также заявила о своем намерении обратиться в Верховный суд с требованием отменить решение "
     "министра.", "своем намерении обратиться в Верховный суд с требованием отменить решение министра",
     "Семья осужденной"),
])
def test_what_a_cue_points_to_is_what_was_said(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, quote.speaker.name) == (content, speaker)


def test_a_time_clause_of_kak_is_no_frame():
    quote = one(statements(article("Новости", "С того момента, как в 1991 году страна объявила о своей "
                                              "независимости, было убито 20 журналистов.")), "независимости")
    assert quote.content.text == "своей независимости"


def test_a_participle_of_saying_read_as_a_gerund_whose_object_is_a_thing_they_do_is_no_statement():
    assert not statements(article("Новости", "Наклейки использовали во время своих акций протеста экологи - в том "
                                  "числе участники \"голых велопробегов\", подчеркивающие таким образом хрупкость "
                                  "окружающей нас природы."))


def test_a_number_glued_to_an_adjective_s_ending_is_no_subject():
    quote = one(statements(article("В ФСБ прогнозируют 10%-ный рост тарифов на связь из-за \"закона Яровой\"",
                                   "Операторы готовятся к росту расходов.")), "закона Яровой")
    assert quote.speaker.name == "ФСБ"


@pytest.mark.parametrize("text, statement", [
    ("Ассоциации \"Руссофт\", АПКИТ и АРПП \"Отечественный софт\" - попросили главу Минцифры предложить мэрии "
     "пересмотреть требования.", "предложить мэрии пересмотреть требования"),  # a body's name after its acronym
    ("\"Интерфакс\", цитируя главу Совета Абделя Рахмана, передает, что удар нанесла авиация.",
     "удар нанесла авиация"),  # an organisation's name as the subject
])
def test_a_quoted_name_is_no_quotation(text, statement):
    assert [(q.type, q.content.text) for q in statements(article("Новости", text))] == [("indirect", statement)]



@pytest.mark.parametrize("text, content, speaker", [
    # a person's nominative name the parser hung on a role noun as a modifier is the role's holder, and a name in
    # a clause that describes her is not
    ("Однако судья Затомская заявила, что не может доверять свидетелям.", "не может доверять свидетелям",
     ("Затомская", "person")),
    # a speaker's phrase runs on past a place the parser hung elsewhere, its participle an adjective
    ("Как отметил в беседе с российскими журналистами постоянный представитель РФ при Объединенных Нациях Виталий "
     "Чуркин, оговоренные в новом проекте резолюции СБ ООН меры направлены на возвращение Пхеньяна к переговорам.",
     "оговоренные в новом проекте резолюции СБ ООН меры направлены на возвращение Пхеньяна к переговорам",
     ("Виталий Чуркин", "person")),
    # a person's name is whole in the speaker's phrase, however the parser split it
    ("Представитель МВД настаивала, что документов нет. Защитник Мишарина Эрнест Мезак напомнил, что "
     "администрация упомянула о гайд-парках.", "администрация упомянула о гайд-парках", ("Эрнест Мезак", "person")),
    # nor a body's name the parser left hanging between the role and the person's name
    ("Глава управляющей аэропортом группы \"Ист Лайн\" Дмитрий Каменщик потребовал оплатить ему долг.",
     "оплатить ему долг", ("Дмитрий Каменщик", "person")),
    # whom an outlet cites is no part of the outlet's phrase
    ("Россия захватила область морского шельфа, пишет InoPressa.ru со ссылкой на статью Уильяма Дж. Брода в "
     "американской газете The New York Times.", "Россия захватила область морского шельфа",
     ("InoPressa.ru", "organization")),
    # television as a whole passes on the news as the press does, after the phrase of where it did
    ("Как сообщает в прямом эфире местное телевидение, основные беспорядки отмечены в материковой части города.",
     "основные беспорядки отмечены в материковой части города", ("местное телевидение", "unnamed")),
    # a body that speaks, left hanging by the parser after the outlet it told
    ("Как сообщили ИА \"Двина-Информ\" в ГУ МЧС РФ по Архангельской области, сломалась одна из опор моста.",
     "сломалась одна из опор моста", ("ГУ МЧС РФ по Архангельской области", "organization")),
    # the `в`-phrase before a verb of accusing, with the charge after it, is the place that speaks
    ("В семье погибшего обвинили врачей в халатности.", "врачей в халатности", ("семья погибшего", "unnamed")),
    # business and the public speak as groups do, not as a thing that shows something
    ("Бизнес, во многом финансирующий спорт, говорит, что это первый удачный пример партнерства.",
     "это первый удачный пример партнерства", ("Бизнес", "unnamed")),
    # an attribution ends where a clause joined by `, и` begins
    ("Стрельба произошла вечером. \"Один из байкеров скончался\", - сообщают в ведомстве, и это пока единственная "
     "информация.", "Один из байкеров скончался", ("ведомство", "organization")),
    # a body's name inside the role, whatever word of it the parser hung before the cue, does not end the phrase
    ("Угроза велика для стран Африки, сообщил старший экономист Организации по вопросам продовольствия и "
     "сельского хозяйства ООН (ФАО) Абдольреза Аббассьян.", "Угроза велика для стран Африки",
     ("Абдольреза Аббассьян", "person")),
    ("Однако судья Затомская (ранее носившая фамилию Боровкова) заявила, что не может доверять свидетелям.",
     "не может доверять свидетелям", ("Затомская", "person")),
    # but not a genitive the tagger read as a nominative
    ("\"Я всегда верил в закон\", - прокомментировал ситуацию отчим Мелоуна, бывший полицейский Роджер Руд.",
     "Я всегда верил в закон", ("Роджер Руд", "person")),
    # an adjective of another gender and number than the head noun is not its modifier
    ("Об этом заявил бизнесмен Андрей Луговой, которого самого британские власти считают причастным к гибели "
     "Литвиненко.", "причастным к гибели Литвиненко", ("британские власти", "organization")),
    # a described body's adjective takes the gender of its noun, not the tagger's guess
    ("\"География может быть трудной\", - заявили в канадском постпредстве.", "География может быть трудной",
     ("канадское постпредство", "unnamed")),
    # a cue set off by commas in mid-sentence: the sentence is what was said
    ("У бюджета-2009, обещает министр, будет существенный дефицит.",
     "У бюджета-2009, обещает министр, будет существенный дефицит", ("министр", "unnamed")),
    # but not when one more attribution follows it
    ("Старт шаттла Atlantis состоится не раньше 2 января, говорится в сообщении пресс-службы NASA, сообщает "
     "РИА \"Новости\".", "Старт шаттла Atlantis состоится не раньше 2 января", ("NASA", "organization")),
    # a quotation opened between the cue and what it takes, which holds it to its end: the words quoted, with
    # whom it is asked of
    ("Группировка в своем заявлении требует от государств, \"участвующих в преступной агрессии, вывести своих "
     "граждан из Ирака\".", "от государств, \"участвующих в преступной агрессии, вывести своих граждан из Ирака\"",
     ("Группировка", "unnamed")),
    # a bare `компания` is the company whose press service spoke just before, not another named since
    ("Компания Google закрыла центр в Петербурге, сообщил руководитель отдела консалтинговой компании Knight Frank "
     "Иван Петров. В пресс-службе российского представительства Google закрытие объяснили оптимизацией. \"Это "
     "обычный процесс\", - сообщили в компании.", "Это обычный процесс", ("Google", "organization")),
    # a bare `компания` is the company just named; one it describes is no company named before
    ("Корпорация Microsoft объявила о снижении розничных цен на консоли Xbox 360, говорится в пресс-релизе компании.",
     "Корпорация Microsoft объявила о снижении розничных цен на консоли Xbox 360", ("Microsoft", "organization")),
    ("Банк Morgan Stanley готовит размещение. Компания, основанная Марком Цукербергом в 2004 году, надеется "
     "получить оценку в 100 млрд долларов.", "получить оценку в 100 млрд долларов",
     ("Компания, основанная Марком Цукербергом в 2004 году", "organization")),
    # where the words come from is the frame's, not what was said
    ("Как пишет во вторник газета Ha'aretz, ссылаясь на слова одного из лечащих врачей, медики допустили ошибку в "
     "лечении, когда у него был микроинсульт.", "медики допустили ошибку в лечении, когда у него был микроинсульт",
     ("Ha'aretz", "outlet")),
    # however the parser hung the relay that closes the sentence
    ("Зонд успешно вышел на орбиту Марса, говорится в сообщении NASA, сообщает РИА \"Новости\".",
     "Зонд успешно вышел на орбиту Марса", ("NASA", "organization")),
    ("По предварительным данным, водитель превысил скорость, сказал сотрудник пресс-службы, передает РИА "
     "\"Новости\".", "По предварительным данным, водитель превысил скорость", ("сотрудник пресс-службы", "unnamed")),
    # a `что` after the words of what was asked says what became of it
    ("Глава Минобороны попросил его написать заявление об отставке, что тот и сделал в октябре.",
     "его написать заявление об отставке", ("Глава Минобороны", "unnamed")),
    # but a `что` right after an infinitive, or after one of saying, is what it takes
    ("Министр Иван Петров дал понять, что уходить не собирается.", "уходить не собирается", ("Иван Петров", "person")),
    ("Россияне продолжают настаивать на том, что они непричастны к инциденту.", "они непричастны к инциденту",
     ("Россияне", "group")),
    # a conjunct whose clause's subject is a name in quotation marks
    ("\"Сок\" с конца 2007 года договаривался с \"АвтоВАЗом\" о продаже завода, но весной заявил о выходе из "
     "переговоров.", "выходе из переговоров", ("Сок", "unnamed")),
    # a subject that ends in a name in quotation marks, right before the cue
    ("Водитель сообщил, что министр застрелился. Но украинский \"5 канал\" передает, что на теле обнаружено два "
     "пулевых отверстия.", "на теле обнаружено два пулевых отверстия",
     ("украинский \"5 канал\"", "organization")),
    # and before that name, the noun it names a body of, the tagger having read a word before it in no nominative
    ("Газета пишет о протестах. Одновременно с этим раввины-националисты и депутаты \"Ликуд\" призывают солдат "
     "отказываться от участия в ликвидации поселений.", "отказываться от участия в ликвидации поселений",
     ("депутаты \"Ликуд\"", "group")),
    # of two subjects the parser gave, a name before a noun a name modifies
    ("\"Он очень худой\", - рассказала \"Комсомольской правде\" жена брата Андрея Светлана.", "Он очень худой",
     ("Светлана", "person")),
    # a prepositional phrase after the cue ends before someone in the nominative the parser hung in it
    ("Как пишет в блоге на сайте The Washington Post Джексон Дил, \"российская элита в ужасе\".",
     "российская элита в ужасе", ("Джексон Дил", "person")),
    ("Угроза реальна, заявил в интервью \"Пятому каналу\" украинского телевидения председатель следственной "
     "комиссии Григорий Омельченко.", "Угроза реальна", ("Григорий Омельченко", "person")),
    # of two outlets of the kind that spoke, the noun stands for the one whose statement came last
    ("Еженедельник \"Коммерсант Деньги\" пишет, что министр уйдет. The Washington Post отмечает, что эксперты "
     "единодушны. \"Касьянов сделал шаг, который Кремль не простит\", - пишет американская газета.",
     "Касьянов сделал шаг, который Кремль не простит", ("The Washington Post", "outlet")),
    # an outlet named beside its sources is whose sources they are
    ("Собеседники WSJ утверждают, что расследование идет. Два источника Reuters говорят, что жюри даст оценку "
     "встрече.", "жюри даст оценку встрече", ("Два источника Reuters", "group")),
    # a share of people counted in the genitive after it
    ("Пресс-служба актера сообщила, что он выдвинется. Шварценеггер лидирует в опросах: 52% жителей штата "
     "считают, что он будет лучшим управленцем.", "он будет лучшим управленцем",
     ("52% жителей штата", "unnamed")),
    # a share named by its number alone is of the people a share counted before in its paragraph
    ("Лишь меньше четверти россиян не считают ее таким уж важным документом. А 36% полагают, что закон нуждается "
     "в совершенствовании.", "закон нуждается в совершенствовании", ("36% россиян", "unnamed")),
    ("Исследователи опросили стюардесс. Три четверти стюардесс считают, что при их работе трудно быть хорошей "
     "матерью.", "при их работе трудно быть хорошей матерью", ("Три четверти стюардесс", "group")),
    # a quoted name before a relative clause and the cue
    ("Роскомнадзор вынес предупреждения СМИ. Впрочем, \"Грани.ру\", которые попали в \"черный список\", также "
     "утверждают, что не получали от Роскомнадзора никакого уведомления.",
     "не получали от Роскомнадзора никакого уведомления", ("Грани.ру", "organization")),
    # the relative word in a speaker's phrase is not part of who they are
    ("Кризис добрался до предприятия \"Уралвагонзавод\", сотрудники которого в 2011 году обещали Путину приехать "
     "в Москву.", "приехать в Москву", ("сотрудники", "group")),
    # a verb of urging someone to believe
    ("Родственники убеждают полицию, что он не мог этого сделать.", "он не мог этого сделать",
     ("Родственники", "group")),
    # a call to something that is no body or place says what it calls for
    ("Он призвал их на борьбу с коррупцией.", "их на борьбу с коррупцией", ("он", "unnamed")),
    # an accusation by a place that speaks, or by the subject of the clause it goes on
    ("В полиции его обвинили в краже.", "в краже", ("полиция", "organization")),
    ("Стражи порядка вынудили его открыть дверь, после чего обвинили его в том, что он избивал детей.",
     "он избивал детей", ("Стражи порядка", "group")),
    # after a verb of quoting, the one who quoted, not the one quoted
    ("Новоиспеченный украинский лидер процитировал американского президента Франклина Рузвельта и заявил, что "
     "санкции неэффективны.", "санкции неэффективны", ("Новоиспеченный украинский лидер", "unnamed")),
    # a thing the verb does not agree with, before it, is its object; the subject is the clause's it goes on
    ("Спортсмен отказался верить в существование вируса, а новости об умерших от пандемии назвал фейком.",
     "новости об умерших от пандемии назвал фейком", ("Спортсмен", "unnamed")),
    # a `что`-clause the parser read as the cue's subject is what was said
    ("Следователи опубликовали фоторобот. После этого одна из жительниц Хабаровского края заявила, что опознала "
     "в погибшем своего мужа.", "опознала в погибшем своего мужа",
     ("одна из жительниц Хабаровского края", "unnamed")),
    # a role noun is the person a title with `ё` described (`режиссёр`), not the one who spoke last
    ("Тбилиси оказывает содействие голливудскому режиссеру Ренни Харлину. \"Но мы это переживем\", - заметил "
     "грузинский лидер Михаил Саакашвили. По словам режиссера, \"этот фильм не будет о политике\".",
     "этот фильм не будет о политике", ("Ренни Харлин", "person")),
    # a description that adds to the words of the one who spoke just before, by the same noun of the same person,
    # is he
    ("Семья погибшего осудила погромы, заявил в воскресенье брат погибшего Шон Холл. \"Мы не хотим, чтобы Марка "
     "изображали гангстером\", - сказал старший брат погибшего отца четверых детей.",
     "Мы не хотим, чтобы Марка изображали гангстером", ("Шон Холл", "person")),
    # but what was just told of someone, `он` may tell of himself
    ("Адвокат Юрий Рогов заявил, что будет требовать суда присяжных.\n\nОднако Каторгин отказался признавать себя "
     "виновным по одной из статей. Об этом он написал в специальном протоколе.",
     "Однако Каторгин отказался признавать себя виновным по одной из статей", ("Каторгин", "person")),
    # whom a statement said by `он` tells about is not who `он` stands for next
    ("Послание не означает разрыва отношений, заявил позднее помощник президента Сергей Приходько. Он напомнил, что в "
     "прошлом году Медведев уже обращался к Ющенко с письмом. \"Никакого позитивного отклика на это не последовало\", "
     "- отметил он.", "Никакого позитивного отклика на это не последовало", ("Сергей Приходько", "person")),
    # a spokesman of a body named by its kind is not one known to serve only in a body of another kind
    ("Председатель Совета Федерации Сергей Миронов выразил озабоченность судьбой призывников. Распоряжение мэра "
     "было опротестовано в суде. Согласно исковому заявлению, распоряжение не соответствует законодательству. "
     "\"Служба должна регулироваться законом, которого у нас нет\", - заявил тогда на судебном заседании "
     "представитель прокуратуры.", "Служба должна регулироваться законом, которого у нас нет",
     ("представитель прокуратуры", "unnamed")),
    # nor one known as the spokesman of a body by its initialism, which tells the body's kind (`ФСБ`, a `служба`),
    # though he just spoke and was described by the same noun
    ("Основной версией взрыва рассматривается теракт. Об этом заявил во вторник официальный представитель ФСБ Сергей "
     "Игнатченко. На место происшествия выехала группа следователей во главе с первым заместителем прокурора Сергеем "
     "Борисовым. Об этом сообщил \"Интерфаксу\" официальный представитель прокуратуры города.",
     "На место происшествия выехала группа следователей во главе с первым заместителем прокурора Сергеем Борисовым",
     ("официальный представитель прокуратуры города", "unnamed")),
    # but a phrase that names an office by what it heads is whoever holds it, a former head of its ministry too,
    # whatever noun it heads (a guard: `МИД`, a ministry by its initialism, is no other body than `дипломатия`)
    ("Бывший глава МИД Германии Йошка Фишер выступил в Мадриде. Ситуация в Европейском союзе неутешительная, "
     "констатирует он. Все сильнее национальные тенденции. Еврокомиссия очень слаба, но наиболее слаб ее председатель, "
     "считает бывший глава немецкой дипломатии.",
     "Все сильнее национальные тенденции. Еврокомиссия очень слаба, но наиболее слаб ее председатель",
     ("Йошка Фишер", "person")),
    ("Министр иностранных дел Израиля Шимон Перес заявил, что лидер палестинцев останется в Рамаллахе. Госсекретарь "
     "США Колин Пауэлл призвал Израиль предоставить ему свободу перемещения. \"Он сможет доказать, что контролирует "
     "свои силы\", - сказал глава американской дипломатии.", "Он сможет доказать, что контролирует свои силы",
     ("Колин Пауэлл", "person")),
    # a pronoun after an unnamed speaker is that speaker, not one named last in what it said
    ("Сергей Борисов сообщил, что дело возбуждено. "
     "На место происшествия выехала группа следователей во главе с первым заместителем прокурора Сергеем Борисовым. "
     "Об этом сообщил \"Интерфаксу\" официальный представитель прокуратуры города. \"Начаты неотложные "
     "следственно-оперативные мероприятия\", - отметил он.", "Начаты неотложные следственно-оперативные мероприятия",
     ("официальный представитель прокуратуры города", "unnamed")),
    # a person's name closing the sentence after a dash is who the phrase before it is, whatever the parser made of it
    ("У аналитиков нет никакой информации об этой сделке, объясняет один из авторов отчета - аналитик Павел Кушнир. "
     "Он допускает, что на месте \"Роснефти\" могут быть и другие компании.",
     "У аналитиков нет никакой информации об этой сделке", ("Павел Кушнир", "person")),
    # a pronoun opening what it tells, after a sentence of its paragraph that names one person of its gender and
    # reports no one's words, is that person, not who spoke further back; closing words go on from who spoke them
    ("\"Армия размещается на своей территории\", - заявил пресс-секретарь правительства Ливана Гази Ариди.\n\n"
     "Тема будет главной на встрече главы МИД Израиля Ципи Ливни и генерального секретаря ООН Кофи Аннана. "
     "Накануне в интервью телевидению он заявил, что развертывание контингента займет недели и месяцы.",
     "развертывание контингента займет недели и месяцы", ("Кофи Аннан", "person")),
    ("Пресс-секретарь правительства Гази Ариди заявил, что армия размещается на своей территории. Тема будет "
     "главной на встрече с генеральным секретарем ООН Кофи Аннаном. \"Конфронтации не будет\", - сказал он.",
     "Конфронтации не будет", ("Гази Ариди", "person")),
    # a spokesman of a body is not one whose title tells he serves a body of another kind, though his role names
    # only a place
    ("Об этом сообщил исполняющий обязанности министра внутренних дел Коми Владимир Силаев. \"Проверяется цель "
     "визита группы\", - заявил Силаев. Об этом заявили в прокуратуре города. \"Они рассматривались как "
     "подозреваемые\", - сказал \"Интерфаксу\" представитель прокуратуры.", "Они рассматривались как подозреваемые",
     ("представитель прокуратуры", "unnamed")),
    # a body's noun with a country's adjective is no body named with another country's
    ("Польская компания PGNiG объявила, что Россия намерена пересмотреть цены. \"Такая возможность предусмотрена "
     "контрактами\", - подчеркнули в российской компании.", "Такая возможность предусмотрена контрактами",
     ("российская компания", "organization")),
    # a role noun no one was described by is the one who took the floor in the sentence before, not who spoke earlier
    ("Первым речь произнес командующий миротворцами Марат Кулахметов. Он сообщил, что сомнений не возникло. "
     "Следующим выступил Иван Дубик, участвовавший в операции со стороны моря. \"Грузинские катера пытались "
     "атаковать наши корабли\", - отрапортовал морской офицер главнокомандующему.",
     "Грузинские катера пытались атаковать наши корабли", ("Иван Дубик", "person")),
    # a body's noun with a demonstrative is the body named with that noun before
    ("Видеозапись прислала в редакцию иракская группировка \"Армия победоносной общины\". Эта группировка в своем "
     "заявлении требует от государств вывести граждан из Ирака.", "вывести граждан из Ирака",
     ("Армия победоносной общины", "organization")),
    ("Киев не подписал протоколы только с двумя странами: Тайванем и Кыргызстаном. Эта страна требует возврата "
     "долга в 27 млн долларов.", "возврата долга в 27 млн долларов", ("Киргизия", "country")),
    # a description alike is of one of the cue's gender
    ("Официальный представитель МИД РФ Мария Захарова заявила, что волна мигрантов растет. Представитель МИД "
     "страны назвал эти обвинения ложью.", "эти обвинения ложью", ("Представитель МИД страны", "unnamed")),
    # nouns of one trade name each other (`форвард` the `нападающий`)
    ("Нападающий Веллитон заявил, что не виноват. Директор клуба Роман Бабаев назвал его подонком. \"Если бы я "
     "знал, что вратарь упадет, я бы ушел от столкновения\", - заявил форвард в интервью газете.",
     "Если бы я знал, что вратарь упадет, я бы ушел от столкновения", ("Веллитон", "person")),
    # ... over another the noun described before, as over any; and a noun for all of a class of ranks is one who
    # holds a rank of it and just spoke (`офицер` the `подполковник`)
    ("Российский офицер Иван Петров заявил, что его права нарушались. Первым выступил полковник Олег Смирнов. "
     "Следующим выступил Игорь Лебедев. \"Катера пытались атаковать корабли\", - отрапортовал офицер.",
     "Катера пытались атаковать корабли", ("Игорь Лебедев", "person")),
    ("Российский офицер Иван Петров заявил, что его права нарушались. Подполковник Олег Смирнов согласен с "
     "Петровым. Как заявил Смирнов, следствие было настроено против них. Он также сообщил, что видел подготовленные "
     "показания. \"Я отказался говорить перед камерой\", - подытожил офицер.", "Я отказался говорить перед камерой",
     ("Олег Смирнов", "person")),
    # `он` is not one of two people named together as a subject, but who spoke before
    ("Джеймс Блэйк считает, что у команды нет слабых мест. \"Энди в отличной форме\", - отметил Блэйк. В парном матче "
     "сборную будут представлять братья Боб и Майк Брайан. \"Даже если бы их послали сыграть на Плутоне, они были бы "
     "фаворитами\", - считает он.", "Даже если бы их послали сыграть на Плутоне, они были бы фаворитами",
     ("Джеймс Блэйк", "person")),
    # `последний` standing alone is the person mentioned last, not where someone unnamed came after
    ("В Тире выступили лидер движения Хасан Насралла и шейх Набиль Каук. По словам последнего, вопрос о "
     "разоружении не стоит.", "вопрос о разоружении не стоит", ("Набиль Каук", "person")),
    ("Появилась видеозапись, на которой Каланик вступает в перепалку с одним из водителей. Последний утверждал, что "
     "руководство Uber забирает слишком много.", "руководство Uber забирает слишком много", ("Последний", "unnamed")),
    # a surname alone after a noun of kinship in an oblique case is whose relative, not the relative's name
    ("Писатель Габриэль Гарсиа Маркес госпитализирован. По словам сына Маркеса, отец чувствует себя хорошо.",
     "отец чувствует себя хорошо", ("сын Маркеса", "unnamed")),
    ("Стало известно о гибели военнослужащего Марка Неймарка. Вдова Неймарка рассказала, что ее муж заключил "
     "контракт.", "ее муж заключил контракт", ("Вдова Неймарка", "unnamed")),  # his, in a case not his nominative
    # a commentator's noun beside a site's name is one who commented to the site, not the site
    ("Политолог Глеб Павловский дал интервью GZT.ru. \"Я этого не допускаю\", - заявил эксперт GZT.ru.",
     "Я этого не допускаю", ("Глеб Павловский", "person")),
    # a role noun is the one described by it in apposition to a name, though the person has no body, before another
    # called so who spoke earlier
    ("Приз вручала председатель жюри - актриса Джеральдина Чаплин. Она призналась, что хотела бы работать с ним. "
     "Почетный приз получила английская актриса Хелен Миррен. Зал приветствовал ее стоя. \"Это невероятная "
     "награда\", - сказала в ответ актриса.", "Это невероятная награда", ("Хелен Миррен", "person")),
    # a bare `компания` is the company named so that was named last, by whatever name, not the last one named so
    ("Консорциум создадут на базе активов горно-металлургической компании \"Мечел\" и дальневосточной компании "
     "\"Амурметалл\". Крупнейшими кредиторами \"Мечела\" являются \"Газпромбанк\" и ВТБ. В октябре компания "
     "заявила, что договорилась с кредиторами о каникулах.", "договорилась с кредиторами о каникулах",
     ("Мечел", "organization")),
    # a spokesman of a body is the one named as the subject just before, known in no body, not someone new; and a
    # noun of an office is one of the verb's gender
    ("Пресс-секретарь президента Дмитрий Песков заявил, что женщины сами примут решение. Ранее депутат Тамара "
     "Плетнева призвала соотечественниц не вступать в связи с иностранцами. С ее мнением не согласился ее коллега по "
     "Госдуме Михаил Дегтярев. Представитель ЛДПР призвал болельщиков влюбляться во время чемпионата.",
     "влюбляться во время чемпионата", ("Михаил Дегтярев", "person")),
    ("Ранее депутат Тамара Плетнева призвала соотечественниц не вступать в связи с иностранцами. С ее мнением не "
     "согласился ее коллега, депутат Михаил Дегтярев. Парламентарий добавил, что это будет замечательный итог.",
     "это будет замечательный итог", ("Михаил Дегтярев", "person")),
    # a noun for any commentator is the one named as the subject just before, where the one who spoke did so earlier
    ("Премьер-министр Дмитрий Медведев напомнил, что рейтинг Украины вырос. \"Мы считаем, что это поможет\", - "
     "заключил премьер. Аналогичное мнение высказал первый вице-премьер РФ Игорь Шувалов. \"Представляется "
     "целесообразным дождаться формирования правительства\", - пояснил политик.",
     "Представляется целесообразным дождаться формирования правительства", ("Игорь Шувалов", "person")),
    # someone's role noun no one was described by is the person the article names next as saying something, though
    # the parser hung a clause past the verb on the name
    ("Экс-губернатор Александр Хорошавин стал фигурантом нового уголовного дела, связанного, по словам его адвоката, "
     "с выборами в городскую думу. Иван Миронов подтвердил информацию о новом деле, появившуюся ранее в ряде СМИ.",
     "Экс-губернатор Александр Хорошавин стал фигурантом нового уголовного дела, связанного, по словам его адвоката, "
     "с выборами в городскую думу", ("Иван Миронов", "person")),
    # a bare document is not the body that spoke before a person who spoke since
    ("Руководство театра посчитало инцидент исчерпанным, однако впоследствии критик Мария Бабалова обратилась в "
     "суд. В своем заявлении она указывала, что пришла в театр в качестве зрителя. В иске указано, что \"ей был "
     "причинен физический вред\".", "ей был причинен физический вред", ("иск", "other")),
    # a deputy's title does not decline: after the verb, in whatever case the tagger read it, it is the subject; and
    # the words quoted before the cue are not who said them, nor the outlet that relays them
    ("\"Тема межнациональных отношений будет одной из основных тем сезона\", - такой прогноз озвучил на партийном "
     "сайте замруководителя ЦИК единороссов, отмечает издание.",
     "Тема межнациональных отношений будет одной из основных тем сезона", ("замруководителя ЦИК", "unnamed")),
    ("\"Оба скафандра уже прошли обкатку в открытом космосе\", - уточнили на \"Звезде\", передает ИТАР-ТАСС.",
     "Оба скафандра уже прошли обкатку в открытом космосе", ("Звезда", "unnamed")),
    # a verb that makes a man's title a woman's tells the woman who spoke, where no office of hers is known
    ("Высказывания Эллен Тошер противоречат этим планам. В интервью она заверяла, что США не собираются размещать "
     "элементы ПРО в Черном море. \"В Черном море нет элементов ПРО морского базирования\", - заявляла замминистра "
     "иностранных дел США.", "В Черном море нет элементов ПРО морского базирования", ("Эллен Тошер", "person")),
    # a nominative noun the parser left hanging before a verb with no subject is its subject, and the person named
    # beside it the one a role noun after stands for
    ("Тайсон подал в суд\n\nЗнаменитый в прошлом боксер-профессионал Майк Тайсон подал иск в суд против компании, "
     "которая управляла финансами его семьи. Американец обвиняет фирму-консультанта в растрате 300 тысяч долларов.",
     "фирму-консультанта в растрате 300 тысяч долларов", ("Майк Тайсон", "person")),
    # a frame of a complaint set off by commas is whose statement it is
    ("Самолет разбился при посадке. По заявлению властей провинции, никто из пассажиров не выжил.",
     "никто из пассажиров не выжил", ("власти провинции", "organization")),
    # a site's name has a full stop inside: the frame runs on past it to its comma
    ("Как рассказала директор издательства Ольга Петрова порталу Gazeta.ru, \"никакой проверки в издательстве "
     "пока не было\".", "никакой проверки в издательстве пока не было", ("Ольга Петрова", "person")),
    # a relative clause the parser hung on a noun after its `который` is about the noun before it
    ("После совещания к журналистам вышел пресс-секретарь губернатора Олег Козлов, который подтвердил, что Петренко "
     "после телефонного разговора с президентом принял решение добровольно сложить с себя полномочия.",
     "Петренко после телефонного разговора с президентом принял решение добровольно сложить с себя полномочия",
     ("Олег Козлов", "person")),
    # a foreign name set beside a noun in the dative is in its case, no subject of the cue after the clause
    ("Суд отказал в иске к фонду WWF, сотрудников которого допросили по делу о поджоге, сообщило в пятницу \"Эхо "
     "Москвы\" со ссылкой на юриста фонда.", "Суд отказал в иске к фонду WWF, сотрудников которого допросили по "
     "делу о поджоге", ("Эхо Москвы", "outlet")),
    # what was asked is the infinitive after whom it was asked of, however the parser hung it
    ("Глава ЦИК Мазахир Панахов объявил, что участки открыты. Он призвал избирателей быть активнее в процессе "
     "голосования и подчеркнул, что их выбор повлияет на будущее страны.", "быть активнее в процессе голосования",
     ("Мазахир Панахов", "person")),
    ("Рамзан Кадыров решил не брать на себя операцию и попросил федеральные спецслужбы приписать результаты операции "
     "другим структурам.", "приписать результаты операции другим структурам", ("Рамзан Кадыров", "person")),
    # a lawyer is not the mayor who spoke before him, nor the accused his lawyer
    ("Мэр города Иван Сидоров вину не признал и попросил суд не заключать его под стражу: \"Я никуда убегать не "
     "собираюсь\". Адвокат заявил журналистам, что решение суда будет обжаловано.", "решение суда будет обжаловано",
     ("Адвокат", "unnamed")),
    ("Обвиняемый Заур Ахмедов обжаловал отказ возбудить дело о пытках, сообщает ТАСС со ссылкой на адвоката Руслана "
     "Багирова. Защитник уточнил, что его клиент просит признать постановление незаконным. Ахмедов сразу после "
     "задержания дал признательные показания, однако позже от них отказался. Как утверждает главный обвиняемый по "
     "этому делу, ему пришлось признать вину после угроз.", "ему пришлось признать вину после угроз",
     ("Заур Ахмедов", "person")),
    # a special service is the one named just before
    ("ФСБ объявила о поимке 20 пособников боевиков. Как сообщается на сайте ФСБ, в марте спецслужба пресекла "
     "деятельность ячейки. По утверждению спецслужбы, группа прибыла из Нового Уренгоя.",
     "группа прибыла из Нового Уренгоя", ("ФСБ", "organization")),
    # a name in the nominative after the cue, however the parser hung it on the phrase before
    ("Полиция задержала создателей сайта, распространявших компрометирующие материалы. Об этом сообщил сегодня на "
     "брифинге в ГУВД Москвы Дмитрий Чепчугов, начальник управления \"К\".",
     "Полиция задержала создателей сайта, распространявших компрометирующие материалы",
     ("Дмитрий Чепчугов", "person")),
    # what an inquiry found speaks for it
    ("Россияне стали читать больше, чем два года назад, свидетельствуют результаты опроса \"Левада-центра\".",
     "Россияне стали читать больше, чем два года назад", ("результаты опроса \"Левада-центра\"", "group")),
    # a place that speaks after an outlet's frame, which the parser hung on the content's verb
    ("Как сообщает НТВ со ссылкой на \"Интерфакс\", в Управлении государственной противопожарной службы сообщили, "
     "что сигнал о возгорании поступил на пульт около 1:00.", "сигнал о возгорании поступил на пульт около 1:00",
     ("Управление государственной противопожарной службы", "organization")),
    # an office is a body that speaks, however the parser hung it
    ("Как сообщили в центральном офисе консервативной партии, решение о выведении Уинтертон из состава теневого "
     "кабинета было принято с сожалением, поскольку она много и напряженно работала, находясь на этом посту.",
     "решение о выведении Уинтертон из состава теневого кабинета было принято с сожалением, поскольку она много и "
     "напряженно работала, находясь на этом посту", ("центральный офис консервативной партии", "organization")),
    # a site named in quotation marks after its noun and an adjective is the site
    ("Полиция не стала возбуждать дело, сообщает местный сайт \"Lenta.ru\".", "Полиция не стала возбуждать дело",
     ("Lenta.ru", "organization")),
    # a statement she tells of is what she said, named by her inner frame too, and no statement of his
    ("Задержанный в Праге Салах Мамедов просит предоставить ему убежище. Об этом сообщила пресс-секретарь радио "
     "\"Волна\" Анна Винтер. По ее словам, такое заявление Мамедов сделал на заседании суда в пятницу и оно, как "
     "утверждает Винтер, \"меняет правовую ситуацию\".", "такое заявление Мамедов сделал на заседании суда в пятницу "
     "и оно, как утверждает Винтер, \"меняет правовую ситуацию\"", ("Анна Винтер", "person")),
    # a title in quotation marks the sentence splitter cut at its full stop, and the clause that goes on after it
    ("Авторы картины считают, что \"Поэт и гражданин. Итоги года\" - это \"фильм-размышление о причинах пробуждения "
     "гражданской позиции\".", "\"Поэт и гражданин. Итоги года\" - это \"фильм-размышление о причинах пробуждения "
     "гражданской позиции\"", ("Авторы картины", "group")),
    # the one quoted is the object, however the parser read its case, even after the outlet
    ("Позицию Испании озвучил глава правительства Педро Санчес. \"Правительство признает Гуайдо временным "
     "президентом\", - цитирует ТАСС премьера.", "Правительство признает Гуайдо временным президентом",
     ("Педро Санчес", "person")),
    # the paper's interlocutor is whom it talked to, named as saying something, never the paper
    ("Премьер Петров отменил визит, пишет \"Коммерсант\". В разговоре с изданием пресс-секретарь премьера Дмитрий "
     "Песков назвал две причины отмены визита. Во-первых, в Москву приедет премьер Болгарии, и в ходе беседы с ним "
     "Петров сможет обсудить итоги конференции. Во-вторых, по словам собеседника газеты, статус конференции не "
     "требует участия премьера.", "статус конференции не требует участия премьера", ("Дмитрий Песков", "person")),
    # the one something seemed so to holds the view
    ("Суд назначил ему пять лет. Прокуратуре же, наоборот, приговор показался излишне мягким.", "излишне мягким",
     ("Прокуратура", "organization")),
    ("Министр встретился с журналистами. Министру показалось, что такой уровень честности принесет пользу.",
     "такой уровень честности принесет пользу", ("Министр", "unnamed")),
])
def test_who_said_it_and_what(text, content, speaker):
    quote = one(statements(article("Новости", text)), content)
    assert (quote.content.text, (quote.speaker.name, quote.speaker.kind)) == (content, speaker)


def test_a_genitive_of_what_there_is_not_is_no_one_to_say_anything():
    text = ("Антон Шарыпов родился в 1990 году. Холост, детей нет. В апреле от депутата потребовали оставить "
            "пост.")
    assert all(q.speaker.name != "дети" for q in statements(article("Новости", text)))


def test_what_a_pronoun_negates_is_no_part_of_the_subject():
    text = "Следователи этого не уточняют, но уже попросили передать им рукопись романа."
    assert [q.speaker.name for q in statements(article("Новости", text))] == ["Следователи"]


def test_what_a_speaker_answers_is_no_part_of_his_mention():
    text = ("После этого Россия изъявила намерение вновь направить запрос об аресте британца, а Браудер на это "
            "возмущенно заявил, что пришла пора исключить Россию из Интерпола.")
    assert [q.speaker.mention.text for q in statements(article("Новости", text)) if q.cue.text == "заявил"] == [
        "Браудер"]


def test_a_plural_verb_with_no_subject_is_not_the_paper_that_wrote_before():
    text = ("Комитет отменил прежние правила, пишет \"Время новостей\". Евросоюз признал эти правила ошибочными. "
            "Например, применительно к тем же яблокам нормы требовали, чтобы диаметр плода составлял не менее 5 см.")
    assert [q.speaker.name for q in statements(article("Новости", text))] == ["Время новостей"]


def test_a_name_written_as_its_nominative_after_what_a_title_is_of_is_the_titled_person():
    text = "Редактор списка Рэйчел Уолш говорит: \"Богатые становятся еще богаче\"."
    assert [q.speaker.name for q in statements(article("Новости", text))] == ["Рэйчел Уолш"]


def test_a_role_noun_with_a_country_s_adjective_is_the_one_of_that_country_named_before():
    text = ("Бой между россиянином Сергеем Ковалем и канадцем Жаном Тремблеем отменен из-за допинга. Об этом "
            "сообщил президент федерации Луис Гарсия. \"Тест показал запрещенное вещество\", - написал Гарсия. "
            "Бой не состоится. Об этом журналистам заявил канадский боксер.")
    assert one(statements(article("Новости", text)), "Бой не состоится").speaker.name == "Жан Тремблей"


def test_a_statement_told_in_someone_s_words_is_no_statement_of_its_own():
    text = ("Задержанный в Праге Салах Мамедов просит предоставить ему убежище. Об этом сообщила пресс-секретарь радио "
            "\"Волна\" Анна Винтер. По ее словам, такое заявление Мамедов сделал на заседании суда в пятницу.")
    assert all(q.cue.text != "сделал" for q in statements(article("Новости", text)) if q.cue is not None)


@pytest.mark.parametrize("text, content, speakers", [
    ("ТАСС передает, что без электроснабжения остаются 300 населенных пунктов. Об этом агентству сообщили в "
     "ситуационном центре Минэнерго.", "без электроснабжения остаются 300 населенных пунктов", ["Минэнерго", "ТАСС"]),
    ("Как пишет пресса, проблемы начались неделю назад, когда сбой парализовал визовую систему. В четверг об этом на "
     "брифинге заявила официальный представитель Госдепа Мари Харф, сообщает PCWorld.",
     "проблемы начались неделю назад, когда сбой парализовал визовую систему", ["Мари Харф", "пресса"]),
    # a view shared is no second statement of the words
    ("Однако интересно другое. Издание \"Ведомости\" делает вывод, что для граждан Основной закон остается скорее "
     "символическим документом. Так же считает и оппозиция.",
     "для граждан Основной закон остается скорее символическим документом", ["Ведомости"]),
])
def test_what_an_outlet_reported_is_also_the_words_of_whom_об_этом_names(text, content, speakers):
    said = statements(article("Новости", text))
    assert sorted(q.speaker.name for q in said if q.content.text == content) == speakers, \
        [(q.speaker.name, q.content.text) for q in said]


def test_a_subheading_s_role_noun_is_whom_the_article_then_describes_so():
    """`Глава Коми` over a paragraph that names him is not the activist who spoke last before it."""
    quotes = statements(article(
        "Суд оштрафовал организатора митинга",
        "Суд оштрафовал активиста Анатолия Мишарина. \"Заняться организацией было некому\", - рассказал активист.",
        "Глава Коми сравнил антикоррупционные митинги с терроризмом",
        "10 апреля об акции высказался глава Коми Сергей Гапликов, он сравнил действия выступавших с терроризмом."))
    assert one(quotes, "антикоррупционные митинги").speaker.name == "Сергей Гапликов"


@pytest.mark.parametrize("paragraphs, content, speaker", [
    # a head of state the article names by name alone goes on speaking under his title, not the holder of the
    # title named paragraphs before
    (("В 1946 году президент США Гарри Трумэн предлагал Дании деньги за остров.",
      "Дональд Трамп подтвердил, что просил изучить покупку острова. «Это крупная сделка с недвижимостью», - "
      "добавил президент США."), "Это крупная сделка с недвижимостью", "Дональд Трамп"),
    (("Пост президента тогда занимал Дмитрий Медведев.",
      "Владимир Путин признался, что они с бывшим министром часто спорят. «Работать не хочет», - пошутил глава "
      "государства."), "Работать не хочет", "Владимир Путин"),
    # but not one only named beside the holder of the title
    (("Израильский премьер Ариэль Шарон собирался в Лондон.",
      "Блэр пригласил Шарона в Великобританию. Израильский премьер вежливо отказался, опасаясь, что его могут "
      "арестовать."), "его могут арестовать", "Ариэль Шарон"),
    # an office named by what it heads is not whoever heads something else
    (("Глава Дирекции по строительству Андрей Поплавский рассказал о сроках.",
      "Владимир Путин посетил океанариум на прошлой неделе. Путин лично следил за строительством и призывал ускорить "
      "сроки его сдачи. В сентябре прошлого года руководители строительства посетовали на недостаток денег. Тогда "
      "глава государства предложил пересмотреть планы и минимизировать расходы."),
     "пересмотреть планы и минимизировать расходы", "Владимир Путин"),
    # the head of a foreign ministry is its minister
    (("Позиция Киева была сформулирована после визита главы МИД Украины Бориса Тарасюка в Вашингтон. «Референдум "
      "должен состояться», - сообщил министр.",), "Референдум должен состояться", "Борис Тарасюк"),
    # the deputy head of a ministry is its deputy minister
    (("Первый вице-премьер Игорь Шувалов поручил министерству рассмотреть обращение. В марте замглавы "
      "Минэкономразвития Александра Левицкая направила Шувалову письмо.",
      "Сейчас здание принадлежит частной компании, указывает замминистра."),
     "Сейчас здание принадлежит частной компании", "Александра Левицкая"),
    # one of a press service speaks for its organisation
    (("Эвакуация завершена, передает агентство со ссылкой на руководителя пресс-службы Госдепартамента Джен Псаки.",
      "Стороны были уведомлены о гуманитарной миссии, отметила представитель Госдепартамента."),
     "Стороны были уведомлены о гуманитарной миссии", "Джен Псаки"),
    (("Арест продлен, сообщает ТАСС со ссылкой на пресс-секретаря Мособлсуда Наталью Осипову.",
      "«Городской суд наложил арест по ходатайству следователя», - отметила представитель суда."),
     "Городской суд наложил арест по ходатайству следователя", "Наталья Осипова"),
    # a noun of one trade with the title
    (("Эксперт Кирилл Шулика считает, что реформ не будет.",
      "Политолог Николай Миронов заявил, что послание было техническим. «Слово кризис не употребляется», - "
      "считает эксперт."), "Слово кризис не употребляется", "Николай Миронов"),
    (("Депутат Тамара Плетнева призвала женщин не вступать в связи с иностранцами.",
      "Не согласилась с призывом Плетневой и уполномоченный по правам человека Татьяна Москалькова. «Вмешательство "
      "недопустимо», - сказала журналистам омбудсмен."), "Вмешательство недопустимо", "Татьяна Москалькова"),
    (("Голкипер «Олимпика» Фабьен Бартез покинул поле. «Мы не знаем, серьезна ли травма», - говорится в сообщении "
      "тренера «Олимпика» Жана Фернандеса.", "«Мне нужно пропустить две недели», - сказал вратарь."),
     "Мне нужно пропустить две недели", "Фабьен Бартез"),
    # a role of someone named is his, not whoever spoke before, nor the one named
    (("Пресс-секретарь президента Дмитрий Песков назвал расследование «вбросом».",
      "Офшорные компании получали деньги от банка. Представитель Аркадия Ротенберга признал факт выдачи кредитов, но "
      "назвал их «коммерческими сделками»."),
     "их «коммерческими сделками»", "Представитель Аркадия Ротенберга"),
    # a role after a comma beside a name before it, which the parser made the subject
    (("Президент Владимир Путин потребовал развивать Арктику.",
      "Экс-командующий Черноморским флотом адмирал Владимир Комоедов, ныне председатель комитета Госдумы по "
      "обороне, комментируя озвученные главой государства требования, заявил, что военное присутствие России в "
      "Арктике не позволит Америке претендовать на территории."),
     "военное присутствие России в Арктике", "Владимир Комоедов"),
    (("Кандидат в президенты Эмманюэль Макрон заявил, что победит. Он обещал реформы.",
      "Генеральный секретарь движения «Вперед», возглавляемого Эмманюэлем Макроном, заявил, что фаворит гонки стал "
      "мишенью хакеров."), "фаворит гонки стал мишенью хакеров", "Генеральный секретарь движения «Вперед»"),
    (("Несмотря на то, что рэпер Дрейк в драке не участвовал, пострадавший Беннетт Сайпс считает, что музыкант "
      "виноват. Как рассказал адвокат Сайпса, его клиент работает в клубе.",), "его клиент работает в клубе",
     "адвокат Сайпса"),
    # one who keeps his name back is someone new, not the expert who spoke before
    (("Операцию прокомментировал политолог Анатоль Лиевен. Чеченцами называют любых выходцев с Кавказа, отметил "
      "эксперт.", "Сразу по завершении операции просивший не называть его имени официальный представитель "
      "пакистанских военных властей сообщил Reuters, что взятые в плен террористы являются выходцами из разных "
      "стран."), "выходцами из разных стран", "официальный представитель пакистанских военных властей"),
    (("Иван Петров задержан в Москве. Адвокат задержанного Ивана Петрова заявил, что задержание незаконно.",),
     "задержание незаконно", "Адвокат задержанного Ивана Петрова"),
    # and the press secretary of one is no representative of another body
    (("Пресс-конференций не будет, сообщил журналистам сам Иван Иванов. Встречу с прессой готовила его "
      "пресс-секретарь Анна Смирнова.",
      "Вице-спикер Госдумы от фракции «Заря» Любовь Петрова отказалась комментировать обвинения. «Это нездоровая "
      "ситуация», - подчеркнула представитель «Зари»."), "Это нездоровая ситуация", "Любовь Петрова"),
    # a noun given to anyone who comments in a trade goes on with the one who just commented, not with one
    # described so paragraphs before
    (("Рост цен замедлится к осени, считает экономист Олег Смирнов.",
      "«Банки сокращают кредиты», - говорит директор Центра рыночных исследований Павел Орлов. По его словам, "
      "спрос падает с весны. Осенью, как полагает экономист, производство сократится."),
     "производство сократится", "Павел Орлов"),
    (("Депутат Андрей Белов назвал закон вредным. Политик потребовал его отменить.",
      "Сопредседатель партии «Заря» Игорь Лебедев уверен, что закон примут. «Голосов хватит. Фракции договорились», "
      "- заявил политик."), "Голосов хватит", "Игорь Лебедев"),
    # and a noun that names the post of the one who just spoke is his, not an earlier one's described so
    (("«Это не смешно», - пишет рекламщик Илья Петров. А журналист Олег Смирнов в соцсети отмечает, что «детей "
      "приучают пугать людей».", "«Реклама плохая. Все плохо играют», - пишет в своем блоге публицист Павел Орлов.",
      "«Хоть бы вы все вместе провалились куда-нибудь, ханжи всех разновидностей и взглядов. Про все можно думать, "
      "говорить, спорить, шутить. И даже делать это плохо, неудачно - тоже можно. Запретить надо только ханжей», - "
      "высказывается журналист."), "Запретить надо только ханжей", "Павел Орлов"),
    # a chair of a parliament's committee is a deputy
    (("Депутат Госдумы Олег Смирнов назвал заявление парламента Грузии провокацией. По его словам, ответ будет "
      "жестким.", "Первый заместитель председателя комитета Госдумы по безопасности Иван Орлов считает, что "
      "миротворцы справляются. «Именно благодаря миротворцам в зоне конфликта не льется кровь», - сказал депутат."),
     "не льется кровь", "Иван Орлов"),
    # and one who serves in the body the phrase names
    (("Президент Владимир Путин потребовал усилить оборону Арктики.",
      "Экс-командующий Черноморским флотом адмирал Иван Петров, ныне председатель комитета Госдумы по обороне, "
      "комментируя озвученные главой государства требования, заявил, что флот готов.",
      "«Мы способны защитить себя и свои богатства», - рассказал бывший глава ЧФ РФ агентству."),
     "Мы способны защитить себя", "Иван Петров"),
    # a noun the article described the one who just spoke by
    (("Ее сестра Вера Смирнова заявила журналистам, что за рулем была она. По версии Веры Смирновой, она слегка "
      "толкнула женщину.", "После этого Анна Смирнова вышла из машины и помогла пострадавшей, сообщила ее сестра "
      "телеканалу."), "Анна Смирнова вышла из машины", "Вера Смирнова"),
    # a noun of a woman right after the one woman named, whose name has its Latin spelling in brackets
    (("Так, страницу учительницы из Лондона по имени Нэнси (Nancy) Дэви в Facebook заблокировали. Девушка "
      "рассказала в Twitter, что трижды отправляла в компанию копию паспорта.",),
     "трижды отправляла в компанию копию паспорта", "Нэнси Дэви"),
    # a woman's first name says she is one, whatever the dictionary makes of a foreign surname
    (("Так, страницу учительницы из Мадрида по имени Мария Сантана в Facebook заблокировали. Девушка рассказала в "
      "Twitter, что трижды отправляла в компанию копию паспорта.",),
     "трижды отправляла в компанию копию паспорта", "Мария Сантана"),
    # another article's headline set as a dashed line is no one's statement, nor one who spoke before
    (("Президент Чечни Рамзан Кадыров обвинил беженцев в провокации. «Это шаг отчаяния», - сказал он.",
      "- Посол Грузии Константин Кавтарадзе отрицает причастность грузин к инциденту",
      "По мнению главы Чечни, руководство страны должно заявить о своей позиции."), "руководство страны должно",
     "Рамзан Кадыров"),
])
def test_a_role_noun_is_the_person_it_describes(paragraphs, content, speaker):
    quote = one(statements(article(*paragraphs)), content)
    assert quote.speaker.name == speaker


COURT_STORY = ("Суд отказал в удовлетворении жалобы заявителя Игоря Смыкова, который просил отменить решение суда.",
               "Суд решил решение оставить без изменений, а жалобу оставить без удовлетворения.",
               "Выступая в суде, представитель телеканала заявил, что истцом не было представлено доказательств. Это "
               "лишь голословные заявления, считает представитель телеканала.",
               "По мнению ответчика, решение суда является законным.",
               "Со своей стороны истец заявил: «Мы будем обращаться в Европейский суд».",
               "Между тем ранее представитель телеканала Виктор Зиновьев, выступая в суде, заявил, что сериал не "
               "маркировался.")


@pytest.mark.parametrize("content, speaker", [
    # a role phrase the article names a person with later is that person
    ("истцом не было представлено доказательств", "Виктор Зиновьев"),
    ("решение суда является законным", "Виктор Зиновьев"),
    # and one referred to as one side of a case is not the other side
    ("Мы будем обращаться в Европейский суд", "Игорь Смыков"),
])
def test_a_role_phrase_named_later_and_the_sides_of_a_case(content, speaker):
    assert one(statements(article(*COURT_STORY)), content).speaker.name == speaker


@pytest.mark.parametrize("paragraphs, content, speaker", [
    pytest.param(("В апелляционной жалобе осужденный Петр Семенов потребовал отменить приговор. «Меня не вызвали в "
                  "суд», - заявил Семенов.", "Прокурор заявил, что закон не требует участия осужденного. «Решение "
                  "законно», - сказал он."), "закон не требует", "Прокурор", id="a prosecutor is someone new"),
    pytest.param(("В апелляционной жалобе осужденный Петр Семенов потребовал отменить приговор. «Меня не вызвали в "
                  "суд», - заявил Семенов.", "Прокурор заявил, что закон не требует участия осужденного. «Решение "
                  "законно», - сказал он."), "Решение законно", "Прокурор",
                 id="and so is the pronoun that stands for him"),
    pytest.param(("Петр Семенов попросил суд об отсрочке. «Мне нужно время», - заявил он.",
                  "Судья отклонил ходатайство и заявил, что Семенов затягивает процесс."), "затягивает процесс",
                 "Судья", id="a judge is not the one who spoke before"),
    pytest.param(("Обвинение поддерживал государственный обвинитель Олег Кузнецов. Он попросил суд назначить "
                  "наказание.", "«Вина доказана», - подчеркнул прокурор."), "Вина доказана", "Олег Кузнецов",
                 id="a prosecutor is the one described by another noun of his side"),  # (this and the next guard
    # the rule above: an officer is whoever the article described as one, by whatever noun of the side)
    pytest.param(("Как рассказал начальник следственного отдела Андрей Петров, подросток задержан.", "«Он во всем "
                  "признался», - сказал следователь."), "во всем признался", "Андрей Петров",
                 id="an investigator is the head of an investigative department who spoke"),
])
def test_an_officer_of_a_trial_is_someone_new_unless_described_so(paragraphs, content, speaker):
    assert one(statements(article("Новости", *paragraphs)), content).speaker.name == speaker


@pytest.mark.parametrize("paragraphs, content, speaker", [
    pytest.param(("Открывая заседание, премьер-министр сказал, что реформа затрагивает каждого гражданина. Михаил "
                  "Касьянов также заметил, что главным вопросом станет платное образование.",), "затрагивает каждого",
                 "Михаил Касьянов", id="named first in the next sentence"),
    pytest.param(("В этот же день министр иностранных дел заявил, что страна готова обсуждать мораторий.",
                  "«Мы готовы обсуждать все вопросы. И мы готовы объяснять это», - заявил Манучер Моттаки."),
                 "готова обсуждать мораторий", "Манучер Моттаки", id="named first past a quotation"),
    pytest.param(("Адвокаты врача оспорили решение, а вице-президент клуба заявил: «Нам нечего бояться».",
                  "Мишель Платини, который сам играл в клубе, полагает, что допинга не было."), "нечего бояться",
                 "вице-президент клуба", id="not one the article describes as it names him"),
    pytest.param(("Представитель министерства заявил, что проверка продолжается. Иван Петров, глава комиссии, "
                  "сказал, что выводы будут позже.",), "проверка продолжается", "Представитель министерства",
                 id="not one named with a role of his own"),
])
def test_a_role_noun_no_one_was_known_by_is_the_person_named_first_just_after(paragraphs, content, speaker):
    assert one(statements(article("Новости", *paragraphs)), content).speaker.name == speaker


def test_the_pronoun_of_a_source_described_with_a_clause_stays_with_the_source():
    quotes = statements(article("Новости", "Пост председателя суда вакантен с июля, когда занимавший эту должность "
                                "Артур Абсалямов был назначен председателем другого суда. Формально это повышение, но "
                                "на самом деле назначение - предлог освободить место, утверждает источник, близкий к "
                                "администрации президента. Нижестоящие суды демонстрировали самостоятельность, "
                                "напоминает он."))
    assert one(quotes, "самостоятельность").speaker.name == "источник, близкий к администрации президента"


def test_a_noun_of_sex_is_the_unnamed_one_of_that_sex_who_spoke_last():
    quotes = statements(article("Новости", "Как рассказала одна из участниц акции, в школу позвонили из управления "
                                "образования.", "«Дошли до монумента, помахали телефонами - и все», - заявила "
                                "женщина."))
    assert one(quotes, "помахали телефонами").speaker.name == "одна из участниц акции"


def test_the_head_of_a_body_named_by_a_foreign_acronym_in_a_headline():
    quotes = statements(article("Глава IAAF объяснил обмороки марафонцев тем, что спортсмены знали, на что шли",
                                "Президент Международной ассоциации легкоатлетических федераций Себастьян Коу "
                                "оправдал обмороки марафонцев тем, что спортсмены знали, на что шли."))
    assert [q.speaker.name for q in quotes if q.content.start < 80] == ["Себастьян Коу"]


def test_a_noun_for_many_named_later_is_still_no_one():
    quote = one(statements(article(
        "Полиция задержала пять активистов, которые несли петицию в прокуратуру.",
        "«Нас задержали у метро», - рассказал активист.",
        "О задержании сообщил итальянский политик и активист Марко Каппато.")), "Нас задержали у метро")
    assert quote.speaker.kind == "unnamed"
