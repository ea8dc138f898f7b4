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
            key_name = roles.short_name(cluster)
            if key_name != cluster.name and key_name not in aliases:
                aliases.append(key_name)
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


def entity_at(article: Article, start: int, end: int) -> Optional[Entity]:
    """The entity a span of the text refers to: the one with a mention at exactly that span, else the
    smallest mention covering it, else the mention overlapping it most (`она`, `дипломат`,
    `Представитель российского МИД`, `Захаровой` all answer Мария Захарова)."""
    best, best_rank = None, None
    for entity in article.entities:
        for m in entity.mentions:
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


__all__ = ["annotate", "entity_at"]
