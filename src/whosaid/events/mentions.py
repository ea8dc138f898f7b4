"""Event mentions: the triggers, and what each one's sentence says of the event.

A mention is a noun (`переговоры`, `встреча`, `визит`) or a verb (`встретился`, `посетил`) that names an
event. Its participants come from the phrase after a noun (`переговоры Рябкова и Шерман`,
`встреча с Путиным`), from the subject of the verb that holds it (`Россия и США провели консультации`),
from relational adjectives (`российско-американские переговоры`) and from the subject of a clause that
happens at it (`на встрече с Путиным Макрон заявил`). Its place, dates, duration and status come from
its clause (`clause`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..model import Article
from ..lexicon import entries, table
from ..patterns import Matcher
from . import lexicon
from .clause import (clause_dates, clause_duration, clause_places, clause_status, event_noun, governing_verb,
                     taking_part, taking_part_key)
from .found import EventMention, Party
from .parties import (agent_of_passive, attendees, case_label, case_parties, chain_after, court_of_filing,
                      court_side_parties, fills_office, frame_parties, holder_target_parties, hosted_guest,
                      names_a_court, noun_target_parties, phrase_start, possessor_parties, relative_parties,
                      sentenced_parties, slot_parties, subject_parties, verb_slot_parties)
from .sentences import Sentences


# ---------------------------------------------------------------- triggers

# The event patterns, their `@` word lists and tables from the lexicon.
EVENTS = Matcher("events", entries)


def trigger_kind(s: Sentences, i: int) -> Optional[str]:
    """The kind of event token i names, or None: the first trigger pattern that accepts it."""
    for match in EVENTS.matches(s.analysis, i):
        if all(HANDLERS[name](s, match) for name in match.pattern.handlers):
            label = match.pattern.label or ""
            return table(label[1:])[s.lemma(i)] if label.startswith("@") else label
    return None


HANDLERS = {
    "trigger": lambda s, match: True,
    "event_noun": lambda s, match: _event_noun(s, match["trigger"]),
    "hosting": lambda s, match: hosted_guest(s, match["trigger"]) is not None,
    "person_named_to": lambda s, match: _person_named_to(s, match["trigger"]),
    "to_a_place": lambda s, match: _arrival(s, match["trigger"], match["place"]),
    "not_people": lambda s, match: not _people(s, match["trigger"]) and not _blamed(s, match["trigger"])
    and not _done_to_things(s, match["trigger"]),
}

def _arrival(s: Sentences, i: int, place: int) -> bool:
    """`прибыл в Мадрид`: arriving in a city or a country; not for an event the clause names, which the
    arrival is part of (`прибыл в Вену для участия в саммите`, `прилетел в Минск на переговоры`, `прилетел в
    Вену и встретился с канцлером`)."""
    name = s.name_at[place]
    return name is not None and name.type == "LOC" and not any(
        s.lemma(j) in EVENT_LEMMAS or taking_part_key(s, j) in lexicon.TAKING_PART for j in s.subtree(i) if j != i)


EVENT_LEMMAS = frozenset(table("event_nouns")) | frozenset(table("event_verbs"))


def _event_noun(s: Sentences, i: int) -> bool:
    """`консультации по ...` are talks, a `консультация` is a lawyer's or a doctor's advice; `собрание
    акционеров` is a session, `Законодательное собрание` a body."""
    lemma = s.lemma(i)
    if lemma in lexicon.PLURAL_ONLY and s.tokens[i].feats.get("Number") != "Plur":
        return False
    return lemma not in lexicon.BODY_NAMING or s.name_at[i] is None


NOMINAL_RELS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"}


def _blamed(s: Sentences, i: int) -> bool:
    """`Буш осудил Россию за бомбардировки`: blame, which a court's verdict (`суд осудил`, `осужден на пять
    лет`) is not."""
    if s.lemma(i) not in lexicon.BLAMING_VERBS or s.tokens[i].feats.get("Voice") == "Pass":
        return False
    subject = next((c for c in s.children[i] if s.tokens[c].rel == "nsubj"), None)
    return subject is not None and s.lemma(subject) not in lexicon.COURT_NOUNS


def _done_to_things(s: Sentences, i: int) -> bool:
    """`задержаны десятки рейсов`, `уничтожив аппаратуру`: a verb of `people_verbs.txt` done to things, no event."""
    if s.lemma(i) not in lexicon.PEOPLE_VERBS:
        return False
    held = next((c for c in s.children[i] if s.tokens[c].rel in ("obj", "nsubj:pass")), None)
    return held is not None and s.tokens[held].pos == "NOUN" and s.tokens[held].feats.get("Animacy") == "Inan" \
        and s.name_at[held] is None and not _of_people(s, held)


def _people(s: Sentences, i: int) -> bool:
    """A participle that stands for people, as a noun does (`задержания протестующих`, `число
    задержанных`), not for the event."""
    token = s.tokens[i]
    return token.feats.get("VerbForm") == "Part" and token.rel in NOMINAL_RELS


def _person_named_to(s: Sentences, i: int) -> bool:
    """Whether the word names a person to something: a person among its object, passive subject,
    genitive or post (`назначил Иванова`, `Иванов избран`, `назначение Петрова`, `избран президентом`),
    or the person a participle describes (`назначенный министром`)."""
    token = s.tokens[i]
    around = [c for c in s.children[i] if s.tokens[c].rel in ("obj", "nsubj:pass", "nmod", "xcomp")]
    if token.rel.startswith("acl") and token.head >= 0:
        around.append(token.head)
    return any(s.tokens[c].feats.get("Animacy") == "Anim" or ((name := s.name_at[c]) is not None and name.type == "PER")
               for c in around if s.case(c) != "Dat")


# ---------------------------------------------------------------- one mention

def read_mention(s: Sentences, trigger: int, kind: str, triggers: set[int]) -> EventMention:
    act = "seizure" if kind == "detention" and _seized(s, trigger) else lexicon.ACTS.get(s.lemma(trigger))
    mention = EventMention(_by_a_court(s, trigger, kind), trigger, s.tokens[trigger].sentence, act)
    mention.used.add(trigger)
    mention.vote = s.lemma(trigger) in lexicon.VOTES
    verb: Optional[int]
    if s.tokens[trigger].pos == "VERB":
        verb = trigger
        mention.verb_trigger = True
        _verb_parties(s, mention)
    else:
        verb = governing_verb(s, trigger)
        caused = _caused(s, trigger) if mention.kind == "attack" else None
        if caused is not None:
            verb, mention.causes = caused, True
        _noun_parties(s, mention, verb)
        if mention.kind == "attack":
            mention.participants.extend(_struck(s, trigger, mention, caused) + _accused(s, trigger, mention)
                                        + _claimed(s, trigger, mention))
    # `не был уничтожен в результате авиаудара`: what the attack did not cause, not an attack that was not;
    # `срок не брался в расчет`, `не признает итоги выборов`: what was not done with an event, which was
    mention.negated = _negated(s, trigger) or (verb is not None and not mention.causes and _negated(s, verb)
                                               and s.lemma(verb) in lexicon.BEING_VERBS)
    if kind in ("meeting", "visit") and any(s.analysis.has_lemma(j, lexicon.SPORT_WORDS)
                                            for j in s.sentence_range(trigger)):
        mention.generic = True  # a match between teams
    if verb is not None and any(s.tokens[c].rel == "advmod" and s.low(c) in lexicon.HABITUAL_ADVERBS
                                for c in s.children[verb]):
        mention.generic = True  # `где обычно судят нарушителей`: a habit
    clause_places(s, mention, verb, triggers)
    clause_dates(s, mention, verb, triggers)
    clause_duration(s, mention, verb, triggers)
    clause_status(s, mention, verb, triggers)
    if verb is not None and not mention.verb_trigger:
        _cancelled(s, mention, verb)
    mention.case_named = any(case_label(s, c) for c in s.children[trigger])
    if mention.kind == "court":
        mention.participants.extend(case_parties(s, trigger, mention))
    mention.consequence = verb is not None and any(  # a bare `в результате`, not `в результате авиаудара`
        s.lemma(c) == "результат" and s.case_words(c)[:1] == ("в",)
        and all(s.tokens[g].rel in ("case", "fixed") for g in s.children[c]) for c in s.children[verb])
    mention.sequenced = verb is not None and any(s.tokens[c].rel == "advmod" and s.low(c) in lexicon.SEQUENCE_ADVERBS
                                                 for c in s.children[verb])
    _unique(mention)
    return mention


def _struck(s: Sentences, noun: int, mention: EventMention, caused: Optional[int]) -> list[Party]:
    """Who or what an attack struck, as the clause it caused (`в результате взрыва погиб генерал`) or a
    clause on its noun tells what it did (`авиаудар, который привел к гибели Анвара аль-Авлаки`, `взрыв, в
    результате которого погиб генерал`); not a place (`дом на улице Королева, пострадавший от взрыва`), nor
    who it did not harm (`не был уничтожен в результате авиаудара`)."""
    found = _subjects(s, caused, mention, "target") if caused is not None and not _negated(s, caused) else []
    for c in s.children[noun]:
        if not s.tokens[c].rel.startswith("acl"):
            continue
        if s.lemma(c) in lexicon.RESULTING_VERBS:
            found.extend(p for k in s.children[c] if s.case_words(k)[:1] == ("к",) and s.lemma(k) in lexicon.HARM_NOUNS
                         for g in s.children[k] if s.tokens[g].rel == "nmod" and s.case(g) == "Gen"
                         for p in slot_parties(s, g, mention, "target"))
        elif any(s.lemma(k) == "результат" and s.case_words(k)[:1] == ("в",)
                 and any(s.lemma(g) == "который" for g in s.children[k]) for k in s.children[c]):
            found.extend(_subjects(s, c, mention, "target"))
    return [p for p in found if p.type != "LOC"]


def _accused(s: Sentences, noun: int, mention: EventMention) -> list[Party]:
    """Who is suspected or accused of an attack (`Сидоров обвиняется в нападении`, `задержала Сидорова,
    подозреваемого в убийстве`, `его подозревают в попытке подрыва`, `Сидоров, которого подозревают в
    поджоге`): its attacker, as far as the story tells."""
    k = noun
    if s.tokens[k].rel == "nmod" and s.tokens[k].head >= 0 and s.lemma(s.tokens[k].head) in lexicon.DEED_NOUNS:
        k = s.tokens[k].head  # `в попытке подрыва`
    verb = s.tokens[k].head
    if s.case_words(k)[:1] != ("в",) or verb < 0 or s.lemma(verb) not in lexicon.SUSPECTING_WORDS:
        return []
    if s.tokens[verb].rel in ("amod", "acl") and s.tokens[verb].head >= 0:  # `Сидорова, подозреваемого в`
        return slot_parties(s, s.tokens[verb].head, mention, "accused")
    if _passive(s, verb) or s.lemma(verb).endswith("ся"):  # `обвиняется в нападении`
        return _subjects(s, verb, mention, "accused")
    accused = next((c for c in s.children[verb] if s.tokens[c].rel == "obj"), None)
    if accused is not None and s.lemma(accused) == "который":  # `Сидоров, которого подозревают в поджоге`
        parties, used = relative_parties(s, accused)
        for party in parties:
            party.slot = "accused"
        mention.used.update(used)
        return parties
    return slot_parties(s, accused, mention, "accused") if accused is not None else []


def _claimed(s: Sentences, noun: int, mention: EventMention) -> list[Party]:
    """Who claims an attack as theirs (`ответственность за теракт взяла на себя группировка «Исламское
    государство»`): its attacker, as far as the story tells."""
    frame = s.tokens[noun].head
    verb = s.tokens[frame].head if frame >= 0 else -1
    if s.case_words(noun)[:1] != ("за",) or verb < 0 or s.tokens[frame].rel != "obj" \
            or (s.lemma(verb), s.lemma(frame)) not in lexicon.CLAIMING_FRAMES:
        return []
    return _subjects(s, verb, mention, "accused")


def _cancelled(s: Sentences, mention: EventMention, verb: int) -> None:
    """`встреча отменена`, `сорвали переговоры`, `саммит не состоится`: an event called off is one
    occurrence, with the status `cancelled` (a past one that did not happen, `не было`, is none). A court's
    sentence quashed (`отменил приговор`) was still passed: another court act, not a cancellation."""
    if s.lemma(verb) in lexicon.CANCELLING_VERBS and not mention.negated and mention.kind != "court":
        mention.status, mention.happens = "cancelled", True
        mention.used.add(verb)
    elif mention.negated and mention.holds and s.tokens[verb].feats.get("Tense") == "Fut":
        mention.status, mention.negated = "cancelled", False
        mention.used.add(verb)


def _by_a_court(s: Sentences, verb: int, kind: str) -> str:
    """`суд арестовал`, `арестован Басманным судом`, `арестованы акции`, `административный арест`, `мера
    пресечения в виде ареста`: an arrest a court orders, or of things, is a court proceeding, not a detention."""
    if kind != "detention":
        return kind
    if s.tokens[verb].pos != "VERB":  # `мера пресечения в виде ареста`, `наказание в виде ареста`: a court's
        # measure, as is one a court's verb holds (`суд отправил под арест`)
        measure = s.case_words(verb)[:2] == ("в", "вид")
        noun = verb  # `суд продлил срок ареста`: through the noun whose genitive the arrest is
        while s.tokens[noun].rel == "nmod" and not s.case_words(noun) and s.tokens[noun].head >= 0 \
                and s.tokens[s.tokens[noun].head].pos == "NOUN":
            noun = s.tokens[noun].head
        holder = governing_verb(s, noun)
        ordered = holder is not None and any(s.tokens[c].rel == "nsubj" and s.lemma(c) in lexicon.COURT_NOUNS
                                             for c in s.children[holder])
        return "court" if measure or ordered or any(s.tokens[c].rel == "amod" and s.lemma(c) in lexicon.COURT_MEASURES
                                                    for c in s.children[verb]) else kind
    if _seized(s, verb) or any(s.tokens[c].rel == "nsubj" and s.lemma(c) in lexicon.COURT_NOUNS
                               or agent_of_passive(s, c) and (s.lemma(c) in lexicon.COURT_NOUNS or names_a_court(s, c))
                               for c in s.children[verb]):
        return "court"  # `суд арестовал`, `арестован Басманным судом`
    return kind


def _seized(s: Sentences, verb: int) -> bool:
    """`арестованы акции`, `арестовал счета компании`: an arrest of things, a court's seizure of property, an act
    of its own beside the case it serves (the claim, the ruling)."""
    return s.tokens[verb].pos == "VERB" and any(
        s.tokens[c].rel in ("obj", "nsubj:pass") and s.tokens[c].pos == "NOUN"
        and s.tokens[c].feats.get("Animacy") == "Inan" and s.name_at[c] is None and not _of_people(s, c)
        for c in s.children[verb])


def _of_people(s: Sentences, noun: int) -> bool:
    """`группу артистов`, `более сотни активистов`: an inanimate noun that stands for people (not `имущество
    Петрова`)."""
    return s.lemma(noun) in lexicon.GROUP_NOUNS or s.lemma(noun) in lexicon.COUNT_NOUNS and any(
        s.tokens[c].rel == "nmod" and s.case(c) == "Gen"
        and (s.tokens[c].feats.get("Animacy") == "Anim" or s.tokens[c].feats.get("VerbForm") == "Part")
        for c in s.children[noun])  # `десятки протестующих`: a participle for people too


def _passive(s: Sentences, verb: int) -> bool:
    """`Воронцов задержан`, `арестованы сотрудники`, `задержанный полицией`."""
    return s.tokens[verb].feats.get("Voice") == "Pass" or any(s.tokens[c].rel == "nsubj:pass" for c in s.children[verb])


def _subjects(s: Sentences, verb: int, mention: EventMention, slot: str) -> list[Party]:
    """The parties of a verb's subject in `slot`; for a kind whose parties go unnamed, the subject's
    description when it names none (`израильские военные нанесли удар`)."""
    verb = _sharing(s, verb)
    subject = next((c for c in s.children[verb] if s.tokens[c].rel in ("nsubj", "nsubj:pass")), None)
    if subject is not None and s.case(subject) == "Dat":
        return []  # `Чебанову назначили наказание`: an impersonal clause's dative, no subject (`verb_slot_parties`)
    if subject is not None and mention.kind in lexicon.DESCRIBED_KINDS:
        return slot_parties(s, subject, mention, slot)  # its own slots: `суд над Навальным` is a target
    parties = subject_parties(s, verb, mention)
    for party in parties:
        party.slot = slot
    return parties


def _sharing(s: Sentences, verb: int) -> int:
    """The verb whose subject a verb shares: the first of the verbs it is coordinated with, when it has no
    subject of its own and the same voice (`Исламисты устроили бойню, взорвали бомбы, стреляли в
    посетителей`); else the verb itself."""
    k = verb
    while not any(s.tokens[c].rel in ("nsubj", "nsubj:pass") for c in s.children[k]) and s.tokens[k].rel == "conj" \
            and (head := s.tokens[k].head) >= 0 and s.tokens[head].pos == "VERB" \
            and _passive(s, head) == _passive(s, k):
        k = head
    return k


def _negated(s: Sentences, i: int) -> bool:
    return any(s.low(c) in ("не", "ни") and s.tokens[c].rel == "advmod" for c in s.children[i])


def _unique(mention: EventMention) -> None:
    seen, parties = set(), []
    for p in mention.participants:
        key = (p.start, p.end, p.name)
        if key not in seen and not (mention.place and (p.start, p.end) == (mention.place.start, mention.place.end)):
            seen.add(key)
            parties.append(p)
    mention.participants = parties


def _verb_parties(s: Sentences, mention: EventMention) -> None:
    verb = mention.trigger
    token = s.tokens[verb]
    subject_slot = "object" if _passive(s, verb) else "subject"
    if token.feats.get("VerbForm") == "Part" and token.rel.startswith("acl") and token.head >= 0:
        mention.participants.extend(slot_parties(s, token.head, mention, subject_slot))  # `задержанный полицией Азар`
    else:
        mention.participants.extend(_subjects(s, verb, mention, subject_slot))
    mention.participants.extend(_partners_of_verb(s, verb, mention))
    if mention.kind in lexicon.DESCRIBED_KINDS:
        mention.participants.extend(verb_slot_parties(s, verb, mention))
        mention.participants.extend(_gapped(s, verb, mention))
        mention.happens = not _wished(s, verb)  # `задержаны`, `пытался взорвать`: it happened, whoever did it
    if s.lemma(verb) in lexicon.HOSTING_VERBS:
        guest = hosted_guest(s, verb)
        if guest is not None:
            mention.participants.extend(chain_after(s, phrase_start(s, guest), "Acc", mention))
    elif mention.kind == "visit":
        for c in s.children[verb]:
            name = s.name_at[c]
            if s.tokens[c].rel == "obj" and name is not None and name.type in ("LOC", "ORG"):
                mention.place = Party(name.start, name.end, name.type, token=c)
                mention.used.add(c)


def _gapped(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """`приговорил Соколова к пяти годам, а Зайцева — к трем`: a clause that leaves the verb out (its remnants hung
    on the verb as `conj` and `orphan`) fills the verb's slots again: a remnant takes the slot of the verb's own
    dependent in its case and with its preposition, and names one of a kind with it (a person for a person: not
    `Приговором суда Петров осужден на семь лет, Сидоров — на пять`, where a misread case pairs a court and a man)."""
    found: list[Party] = []
    for c in s.children[verb]:
        orphans = [o for o in s.children[c] if s.tokens[o].rel == "orphan"]
        if s.tokens[c].rel != "conj" or not orphans:
            continue
        for remnant in [c] + orphans:
            twin = next((a for a in s.children[verb] if a != c and s.tokens[a].rel != "conj"
                         and (s.case(a), s.case_words(a)) == (s.case(remnant), s.case_words(remnant))), None)
            within = set(s.subtree(twin)) if twin is not None else set()
            filled = next((p for p in mention.participants if p.token in within and p.slot), None)
            if filled is not None:
                found.extend(p for p in slot_parties(s, remnant, mention, filled.slot or "")
                             if (p.type == "PER") == (filled.type == "PER"))
    return found


def _noun_parties(s: Sentences, mention: EventMention, verb: Optional[int]) -> None:
    trigger = mention.trigger
    token = s.tokens[trigger]
    for c in s.children[trigger]:  # `российско-американские переговоры`
        if s.tokens[c].rel == "amod" and s.tokens[c].pos == "ADJ":
            adjective = s.tokens[c]
            for name in lexicon.country_of_adjective(s.lemma(c)):
                mention.participants.append(Party(adjective.start, adjective.end, "LOC", name=name, token=c,
                                                  slot="genitive"))
                mention.used.add(c)
    after = chain_after(s, trigger + 1, "Gen", mention)
    for party in after:
        party.slot = "partner" if party.joined else "genitive"
    after = after or possessor_parties(s, trigger, mention)
    if not after and mention.kind in lexicon.DESCRIBED_KINDS or mention.kind == "appointment" and all(
            p.unnamed for p in after):  # `отставка главы областного МВД`: the one who held the post, not the body
        after = [p for c in s.children[trigger] if s.tokens[c].rel == "nmod" and c == trigger + 1
                 and s.case(c) == "Gen" and c not in s.date_at for p in slot_parties(s, c, mention, "genitive")] \
            or after
    mention.participants.extend(after)
    if mention.kind in lexicon.DESCRIBED_KINDS:
        mention.participants.extend(noun_target_parties(s, trigger, mention) + sentenced_parties(s, trigger, mention))
    mention.participants.extend(frame_parties(s, trigger, mention) + _present_within(s, trigger, mention)
                                + _done_by(s, trigger, mention))
    # `встреча Путина и Макрона` says who met, unlike `встреча с Макроном`, or a body's `заседание парламента`
    # (who spoke at it took part too), or the office an election fills (`на выборах мэра победил Собянин`)
    own = any(p.joined is None and p.type != "ORG" and not fills_office(s, mention, p) for p in after)
    # `после визита в Китай Путин вернулся`: a trip the clause comes after; `после встречи с Путиным Макрон заявил`:
    # talks with someone, whose other side is the clause's
    bound = s.case_words(trigger)[:1]
    bounded = bool(bound) and bound[0] in lexicon.TRIP_BOUNDS
    if not own and (any(s.tokens[c].rel == "det" and s.lemma(c) in lexicon.REFLEXIVE_POSSESSIVES
                        for c in s.children[trigger]) or bounded and mention.kind == "visit"):
        mention.participants.extend(_owner(s, trigger, mention))
    elif not own and bounded and mention.kind in PARTNERED_KINDS and any(p.joined for p in mention.participants):
        mention.participants.extend(_other_side(s, trigger, mention))
    mention.generic = _generic(s, trigger) or _interview(s, trigger) or _wished(s, verb) or _asked_for(s, trigger, verb)
    mention.happens = not mention.generic and _resulted(s, trigger)
    mention.complemented = _complemented(s, trigger)
    part = event_noun(s, trigger)  # `раунд переговоров пройдет`: the part stands for the event in the clause
    noun = s.tokens[part]
    if verb is not None:
        lemma = s.lemma(verb)
        finite = s.is_clause_verb(verb) and s.tokens[verb].feats.get("VerbForm") != "Inf"
        if (phrase := taking_part(s, trigger)) is not None:  # `принял участие в переговорах`: `участвовал`
            lemma = lexicon.TAKING_PART[taking_part_key(s, s.tokens[trigger].head)]
            mention.used.add(s.tokens[trigger].head)
        if lemma in lexicon.HAPPENING_VERBS and noun.rel in ("nsubj", "conj"):
            mention.happens, mention.holds = finite, True
            mention.used.add(verb)
            mention.participants.extend(frame_parties(s, verb, mention))  # `у Воронцова прошел обыск`
            mention.attendees.extend(_arrived_there(s, verb, mention))
            if mention.kind == "court":  # `в Хамовническом суде начались слушания`
                mention.participants.extend(court_of_filing(s, verb, mention))
        elif (lemma in lexicon.HOLDING_VERBS or lemma in lexicon.CONTEST_VERBS and mention.kind == "election") \
                and (noun.rel in ("obj", "iobj", "obl", "conj", "nsubj:pass") or phrase) \
                and not set(s.case_words(part)[:1]) & lexicon.DATE_BOUNDS \
                and " ".join(s.case_words(part)) not in lexicon.REASON_PREPOSITIONS | {"по"}:
            # not `после ареста был отправлен`, nor `подал ходатайство в связи с обжалованием`, nor what one gets
            # or pays under a suit or a ruling (`получить долг по иску к «Газпрому»`)
            mention.happens, mention.holds = finite, True
            mention.used.add(verb)
            if noun.rel == "nsubj:pass":  # `удар был нанесен самолетами ВВС`: the doer, not the event
                mention.participants.extend(p for c in s.children[verb] if agent_of_passive(s, c)
                                            for p in slot_parties(s, c, mention, "agent"))
            elif _passive(s, verb):  # `Хорошавин был отправлен в отставку`: the one sent
                mention.participants.extend(_subjects(s, verb, mention, "object"))
            else:
                mention.participants.extend(_subjects(s, verb, mention, f"subject:{lemma}"))
            mention.participants.extend(_partners_of_verb(s, verb, mention))  # `начать с Россией переговоры`
            if mention.kind in lexicon.DESCRIBED_KINDS:
                mention.participants.extend(holder_target_parties(s, verb, mention))
            if mention.kind == "court":  # `подал в суд ходатайство`, `Петрову вынесли приговор`, `приговор был
                # вынесен в отношении Петрова`
                mention.participants.extend(court_of_filing(s, verb, mention) + sentenced_parties(s, verb, mention)
                                            + [p for c in s.children[verb] if s.tokens[c].rel == "obl"
                                               for p in court_side_parties(s, c, mention)])
        elif _attended(s, part):
            mention.attended = True
            mention.used.update(range(_frame_start(s, part), trigger))
            if not own:  # and the person they talked with there (`в ходе встречи Лавров обсудил с Ван И`), not on a
                # trip, where whom one talks with is met apart (`в ходе визита договорился с президентом`)
                mention.participants.extend(attendees(s, verb, mention) + [
                    p for p in _partners_of_verb(s, verb, mention) if p.type == "PER" and mention.kind != "visit"])
    elif not own and token.rel == "nmod" and s.tokens[trigger].head >= 0:
        # `по итогам переговоров Лавров сообщил`, `в рамках визита ... подписали`
        holder = s.tokens[trigger].head
        outer = governing_verb(s, holder)
        if outer is not None and _attended(s, holder, through=True):
            mention.attended = True
            mention.participants.extend(attendees(s, outer, mention))


PARTNERED_KINDS = {"talks", "meeting", "phone_call"}  # one side talks `с` the other


def _present_within(s: Sentences, noun: int, mention: EventMention) -> list[Party]:
    """`переговоры, в которых участвовали Лавров и Ван И`, `встреча, на которой присутствовал министр`: the subject
    of a verb of attending in a relative clause on the event's noun takes part in it."""
    found: list[Party] = []
    for c in s.children[noun]:
        if s.tokens[c].rel.startswith("acl") and s.lemma(c) in lexicon.ATTENDING_VERBS and any(
                s.lemma(k) == "который" and s.case_words(k)[:1] in (("в",), ("во",), ("на",)) for k in s.children[c]):
            found.extend(subject_parties(s, c, mention))
    for party in found:
        party.slot = "taking_part"
    return found


def _done_by(s: Sentences, noun: int, mention: EventMention) -> list[Party]:
    """`митинг, организованный партией «Яблоко»`, `удар, нанесенный израильскими ВВС`: the doer of a passive
    participle of a verb that holds the event, on its noun, holds it, when named (`беспорядки, устроенные
    палестинцами` tell no one apart); not a court's (`иски, поданные родственниками`: who files is no court)."""
    if mention.kind == "court":
        return []
    return [p for c in s.children[noun] if s.tokens[c].rel.startswith(("acl", "amod"))
            and s.tokens[c].feats.get("VerbForm") == "Part" and s.lemma(c) in lexicon.HOLDING_VERBS
            for g in s.children[c] if agent_of_passive(s, g) for p in slot_parties(s, g, mention, "agent")
            if not p.described]


def _arrived_there(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """`переговоры пройдут в отеле «Бристоль», куда прибыли Джон Керри и Франк-Вальтер Штайнмайер`: who came
    where an event is held is there for it."""
    for c in s.children[verb]:
        if s.tokens[c].rel != "obl" or s.case_words(c)[:1] not in (("в",), ("во",), ("на",)):
            continue
        phrase, j = set(s.subtree(c)), c + 1
        while j < len(s.tokens) and (j in phrase or s.tokens[j].pos == "PUNCT") and s.low(j) != "куда":
            j += 1
        if j < len(s.tokens) and s.low(j) == "куда" and (motion := s.tokens[j].head) >= 0 \
                and s.lemma(motion) in lexicon.MOTION_VERBS:
            return subject_parties(s, motion, mention)
    return []


def _caused(s: Sentences, trigger: int) -> Optional[int]:
    """`погиб в результате авиаудара`, `пострадали из-за взрыва`, `вследствие обстрела`: the verb of
    what the attack caused, whose place and time are the attack's; None if it is not so framed."""
    words = s.case_words(trigger)
    if words[:1] and words[0] in lexicon.CAUSE_PREPOSITIONS:
        return governing_verb(s, trigger)
    head = s.tokens[trigger].head
    if s.tokens[trigger].rel == "nmod" and head >= 0 and s.case_words(head)[:1] == ("в",) \
            and s.lemma(head) == "результат":
        return governing_verb(s, head)
    return None


def _owner(s: Sentences, trigger: int, mention: EventMention) -> list[Party]:
    """Whose own event `своего визита` is, or a trip the clause is told before or after (`после визита в Китай`):
    the subject of the clause the noun is in (`Накануне своего визита в Пекин Туркменбаши готов был ...`)."""
    k = _clause_verb(s, trigger)
    return subject_parties(s, k, mention) if k >= 0 else []


def _other_side(s: Sentences, trigger: int, mention: EventMention) -> list[Party]:
    """`после встречи с Путиным Макрон заявил`: the other side of talks told with a partner only, the clause's
    subject where it names someone itself (not `глава ведомства`, nor a name in a quotation before), and stands in
    the noun's clause (not `Казаков подтвердил, что Наздратенко после разговора с президентом ...`, misparsed)."""
    k = _clause_verb(s, trigger)
    return [p for p in (attendees(s, k, mention) if k >= 0 else [])
            if not any(s.tokens[j].pos == "SCONJ" for j in range(min(p.token, trigger), max(p.token, trigger)))]


def _clause_verb(s: Sentences, trigger: int) -> int:
    """The verb of the clause a noun is in, or -1."""
    k = s.tokens[trigger].head
    while k >= 0 and not s.is_clause_verb(k) and s.tokens[k].rel != "root":
        k = s.tokens[k].head
    return k


def _partners_of_verb(s: Sentences, verb: int, mention: EventMention) -> list[Party]:
    """The `с`/`между` phrases of a verb (the pattern `partner`): `встретился с Налбандовым`,
    `начать с Россией переговоры`."""
    partners = []
    for match in EVENTS.matches(s.analysis, verb, ("partner",)):
        preposition = match["prep"]
        if mention.verb_trigger or preposition != mention.trigger + 1:  # read with the noun
            partners.extend(chain_after(s, preposition, "Ins", mention))
    for party in partners:
        party.slot = "partner"
    return partners


def _interview(s: Sentences, trigger: int) -> bool:
    """`беседа с корреспондентом «Голоса Америки»`, `встреча с журналистами`: the press, not a party."""
    after = trigger + 1
    if after < len(s.tokens) and s.low(after) in ("с", "со"):
        return any(s.lemma(j) in lexicon.PRESS_NOUNS for j in range(after + 1, min(after + 4, len(s.tokens))))
    return False


def _wished(s: Sentences, verb: Optional[int]) -> bool:
    """`призывал вести переговоры`, `предложили начать переговоры`: talks asked for, not held."""
    if verb is None or s.tokens[verb].feats.get("VerbForm") != "Inf":
        return False
    k = verb
    while s.tokens[k].feats.get("VerbForm") == "Inf" and s.tokens[k].head >= 0:
        k = s.tokens[k].head  # `требование отправить в отставку`: a noun that asks, as a verb does
        if s.lemma(k) in lexicon.WISHING_WORDS or s.lemma(k) in lexicon.GENERIC_HEADS:
            return True
    return False


def _asked_for(s: Sentences, trigger: int, verb: Optional[int]) -> bool:
    """`требуют отставки министра`, `добиваться ареста активов`: the object of a verb that asks for an
    event names one not yet held (`призвал к переговорам` is read as what it leads to)."""
    return verb is not None and s.lemma(verb) in lexicon.WISHING_WORDS and s.tokens[trigger].rel in ("obj", "obl") \
        and not s.case_words(trigger)


def _complemented(s: Sentences, trigger: int) -> bool:
    """Whether the trigger has a complement of its own that the rules could not read (`визит на острова
    ...`, `встреча выпускников`): such a mention names some event, not necessarily the last one."""
    for c in s.children[trigger]:
        if s.tokens[c].rel != "nmod" or c in s.date_at:
            continue
        words = s.case_words(c)
        if not words or words[0] not in lexicon.TOPIC_PREPOSITIONS | {"по"}:
            return True
    return False


def _frame_start(s: Sentences, trigger: int) -> int:
    """Where `в ходе своей пресс-конференции` begins: the trigger's preposition."""
    cases = [c for c in s.children[trigger] if s.tokens[c].rel == "case"]
    return min(cases + [trigger])


def _attended(s: Sentences, noun: int, through: bool = False) -> bool:
    """`в ходе визита`, `на встрече`, `по итогам переговоров`: the clause's subject was there.
    With `through`, `noun` is the frame's own noun (`итогам` in `по итогам переговоров`)."""
    words = s.case_words(noun)
    if through:
        return words[:1] + (s.lemma(noun),) in lexicon.ATTENDANCE_FRAMES
    at = words[:1] == ("на",) and s.case(noun) in ("Loc", None)  # `на переговорах`, not `послал на переговоры`
    return at or words[:2] in lexicon.ATTENDANCE_FRAMES


def _generic(s: Sentences, trigger: int) -> bool:
    if any(s.tokens[c].rel == "amod" and s.lemma(c) in lexicon.HYPOTHETICAL_ADJECTIVES for c in s.children[trigger]):
        return True  # `о возможных нападениях`: a possibility
    words = s.case_words(trigger)
    if words[:1] and words[0] in lexicon.GENERIC_PREPOSITIONS and not _resulted(s, trigger):
        return True
    k = trigger  # `угроза теракта`, `прогнозы нанесения ударов`: up to two nouns above
    while s.tokens[k].rel == "conj" and s.tokens[k].head >= 0:  # `требование выборов и отставки`
        k = s.tokens[k].head
    for _ in range(2):
        head = s.tokens[k].head
        if s.tokens[k].rel != "nmod" or head < 0 or taking_part(s, k) is not None:
            return False
        frame = s.case_words(head)[:1] + (s.lemma(head),)
        if s.lemma(head) in lexicon.GENERIC_HEADS or frame in lexicon.CONDITIONAL_FRAMES:
            return True  # `угроза теракта`, `в случае нападения`
        k = head
    return False


def _resulted(s: Sentences, trigger: int) -> bool:
    """`публикация привела к отставке`, `арест вызвал волну протестов`: what something led to or caused
    happened, though `к` mostly asks for an event (`призвал к переговорам`); what things lead to as a
    rule (`приводят к отставкам`) is no one occurrence, nor one called for (`вызвал на переговоры`)."""
    k, head = trigger, s.tokens[trigger].head
    if s.tokens[k].rel == "nmod" and head >= 0 and s.lemma(head) in lexicon.SERIES_NOUNS:
        k = head
    verb = governing_verb(s, k)
    return verb is not None and s.lemma(verb) in lexicon.RESULTING_VERBS \
        and s.tokens[verb].feats.get("Tense") == "Past" and (s.tokens[k].rel == "obj" or s.case_words(k)[:1] == ("к",))


def find_mentions(article: Article) -> tuple[Sentences, list[EventMention]]:
    """Every event mention of the article's analysed text, in text order."""
    s = Sentences(article)
    found: dict[int, str] = {}
    for i in EVENTS.anchors(s.analysis):
        if s.tokens[i].pos not in ("NOUN", "PROPN", "VERB"):
            continue
        kind = trigger_kind(s, i)
        if kind is not None:
            found[i] = kind
    triggers = set(found)
    mentions = [read_mention(s, i, kind, triggers) for i, kind in sorted(found.items())]
    _attended_there(s, mentions)
    _detained_at(s, mentions)
    _hearings(s, mentions)
    return s, mentions


COURT_ACTS = entries("court_acts")
HEARING_REACH = 2  # sentences: how far back a court case told makes a bare `заседание` its hearing


def _hearings(s: Sentences, mentions: list[EventMention]) -> None:
    """`Суд арестовал Петрова. Заседание прошло в закрытом режиме`: a sitting that names no body nor anyone, just
    after a court case is told, is that court's hearing (`court_acts.txt`), not a council's session; unless the
    story told before a session of someone named, which it refers back to (`СНБО на заседании утвердил ...
    присутствовавший на заседании`)."""
    for n, m in enumerate(mentions):
        if m.kind == "session" and s.lemma(m.trigger) in COURT_ACTS and not m.participants and not m.attendees \
                and (m.place is None or m.place.type != "ORG") \
                and not any(o.kind == "session" and o.participants for o in mentions[:n]) \
                and any(o.kind == "court" and 0 <= m.sentence - o.sentence <= HEARING_REACH for o in mentions[:n]):
            m.kind = "court"


DETAINED_SLOTS = {slot for (kind, slot), role in lexicon.ROLES.items() if kind == "detention" and role == "detained"}


def _detained_at(s: Sentences, mentions: list[EventMention]) -> None:
    """`задержанный полицейскими на одиночном пикете`, `На митинге задержали двадцать человек`: a protest
    that people were detained at took place, where they were detained, and those detained took part in it."""
    detentions = {m.trigger: m for m in mentions if m.kind == "detention" and not (m.generic or m.negated)}
    for m in mentions:
        detention = detentions.get(s.tokens[m.trigger].head)
        if m.kind != "protest" or detention is None or s.case_words(m.trigger)[:1] != ("на",):
            continue
        m.happens = detention.status != "planned"
        m.place = m.place or detention.place  # where they were detained, the protest was
        m.participants.extend(replace(p, slot="taking_part") for p in detention.participants
                              if p.slot in DETAINED_SLOTS)


PRONOUN_FORMS = {"он": ("Sing", "Masc"), "она": ("Sing", "Fem"), "оно": ("Sing", "Neut"), "они": ("Plur", None)}


def _attended_there(s: Sentences, mentions: list[EventMention]) -> None:
    """`Встреча примечательна: на ней присутствуют Фабиус и Зариф`, `в них участвовали`: the subject of a
    verb of attending takes part in the event a `на`/`в` pronoun stands for, the latest event noun of the
    sentence or the one before that agrees with it in number and gender."""
    nouns = [m for m in mentions if s.tokens[m.trigger].pos == "NOUN"]
    for j, token in enumerate(s.tokens):
        form = PRONOUN_FORMS.get(s.lemma(j)) if token.pos == "PRON" else None
        verb = token.head
        if form is None or s.case_words(j)[:1] not in (("на",), ("в",), ("во",)) or verb < 0 \
                or s.lemma(verb) not in lexicon.ATTENDING_VERBS:
            continue
        antecedent = next((m for m in reversed(nouns) if m.trigger < j and token.sentence - m.sentence <= 1
                           and _agrees_with(s.tokens[m.trigger].feats, form)), None)
        if antecedent is None or antecedent.generic:
            continue
        scratch = EventMention(antecedent.kind, verb, token.sentence)  # its words are no evidence of the noun's
        for party in subject_parties(s, verb, scratch):
            party.slot = "taking_part"
            antecedent.attendees.append(party)


def _agrees_with(feats: dict, form: tuple[str, Optional[str]]) -> bool:
    number, gender = form
    return feats.get("Number") == number and (gender is None or feats.get("Gender") == gender)
