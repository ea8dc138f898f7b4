"""What the pages and the API ask of the store, asked once for both: pages of results, a speaker's
profile, the network of who speaks about whom.

Everything goes through the store's Python API (`whosaid.store.Store`), never SQL of its own. A
Store is used by one thread at a time, so each worker thread of the server opens its own.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass, field
from functools import partial
from typing import Annotated, Any, Callable, Optional, TypeVar

from fastapi import Depends, HTTPException, Query, Request
from fastapi.dependencies.models import Dependant
from pydantic import BeforeValidator
from pydantic_core import core_schema

from ..model import SPEAKER_KINDS
from ..store import Filters, Profile, Store
from ..numbers import MAX_INTEGER, whole_number

T = TypeVar("T")

MAX_LIMIT = 100


@dataclass(frozen=True)
class Whole:
    """An integer parameter's rule, as the command line applies it (`whole_number`): digits 0-9 from
    `least` to `most`; its bounds are written into the OpenAPI document."""
    least: int = 0
    most: int = MAX_INTEGER

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        return core_schema.no_info_before_validator_function(
            partial(whole_number, least=self.least, most=self.most), handler(source))

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> dict:
        return {**handler(schema), "minimum": self.least, "maximum": self.most}


Limit = Annotated[int, Whole(1, MAX_LIMIT), Query(description="rows a page")]
Offset = Annotated[int, Whole(), Query(description="rows to skip")]
Speakers = Annotated[int, Whole(1, 50), Query(description="how many of the most quoted speakers")]
Id = Annotated[int, Whole()]  # a statement's or a cluster's, in a path


def query_names(dependant: Dependant) -> set[str]:
    """The query parameters an endpoint takes, its dependencies' included."""
    return {p.alias for p in dependant.query_params}.union(*map(query_names, dependant.dependencies))


def known_parameters(request: Request) -> None:
    """Refuse a query parameter the endpoint does not take: a misspelt filter would be no filter at all
    (`event_typ=talks` would list every event)."""
    route = request.scope.get("route")
    known = query_names(route.dependant) if route is not None else set()
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise HTTPException(400, f"unknown parameter {unknown[0]!r}: {request.url.path} takes "
                                 f"{', '.join(sorted(known)) or 'none'}")


class Stores:
    """One store connection for each worker thread, opened on the thread's first request."""

    def __init__(self, url: str):
        self.url = url
        self._local = threading.local()
        self._opened: list[Store] = []
        self._lock = threading.Lock()

    def __call__(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store.open(self.url)
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()


def ask(question: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Ask the store; a question it cannot answer (a bad date, a query with no words) is a 400."""
    try:
        return question(*args, **kwargs)
    except ValueError as error:
        raise HTTPException(400, str(error)) from None


def given(value: Optional[str]) -> Optional[str]:
    """A filter's value; a field left empty in a form is no filter."""
    return (value.strip() or None) if value else None


def article_filters(
    q: Optional[str] = Query(None, description="words in any form: `гарантий безопасности`"),
    since: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive"),
    until: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive"),
    source: Optional[str] = Query(None, description="the outlet, in any case: `sputnik`"),
    duplicates: bool = Query(False, description="include near-duplicate copies of articles"),
) -> Filters:
    """The store's filters on articles, from request parameters: all that events take."""
    return ask(Filters, query=given(q), since=given(since), until=given(until), source=given(source),
               duplicates=duplicates)


def filters(
    articles: Filters = Depends(article_filters),
    speaker: Optional[str] = Query(None, description="a speaker's name in any form: `Захаровой`, `М. Захарова`"),
    identity: Optional[Annotated[int, Whole()]] = Query(None, description="a speaker's identity id"),
    organization: Optional[str] = Query(None, description="speakers with a role there, or the organisation"),
    about: Optional[str] = Query(None, description="an entity the statement's content mentions, by any of its "
                                                   "names, in any form: `Украины`, `НАТО`, or its identity id"),
    type: Optional[str] = Query(None, description="statement type: direct, indirect or mixed"),
    kind: Optional[str] = Query(None, description=f"the speaker's kind: {', '.join(SPEAKER_KINDS)}"),
    first_only: Annotated[bool, BeforeValidator(lambda value: value or False), Query(
        description="one statement per cluster (the reports of one utterance): the earliest that matches; left "
                    "empty (a form's unticked box), no")] = False,
) -> Filters:
    """The store's filters from request parameters: on articles, and on statements and their speakers."""
    return ask(dataclasses.replace, articles, speaker=given(speaker), identity=identity,
               organization=given(organization), about=given(about), type=given(type), kind=given(kind),
               first_only=first_only)


def event_filters(
    event_type: Optional[str] = Query(None, description="the event type: talks, meeting, ..."),
    participant: Optional[str] = Query(None, description="a participant's name in any form: `Рябкова`, `С. Рябков`"),
    place: Optional[str] = Query(None, description="where, in any form"),
    role: Optional[str] = Query(None, description="a participant's role: court, defendant, detained, attacker, ..."),
) -> dict[str, Optional[str]]:
    """The store's event filters (`Store.events` keywords) from request parameters."""
    return {"type": given(event_type), "participant": given(participant), "place": given(place),
            "role": given(role)}


def profile(store: Store, name: str, latest: int = 20) -> Profile:
    found = ask(store.speaker, name, latest)
    if found is None:
        raise HTTPException(404, f"no speaker {name!r} in the store")
    return found


@dataclass
class Node:
    identity: int
    name: str
    type: str
    statements: int = 0  # statements made (0 for those only spoken about)
    mentioned: int = 0   # statements of the others that mention them


@dataclass
class Edge:
    speaker: int
    about: int
    statements: int  # statements of `speaker` that mention `about`


@dataclass
class Network:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def network(store: Store, chosen: Filters, speakers: int = 20) -> Network:
    """The most quoted speakers and whom their statements mention, from each speaker's profile."""
    graph = Network()
    nodes: dict[int, Node] = {}
    for row in ask(store.speakers, chosen, limit=speakers):
        nodes[row.identity_id] = Node(row.identity_id, row.name, row.type, row.statements)
    for speaker in list(nodes):
        found = ask(store.speaker, str(speaker), 0)
        if found is None:
            continue  # merged into another identity since it was listed
        for identity, name, kind, count in found.about:
            node = nodes.setdefault(identity, Node(identity, name, kind))
            node.mentioned += count
            graph.edges.append(Edge(speaker, identity, count))
    graph.nodes = sorted(nodes.values(), key=lambda n: (-(n.statements + n.mentioned), n.name))
    return graph
