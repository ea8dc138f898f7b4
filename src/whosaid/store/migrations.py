"""Bringing a store written by an earlier whosaid up to date, once, when it is opened.

A new column alone is added by the backend (`backends.ADDED_COLUMNS`); a step here changes what the
stored rows hold (a column filled, names chosen by a new rule). Each step runs in one transaction and
is recorded in `migrations`; a step may run twice without harm (two processes opening one store at
once), and on a new store it finds nothing to change.
"""

from __future__ import annotations

import json

from .backends import Backend
from .identities import rename_all
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


STEPS = (("source keys", source_keys), ("display names: nominative, fullest, capitalised", rename_all),
         ("event participants' types", participant_types), ("statement clusters", statement_clusters))


def migrate(db: Backend) -> None:
    """Run the steps this store has not had, each in its own transaction."""
    done = {row[0] for row in db.query("SELECT name FROM migrations")}
    for name, step in STEPS:
        if name not in done:
            with db.transaction():
                step(db)
                db.execute("INSERT INTO migrations (name) VALUES (?) ON CONFLICT DO NOTHING", (name,))
