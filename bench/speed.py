"""whosaid's whole extraction against natasha's own per-document pipeline (segment, morphology, syntax,
NER, normalisation) on the same corpus articles, side by side in one run; each stage's share.

    python bench/speed.py [--limit N] [--chunk N]

Time is the process's CPU time (`time.process_time`), which other work on a shared machine does not
inflate; the two run in turns over chunks of articles, so that what remains (caches, frequency) falls
on both alike. Figures: CPU seconds of each and their ratio (whosaid / natasha: under 1 is faster),
the wall-clock ratio for reference, each whosaid stage's share of its CPU time, the entities and
names found, and peak memory of a worker process running each alone over the same articles.
"""

from __future__ import annotations

import argparse
import multiprocessing
import time
from collections import Counter

from common import load_corpus, peak_rss_mb, report

from whosaid.model import Article
from whosaid.nlp import NatashaPipeline
from whosaid.pipeline import Pipeline, default_stages
from whosaid.read import Source
from whosaid.stages import Stage


def alone(which: str, sources: list[Source], queue) -> None:
    """Run one side over the articles in a fresh worker process; send back its peak memory."""
    run = Pipeline().run if which == "whosaid" else NatashaPipeline()
    for source in sources:
        run(source if which == "whosaid" else source.text)
    queue.put(peak_rss_mb())


class Timed:
    """A stage that adds up the CPU time it takes."""

    def __init__(self, stage: Stage, seconds: Counter):
        self.stage, self.seconds = stage, seconds
        self.name, self.requires, self.assigns = stage.name, stage.requires, stage.assigns

    def __call__(self, article: Article) -> Article:
        started = time.process_time()
        try:
            return self.stage(article)
        finally:
            self.seconds[self.name] += time.process_time() - started


class Clock:
    """CPU and wall seconds spent inside `with` blocks."""

    def __init__(self):
        self.cpu = self.wall = 0.0

    def __enter__(self):
        self._cpu, self._wall = time.process_time(), time.perf_counter()

    def __exit__(self, *exc):
        self.cpu += time.process_time() - self._cpu
        self.wall += time.perf_counter() - self._wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=600, help="the first N articles (default 600)")
    parser.add_argument("--chunk", type=int, default=20, help="articles per turn (default 20)")
    args = parser.parse_args()
    sources = [Source(r["text"], r["id"], "corpus") for r in load_corpus(args.limit)]

    peaks = {}
    context = multiprocessing.get_context("spawn")
    for which in ("whosaid", "natasha"):
        queue = context.Queue()
        child = context.Process(target=alone, args=(which, sources, queue))
        child.start()
        peaks[which] = queue.get()
        child.join()

    stage_seconds: Counter = Counter()
    whosaid = Pipeline([Timed(stage, stage_seconds) for stage in default_stages()])
    natasha = NatashaPipeline()
    whosaid.run(sources[0])  # models load on first use: not part of the timing
    natasha(sources[0].text)
    stage_seconds.clear()
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
    report("speed", articles=len(sources), kb=round(kb, 1),
           whosaid_cpu_s=round(ours.cpu, 2), natasha_cpu_s=round(theirs.cpu, 2),
           cpu_ratio=round(ours.cpu / theirs.cpu, 3), wall_ratio=round(ours.wall / theirs.wall, 3),
           whosaid_cpu_kb_per_s=round(kb / ours.cpu, 1), natasha_cpu_kb_per_s=round(kb / theirs.cpu, 1),
           stage_share={name: round(s / ours.cpu, 3) for name, s in stage_seconds.items()},
           whosaid_entities=entities, natasha_names=names,
           whosaid_worker_peak_rss_mb=round(peaks["whosaid"], 1), natasha_worker_peak_rss_mb=round(peaks["natasha"], 1))


if __name__ == "__main__":
    main()
