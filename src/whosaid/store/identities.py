"""Curating identities: listing them, finding likely splits, merging and splitting them.

Linking by name is cautious (see `names`), so the same person may stay split across identities
(`Захарова` seen beside two Захаровых), and a rare wrong link may join two people. An analyst
merges or splits; the keys involved are pinned, so that later ingests keep the decision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Iterator, Optional

from .backends import Backend
from .ingest import best_name, grow
from .paging import limit_offset
from .provenance import rebuild
from .queries import COUNTS, MOST_QUOTED, name_matches, whole_number

IDENTITY_TYPES = ("PER", "ORG", "LOC")
# The tables whose rows carry an identity, and the column holding each row's name key.
_REFERRING = (("entities", "key"), ("statements", "speaker_key"), ("event_participants", "key"))


@dataclass
class IdentityRow:
    id: int
    type: str
    name: str
    keys: list[str]
    articles: int     # articles that mention it
    statements: int   # statements it made


def listing(db: Backend, type: Optional[str] = None, name: Optional[str] = None, limit: int = 50,
            offset: int = 0) -> list[IdentityRow]:
    """Identities, the most quoted and most mentioned first; `name` keeps those it may stand for
    (see `queries.name_matches`: in any form, with initials)."""
    limit, offset = limit_offset(limit, offset)
    if type is not None:
        type = type.upper()
        if type not in IDENTITY_TYPES:
            raise ValueError(f"identity type {type!r} is not one of {', '.join(IDENTITY_TYPES)}")
    if name is not None:
        found = [m.id for m in name_matches(db, name, "name") if type is None or m.type == type]
        return [row(db, identity) for identity in found[offset:offset + limit]]
    where, params = ("i.type = ?", [type]) if type is not None else ("1 = 1", [])
    rows = db.query(f"SELECT i.id, i.type, i.name, {COUNTS} FROM identities i WHERE {where} "
                    f"ORDER BY {MOST_QUOTED} LIMIT ? OFFSET ?", (*params, limit, offset))
    return [IdentityRow(id_, type_, name_, keys_of(db, id_), articles, said)
            for id_, type_, name_, articles, said in rows]


def keys_of(db: Backend, identity: int) -> list[str]:
    return [r[0] for r in db.query("SELECT key FROM identity_keys WHERE identity_id = ? ORDER BY key",
                                   (identity,))]


def possible_splits(db: Backend, limit: int = 50) -> list[tuple[IdentityRow, IdentityRow]]:
    """Pairs of people who share a surname but were kept apart: candidates for a merge."""
    pairs = db.query(
        "SELECT DISTINCT a.identity_id, b.identity_id FROM identity_keys a "
        "JOIN identity_keys b ON b.surname = a.surname AND b.identity_id > a.identity_id "
        "JOIN identities i ON i.id = a.identity_id JOIN identities j ON j.id = b.identity_id "
        "WHERE i.type = 'PER' AND j.type = 'PER' ORDER BY a.identity_id, b.identity_id LIMIT ?",
        (whole_number(limit, what="limit"),))
    return [(row(db, a), row(db, b)) for a, b in pairs]


def row(db: Backend, identity: int) -> IdentityRow:
    found = db.query(f"SELECT i.id, i.type, i.name, {COUNTS} FROM identities i WHERE i.id = ?", (identity,))
    if not found:
        raise ValueError(f"no identity {identity}")
    id_, type_, name, articles, said = found[0]
    return IdentityRow(id_, type_, name, keys_of(db, id_), articles, said)


def merge(db: Backend, into: int, others: list[int]) -> IdentityRow:
    """Make `others` one identity with `into`: their entities, statements and keys move to it."""
    with db.transaction():
        target = row(db, into)
        for other in others:
            if other == into:
                continue
            source = row(db, other)
            if source.type != target.type:
                raise ValueError(f"identity {other} is {source.type}, {into} is {target.type}: "
                                 "only identities of one type merge")
            for table, _ in _REFERRING:
                db.execute(f"UPDATE {table} SET identity_id = ? WHERE identity_id = ?", (into, other))
            db.execute("UPDATE identity_keys SET identity_id = ? WHERE identity_id = ?", (into, other))
            db.execute("DELETE FROM identities WHERE id = ?", (other,))
        db.execute("UPDATE identity_keys SET pinned = 1 WHERE identity_id = ?", (into,))
        refresh(db, into)
        rebuild(db, [into, *others])  # their statements' clusters, now of one speaker
        return row(db, into)


def split(db: Backend, identity: int, key: str) -> IdentityRow:
    """Give one name key of an identity (and everything that carries it) an identity of its own."""
    with db.transaction():
        source = row(db, identity)
        if key not in source.keys:
            raise ValueError(f"identity {identity} has no key {key!r} (its keys: {', '.join(source.keys)})")
        if len(source.keys) == 1:
            raise ValueError(f"identity {identity} has only the key {key!r}: nothing to split")
        new = db.execute("INSERT INTO identities (type, name, words) VALUES (?, ?, ' ') RETURNING id",
                         (source.type, key.partition(":")[2] or key)).fetchone()[0]
        for table, column in _REFERRING:
            db.execute(f"UPDATE {table} SET identity_id = ? WHERE identity_id = ? AND {column} = ?",
                       (new, identity, key))
        db.execute("UPDATE identity_keys SET identity_id = ? WHERE key = ?", (new, key))
        db.execute("UPDATE identity_keys SET pinned = 1 WHERE identity_id IN (?, ?)", (identity, new))
        refresh(db, identity)
        refresh(db, new)
        rebuild(db, [identity, new])
        return row(db, new)


def refresh(db: Backend, identity: int) -> None:
    """Recompute an identity's name and name lemmas from everything that now refers to it."""
    for _, names in known_names(db, identity):
        db.execute("UPDATE identities SET name = ?, words = ' ' WHERE id = ?", (best_name(names), identity))
        grow(db, identity, names)


def known_names(db: Backend, identity: Optional[int] = None) -> Iterator[tuple[int, list[str]]]:
    """Each identity (or the one given) with every name the records know it by: its entities' names
    and aliases, its statements' speakers."""
    which, params = ("= ?", (identity,) * 2) if identity is not None else ("IS NOT NULL", ())
    rows = db.query(f"SELECT identity_id, name, aliases FROM entities WHERE identity_id {which} "
                    f"UNION SELECT identity_id, speaker, '[]' FROM statements WHERE identity_id {which} ORDER BY 1",
                    params)
    for found, group in groupby(rows, key=itemgetter(0)):
        yield found, [name for _, first, aliases in group for name in (first, *json.loads(aliases))]


def rename_all(db: Backend) -> None:
    """Give every identity its best name (`ingest.best_name`): for stores named by an earlier rule."""
    current = dict(db.query("SELECT id, name FROM identities"))
    db.executemany("UPDATE identities SET name = ? WHERE id = ?",
                   [(best, identity) for identity, names in known_names(db)
                    if (best := best_name(names)) != current.get(identity)])
