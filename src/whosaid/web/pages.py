"""The HTML pages: analyse a pasted or uploaded article, and browse what the store holds.

Pages are rendered on the server from Jinja2 templates with autoescaping on; the article text is
drawn by `view` (escaped there). Every response is sent with a Content-Security-Policy that allows only
this server's own script and style (`app.SecurityHeaders`), as a second line behind the escaping.
"""

from __future__ import annotations

from functools import partial
from pathlib import PurePath
from typing import Optional
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from ..model import SPEAKER_KINDS, Article
from ..read import InputError, Source, decode, text_id, text_source
from ..read.html import HTML_TYPES, html_source
from ..store import Filters, NoWatch, Page, Store
from ..store.watches import describe
from . import charts, data, feeds
from .api import CLIENT_GONE, TOKEN_COOKIE, given_token, in_worker, publication_date, save, store, writable_store
from ..render import day_or_unknown, event_when, human_size, moment_or_unknown, plural, reported_when
from .view import article_html, highlighted, speaker_groups, statement_html, variant_html
from .workers import record_of

router = APIRouter(include_in_schema=False, dependencies=[Depends(data.known_parameters)])

templates = Environment(loader=PackageLoader("whosaid.web", "templates"), autoescape=True,
                        trim_blocks=True, lstrip_blocks=True)
templates.filters["seg"] = lambda value: quote(str(value), safe="")  # one URL path segment
templates.filters["words"] = lambda value: str(value).replace("_", " ")  # press_conference -> press conference
templates.filters["day"] = day_or_unknown
templates.filters["highlight"] = lambda text, query: Markup(highlighted(str(text), query))  # escaped there
templates.filters["said"] = lambda hit, query=None: Markup(statement_html(hit.type, hit.content, query))
templates.filters["variant"] = lambda report: Markup(variant_html(report.type, report.pieces))  # escaped there
templates.filters["moment"] = moment_or_unknown
templates.globals.update(plural=plural, reported_when=reported_when, event_when=event_when,
                         speaker_kinds=SPEAKER_KINDS)

ENTITY_TYPES = {"PER": "People", "ORG": "Organisations", "LOC": "Places"}


def render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    settings = request.app.state.settings
    html = templates.get_template(template).render(
        store=settings.stores is not None, allow_writes=settings.allow_writes,
        max_body=human_size(settings.max_body), **context)
    return HTMLResponse(html, status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status, status=status, message=message)


def _entity_groups(article: Article) -> list[tuple[str, list]]:
    by_type: dict[str, list] = {}
    for index, entity in enumerate(article.entities):
        by_type.setdefault(entity.type, []).append((index, entity))
    order = list(ENTITY_TYPES) + sorted(t for t in by_type if t not in ENTITY_TYPES)
    return [(ENTITY_TYPES.get(t, t), by_type[t]) for t in order if t in by_type]


def article_page(request: Request, article: Article, notice: Optional[str] = None,
                 json_url: Optional[str] = None, clusters: Optional[dict] = None) -> HTMLResponse:
    """An article's view; `clusters` (of a stored one: `Store.article_clusters`) links each statement to
    its trace."""
    groups = speaker_groups(article)
    in_store = request.app.state.settings.stores is not None

    def speaker_url(group) -> Optional[str]:
        name = group.entity.name if group.entity else group.name
        return f"/speakers/{quote(name, safe='')}" if in_store and group.kind != "unnamed" else None

    return render(request, "article.html", article=article, groups=groups,
                  text_html=Markup(article_html(article, groups)), entity_groups=_entity_groups(article),
                  entity_index={e.id: i for i, e in enumerate(article.entities)},
                  speaker_url=speaker_url, notice=notice, json_url=json_url, clusters=clusters or {})


@router.get("/", response_class=HTMLResponse)
def home(request: Request, token: Optional[str] = Query(None, description="the write token, kept in a cookie")):
    """The analyse form, what the store holds and its watches' feeds. Opened with the server's write token, it keeps the
    token in a cookie that only this site's own pages send (SameSite=Strict), so this browser may save."""
    settings = request.app.state.settings
    if token is not None:
        if not settings.token_matches(token):
            raise HTTPException(403, "wrong write token: use the link `whosaid serve` printed")
        response = RedirectResponse("/", 303)
        response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response
    stores = settings.stores
    summary, watches = None, []
    if stores is not None:
        watches = stores().watches()
        counts = stores().counts()
        summary = [(label, counts[table]) for table, label in
                   (("articles", "articles"), ("statements", "statements"), ("identities", "people, "
                    "organisations and places"), ("events", "events"))]
    return render(request, "home.html", store_summary=summary, watches=watches, watch_filters=describe,
                  may_save=settings.token_matches(given_token(request)))


def uploaded_source(data: bytes, filename: str, content_type: str, **meta: str) -> Source:
    """The article in an uploaded file (page text, or an HTML page's main text), or a 400 saying why
    there is none. Metadata given in the form win over what the page says of itself."""
    article_id, origin = PurePath(filename).stem or None, f"upload: {filename}"
    if PurePath(filename).suffix.lower() in (".html", ".htm") or content_type.startswith(HTML_TYPES):
        found = html_source(data, filename, article_id or text_id(data.decode("utf-8", "replace")))
        if isinstance(found, InputError):
            raise HTTPException(400, str(found))
        found.origin = origin
        found.meta.update({k: v for k, v in meta.items() if v})
        return found
    try:
        return text_source(decode(data, filename), origin, article_id, **meta)
    except InputError as error:
        raise HTTPException(400, str(error)) from None


def form_meta(form) -> dict[str, str]:
    """What the form says of the article; a publication date the pipeline cannot read is a 400, not
    dropped unseen."""
    meta = {key: str(form.get(key) or "").strip() for key in ("published", "source", "url")}
    try:
        publication_date(meta["published"])
    except ValueError as error:
        raise HTTPException(400, f"published: {error}") from None
    return meta


@router.post("/extract", response_class=HTMLResponse)
async def extract_form(request: Request):
    """Analyse the pasted text or the uploaded file and show its article view at once."""
    settings = request.app.state.settings
    form = await request.form(max_part_size=settings.max_body)
    meta = form_meta(form)
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        source = uploaded_source(await upload.read(), PurePath(upload.filename).name, upload.content_type or "",
                                 **meta)
    else:
        # Browsers send a textarea's line breaks as CRLF whatever was pasted; the pasted text had LF.
        text = str(form.get("text") or "").replace("\r\n", "\n")
        if not text.strip():
            raise HTTPException(400, "no article: paste its text or choose a file")
        source = text_source(text, "pasted", **meta)
    saving = bool(form.get("save"))
    if saving:
        writable_store(request)
    record = await in_worker(request, partial(record_of, source, request.app.state.settings.max_chars))
    if record is None:
        return Response(status_code=CLIENT_GONE)
    article = Article.from_json(record)
    if not saving:
        return article_page(request, article)
    outcome = await save(request, article, replace=bool(form.get("replace")))
    return article_page(request, article, notice=f"Saved to the store ({outcome}).",
                        json_url=f"/api/articles/{quote(article.id, safe='')}")


def pages_around(request: Request, page: Page) -> dict:
    """The page of results and the URLs of its neighbours, for the pager."""
    def at(offset: Optional[int]) -> Optional[str]:
        return None if offset is None else str(request.url.include_query_params(offset=offset))
    return {"page": page, "next_url": at(page.next_offset), "prev_url": at(page.previous_offset)}


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, chosen: Filters = Depends(data.filters), offset: data.Offset = 0,
             db: Store = Depends(store)):
    page = data.ask(db.articles_page, chosen, 25, offset, sort="relevance" if chosen.query else "date")
    return render(request, "articles.html", chosen=chosen, **pages_around(request, page))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def stored_article(request: Request, article_id: str, db: Store = Depends(store)):
    article = data.ask(db.article, article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return article_page(request, article, json_url=f"/api/articles/{quote(article.id, safe='')}",
                        clusters=data.ask(db.article_clusters, article.id))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, chosen: Filters = Depends(data.filters),
           what: str = Query("statements", pattern="^(statements|articles)$"),
           sort: str = Query("relevance", pattern="^(relevance|date)$"), offset: data.Offset = 0,
           db: Store = Depends(store)):
    page: Page = data.ask(db.articles_page if what == "articles" else db.search_page, chosen, 20, offset, sort=sort)
    return render(request, "search.html", chosen=chosen, what=what, sort=sort, **pages_around(request, page))


@router.get("/clusters/{cluster_id}", response_class=HTMLResponse)
def cluster(request: Request, cluster_id: data.Id, db: Store = Depends(store)):
    """The reports of one utterance side by side, earliest first, the words changed in quotes marked."""
    found = data.ask(db.cluster, cluster_id)
    if found is None:
        raise HTTPException(404, f"no cluster {cluster_id} in the store (a cluster is named by its first "
                                 "statement's id, which re-ingesting its article changes)")
    return render(request, "trace.html", trace=found)


@router.get("/speakers", response_class=HTMLResponse)
def speakers(request: Request, chosen: Filters = Depends(data.filters), offset: data.Offset = 0,
             db: Store = Depends(store)):
    page = data.ask(db.speakers_page, chosen, 25, offset)
    outlets = data.ask(db.unranked_outlets, chosen)
    return render(request, "speakers.html", chosen=chosen, outlets=outlets,
                  outlets_url=request.url.include_query_params(kind="outlet").remove_query_params("offset"),
                  **pages_around(request, page))


@router.get("/speakers/{name}", response_class=HTMLResponse)
def speaker(request: Request, name: str, db: Store = Depends(store)):
    profile = data.profile(db, name, latest=20)
    chart = charts.statements_by_month(profile.timeline, f"statements of {profile.name} by month", profile.undated)
    return render(request, "speaker.html", profile=profile, chart=chart)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, chosen: Filters = Depends(data.article_filters),
           about: dict = Depends(data.event_filters), offset: data.Offset = 0, db: Store = Depends(store)):
    page = data.ask(db.events_page, chosen, limit=50, offset=offset, **about)
    return render(request, "events.html", chosen=chosen, about=about, chart=charts.events_timeline(page.items),
                  **pages_around(request, page))


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, chosen: Filters = Depends(data.filters), speakers: data.Speakers = 15,
            db: Store = Depends(store)):
    graph = data.network(db, chosen, speakers)
    return render(request, "network.html", chosen=chosen, speakers=speakers, graph=graph,
                  names={n.identity: n.name for n in graph.nodes}, chart=charts.network_graph(graph))


@router.get("/watch/{name}.atom")
def watch_feed(request: Request, name: str, limit: data.Limit = 50, db: Store = Depends(store)) -> Response:
    """A watch's latest statements as an Atom feed (`whosaid watch add`); an unknown watch is a 404."""
    try:
        watch, items = db.watch_latest(name, limit)
    except ValueError as error:  # no such watch; or its filters have come to fit two identities
        raise HTTPException(404 if isinstance(error, NoWatch) else 400, str(error)) from None
    return Response(feeds.atom(watch, items, str(request.base_url)), media_type=feeds.MEDIA_TYPE)
