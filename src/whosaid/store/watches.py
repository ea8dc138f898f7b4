"""Watches: saved searches that tell what is new since they were last run.

A watch is a name and the filters of a search (`Filters`: words, speaker, organisation, what the
statement is about, type, kind, dates, outlet), kept in the store (`watches`). Its news are the
statements that match and that it has not delivered, oldest first; they are recorded as delivered
(`watch_items`) once the caller has delivered them: printed, or POSTed to the watch's webhook and
answered with a 2xx. `whosaid serve` publishes each watch's latest statements as an Atom feed.

What a watch has delivered is a set, not a watermark: one row a statement, with a key made of its
article's id and the words of its content (`item_key`). So
- every statement is delivered once, whatever order the transactions that stored them committed in
  (PostgreSQL's ids commit out of order when articles are ingested at once, and SQLite gives the ids
  of deleted rows again);
- an article whose ingest was interrupted (its transaction rolled back) is not there to deliver, and
  is delivered by the first run after it is stored;
- an article stored again unchanged keeps its statements. Stored again changed, its statements are
  replaced under new ids (the rows that named the old ones keep their keys, `ON DELETE SET NULL`); a
  new one with the same words as one delivered is recorded as its repeat, not delivered again, and
  one whose words changed is new (the correction is news). An article stored under another id is new;
- a statement repeated with the same words in one article (a headline quoting the body) is delivered
  once.
Two runs of one watch at the same moment may both deliver its news: run a watch from one place.
"""

from __future__ import annotations

import dataclasses
import hashlib
import http.client
import json
import re
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Callable, Optional
from urllib.parse import urlsplit

from ..numbers import whole_number
from ..read.urls import USER_AGENT, NoRedirects
from .backends import Backend
from .ingest import now
from .queries import STATEMENT_COLUMNS, Filters, Select, StatementHit, statements_select

_NAME = re.compile(r"[^\W_][\w-]{0,99}")
_CHUNK = 500  # keys asked about in one query


class NoWatch(ValueError):
    """A watch name the store does not hold."""

    def __init__(self, name: str):
        super().__init__(f"no watch {name!r}: `whosaid watch list` lists them")


@dataclass
class Watch:
    id: int
    name: str
    filters: Filters
    webhook: Optional[str]
    created: str
    last_run: Optional[str]
    delivered: int  # statements delivered so far (their keys: a repeat is not counted again)


@dataclass
class WatchItem:
    """A statement as a watch delivers it: its key (`item_key`) and when its article was stored."""
    key: str
    statement: StatementHit
    stored: Optional[str]

    def to_dict(self, watch: str) -> dict:
        return {"watch": watch, "key": self.key, **dataclasses.asdict(self.statement)}


@dataclass
class News:
    """What a run of a watch found: the new statements, oldest first, and those repeating one it
    delivered before (key, statement id), to be recorded with them."""
    watch: Watch
    items: list[WatchItem]
    repeats: list[tuple[str, int]]


def item_key(article_id: str, content: str) -> str:
    """A statement's key across re-ingests: its article's id and its content's text, spaces folded."""
    return hashlib.sha1(f"{article_id}\0{' '.join(content.split())}".encode("utf-8")).hexdigest()


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise ValueError(f"watch name {name!r} is not 1-100 letters, digits, - and _ beginning with a letter "
                         "or digit (it names the feed /watch/NAME.atom)")
    return name


def check_webhook(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"webhook {url!r} is not an http:// or https:// URL")
    return url


def given(filters: Filters) -> dict:
    """The filters a watch was given, as it keeps them: the fields that narrow."""
    return {name: value for name, value in dataclasses.asdict(filters).items()
            if value is not None and value is not False}


FLAGS = {"organization": "--org", "first_only": "--first-only"}  # a field whose option is not --FIELD


def describe(filters: Filters) -> str:
    """The filters as the options of `whosaid watch add` that give them: `"НАТО" --speaker Захарова`."""
    def quoted(value) -> str:
        text = str(value)
        return json.dumps(text, ensure_ascii=False) if not text or any(c.isspace() or c in "\"'" for c in text) \
            else text
    shown = given(filters)
    words = [json.dumps(shown.pop("query"), ensure_ascii=False)] if "query" in shown else []
    for name, value in shown.items():
        flag = FLAGS.get(name, f"--{name}")
        words.append(flag if value is True else f"{flag} {quoted(value)}")
    return " ".join(words) or "(every statement)"


def add(db: Backend, name: str, filters: Filters, webhook: Optional[str] = None) -> Watch:
    """A new watch; its filters are tried once, so that a name that fits two identities or a query
    with no words is refused now, not at its first run."""
    check_name(name)
    if webhook is not None:
        check_webhook(webhook)
    statements_select(db, filters, "s.id").then("LIMIT 1").run(db)
    with db.transaction():
        if db.query("SELECT 1 FROM watches WHERE name = ?", (name,)):
            raise ValueError(f"watch {name!r} exists: `whosaid watch remove {name}` first")
        db.execute("INSERT INTO watches (name, filters, webhook, created) VALUES (?, ?, ?, ?)",
                   (name, json.dumps(given(filters), ensure_ascii=False, sort_keys=True), webhook, now()))
    return find(db, name)


_WATCHES = ("SELECT w.id, w.name, w.filters, w.webhook, w.created, w.last_run, "
            "(SELECT count(DISTINCT d.item) FROM watch_items d WHERE d.watch_id = w.id) FROM watches w")


def _watch(id_: int, name: str, filters: str, webhook: Optional[str], created: str, last_run: Optional[str],
           items: int) -> Watch:
    return Watch(id_, name, Filters(**json.loads(filters)), webhook, created, last_run, items)


def listing(db: Backend) -> list[Watch]:
    return [_watch(*row) for row in db.query(f"{_WATCHES} ORDER BY w.name")]


def find(db: Backend, name: str) -> Watch:
    found = db.query(f"{_WATCHES} WHERE w.name = ?", (name,)) if _NAME.fullmatch(name) else []
    if not found:
        raise NoWatch(name)
    return _watch(*found[0])


def remove(db: Backend, name: str) -> None:
    """A watch and what it delivered go."""
    watch = find(db, name)
    with db.transaction():
        db.execute("DELETE FROM watches WHERE id = ?", (watch.id,))


def _statements(db: Backend, watch: Watch) -> Select:
    """The statements a watch's filters match, with when their articles were stored."""
    return statements_select(db, watch.filters, f"{STATEMENT_COLUMNS}, a.stored")


def _read(db: Backend, select: Select) -> list[WatchItem]:
    return [WatchItem(item_key(hit.article_id, hit.content), hit, stored)
            for *values, stored in select.run(db) for hit in [StatementHit(*values)]]


def news(db: Backend, name: str) -> News:
    """The statements a watch has not delivered: those that match and that no row of its set names,
    less those whose key it delivered (a changed article stored again)."""
    watch = find(db, name)
    found = _read(db, _statements(db, watch).filter(
        "NOT EXISTS (SELECT 1 FROM watch_items d WHERE d.watch_id = ? AND d.statement_id = s.id)", watch.id).then(
        "ORDER BY CASE WHEN a.day IS NULL THEN 1 ELSE 0 END, a.day, a.id, s.position"))
    keys = sorted({item.key for item in found})
    seen: set[str] = set()
    for at in range(0, len(keys), _CHUNK):
        chunk = keys[at:at + _CHUNK]
        seen.update(row[0] for row in db.query(
            f"SELECT DISTINCT item FROM watch_items WHERE watch_id = ? AND item IN ({', '.join('?' * len(chunk))})",
            (watch.id, *chunk)))
    new, repeats = [], []
    for item in found:
        if item.key in seen:
            repeats.append((item.key, item.statement.id))
        else:
            seen.add(item.key)
            new.append(item)
    return News(watch, new, repeats)


def mark(db: Backend, found: News, delivered: list[WatchItem]) -> None:
    """Record statements of a run as delivered, with its repeats, and the time of the run. A statement
    that its article's replacement removed meanwhile is recorded by its key alone."""
    at = now()
    rows = [(found.watch.id, item.key, item.statement.id, at) for item in delivered]
    rows += [(found.watch.id, key, statement, at) for key, statement in found.repeats]
    with db.transaction():
        db.executemany("INSERT INTO watch_items (watch_id, item, statement_id, delivered) VALUES "
                       "(?, ?, (SELECT id FROM statements WHERE id = ?), ?) ON CONFLICT DO NOTHING", rows)
        db.execute("UPDATE watches SET last_run = ? WHERE id = ?", (at, found.watch.id))


def latest(db: Backend, name: str, limit: int = 50) -> tuple[Watch, list[WatchItem]]:
    """A watch and its latest statements, the last stored first (what its feed shows), one a key."""
    watch = find(db, name)
    found = _read(db, _statements(db, watch).then(
        "ORDER BY COALESCE(a.stored, '') DESC, COALESCE(a.day, '') DESC, a.id, s.position LIMIT ?",
        whole_number(limit, 1, what="limit")))
    shown: dict[str, WatchItem] = {}
    for item in found:
        shown.setdefault(item.key, item)
    return watch, list(shown.values())


@dataclass
class Webhook:
    """How new statements are POSTed to a watch's webhook: each request given `timeout` seconds, tried
    up to `tries` times while it fails for a reason that may pass (no connection, a timeout, 408, 429,
    5xx), `backoff` seconds before the second try and twice as long before each next one; `batch`
    statements a request."""
    tries: int = 3
    timeout: float = 10.0
    backoff: float = 1.0
    batch: int = 100
    sleep: Callable[[float], None] = time.sleep


class _Transient(Exception):
    """A failure worth another try."""


_OPENER = urllib.request.build_opener(NoRedirects())


def _post(url: str, body: bytes, timeout: float) -> Optional[str]:
    """POST JSON once: None on a 2xx, else why not (a `_Transient` when another try may do)."""
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as error:  # 3xx, 4xx, 5xx: an answer all the same
        status = error.code
    except (TimeoutError, socket.timeout):
        raise _Transient(f"no answer within {timeout:g} s") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (TimeoutError, socket.timeout)):
            raise _Transient(f"no answer within {timeout:g} s") from None
        raise _Transient(f"cannot connect ({getattr(error.reason, 'strerror', None) or error.reason})") from None
    except (OSError, http.client.HTTPException) as error:
        raise _Transient(f"connection failed ({type(error).__name__}: {error})") from None
    if 200 <= status < 300:
        return None
    if status in (408, 429) or status >= 500:
        raise _Transient(f"HTTP {status}")
    return f"HTTP {status}"


def _send(url: str, body: bytes, policy: Webhook) -> Optional[str]:
    """POST with retries: None once answered with a 2xx, else why not."""
    reason = "not tried"
    for attempt in range(policy.tries):
        if attempt:
            policy.sleep(policy.backoff * 2 ** (attempt - 1))
        try:
            return _post(url, body, policy.timeout)
        except _Transient as failure:
            reason = f"{failure} (after {attempt + 1} {'try' if attempt == 0 else 'tries'})"
    return reason


def post(found: News, policy: Webhook, delivered: Callable[[list[WatchItem]], None]) -> Optional[str]:
    """POST a run's new statements to its watch's webhook, in order, `policy.batch` a request as
    `{"watch": NAME, "statements": [...]}` (each statement as `watch run --format jsonl` prints it);
    `delivered` is told of each batch answered with a 2xx. Why the rest were not, or None."""
    for at in range(0, len(found.items), policy.batch):
        batch = found.items[at:at + policy.batch]
        body = json.dumps({"watch": found.watch.name, "statements": [item.to_dict(found.watch.name) for item in batch]},
                          ensure_ascii=False).encode("utf-8")
        failure = _send(found.watch.webhook or "", body, policy)
        if failure is not None:
            return failure
        delivered(batch)
    return None
