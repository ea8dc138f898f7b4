"""Throughput and memory of `whosaid batch`: 1 worker, 2 workers, and Ray local mode with 2 actors.

    python bench/batch.py [--limit N] [--stage NAME] [--skip-ray]

Each run is the whole batch over the corpus into a fresh folder, as `whosaid batch` does it.
`articles_per_s` counts from the moment every worker has loaded its models; `whole_run_articles_per_s`
counts everything (reading the inputs twice, starting the workers, loading the models), except the
start of Ray itself, which a cluster pays once and which is reported apart (`ray_init_s`).
`busy_share_per_worker` near 1 says the workers never waited for work; `cpu_share_while_busy` below
1 says other processes had the cores meanwhile. `cpu_bound_speedup_2_over_1` is the speedup the CPU
times allow when the parent shares the two cores with the workers (2W / (W + P): W, P the workers'
and the parent's CPU per article), a figure that a busy machine disturbs less than the clock.
Memory: peak RSS of each worker process, measured inside the worker (local) or sampled from
outside with psutil (Ray's actors); `ray_processes_rss_mb` is what Ray's own processes hold.
The bars: 2 workers >= 1.8 x 1 worker; Ray >= 0.85 x the 2-worker pool; < 600 MB per worker.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import threading
import time
from pathlib import Path

from common import CORPUS, load_corpus, report

from whosaid.batch import BatchOptions, run_batch


class RaySampler(threading.Thread):
    """Peak RSS (and USS: memory no other process shares) of each Ray actor running the pipeline,
    and the RSS of Ray's own processes. An actor's RSS counts the pages of Ray's shared object store
    and libraries it touched; its USS is what one more actor costs."""

    def __init__(self, every_s: float = 0.5):
        super().__init__(daemon=True)
        self.every_s = every_s
        self.actors: dict[int, float] = {}
        self.actors_uss: dict[int, float] = {}
        self.ray_processes_mb = 0.0
        self.stopped = threading.Event()

    def run(self) -> None:
        import psutil
        while not self.stopped.is_set():
            ray_total = 0.0
            for process in psutil.process_iter(["pid", "cmdline", "memory_info"]):
                command = " ".join(process.info["cmdline"] or [])
                rss = process.info["memory_info"].rss / 2**20 if process.info["memory_info"] else 0.0
                if "RayAnalyser" in command:
                    pid = process.info["pid"]
                    self.actors[pid] = max(self.actors.get(pid, 0.0), rss)
                    try:
                        uss = process.memory_full_info().uss / 2**20
                    except psutil.Error:  # the actor ended meanwhile
                        continue
                    self.actors_uss[pid] = max(self.actors_uss.get(pid, 0.0), uss)
                elif "ray" in command and ("ray::" in command or "/ray/" in command):
                    ray_total += rss
            self.ray_processes_mb = max(self.ray_processes_mb, ray_total)
            self.stopped.wait(self.every_s)


def corpus_file(limit: int | None, folder: Path) -> Path:
    if not limit:
        load_corpus(1)  # exits with a clear message when the corpus is not there
        return CORPUS
    path = folder / f"corpus-{limit}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in load_corpus(limit)),
                    encoding="utf-8")
    return path


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def local_run(corpus: Path, folder: Path, workers: int, extra: tuple[str, ...]) -> dict:
    parent_cpu = cpu_s()
    result = run_batch(BatchOptions([str(corpus)], folder / f"local-{workers}", workers=workers,
                                    extra_stages=extra))
    parent_cpu = cpu_s() - parent_cpu
    articles = result.records + result.errors
    worker_ms = 1000 * sum(w.cpu_s for w in result.workers) / articles
    parent_ms = 1000 * parent_cpu / articles
    return {"articles_per_s": round(result.articles_per_s, 1),
            "worker_cpu_ms_per_article": round(worker_ms, 2), "parent_cpu_ms_per_article": round(parent_ms, 2),
            "whole_run_articles_per_s": round(articles / result.seconds, 1),
            "seconds": round(result.seconds, 1),
            "peak_rss_mb_per_worker": [round(w.peak_rss_mb) for w in result.workers],
            "articles_per_worker": [w.articles for w in result.workers],
            # Share of the analysis time each worker had work (near 1: the parent kept it fed), and
            # share of that time it had a CPU (below 1: other processes had the cores).
            "busy_share_per_worker": [round(w.busy_s / result.analysis_seconds, 2) for w in result.workers],
            "cpu_share_while_busy": [round(w.cpu_s / w.busy_s, 2) for w in result.workers]}


def ray_run(corpus: Path, folder: Path, workers: int, extra: tuple[str, ...]) -> dict:
    import ray

    from whosaid.batch.on_ray import start_ray
    options = BatchOptions([str(corpus)], folder / "ray", format="parquet", workers=workers,
                           engine="ray", extra_stages=extra)
    started = time.perf_counter()
    start_ray(options)
    init_s = time.perf_counter() - started
    sampler = RaySampler()
    sampler.start()
    try:
        result = run_batch(options)
    finally:
        sampler.stopped.set()
        sampler.join()
        ray.shutdown()
    articles = result.records + result.errors
    return {"whole_run_articles_per_s": round(articles / result.seconds, 1), "seconds": round(result.seconds, 1),
            "ray_init_s": round(init_s, 1), "peak_rss_mb_per_worker": [round(m) for m in sampler.actors.values()],
            "peak_uss_mb_per_worker": [round(m) for m in sampler.actors_uss.values()],
            "ray_processes_rss_mb": round(sampler.ray_processes_mb)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N articles of the corpus")
    parser.add_argument("--stage", action="append", default=[], metavar="NAME",
                        help="an installed stage (entry point group whosaid.stages) to run after the built-in ones")
    parser.add_argument("--skip-ray", action="store_true", help="the local pool only")
    args = parser.parse_args()
    extra = tuple(args.stage)
    with tempfile.TemporaryDirectory(prefix="whosaid-bench-") as tmp:
        folder = Path(tmp)
        corpus = corpus_file(args.limit, folder)
        one = local_run(corpus, folder, 1, extra)
        two = local_run(corpus, folder, 2, extra)
        worker_ms, parent_ms = two["worker_cpu_ms_per_article"], two["parent_cpu_ms_per_article"]
        figures = {"articles": args.limit or sum(1 for _ in load_corpus()), "extra_stages": list(extra),
                   "workers_1": one, "workers_2": two,
                   # What 2 cores can give when the parent shares them: 2W / (W + P), from CPU times.
                   "cpu_bound_speedup_2_over_1": round(2 * worker_ms / (worker_ms + parent_ms), 2),
                   "speedup_2_over_1": round(two["articles_per_s"] / one["articles_per_s"], 2),
                   "whole_run_speedup_2_over_1": round(two["whole_run_articles_per_s"]
                                                       / one["whole_run_articles_per_s"], 2)}
        if not args.skip_ray:
            ray2 = ray_run(corpus, folder, 2, extra)
            figures["ray_2"] = ray2
            figures["ray_over_pool"] = round(ray2["whole_run_articles_per_s"] / two["whole_run_articles_per_s"], 2)
        report("batch", **figures)


if __name__ == "__main__":
    main()
