"""WARC archives (`.warc`, `.warc.gz`): the HTML pages among their responses, streamed one at a time.

warcio reads the archive record by record, so memory holds one page, never the archive. Requests,
metadata, revisits, redirects and responses that are not HTML (images, scripts) are skipped; a
truncated or corrupt archive ends with an error after every page read before the damage. A page is
read no further than the page cap, a record's headers no further than MAX_HEADER_BYTES, so that a
hostile archive (a small `.warc.gz` that decompresses to gigabytes) takes bounded memory.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator, Optional

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from .decode import InputError
from .html import HTML_TYPES, MAX_PAGE_BYTES, content_type, html_source
from .source import Item

# warcio reads a record's headers line by line, each line whole: more than this is not a real record.
MAX_HEADER_BYTES = 1 << 18
# warcio decompresses a block read at once, whole; zlib's ratio reaches 1000:1, so a 4 KB block can
# hold 4 MB (warcio's own 16 KB, 16 MB).
_BLOCK_BYTES = 4096
# What warcio raises on bad bytes: its own errors and the decompressor's, which say what is wrong;
# and Python's own where it parses a header that is not there (a record cut inside its header has no
# URI: AttributeError), which do not.
_BAD_BYTES = (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, zlib.error, ValueError)
_BAD_HEADER = (AttributeError, TypeError, KeyError, IndexError)
_MESSAGE_CHARS = 80


def _html_page(record) -> tuple[bool, Optional[str]]:
    """Whether a record is a successful HTML response, and the charset its HTTP header declares."""
    if record.rec_type != "response" or record.http_headers is None:
        return False, None
    if record.http_headers.get_statuscode() != "200":
        return False, None
    kind, charset = content_type(record.http_headers.get_header("Content-Type"))
    return kind in HTML_TYPES, charset


class _HeaderCappedReader(DecompressingBufferedReader):
    """warcio's reader, refusing more than MAX_HEADER_BYTES of lines since the record began, and
    raising a gzip member's damage where warcio writes it to stderr and reads on as if it had ended."""
    header_bytes = 0

    def _decompress(self, data):
        if self.decompressor and data and self.num_block_read:  # a member partly decompressed
            return self.decompressor.decompress(data)
        return super()._decompress(data)  # its first block: warcio tells gzip from plain WARC

    def readline(self, length=None):
        left = MAX_HEADER_BYTES - self.header_bytes + 1
        line = super().readline(left if length is None else min(length, left))
        self.header_bytes += len(line)
        if self.header_bytes > MAX_HEADER_BYTES:
            raise ArchiveLoadFailed(f"a record with more than {MAX_HEADER_BYTES:,} bytes of headers")
        return line


class _Archive(ArchiveIterator):
    """warcio's record iterator, with headers capped, noting whether the last gzip member was whole
    (at a truncated one warcio stops as if the archive had ended)."""
    gzip_cut = False
    # warcio writes this warning to stderr, over several lines, for a record whose length is wrong:
    # it is counted in `err_count` all the same, and reported once, as an InputError.
    INC_RECORD = ""

    def __init__(self, stream):
        super().__init__(stream)
        self.reader = _HeaderCappedReader(self.fh, block_size=_BLOCK_BYTES)

    def __iter__(self):
        return self

    def __next__(self):
        if self.reader is not None:
            self.reader.header_bytes = 0  # a new record
        return super().__next__()

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
            elif records.err_count:
                damage = f"{records.err_count} records not of the length they declare"
    except OSError as error:
        if error.strerror:  # the file itself could not be opened or read
            yield InputError(name, error.strerror)
            return
        damage = str(error)
    except _BAD_BYTES as error:  # warcio's messages quote the bad line: the start is enough
        damage = str(error)[:_MESSAGE_CHARS] or type(error).__name__
    except _BAD_HEADER:
        damage = "a record header cut short or malformed"
    if damage:
        yield InputError(name, f"truncated or corrupt WARC after {pages} pages ({damage})")
    elif pages == 0:
        yield InputError(name, "no HTML pages in the archive")
