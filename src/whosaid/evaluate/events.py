"""`whosaid eval events GOLD.jsonl`: events scored against a gold set (the metric of EVENTS.md).

- **Match**: a predicted and a gold event of one document match when they have the same type and a
  span of one (its trigger or any mention) overlaps a span of the other; pairs are made one to one,
  the pair with most overlapping spans first (ties: text order).
- **Event P/R/F1**: matched / predicted, matched / gold.
- **Participant P/R/F1**, over all events: a predicted participant is right when its name equals the
  paired gold participant's name or one of its aliases, after lower-casing, `ё`→`е` and collapsing
  punctuation and spaces; participants of unmatched events count as wrong or missed. Within a pair,
  participants are matched one to one.
- **Place, date and status accuracy**: among matched pairs whose gold field is not null, the share
  that agrees (dates: both ends equal).
- Every figure also per type: a pair counts under its (shared) type.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..model import Article, Event
from ..pipeline import Pipeline
from . import Tally, read_gold, rounded_f1, share
from .quotes import normalise

Spans = list[tuple[int, int]]


@dataclass
class Counts(Tally):
    """Tallies of one type (or all)."""
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    participants_predicted: int = 0
    participants_gold: int = 0
    participants_right: int = 0
    place_gold: int = 0
    place_right: int = 0
    date_gold: int = 0
    date_right: int = 0
    status_gold: int = 0
    status_right: int = 0

    def figures(self) -> dict:
        p, r = share(self.matched, self.predicted), share(self.matched, self.gold)
        pp = share(self.participants_right, self.participants_predicted)
        pr = share(self.participants_right, self.participants_gold)
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": p, "recall": r, "f1": rounded_f1(p, r),
                "participant_precision": pp, "participant_recall": pr, "participant_f1": rounded_f1(pp, pr),
                "place_accuracy": share(self.place_right, self.place_gold),
                "date_accuracy": share(self.date_right, self.date_gold),
                "status_accuracy": share(self.status_right, self.status_gold)}


@dataclass(frozen=True)
class GoldEvent:
    type: str
    spans: tuple[tuple[int, int], ...]
    participants: tuple[frozenset[str], ...]  # each: the normalised name and aliases
    place: Optional[str]
    dates: tuple[Optional[str], Optional[str]]
    status: Optional[str]
    trigger: str


def gold_events(record: dict) -> list[GoldEvent]:
    events = []
    for e in record.get("events", []):
        spans = [(e["trigger_start"], e["trigger_end"])] + [(m["start"], m["end"]) for m in e.get("mentions", [])]
        participants = tuple(frozenset(normalise(n) for n in [p["name"], *p.get("aliases", [])] if n)
                             for p in e.get("participants", []))
        events.append(GoldEvent(e["type"], tuple(spans), participants,
                                normalise(e["place"]) if e.get("place") else None,
                                (e.get("date_from"), e.get("date_to")), e.get("status"), e["trigger"]))
    return events


def _spans(event: Event) -> Spans:
    return [(event.trigger.start, event.trigger.end)] + [(m.start, m.end) for m in event.mentions]


def _overlaps(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> int:
    b = list(b)
    return sum(1 for x in a for y in b if x[0] < y[1] and y[0] < x[1])


def match(predicted: list[Event], gold: list[GoldEvent]) -> list[tuple[int, int]]:
    """One-to-one (predicted, gold) index pairs of one type whose spans overlap, most overlaps first."""
    options = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if p.type == g.type and (n := _overlaps(_spans(p), g.spans)):
                options.append((-n, i, j))
    options.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in options:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def right_participants(predicted: Event, gold: GoldEvent) -> int:
    """How many predicted participants name a gold participant, one to one."""
    left = list(gold.participants)
    right = 0
    for participant in predicted.participants:
        name = normalise(participant.name)
        hit = next((names for names in left if name in names), None)
        if hit is not None:
            left.remove(hit)
            right += 1
    return right


@dataclass
class Report:
    counts: dict[str, Counts] = field(default_factory=lambda: {"all": Counts()})
    errors: list[dict] = field(default_factory=list)

    def tally(self, kind: str) -> list[Counts]:
        return [self.counts["all"], self.counts.setdefault(kind, Counts())]


def score_document(report: Report, doc_id, predicted: list[Event], gold: list[GoldEvent]) -> None:
    """Add one document's events to the report, and its errors."""
    pairs = match(predicted, gold)
    for event in predicted:
        for c in report.tally(event.type):
            c.predicted += 1
            c.participants_predicted += len(event.participants)
    for g in gold:
        for c in report.tally(g.type):
            c.gold += 1
            c.participants_gold += len(g.participants)
    for i, j in pairs:
        p, g = predicted[i], gold[j]
        right = right_participants(p, g)
        place_right = g.place is not None and p.place is not None and normalise(p.place.name) == g.place
        dates_right = (p.date_start, p.date_end) == g.dates
        for c in report.tally(g.type):
            c.matched += 1
            c.participants_right += right
            c.place_gold += g.place is not None
            c.place_right += place_right
            c.date_gold += g.dates[0] is not None
            c.date_right += g.dates[0] is not None and dates_right
            c.status_gold += g.status is not None
            c.status_right += g.status is not None and p.status == g.status
        wrong = _pair_errors(p, g, right, place_right, dates_right)
        if wrong:
            report.errors.append({"id": doc_id, "error": "wrong fields", "type": g.type, "trigger": g.trigger,
                                  "at": g.spans[0][0], **wrong})
    paired_p, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, event in enumerate(predicted):
        if i not in paired_p:
            report.errors.append({"id": doc_id, "error": "false alarm", "type": event.type,
                                  "trigger": event.trigger.text, "at": event.trigger.start,
                                  "participants": [p.name for p in event.participants]})
    for j, g in enumerate(gold):
        if j not in paired_g:
            report.errors.append({"id": doc_id, "error": "missed", "type": g.type, "trigger": g.trigger,
                                  "at": g.spans[0][0], "participants": [sorted(p) for p in g.participants]})


def _pair_errors(p: Event, g: GoldEvent, right: int, place_right: bool, dates_right: bool) -> dict:
    wrong: dict = {}
    if right < len(p.participants) or right < len(g.participants):
        wrong["participants"] = [x.name for x in p.participants]
        wrong["gold_participants"] = [sorted(x) for x in g.participants]
    if g.place is not None and not place_right:
        wrong["place"], wrong["gold_place"] = p.place.name if p.place else None, g.place
    if g.dates[0] is not None and not dates_right:
        wrong["dates"], wrong["gold_dates"] = [p.date_start, p.date_end], list(g.dates)
    if g.status is not None and p.status != g.status:
        wrong["status"], wrong["gold_status"] = p.status, g.status
    return wrong


def evaluate(records: Iterable[dict], pipeline: Optional[Pipeline] = None) -> Report:
    """Run the pipeline on each gold document's text, with its publication date, and score it."""
    pipeline = pipeline or Pipeline()
    report = Report()
    for record in records:
        article: Article = pipeline(record["text"], id=record.get("id"), published=record.get("published"))
        score_document(report, record.get("id"), article.events, gold_events(record))
    return report




COLUMNS = (("gold", "gold"), ("pred", "predicted"), ("P", "precision"), ("R", "recall"), ("F1", "f1"),
           ("part P", "participant_precision"), ("part R", "participant_recall"),
           ("part F1", "participant_f1"), ("place", "place_accuracy"), ("date", "date_accuracy"),
           ("status", "status_accuracy"))


def _table(report: Report) -> str:
    lines = [f"  {'type':<17}" + "".join(f"{title:>8}" for title, _ in COLUMNS)]
    kinds = ["all"] + sorted(k for k in report.counts if k != "all")
    for kind in kinds:
        figures = report.counts[kind].figures()
        cells = []
        for _, key in COLUMNS:
            value = figures[key]
            cells.append(f"{value:>8}" if isinstance(value, int) else
                         f"{value:>8.3f}" if value is not None else f"{'-':>8}")
        lines.append(f"  {kind:<17}" + "".join(cells))
    return "\n".join(lines)


def cmd_eval_events(args) -> int:
    records = read_gold(args.gold)
    if records is None:
        return 2
    report = evaluate(records)
    if args.format == "json":
        figures = {kind: c.figures() for kind, c in report.counts.items()}
        print(json.dumps({"metric": "events", "documents": len(records), **figures}, ensure_ascii=False))
    else:
        print(f"events: {len(records)} documents, {args.gold}")
        print(_table(report))
    if args.errors:
        try:
            with open(args.errors, "w", encoding="utf-8") as handle:
                for error in report.errors:
                    handle.write(json.dumps(error, ensure_ascii=False) + "\n")
        except OSError as error:
            print(f"whosaid: cannot write the errors to {args.errors}: {error.strerror}")
            return 2
    return 0


def register(metrics) -> None:
    parser = metrics.add_parser("events", help="events: event, participant, place, date and status scores (EVENTS.md)")
    parser.add_argument("gold", metavar="GOLD.jsonl", help="documents {id, text, published, events: [...]}")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--errors", metavar="FILE",
                        help="write every miss, false alarm and wrong field to FILE (JSONL)")
    parser.set_defaults(run=cmd_eval_events)
