"""Bringing a store written by an earlier whosaid up to date, once, when it is opened.

A new column alone is added by the backend (`backends.ADDED_COLUMNS`); a step here changes what the
stored rows hold (a column filled, names chosen by a new rule) or the indexes over them. Each step
runs in one transaction and is recorded in `migrations`; a step may run twice without harm (two
processes opening one store at once), and on a new store it finds no rows to change.
"""

from __future__ import annotations

import json

from .backends import Backend
from .identities import rename_all
from .ingest import now
from .names import outlet_key
from .provenance import build as statement_clusters


def source_keys(db: Backend) -> None:
    """Fill `articles.source_key` (filters by outlet in any case) and index it."""
    db.execute("CREATE INDEX IF NOT EXISTS articles_source_key ON articles(source_key)")
    for (source,) in db.query("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL AND source_key IS NULL"):
        db.execute("UPDATE articles SET source_key = ? WHERE source = ?", (outlet_key(source), source))


def participant_types(db: Backend) -> None:
    """Fill `event_participants.type` (PER, ORG, LOC: exports give it) from the stored records, for the
    participants stored before the column was; a participant whose record gives no type keeps none."""
    for (article,) in db.query("SELECT DISTINCT ev.article_id FROM events ev JOIN event_participants p "
                               "ON p.event_id = ev.id WHERE p.type IS NULL"):
        record = json.loads(db.query("SELECT record FROM articles WHERE id = ?", (article,))[0][0])
        db.executemany(
            "UPDATE event_participants SET type = ? WHERE position = ? AND event_id = "
            "(SELECT id FROM events WHERE article_id = ? AND position = ?)",
            [(participant["type"], index, article, position)
             for position, event in enumerate(record.get("events", []))
             for index, participant in enumerate(event.get("participants", [])) if participant.get("type")])


def reading_indexes(db: Backend) -> None:
    """Index the originals (not near-duplicate copies), which most questions keep, and an identity's
    entities, both read from the index alone, and an article's copies. They replace
    articles_duplicate_of, which held the originals too (SQLite's statistics take `duplicate_of IS
    NULL` for a value of ten rows, not of most articles), and entities_identity, on identity_id only."""
    db.execute("DROP INDEX IF EXISTS articles_duplicate_of")
    db.execute("CREATE INDEX IF NOT EXISTS articles_copies ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL")
    db.execute("CREATE INDEX IF NOT EXISTS articles_original ON articles(id, num, day) WHERE duplicate_of IS NULL")
    db.execute("DROP INDEX IF EXISTS entities_identity")
    db.execute("CREATE INDEX IF NOT EXISTS entities_identity_entity ON entities(identity_id, article_id, entity_id)")


def stored_times(db: Backend) -> None:
    """Fill `articles.stored` (a watch's feed orders and dates its entries by it) and index it: an
    article stored before the column was is taken as stored now, when its store is brought up to date."""
    db.execute("CREATE INDEX IF NOT EXISTS articles_stored ON articles(stored)")
    db.execute("UPDATE articles SET stored = ? WHERE stored IS NULL", (now(),))


STEPS = (("source keys", source_keys), ("display names: nominative, fullest, capitalised", rename_all),
         ("event participants' types", participant_types),
         ("indexes of originals, copies and an identity's entities", reading_indexes),
         ("stored times", stored_times), ("statement clusters", statement_clusters))


def migrate(db: Backend) -> None:
    """Run the steps this store has not had, each in its own transaction."""
    done = {row[0] for row in db.query("SELECT name FROM migrations")}
    for name, step in STEPS:
        if name not in done:
            with db.transaction():
                step(db)
                db.execute("INSERT INTO migrations (name) VALUES (?) ON CONFLICT DO NOTHING", (name,))
