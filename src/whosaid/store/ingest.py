"""Writing records into a store: one article per transaction, identities linked as entities arrive.

An article is written whole or not at all, so an interrupted ingest leaves every article either
stored or absent, and running it again completes the rest: a stored article whose record has not
changed is left as it is (`unchanged`); the same id or the same text with a new record replaces it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Callable, Iterable, Optional

from ..model import Article
from ..morph import likely_nominative
from . import provenance, words
from .backends import Backend
from .names import SPEAKER_TYPES, PersonName, entity_key, outlet_key, speaker_key


def pack(article: Article) -> str:
    """The record as JSON, less its text (stored in its own column) and the text of its spans, which
    their offsets give back: the record in about half the bytes."""
    text = article.text
    record = article.to_dict()
    del record["text"]

    def drop(span: dict) -> None:
        if span.get("text") == text[span["start"]:span["end"]]:
            del span["text"]
    return json.dumps(_offsets(record, drop), ensure_ascii=False, sort_keys=True)


def unpack(text: str, record: str) -> Article:
    def restore(span: dict) -> None:  # a dict with offsets that is no span (a role) ignores its text
        span.setdefault("text", text[span["start"]:span["end"]])
    return Article.from_dict({**_offsets(json.loads(record), restore), "text": text})


def _offsets(value, change):
    """Apply `change` to every dict of a record that has `start` and `end` offsets into its text."""
    if isinstance(value, dict):
        for item in value.values():
            _offsets(item, change)
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            change(value)
    elif isinstance(value, list):
        for item in value:
            _offsets(item, change)
    return value


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def now() -> str:
    """The time a row is written, as the store keeps times: ISO 8601, UTC, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def add(db: Backend, article: Article,
        copies: Callable[[Article], tuple[Optional[bytes], Optional[str]]] = lambda _: (None, None),
        fingerprint: Optional[str] = None) -> str:
    """Store one record in one transaction; says whether it was `added`, `replaced` or `unchanged`.
    `copies` gives a record to write its near-duplicate signature and the id of the article it copies;
    `fingerprint` is that of the input the record was analysed from (`Pipeline.fingerprint`), if known."""
    article.check()
    record = pack(article)
    text_hash, record_hash = digest(article.text), digest(article.text + "\0" + record)
    with db.transaction():
        existing = db.query("SELECT num, id, record_hash, fingerprint FROM articles WHERE id = ? OR text_hash = ?",
                            (article.id, text_hash))
        if [(i, h) for _, i, h, _ in existing] == [(article.id, record_hash)]:
            if fingerprint is not None and existing[0][3] != fingerprint:  # a new pipeline, the same record
                db.execute("UPDATE articles SET fingerprint = ? WHERE num = ?", (fingerprint, existing[0][0]))
            return "unchanged"
        signature, duplicate_of = copies(article)
        left = provenance.detach(db, [row[1] for row in existing])
        touched: set[int] = set()
        kept = None
        for num, article_id, _, _ in existing:
            touched |= _clear(db, num, article_id, keep_row=article_id == article.id)
            if article_id == article.id:
                kept = num
            elif article_id == duplicate_of:  # replaced by this very article: not a copy of it
                duplicate_of = None
        columns = dict(text=article.text, text_hash=text_hash, record_hash=record_hash, fingerprint=fingerprint,
                       record=record,
                       title=article.title.text if article.title else None, published=article.published,
                       day=article.published[:10] if article.published else None, source=article.source,
                       source_key=outlet_key(article.source),
                       url=article.url, origin=article.origin, signature=signature, duplicate_of=duplicate_of,
                       stored=now())
        if kept is None:
            num = db.execute(f"INSERT INTO articles (id, {', '.join(columns)}) VALUES "
                             f"(?{', ?' * len(columns)}) RETURNING num",
                             (article.id, *columns.values())).fetchone()[0]
        else:
            num = kept
            db.execute(f"UPDATE articles SET {', '.join(c + ' = ?' for c in columns)} WHERE num = ?",
                       (*columns.values(), num))
        content = article.content_spans()
        db.execute(f"INSERT INTO article_words (rowid, words) VALUES (?, {db.words_value()})",
                   (num, words.index_text("\n".join(s.text for s in content) if content else article.text)))
        keys = NameKeys(article)
        linker = Linker(db, keys.typed())
        identities = _write_entities(db, article, keys, linker)
        _write_statements(db, article, keys, identities, linker)
        _write_events(db, article, identities)
        linker.write_names()
        provenance.attach(db, article.id, left)
        _drop_orphans(db, touched)
    return "replaced" if existing else "added"


def _clear(db: Backend, num: int, article_id: str, keep_row: bool) -> set[int]:
    """Remove an article's annotations (and its row, unless kept); the identities they referred to."""
    touched = {row[0] for row in db.query(
        "SELECT identity_id FROM entities WHERE article_id = ? AND identity_id IS NOT NULL "
        "UNION SELECT identity_id FROM statements WHERE article_id = ? AND identity_id IS NOT NULL "
        "UNION SELECT p.identity_id FROM event_participants p JOIN events e ON e.id = p.event_id "
        "WHERE e.article_id = ? AND p.identity_id IS NOT NULL", (article_id, article_id, article_id))}
    db.execute("DELETE FROM statement_words WHERE rowid IN (SELECT id FROM statements WHERE article_id = ?)",
               (article_id,))
    db.execute("DELETE FROM article_words WHERE rowid = ?", (num,))
    if keep_row:
        for table in ("statements", "events", "entities"):  # mentions, roles, participants cascade
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    else:
        db.execute("DELETE FROM articles WHERE num = ?", (num,))
    return touched


def _drop_orphans(db: Backend, identities: Iterable[int]) -> None:
    """Identities that nothing refers to any more, unless an analyst placed one of their keys."""
    for identity in identities:
        db.execute(
            "DELETE FROM identities WHERE id = ? "
            "AND NOT EXISTS (SELECT 1 FROM entities WHERE identity_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM statements WHERE identity_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM event_participants WHERE identity_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM identity_keys WHERE identity_id = ? AND pinned = 1)",
            (identity,) * 5)


class NameKeys:
    """The name keys of an article's entities (by entity id) and of its statements' speakers that no
    entity stands for (by statement; None for a group or an unnamed speaker)."""

    def __init__(self, article: Article):
        self.entities = {e.id: entity_key(e.key or e.name, e.type) for e in article.entities}
        self.types = {e.id: e.type for e in article.entities}
        self.speakers: list[Optional[tuple[str, str]]] = []  # (key, entity type)
        for quote in article.quotes:
            key = None if quote.speaker.entity in self.entities else speaker_key(quote.speaker.name, quote.speaker.kind)
            self.speakers.append((key, SPEAKER_TYPES[quote.speaker.kind]) if key else None)

    def typed(self) -> list[tuple[str, str]]:
        """Every key with its entity type."""
        return [(key, self.types[entity]) for entity, key in self.entities.items()] + [
            speaker for speaker in self.speakers if speaker]


def _write_entities(db: Backend, article: Article, keys: NameKeys, linker: "Linker") -> dict[str, tuple[int, str]]:
    """Entities with their mentions and roles; each entity's (identity, key) by entity id. Rows of a
    kind go in one `executemany`: one round trip to a server, not one a row."""
    linked: dict[str, tuple[int, str]] = {}
    for entity in article.entities:
        key = keys.entities[entity.id]
        linked[entity.id] = (linker.link(key, entity.type, [entity.name, *entity.aliases]), key)
    db.executemany("INSERT INTO entities (article_id, entity_id, type, name, key, aliases, identity_id) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [(article.id, e.id, e.type, e.name, linked[e.id][1], json.dumps(e.aliases, ensure_ascii=False),
                     linked[e.id][0]) for e in article.entities])
    db.executemany("INSERT INTO mentions (article_id, entity_id, span_start, span_end, text, kind) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   [(article.id, e.id, m.start, m.end, m.text, m.kind) for e in article.entities for m in e.mentions])
    db.executemany("INSERT INTO roles (article_id, entity_id, title, organization, organization_words, "
                   "organization_entity, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [(article.id, e.id, r.title, r.organization, words.padded(r.organization), r.entity, r.start,
                     r.end) for e in article.entities for r in e.roles])
    return linked


def _write_statements(db: Backend, article: Article, keys: NameKeys, entities: dict[str, tuple[int, str]],
                      linker: "Linker") -> None:
    rows = []
    for position, quote in enumerate(article.quotes):
        speaker = quote.speaker
        identity: Optional[int]
        key: Optional[str]
        if speaker.entity in entities:
            identity, key = entities[speaker.entity]
        elif (named := keys.speakers[position]) is not None:
            key = named[0]
            identity = linker.link(key, named[1], [speaker.name])
        else:
            key = identity = None
        cue, mention = quote.cue, speaker.mention
        rows.append((article.id, position, quote.type, quote.content.start, quote.content.end, quote.content.text,
                     cue and cue.start, cue and cue.end, cue and cue.text, speaker.name, speaker.kind,
                     speaker.entity, mention and mention.start, mention and mention.end, key, identity,
                     quote.channel))
    db.executemany(
        "INSERT INTO statements (article_id, position, type, span_start, span_end, content, cue_start, "
        "cue_end, cue, speaker, speaker_kind, speaker_entity, speaker_start, speaker_end, speaker_key, "
        "identity_id, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany(f"INSERT INTO statement_words (rowid, words) SELECT id, {db.words_value()} FROM statements "
                   "WHERE article_id = ? AND position = ?",
                   [(words.index_text(quote.content.text), article.id, position)
                    for position, quote in enumerate(article.quotes)])


def _write_events(db: Backend, article: Article, entities: dict[str, tuple[int, str]]) -> None:
    rows, participants = [], []
    for position, event in enumerate(article.events):
        place_name, place_entity = (event.place.name, event.place.entity) if event.place else (None, None)
        rows.append((article.id, position, event.type, event.trigger.start, event.trigger.end, event.trigger.text,
                     json.dumps([[s.start, s.end] for s in event.evidence]), place_name,
                     words.padded(place_name), place_entity, event.date_start,
                     event.date_end, event.duration, event.status))
        for index, participant in enumerate(event.participants):
            identity, key = entities[participant.entity] if participant.entity in entities else (None, None)
            participants.append((index, participant.name, words.padded(participant.name), participant.entity,
                                 key, identity, participant.role, participant.type, article.id, position))
    db.executemany("INSERT INTO events (article_id, position, type, trigger_start, trigger_end, trigger, evidence, "
                   "place, place_words, place_entity, date_start, date_end, duration, status) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO event_participants (event_id, position, name, words, entity_id, key, identity_id, "
                   "role, type) SELECT id, ?, ?, ?, ?, ?, ?, ?, ? FROM events WHERE article_id = ? AND position = ?",
                   participants)


def _where_in(db: Backend, sql: str, values: list) -> list[tuple]:
    """The rows of `sql`, whose `{}` is an IN list of `values`, asked 500 values at a time (SQLite
    takes a bounded number of parameters)."""
    rows: list[tuple] = []
    for at in range(0, len(values), 500):
        chunk = values[at:at + 500]
        rows += db.query(sql.format(", ".join("?" * len(chunk))), chunk)
    return rows


class Linker:
    """Links one article's name keys to identities. What that reads of the store (the identities of
    its keys and of the people sharing its surnames) is read in three queries at the start, and the
    names the identities learn are written once at the end (`write_names`), not a few queries a name."""

    def __init__(self, db: Backend, keys: list[tuple[str, str]]):
        self.db = db
        wanted = sorted({key for key, _ in keys})
        self.identity_of: dict[str, int] = dict(_where_in(
            db, "SELECT key, identity_id FROM identity_keys WHERE key IN ({})", wanted))
        surnames = sorted({person.surname for key, kind in keys if kind == "PER" and (person := PersonName.parse(key))})
        self.people: dict[str, list[tuple[int, PersonName]]] = {}  # by surname: (identity, name of one key)
        for identity, key, surname in _where_in(
                db, "SELECT k.identity_id, k.key, k.surname FROM identity_keys k JOIN identities i ON i.id = "
                    "k.identity_id WHERE k.surname IN ({}) AND i.type = 'PER'", surnames):
            name = PersonName.parse(key)
            if name is not None:  # always: a key is stored with a surname only when it parses
                self.people.setdefault(surname, []).append((identity, name))
        ids = sorted({*self.identity_of.values(), *(i for found in self.people.values() for i, _ in found)})
        self.stored = {row[0]: (row[1], row[2]) for row in _where_in(
            db, "SELECT id, name, words FROM identities WHERE id IN ({})", ids)}
        self.names = dict(self.stored)  # (name, name lemmas) by identity, as this article leaves them

    def link(self, key: str, entity_type: str, names: list[str]) -> int:
        """The identity of a name key: the one it was given before, the one person it is compatible
        with (see `names`), or a new one."""
        person = PersonName.parse(key) if entity_type == "PER" else None
        identity = self.identity_of.get(key)
        if identity is None:
            identity = self._compatible_person(person) if person else None
            if identity is None:
                name = best_name(names)
                identity = self.db.execute("INSERT INTO identities (type, name, words) VALUES (?, ?, ' ') "
                                           "RETURNING id", (entity_type, name)).fetchone()[0]
                self.stored[identity] = self.names[identity] = (name, " ")
            self.db.execute("INSERT INTO identity_keys (key, identity_id, surname) VALUES (?, ?, ?)",
                            (key, identity, person and person.surname))
            self.identity_of[key] = identity
            if person:
                self.people.setdefault(person.surname, []).append((identity, person))
        name, known = self.names[identity]
        self.names[identity] = grown(name, known, names)
        return identity

    def _compatible_person(self, person: PersonName) -> Optional[int]:
        names: dict[int, list[PersonName]] = {}
        for identity, name in self.people.get(person.surname, ()):
            names.setdefault(identity, []).append(name)
        fits = [identity for identity, found in names.items() if all(person.compatible(name) for name in found)]
        return fits[0] if len(fits) == 1 else None

    def write_names(self) -> None:
        """Write the names and name lemmas the identities learnt."""
        self.db.executemany("UPDATE identities SET name = ?, words = ? WHERE id = ?",
                            [(*names, identity) for identity, names in self.names.items()
                             if names != self.stored[identity]])


def display_name(name: str) -> str:
    """A name as an identity is shown: capitalised as a name is (`министерство иностранных дел
    России`: Министерство иностранных дел России)."""
    return name[:1].upper() + name[1:]


def name_rank(name: str) -> tuple:
    """How good a name is to show an identity by: one likely nominative (`Америка` over `Америке`),
    then the fullest (its words of more than one letter: `Мария Захарова` over `М. Захарова`; then its
    length), then the name itself, so that the best of a set is one whatever the order it came in."""
    spelled = words.words(name)
    return likely_nominative(spelled), sum(len(w) > 1 for w in spelled), len(name), name


def best_name(names: Iterable[str]) -> str:
    return max((display_name(name) for name in names), key=name_rank)


def grown(name: str, known: str, names: list[str]) -> tuple[str, str]:
    """An identity's name and name lemmas once it has learnt new names: their lemmas for name
    filters, the best (`best_name`) as its name."""
    new = [lemma for n in names for lemma in words.index_text(n).split() if f" {lemma} " not in known]
    return best_name([name, *names]), known + " ".join(dict.fromkeys(new)) + (" " if new else "")


def grow(db: Backend, identity: int, names: list[str]) -> None:
    """An identity learns new names (`grown`)."""
    name, known = db.query("SELECT name, words FROM identities WHERE id = ?", (identity,))[0]
    learnt = grown(name, known, names)
    if learnt != (name, known):
        db.execute("UPDATE identities SET name = ?, words = ? WHERE id = ?", (*learnt, identity))
