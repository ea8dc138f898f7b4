"""Who is who in an article: people, organisations and places, named in the nominative, merged,
with their roles, and with the pronouns and role nouns that stand for them.

    mentions.find  → name mentions (natasha's tagger, corrected for news)
    merge.group    → one cluster per entity, named in its fullest nominative form
    coref.governments → `Москва требует`: the capital standing for its country
    roles.attach   → roles from the phrases beside a person's name
    coref.resolve  → `она`, `дипломат`, `представитель российского МИД` linked to their person
    roles.implicit_countries → `Премьер-министр Михаил Фрадков`: the country from the context

`annotate` is the pipeline stage (after `nlp.annotate`); `entity_at` answers the next stages'
question "who is this span?".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional

from ..analysis import Name
from ..model import Article, Entity, Mention, Role
from .. import morph
from ..stages import stage
from . import coref, mentions, merge, normal, roles
from .merge import Cluster


@stage("entities", requires=["analysis", "dateline"], assigns=["entities"])
def annotate(article: Article) -> Article:
    """Pipeline stage: `article.entities` from the analysis `nlp.annotate` left on the article."""
    analysis = article.analysis
    found = mentions.find(article)
    clusters = merge.group(analysis, found)
    clusters = coref.governments(analysis, clusters)
    index = roles.attach(analysis, clusters)
    coref.resolve(analysis, clusters, index, article.text)
    roles.implicit_countries(index)
    article.entities = _records(article, clusters)
    analysis.entity_mentions = Mentions(article.entities)
    # which entity each token belongs to, for the next stages: names, pronouns and role nouns that
    # stand for someone (`дипломат`, `представитель российского МИД`); the tagger's names when none
    analysis.cover([Name(m.start, m.end, e.type, e.id) for e in article.entities for m in e.mentions]
                   if article.entities else analysis.names)
    return article


def _records(article: Article, clusters: list[Cluster]) -> list[Entity]:
    analysis = article.analysis
    ids = {id(c): f"e{n}" for n, c in enumerate(clusters, 1)}
    entities = []
    for cluster in clusters:
        names = [Mention.of(article.text, f.start, f.end, kind="name") for f in cluster.names]
        aliases = []
        for f in cluster.names:
            if f.metonym:
                continue
            form = (normal.person_name(analysis, f.first, f.last, cluster.gender) if cluster.type == "PER"
                    else normal.phrase_name(analysis, f.first, f.last))
            if form != cluster.name and form not in aliases:
                aliases.append(form)
        key_name = cluster.name
        if cluster.type == "ORG":
            key_name = roles.identity_name(cluster)
            short = roles.short_name(cluster)
            if short != cluster.name and short not in aliases:
                aliases.append(short)
        entity_roles: list[Role] = []
        for role, org in cluster.roles:
            if org is not None:
                role = Role(role.title, role.organization, role.start, role.end, ids.get(id(org)))
            if all((r.title, r.organization, r.start) != (role.title, role.organization, role.start)
                   for r in entity_roles):
                entity_roles.append(role)
        entity_roles.sort(key=lambda r: r.start)
        entities.append(Entity(
            id=ids[id(cluster)], type=cluster.type, name=cluster.name,
            key=f"{cluster.type}:{morph.fold(key_name)}", aliases=aliases, roles=entity_roles,
            mentions=sorted(names + cluster.others, key=lambda m: (m.start, m.end))))
    return entities


class Mentions:
    """The entities' mentions by where they start, for what the next stages ask of a span: a span is
    compared with the mentions that can reach it (those starting at most the longest mention's length
    before it), not with every mention of the article."""

    def __init__(self, entities: list[Entity]):
        self.entities = entities
        listed = [(m.start, n, entity, m) for n, (entity, m) in enumerate((e, m) for e in entities for m in e.mentions)]
        listed.sort(key=lambda row: (row[0], row[1]))
        self._starts = [start for start, _, _, _ in listed]
        self._rows = [(n, entity, m) for _, n, entity, m in listed]
        self._longest = max((m.end - m.start for _, _, _, m in listed), default=0)

    def meeting(self, start: int, end: int) -> list[tuple[Entity, Mention]]:
        """The mentions that meet [start, end] (one ending at `start` or starting at `end` counts),
        in the order of the entities and of their mentions."""
        rows = self._rows[bisect_left(self._starts, start - self._longest):bisect_right(self._starts, end)]
        return [(entity, m) for _, entity, m in sorted(rows, key=lambda row: row[0]) if m.end >= start]


def mention_index(article: Article) -> Mentions:
    """The article's entity mentions, indexed: the entities stage keeps them on the analysis; an
    article without it, or whose entities were replaced since, has them indexed afresh."""
    index = getattr(article.analysis, "entity_mentions", None)
    return index if index is not None and index.entities is article.entities else Mentions(article.entities)


def entity_at(article: Article, start: int, end: int) -> Optional[Entity]:
    """The entity a span of the text refers to: the one with a mention at exactly that span, else the
    smallest mention covering it, else the mention overlapping it most (`она`, `дипломат`,
    `Представитель российского МИД`, `Захаровой` all answer Мария Захарова)."""
    best, best_rank = None, None
    for entity, m in mention_index(article).meeting(start, end):
        overlap = min(end, m.end) - max(start, m.start)
        if overlap <= 0:
            continue
        exact = (m.start, m.end) == (start, end)
        covers = m.start <= start and end <= m.end
        rank = (exact, covers, overlap if not covers else -(m.end - m.start),
                entity.type == "PER")
        if best_rank is None or rank > best_rank:
            best, best_rank = entity, rank
    return best


__all__ = ["annotate", "entity_at", "mention_index"]
