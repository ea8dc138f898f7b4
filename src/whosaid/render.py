"""The `text` output: an article record written for a person to read in a terminal."""

from __future__ import annotations

import shutil
import textwrap
from collections import Counter
from typing import Iterable, Optional

from .model import Article, Event, Quote, in_role


def plural(count: int, noun: str, many: Optional[str] = None) -> str:
    """`1 article`, `2 articles` (`many`: the plural when it is not the noun and an s): counts in the
    messages people read."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


UNKNOWN_DATE = "date unknown"


def day_or_unknown(value: Optional[str]) -> str:
    """The date part of an ISO date or datetime, or `date unknown`, never a placeholder that looks like one."""
    return (value or "")[:10] or UNKNOWN_DATE


def moment_or_unknown(value: Optional[str]) -> str:
    """An ISO date, or a datetime to the minute (`2022-01-11 14:35`), or `date unknown`: when a report
    appeared, where a time of day orders reports of one day."""
    if value and len(value) > 10:
        return value[:16].replace("T", " ")
    return day_or_unknown(value)


def day_range(first: str, last: str) -> str:
    return first if first == last else f"{first} … {last}"


def reported_when(count: int, first: Optional[str], last: Optional[str], undated: int) -> str:
    """When `count` statements (or articles) were reported, by their articles' dates, and how many of
    them have none: `reported 2022-01-11 … 2022-01-20`, `2 reported 2022-01-11, 29 undated`, `all undated`.
    A statement's date is its article's: the text seldom dates a statement of its own."""
    if first is None or last is None or undated >= count:
        return "undated" if count == 1 else "all undated"
    when = f"reported {day_range(first[:10], last[:10])}"
    return f"{count - undated} {when}, {undated} undated" if undated else when


def event_when(start: Optional[str], end: Optional[str], published: Optional[str]) -> str:
    """An event's own dates, or `date unknown`; the day its article reported it only as that
    (`date unknown, reported on 2022-01-11`), never as the event's date."""
    if start is not None:
        return day_range(start, end or start)
    reported = f", reported on {published[:10]}" if published else ""
    return f"{UNKNOWN_DATE}{' … ' + end if end else ''}{reported}"


# How a statement that is not verbatim is marked wherever it is shown (the command line, the pages): a
# paraphrase has no quotation marks of its own, and in a mixed one only the words it quotes have theirs.
PARAPHRASE_MARKS = {"indirect": "paraphrase", "mixed": "paraphrase with quoted words"}


def as_said(kind: str, content: str) -> str:
    """A statement as a reader should take it: `«verbatim words»`, `(paraphrase) reported words`,
    `(paraphrase with quoted words) a «quoted» part`."""
    if kind in PARAPHRASE_MARKS:
        return f"({PARAPHRASE_MARKS[kind]}) {content}"
    return f"«{content}»"


# How the words a quote changes are marked in text, as `git diff --word-diff` marks them.
CHANGE_MARKS = {"added": ("{+", "+}"), "dropped": ("[-", "-]")}


def with_changes(pieces: Iterable) -> str:
    """A report's text from its pieces (`store.provenance.Piece`: `kind`, `text`), the words added to
    an earlier quote marked `{+so+}`, those dropped `[-so-]` (changed: `[-old-]{+new+}`)."""
    return "".join(CHANGE_MARKS.get(p.kind, ("", ""))[0] + p.text + CHANGE_MARKS.get(p.kind, ("", ""))[1]
                   for p in pieces)


def shortened(text: str, width: int) -> str:
    """One line of at most `width` characters, cut at a space with `…`."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[:width - 1].rsplit(" ", 1)[0] + "…"


def _wrap(text: str, indent: str = "  ", first: str = "") -> str:
    width = min(100, shutil.get_terminal_size((100, 20)).columns)
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=first or indent,
                         subsequent_indent=indent)


def _date_range(start, end) -> str:
    if start is None:
        return "unresolved (no publication date)"
    return day_range(start, end)


ENTITY_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}


def _entities(article: Article) -> list[str]:
    """People first, then organisations, then places; each with its roles and what stands for it."""
    lines = []
    for entity in sorted(article.entities, key=lambda e: ENTITY_ORDER.get(e.type, 3)):
        kinds = Counter(m.kind for m in entity.mentions)
        counts = ", ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in kinds.items())
        line = f"  {entity.type} {entity.name}"
        if entity.aliases:
            line += f" (also {', '.join(entity.aliases)})"
        lines.append(f"{line}  [{counts}]")
        evidence: dict[str, list[str]] = {}
        for role in entity.roles:
            title = ", ".join(x for x in (role.title, role.organization) if x)
            evidence.setdefault(title, []).append(" ".join(article.text[role.start:role.end].split()))
        for title, phrases in evidence.items():
            lines.append(f"      {title}  ← {', '.join(f'«{p}»' for p in dict.fromkeys(phrases))}")
        others = [m.text for m in entity.mentions if m.kind != "name"]
        if others:
            lines.append(f"      also as: {', '.join(dict.fromkeys(others))}")
    return lines


def render_article(article: Article) -> str:
    out: list[str] = []
    out.append("═" * 3 + " " + (article.title.text if article.title else f"(untitled) {article.id}"))
    facts = [f"id {article.id}"]
    if article.source:
        facts.append(article.source)
    facts.append(f"published {article.published or 'unknown'}")
    if article.origin:
        facts.append(article.origin)
    out.append(" · ".join(facts))
    if article.dateline:
        d = article.dateline
        out.append(f"Dateline: {d.text}  →  {d.place or '-'}, {d.date or 'date unknown'}, {d.agency or '-'}")
    if article.lead:
        out += ["", "Lead", _wrap(article.lead.text)]
    kinds = Counter(p.kind for p in article.paragraphs)
    out += ["", f"Body: {kinds['body']} paragraphs, {kinds['subheading']} subheadings"]
    for paragraph in article.paragraphs:
        if paragraph.kind == "subheading":
            out.append("  ## " + paragraph.text)
        else:
            out.append(_wrap(paragraph.text))
    if article.entities:
        out += ["", "Entities"] + _entities(article)
    out += _statements(article)
    if article.dates:
        out += ["", "Dates"]
        for mention in article.dates:
            out.append(f"  {mention.text:<28} → {_date_range(mention.from_, mention.to)} ({mention.precision})")
    if article.events:
        out += ["", "Events"]
        for event in article.events:
            out += render_event(event)
    if article.boilerplate:
        counts = Counter(b.kind for b in article.boilerplate)
        summary = ", ".join(f"{k} {n}" for k, n in counts.items())
        out += ["", f"Boilerplate: {len(article.boilerplate)} spans ({summary})"]
        for b in article.boilerplate:
            out.append(f"  {b.kind:<16} {b.text}")
    return "\n".join(out) + "\n"


def _statements(article: Article) -> list[str]:
    """Who said what: the statements grouped by speaker (with the speaker's role), each with its cue."""
    if not article.quotes:
        return []
    groups: dict[tuple, list[Quote]] = {}
    for quote in article.quotes:
        groups.setdefault((quote.speaker.entity or quote.speaker.name, quote.speaker.kind), []).append(quote)
    out = ["", f"Who said what: {len(article.quotes)} statements by {len(groups)} speakers"]
    for quotes in groups.values():
        speaker = quotes[0].speaker
        out.append(f"  {speaker.name} ({_describe(article, speaker)})")
        for quote in quotes:
            cue = quote.cue.text if quote.cue is not None else "—"
            where = f", {quote.channel}" if quote.channel else ""
            out.append(_wrap(f"{cue} [{quote.type}{where}]: {as_said(quote.type, quote.content.text)}",
                             indent="      ", first="    · "))
    return out


def _describe(article: Article, speaker) -> str:
    """A speaker's kind, and the role the article gives them (`официальный представитель, МИД России`)."""
    entity = next((e for e in article.entities if e.id == speaker.entity), None) if speaker.entity else None
    if entity is not None and entity.roles:
        role = entity.roles[0]
        return f"{speaker.kind}: " + ", ".join(p for p in (role.title, role.organization) if p)
    return speaker.kind


def render_event(event: Event) -> list[str]:
    """`talks, past · 2022-01-09 … 2022-01-10 · Женева · PT8H (почти восемь часов)`, who, and the evidence."""
    facts = [f"{event.type.replace('_', ' ')}, {event.status or 'status unknown'}"]
    if event.date_start:
        facts.append(_date_range(event.date_start, event.date_end))
    if event.place:
        facts.append(event.place.name)
    if event.duration:
        facts.append(event.duration + (f" ({event.duration_mention.text})" if event.duration_mention else ""))
    lines = ["  " + " · ".join(facts)]
    if event.participants:
        lines.append(_wrap("participants: " + ", ".join(in_role(p.name, p.role) for p in event.participants), "    "))
    lines.append(f"    trigger: {event.trigger.text}")
    for span in event.evidence:
        lines.append(_wrap(f"evidence: «{span.text}»", "    "))
    return lines


def human_size(n: int) -> str:
    """A size in bytes as a person reads it: `5.0 MB`, `812 bytes`."""
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"
