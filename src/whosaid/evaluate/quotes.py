"""`whosaid eval quotes GOLD.jsonl`: statements scored against a gold set (the metric of QUOTES.md).

- A predicted and a gold statement of one document **match** when their content spans overlap by at
  least 30% of the longer one (`loose`), or 80% (`strict`); pairs are matched one to one, the
  largest overlap first.
- **Quote P/R/F1**: matched / predicted, matched / gold.
- **Speaker accuracy**: among matched pairs, the share whose predicted speaker name equals the gold
  `speaker` or one of its `speaker_aliases`, after lower-casing, `ё`→`е` and collapsing spaces and
  punctuation.
- **Attribution P/R/F1**: a statement counts only when it matches and its speaker is right.
- **Per type**: recall over the gold statements of that type, precision over the predictions of
  that type, with the pairs of the overall matching (so a statement typed wrongly still matches,
  and shows up as a miss in one type and a false alarm in the other).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..model import Article
from ..pipeline import Pipeline
from . import Tally, read_gold, rounded_f1, share

THRESHOLDS = {"loose": 0.3, "strict": 0.8}
TYPES = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Statement:
    type: str
    start: int
    end: int
    speakers: frozenset[str]  # normalised: the gold name and aliases, or the one predicted name
    text: str = ""
    kind: str = ""  # the speaker's kind (QUOTES.md `speaker_kind`), on the gold side


@dataclass
class Pair:
    predicted: Statement
    gold: Statement

    @property
    def speaker_right(self) -> bool:
        return bool(self.predicted.speakers & self.gold.speakers)


@dataclass
class Counts(Tally):
    """Tallies of one type (or all): predictions and gold statements, those matched, and those matched
    with the right speaker, counted on the predicted side (precision) and the gold side (recall)."""
    predicted: int = 0
    gold: int = 0
    matched_predicted: int = 0
    matched_gold: int = 0
    right_predicted: int = 0
    right_gold: int = 0

    def figures(self) -> dict:
        p, r = share(self.matched_predicted, self.predicted), share(self.matched_gold, self.gold)
        ap, ar = share(self.right_predicted, self.predicted), share(self.right_gold, self.gold)
        return {"predicted": self.predicted, "gold": self.gold, "matched": self.matched_gold,
                "precision": p, "recall": r, "f1": rounded_f1(p, r),
                "speaker_accuracy": share(self.right_gold, self.matched_gold),
                "attribution_precision": ap, "attribution_recall": ar, "attribution_f1": rounded_f1(ap, ar)}


@dataclass
class Report:
    counts: dict[str, dict[str, Counts]] = field(default_factory=dict)  # threshold -> type|all -> counts
    errors: list[dict] = field(default_factory=list)
    by_speaker_kind: dict[str, Counts] = field(default_factory=dict)  # loose, gold side: where speakers fail


def normalise(name: str) -> str:
    """Lower case, `ё` as `е`, spaces and punctuation collapsed: how speaker names are compared."""
    return " ".join(re.sub(r"[\W_]+", " ", name.lower().replace("ё", "е")).split())


def gold_statements(record: dict) -> list[Statement]:
    out = []
    for q in record.get("quotes", []):
        names = frozenset(normalise(n) for n in [q["speaker"], *q.get("speaker_aliases", [])] if n)
        out.append(Statement(q["type"], q["content_start"], q["content_end"], names, q["content"],
                             q.get("speaker_kind") or "unknown"))
    return out


def predicted_statements(article: Article) -> list[Statement]:
    return [Statement(q.type, q.content.start, q.content.end, frozenset([normalise(q.speaker.name)]),
                      q.content.text) for q in article.quotes]


def match(predicted: list[Statement], gold: list[Statement], threshold: float) -> list[Pair]:
    """One-to-one pairs whose overlap is at least `threshold` of the longer span, largest first."""
    options = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            overlap = min(p.end, g.end) - max(p.start, g.start)
            longer = max(p.end - p.start, g.end - g.start)
            if overlap > 0 and longer > 0 and overlap >= threshold * longer:
                options.append((overlap, -i, -j, i, j))
    options.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, _, _, i, j in options:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append(Pair(predicted[i], gold[j]))
    return pairs


def count(predicted: list[Statement], gold: list[Statement], pairs: list[Pair]) -> dict[str, Counts]:
    counts = {kind: Counts() for kind in ("all", *TYPES)}
    for p in predicted:
        for kind in ("all", p.type):
            counts.setdefault(kind, Counts()).predicted += 1
    for g in gold:
        for kind in ("all", g.type):
            counts.setdefault(kind, Counts()).gold += 1
    for pair in pairs:
        right = pair.speaker_right
        for kind in {"all", pair.predicted.type}:
            counts[kind].matched_predicted += 1
            counts[kind].right_predicted += right
        for kind in {"all", pair.gold.type}:
            counts[kind].matched_gold += 1
            counts[kind].right_gold += right
    return counts


def evaluate(records: Iterable[dict], pipeline: Optional[Pipeline] = None) -> Report:
    """Run the pipeline on each gold document's text as given and score it."""
    pipeline = pipeline or Pipeline()
    report = Report({name: {kind: Counts() for kind in ("all", *TYPES)} for name in THRESHOLDS})
    for record in records:
        article = pipeline(record["text"], id=record.get("id"))
        predicted, gold = predicted_statements(article), gold_statements(record)
        for name, threshold in THRESHOLDS.items():
            pairs = match(predicted, gold, threshold)
            for kind, counts in count(predicted, gold, pairs).items():
                report.counts[name][kind].add(counts)
            if name == "loose":
                report.errors.extend(_errors(record.get("id"), predicted, gold, pairs))
                for kind, counts in count_by_speaker_kind(gold, pairs).items():
                    report.by_speaker_kind.setdefault(kind, Counts()).add(counts)
    return report


def count_by_speaker_kind(gold: list[Statement], pairs: list[Pair]) -> dict[str, Counts]:
    """Gold statements, those matched and those matched with the right speaker, by the gold speaker's
    kind: which kinds of speaker are found and named right (no precision: a prediction has no gold kind)."""
    counts: dict[str, Counts] = {}
    for g in gold:
        counts.setdefault(g.kind, Counts()).gold += 1
    for pair in pairs:
        counts[pair.gold.kind].matched_gold += 1
        counts[pair.gold.kind].right_gold += pair.speaker_right
    return counts


def _errors(doc_id, predicted, gold, pairs) -> Iterable[dict]:
    matched_p = {id(p.predicted) for p in pairs}
    matched_g = {id(p.gold) for p in pairs}
    for p in predicted:
        if id(p) not in matched_p:
            yield {"id": doc_id, "error": "false alarm", "type": p.type, "content": p.text,
                   "speaker": sorted(p.speakers)}
    for g in gold:
        if id(g) not in matched_g:
            yield {"id": doc_id, "error": "missed", "type": g.type, "content": g.text, "speaker": sorted(g.speakers)}
    for pair in pairs:
        if not pair.speaker_right:
            yield {"id": doc_id, "error": "wrong speaker", "type": pair.gold.type, "content": pair.gold.text,
                   "speaker": sorted(pair.predicted.speakers), "gold_speaker": sorted(pair.gold.speakers)}




def _table(report: Report) -> str:
    lines = []
    for name, by_type in report.counts.items():
        lines.append(f"{name} (overlap >= {THRESHOLDS[name]:.0%} of the longer span)")
        lines.append(f"  {'type':<9} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'spk acc':>8} {'attr F1':>8}")
        for kind, counts in by_type.items():
            f = counts.figures()
            lines.append(f"  {kind:<9} {f['gold']:>5} {f['predicted']:>5} {_fmt(f['precision'])} {_fmt(f['recall'])} "
                         f"{_fmt(f['f1'])} {_fmt(f['speaker_accuracy'], 8)} {_fmt(f['attribution_f1'], 8)}")
    lines.append("loose, by the gold speaker's kind")
    lines.append(f"  {'kind':<13} {'gold':>5} {'R':>6} {'spk acc':>8} {'attr R':>7}")
    for kind, counts in sorted(report.by_speaker_kind.items(), key=lambda item: -item[1].gold):
        f = counts.figures()
        lines.append(f"  {kind:<13} {f['gold']:>5} {_fmt(f['recall'])} {_fmt(f['speaker_accuracy'], 8)} "
                     f"{_fmt(f['attribution_recall'], 7)}")
    return "\n".join(lines)


def _fmt(value: Optional[float], width: int = 6) -> str:
    return f"{value:>{width}.3f}" if value is not None else f"{'-':>{width}}"


def cmd_eval_quotes(args) -> int:
    records = read_gold(args.gold)
    if records is None:
        return 2
    report = evaluate(records)
    if args.format == "json":
        figures = {name: {kind: c.figures() for kind, c in by_type.items()} for name, by_type in report.counts.items()}
        by_kind = {kind: c.figures() for kind, c in report.by_speaker_kind.items()}
        print(json.dumps({"metric": "quotes", "documents": len(records), **figures, "by_speaker_kind": by_kind},
                         ensure_ascii=False))
    else:
        print(f"quotes: {len(records)} documents, {args.gold}")
        print(_table(report))
    if args.errors:
        for error in report.errors:
            print(json.dumps(error, ensure_ascii=False), file=sys.stderr)
    return 0


def register(metrics) -> None:
    parser = metrics.add_parser("quotes", help="statements: quote, speaker and attribution scores (QUOTES.md)")
    parser.add_argument("gold", metavar="GOLD.jsonl", help="documents {id, text, quotes: [...]}")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong speakers on stderr")
    parser.set_defaults(run=cmd_eval_quotes)
