"""The HTTP API under `/api/`: the JSON the pages are built from, shaped like the record.

Records are sent exactly as `Article.to_dict()` writes them (the JSON of `whosaid extract`); their
schema in the OpenAPI document is derived from the dataclasses of `model`, so the two cannot drift.
Lists come a page at a time (`limit`, `offset`) with their total and the URLs of the next and previous
pages (`store.paging`, as the pages and the command line page); their rows are the store's own result
types.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import Annotated, Generic, Iterable, Optional, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator, BaseModel, Field, TypeAdapter, ValidationError

from ..model import _JSON_NAME, Article
from ..pipeline import Pipeline
from ..read import InputError, decode, text_source
from ..store import ArticleHit, EventRow, Filters, Page, Profile, SpeakerRow, StatementHit, Store, Trace
from ..store.paging import COUNT_CAP
from ..temporal.dates import normalise_published
from . import data
from .workers import AnalysisRefused, Result, Task, record_of

router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(data.known_parameters)])

SCHEMA_REF = "#/components/schemas/{model}"


def record_schemas() -> dict[str, dict]:
    """JSON schemas of the record types, named as the JSON names them (`from`, not `from_`)."""
    schema = TypeAdapter(Article).json_schema(mode="serialization", ref_template=SCHEMA_REF)
    defs = schema.pop("$defs", {})
    defs["Article"] = schema
    transient = {f.name for f in dataclasses.fields(Article) if f.metadata.get("transient")}
    for definition in defs.values():
        properties = definition.get("properties", {})
        for name in list(properties):
            if name in transient:
                del properties[name]
            elif name in _JSON_NAME:
                properties[_JSON_NAME[name]] = properties.pop(name)
    return defs


def record_response(description: str) -> dict:
    return {200: {"description": description,
                  "content": {"application/json": {"schema": {"$ref": SCHEMA_REF.format(model="Article")}}}}}


def problems(errors: Iterable) -> str:
    """Pydantic's errors in one line, each named by the field or parameter it is about: `offset: must be
    a whole number from 0 to 9223372036854775807, not '-5'`."""
    def where(loc: tuple) -> str:
        named = loc[1:] if loc and loc[0] in ("query", "path", "header", "cookie", "body") else loc
        return ".".join(map(str, named)) or "body"

    def what(error: dict) -> str:  # a check of ours says it all; pydantic would prefix `Value error, `
        return str(error["ctx"]["error"]) if error["type"] == "value_error" else error["msg"]
    return "; ".join(f"{where(e['loc'])}: {what(e)}" for e in errors)


def publication_date(value: Optional[str]) -> Optional[str]:
    """A publication date the pipeline reads, else a ValueError: one it cannot read would be dropped unseen."""
    if value and normalise_published(value) is None:
        raise ValueError(f"{value!r} is not a date: give it as 2022-01-11 or 2022-01-11T14:35")
    return value


def some_text(text: str) -> str:
    """Text with something in it: white space alone is no more an article than nothing is."""
    if not text.strip():
        raise ValueError("empty or only white space")
    return text


class ExtractRequest(BaseModel):
    """An article to analyse: its text as people copy it from the page, and what is known about it."""
    text: Annotated[str, AfterValidator(some_text)] = Field(description="the article's text, page chrome and all")
    id: Optional[str] = Field(None, description="the record's id (default: a hash of the text)")
    title: Optional[str] = None
    published: Annotated[Optional[str], AfterValidator(publication_date)] = Field(
        None, description="ISO date or datetime of publication: 2022-01-11, 2022-01-11T14:35")
    url: Optional[str] = None
    source: Optional[str] = Field(None, description="the outlet: ТАСС, РИА Новости, ...")
    save: bool = Field(False, description="also save the record to the store (the server must allow writes, "
                                          "and the request carry its write token)")
    replace: bool = Field(False, description="with `save`: replace the stored article of the same id "
                                             "(without it, saving over an existing id is refused)")


MEDIA_TYPES = ("application/json", "text/plain")


def _extract_request(body: bytes, content_type: str) -> ExtractRequest:
    """The article a request body holds: a JSON object, or the bare text as text/plain (a body without
    a type is read as JSON); any other type is a 415."""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type and media_type not in MEDIA_TYPES:
        raise AnalysisRefused(415, f"unsupported media type {media_type!r}: send {' or '.join(MEDIA_TYPES)}")
    try:
        if media_type == "text/plain":
            return ExtractRequest(text=decode(body, "request body"))
        return ExtractRequest.model_validate_json(body)
    except InputError as error:
        raise AnalysisRefused(400, str(error)) from None
    except ValidationError as error:
        raise AnalysisRefused(422, f"not an article to analyse: {problems(error.errors())}") from None


def request_record(body: bytes, content_type: str, max_chars: int, pipeline: Pipeline) -> tuple[str, bool, bool]:
    """A worker's task: the request read, checked and analysed; the record as JSON, and whether to
    save it and replace an article of its id."""
    job = _extract_request(body, content_type)
    source = text_source(job.text, "api", **job.model_dump(exclude={"text", "save", "replace"}))
    return record_of(source, max_chars, pipeline), job.save, job.replace


@router.post("/extract", summary="Analyse one article", responses=record_response("the article's record"),
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": ExtractRequest.model_json_schema()},
                 "text/plain": {"schema": {"type": "string"}}}}})
async def extract(request: Request) -> Response:
    """Analyse an article's text and return its record: a JSON object, or the bare text as text/plain.

    With `"save": true` the record is also saved to the store, which needs a server started with
    `--allow-writes` and the server's write token (`Authorization: Bearer TOKEN`).
    """
    task = partial(request_record, await request.body(), request.headers.get("content-type", ""),
                   request.app.state.settings.max_chars)
    answer = await in_worker(request, task)
    if answer is None:
        return Response(status_code=CLIENT_GONE)
    record, saving, replace = answer
    if saving:
        await save(request, Article.from_json(record), replace)
    return Response(record, media_type="application/json")


# The status logged for an analysis dropped because its client disconnected (nginx's convention).
CLIENT_GONE = 499


async def in_worker(request: Request, task: Task[Result]) -> Optional[Result]:
    """What `task` gives in one of the server's analysis workers, or None if the client left first;
    a refusal (over the size cap, a bad request, busy, over the time budget, failed) as an HTTP error
    that says why."""
    try:
        return await request.app.state.analyses.run(task, request.is_disconnected)
    except AnalysisRefused as refused:
        headers = {"Retry-After": str(refused.retry_after)} if refused.retry_after else None
        raise HTTPException(refused.status, refused.reason, headers=headers) from None


async def save(request: Request, article: Article, replace: bool) -> str:
    """Save a record; an article of the same id already stored is replaced only when asked."""
    stores = writable_store(request)

    def add() -> str:
        db = stores()
        if not replace and db.article(article.id) is not None:
            raise HTTPException(409, f"an article with id {article.id!r} is already in the store: "
                                     "ask to replace it (\"replace\": true) or give another id")
        return db.add(article)
    return await run_in_threadpool(add)


# Where a request carries the write token: a header for programs, a cookie for the browser that
# opened the link `whosaid serve` printed.
TOKEN_HEADER = "x-whosaid-token"
TOKEN_COOKIE = "whosaid_token"


def given_token(request: Request) -> Optional[str]:
    authorization = request.headers.get("authorization", "")
    if authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    return request.headers.get(TOKEN_HEADER) or request.cookies.get(TOKEN_COOKIE)


def writable_store(request: Request) -> data.Stores:
    """The store, if this server may write to it and the request carries the write token; else a
    403, 401 or 409 that says why not."""
    settings = request.app.state.settings
    if not settings.allow_writes:
        raise HTTPException(403, "this server is read-only: start it with --allow-writes to save articles")
    if settings.stores is None:
        raise HTTPException(409, "this server has no store to save to")
    if not settings.token_matches(given_token(request)):
        raise HTTPException(401, "saving needs this server's write token (printed by `whosaid serve`): send "
                                 "`Authorization: Bearer TOKEN`, or open the server's link with ?token=TOKEN "
                                 "once in this browser")
    return settings.stores


def store(request: Request) -> Store:
    """This thread's connection to the server's store, or a 404 when the server has none."""
    stores = request.app.state.settings.stores
    if stores is None:
        raise HTTPException(404, "this server has no store: start it with --db")
    return stores()


Row = TypeVar("Row")


class PageOf(BaseModel, Generic[Row]):
    items: list[Row]
    limit: int
    offset: int
    total: int = Field(description=f"how many match in all; more than this when `total_exact` is false "
                                   f"(counting stops at {COUNT_CAP:,})")
    total_exact: bool
    next: Optional[str] = Field(description="the URL of the next page, or null on the last")
    previous: Optional[str] = Field(description="the URL of the previous page, or null on the first")


def page_json(request: Request, page: Page) -> dict:
    def at(offset: Optional[int]) -> Optional[str]:
        return None if offset is None else str(request.url.include_query_params(offset=offset, limit=page.limit))
    return {"items": page.items, "limit": page.limit, "offset": page.offset, "total": page.total,
            "total_exact": page.total_exact, "next": at(page.next_offset), "previous": at(page.previous_offset)}


SORT = Query("relevance", pattern="^(relevance|date)$",
             description="best match first (with a query), or latest first")


@router.get("/articles", response_model=PageOf[ArticleHit], summary="Articles, latest or best match first")
def articles(request: Request, chosen: Filters = Depends(data.filters), sort: str = SORT,
             limit: data.Limit = 20, offset: data.Offset = 0, db: Store = Depends(store)):
    """Articles whose text matches `q`; speaker, organisation and type keep the articles with such a
    statement."""
    return page_json(request, data.ask(db.articles_page, chosen, limit, offset, sort=sort))


@router.get("/articles/{article_id:path}", summary="One article's record", responses=record_response("the record"))
def article(article_id: str, db: Store = Depends(store)) -> JSONResponse:
    found = data.ask(db.article, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return JSONResponse(found.to_dict())


@router.get("/statements", response_model=PageOf[StatementHit], summary="Statements, filtered")
def statements(request: Request, chosen: Filters = Depends(data.filters), sort: str = SORT,
               limit: data.Limit = 20, offset: data.Offset = 0, db: Store = Depends(store)):
    """Statements matching every filter given; best match first when there is a query, else latest."""
    return page_json(request, data.ask(db.search_page, chosen, limit, offset, sort=sort))


@router.get("/statements/{statement_id}/trace", response_model=Trace, summary="Where a statement came from")
def statement_trace(statement_id: data.Id, db: Store = Depends(store)):
    """Every report of the utterance a statement reports (its cluster: the statements of its speaker, across
    articles, that report one utterance), in the order they appeared: the first is the earliest report.
    Each report has its `form`: `verbatim` (the words of an earlier quote, or the first of them), `excerpt`
    (a part of them, or more of them), `altered` (words added, dropped or changed inside the quotation
    marks: `altered` counts these), `paraphrase` (indirect, not compared), or null (quoted words with no
    earlier quote of their wording); `compared_with`, the statement its words were compared with; and its
    text in `pieces` (`same`, `added`, `dropped`, `outside` the quotation marks). A statement with no
    speaker identity is in no cluster (`cluster_id` null): it comes alone."""
    found = data.ask(db.trace, statement_id)
    if found is None:
        raise HTTPException(404, f"no statement {statement_id} in the store")
    return found


class SearchResult(BaseModel):
    statements: PageOf[StatementHit]
    articles: PageOf[ArticleHit]


@router.get("/search", response_model=SearchResult, summary="Statements and articles that match words")
def search(request: Request, q: str = Query(min_length=1, description="words in any form"),
           chosen: Filters = Depends(data.filters), limit: data.Limit = 10, offset: data.Offset = 0,
           db: Store = Depends(store)):
    """The best-matching statements and articles at once, each a page with its total and the URLs of the
    next and previous pages (of this search; /api/statements and /api/articles page through one)."""
    return {"statements": page_json(request, data.ask(db.search_page, chosen, limit, offset)),
            "articles": page_json(request, data.ask(db.articles_page, chosen, limit, offset))}


@router.get("/speakers", response_model=PageOf[SpeakerRow], summary="Speakers ranked by their statements")
def speakers(request: Request, chosen: Filters = Depends(data.filters), limit: data.Limit = 20,
             offset: data.Offset = 0, db: Store = Depends(store)):
    """Speakers ranked by their statements. News outlets (kind `outlet`), whose credits mostly relay what
    others said, are ranked only when `kind=outlet` asks for them (and `total` counts what is ranked).
    `first` and `last` are the days the dated statements were reported (their articles' dates); `undated`
    counts those in undated articles."""
    return page_json(request, data.ask(db.speakers_page, chosen, limit, offset))


class RoleHeld(BaseModel):
    title: str
    organization: Optional[str]
    first: Optional[str] = Field(description="the first day an article gave the role, of the dated articles")
    last: Optional[str]
    articles: int
    undated: int = Field(description="of those articles, how many have no date")


class Month(BaseModel):
    month: str = Field(description="YYYY-MM")
    statements: int


class SpokenAbout(BaseModel):
    identity: int
    name: str
    type: str
    statements: int = Field(description="this speaker's statements that mention them")


class SpeakerProfile(BaseModel):
    identity: int
    name: str
    type: str
    aliases: list[str]
    keys: list[str]
    roles: list[RoleHeld]
    timeline: list[Month] = Field(description="statements by the month their article was published")
    undated: int = Field(description="statements in articles with no date: in no month")
    statements: list[StatementHit] = Field(description="the latest")
    about: list[SpokenAbout]


def profile_json(found: Profile) -> SpeakerProfile:
    return SpeakerProfile(
        identity=found.identity_id, name=found.name, type=found.type, aliases=found.aliases, keys=found.keys,
        roles=[RoleHeld(title=t, organization=o, first=f, last=la, articles=n, undated=u)
               for t, o, f, la, n, u in found.roles],
        timeline=[Month(month=m, statements=n) for m, n in found.timeline], undated=found.undated,
        statements=found.statements,
        about=[SpokenAbout(identity=i, name=n, type=t, statements=c) for i, n, t, c in found.about])


@router.get("/speakers/{name}", response_model=SpeakerProfile, summary="One speaker's profile")
def speaker(name: str, latest: Annotated[int, data.Whole(0, data.MAX_LIMIT)] = 20, db: Store = Depends(store)):
    """A speaker by name in any form (`Захаровой`) or identity id: roles, statements by month, the latest
    statements, and whom they speak about."""
    return profile_json(data.profile(db, name, latest))


@router.get("/events", response_model=PageOf[EventRow], summary="Events, latest first")
def events(request: Request, chosen: Filters = Depends(data.article_filters),
           about: dict = Depends(data.event_filters), limit: data.Limit = 20, offset: data.Offset = 0,
           db: Store = Depends(store)):
    """Events with their participants. `date_start` and `date_end` are the event's own dates, null when
    the text gives none; `published` is the day its article reported it, by which an event without a
    date of its own is ordered and filtered (`since`, `until`)."""
    return page_json(request, data.ask(db.events_page, chosen, limit=limit, offset=offset, **about))


@router.get("/network", response_model=data.Network, summary="Who speaks about whom")
def network(chosen: Filters = Depends(data.filters), speakers: data.Speakers = 20, db: Store = Depends(store)):
    """The most quoted speakers (under the filters) and the people and organisations their statements
    mention, as nodes and weighted edges."""
    return data.network(db, chosen, speakers)
