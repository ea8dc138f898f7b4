"""One article's analysis indexed for the event rules: heads without cycles, children, the name each
token belongs to, the date each token is part of, lemmas, clause segments and prepositions."""

from __future__ import annotations

from typing import Optional

from ..model import Article, DateMention
from ..nlp import Analysis, Name

CLAUSE_VERB_FORMS = {"Fin", "Inf", "Conv"}
SEGMENT_BOUNDARIES = {",", ";", ":", "(", ")", "!", "?"}


class Sentences:
    """One article's analysis, indexed for the questions the event rules ask."""

    def __init__(self, article: Article):
        self.article = article
        self.analysis: Analysis = article.analysis
        tokens = self.analysis.tokens
        self.tokens = tokens
        self.head = acyclic_heads([t.head for t in tokens])
        self.children: list[list[int]] = [[] for _ in tokens]
        for i, head in enumerate(self.head):
            if head >= 0:
                self.children[head].append(i)
        self.name_at = _names_by_token(article)
        self.date_at: dict[int, DateMention] = {}
        for date in article.dates:
            for i in self.analysis.tokens_in(date.start, date.end):
                self.date_at[i] = date
        self._lemmas: dict[int, str] = {}
        self._subtrees: dict[int, list[int]] = {}

    def lemma(self, i: int) -> str:
        if i not in self._lemmas:
            self._lemmas[i] = self.analysis.lemma(i).lower()
        return self._lemmas[i]

    def low(self, i: int) -> str:
        return self.tokens[i].text.lower().replace("ё", "е")

    def case(self, i: int) -> Optional[str]:
        return self.tokens[i].feats.get("Case")

    def is_clause_verb(self, i: int) -> bool:
        token = self.tokens[i]
        return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") in CLAUSE_VERB_FORMS

    def subtree(self, i: int) -> list[int]:
        """Token i and all that depends on it, in text order."""
        if i not in self._subtrees:
            out, stack = [], [i]
            while stack:
                k = stack.pop()
                out.append(k)
                stack.extend(self.children[k])
            self._subtrees[i] = sorted(out)
        return self._subtrees[i]

    def name_tokens(self, name: Name) -> range:
        return self.analysis.tokens_in(name.start, name.end)

    def sentence_range(self, i: int) -> range:
        sentence = self.analysis.sentences[self.tokens[i].sentence]
        return range(sentence.first, sentence.last)

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
        """The preposition of a noun with its fixed parts: (`в`, `ход`) for `в ходе визита`."""
        for c in self.children[i]:
            if self.tokens[c].rel == "case":
                return (self.low(c),) + tuple(self.lemma(f) for f in self.children[c]
                                              if self.tokens[f].rel == "fixed")
        if i > 0 and self.tokens[i - 1].pos == "ADP":
            return (self.low(i - 1),)
        return ()


def _names_by_token(article: Article) -> list[Optional[Name]]:
    """The name each token is part of: the entities' mentions where there are entities (names,
    pronouns and role nouns that stand for someone: `дипломат`, `представитель российского МИД`), the
    tagger's names otherwise; the longest where they nest."""
    analysis = article.analysis
    if article.entities:
        spans = [Name(m.start, m.end, e.type) for e in article.entities for m in e.mentions]
    else:
        spans = list(analysis.names)
    name_at: list[Optional[Name]] = [None] * len(analysis.tokens)
    for name in sorted(spans, key=lambda n: n.start - n.end):
        tokens = analysis.tokens_in(name.start, name.end)
        if tokens and all(name_at[i] is None for i in tokens):
            for i in tokens:
                name_at[i] = name
    return name_at


def acyclic_heads(heads: list[int]) -> list[int]:
    """The parser's heads with any cycle broken (its last link made a root), so walks up end."""
    heads = list(heads)
    done = [False] * len(heads)
    for i in range(len(heads)):
        path, k = [], i
        while k >= 0 and not done[k] and k not in path:
            path.append(k)
            k = heads[k]
        if k >= 0 and not done[k]:
            heads[path[-1]] = -1
        for j in path:
            done[j] = True
    return heads
