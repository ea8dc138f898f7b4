"""The store's commands as an analyst runs them: real subprocesses, real files, a real kill."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLE, shared_path
from store_records import TASS, said_by, sample_record, tass_record

from whosaid.store import Store

WHOSAID = str(Path(sys.executable).with_name("whosaid"))


def whosaid(*args, check=True):
    done = subprocess.run([WHOSAID, *args], capture_output=True, text=True, timeout=600)
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def records(tmp_path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(a.to_json() + "\n" for a in (sample_record(), tass_record())), encoding="utf-8")
    return path


def test_ingest_texts_then_ask_about_them(tmp_path):
    db = str(tmp_path / "w.db")
    done = whosaid("ingest", str(SAMPLE), str(TASS.parent), "--db", db)
    assert "2 added, 0 replaced, 0 unchanged, 0 skipped" in done.stderr
    out = whosaid("search", "гарантиях безопасности", "--articles", "--db", db).stdout
    assert "Россия готова дальше обсуждать вопросы гарантий безопасности - МИД РФ" in out
    assert "Захарова: НАТО так и не ответило" in out
    again = whosaid("ingest", str(SAMPLE), str(TASS.parent), "--db", db)
    assert "0 added, 0 replaced, 2 unchanged" in again.stderr
    profile = whosaid("speaker", "Захарова", "--db", db).stdout  # the README's first command, and more
    assert profile.startswith("Мария Захарова (PER, id ") and "М. Захарова" in profile.splitlines()[1]
    assert "«Россия готова к дальнейшей работе с США и НАТО по вопросам гарантий безопасности»" in profile
    assert "«Мы ждем письменного ответа, а не заявлений для прессы»" in profile
    assert "1 article)" in profile and "1 articles" not in profile  # a role's count, said as people say it


def test_the_analysts_path(tmp_path, records):
    db = str(tmp_path / "w.db")
    whosaid("ingest", "--records", str(records), "--db", db)
    said = said_by("Мария Захарова", "М. Захарова", records=(sample_record(), tass_record()))
    out = whosaid("search", "гарантий безопасности", "--speaker", "Захаровой", "--since", "2022-01",
                  "--db", db).stdout
    assert "«НАТО до сих пор не дало ответа на российские предложения о гарантиях безопасности»" in out
    assert "tass-zakharova [193:274]" in out
    ranking = whosaid("speakers", "--org", "МИД России", "--db", db).stdout
    assert ranking.splitlines()[0].startswith("  1. Мария Захарова (PER, id ")
    assert f"{len(said)} statements in 2 articles, 2022-01-11 … 2022-01-20" in ranking
    profile = whosaid("speaker", "М. Захаровой", "--db", db).stdout
    assert profile.startswith("Мария Захарова (PER")
    assert "М. Захарова" in profile.splitlines()[1] and f"2022-01  {'█' * len(said)} {len(said)}" in profile
    assert "talks about: " in profile and "НАТО (" in profile
    events = whosaid("events", "--participant", "Рябков", "--db", db).stdout
    assert events.startswith("2022-01-09 … 2022-01-10  talks in Женева (past): ")
    assert "Сергей Рябков, Уэнди Шерман" in events.splitlines()[0]
    out_csv = tmp_path / "statements.csv"
    done = whosaid("export", "--format", "csv", "-o", str(out_csv), "--speaker", "Захарова", "--db", db)
    assert f"exported {len(said)} statements" in done.stderr
    rows = list(csv.DictReader(io.StringIO(out_csv.read_bytes().decode("utf-8-sig"))))
    assert {r["article_id"] for r in rows} == {"sputnik-2022-01-11-security-guarantees", "tass-zakharova"}
    jsonl = whosaid("export", "mentions", "--db", db).stdout
    assert len(jsonl.splitlines()) == sum(len(e.mentions) for a in (sample_record(), tass_record())
                                          for e in a.entities)
    listing = whosaid("identities", "--type", "PER", "--db", db).stdout
    assert (f"Мария Захарова  ({len(said)} statements, 2 articles; keys: PER:м. захарова, PER:мария захарова)"
            in listing)


def test_bad_values_are_one_line_errors(tmp_path, records):
    db = str(tmp_path / "w.db")
    whosaid("ingest", "--records", str(records), "--db", db)
    done = whosaid("search", "НАТО", "--since", "январь", "--db", db, check=False)
    assert done.returncode == 2 and done.stderr == "whosaid search: date 'январь' is not YYYY, YYYY-MM or YYYY-MM-DD\n"
    done = whosaid("speaker", "Лавров", "--db", db, check=False)
    assert done.returncode == 1 and "no speaker 'Лавров'" in done.stderr
    done = whosaid("identities", "--merge", "1", "99999", "--db", db, check=False)
    assert done.returncode == 2 and done.stderr.strip() == "whosaid identities: no identity 99999"


def test_bad_records_are_skipped_and_the_rest_stored(tmp_path, records):
    broken = tmp_path / "broken.jsonl"
    bad_span = sample_record(id="bad")
    bad_span.quotes[0].content.text = "не то"  # a span whose text is not the text at its offsets
    broken.write_text('{"oops"\n' + bad_span.to_json() + "\n", encoding="utf-8")
    db = str(tmp_path / "w.db")
    done = whosaid("ingest", "--records", str(broken), str(records), str(tmp_path / "missing.jsonl"), "--db", db)
    errors = done.stderr.splitlines()
    assert errors[0].startswith(f"whosaid: skipped {broken}:1: not a whosaid record")
    assert errors[1].startswith(f"whosaid: skipped {broken}:2: not stored (bad: span")
    assert errors[2] == f"whosaid: skipped {tmp_path / 'missing.jsonl'}: No such file or directory"
    assert errors[3] == f"whosaid: 2 added, 0 replaced, 0 unchanged, 3 skipped ({db})"


def test_a_reingest_analyses_only_inputs_it_has_not_analysed(tmp_path, store_url, monkeypatch, capsys,
                                                               installed_stage):
    """An input whose record the store made from the same text and metadata with the same pipeline
    (code, models, stages: `Pipeline.fingerprint`) is not analysed again, and counted unchanged."""
    from whosaid import cli, pipeline
    folder = tmp_path / "texts"
    folder.mkdir()
    tass = folder / "tass.txt"
    tass.write_text(TASS.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "sputnik.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    analysed: list[str] = []
    run = pipeline.Pipeline.run
    monkeypatch.setattr(pipeline.Pipeline, "run", lambda self, source: analysed.append(source.id) or run(self, source))

    def ingest(*options: str) -> str:
        analysed.clear()
        assert cli.main(["ingest", str(folder), "--db", store_url, *options]) == 0
        return capsys.readouterr().err

    assert "2 added, 0 replaced, 0 unchanged" in ingest() and sorted(analysed) == ["sputnik", "tass"]
    assert "0 added, 0 replaced, 2 unchanged" in ingest() and analysed == []
    tass.write_text(TASS.read_text(encoding="utf-8") + "\nЗахарова добавила, что ждет ответа.\n", encoding="utf-8")
    assert "0 added, 1 replaced, 1 unchanged" in ingest() and analysed == ["tass"]
    # another stage: a new record (`quote_count` writes its meta)
    assert "0 added, 2 replaced, 0 unchanged" in ingest("--stage", installed_stage) and len(analysed) == 2
    assert "0 added, 0 replaced, 2 unchanged" in ingest("--stage", installed_stage) and analysed == []
    # new analysis code that makes the same records: analysed once, then known by its new fingerprint
    monkeypatch.setattr(pipeline, "code_version", lambda: "the next version")
    assert "0 added, 0 replaced, 2 unchanged" in ingest("--stage", installed_stage) and len(analysed) == 2
    assert "0 added, 0 replaced, 2 unchanged" in ingest("--stage", installed_stage) and analysed == []


def comparable(url: str) -> dict:
    """Everything a store holds, less the numbers it gives rows (which differ between databases)."""
    surrogate = {"statement_id", "event_id", "identity_id"}
    found = {}
    with Store.open(url) as store:
        for kind in ("records", "statements", "mentions", "roles", "events", "articles"):
            out = io.StringIO()
            store.export(kind, "jsonl", out)
            found[kind] = [{k: v for k, v in json.loads(line).items() if k not in surrogate}
                           for line in out.getvalue().splitlines()]
        found["identities"] = sorted((row.type, row.name, tuple(row.keys)) for row in store.identities(limit=10**6))
        found["counts"] = store.counts()
    return found


def stored_articles(url: str) -> int:
    try:
        if url.startswith("postgresql://"):
            import psycopg
            with psycopg.connect(url) as connection:
                return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        with sqlite3.connect(url, timeout=10) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except Exception:  # the schema is not there yet
        return 0


KILL_CORPUS = 40  # articles


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory) -> tuple[Path, dict]:
    """A slice of the corpus, and what an uninterrupted ingest of it stores."""
    with gzip.open(shared_path("corpora/rucoco-news.jsonl.gz"), "rt", encoding="utf-8") as handle:
        lines = [line for _, line in zip(range(KILL_CORPUS), handle)]
    folder = tmp_path_factory.mktemp("kill")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(lines), encoding="utf-8")
    whole = str(folder / "uninterrupted.db")
    subprocess.run([WHOSAID, "ingest", str(corpus), "--db", whole], check=True, capture_output=True)
    return corpus, comparable(whole)


def test_a_killed_ingest_rerun_equals_an_uninterrupted_one(kill_corpus, store_url):
    corpus, uninterrupted = kill_corpus
    ingest = subprocess.Popen([WHOSAID, "ingest", str(corpus), "--db", store_url],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while stored_articles(store_url) < 5 and ingest.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(ingest.pid, signal.SIGKILL)
    ingest.wait()
    at_kill = stored_articles(store_url)
    assert 5 <= at_kill < KILL_CORPUS, f"the kill came at {at_kill} of {KILL_CORPUS} articles"

    rerun = subprocess.run([WHOSAID, "ingest", str(corpus), "--db", store_url],
                           capture_output=True, text=True, timeout=600)
    assert f"{KILL_CORPUS - at_kill} added, 0 replaced, {at_kill} unchanged" in rerun.stderr
    assert comparable(store_url) == uninterrupted
    again = subprocess.run([WHOSAID, "ingest", str(corpus), "--db", store_url],
                           capture_output=True, text=True, timeout=600)
    assert f"0 added, 0 replaced, {KILL_CORPUS} unchanged" in again.stderr
    assert comparable(store_url)["counts"] == uninterrupted["counts"]


def test_a_progress_bar_on_a_terminal_only(tmp_path, records):
    import pty
    controller, terminal = pty.openpty()
    done = subprocess.run([WHOSAID, "ingest", "--records", str(records), "--db", str(tmp_path / "t.db")],
                          stderr=terminal, stdout=subprocess.DEVNULL, timeout=300)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal is closed and drained
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert done.returncode == 0
    assert "\r[" + "#" * 30 + "] 2/2 " in shown.decode("utf-8")
    piped = whosaid("ingest", "--records", str(records), "--db", str(tmp_path / "p.db"))
    assert "[" not in piped.stderr and "\r" not in piped.stderr


def test_ingest_reads_what_extract_reads(tmp_path):
    from conftest import html_page
    page = tmp_path / "pages" / "zakharova.html"
    page.parent.mkdir()
    page.write_text(html_page(TASS.read_text(encoding="utf-8"), site="Новости"), encoding="utf-8")
    db = str(tmp_path / "w.db")
    done = whosaid("ingest", str(page.parent), "--db", db)
    assert "1 added" in done.stderr
    out = whosaid("search", "письменного ответа", "--db", db).stdout
    assert "«Мы ждем письменного ответа, а не заявлений для прессы»" in out
