"""Near-duplicate detection: precision and recall on republished copies made from the corpus by real
edits, and on the corpus itself against the exact shingle overlap.

    python bench/dedup.py [--limit N] [--threshold T] [--num-perm P]

Edited copies: for a sample of corpus articles, another site's republication, made four ways:
`boilerplate` (the republisher's chrome around the text: a subscribe line, a photo credit, a
`Читайте также:` list of other headlines, menu items), `dropped` (about a fifth of the sentences
cut), `reordered` (paragraphs shuffled, the title kept first) and `all` (the three at once, and a
reworded headline). Every corpus article but a held-out tail is indexed; each copy must find its
original, and each held-out article must find nothing (unless it really has a near-duplicate:
exact shingle Jaccard at the threshold). On the corpus: each article is checked against those
before it, and the pairs found are compared with the pairs whose exact Jaccard reaches the threshold.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter, defaultdict

from common import load_corpus, peak_rss_mb, report

from whosaid.dedup import NUM_PERM, THRESHOLD, DuplicateIndex, content_text, shingles, signature
from whosaid.layout import Layout
from whosaid.pipeline import Pipeline
from whosaid.read import Source

HELD_OUT = 500
SAMPLED = 500
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZА-ЯЁ])")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if p.strip()]


def add_boilerplate(text: str, rng: random.Random, headlines: list[str]) -> str:
    related = "\n".join(f"{h} >>>" for h in rng.sample(headlines, 3))
    return ("Главная\nНовости\nПолитика\nПодписывайтесь на наш канал в Telegram\n\n"
            f"{text}\n\n© РИА Новости / Пресс-служба\n\nЧитайте также:\n{related}\n\n"
            "Поделиться\nКомментарии\n1234\nЛента новостей\n")


def drop_sentences(text: str, rng: random.Random) -> str:
    title, *body = paragraphs(text)
    sentences = [(i, s) for i, p in enumerate(body) for s in _SENTENCE_END.split(p)]
    dropped = set(rng.sample(range(len(sentences)), max(1, len(sentences) // 5))) if len(sentences) > 2 else set()
    kept: dict[int, list[str]] = defaultdict(list)
    for n, (i, sentence) in enumerate(sentences):
        if n not in dropped:
            kept[i].append(sentence)
    return "\n\n".join([title] + [" ".join(kept[i]) for i in sorted(kept)])


def reorder_paragraphs(text: str, rng: random.Random) -> str:
    title, *body = paragraphs(text)
    rng.shuffle(body)
    return "\n\n".join([title] + body)


def reword_title(text: str) -> str:
    title, *body = paragraphs(text)
    return "\n\n".join([f"СМИ: {title.rstrip('.')} (видео)"] + body)


def edited_copies(records: list[dict], rng: random.Random, headlines: list[str]) -> list[tuple[str, str, str]]:
    """(kind, original id, text) for each sampled original and each kind of edit."""
    copies = []
    for record in records:
        text = record["text"]
        copies.append(("boilerplate", record["id"], add_boilerplate(text, rng, headlines)))
        copies.append(("dropped", record["id"], drop_sentences(text, rng)))
        copies.append(("reordered", record["id"], reorder_paragraphs(text, rng)))
        everything = reword_title(reorder_paragraphs(drop_sentences(text, rng), rng))
        copies.append(("all", record["id"], add_boilerplate(everything, rng, headlines)))
    return copies


def jaccard(a: set, b: set) -> float:
    return len(a & b) / max(1, len(a | b))


def similar_pairs(sets: dict[str, set], rare: int = 50) -> dict[tuple[str, str], float]:
    """Exact Jaccard of every pair that shares a shingle found in at most `rare` articles
    (near-duplicates share many; sharing only common phrases is no duplicate)."""
    postings: dict[str, list[str]] = defaultdict(list)
    for key, found in sets.items():
        for shingle in found:
            postings[shingle].append(key)
    candidates = set()
    for keys in postings.values():
        if 1 < len(keys) <= rare:
            candidates.update((a, b) for i, a in enumerate(keys) for b in keys[i + 1:])
    return {pair: jaccard(sets[pair[0]], sets[pair[1]]) for pair in candidates}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, help="only the first N corpus articles")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--num-perm", type=int, default=NUM_PERM)
    args = parser.parse_args()
    rng = random.Random(8)
    records = load_corpus(args.limit)
    layout = Pipeline([Layout()])

    def article(key: str, text: str):
        return layout.run(Source(text, key, "bench"))

    started = time.perf_counter()
    articles = [article(r["id"], r["text"]) for r in records]
    signatures = {a.id: signature(a, args.num_perm) for a in articles}
    content = {a.id: shingles(content_text(a)) for a in articles}
    signing = time.perf_counter() - started
    similarity = similar_pairs(content)
    exact_pairs = {pair for pair, value in similarity.items() if value >= args.threshold}
    order = {a.id: i for i, a in enumerate(articles)}

    # The corpus itself: each article against those before it.
    index = DuplicateIndex(args.threshold, args.num_perm)
    found_pairs = set()
    started = time.perf_counter()
    for a in articles:
        earlier = index.find(signatures[a.id])
        if earlier is not None:
            found_pairs.add(tuple(sorted((earlier, a.id), key=order.get)))
        index.add(a.id, signatures[a.id])
    indexing = time.perf_counter() - started
    dup_articles = {max(pair, key=order.get) for pair in exact_pairs}
    flagged = {pair[1] for pair in found_pairs}
    corpus = {"exact_pairs": len(exact_pairs), "articles_with_earlier_duplicate": len(dup_articles),
              "flagged": len(flagged), "false_positives": sum(jaccard(content[a], content[b]) < args.threshold
                                                              for a, b in found_pairs),
              "precision": round(len(flagged & dup_articles) / len(flagged), 4) if flagged else None,
              "recall": round(len(flagged & dup_articles) / len(dup_articles), 4) if dup_articles else None,
              "most_similar_pair_jaccard": round(max(similarity.values(), default=0), 4),
              "pairs_over_0.2": sum(value >= 0.2 for value in similarity.values())}

    # Edited copies of indexed articles, and held-out articles that must find nothing.
    held = min(HELD_OUT, len(articles) // 5)
    indexed, held_out = articles[:-held], articles[-held:]
    index = DuplicateIndex(args.threshold, args.num_perm)
    for a in indexed:
        index.add(a.id, signatures[a.id])
    by_id = {r["id"]: r for r in records}
    headlines = [paragraphs(r["text"])[0] for r in records if r["text"].strip()]
    copies = edited_copies([by_id[a.id] for a in rng.sample(indexed, min(SAMPLED, len(indexed)))], rng, headlines)
    true_pos, false_pos, per_kind = 0, 0, Counter()
    for kind, original, text in copies:
        found = index.find(signature(article("copy", text), args.num_perm))
        if found is not None and (found == original or jaccard(content[found], content[original]) >= args.threshold):
            true_pos += 1
            per_kind[kind] += 1
        elif found is not None:
            false_pos += 1
    really_duplicated = 0
    for a in held_out:
        found = index.find(signatures[a.id])
        if found is not None and jaccard(content[found], content[a.id]) >= args.threshold:
            really_duplicated += 1
            true_pos += 1
        elif found is not None:
            false_pos += 1
    kinds = Counter(kind for kind, _, _ in copies)
    edited = {"copies": len(copies), "held_out": len(held_out),
              "precision": round(true_pos / max(1, true_pos + false_pos), 4),
              "recall": round((true_pos - really_duplicated) / len(copies), 4),
              "false_positives": false_pos,
              "recall_by_edit": {k: round(per_kind[k] / n, 4) for k, n in kinds.items()}}
    report("dedup", articles=len(articles), threshold=args.threshold, num_perm=args.num_perm,
           edited_copies=edited, corpus=corpus, seconds={"layout_and_signatures": round(signing, 2),
                                                          "index_corpus": round(indexing, 2)},
           peak_rss_mb=round(peak_rss_mb(), 1))


if __name__ == "__main__":
    main()
