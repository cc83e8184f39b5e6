"""The FastAPI app factory: heavy parts are built once in lifespan and reached through Depends."""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant import __version__
from assistant.access import KeyRing, Role
from assistant.api import about, chat, docs, documents, files, openai_compat, plans, web
from assistant.api.bodylimit import LimitBody
from assistant.api.documents import FilesFailed
from assistant.api.gate import Gate, caller_of
from assistant.api.headers import SecurityHeaders
from assistant.api.limits import RateLimiter
from assistant.api.logs import redact_access_log
from assistant.api.schemas import CacheOut, Health, error_responses
from assistant.api.slots import AnswerSlots, Busy
from assistant.conversations.store import open_store
from assistant.embedding import Embedder, build_embedder
from assistant.live import LiveAssistant
from assistant.pipeline import Assistant
from assistant.settings import Settings
from assistant.store import index_versions
from assistant.web import STATIC
from ingest.library import Library

log = logging.getLogger(__name__)
COMMON_RESPONSES = error_responses(
    (400, "The body cannot be parsed (not UTF-8 JSON, or broken multipart data)."),
    (401, "Unknown API key."),
    (413, "The request body is too large."),
    (429, "Too many requests; wait the seconds in Retry-After."),
)


def create_app(
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    assistant: Assistant | None = None,
) -> FastAPI:
    """Build the app; pass an embedder to share one already loaded, or a fixed assistant (it is then
    served as it is, without following new index versions)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        model = embedder or (
            assistant.reader().answerer.embedder if assistant is not None else build_embedder(settings)
        )
        app.state.settings = settings
        if assistant is not None:  # served as it is: it never follows new index versions
            app.state.live = LiveAssistant(index_versions(settings), lambda: assistant, interval=math.inf)
        else:
            app.state.live = LiveAssistant(index_versions(settings), lambda: Assistant.build(settings, model))
            app.state.live.watch()
        app.state.library = Library(settings, model)
        for leftover in app.state.library.clear_leftovers():
            log.warning("removed staged upload %s left by an earlier crash", leftover.name)
        app.state.conversations = open_store(settings.conversations_path, settings.conversation_retention_days)
        app.state.slots = AnswerSlots(settings.answer_concurrency, settings.answer_queue)
        redact_access_log()
        try:
            yield
        finally:
            app.state.slots.close()
            if assistant is None:
                app.state.live.close()

    app = FastAPI(
        title="Plan assistant",
        version=__version__,
        description="Answers questions about council plans, with every claim cited to the plan's own words.",
        lifespan=lifespan,
        responses=COMMON_RESPONSES,
        docs_url=None,
        redoc_url=None,
    )
    _add_error_handlers(app)

    @app.get("/health", response_model=Health, response_model_exclude_none=True)
    async def health(request: Request) -> Health:
        """Liveness, answered on the event loop (never behind answers): the plans the caller may see,
        and for staff the index version."""
        caller = caller_of(request.scope)
        live: LiveAssistant | None = getattr(request.app.state, "live", None)
        if live is None or caller is None:
            return Health(status="ok")
        served = live.current
        visible = sum(meta.classification in caller.classifications for meta in served.index.documents.values())
        staff = caller.role != Role.PUBLIC
        if not staff:
            return Health(status="ok", documents=visible)
        stats = served.cache.stats()
        cache = CacheOut(size=stats.size, capacity=stats.capacity, hits=stats.hits, misses=stats.misses)
        return Health(status="ok", documents=visible, index_version=served.index.version, answer_cache=cache)

    app.include_router(docs.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(chat.router)
    app.include_router(about.router)
    app.include_router(plans.router)
    app.include_router(files.router)
    app.include_router(documents.router)
    app.include_router(openai_compat.router)
    app.add_middleware(
        LimitBody,
        limit=int(settings.max_request_kb * 1000),
        upload_limit=int(settings.max_upload_mb * 1_000_000),
    )
    app.add_middleware(
        Gate,
        keys=KeyRing(settings),
        ip_limiter=RateLimiter(settings.rate_limit_ip),
        key_limiter=RateLimiter(settings.rate_limit_key),
    )
    app.add_middleware(SecurityHeaders, frame_ancestors=settings.frame_ancestors)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Content-Type", "X-API-Key", "X-Visitor-Token"],
            expose_headers=["Retry-After"],
            max_age=600,
        )
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, error: RequestValidationError) -> JSONResponse:
        detail = [
            {
                "loc": list(item.get("loc", ())),
                "msg": str(item.get("msg", "")).removeprefix("Value error, "),
                "type": str(item.get("type", "")),
            }
            for item in error.errors()
        ]
        message = "; ".join(f"{'.'.join(str(p) for p in d['loc'][1:]) or 'body'}: {d['msg']}" for d in detail)
        return JSONResponse(status_code=422, content={"message": message or "invalid request", "detail": detail})

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, error: HTTPException) -> JSONResponse:
        return JSONResponse(
            status_code=error.status_code,
            content={"message": str(error.detail), "detail": str(error.detail)},
            headers=error.headers,
        )

    @app.exception_handler(Busy)
    async def busy(_: Request, error: Busy) -> JSONResponse:
        return JSONResponse(
            status_code=503,
            content={"message": str(error), "detail": str(error)},
            headers={"Retry-After": str(error.retry_after)},
        )

    @app.exception_handler(FilesFailed)
    async def files_failed(_: Request, error: FilesFailed) -> JSONResponse:
        return JSONResponse(
            status_code=error.status,
            content={"message": str(error), "detail": [item.model_dump() for item in error.failed]},
        )

    app.add_middleware(CatchErrors)


class CatchErrors:
    """Turn an unexpected error into a JSON 500 and keep the connection healthy.

    (Starlette's own handler re-raises after responding, so uvicorn drops the keep-alive connection
    and the client's next request on it fails.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error")
            if started:
                raise
            response = JSONResponse(status_code=500, content={"message": "internal error", "detail": "internal error"})
            await response(scope, receive, send)
