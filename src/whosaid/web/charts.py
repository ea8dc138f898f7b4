"""Charts drawn on the server as SVG: no script, no CDN, readable without the network.

Every label is escaped; every mark carries a `<title>`, which browsers show as a tooltip.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import Optional
from urllib.parse import quote

from markupsafe import Markup

from ..model import in_role
from ..render import UNKNOWN_DATE, event_when, plural
from .data import Network

TYPE_COLOURS = {"PER": "#8250df", "ORG": "#0969da", "LOC": "#1a7f37"}
OTHER_COLOUR = "#6e7781"
MUTED = "#656d76"
FONT = 12  # the charts' text size in user units; a chart is drawn 1:1 where the screen is wide enough
SMALL = 11

# Widths in em of DejaVu Sans, the widest of the fonts the stylesheet names, rounded up: labels are placed
# from these estimates on the server, so an estimate must never fall short of the drawn text.
WIDE = frozenset("ЖЮШЩМЫФжшщюфмыWMmw@…—%+")
NARROW = frozenset("iIl.,:;'|!j()[]- ")


def text_width(text: str, size: float = FONT) -> float:
    """The width `text` takes when drawn at `size`, estimated generously from its letters."""
    return size * sum(1.08 if c in WIDE else 0.34 if c in NARROW else 0.76 if c.isupper() else 0.64
                      for c in text)


@dataclass(frozen=True)
class Box:
    """A rectangle in a chart's own units, y downwards: what a label or a mark covers."""

    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box) -> bool:
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)

    def within(self, other: Box) -> bool:
        return (other.left <= self.left and self.right <= other.right
                and other.top <= self.top and self.bottom <= other.bottom)

    def grown(self, by: float) -> Box:
        return Box(self.left - by, self.top - by, self.right + by, self.bottom + by)


ANCHOR_SHARE = {"start": 0.0, "middle": 0.5, "end": 1.0}


def label_box(x: float, y: float, text: str, size: float = FONT, anchor: str = "start") -> Box:
    """Where a `<text>` at (`x`, `y`: its baseline) with `text-anchor` `anchor` is drawn."""
    width = text_width(text, size)
    left = x - width * ANCHOR_SHARE[anchor]
    return Box(left, y - size, left + width, y + 0.3 * size)  # accents on capitals (Й) included


def circle_box(x: float, y: float, r: float) -> Box:
    return Box(x - r, y - r, x + r, y + r)


def around(boxes: list[Box]) -> Box:
    """The smallest box holding all of `boxes`."""
    return Box(min(b.left for b in boxes), min(b.top for b in boxes),
               max(b.right for b in boxes), max(b.bottom for b in boxes))


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _text(x: float, y: float, text: str, anchor: str = "start", fill: str = MUTED, size: Optional[float] = None,
          full: Optional[str] = None) -> str:
    """A label; `full` is the whole of a shortened one, shown as its tooltip."""
    font = f' font-size="{size}"' if size else ""
    tip = f"<title>{_e(full)}</title>" if full and full != text else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}"{font}>{_e(text)}{tip}</text>'


def _svg(view: Box, label: str, body: list[str]) -> Markup:
    """The drawing at its natural size (1 user unit a CSS pixel); the stylesheet narrows it on small screens."""
    left, top = math.floor(view.left), math.floor(view.top)
    width, height = math.ceil(view.right) - left, math.ceil(view.bottom) - top
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{left} {top} {width} {height}" '
                  f'width="{width}" height="{height}" role="img" aria-label="{_e(label)}" font-size="{FONT}">'
                  + "".join(body) + "</svg>")


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


MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)  # months between two named months, calendar-aligned


def _month_number(month: str) -> int:
    year, number = map(int, month.split("-"))
    return year * 12 + number - 1


UNDATED = "undated"


def statements_by_month(timeline: list[tuple[str, int]], label: str, undated: int = 0) -> Markup:
    """A bar a month, from the first month with statements to the last; empty months drawn as gaps.
    Where month names would collide, only every 2nd, 3rd, 6th... month is named (January, April...).
    Statements whose article has no date stand apart in a bar of their own, `undated`, after the months:
    never counted in a month."""
    counts = dict(timeline)
    months = months_between(min(counts), max(counts)) if counts else []
    peak = _nice_top(max([*counts.values(), undated]) if counts or undated else 1)
    ticks = sorted({0, peak // 2, peak})
    month_width = text_width("2022-01")
    left = max(max(text_width(str(tick)) for tick in ticks) + 10, month_width / 2 + 4)
    right = month_width / 2 + 4  # a name centred under the last month stays inside the drawing
    width, height, top, bottom = 640, 200, 12, 36
    apart = text_width(UNDATED) + 16 if undated else 0.0  # the undated bar's slot, and the gap before it
    gap = month_width / 2 + 8 if undated else 0.0        # that the last month's name leaves free
    plot_w, plot_h = width - left - right - apart - gap, height - bottom - top
    body = []
    for tick in ticks:
        y = top + plot_h - plot_h * tick / peak
        body.append(f'<line x1="{left:.1f}" x2="{width - right:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d7de"/>'
                    + _text(left - 6, y + 4, str(tick), "end"))
    if months:
        slot = plot_w / len(months)
        needed = math.ceil((month_width + 12) / slot)
        step = next((s for s in MONTH_STEPS if s >= needed), 12 * math.ceil(needed / 12))
        for i, month in enumerate(months):
            n = counts.get(month, 0)
            h = plot_h * n / peak
            x = left + i * slot
            bar = min(48.0, max(1.0, slot * 0.7))
            body.append(f'<rect class="bar" x="{x + (slot - bar) / 2:.1f}" y="{top + plot_h - h:.1f}" '
                        f'width="{bar:.1f}" height="{h:.1f}" fill="#0969da" data-month="{month}">'
                        f'<title>{month}: {plural(n, "statement")}</title></rect>')
            if _month_number(month) % step == 0:
                body.append(_text(x + slot / 2, height - bottom + 20, month, "middle"))
    else:
        body.append(_text(left + plot_w / 2, height / 2, "no dated statements", "middle"))
    if undated:
        x = width - right - apart
        h = plot_h * undated / peak
        body.append(f'<line x1="{x - gap / 2:.1f}" x2="{x - gap / 2:.1f}" y1="{top}" y2="{top + plot_h:.1f}" '
                    f'stroke="#d0d7de" stroke-dasharray="4 3"/>'
                    f'<rect class="bar undated" x="{x + apart / 2 - 16:.1f}" y="{top + plot_h - h:.1f}" width="32" '
                    f'height="{h:.1f}" fill="{OTHER_COLOUR}" data-month="{UNDATED}">'
                    f'<title>{plural(undated, "statement")} in articles with no date</title></rect>'
                    + _text(x + apart / 2, height - bottom + 20, UNDATED, "middle"))
    return _svg(Box(0, 0, width, height), label, body)


def _day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _axis_days(first: date, last: date, most: int) -> list[date]:
    """Up to `most` days spread evenly from `first` to `last`, both included."""
    span = (last - first).days
    if span == 0 or most < 2:
        return [first]
    return sorted({first + timedelta(days=round(k * span / (most - 1))) for k in range(most)})


def _free_label(text: str, x: float, baselines: tuple[float, ...], size: float, bounds: Box,
                taken: list[Box]) -> Optional[tuple[float, float]]:
    """The first place (left end, baseline), centred on `x` at one of `baselines` and kept within `bounds`,
    where `text` touches no label in `taken` (its box is added there); None when every place is taken."""
    width = text_width(text, size)
    left = min(max(x - width / 2, bounds.left), bounds.right - width)
    for baseline in baselines:
        box = label_box(left, baseline, text, size)
        if box.within(bounds) and not any(box.grown(1).overlaps(other) for other in taken):
            taken.append(box)
            return left, baseline
    return None


UNDATED_SPACING = 16  # between the dots of the events of one type in the `date unknown` column


def _who(event) -> str:
    return ", ".join(in_role(p.name, p.role) for p in event.participants)


def _event_link(event, mark: str, label: str = "") -> str:
    """An event's mark, linked to its evidence, with all that is known of it as its tooltip."""
    when = event_when(event.date_start, event.date_end, event.published)
    tip = _e(f"{event.type}: {event.trigger} — {_who(event)}" + (f", {event.place}" if event.place else "")
             + f" ({when})")
    href = f"/articles/{quote(event.article_id, safe='')}#ev-{event.trigger_start}"
    return f'<a class="event-mark" href="{_e(href)}"><title>{tip}</title>{mark}{label}</a>'


def events_timeline(events: list) -> Markup:
    """Events on a time axis, a lane per event type; a range is a bar, a day a dot; each links to its text.
    A mark is named above or below it where the name is clear of every other label; its tooltip says all.
    An event the text gives no date for is not placed at the day it was reported, as if that were its
    date: it stands in its lane in a column of its own, `date unknown`, after the axis."""
    dated, undated = [], []
    for event in events:
        start = _day(event.date_start)
        if start is None:
            undated.append(event)
        else:
            dated.append((start, _day(event.date_end) or start, event))
    width, lane, top = 760, 50, 8
    if not events:
        return _svg(Box(0, 0, width, 60), "events timeline", [_text(width / 2, 34, "no events", "middle")])
    types = sorted({e.type for e in events})
    lane_names = [short(kind.replace("_", " "), 24) for kind in types]
    date_width = text_width("2022-01-10")
    left = max(max(text_width(name) for name in lane_names) + 16, date_width / 2 + 4)
    apart = text_width(UNKNOWN_DATE) + 24 if undated else 0.0  # the `date unknown` column
    column = width - 4 - apart
    right = column - date_width / 2 - 8 if undated else width - date_width / 2 - 4  # the last day's date,
    # centred under it, stays inside the drawing and clear of the column

    def lane_y(kind: str) -> float:
        return top + lane * types.index(kind) + lane / 2

    body: list[str] = []
    taken: list[Box] = []
    for kind, name in zip(types, lane_names):
        y = lane_y(kind)
        body.append(f'<line x1="{left}" x2="{right}" y1="{y}" y2="{y}" stroke="#eaeef2"/>'
                    + _text(left - 8, y + 4, name, "end", "#1f2328", full=kind.replace("_", " ")))
        taken.append(label_box(left - 8, y + 4, name, anchor="end"))
    axis_y = top + lane * len(types) + 18
    height = axis_y + 10
    if undated:
        body.append(_undated_column(undated, column, apart, lane_y, top, axis_y, taken))
    if not dated:
        body.append(_text((left + right) / 2, axis_y, "no event dated by its text", "middle"))
        return _svg(Box(0, 0, width, height), "events timeline", body)
    first = min(s for s, _, _ in dated)
    last = max(e for _, e, _ in dated)
    span_days = max(1, (last - first).days)

    def x(day: date) -> float:
        return left + (right - left) * (day - first).days / span_days

    for day in _axis_days(first, last, int((right - left) // (date_width + 24)) + 1):
        box = label_box(x(day), axis_y, day.isoformat(), anchor="middle")
        if not any(box.grown(6).overlaps(other) for other in taken):  # a date too close to the last is left out
            body.append(_text(x(day), axis_y, day.isoformat(), "middle"))
            taken.append(box)
    bounds = Box(4, 0, column - 4 if undated else width - 4, height)
    for start, end, event in dated:
        y = lane_y(event.type)
        if end > start:
            mark = (f'<rect x="{x(start):.1f}" y="{y - 6}" width="{max(4.0, x(end) - x(start)):.1f}" height="12" '
                    f'rx="6" fill="#bf8700" fill-opacity="0.75"/>')
        else:
            mark = f'<circle cx="{x(start):.1f}" cy="{y}" r="7" fill="#bf8700" fill-opacity="0.75"/>'
        name = short(_who(event) or event.trigger, 30)
        free = _free_label(name, (x(start) + x(end)) / 2, (y - 13, y + 20), SMALL, bounds, taken)
        label = "" if free is None else _text(*free, name, fill="#57606a", size=SMALL)
        body.append(_event_link(event, mark, label))
    return _svg(Box(0, 0, width, height), "events timeline", body)


def _undated_column(events: list, column: float, apart: float, lane_y, top: float, axis_y: float,
                    taken: list[Box]) -> str:
    """The `date unknown` column: its heading under the axis, and a hollow dot for each event in its type's lane;
    what does not fit is counted (`+3`), each event being in the table below the chart too."""
    body = [f'<line x1="{column:.1f}" x2="{column:.1f}" y1="{top}" y2="{axis_y - 14}" stroke="#d0d7de" '
            f'stroke-dasharray="4 3"/>', _text(column + apart / 2, axis_y, UNKNOWN_DATE, "middle", "#1f2328")]
    taken.append(label_box(column + apart / 2, axis_y, UNKNOWN_DATE, anchor="middle"))
    fits = max(1, int((apart - 8) // UNDATED_SPACING))
    by_type: dict[str, list] = defaultdict(list)
    for event in events:
        by_type[event.type].append(event)
    for kind, listed in by_type.items():
        y = lane_y(kind)
        shown = listed if len(listed) <= fits else listed[:fits - 1]
        for k, event in enumerate(shown):
            cx = column + 4 + UNDATED_SPACING * (k + 0.5)
            mark = (f'<circle cx="{cx:.1f}" cy="{y}" r="6" fill="#ffffff" stroke="#bf8700" stroke-width="2" '
                    f'class="undated"/>')
            body.append(_event_link(event, mark))
        if len(shown) < len(listed):
            more = f"+{len(listed) - len(shown)}"
            x = column + 4 + UNDATED_SPACING * (fits - 0.5)
            body.append(_text(x, y + 4, more, "middle", "#57606a", SMALL))
            taken.append(label_box(x, y + 4, more, SMALL, "middle"))
    return "".join(body)


RING_ARC = 2 * math.pi / 3  # each side of a ring holds its nodes within 120°: the top and the bottom,
# where names written sideways would run into their neighbours', stay free
CLEARANCE = 22  # the height between neighbours on a ring: half a label's height, the largest node's radius
LARGEST_NODE = 12


def ring_angles(count: int) -> list[float]:
    """`count` angles spread evenly over the two sides of a ring, clockwise from the upper right."""
    step = 2 * RING_ARC / max(1, count)
    angles = []
    for k in range(count):
        along = (k + 0.5) * step
        angles.append(along - RING_ARC / 2 if along < RING_ARC else math.pi - RING_ARC / 2 + along - RING_ARC)
    return angles


def ring_radius(count: int) -> float:
    """The radius at which `count` nodes of `ring_angles` stand `CLEARANCE` apart in height, on either side."""
    return CLEARANCE / math.sin(RING_ARC / count)


def ring_capacity(radius: float) -> int:
    """How many nodes of `ring_angles` a ring of `radius` holds `CLEARANCE` apart: `ring_radius` inverted."""
    return int(RING_ARC / math.asin(min(1.0, CLEARANCE / radius)) + 1e-9)


def _apart(a: float, b: float) -> float:
    return abs(math.remainder(a - b, 2 * math.pi))


def network_graph(graph: Network) -> Markup:
    """Speakers on an inner ring, the most quoted first; whom they speak about on an outer ring, each
    placed towards the speakers that mention them. An arrow runs from speaker to the one spoken about,
    as thick as the statements that mention them.

    Names are written sideways, away from the centre: the rings are wide enough that the inner names end
    before the outer ring, and neighbours on a ring stand a label's height apart."""
    if not graph.nodes:
        return _svg(Box(0, 0, 760, 60), "who speaks about whom", [_text(380, 34, "nobody to draw", "middle")])
    speakers = [n for n in graph.nodes if n.statements > 0]
    others = [n for n in graph.nodes if n.statements == 0]
    busiest = max(n.statements + n.mentioned for n in graph.nodes) or 1
    radius = {n.identity: 4 + (LARGEST_NODE - 4) * math.sqrt((n.statements + n.mentioned) / busiest)
              for n in graph.nodes}
    names = {n.identity: short(n.name, 24) for n in graph.nodes}
    inner = 0.0 if len(speakers) <= 1 else max(100.0, ring_radius(len(speakers)))
    reach = inner + LARGEST_NODE + 4 + max((text_width(names[n.identity]) for n in speakers), default=0)
    outer = max(200.0, reach + 32, ring_radius(len(others)) if others else 0)
    place: dict[int, tuple[float, float, float]] = {}  # identity -> x, y, angle
    for node, angle in zip(speakers, ring_angles(len(speakers))):
        place[node.identity] = (inner * math.cos(angle), inner * math.sin(angle), angle)
    pulls: dict[int, list[float]] = defaultdict(list)
    for edge in graph.edges:
        if edge.speaker in place:
            pulls[edge.about].append(place[edge.speaker][2])
    wanted = {}
    for node in others:
        angles = pulls.get(node.identity) or [0.0]
        wanted[node.identity] = math.atan2(sum(map(math.sin, angles)), sum(map(math.cos, angles)))
    free = ring_angles(max(len(others), ring_capacity(outer)))
    for node in others:  # the most mentioned first, each on the free place nearest to where it is pulled
        angle = min(free, key=lambda slot: _apart(slot, wanted[node.identity]))
        free.remove(angle)
        place[node.identity] = (outer * math.cos(angle), outer * math.sin(angle), angle)
    heaviest = max((e.statements for e in graph.edges), default=1)
    body = ['<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" '
            'markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" '
            'fill="#57606a"/></marker></defs>']
    drawn: list[Box] = []
    full = {n.identity: n.name for n in graph.nodes}
    for edge in graph.edges:
        (x1, y1, _), (x2, y2, _) = place[edge.speaker], place[edge.about]
        mx, my = (x1 + x2) / 2 - (y1 + y2) / 2 * 0.15, (y1 + y2) / 2 + (x1 + x2) / 2 * 0.15
        back = (radius[edge.about] + 2) / max(1.0, math.hypot(x2 - mx, y2 - my))  # stop at the circle
        x2, y2 = x2 - (x2 - mx) * back, y2 - (y2 - my) * back
        drawn.append(Box(mx, my, mx, my))  # the curve stays between its ends and this point
        body.append(f'<path class="edge" d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}" fill="none" '
                    f'stroke="#57606a" stroke-opacity="0.45" stroke-width="{1 + 5 * edge.statements / heaviest:.1f}" '
                    f'marker-end="url(#arrow)"><title>{_e(full[edge.speaker])} → {_e(full[edge.about])}: '
                    f'{edge.statements} statements</title></path>')
    for node in graph.nodes:
        x, y, angle = place[node.identity]
        r = radius[node.identity]
        colour = TYPE_COLOURS.get(node.type, OTHER_COLOUR)
        anchor = "start" if math.cos(angle) >= 0 else "end"
        label_x = x + (r + 4) * (1 if anchor == "start" else -1)
        drawn += [circle_box(x, y, r), label_box(label_x, y + 4, names[node.identity], anchor=anchor)]
        body.append(f'<a class="node" href="/speakers/{node.identity}"><title>{_e(node.name)} ({_e(node.type)}): '
                    f'{node.statements} statements, mentioned in {node.mentioned}</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" '
                    f'fill-opacity="{0.9 if node.statements else 0.45}" stroke="#fff"/>'
                    + _text(label_x, y + 4, names[node.identity], anchor, "#1f2328") + '</a>')
    return _svg(around(drawn).grown(8), "who speaks about whom", body)
