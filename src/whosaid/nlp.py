"""Linguistic analysis: sentences, tokens, morphology, syntax and named entities. The only natasha user.

Each content region (title, lead, paragraph) is analysed on its own, so no sentence or name runs
across two lines of the page (`Пентагон\\nПрибалтов`). The models are loaded once per process, on
first use; `OPENBLAS_NUM_THREADS=1` is set before numpy loads so that worker processes do not
oversubscribe the cores.
"""

from __future__ import annotations

import os
import warnings
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from .model import Article, Span  # noqa: E402
from .stages import stage  # noqa: E402


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    pos: str  # Universal Dependencies part of speech: NOUN, PROPN, VERB, ...
    feats: dict[str, str]  # Case, Gender, Number, Tense, ...
    head: int  # index of the syntactic head in Analysis.tokens, -1 for a sentence root
    rel: str  # dependency relation to the head: nsubj, obj, appos, ...
    sentence: int  # index in Analysis.sentences


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    first: int  # index of its first token in Analysis.tokens
    last: int  # one past its last token


@dataclass(slots=True)
class Name:
    """A named-entity span found by the tagger: PER, ORG or LOC."""
    start: int
    end: int
    type: str


@dataclass
class Analysis:
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def token_index(self, offset: int) -> Optional[int]:
        """The index of the token covering a character offset, or None."""
        if not self._starts:
            self._starts = [t.start for t in self.tokens]
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def tokens_in(self, start: int, end: int) -> range:
        """Indexes of the tokens that lie within [start, end)."""
        if not self._starts:
            self._starts = [t.start for t in self.tokens]
        first = bisect_right(self._starts, start - 1)
        last = first
        while last < len(self.tokens) and self.tokens[last].end <= end:
            last += 1
        return range(first, last)

    def sentence_of(self, offset: int) -> Optional[Sentence]:
        i = self.token_index(offset)
        return self.sentences[self.tokens[i].sentence] if i is not None else None

    def children(self, index: int) -> list[int]:
        sentence = self.sentences[self.tokens[index].sentence]
        return [i for i in range(sentence.first, sentence.last) if self.tokens[i].head == index]

    def lemma(self, index: int) -> str:
        token = self.tokens[index]
        return models().lemmatize(token.text, token.pos, token.feats)


class Models:
    """natasha's news models, loaded once."""

    def __init__(self, batch_size: int = 8):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pymorphy2 imports the deprecated pkg_resources
            from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                                 NewsSyntaxParser)
            from razdel import sentenize, tokenize
            self.vocab = MorphVocab()
        self._sentenize = sentenize
        self._tokenize = tokenize
        embedding = NewsEmbedding()
        self.morph = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)
        self.ner = NewsNERTagger(embedding)
        for model in (self.morph, self.syntax, self.ner):
            model.batch_size = batch_size
        self._lemma = lru_cache(maxsize=50_000)(self._lemmatize)  # ~0.4 KB an entry: 20 MB at most

    def lemmatize(self, word: str, pos: str, feats: dict[str, str]) -> str:
        # the features as one string: a key of one object, not a tuple of tuples of the tagger's strings
        return self._lemma(word, pos, "|".join(f"{k}={v}" for k, v in sorted(feats.items())))

    def _lemmatize(self, word: str, pos: str, feats: str) -> str:
        return self.vocab.lemmatize(word, pos, dict(f.split("=", 1) for f in feats.split("|") if f))

    def analyse(self, text: str, regions: Iterable[Span]) -> Analysis:
        analysis = Analysis()
        regions = list(regions)
        words: list[list[str]] = []
        for region in regions:
            for sent in self._sentenize(text[region.start:region.end]):
                offset = region.start + sent.start
                first = len(analysis.tokens)
                for tok in self._tokenize(sent.text):
                    analysis.tokens.append(Token(offset + tok.start, offset + tok.stop, tok.text, "X", {},
                                                 -1, "", len(analysis.sentences)))
                if len(analysis.tokens) == first:
                    continue
                analysis.sentences.append(Sentence(offset, offset + len(sent.text), first,
                                                   len(analysis.tokens)))
                words.append([t.text for t in analysis.tokens[first:]])
        for sentence, markup in zip(analysis.sentences, self.morph.map(words)):
            for token, tagged in zip(analysis.tokens[sentence.first:sentence.last], markup.tokens):
                token.pos, token.feats = tagged.pos, tagged.feats
        for sentence, markup in zip(analysis.sentences, self.syntax.map(words)):
            ids = {t.id: sentence.first + i for i, t in enumerate(markup.tokens)}
            for token, parsed in zip(analysis.tokens[sentence.first:sentence.last], markup.tokens):
                token.head = ids.get(parsed.head_id, -1)
                token.rel = parsed.rel
        texts = [text[r.start:r.end] for r in regions]
        for region, markup in zip(regions, self.ner.map(texts)):
            analysis.names.extend(Name(region.start + s.start, region.start + s.stop, s.type)
                                  for s in markup.spans)
        return analysis


    def tag_names(self, text: str) -> list[Name]:
        """natasha's tagger alone on a whole text: the baseline the entities stage is measured against."""
        return [Name(s.start, s.stop, s.type) for s in self.ner(text).spans]


class NatashaPipeline:
    """natasha's own pipeline as its documentation runs it (segment, morphology, syntax, NER, span
    normalisation), with its own models: the baseline `bench/entities.py` measures whosaid against."""

    def __init__(self):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                                 NewsSyntaxParser, Segmenter)
            self.vocab = MorphVocab()  # pymorphy2 reaches for pkg_resources when it is built
        self._doc = Doc
        self.segmenter = Segmenter()
        embedding = NewsEmbedding()
        self.morph = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)
        self.ner = NewsNERTagger(embedding)

    def __call__(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, type, normal form) of each name natasha finds."""
        doc = self._doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph)
        doc.parse_syntax(self.syntax)
        doc.tag_ner(self.ner)
        for span in doc.spans:
            span.normalize(self.vocab)
        return [(s.start, s.stop, s.type, s.normal) for s in doc.spans]


_models: Optional[Models] = None


def models() -> Models:
    global _models
    if _models is None:
        _models = Models()
    return _models


@stage("analysis", requires=["title", "lead", "paragraphs"], assigns=["analysis"])
def annotate(article: Article) -> Article:
    """Pipeline stage: the analysis of the article's content regions, kept on the article (not in JSON)."""
    article.analysis = models().analyse(article.text, article.content_spans())
    return article
