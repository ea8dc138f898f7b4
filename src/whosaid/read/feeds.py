"""RSS and Atom feeds: each entry an article, with the entry's title, date and link.

An entry's text is its full content where the feed carries it (Atom `content`, `content:encoded`,
the `yandex:full-text` that Russian agencies' feeds carry), else its summary. With `fetch_page`
given, the linked page is fetched and read instead; the entry's date, exact to the minute, is kept.
"""

from __future__ import annotations

import io
import xml.sax
from pathlib import Path
from typing import Callable, Iterator, Optional

from .decode import InputError
from .source import Item, Source, present, text_id

# Fetch and read the page at a URL as the article with the given id.
FetchPage = Callable[[str, str], Item]

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "table", "section", "article", "figure", "figcaption", "pre", "hr"}


def fragment_text(fragment: str) -> str:
    """The text of an entry's HTML, one block element a line."""
    if "<" not in fragment:
        return "\n".join(line.strip() for line in fragment.splitlines() if line.strip())
    import lxml.html  # here, not at import, as feedparser
    from lxml.etree import ParserError
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_body(entry) -> str:
    candidates = [c.get("value", "") for c in entry.get("content", [])]
    candidates += [entry.get("yandex_full-text", ""), entry.get("summary", "")]
    for candidate in candidates:
        text = fragment_text(candidate or "")
        if text:
            return text
    return ""


def entry_item(entry, origin: str, feed_title: Optional[str], fetch_page: Optional[FetchPage]) -> Item:
    """One feed entry as an article, or the InputError that says why it cannot be one."""
    title = " ".join((entry.get("title") or "").split())
    link = entry.get("link")
    meta = present(title=title, published=entry.get("published") or entry.get("updated"), url=link,
                   author=entry.get("author"), feed=feed_title)
    if fetch_page is not None:
        if not link:
            return InputError(origin, "entry has no link to fetch")
        page = fetch_page(link, entry.get("id") or link)
        if isinstance(page, Source):  # the page's title (its text holds it), the feed's date (exact)
            page.meta = {**meta, **page.meta, **present(published=meta.get("published"))}
        return page
    body = _entry_body(entry)
    if not body:
        return InputError(origin, "entry has no text (fetch its linked page with --fetch-links)")
    text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else body + "\n"
    return Source(text, entry.get("id") or link or text_id(text), origin, meta)


def feed_items(data: bytes, name: str, fetch_page: Optional[FetchPage] = None,
               content_type: Optional[str] = None) -> Iterator[Item]:
    """Every entry of a feed document (bytes: feedparser reads the XML's own encoding)."""
    import feedparser  # here, not at import: a run that reads no feed need not load it (20 ms)
    headers = {"content-type": content_type} if content_type else None
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except (ValueError, LookupError) as error:  # feedparser's, on bad bytes in the XML declaration
        yield InputError(name, f"not an RSS or Atom feed ({type(error).__name__}: {error})")
        return
    if not parsed.entries:
        if parsed.bozo and not parsed.version:
            yield InputError(name, f"not an RSS or Atom feed ({parsed.get('bozo_exception')})")
        else:
            yield InputError(name, "not an RSS or Atom feed, or a feed with no entries")
        return
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        yield entry_item(entry, f"{name}:{number}", feed_title, fetch_page)
    if parsed.bozo and isinstance(parsed.get("bozo_exception"), xml.sax.SAXException):
        yield InputError(name, f"malformed feed, entries after the damage are lost ({parsed.bozo_exception})")


def read_feed_file(path: Path, _article_id: str, options=None) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield InputError(str(path), error.strerror or str(error))
        return
    yield from feed_items(data, str(path), options.page_fetcher() if options else None)
