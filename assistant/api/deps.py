"""What the routes reach through Depends: the parts built in the app's lifespan, and the caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import APIKeyHeader

from assistant.access import VISITOR_TOKEN, Caller, Role
from assistant.api.gate import caller_of
from assistant.api.slots import AnswerSlots
from assistant.conversations.store import ConversationStore
from assistant.live import LiveAssistant
from assistant.pipeline import Assistant
from assistant.settings import Settings

api_key = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    description="An officer's or admin's key; without one you are the public and see published plans only.",
)


def get_live(request: Request) -> LiveAssistant:
    return request.app.state.live


def get_assistant(request: Request) -> Assistant:
    """The assistant over the index version being served now."""
    return request.app.state.live.get()


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_conversations(request: Request) -> ConversationStore:
    return request.app.state.conversations


def get_caller(request: Request, _key: Annotated[str | None, Depends(api_key)]) -> Caller:
    """The caller the gate resolved from X-API-Key before the body was read (key, rate limit and
    admin-only paths are checked there)."""
    caller = caller_of(request.scope)
    if caller is None:
        raise RuntimeError("the Gate middleware is not installed")
    return caller


def get_visitor(
    token: Annotated[
        str | None,
        Header(
            alias="X-Visitor-Token",
            pattern=VISITOR_TOKEN.pattern,
            description="Without a key: the visitor_token of your first answer; it makes your conversations yours.",
        ),
    ] = None,
) -> str | None:
    return token


def get_slots(request: Request) -> AnswerSlots:
    return request.app.state.slots


def require_admin(caller: Annotated[Caller, Depends(get_caller)]) -> Caller:
    if caller.role != Role.ADMIN:
        raise HTTPException(403, "this needs an admin key")
    return caller


LiveDep = Annotated[LiveAssistant, Depends(get_live)]
AssistantDep = Annotated[Assistant, Depends(get_assistant)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
ConversationsDep = Annotated[ConversationStore, Depends(get_conversations)]
CallerDep = Annotated[Caller, Depends(get_caller)]
AdminDep = Annotated[Caller, Depends(require_admin)]
VisitorDep = Annotated[str | None, Depends(get_visitor)]
SlotsDep = Annotated[AnswerSlots, Depends(get_slots)]


def check_length(message: str, settings: Settings, loc: tuple[str | int, ...] = ("body", "message")) -> None:
    """A 422, like any other invalid field, for a message over the configured limit."""
    if len(message) > settings.max_message_chars:
        raise RequestValidationError(
            [
                {
                    "loc": loc,
                    "msg": f"message is longer than {settings.max_message_chars} characters",
                    "type": "string_too_long",
                }
            ]
        )
