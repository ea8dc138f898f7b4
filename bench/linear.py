"""Whether extraction time grows linearly with the article's size (issue 17): corpus articles joined
into texts of 100 KB, 1 MB and 5 MB (1 KB = 1,000 characters of text), each run through the whole
pipeline as one article, timed in CPU seconds. The time per KB of the slowest size must stay within
--bar times that of the fastest (default 1.5); the exit status is 1 when it does not.

    python bench/linear.py [--sizes 100 1000 5000] [--bar 1.5]

The 5 MB text takes a few minutes. The corpus is read from ../shared (or $WHOSAID_SHARED); without
it the benchmark says so and is skipped.
"""

from __future__ import annotations

import argparse
import sys
import time

from common import CORPUS, load_corpus, peak_rss_mb, report

from whosaid.pipeline import Pipeline
from whosaid.read import text_source


def joined_text(records: list[dict], chars: int) -> str:
    """Articles in corpus order, a blank line between them, cut to `chars` characters."""
    parts, size = [], 0
    for record in records:
        if size >= chars:
            break
        parts.append(record["text"])
        size += len(record["text"]) + 2
    if size < chars:
        sys.exit(f"bench: the corpus holds {size:,} characters, fewer than the {chars:,} asked for")
    return "\n\n".join(parts)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000],
                        help="text sizes in KB of 1,000 characters (default 100 1000 5000)")
    parser.add_argument("--bar", type=float, default=1.5,
                        help="the largest allowed ratio of the slowest to the fastest time per KB (default 1.5)")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"bench/linear.py: skipped: {CORPUS} is not here; set WHOSAID_SHARED to the folder holding "
              "corpora/", file=sys.stderr)
        return
    records = load_corpus()
    pipeline = Pipeline()
    pipeline.run(text_source(records[0]["text"], "warm-up"))  # models load on first use: not timed

    print(f"{'size':>8} {'characters':>11} {'CPU s':>8} {'µs/KB':>9} {'statements':>11} {'events':>7}", flush=True)
    per_kb = {}
    for size in args.sizes:
        text = joined_text(records, size * 1000)
        started = time.process_time()
        article = pipeline.run(text_source(text, f"linear-{size}"))
        seconds = time.process_time() - started
        per_kb[size] = seconds / size * 1e6
        print(f"{size:>6}KB {len(text):>11,} {seconds:>8.1f} {per_kb[size]:>9,.0f} {len(article.quotes):>11,} "
              f"{len(article.events):>7,}", flush=True)
    ratio = max(per_kb.values()) / min(per_kb.values())
    print(f"time per KB, slowest / fastest: {ratio:.2f} (bar {args.bar})")
    report("linear", us_per_kb={str(size): round(v) for size, v in per_kb.items()}, ratio=round(ratio, 3),
           bar=args.bar, peak_rss_mb=round(peak_rss_mb(), 1))
    if ratio > args.bar:
        sys.exit(f"bench: time per KB varies {ratio:.2f}x across sizes, over the bar of {args.bar}x")


if __name__ == "__main__":
    main()
