"""`whosaid eval rucoco FILE`: how well whosaid links mentions of people, against RuCoCo's chains.

RuCoCo marks coreference chains of every kind of entity, untyped. The measure here is on **person
chains**: gold chains with a mention holding a word the dictionary knows as a first name, patronymic
or surname (pymorphy's Name/Patr/Surn on a capitalised word), so that the choice of chains does not
depend on whosaid's own tagger.

- **Pronoun links**: each third-person pronoun whosaid links to a person is right when the gold
  chain holding that pronoun also holds a mention overlapping one of that person's name mentions.
  Precision is over the pronouns whosaid linked; recall over the third-person pronouns of person
  chains that also hold a name (those with something to be linked to).
- **Descriptor links**: the same for role nouns (`дипломат`, `представитель МИД`): whosaid's span
  must lie inside the gold mention; recall is over gold mentions of person chains whose first word
  is a noun for a person and that hold no name.
- **Name merging (B³)**: over the person name mentions whosaid finds that are also gold mentions of
  person chains, B³ precision and recall of whosaid's entities against the gold chains.
- **Speaker references**: each statement whose speaker is written as a pronoun or a description
  (`сказал он`, `по словам министра`), not a name, and lies in a gold mention of a person chain: right
  when the person whosaid resolved it to has a name mention overlapping another mention of that chain.
  Precision is over the speakers resolved to someone; recall also counts those left unresolved. RuCoCo
  knows nothing of statements, so this measures resolution on any news text, not only on the gold sets.
"""

from __future__ import annotations

from typing import Callable, Iterable

from . import corpus_parser, run_corpus_metric
from .factru import Score

PRONOUNS = frozenset("он она его ее её ему ей им ним нему ней нее неё него нем ими ею нею".split())


def _has_name(text: str) -> bool:
    from .. import morph
    for word in text.replace("-", " ").split():
        word = word.strip(".,«»\"()")
        if word[:1].isupper() and not word.isupper() and \
                any(g in p.tag for p in morph.parses(word) for g in ("Name", "Patr", "Surn")):
            return True
    return False


def person_chains(doc: dict) -> list[list[tuple[int, int]]]:
    text = doc["text"]
    return [[tuple(m) for m in chain] for chain in doc["coref_chains"]
            if any(_has_name(text[s:e]) for s, e in chain)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Tally:
    """Counts over documents for the four measures."""

    def __init__(self):
        self.pronouns = Score()
        self.descriptors = Score()
        self.speakers = Score()
        self.b3_precision = 0.0
        self.b3_recall = 0.0
        self.b3_mentions = 0

    def add(self, doc: dict, article) -> None:
        text = doc["text"]
        chains = person_chains(doc)
        chain_of = {m: n for n, chain in enumerate(chains) for m in chain}
        named = {n for n, chain in enumerate(chains) if any(_has_name(text[s:e]) for s, e in chain)}
        people = [e for e in article.entities if e.type == "PER"]
        linked_pronouns: set[tuple[int, tuple[int, int]]] = set()  # (gold chain, span)
        linked_descriptors: set[tuple[int, tuple[int, int]]] = set()
        for entity in people:
            names = [(m.start, m.end) for m in entity.mentions if m.kind == "name"]
            for m in entity.mentions:
                if m.kind == "name":
                    continue
                span = (m.start, m.end)
                if m.kind == "pronoun":
                    gold = chain_of.get(span)
                else:
                    span, gold = self._containing(chain_of, span)
                score = self.pronouns if m.kind == "pronoun" else self.descriptors
                if gold is not None and any(_overlaps(g, n) for g in chains[gold] for n in names):
                    score.tp += 1
                    (linked_pronouns if m.kind == "pronoun" else linked_descriptors).add((gold, span))
                else:
                    score.fp += 1
        for n in named:
            for s, e in chains[n]:
                words = text[s:e].lower().split()
                if len(words) == 1 and words[0] in PRONOUNS:
                    self.pronouns.fn += (n, (s, e)) not in linked_pronouns
                elif not _has_name(text[s:e]) and _starts_with_person_noun(text[s:e]):
                    self.descriptors.fn += (n, (s, e)) not in linked_descriptors
        self._b3(chains, chain_of, people)
        self._speakers(text, chains, chain_of, article)

    def _speakers(self, text: str, chains, chain_of: dict, article) -> None:
        """Speakers written as a pronoun or a description, against the gold chain holding the mention."""
        names = {e.id: [(m.start, m.end) for m in e.mentions if m.kind == "name"] for e in article.entities}
        for quote in article.quotes:
            mention = quote.speaker.mention if quote.speaker else None
            if mention is None or mention.text[:1].isupper() or _has_name(mention.text):
                continue
            span, gold = self._containing(chain_of, (mention.start, mention.end))
            if gold is None:
                continue
            mine = names.get(quote.speaker.entity or "", [])
            if not mine:
                self.speakers.fn += 1
            elif any(_overlaps(g, n) for g in chains[gold] if g != span for n in mine):
                self.speakers.tp += 1
            else:
                self.speakers.fp += 1

    @staticmethod
    def _containing(chain_of: dict, span: tuple[int, int]):
        """The smallest gold mention holding a span, and its chain (None when there is none)."""
        inside = [(m, n) for m, n in chain_of.items() if m[0] <= span[0] and span[1] <= m[1]]
        return min(inside, key=lambda x: x[0][1] - x[0][0]) if inside else (span, None)

    def _b3(self, chains, chain_of, people) -> None:
        ours = {}
        for entity in people:
            for m in entity.mentions:
                if m.kind == "name" and (m.start, m.end) in chain_of:
                    ours[(m.start, m.end)] = entity.id
        for mention, entity in ours.items():
            gold = chain_of[mention]
            same_ours = {m for m, e in ours.items() if e == entity}
            same_gold = {m for m in ours if chain_of[m] == gold}
            both = len(same_ours & same_gold)
            self.b3_precision += both / len(same_ours)
            self.b3_recall += both / len(same_gold)
            self.b3_mentions += 1

    def result(self) -> dict:
        n = self.b3_mentions or 1
        p, r = self.b3_precision / n, self.b3_recall / n
        return {"pronouns": self.pronouns.to_dict(), "descriptors": self.descriptors.to_dict(),
                "speakers": self.speakers.to_dict(),
                "names_b3": {"p": round(p, 4), "r": round(r, 4),
                             "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                             "mentions": self.b3_mentions}}


def _starts_with_person_noun(text: str) -> bool:
    from .. import morph
    from ..entities.lexicon import NOT_ROLES
    words = text.split()
    if not words or words[0].lower() in PRONOUNS:
        return False
    for word in words[:3]:
        word = word.strip(".,«»\"()").lower()
        for p in morph.parses(word)[:1]:
            if p.tag.POS == "NOUN":
                return "anim" in p.tag and p.normal_form not in NOT_ROLES
    return False


def evaluate(docs: Iterable[dict], extract: Callable) -> dict:
    tally = Tally()
    count = 0
    for doc in docs:
        tally.add(doc, extract(doc["text"], id=str(doc.get("id"))))
        count += 1
    return {"documents": count, **tally.result()}


def render(result: dict) -> str:
    lines = [f"RuCoCo: {result['documents']} documents; person chains",
             f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'linked':>8}"]
    for name, label in (("pronouns", "pronoun links"), ("descriptors", "descriptor links"),
                        ("speakers", "speaker references")):
        s = result[name]
        lines.append(f"{label:22}{s['p']:7.3f}{s['r']:7.3f}{s['f1']:7.3f}{s['tp'] + s['fp']:8d}")
    b = result["names_b3"]
    lines.append(f"{'name merging (B³)':22}{b['p']:7.3f}{b['r']:7.3f}{b['f1']:7.3f}{b['mentions']:8d}")
    return "\n".join(lines)


def run(args) -> int:
    return run_corpus_metric(args, evaluate, render)


def register(metrics) -> None:
    parser = corpus_parser(metrics, "rucoco", "person coreference against RuCoCo's chains",
                           "RuCoCo JSONL, optionally gzipped (id, text, coref_chains)")
    parser.set_defaults(run=run)
