"""The event rules' view of the analysis: the date each token is part of, clause segments and
prepositions; tokens, the tree, lemmas and the name each token belongs to are the analysis's own."""

from __future__ import annotations

from typing import Optional

from ..analysis import Analysis, Name
from ..model import Article, DateMention

CLAUSE_VERB_FORMS = {"Fin", "Inf", "Conv"}
SEGMENT_BOUNDARIES = {",", ";", ":", "(", ")", "!", "?"}


class Sentences:
    """The event rules' view of the article's analysis: its lookups, and the dates by token."""

    def __init__(self, article: Article):
        self.article = article
        analysis: Analysis = article.analysis
        self.analysis = analysis
        self.tokens = analysis.tokens
        self.children = analysis.children
        self.name_at = analysis.name_at
        self.lemma = analysis.lemma
        self.subtree = analysis.subtree
        self.sentence_range = analysis.sentence_range
        self.date_at: dict[int, DateMention] = {}
        for date in article.dates:
            for i in analysis.tokens_in(date.start, date.end):
                self.date_at[i] = date

    def low(self, i: int) -> str:
        return self.tokens[i].text.lower().replace("ё", "е")

    def case(self, i: int) -> Optional[str]:
        return self.tokens[i].feats.get("Case")

    def is_clause_verb(self, i: int) -> bool:
        token = self.tokens[i]
        return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") in CLAUSE_VERB_FORMS

    def name_tokens(self, name: Name) -> range:
        return self.analysis.tokens_in(name.start, name.end)

    def segment(self, i: int) -> range:
        """The tokens of i's clause, read linearly: up to the nearest commas, colons, brackets."""
        sentence = self.sentence_range(i)
        first = i
        while first > sentence.start and self.tokens[first - 1].text not in SEGMENT_BOUNDARIES:
            first -= 1
        last = i + 1
        while last < sentence.stop and self.tokens[last].text not in SEGMENT_BOUNDARIES:
            last += 1
        return range(first, last)

    def case_words(self, i: int) -> tuple[str, ...]:
        """The preposition of a noun in its dictionary form (`в` for `во`) with its fixed parts: (`в`, `ход`) for
        `в ходе визита`; one that comes after the noun is another's the parse hung on it (`спецназом в
        укрепленном доме`)."""
        for c in self.children[i]:
            if self.tokens[c].rel == "case" and c < i:
                return (self.lemma(c),) + tuple(self.lemma(f) for f in self.children[c]
                                              if self.tokens[f].rel == "fixed")
        if i > 0 and self.tokens[i - 1].pos == "ADP":
            return (self.lemma(i - 1),)
        return ()
