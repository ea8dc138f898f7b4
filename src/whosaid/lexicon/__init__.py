"""The word lists every stage reads, kept as data: one concept per file in this package.

A `NAME.txt` file holds one entry a line; a `NAME.tsv` file an entry and its attributes, tab-separated. `#` starts
a comment line. Entries are lemmas, folded as the lemmas they are compared with are (lower case, `ё` as `е`), so
that adding a word is adding a line. A file whose first line is `FORMS_HEADER` lists word forms or whole lines
instead (`двух`, `её`, `читать далее`); the tests check that every other file's entries are lemmas.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

FORMS_HEADER = "# forms: not lemmas"


def fold(text: str) -> str:
    """The form entries and lemmas are compared in: lower case, `ё` as `е`."""
    return text.lower().replace("ё", "е")


@lru_cache(maxsize=None)
def lines(filename: str) -> tuple[str, ...]:
    """A file's entry lines as written, comments and blank lines left out."""
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The folded entries of `NAME.txt`."""
    return frozenset(fold(line) for line in lines(f"{name}.txt"))


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of `NAME.tsv`: the first field folded, the attributes as written (names keep their case)."""
    return tuple((fold(first), *rest) for first, *rest in (line.split("\t") for line in lines(f"{name}.tsv")))


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, str]:
    """`NAME.tsv` of two columns as a map from the folded entry to its attribute."""
    return {row[0]: row[1] for row in rows(name)}


@lru_cache(maxsize=None)
def entries(name: str) -> frozenset[str]:
    """What a pattern's `@NAME` stands for: the entries of the list `NAME.txt`, or of the table `NAME.tsv`."""
    if resources.files(__package__).joinpath(f"{name}.txt").is_file():
        return words(name)
    return frozenset(row[0] for row in rows(name))
