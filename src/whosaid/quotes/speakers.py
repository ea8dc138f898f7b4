"""Who is speaking: the speaker mention of a statement resolved to a name and a kind.

A mention that contains a name in apposition to its head (`официальный представитель МИД РФ
Мария Захарова`, `литовская газета Lietuvos zinios`) is that name, in the nominative. A pronoun
(`она`, `по его словам`), a role noun with no name (`дипломат`, `представитель российского МИД`)
and a cue with no subject at all (`..., - добавила.`) refer back: to the latest speaker or named
person before it that agrees with the cue in gender and number. Speakers that are not named
entities keep their description in the nominative: `эксперт` (unnamed), `некоторые очевидцы`
(group), `пресс-служба ГУ МВД` (organization), `документ` (other).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..model import Span, Speaker
from . import lexicon
from .attribution import mention_span
from .document import Candidate, Doc
from .nominative import phrase

_KIND_OF_NAME = {"PER": "person", "ORG": "organization", "LOC": "country"}
_APPOSED = ("appos", "flat", "flat:name", "flat:foreign", "nsubj")


@dataclass
class Antecedent:
    """Someone a later pronoun or role noun may refer to."""
    position: int
    speaker: Speaker
    gender: Optional[str]
    number: Optional[str]


class Resolver:
    """Resolves speakers in text order, remembering who has spoken and who has been named."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.spoken: list[Antecedent] = []
        self.people: list[Antecedent] = [a for a in (self._person(n) for n in doc.analysis.names
                                                      if n.type == "PER") if a is not None]

    def resolve(self, candidate: Candidate) -> Optional[Speaker]:
        doc = self.doc
        gender, number = self._agreement(candidate)
        position = candidate.frame[0]
        if candidate.speaker is not None:
            speaker = self._from_mention(candidate.speaker, gender, number, position)
        elif candidate.possessive is not None:
            pronoun = doc.word(candidate.possessive)
            p_gender = lexicon.POSSESSIVES.get(pronoun)
            speaker = self._refer_back(position, None if p_gender == "Plur" else p_gender,
                                       "Plur" if p_gender == "Plur" else "Sing", people_only=False)
            if speaker is not None:
                token = doc.tokens[candidate.possessive]
                speaker = Speaker(speaker.name, speaker.kind, speaker.entity, Span.of(doc.text, token.start, token.end))
        elif candidate.described is not None:
            start, end = candidate.described
            head = doc.token_at(end - 1)
            name = phrase(doc, head, start, end) if head is not None else doc.text[start:end]
            speaker = Speaker(name, "unnamed")
        else:
            speaker = self._refer_back(position, gender, number, people_only=False)
        if speaker is not None:
            self.spoken.append(Antecedent(position, speaker, gender, number))
        return speaker

    # ------------------------------------------------------------------ mentions

    def _from_mention(self, head: int, gender: Optional[str], number: Optional[str], position: int) -> Optional[Speaker]:
        doc = self.doc
        start, end = mention_span(doc, head)
        mention = Span.of(doc.text, start, end)
        named = self._named(head, start, end)
        if named is not None:
            return Speaker(named[0], named[1], None, mention)
        token = doc.tokens[head]
        lemma = doc.lemma(head)
        if token.pos == "PRON" or lemma in lexicon.PRONOUNS:
            if lemma not in lexicon.PRONOUNS:
                return None  # `кто-то`, `все`: not someone the article names
            p_number = token.feats.get("Number", number)
            p_gender = token.feats.get("Gender", gender) if p_number != "Plur" else None
            found = self._refer_back(position, p_gender, p_number, people_only=p_number != "Plur")
            return Speaker(found.name, found.kind, found.entity, mention) if found is not None else None
        singular = token.feats.get("Number") != "Plur"
        if singular and lemma in lexicon.ROLE_NOUNS:
            found = self._refer_back(position, gender, "Sing", people_only=True)
            if found is not None:
                return Speaker(found.name, found.kind, found.entity, mention)
        return Speaker(self._description(head, start, end), self._common_kind(head), None, mention)

    def _named(self, head: int, start: int, end: int) -> Optional[tuple[str, str]]:
        """The name the mention is (or has in apposition to its head), with its kind."""
        doc = self.doc
        found = []
        for name in doc.analysis.names:
            if not (start <= name.start and name.end <= end):
                continue
            words = doc.analysis.tokens_in(name.start, name.end)
            if not words:
                continue
            root = next((k for k in words if doc.tokens[k].head not in words), words.start)
            if head in words or self._apposed(root, head):
                found.append((name, root))
        if not found:
            return None
        people = [(n, r) for n, r in found if n.type == "PER"]
        if len(people) > 1 and any(doc.tokens[r].rel == "conj" for _, r in people):
            names = [phrase(doc, r, n.start, n.end, person=True) for n, r in people]
            return " и ".join(names), "group"
        name, root = (people or found)[0]
        return phrase(doc, root, name.start, name.end, person=name.type == "PER"), _KIND_OF_NAME.get(name.type, "other")

    def _apposed(self, root: int, head: int) -> bool:
        """Is the name rooted at `root` the head itself or in apposition to it (not a complement
        like `пресс-служба МИД`)?"""
        tokens = self.doc.tokens
        k = root
        for _ in range(3):
            if tokens[k].head == head:
                return tokens[k].rel in _APPOSED or (tokens[k].rel == "conj" and k == root)
            if tokens[k].rel not in _APPOSED:
                return False
            k = tokens[k].head
            if k < 0:
                return False
        return False

    def _description(self, head: int, start: int, end: int) -> str:
        return phrase(self.doc, head, start, end)

    def _common_kind(self, head: int) -> str:
        doc = self.doc
        lemma = doc.lemma(head)
        if lemma in lexicon.INSTITUTION_NOUNS:
            return "organization"
        if lemma in lexicon.DOCUMENT_NOUNS:
            return "other"
        if lemma in lexicon.DATA_NOUNS:
            return "unnamed"
        if doc.tokens[head].feats.get("Number") == "Plur" or any(
                doc.tokens[c].rel == "conj" for c in doc.children[head]):
            return "group"
        return "unnamed"

    # ------------------------------------------------------------------ referring back

    def _refer_back(self, position: int, gender: Optional[str], number: Optional[str], people_only: bool) -> Optional[Speaker]:
        """The latest speaker or named person before `position` that agrees in gender and number."""
        best: Optional[Antecedent] = None
        for antecedent in self.spoken + self.people:
            if antecedent.position >= position:
                continue
            if people_only and antecedent.speaker.kind != "person":
                continue
            if not _agrees(antecedent, gender, number):
                continue
            if best is None or antecedent.position > best.position:
                best = antecedent
        return best.speaker if best is not None else None

    def _person(self, name) -> Optional[Antecedent]:
        doc = self.doc
        words = doc.analysis.tokens_in(name.start, name.end)
        if not words:
            return None
        root = next((k for k in words if doc.tokens[k].head not in words), words.start)
        gender = next((doc.tokens[k].feats.get("Gender") for k in words if doc.tokens[k].feats.get("Gender")), None)
        speaker = Speaker(phrase(doc, root, name.start, name.end, person=True), "person")
        return Antecedent(name.start, speaker, gender, "Sing")

    def _agreement(self, candidate: Candidate) -> tuple[Optional[str], Optional[str]]:
        """Gender and number the speaker must have, from the cue verb (`сказала`: feminine)."""
        if candidate.cue_token is None:
            return None, None
        feats = self.doc.tokens[candidate.cue_token].feats
        number = feats.get("Number")
        gender = feats.get("Gender") if number != "Plur" else None
        return gender, number


def _agrees(antecedent: Antecedent, gender: Optional[str], number: Optional[str]) -> bool:
    if number == "Plur":
        return antecedent.number == "Plur" or antecedent.speaker.kind in ("group", "organization")
    if number == "Sing" and antecedent.number == "Plur":
        return False
    return gender is None or antecedent.gender is None or antecedent.gender == gender
