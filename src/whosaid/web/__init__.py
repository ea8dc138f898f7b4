"""`whosaid serve`: the web UI and HTTP API over the store (FastAPI, served by uvicorn).

Only the command's arguments live here: FastAPI and the models are imported when the command runs,
so the rest of the command line starts without them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..pipeline import Pipeline
from ..stages import add_stage_argument
from ..store import DEFAULT_DB


def register(subparsers) -> None:
    serve = subparsers.add_parser("serve", help="the web UI and HTTP API (paste an article, browse the store)")
    serve.add_argument("--db", default=DEFAULT_DB,
                       help=f"the store: an SQLite file or a postgresql:// URL (default: {DEFAULT_DB})")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--allow-writes", action="store_true",
                       help="let users save analysed articles to the store (default: read-only)")
    serve.add_argument("--max-body-mb", type=float, default=5.0,
                       help="largest request body accepted, in MB; larger ones get 413 (default: 5)")
    add_stage_argument(serve)
    serve.set_defaults(run=cmd_serve)


def missing_store(db: str) -> bool:
    """An SQLite store that is not there (a read-only server would make an empty file of it)."""
    return not db.startswith(("postgresql://", "postgres://")) and not Path(db.removeprefix("sqlite:///")).exists()


def cmd_serve(args) -> int:
    pipeline = Pipeline.default(args.stages)
    if missing_store(args.db) and not args.allow_writes:
        print(f"whosaid: no store at {args.db}: fill one with `whosaid ingest PATH --db {args.db}`, "
              "or start with --allow-writes to begin an empty one", file=sys.stderr)
        return 1
    import uvicorn

    from .app import create_app

    app = create_app(args.db, allow_writes=args.allow_writes, max_body=int(args.max_body_mb * 1024 * 1024),
                     pipeline=pipeline)
    app.state.analyse.warm_up()
    print(f"whosaid: serving {args.db} on http://{args.host}:{args.port}/ "
          f"({'read-write' if args.allow_writes else 'read-only'})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
