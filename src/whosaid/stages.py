"""Stage contracts: what a pipeline stage needs on the record, and what it adds to it.

A stage is a callable `stage(article) -> article` that declares its `name`, the record parts it
`requires` (an earlier stage must assign them) and the parts it `assigns`, so that a pipeline put
together in the wrong order fails when it is built, not on some article later. Stages of other
packages come in through the entry-point group `whosaid.stages`: each entry point names a factory
that returns a stage, so every command (and every batch worker) can build it by name.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Callable, Iterable, Protocol, runtime_checkable

from .model import Article

ENTRY_POINT_GROUP = "whosaid.stages"
# What a record holds before any stage runs: what came with the input (`pipeline.new_article`).
SOURCE_PARTS = frozenset({"id", "text", "published", "url", "source", "origin", "meta"})


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
          ) -> Callable[[Callable[[Article], Article]], Stage]:
    """Decorator: the function `article -> article` declared as the stage `name` (it stays a function)."""
    def declare(function):
        function.name, function.requires, function.assigns = name, tuple(requires), tuple(assigns)
        return function
    return declare


class StageError(ValueError):
    """A pipeline that cannot run: a stage before what it requires, two of one name, or not installed."""


def check_order(stages: Iterable[Stage]) -> None:
    assigned, names = set(SOURCE_PARTS), set()
    for each in stages:
        if each.name in names:
            raise StageError(f"two stages are named {each.name!r}")
        names.add(each.name)
        for part in each.requires:
            if part not in assigned:
                raise StageError(f"stage {each.name!r} requires {part!r}, which no stage before it assigns")
        assigned.update(each.assigns)


def installed_stage(name: str) -> Stage:
    """The stage an installed package offers under `name` (its entry point's factory, called)."""
    found = {point.name: point for point in entry_points(group=ENTRY_POINT_GROUP)}
    if name not in found:
        installed = ", ".join(sorted(found)) or "none"
        raise StageError(f"no stage named {name!r} is installed "
                         f"(entry points {ENTRY_POINT_GROUP}: {installed})")
    try:
        made = found[name].load()()
    except Exception as error:  # a broken plugin is reported like a missing one, in one line
        raise StageError(f"stage {name!r} ({found[name].value}) could not be made: "
                         f"{type(error).__name__}: {error}") from None
    if not isinstance(made, Stage):
        raise StageError(f"stage {name!r} ({found[name].value}) gave {made!r}, not a stage "
                         "(a callable with name, requires and assigns)")
    return made


def add_stage_argument(parser) -> None:
    """The `--stage NAME` option of every command that runs the pipeline."""
    parser.add_argument("--stage", action="append", default=[], dest="stages", metavar="NAME",
                        help=f"also run this installed stage (entry point group {ENTRY_POINT_GROUP}) "
                             "after the built-in ones; repeatable")
