"""What the routes reach through Depends: the parts built once in the app's lifespan."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError

from assistant.conversations.store import ConversationStore
from assistant.pipeline import Assistant
from assistant.settings import Settings


def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistant


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_conversations(request: Request) -> ConversationStore:
    return request.app.state.conversations


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
ConversationsDep = Annotated[ConversationStore, Depends(get_conversations)]


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
