"""Which common nouns name a person's office (`представитель`, `замглавы`) or an organisation's kind
(`правительство`, `партия`): the words the mention, role and coreference rules turn on."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..analysis import Analysis
from .. import morph
from .lexicon import NOT_ROLES, ORG_HEADS, PLACE_ORG_HEADS, ROLE_WORDS

PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")
FORMER = ("экс-", "экс–")


def is_person_noun(analysis: Analysis, i: int) -> bool:
    """A noun for what a person is or does: `представитель`, `замглавы`, `министр`, `Президента`."""
    return not analysis.has_lemma(i, NOT_ROLES) and names_a_person(analysis, i)


def names_a_person(analysis: Analysis, i: int) -> bool:
    """A common noun for a person, whether or not it says what they do: `министр`, `вдова`."""
    token = analysis.tokens[i]
    former = token.text.lower().startswith(FORMER)  # `Экс-председатель`, which the tagger may read as an adjective
    if token.pos not in ("NOUN", "PROPN") and not former or token.text.isupper():
        return False
    if token.pos == "NOUN" and analysis.has_lemma(i, ROLE_WORDS):
        return True
    if former and _animate_common_noun(token.text.lower()[len(FORMER[0]):]):
        return True  # `Экс-командующий`, which the dictionary reads as a verb's participle
    # read as inanimate in context, only the dictionary's parses of the tagger's lemma count (`практика
    # перехода` is no `практик`, `премьера фильма` no `премьер`)
    return _animate_common_noun(token.text.lower(), morph.fold(analysis.lemma(i))
                                if token.feats.get("Animacy") == "Inan" else None)


@lru_cache(maxsize=50_000)
def _animate_common_noun(word: str, lemma: Optional[str] = None) -> bool:
    parses = morph.parses(word)
    read = [p for p in parses if morph.fold(p.normal_form) == lemma]
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and not any(g in p.tag for g in PROPER)
               for p in read or parses)


def is_kind_noun(analysis: Analysis, i: int, kinds=ORG_HEADS) -> bool:
    """A noun for a kind of organisation or place (one of `kinds`): `партии`, `Правительство`, `реки`;
    a compound ending in one: `интернет-издания`, `PR-служба`."""
    token = analysis.tokens[i]
    if token.pos not in ("NOUN", "PROPN") or token.text.isupper():
        return False
    if "-" not in token.text:
        return analysis.has_lemma(i, kinds)
    lemma = analysis.lemma(i)
    return lemma in kinds or lemma.rpartition("-")[2] in kinds


def is_institution_noun(analysis: Analysis, i: int) -> bool:
    """A noun for a kind of body that is no place's own institution: `института`, `завода`, `компании`,
    not `администрации`, `правительства` (a region's head heads those)."""
    return is_kind_noun(analysis, i, ORG_HEADS) and not is_kind_noun(analysis, i, PLACE_ORG_HEADS)
