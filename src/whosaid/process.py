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


def learn_repeated_lines(paths: list[str], input_format: str) -> Optional[RepeatedLines]:
    """Line counts per site over the page-text inputs, or None when they cannot be read twice (stdin).
    Pages, feeds, archives and URLs are left out: their main text comes without the site's furniture."""
    if "-" in paths:
        return None
    repeated = RepeatedLines()
    for item in read_inputs(paths, input_format, page_text_only=True):
        if isinstance(item, Source):
            repeated.add(site_key(item), item.text)
    return repeated


def analyse(pipeline: Pipeline, source: Source) -> Article | InputError:
    try:
        return pipeline.run(source)
    except Exception as error:  # one article's failure must not stop the batch
        return InputError(source.origin, f"analysis failed ({type(error).__name__}: {error})")


def process(paths: list[str], input_format: str = "auto", pipeline: Optional[Pipeline] = None,
            learn_boilerplate: bool = True, options: Optional[ReadOptions] = None,
            ) -> Iterator[Article | InputError]:
    pipeline = pipeline or Pipeline()
    repeated = learn_repeated_lines(paths, input_format) if learn_boilerplate else None
    per_site: dict[str, Pipeline] = {}
    for item in read_inputs(paths, input_format, options):
        if isinstance(item, InputError):
            yield item
            continue
        site_pipeline = pipeline
        if repeated is not None:
            site = site_key(item)
            if site not in per_site:
                per_site[site] = pipeline.with_repeated_lines(repeated.frequent(site))
            site_pipeline = per_site[site]
        yield analyse(site_pipeline, item)
