"""A speaker's noun phrase put in the nominative: `некоторых очевидцев` → `некоторые очевидцы`,
`пресс-службе ГУ МВД` → `пресс-служба ГУ МВД`, `Марии Захаровой` → `Мария Захарова`.

Only the head and the words that agree with it change (its adjectives, the parts of a name);
complements keep their case (`ГУ МВД России по Москве`). pymorphy3 inflects; the analysis that
matches the tagger's case, number and gender is chosen, so `Трошина` (genitive) becomes `Трошин`.
"""

from __future__ import annotations

from .. import morph
from ..analysis import Token
from .document import Doc

_AGREEING = ("amod", "det", "flat", "flat:name", "flat:foreign", "appos", "nummod:gov")


def _word(token: Token, person: bool) -> str:
    """The nominative of one word, given the tagger's reading of it. A word of a person's name is
    inflected only through pymorphy's name analyses, in the singular: the tagger's case and number
    for unknown surnames are unreliable (`Осколков` is not `осколок`), and a name it cannot analyse
    stays as written."""
    word = token.text
    if not any(ch.isalpha() for ch in word) or word.isupper():
        return word
    feats = token.feats
    return morph.nominative(word, morph.CASES.get(feats.get("Case", "")), morph.GENDERS.get(feats.get("Gender", "")),
                            "sing" if person else morph.NUMBERS.get(feats.get("Number", "")),
                            morph.NAME_GRAMMEMES if person else None)


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
            if (child not in agreeing and doc.tokens[child].rel in _AGREEING
                    and doc.tokens[child].feats.get("Case") == doc.tokens[head].feats.get("Case")):
                agreeing.add(child)
                stack.append(child)
    out, cursor = [], start
    for k in words:
        token = doc.tokens[k]
        out.append(doc.text[cursor:token.start])
        if k in agreeing:
            out.append(_word(token, person))
        else:
            out.append(token.text)
        cursor = token.end
    out.append(doc.text[cursor:end])
    return " ".join("".join(out).split())
