"""What every reader yields: a `Source` (one article's decoded text and metadata) or an `InputError`."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from typing import Any, Optional

from .decode import InputError


@dataclass
class Source:
    """One article's input before analysis: its decoded text and what came with it."""
    text: str
    id: str
    origin: str  # where it was read: a path, "-", "corpus.jsonl:17", a URL
    meta: dict[str, Any] = field(default_factory=dict)


Item = Source | InputError


def text_id(text: str) -> str:
    """A stable id for text that came without one."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def present(**values: Any) -> dict[str, Any]:
    """The metadata that is there: None and empty strings left out."""
    return {k: v for k, v in values.items() if v not in (None, "")}


def text_source(text: str, origin: str, id: Optional[str] = None, **meta: Any) -> Source:
    """An article's text as a source; `origin` says how it came (`api`, `pasted`, an uploaded file)."""
    return Source(text, id or text_id(text), origin, present(**meta))


def report(error: InputError) -> None:
    """A bad input, in one line on standard error; the caller goes on with the rest."""
    print(f"whosaid: skipped {error}", file=sys.stderr)
