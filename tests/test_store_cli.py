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
from store_records import TASS, said_by, sample_record, tass_record, undated_record

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
    assert "Sputnik (paraphrase) Россия готова к дальнейшей работе с США и НАТО по вопросам гарантий безопасности" \
        in profile
    assert "«Мы ждем письменного ответа, а не заявлений для прессы»" in profile
    assert "(1 article, reported 2022-01-11)" in profile and "1 articles" not in profile  # said as people say it


def test_an_unchanged_input_is_stored_again_without_loading_what_analysis_and_pages_need(tmp_path):
    """A re-ingest of unchanged inputs analyses nothing, so it should cost little more than starting:
    no dictionary loaded for the patterns' word forms, no library for pages, feeds or archives."""
    db = str(tmp_path / "w.db")
    whosaid("ingest", str(SAMPLE), "--db", db)
    run = ("import sys\nfrom whosaid import cli, morph\ncli.main(['ingest', sys.argv[1], '--db', sys.argv[2]])\n"
           "libraries = ('trafilatura', 'feedparser', 'warcio', 'lxml')\n"
           "print(morph._analyzer is None, [m for m in libraries if m in sys.modules])")
    again = subprocess.run([sys.executable, "-c", run, str(SAMPLE), db], capture_output=True, text=True, timeout=600)
    assert "0 added, 0 replaced, 1 unchanged" in again.stderr
    assert again.stdout.splitlines() == ["True []"]


def test_the_analysts_path(tmp_path, records):
    db = str(tmp_path / "w.db")
    whosaid("ingest", "--records", str(records), "--db", db)
    said = said_by("Мария Захарова", "М. Захарова", records=(sample_record(), tass_record()))
    out = whosaid("search", "гарантий безопасности", "--speaker", "Захаровой", "--since", "2022-01",
                  "--db", db).stdout
    assert "    (paraphrase) НАТО до сих пор не дало ответа на российские предложения о гарантиях безопасности\n" in out
    assert "tass-zakharova [193:274]" in out
    ranking = whosaid("speakers", "--org", "МИД России", "--db", db).stdout
    assert ranking.splitlines()[0].startswith("  1. Мария Захарова (PER, id ")
    assert f"{len(said)} statements in 2 articles, reported 2022-01-11 … 2022-01-20" in ranking
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


def ingested_with_undated(store_url: str, tmp_path: Path) -> str:
    """The sample, the TASS article and one with no date at all, stored with `ingest --records`."""
    path = tmp_path / "with-undated.jsonl"
    path.write_text("".join(a.to_json() + "\n" for a in (sample_record(), tass_record(), undated_record())),
                    encoding="utf-8")
    whosaid("ingest", "--records", str(path), "--db", store_url)
    return store_url


def test_counts_and_ranges_say_how_many_statements_are_undated(store_url, tmp_path):
    db = ingested_with_undated(store_url, tmp_path)
    dated = len(said_by("Мария Захарова", "М. Захарова", records=(sample_record(), tass_record())))
    undated = len(said_by("Мария Захарова", records=(undated_record(),)))
    assert undated == 3
    ranking = whosaid("speakers", "--db", db).stdout
    assert (f"{dated + undated} statements in 3 articles, {dated} reported 2022-01-11 … 2022-01-20, "
            f"{undated} undated") in ranking
    assert "1 statement in 1 article, undated" in ranking  # Грушко, only in the undated article
    profile = whosaid("speaker", "Захарова", "--latest", "20", "--db", db).stdout
    assert f"    2022-01  {'█' * dated} {dated}\n    undated  {'█' * undated} {undated}\n" in profile
    assert "(3 articles, 2 reported 2022-01-11 … 2022-01-20, 1 undated)" in profile  # the role's articles
    assert "    date unknown - «Мы не получили ничего, кроме заявлений»" in profile
    found = whosaid("search", "письменного ответа", "--db", db).stdout
    assert "date unknown  -  Мария Захарова (indirect, заявила)" in found
    assert all("????" not in out for out in (ranking, profile, found))


def test_an_event_without_its_own_date_is_not_given_its_articles(store_url, tmp_path):
    db = ingested_with_undated(store_url, tmp_path)
    lines = whosaid("events", "--place", "Брюссель", "--db", db).stdout.splitlines()[::2]
    assert lines == ["date unknown, reported on 2022-01-11  session in Брюссель (planned): Совет Россия-НАТО",
                     "date unknown  session in Брюссель (planned): Совет Россия-НАТО", "1–2 of 2"]
    rows = [json.loads(line) for line in whosaid("events", "--place", "Брюссель", "--format", "jsonl",
                                                   "--db", db).stdout.splitlines()]
    assert [(r["date_start"], r["date_end"], r["published"]) for r in rows] == [
        (None, None, "2022-01-11"), (None, None, None)]


def test_outlets_are_kept_apart_from_the_speakers_they_relay(store_url, tmp_path):
    db = ingested_with_undated(store_url, tmp_path)
    ranking = whosaid("speakers", "--limit", "100", "--db", db).stdout
    assert "Интерфакс" not in ranking and "газета" not in ranking
    ranked = len(whosaid("speakers", "--limit", "100", "--format", "jsonl", "--db", db).stdout.splitlines())
    assert ranking.endswith(f"\n1–{ranked} of {ranked}\n1 news outlet not ranked (their credits mostly relay "
                            "others): --kind outlet lists them\n")  # the total counts the ranked only
    outlets = whosaid("speakers", "--kind", "outlet", "--db", db).stdout
    assert outlets.startswith("  1. Интерфакс (ORG, id ") and outlets.count(". ") == 1  # a paper not named: no one
    assert outlets.endswith("\n1–1 of 1\n")
    paged = whosaid("speakers", "--limit", "1", "--db", db).stdout.splitlines()
    assert paged[-2:] == [f"1–1 of {ranked}; --offset 1 for more",
                          "1 news outlet not ranked (their credits mostly relay others): --kind outlet lists them"]
    people = whosaid("speakers", "--kind", "person", "--db", db).stdout
    assert "Мария Захарова" in people and "Россия (LOC" not in people and "not ranked" not in people
    relayed = whosaid("search", "--kind", "outlet", "--db", db).stdout
    assert "Интерфакс (indirect, сообщает)" in relayed and "газета (indirect, По данным)" in relayed
    assert "Захарова" not in relayed
    done = whosaid("speakers", "--kind", "media", "--db", db, check=False)
    assert done.returncode == 2 and done.stderr == (
        "whosaid speakers: speaker kind 'media' is not one of person, organization, outlet, country, group, "
        "unnamed, other\n")


def test_every_list_ends_with_where_its_page_stands(tmp_path, records):
    db = str(tmp_path / "w.db")
    whosaid("ingest", "--records", str(records), "--db", db)

    def total(*command: str) -> int:
        return len(whosaid(*command, "--limit", "100", "--format", "jsonl", "--db", db).stdout.splitlines())
    nato = total("search", "НАТО")
    assert nato > 4
    out = whosaid("search", "НАТО", "--limit", "2", "--offset", "2", "--db", db).stdout
    assert out.splitlines()[-1] == f"3–4 of {nato}; --offset 4 for more"
    last = whosaid("search", "НАТО", "--limit", "2", "--offset", str(nato - 1), "--db", db).stdout
    assert last.splitlines()[-1] == f"{nato}–{nato} of {nato}"
    for command in (["speakers"], ["events"], ["search", "безопасности", "--articles"]):
        listed = whosaid(*command, "--limit", "1", "--db", db).stdout.splitlines()
        assert listed[-1] == f"1–1 of {total(*command)}; --offset 1 for more", command
    programs = whosaid("search", "НАТО", "--limit", "2", "--format", "jsonl", "--db", db).stdout
    assert [json.loads(line)["type"] for line in programs.splitlines()]  # every line JSON: no footer


def test_verbatim_words_are_quoted_and_a_paraphrase_is_marked(tmp_path):
    mixed = tmp_path / "lavrov.txt"
    mixed.write_text("Лавров: Запад потерял связь с реальностью\n\nМОСКВА, 3 марта. Министр иностранных дел России "
                     "Сергей Лавров заявил, что Запад «окончательно потерял связь с реальностью» и продолжает давить "
                     "на Москву.\n", encoding="utf-8")
    db = str(tmp_path / "w.db")
    whosaid("ingest", str(TASS), str(mixed), "--db", db)
    out = whosaid("search", "--limit", "50", "--db", db).stdout
    assert "\n    «Мы ждем письменного ответа, а не заявлений для прессы»\n" in out  # direct
    assert ("\n    (paraphrase) НАТО до сих пор не дало ответа на российские предложения о гарантиях безопасности\n"
            in out) and "«НАТО до сих пор" not in out  # indirect
    assert ("\n    (paraphrase with quoted words) Запад «окончательно потерял связь с реальностью» и продолжает "
            "давить на Москву\n") in out  # mixed: only the words it quotes in quotation marks
    profile = whosaid("speaker", "Лавров", "--db", db).stdout
    assert "(paraphrase with quoted words) Запад «окончательно потерял связь с реальностью»" in profile


def test_names_and_outlets_as_an_analyst_types_them(tmp_path):
    """The README's `speaker "М. Захарова"` on a store of the sample alone, where no article writes
    the initial; a name two people share is said to be ambiguous, not answered for one of them."""
    db = str(tmp_path / "w.db")
    whosaid("ingest", str(SAMPLE), "--db", db)
    assert whosaid("speaker", "М. Захарова", "--db", db).stdout.startswith("Мария Захарова (PER, id ")
    found = whosaid("search", "--speaker", "Захарова М.В.", "--db", db).stdout
    said = len(said_by("Мария Захарова", records=(sample_record(),)))
    assert found.count("Мария Захарова (") == said and found.splitlines()[-1] == f"1–{said} of {said}"
    assert "talks in Женева" in whosaid("events", "--participant", "С. Рябков", "--db", db).stdout
    assert "sputnik-2022-01-11-security-guarantees" in whosaid("search", "НАТО", "--source", "sputnik",
                                                                "--db", db).stdout
    assert "Российская делегация" in whosaid("identities", "--name", "делегации", "--db", db).stdout
    other = tmp_path / "irina.txt"
    other.write_text("Заголовок\n\nИрина Захарова, пресс-секретарь компании, заявила, что компания не будет "
                     "комментировать сделку.\n", encoding="utf-8")
    whosaid("ingest", str(other), "--db", db)
    for command in (("speaker", "Захаровой"), ("search", "--speaker", "Захарова")):
        done = whosaid(*command, "--db", db, check=False)
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.startswith(f"whosaid {command[0]}: speaker 'Захаров") and "may be any of 2 identities: " \
            in done.stderr and "Ирина Захарова (id " in done.stderr and len(done.stderr.splitlines()) == 1
    assert whosaid("speaker", "И. Захарова", "--db", db).stdout.startswith("Ирина Захарова (PER")


def test_search_and_export_about_an_entity(store_url, tmp_path, records):
    """`--about` keeps the statements whose content mentions a person, organisation or place, named in
    any form; a name two identities share is one line and exit status 2, like `--speaker`."""
    db = store_url
    whosaid("ingest", "--records", str(records), "--db", db)
    found = whosaid("search", "--about", "Украины", "--db", db).stdout
    assert found.startswith("2022-01-11  Sputnik  Россия (indirect, требует)\n") and found.endswith("1–2 of 2\n")
    assert "«И теперь говорят, что Украина будет в НАТО." in found
    assert whosaid("search", "НАТО", "--about", "Украина", "--speaker", "Путин", "--db", db).stdout.count(
        "Владимир Путин (") == 1
    exported = whosaid("export", "--about", "Польше", "--db", db).stdout.splitlines()
    assert [json.loads(row)["speaker"] for row in exported] == ["Владимир Путин"]
    other = tmp_path / "irina.txt"
    other.write_text("Заголовок\n\nИрина Захарова, пресс-секретарь компании, заявила, что компания не будет "
                     "комментировать сделку.\n", encoding="utf-8")
    whosaid("ingest", str(other), "--db", db)
    for command in ("search", "export"):
        done = whosaid(command, "--about", "Захарова", "--db", db, check=False)
        assert done.returncode == 2 and done.stdout == "" and len(done.stderr.splitlines()) == 1
        assert done.stderr.startswith(f"whosaid {command}: about 'Захарова' may be any of 2 identities: ")
        assert "Ирина Захарова (id " in done.stderr and "Мария Захарова (id " in done.stderr


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


def on_a_terminal(*args: str) -> str:
    """What a command writes to stderr when stderr is a terminal."""
    import pty
    controller, terminal = pty.openpty()
    done = subprocess.run([WHOSAID, *args], stderr=terminal, stdout=subprocess.DEVNULL, timeout=300)
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
    return shown.decode("utf-8")


def test_a_progress_bar_on_a_terminal_only(tmp_path, records):
    shown = on_a_terminal("ingest", "--records", str(records), "--db", str(tmp_path / "t.db"))
    assert "\r\x1b[K[" + "#" * 30 + "] 2/2 articles  " in shown
    piped = whosaid("ingest", "--records", str(records), "--db", str(tmp_path / "p.db"))
    assert "[" not in piped.stderr and "\r" not in piped.stderr


def test_ingest_of_a_folder_shows_the_progress_line_batch_shows(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "sample.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "tass.txt").write_text(TASS.read_text(encoding="utf-8"), encoding="utf-8")
    shown = on_a_terminal("ingest", str(folder), "--db", str(tmp_path / "t.db"))
    assert shown.startswith("\r\x1b[Kreading the inputs, loading the models...\r\x1b[K1 article  ")
    assert "\r\x1b[K2 articles  " in shown and " articles/s  0:00:" in shown
    piped = whosaid("ingest", str(folder), "--db", str(tmp_path / "p.db"))
    assert piped.stderr == f"whosaid: 2 added, 0 replaced, 0 unchanged, 0 skipped ({tmp_path / 'p.db'})\n"


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
