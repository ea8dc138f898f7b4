"""Quote provenance: statement clusters, altered quotes and earliest reports on syndication sets built
from the corpus, and what clustering costs ingest on the 10x store of bench/store.py.

    python bench/provenance.py [--sets N] [--scale 10] [--limit N] [--backend sqlite|postgres] [--no-speed]

Syndication sets: for corpus articles with a direct quote of at least `MIN_WORDS` words by a named
person, the quote is reported again by constructed articles of other outlets at other dates, each
analysed by the real pipeline: copied verbatim (`«...», — заявил X.`), trimmed (a contiguous part,
words cut at one end or both), altered (one to three words inside the quotation marks replaced,
dropped or inserted, never at the quote's ends, where a dropped or added word is a trim), and
paraphrased as indirect speech (`X заявил, что ...`, its first sentence, first-person pronouns and verbs
turned into the third person). The original is dated first or not (a trimmed copy or the paraphrase
may come before it; the altered copy comes after it: the first quote of the words is never the altered
one); every report is on a day of its own. Mixed in: other corpus articles in which the same
speakers speak, dated among the sets, whose statements count as unrelated to them (the corpus has
undated articles, and a few of them report one utterance too: those pairs count as false links).

Figures: cluster precision and recall over pairs of statements (the set's statements, and every
statement of the speaker in the mixed-in articles; a statement of the speaker elsewhere in an
original article may report the quote too, so it is left out of the pairs), altered-quote detection
precision and recall (over the direct statements of the sets), whether the earliest report (its
article) is right in every set, and how many constructed statements the pipeline did not find as
the speaker's (these are missing from the pairs, not counted as errors of clustering). Then ingest
CPU time with clustering on and off (the clustering calls made no-ops), for the store bench/store.py
builds: the corpus ingested, then grown to --scale times it with copies. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Optional

from common import peak_rss_mb, report
from store import copy_of, load_records, records_cache

import whosaid
from whosaid.model import Article, Quote
from whosaid.morph import genders_of_name, parses
from whosaid.store import Store, provenance

MIN_WORDS = 8          # quotes shorter than this are not syndicated here: three changed words would be most of them
OUTLETS = ["РИА Новости", "ТАСС", "Интерфакс", "Лента.ру", "РБК", "Известия", "Коммерсантъ", "Газета.ру"]
FIRST_DAY = date(2021, 3, 1)
SPREAD_DAYS = 45       # sets and mixed-in articles are dated within this many days: within each other's window
MIXED_IN = 4           # other articles of each speaker mixed in
_WORD = re.compile(r"[^\W_]+")
# First person to third, for the paraphrase: pronouns (verbs are inflected by pymorphy).
THIRD_PERSON = {"я": "он", "мы": "они", "меня": "его", "нас": "их", "мне": "ему", "нам": "им", "мной": "им",
                "нами": "ими", "мой": "его", "моя": "его", "мое": "его", "моё": "его", "мои": "его", "моего": "его",
                "моей": "его", "моих": "его", "наш": "их", "наша": "их", "наше": "их", "наши": "их", "нашего": "их",
                "нашей": "их", "наших": "их", "нашим": "их", "нашими": "их", "нашему": "их", "нашу": "их"}


@dataclasses.dataclass
class Reported:
    """One report of a set: its article, and where the reported words stand in its text."""
    kind: str          # original, verbatim, trimmed, altered, paraphrase
    article: Article
    start: int
    end: int


def said(verb: str, name: str) -> str:
    """`заявил` or `заявила`, by the speaker's first name."""
    return verb + ("а" if genders_of_name(name.split()[0]) == {"femn"} else "")


def words_of(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def trimmed(quote: str, rng: random.Random) -> str:
    """A contiguous part of the quote: a fifth to a third of its words cut at one end or both."""
    found = words_of(quote)
    cut = max(1, len(found) * rng.randint(20, 33) // 100)
    head = rng.randint(0, cut)
    first, last = found[head], found[len(found) - 1 - (cut - head)]
    return quote[first.start():last.end()]


def altered(quote: str, rng: random.Random, pool: list[str]) -> str:
    """One to three words inside the quote replaced by others, dropped or inserted, never the first or
    the last (a word dropped or added there is a trim, not an alteration)."""
    text = quote
    for _ in range(rng.randint(1, 3)):
        found = words_of(text)
        inner = found[1:-1]
        if not inner:
            break
        word = rng.choice(inner)
        change = rng.choice(["replace", "drop", "insert"])
        if change == "replace":
            text = text[:word.start()] + rng.choice([w for w in pool if w.lower() != word.group().lower()]) + \
                text[word.end():]
        elif change == "drop":
            text = text[:word.start()] + text[word.end():].lstrip(" ")
        else:
            text = text[:word.start()] + rng.choice(pool) + " " + text[word.start():]
    return text


def third_person(sentence: str) -> str:
    """A sentence of the quote retold: first-person pronouns and verbs in the third person."""
    def turned(match: re.Match) -> str:
        word = match.group()
        lower = word.lower()
        if lower in THIRD_PERSON:
            new = THIRD_PERSON[lower]
        else:
            parse = parses(lower)[0]
            inflected = parse.inflect({"3per"}) if "1per" in parse.tag and parse.tag.POS == "VERB" else None
            new = inflected.word if inflected is not None else lower
        return new.capitalize() if word[:1].isupper() else new
    return _WORD.sub(turned, sentence)


def first_sentence(text: str) -> str:
    found = re.split(r"(?<=[.!?…])\s+", text.strip(), maxsplit=1)[0]
    return found.rstrip(".!?… ")


def constructed(kind: str, article_id: str, outlet: str, day: date, name: str, words: str) -> Reported:
    """A short article of `outlet` reporting the words: quoted (`«...», — заявил X.`) or retold."""
    lead = f"{outlet} сообщает о заявлении политика.\n\n"
    if kind == "paraphrase":
        body = f"{name} {said('заявил', name)}, что {words}. Подробности не приводятся."
        start = len(lead) + body.index(words)
    else:
        body = f"«{words}», — {said('сказал', name)} {name} журналистам. Подробности не приводятся."
        start = len(lead) + 1
    text = lead + body
    article = whosaid.extract(text, id=article_id, published=day.isoformat(), source=outlet)
    return Reported(kind, article, start, start + len(words))


def candidate_quotes(records: list[Article]) -> list[tuple[Article, int, Quote]]:
    """Direct quotes of named people, long enough to syndicate; one an article."""
    found = []
    for article in records:
        for position, quote in enumerate(article.quotes):
            if quote.type == "direct" and quote.speaker.kind == "person" and quote.speaker.entity and \
                    len(words_of(quote.content.text)) >= MIN_WORDS and "\n" not in quote.content.text:
                found.append((article, position, quote))
                break
    return found


def dated(article: Article, day: date, outlet: str) -> Article:
    return dataclasses.replace(article, published=day.isoformat(), source=outlet)


def syndication(records: list[Article], sets: int, seed: int = 20) -> tuple[list[Article], list[list[Reported]],
                                                                             dict[str, list[Article]]]:
    """The articles to ingest, the sets (each a list of reports, the original first) and the mixed-in
    articles by speaker."""
    rng = random.Random(seed)
    quotes = candidate_quotes(records)
    rng.shuffle(quotes)
    chosen = quotes[:sets]
    pool = [w.group() for article, _, quote in quotes[sets:sets + 300] for w in words_of(quote.content.text)
            if len(w.group()) > 3]
    by_speaker: dict[str, dict[str, Article]] = defaultdict(dict)  # their articles by id
    originals = {article.id for article, _, _ in chosen}
    for article in records:
        for quote in article.quotes:
            if quote.speaker.kind == "person" and article.id not in originals:
                by_speaker[quote.speaker.name][article.id] = article
    articles: list[Article] = []
    built: list[list[Reported]] = []
    for number, (article, position, quote) in enumerate(chosen):
        name, words = quote.speaker.name, quote.content.text
        days = rng.sample(range(-4, 12), 4)
        base = FIRST_DAY + timedelta(rng.randrange(SPREAD_DAYS))
        # the altered copy after the original: the verbatim form is never the altered one
        verbatim_day, trimmed_day, altered_day, paraphrase_day = days
        altered_day = abs(altered_day) + 1 if altered_day <= 0 else altered_day
        if altered_day in (verbatim_day, trimmed_day, paraphrase_day):
            altered_day = max(days) + 1
        outlets = rng.sample(OUTLETS, 5)
        original = dated(article, base, outlets[0])
        reports = [Reported("original", original, quote.content.start, quote.content.end)]
        for kind, shift, outlet, text in (
                ("verbatim", verbatim_day, outlets[1], words),
                ("trimmed", trimmed_day, outlets[2], trimmed(words, rng)),
                ("altered", altered_day, outlets[3], altered(words, rng, pool)),
                ("paraphrase", paraphrase_day, outlets[4], third_person(first_sentence(words)))):
            reports.append(constructed(kind, f"set{number}-{kind}", outlet, base + timedelta(shift), name, text))
        built.append(reports)
        articles += [r.article for r in reports]
    mixed: dict[str, list[Article]] = {}
    seen = {a.id for a in articles}
    for _, _, quote in chosen:
        name = quote.speaker.name
        if name in mixed:
            continue
        others = [a for a in by_speaker[name].values() if a.id not in seen][:MIXED_IN]
        mixed[name] = [dated(a, FIRST_DAY + timedelta(rng.randrange(SPREAD_DAYS)), rng.choice(OUTLETS)) for a in others]
        seen |= {a.id for a in others}
        articles += mixed[name]
    return articles, built, mixed


def found_statement(db, report: Reported, identity: Optional[int]) -> Optional[tuple[int, int, str]]:
    """The stored statement (id, identity, type) of a report: the one at its words, of the original's
    speaker (any speaker, for the original)."""
    for id_, speaker, start, end, kind in db.query(
            "SELECT id, identity_id, span_start, span_end, type FROM statements WHERE article_id = ? "
            "ORDER BY span_start", (report.article.id,)):
        if start < report.end and report.start < end and speaker is not None and identity in (None, speaker):
            return id_, speaker, kind
    return None


def quality(url: str, articles: list[Article], sets: list[list[Reported]], mixed: dict[str, list[Article]]) -> dict:
    """Ingest the articles, then score the clusters against the sets."""
    with Store.open(url) as store:
        store.ingest(articles)
        db = store.db
        clustered = {row[0]: row[1:] for row in db.query("SELECT statement_id, cluster_id, rank, form "
                                                         "FROM cluster_members")}
        earliest = {cluster: statement for statement, (cluster, rank, _) in clustered.items() if rank == 0}
        article_of = dict(db.query("SELECT id, article_id FROM statements"))
        truth: dict[int, tuple] = {}      # statement: its set, or itself when unrelated
        speaker_of: dict[int, int] = {}
        kinds: dict[int, tuple[str, str]] = {}  # statement: (report kind, statement type)
        missing: dict[str, int] = defaultdict(int)
        right_earliest = scored_sets = 0
        for number, reports in enumerate(sets):
            original = found_statement(db, reports[0], None)
            if original is None:
                missing["original"] += 1
                continue
            identity = original[1]
            found = {}
            for report in reports:
                statement = found_statement(db, report, identity)
                if statement is None:
                    missing[report.kind] += 1
                    continue
                found[statement[0]] = report
                truth[statement[0]], speaker_of[statement[0]] = ("set", number), identity
                kinds[statement[0]] = (report.kind, statement[2])
            first = min(found.values(), key=lambda r: r.article.published or "")  # of the reports found
            scored_sets += 1
            right_earliest += article_of[earliest[clustered[original[0]][0]]] == first.article.id
        identities = set(speaker_of.values())
        for others in mixed.values():
            for article in others:
                for id_, identity in db.query("SELECT id, identity_id FROM statements WHERE article_id = ?",
                                              (article.id,)):
                    if identity in identities:
                        truth[id_], speaker_of[id_] = ("other", id_), identity
    pairs = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    by_speaker = defaultdict(list)
    for statement, identity in speaker_of.items():
        by_speaker[identity].append(statement)
    for statements in by_speaker.values():
        for a, b in combinations(sorted(statements), 2):
            same, joined = truth[a] == truth[b], clustered[a][0] == clustered[b][0]
            pairs["tp" if same and joined else "fp" if joined else "fn" if same else "tn"] += 1
    altered = {"tp": 0, "fp": 0, "fn": 0}
    for statement, (kind, stated) in kinds.items():
        flagged, truly = clustered[statement][2] == "altered", kind == "altered"
        if stated == "direct" and (flagged or truly):
            altered["tp" if flagged and truly else "fp" if flagged else "fn"] += 1
    return {"sets": len(sets), "statements_scored": len(truth),
            "unrelated_statements": sum(1 for t in truth.values() if t[0] == "other"),
            "not_found_as_the_speakers": dict(missing),
            "cluster_pairs": pairs, "cluster_precision": ratio(pairs["tp"], pairs["tp"] + pairs["fp"]),
            "cluster_recall": ratio(pairs["tp"], pairs["tp"] + pairs["fn"]),
            "altered": altered, "altered_precision": ratio(altered["tp"], altered["tp"] + altered["fp"]),
            "altered_recall": ratio(altered["tp"], altered["tp"] + altered["fn"]),
            "earliest_right": f"{right_earliest} of {scored_sets}"}


def ratio(part: int, whole: int) -> Optional[float]:
    return round(part / whole, 4) if whole else None


def clustering_off() -> None:
    """Ingest as if there were no clusters: the calls that keep them do nothing."""
    provenance.attach = lambda *args, **kwargs: None
    provenance.detach = lambda *args, **kwargs: set()


def ingest_cpu(backend: str, records: list[Article], scale: int) -> dict:
    """CPU seconds of this process to build bench/store.py's store (the corpus, then copies up to `scale`
    times it), in a new database."""
    with tempfile.TemporaryDirectory() as folder:
        if backend == "sqlite":
            return timed_ingest(os.path.join(folder, "bench.db"), records, scale)
        from whosaid.store.tempserver import TempServer
        with TempServer({"synchronous_commit": "off"}) as server:
            return timed_ingest(server.url, records, scale)


def timed_ingest(url: str, records: list[Article], scale: int) -> dict:
    with Store.open(url) as store:
        started = time.process_time()
        store.ingest(records)
        first = time.process_time() - started
        store.ingest(copy_of(a, n) for n in range(1, scale) for a in records)
        store.analyze()
        total = time.process_time() - started
        statements = store.counts()["statements"]
    return {"cpu_s_1x": round(first, 1), f"cpu_s_to_{scale}x": round(total, 1), "statements": statements}


def speed(args: argparse.Namespace) -> dict:
    """Ingest with clustering off, then on, each in a process of its own (so that neither finds the
    other's caches warm)."""
    figures: dict = {}
    for mode in ("off", "on"):
        command = [sys.executable, __file__, "--ingest-only", mode, "--scale", str(args.scale),
                   "--backend", args.backend, "--records", str(args.records or records_cache()),
                   *(["--limit", str(args.limit)] if args.limit else [])]
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)  # its errors on stderr
        figures[mode] = json.loads(done.stdout)
    key = f"cpu_s_to_{args.scale}x"
    figures["slowdown"] = round(figures["on"][key] / figures["off"][key] - 1, 4)
    figures["slowdown_1x"] = round(figures["on"]["cpu_s_1x"] / figures["off"]["cpu_s_1x"] - 1, 4)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", type=int, default=200, help="syndication sets (default 200)")
    parser.add_argument("--scale", type=int, default=10, help="the store timed, in corpora (default 10)")
    parser.add_argument("--limit", type=int, help="only the first N records of the corpus")
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--no-speed", action="store_true", help="only the syndication sets")
    parser.add_argument("--ingest-only", choices=["on", "off"], help=argparse.SUPPRESS)  # one timed run
    parser.add_argument("--records", type=Path, help=argparse.SUPPRESS)  # the records the timed runs ingest
    args = parser.parse_args()
    records = load_records(args.limit, args.records)
    if args.ingest_only:
        if args.ingest_only == "off":
            clustering_off()
        print(json.dumps(ingest_cpu(args.backend, records, args.scale)))
        return
    figures: dict = {}
    started = time.perf_counter()
    articles, sets, mixed = syndication(records, args.sets)
    with tempfile.TemporaryDirectory() as folder:
        if args.backend == "sqlite":
            figures["syndication"] = quality(os.path.join(folder, "sets.db"), articles, sets, mixed)
        else:
            from whosaid.store.tempserver import TempServer
            with TempServer({"synchronous_commit": "off"}) as server:
                figures["syndication"] = quality(server.url, articles, sets, mixed)
    figures["syndication"]["seconds"] = round(time.perf_counter() - started, 1)
    if not args.no_speed:
        figures["ingest"] = {"backend": args.backend, "records": len(records), "scale": args.scale, **speed(args)}
    report("provenance", **figures, peak_rss_mb=round(peak_rss_mb(), 1), cpus=os.cpu_count(),
           load_average_1m=round(os.getloadavg()[0], 1))


if __name__ == "__main__":
    main()
