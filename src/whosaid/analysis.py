"""The one linguistic analysis of an article that every stage after the NLP stage reads.

`nlp.annotate` builds it once: sentences and tokens of the content regions, each token with its part of
speech, features, folded lemma and an acyclic syntactic head; the children of every token, its subtree;
the quotations of the regions, paired by `marks`, and which tokens lie inside them. The entities stage
adds which entity mention covers each token (`cover`) and its mentions by start (`entity_mentions`).
Stages keep small views over it (the quotes' `Doc`, the events' `Sentences`) but no second index: no
stage rebuilds children, subtrees or lemmas. Lookups by offset are bisects over sorted starts, so that
a question about one span costs the same in a long article as in a short one. The analysis does not
change after `nlp.annotate`: what is derived from it alone is kept in `derived` (`derived_once`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, Callable, Iterable, Optional, TypeVar

from .marks import Quoted, quotations
from .model import Span
from .morph import fold, forms_of

T = TypeVar("T")
# a letter or a digit: a character `str.isalnum` accepts (`\w` is those and `_`), found in one search
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def wordlike(text: str) -> bool:
    """Whether a token's text has a letter or a digit: a word or a number, not punctuation."""
    return _LETTER_OR_DIGIT.search(text) is not None


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    pos: str  # Universal Dependencies part of speech: NOUN, PROPN, VERB, ...
    feats: dict[str, str]  # Case, Gender, Number, Tense, ...
    head: int  # index of the syntactic head in Analysis.tokens, -1 for a sentence root; never a cycle
    rel: str  # dependency relation to the head: nsubj, obj, appos, ...
    sentence: int  # index in Analysis.sentences
    tag: int = -1  # the tagger's tag of pos and feats (its index in the tagger's list): the lemma's key


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    first: int  # index of its first token in Analysis.tokens
    last: int  # one past its last token


@dataclass(slots=True)
class Name:
    """A named span: one the tagger found (PER, ORG or LOC), or an entity's mention (`entity` set)."""
    start: int
    end: int
    type: str
    entity: Optional[str] = None


@dataclass
class Analysis:
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)  # the tagger's
    folded: list[str] = field(default_factory=list)  # each token's text as word lists hold it (`fold`)
    is_word: list[bool] = field(default_factory=list)  # of each token, whether it is `wordlike`
    children: list[list[int]] = field(default_factory=list)  # of each token, in text order
    quotes: list[Quoted] = field(default_factory=list)  # in text order, outer before inner
    quote_of: list[Optional[Quoted]] = field(default_factory=list)  # the outermost quotation around a token
    name_at: list[Optional[Name]] = field(default_factory=list)  # the entity mention covering a token
    entity_mentions: Any = None  # the entities' mentions indexed by start (`entities.Mentions`)
    lemmatizer: Optional[Callable[[Token], str]] = field(default=None, repr=False)
    # what a stage reads off the analysis alone (a phrase's nominative, ...), by what and where: read once
    derived: dict[tuple, Any] = field(default_factory=dict, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _ends: list[int] = field(default_factory=list, repr=False)
    _lemmas: list[Optional[str]] = field(default_factory=list, repr=False)
    _subtrees: dict[int, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _names_by_start: list[tuple[int, int]] = field(default_factory=list, repr=False)  # (start, index in names)
    _longest_name: int = field(default=0, repr=False)
    _outer_quotes: list[Quoted] = field(default_factory=list, repr=False)  # depth 0, in list order
    _outer_opens: list[int] = field(default_factory=list, repr=False)
    _outer_reach: list[int] = field(default_factory=list, repr=False)  # the furthest close up to each of them
    _quotes_opening: dict[int, list[Quoted]] = field(default_factory=dict, repr=False)
    _quotes_closing: dict[int, list[Quoted]] = field(default_factory=dict, repr=False)

    def index(self, text: str, regions: Iterable[Span]) -> "Analysis":
        """Derive what the rules read from the parsed tokens: acyclic heads, children, quotations."""
        n = len(self.tokens)
        self._starts = [t.start for t in self.tokens]
        self._ends = [t.end for t in self.tokens]
        self._lemmas = [None] * n
        self.folded = [fold(t.text) for t in self.tokens]
        self.is_word = [wordlike(t.text) for t in self.tokens]
        subjects_before_their_conjunction(self.tokens, self.folded)
        for token, head in zip(self.tokens, acyclic_heads([t.head for t in self.tokens])):
            token.head = head
        self.children = [[] for _ in range(n)]
        for i, token in enumerate(self.tokens):
            if token.head >= 0:
                self.children[token.head].append(i)
        self.quotes = quotations(text, regions)
        self.quote_of = [None] * n
        self._outer_quotes = [q for q in self.quotes if q.depth == 0]
        for quote in reversed(self._outer_quotes):  # the first listed wins
            for i in range(bisect_right(self._starts, quote.open), bisect_left(self._starts, quote.close)):
                self.quote_of[i] = quote
        self._outer_opens = [q.open for q in self._outer_quotes]
        self._outer_reach = list(accumulate((q.close for q in self._outer_quotes), max))
        self._quotes_opening, self._quotes_closing = {}, {}
        for quote in self.quotes:
            self._quotes_opening.setdefault(quote.open, []).append(quote)
            self._quotes_closing.setdefault(quote.close, []).append(quote)
        self._names_by_start = sorted((name.start, k) for k, name in enumerate(self.names))
        self._longest_name = max((name.end - name.start for name in self.names), default=0)
        self.name_at = [None] * n
        return self

    # ------------------------------------------------------------------ tokens

    def token_index(self, offset: int) -> Optional[int]:
        """The index of the token covering a character offset, or None."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def tokens_in(self, start: int, end: int) -> range:
        """Indexes of the tokens that lie within [start, end): two binary searches (tokens are in text
        order and do not overlap), so that asking about a long span costs no more than a short one."""
        first = bisect_right(self._starts, start - 1)
        return range(first, max(first, bisect_right(self._ends, end)))

    def lemma(self, i: int) -> str:
        """The token's dictionary form, lower case, `ё` written `е` (the form lexicon entries take)."""
        lemma = self._lemmas[i]
        if lemma is None:
            assert self.lemmatizer is not None, "an Analysis is built by nlp.annotate"
            lemma = self._lemmas[i] = self.lemmatizer(self.tokens[i]).lower().replace("ё", "е")
        return lemma

    def has_lemma(self, i: int, lemmas: frozenset[str]) -> bool:
        """Whether the token's lemma is one of `lemmas` (folded), looked up only for a word that is a
        form of one of them (`morph.forms_of`): most words are passed over without their lemma."""
        return self.folded[i] in forms_of(lemmas) and self.lemma(i) in lemmas

    def sentence_range(self, i: int) -> range:
        sentence = self.sentences[self.tokens[i].sentence]
        return range(sentence.first, sentence.last)

    # ------------------------------------------------------------------ the tree

    def subtree(self, i: int) -> tuple[int, ...]:
        """Token i and everything that depends on it, in text order."""
        found = self._subtrees.get(i)
        if found is None:
            words, stack = [], [i]
            while stack:
                k = stack.pop()
                words.append(k)
                stack.extend(self.children[k])
            found = self._subtrees[i] = tuple(sorted(words))
        return found

    def dominates(self, ancestor: int, i: int) -> bool:
        """Whether `ancestor` is i or lies on the path from i up to its root."""
        while i >= 0:
            if i == ancestor:
                return True
            i = self.tokens[i].head
        return False

    # ------------------------------------------------------------------ quotations and names

    def quotation_at(self, offset: int) -> Optional[Quoted]:
        """The outermost quotation whose marks enclose a character offset (the first listed): of the
        outermost ones opened before the offset, the first whose close reaches past it."""
        i = self.token_index(offset)
        if i is not None and self.tokens[i].start == offset:
            return self.quote_of[i]
        opened = bisect_left(self._outer_opens, offset)
        first = bisect_right(self._outer_reach, offset)
        return self._outer_quotes[first] if first < opened else None

    def outer_quotes_within(self, start: int, end: int) -> list[Quoted]:
        """The outermost quotations whose marks lie within [start, end), in list order."""
        return [q for q in self.outer_quotes_opening(start, end) if q.close < end]

    def outer_quotes_opening(self, start: int, end: int) -> list[Quoted]:
        """The outermost quotations whose opening mark lies within [start, end), in list order."""
        return self._outer_quotes[bisect_left(self._outer_opens, start):bisect_left(self._outer_opens, end)]

    def quotes_opening_at(self, offset: int) -> list[Quoted]:
        """The quotations whose opening mark is at the offset, in list order."""
        return self._quotes_opening.get(offset, [])

    def quotes_closing_at(self, offset: int) -> list[Quoted]:
        """The quotations whose closing mark is at the offset, in list order."""
        return self._quotes_closing.get(offset, [])

    def names_over(self, start: int, end: int) -> list[Name]:
        """The tagger's names that meet [start, end] (a name ending at `start` or starting at `end`
        counts), in the order found: a bisect over their starts, not a scan of every name."""
        first = bisect_left(self._names_by_start, (start - self._longest_name, -1))
        last = bisect_right(self._names_by_start, (end, len(self.names)))
        names = self.names
        return [names[k] for k in sorted(k for _, k in self._names_by_start[first:last] if names[k].end >= start)]

    def cover(self, names: Iterable[Name]) -> None:
        """Mark the tokens of each name (`name_at`), the longest first where names nest or overlap."""
        self.name_at = [None] * len(self.tokens)
        for name in sorted(names, key=lambda n: n.start - n.end):
            tokens = self.tokens_in(name.start, name.end)
            if tokens and all(self.name_at[i] is None for i in tokens):
                for i in tokens:
                    self.name_at[i] = name


def derived_once(function: Callable[..., T]) -> Callable[..., T]:
    """`function(analysis, *arguments)`, a reading of the analysis alone, computed once per analysis
    and arguments (kept in `Analysis.derived`)."""
    @wraps(function)
    def once(analysis: Analysis, *arguments: Any) -> T:
        key = (function.__name__, *arguments)
        if key not in analysis.derived:
            analysis.derived[key] = function(analysis, *arguments)
        return analysis.derived[key]
    return once


_CONJUNCTIONS_OF_CLAUSES = frozenset({"что", "чтобы"})


def subjects_before_their_conjunction(tokens: list[Token], folded: list[str]) -> None:
    """No subject of a clause stands before its conjunction: `семья Гайдара заявила, что его отравили`, which
    the parser read as the subject of `отравили` (and `заявила` as a root of its own), is the subject of the verb
    just before the conjunction, where that verb agrees with it, and the clause is what that verb governs
    (`ccomp`). Of verbs in a row (`распустили парламент и объявили, что ...`) the first takes the subject. A
    subject must open its clause (`генерал, поднявший мятеж, заявил`: not `мятеж`), and a verb with a subject
    of its own, or of the verb it is coordinated with, is left alone; between the subject and the verb no
    other verb than one of the subject's phrase (`который за месяц до того, 11 февраля утверждал, что`).
    Heads are mended in place, before cycles are broken."""
    has_subject = {t.head for t in tokens if t.rel == "nsubj"}
    for s, subject in enumerate(tokens):
        clause = subject.head
        if subject.rel != "nsubj" or clause <= s + 2 or not _opens_a_clause(tokens, s):
            continue
        mark = next((m for m in range(s + 1, clause) if tokens[m].head == clause and tokens[m].rel == "mark"
                     and folded[m] in _CONJUNCTIONS_OF_CLAUSES), None)
        verb = next((v for v in range(mark - 1, s, -1) if tokens[v].pos == "VERB"), None) if mark else None
        if verb is None or not _agrees(subject, tokens[verb]) or tokens[verb].sentence != subject.sentence:
            continue
        first = verb
        while tokens[first].rel == "conj" and s < tokens[first].head < first:
            first = tokens[first].head
        if first in has_subject or tokens[first].rel == "conj" and tokens[first].head in has_subject \
                or any(tokens[k].pos in ("VERB", "AUX") and not _within(tokens, k, s) for k in range(s + 1, first)):
            continue
        subject.head = first
        has_subject.add(first)
        if not _within(tokens, verb, clause) and not s < tokens[clause].head < clause:  # the clause may hang on
            # the verb unless above it
            tokens[clause].head, tokens[clause].rel = verb, "ccomp"
    _conjuncts_before_their_conjunction(tokens, folded)


def _conjuncts_before_their_conjunction(tokens: list[Token], folded: list[str]) -> None:
    """Nor is a verb coordinated with the verb of a clause that it precedes: `разочаровались ... и
    сомневались, что процесс ускорит X`, which the parser hung on `ускорит`, is coordinated with the verb before
    it (`разочаровались`), and the clause is what it governs."""
    for v, verb in enumerate(tokens):
        clause = verb.head
        if verb.rel != "conj" or verb.pos != "VERB" or clause <= v + 1 or not any(
                tokens[m].head == clause and tokens[m].rel == "mark" and folded[m] in _CONJUNCTIONS_OF_CLAUSES
                for m in range(v + 1, clause)):
            continue
        first = v - 1  # the nearest finite verb before it in its sentence, outside the clause
        while first >= 0 and tokens[first].sentence == verb.sentence and not (
                tokens[first].pos == "VERB" and tokens[first].feats.get("VerbForm") == "Fin"
                and not _within(tokens, first, clause)):
            first -= 1
        if first < 0 or tokens[first].sentence != verb.sentence:
            continue
        verb.head = first
        tokens[clause].head, tokens[clause].rel = v, "ccomp"


def _opens_a_clause(tokens: list[Token], s: int) -> bool:
    """Whether nothing but the subject's own words stand between it and the start of its sentence, a
    punctuation mark, a conjunction or an adverb (`после того, как семья Гайдара`, `Ранее другая организация`)."""
    k = s - 1
    while k >= 0 and tokens[k].sentence == tokens[s].sentence and s - k <= 20 and _within(tokens, k, s):
        k -= 1
    return k < 0 or tokens[k].sentence != tokens[s].sentence or tokens[k].pos in ("PUNCT", "SCONJ", "CCONJ", "ADV")


def _within(tokens: list[Token], k: int, phrase: int) -> bool:
    """Whether a token is a word of the phrase headed at `phrase` (its heads lead there within 20 steps)."""
    for _ in range(20):
        if k == phrase or k < 0:
            break
        k = tokens[k].head
    return k == phrase


def _agrees(subject: Token, verb: Token) -> bool:
    """A finite verb in its subject's number (and gender, in the past singular)."""
    feats, number = verb.feats, verb.feats.get("Number")
    if feats.get("VerbForm") != "Fin" or number is not None and subject.feats.get("Number", number) != number:
        return False
    return not (feats.get("Tense") == "Past" and number == "Sing" and "Gender" in feats
                and subject.feats.get("Gender", feats["Gender"]) != feats["Gender"])


def acyclic_heads(heads: list[int]) -> list[int]:
    """The parser's heads with every cycle broken, so that walks up end.

    The parser picks each token's head on its own, so two tokens may name each other and the
    sentence then has no root. Of a cycle's members, the one with the most dependents outside the
    cycle (the earliest on a tie) is made a root: the parser hangs most words on the real root."""
    heads = list(heads)
    done = [False] * len(heads)
    dependents = [0] * len(heads)
    for head in heads:
        if head >= 0:
            dependents[head] += 1
    for i in range(len(heads)):
        path, on_path, k = [], set(), i
        while k >= 0 and not done[k] and k not in on_path:
            path.append(k)
            on_path.add(k)
            k = heads[k]
        if k >= 0 and not done[k]:  # the path ran into itself: path[path.index(k):] is a cycle
            cycle = path[path.index(k):]
            root = max(sorted(cycle), key=lambda c: dependents[c] - 1)  # each has one dependent inside
            heads[root] = -1
        for j in path:
            done[j] = True
    return heads
