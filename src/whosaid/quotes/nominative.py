"""A described speaker's noun phrase put in the nominative: `некоторых очевидцев` → `некоторые
очевидцы`, `пресс-службе ГУ МВД` → `пресс-служба ГУ МВД`, `опрошенных журналистами консультантов` →
`опрошенные журналистами консультанты`.

Only the head and the words that agree with it in the parse change (its adjectives, participles,
appositions); complements keep their case (`ГУ МВД России по Москве`, `журналистами`). Names of
entities are put in the nominative by `entities.normal`, which reads a name's words linearly; both
decline each word with `morph.nominative`.
"""

from __future__ import annotations

from .. import morph
from ..analysis import Token
from .document import Doc

_AGREEING = ("amod", "acl", "det", "flat", "flat:name", "flat:foreign", "appos", "nummod:gov")


def _word(token: Token) -> str:
    """The nominative of one word, given the tagger's reading of its case, gender and number."""
    word = token.text
    if not any(ch.isalpha() for ch in word) or word.isupper():
        return word
    feats = token.feats
    return morph.nominative(word, morph.CASES.get(feats.get("Case", "")), morph.GENDERS.get(feats.get("Gender", "")),
                            morph.NUMBERS.get(feats.get("Number", "")))


def phrase(doc: Doc, head: int, start: int, end: int) -> str:
    """The text of [start, end) with the head and its agreeing words in the nominative."""
    words = doc.analysis.tokens_in(start, end)
    if any(doc.tokens[c].rel == "nummod:gov" for c in doc.children[head]):
        return " ".join(doc.text[start:end].split())  # `обе стороны`: the numeral governs the case
    agreeing, stack = {head}, [head]
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
            out.append(_word(token))
        else:
            out.append(token.text)
        cursor = token.end
    out.append(doc.text[cursor:end])
    return " ".join("".join(out).split())
