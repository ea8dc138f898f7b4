"""A speaker's noun phrase put in the nominative: `некоторых очевидцев` → `некоторые очевидцы`,
`пресс-службе ГУ МВД` → `пресс-служба ГУ МВД`, `Марии Захаровой` → `Мария Захарова`.

Only the head and the words that agree with it change (its adjectives, the parts of a name);
complements keep their case (`ГУ МВД России по Москве`). pymorphy3 inflects; the analysis that
matches the tagger's case, number and gender is chosen, so `Трошина` (genitive) becomes `Трошин`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .document import Doc

_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
_NUMBERS = {"Sing": "sing", "Plur": "plur"}
_AGREEING = ("amod", "det", "flat", "flat:name", "flat:foreign", "appos", "nummod:gov")


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def inflect_word(word: str, case: Optional[str], number: Optional[str], gender: Optional[str],
                 plural: bool, name: bool) -> str:
    """The nominative of one word, given the tagger's reading of it. A word of a person's name is
    inflected only through pymorphy's name analyses, in the singular: the tagger's case and number
    for unknown surnames are unreliable (`Осколков` is not `осколок`), and a name it cannot analyse
    stays as written."""
    if case in (None, "Nom") or not any(ch.isalpha() for ch in word) or word.isupper():
        return word
    wanted_case = _CASES.get(case)
    fitting = []
    for p in _morph().parse(word):
        tag = p.tag
        if name and not {"Name", "Surn", "Patr"} & set(tag.grammemes):
            continue
        if tag.case != wanted_case and not (wanted_case == "gent" and tag.case == "gen2"):
            continue
        if tag.number and str(tag.number) != ("sing" if name else _NUMBERS.get(number, str(tag.number))):
            continue
        if gender and tag.gender and str(tag.gender) != _GENDERS.get(gender) and "ms-f" not in tag:
            continue
        fitting.append(p)
    if not fitting:
        return word
    best = fitting[0]
    inflected = best.inflect({"nomn", "plur"} if plural and best.tag.number == "plur" else {"nomn"})
    return _like(word, inflected.word) if inflected is not None else word


def _like(original: str, word: str) -> str:
    """`word` written with the capitals of `original`."""
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def phrase(doc: Doc, head: int, start: int, end: int, person: bool = False) -> str:
    """The text of [start, end) with the head and its agreeing words in the nominative; `person`
    when the phrase is a person's name."""
    words = doc.analysis.tokens_in(start, end)
    if any(doc.tokens[c].rel == "nummod:gov" for c in doc.children[head]):
        return " ".join(doc.text[start:end].split())  # `обе стороны`: the numeral governs the case
    agreeing = set(words) if person else {head}
    stack = [] if person else [head]
    while stack:
        k = stack.pop()
        for child in doc.children[k]:
            if doc.tokens[child].rel in _AGREEING and doc.tokens[child].feats.get("Case") == doc.tokens[head].feats.get("Case"):
                agreeing.add(child)
                stack.append(child)
    plural = doc.tokens[head].feats.get("Number") == "Plur"
    out, cursor = [], start
    for k in words:
        token = doc.tokens[k]
        out.append(doc.text[cursor:token.start])
        if k in agreeing:
            out.append(inflect_word(token.text, token.feats.get("Case"), token.feats.get("Number"),
                                    token.feats.get("Gender"), plural, person))
        else:
            out.append(token.text)
        cursor = token.end
    out.append(doc.text[cursor:end])
    return " ".join("".join(out).split())
