"""`whosaid serve`: the web UI and HTTP API over the store (FastAPI, served by uvicorn).

Only the command's arguments live here: FastAPI and the models are imported when the command runs,
so the rest of the command line starts without them.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys

from ..pipeline import Pipeline
from ..numbers import whole_argument
from ..read import add_max_chars_argument
from ..stages import add_stage_argument
from ..store import DEFAULT_DB, NoStore, missing


def register(subparsers) -> None:
    serve = subparsers.add_parser("serve", help="the web UI and HTTP API (paste an article, browse the store)")
    serve.add_argument("--db", default=DEFAULT_DB,
                       help=f"the store: an SQLite file or a postgresql:// URL (default: {DEFAULT_DB})")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--allow-writes", action="store_true",
                       help="let users save analysed articles to the store, with the write token (default: "
                            "read-only)")
    serve.add_argument("--write-token", default=os.environ.get("WHOSAID_WRITE_TOKEN"),
                       help="the token a save must carry (default: $WHOSAID_WRITE_TOKEN, else a new one, printed)")
    serve.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                       help="a host name the server answers to besides loopback ones (behind a proxy: the "
                            "public name); repeat for several")
    serve.add_argument("--max-body-mb", type=float, default=5.0,
                       help="largest request body accepted, in MB; larger ones get 413 (default: 5)")
    add_max_chars_argument(serve)
    serve.add_argument("--workers", type=whole_argument(1, 64), default=2, metavar="N",
                       help="analysis worker processes (default: 2)")
    serve.add_argument("--queue", type=whole_argument(0, 10_000), default=8, metavar="N",
                       help="analyses that may wait for a worker; more get 503 (default: 8)")
    serve.add_argument("--time-budget", type=_seconds, default=60.0, metavar="SECONDS",
                       help="stop an analysis after this long, answering 504 (default: 60)")
    add_stage_argument(serve)
    serve.set_defaults(run=cmd_serve)


def cmd_serve(args) -> int:
    pipeline = Pipeline.default(args.stages)
    if missing(args.db) and not args.allow_writes:
        print(f"whosaid: {NoStore(args.db)}, or start with --allow-writes to begin an empty one", file=sys.stderr)
        return 1
    import uvicorn

    from .app import create_app

    hosts = args.allowed_host + ([args.host] if not _wildcard(args.host) else [])
    app = create_app(args.db, allow_writes=args.allow_writes, write_token=args.write_token, allowed_hosts=hosts,
                     max_body=int(args.max_body_mb * 1024 * 1024), pipeline=pipeline, workers=args.workers,
                     queue=args.queue, time_budget=args.time_budget, max_chars=args.max_chars)
    base = _url(args.host, args.port)
    print(f"whosaid: serving {args.db} on {base} ({'read-write' if args.allow_writes else 'read-only'})",
          file=sys.stderr)
    if args.allow_writes:
        link = _url("localhost" if _wildcard(args.host) else args.host, args.port)
        print(f"whosaid: saving needs the write token: open {link}?token={app.state.settings.write_token} "
              "in the browser, or send `Authorization: Bearer TOKEN`", file=sys.stderr)
    if not _loopback(args.host):
        print(f"whosaid: WARNING: listening on {args.host}, not loopback: other machines can reach this server, "
              "which has no user accounts" + (" (and can save with the token)" if args.allow_writes else "")
              + ("" if args.allowed_host else "; name the host it is reached by with --allowed-host"),
              file=sys.stderr)
    # On SIGTERM the server waits 3 s for requests in flight, then stops them (their workers are killed).
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", timeout_graceful_shutdown=3)
    return 0


def _seconds(text: str) -> float:
    """An argparse type: a positive, finite number of seconds."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = float("nan")
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text!r}")
    return seconds


def _url(host: str, port: int) -> str:
    return f"http://{'[' + host + ']' if ':' in host else host}:{port}/"


def _wildcard(host: str) -> bool:
    return host in ("0.0.0.0", "::", "")


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
