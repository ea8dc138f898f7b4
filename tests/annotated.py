"""Records with every kind of annotation, marked by hand on real text at real offsets.

The view must draw whatever a record holds; these records hold statements, speakers, entities
with roles and events that a person marked on the founding sample, so the drawing is tested on
the real text whatever the extraction stages find.
"""

from __future__ import annotations

from conftest import FIXTURES, SAMPLE

from whosaid import Article, extract
from whosaid.model import Entity, Event, Mention, Participant, Quote, Role, Span, Speaker


def span(text: str, needle: str, nth: int = 0, after: int = 0) -> Span:
    """The nth occurrence of `needle` in `text` at or after `after`, as a span."""
    start = text.index(needle, after)
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def mention(text: str, needle: str, nth: int = 0, kind: str = "name") -> Mention:
    s = span(text, needle, nth)
    return Mention.of(text, s.start, s.end, kind=kind)


def quote(text: str, kind: str, content: str, cue: str, speaker: str, entity: str | None,
          speaker_text: str, speaker_kind: str = "person", after: str = "") -> Quote:
    """A statement marked by its words; `after` picks the first occurrences after that phrase."""
    base = text.index(after) if after else 0
    content_span = span(text, content, after=base)
    return Quote(kind, content_span, span(text, cue, after=base),
                 Speaker(speaker, speaker_kind, entity, span(text, speaker_text, after=base)))


def annotated_sample(text: str) -> Article:
    """The founding sample through the real pipeline, with its statements, people and talks marked."""
    article = extract(text, id="sputnik-2022-01-11-security-guarantees")
    zakharova = Entity("e1", "PER", "Мария Захарова", "PER:мария захарова", ["Захарова"],
                       [Role("официальный представитель", "МИД РФ", 0, 0)],
                       [mention(text, "Мария Захарова"),
                        mention(text, "Захарова", 1), mention(text, "Марии Захаровой")])
    psaki = Entity("e2", "PER", "Джен Псаки", "PER:джен псаки", [], [Role("представитель", "Белый дом", 0, 0)],
                   [mention(text, "Джен Псаки")])
    ryabkov = Entity("e3", "PER", "Сергей Рябков", "PER:сергей рябков", ["Рябков"],
                     [Role("замглавы", "МИД РФ", 0, 0)],
                     [mention(text, "Рябкова"), mention(text, "Сергей Рябков")])
    putin = Entity("e4", "PER", "Владимир Путин", "PER:владимир путин", ["Путин"],
                   [Role("президент", "Россия", 0, 0)],
                   [mention(text, "Владимир Путин"), mention(text, "Путин", 1)])
    nato = Entity("e5", "ORG", "НАТО", "ORG:нато", [], [], [mention(text, "НАТО", i) for i in range(3)])
    geneva = Entity("e6", "LOC", "Женева", "LOC:женева", ["Женеве"], [],
                    [mention(text, "Женеве", i) for i in range(3)])
    article.entities = [zakharova, psaki, ryabkov, putin, nato, geneva]
    article.quotes = [
        quote(text, "indirect", "Россия готова к дальнейшей работе с США и НАТО по вопросам гарантий безопасности",
              "заявила", "Мария Захарова", "e1", "Мария Захарова", after="МИНСК"),
        quote(text, "direct", "Дальше, как будет продолжена работа (с США), мы посмотрим", "сказала",
              "Мария Захарова", "e1", "она"),
        quote(text, "indirect", "беседу профессиональной, конструктивной и деловой", "назвала",
              "Мария Захарова", "e1", "Представитель российского МИД"),
        quote(text, "direct", "Мы, со своей стороны, по-моему, этот настрой демонстрировали и его проявили "
              "и готовы к дальнейшей работе", "отметила", "Мария Захарова", "e1", "она", after="\"Мы, со"),
        quote(text, "indirect", "США готовятся к тому, что Россия будет лгать об итогах переговоров о "
              "стратегической стабильности", "заявила", "Джен Псаки", "e2", "Джен Псаки", after="Как заявила"),
        quote(text, "indirect", "эти слова вызывают не столько недоумение, сколько глубокое сочувствие",
              "По мнению", "Мария Захарова", "e1", "Марии Захаровой"),
        quote(text, "indirect", "у России и США сохраняются противоположные подходы по главным вопросам, но по "
              "нескольким темам могут быть достигнуты договоренности", "заявил", "Сергей Рябков", "e3",
              "Сергей Рябков", after="Глава российской делегации"),
        quote(text, "direct", "И теперь говорят, что Украина будет в НАТО. Вы должны нам дать гарантии "
              "(безопасности) и немедленно, сейчас. А не забалтывать это десятилетиями", "отметил",
              "Владимир Путин", "e4", "Путин", after="\"И теперь"),
    ]
    article.events = [Event("talks", span(text, "переговоры", after=text.index("прошедшие накануне")),
                            participants=[Participant("Сергей Рябков", "e3", role="participant"),
                                          Participant("Уэнди Шерман", role="participant")],
                            place=Participant("Женева", "e6"), date_start="2022-01-10", date_end="2022-01-10",
                            status="past")]
    article.check()
    return article


TASS = FIXTURES / "web" / "tass-2022-02-16-zakharova.txt"


def annotated_tass() -> Article:
    """A TASS-style article of our own: Захарова a month later, and the NATO secretary general."""
    text = TASS.read_text(encoding="utf-8")
    article = extract(text, id="tass-2022-02-16-zakharova", published="2022-02-16")
    article.entities = [
        Entity("e1", "PER", "Мария Захарова", "PER:мария захарова", ["Захарова"],
               [Role("официальный представитель", "МИД России", 0, 0)],
               [mention(text, "Захарова"), mention(text, "Мария Захарова"), mention(text, "Захаровой")]),
        Entity("e2", "ORG", "НАТО", "ORG:нато", [], [], [mention(text, "НАТО", i) for i in range(4)]),
        Entity("e3", "LOC", "Украина", "LOC:украина", ["Украины"], [],
               [mention(text, "Украины"), mention(text, "Украины", 1)]),
        Entity("e4", "PER", "Йенс Столтенберг", "PER:йенс столтенберг", [],
               [Role("генеральный секретарь", "НАТО", 0, 0)], [mention(text, "Йенс Столтенберг")]),
        Entity("e5", "LOC", "Вашингтон", "LOC:вашингтон", [], [], [mention(text, "Вашингтона")]),
    ]
    article.quotes = [
        quote(text, "indirect", "НАТО не способно обеспечить безопасность Украины", "заявила", "Мария Захарова",
              "e1", "Мария Захарова", after="МОСКВА"),
        quote(text, "direct", "Альянс только наращивает напряженность в Европе", "сказала", "Мария Захарова",
              "e1", "она"),
        quote(text, "indirect", "Москва ждет от Вашингтона письменного ответа на предложения по гарантиям "
              "безопасности", "По словам", "Мария Захарова", "e1", "Захаровой"),
        quote(text, "indirect", "альянс готов к диалогу с Россией", "заявил", "Йенс Столтенберг", "e4",
              "Йенс Столтенберг"),
    ]
    article.events = [Event("meeting", span(text, "Встреча"), participants=[Participant("Россия"),
                                                                            Participant("НАТО", "e2")],
                            place=Participant("Брюссель"), date_start="2022-01-12", date_end="2022-01-12",
                            status="past")]
    article.check()
    return article


HOSTILE_TEXT = ('Заголовок <script>window.__xss = "title"</script> новости\n\n'
                'МОСКВА, 5 мая – РИА Новости. Министр заявил: "<img src=x onerror="window.__xss=\'img\'">" и '
                'добавил, что " onmouseover="window.__xss=\'attr\'" data-x=" всё <b>под контролем</b>.\n')


def hostile_article() -> Article:
    """Markup and script in the text, in a speaker's name and in an entity's name: all of it is data."""
    text = HOSTILE_TEXT
    article = extract(text, id='hostile"><script>window.__xss="id"</script>', published="2022-05-05",
                      source='<b onmouseover="window.__xss=\'source\'">RIA</b>')
    name = '"><script>window.__xss="name"</script><img src=x onerror="window.__xss=\'name\'">'
    article.entities = [Entity("e1", "PER", name, "PER:министр", [], [Role('<i>министр</i>', None, 0, 0)],
                               [mention(text, "Министр")])]
    article.quotes = [quote(text, "direct", '<img src=x onerror="window.__xss=\'img\'">', "заявил", name, "e1",
                            "Министр")]
    article.check()
    return article


def fill_store(path: str) -> None:
    """A store holding the annotated sample, the TASS article and the hostile one."""
    from whosaid.store import Store
    with Store.open(path) as store:
        sample = annotated_sample(SAMPLE.read_text(encoding="utf-8"))
        sample.source = "Sputnik"
        store.ingest([sample, annotated_tass(), hostile_article()])
