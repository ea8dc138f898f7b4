"""A described speaker's noun phrase put in the nominative: `некоторых очевидцев` → `некоторые
очевидцы`, `пресс-службе ГУ МВД` → `пресс-служба ГУ МВД`, `опрошенных журналистами консультантов` →
`опрошенные журналистами консультанты`.

Only the head and the words that agree with it in the parse change (its adjectives, participles,
appositions); complements keep their case (`ГУ МВД России по Москве`, `журналистами`). Names of
entities are put in the nominative by `entities.normal`, which reads a name's words linearly; both
decline each word with `morph.nominative`.
"""

from __future__ import annotations

from typing import Optional

from .. import morph
from ..analysis import Token
from ..lexicon import words
from .document import Doc
from .lexicon import COUNT_BOUNDS, INFORMANT_NOUNS, KINSHIP_NOUNS

_AGREEING = ("amod", "acl", "det", "flat", "flat:name", "flat:foreign", "appos", "nummod:gov")
_COUNTS = words("left_out_counts")
_COMPLEMENTS = ("obl", "nmod", "obj", "iobj")
_MORE = words("left_out_before_counts")
_ANOTHER = words("left_out_another")


def relative_of(doc: Doc, head: int, written: str, name: Optional[str] = None) -> bool:
    """Is the name a surname alone after a noun of kinship (`по словам сына Маркеса`): whose relative, not one
    called so, whom a first name would name (`брата Ивана`)? After a noun in an oblique case the two read alike;
    after a nominative, the surname written other than as the person's `name` is his (`Вдова Неймарка`, which
    the tagger may read as a woman's nominative)."""
    if doc.lemma(head) not in KINSHIP_NOUNS or len(written.split()) != 1 or morph.known_as(written, "Name"):
        return False
    if doc.tokens[head].feats.get("Case") not in (None, "Nom"):
        return True
    return name is not None and morph.fold(written) != morph.fold(name.split()[-1])


def _word(token: Token, feats: Optional[dict[str, str]] = None) -> str:
    """The nominative of one word, given the tagger's reading of its case, gender and number (or
    those of the noun it agrees with)."""
    word = token.text
    if not any(ch.isalpha() for ch in word) or word.isupper() or morph.deputy_title(word):
        return word  # `замруководителя` does not decline
    feats = token.feats if feats is None else feats
    case = morph.CASES.get(feats.get("Case", ""))
    cases = morph.cases_of(word)
    if case not in cases and len(cases) == 1:  # `в «Меморандуме понимания»`, read instrumental: the one case it
        case = next(iter(cases))  # can be in
    return morph.nominative(word, case, morph.GENDERS.get(feats.get("Gender", "")),
                            morph.NUMBERS.get(feats.get("Number", "")))


def phrase(doc: Doc, head: int, start: int, end: int) -> str:
    """The text of [start, end) with the head and its agreeing words in the nominative, described
    as a name would be: a count left out (`несколько источников в ...` → источники в ..., `один
    гражданин` → гражданин), and the `другой` of one more person or source, a participle's phrase
    before the head left out (`Вызванные охранниками полицейские` → полицейские), an adjective's
    phrase put after it (`Близкий к сделке источник` → источник, близкий к сделке); a bracketed aside that
    closes it left out (`Эксперты Всемирной организации здравоохранения (ВОЗ)`, `Почти треть опрошенных (29%)`)."""
    words = doc.analysis.tokens_in(start, end)
    opening = next((k for k in range(words.stop - 1, head, -1) if doc.tokens[k].text == "("), None)
    if words and doc.tokens[words.stop - 1].text == ")" and opening is not None:
        end = doc.tokens[opening - 1].end
        words = doc.analysis.tokens_in(start, end)
    first = words.start
    one_of_people = doc.tokens[head].feats.get("Number") == "Sing" and (
        doc.tokens[head].feats.get("Animacy") == "Anim" or doc.lemma(head) in INFORMANT_NOUNS)
    while first < head and (doc.lemma(first) in _COUNTS or doc.word(first) in _MORE
                            or one_of_people and doc.lemma(first) in _ANOTHER):
        first += 1
    if any(doc.tokens[c].rel == "nummod:gov" and c >= first for c in doc.children[head]) \
            or doc.word(first) in COUNT_BOUNDS and doc.tokens[head].feats.get("Case") == "Gen":
        return " ".join(doc.text[doc.tokens[first].start:end].split())  # `обе стороны`, `два близких к
        # компании источника`, `меньше четверти россиян`: the numeral or the bound governs the case
    moved: list[int] = []
    mover: Optional[int] = None  # the adjective whose phrase goes after the head
    for child in (c for c in doc.children[head] if first <= c < head and doc.tokens[c].rel in ("amod", "acl")):
        own = doc.subtree(child)
        if not any(doc.tokens[c].rel in _COMPLEMENTS for c in doc.children[child]) or max(own) >= head:
            continue  # `городские и областные чиновники`: adjectives with no phrase of their own
        if not morph.known_as(doc.tokens[child].text.lower(), "PRTF"):  # `близкий к`, not `вызванные кем`
            moved.extend(own)
            mover = child if mover is None else mover
        first = max(first, max(own) + 1)
    if first > words.start:  # `принятой в Страсбурге депутатами резолюции`: the participle's word hung elsewhere
        phrase_words = set(doc.subtree(head))
        while first < head and first not in phrase_words:
            first += 1
    if first > words.start:
        counted = any(doc.lemma(k) in _COUNTS and doc.tokens[k].rel == "nummod:gov" for k in range(words.start, first))
        rest = _declined(doc, head, doc.tokens[first].start, end, plural=counted)
        if mover is None:
            return rest
        after = _declined(doc, mover, doc.tokens[min(moved)].start, doc.tokens[max(moved)].end)
        return f"{rest}, {after[:1].lower()}{after[1:]}"  # an adjective, in lower case once not first
    return _declined(doc, head, start, end)


def _declined(doc: Doc, head: int, start: int, end: int, plural: bool = False) -> str:
    """The text of [start, end) with the head and its agreeing words in the nominative (plural: the
    head a counted genitive plural, `источников` → источники)."""
    words = doc.analysis.tokens_in(start, end)
    if any(doc.tokens[c].rel.startswith("nummod") for c in doc.children[head] if c in words) and not plural:
        return " ".join(doc.text[start:end].split())  # `два собеседника`: a count's phrase is nominative as it is
    agreeing, stack = {head}, [head]
    k = head - 1  # the adjectives right before the noun agree with it, whatever the tagger or parser made of
    while k >= words.start and (doc.tokens[k].pos in ("ADJ", "DET", "ADV")  # them (`неподтвержденным пока`)
                                or doc.tokens[k].feats.get("VerbForm") == "Part"
                                or morph.known_only_as(doc.tokens[k].text, "ADJF", "PRTF")):
        if doc.tokens[k].pos != "ADV":
            agreeing.add(k)
        k -= 1
    while stack:
        k = stack.pop()
        for child in doc.children[k]:
            if (child not in agreeing and doc.tokens[child].rel in _AGREEING
                    and doc.tokens[child].feats.get("Case") == doc.tokens[head].feats.get("Case")
                    and not (k == head and not doc.children[child] and relative_of(doc, head, doc.tokens[child].text))):
                agreeing.add(child)
                stack.append(child)
    head_feats = doc.tokens[head].feats
    gender = morph.noun_gender(doc.tokens[head].text, morph.CASES.get(head_feats.get("Case", ""))) \
        if head_feats.get("Number") == "Sing" else None
    out, cursor = [], start
    for k in words:
        token = doc.tokens[k]
        out.append(doc.text[cursor:token.start])
        if k == head and plural:
            out.append(morph.nominative(token.text, "gent", None, "plur"))
        elif k in agreeing and k < head and token.pos != "ADJ":  # `неуточненным`, tagged a noun: as its noun
            out.append(_word(token, head_feats))
        elif k in agreeing and k < head and gender is not None:  # in the head noun's own gender
            out.append(_word(token, {**token.feats, "Gender": gender}))
        elif k in agreeing:
            out.append(_word(token))
        else:
            out.append(token.text)
        cursor = token.end
    out.append(doc.text[cursor:end])
    return " ".join("".join(out).split())
