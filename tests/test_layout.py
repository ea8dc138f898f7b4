"""Layout on the founding sample and on page text of other agencies' layouts."""

from collections import Counter

import pytest

from whosaid import extract
from whosaid.layout import Layout, RepeatedLines, line_kind, split_lines
from whosaid.model import Article

from conftest import FIXTURES


@pytest.fixture(scope="module")
def sample(sample_text):
    return extract(sample_text)


def kinds(article):
    return {b.text: b.kind for b in article.boilerplate}


def test_sample_title_lead_and_dateline(sample):
    assert sample.title.text == "Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ"
    assert sample.lead.text.startswith("Российско-американские переговоры в Женеве продолжались")
    assert sample.dateline.text == "МИНСК, 11 янв – Sputnik."
    assert (sample.dateline.place, sample.dateline.date, sample.dateline.agency) == ("Минск", "2022-01-11", "Sputnik")
    assert sample.published == "2022-01-11"


def test_sample_body_runs_from_dateline_to_putin(sample, sample_text):
    body = [p for p in sample.paragraphs if p.kind == "body"]
    assert body[0].text.startswith("МИНСК, 11 янв – Sputnik. Россия готова")
    assert body[-1].text.endswith("- отметил Путин.")
    start = sample_text.index("МИНСК, 11 янв")
    end = sample_text.index("отметил Путин.") + len("отметил Путин.")
    marked = [b for b in sample.boilerplate if start <= b.start < end]
    for line in split_lines(sample_text[start:end]):
        covered = [p for p in sample.paragraphs if p.start <= start + line.start < p.end]
        assert covered or any(b.start == start + line.start for b in marked), line.text
    # the only boilerplate inside the body are the two `>>>` links
    assert sorted(b.kind for b in marked) == ["related", "related"]


def test_sample_subheading_is_not_boilerplate(sample):
    subheadings = [p.text for p in sample.paragraphs if p.kind == "subheading"]
    assert subheadings == ["Важнейшие переговоры"]


def test_sample_boilerplate_kinds(sample):
    found = kinds(sample)
    assert found["© Sputnik / Пресс-служба МИД РФ\xa0/\xa0Перейти в фотобанк"] == "credit"
    assert found["Брифинг официального представителя МИД России М. Захаровой"] == "caption"
    caption = "Брифинг официального представителя МИД России М. Захаровой - Sputnik Беларусь, 1920, 11.01.2022"
    assert found[caption] == "caption"
    assert found["Подписаться"] == "chrome"
    assert found["Лента новостей"] == "chrome"
    assert found["0"] == "counter"
    assert found["Читайте также:"] == "related_heading"
    related = [b.text for b in sample.boilerplate if b.kind == "related"]
    assert len(related) == 6
    assert "Рябков о попытках шантажа со стороны США и Евросоюза>>>" in related
    assert "Почему Украину не ждут в НАТО и будет ли война? Эксперт об \"угрозе вторжения\"" in related


def test_nothing_is_lost(sample, sample_text):
    """Every non-blank character is in the title, lead, a paragraph or a boilerplate span."""
    covered = set()
    for span in [sample.title, sample.lead, *sample.paragraphs, *sample.boilerplate]:
        covered.update(range(span.start, span.end))
    missing = [i for i, ch in enumerate(sample_text) if not ch.isspace() and i not in covered]
    assert missing == []


def page(name):
    path = FIXTURES / "pages" / name
    return extract(path.read_text(encoding="utf-8"), id=name)


def test_ria_page_layout():
    article = page("ria.txt")
    assert article.title.text == "Лавров назвал условия продолжения диалога с Вашингтоном"
    assert article.dateline.agency == "РИА Новости" and article.dateline.place == "Москва"
    assert article.published == "2022-01-21T12:35"  # the first time, not the update's
    found = kinds(article)
    assert found["1234"] == "counter"
    assert found["Министр иностранных дел России Сергей Лавров. Архивное фото"] == "caption"
    assert found["Читать ria.ru в"] == "chrome"
    assert found["Комментарии"] == "chrome"
    assert Counter(found.values())["related"] == 3
    assert article.paragraphs[-1].text.startswith("Ранее в четверг")


def test_tass_page_lead_caption_and_tags():
    article = page("tass.txt")
    assert article.lead.text == "Пресс-секретарь президента РФ отметил, что дата разговора пока не определена"
    assert article.dateline.text == "МОСКВА, 11 января. /ТАСС/."
    assert article.published == "2022-01-11T14:35"
    found = kinds(article)
    assert found["Дмитрий Песков"] == "caption"
    assert found["© Михаил Метцель/ТАСС"] == "credit"
    assert found["Теги"] == "chrome" and found["США"] == "chrome"
    assert [p.text for p in article.paragraphs if p.kind == "subheading"] == ["Ход переговоров"]


def test_interfax_dateline_and_page_without_boilerplate():
    article = page("interfax.txt")
    assert article.dateline.text == "Москва. 30 апреля. INTERFAX.RU"
    assert article.dateline.agency == "Интерфакс"
    assert article.boilerplate == []
    assert len(article.paragraphs) == 3


def test_lenta_page_without_dateline_keeps_first_sentences_in_body():
    article = page("lenta.txt")
    assert article.dateline is None and article.lead is None
    assert kinds(article) == {"Фото: Сергей Бобылев / ТАСС": "credit",
                              "Подписывайтесь на «Ленту.ру» в Telegram": "chrome"}
    assert article.paragraphs[0].text.startswith("Официальный представитель МИД России")


def test_hard_wrapped_lines_join_into_paragraphs():
    article = page("hardwrapped.txt")
    assert [p.kind for p in article.paragraphs] == ["body", "body"]
    assert article.paragraphs[0].text.startswith("Средние потребительские цены на\nбензин")


def test_a_wrapped_line_after_a_preposition_continues_even_with_a_capital():
    text = ("Завод сократит рабочую неделю\n\n"
            "Заводу не удается продать грузовики. В компании отмечают, что на\n"
            "\"КамАЗе\" программа временной занятости распространяется и на рабочих, и\n"
            "Инженеров. Продажи упали вдвое.\n\n"
            "Директор завода Иван Петров\nЗаявил о сокращениях.\n")
    article = extract(text)
    assert article.paragraphs[0].text.endswith("и\nИнженеров. Продажи упали вдвое.")
    assert not any("Петров\nЗаявил" in p.text for p in article.paragraphs)  # a name ends a line as a heading may
    quote = next(q for q in article.quotes if q.content.text.startswith("на"))
    assert quote.content.text.endswith("на рабочих, и\nИнженеров")


def test_a_page_that_sets_paragraphs_apart_with_blank_lines_wraps_lines_anywhere_but_a_sentence_s_end():
    text = ("Иннополис построят к 2015 году\n\n"
            "В Татарстане представили генеральный план нового города для\nпрограммистов.\n\n"
            "Школы и больницы будут сооружаться на средства республики, а жилье\nчастными компаниями.\n\n"
            "Город рассчитан на 155 тысяч жителей.\n\n"
            "2. Жилье будет доступно молодым специалистам\nПо подсчетам властей, квартиру получит каждый.\n\n"
            "По словам вице-премьера Татарстана, президент Дмитрий\nМедведев, ознакомившись с проектом, "
            "\"позитивно\nоценил его\".\n\n"
            "Читайте также:\n\n"
            "- Город программистов построят на Волге за три\n- Медведев одобрил план строительства\n")
    article = extract(text)
    assert any(p.text.startswith("По словам") and p.text.endswith("оценил его\".") for p in article.paragraphs)
    quote = next(q for q in article.quotes if q.content.text.startswith("президент"))
    assert quote.content.text.endswith("\"позитивно\nоценил его\"")
    assert any(p.text.startswith("По подсчетам") for p in article.paragraphs)  # after a numbered heading


def test_corpus_style_article_passes_through_in_the_body():
    text = ("Слишком низкая инфляция опасна для экономики России\n\n"
            "Центробанк РФ предоставил в Госдуму доклад об основных направлениях политики.\n\n"
            "Каждый год, по мнению авторов доклада, цель по инфляции должна быть ниже.\n")
    article = extract(text)
    assert article.title.text == "Слишком низкая инфляция опасна для экономики России"
    assert article.boilerplate == [] and len(article.paragraphs) == 2


def test_crlf_text_keeps_its_offsets():
    text = "Заголовок новости\r\n\r\nПервый абзац текста новости.\r\nВторой абзац текста.\r\n"
    article = extract(text)
    assert article.title.text == "Заголовок новости"
    assert [p.text for p in article.paragraphs] == ["Первый абзац текста новости.", "Второй абзац текста."]
    article.check()


@pytest.mark.parametrize("line,kind", [
    ("Подписаться", "chrome"),
    ("Поделиться", "chrome"),
    ("Лента новостей", "chrome"),
    ("42", "counter"),
    ("Смотрите также", "related_heading"),
    ("Читайте также: Путин провел совещание с правительством", "related"),
    ("Рябков о переговорах>>>", "related"),
    ("© AP Photo / Evan Vucci", "credit"),
    ("Фото: пресс-служба губернатора", "credit"),
    ("Источник: https://www.newsru.com/world/26Feb2002/x.html", "source"),
    ("***", "separator"),
    ("12:35 21.01.2022 (обновлено: 13:10 21.01.2022)", "byline"),
    ("Теги: Россия, США, НАТО", "chrome"),
    ("Важнейшие переговоры", None),
    ("Возбуждено уголовное дело.", None),
    ("2:1", None),
    ("1. Анки ван Грюнсвен (Голландия)", None),
    # another article's headline as a dashed line; not a line of dialogue
    ("- Пресс-служба мэрии назвала поведение застройщика неадекватным", "related"),
    ("- Нет, мы не согласны, - сказал он", None),
    ("- Как вы оцениваете ситуацию?", None),
    ("- С 1703 года...", None),
    ("- решения о выходе страны из союза", None),
])
def test_line_kinds(line, kind):
    assert line_kind(line) == kind


def test_a_dashed_headline_between_paragraphs_is_a_link_but_a_dashed_name_after_a_quote_says_who_spoke():
    article = extract("Реку проверили\n\nСпасатели провели рейд на реке.\n\n- Пресс-служба мэрии назвала поведение "
                      "застройщика неадекватным\n\n«Масляных пятен на воде не обнаружено».\n\n— Татьяна Скригонюк, "
                      "заместитель начальника пресс-службы МЧС по Санкт-Петербургу\n\nРейд продолжится завтра.")
    assert [b.text for b in article.boilerplate if b.kind == "related"] == [
        "- Пресс-служба мэрии назвала поведение застройщика неадекватным"]
    assert any(p.text.startswith("— Татьяна Скригонюк") for p in article.paragraphs)


def test_lines_repeated_across_a_site_are_boilerplate():
    footer = "Все права защищены. Копирование запрещено"
    stories = [("Губернатор открыл новую школу", "В областном центре открылась школа на 800 мест."),
               ("Мост закроют на ремонт", "Движение по мосту ограничат на две недели."),
               ("Цены на бензин выросли", "Бензин подорожал на шесть копеек за неделю."),
               ("В городе прошел марафон", "В забеге приняли участие около трех тысяч человек."),
               ("Театр представил премьеру", "Зрители увидели новую постановку по пьесе Островского.")]
    texts = [f"{title}\n\n{body}\n{footer}\n" for title, body in stories]
    repeated = RepeatedLines()
    for text in texts:
        repeated.add("site", text)
    article = Layout(repeated.frequent("site"))(Article(id="x", text=texts[0]))
    assert kinds(article) == {footer: "repeated"}
    alone = Layout()(Article(id="y", text=texts[0]))
    assert alone.boilerplate == []


def test_corpus_passes_and_marks_little_boilerplate(corpus):
    from whosaid.pipeline import Pipeline, layout_stages
    from whosaid.process import process
    from conftest import shared_path
    kinds_seen = Counter()
    count = paragraphs = 0
    layout = Pipeline(layout_stages())
    for article in process([str(shared_path("corpora/rucoco-news.jsonl.gz"))], pipeline=layout):
        assert isinstance(article, Article), article
        article.check()
        count += 1
        paragraphs += len(article.paragraphs)
        kinds_seen.update(b.kind for b in article.boilerplate)
        assert article.title is not None
        # other articles' headlines (and a long story's contents) are dashed lines of their own
        assert all(b.text.startswith("- ") for b in article.boilerplate if b.kind == "related"), article.id
    assert count == len(corpus) == 3075
    # newsru's `Источник: URL` line closes each article; besides it only those headlines are boilerplate there
    assert kinds_seen["source"] == 3075
    assert set(kinds_seen) <= {"source", "separator", "related"}
    assert 0 < kinds_seen["related"] < paragraphs / 50
