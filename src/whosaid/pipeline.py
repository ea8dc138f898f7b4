"""One pipeline: the stages in order, each a callable that annotates the article it is given.

Each stage declares what it requires and assigns (`stages`); a Pipeline checks the order when it is
built. Stages that need models load them once per process (see `nlp`), so a Pipeline is cheap to
build and to copy, and one process reuses its models for every article.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional, Sequence
from urllib.parse import urlparse

from . import entities, events, nlp, quotes
from .temporal import dates
from .layout import Layout
from .model import Article
from .read import Source, text_id
from .stages import Stage, StageError, check_order, installed_stage, stage


def new_article(source: Source) -> Article:
    """The empty record of a source: its text, id and the metadata that came with it."""
    meta = dict(source.meta)
    published = dates.normalise_published(meta.pop("published", None))
    url = meta.pop("url", None)
    outlet = meta.pop("source", None) or (urlparse(url).hostname if url else None)
    return Article(id=source.id, text=source.text, published=published, url=url, source=outlet,
                   origin=source.origin, meta=meta)


@stage("source", requires=["dateline"], assigns=["source"])
def fill_source(article: Article) -> Article:
    """Stage: an article with no outlet given is credited to its dateline's agency."""
    if article.source is None and article.dateline is not None:
        article.source = article.dateline.agency
    return article


def layout_stages(repeated_lines: Iterable[str] = ()) -> list[Stage]:
    """The stages that read the page: layout and the outlet. No models, fast."""
    return [Layout(repeated_lines), fill_source]


def default_stages(repeated_lines: Iterable[str] = ()) -> list[Stage]:
    """The page, its analysis, then dates (which read the tagger's tense and case), who is who,
    statements and events."""
    return layout_stages(repeated_lines) + [nlp.annotate, dates.annotate, entities.annotate, quotes.annotate,
                                            events.annotate]


class Pipeline:
    def __init__(self, stages: Optional[Sequence[Stage]] = None):
        self.stages = list(stages) if stages is not None else default_stages()
        check_order(self.stages)

    @classmethod
    def default(cls, installed: Sequence[str] = ()) -> "Pipeline":
        """The built-in stages, then the installed stages of these names (entry points), in order."""
        return cls(default_stages() + [installed_stage(name) for name in installed])

    def replace(self, name: str, new: Stage) -> "Pipeline":
        """A new pipeline, the stage called `name` replaced by `new` (checked like any other)."""
        if name not in (s.name for s in self.stages):
            raise StageError(f"no stage named {name!r} in this pipeline")
        return Pipeline([new if s.name == name else s for s in self.stages])

    def with_repeated_lines(self, lines: Iterable[str]) -> "Pipeline":
        """The same pipeline, its layout told which lines repeat across the site's articles."""
        return self.replace(Layout.name, Layout(lines))

    def run(self, source: Source) -> Article:
        article = new_article(source)
        for step in self.stages:
            step(article)
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
