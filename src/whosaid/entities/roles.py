"""Roles from the phrases set beside a person's name: `официальный представитель МИД РФ Мария Захарова`,
`Глава российской делегации – замглавы МИД РФ Сергей Рябков`, `Борис Стомахин, редактор газеты`.

A role phrase is a noun phrase headed by a noun for a person (animate, and not a kinship or
demographic word), in the case of the name it stands beside; the organisation is the name or country
inside it after the head (`МИД РФ`, `США`), a country adjective (`российский посол`), or the country
the article is about for `страны` / `государства`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..model import Role
from ..nlp import Analysis
from . import morph, normal
from .lexicon import COUNTRY_BY_ADJECTIVE, NOT_ROLES, ROLE_WORDS, THE_COUNTRY
from .merge import Cluster
from .mentions import Found

PHRASE_PREPOSITIONS = {"по", "при"}
DASHES = {"–", "—", "-"}


@dataclass
class Phrase:
    """A role phrase: tokens [first, last), its head noun, and where the organisation's name starts."""
    first: int
    last: int
    head: int
    org: Optional[Found] = None  # the name of the organisation or country inside it
    org_word: Optional[int] = None  # a country adjective or `страны` standing for one


class Index:
    """Which mention covers which token, and whose it is: what the role and coreference rules ask."""

    def __init__(self, analysis: Analysis, clusters: list[Cluster]):
        self.analysis = analysis
        self.clusters = clusters
        self.at: dict[int, Found] = {}
        self.cluster_of: dict[int, Cluster] = {}
        for cluster in clusters:
            for f in cluster.names:
                self.cluster_of[id(f)] = cluster
                if not f.nested:
                    for i in range(f.first, f.last):
                        self.at[i] = f

    def cluster(self, found: Found) -> Cluster:
        return self.cluster_of[id(found)]


def is_person_noun(analysis: Analysis, i: int) -> bool:
    """A noun for what a person is or does: `представитель`, `замглавы`, `министр`, `дипломат`."""
    token = analysis.tokens[i]
    if token.pos != "NOUN" or (not token.text[:1].islower() and token.start != _sentence_start(analysis, i)):
        return False
    lemma = analysis.lemma(i)
    if lemma in NOT_ROLES:
        return False
    return lemma in ROLE_WORDS or any(p.tag.POS == "NOUN" and "anim" in p.tag
                                      for p in morph.parses(token.text.lower()))


def _sentence_start(analysis: Analysis, i: int) -> int:
    return analysis.sentences[analysis.tokens[i].sentence].start


def attach(analysis: Analysis, clusters: list[Cluster]) -> Index:
    """Put on each person the roles written beside its names; return the index the next rules use."""
    index = Index(analysis, clusters)
    for cluster in clusters:
        if cluster.type != "PER":
            continue
        for f in cluster.names:
            if f.nested:
                continue
            for phrase in _phrases_beside(index, f):
                cluster.roles.append(make_role(index, phrase))
    return index


def _phrases_beside(index: Index, name: Found) -> list[Phrase]:
    analysis = index.analysis
    found = []
    before = phrase_ending_at(index, name.first, name)
    if before is not None:
        found.append(before)
        dash = before.first - 1
        if dash >= 0 and analysis.tokens[dash].text in DASHES:
            earlier = phrase_ending_at(index, dash, name)
            if earlier is not None:
                found.append(earlier)  # Глава российской делегации – замглавы МИД РФ Сергей Рябков
    after = _phrase_after(index, name)
    if after is not None:
        found.append(after)
    return found


def _compatible_case(analysis: Analysis, head: int, name: Found) -> bool:
    name_word = analysis.tokens[name.first]
    name_cases = {morph.CASES.get(name_word.feats.get("Case"))} | \
        (morph.cases_of(name_word.text) if morph.has_grammeme(name_word.text, "Fixd") else set())
    head_word = analysis.tokens[head].text.lower()
    return bool(morph.cases_of(head_word) & name_cases) or morph.has_grammeme(head_word, "Fixd")


def phrase_ending_at(index: Index, end: int, name: Optional[Found]) -> Optional[Phrase]:
    """The role phrase whose last token is just before `end` (a name, or a dash before the phrase)."""
    analysis = index.analysis
    sentence = analysis.tokens[end].sentence if end < len(analysis.tokens) else -1
    i = end - 1
    span: list[int] = []
    while i >= 0 and analysis.tokens[i].sentence == sentence:
        token = analysis.tokens[i]
        inside = index.at.get(i)
        if inside is not None and inside.type == "PER":
            break
        if inside is None and not (token.pos in ("NOUN", "ADJ", "PROPN", "NUM")
                                   or token.text.lower() in PHRASE_PREPOSITIONS
                                   or (token.pos == "CCONJ" and token.text == "и")):
            break
        span.append(i)
        i -= 1
    span.reverse()
    # the role's head is the first noun for a person in it; adjectives before it belong to it
    for n, i in enumerate(span):
        if index.at.get(i) is None and is_person_noun(analysis, i) \
                and (name is None or _compatible_case(analysis, i, name)):
            first = i
            while n > 0 and analysis.tokens[span[n - 1]].pos in ("ADJ", "CCONJ") and index.at.get(span[n - 1]) is None:
                n -= 1
                first = span[n]
            if analysis.tokens[first].pos == "CCONJ":
                first += 1
            return _organisation_in(index, Phrase(first, end, i))
    return None


def _phrase_after(index: Index, name: Found) -> Optional[Phrase]:
    """`Борис Стомахин, редактор ежемесячной газеты «Радикальная политика», был арестован`."""
    analysis = index.analysis
    comma = name.last
    if comma >= len(analysis.tokens) or analysis.tokens[comma].text != ",":
        return None
    sentence = analysis.tokens[comma].sentence
    i = comma + 1
    while i < len(analysis.tokens) and analysis.tokens[i].pos == "ADJ" and analysis.tokens[i].sentence == sentence:
        i += 1
    if i >= len(analysis.tokens) or analysis.tokens[i].sentence != sentence \
            or not is_person_noun(analysis, i) or not _compatible_case(analysis, i, name):
        return None
    head = i
    i += 1
    while i < len(analysis.tokens) and analysis.tokens[i].sentence == sentence:
        token = analysis.tokens[i]
        inside = index.at.get(i)
        if inside is not None:
            if inside.type == "PER":
                return None
            i = inside.last
            continue
        if token.text in (",", ".", ")", "(", ";") or token.text in DASHES:
            break
        if not (token.pos in ("NOUN", "ADJ", "PROPN", "NUM") or token.text.lower() in PHRASE_PREPOSITIONS
                or (token.pos == "CCONJ" and token.text == "и")):
            return None
        i += 1
    return _organisation_in(index, Phrase(comma + 1, i, head))


def _organisation_in(index: Index, phrase: Phrase) -> Phrase:
    analysis = index.analysis
    for i in range(phrase.head + 1, phrase.last):
        f = index.at.get(i)
        if f is not None and f.type in ("ORG", "LOC"):
            phrase.org = f
            return phrase
        if analysis.tokens[i].pos == "NOUN" and analysis.lemma(i) in THE_COUNTRY:
            phrase.org_word = i
            return phrase
    for i in range(phrase.first, phrase.head):
        if analysis.tokens[i].pos == "ADJ" and analysis.lemma(i) in COUNTRY_BY_ADJECTIVE:
            phrase.org_word = i
    return phrase


def make_role(index: Index, phrase: Phrase) -> tuple[Role, Optional[Cluster]]:
    """The role of a phrase: its title in the nominative without the organisation, the organisation's
    name, and the organisation's cluster when it is named in the article."""
    analysis = index.analysis
    first, end = phrase.first, phrase.last
    if phrase.org is not None:
        end = phrase.org.first
    elif phrase.org_word is not None and phrase.org_word > phrase.head:
        end = phrase.org_word
    if phrase.org_word == first:
        first += 1  # российский посол: the country is the organisation, посол the title
    while end - 1 > phrase.head and (analysis.tokens[end - 1].text.lower() in PHRASE_PREPOSITIONS
                                     or analysis.tokens[end - 1].pos in ("CCONJ", "PUNCT")):
        end -= 1
    title = normal.phrase_name(analysis, first, end)
    if title[:1].isupper() and not title[:2].isupper():
        title = title[0].lower() + title[1:]
    organization, cluster = _organisation_name(index, phrase)
    span_start = analysis.tokens[phrase.first].start
    span_end = analysis.tokens[phrase.last - 1].end
    return Role(title, organization, span_start, span_end), cluster


def _organisation_name(index: Index, phrase: Phrase) -> tuple[Optional[str], Optional[Cluster]]:
    analysis = index.analysis
    if phrase.org is not None:
        cluster = index.cluster(phrase.org)
        return short_name(cluster), cluster
    if phrase.org_word is None:
        return None, None
    lemma = analysis.lemma(phrase.org_word)
    if lemma in COUNTRY_BY_ADJECTIVE:
        country = COUNTRY_BY_ADJECTIVE[lemma]
    else:
        country = main_country(index.clusters)
        if country is None:
            return None, None
    cluster = next((c for c in index.clusters if c.type == "LOC" and c.country is country), None)
    return country.name, cluster


def main_country(clusters: list[Cluster]):
    """The country an article is about: the one it names most (`президент страны`)."""
    countries = [c for c in clusters if c.type == "LOC" and c.country is not None]
    if not countries:
        return None
    return max(countries, key=lambda c: len(c.names)).country


def short_name(cluster: Cluster) -> str:
    """An organisation by its shortest name with its country (`МИД России`); a place by its name."""
    if cluster.type == "LOC":
        if cluster.country is not None:
            return cluster.country.name
        return cluster.name
    core = min(cluster.cores, key=lambda c: (len(c.split()), len(c)))
    return f"{core} {cluster.country.genitive}" if cluster.country else core
