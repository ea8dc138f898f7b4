"""`whosaid batch`: the command line of batch processing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..read import FORMATS as READ_FORMATS
from ..numbers import positive
from ..read import add_max_chars_argument
from ..stages import add_stage_argument
from .progress import Progress
from .options import ENGINES, BatchOptions
from .run import run_batch
from .shards import FORMATS, BatchError


def register(commands) -> None:
    batch = commands.add_parser(
        "batch", help="analyse many articles on every core (or on Ray) into resumable shards",
        description="Analyse every article of the inputs into shards of records under --out. "
                    "Run the same command again after an interruption: finished shards are skipped.")
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="text files, JSONL corpora, HTML pages, feeds, WARC archives, "
                            "folders (searched recursively)")
    batch.add_argument("--out", required=True, type=Path, metavar="DIR",
                       help="folder for the shards, errors.jsonl and manifest.jsonl")
    batch.add_argument("--db", metavar="DB",
                       help="also load the records into a store: an SQLite file or a postgresql:// URL")
    batch.add_argument("--format", choices=FORMATS,
                       help="shard format: JSON lines (default), or Parquet: key columns + the record as "
                            "JSON (the default, and the only format, of --engine ray)")
    batch.add_argument("--workers", type=positive, default=os.cpu_count() or 1, metavar="N",
                       help="worker processes, or Ray actors (default: the machine's cores, %(default)s)")
    batch.add_argument("--engine", choices=ENGINES, default="local",
                       help="local: a process pool on this machine; ray: Ray Data (pip install 'whosaid[ray]')")
    batch.add_argument("--address", metavar="ADDR",
                       help="with --engine ray: the cluster to join (e.g. ray://head:10001 or auto); "
                            "local Ray when not given")
    batch.add_argument("--shard-size", type=positive, default=1000, metavar="N",
                       help="articles per shard, the unit of resuming (default: %(default)s); "
                            "on Ray a shard is 1 GiB of input files")
    batch.add_argument("--input-format", choices=["auto", *READ_FORMATS], default="auto",
                       help="how to read the inputs (default: by file name)")
    add_max_chars_argument(batch)
    batch.add_argument("--no-site-boilerplate", action="store_true",
                       help="do not mark lines repeated across a site's articles as boilerplate")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar on the terminal")
    add_stage_argument(batch)
    batch.set_defaults(run=cmd_batch)


def cmd_batch(args) -> int:
    if args.address and args.engine != "ray":
        print("whosaid: --address is for --engine ray", file=sys.stderr)
        return 2
    fmt = args.format or ("parquet" if args.engine == "ray" else "jsonl")
    options = BatchOptions(args.inputs, args.out, args.input_format, fmt, args.workers,
                           args.shard_size, site_boilerplate=not args.no_site_boilerplate, max_chars=args.max_chars,
                           extra_stages=tuple(args.stages),
                           engine=args.engine, address=args.address, db=args.db)
    progress = Progress(enabled=False if args.no_progress else None)
    try:
        result = run_batch(options, progress)
    except BatchError as error:
        print(f"whosaid: {error}", file=sys.stderr)
        return 1
    print(f"whosaid: {result.summary()}", file=sys.stderr)
    if result.errors:
        print(f"whosaid: the bad items are listed in {args.out / 'errors.jsonl'}", file=sys.stderr)
    return 0 if result.records or result.skipped_shards else 1
