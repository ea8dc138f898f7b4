"""The clause of a mention: what in it speaks of the event (its scope), and the place, dates,
duration and status read from there.

A token speaks of the event when it depends on the trigger or on the verb that holds the event
without passing through another clause, another event or a topic (`переговоры о ... в России`), or
when it lies inside the trigger's own phrase (`прошедшие накануне в Женеве переговоры`).
"""

from __future__ import annotations

from typing import Optional

from ..entities import entity_at
from ..entities.lexicon import PLACE_KINDS
from ..model import DateMention
from ..temporal.durations import durations
from . import lexicon
from .found import EventMention, Party
from .parties import PLACE_PREPOSITIONS, adjective_place, names_a_court, place_phrase
from .sentences import Sentences


# ---------------------------------------------------------------- the clause of a mention

def event_noun(s: Sentences, i: int) -> int:
    """The noun that stands for the event a trigger noun names in its clause: a part or a series of it, whose
    genitive the trigger is (`раунд переговоров пройдет`, `второй тур выборов`, `серия терактов произошла`),
    else the trigger itself."""
    head = s.tokens[i].head
    if head >= 0 and s.tokens[i].rel == "nmod" and not s.case_words(i) and s.lemma(head) in lexicon.PHASE_NOUNS:
        return head
    return i


def governing_verb(s: Sentences, i: int) -> Optional[int]:
    """The verb whose clause the trigger noun (or the part of the event it stands in, `раунд переговоров`) is
    an argument of (`провели консультации`, `пройдет заседание`, `принял участие в переговорах`), following
    coordinated nouns to their first conjunct."""
    k = event_noun(s, i)
    while s.tokens[k].rel == "conj" and s.tokens[k].head >= 0 and s.tokens[s.tokens[k].head].pos == "NOUN":
        k = s.tokens[k].head
    if (phrase := taking_part(s, k)) is not None:
        return phrase
    head = s.tokens[k].head
    if head >= 0 and s.tokens[k].rel in ("nsubj", "nsubj:pass", "obj", "obl", "iobj", "conj", "xcomp") \
            and s.tokens[head].pos in ("VERB", "AUX"):
        return head
    return None


def taking_part(s: Sentences, i: int) -> Optional[int]:
    """The verb of `принял участие в переговорах`, `прибыл для участия в переговорах`
    (`taking_part_phrases.tsv`) an event noun is the `в` phrase of, or None."""
    noun = s.tokens[i].head
    if noun < 0 or s.tokens[i].rel != "nmod" or s.case_words(i)[:1] not in (("в",), ("во",)) \
            or s.tokens[noun].head < 0:
        return None
    return s.tokens[noun].head if taking_part_key(s, noun) in lexicon.TAKING_PART else None


def taking_part_key(s: Sentences, noun: int) -> tuple[str, str]:
    """How `taking_part_phrases.tsv` lists the phrase of `участие`: by its verb, or by its preposition."""
    words = s.case_words(noun)
    return (words[0] if words and s.tokens[noun].rel == "obl" else s.lemma(s.tokens[noun].head)), s.lemma(noun)


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
        if s.case_words(k)[:1] and s.case_words(k)[0] in lexicon.TOPIC_PREPOSITIONS:
            return False  # `переговоры о ... в России`: the topic's place is not the event's
        k, below = s.tokens[k].head, k
    return False


LOCATED_KINDS = {"court", "detention", "attack", "protest"}  # where their parties are, they happen
ARGUMENT_RELS = {"nsubj", "nsubj:pass", "obj", "iobj", "csubj", "ccomp", "xcomp", "advcl", "parataxis"}


def _circumstance(s: Sentences, child: int) -> bool:
    """Whether a dependent of the event's verb says where, when or how long (`в Женеве`, `9-10 января`),
    rather than who (`с заместителем министра`) or what else was said."""
    partner = s.case_words(child)[:1] in (("с",), ("со",), ("между",))
    return s.tokens[child].rel not in ARGUMENT_RELS and not partner


def clause_places(s: Sentences, mention: EventMention, verb: Optional[int], triggers: set[int]) -> None:
    """The nearest `в`/`на` place of the clause, if the phrases did not give one; for a body the phrases
    give (`выборы в городскую думу Екатеринбурга`), where the body sits."""
    if mention.place is not None:
        if mention.place.type == "ORG":
            mention.whereabouts = place_of_party(s, mention.place)
        return
    around, journey = circumstances_of(mention, verb), _journey(s, mention)
    best: Optional[tuple[tuple[bool, int], Party, int]] = None
    best_rank = (True, True, 0)
    for j in s.sentence_range(mention.trigger):
        if s.tokens[j].pos != "ADP" or s.low(j) not in PLACE_PREPOSITIONS:
            continue
        place = place_phrase(s, j)  # inside a name, only where it says where the body is
        if place is None or j < mention.trigger < place.token:  # `на саммит G8`: the event's own name
            continue
        if (mention.kind, "target") in lexicon.ROLES:
            if s.low(j) == "на" and s.case(place.token) == "Acc":
                continue  # `напали на посольство`: what is attacked
        elif _under(s, place.token, mention.trigger, "по"):
            continue  # `переговоры по урегулированию в Сирии`: the place of their topic
        gone_to = journey is not None and s.tokens[place.token].head == journey  # `ездил в Мадрид встретиться`
        if not gone_to and (not in_scope(s, place.token, mention.trigger, around, triggers)
                            or any(s.low(k) in lexicon.TOPIC_PREPOSITIONS for k in range(mention.trigger, j))):
            continue
        distance = _distance(s, mention.trigger, place.token)
        rank = (distance[0], _nested(s, j, {mention.trigger, verb, around}), distance[1])
        if best is None or rank < best_rank:
            best, best_rank = (distance, place, j), rank
    if best is None and (outer := _described_in(s, mention)) is not None:
        best = outer
    if best is None and mention.kind in LOCATED_KINDS:
        best = _argument_place(s, mention, verb)
    if best is not None:
        mention.place = best[1]
        mention.used.update(range(best[2], best[1].token + 1))
        if best[1].type == "ORG":  # `в Мосгорсуде`, `в Свердловской областной больнице`: where the body is
            mention.whereabouts = place_of_party(s, best[1])
    elif mention.kind in LOCATED_KINDS:
        mention.whereabouts = next((place for party in mention.participants
                                    if (place := place_of_party(s, party)) is not None), None) \
            or _court_place(s, mention, around, triggers)
    elif mention.kind == "appointment":
        mention.whereabouts = _post_place(s, mention, verb)


def _post_place(s: Sentences, mention: EventMention, verb: Optional[int]) -> Optional[Party]:
    """`назначил Бречалова главой Удмуртии`, `отставка губернатора Новосибирской области`, `освобожден от
    должности министра обороны Армении`: an appointment no clause places is where the post is, as a place's
    genitive after the post's noun or a person's says; not where the one who appoints is (`Президент России
    назначил`)."""
    top = verb if verb is not None else mention.trigger
    within = set(s.subtree(top))
    if verb is not None and s.tokens[verb].feats.get("Voice") != "Pass" \
            and lexicon.ROLES.get((mention.kind, f"subject:{s.lemma(verb)}")) != "appointed":  # not `ушел в отставку`
        within -= {j for c in s.children[verb] if s.tokens[c].rel == "nsubj" for j in s.subtree(c)}
    for j in sorted(within):
        name = s.name_at[j]
        if name is None or name.type != "LOC" or j != s.name_tokens(name)[0] or s.case(j) != "Gen":
            continue
        k, depth = s.tokens[j].head, 0  # `министром обороны Армении`: up through the post's own genitives
        while k >= 0 and k in within and (s.name_at[k] is name or (
                s.tokens[k].rel == "nmod" and s.tokens[k].pos == "NOUN" and s.lemma(k) not in lexicon.POST_NOUNS
                and s.tokens[k].feats.get("Animacy") != "Anim" and depth < _POST_DEPTH)):
            depth += s.name_at[k] is not name
            k = s.tokens[k].head
        if k >= 0 and k in within and (s.lemma(k) in lexicon.POST_NOUNS or (
                s.tokens[k].pos == "NOUN" and s.tokens[k].feats.get("Animacy") == "Anim")):
            return Party(name.start, name.end, "LOC", token=j)
    return None


_POST_DEPTH = 2  # `министром иностранных дел Армении`: how many nouns may stand between a post and its place


def _nested(s: Sentences, preposition: int, tops: set[Optional[int]]) -> bool:
    """Whether a place phrase hangs from the event through another thing's noun (`митинг в поддержку
    задержанных в Минске прошел в Москве`): the place of that, which a phrase on the event itself outranks."""
    k = s.tokens[s.tokens[preposition].head].head
    while k >= 0 and k not in tops:
        if s.tokens[k].pos in ("NOUN", "PROPN") and s.lemma(k) not in PLACE_KINDS | lexicon.PLACE_PARTS:
            return True
        k = s.tokens[k].head
    return False


def _argument_place(s: Sentences, mention: EventMention,
                    verb: Optional[int]) -> Optional[tuple[tuple[bool, int], Party, int]]:
    """`обстреляли автобус под Донецком`, `задержан житель Казани в аэропорту Пулково`: where a court case,
    detention, attack or protest no circumstance places is, a place phrase inside its subject or object
    says (where its parties are, it happens); not one inside a clause of theirs (`работавший в Томске`)."""
    top = mention.trigger if mention.verb_trigger else verb
    if top is None:
        return None
    best: Optional[tuple[tuple[bool, int], Party, int]] = None
    for c in s.children[top]:
        if s.tokens[c].rel not in ("obj", "nsubj", "nsubj:pass"):
            continue
        for j in s.subtree(c):
            if s.tokens[j].pos != "ADP" or s.low(j) not in PLACE_PREPOSITIONS or _in_clause(s, j, c):
                continue
            place = place_phrase(s, j)
            if place is not None and place.type == "LOC" \
                    and (best is None or _distance(s, mention.trigger, place.token) < best[0]):
                best = (_distance(s, mention.trigger, place.token), place, j)
    return best


def _described_in(s: Sentences, mention: EventMention) -> Optional[tuple[tuple[bool, int], Party, int]]:
    """`в Москве арест получил Илья Азар, задержанный полицейскими на пикете`: a participle that describes
    someone took place where the clause that person is in does, when it names no place of its own."""
    token = s.tokens[mention.trigger]
    if not mention.verb_trigger or token.feats.get("VerbForm") != "Part" or not token.rel.startswith("acl") \
            or token.head < 0:
        return None
    noun = token.head
    while s.tokens[noun].rel == "conj" and s.tokens[noun].head >= 0:  # `журналист ... и депутат Азар, задержанный`
        noun = s.tokens[noun].head
    verb = s.tokens[noun].head if s.tokens[noun].rel in ("nsubj", "nsubj:pass", "obj") else -1
    for c in (s.children[verb] if verb >= 0 else ()):
        cases = [k for k in s.children[c] if s.tokens[k].rel == "case"]
        if s.tokens[c].rel == "obl" and cases and s.low(cases[0]) in PLACE_PREPOSITIONS \
                and (place := place_phrase(s, cases[0])) is not None and place.type == "LOC":
            return (True, abs(c - mention.trigger)), place, cases[0]
    return None


_SITED = lexicon.LOCATED_BODIES | lexicon.LOCAL_SITES  # a place adjective before one says where it is


def place_of_party(s: Sentences, party: Party) -> Optional[Party]:
    """Where a party of a court case, a detention, an attack or a protest, or the body an event is at or to,
    is: a place inside its phrase
    (`посольство Франции в Тель-Авиве`, `члена УИК в Химках`, `базы ПВО под Дамаском`), or the place a
    local body or site is of (`Тверской районный суд Москвы`, `полиция Берлина`, `аэропорт Дамаска`,
    `шведский суд`, `Мосгордума`, `Свердловская областная больница`)."""
    if party.token < 0 or party.name:
        return None
    tokens = s.analysis.tokens_in(party.start, party.end)
    compound = next(((k, named) for k in tokens if (named := lexicon.place_of_compound(s.lemma(k))) is not None), None)
    if compound is not None:  # `Мосгордума`, `Мосгорсуд`: Москва
        k, named = compound
        return Party(s.tokens[k].start, s.tokens[k].end, "LOC", name=named, token=k)
    root = next((k for k in tokens if s.tokens[k].head not in tokens), party.token)
    adjective: Optional[Party] = None  # `шведский суд`: Швеция, `Крымский гарнизонный военный суд`: Крым
    for k in s.subtree(root):
        token = s.tokens[k]
        if _in_clause(s, k, root):  # `организация, отделение которой находится в Великобритании`
            continue
        if k > 0 and s.low(k - 1) in PLACE_PREPOSITIONS and (place := place_phrase(s, k - 1)) is not None \
                and place.type == "LOC":
            return place
        named = adjective_place(s, k) if token.rel == "amod" and adjective is None else None
        if named is not None and token.head >= 0 and s.lemma(token.head) in _SITED:
            adjective = Party(token.start, token.end, "LOC", name=named, token=k)
        entity = entity_at(s.article, token.start, token.end)  # a place inside a name: `суд Москвы`
        if entity is None or entity.type != "LOC" or s.case(k) != "Gen" or token.head < 0 \
                or s.lemma(token.head) not in lexicon.LOCATED_BODIES:
            continue
        # `суд Московской области`: the place's name around its head noun
        mentioned = min((m for m in entity.mentions if m.start <= token.start and token.end <= m.end),
                        key=lambda m: m.end - m.start, default=None)
        if mentioned is not None:
            place = Party(mentioned.start, mentioned.end, "LOC", token=s.analysis.token_index(mentioned.start) or k)
            return _city_of_district(s, k) or place
    return adjective  # the place a name gives (`Тверской районный суд Москвы`) before an adjective's


def _court_place(s: Sentences, mention: EventMention, around: Optional[int], triggers: set[int]) -> Optional[Party]:
    """`процесс над Петровым начался в Мещанском суде Москвы`: where the court the clause holds the event in
    is (a court is no place, EVENTS.md, but it sits in one)."""
    for j in s.sentence_range(mention.trigger):
        name = s.name_at[j + 1] if s.low(j) in ("в", "во") and j + 1 < len(s.tokens) else None
        if name is not None and name.type == "ORG" and names_a_court(s, j + 1) \
                and in_scope(s, j + 1, mention.trigger, around, triggers):
            place = place_of_party(s, Party(name.start, name.end, "ORG", token=j + 1))
            if place is not None:
                return place
    return None


def _city_of_district(s: Sentences, k: int) -> Optional[Party]:
    """`суд Кировского района Екатеринбурга`: the city a district noun's genitive names, whose body the
    district's is, else None."""
    if s.lemma(k) not in lexicon.CITY_DISTRICTS:
        return None
    return next((Party(s.tokens[c].start, s.tokens[c].end, "LOC", token=c) for c in s.children[k]
                 if s.tokens[c].rel == "nmod" and s.tokens[c].pos == "PROPN" and s.case(c) == "Gen"
                 and (entity := entity_at(s.article, s.tokens[c].start, s.tokens[c].end)) is not None
                 and entity.type == "LOC"), None)


def _under(s: Sentences, k: int, top: int, preposition: str) -> bool:
    """Whether token k hangs from `top` through a phrase of `preposition`, as the parse reads it."""
    while k >= 0 and k != top:
        if s.case_words(k)[:1] == (preposition,):
            return True
        k = s.tokens[k].head
    return False


def _in_clause(s: Sentences, k: int, root: int) -> bool:
    """Whether token k hangs from `root` through a verb: inside a clause of the phrase, not the phrase."""
    k = s.tokens[k].head
    while k >= 0 and k != root:
        if s.tokens[k].pos in ("VERB", "AUX"):
            return True
        k = s.tokens[k].head
    return False


def circumstances_of(mention: EventMention, verb: Optional[int]) -> Optional[int]:
    """The verb whose circumstances (place, time, length) are the event's: one that holds it or
    happens at it, not one that merely speaks of it (`после встречи ... вернется в Израиль`)."""
    return verb if mention.verb_trigger or mention.holds or mention.attended or mention.causes else None


def _journey(s: Sentences, mention: EventMention) -> Optional[int]:
    """The verb of going that an event verb is the purpose of (`ездил в Мадрид встретиться`)."""
    token = s.tokens[mention.trigger]
    if mention.verb_trigger and token.feats.get("VerbForm") == "Inf" and token.rel in ("xcomp", "advcl") \
            and token.head >= 0 and s.lemma(token.head) in lexicon.MOTION_VERBS:
        return token.head
    return None


def _distance(s: Sentences, trigger: int, j: int) -> tuple[bool, int]:
    """How far token j is from the trigger: outside the trigger's comma-bounded segment is farther."""
    return j not in s.segment(trigger), abs(j - trigger)


def clause_dates(s: Sentences, mention: EventMention, verb: Optional[int], triggers: set[int]) -> None:
    """The date expressions of the clause that attach to the event, nearest first; the date a verb
    sets it for (`выборы назначены на 25 октября`) before all. A bound (`до 2004 года`) is no date of it."""
    scheduled = _scheduled_for(s, mention, verb)
    if scheduled is not None:
        mention.dates = [scheduled]
        mention.used.update(s.analysis.tokens_in(scheduled.start, scheduled.end))
        return
    around = circumstances_of(mention, verb)
    seen = []
    for j in s.sentence_range(mention.trigger):
        date = s.date_at.get(j)
        if date is None or date in seen:
            continue
        tokens = s.analysis.tokens_in(date.start, date.end)
        if _bound(s, tokens):
            continue
        if any(in_scope(s, k, mention.trigger, around, triggers) for k in tokens):
            seen.append(date)
    if seen:  # the nearest, in the trigger's own clause first: `в понедельник ... заседание ..., а в среду ...`
        nearest = min(seen, key=lambda d: _distance(s, mention.trigger, s.analysis.tokens_in(d.start, d.end)[0]))
        mention.dates = [nearest]
        mention.used.update(s.analysis.tokens_in(nearest.start, nearest.end))


def _scheduled_for(s: Sentences, mention: EventMention, verb: Optional[int]) -> Optional[DateMention]:
    """The `на` date of a verb that sets the event's date (`выборы назначены на 25 октября 2009 года`,
    `перенесли встречу на среду`), the event being its object."""
    if verb is None or mention.verb_trigger or s.lemma(verb) not in lexicon.SCHEDULING_VERBS \
            or s.tokens[mention.trigger].rel not in ("obj", "nsubj:pass"):
        return None
    for c in s.children[verb]:
        date = s.date_at.get(c)
        if date is not None and s.case_words(c)[:1] == ("на",):
            return date
    return None


def _bound(s: Sentences, tokens: range) -> bool:
    """`до 2004 года`, `после 5 июня`: a date that bounds the time, written with its preposition or after it."""
    return bool(tokens) and (s.low(tokens[0]) in lexicon.DATE_BOUNDS
                             or (tokens[0] > 0 and s.low(tokens[0] - 1) in lexicon.DATE_BOUNDS))


# ---------------------------------------------------------------- duration

def clause_duration(s: Sentences, mention: EventMention, verb: Optional[int], triggers: set[int]) -> None:
    """A stated length in the mention's scope: `продолжались почти восемь часов`, `полуторачасовую
    беседу`, `двухдневного визита`; a date (`три недели назад`) is no length."""
    around = circumstances_of(mention, verb)
    sentence = s.sentence_range(mention.trigger)
    begin, end = s.tokens[sentence.start].start, s.tokens[sentence.stop - 1].end
    for found in durations(s.article.text, begin, end):
        tokens = s.analysis.tokens_in(found.start, found.end)
        if not tokens or not any(in_scope(s, k, mention.trigger, around, triggers) for k in tokens):
            continue
        if any(d.start < found.end and found.start < d.end for d in s.article.dates):
            continue
        mention.duration = (found.iso, found.start, found.end)
        mention.used.update(tokens)
        return


# ---------------------------------------------------------------- status

def _tense_status(s: Sentences, verb: int) -> Optional[str]:
    """The status a verb's tense gives. With a future form of `быть` as its auxiliary a verb is to come,
    whatever its own form: `будут судить`, `будет оглашен` (the tagger may read `будет` as present)."""
    if any(s.tokens[c].rel in ("aux", "aux:pass") and s.lemma(c) == "быть" and s.low(c).startswith("буд")
           for c in s.children[verb]):
        return "planned"
    tense = s.tokens[verb].feats.get("Tense")
    if s.tokens[verb].feats.get("VerbForm") == "Inf" or tense is None:
        return None
    return {"Fut": "planned", "Past": "past", "Pres": "ongoing"}.get(tense)


def clause_status(s: Sentences, mention: EventMention, verb: Optional[int], triggers: set[int]) -> None:
    """planned | past | ongoing, from (in order of trust) the words that announce or look back on the
    event, the tense of the verb that holds it (or of a clause that happens at it), its dates against
    the publication date, and last the tense of the clause that merely speaks of it."""
    around = circumstances_of(mention, verb)
    trigger = mention.trigger
    sentence = s.sentence_range(trigger)
    # `вскоре суд приговорил`: soon after, in a story told in the past
    told_past = around is not None and s.tokens[around].feats.get("Tense") == "Past"
    for m in lexicon.SOON.finditer(s.article.text, s.tokens[sentence.start].start,
                                   s.tokens[sentence.stop - 1].end):
        tokens = s.analysis.tokens_in(m.start(), m.end())
        if tokens and not told_past and any(in_scope(s, k, trigger, around, triggers) for k in tokens):
            mention.status = "planned"
            mention.used.update(tokens)
            return
    # The trigger's own modifiers (`прошедшие`, `предстоящий`, `которая пройдет`), the noun it
    # depends on (`итоги переговоров`), its verb and the verbs that verb is the infinitive of
    # (`намерены провести`, `рассчитывает встретиться`).
    near = [c for c in s.children[trigger] if s.tokens[c].rel in ("amod", "acl", "acl:relcl", "det")]
    head = s.tokens[trigger].head
    if head >= 0 and s.tokens[trigger].rel == "nmod":
        near.append(head)
    words = list(near)  # `назначила дату выборов`: the verb the noun above the trigger is the object of
    if head >= 0 and s.tokens[trigger].rel == "nmod" and s.tokens[head].rel == "obj" and s.tokens[head].head >= 0:
        words.append(s.tokens[head].head)
    chain: list[int] = []
    k = verb
    while k is not None and k >= 0 and len(chain) < 4:
        chain.append(k)
        k = s.tokens[k].head if s.tokens[k].rel in ("xcomp", "csubj", "obj", "ccomp") \
            and not s.is_clause_verb(k) or s.tokens[k].feats.get("VerbForm") == "Inf" else None
    # the verbs above the one whose object it is tell of the event only where that one holds it (`намерены провести
    # переговоры`), not where it does something with it (`намерены обжаловать решение суда`: the ruling was made),
    # nor where it is the reason of what is done (`намерена объявить о мерах из-за атаки`: the attack was)
    noun = event_noun(s, trigger)
    done_with = not mention.holds and (s.tokens[noun].rel == "obj"
                                       or " ".join(s.case_words(noun)) in lexicon.REASON_PREPOSITIONS)
    told = chain[:1] if done_with else chain
    for k in words + ([] if mention.attended else told):
        if k == trigger:  # `назначил министром`: the event itself, not its announcement
            continue
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
            # `запретил Навальному участвовать в выборах`, `решил обжаловать`: the tense of what was done
            # about an event named by an infinitive, not of the event: only assumed
            mention.assumed = k in chain and chain.index(k) > 0 \
                and s.tokens[chain[chain.index(k) - 1]].feats.get("VerbForm") == "Inf"
            mention.used.add(k)
            return
    mention.status = _by_date(s, mention)
    if mention.status is None:
        k = s.tokens[trigger].head
        while k >= 0 and not s.is_clause_verb(k):
            k = s.tokens[k].head
        if k >= 0 and s.tokens[k].feats.get("Tense") == "Past":
            mention.status, mention.assumed = "past", True  # `прокомментировала переговоры`: spoken of as done


def _by_date(s: Sentences, mention: EventMention) -> Optional[str]:
    published = (s.article.published or "")[:10]
    dated = [(d.from_, d.to) for d in mention.dates if d.from_ and d.to]
    if not published or not dated:
        return None
    first, last = dated[0]
    if first > published:
        return "planned"
    if last < published:
        return "past"
    return None
