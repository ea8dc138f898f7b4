"""One pipeline: the stages in order, each a callable that annotates the article it is given.

Stages that need models load them once per process (see `nlp`), so a Pipeline is cheap to build
and to copy, and one process reuses its models for every article.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Optional
from urllib.parse import urlparse

from . import dates, entities, events, nlp, quotes
from .layout import Layout
from .model import Article
from .read import Source, text_id

Stage = Callable[[Article], Article]


def new_article(source: Source) -> Article:
    """The empty record of a source: its text, id and the metadata that came with it."""
    meta = dict(source.meta)
    published = dates.normalise_published(meta.pop("published", None))
    url = meta.pop("url", None)
    outlet = meta.pop("source", None) or (urlparse(url).hostname if url else None)
    return Article(id=source.id, text=source.text, published=published, url=url, source=outlet,
                   origin=source.origin, meta=meta)


def fill_source(article: Article) -> Article:
    """Stage: an article with no outlet given is credited to its dateline's agency."""
    if article.source is None and article.dateline is not None:
        article.source = article.dateline.agency
    return article


def layout_stages(repeated_lines: Iterable[str] = ()) -> list[Stage]:
    """The stages that read the page: layout, dates, the outlet. No models, fast."""
    return [Layout(repeated_lines), dates.annotate, fill_source]


def default_stages(repeated_lines: Iterable[str] = ()) -> list[Stage]:
    return layout_stages(repeated_lines) + [nlp.annotate, entities.annotate, quotes.annotate,
                                            events.annotate]


class Pipeline:
    def __init__(self, stages: Optional[list[Stage]] = None):
        self.stages = stages if stages is not None else default_stages()

    def with_repeated_lines(self, lines: Iterable[str]) -> "Pipeline":
        """The same pipeline, its layout told which lines repeat across the site's articles."""
        lines = frozenset(lines)
        return Pipeline([Layout(lines) if isinstance(s, Layout) else s for s in self.stages])

    def run(self, source: Source) -> Article:
        article = new_article(source)
        for stage in self.stages:
            stage(article)
        return article

    def __call__(self, text: str, *, id: Optional[str] = None, **meta: Any) -> Article:
        return self.run(Source(text, id or text_id(text), "api", meta))


_default: Optional[Pipeline] = None


def extract(text: str, *, id: Optional[str] = None, **meta: Any) -> Article:
    """Analyse one article's text; metadata (title, published, url, source, ...) as keywords."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default(text, id=id, **meta)
