"""Reading a store: filters that combine, built into one parameterised query per question.

Every value an analyst gives travels as a query parameter, never as SQL text; full-text queries and
name filters are first reduced to lemmas (`words`), which are letters and digits only.
Statements of an article marked as a near-duplicate of another are left out unless asked for, so a
syndicated story is not counted once per copy.
"""

from __future__ import annotations

import calendar
import dataclasses
import json
import operator
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, TypeVar

from ..events.lexicon import EVENT_TYPES, PARTICIPANT_ROLES
from ..model import SPEAKER_KINDS
from ..numbers import whole_number
from . import words
from .backends import Backend
from .names import PersonName, outlet_key
from .paging import Listing

T = TypeVar("T")

STATEMENT_TYPES = ("direct", "indirect", "mixed")
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # not \d: it takes `٢٠٢٢` too


@dataclass
class Filters:
    """What to look for; every field given narrows the result, and they all combine."""
    query: Optional[str] = None         # words in any form: `гарантий безопасности`
    speaker: Optional[str] = None       # a speaker's name in any form: `Захаровой`, `М. Захарова`
    identity: Optional[int] = None      # a speaker's identity id
    organization: Optional[str] = None  # speakers with a role there (by any of its names), or it itself
    about: Optional[str] = None         # an entity the content mentions, by any of its names, or its identity id
    type: Optional[str] = None          # direct | indirect | mixed
    kind: Optional[str] = None          # the speaker's kind: person, organization, outlet, ... (SPEAKER_KINDS)
    since: Optional[str] = None         # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: Optional[str] = None
    source: Optional[str] = None        # the outlet, in any case: `sputnik` finds `Sputnik`
    duplicates: bool = False            # include the statements of near-duplicate copies
    first_only: bool = False            # one statement per cluster (one utterance): the earliest that matches

    def __post_init__(self) -> None:
        """Refuse, before any query, what no query could answer: the same checks for the command line,
        the API and Python."""
        if self.identity is not None:
            self.identity = whole_number(self.identity, what="identity")
        if self.type is not None and self.type not in STATEMENT_TYPES:
            raise ValueError(f"statement type {self.type!r} is not one of {', '.join(STATEMENT_TYPES)}")
        if self.kind is not None and self.kind not in SPEAKER_KINDS:
            raise ValueError(f"speaker kind {self.kind!r} is not one of {', '.join(SPEAKER_KINDS)}")
        for given in (self.since, self.until):
            if given is not None:
                day_bound(given, last=False)

    def statement_filters(self) -> bool:
        return any(v is not None for v in (self.speaker, self.identity, self.organization, self.about, self.type,
                                           self.kind))


class Select:
    """A SELECT assembled from parts, with its parameters kept in the order the parts appear."""

    def __init__(self, columns: str, source: str):
        self.columns, self.source = columns, source
        self.joins: list[tuple[str, list]] = []
        self.where: list[tuple[str, list]] = []
        self.tail: list[tuple[str, list]] = []

    def join(self, sql: str, *params: Any) -> "Select":
        self.joins.append((sql, list(params)))
        return self

    def filter(self, sql: str, *params: Any) -> "Select":
        self.where.append((sql, list(params)))
        return self

    def then(self, sql: str, *params: Any) -> "Select":
        """GROUP BY, ORDER BY, LIMIT: what follows WHERE, in order."""
        self.tail.append((sql, list(params)))
        return self

    def build(self) -> tuple[str, list]:
        parts = [(f"SELECT {self.columns} FROM {self.source}", [])] + self.joins
        if self.where:
            parts.append(("WHERE " + " AND ".join(f"({sql})" for sql, _ in self.where),
                          [p for _, params in self.where for p in params]))
        parts += self.tail
        return " ".join(sql for sql, _ in parts), [p for _, params in parts for p in params]

    def run(self, db: Backend) -> list[tuple]:
        return db.query(*self.build())


def terms(text: str, what: str) -> list[tuple[str, ...]]:
    found = words.query_terms(text)
    if not found:
        raise ValueError(f"{what} {text!r} has no words to look for")
    return found


def names_match(column: str, text: str, what: str) -> tuple[str, list]:
    """A condition on a space-padded lemma column: it holds every word of `text`, in any form."""
    sql, params = [], []
    for term in terms(text, what):
        sql.append("(" + " OR ".join(f"{column} LIKE ?" for _ in term) + ")")
        params += [f"% {lemma} %" for lemma in term]
    return " AND ".join(sql), params


def day_bound(value: str, last: bool) -> str:
    """A date, month or year as the first (or last) day it covers: `2022-01` → 2022-01-31."""
    match = _DATE.fullmatch(value.strip())
    if not match:
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(match[1]), int(match[2] or (12 if last else 1)), match[3]
    if not 1 <= month <= 12:
        raise ValueError(f"date {value!r} has no month {month}")
    days = calendar.monthrange(year, month)[1]
    day = int(day) if day else (days if last else 1)
    if not 1 <= day <= days:
        raise ValueError(f"date {value!r} has no day {day}")
    return f"{year:04d}-{month:02d}-{day:02d}"


def article_filters(select: Select, f: Filters, day: str = "a.day") -> Select:
    """Date range, source and copies, on the articles aliased `a`."""
    if f.since:
        select.filter(f"{day} >= ?", day_bound(f.since, last=False))
    if f.until:
        select.filter(f"{day} <= ?", day_bound(f.until, last=True))
    if f.source is not None:
        select.filter("a.source_key = ?", outlet_key(f.source))
    if not f.duplicates:
        select.filter("a.duplicate_of IS NULL")
    return select


# The statements whose content mentions an identity: from its entities (an index on identity_id) to the
# statements of their articles, each kept when a mention of the entity lies in its content (the index
# on mentions' article and start, bounded on both sides by the content's span).
MENTIONING = ("SELECT ms.id FROM entities ae JOIN statements ms ON ms.article_id = ae.article_id "
              "JOIN mentions am ON am.article_id = ms.article_id AND am.span_start >= ms.span_start "
              "AND am.span_start < ms.span_end AND am.span_end <= ms.span_end AND am.entity_id = ae.entity_id "
              "WHERE ae.identity_id = ?")


def named_filter(db: Backend, select: Select, text: str, what: str, condition: str) -> None:
    """Keep the rows `condition` holds for, given the identity a typed name stands for (see `named`);
    none when no identity has that name."""
    identity = named(db, text, what)
    if identity is None:
        select.filter("1 = 0")
    else:
        select.filter(condition, identity)


def speaker_filters(db: Backend, select: Select, f: Filters, identity: str = "s.identity_id",
                    statement: str = "s") -> Select:
    """Speaker, organisation, what the statement is about, speaker kind and statement type, on the
    statements aliased `statement`."""
    if f.identity is not None:
        select.filter(f"{identity} = ?", f.identity)
    if f.speaker is not None:
        named_filter(db, select, f.speaker, "speaker", f"{identity} = ?")
    if f.organization is not None:
        roles, role_params = names_match("r.organization_words", f.organization, "organization")
        known, known_params = names_match("oi.words", f.organization, "organization")
        itself, itself_params = names_match("words", f.organization, "organization")
        select.filter(f"{identity} IN (SELECT e.identity_id FROM roles r JOIN entities e "
                      "ON e.article_id = r.article_id AND e.entity_id = r.entity_id "
                      "LEFT JOIN entities o ON o.article_id = r.article_id AND o.entity_id = r.organization_entity "
                      f"LEFT JOIN identities oi ON oi.id = o.identity_id WHERE ({roles}) OR ({known}) "
                      f"UNION SELECT id FROM identities WHERE type = 'ORG' AND {itself})",
                      *role_params, *known_params, *itself_params)
    if f.about is not None:
        named_filter(db, select, f.about, "about", f"{statement}.id IN ({MENTIONING})")
    if f.type is not None:
        select.filter(f"{statement}.type = ?", f.type)
    if f.kind is not None:
        select.filter(f"{statement}.speaker_kind = ?", f.kind)
    return select


def statements_select(db: Backend, f: Filters, columns: str, ranked: bool = False) -> Select:
    """Statements with their articles (`s`, `a`), speakers (`i`) and clusters (`m`), filtered by `f`."""
    select = Select(columns, "statements s JOIN articles a ON a.id = s.article_id "
                             "LEFT JOIN identities i ON i.id = s.identity_id "
                             "LEFT JOIN cluster_members m ON m.statement_id = s.id")
    if f.query is not None:
        select.join(db.match_join("statement_words", "w", "s.id"),
                    db.full_text_query(terms(f.query, "query")))
    speaker_filters(db, article_filters(select, f), f)
    if f.first_only:  # of each cluster's statements that match, the one of the lowest rank: the earliest
        earliest = statements_select(db, dataclasses.replace(f, first_only=False), "m.cluster_id, min(m.rank)")
        sql, params = earliest.then("GROUP BY m.cluster_id").build()
        select.filter(f"m.cluster_id IS NULL OR (m.cluster_id, m.rank) IN ({sql})", *params)
    return select


@dataclass
class StatementHit:
    id: int
    article_id: str
    source: Optional[str]
    published: Optional[str]
    url: Optional[str]
    title: Optional[str]
    type: str
    start: int
    end: int
    content: str
    cue: Optional[str]
    cue_start: Optional[int]
    cue_end: Optional[int]
    speaker: str
    speaker_kind: str
    identity_id: Optional[int]
    identity: Optional[str]
    channel: Optional[str]
    cluster_id: Optional[int] = None  # the statements reporting one utterance (`provenance`); None: no speaker identity
    quote_form: Optional[str] = None  # verbatim, excerpt, altered (against its cluster's earlier quotes), paraphrase


STATEMENT_COLUMNS = ("s.id, s.article_id, a.source, a.published, a.url, a.title, s.type, s.span_start, "
                     "s.span_end, s.content, s.cue, s.cue_start, s.cue_end, s.speaker, s.speaker_kind, "
                     "s.identity_id, i.name, s.channel, m.cluster_id, m.form")


def order(db: Backend, select: Select, f: Filters, sort: str, default: str,
          copies: Optional[str] = None) -> tuple[str, list]:
    """The ORDER BY of a search and its parameters: best match first (the words aliased `w`), or
    latest first. `copies`: the alias of articles that may be near-duplicate copies, which rank as the
    article they copy (`Backend.rank_with_copies`; the join that takes is added to `select`)."""
    if sort not in ("relevance", "date"):
        raise ValueError(f"sort {sort!r} is not 'relevance' or 'date'")
    if sort == "relevance" and f.query is not None:
        text = db.full_text_query(terms(f.query, "query"))
        if copies is None:
            rank, uses = db.rank("w")
        else:
            join, join_uses, rank, uses = db.rank_with_copies("w", copies)
            select.join(join, *[text] * join_uses)
        return f"{rank}, {default}", [text] * uses
    return f"COALESCE(a.day, '') DESC, {default}", []


def listed(select: Select, row: Callable[..., T], ordered: tuple[str, list],
           finish: Optional[Callable[[list[T]], Any]] = None,
           whole: Optional[Callable[[list], list[tuple]]] = None,
           counted: Optional[tuple[str, list]] = None) -> Listing[T]:
    """A Select as a list to read a page of (`paging`)."""
    sql, params = select.build()
    return Listing(sql, params, ordered[0], row, ordered[1], finish, whole, counted)


def statement_listing(db: Backend, f: Filters, sort: str = "relevance") -> Listing[StatementHit]:
    """The matching statements' ids, sorted; a page's statements are read whole after (`statements_by_id`)."""
    select = statements_select(db, f, "s.id")
    return listed(select, StatementHit, order(db, select, f, sort, "a.id, s.position"),
                  whole=lambda ids: statements_by_id(db, ids))


def statements_by_id(db: Backend, ids: list[int]) -> list[tuple]:
    """The STATEMENT_COLUMNS of statements, copies or not, in the order of their ids."""
    if not ids:
        return []
    whole = statements_select(db, Filters(duplicates=True), STATEMENT_COLUMNS)
    found = {row[0]: row for row in whole.filter(f"s.id IN ({', '.join('?' * len(ids))})", *ids).run(db)}
    return [found[id_] for id_ in ids]


def search_statements(db: Backend, f: Filters, limit: int = 20, offset: int = 0,
                      sort: str = "relevance") -> list[StatementHit]:
    return statement_listing(db, f, sort).rows(db, limit, offset)


@dataclass
class ArticleHit:
    id: str
    title: Optional[str]
    published: Optional[str]
    source: Optional[str]
    url: Optional[str]
    statements: int
    duplicate_of: Optional[str]


def article_listing(db: Backend, f: Filters, sort: str = "relevance") -> Listing[ArticleHit]:
    select = Select("a.id, a.title, a.published, a.source, a.url, 0, a.duplicate_of", "articles a")
    if f.query is not None:
        select.join(db.match_join("article_words", "w", "a.num"),
                    db.full_text_query(terms(f.query, "query")))
    article_filters(select, f)
    if f.statement_filters():
        sub = speaker_filters(db, Select("s.article_id", "statements s"), f)
        sql, params = sub.build()
        select.filter(f"a.id IN ({sql})", *params)
    counted = select.build()  # before `order` joins the ranks copies take from their originals: a count needs none
    ordered = order(db, select, f, sort, "a.id", copies="a" if f.duplicates else None)

    def count_statements(hits: list[ArticleHit]) -> None:  # for the page only, not every match before sorting
        for hit in hits:
            hit.statements = db.query("SELECT count(*) FROM statements WHERE article_id = ?", (hit.id,))[0][0]
    return listed(select, ArticleHit, ordered, count_statements, counted=counted)


@dataclass
class SpeakerRow:
    identity_id: int
    name: str
    type: str
    statements: int
    articles: int
    first: Optional[str]  # the first and last day its dated statements were reported (their articles' days)
    last: Optional[str]
    undated: int          # statements in articles with no date
    roles: list[str] = field(default_factory=list)  # most frequent first


def ranked_statements(db: Backend, f: Filters, columns: str) -> Select:
    """The statements a ranking of speakers counts: those of an identity; without a kind asked for,
    not an outlet's, whose credit mostly relays what someone else said."""
    select = statements_select(db, f, columns).filter("s.identity_id IS NOT NULL")
    return select.filter("s.speaker_kind <> 'outlet'") if f.kind is None else select


def speaker_listing(db: Backend, f: Filters) -> Listing[SpeakerRow]:
    """Speakers ranked by their statements (copies not counted twice), with their usual roles; news
    outlets only when `f.kind` asks for them (`unranked_outlets` counts those left out)."""
    select = ranked_statements(db, f, "i.id, i.name, i.type, count(*), count(DISTINCT s.article_id), "
                                      "min(a.day), max(a.day), count(*) - count(a.day)")
    select.then("GROUP BY i.id, i.name, i.type")

    def usual_roles(rows: list[SpeakerRow]) -> None:
        roles = roles_of_each(db, [row.identity_id for row in rows])
        for row in rows:
            row.roles = [describe_role(title, org) for title, org, *_ in roles.get(row.identity_id, [])[:3]]
    return listed(select, SpeakerRow, ("count(*) DESC, i.name, i.id", []), usual_roles)


def unranked_outlets(db: Backend, f: Filters) -> int:
    """How many outlets a ranking under these filters leaves out (none when a kind is asked for)."""
    if f.kind is not None:
        return 0
    select = statements_select(db, dataclasses.replace(f, kind="outlet"), "count(DISTINCT s.identity_id)")
    return select.run(db)[0][0]


def describe_role(title: str, organization: Optional[str]) -> str:
    return f"{title}, {organization}" if organization else title


def roles_of(db: Backend, identity: int) -> list[tuple]:
    """(title, organization, first day, last day, articles, undated articles): most frequent first, then
    those naming an organisation; near-duplicate copies are not counted again."""
    return roles_of_each(db, [identity]).get(identity, [])


def roles_of_each(db: Backend, identities: list[int]) -> dict[int, list[tuple]]:
    """`roles_of` several identities, in one query."""
    if not identities:
        return {}
    found: dict[int, list[tuple]] = {}
    for identity, *role in db.query(
            "SELECT e.identity_id, r.title, r.organization, min(a.day), max(a.day), count(DISTINCT a.id), "
            "count(DISTINCT CASE WHEN a.day IS NULL THEN a.id END) FROM roles r "
            "JOIN entities e ON e.article_id = r.article_id AND e.entity_id = r.entity_id "
            f"JOIN articles a ON a.id = r.article_id WHERE e.identity_id IN ({', '.join('?' * len(identities))}) "
            "AND a.duplicate_of IS NULL GROUP BY e.identity_id, r.title, r.organization "
            "ORDER BY e.identity_id, count(DISTINCT a.id) DESC, CASE WHEN r.organization IS NULL THEN 1 ELSE 0 END, "
            "min(a.day), r.title", identities):
        found.setdefault(identity, []).append(tuple(role))
    return found


@dataclass
class Profile:
    """One speaker across the store: names, roles over time, statements over time, whom they talk about."""
    identity_id: int
    name: str
    type: str
    aliases: list[str]
    keys: list[str]
    roles: list[tuple]                       # (title, organization, first day, last day, articles, undated)
    timeline: list[tuple[str, int]]          # (YYYY-MM, statements), of the statements in dated articles
    undated: int                             # statements in articles with no date
    statements: list[StatementHit]           # the latest
    about: list[tuple[int, str, str, int]]   # (identity id, name, type, statements that mention them)


# How many articles mention an identity `i` and how many statements it made; the order of the most quoted.
COUNTS = ("(SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.identity_id = i.id) AS articles, "
          "(SELECT count(*) FROM statements s WHERE s.identity_id = i.id) AS said")
MOST_QUOTED = "said DESC, articles DESC, i.name, i.id"


class AmbiguousName(ValueError):
    """A typed name that fits several identities equally well: the analyst chooses, not the store."""

    def __init__(self, what: str, text: str, found: list["NameMatch"]):
        shown = ", ".join(f"{m.name} (id {m.id})" for m in found[:5]) + (", ..." if len(found) > 5 else "")
        super().__init__(f"{what} {text!r} may be any of {len(found)} identities: {shown}; "
                         "give a fuller name or the id")


# How well a typed name fits an identity: as written (`Путин`: Владимир Путин), in another form of its
# words (`Захаровой`), or only by some of the words of a longer name (`Россия`: МИД России).
AS_WRITTEN, IN_ANOTHER_FORM, BY_SOME_WORDS = 2, 1, 0


@dataclass(frozen=True)
class NameMatch:
    id: int
    type: str
    name: str
    fit: int  # AS_WRITTEN, IN_ANOTHER_FORM or BY_SOME_WORDS


def typed_person(text: str) -> tuple[Optional[PersonName], bool]:
    """A typed name read as a person's (`Захарова М.В.`), and whether it carries initials."""
    person = PersonName.parse(text)
    return person, person is not None and any(len(given) == 1 for given in person.given)


def name_words(text: str) -> str:
    """The words of a typed name that a lemma column holds: its initials (`М.`, `В.`) left out, as
    names are indexed by their whole words; initials are checked against the names themselves."""
    if not typed_person(text)[1]:
        return text
    return " ".join(word for word in words.words(text) if len(word) > 1)


def names_it(text: str, person: Optional[PersonName], type: str, name: str,
             same: Callable[[str, str], bool]) -> bool:
    """Whether a typed name names one an identity is known by, their words compared by `same`: a
    person's by surname and compatible given names or initials, any name by all its words."""
    if type == "PER" and person is not None:
        known = PersonName.parse(name)
        if known is not None and person.compatible(known, same=same):
            return True
    typed, spelled = words.words(text), words.words(name)
    return all(any(same(a, b) for b in spelled) for a in typed) and \
        all(any(same(a, b) for b in typed) for a in spelled)


def name_fit(text: str, person: Optional[PersonName], type: str, names: list[str]) -> int:
    """How well a typed name fits an identity known by `names` (its name, its keys' names)."""
    for same, fit in ((operator.eq, AS_WRITTEN), (words.same_word, IN_ANOTHER_FORM)):
        if any(names_it(text, person, type, name, same) for name in names):
            return fit
    return BY_SOME_WORDS


def name_matches(db: Backend, text: str, what: str) -> list[NameMatch]:
    """The identities a typed name (or an id) may stand for, the most quoted first: those with every
    whole word of it among their names' words, in any form and case; with initials (`М. Захарова`),
    only the people the initials fit."""
    digits = text.strip()
    if digits.isascii() and digits.isdigit():  # an id; `٣` is a name (it finds none)
        return [NameMatch(id_, type_, name, AS_WRITTEN) for id_, type_, name in db.query(
            "SELECT id, type, name FROM identities WHERE id = ?", (whole_number(digits, what="identity"),))]
    person, initials = typed_person(text)
    sql, params = names_match("i.words", name_words(text), what)
    known: dict[tuple[int, str, str], list[str]] = {}
    for id_, type_, name, key, *_ in db.query(
            f"SELECT i.id, i.type, i.name, k.key, {COUNTS} FROM identities i "
            f"LEFT JOIN identity_keys k ON k.identity_id = i.id WHERE {sql} ORDER BY {MOST_QUOTED}, k.key", params):
        known.setdefault((id_, type_, name), [name]).extend([key.partition(":")[2]] if key else [])
    matches = [NameMatch(id_, type_, name, name_fit(text, person, type_, names))
               for (id_, type_, name), names in known.items()]
    return [m for m in matches if m.fit > BY_SOME_WORDS or not initials]


def named(db: Backend, text: str, what: str) -> Optional[int]:
    """The one identity a typed name fits best (see `name_fit`); None if none; several that fit
    equally are an `AmbiguousName` (two Захаровы), never a silent choice."""
    found = name_matches(db, text, what)
    top = max((m.fit for m in found), default=None)
    best = [m for m in found if m.fit == top]
    if len(best) > 1:
        raise AmbiguousName(what, text, best)
    return best[0].id if best else None


def find_identity(db: Backend, name: str) -> Optional[int]:
    """The identity a name (in any form, with initials) or an id stands for; None if none."""
    return named(db, name, "speaker")


def profile(db: Backend, name: str, latest: int = 10) -> Optional[Profile]:
    identity = find_identity(db, name)
    if identity is None:
        return None
    _, display, kind = db.query("SELECT id, name, type FROM identities WHERE id = ?", (identity,))[0]
    aliases = {display}
    for name_, more in db.query("SELECT DISTINCT name, aliases FROM entities WHERE identity_id = ?", (identity,)):
        aliases.add(name_)
        aliases.update(json.loads(more))
    aliases.update(r[0] for r in db.query("SELECT DISTINCT speaker FROM statements WHERE identity_id = ?",
                                          (identity,)))
    keys = [r[0] for r in db.query("SELECT key FROM identity_keys WHERE identity_id = ? ORDER BY key",
                                   (identity,))]
    months = db.query(
        "SELECT substr(a.day, 1, 7), count(*) FROM statements s JOIN articles a ON a.id = s.article_id "
        "WHERE s.identity_id = ? AND a.duplicate_of IS NULL "
        "GROUP BY substr(a.day, 1, 7) ORDER BY substr(a.day, 1, 7)", (identity,))
    timeline = [(month, count) for month, count in months if month is not None]
    undated = sum(count for month, count in months if month is None)
    about = db.query(
        "SELECT i.id, i.name, i.type, count(DISTINCT s.id) FROM statements s "
        "JOIN articles a ON a.id = s.article_id "
        "JOIN mentions m ON m.article_id = s.article_id AND m.span_start >= s.span_start "
        "AND m.span_start <= s.span_end AND m.span_end <= s.span_end "  # the first two bound the index's range
        "JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id "
        "JOIN identities i ON i.id = e.identity_id "
        "WHERE s.identity_id = ? AND i.id <> ? AND a.duplicate_of IS NULL "
        "GROUP BY i.id, i.name, i.type ORDER BY count(DISTINCT s.id) DESC, i.name LIMIT 10",
        (identity, identity))
    statements = search_statements(db, Filters(identity=identity), limit=latest, sort="date")
    return Profile(identity, display, kind, sorted(aliases - {display}), keys,
                   roles_of(db, identity), timeline, undated, statements,
                   [tuple(a) for a in about])


@dataclass
class EventRow:
    id: int
    article_id: str
    source: Optional[str]
    published: Optional[str]
    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    place: Optional[str]
    date_start: Optional[str]
    date_end: Optional[str]
    status: Optional[str]
    participants: list[EventParticipant] = field(default_factory=list)


@dataclass
class EventParticipant:
    name: str
    role: Optional[str]  # court, defendant, detained, attacker, target, ... (EVENTS.md); participant for talks


def event_listing(db: Backend, f: Filters, type: Optional[str] = None, participant: Optional[str] = None,
                  place: Optional[str] = None, role: Optional[str] = None) -> Listing[EventRow]:
    """Events, latest first; dates are the event's own, else its article's. A type or role that no
    record can hold is a ValueError, not an empty answer."""
    for value, known, what in ((type, EVENT_TYPES, "event type"), (role, PARTICIPANT_ROLES, "participant role")):
        if value is not None and value not in known:
            raise ValueError(f"no {what} {value!r}: one of {', '.join(sorted(known))}")
    select = Select("ev.id, ev.article_id, a.source, a.published, ev.type, ev.trigger, ev.trigger_start, "
                    "ev.trigger_end, ev.place, ev.date_start, ev.date_end, ev.status",
                    "events ev JOIN articles a ON a.id = ev.article_id")
    article_filters(select, f, day="COALESCE(ev.date_start, a.day)")
    if type is not None:
        select.filter("ev.type = ?", type)
    if participant is not None or role is not None:  # `--participant Воронцов --role detained`: in that role
        sql, params = participant_match(db, participant) if participant is not None else ("1 = 1", [])
        if role is not None:
            sql, params = f"{sql} AND p.role = ?", [*params, role]
        select.filter(f"ev.id IN (SELECT p.event_id FROM event_participants p WHERE {sql})", *params)
    if place is not None:
        sql, params = names_match("ev.place_words", place, "place")
        select.filter(sql, *params)
    if f.query is not None:
        select.join(db.match_join("article_words", "w", "a.num"), db.full_text_query(terms(f.query, "query")))

    def with_participants(rows: list[EventRow]) -> None:
        for row in rows:
            row.participants = [EventParticipant(*r) for r in db.query(
                "SELECT name, role FROM event_participants WHERE event_id = ? ORDER BY position", (row.id,))]
    return listed(select, EventRow, ("COALESCE(ev.date_start, a.day, '') DESC, ev.article_id, ev.position", []),
                  with_participants)


def participant_match(db: Backend, name: str) -> tuple[str, list]:
    """A condition on participants `p`: the identity the name stands for (see `named`), or, for a
    party no entity stands for (`израильские военные`), the words of its name."""
    identity = named(db, name, "participant")
    sql, params = names_match("p.words", name_words(name), "participant")
    if identity is None:
        return f"(p.identity_id IS NULL AND {sql})", params
    return f"(p.identity_id = ? OR (p.identity_id IS NULL AND {sql}))", [identity, *params]
