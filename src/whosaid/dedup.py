"""Near-duplicate articles: syndicated copies and republications of one story.

Agencies' stories are republished with another site's boilerplate around them, a sentence cut, a
paragraph moved or a headline reworded. An article's signature is a MinHash of the word shingles of
its content (title, lead and paragraphs, as the layout found them; boilerplate is left out), so two
copies share most shingles whatever the page around them. `DuplicateIndex` finds, with LSH, an
earlier article whose estimated shingle overlap (Jaccard) reaches the threshold.
"""

from __future__ import annotations

import re
from typing import Optional

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from .model import Article

SHINGLE_WORDS = 3  # words per shingle: long enough to be specific, short enough for small edits
NUM_PERM = 128
THRESHOLD = 0.5
# Every signature must use the same permutations to be comparable: a fixed seed and hashing scheme.
_SEED = 1
_SCHEME = "affine32"  # 32-bit hash values: 4 bytes a permutation
_DTYPE = "<u4"
_WORD = re.compile(r"\w+")


def content_text(article: Article) -> str:
    """The article's own text: title, lead and paragraphs, or the whole text if the layout found none."""
    spans = article.content_spans()
    return "\n".join(s.text for s in spans) if spans else article.text


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Overlapping runs of `size` words, case and `ё` folded; a shorter text is one shingle."""
    words = _WORD.findall(text.lower().replace("ё", "е"))
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    found = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME)
    found.update_batch([s.encode("utf-8") for s in shingles(text)])
    return found


def signature(article: Article, num_perm: int = NUM_PERM) -> bytes:
    """The MinHash of the article's content shingles, as bytes to store beside the record."""
    return minhash(content_text(article), num_perm).hashvalues.astype(_DTYPE).tobytes()


def _from_signature(data: bytes, num_perm: int) -> LeanMinHash:
    if len(data) != num_perm * 4:
        raise ValueError(f"a signature of {len(data)} bytes does not hold {num_perm} permutations")
    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(data, dtype=_DTYPE), scheme=_SCHEME)


class DuplicateIndex:
    """Signatures of the articles seen so far; `find` names the first one a new article copies."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._order: dict[str, int] = {}
        self._hashes: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self._order)

    def add(self, article_id: str, signature: bytes) -> None:
        """Remember an article; adding an id again keeps its first signature."""
        if article_id in self._order:
            return
        hashes = _from_signature(signature, self.num_perm)
        if hashes.is_empty():
            return  # no words: nothing to be a copy of
        self._lsh.insert(article_id, hashes)
        self._order[article_id] = len(self._order)
        self._hashes[article_id] = hashes

    def similar(self, signature: bytes) -> list[tuple[str, float]]:
        """Earlier articles at or above the threshold, with estimated Jaccard, first added first."""
        hashes = _from_signature(signature, self.num_perm)
        if hashes.is_empty():
            return []
        found = [(key, self._hashes[key].jaccard(hashes)) for key in self._lsh.query(hashes)]
        return sorted(((k, j) for k, j in found if j >= self.threshold), key=lambda kj: self._order[kj[0]])

    def find(self, signature: bytes) -> Optional[str]:
        """The id of the first article added that this signature nearly duplicates, or None."""
        found = self.similar(signature)
        return found[0][0] if found else None
