"""Charts drawn on the server as SVG: no script, no CDN, readable without the network.

Every label is escaped; every mark carries a `<title>`, which browsers show as a tooltip.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date
from html import escape
from typing import Optional
from urllib.parse import quote

from markupsafe import Markup

from ..model import in_role
from .data import Network

TYPE_COLOURS = {"PER": "#8250df", "ORG": "#0969da", "LOC": "#1a7f37"}
OTHER_COLOUR = "#6e7781"


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _svg(width: int, height: int, label: str, body: list[str]) -> Markup:
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
                  f'aria-label="{_e(label)}" font-size="12">' + "".join(body) + "</svg>")


def short(label: str, most: int = 28) -> str:
    return label if len(label) <= most else label[:most - 1] + "…"


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), both included."""
    year, month = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _nice_top(value: int) -> int:
    """A round number at or above `value` for the top of an axis."""
    if value <= 5:
        return max(1, value)
    magnitude = 10 ** int(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return value


def statements_by_month(timeline: list[tuple[str, int]], label: str) -> Markup:
    """A bar a month, from the first month with statements to the last; empty months drawn as gaps."""
    counts = dict(timeline)
    months = months_between(min(counts), max(counts)) if counts else []
    width, height, left, bottom, top = 760, 220, 40, 40, 12
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = _nice_top(max(counts.values(), default=1))
    body = []
    for tick in sorted({0, peak // 2, peak}):
        y = top + plot_h - plot_h * tick / peak
        body.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d7de"/>'
                    f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#656d76">{tick}</text>')
    if months:
        slot = plot_w / len(months)
        every = max(1, math.ceil(len(months) / 12))
        for i, month in enumerate(months):
            n = counts.get(month, 0)
            h = plot_h * n / peak
            x = left + i * slot
            bar = min(48.0, max(1.0, slot * 0.7))
            body.append(f'<rect class="bar" x="{x + (slot - bar) / 2:.1f}" y="{top + plot_h - h:.1f}" '
                        f'width="{bar:.1f}" height="{h:.1f}" fill="#0969da" data-month="{month}">'
                        f'<title>{month}: {n} statements</title></rect>')
            if i % every == 0:
                body.append(f'<text x="{x + slot / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                            f'fill="#656d76">{month}</text>')
    else:
        body.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#656d76">'
                    'no dated statements</text>')
    return _svg(width, height, label, body)


def _day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def events_timeline(events: list) -> Markup:
    """Events on a time axis, a lane per event type; a range is a bar, a day a dot; each links to its text."""
    dated = []
    for event in events:
        start = _day(event.date_start) or _day(event.published)
        if start is not None:
            dated.append((start, _day(event.date_end) or start, event))
    types = sorted({e.type for _, _, e in dated})
    width, left, lane, top = 900, 110, 44, 30
    height = top + lane * max(1, len(types)) + 30
    if not dated:
        return _svg(width, 80, "events timeline", [
            '<text x="450" y="40" text-anchor="middle" fill="#656d76">no dated events</text>'])
    first = min(s for s, _, _ in dated)
    last = max(e for _, e, _ in dated)
    span_days = max(1, (last - first).days)

    def x(day: date) -> float:
        return left + (width - left - 60) * (day - first).days / span_days

    body = []
    for i, kind in enumerate(types):
        y = top + lane * i + lane / 2
        body.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" fill="#1f2328">'
                    f'{_e(kind.replace("_", " "))}</text>'
                    f'<line x1="{left}" x2="{width - 60}" y1="{y}" y2="{y}" stroke="#eaeef2"/>')
    axis_y = top + lane * len(types) + 4
    for day in sorted({first, last, first + (last - first) / 2}):
        body.append(f'<text x="{x(day):.1f}" y="{axis_y + 16}" text-anchor="middle" fill="#656d76">'
                    f'{day.isoformat()}</text>')
    for start, end, event in dated:
        y = top + lane * types.index(event.type) + lane / 2
        who = ", ".join(in_role(p.name, p.role) for p in event.participants)
        tip = _e(f"{event.type}: {event.trigger} — {who}" + (f", {event.place}" if event.place else "")
                 + f" ({start.isoformat()}{' … ' + end.isoformat() if end != start else ''})")
        href = f"/articles/{quote(event.article_id, safe='')}#ev-{event.trigger_start}"
        if end > start:
            mark = (f'<rect x="{x(start):.1f}" y="{y - 6}" width="{max(4.0, x(end) - x(start)):.1f}" height="12" '
                    f'rx="6" fill="#bf8700" fill-opacity="0.75"/>')
        else:
            mark = f'<circle cx="{x(start):.1f}" cy="{y}" r="7" fill="#bf8700" fill-opacity="0.75"/>'
        label = ""
        if len(dated) <= 12:  # few enough to name each without them running into each other
            anchor = "end" if x(start) > width * 0.8 else "start" if x(start) < width * 0.3 else "middle"
            label = (f'<text x="{x(start):.1f}" y="{y - 10}" text-anchor="{anchor}" fill="#57606a" font-size="10">'
                     f'{_e(short(who or event.trigger, 36))}</text>')
        body.append(f'<a class="event-mark" href="{_e(href)}"><title>{tip}</title>{mark}{label}</a>')
    return _svg(width, height, "events timeline", body)


def network_graph(graph: Network) -> Markup:
    """Speakers on an inner ring, the most quoted first; whom they speak about on an outer ring, each
    placed towards the speakers that mention them. An arrow runs from speaker to the one spoken about,
    as thick as the statements that mention them."""
    width = height = 760
    cx, cy = width / 2, height / 2
    speakers = [n for n in graph.nodes if n.statements > 0]
    others = [n for n in graph.nodes if n.statements == 0]
    place: dict[int, tuple[float, float, float]] = {}  # identity -> x, y, angle
    for i, node in enumerate(speakers):
        angle = 2 * math.pi * i / max(1, len(speakers)) - math.pi / 2
        ring = 0 if len(speakers) == 1 else 170
        place[node.identity] = (cx + ring * math.cos(angle), cy + ring * math.sin(angle), angle)
    pulls: dict[int, list[float]] = defaultdict(list)
    for edge in graph.edges:
        if edge.speaker in place:
            pulls[edge.about].append(place[edge.speaker][2])
    wanted = {}
    for node in others:
        angles = pulls.get(node.identity) or [0.0]
        wanted[node.identity] = math.atan2(sum(map(math.sin, angles)), sum(map(math.cos, angles)))
    others.sort(key=lambda n: wanted[n.identity])
    for i, node in enumerate(others):  # spread evenly, in the order of the angle each is pulled to
        angle = wanted[others[0].identity] + 2 * math.pi * i / max(1, len(others))
        place[node.identity] = (cx + 320 * math.cos(angle), cy + 320 * math.sin(angle), angle)
    heaviest = max((e.statements for e in graph.edges), default=1)
    body = ['<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" '
            'markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" '
            'fill="#57606a"/></marker></defs>']
    names = {n.identity: n.name for n in graph.nodes}
    radius = {n.identity: 5 + 3 * math.sqrt(n.statements + n.mentioned) for n in graph.nodes}
    for edge in graph.edges:
        (x1, y1, _), (x2, y2, _) = place[edge.speaker], place[edge.about]
        mx, my = (x1 + x2) / 2 + (cy - (y1 + y2) / 2) * 0.15, (y1 + y2) / 2 + ((x1 + x2) / 2 - cx) * 0.15
        back = (radius[edge.about] + 2) / max(1.0, math.hypot(x2 - mx, y2 - my))  # stop at the circle
        x2, y2 = x2 - (x2 - mx) * back, y2 - (y2 - my) * back
        body.append(f'<path class="edge" d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}" fill="none" '
                    f'stroke="#57606a" stroke-opacity="0.45" stroke-width="{1 + 5 * edge.statements / heaviest:.1f}" '
                    f'marker-end="url(#arrow)"><title>{_e(names[edge.speaker])} → {_e(names[edge.about])}: '
                    f'{edge.statements} statements</title></path>')
    for node in graph.nodes:
        x, y, angle = place[node.identity]
        r = radius[node.identity]
        colour = TYPE_COLOURS.get(node.type, OTHER_COLOUR)
        anchor = "start" if math.cos(angle) >= 0 else "end"
        dx = (r + 4) * (1 if anchor == "start" else -1)
        body.append(f'<a class="node" href="/speakers/{node.identity}"><title>{_e(node.name)} ({_e(node.type)}): '
                    f'{node.statements} statements, mentioned in {node.mentioned}</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" '
                    f'fill-opacity="{0.9 if node.statements else 0.45}" stroke="#fff"/>'
                    f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}" fill="#1f2328">'
                    f'{_e(short(node.name))}</text></a>')
    return _svg(width, height, "who speaks about whom", body)
