"""The store: records kept in SQLite (a file, the default) or PostgreSQL, and the questions asked of them.

    from whosaid.store import Store, Filters
    with Store.open("whosaid.db") as store:                 # or "postgresql://user@host/db"
        store.ingest(articles)                              # Article records, one transaction each
        store.search(Filters(query="гарантий безопасности", speaker="Захаровой", since="2022-01"))
        store.speakers(Filters(organization="МИД России"))  # ranked by statements (outlets: kind="outlet")
        store.speaker("Захарова")                           # roles, statements over time, whom about
        store.events(Filters(since="2022-01-09"), type="talks")
        store.search_page(Filters(query="НАТО"), limit=20, offset=20)  # also articles_, speakers_, events_page
        store.export("statements", "csv", sys.stdout, Filters(source="Sputnik"))
        store.identities(), store.merge(1, [7]), store.split(1, "PER:м. захарова")
        store.trace(812)                                    # a statement's cluster: every report of it, earliest first
        store.add_watch("nato", Filters(query="НАТО", about="Украина"))   # a saved search (`watches`)
        news = store.watch_news("nato"); store.mark_delivered(news, news.items)  # what is new, once

One schema serves both databases (`schema.sql`); `backends` holds the few differences. A store is
used by one thread at a time: open one per thread or process.
"""

from __future__ import annotations

from typing import IO, Callable, Iterable, Optional

from ..model import Article
from . import export as exporting
from . import identities as curation
from . import ingest as writing
from . import provenance, queries
from . import watches as watching
from .backends import Backend, connect, missing
from .identities import IdentityRow
from .migrations import migrate
from .paging import Page
from .provenance import Trace
from .queries import ArticleHit, EventRow, Filters, Profile, SpeakerRow, StatementHit
from .watches import News, NoWatch, Watch, WatchItem

__all__ = ["Store", "Filters", "StatementHit", "ArticleHit", "SpeakerRow", "Profile", "EventRow",
           "IdentityRow", "Page", "Trace", "Watch", "WatchItem", "News", "NoWatch", "DEFAULT_DB", "NoStore", "missing"]

DEFAULT_DB = "whosaid.db"


class NoStore(ValueError):
    """A store to read that is not there: opening its SQLite file would make an empty store, and
    every question would find nothing."""

    def __init__(self, url: str):
        super().__init__(f"no store at {url}: fill one with `whosaid ingest PATH --db {url}`")


class Store:
    def __init__(self, backend: Backend):
        self.db = backend
        self._copies = None  # the DuplicateIndex, read on the first add

    @classmethod
    def open(cls, url: str = DEFAULT_DB, create: bool = True) -> "Store":
        """An SQLite file (created if new, unless `create` is false: then `NoStore`) or a `postgresql://…`
        database; the schema is made if missing, and a store written by an earlier version migrated."""
        if not create and missing(url):
            raise NoStore(url)
        store = cls(connect(url))
        try:
            migrate(store.db)
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_) -> None:
        self.close()

    # Writing
    def add(self, article: Article, fingerprint: Optional[str] = None) -> str:
        """Store one record in its own transaction: `added`, `replaced` or `unchanged`. A near-duplicate
        of an article stored before is kept, marked as its copy (`duplicate_of`). `fingerprint`: that of
        the input the record was analysed from (`Pipeline.fingerprint`), for `analysed`."""
        signatures: list[bytes] = []

        def copies(record: Article) -> tuple[bytes, Optional[str]]:  # only for a record to be written
            from .. import dedup  # datasketch loads scipy: only commands that write need it
            signatures.append(dedup.signature(record))
            return signatures[0], self._original_of(record.id, signatures[0])

        outcome = writing.add(self.db, article, copies, fingerprint)
        if signatures:
            self._duplicates().add(article.id, signatures[0])
        return outcome

    def analysed(self, article_id: str, fingerprint: str) -> bool:
        """Whether the store holds the record of `article_id` made from an input of this fingerprint:
        analysing that input again would make the same record, `unchanged`."""
        return bool(self.db.query("SELECT 1 FROM articles WHERE id = ? AND fingerprint = ?",
                                  (article_id, fingerprint)))

    def _duplicates(self):
        """The signatures of the stored articles, in the order they were stored; read once."""
        from .. import dedup
        if self._copies is None:
            self._copies = dedup.DuplicateIndex()
            for article_id, signature in self.db.query(
                    "SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY num"):
                self._copies.add(article_id, bytes(signature))
        return self._copies

    def _original_of(self, article_id: str, signature: bytes) -> Optional[str]:
        for candidate, _ in self._duplicates().similar(signature):
            if candidate != article_id and self.db.query("SELECT 1 FROM articles WHERE id = ?", (candidate,)):
                return candidate
        return None

    def ingest(self, articles: Iterable[Article],
               progress: Optional[Callable[[Article, str], None]] = None) -> dict[str, int]:
        """Store records one transaction each; counts by outcome. `progress(article, outcome)` after each."""
        counts = {"added": 0, "replaced": 0, "unchanged": 0}
        for article in articles:
            outcome = self.add(article)
            counts[outcome] += 1
            if progress:
                progress(article, outcome)
        return counts

    def analyze(self) -> None:
        """Refresh the database's query-planning statistics; worth it after a large ingest."""
        self.db.analyze()

    def mark_duplicate(self, article_id: str, original_id: Optional[str]) -> None:
        """Record that an article copies another (None: it is an original); copies' statements are not
        counted again in searches and rankings."""
        with self.db.transaction():
            self.db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (original_id, article_id))

    # Reading
    def article(self, article_id: str) -> Optional[Article]:
        found = self.db.query("SELECT text, record FROM articles WHERE id = ?", (article_id,))
        return writing.unpack(*found[0]) if found else None

    def counts(self) -> dict[str, int]:
        """How many rows each kind of thing has."""
        return {table: self.db.query(f"SELECT count(*) FROM {table}")[0][0]
                for table in ("articles", "entities", "mentions", "roles", "statements", "events",
                              "identities")}

    def search(self, filters: Filters, limit: int = 20, offset: int = 0,
               sort: str = "relevance") -> list[StatementHit]:
        """Statements matching the filters; best match first (`sort="date"`: latest first)."""
        return queries.search_statements(self.db, filters, limit, offset, sort)

    def search_page(self, filters: Filters, limit: int = 20, offset: int = 0,
                    sort: str = "relevance") -> Page[StatementHit]:
        """`search` a page at a time, with how many match in all."""
        return queries.statement_listing(self.db, filters, sort).page(self.db, limit, offset)

    def search_articles(self, filters: Filters, limit: int = 20, offset: int = 0,
                        sort: str = "relevance") -> list[ArticleHit]:
        """Articles whose text matches; speaker, organisation and type filters keep the articles with
        such a statement."""
        return queries.article_listing(self.db, filters, sort).rows(self.db, limit, offset)

    def articles_page(self, filters: Filters, limit: int = 20, offset: int = 0,
                      sort: str = "relevance") -> Page[ArticleHit]:
        """`search_articles` a page at a time, with how many match in all."""
        return queries.article_listing(self.db, filters, sort).page(self.db, limit, offset)

    def speakers(self, filters: Filters = Filters(), limit: int = 20, offset: int = 0) -> list[SpeakerRow]:
        """Speakers ranked by their statements (copies not counted twice), with their usual roles; news
        outlets only when `filters.kind` asks for them."""
        return queries.speaker_listing(self.db, filters).rows(self.db, limit, offset)

    def speakers_page(self, filters: Filters = Filters(), limit: int = 20, offset: int = 0) -> Page[SpeakerRow]:
        """`speakers` a page at a time, with how many there are in all."""
        return queries.speaker_listing(self.db, filters).page(self.db, limit, offset)

    def unranked_outlets(self, filters: Filters = Filters()) -> int:
        """How many news outlets `speakers` and `speakers_page` leave out under these filters: their
        credits mostly relay others."""
        return queries.unranked_outlets(self.db, filters)

    def speaker(self, name: str, latest: int = 10) -> Optional[Profile]:
        """A speaker by name in any form, or by identity id; None if there is none."""
        return queries.profile(self.db, name, latest)

    def events(self, filters: Filters = Filters(), type: Optional[str] = None,
               participant: Optional[str] = None, place: Optional[str] = None,
               limit: int = 20, offset: int = 0, role: Optional[str] = None) -> list[EventRow]:
        """Events, latest first, with their participants."""
        listing = queries.event_listing(self.db, filters, type, participant, place, role)
        return listing.rows(self.db, limit, offset)

    def events_page(self, filters: Filters = Filters(), type: Optional[str] = None,
                    participant: Optional[str] = None, place: Optional[str] = None,
                    limit: int = 20, offset: int = 0, role: Optional[str] = None) -> Page[EventRow]:
        """`events` a page at a time, with how many there are in all."""
        listing = queries.event_listing(self.db, filters, type, participant, place, role)
        return listing.page(self.db, limit, offset)

    def trace(self, statement_id: int) -> Optional[Trace]:
        """Every report of the utterance a statement reports (its cluster), in the order they appeared,
        each quote compared with the earlier ones; None if there is no such statement."""
        return provenance.trace(self.db, statement_id)

    def cluster(self, cluster_id: int) -> Optional[Trace]:
        """A cluster by its id (`StatementHit.cluster_id`), as `trace` gives it; None if there is none."""
        return provenance.cluster(self.db, cluster_id)

    def article_clusters(self, article_id: str) -> dict[int, tuple[int, int, int]]:
        """The clusters of a stored article's statements by their place in the record: (statement id,
        cluster id, how many reports it holds)."""
        return provenance.article_clusters(self.db, article_id)

    def export(self, kind: str, fmt: str, out: Optional[IO], filters: Filters = Filters(),
               path: Optional[str] = None) -> int:
        """Write statements, mentions, roles, events, articles (or whole records) as jsonl, csv or
        parquet (to `path`); returns the number of rows."""
        return exporting.write(self.db, kind, fmt, out, filters, path)

    # Identities
    def identities(self, type: Optional[str] = None, name: Optional[str] = None,
                   limit: int = 50, offset: int = 0) -> list[IdentityRow]:
        return curation.listing(self.db, type, name, limit, offset)

    def possible_splits(self, limit: int = 50) -> list[tuple[IdentityRow, IdentityRow]]:
        return curation.possible_splits(self.db, limit)

    def merge(self, into: int, others: list[int]) -> IdentityRow:
        return curation.merge(self.db, into, others)

    def split(self, identity: int, key: str) -> IdentityRow:
        return curation.split(self.db, identity, key)

    # Watches
    def add_watch(self, name: str, filters: Filters, webhook: Optional[str] = None) -> Watch:
        """Save a search as a watch named `name` (letters, digits, - and _), with an optional webhook
        URL its news are POSTed to; a name taken, or filters no search can run, is a ValueError."""
        return watching.add(self.db, name, filters, webhook)

    def watches(self) -> list[Watch]:
        return watching.listing(self.db)

    def watch(self, name: str) -> Watch:
        """A watch by name, or `NoWatch`."""
        return watching.find(self.db, name)

    def remove_watch(self, name: str) -> None:
        watching.remove(self.db, name)

    def watch_news(self, name: str) -> News:
        """The statements a watch has not delivered, oldest first; nothing is recorded until
        `mark_delivered`."""
        return watching.news(self.db, name)

    def mark_delivered(self, news: News, delivered: list[WatchItem]) -> None:
        """Record that these statements of `news` were delivered (and its repeats, and the run)."""
        watching.mark(self.db, news, delivered)

    def watch_latest(self, name: str, limit: int = 50) -> tuple[Watch, list[WatchItem]]:
        """A watch and its latest statements, the last stored first: its feed."""
        return watching.latest(self.db, name, limit)
