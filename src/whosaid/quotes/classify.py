"""Direct, indirect or mixed: what the quotation marks inside a content say.

An indirect content that is one whole quotation (`По словам X, «...»`, `заявил, что «...»`) is
direct speech, its content the words inside the marks. One that contains quoted words of the
speaker (`заявил, что Тирзе «слишком уж по-партийному» исполняет ...`) is mixed. Names and titles in
quotation marks (`ПАО «Газпром»`, `шоу "СоловьевLIVE"`) and labels the article keeps using
(`"васильковские террористы"`, `так называемая "угроза"`) do not make a content mixed.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from ..lexicon import words
from .document import Candidate, Doc
from ..marks import DASH, Quoted

TITLE_NOUNS = words("title_nouns")
_DASH_AFTER_COLON = re.compile(r":\s*" + DASH + r"\s*$")
_SAME_STEM = 5  # letters of a word compared when a label is repeated in another inflection


def statement_type(doc: Doc, c: Candidate) -> str:
    """`direct`, `indirect` or `mixed`; an indirect candidate that is one whole quotation has its
    content narrowed to the words inside the marks."""
    if c.type == "direct" or _DASH_AFTER_COLON.search(doc.text, max(0, c.start - 8), c.start):
        return "direct"  # `отметил: — Бюджет сбалансирован`: a dash after a colon opens speech
    inside = doc.analysis.outer_quotes_within(c.start, c.end)
    whole = next((q for q in inside if q.open == c.start and q.close == c.end - 1), None)
    if whole is not None:
        c.start, c.end = doc.trim(whole.inner_start, whole.inner_end)
        c.quoted = whole
        return "direct"
    if any(is_speech(doc, q) for q in inside):
        return "mixed"
    return "indirect"


def is_speech(doc: Doc, q: Quoted) -> bool:
    """Are these quoted words someone's speech rather than a name, a title or a label?"""
    inner = doc.text[q.inner_start:q.inner_end].strip()
    words = inner.split()
    if not words:
        return False
    if names_something(doc, q):
        return False
    if words[0][:1].islower() and _has_verb(doc, q):  # `компания «выполнит все обязательства»`: no name begins so
        return not _repeated_label(doc, q, words)
    before = doc.analysis.tokens_in(max(0, q.open - 40), q.open)
    previous = [k for k in before if not doc.is_punct(k)][-2:]
    if words[0][:1].isupper() and any(doc.lemma(k) in TITLE_NOUNS or doc.word(k) in TITLE_NOUNS for k in previous):
        return False  # `законопроект «О связи»`: a title, which opens with a capital (not `законопроект «сырым»`)
    return not _repeated_label(doc, q, words)


def names_something(doc: Doc, q: Quoted) -> bool:
    """Are the quoted words a name or a title (`"Московские окна"`, `"Isis"`): capitalised, four words at
    most, no verb?"""
    words = doc.text[q.inner_start:q.inner_end].split()
    return bool(words) and words[0][:1].isupper() and len(words) <= 4 and not _has_verb(doc, q)


def _has_verb(doc: Doc, q: Quoted) -> bool:
    """Is there a verb among the quoted words (a name or a title seldom has one)?"""
    return any(doc.tokens[k].pos in ("VERB", "AUX") for k in doc.analysis.tokens_in(q.inner_start, q.inner_end))


def _repeated_label(doc: Doc, q: Quoted, words: list[str]) -> bool:
    """The same quoted words elsewhere in the article (in any inflection): a label, not speech."""
    if len(words) > 4:
        return False
    return any(other is not q for other in _by_stems(doc).get(_stems(words), []))


_STEMS: WeakKeyDictionary[Doc, dict[tuple[str, ...], list[Quoted]]] = WeakKeyDictionary()


def _by_stems(doc: Doc) -> dict[tuple[str, ...], list[Quoted]]:
    """The article's quotations by the stems of their first two words, gathered once per article."""
    found = _STEMS.get(doc)
    if found is None:
        found = _STEMS[doc] = {}
        for q in doc.quotes:
            found.setdefault(_stems(doc.text[q.inner_start:q.inner_end].split()), []).append(q)
    return found


def _stems(words: list[str]) -> tuple[str, ...]:
    return tuple(w.lower()[:_SAME_STEM] for w in words[:2])
