"""Whole numbers as the command line and the API take them, checked once, the same way everywhere.

`int()` also reads `٣`, `５`, ` +5` and `5_000`, and a number past 64 bits overflows the store's
integers: a count, an offset, an id or a size is digits 0-9 only, within its bounds.
"""

from __future__ import annotations

import argparse
from typing import Callable, Optional

MAX_INTEGER = 2**63 - 1  # the largest integer SQLite and PostgreSQL hold: a larger offset or id overflows


def whole_number(value: str | int, least: int = 0, most: int = MAX_INTEGER, what: str = "") -> int:
    """The number `value` says, from `least` to `most`, or ValueError saying what it must be."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        number: Optional[int] = int(value)
    else:
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
    if number is None or not least <= number <= most:
        raise ValueError(f"{what + ' ' if what else ''}must be a whole number from {least} to {most}, not {value!r}")
    return number


def whole_argument(least: int = 0, most: int = MAX_INTEGER) -> Callable[[str], int]:
    """An argparse type: a whole number from `least` to `most`, checked as the API checks it."""
    def whole(text: str) -> int:
        try:
            return whole_number(text, least, most)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
    return whole


positive = whole_argument(1)
