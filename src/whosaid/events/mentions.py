"""Event mentions in one sentence: the trigger, and what its clause says of who, where, when and whether.

A mention is a noun (`переговоры`, `встреча`, `визит`) or a verb (`встретился`, `посетил`) that names an
event. Its participants come from the phrase after a noun (`переговоры Рябкова и Шерман`,
`встреча с Путиным`), from the subject of the verb that holds it (`Россия и США провели консультации`),
from relational adjectives (`российско-американские переговоры`) and from the subject of a clause that
happens at it (`на встрече с Путиным Макрон заявил`). Its place, dates and duration are the nearest ones
in its clause; its status comes from the tense of its verb and from words that announce or look back.

The dependency parse is used where it is reliable (subjects, heads of clauses, tense) and read
linearly where news syntax defeats it (long descriptor chains before a name, elliptical clauses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Article, DateMention
from ..nlp import Analysis, Name
from . import lexicon

CLAUSE_VERB_FORMS = {"Fin", "Inf", "Conv"}
SEGMENT_BOUNDARIES = {",", ";", ":", "(", ")", "!", "?"}
COORDINATORS = {"и", ","}


@dataclass
class Party:
    """A participant or a place as found in the text: a name span (or an adjective) and its type."""
    start: int
    end: int
    type: str  # PER | ORG | LOC
    name: Optional[str] = None  # given when the text does not write it (`российско-` → Россия)
    token: int = -1
    unnamed: bool = False  # a person named only by office (`послом Италии`)
    joined: Optional[str] = None  # the preposition that brought it in: `с`, `между`, or None


@dataclass
class EventMention:
    kind: str
    trigger: int  # token index
    sentence: int
    participants: list[Party] = field(default_factory=list)
    place: Optional[Party] = None
    dates: list[DateMention] = field(default_factory=list)
    duration: Optional[tuple[str, int, int]] = None  # ISO 8601 duration, and its span
    status: Optional[str] = None
    generic: bool = False  # `путем переговоров`: talks in general, not one occurrence
    happens: bool = False  # its clause says it takes place (`состоялись`, `провели`)
    attended: bool = False  # its clause happens at it (`на встрече ... заявил`)
    holds: bool = False  # its verb holds it or says it happens, whatever its form (`провести`)
    complemented: bool = False  # it has a complement the rules could not read
    used: set[int] = field(default_factory=set)  # tokens that told something: the evidence

    @property
    def anchored(self) -> bool:
        """Whether the mention says something of its own that identifies an occurrence."""
        return bool(self.participants or self.place or self.dates or self.duration or self.happens)

    @property
    def refers_back(self) -> bool:
        """A mention that says nothing of its own (`назвала беседу`, `итоги переговоров`) names an
        event already spoken of."""
        return not self.anchored and not self.generic and not self.complemented


class Sentences:
    """One article's analysis, indexed for the questions the event rules ask."""

    def __init__(self, article: Article):
        self.article = article
        self.analysis: Analysis = article.analysis
        tokens = self.analysis.tokens
        self.tokens = tokens
        self.head = _acyclic_heads([t.head for t in tokens])
        self.children: list[list[int]] = [[] for _ in tokens]
        for i, head in enumerate(self.head):
            if head >= 0:
                self.children[head].append(i)
        self.name_at: list[Optional[Name]] = [None] * len(tokens)
        for name in self.analysis.names:
            for i in self.analysis.tokens_in(name.start, name.end):
                self.name_at[i] = name
        self.date_at: dict[int, DateMention] = {}
        for date in article.dates:
            for i in self.analysis.tokens_in(date.start, date.end):
                self.date_at[i] = date
        self._lemmas: dict[int, str] = {}

    def lemma(self, i: int) -> str:
        if i not in self._lemmas:
            self._lemmas[i] = self.analysis.lemma(i).lower()
        return self._lemmas[i]

    def low(self, i: int) -> str:
        return self.tokens[i].text.lower()

    def case(self, i: int) -> Optional[str]:
        return self.tokens[i].feats.get("Case")

    def is_clause_verb(self, i: int) -> bool:
        token = self.tokens[i]
        return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") in CLAUSE_VERB_FORMS

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(self.children[k])
        return sorted(out)

    def name_tokens(self, name: Name) -> range:
        return self.analysis.tokens_in(name.start, name.end)

    def sentence_range(self, i: int) -> range:
        sentence = self.analysis.sentences[self.tokens[i].sentence]
        return range(sentence.first, sentence.last)

    def segment(self, i: int) -> range:
        """The tokens of i's clause, read linearly: up to the nearest commas, colons, brackets."""
        sentence = self.sentence_range(i)
        first = i
        while first > sentence.start and self.tokens[first - 1].text not in SEGMENT_BOUNDARIES:
            first -= 1
        last = i + 1
        while last < sentence.stop and self.tokens[last].text not in SEGMENT_BOUNDARIES:
            last += 1
        return range(first, last)

    def case_words(self, i: int) -> tuple[str, ...]:
        """The preposition of a noun with its fixed parts: (`в`, `ход`) for `в ходе визита`."""
        for c in self.children[i]:
            if self.tokens[c].rel == "case":
                return (self.low(c),) + tuple(self.lemma(f) for f in self.children[c]
                                              if self.tokens[f].rel == "fixed")
        if i > 0 and self.tokens[i - 1].pos == "ADP":
            return (self.low(i - 1),)
        return ()


def _acyclic_heads(heads: list[int]) -> list[int]:
    """The parser's heads with any cycle broken (its last link made a root), so walks up end."""
    heads = list(heads)
    done = [False] * len(heads)
    for i in range(len(heads)):
        path, k = [], i
        while k >= 0 and not done[k] and k not in path:
            path.append(k)
            k = heads[k]
        if k >= 0 and not done[k]:
            heads[path[-1]] = -1
        for j in path:
            done[j] = True
    return heads


# ---------------------------------------------------------------- triggers

def trigger_kind(s: Sentences, i: int) -> Optional[str]:
    """The kind of event token i names, or None."""
    token = s.tokens[i]
    if token.pos in ("NOUN", "PROPN"):
        lemma = s.lemma(i)
        if lemma in lexicon.CONVERSATION_NOUNS and _by_telephone(s, i):
            return "phone_call"
        kind = lexicon.NOUN_KINDS.get(lemma)
        if kind is None or (lemma in lexicon.PLURAL_ONLY and token.feats.get("Number") != "Plur"):
            return None
        return kind
    if token.pos == "VERB" and token.feats.get("VerbForm") != "Part":
        lemma = s.lemma(i)
        if lemma in lexicon.TALKING_VERBS and _by_telephone(s, i):
            return "phone_call"
        if lemma in lexicon.VERB_KINDS:
            return lexicon.VERB_KINDS[lemma]
        if lemma in lexicon.HOSTING_VERBS and _hosted_guest(s, i) is not None:
            return "meeting"
    return None


def _by_telephone(s: Sentences, i: int) -> bool:
    """`телефонный разговор`, `разговор по телефону`, `поговорили по телефону`."""
    for c in s.children[i]:
        lemma = s.lemma(c)
        if lemma in lexicon.TELEPHONE_ADJECTIVES or (lemma == "телефон" and s.case_words(c)[:1] == ("по",)):
            return True
    return i > 0 and s.lemma(i - 1) in lexicon.TELEPHONE_ADJECTIVES


def _hosted_guest(s: Sentences, verb: int) -> Optional[int]:
    """The person a `принять`/`принимать` verb receives: its animate accusative object, read linearly
    (`принимает в Белом доме своего французского коллегу Николя Саркози`)."""
    segment = s.segment(verb)
    for j in range(verb + 1, segment.stop):
        token = s.tokens[j]
        if s.is_clause_verb(j):
            return None
        if token.pos in ("NOUN", "PROPN") and token.feats.get("Case") == "Acc":
            if s.lemma(j) in GUEST_GROUPS or (token.feats.get("Animacy") == "Anim"
                                              and _names_person(s, j, segment.stop)):
                return j
            return None
    return None


GUEST_GROUPS = {"делегация"}


def _names_person(s: Sentences, first: int, stop: int) -> bool:
    """Whether the noun phrase from `first` names a person (`коллегу Николя Саркози`, `Путина`)."""
    for j in range(first, stop):
        name = s.name_at[j]
        if name is not None and name.type == "PER":
            return s.case(j) in ("Acc", None)
        if s.tokens[j].pos not in ("NOUN", "PROPN", "ADJ", "DET") and name is None:
            return False
    return False


# ---------------------------------------------------------------- participants

@dataclass
class _Conjunct:
    preposition: Optional[str]
    tokens: list[int] = field(default_factory=list)


def parties_of(s: Sentences, conjuncts: list[_Conjunct]) -> list[Party]:
    """One party per conjunct: its person if it names one (`замглавы МИД России Рябкова` → Рябков),
    else its first organisation or place; conjuncts that only describe a person's office (`министрами
    иностранных дел России`) give way when another conjunct of the phrase names a person."""
    picked: list[tuple[Party, bool]] = []
    for conjunct in conjuncts:
        names: list[Name] = []
        for j in conjunct.tokens:
            name = s.name_at[j]
            if name is not None and name not in names:
                names.append(name)
        people = [n for n in names if n.type == "PER"]
        if people:
            name = people[-1]
            first = s.name_tokens(name)[0]
            picked.append((Party(name.start, name.end, "PER", token=first, joined=conjunct.preposition), False))
            continue
        office = next((j for j in conjunct.tokens if s.tokens[j].pos == "NOUN" and s.name_at[j] is None
                       and s.tokens[j].feats.get("Animacy") == "Anim"), None)
        if office is not None and (not names or office < s.name_tokens(names[0])[0]):
            # `с послом Италии`: a person named by office; only the entities can tell who.
            last = conjunct.tokens[-1]
            picked.append((Party(s.tokens[office].start, s.tokens[last].end, "PER", token=office,
                                 unnamed=True, joined=conjunct.preposition), True))
        elif names:
            name = names[0]
            first = s.name_tokens(name)[0]
            described = any(s.tokens[j].pos == "NOUN" and s.name_at[j] is None and j < first
                            for j in conjunct.tokens)
            picked.append((Party(name.start, name.end, name.type, token=first, joined=conjunct.preposition),
                           described))
    if any(p.type == "PER" and not p.unnamed for p, _ in picked):
        picked = [(p, d) for p, d in picked if (p.type == "PER" and not p.unnamed) or not d]
    return [p for p, _ in picked]


def _split(s: Sentences, tokens: list[int]) -> list[_Conjunct]:
    conjuncts = [_Conjunct(None)]
    for j in tokens:
        if s.name_at[j] is None and s.low(j) in COORDINATORS:
            conjuncts.append(_Conjunct(conjuncts[-1].preposition))
        elif s.tokens[j].pos != "PUNCT":
            conjuncts[-1].tokens.append(j)
    return [c for c in conjuncts if c.tokens]


def phrase_parties(s: Sentences, head: int, stop_at: Optional[int] = None) -> tuple[list[Party], list[int]]:
    """The parties a noun phrase names (a subject: `Россия и США`, `глава ОАО «Газпром» Алексей Миллер
    и министр энергетики Белоруссии Александр Озерец`), relative clauses and appositions of events left out."""
    tokens = []
    for j in s.subtree(head):
        if stop_at is not None and j >= stop_at:
            break
        tokens.append(j)
    for c in s.children[head]:
        if s.tokens[c].rel.startswith("acl") or s.tokens[c].rel == "parataxis":
            dropped = set(s.subtree(c))
            tokens = [j for j in tokens if j not in dropped]
    return parties_of(s, _split(s, tokens)), tokens


def chain_after(s: Sentences, start: int, case: Optional[str], mention: EventMention) -> list[Party]:
    """The parties named by the phrase that starts at token `start`, read left to right: genitives after
    a noun (`переговоры Рябкова и Шерман`), or a `с`/`между` phrase (`встреча с Путиным`). A place
    phrase inside it (`переговоры в Женеве Лаврова ...`) is noted as the mention's place.

    The first conjunct must be in `case` (or the case its preposition governs); later ones are taken
    as they come, since coordination carries on past a misspelt case."""
    sentence = s.sentence_range(start)
    conjuncts = [_Conjunct(None)]
    j = start
    while j < sentence.stop:
        token, low = s.tokens[j], s.low(j)
        name = s.name_at[j]
        if name is not None:
            conjuncts[-1].tokens.extend(s.name_tokens(name))
            j = s.name_tokens(name)[-1] + 1
            continue
        if j in s.date_at:
            j += 1
            continue
        if token.pos == "ADP":
            if low in ("с", "со", "между"):
                conjuncts.append(_Conjunct(low))
            elif j + 1 < sentence.stop and (low, s.lemma(j + 1)) in VENUES:
                conjuncts.append(_Conjunct(low))  # `консультации на площадке ОБСЕ`
                j += 2
                continue
            elif low in ("в", "во", "на"):
                place = _place_phrase(s, j)
                if place is None:  # `визит на острова президента ...`: read on past the phrase
                    k = j + 1
                    while k < sentence.stop and s.name_at[k] is None and s.tokens[k].pos in ("NOUN", "ADJ") \
                            and s.case(k) in ("Acc", "Loc"):
                        k += 1
                    if k == j + 1:
                        break
                    phrase = s.subtree(k - 1)  # with what depends on it: `в тюрьме США`
                    j = phrase[-1] + 1 if phrase == list(range(phrase[0], phrase[-1] + 1)) else k
                    continue
                if mention.place is None:
                    mention.place = place
                    mention.used.update(range(j, place.token + 1))
                j = s.name_tokens(s.name_at[place.token])[-1] + 1
                continue
            else:
                break
        elif low in COORDINATORS or (low == "а" and j + 1 < sentence.stop and s.low(j + 1) == "также"):
            conjuncts.append(_Conjunct(conjuncts[-1].preposition))
            j += 2 if low == "а" else 1
            continue
        elif token.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or token.text in "«»\"“”":
            conjuncts[-1].tokens.append(j)
        else:
            break
        j += 1
    conjuncts = [c for c in conjuncts if c.tokens]
    if not conjuncts:
        return []
    preposition = conjuncts[0].preposition
    wanted = "Ins" if preposition in ("с", "со", "между") else "Gen" if preposition else case
    if wanted is not None and not _in_case(s, conjuncts[0], wanted):
        return []
    found = parties_of(s, conjuncts)
    for c in conjuncts:
        mention.used.update(c.tokens)
    return found


# An organisation that hosts an event: `на площадке ОБСЕ`, `под эгидой ООН`.
VENUES = {("на", "площадка"), ("под", "эгида")}


def _in_case(s: Sentences, conjunct: _Conjunct, case: str) -> bool:
    """Whether a phrase is in `case`: its first noun or its names (taggers misread indeclinable
    nouns such as `замглавы`, and foreign names)."""
    nouns = [j for j in conjunct.tokens if s.tokens[j].pos in ("NOUN", "PROPN")]
    if not nouns:
        return False
    named = [j for j in nouns if s.name_at[j] is not None]
    return any(s.case(j) in (case, None) for j in nouns[:1] + named[:1] + named[-1:])


def _place_phrase(s: Sentences, preposition: int) -> Optional[Party]:
    """`в Женеве`, `в Москву`, `в деревне Кострово`: a place name after `в`/`на`, maybe after a noun
    that says what kind of place it is."""
    sentence = s.sentence_range(preposition)
    for j in range(preposition + 1, min(preposition + 4, sentence.stop)):
        name = s.name_at[j]
        if name is not None:
            if name.type in ("LOC", "ORG") and s.case(j) in ("Loc", "Acc", None):
                return Party(name.start, name.end, name.type, token=j)
            return None
        if s.tokens[j].pos not in ("NOUN", "ADJ"):
            return None
    return None


# ---------------------------------------------------------------- the clause of a mention

def governing_verb(s: Sentences, i: int) -> Optional[int]:
    """The verb whose clause the trigger noun is an argument of (`провели консультации`,
    `пройдет заседание`), following coordinated nouns to their first conjunct."""
    k = i
    while s.tokens[k].rel == "conj" and s.head[k] >= 0 and s.tokens[s.head[k]].pos == "NOUN":
        k = s.head[k]
    head = s.head[k]
    if head >= 0 and s.tokens[k].rel in ("nsubj", "nsubj:pass", "obj", "obl", "iobj", "conj", "xcomp") \
            and s.tokens[head].pos in ("VERB", "AUX"):
        return head
    return None


def in_scope(s: Sentences, j: int, trigger: int, verb: Optional[int], triggers: set[int]) -> bool:
    """Whether token j speaks of this mention: it depends on the trigger or on its verb without
    passing through another clause or another event, or it lies inside the trigger's own phrase."""
    phrase = s.subtree(trigger) if s.tokens[trigger].pos != "VERB" else [trigger]
    if phrase[0] <= j <= phrase[-1] and not any(t in triggers and t != trigger and phrase[0] <= t <= j
                                                 for t in phrase):
        return True
    k, below = j, None
    while k >= 0:
        if k == trigger and s.tokens[trigger].pos != "VERB":
            return True
        if k in (trigger, verb):
            return below is None or _circumstance(s, below)
        if k != j and (k in triggers or s.is_clause_verb(k)):
            return False
        if s.case_words(k)[:1] and s.case_words(k)[0] in TOPIC_PREPOSITIONS:
            return False  # `переговоры о ... в России`: the topic's place is not the event's
        k, below = s.head[k], k
    return False


TOPIC_PREPOSITIONS = {"о", "об", "обо", "про", "относительно", "насчет", "насчёт"}


ARGUMENT_RELS = {"nsubj", "nsubj:pass", "obj", "iobj", "csubj", "ccomp", "xcomp", "advcl", "parataxis"}


def _circumstance(s: Sentences, child: int) -> bool:
    """Whether a dependent of the event's verb says where, when or how long (`в Женеве`, `9-10 января`),
    rather than who (`с заместителем министра`) or what else was said."""
    return s.tokens[child].rel not in ARGUMENT_RELS and s.case_words(child)[:1] not in (("с",), ("со",), ("между",))


def clause_places(s: Sentences, mention: EventMention, verb: Optional[int], triggers: set[int]) -> None:
    """The nearest `в`/`на` place of the clause, if the phrases did not give one."""
    if mention.place is not None:
        return
    best: Optional[tuple[int, Party, int]] = None
    for j in s.sentence_range(mention.trigger):
        if s.tokens[j].pos != "ADP" or s.low(j) not in ("в", "во", "на") or s.name_at[j] is not None:
            continue
        place = _place_phrase(s, j)
        if place is None or not in_scope(s, place.token, mention.trigger, verb, triggers) \
                or any(s.low(k) in TOPIC_PREPOSITIONS for k in range(mention.trigger, j)):
            continue
        distance = abs(place.token - mention.trigger)
        if best is None or distance < best[0]:
            best = (distance, place, j)
    if best is not None:
        mention.place = best[1]
        mention.used.update(range(best[2], best[1].token + 1))


def clause_dates(s: Sentences, mention: EventMention, verb: Optional[int], triggers: set[int]) -> None:
    """The date expressions of the clause that attach to the event, nearest first."""
    seen = []
    for j in s.sentence_range(mention.trigger):
        date = s.date_at.get(j)
        if date is None or date in seen:
            continue
        first = s.analysis.tokens_in(date.start, date.end)
        if any(in_scope(s, k, mention.trigger, verb, triggers) for k in first):
            seen.append(date)
            mention.used.update(first)
    seen.sort(key=lambda d: abs(d.start - s.tokens[mention.trigger].start))
    mention.dates = seen


# ---------------------------------------------------------------- duration

_NUMBERS = {"один": 1, "одна": 1, "одни": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
            "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11,
            "двенадцать": 12, "пятнадцать": 15, "двадцать": 20, "тридцать": 30, "сорок": 40,
            "пятьдесят": 50, "полтора": 1.5, "полторы": 1.5, "полчаса": 0.5}
_NUMBER_STEMS = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
                 "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "полутора": 1.5,
                 "двенадцати": 12, "сорока": 40, "тридцати": 30, "двадцати": 20, "пятнадцати": 15}
_UNITS = {"мин": "M", "час": "H", "сут": "D", "дн": "D", "ден": "D", "недел": "W"}
_WORD_NUMBER = "|".join(sorted(_NUMBERS, key=len, reverse=True))
DURATION = re.compile(
    r"(?:(?P<approx>почти|около|более|менее|свыше|порядка|примерно|приблизительно|целых|всего|"
    r"не\s+менее|не\s+более|больше|меньше)\s+)?"
    r"(?:(?P<count>\d+(?:[.,]5)?|" + _WORD_NUMBER + r")\s+(?P<unit>минут[уы]?|час(?:а|ов)?|суток|сутки|"
    r"дн(?:я|ей)|день|недел(?:ю|и|ь))(?![а-яё])"
    r"|(?P<half>полчаса)"
    r"|(?P<one>часа|суток|недели|минуты)(?![а-яё])"
    r"|(?P<stem>" + "|".join(sorted(_NUMBER_STEMS, key=len, reverse=True)) + r")"
    r"(?P<adjunit>минутн|часов|дневн|недельн)(?:ый|ая|ое|ые|ого|ой|ую|ых|ом|ым|ыми))",
    re.I)


def iso_duration(count: float, unit: str) -> str:
    """`PT8H`, `PT1H30M`, `P2D`: ISO 8601 for an amount of minutes, hours, days or weeks."""
    if unit == "H" and count != int(count):
        return f"PT{int(count)}H{int(round((count - int(count)) * 60))}M" if count >= 1 else \
            f"PT{int(round(count * 60))}M"
    if unit == "D" and count != int(count):
        return f"P{int(count)}DT{int(round((count - int(count)) * 24))}H"
    if unit == "W" and count != int(count):
        return f"P{int(round(count * 7))}D"
    amount = int(count)
    return f"PT{amount}{unit}" if unit in ("H", "M") else f"P{amount}{unit}"


def clause_duration(s: Sentences, mention: EventMention, verb: Optional[int], triggers: set[int]) -> None:
    """A stated length: `продолжались почти восемь часов`, `полуторачасовую беседу`, `двухдневного визита`."""
    text = s.article.text
    sentence = s.sentence_range(mention.trigger)
    begin, end = s.tokens[sentence.start].start, s.tokens[sentence.stop - 1].end
    for m in DURATION.finditer(text, begin, end):
        tokens = s.analysis.tokens_in(m.start(), m.end())
        if not tokens or not any(in_scope(s, k, mention.trigger, verb, triggers) for k in tokens):
            continue
        if any(d.start < m.end() and m.start() < d.end for d in s.article.dates):
            continue  # `три недели назад` is a date, not a length
        if m["half"]:
            count, unit = 0.5, "H"
        elif m["one"]:
            if not m["approx"]:
                continue  # `около часа` is a length; a bare `часа` is not
            count, unit = 1, next(v for k, v in _UNITS.items() if m["one"].lower().startswith(k))
        elif m["stem"]:
            count = _NUMBER_STEMS[m["stem"].lower()]
            unit = next(v for k, v in _UNITS.items() if m["adjunit"].lower().startswith(k[:3]))
        else:
            raw = m["count"].lower().replace(",", ".")
            count = float(raw) if raw[0].isdigit() else _NUMBERS[raw]
            unit = next(v for k, v in _UNITS.items() if m["unit"].lower().startswith(k))
        mention.duration = (iso_duration(count, unit), m.start(), m.end())
        mention.used.update(tokens)
        return


# ---------------------------------------------------------------- status

def _tense_status(s: Sentences, verb: int) -> Optional[str]:
    tense = s.tokens[verb].feats.get("Tense")
    if s.tokens[verb].feats.get("VerbForm") == "Inf" or tense is None:
        return None
    return {"Fut": "planned", "Past": "past", "Pres": "ongoing"}.get(tense)


def clause_status(s: Sentences, mention: EventMention, verb: Optional[int], triggers: set[int]) -> None:
    """planned | past | ongoing, from (in order of trust) the words that announce or look back on the
    event, the tense of the verb that holds it (or of a clause that happens at it), its dates against
    the publication date, and last the tense of the clause that merely speaks of it."""
    trigger = mention.trigger
    sentence = s.sentence_range(trigger)
    for m in lexicon.SOON.finditer(s.article.text, s.tokens[sentence.start].start,
                                   s.tokens[sentence.stop - 1].end):
        tokens = s.analysis.tokens_in(m.start(), m.end())
        if tokens and any(in_scope(s, k, trigger, verb, triggers) for k in tokens):
            mention.status = "planned"
            mention.used.update(tokens)
            return
    # The trigger's own modifiers (`прошедшие`, `предстоящий`, `которая пройдет`), the noun it
    # depends on (`итоги переговоров`), its verb and the verbs that verb is the infinitive of
    # (`намерены провести`, `рассчитывает встретиться`).
    near = [c for c in s.children[trigger] if s.tokens[c].rel in ("amod", "acl", "acl:relcl", "det")]
    head = s.head[trigger]
    if head >= 0 and s.tokens[trigger].rel == "nmod":
        near.append(head)
    chain, k = [], verb
    while k is not None and k >= 0 and len(chain) < 4:
        chain.append(k)
        k = s.head[k] if s.tokens[k].rel in ("xcomp", "csubj", "obj", "ccomp") \
            and not s.is_clause_verb(k) or s.tokens[k].feats.get("VerbForm") == "Inf" else None
    for k in near + ([] if mention.attended else chain):
        lemma = s.lemma(k)
        status = "planned" if lemma in lexicon.PLANNED_WORDS else "past" if lemma in lexicon.PAST_WORDS else None
        if status:
            mention.status = status
            mention.used.add(k)
            return
    tensed = [c for c in near if s.tokens[c].pos in ("VERB", "AUX")]
    if mention.holds or mention.attended or s.tokens[trigger].pos == "VERB":
        tensed += chain
    for k in tensed:
        status = _tense_status(s, k)
        if status is not None:
            if status == "ongoing" and mention.dates:
                status = _by_date(s, mention) or status
            mention.status = status
            mention.used.add(k)
            return
    mention.status = _by_date(s, mention)
    if mention.status is None:
        k = s.head[trigger]
        while k >= 0 and not s.is_clause_verb(k):
            k = s.head[k]
        if k >= 0 and s.tokens[k].feats.get("Tense") == "Past":
            mention.status = "past"  # `прокомментировала переговоры`: spoken of as done


def _by_date(s: Sentences, mention: EventMention) -> Optional[str]:
    published = (s.article.published or "")[:10]
    dated = [d for d in mention.dates if d.from_ and d.to]
    if not published or not dated:
        return None
    date = dated[0]
    if date.from_ > published:
        return "planned"
    if date.to < published:
        return "past"
    return None


# ---------------------------------------------------------------- one mention

def read_mention(s: Sentences, trigger: int, kind: str, triggers: set[int]) -> EventMention:
    mention = EventMention(kind, trigger, s.tokens[trigger].sentence)
    mention.used.add(trigger)
    if s.tokens[trigger].pos == "VERB":
        verb = trigger
        _verb_parties(s, mention)
    else:
        verb = governing_verb(s, trigger)
        _noun_parties(s, mention, verb)
    clause_places(s, mention, verb, triggers)
    clause_dates(s, mention, verb, triggers)
    clause_duration(s, mention, verb, triggers)
    clause_status(s, mention, verb, triggers)
    _unique(mention)
    return mention


def _unique(mention: EventMention) -> None:
    seen, parties = set(), []
    for p in mention.participants:
        key = (p.start, p.end, p.name)
        if key not in seen and not (mention.place and (p.start, p.end) == (mention.place.start, mention.place.end)):
            seen.add(key)
            parties.append(p)
    mention.participants = parties


def _attendees(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """Who was at an event the clause happens at: its active subject, when that names a person or an
    organisation itself (`на заседании ... заявил председатель Рады Владимир Литвин`), not when a
    name only sits deep in it (`причины роста инфляции на Украине обсуждались`)."""
    subjects = [c for c in s.children[verb] if s.tokens[c].rel == "nsubj"]
    if not subjects:
        return []
    subject = subjects[0]
    heads = {subject} | {c for c in s.children[subject] if s.tokens[c].rel in ("appos", "flat:name", "flat", "conj")}
    parties = _subject_parties(s, verb, mention)
    return [p for p in parties if p.type in ("PER", "ORG") and
            any(s.name_at[h] is not None and (s.name_at[h].start, s.name_at[h].end) == (p.start, p.end)
                for h in heads)]


def _subject_parties(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """The parties of a verb's subject; `которые` stands for the noun its clause is attached to."""
    # An infinitive takes the subject of the verb it depends on (`намерены провести переговоры`).
    k = verb
    while s.tokens[k].feats.get("VerbForm") == "Inf" and s.tokens[k].rel in ("xcomp", "obj", "ccomp") \
            and s.head[k] >= 0:
        k = s.head[k]
    for c in s.children[k]:
        if s.tokens[c].rel not in ("nsubj", "nsubj:pass"):
            continue
        if s.lemma(c) == "который" and s.tokens[k].rel.startswith("acl") and s.head[k] >= 0:
            antecedent = s.head[k]
            parties, used = phrase_parties(s, antecedent, stop_at=s.subtree(k)[0])
        else:
            parties, used = phrase_parties(s, c)
        mention.used.update(used)
        return parties
    return _subject_before(s, k, mention)


def _subject_before(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """A subject the parser missed, read linearly: the noun phrase just before the verb, back to the
    start of its clause (`... посол Италии в Грузии Виторио Сандали встретился`)."""
    segment = s.segment(verb)
    j = verb
    while j > segment.start:
        k = j - 1
        token = s.tokens[k]
        if s.name_at[k] is not None or token.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ") \
                or token.text in "«»\"“”":
            j = k
        elif token.pos == "ADP" and k + 1 < verb and s.name_at[k + 1] is not None:
            j = k  # `посол Италии в Грузии`
        else:
            break
    conjuncts = _split(s, [k for k in range(j, verb) if not _place_word(s, k)])
    parties = [p for p in parties_of(s, conjuncts) if s.case(p.token) in ("Nom", None)]
    if parties:
        mention.used.update(range(j, verb))
        return parties
    return _subject_after(s, verb, mention)


def _subject_after(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """An inverted subject the parser missed: `прибудут также его дочь Лиза и мать Раиса`."""
    segment = s.segment(verb)
    j = verb + 1
    while j < segment.stop and s.tokens[j].pos in ("ADV", "PART", "PRON") and s.name_at[j] is None:
        j += 1
    k = j
    while k < segment.stop and (s.name_at[k] is not None or s.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "DET",
                                                                               "NUM", "CCONJ")):
        k += 1
    parties = [p for p in parties_of(s, _split(s, list(range(j, k)))) if s.case(p.token) in ("Nom", None)]
    if parties:
        mention.used.update(range(j, k))
    return parties


def _place_word(s: Sentences, k: int) -> bool:
    """Part of a `в`/`на` place phrase inside a noun phrase (`посол Италии в Грузии`)."""
    if s.tokens[k].pos == "ADP":
        return True
    first = s.name_tokens(s.name_at[k])[0] if s.name_at[k] is not None else k
    return first > 0 and s.tokens[first - 1].pos == "ADP"


def _verb_parties(s: Sentences, mention: EventMention) -> None:
    verb = mention.trigger
    mention.participants.extend(_subject_parties(s, verb, mention))
    for c in s.children[verb]:
        preposition = next((k for k in s.children[c] if s.tokens[k].rel == "case"), None)
        if s.tokens[c].rel in ("obl", "obj", "iobj", "nmod") and preposition is not None \
                and s.low(preposition) in ("с", "со", "между"):
            mention.participants.extend(chain_after(s, preposition, "Ins", mention))
    if s.lemma(verb) in lexicon.HOSTING_VERBS:
        guest = _hosted_guest(s, verb)
        if guest is not None:
            mention.participants.extend(chain_after(s, _phrase_start(s, guest), "Acc", mention))
    elif mention.kind == "visit":
        for c in s.children[verb]:
            name = s.name_at[c]
            if s.tokens[c].rel == "obj" and name is not None and name.type in ("LOC", "ORG"):
                mention.place = Party(name.start, name.end, name.type, token=c)
                mention.used.add(c)


def _phrase_start(s: Sentences, head: int) -> int:
    """The first token of a noun phrase ending in `head`, its adjectives and determiners included."""
    j = head
    while j - 1 >= 0 and s.tokens[j - 1].pos in ("ADJ", "DET") and s.head[j - 1] == head:
        j -= 1
    return j


def _noun_parties(s: Sentences, mention: EventMention, verb: Optional[int]) -> None:
    trigger = mention.trigger
    token = s.tokens[trigger]
    for c in s.children[trigger]:  # `российско-американские переговоры`
        if s.tokens[c].rel == "amod" and s.tokens[c].pos == "ADJ":
            adjective = s.tokens[c]
            for name in lexicon.country_of_adjective(adjective.text):
                mention.participants.append(Party(adjective.start, adjective.end, "LOC", name=name, token=c))
                mention.used.add(c)
    after = chain_after(s, trigger + 1, "Gen", mention)
    mention.participants.extend(after)
    own = any(p.joined is None for p in after)  # `встреча Путина и Макрона`, not `встреча с Макроном`
    mention.generic = _generic(s, trigger) or _interview(s, after)
    mention.complemented = _complemented(s, trigger)
    if verb is not None:
        lemma = s.lemma(verb)
        finite = s.is_clause_verb(verb) and s.tokens[verb].feats.get("VerbForm") != "Inf"
        if lemma in lexicon.HAPPENING_VERBS and token.rel in ("nsubj", "conj"):
            mention.happens, mention.holds = finite, True
            mention.used.add(verb)
        elif lemma in lexicon.HOLDING_VERBS and token.rel in ("obj", "obl", "conj", "nsubj:pass"):
            mention.happens, mention.holds = finite, True
            mention.used.add(verb)
            mention.participants.extend(_subject_parties(s, verb, mention))
        elif _attended(s, trigger):
            mention.attended = True
            if not own:
                mention.participants.extend(_attendees(s, verb, mention))
    elif not own and token.rel == "nmod" and s.head[trigger] >= 0:
        # `по итогам переговоров Лавров сообщил`, `в рамках визита ... подписали`
        holder = s.head[trigger]
        outer = governing_verb(s, holder)
        if outer is not None and _attended(s, holder, through=True):
            mention.attended = True
            mention.participants.extend(_attendees(s, outer, mention))


# Who an interview is given to: `в беседе с корреспондентом`; not a meeting between parties.
PRESS_NOUNS = {"корреспондент", "журналист", "репортер", "репортёр", "пресса", "сми", "издание",
               "газета", "агентство", "телеканал", "радиостанция"}


def _interview(s: Sentences, parties: list[Party]) -> bool:
    """`беседа с корреспондентом «Голоса Америки»`, `встреча с журналистами`."""
    return any(p.joined and (s.lemma(p.token) in PRESS_NOUNS or
                             (p.token > 0 and s.lemma(p.token - 1) in PRESS_NOUNS)) for p in parties)


def _complemented(s: Sentences, trigger: int) -> bool:
    """Whether the trigger has a complement of its own that the rules could not read (`визит на острова
    ...`, `встреча выпускников`): such a mention names some event, not necessarily the last one."""
    for c in s.children[trigger]:
        if s.tokens[c].rel != "nmod" or c in s.date_at:
            continue
        words = s.case_words(c)
        if not words or words[0] not in TOPIC_PREPOSITIONS | {"по"}:
            return True
    return False


def _attended(s: Sentences, noun: int, through: bool = False) -> bool:
    """`в ходе визита`, `на встрече`, `по итогам переговоров`: the clause's subject was there.
    With `through`, `noun` is the frame's own noun (`итогам` in `по итогам переговоров`)."""
    words = s.case_words(noun)
    if through:
        return words[:1] + (s.lemma(noun),) in lexicon.ATTENDANCE_FRAMES
    return words[:1] == ("на",) or words[:2] in lexicon.ATTENDANCE_FRAMES


def _generic(s: Sentences, trigger: int) -> bool:
    words = s.case_words(trigger)
    if words[:1] and words[0] in lexicon.GENERIC_PREPOSITIONS:
        return True
    head = s.head[trigger]
    return s.tokens[trigger].rel == "nmod" and head >= 0 and s.lemma(head) in lexicon.GENERIC_HEADS


def find_mentions(article: Article) -> tuple[Sentences, list[EventMention]]:
    """Every event mention of the article's analysed text, in text order."""
    s = Sentences(article)
    found: dict[int, str] = {}
    for i, token in enumerate(s.tokens):
        if token.pos not in ("NOUN", "PROPN", "VERB") or not _maybe_trigger(token.text):
            continue
        kind = trigger_kind(s, i)
        if kind is not None:
            found[i] = kind
    triggers = set(found)
    return s, [read_mention(s, i, kind, triggers) for i, kind in sorted(found.items())]


# A cheap test of a word before its lemma is looked up: most tokens are not events.
_STEMS = re.compile(r"переговор|консультац|встре[чт]|бесед|аудиенц|свидан|визит|посе[тщ]|турне|саммит|"
                    r"заседан|совещан|пленум|пресс-|брифинг|разговор|созвон|побыва|повида|принима|"
                    r"принял|приня|говор|поговор|разговар|побесед", re.I)


def _maybe_trigger(word: str) -> bool:
    return bool(_STEMS.match(word))
