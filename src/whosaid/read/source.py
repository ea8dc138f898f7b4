"""What every reader yields: a `Source` (one article's decoded text and metadata) or an `InputError`;
and the cap on an article's size, which readers keep to while they read."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Optional

from .decode import InputError

# The most bytes a character takes in what is read: 4 in UTF-8 and UTF-32, 6 as a JSON `\uXXXX`
# escape. Input past `byte_cap` bytes is over the character cap whatever it holds, so reading stops there.
_BYTES_PER_CHAR = 6
_ROOM_BYTES = 65536  # a BOM, a JSONL line's metadata


@dataclass
class Source:
    """One article's input before analysis: its decoded text and what came with it."""
    text: str
    id: str
    origin: str  # where it was read: a path, "-", "corpus.jsonl:17", a URL
    meta: dict[str, Any] = field(default_factory=dict)


Item = Source | InputError


def given_text(text: object) -> str:
    """Text handed to the Python API as it is, or InputError saying why it is no article's text: not a
    `str` (bytes are for the readers to decode), or a `str` holding a lone surrogate, which no
    encoding can write (what a wrong `surrogateescape` decoding leaves)."""
    if not isinstance(text, str):
        hint = ": decode it first, or read it with whosaid.read" if isinstance(text, (bytes, bytearray)) else ""
        raise InputError("text", f"not a str but {type(text).__name__}{hint}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError("text", f"a lone surrogate U+{ord(text[error.start]):04X} at character {error.start}: "
                                 "not Unicode text") from None
    return text


def text_id(text: str) -> str:
    """A stable id for text that came without one."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def present(**values: Any) -> dict[str, Any]:
    """The metadata that is there: None and empty strings left out."""
    return {k: v for k, v in values.items() if v not in (None, "")}


def text_source(text: str, origin: str, id: Optional[str] = None, **meta: Any) -> Source:
    """An article's text as a source; `origin` says how it came (`api`, `pasted`, an uploaded file)."""
    return Source(text, id or text_id(text), origin, present(**meta))


def byte_cap(max_chars: int) -> int:
    """The most bytes an input of `max_chars` characters can take, a JSONL line's metadata included."""
    return _BYTES_PER_CHAR * max_chars + _ROOM_BYTES


def oversized(text: str, name: str, max_chars: int) -> Optional[InputError]:
    """The InputError for an article longer than `max_chars` characters, or None when it is not.
    Analysis costs more the longer the text: the cap bounds what one article can take."""
    return over_cap(name, f"{len(text):,} characters", max_chars) if len(text) > max_chars else None


def read_capped(stream: BinaryIO, name: str, max_chars: int) -> bytes:
    """An input's bytes, read no further than `byte_cap`, or InputError when there are more:
    memory holds what an article under the cap can take, not what the input holds."""
    limit = byte_cap(max_chars)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise over_cap(name, f"more than {limit:,} bytes", max_chars)
    return data


def over_cap(name: str, size: str, max_chars: int) -> InputError:
    return InputError(name, f"article of {size} is over the {max_chars:,}-character cap (--max-chars)")


def report(error: InputError) -> None:
    """A bad input, in one line on standard error; the caller goes on with the rest."""
    print(f"whosaid: skipped {error}", file=sys.stderr)
