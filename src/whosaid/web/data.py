"""What the pages and the API ask of the store, asked once for both: pages of results, a speaker's
profile, the network of who speaks about whom.

Everything goes through the store's Python API (`whosaid.store.Store`), never SQL of its own. A
Store is used by one thread at a time, so each worker thread of the server opens its own.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, TypeVar

from fastapi import HTTPException, Query

from ..store import Filters, Profile, Store

T = TypeVar("T")

MAX_LIMIT = 100


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


@dataclass
class Page:
    """One page of results; `more` says whether another follows."""
    items: list
    limit: int
    offset: int
    more: bool


def paged(fetch: Callable[..., list], limit: int, offset: int, **kwargs: Any) -> Page:
    """A page from a store query that takes `limit` and `offset`: one row more tells if there is more."""
    limit, offset = max(1, min(MAX_LIMIT, limit)), max(0, offset)
    rows = ask(fetch, limit=limit + 1, offset=offset, **kwargs)
    return Page(rows[:limit], limit, offset, len(rows) > limit)


def filters(
    q: Optional[str] = Query(None, description="words in any form: `гарантий безопасности`"),
    speaker: Optional[str] = Query(None, description="a speaker's name in any form: `Захаровой`"),
    identity: Optional[int] = Query(None, description="a speaker's identity id"),
    organization: Optional[str] = Query(None, description="speakers with a role there, or the organisation"),
    type: Optional[str] = Query(None, description="statement type: direct, indirect or mixed"),
    since: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive"),
    until: Optional[str] = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive"),
    source: Optional[str] = Query(None, description="the outlet, exactly as stored"),
    duplicates: bool = Query(False, description="include near-duplicate copies of articles"),
) -> Filters:
    """The store's filters from request parameters; a field left empty in a form is no filter."""
    def given(value: Optional[str]) -> Optional[str]:
        return (value.strip() or None) if isinstance(value, str) else value
    return Filters(query=given(q), speaker=given(speaker), identity=identity, organization=given(organization),
                   type=given(type), since=given(since), until=given(until), source=given(source),
                   duplicates=duplicates)


def event_filters(
    event_type: Optional[str] = Query(None, description="the event type: talks, meeting, ..."),
    participant: Optional[str] = Query(None, description="a participant's name in any form"),
    place: Optional[str] = Query(None, description="where, in any form"),
    role: Optional[str] = Query(None, description="a participant's role: court, defendant, detained, attacker, ..."),
) -> dict[str, Optional[str]]:
    """The store's event filters (`Store.events` keywords) from request parameters."""
    given = {"type": event_type, "participant": participant, "place": place, "role": role}
    return {key: (value.strip() or None) if value else None for key, value in given.items()}


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
