"""What runs in a worker, on every engine: the pipeline over a chunk of sources, results as plain rows.

A worker builds its pipelines once and loads the models once (on its first article, or in `warm_up`),
then analyses chunk after chunk. Its results are rows of strings that cost little to send back:
the record as JSON plus the key columns a Parquet shard stores beside it, or the bad item's error.
"""

from __future__ import annotations

import os
import resource
from typing import Optional, Sequence

from ..worker_env import WARM_UP_TEXT, WORKER_ENV

for _variable, _value in WORKER_ENV.items():  # in time for numpy, which reads them on import
    os.environ.setdefault(_variable, _value)

from ..model import Article  # noqa: E402
from ..pipeline import Pipeline  # noqa: E402
from ..process import SitePipelines  # noqa: E402
from ..read import InputError, Source  # noqa: E402

# The columns of one result row; `record` is the whole record as JSON, `error` the reason it is missing.
COLUMNS = ("id", "origin", "source", "url", "published", "title", "record", "error")
Row = dict[str, Optional[str]]


def article_row(article: Article) -> Row:
    return {"id": article.id, "origin": article.origin, "source": article.source, "url": article.url,
            "published": article.published, "title": article.title.text if article.title else None,
            "record": article.to_json(), "error": None}


def error_row(error: InputError, article_id: Optional[str] = None) -> Row:
    return {"id": article_id, "origin": error.name, "source": None, "url": None, "published": None,
            "title": None, "record": None, "error": error.reason}


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Analyser:
    """The whole pipeline in one worker: one pipeline per site, models loaded once per process."""

    def __init__(self, repeated: Optional[dict[str, frozenset[str]]] = None, extra_stages: Sequence[str] = ()):
        pipeline = Pipeline.default(extra_stages)
        self.pipelines = SitePipelines(pipeline, repeated)

    def warm_up(self) -> None:
        """Load the models now, so that the first chunk does not pay for it."""
        self.pipelines.pipeline(WARM_UP_TEXT)

    def row(self, source: Source) -> Row:
        result = self.pipelines.analyse(source)
        return error_row(result, source.id) if isinstance(result, InputError) else article_row(result)

