"""The two databases behind a store: what differs between SQLite and PostgreSQL, and nothing else.

Queries are written once, with `?` placeholders; a backend runs them in its own dialect. The one
real difference is full-text search: SQLite indexes the lemmas in FTS5 tables, PostgreSQL in
`tsvector` columns (the `simple` configuration: the text is already lemmatised) with GIN indexes.
Both index the same lemmas (see `words`), so a search finds the same statements on either.

On PostgreSQL an article's lemmas are long and stored out of line, which the planner does not see:
a text search is planned to start from the GIN index (see `PostgreSQL.execute`), and a write is
sent in pipeline mode, so that an article's rows cost one round trip, not one a row.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

WORD_TABLES = ("article_words", "statement_words")
# Columns added to the schema after stores were made with it: a store opened without one gets it.
ADDED_COLUMNS = (("event_participants", "role", "TEXT"), ("articles", "source_key", "TEXT"),
                 ("event_participants", "type", "TEXT"), ("articles", "fingerprint", "TEXT"),
                 ("articles", "stored", "TEXT"))


def schema(serial: str, blob: str, keyed: str) -> str:
    text = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
    return text.replace("{serial}", serial).replace("{blob}", blob).replace("{keyed}", keyed)


class Backend:
    """A connection and the dialect of one database; queries use `?` placeholders."""

    url: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.execute(sql, params).fetchall()

    def transaction(self):
        raise NotImplementedError

    def analyze(self) -> None:
        """Refresh the planner's statistics, after an ingest has changed the tables' sizes."""
        self.execute("ANALYZE")

    def close(self) -> None:
        raise NotImplementedError

    # Full text: the value stored for a row's lemmas, the join that keeps matching rows, their rank.
    def words_value(self) -> str:
        raise NotImplementedError

    def match_join(self, table: str, alias: str, key: str) -> str:
        """A join of `table` AS `alias` that keeps the rows whose `key` matches the one parameter."""
        raise NotImplementedError

    def rank(self, alias: str) -> tuple[str, int]:
        """An ORDER BY term, best first, and how many times it takes the query parameter."""
        raise NotImplementedError

    def rank_with_copies(self, alias: str, articles: str) -> tuple[str, int, str, int]:
        """For articles (`articles`, their words `alias`) among which are near-duplicate copies: a join
        and an ORDER BY term, each with how many times it takes the query parameter. A copy ranks as
        the article it copies when that one matches too: its text is that text, give or take a line
        of the page, and each text's words are ranked once, not once a copy."""
        raise NotImplementedError

    def full_text_query(self, terms: list[tuple[str, ...]]) -> str:
        """Every term must match; a term is any of its lemmas (words only: see `words`)."""
        raise NotImplementedError


class SQLite(Backend):
    def __init__(self, path: str):
        self.url = path
        # Autocommit mode: every transaction is explicit (see `transaction`).
        self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON",
                       "busy_timeout = 10000"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.connection.executescript(schema("INTEGER", "BLOB", " WITHOUT ROWID") + "".join(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5("
            "words, tokenize = 'unicode61 remove_diacritics 0');\n" for table in WORD_TABLES))
        for table, column, kind in ADDED_COLUMNS:
            if column not in {row[1] for row in self.connection.execute(f"PRAGMA table_info({table})")}:
                self.connection.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    def execute(self, sql, params=()):
        return self.connection.execute(sql, params)

    def executemany(self, sql, rows):
        self.connection.executemany(sql, rows)

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def words_value(self):
        return "?"

    def match_join(self, table, alias, key):
        return f"JOIN {table}(?) AS {alias} ON {alias}.rowid = {key}"

    def rank(self, alias):
        return f"{alias}.rank", 0

    def rank_with_copies(self, alias, articles):
        # LIMIT keeps the ranks a table of their own, made once, not a search a row
        join = (f"LEFT JOIN articles copied ON copied.id = {articles}.duplicate_of AND copied.duplicate_of IS NULL "
                "LEFT JOIN (SELECT rowid, rank FROM article_words(?) LIMIT -1) AS ranks "
                f"ON ranks.rowid = COALESCE(copied.num, {articles}.num)")
        return join, 1, f"COALESCE(ranks.rank, {alias}.rank)", 0

    def full_text_query(self, terms):
        return " AND ".join("(" + " OR ".join(f'"{lemma}"' for lemma in term) + ")" for term in terms)


_MATCH = "@@ to_tsquery('simple', ?)"  # how a PostgreSQL query tests words
_INSERT_VALUES = re.compile(r"(INSERT INTO [^()]+\([^()]*\)) VALUES (\(\?(?:, \?)*\))")
_MAX_PARAMETERS = 30000  # in one statement (PostgreSQL takes 65535)


class PostgreSQL(Backend):
    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError:
            raise RuntimeError("a PostgreSQL store needs psycopg: pip install 'whosaid[postgres]'") from None
        self.url = url
        self.connection = psycopg.connect(url, autocommit=True)
        # A store's pages are read from memory or an SSD, where a random read costs about what the
        # next one does; the default (4) is for spinning disks, and has the planner scan whole tables
        # rather than look up the rows a text search found.
        self.connection.execute("SET random_page_cost = 1.1")
        self._sql: dict[str, str] = {}
        with self.connection.transaction():  # not in pipeline mode: the schema is many commands in one
            self.connection.execute("SELECT pg_advisory_xact_lock(4242)")  # two first opens at once
            self.connection.execute(schema("INTEGER GENERATED BY DEFAULT AS IDENTITY", "BYTEA", ""))
            for table, column, kind in ADDED_COLUMNS:
                self.connection.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}")
            for table in WORD_TABLES:
                self.connection.execute(
                    f"CREATE TABLE IF NOT EXISTS {table} (rowid INTEGER PRIMARY KEY, words TSVECTOR NOT NULL)")
                self.connection.execute(
                    f"CREATE INDEX IF NOT EXISTS {table}_index ON {table} USING GIN (words)")
                # Uncompressed, out of line: ranking reads the words of every matching row, and
                # decompressing them cost more than reading them (lemmas compress poorly). Rows
                # written before keep the storage they had.
                if not self.connection.execute("SELECT 1 FROM pg_attribute WHERE attrelid = %s::regclass AND "
                                               "attname = 'words' AND attstorage = 'e'", (table,)).fetchone():
                    self.connection.execute(f"ALTER TABLE {table} ALTER COLUMN words SET STORAGE EXTERNAL")

    def _dialect(self, sql: str) -> str:
        if sql not in self._sql:
            self._sql[sql] = sql.replace("%", "%%").replace("?", "%s")
        return self._sql[sql]

    def execute(self, sql, params=()):
        if _MATCH not in sql:
            return self.connection.execute(self._dialect(sql), params)
        # A text search is planned without two choices that go wrong with words: the planner does
        # not count the cost of reading a row's words (stored out of line) to test them, and when
        # many rows match it would rather test every row than read those the GIN index names, at
        # many times the cost; and it would sort a few articles first to stop early in a nested
        # loop that tests each article against every match.
        self.connection.execute("SET enable_seqscan = off; SET enable_incremental_sort = off")
        try:
            return self.connection.execute(self._dialect(sql), params)
        finally:
            self.connection.execute("RESET enable_seqscan; RESET enable_incremental_sort")

    def executemany(self, sql, rows):
        rows = list(rows)
        if not rows:
            return
        values = _INSERT_VALUES.fullmatch(sql)
        if values is None:
            with self.connection.cursor() as cursor:
                cursor.executemany(self._dialect(sql), rows)
            return
        # An INSERT of many rows is one statement, several rows in its VALUES: psycopg sends each row of
        # an executemany as a statement of its own, at a cost on the client many times that of its row.
        head, row = values.groups()
        per_statement = max(1, _MAX_PARAMETERS // len(rows[0]))
        for at in range(0, len(rows), per_statement):
            chunk = rows[at:at + per_statement]
            self.execute(f"{head} VALUES {', '.join([row] * len(chunk))}", [v for each in chunk for v in each])

    def analyze(self) -> None:
        """Refresh the planner's statistics, and the visibility map that lets a query read an index
        without the table's rows."""
        self.execute("VACUUM (ANALYZE)")

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def transaction(self):
        """In pipeline mode: a write is sent without waiting for its answer, only a read waits."""
        with self.connection.pipeline(), self.connection.transaction():
            yield

    def words_value(self):
        return "to_tsvector('simple', ?)"

    def match_join(self, table, alias, key):
        # OFFSET 0 keeps the match a subquery of its own, so the planner starts from the GIN index
        # rather than testing the words of every row the other filters keep.
        return (f"JOIN (SELECT rowid, words FROM {table} WHERE words {_MATCH} OFFSET 0) "
                f"AS {alias} ON {alias}.rowid = {key}")

    def rank(self, alias):
        return f"ts_rank({alias}.words, to_tsquery('simple', ?)) DESC", 1

    def rank_with_copies(self, alias, articles):
        # Ranking reads the words of every matching article, long and out of line: with ten copies of
        # a story it would read them eleven times. Originals are ranked once, in a table of their own.
        join = ("LEFT JOIN (SELECT o.id, ts_rank(ow.words, to_tsquery('simple', ?)) AS rank FROM articles o "
                f"JOIN article_words ow ON ow.rowid = o.num WHERE o.duplicate_of IS NULL AND ow.words {_MATCH} "
                f"OFFSET 0) AS originals ON originals.id = COALESCE({articles}.duplicate_of, {articles}.id)")
        return join, 2, f"COALESCE(originals.rank, ts_rank({alias}.words, to_tsquery('simple', ?))) DESC", 1

    def full_text_query(self, terms):
        return " & ".join("(" + " | ".join(term) + ")" for term in terms)


def sqlite_file(url: str) -> Optional[str]:
    """The file of an SQLite store (a path or `sqlite:///path`); None for a PostgreSQL URL."""
    return None if url.startswith(("postgresql://", "postgres://")) else url.removeprefix("sqlite:///")


def missing(url: str) -> bool:
    """An SQLite store whose file is not there: opening it would make an empty one."""
    path = sqlite_file(url)
    return path is not None and not Path(path).exists()


def connect(url: str) -> Backend:
    """A backend for `postgresql://…` (or `postgres://…`) URLs, else an SQLite file (created if new)."""
    path = sqlite_file(url)
    return PostgreSQL(url) if path is None else SQLite(path)
