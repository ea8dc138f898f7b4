"""Events stage: talks, meetings, visits, phone calls, summits, sessions, press conferences, briefings,
court proceedings, detentions, attacks, protests, appointments and elections.

`mentions` finds each mention and reads its clause (participants, place, dates, duration, status);
`coreference` makes the mentions of one occurrence one event; this module names the participants and
places through the entities, gives each participant its role, and writes the record.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Optional

from ..entities import entity_at
from ..entities.lexicon import COUNTRY_BY_CAPITAL, COUNTRY_BY_LEMMA, FACILITY_KINDS, PLACE_KINDS, STREET_KINDS
from ..entities.normal import person_name, phrase_name
from ..lexicon import fold
from ..model import Article, Entity, Event, Mention, Participant, Span
from ..stages import stage
from . import lexicon
from .clause import LOCATED_KINDS, place_of_party
from .coreference import FAMILY, Cluster, cluster, dates_of, status_of
from .mentions import EventMention, Party, Sentences, find_mentions
from .parties import adjective_place, country_of_place, fills_office, place_phrase


@stage("events", requires=["analysis", "entities", "dates", "title", "lead"], assigns=["events"])
def annotate(article: Article) -> Article:
    """Pipeline stage: `article.events`, from the analysis, the entities and the dates."""
    s, mentions = find_mentions(article)
    names = Names(s)
    regions = [span for span in (article.title, article.lead) if span is not None]

    def opening(mention: EventMention) -> bool:
        start = s.tokens[mention.trigger].start
        return any(r.start <= start < r.end for r in regions)

    clusters = cluster(mentions, names.key, names.place_keys, lambda mention, party: _role(s, mention, party),
                       lambda mention, party: names.court(party) if _role(s, mention, party) == "court" else None,
                       opening, lambda mention: s.tokens[mention.trigger].start)
    incidents = {(m.place.start, m.place.end) for c in clusters for m in c.mentions
                 if m.place is not None and m.kind in LOCATED_KINDS}  # where a court case, detention ... was
    events = [_event(s, names, c, incidents) for c in clusters]
    nearby = [_place_nearby(s, names, c, {p.entity or p.name for p in e.participants}, set())
              if e.place is None and e.type in LOCATED_KINDS else None for c, e in zip(clusters, events)]
    scenes = [any(_at_scene(s, m) for m in c.mentions) for c in clusters]
    article.events = _placed_as_before(events, nearby, scenes)
    _candidates(s, names, article.events)
    _one_case(s, clusters, events)
    _visitor_meets(s, clusters, events)
    return article


def _visitor_meets(s: Sentences, clusters: list[Cluster], events: list[Event]) -> None:
    """`Путин прибыл в Париж. Встреча с Макроном прошла в Елисейском дворце`: a meeting or talks that name only
    whom one met (`с Макроном`) are the visitor's, told by a visit in that sentence or the one before."""
    visits = [(s.tokens[c.anchor.trigger].sentence, e) for c, e in zip(clusters, events) if e.type == "visit"]
    for c, e in zip(clusters, events):
        parties = [p for m in c.mentions for p in m.participants + m.attendees]
        if e.type not in ("meeting", "talks") or not parties or any(p.joined not in ("с", "со") for p in parties):
            continue
        sentence = s.tokens[c.mentions[0].trigger].sentence
        visit = next((v for at, v in reversed(visits) if sentence - 1 <= at <= sentence
                      and v.trigger.start < e.trigger.start), None)
        if visit is not None:
            present = {p.entity or p.name for p in e.participants}
            e.participants.extend(p for p in visit.participants
                                  if p.type == "PER" and (p.entity or p.name) not in present)


def _one_case(s: Sentences, clusters: list[Cluster], events: list[Event]) -> None:
    """`Суд приговорил Петрова к трем годам ... Условный срок не помешал ...`: where every court act of the story
    that names its defendant names the same ones, the story is of one case, and an act that names no defendant
    (nor someone unnamed in that role) is of that case: its defendants take part."""
    court = [(c, e) for c, e in zip(clusters, events) if e.type == "court"]
    named = {frozenset(p.entity for p in e.participants if p.role == "defendant" and p.entity) for _, e in court}
    named.discard(frozenset())
    if len(named) != 1:
        return
    case = next(iter(named))
    defendants = {p.entity: p for _, e in court for p in e.participants if p.entity in case}
    for c, e in court:
        if not any(_role(s, m, party) == "defendant" for m in c.mentions for party in m.participants):
            present = {p.entity for p in e.participants}
            e.participants.extend(p for entity, p in defendants.items() if entity not in present)


def _candidates(s: Sentences, names: Names, events: list[Event]) -> None:
    """`кандидатки Анисимовой`, `лидирует кандидат от «Национального движения» Михаил Саакашвили`: a
    person named beside a noun for one who runs is a candidate in the election told last before (else
    the first told after); where the article tells no election, of none."""
    told = sorted((span.start, n, e) for n, e in enumerate(events) if e.type == "election" for span in e.mentions)
    if not told:
        return
    for i, token in enumerate(s.tokens):
        if s.lemma(i) not in lexicon.CANDIDATE_NOUNS or any(  # `кандидат наук`: a degree
                s.tokens[c].rel == "nmod" and not s.case_words(c) and s.name_at[c] is None for c in s.children[i]):
            continue
        person = next((name for c in s.children[i] if s.tokens[c].rel in ("appos", "nmod", "flat:name")
                       and not s.case_words(c) and (name := s.name_at[c]) is not None and name.type == "PER"), None)
        if person is None:
            continue
        before = [e for start, _, e in told if start < token.start]
        event = before[-1] if before else told[0][2]
        found = names.participant(Party(person.start, person.end, "PER", token=s.name_tokens(person)[0]))
        if found is not None and all((p.entity or p.name) != (found.entity or found.name) for p in event.participants):
            event.participants.append(replace(found, role="candidate"))


def _placed_as_before(events: list[Event], nearby: list[Optional[Participant]], scenes: list[bool]) -> list[Event]:
    """`Суд также арестовал ...`, `восемь сотрудников были арестованы в четверг`: a court case, detention,
    attack or protest that no clause places happened where the story's last one placed before it did, of its
    own kind first (a trial in Hamburg of pirates who attacked off Nigeria); the first of the story, where a
    place was named just before it (`nearby`, `В тульской школе ... При этом учитель ударил ученика`). So
    does a visit to the scene of one (`побывавший на месте захвата заложников`, `scenes`)."""
    placed: list[Event] = []
    for event, near, scene in sorted(zip(events, nearby, scenes), key=lambda row: row[0].trigger.start):
        if event.place is None and (event.type in LOCATED_KINDS or scene):
            located = [p for p in placed if p.place is not None and p.type in LOCATED_KINDS]
            before = next((p for p in reversed(located) if p.type == event.type), located[-1] if located else None)
            event.place = before.place if before is not None else near
        placed.append(event)
    return events


BARE_SIDES = {"attack"}  # kinds whose sides take part by their bare noun (`исламисты`, `боевики`)


class Names:
    """Participants and places named as the entities name them, in the nominative."""

    def __init__(self, s: Sentences):
        self.s = s
        self._known: dict[tuple, Optional[Participant]] = {}
        self._bodies: Optional[dict[str, list[tuple[int, int, Entity]]]] = None
        self._home: Optional[dict[str, Optional[Participant]]] = None

    def participant(self, party: Party) -> Optional[Participant]:
        """The participant a party is, or None for a person named by office whom no entity is."""
        index = (party.start, party.end, party.name, party.unnamed)
        if index not in self._known:
            self._known[index] = self._participant(party)
        return self._known[index]

    def _participant(self, party: Party) -> Optional[Participant]:
        article = self.s.article
        span = Span.of(article.text, party.start, party.end)
        if party.name:  # `российско-американские`: the country the adjective names
            entity = next((e for e in article.entities if e.type == "LOC" and e.name == party.name), None)
            return Participant(party.name, entity.id if entity else None, "LOC", span)
        entity = entity_at(article, party.start, party.end)
        if party.described:  # `Полиция Берлина` is not Берлин: only an entity named by the very phrase
            exact = entity is not None and any((m.start, m.end) == (party.start, party.end) for m in entity.mentions)
            named = entity if exact else self._body_named_before(party) or self._holder(party)
            if named is None and self._kind_noun(party) not in (None, *lexicon.COURT_NOUNS):
                return None  # `правительство` where the text names no government: no one named (EVENTS.md)
            return Participant(named.name, named.id, named.type, span) if named is not None \
                else Participant(self.written(party), None, party.type, span)
        if party.unnamed:  # `с послом Италии`: the person, if the entities know who, else Италия
            if entity is None or entity.type != "PER":
                entity = self._holder(party)
            if entity is not None:
                return Participant(entity.name, entity.id, "PER", span)
            return self.participant(party.office_of) if party.office_of is not None else None
        if entity is not None and (entity.type == "PER") == (party.type == "PER"):
            return Participant(entity.name, entity.id, entity.type, span)
        return Participant(self.written(party), None, party.type, span)

    def _holder(self, party: Party) -> Optional[Entity]:
        """The one person the text gave the office a party names (`глава Фонда борьбы с коррупцией`
        after `Глава Фонда борьбы с коррупцией Алексей Навальный`): the office's noun heads one of their
        roles, of a body the phrase names."""
        article, title = self.s.article, self.s.lemma(party.token)
        bodies = {e.id: e.name for e in self.within(party) if e.type != "PER"}
        holders = [e for e in article.entities if e.type == "PER" and any(
            title in fold(r.title).split() and (r.entity in bodies or r.organization in bodies.values())
            for r in e.roles)]
        return holders[0] if len(holders) == 1 else None

    def within(self, party: Party) -> list[Entity]:
        """The entities the words of a party's phrase are, one a word (`мэра Москвы`: the person, Москва)."""
        return [e for j in self.s.analysis.tokens_in(party.start, party.end)
                if (e := entity_at(self.s.article, self.s.tokens[j].start, self.s.tokens[j].end)) is not None]

    def court(self, party: Party) -> Optional[frozenset[str]]:
        """The words of a court's name, for a court named as one (`Басманный суд Москвы`), not by its kind
        noun alone (`Суд`) nor by its judge."""
        participant = self.participant(party)
        if participant is None or party.type != "ORG" or self._kind_noun(party) is not None:
            return None
        return frozenset(fold(participant.name).split())

    def someone(self, party: Party, kind: str) -> bool:
        """`палестинский камикадзе`, `сообщник`, `шесть спортсменов`: a person, or people counted, whom the
        text neither names nor gives an office (EVENTS.md: a side takes part when named; `израильские
        военные` and `глава республики` do); a group by its bare noun (`полицейские`, `оппозиция`) or people by
        what they are (`сторонники оппозиции`, `сотрудники банка`), but for an attack, whose doers a text often
        knows no better (`исламисты`, `израильские военные`)."""
        if not party.described:
            return False
        if self._kind_noun(party) in lexicon.COURT_NOUNS and (participant := self.participant(party)) is not None \
                and participant.entity is None:
            return True  # `Суд приговорил ...` where no court is named: a side, kept to tell its acts apart
        token = self.s.tokens[party.token]
        animate = token.feats.get("Animacy") == "Anim"
        office = token.feats.get("Number") == "Sing" and self.s.lemma(party.token) in lexicon.ROLE_NOUNS
        if kind not in BARE_SIDES and (len(self.s.analysis.tokens_in(party.start, party.end)) == 1
                                       or (animate and not office)) \
                and self._kind_noun(party) is None and entity_at(self.s.article, party.start, party.end) is None:
            return True
        if not animate:
            return False
        if any(self.s.tokens[c].rel.startswith("nummod") for c in self.s.children[party.token]):
            return True
        return token.feats.get("Number") == "Sing" and not office

    def _kind_noun(self, party: Party) -> Optional[str]:
        """The lemma of a party that is a body's kind noun alone (`суд`, `парламента`), else None."""
        tokens = self.s.analysis.tokens_in(party.start, party.end)
        word = self.s.lemma(tokens[0]) if len(tokens) == 1 else None
        return word if word in lexicon.BODY_KINDS else None

    def _body_named_before(self, party: Party) -> Optional[Entity]:
        """`Суд также арестовал ...`, `на заседании парламента`: a body named by its kind noun is the body
        of that kind named last before (`Тверской районный суд Москвы`, `Верховная Рада`)."""
        if (word := self._kind_noun(party)) is None:
            return None
        if self._bodies is None:  # a kind noun → (start, end, entity) of the mentions of organisations of that kind
            self._bodies = {}
            for e in self.s.article.entities:
                if e.type == "ORG":
                    named = set(fold(e.name).split())
                    for noun, words in lexicon.BODY_KINDS.items():
                        if named & words:
                            self._bodies.setdefault(noun, []).extend((m.start, m.end, e) for m in e.mentions)
            for listed in self._bodies.values():
                listed.sort(key=lambda found: found[0])  # stable: in the entities' order where two start together
        mentioned = self._bodies.get(word, [])
        k = bisect_right(mentioned, party.start, key=lambda found: found[0])
        while k > 0 and mentioned[k - 1][1] > party.start:  # overlapping the party: not before it
            k -= 1
        if not k:
            return None
        latest = mentioned[k - 1][0]
        first = bisect_left(mentioned, latest, key=lambda found: found[0])
        return next(e for start, end, e in mentioned[first:k] if end <= party.start)

    def government(self, participant: Participant) -> Participant:
        """`переговоры между Москвой и Киевом`: a capital that takes part in talks or a meeting is its country's
        government, the country (as `с послом Италии` is Италия)."""
        country = COUNTRY_BY_CAPITAL.get(fold(participant.name)) if participant.type == "LOC" else None
        if country is None:
            return participant
        entity = next((e for e in self.s.article.entities if e.type == "LOC" and e.name == country.name), None)
        return replace(participant, name=country.name, entity=entity.id if entity else None)

    def place(self, party: Party) -> Participant:
        """A place under its own name (`в Москве` is Москва, though the entities read Москва as
        Россия when it acts as the government): linked to the entity that goes by that name. A place kind
        before a name is dropped (`в провинции Хама`: Хама), a street's kept (`проспект Сахарова`); so is the
        country's adjective (`в австрийской столице Вене`: Вена), the name as the entities put it in the nominative
        (`в таджикском городе Курган-Тюбе`)."""
        tokens = self.s.analysis.tokens_in(party.start, party.end)
        if party.name:  # a country an adjective names (`шведский суд`)
            entity = next((e for e in self.s.article.entities if e.type == "LOC" and e.name == party.name), None)
            return Participant(party.name, entity.id if entity else None, "LOC",
                               Span.of(self.s.article.text, party.start, party.end))
        whole = entity_at(self.s.article, party.start, party.end)
        proper = self._proper_name(tokens)
        if proper is not None:
            party = replace(party, start=self.s.tokens[proper].start)
        words = whole.name.split() if whole is not None else []
        name = " ".join(words[tokens.index(proper):]) if proper is not None and len(words) == len(tokens) \
            else self.written(party)
        entity = entity_at(self.s.article, party.start, party.end)
        span = Span.of(self.s.article.text, party.start, party.end)
        if entity is not None and (entity.name == name or name in entity.aliases):
            return Participant(entity.name, entity.id, party.type, span)
        # `в городе Лод`: the entity, under its own name; not where a facility of it was (`при обстреле аэропорта
        # Донецка`: the airport is a side, the city the place)
        known = entity.id if entity is not None and entity is whole and proper is not None and not any(
            self.s.lemma(j) in FACILITY_KINDS for j in tokens if j < proper) else None
        return Participant(name, known, party.type, span)

    def _proper_name(self, tokens: range) -> Optional[int]:
        """Where the proper name starts in a place's phrase that the entities name with its kind and the country's
        adjective (`в провинции Хама`, `в австрийской столице Вене`, `в немецком Мюнхене`): after the lower-case
        adjectives and place kinds; None where nothing comes before it, or the name is another place's genitive
        (`в столице Великобритании`), or a street's (`на московском проспекте Сахарова`)."""
        s, k = self.s, 0
        while k < len(tokens) and not s.tokens[tokens[k]].text[:1].isupper() and (
                s.tokens[tokens[k]].pos == "ADJ" or s.lemma(tokens[k]) in PLACE_KINDS - STREET_KINDS):
            k += 1
        if k == 0 or k == len(tokens) or not s.tokens[tokens[k]].text[:1].isupper():
            return None
        kinds = [j for j in tokens[:k] if s.tokens[j].pos == "NOUN"]
        return tokens[k] if s.case(tokens[k]) != "Gen" or kinds and s.case(kinds[-1]) == "Gen" else None

    def home(self, kind: str) -> Optional[Participant]:
        """The article's own `city` or `country`: the one it names most often (by name, by a place
        adjective: `московском`, `российских`; a capital counts for its country too), the dateline's
        first. Where an event that names no place of its own happened (`выборы президента`: the country
        votes; a rally `на Болотной площади`: in the city)."""
        if self._home is None:
            counts: dict[str, dict[str, int]] = {"city": {}, "country": {}}
            found: dict[str, Participant] = {}
            text = self.s.article.text

            def count(where: str, name: str, entity: Optional[str], start: int, end: int, n: int = 1) -> None:
                counts[where][name] = counts[where].get(name, 0) + n
                found.setdefault(name, Participant(name, entity, "LOC", Span.of(text, start, end)))

            dateline = self.s.article.dateline
            for e in self.s.article.entities:
                if e.type != "LOC" or not e.mentions:
                    continue
                first, n = e.mentions[0], len(e.mentions) + sum(
                    dateline is not None and m.start == dateline.start for m in e.mentions) * 100
                country = COUNTRY_BY_LEMMA.get(fold(e.name))
                if country is not None:
                    count("country", country.name, e.id, first.start, first.end, n)
                elif not set(fold(e.name).split()) & PLACE_KINDS:  # a city, not a street or a region
                    count("city", e.name, e.id, first.start, first.end, n)
                    if (capital_of := COUNTRY_BY_CAPITAL.get(fold(e.name))) is not None:
                        count("country", capital_of.name, None, first.start, first.end, n)
            for i, token in enumerate(self.s.tokens):
                named = lexicon.place_of_adjective(self.s.lemma(i)) \
                    if token.pos == "ADJ" and not self._street_name(i) else None
                if named is not None:
                    where = "country" if COUNTRY_BY_LEMMA.get(fold(named)) else "city"
                    count(where, named, None, token.start, token.end)
            self._home = {where: found[max(names, key=names.__getitem__)] if names else None
                          for where, names in counts.items()}
        return self._home[kind]

    def _street_name(self, i: int) -> bool:
        """A capitalised adjective that names a street or a square (`на Пушкинской площади`, in no town
        Пушкин), unlike one that says the city (`на московском проспекте Сахарова`)."""
        head = self.s.tokens[i].head
        return self.s.tokens[i].text[:1].isupper() and head >= 0 and self.s.lemma(head) in PLACE_KINDS

    def written(self, party: Party) -> str:
        tokens = self.s.analysis.tokens_in(party.start, party.end)
        if not tokens:
            return self.s.article.text[party.start:party.end]
        if party.type == "PER":
            return person_name(self.s.analysis, tokens[0], tokens[-1] + 1, None)
        return phrase_name(self.s.analysis, tokens[0], tokens[-1] + 1)

    def place_keys(self, place: Party) -> tuple[str, frozenset[str]]:
        """A place as mentions are compared: its own name, and the names of the places it lies in: the
        country, when the text or the lexicon says (`в Вене` and `в Австрии`, `в Курдском автономном районе
        Ирака` and `в Ираке` may be one; `в Вене` and `в Зальцбурге` may not), and the article's city a
        street or square of no city named is in (`на Болотной площади` is in Москва, not on `проспекте
        Сахарова`)."""
        name = fold(place.name or self.written(place))  # `на московском проспекте`: Москва
        capital_of = COUNTRY_BY_CAPITAL.get(name)
        within = country_of_place(self.s, place) if place.token >= 0 else None
        countries = {fold(capital_of.name)} if capital_of else set()
        if within is None and set(name.split()) & STREET_KINDS and (city := self.home("city")) is not None:
            countries.add(fold(city.name))  # `на проспекте Сахарова` and `в Москве` may be one
        return name, frozenset(countries | ({fold(self.written(within))} if within else set()))

    def key(self, party: Party) -> Optional[str]:
        """What identifies a party when mentions are compared: its entity, else its name; None for
        a person known only by office (`с послом Италии`), who cannot tell two events apart."""
        participant = self.participant(party)
        if participant is None:
            return None
        return participant.entity or participant.name.lower()


def _event(s: Sentences, names: Names, c: Cluster, incidents: set[tuple[int, int]]) -> Event:
    text = s.article.text
    anchor = c.anchor
    trigger = s.tokens[anchor.trigger]
    # the most precise place the mentions give (`в Вене` over `в Австрии`), else where the parties are
    # a body (`выборы в Мосгордуму`, `в Кремле`) tells which event it is, but is no city, region or country
    places = [m.place for m in c.mentions if m.place is not None and m.place.type != "ORG"]
    place_party = max(places, key=lambda p: len(names.place_keys(p)[1])) if places \
        else next((m.whereabouts for m in c.mentions if m.whereabouts is not None), None)
    place = names.place(place_party) if place_party is not None else _dateline_place(s, c)
    if place is not None and set(fold(place.name).split()) & STREET_KINDS:
        place = names.home("city") or place  # `на Болотной площади`: the city's
    elif place is None and anchor.kind in HOME_KINDS:
        place = _office_place(s, names, c) or names.home(HOME_KINDS[anchor.kind])
    participants: list[Participant] = []
    seen: set[str] = {place.entity or place.name} if place else set()
    described: list[Participant] = []  # `член УИК`: gives way to a person named in the same role
    for m in c.mentions:
        for party in m.participants + m.attendees + _sitting_body(names, m):
            if fills_office(s, m, party):
                continue
            participant = names.participant(party)
            if participant is not None and m.kind in FAMILY:
                participant = names.government(participant)
            # two entities under one name (`Лоран Фабиус` ... `Фабиуса`) are one participant
            if participant is None or names.someone(party, m.kind) or (participant.entity or participant.name) in seen \
                    or participant.name in seen:
                continue
            seen.update((participant.entity or participant.name, participant.name))
            participants.append(replace(participant, role=_role(s, m, party)))
            if party.described and participant.entity is None:
                described.append(participants[-1])
    named_roles = {p.role for p in participants if p.type == "PER" and p.entity is not None}
    participants = [p for p in participants if not any(p is d for d in described) or (
        p.role not in named_roles and not _said_more_fully(p, participants))]
    if place is None:  # `удар по Донецку`, `обстрел Белгорода`: a place attacked is where the attack was
        place = next((p for p in participants if p.role == "target" and p.type == "LOC"), None)
    if place is None and anchor.kind in BODY_PLACED_KINDS:
        place = _body_place(s, names, participants)
    if place is None and anchor.kind in POST_KINDS:
        place = _office_place(s, names, c)
    if place is None and anchor.kind not in LOCATED_KINDS:  # those are placed as the story's last (below)
        place = _place_nearby(s, names, c, seen, incidents)
    if place is None and anchor.kind in POST_KINDS:
        place = _story_country(s, names, c)
    if anchor.kind == "election" and place is not None and place.type == "LOC":
        participants.append(replace(place, role="voter"))  # `выборы в Украине`: the country votes
    start, end = dates_of(c.mentions)
    duration = next((m.duration for m in c.mentions if m.duration), None)
    return Event(
        type=anchor.kind,
        trigger=Span.of(text, trigger.start, trigger.end),
        evidence=[_evidence(s, m) for m in c.mentions],
        participants=participants,
        place=place,
        date_start=start,
        date_end=end,
        duration=duration[0] if duration else None,
        duration_mention=Span.of(text, duration[1], duration[2]) if duration else None,
        status=status_of(c.mentions),
        mentions=[Span.of(text, s.tokens[m.trigger].start, s.tokens[m.trigger].end) for m in c.mentions],
    )


def _said_more_fully(party: Participant, participants: list[Participant]) -> bool:
    """`база ПВО` after `сирийская база ПВО`, `военные` beside `израильские военные`: a description that another
    participant's name holds word for word is that participant, told again more briefly."""
    words = set(fold(party.name).split())
    return any(other is not party and words < set(fold(other.name).split()) for other in participants)


# Kinds whose occurrence the article places where it is when no clause says: an election without a
# place is the country's (`выборы президента`).
HOME_KINDS = {"election": "country"}
# Kinds that fill a post, made where the post is of (`назначен министром обороны России`), else where a place is
# named near, else in the story's country (`Ющенко избирался президентом`).
POST_KINDS = {"appointment"}
# Kinds a body holds, where the body is when no clause says: `заседание парламента` of `Верховная Рада Украины`.
BODY_PLACED_KINDS = {"session"}


def _office_place(s: Sentences, names: Names, c: Cluster) -> Optional[Participant]:
    """`выборы мэра Москвы`, `выборы президента Украины`: an election no clause places is held where the office
    it fills is of (`fills_office`)."""
    for m in c.mentions:
        for party in m.participants:
            place = next((e for e in names.within(party) if e.type == "LOC"), None) \
                if fills_office(s, m, party) else None
            if place is not None:
                mention = next(x for x in place.mentions if party.start <= x.start < party.end)
                return Participant(place.name, place.id, "LOC", Span.of(s.article.text, mention.start, mention.end))
    return None


def _story_country(s: Sentences, names: Names, c: Cluster) -> Optional[Participant]:
    """The story's country, where it names it outside the event's sentences too: a country only the clause
    names is whose the people in it are (`Президент Армении назначил ... советником`), not where it happened."""
    home = names.home("country")
    entity = next((e for e in s.article.entities if home is not None and e.id == home.entity), None)
    told = {s.tokens[m.trigger].sentence for m in c.mentions}
    if entity is None or all(s.tokens[k].sentence in told for m in entity.mentions
                             if (k := s.analysis.token_index(m.start)) is not None):
        return None
    return home


def _body_place(s: Sentences, names: Names, participants: list[Participant]) -> Optional[Participant]:
    """`на заседании парламента` after `Верховная Рада Украины`: a session no clause places is held where a
    body that takes part is, as a name of it says (`Рада Украины`, `парламент Грузии`)."""
    entities = {e.id: e for e in s.article.entities}
    for p in participants:
        entity = entities.get(p.entity) if p.type == "ORG" and p.entity else None
        for m in entity.mentions if entity is not None else ():
            k = s.analysis.token_index(m.start)
            where = place_of_party(s, Party(m.start, m.end, "ORG", token=k)) if k is not None else None
            if where is not None:
                return names.place(where)
    return None


def _sitting_body(names: Names, m: EventMention) -> list[Party]:
    """`слушания пройдут в комитете по разведке Сената`: the body a session is held in takes part (the
    place is where the body is), not a building (`совещание в Кремле`)."""
    if m.kind != "session" or m.place is None or m.place.type != "ORG":
        return []
    return [m.place] if set(fold(names.written(m.place)).split()) & lexicon.SITTING_BODIES else []


def _place_nearby(s: Sentences, names: Names, c: Cluster, parties: set[str],
                  incidents: set[tuple[int, int]]) -> Optional[Participant]:
    """`Путин прилетел в Мадрид. Там он встретился с королем`: an event no clause places happened in
    the place named last before its first mention (or a local site's, `директор омского лицея`), in its
    sentence or the one before in its paragraph; not one of its parties, a place inside an organisation's
    name or a person's description, nor where a court case, detention, attack or protest was (`В Минске
    задержали ... Министр провел совещание`)."""
    article, analysis = s.article, s.analysis
    trigger = s.tokens[c.anchor.trigger]
    paragraph = next((p for p in article.paragraphs if p.start <= trigger.start < p.end), None)
    first = analysis.sentences[max(trigger.sentence - 1, 0)]
    start = max(analysis.tokens[first.first].start, paragraph.start if paragraph else 0)
    organisations = [(m.start, m.end) for e in article.entities if e.type == "ORG" for m in e.mentions]
    best: Optional[tuple[int, Entity, Mention]] = None
    for entity in article.entities:
        if entity.type != "LOC" or entity.id in parties or entity.name in parties:
            continue
        for m in entity.mentions:
            if start <= m.start < trigger.start and m.kind == "name" \
                    and not any(a <= m.start and m.end <= b for a, b in organisations) \
                    and _where(s, m) and not _describes_someone(s, m) and not _talked_over(s, m) \
                    and (m.start, m.end) not in incidents \
                    and (best is None or m.start > best[0]):
                best = (m.start, entity, m)
    site = _local_site(s, names, start, trigger.start)
    if site is not None and (best is None or site[0] > best[0]):
        return site[1]
    if best is None:
        return None
    _, entity, m = best
    return Participant(entity.name, entity.id, "LOC", Span.of(article.text, m.start, m.end))


def _local_site(s: Sentences, names: Names, start: int, end: int) -> Optional[tuple[int, Participant]]:
    """`Директор пермской школы провела беседу`, `В тульской школе ... При этом учитель ударил ученика`:
    the place of a local site that a place adjective names last between start and end (`local_sites.txt`);
    one who works there acts there, whatever the phrase's part in the clause."""
    for k in reversed(s.analysis.tokens_in(start, end)):
        token = s.tokens[k]
        if token.pos != "ADJ" or token.rel != "amod" or token.head < 0 \
                or s.lemma(token.head) not in lexicon.LOCAL_SITES:
            continue
        named = adjective_place(s, k)
        if named is not None:
            return token.start, names.place(Party(token.start, token.end, "LOC", name=named, token=k))
    return None


def _where(s: Sentences, m: Mention) -> bool:
    """Is the place named as where something is (`в Мадриде`, `прилетел в Мадрид`, `на Гавайях`, `в
    восточной части Украины`), not as a partner or an owner (`с Китаем`, `флот Индии`)?"""
    k = s.analysis.token_index(m.start)
    if k is None:
        return False
    return any(s.low(j) in _WHERE and (j == k - 1 or (place := place_phrase(s, j)) is not None and place.token == k)
               for j in range(max(k - _WHERE_REACH, 0), k))


_WHERE = {"в", "во", "на"}
_WHERE_REACH = 3  # `в восточной части Украины`: how far before the place its preposition may stand


def _describes_someone(s: Sentences, m: Mention) -> bool:
    """Is the place part of a person's description (`посол Италии в Грузии`, `министра иностранных дел
    Грузии`): a complement that leads up to a noun for a person?"""
    k = s.analysis.token_index(m.start)
    for _ in range(_DESCRIPTION_DEPTH):
        if k is None or s.tokens[k].head < 0 or s.tokens[k].rel not in ("nmod", "obl", "flat", "flat:name"):
            return False
        k = s.tokens[k].head
        if s.tokens[k].pos == "NOUN" and s.tokens[k].feats.get("Animacy") == "Anim":
            return True
    return False


_DESCRIPTION_DEPTH = 3  # `министра иностранных дел Грузии`: how far up a place may hang on a person's noun


def _talked_over(s: Sentences, m: Mention) -> bool:
    """Is the place part of what is talked over (`обсудили ситуацию на Украине`): a complement of the object of a
    verb of talking? Not of what a report is about (`сообщила о спецоперации в Новом Уренгое`): that happened
    there."""
    k = s.analysis.token_index(m.start)
    for _ in range(_DESCRIPTION_DEPTH):
        if k is None or s.tokens[k].head < 0 or s.tokens[k].rel not in ("nmod", "obl", "flat", "flat:name"):
            return False
        k = s.tokens[k].head
        if s.tokens[k].rel == "obj" and s.tokens[k].head >= 0 and s.lemma(s.tokens[k].head) in lexicon.TALKING_VERBS:
            return True
    return False


def _at_scene(s: Sentences, m: EventMention) -> bool:
    """Is the mention a visit to where something happened (`посетил место взрыва`, `побывавший на месте
    захвата заложников`): the trigger's place noun of `scene_nouns.txt` with what happened in its genitive?"""
    return m.kind == "visit" and any(
        s.lemma(c) in lexicon.SCENE_NOUNS and any(s.tokens[g].rel == "nmod" and s.tokens[g].pos == "NOUN"
                                                  and s.case(g) == "Gen" for g in s.children[c])
        for c in s.children[m.trigger])


def _dateline_place(s: Sentences, c: Cluster) -> Optional[Participant]:
    """`МОСКВА, 8 мая — РИА Новости. Суд арестовал ...`: a court case, detention, attack or protest that
    the dateline's paragraph reports and no clause places happened where the dateline is."""
    dateline = s.article.dateline
    if dateline is None or not dateline.place or c.anchor.kind not in LOCATED_KINDS:
        return None
    paragraph = next((p for p in s.article.paragraphs if p.start <= dateline.start < p.end), None)
    if paragraph is None or not any(paragraph.start <= s.tokens[m.trigger].start < paragraph.end for m in c.mentions):
        return None
    for entity in s.article.entities:
        named = next((m for m in entity.mentions if m.start == dateline.start), None)
        if entity.type == "LOC" and named is not None:
            return Participant(entity.name, entity.id, "LOC", Span.of(s.article.text, named.start, named.end))
    return None


def _role(s: Sentences, m: EventMention, party: Party) -> str:
    """A party's part in the event, by the event's kind and where the party stands around the
    trigger (`event_roles.tsv`); a court in a court proceeding is the court wherever it stands."""
    if m.kind == "court" and any(s.lemma(j) in lexicon.COURT_NOUNS
                                 for j in s.analysis.tokens_in(party.start, party.end)):
        return "court"
    slot, lemma = party.slot, s.lemma(m.trigger)
    if slot is None:
        return "participant"
    own = {"genitive": lexicon.GENITIVE_ROLE, "subject": lexicon.SUBJECT_ROLE}.get(slot, {}).get(lemma)
    if own is None:  # `покинул пост`, `отказал Петрову в иске`: the verb that is the event tells the role
        own = lexicon.ROLES.get((m.kind, f"{slot}:{lemma}"))
    return own or lexicon.ROLES.get((m.kind, slot)) or lexicon.ROLES.get((m.kind, slot.split(":")[0])) \
        or "participant"


def _evidence(s: Sentences, m: EventMention) -> Span:
    """The words of the sentence that told what the mention says, from the first to the last of them;
    the whole sentence for a mention that refers back."""
    used = sorted(m.used)
    if m.identified and len(used) > 1:
        return Span.of(s.article.text, s.tokens[used[0]].start, s.tokens[used[-1]].end)
    sentence = s.analysis.sentences[m.sentence]
    return Span.of(s.article.text, sentence.start, sentence.end)
