"""Batch processing: the whole pipeline over many inputs, on every core of a machine or on Ray.

    from whosaid.batch import BatchOptions, run_batch
    result = run_batch(BatchOptions(["corpus.jsonl.gz"], Path("out"), workers=2))
"""

from .options import BatchOptions, BatchResult
from .run import run_batch
from .shards import BatchError, read_records

__all__ = ["BatchOptions", "BatchResult", "BatchError", "run_batch", "read_records"]
