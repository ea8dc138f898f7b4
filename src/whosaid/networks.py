"""slovnet's morphology, syntax and NER networks on their shipped weights, in a few large numpy calls.

slovnet's executor pads each batch of 8 sequences to the longest one, copies each convolution window
three floats at a time and decodes batch by batch. Here all sequences of a call lie end to end in one
matrix of rows, a zero row before each (the convolution's padding, and the syntax root's place), so
that a layer is one window copy with long inner loops and one matrix product for the whole document,
and the CRF's Viterbi steps run once for all of a document's regions.

The arithmetic is slovnet's, operation by operation, in float32: each window is the same row of
`channels x kernel` floats times the same weight matrix, then bias, ReLU and batch norm in slovnet's
order. What differs is where a word's row lies in a matrix product, and OpenBLAS rounds the rows of a
product differently by their place in its tiles of rows: slovnet's score for a word already depends on
the sentences batched with it, and here on those before it in the document. A near-tie that slovnet's
rounding broke one way may so break the other way: `scripts/compare-networks` lists each difference.

Numpy only: `nlp` reads the weights out of natasha's models, turns words into ids and ids into tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np


@dataclass(frozen=True)
class Layout:
    """Where the tokens of a list of sequences lie in the rows the networks work on: a zero row
    before each sequence and after the last."""
    lengths: tuple[int, ...]
    size: int  # rows
    starts: np.ndarray  # each sequence's first row
    tokens: np.ndarray  # each token's row, sequence after sequence
    gaps: np.ndarray  # the zero row before each sequence (where the parser puts its root)

    @classmethod
    def of(cls, lengths: Sequence[int]) -> "Layout":
        """Made in a few whole-array steps, not one a sequence: a token's row is its place among all
        the tokens plus the zero rows before it, one a sequence up to its own."""
        lengths = tuple(lengths)
        if not lengths or min(lengths) < 1:
            raise ValueError("a layout needs one or more sequences of one or more tokens")
        starts = np.cumsum([1] + [n + 1 for n in lengths[:-1]], dtype=np.intp)
        tokens = np.arange(sum(lengths), dtype=np.intp) + np.repeat(np.arange(1, len(lengths) + 1), lengths)
        return cls(lengths, int(tokens[-1]) + 2, starts, tokens, starts - 1)


@dataclass(frozen=True)
class ConvLayer:
    """Conv1d (a kernel of 3, padding 1), ReLU, batch norm."""
    weight: np.ndarray  # filters x channels x kernel, as slovnet stores it
    bias: np.ndarray
    mean: np.ndarray
    std: np.ndarray
    scale: np.ndarray
    shift: np.ndarray

    def __post_init__(self):
        if self.weight.shape[2] != 3:  # a layout has one zero row between two sequences
            raise ValueError(f"a convolution with a kernel of {self.weight.shape[2]}, not 3")

    def __call__(self, rows: np.ndarray, layout: Layout) -> np.ndarray:
        filters, channels, kernel = self.weight.shape
        count = len(rows) - kernel + 1
        windows = np.empty((count, channels, kernel), dtype=rows.dtype)
        for k in range(kernel):  # window t, channel c, tap k is rows[t + k, c]: slovnet's order
            windows[:, :, k] = rows[k:k + count]
        out = np.empty((len(rows), filters), dtype=rows.dtype)
        inner = out[kernel // 2:kernel // 2 + count]
        np.matmul(windows.reshape(count, channels * kernel), self.weight.reshape(filters, -1).T, out=inner)
        inner += self.bias
        np.maximum(inner, 0, out=inner)  # ReLU: what `clip(0)` computes, without its Python wrapper
        inner -= self.mean
        inner /= self.std
        inner *= self.scale
        inner += self.shift
        out[layout.gaps] = 0
        out[-1] = 0
        return out


@dataclass(frozen=True)
class Encoder:
    """Word vectors and shape embeddings side by side, then the convolution layers."""
    shape_vectors: np.ndarray  # shape id x dimensions
    layers: tuple[ConvLayer, ...]

    def __call__(self, words: np.ndarray, shape_ids: np.ndarray, layout: Layout) -> np.ndarray:
        """`words`: each token's word vector, sequence after sequence; the rows of `layout`."""
        width = words.shape[1]
        rows = np.zeros((layout.size, width + self.shape_vectors.shape[1]), dtype=words.dtype)
        rows[layout.tokens, :width] = words
        rows[layout.tokens, width:] = self.shape_vectors[shape_ids]
        for layer in self.layers:
            rows = layer(rows, layout)
        return rows


class Words:
    """navec's product-quantised word vectors: a word id picks one centroid in each subspace, and its
    vector is those centroids one after another."""

    def __init__(self, indexes: np.ndarray, codes: np.ndarray):
        subspaces, centroids, chunk = codes.shape
        self.indexes = indexes  # word id x subspace -> centroid
        self.centroids = codes.reshape(subspaces * centroids, chunk)  # all subspaces' centroids
        self.first = np.arange(subspaces) * centroids  # of each subspace, in `centroids`

    def __call__(self, word_ids: np.ndarray) -> np.ndarray:
        picked = np.take(self.centroids, self.indexes[word_ids] + self.first, axis=0)
        return picked.reshape(len(word_ids), -1)


@dataclass(frozen=True)
class Linear:
    weight: np.ndarray  # in x out
    bias: np.ndarray
    relu: bool = False

    def __call__(self, rows: np.ndarray) -> np.ndarray:
        out = np.matmul(rows, self.weight)
        out += self.bias  # in place: the same sums, one array fewer
        return np.maximum(out, 0, out=out) if self.relu else out


@dataclass(frozen=True)
class Tagger:
    """The morphology network: a tag id for each token."""
    encoder: Encoder
    proj: Linear

    def __call__(self, words: np.ndarray, shape_ids: np.ndarray, layout: Layout) -> np.ndarray:
        # the tokens' rows alone projected onto the tags: no scores made for the gaps, none copied
        return self.proj(self.encoder(words, shape_ids, layout)[layout.tokens]).argmax(-1)


@dataclass(frozen=True)
class Parser:
    """The syntax network: each token's head (0 for the root, else the head's position in its
    sentence, from 1) and relation id."""
    encoder: Encoder
    arc_root: np.ndarray
    arc_head: Linear
    arc_tail: Linear
    arc_kernel: np.ndarray  # hidden x hidden
    rel_root: np.ndarray
    rel_head: Linear
    rel_tail: Linear
    rel_kernel: np.ndarray  # hidden x (relations * hidden)

    def __call__(self, words: np.ndarray, shape_ids: np.ndarray, layout: Layout
                 ) -> tuple[np.ndarray, np.ndarray]:
        rows = self.encoder(words, shape_ids, layout)
        rows[layout.gaps] = self.arc_root
        arcs = np.matmul(self.arc_head(rows), self.arc_kernel)
        tails = self.arc_tail(rows)
        heads = np.empty(len(layout.tokens), dtype=np.intp)
        done = 0
        for start, length in zip(layout.starts.tolist(), layout.lengths):  # Python ints: cheaper slices
            sentence = slice(start - 1, start + length)  # its root, then its tokens
            heads[done:done + length] = np.matmul(arcs[sentence], tails[sentence].T)[1:].argmax(-1)
            done += length

        rows[layout.gaps] = self.rel_root
        hidden = self.rel_kernel.shape[0]
        count = len(heads)
        of_head = np.repeat(layout.gaps, layout.lengths) + heads
        # through the kernel only each token's head's row (as many as tokens), not every row, then gathered
        left = np.matmul(self.rel_head(rows)[of_head], self.rel_kernel).reshape(count, -1, hidden)
        right = self.rel_tail(rows)[layout.tokens].reshape(count, hidden, 1)
        return heads, np.matmul(left, right).reshape(count, -1).argmax(-1)


@dataclass(frozen=True)
class NER:
    """The NER network and its CRF: a tag id for each token."""
    encoder: Encoder
    proj: Linear
    transitions: np.ndarray  # from tag x to tag

    def __call__(self, words: np.ndarray, shape_ids: np.ndarray, layout: Layout) -> list[np.ndarray]:
        """The tag ids of each sequence."""
        return viterbi(self.proj(self.encoder(words, shape_ids, layout)), layout, self.transitions)


def viterbi(emissions: np.ndarray, layout: Layout, transitions: np.ndarray) -> list[np.ndarray]:
    """The best tag path of each sequence, all sequences stepped together: slovnet's CRF decoding,
    the same sums in the same order, the first of equal scores."""
    order = sorted(range(len(layout.lengths)), key=lambda n: -layout.lengths[n])  # longest first
    lengths = [layout.lengths[n] for n in order]
    steps = emissions[layout.starts[order] + np.minimum.outer(np.arange(lengths[0]), np.array(lengths) - 1)]
    score = steps[0].copy()  # sequence x tag
    history = []
    going = len(lengths)
    for step in range(1, lengths[0]):
        while lengths[going - 1] <= step:  # the sequences that have ended keep their score
            going -= 1
        total = score[:going, :, None] + transitions
        total += steps[step, :going, None, :]
        history.append(total.argmax(1).tolist())
        score[:going] = total.max(1)
    paths: list[np.ndarray] = [np.empty(0)] * len(order)
    for rank, (n, length) in enumerate(zip(order, lengths)):
        tag = int(score[rank].argmax())
        path = [tag]
        for best in reversed(history[:length - 1]):
            tag = best[rank][tag]
            path.append(tag)
        paths[n] = np.array(path[::-1])
    return paths
