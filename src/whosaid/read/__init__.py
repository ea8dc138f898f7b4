"""Inputs to articles: each reader turns one path into `Source` items, or `InputError`s for the bad ones.

Readers yield errors instead of raising them, so a batch goes on past a bad item and loses nothing
that was good.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from .decode import InputError, decode

__all__ = ["Source", "InputError", "decode", "read_inputs", "text_id"]

# Metadata keys a JSONL record may carry besides `id` and `text`.
META_KEYS = ("title", "published", "url", "source")


@dataclass
class Source:
    """One article's input before analysis: its decoded text and what came with it."""
    text: str
    id: str
    origin: str  # where it was read: a path, "-", "corpus.jsonl:17", a URL
    meta: dict[str, Any] = field(default_factory=dict)


Item = Source | InputError
Reader = Callable[[Path, str], Iterator[Item]]


def text_id(text: str) -> str:
    """A stable id for text that came without one."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_text_file(path: Path, article_id: str) -> Iterator[Item]:
    try:
        data = path.read_bytes()
        yield Source(decode(data, str(path)), article_id, str(path))
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(str(path), error.strerror or str(error))


def read_jsonl(path: Path, _article_id: str = "") -> Iterator[Item]:
    """One article per line: {"id", "text"} plus optional title, published, url, source."""
    name = str(path)
    try:
        handle = gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")
    except OSError as error:
        yield InputError(name, error.strerror or str(error))
        return
    with handle:
        yield from _jsonl_lines(handle, name)


def _jsonl_lines(handle, name: str) -> Iterator[Item]:
    lineno = 0
    try:
        for lineno, raw in enumerate(handle, 1):
            if raw.strip():
                yield _jsonl_record(raw, f"{name}:{lineno}")
    except (EOFError, OSError, zlib.error) as error:
        yield InputError(f"{name}:{lineno + 1}", f"truncated or corrupt file ({error})")


def _jsonl_record(raw: bytes, where: str) -> Item:
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return InputError(where, "line is not UTF-8")
    except json.JSONDecodeError as error:
        return InputError(where, f"malformed JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return InputError(where, "a JSONL line must be an object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(where, "no 'text' field with article text")
    article_id = record.get("id")
    article_id = str(article_id) if article_id not in (None, "") else text_id(text)
    meta = {k: v for k, v in record.items() if k not in ("id", "text") and v not in (None, "")}
    return Source(text, article_id, where, meta)


def read_stdin(input_format: str) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    if input_format == "jsonl":
        yield from _jsonl_lines(iter(data.splitlines(keepends=True)), "-")
        return
    try:
        text = decode(data, "-")
    except InputError as error:
        yield error
        return
    yield Source(text, text_id(text), "-")


# Readers by file suffix (lower case, compound suffixes first); `input_format` overrides.
READERS: dict[str, Reader] = {
    ".jsonl.gz": read_jsonl,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".txt": read_text_file,
}
FORMATS: dict[str, Reader] = {"text": read_text_file, "jsonl": read_jsonl}


def _reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix, reader in READERS.items():
        if name.endswith(suffix):
            return reader
    return None


def read_inputs(paths: list[str], input_format: str = "auto") -> Iterator[Item]:
    """Every article in `paths` (files, directories searched recursively, "-" for stdin)."""
    for raw in paths:
        if raw == "-":
            yield from read_stdin(input_format)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_directory(path, input_format)
        elif path.exists():
            reader = FORMATS.get(input_format) or _reader_for(path) or read_text_file
            yield from reader(path, path.stem)
        else:
            yield InputError(raw, "no such file or directory")


def _read_directory(root: Path, input_format: str) -> Iterator[Item]:
    found = False
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        reader = FORMATS.get(input_format) if input_format != "auto" else _reader_for(path)
        if reader is None or any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        found = True
        yield from reader(path, str(path.relative_to(root).with_suffix("")))
    if not found:
        suffixes = ", ".join("*" + s for s in READERS)
        yield InputError(str(root), f"no articles found (looked for {suffixes})")
