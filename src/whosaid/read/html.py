"""HTML pages: the article's main text and metadata, found by trafilatura.

The record's text is what trafilatura extracts from the page (the HTML itself is not kept): the
page's title first, so that the layout stage marks it as the title, then the main text, one block a
line. The metadata are the title, publication date, author, site name, canonical URL and language;
the URL the page came from (or else its canonical URL) is the record's `url`.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from pathlib import Path
from typing import Iterator, Optional

from ..layout import line_kind
from .decode import InputError, decode
from .source import Item, Source, present

# Pages larger than this are not articles (or not worth parsing): a cap against runaway memory.
MAX_PAGE_BYTES = 10_000_000

HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)""", re.I)


def codec_name(charset: Optional[str]) -> Optional[str]:
    """Python's name for a declared charset (`windows-1251` -> `cp1251`), or None if unknown."""
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip("\"'")).name
    except LookupError:
        return None


def content_type(value: Optional[str]) -> tuple[str, Optional[str]]:
    """`text/html; charset=windows-1251` -> ("text/html", "windows-1251")."""
    kind, _, params = (value or "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def declared_charset(data: bytes) -> Optional[str]:
    """The charset a page declares in a `<meta charset>` or `http-equiv` tag near its start."""
    found = _META_CHARSET.search(data[:16384])
    return codec_name(found.group(1).decode("ascii", "replace")) if found else None


def decode_html(data: bytes, name: str, charset: Optional[str] = None) -> str:
    """A page's bytes as text: UTF-8 when they are valid UTF-8 (declarations are often stale), else
    the charset that the HTTP header or the page declares, else Windows-1251."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        for declared in (codec_name(charset), declared_charset(data)):
            if declared and declared != "utf-8":
                try:
                    return data.decode(declared)
                except UnicodeDecodeError:
                    continue
    return decode(data, name)


def page_source(html: str, name: str, article_id: str, url: Optional[str] = None) -> Source:
    """The article of a decoded page, or InputError when the page holds no article text."""
    import trafilatura  # here, not at import: a run that reads no page need not load it (70 ms)
    from trafilatura.settings import Document
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as error:  # a parser failure on one page must not stop the batch
        raise InputError(name, f"HTML could not be parsed ({type(error).__name__}: {error})") from None
    body = (doc.text or "").strip() if isinstance(doc, Document) else ""  # None when nothing was extracted
    # no text, or only the site's chrome
    if not isinstance(doc, Document) or all(line_kind(line.strip()) for line in body.splitlines() if line.strip()):
        raise InputError(name, "no article text found in the HTML page")
    title = " ".join((doc.title or "").split())
    text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else body + "\n"
    lang = _HTML_LANG.search(html[:20000])
    canonical = doc.url if url and doc.url and doc.url != url else None
    meta = present(title=title, published=doc.date, author=doc.author, site=doc.sitename,
                   url=url or doc.url, canonical_url=canonical, language=lang.group(1) if lang else None)
    return Source(text, article_id, name, meta)


def html_source(data: bytes, name: str, article_id: str, url: Optional[str] = None,
                charset: Optional[str] = None) -> Item:
    """A page's bytes to its article, or the InputError that says why there is none."""
    if len(data) > MAX_PAGE_BYTES:
        return InputError(name, f"page larger than {MAX_PAGE_BYTES:,} bytes")
    try:
        return page_source(decode_html(data, name, charset), name, article_id, url)
    except InputError as error:
        return error


def read_html_file(path: Path, article_id: str, _options=None) -> Iterator[Item]:
    """A saved page, `.html` or gzipped `.html.gz`, read (and decompressed) no further than the
    page cap: a small `.html.gz` can decompress to gigabytes."""
    name = str(path)
    try:
        with gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb") as stream:
            data = stream.read(MAX_PAGE_BYTES + 1)  # one byte more tells a page over the cap
    except OSError as error:
        yield InputError(name, error.strerror or f"truncated or corrupt gzip ({error})")
        return
    except (EOFError, zlib.error) as error:
        yield InputError(name, f"truncated or corrupt gzip ({error})")
        return
    yield html_source(data, name, article_id)
