"""The article record: the decoded input text, unchanged, and standoff annotations over it.

Every annotation is a span of character offsets into `Article.text` (end-exclusive), so any claim
can be shown highlighted in its source. Records serialise to plain JSON and back without loss.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int, **extra: Any):
        """A span of `source` (the article text), carrying its text for readers of the JSON."""
        return cls(start, end, source[start:end], **extra)


@dataclass(slots=True)
class Paragraph(Span):
    kind: str = "body"  # body | subheading


@dataclass(slots=True)
class Boilerplate(Span):
    kind: str = "chrome"  # caption | credit | chrome | counter | related | related_heading | byline | ...


@dataclass(slots=True)
class Dateline(Span):
    place: Optional[str] = None
    date: Optional[str] = None
    agency: Optional[str] = None
    # the layout's parse of it (day, month, year), which the dates stage resolves: not in JSON
    parsed: Any = field(default=None, repr=False, compare=False, metadata={"transient": True})


@dataclass(slots=True)
class DateMention(Span):
    from_: Optional[str] = None
    to: Optional[str] = None
    precision: Optional[str] = None  # day | week | month | year


@dataclass(slots=True)
class Mention(Span):
    kind: str = "name"  # name | pronoun | descriptor


@dataclass(slots=True)
class Role:
    title: str
    organization: Optional[str]
    start: int  # the phrase the role is read from: `официальный представитель МИД РФ`
    end: int
    entity: Optional[str] = None  # the organisation's (or country's) entity id, when it is named


@dataclass(slots=True)
class Entity:
    id: str
    type: str  # PER | ORG | LOC
    name: str
    key: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


# What a speaker is: `outlet` is a news outlet (an agency, a paper, a channel), whose credit mostly
# relays what someone else said; `unnamed` is described, not named (`эксперт`).
SPEAKER_KINDS = ("person", "organization", "outlet", "country", "group", "unnamed", "other")


@dataclass(slots=True)
class Speaker:
    name: str
    kind: str  # one of SPEAKER_KINDS
    entity: Optional[str] = None
    mention: Optional[Span] = None


@dataclass(slots=True)
class Quote:
    type: str  # direct | indirect | mixed
    content: Span
    cue: Optional[Span]
    speaker: Speaker
    channel: Optional[str] = None


@dataclass(slots=True)
class Participant:
    name: str
    entity: Optional[str] = None
    type: Optional[str] = None  # PER | ORG | LOC
    mention: Optional[Span] = None  # where the event's text names it
    role: Optional[str] = None  # its part in the event: court, defendant, detained, attacker, target, ... (EVENTS.md)


def in_role(name: str, role: Optional[str]) -> str:
    """How a participant is shown: `Иван Петров (detained)`; one of talks or a meeting by its name alone."""
    return f"{name} ({role})" if role and role != "participant" else name


@dataclass(slots=True)
class Event:
    type: str
    trigger: Span
    evidence: list[Span] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    place: Optional[Participant] = None
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    duration: Optional[str] = None  # ISO 8601: PT8H
    status: Optional[str] = None  # past | ongoing | planned | cancelled
    duration_mention: Optional[Span] = None  # `почти восемь часов`
    mentions: list[Span] = field(default_factory=list)  # the trigger of every mention of the event


@dataclass(slots=True)
class Article:
    id: str
    text: str
    title: Optional[Span] = None
    lead: Optional[Span] = None
    dateline: Optional[Dateline] = None
    published: Optional[str] = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    source: Optional[str] = None  # the outlet: given with the input, else the URL's host or the agency
    url: Optional[str] = None
    origin: Optional[str] = None  # where the text was read: a path, "-", "corpus.jsonl:17", a URL
    meta: dict[str, Any] = field(default_factory=dict)  # other metadata given with the input
    # Working state of the stages (the linguistic analysis): not part of the record, not in JSON.
    analysis: Any = field(default=None, repr=False, compare=False, metadata={"transient": True})

    def content_spans(self) -> list[Span]:
        """Title, lead and paragraphs in text order: the regions that later stages read."""
        spans = [s for s in (self.title, self.lead) if s is not None] + list(self.paragraphs)
        return sorted(spans, key=lambda s: s.start)

    def spans(self):
        """Every span of the record, nested ones included, for checking them against the text."""
        yield from _spans_in(self)

    def check(self) -> None:
        """Raise ValueError if a span does not index this article's text."""
        for span in self.spans():
            if not (0 <= span.start <= span.end <= len(self.text)):
                raise ValueError(f"{self.id}: span {span.start}..{span.end} outside the text")
            if self.text[span.start:span.end] != span.text:
                raise ValueError(f"{self.id}: span {span.start}..{span.end} text {span.text!r} "
                                 f"does not match {self.text[span.start:span.end]!r}")

    def to_dict(self) -> dict:
        return _to_json(self)

    def to_json(self, **kwargs) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        return _from_json(cls, data)

    @classmethod
    def from_json(cls, line: str) -> "Article":
        return cls.from_dict(json.loads(line))


# JSON names that are Python keywords get a trailing underscore in the dataclass.
_JSON_NAME = {"from_": "from"}


def _record_fields(value):
    return [f for f in dataclasses.fields(value) if not f.metadata.get("transient")]


def _spans_in(value):
    if isinstance(value, Span):
        yield value
    if dataclasses.is_dataclass(value):
        for f in _record_fields(value):
            yield from _spans_in(getattr(value, f.name))
    elif isinstance(value, list):
        for item in value:
            yield from _spans_in(item)


def _to_json(value):
    if dataclasses.is_dataclass(value):
        return {_JSON_NAME.get(f.name, f.name): _to_json(getattr(value, f.name))
                for f in _record_fields(value)}
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_json(v) for k, v in value.items()}
    return value


def _from_json(tp, data):
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_json(inner[0], data) if len(inner) == 1 else data
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_from_json(item, v) for v in data]
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {}
        for f in _record_fields(tp):
            name = _JSON_NAME.get(f.name, f.name)
            if name in data:
                kwargs[f.name] = _from_json(hints[f.name], data[name])
        return tp(**kwargs)
    return data


_HINTS: dict[type, dict] = {}


def _hints(tp) -> dict:
    if tp not in _HINTS:
        _HINTS[tp] = typing.get_type_hints(tp)
    return _HINTS[tp]
