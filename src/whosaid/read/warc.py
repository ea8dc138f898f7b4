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


class _Archive(ArchiveIterator):
    """warcio's record iterator, noting whether the last gzip member was whole: at a truncated one
    warcio stops as if the archive had ended."""
    gzip_cut = False

    def close(self):
        decompressor = self.reader.decompressor if self.reader is not None else None
        self.gzip_cut = decompressor is not None and not decompressor.eof
        super().close()


def _cut_short(record) -> bool:
    """Whether the file ended before the record's declared length: warcio returns what there is."""
    return getattr(record.raw_stream, "limit", 0) > 0


def read_warc(path: Path, _article_id: str = "", _options=None) -> Iterator[Item]:
    name = str(path)
    pages = 0
    damage = None
    try:
        with path.open("rb") as stream:
            records = _Archive(stream)
            record = None
            for record in records:
                is_html, charset = _html_page(record)
                if not is_html:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                data = record.content_stream().read(MAX_PAGE_BYTES + 1)
                if len(data) <= MAX_PAGE_BYTES and _cut_short(record):
                    break  # a page cut by the damage: not an article
                origin = f"{name}@{records.get_record_offset()}"  # after reading: it skips to the end
                pages += 1
                yield html_source(data, origin, uri or origin, url=uri, charset=charset)
            if records.gzip_cut or (record is not None and _cut_short(record)):
                damage = "the file ends inside a record"
    except OSError as error:
        if error.strerror:  # the file itself could not be opened or read
            yield InputError(name, error.strerror)
            return
        damage = str(error)
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as error:
        damage = str(error)
    if damage:
        yield InputError(name, f"truncated or corrupt WARC after {pages} pages ({damage})")
    elif pages == 0:
        yield InputError(name, "no HTML pages in the archive")
