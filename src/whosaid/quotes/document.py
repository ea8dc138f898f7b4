"""What the statement patterns read: the article's tokens and syntax, its quotations, and the
candidate statements they propose before speakers are resolved."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterable, Iterator, Optional

from ..model import Article, Span
from ..analysis import Analysis, Token
from ..marks import DASHES, Quoted

PUNCT_EDGE = set(",.;:!?…()\"«»„“” \n\r\t" + DASHES)


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
    continues: Optional["Candidate"] = None  # the statement whose speaker goes on in this one


class Spans:
    """Candidates indexed by where their content and their attribution's words (frame) start, for
    what is asked of a stretch of text: whose content overlaps it or holds a point, whose frame
    begins in it. A question reads the candidates that can reach the stretch (contents starting at
    most the longest content's length before it), not every candidate of the article. Answers come
    in the order the candidates were added; one whose content moves is discarded and added again."""

    def __init__(self, candidates: Iterable[Candidate] = ()):
        self._indexed: dict[int, tuple[int, int, int]] = {}  # id → (order added, content start, frame start)
        self._of: dict[int, Candidate] = {}  # order added → candidate
        self._starts: list[tuple[int, int]] = []  # (content start, order added), sorted
        self._frames: list[tuple[int, int]] = []  # (frame start, order added), sorted
        self._longest = 0
        self._added = 0
        for c in candidates:
            self.add(c)

    def __iter__(self) -> Iterator[Candidate]:
        return iter(self._of.values())

    def add(self, c: Candidate) -> None:
        self._added += 1
        self._indexed[id(c)] = (self._added, c.start, c.frame[0])
        self._of[self._added] = c
        insort(self._starts, (c.start, self._added))
        insort(self._frames, (c.frame[0], self._added))
        self._longest = max(self._longest, c.end - c.start)

    def discard(self, c: Candidate) -> None:
        order, start, frame = self._indexed.pop(id(c))
        del self._of[order]
        del self._starts[bisect_left(self._starts, (start, order))]
        del self._frames[bisect_left(self._frames, (frame, order))]

    def overlapping(self, start: int, end: int) -> list[Candidate]:
        """Those whose content overlaps [start, end)."""
        return [c for c in self._in_order(self._reaching(start, end)) if c.start < end and start < c.end]

    def holding(self, offset: int) -> list[Candidate]:
        """Those whose content holds the offset."""
        return [c for c in self.overlapping(offset, offset + 1) if c.start <= offset]

    def starting(self, start: int, end: int) -> list[Candidate]:
        """Those whose content starts in [start, end)."""
        return self._in_order(self._between(self._starts, start, end))

    def framed(self, start: int, end: int) -> list[Candidate]:
        """Those whose frame starts in [start, end)."""
        return self._in_order(self._between(self._frames, start, end))

    def within_reach(self, start: int, end: int) -> list[Candidate]:
        """Those that report or attribute something in [start, end): their content overlaps it, or
        their frame starts in it."""
        rows = self._reaching(start, end) + self._between(self._frames, start, end)
        return [c for c in self._in_order(rows) if (c.start < end and start < c.end) or start <= c.frame[0] < end]

    def _reaching(self, start: int, end: int) -> list[tuple[int, int]]:
        return self._between(self._starts, start - self._longest, end)

    @staticmethod
    def _between(rows: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
        return rows[bisect_left(rows, (start, 0)):bisect_left(rows, (end, 0))]

    def _in_order(self, rows: list[tuple[int, int]]) -> list[Candidate]:
        return [self._of[order] for order in sorted({order for _, order in rows})]


class Doc:
    """The statement patterns' view of the article: its analysis, content regions and dateline, and
    the lookups over them that only these patterns ask."""

    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        analysis: Analysis = article.analysis
        self.analysis = analysis
        self.tokens: list[Token] = analysis.tokens
        self.children: list[list[int]] = analysis.children
        self.quotes: list[Quoted] = analysis.quotes
        self.lemma = analysis.lemma
        self.subtree = analysis.subtree
        self.sentence_range = analysis.sentence_range
        self.token_at = analysis.token_index
        self.quote_around = analysis.quotation_at
        self.regions: list[Span] = article.content_spans()
        self._region_starts = [r.start for r in self.regions]
        self._region_reach = list(accumulate((r.end for r in self.regions), max))  # the furthest end so far
        dateline = article.dateline
        self.dateline_end = dateline.end if dateline is not None else -1
        self.mention_spans: dict[int, tuple[int, int]] = {}  # of a speaker's head (`attribution.mention_span`)

    # ------------------------------------------------------------------ tokens

    def word(self, i: int) -> str:
        return self.analysis.folded[i]

    def is_punct(self, i: int) -> bool:
        return self.tokens[i].pos == "PUNCT"

    def is_dash(self, i: int) -> bool:
        return self.tokens[i].text in DASHES

    def is_colon(self, i: int) -> bool:
        """A colon that joins clauses, not one inside a time or a score (`в 7:30`, `5:2`)."""
        token = self.tokens[i]
        if token.text != ":":
            return False
        before, after = self.text[token.start - 1:token.start], self.text[token.end:token.end + 1]
        return not (before.isdigit() and after.isdigit())

    def inside_word(self, i: int) -> bool:
        """Is token i a full stop inside a name (`Газете.Ru`, `NEWSru.com`), not one that ends a clause?"""
        tokens = self.tokens
        return (0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start
                and tokens[i].end == tokens[i + 1].start and tokens[i + 1].text[:1].isalnum())

    def first_token_after(self, offset: int) -> Optional[int]:
        """The first token starting at or after the offset."""
        tokens = self.analysis.tokens_in(offset, len(self.text) + 1)
        return tokens.start if tokens.start < len(self.tokens) else None

    def region_of(self, offset: int) -> Optional[Span]:
        """The first region that holds the offset: of those starting at or before it, the first
        whose end (or an earlier one's) reaches past it."""
        first = bisect_right(self._region_reach, offset)
        return self.regions[first] if first < bisect_right(self._region_starts, offset) else None

    def region_before(self, region: Span) -> Optional[Span]:
        """The last region that ends before this one starts, the title left out."""
        k = bisect_right(self._region_starts, region.start) - 1
        while k >= 0 and (self.regions[k].end > region.start or self.regions[k] is self.article.title):
            k -= 1
        return self.regions[k] if k >= 0 else None

    def in_quotes(self, i: int) -> bool:
        return self.analysis.quote_of[i] is not None

    def tagged_at(self, offset: int, types: tuple[str, ...]) -> bool:
        """Is the offset inside a name the tagger found, of one of these types?"""
        return any(n.start <= offset < n.end and n.type in types for n in self.analysis.names_over(offset, offset))

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
        return any(q.close < end for q in self.analysis.quotes_opening_at(start))

    def _closes_inside(self, start: int, at: int) -> bool:
        char = self.text[at]
        if char == ")":
            return "(" in self.text[start:at]
        return any(q.open >= start for q in self.analysis.quotes_closing_at(at))
