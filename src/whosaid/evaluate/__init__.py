"""Scoring whosaid against gold sets: one module per gold format, each registering a `whosaid eval` metric."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterable, Optional


def read_gold(path: str, load: Callable[[Path], Iterable[dict]]) -> Optional[list[dict]]:
    """Every document of a gold file, or None once one line naming the file and the reason is printed."""
    try:
        return list(load(Path(path)))
    except (OSError, ValueError) as error:
        print(f"whosaid: cannot read the gold set {path}: {getattr(error, 'strerror', None) or error}",
              file=sys.stderr)
        return None


def f1_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
