"""What the statement patterns read: the article's tokens and syntax, its quotations, and the
candidate statements they propose before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..model import Article, Span
from ..nlp import Analysis, Token
from .marks import DASHES, Quoted, quotations

PUNCT_EDGE = set(",.;:!?…-–—()\"«»„“” \n\r\t")
CLAUSE_END = {".", "!", "?", "…", ";"}


@dataclass
class Candidate:
    """A statement found by one pattern: offsets, and the tokens its speaker is to be read from."""
    type: str  # direct | indirect (mixed is decided from the content's quotation marks)
    start: int  # content
    end: int
    cue: Optional[tuple[int, int]]  # offsets of the cue words
    cue_token: Optional[int]  # the cue verb, for gender and number agreement with the speaker
    speaker: Optional[int] = None  # head token of the speaker mention, when written
    possessive: Optional[int] = None  # `по его словам`: the pronoun token
    source: Optional[int] = None  # the cue whose subject this one shares (`сказал, уточнив, что`)
    described: Optional[tuple[int, int]] = None  # a speaker given as text with no head (`по некоторым данным`)
    frame: tuple[int, int] = (0, 0)  # the attribution's own words (cue, speaker, `по словам`), never content
    channel: Optional[str] = None
    quoted: Optional[Quoted] = None  # the quotation a direct statement is made of
    pattern: str = ""  # which pattern proposed it, for debugging and tests


class Doc:
    """The article's analysis with the lookups the patterns need."""

    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        analysis: Analysis = article.analysis
        self.analysis = analysis
        self.tokens: list[Token] = analysis.tokens
        self.regions: list[Span] = article.content_spans()
        self.quotes: list[Quoted] = quotations(self.text, self.regions)
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for i, token in enumerate(self.tokens):
            if token.head >= 0:
                self.children[token.head].append(i)
        self._lemmas: dict[int, str] = {}
        dateline = article.dateline
        self.dateline_end = dateline.end if dateline is not None else -1

    # ------------------------------------------------------------------ tokens

    def lemma(self, i: int) -> str:
        if i not in self._lemmas:
            self._lemmas[i] = self.analysis.lemma(i).lower().replace("ё", "е")
        return self._lemmas[i]

    def word(self, i: int) -> str:
        return self.tokens[i].text.lower().replace("ё", "е")

    def feat(self, i: int, name: str) -> Optional[str]:
        return self.tokens[i].feats.get(name)

    def is_punct(self, i: int) -> bool:
        return self.tokens[i].pos == "PUNCT"

    def is_dash(self, i: int) -> bool:
        return self.tokens[i].text in DASHES

    def sentence_range(self, i: int) -> range:
        s = self.analysis.sentences[self.tokens[i].sentence]
        return range(s.first, s.last)

    def token_at(self, offset: int) -> Optional[int]:
        return self.analysis.token_index(offset)

    def first_token_after(self, offset: int) -> Optional[int]:
        """The first token starting at or after the offset."""
        tokens = self.analysis.tokens_in(offset, len(self.text) + 1)
        return tokens.start if tokens.start < len(self.tokens) else None

    def region_of(self, offset: int) -> Optional[Span]:
        for region in self.regions:
            if region.start <= offset < region.end:
                return region
        return None

    def same_region(self, i: int, j: int) -> bool:
        region = self.region_of(self.tokens[i].start)
        return region is not None and region.start <= self.tokens[j].start < region.end

    def subtree(self, i: int, limit: Optional[range] = None) -> list[int]:
        """Token indexes of the syntactic subtree of i (within the sentence), sorted."""
        seen, stack = {i}, [i]
        while stack:  # the parser's heads may form a cycle: each token once
            k = stack.pop()
            for c in self.children[k]:
                if c not in seen and (limit is None or c in limit):
                    seen.add(c)
                    stack.append(c)
        return sorted(seen)

    def children_by(self, i: int, *rels: str) -> list[int]:
        return [c for c in self.children[i] if self.tokens[c].rel.split(":")[0] in rels or self.tokens[c].rel in rels]

    # ------------------------------------------------------------------ quotations

    def quote_around(self, offset: int) -> Optional[Quoted]:
        """The outermost quotation whose marks enclose the offset."""
        best = None
        for q in self.quotes:
            if q.open < offset < q.close and (best is None or q.depth < best.depth):
                best = q
        return best

    def in_quotes(self, i: int) -> bool:
        return self.quote_around(self.tokens[i].start) is not None

    # ------------------------------------------------------------------ spans

    def trim(self, start: int, end: int, keep_final: str = "!?…") -> tuple[int, int]:
        """The span without surrounding spaces and punctuation (a final `!?…` is kept, and brackets
        or quotation marks that are balanced inside it)."""
        text = self.text
        while start < end and (text[start] in PUNCT_EDGE and not self._opens_inside(start, end)):
            start += 1
        while end > start and text[end - 1] in PUNCT_EDGE and not (
                text[end - 1] in keep_final or self._closes_inside(start, end - 1)):
            end -= 1
        return start, end

    def _opens_inside(self, start: int, end: int) -> bool:
        char = self.text[start]
        if char == "(":
            return ")" in self.text[start:end]
        return any(q.open == start and q.close < end for q in self.quotes)

    def _closes_inside(self, start: int, at: int) -> bool:
        char = self.text[at]
        if char == ")":
            return "(" in self.text[start:at]
        return any(q.close == at and q.open >= start for q in self.quotes)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]
