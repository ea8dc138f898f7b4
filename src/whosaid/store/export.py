"""Exporting a store: statements, mentions, roles, events or articles as JSONL, CSV or Parquet.

Every export is one row per item, with the same columns in all three formats (`docs/exports.md`
lists them). Every row carries its article's id, source, date, title and URL and the evidence's
character offsets into the article's text, so a spreadsheet row can be traced back to the words it
came from. A statement carries its speaker's role and organisation at the statement's date; an
event its participants, as a list (JSON text in CSV) and as one line of text. CSV is UTF-8 with a
BOM, so that spreadsheet programs read the Cyrillic correctly. `records` writes whole records as
JSONL, the same as `whosaid extract` does, for re-ingesting or other tools.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from typing import IO, Callable, Iterator, Optional

from ..model import in_role
from .backends import Backend
from .ingest import unpack
from .queries import Filters, Select, article_filters, roles_of, statements_select

FORMATS = ("jsonl", "csv", "parquet")

# A column: its name, the SQL that reads it (None: filled in after the row is read, see `COMPLETE`)
# and its type: int64, string, or participants (a list of `PARTICIPANT` records).
Column = tuple[str, Optional[str], str]
PARTICIPANT: list[tuple[str, str]] = [("name", "string"), ("entity_id", "string"), ("identity_id", "int64"),
                                      ("identity", "string"), ("type", "string"), ("role", "string")]
# The role a statement's speaker is given in its own article: the first one, by where it is written.
_ROLE_HERE = ("(SELECT r.{column} FROM roles r WHERE r.article_id = s.article_id AND r.entity_id = s.speaker_entity "
              "ORDER BY r.span_start, r.span_end, r.title, r.organization LIMIT 1)")

# Each kind: its columns, the tables it reads, and its order (a total one, so that two stores holding
# the same records export the same file).
KINDS: dict[str, tuple[list[Column], str, str]] = {
    "statements": ([
        ("statement_id", "s.id", "int64"), ("type", "s.type", "string"),
        ("speaker", "s.speaker", "string"), ("speaker_kind", "s.speaker_kind", "string"),
        ("identity_id", "s.identity_id", "int64"), ("identity", "i.name", "string"),
        ("speaker_role", _ROLE_HERE.format(column="title"), "string"),
        ("speaker_organization", _ROLE_HERE.format(column="organization"), "string"),
        ("speaker_role_source", None, "string"),
        ("start", "s.span_start", "int64"), ("end", "s.span_end", "int64"),
        ("content", "s.content", "string"), ("cue", "s.cue", "string"),
        ("cue_start", "s.cue_start", "int64"), ("cue_end", "s.cue_end", "int64"),
        ("speaker_start", "s.speaker_start", "int64"), ("speaker_end", "s.speaker_end", "int64"),
        ("channel", "s.channel", "string"),
        ("cluster_id", "m.cluster_id", "int64"), ("cluster_rank", "m.rank", "int64"),
        ("quote_form", "m.form", "string"),
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
        ("evidence", "ev.evidence", "string"), ("participants", None, "participants"),
        ("participants_text", None, "string"), ("place", "ev.place", "string"),
        ("place_entity_id", "ev.place_entity", "string"), ("place_identity_id", "pe.identity_id", "int64"),
        ("date_start", "ev.date_start", "string"), ("date_end", "ev.date_end", "string"),
        ("duration", "ev.duration", "string"), ("status", "ev.status", "string"),
    ], "events ev JOIN articles a ON a.id = ev.article_id "
       "LEFT JOIN entities pe ON pe.article_id = ev.article_id AND pe.entity_id = ev.place_entity",
       "a.id, ev.position"),
    "participants": ([
        ("event_id", "ev.id", "int64"), ("type", "ev.type", "string"), ("trigger", "ev.trigger", "string"),
        ("name", "p.name", "string"), ("role", "p.role", "string"), ("entity_id", "p.entity_id", "string"),
        ("identity_id", "p.identity_id", "int64"), ("identity", "i.name", "string"),
        ("place", "ev.place", "string"), ("date_start", "ev.date_start", "string"),
        ("status", "ev.status", "string"),
    ], "event_participants p JOIN events ev ON ev.id = p.event_id JOIN articles a ON a.id = ev.article_id "
       "LEFT JOIN identities i ON i.id = p.identity_id", "a.id, ev.position, p.position"),
    "articles": ([
        ("origin", "a.origin", "string"), ("duplicate_of", "a.duplicate_of", "string"),
        ("length", "length(a.text)", "int64"),
    ], "articles a", "a.id"),
}
ARTICLE_COLUMNS: list[Column] = [("article_id", "a.id", "string"), ("source", "a.source", "string"),
                                 ("published", "a.published", "string"), ("article_title", "a.title", "string"),
                                 ("url", "a.url", "string")]


def columns(kind: str) -> list[Column]:
    return ARTICLE_COLUMNS + KINDS[kind][0]


def role_at(roles: list[tuple], day: Optional[str]) -> tuple[Optional[tuple], Optional[str]]:
    """The role (of `roles_of`'s rows, most frequent first) someone held on a day, and how it was
    chosen: `around_date`, the most frequent one seen over a stretch of dates that holds the day;
    `before_date`, else the last one seen before it; `usual`, for an undated statement, the one most
    often given them."""
    if day is None:
        return (roles[0], "usual") if roles else (None, None)
    around = [r for r in roles if r[2] is not None and r[2] <= day <= r[3]]
    if around:
        return around[0], "around_date"
    before = sorted((r for r in roles if r[3] is not None and r[3] < day), key=lambda r: r[3])
    return (before[-1], "before_date") if before else (None, None)


def speaker_roles(db: Backend) -> Callable[[dict], None]:
    """Fill in a statement's speaker role: the one its own article gives (`speaker_role_source`
    `article`), else the one the store shows them holding at its date (`role_at`); none when no role
    is known."""
    held_by = lru_cache(maxsize=10_000)(lambda identity: roles_of(db, identity))

    def complete(row: dict) -> None:
        if row["speaker_role"] is not None:
            row["speaker_role_source"] = "article"
        elif row["identity_id"] is not None:
            day = (row["published"] or "")[:10] or None
            held, row["speaker_role_source"] = role_at(held_by(row["identity_id"]), day)
            row["speaker_role"], row["speaker_organization"] = held[:2] if held else (None, None)
    return complete


def event_participants(db: Backend) -> Callable[[dict], None]:
    """Fill in an event's participants: name, entity, identity, type and role, in the record's order."""
    names = [name for name, _ in PARTICIPANT]

    def complete(row: dict) -> None:
        found = db.query(
            "SELECT p.name, p.entity_id, p.identity_id, i.name, COALESCE(p.type, e.type), p.role "
            "FROM event_participants p JOIN events ev ON ev.id = p.event_id "
            "LEFT JOIN identities i ON i.id = p.identity_id "
            "LEFT JOIN entities e ON e.article_id = ev.article_id AND e.entity_id = p.entity_id "
            "WHERE p.event_id = ? ORDER BY p.position", (row["event_id"],))
        row["participants"] = [dict(zip(names, values)) for values in found]
        row["participants_text"] = "; ".join(in_role(p["name"], p["role"]) for p in row["participants"]) or None
    return complete


# What is read after each row, by kind.
COMPLETE: dict[str, Callable[[Backend], Callable[[dict], None]]] = {
    "statements": speaker_roles, "events": event_participants}


def rows(db: Backend, kind: str, f: Filters) -> Iterator[dict]:
    """The rows of one kind, as dicts, in article order; statements take every filter, the other
    kinds the article filters (dates, source)."""
    if kind not in KINDS:
        raise ValueError(f"cannot export {kind!r}: choose one of {', '.join(KINDS)} or records")
    _, tables, ordering = KINDS[kind]
    read = [(name, sql) for name, sql, _ in columns(kind) if sql is not None]
    selected = ", ".join(sql for _, sql in read)
    if kind == "statements":
        select = statements_select(db, f, selected)
    else:
        if f.query is not None or f.statement_filters() or f.first_only:
            raise ValueError(f"only statements can be filtered by query, speaker, organization, about, type or "
                             f"first report, not {kind}")
        select = article_filters(Select(selected, tables), f)
    names = [name for name, _, _ in columns(kind)]
    complete = COMPLETE[kind](db) if kind in COMPLETE else None
    for values in db.execute(*select.then(f"ORDER BY {ordering}").build()):
        row = dict.fromkeys(names) | dict(zip((name for name, _ in read), values))
        if complete:
            complete(row)
        yield row


def records(db: Backend, f: Filters):
    """Whole records, as `whosaid extract` writes them."""
    if f.query is not None or f.statement_filters() or f.first_only:
        raise ValueError("only statements can be filtered by query, speaker, organization, about, type or first "
                         "report, not records")
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
    """CSV with a BOM; a list (an event's participants) as JSON text in its cell."""
    out.write("\ufeff")  # the BOM: spreadsheet programs then read UTF-8
    writer = csv.DictWriter(out, names, lineterminator="\r\n")
    writer.writeheader()
    return _each(found, lambda row: writer.writerow(
        {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in row.items()}))


def _each(items, write) -> int:
    """Write every item; how many there were."""
    count = 0
    for item in items:
        write(item)
        count += 1
    return count


def arrow_type(pa, kind: str):
    """The Parquet (Arrow) type of a column type of `KINDS`."""
    if kind == "participants":
        return pa.list_(pa.struct([(name, arrow_type(pa, each)) for name, each in PARTICIPANT]))
    return getattr(pa, kind)()


def write_parquet(found: Iterator[dict], spec: list[Column], path: str, batch: int = 10_000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet export needs pyarrow: pip install 'whosaid[parquet]'") from None
    schema = pa.schema([(name, arrow_type(pa, kind)) for name, _, kind in spec])
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
