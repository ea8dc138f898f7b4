"""What the statement patterns read: the article's tokens and syntax, its quotations, and the
candidate statements they propose before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..model import Article, Span
from ..analysis import Analysis, Token
from ..marks import DASHES, Quoted

PUNCT_EDGE = set(",.;:!?…-–—()\"«»„“” \n\r\t")


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
        dateline = article.dateline
        self.dateline_end = dateline.end if dateline is not None else -1

    # ------------------------------------------------------------------ tokens

    def word(self, i: int) -> str:
        return self.tokens[i].text.lower().replace("ё", "е")

    def is_punct(self, i: int) -> bool:
        return self.tokens[i].pos == "PUNCT"

    def is_dash(self, i: int) -> bool:
        return self.tokens[i].text in DASHES

    def first_token_after(self, offset: int) -> Optional[int]:
        """The first token starting at or after the offset."""
        tokens = self.analysis.tokens_in(offset, len(self.text) + 1)
        return tokens.start if tokens.start < len(self.tokens) else None

    def region_of(self, offset: int) -> Optional[Span]:
        for region in self.regions:
            if region.start <= offset < region.end:
                return region
        return None

    def in_quotes(self, i: int) -> bool:
        return self.analysis.quote_of[i] is not None

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
