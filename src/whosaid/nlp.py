"""Linguistic analysis: sentences, tokens, morphology, syntax and named entities. The only natasha user.

Each content region (title, lead, paragraph) is analysed on its own, so no sentence or name runs
across two lines of the page (`Пентагон\\nПрибалтов`). The models are loaded once per process, on
first use; their three networks run on their own weights in `networks` (slovnet's arithmetic, about
three times faster than its executor). `OPENBLAS_NUM_THREADS=1` is set before numpy loads so that worker
processes do not oversubscribe the cores.
"""

from __future__ import annotations

import gc
import os
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, NamedTuple, Optional

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from . import morph, networks  # noqa: E402
from .analysis import Analysis, Name, Sentence, Token  # noqa: E402
from .model import Article, Span  # noqa: E402
from .stages import stage  # noqa: E402


@dataclass(slots=True)
class UDForm:
    """A dictionary reading in the tagger's terms, as natasha's lemma choice reads it."""
    normal: str
    pos: str
    feats: dict[str, str]


# the endings of the past, of the third person and of the infinitive (the forms that attribute what
# was said): only a word with one is looked up in the dictionary for a verb the tagger misread. Not the
# rare infinitives in -ти, -чь: a noun (`части`, `власти`) is all a lookup finds there.
_VERB_ENDINGS = ("л", "ла", "ло", "ли", "сь", "ся", "т", "ть")


class Models:
    """natasha's news models, loaded once; their networks run by `networks` (see `Networks`)."""

    def __init__(self):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pymorphy2 imports the deprecated pkg_resources
            from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
            from natasha.morph.lemma import best_form, normal_word
            from natasha.morph.vocab import ud_feats, ud_pos
            from razdel import sentenize
        self._best_form, self._normal_word = best_form, normal_word
        self._ud_pos, self._ud_feats = ud_pos, ud_feats
        self._sentenize = sentenize
        self._tokenize = Tokenizer()
        embedding = NewsEmbedding()
        self.ner = NewsNERTagger(embedding)
        self.networks = Networks(NewsMorphTagger(embedding), NewsSyntaxParser(embedding), self.ner)
        self._lemma = lru_cache(maxsize=50_000)(self._lemmatize)  # ~0.4 KB an entry: 20 MB at most
        self._ud = lru_cache(maxsize=10_000)(self._ud_reading)  # of each dictionary tag: a few thousand

    def _lemmatize(self, word: str, tag: int) -> str:
        """natasha's choice of lemma (the dictionary reading closest to the tagger's part of speech
        and features, those of its tag), over the process's one pymorphy3 analyser (`morph`)."""
        word = self._normal_word(word)
        forms = [UDForm(p.normal_form, *self._ud(p.tag)) for p in morph.parses(word)]
        form = self._best_form(forms, *self.networks.tags[tag])
        return self._normal_word(form.normal) if form else word

    def _ud_reading(self, tag) -> tuple[str, dict[str, str]]:
        """A dictionary tag's part of speech and features in the tagger's terms (one dict a tag,
        which `best_form` only reads); a short form is marked so, as the tagger marks it (`Variant`)."""
        feats = dict(self._ud_feats(tag))
        if "PRTS" in tag or "ADJS" in tag:
            feats["Variant"] = "Short"
        return self._ud_pos(tag), feats

    def _misread(self, tokens: list[Token], firsts: set[int]) -> None:
        """Verbs the tagger read as something else, where the dictionary knows the word only as a verb:
        a capitalised one opening a sentence (`firsts`) read as a name (`Объяснила же она ...`), a finite
        one or an infinitive read as a noun, an adjective or an adverb (`«...», - резюмировали в дирекции
        театра`, `не мог выразиться точнее`), a participle read as a gerund (`участники, подчеркивающие`) and a
        short one read as a full one (`опубликовано`, read as an accusative). A common noun opening a sentence, read
        as a name in an oblique case though the parser made it the subject and it may be nominative (`Внук Степана
        Бандеры заявил`, read as a genitive name): the noun in the nominative, in its verb's number (not `Федерации
        футбола намерена`, a misprint); and a subject read in an oblique case whose adjective is nominative
        (`сообщил близкий к ритейлеру человек`, read as a genitive plural), in the adjective's number. One loop over
        every token: no call a token."""
        for n, token in enumerate(tokens):
            if token.pos == "PROPN" and n in firsts and token.rel == "nsubj" and token.feats.get("Case") != "Nom" \
                    and morph.common_noun(token.text) and (tag := morph.nominative_reading(
                        token.text, morph.NUMBERS.get(tokens[token.head].feats.get("Number", "")))) is not None:
                token.pos, feats = self._ud(tag)
                token.feats, token.tag = dict(feats), -1
                continue
            subject = tokens[token.head] if token.rel == "amod" and token.head >= 0 \
                and token.feats.get("Case") == "Nom" else None
            if subject is not None and subject.pos == "NOUN" and subject.rel == "nsubj" \
                    and subject.feats.get("Case") not in (None, "Nom") and (tag := morph.nominative_reading(
                        subject.text, morph.NUMBERS.get(token.feats.get("Number", "")))) is not None:
                subject.pos, feats = self._ud(tag)
                subject.feats, subject.tag = dict(feats), -1
            if token.pos == "PROPN" and n in firsts:
                kinds: tuple[str, ...] = ("VERB", "INFN", "GRND", "PRTS")
            elif token.pos in ("NOUN", "ADJ", "ADV") and token.text.endswith(_VERB_ENDINGS):
                kinds = ("VERB", "INFN")
            elif token.feats.get("VerbForm") == "Conv":
                kinds = ("PRTF",)
            elif token.feats.get("VerbForm") == "Part" and "Case" in token.feats:
                kinds = ("PRTS",)
            else:
                continue
            tag = morph.only_as(token.text, kinds)
            if tag is not None:
                token.pos, feats = self._ud(tag)
                token.feats, token.tag = dict(feats), -1  # no longer the tagger's tag

    def lemma(self, token: Token) -> str:
        if token.tag < 0:  # a reading the tagger did not give: the lemma closest to it, seldom asked
            word = self._normal_word(token.text)
            form = self._best_form([UDForm(p.normal_form, *self._ud(p.tag)) for p in morph.parses(word)],
                                   token.pos, token.feats)
            return self._normal_word(form.normal) if form else word
        return self._lemma(token.text, token.tag)  # a tag stands for its pos and feats: a cheap key

    def analyse(self, text: str, regions: Iterable[Span]) -> Analysis:
        analysis = Analysis(lemmatizer=self.lemma)
        regions = list(regions)
        placed: list[Word] = []  # each token where it lies in the text
        sentence_of: list[int] = []  # and its sentence
        words: list[list[str]] = []
        region_words: list[list[Word]] = []  # what the NER network reads: the region's tokens
        for region in regions:
            region_text = text[region.start:region.end]
            sentences = joined_in_brackets(region_text, list(self._sentenize(region_text)))
            first_of_region = len(placed)
            for sent in sentences:
                offset = region.start + sent.start
                first = len(placed)
                placed += self._tokenize(sent.text, offset)
                if len(placed) == first:
                    continue
                sentence_of += [len(analysis.sentences)] * (len(placed) - first)
                analysis.sentences.append(Sentence(offset, offset + len(sent.text), first, len(placed)))
                words.append([w.text for w in placed[first:]])
            if tokenized_alike(region_text, sentences):
                region_words.append(placed[first_of_region:])
            else:
                region_words.append(self._tokenize(region_text, region.start))
        if words:  # each token made once, with its tag, head and relation
            tags, heads, relations = self.networks.parse(words)
            readings, first_of = self.networks.tags, [sentence.first for sentence in analysis.sentences]
            # the parser's heads count from 1 in the sentence, 0 for the root
            analysis.tokens = [Token(w.start, w.stop, w.text, readings[tag][0], dict(readings[tag][1]),
                                     first_of[n] + head - 1 if head else -1, relation, n, tag)
                               for w, n, tag, head, relation in zip(placed, sentence_of, tags, heads, relations)]
            self._misread(analysis.tokens, {sentence.first for sentence in analysis.sentences})
        for names in self.networks.names(region_words):
            analysis.names.extend(Name(start, end, kind) for start, end, kind in names)
        return analysis.index(text, regions)

    def tag_names(self, text: str) -> list[Name]:
        """natasha's tagger alone on a whole text: the baseline the entities stage is measured against."""
        return [Name(s.start, s.stop, s.type) for s in self.ner(text).spans]


class Networks:
    """natasha's morphology, syntax and NER networks, run by `networks` on their weights: words to ids
    (one cache for the three, which share their vocabularies and word vectors), ids to tags."""

    def __init__(self, morph, syntax, ner):
        from slovnet.bio import bio_spans
        from slovnet.conll import parse_conll_tag
        from slovnet.shape import word_shape
        self._bio_spans, self._word_shape = bio_spans, word_shape
        encoders = [m.infer.encoder for m in (morph, syntax, ner)]
        if any(e.words_vocab.items != encoders[0].words_vocab.items
               or e.shapes_vocab.items != encoders[0].shapes_vocab.items for e in encoders):
            raise ValueError("natasha's networks no longer share one vocabulary of words and shapes")
        self._words_vocab, self._shapes_vocab = encoders[0].words_vocab, encoders[0].shapes_vocab
        self._shapes = len(self._shapes_vocab.items)
        self.ids = lru_cache(maxsize=50_000)(self._word_ids)  # ~0.2 KB an entry: 10 MB at most
        model = morph.infer.model
        self.words = networks.Words(model.emb.word.indexes.array, model.emb.word.codes.array)
        self.tagger = networks.Tagger(_encoder(model), _linear(model.head.proj))
        model = syntax.infer.model
        self.parser = networks.Parser(_encoder(model), model.head.root.array, _linear(model.head.head.proj, True),
                                      _linear(model.head.tail.proj, True), model.head.kernel.array,
                                      model.rel.root.array, _linear(model.rel.head.proj, True),
                                      _linear(model.rel.tail.proj, True), model.rel.kernel.array)
        model = ner.infer.model
        self.tagger_of_names = networks.NER(_encoder(model), _linear(model.head.proj),
                                            model.head.crf.transitions.array)
        self.tags = [parse_conll_tag(tag) for tag in morph.infer.decoder.tags_vocab.items]
        self.relations = list(syntax.infer.decoder.rels_vocab.items)
        self.name_tags = list(ner.infer.decoder.tags_vocab.items)
        self._last: tuple[list[str], tuple[np.ndarray, np.ndarray]] = ([], (np.empty(0), np.empty(0)))

    def _word_ids(self, word: str) -> int:
        """The word's id (of its lower case; navec's unknown word if none) and its shape's id, as one
        number (word id × shapes + shape id): a document's are read in one pass, no tuple a word."""
        return (self._words_vocab.encode(word.lower()) * self._shapes
                + self._shapes_vocab.encode(self._word_shape(word)))

    def inputs(self, sequences: list[list[str]]):
        """The networks' inputs: each word's vector and shape id, and the layout of the sequences.
        The NER network nearly always reads the words the tagger has just read (`tokenized_alike`),
        so the last words' vectors are kept."""
        words = [word for sequence in sequences for word in sequence]
        last_words, features = self._last  # one tuple: read and replaced whole
        if words != last_words:
            word_ids, shape_ids = np.divmod(np.fromiter(map(self.ids, words), dtype=np.intp, count=len(words)),
                                            self._shapes)
            features = self.words(word_ids), shape_ids
            self._last = words, features
        return (*features, networks.Layout.of([len(sequence) for sequence in sequences]))

    def parse(self, sentences: list[list[str]]) -> tuple[list[int], list[int], list[str]]:
        """Of each word, sentence after sentence: its tag (an index in `tags`, of (part of speech,
        features)), head (from 1 in its sentence; 0 for the root) and relation."""
        inputs = self.inputs(sentences)
        tags = self.tagger(*inputs)
        heads, relations = self.parser(*inputs)
        return tags.tolist(), heads.tolist(), [self.relations[r] for r in relations.tolist()]

    def names(self, texts: list[list["Word"]]) -> list[list[tuple[int, int, str]]]:
        """(start, end, type) of each name the NER network finds in each text (given as its tokens)."""
        found: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        tagged = [n for n, words in enumerate(texts) if words]
        if tagged:
            paths = self.tagger_of_names(*self.inputs([[w.text for w in texts[n]] for n in tagged]))
            for n, path in zip(tagged, paths):
                tags = [self.name_tags[t] for t in path.tolist()]
                found[n] = [(s.start, s.stop, s.type) for s in self._bio_spans(texts[n], tags)]
        return found


class Word(NamedTuple):
    """A token: razdel's `Substring`, as the NER decoding reads it."""
    start: int
    stop: int
    text: str


# Characters that show nothing and part no words: a soft hyphen (`&shy;` in a page), zero-width joiners, a word
# joiner, a byte-order mark left inside the text.
_INVISIBLE = re.compile("[\u00ad\u200c\u200d\u2060\ufeff]")
_ZERO_WIDTH_SPACE = "\u200b"


class Tokenizer:
    """razdel's tokenizer, its rules asked only where two atoms touch and a rule could join them.

    razdel cuts a text into atoms (runs of letters of one alphabet, of digits, single other
    characters) and builds a split object for every two neighbouring atoms, though wherever white
    space parts them it splits whatever its rules say, and most touching atoms (a word and its comma)
    no rule joins (`may_join`). Here those objects are built, and razdel's rules asked, only for
    touching atoms that one of its rules could join: the same tokens in a third of the time."""

    def __init__(self):
        from razdel.segmenters.tokenize import ATOM, RULES, Atom, TokenSegmenter, TokenSplit, TokenSplitter
        if [rule.name for rule in RULES] != ["dash", "underscore", "float", "fraction", "punct", "other", "yahoo"]:
            raise ValueError("razdel's tokenizer rules are no longer those `may_join` reads")
        self._atoms, self._atom, self._split = ATOM.finditer, Atom, TokenSplit
        self._segmenter, self._window = TokenSegmenter(), TokenSplitter().window

    def __call__(self, text: str, offset: int = 0) -> list[Word]:
        """The tokens of `text`, placed `offset` characters further (where the text lies in a page), read
        past the characters that show nothing (`заяв\u00adил` is the token `заявил`, spanning all six
        letters and the soft hyphen); a zero-width space parts words as a space does."""
        text = text.replace(_ZERO_WIDTH_SPACE, " ")
        if not _INVISIBLE.search(text):
            return self._visible(text, offset)
        kept = [n for n, character in enumerate(text) if not _INVISIBLE.match(character)]
        return [Word(kept[word.start] + offset, kept[word.stop - 1] + 1 + offset, word.text)
                for word in self._visible("".join(text[n] for n in kept))]

    def _visible(self, text: str, offset: int = 0) -> list[Word]:
        matches = list(self._atoms(text))
        if not matches:
            return []
        spans = [m.span() for m in matches]
        made: dict[int, Any] = {}  # razdel's Atom of each atom a split has needed

        def atom(n: int):
            if n not in made:
                made[n] = self._atom(*spans[n], matches[n].lastgroup, matches[n].group())
            return made[n]

        tokens, first, window = [], spans[0][0], self._window
        for n in range(1, len(spans)):
            stop, start = spans[n - 1][1], spans[n][0]
            if start == stop and may_join(matches[n - 1], matches[n]):  # razdel's rules decide, over its window
                split = self._split([atom(k) for k in range(max(0, n - window), n)], "",
                                    [atom(k) for k in range(n, min(n + window, len(spans)))])
                split.buffer = text[first:stop]
                if self._segmenter.join(split):
                    continue
            tokens.append(Word(first + offset, stop + offset, text[first:stop]))
            first = start
        tokens.append(Word(first + offset, spans[-1][1] + offset, text[first:spans[-1][1]]))
        return tokens


_JOINING = frozenset("‑–—−-_")  # razdel's dashes and the underscore: `что-то`, `snake_case`
_BETWEEN_DIGITS = frozenset(".,/\\")  # a decimal point, a fraction bar: `1.5`, `1/2`


def may_join(left: re.Match, right: re.Match) -> bool:
    """Whether one of razdel's tokenizer rules could join two touching atoms (razdel's `ATOM`
    matches): a dash or underscore between them (`dash`, `underscore`: the atoms beside it decide),
    a point or bar beside digits (`float`, `fraction`), two punctuation marks (`punct`: `?!`, `:)`),
    a character of no alphabet (`other`: `ΔP`), `!` after a word (`yahoo`). Where none could, razdel
    splits them: every rule that joins needs one of these."""
    kinds, a, b = (left.lastgroup, right.lastgroup), left.group(), right.group()
    return (a in _JOINING or b in _JOINING or "OTHER" in kinds or kinds == ("PUNCT", "PUNCT") or b == "!"
            or "INT" in kinds and (a in _BETWEEN_DIGITS or b in _BETWEEN_DIGITS))


def joined_in_brackets(text: str, sentences: list) -> list:
    """razdel's sentences, those joined that a full stop inside brackets split (`местью Авакова (глава МВД. -
    Прим. ред.), отмечает издание.`): a sentence that leaves a bracket open takes in those that follow within
    `_BRACKET_REACH` characters of the bracket, until it is closed, up to `_JOINED_MOST` characters."""
    from razdel.substring import Substring
    joined: list = []
    for sentence in sentences:
        before = joined[-1] if joined else None
        opened = _open_bracket(before.text) if before is not None else None
        if before is not None and opened is not None and sentence.start - (before.start + opened) < _BRACKET_REACH \
                and sentence.stop - before.start <= _JOINED_MOST:
            joined[-1] = Substring(before.start, sentence.stop, text[before.start:sentence.stop])
        else:
            joined.append(sentence)
    return joined


def _open_bracket(text: str) -> Optional[int]:
    """Where the last bracket the text leaves open is, or None."""
    opened: list[int] = []
    for i, char in enumerate(text):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            opened.pop()
    return opened[-1] if opened else None


_BRACKET_REACH = 120  # how far after a bracket a full stop left open the next sentence may start and be joined
_JOINED_MOST = 1000  # the longest sentence joined so (brackets opened one after another never closed)


# razdel's tokenizer rules that look two atoms away (dash, underscore, float, fraction) do so from
# these one-character atoms; only beside one can a sentence's edge be tokenized otherwise alone
# than in its paragraph.
_LOOK_FURTHER = frozenset("‑–—−-_.,/\\")


def tokenized_alike(text: str, sentences) -> bool:
    """Whether razdel tokenizes `text` into its sentences' tokens (razdel `Substring`s, in order, each
    tokenized alone), so that the NER network may read those; False when not sure.

    Atoms (runs of one kind of character) never cross white space, and the tokenizer splits wherever
    white space separates two atoms; of its rules, only those for dashes, underscores, decimals and
    fractions read a second atom beside the two they may join, which a sentence alone lacks at its
    edges. So: white space between the sentences and around them, and no sentence edge where such a
    rule could read across: no sentence starting with one of their characters followed by more, none
    ending with a dash or underscore after another character, or with one of `.,/\\` after a digit
    before a sentence that starts with a digit.
    """
    if not sentences:
        return not text or text.isspace()
    gaps = [text[:sentences[0].start], text[sentences[-1].stop:]]
    gaps += [text[a.stop:b.start] or "x" for a, b in zip(sentences, sentences[1:])]  # touching: not sure
    if any(gap and not gap.isspace() for gap in gaps) or any(
            s.text[0].isspace() or s.text[-1].isspace() for s in sentences):
        return False
    for before, sentence in zip(sentences, sentences[1:]):
        first, second = sentence.text[0], sentence.text[1:2]
        if first in _LOOK_FURTHER and second and not second.isspace():
            return False
        last, previous = before.text[-1], before.text[-2:-1]
        if last in _LOOK_FURTHER and previous and not previous.isspace():
            if last not in ".,/\\" or (previous.isdigit() and first.isdigit()):
                return False
    return True


class NatashaPipeline:
    """natasha's own pipeline as its documentation runs it (segment, morphology, syntax, NER, span
    normalisation), with its own models and slovnet's executor: the baseline `bench/speed.py` measures
    whosaid against, and `scripts/compare-networks` the networks."""

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


def _encoder(model) -> networks.Encoder:
    if any(layer.conv.padding != 1 for layer in model.encoder.layers):
        raise ValueError("natasha's networks no longer pad their convolutions by 1")
    layers = tuple(networks.ConvLayer(layer.conv.weight.array, layer.conv.bias.array, layer.norm.mean.array,
                                      layer.norm.std.array, layer.norm.weight.array, layer.norm.bias.array)
                   for layer in model.encoder.layers)
    return networks.Encoder(model.emb.shape.weight.array, layers)


def _linear(layer, relu: bool = False) -> networks.Linear:
    return networks.Linear(layer.weight.array, layer.bias.array, relu)


_models: Optional[Models] = None


# Objects allocated, less those freed, between two collections of the youngest generation (Python's
# default: 700). An article's analysis makes and drops tens of thousands of objects, nearly all freed by
# their reference count; collected every 700, many of them, still in use, are moved on to the older
# generations, whose collections then walk the caches too (3.5% of an article's time, measured on
# corpus articles). Every 10,000, few are moved on and full collections are rare (0.6%).
YOUNG_COLLECTION = 10_000


def models() -> Models:
    """The process's models, loaded on first use. What loading built lives as long as the process, so
    it is frozen out of the garbage collector's reach: its full collections, which come the more often
    the more a process's caches hold, no longer walk the models' objects; and the youngest generation
    is collected less often (`YOUNG_COLLECTION`)."""
    global _models
    if _models is None:
        _models = Models()
        gc.collect()  # the loading's own garbage, not to be frozen with the rest
        gc.freeze()
        young, *older = gc.get_threshold()
        gc.set_threshold(max(young, YOUNG_COLLECTION), *older)
    return _models


@stage("analysis", requires=["title", "lead", "paragraphs"], assigns=["analysis"])
def annotate(article: Article) -> Article:
    """Pipeline stage: the analysis of the article's content regions, kept on the article (not in JSON)."""
    article.analysis = models().analyse(article.text, article.content_spans())
    return article
