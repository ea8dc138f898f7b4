-- The store's schema, one for SQLite and PostgreSQL: {serial} and {blob} are each backend's words
-- for an auto-numbered key and for bytes, {keyed} its words for a table that is its primary key's
-- index (SQLite: WITHOUT ROWID). Offsets (span_start, span_end) are end-exclusive character offsets
-- into articles.text, as in the records. The full-text tables (article_words, statement_words) are
-- made by each backend: SQLite FTS5, PostgreSQL tsvector with a GIN index.

CREATE TABLE IF NOT EXISTS articles (        -- the small columns first: SQLite reads a row up to the column it needs
    num {serial} PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,                          -- ISO date or datetime
    day TEXT,                                -- the date part of published, for date ranges
    source TEXT,
    source_key TEXT,                         -- the source folded (names.outlet_key), for filters in any case
    url TEXT,
    origin TEXT,
    duplicate_of TEXT REFERENCES articles(id) ON DELETE SET NULL,  -- the first copy's id
    text_hash TEXT NOT NULL UNIQUE,          -- the same text under another id replaces the article
    record_hash TEXT NOT NULL,               -- an unchanged record is not written again
    fingerprint TEXT,                        -- of the input it was analysed from (Pipeline.fingerprint): not analysed again
    stored TEXT,                             -- when the record was written (ISO, UTC): a feed entry's update time
    signature {blob},                        -- near-duplicate signature (MinHash)
    text TEXT NOT NULL,
    record TEXT NOT NULL                     -- the record as JSON, less its text: layout, metadata, annotations
);
CREATE INDEX IF NOT EXISTS articles_day ON articles(day);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
-- articles_source_key and articles_stored are made by the migrations that fill their columns
-- (migrations.py), once an older store has been given the columns; articles_original and
-- articles_copies by the one that replaced articles_duplicate_of with them.

-- One person, organisation or place across articles.
CREATE TABLE IF NOT EXISTS identities (
    id {serial} PRIMARY KEY,
    type TEXT NOT NULL,                      -- PER | ORG | LOC
    name TEXT NOT NULL,                      -- the fullest name seen
    words TEXT NOT NULL                      -- lemmas of every name and alias, space-padded
);
CREATE INDEX IF NOT EXISTS identities_type ON identities(type);

-- Which identity a name key belongs to; pinned keys were placed by an analyst (merge, split).
CREATE TABLE IF NOT EXISTS identity_keys (
    key TEXT PRIMARY KEY,
    identity_id INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    surname TEXT,                            -- people: to find the variants of a name
    pinned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS identity_keys_identity ON identity_keys(identity_id);
CREATE INDEX IF NOT EXISTS identity_keys_surname ON identity_keys(surname);

CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    aliases TEXT NOT NULL,                   -- JSON list
    identity_id INTEGER REFERENCES identities(id),
    PRIMARY KEY (article_id, entity_id)
);
-- entities_identity_entity (an identity's entities) is made by a migration (migrations.py), which
-- replaced entities_identity with it.

CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, entity_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id, span_start);
-- An entity's mentions in its article: the statements that mention an identity (`--about`).
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(article_id, entity_id, span_start);

CREATE TABLE IF NOT EXISTS roles (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    title TEXT NOT NULL,
    organization TEXT,
    organization_words TEXT NOT NULL,        -- lemmas, space-padded
    organization_entity TEXT,                -- the organisation's entity in the same article, if named
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, entity_id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS roles_entity ON roles(article_id, entity_id);

CREATE TABLE IF NOT EXISTS statements (
    id {serial} PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,               -- its index in the record's quotes
    type TEXT NOT NULL,                      -- direct | indirect | mixed
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    content TEXT NOT NULL,
    cue_start INTEGER,
    cue_end INTEGER,
    cue TEXT,
    speaker TEXT NOT NULL,
    speaker_kind TEXT NOT NULL,
    speaker_entity TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_key TEXT,
    identity_id INTEGER REFERENCES identities(id),
    channel TEXT
);
CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id);
CREATE INDEX IF NOT EXISTS statements_identity ON statements(identity_id);

CREATE TABLE IF NOT EXISTS events (
    id {serial} PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    evidence TEXT NOT NULL,                  -- JSON list of spans
    place TEXT,
    place_words TEXT NOT NULL,               -- lemmas, space-padded
    place_entity TEXT,
    date_start TEXT,
    date_end TEXT,
    duration TEXT,
    status TEXT
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);

CREATE TABLE IF NOT EXISTS event_participants (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    words TEXT NOT NULL,                     -- lemmas of the name, space-padded
    entity_id TEXT,
    key TEXT,
    identity_id INTEGER REFERENCES identities(id),
    role TEXT,                               -- its part in the event: court, defendant, detained, attacker, ...
    type TEXT                                -- PER | ORG | LOC, when the record says
);
CREATE INDEX IF NOT EXISTS event_participants_event ON event_participants(event_id);
CREATE INDEX IF NOT EXISTS event_participants_identity ON event_participants(identity_id);

-- Watches (`whosaid watch`, watches.py): saved searches, and the statements each has delivered.
CREATE TABLE IF NOT EXISTS watches (
    id {serial} PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,               -- letters, digits, - and _: it names the feed /watch/NAME.atom
    filters TEXT NOT NULL,                   -- the search's filters as JSON: the Filters fields given
    webhook TEXT,                            -- the URL new statements are POSTed to, if any
    created TEXT NOT NULL,                   -- ISO times, UTC
    last_run TEXT
);

-- One row a statement a watch has delivered, or found to repeat one it delivered (the same words in
-- the same article, stored again under a new statement id).
CREATE TABLE IF NOT EXISTS watch_items (
    watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
    item TEXT NOT NULL,                      -- watches.item_key: the article's id and the content's words
    statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL,  -- null once its article is replaced
    delivered TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS watch_items_statement ON watch_items(watch_id, statement_id);
CREATE INDEX IF NOT EXISTS watch_items_item ON watch_items(watch_id, item);
CREATE INDEX IF NOT EXISTS watch_items_statements ON watch_items(statement_id);

-- The migrations (migrations.py) this store has had.
CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY);

-- Statement clusters (provenance.py): the statements of one speaker identity that report one utterance.
-- A cluster is named by the smallest id of its statements.
CREATE TABLE IF NOT EXISTS cluster_members (
    statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
    cluster_id INTEGER NOT NULL,
    rank INTEGER NOT NULL,                   -- its place in the order the reports appeared: 0 is the earliest
    form TEXT,                               -- verbatim | excerpt | altered | paraphrase; NULL: not compared
    lemmas TEXT NOT NULL                     -- its content lemmas, space-separated (provenance.gist)
);
CREATE INDEX IF NOT EXISTS cluster_members_cluster ON cluster_members(cluster_id, rank);

-- The shingles each clustered statement is found by: a new statement reads only the statements of its
-- speaker that share one (their days kept beside them, to keep those of the days around its own). The
-- table is its one index: a statement writes a few dozen rows.
CREATE TABLE IF NOT EXISTS statement_shingles (
    identity_id INTEGER NOT NULL,
    shingle INTEGER NOT NULL,                -- provenance.shingles: a stable 32-bit hash
    statement_id INTEGER NOT NULL,
    day TEXT,                                -- its article's
    PRIMARY KEY (identity_id, shingle, statement_id)
){keyed};
