"""The web application: the HTML pages and the `/api/` they share one analysis and one store with.

Safety is structural: pages are built from escaped text (see `view`), every response carries a
Content-Security-Policy and the other security headers (errors and the API docs too), static files are
served from a fixed table read from the package at start-up (no request path reaches the file system),
request bodies over the limit get a 413 before they are read whole, a parameter out of range, malformed
or unknown gets a 400 that names it, requests naming a host this server does not serve are refused (a
DNS-rebinding page cannot reach it), a write from another site's page is refused by its Origin, and
nothing is written to the store unless the server was started with writes allowed and the request
carries the server's write token. Analyses run in worker processes (see `workers`), so no article can
hold up the pages.
"""

from __future__ import annotations

import secrets
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Optional
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..pipeline import Pipeline
from ..read import DEFAULT_MAX_CHARS
from ..render import human_size
from .data import Stores
from .workers import AnalysisPool

DEFAULT_MAX_BODY = 5 * 1024 * 1024
# The names a server on loopback is reached by; others must be allowed by name (--allowed-host).
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
SAFE_METHODS = (b"GET", b"HEAD", b"OPTIONS")


async def refuse(scope, receive, send, status: int, detail: str) -> None:
    """Answer a request from a middleware: JSON under /api/, one line of text elsewhere."""
    response = (JSONResponse({"detail": detail}, status) if scope["path"].startswith("/api/")
                else PlainTextResponse(f"{status} {detail}", status))
    await response(scope, receive, send)


def hostname(value: str) -> Optional[str]:
    """The host of a Host header or an Origin (`[::1]:8000` -> `::1`), lower case; None if malformed."""
    try:
        return urlsplit(value if "//" in value else "//" + value).hostname
    except ValueError:
        return None


CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# `same-origin`, not `no-referrer`: under the latter a browser sends this site's own form posts with
# `Origin: null`, which the check against writes from other sites must refuse.
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY"}
# A refused parameter, as the OpenAPI document tells it (FastAPI's 422 is never sent: see `bad_parameter`).
BAD_PARAMETER = {"description": "a parameter out of range, malformed or unknown, named in `detail`",
                 "content": {"application/json": {"schema": {
                     "type": "object", "properties": {"detail": {"type": "string"}}}}}}


class SecurityHeaders:
    """ASGI middleware: the security headers on every response (pages, JSON, static files, the API
    docs, and every error: 404, 413, 500 and the rest). It wraps the whole application (see `App`), so
    that no response escapes it, not even Starlette's own 500."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


class App(FastAPI):
    def build_middleware_stack(self):
        """Starlette puts its 500 handler outside every added middleware: the headers go outside it."""
        return SecurityHeaders(super().build_middleware_stack())


class BodyLimit:
    """ASGI middleware: a request whose body is over the limit is refused with 413.

    A declared Content-Length over the limit is refused before anything is read; a body sent in
    chunks is counted as it arrives and refused at the chunk that crosses the limit.
    """

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    def _too_large(self, size: str) -> HTTPException:
        return HTTPException(413, f"request body too large: {size}, the limit is {human_size(self.limit)}")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await refuse(scope, receive, send, 413, self._too_large(human_size(int(declared))).detail)
        received = 0

        async def counted_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise self._too_large(f"more than {human_size(received)}")
            return message

        await self.app(scope, counted_receive, send)


class KnownHosts:
    """ASGI middleware: a request for a host this server does not serve is refused with 400 (a page
    whose own name was made to point at this machine must not read or write here), and so is a write
    whose Origin is another site (a form on some page posting here) with 403."""

    def __init__(self, app, hosts: frozenset[str]):
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        host = headers.get(b"host", b"").decode("latin-1")
        if hostname(host) not in self.hosts:
            return await refuse(scope, receive, send, 400,
                                f"this server does not serve the host {host!r}: it answers to "
                                f"{', '.join(sorted(self.hosts))} (add a name with --allowed-host)")
        origin = headers.get(b"origin")
        if scope["method"].encode() not in SAFE_METHODS and origin is not None:
            if urlsplit(origin.decode("latin-1")).netloc != host:
                return await refuse(scope, receive, send, 403,
                                    f"a write from another site ({origin.decode('latin-1')}) is refused")
        return await self.app(scope, receive, send)


@dataclass
class Settings:
    stores: Optional[Stores] = None  # the store's connections; None for a server that only analyses
    allow_writes: bool = False
    max_body: int = DEFAULT_MAX_BODY
    write_token: Optional[str] = None  # what a request must carry to save; set when writes are allowed
    max_chars: int = DEFAULT_MAX_CHARS  # longer articles are refused (413) before any analysis

    def token_matches(self, given: Optional[str]) -> bool:
        return bool(self.write_token and given and secrets.compare_digest(given, self.write_token))


# Static files: a fixed table of package resources, read once. Requests look names up in it.
_STATIC = {
    "style.css": ("whosaid.web", "static/style.css", "text/css; charset=utf-8"),
    "app.js": ("whosaid.web", "static/app.js", "text/javascript; charset=utf-8"),
    "swagger-ui-bundle.js": ("fastapi_offline", "static/swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui.css": ("fastapi_offline", "static/swagger-ui.css", "text/css; charset=utf-8"),
    "docs.html": ("whosaid.web", "static/docs.html", "text/html; charset=utf-8"),
    "docs.js": ("whosaid.web", "static/docs.js", "text/javascript; charset=utf-8"),
}


def _load_static() -> dict[str, tuple[bytes, str]]:
    table = {}
    for name, (package, path, media_type) in _STATIC.items():
        table[name] = (resources.files(package).joinpath(path).read_bytes(), media_type)
    return table


def create_app(db: Optional[str] = None, *, allow_writes: bool = False, write_token: Optional[str] = None,
               allowed_hosts: Iterable[str] = (), max_body: int = DEFAULT_MAX_BODY,
               pipeline: Optional[Pipeline] = None, workers: int = 2, queue: int = 8,
               time_budget: float = 60.0, max_chars: int = DEFAULT_MAX_CHARS) -> FastAPI:
    """The application over the store at `db` (an SQLite path or a PostgreSQL URL), or none.

    With writes allowed, saving needs `write_token` (one is made when none is given). It answers to
    loopback names and `allowed_hosts`; articles over `max_chars` characters are refused, analyses run in
    `workers` processes, at most `queue` requests wait for one, and each is stopped after `time_budget`
    seconds."""
    from . import api, pages

    stores = Stores(db) if db is not None else None
    analyses = AnalysisPool(pipeline, workers=workers, queue=queue, budget_s=time_budget)

    @asynccontextmanager
    async def lifespan(_app):
        analyses.start()  # the workers load their models while the server starts
        yield
        analyses.close()
        if stores is not None:
            stores.close()

    app = App(title="whosaid", version=_version(), docs_url=None, redoc_url=None, lifespan=lifespan,
              description="Who said what, about whom, when and where, in Russian news: "
                          "records with every claim a span of the original text.")
    app.state.settings = Settings(stores, allow_writes, max_body,
                                  (write_token or secrets.token_urlsafe(24)) if allow_writes else None, max_chars)
    app.state.analyses = analyses
    static = _load_static()

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        if name not in static:
            raise HTTPException(404, f"no static file {name!r}")
        body, media_type = static[name]
        return Response(body, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI, started by a script file: the page needs no inline script, so no laxer policy."""
        return HTMLResponse(static["docs.html"][0])

    @app.exception_handler(StarletteHTTPException)
    async def error_page(request: Request, error: StarletteHTTPException):
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return await http_exception_handler(request, error)
        return pages.error_page(request, error.status_code, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, error: RequestValidationError):
        """A parameter out of range or malformed: a 400 in one line that names it, like an unknown one."""
        return await error_page(request, StarletteHTTPException(400, api.problems(error.errors())))

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas.update(api.record_schemas())
            for name in ("HTTPValidationError", "ValidationError"):  # a bad parameter is a 400 (`bad_parameter`)
                schemas.pop(name, None)
            for operation in (op for path in schema["paths"].values() for op in path.values()):
                if operation["responses"].pop("422", None) is not None:
                    operation["responses"]["400"] = BAD_PARAMETER
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to extend the schema
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(KnownHosts, hosts=LOOPBACK_HOSTS | {h.lower() for h in allowed_hosts})
    return app


def _version() -> str:
    from .. import __version__
    return __version__
