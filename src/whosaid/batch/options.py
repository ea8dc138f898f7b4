"""What a batch is asked to do (`BatchOptions`) and what it did (`BatchResult`, `WorkerStats`):
shared by the command, the engines and the workers."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .. import __version__
from ..read import DEFAULT_MAX_CHARS, ReadOptions
from ..render import plural

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
    max_chars: int = DEFAULT_MAX_CHARS  # longer articles are errors, not records
    extra_stages: tuple[str, ...] = ()  # installed stages (entry points) run after the built-in ones
    engine: str = "local"
    address: Optional[str] = None  # a Ray cluster's address; local Ray when None
    db: Optional[str] = None  # a store (SQLite file or postgresql:// URL) to load the records into

    def settings(self) -> dict:
        """What a re-run must share with the run it resumes."""
        return {"whosaid": __version__, "engine": self.engine, "inputs": self.inputs,
                "input_format": self.input_format, "max_chars": self.max_chars, "format": self.format,
                "shard_size": self.shard_size, "site_boilerplate": self.site_boilerplate,
                "extra_stages": list(self.extra_stages)}

    def read_options(self) -> ReadOptions:
        return ReadOptions(max_chars=self.max_chars)


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
