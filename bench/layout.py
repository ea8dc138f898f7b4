"""Throughput and peak memory of the layout stage (and the outlet) on the whole corpus: the part of
the pipeline that runs before any model.

    python bench/layout.py [--limit N]
"""

from __future__ import annotations

import argparse
import time

from common import load_corpus, peak_rss_mb, report

from whosaid.pipeline import Pipeline, layout_stages
from whosaid.read import Source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args()
    records = load_corpus(args.limit)
    sources = [Source(r["text"], r["id"], "corpus") for r in records]
    pipeline = Pipeline(layout_stages())
    boilerplate_lines = 0
    started = time.perf_counter()
    for source in sources:
        boilerplate_lines += len(pipeline.run(source).boilerplate)
    elapsed = time.perf_counter() - started
    chars = sum(len(s.text) for s in sources)
    report("layout", articles=len(sources), seconds=round(elapsed, 2),
           articles_per_s=round(len(sources) / elapsed, 1), mb_per_s=round(chars / elapsed / 1e6, 2),
           boilerplate_spans=boilerplate_lines, peak_rss_mb=round(peak_rss_mb(), 1))


if __name__ == "__main__":
    main()
