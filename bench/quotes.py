"""What the statements stage costs: the whole pipeline's throughput with it, the stage's own time
and its share of the whole, on the corpus's articles.

    python bench/quotes.py [--limit N]
"""

from __future__ import annotations

import argparse
import time

from common import load_corpus, peak_rss_mb, report

from whosaid import quotes
from whosaid.pipeline import Pipeline, default_stages
from whosaid.read import Source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=500, help="the first N articles (default 500)")
    args = parser.parse_args()
    sources = [Source(r["text"], r["id"], "corpus") for r in load_corpus(args.limit)]
    before_quotes = Pipeline([s for s in default_stages() if s is not quotes.annotate])
    before_quotes.run(sources[0])  # load the models before the clock starts

    started = time.perf_counter()
    articles = [before_quotes.run(source) for source in sources]
    upstream = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(len(quotes.annotate(article).quotes) for article in articles)
    stage = time.perf_counter() - started

    total = upstream + stage
    chars = sum(len(s.text) for s in sources)
    report("quotes", articles=len(sources), statements=found,
           pipeline_kb_per_s=round(chars / total / 1e3, 1), without_quotes_kb_per_s=round(chars / upstream / 1e3, 1),
           quotes_ms_per_article=round(stage / len(sources) * 1e3, 2), quotes_share=round(stage / total, 3),
           peak_rss_mb=round(peak_rss_mb(), 1))


if __name__ == "__main__":
    main()
