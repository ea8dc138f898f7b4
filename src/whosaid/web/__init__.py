"""`whosaid serve`: the web UI and HTTP API over the store (FastAPI, served by uvicorn).

Only the command's arguments live here: FastAPI and the models are imported when the command runs,
so the rest of the command line starts without them.
"""

from __future__ import annotations

import sys


def register(subparsers) -> None:
    serve = subparsers.add_parser("serve", help="the web UI and HTTP API (paste an article, browse the store)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--allow-writes", action="store_true",
                       help="let users save analysed articles to the store (default: read-only)")
    serve.add_argument("--max-body-mb", type=float, default=5.0,
                       help="largest request body accepted, in MB; larger ones get 413 (default: 5)")
    serve.set_defaults(run=cmd_serve)


def cmd_serve(args) -> int:
    import uvicorn

    from .app import create_app

    app = create_app(allow_writes=args.allow_writes, max_body=int(args.max_body_mb * 1024 * 1024))
    app.state.analyse.warm_up()
    print(f"whosaid: serving on http://{args.host}:{args.port}/ "
          f"({'read-write' if args.allow_writes else 'read-only'})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
