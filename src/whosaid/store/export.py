"""Exporting a store: statements, mentions, roles, events or articles as JSONL, CSV or Parquet.

Every row carries its article's id, source and date and the evidence's character offsets into the
article's text, so a spreadsheet row can be traced back to the words it came from. CSV is UTF-8
with a BOM, so that spreadsheet programs read the Cyrillic correctly. `records` writes whole
records as JSONL, the same as `whosaid extract` does, for re-ingesting or other tools.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Iterator, Optional

from .backends import Backend
from .ingest import unpack
from .queries import Filters, Select, article_filters, statements_select

FORMATS = ("jsonl", "csv", "parquet")
_ARTICLE = "a.id AS article_id, a.source, a.published"

# Each kind: its columns (name, SQL, Parquet type), the tables it reads, and its order (a total one,
# so that two stores holding the same records export the same file).
KINDS: dict[str, tuple[list[tuple[str, str, str]], str, str]] = {
    "statements": ([
        ("statement_id", "s.id", "int64"), ("type", "s.type", "string"),
        ("speaker", "s.speaker", "string"), ("speaker_kind", "s.speaker_kind", "string"),
        ("identity_id", "s.identity_id", "int64"), ("identity", "i.name", "string"),
        ("start", "s.span_start", "int64"), ("end", "s.span_end", "int64"),
        ("content", "s.content", "string"), ("cue", "s.cue", "string"),
        ("cue_start", "s.cue_start", "int64"), ("cue_end", "s.cue_end", "int64"),
        ("speaker_start", "s.speaker_start", "int64"), ("speaker_end", "s.speaker_end", "int64"),
        ("channel", "s.channel", "string"),
    ], "", "a.id, s.position"),
    "mentions": ([
        ("entity_id", "e.entity_id", "string"), ("type", "e.type", "string"),
        ("name", "e.name", "string"), ("identity_id", "e.identity_id", "int64"),
        ("identity", "i.name", "string"), ("start", "m.span_start", "int64"),
        ("end", "m.span_end", "int64"), ("text", "m.text", "string"), ("kind", "m.kind", "string"),
    ], "mentions m JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id "
       "JOIN articles a ON a.id = m.article_id LEFT JOIN identities i ON i.id = e.identity_id",
       "a.id, m.span_start, m.span_end, e.entity_id"),
    "roles": ([
        ("entity_id", "e.entity_id", "string"), ("name", "e.name", "string"),
        ("identity_id", "e.identity_id", "int64"), ("identity", "i.name", "string"),
        ("title", "r.title", "string"), ("organization", "r.organization", "string"),
        ("organization_entity", "r.organization_entity", "string"),
        ("start", "r.span_start", "int64"), ("end", "r.span_end", "int64"),
    ], "roles r JOIN entities e ON e.article_id = r.article_id AND e.entity_id = r.entity_id "
       "JOIN articles a ON a.id = r.article_id LEFT JOIN identities i ON i.id = e.identity_id",
       "a.id, r.span_start, r.span_end, e.entity_id, r.title, r.organization"),
    "events": ([
        ("event_id", "ev.id", "int64"), ("type", "ev.type", "string"), ("trigger", "ev.trigger", "string"),
        ("start", "ev.trigger_start", "int64"), ("end", "ev.trigger_end", "int64"),
        ("evidence", "ev.evidence", "string"), ("place", "ev.place", "string"),
        ("date_start", "ev.date_start", "string"), ("date_end", "ev.date_end", "string"),
        ("duration", "ev.duration", "string"), ("status", "ev.status", "string"),
    ], "events ev JOIN articles a ON a.id = ev.article_id", "a.id, ev.position"),
    "participants": ([
        ("event_id", "ev.id", "int64"), ("type", "ev.type", "string"), ("trigger", "ev.trigger", "string"),
        ("name", "p.name", "string"), ("role", "p.role", "string"), ("entity_id", "p.entity_id", "string"),
        ("identity_id", "p.identity_id", "int64"), ("identity", "i.name", "string"),
        ("place", "ev.place", "string"), ("date_start", "ev.date_start", "string"),
        ("status", "ev.status", "string"),
    ], "event_participants p JOIN events ev ON ev.id = p.event_id JOIN articles a ON a.id = ev.article_id "
       "LEFT JOIN identities i ON i.id = p.identity_id", "a.id, ev.position, p.position"),
    "articles": ([
        ("url", "a.url", "string"), ("title", "a.title", "string"), ("origin", "a.origin", "string"),
        ("duplicate_of", "a.duplicate_of", "string"), ("length", "length(a.text)", "int64"),
    ], "articles a", "a.id"),
}
ARTICLE_COLUMNS = [("article_id", "a.id", "string"), ("source", "a.source", "string"),
                   ("published", "a.published", "string")]


def columns(kind: str) -> list[tuple[str, str, str]]:
    return ARTICLE_COLUMNS + KINDS[kind][0]


def rows(db: Backend, kind: str, f: Filters) -> Iterator[dict]:
    """The rows of one kind, as dicts, in article order; statements take every filter, the other
    kinds the article filters (dates, source)."""
    if kind not in KINDS:
        raise ValueError(f"cannot export {kind!r}: choose one of {', '.join(KINDS)} or records")
    _, tables, ordering = KINDS[kind]
    selected = ", ".join(sql for _, sql, _ in columns(kind))
    if kind == "statements":
        select = statements_select(db, f, selected)
    else:
        if f.query is not None or f.statement_filters():
            raise ValueError(f"only statements can be filtered by query, speaker, organization or type, "
                             f"not {kind}")
        select = article_filters(Select(selected, tables), f)
    names = [name for name, _, _ in columns(kind)]
    for values in db.execute(*select.then(f"ORDER BY {ordering}").build()):
        yield dict(zip(names, values))


def records(db: Backend, f: Filters):
    """Whole records, as `whosaid extract` writes them."""
    if f.query is not None or f.statement_filters():
        raise ValueError("only statements can be filtered by query, speaker, organization or type, not records")
    select = article_filters(Select("a.text, a.record", "articles a"), f).then("ORDER BY a.id")
    for text, record in db.execute(*select.build()):
        yield unpack(text, record)


def write(db: Backend, kind: str, fmt: str, out: Optional[IO], f: Filters, path: Optional[str] = None) -> int:
    """Write an export to `out` (a text stream; Parquet needs `path`); returns the rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    if kind == "records" and fmt != "jsonl":
        raise ValueError("records are exported as jsonl only")
    if fmt == "parquet":
        if path is None:
            raise ValueError("Parquet is written to a file: give one with -o")
        return write_parquet(rows(db, kind, f), columns(kind), path)
    if out is None:
        raise ValueError(f"{fmt} is written to a text stream: give one")
    if kind == "records":
        return _each(records(db, f), lambda article: out.write(article.to_json() + "\n"))
    found = rows(db, kind, f)
    if fmt == "jsonl":
        return _each(found, lambda row: out.write(json.dumps(row, ensure_ascii=False) + "\n"))
    return write_csv(found, [name for name, _, _ in columns(kind)], out)


def write_csv(found: Iterator[dict], names: list[str], out: IO) -> int:
    out.write("\ufeff")  # the BOM: spreadsheet programs then read UTF-8
    writer = csv.DictWriter(out, names, lineterminator="\r\n")
    writer.writeheader()
    return _each(found, writer.writerow)


def _each(items, write) -> int:
    """Write every item; how many there were."""
    count = 0
    for item in items:
        write(item)
        count += 1
    return count


def write_parquet(found: Iterator[dict], spec: list[tuple[str, str, str]], path: str,
                  batch: int = 10_000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'whosaid[parquet]'") from None
    schema = pa.schema([(name, getattr(pa, kind)()) for name, _, kind in spec])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        chunk: list[dict] = []
        for row in found:
            chunk.append(row)
            if len(chunk) == batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema))
            count += len(chunk)
    return count
