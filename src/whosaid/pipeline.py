"""One pipeline: the stages in order, each a callable that annotates the article it is given.

Each stage declares what it requires and assigns (`stages`); a Pipeline checks the order when it is
built. Stages that need models load them once per process (see `nlp`), so a Pipeline is cheap to
build and to copy, and one process reuses its models for every article.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence
from urllib.parse import urlparse

from . import entities, events, nlp, quotes
from .temporal import dates
from .layout import Layout
from .model import Article
from .read import Source, given_text, text_id
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


PACKAGE = Path(__file__).resolve().parent
# The parts of the package that only keep or show records: a change there changes no record.
NOT_ANALYSIS = ("store", "web")
# The installed packages whose models and dictionaries the analysis reads.
MODEL_PACKAGES = ("natasha", "slovnet", "navec", "razdel", "pymorphy3", "pymorphy3-dicts-ru")


@lru_cache(maxsize=None)
def code_version() -> str:
    """A digest of what every record depends on besides its input: the package's analysis code and
    data (word lists, patterns) and the versions of the packages holding its models."""
    digest = hashlib.sha1()
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(PACKAGE)
        if path.is_file() and relative.parts[0] not in NOT_ANALYSIS and "__pycache__" not in relative.parts:
            digest.update(f"{relative}\0".encode() + path.read_bytes())
    for package in MODEL_PACKAGES:
        try:
            digest.update(f"{package}={version(package)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{package} absent\0".encode())
    return digest.hexdigest()


@lru_cache(maxsize=None)
def _file_digest(path: str) -> str:
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


def stage_version(step: Stage) -> str:
    """A stage's name, and for a stage of another package the code of its module."""
    module_file = getattr(sys.modules.get(step.__module__), "__file__", None)
    if module_file is None or Path(module_file).resolve().is_relative_to(PACKAGE):
        return step.name
    return f"{step.name}:{_file_digest(module_file)}"


class Pipeline:
    def __init__(self, stages: Optional[Sequence[Stage]] = None):
        self.stages = list(stages) if stages is not None else default_stages()
        check_order(self.stages)
        self._version: Optional[str] = None

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

    def fingerprint(self, source: Source) -> str:
        """A digest of everything this pipeline's record of `source` depends on: the source, the
        analysis code and models (`code_version`), the stages, and the site's repeated lines that its
        text holds. Equal fingerprints, equal records: a store that holds the record of a fingerprint
        need not analyse its source again."""
        if self._version is None:
            self._version = "\0".join([code_version(), *map(stage_version, self.stages)])
        repeated = [step.repeated_in(source.text) for step in self.stages if isinstance(step, Layout)]
        given = [self._version, source.id, source.text, source.origin, repeated, source.meta]
        return hashlib.sha1(json.dumps(given, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()

    def run(self, source: Source) -> Article:
        article = new_article(source)
        for step in self.stages:
            step(article)
        return article

    def __call__(self, text: str, *, id: Optional[str] = None, **meta: Any) -> Article:
        """Analyse one article's text; InputError (one line) for what is no text."""
        text = given_text(text)
        return self.run(Source(text, id or text_id(text), "api", meta))


_default: Optional[Pipeline] = None


def extract(text: str, *, id: Optional[str] = None, **meta: Any) -> Article:
    """Analyse one article's text; metadata (title, published, url, source, ...) as keywords."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default(text, id=id, **meta)
