"""`whosaid eval factru FILE`: entities and Occupation facts against factRuEval-2016, natasha alongside.

How spans are matched (documented here because the figures mean nothing without it):

- **Entities**: gold types map Person → PER, Location and LocOrg → LOC, Org → ORG (Project is left
  out). Gold entities nest (`мэрии Москвы` ⊃ `Москвы`); both gold and predicted spans are flattened
  to the outermost ones (a span inside a longer span of either set's own is dropped). A prediction is
  right when its start, end and type equal a gold entity's, after quote marks and spaces at either
  edge are trimmed on both sides (factRuEval's spans stop before a closing quote: `партии «Яблоко`).
  whosaid's predictions are the name mentions of its entities (not pronouns or role nouns).
- **Occupation facts**: a gold fact is (Who, Position, Where): Who and Where are coreference objects
  (all their mentions count), Position is one or more job spans (published files also name it `Job`).
  whosaid predicts one fact per person and organisation (the role's phrases as Position, the
  organisation entity as Where); roles with no organisation make no fact (factRuEval's Occupation
  facts have a Where, 210 of 211 on dev), their phrases join the person's fact with the same title.
  A prediction matches a gold fact when a name mention of its person overlaps a mention of Who, and
  either its phrase overlaps a Position span or a mention of its organisation overlaps a mention of
  Where ("Who + Job/Where"). The strict figure asks for both Job and, when both sides have one, Where.
  Facts are paired one to one, in text order.
- **Meeting facts**: participants of whosaid's encounter events against the gold Meeting facts;
  the matching is defined in `evaluate/meetings.py`.
- **natasha**: its NER tagger on the whole document text, through the same scoring; it has no roles,
  so it has no Occupation figures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from . import corpus_parser, f1_score, meetings, run_corpus_metric

GOLD_TYPES = {"Person": "PER", "Location": "LOC", "LocOrg": "LOC", "Org": "ORG"}
TYPES = ("PER", "LOC", "ORG")
EDGE = " \t\n«»\"„“”'‘’"

Span = tuple[int, int]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def to_dict(self) -> dict:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def trim(text: str, start: int, end: int) -> Span:
    """The span without quote marks and spaces at its edges."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def outermost(spans: Iterable[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Spans not lying inside a longer one of the same set. A span tagged twice keeps one type, the
    same on every run: a type whosaid scores before an unscored one, then in alphabetical order."""
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1], s[2] == "", s[2]))
    kept: list[tuple[int, int, str]] = []
    reach = -1
    for s in spans:
        if kept and (kept[-1][0], kept[-1][1]) == (s[0], s[1]):
            continue  # one span tagged twice (Location and LocOrg): one entity
        if s[1] <= reach:
            continue
        kept.append(s)
        reach = max(reach, s[1])
    return set(kept)


def gold_entities(doc: dict) -> set[tuple[int, int, str]]:
    spans = [(e["start"], e["end"], GOLD_TYPES.get(e["type"], "")) for e in doc["entities"]]
    return {(*trim(doc["text"], s, e), t) for s, e, t in outermost(spans) if t}


def score_entities(predicted: set, gold: set) -> dict[str, Score]:
    scores = {}
    for t in TYPES:
        p = {s for s in predicted if s[2] == t}
        g = {s for s in gold if s[2] == t}
        scores[t] = Score(len(p & g), len(p - g), len(g - p))
    return scores


@dataclass
class Fact:
    """An Occupation fact: who, the job phrases, and where (each a set of spans)."""
    who: set[Span]
    job: set[Span]
    where: set[Span]


def gold_occupations(doc: dict) -> list[Fact]:
    entity_spans = {e["id"]: (e["start"], e["end"]) for e in doc["entities"]}
    objects = {c["id"]: {entity_spans[m] for m in c["mentions"] if m in entity_spans} for c in doc["corefs"]}
    facts = []
    for fact in doc["facts"]:
        if fact["type"] != "Occupation":
            continue
        who: set[Span] = set()
        job: set[Span] = set()
        where: set[Span] = set()
        for arg in fact["args"]:
            for ref in arg.get("refs", []):
                spans = objects.get(ref["id"], set()) if ref["kind"] == "obj" else {(ref["start"], ref["end"])}
                {"who": who, "position": job, "job": job, "where": where}.get(arg["role"].lower(), set()).update(spans)
        if who:
            facts.append(Fact(who, job, where))
    return facts


def _overlaps(a: set[Span], b: set[Span]) -> bool:
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def fact_matches(pred: Fact, gold: Fact, strict: bool = False) -> bool:
    if not _overlaps(pred.who, gold.who):
        return False
    job = _overlaps(pred.job, gold.job)
    where = _overlaps(pred.where, gold.where)
    if strict:
        return job and (where or not (pred.where and gold.where))
    return job or where


def score_facts(predicted: list[Fact], gold: list[Fact], strict: bool = False) -> Score:
    used: set[int] = set()
    tp = 0
    for p in predicted:
        for n, g in enumerate(gold):
            if n not in used and fact_matches(p, g, strict):
                used.add(n)
                tp += 1
                break
    return Score(tp, len(predicted) - tp, len(gold) - tp)


def predicted_occupations(article) -> list[Fact]:
    """One fact per person and organisation from whosaid's entities; a role's phrases without an
    organisation join the person's facts with the same title."""
    by_id = {e.id: e for e in article.entities}
    facts: dict[tuple, Fact] = {}
    for entity in article.entities:
        if entity.type != "PER":
            continue
        who = {(m.start, m.end) for m in entity.mentions if m.kind == "name"}
        titles: dict[str, set] = {}
        for role in entity.roles:
            titles.setdefault(role.title, set()).add((role.start, role.end))
        for role in entity.roles:
            if role.organization is None:
                continue
            fact = facts.setdefault((entity.id, role.entity or role.organization), Fact(who, set(), set()))
            fact.job |= titles[role.title]
            org = by_id.get(role.entity) if role.entity else None
            if org is not None:
                fact.where |= {(m.start, m.end) for m in org.mentions if m.kind == "name"}
    return list(facts.values())


def whosaid_entities(article) -> set[tuple[int, int, str]]:
    spans = [(m.start, m.end, e.type) for e in article.entities for m in e.mentions if m.kind == "name"]
    return {(*trim(article.text, s, e), t) for s, e, t in outermost(spans)}


def natasha_entities(text: str) -> set[tuple[int, int, str]]:
    from ..nlp import models
    spans = [(n.start, n.end, n.type) for n in models().tag_names(text)]
    return {(*trim(text, s, e), t) for s, e, t in outermost(spans)}


def evaluate(docs: Iterable[dict], extract: Callable, errors: Optional[list] = None) -> dict:
    """Scores of whosaid and of natasha over the documents; misses appended to `errors` if given."""
    ours = {t: Score() for t in TYPES}
    theirs = {t: Score() for t in TYPES}
    occupation, strict = Score(), Score()
    meeting = meetings.MeetingScore()
    count = 0
    for doc in docs:
        count += 1
        gold = gold_entities(doc)
        article = extract(doc["text"], id=doc["doc_id"])
        predicted = whosaid_entities(article)
        for t, s in score_entities(predicted, gold).items():
            ours[t].add(s)
        for t, s in score_entities(natasha_entities(doc["text"]), gold).items():
            theirs[t].add(s)
        facts, gold_facts = predicted_occupations(article), gold_occupations(doc)
        occupation.add(score_facts(facts, gold_facts))
        strict.add(score_facts(facts, gold_facts, strict=True))
        meeting.add(meetings.score_document(doc, article))
        if errors is not None:
            text = doc["text"]
            errors += [{"doc": doc["doc_id"], "error": "missed", "type": t, "text": text[s:e]}
                       for s, e, t in sorted(gold - predicted)]
            errors += [{"doc": doc["doc_id"], "error": "spurious", "type": t, "text": text[s:e]}
                       for s, e, t in sorted(predicted - gold)]
    return {
        "documents": count,
        "whosaid": {t: s.to_dict() for t, s in ours.items()}
        | {"occupation": occupation.to_dict(), "occupation_strict": strict.to_dict(),
           "meeting": meeting.figures()},
        "natasha": {t: s.to_dict() for t, s in theirs.items()},
    }


def render(result: dict) -> str:
    lines = [f"factRuEval: {result['documents']} documents; exact spans, nested gold flattened",
             f"{'':22}{'P':>7}{'R':>7}{'F1':>7}   natasha {'P':>6}{'R':>7}{'F1':>7}"]
    for t in TYPES:
        a, b = result["whosaid"][t], result["natasha"][t]
        lines.append(f"{t:22}{a['p']:7.3f}{a['r']:7.3f}{a['f1']:7.3f}   {'':8}{b['p']:6.3f}{b['r']:7.3f}{b['f1']:7.3f}")
    for name, label in (("occupation", "Occupation (Who+Job/Where)"), ("occupation_strict", "Occupation strict"),
                        ("meeting", "Meeting (participants)")):
        a = result["whosaid"][name]
        lines.append(f"{label:22}{a['p']:7.3f}{a['r']:7.3f}{a['f1']:7.3f}   {'':8}{'-':>6}{'-':>7}{'-':>7}")
    return "\n".join(lines)


def run(args) -> int:
    errors: Optional[list] = [] if args.errors else None
    status = run_corpus_metric(args, lambda docs, extract: evaluate(docs, extract, errors), render)
    if errors is not None and status == 0:
        with open(args.errors, "w", encoding="utf-8") as handle:
            for error in errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
    return status


def register(metrics) -> None:
    parser = corpus_parser(metrics, "factru", "entities and Occupation facts against factRuEval-2016",
                           "factRuEval JSONL (text, entities, corefs, facts)")
    parser.add_argument("--errors", metavar="FILE", help="write every missed and spurious entity to FILE")
    parser.set_defaults(run=run)
