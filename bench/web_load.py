"""Load on the HTTP API over loopback: concurrent clients for a bounded time; requests/s and latency.

    python bench/web_load.py [--db whosaid.db | --articles 300] [--clients 8] [--seconds 20]

Starts `whosaid serve` on a free 127.0.0.1 port over the given store, or over a store it fills with
the first N corpus articles through the full pipeline. Client processes (each running threads with
keep-alive connections) ask a mix of API questions built from what the store holds: article lists,
records, statement searches, speakers and profiles, events, the network. With --extract, a share of
requests also POST articles to /api/extract (the analysis itself). Every request is checked (status
200 and JSON); the run stops by itself after --seconds.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode

from common import load_corpus, report

WORDS = ["заявил", "переговоры", "президент", "безопасности", "Москва", "правительство", "санкции",
         "министр", "России", "выборы"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fill_store(path: str, articles: int) -> int:
    """A store of the first corpus articles through the whole pipeline; one that fails is left out."""
    from whosaid.model import Article
    from whosaid.pipeline import Pipeline
    from whosaid.process import analyse
    from whosaid.read import Source
    from whosaid.store import Store
    pipeline = Pipeline()
    analysed = (analyse(pipeline, Source(r["text"], r["id"], "corpus", {})) for r in load_corpus(articles))
    with Store.open(path) as store:
        counts = store.ingest(a for a in analysed if isinstance(a, Article))
    return counts["added"]


def get_json(base: str, path: str):
    with urllib.request.urlopen(base + path, timeout=60) as response:
        return json.load(response)


def request_mix(base: str, corpus_texts: list[str]) -> list[tuple[str, str, bytes | None]]:
    """(name, path, body) for every kind of question, built from what the store holds."""
    articles = [a["id"] for a in get_json(base, "/api/articles?limit=100&sort=date")["items"]]
    speakers = [s["name"] for s in get_json(base, "/api/speakers?limit=30")["items"]]
    mix = []
    for offset in (0, 20, 40):
        mix.append(("articles", f"/api/articles?limit=20&offset={offset}", None))
    mix += [("record", f"/api/articles/{quote(a, safe='')}", None) for a in articles[:30]]
    for word in WORDS:
        mix.append(("statements", "/api/statements?" + urlencode({"q": word}), None))
        mix.append(("search", "/api/search?" + urlencode({"q": word}), None))
    for name in speakers[:15]:
        mix.append(("speaker", f"/api/speakers/{quote(name, safe='')}", None))
        mix.append(("statements", "/api/statements?" + urlencode({"speaker": name, "sort": "date"}), None))
    mix += [("speakers", "/api/speakers", None), ("events", "/api/events", None),
            ("network", "/api/network?speakers=10", None)]
    for text in corpus_texts:
        mix.append(("extract", "/api/extract", json.dumps({"text": text}).encode()))
    return mix


def client_process(port: int, mix: list, seconds: float, threads: int, seed: int, out) -> None:
    """Threads asking random questions of the mix until the time is up; (name, ms, ok, status) for each
    (status 0: no answer)."""
    results: list[tuple[str, float, bool, int]] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def run(thread_seed: int) -> None:
        rng = random.Random(thread_seed)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        mine = []
        while time.monotonic() < deadline:
            name, path, body = rng.choice(mix)
            started = time.perf_counter()
            ok, status = False, 0
            try:
                if body is None:
                    conn.request("GET", path)
                else:
                    conn.request("POST", path, body, {"Content-Type": "application/json"})
                response = conn.getresponse()
                payload = response.read()
                status = response.status
                ok = status == 200 and payload[:1] in (b"{", b"[")
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            mine.append((name, (time.perf_counter() - started) * 1000, ok, status))
        conn.close()
        with lock:
            results.extend(mine)

    workers = [threading.Thread(target=run, args=(seed * 1000 + i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    out.put(results)


def start_server(db: str, port: int, *options: str) -> subprocess.Popen:
    """`whosaid serve` over the store on a loopback port, once it answers."""
    whosaid = str(Path(sys.executable).with_name("whosaid"))
    server = subprocess.Popen([whosaid, "serve", "--db", db, "--port", str(port), *options],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            break
        except OSError:
            time.sleep(0.3)
    return server


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def load_arguments(description: str, articles: int, seconds: float) -> argparse.ArgumentParser:
    """The options of a load benchmark: the store, the clients, how long."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="an existing store (default: a new one filled from the corpus)")
    parser.add_argument("--articles", type=int, default=articles, help="corpus articles in the new store")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (connections)")
    parser.add_argument("--seconds", type=float, default=seconds, help="how long the load lasts")
    return parser


def main() -> None:
    parser = load_arguments(__doc__, articles=300, seconds=20.0)
    parser.add_argument("--processes", type=int, default=2, help="client processes the clients run in")
    parser.add_argument("--extract", type=int, default=0,
                        help="corpus articles to POST to /api/extract among the questions (default: none)")
    args = parser.parse_args()

    workdir = tempfile.TemporaryDirectory(prefix="whosaid-load-")
    db, filled = args.db, None
    if db is None:
        db = str(Path(workdir.name) / "whosaid.db")
        started = time.perf_counter()
        filled = fill_store(db, args.articles)
        print(f"bench: filled a store with {filled} articles in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port)
    try:
        texts = [r["text"] for r in load_corpus(args.extract)] if args.extract else []
        mix = request_mix(base, texts)
        queue: multiprocessing.Queue = multiprocessing.Queue()
        per_process = max(1, args.clients // args.processes)
        procs = [multiprocessing.Process(target=client_process, args=(port, mix, args.seconds, per_process, i, queue))
                 for i in range(args.processes)]
        started = time.perf_counter()
        for p in procs:
            p.start()
        results = [r for _ in procs for r in queue.get()]
        for p in procs:
            p.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(10)
        workdir.cleanup()

    latencies = [ms for _, ms, _, _ in results]
    by_kind = {}
    for kind in sorted({name for name, _, _, _ in results}):
        mine = [ms for name, ms, _, _ in results if name == kind]
        by_kind[kind] = {"requests": len(mine), "p50_ms": round(statistics.median(mine), 1),
                         "p95_ms": round(percentile(mine, 0.95), 1)}
    report("web_load", store=args.db or f"corpus:{filled}", clients=per_process * args.processes,
           seconds=round(elapsed, 1), requests=len(results), errors=sum(not ok for _, _, ok, _ in results),
           requests_per_s=round(len(results) / elapsed, 1), p50_ms=round(statistics.median(latencies), 1),
           p95_ms=round(percentile(latencies, 0.95), 1), p99_ms=round(percentile(latencies, 0.99), 1),
           by_kind=by_kind)


if __name__ == "__main__":
    main()
