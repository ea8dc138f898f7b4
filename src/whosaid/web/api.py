"""The HTTP API under `/api/`: the JSON the pages are built from, shaped like the record.

Records are sent exactly as `Article.to_dict()` writes them (the JSON of `whosaid extract`); their
schema in the OpenAPI document is derived from the dataclasses of `model`, so the two cannot drift.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Optional

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from ..model import _JSON_NAME, Article
from ..read import InputError, decode

router = APIRouter(prefix="/api", tags=["api"])

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


class ExtractRequest(BaseModel):
    """An article to analyse: its text as people copy it from the page, and what is known about it."""
    text: str = Field(min_length=1, description="the article's text, page chrome and all")
    id: Optional[str] = Field(None, description="the record's id (default: a hash of the text)")
    title: Optional[str] = None
    published: Optional[str] = Field(None, description="ISO date or datetime of publication")
    url: Optional[str] = None
    source: Optional[str] = Field(None, description="the outlet: ТАСС, РИА Новости, ...")
    save: bool = Field(False, description="also save the record to the store (the server must allow writes)")


def _extract_request(body: bytes, content_type: str) -> ExtractRequest:
    if content_type.startswith("text/plain"):
        try:
            return ExtractRequest(text=decode(body, "request body"))
        except InputError as error:
            raise HTTPException(400, str(error)) from None
    try:
        return ExtractRequest.model_validate_json(body)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in error.errors())
        raise HTTPException(422, f"not an article to analyse: {problems}") from None


@router.post("/extract", summary="Analyse one article", responses=record_response("the article's record"),
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": ExtractRequest.model_json_schema()},
                 "text/plain": {"schema": {"type": "string"}}}}})
async def extract(request: Request) -> JSONResponse:
    """Analyse an article's text and return its record: a JSON object, or the bare text as text/plain.

    With `"save": true` the record is also saved to the store, which needs a server started with
    `--allow-writes`.
    """
    job = _extract_request(await request.body(), request.headers.get("content-type", ""))
    settings = request.app.state.settings
    if job.save:
        writable_store(request)
    meta = job.model_dump(exclude={"text", "save"})
    article = await run_in_threadpool(request.app.state.analyse, job.text, **meta)
    if job.save:
        await run_in_threadpool(settings.store.add, article)
    return JSONResponse(article.to_dict())


def writable_store(request: Request) -> Any:
    """The store, if this server may write to it; else a 403 or 409 that says why not."""
    settings = request.app.state.settings
    if not settings.allow_writes:
        raise HTTPException(403, "this server is read-only: start it with --allow-writes to save articles")
    if settings.store is None:
        raise HTTPException(409, "this server has no store to save to")
    return settings.store
