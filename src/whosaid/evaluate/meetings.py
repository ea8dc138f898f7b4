"""factRuEval-2016 Meeting facts against whosaid's events: who met whom.

A gold Meeting fact names its participants as coreference objects (`obj5`: every mention of Сандали).
whosaid's candidates are its encounter events (talks, meetings, phone calls, visits, summits) with at
least two distinct participants. The matching, per document:

1. Each predicted participant becomes the gold object one of whose mentions its own mention overlaps
   (the entity's mentions too, when the participant is linked to an entity); a participant that
   overlaps no gold object stays itself, and can only be wrong.
2. Predicted and gold facts are paired one to one, greedily by the number of objects they share
   (pairs sharing none are not paired).
3. Participant slots are scored: a true positive is an object shared by a paired fact;
   precision = shared / predicted participants, recall = shared / gold participants. A fact is
   `exact` when the paired sets are equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from ..model import Article
from . import Tally, f1_score

ENCOUNTERS = {"talks", "meeting", "phone_call", "visit", "summit"}


@dataclass
class MeetingScore(Tally):
    shared: int = 0
    predicted: int = 0
    gold: int = 0
    exact: int = 0
    predicted_facts: int = 0
    gold_facts: int = 0

    @property
    def precision(self) -> float:
        return self.shared / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.shared / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def figures(self) -> dict:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4),
                "f1": round(self.f1, 4), "participants_predicted": self.predicted,
                "participants_gold": self.gold, "participants_shared": self.shared,
                "facts_predicted": self.predicted_facts, "facts_gold": self.gold_facts,
                "facts_exact": self.exact}


def gold_meetings(doc: dict) -> list[frozenset[str]]:
    """The participant objects of each Meeting fact of a factRuEval document."""
    meetings = []
    for fact in doc.get("facts", []):
        if fact.get("type") != "Meeting":
            continue
        objects = {ref["id"] for arg in fact["args"] if arg["role"] == "Participant"
                   for ref in arg.get("refs", []) if ref.get("kind") == "obj"}
        if objects:
            meetings.append(frozenset(objects))
    return meetings


def gold_object_spans(doc: dict) -> dict[str, list[tuple[int, int]]]:
    """Each coreference object's mention spans."""
    by_id = {e["id"]: (e["start"], e["end"]) for e in doc.get("entities", [])}
    return {c["id"]: [by_id[m] for m in c["mentions"] if m in by_id] for c in doc.get("corefs", [])}


def predicted_meetings(article: Article, objects: dict[str, list[tuple[int, int]]]) -> list[frozenset[str]]:
    """whosaid's encounter events as sets of gold objects (or of its own names where none overlaps)."""
    mentions_of = {e.id: [(m.start, m.end) for m in e.mentions] for e in article.entities}
    meetings = []
    for event in article.events:
        if event.type not in ENCOUNTERS:
            continue
        ids = set()
        for participant in event.participants:
            spans = list(mentions_of[participant.entity]) if participant.entity in mentions_of else []
            if participant.mention is not None:
                spans.append((participant.mention.start, participant.mention.end))
            ids.add(_object_of(spans, objects) or f"whosaid:{participant.entity or participant.name}")
        if len(ids) >= 2:
            meetings.append(frozenset(ids))
    return meetings


def _object_of(spans: list[tuple[int, int]], objects: dict[str, list[tuple[int, int]]]) -> Optional[str]:
    best: Optional[tuple[int, str]] = None
    for object_id, gold_spans in objects.items():
        for start, end in spans:
            for g_start, g_end in gold_spans:
                overlap = min(end, g_end) - max(start, g_start)
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, object_id)
    return best[1] if best else None


def score_document(doc: dict, article: Article) -> MeetingScore:
    gold = gold_meetings(doc)
    predicted = predicted_meetings(article, gold_object_spans(doc))
    score = MeetingScore(predicted=sum(map(len, predicted)), gold=sum(map(len, gold)),
                         predicted_facts=len(predicted), gold_facts=len(gold))
    pairs = sorted(((len(g & p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                    if g & p), reverse=True)
    used_gold, used_predicted = set(), set()
    for shared, gi, pi in pairs:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        score.shared += shared
        score.exact += gold[gi] == predicted[pi]
    return score


def score(docs: Iterable[dict], articles: Iterable[Article]) -> MeetingScore:
    """Meeting-fact scores over documents and their records, in the same order."""
    total = MeetingScore()
    for doc, article in zip(docs, articles):
        total.add(score_document(doc, article))
    return total
