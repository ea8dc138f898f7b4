"""The words that name events in Russian news, and the words around them that say who, when and whether.

Lemmas are natasha's (pymorphy's) dictionary forms. Event kinds: `talks` (переговоры, консультации),
`meeting` (встреча, беседа), `visit`, `phone_call`, `summit`, `session` (заседание of a council, a
court, a parliament), `press_conference`, `briefing`.
"""

from __future__ import annotations

import re

from ..entities.lexicon import COUNTRY_BY_ADJECTIVE

# Nouns that name an event. `консультация` only in the plural (`консультации по ...`): in the singular
# it is a lawyer's or a doctor's advice.
NOUN_KINDS = {
    "переговоры": "talks", "переговор": "talks", "консультация": "talks",
    "встреча": "meeting", "беседа": "meeting", "аудиенция": "meeting", "свидание": "meeting",
    "визит": "visit", "посещение": "visit",
    "саммит": "summit",
    "заседание": "session", "совещание": "session", "пленум": "session",
    "пресс-конференция": "press_conference",
    "брифинг": "briefing", "пресс-брифинг": "briefing",
}
PLURAL_ONLY = {"консультация"}

# `разговор` is a phone call when it is telephone-borne (`телефонный разговор`, `разговор по телефону`);
# `телефонные переговоры` and `телефонная беседа` are phone calls too.
TELEPHONE_ADJECTIVES = {"телефонный"}
CONVERSATION_NOUNS = {"разговор", "переговоры", "беседа"}

# Verbs that are events themselves; their subject and their `с`-object take part.
VERB_KINDS = {
    "встретиться": "meeting", "встречаться": "meeting", "повидаться": "meeting",
    "побеседовать": "meeting", "беседовать": "meeting",
    "переговорить": "talks",
    "посетить": "visit", "посещать": "visit", "побывать": "visit",
    "созвониться": "phone_call",
}
# `принять`/`принимать` a person is to host a meeting with them (`Обама принимает ... Саркози`).
HOSTING_VERBS = {"принять", "принимать"}
# `поговорить`/`говорить`/`разговаривать` by phone (`по телефону`) with someone is a phone call.
TALKING_VERBS = {"поговорить", "говорить", "разговаривать", "переговорить", "побеседовать", "беседовать",
                 "обсудить", "обсуждать"}

# Verbs whose subject holds the event named by their object or by `с визитом`:
# `Россия и США провели консультации`, `Путин дал пресс-конференцию`, `прибыл с визитом`.
HOLDING_VERBS = {
    "провести", "проводить", "вести", "начать", "начинать", "продолжить", "продолжать", "возобновить",
    "возобновлять", "завершить", "завершать", "закончить", "заканчивать", "организовать", "устроить",
    "дать", "давать", "иметь", "совершить", "совершать", "нанести", "наносить", "прибыть", "прибывать",
    "приехать", "приезжать", "отправиться", "отправляться", "находиться", "участвовать",
}
# Verbs whose subject is the event: their tense is the event's, their `в ...` its place.
HAPPENING_VERBS = {
    "состояться", "пройти", "проходить", "продолжаться", "продолжиться", "начаться", "начинаться",
    "завершиться", "завершаться", "закончиться", "заканчиваться", "открыться", "открываться", "идти",
    "стартовать", "длиться", "продлиться", "затянуться",
}

# Prepositions that put the subject of the clause at the event: `в ходе визита ... договорился`,
# `на встрече с Путиным Макрон заявил`, `по итогам переговоров ... сообщил`.
ATTENDANCE_FRAMES = {("в", "ход"), ("во", "время"), ("в", "время"), ("в", "рамка"), ("по", "итог"),
                     ("по", "результат"), ("по", "окончание"), ("по", "завершение"), ("на", "поле"),
                     ("в", "кулуары")}

# Prepositions of a topic: `переговоры о ... в России`; what is in a topic is not the event's.
TOPIC_PREPOSITIONS = {"о", "об", "обо", "про", "относительно", "насчет", "насчёт"}

# The head nouns of a mention that speaks of talks in general, not of one occurrence:
# `путем переговоров`, `готовность к переговорам`, `призвал к возобновлению переговоров`.
GENERIC_PREPOSITIONS = {"к", "путем", "путём", "без", "через"}
GENERIC_HEADS = {"готовность", "призыв", "путь", "формат", "процесс", "механизм", "возобновление",
                 "стол", "площадка", "практика", "участие", "необходимость", "возможность",
                 "предложение", "отказ", "перспектива", "идея", "ряд"}

# `встреча`, `встретиться` of teams are matches: these words in the sentence tell sport.
SPORT_WORDS = {"матч", "чемпионат", "турнир", "кубок", "плей-офф", "финал", "полуфинал", "четвертьфинал",
               "гол", "ворота", "счет", "счёт", "тайм", "период", "соперник", "сезон", "лига", "сборная",
               "команда", "клуб", "тренер", "игрок", "болельщик", "стадион", "шайба", "мяч"}

# Words that ask for talks rather than hold them: `призывал вести переговоры`.
WISHING_WORDS = {"призывать", "призвать", "предлагать", "предложить", "требовать", "потребовать", "просить",
                 "попросить", "настаивать", "отказываться", "отказаться", "готовый", "соглашаться",
                 "согласиться", "необходимо", "нужно", "следовать", "стоить"}

# Words that announce an event still to come, and words that look back on one.
PLANNED_WORDS = {"планировать", "запланировать", "планироваться", "намечать", "наметить", "намечаться",
                 "предстоять", "предстоящий", "намереваться", "намеренный", "собираться", "ожидаться",
                 "готовиться", "анонсировать", "назначить", "назначать", "будущий", "грядущий",
                 "запланированный", "планируемый", "договориться", "условиться",
                 "согласовать", "пригласить", "приглашать", "рассчитывать", "надеяться", "подготовка",
                 "должный"}
PAST_WORDS = {"прошедший", "состоявшийся", "минувший", "недавний", "вчерашний", "прошлый",
              "итог", "результат", "завершение", "окончание"}
SOON = re.compile(r"\bв\s+ближайш(?:ее|ие)\s+(?:время|дни|недели|месяцы)|\bвскоре\b|\bна\s+днях\b(?=[^.]*(?:пройд|состо|будет))",
                  re.I)

# The first parts of compound adjectives that are not an adjective's stem + `о`: `франко-германский`.
COMPOUND_PARTS = {"франко": "Франция", "англо": "Великобритания", "германо": "Германия",
                  "итало": "Италия", "испано": "Испания", "греко": "Греция", "индо": "Индия",
                  "американо": "США", "русско": "Россия", "сино": "Китай"}


def country_of_adjective(lemma: str) -> list[str]:
    """The countries a relational adjective names (its lemma): `российско-американский` → [Россия, США]."""
    names: list[str] = []
    for part in lemma.lower().split("-"):
        name = COMPOUND_PARTS.get(part)
        if name is None:
            adjective = part[:-1] + "ий" if part.endswith("о") else part  # `российско` → `российский`
            country = COUNTRY_BY_ADJECTIVE.get(adjective)
            name = country.name if country else None
        if name is None:
            return []
        if name not in names:
            names.append(name)
    return names
