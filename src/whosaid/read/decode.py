"""Bytes to text: UTF-8 (with or without BOM) or Windows-1251, and refusing what is not text."""

from __future__ import annotations

import re


class InputError(Exception):
    """A bad input item; its message is one line naming the input and the reason."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


# Characters that real Russian or English text is made of; anything else in bulk means a wrong decoding.
_TEXTUAL = re.compile(r"[\w\s.,;:!?()\[\]{}«»\"'„“”‘’\-–—/\\%№&*+=<>@#$€₽…|~^`°§©®™•·]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> str:
    """Decode an input's bytes, or raise InputError saying why they are not an article's text."""
    if not data.strip():
        raise InputError(name, "empty input")
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        cp1251 = _decode_cp1251(data)
        if cp1251 is None:
            raise InputError(name, f"undecodable bytes: neither UTF-8 ({utf8_error.reason} at byte "
                                   f"{utf8_error.start}) nor Windows-1251 text") from None
        text = cp1251
    if not text.strip():
        raise InputError(name, "empty input")
    if _share(_CONTROL, text) > 0.01:
        raise InputError(name, "binary file (control characters), not text")
    return text


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
