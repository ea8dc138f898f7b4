"""What the events stage costs: its time per article against the stages before it (layout, dates,
natasha's analysis, entities) on the same articles, and the events it finds.

    python bench/events.py [--limit N]
"""

from __future__ import annotations

import argparse
import time

from common import load_corpus, peak_rss_mb, report

from whosaid import events, nlp
from whosaid.pipeline import default_stages, new_article
from whosaid.read import Source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=500, help="the first N articles (default 500)")
    args = parser.parse_args()
    records = load_corpus(args.limit)
    before = [stage for stage in default_stages() if stage is not events.annotate]
    nlp.models()  # loaded once, outside the clock
    before_s = events_s = 0.0
    found = mentions = 0
    for record in records:
        article = new_article(Source(record["text"], str(record["id"]), "corpus"))
        started = time.perf_counter()
        for stage in before:
            stage(article)
        middle = time.perf_counter()
        events.annotate(article)
        events_s += time.perf_counter() - middle
        before_s += middle - started
        found += len(article.events)
        mentions += sum(len(e.mentions) for e in article.events)
    report("events", articles=len(records), stages_before_s=round(before_s, 2), events_s=round(events_s, 2),
           events_ms_per_article=round(1000 * events_s / len(records), 2),
           events_share_of_pipeline=round(events_s / (before_s + events_s), 4),
           events=found, mentions=mentions, peak_rss_mb=round(peak_rss_mb(), 1))


if __name__ == "__main__":
    main()
