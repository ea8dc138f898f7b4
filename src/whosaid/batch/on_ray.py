"""The Ray engine: the same pipeline scheduled by Ray Data, on local Ray or on a cluster.

The inputs are cut into shards of whole input files (1 GiB or more together). A shard is one
Ray Data run: read tasks turn its files into articles with whosaid's own readers, the rows
are cut into small blocks so that every actor gets work, `map_batches` hands them to a pool of
actors (`RayAnalyser`: one pipeline and one set of models per actor), and Ray writes the results
as Parquet into `part-NNNNNN/`. Each finished shard is recorded in the manifest, as on the local
engine, so a re-run resumes after the last finished shard. Ray is imported only here.
"""

from __future__ import annotations

import json
import logging
import time
from functools import partial
from pathlib import Path
from typing import Iterator, Optional, Sequence

import pyarrow
import pyarrow.compute
import pyarrow.dataset
import ray
from ray.data import SaveMode

from ..read import InputError, ReadOptions, Source, read_inputs
from .progress import Progress
from .options import BatchOptions, BatchResult
from .shards import BatchError, Manifest, gather_errors, parquet_schema, write_errors
from .worker import WORKER_ENV, Analyser, Row, error_row

# Object store of a Ray started here: blocks in flight are a few chunks of articles, so 1 GiB is
# plenty, where Ray's default (30% of memory) would take 7 GiB of a 24 GiB machine.
LOCAL_OBJECT_STORE_BYTES = 1 << 30
SHARD_BYTES = 1 << 30  # inputs per Ray run (and unit of resuming): files of at least 1 GiB together
ROWS_PER_FILE = 1000  # Ray writes a file per block (a chunk) unless told to gather them


def read_path(row: dict, input_format: str, max_chars: int) -> Iterator[dict]:
    """Read task: the articles of one input file, as rows (meta as JSON: its keys vary by corpus)."""
    for item in read_inputs([row["path"]], input_format, ReadOptions(max_chars=max_chars)):
        if isinstance(item, InputError):
            yield {"id": None, "text": None, "origin": item.name, "meta": None, "error": item.reason}
        else:
            yield {"id": item.id, "text": item.text, "origin": item.origin,
                   "meta": json.dumps(item.meta, ensure_ascii=False), "error": None}


class RayAnalyser:
    """One actor of the pool: builds the pipeline and loads the models once, then takes batches."""

    def __init__(self, repeated: Optional[dict[str, frozenset[str]]], extra_stages: Sequence[str]):
        self.analyser = Analyser(repeated, extra_stages)
        self.analyser.warm_up()
        self.schema = parquet_schema(with_errors=True)

    def __call__(self, batch: "pyarrow.Table") -> "pyarrow.Table":
        rows: list[Row] = []
        for item in batch.to_pylist():
            if item["error"] is not None:
                rows.append(error_row(InputError(item["origin"], item["error"])))
            else:
                source = Source(item["text"], item["id"], item["origin"], json.loads(item["meta"]))
                rows.append(self.analyser.row(source))
        return pyarrow.Table.from_pylist(rows, self.schema)


def input_bytes(path: str) -> int:
    """The size of an input file, or of every file in a folder."""
    root = Path(path)
    if root.is_dir():
        return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    return root.stat().st_size if root.exists() else 0


def ray_shards(inputs: list[str], size: int = SHARD_BYTES) -> list[list[str]]:
    """Consecutive inputs grouped into shards of at least `size` bytes (a larger input is one alone)."""
    shards: list[list[str]] = []
    files: list[str] = []
    total = 0
    for path in inputs:
        files.append(path)
        total += input_bytes(path)
        if total >= size:
            shards.append(files)
            files, total = [], 0
    if files:
        shards.append(files)
    return shards


def start_ray(options: BatchOptions) -> bool:
    """Join the cluster at `--address`, or start Ray here; True when this call started it."""
    if ray.is_initialized():
        return False
    if options.address:
        ray.init(address=options.address, log_to_driver=False, logging_level=logging.WARNING)
    else:
        # One CPU per actor, and one more for the light read, cut and write tasks: without it the
        # actors hold every CPU and the tasks that feed them wait for ever.
        ray.init(num_cpus=options.workers + 1, include_dashboard=False, object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                 log_to_driver=False, logging_level=logging.WARNING)
    return True


def run_on_ray(options: BatchOptions, repeated: Optional[dict[str, frozenset[str]]],
               progress: Progress) -> BatchResult:
    if options.format != "parquet":
        raise BatchError("--engine ray writes Parquet: add --format parquet")
    started = time.perf_counter()
    manifest = Manifest(options.out, options.settings())
    result = BatchResult(options.out, "ray", skipped_shards=len(manifest.finished))
    todo = [(number, files) for number, files in enumerate(ray_shards(options.inputs))
            if number not in manifest.finished]
    if todo:
        progress.note("starting Ray...")
        started_here = start_ray(options)
        try:
            context = ray.data.DataContext.get_current()
            context.enable_progress_bars = progress.enabled  # Ray's own bars, with rows/s
            context.print_on_execution_start = False
            logging.getLogger("ray.data").setLevel(logging.WARNING)  # its INFO lines drown the bar
            analysis_started = time.perf_counter()
            for number, files in todo:
                records, errors, names = _run_shard(options, repeated, number, files)
                manifest.record(number, records + errors, names, records, errors)
                progress.advance(records + errors)
                result.records, result.errors, result.shards = (result.records + records,
                                                                result.errors + errors, result.shards + 1)
            result.analysis_seconds = time.perf_counter() - analysis_started
        finally:
            progress.close()
            if started_here:
                ray.shutdown()
    gather_errors(options.out, manifest)
    result.seconds = time.perf_counter() - started
    return result


def _run_shard(options: BatchOptions, repeated: Optional[dict[str, frozenset[str]]], number: int,
               files: list[str]) -> tuple[int, int, list[str]]:
    name = f"part-{number:06d}"
    folder = Path(options.out) / name
    dataset = (ray.data.from_items([{"path": path} for path in files], override_num_blocks=len(files))
               .flat_map(partial(read_path, input_format=options.input_format, max_chars=options.max_chars))
               .repartition(target_num_rows_per_block=options.chunk_size)
               .map_batches(RayAnalyser, batch_format="pyarrow", batch_size=options.chunk_size,
                            fn_constructor_kwargs={"repeated": repeated,
                                                   "extra_stages": tuple(options.extra_stages)},
                            compute=ray.data.ActorPoolStrategy(size=options.workers), num_cpus=1,
                            runtime_env={"env_vars": WORKER_ENV}))
    # A killed run may have left part of this folder: OVERWRITE starts it afresh.
    dataset.write_parquet(str(folder), mode=SaveMode.OVERWRITE, compression="zstd",
                          min_rows_per_file=ROWS_PER_FILE)
    table = pyarrow.dataset.dataset(folder, parquet_schema(with_errors=True), format="parquet").to_table(
        columns=["origin", "error"])
    failed = table.filter(pyarrow.compute.is_valid(table["error"]))
    error_names = write_errors(Path(options.out), name, [
        {"origin": origin, "error": reason}
        for origin, reason in zip(failed["origin"].to_pylist(), failed["error"].to_pylist())])
    return table.num_rows - failed.num_rows, failed.num_rows, [name] + error_names
