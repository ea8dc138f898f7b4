"""Curating identities: listing them, finding likely splits, merging and splitting them.

Linking by name is cautious (see `names`), so the same person may stay split across identities
(`Захарова` seen beside two Захаровых), and a rare wrong link may join two people. An analyst
merges or splits; the keys involved are pinned, so that later ingests keep the decision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from .backends import Backend
from .ingest import grow
from .paging import limit_offset
from .queries import names_match, whole_number

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
    """Identities, the most quoted and most mentioned first."""
    where, params = ["1 = 1"], []
    if type is not None:
        where.append("i.type = ?")
        params.append(type)
    if name is not None:
        sql, more = names_match("i.words", name, "name")
        where.append(sql)
        params += more
    rows = db.query(
        "SELECT i.id, i.type, i.name, "
        "(SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.identity_id = i.id) AS articles, "
        "(SELECT count(*) FROM statements s WHERE s.identity_id = i.id) AS said "
        f"FROM identities i WHERE {' AND '.join(where)} ORDER BY said DESC, articles DESC, i.name, i.id "
        "LIMIT ? OFFSET ?", (*params, *limit_offset(limit, offset)))
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
    found = db.query(
        "SELECT i.id, i.type, i.name, "
        "(SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.identity_id = i.id), "
        "(SELECT count(*) FROM statements s WHERE s.identity_id = i.id) FROM identities i WHERE i.id = ?",
        (identity,))
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
        return row(db, new)


def refresh(db: Backend, identity: int) -> None:
    """Recompute an identity's name and name lemmas from everything that now refers to it."""
    names = []
    for name, aliases in db.query("SELECT name, aliases FROM entities WHERE identity_id = ?", (identity,)):
        names += [name, *json.loads(aliases)]
    names += [r[0] for r in db.query("SELECT speaker FROM statements WHERE identity_id = ?", (identity,))]
    if names:
        db.execute("UPDATE identities SET name = ?, words = ' ' WHERE id = ?", (names[0], identity))
        grow(db, identity, names)
