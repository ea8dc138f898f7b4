"""Quote provenance: the reports of one statement across outlets clustered at ingest, its earliest
report, and the quotes whose words were changed; on both backends, through the real pipeline.

The articles (`syndicated`): Захарова's quote verbatim (РИА Новости, then РБК), retold (Лента.ру),
with a word changed (Известия), trimmed (Комсомольская правда), and another statement of hers (ТАСС).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import emptied
from syndicated import BRIDGED, COPY, QUOTE, REPORTS, SYNDICATED, UNRELATED, records_file, reports

from whosaid.store import Filters, Store
from whosaid.store.provenance import shingles


def clusters(store: Store) -> dict[frozenset, tuple[str, dict[str, str]]]:
    """Every cluster as the articles of its reports, with its earliest report's article and each
    report's form: what must not depend on the order of ingest."""
    found = {}
    for (cluster_id,) in store.db.query("SELECT DISTINCT cluster_id FROM cluster_members"):
        trace = store.cluster(cluster_id)
        assert trace is not None
        found[frozenset(r.article_id for r in trace.reports)] = (
            trace.reports[0].article_id, {r.article_id: r.form for r in trace.reports})
    return found


def statement_of(store: Store, article_id: str) -> int:
    return store.db.query("SELECT id FROM statements WHERE article_id = ? ORDER BY position", (article_id,))[0][0]


@pytest.fixture
def store(store_url):
    with Store.open(store_url) as opened:
        opened.ingest(reports())
        yield opened


def test_the_reports_of_one_statement_are_one_cluster_with_its_earliest_and_its_altered_quote(store):
    trace = store.trace(statement_of(store, "izvestia-zakharova"))
    assert trace.speaker == "Мария Захарова"
    assert [r.article_id for r in trace.reports] == SYNDICATED
    assert [(r.source, r.published[:10], r.type, r.form) for r in trace.reports] == [
        ("РИА Новости", "2023-03-10", "direct", "verbatim"),
        ("Лента.ру", "2023-03-11", "indirect", "paraphrase"),  # at 18:30; a date alone is placed at the end
        ("РБК", "2023-03-11", "direct", "verbatim"),           # of its day, after one known to be earlier
        ("Известия", "2023-03-12", "direct", "altered"),
        ("Комсомольская правда", "2023-03-13", "direct", "excerpt")]
    assert trace.earliest == statement_of(store, "ria-zakharova") and trace.altered == 1
    altered = trace.reports[3]
    assert altered.compared_with == trace.earliest
    assert [(p.kind, p.text) for p in altered.pieces if p.kind != "same"] == \
        [("dropped", "переговоры"), ("added", "диалог")]
    assert "".join(p.text for p in altered.pieces if p.kind != "dropped") == altered.content
    assert [p.kind for p in trace.reports[4].pieces] == ["same"]  # a trimmed quote has nothing changed
    unrelated = store.trace(statement_of(store, UNRELATED))
    assert [r.article_id for r in unrelated.reports] == [UNRELATED] and unrelated.cluster_id != trace.cluster_id


def test_the_clusters_are_the_same_whatever_the_order_of_ingest(store_url, tmp_path):
    found = []
    for order in (range(len(REPORTS)), reversed(range(len(REPORTS))), [3, 0, 5, 2, 4, 1]):
        with Store.open(emptied(store_url, tmp_path) if found else store_url) as store:
            records = reports()
            for index in order:
                store.add(records[index])
            found.append(clusters(store))
    assert found[0] == found[1] == found[2]
    assert set(found[0]) == {frozenset(SYNDICATED), frozenset({UNRELATED})}
    assert found[0][frozenset(SYNDICATED)][0] == "ria-zakharova"


def test_a_changed_article_leaves_its_cluster_and_the_earliest_is_recomputed(store):
    ria = reports()[0]
    ria.quotes = []  # re-ingested without the quote: the earliest report is gone
    assert store.add(ria) == "replaced"
    trace = store.trace(statement_of(store, "rbc-zakharova"))
    assert [r.article_id for r in trace.reports] == SYNDICATED[1:]
    assert trace.earliest == statement_of(store, "lenta-zakharova")  # a paraphrase came first
    assert [r.form for r in trace.reports] == ["paraphrase", "verbatim", "altered", "excerpt"]
    assert trace.reports[2].compared_with == statement_of(store, "rbc-zakharova")
    assert store.add(reports()[0]) == "replaced"  # and back, the earliest again
    assert store.trace(statement_of(store, "kp-zakharova")).earliest == statement_of(store, "ria-zakharova")
    # the same text under another id replaces the article: its statement takes the place of the old one
    assert store.add(dataclasses.replace(reports()[0], id="ria-zakharova-again")) == "replaced"
    assert [r.article_id for r in store.trace(statement_of(store, "kp-zakharova")).reports][0] == "ria-zakharova-again"
    assert len(store.db.query("SELECT 1 FROM cluster_members")) == len(REPORTS)


def test_copies_of_a_report_are_found_through_the_first_and_then_the_next(store_url):
    """Reports with the same words on the same day are found through the first of them stored; when it
    goes, the next stands for them."""
    with Store.open(store_url) as store:
        ria, copy, izvestia = reports([REPORTS[0], COPY, REPORTS[3]])
        store.ingest([ria, copy])
        indexed = "SELECT DISTINCT statement_id FROM statement_shingles"
        assert store.db.query(indexed) == [(statement_of(store, "ria-zakharova"),)]
        assert store.trace(statement_of(store, "interfax-zakharova")).reports[1].form == "verbatim"
        ria.quotes = []
        store.add(ria)
        assert store.db.query(indexed) == [(statement_of(store, "interfax-zakharova"),)]
        store.add(izvestia)
        assert [r.article_id for r in store.trace(statement_of(store, "izvestia-zakharova")).reports] == \
            ["interfax-zakharova", "izvestia-zakharova"]


def test_a_cluster_held_together_by_a_removed_report_splits(store_url):
    with Store.open(store_url) as store:
        store.ingest(reports(BRIDGED))
        assert set(clusters(store)) == {frozenset(article for article, *_ in BRIDGED)}
        both = reports(BRIDGED)[0]
        both.quotes = []
        store.add(both)
        assert set(clusters(store)) == {frozenset({"ng-talks"}), frozenset({"mk-grain"})}


def test_search_first_only_keeps_the_earliest_report_of_each_cluster(store):
    every = store.search(Filters(query="под давлением", duplicates=True), limit=50)  # РБК's is a near-duplicate
    assert {hit.article_id for hit in every} == set(SYNDICATED)
    first = store.search(Filters(query="под давлением", first_only=True), limit=50)
    assert [(hit.article_id, hit.quote_form) for hit in first] == [("ria-zakharova", "verbatim")]
    assert len({hit.cluster_id for hit in every}) == 1
    # the earliest of those that match: the words of the altered quote are only there
    assert [hit.article_id for hit in store.search(Filters(query="диалог", first_only=True))] == ["izvestia-zakharova"]
    assert [hit.article_id for hit in store.search(Filters(source="Лента.ру", first_only=True))] == ["lenta-zakharova"]
    assert store.speakers(Filters(first_only=True))[0].statements == 2  # two utterances reported


def test_an_existing_store_gets_its_clusters_when_opened(store, store_url):
    expected = clusters(store)
    for table in ("cluster_members", "statement_shingles"):  # a store written before clusters were
        store.db.execute(f"DROP TABLE {table}")
    store.db.execute("DELETE FROM migrations WHERE name = 'statement clusters'")
    with Store.open(store_url) as reopened:
        assert clusters(reopened) == expected


def test_a_split_identity_takes_its_statements_out_of_the_cluster_and_a_merge_brings_them_back(store):
    zakharova = store.speaker("Мария Захарова").identity_id
    assert store.identities(name="Захарова")[0].keys == ["PER:м. захарова", "PER:мария захарова"]
    apart = store.split(zakharova, "PER:м. захарова")  # Комсомольская правда's `М. Захарова`
    assert store.trace(statement_of(store, "kp-zakharova")).identity_id == apart.id
    assert [r.article_id for r in store.trace(statement_of(store, "kp-zakharova")).reports] == ["kp-zakharova"]
    assert "kp-zakharova" not in {r.article_id for r in store.trace(statement_of(store, "ria-zakharova")).reports}
    store.merge(zakharova, [apart.id])
    assert [r.article_id for r in store.trace(statement_of(store, "kp-zakharova")).reports] == SYNDICATED


def test_exports_carry_the_cluster(store):
    out = io.StringIO()
    store.export("statements", "csv", out, Filters(duplicates=True))
    rows = [{k: int(v) if k.startswith("cluster_") else v for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff")))]
    syndicated = [row for row in rows if row["article_id"] in SYNDICATED]
    assert len({row["cluster_id"] for row in syndicated}) == 1
    assert {row["article_id"]: row["quote_form"] for row in syndicated}["izvestia-zakharova"] == "altered"
    assert sorted(row["cluster_rank"] for row in syndicated) == [0, 1, 2, 3, 4]
    assert [row["cluster_id"] for row in rows if row["article_id"] == UNRELATED] != [syndicated[0]["cluster_id"]]


def test_shingles_do_not_depend_on_the_hash_seed():
    code = ("from whosaid.store.provenance import gist, shingles; "
            f"print(sorted(shingles(gist({QUOTE!r}))))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1 and runs.pop().strip("[]\n")
    assert shingles(("вести", "переговоры")) == shingles(("переговоры", "вести"))


# The command line, the API and the pages

WHOSAID = str(Path(sys.executable).with_name("whosaid"))


def whosaid(*args: str, code: int = 0) -> subprocess.CompletedProcess:
    done = subprocess.run([WHOSAID, *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == code, done.stderr
    return done


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> str:
    """`whosaid ingest --records` of the reports into a new SQLite store."""
    folder = tmp_path_factory.mktemp("trace")
    db = str(folder / "whosaid.db")
    whosaid("ingest", "--records", records_file(folder / "records.jsonl"), "--db", db)
    return db


def test_trace_prints_the_timeline_with_the_changed_words_marked(ingested):
    out = whosaid("trace", "переговоры под давлением", "--db", ingested).stdout
    lines = out.splitlines()
    assert re.fullmatch(r"Мария Захарова: 5 reports, first by РИА Новости 2023-03-10 12:00; 1 altered quote "
                        r"\(cluster \d+\)", lines[0])
    first = re.search(r"#(\d+)$", lines[1])[1]
    assert [line.split("  #")[0] for line in lines[1::3]] == [
        "2023-03-10 12:00  РИА Новости  direct, verbatim",
        "2023-03-11 18:30  Лента.ру  indirect, paraphrase",
        f"2023-03-11  РБК  direct, verbatim against #{first}",
        f"2023-03-12  Известия  direct, altered against #{first}",
        f"2023-03-13  Комсомольская правда  direct, excerpt against #{first}"]
    assert lines[2] == f"    «{QUOTE}»"
    assert lines[5] == "    (paraphrase) Россия не будет вести переговоры под давлением и западные партнеры должны " \
                       "наконец это понять"
    assert lines[11] == "    «Мы не будем вести [-переговоры-]{+диалог+} под давлением, и наши западные партнеры " \
                        "должны наконец это понять»"
    assert lines[12].startswith("    izvestia-zakharova [")
    altered = re.search(r"#(\d+)$", lines[10])[1]
    assert whosaid("trace", altered, "--db", ingested).stdout == out  # by a statement id: the same cluster
    traced = json.loads(whosaid("trace", altered, "--db", ingested, "--format", "jsonl").stdout)
    assert [r["form"] for r in traced["reports"]] == ["verbatim", "paraphrase", "verbatim", "altered", "excerpt"]


def test_trace_says_in_one_line_when_it_finds_nothing_or_several(ingested):
    nothing = whosaid("trace", "танки", "--db", ingested, code=1)
    assert nothing.stdout == "" and nothing.stderr == "whosaid trace: no statement has the words 'танки'\n"
    assert whosaid("trace", "999999", "--db", ingested, code=1).stderr == \
        f"whosaid trace: no statement 999999 in {ingested}\n"
    assert whosaid("trace", "мы", "--speaker", "Лавров", "--db", ingested, code=1).stderr == \
        "whosaid trace: no statement of 'Лавров' has the words 'мы'\n"
    several = whosaid("trace", "мы", "--db", ingested).stdout.splitlines()
    assert several[0] == "2 clusters have the words 'мы'; trace one by a statement id:"
    listed = sorted(re.sub(r"^ +\d+  ", "", line) for line in several[1:])  # best match first
    assert listed[0].startswith("2023-03-10  РИА Новости  Мария Захарова  5 reports  «Мы не будем вести")
    assert listed[1] == "2023-03-13  ТАСС  Мария Захарова  1 report  «Мы выполним все обязательства перед " \
                        "африканскими странами»"
    one = whosaid("trace", "мы", "--speaker", "Захарова", "--db", ingested).stdout
    assert one.startswith("2 clusters have the words 'мы'")  # one speaker's two statements


def test_search_first_only_and_the_export_column_on_the_command_line(ingested, tmp_path):
    every = whosaid("search", "давлением", "--duplicates", "--db", ingested).stdout
    first = whosaid("search", "давлением", "--duplicates", "--first-only", "--db", ingested).stdout
    assert every.count("Мария Захарова") == 5 and first.count("Мария Захарова") == 1
    assert first.splitlines()[0] == "2023-03-10  РИА Новости  Мария Захарова (direct, сказала)"
    db = tmp_path / "watched.db"  # a watch of first reports only, kept as it was given
    shutil.copy(ingested, db)
    whosaid("watch", "add", "first-reports", "давлением", "--first-only", "--db", str(db))
    assert '"давлением" --first-only' in whosaid("watch", "list", "--db", str(db)).stdout
    whosaid("export", "--format", "csv", "-o", str(tmp_path / "s.csv"), "--duplicates", "--db", ingested)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text(encoding="utf-8-sig"))))
    assert {row["article_id"]: row["quote_form"] for row in rows}["izvestia-zakharova"] == "altered"
    assert len({row["cluster_id"] for row in rows}) == 2


def test_the_trace_endpoint_and_page(ingested):
    from fastapi.testclient import TestClient

    from whosaid.web.app import create_app
    with TestClient(create_app(ingested), base_url="http://localhost") as client:
        hits = client.get("/api/statements", params={"q": "диалог"}).json()["items"]
        altered = hits[0]["id"]
        assert hits[0]["quote_form"] == "altered"
        trace = client.get(f"/api/statements/{altered}/trace").json()
        assert trace["cluster_id"] == hits[0]["cluster_id"] and trace["altered"] == 1
        assert [r["source"] for r in trace["reports"]] == \
            ["РИА Новости", "Лента.ру", "РБК", "Известия", "Комсомольская правда"]
        assert trace["earliest"] == trace["reports"][0]["statement_id"]
        assert [p for p in trace["reports"][3]["pieces"] if p["kind"] != "same"] == \
            [{"kind": "dropped", "text": "переговоры"}, {"kind": "added", "text": "диалог"}]
        assert client.get("/api/statements/999999/trace").status_code == 404
        assert client.get("/api/statements/x/trace").status_code == 400
        first = client.get("/api/statements", params={"q": "давлением", "first_only": "true"}).json()
        assert [item["article_id"] for item in first["items"]] == ["ria-zakharova"]
        page = client.get(f"/clusters/{trace['cluster_id']}").text
        assert "<del>переговоры</del><ins>диалог</ins>" in page
        assert f'href="/clusters/{trace["cluster_id"]}#s-{altered}"' in client.get("/search?q=диалог").text
        assert f'href="/clusters/{trace["cluster_id"]}#s-{altered}"' in client.get("/articles/izvestia-zakharova").text
        assert client.get("/clusters/999999").status_code == 404
