"""Main-text extraction on the shared Russian pages against their gold `articleBody`: whosaid's HTML
reader and trafilatura's own `extract()` with default settings, scored the same way.

    python bench/html_main_text.py

Scoring as in scrapinghub/article-extraction-benchmark: text split into `\\w+` tokens, shingles of 4
tokens counted as a multiset; precision, recall and F1 of the shingles, summed over the pages. Also
bag-of-words (shingles of 1). whosaid is scored twice: the record's `text` (the extracted page:
title and main text) and its body (lead and paragraphs: the layout's boilerplate and the title,
which the gold body leaves out, removed).
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter

import trafilatura
from common import SHARED, report

from whosaid.pipeline import Pipeline
from whosaid.read.html import html_source


def shingles(text: str, n: int) -> Counter:
    tokens = re.findall(r"\w+", text)
    return Counter(tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1)))


def score(pairs: list[tuple[str, str]], n: int) -> dict:
    tp = fp = fn = 0
    for gold, found in pairs:
        want, got = shingles(gold, n), shingles(found, n)
        tp += sum((want & got).values())
        fp += sum((got - want).values())
        fn += sum((want - got).values())
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def main() -> None:
    folder = SHARED / "html"
    gold = json.loads((folder / "ground-truth-ru.json").read_text(encoding="utf-8"))
    pipeline = Pipeline()
    runs: dict[str, list[tuple[str, str]]] = {"trafilatura_extract": [], "whosaid_text": [], "whosaid_body": []}
    seconds = {"trafilatura_extract": 0.0, "whosaid": 0.0}
    for path in sorted(folder.glob("*.html.gz")):
        body = gold[path.name.removesuffix(".html.gz")]["articleBody"]
        data = gzip.decompress(path.read_bytes())
        started = time.perf_counter()
        runs["trafilatura_extract"].append((body, trafilatura.extract(data.decode("utf-8")) or ""))
        seconds["trafilatura_extract"] += time.perf_counter() - started
        started = time.perf_counter()
        article = pipeline.run(html_source(data, str(path), path.name))
        seconds["whosaid"] += time.perf_counter() - started
        runs["whosaid_text"].append((body, article.text))
        content = [s for s in article.content_spans() if s is not article.title]
        runs["whosaid_body"].append((body, "\n".join(s.text for s in content)))
    report("html-main-text", pages=len(runs["whosaid_text"]),
           **{name: {"shingles4": score(pairs, 4), "words": score(pairs, 1)} for name, pairs in runs.items()},
           seconds={k: round(v, 2) for k, v in seconds.items()})


if __name__ == "__main__":
    main()
