"""WARC archives (`.warc`, `.warc.gz`): the HTML pages among their responses, streamed one at a time.

warcio reads the archive record by record, so memory holds one page, never the archive. Requests,
metadata, revisits, redirects and responses that are not HTML (images, scripts) are skipped; a
truncated or corrupt archive ends with an error after every page read before the damage.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator, Optional

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .decode import InputError
from .html import HTML_TYPES, MAX_PAGE_BYTES, content_type, html_source
from .source import Item


def _html_page(record) -> tuple[bool, Optional[str]]:
    """Whether a record is a successful HTML response, and the charset its HTTP header declares."""
    if record.rec_type != "response" or record.http_headers is None:
        return False, None
    if record.http_headers.get_statuscode() != "200":
        return False, None
    kind, charset = content_type(record.http_headers.get_header("Content-Type"))
    return kind in HTML_TYPES, charset


def read_warc(path: Path, _article_id: str = "", _options=None) -> Iterator[Item]:
    name = str(path)
    pages = 0
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                is_html, charset = _html_page(record)
                if not is_html:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                origin = f"{name}@{records.get_record_offset()}"
                data = record.content_stream().read(MAX_PAGE_BYTES + 1)
                pages += 1
                yield html_source(data, origin, uri or origin, url=uri, charset=charset)
    except OSError as error:
        if error.strerror:  # the file itself could not be opened or read
            yield InputError(name, error.strerror)
            return
        yield InputError(name, f"truncated or corrupt WARC after {pages} pages ({error})")
        return
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as error:
        yield InputError(name, f"truncated or corrupt WARC after {pages} pages ({error})")
        return
    if pages == 0:
        yield InputError(name, "no HTML pages in the archive")
