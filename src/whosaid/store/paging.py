"""Lists a page at a time, with how many there are in all: one helper for every list the command line,
the pages and the API show (statements, articles, speakers, events), so they all page the same way.

A list is a `Listing`: the filtered rows as one SELECT without order or page, how to order them, and
what each row becomes. A page of it asks for one row more than it shows (so `next` is known exactly)
and counts the rows in all, but no further than `COUNT_CAP`: past that a count would cost as much as
reading them, and the page says "more than 10,000" instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Generic, Optional, TypeVar

from ..numbers import MAX_INTEGER, whole_number
from .backends import Backend

COUNT_CAP = 10_000

Row = TypeVar("Row")


@dataclass
class Page(Generic[Row]):
    """One page of a list: its rows, where it starts, and how many rows the list has in all."""
    items: list[Row]
    limit: int
    offset: int
    total: int                # the rows in all, or COUNT_CAP when there are more (`total_exact` false)
    total_exact: bool = True  # false: more than `total` rows match; counting stopped there
    more: bool = False        # another page follows

    @property
    def next_offset(self) -> Optional[int]:
        return self.offset + self.limit if self.more else None

    @property
    def previous_offset(self) -> Optional[int]:
        """The page before this one; from past the end, the last page there is."""
        if self.offset == 0:
            return None
        start = min(self.offset, self.total) if self.total_exact else self.offset
        return max(0, start - self.limit)

    def in_all(self) -> str:
        return f"{self.total:,}" if self.total_exact else f"more than {self.total:,}"

    def summary(self) -> str:
        """`26–50 of 312`, `1–20 of more than 10,000`; `none` for an empty list."""
        if self.items:
            return f"{self.offset + 1:,}–{self.offset + len(self.items):,} of {self.in_all()}"
        if self.offset and self.total:
            return f"none from {self.offset + 1:,}: {self.in_all()} in all"
        return "none"


def limit_offset(limit: int, offset: int) -> tuple[int, int]:
    """A page's bounds, refused (not clamped, not overflowing) when out of range."""
    return whole_number(limit, what="limit"), whole_number(offset, what="offset")


@dataclass
class Listing(Generic[Row]):
    """A list the store answers: `sql` selects its rows (filtered, grouped, not ordered), `order` is
    its ORDER BY, `row` makes a result of a row, and `finish` adds what is read for the shown rows only
    (an article's statement count, a speaker's roles, an event's participants). With `whole`, `sql`
    selects keys only and `whole` reads the page's rows from their keys, in that order: the sort then
    carries keys, not the texts and names of every match. `counted`: the rows to count (SQL and its
    parameters) where `sql` also joins what only the order needs."""
    sql: str
    params: list
    order: str
    row: Callable[..., Row]
    order_params: list = field(default_factory=list)
    finish: Optional[Callable[[list[Row]], Any]] = None
    whole: Optional[Callable[[list], list[tuple]]] = None
    counted: Optional[tuple[str, list]] = None

    def _read(self, db: Backend, limit: int, offset: int) -> list[Row]:
        found = db.query(f"{self.sql} ORDER BY {self.order} LIMIT ? OFFSET ?",
                         [*self.params, *self.order_params, limit, offset])
        if self.whole is not None:
            found = self.whole([key for key, in found])
        return [self.row(*values) for values in found]

    def rows(self, db: Backend, limit: int, offset: int) -> list[Row]:
        limit, offset = limit_offset(limit, offset)
        found = self._read(db, limit, offset)
        if self.finish:
            self.finish(found)
        return found

    def count(self, db: Backend) -> tuple[int, bool]:
        """How many rows match, and whether that is all of them (counting stops past `COUNT_CAP`)."""
        sql, params = self.counted or (self.sql, self.params)
        counted = db.query(f"SELECT count(*) FROM ({sql} LIMIT ?) AS listed", [*params, COUNT_CAP + 1])[0][0]
        return min(counted, COUNT_CAP), counted <= COUNT_CAP

    def page(self, db: Backend, limit: int, offset: int) -> Page[Row]:
        limit, offset = limit_offset(limit, offset)
        found = self._read(db, min(limit, MAX_INTEGER - 1) + 1, offset)
        shown = found[:limit]
        if self.finish:
            self.finish(shown)
        total, exact = self.count(db)
        return Page(shown, limit, offset, total, exact, more=len(found) > limit)
