"""A batch: what is asked (`BatchOptions`), the first pass over the inputs, and what came of it.

A first, cheap pass over the page-text inputs learns the lines each site repeats, exactly as
`whosaid extract` does, so that a batch's records are the records `extract` gives for the same
inputs. Then an engine (`local`: a process pool on this machine; `ray`: Ray Data on a cluster)
schedules the same pipeline over them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

from .. import __version__
from ..model import Article
from ..pipeline import Pipeline
from ..process import learn_repeated_lines, site_boilerplate
from ..read.urls import is_url
from ..render import plural
from .progress import Progress
from .shards import BatchError, read_records

ENGINES = ("local", "ray")


@dataclass
class BatchOptions:
    inputs: list[str]
    out: Path
    input_format: str = "auto"
    format: str = "jsonl"  # jsonl | parquet (the ray engine writes Parquet)
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    shard_size: int = 1000  # articles per shard: the unit of output files and of resuming
    chunk_size: int = 16  # articles per task: small, so the workers finish together
    site_boilerplate: bool = True
    extra_stages: tuple[str, ...] = ()  # installed stages (entry points) run after the built-in ones
    engine: str = "local"
    address: Optional[str] = None  # a Ray cluster's address; local Ray when None
    db: Optional[str] = None  # a store (SQLite file or postgresql:// URL) to load the records into

    def settings(self) -> dict:
        """What a re-run must share with the run it resumes."""
        return {"whosaid": __version__, "engine": self.engine, "inputs": self.inputs,
                "input_format": self.input_format, "format": self.format, "shard_size": self.shard_size,
                "site_boilerplate": self.site_boilerplate, "extra_stages": list(self.extra_stages)}


@dataclass
class WorkerStats:
    pid: int
    articles: int = 0
    busy_s: float = 0.0  # time spent analysing (the rest of the run it waited for work)
    cpu_s: float = 0.0  # CPU time spent analysing (less than busy_s when other processes had the CPU)
    peak_rss_mb: float = 0.0  # measured inside the worker

    def add(self, other: "WorkerStats") -> None:
        self.articles += other.articles
        self.busy_s += other.busy_s
        self.cpu_s += other.cpu_s
        self.peak_rss_mb = max(self.peak_rss_mb, other.peak_rss_mb)


@dataclass
class BatchResult:
    out: Path
    engine: str = "local"
    records: int = 0  # written by this run
    errors: int = 0  # bad items met by this run
    shards: int = 0  # written by this run
    skipped_shards: int = 0  # finished by an earlier run
    seconds: float = 0.0  # the whole run, reading and starting the workers included
    analysis_seconds: float = 0.0  # from the moment every worker was ready to the end
    workers: list[WorkerStats] = field(default_factory=list)
    stored: Optional[dict[str, int]] = None  # the store's counts (added, replaced, unchanged) with --db

    @property
    def articles_per_s(self) -> float:
        return (self.records + self.errors) / self.analysis_seconds if self.analysis_seconds else 0.0

    def summary(self) -> str:
        memory = ""
        if self.workers:
            low, high = min(w.peak_rss_mb for w in self.workers), max(w.peak_rss_mb for w in self.workers)
            span = f"{low:.0f}-{high:.0f}" if round(high) > round(low) else f"{high:.0f}"
            memory = f"; peak memory per worker {span} MB"
        skipped = f" ({self.skipped_shards} finished before, skipped)" if self.skipped_shards else ""
        workers = plural(len(self.workers), "worker") if self.engine == "local" else "Ray"
        return (f"{plural(self.records, 'record')}, {plural(self.errors, 'error')} in "
                f"{plural(self.shards, 'shard')}{skipped} "
                f"in {self.seconds:.1f} s, {self.articles_per_s:.1f} articles/s on {workers}{memory} "
                f"-> {self.out}{self._stored()}")

    def _stored(self) -> str:
        if self.stored is None:
            return ""
        return "; store: " + ", ".join(f"{n} {outcome}" for outcome, n in self.stored.items())


def learn_sites(options: BatchOptions) -> Optional[dict[str, frozenset[str]]]:
    """The first pass: the lines each site repeats, learned as `whosaid extract` learns them."""
    if "-" in options.inputs or any(is_url(path) for path in options.inputs):
        raise BatchError("a batch reads files and folders (it reads them twice, and resumes): "
                         "use `whosaid extract` for standard input and URLs")
    if not options.site_boilerplate:
        return None
    return site_boilerplate(learn_repeated_lines(options.inputs, options.input_format))


def run_batch(options: BatchOptions, progress: Optional[Progress] = None) -> BatchResult:
    """Every article of the inputs through the pipeline, into shards under `options.out`.
    A stage that is not installed, or out of order, is a `StageError` before anything is read."""
    if options.engine not in ENGINES:
        raise BatchError(f"{options.engine}: no such engine (choose from {', '.join(ENGINES)})")
    Pipeline.default(options.extra_stages)  # a StageError now, rather than in every worker
    progress = progress or Progress(enabled=False)
    progress.note("reading the inputs...")
    if options.engine == "ray":
        # Every node must find the inputs at the same place: records name them by absolute path.
        options = replace(options, inputs=[os.path.abspath(path) for path in options.inputs])
        try:
            from .on_ray import run_on_ray
        except ImportError as error:
            raise BatchError(f"--engine ray needs Ray Data ({error.name} is missing): "
                             "pip install 'whosaid[ray]'") from None
        result = run_on_ray(options, learn_sites(options), progress)
    else:
        from .local import run_local
        result = run_local(options, learn_sites(options), progress)
    if options.db:
        result.stored = load_into_store(options.out, options.db)
    return result


def load_into_store(out: Path, db: str) -> dict[str, int]:
    """Every record of the batch's shards into the store, through its own ingest: a record stored
    before (by an interrupted run) is found unchanged, so loading again after a resume is safe."""
    from ..store import Store
    with Store.open(db) as store:
        counts = store.ingest(Article.from_json(record) for record in read_records(out))
        if counts["added"] + counts["replaced"]:
            store.analyze()
    return counts
