"""Words to lemmas, for full-text search in any word form.

Russian inflects: `Захаровой`, `Захарова`; `гарантий безопасности`, `гарантии безопасности`. The
store indexes lemmas, and a query is reduced the same way, so any form finds any other. A word is
indexed under every lemma pymorphy3 gives it (`стали`: `сталь`, `стать`) and under its own form, for
the surnames pymorphy3 does not know (it reads `Рябков` as a form of `рябок`, `Рябкова` of
`рябков`); a query word matches any of them. Search prefers finding a statement to missing it.

Words are runs of letters and digits (hyphens and punctuation split them), lower-cased, `ё` as `е`,
so a query can carry no search-engine syntax: whatever an analyst types is only words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..morph import parses  # pymorphy3, loaded once per process for every stage

WORD = re.compile(r"[^\W_]+")  # a word: a run of letters and digits


@lru_cache(maxsize=100_000)
def lemmas(word: str) -> tuple[str, ...]:
    """The word and every lemma of it (lower case, `ё` folded); numbers and Latin words as they are."""
    if not any("а" <= c <= "я" or c == "ё" for c in word):
        return (word,)
    return tuple(sorted({word} | {p.normal_form.replace("ё", "е") for p in parses(word)}))


def words(text: str) -> list[str]:
    """The words of a text, lower-cased, `ё` as `е`."""
    return WORD.findall(text.lower().replace("ё", "е"))


def index_text(text: Optional[str]) -> str:
    """What the full-text index holds for a text: the lemmas of its words, space-separated."""
    return " ".join(lemma for word in words(text or "") for lemma in lemmas(word))


def query_terms(query: str) -> list[tuple[str, ...]]:
    """A query as terms that must all match, each term any one of a word's lemmas."""
    return [lemmas(word) for word in words(query)]


def matches(text: str, query: str) -> list[tuple[int, int]]:
    """Where a query's words stand in a text, in any form, read as the search reads both (the spans a
    hit highlights): a word of the text that shares a lemma with a word of the query."""
    wanted = set().union(*query_terms(query))
    return [(found.start(), found.end()) for found in WORD.finditer(text)
            if any(wanted.intersection(lemmas(word)) for word in words(found.group()))]


def same_word(a: str, b: str) -> bool:
    """Whether two words (as `words` gives them) may be forms of one: equal, or sharing a lemma
    (`захаровой`, `захарова`)."""
    return a == b or not set(lemmas(a)).isdisjoint(lemmas(b))


def padded(text: Optional[str]) -> str:
    """Lemmas between spaces, so that `LIKE '% лемма %'` finds whole words (for name filters)."""
    return f" {index_text(text)} "
