"""A watch as an Atom feed (RFC 4287), for any feed reader to follow: `/watch/NAME.atom`.

The feed holds a watch's latest statements, the last stored first. An entry's id is its statement's
key (`watches.item_key`: its article and its words), so an article stored again keeps its entries;
an entry is `updated` when its article was stored and `published` on its article's date, and links to
the statement in its article's page. Times without a zone (an article's `2022-01-20T14:05`) are given
as UTC. The XML is written by ElementTree, which escapes all text; characters XML cannot hold (control
characters in a page) are dropped from it.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from typing import Optional
from urllib.parse import quote, urlencode

from ..render import as_said
from ..store import Watch, WatchItem
from ..store.watches import describe, given

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml; charset=utf-8"
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_IDS = uuid.UUID("5f0c6a52-7d0e-4d4e-9b1a-3c4f1e2d7a90")  # the namespace of whosaid's feed and entry ids
_TITLE_WORDS = 12  # an entry's title: the speaker and the first words of what they said


def rfc3339(value: Optional[str]) -> Optional[str]:
    """An ISO date or time as Atom writes times (`2022-01-11` → `2022-01-11T00:00:00Z`); None if none
    or unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = _NOT_XML.sub("", text)
    return element


def _link(parent: ET.Element, href: str, rel: str, media_type: Optional[str] = None) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", {"href": href, "rel": rel, **({"type": media_type} if media_type else {})})


def entry_title(item: WatchItem) -> str:
    said = item.statement
    words = said.content.split()
    short = " ".join(words[:_TITLE_WORDS]) + (" …" if len(words) > _TITLE_WORDS else "")
    return f"{said.identity or said.speaker}: {short}"


def atom(watch: Watch, items: list[WatchItem], base: str) -> bytes:
    """The feed of `watch` holding `items`, with links under `base` (the server's URL, ending in /)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", f"urn:uuid:{uuid.uuid5(_IDS, f'watch:{watch.name}:{watch.created}')}")
    _text(feed, "title", f"whosaid: {watch.name}")
    _text(feed, "subtitle", describe(watch.filters))
    updated = [time for item in items if (time := rfc3339(item.stored))]
    _text(feed, "updated", max(updated, default=rfc3339(watch.created) or ""))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "whosaid")
    _text(feed, "generator", "whosaid")
    _link(feed, f"{base}watch/{quote(watch.name, safe='')}.atom", "self", "application/atom+xml")
    _link(feed, f"{base}search?{urlencode(_search_parameters(watch))}", "alternate", "text/html")
    for item in items:
        said = item.statement
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"urn:uuid:{uuid.uuid5(_IDS, f'statement:{item.key}')}")
        _text(entry, "title", entry_title(item))
        published = rfc3339(said.published)
        _text(entry, "updated", rfc3339(item.stored) or published or rfc3339(watch.created) or "")
        if published:
            _text(entry, "published", published)
        who = ET.SubElement(entry, f"{{{ATOM}}}author")
        _text(who, "name", said.identity or said.speaker)
        _link(entry, f"{base}articles/{quote(said.article_id, safe='')}#q-{said.start}", "alternate", "text/html")
        if said.identity_id is not None:
            _link(entry, f"{base}speakers/{said.identity_id}", "related", "text/html")
        where = ", ".join(part for part in (said.source, (said.published or "")[:10] or "date unknown",
                                            said.title) if part)
        _text(entry, "summary", f"{as_said(said.type, said.content)}\n— {said.identity or said.speaker} "
                                f"({said.type}{', ' + said.cue if said.cue else ''}); {where}")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False)


def _search_parameters(watch: Watch) -> dict[str, str]:
    """The web search page's parameters for a watch's filters (its words are `q`)."""
    names = {"query": "q"}
    return {names.get(name, name): "true" if value is True else str(value)
            for name, value in given(watch.filters).items()}
