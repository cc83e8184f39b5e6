"""What the routes reach through Depends: the parts built in the app's lifespan, and the caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import APIKeyHeader

from assistant.access import Caller, KeyRing, Role, UnknownKey
from assistant.api.limits import RateLimiter
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


def get_caller(request: Request, key: Annotated[str | None, Depends(api_key)]) -> Caller:
    """The caller's role from X-API-Key (401 for an unknown key), after the rate limit (429)."""
    state = request.app.state
    address = request.client.host if request.client else "unknown"
    try:
        caller = state.keys.caller(key)
    except UnknownKey:
        _limit(state.ip_limiter, f"ip:{address}")
        raise HTTPException(401, "unknown API key", headers={"WWW-Authenticate": "APIKey"}) from None
    if caller.key_id and not caller.shared:
        _limit(state.key_limiter, caller.key_id)
    else:
        _limit(state.ip_limiter, f"ip:{address}")
    return caller


def _limit(limiter: RateLimiter, key: str) -> None:
    wait = limiter.take(key)
    if wait is not None:
        raise HTTPException(429, f"too many requests; try again in {wait} seconds", headers={"Retry-After": str(wait)})


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


def install_access(state: object, settings: Settings) -> None:
    """Put the key ring and the rate limiters on the app state."""
    state.keys = KeyRing(settings)  # type: ignore[attr-defined]
    state.ip_limiter = RateLimiter(settings.rate_limit_ip)  # type: ignore[attr-defined]
    state.key_limiter = RateLimiter(settings.rate_limit_key)  # type: ignore[attr-defined]


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
