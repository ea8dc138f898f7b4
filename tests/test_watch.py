"""Watches on both backends: each new statement delivered once across runs, interrupted and concurrent
ingests, the Atom feed a reader follows, the webhook with retries; the commands as an analyst runs them.

The records are the real pipeline's, of the sample, the TASS-style fixture and articles written here.
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser
import pytest
from conftest import SAMPLE
from fastapi.testclient import TestClient
from store_records import TASS, analysed, sample_record, tass_record
from test_store_cli import whosaid

from whosaid.store import Filters, NoWatch, Store
from whosaid.store import ingest as writing
from whosaid.store.queries import AmbiguousName
from whosaid.store.watches import item_key
from whosaid.web.app import create_app

SAMPLE_ID = "sputnik-2022-01-11-security-guarantees"
ZAKHAROVA = ("Мария Захарова", "М. Захарова")
# The TASS story corrected after it was stored: one statement more, the others as they were.
CORRECTED = TASS.read_text(encoding="utf-8").replace(
    "Читайте также:", "Захарова также заявила, что Москва готова продолжить диалог с Вашингтоном.\nЧитайте также:")
LAVROV = ("Лавров: Москва ждет ответа\n\n11 января 2022\n\nМинистр иностранных дел России Сергей Лавров заявил, "
          "что Москва ждет от Вашингтона ответа до конца января.\n")
# Named by none of LAVROV's names: two ingests that write one identity wait for each other.
PESKOV = ("Песков: Кремль ждет ответа\n\n12 января 2022\n\nПресс-секретарь президента Дмитрий Песков заявил, "
          "что Кремль ждет ответа на свои предложения по безопасности.\n")


def zakharova_said(*records) -> list[str]:
    return [q.content.text for a in records for q in a.quotes if q.speaker.name in ZAKHAROVA]


def run(store: Store, name: str) -> list[str]:
    """A run of a watch that prints its news: delivered, and recorded so."""
    news = store.watch_news(name)
    store.mark_delivered(news, news.items)
    return [item.statement.content for item in news.items]


@pytest.fixture
def store(store_url):
    with Store.open(store_url) as opened:
        opened.add(sample_record(SAMPLE_ID))
        yield opened


def test_watches_are_added_listed_and_removed(store):
    watch = store.add_watch("nato-ukraine", Filters(query="НАТО", about="Украины"))
    assert (watch.name, watch.filters.query, watch.filters.about, watch.last_run, watch.delivered) == (
        "nato-ukraine", "НАТО", "Украины", None, 0)
    store.add_watch("zakharova", Filters(speaker="Захарова", type="direct"), webhook="http://127.0.0.1:9/hook")
    assert [(w.name, w.webhook) for w in store.watches()] == [("nato-ukraine", None),
                                                               ("zakharova", "http://127.0.0.1:9/hook")]
    for name, filters, webhook, error in [
            ("nato-ukraine", Filters(), None, "watch 'nato-ukraine' exists"),
            ("bad/name", Filters(), None, "watch name 'bad/name' is not"),
            ("-x", Filters(), None, "watch name '-x' is not"),
            ("hook", Filters(), "ftp://example.ru/", "webhook 'ftp://example.ru/' is not an http"),
            ("empty", Filters(query="!!"), None, "query '!!' has no words")]:
        with pytest.raises(ValueError, match=error):
            store.add_watch(name, filters, webhook)
    store.remove_watch("nato-ukraine")
    assert [w.name for w in store.watches()] == ["zakharova"]
    for missing in ("nato-ukraine", "bad/name"):
        with pytest.raises(NoWatch, match=f"no watch '{missing}'"):
            store.watch_news(missing)


def test_a_name_that_fits_two_identities_is_refused_when_the_watch_is_added(store):
    store.add(analysed("Заголовок\n\nИрина Захарова, пресс-секретарь компании, заявила, что компания не "
                       "будет комментировать сделку.\n", "irina"))
    for filters in (Filters(speaker="Захарова"), Filters(about="Захарову")):
        with pytest.raises(AmbiguousName, match=r"may be any of 2 identities: .*Захарова \(id \d+\), "):
            store.add_watch("zakharova", filters)
    assert store.watches() == []


def test_each_new_statement_is_delivered_once_across_runs_and_reingests(store):
    sample = sample_record(SAMPLE_ID)
    store.add_watch("zakharova", Filters(speaker="Захарова"))
    first = run(store, "zakharova")
    assert sorted(first) == sorted(zakharova_said(sample)) and first
    assert run(store, "zakharova") == []  # nothing new
    store.add(tass_record())
    assert sorted(run(store, "zakharova")) == sorted(zakharova_said(tass_record()))  # only the new
    assert store.add(tass_record()) == "unchanged" and run(store, "zakharova") == []
    # its statements deleted and written again: PostgreSQL gives them new ids, SQLite the deleted ones' again
    assert store.add(tass_record(text=CORRECTED)) == "replaced"
    assert run(store, "zakharova") == ["Москва готова продолжить диалог с Вашингтоном"]  # only what is new
    assert run(store, "zakharova") == []
    watch = store.watch("zakharova")
    assert watch.delivered == len(set(first)) + len(zakharova_said(tass_record())) + 1 and watch.last_run


def test_an_interrupted_ingest_is_delivered_on_the_run_after_it_is_stored(store, monkeypatch):
    store.add_watch("moscow", Filters(query="Москва"))
    delivered = set(run(store, "moscow"))
    write_events = writing._write_events

    def fail(db, article, *rest):  # the articles' rows are written; the transaction is not committed
        if article.id == "lavrov":
            raise KeyboardInterrupt
        return write_events(db, article, *rest)
    monkeypatch.setattr(writing, "_write_events", fail)
    lavrov = analysed(LAVROV, "lavrov")
    with pytest.raises(KeyboardInterrupt):
        store.add(lavrov)
    assert store.article("lavrov") is None
    assert run(store, "moscow") == []
    monkeypatch.setattr(writing, "_write_events", write_events)
    assert store.add(lavrov) == "added"
    assert run(store, "moscow") == [q.content.text for q in lavrov.quotes if "Москва" in q.content.text] != []
    assert run(store, "moscow") == []
    assert delivered.isdisjoint(q.content.text for q in lavrov.quotes)


def test_statements_committed_out_of_order_on_postgresql_are_each_delivered_once(store_url, monkeypatch):
    """One ingest takes its statement ids and waits before it commits; another, later, commits first.
    A run between the two gives the later one; the run after the first commits gives the first."""
    from whosaid.store.backends import sqlite_file
    if sqlite_file(store_url) is not None:
        pytest.skip("SQLite writes one transaction at a time: its ids commit in order")
    held, holding = threading.Event(), threading.Event()
    write_events = writing._write_events

    def wait(db, article, *rest):
        if article.id == "lavrov":
            holding.set()
            assert held.wait(60)
        return write_events(db, article, *rest)
    monkeypatch.setattr(writing, "_write_events", wait)
    with Store.open(store_url) as store, Store.open(store_url) as other:
        store.add_watch("answer", Filters(query="ответа"))
        assert run(store, "answer") == []
        first = threading.Thread(target=other.add, args=(analysed(LAVROV, "lavrov"),))
        first.start()
        assert holding.wait(60)
        store.add(analysed(PESKOV, "peskov"))
        early = store.watch_news("answer")
        assert {item.statement.article_id for item in early.items} == {"peskov"}
        store.mark_delivered(early, early.items)
        held.set()
        first.join(60)
        late = store.watch_news("answer")
        assert {item.statement.article_id for item in late.items} == {"lavrov"}
        assert max(i.statement.id for i in late.items) < min(i.statement.id for i in early.items)  # out of order
        store.mark_delivered(late, late.items)
        assert store.watch_news("answer").items == []


def test_a_statement_repeated_in_one_article_is_delivered_once(store):
    """A headline that quotes the body: the same words, one statement delivered."""
    text = ("Рябков заявил, что диалог с НАТО возможен\n\n12 января 2022\n\nЗаместитель министра иностранных дел "
            "России Сергей Рябков заявил, что диалог с НАТО возможен.\n")
    article = analysed(text, "twice")
    assert [q.content.text for q in article.quotes] == ["диалог с НАТО возможен"] * 2
    store.add(article)
    store.add_watch("twice", Filters(since="2022-01-12"))
    assert run(store, "twice") == ["диалог с НАТО возможен"]
    assert store.watch_news("twice").items == [] and store.watch("twice").delivered == 1


@pytest.fixture
def feed(store_url):
    """The feeds of `whosaid serve` over the store (the application without its analysis workers)."""
    app = create_app(store_url)
    yield TestClient(app, base_url="http://localhost")
    app.state.settings.stores.close()


def test_the_atom_feed_validates_and_keeps_its_entries_across_reingests(store, feed):
    store.add(tass_record())
    store.add_watch("zakharova", Filters(speaker="Захаровой"))
    response = feed.get("/watch/zakharova.atom")
    assert response.status_code == 200 and response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(response.content)
    assert parsed.bozo is False, parsed.get("bozo_exception")
    assert parsed.feed.title == "whosaid: zakharova" and parsed.feed.subtitle == "--speaker Захаровой"
    quoted = {(a.id, q.content.start): q.content.text for a in (sample_record(SAMPLE_ID), tass_record())
              for q in a.quotes if q.speaker.name in ZAKHAROVA}
    entries = parsed.entries
    anchors = [tuple(e.link.removeprefix("http://localhost/articles/").split("#q-")) for e in entries]
    assert sorted((article, int(start)) for article, start in anchors) == sorted(quoted)
    for entry, (article, start) in zip(entries, anchors):
        assert quoted[article, int(start)] in entry.summary and entry.summary.endswith(
            "Sputnik, 2022-01-11, Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ"
            if article == SAMPLE_ID else "ТАСС, 2022-01-20, Захарова: НАТО так и не ответило на предложения России "
                                         "о гарантиях безопасности")
        assert entry.author == "Мария Захарова" and entry.title.startswith("Мария Захарова: ")
        assert entry.id.startswith("urn:uuid:") and entry.updated_parsed and entry.published_parsed
        page = feed.get(entry.link.removeprefix("http://localhost"))
        assert page.status_code == 200 and f'id="q-{start}"' in page.text, entry.link
    assert entries[0].published == "2022-01-20T14:05:00Z" and entries[0].link.startswith(
        "http://localhost/articles/tass-zakharova#")  # the last stored first
    assert entries[-1].published == "2022-01-11T00:00:00Z"
    store.add(tass_record(text=CORRECTED))  # stored again: the same entries, and one more
    again = feedparser.parse(feed.get("/watch/zakharova.atom").content).entries
    assert {e.id for e in entries} < {e.id for e in again} and len(again) == len(entries) + 1
    assert "Мария Захарова: Москва готова продолжить диалог с Вашингтоном" in [e.title for e in again]
    assert len(feedparser.parse(feed.get("/watch/zakharova.atom?limit=2").content).entries) == 2
    home = feed.get("/").text  # the feeds, for a browser or a reader to find
    assert '<link rel="alternate" type="application/atom+xml" title="whosaid: zakharova" ' \
           'href="/watch/zakharova.atom">' in home
    assert '<a href="/watch/zakharova.atom">zakharova</a> <small>--speaker Захаровой</small>' in home
    for unknown in ("/watch/nothing.atom", "/watch/bad%20name.atom"):
        missing = feed.get(unknown)
        assert missing.status_code == 404 and "no watch" in missing.json()["detail"]


class Hook:
    """A webhook receiver on loopback that answers each POST with the next of `statuses` (then 200)."""

    def __init__(self, *statuses: int):
        self.statuses = list(statuses)
        self.received: list[tuple[int, dict]] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                status = hook.statuses.pop(0) if hook.statuses else 200
                hook.received.append((status, body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def taken(self) -> list[str]:
        """The statements the receiver answered with a 2xx, in order."""
        return [s["content"] for status, body in self.received if status < 300 for s in body["statements"]]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_webhook_is_retried_and_only_what_it_took_is_delivered(store_url, tmp_path):
    db = store_url
    records = tmp_path / "records.jsonl"
    records.write_text(sample_record(SAMPLE_ID).to_json() + "\n", encoding="utf-8")
    whosaid("ingest", "--records", str(records), "--db", db)
    flaky, down = Hook(500), Hook(503, 502, 500)  # one failure, then 200; three failures, then 200
    try:
        whosaid("watch", "add", "flaky", "--speaker", "Захарова", "--webhook", flaky.url, "--db", db)
        whosaid("watch", "add", "down", "--org", "МИД России", "--type", "direct", "--webhook", down.url, "--db", db)
        whosaid("watch", "add", "nowhere", "--about", "Украины", "--webhook",
                f"http://127.0.0.1:{closed_port()}/hook", "--db", db)
        first = whosaid("watch", "run", "--db", db, check=False)
        assert first.returncode == 1
        said = zakharova_said(sample_record())
        assert flaky.taken() == said and [status for status, _ in flaky.received] == [500, 200]
        assert flaky.received[1][1]["watch"] == "flaky" and flaky.received[1][1]["statements"][0]["key"]
        assert [status for status, _ in down.received] == [503, 502, 500] and down.taken() == []
        failures = [line for line in first.stderr.splitlines() if "webhook" in line]
        assert len(failures) == 2
        assert failures[0].startswith(f"whosaid watch: down: webhook {down.url} failed: HTTP 500 (after 3 tries); ")
        assert failures[1].startswith("whosaid watch: nowhere: webhook http://127.0.0.1:") and \
            "cannot connect (Connection refused) (after 3 tries); 2 statements will be sent again" in failures[1]
        for name in ("flaky", "down", "nowhere"):  # the printed output still happens
            assert f"== {name}: " in first.stdout
        direct = [q.content.text for q in sample_record().quotes if q.type == "direct"
                  and q.speaker.name in ("Мария Захарова", "Министерство иностранных дел России")]
        second = whosaid("watch", "run", "--db", db, check=False)
        assert second.returncode == 1  # `nowhere` still cannot be reached
        assert "== flaky" not in second.stdout and "flaky: nothing new" in second.stderr
        assert "== down: " in second.stdout and down.taken() == direct  # tried again, and taken
        assert "== nowhere: 2 new statements" in second.stdout  # not delivered: printed again
        assert len(flaky.received) == 2  # delivered once
        third = whosaid("watch", "run", "down", "--db", db)
        assert third.stdout == "" and len(down.received) == 4
    finally:
        flaky.close()
        down.close()


def test_the_watch_commands_as_an_analyst_runs_them(store_url, tmp_path):
    db = store_url
    records = tmp_path / "records.jsonl"
    records.write_text(sample_record(SAMPLE_ID).to_json() + "\n", encoding="utf-8")
    whosaid("ingest", "--records", str(records), "--db", db)
    added = whosaid("watch", "add", "nato", "НАТО", "--about", "Украины", "--db", db)
    assert added.stderr.startswith('whosaid: watch nato: "НАТО" --about Украины')
    whosaid("watch", "add", "zakharova", "--speaker", "М. Захарова", "--since", "2022-01", "--db", db)
    listed = whosaid("watch", "list", "--db", db).stdout.splitlines()
    assert listed[0] == 'nato  "НАТО" --about Украины' and listed[1].strip() == "0 statements delivered, last run never"
    assert listed[2] == "zakharova  --speaker \"М. Захарова\" --since 2022-01"
    first = whosaid("watch", "run", "--db", db).stdout
    sample = sample_record()
    assert first.startswith("== nato: 2 new statements\n2022-01-11  Sputnik  Россия (indirect, требует)\n")
    assert f"== zakharova: {len(zakharova_said(sample))} new statements\n" in first
    assert f"    {SAMPLE_ID} [622:679]\n" in first
    assert "«Дальше, как будет продолжена работа (с США), мы посмотрим»" in first
    second = whosaid("watch", "run", "--db", db)
    assert second.stdout == "" and second.stderr.splitlines() == ["nato: nothing new", "zakharova: nothing new"]
    whosaid("ingest", str(TASS), str(SAMPLE), "--db", db)  # one more article, and one unchanged
    third = whosaid("watch", "run", "zakharova", "--format", "jsonl", "--db", db).stdout
    rows = [json.loads(line) for line in third.splitlines()]
    assert [row["content"] for row in rows] == zakharova_said(tass_record())
    assert {(row["watch"], row["article_id"], row["source"], row["published"]) for row in rows} == {
        ("zakharova", "tass-zakharova", "ТАСС", "2022-01-20T14:05")}
    assert [row["key"] for row in rows] == [item_key(row["article_id"], row["content"]) for row in rows]
    assert whosaid("watch", "run", "nato", "--db", db).stdout == ""
    listed = whosaid("watch", "list", "--format", "jsonl", "--db", db).stdout.splitlines()
    assert [(w["name"], w["filters"], w["delivered"]) for w in map(json.loads, listed)] == [
        ("nato", {"about": "Украины", "query": "НАТО"}, 2),
        ("zakharova", {"since": "2022-01", "speaker": "М. Захарова"},
         len(zakharova_said(sample)) + len(zakharova_said(tass_record())))]
    whosaid("watch", "remove", "nato", "--db", db)
    assert whosaid("watch", "list", "--db", db).stdout.startswith("zakharova ")
    for args, error in [
            (("add", "a/b"), "whosaid watch: watch name 'a/b' is not 1-100 letters"),
            (("add", "zakharova", "--speaker", "Захарова"), "whosaid watch: watch 'zakharova' exists"),
            (("add", "x", "--since", "2022-13"), "whosaid watch: date '2022-13' has no month 13"),
            (("add", "x", "--kind", "robot"), "whosaid watch: speaker kind 'robot' is not one of"),
            (("run", "nato"), "whosaid watch: no watch 'nato'"),
            (("remove", "nato"), "whosaid watch: no watch 'nato'")]:
        done = whosaid("watch", *args, "--db", db, check=False)
        assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, (args, done.stderr)
        assert done.stderr.startswith(error), (args, done.stderr)
    missing = whosaid("watch", "list", "--db", str(Path(tmp_path) / "none.db"), check=False)
    assert missing.returncode == 2 and "no store at" in missing.stderr


def test_a_store_made_before_watches_gets_their_tables_and_its_articles_stored_times(store_url):
    from whosaid.store.backends import sqlite_file
    with Store.open(store_url) as made:
        made.add(sample_record(SAMPLE_ID))
        for sql in ("DROP TABLE watch_items", "DROP TABLE watches", "DROP INDEX articles_stored",
                    "ALTER TABLE articles DROP COLUMN stored", "DELETE FROM migrations WHERE name = 'stored times'"):
            made.db.execute(sql)  # as a store of an earlier whosaid was
    with Store.open(store_url) as reopened:
        assert reopened.db.query("SELECT count(*) FROM articles WHERE stored IS NULL") == [(0,)]
        indexes = "sqlite_master WHERE name" if sqlite_file(store_url) is not None else "pg_indexes WHERE indexname"
        assert reopened.db.query(f"SELECT 1 FROM {indexes} = 'articles_stored'")
        reopened.add_watch("all", Filters())
        assert len(run(reopened, "all")) == len(sample_record().quotes)
        watch, items = reopened.watch_latest("all")
        assert watch.delivered == len(items) == len(sample_record().quotes) and all(i.stored for i in items)
