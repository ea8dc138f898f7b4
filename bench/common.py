"""What every benchmark needs: the corpus, a clock, and peak memory."""

from __future__ import annotations

import gzip
import json
import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WHOSAID_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "rucoco-news.jsonl.gz"


def load_corpus(limit: int | None = None) -> list[dict]:
    if not CORPUS.exists():
        sys.exit(f"bench: {CORPUS} is not here; set WHOSAID_SHARED to the folder holding corpora/")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return records[:limit] if limit else records


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(name: str, **figures) -> None:
    print(json.dumps({"bench": name, **figures}, ensure_ascii=False))
