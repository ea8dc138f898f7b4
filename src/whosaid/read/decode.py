"""Bytes to text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, or Windows-1251, and
refusing what is not text."""

from __future__ import annotations

import codecs
import re


class InputError(Exception):
    """A bad input item; its message is one line naming the input and the reason (a file's name or
    a parser's message can hold line breaks and control characters: they are escaped)."""

    def __init__(self, name: str, reason: str):
        name, reason = _printable(name), _printable(reason)
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def _printable(text: str) -> str:
    return text if text.isprintable() else "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


# Characters that real Russian or English text is made of; anything else in bulk means a wrong decoding.
_TEXTUAL = re.compile(r"[\w\s.,;:!?()\[\]{}«»\"'„“”‘’\-–—/\\%№&*+=<>@#$€₽…|~^`°§©®™•·]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Byte order marks of the encodings that are told by theirs alone (UTF-32-LE's starts like UTF-16-LE's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str) -> str:
    """Decode an input's bytes, or raise InputError saying why they are not an article's text."""
    if not data.strip():
        raise InputError(name, "empty input")
    wide = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    if wide:
        text = _decode_wide(data, wide, name)
    elif b"\x00" in data[:8192]:
        raise InputError(name, "binary file (NUL bytes), not text")
    else:
        text = _decode_narrow(data, name)
    if not text.strip():
        raise InputError(name, "empty input")
    if _share(_CONTROL, text) > 0.01:
        raise InputError(name, "binary file (control characters), not text")
    return text


def _decode_wide(data: bytes, codec: str, name: str) -> str:
    """UTF-16 or UTF-32 text after its BOM; a binary file that happens to start like one is refused:
    decoded, its bytes are mostly not letters, digits or punctuation."""
    try:
        text = data.decode(codec)  # the codec reads the BOM for the byte order, and drops it
    except UnicodeDecodeError as error:
        raise InputError(name, f"undecodable bytes: a {codec.upper()} byte order mark, but not "
                               f"{codec.upper()} text ({error.reason} at byte {error.start})") from None
    if _share(_TEXTUAL, text) <= 0.97:
        raise InputError(name, f"binary file (a {codec.upper()} byte order mark, but not text)")
    return text


def _decode_narrow(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        cp1251 = _decode_cp1251(data)
        if cp1251 is None:
            raise InputError(name, f"undecodable bytes: neither UTF-8 ({utf8_error.reason} at byte "
                                   f"{utf8_error.start}) nor Windows-1251 text") from None
        return cp1251


def _decode_cp1251(data: bytes) -> str | None:
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    # cp1251 maps almost every byte to something; real text is mostly letters, digits and punctuation.
    return text if _share(_TEXTUAL, text) > 0.97 else None


def _share(pattern: re.Pattern, text: str) -> float:
    sample = text[:20000]
    return len(pattern.findall(sample)) / max(1, len(sample))
