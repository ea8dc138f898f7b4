"""The web application: the HTML pages and the `/api/` they share one analysis and one store with.

Safety is structural: pages are built from escaped text (see `view`), static files are served from
a fixed table read from the package at start-up (no request path reaches the file system), request
bodies over the limit get a 413 before they are read whole, and nothing is written to the store
unless the server was started with writes allowed.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Optional

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..model import Article
from ..pipeline import Pipeline
from ..read import Source
from ..render import human_size
from .data import Stores

DEFAULT_MAX_BODY = 5 * 1024 * 1024


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
            detail = self._too_large(human_size(int(declared))).detail
            response = (JSONResponse({"detail": detail}, 413) if scope["path"].startswith("/api/")
                        else PlainTextResponse(f"413 {detail}", 413))
            return await response(scope, receive, send)
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


@dataclass
class Settings:
    stores: Optional[Stores] = None  # the store's connections; None for a server that only analyses
    allow_writes: bool = False
    max_body: int = DEFAULT_MAX_BODY


class Analyser:
    """One pipeline for the server, one article at a time (the models are shared, the GIL is too)."""

    def __init__(self, pipeline: Optional[Pipeline] = None):
        self.pipeline = pipeline or Pipeline()
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the models now (a short article through the pipeline), not on the first request."""
        self(Source("Заголовок\n\nМОСКВА, 1 января. Министр заявил, что переговоры прошли успешно.",
                    "warm-up", "warm-up"))

    def __call__(self, source: Source) -> Article:
        with self._lock:
            return self.pipeline.run(source)


# Static files: a fixed table of package resources, read once. Requests look names up in it.
_STATIC = {
    "style.css": ("whosaid.web", "static/style.css", "text/css; charset=utf-8"),
    "app.js": ("whosaid.web", "static/app.js", "text/javascript; charset=utf-8"),
    "swagger-ui-bundle.js": ("fastapi_offline", "static/swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui.css": ("fastapi_offline", "static/swagger-ui.css", "text/css; charset=utf-8"),
}


def _load_static() -> dict[str, tuple[bytes, str]]:
    table = {}
    for name, (package, path, media_type) in _STATIC.items():
        table[name] = (resources.files(package).joinpath(path).read_bytes(), media_type)
    return table


def create_app(db: Optional[str] = None, *, allow_writes: bool = False, max_body: int = DEFAULT_MAX_BODY,
               pipeline: Optional[Pipeline] = None) -> FastAPI:
    """The application over the store at `db` (an SQLite path or a PostgreSQL URL), or none."""
    from . import api, pages

    stores = Stores(db) if db is not None else None

    @asynccontextmanager
    async def lifespan(_app):
        yield
        if stores is not None:
            stores.close()

    app = FastAPI(title="whosaid", version=_version(), docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who said what, about whom, when and where, in Russian news: "
                              "records with every claim a span of the original text.")
    app.state.settings = Settings(stores, allow_writes, max_body)
    app.state.analyse = Analyser(pipeline)
    static = _load_static()

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        if name not in static:
            raise HTTPException(404, f"no static file {name!r}")
        body, media_type = static[name]
        return Response(body, media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="whosaid API",
                                   swagger_js_url="/static/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger-ui.css", swagger_favicon_url="")

    @app.exception_handler(StarletteHTTPException)
    async def error_page(request: Request, error: StarletteHTTPException):
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return await http_exception_handler(request, error)
        return pages.error_page(request, error.status_code, str(error.detail))

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            schema.setdefault("components", {}).setdefault("schemas", {}).update(api.record_schemas())
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to extend the schema
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, limit=max_body)
    return app


def _version() -> str:
    from .. import __version__
    return __version__
