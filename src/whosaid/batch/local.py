"""The local engine: a pool of worker processes on this machine, one per core by default.

Each worker is a fresh process (spawned, so nothing of the parent is copied into its memory) that
builds its pipelines and loads the models once, then analyses small chunks of articles. The parent
reads the inputs, keeps a bounded number of chunks in flight, and takes the results back in input
order, so that it can write each shard as soon as its last chunk is back.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator, Optional

from ..read import InputError, read_inputs
from ..render import plural
from .progress import Progress
from .options import BatchOptions, BatchResult, WorkerStats
from .shards import BatchError, Manifest, Shard, cut_shards, gather_errors, write_shard
from ..worker_env import worker_environment
from .worker import Analyser, Row, error_row, peak_rss_mb

READY_TIMEOUT_S = 600  # loading the models takes seconds; a worker that is not ready by then is stuck
CHUNKS_IN_FLIGHT_PER_WORKER = 4
PARENT_CHECK_S = 1.0

_analyser: Optional[Analyser] = None


def start_worker(repeated: Optional[dict[str, frozenset[str]]], extra_stages: tuple[str, ...],
                 ready: threading.Barrier) -> None:
    """Pool initializer: build the pipelines, load the models, then wait until every worker is ready."""
    global _analyser
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        _analyser = Analyser(repeated, extra_stages)
        _analyser.warm_up()
    except BaseException:
        ready.abort()  # the parent stops waiting at once; the pool reports this worker's error
        raise
    ready.wait(READY_TIMEOUT_S)


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL, out of memory) ends too, rather than wait for ever."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(1)


def analyse_chunk(items: list) -> tuple[list[Row], WorkerStats]:
    started, cpu = time.perf_counter(), time.process_time()
    if _analyser is None:
        raise RuntimeError("a worker analysed a chunk before it was started")
    analyser = _analyser
    rows = [item if isinstance(item, dict) else analyser.row(item) for item in items]
    return rows, WorkerStats(os.getpid(), len(rows), time.perf_counter() - started,
                             time.process_time() - cpu, peak_rss_mb())


def input_items(options: BatchOptions) -> Iterator:
    """The inputs in their fixed order: sources, and a row for each item that could not be read."""
    for item in read_inputs(options.inputs, options.input_format, options.read_options()):
        yield error_row(item) if isinstance(item, InputError) else item


def run_local(options: BatchOptions, repeated: Optional[dict[str, frozenset[str]]],
              progress: Progress) -> BatchResult:
    started = time.perf_counter()
    manifest = Manifest(options.out, options.settings())
    result = BatchResult(options.out, skipped_shards=len(manifest.finished))
    shards = (s for s in cut_shards(input_items(options), options.shard_size) if s.number not in manifest.finished)
    first = next(shards, None)
    if first is not None:
        _analyse(options, repeated, manifest, itertools.chain([first], shards), progress, result)
    gather_errors(options.out, manifest)
    result.seconds = time.perf_counter() - started
    return result


def ready() -> None:
    """A task that does nothing: one per worker, to have every worker process started at once."""


def _analyse(options: BatchOptions, repeated: Optional[dict[str, frozenset[str]]], manifest: Manifest,
             shards: Iterator[Shard], progress: Progress, result: BatchResult) -> None:
    context = multiprocessing.get_context("spawn")
    workers = options.workers
    all_ready = context.Barrier(workers + 1)
    stats: dict[int, WorkerStats] = {}
    rows: dict[int, list[Row]] = {}
    in_flight: deque[tuple[Shard, bool, Future]] = deque()

    def collect() -> None:
        shard, last, future = in_flight.popleft()
        chunk_rows, chunk_stats = future.result()
        stats.setdefault(chunk_stats.pid, WorkerStats(chunk_stats.pid)).add(chunk_stats)
        rows.setdefault(shard.number, []).extend(chunk_rows)
        progress.advance(len(chunk_rows))
        if last:
            files, records, errors = write_shard(options.out, shard, rows.pop(shard.number), options.format)
            manifest.record(shard.number, len(shard.items), files, records, errors)
            result.records, result.errors, result.shards = (result.records + records,
                                                            result.errors + errors, result.shards + 1)

    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=start_worker,
                               initargs=(repeated, options.extra_stages, all_ready))
    try:
        with worker_environment():
            for _ in range(workers):  # a pool starts a process per task submitted while none is idle
                pool.submit(ready)
        progress.note(f"starting {plural(workers, 'worker')} (loading the models)...")
        try:
            all_ready.wait(READY_TIMEOUT_S)
        except threading.BrokenBarrierError:
            raise BatchError(f"{options.out}: the workers could not start (the error is above), "
                             f"or were not ready within {READY_TIMEOUT_S} s") from None
        analysis_started = time.perf_counter()
        progress.start()
        for shard in shards:
            pieces = range(0, len(shard.items), options.chunk_size)
            for piece in pieces:
                chunk = shard.items[piece:piece + options.chunk_size]
                in_flight.append((shard, piece == pieces[-1], pool.submit(analyse_chunk, chunk)))
                while len(in_flight) > workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                    collect()
        while in_flight:
            collect()
        pool.shutdown()
    except BrokenProcessPool as error:
        raise BatchError(f"{options.out}: a worker process died ({error}); the finished shards are "
                         "kept: run the same command again to resume") from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # after an error: stop what is still queued
        progress.close()
    result.analysis_seconds = time.perf_counter() - analysis_started
    result.workers = sorted(stats.values(), key=lambda w: w.pid)
