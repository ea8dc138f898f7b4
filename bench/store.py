"""The store: ingest throughput and query latency, on SQLite and PostgreSQL, for the corpus and 10x it.

    python bench/store.py [--backend sqlite|postgres|both] [--scale 10] [--limit N] [--reingest N]

Ingest is timed apart from analysis: the corpus goes through the pipeline once and its records are
cached as JSONL under bench/results/ (made again when the package's analysis code changes); the
figures time `Store.add` of ready records, which is what `whosaid ingest --records` does. The store
is built from the whole corpus (1x), re-ingested unchanged (which must leave the same counts), then
grown to `--scale` times the corpus by re-ingesting it under new ids: each copy's text gets one
line more at its end (`Копия N`), since the same text would replace its article, not add one. The
copies are near-duplicates, found and marked as such on ingest. Queries are timed on both stores:
statement and article search (words in other forms, sorted by relevance and by date, with and
without the copies), speakers, a speaker's profile and events. PostgreSQL runs on a throwaway
server with `synchronous_commit=off`, the durability SQLite has in WAL mode with `synchronous=NORMAL`.
Re-ingest, analysis included, is timed apart, in CPU seconds of the `whosaid ingest` process: the
first `--reingest` corpus articles into an empty store, then the same again, which must find them
unchanged without analysing them. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import CORPUS, ROOT, peak_rss_mb, report

import whosaid
from whosaid.model import Article
from whosaid.pipeline import code_version
from whosaid.process import process
from whosaid.store import Filters, Store

POSTGRES_SETTINGS = {"synchronous_commit": "off"}  # see the module's docstring
WHOSAID = str(Path(sys.executable).with_name("whosaid"))
QUERIES = ["гарантий безопасности", "президента", "Госдумы", "бюджет", "нефти", "выборах губернатора",
           "министр иностранных дел", "суд приговорил", "Путиным", "Украине", "пожаре", "теракт",
           "Жукова", "налоги", "акциям компании", "Москве", "полиция задержала", "переговорах",
           "чемпионата мира", "Банк России"]


def records_cache() -> Path:
    """The corpus's records, made once per version of the analysis code (`code_version`)."""
    digest = hashlib.sha1(f"{CORPUS.stat().st_size}\0{code_version()}".encode())
    cache = ROOT / "bench" / "results" / f"store-records-{digest.hexdigest()[:12]}.jsonl.gz"
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        partial = cache.with_suffix(".part")
        with gzip.open(partial, "wt", encoding="utf-8") as out:
            for item in process([str(CORPUS)]):
                if isinstance(item, Article):
                    out.write(item.to_json() + "\n")
        partial.rename(cache)
        print(f"bench: records made in {time.perf_counter() - started:.0f} s: {cache}", flush=True)
    return cache


def load_records(limit: int | None, path: Path | None = None) -> list[Article]:
    with gzip.open(path or records_cache(), "rt", encoding="utf-8") as handle:
        articles = [Article.from_json(line) for line in handle]
    return articles[:limit] if limit else articles


def copy_of(article: Article, number: int) -> Article:
    """The article again under a new id, one line longer (see the module's docstring)."""
    return dataclasses.replace(article, id=f"{article.id}~{number}", text=f"{article.text}\nКопия {number}")


def ingest(store: Store, articles) -> dict:
    started = time.perf_counter()
    counts = store.ingest(articles)
    store.analyze()  # as `whosaid ingest` does at its end
    seconds = time.perf_counter() - started
    done = sum(counts.values())
    return {"records": done, "seconds": round(seconds, 1), "records_per_s": round(done / seconds, 1), **counts}


def latencies(store: Store, rounds: int = 2) -> dict:
    """Milliseconds per call, p50 and p95, for each kind of question, over the query set."""
    speaker = (store.speakers(limit=1) or [None])[0]
    questions = {
        "search": lambda q: store.search(Filters(query=q)),
        "search_by_date": lambda q: store.search(Filters(query=q), sort="date"),
        "search_with_copies": lambda q: store.search(Filters(query=q, duplicates=True)),
        "articles": lambda q: store.search_articles(Filters(query=q)),
        "articles_by_date": lambda q: store.search_articles(Filters(query=q), sort="date"),
        "articles_with_copies": lambda q: store.search_articles(Filters(query=q, duplicates=True)),
        "speakers": lambda q: store.speakers(Filters(query=q)),
        "events": lambda q: store.events(Filters(query=q)),
    }
    if speaker:
        questions["speaker"] = lambda q: store.speaker(str(speaker.identity_id))
    figures = {}
    for name, ask in questions.items():
        times = []
        for _ in range(rounds):
            for query in QUERIES:
                started = time.perf_counter()
                ask(query)
                times.append((time.perf_counter() - started) * 1000)
        times.sort()
        figures[name] = {"p50_ms": round(statistics.median(times), 2),
                         "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2), "calls": len(times)}
    every_search = sorted(v["p95_ms"] for k, v in figures.items() if k.startswith(("search", "articles")))
    figures["worst_search_p95_ms"] = every_search[-1]
    return figures


def run(url: str, articles: list[Article], scale: int) -> dict:
    figures: dict = {}
    with Store.open(url) as store:
        figures["ingest_1x"] = ingest(store, articles)
        counts = store.counts()
        figures["counts_1x"] = counts
        figures["reingest_1x"] = ingest(store, articles)
        figures["reingest_same_counts"] = store.counts() == counts
        figures["query_1x"] = latencies(store)
        copies = (copy_of(a, n) for n in range(1, scale) for a in articles)
        figures[f"ingest_to_{scale}x"] = ingest(store, copies)
        figures[f"counts_{scale}x"] = store.counts()
        figures[f"query_{scale}x"] = latencies(store)
    return figures


def reingest(url: str, count: int) -> dict:
    """`whosaid ingest` of the first `count` corpus articles, then again unchanged: each process's
    CPU seconds (reading, analysis and writing) and how many times less the second takes. The package
    is byte-compiled first and the processes may read its bytecode, as an installed package's do: a
    sandbox's PYTHONDONTWRITEBYTECODE would otherwise time the compiling of every module in each."""
    package = Path(whosaid.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as handle, corpus.open("w", encoding="utf-8") as out:
            out.writelines(line for _, line in zip(range(count), handle))
        figures: dict = {"articles": count}
        for run_name in ("first", "again"):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            done = subprocess.run([WHOSAID, "ingest", str(corpus), "--db", url], capture_output=True, text=True,
                                  env=env)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                raise SystemExit(f"bench: whosaid ingest failed: {done.stderr.strip()[-500:]}")
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            figures[run_name] = {"cpu_s": round(cpu, 2), "said": done.stderr.strip().splitlines()[-1]}
    figures["speedup"] = round(figures["first"]["cpu_s"] / figures["again"]["cpu_s"], 1)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--scale", type=int, default=10, help="the large store, in corpora (default 10)")
    parser.add_argument("--limit", type=int, help="only the first N records")
    parser.add_argument("--records", type=Path,
                        help="records to ingest (.jsonl.gz), e.g. a cache an earlier version of the analysis made")
    parser.add_argument("--reingest", type=int, default=300, metavar="N",
                        help="also time `whosaid ingest` of the first N corpus articles, then of them unchanged "
                             "(default 300; 0: not)")
    args = parser.parse_args()
    articles = load_records(args.limit, args.records)
    figures: dict = {"articles": len(articles), "statements_per_article": round(
        sum(len(a.quotes) for a in articles) / len(articles), 2), "entities_per_article": round(
        sum(len(a.entities) for a in articles) / len(articles), 2)}
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "bench.db")
            figures["sqlite"] = run(path, articles, args.scale)
            figures["sqlite"]["file_mb"] = round(sum(
                os.path.getsize(p) for p in Path(folder).iterdir()) / 1e6, 1)
            if args.reingest:
                figures["sqlite"]["reingest"] = reingest(os.path.join(folder, "reingest.db"), args.reingest)
    if args.backend in ("postgres", "both"):
        from whosaid.store.tempserver import TempServer
        with TempServer(POSTGRES_SETTINGS) as server:
            figures["postgres"] = run(server.url, articles, args.scale)
        if args.reingest:
            with TempServer(POSTGRES_SETTINGS) as server:  # an empty database
                figures["postgres"]["reingest"] = reingest(server.url, args.reingest)
    report("store", **figures, peak_rss_mb=round(peak_rss_mb(), 1), cpus=os.cpu_count(),
           load_average_1m=round(os.getloadavg()[0], 1))


if __name__ == "__main__":
    main()
