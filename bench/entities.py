"""Whole extraction (layout + NLP + entities) against natasha's own pipeline (segment, morphology,
syntax, NER, normalisation) on the same corpus articles, side by side in one run.

    python bench/entities.py [--limit N] [--chunk N]

The two run in turns over chunks of articles, so that the load of a shared machine falls on both
alike. Figures: throughput of each (KB/s of article text) by the wall clock and by the process's CPU
time (steadier on a busy machine), their ratios, and peak memory: of a child process running whosaid
alone, and of this process with both loaded.
"""

from __future__ import annotations

import argparse
import multiprocessing
import time

from common import load_corpus, peak_rss_mb, report

from whosaid.nlp import NatashaPipeline
from whosaid.pipeline import Pipeline
from whosaid.read import Source


def whosaid_alone(sources: list[Source], queue) -> None:
    """Run whosaid over the articles in a child process and send back its peak memory."""
    pipeline = Pipeline()
    for source in sources:
        pipeline.run(source)
    queue.put(peak_rss_mb())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=300, help="the first N articles (default 300)")
    parser.add_argument("--chunk", type=int, default=20, help="articles per turn (default 20)")
    args = parser.parse_args()
    sources = [Source(r["text"], r["id"], "corpus") for r in load_corpus(args.limit)]

    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=whosaid_alone, args=(sources, queue))
    child.start()
    whosaid_peak = queue.get()
    child.join()

    whosaid, natasha = Pipeline(), NatashaPipeline()
    whosaid.run(sources[0])  # models load on first use: not part of the timing
    natasha(sources[0].text)
    ours, theirs = Clock(), Clock()
    entities = names = 0
    for n in range(0, len(sources), args.chunk):
        chunk = sources[n:n + args.chunk]
        with ours:
            for source in chunk:
                entities += len(whosaid.run(source).entities)
        with theirs:
            for source in chunk:
                names += len(natasha(source.text))
    kb = sum(len(s.text) for s in sources) / 1000
    report("entities", articles=len(sources), kb=round(kb, 1),
           whosaid_kb_per_s=round(kb / ours.wall, 1), natasha_kb_per_s=round(kb / theirs.wall, 1),
           ratio=round(theirs.wall / ours.wall, 3),
           whosaid_cpu_kb_per_s=round(kb / ours.cpu, 1), natasha_cpu_kb_per_s=round(kb / theirs.cpu, 1),
           cpu_ratio=round(theirs.cpu / ours.cpu, 3), whosaid_entities=entities, natasha_names=names,
           whosaid_peak_rss_mb=round(whosaid_peak, 1), both_peak_rss_mb=round(peak_rss_mb(), 1))


class Clock:
    """Wall and CPU seconds spent inside `with` blocks."""

    def __init__(self):
        self.wall = self.cpu = 0.0

    def __enter__(self):
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def __exit__(self, *exc):
        self.wall += time.perf_counter() - self._wall
        self.cpu += time.process_time() - self._cpu


if __name__ == "__main__":
    main()
