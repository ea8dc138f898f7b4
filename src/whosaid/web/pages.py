"""The HTML pages: analyse a pasted or uploaded article, and browse what the store holds.

Pages are rendered on the server from Jinja2 templates with autoescaping on; the article text is
drawn by `view` (escaped there). Every page is sent with a Content-Security-Policy that allows only
this server's own script and style, as a second line behind the escaping.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Optional

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from ..model import Article
from ..read import InputError, decode
from .app import _size
from .view import article_html, speaker_groups

router = APIRouter(include_in_schema=False)

templates = Environment(loader=PackageLoader("whosaid.web", "templates"), autoescape=True,
                        trim_blocks=True, lstrip_blocks=True)

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}

ENTITY_TYPES = {"PER": "People", "ORG": "Organisations", "LOC": "Places"}


def render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    settings = request.app.state.settings
    html = templates.get_template(template).render(
        store=settings.store is not None, allow_writes=settings.allow_writes,
        max_body=_size(settings.max_body), **context)
    return HTMLResponse(html, status_code, headers=SECURITY_HEADERS)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status, status=status, message=message)


def _entity_groups(article: Article) -> list[tuple[str, list]]:
    by_type: dict[str, list] = {}
    for index, entity in enumerate(article.entities):
        by_type.setdefault(entity.type, []).append((index, entity))
    order = list(ENTITY_TYPES) + sorted(t for t in by_type if t not in ENTITY_TYPES)
    return [(ENTITY_TYPES.get(t, t), by_type[t]) for t in order if t in by_type]


def article_page(request: Request, article: Article, notice: Optional[str] = None,
                 json_url: Optional[str] = None) -> HTMLResponse:
    groups = speaker_groups(article)
    return render(request, "article.html", article=article, groups=groups,
                  text_html=Markup(article_html(article, groups)), entity_groups=_entity_groups(article),
                  speaker_url=lambda group: None, notice=notice, json_url=json_url)


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return render(request, "home.html")


def uploaded_text(data: bytes, filename: str, content_type: str) -> str:
    """The article text of an uploaded file, or a 400/415 saying why there is none."""
    if PurePath(filename).suffix.lower() in (".html", ".htm") or content_type.startswith("text/html"):
        raise HTTPException(415, f"{filename}: HTML pages are not read yet; paste the page's text")
    try:
        return decode(data, filename)
    except InputError as error:
        raise HTTPException(400, str(error)) from None


@router.post("/extract", response_class=HTMLResponse)
async def extract_form(request: Request):
    """Analyse the pasted text or the uploaded file and show its article view at once."""
    settings = request.app.state.settings
    form = await request.form(max_part_size=settings.max_body)
    upload = form.get("file")
    article_id, origin = None, "pasted"
    if upload is not None and not isinstance(upload, str) and upload.filename:
        filename = PurePath(upload.filename).name
        text = uploaded_text(await upload.read(), filename, upload.content_type or "")
        article_id, origin = PurePath(filename).stem or None, f"upload: {filename}"
    else:
        # Browsers send a textarea's line breaks as CRLF whatever was pasted; the pasted text had LF.
        text = str(form.get("text") or "").replace("\r\n", "\n")
        if not text.strip():
            raise HTTPException(400, "no article: paste its text or choose a file")
    meta = {key: str(form.get(key) or "").strip() for key in ("published", "source", "url")}
    article = await run_in_threadpool(request.app.state.analyse, text, origin, article_id, **meta)
    return article_page(request, article)
