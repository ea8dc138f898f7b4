"""Linguistic analysis: sentences, tokens, morphology, syntax and named entities. The only natasha user.

Each content region (title, lead, paragraph) is analysed on its own, so no sentence or name runs
across two lines of the page (`Пентагон\\nПрибалтов`). The models are loaded once per process, on
first use; `OPENBLAS_NUM_THREADS=1` is set before numpy loads so that worker processes do not
oversubscribe the cores.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from . import morph  # noqa: E402
from .analysis import Analysis, Name, Sentence, Token  # noqa: E402
from .model import Article, Span  # noqa: E402
from .stages import stage  # noqa: E402


@dataclass(slots=True)
class UDForm:
    """A dictionary reading in the tagger's terms, as natasha's lemma choice reads it."""
    normal: str
    pos: str
    feats: dict[str, str]


class Models:
    """natasha's news models, loaded once."""

    def __init__(self, batch_size: int = 8):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pymorphy2 imports the deprecated pkg_resources
            from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
            from natasha.morph.lemma import best_form, normal_word
            from natasha.morph.vocab import ud_feats, ud_pos
            from razdel import sentenize, tokenize
        self._best_form, self._normal_word = best_form, normal_word
        self._ud_pos, self._ud_feats = ud_pos, ud_feats
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
        """natasha's choice of lemma (the dictionary reading closest to the tagger's part of speech
        and features), over the process's one pymorphy3 analyser (`morph`)."""
        word = self._normal_word(word)
        forms = [UDForm(p.normal_form, self._ud_pos(p.tag), dict(self._ud_feats(p.tag))) for p in morph.parses(word)]
        form = self._best_form(forms, pos, dict(f.split("=", 1) for f in feats.split("|") if f))
        return self._normal_word(form.normal) if form else word

    def lemma(self, token: Token) -> str:
        return self.lemmatize(token.text, token.pos, token.feats)

    def analyse(self, text: str, regions: Iterable[Span]) -> Analysis:
        analysis = Analysis(lemmatizer=self.lemma)
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
        return analysis.index(text, regions)

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
