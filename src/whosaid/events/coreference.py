"""Mentions of one occurrence become one event.

News names an event several times: `переговоры в Женеве` in the lead, `Россия и США провели
консультации` in the body, `беседу` and `итогов переговоров` in between. Two mentions are one event when
they are of a compatible kind and agree on something that identifies an occurrence (a participant, the
place, the dates) without contradicting each other (another place, other dates, a planned event
against a past one, two different sets of people), or when the story has told only one event of the kind
and the mention names no place or date to tell another (`Фабиус примет участие в переговорах`). A mention
that says nothing of its own (`назвала беседу профессиональной`) refers back to the latest event of its
kind; one in the title or lead that comes before any refers forward to the first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from .mentions import EventMention

# Kinds that may name the same occurrence: talks are also `встреча`, `беседа`; a press conference is
# also a briefing. A phone call may be called `беседа` or `разговор`, but only by a mention that
# refers back to it. Every other kind is a family of its own.
FAMILY = {"talks": "talk", "meeting": "talk", "phone_call": "call", "visit": "visit", "summit": "summit",
          "session": "session", "press_conference": "press", "briefing": "press"}
# Kinds a story tells several occurrences of as a rule: a court case goes through rulings, appeals and
# arrests that news names apart. A mention of any other kind that names no place or date of its own and
# agrees with the one event of its kind the story has told, nor says it came after (`позже`), is of that event.
SEVERAL_ACTS = {"court"}
PRECISION_ORDER = ("day", "week", "month", "year")
LOOK_BACK = 50_000  # characters: how far back a mention looks for the event it is of


@dataclass
class Cluster:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def anchor(self) -> EventMention:
        """The first mention that identifies the occurrence: it names the event."""
        return next((m for m in self.mentions if m.anchored), self.mentions[0])


def compatible(mention: EventMention, other: EventMention, refers_back: bool) -> bool:
    """Whether two mentions may name one occurrence: kinds of one family, and the same act within it
    (a search is not the detention)."""
    if mention.act != other.act:
        return False
    family, other_family = FAMILY.get(mention.kind, mention.kind), FAMILY.get(other.kind, other.kind)
    if family == other_family:
        return True
    return refers_back and {family, other_family} == {"talk", "call"}


def _dates_overlap(a: EventMention, b: EventMention) -> Optional[bool]:
    ranges_a = [(d.from_, d.to or d.from_) for d in a.dates if d.from_]
    ranges_b = [(d.from_, d.to or d.from_) for d in b.dates if d.from_]
    if not ranges_a or not ranges_b:
        return None
    return any(x0 <= y1 and y0 <= x1 for x0, x1 in ranges_a for y0, y1 in ranges_b)


def agreement(cluster: Cluster, mention: EventMention, key: Callable, place_key: Callable, role: Callable,
              court: Callable, since: Callable[[EventMention], bool], refers_back: bool = False) -> Optional[int]:
    """How strongly a mention agrees with an event (shared participants, place, dates), or None
    when it contradicts it; read from the event's latest mentions, those for which `since` holds."""
    score = 0
    mine_people = _own_people(mention, key, role)
    mine = {key(p) for p in mention.participants} - {None}
    for other in reversed(cluster.mentions):
        if not since(other):
            break
        if not compatible(mention, other, refers_back):
            return None
        if other.status and mention.status and {other.status, mention.status} == {"planned", "past"} \
                and not (other.assumed or mention.assumed):
            return None
        if other.place and mention.place and not _one_place(place_key(other.place), place_key(mention.place)):
            return None
        overlap = _dates_overlap(other, mention)
        if overlap is False:
            return None
        theirs_people = _own_people(other, key, role)
        if any(not mine_people[r] & theirs for r, theirs in theirs_people.items() if r in mine_people):
            return None  # other people in one role: `задержали Иванова` and `задержан Петров`
        if _other_partners(mention, other, key):
            return None
        if _other_courts(mention, other, court):
            return None  # `Тверской суд арестовал`, `Мосгорсуд отменил арест`: one court's act, then another's
        score += len(mine & {key(p) for p in other.participants})
        score += bool(other.place and mention.place)
        score += bool(other.whereabouts and mention.whereabouts
                      and _one_place(place_key(other.whereabouts), place_key(mention.whereabouts)))
        score += bool(overlap)
    return score


def _one_place(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    """Whether two places (a name, and the names of what it lies in) may be where one event is: the
    same place, or one within the other (`в Вене`, `в Австрии`); two places within one are two."""
    return a[0] == b[0] or a[0] in b[1] or b[0] in a[1]


def _own_people(mention: EventMention, key: Callable, role: Callable) -> dict[str, set]:
    """The people a mention names as its own side (`Колмогоров ездил встретиться`), not as partners
    (`встречался с судьей Гарсоном`: compared apart, `_other_partners`), by their role in it: who made
    an arrest is not who was arrested (`задержала Иванова`, `задержание провел капитан Петров`). The office
    an election fills (`выборы президента Украины`) is no one's side: any candidate may win it."""
    people: dict[str, set] = {}
    for p in mention.participants:
        if p.type == "PER" and not p.joined and not (p.unnamed and mention.kind == "election") \
                and (found := key(p)) is not None:
            people.setdefault(role(mention, p), set()).add(found)
    return people


def _other_courts(a: EventMention, b: EventMention, court: Callable) -> bool:
    """Whether two mentions name different courts acting in them: a ruling of another court is another
    act (an appeal, a cassation), not the same. A court is the words of its name (`Басманный суд` is
    `Басманный суд Москвы`); one named only by its kind noun (`Суд`) tells none apart."""
    def courts(m: EventMention) -> list[frozenset[str]]:
        return [found for p in m.participants if (found := court(m, p))]

    mine, theirs = courts(a), courts(b)
    return bool(mine and theirs) and not any(x <= y or y <= x for x in mine for y in theirs)


def _candidates_only(mention: EventMention, role: Callable) -> bool:
    """`о своем желании баллотироваться заявили Кучма и Черновецкий`: who runs does not tell which election it
    is; a mention that names only candidates, and no place or date, is of the election told before, if any."""
    return mention.kind == "election" and bool(mention.participants) and not (mention.place or mention.dates) \
        and all(role(mention, p) == "candidate" for p in mention.participants)


def _other_partners(a: EventMention, b: EventMention, key: Callable) -> bool:
    """`встретился с Лулой` and `встретится с председателями палат`: one side meets different
    partners in each, so these are two meetings (a partner known only by office counts as someone else)."""
    def partners(m):
        return {key(p) or f"@{p.start}" for p in m.participants if p.joined}

    def everyone(m):
        return {key(p) or f"@{p.start}" for p in m.participants}

    pa, pb = partners(a), partners(b)
    return bool(pa and pb and not pa & everyone(b) and not pb & everyone(a))


def cluster(mentions: list[EventMention], key: Callable, place_key: Callable, role: Callable, court: Callable,
            opening: Callable[[EventMention], bool], at: Callable[[EventMention], int]) -> list[Cluster]:
    """Mentions in text order grouped into events. `key` identifies a participant, `place_key` gives
    a place's name and the names of the places it lies in (`в Австрии` and `в Вене` agree); `role` a
    participant's role in a mention; `court` the words of the name of a court a participant is, if named;
    `opening` tells the mentions of the title and lead, which may refer forward; `at` where a mention is in
    the text (an offset).

    A mention is compared with the events mentioned in the LOOK_BACK characters before it, as those
    mentions tell them: more than any news article holds, so no article notices; a text of many
    articles is grouped in time linear in its length."""
    clusters: list[Cluster] = []
    recent: list[Cluster] = []  # the events mentioned within LOOK_BACK, in the order made
    waiting: list[EventMention] = []
    for mention in mentions:
        if mention.generic:
            continue
        start = at(mention) - LOOK_BACK
        recent = [c for c in recent if at(c.mentions[-1]) >= start]

        def within(other: EventMention) -> bool:
            return at(other) >= start

        candidates = _candidates_only(mention, role)
        if mention.refers_back or candidates:
            ordered = list(reversed(recent))
            if candidates:  # who runs runs in an election of people before a vote (`при голосовании`)
                ordered.sort(key=lambda c: c.anchor.vote)
            antecedent = next((c for c in ordered
                               if compatible(mention, c.anchor, refers_back=True)
                               and agreement(c, mention, key, place_key, role, court, within, refers_back=True)
                               is not None),
                              None)
            if antecedent is not None:
                antecedent.mentions.append(mention)
                continue
            if not mention.anchored:
                if opening(mention):
                    waiting.append(mention)
                continue
        elif not mention.anchored:
            continue
        best: Optional[tuple[int, Cluster]] = None
        scores = {id(c): agreement(c, mention, key, place_key, role, court, within) for c in recent}
        for c in reversed(recent):
            score = scores[id(c)]
            if score and (best is None or score > best[0]):
                best = (score, c)
        of_kind = [c for c in recent if c.anchor.kind == mention.kind and mention.act == c.anchor.act]
        if best is None and len(of_kind) == 1 and scores[id(of_kind[0])] is not None \
                and not (mention.place or mention.dates or mention.sequenced) and mention.kind not in SEVERAL_ACTS:
            best = (0, of_kind[0])  # `Фабиус примет участие в переговорах`: the one talks the story is of
        if best is not None:
            best[1].mentions.append(mention)
        else:
            clusters.append(Cluster([mention]))
            recent.append(clusters[-1])
    for mention in waiting:
        target = next((c for c in clusters if compatible(mention, c.anchor, refers_back=True)), None)
        if target is not None:
            target.mentions.append(mention)
    clusters = _announced(clusters, key, place_key, role, court, opening)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.trigger)
    return clusters


def _announced(clusters: list[Cluster], key: Callable, place_key: Callable, role: Callable, court: Callable,
               opening: Callable[[EventMention], bool]) -> list[Cluster]:
    """`Задержан экс-министр` over `В Москве задержан бывший министр экономики Алексей Улюкаев`: an event that
    only the title or lead tells is the one of its kind the story goes on to tell next, where nothing the two
    say sets them apart (people, place, dates, court)."""
    kept: list[Cluster] = []
    for n, c in enumerate(clusters):
        if all(opening(m) for m in c.mentions):
            later = next((o for o in clusters[n + 1:] if o.mentions[0].trigger > c.mentions[-1].trigger
                          and o.anchor.kind == c.anchor.kind and o.anchor.act == c.anchor.act), None)
            if later is not None and all(agreement(later, m, key, place_key, role, court, lambda _: True) is not None
                                         for m in c.mentions):
                later.mentions = sorted(later.mentions + c.mentions, key=lambda m: m.trigger)
                continue
        kept.append(c)
    return kept


def dates_of(mentions: list[EventMention]) -> tuple[Optional[str], Optional[str]]:
    """The event's dates: the span of its most precise dated mentions (`накануне` and `9-10 января`
    give 9..10 January)."""
    dated = [(d.from_, d.to, d.precision) for m in mentions for d in m.dates if d.from_ and d.to]
    for precision in PRECISION_ORDER:
        chosen = [(first, last) for first, last, p in dated if p == precision]
        if chosen:
            return min(first for first, _ in chosen), max(last for _, last in chosen)
    return None, None


def status_of(mentions: list[EventMention]) -> str:
    """The first of cancelled, past, planned, ongoing that a mention tells, before any a mention only
    assumes (`назначила дату выборов: 25 октября` then `выборы назначены на 25 октября`); past when none
    tells any: news reports what happened (`после убийства бен Ладена`, `при обстреле самолетов`)."""
    for told in (True, False):
        statuses = {m.status for m in mentions if m.assumed != told}
        found = next((status for status in ("cancelled", "past", "planned", "ongoing") if status in statuses), None)
        if found is not None:
            return found
    return "past"
