"""Who `она`, `дипломат`, `представитель российского МИД` and `Москва` stand for.

Pronouns and role nouns are resolved to the most salient person before them that agrees: gender and
number from the pronoun and from the verb it is subject of (`сказала` is feminine), the role noun
matched against the roles already read (`министр`, `представитель российского МИД`). Salience is
recency, with subjects first: news keeps its speaker as the subject of consecutive sentences.
A capital used as an actor (`Москва требует`, `заявления Вашингтона`) stands for its country.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..model import Mention
from ..nlp import Analysis
from . import morph
from .lexicon import COUNTRY_BY_CAPITAL, PERSONAL_PRONOUNS, STANCE_NOUNS
from .merge import Cluster, subject_gender
from .mentions import Found
from .nouns import is_person_noun
from .roles import Index, make_role, phrase_ending_at

PRONOUN_GENDERS = {"он": "masc", "она": "femn"}
NOT_ANAPHORIC = {"один", "другой", "некоторый", "каждый", "любой", "какой-то", "некий", "иной",
                 "какой-нибудь", "многие", "несколько", "ряд"}
SENTENCE_WINDOW = 2  # how many sentences back an antecedent may be


def governments(analysis: Analysis, clusters: list[Cluster]) -> list[Cluster]:
    """A capital acting as its government is a mention of the country: `Москва требует`,
    `предложениям Москвы`. In `в Москве`, `посетил Москву` it stays the city."""
    moved: list[tuple[Found, Cluster]] = []
    for cluster in clusters:
        if cluster.type != "LOC" or cluster.country is not None:
            continue
        country = COUNTRY_BY_CAPITAL.get(morph.fold(cluster.name))
        if country is None:
            continue
        for f in cluster.names:
            if not f.nested and _acts(analysis, f):
                moved.append((f, cluster))
    for f, capital in moved:
        country = COUNTRY_BY_CAPITAL[morph.fold(capital.name)]
        target = next((c for c in clusters if c.type == "LOC" and c.country is country), None)
        if target is None:
            target = Cluster("LOC", country=country, name=country.name)
            clusters.append(target)
        capital.names.remove(f)
        f.metonym = True
        target.names.append(f)
        target.names.sort(key=lambda n: n.start)
    kept = [c for c in clusters if c.names]
    kept.sort(key=lambda c: c.names[0].start)
    return kept


def _acts(analysis: Analysis, f: Found) -> bool:
    i = f.last - 1
    token = analysis.tokens[i]
    if any(analysis.tokens[c].rel == "case" for c in analysis.children(i)):
        return False
    if token.rel.startswith("nsubj"):
        return token.head >= 0 and analysis.tokens[token.head].pos == "VERB"  # not `МИНСК, 11 янв`
    return token.rel == "nmod" and token.feats.get("Case") == "Gen" and token.head >= 0 \
        and analysis.lemma(token.head) in STANCE_NOUNS


@dataclass
class Anaphor:
    first: int
    last: int
    head: int
    kind: str  # pronoun | descriptor
    gender: Optional[str]


def resolve(analysis: Analysis, clusters: list[Cluster], index: Index, text: str) -> None:
    """Link pronouns and role nouns to the person they stand for, in text order."""
    last_seen: dict[int, tuple[int, bool]] = {}  # id(cluster) -> (sentence, was subject)
    events = _name_events(index)
    anaphors = _anaphors(analysis, index)
    people = {id(c): c for c in clusters if c.type == "PER"}
    e = 0
    for anaphor in anaphors:
        while e < len(events) and events[e][0] < anaphor.first:
            position, cluster, subject = events[e]
            last_seen[id(cluster)] = (analysis.tokens[position].sentence, subject)
            e += 1
        cluster = _antecedent(analysis, index, anaphor, last_seen, people)
        if cluster is None:
            continue
        start, end = analysis.tokens[anaphor.first].start, analysis.tokens[anaphor.last - 1].end
        cluster.others.append(Mention.of(text, start, end, kind=anaphor.kind))
        if anaphor.gender:
            cluster.genders.add(anaphor.gender) if not cluster.genders else None
        subject = analysis.tokens[anaphor.head].rel.startswith("nsubj")
        last_seen[id(cluster)] = (analysis.tokens[anaphor.head].sentence, subject)
        if anaphor.kind == "descriptor":
            phrase = phrase_ending_at(index, anaphor.last, None)
            if phrase is not None and phrase.head == anaphor.head:
                cluster.roles.append(make_role(index, phrase))


def _name_events(index: Index) -> list[tuple[int, Cluster, bool]]:
    events = []
    for cluster in index.clusters:
        if cluster.type != "PER":
            continue
        for f in cluster.names:
            subject = any(index.analysis.tokens[i].rel.startswith("nsubj") for i in range(f.first, f.last))
            events.append((f.first, cluster, subject))
    events.sort(key=lambda e: e[0])
    return events


def _anaphors(analysis: Analysis, index: Index) -> list[Anaphor]:
    role_tokens = {i for c in index.clusters for role, _ in c.roles
                   for i in analysis.tokens_in(role.start, role.end)}
    found = []
    for i, token in enumerate(analysis.tokens):
        if token.pos == "PRON" and analysis.lemma(i) in PERSONAL_PRONOUNS:
            gender = PRONOUN_GENDERS.get(analysis.lemma(i))
            if gender and token.feats.get("Number") != "Plur":
                found.append(Anaphor(i, i + 1, i, "pronoun", gender))
        elif i not in index.at and i not in role_tokens and is_person_noun(analysis, i) \
                and token.feats.get("Number") == "Sing" and _descriptor_position(analysis, i):
            first, last = _descriptor_span(analysis, index, i)
            found.append(Anaphor(first, last, i, "descriptor", subject_gender(analysis, i)))
    return found


def _descriptor_position(analysis: Analysis, i: int) -> bool:
    """A role noun that stands for someone already named: the subject, with no `один из`."""
    token = analysis.tokens[i]
    if not token.rel.startswith("nsubj"):
        return False
    if i + 1 < len(analysis.tokens) and index_is_name_start(analysis, i + 1):
        return False
    return not any(analysis.lemma(c) in NOT_ANAPHORIC for c in analysis.children(i))


def index_is_name_start(analysis: Analysis, i: int) -> bool:
    return analysis.tokens[i].pos == "PROPN" and analysis.tokens[i].text[:1].isupper()


def _descriptor_span(analysis: Analysis, index: Index, head: int) -> tuple[int, int]:
    """The role noun with its adjectives and the genitives after it: `Представитель российского МИД`."""
    first = head
    while first - 1 >= 0 and analysis.tokens[first - 1].pos == "ADJ" \
            and analysis.tokens[first - 1].head == head:
        first -= 1
    last = head + 1
    while last < len(analysis.tokens) and analysis.tokens[last].sentence == analysis.tokens[head].sentence:
        token = analysis.tokens[last]
        f = index.at.get(last)
        if f is not None and f.type != "PER":
            last = f.last
            continue
        if token.pos in ("NOUN", "ADJ") and token.feats.get("Case") == "Gen" and _under(analysis, last, head):
            last += 1
            continue
        break
    return first, last


def _under(analysis: Analysis, i: int, head: int) -> bool:
    for _ in range(6):
        i = analysis.tokens[i].head
        if i == head:
            return True
        if i < 0:
            return False
    return False


def _antecedent(analysis: Analysis, index: Index, anaphor: Anaphor, last_seen: dict,
                people: dict[int, Cluster]) -> Optional[Cluster]:
    sentence = analysis.tokens[anaphor.head].sentence
    best, best_rank = None, None
    for key, (seen, subject) in last_seen.items():
        cluster = people.get(key)
        if cluster is None or sentence - seen > SENTENCE_WINDOW:
            continue
        if anaphor.gender and cluster.gender and anaphor.gender != cluster.gender:
            continue
        fit = _role_fit(analysis, index, anaphor, cluster) if anaphor.kind == "descriptor" else 0
        if fit < 0:
            continue
        rank = (fit, -(sentence - seen), subject)
        if best_rank is None or rank > best_rank:
            best, best_rank = cluster, rank
    return best


def _role_fit(analysis: Analysis, index: Index, anaphor: Anaphor, cluster: Cluster) -> int:
    """How well a role noun fits a person's known roles: 2 same organisation, 1 same title word,
    0 nothing known; -1 when the role noun names an organisation the person has no role in."""
    org = next((index.at[i] for i in range(anaphor.head + 1, anaphor.last) if i in index.at), None)
    org_cluster = index.cluster(org) if org is not None else None
    head_lemma = analysis.lemma(anaphor.head)
    fit = 0
    for role, role_org in cluster.roles:
        if org_cluster is not None and role_org is org_cluster:
            return 2
        if head_lemma in morph.fold(role.title).split():
            fit = 1
    if org_cluster is not None and fit == 0:
        return -1  # `представитель Белого дома` is someone of the White House, not whoever was last named
    return fit
