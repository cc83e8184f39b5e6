"""The FastAPI app factory: heavy parts are built once in lifespan and reached through Depends."""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant import __version__
from assistant.api.schemas import ChatRequest, ChatResponse, ErrorOut, Health
from assistant.embedding import Embedder, SentenceTransformerEmbedder
from assistant.pipeline import Assistant
from assistant.settings import Settings

log = logging.getLogger(__name__)


def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistant


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def create_app(
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    assistant: Assistant | None = None,
) -> FastAPI:
    """Build the app; pass an embedder or assistant to share one already loaded."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.assistant = assistant or Assistant.build(
            settings,
            embedder or SentenceTransformerEmbedder(settings.embedding_model, settings.embedding_batch_size),
        )
        yield

    app = FastAPI(
        title="Plan assistant",
        version=__version__,
        description="Answers questions about council plans, with every claim cited to the plan's own words.",
        lifespan=lifespan,
    )
    _add_error_handlers(app)

    @app.get("/health", response_model=Health)
    def health(assistant: AssistantDep) -> Health:
        return Health(
            status="ok",
            documents=len(assistant.index.documents),
            chunks=len(assistant.index.chunks),
        )

    @app.post(
        "/api/chat",
        response_model=ChatResponse,
        responses={422: {"model": ErrorOut, "description": "The request is not valid."}},
    )
    def chat(request: ChatRequest, assistant: AssistantDep, settings: SettingsDep) -> ChatResponse:
        if len(request.message) > settings.max_message_chars:
            raise RequestValidationError(
                [
                    {
                        "loc": ("body", "message"),
                        "msg": f"message is longer than {settings.max_message_chars} characters",
                        "type": "string_too_long",
                    }
                ]
            )
        answer = assistant.ask(request.message)
        return ChatResponse.from_answer(answer, request.conversation_id or uuid.uuid4().hex)

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
