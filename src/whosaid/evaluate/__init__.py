"""Scoring whosaid against gold sets: one module per gold format, each registering a `whosaid eval` metric."""

from __future__ import annotations

import gzip
import json
import sys
from dataclasses import fields
from pathlib import Path
from typing import Callable, Iterator, Optional


def load(path: Path) -> Iterator[dict]:
    """The documents of a JSONL gold file, gzipped or not; a bad line is a ValueError naming it."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError(f"{path}:{number}: a gold record needs a \"text\" string")
            yield record


def read_gold(path: str) -> Optional[list[dict]]:
    """Every document of a gold file, or None once one line naming the file and the reason is printed."""
    try:
        return list(load(Path(path)))
    except (OSError, ValueError) as error:
        print(f"whosaid: cannot read the gold set {path}: {getattr(error, 'strerror', None) or error}",
              file=sys.stderr)
        return None


def f1_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def share(part: float, whole: float) -> Optional[float]:
    """part / whole to three places, or None when there is nothing to divide by (no gold of a type)."""
    return round(part / whole, 3) if whole else None


def rounded_f1(precision: Optional[float], recall: Optional[float]) -> Optional[float]:
    """The F1 of two shares, to three places; None when either is undefined."""
    return round(f1_score(precision, recall), 3) if precision is not None and recall is not None else None


def run_corpus_metric(args, score: Callable[[list[dict], Callable], dict], render: Callable[[dict], str]) -> int:
    """`whosaid eval NAME FILE [--limit N] [--json]`: score the pipeline on the file's documents."""
    from ..pipeline import extract
    docs = read_gold(args.file)
    if docs is None:
        return 2
    result = score(docs[:args.limit] if args.limit else docs, extract)
    print(json.dumps(result, ensure_ascii=False) if args.json else render(result))
    return 0


def corpus_parser(metrics, name: str, help: str, file_help: str):
    """A metric's parser with the arguments every corpus metric takes: the file, --limit, --json."""
    parser = metrics.add_parser(name, help=help)
    parser.add_argument("file", help=file_help)
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    return parser


class Tally:
    """Counts that add up field by field, over documents and types (a dataclass's mixin)."""

    def add(self, other: "Tally") -> None:
        for field in fields(self):  # type: ignore[arg-type]
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))
