"""An article record drawn as HTML: the original text, unchanged, with its standoff annotations on it.

Anchors are named by offset (`#q-812`: the statement whose content starts at 812, `#ev-790`: the
event whose trigger starts there), so a search result can link into the text it came from.

The text is cut into blocks (title, lead, paragraphs, boilerplate) and each block into the
stretches between annotation boundaries; the annotations open and close around those stretches as
properly nested elements, so overlapping spans (a name inside a quote, a quote across a dateline)
still give valid HTML. Every piece of article text goes through `escape`, and so does every
attribute value: the record is data, never markup. A statement in a list of hits is drawn the same way
(`statement_html`): the quoted words of a mixed one and the query's words are marks on its text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape
from itertools import pairwise
from typing import Optional

from ..marks import quotations
from ..model import Article, Entity, Quote, Span
from ..render import PARAPHRASE_MARKS
from ..store.words import matches

PALETTE_SIZE = 10  # speaker colours `sp0`..`sp9` in style.css; more speakers reuse them in turn

BLOCK_TAGS = {"title": "h1", "lead": "p", "body": "p", "subheading": "h2"}


@dataclass(eq=False)
class Mark:
    """One inline annotation to draw: its character range, its layer (outer first) and its tags."""
    start: int
    end: int
    layer: int
    open: str
    close: str
    prefix: str = ""  # drawn once, where the annotation starts (a speaker's label before a quote)


@dataclass
class SpeakerGroup:
    """A speaker and their statements in this article, with the colour the view gives them."""
    key: str
    name: str
    kind: str
    entity: Optional[Entity]
    colour: int
    quotes: list[tuple[int, Quote]] = field(default_factory=list)


def speaker_key(quote: Quote) -> str:
    """Statements of one speaker share a colour: the same entity, or else the same name."""
    return quote.speaker.entity or quote.speaker.name.casefold()


def speaker_groups(article: Article) -> list[SpeakerGroup]:
    """Statements grouped by speaker, in order of first statement; colours follow that order."""
    entities = {e.id: e for e in article.entities}
    groups: dict[str, SpeakerGroup] = {}
    for index, quote in enumerate(article.quotes):
        key = speaker_key(quote)
        if key not in groups:
            groups[key] = SpeakerGroup(key, quote.speaker.name, quote.speaker.kind,
                                       entities.get(quote.speaker.entity or ""), len(groups) % PALETTE_SIZE)
        groups[key].quotes.append((index, quote))
    return list(groups.values())


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _date_title(start: Optional[str], end: Optional[str], precision: Optional[str]) -> str:
    if start is None:
        return "unresolved date"
    when = start if start == end or end is None else f"{start} … {end}"
    return f"{when} ({precision})" if precision else when


def inline_marks(article: Article, groups: list[SpeakerGroup]) -> list[Mark]:
    """Every inline annotation of the record as a Mark: quotes, cues, speakers, names, dates, events."""
    marks: list[Mark] = []
    colour = {g.key: g.colour for g in groups}
    for index, quote in enumerate(article.quotes):
        c = colour[speaker_key(quote)]
        who = _attr(quote.speaker.name)
        title = _attr(f"{quote.speaker.name} · {quote.type}" + (f" · {quote.cue.text}" if quote.cue else ""))
        marks.append(Mark(quote.content.start, quote.content.end, 0,
                          f'<span class="quote sp{c} q-{_attr(quote.type)}" data-quote="{index}" '
                          f'data-speaker="{who}" title="{title}">', "</span>",
                          prefix=f'<span class="who sp{c}" id="q-{quote.content.start}">{who}</span>'))
        if quote.cue is not None:
            marks.append(Mark(quote.cue.start, quote.cue.end, 2,
                              f'<span class="cue sp{c}" data-quote="{index}" title="cue">', "</span>"))
        if quote.speaker.mention is not None:
            mention = quote.speaker.mention
            marks.append(Mark(mention.start, mention.end, 2,
                              f'<span class="speaker sp{c}" data-quote="{index}" title="speaker: {who}">',
                              "</span>"))
    if article.dateline is not None:
        d = article.dateline
        facts = " · ".join(x for x in (d.place, d.date, d.agency) if x)
        marks.append(Mark(d.start, d.end, 1, f'<span class="dateline" title="dateline: {_attr(facts)}">',
                          "</span>"))
    for event in article.events:
        marks.append(Mark(event.trigger.start, event.trigger.end, 3,
                          f'<span class="event-trigger" id="ev-{event.trigger.start}" '
                          f'title="event: {_attr(event.type)}">',
                          "</span>"))
    for index, entity in enumerate(article.entities):
        for mention in entity.mentions:
            marks.append(Mark(mention.start, mention.end, 4,
                              f'<a class="ent ent-{_attr(entity.type)} m-{_attr(mention.kind)}" href="#ent-{index}" '
                              f'data-entity="{index}" title="{_attr(entity.name)} ({_attr(entity.type)})">',
                              "</a>"))
    for date in article.dates:
        marks.append(Mark(date.start, date.end, 5,
                          f'<time datetime="{_attr(date.from_ or "")}" '
                          f'title="{_attr(_date_title(date.from_, date.to, date.precision))}">', "</time>"))
    return marks


def inline_html(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """The escaped text of [start, end) with the marks that overlap it opened and closed around it."""
    marks = [m for m in marks if m.start < end and m.end > start and m.start < m.end]
    cuts = sorted({start, end} | {max(start, m.start) for m in marks} | {min(end, m.end) for m in marks})
    order = {id(m): i for i, m in enumerate(marks)}
    out: list[str] = []
    stack: list[Mark] = []
    for a, b in pairwise(cuts):
        active = sorted((m for m in marks if m.start < b and m.end > a),
                        key=lambda m: (m.layer, m.start, -m.end, order[id(m)]))
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(m.close for m in reversed(stack[keep:]))
        for mark in active[keep:]:
            if mark.start == a and mark.prefix:
                out.append(mark.prefix)
            out.append(mark.open)
        stack = active
        out.append(escape(text[a:b], quote=False))
    out.extend(m.close for m in reversed(stack))
    return "".join(out)


def highlighted(text: str, query: Optional[str], marks: tuple[Mark, ...] = ()) -> str:
    """Text escaped, with the query's words (in any form, as the search found them) in `<mark>`."""
    found = [Mark(start, end, 1, "<mark>", "</mark>") for start, end in matches(text, query)] if query else []
    return inline_html(text, 0, len(text), [*marks, *found])


def statement_html(kind: str, content: str, query: Optional[str] = None) -> str:
    """A statement in a list of them: a direct one in «quotes»; a paraphrase without quotes, marked as one,
    and in a mixed one the words it quotes marked (`quoted`); the query's words highlighted."""
    if kind not in PARAPHRASE_MARKS:
        return f"«{highlighted(content, query)}»"
    inside = quotations(content, [Span.of(content, 0, len(content))]) if kind == "mixed" else []
    quoted = tuple(Mark(q.open, q.close + 1, 0, '<span class="quoted" title="quoted words">', "</span>")
                   for q in inside if q.depth == 0)
    return f'<span class="paraphrase-mark">{PARAPHRASE_MARKS[kind]}</span> {highlighted(content, query, quoted)}'


# How the words a quote changes against an earlier one are drawn.
CHANGE_TAGS = {"added": "ins", "dropped": "del"}


def variant_html(kind: str, pieces: list) -> str:
    """A report of a statement against an earlier quote (`store.provenance.Piece`s): words it added in
    `<ins>`, words it dropped in `<del>` (changed words: both), the rest as it is; a direct one in
    «quotes», a paraphrase marked as one. Every piece of text is escaped."""
    inner = "".join(f"<{CHANGE_TAGS[p.kind]}>{escape(p.text)}</{CHANGE_TAGS[p.kind]}>" if p.kind in CHANGE_TAGS
                    else escape(p.text) for p in pieces)
    if kind not in PARAPHRASE_MARKS:
        return f"«{inner}»"
    return f'<span class="paraphrase-mark">{PARAPHRASE_MARKS[kind]}</span> {inner}'


def _blocks(article: Article) -> list[tuple[str, Span]]:
    """The article's regions in text order, as (kind, span): title, lead, paragraphs, boilerplate."""
    blocks: list[tuple[str, Span]] = []
    if article.title is not None:
        blocks.append(("title", article.title))
    if article.lead is not None:
        blocks.append(("lead", article.lead))
    blocks += [(p.kind, p) for p in article.paragraphs]
    blocks += [("boilerplate", b) for b in article.boilerplate]
    return sorted(blocks, key=lambda kb: (kb[1].start, kb[1].end))


def _boilerplate_summary(spans: list[Span]) -> str:
    counts = Counter(getattr(s, "kind", "other") for s in spans)
    kinds = ", ".join(kind if n == 1 else f"{kind} ×{n}" for kind, n in counts.items())
    return f"boilerplate: {kinds}"


def article_html(article: Article, groups: Optional[list[SpeakerGroup]] = None) -> str:
    """The whole text of the article as HTML blocks, annotations drawn, boilerplate greyed and foldable.

    Text that no region covers (a line the layout did not place) is still shown, plainly, so the
    view never hides a character of the original.
    """
    groups = speaker_groups(article) if groups is None else groups
    marks = inline_marks(article, groups)
    text = article.text
    out: list[str] = []
    pending_boilerplate: list[Span] = []

    def flush_boilerplate() -> None:
        if pending_boilerplate:
            lines = "".join(
                f'<div class="bp" data-kind="{_attr(getattr(s, "kind", ""))}">'
                f'<span class="bp-kind">{escape(getattr(s, "kind", "").replace("_", " "))}</span>'
                f'{inline_html(text, s.start, s.end, marks)}</div>' for s in pending_boilerplate)
            out.append(f'<details class="boilerplate" open><summary class="bp-summary">'
                       f'{escape(_boilerplate_summary(pending_boilerplate))}</summary>{lines}</details>')
            pending_boilerplate.clear()

    position = 0
    for kind, span in _blocks(article):
        if span.start < position:  # a region inside one already drawn (records from elsewhere)
            continue
        if text[position:span.start].strip():
            flush_boilerplate()
            out.append(f'<p class="uncovered">{inline_html(text, position, span.start, marks)}</p>')
        if kind == "boilerplate":
            pending_boilerplate.append(span)
        else:
            flush_boilerplate()
            tag = BLOCK_TAGS.get(kind, "p")
            out.append(f'<{tag} class="block {kind}" data-start="{span.start}" data-end="{span.end}">'
                       f'{inline_html(text, span.start, span.end, marks)}</{tag}>')
        position = span.end
    flush_boilerplate()
    if text[position:].strip():
        out.append(f'<p class="uncovered">{inline_html(text, position, len(text), marks)}</p>')
    return "\n".join(out)
