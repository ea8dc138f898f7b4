"""Who takes part: the parties a phrase names, read from the parse where it holds and linearly where
news syntax defeats it (long descriptor chains before a name, inverted or missed subjects).

A phrase is split into conjuncts (`Россия и США`, `Рябкова и заместитель госсекретаря США Уэнди
Шерман`); each conjunct gives one party: the person it names, else a person named only by office
(`с послом Италии`: the entities may know who), else its organisation or place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .. import morph
from ..analysis import Name
from ..entities import entity_at
from ..entities.lexicon import (CIRCUMSTANCE_NOUNS, COUNTRY_BY_ADJECTIVE, PERSONAL_PRONOUNS, PLACE_KINDS, STREET_KINDS,
                                Country)
from ..entities.normal import country_of
from . import lexicon
from .found import EventMention, Party
from .sentences import Sentences

COORDINATORS = {"и", ","}
QUOTES_AND_COLONS = {":", "«", "»", '"', "“", "”", "„"}


def hosted_guest(s: Sentences, verb: int) -> Optional[int]:
    """The person a `принять`/`принимать` verb receives: its animate accusative object, read linearly
    (`принимает в Белом доме своего французского коллегу Николя Саркози`)."""
    segment = s.segment(verb)
    for j in range(verb + 1, segment.stop):
        token = s.tokens[j]
        if s.is_clause_verb(j):
            return None
        if token.pos in ("NOUN", "PROPN") and _accusative(s, j):
            if s.lemma(j) in lexicon.GUEST_GROUPS or (token.feats.get("Animacy") == "Anim"
                                                      and _names_person(s, j, segment.stop)):
                return j
            return None
    return None


def _names_person(s: Sentences, first: int, stop: int) -> bool:
    """Whether the noun phrase from `first` names a person (`коллегу Николя Саркози`, `Путина`)."""
    for j in range(first, stop):
        name = s.name_at[j]
        if name is not None and name.type == "PER":
            return s.case(j) is None or _accusative(s, j)
        if s.tokens[j].pos not in ("NOUN", "PROPN", "ADJ", "DET") and name is None:
            return False
    return False


def _accusative(s: Sentences, j: int) -> bool:
    """Whether a noun is in the accusative, as the tagger reads it or as an animate noun's accusative that
    reads as its genitive may be (`принял президента Египта`)."""
    case = s.tokens[j].feats.get("Case")
    return case == "Acc" or (case == "Gen" and s.tokens[j].feats.get("Animacy") == "Anim")


# ---------------------------------------------------------------- participants

@dataclass
class _Conjunct:
    preposition: Optional[str]
    tokens: list[int] = field(default_factory=list)


def parties_of(s: Sentences, conjuncts: list[_Conjunct]) -> list[Party]:
    """One party per conjunct: its person if it names one (`замглавы МИД России Рябкова` → Рябков),
    else its first organisation or place; conjuncts that only describe a person's office (`министрами
    иностранных дел России`) give way when another conjunct on their side names a person (not the partner
    of `встреча Путина с президентом Египта`)."""
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
        missed = [j for j in conjunct.tokens if s.tokens[j].pos == "PROPN" and s.name_at[j] is None
                  and s.tokens[j].feats.get("Animacy") == "Anim"]
        if missed and not names:  # a person's name the tagger missed (`Путин встретился ...`)
            first = last = missed[-1]
            while first - 1 in conjunct.tokens and s.tokens[first - 1].pos == "PROPN":
                first -= 1
            picked.append((Party(s.tokens[first].start, s.tokens[last].end, "PER", token=first,
                                 joined=conjunct.preposition), False))
            continue
        office = next((j for j in conjunct.tokens if _person_noun(s, j)), None)
        if office is not None and (not names or office < s.name_tokens(names[0])[0]):
            # `с послом Италии`: a person named by office. The entities may know who; if not, the
            # country or organisation the office is of stands for them (`президенты России и Франции`).
            last = conjunct.tokens[-1]
            of = Party(names[0].start, names[0].end, names[0].type, token=s.name_tokens(names[0])[0],
                       joined=conjunct.preposition) if names else _country_by_adjective(s, conjunct, office)
            picked.append((Party(s.tokens[office].start, s.tokens[last].end, "PER", token=office,
                                 unnamed=True, joined=conjunct.preposition, office_of=of), True))
        elif not names and len(conjunct.tokens) == 1 and s.lemma(conjunct.tokens[0]) in lexicon.BODY_KINDS:
            j = conjunct.tokens[0]  # `на заседании парламента`: the body of that kind the text named
            picked.append((Party(s.tokens[j].start, s.tokens[j].end, "ORG", token=j, joined=conjunct.preposition,
                                 described=True), True))
        elif names and (countries := _countries_sent(s, names[0], conjunct.preposition)):
            picked.extend((country, False) for country in countries)
        elif names:
            name = names[0]
            first = s.name_tokens(name)[0]
            described = any(s.tokens[j].pos == "NOUN" and s.name_at[j] is None and j < first
                            for j in conjunct.tokens)
            picked.append((Party(name.start, name.end, name.type, token=first, joined=conjunct.preposition),
                           described))
    for n in range(1, len(picked)):  # `президенты России и Франции`: Франции's president too
        previous, party = picked[n - 1][0], picked[n][0]
        if previous.unnamed and previous.office_of is not None and not party.unnamed and party.type != "PER":
            picked[n] = (Party(party.start, party.end, "PER", token=party.token, unnamed=True,
                               joined=party.joined, office_of=party), True)
            if party.type == "LOC" and (country := _country_within(s, previous.office_of)) is not None:
                previous.office_of = country  # `глав МИД России, США и Германии`: of countries, all of them
    named = {p.joined for p, _ in picked if p.type == "PER" and not p.unnamed}  # on the same side only:
    picked = [(p, d) for p, d in picked if (p.type == "PER" and not p.unnamed) or not d or p.joined not in named]
    return [p for p, _ in picked]


def _countries_sent(s: Sentences, name: Name, joined: Optional[str]) -> list[Party]:
    """`делегаций США и Ирана`, `российская делегация`: the countries an organisation's name says a delegation
    acts for (`delegation_nouns.txt`), by their names in it or their adjectives; none for any other name."""
    tokens = s.name_tokens(name)
    if name.type != "ORG" or not any(s.lemma(j) in lexicon.DELEGATION_NOUNS for j in tokens):
        return []
    found: list[Party] = []
    for j in tokens:
        entity = entity_at(s.article, s.tokens[j].start, s.tokens[j].end)
        mention = next((m for m in entity.mentions if m.start <= s.tokens[j].start < m.end), None) \
            if entity is not None and entity.type == "LOC" else None
        if mention is not None and not any(p.start == mention.start for p in found):
            found.append(Party(mention.start, mention.end, "LOC", token=j, joined=joined))
        elif s.tokens[j].pos == "ADJ":
            found.extend(Party(s.tokens[j].start, s.tokens[j].end, "LOC", name=country, token=j, joined=joined)
                         for country in lexicon.country_of_adjective(s.lemma(j)))
    return found


def _country_by_adjective(s: Sentences, conjunct: _Conjunct, office: int) -> Optional[Party]:
    """`со своим иранским коллегой`, `с американским послом`: the one country an adjective of a partner's office
    names, as `с послом Италии` names Италия; else None. Not of one struck or tried (`убийство российского посла`,
    `приговор украинским гражданам`): a person of that country, not the country."""
    if conjunct.preposition not in ("с", "со"):
        return None
    for j in conjunct.tokens:
        countries = lexicon.country_of_adjective(s.lemma(j)) if s.tokens[j].rel == "amod" \
            and s.tokens[j].head == office else []
        if len(countries) == 1:
            return Party(s.tokens[j].start, s.tokens[j].end, "LOC", name=countries[0], token=j,
                         joined=conjunct.preposition)
    return None


def _country_within(s: Sentences, body: Party) -> Optional[Party]:
    """The country an organisation's name ends in (`МИД России`), or None."""
    if body.type != "ORG":
        return None
    last = s.analysis.tokens_in(body.start, body.end)[-1]
    country = country_of(s.analysis, last, last + 1)
    return Party(s.tokens[last].start, s.tokens[last].end, "LOC", name=country.name, token=last) if country else None


def _person_noun(s: Sentences, j: int) -> bool:
    """A common noun for a person (`послом`, `Президенты` at the start of a sentence, tagged a name)."""
    token = s.tokens[j]
    if s.name_at[j] is not None or token.pos not in ("NOUN", "PROPN"):
        return False
    if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim":
        return True
    return morph.has_grammeme(token.text.lower(), "anim", 0.3)


def _split(s: Sentences, tokens: list[int]) -> list[_Conjunct]:
    conjuncts = [_Conjunct(None)]
    for j in tokens:
        if s.name_at[j] is None and s.low(j) in COORDINATORS:
            conjuncts.append(_Conjunct(conjuncts[-1].preposition))
        elif s.tokens[j].pos != "PUNCT":
            conjuncts[-1].tokens.append(j)
    return [c for c in conjuncts if c.tokens]


PLACE_PREPOSITIONS = ("в", "во", "на", "под", *sorted(lexicon.NEAR_PREPOSITIONS))


def phrase_parties(s: Sentences, head: int, stop_at: Optional[int] = None,
                   without: tuple[int, ...] = ()) -> tuple[list[Party], list[int]]:
    """The parties a noun phrase names (a subject: `Россия и США`, `глава ОАО «Газпром» Алексей Миллер
    и министр энергетики Белоруссии Александр Озерец`), relative clauses and appositions of events left
    out, and the phrases of the head's children `without`."""
    subtree = set(s.subtree(head))
    first = last = head  # the unbroken run around the head: a parse may hang far words on it
    while first - 1 in subtree:
        first -= 1
    aside: set[int] = set()  # `Nord Stream AG (владеет газопроводом) и Nord Stream 2 AG`: a parenthesis the
    while True:  # parse hung elsewhere, inside the phrase
        while last + 1 in subtree and (stop_at is None or last + 1 < stop_at):
            last += 1
        close = _parenthesis_after(s, last)
        if close is None or close + 1 not in subtree or (stop_at is not None and close + 1 >= stop_at):
            break
        aside.update(range(last + 1, close + 1))
        last = close
    tokens = [j for j in range(first, last + 1) if j not in aside]
    for c in s.children[head]:
        if s.tokens[c].rel.startswith("acl") or s.tokens[c].rel in ("parataxis", "orphan") or c in without \
                or case_label(s, c):  # an orphan is the next remnant of a clause without its verb (`_gapped`)
            dropped = set(s.subtree(c))
            tokens = [j for j in tokens if j not in dropped]
    kept = [j for j in tokens if not _placed_within(s, j, head)]
    return parties_of(s, _split(s, kept)), tokens


def _parenthesis_after(s: Sentences, j: int) -> Optional[int]:
    """The closing bracket of a parenthesis that opens right after token j, within its sentence, or None."""
    if j + 1 >= len(s.tokens) or s.tokens[j + 1].text != "(":
        return None
    return next((k for k in s.sentence_range(j + 1) if k > j + 1 and s.tokens[k].text == ")"), None)


def _placed_within(s: Sentences, j: int, head: int) -> bool:
    """A place named where someone is or something happened, inside a party's phrase (`виновных в
    катастрофе на аэродроме Скнылив`, `посольства США в Москве`, `неизвестных к северу от Багдада`): a place, not
    a party."""
    name = s.name_at[j]
    if name is None or name.type != "LOC":
        return False
    k = j
    while k >= 0 and k != head:
        if s.case_words(k)[:1] and s.case_words(k)[0] in PLACE_PREPOSITIONS or _bearing(s, k):
            return True
        k = s.tokens[k].head
    return False


def _bearing(s: Sentences, k: int) -> bool:
    """`к северу от Багдада`, `к востоку от Дамаска`: where something lies from a place (`place_parts.txt`)."""
    return s.case_words(k)[:1] == ("к",) and s.lemma(k) in lexicon.PLACE_PARTS


def relative_parties(s: Sentences, pronoun: int) -> tuple[list[Party], list[int]]:
    """The parties `который` stands for: the noun phrase its clause is attached to (`Меркель, с
    которой встретился Путин`, `Россия, которая провела переговоры`), else the one that ends before the
    clause's comma, if it agrees (`_antecedent_before`)."""
    verb = s.tokens[pronoun].head
    while verb >= 0 and s.tokens[verb].feats.get("VerbForm") == "Inf" and s.tokens[verb].rel in ("xcomp", "obj") \
            and s.tokens[verb].head > verb:
        verb = s.tokens[verb].head  # `провести переговоры с которыми взялся Китай`: the verb the clause is
    if verb < 0 or not s.tokens[verb].rel.startswith("acl") or s.tokens[verb].head < 0:
        return _antecedent_before(s, pronoun)
    return phrase_parties(s, s.tokens[verb].head, stop_at=s.subtree(verb)[0])


def _antecedent_before(s: Sentences, pronoun: int) -> tuple[list[Party], list[int]]:
    """A relative clause the parse did not attach to its noun: `который` stands for the noun phrase that ends
    just before the clause's comma, when the two agree in number and gender (`территорию Казахстана и
    Узбекистана, провести переговоры с которыми взялся Китай`)."""
    sentence = s.sentence_range(pronoun)
    comma = next((j for j in range(pronoun - 1, sentence.start, -1) if s.tokens[j].text == ","), None)
    if comma is None or s.tokens[comma - 1].pos not in ("NOUN", "PROPN"):
        return [], []
    last = top = comma - 1
    while s.tokens[top].rel == "conj" and 0 <= s.tokens[top].head < top:
        top = s.tokens[top].head  # `Казахстана и Узбекистана`: from the first of them
    feats, own = s.tokens[pronoun].feats, s.tokens[top].feats
    number = "Plur" if top != last else own.get("Number")
    if feats.get("Number") != number or (number == "Sing" and feats.get("Gender") != own.get("Gender")):
        return [], []
    return phrase_parties(s, top, stop_at=comma)


def chain_after(s: Sentences, start: int, case: Optional[str], mention: EventMention) -> list[Party]:
    """The parties named by the phrase that starts at token `start`, read left to right: genitives after
    a noun (`переговоры Рябкова и Шерман`), or a `с`/`между` phrase (`встреча с Путиным`). A place
    phrase inside it (`переговоры в Женеве Лаврова ...`) is noted as the mention's place.

    The first conjunct must be in `case` (or the case its preposition governs); later ones are taken
    as they come, since coordination carries on past a misspelt case."""
    if start >= len(s.tokens):  # the trigger ends the text: nothing follows it
        return []
    if s.low(start) in ("с", "со", "между") and start + 1 < len(s.tokens) and s.lemma(start + 1) == "который":
        parties, used = relative_parties(s, start + 1)  # `Меркель, с которой встретился Путин`
        for party in parties:
            party.joined = s.low(start)
        mention.used.update(used)
        return parties
    if s.low(start) in ("с", "со", "между") and start + 1 < len(s.tokens) and s.tokens[start + 1].pos == "PRON" \
            and s.lemma(start + 1) in PERSONAL_PRONOUNS:  # `провел с ним переговоры`: whom the entities resolve
        pronoun = _pronoun_party(s, start + 1)
        parties = [pronoun] if pronoun is not None else _named_together(s, start + 1)
        for party in parties:
            party.joined = s.low(start)
        mention.used.add(start + 1)
        return parties
    sentence = s.sentence_range(start)
    conjuncts = [_Conjunct(None)]
    j = start
    while j < sentence.stop:
        token, low = s.tokens[j], s.low(j)
        name = s.name_at[j]
        if name is not None:
            if name.type == "PER" and any((named := s.name_at[k]) is not None and named.type == "PER"
                                          for k in conjuncts[-1].tokens):
                break  # `в ходе переговоров с госсекретарем Блинкеном Лавров заявил`: the clause's subject
            conjuncts[-1].tokens.extend(s.name_tokens(name))
            j = s.name_tokens(name)[-1] + 1
            continue
        if j in s.date_at:
            j += 1
            continue
        if token.pos == "ADP":
            if j + 1 < sentence.stop and (low, s.lemma(j + 1)) in lexicon.PARTICIPATION_FRAMES | lexicon.DOER_FRAMES:
                break  # `встреча глав МИД ... с участием Соланы`, `обстрел со стороны ВСУ`: read apart
            if low in ("с", "со", "между"):
                conjuncts.append(_Conjunct(low))
            elif j + 1 < sentence.stop and (low, s.lemma(j + 1)) in lexicon.VENUES:
                conjuncts.append(_Conjunct(low))  # `консультации на площадке ОБСЕ`
                j += 2
                continue
            elif low in ("в", "во", "на"):
                place = place_phrase(s, j)
                if place is None and low == "на" and j + 1 < sentence.stop and s.case(j + 1) == "Acc" \
                        and (mention.kind, "target") in lexicon.ROLES:
                    break  # `нападение на министра Заура Тутова`: what it is aimed at (`noun_target_parties`)
                if place is None and j + 1 < sentence.stop and s.lemma(j + 1) in CIRCUMSTANCE_NOUNS:
                    break  # `митинг в поддержку Фургала`: whom it is for, no party to it
                if place is None:  # `визит на острова президента ...`: read on past the phrase
                    k = j + 1
                    while k < sentence.stop and s.name_at[k] is None and s.tokens[k].pos in ("NOUN", "ADJ") \
                            and s.case(k) in ("Acc", "Loc"):
                        k += 1
                    if k == j + 1:
                        break
                    j = k
                    continue
                if mention.place is None:
                    mention.place = place
                    mention.used.update(range(j, place.token + 1))
                j = place.token + 1 if (name := s.name_at[place.token]) is None else s.name_tokens(name)[-1] + 1
                if place.name and s.tokens[place.token].pos == "ADJ":  # `на московском проспекте Сахарова`
                    street = s.subtree(s.tokens[place.token].head)
                    if len(street) == street[-1] - street[0] + 1:  # unbroken: the street's name is in it
                        j = max(j, street[-1] + 1)
                if j < sentence.stop and (within := country_of_place(s, place)) is not None and within.token == j:
                    j = s.analysis.tokens_in(within.start, within.end)[-1] + 1  # `в районе Ирака`: its country
                while j + 1 < sentence.stop and s.low(j) == "и" and (name := s.name_at[j + 1]) is not None \
                        and name.type == "LOC" and s.case(j + 1) == s.case(place.token):
                    j = s.name_tokens(name)[-1] + 1  # `в Харькове и Донецке`: places too
                if conjuncts[-1].tokens and j < sentence.stop and j not in s.subtree(mention.trigger):
                    break  # `после задержаний участников марша в Бресте Nexta добавил`: the next clause
                continue
            elif low == "от" and j + 1 < sentence.stop and (body := s.name_at[j + 1]) is not None \
                    and body.type in ("ORG", "LOC") and any((named := s.name_at[k]) is not None and named.type == "PER"
                                                            for k in conjuncts[-1].tokens):
                conjuncts.append(_Conjunct(conjuncts[-1].preposition))  # `Соланы от ЕС`: the body they are there for
            elif low in ("по", "при") and conjuncts[-1].tokens and _office_phrase(s, j, sentence.stop) \
                    and not case_label(s, j + 1):
                conjuncts[-1].tokens.append(j)  # `советника президента по национальной безопасности Флинна`
            else:
                break
        elif low in COORDINATORS or (low == "а" and j + 1 < sentence.stop and s.low(j + 1) == "также"):
            if _coordinated_with(s, j + 1, mention.trigger, sentence.stop):
                break  # `после ареста, следствия и суда`: nouns beside the trigger, not its genitives
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


def _coordinated_with(s: Sentences, start: int, trigger: int, stop: int) -> bool:
    """Whether the noun phrase from `start` is a common noun beside the trigger rather than under it,
    as the parse reads it: coordinated with it (`после ареста, следствия и суда`) or a sibling of it
    (`оценку этой кибератаки и возможной причастности РФ`)."""
    for j in range(start, stop):
        token = s.tokens[j]
        if token.pos not in ("ADJ", "DET", "NOUN") or s.name_at[j] is not None:
            return False
        if token.pos == "NOUN":
            coordinated = token.head == trigger and token.rel == "conj"
            return coordinated or (s.tokens[trigger].head >= 0 and token.head == s.tokens[trigger].head)
    return False


def case_label(s: Sentences, k: int) -> bool:
    """`по делу «Кировлеса»`, `по делу Yves Rocher`: the name a case goes by, no party to the event (unlike
    an office's `по делам СНГ`)."""
    return s.lemma(k) == "дело" and s.tokens[k].feats.get("Number") == "Sing" and s.case_words(k)[:1] == ("по",)


def case_parties(s: Sentences, trigger: int, mention: EventMention) -> list[Party]:
    """`вынес приговор по делу Ивана Сидорова`, `по делу бывшего губернатора Сергея Фургала`: the person a case
    goes by, in the trigger's clause, is its defendant (not a body: `по делу «Кировлеса»` names the case)."""
    found: list[Party] = []
    for k in s.subtree(trigger):
        up = s.tokens[k].head
        while up >= 0 and up != trigger and s.tokens[up].pos not in ("VERB", "AUX"):
            up = s.tokens[up].head
        if up != trigger or not case_label(s, k):
            continue
        found.extend(p for g in s.children[k] if s.tokens[g].rel == "nmod" and not s.case_words(g)
                     and s.case(g) in ("Gen", None) for p in slot_parties(s, g, mention, "case")
                     if p.type == "PER" and not p.unnamed)
    return found


def _office_phrase(s: Sentences, preposition: int, stop: int) -> bool:
    """Whether a prepositional phrase is part of an office before a name (`министра по делам СНГ
    Иванова`): a person's name follows it before anything else does."""
    for j in range(preposition + 1, min(preposition + 6, stop)):
        name = s.name_at[j]
        if name is not None and name.type == "PER" and s.tokens[j].pos == "PROPN":
            return True
        if s.tokens[j].pos not in ("NOUN", "ADJ", "PROPN") and name is None:
            return False
    return False


def _in_case(s: Sentences, conjunct: _Conjunct, case: str) -> bool:
    """Whether a phrase is in `case`: its first noun or its names (taggers misread indeclinable
    nouns such as `замглавы`, and foreign names)."""
    nouns = [j for j in conjunct.tokens if s.tokens[j].pos in ("NOUN", "PROPN")]
    if not nouns:
        return False
    named = [j for j in nouns if s.name_at[j] is not None]
    return any(s.case(j) in (case, None) or (case == "Acc" and _accusative(s, j))
               for j in nouns[:1] + named[:1] + named[-1:])


def names_a_court(s: Sentences, k: int) -> bool:
    """Is the token in a name that holds a court's noun (`президиум Мосгорсуда`)?"""
    name = s.name_at[k]
    return name is not None and any(s.lemma(j) in lexicon.COURT_NOUNS for j in s.name_tokens(name))


_PLACED_BY_ADJECTIVE = PLACE_KINDS | STREET_KINDS | lexicon.LOCATED_BODIES | lexicon.LOCAL_SITES


def place_phrase(s: Sentences, preposition: int) -> Optional[Party]:
    """`в Женеве`, `в Москву`, `в деревне Кострово`, `под Дамаском`, `близ Кабула`: a place name after
    `в`/`на`/`под` or a preposition of nearness, maybe after a noun that says what kind of place it is; the
    city or country of a street or a place that an adjective names (`на московском проспекте Сахарова`:
    Москва)."""
    if s.name_at[preposition] is not None:
        return _place_inside(s, preposition)
    sentence = s.sentence_range(preposition)
    cases = ("Ins", None) if s.low(preposition) == "под" else ("Gen", None) \
        if s.low(preposition) in lexicon.NEAR_PREPOSITIONS else ("Loc", "Acc", None)
    j, stop = preposition + 1, min(preposition + 4, sentence.stop)
    while j < stop:
        name = s.name_at[j]
        if name is not None:
            if names_a_court(s, j):
                return None  # `оспорит в Конституционном суде`: a court takes part, it is not a place
            if name.type in ("LOC", "ORG") and s.case(j) in cases:
                return Party(name.start, name.end, name.type, token=j)
            after = s.name_tokens(name)[-1] + 1
            if s.case(j) == "Gen" and s.lemma(j - 1) in PLACE_KINDS and after < sentence.stop \
                    and (following := s.name_at[after]) is not None and following.type == "LOC":
                j = after  # `в столице Австрии Вене`: the city, not the country it is the capital of
                stop = after + 1
                continue
            if name.type == "LOC" and s.case(j) == "Gen" and s.lemma(j - 1) in lexicon.PLACE_PARTS \
                    and s.case(j - 1) in cases:
                return Party(name.start, name.end, "LOC", token=j)  # `в центре Минска`: Минск
            country = country_of(s.analysis, j, after) if s.lemma(j - 1) == "столица" else None
            if country is not None and country.capital:  # `в столице Дании`: Копенгаген
                return Party(name.start, name.end, "LOC", name=_capital(country), token=j)
            return None
        if s.tokens[j].pos not in ("NOUN", "ADJ"):
            return None
        noun = next((k for k in range(j + 1, sentence.stop) if s.lemma(k) not in lexicon.REGION_LEVELS), sentence.stop)
        country = COUNTRY_BY_ADJECTIVE.get(s.lemma(j)) if s.tokens[j].pos == "ADJ" and noun < sentence.stop \
            and s.lemma(noun) == "столица" else None
        if country is not None and country.capital:  # `в российской столице`: Москва
            return Party(s.tokens[j].start, s.tokens[j].end, "LOC", name=_capital(country), token=j)
        if s.tokens[j].pos == "ADJ" and noun < sentence.stop and s.lemma(noun) in _PLACED_BY_ADJECTIVE \
                and (named := adjective_place(s, j)) is not None:
            return Party(s.tokens[j].start, s.tokens[j].end, "LOC", name=named, token=j)  # `на московском проспекте`,
            # `в самарской школе`, `в шведском суде`
        j += 1
    return None


def _capital(country: Country) -> str:
    """A country's capital as written (the lexicon holds it lower-case): `Нью-Дели`."""
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in (country.capital or "").split())


def adjective_place(s: Sentences, k: int) -> Optional[str]:
    """The place an adjective names: the city of a district court (`Басманный суд`: Москва), the region where a
    level adjective beside it says so (`Новосибирский областной суд`: Новосибирская область), else the
    adjective's own place (`новосибирский`: Новосибирск)."""
    head = s.tokens[k].head
    if head >= 0 and s.lemma(head) in lexicon.COURT_NOUNS and s.lemma(k) in lexicon.DISTRICT_COURTS:
        return lexicon.DISTRICT_COURTS[s.lemma(k)]
    level = next((s.lemma(c) for c in s.children[head] if s.tokens[c].rel == "amod"
                  and s.lemma(c) in lexicon.REGION_LEVELS), None) if head >= 0 else None
    return (lexicon.place_of_region(s.lemma(k), level) if level else None) or lexicon.place_of_adjective(s.lemma(k))


def _place_inside(s: Sentences, preposition: int) -> Optional[Party]:
    """`посольство Франции в Тель-Авиве`: a mission's name says where it is; the place is the one named
    after the `в` inside it."""
    j = preposition + 1
    if j >= len(s.tokens) or s.name_at[j] is not s.name_at[preposition]:
        return None
    token = s.tokens[j]
    entity = entity_at(s.article, token.start, token.end)
    mention = next((m for m in entity.mentions if m.start == token.start), None) \
        if entity is not None and entity.type == "LOC" else None
    return Party(mention.start, mention.end, "LOC", token=j) if mention is not None else None


def country_of_place(s: Sentences, place: Party) -> Optional[Party]:
    """The place a place is part of, in the genitive after it: `Курдском автономном районе Ирака`."""
    own = s.analysis.tokens_in(place.start, place.end)
    for c in (c for k in own for c in s.children[k] if c not in own and c > k):
        name = s.name_at[c]
        if name is not None and name.type == "LOC" and s.case(c) == "Gen":
            return Party(name.start, name.end, "LOC", token=s.name_tokens(name)[0])
    return None


def attendees(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """Who was at an event the clause happens at: its active subject, when that names a person or an
    organisation itself (`на заседании ... заявил председатель Рады Владимир Литвин`), not when a
    name only sits deep in it (`причины роста инфляции на Украине обсуждались`)."""
    subjects = [c for c in s.children[verb] if s.tokens[c].rel == "nsubj"]
    if not subjects:
        return []
    subject = subjects[0]
    heads = {subject} | {c for c in s.children[subject] if s.tokens[c].rel in ("appos", "flat:name", "flat", "conj")}
    parties = subject_parties(s, verb, mention)
    return [p for p in parties if p.type in ("PER", "ORG") and not _quoted_apart(s, p.token, mention.trigger)
            and any((name := s.name_at[h]) is not None and (name.start, name.end) == (p.start, p.end)
                    for h in heads)]


def _quoted_apart(s: Sentences, a: int, b: int) -> bool:
    """`на пресс-конференции ... заявил: «... Алексей Пукач ...»`: one is inside a quotation; the quotes of a
    name are no quotation (`На выборах «Единая Россия» набрала`)."""
    return any(s.tokens[j].text in QUOTES_AND_COLONS and not _of_a_name(s, j) for j in range(min(a, b) + 1, max(a, b)))


def _of_a_name(s: Sentences, j: int) -> bool:
    """Is the quote mark at j one of an organisation's name (`«Единая Россия»`)? People's names go unquoted: a
    quotation may begin with one (`«Алексей Пукач виновен»`)."""
    text = s.tokens[j].text
    inner = (j + 1,) if text in "«„“" else (j - 1,) if text in "»”" else (j - 1, j + 1) if text == '"' else ()
    return any(0 <= k < len(s.tokens) and (name := s.name_at[k]) is not None and name.type != "PER" for k in inner)


def subject_parties(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """The parties of a verb's subject; `которые` stands for the noun its clause is attached to."""
    # An infinitive takes the subject of the verb it depends on (`намерены провести переговоры`), or
    # its object when that verb has one (`запретил Навальному участвовать в выборах`).
    k = verb
    while s.tokens[k].feats.get("VerbForm") == "Inf" and s.tokens[k].rel in ("xcomp", "obj", "ccomp") \
            and s.tokens[k].head >= 0:
        infinitive, k = k, s.tokens[k].head
        controller = next((c for c in s.children[k] if c != infinitive and s.tokens[c].rel in ("obj", "iobj")
                           and s.case(c) in ("Dat", "Acc") and _someone(s, c)), None)
        if controller is not None:  # `не позволяло ему участвовать`: who `ему` is, if the entities know
            pronoun = _pronoun_party(s, controller)
            parties, used = ([pronoun], [controller]) if pronoun else phrase_parties(s, controller)
            mention.used.update(used)
            return parties
    noun = s.tokens[k].head
    if s.tokens[k].feats.get("VerbForm") == "Inf" and s.tokens[k].rel in ("nmod", "acl") and noun >= 0 \
            and s.lemma(noun) in lexicon.INTENTION_NOUNS and s.tokens[noun].rel in ("obj", "obl") \
            and s.tokens[noun].head >= 0 and s.tokens[s.tokens[noun].head].pos == "VERB" \
            and not any(s.tokens[c].rel in ("nmod", "det") and c < k and s.lemma(c) != "свой"
                        for c in s.children[noun]):
        k = s.tokens[noun].head  # `объявил о (своем) намерении участвовать`: who announced it takes part (not
        # whose plan `отвергли план Петрова провести` was)
    found: list[Party] = []
    outer: list[int] = []  # subjects the parse gave the verb across a clause opener
    for c in s.children[k]:  # all of them: a parse may split `Обама и ... президент Уго Чавес встретились`
        if s.tokens[c].rel not in ("nsubj", "nsubj:pass"):
            continue
        between = range(min(c, k) + 1, max(c, k))
        if any(s.tokens[j].pos == "SCONJ" and s.lemma(j) in lexicon.CLAUSE_OPENERS for j in between):
            outer.append(c)
            continue  # `посещал Донецк, несмотря на то, что Служба ...`: another clause's subject
        if s.lemma(c) == "который" and s.tokens[k].rel.startswith("acl") and s.tokens[k].head >= 0:
            parties, used = relative_parties(s, c)
        elif (pronoun := _pronoun_party(s, c)) is not None:
            parties, used = [pronoun], [c]
        elif (s.tokens[c].pos == "PRON" or s.lemma(c) in lexicon.BOTH_WORDS) and (together := _named_together(s, c)):
            parties, used = together, [c]
        else:
            parties, used = phrase_parties(s, c)
        mention.used.update(used)
        found.extend(parties)
    found = found or _subject_before(s, k, mention)
    unnamed = any(s.tokens[c].rel in ("nsubj", "nsubj:pass") and c not in outer for c in s.children[k])
    if not found and not unnamed and s.tokens[k].rel == "ccomp" and s.tokens[k].head >= 0:
        # (a subject of its own that names no one, `считают, что трое смогут участвовать`, is not the reporter)
        # `Путин заявил, что встретится с Байденом`: the subject of the clause that reports it, when they agree
        before = [c for c in outer if c < k]
        reporter = phrase_parties(s, before[0])[0] if before else subject_parties(s, s.tokens[k].head, mention)
        if _agrees(s, k, reporter):
            return reporter
    return found


def _agrees(s: Sentences, verb: int, parties: list[Party]) -> bool:
    """Whether a verb without a subject of its own agrees with the parties in number and gender, as
    their subject would (`Захарова сообщила, что встречался ...` does not)."""
    if not parties:
        return False
    feats = s.tokens[verb].feats
    if feats.get("Person") in ("1", "2"):
        return False
    first = s.tokens[parties[0].token].feats
    number = "Plur" if len(parties) > 1 else first.get("Number", "Sing")
    if feats.get("Number", number) != number:
        return False
    return len(parties) > 1 or first.get("Gender") is None or feats.get("Gender", first["Gender"]) == first["Gender"]


def _someone(s: Sentences, i: int) -> bool:
    """Whether a verb's object is a person or a body (`Навальному`, `России`, `ему`), not a thing."""
    return s.name_at[i] is not None or s.tokens[i].pos == "PRON" or s.tokens[i].feats.get("Animacy") == "Anim"


def _pronoun_party(s: Sentences, i: int) -> Optional[Party]:
    """A personal pronoun the entities resolve to a person (`он ездил в Мадрид встретиться ...`)."""
    token = s.tokens[i]
    if token.pos != "PRON" and morph.fold(token.text) not in lexicon.POSSESSIVES:
        return None
    entity = entity_at(s.article, token.start, token.end)
    if entity is None or entity.type != "PER" \
            or not any((m.start, m.end) == (token.start, token.end) for m in entity.mentions):
        return None
    return Party(token.start, token.end, "PER", token=i)


def possessor_parties(s: Sentences, noun: int, mention: EventMention) -> list[Party]:
    """`его задержание`, `их встреча`: a third-person pronoun before an event noun, in the genitive, is its
    genitive (the one detained, those who met), whom the entities resolve it to."""
    found: list[Party] = []
    for c in s.children[noun]:
        if c < noun and (s.tokens[c].pos == "PRON" and s.case(c) == "Gen" and s.lemma(c) in PERSONAL_PRONOUNS
                         or s.tokens[c].pos == "DET" and morph.fold(s.tokens[c].text) in lexicon.POSSESSIVES):
            pronoun = _pronoun_party(s, c)
            found.extend([pronoun] if pronoun is not None else [] if _people_before(s, c) else _named_together(s, c))
            mention.used.add(c)
    for party in found:
        party.slot = "genitive"
    return found


def _people_before(s: Sentences, i: int) -> bool:
    """`установления преступников и их задержания`: people of a common noun, in the plural, before a pronoun in its
    sentence, whom it more likely stands for than the people named together before."""
    return any(s.tokens[j].pos == "NOUN" and s.tokens[j].feats.get("Animacy") == "Anim"
               and s.tokens[j].feats.get("Number") == "Plur" for j in range(s.sentence_range(i).start, i))


def fills_office(s: Sentences, mention: EventMention, party: Party) -> bool:
    """`выборы мэра Москвы`: the office an election fills, named after it, is no one who takes part (not whoever
    holds it now, whom the entities may take it for); where it is of votes."""
    return mention.kind == "election" and party.slot == "genitive" and party.type == "PER" \
        and (party.unnamed or s.tokens[party.token].pos == "NOUN")


def _named_together(s: Sentences, i: int) -> list[Party]:
    """`они`, `их`, `ими`, `оба` for the people the text named together last before (`двое китайцев - Сю
    Чаофань и Сю Гуоцзюнь - ... признало их виновными`): the people of the latest coordination of
    names in the sentences before the pronoun's, none when the last person named stands alone."""
    plural = "Plur" if s.lemma(i) in lexicon.BOTH_WORDS else None
    if s.tokens[i].feats.get("Number", plural or lexicon.POSSESSIVES.get(morph.fold(s.tokens[i].text))) != "Plur" \
            or s.tokens[i].feats.get("Person", "3") != "3":
        return []
    sentence = s.sentence_range(i)
    last = next((j for j in range(sentence.start - 1, -1, -1)
                 if (name := s.name_at[j]) is not None and name.type == "PER"), None)
    person = s.name_at[last] if last is not None else None
    if last is None or person is None or s.tokens[last].sentence < s.tokens[i].sentence - 2:
        return []
    head = s.name_tokens(person)[0]
    while s.tokens[head].head >= 0 and s.name_at[s.tokens[head].head] is person:
        head = s.tokens[head].head
    top = head
    while s.tokens[top].rel == "conj" and s.tokens[top].head >= 0:
        top = s.tokens[top].head
    below = s.subtree(top)
    group = [top] + [c for c in below if s.tokens[c].rel == "conj" and s.tokens[c].head in below]
    names: list[Name] = []
    for j in group:
        name = s.name_at[j]
        if name is not None and name.type == "PER" and name not in names:
            names.append(name)
    if len(names) < 2:
        return []
    return [Party(n.start, n.end, "PER", token=s.name_tokens(n)[0]) for n in names]


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
    name = s.name_at[k]
    first = s.name_tokens(name)[0] if name is not None else k
    return first > 0 and s.tokens[first - 1].pos == "ADP"


def phrase_start(s: Sentences, head: int) -> int:
    """The first token of a noun phrase ending in `head`, its adjectives and determiners included."""
    j = head
    while j - 1 >= 0 and s.tokens[j - 1].pos in ("ADJ", "DET") and s.tokens[j - 1].head == head:
        j -= 1
    return j


# ---------------------------------------------------------------- parties by their part in the event

DESCRIBED_CASES = ("Gen",)


def slot_parties(s: Sentences, head: int, mention: EventMention, slot: str) -> list[Party]:
    """The parties of the phrase headed by `head`, in `slot`: its names (`Тверской районный суд
    Москвы`, `Владимира Воронцова`), else, for kinds whose parties are often unnamed, what the phrase
    describes (`израильские военные`, `охрану ночного клуба`, `посольство Франции`)."""
    if s.tokens[head].pos == "PRON" or s.lemma(head) in lexicon.BOTH_WORDS:  # (`приговорил обоих`)
        found = [pronoun] if (pronoun := _pronoun_party(s, head)) is not None else _named_together(s, head)
        for party in found:
            party.slot = slot
        return found
    # `суд над Навальным`, `удар по аэропорту`: what the phrase is aimed at is a target of its own
    aimed = tuple(c for c in s.children[head] if s.tokens[c].rel == "nmod" and _targeting(s, c, s.case_words(c))) \
        if mention.kind in lexicon.DESCRIBED_KINDS and slot != "target" else ()
    parties, used = phrase_parties(s, head, without=aimed)
    named = any(p.type == "PER" and not p.unnamed for p in parties) and not _people_of_someone(s, head)
    if mention.kind in lexicon.DESCRIBED_KINDS and not named and (body := _body_of_members(s, head)) is not None:
        mention.used.update(used)
        return slot_parties(s, body, mention, slot) + [p for c in aimed for p in slot_parties(s, c, mention, "target")]
    if mention.kind in lexicon.DESCRIBED_KINDS and _a_group(s, head) and not _named_as(s, head) and not named:
        first, last = _described(s, head)
        parties = [Party(s.tokens[first].start, s.tokens[last].end, "ORG", token=head, described=True)]
        used = list(range(first, last + 1))
    for party in parties:
        party.slot = slot
    mention.used.update(used)
    return parties + [p for c in aimed for p in slot_parties(s, c, mention, "target")]


def _people_of_someone(s: Sentences, head: int) -> bool:
    """`сторонники Навального`, `родственников погибшего Петрова`: people a noun in the plural tells by the person
    its genitive names, who are not that person; unlike a title in apposition (`замглавы МИД Рябкова`)."""
    token = s.tokens[head]
    if token.pos != "NOUN" or s.name_at[head] is not None or token.feats.get("Number") != "Plur" \
            or token.feats.get("Animacy") != "Anim" or s.case(head) == "Gen":
        return False
    people = [k for k in s.subtree(head) if (name := s.name_at[k]) is not None and name.type == "PER"
              and k == s.name_tokens(name)[0]]
    return bool(people) and all(s.case(k) == "Gen" for k in people)


def _body_of_members(s: Sentences, head: int) -> Optional[int]:
    """`сотрудники ФСБ`, `бойцы ВСУ`, `два сотрудника полиции Берлина`: the body that people named as acting for
    it (`member_nouns.txt`) stand for, its genitive when it names one or is a body's noun; else None. One of them
    is a person (`похитили члена УИК`), not the body."""
    if s.lemma(head) not in lexicon.MEMBER_NOUNS or s.name_at[head] is not None or (
            s.tokens[head].feats.get("Number") != "Plur"
            and not any(s.tokens[c].rel.startswith("nummod") for c in s.children[head])):
        return None
    return next((c for c in s.children[head] if s.tokens[c].rel == "nmod" and not s.case_words(c) and c not in s.date_at
                 and ((name := s.name_at[c]) is not None and name.type in ("ORG", "LOC")  # `«Гринпис»`: any case
                      or s.case(c) == "Gen" and _a_group(s, c))), None)


def _named_as(s: Sentences, head: int) -> bool:
    """Whether a group's noun, or the group's it is of, has its own name beside it (`группировка «Исламское
    государство»`, `боевики группировки «Аль-Шабаб»`): the group is named, unlike one the name only places or
    owns (`полиция Берлина`)."""
    groups = [head] + [c for c in s.children[head] if s.tokens[c].rel == "nmod" and not s.case_words(c)
                       and s.case(c) == "Gen" and _a_group(s, c)]
    return any(s.tokens[c].rel in ("appos", "flat", "flat:name") and (name := s.name_at[c]) is not None
               and name.type == "ORG" for k in groups for c in s.children[k])


def _a_group(s: Sentences, head: int) -> bool:
    """Whether a common noun stands for people or a body (`военные`, `полиция`, `посольство`), not a
    thing, a document or a date (`бомбы`, `постановление`, `утром 1 июля`)."""
    token = s.tokens[head]
    if token.pos not in ("NOUN", "PROPN") or s.name_at[head] is not None or head in s.date_at:
        return False
    lemma = s.lemma(head)
    return token.feats.get("Animacy") == "Anim" or lemma in lexicon.GROUP_NOUNS or lemma in lexicon.BODY_KINDS


def _described(s: Sentences, head: int) -> tuple[int, int]:
    """The first and last token of a common noun's phrase: its adjectives before it and the genitives
    after it, stopping at a preposition, a comma or a clause (`охрану ночного клуба`)."""
    first, last = phrase_start(s, head), head
    subtree = set(s.subtree(head))
    while last + 1 in subtree and (s.tokens[last + 1].pos in ("ADJ", "DET", "NOUN", "PROPN")) \
            and s.case(last + 1) in DESCRIBED_CASES + (None,):
        last += 1
        if (name := s.name_at[last]) is not None and name.type == "PER":  # a person's name whole, whatever case
            last = max(last, s.name_tokens(name)[-1])  # its later words are read in (`сторонников Алексея Навального`)
    return first, last


def verb_slot_parties(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """The object, the doer of a passive and the target of a verb that is an event (`арестовал
    Воронцова`, `арестованы полицией`, `нанесли удар по хранилищам`), and the court a case goes to."""
    found: list[Party] = []
    for c in s.children[verb]:
        rel, words = s.tokens[c].rel, s.case_words(c)
        if rel == "obj" and (s.case(c) in ("Acc", "Gen", None) or _inanimate_object(s, verb, c)):
            # `удовлетворил иск Нафтогаза`: who filed it
            found.extend(slot_parties(s, c, mention, "filer" if s.lemma(c) in lexicon.CLAIM_NOUNS else "object"))
        elif agent_of_passive(s, c) and not (mention.kind == "appointment" and _post_named(s, c)):
            found.extend(slot_parties(s, c, mention, "agent"))
        elif mention.kind == "court" and _sentenced(s, c):
            found.extend(slot_parties(s, c, mention, "dative"))  # `избрал Петрову меру пресечения`: the accused
        elif mention.kind == "court" and _court_addressed(s, c):
            found.extend(slot_parties(s, c, mention, "agent"))  # `оспорит в Конституционном суде`: the court
        elif mention.kind == "court" and rel == "obl" and _court_side(s, c):
            found.extend(court_side_parties(s, c, mention))  # `взыскал с «Газпрома»`
        elif rel in ("obl", "nmod") and (doer := _doer(s, c)) is not None:
            found.extend(slot_parties(s, doer, mention, "agent"))  # `обстрелян со стороны ВСУ`
        elif rel in ("obl", "nmod") and _targeting(s, c, words):
            found.extend(slot_parties(s, c, mention, "target"))
        elif rel == "xcomp" and s.tokens[c].feats.get("VerbForm") == "Inf":  # `суд начал рассматривать дело
            found.extend(verb_slot_parties(s, c, mention))  # Петрова`: its parties are the verb's
        elif rel == "xcomp":  # `признал виновной в мошенничестве Анну Смирнову`: the object a parse hung on the
            # predicate or below it: a name in the accusative without a preposition, at odds with the case of the word
            # it hangs on (not `дело о нападении на министра Заура Тутова`, in apposition)
            found.extend(p for k in s.subtree(c) if s.tokens[k].rel in ("nmod", "obj", "appos")
                         and not s.case_words(k) and s.case(k) == "Acc" and (name := s.name_at[k]) is not None
                         and s.name_at[s.tokens[k].head] is not name
                         and (s.tokens[k].head == c or s.case(s.tokens[k].head) not in ("Acc", None))
                         for p in slot_parties(s, k, mention, "object"))
    return found


def _post_named(s: Sentences, c: int) -> bool:
    """`Новым министром обороны назначен Белоусов`: an office in the instrumental, naming no one, is the post one
    is appointed to, not who appointed (`назначен указом президента`, `назначен президентом Путиным`)."""
    return _person_noun(s, c) and not any((name := s.name_at[j]) is not None and name.type == "PER"
                                          for j in s.subtree(c))


def _doer(s: Sentences, c: int) -> Optional[int]:
    """`со стороны ВСУ` (`doer_frames.tsv`): the head of the doer's phrase a dependent brings in, as the parse
    hangs it (the frame fixed on the name, or the frame's noun with the name in its genitive), else None."""
    words = s.case_words(c)
    if len(words) > 1 and (words[0], words[1]) in lexicon.DOER_FRAMES:
        return c
    if words[:1] and (words[0], s.lemma(c)) in lexicon.DOER_FRAMES:
        return next((g for g in s.children[c] if s.tokens[g].rel == "nmod" and not s.case_words(g)
                     and s.case(g) == "Gen"), None)
    return None


def _court_side(s: Sentences, c: int) -> Optional[str]:
    """The slot of a side of a court case a dependent names by its frame (`court_side_frames.tsv`): `с «Газпрома»`,
    `в пользу «Нафтогаза»`, `в отношении Петрова` (the frame's noun fixed on the side, or the side its genitive)."""
    words = s.case_words(c)
    if not words:
        return None
    noun = words[1] if len(words) > 1 else "-" if s.case(c) == "Gen" else s.lemma(c)
    return lexicon.COURT_SIDE_FRAMES.get((words[0], noun))


def court_side_parties(s: Sentences, c: int, mention: EventMention) -> list[Party]:
    """The parties of a side of a court case that dependent c names by its frame (`_court_side`)."""
    slot = _court_side(s, c)
    if slot is None:
        return []
    sides = [c] if s.case(c) == "Gen" else [g for g in s.children[c] if s.tokens[g].rel == "nmod"
                                            and not s.case_words(g) and s.case(g) == "Gen"]
    return [p for g in sides for p in slot_parties(s, g, mention, slot)]


def _inanimate_object(s: Sentences, verb: int, c: int) -> bool:
    """An inanimate object the tagger read as nominative, its form being the accusative's too, where the verb has
    a subject besides (`Дело Петрова рассмотрит Мосгорсуд`)."""
    return s.case(c) == "Nom" and s.tokens[c].feats.get("Animacy") == "Inan" \
        and any(s.tokens[k].rel == "nsubj" for k in s.children[verb])


def _sentenced(s: Sentences, c: int) -> bool:
    """Is a bare dative the person a court's act is addressed to (`избрал Петрову меру пресечения`, `приговор
    Ивану Петрову`, `вынесли приговор оппозиционеру`, `Чебанову назначили наказание`, read as a subject): a person,
    named or not, never a thing?"""
    return s.tokens[c].rel in ("iobj", "obl", "nmod", "nsubj") and not s.case_words(c) and s.case(c) == "Dat" \
        and c not in s.date_at and (_someone(s, c) or any(
            (name := s.name_at[k]) is not None and name.type == "PER" for k in s.subtree(c)))


def sentenced_parties(s: Sentences, head: int, mention: EventMention) -> list[Party]:
    """The accused a court's noun or the verb that holds it is addressed to, in the dative (`приговор Петрову`,
    `Петрову вынесли приговор`); not that of a filing, addressed to whom it asks (`ходатайство суду`)."""
    if mention.kind != "court" or s.lemma(mention.trigger) in lexicon.CLAIM_NOUNS:
        return []
    return [p for c in s.children[head] if _sentenced(s, c) for p in slot_parties(s, c, mention, "dative")]


def _court_addressed(s: Sentences, c: int) -> bool:
    """Is a verb's dependent the court a case goes to or is heard in (`в Конституционном суде`, `в шведский суд`)?"""
    return s.tokens[c].rel == "obl" and s.case_words(c)[:1] in (("в",), ("во",)) \
        and (s.lemma(c) in lexicon.COURT_NOUNS or names_a_court(s, c))


def court_of_filing(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """The court a filing the verb holds goes to, or a hearing the verb tells of is held in: `подал в шведский суд
    ходатайство`, `обратился в суд с иском`, `в Хамовническом суде начались слушания`."""
    return [p for c in s.children[verb] if _court_addressed(s, c) for p in slot_parties(s, c, mention, "agent")]


def agent_of_passive(s: Sentences, c: int) -> bool:
    """The doer of a passive: a bare instrumental (`арестованы полицией`, `удар нанесен самолетами`), not a date."""
    return s.tokens[c].rel in ("obl", "obl:agent") and not s.case_words(c) and s.case(c) == "Ins" \
        and c not in s.date_at


def noun_target_parties(s: Sentences, noun: int, mention: EventMention) -> list[Party]:
    """What an event noun is aimed at: `удар по хранилищам`, `нападение на посольство`, `иск к «Газпрому»`; and
    who does it, by a frame (`обстрел со стороны ВСУ`)."""
    found: list[Party] = []
    for c in s.children[noun]:
        if s.tokens[c].rel == "nmod" and (doer := _doer(s, c)) is not None:
            found.extend(slot_parties(s, doer, mention, "agent"))
        elif s.tokens[c].rel == "nmod" and mention.kind == "attack" and s.case_words(c) == ("из",) \
                and (name := s.name_at[c]) is not None and name.type in ("LOC", "ORG"):
            found.extend(slot_parties(s, c, mention, "agent"))  # `кибератаки из России`: whence, by name
        elif s.tokens[c].rel == "nmod" and _targeting(s, c, s.case_words(c)) \
                and (mention.kind, "target") in lexicon.ROLES:  # not `пикет у здания Госдумы`: where it stood
            found.extend(slot_parties(s, c, mention, "target"))
    return found


def holder_target_parties(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """What the verb that holds an event noun aims it at (`удар был нанесен по Донецку`, `иск был подан к «Газпрому»`):
    someone or some place named, or a body, by a bare preposition (not `по подозрению в убийстве Петрова`)."""
    if (mention.kind, "target") not in lexicon.ROLES:  # `провели пикет у здания Госдумы`: where it stood
        return []
    return [p for c in s.children[verb] if s.tokens[c].rel == "obl" and len(s.case_words(c)) == 1
            and _targeting(s, c, s.case_words(c)) and (s.name_at[c] is not None or _a_group(s, c))
            for p in slot_parties(s, c, mention, "target")]


def frame_parties(s: Sentences, holder: int, mention: EventMention) -> list[Party]:
    """Who takes part as a phrase of the event noun or of the verb that holds it tells: `с участием
    Ирана`, `под руководством Ананенкова` (`participation_frames.tsv`), and the one it is held at
    (`совещание у президента`, `у Воронцова прошел обыск`: the searched; not `пикет у здания`, where it stood)."""
    found: list[Party] = []
    for c in s.children[holder] + _deeper_frames(s, holder):
        if s.tokens[c].rel not in ("nmod", "obl") or c in s.date_at:
            continue
        words = s.case_words(c)
        if words[:1] and (words[0], s.lemma(c)) in lexicon.PARTICIPATION_FRAMES:
            parties = chain_after(s, c + 1, "Gen", mention)
            for party in parties:
                party.slot = "taking_part"
            found.extend(parties)
        elif words == ("у",) and s.case(c) == "Gen" and mention.kind not in lexicon.DESCRIBED_KINDS:
            found.extend(slot_parties(s, c, mention, "host"))
        elif words == ("у",) and s.case(c) == "Gen" and (mention.kind, "target") in lexicon.ROLES:
            found.extend(slot_parties(s, c, mention, "target"))  # not `пикет у здания Госдумы`: where it stood
    return found


def _deeper_frames(s: Sentences, noun: int) -> list[int]:
    """Participation frames a parse hung lower in an event noun's phrase (`совещания по обеспечению поставок
    газа в период похолодания под руководством Ананенкова`), reached through its nouns, not its topic or a
    clause: the frame is the event's, as only an event is led or taken part in."""
    if s.tokens[noun].pos not in ("NOUN", "PROPN"):
        return []
    found: list[int] = []
    below = [c for c in s.children[noun] if s.tokens[c].rel == "nmod"]
    while below:
        k = below.pop()
        words = s.case_words(k)
        if words[:1] and words[0] in lexicon.TOPIC_PREPOSITIONS:
            continue
        if words[:1] and (words[0], s.lemma(k)) in lexicon.PARTICIPATION_FRAMES:
            if s.tokens[k].head != noun:
                found.append(k)
            continue
        below.extend(c for c in s.children[k] if s.tokens[c].rel == "nmod")
    return found


def _targeting(s: Sentences, c: int, words: tuple[str, ...]) -> bool:
    """Is a dependent what an event is aimed at (`target_prepositions.txt`), not a case's name (`по делу «ЮКОСа»`),
    the grounds of an act (`по подозрению в убийстве`, `ground_nouns.txt`) nor a bearing (`в 50 км к востоку от
    Дамаска`, `place_parts.txt`)?"""
    return bool(words) and not case_label(s, c) and not (words[0] == "по" and s.lemma(c) in lexicon.GROUND_NOUNS) \
        and not _bearing(s, c) \
        and (words[0] in lexicon.TARGET_PREPOSITIONS or (words[0] == "на" and s.case(c) == "Acc"))
