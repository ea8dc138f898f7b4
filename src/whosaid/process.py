"""Inputs through the pipeline: every article of some paths, and an error for each bad item.

When several articles of one site are processed together, a first cheap pass counts their lines,
so the layout can mark the lines that the site repeats on every page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import urlparse

from .layout import RepeatedLines
from .model import Article
from .pipeline import Pipeline
from .read import InputError, ReadOptions, Source, read_inputs


def site_key(source: Source) -> str:
    """The site an input belongs to: its outlet, its URL's host, or the file or folder it came from."""
    if source.meta.get("source"):
        return str(source.meta["source"])
    if source.meta.get("url"):
        return urlparse(str(source.meta["url"])).hostname or ""
    origin = source.origin.rsplit(":", 1)[0] if source.origin[-1:].isdigit() else source.origin
    return origin if origin.endswith((".jsonl", ".jsonl.gz", ".ndjson")) else str(Path(origin).parent)


def learn_repeated_lines(paths: list[str], input_format: str,
                         options: Optional[ReadOptions] = None) -> Optional[RepeatedLines]:
    """Line counts per site over the page-text inputs, or None when they cannot be read twice (stdin).
    Pages, feeds, archives and URLs are left out: their main text comes without the site's furniture."""
    if "-" in paths:
        return None
    repeated = RepeatedLines()
    for item in read_inputs(paths, input_format, options, page_text_only=True):
        if isinstance(item, Source):
            repeated.add(site_key(item), item.text)
    return repeated


def analyse(pipeline: Pipeline, source: Source) -> Article | InputError:
    try:
        return pipeline.run(source)
    except Exception as error:  # one article's failure must not stop the batch
        return InputError(source.origin, f"analysis failed ({type(error).__name__}: {error})")


def site_boilerplate(repeated: Optional[RepeatedLines]) -> Optional[dict[str, frozenset[str]]]:
    """The lines each site repeats, as plain data a worker process can be given."""
    if repeated is None:
        return None
    return {site: lines for site in repeated.docs if (lines := repeated.frequent(site))}


class SitePipelines:
    """One pipeline per site, its layout told the lines that site repeats across its articles."""

    def __init__(self, pipeline: Optional[Pipeline] = None,
                 repeated: Optional[dict[str, frozenset[str]]] = None):
        self.pipeline = pipeline or Pipeline()
        self.repeated = repeated
        self.per_site: dict[str, Pipeline] = {}

    def pipeline_of(self, source: Source) -> Pipeline:
        if self.repeated is None:
            return self.pipeline
        site = site_key(source)
        if site not in self.per_site:
            self.per_site[site] = self.pipeline.with_repeated_lines(self.repeated.get(site, ()))
        return self.per_site[site]

    def analyse(self, source: Source) -> Article | InputError:
        return analyse(self.pipeline_of(source), source)


def sources(paths: list[str], input_format: str = "auto", pipeline: Optional[Pipeline] = None,
            learn_boilerplate: bool = True, options: Optional[ReadOptions] = None,
            ) -> Iterator[tuple[Source, Pipeline] | InputError]:
    """Every input of some paths with the pipeline of its site, not yet analysed."""
    repeated = learn_repeated_lines(paths, input_format, options) if learn_boilerplate else None
    pipelines = SitePipelines(pipeline, site_boilerplate(repeated))
    for item in read_inputs(paths, input_format, options):
        yield item if isinstance(item, InputError) else (item, pipelines.pipeline_of(item))


def process(paths: list[str], input_format: str = "auto", pipeline: Optional[Pipeline] = None,
            learn_boilerplate: bool = True, options: Optional[ReadOptions] = None,
            ) -> Iterator[Article | InputError]:
    for item in sources(paths, input_format, pipeline, learn_boilerplate, options):
        yield item if isinstance(item, InputError) else analyse(item[1], item[0])
