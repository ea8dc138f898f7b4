"""A batch: what is asked (`BatchOptions`), the first pass over the inputs, and what came of it.

A first, cheap pass over the page-text inputs learns the lines each site repeats, exactly as
`whosaid extract` does, so that a batch's records are the records `extract` gives for the same
inputs. Then an engine (`local`: a process pool on this machine; `ray`: Ray Data on a cluster)
schedules the same pipeline over them.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Optional

from ..model import Article
from ..pipeline import Pipeline
from ..process import learn_repeated_lines, site_boilerplate
from ..read.urls import is_url
from .local import run_local
from .options import ENGINES, BatchOptions, BatchResult
from .progress import Progress
from .shards import BatchError, read_records

def learn_sites(options: BatchOptions) -> Optional[dict[str, frozenset[str]]]:
    """The first pass: the lines each site repeats, learned as `whosaid extract` learns them."""
    if "-" in options.inputs or any(is_url(path) for path in options.inputs):
        raise BatchError("a batch reads files and folders (it reads them twice, and resumes): "
                         "use `whosaid extract` for standard input and URLs")
    if not options.site_boilerplate:
        return None
    return site_boilerplate(learn_repeated_lines(options.inputs, options.input_format, options.read_options()))


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
