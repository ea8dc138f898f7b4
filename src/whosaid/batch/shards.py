"""A batch's output folder: shards of records, their errors, and the manifest that makes a re-run resume.

The inputs are read in a fixed order and cut into shards of `shard_size` items (articles and bad
items alike), so shard N is the same items on every run over the same inputs. A finished shard is
written whole under a temporary name and renamed, then recorded on its own line of `manifest.jsonl`;
a re-run skips the shards the manifest lists, so an interrupted batch resumes where it stopped and
ends with the same files as one that was never interrupted.

    part-000000.jsonl          one record per line (or part-000000.parquet: key columns + record)
    part-000000.errors.jsonl   the shard's bad items: {"input", "reason"}
    manifest.jsonl             the batch's inputs and options, then one line per finished shard
    errors.jsonl               every bad item of the batch, gathered when it ends
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .worker import COLUMNS, Row

FORMATS = ("jsonl", "parquet")


class BatchError(Exception):
    """A batch that cannot start or go on; the message says which folder or input and why."""


@dataclass
class Shard:
    number: int
    items: list  # Source or error Row, in input order

    @property
    def name(self) -> str:
        return f"part-{self.number:06d}"


def cut_shards(items: Iterable, size: int) -> Iterator[Shard]:
    """The items in consecutive shards of `size` (the last one shorter)."""
    batch: list = []
    number = 0
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield Shard(number, batch)
            number, batch = number + 1, []
    if batch:
        yield Shard(number, batch)


class Manifest:
    """`manifest.jsonl`: the batch's settings on the first line, then one line per finished shard.

    Lines are only appended, each in one write, so a batch killed at any moment leaves a manifest
    that lists exactly the shards whose files are complete (a torn last line is ignored).
    """

    NAME = "manifest.jsonl"

    def __init__(self, out: Path, settings: dict):
        self.path = out / self.NAME
        self.settings = settings
        self.finished: dict[int, dict] = {}
        if self.path.exists():
            self._load(out)
        else:
            out.mkdir(parents=True, exist_ok=True)
            self._append(settings)

    def _load(self, out: Path) -> None:
        lines = self.path.read_text(encoding="utf-8").splitlines()
        entries = []
        for line in lines:
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # the torn last line of a killed batch
        if not entries or entries[0] != self.settings:
            raise BatchError(f"{out}: holds a batch of other inputs or options; "
                             "give another --out, or remove the folder to start again")
        for entry in entries[1:]:
            if all((out / name).exists() for name in entry["files"]):
                self.finished[entry["shard"]] = entry

    def _append(self, entry: dict) -> None:
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def record(self, shard: int, items: int, files: list[str], records: int, errors: int) -> None:
        entry = {"shard": shard, "items": items, "records": records, "errors": errors, "files": files}
        self._append(entry)
        self.finished[shard] = entry


def write_shard(out: Path, shard: Shard, rows: list[Row], fmt: str) -> tuple[list[str], int, int]:
    """Write a finished shard's records and errors; return the file names and the two counts."""
    records = [row for row in rows if row["error"] is None]
    files = [f"{shard.name}.{fmt}"]
    if fmt == "parquet":
        _atomic_write(out / files[0], lambda path: write_parquet(path, records))
    else:
        lines = (row["record"] for row in records if row["record"] is not None)
        _atomic_write(out / files[0], lambda path: _write_lines(path, lines))
    errors = write_errors(out, shard.name, [row for row in rows if row["error"] is not None])
    return files + errors, len(records), len(rows) - len(records)


def write_errors(out: Path, name: str, rows: list[Row]) -> list[str]:
    """The bad items of a shard as `NAME.errors.jsonl`; the file's name, or none when all was good."""
    if not rows:
        return []
    lines = [json.dumps({"input": row["origin"], "reason": row["error"]}, ensure_ascii=False) for row in rows]
    _atomic_write(out / f"{name}.errors.jsonl", lambda path: _write_lines(path, lines))
    return [f"{name}.errors.jsonl"]


def gather_errors(out: Path, manifest: Manifest) -> int:
    """Concatenate the shards' errors, in shard order, into `errors.jsonl`; return their count."""
    lines: list[str] = []
    for number in sorted(manifest.finished):
        for name in manifest.finished[number]["files"]:
            if name.endswith(".errors.jsonl"):
                lines.extend((out / name).read_text(encoding="utf-8").splitlines())
    _atomic_write(out / "errors.jsonl", lambda path: _write_lines(path, lines))
    return len(lines)


def parquet_schema(with_errors: bool = False):
    """Every column a string; `error` only where bad items share the files with the records (Ray)."""
    import pyarrow as pa
    return pa.schema([(name, pa.string()) for name in COLUMNS if with_errors or name != "error"])


def write_parquet(path: Path, rows: list[Row]) -> None:
    """Key columns for queries (id, origin, source, url, published, title) beside the record's JSON."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise BatchError("Parquet output needs pyarrow: pip install 'whosaid[parquet]'") from None
    schema = parquet_schema()
    table = pa.Table.from_pylist([{name: row[name] for name in schema.names} for row in rows], schema)
    pq.write_table(table, path, compression="zstd")


def read_records(out: Path) -> Iterator[str]:
    """Every record JSON of a batch's shards, in shard order: JSONL, Parquet, or Ray's Parquet folders."""
    for path in sorted(out.glob("part-*")):
        if path.name.endswith(".jsonl") and not path.name.endswith(".errors.jsonl"):
            yield from path.read_text(encoding="utf-8").splitlines()
        elif path.suffix == ".parquet" or path.is_dir():
            import pyarrow.parquet as pq
            records = pq.read_table(path, columns=["record"]).column("record").to_pylist()
            yield from (record for record in records if record is not None)


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")


def _atomic_write(path: Path, write) -> None:
    """Write through a temporary name and rename, so a file under its final name is always whole."""
    temporary = path.with_name(path.name + ".tmp")
    write(temporary)
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, path)

