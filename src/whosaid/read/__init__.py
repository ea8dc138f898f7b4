"""Inputs to articles: each reader turns one path or URL into `Source` items, or `InputError`s for
the bad ones.

Readers yield errors instead of raising them, so a batch goes on past a bad item and loses nothing
that was good. Page text and JSONL are read here; HTML pages, feeds, WARC archives and URLs in
their own modules.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Optional

from ..numbers import positive
from .decode import InputError, decode
from .feeds import FetchPage, feed_items, read_feed_file
from .html import MAX_PAGE_BYTES, html_source, read_html_file
from .source import (Item, Source, byte_cap, given_text, over_cap, oversized, read_capped, report, text_id,
                     text_source)
from .urls import Fetcher, FetchPolicy, is_url, page_fetcher, read_url, read_url_list

__all__ = ["Source", "InputError", "ReadOptions", "DEFAULT_MAX_CHARS", "decode", "given_text", "oversized",
           "read_inputs", "text_id", "text_source", "report", "add_input_arguments", "add_max_chars_argument",
           "options_from_args"]

# Articles longer than this many characters are skipped (`--max-chars`): a news article is rarely a
# tenth of it, and analysis time and memory grow with the text.
DEFAULT_MAX_CHARS = 1_000_000
_SKIP_CHUNK = 65536  # bytes read at a time of a JSONL line passed over


@dataclass
class ReadOptions:
    """How to read inputs: the size cap, and what fetching URLs and feeds' linked pages needs."""
    max_chars: int = DEFAULT_MAX_CHARS  # longer articles are InputErrors, read no further than needed to tell
    fetch_links: bool = False  # a feed entry's article is its linked page, fetched
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    _fetcher: Optional[Fetcher] = field(default=None, repr=False)

    def fetcher(self) -> Fetcher:
        """One fetcher for the whole run, so that robots.txt and the per-host delay hold across inputs."""
        if self._fetcher is None:
            self._fetcher = Fetcher(self.policy)
        return self._fetcher

    def page_fetcher(self) -> Optional[FetchPage]:
        return page_fetcher(self.fetcher()) if self.fetch_links else None


Reader = Callable[[Path, str, ReadOptions], Iterator[Item]]


def read_warc(path: Path, article_id: str, options: ReadOptions) -> Iterator[Item]:
    """A WARC archive's pages (`warc.read_warc`), warcio loaded only for a run that reads one (20 ms)."""
    from .warc import read_warc as read
    return read(path, article_id, options)


def read_text_file(path: Path, article_id: str, options: ReadOptions) -> Iterator[Item]:
    try:
        with path.open("rb") as stream:
            data = read_capped(stream, str(path), options.max_chars)
        yield Source(decode(data, str(path)), article_id, str(path))
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(str(path), error.strerror or str(error))


def read_jsonl(path: Path, _article_id: str, options: ReadOptions) -> Iterator[Item]:
    """One article per line: {"id", "text"} plus optional title, published, url, source."""
    name = str(path)
    try:
        handle = gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")
    except OSError as error:
        yield InputError(name, error.strerror or str(error))
        return
    with handle:
        yield from _jsonl_lines(handle, name, options.max_chars)


def _jsonl_lines(stream: BinaryIO | gzip.GzipFile, name: str, max_chars: int) -> Iterator[Item]:
    """Lines read no longer than `byte_cap`: a longer line is an error, and passed over unread."""
    limit = byte_cap(max_chars)
    lineno = 0
    try:
        while raw := stream.readline(limit + 1):
            lineno += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                yield over_cap(f"{name}:{lineno}", f"more than {limit:,} bytes", max_chars)
                _skip_line(stream)
            elif raw.strip():
                yield _jsonl_record(raw, f"{name}:{lineno}")
    except (EOFError, OSError, zlib.error) as error:
        yield InputError(f"{name}:{lineno + 1}", f"truncated or corrupt file ({error})")


def _skip_line(stream: BinaryIO | gzip.GzipFile) -> None:
    while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
        pass


def _jsonl_record(raw: bytes, where: str) -> Item:
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return InputError(where, "line is not UTF-8")
    except json.JSONDecodeError as error:  # some messages end in "at": "Invalid control character at"
        return InputError(where, f"malformed JSON ({error.msg.removesuffix(' at')} at column {error.colno})")
    except RecursionError:
        return InputError(where, "malformed JSON (nested too deeply)")
    if not isinstance(record, dict):
        return InputError(where, "a JSONL line must be an object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(where, "no 'text' field with article text")
    article_id = record.get("id")
    article_id = str(article_id) if article_id not in (None, "") else text_id(text)
    meta = {k: v for k, v in record.items() if k not in ("id", "text") and v not in (None, "")}
    return Source(text, article_id, where, meta)


def read_stdin(input_format: str, options: ReadOptions) -> Iterator[Item]:
    stream = sys.stdin.buffer
    if input_format == "jsonl":
        yield from _jsonl_lines(stream, "-", options.max_chars)
        return
    if input_format == "html":
        data = stream.read(MAX_PAGE_BYTES + 1)  # a larger page is refused unread
        yield html_source(data, "-", text_id(data.decode("utf-8", "replace")))
        return
    if input_format == "feed":
        yield from feed_items(stream.read(), "-", options.page_fetcher())
        return
    try:
        text = decode(read_capped(stream, "-", options.max_chars), "-")
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
    ".html.gz": read_html_file,
    ".htm.gz": read_html_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xhtml": read_html_file,
    ".warc.gz": read_warc,
    ".warc": read_warc,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
    ".xml": read_feed_file,
    ".urls": read_url_list,
}
FORMATS: dict[str, Reader] = {"text": read_text_file, "jsonl": read_jsonl, "html": read_html_file,
                              "feed": read_feed_file, "warc": read_warc, "urls": read_url_list}
# Readers of page text as people copy it, which is cheap to read twice (to learn a site's repeated
# lines); the others extract the main text from pages, which leaves out the site's furniture anyway.
PAGE_TEXT_READERS = (read_text_file, read_jsonl)


def _matching_suffix(path: Path) -> Optional[str]:
    name = path.name.lower()
    return next((suffix for suffix in READERS if name.endswith(suffix)), None)


def _reader_for(path: Path) -> Reader | None:
    suffix = _matching_suffix(path)
    return READERS[suffix] if suffix else None


def _stem(path: Path) -> str:
    """A file's name without its reader's suffix: `page.html.gz` -> `page`."""
    suffix = _matching_suffix(path)
    return path.name[:-len(suffix)] if suffix and len(path.name) > len(suffix) else path.stem


def read_inputs(paths: list[str], input_format: str = "auto", options: Optional[ReadOptions] = None,
                page_text_only: bool = False) -> Iterator[Item]:
    """Every article in `paths`: files, directories searched recursively, "-" for stdin, http(s)
    URLs; an article over `options.max_chars` as an InputError. `page_text_only` reads only the
    page-text inputs, quietly skipping the rest."""
    options = options or ReadOptions()
    for item in _read_paths(paths, input_format, options, page_text_only):
        if isinstance(item, Source):
            item = oversized(item.text, item.origin, options.max_chars) or item
        yield item


def _read_paths(paths: list[str], input_format: str, options: ReadOptions, page_text_only: bool) -> Iterator[Item]:
    for raw in paths:
        if raw == "-":
            yield from read_stdin(input_format, options)
        elif is_url(raw):
            if not page_text_only:
                yield from read_url(raw, options.fetcher(), options.page_fetcher())
        else:
            path = Path(raw)
            if path.is_dir():
                yield from _read_directory(path, input_format, options, page_text_only)
            elif path.exists():
                reader = FORMATS.get(input_format) or _reader_for(path) or read_text_file
                if reader in PAGE_TEXT_READERS or not page_text_only:
                    yield from reader(path, _stem(path), options)
            else:
                yield InputError(raw, "no such file or directory")


def _read_directory(root: Path, input_format: str, options: ReadOptions,
                    page_text_only: bool) -> Iterator[Item]:
    found = False
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        reader = FORMATS.get(input_format) if input_format != "auto" else _reader_for(path)
        if reader is None or any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        found = True
        if reader in PAGE_TEXT_READERS or not page_text_only:
            yield from reader(path, str(path.relative_to(root).with_name(_stem(path))), options)
    if not found:
        suffixes = ", ".join("*" + s for s in READERS)
        yield InputError(str(root), f"no articles found (looked for {suffixes})")


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of every command that reads inputs (`extract`, `ingest`)."""
    parser.add_argument("--input-format", choices=["auto", *FORMATS], default="auto",
                        help="how to read the inputs (default: by file name; URLs by Content-Type)")
    add_max_chars_argument(parser)
    fetching = parser.add_argument_group("fetching URLs")
    policy = FetchPolicy()
    fetching.add_argument("--fetch-links", action="store_true",
                          help="read a feed entry's linked page instead of the feed's text")
    fetching.add_argument("--timeout", type=float, default=policy.timeout, metavar="SECONDS",
                          help=f"give up on a response after this long (default: {policy.timeout:g})")
    fetching.add_argument("--host-delay", type=float, default=policy.host_delay, metavar="SECONDS",
                          help=f"wait between two requests to one host (default: {policy.host_delay:g})")
    fetching.add_argument("--retries", type=int, default=policy.retries,
                          help=f"tries more after a timeout or a server error (default: {policy.retries})")
    fetching.add_argument("--max-bytes", type=int, default=policy.max_bytes,
                          help=f"largest response read (default: {policy.max_bytes:,})")


def add_max_chars_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-chars", type=positive, default=DEFAULT_MAX_CHARS, metavar="N",
                        help=f"skip an article longer than this many characters (default: {DEFAULT_MAX_CHARS:,})")


def options_from_args(args: argparse.Namespace) -> ReadOptions:
    policy = FetchPolicy(timeout=args.timeout, host_delay=args.host_delay, retries=args.retries,
                         max_bytes=args.max_bytes)
    return ReadOptions(max_chars=args.max_chars, fetch_links=args.fetch_links, policy=policy)
